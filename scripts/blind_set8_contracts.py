"""Blind evaluation set 8: contract texts and expected verdicts (data only).

Rendered by scripts/make-blind-set8.py. Every contract, party and person is fictional.
Block lists (for .docx / .odt) use these block kinds:
  ("title", s) ("sub", s) ("h1"|"h2"|"h3", s) ("p", s) ("n0"|"n1"|"n2", s) auto-numbered
  heading / clause / (a) item, ("li", s) bullet, ("table", rows[, widths]) first row = header.
Inline markup: [[del:..]] tracked deletion (NOT contract text), [[ins:..]] tracked insertion
(contract text), [[fn:..]] footnote, [[cmt:..]] comment / annotation (NOT contract text),
[[pe]] / [[bm]] split the run mid-word (w:proofErr / bookmark).
Verdict lines: RULE VERDICT  # reason, in rule order ES-01..ES-10, COI-01..COI-06, CDM-01..CDM-06.
"""

CONTRACTS = []

# ---------------------------------------------------------------------------------------- c01
CONTRACTS.append({
    "id": "c01", "slug": "public_health_funerals", "ext": "txt", "build": "txt",
    "title": "Contract for Public Health Funeral Services",
    "setting": "English district council contract for funerals arranged under s.46 Public Health (Control of Disease) Act 1984",
    "labels": "Council / Contractor",
    "features": "long numbered clauses with cross-references (clauses 9 to 13), definitions clause, precedence 'conflict', funeral 'hospitality' look-alike, TUPE 'former employees', termination list (a)-(d)",
    "text": """
WESTMARCH DISTRICT COUNCIL

CONTRACT FOR THE PROVISION OF PUBLIC HEALTH FUNERAL SERVICES

Contract reference: WDC/ENV/2025/031

THIS CONTRACT is dated 14 March 2025

PARTIES

(1) WESTMARCH DISTRICT COUNCIL of the Civic Centre, Abbey Road, Westmarch WM4 2QT (the "Council"); and

(2) HARTLEY & DUNNE FUNERAL SERVICES LIMITED, a company incorporated in England and Wales with company number 04417382, whose registered office is at 17 Mill Lane, Westmarch WM2 8DE (the "Contractor", referred to in the Specification as the "Funeral Director").

BACKGROUND

(A) Under section 46 of the Public Health (Control of Disease) Act 1984 the Council must cause to be buried or cremated the body of any person who has died or been found dead in its area where it appears that no suitable arrangements for the disposal of the body have been or are being made.

(B) Following a competitive quotation exercise the Council has selected the Contractor to arrange such funerals on its behalf on the terms of this Contract.

IT IS AGREED as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Contract the following words have the following meanings:

"Business Day" means any day other than a Saturday, a Sunday or a bank holiday in England;

"Commencement Date" means 1 April 2025;

"Deceased" means the person whose funeral the Council has instructed the Contractor to arrange;

"Enquirer" means any relative, friend, neighbour, executor or other member of the public who contacts the Contractor about a Funeral or the Deceased;

"Funeral" means a simple burial or cremation arranged under this Contract in accordance with the Specification;

"Instruction" means a written instruction from the Council's Bereavement Officer to arrange a Funeral;

"Prohibited Act" means offering, giving or agreeing to give to any servant of the Council any gift or consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Contract, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract;

"Specification" means the specification at Schedule 1;

"Staff" means all employees, agents and workers of the Contractor and of any Sub-contractor engaged in the Services; and

"Sub-contractor" means any person to whom the Contractor sub-contracts any part of the Services with the Council's consent.

1.2 References to clauses and Schedules are to the clauses of and Schedules to this Contract. The Schedules form part of this Contract.

1.3 If there is any conflict or inconsistency between the clauses and the Schedules, the clauses shall prevail.

2. TERM

2.1 This Contract starts on the Commencement Date and continues for three years unless terminated earlier under clause 18.

2.2 The Council may extend this Contract by up to two further periods of twelve months each by giving the Contractor not less than three months' written notice before the then current expiry date.

3. THE SERVICES

3.1 The Contractor shall arrange each Funeral for which it receives an Instruction, in accordance with the Specification and with all applicable law, including the Cremation (England and Wales) Regulations 2008 and the Local Authorities' Cemeteries Order 1977.

3.2 The Contractor shall collect the Deceased from the hospital mortuary, coroner's mortuary or place of death within 24 hours of receiving an Instruction, or within such longer period as the Council's Bereavement Officer agrees, and shall provide refrigerated storage until the Funeral.

3.3 The Contractor shall provide a suitable coffin, a hearse and sufficient bearers, and shall attend the crematorium or cemetery to conduct the Funeral with dignity.

3.4 The Contractor shall give the Council and any known Enquirer at least five Business Days' notice of the date, time and place of each Funeral, so that those who wish to attend may do so.

3.5 After any Funeral at which an operational incident occurs, such as a late arrival at the crematorium, a documentation error or an injury to a bearer, the Contractor shall hold an internal debrief to identify lessons learned and shall record them in its operations log.

4. INSTRUCTIONS AND FUNERAL ARRANGEMENTS

4.1 The Council will decide whether a Funeral is to be a burial or a cremation. Unless the Council instructs otherwise, the Contractor shall arrange a cremation.

4.2 Where the Council tells the Contractor of any known religious or cultural wishes of the Deceased, the Contractor shall respect those wishes so far as is reasonably practicable within the Charges.

4.3 The Contractor shall not arrange or pay for hospitality, refreshments, a wake, floral tributes, limousines, newspaper notices or orders of service at the Council's expense unless the Council has given its prior written approval. Any Enquirer who wishes to add such items may arrange and pay for them directly.

4.4 Cremated remains shall be held by the Contractor for 28 days and then scattered or interred as the Council directs, unless an Enquirer entitled to them collects them first.

5. STAFF

5.1 The Contractor shall ensure that all Staff are appropriately trained and experienced in the care and handling of the deceased and in dealing sensitively with bereaved people.

5.2 The Contractor shall ensure that Staff who visit a private residence to collect a Deceased carry photographic identification and behave courteously at all times.

5.3 The parties do not expect the Transfer of Undertakings (Protection of Employment) Regulations 2006 ("TUPE") to apply at the Commencement Date. On expiry or termination the Contractor shall, within ten Business Days of a request, supply to the Council the employee liability information required by TUPE for all Staff assigned to the Services and for any former employees dismissed from the Services in the preceding three months.

6. CHARGES AND PAYMENT

6.1 The Council shall pay the fixed charge for each Funeral set out in Schedule 2 (the "Charges"), which includes all disbursements other than crematorium or cemetery fees, which the Council will pay directly.

6.2 The Contractor shall invoice the Council within 20 Business Days of each Funeral. Each invoice shall be itemised so that the Council can recover its expenses from the estate of the Deceased under section 46(5) of the 1984 Act.

6.3 The Council shall pay each valid and undisputed invoice within 30 days of receipt.

7. PROPERTY OF THE DECEASED

7.1 The Contractor shall make an inventory of all money, jewellery and personal effects found with the Deceased, signed by two members of Staff, and shall hand them to the Council's Bereavement Officer within two Business Days.

7.2 The Contractor shall not retain, sell or dispose of any property of the Deceased.

8. RECORDS AND INSPECTION

8.1 The Contractor shall keep a complete record of each Funeral, including the Instruction, the inventory made under clause 7.1, all correspondence with Enquirers and all invoices, for six years after the Funeral.

8.2 The Council's authorised officers may, on giving reasonable notice, inspect the Contractor's premises, chapel of rest and vehicles and the records kept under clause 8.1, and take copies of those records.

9. STANDARDS OF CONDUCT

9.1 The Contractor shall, and shall ensure that its Staff shall, observe the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in everything they do in performing this Contract.

9.2 The Contractor shall treat every Deceased with dignity and every Enquirer with courtesy and respect, without discrimination.

9.3 The Contractor shall notify the Council's Bereavement Officer promptly in writing if it becomes aware of any failure by the Contractor or its Staff to meet the standards in clause 9.1, with details of the action it has taken.

9.4 The Contractor shall procure that each Sub-contractor (including any body-removal service or embalmer it engages) is bound by written obligations equivalent to those in clauses 9 to 13 and shall enforce those obligations.

9.5 The Council's officers who manage this Contract are subject to the Council's Code of Conduct for Employees, a copy of which is available on request.

10. PREVENTION OF BRIBERY AND FRAUD

10.1 The Contractor shall not, and shall procure that its Staff do not, commit any Prohibited Act, and shall not offer any inducement or reward to any officer of the Council, registrar, coroner's officer or hospital bereavement officer to obtain or keep any Instruction.

10.2 The Contractor shall have in place and maintain adequate procedures, within the meaning of section 7 of the Bribery Act 2010, to prevent its Staff and any other person acting on its behalf from committing a Prohibited Act.

10.3 The Contractor shall not claim any Charge for goods or services that were not supplied and shall not add to any invoice a charge that it knows to be inflated.

10.4 The Contractor shall immediately notify the Council in writing if it becomes aware of any breach of this clause 10 or of any investigation into a suspected Prohibited Act involving the Contractor or its Staff.

11. RAISING CONCERNS

11.1 The Contractor shall maintain a written whistleblowing policy that allows Staff to raise concerns about wrongdoing connected with the Services, including directly with the Council's Monitoring Officer or with a person prescribed under the Public Interest Disclosure Act 1998.

11.2 The Contractor shall not dismiss, discipline or otherwise subject to any detriment any member of Staff who raises a concern in good faith under clause 11.1.

12. TRANSPARENCY AND FREEDOM OF INFORMATION

12.1 The Contractor acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.

12.2 The Contractor shall provide all assistance and information that the Council reasonably requests to enable it to respond to a request for information within the statutory time for compliance, and shall supply that information within five Business Days of the Council's request.

12.3 The Contractor shall provide to the Council each quarter the number of Funerals arranged and the total Charges invoiced, which the Council may publish under the Local Government Transparency Code 2015.

13. CONFLICTS OF INTEREST

13.1 The Contractor shall take all necessary steps to ensure that neither the Contractor nor any member of its Staff is placed in a position where there is, or may reasonably appear to be, a conflict between their personal, financial or professional interests and the duties owed to the Council under this Contract. In particular, no member of Staff who is related to a Deceased, or who may benefit from the Deceased's estate, shall take part in that Funeral.

13.2 The Contractor shall notify the Council in writing, promptly and with full details, of any actual or potential conflict of interest as soon as it becomes aware of it.

13.3 Where a conflict of interest arises, the Council may require the Contractor to take the steps the Council considers necessary to remove or manage it, and where the conflict cannot be removed to the Council's satisfaction the Council may terminate this Contract under clause 18.1.

13.4 The Contractor should keep a record of any interests declared by its directors and Staff under this clause 13.

14. ETHICAL ASSURANCE

14.1 The Contractor warrants that it has in place, and will maintain for the duration of this Contract, the policies, structures and arrangements necessary to comply with clauses 9 to 13.

14.2 Within 20 Business Days of the Commencement Date, and then annually on each anniversary of it, the Contractor shall give the Council a written statement, signed by a director, certifying that the Contractor and its Staff have complied with clauses 9 to 13 during the preceding period, or giving details of any non-compliance and the action taken.

15. COMPLAINTS

15.1 The Contractor shall operate a written complaints procedure for Enquirers and other members of the public who are dissatisfied with any aspect of a Funeral or the way they have been treated. The procedure shall be free of charge, shall be displayed in the Contractor's funeral office and on its website, and shall explain that a complainant who remains dissatisfied may contact the Council.

15.2 The Contractor shall acknowledge each complaint within two Business Days of receipt and send a full written response within 15 Business Days, or, where that is not possible, explain the reason for the delay and give a date by which the response will be sent.

15.3 The Contractor shall send the Council a quarterly report, within ten Business Days of the end of each quarter, stating the number of Funerals arranged, the number of complaints received, the number upheld, partly upheld and not upheld, and any complaint not answered within the period in clause 15.2.

15.4 The Contractor shall use reasonable endeavours to assist the Council in responding to any enquiry or investigation by the Local Government and Social Care Ombudsman that relates to a Funeral.

16. INSURANCE

16.1 The Contractor shall maintain public liability insurance of not less than £5,000,000 and employer's liability insurance of not less than £10,000,000 for any one claim, and shall produce evidence of cover on request.

17. DATA PROTECTION

17.1 The Contractor shall process personal data relating to Enquirers and to the Deceased's relatives only on the Council's documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018.

17.2 The Contractor shall notify the Council within two Business Days if it receives any request, complaint or communication from a data subject or from the Information Commissioner relating to such personal data.

18. TERMINATION

18.1 The Council may terminate this Contract with immediate effect by written notice if:

(a) the Contractor commits a breach of any of clauses 9 to 13 (standards of conduct, bribery and fraud, raising concerns, transparency and conflicts of interest);

(b) a conflict of interest arises that cannot be removed as described in clause 13.3;

(c) the Contractor commits a material breach of any other clause which is not capable of remedy, or which is capable of remedy but is not remedied within 20 Business Days of a notice requiring it; or

(d) the Contractor becomes insolvent or enters into any arrangement with its creditors.

18.2 The Council may terminate this Contract at any time by giving the Contractor not less than three months' written notice.

18.3 On termination the Contractor shall complete any Funeral for which it has received an Instruction unless the Council directs otherwise.

19. DISPUTE RESOLUTION

19.1 The parties shall try to resolve any dispute through discussion between the Council's Environmental Health Manager and a director of the Contractor. If the dispute is not resolved within 20 Business Days either party may refer it to mediation under the Model Mediation Procedure of the Centre for Effective Dispute Resolution.

20. GENERAL

20.1 The Contractor shall not assign or sub-contract any part of this Contract without the Council's prior written consent.

20.2 This Contract is governed by the law of England and Wales and the courts of England and Wales have exclusive jurisdiction.

SCHEDULE 1 - SPECIFICATION (SUMMARY)

S1.1 The Services comprise: receipt of Instructions by email during office hours; collection and storage of the Deceased; provision of a simple veneered coffin with name plate; provision of hearse and four bearers; attendance at Westmarch Crematorium or the Council's cemeteries; a short committal conducted by a celebrant or minister of the faith recorded by the Council; and return of any cremated remains in a plain container.

S1.2 Target volume: between 30 and 45 Funerals each year. No volume is guaranteed.

SCHEDULE 2 - CHARGES

S2.1 Fixed charge per adult cremation: £1,385. Fixed charge per adult burial (excluding grave purchase): £1,610. Child or infant funeral: no charge to the Council beyond disbursements.

SIGNED for and on behalf of WESTMARCH DISTRICT COUNCIL by its authorised signatory

SIGNED for and on behalf of HARTLEY & DUNNE FUNERAL SERVICES LIMITED by a director
""",
    "expected": """
ES-01 pass  # cl.9.1: the Contractor shall, and shall ensure its Staff shall, observe the Seven Principles of Public Life
ES-02 gap  # cl.9.5: only the Council's own officers are subject to the Council's Code of Conduct for Employees (wrong party); no provider code of conduct
ES-03 pass  # cl.9.4: the Contractor shall procure that each Sub-contractor is bound by obligations equivalent to clauses 9 to 13 (the ethics clauses)
ES-04 weak  # cl.5.1: Staff appropriately trained and experienced in care of the deceased (generic; no ethics training named)
ES-05 pass  # cl.11.1-11.2: written whistleblowing policy incl. Monitoring Officer / PIDA prescribed person, no detriment
ES-06 pass  # cl.10.1-10.4: no Prohibited Act, adequate procedures under Bribery Act s.7, immediate notice of breaches
ES-07 pass  # cl.12.2-12.3: Contractor shall assist with FOI/EIR requests within five Business Days and supply quarterly data for publication
ES-08 weak  # cl.8.2: Council may inspect premises, vehicles and funeral records (generic inspection, ethics not named)
ES-09 pass  # cl.18.1(a): Council may terminate immediately for breach of clauses 9 to 13 (standards of conduct, bribery, conflicts)
ES-10 pass  # cl.14.1-14.2: warranty of structures plus director-signed certificate at start and annually on compliance with clauses 9 to 13
COI-01 pass  # cl.13.1-13.2: take all necessary steps to avoid actual or apparent conflicts and notify the Council promptly in writing
COI-02 pass  # cl.13.3: Council may require steps to remove or manage the conflict and may terminate under cl.18.1
COI-03 gap  # cl.4.3: 'shall not arrange or pay for hospitality, refreshments, a wake' is funeral catering (look-alike), not gifts/hospitality to officials; no gifts clause
COI-04 gap  # cl.5.3: 'former employees' appears only in TUPE employee liability information (decoy); no revolving-door clause
COI-05 weak  # cl.13.4: Contractor 'should keep a record' of declared interests (permissive)
COI-06 gap  # absent: no confirmation of disclosure of relationships at award
CDM-01 pass  # cl.15.1: written, free, publicised complaints procedure for Enquirers and members of the public
CDM-02 pass  # cl.15.3: quarterly report of complaints received and upheld / partly upheld / not upheld
CDM-03 gap  # absent: no satisfaction or feedback collection
CDM-04 weak  # cl.15.4: 'reasonable endeavours to assist' with LGSCO enquiries (reasonable endeavours)
CDM-05 gap  # cl.3.5: internal debrief on operational incidents (look-alike 'lessons learned'); no analysis of complaints or feedback
CDM-06 pass  # cl.15.2: acknowledge within two Business Days, full response within 15 Business Days or explain the delay
""",
})

