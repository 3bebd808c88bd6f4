# Contract sources and expected verdicts for make.py (blind hold-out set #2).
# Each entry: (name, format, build mode, source text, expected verdicts).
# Verdicts decided from ../shared/rule-catalogue.md only.

C01 = r'''
T: Northshire County Council - Contract for Home Care and Support Services (Adults)
Call-off Contract Ref: NCC/ASC/2024/117. Lot 3 (Fenwick and Rural North).
THIS CONTRACT is made on 3 June 2024 BETWEEN:
(1) NORTHSHIRE COUNTY COUNCIL of County Hall, Market Street, Northam NS1 2AB (the "Council"); and
(2) BRIGHTWELL HOME CARE LIMITED (company number 08812345) whose registered office is at 14 Mill Lane, Fenwick NS4 9QT (the "Provider").
# 1. Definitions and interpretation
1.1 In this Contract "Service User" means an adult assessed by the Council as eligible for care and support under the Care Act 2014 and referred to the Provider; "Staff" means all persons employed or engaged by the Provider in delivering the Services; and "Working Day" means any day other than a Saturday, Sunday or public holiday in England.
1.2 The Provider shall comply with all applicable Law, including without limitation the Care Act 2014, the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, the Equality Act 2010, the Bribery Act 2010, the Modern Slavery Act 2015 and the Data Protection Legislation.
1.3 If there is any conflict or inconsistency between the clauses of this Contract and the Service Specification, the clauses shall prevail.
# 2. The Services
2.1 The Provider shall deliver personal care and support to Service Users in their own homes in accordance with each Service User's care and support plan and the Service Specification.
2.2 The Provider shall ensure that all Staff are appropriately trained and qualified for the tasks they perform and that each member of Staff completes the Provider's induction programme before working unsupervised.
2.3 The Provider shall maintain its registration with the Care Quality Commission for the regulated activity of personal care throughout the Term.
# 3. Standards of conduct
3.1 The Provider acknowledges that it delivers a public service on behalf of the Council and accordingly the Provider shall, and shall ensure that its Staff shall, in delivering the Services:
(a) act in accordance with the Seven Principles of Public Life, namely selflessness, integrity, objectivity, accountability, openness, honesty and leadership;
(b) treat Service Users and their families with dignity and respect; and
(c) notify the Council promptly of any matter which has caused, or is likely to cause, a departure from those principles.
# 4. Conflicts of interest
4.1 The Provider shall take all appropriate steps to ensure that neither it nor any of its Staff is placed in a position where there is, or may be, an actual, potential or perceived conflict between the personal, financial or professional interests of the Provider or its Staff and the duties owed to the Council or to Service Users under this Contract, and the Provider shall notify the Council in writing without delay, giving full particulars, as soon as it becomes aware of any such conflict.
4.2 Where a conflict is notified under clause 4.1, the Provider shall take such steps as the Council reasonably directs to manage, mitigate or remove the conflict.
# 5. Speaking up
5.1 The Provider shall maintain, and publicise to all Staff, a written speaking-up (whistleblowing) policy which enables Staff to raise concerns about the safety or wellbeing of Service Users, or about wrongdoing in connection with this Contract, with the Provider, with the Council or with the Care Quality Commission, and the Provider shall not subject any member of Staff to any detriment for raising such a concern in good faith.
# 6. Sub-contracting
6.1 The Provider shall not sub-contract any part of the Services without the prior written consent of the Council.
6.2 Where the Provider sub-contracts any processing of Personal Data, it shall impose on the Sub-contractor data protection obligations no less onerous than those set out in clause 11 (Data Protection).
6.3 The Provider shall remain responsible for the acts and omissions of its Sub-contractors as if they were its own.
# 7. Complaints
7.1 The Provider shall establish, operate and publicise to Service Users and their representatives, free of charge, a complaints procedure which complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and with Regulation 16 of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.
7.2 The Provider shall acknowledge each complaint, orally or in writing, no later than three Working Days after the day on which it is received, and shall send a written response to the complainant within 20 Working Days or such longer period as the complainant agrees, explaining the reasons for any delay.
7.3 The Provider shall, within 15 Working Days after the end of each quarter, send the Council a complaints return setting out the number of complaints received, the number upheld, partially upheld and not upheld, the number resolved within the timescales in clause 7.2, the main themes and the actions taken.
7.4 Where a complainant remains dissatisfied, the Provider shall inform them of their right to refer the complaint to the Local Government and Social Care Ombudsman, shall co-operate fully with any investigation by the Council or the Ombudsman (including by answering questions, providing information and attending meetings) and shall implement any remedy that the Ombudsman recommends.
# 8. Service User feedback and quality
8.1 The Provider shall carry out a survey of Service User satisfaction at least once in each Contract Year, using a method agreed with the Council, and shall report the results to the Council within one month of completing the survey.
8.2 The Provider shall analyse complaints and survey results every six months to identify trends and their causes and, where overall satisfaction falls below 85 per cent, shall agree an improvement action plan with the Council and implement it.
# 9. Information and records
9.1 The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and the Provider shall provide all necessary assistance and co-operation to enable the Council to respond to any Request for Information within the statutory time limits and to publish information about this Contract under the Local Government Transparency Code 2015.
9.2 The Provider shall allow the Council and its internal and external auditors reasonable access to its premises, records and Staff in order to audit the Provider's performance of, and compliance with, this Contract.
# 10. Term and termination
10.1 This Contract shall commence on 1 July 2024 and shall continue for three years unless terminated earlier in accordance with this clause 10.
10.2 The Council may terminate this Contract at any time for convenience by giving the Provider not less than three months' written notice.
10.3 On termination the Provider shall co-operate with the Council and any replacement provider to ensure continuity of care for Service Users.
# 11. Data protection
11.1 The Provider shall process Personal Data only on the documented instructions of the Council and shall comply with the UK GDPR and the Data Protection Act 2018.
# 12. Transfer of staff
12.1 The parties agree that TUPE applies to the transfer of employees of the outgoing provider, and nothing in this Contract shall prevent former employees of the Council who transferred to the outgoing provider in 2016 from transferring to the Provider on the Commencement Date.
Signed for and on behalf of Northshire County Council: ........................ (Head of Commissioning)
Signed for and on behalf of Brightwell Home Care Limited: ........................ (Director)
'''
E01 = '''
ES-01 pass cl 3.1(a) lead-in 'Provider shall' + Seven Principles
ES-02 gap no code of conduct; only 'Transparency Code' look-alike
ES-03 gap cl 6.2 flows down data-protection terms only; 6.3 liability only
ES-04 weak cl 2.2 generic 'appropriately trained' + induction, ethics not named
ES-05 pass cl 5.1 speaking-up policy + no detriment
ES-06 gap Bribery Act only named in list of Laws (cl 1.2)
ES-07 pass cl 9.1 FOI/EIR assistance + Transparency Code publication
ES-08 weak cl 9.2 generic audit of compliance with 'this Contract', no ethics named
ES-09 gap only termination for convenience (cl 10.2)
ES-10 gap absent
COI-01 pass cl 4.1 avoid actual/potential conflict + notify without delay
COI-02 pass cl 4.2 manage/mitigate as Council directs
COI-03 gap absent
COI-04 gap cl 12.1 TUPE 'former employees of the Council' decoy
COI-05 gap absent
COI-06 gap absent
CDM-01 pass cl 7.1 complaints procedure per 2009 Regulations
CDM-02 pass cl 7.3 quarterly complaints return
CDM-03 pass cl 8.1 annual satisfaction survey reported
CDM-04 pass cl 7.4 co-operate with LGSCO, implement remedy
CDM-05 pass cl 8.2 trend analysis + improvement action plan
CDM-06 pass cl 7.2 acknowledge 3 WD, respond 20 WD
'''

