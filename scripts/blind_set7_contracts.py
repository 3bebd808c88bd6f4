"""Blind evaluation set 7: contract texts and verdicts (data only).

Rendered by scripts/make-blind-set7.py into fixtures/blind/set7/.

Written blind from sections 1 and 2 of the rule catalogue only.

Markup used in ``text`` (one block per line; blank lines ignored):
  "= "  title                      "# "  heading
  "> "  table-of-contents line     "* "  list item of the preceding paragraph (lead-in)
  "|"   table row, cells split on " | " (first row is the header row)
  "~ "  heading numbered only by numbering.xml (DOCX); "~~ " paragraph numbered the same way
  anything else: a paragraph.
Inline: [[ins:...]] tracked insertion (contract text), [[del:...]] tracked deletion (not
contract text), [[com:...]] comment/annotation (not contract text), [[fn:...]] footnote,
"¦" splits a run mid-word (no character is added).

``verdicts`` is the NAME.expected file, 22 lines in rule order.
"""

CONTRACTS = []


def contract(**kw):
    CONTRACTS.append(kw)


# ---------------------------------------------------------------------------
contract(
    name="c01_prison_catering",
    fmt="txt",
    build="text",
    setting="HMPPS prison catering call-off (UK central government, CCS-style core terms)",
    parties="Buyer / Supplier",
    features="clauses 6 to 10 named by range for flow-down, audit, termination and certificate; "
    "'Hospitality and Meetings' catering service line (decoy); generic 'appropriately trained'",
    text=r'''
= CALL-OFF CONTRACT FOR PRISON CATERING SERVICES
Contract reference: HMPPS-CAT-2025-014
# 1. Parties
1.1 This Call-Off Contract is made between the Secretary of State for Justice acting through HM Prison and Probation Service (the "Buyer") and Northgate Kitchen Services Limited, a company registered in England and Wales under number 08812345 (the "Supplier").
1.2 The Supplier was awarded this Call-Off Contract following a further competition under the Buyer's food services framework.
# 2. Definitions
2.1 In this Call-Off Contract the following definitions apply.
2.2 "Establishments" means the prisons listed in Annex 1.
2.3 "Service Users" means the prisoners held at the Establishments who receive meals under this Call-Off Contract.
2.4 "Supplier Staff" means all persons employed or engaged by the Supplier or any Sub-contractor in delivering the Services.
2.5 "Prescribed Person" means a person prescribed for the purposes of section 43F of the Employment Rights Act 1996.
2.6 "Working Day" means a day other than a Saturday, Sunday or bank holiday in England.
# 3. The Services
3.1 The Supplier shall provide catering services at each Establishment, including menu planning, ordering of provisions, kitchen management and the supervision of prisoner kitchen workers.
3.2 The Supplier shall meet the religious, cultural and medical dietary requirements of Service Users and shall offer a pre-select menu at least one week in advance.
3.3 The Services include a Hospitality and Meetings service line under which the Supplier provides refreshments for official visits and staff training days at an agreed price per head.
3.4 The Supplier shall ensure that all Supplier Staff are appropriately trained and qualified to carry out their duties and hold a valid food hygiene certificate.
# 4. Price and payment
4.1 The Buyer shall pay the Charges set out in Annex 2 monthly in arrears against a valid invoice.
4.2 The Buyer shall pay each undisputed invoice within 30 days of receipt.
4.3 The Supplier shall submit a usage statement for each Establishment with each invoice.
# 5. Term
5.1 This Call-Off Contract starts on 1 April 2025 and ends on 31 March 2029 unless terminated earlier.
# 6. Ethical standards
6.1 The Supplier shall comply with, and shall ensure that Supplier Staff comply with, the Seven Principles of Public Life in delivering the Services.
6.2 The Supplier shall meet the standards set out in the HM Government Supplier Code of Conduct as updated from time to time.
6.3 The Supplier shall procure that its Sub-contractors comply with obligations equivalent to those in clauses 6 to 10.
6.4 Within 20 Working Days of the Start Date, and then annually, the Supplier shall certify in writing to the Buyer that it and its Sub-contractors have complied with clauses 6 to 10, and the Supplier warrants that it has in place, and will maintain, the structures and arrangements necessary to support those standards.
# 7. Speaking up
7.1 The Supplier and Supplier Staff must report to the Buyer any actual or suspected breach of Law or of clauses 6 to 10.
7.2 The Supplier must not retaliate against any Supplier Staff who in good faith report a breach to the Buyer or to a Prescribed Person.
# 8. Prohibited Acts
8.1 The Supplier must not commit, and must ensure that Supplier Staff do not commit, any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Call-Off Contract.
8.2 The Supplier shall create, maintain and enforce adequate policies and procedures to prevent any such offence.
8.3 The Supplier shall immediately notify the Buyer if it becomes aware of any breach of clause 8.1 or of any investigation relating to it.
# 9. Conflicts of interest
9.1 The Supplier must take action to ensure that neither the Supplier nor Supplier Staff are placed in the position of an actual or potential conflict of interest in delivering the Services.
9.2 The Supplier must promptly notify and provide details to the Buyer if a conflict of interest happens or is expected to happen.
9.3 The Buyer can terminate this Call-Off Contract immediately by notice, or take any steps it thinks are necessary, where there is or may be an actual conflict of interest.
9.4 The Supplier shall obtain a declaration of interests, or a nil return, from each of its Decision-Making Staff on appointment and annually, shall keep them in a register of interests and shall give a copy of the register to the Buyer at each annual review.
9.5 The Supplier confirms that it has disclosed to the Buyer any relationship with any person involved in the procurement of this Call-Off Contract, and shall keep that disclosure current.
# 10. Former Crown servants
10.1 The Supplier shall not engage, without the Buyer's prior written consent, any person who within the preceding 24 months was a Crown servant employed by the Buyer in a role connected with the procurement or management of the Services.
10.2 The Supplier shall ensure that any former Crown servant it engages observes any conditions imposed under the Business Appointment Rules.
# 11. Transparency
11.1 The Supplier shall provide full co-operation and the information needed so the Buyer can publish the Transparency Information and comply with any request under the Freedom of Information Act 2000.
# 12. Monitoring and audit
12.1 The Supplier shall allow any Auditor access to its premises, records and Supplier Staff to verify compliance with clauses 6 to 10.
12.2 Compliance with clauses 6 to 10 shall be a standing item at the quarterly contract review meeting.
# 13. Service User complaints and feedback
13.1 The Supplier shall operate a food complaints procedure at each Establishment through which Service Users can complain about meals using the prison complaint forms, and shall publicise it on every residential wing.
13.2 The Supplier shall acknowledge each complaint within 3 Working Days and provide a written response within 10 Working Days, explaining any delay.
13.3 The Supplier shall include the number of complaints received, upheld and not upheld, with the action taken, in its monthly performance report to the Buyer.
13.4 The Supplier shall conduct a food satisfaction survey of Service Users at each Establishment every six months and report the results to the Buyer.
13.5 The Supplier shall co-operate with any investigation by the Prisons and Probation Ombudsman into a complaint about the Services and shall implement any recommendation that the Buyer accepts.
13.6 Where survey results fall below the agreed satisfaction level or complaints show a recurring theme, the Supplier shall investigate the root cause and produce an action plan for agreement with the Buyer.
# 14. Termination
14.1 The Buyer may terminate this Call-Off Contract for a Default of clauses 6 to 10, or where the Supplier or its Affiliates embarrass or bring the Buyer into disrepute or diminish public trust in it.
14.2 The Buyer may require the Supplier to replace any person whose acts or omissions have caused the Supplier to breach clause 8.
14.3 Either party may terminate this Call-Off Contract if the other becomes insolvent.
# 15. Data protection
15.1 The Supplier shall process Personal Data only on the Buyer's documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018.
15.2 The Supplier shall notify the Buyer without undue delay on becoming aware of a Personal Data Breach.
# 16. Insurance
16.1 The Supplier shall hold public liability insurance of not less than £10 million and employer's liability insurance of not less than £5 million.
# 17. Governing law
17.1 This Call-Off Contract is governed by the law of England and Wales, and the courts of England and Wales have exclusive jurisdiction.
''',
    verdicts=r'''
ES-01 pass  # cl.6.1: the Supplier shall comply with, and ensure Supplier Staff comply with, the Seven Principles of Public Life
ES-02 pass  # cl.6.2: the Supplier shall meet the standards set out in the HM Government Supplier Code of Conduct
ES-03 pass  # cl.6.3 (in the ethics clause): shall procure that its Sub-contractors comply with obligations equivalent to clauses 6 to 10
ES-04 weak  # cl.3.4: Staff "appropriately trained and qualified" plus a food hygiene certificate only; no ethics topic named
ES-05 pass  # cl.7.1-7.2: Supplier and Staff must report suspected breaches to the Buyer; must not retaliate against good-faith reporters incl. to a Prescribed Person
ES-06 pass  # cl.8.1-8.3: must not commit Bribery Act 2010 / Fraud Act 2006 offences; adequate procedures; immediate notice of breach or investigation
ES-07 pass  # cl.11.1: full co-operation so the Buyer can publish the Transparency Information and answer FOIA requests
ES-08 pass  # cl.12.1-12.2: any Auditor given access to verify compliance with clauses 6 to 10 (the ethics clauses); standing item at contract review
ES-09 pass  # cl.14.1-14.2: termination for a Default of clauses 6 to 10 or for disrepute; replacement of persons causing a breach of clause 8
ES-10 pass  # cl.6.4: written certificate within 20 Working Days and annually of compliance with clauses 6 to 10, plus warranty of supporting structures
COI-01 pass  # cl.9.1-9.2: must ensure neither Supplier nor Staff is in an actual or potential conflict of interest; must promptly notify the Buyer
COI-02 pass  # cl.9.3: the Buyer can terminate or take any steps it thinks necessary where there is or may be a conflict of interest
COI-03 gap  # only cl.3.3: "Hospitality and Meetings" catering service line (catalogue decoy); no gifts or hospitality control
COI-04 pass  # cl.10.1-10.2: no engagement of a Crown servant employed within 24 months in a connected role without consent; Business Appointment Rules conditions observed
COI-05 pass  # cl.9.4: declarations of interests or nil returns from Decision-Making Staff on appointment and annually, kept in a register given to the Buyer
COI-06 pass  # cl.9.5: confirms it disclosed any relationship with any person involved in the procurement and will keep that disclosure current
CDM-01 pass  # cl.13.1: operate and publicise a food complaints procedure for Service Users (prisoners)
CDM-02 pass  # cl.13.3: complaints received, upheld and not upheld and action taken in the monthly performance report to the Buyer
CDM-03 pass  # cl.13.4: six-monthly food satisfaction survey of Service Users, results reported to the Buyer
CDM-04 pass  # cl.13.5: co-operate with Prisons and Probation Ombudsman investigations and implement recommendations the Buyer accepts
CDM-05 pass  # cl.13.6: investigate root cause and produce an action plan where satisfaction falls below the agreed level or complaints recur
CDM-06 pass  # cl.13.2: acknowledge within 3 Working Days, written response within 10 Working Days, delay explained
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c02_stop_smoking",
    fmt="txt",
    build="text",
    setting="London borough community stop smoking service (local council, public health)",
    parties="Council / Provider",
    features="Council members bound by Nolan (wrong party); council officers' declarations (buyer-side); "
    "DP-only flow-down; TUPE 'former employees' (decoy); permissive and reasonable-endeavours clauses",
    text=r'''
= LONDON BOROUGH OF ASHFIELD
CONTRACT FOR THE PROVISION OF A COMMUNITY STOP SMOKING SERVICE
# 1. PARTIES
1.1 This Contract is made on 3 March 2025 between the Mayor and Burgesses of the London Borough of Ashfield (the "Council") and Clearbreath Health CIC, a community interest company registered under number 11223344 (the "Provider").
# 2. DEFINITIONS
2.1 "Service" means the community stop smoking service described in clause 3.
2.2 "Service User" means any person aged 12 or over who lives, works or is registered with a GP in the borough and uses the Service.
2.3 "Staff" means all employees, volunteers and agents of the Provider engaged in the Service.
2.4 "Quit" means a Service User who has not smoked for four weeks after the agreed quit date, confirmed by a carbon monoxide reading.
# 3. THE SERVICE
3.1 The Provider shall deliver behavioural support and stop smoking medication to Service Users from at least six community venues and by telephone.
3.2 The Provider shall offer a first appointment within 5 working days of referral.
3.3 The Provider shall give priority to pregnant smokers, people with serious mental illness and routine and manual workers.
3.4 The Provider shall achieve a four-week quit rate of at least 45 per cent of Service Users who set a quit date.
# 4. PAYMENT
4.1 The Council shall pay the Provider a fixed annual sum of £310,000 in quarterly instalments in arrears, plus £150 for each validated Quit.
4.2 The Council shall pay valid invoices within 30 days.
# 5. DURATION AND TERMINATION
5.1 This Contract runs from 1 April 2025 to 31 March 2028 and may be extended by up to two years.
5.2 The Council may terminate this Contract by written notice if the Provider commits a material breach which is not remedied within 30 days of notice.
5.3 Either party may terminate this Contract on six months' written notice.
# 6. STANDARDS OF CONDUCT
6.1 The Council's elected members and officers are bound by the Seven Principles of Public Life under the Council's Constitution.
6.2 The Provider shall adopt and maintain a written code of conduct for its Staff and shall supply a copy to the Council before the Service starts.
6.3 The Provider shall ensure that all Staff receive induction and annual refresher training on its code of conduct, conflicts of interest and anti-bribery, and shall keep training records which shall be made available to the Council.
6.4 The Provider shall maintain a whistleblowing policy under which Staff can raise concerns in confidence, including directly with the Council, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith under the Public Interest Disclosure Act 1998.
# 7. BRIBERY AND FRAUD
7.1 The Provider shall not offer, give or accept any bribe and shall comply with the Bribery Act 2010.
7.2 The Provider shall maintain adequate procedures to prevent bribery and fraud by its Staff and shall notify the Council immediately of any suspected fraud or bribery connected with this Contract.
# 8. CONFLICTS OF INTEREST, GIFTS AND HOSPITALITY
8.1 The Provider shall avoid any actual or potential conflict of interest between its own interests, or those of its Staff, and the delivery of the Service, and shall notify the Council in writing as soon as it becomes aware of any such conflict.
8.2 Where a conflict of interest arises, the Provider should take reasonable steps to manage it.
8.3 The Provider shall not offer or give any gift or hospitality to any officer of the Council, and shall record in a gifts and hospitality register all gifts and hospitality offered to or received by its Staff in connection with the Service.
8.4 Council officers involved in commissioning the Service have completed declarations of interest which are held in the Council's register of interests.
# 9. SERVICE USER COMPLAINTS AND FEEDBACK
9.1 The Provider shall establish, operate and publicise a complaints procedure for Service Users which is free, accessible in community languages and complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009.
9.2 The Provider shall acknowledge each complaint within 3 working days and send a full response within 20 working days, explaining in writing any delay.
9.3 The Provider shall submit a quarterly complaints return to the Council showing complaints received, upheld, partially upheld and not upheld, and the time taken to respond.
9.4 The Provider shall survey Service Users at the end of their treatment on their satisfaction with the Service and report the results to the Council each quarter.
9.5 The Provider shall co-operate with any investigation by the Local Government and Social Care Ombudsman and shall implement any remedy the Ombudsman recommends.
9.6 The Provider is encouraged to identify themes from complaints and survey results and to share any lessons learned with the Council.
# 10. INFORMATION AND RECORDS
10.1 The Provider shall use reasonable endeavours to assist the Council in responding to any request for information under the Freedom of Information Act 2000.
10.2 The Provider shall allow the Council, on reasonable notice, to inspect its records relating to the Service.
10.3 The Provider shall keep clinical records for eight years after the end of treatment.
# 11. SUB-CONTRACTING
11.1 The Provider shall not sub-contract any part of the Service without the Council's prior written consent.
11.2 The Provider shall impose on each Sub-contractor who processes Personal Data obligations equivalent to those in clause 12.
# 12. DATA PROTECTION
12.1 The Provider is a processor acting on behalf of the Council and shall process Personal Data only on the Council's written instructions and in accordance with the UK GDPR.
12.2 The Provider shall notify the Council within 24 hours of becoming aware of a personal data breach.
# 13. STAFF TRANSFER
13.1 Where the Transfer of Undertakings (Protection of Employment) Regulations 2006 apply, the Provider shall accept the transfer of the former employees of the outgoing provider and shall indemnify the Council against any resulting employment liabilities.
# 14. INSURANCE
14.1 The Provider shall maintain public liability insurance of £5 million, employer's liability insurance of £10 million and medical malpractice insurance of £5 million.
# 15. GOVERNING LAW
15.1 This Contract is governed by the law of England and Wales.
''',
    verdicts=r'''
ES-01 gap  # only cl.6.1: the Council's members and officers are bound by the Seven Principles (authority's own people; wrong party)
ES-02 pass  # cl.6.2: the Provider shall adopt and maintain a written code of conduct for its Staff
ES-03 gap  # only cl.11.2: flow-down of data-protection obligations (catalogue decoy); no ethical flow-down
ES-04 pass  # cl.6.3: induction and annual refresher training on the code of conduct, conflicts of interest and anti-bribery; records available to the Council
ES-05 pass  # cl.6.4: whistleblowing policy, concerns raised in confidence incl. with the Council, no detriment (PIDA 1998)
ES-06 pass  # cl.7.1-7.2: no bribes, Bribery Act 2010; adequate procedures against bribery and fraud; immediate notice of suspicions
ES-07 weak  # cl.10.1: only "reasonable endeavours to assist" with FOIA requests
ES-08 weak  # cl.10.2: general right to inspect records; neither ethics nor the ethics clauses named
ES-09 weak  # cl.5.2: termination for unremedied material breach only; no ethics link (cl.5.3 is convenience)
ES-10 gap  # absent: no assurance statement or periodic certificate
COI-01 pass  # cl.8.1: avoid actual or potential conflicts (own and Staff's) and notify the Council in writing
COI-02 weak  # cl.8.2: the Provider "should take reasonable steps to manage" a conflict (permissive); no Council direction or termination
COI-03 pass  # cl.8.3: no gifts or hospitality to Council officers; gifts and hospitality register of offers and receipts
COI-04 gap  # only cl.13.1: TUPE transfer of "former employees of the outgoing provider" (catalogue decoy); no revolving-door clause
COI-05 gap  # only cl.8.4: Council officers' declarations in the Council's register (buyer-side control, wrong party)
COI-06 gap  # absent: no award-stage disclosure of relationships
CDM-01 pass  # cl.9.1: free, accessible, publicised Service User complaints procedure complying with the 2009 Regulations
CDM-02 pass  # cl.9.3: quarterly complaints return (received, upheld, partially upheld, not upheld, time to respond)
CDM-03 pass  # cl.9.4: end-of-treatment satisfaction survey of Service Users reported to the Council quarterly
CDM-04 pass  # cl.9.5: co-operate with LGSCO investigations and implement any remedy recommended
CDM-05 weak  # cl.9.6: "is encouraged to identify themes ... and share lessons learned" (permissive only)
CDM-06 pass  # cl.9.2: acknowledge within 3 working days, full response within 20 working days, delay explained
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c03_coroner_post_mortem",
    fmt="txt",
    build="text",
    setting="County council post-mortem examination and mortuary services for the coroner",
    parties="Authority / Contractor",
    features="'Complaint' defined as the Authority's own complaint; conflict-or-inconsistency precedence; "
    "HTA codes of practice; financial-only audit; staff-only survey; public-statement gag; "
    "register of interests disapplied; exclusion-ground confirmation; CEDR mediation",
    text=r'''
= POST-MORTEM EXAMINATION AND MORTUARY SERVICES CONTRACT
between Westmarch County Council and Meridian Forensic Pathology LLP
# 1. Parties and background
1.1 This Contract is dated 12 February 2025 and is made between Westmarch County Council of County Hall, Westmarch (the "Authority") and Meridian Forensic Pathology LLP, a limited liability partnership registered under number OC412233 (the "Contractor").
1.2 The Authority funds the coroner service for the Westmarch coroner area and procures post-mortem examinations on the instruction of the Senior Coroner.
# 2. Definitions and interpretation
2.1 "Complaint" means any formal complaint raised by the Authority in relation to the performance of the Contractor's obligations under this Contract.
2.2 "Examination" means a post-mortem examination directed or requested by the Senior Coroner under section 14 of the Coroners and Justice Act 2009.
2.3 "HTA" means the Human Tissue Authority.
2.4 "Staff" means all pathologists, anatomical pathology technologists and other personnel engaged by the Contractor.
2.5 "Working Day" means Monday to Friday excluding public holidays in England.
2.6 In the event of any conflict or inconsistency between the Clauses and the Schedules, the Clauses prevail.
# 3. Services
3.1 The Contractor shall carry out each Examination within two Working Days of instruction and shall deliver a written report to the Senior Coroner within 10 Working Days of the Examination.
3.2 The Contractor shall provide body storage for at least 60 deceased persons at its licensed premises and shall maintain its HTA licence throughout the Term.
3.3 The Contractor shall offer non-invasive post-mortem imaging where the Senior Coroner directs it.
3.4 The Contractor shall treat the deceased with dignity and shall accommodate, where practicable, requests by bereaved families for release of the body within religious timescales.
3.5 The Contractor shall comply with the HTA Codes of Practice and standards.
3.6 The Contractor shall ensure that all anatomical pathology technologists are trained in accordance with the HTA Codes of Practice, and that all Staff complete annual manual handling and infection control training.
# 4. Charges and payment
4.1 The Authority shall pay a fee of £1,150 per routine Examination and £2,400 per forensic-standard Examination.
4.2 The Contractor shall invoice monthly, and the Authority shall pay each undisputed invoice within 30 days of receipt.
4.3 The Contractor shall respond to any Complaint within 10 Working Days and shall meet the Authority's contract manager to agree corrective action.
# 5. Term and termination
5.1 This Contract starts on 1 April 2025 and continues for three years.
5.2 The Authority may terminate this Contract with immediate effect by notice if the Contractor breaches clause 8 or clause 9, or if the Contractor's HTA licence is suspended or revoked.
5.3 The Authority may terminate this Contract for convenience on three months' notice.
# 6. Confidentiality and public statements
6.1 Each party shall keep confidential all information relating to deceased persons and their families.
6.2 The Contractor shall ensure that Staff do not make any public statement about the Services or any Examination without the Authority's prior written approval.
# 7. Freedom of information
7.1 The Contractor shall provide all information reasonably requested by the Authority within 5 Working Days so that the Authority can comply with the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
# 8. Ethical standards
8.1 The Contractor shall act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership in delivering the Services.
8.2 The Contractor shall use reasonable endeavours to ensure that any Sub-contractor complies with this clause 8.
8.3 The Contractor shall not offer or give any gift or hospitality to the Senior Coroner, any coroner's officer or any officer of the Authority, and shall keep a written record of all gifts and hospitality offered to its Staff by funeral directors or other third parties.
8.4 The Contractor shall notify the Authority before engaging any person who within the previous two years was an officer of the Authority involved in commissioning the Services, and shall ensure that such person does not use any confidential information obtained in that office.
8.5 The Contractor is not required to maintain a register of interests for the purposes of this Contract.
# 9. Bribery and fraud
9.1 The Contractor shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract and shall maintain adequate procedures to prevent such offences.
9.2 The Contractor shall immediately notify the Authority of any suspected bribery or fraud by its Staff.
9.3 Within 20 Working Days of the start date, and then annually, the Contractor shall certify in writing to the Authority that it has complied with clause 9.1.
# 10. Records and audit
10.1 The Contractor shall keep full financial records of all Examinations charged and shall allow the Authority's internal auditors to inspect them to verify the Charges.
10.2 The Contractor shall conduct an annual survey of its Staff on workload and wellbeing and share the headline results with the Authority.
# 11. Eligibility
11.1 The Contractor confirms that none of its members has been convicted of any offence listed in regulation 57 of the Public Contracts Regulations 2015.
# 12. Data protection
12.1 The Contractor shall process the personal data of deceased persons' relatives only for the purposes of this Contract and in accordance with the UK GDPR and the Data Protection Act 2018.
12.2 The Contractor shall keep Examination reports and tissue records securely for the periods set by the HTA.
# 13. Insurance
13.1 The Contractor shall maintain professional indemnity insurance of at least £5 million and public liability insurance of at least £5 million.
# 14. Disputes
14.1 Any dispute shall first be referred to the parties' contract managers and, if not resolved within 20 Working Days, to mediation under the CEDR Model Mediation Procedure.
# 15. Governing law
15.1 This Contract is governed by the law of England and Wales and the parties submit to the exclusive jurisdiction of the courts of England and Wales.
''',
    verdicts=r'''
ES-01 pass  # cl.8.1: the Contractor shall act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership (all seven principle words, one sentence)
ES-02 gap  # only cl.3.5: HTA Codes of Practice (technical code of practice, catalogue decoy); no code of conduct
ES-03 weak  # cl.8.2: only "reasonable endeavours to ensure that any Sub-contractor complies with this clause 8" (ethics clause)
ES-04 gap  # only cl.3.6: HTA technical, manual handling and infection control training (catalogue decoy); no ethics training
ES-05 gap  # absent; cl.6.2 only forbids Staff public statements (gagging wording, catalogue decoy); no speaking-up route
ES-06 pass  # cl.9.1-9.2: no Bribery Act 2010 / Fraud Act 2006 offences; adequate procedures; immediate notice of suspected bribery or fraud
ES-07 pass  # cl.7.1: provide information within 5 Working Days so the Authority can comply with FOIA and the EIR
ES-08 gap  # only cl.10.1: internal audit of financial records to verify the Charges (financial-only audit, catalogue decoy)
ES-09 pass  # cl.5.2: immediate termination if the Contractor breaches clause 8 (Ethical standards) or clause 9 (Bribery and fraud)
ES-10 weak  # cl.9.3: start and annual certificate covers clause 9.1 (anti-bribery) only: one-topic certificate; no structures undertaking
COI-01 gap  # only cl.2.6: "conflict or inconsistency between the Clauses and the Schedules" (precedence decoy); no conflict-of-interest duty
COI-02 gap  # absent: no conflict management, direction or termination for conflict
COI-03 pass  # cl.8.3: no gifts or hospitality to the coroner or Authority officers; written record of gifts and hospitality offered to Staff
COI-04 pass  # cl.8.4: notify before engaging anyone who within two years was an Authority officer involved in commissioning; no use of information from office
COI-05 gap  # cl.8.5: "is not required to maintain a register of interests" (negation)
COI-06 gap  # only cl.11.1: exclusion-ground self-declaration on convictions (catalogue decoy); no disclosure of relationships at award
CDM-01 gap  # only cl.2.1/4.3: "Complaint" is the Authority's own complaint about performance (catalogue decoy); no service-user complaints procedure
CDM-02 gap  # absent: no complaint reporting to the Authority
CDM-03 gap  # only cl.10.2: annual survey of the Contractor's own Staff (staff-only survey, catalogue decoy)
CDM-04 gap  # only cl.14.1: dispute resolution with the Authority by CEDR mediation (catalogue decoy); no Ombudsman
CDM-05 gap  # absent: no analysis or learning from complaints
CDM-06 gap  # only cl.4.2 (30-day payment) and cl.4.3 (10 Working Days for the Authority's own Complaint): decoys; no service-user complaint timescales
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c04_nsw_victims_counselling",
    fmt="txt",
    build="text",
    setting="New South Wales (Australia) Department of Communities and Justice, victims counselling services agreement",
    parties="Department / Service Provider",
    features="non-UK (NSW law, GIPA Act, ICAC, PID Act 2022, NSW Ombudsman); 'integrity of Client data' (decoy); "
    "no Seven Principles",
    text=r'''
= SERVICES AGREEMENT: VICTIMS SUPPORT COUNSELLING SERVICES
Agreement No. DCJ-VS-2025-031
# 1. Parties
1.1 This Agreement is made between the State of New South Wales acting through the Department of Communities and Justice (the "Department") and Harbourside Trauma Counselling Ltd, ABN 11 222 333 444 (the "Service Provider").
# 2. Definitions
2.1 "Client" means a victim of a violent crime in New South Wales who is referred to the Service Provider by Victims Services and receives counselling under this Agreement.
2.2 "GIPA Act" means the Government Information (Public Access) Act 2009 (NSW).
2.3 "Personnel" means the Service Provider's employees, contractors, volunteers and agents.
2.4 "Business Day" means a day other than a Saturday, Sunday or public holiday in Sydney.
# 3. Services
3.1 The Service Provider shall provide up to 22 hours of trauma-informed counselling to each Client approved by Victims Services.
3.2 The Service Provider shall offer each Client a first session within 10 Business Days of approval, in person or by video.
3.3 The Service Provider shall use only counsellors who are approved under the Victims Rights and Support Act 2013 (NSW).
3.4 The Service Provider shall maintain the integrity of Client data entered in the Department's data collection system.
# 4. Price and payment
4.1 The Department shall pay the Service Provider $145 (GST exclusive) per counselling hour delivered, monthly in arrears.
4.2 The Department shall pay each correctly rendered tax invoice within 20 Business Days.
# 5. Term
5.1 This Agreement commences on 1 July 2025 and expires on 30 June 2028 unless terminated earlier.
# 6. Ethical conduct
6.1 The Service Provider shall comply with the NSW Government Supplier Code of Conduct and shall ensure that its Personnel do so.
6.2 The Service Provider shall ensure that all Personnel complete induction and annual refresher training on the Supplier Code of Conduct, conflicts of interest, corrupt conduct and reporting wrongdoing, and shall keep training records for inspection by the Department.
6.3 The Service Provider shall include in each subcontract obligations no less onerous than those in clauses 6 to 8 and shall enforce them.
6.4 The Service Provider shall maintain an internal reporting policy that allows Personnel to make protected disclosures, including to the Department or the NSW Ombudsman, and shall ensure that no person suffers detriment for making a disclosure under the Public Interest Disclosures Act 2022 (NSW).
6.5 The Service Provider shall not offer any inducement or reward to any Department employee, shall maintain adequate anti-corruption and fraud control procedures, and shall notify the Department and, where required, the Independent Commission Against Corruption of any suspected corrupt conduct connected with this Agreement.
6.6 By 31 July each year the Service Provider shall give the Department an annual compliance statement, signed by its chair, certifying that it has complied with clauses 6 to 8 and that it has in place the governance arrangements needed to support them.
# 7. Conflicts of interest
7.1 The Service Provider confirms that it has disclosed to the Department any relationship with any Department officer involved in the procurement of this Agreement and shall keep that disclosure up to date.
7.2 The Service Provider shall avoid any situation in which its interests, or the personal, professional or financial interests of its Personnel, conflict or may conflict with its obligations under this Agreement, and shall notify the Department in writing promptly if such a conflict arises.
7.3 The Service Provider shall take the steps the Department directs to manage or remove any conflict, and the Department may terminate this Agreement if the conflict cannot be resolved to its satisfaction.
7.4 The Service Provider shall keep a register of interests containing an annual declaration of interests, or a nil declaration, from each member of its board and senior management, and shall provide the register to the Department with each annual compliance statement.
# 8. Gifts and benefits
8.1 The Service Provider shall not offer any gift, benefit or hospitality to any Department employee and shall record any gifts, benefits or hospitality offered to its Personnel by Clients or third parties in a gifts register.
# 9. Public access to information
9.1 The Service Provider shall provide the Department with any information it needs to comply with the GIPA Act, including contract information the Department must publish on its government contracts register, and shall assist promptly with any access application.
# 10. Monitoring
10.1 The Department may audit and monitor the Service Provider's compliance with clauses 6 to 8, including by inspecting the registers and training records, and the Service Provider's ethical performance will be reviewed at each six-monthly contract meeting.
# 11. Client complaints and feedback
11.1 The Service Provider shall maintain a complaints policy that is free to use, publicised to all Clients and available in any language through an interpreter.
11.2 The Service Provider shall acknowledge each complaint within 2 Business Days and resolve it within 15 Business Days or explain the delay to the complainant.
11.3 The Service Provider shall report to the Department each quarter the number of complaints received, their outcomes and the time taken to resolve them.
11.4 The Service Provider shall invite every Client to complete a client feedback survey at the end of counselling and shall include the results in its quarterly report to the Department.
11.5 The Service Provider shall analyse complaints and feedback for trends, identify root causes and agree an improvement plan with the Department where results fall below the agreed targets.
11.6 The Service Provider shall co-operate fully with the NSW Ombudsman in any investigation of a complaint about the Services and shall implement any recommendation the Department accepts.
# 12. Termination
12.1 The Department may terminate this Agreement immediately by notice if the Service Provider breaches clause 6, 7 or 8 or engages in corrupt conduct, and may require the removal of any Personnel involved.
12.2 The Department may terminate this Agreement for convenience on 60 days' notice.
# 13. Privacy
13.1 The Service Provider shall comply with the Privacy and Personal Information Protection Act 1998 (NSW) and the Health Records and Information Privacy Act 2002 (NSW) as if it were a public sector agency.
# 14. Insurance
14.1 The Service Provider shall maintain public liability insurance of $20 million, professional indemnity insurance of $5 million and workers compensation insurance as required by law.
# 15. Governing law
15.1 This Agreement is governed by the laws of New South Wales.
''',
    verdicts=r'''
ES-01 gap  # absent: no Seven Principles or named public-life standards; only cl.3.4 "integrity of Client data" (data integrity decoy)
ES-02 pass  # cl.6.1: comply with the NSW Government Supplier Code of Conduct and ensure Personnel do so
ES-03 pass  # cl.6.3: each subcontract to carry obligations no less onerous than clauses 6 to 8 (the ethics clauses), enforced
ES-04 pass  # cl.6.2: induction and annual training on the Supplier Code of Conduct, conflicts, corrupt conduct and reporting wrongdoing; records kept
ES-05 pass  # cl.6.4: internal reporting policy for protected disclosures incl. to the Department; no detriment (PID Act 2022 NSW)
ES-06 pass  # cl.6.5: no inducement or reward; adequate anti-corruption and fraud control procedures; notify the Department / ICAC
ES-07 pass  # cl.9.1: information for the Department's GIPA Act (NSW FOI) duties incl. contract information for publication; help with access applications
ES-08 pass  # cl.10.1: the Department may audit and monitor compliance with clauses 6 to 8; ethical performance reviewed at contract meetings
ES-09 pass  # cl.12.1: immediate termination for breach of clauses 6-8 or corrupt conduct; removal of Personnel involved
ES-10 pass  # cl.6.6: annual signed compliance statement certifying compliance with clauses 6 to 8 and that governance arrangements are in place
COI-01 pass  # cl.7.2: avoid interests (own or Personnel's personal, professional or financial) that conflict or may conflict; notify promptly in writing
COI-02 pass  # cl.7.3: take the steps the Department directs to manage or remove the conflict; termination if unresolved
COI-03 pass  # cl.8.1: no gifts, benefits or hospitality to Department employees; gifts register of offers to Personnel
COI-04 gap  # absent: nothing on former officials or staff of the Department
COI-05 pass  # cl.7.4: register of interests with annual declarations or nil declarations from board and senior managers, provided to the Department
COI-06 pass  # cl.7.1: confirms disclosure of any relationship with Department officers involved in the procurement, kept up to date
CDM-01 pass  # cl.11.1: free complaints policy publicised to all Clients, available in any language
CDM-02 pass  # cl.11.3: quarterly report to the Department of complaints received, outcomes and time to resolve
CDM-03 pass  # cl.11.4: client feedback survey at the end of counselling, results in the quarterly report to the Department
CDM-04 pass  # cl.11.6: co-operate with the NSW Ombudsman in complaint investigations and implement recommendations accepted
CDM-05 pass  # cl.11.5: analyse complaints and feedback for trends and root causes; improvement plan when below targets
CDM-06 pass  # cl.11.2: acknowledge within 2 Business Days, resolve within 15 Business Days or explain the delay
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c05_adult_learning_grant",
    fmt="md",
    build="text",
    setting="Combined authority Adult Skills Fund grant to a community learning charity",
    parties="Authority / Grantee",
    features="'expects' wording (Nolan, Supplier Code); ethics-training schedule disapplied; "
    "'Prohibited Act' definition only; certified expenditure statement (financial); payment table; CEDR",
    text=r'''
= Adult Skills Fund Grant Agreement
North Vale Combined Authority and Riverside Community Learning
# 1. Parties
1.1 This Grant Agreement is made between North Vale Combined Authority (the "Authority") and Riverside Community Learning, a charitable incorporated organisation registered with the Charity Commission under number 1187654 (the "Grantee").
1.2 The Authority has agreed to pay the Grant to the Grantee to deliver the Project on the terms of this Agreement.
# 2. Definitions
2.1 "Grant" means the sum of up to £842,000 payable under clause 4.
2.2 "Learner" means an adult aged 19 or over living in the Authority's area who enrols on a course funded by the Grant.
2.3 "Project" means the adult community learning programme described in Schedule 1.
2.4 "Prohibited Act" means offering or agreeing to give to any servant of the Authority any inducement or reward for doing or not doing any act in relation to this Agreement, or committing any offence under the Bribery Act 2010.
2.5 "Staff" means the Grantee's employees, tutors and volunteers.
# 3. The Project
3.1 The Grantee shall deliver at least 1,600 enrolments a year across English, maths, digital skills and family learning courses.
3.2 The Grantee shall deliver courses in community venues within the Authority's area and online.
3.3 The Grantee shall ensure that at least 60 per cent of Learners live in the most deprived wards listed in Schedule 1.
3.4 The Grantee shall record each Learner's enrolment, attendance and achievement in the Individualised Learner Record.
3.5 The Grantee shall offer free creche places for Learners with children under five.
# 4. Payment of the Grant
4.1 The Authority shall pay the Grant in the instalments set out in the table below, subject to the Grantee meeting the conditions in clause 4.3.
| Instalment | Date | Amount |
| 1 | 1 August 2025 | £336,800 |
| 2 | 1 January 2026 | £252,600 |
| 3 | 1 August 2026 | £252,600 |
4.2 The Authority may withhold or recover any part of the Grant that is not used for the Project.
4.3 The Grantee shall submit a quarterly monitoring return showing enrolments, attendance and spend.
4.4 Within three months of the end of each academic year the Grantee shall give the Authority a statement of Grant expenditure certified by its finance director.
# 5. Duration and termination
5.1 This Agreement runs from 1 August 2025 to 31 July 2027.
5.2 The Authority may terminate this Agreement on three months' written notice for any reason, or immediately if the Grantee becomes insolvent.
# 6. Standards
6.1 The Authority expects the Grantee to have regard to the Seven Principles of Public Life in delivering the Project.
6.2 The Authority expects the Grantee to meet the standards set out in the HM Government Supplier Code of Conduct.
6.3 The Grantee is encouraged to have a whistleblowing policy for Staff.
6.4 The requirements for ethics training of staff in Schedule 4 of the Authority's standard grant conditions do not apply to this Agreement.
6.5 The Grantee shall not sub-contract the delivery of any course without the Authority's prior written consent and remains responsible for the acts and omissions of any sub-contractor.
# 7. Conflicts of interest
7.1 The Grantee shall ensure that neither it nor any of its trustees or Staff has any interest which conflicts or may conflict with the delivery of the Project, and shall notify the Authority in writing without delay of any actual or potential conflict of interest.
7.2 The Grantee shall take such steps as the Authority directs to manage or remove any conflict of interest.
7.3 The Grantee should tell the Authority if it employs or engages a former officer of the Authority who was involved in awarding the Grant.
# 8. Learners
8.1 The Grantee should have a learner complaints policy.
8.2 The Grantee shall provide details of complaints from Learners to the Authority on request.
8.3 The Grantee shall run a learner satisfaction survey at the end of each course and report the results to the Authority each term.
# 9. Monitoring and audit
9.1 The Grantee shall allow the Authority or its auditors access to its premises and records on reasonable notice.
9.2 The Grantee shall keep records for six years after the end of this Agreement.
# 10. Confidentiality
10.1 The Grantee shall keep confidential all information received from the Authority and shall not disclose it without the Authority's consent.
# 11. Data protection
11.1 Each party is a controller of Learner personal data and shall comply with the UK GDPR and the Data Protection Act 2018.
11.2 The Grantee shall provide privacy information to each Learner at enrolment.
# 12. Insurance
12.1 The Grantee shall maintain employer's liability insurance of £10 million and public liability insurance of £5 million.
# 13. Disputes
13.1 The parties shall try to resolve any dispute by negotiation and then by mediation under the CEDR Model Mediation Procedure.
# 14. Governing law
14.1 This Agreement is governed by the law of England and Wales.
''',
    verdicts=r'''
ES-01 weak  # cl.6.1: "The Authority expects the Grantee to have regard to the Seven Principles" (permissive)
ES-02 weak  # cl.6.2: "expects the Grantee to meet the standards set out in the ... Supplier Code of Conduct" ('expects' = weak per catalogue)
ES-03 gap  # only cl.6.5: consent to sub-contract and Grantee responsible for sub-contractors' acts (catalogue decoys); no ethical flow-down
ES-04 gap  # cl.6.4: ethics training requirements "do not apply to this Agreement" (disapplied)
ES-05 weak  # cl.6.3: "is encouraged to have a whistleblowing policy" (permissive)
ES-06 gap  # only cl.2.4: "Prohibited Act" definition (definition-only hit); no anti-bribery obligation
ES-07 gap  # only cl.10.1: confidentiality (catalogue decoy); no FOI or transparency co-operation
ES-08 weak  # cl.9.1: general access for the Authority or its auditors to premises and records; ethics not named
ES-09 gap  # cl.5.2: termination for any reason (convenience) or insolvency only; no ethics-linked remedy
ES-10 gap  # only cl.4.4: expenditure statement certified by the finance director (financial-only certificate, decoy)
COI-01 pass  # cl.7.1: no interest (own, trustees', Staff's) which conflicts or may conflict; notify the Authority in writing without delay
COI-02 pass  # cl.7.2: take such steps as the Authority directs to manage or remove any conflict
COI-03 gap  # absent: no gifts or hospitality clause
COI-04 weak  # cl.7.3: "should tell the Authority" if it engages a former Authority officer involved in the award (permissive)
COI-05 gap  # absent: no register or declarations of interests for the Grantee's staff
COI-06 gap  # absent: no award-stage disclosure of relationships
CDM-01 weak  # cl.8.1: "should have a learner complaints policy" (permissive)
CDM-02 weak  # cl.8.2: complaint details to the Authority "on request" only
CDM-03 pass  # cl.8.3: learner satisfaction survey at the end of each course, reported to the Authority each term
CDM-04 gap  # only cl.13.1: CEDR mediation of disputes between the parties (catalogue decoy); no Ombudsman
CDM-05 gap  # absent: no learning from complaints
CDM-06 gap  # absent: no complaint timescales
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c06_carers_support",
    fmt="md",
    build="text",
    setting="Unitary council carers' support service in plain English",
    parties="we (the Council) / you (the Provider)",
    features="plain-English 'we/you' drafting; sections named by range ('sections 5 to 7'); "
    "Council's Employee Code of Conduct (wrong party); 'we encourage you' register; 'You may ask' feedback",
    text=r'''
= Carers' Support Service contract
# 1. Who this contract is between
1.1 This contract is between Hartmoor Council, Civic Centre, Hartmoor (the "Council") and Carers Together Hartmoor, a registered charity and company limited by guarantee (number 07712345) (the "Provider").
1.2 In this contract, "we", "us" and "our" mean the Council, and "you" and "your" mean the Provider.
1.3 "Carer" means an adult who looks after a family member or friend in Hartmoor and uses the Service.
1.4 "Your staff" means your employees and volunteers, and anyone else who works on the Service for you.
1.5 "Working day" means Monday to Friday, except bank holidays.
# 2. What you will do
2.1 You will run a carers' support service (the "Service") that gives Carers information, advice, emotional support and short breaks.
2.2 You will carry out carers' assessments for us under the Care Act 2014 when we ask you to, and send us each completed assessment within 28 days.
2.3 You must run a telephone helpline from 9am to 5pm on working days and at least one evening session each week.
2.4 You must keep a record of each Carer you support and what support you gave.
# 3. Money
3.1 We will pay you £265,000 a year in 12 equal monthly payments.
3.2 We will pay each correct invoice within 30 days.
# 4. How long the contract lasts
4.1 The contract starts on 1 October 2025 and lasts three years.
4.2 Either of us can end the contract by giving the other six months' notice in writing.
# 5. Behaving ethically
5.1 You and your staff must follow the seven principles of public life (the Nolan Principles) when delivering the Service.
5.2 Our staff follow our Employee Code of Conduct, which you can read on our website.
5.3 You must train your staff on speaking up, conflicts of interest and bribery when they start and every year after that, and keep records of the training, which you must show us if we ask.
5.4 You must make sure that any subcontractor you use follows the same rules as those in sections 5 to 7.
5.5 Every April you must send us a statement signed by your chair of trustees confirming that you have followed sections 5 to 7 during the last year and that your board has arrangements in place to make sure you keep doing so.
# 6. Speaking up and honesty
6.1 You must have a whistleblowing policy that lets your staff raise concerns in confidence, including with us, and you must not treat anyone badly for raising a concern in good faith.
6.2 You must not offer or accept bribes, you must have adequate procedures to prevent bribery and fraud, and you must tell us straight away if you suspect bribery or fraud connected with this contract.
6.3 You must help us answer any Freedom of Information request about the Service within 5 working days, and you must give us the quarterly performance figures that we publish on our website.
# 7. Conflicts of interest
7.1 You must avoid any conflict of interest between your own interests, or your staff's, and the Service, and you must tell us in writing straight away if one arises or might arise.
7.2 If a conflict of interest arises, you must take the steps we tell you to take to manage or remove it, and we may end this contract if it cannot be managed.
7.3 You must not give gifts or hospitality to any of our officers, and you must keep a gifts and hospitality register that we can see at any time.
7.4 You must tell us before you employ anyone who has worked for us in the last two years in a job connected with commissioning the Service.
7.5 We encourage you to keep a register of interests for your trustees and managers.
7.6 You confirm that you told us about any relationship between you and anyone involved in awarding this contract, and you must tell us if that changes.
# 8. Checking and ending the contract for ethical breaches
8.1 We may check at any time that you are following sections 5 to 7, including by looking at your registers, policies and training records.
8.2 If you break section 5, 6 or 7, we may ask you to put things right under an agreed plan, ask you to remove any member of staff involved, or end this contract straight away.
# 9. Complaints and feedback from Carers
9.1 You must have a complaints procedure that is free and easy for Carers to use, and you must tell every Carer about it.
9.2 You must acknowledge each complaint within 3 working days and give a full reply within 20 working days, or explain why it will take longer.
9.3 Every three months you must send us a report showing how many complaints you received, what happened to them and how quickly you replied.
9.4 You may ask Carers for feedback about the Service.
9.5 If a Carer takes a complaint to the Local Government and Social Care Ombudsman, you must help the Ombudsman and us with the investigation and do what the Ombudsman recommends.
9.6 Each year you must look at your complaints for patterns, tell us what you have learned and agree with us an action plan to fix any problems.
# 10. Personal information
10.1 You must look after Carers' personal information in line with the UK GDPR and the Data Protection Act 2018.
10.2 You must tell us within 24 hours if any Carer's personal information is lost or shared by mistake.
# 11. Insurance
11.1 You must have public liability insurance of at least £5 million and employer's liability insurance of at least £10 million.
# 12. Which law applies
12.1 This contract is governed by the law of England and Wales.
''',
    verdicts=r'''
ES-01 pass  # s.5.1: you and your staff must follow the seven principles of public life (Nolan Principles)
ES-02 gap  # only s.5.2: "Our staff follow our Employee Code of Conduct" (the Council's own code; wrong party)
ES-03 pass  # s.5.4 (ethics section): any subcontractor must follow the same rules as sections 5 to 7
ES-04 pass  # s.5.3: train staff on speaking up, conflicts of interest and bribery at start and yearly; records shown on request
ES-05 pass  # s.6.1: whistleblowing policy, concerns raised in confidence incl. with the Council; no bad treatment for good-faith concerns
ES-06 pass  # s.6.2: no bribes; adequate procedures to prevent bribery and fraud; tell the Council straight away
ES-07 pass  # s.6.3: help answer FOI requests within 5 working days; give quarterly performance figures that the Council publishes
ES-08 pass  # s.8.1: the Council may check compliance with sections 5 to 7 incl. registers, policies and training records
ES-09 pass  # s.8.2: breach of sections 5-7 allows a put-right plan, removal of staff or immediate termination
ES-10 pass  # s.5.5: yearly statement signed by the chair confirming compliance with sections 5 to 7 and board arrangements in place
COI-01 pass  # s.7.1: avoid conflicts of interest (own or staff's) and tell the Council in writing straight away
COI-02 pass  # s.7.2: take the steps the Council says to manage or remove the conflict; Council may end the contract
COI-03 pass  # s.7.3: no gifts or hospitality to Council officers; gifts and hospitality register open to the Council
COI-04 pass  # s.7.4: tell the Council before employing anyone who worked for it in the last two years in a commissioning-related job
COI-05 weak  # s.7.5: "We encourage you to keep a register of interests" (permissive)
COI-06 pass  # s.7.6: confirms it disclosed relationships with anyone involved in awarding the contract; must update
CDM-01 pass  # s.9.1: free, easy-to-use complaints procedure for Carers, every Carer told about it
CDM-02 pass  # s.9.3: three-monthly report of complaints received, outcomes and reply times
CDM-03 weak  # s.9.4: "You may ask Carers for feedback" (permissive; no reporting)
CDM-04 pass  # s.9.5: help the LGSCO and the Council with investigations and do what the Ombudsman recommends
CDM-05 pass  # s.9.6: yearly review of complaints for patterns, lessons reported, agreed action plan
CDM-06 pass  # s.9.2: acknowledge within 3 working days, full reply within 20 working days or explain delay
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c07_welsh_debt_advice_grant",
    fmt="md",
    build="text",
    setting="Welsh county borough council debt advice grant to an advice charity",
    parties="Council / Grantee",
    features="key-facts table; Nolan clause disapplied; Bribery Act only in the 'Law' list; Gift Aid (decoy); "
    "Modern Slavery Helpline only; 'should consider' / 'should aim' wording; financial-only audit; PSOW",
    text=r'''
= Grant Agreement: Community Debt Advice Service 2025 to 2027
| Item | Details |
| Funder | Glanmor County Borough Council (the "Council") |
| Grantee | Glanmor Advice Centre, a registered charity (number 1104567) and company limited by guarantee (number 05123456) (the "Grantee") |
| Grant | £198,000 a year |
| Grant Period | 1 April 2025 to 31 March 2027 |
# 1. Parties
1.1 This Grant Agreement is made between the Council and the Grantee named in the table above.
1.2 The Council makes the Grant under the general power of competence in the Local Government and Elections (Wales) Act 2021.
# 2. Definitions
2.1 "Client" means a resident of the county borough who receives debt advice from the Grantee under this Agreement.
2.2 "Law" means any applicable legislation, including the Equality Act 2010, the Bribery Act 2010, the Welsh Language (Wales) Measure 2011 and the Consumer Credit Act 1974.
2.3 "Staff" means the Grantee's paid advisers, volunteers and managers.
2.4 "Working Day" means a day other than a Saturday, Sunday or bank holiday in Wales.
# 3. Funded activity
3.1 The Grantee shall provide free, confidential and impartial debt advice to at least 900 Clients a year, including casework, negotiation with creditors and help with debt relief orders.
3.2 The Grantee shall hold the Financial Conduct Authority permissions needed for debt counselling and shall hold the Advice Quality Standard.
3.3 The Grantee shall provide the service in Welsh and English.
3.4 The Grantee shall give priority to Clients facing eviction, enforcement action or fuel disconnection.
# 4. Payment
4.1 The Council shall pay the Grant quarterly in advance, subject to satisfactory monitoring returns.
4.2 The Grantee shall use the Grant only for the funded activity and shall repay any Grant not so used.
4.3 The Grantee may claim Gift Aid on donations it receives from the public, and such donations are not treated as Grant income.
# 5. Term and ending the Agreement
5.1 This Agreement runs for the Grant Period shown in the table above.
5.2 The Council may terminate this Agreement by notice if the Grantee commits a material breach and fails to remedy it within 30 days.
# 6. Conduct
6.1 The Nolan Principles clause in the Council's standard grant conditions does not apply to this Grant.
6.2 The Grantee shall adopt and comply with a code of ethics for its advisers and managers.
6.3 The Grantee should consider providing integrity training for its Staff.
6.4 The Grantee shall display the Modern Slavery Helpline number in its offices and shall report any suspicion of modern slavery to the Helpline.
6.5 The Grantee is responsible for the acts and omissions of any sub-contractor it uses as if they were its own.
6.6 The Grantee should notify the Council of any perceived conflict between its interests and the funded activity.
# 7. Information and publicity
7.1 The Grantee shall provide the Council within 10 Working Days with any information it requests to respond to a request under the Freedom of Information Act 2000.
7.2 The Grantee shall acknowledge the Council's funding in its publicity.
# 8. Monitoring and audit
8.1 The Grantee shall send the Council a quarterly monitoring return showing the number of Clients helped, the total debt managed and the outcomes achieved.
8.2 The Council's internal auditors may inspect the Grantee's accounts and financial records to verify that the Grant has been spent properly.
# 9. Client complaints
9.1 The Grantee shall operate a complaints procedure for Clients that is free, available in Welsh and English, and publicised in its offices and on its website.
9.2 The Grantee should aim to respond to complaints within 20 Working Days.
9.3 The Grantee shall include in each quarterly monitoring return the number of Client complaints received, the outcome of each and any action taken.
9.4 The Grantee shall co-operate with the Public Services Ombudsman for Wales in any investigation of a complaint about the funded activity and shall implement any recommendation the Council accepts.
9.5 The Grantee shall review complaints every six months to identify lessons learned and shall report the changes it has made to the Council.
# 10. Data protection
10.1 The Grantee is the controller of Client personal data and shall comply with the UK GDPR and the Data Protection Act 2018.
10.2 The Grantee shall share only anonymised Client data with the Council.
# 11. Insurance
11.1 The Grantee shall hold professional indemnity insurance of at least £1 million and public liability insurance of at least £5 million.
# 12. Governing law
12.1 This Agreement is governed by the law of England and Wales as it applies in Wales.
''',
    verdicts=r'''
ES-01 gap  # cl.6.1: the Nolan Principles clause "does not apply to this Grant" (disapplied)
ES-02 pass  # cl.6.2: the Grantee shall adopt and comply with a code of ethics for its advisers and managers
ES-03 gap  # only cl.6.5: Grantee liable for sub-contractors' acts (catalogue decoy); no ethical flow-down
ES-04 weak  # cl.6.3: "should consider providing integrity training" (permissive)
ES-05 weak  # cl.6.4: only reporting modern slavery suspicions to the Modern Slavery Helpline (catalogue: decoy, "partial"); no speaking-up route or non-retaliation
ES-06 gap  # only cl.2.2: Bribery Act 2010 named in the list of Laws (catalogue decoy); no anti-bribery obligation
ES-07 pass  # cl.7.1: provide information within 10 Working Days so the Council can respond to FOIA requests
ES-08 gap  # only cl.8.2: internal audit of accounts and financial records (financial-only audit, decoy)
ES-09 weak  # cl.5.2: termination for unremedied material breach only; no ethics link
ES-10 gap  # absent: no assurance statement or certificate
COI-01 weak  # cl.6.6: "should notify the Council of any perceived conflict" (permissive)
COI-02 gap  # absent: no conflict management, Council direction or termination for conflict
COI-03 gap  # only cl.4.3: Gift Aid on public donations (catalogue decoy); no gifts or hospitality control
COI-04 gap  # absent: nothing on former officers or members
COI-05 gap  # absent: no register or declarations of interests
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.9.1: free, bilingual, publicised complaints procedure for Clients
CDM-02 pass  # cl.9.3: Client complaints received, outcomes and action in each quarterly monitoring return
CDM-03 gap  # absent: no satisfaction or feedback survey (cl.8.1 return covers outputs and outcomes only)
CDM-04 pass  # cl.9.4: co-operate with the Public Services Ombudsman for Wales and implement recommendations the Council accepts
CDM-05 pass  # cl.9.5: six-monthly review of complaints for lessons learned, changes reported to the Council
CDM-06 weak  # cl.9.2: "should aim to respond to complaints within 20 Working Days" (permissive; no acknowledgement deadline)
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c08_council_ict_managed_service",
    fmt="docx",
    build="hand",
    setting="Borough council ICT managed service call-off (CCS-style core terms)",
    parties="Buyer / Supplier",
    features="table-of-contents lines; '[Not used]' clause; Seven Principles only inside a tracked insertion (w:ins); "
    "conflict-of-interest clause wholly inside a tracked deletion (w:del) under a surviving heading; "
    "runs split mid-word ('whistle|blowing', 'Prescr|ibed'); armed conflict and conflict-of-laws decoys; "
    "data-protection 'request, complaint or communication'; incident reporting",
    text=r'''
= CALL-OFF CONTRACT: ICT MANAGED SERVICE
Brackenridge Borough Council and Corvid Digital Services Limited
Contents
> 1 Parties .......... 1
> 2 Definitions .......... 1
> 3 Services .......... 2
> 4 Charges .......... 2
> 5 Term .......... 2
> 6 Supplier Code of Conduct .......... 2
> 7 Ethical Standards .......... 3
> 8 Conflicts of Interest .......... 3
> 9 Transparency .......... 4
> 10 Audit .......... 4
> 11 Termination .......... 4
> 12 Data Protection .......... 4
> 13 Insurance .......... 5
> 14 Force Majeure .......... 5
> 15 Disputes and Governing Law .......... 5
# 1 Parties
1.1 This Call-Off Contract is made between Brackenridge Borough Council (the "Buyer") and Corvid Digital Services Limited, a company registered in England and Wales under number 09876543 (the "Supplier").
# 2 Definitions
2.1 "Deliverables" means the ICT managed services described in Call-Off Schedule 20 (Specification).
2.2 "Force Majeure Event" means any event beyond the reasonable control of a party, including war, armed conflict, terrorism, pandemic and natural disaster.
2.3 "Residents" means members of the public who use the Buyer's website and online self-service portal.
2.4 "Supplier Staff" means all persons employed or engaged by the Supplier or its Subcontractors to provide the Deliverables.
2.5 "Prescribed Person" means a person prescribed under section 43F of the Employment Rights Act 1996.
2.6 "Working Day" means a day other than a Saturday, Sunday or bank holiday in England.
# 3 Services
3.1 The Supplier shall provide a service desk, end-user device support, hosting of the Buyer's line-of-business applications and management of the Buyer's public website and self-service portal.
3.2 The Supplier shall meet the service levels in Call-Off Schedule 14, including 99.8 per cent monthly availability of the self-service portal.
3.3 The Supplier shall report each Priority 1 incident to the Buyer within 30 minutes and provide a monthly incident report listing all incidents and the time taken to resolve them.
3.4 The Supplier shall deliver training to Buyer staff on each new application before it goes live.
3.5 The Supplier shall survey Residents who use the self-service portal each month on their satisfaction with it and report the results to the Buyer in the monthly service report.
3.6 The Supplier shall refresh end-user devices on a four-year cycle and securely wipe all returned devices.
3.7 The Supplier shall provide a named service delivery manager who attends the monthly service review.
# 4 Charges
4.1 The Buyer shall pay the Charges in Call-Off Schedule 5 monthly in arrears within 30 days of receiving a valid invoice.
4.2 The Charges are fixed for the first two Contract Years and are then indexed annually by CPI.
# 5 Term
5.1 This Call-Off Contract starts on 1 June 2025 and ends on 31 May 2030.
5.2 The Buyer may extend this Call-Off Contract by up to two years by giving at least three months' notice.
# 6 Supplier Code of Conduct
6.1 [Not used]
# 7 Ethical Standards
7.1 The Supplier shall comply with, and shall procure that Supplier Staff comply with, [[ins:the Seven Principles of Public Life and ]]the Buyer's information security policies notified to it.
7.2 The Supplier and Supplier Staff must report to the Buyer any actual or suspected breach of this Clause 7, the Supplier shall maintain a whistle¦blowing policy, and the Supplier must not retaliate against any Supplier Staff who in good faith reports a breach to the Buyer or a Prescr¦ibed Person.
7.3 The Supplier must not commit any Prohibited Act, shall create, maintain and enforce adequate policies and procedures to prevent a Prohibited Act, and shall immediately notify the Buyer of any breach.
7.4 The Supplier shall procure that its Subcontractors comply with obligations equivalent to this Clause 7.
7.5 Within 20 Working Days of the Start Date and then annually, the Supplier shall certify in writing to the Buyer that it and its Subcontractors have complied with this Clause 7, and warrants that it has in place the structures and arrangements necessary to support ethical standards.
7.6 The Supplier shall not offer or give any gift or hospitality to any officer or member of the Buyer and shall keep a gifts and hospitality register which the Buyer may inspect.
7.7 The Supplier shall notify the Buyer before engaging, in connection with this Call-Off Contract, any person who was an officer of the Buyer within the previous 24 months, and shall ensure that any former Crown servant it engages complies with the Business Appointment Rules.
# 8 Conflicts of Interest
8.1 [[del:The Supplier must take action to ensure that neither the Supplier nor Supplier Staff are placed in the position of an actual or potential conflict of interest, and must promptly notify the Buyer if one arises. The Buyer can terminate this Call-Off Contract or take any steps it thinks are necessary where there is a conflict of interest.]]
8.2 The Supplier shall obtain an annual declaration of interests, or a nil return, from each member of Supplier Staff who makes purchasing decisions for the Buyer, keep them in a register of interests and provide the register to the Buyer each year.
8.3 The Supplier confirms that it has disclosed to the Buyer any relationship with any person involved in the procurement of this Call-Off Contract and will keep that disclosure up to date.
# 9 Transparency
9.1 The Supplier shall provide full co-operation and the information needed so the Buyer can publish the Transparency Information and comply with any Freedom of Information Act request or Environmental Information Regulations request.
# 10 Audit
10.1 The Supplier shall allow any Auditor access to its premises, systems and Supplier Staff to audit compliance with Clause 7.
# 11 Termination
11.1 The Buyer may terminate this Call-Off Contract for a Default of Clause 7, and may require the Supplier to replace any person whose acts or omissions have caused the Supplier to breach Clause 7.
11.2 The Buyer may terminate this Call-Off Contract for convenience on 90 days' notice.
# 12 Data Protection
12.1 The Supplier shall process Personal Data only in accordance with the Buyer's instructions and the Data Protection Legislation.
12.2 The Supplier shall notify the Buyer within 2 Working Days if it receives any request, complaint or communication relating to the Buyer's obligations under the Data Protection Legislation.
12.3 The Supplier shall not transfer Personal Data outside the UK without the Buyer's prior written consent.
# 13 Insurance
13.1 The Supplier shall hold professional indemnity insurance of £5 million and cyber insurance of £5 million.
13.2 The Supplier shall provide evidence of its insurances to the Buyer on request.
# 14 Force Majeure
14.1 Neither party is liable for any delay caused by a Force Majeure Event, provided that it notifies the other party promptly.
# 15 Disputes and Governing Law
15.1 Any dispute shall be resolved under the Dispute Resolution Procedure in Core Terms clause 34.
15.2 This Call-Off Contract is governed by the law of England and Wales, without regard to its conflict of laws rules.
''',
    verdicts=r'''
ES-01 pass  # cl.7.1: tracked insertion (w:ins, contract text) makes the Supplier and Supplier Staff comply with the Seven Principles of Public Life
ES-02 gap  # cl.6 "Supplier Code of Conduct" is "[Not used]"; only a heading and a table-of-contents line remain
ES-03 pass  # cl.7.4: shall procure that its Subcontractors comply with obligations equivalent to this Clause 7 (ethics clause)
ES-04 gap  # only cl.3.4: training delivered to Buyer staff as a deliverable (catalogue decoy); no ethics training for Supplier Staff
ES-05 pass  # cl.7.2: report suspected breaches to the Buyer; whistleblowing policy (run split mid-word); no retaliation incl. to a Prescribed Person
ES-06 pass  # cl.7.3: must not commit a Prohibited Act; adequate policies and procedures; immediate notice of breach
ES-07 pass  # cl.9.1: full co-operation so the Buyer can publish the Transparency Information and answer FOIA and EIR requests
ES-08 pass  # cl.10.1: any Auditor given access to audit compliance with Clause 7 (the ethics clause, named by number)
ES-09 pass  # cl.11.1: termination for a Default of Clause 7; replacement of any person causing a breach of Clause 7
ES-10 pass  # cl.7.5: written certificate within 20 Working Days and annually of compliance with Clause 7, plus warranty of supporting structures
COI-01 gap  # cl.8.1 is wholly a tracked deletion (w:del, not contract text); only decoys remain: "armed conflict" (cl.2.2), "conflict of laws" (cl.15.2), heading and contents line
COI-02 gap  # the Buyer's conflict remedy was inside the deleted cl.8.1; nothing else
COI-03 pass  # cl.7.6: no gifts or hospitality to Buyer officers or members; gifts and hospitality register open to the Buyer
COI-04 pass  # cl.7.7: notify before engaging a former Buyer officer within 24 months; former Crown servants comply with the Business Appointment Rules
COI-05 pass  # cl.8.2: annual declarations of interests or nil returns from purchasing decision-makers, kept in a register given to the Buyer yearly
COI-06 pass  # cl.8.3: confirms disclosure of relationships with anyone involved in the procurement, kept up to date
CDM-01 gap  # only cl.12.2: data-protection "request, complaint or communication" (catalogue decoy); no Resident complaints procedure
CDM-02 gap  # only cl.3.3: incident reporting without complaints (catalogue decoy)
CDM-03 pass  # cl.3.5: monthly satisfaction survey of Residents using the portal, results reported to the Buyer
CDM-04 gap  # only cl.15.1: dispute resolution procedure between the parties (decoy); no Ombudsman
CDM-05 gap  # absent: no analysis of complaints or satisfaction results
CDM-06 gap  # only cl.12.2 (2 Working Days for data-protection requests) and cl.4.1 (payment): decoys; no complaint timescales
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c09_public_health_nursing",
    fmt="docx",
    build="hand",
    setting="Council-commissioned 0-19 public health nursing on NHS Standard Contract terms",
    parties="Commissioner / Provider",
    features="every heading and clause number exists only in numbering.xml (w:numPr); run split mid-word "
    "('Guard|ian'); GC27-style conflicts wording; 'expects' for sub-contractors; TUPE 'former employees'",
    text=r'''
= NHS STANDARD CONTRACT 2025/26 (SHORTER FORM): PARTICULARS AND SERVICE CONDITIONS
Service: 0-19 Public Health Nursing (Health Visiting and School Nursing)
~ Parties
~~ This Contract is made between Kingsmere City Council (the "Commissioner") and Kingsmere Community Healthcare CIC, a community interest company registered under number 09988776 (the "Provider").
~~ The Commissioner commissions the Services under its public health duties in section 2B of the National Health Service Act 2006 and the regulations made under it.
~ Definitions
~~ "Service User" means a child or young person aged 0 to 19, or their parent or carer, who receives the Services.
~~ "Staff" means all persons employed or engaged by the Provider in delivering the Services.
~~ "Decision-Making Staff" has the meaning given in Managing Conflicts of Interest in the NHS.
~~ "Operational Day" means a day other than a Saturday, Sunday or bank holiday.
~ Services
~~ The Provider shall deliver the five mandated health visitor reviews, the National Child Measurement Programme and school nursing drop-in sessions in every maintained secondary school.
~~ The Provider shall achieve coverage of at least 90 per cent for the new birth visit within 14 days of birth.
~~ The Provider shall safeguard Service Users in accordance with the Commissioner's safeguarding policies.
~ Payment
~~ The Commissioner shall pay the Provider the annual contract price of £6,420,000 in twelve equal monthly instalments.
~~ The Commissioner shall pay each instalment on the first Operational Day of the month.
~ Duration
~~ This Contract runs from 1 April 2025 to 31 March 2030.
~~ The Commissioner may terminate this Contract on 12 months' notice.
~ Staff transfer
~~ On the expiry or termination of this Contract, the Provider shall co-operate with the transfer under TUPE of former employees of the Provider to any successor provider.
~ Conduct and ethics
~~ The Provider shall uphold, and ensure that its Staff uphold, the standards of conduct expected of holders of public office in delivering the Services.
~~ The Provider shall adopt, publish and comply with standards of business conduct for its Staff.
~~ The Commissioner expects the Provider's Sub-contractors to meet standards of conduct equivalent to those in this clause.
~~ The Provider shall ensure that all Staff complete Freedom to Speak Up training and training on conflicts of interest at induction and every year, and shall make training records available to the Commissioner.
~~ The Provider shall appoint a Freedom to Speak Up Guard¦ian, shall ensure that Staff can raise concerns in confidence, including with the Commissioner, and shall ensure that no member of Staff suffers detriment for speaking up.
~~ The Provider shall not commit any offence under the Bribery Act 2010, shall maintain adequate counter fraud procedures meeting the NHS Counter Fraud Authority's requirements, and shall notify the Commissioner immediately of any suspected fraud, bribery or corruption.
~~ The Provider shall give the Commissioner an annual compliance statement, signed by its chief executive, confirming that it has complied with this clause and that its board has the arrangements in place to support these ethical standards.
~ Conflicts of interest
~~ The Provider shall ensure that neither it nor any of its Staff is placed in a position where there is or may be an actual or potential conflict of interest, and shall promptly notify the Commissioner in writing of any such conflict.
~~ The Provider shall implement any mitigation plan that the Commissioner requires, and the Commissioner may terminate this Contract if a conflict of interest cannot be managed.
~~ The Provider must ensure that all Staff comply with Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements and actual or potential conflicts of interest, and must publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return.
~~ The Provider is encouraged to disclose to the Commissioner any relationship with a person involved in the procurement of this Contract.
~ Transparency and information
~~ The Provider shall assist the Commissioner within 10 Operational Days with any request for information under the Freedom of Information Act 2000, and shall provide the performance information that the Commissioner publishes each quarter.
~ Contract management
~~ The Provider's ethical performance, including compliance with the Conduct and ethics and Conflicts of interest clauses, shall be reviewed at each quarterly contract review meeting, and the Commissioner may audit that compliance on 10 Operational Days' notice.
~~ Where the Provider breaches the Conduct and ethics or Conflicts of interest clauses, the Commissioner may require a Remedial Action Plan, require the removal of any member of Staff involved, or terminate this Contract.
~ Complaints and patient experience
~~ The Provider shall operate a complaints procedure for Service Users that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and is publicised in every clinic and on its website.
~~ The Provider shall acknowledge each complaint within 3 Operational Days and shall send a full response within 25 Operational Days or such longer period as the complainant agrees.
~~ The Provider shall submit the KO41a complaints return and a quarterly complaints report to the Commissioner showing complaints received, upheld, partially upheld and not upheld.
~~ The Provider shall run the Friends and Family Test for Service Users and report the results to the Commissioner every quarter.
~~ The Provider shall co-operate with the Parliamentary and Health Service Ombudsman and the Local Government and Social Care Ombudsman in any investigation and shall implement any recommendation made.
~~ The Provider shall review complaints and Friends and Family Test results every quarter for themes and lessons learned, and shall agree an action plan with the Commissioner where results fall below the agreed level.
~ Data protection
~~ The Provider is a controller of Service User health records and shall comply with the UK GDPR, the Data Protection Act 2018 and the Data Security and Protection Toolkit.
~ Insurance
~~ The Provider shall maintain clinical negligence cover through NHS Resolution or equivalent insurance, together with public and employer's liability insurance.
~ Governing law
~~ This Contract is governed by the law of England.
''',
    verdicts=r'''
ES-01 pass  # cl.7.1 (number from numbering.xml): uphold, and ensure Staff uphold, the standards of conduct expected of holders of public office
ES-02 pass  # cl.7.2: adopt, publish and comply with standards of business conduct for its Staff
ES-03 weak  # cl.7.3: "The Commissioner expects the Provider's Sub-contractors to meet standards ... equivalent" ('expects' = weak per catalogue)
ES-04 pass  # cl.7.4: Freedom to Speak Up and conflicts-of-interest training at induction and yearly; records available
ES-05 pass  # cl.7.5: Freedom to Speak Up Guardian (run split mid-word); concerns raised in confidence incl. with the Commissioner; no detriment
ES-06 pass  # cl.7.6: no Bribery Act 2010 offences; adequate counter fraud procedures; immediate notice of suspected fraud, bribery or corruption
ES-07 pass  # cl.9.1: assist with FOIA requests within 10 Operational Days; provide performance information the Commissioner publishes
ES-08 pass  # cl.10.1: ethical performance reviewed at quarterly contract review meetings; the Commissioner may audit that compliance
ES-09 pass  # cl.10.2: breach of the ethics or conflicts clauses allows a Remedial Action Plan, removal of Staff or termination
ES-10 pass  # cl.7.7: annual compliance statement signed by the chief executive, with board arrangements supporting the ethical standards
COI-01 pass  # cl.8.1: neither Provider nor Staff in an actual or potential conflict of interest; prompt written notice to the Commissioner
COI-02 pass  # cl.8.2: implement the mitigation plan the Commissioner requires; termination if a conflict cannot be managed
COI-03 pass  # cl.8.3: Staff comply with Managing Conflicts of Interest in the NHS "in relation to gifts, hospitality and other inducements"
COI-04 gap  # only cl.6.1: TUPE transfer of "former employees of the Provider" (catalogue decoy); no revolving-door clause
COI-05 pass  # cl.8.3: GC27-style duty; publish Decision-Making Staff who have neither made a declaration of interest nor a nil return
COI-06 weak  # cl.8.4: "is encouraged to disclose" relationships with persons involved in the procurement (permissive)
CDM-01 pass  # cl.11.1: publicised Service User complaints procedure complying with the 2009 Regulations
CDM-02 pass  # cl.11.3: KO41a return and quarterly complaints report (received, upheld, partially upheld, not upheld)
CDM-03 pass  # cl.11.4: Friends and Family Test run and reported to the Commissioner quarterly
CDM-04 pass  # cl.11.5: co-operate with PHSO and LGSCO investigations and implement recommendations
CDM-05 pass  # cl.11.6: quarterly review of complaints and FFT for themes and lessons learned; action plan below the agreed level
CDM-06 pass  # cl.11.2: acknowledge within 3 Operational Days; full response within 25 Operational Days or as agreed
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c10_waste_collection",
    fmt="docx",
    build="hand",
    setting="District council household waste and recycling collection contract",
    parties="Council / Contractor",
    features="obligations in table cells (Schedule 2 and KPI table); Seven Principles clause wholly in a tracked "
    "deletion (w:del); reviewer comment naming Nolan and whistleblowing (not contract text); footnote "
    "carrying no rule; '[Guidance: ...]' drafting note; 'Audit' heading with no body; technical audits; "
    "FOI assistance negated",
    text=r'''
= CONTRACT FOR HOUSEHOLD WASTE AND RECYCLING COLLECTION SERVICES
Thornbury Vale District Council and Greenline Environmental Services Limited
# 1. Parties
1.1 This Contract is made between Thornbury Vale District Council, in its capacity as waste collection authority[[fn:Section 30(3) of the Environmental Protection Act 1990.]] (the "Council"), and Greenline Environmental Services Limited, company number 04455667 (the "Contractor").
# 2. Definitions
2.1 "Residents" means the occupiers of the domestic properties in the district that receive the Services.
2.2 "Personnel" means all employees, agency workers and agents of the Contractor engaged in the Services.
2.3 "Round" means a collection route approved by the Council.
2.4 "Working Day" means Monday to Friday excluding bank holidays.
# 3. The Services
3.1 The Contractor shall collect residual waste fortnightly, dry recycling fortnightly, food waste weekly and subscribed garden waste fortnightly from every property in the district.
3.2 The Contractor shall return within one Working Day to any property whose reported missed collection is verified.
3.3 The Contractor shall provide assisted collections for Residents who cannot move their bins.
3.4 The Contractor shall provide an induction programme for all Personnel and shall ensure that drivers hold the required licences and complete annual health and safety training.
# 4. Payment
4.1 The Council shall pay the annual service fee in Schedule 3 in monthly instalments within 30 days of a valid invoice.
4.2 The Council may deduct the service credits in Schedule 4 for each verified missed collection not put right within one Working Day.
# 5. Term and termination
5.1 This Contract runs for eight years from 1 April 2026.
5.2 The Council may terminate this Contract for convenience on six months' notice or immediately if the Contractor becomes insolvent.
# 6. Contractor obligations
6.1 The Contractor shall perform the obligations set out in the table below.
| Ref | Obligation |
| 6.1.1 | The Contractor shall comply with the Council's Supplier Code of Conduct and shall ensure that its Personnel comply with it. |
| 6.1.2 | The Contractor shall avoid any actual or potential conflict of interest, including any personal, professional or financial interest of its Personnel, and shall notify the Council promptly in writing of any such conflict. |
| 6.1.3 | The Contractor shall take any steps the Council directs to manage or remove a notified conflict of interest. |
| 6.1.4 | The Contractor shall notify the Council before employing any former officer of the Council who within the last 2 years was involved in letting or managing this Contract. |
| 6.1.5 | The Contractor shall keep a register of interests, with an annual declaration or nil return from each manager who makes decisions on this Contract, and shall give a copy to the Council each year. |
6.2 The Contractor's Personnel should decline any gifts or hospitality offered by Residents or local businesses.
6.3 The Contractor shall use reasonable endeavours to prevent fraud by its Personnel in relation to weighbridge tickets and bulky-waste payments.
# 7. Standards[[com:Legal Services: should we add a Nolan Principles clause and a whistleblowing clause here? Please confirm before signature.]]
7.1 [[del:The Contractor shall comply with the Seven Principles of Public Life and shall ensure that its Personnel do so.]]
7.2 [Guidance: Insert the annual ethical compliance certificate here where the contract value exceeds £5 million.]
# 8. Audit
# 9. Performance monitoring
9.1 The Council may carry out technical audits of the Contractor's vehicles, weighbridge records and depot operations.
9.2 The Contractor shall report the key performance indicators in the table below to the Council each month.
| KPI | Measure | Target |
| KPI 1 | Missed collections per 100,000 collections | Fewer than 40 |
| KPI 2 | Resident complaints received, upheld and not upheld | Reported monthly |
| KPI 3 | Resident complaints answered within 10 Working Days | 95 per cent |
# 10. Resident complaints
10.1 The Contractor shall operate a complaints procedure for Residents, publicised on the Council's website and on its vehicles, covering missed collections, spillages and the conduct of crews.
10.2 The Contractor shall acknowledge each Resident complaint within 2 Working Days and resolve it within 10 Working Days, or explain the delay to the Resident.
10.3 The Contractor shall analyse complaints by Round each quarter, identify the root cause of repeated missed collections and agree an action plan with the Council.
10.4 The Contractor should conduct resident satisfaction surveys.
10.5 The Contractor should co-operate with the Local Government and Social Care Ombudsman.
# 11. Information
11.1 The Contractor shall not be required to assist the Council with any request under the Freedom of Information Act 2000, which the Council will handle itself.
# 12. Staff transfer and sub-contracting
12.1 The Contractor shall comply with its obligations under the Transfer of Undertakings (Protection of Employment) Regulations 2006 in respect of staff transferring from the previous contractor.
12.2 The Contractor shall ensure that any Sub-contractor holds insurance no less than that required by clause 14 and is bound by the staff transfer obligations in clause 12.1.
# 13. Data protection
13.1 The Contractor shall process Residents' personal data only on the Council's instructions and in accordance with the UK GDPR and the Data Protection Act 2018.
# 14. Insurance
14.1 The Contractor shall hold employer's liability insurance of £10 million, public liability insurance of £10 million and motor fleet insurance.
# 15. Governing law
15.1 This Contract is governed by the law of England and Wales.
''',
    verdicts=r'''
ES-01 gap  # cl.7.1 is wholly a tracked deletion (w:del, not contract text); the Nolan mention in the reviewer comment is not contract text
ES-02 pass  # Schedule table row 6.1.1: comply with the Council's Supplier Code of Conduct and ensure Personnel comply
ES-03 gap  # only cl.12.2: flow-down of insurance and TUPE obligations (catalogue decoy); no ethical flow-down
ES-04 weak  # cl.3.4: "an induction programme for all Personnel" plus health and safety training; no ethics topic named
ES-05 gap  # absent from the contract text; whistleblowing appears only in the reviewer comment (not contract text)
ES-06 weak  # cl.6.3: only "reasonable endeavours to prevent fraud"; no bribery prohibition or notification
ES-07 gap  # cl.11.1: "shall not be required to assist the Council with any request under the Freedom of Information Act" (negation)
ES-08 gap  # cl.8 "Audit" is a heading with no body; cl.9.1 technical audits of vehicles and depots only (decoy)
ES-09 gap  # cl.5.2: termination for convenience or insolvency only; cl.4.2 service credits for missed collections; no ethics-linked remedy
ES-10 gap  # cl.7.2: "[Guidance: Insert the annual ethical compliance certificate ...]" (bracketed drafting note, not an obligation)
COI-01 pass  # table row 6.1.2: avoid actual or potential conflicts incl. Personnel's personal, professional or financial interests; notify promptly in writing
COI-02 pass  # table row 6.1.3: take any steps the Council directs to manage or remove a notified conflict
COI-03 weak  # cl.6.2: Personnel "should decline any gifts or hospitality" (permissive); no register
COI-04 pass  # table row 6.1.4: notify before employing a former Council officer involved in letting or managing the Contract within 2 years
COI-05 pass  # table row 6.1.5: register of interests with annual declarations or nil returns from decision-making managers, copy to the Council yearly
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.10.1: publicised complaints procedure for Residents
CDM-02 pass  # cl.9.2 with KPI table rows 2-3: monthly report of Resident complaints received, upheld and not upheld, and % answered on time
CDM-03 weak  # cl.10.4: "should conduct resident satisfaction surveys" (permissive; no reporting)
CDM-04 weak  # cl.10.5: "should co-operate with the Local Government and Social Care Ombudsman" (permissive)
CDM-05 pass  # cl.10.3: quarterly analysis of complaints, root cause of repeated missed collections, agreed action plan
CDM-06 pass  # cl.10.2: acknowledge within 2 Working Days, resolve within 10 Working Days or explain the delay
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c11_court_of_protection_visitors",
    fmt="docx",
    build="soffice",
    setting="Office of the Public Guardian (MoJ) Court of Protection visitor services",
    parties="Authority / Contractor",
    features="converted by LibreOffice from HTML; list lead-in 'The Contractor shall:' with items lettered only by "
    "numbering.xml; 'Conflict of Interest' definition only; counter-fraud duty on the Authority only (wrong party); "
    "modern slavery certificate (one topic); permissive and 'on request' wording",
    text=r'''
= CONTRACT FOR COURT OF PROTECTION VISITOR SERVICES
Contract reference: OPG-VIS-2025-02
# 1 Parties
1.1 This Contract is made between the Secretary of State for Justice acting through the Office of the Public Guardian (the "Authority") and Meadowbank Visiting Services Limited, company number 10234567 (the "Contractor").
# 2 Definitions
2.1 "Client" means a person who lacks capacity, or a deputy or attorney acting for such a person, whom a Visitor visits under this Contract.
2.2 "Conflict of Interest" means a conflict between the financial or personal duties of the Contractor or Contractor Staff and their duties owed to the Authority under this Contract.
2.3 "Contractor Staff" means all employees, agents and subcontractors of the Contractor engaged in delivering the Services.
2.4 "Visitor" means a General Visitor engaged by the Contractor to carry out visits.
2.5 "Working Day" means a day other than a Saturday, Sunday or bank holiday in England.
# 3 The Services
3.1 The Contractor shall carry out visits to Clients at the Authority's request and shall provide a written report within 15 Working Days of each visit.
3.2 The Contractor shall complete at least 95 per cent of visits within 28 days of the Authority's request.
3.3 The Contractor shall make reasonable adjustments for Clients and arrange an interpreter where one is needed.
3.4 The Contractor shall ensure that every Visitor holds an enhanced DBS certificate before making any visit.
# 4 Payment
4.1 The Authority shall pay a fee for each completed visit report monthly in arrears and shall pay undisputed invoices within 30 days.
4.2 The Authority shall maintain counter fraud arrangements and may refer any suspected fraud in visit claims to the police.
# 5 Term and termination
5.1 This Contract starts on 1 September 2025 and ends on 31 August 2029.
5.2 The Authority may terminate this Contract if the Contractor commits a material breach which is not remedied within 20 Working Days.
5.3 The Authority may terminate this Contract for convenience on three months' notice.
# 6 Standards of conduct
6.1 The Contractor shall comply with, and ensure that Contractor Staff comply with, the Seven Principles of Public Life when delivering the Services.
6.2 The Contractor is encouraged to adopt a code of conduct for Contractor Staff.
6.3 The Contractor shall:
* procure that its subcontractors comply with obligations equivalent to those in this clause 6;
* ensure that all Contractor Staff receive induction and annual training on ethics, gifts and hospitality and speaking up, and keep records of that training;
* maintain a whistleblowing policy under which Contractor Staff can raise concerns with the Authority or a prescribed person, and ensure that no one suffers detriment for doing so; and
* not offer any gift or hospitality to officials of the Authority, and record all gifts and hospitality offered to or received by Contractor Staff in a register available to the Authority.
6.4 The Contractor shall give the Authority each year a copy of its modern slavery statement and certify in writing that it has complied with the Modern Slavery Act 2015.
6.5 The Contractor shall not, without the Authority's consent, employ on the Services any person who was a Crown servant within the previous two years in a role connected with the Services, and shall ensure that any such person complies with the Business Appointment Rules.
6.6 The Contractor may keep a register of interests for its managers.
6.7 The Contractor confirms that it has disclosed to the Authority any relationship with any person involved in the procurement of this Contract and that it has obtained no unfair advantage.
# 7 Transparency
7.1 The Contractor shall provide all information the Authority needs to publish the Transparency Information and to comply with the Freedom of Information Act 2000, and shall supply monthly performance data for publication.
# 8 Monitoring and audit
8.1 The Authority may audit and monitor the Contractor's compliance with clause 6, and the Contractor shall give the Authority's auditors access to its premises, records and Contractor Staff for that purpose.
# 9 Client complaints and feedback
9.1 The Contractor shall operate a complaints procedure that Clients can use free of charge, and shall publicise it in the letter sent before each visit.
9.2 The Contractor shall acknowledge each complaint within 2 Working Days and send a full response within 15 Working Days.
9.3 The Contractor shall provide complaint data to the Authority on request.
9.4 The Contractor shall survey Clients after each visit on their satisfaction with the Services and report the results to the Authority each quarter.
9.5 The Contractor shall use reasonable endeavours to co-operate with the Parliamentary and Health Service Ombudsman in the investigation of any complaint.
9.6 The Contractor may use complaints and survey results to improve the Services.
# 10 Data protection
10.1 The Contractor is a processor and shall process Client data only on the Authority's instructions and in accordance with the UK GDPR and the Data Protection Act 2018.
# 11 Insurance
11.1 The Contractor shall hold professional indemnity insurance of £2 million and public liability insurance of £5 million.
# 12 Governing law
12.1 This Contract is governed by the law of England and Wales.
''',
    verdicts=r'''
ES-01 pass  # cl.6.1: comply with, and ensure Contractor Staff comply with, the Seven Principles of Public Life
ES-02 weak  # cl.6.2: "is encouraged to adopt a code of conduct" (permissive)
ES-03 pass  # cl.6.3 lead-in + item (a) (letter from numbering.xml): procure that subcontractors comply with obligations equivalent to clause 6
ES-04 pass  # cl.6.3(b): induction and annual training on ethics, gifts and hospitality and speaking up; records kept
ES-05 pass  # cl.6.3(c): whistleblowing policy, concerns to the Authority or a prescribed person; no detriment
ES-06 gap  # only cl.4.2: the Authority maintains counter fraud arrangements (obligation on the Authority; wrong party); nothing binds the Contractor
ES-07 pass  # cl.7.1: information so the Authority can publish the Transparency Information and comply with FOIA; performance data for publication
ES-08 pass  # cl.8.1: the Authority may audit and monitor compliance with clause 6 (the ethics clause)
ES-09 weak  # cl.5.2: termination for unremedied material breach only; no ethics link (cl.5.3 is convenience)
ES-10 weak  # cl.6.4: annual certificate limited to the Modern Slavery Act 2015 (one-topic certificate); no structures undertaking
COI-01 gap  # only cl.2.2: "Conflict of Interest" definition (definition-only hit); no duty to avoid or notify
COI-02 gap  # absent: no conflict management or termination for conflict
COI-03 pass  # cl.6.3(d): no gifts or hospitality to Authority officials; register of gifts and hospitality offered or received
COI-04 pass  # cl.6.5: no employment of a Crown servant of the previous two years in a connected role without consent; Business Appointment Rules
COI-05 weak  # cl.6.6: "may keep a register of interests" (permissive)
COI-06 pass  # cl.6.7: confirms disclosure of relationships with anyone involved in the procurement; no unfair advantage
CDM-01 pass  # cl.9.1: free complaints procedure for Clients, publicised before each visit
CDM-02 weak  # cl.9.3: complaint data "on request" only
CDM-03 pass  # cl.9.4: post-visit Client satisfaction survey reported to the Authority quarterly
CDM-04 weak  # cl.9.5: "reasonable endeavours to co-operate" with the PHSO (weak wording)
CDM-05 weak  # cl.9.6: "may use complaints and survey results to improve" (permissive)
CDM-06 pass  # cl.9.2: acknowledge within 2 Working Days, full response within 15 Working Days
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c12_nz_passport_contact_centre",
    fmt="odt",
    build="hand",
    setting="New Zealand Department of Internal Affairs passport and citizenship contact centre (NZ model contract style)",
    parties="Buyer / Supplier",
    features="non-UK (Official Information Act 1982, NZ Ombudsman, Privacy Act 2020); 'should have regard to' NZ "
    "Standards of Integrity and Conduct; annotation naming protected disclosures (not contract text); "
    "footnote carrying no rule; 'reasonable endeavours' on conflicts",
    text=r'''
= CONTRACT FOR SERVICES: PASSPORT AND CITIZENSHIP CONTACT CENTRE
Department of Internal Affairs | Te Tari Taiwhenua
# 1 Parties
1.1 This Contract is between the Sovereign in right of New Zealand acting by and through the Chief Executive of the Department of Internal Affairs (the "Buyer") and Kowhai Contact Solutions Limited, NZ company number 7654321 (the "Supplier").
# 2 Definitions
2.1 "Caller" means a member of the public who contacts the contact centre about a passport or citizenship matter.
2.2 "Personnel" means the Supplier's employees, contractors and agents engaged in the Services.
2.3 "Business Day" means a day other than a Saturday, Sunday or public holiday in Wellington.
# 3 Services
3.1 The Supplier shall answer telephone, web chat and email enquiries from Callers between 8am and 8pm on Business Days.
3.2 The Supplier shall answer 80 per cent of calls within 60 seconds and respond to emails within 2 Business Days.
3.3 The Supplier shall use only the Buyer's approved knowledge base when answering enquiries.
3.4 The Supplier shall provide the Services in English and te reo Maori, and through NZ Relay for deaf Callers.
3.5 The Supplier shall escalate urgent passport requests to the Buyer's processing team within one hour.
3.6 The Supplier shall record every contact in the Buyer's contact management system.
# 4 Charges
4.1 The Buyer shall pay NZD 2,150,000 a year plus GST, monthly in arrears, on receipt of a valid tax invoice.
4.2 The Buyer shall pay each valid invoice by the 20th of the month following receipt.
4.3 The Buyer may withhold part of the monthly charge where the service levels in Schedule 2 are not met, to the extent set out in that Schedule.
# 5 Term
5.1 This Contract starts on 1 November 2025 and ends on 31 October 2028, with two rights of renewal of one year each.
# 6 Conduct
6.1 The Supplier should have regard to the Public Service Commission's Standards of Integrity and Conduct in delivering the Services.[[com:Legal: do we also need a Protected Disclosures (Protection of Whistleblowers) Act 2022 clause for Personnel? Not agreed in negotiation.]]
6.2 The Supplier shall comply with the New Zealand Government Supplier Code of Conduct and shall ensure that its Personnel do so.
6.3 The Supplier shall not offer or accept any bribe, shall maintain adequate anti-corruption and fraud control procedures, and shall notify the Buyer immediately of any suspected fraud or corruption connected with this Contract.
6.4 The Supplier is encouraged to provide the Buyer with an annual ethics attestation signed by its chief executive.
6.5 The Supplier shall not offer any gift or hospitality to any employee of the Buyer, and shall record in a gifts and hospitality register all gifts and hospitality offered to its Personnel in connection with the Services.
# 7 Conflicts of interest
7.1 The Supplier shall use reasonable endeavours to avoid any conflict of interest and to notify the Buyer of any conflict of interest that arises.
7.2 The Buyer may direct the Supplier to take specified steps to manage or remove any conflict of interest, and may terminate this Contract if the conflict cannot be managed to the Buyer's satisfaction.
7.3 The Supplier shall keep a register of interests with an annual declaration of interests, or a nil declaration, from each of its directors and contact centre managers, and shall provide it to the Buyer every six months.
# 8 Official information
8.1 The Supplier shall help the Buyer to respond to any request under the Official Information Act 1982 within 5 Business Days, and shall provide the performance information that the Buyer publishes.
# 9 Records and audit
9.1 The Supplier shall keep accurate records of the Services and shall allow the Buyer or its auditor to inspect them on reasonable notice.
# 10 Caller complaints and feedback
10.1 The Supplier shall operate a complaints process for Callers that is free, publicised on the Buyer's website and available by telephone, email and web chat.
10.2 The Supplier shall acknowledge each complaint within 1 Business Day and respond in full within 10 Business Days.
10.3 The Supplier shall report monthly to the Buyer the number of complaints received, their outcomes and the time taken to resolve them.
10.4 The Supplier shall invite Callers to complete a short satisfaction survey after each contact and shall report the results monthly to the Buyer.
10.5 The Supplier shall carry out a trend analysis of complaints and survey results each quarter and agree improvement actions with the Buyer.
10.6 The Supplier shall co-operate with the Ombudsman in any investigation of a complaint about the Services and shall implement any recommendation the Buyer accepts.
# 11 Termination
11.1 The Buyer may terminate this Contract immediately by notice if the Supplier breaches clause 6 or engages in corrupt or fraudulent conduct, and may require the Supplier to remove any Personnel involved.
11.2 Either party may terminate this Contract on three months' notice.
# 12 Confidentiality and privacy
12.1 The Supplier shall keep the Buyer's information confidential and shall comply with the Privacy Act 2020[[fn:The Privacy Act 2020 replaced the Privacy Act 1993 on 1 December 2020.]] in handling Callers' personal information.
12.2 The Supplier shall notify the Buyer within 24 hours of any privacy breach.
12.3 The Supplier shall store Callers' personal information only in New Zealand or in another location approved by the Buyer.
# 13 Insurance
13.1 The Supplier shall hold public liability insurance of NZD 10 million and professional indemnity insurance of NZD 5 million.
13.2 The Supplier shall provide evidence of its insurances to the Buyer on request.
# 14 Governing law
14.1 This Contract is governed by the laws of New Zealand.
''',
    verdicts=r'''
ES-01 weak  # cl.6.1: "should have regard to" the Standards of Integrity and Conduct (named ethical standards, permissive wording)
ES-02 pass  # cl.6.2: comply with the New Zealand Government Supplier Code of Conduct and ensure Personnel do so
ES-03 gap  # absent: no sub-contractor flow-down
ES-04 gap  # absent: no ethics training
ES-05 gap  # absent from the contract text; protected disclosures appear only in an annotation (not contract text); cl.12.1 is confidentiality only
ES-06 pass  # cl.6.3: no bribes; adequate anti-corruption and fraud control procedures; immediate notice of suspected fraud or corruption
ES-07 pass  # cl.8.1: help the Buyer respond to Official Information Act 1982 requests (NZ FOI) within 5 Business Days; performance information for publication
ES-08 weak  # cl.9.1: general right to inspect records; ethics not named
ES-09 pass  # cl.11.1: immediate termination for breach of clause 6 (Conduct) or corrupt or fraudulent conduct; removal of Personnel
ES-10 weak  # cl.6.4: "is encouraged to provide ... an annual ethics attestation" (permissive)
COI-01 weak  # cl.7.1: only "reasonable endeavours to avoid any conflict of interest and to notify"
COI-02 pass  # cl.7.2: the Buyer may direct steps to manage or remove a conflict and may terminate if it cannot be managed
COI-03 pass  # cl.6.5: no gifts or hospitality to Buyer employees; gifts and hospitality register
COI-04 gap  # absent: nothing on former officials
COI-05 pass  # cl.7.3: register of interests with annual declarations or nil declarations from directors and managers, given to the Buyer six-monthly
COI-06 gap  # absent: no award-stage disclosure
CDM-01 pass  # cl.10.1: free, publicised complaints process for Callers
CDM-02 pass  # cl.10.3: monthly report of complaints received, outcomes and time to resolve
CDM-03 pass  # cl.10.4: post-contact Caller satisfaction survey, reported monthly
CDM-04 pass  # cl.10.6: co-operate with the Ombudsman in complaint investigations; implement recommendations the Buyer accepts
CDM-05 pass  # cl.10.5: quarterly trend analysis of complaints and survey results; improvement actions agreed
CDM-06 pass  # cl.10.2: acknowledge within 1 Business Day, full response within 10 Business Days
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c13_ie_family_support",
    fmt="odt",
    build="hand",
    setting="Ireland: Tusla (Child and Family Agency) service arrangement for family support services",
    parties="Agency / Service Provider",
    features="non-UK (Irish FOI Act 2014, Protected Disclosures Act 2014, Children First Act 2015); table of contents; "
    "'Complaints' heading with no body; complaints reporting disapplied; FOI duty only inside an ODT tracked "
    "deletion; annotation naming the Nolan Principles (not contract text); 'Code of Conduct' definition only",
    text=r'''
= SERVICE ARRANGEMENT: FAMILY SUPPORT SERVICES
Tusla - Child and Family Agency and Ballymore Family Resource Centre CLG
Contents
> 1 Parties .......... 1
> 2 Definitions .......... 1
> 3 Services .......... 1
> 4 Funding .......... 2
> 5 Term and termination .......... 2
> 6 Governance and conduct .......... 2
> 7 Conflicts of interest .......... 3
> 8 Records and information .......... 3
> 9 Reporting .......... 3
> 10 Complaints .......... 4
> 11 Data protection .......... 4
> 12 Insurance and governing law .......... 4
# 1 Parties
1.1 This Service Arrangement is made between Tusla - Child and Family Agency (the "Agency") and Ballymore Family Resource Centre CLG, a company limited by guarantee registered in Ireland under number 512345 (the "Service Provider").
# 2 Definitions
2.1 "Code of Conduct" means the Agency's Code of Conduct for its employees.
2.2 "Family" means a parent, carer, child or young person who receives the Services.
2.3 "Staff" means the Service Provider's employees, volunteers and board members.
2.4 "Funding" means the annual funding set out in Schedule 2.
# 3 Services
3.1 The Service Provider shall deliver family support, parenting programmes and Meitheal early-intervention support to Families in the Ballymore area.
3.2 The Service Provider shall open its centre at least 40 hours a week and offer one evening session a week.
3.3 The Service Provider shall comply with the Children First Act 2015 and shall appoint a Designated Liaison Person.
3.4 The Service Provider shall accept referrals from the Agency's social work teams and from Families who refer themselves.
3.5 The Service Provider shall agree an annual service plan with the Agency setting out targets for each programme.
# 4 Funding
4.1 The Agency shall pay the Funding of EUR 286,000 a year in quarterly instalments in advance.
4.2 The Service Provider shall use the Funding only for the Services and shall submit audited annual accounts within six months of its year end.
4.3 The Agency may reduce the Funding for a following year if the targets in the annual service plan are not met.
# 5 Term and termination
5.1 This Service Arrangement runs from 1 January 2026 to 31 December 2028.
5.2 The Agency may terminate this Service Arrangement on three months' notice for any reason, or immediately if the Service Provider becomes insolvent.
# 6 Governance and conduct
6.1 The Service Provider shall maintain a board of at least five directors which meets at least six times a year.[[com:Agency legal: we proposed that the Service Provider observe the Nolan Principles (Seven Principles of Public Life); the Service Provider declined.]]
6.2 The Service Provider shall ensure that all Staff complete induction training, and annual refresher training, on conflicts of interest and on making protected disclosures, and shall keep training records.
6.3 The Service Provider shall maintain procedures under the Protected Disclosures Act 2014 through which Staff can make protected disclosures, including to the Agency, and shall ensure that no worker is penalised for making a protected disclosure.
6.4 The Service Provider is encouraged to adopt an anti-fraud and corruption policy.
6.5 The Service Provider shall procure that any sub-contractor complies with obligations equivalent to clauses 6 and 7.
6.6 Each year, with its annual report, the Service Provider shall give the Agency a certificate signed by its chairperson confirming that it has complied with clauses 6 and 7 and that its board maintains the governance arrangements needed to support them.
6.7 The Agency may audit and monitor the Service Provider's compliance with clauses 6 and 7 at any time on reasonable notice.
# 7 Conflicts of interest
7.1 The Service Provider shall ensure that neither it nor any of its Staff has an actual or potential conflict of interest in delivering the Services, and shall notify the Agency promptly in writing of any such conflict.
7.2 The Service Provider shall implement any measures the Agency directs to manage or remove a notified conflict.
7.3 The Service Provider shall maintain a register of interests, with annual declarations of interest from each board member and senior manager, and shall make it available to the Agency on request.
7.4 The Service Provider shall notify the Agency before appointing to a senior post any person who within the previous 12 months was an employee of the Agency involved in funding the Services.
7.5 The Service Provider confirms that, before this Service Arrangement was signed, it disclosed to the Agency any relationship between its board members and any Agency officer involved in the funding decision, and that it will keep that disclosure current.
# 8 Records and information
8.1 The Service Provider shall keep records of the Services for seven years[[del:, and shall assist the Agency in responding to requests under the Freedom of Information Act 2014 within 5 working days]].
# 9 Reporting
9.1 The Service Provider shall submit a six-monthly activity report showing the number of Families supported and the programmes delivered.
9.2 The Service Provider shall not be required to report complaints data to the Agency under this Service Arrangement.
# 10 Complaints
# 11 Data protection
11.1 The Service Provider is a controller of Families' personal data and shall comply with the General Data Protection Regulation and the Data Protection Act 2018.
11.2 The Service Provider shall notify the Agency within 72 hours of any personal data breach affecting Families.
11.3 The Service Provider shall keep Families' records secure and shall not transfer them outside the European Economic Area.
# 12 Insurance and governing law
12.1 The Service Provider shall hold public liability insurance of EUR 6.5 million and employer's liability insurance of EUR 13 million.
12.2 The Service Provider shall provide evidence of its insurance cover to the Agency each year.
12.3 This Service Arrangement is governed by the laws of Ireland.
''',
    verdicts=r'''
ES-01 gap  # absent from the contract text; the Nolan Principles appear only in an annotation (not contract text)
ES-02 gap  # only cl.2.1: "Code of Conduct" definition, and it is the Agency's own employee code (definition-only hit, wrong party); never used as an obligation
ES-03 pass  # cl.6.5 (in the conduct clause): procure that any sub-contractor complies with obligations equivalent to clauses 6 and 7
ES-04 pass  # cl.6.2: induction and annual training on conflicts of interest and protected disclosures; training records
ES-05 pass  # cl.6.3: protected disclosure procedures (Protected Disclosures Act 2014) incl. to the Agency; no worker penalised
ES-06 weak  # cl.6.4: "is encouraged to adopt an anti-fraud and corruption policy" (permissive)
ES-07 gap  # the FOI duty in cl.8.1 is a tracked deletion (text:tracked-changes, not contract text); nothing else
ES-08 pass  # cl.6.7: the Agency may audit and monitor compliance with clauses 6 and 7
ES-09 gap  # cl.5.2: termination for any reason or insolvency only; cl.4.3 funding cut for missed targets; no ethics-linked remedy
ES-10 pass  # cl.6.6: yearly certificate signed by the chair of compliance with clauses 6 and 7 and board governance arrangements
COI-01 pass  # cl.7.1: neither Service Provider nor Staff in an actual or potential conflict; prompt written notice
COI-02 pass  # cl.7.2: implement any measures the Agency directs to manage or remove a notified conflict
COI-03 gap  # absent: no gifts or hospitality clause
COI-04 pass  # cl.7.4: notify before appointing anyone employed by the Agency within 12 months and involved in funding the Services
COI-05 pass  # cl.7.3: register of interests with annual declarations from board members and senior managers, available to the Agency
COI-06 pass  # cl.7.5: confirms pre-signature disclosure of relationships with Agency officers involved in the funding decision, kept current
CDM-01 gap  # cl.10 "Complaints" is a heading with no body (plus a contents line); no complaints procedure
CDM-02 gap  # cl.9.2: "shall not be required to report complaints data" (negation)
CDM-03 gap  # absent: no feedback or satisfaction data
CDM-04 gap  # absent: no Ombudsman or independent escalation
CDM-05 gap  # absent: no learning from complaints
CDM-06 gap  # absent: no complaint timescales
''',
)