# ---------------------------------------------------------------------------------------- c02
CONTRACTS.append({
    "id": "c02", "slug": "pest_control_plain_english", "ext": "md", "build": "md",
    "title": "Pest Control Services Agreement",
    "setting": "London borough pest control service (rats, mice, bedbugs, wasps) for residents, written in plain English",
    "labels": "we/us (the Council) / you (the Contractor)",
    "features": "plain-English we/you drafting, bullet lists, 'expects' wording, negated FOI duty, precedence 'conflicts', KPI table, obligations in a table row",
    "text": """
# Pest Control Services Agreement

**Between** the London Borough of Thornbury Vale, Town Hall, 1 Market Square, London SE29 4TV ("**we**", "**us**" or "**our**")

**and** Verminex Environmental Services Ltd (company number 09981234), Unit 4, Riverside Trading Estate, London SE30 1RX ("**you**" or "**your**"), the contractor we have appointed.

Agreement reference: TV-ENV-PC-2025. Start date: 2 June 2025. End date: 1 June 2028, unless ended earlier under section 14.

## 1. About this agreement

1.1 This agreement explains what we expect from you when you deliver pest control treatments to residents and to our housing estates, and what you can expect from us. We have tried to write it in plain English. Words in bold in section 2 have the meanings given there.

1.2 This agreement is made up of these terms, the service description in Annex A and the price list in Annex B. If anything in these terms conflicts with Annex A or Annex B, these terms win.

## 2. Words we use

- **Resident** means anyone who lives in the borough and books a treatment through us, including our tenants and leaseholders.
- **Treatment** means a visit by one of your technicians to survey, treat or follow up an infestation.
- **Staff** means your employees, and anyone else you use to deliver Treatments, including subcontractors and their employees.
- **Working day** means Monday to Friday, excluding bank holidays.

## 3. What you will do

3.1 You must deliver Treatments for rats, mice, cockroaches, bedbugs, fleas and wasps as described in Annex A, to the response times in the table in section 11.

3.2 You must use only products approved under the Control of Pesticides Regulations and follow the Code of Best Practice on the use of rodenticides. Your technicians must hold RSPH Level 2 in Pest Management or an equivalent qualification.

3.3 You must leave every Resident with a written note of what was done, what chemicals were used and what they need to do next.

## 4. Price and payment

4.1 We will pay the prices in Annex B. You will invoice us monthly in arrears, listing each Treatment by job number. We will pay valid invoices within 30 days.

4.2 Some Treatments are charged to the Resident. You must not charge a Resident more than the price in Annex B.

## 5. Working with our staff

5.1 Our Pest Control Contract Officer is your main contact. We will meet you every quarter to review performance against section 11.

5.2 You must tell us before you employ or engage anyone who, in the previous two years, worked for us in our environmental health, housing management or procurement teams. You must make sure that person does not use information they learned while working for us to gain an advantage for you, and does not deal with us on your behalf about this agreement for 12 months after they left us.

## 6. Conduct

6.1 We expect you and your Staff to act in line with the Nolan Principles (the Seven Principles of Public Life) when you deliver this agreement.

6.2 You must follow our Supplier Code of Conduct, which you signed as part of your tender, and make sure your Staff follow it when working on this agreement.

6.3 We expect any subcontractor you use to meet the same standards as the Supplier Code of Conduct.

6.4 You should have a whistleblowing policy so that your Staff can report concerns.

## 7. Behaving ethically

7.1 You must not offer or pay a bribe, and you must not let anyone acting for you do so. This includes any payment, favour or inducement to our staff to win work, to speed up a payment or to overlook poor performance. You must keep adequate procedures to prevent bribery, as described in the Ministry of Justice guidance under the Bribery Act 2010.

7.2 You must tell us immediately if you find out, or suspect, that anyone working for you has offered a bribe or committed fraud in connection with this agreement.

7.3 You must not give our staff any gift or hospitality. If anyone working for you is offered a gift or hospitality by one of our staff or a Resident, they must refuse it. You must keep a register of all gifts and hospitality offered to or by your Staff in connection with this agreement and show it to us when we ask.

7.4 You must make sure every technician and supervisor completes our ethics e-learning module, which covers the Supplier Code of Conduct, gifts and hospitality, bribery and how to speak up, within four weeks of starting work on this agreement and every year after that. You must keep records of who has completed it and send them to us with your annual statement under section 7.6.

7.5 We may check whether you are meeting this section 7 and section 6 at any time, including by auditing your records and speaking to your Staff, and we will review your ethical performance at each quarterly meeting.

7.6 Every April you must send us a statement signed by one of your directors confirming that you have complied with sections 6 and 7 during the previous year, and that you have in place the policies, training and a named ethics lead needed to keep doing so. If you cannot confirm this, the statement must say why and what you are doing about it.

## 8. Declarations you made when you tendered

8.1 You confirm that, when you tendered, you told us about every relationship you or your directors have with anyone who sat on our evaluation panel or advised it, and you agree to tell us straight away if any new relationship of that kind arises during this agreement.

## 9. Information

9.1 You will not need to help us with Freedom of Information requests about this agreement; we will answer them ourselves using the information we already hold.

9.2 You must keep Residents' personal information secure and use it only to deliver Treatments. Annex C sets out the data protection terms.

## 10. Complaints and feedback

10.1 You must have a complaints procedure for Residents that is free, easy to use and published on your website and on the note you leave after each Treatment. It must tell Residents that, if they are still unhappy, they can ask us to look at their complaint.

10.2 You must acknowledge every complaint within two working days and send a full reply within ten working days.

10.3 Send us details of the complaints you have received if we ask for them.

10.4 You must send every Resident a short text or email survey after their final Treatment asking how satisfied they were, and send us the results each month.

10.5 Every quarter you must look at your complaints and the survey results together, tell us about any patterns you find and, if overall satisfaction falls below 85 per cent in any quarter, agree an action plan with us to put things right.

10.6 If a Resident takes a complaint to the Local Government and Social Care Ombudsman, you must co-operate fully with us and the Ombudsman, answer their questions, provide information within the time they ask for, and carry out any remedy the Ombudsman recommends and we agree.

## 11. Performance measures

| Measure | Target | How you report it |
|---|---|---|
| Rats and mice: first visit | within 3 working days of booking | monthly report |
| Wasps: first visit | within 1 working day of booking | monthly report |
| Bedbugs: survey | within 5 working days of booking | monthly report |
| Resident satisfaction | 85% satisfied or very satisfied | monthly survey results (section 10.4) |
| Follow-up visits completed | 95% | monthly report |

## 12. Health and safety

12.1 You must carry out a risk assessment before each Treatment and make sure your technicians have the right protective equipment.

12.2 You must keep baits and chemicals locked away and out of reach of children and pets.

## 13. Insurance

13.1 You must have public liability insurance of at least £5 million and employer's liability insurance of at least £10 million.

## 14. Ending this agreement

14.1 We may end this agreement by giving you three months' notice in writing.

14.2 If you commit a material breach of this agreement and do not put it right within 20 working days of us asking you to, we may end this agreement straight away by writing to you.

14.3 If this agreement ends, you must finish any follow-up visits already booked unless we tell you not to.

## 15. Disagreements

15.1 If we disagree about anything in this agreement, our Head of Environmental Services and one of your directors will meet to try to sort it out. If that does not work within 20 working days, either of us can ask for mediation.

## 16. Law

16.1 The law of England and Wales applies to this agreement.

Signed for the London Borough of Thornbury Vale: **R. Okonjo**, Head of Environmental Services

Signed for Verminex Environmental Services Ltd: **D. Pratley**, Director
""",
    "expected": """
ES-01 weak  # s.6.1: 'We expect you and your Staff to act in line with the Nolan Principles' (expects = permissive)
ES-02 pass  # s.6.2: You must follow our Supplier Code of Conduct and make sure your Staff follow it
ES-03 weak  # s.6.3: 'We expect any subcontractor you use to meet the same standards as the Supplier Code of Conduct' (expects)
ES-04 pass  # s.7.4: every technician completes ethics e-learning (Code, gifts, bribery, speaking up) at start and yearly, with records
ES-05 weak  # s.6.4: 'You should have a whistleblowing policy' (permissive)
ES-06 pass  # s.7.1-7.2: must not offer or pay a bribe, keep adequate procedures (Bribery Act 2010), tell us immediately
ES-07 gap  # s.9.1: 'You will not need to help us with Freedom of Information requests' (disapplied)
ES-08 pass  # s.7.5: we may audit whether you meet sections 6 and 7 and review ethical performance at quarterly meetings
ES-09 weak  # s.14.2: termination for unremedied material breach with no ethics link
ES-10 pass  # s.7.6: annual director-signed statement of compliance with sections 6 and 7 plus policies, training and named ethics lead
COI-01 gap  # s.1.2: 'conflicts with Annex A' is precedence wording (decoy); no conflict-of-interest obligation
COI-02 gap  # absent: no conflict mitigation or termination for conflict
COI-03 pass  # s.7.3: must not give our staff any gift or hospitality; keep a register of gifts and hospitality
COI-04 pass  # s.5.2: tell us before engaging anyone who worked for us in the previous two years; no use of information; 12-month bar
COI-05 gap  # absent: no declarations-of-interest register for decision-making staff
COI-06 pass  # s.8.1: you confirm you told us at tender about relationships with the evaluation panel and will update us
CDM-01 pass  # s.10.1: free, easy-to-use, published complaints procedure for Residents with escalation to us
CDM-02 weak  # s.10.3: send complaint details 'if we ask for them' (on request only)
CDM-03 pass  # s.10.4: survey every Resident after final Treatment and send results monthly (also s.11 table row)
CDM-04 pass  # s.10.6: co-operate fully with us and the LGSCO and carry out any recommended remedy
CDM-05 pass  # s.10.5: quarterly review of complaints and survey results for patterns; action plan below 85%
CDM-06 pass  # s.10.2: acknowledge within two working days, full reply within ten working days
""",
})

# ---------------------------------------------------------------------------------------- c03
CONTRACTS.append({
    "id": "c03", "slug": "private_water_supply_laboratory", "ext": "docx", "build": "html>docx",
    "title": "Call-off Contract: Private Water Supply Sampling and Analysis",
    "setting": "Scottish council call-off under a (fictional) Scottish Government laboratory services framework for private water supply sampling and analysis; Scots law testing clause",
    "labels": "Purchaser / Contractor",
    "features": "LibreOffice HTML->DOCX conversion; Heading 1/2 styles from h1/h2; (a)-(e) items as LibreOffice auto-numbering in numbering.xml; KPI table with obligations in cells; 'data integrity' and 'sample integrity' decoys; exclusion-ground declaration decoy",
    "blocks": [
        ("title", "CALL-OFF CONTRACT"),
        ("sub", "for the Sampling and Analysis of Private Water Supplies"),
        ("p", "Framework Agreement: Scottish Government Framework for Environmental Laboratory Analysis Services, reference SP-23-041 (the \"Framework\"). Call-off reference: KSC/EH/2025/PWS-07."),
        ("h1", "Parties"),
        ("p", "This Call-off Contract is made between KINLOCH AND STRATHMORE COUNCIL, a council constituted under the Local Government etc. (Scotland) Act 1994 and having its principal office at Council Buildings, High Street, Kinloch KN1 4AA (the \"Purchaser\"); and CALEDONIAN ANALYTICAL LABORATORIES LIMITED, incorporated in Scotland (SC512277), having its registered office at 9 Balgownie Road, Aberdeen AB22 8LT (the \"Contractor\")."),
        ("h1", "1. Interpretation"),
        ("p", "1.1 In this Call-off Contract, unless the context otherwise requires:"),
        ("p", "\"Analysis\" means the laboratory testing of Samples for the parameters listed in Schedule 1;"),
        ("p", "\"Prohibited Act\" means (i) offering, giving or agreeing to give to any servant of the Purchaser any gift or consideration of any kind as an inducement or reward for doing or forbearing to do any act in relation to this Call-off Contract, or (ii) committing any offence under the Bribery Act 2010 or any offence of fraud or dishonesty at common law in connection with this Call-off Contract;"),
        ("p", "\"Regulations\" means the Water Intended for Human Consumption (Private Supplies) (Scotland) Regulations 2017;"),
        ("p", "\"Sample\" means a sample of water taken from a private water supply by the Contractor's sampling officer;"),
        ("p", "\"Supply Owners and Users\" means the owners of, and persons supplied with water by, a private water supply in the Purchaser's area; and"),
        ("p", "\"Working Day\" means a day other than a Saturday, Sunday or public holiday in Scotland."),
        ("p", "1.2 The Framework terms and conditions apply to this Call-off Contract save as varied below. In the event of any conflict between this Call-off Contract and the Framework terms, this Call-off Contract shall take precedence."),
        ("h1", "2. Duration"),
        ("p", "2.1 This Call-off Contract shall commence on 1 May 2025 and shall continue until 30 April 2027, with an option for the Purchaser to extend for one further year."),
        ("h1", "3. The Services"),
        ("p", "3.1 The Contractor shall provide the following services in accordance with the Regulations and Schedule 1:"),
        ("n2", "arranging sampling visits with Supply Owners and Users at a mutually convenient time, giving not less than five Working Days' notice;"),
        ("n2", "taking Samples using the methods in the Drinking Water Quality Regulator's guidance and maintaining the chain of custody from collection to laboratory;"),
        ("n2", "carrying out the Analysis in a laboratory accredited by UKAS to ISO/IEC 17025 for each parameter;"),
        ("n2", "reporting results to the Purchaser through the secure portal within the times in Schedule 2; and"),
        ("n2", "telephoning the Purchaser's duty officer within two hours where any result exceeds a prescribed concentration or value."),
        ("p", "3.2 The Contractor shall ensure the integrity of all Samples from collection to Analysis, including temperature control and sealed containers, and shall reject and re-take any Sample whose integrity cannot be demonstrated."),
        ("p", "3.3 The Contractor shall maintain the data integrity of its laboratory information management system so that every result is attributable, legible, contemporaneous, original and accurate, and shall retain raw data for six years."),
        ("h1", "4. Personnel"),
        ("p", "4.1 The Contractor shall ensure that its sampling officers and analysts are trained and assessed as competent in the sampling and analytical methods used, in accordance with its ISO/IEC 17025 quality system, and shall keep competence records for each of them."),
        ("p", "4.2 Sampling officers shall carry identification, shall explain the purpose of the visit to Supply Owners and Users and shall leave a copy of the sampling record."),
        ("h1", "5. Sub-contracting"),
        ("p", "5.1 The Contractor shall not sub-contract any Analysis without the prior written consent of the Purchaser, which may be given subject to conditions."),
        ("p", "5.2 The Contractor shall remain responsible for the acts and omissions of any sub-contractor as if they were its own."),
        ("h1", "6. Charges and Audit"),
        ("p", "6.1 The Purchaser shall pay the Charges in Schedule 3 within 30 days of receipt of a valid invoice."),
        ("p", "6.2 The Contractor shall keep full and accurate records of the Charges and of all Samples invoiced. The Purchaser, Audit Scotland and their agents may audit those financial records and the Contractor's invoices at any time during the Call-off Contract and for five years afterwards to verify the Charges."),
        ("h1", "7. Freedom of Information"),
        ("p", "7.1 The Contractor acknowledges that the Purchaser is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and that results of Analysis are likely to be environmental information."),
        ("p", "7.2 The Contractor shall transfer to the Purchaser any request for information it receives within two Working Days and shall provide the Purchaser with any information it holds and all assistance reasonably requested, within five Working Days, so that the Purchaser can respond within the statutory time limit."),
        ("h1", "8. Standards of Business Conduct"),
        ("p", "8.1 The Contractor shall comply with the Scottish Government Supplier Code of Conduct and shall ensure that its staff engaged on this Call-off Contract are aware of and comply with it."),
        ("p", "8.2 The Contractor shall maintain a whistleblowing procedure under which its staff may raise concerns about malpractice connected with this Call-off Contract, including directly with the Purchaser or with a prescribed person under the Public Interest Disclosure Act 1998, and shall ensure that no member of staff suffers any detriment for raising a concern in good faith."),
        ("p", "8.3 The Contractor shall confirm to the Purchaser in writing, on each anniversary of the commencement date, that the whistleblowing procedure in clause 8.2 remains in place and has been brought to the attention of its staff."),
        ("p", "8.4 The Contractor should consider keeping a record of any gifts or hospitality offered to its staff by Supply Owners and Users or by officers of the Purchaser."),
        ("h1", "9. Conflicts of Interest"),
        ("p", "9.1 The Contractor shall take appropriate steps to ensure that neither it nor any of its staff is placed in a position where an actual or potential conflict of interest arises between their own interests and their duties under this Call-off Contract, including where a member of staff owns, is supplied by or is related to the owner of a private water supply to be sampled."),
        ("p", "9.2 The Contractor shall notify the Purchaser in writing without delay, and before any Sampling takes place, of any such conflict of interest, giving full details."),
        ("p", "9.3 The Contractor shall maintain a register of interests for its directors, its laboratory manager and every analyst who authorises results under this Call-off Contract. Each of them shall complete a declaration of interests, or a nil declaration, on appointment and annually, and the Contractor shall provide a copy of the register to the Purchaser each year and whenever the Purchaser asks for it."),
        ("p", "9.4 Clause 24 of the Framework terms (Conflicts of Interest: Remedies), which allows the Scottish Ministers or a purchaser to require mitigation of, or to terminate for, a conflict of interest, shall not apply to this Call-off Contract."),
        ("h1", "10. Declarations at Award"),
        ("p", "10.1 The Contractor confirms that none of the mandatory or discretionary exclusion grounds in regulation 58 of the Public Contracts (Scotland) Regulations 2015 applies to it, and that none of its directors has been convicted of an offence listed in that regulation."),
        ("h1", "11. Complaints, Feedback and the SPSO"),
        ("p", "11.1 The Contractor shall not be required to operate its own complaints procedure for Supply Owners and Users. Any expression of dissatisfaction received by the Contractor from a Supply Owner or User shall be passed to the Purchaser within one Working Day and handled under the Purchaser's Complaints Handling Procedure."),
        ("p", "11.2 The Contractor may invite Supply Owners and Users to complete a short feedback card at the end of a sampling visit."),
        ("p", "11.3 Where a complaint about the Services is investigated by the Purchaser or referred to the Scottish Public Services Ombudsman, the Contractor shall co-operate fully, shall provide any information and documents requested within the time specified, and shall implement any remedy that the Purchaser agrees to provide following the Ombudsman's recommendations."),
        ("p", "11.4 The Contractor shall analyse the results of its annual staff engagement survey and share a summary of the actions it will take with the Purchaser at the next contract review meeting."),
        ("h1", "12. Contract Management"),
        ("p", "12.1 The parties shall hold a contract review meeting every six months."),
        ("p", "12.2 The Contractor shall provide a quarterly management report within ten Working Days after the end of each quarter, containing the information in Schedule 2, including the number of complaints and expressions of dissatisfaction received from Supply Owners and Users, how many the Purchaser upheld, and the action taken by the Contractor in response."),
        ("p", "12.3 The Contractor shall respond to any query from the Purchaser's contract manager within two Working Days."),
        ("h1", "13. Termination"),
        ("p", "13.1 The Purchaser may terminate this Call-off Contract with immediate effect by notice in writing if the Contractor breaches clause 8 (Standards of Business Conduct) or clause 9 (Conflicts of Interest), or if the Contractor commits a material breach which is not remedied within 20 Working Days of notice."),
        ("p", "13.2 Termination shall not affect any rights accrued before the date of termination."),
        ("h1", "14. Governing Law"),
        ("p", "14.1 This Call-off Contract is governed by the law of Scotland and the parties submit to the exclusive jurisdiction of the Scottish courts."),
        ("h1", "Schedule 2: Reporting Requirements and Service Levels"),
        ("table", [
            ["Ref", "Requirement", "Service level"],
            ["SL1", "Results of routine Analysis reported through the portal", "within 15 Working Days of the Sample being taken"],
            ["SL2", "Failed parameter notified by telephone to duty officer", "within 2 hours of the result being authorised"],
            ["SL3", "Quarterly management report (clause 12.2): Samples taken, failures, complaints and expressions of dissatisfaction received and upheld, actions taken", "within 10 Working Days of quarter end"],
            ["SL4", "Re-sampling after a failed or invalid Sample", "within 10 Working Days"],
        ]),
        ("p", "IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with the Schedules are executed as follows: subscribed for and on behalf of Kinloch and Strathmore Council by its Head of Environmental Health at Kinloch on 24 April 2025; and subscribed for and on behalf of Caledonian Analytical Laboratories Limited by its director at Aberdeen on 22 April 2025."),
    ],
    "expected": """
ES-01 gap  # cl.3.2-3.3: only 'integrity of all Samples' and 'data integrity' (look-alikes); no Nolan Principles or named ethical standards
ES-02 pass  # cl.8.1: the Contractor shall comply with the Scottish Government Supplier Code of Conduct and ensure its staff comply
ES-03 gap  # cl.5.1-5.2: consent to sub-contract and liability for sub-contractors only (decoys); no ethical flow-down
ES-04 gap  # cl.4.1: technical competence training under ISO/IEC 17025 only; no ethics training
ES-05 pass  # cl.8.2: whistleblowing procedure incl. to the Purchaser or a PIDA prescribed person, no detriment
ES-06 weak  # cl.1.1: 'Prohibited Act' defined only; no operative anti-bribery or fraud obligation (definition only)
ES-07 pass  # cl.7.2: transfer FOI(S)A/EIR requests and provide information and assistance within five Working Days
ES-08 gap  # cl.6.2: audit of financial records and invoices to verify the Charges only (financial-only audit)
ES-09 pass  # cl.13.1: Purchaser may terminate immediately for breach of clause 8 (Standards of Business Conduct) or clause 9
ES-10 weak  # cl.8.3: annual written confirmation covering the whistleblowing procedure only (one-topic certificate)
COI-01 pass  # cl.9.1-9.2: take steps to avoid actual or potential conflicts of the Contractor and staff; notify without delay
COI-02 gap  # cl.9.4: Framework clause 24 (Conflicts of Interest: Remedies) 'shall not apply' (disapplied); cl.1.2 'conflict' is precedence wording
COI-03 weak  # cl.8.4: 'should consider keeping a record' of gifts or hospitality (permissive)
COI-04 gap  # absent: no former public office holder provisions
COI-05 pass  # cl.9.3: register of interests for directors, laboratory manager and authorising analysts; annual declarations or nil; copy to Purchaser
COI-06 gap  # cl.10.1: exclusion-grounds and convictions confirmation only (decoy); no disclosure of relationships with the award panel
CDM-01 gap  # cl.11.1: Contractor 'shall not be required to operate its own complaints procedure' (disapplied; Purchaser's procedure)
CDM-02 pass  # cl.12.2 and Schedule 2 row SL3: quarterly management report incl. complaints received and upheld and actions taken
CDM-03 weak  # cl.11.2: Contractor 'may invite' feedback cards (permissive)
CDM-04 pass  # cl.11.3: co-operate fully with the Purchaser and the SPSO and implement agreed remedies
CDM-05 gap  # cl.11.4: analysis of a staff engagement survey only (staff-only decoy); no learning from complaints
CDM-06 gap  # cl.12.3 and Schedule 2: timescales for Purchaser queries and results only; no complaint acknowledgement or response times
""",
})