C02 = r'''
T: Agreement for Domestic and Cleaning Services - Particular Conditions (extract)
Eastmere Hospitals NHS Foundation Trust - Contract Reference EHT/FM/2024/022
This Agreement is made between (1) Eastmere Hospitals NHS Foundation Trust of Eastmere General Hospital, Chapel Road, Eastmere EM2 7RT (the "Trust") and (2) Spotless Facilities Services Limited (company number 04455667) of Unit 5, Riverside Park, Eastmere EM4 1AA (the "Contractor").
# 1 Interpretation
1.1 "Staff" means all employees and agents of the Contractor engaged in the performance of the Services.
1.2 "Prohibited Act" means offering, giving or agreeing to give to any servant of the Trust any gift or consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Agreement, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Agreement.
1.3 In the event of any conflict between these Particular Conditions and the Specification, these Particular Conditions shall prevail.
# 2 The Services
2.1 The Contractor shall provide cleaning services to the wards, theatres, outpatient departments and public areas of the Trust's sites in accordance with the National Standards of Healthcare Cleanliness 2021 and the Specification.
2.2 The Contractor shall ensure that all Staff complete infection prevention and control training and COSHH training before starting work and annually thereafter, and shall keep records of that training.
2.3 The Contractor shall maintain the integrity of cleaning audit data recorded in the Trust's electronic monitoring system.
# {cm:3 Standards of Business Conduct|Procurement (JB): should we add a clause binding the Contractor to the Nolan Principles here? Not in the Trust template.}
3.1 The Trust expects the Contractor and its Staff to meet the standards set out in the HM Government Supplier Code of Conduct.
3.2 The Contractor shall not commit, and shall procure that its Staff do not commit, any Pro¦hibited Act, and shall maintain adequate procedures (within the meaning of section 7 of the Bri¦bery Act 2010) designed to prevent{bm} any Staff from committing a Prohibited Act.
3.3 The Contractor shall notify the Trust immediately if it becomes aware of any investigation or proceedings relating to a Prohibited Act in connection with this Agreement.
3.4 Within 20 Business Days of the Commencement Date and on each anniversary of it, a director of the Contractor shall certify to the Trust in writing that the Contractor has complied with clause 3.2.
3.5 {ins:The Contractor shall procure that each of its sub-contractors engaged on the Services is bound by obligations equivalent to those in this clause 3 and in clause 4.}
3.6 {del:The Contractor shall maintain a whistleblowing policy enabling Staff to raise concerns with the Trust's Freedom to Speak Up Guardian without suffering any detriment.}{ins:[Not used]}{cm: |Deleted at the Contractor's request (JB, 12/04).}
3.7 The Contractor shall, at the Trust's written request, immediately remove from the Services and replace at its own cost any member of Staff who has committed a Prohibited Act or breached clause 4.
# 4 Conflicts of Interest
4.1 The Contractor shall ensure that neither it nor any of its Staff is placed in a position of actual or potential conflict of interest in relation to this Agreement, and shall notify the Trust promptly in writing of any such conflict that arises.
4.2 The Contractor shall ensure that its directors and those of its managers who make decisions about the Services comply with NHS England's guidance Managing Conflicts of Interest in the NHS, complete a declaration of interests (or a nil return) on appointment and annually, and shall keep a register of those declarations and provide it to the Trust on request.
4.3 {ins:The Contractor shall maintain a gifts and hospitality register and shall not offer or give any gift or hospitality to any member of the Trust's staff involved in the management of this Agreement.}
# 5 Performance Management
5.1 The Contractor shall report to the Trust within one hour any incident involving a needlestick injury, chemical spillage or failure to complete a scheduled clean in a very high risk area, and shall provide a monthly performance report against the Key Performance Indicators.
5.2 The Contractor shall respond to any query raised by the Trust's Contract Manager within two Business Days.
5.3 The Trust may at any time raise a Complaint, being any formal complaint by the Trust concerning the Contractor's performance of the Services, and the Contractor shall respond to it within five Business Days.
5.4 The Contractor shall carry out the Services to the reasonable satisfaction of the Trust, and shall conduct an annual engagement survey of its own Staff.
5.5 The Contractor shall permit the Trust or its internal auditors, on reasonable notice, to inspect and take copies of the Contractor's financial records relating to the Charges and to the calculation of any Service Credits.
# 6 Confidentiality
6.1 The Contractor shall keep confidential all Confidential Information of the Trust and shall not disclose it except to Staff who need to know it for the purposes of this Agreement.
# 7 Disputes
7.1 Any dispute shall first be referred to the parties' contract managers and, if it is not resolved within 20 Business Days, to mediation in accordance with the CEDR Model Mediation Procedure.
'''
E02 = '''
ES-01 gap Nolan only in a comment (not contract text); 'integrity' of data only
ES-02 weak cl 3.1 'The Trust expects' Supplier Code of Conduct (permissive)
ES-03 pass cl 3.5 tracked insertion: sub-contractors bound by equivalent cl 3/4 obligations
ES-04 gap cl 2.2 IPC/COSHH technical training only
ES-05 gap whistleblowing clause 3.6 is a tracked deletion (w:del), replaced by [Not used]
ES-06 pass cl 3.2 no Prohibited Act + adequate procedures (runs split mid-word)
ES-07 gap confidentiality only (cl 6.1)
ES-08 gap cl 5.5 financial-records-only audit
ES-09 pass cl 3.7 remove staff for Prohibited Act / conflicts breach
ES-10 weak cl 3.4 annual certificate on anti-bribery only (one topic)
COI-01 pass cl 4.1 avoid + notify conflict (cl 1.3 precedence decoy)
COI-02 gap absent; no mitigation/direction/termination for conflicts
COI-03 pass cl 4.3 tracked insertion: gifts and hospitality register + no gifts
COI-04 gap absent
COI-05 pass cl 4.2 Managing Conflicts of Interest in the NHS, declarations, register
COI-06 gap absent
CDM-01 gap cl 5.3 'Complaint' = Trust's complaint about performance
CDM-02 gap cl 5.1 incident/KPI reporting without complaints
CDM-03 gap 'reasonable satisfaction of the Trust' + staff-only survey
CDM-04 gap cl 7.1 CEDR mediation with Trust only
CDM-05 gap absent
CDM-06 gap cl 5.2/5.3 timescales for Trust queries/complaints only
'''

C03 = r'''
T: Call-Off Contract - Digital Casework Platform Support
Department for Rural Connectivity - Call-Off Reference DRC-IT-0931 under the Digital Services Framework
| Party | Details |
| Buyer | The Secretary of State for Rural Connectivity acting through the Department for Rural Connectivity, 2 Marsham Row, London SW1P 4XX (the "Buyer") |
| Supplier | Kestrel Digital Limited (company number 10923456), 88 Wharf Street, Leeds LS2 7EE (the "Supplier") |
This Call-Off Contract incorporates the Core Terms of the Framework. The following Call-Off Special Terms apply and take precedence over the Core Terms.
N1: Standards of public conduct
N2: The Supplier shall, and shall procure that all Supplier Staff shall, in performing this Call-Off Contract act with selflessness, integrity, objectivity, accountability, openness, honesty and leadership, and shall notify the Buyer promptly of any departure from those standards.
N2: The Supplier shall meet the standards set out in the Supplier Code of Conduct{fn:Cabinet Office, Supplier Code of Conduct (as updated from time to time).} and shall ensure that its own code of business conduct, which shall be no less demanding, is applied to all Supplier Staff.
N2: The Supplier shall impose on each Subcontractor obligations no less onerous than those in this clause 1 and in clauses 2 and 3, and shall enforce them.
N2: The Supplier shall comply with the obligations set out in Table 1.
| Obligation | When |
| The Supplier shall ensure that all Supplier Staff receive induction training, and annual refresher training, on the Supplier Code of Conduct, conflicts of interest, anti-bribery and how to speak up, and shall make the training records available to the Buyer on request. | Induction; annually |
| The Supplier shall provide to the Buyer a statement signed by a board director certifying that the Supplier has complied with clauses 1 to 4 and that it maintains the structures and arrangements needed to support those standards, including a nominated board member responsible for ethics. | Within 20 Working Days of the Start Date; then annually |
N1: Conflicts of interest
N2: The Supplier must take action to ensure that neither the Supplier nor any Supplier Staff is placed in a position of an actual, potential or perceived conflict of interest in relation to this Call-Off Contract, and must promptly notify the Buyer in writing with details of any such conflict.
N2: Where a conflict is notified, the Supplier shall propose a mitigation plan and implement such measures as the Buyer directs, and if the Buyer considers that the conflict cannot be managed the Buyer may terminate this Call-Off Contract with immediate effect.
N2: The Supplier confirms that, before the award of this Call-Off Contract, it disclosed to the Buyer every relationship between the Supplier or its Key Staff and any person involved in the procurement, so as to support the Buyer's conflicts assessment under Part 5 of the Procurement Act 2023, and shall update that disclosure promptly if circumstances change.
N2: The Supplier shall maintain a register of interests for its Key Staff and other decision-making Supplier Staff, shall obtain a declaration of interests or a nil return from each of them on appointment and annually, and shall provide the register to the Buyer on request.
N2: The Supplier shall not, without the Buyer's prior written approval, engage on this Call-Off Contract any person who within the preceding 24 months was a Crown servant employed by the Buyer in a role connected with this procurement, and shall ensure that any former Crown servant it engages complies with any conditions imposed under the Business Appointment Rules.
N1: Anti-bribery
N2: The Supplier shall not, and shall procure that Supplier Staff do not, commit a Prohibited Act, and shall create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act.
N2: The Supplier shall immediately notify the Buyer if it becomes aware of any breach of clause 3.1 or of any investigation into a Prohibited Act.
N1: Speaking up
N2: The Supplier and Supplier Staff must report to the Buyer any actual or suspected breach of Law, of clauses 1 to 3 or of the Supplier Code of Conduct, and the Supplier must not retaliate against, or subject to any detriment, any Supplier Staff who in good faith reports such a breach to the Buyer or to a Prescribed Person{fn:As listed in the Public Interest Disclosure (Prescribed Persons) Order 2014.}.
N1: Transparency
N2: The Supplier shall provide the Buyer with all the information and co-operation the Buyer reasonably requires to publish the Transparency Information and to respond to any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004, within five Working Days of the Buyer's request.
N1: Audit and assurance
N2: The Supplier shall allow any Auditor access to its premises, systems, records and Supplier Staff to verify the Supplier's compliance with clauses 1 to 4, and the Supplier's ethical performance shall be reviewed at each quarterly contract review meeting.
N1: Remedies
N2: If any Supplier Staff breach clause 1, 2 or 3, the Supplier shall, at the Buyer's request, remove and replace that person promptly at its own cost.
N2: The Buyer may terminate this Call-Off Contract for a Default of clause 1, 2, 3 or 4, or where the conduct of the Supplier or its Affiliates brings the Buyer into disrepute or diminishes public trust in it.
N1: Disputes
N2: The parties shall attempt in good faith to resolve any dispute by negotiation and, failing that, by mediation under the CEDR Model Mediation Procedure.
N1: Data protection
N2: The Supplier shall notify the Buyer within 48 hours if it receives any request, complaint or communication relating to the Buyer's obligations under the Data Protection Legislation.
'''
E03 = '''
ES-01 pass 1.1 all seven principle words bound to Supplier + Staff
ES-02 pass 1.2 Supplier Code of Conduct + own code
ES-03 pass 1.3 Subcontractor obligations no less onerous than cl 1-3
ES-04 pass Table 1 row 1 (table cell): ethics/conflicts/anti-bribery/speak-up training + records
ES-05 pass 4.1 report breaches; no retaliation; Prescribed Person
ES-06 pass 3.1 no Prohibited Act + adequate procedures; 3.2 notify
ES-07 pass 5.1 Transparency Information + FOIA/EIR co-operation
ES-08 pass 6.1 Auditor access to verify cl 1-4 compliance; ethical performance reviewed
ES-09 pass 7.1 remove staff; 7.2 termination for Default of ethics clauses / disrepute
ES-10 pass Table 1 row 2 (table cell): signed certificate at start + annually, board ethics lead
COI-01 pass 2.1 avoid + promptly notify
COI-02 pass 2.2 mitigation plan, Buyer directions, termination
COI-03 gap absent
COI-04 pass 2.5 former Crown servants, 24 months, Business Appointment Rules
COI-05 pass 2.4 register of interests, declarations / nil return, to Buyer
COI-06 pass 2.3 confirms procurement-stage disclosure, Procurement Act Part 5
CDM-01 gap 9.1 data-protection 'request, complaint or communication' decoy only
CDM-02 gap absent
CDM-03 gap absent
CDM-04 gap 8.1 CEDR mediation only
CDM-05 gap absent
CDM-06 gap only 5 WD for Buyer's information requests
'''

