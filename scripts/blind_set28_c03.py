MD = r'''---
title: "Recreation Access Pass Program - Operating Partnership Terms"
space: PRCS Contracts
page_id: 88213
version: 14
last_edited_by: d.mackintosh
status: Approved
labels: [partnership, recreation-access, operator-terms]
review_note: "Legal asked whether the Operator must also sign a conflict-of-interest declaration at award - parked for v15"
---

# Recreation Access Pass Program - Operating Partnership Terms

> **Page owner:** Parks, Recreation and Culture Services (PRCS), City of Port Alder, British Columbia.
> These terms form part of the Operating Partnership Agreement PRCS-2026-03 between the **City of Port Alder** (the "City") and **Tidewater Community Recreation Society** (the "Operator"). If you are reading an exported copy, check the wiki for the current version.

## 1. Purpose

The Recreation Access Pass Program gives low-income residents free or reduced-cost entry to City pools, arenas and drop-in programs, and funds the Operator to run registration, outreach and supported access sessions at the Harbourview and Millstream community centres.

## 2. Roles at a glance

| Party | Responsibility |
|---|---|
| City | Sets eligibility criteria, funds the Program, approves the annual operating plan |
| City | Runs its own internal audit program and publishes the Program budget |
| Operator | Processes applications within 10 business days and issues Access Passes |
| Operator | Runs outreach with schools, newcomer services and seniors' centres |
| Operator | Sends the quarterly performance report described in section 8 |
| Operator | Conducts a participant satisfaction survey twice a year and reports the results to the City |

## 3. Definitions

- **Business Day** means a weekday other than a statutory holiday in British Columbia.
- **Participant** means a resident who holds or applies for an Access Pass.
- **Personnel** means the Operator's employees, instructors and volunteers working on the Program.
- **Subcontractor** means a person engaged by the Operator to deliver part of the Program, such as a swim instruction provider.

## 4. Ethics and conduct

4.1 The Operator is expected to act in a manner consistent with the principles of integrity, openness, honesty and accountability that apply to public bodies.

4.2 The Operator shall comply with, and shall require all Personnel to sign and comply with, the City's *Supplier Code of Conduct* (current edition on the [City procurement page](https://www.portalder.example.ca/procurement)).

4.3 The Operator shall not offer, pay or accept any bribe, kickback or facilitation payment in connection with the Program, shall maintain adequate anti-corruption procedures, and shall immediately notify the City's Manager of Contracts of any suspected fraud or corruption involving Program funds.

4.4 Personnel should receive a suitable orientation before working with Participants.

4.5 Personnel may not make any public statement or comment to the media about the Program, the City or any Participant without the City's prior written approval.

4.6 Within 20 Business Days after the start date, and then each year by 30 April, the Operator shall give the City a certificate signed by its board chair confirming that it has complied with this section 4 and section 5 and that it has in place the policies and board oversight needed to support those standards.

4.7 The Operator is responsible for the acts and omissions of its Subcontractors as if they were its own.

## 5. Conflicts of interest, gifts and hospitality

5.1 The Operator should tell the City about any situation in which the personal or financial interests of its directors or Personnel could conflict with the Program.

5.2 Where the City considers that a conflict exists, the Operator may be asked to propose a way of managing it.

5.3 The Operator shall not give any gift or hospitality to any City employee involved in the Program, and shall keep a gifts and hospitality register recording every gift or hospitality offered to its directors or Personnel by any person who provides goods or services to the Program. The register shall be open to the City on request.

5.4 City staff involved in managing this Agreement file an annual declaration of interests with the City Clerk under the City's Employee Conflict of Interest Policy.

5.5 The Operator confirms that, before this Agreement was signed, it disclosed to the City every relationship between its directors and any City employee involved in selecting it, and it shall update that disclosure in writing within 10 Business Days of any change.

5.6 During the term and for six months afterwards, neither party shall solicit for employment any employee of the other party who worked on the Program.

5.7 The Operator should let the City know before it hires any former City employee who took part in selecting the Operator in the previous 12 months.

## 6. Records and information

6.1 The Operator shall keep complete records of Program income, expenditure, applications and attendance for seven years.

6.2 The City may audit the Operator's compliance with sections 4 and 5 (including the gifts and hospitality register and the board chair's certificate), and the Operator shall give the City's auditors access to its records and Personnel.

6.3 The Operator may be asked to help the City locate records needed to answer a request made under the *Freedom of Information and Protection of Privacy Act*, and the City will deal with such requests itself.

## 7. Participant concerns

7.1 The Operator may put in place a process for Participants to raise concerns about the Program, and where it does so it should make that process known at the community centres.

7.2 The Operator shall co-operate with any investigation by the City or by the Office of the Ombudsperson of British Columbia into a concern about the Program, answer questions, provide information and attend meetings, and shall implement any recommendation the City accepts.

7.3 The Operator is encouraged to review concerns and survey comments with the City's program coordinator and to consider what improvements could be made.

## 8. Reporting

8.1 By the 15th day after each quarter the Operator shall send the City a performance report containing the following:

| Item | Detail |
|---|---|
| Access Passes | Applications received, approved, refused, average processing time |
| Attendance | Visits by Access Pass holders, by facility |
| Concerns and complaints | Number received, number resolved, outcome, action taken |
| Satisfaction | Results of the most recent Participant survey |

8.2 The City may publish a summary of each report on its website.

## 9. Term and ending

9.1 This Agreement runs from 1 April 2026 to 31 March 2029.

9.2 Either party may end this Agreement on 90 days' written notice to the other for any reason.

9.3 The City may also end it on 30 days' notice if the Program loses its funding from the Province.

---

*Exported from the PRCS Contracts wiki. Printed copies are uncontrolled.*
'''