# ---------------------------------------------------------------------------------------- c04
CONTRACTS.append({
    "id": "c04", "slug": "family_mediation_services", "ext": "odt", "build": "fodt>odt",
    "title": "Family Mediation Services Agreement",
    "setting": "publicly funded family mediation services (MIAMs and mediation sessions) commissioned by a fictional national funding agency",
    "labels": "Agency / Service Provider",
    "features": "LibreOffice flat ODT (.fodt) -> ODT conversion; text:tracked-changes with a deleted Nolan clause (not contract text) and an inserted speaking-up clause (contract text); annotations (not contract text); dispute-resolution 'mediation' decoy beside a mediation service; data-protection-only flow-down",
    "reviewer": "J. Whitcombe (Agency Legal)", "initials": "JW", "reviser": "Agency Legal",
    "blocks": [
        ("title", "AGREEMENT FOR THE PROVISION OF PUBLICLY FUNDED FAMILY MEDIATION SERVICES"),
        ("p", "Agreement number: FJFA/MED/2025/118"),
        ("h1", "Parties"),
        ("p", "This Agreement is made on 3 February 2025 between THE FAMILY JUSTICE FUNDING AGENCY, an executive agency whose principal office is at 4 Temple Court, Birmingham B2 5LN (the \"Agency\"), and BRIGHTWATER FAMILY MEDIATION CIC, a community interest company registered in England and Wales with number 10772451, whose registered office is at 22 Harbour Street, Plymouth PL1 2AB (the \"Service Provider\")."),
        ("h1", "1. Definitions"),
        ("p", "1.1 \"Client\" means a person who receives a Mediation Information and Assessment Meeting (\"MIAM\") or mediation under this Agreement; \"Mediator\" means a mediator employed or engaged by the Service Provider who is accredited by the Family Mediation Council (\"FMC\"); \"Staff\" means all Mediators and other employees, workers and agents of the Service Provider; \"Sub-contractor\" means any person engaged by the Service Provider to deliver part of the Services with the Agency's consent; \"Working Day\" means a day other than a Saturday, Sunday or public holiday in England."),
        ("p", "1.2 Where there is any conflict between the terms of this Agreement and the Service Specification, the terms of this Agreement prevail."),
        ("h1", "2. Term"),
        ("p", "2.1 This Agreement runs from 1 April 2025 to 31 March 2028."),
        ("h1", "3. The Services"),
        ("p", "3.1 The Service Provider shall deliver MIAMs, single and joint mediation sessions and child-inclusive mediation to eligible Clients in the South West procurement area in accordance with the Service Specification and the FMC Code of Practice for Family Mediators."),
        ("p", "3.2 The Service Provider shall assess each Client's eligibility for public funding using the Agency's means and merits tests and shall keep evidence of that assessment on the Client file."),
        ("p", "3.3 The Service Provider shall screen every case for domestic abuse and child safeguarding concerns before mediation begins and shall not mediate where it would be unsafe to do so."),
        ("p", "3.4 The Service Provider shall offer a MIAM within 15 Working Days of a referral or self-referral, shall offer at least one evening appointment session each week at each of its offices, and shall make remote sessions by video available to any Client who cannot reasonably attend in person."),
        ("p", "3.5 Where mediation results in an agreement, the Service Provider shall prepare a memorandum of understanding and, where relevant, an open financial statement within ten Working Days of the final session, and shall explain to the Clients how they may ask the family court to make the agreement into a consent order."),
        ("p", "3.6 The Service Provider shall ensure that child-inclusive mediation is offered to every child aged ten or over who is the subject of a mediation, unless the Mediator records a reason why it is not appropriate."),
        ("h1", "4. Payment"),
        ("p", "4.1 The Agency shall pay the fixed fees in the Payment Annex for each completed MIAM and mediation. Claims shall be submitted monthly through the Agency's online portal."),
        ("p", "4.2 The Agency shall maintain a counter-fraud policy and may investigate any claim it suspects to be fraudulent. The Agency's counter-fraud team shall report any suspected fraud to the police."),
        ("h1", "5. Compliance with Law"),
        ("p", "5.1 The Service Provider shall comply with all applicable law, including the Children Act 1989, the Family Law Act 1996, the Equality Act 2010, the Bribery Act 2010, the Fraud Act 2006 and the Data Protection Act 2018."),
        ("h1", "6. Staff"),
        ("p", "6.1 The Service Provider shall ensure that every Mediator holds FMC accreditation, or is working towards it under the supervision of a Professional Practice Consultant."),
        ("p", "6.2 The Service Provider shall ensure that all Staff receive induction training, and refresher training every twelve months, on the Service Provider's code of conduct, managing conflicts of interest and how to raise concerns about wrongdoing, and shall keep training records which it shall make available to the Agency on request."),
        ("p", "6.3 The Service Provider shall not, during the term of this Agreement and for six months afterwards, solicit or entice away any employee of the Agency who has been involved in managing this Agreement."),
        ("h1", "7. Sub-contracting"),
        ("p", "7.1 The Service Provider may sub-contract the delivery of child-inclusive mediation to an FMC-accredited practitioner with the Agency's prior written consent."),
        ("p", "7.2 The Service Provider shall ensure that any Sub-contractor complies with the data protection obligations in clause 15 as if it were the Service Provider."),
        ("h1", "8. Standards of Conduct"),
        ("p", "8.1 [[del:The Service Provider shall, and shall ensure that all Staff shall, comply with the Seven Principles of Public Life in delivering the Services.]][[cmt:Deleted at the Service Provider's request at the clarification meeting on 20 January - Nolan wording felt inappropriate for a CIC. Agency to revisit at the first annual review.]]"),
        ("p", "8.2 The Service Provider shall maintain a written code of conduct for its Mediators and other Staff which is no less demanding than the HM Government Supplier Code of Conduct, and shall ensure that all Staff comply with it."),
        ("p", "8.3 [[ins:The Service Provider shall operate a speaking-up policy that enables Staff to raise concerns about malpractice, including with the Agency or with a prescribed person under the Public Interest Disclosure Act 1998, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith.]]"),
        ("h1", "9. Conflicts of Interest"),
        ("p", "9.1 The Service Provider shall ensure that no Mediator acts in any case in which the Mediator, or the Service Provider, has or may appear to have a personal, professional or financial interest that conflicts with the duty of impartiality owed to the Clients or with the Service Provider's obligations under this Agreement."),
        ("p", "9.2 The Service Provider shall notify the Agency in writing within five Working Days of becoming aware of any actual or potential conflict of interest affecting the Service Provider or any of its Staff, giving details of the steps proposed to manage it."),
        ("p", "9.3 Where a conflict of interest is notified or comes to the Agency's attention, the Service Provider shall take such steps as the Agency directs to remove or manage the conflict, and the Agency may terminate this Agreement with immediate effect if the conflict cannot be resolved to its satisfaction."),
        ("p", "9.4 The Agency encourages the Service Provider to keep a register of the interests declared by its directors and Mediators.[[cmt:Query from Agency commercial: should we add an express gifts and hospitality clause requiring the Service Provider to keep a register of gifts and hospitality offered to Staff? Not agreed at signature.]]"),
        ("h1", "10. Monitoring and Audit"),
        ("p", "10.1 The Agency may audit the Service Provider's compliance with clauses 6, 8 and 9 at any time on giving ten Working Days' notice, including by inspecting policies, training records, registers and Client files, and the parties shall review the Service Provider's performance against those clauses at each six-monthly contract review meeting."),
        ("p", "10.2 The Service Provider shall send the Agency a monthly management information return showing the number of MIAMs held, mediations started and completed, agreements reached and safeguarding incidents reported to children's services or the police."),
        ("h1", "11. Ethical Assurance"),
        ("p", "11.1 The Service Provider warrants that it has in place, and will maintain, the governance structures, policies and arrangements needed to meet clauses 6, 8 and 9."),
        ("p", "11.2 Within 20 Working Days of the start of this Agreement, and then every twelve months, the Service Provider shall deliver to the Agency a certificate signed by a director confirming that it has complied with clauses 6, 8 and 9 throughout the preceding period, or describing any non-compliance and how it has been remedied."),
        ("h1", "12. Client Complaints and Feedback"),
        ("p", "12.1 The Service Provider shall operate a written complaints procedure for Clients that is free, is explained to each Client at the MIAM, and informs Clients that they may refer an unresolved complaint to the FMC's Professional Standards Board."),
        ("p", "12.2 The Service Provider shall acknowledge each complaint within three Working Days and provide a full written response within 20 Working Days of receipt."),
        ("p", "12.3 The Service Provider shall invite every Client to complete the Agency's feedback questionnaire at the end of the mediation and shall send the anonymised results to the Agency each quarter."),
        ("p", "12.4 The Service Provider is encouraged to review its complaints each year to identify any lessons that can be learned."),
        ("h1", "13. Freedom of Information"),
        ("p", "13.1 The Service Provider may be asked to provide information to help the Agency respond to requests under the Freedom of Information Act 2000."),
        ("h1", "14. Termination"),
        ("p", "14.1 Either party may terminate this Agreement by giving three months' written notice to the other."),
        ("p", "14.2 The Agency may terminate this Agreement immediately if the Service Provider becomes insolvent or ceases to hold FMC accreditation for at least one Mediator."),
        ("h1", "15. Data Protection"),
        ("p", "15.1 Each party shall comply with the Data Protection Act 2018 and the UK GDPR in relation to Client personal data. The Service Provider shall process Client data only for the purposes of this Agreement."),
        ("h1", "16. Disputes"),
        ("p", "16.1 Any dispute between the Agency and the Service Provider arising out of this Agreement shall first be referred to the parties' contract managers. If it is not resolved within 15 Working Days the parties shall attempt to settle it by mediation in accordance with the Centre for Effective Dispute Resolution Model Mediation Procedure before either party commences proceedings."),
        ("h1", "17. Insurance"),
        ("p", "17.1 The Service Provider shall maintain professional indemnity insurance of not less than £2,000,000 for any one claim, public liability insurance of not less than £5,000,000 and employer's liability insurance as required by law, and shall provide evidence of cover to the Agency each year."),
        ("h1", "18. Force Majeure"),
        ("p", "18.1 Neither party shall be liable for any failure to perform its obligations caused by an event beyond its reasonable control, provided that it notifies the other party promptly and uses all reasonable efforts to resume performance. If such an event continues for more than 60 days either party may terminate this Agreement on written notice."),
        ("h1", "19. Notices and Variation"),
        ("p", "19.1 Notices under this Agreement shall be in writing and sent by email to the contract manager of the other party, with a copy by first class post to its registered or principal office."),
        ("p", "19.2 No variation of this Agreement shall be effective unless it is agreed in writing and signed by an authorised representative of each party."),
        ("h1", "20. Governing Law"),
        ("p", "20.1 This Agreement is governed by the law of England and Wales."),
        ("h1", "Payment Annex"),
        ("table", [
            ["Activity", "Fixed fee (excluding VAT)", "Claim evidence"],
            ["MIAM (per Client)", "£110", "Signed MIAM form and eligibility evidence"],
            ["Single-party mediation session", "£185", "Session record"],
            ["Joint mediation session (per session, both Clients)", "£390", "Session record signed by the Mediator"],
            ["Child-inclusive consultation (per child)", "£140", "Consent forms and consultation record"],
            ["Agreement reached: memorandum of understanding", "£250", "Copy of memorandum and open financial statement"],
        ]),
        ("p", "Signed for the Family Justice Funding Agency: Head of Commissioning. Signed for Brightwater Family Mediation CIC: Chair of the Board."),
    ],
    "expected": """
ES-01 gap  # cl.8.1: the Seven Principles sentence is a tracked deletion (not contract text); the annotation is not contract text
ES-02 pass  # cl.8.2: maintain a written code of conduct no less demanding than the HM Government Supplier Code of Conduct and ensure Staff comply
ES-03 gap  # cl.7.2: flow-down of data protection obligations only (decoy); cl.7.1 is consent to sub-contract
ES-04 pass  # cl.6.2: induction and annual refresher training on the code of conduct, conflicts of interest and raising concerns, with records
ES-05 pass  # cl.8.3 (tracked insertion, contract text): speaking-up policy incl. Agency or PIDA prescribed person, no detriment
ES-06 gap  # cl.4.2: counter-fraud duties on the Agency only (wrong party); cl.5.1 names the Bribery and Fraud Acts only in a list of laws
ES-07 weak  # cl.13.1: Service Provider 'may be asked to provide information' for FOI requests (permissive)
ES-08 pass  # cl.10.1: Agency may audit compliance with clauses 6, 8 and 9 and reviews them at contract review meetings
ES-09 gap  # cl.14.1-14.2: termination on notice, insolvency or loss of accreditation only (cl.18.1 force majeure); no ethical-breach remedy
ES-10 pass  # cl.11.1-11.2: warranty of structures plus director-signed certificate at start and every twelve months on clauses 6, 8 and 9
COI-01 pass  # cl.9.1-9.2: no Mediator acts where a conflicting personal, professional or financial interest exists; notify Agency within five Working Days
COI-02 pass  # cl.9.3: take steps the Agency directs to remove or manage the conflict; Agency may terminate
COI-03 gap  # absent: gifts and hospitality appear only in an annotation to cl.9.4 (not contract text)
COI-04 gap  # cl.6.3: non-solicitation of Agency employees only (partial at most); no former-official disclosure
COI-05 weak  # cl.9.4: 'The Agency encourages the Service Provider to keep a register' of interests (permissive)
COI-06 gap  # absent: no confirmation of disclosure of relationships at award
CDM-01 pass  # cl.12.1: written, free complaints procedure for Clients explained at the MIAM
CDM-02 gap  # cl.10.2: monthly return covers activity and safeguarding incidents only; no complaint data reported
CDM-03 pass  # cl.12.3: invite every Client to complete the feedback questionnaire and send results quarterly
CDM-04 gap  # cl.16.1: CEDR mediation of Agency-provider disputes only (decoy); cl.12.1 FMC referral is not co-operation with an ombudsman
CDM-05 weak  # cl.12.4: 'is encouraged to review its complaints' for lessons (permissive)
CDM-06 pass  # cl.12.2: acknowledge within three Working Days, full response within 20 Working Days
""",
})

# ---------------------------------------------------------------------------------------- c05
CONTRACTS.append({
    "id": "c05", "slug": "early_years_funding_agreement", "ext": "txt", "build": "txt",
    "title": "Early Years Provider Funding Agreement",
    "setting": "metropolitan borough funding agreement for a private day nursery delivering the funded early education and childcare entitlements",
    "labels": "Council / Provider",
    "features": "Part-based funding agreement with lettered paragraphs (A1, B3...), 'should have regard to' Nolan wording, Gift Aid and precedence 'conflict' decoys, negated complaint reporting, financial-only audit, Council-side counter-fraud",
    "text": """
NORTHFOLD METROPOLITAN BOROUGH COUNCIL
EARLY YEARS PROVIDER AGREEMENT 2025-26
Funded Early Education and Childcare Entitlements for Children aged 9 months to 4 years

This Agreement is between Northfold Metropolitan Borough Council, Early Years and Childcare Service, PO Box 311, Northfold NF1 1EY ("the Council") and the childcare provider named below ("the Provider").

Provider: Little Acorns Day Nursery Ltd
Ofsted URN: EY561203
Setting address: 41 Beech Grove, Northfold NF6 3PL
Registered person: Mrs A. Kaur

The Agreement applies from 1 April 2025 to 31 March 2026. It is renewed each year by the Provider signing the Council's annual declaration.

PART A - GENERAL

A1. Purpose. This Agreement sets out the conditions the Provider must meet to receive funding from the Council for delivering the funded early education and childcare entitlements (the "Funded Entitlements") to eligible children. It reflects the Department for Education's statutory guidance "Early education and childcare" (the "Statutory Guidance") and the Council's Local Provider Guidance.

A2. Precedence. If there is any conflict between this Agreement and the Statutory Guidance, the Statutory Guidance prevails. If there is any conflict between this Agreement and the Local Provider Guidance, this Agreement prevails.

A3. Eligibility to deliver. The Provider must be registered with Ofsted or a childminder agency, and must have a current Ofsted judgement of at least "requires improvement", to receive funding. The Provider must tell the Council within five working days if its registration is suspended or cancelled or if it receives an Ofsted judgement of "inadequate".

A4. Principles. Providers should have regard to the Seven Principles of Public Life (the Nolan Principles) when using public funds.

PART B - DELIVERING THE FUNDED ENTITLEMENTS

B1. The Provider must offer the Funded Entitlements free of charge, in accordance with the Statutory Guidance, and must not charge parents a top-up fee for the funded hours or make access to a funded place conditional on parents paying for additional hours or consumables.

B2. The Provider may charge for meals, consumables and additional services, but must make clear to parents which charges are voluntary and must publish its charging policy on its website or, if it has no website, display it at the setting.

B3. The Provider must make sure that all practitioners working with funded children are suitably qualified and appropriately trained, and that at least one person holding a current full paediatric first aid certificate is on the premises at all times when children are present.

B4. The Provider must meet the safeguarding and welfare requirements of the Early Years Foundation Stage statutory framework and must have a designated safeguarding lead who has completed the Northfold Safeguarding Children Partnership's training.

B5. Where the Provider is a registered charity, voluntary contributions made by parents towards the cost of meals or trips may be eligible for Gift Aid, and the Provider is responsible for any Gift Aid claim it makes to HMRC.

PART C - FUNDING AND CLAIMS

C1. The Council will fund the Provider at the hourly rates set out in the Council's Early Years Funding Formula for the relevant financial year.

C2. The Provider must submit a termly headcount claim through the Council's Provider Portal by the published deadline. Claims must be based on the hours each child is actually booked to attend.

C3. The Provider must keep daily attendance registers, signed parent declaration forms and evidence of each child's eligibility for at least six years.

C4. The Council may visit the setting, with or without notice, to audit attendance registers, parent declaration forms, invoices to parents and the Provider's funding claims, in order to verify that the funding claimed is correct. Any overpayment identified must be repaid to the Council or will be recovered from future payments.

C5. The Council takes part in the National Fraud Initiative. The Council will carry out data-matching and counter-fraud checks on headcount claims and eligibility codes, and will investigate and, where appropriate, prosecute any fraudulent claim.

PART D - INFORMATION

D1. The Provider must complete the Department for Education's annual Early Years Census by the date the Council sets.

D2. The Provider must give the Council any information it holds that the Council needs to answer a request made under the Freedom of Information Act 2000, within five working days of the Council asking for it.

D3. The Provider must keep personal information about children and parents secure and use it only in line with its privacy notice and the UK GDPR.

PART E - STAFF AND CONCERNS

E1. The Provider must have a whistleblowing policy that enables staff to raise concerns about the conduct of any person working in the setting, including directly with Ofsted or with the Council's Local Authority Designated Officer, and must make sure no member of staff is treated unfairly or suffers any detriment because they raised a concern.

E2. The Provider must have a staff behaviour policy covering the use of mobile phones and cameras in the setting.

PART F - PARENTS

F1. The Provider must have a written procedure for dealing with concerns and complaints from parents and carers, in line with the Early Years Foundation Stage statutory framework. The procedure must be given to every parent of a funded child when the place is offered and must include the contact details for Ofsted.

F2. The Provider must acknowledge each written complaint within five working days and must investigate it and tell the complainant the outcome within 28 days of receiving it. The Provider must keep a record of every complaint and its outcome and make the record available to Ofsted on request.

F3. The Provider is not required to report complaints to the Council. Parents who are unhappy with the outcome may contact Ofsted directly.

F4. At least once a year the Provider must ask the parents of funded children for their views on the setting, using the Council's parent feedback form or its own survey, and must send a summary of the responses to the Council with its summer term headcount claim.

PART G - ENDING OR SUSPENDING FUNDING

G1. The Council may suspend or withdraw funding if the Provider is in material breach of this Agreement and does not remedy the breach within 20 working days of written notice.

G2. The Council will withdraw funding immediately if the Provider's registration is cancelled or if it receives an "inadequate" Ofsted judgement, in line with the Statutory Guidance.

G3. The Provider may stop delivering the Funded Entitlements by giving the Council one full term's notice and telling the parents affected.

PART H - INCLUSION

H1. The Provider must have regard to the Special Educational Needs and Disability Code of Practice: 0 to 25 years, must have a named special educational needs co-ordinator (SENCo), and must work with the Council's Early Years Inclusion Team where a funded child may need additional support.

H2. The Provider may apply to the Council's SEN Inclusion Fund for children with emerging or identified special educational needs. Inclusion Fund payments must be used only to support the child for whom they were awarded.

H3. The Provider must tell the Council when a funded child is eligible for the Disability Access Fund, and must use any payment received to make its setting more accessible.

H4. The Provider must not refuse a funded place, or limit the hours offered, because a child has special educational needs or a disability, unless the Provider has first discussed with the Council what reasonable adjustments and support are available.

PART I - PREMISES, INSURANCE AND DATA SHARING

I1. The Provider must hold public liability insurance of at least £5 million and employer's liability insurance as required by law, and must show the certificates to the Council on request.

I2. The Provider must comply with the Council's Data Sharing Agreement for early years funding, which sets out how the Provider and the Council share information about children, parents and eligibility codes through the Provider Portal.

I3. The Provider must tell the Council at least 20 working days in advance if it intends to move premises, change its opening hours or change the legal entity that operates the setting.

PART J - CHANGES TO THIS AGREEMENT

J1. The Council may change this Agreement and the Local Provider Guidance to reflect changes to the Statutory Guidance or to the funding formula. It will consult providers through the Schools Forum Early Years Reference Group and give at least one term's notice of any change, except where a change is required by law.

ANNEX - HOURLY FUNDING RATES 2025-26 (SUMMARY)

Entitlement                          Base rate per hour   Deprivation supplement
Under 2s working parent entitlement  £11.22               £0.38
2-year-olds (all eligible routes)    £8.31                £0.31
3 and 4-year-olds (universal and     £5.62                £0.26
extended entitlements)
Early Years Pupil Premium            £1.00 per hour for eligible 3 and 4-year-olds

PART K - DECLARATION

I confirm on behalf of the Provider that I have read this Agreement and the Local Provider Guidance, and that the Provider will comply with them.

Signed: A. Kaur, Registered Person, for Little Acorns Day Nursery Ltd
Date: 17 March 2025

Countersigned for the Council: Early Years Funding Team Manager
""",
    "expected": """
ES-01 weak  # para A4: 'Providers should have regard to the Seven Principles of Public Life' (permissive)
ES-02 gap  # absent: no code of conduct (para E2 'staff behaviour policy' on phones and cameras only)
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 weak  # para B3: practitioners 'suitably qualified and appropriately trained' (generic; ethics not named)
ES-05 pass  # para E1: whistleblowing policy incl. raising concerns with Ofsted or the LADO, no detriment
ES-06 gap  # para C5: counter-fraud checks and investigation are the Council's own duties (wrong party); no provider anti-bribery/fraud obligation
ES-07 pass  # para D2: give the Council information needed to answer FOI requests within five working days
ES-08 gap  # para C4: audit of registers, invoices and funding claims to verify funding (financial-only)
ES-09 weak  # para G1: suspension or withdrawal for unremedied material breach, no ethics link
ES-10 gap  # absent: Part K is a general declaration of compliance signed once, not an ethics assurance or certificate
COI-01 gap  # para A2: 'conflict' is precedence wording only (decoy)
COI-02 gap  # absent: no conflict management or termination for conflict
COI-03 gap  # para B5: Gift Aid on parental contributions (decoy); no gifts and hospitality control
COI-04 gap  # absent: no former public office holder provisions
COI-05 gap  # absent: no declarations-of-interest register
COI-06 gap  # absent: no procurement-stage conflict disclosure
CDM-01 pass  # para F1: written procedure for concerns and complaints from parents and carers, given to every parent
CDM-02 gap  # para F3: 'The Provider is not required to report complaints to the Council' (disapplied)
CDM-03 pass  # para F4: ask parents for their views at least yearly and send a summary to the Council
CDM-04 gap  # absent: no co-operation with an ombudsman or complaint investigation (F1/F3 only signpost Ofsted)
CDM-05 gap  # absent: no analysis of complaints or feedback
CDM-06 pass  # para F2: acknowledge within five working days, outcome within 28 days
""",
})