C04 = r'''
T: University of Wexmoor - Catering Services Agreement: Schedule 2 (Operational Terms)
This Schedule forms part of the Agreement dated 1 August 2024 between the University of Wexmoor, a chartered corporation whose principal office is at Senate House, Wexmoor WX1 3QJ (the "Customer"), and Harvest Table Catering Limited (company number 09876543), 3 Granary Yard, Wexmoor WX4 8LP (the "Operator").
# 1. Scope
1.1 The Operator shall provide retail catering, residential dining and Hospitality and Conference Services (including buffet lunches and drinks receptions for University meetings) at the locations listed in Annex A.
1.2 If there is any {cm:conflict between this Schedule and the Specification|Legal: do we need a proper conflicts of interest clause here? The Operator also bids for other HE catering contracts.}, this Schedule shall prevail.
| Location | Outlets | Opening hours |
| Central Campus | Refectory; two coffee bars | 07:30-19:00 |
| Riverside Halls | Residential dining hall | 07:00-20:00 |
| Business School | Hospitality suite | As booked |
# 2. Conduct
2.1 The Operator is encouraged to have regard to the Seven Principles of Public Life when dealing with students, staff and visitors.
2.2 The Operator shall:
* adopt, maintain and enforce a written code of business conduct for its employees which addresses honesty, fair dealing and respect for students;
* ensure that every employee receives training on that code and on how to speak up about wrongdoing, at induction and annually thereafter, and keep records of that training; and
* maintain a whistle-blowing procedure through which employees can raise concerns in confidence, including directly with the Customer's Director of Estates, and ensure that no employee suffers any detriment for doing so in good faith.
2.3 {del:The Operator shall not offer, give or accept any bribe, and shall maintain adequate procedures to prevent bribery by any person associated with it.}
2.4 The Operator shall be liable for the acts and omissions of its sub-contractors as if they were its own.
# 3. Customer service
3.1 The Operator shall operate a customer complaints procedure, publicised at each outlet and on the Operator's website, through which students, staff and visitors can complain about food, service or hygiene.
3.2 The Operator shall acknowledge each complaint within two Working Days and provide a full response within ten Working Days.
3.3 The Operator shall include in its monthly management report the number of complaints received, the number upheld and not upheld, response times and any actions taken.
3.4 The Operator shall carry out a customer satisfaction survey each term and report the results to the Customer's Catering Contract Manager.
3.5 The Operator should consider analysing complaint trends over the academic year.
# 4. Information
4.1 The Operator may, at its discretion, assist the Customer with any request received under the Freedom of Information Act 2000 relating to this Agreement.
# 5. Liability
5.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence or for fraud or fraudulent misrepresentation.
# 6. Termination
6.1 The Customer may terminate this Agreement by written notice if the Operator commits a material breach of it which is not remedied within 30 days of notice.
'''
E04 = '''
ES-01 weak 2.1 'is encouraged to have regard to' Seven Principles (permissive)
ES-02 pass 2.2(a) list item: own code of business conduct
ES-03 gap 2.4 liability for sub-contractors only
ES-04 pass 2.2(b) list item: code + speaking-up training, records
ES-05 pass 2.2(c) whistle-blowing procedure + no detriment
ES-06 gap anti-bribery 2.3 is a tracked deletion; 5.1 fraud liability carve-out only
ES-07 weak 4.1 'may, at its discretion, assist' FOI (permissive)
ES-08 gap absent
ES-09 weak 6.1 material breach termination, no ethics link
ES-10 gap absent
COI-01 gap 1.2 precedence 'conflict'; conflicts only in annotation (comment)
COI-02 gap absent
COI-03 gap 1.1 'Hospitality and Conference Services' catering line only
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 pass 3.1 publicised customer complaints procedure
CDM-02 pass 3.3 monthly report: complaints received/upheld/not upheld
CDM-03 pass 3.4 termly satisfaction survey reported
CDM-04 gap absent
CDM-05 weak 3.5 'should consider analysing complaint trends' (permissive)
CDM-06 pass 3.2 acknowledge 2 WD, respond 10 WD
'''

C05 = r'''
T: Contract for Fleet Maintenance and Repair Services
**Office of the Police and Crime Commissioner for Dunmarsh** - Contract No. OPCC-D/FLT/24/03
# Parties
(1) The Police and Crime Commissioner for Dunmarsh, Police Headquarters, Fosse Way, Dunmarsh DM1 4PQ (the **"Commissioner"**), contracting also for the benefit of the Chief Constable of Dunmarsh Police; and
(2) Axle Fleet Maintenance Limited (company number 07711223), Unit 12, Ringway Trading Estate, Dunmarsh DM6 2XR (the **"Contractor"**).
# 1. Services
1.1 The Contractor shall service, maintain and repair the Commissioner's fleet of marked and unmarked police vehicles in accordance with the manufacturers' schedules and the Specification.
1.2 The Contractor shall make good any defect in its workmanship at its own cost.
# 2. Ethical standards
2.1 The Commissioner, the Chief Constable and all police officers and police staff are bound by the College of Policing Code of Ethics and the Seven Principles of Public Life.
2.2 The Contractor shall procure that every sub-contractor it engages on this Contract accepts, in its sub-contract, obligations equivalent to those in clauses 2 to 5 of this Contract.
2.3 The Contractor may provide the Commissioner with an annual statement of its compliance with clauses 2 to 5.
2.4 The Contractor's performance against clauses 2 to 5 shall be reviewed at each quarterly contract review meeting, and the Contractor shall give the Commissioner's Professional Standards Department such access to its records and personnel as it reasonably requires to audit that compliance.
# 3. Corruption and fraud
3.1 The Contractor shall not offer, promise or give any bribe, kickback or other inducement or reward to any police officer or member of police staff, and shall maintain adequate procedures to prevent persons associated with it from doing so.
3.2 The Contractor shall not offer or give any gift or hospitality to any police officer or member of police staff, and shall record in a gifts and hospitality register, open to inspection by the Commissioner, any gift or hospitality offered to or by its Staff in connection with this Contract.
3.3 If the Contractor or any of its Staff commits any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this or any other contract with the Commissioner, the Commissioner may terminate this Contract with immediate effect, and the Contractor shall remove from the Contract any person concerned.
# 4. Reporting wrongdoing
4.1 The Contractor shall provide its Staff with a confidential reporting line through which they can report any suspected corruption, fraud or misconduct connected with this Contract to the Commissioner's Professional Standards Department or to the Independent Office for Police Conduct, and shall not victimise any member of Staff who makes such a report in good faith.
# 5. Conflicts of interest and former officers
5.1 The Contractor shall ensure that neither it nor its Staff has any direct or indirect interest which conflicts, or may conflict, with its duties under this Contract, and shall notify the Commissioner promptly in writing if any such interest arises.
5.2 The Contractor is encouraged to propose measures to mitigate any such conflict.
5.3 The Contractor shall not, without the Commissioner's prior written consent, employ or engage on this Contract any person who within the previous two years was a police officer or member of police staff of Dunmarsh Police involved in fleet procurement or contract management.
5.4 Officers of the Commissioner involved in the evaluation and award of this Contract have completed declarations of interest, which are held on the Commissioner's register of interests.
# 6. Information
6.1 The Contractor shall assist and co-operate with the Commissioner to enable the Commissioner to comply with its obligations under the Freedom of Information Act 2000, the Environmental Information Regulations 2004 and the Elected Local Policing Bodies (Specified Information) Order 2011, including by supplying any information requested within five Working Days.
# 7. Complaints
[Not used]
# 8. Payment
8.1 The Commissioner shall pay each valid and undisputed invoice within 30 days of receipt.
'''
E05 = '''
ES-01 gap 2.1 Seven Principles bind Commissioner/police only (wrong party)
ES-02 gap 2.1 Code of Ethics is the Commissioner's own staff code (wrong party)
ES-03 pass 2.2 sub-contractors accept equivalent cl 2-5 obligations
ES-04 gap absent
ES-05 pass 4.1 confidential reporting line + no victimisation
ES-06 pass 3.1 no bribe/kickback + adequate procedures
ES-07 pass 6.1 FOIA/EIR/Specified Information co-operation
ES-08 pass 2.4 ethics compliance reviewed + PSD audit access
ES-09 pass 3.3 termination + removal for bribery/fraud offence
ES-10 weak 2.3 'may provide' annual statement (permissive)
COI-01 pass 5.1 no conflicting interest + notify promptly
COI-02 weak 5.2 'is encouraged to propose measures to mitigate' (permissive)
COI-03 pass 3.2 no gifts/hospitality + register
COI-04 pass 5.3 former officers/staff within two years
COI-05 gap 5.4 buyer-side declarations only
COI-06 gap 5.4 no provider confirmation of disclosure
CDM-01 gap cl 7 heading '[Not used]'
CDM-02 gap absent
CDM-03 gap absent
CDM-04 gap absent
CDM-05 gap absent
CDM-06 gap only 5 WD information requests and 30-day payment terms
'''