C03 = {
    "file": "c03-recreation-access-partnership-bc.md", "tool": "md", "md": MD,
    "hidden": ["Legal asked whether the Operator must also sign a conflict-of-interest declaration at award"],
    "subject": "Partnership agreement terms: a recreation access pass program for low-income residents (wiki page export)",
    "parties": "Canada (British Columbia); City of Port Alder (the City); Tidewater Community Recreation Society (the Operator)",
    "shapes": "YAML front matter from the wiki (status, labels and a review note naming a conflicts declaration: not contract text); owner block quote; GitHub tables with Party | Responsibility and Item | Detail; bold defined terms in a bullet list; typed 4.1-style numbering; gagging clause 4.5; permissive FOI help 6.3; buyer-side declarations 5.4; non-solicitation 5.6; liability-only subcontractor clause 4.7",
    "expected": """
ES-01 weak  # section 4.1: "The Operator is expected to act in a manner consistent with the principles of integrity, openness, honesty and accountability" (four principle words, 'is expected to')
ES-02 pass  # section 4.2: "shall require all Personnel to sign and comply with, the City's Supplier Code of Conduct"
ES-03 gap  # section 4.7 only makes the Operator liable for Subcontractors' acts; no flow-down of ethical obligations
ES-04 weak  # section 4.4: "Personnel should receive a suitable orientation before working with Participants" (generic, 'should')
ES-05 gap  # no speaking-up route; section 4.5 is a gag ("Personnel may not make any public statement")
ES-06 pass  # section 4.3: "shall maintain adequate anti-corruption procedures" and immediate notice of suspected fraud or corruption
ES-07 weak  # section 6.3: "The Operator may be asked to help the City locate records" for FOIPPA requests (permissive)
ES-08 pass  # section 6.2: "The City may audit the Operator's compliance with sections 4 and 5"
ES-09 gap  # section 9.2 is termination for any reason and 9.3 for lost funding; no remedy for an ethical breach
ES-10 pass  # section 4.6: annual "certificate signed by its board chair confirming that it has complied with this section 4"
COI-01 weak  # section 5.1: "The Operator should tell the City about any situation" ('should')
COI-02 weak  # section 5.2: "the Operator may be asked to propose a way of managing it" (permissive, no duty or City right to act)
COI-03 pass  # section 5.3: "shall keep a gifts and hospitality register"
COI-04 weak  # section 5.7: "The Operator should let the City know before it hires any former City employee" ('should'; 5.6 is non-solicitation)
COI-05 gap  # section 5.4: declarations are filed by "City staff involved in managing this Agreement" (buyer side only)
COI-06 pass  # section 5.5: "it disclosed to the City every relationship between its directors and any City employee involved in selecting it"
CDM-01 weak  # section 7.1: "The Operator may put in place a process for Participants to raise concerns" ('may', 'should')
CDM-02 pass  # section 8.1 table row Concerns and complaints: quarterly "Number received, number resolved, outcome, action taken"
CDM-03 pass  # section 2 table, Operator row: "Conducts a participant satisfaction survey twice a year and reports the results to the City"
CDM-04 pass  # section 7.2: co-operate with "the Office of the Ombudsperson of British Columbia" and implement recommendations
CDM-05 weak  # section 7.3: "The Operator is encouraged to review concerns and survey comments"
CDM-06 gap  # no acknowledgement or response times for concerns; section 2's "within 10 business days" is for pass applications
""",
}