# ---------------------------------------------------------------------------------------- c06
CONTRACTS.append({
    "id": "c06", "slug": "cctv_control_room", "ext": "docx", "build": "docx-hand", "docx_mode": "styles",
    "title": "Public Space CCTV Monitoring Contract",
    "setting": "borough council contract for 24/7 public space CCTV control room monitoring",
    "labels": "Council / Operator",
    "features": "hand-built DOCX; clause numbers generated by numbering.xml (Heading 1 = 1., body = 1.1, items = (a)); runs split mid-word by w:proofErr and a bookmark (Prin|ciples, whistle|blowing); w:del ethics-training sentence with w:ins SIA licence sentence; comment (not contract text) asking for an ethics certificate; Surveillance Camera Code of Practice and 'integrity' of images decoys; TUPE transfer of former Council employees",
    "reviewer": "M. Achterberg (Legal)", "initials": "MA", "reviser": "Procurement",
    "blocks": [
        ("title", "CONTRACT FOR PUBLIC SPACE CCTV MONITORING SERVICES"),
        ("p", "Contract reference CBC/CS/0412. This Contract is made on 9 June 2025 between CALDERBROOK BOROUGH COUNCIL of Town Hall, Crown Street, Calderbrook CB1 1TH (the \"Council\") and SENTINEL WATCH MONITORING LIMITED (company number 07731904) of Unit 12, Pennine Business Park, Calderbrook CB5 9QQ (the \"Operator\")."),
        ("n0", "Definitions and Interpretation"),
        ("n1", "In this Contract:"),
        ("p", "\"Control Room\" means the Council's CCTV control room at Crown Street, from which the Services are delivered;"),
        ("p", "\"Operational Requirement\" means the Council's statement of the purposes of the CCTV system at Schedule 1;"),
        ("p", "\"Recorded Material\" means any still or moving image, and any associated data, recorded by the CCTV system;"),
        ("p", "\"Staff\" means all persons employed or engaged by the Operator or any Sub-contractor in delivering the Services; and"),
        ("p", "\"Sub-contractor\" means any person engaged by the Operator, with the Council's consent, to perform any part of the Services, including camera maintenance."),
        ("n1", "If there is any conflict between the clauses and the Schedules, the clauses prevail."),
        ("n0", "Appointment and Term"),
        ("n1", "The Council appoints the Operator to provide the Services from 1 July 2025 for an initial term of four years."),
        ("n1", "The Council may extend the term by up to two years on giving six months' notice."),
        ("n0", "The Services"),
        ("n1", "The Operator shall, twenty-four hours a day, every day of the year:"),
        ("n2", "staff the Control Room with at least two operators and one supervisor at all times;"),
        ("n2", "monitor the 214 public space cameras in accordance with the Operational Requirement;"),
        ("n2", "maintain radio contact with Calderbrook Police, the Council's town centre wardens and the retail radio link;"),
        ("n2", "log every incident observed and every request received; and"),
        ("n2", "report camera faults to the Council's maintenance contractor within one hour."),
        ("n1", "The Operator shall comply with the Surveillance Camera Code of Practice issued under the Protection of Freedoms Act 2012, the Information Commissioner's guidance on video surveillance and the Council's CCTV Code of Practice, and shall assist the Council in retaining third-party certification against the Surveillance Camera Code."),
        ("n1", "The Operator shall preserve the integrity of Recorded Material, including its audit trail, so that it can be relied on as evidence in criminal proceedings, and shall produce evidential copies only on the written request of a police officer of the rank of sergeant or above or of the Council."),
        ("n0", "Staff"),
        ("n1", "The Operator shall ensure that all Staff with access to the Control Room are vetted to Non-Police Personnel Vetting level 2 before they start work."),
        ("n1", "[[del:The Operator shall ensure that all Staff complete training on the Standards of Conduct in clause 5, conflicts of interest and anti-bribery at induction and annually, and shall keep training records. ]][[ins:The Operator shall ensure that all Staff hold a valid Security Industry Authority Public Space Surveillance (CCTV) licence and complete the Council's control room induction on the camera system, radio procedures and evidence handling before working unsupervised.]]"),
        ("n1", "The parties agree that the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply to the transfer to the Operator of the former employees of the Council's in-house CCTV team listed in Schedule 4, and the Operator shall honour their accrued continuity of employment."),
        ("n0", "Standards of Conduct"),
        ("n1", "The Operator shall, and shall ensure that all Staff shall, observe the Seven Prin[[pe]]ciples of Public Life in performing the Services, and shall notify the Council promptly of any departure from them."),
        ("n1", "The Operator shall impose on every Sub-contractor written obligations no less onerous than those in this clause 5 and in clause 6, and shall take action to enforce them if a Sub-contractor fails to comply."),
        ("n1", "The Operator shall maintain a whistle[[bm]]blowing procedure under which Staff may report any suspected misuse of the CCTV system or other wrongdoing to the Council's Monitoring Officer or a prescribed person under the Public Interest Disclosure Act 1998, and the Operator shall not subject any member of Staff to any detriment for making such a report in good faith."),
        ("n1", "The Operator shall not offer or give any gift or hospitality to any officer or member of the Council, and shall keep a register of all gifts and hospitality offered to or received by its Staff in connection with the Services, which it shall make available to the Council on request."),
        ("n1", "The Operator shall keep a register of interests for its directors, its Control Room manager and every supervisor, each of whom shall complete a declaration of interests (or a nil declaration) on appointment and every twelve months, and shall provide a copy of the register to the Council each year."),
        ("n0", "Prevention of Bribery"),
        ("n1", "The Operator shall not, and shall ensure that its Staff do not, offer, give, request or accept any bribe, inducement or reward in connection with the Services, including for the release of Recorded Material."),
        ("n1", "The Operator shall maintain adequate procedures to prevent bribery by any person associated with it, as required by section 7 of the Bribery Act 2010."),
        ("n1", "The Operator shall notify the Council immediately if it becomes aware of any breach of this clause 6 or of any investigation into bribery or fraud relating to the Operator."),
        ("n0", "Award Declarations and Council Officers"),
        ("n1", "The Operator confirms that it disclosed to the Council, before the award of this Contract, every relationship between the Operator or its directors and any person involved in the procurement, and shall notify the Council promptly if any such relationship arises during the term."),
        ("n1", "The Council's officers involved in managing this Contract shall declare any con[[pe]]flict of interest in accordance with the Council's Employee Code of Conduct, the Council shall keep a record of those declarations, and the Council's Monitoring Officer shall decide what steps are needed to manage or remove any conflict so declared, including reassigning the officer concerned."),
        ("n0", "Information"),
        ("n1", "The Operator should assist the Council in responding to requests for information under the Freedom of Information Act 2000 that relate to the Services."),
        ("n1", "The Operator shall forward to the Council within one working day any request, complaint or communication from a data subject or from the Information Commissioner relating to Recorded Material."),
        ("n1", "All subject access requests for Recorded Material shall be answered by the Council's Information Governance team."),
        ("n0", "Monitoring and Audit"),
        ("n1", "The Council may audit the Operator's compliance with clauses 5 and 6 at any time and may interview Staff and inspect the registers kept under clauses 5.4 and 5.5 for that purpose."),
        ("n1", "The Operator shall submit a monthly performance report containing:"),
        ("n2", "the number and type of incidents logged;"),
        ("n2", "camera faults reported and the time taken to report them;"),
        ("n2", "requests from the police for Recorded Material and the time taken to respond; and"),
        ("n2", "staffing levels against the minimum in clause 3.1(a)."),
        ("n1", "On request, the Operator shall provide the Council with details of any complaints it has received from members of the public about the Services."),
        ("n1", "The Operator shall carry out an annual survey of its Staff on workload and welfare in the Control Room and share the results with the Council."),
        ("n1", "The Operator shall analyse the incident logs each month to identify trends in crime and anti-social behaviour by location and time, and shall share the analysis with the police and the Council's Community Safety Partnership."),
        ("n0", "Complaint Investigations"),
        ("n1", "Where a member of the public complains to the Council or to the Local Government and Social Care Ombudsman about the operation of the CCTV system, the Operator shall co-operate fully with the investigation, provide any information and Recorded Material requested within five working days, attend any meeting the Council reasonably requires, and implement any remedy the Council agrees to provide."),
        ("n1", "The Operator shall respond to urgent police requests within fifteen minutes and to any written query from the Council's CCTV Manager within two working days."),
        ("n0", "Remedies and Termination"),
        ("n1", "The Council may require the Operator to remove from the Services any member of Staff who has breached clause 5 or clause 6, and the Operator shall do so immediately.[[cmt:Legal: do we also want an annual certificate from the Operator confirming compliance with clauses 5 and 6? Procurement to confirm - not in the tender documents.]]"),
        ("n1", "The Council may terminate this Contract with immediate effect if the Operator commits a breach of clause 5 or clause 6, commits a material breach of any other clause which is not remedied within 20 working days of notice, or becomes insolvent."),
        ("n1", "The Council may terminate this Contract for convenience on six months' written notice."),
        ("n1", "On expiry or termination the Operator shall co-operate with the Council and any replacement operator to ensure an orderly handover of the Control Room, including the transfer of all logs, Recorded Material and operating procedures."),
        ("n0", "Business Continuity"),
        ("n1", "The Operator shall maintain a business continuity plan, approved by the Council, which ensures that monitoring can continue from the Council's secondary site at the Depot, Mill Road, within two hours of the Control Room becoming unavailable."),
        ("n1", "The Operator shall test the business continuity plan at least once a year with the Council and shall correct any failings identified within 20 working days."),
        ("n0", "Insurance and Liability"),
        ("n1", "The Operator shall maintain employer's liability insurance of at least £10,000,000, public liability insurance of at least £5,000,000 and professional indemnity insurance of at least £2,000,000."),
        ("n1", "The Operator's total liability under this Contract in any contract year shall not exceed 150% of the charges paid in that year, save that liability for death or personal injury caused by negligence, for fraudulent misrepresentation or for breach of data protection law is unlimited."),
        ("n0", "General"),
        ("n1", "Neither party may assign this Contract without the prior written consent of the other."),
        ("n1", "This Contract is governed by the law of England and Wales."),
        ("h1", "Schedule 2: Service Levels"),
        ("table", [
            ["Service level", "Target", "Service credit if missed"],
            ["Minimum staffing in clause 3.1(a) met", "100% of hours", "£250 per hour below minimum"],
            ["Camera faults reported within one hour", "98%", "£50 per late report"],
            ["Evidential copies produced within 24 hours of a valid request", "95%", "£100 per late copy"],
            ["Control Room operational after a failover", "within 2 hours", "£500 per hour of delay"],
        ], [3600, 2400, 3000]),
        ("p", "Signed for Calderbrook Borough Council by the Director of Community Safety. Signed for Sentinel Watch Monitoring Limited by its Managing Director."),
    ],
    "expected": """
ES-01 pass  # cl.5.1 (run split mid-word by proofErr): the Operator shall, and shall ensure Staff shall, observe the Seven Principles of Public Life
ES-02 gap  # cl.3.2: Surveillance Camera Code of Practice, ICO guidance and the Council's CCTV Code of Practice are technical codes (decoy); cl.7.2 Employee Code binds Council officers only
ES-03 pass  # cl.5.2: impose on every Sub-contractor obligations no less onerous than clauses 5 and 6 and enforce them
ES-04 gap  # cl.4.2: ethics-training sentence is a tracked deletion (not contract text); the inserted text requires SIA licensing and technical induction only
ES-05 pass  # cl.5.3 (run split by bookmark): whistleblowing procedure to the Monitoring Officer or PIDA prescribed person, no detriment
ES-06 pass  # cl.6.1-6.3: no bribe or inducement, adequate procedures under Bribery Act s.7, immediate notice
ES-07 weak  # cl.8.1: the Operator 'should assist' with FOI requests (permissive)
ES-08 pass  # cl.9.1: Council may audit compliance with clauses 5 and 6 (Standards of Conduct, Prevention of Bribery)
ES-09 pass  # cl.11.1-11.2: removal of Staff who breach clause 5 or 6; termination for breach of clause 5 or 6
ES-10 gap  # absent: the annual certificate appears only in a comment on cl.11.1 (not contract text)
COI-01 gap  # cl.7.2: conflict declarations by Council officers only (wrong party); cl.1.2 is precedence wording
COI-02 gap  # cl.7.2: the Monitoring Officer manages conflicts of the Council's own officers (wrong party); no provider mitigation or termination for conflict
COI-03 pass  # cl.5.4: shall not offer gifts or hospitality to Council officers or members; register of gifts and hospitality
COI-04 gap  # cl.4.3: 'former employees of the Council' appears only in a TUPE transfer (decoy)
COI-05 pass  # cl.5.5: register of interests for directors, manager and supervisors; declarations or nil yearly; copy to Council
COI-06 pass  # cl.7.1: Operator confirms it disclosed relationships with persons involved in the procurement and will notify new ones
CDM-01 gap  # cl.8.2: data-subject 'request, complaint or communication' forwarding only (data-protection decoy); no complaints procedure
CDM-02 weak  # cl.9.3: complaint details 'on request' only; the monthly report (cl.9.2(a)-(d)) has no complaints
CDM-03 gap  # cl.9.4: annual survey of Staff only (staff-only decoy)
CDM-04 pass  # cl.10.1: co-operate fully with Council and LGSCO investigations and implement any agreed remedy
CDM-05 gap  # cl.9.5: monthly trend analysis of incident logs for crime patterns (look-alike); no learning from complaints
CDM-06 gap  # cl.10.2: timescales for police requests and Council queries only (decoy)
""",
})

# ---------------------------------------------------------------------------------------- c07
CONTRACTS.append({
    "id": "c07", "slug": "welsh_food_partnership_mou", "ext": "md", "build": "md",
    "title": "Memorandum of Understanding: Community Food Partnership",
    "setting": "Welsh county council memorandum of understanding and grant conditions with a charity running community food hubs and a community supermarket",
    "labels": "Council (Cyngor) / Partner (also called the Grantee)",
    "features": "bilingual-style Welsh/English headings, MoU with binding Schedule of grant conditions, 'The Partner will' obligations, 'expects' and 'is encouraged to' wording, bracketed drafting note, Gift Aid decoy, PSOW escalation",
    "text": """
# Memorandwm Cyd-ddealltwriaeth / Memorandum of Understanding

## Partneriaeth Bwyd Cymunedol / Community Food Partnership 2025-2028

**Rhwng / Between:** Cyngor Sir Glanmorfa / Glanmorfa County Council, Neuadd y Sir, Stryd y Cei, Glanmorfa SA77 1AA (**"the Council"**)

**a / and:** Bwyd Da Cymunedol, a charitable incorporated organisation registered with the Charity Commission for England and Wales under number 1187750, whose principal office is at Hen Ysgol, Heol y Capel, Glanmorfa SA77 3DE (**"the Partner"**, and in Schedule 2 **"the Grantee"**).

Dyddiad / Date: 28 February 2025

---

### Rhan 1 / Part 1 - Cefndir / Background

1.1 The Council's Tackling Poverty Strategy 2024-2029 commits it to working with the third sector to make sure that no one in Glanmorfa goes hungry. The Partner runs four community food hubs and a membership-based community supermarket in the county.

1.2 This Memorandum records how the Council and the Partner will work together, and Schedule 2 sets out the conditions of the grant the Council is paying to the Partner (the "Grant"). The parties intend Parts 3 to 8 and Schedule 2 to be binding; Parts 1 and 2 describe the partnership and are not intended to create legal obligations.

1.3 Both parties are committed to the Well-being of Future Generations (Wales) Act 2015 and to providing services in Welsh and English in line with the Welsh Language Standards.

### Rhan 2 / Part 2 - Nodau'r Bartneriaeth / Aims of the Partnership

2.1 The aims of the partnership are to:

- reduce the number of households in Glanmorfa experiencing food insecurity;
- give people using the hubs dignified access to affordable, healthy food;
- connect members with advice on income maximisation, energy and debt; and
- reduce food waste by redistributing surplus food from local retailers.

### Rhan 3 / Part 3 - Y Grant / The Grant

3.1 The Council will pay the Partner a Grant of £186,000 a year for three years, in quarterly instalments in advance, subject to the conditions in Schedule 2.

3.2 The Partner will use the Grant only for the activities described in the Partner's delivery plan at Schedule 1 and will not use it to make a profit.

3.3 The Partner may claim Gift Aid on eligible donations from members of the public. Gift Aid income is not treated as Grant.

3.4 The first instalment will be paid within 30 days of both parties signing this Memorandum. Later instalments will be paid on 1 July, 1 October and 1 January in each year, provided that the Partner's most recent monitoring return has been received.

3.5 Any part of the Grant not spent by 31 March in any year may be carried forward to the next year with the written agreement of the Council's Head of Communities. Any Grant unspent at the end of the Memorandum period must be repaid within 60 days.

3.6 The Partner will not use the Grant to fund party political activity, religious instruction or activities that duplicate services already funded by the Council or the Welsh Government.

### Rhan 4 / Part 4 - Safonau / Standards

4.1 In carrying out the funded activities, the Partner will uphold the Seven Principles of Public Life: selflessness, integrity, objectivity, accountability, openness, honesty and leadership, and will make sure that its staff, trustees and volunteers do the same.

4.2 The Council expects the Partner to adopt a code of conduct for its staff and volunteers.

4.3 The Partner will provide an induction for every member of staff and every volunteer before they start working at a hub, and a refresher every year, covering safeguarding, handling cash and food vouchers, conflicts of interest and the fraud rules in paragraph 4.5. The Partner will keep a record of who has completed the induction and refresher and will show it to the Council when asked.

4.4 The Partner is encouraged to adopt a whistleblowing procedure for its staff and volunteers.

4.5 The Partner will not offer or accept any bribe or inducement in connection with the Grant, will have procedures in place to prevent fraud and misuse of the Grant, food vouchers and donated stock, and will tell the Council's Head of Audit immediately if it suspects any fraud or misuse involving the Grant.

4.6 The Partner should avoid situations where the personal interests of its trustees, staff or volunteers conflict with the Partner's responsibilities under this Memorandum, and should tell the Council about any such situation.

4.7 The Partner will keep a register of the interests of its trustees and of any staff who make decisions about how the Grant is spent. Each of them will complete a declaration of interests, or a nil return, when appointed and every year. The Partner will send a copy of the register to the Council with its annual report.

[Drafting note: Council to decide before signature whether partners receiving more than £50,000 a year should give an annual ethics statement signed by the chair of trustees. Delete this note if not required.]

### Rhan 5 / Part 5 - Gwybodaeth a Thryloywder / Information and Transparency

5.1 The Partner will help the Council respond to requests under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and will give the Council any information it holds about the funded activities within ten working days of being asked.

5.2 The Partner will publish on its website, in Welsh and English, an annual report on the funded activities, including the number of households supported and how the Grant was spent.

5.3 The Council may visit the hubs and inspect the Partner's records and premises on reasonable notice.

### Rhan 6 / Part 6 - Pobl sy'n Defnyddio'r Gwasanaeth / People Using the Service

6.1 The Partner will operate a complaints policy for members and other people using the hubs and the community supermarket. The policy will be free, available in Welsh and English, displayed at each hub and on the Partner's website, and will explain how to take a complaint further to the Council.

6.2 The Partner will respond to complaints promptly.

6.3 Each year the Partner will carry out a survey of people using the hubs about the quality of food, the welcome they received and the advice offered, and will include the results in its six-monthly monitoring return.

6.4 If a complaint about the funded activities is referred to the Public Services Ombudsman for Wales, the Partner will co-operate with the Council and the Ombudsman, provide any information requested and put into effect any recommendation that the Council accepts.

### Rhan 7 / Part 7 - Monitro / Monitoring

7.1 The Partner will submit a monitoring return every six months using the Council's template. The return will include the number of households and individuals supported, the number of referrals for advice, the number of complaints received and how they were resolved, and the results of any user survey.

7.2 The Council's Tackling Poverty Officer and the Partner's Chief Officer will meet every quarter.

### Rhan 8 / Part 8 - Adennill y Grant / Recovery of Grant

8.1 The Council may withhold, suspend or require repayment of all or part of the Grant if the Partner:

(a) uses the Grant for any purpose other than the funded activities;

(b) breaches Part 4 (Standards) or otherwise acts in a way that brings the Council into disrepute;

(c) becomes insolvent or is removed from the register of charities; or

(d) fails to submit a monitoring return within 30 days of the due date.

---

### Atodlen 1 / Schedule 1 - Cynllun Cyflawni / Delivery Plan

| Hwb / Hub | Opening hours | Main activities | Annual target |
|---|---|---|---|
| Hwb Glanmorfa (Hen Ysgol) | Mon, Wed, Fri 10:00-15:00 | community supermarket, cooking sessions, advice drop-in | 900 member households |
| Hwb Porth y Gogledd | Tue, Thu 11:00-16:00 | community supermarket, school holiday lunches | 450 member households |
| Hwb Cwm Isaf | Wed 12:00-17:00 | emergency food parcels by referral, energy advice | 300 households referred |
| Mobile pantry (rural villages) | Sat 09:00-13:00, rotating | affordable food, signposting | 12 villages each month |

The Partner will run at least two cooking-on-a-budget courses at each hub each term, working with the Council's Family Learning team, and will redistribute at least 60 tonnes of surplus food each year.

The Partner will hold an annual members' forum, in Welsh and English, at which members can hear how the Grant has been used.

### Atodlen 2 / Schedule 2 - Amodau'r Grant / Grant Conditions

S2.1 The Grantee will keep proper accounts of the Grant and will provide audited or independently examined accounts within nine months of the end of its financial year.

S2.2 The Grantee will acknowledge the Council's funding on signage and publicity, in Welsh and English.

S2.3 The Grantee will hold employer's liability and public liability insurance.

S2.4 The Grantee will not apply for other funding for the same costs without telling the Council.

S2.5 Any equipment bought with the Grant costing more than £1,000 remains subject to the Council's interest for five years.

Llofnodwyd / Signed: for Cyngor Sir Glanmorfa, Pennaeth Cymunedau / Head of Communities; for Bwyd Da Cymunedol, Cadeirydd yr Ymddiriedolwyr / Chair of Trustees.
""",
    "expected": """
ES-01 pass  # para 4.1: the Partner will uphold the Seven Principles of Public Life (all seven listed) and make sure staff, trustees and volunteers do so
ES-02 weak  # para 4.2: 'The Council expects the Partner to adopt a code of conduct' (expects)
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 pass  # para 4.3: induction and yearly refresher covering conflicts of interest and the fraud rules, with records shown to the Council
ES-05 weak  # para 4.4: 'The Partner is encouraged to adopt a whistleblowing procedure' (permissive)
ES-06 pass  # para 4.5: no bribe or inducement, fraud prevention procedures, tell the Head of Audit immediately
ES-07 pass  # para 5.1-5.2: help with FOI/EIR requests within ten working days and publish an annual report
ES-08 weak  # para 5.3: Council may visit and inspect records and premises (generic; ethics not named)
ES-09 pass  # para 8.1(b): withhold, suspend or recover Grant for breach of Part 4 (Standards) or bringing the Council into disrepute
ES-10 gap  # Part 4 drafting note: annual ethics statement is a bracketed drafting note, not an obligation
COI-01 weak  # para 4.6: the Partner 'should avoid' conflicts and 'should tell' the Council (permissive)
COI-02 gap  # absent: no mitigation direction or remedy for conflicts
COI-03 gap  # para 3.3: Gift Aid on donations (decoy); no gifts and hospitality control
COI-04 gap  # absent: no former public office holder provisions
COI-05 pass  # para 4.7: register of interests for trustees and decision-making staff, yearly declarations or nil returns, copy to Council
COI-06 gap  # absent: no procurement-stage conflict disclosure
CDM-01 pass  # para 6.1: free, bilingual, publicised complaints policy for people using the hubs, with escalation to the Council
CDM-02 pass  # para 7.1: six-monthly monitoring return incl. number of complaints received and how they were resolved
CDM-03 pass  # para 6.3: annual survey of people using the hubs, results in the monitoring return
CDM-04 pass  # para 6.4: co-operate with the Council and the Public Services Ombudsman for Wales and implement accepted recommendations
CDM-05 gap  # absent: no analysis of complaints or survey results or action plans
CDM-06 weak  # para 6.2: 'respond to complaints promptly' with no acknowledgement or response timescale (generic)
""",
})