C06 = r'''
T: Service Agreement for Domiciliary Care Services
Mid-Antrim Community Care Board - Agreement No. MACCB/DC/2024/09
This Agreement is made between (1) the Mid-Antrim Community Care Board, of 20 Castle Street, Ballymena BT43 5AA (the "Board"), and (2) Carrick Community Care Limited, a company registered in Northern Ireland under number NI612345, of 7 Marine Road, Carrickfergus BT38 8BE (the "Service Provider").
# 1 General
1.1 In the event of any conflict or inconsistency between the provisions of this Agreement and the Service Specification, the provisions of this Agreement shall prevail.
1.2 Neither party shall be liable for any failure to perform caused by Force Majeure, which includes war, armed conflict, terrorism and civil commotion.
# 2 Standards of Conduct
2.1 The Service Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life in providing the Services to Service Users.
2.2 The Service Provider shall use reasonable endeavours to procure that any sub-contractor engaged in the Services complies with clause 2.1.
2.3 The Service Provider shall ensure that each member of Staff completes, within eight weeks of starting work and every year thereafter, training on the Seven Principles of Public Life and on how to make a protected disclosure, and shall keep records of that training.
2.4 The Service Provider shall have a whistleblowing policy consistent with the Public Interest Disclosure (Northern Ireland) Order 1998, shall ensure that Staff can raise concerns with the Board's designated officer, and shall not subject any member of Staff to detriment for making a protected disclosure.
2.5 The Service Provider is encouraged to maintain a register of gifts and hospitality offered to its Staff by Service Users and their families.
# 3 Counter Fraud
3.1 The Board shall report any suspected fraud or bribery connected with this Agreement to the Department of Health Counter Fraud and Probity Services.
# 4 Information
4.1 The Service Provider shall assist the Board, within such reasonable time as the Board specifies, to comply with its obligations under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and shall provide information about the Services for publication on the Board's website.
# 5 Complaints, Feedback and Learning
| Requirement | Service Provider obligation |
| Complaints procedure | The Service Provider shall operate a complaints procedure for Service Users and their representatives which is consistent with the Health and Social Care Complaints Procedure Directions (Northern Ireland) 2019 and is explained in the Service User Guide. |
| Timescales | The Service Provider shall acknowledge a complaint within two working days and shall issue a full response within 20 working days or, where that is not possible, explain the delay and give a revised date. |
| Reporting | The Service Provider shall send the Board a quarterly complaints return showing the complaints received, upheld, partially upheld and not upheld, and response times. |
| Feedback | The Service Provider shall seek feedback from each Service User at least every six months and include a summary of the feedback in its quarterly report to the Board. |
| Learning | The Service Provider shall review complaints and feedback each quarter, record the lessons learned and agree an action plan with the Board where a theme recurs. |
| Independent review | The Service Provider shall co-operate fully with any investigation by the Northern Ireland Public Services Ombudsman and shall implement any recommendation the Ombudsman makes. |
# 6 Termination
6.1 The Board may terminate this Agreement by written notice if the Service Provider commits a material breach of this Agreement which is not remedied within 28 days.
# 7 Conflicts of Interest
# 8 Signatures
Signed on behalf of the Board: ....................   Signed on behalf of the Service Provider: ....................
'''
E06 = '''
ES-01 pass 2.1 Seven Principles bind Service Provider + Staff
ES-02 gap absent
ES-03 weak 2.2 'reasonable endeavours' flow-down
ES-04 pass 2.3 training on Seven Principles + protected disclosure, records
ES-05 pass 2.4 PIDA (NI) whistleblowing policy + no detriment
ES-06 gap 3.1 Board-only fraud reporting (wrong party)
ES-07 pass 4.1 FOI/EIR assistance + publication
ES-08 gap absent
ES-09 weak 6.1 material breach termination, no ethics link
ES-10 gap absent
COI-01 gap heading '7 Conflicts of Interest' with no body; 1.1 precedence and 1.2 'armed conflict' decoys
COI-02 gap absent
COI-03 weak 2.5 'is encouraged to maintain' gifts register (permissive)
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 pass table row 'Complaints procedure' (table cell)
CDM-02 pass table row 'Reporting' quarterly return
CDM-03 pass table row 'Feedback' six-monthly, reported
CDM-04 pass table row 'Independent review' NIPSO
CDM-05 pass table row 'Learning' lessons learned + action plan
CDM-06 pass table row 'Timescales' 2 days / 20 days
'''

C07 = r'''
T: Consultancy Services Contract
Te Awa Regional Transport Agency - Western Corridor Bus Priority Business Case
This Contract is between Te Awa Regional Transport Agency, 45 Quay Street, Whanganui 4500, New Zealand (the "Buyer") and Harbourline Consulting Limited (NZBN 9429041234567), Level 3, 18 Victoria Avenue, Whanganui 4500 (the "Consultant").
Contents
TOC: 1. Services|1
TOC: 2. Supplier Code|1
TOC: 3. Principles of public life|1
TOC: 4. Integrity|2
TOC: 5. Conflicts of interest|2
TOC: 6. Official information|2
TOC: 7. Audit|3
TOC: 8. Ending this Contract|3
# 1. Services
1.1 The Consultant shall deliver a single-stage business case for the Western Corridor bus priority programme as described in Schedule 1.
1.2 The Consultant shall ensure the integrity and security of all data supplied to it by the Buyer.
# 2. Supplier Code
2.1 The Consultant shall comply with the New Zealand Government Supplier Code, and shall ensure that its personnel engaged on the Services act in accordance with it.
# 3. Principles of public life
3.1 {cm:[Not used]|Procurement lead: check whether we want a commitment to the public service principles and values here - not in the template.}
# 4. Integrity
4.1 The Consultant shall not, and shall ensure that its personnel do not, offer or accept any bribe, secret commission or other improper inducement in connection with this Contract, shall maintain procedures adequate to prevent corruption, and shall tell the Buyer immediately if it becomes aware of any investigation into corrupt conduct connected with this Contract.
4.2 The Consultant shall maintain a procedure under which its personnel can make protected disclosures in accordance with the Protected Disclosures (Protection of Whistleblowers) Act 2022, including to the Buyer or an appropriate authority, and shall not retaliate against any person who does so.
4.3 The Consultant shall not offer any gift, hospitality or other benefit to any employee of the Buyer involved in managing this Contract, and shall record any gift or hospitality offered to its personnel by third parties in connection with the Services.
# 5. Conflicts of interest
5.1 The Consultant shall ensure that neither it nor its personnel has any conflict of interest, whether actual, potential or perceived, in performing the Services, and shall disclose any such conflict to the Buyer in writing as soon as it becomes aware of it.
5.2 If a conflict of interest arises, the Consultant shall comply with the Buyer's reasonable directions for managing or eliminating it.
5.3 The Consultant confirms that it has disclosed to the Buyer any relationship between the Consultant or its key personnel and any person involved in the evaluation of its proposal, and shall notify the Buyer of any further such relationship during the term.
# 6. Official information
6.1 The Consultant acknowledges that information held by the Buyer is subject to the Official Information Act 1982, and shall provide the Buyer, promptly and at no charge, with any information and assistance the Buyer requires to respond to a request made under that Act.
# 7. Audit
7.1 The Consultant shall keep full records of the Services and shall allow the Buyer or its auditor to inspect those records on reasonable notice to check the Consultant's compliance with this Contract.
# 8. Ending this Contract
8.1 The Buyer may end this Contract at any time by giving 20 Business Days' notice to the Consultant.
# Schedule 1 - Key personnel and fees
| Role | Name | Day rate (NZD) |
| Project director | A. Ngata | 1,850 |
| Transport planner | R. Singh | 1,400 |
| Economist | M. Laurent | 1,500 |
'''
E07 = '''
ES-01 gap TOC line + heading 3 body '[Not used]'; comment not contract text; 1.2 data integrity
ES-02 pass 2.1 NZ Government Supplier Code
ES-03 gap absent
ES-04 gap absent
ES-05 pass 4.2 protected disclosures procedure + no retaliation
ES-06 pass 4.1 no bribe + adequate procedures + notify investigation
ES-07 pass 6.1 Official Information Act assistance (FOI equivalent)
ES-08 weak 7.1 generic audit of compliance with 'this Contract'
ES-09 gap 8.1 termination for convenience only
ES-10 gap absent
COI-01 pass 5.1 avoid + disclose conflicts
COI-02 pass 5.2 follow Buyer directions to manage/eliminate
COI-03 pass 4.3 no gifts/hospitality + record
COI-04 gap absent
COI-05 gap absent
COI-06 pass 5.3 confirms disclosure of evaluation relationships
CDM-01 gap absent
CDM-02 gap absent
CDM-03 gap absent
CDM-04 gap absent
CDM-05 gap absent
CDM-06 gap absent
'''