# ---------------------------------------------------------------------------
contract(
    name="c14_eu_events_framework",
    fmt="odt",
    build="soffice",
    setting="EU agency framework contract for event organisation and conference services (EU model-contract style)",
    parties="contracting authority / contractor (lower case, EU style)",
    features="converted by LibreOffice from flat ODT; Article I./II. numbering; 'catering and hospitality' service lot "
    "(decoy); '[insert ...]' placeholder; financial-only audit by the Court of Auditors; European Ombudsman; "
    "declaration on honour at award",
    text=r'''
= FRAMEWORK SERVICE CONTRACT No EASF/2025/OP/0007
Event organisation and conference services
# I. SPECIAL CONDITIONS
I.1 This framework contract (the "FWC") is concluded between the European Agency for Skills Forecasting, represented by its Executive Director (the "contracting authority"), and Conventa Events SRL, established in Brussels, Belgium, company number BE 0712.345.678 (the "contractor").
I.2 The subject matter of the FWC is the organisation of conferences, workshops and expert meetings for the contracting authority, in two lots: Lot 1, event management and logistics; Lot 2, catering and hospitality services for meetings and receptions.
I.3 The FWC enters into force on the date of the last signature and is concluded for two years, renewable tacitly twice for one year each.
I.4 The maximum amount of the FWC is EUR 3,600,000; prices are fixed for the first year and may be revised annually by the index set out in Annex III.
I.5 The contracting authority shall pay each invoice within 30 days of receipt of a compliant invoice and the corresponding event report.
I.6 The FWC is governed by Union law, complemented where necessary by the law of Belgium, and the courts of Brussels have exclusive jurisdiction.
I.7 Specific contracts are concluded by the contracting authority sending a request for services and the contractor returning the signed specific contract within 5 working days.
I.8 Invoices must be submitted electronically through e-PRIOR and must state the reference of the specific contract.
# II. GENERAL CONDITIONS
# II.1 Definitions
II.1.1 "Participant" means any person registered to attend an event organised under the FWC.
II.1.2 "Personnel" means persons employed directly or indirectly or contracted by the contractor to perform the FWC.
II.1.3 "Specific contract" means a contract implementing the FWC that specifies details of an event.
# II.2 Performance
II.2.1 The contractor must organise each event in accordance with the specific contract, including venue booking, registration, accessibility arrangements and technical support.
II.2.2 The contractor must deliver an event report within 15 days after each event, including attendance figures and costs.
II.2.3 After each event the contractor must send Participants an online satisfaction survey and report the results to the contracting authority within 10 working days.
II.2.4 The contractor must ensure that every venue it proposes is accessible to persons with disabilities and meets the contracting authority's environmental criteria.
II.2.5 The contractor must appoint a project manager for each event who is the single point of contact for the contracting authority.
# II.3 Subcontracting
II.3.1 The contractor must not subcontract without the prior written authorisation of the contracting authority.
II.3.2 The contractor must ensure that the obligations in Articles II.4 and II.5 are imposed on its subcontractors.
# II.4 Ethics
II.4.1 The contractor must act with integrity, objectivity, accountability, openness and honesty in performing the FWC.
II.4.2 The contractor must comply with its code of conduct, which must be at least as demanding as the standards in this Article, and must ensure that its Personnel comply with it.
II.4.3 The contractor must have an internal procedure allowing its Personnel to report in confidence any suspected irregularity, fraud or breach of this Article, and must not penalise or retaliate against any member of Personnel who reports in good faith.
II.4.4 The contractor must not make any offer of an advantage, directly or indirectly, that could constitute an illegal or corrupt practice, must maintain adequate anti-corruption procedures and must inform the contracting authority without delay of any suspected fraud or corruption.
# II.5 Conflict of interest and professional conflicting interests
II.5.1 The contractor must take all measures necessary to prevent any situation of conflict of interest or professional conflicting interest, and must notify the contracting authority in writing as soon as possible of any such situation.
II.5.2 The contracting authority may instruct the contractor to take specific measures to end the situation within a set deadline, and may terminate the FWC if the contractor fails to do so.
II.5.3 By signing the FWC the contractor confirms, in its declaration on honour, that it has disclosed any relationship with any person involved in the procurement procedure and that it is not in a situation of conflict of interest, and it must update that declaration if its situation changes.
II.5.4 The contractor should inform the contracting authority before engaging any former staff member of the EU institutions who left the service within the last two years, having regard to Article 16 of the Staff Regulations.
II.5.5 The contractor shall [insert requirement for a register of interests of key Personnel, if applicable].
# II.6 Public access to documents
II.6.1 The contractor may assist the contracting authority with requests for public access to documents under Regulation (EC) No 1049/2001.
# II.7 Data protection
II.7.1 The contractor must process personal data of Participants only on the documented instructions of the contracting authority and in accordance with Regulation (EU) 2018/1725.
II.7.2 The contractor must notify the contracting authority without undue delay of any personal data breach and must not transfer personal data outside the European Economic Area without prior authorisation.
# II.8 Liability and insurance
II.8.1 The contractor must hold professional liability insurance covering the risks of performing the FWC for the whole of its duration.
II.8.2 The contractor is liable for any loss or damage caused by it in performing the FWC.
# II.9 Checks and audits
II.9.1 The contracting authority and the European Court of Auditors may audit the contractor's invoices and financial records to verify that the prices charged comply with the FWC.
# II.10 European Ombudsman
II.10.1 The contractor must cooperate with the European Ombudsman in any inquiry concerning the services, by providing information and answering questions, and must implement any measure agreed with the contracting authority as a result.
# II.11 Termination
II.11.1 The contracting authority may terminate the FWC or any specific contract where the contractor has been found guilty of grave professional misconduct, fraud or corruption, or is in breach of Article II.4 or II.5.
II.11.2 The contracting authority may also terminate the FWC on two months' notice without giving reasons.
# II.12 Force majeure
II.12.1 Neither party is liable for a failure to perform caused by force majeure, provided that it notifies the other party without delay.
II.12.2 Any amendment to the FWC must be made in writing and signed by both parties.
''',
    verdicts=r'''
ES-01 pass  # Art. II.4.1: the contractor must act with integrity, objectivity, accountability, openness and honesty (five principle words, one sentence)
ES-02 pass  # Art. II.4.2: comply with its own code of conduct, at least as demanding as the Article; Personnel comply
ES-03 pass  # Art. II.3.2: obligations in Articles II.4 (Ethics) and II.5 (conflicts) imposed on subcontractors
ES-04 gap  # absent: no training of Personnel on ethics
ES-05 pass  # Art. II.4.3: confidential internal reporting procedure; no penalty or retaliation for good-faith reports
ES-06 pass  # Art. II.4.4: no corrupt offer of an advantage; adequate anti-corruption procedures; inform the contracting authority of suspected fraud or corruption
ES-07 weak  # Art. II.6.1: "may assist" with public-access-to-documents requests (permissive)
ES-08 gap  # only Art. II.9.1: audit of invoices and financial records to verify prices (financial-only audit, decoy)
ES-09 pass  # Art. II.11.1: termination for grave professional misconduct, fraud, corruption or breach of Article II.4 (Ethics) or II.5
ES-10 gap  # absent: no assurance statement or periodic certificate (II.5.3 declaration on honour covers conflicts only, at award)
COI-01 pass  # Art. II.5.1: prevent any conflict of interest or professional conflicting interest; notify in writing as soon as possible
COI-02 pass  # Art. II.5.2: the contracting authority may instruct measures to end the situation and terminate if not done
COI-03 gap  # only Art. I.2 Lot 2 "catering and hospitality services" (service line, catalogue decoy); no gifts or hospitality control
COI-04 weak  # Art. II.5.4: "should inform" before engaging former EU institution staff within two years (permissive)
COI-05 gap  # Art. II.5.5: "[insert requirement for a register of interests ...]" (bracketed placeholder, not an obligation)
COI-06 pass  # Art. II.5.3: declaration on honour confirms disclosure of relationships with anyone involved in the procurement; updated on change
CDM-01 gap  # absent: no complaints procedure for Participants
CDM-02 gap  # absent: no complaint reporting
CDM-03 pass  # Art. II.2.3: satisfaction survey of Participants after each event, results reported to the contracting authority
CDM-04 pass  # Art. II.10.1: cooperate with the European Ombudsman (information, answering questions) and implement agreed measures
CDM-05 gap  # absent: no analysis of complaints or survey results
CDM-06 gap  # absent: no complaint timescales (I.5 payment and II.2.3 survey reporting deadlines are not complaint timescales)
''',
)