# ---------------------------------------------------------------------------------------- c08
CONTRACTS.append({
    "id": "c08", "slug": "jersey_ferry_concession", "ext": "odt", "build": "odt-hand",
    "title": "Lifeline Ferry Services Concession Agreement",
    "setting": "Jersey government concession for lifeline passenger and freight ferry services",
    "labels": "Government (the Minister) / Concessionaire",
    "features": "hand-built ODT; text:h outline-level headings; clause numbers from auto-numbered text:list (5.1, (a)); definitions table; passenger obligations stated in table cells; KPI table; footnote carrying the complaint timescales; text:tracked-changes deletion of an ethics certificate; annotation (not contract text); armed conflict, on-board hospitality and gift shop decoys; gagging clause",
    "reviewer": "Treasury and Exchequer", "initials": "TE", "reviser": "Law Officers' Department",
    "blocks": [
        ("title", "LIFELINE FERRY SERVICES CONCESSION AGREEMENT"),
        ("p", "THIS AGREEMENT is made on 30 April 2025 BETWEEN THE MINISTER FOR INFRASTRUCTURE, acting for and on behalf of the Government of Jersey, of 19-21 Broad Street, St Helier, Jersey JE2 3RR (the \"Government\"); AND CHANNEL LINK FERRIES LIMITED, a company registered in Jersey with number 133402, whose registered office is at Albert Quay, St Helier, Jersey JE1 1BX (the \"Concessionaire\")."),
        ("h1", "1. Definitions and Interpretation"),
        ("n1", "In this Agreement the words in Table 1 have the meanings given to them there."),
        ("n1", "If there is any conflict between the clauses and the Schedules, the clauses prevail, and if there is any conflict between Table 2 and the Timetable, Table 2 prevails."),
        ("n1", "References to any Law are to that Law as amended from time to time."),
        ("table", [
            ["Term", "Meaning"],
            ["Business Day", "a day other than a Saturday, Sunday or public holiday in Jersey"],
            ["Crew", "the master, officers and ratings serving on any Vessel"],
            ["Force Majeure Event", "any event beyond the reasonable control of the affected party, including storm, fog or sea conditions preventing safe navigation, armed conflict, terrorism, epidemic or the closure of a port by a competent authority"],
            ["Nolan Principles", "the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) published by the Committee on Standards in Public Life"],
            ["Passenger", "any person who travels, or books to travel, on a Service"],
            ["Services", "the scheduled passenger, vehicle and freight ferry services described in Schedule 1"],
            ["Sub-contractor", "any person engaged by the Concessionaire to perform part of the Services, including port handling agents and catering operators"],
            ["Vessel", "each ship used to operate the Services"],
        ]),
        ("h1", "2. Grant of Concession"),
        ("n1", "The Government grants to the Concessionaire the exclusive right to operate scheduled ferry services between St Helier and Guernsey, and between St Helier and St Malo, for a Concession Period of ten years from 1 November 2025."),
        ("n1", "The Concessionaire shall pay the Government an annual concession fee calculated in accordance with Schedule 3."),
        ("h1", "3. Service Standards"),
        ("n1", "The Concessionaire shall operate the Services in accordance with the Timetable approved by the Government each year."),
        ("n1", "The Concessionaire shall deploy Vessels that meet the minimum capacity and freight specifications in Schedule 1 and shall keep each Vessel classed and certificated."),
        ("n1", "The Concessionaire shall provide on-board hospitality, including a café, a licensed bar and a duty-free gift shop, on every sailing scheduled to last more than 60 minutes."),
        ("n1", "The Concessionaire shall provide assistance free of charge to disabled Passengers and Passengers with reduced mobility who give at least 48 hours' notice, and shall keep at least four wheelchair-accessible seats available on each sailing until 24 hours before departure."),
        ("n1", "The Concessionaire shall not withdraw any Vessel from the Services for planned maintenance between 1 May and 30 September in any year, and shall provide a replacement Vessel of equivalent capacity during any planned maintenance period agreed with the Government."),
        ("n1", "The Concessionaire shall give priority to the carriage of freight identified by the Government as essential supplies, including medical supplies, fuel and perishable food, during any period of reduced capacity."),
        ("h1", "4. Fares and Information"),
        ("n1", "The Concessionaire shall not increase the Island Resident fare for any route by more than the Jersey Retail Prices Index in any year without the Government's consent."),
        ("n1", "The Concessionaire shall publish on its website, within 15 Business Days of the end of each quarter, statistics on punctuality, cancellations and reliability for each route, in the format agreed with the Government."),
        ("n1", "The Concessionaire shall provide the Government with its audited annual accounts within six months of the end of each financial year.[[del: With those accounts the Concessionaire shall also deliver a certificate signed by a director confirming that it has complied with clauses 6 and 7 during the year and that it has the structures and arrangements in place to continue to do so.]]"),
        ("h1", "5. Staff"),
        ("n1", "The Concessionaire shall ensure that all Crew hold the certificates of competency required by the STCW Convention and the flag state."),
        ("n1", "The Concessionaire shall provide an induction programme for all Crew and shore staff."),
        ("n1", "Crew and shore staff may not make any public statement about the Services, the Government or this Agreement without the prior written consent of the Government."),
        ("n1", "The Concessionaire shall display the Modern Slavery Helpline number in all Crew accommodation and shall report to the Government any concern about forced labour in its supply chain."),
        ("h1", "6. Former Office Holders, Award and Interests"),
        ("n1", "The Concessionaire shall notify the Government in writing before it employs or engages, in any capacity connected with this Agreement, any person who at any time in the preceding two years was a Minister, a States Member or an employee of the Government involved in the procurement or management of ferry services, and shall ensure that any such person complies with any conditions imposed on them when leaving office or employment."),
        ("n1", "The Concessionaire confirms that it has disclosed to the Government every relationship between the Concessionaire, its directors or its advisers and any person involved in evaluating the tenders for this Agreement, and shall keep that disclosure up to date throughout the Concession Period."),
        ("n1", "The Concessionaire shall maintain a register of the interests of its directors and senior managers, to be updated whenever an interest changes and confirmed by each of them (or a nil return made) at least once a year, and shall give the Government a copy each year and on request."),
        ("h1", "7. Integrity"),
        ("n1", "The Concessionaire shall comply with, and shall ensure that its staff comply with, the Government of Jersey Supplier Code of Conduct."),
        ("n1", "The Concessionaire shall not commit, and shall ensure that none of its staff or agents commits, any offence under the Corruption (Jersey) Law 2006 in connection with this Agreement. In particular the Concessionaire shall not:"),
        ("n2", "offer or give any advantage to any Minister, States Member or Government employee as an inducement or reward in relation to this Agreement; or"),
        ("n2", "make any facilitation payment to any port or customs official in Jersey or elsewhere."),
        ("n1", "The Concessionaire shall maintain adequate procedures to prevent corruption by persons acting on its behalf, and shall notify the Government immediately of any breach of this clause 7 or of any investigation into corruption involving the Concessionaire."),
        ("n1", "The Concessionaire shall procure that each Sub-contractor complies with obligations equivalent to those in clauses 6 and 7, and shall include such obligations in each sub-contract."),
        ("h1", "8. Freedom of Information"),
        ("n1", "The Concessionaire acknowledges that the Government is subject to the Freedom of Information (Jersey) Law 2011 and shall provide the Government, within five Business Days of a request, with any information the Government needs in order to respond to a request made under that Law."),
        ("h1", "9. Passengers"),
        ("p", "The Concessionaire's obligations to Passengers are set out in Table 2."),
        ("table", [
            ["Ref", "Obligation", "Standard"],
            ["P1", "The Concessionaire shall operate a passenger complaints procedure, free of charge and published on board, at each terminal and on its website, covering every aspect of the Services.", "Procedure approved by the Government before 1 November 2025"],
            ["P2", "The Concessionaire shall respond to each complaint within the Complaint Response Times.[[fn:Complaint Response Times: acknowledgement within 2 Business Days of receipt and a full response within 10 Business Days of receipt, as agreed with the Government at the mobilisation meeting.]]", "95% of complaints"],
            ["P3", "The Concessionaire shall carry out a passenger satisfaction survey each quarter, using a sample of not less than 400 Passengers across all routes, and shall report the results to the Government.", "Quarterly"],
            ["P4", "Where overall passenger satisfaction falls below 80% in any quarter, the Concessionaire shall investigate the root cause, taking account of complaints received in that quarter, and shall submit an improvement action plan to the Government.", "Within 20 Business Days of the survey results"],
            ["P5", "The Concessionaire may refer a complaint it has been unable to resolve to the Jersey Consumer Council for an independent view.", "-"],
        ]),
        ("h1", "10. Performance Reporting"),
        ("n1", "The Concessionaire shall report to the Government each month against the key performance indicators in Table 3."),
        ("table", [
            ["KPI", "Measure", "Target", "Reporting"],
            ["KPI 1", "Sailings departing within 15 minutes of schedule", "92%", "Monthly report"],
            ["KPI 2", "Sailings cancelled for reasons other than a Force Majeure Event", "less than 1%", "Monthly report"],
            ["KPI 3", "Freight bookings confirmed within 24 hours", "98%", "Monthly report"],
            ["KPI 4", "Number of Passenger complaints received, upheld and answered within the Complaint Response Times, by route and subject", "95% answered on time", "Monthly report to the Government"],
        ]),
        ("h1", "11. Monitoring and Audit"),
        ("n1", "The Government, or any auditor it appoints, may audit the Concessionaire's compliance with clauses 6 and 7, including by inspecting the register of interests, sub-contracts and the procedures kept under clause 7.3, and the parties shall review compliance with those clauses at each quarterly performance meeting."),
        ("h1", "12. Termination"),
        ("n1", "The Government may terminate this Agreement by notice if the Concessionaire commits a material breach of this Agreement which is not remedied within 30 Business Days of a notice specifying the breach.[[cmt:Treasury query: should a breach of clause 7 (Integrity) be a specific termination event? Left as drafted for now.]]"),
        ("n1", "The Government may terminate this Agreement immediately if the Concessionaire becomes bankrupt (en désastre) or enters into any composition with its creditors."),
        ("n1", "Either party may terminate this Agreement if a Force Majeure Event prevents the operation of more than half of the scheduled sailings for a continuous period of six months."),
        ("h1", "13. Governing Law"),
        ("n1", "This Agreement is governed by Jersey law and the parties submit to the exclusive jurisdiction of the Royal Court of Jersey."),
        ("h1", "14. Notices"),
        ("n1", "Notices shall be in writing and delivered by hand or by email to the addresses set out at the start of this Agreement, or to such other address as a party notifies to the other."),
        ("n1", "A notice delivered by email before 17:00 on a Business Day is deemed received that day; otherwise it is deemed received on the next Business Day."),
        ("h1", "Schedule 1: Routes and Minimum Service"),
        ("table", [
            ["Route", "Minimum summer frequency (Apr-Oct)", "Minimum winter frequency (Nov-Mar)", "Vessel type"],
            ["St Helier - St Peter Port", "3 return sailings daily", "1 return sailing daily", "Fast craft or conventional"],
            ["St Helier - St Malo", "2 return sailings daily", "4 return sailings weekly", "Fast craft"],
            ["St Helier - Portsmouth (freight)", "6 sailings weekly each way", "5 sailings weekly each way", "Ro-ro freight vessel"],
        ]),
        ("p", "Signed by the Minister for Infrastructure. Signed for Channel Link Ferries Limited by two directors."),
    ],
    "expected": """
ES-01 weak  # cl.1.1 Table 1: 'Nolan Principles' is defined but never applied to the Concessionaire (definition only)
ES-02 pass  # cl.7.1: comply with, and ensure staff comply with, the Government of Jersey Supplier Code of Conduct
ES-03 pass  # cl.7.4: procure that each Sub-contractor complies with obligations equivalent to clauses 6 and 7 and include them in sub-contracts
ES-04 weak  # cl.5.2: 'an induction programme for all Crew and shore staff' (generic; ethics not named)
ES-05 gap  # cl.5.3 gagging clause (adverse) and cl.5.4 Modern Slavery Helpline display only; no speaking-up route or non-retaliation
ES-06 pass  # cl.7.2-7.3: no offence under the Corruption (Jersey) Law 2006, no advantages or facilitation payments, adequate procedures, immediate notice
ES-07 pass  # cl.8.1: provide information for Freedom of Information (Jersey) Law requests within five Business Days (also cl.4.2 quarterly publication)
ES-08 pass  # cl.11.1: Government may audit compliance with clauses 6 and 7; reviewed at quarterly performance meetings
ES-09 weak  # cl.12.1: termination for unremedied material breach, no ethics link (the annotation is not contract text)
ES-10 gap  # cl.4.3: the director's ethics certificate is a tracked deletion (not contract text); only audited accounts remain
COI-01 gap  # Table 1 'armed conflict' (Force Majeure) and cl.1.2 precedence 'conflict' only (decoys); no conflict-of-interest obligation
COI-02 gap  # absent: no conflict mitigation or termination for conflict
COI-03 gap  # cl.3.3: on-board hospitality and duty-free gift shop are catering/retail service lines (decoy); cl.7.2(a) 'advantage' is anti-corruption
COI-04 pass  # cl.6.1: notify before engaging a Minister, States Member or Government employee from the preceding two years; respect leaving conditions
COI-05 pass  # cl.6.3: register of interests of directors and senior managers, yearly confirmation or nil return, copy to the Government
COI-06 pass  # cl.6.2: confirms disclosure of relationships with tender evaluators and will keep it up to date
CDM-01 pass  # cl.9 Table 2 row P1: free, published passenger complaints procedure
CDM-02 pass  # cl.10.1 Table 3 row KPI 4: monthly report of complaints received, upheld and answered on time
CDM-03 pass  # cl.9 Table 2 row P3: quarterly passenger satisfaction survey reported to the Government
CDM-04 weak  # cl.9 Table 2 row P5: Concessionaire 'may refer' unresolved complaints to the Jersey Consumer Council (permissive)
CDM-05 pass  # cl.9 Table 2 row P4: below 80% satisfaction investigate root cause incl. complaints and submit an action plan
CDM-06 pass  # cl.9 Table 2 row P2 with its footnote: acknowledge within 2 Business Days, full response within 10 Business Days
""",
})