C08 = r'''
T: Lakeshore Conservation Authority - Services Agreement: Conservation Area Visitor and Gatehouse Services
Agreement No. LCA-2024-017
BETWEEN: LAKESHORE CONSERVATION AUTHORITY, a conservation authority established under the Conservation Authorities Act (Ontario), 120 Bayview Road, Port Lakeshore, Ontario (the "Authority")
AND: GREENWAY ENVIRONMENTAL SERVICES INC., a corporation incorporated under the laws of Ontario, 55 Elm Street, Port Lakeshore, Ontario (the "Service Provider")
# ARTICLE 1 - INTERPRETATION
1.1 "Personnel" means the employees and agents of the Service Provider who perform the Services.
1.2 "Visitor" means any member of the public using a conservation area.
# ARTICLE 2 - SERVICES
2.1 The Service Provider shall operate the gatehouses, collect day-use fees, staff the visitor centre and gift shop, and maintain the trails at the conservation areas listed in Schedule A.
2.2 The Service Provider shall ensure that all Personnel are appropriately trained and qualified to perform the Services.
# ARTICLE 3 - ETHICAL CONDUCT
3.1 In performing the Services, the Service Provider shall act, and shall ensure that its Personnel act, with integrity, honesty, objectivity, accountability, openness, selflessness and leadership, being the standards of conduct expected of those who deliver public services.
3.2 For greater certainty, the Service Provider is not bound by the Authority's Code of Conduct for Members and Staff.
3.3 The Service Provider shall not, directly or indirectly, offer, give or agree to give any bribe, kickback, secret commission or other inducement to any member, officer or employee of the Authority, shall maintain adequate anti-corruption procedures, and shall inform the Authority immediately of any investigation or charge relating to such conduct.
3.4 The Service Provider shall ensure that neither it nor any of its Personnel has a personal, professional or financial interest that conflicts or may conflict with its obligations under this Agreement, and shall disclose any such interest to the Authority in writing promptly upon becoming aware of it.
3.5 The Service Provider should consider informing the Authority before it hires any former employee of the Authority to work on the Services.
3.6 Within 30 days after the Effective Date, and annually thereafter, the Service Provider shall deliver to the Authority an ethics attestation signed by a director confirming that the Service Provider has complied with this Article 3 and maintains the policies and oversight arrangements needed to support these standards.
# ARTICLE 4 - ACCESS TO INFORMATION
4.1 The Service Provider acknowledges that the Authority is subject to the Municipal Freedom of Information and Protection of Privacy Act (Ontario) and shall co-operate with and assist the Authority in responding to any access request relating to this Agreement within the time the Authority specifies.
# ARTICLE 5 - AUDIT
5.1 The Service Provider shall permit the Authority or its auditors to examine its books, records and practices in order to verify compliance with Article 3 (Ethical Conduct).
# ARTICLE 6 - VISITOR COMPLAINTS AND FEEDBACK
6.1 The Service Provider shall maintain a visitor complaints procedure, posted at each gatehouse and on the Authority's website, for receiving and resolving complaints from Visitors about the Services.
6.2 The Service Provider shall acknowledge each Visitor complaint within two business days and shall provide a written response within fifteen business days.
6.3 The Service Provider shall provide details of Visitor complaints to the Authority upon request.
6.4 The Service Provider shall conduct a Visitor satisfaction survey each season and deliver the results to the Authority's Manager of Conservation Areas by November 30 of each year.
# ARTICLE 7 - DISPUTE RESOLUTION
7.1 Any dispute arising under this Agreement shall be resolved by arbitration under the Arbitration Act, 1991 (Ontario).
# ARTICLE 8 - TERMINATION
8.1 The Authority may terminate this Agreement without cause upon 60 days' written notice to the Service Provider.
'''
E08 = '''
ES-01 pass 3.1 all seven principle words bound to Service Provider + Personnel
ES-02 gap 3.2 'is not bound by' code of conduct (negation)
ES-03 gap absent
ES-04 weak 2.2 generic 'appropriately trained and qualified'
ES-05 gap absent (3.3 investigation notice is not a speaking-up route)
ES-06 pass 3.3 no bribe/kickback + anti-corruption procedures + inform
ES-07 pass 4.1 MFIPPA access-request co-operation (FOI)
ES-08 pass 5.1 audit to verify Article 3 (Ethical Conduct)
ES-09 gap 8.1 termination without cause only
ES-10 pass 3.6 annual ethics attestation by director + arrangements
COI-01 pass 3.4 no conflicting interest + disclose promptly
COI-02 gap absent
COI-03 gap 2.1 'gift shop' look-alike only
COI-04 weak 3.5 'should consider informing' re former employees (permissive)
COI-05 gap absent
COI-06 gap absent
CDM-01 pass 6.1 visitor complaints procedure
CDM-02 weak 6.3 complaint details 'upon request' only
CDM-03 pass 6.4 seasonal satisfaction survey delivered
CDM-04 gap 7.1 arbitration only, no ombudsman
CDM-05 gap absent
CDM-06 pass 6.2 acknowledge 2 business days, respond 15
'''

C09 = r'''
T: Grant Funding Agreement
## Millbrook City Council - Community Wellbeing Fund 2024/25
**Funder:** Millbrook City Council, Civic Centre, Station Road, Millbrook MB1 1CC (the "Funder")
**Grantee:** Riverside Youth Project CIO (registered charity number 1187654), The Boathouse, Quay Lane, Millbrook MB3 2RQ (the "Grantee")
**Grant:** GBP 48,500 towards the "Open Doors" youth mentoring programme (the "Project"), 1 April 2024 to 31 March 2025.
# 1. Use of the Grant
1.1 The Grantee shall use the Grant only for the Project and in accordance with the budget in the Annex.
1.2 The Grantee may claim Gift Aid on any donations it receives from individuals towards the Project, and shall account for any Gift Aid income in its Project accounts.
# 2. Conduct
2.1 The Grantee shall ensure that its trustees, employees and volunteers uphold the Seven Principles of Public Life in everything they do on the Project.
2.2 The Grantee shall take all necessary steps to avoid any actual or potential conflict between the interests of the Grantee, its trustees or staff and the Project, and shall declare any such conflict to the Funder in writing as soon as it arises.
2.3 The Grantee is encouraged to adopt a whistleblowing policy for its staff and volunteers.
2.4 The Grantee shall not commit, and shall ensure that its trustees, staff and volunteers do not commit, any act of fraud or bribery in connection with the Grant, and shall have in place proportionate counter-fraud and anti-bribery controls.
2.5 The Grantee shall notify the Funder within 5 working days if it becomes aware of any investigation by the police, the Charity Commission or any other regulator into its affairs.
# 3. Monitoring
3.1 The Grantee shall collect feedback from the young people taking part in the Project at the end of each mentoring cycle and summarise it in the monitoring reports required by clause 3.2.
3.2 The Grantee shall submit a monitoring report every six months setting out progress against the agreed outcomes and the expenditure of the Grant.
3.3 The Grantee shall permit the Funder, on reasonable notice, to visit the Project and to inspect the Grantee's records in order to verify that the Grantee is complying with this Agreement.
3.4 The Grantee is encouraged to have a simple complaints procedure that young people and their families can use.
# 4. Publicity and information
4.1 The Grantee shall acknowledge the Funder's support in any publicity about the Project.
4.2 The Grantee shall give the Funder, within 10 working days of a request, any information the Funder needs to respond to a request under the Freedom of Information Act 2000, and agrees that the Funder may publish details of the Grant under the Local Government Transparency Code 2015.
# 5. Withholding and repayment
5.1 The Grantee shall repay the Grant in full on demand if the Grantee, or any of its trustees, staff or volunteers, commits fraud or bribery in connection with the Project or breaches clause 2 (Conduct), and the Funder may suspend further payments while it investigates.
'''
E09 = '''
ES-01 pass 2.1 Seven Principles bind Grantee's trustees/staff/volunteers
ES-02 gap absent
ES-03 gap absent
ES-04 gap absent
ES-05 weak 2.3 'is encouraged to adopt' whistleblowing policy (permissive)
ES-06 pass 2.4 no fraud/bribery + counter-fraud controls
ES-07 pass 4.2 FOI information + Transparency Code publication
ES-08 weak 3.3 generic inspection of compliance with 'this Agreement'
ES-09 pass 5.1 repayment for fraud/bribery or breach of cl 2 (Conduct)
ES-10 gap absent
COI-01 pass 2.2 avoid + declare conflicts
COI-02 gap absent
COI-03 gap 1.2 'Gift Aid' look-alike only
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 weak 3.4 'is encouraged to have' complaints procedure (permissive)
CDM-02 gap absent
CDM-03 pass 3.1 participant feedback collected and reported
CDM-04 gap absent
CDM-05 gap absent
CDM-06 gap only 5/10 working-day notice and information timescales
'''

C10 = r'''
T: Agreement for Breakfast and After-School Club Services
# About this agreement
This agreement is between Ashgrove Learning Trust, the academy trust that runs Ashgrove Primary School and Ashgrove Infant School, of Ashgrove Lane, Hollinbury HB2 6TT ("we", "us", "our"), and Little Acorns Childcare Limited (company number 11223344), of 9 Orchard Parade, Hollinbury HB1 4JS ("you", "your"). You run the breakfast and after-school clubs at our schools.
# 1 What you will do
1.1 You will run a breakfast club (7.45am to 8.45am) and an after-school club (3.15pm to 6pm) on every school day at both schools, for pupils whose parents book places.
1.2 You must be registered with Ofsted on the Early Years Register and the Childcare Register throughout this agreement.
# 2 How you must behave
2.1 You must follow the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) when you run the clubs, and you must make sure your staff do too.
2.2 You must have a written code of conduct for your staff and make sure they follow it.
2.3 You must train all your staff on your code of conduct and on how to speak up about wrongdoing before they start work at our schools, and again every year, and you must keep a record of this training.
2.4 You must have a speaking-up policy so that your staff can tell you, or us, about anything that worries them, and you must not treat anyone badly because they have spoken up in good faith.
2.5 You must not give gifts or hospitality to our staff or governors, and your staff must not accept gifts from parents worth more than GBP 25.
2.6 We encourage you to tell us about any conflict of interest, for example if one of your staff is related to a member of our staff.
# 3 Information
3.1 {del:You must help us answer any request we receive under the Freedom of Information Act 2000 about the clubs.}
3.2 You must keep pupils' personal data secure and use it only to run the clubs.
# 4 Complaints, feedback and reporting
4.1 You must have a {cm:complaints procedure|Governors asked: should we say acknowledge within 3 school days and reply within 10?} that parents and pupils can use, and you must give a copy to every parent when they first book a place and put it on your website.
4.2 At the end of each term you must send us a short report showing how many complaints you received, what they were about, how many you upheld and what you did about them.
4.3 Each term you must look at the complaints you have received, identify any patterns or recurring themes, and agree with us an action plan to put things right.
4.4 You must run a survey of your own staff once a year about their working conditions and tell us the results.
# 5 Ending the agreement
5.1 We can end this agreement by giving you one month's notice in writing if you seriously break it and do not put things right within 14 days.
# 6 What we will do
6.1 We will give you use of the school halls and kitchens free of charge.
6.2 We will deal with any complaint about our own staff under our own complaints policy.
'''
E10 = '''
ES-01 pass 2.1 'You must follow' Seven Principles (provider = 'you' per parties clause)
ES-02 pass 2.2 written code of conduct for staff
ES-03 gap absent
ES-04 pass 2.3 code-of-conduct + speaking-up training, records
ES-05 pass 2.4 speaking-up policy + no detriment
ES-06 gap absent
ES-07 gap FOI clause 3.1 is a tracked deletion
ES-08 gap absent
ES-09 weak 5.1 end for serious breach, no ethics link
ES-10 gap absent
COI-01 weak 2.6 'We encourage you to tell us' (permissive)
COI-02 gap absent
COI-03 pass 2.5 no gifts/hospitality to staff/governors
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 pass 4.1 complaints procedure given to parents + website (6.2 is our own policy)
CDM-02 pass 4.2 termly complaints report
CDM-03 gap 4.4 staff-only survey
CDM-04 gap absent
CDM-05 pass 4.3 termly themes + action plan
CDM-06 gap timescales only in an annotation (comment)
'''

