MD = r'''Ashby Vale Community Health NHS Trust
=====================================

Sub-contract for Community Phlebotomy Clinics (Reference AVCH/SC/2026/031)
---------------------------------------------------------------------------

<!-- Drafting note (Procurement, 9 Jan): Contractor asked to drop the Ombudsman clause. Legal view: keep co-operation but soften. The full complaints procedure clause below is commented out until the Trust's new policy is approved. -->

**Parties.** Ashby Vale Community Health NHS Trust (the "Trust") and Veinpoint Diagnostics Limited, company number 10984432 (the "Contractor").

**Background.** The Trust holds the NHS Standard Contract with Ashby Vale Integrated Care Board for community phlebotomy. The Trust sub-contracts the walk-in and housebound blood-taking clinics to the Contractor on these terms. The Trust remains responsible to the ICB for the services.


Part 1: General
===============

Definitions
-----------

"Conflict of Interest" means a situation in which a person's ability to exercise judgement in relation to the Services is, or could be seen to be, impaired by another interest they hold.[^1]

"Patient" means any person who attends, books or is referred to a clinic provided under this Sub-contract.

"Staff" means the Contractor's employees and agency workers engaged in the Services.

If there is any conflict between this Sub-contract and the Trust's service specification, this Sub-contract prevails.

The Services
------------

The Contractor shall run walk-in phlebotomy clinics at Ashby Vale, Coalbrook and Thornley health centres from 7.30 am to 4 pm on weekdays, and a housebound visiting service for Patients referred by GP practices, in accordance with Schedule 1.

The Contractor shall comply with the Trust's code of practice on the labelling and transport of samples and with the pathology laboratory's acceptance criteria.


Part 2: Conduct and integrity
=============================

Public service standards
------------------------

The Contractor shall ensure that it and its Staff act in accordance with the Seven Principles of Public Life in delivering the Services. For ease of reference, the Principles begin:

> **Selflessness.** Holders of public office should act solely in terms of the public interest.
>
> **Integrity.** Holders of public office must avoid placing themselves under any obligation to people or organisations that might try inappropriately to influence them in their work.

The Contractor shall procure that each of its sub-contractors complies with obligations equivalent to those in this Part 2.

Training
--------

The Contractor shall ensure that all Staff complete the Trust's e-learning modules on conflicts of interest, anti-bribery and Freedom to Speak Up at induction and every year afterwards, and shall send the Trust a training compliance report each quarter.

Raising concerns
----------------

Staff may raise concerns about patient safety or wrongdoing with the Trust's Freedom to Speak Up Guardian.[^2]

Bribery
-------

Section 7 of the Bribery Act 2010 provides:

> (1) A relevant commercial organisation ("C") is guilty of an offence under this section if a person ("A") associated with C bribes another person intending -
>
> (a) to obtain or retain business for C, or
>
> (b) to obtain or retain an advantage in the conduct of business for C.
>
> (2) But it is a defence for C to prove that C had in place adequate procedures designed to prevent persons associated with C from undertaking such conduct.

The Contractor is encouraged to have in place procedures of the kind described in section 7(2) quoted above.

Transparency
------------

The Contractor shall provide the Trust with all information and assistance the Trust needs to respond to any request under the Freedom of Information Act 2000 within 5 working days of the Trust's request, and shall supply the performance information the Trust publishes each quarter.

Assurance
---------

Within 20 working days of the start date, and then every year on the anniversary of the start date, the Contractor's managing director shall certify in writing to the Trust that the Contractor has complied with this Part 2 and that it has in place the structures and arrangements needed to support these ethical standards.

Breach of this Part
-------------------

If the Contractor or any of its Staff breaches this Part 2, the Trust may require the Contractor to remove the person concerned from the Services, require a rectification plan, or terminate this Sub-contract by written notice.


Part 3: Interests
=================

Where a Conflict of Interest arises in relation to the Services, the Trust may direct the Contractor to take the steps the Trust considers necessary to manage or remove it, and the Contractor shall comply with that direction; if the conflict cannot be managed, the Trust may terminate this Sub-contract.

The Contractor shall obtain from each of its directors and its clinical lead a declaration of interests, or a nil return, on appointment and each year, shall keep a register of those declarations, and shall publish on its website the name and position of any of them who has not completed a declaration or nil return.

The Contractor should refuse gifts and hospitality from suppliers of laboratory consumables.

The Contractor shall notify the Trust in writing before it engages on the Services anyone who left the Trust's employment in the previous two years, and shall ensure that person does not use confidential information obtained as a Trust employee.

The Contractor may be asked to confirm that it has no relationship with the Trust staff who evaluated its bid.


Part 4: Patients
================

The Contractor should have a procedure for Patients to complain about the clinics.

<!--
The Contractor shall operate a complaints procedure for Patients which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and is displayed in every clinic.
-->

The Contractor shall acknowledge every complaint from a Patient within 3 working days of receipt and shall send a full response within 25 working days, or such longer period as the complainant agrees.

The Contractor shall run the Friends and Family Test in every clinic and send the monthly results to the Trust's patient experience team.

Each quarter the Contractor shall review complaints and Friends and Family Test comments for themes, agree an improvement plan with the Trust where the recommend score falls below 90%, and report on the lessons learned at the contract review meeting.

Where the Parliamentary and Health Service Ombudsman investigates a complaint about the Services, the Contractor should co-operate with the Trust in preparing its response.

Staff grievances are dealt with under the Contractor's employment policies, which the Trust does not review.


Part 5: Records and ending
==========================

The Trust may audit the Contractor's invoices and activity data against the prices in Schedule 2 on reasonable notice.

Either party may terminate this Sub-contract on three months' written notice.

This Sub-contract is governed by the law of England.

[^1]: The same expression is used in the Trust's own Standards of Business Conduct policy, which applies to Trust employees.
[^2]: The Guardian can be contacted through the Trust intranet. The Contractor does not need to provide its own route.
'''