# ---------------------------------------------------------------------------------------- c09
CONTRACTS.append({
    "id": "c09", "slug": "probation_accommodation", "ext": "docx", "build": "fodt>docx",
    "title": "Community Accommodation Services Contract - Lot 4",
    "setting": "central government contract for short-term accommodation for people leaving prison on probation (CAS3-style), CCS-style drafting",
    "labels": "Authority / Supplier",
    "features": "LibreOffice flat ODT -> DOCX conversion; Heading 1 styles; w:ins conflicts clauses (contract text); w:del negated transparency sentence replaced by w:ins obligation; comment (not contract text); footnotes; '[Not used]' complaint timescales; reasonable-endeavours flow-down; Authority-only register of interests",
    "reviewer": "HMPPS Commercial", "initials": "HC", "reviser": "Government Legal Department",
    "blocks": [
        ("title", "CONTRACT FOR COMMUNITY ACCOMMODATION SERVICES (LOT 4: NORTH EAST)"),
        ("p", "Contract reference: PS25/0193/L4"),
        ("p", "This Contract is made on 12 May 2025 between THE SECRETARY OF STATE FOR JUSTICE, acting through His Majesty's Prison and Probation Service, of 102 Petty France, London SW1H 9AJ (the \"Authority\"), and HARBOUR HOMES PARTNERSHIP LIMITED, a company registered in England and Wales (number 08812640) whose registered office is at 3 Quayside Chambers, Newcastle upon Tyne NE1 3DX (the \"Supplier\")."),
        ("h1", "1. Definitions"),
        ("p", "1.1 In this Contract: \"Auditor\" means the Authority's internal and external auditors, the National Audit Office and any person appointed by them; \"Conflict of Interest\" means a conflict between the financial or personal duties of the Supplier or the Supplier Staff and the duties owed to the Authority under this Contract, in the reasonable opinion of the Authority; \"Default\" means any breach of the obligations of the Supplier; \"Prescribed Person\" means a legal adviser, MP or prescribed person[[fn:A person or body prescribed under the Public Interest Disclosure (Prescribed Persons) Order 2014, for example HM Inspectorate of Probation.]] to whom a protected disclosure may be made; \"Property\" means a property provided by the Supplier for Service Users; \"Service User\" means a person on probation referred to the Supplier by the Authority; \"Supplier Staff\" means all persons employed or engaged by the Supplier or any Sub-contractor in delivering the Services; \"Transparency Information\" has the meaning given in Annex 2; and \"Working Day\" means a day other than a Saturday, Sunday or bank holiday in England."),
        ("h1", "2. Term"),
        ("p", "2.1 This Contract starts on 1 July 2025 and expires on 30 June 2028, unless extended by the Authority for up to a further 24 months."),
        ("h1", "3. The Services"),
        ("p", "3.1 The Supplier shall provide safe, furnished, single-occupancy Properties for Service Users referred by the Authority for up to 84 nights, and shall have a Property available within two Working Days of a referral."),
        ("p", "3.2 The Supplier shall ensure that each Property meets the Accommodation Standards in Annex 1, holds any licence required under the Housing Act 2004, and is inspected at least once a month."),
        ("p", "3.3 The Supplier shall provide each Service User with a welcome pack, a licence agreement in plain English and a named property officer, and shall work with the Service User's probation practitioner to support a move to settled accommodation."),
        ("h1", "4. Supplier Staff"),
        ("p", "4.1 The Supplier shall ensure that all Supplier Staff who have contact with Service Users have enhanced Disclosure and Barring Service checks and hold security clearance at the level required by the Authority."),
        ("p", "4.2 The Supplier shall ensure that all Supplier Staff complete induction training, and refresher training every twelve months, on clauses 5 to 8 (standards of conduct, speaking up, Prohibited Acts and Conflicts of Interest), and shall keep training records which it shall make available to the Authority on request."),
        ("h1", "5. Standards of Conduct"),
        ("p", "5.1 The Supplier shall, and shall procure that all Supplier Staff shall, uphold the standards of conduct expected of holders of public office, including the Seven Principles of Public Life, in delivering the Services."),
        ("p", "5.2 The Supplier shall meet the standards set out in the HM Government Supplier Code of Conduct and shall ensure that Supplier Staff are made aware of them."),
        ("p", "5.3 The Supplier shall use reasonable endeavours to procure that its Sub-contractors, including any managing agent or landlord, comply with obligations equivalent to those in clauses 5 to 8."),
        ("h1", "6. Speaking Up"),
        ("p", "6.1 The Supplier and the Supplier Staff must report to the Authority any actual or suspected breach of law, of this Contract or of the standards in clause 5 in connection with the Services."),
        ("p", "6.2 The Supplier must not retaliate against any of the Supplier Staff who in good faith reports a breach under clause 6.1 to the Authority or to a Prescribed Person, and shall maintain a written speaking-up procedure that explains how to do so."),
        ("h1", "7. Prohibited Acts"),
        ("p", "7.1 The Supplier shall not offer, give or agree to give any Crown servant any gift or consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Contract, and shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract."),
        ("p", "7.2 The Supplier shall create, maintain and enforce adequate policies and procedures to ensure that it and the Supplier Staff do not commit any act prohibited by clause 7.1."),
        ("p", "7.3 The Supplier shall immediately notify the Authority if it becomes aware of any breach of clause 7.1, or has reason to believe that it or any Supplier Staff has received a request or demand for any undue financial or other advantage."),
        ("h1", "8. Conflicts of Interest"),
        ("p", "8.1 [[ins:The Supplier must take action to ensure that neither the Supplier nor the Supplier Staff are placed in the position of an actual, potential or perceived Conflict of Interest, including where a member of Supplier Staff has a personal relationship with a Service User or a financial interest in a Property.]]"),
        ("p", "8.2 [[ins:The Supplier must promptly notify and provide details to the Authority if a Conflict of Interest happens or is expected to happen.]]"),
        ("p", "8.3 The Authority may terminate this Contract immediately by giving notice in writing to the Supplier, or take any steps it thinks are necessary, where there is or may be an actual or potential Conflict of Interest."),
        ("p", "8.4 The Authority shall maintain a register of the interests of its officials involved in the award and management of this Contract, and shall require those officials to update their declarations annually."),
        ("p", "8.5 The Supplier is encouraged to keep a register of gifts and hospitality offered to Supplier Staff by landlords, contractors and other third parties."),
        ("p", "8.6 The Supplier shall not, without the Authority's prior written consent, employ or engage in connection with this Contract any person who within the preceding two years was a Crown servant involved in the procurement or management of community accommodation services, and shall ensure that any person it does engage complies with any conditions attached to their appointment under the Business Appointment Rules.[[cmt:HMPPS Commercial: suggest adding a supplier confirmation that it disclosed all relationships with the evaluation panel (conflicts assessment). Not agreed - raise at first contract review.]]"),
        ("h1", "9. Transparency and Freedom of Information"),
        ("p", "9.1 [[del:The Supplier shall not be required to provide Transparency Reports or to assist the Authority with any request for information under the FOIA. ]][[ins:The Supplier shall provide the Transparency Reports in Annex 2 each quarter and shall give the Authority full co-operation and the information it needs to publish the Transparency Information and to comply with any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004 within the statutory time limits.]]"),
        ("h1", "10. Records and Audit"),
        ("p", "10.1 The Supplier shall keep full and accurate records relating to the Services for seven years and shall allow any Auditor access to the Supplier's premises, records and Supplier Staff for the purposes of an audit."),
        ("h1", "11. Ethical Assurance"),
        ("p", "11.1 The Supplier warrants that it has in place, and will maintain throughout the term, the structures, policies and board-level oversight necessary to support compliance with clauses 5 to 8."),
        ("p", "11.2 Within 20 Working Days of the start date, and then annually, the Supplier shall certify in writing to the Authority, by a statement signed by a director, that it and the Supplier Staff have complied with clauses 5 to 8, giving details of any non-compliance and the steps taken to correct it."),
        ("h1", "12. Service User Complaints"),
        ("p", "12.1 The Supplier shall operate a complaints procedure that allows Service Users to complain, orally or in writing, about any aspect of their Property or the Services. The procedure shall be explained to each Service User at move-in, included in the welcome pack, and shall state that unresolved complaints may be escalated to the Authority."),
        ("p", "12.2 Complaint response times: [Not used]."),
        ("p", "12.3 The Supplier shall submit a quarterly complaints return to the Authority showing the number of complaints received, resolved, upheld, partially upheld and not upheld, the main themes and the action taken."),
        ("p", "12.4 The Supplier shall co-operate with any investigation by the Prisons and Probation Ombudsman[[fn:The Ombudsman's terms of reference cover complaints about services commissioned by HMPPS.]] into a complaint about the Services, including by answering questions, providing documents and attending meetings, and shall implement any recommendation the Authority accepts."),
        ("p", "12.5 The Supplier shall analyse complaints each quarter to identify trends and root causes, produce a short lessons-learned report, and agree any resulting improvement actions with the Authority at the quarterly contract management meeting."),
        ("h1", "13. Remedies and Termination"),
        ("p", "13.1 The Supplier shall replace any person whose acts or omissions have caused the Supplier to breach any of clauses 5 to 8."),
        ("p", "13.2 The Authority may terminate this Contract with immediate effect if there is a Default of any of clauses 5 to 8, or if the Supplier or its affiliates embarrass or bring the Authority into disrepute or diminish the public trust in it."),
        ("p", "13.3 The Authority may terminate this Contract at any time on three months' notice."),
        ("h1", "14. Governing Law"),
        ("p", "14.1 This Contract is governed by the law of England and Wales."),
        ("p", "Signed for the Secretary of State for Justice by a Senior Commercial Manager, HMPPS. Signed for Harbour Homes Partnership Limited by its Chief Executive."),
    ],
    "expected": """
ES-01 pass  # cl.5.1: uphold the standards of conduct expected of holders of public office, incl. the Seven Principles of Public Life
ES-02 pass  # cl.5.2: the Supplier shall meet the standards in the HM Government Supplier Code of Conduct
ES-03 weak  # cl.5.3: 'use reasonable endeavours to procure' Sub-contractors comply with clauses 5 to 8 (reasonable endeavours)
ES-04 pass  # cl.4.2: induction and annual refresher training on clauses 5 to 8 (conduct, speaking up, Prohibited Acts, conflicts), with records
ES-05 pass  # cl.6.1-6.2: report suspected breaches to the Authority; no retaliation against good-faith reporters incl. to a Prescribed Person
ES-06 pass  # cl.7.1-7.3: no inducements or Bribery/Fraud Act offences, adequate procedures, immediate notice
ES-07 pass  # cl.9.1 (tracked insertion): Transparency Reports quarterly and full co-operation with FOIA/EIR requests; the negating sentence is a tracked deletion
ES-08 weak  # cl.10.1: generic 'allow any Auditor access' to premises, records and staff (ethics not named)
ES-09 pass  # cl.13.1-13.2: replace persons causing breach of clauses 5 to 8; termination for Default of clauses 5 to 8 or disrepute
ES-10 pass  # cl.11.1-11.2: warranty of structures and board oversight plus director-signed certificate at start and annually
COI-01 pass  # cl.8.1-8.2 (tracked insertions, contract text): ensure no actual, potential or perceived Conflict of Interest; promptly notify
COI-02 pass  # cl.8.3: Authority may terminate or take any steps it thinks necessary where a Conflict of Interest arises
COI-03 weak  # cl.8.5: 'is encouraged to keep a register of gifts and hospitality' (permissive)
COI-04 pass  # cl.8.6: no engagement of Crown servants from the preceding two years without consent; Business Appointment Rules conditions
COI-05 gap  # cl.8.4: register of interests of the Authority's own officials only (wrong party)
COI-06 gap  # comment on cl.8.6 only (not contract text); no award-stage disclosure in the contract
CDM-01 pass  # cl.12.1: complaints procedure for Service Users explained at move-in with escalation to the Authority
CDM-02 pass  # cl.12.3: quarterly complaints return: received, resolved, upheld / partially upheld / not upheld, themes, action
CDM-03 gap  # absent: no Service User satisfaction or feedback collection
CDM-04 pass  # cl.12.4: co-operate with Prisons and Probation Ombudsman investigations and implement accepted recommendations
CDM-05 pass  # cl.12.5: quarterly analysis of trends and root causes, lessons-learned report, improvement actions agreed
CDM-06 gap  # cl.12.2: 'Complaint response times: [Not used]' (disabled text)
""",
})

# ---------------------------------------------------------------------------------------- c10
CONTRACTS.append({
    "id": "c10", "slug": "hong_kong_guarding_letter_of_acceptance", "ext": "txt", "build": "txt",
    "title": "Letter of Acceptance and Special Conditions: Security Guarding at Public Markets",
    "setting": "Hong Kong SAR government department letter of acceptance with an extract of special conditions for security guarding at public markets",
    "labels": "Government / Contractor",
    "features": "letter of award followed by Special Conditions extract (SC1-SC12), Prevention of Bribery Ordinance and ICAC drafting, Government-only Civil Service Code, confidentiality-only information clause, definition-only 'Declaration of Interest', one-topic annual declaration, incident-only reporting",
    "text": """
FOOD AND ENVIRONMENTAL HYGIENE DEPARTMENT
Markets Contracts Section
8/F, Queensway Government Offices, 66 Queensway, Hong Kong

Our Ref.: FEHD/MC/T/2025/117
Date: 7 July 2025

Wing Shing Security Services Limited
Room 1203, 12/F, Kowloon Commerce Centre
51 Kwai Cheong Road, Kwai Chung, New Territories

Attn: Mr Tam Chi-keung, Director

Dear Sirs,

Tender Ref. FEHD/MC/T/2025/117
Provision of Security Guarding Services at Public Markets in Kowloon Region
LETTER OF ACCEPTANCE

1. I refer to your tender dated 12 May 2025 and your letters of clarification dated 4 and 18 June 2025. On behalf of the Government of the Hong Kong Special Administrative Region (the "Government"), I am pleased to inform you that your tender has been accepted.

2. The contract (the "Contract") between the Government and Wing Shing Security Services Limited (the "Contractor") is formed by this letter and the following documents, which are deemed to form part of it: the Conditions of Tender, the General Conditions of Contract for Services, the Special Conditions of Contract (extract at Annex A), the Service Specifications, the Price Schedule and your tender and clarification letters. In case of discrepancy, the documents shall take precedence in the order listed.

3. The Contract period is 24 months from 1 September 2025 to 31 August 2027. The total estimated contract value is HK$38,416,800.

4. You are required to lodge a contract deposit of HK$1,920,840 in the form of a bank guarantee within 14 days of the date of this letter, and to attend a contract commencement meeting at the above address on 1 August 2025.

5. Please sign and return the duplicate of this letter within seven days to confirm your acceptance.

Yours faithfully,

(LEUNG Wai-man)
for Director of Food and Environmental Hygiene

Confirmed and accepted for and on behalf of Wing Shing Security Services Limited:
Signature: ____________  Name: Tam Chi-keung  Position: Director  Company chop: ______

--------------------------------------------------------------------
ANNEX A - SPECIAL CONDITIONS OF CONTRACT (EXTRACT)
--------------------------------------------------------------------

SC1 Interpretation
"Declaration of Interest" means the declaration in the form at Appendix B to these Special Conditions. "Guard" means a security guard employed by the Contractor who holds a valid Security Personnel Permit. "Market" means each of the 19 public markets listed in the Service Specifications. "Staff" means all employees and agents of the Contractor and of its subcontractors engaged on the Contract.

SC2 Services
The Contractor shall provide Guards at each Market in accordance with the deployment schedule in the Service Specifications, including patrols of stall areas, control of access outside opening hours, fire and emergency response and the reporting of hawking and obstruction to the Market Management Office.

SC3 Staff
(1) The Contractor shall employ Guards who hold valid Security Personnel Permits of the appropriate category under the Security and Guarding Services Ordinance (Cap. 460).
(2) The Contractor shall arrange for every Guard and supervisor to attend an integrity training session delivered by or with the materials of the Independent Commission Against Corruption ("ICAC") on the Prevention of Bribery Ordinance, conflicts of interest and the acceptance of advantages before deployment and at least once every 12 months, and shall keep attendance records of each session.

SC4 Prevention of Bribery
(1) The Contractor shall prohibit its Staff from offering, soliciting or accepting any advantage as defined in the Prevention of Bribery Ordinance (Cap. 201) when conducting business in connection with the Contract.
(2) The Contractor shall not offer any gift, hospitality or other advantage to any Government officer, and shall require its Staff to refuse any gift or hospitality offered by stall tenants.
(3) The Contractor shall report immediately to the ICAC and to the Government any suspected offence under Cap. 201 involving its Staff or the Contract.
(4) The Contractor shall submit to the Government, on each anniversary of the Contract commencement date, a declaration signed by a director confirming that the Contractor and its Staff have complied with SC4 (Prevention of Bribery) during the preceding 12 months.

SC5 Conflict of Interest
(1) The Contractor shall ensure that neither it nor any of its Staff undertakes any work or holds any interest, including any interest in a stall tenancy at any Market, that could create a conflict between their interests and the Contractor's duties under the Contract.
(2) The Contractor shall notify the Government in writing promptly, and in any event within five working days, of any actual or potential conflict of interest, with full details.
(3) The Government may require the Contractor to remove from the Contract any member of Staff who has a conflict of interest, or may terminate the Contract, where the conflict cannot be resolved to the Government's satisfaction.

SC6 Subcontracting
The Contractor shall not subcontract any part of the Contract without the prior written consent of the Government. Where consent is given, the Contractor shall ensure that each subcontractor and its staff comply with obligations equivalent to SC3(2), SC4 and SC5, and shall incorporate those obligations into each subcontract.

SC7 Confidentiality
The Contractor shall keep confidential all information obtained in the performance of the Contract, including the deployment schedule and the layout of security equipment, and shall not disclose it to any third party without the prior written consent of the Government.

SC8 Conduct of Government Officers
Government officers responsible for the administration of the Contract are bound by the Civil Service Code and the Civil Service Bureau circulars on the acceptance of advantages and conflict of interest.

SC9 Complaints and The Ombudsman
(1) The Contractor should handle complaints from stall tenants and members of the public courteously.
(2) Where any complaint relating to the Services is investigated by the Government or by The Ombudsman under the Ombudsman Ordinance (Cap. 397), the Contractor shall co-operate fully, provide all information and documents requested within the time specified, make its Staff available for interview and implement any remedial measures accepted by the Government.

SC10 Reporting
The Contractor shall submit a monthly report to each Market Management Office setting out all security incidents, fire alarm activations, injuries and instances of hawking and obstruction reported during the month.

SC11 Termination
(1) The Government may terminate the Contract forthwith by notice in writing if the Contractor, any of its Staff or any person acting on its behalf is convicted of, or is charged by the ICAC with, an offence under the Prevention of Bribery Ordinance (Cap. 201) in connection with the Contract or any other Government contract, or breaches SC4 or SC5.
(2) Termination under SC11(1) is without prejudice to the Government's right to recover any loss and to forfeit the contract deposit.

SC12 Governing Law
The Contract shall be governed by the laws of the Hong Kong Special Administrative Region.

--------------------------------------------------------------------
ANNEX B - SERVICE SPECIFICATIONS (EXTRACT)
--------------------------------------------------------------------

B1 Deployment
The minimum deployment at each Market shall be as follows. Guard-hours not provided shall be deducted from the monthly payment at the rates in the Price Schedule.

   Market group                    Day shift (07:00-19:00)   Night shift (19:00-07:00)
   Group 1 (7 large markets)       3 Guards + 1 supervisor   2 Guards
   Group 2 (8 medium markets)      2 Guards                  1 Guard
   Group 3 (4 small markets)       1 Guard                   1 Guard (mobile patrol)

B2 Duties of Guards
(1) Guards shall patrol the stall areas, loading bays, refuse collection points and public toilets of the Market at intervals not exceeding one hour, and record each patrol in the electronic patrol system.
(2) Guards shall open and close the Market at the times specified by the Market Management Office and shall ensure that all stalls are vacated and all gates locked at closing time.
(3) Guards shall report immediately to the Market Management Office any obstruction of passageways, unauthorised extension of stalls, illegal hawking or suspected unlicensed trading, and shall not take enforcement action themselves.
(4) In the event of fire, flooding or other emergency, Guards shall call the emergency services, assist in the evacuation of the Market and report the incident to the duty officer of the Market Management Office.
(5) Guards shall wear the uniform approved by the Government, display their Security Personnel Permit at all times and behave courteously to stall tenants and members of the public.

B3 Supervision
The Contractor shall provide a Site Supervisor for each Market group and a Contract Manager who shall be contactable 24 hours a day. The Contract Manager shall attend a monthly progress meeting with the Government's representative.

B4 Wages and Working Hours
The Contractor shall pay each Guard not less than the wage rate stated in its tender, shall not require any Guard to work more than 12 hours in any shift, and shall provide each Guard with at least one rest day in every seven days.

B5 Equipment
The Contractor shall supply each Guard with a torch, a two-way radio, a first aid kit and rain gear, and shall maintain the electronic patrol system at its own cost.
""",
    "expected": """
ES-01 gap  # SC8: the Civil Service Code binds Government officers only (wrong party); no Nolan-type principles for the Contractor
ES-02 gap  # absent: no code of conduct for the Contractor (SC8 is the Government's code)
ES-03 pass  # SC6: subcontractors to comply with obligations equivalent to SC3(2), SC4 and SC5, incorporated into each subcontract
ES-04 pass  # SC3(2): ICAC integrity training on bribery, conflicts and advantages before deployment and yearly, with attendance records
ES-05 gap  # absent: no whistleblowing or non-retaliation (SC4(3) is bribery reporting, treated under ES-06)
ES-06 pass  # SC4(1)-(3): prohibit offering or accepting advantages under Cap. 201 and report suspected offences immediately to the ICAC and the Government
ES-07 gap  # SC7: confidentiality-only clause (decoy); no access-to-information or transparency co-operation
ES-08 gap  # absent: no audit or monitoring right over ethical compliance
ES-09 pass  # SC11(1): termination for bribery offences or breach of SC4 or SC5
ES-10 weak  # SC4(4): annual director-signed declaration covering prevention of bribery only (one-topic certificate)
COI-01 pass  # SC5(1)-(2): ensure no conflicting interest for the Contractor or Staff; notify promptly within five working days
COI-02 pass  # SC5(3): Government may require removal of conflicted Staff or terminate
COI-03 pass  # SC4(2): shall not offer any gift or hospitality to Government officers; Staff to refuse gifts from tenants
COI-04 gap  # absent: no former public office holder provisions
COI-05 weak  # SC1: 'Declaration of Interest' is defined but no clause requires declarations or a register (definition only)
COI-06 gap  # absent: no confirmation of disclosure of relationships at award
CDM-01 weak  # SC9(1): Contractor 'should handle complaints ... courteously' (permissive; no procedure)
CDM-02 gap  # SC10: monthly report covers security incidents only (incident reporting without complaints)
CDM-03 gap  # absent: no satisfaction or feedback collection
CDM-04 pass  # SC9(2): co-operate fully with Government and The Ombudsman (Cap. 397) investigations and implement accepted remedial measures
CDM-05 gap  # absent: no analysis of complaints
CDM-06 gap  # absent: no complaint timescales (SC5(2) five working days is for conflict notices)
""",
})