C11 = r'''
T: Wyvern Fire and Rescue Authority - Contract for Occupational Health Services: Special Conditions
Contract Reference WFRA/HR/2024/05. These Special Conditions are made between Wyvern Fire and Rescue Authority, Service Headquarters, Kingsway, Wyvern WY1 2FR (the "Authority") and Beacon Occupational Health Limited (company number 06655443), 2 Harbour Court, Wyvern WY3 9HD (the "Service Provider").
"Service Users" means employees of the Authority referred to the Service Provider for occupational health assessment, advice or treatment. "Staff" means the employees and agents of the Service Provider.
# SC1 Ethical Standards
SC1.1 The Service Provider shall:
* comply with, and ensure that its Staff comply with, the Seven Principles of Public Life when delivering the Services;
* adopt and maintain a code of ethics for its Staff which is at least as demanding as the Supplier Code of Conduct;
* include in every sub-contract obligations equivalent to those in this SC1 and in SC2 and SC3; and
* maintain a whistleblowing policy which allows Staff to raise concerns with the Service Provider or with the Authority's Monitoring Officer, and ensure that no member of Staff suffers any detriment for doing so.
SC1.2 For the avoidance of doubt, the Service Provider is not required to deliver to its Staff any training on the Authority's Code of Conduct, on ethics or on anti-bribery.
SC1.3 The Service Provider is encouraged to provide the Authority with an annual statement confirming its compliance with this SC1.
# SC2 Anti-Bribery and Fraud
SC2.1 The Service Provider shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with this Contract, shall maintain adequate procedures to prevent bribery by any person associated with it, and shall notify the Authority immediately of any investigation into such an offence.
# SC3 Conflicts of Interest
SC3.1 The Service Provider shall ensure that no clinician employed or engaged by it assesses a Service User with whom the clinician has a personal relationship or any other interest which conflicts or may conflict with an impartial assessment, and shall notify the Authority promptly of any actual or potential conflict of interest of the Service Provider or its Staff.
SC3.2 The Service Provider shall take such steps to manage or remove any such conflict as the Authority directs.
SC3.3 The Service Provider shall obtain an annual declaration of interests (including nil returns) from each of its directors and clinical leads, keep those declarations in a register and provide a copy of the register to the Authority each April.
# SC4 Information and Audit
SC4.1 The Service Provider shall not be required to assist the Authority with any request made under the Freedom of Information Act 2000.
SC4.2 The Service Provider shall allow the Authority's internal auditors access to its records and Staff in order to audit its compliance with SC1 to SC3.
# SC5 Complaints
| Requirement | Obligation |
| Procedure | The Service Provider shall operate a complaints procedure, set out in the information leaflet given to every Service User, under which Service Users can complain about any aspect of the occupational health service. |
| Timescales | The Service Provider shall acknowledge every complaint within three Working Days and send a full response within 20 Working Days. |
| Reporting | The Service Provider shall report the number, subject and outcome of complaints to the Authority in its quarterly performance report. |
# SC6 Staff Transfer
SC6.1 The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 will apply to former employees of the Authority's in-house occupational health unit who transfer to the Service Provider on the Start Date.
# SC7 Termination
SC7.1 The Authority may terminate the Contract if the Service Provider commits a material breach which is irremediable or is not remedied within 30 days of written notice.
'''
E11 = '''
ES-01 pass SC1.1(a) list item under 'shall:' - Seven Principles
ES-02 pass SC1.1(b) code of ethics at least as demanding as Supplier Code
ES-03 pass SC1.1(c) equivalent obligations in every sub-contract
ES-04 gap SC1.2 'is not required to deliver' ethics training (negation)
ES-05 pass SC1.1(d) whistleblowing policy + no detriment
ES-06 pass SC2.1 no offences + adequate procedures + notify
ES-07 gap SC4.1 'shall not be required to assist' FOI (negation)
ES-08 pass SC4.2 audit of compliance with SC1-SC3
ES-09 weak SC7.1 material breach termination, no ethics link
ES-10 weak SC1.3 'is encouraged to provide' annual statement (permissive)
COI-01 pass SC3.1 no conflicting interest + notify promptly
COI-02 pass SC3.2 manage/remove as Authority directs
COI-03 gap absent
COI-04 gap SC6.1 TUPE 'former employees of the Authority' decoy
COI-05 pass SC3.3 annual declarations incl nil returns, register to Authority
COI-06 gap absent
CDM-01 pass SC5 table 'Procedure' service-user complaints procedure
CDM-02 pass SC5 table 'Reporting' quarterly complaints report
CDM-03 gap absent
CDM-04 gap absent
CDM-05 gap absent
CDM-06 pass SC5 table 'Timescales' 3 WD / 20 WD
'''

C12 = r'''
T: Licence Agreement for the Operation of Ballymore Leisure Centre
Shannonside County Council - Licence Ref. SCC/LEIS/2024/02
This Licence is made between Shannonside County Council, County Buildings, Main Street, Ballymore, Co. Shannonside (the "Council"), and AquaActive Leisure CLG, a company limited by guarantee registered in Ireland (CRO No. 612345), Unit 2, Riverside Business Park, Ballymore (the "Licensee").
# 1 Definitions
1.1 "Conflict of Interest" means any situation in which the personal, financial or professional interests of the Licensee or its staff conflict, or may conflict, with the Licensee's obligations under this Licence.
1.2 "Centre User" means any member of the public using the Leisure Centre.
# 2 Operation
2.1 The Licensee shall operate the Leisure Centre, including the swimming pool, fitness suite and sports hall, for not less than 90 hours each week in accordance with the Operating Specification.
# 3 Standards
3.1 The Licensee shall adopt, and shall ensure that its staff comply with, a code of conduct covering honesty, fairness and the proper use of public funds, and shall provide a copy of it to the Council.
3.2 The Licensee shall not offer or give any gift, hospitality or other favour to any member or employee of the Council, and shall keep a register of any gifts and hospitality offered to or received by its staff from suppliers to the Leisure Centre.
3.3 The Licensee shall ensure that neither it nor its staff commits any offence under the Criminal Justice (Corruption Offences) Act 2018, shall maintain adequate procedures to prevent corruption, and shall notify the Council immediately of any investigation into such an offence.
3.4 The Licensee shall establish procedures under which its workers may make protected disclosures in accordance with the Protected Disclosures Act 2014, including to the Council, and shall not penalise any worker for making a protected disclosure.
3.5 {del:By 31 January in each year the Licensee shall certify in writing to the Council that it has complied with clauses 3.1 to 3.4 during the preceding year.}{cm:[Reserved]|Council to consider reinstating the annual certificate in year 2.}
3.6 If the Licensee breaches any of clauses 3.1 to 3.4, the Licensee shall, at the Council's request, remove from the Leisure Centre any member of staff responsible, and the Council may terminate this Licence on 30 days' written notice.
# 4 Records and Inspection
4.1 The Licensee shall give the Council's internal audit unit access to its records, systems and staff in order to audit the Licensee's compliance with clause 3 (Standards).
4.2 The Licensee shall provide to the Council, within 5 working days of a request, any information the Council requires to respond to a request under the Freedom of Information Act 2014.
# 5 Centre Users
| Clause | Obligation |
| 5.1 Complaints | The Licensee shall operate a complaints procedure for Centre Users, displayed at reception and on the Centre website, and shall respond to every complaint in writing. |
| 5.2 Complaints information | The Licensee shall provide details of complaints received to the Council on request. |
| 5.3 Satisfaction | The Licensee shall carry out an annual Centre User satisfaction survey and report the results to the Council by 31 March each year. |
| 5.4 Ombudsman | The Licensee shall co-operate with any examination by the Office of the Ombudsman of a complaint about the Leisure Centre, provide any information requested and implement any recommendation accepted by the Council. |
| 5.5 Review | The Licensee is encouraged to review complaints periodically to identify trends. |
'''
E12 = '''
ES-01 gap absent (3.1 names only honesty/fairness; code is ES-02)
ES-02 pass 3.1 Licensee code of conduct applied to staff
ES-03 gap absent
ES-04 gap absent
ES-05 pass 3.4 Protected Disclosures Act 2014 procedures + no penalisation
ES-06 pass 3.3 corruption offences + adequate procedures + notify
ES-07 pass 4.2 FOI Act 2014 information to Council
ES-08 pass 4.1 audit of compliance with cl 3 (Standards)
ES-09 pass 3.6 staff removal + termination for breach of 3.1-3.4
ES-10 gap 3.5 annual certificate is a tracked deletion; '[Reserved]' remains
COI-01 weak 1.1 'Conflict of Interest' definition only
COI-02 gap absent
COI-03 pass 3.2 no gifts/hospitality + register
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 pass table 5.1 Centre User complaints procedure
CDM-02 weak table 5.2 complaints 'on request' only
CDM-03 pass table 5.3 annual satisfaction survey reported
CDM-04 pass table 5.4 co-operate with Office of the Ombudsman
CDM-05 weak table 5.5 'is encouraged to review' (permissive)
CDM-06 gap absent (4.2 is an FOI information timescale)
'''