C04 = {
    "file": "c04-community-phlebotomy-subcontract-nhs.md", "tool": "md", "md": MD,
    "hidden": ["Contractor asked to drop the Ombudsman clause", "The Contractor shall operate a complaints procedure for Patients which complies"],
    "subject": "NHS sub-contract: walk-in and housebound community phlebotomy clinics",
    "parties": "England; Ashby Vale Community Health NHS Trust (the Trust); Veinpoint Diagnostics Limited (the Contractor)",
    "shapes": "Setext headings (= for parts, - for clause titles) and untyped numbering; block quotes of the Seven Principles and of Bribery Act 2010 s.7; footnotes (one narrowing the speaking-up route); HTML comments holding a drafting note and a commented-out complaints procedure; Conflict of Interest definition-only and precedence 'conflict' decoys; sample-handling code of practice decoy; financial-only audit; hedges ('should', 'is encouraged to', 'where practicable', 'may be asked to')",
    "expected": """
ES-01 pass  # Part 2, Public service standards: "act in accordance with the Seven Principles of Public Life in delivering the Services" (the block quote itself is quoted guidance)
ES-02 gap  # only the Trust's "code of practice on the labelling and transport of samples" (The Services) and the Trust's own Standards of Business Conduct (footnote 1)
ES-03 pass  # Part 2, Public service standards: "shall procure that each of its sub-contractors complies with obligations equivalent to those in this Part 2"
ES-04 pass  # Part 2, Training: "e-learning modules on conflicts of interest, anti-bribery and Freedom to Speak Up at induction and every year"
ES-05 weak  # Part 2, Raising concerns: "Staff may raise concerns" with the Trust's Guardian; footnote 2 says "The Contractor does not need to provide its own route"
ES-06 weak  # Part 2, Bribery: "The Contractor is encouraged to have in place procedures" (the block quote of section 7 is the statute, not a duty)
ES-07 pass  # Part 2, Transparency: assistance "to respond to any request under the Freedom of Information Act 2000"
ES-08 gap  # Part 5: "The Trust may audit the Contractor's invoices and activity data" - financial only
ES-09 pass  # Part 2, Breach of this Part: "the Trust may require the Contractor to remove the person concerned" or terminate
ES-10 pass  # Part 2, Assurance: "shall certify in writing to the Trust that the Contractor has complied with this Part 2"
COI-01 gap  # "Conflict of Interest" appears only in the definition in Part 1 and the precedence sentence ("If there is any conflict between this Sub-contract"); no duty to avoid or notify
COI-02 pass  # Part 3 first paragraph: "the Trust may direct the Contractor to take the steps the Trust considers necessary to manage or remove it" and may terminate
COI-03 weak  # Part 3: "The Contractor should refuse gifts and hospitality" ('should')
COI-04 pass  # Part 3: "shall notify the Trust in writing before it engages on the Services anyone who left the Trust's employment in the previous two years"
COI-05 pass  # Part 3: "a declaration of interests, or a nil return" with register and website publication
COI-06 weak  # Part 3: "The Contractor may be asked to confirm that it has no relationship with the Trust staff who evaluated its bid"
CDM-01 weak  # Part 4: "The Contractor should have a procedure for Patients to complain" (the full procedure is inside an HTML comment, not contract text)
CDM-02 gap  # no complaint data reported to the Trust; only FFT results (monthly) and a quarterly review meeting in Part 4
CDM-03 pass  # Part 4: "shall run the Friends and Family Test in every clinic and send the monthly results"
CDM-04 weak  # Part 4: with the "Parliamentary and Health Service Ombudsman" the Contractor "should co-operate with the Trust"
CDM-05 pass  # Part 4: "review complaints and Friends and Family Test comments for themes" and "report on the lessons learned"
CDM-06 pass  # Part 4: "acknowledge every complaint from a Patient within 3 working days of receipt"
""",
}