# ---------------------------------------------------------------------------------------- c11
CONTRACTS.append({
    "id": "c11", "slug": "section75_sensory_impairment", "ext": "docx", "build": "docx-hand", "docx_mode": "outline",
    "title": "Section 75 Partnership Agreement: Integrated Sensory Impairment Service",
    "setting": "county council and NHS community trust partnership agreement under s.75 NHS Act 2006 (pooled fund, integrated sensory impairment service)",
    "labels": "Council / Lead Provider (an NHS Trust; 'each Partner' binds both)",
    "features": "hand-built DOCX; clause headings are plain custom-style paragraphs given w:outlineLvl directly (not Heading styles); definitions table; Schedule 3 requirements table under a 'shall meet the following' lead-in; footnotes; bookmark splitting a word; '[Reserved]' ethics assurance clause; both-party 'each Partner' obligation",
    "reviewer": "Partnership Lawyer", "initials": "PL", "reviser": "Partnership Lawyer",
    "blocks": [
        ("title", "PARTNERSHIP AGREEMENT UNDER SECTION 75 OF THE NATIONAL HEALTH SERVICE ACT 2006"),
        ("sub", "Integrated Sensory Impairment Service"),
        ("p", "THIS AGREEMENT is dated 21 March 2025 and is made between (1) ASHWORTH COUNTY COUNCIL of County Hall, Castle Hill, Ashworth AS1 2CH (the \"Council\"); and (2) ASHWORTH COMMUNITY HEALTH NHS TRUST of Fernlea House, Ashworth AS4 7FT (the \"Lead Provider\"), together the \"Partners\" and each a \"Partner\"."),
        ("h1", "Background"),
        ("p", "(A) Section 75 of the National Health Service Act 2006 and the NHS Bodies and Local Authorities Partnership Arrangements Regulations 2000 allow NHS bodies and local authorities to establish pooled funds and to delegate functions to one another."),
        ("p", "(B) The Partners wish to establish a pooled fund and to arrange for the Lead Provider to deliver an integrated health and social care service for adults with sight loss, hearing loss or dual sensory loss, with the Council's relevant functions delegated to the Lead Provider."),
        ("h1", "1. Definitions and Interpretation"),
        ("p", "1.1 The definitions in the following table apply in this Agreement."),
        ("table", [
            ["Term", "Definition"],
            ["Code of Conduct", "the Lead Provider's Standards of Business Conduct Policy, as amended from time to time"],
            ["Decision-Making Staff", "Staff at Agenda for Change band 8a or above, and any other Staff who can influence decisions on the use of the Pooled Fund or the award of contracts funded from it"],
            ["Integrated Service", "the service described in Schedule 1"],
            ["Partnership Board", "the board established under clause 5"],
            ["Pooled Fund", "the fund established under clause 4"],
            ["Service Users", "adults receiving the Integrated Service, and their carers"],
            ["Staff", "employees of the Lead Provider working in the Integrated Service and employees of the Council seconded to it"],
            ["Working Day", "a day other than a Saturday, Sunday or bank holiday in England"],
        ], [2600, 6400]),
        ("p", "1.2 An obligation expressed to bind \"each Partner\" binds the Council and the Lead Provider alike."),
        ("h1", "2. Commencement and Duration"),
        ("p", "2.1 This Agreement takes effect on 1 April 2025 and continues for five years unless terminated earlier under clause 15."),
        ("h1", "3. The Integrated Service"),
        ("p", "3.1 The Lead Provider shall provide the Integrated Service, comprising specialist assessment, rehabilitation and mobility training, provision of equipment and communication support, and specialist social work, in accordance with Schedule 1."),
        ("p", "3.2 The Council delegates to the Lead Provider the exercise of its functions under sections 9, 10 and 18 of the Care Act 2014 in relation to Service Users, and its duty to keep a register of sight-impaired and severely sight-impaired people. The Council remains responsible for the performance of those functions."),
        ("h1", "4. The Pooled Fund"),
        ("p", "4.1 The Partners shall contribute to the Pooled Fund the amounts in Schedule 2. The Lead Provider shall act as host of the Pooled Fund and shall appoint a Pooled Fund Manager."),
        ("p", "4.2 Any overspend or underspend shall be shared in proportion to the Partners' contributions unless the Partnership Board agrees otherwise."),
        ("h1", "5. Governance"),
        ("p", "5.1 The Partners shall establish a Partnership Board comprising two representatives of each Partner and a Service User representative, which shall meet at least quarterly."),
        ("h1", "6. Staff"),
        ("p", "6.1 The Council shall second its sensory impairment social workers to the Lead Provider for the duration of this Agreement on the terms in Schedule 4."),
        ("p", "6.2 The Lead Provider shall ensure that all Staff hold the registration and qualifications required for their role."),
        ("h1", "7. Standards of Conduct"),
        ("p", "7.1 Each Partner shall observe, and shall ensure that its Staff observe, the Seven Principles of Public Life in all matters relating to the Integrated Service and the Pooled Fund."),
        ("p", "7.2 The Lead Provider shall report to the Partnership Board any significant failure by its Staff to meet clause 7.1 and the action taken."),
        ("h1", "8. Conflicts of Interest, Gifts and Hospitality"),
        ("p", "8.1 The Lead Provider shall ensure that all Staff comply with Managing Conflicts of Interest in the NHS[[fn:NHS England, Managing Conflicts of Interest in the NHS: guidance for staff and organisations (2017, as updated).]] in relation to gifts, hospitality and other inducements and actual or potential conflicts of interest, and shall keep a register of gifts and hospitality offered to or received by Staff."),
        ("p", "8.2 The Lead Provider shall ensure that neither it nor any of its Staff is placed in a position where there is an actual or potential conflict of interest in the provision of the Integrated Service or the use of the Pooled Fund, including in the award of equipment contracts, and shall notify the Council promptly in writing of any such conflict and the proposed mitigation."),
        ("p", "8.3 Where a conflict of interest is notified to it, the Council may direct the Lead Provider to take any steps the Council considers necessary to manage or remove the conflict, and the Lead Provider shall comply with any such direction."),
        ("p", "8.4 The Lead Provider shall maintain a register of interests of its Decision-Making Staff, obtain a declaration of interests or a nil return from each of them on appointment and annually, provide the register to the Council on request and publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return."),
        ("p", "8.5 The Council confirms that, before entering into this Agreement, it carried out a conflicts assessment of the proposed arrangements and recorded the outcome in its decision report."),
        ("h1", "9. Counter Fraud and Bribery"),
        ("p", "9.1 The Lead Provider shall put in place and maintain counter-fraud and anti-bribery arrangements that meet the requirements of the NHS Counter Fraud Authority, shall not commit or permit any bribery or fraud in connection with the Pooled Fund, and shall notify the Council immediately of any suspected fraud or bribery affecting the Pooled Fund."),
        ("h1", "10. Speaking Up"),
        ("p", "10.1 The Lead Provider shall ensure that all Staff, including seconded Council employees, have access to its Freedom to Speak Up Guardian and its whistle[[bm]]blowing policy, and that no member of Staff suffers any detriment for raising a concern in good faith."),
        ("h1", "11. Information and Transparency"),
        ("p", "11.1 The Lead Provider shall assist the Council in responding to any request for information under the Freedom of Information Act 2000 that relates to the Integrated Service or the Pooled Fund, and shall provide the information requested within five Working Days."),
        ("p", "11.2 The Partners shall publish a joint annual report on the Integrated Service."),
        ("h1", "12. Complaints"),
        ("p", "12.1 The Lead Provider shall operate a single complaints procedure for the Integrated Service which meets the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009[[fn:SI 2009/309.]] and which is publicised to Service Users in accessible formats, including braille, large print, audio and British Sign Language video."),
        ("p", "12.2 The Lead Provider shall co-operate with the Council, the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman in the investigation of any complaint about the Integrated Service, including any joint investigation, and shall implement any recommendation that the Partners accept."),
        ("p", "12.3 The standards and reporting requirements for complaints and Service User feedback are set out in Schedule 3."),
        ("h1", "13. Audit and Review"),
        ("p", "13.1 The Council may audit the Lead Provider's compliance with clauses 7 to 10, and the Partnership Board shall review ethical standards in the Integrated Service, including conflicts declarations, the gifts and hospitality register and speaking-up cases, at least once a year."),
        ("p", "13.2 The Pooled Fund shall be audited annually by the Lead Provider's external auditors."),
        ("h1", "14. Annual Ethics Assurance"),
        ("p", "[Reserved]"),
        ("h1", "15. Default and Termination"),
        ("p", "15.1 Either Partner may terminate this Agreement by giving not less than twelve months' notice to the other."),
        ("p", "15.2 Either Partner may terminate this Agreement by giving three months' notice if the other Partner commits a material breach of this Agreement which is not remedied within 60 Working Days of written notice."),
        ("h1", "16. Sub-contracting and Insurance"),
        ("p", "16.1 The Lead Provider shall not sub-contract any part of the Integrated Service without the Council's consent."),
        ("p", "16.2 The Lead Provider shall ensure that every sub-contract for the supply or maintenance of equipment contains insurance and indemnity provisions no less onerous than those in Schedule 5."),
        ("h1", "17. Disputes"),
        ("p", "17.1 Disputes shall be escalated to the Partners' chief executives and, if unresolved within 20 Working Days, referred to mediation."),
        ("h1", "18. Governing Law"),
        ("p", "18.1 This Agreement is governed by the law of England and Wales."),
        ("h1", "Schedule 3: Performance and Quality Requirements"),
        ("p", "The Lead Provider shall meet the following requirements:"),
        ("table", [
            ["Ref", "Requirement", "Measure and frequency"],
            ["Q1 Training", "The Lead Provider shall ensure that all Staff complete training on conflicts of interest, counter fraud and Freedom to Speak Up at induction and annually, and shall keep training records available to the Council.", "100% of Staff; compliance reported annually"],
            ["Q2 Acknowledgement", "Acknowledge every complaint within 3 Working Days and agree with the complainant how it will be handled.", "100%"],
            ["Q3 Response", "Send a full written response within 25 Working Days, or within the longer period agreed with the complainant, explaining any delay.", "90%"],
            ["Q4 Complaints reporting", "Report to the Council and the Partnership Board the number of complaints received, upheld, partially upheld and not upheld, and referrals to an Ombudsman.", "Quarterly"],
            ["Q5 Service User feedback", "Collect Friends and Family Test responses from Service Users after each episode of care and report the results to the Council.", "Monthly collection; quarterly report"],
            ["Q6 Learning", "Analyse complaints and Friends and Family Test themes, identify lessons learned and agree an improvement plan with the Partnership Board.", "Six-monthly"],
        ], [1800, 5000, 2200]),
        ("p", "Signed for Ashworth County Council by the Executive Director of Adult Social Care. Signed for Ashworth Community Health NHS Trust by the Chief Executive."),
    ],
    "expected": """
ES-01 pass  # cl.7.1: 'Each Partner shall observe, and ensure its Staff observe, the Seven Principles' binds the Lead Provider (cl.1.2)
ES-02 weak  # cl.1.1 table: 'Code of Conduct' defined as the Lead Provider's Standards of Business Conduct Policy but never applied (definition only)
ES-03 gap  # cl.16.2: flow-down of insurance and indemnity provisions only (decoy)
ES-04 pass  # Schedule 3 row Q1: training on conflicts, counter fraud and Freedom to Speak Up at induction and annually, with records
ES-05 pass  # cl.10.1: access to the Freedom to Speak Up Guardian and whistleblowing policy; no detriment
ES-06 pass  # cl.9.1: counter-fraud and anti-bribery arrangements, no bribery or fraud, immediate notice to the Council
ES-07 pass  # cl.11.1: assist the Council with FOI requests, information within five Working Days
ES-08 pass  # cl.13.1: Council may audit compliance with clauses 7 to 10; Partnership Board reviews ethical standards yearly
ES-09 weak  # cl.15.2: termination for unremedied material breach, no ethics link
ES-10 gap  # cl.14: 'Annual Ethics Assurance' heading with '[Reserved]' body (disabled text)
COI-01 pass  # cl.8.2: ensure no actual or potential conflict for the Lead Provider or Staff; notify the Council promptly in writing
COI-02 pass  # cl.8.3: Council may direct steps to manage or remove the conflict; the Lead Provider shall comply
COI-03 pass  # cl.8.1: Staff comply with Managing Conflicts of Interest in the NHS on gifts and hospitality; gifts and hospitality register
COI-04 gap  # absent: no former public office holder provisions (cl.6.1 secondment is not a revolving-door clause)
COI-05 pass  # cl.8.4: register of interests for Decision-Making Staff, annual declarations or nil returns, publish non-declarers
COI-06 gap  # cl.8.5: the conflicts assessment is the Council's own confirmation (wrong party); no Lead Provider disclosure at award
CDM-01 pass  # cl.12.1: single complaints procedure meeting the 2009 Complaints Regulations, publicised in accessible formats
CDM-02 pass  # Schedule 3 row Q4: quarterly report of complaints received, upheld, partially upheld, not upheld and Ombudsman referrals
CDM-03 pass  # Schedule 3 row Q5: Friends and Family Test responses collected and reported quarterly
CDM-04 pass  # cl.12.2: co-operate with the LGSCO and PHSO and implement accepted recommendations
CDM-05 pass  # Schedule 3 row Q6: analyse complaint and FFT themes, lessons learned, improvement plan
CDM-06 pass  # Schedule 3 rows Q2-Q3: acknowledge within 3 Working Days, full response within 25 Working Days or as agreed
""",
})

# ---------------------------------------------------------------------------------------- c12
CONTRACTS.append({
    "id": "c12", "slug": "dps_noise_patrol_call_off", "ext": "md", "build": "md",
    "title": "DPS Call-Off Order Form: Out-of-Hours Noise Nuisance Patrol Service",
    "setting": "metropolitan borough call-off from a dynamic purchasing system for an out-of-hours noise nuisance patrol service",
    "labels": "Authority / Service Provider",
    "features": "order-form table, incorporation of DPS Conditions by reference with one condition disapplied, Call-Off Special Terms, Specification with KPI table, 'conflict resolution' training look-alike, Authority-defined 'Complaint', dispute mediation decoy, structures-only warranty",
    "text": """
# Call-Off Order Form

**Dynamic Purchasing System:** Kestrel Bay Regulatory Services DPS (ref. KB-DPS-07), Category 3: Out-of-Hours Enforcement Support

**Call-Off reference:** KB-DPS-07/C3/0042

| Item | Detail |
|---|---|
| Authority | Kestrel Bay Metropolitan Borough Council, Civic Hall, Harbour Road, Kestrel Bay KB1 1HR (the "Authority") |
| Service Provider | Nightingale Patrol Services Ltd, company number 11204387, 6 Anchor Court, Kestrel Bay KB3 5NN (the "Service Provider") |
| Services | Out-of-hours noise nuisance patrol and evidence-gathering service, Friday and Saturday nights 20:00-04:00 and bank holiday eves |
| Call-Off Start Date | 1 September 2025 |
| Call-Off Expiry Date | 31 August 2026 (extendable by 12 months) |
| Call-Off Value | £148,200 (estimated, excluding VAT) |
| Mini-competition | Held 14-28 July 2025 under DPS Condition 6 |
| DPS Conditions | DPS Conditions of Contract version 3.1 apply, except as set out in the Call-Off Special Terms below |
| Authority contract manager | Senior Environmental Health Officer (Pollution) |

## Part A - Call-Off Special Terms

**A1. Incorporation.** The DPS Conditions apply to this Call-Off. If there is any conflict between the DPS Conditions and these Special Terms, these Special Terms prevail.

**A2. Disapplied Conditions.** DPS Condition 19 (Principles of Public Life) does not apply to this Call-Off, and the Service Provider is not required to give the confirmation described in it.

**A3. Definitions.** In this Call-Off:

- "**Complaint**" means a formal complaint raised by the Authority about the Service Provider's performance of the Services, which is dealt with under paragraph A12;
- "**Patrol Officer**" means an employee of the Service Provider deployed to deliver the Services;
- "**Resident**" means a person living in the borough who reports noise nuisance or who is the subject of a patrol visit; and
- "**Working Day**" means Monday to Friday excluding bank holidays.

**A4. Code of conduct.** The Service Provider shall adopt and maintain a code of conduct for its Patrol Officers and shall comply, and ensure that its Patrol Officers comply, with the Authority's Supplier Code of Conduct when delivering the Services.

**A5. Conflicts of interest.** DPS Condition 24 (Conflicts of Interest) applies. In addition, the Service Provider shall ensure that no Patrol Officer attends a noise report made by or about a person with whom the Patrol Officer has a personal, family or financial connection, and shall notify the Authority within two Working Days of any actual or potential conflict of interest affecting the Service Provider or a Patrol Officer. The Authority expects the Service Provider to manage any conflict notified under this paragraph in the way the Authority considers appropriate.

**A6. Declarations.** The Service Provider confirms that, before the mini-competition closed, it disclosed to the Authority any relationship between the Service Provider, its directors or its Patrol Officers and any person involved in the mini-competition, and shall update that disclosure promptly if anything changes during the Call-Off.

**A7. Register of interests.** Given the value of this Call-Off, the Service Provider is not required to maintain a register of interests for its Patrol Officers under DPS Condition 24.4.

**A8. Gifts and hospitality.** The Service Provider shall not offer any gift or hospitality to any officer of the Authority, shall ensure that Patrol Officers refuse any gift or hospitality offered by Residents or licensed premises, and shall record every such offer in a gifts and hospitality register which the Authority may inspect.

**A9. Former officers.** The Authority encourages the Service Provider to tell it if it recruits any person who has left the Authority's Environmental Health service in the previous two years.

**A10. Speaking up.** The Service Provider shall have a whistleblowing procedure that allows Patrol Officers to raise concerns about wrongdoing, including with the Authority, and shall protect from victimisation any Patrol Officer who raises a concern in good faith.

**A11. Bribery.** The Service Provider should have regard to the Ministry of Justice guidance on adequate procedures under the Bribery Act 2010.

**A12. Authority complaints.** The Authority may raise a Complaint with the Service Provider's account manager, who shall respond in writing within five Working Days.

**A13. Sub-contractors.** Where the Authority consents to any sub-contracting, the Service Provider shall impose on the sub-contractor obligations equivalent to paragraphs A4, A5, A8 and A10 and shall enforce them.

**A14. Assurance.** The Service Provider warrants that it has policies and structures in place to support high ethical standards in delivering the Services.

**A15. Records and audit.** The Service Provider shall keep records of all patrols for three years and the Authority shall have the right to audit the Service Provider's records on reasonable notice.

**A16. Confidentiality.** The Service Provider shall treat as confidential all information about Residents, noise reports and patrol logs, and shall not disclose it except to the Authority or as required by law.

**A17. Termination.** Either party may terminate this Call-Off on one month's written notice. The DPS termination conditions otherwise apply.

**A18. Disputes.** Any dispute between the Authority and the Service Provider about this Call-Off shall be resolved under DPS Condition 35, which provides for escalation and then mediation through the Centre for Effective Dispute Resolution.

## Part B - Specification

**B1. Service outline.** The Service Provider shall provide two patrol vehicles, each crewed by two Patrol Officers, during the service hours. Patrol Officers shall respond to noise reports passed by the Authority's out-of-hours line, visit the location, assess the noise, take measurements using calibrated sound level meters and complete a witness statement to the standard required for proceedings under the Environmental Protection Act 1990.

**B2. Training.** All Patrol Officers shall be trained in the use of sound level meters, evidence gathering, lone working and conflict resolution before their first shift.

**B3. Residents' complaints.** Complaints made by Residents about the conduct of Patrol Officers are handled by the Authority under its corporate complaints procedure. The Service Provider shall pass any such complaint it receives directly to the Authority within one Working Day.

**B4. Feedback.** The Authority expects the Service Provider to gather feedback from Residents who have reported noise about their experience of the patrol visit.

**B5. Review and improvement.** Each quarter the Service Provider shall review with the Authority the Residents' complaints passed to the Authority under B3 and the Authority's outcome letters, identify any trends and root causes relating to patrol conduct, and implement an improvement plan agreed with the Authority.

**B6. Performance indicators.** The Service Provider shall report monthly against the following indicators.

| KPI | Indicator | Target |
|---|---|---|
| 1 | Noise reports attended within 45 minutes of being passed to the patrol | 90% |
| 2 | Witness statements completed to evidential standard within 2 Working Days | 95% |
| 3 | Patrol shifts fully crewed | 100% |
| 4 | Number of Residents' complaints about Patrol Officers received and passed to the Authority, with the number the Authority upheld | reported monthly |
| 5 | Sound level meters within calibration | 100% |

**B7. Quarterly meetings.** The Authority's contract manager and the Service Provider's account manager shall meet each quarter to review performance.

**B8. Vehicles and equipment.** The Service Provider shall provide two liveried vehicles fitted with satellite tracking, and for each Patrol Officer a Class 1 sound level meter with a current calibration certificate, a body-worn video camera and a mobile device able to access the Authority's case management system.

**B9. Body-worn video.** Patrol Officers shall record every patrol visit on body-worn video, and the Service Provider shall upload all footage to the Authority's evidence store before the end of the shift. The Service Provider shall not retain copies of footage after upload.

**B10. Health and safety.** The Service Provider shall carry out a dynamic risk assessment before each visit, shall ensure that Patrol Officers never enter licensed premises or private dwellings alone, and shall report any assault or threat against a Patrol Officer to the police and to the Authority's contract manager by 09:00 on the next Working Day.

**B11. Evidence.** Witness statements shall be completed in the Authority's template and signed with a statement of truth. Patrol Officers shall attend court to give evidence when required, and the Authority will pay for court attendance at the rate in Part C.

**B12. Mobilisation.** Before the Call-Off Start Date the Service Provider shall complete the mobilisation plan submitted with its bid, including vehicle livery, set-up of access to the case management system and a joint familiarisation shift with the Authority's officers.

## Part C - Prices

| Item | Price (excluding VAT) |
|---|---|
| Patrol shift (two vehicles, four Patrol Officers, 8 hours) | £1,380 per shift |
| Additional bank holiday eve shift | £1,520 per shift |
| Court attendance (per Patrol Officer) | £32 per hour, minimum 3 hours |
| Late cancellation of a shift by the Authority (less than 72 hours' notice) | 50% of the shift price |

Invoices shall be submitted monthly in arrears and paid within 30 days of receipt of a valid invoice.

Signed for the Authority: Head of Regulatory Services. Signed for the Service Provider: Managing Director.
""",
    "expected": """
ES-01 gap  # para A2: DPS Condition 19 (Principles of Public Life) 'does not apply to this Call-Off' (disapplied)
ES-02 pass  # para A4: adopt and maintain a code of conduct and comply with the Authority's Supplier Code of Conduct
ES-03 pass  # para A13: impose on sub-contractors obligations equivalent to A4, A5, A8 and A10 and enforce them
ES-04 gap  # para B2: technical training only (meters, evidence, lone working, 'conflict resolution'); no ethics training
ES-05 pass  # para A10: whistleblowing procedure incl. raising concerns with the Authority; protection from victimisation
ES-06 weak  # para A11: 'should have regard to' Bribery Act adequate-procedures guidance (permissive)
ES-07 gap  # para A16: confidentiality only (decoy); no FOI or transparency co-operation
ES-08 weak  # para A15: generic right to audit records (ethics not named)
ES-09 gap  # para A17: termination on one month's notice (convenience) only; no ethical-breach remedy
ES-10 weak  # para A14: warranty of policies and structures only, no certificate (structures-only)
COI-01 pass  # para A5: no Patrol Officer attends where a personal, family or financial connection exists; notify within two Working Days
COI-02 weak  # para A5 (last sentence): 'The Authority expects the Service Provider to manage' notified conflicts (expects); B2 'conflict resolution' and A1 precedence are look-alikes
COI-03 pass  # para A8: no gifts or hospitality to Authority officers; refuse and record offers in a register
COI-04 weak  # para A9: 'The Authority encourages the Service Provider to tell it' about recruits from the Authority (permissive)
COI-05 gap  # para A7: 'is not required to maintain a register of interests' (disapplied)
COI-06 pass  # para A6: confirms disclosure of relationships with persons involved in the mini-competition, kept up to date
CDM-01 gap  # para A3/A12: 'Complaint' is the Authority's complaint about performance (decoy); para B3 Residents' complaints go to the Authority's own procedure
CDM-02 pass  # para B6 KPI 4: monthly report of Residents' complaints received and passed on, with number upheld
CDM-03 weak  # para B4: 'The Authority expects the Service Provider to gather feedback' (expects)
CDM-04 gap  # para A18: DPS Condition 35 escalation and CEDR mediation between the parties only (decoy)
CDM-05 pass  # para B5: quarterly review of Residents' complaints for trends and root causes with an agreed improvement plan
CDM-06 gap  # para A12: five-Working-Day response applies to the Authority's own Complaints (decoy); B3 one-day pass-on is not a response time
""",
})