C13 = r'''
T: Eastbridge Borough Council - Responsive Repairs and Voids Term Contract: Contract Particulars and Special Terms
Contract No. EBC/HSG/2024/031
Parties: (1) EASTBRIDGE BOROUGH COUNCIL of the Civic Offices, Bridge Street, Eastbridge EB1 1AA (the "Council"); (2) KEYSTONE PROPERTY MAINTENANCE LIMITED (company number 03322110) of Keystone House, Foundry Lane, Eastbridge EB5 3KP (the "Contractor").
# ST1 DEFINITIONS
"Prohibited Act" means (a) offering, giving or agreeing to give to any officer or member of the Council any gift or consideration of any kind as an inducement or reward for doing or not doing any act in relation to this Contract, or (b) committing any offence under the Bribery Act 2010 or the Fraud Act 2006 in relation to this Contract.
"Resident" means a tenant or leaseholder of the Council. "Staff" means the Contractor's employees and agents.
# ST2 STANDARDS OF CONDUCT
ST2.1 The Contractor shall not be required to comply with the Council's Code of Conduct for Members or the Seven Principles of Public Life, which apply to the Council's elected members.
ST2.2 The Contractor shall ensure that all Staff are appropriately trained and qualified and carry identification at all times when visiting Residents' homes.
ST2.3 The Contractor shall ensure that no member of Staff makes any public statement or comment to the media about this Contract or the Council without the Council's prior written approval.
ST2.4 The Council's Whistleblowing Policy applies to Council employees and to agency workers engaged directly by the Council.
# ST3 CONFLICTS, GIFTS AND FORMER EMPLOYEES
ST3.1 The Contractor shall take all necessary steps to ensure that neither it nor its Staff is placed in a position where there is or may be an actual or potential conflict of interest, and shall notify the Council's Contract Manager in writing immediately it becomes aware of one.
ST3.2 The Contractor shall take such action to mitigate or remove a notified conflict as the Council requires, and if the conflict cannot be removed the Council may terminate this Contract with immediate effect.
ST3.3 The Contractor shall not offer or give any gift or hospitality to any officer or member of the Council, and shall keep a gifts and hospitality register which it shall make available to the Council on request.
ST3.4 The Contractor shall notify the Council before engaging, in connection with this Contract, any former officer of the Council who left the Council's employment in the previous two years, and shall ensure that such a person does not use confidential information obtained in that employment.
ST3.5 The Contractor may maintain a register of interests for its directors and managers.
ST3.6 The Contractor confirms that none of its directors has been convicted of any offence listed in the mandatory exclusion grounds of the Procurement Act 2023.
ST3.7 The Contractor shall impose on each Sub-contractor engaged on the Works obligations equivalent to those in this ST3.
# ST4 AUDIT, REMEDIES AND ASSURANCE
ST4.1 The Contractor shall grant the Council and its auditors access to its records, systems and Staff to audit its compliance with ST3 and with the Contractor's own policies on conflicts of interest and gifts.
ST4.2 Where any member of Staff breaches ST3, the Contractor shall remove that person from the Contract if the Council so requires, and repeated breaches of ST3 shall be a material breach entitling the Council to terminate this Contract.
ST4.3 Within one month of the Commencement Date and by 30 April in each year, the Contractor's managing director shall certify in writing to the Council that the Contractor has complied with ST3, that a named board member is responsible for ethics and that the Contractor maintains the arrangements needed to uphold ethical standards on the Contract.
# ST5 RESIDENT COMPLAINTS AND SATISFACTION
ST5.1 The Contractor shall operate a complaints procedure for Residents which complies with the Housing Ombudsman's Complaint Handling Code, and shall publicise it in every appointment letter and on its website.
ST5.2 The Contractor shall acknowledge a Resident's complaint within five Working Days and give a stage 1 response within ten Working Days of the acknowledgement.
ST5.3 The Contractor shall provide the Council with a monthly report of all Resident complaints, showing the number received, upheld, partially upheld and not upheld, and the number answered within the timescales in ST5.2.
ST5.4 The Contractor shall ask each Resident to complete a satisfaction survey after every completed repair and shall report the results to the Council monthly.
ST5.5 The Contractor shall co-operate with any investigation by the Housing Ombudsman, provide any information requested and carry out any order or recommendation the Ombudsman makes.
ST5.6 The Contractor shall analyse complaints and survey results each quarter and, where satisfaction falls below 90 per cent, shall produce an improvement action plan for agreement with the Council.
'''
E13 = '''
ES-01 gap ST2.1 'shall not be required to comply with' Seven Principles (negation)
ES-02 gap ST2.1 negated, and Members' code is the Council's own
ES-03 pass ST3.7 equivalent ST3 (ethics) obligations imposed on Sub-contractors
ES-04 weak ST2.2 generic 'appropriately trained and qualified'
ES-05 gap ST2.3 gagging clause; ST2.4 Council-only policy (wrong party)
ES-06 weak 'Prohibited Act' definition only (ST1)
ES-07 gap absent ('publicise on its website' is complaints publicity)
ES-08 pass ST4.1 audit of ST3 and ethics policies
ES-09 pass ST4.2 removal + termination for ST3 breaches
ES-10 pass ST4.3 start + annual certificate, board ethics lead, arrangements
COI-01 pass ST3.1 avoid + notify immediately
COI-02 pass ST3.2 mitigate/remove as required; termination
COI-03 pass ST3.3 no gifts + register
COI-04 pass ST3.4 former officers within two years
COI-05 weak ST3.5 'may maintain' register of interests (permissive)
COI-06 gap ST3.6 exclusion-ground convictions declaration only
CDM-01 pass ST5.1 Resident complaints procedure (Complaint Handling Code)
CDM-02 pass ST5.3 monthly complaints report with outcomes
CDM-03 pass ST5.4 post-repair satisfaction survey reported
CDM-04 pass ST5.5 co-operate with Housing Ombudsman
CDM-05 pass ST5.6 quarterly analysis + action plan
CDM-06 pass ST5.2 acknowledge 5 WD, respond 10 WD
'''

C14 = r'''
T: Strategic Advisory Partnership Agreement
Department for Coastal Communities - Coastal Renewal Programme (Ref. DCC/SAP/2024/01)
This Agreement is made between the Secretary of State for Coastal Communities acting through the Department for Coastal Communities, 1 Esplanade House, London SW1A 2CC (the "Department"), and Meridian Advisory LLP (registered number OC412345), 40 Fleet Row, London EC4A 1MM (the "Partner").
"Partner Personnel" means all partners, employees and agents of the Partner engaged on the Programme.
# 1 Ethical Standards
1.1 The Partner shall ensure that all Partner Personnel engaged on the Programme observe the Seven Principles of Public Life and uphold the standards of conduct expected of holders of public office.
1.2 {cm:The Department expects|Commercial: should this read 'The Partner shall comply with'? Left as drafted by the Partner.} the Partner to meet the standards set out in the Supplier Code of Conduct{fn:Cabinet Office, Supplier Code of Conduct, version 3 (2023).}.
1.3 The Partner shall ensure that each sub-contract it enters into in connection with this Agreement provides for payment to the sub-contractor within 30 days of receipt of a valid invoice and requires the sub-contractor to hold professional indemnity insurance of at least GBP 1 million.
1.4 The Partner shall ensure that every member of Partner Personnel completes training on conflicts of interest, the handling of sensitive information and anti-bribery before starting work on the Programme, and shall keep records of that training.
# 2 Anti-Bribery
2.1 The Partner shall not, and shall procure that Partner Personnel do not, offer or give any inducement or reward in breach of the Bri¦bery Act 2010, shall maintain adequate procedures to prevent bribery, and shall notify the Department immediately of any investigation relating to bribery connected with this Agreement.
# 3 Conflicts of Interest
3.1 The Partner shall ensure that neither it nor any Partner Personnel is placed in a position where their personal, professional or financial interests conflict, or may conflict, with the advice given to the Department, and shall notify the Department in writing without delay of any actual or potential conflict.
3.2 The Partner shall implement any mitigation plan that the Department requires in respect of a notified conflict and, if the conflict cannot be managed, the Department may terminate this Agreement immediately.
3.3 The Partner confirms that it has disclosed to the Department all relationships between the Partner or Partner Personnel and any person involved in the award of this Agreement, for the purposes of the Department's conflicts assessment under the Procurement Act 2023, and the Partner shall update that disclosure promptly if anything changes.
3.4 The Partner shall maintain a register of interests of Partner Personnel engaged on the Programme, obtain a declaration of interests or nil declaration from each of them on joining and every six months, and provide the register to the Department on request.
3.5 The Partner should consider declining any hospitality offered by organisations that are bidding for work from the Department.
3.6 The Partner shall not, without the Department's prior written consent, engage on the Programme any former Minister or former Crown servant of the Department who left office within the previous two years, and shall ensure that any such person observes all conditions, including any waiting period or lobbying ban, advised by ACOBA under the Business Appointment Rules.
# 4 Assurance and Remedies
4.1 Within 20 Working Days of the Commencement Date and on each anniversary of it, the Partner's senior partner shall provide the Department with a signed ethics attestation confirming that the Partner has complied with clauses 1 to 3 and maintains the structures and arrangements needed to support those standards.
4.2 The Partner shall, if the Department so requests, remove from the Programme any member of Partner Personnel who has breached clause 1, 2 or 3, and the Department may terminate this Agreement for any such breach by the Partner.
4.3 The Partner shall allow the Department's auditors access to its records relating to the Programme for the purpose of auditing the Partner's performance of this Agreement.
# 5 Information
5.1 The Partner acknowledges that the Department is subject to the Freedom of Information Act 2000 and that the Department may disclose information relating to this Agreement without consulting the Partner.
# 6 Deliverables
6.1 The Partner shall deliver each Deliverable to the reasonable satisfaction of the Department.
'''
E14 = '''
ES-01 pass 1.1 Personnel observe Seven Principles
ES-02 weak 1.2 'The Department expects' Supplier Code of Conduct (permissive)
ES-03 gap 1.3 flows down payment and insurance terms only
ES-04 pass 1.4 conflicts + anti-bribery training, records
ES-05 gap absent
ES-06 pass 2.1 no inducement + adequate procedures + notify (split run)
ES-07 gap 5.1 acknowledgement + Department's own disclosure right; no co-operation duty
ES-08 weak 4.3 generic audit of performance
ES-09 pass 4.2 removal + termination for breach of cl 1-3
ES-10 pass 4.1 signed ethics attestation at start + annually
COI-01 pass 3.1 avoid + notify conflicts
COI-02 pass 3.2 mitigation plan + termination
COI-03 weak 3.5 'should consider declining' hospitality (permissive)
COI-04 pass 3.6 former Ministers/Crown servants, ACOBA
COI-05 pass 3.4 register + declarations/nil
COI-06 pass 3.3 confirms award-stage disclosure for conflicts assessment
CDM-01 gap absent
CDM-02 gap absent
CDM-03 gap 6.1 'reasonable satisfaction of the Department' look-alike
CDM-04 gap absent
CDM-05 gap absent
CDM-06 gap absent
'''