# ---------------------------------------------------------------------------------------- c13
CONTRACTS.append({
    "id": "c13", "slug": "sa_prepaid_vending_sla", "ext": "odt", "build": "html>odt",
    "title": "Service Level Agreement: Prepaid Electricity Vending Services",
    "setting": "South African local municipality service level agreement for prepaid electricity vending and customer support (MFMA / SCM drafting)",
    "labels": "Municipality / Service Provider",
    "features": "LibreOffice HTML->ODT conversion; WHEREAS recitals citing constitutional values; (a)-(d) lists as LibreOffice auto-numbering; SBD 4 bidder's disclosure and MBD 8 past-practices declarations; service-level table with obligations in cells; 'reasonable satisfaction' look-alike; official-only declarations; PRECCA and PAIA drafting",
    "blocks": [
        ("title", "SERVICE LEVEL AGREEMENT"),
        ("sub", "for the Provision of Prepaid Electricity Vending and Customer Support Services (Bid No. UMZ/SCM/14/2024-25)"),
        ("p", "entered into by and between UMZIMVELO LOCAL MUNICIPALITY, a municipality established in terms of the Local Government: Municipal Structures Act 117 of 1998, herein represented by its Municipal Manager (the \"Municipality\"), and THANDEKA METERING AND VENDING (PTY) LTD, registration number 2011/187342/07, herein represented by its Managing Director, who warrants that he is duly authorised (the \"Service Provider\")."),
        ("h1", "Preamble"),
        ("p", "WHEREAS the Municipality is committed to the basic values and principles governing public administration in section 195 of the Constitution, including a high standard of professional ethics, accountability, transparency and the efficient, economic and effective use of resources;"),
        ("p", "AND WHEREAS the Municipality invited bids for prepaid electricity vending services and the Bid Adjudication Committee awarded the bid to the Service Provider on 3 March 2025;"),
        ("p", "NOW THEREFORE the parties agree as follows."),
        ("h1", "1. Definitions"),
        ("p", "1.1 \"Conflict of Interest\" means any situation in which a director, shareholder or employee of the Service Provider has a relationship with, or an interest in, a person in the service of the Municipality that could influence the performance of this Agreement."),
        ("p", "1.2 \"Customer\" means any consumer of electricity within the Municipality's licensed area who purchases prepaid electricity tokens."),
        ("p", "1.3 \"STS\" means the Standard Transfer Specification for prepaid meters (IEC 62055-41)."),
        ("p", "1.4 \"Working Day\" means any day other than a Saturday, Sunday or public holiday in the Republic of South Africa."),
        ("h1", "2. Duration"),
        ("p", "2.1 This Agreement commences on 1 April 2025 and endures for 36 months, subject to section 33 of the Local Government: Municipal Finance Management Act 56 of 2003."),
        ("h1", "3. Scope of Services"),
        ("p", "3.1 The Service Provider shall:"),
        ("n2", "operate an STS-compliant vending system and a network of at least 40 vending points, including spaza shops, retail chains and online and mobile channels;"),
        ("n2", "transfer all revenue collected to the Municipality's primary bank account daily, by 12:00 on the next Working Day;"),
        ("n2", "provide a Customer call centre and walk-in help desk at the Municipal offices during business hours; and"),
        ("n2", "provide daily vending and revenue reconciliation reports to the Chief Financial Officer."),
        ("p", "3.2 The Service Provider shall perform the Services diligently and to the reasonable satisfaction of the Municipality."),
        ("p", "3.3 The Service Provider shall issue Free Basic Electricity tokens of 50 kWh each month to every Customer registered on the Municipality's indigent register, in accordance with the Municipality's Indigent Policy, and shall not charge any fee for doing so."),
        ("p", "3.4 The Service Provider shall ensure that every vending point displays the current tariff, the Free Basic Electricity rules and the help desk telephone number in isiZulu and English."),
        ("p", "3.5 The Service Provider shall process Customer personal information only for the purposes of this Agreement and in accordance with the Protection of Personal Information Act 4 of 2013, and shall return the complete vending database to the Municipality on request."),
        ("h1", "4. Supplier Conduct"),
        ("p", "4.1 The Service Provider shall comply with the Supplier Code of Conduct contained in the Municipality's Supply Chain Management Policy and shall ensure that its directors, employees and agents are familiar with it."),
        ("p", "4.2 The Service Provider shall not commit any offence under the Prevention and Combating of Corrupt Activities Act 12 of 2004 (\"PRECCA\") and shall not give or offer any gratification to any councillor or official of the Municipality. The Service Provider shall maintain anti-corruption procedures appropriate to its business and shall report to the Municipal Manager and, where section 34 of PRECCA applies, to the South African Police Service, any corrupt transaction of which it becomes aware."),
        ("p", "4.3 The Service Provider should ensure that its employees are aware of their rights under the Protected Disclosures Act 26 of 2000."),
        ("p", "4.4 The Service Provider is encouraged to refrain from offering gifts or entertainment to officials of the Municipality."),
        ("p", "4.5 The Service Provider shall not, for a period of twelve months after their departure, employ or engage any former councillor or official of the Municipality who took part in the evaluation or adjudication of the bid or in the management of this Agreement."),
        ("h1", "5. Declarations"),
        ("p", "5.1 The Service Provider confirms that the Bidder's Disclosure (SBD 4) submitted with its bid, disclosing every relationship between its directors, shareholders or employees and any person in the employ of the state or involved in the evaluation or adjudication of the bid, was complete and accurate, and undertakes to inform the Municipality in writing without delay of any change to that disclosure during the term of this Agreement."),
        ("p", "5.2 The Service Provider confirms that the information in its Declaration of Bidder's Past Supply Chain Management Practices (MBD 8), including that it is not listed on the Register for Tender Defaulters and has not been convicted of fraud or corruption in the past five years, remains correct."),
        ("p", "5.3 Officials of the Municipality shall declare their interests annually in accordance with the Code of Conduct for Municipal Staff Members in Schedule 2 of the Local Government: Municipal Systems Act 32 of 2000."),
        ("h1", "6. Ethics Assurance"),
        ("p", "6.1 The Service Provider warrants that it has appointed a director responsible for ethics and has in place the policies and arrangements necessary to comply with clause 4."),
        ("p", "6.2 Within 30 days of the commencement date, and thereafter by 31 July each year, the Service Provider shall submit to the Municipal Manager a declaration signed by that director confirming that the Service Provider and its employees have complied with clause 4 during the preceding period, and disclosing any breach and the action taken."),
        ("h1", "7. Access to Information"),
        ("p", "7.1 The Service Provider shall assist the Municipality's information officer to respond to any request made under the Promotion of Access to Information Act 2 of 2000 in respect of records relating to the Services, and shall provide any such record within five Working Days of the request."),
        ("h1", "8. Monitoring and Audit"),
        ("p", "8.1 The Municipality and the Auditor-General may audit the Service Provider's vending and revenue records at any time."),
        ("p", "8.2 The Municipality may audit the Service Provider's compliance with clauses 4 and 5 and shall review that compliance at each quarterly performance review meeting held under section 116 of the Municipal Finance Management Act."),
        ("h1", "9. Customer Complaints"),
        ("p", "9.1 The Service Provider should have a procedure for Customers to complain about failed or incorrect tokens, vending point conduct and call centre service."),
        ("p", "9.2 The Service Provider shall acknowledge each Customer complaint within one Working Day and resolve it within seven Working Days, or within 24 hours where a Customer has no supply because of a vending fault."),
        ("p", "9.3 The Service Provider shall use reasonable endeavours to co-operate with the Public Protector in any investigation of a Customer complaint concerning the Services."),
        ("p", "9.4 The Service Provider may use the information it gathers from Customer complaints to improve its vending network and call centre service."),
        ("h1", "10. Service Levels and Reporting"),
        ("p", "10.1 The Service Provider shall meet the service levels, and submit the reports, set out in the table below."),
        ("table", [
            ["No.", "Service level or report", "Target / frequency"],
            ["SL1", "Vending system availability", "99.5% per month"],
            ["SL2", "Revenue transferred to the Municipality by 12:00 the next Working Day", "100%"],
            ["SL3", "Token reissue for failed vends", "within 2 hours"],
            ["SL4", "Monthly Customer service report to the Director: Electrical Services showing the number of Customer complaints received, resolved within the target times, outstanding and escalated, by category", "by the 7th Working Day of each month"],
            ["SL5", "Call centre calls answered within 60 seconds", "85%"],
        ]),
        ("p", "10.2 Where revenue is transferred later than required by SL2, the Service Provider shall pay interest on the amount at the prime lending rate plus two per cent, calculated daily, without prejudice to the Municipality's other rights."),
        ("p", "10.3 The Service Provider shall attend a performance review meeting with the Municipality every quarter and shall provide any information the Municipality reasonably requires for its annual performance report under the Municipal Systems Act."),
        ("h1", "11. Breach and Termination"),
        ("p", "11.1 Should the Service Provider commit a material breach of this Agreement and fail to remedy it within 14 days of written notice, the Municipality may cancel this Agreement and claim damages."),
        ("p", "11.2 The Municipality may cancel this Agreement immediately if the Service Provider's tax compliance status becomes non-compliant and is not corrected within 7 Working Days."),
        ("p", "11.3 On termination or expiry the Service Provider shall co-operate with the Municipality and any successor to transfer the vending database, meter records and Customer accounts without interruption to Customers' ability to buy electricity."),
        ("h1", "12. Dispute Resolution"),
        ("p", "12.1 Any dispute shall first be referred to the parties' senior representatives and, failing resolution within 10 Working Days, to arbitration under the rules of the Arbitration Foundation of Southern Africa."),
        ("h1", "13. Domicilium and Governing Law"),
        ("p", "13.1 The parties choose as their domicilia citandi et executandi the addresses in the Bid documents. This Agreement is governed by the laws of the Republic of South Africa."),
        ("p", "Thus done and signed at Umzimvelo on 25 March 2025 by the Municipal Manager, and at Durban on 21 March 2025 by the Managing Director of the Service Provider, each in the presence of two witnesses."),
    ],
    "expected": """
ES-01 gap  # Preamble: section 195 values (professional ethics, accountability, transparency) appear only in a WHEREAS recital about the Municipality
ES-02 pass  # cl.4.1: comply with the Supplier Code of Conduct in the Municipality's SCM Policy
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 gap  # absent: no ethics training (cl.4.1 'familiar with' and cl.4.3 awareness are not training obligations)
ES-05 weak  # cl.4.3: 'should ensure' employees are aware of the Protected Disclosures Act (permissive)
ES-06 pass  # cl.4.2: no PRECCA offence or gratification, anti-corruption procedures, report corrupt transactions
ES-07 pass  # cl.7.1: assist with PAIA requests and provide records within five Working Days
ES-08 pass  # cl.8.2: Municipality may audit compliance with clauses 4 and 5 and reviews it quarterly (cl.8.1 financial audit is separate)
ES-09 weak  # cl.11.1: cancellation for unremedied material breach, no ethics link
ES-10 pass  # cl.6.1-6.2: director responsible for ethics and policies warranted; declaration within 30 days and annually on compliance with clause 4
COI-01 weak  # cl.1.1: 'Conflict of Interest' defined only; no avoid-and-notify obligation (definition only)
COI-02 gap  # absent: no conflict mitigation or termination for conflict
COI-03 weak  # cl.4.4: 'is encouraged to refrain from offering gifts or entertainment' (permissive)
COI-04 pass  # cl.4.5: shall not employ for twelve months former councillors or officials involved in the bid or contract
COI-05 gap  # cl.5.3: annual declarations by Municipal officials only (wrong party)
COI-06 pass  # cl.5.1: confirms SBD 4 disclosure of relationships with state employees and evaluators; will update it
CDM-01 weak  # cl.9.1: Service Provider 'should have a procedure' for Customer complaints (permissive)
CDM-02 pass  # cl.10.1 table row SL4: monthly report of Customer complaints received, resolved, outstanding and escalated
CDM-03 gap  # cl.3.2: 'reasonable satisfaction of the Municipality' is a look-alike; no Customer satisfaction data
CDM-04 weak  # cl.9.3: 'use reasonable endeavours to co-operate with the Public Protector' (reasonable endeavours)
CDM-05 weak  # cl.9.4: Service Provider 'may use' complaint information to improve services (permissive); SL4 is a count by category only
CDM-06 pass  # cl.9.2: acknowledge within one Working Day, resolve within seven Working Days (24 hours if no supply)
""",
})

# ---------------------------------------------------------------------------------------- c14
CONTRACTS.append({
    "id": "c14", "slug": "appropriate_adult_spot_purchase", "ext": "txt", "build": "txt",
    "title": "Spot Purchase Agreement: Appropriate Adult Services",
    "setting": "police and crime commissioner spot-purchase agreement for PACE appropriate adult call-outs for vulnerable adults and children in police custody",
    "labels": "Commissioner / Provider",
    "features": "very short spot-purchase terms with numbered paragraphs and a booking table, provider not bound by the Commissioner's supplier code (negated), IOPC signposting look-alike, convenience termination only, technical NAAN training only",
    "text": """
OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WEXCOMBE

SPOT PURCHASE AGREEMENT - APPROPRIATE ADULT SERVICES

Agreement no. OPCC/SP/2025/09

Parties: The Police and Crime Commissioner for Wexcombe, Force Headquarters, Ridgeway, Wexcombe WX2 9PD (the "Commissioner"); and Safe Hands Appropriate Adult Service CIC (company number 12660178), 14 Chapel Yard, Wexcombe WX1 3LT (the "Provider").

Term: 1 October 2025 to 30 September 2026. This is a spot-purchase agreement: the Commissioner does not guarantee any volume of Bookings.

1. Services
1.1 The Provider will supply trained appropriate adults to safeguard the rights and welfare of children and vulnerable adults detained or interviewed by Wexcombe Police under the Police and Criminal Evidence Act 1984 and PACE Code C.
1.2 A "Booking" is a request made by a custody sergeant or investigating officer through the Force custody booking line. The Provider shall have an appropriate adult at the custody suite within 60 minutes of a Booking between 07:00 and 23:00, and within 90 minutes overnight.

2. Prices
2.1 The Commissioner will pay £38 per hour (minimum one hour) plus mileage at 45p per mile. The Provider will invoice monthly, quoting the custody record number for each Booking.

3. Appropriate adults
3.1 The Provider shall ensure that every appropriate adult has completed the National Appropriate Adult Network's national standards training before their first Booking, and holds an enhanced DBS certificate renewed every three years.
3.2 The Provider shall not deploy as an appropriate adult any person who has been a police officer, special constable or member of police staff of Wexcombe Police within the previous two years, and shall tell the Commissioner if any person it proposes to deploy has ever been employed by Wexcombe Police.
3.3 The Provider shall ensure that no appropriate adult acts in any Booking where they know, are related to or have any personal, professional or financial connection with the detained person, any victim or any officer involved, and shall notify the custody sergeant and the Commissioner's contract officer promptly whenever a Booking is declined or reallocated for that reason.

4. Standards
4.1 The Provider shall act in accordance with the Nolan Principles (the Seven Principles of Public Life) in delivering the Services, and shall ensure that its appropriate adults do the same.
4.2 The Provider is not bound by the Commissioner's Supplier Code of Conduct, which applies only to suppliers appointed under the Commissioner's frameworks.
4.3 The Provider should tell the Commissioner if any of its directors has a family or business relationship with any officer of the Commissioner who was involved in awarding this Agreement.

5. Complaints and feedback
5.1 The Provider shall have a complaints procedure, free of charge and explained in writing to every detained person and to the parent or guardian of every child for whom it acts, for complaints about the conduct of its appropriate adults.
5.2 After each Booking the Provider shall ask the detained person (or, for a child, their parent or guardian) to complete a short feedback form, and shall include a summary of the feedback in its quarterly activity return to the Commissioner.
5.3 The Provider will provide details of complaints about its appropriate adults to the Commissioner on request.
5.4 Complaints about the conduct of police officers or police staff must be directed to Wexcombe Police Professional Standards Department or, where appropriate, the Independent Office for Police Conduct, and are not dealt with under this Agreement.

6. Activity return
6.1 The Provider shall send the Commissioner a quarterly activity return in the following format:

   Item                                   Detail
   Bookings received                      number, by custody suite
   Bookings attended within target time   number and percentage
   Bookings declined or reallocated       number and reason
   Average attendance time                minutes
   Feedback summary                       see paragraph 5.2

7. Data
7.1 The Provider shall keep custody information confidential and comply with the UK GDPR and the Data Protection Act 2018.

8. Ending the agreement
8.1 The Commissioner may end any Booking, or this Agreement, at any time without giving reasons. The Commissioner will pay for time already worked.

9. Law
9.1 This Agreement is governed by the law of England and Wales.

Signed for the Commissioner: Chief Finance Officer, OPCC
Signed for the Provider: Director, Safe Hands Appropriate Adult Service CIC
""",
    "expected": """
ES-01 pass  # para 4.1: the Provider shall act in accordance with the Nolan Principles and ensure its appropriate adults do the same
ES-02 gap  # para 4.2: 'The Provider is not bound by the Commissioner's Supplier Code of Conduct' (negated)
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 gap  # para 3.1: NAAN national standards training and DBS only (role training, ethics not named)
ES-05 gap  # absent: no whistleblowing or speaking-up route
ES-06 gap  # absent: no anti-bribery or fraud clause
ES-07 gap  # absent: no FOI or transparency co-operation (para 7.1 is confidentiality)
ES-08 gap  # absent: no audit or monitoring right
ES-09 gap  # para 8.1: Commissioner may end at any time without reasons (convenience only)
ES-10 gap  # absent: no ethics assurance or certificate
COI-01 pass  # para 3.3: no appropriate adult acts where a personal, professional or financial connection exists; notify the Commissioner promptly
COI-02 gap  # absent: no mitigation direction or termination for conflict
COI-03 gap  # absent: no gifts and hospitality clause
COI-04 pass  # para 3.2: no deployment of former police officers or staff of the Force within two years; disclose any former employment
COI-05 gap  # absent: no declarations-of-interest register
COI-06 weak  # para 4.3: the Provider 'should tell' the Commissioner about relationships with officers involved in the award (permissive)
CDM-01 pass  # para 5.1: free complaints procedure explained in writing to detained persons and parents or guardians
CDM-02 weak  # para 5.3: complaint details 'on request' only; the para 6.1 activity return has no complaint data
CDM-03 pass  # para 5.2: feedback form after each Booking with a summary in the quarterly return
CDM-04 gap  # para 5.4: IOPC and Professional Standards signposting for complaints about police (look-alike); no ombudsman co-operation by the Provider
CDM-05 gap  # absent: no analysis of complaints or feedback
CDM-06 gap  # absent: no complaint acknowledgement or response timescales (para 1.2 attendance times are service levels)
""",
})