C15 = r'''
T: Schedule 2 - Particular Conditions (Extract)
## Patient and Retail Catering Services - Hollins Valley NHS Trust
Parties: Hollins Valley NHS Trust, Hollins Road, Valleyford VF3 2HT (the "Trust") and FreshPlate Services Limited (company number 05544332), 6 Mercer Way, Valleyford VF1 8PP (the "Service Provider").
# 1. Scope
1.1 The Service Provider shall provide patient meals, ward beverages, retail outlets and the Hospitality and Meetings service (buffets and refreshments for Trust meetings and events).
1.2 If there is a conflict between this Schedule and the General Conditions, the General Conditions prevail.
# 2. Conduct
2.1 The Service Provider is encouraged to observe the Nolan Principles in its dealings with patients and Trust staff.
2.2 The Service Provider shall adopt and maintain a code of business conduct for its Staff and shall ensure that all Staff comply with it.
2.3 The Trust expects the Service Provider's sub-contractors and suppliers to meet standards of conduct equivalent to those in the Service Provider's code.
2.4 The Service Provider shall ensure that all Staff hold a Level 2 Food Hygiene certificate and receive allergen awareness training before handling food.
2.5 The Service Provider shall appoint a Freedom to Speak Up Guardian, or give its Staff access to the Trust's Guardian, so that Staff can speak up about patient safety or wrongdoing, and shall ensure that no one suffers detriment for speaking up.
# 3. Patient Experience
3.1 The Service Provider shall handle complaints from patients and visitors about the catering service in accordance with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009 and the Trust's complaints policy, and shall display details of PALS in every outlet.
3.2 The Service Provider shall submit to the Trust each quarter a complaints return in the format required for KO41a, covering complaints received, outcomes (upheld, partially upheld and not upheld) and subjects.
3.3 The Service Provider shall collect Friends and Family Test responses and patient experience feedback on food each month and report the results to the Trust's Head of Patient Experience.
3.4 The Service Provider shall co-operate fully with any investigation of a complaint by the Trust or by the Parliamentary and Health Service Ombudsman and shall implement any recommendations made.
3.5 The Service Provider shall review complaint themes and patient feedback with the Trust at the quarterly patient experience meeting and deliver any improvement action plan agreed at that meeting.
'''
E15 = '''
ES-01 weak 2.1 'is encouraged to observe' Nolan Principles (permissive)
ES-02 pass 2.2 own code of business conduct, Staff comply
ES-03 weak 2.3 'The Trust expects' sub-contractors (permissive)
ES-04 gap 2.4 food hygiene/allergen training only
ES-05 pass 2.5 FTSU Guardian + no detriment
ES-06 gap absent
ES-07 gap absent
ES-08 gap absent
ES-09 gap absent
ES-10 gap absent
COI-01 gap 1.2 precedence 'conflict' only
COI-02 gap absent
COI-03 gap 1.1 'Hospitality and Meetings' catering service only
COI-04 gap absent
COI-05 gap absent
COI-06 gap absent
CDM-01 pass 3.1 complaints per 2009 Regulations + PALS
CDM-02 pass 3.2 quarterly KO41a-format return
CDM-03 pass 3.3 FFT + patient experience reported
CDM-04 pass 3.4 co-operate with PHSO, implement
CDM-05 pass 3.5 review themes + action plan
CDM-06 gap absent
'''

C16 = r'''
T: Fenmoor District Council - Consultancy Services Contract: Town Centre Regeneration Masterplan
Contract Ref: FDC/REG/2024/08
CONTENTS
TOC: 1. Definitions|1
TOC: 2. Services|1
TOC: 3. Seven Principles of Public Life|2
TOC: 4. Code of Conduct|2
TOC: 5. Whistleblowing|2
TOC: 6. Bribery and Fraud|2
TOC: 7. Conflicts of Interest|3
TOC: 8. Transparency|3
TOC: 9. Records and Audit|3
TOC: 10. Termination|4
THIS CONTRACT is dated 12 August 2024 and is made between FENMOOR DISTRICT COUNCIL of Fenmoor House, Wisbech Road, Fenmoor FN1 2DC (the "Council") and ARDEN PLANNING CONSULTANTS LIMITED (company number 05566778) of 3 Chapel Walk, Cambridge CB2 1AP (the "Consultant").
# 1. DEFINITIONS
1.1 "Staff" means the employees and agents of the Consultant engaged on the Services; "Services" means the services described in Schedule 1.
# 2. SERVICES
2.1 The Consultant shall prepare a town centre regeneration masterplan, including baseline analysis, two rounds of public consultation and a delivery plan, as described in Schedule 1.
# 3. SEVEN PRINCIPLES OF PUBLIC LIFE
[Guidance: Use this clause where the Consultant will represent the Council at public consultation events. Insert the standard Nolan Principles clause from the Council's clause library.]
# 4. CODE OF CONDUCT
4.1 The Consultant shall comply with [insert name of code of conduct].
# 5. WHISTLEBLOWING
# 6. BRIBERY AND FRAUD
6.1 The Consultant shall not offer, give, solicit or accept any bribe or other improper payment in connection with this Contract, shall have in place adequate procedures to prevent bribery and fraud by persons acting on its behalf, and shall inform the Council immediately if it becomes aware of any investigation relating to such matters.
6.2 The Consultant shall certify to the Council in writing, on the date of this Contract and on each anniversary of it, that it has complied with clause 6.1.
# 7. CONFLICTS OF INTEREST
7.1 The Consultant shall ensure that neither it nor any of its Staff accepts any instruction from a landowner or developer with an interest in the town centre which conflicts or may conflict with the Consultant's duties to the Council, and shall promptly notify the Council in writing of any actual, potential or perceived conflict of interest.
7.2 The Consultant shall put in place such information barriers and other measures as the Council directs to manage any conflict notified under clause 7.1.
7.3 The Consultant shall not offer any gift, hospitality or other benefit to any officer or member of the Council, and shall record in a register any gift or hospitality offered to its Staff by landowners or developers in connection with the Services.
7.4 The Consultant confirms that it disclosed to the Council, before the award of this Contract, every relationship between the Consultant or its Staff and any officer or member of the Council involved in the procurement, and shall keep that disclosure up to date for the duration of this Contract.
7.5 The Consultant is encouraged to notify the Council before engaging any former officer of the Council on the Services.
7.6 Officers of the Council involved in managing this Contract shall complete a declaration of interests in accordance with section 117 of the Local Government Act 1972 and the Council's Officer Code of Conduct.
# 8. TRANSPARENCY
8.1 The Consultant shall co-operate fully with the Council to enable it to publish information about this Contract under the Local Government Transparency Code 2015 and to respond to requests under the Freedom of Information Act 2000 and the Environmental Information Regulations 2004.
# 9. RECORDS AND AUDIT
9.1 The Consultant shall keep accurate accounts and records of its time charges and expenses and shall allow the Council's internal auditors to inspect them in order to verify invoices.
# 10. TERMINATION
10.1 The Council may terminate this Contract at any time by giving 30 days' written notice to the Consultant.
'''
E16 = '''
ES-01 gap TOC line + heading 3 with only a [Guidance: ...] note
ES-02 gap 4.1 '[insert name of code of conduct]'; 7.6 Officer Code is Council's own
ES-03 gap absent
ES-04 gap absent
ES-05 gap heading '5. WHISTLEBLOWING' with no body + TOC line
ES-06 pass 6.1 no bribe + adequate procedures + inform
ES-07 pass 8.1 Transparency Code + FOI/EIR co-operation
ES-08 gap 9.1 financial (time/expenses) audit only
ES-09 gap 10.1 termination for convenience only
ES-10 weak 6.2 certificate on anti-bribery clause only (one topic)
COI-01 pass 7.1 avoid + notify conflicts
COI-02 pass 7.2 measures as Council directs
COI-03 pass 7.3 no gifts/hospitality + register
COI-04 weak 7.5 'is encouraged to notify' former officers (permissive)
COI-05 gap 7.6 buyer-side officer declarations only
COI-06 pass 7.4 confirms procurement-stage disclosure, kept current
CDM-01 gap absent
CDM-02 gap absent
CDM-03 gap absent
CDM-04 gap absent
CDM-05 gap absent
CDM-06 gap absent
'''

CONTRACTS = [
    ("c01_county_adult_homecare", "txt", "plain", C01, E01),
    ("c02_nhs_trust_cleaning", "docx", "hand", C02, E02),
    ("c03_dept_it_calloff", "docx", "hand", C03, E03),
    ("c04_university_catering", "odt", "fodt", C04, E04),
    ("c05_police_fleet", "md", "plain", C05, E05),
    ("c06_ni_domiciliary_care", "odt", "hand", C06, E06),
    ("c07_nz_transport_consultancy", "docx", "hand", C07, E07),
    ("c08_canada_conservation_visitor", "txt", "plain", C08, E08),
    ("c09_council_charity_grant", "md", "plain", C09, E09),
    ("c10_academy_wrap_care_we_you", "odt", "fodt", C10, E10),
    ("c11_fire_occupational_health", "docx", "html", C11, E11),
    ("c12_ireland_leisure_licence", "odt", "hand", C12, E12),
    ("c13_borough_housing_repairs", "txt", "plain", C13, E13),
    ("c14_dept_advisory_partner", "docx", "hand", C14, E14),
    ("c15_nhs_patient_catering", "md", "plain", C15, E15),
    ("c16_district_regen_consultancy", "txt", "plain", C16, E16),
]
