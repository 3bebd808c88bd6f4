"""Contract pages and verdicts for blind set 31 (written from ../shared/rule-catalogue.md only).

Every body, person, place and reference number is invented; statutes, regulators and ombudsmen
named are real. Each entry: slug, output kind, paper, site chrome, page title, the contract body
(HTML inside <article class="contract">), the 22 verdict lines, and probes (strings present in the
page source but not in the contract text as a reader of the output sees it).
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

CONTRACTS = []

# ---------------------------------------------------------------------------------------------
# c01  English district council, Chromium default header/footer, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c01-community-transport-terms-harrowfield",
    kind="pdf", mode="default-hf", paper="A4",
    title="Community transport services: standard terms",
    site=dict(
        name="Harrowfield District Council",
        cookie="We use some essential cookies to make this website work. We'd also like to set analytics cookies to understand how you use the site.",
        nav=[("Bins and recycling", "#"), ("Council tax", "#"), ("Business", "#"), ("Your council", "#"),
             ("Complaints", "#"), ("Whistleblowing", "#"), ("Freedom of information", "#"), ("Contact us", "#")],
        crumbs=["Home", "Business", "Selling to the council", "Standard terms and conditions"],
        updated="Last updated: 3 February 2025. Page owner: Procurement and Contracts Team.",
        related=["Selling to the council", "Contracts register", "Code of conduct for councillors",
                 "Anti-fraud and corruption strategy", "How to make a complaint"],
        footer=["Accessibility statement", "Complaints procedure", "Modern slavery statement",
                "Privacy notice", "Cookies", "Freedom of information", "Contact us"],
        copyright="(c) Harrowfield District Council, Civic Centre, Market Way, Harrowfield HF1 2DC",
    ),
    toc=[("s1", "1. About these terms"), ("s2", "2. Standards of conduct"), ("s3", "3. Conflicts of interest"),
         ("s4", "4. Complaints from passengers"), ("s5", "5. Information and monitoring"), ("s6", "6. Ending the contract")],
    body="""
<h1>Community transport services: standard terms</h1>
<p>These terms apply to every order the Council places for door-to-door community transport, dial-a-ride journeys and accompanied shopping trips. They were approved by the Cabinet Member for Communities on 28 January 2025 and form part of each call-off order issued under the Community Transport Dynamic Purchasing System (reference HDC-CT-2025).</p>

<h2 id="s1">1. About these terms</h2>
<p><strong>1.1</strong> In these terms "the Council" means Harrowfield District Council, "the Provider" means the organisation named in the order, "Passenger" means any person who travels or books a journey under the order, and "Staff" means the Provider's drivers, passenger assistants, schedulers, volunteers and managers.</p>
<p><strong>1.2</strong> In the event of any conflict between these terms and the order, the order prevails for price and service hours and these terms prevail for everything else.</p>
<p><strong>1.3</strong> Before the order was placed the Provider completed the selection questionnaire and stated that none of the mandatory exclusion grounds applied to it.</p>

<h2 id="s2">2. Standards of conduct</h2>
<p><strong>2.1</strong> The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) when delivering the Services, because Passengers and the public see the Provider as acting for the Council.</p>
<p><strong>2.2</strong> The Provider shall meet the standards set out in the Council's Supplier Code of Conduct, published on the Selling to the council page, and shall give a copy of it to every member of Staff.</p>
<p><strong>2.3</strong> Where the Provider uses another operator to cover journeys, the Council expects the Provider to make that operator aware of the Supplier Code of Conduct and of this section 2.</p>
<p><strong>2.4</strong> The Provider shall make sure that every driver has completed training in passenger assistance, wheelchair restraint and vehicle safety checks before carrying Passengers, and shall keep records of that training.</p>
<p><strong>2.5</strong> The Provider shall have a whistleblowing policy that allows Staff to raise concerns about wrongdoing connected with the Services with the Provider's management or directly with the Council's Monitoring Officer, and shall ensure that no member of Staff suffers any detriment for raising a concern in good faith.</p>
<p><strong>2.6</strong> The Provider shall not offer, give or accept any bribe, inducement or reward in connection with the Services, shall maintain adequate procedures to prevent bribery and fraud by its Staff, and shall notify the Council immediately if it becomes aware of any breach of this clause or of any investigation into one.</p>
<p><strong>2.7</strong> The Council's officers who manage this contract must not accept gifts or hospitality from the Provider, other than items of trivial value, and must record any offer in the Council's gifts and hospitality register.</p>

<h2 id="s3">3. Conflicts of interest</h2>
<p><strong>3.1</strong> The Provider shall take all necessary steps to ensure that neither it nor its Staff are placed in a position where their personal, professional or financial interests conflict, or could conflict, with their duties under the order, and shall notify the Council in writing without delay of any actual or potential conflict of interest, with details of how it proposes to deal with it.</p>
<p><strong>3.2</strong> The Provider shall take whatever steps the Council reasonably directs to manage or remove a conflict of interest. If the conflict cannot be removed to the Council's satisfaction, the Council may terminate the order by written notice.</p>
<p><strong>3.3</strong> The Provider may keep a record of the interests declared by its directors and schedulers, and the Council may ask to see it.</p>
<p><strong>3.4</strong> The Provider shall tell the Council before it engages, on work under the order, any person who was an officer or councillor of the Council at any time in the previous two years, and shall ensure that any such person does not use information obtained in that role for the Provider's benefit.</p>

<h2 id="s4">4. Complaints from passengers</h2>
<p><strong>4.1</strong> The Provider shall operate a written complaints procedure for Passengers and their carers which is free to use, is explained on every booking confirmation and in large print on request, and allows complaints to be made by telephone, in writing or in person to a driver.</p>
<p><strong>4.2</strong> The Provider shall acknowledge each complaint within three working days and send a full response within 15 working days, or explain the delay and give a new date where the complaint needs longer.</p>
<p><strong>4.3</strong> Where a Passenger remains dissatisfied, the Provider should tell them they can ask the Council to review the complaint and then go to the Local Government and Social Care Ombudsman, and should help with any questions the Ombudsman asks.</p>
<p><strong>4.4</strong> The Provider shall send the Council a quarterly complaints return within ten working days of the end of each quarter showing complaints received, upheld, partially upheld and not upheld, the themes raised and the action taken.</p>
<p><strong>4.5</strong> Each year the Provider shall review its complaints for trends and root causes, and shall agree with the Council an action plan for any theme that has produced three or more upheld complaints.</p>
<p><strong>4.6</strong> The Provider runs an annual survey of its drivers and volunteers and may share a summary with the Council.</p>

<h2 id="s5">5. Information and monitoring</h2>
<p><strong>5.1</strong> The Provider shall treat all Passenger information as confidential and shall process personal data only in accordance with the order and data protection law.</p>
<p><strong>5.2</strong> The Provider shall not be required to assist the Council with any request made under the Freedom of Information Act 2000 or to provide information for publication under the Local Government Transparency Code 2015, and the Council will answer such requests from its own records.</p>
<p><strong>5.3</strong> The Council may inspect the Provider's records relating to the Services on reasonable notice and may attend the Provider's premises for that purpose.</p>
<p><strong>5.4</strong> The Provider shall give the Council, within 20 working days after the end of each financial year, a self audit certificate confirming that its invoices and financial records for the Services are complete and accurate.</p>

<h2 id="s6">6. Ending the contract</h2>
<p><strong>6.1</strong> The Council may terminate the order with immediate effect by written notice if the Provider or any of its Staff breaches clause 2.1, 2.5, 2.6 or 3.1, or acts in a way that brings the Council into disrepute, and may instead require the Provider to remove from the Services any member of Staff whose conduct caused the breach.</p>
<p><strong>6.2</strong> Either party may end the order on three months' written notice without giving a reason.</p>
<p><strong>6.3</strong> Clauses 4.4, 5.1 and 6.1 continue after the order ends.</p>
""",
    expected="""
ES-01 pass  # clause 2.1: "The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life"
ES-02 pass  # clause 2.2: "The Provider shall meet the standards set out in the Council's Supplier Code of Conduct"
ES-03 weak  # clause 2.3: "the Council expects the Provider to make that operator aware of the Supplier Code of Conduct" (expects; no equivalent obligations imposed)
ES-04 gap  # clause 2.4: training "in passenger assistance, wheelchair restraint and vehicle safety checks" only (no ethics topic; 2.2 only gives Staff a copy of the Code)
ES-05 pass  # clause 2.5: "The Provider shall have a whistleblowing policy" and "no member of Staff suffers any detriment for raising a concern in good faith"
ES-06 pass  # clause 2.6: "shall maintain adequate procedures to prevent bribery and fraud by its Staff, and shall notify the Council immediately"
ES-07 gap  # clause 5.2: "The Provider shall not be required to assist the Council with any request made under the Freedom of Information Act 2000" (negated; 'Freedom of information' in the menu and footer is page chrome)
ES-08 weak  # clause 5.3: "The Council may inspect the Provider's records relating to the Services on reasonable notice" (audit right naming no ethics clause)
ES-09 pass  # clause 6.1: "terminate the order with immediate effect by written notice if the Provider or any of its Staff breaches clause 2.1, 2.5, 2.6 or 3.1"
ES-10 gap  # clause 5.4: the only certificate is "a self audit certificate confirming that its invoices and financial records for the Services are complete and accurate" (financial only)
COI-01 pass  # clause 3.1: "shall notify the Council in writing without delay of any actual or potential conflict of interest" (1.2 precedence 'conflict' is a decoy)
COI-02 pass  # clause 3.2: "The Provider shall take whatever steps the Council reasonably directs to manage or remove a conflict of interest"
COI-03 gap  # clause 2.7: "The Council's officers who manage this contract must not accept gifts or hospitality" (wrong party only)
COI-04 pass  # clause 3.4: "shall tell the Council before it engages, on work under the order, any person who was an officer or councillor of the Council at any time in the previous two years"
COI-05 weak  # clause 3.3: "The Provider may keep a record of the interests declared by its directors and schedulers" (permissive)
COI-06 gap  # clause 1.3: past-tense statement that "none of the mandatory exclusion grounds applied to it" (exclusion-ground decoy; no relationship disclosure)
CDM-01 pass  # clause 4.1: "The Provider shall operate a written complaints procedure for Passengers and their carers which is free to use"
CDM-02 pass  # clause 4.4: "The Provider shall send the Council a quarterly complaints return"
CDM-03 gap  # clause 4.6: only "an annual survey of its drivers and volunteers" (staff survey decoy; no Passenger feedback)
CDM-04 weak  # clause 4.3: "should tell them they can ask the Council to review the complaint and then go to the Local Government and Social Care Ombudsman" (should)
CDM-05 pass  # clause 4.5: "shall review its complaints for trends and root causes, and shall agree with the Council an action plan"
CDM-06 pass  # clause 4.2: "The Provider shall acknowledge each complaint within three working days and send a full response within 15 working days"
""",
    probes=["Whistleblowing", "Modern slavery statement", "Was this page helpful?"],
))

# ---------------------------------------------------------------------------------------------
# c02  Welsh county borough council, --no-pdf-header-footer + CSS @page margin boxes, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c02-community-meals-agreement-cwm-tawel",
    kind="pdf", mode="margin-box", paper="A4",
    title="Community meals service agreement",
    margin_texts=["Cyngor Bwrdeistref Sirol Cwm Tawel / Cwm Tawel County Borough Council",
                  "Community meals service agreement",
                  "Printed from cwmtawel.gov.wales - check the website for the current version"],
    css="""
@page{@top-left{content:"Cyngor Bwrdeistref Sirol Cwm Tawel / Cwm Tawel County Borough Council";font-size:8pt;color:#555}
@top-right{content:"Community meals service agreement";font-size:8pt;color:#555}
@bottom-left{content:"Printed from cwmtawel.gov.wales - check the website for the current version";font-size:7.5pt;color:#555}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt}}
ol.alpha{margin:2px 0 4px 0}
""",
    site=dict(
        name="Cwm Tawel County Borough Council",
        cookie="Cwcis / Cookies: we use cookies to make this website work and to collect anonymous statistics.",
        nav=[("Cymraeg", "#"), ("Social care", "#"), ("Schools", "#"), ("Business", "#"),
             ("Complaints and compliments", "#"), ("Whistleblowing", "#"), ("Code of conduct", "#"), ("Contact us", "#")],
        crumbs=["Home", "Social care", "Commissioning", "Provider agreements", "Community meals service agreement"],
        updated="Page last reviewed: 11 November 2024. Next review: November 2025.",
        related=["Social Services Complaints Policy", "Provider forum", "Welsh language standards",
                 "Safeguarding adults", "Commissioning intentions 2025 to 2028"],
        footer=["Complaints procedure", "Public Services Ombudsman for Wales", "Modern slavery statement",
                "Freedom of information requests", "Accessibility", "Privacy"],
        copyright="Cyngor Bwrdeistref Sirol Cwm Tawel, Canolfan Ddinesig, Heol y Bont, Cwm Tawel CT4 7AA",
    ),
    toc=[("c1", "Clause 1: Definitions and laws"), ("c2", "Clause 2: Conduct and ethics"),
         ("c3", "Clause 3: Conflicts and gifts"), ("c4", "Clause 4: Complaints and feedback"),
         ("c5", "Clause 5: Monitoring, information and assurance"), ("c6", "Clause 6: Remedies")],
    body="""
<h1>Community meals service agreement</h1>
<p>This agreement is between Cwm Tawel County Borough Council ("the Council") and the provider named in the placement schedule ("the Provider") for the preparation and delivery of hot and frozen meals to people assessed as needing them under the Social Services and Well-being (Wales) Act 2014. The agreement runs from 1 April 2025 to 31 March 2028.</p>

<h2 id="c1">Clause 1: Definitions and laws</h2>
<p>1.1 In this agreement:</p>
<ol class="alpha" type="a">
<li>"Service User" means a person to whom the Council has agreed to provide community meals;</li>
<li>"Staff" means the Provider's cooks, drivers, delivery assistants, volunteers and managers working on the service;</li>
<li>"Prohibited Act" means offering, giving or agreeing to give any person any gift or consideration as an inducement or reward for doing anything in relation to this agreement, or committing any offence under the Bribery Act 2010 or the Fraud Act 2006;</li>
<li>"Working Day" means any day other than a Saturday, Sunday or public holiday in Wales.</li>
</ol>
<p>1.2 The Provider shall comply with all laws relevant to the service, including:</p>
<ol class="alpha" type="a">
<li>the Food Safety Act 1990 and food hygiene regulations;</li>
<li>the Equality Act 2010 and the Welsh Language (Wales) Measure 2011;</li>
<li>the Bribery Act 2010; and</li>
<li>data protection legislation.</li>
</ol>

<h2 id="c2">Clause 2: Conduct and ethics</h2>
<p>2.1 The Council expects the Provider to have regard to the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in the way it delivers meals and deals with Service Users.</p>
<p>2.2 The Provider shall adopt and maintain a written code of conduct for its Staff covering honesty with Service Users' money and property, respect for Service Users in their homes, conflicts of interest, gifts and speaking up, and shall comply with it.</p>
<p>2.3 The Provider shall ensure that all Staff:</p>
<ol class="alpha" type="a">
<li>receive induction training on the code of conduct, conflicts of interest, gifts and speaking up before their first delivery round;</li>
<li>complete refresher training on those topics every year; and</li>
<li>sign a record of the training, which the Provider shall keep for the life of this agreement and show to the Council on request.</li>
</ol>
<p>2.4 The Provider shall maintain a whistleblowing procedure through which Staff can raise concerns about the service with a named senior manager or directly with the Council, and shall not dismiss or subject to any other detriment any member of Staff who makes a protected disclosure within the meaning of the Public Interest Disclosure Act 1998.</p>
<p>2.5 If the Provider uses a subcontractor to cook or deliver meals, the Provider shall impose on that subcontractor obligations equivalent to those in clauses 2.2 to 2.4 and 3.1 to 3.3, and shall enforce them.</p>

<h2 id="c3">Clause 3: Conflicts and gifts</h2>
<p>3.1 The Provider shall avoid any situation in which the Provider or any of its Staff has an interest that conflicts, or may conflict, with the interests of a Service User or of the Council, and shall notify the Council's contract officer promptly in writing of any actual or potential conflict.</p>
<p>3.2 Where a conflict has been notified, the Provider should consider any steps the Council suggests to reduce its effect.</p>
<p>3.3 The Provider shall ensure that its Staff do not accept gifts, money, loans or legacies from Service Users or their families, and shall keep a register of every gift or hospitality offered to Staff, whether accepted or declined.</p>
<p>3.4 The Provider shall obtain from each of its directors and from every manager who places orders or allocates rounds an annual declaration of interests, including a nil declaration where there is nothing to declare, and shall keep those declarations in a register of interests that it shall send to the Council each April.</p>
<p>3.5 The Provider confirms that it has disclosed to the Council any relationship between the Provider, its directors or its Staff and any person involved in evaluating the tenders for this agreement, and shall keep that disclosure up to date for the life of the agreement.</p>
<p>3.6 During the agreement and for six months after it ends, neither party shall solicit or entice away any employee of the other party who has worked on the service.</p>

<h2 id="c4">Clause 4: Complaints and feedback</h2>
<p>4.1 The Provider shall operate a complaints procedure which complies with the Social Services Complaints Procedure (Wales) Regulations 2014 for any Service User, carer or representative who is unhappy with the service, and shall publicise it in English and Welsh in the information pack given to every Service User.</p>
<details open>
<summary>How quickly complaints must be handled</summary>
<p>4.2 The Provider shall acknowledge every complaint within two Working Days and shall try to resolve it locally within ten Working Days. Where a complaint is not resolved, the Provider shall send a written response within 25 Working Days, or explain in writing why more time is needed.</p>
</details>
<details open>
<summary>The Public Services Ombudsman for Wales</summary>
<p>4.3 The Provider shall co-operate fully with any investigation by the Council or by the Public Services Ombudsman for Wales into a complaint about the service, including by providing information, answering questions and attending meetings, and shall implement any recommendation that the Ombudsman or the Council makes.</p>
</details>
<p>4.4 The Provider shall give the Council details of the complaints it has received whenever the Council requests them.</p>
<p>4.5 Every six months the Provider shall ask Service Users for their views on the temperature, choice and quality of meals and on the manner of its Staff, and shall send the Council a summary of the results and of any comments received.</p>
<p>4.6 The Provider's brochure states that nine out of ten of its customers rate its meals as good or excellent.</p>

<h2 id="c5">Clause 5: Monitoring, information and assurance</h2>
<p>5.1 The Council may monitor the Provider's compliance with clauses 2 and 3, including by reviewing its code of conduct, training records, gifts register and register of interests, interviewing Staff, and reviewing ethical performance at each quarterly contract review meeting, and the Provider shall give the Council access for that purpose.</p>
<p>5.2 The Provider acknowledges that the Council is subject to the Freedom of Information Act 2000 and the Environmental Information Regulations 2004, and shall provide all information and assistance the Council needs to respond to a Request for Information within five Working Days of the Council's request.</p>
<p>5.3 The Provider warrants that it has in place, and will maintain, the structures and arrangements necessary to support the ethical standards in clauses 2 and 3, and within 20 Working Days of the start date, and then every year, a director of the Provider shall certify in writing to the Council that the Provider has complied with those clauses.</p>

<h2 id="c6">Clause 6: Remedies</h2>
<p>6.1 If the Provider commits a material breach of this agreement which is not remedied within 30 days of a notice, the Council may terminate the agreement.</p>
<p>6.2 The Council may suspend new referrals to the Provider while a breach is being investigated.</p>
""",
    expected="""
ES-01 weak  # clause 2.1: "The Council expects the Provider to have regard to the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership" (expects)
ES-02 pass  # clause 2.2: "The Provider shall adopt and maintain a written code of conduct for its Staff"
ES-03 pass  # clause 2.5: "the Provider shall impose on that subcontractor obligations equivalent to those in clauses 2.2 to 2.4 and 3.1 to 3.3, and shall enforce them"
ES-04 pass  # clause 2.3(a)-(c): "receive induction training on the code of conduct, conflicts of interest, gifts and speaking up" and a kept training record
ES-05 pass  # clause 2.4: "The Provider shall maintain a whistleblowing procedure" and no "detriment" for a "protected disclosure"
ES-06 gap  # clause 1.1(c) and 1.2(c): "Prohibited Act" is only defined and "the Bribery Act 2010; and" sits only in a list of laws (definition-only and list-of-laws decoys)
ES-07 pass  # clause 5.2: "shall provide all information and assistance the Council needs to respond to a Request for Information"
ES-08 pass  # clause 5.1: "The Council may monitor the Provider's compliance with clauses 2 and 3" incl. "reviewing ethical performance at each quarterly contract review meeting"
ES-09 weak  # clause 6.1: "If the Provider commits a material breach of this agreement which is not remedied within 30 days of a notice, the Council may terminate the agreement" (no ethics link)
ES-10 pass  # clause 5.3: "The Provider warrants that it has in place, and will maintain, the structures and arrangements necessary to support the ethical standards" and annual certificate
COI-01 pass  # clause 3.1: "shall notify the Council's contract officer promptly in writing of any actual or potential conflict"
COI-02 weak  # clause 3.2: "the Provider should consider any steps the Council suggests to reduce its effect" (should consider)
COI-03 pass  # clause 3.3: "shall keep a register of every gift or hospitality offered to Staff, whether accepted or declined"
COI-04 gap  # clause 3.6: only mutual non-solicitation of employees (decoy); no former officers or councillors
COI-05 pass  # clause 3.4: "an annual declaration of interests, including a nil declaration" kept "in a register of interests that it shall send to the Council each April"
COI-06 pass  # clause 3.5: "The Provider confirms that it has disclosed to the Council any relationship" with tender evaluators, kept up to date
CDM-01 pass  # clause 4.1: "The Provider shall operate a complaints procedure which complies with the Social Services Complaints Procedure (Wales) Regulations 2014"
CDM-02 weak  # clause 4.4: "details of the complaints it has received whenever the Council requests them" (on request only)
CDM-03 pass  # clause 4.5: "Every six months the Provider shall ask Service Users for their views" and send a summary
CDM-04 pass  # clause 4.3 (open accordion): "The Provider shall co-operate fully with any investigation by the Council or by the Public Services Ombudsman for Wales"
CDM-05 gap  # nothing requires analysis of complaints or survey results; clause 4.6 is a brochure claim (marketing decoy)
CDM-06 pass  # clause 4.2 (open accordion): "The Provider shall acknowledge every complaint within two Working Days"
""",
    probes=["Whistleblowing", "Page 1 of", "Modern slavery statement", "Report a problem with this page"],
))

# ---------------------------------------------------------------------------------------------
# c03  NHS integrated care board, Chromium default header/footer, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c03-ear-care-service-conditions-nhs-icb",
    kind="pdf", mode="default-hf", paper="A4",
    title="Community ear care service: provider conditions",
    site=dict(
        name="NHS Avon Fells Integrated Care Board",
        cookie="Cookies on the NHS Avon Fells ICB website: we've put some small files called cookies on your device to make our site work.",
        nav=[("About us", "#"), ("Your health", "#"), ("Get involved", "#"), ("Publications", "#"),
             ("Freedom of Information", "#"), ("Conflicts of interest register", "#"), ("Complaints", "#")],
        crumbs=["Home", "Working with us", "Procurement", "Community ear care service"],
        updated="Page last reviewed: 9 December 2024 | Next review due: 9 December 2025",
        related=["Declarations of interest: ICB board members", "Freedom to Speak Up at the ICB",
                 "Patient Advice and Liaison Service (PALS)", "Procurement decisions and contract awards"],
        footer=["Complaints", "Freedom to Speak Up", "Gifts and hospitality register", "Modern slavery statement",
                "Accessibility statement", "Terms and conditions"],
        copyright="NHS Avon Fells Integrated Care Board, Riverside House, Fellgate BF2 9NQ",
    ),
    toc=[("a", "Definitions"), ("b", "Standards of business conduct"), ("c", "Interests, gifts and hospitality"),
         ("d", "Patient experience and complaints"), ("e", "Assurance and remedies")],
    sidebar="""<aside class="sidebar" aria-label="At a glance"><h2>At a glance</h2><p>Contract form: NHS Standard Contract (shorter form) with these particulars.</p><p>Term: 1 April 2025 to 31 March 2027, with an option to extend by 12 months.</p><p>Contact: procurement team, email avonfells.procurement@nhs.example</p></aside>""",
    body="""
<h1>Community ear care service: provider conditions</h1>
<p>These conditions form part of each contract the ICB awards for the community ear care (microsuction and ear irrigation) service and sit alongside the NHS Standard Contract General Conditions. They apply to every provider on the approved list for 2025/26 and 2026/27.</p>

<h2 id="a">1. Definitions</h2>
<dl class="defs">
<dt>Conflict of Interest</dt><dd>a set of circumstances in which there is a risk that the Provider's or a member of Staff's ability to act in the interests of patients or the ICB could be impaired or influenced by another interest they hold.</dd>
<dt>Decision-Making Staff</dt><dd>the Provider's directors, clinical lead and any member of Staff who decides which patients are seen, how services are purchased or how income is spent.</dd>
<dt>Staff</dt><dd>all persons employed or engaged by the Provider or any Sub-Contractor in providing the service.</dd>
</dl>
<p>1.1 If there is any conflict or inconsistency between these conditions and the General Conditions, these conditions prevail.</p>
<p>1.2 The Provider shall deliver the service from premises registered with the Care Quality Commission, using clinicians who hold the ear care competencies set out in the service specification, and shall offer every patient referred by a general practice an appointment within 15 working days of referral. Home visits are available only to patients who are housebound and are paid at the separate tariff in the contract particulars.</p>

<h2 id="b">2. Standards of business conduct</h2>
<p>2.1 The Provider shall comply with, and shall ensure that all Staff comply with, the Seven Principles of Public Life in everything they do under the contract.</p>
<p>2.2 The Provider shall follow the ICB's code of practice for the decontamination of reusable ear care instruments and the manufacturer's instructions for every microsuction unit.<sup>1</sup></p>
<p>2.3 The Provider shall ensure that every member of Staff completes Freedom to Speak Up training and training on managing conflicts of interest and anti-bribery within eight weeks of starting and every two years after that, and shall make training records available to the ICB.</p>
<p>2.4 The Provider shall appoint a Freedom to Speak Up Guardian, or give Staff access to one, shall have a speaking up policy that follows the national policy for the NHS, and shall ensure that no worker suffers detriment for speaking up, including where they raise a concern with the ICB, the Care Quality Commission or another prescribed person.</p>
<p>2.5 The Provider shall not commit any Prohibited Act, shall have adequate procedures in place to prevent bribery, fraud and corruption by its Staff, and shall immediately notify the ICB and the NHS Counter Fraud Authority of any suspected fraud or bribery connected with the contract.</p>
<p>2.6 The Provider shall procure that each Sub-Contractor complies with obligations no less onerous than those in sections 2 and 3 of these conditions.</p>
<p>2.7 The Provider shall provide the ICB with all information it reasonably requires to comply with the Freedom of Information Act 2000 and to publish contract and performance information, within ten Operational Days of a request.</p>

<h2 id="c">3. Interests, gifts and hospitality</h2>
<p>3.1 If the ICB becomes aware that a Conflict of Interest affects the Provider or its Staff, the ICB may require the Provider to take the steps the ICB directs to manage it, and where it cannot be managed the ICB may terminate the contract on one month's notice.</p>
<p>3.2 The Provider must ensure that all Staff comply with the guidance Managing Conflicts of Interest in the NHS in relation to gifts, hospitality and other inducements and actual or potential conflicts of interest, and shall maintain a register of gifts and hospitality offered to Staff.</p>
<p>3.3 The Provider shall obtain a declaration of interest, or a nil return, from each of its Decision-Making Staff on appointment, whenever their interests change and at least annually, shall keep them in a register, and shall publish on its website the name and position of any Decision-Making Staff who have neither completed a declaration of interest nor submitted a nil return.</p>
<p>3.4 The Provider shall notify the ICB before engaging, in any role connected with the contract, a person who was employed by the ICB or a predecessor clinical commissioning group within the preceding two years, and shall ensure that person does not use confidential information from that employment.</p>
<p>3.5 Providers joining the approved list are asked to tell the ICB about any relationship with members of the ICB's evaluation panel.</p>

<h2 id="d">4. Patient experience and complaints</h2>
<p>4.1 The Provider shall establish and operate a complaints procedure that complies with the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009, and shall publicise it in every clinic and on its website.</p>
<p>4.2 The Provider shall acknowledge a complaint within three working days and shall send its response within 25 working days or within any longer period agreed with the complainant, explaining any delay.</p>
<p>4.3 The Provider shall co-operate with the Parliamentary and Health Service Ombudsman in any investigation and shall implement any recommendation the Ombudsman makes.</p>
<p>4.4 The Provider shall report complaints to the ICB quarterly, showing the numbers received, upheld, partially upheld and not upheld, the time taken and the themes, and shall submit the KO41a return.</p>
<p>4.5 The Provider shall offer every patient the Friends and Family Test after each appointment and shall report the results to the ICB monthly.</p>
<p>4.6 The Provider shall review complaints and Friends and Family Test results each quarter for themes, record the lessons learned and agree an action plan with the ICB where the proportion of patients who would recommend the service falls below 90 per cent.</p>

<h2 id="e">5. Assurance and remedies</h2>
<p>5.1 The Provider shall maintain the governance structures needed to support these standards of business conduct.</p>
<p>5.2 The ICB may audit the Provider's compliance with sections 2 and 3, and may review the registers and training records at any contract management meeting.</p>
<p>5.3 Where the Provider breaches section 2 or 3, the ICB may require a Remedial Action Plan, may require the removal of any member of Staff responsible from the service, and, where the breach is serious or repeated, may terminate the contract.</p>
<div class="fn"><p><sup>1</sup> The code of practice is available from the ICB's infection prevention and control team. It covers cleaning, storage and single-use items only.</p></div>
""",
    expected="""
ES-01 pass  # clause 2.1: "The Provider shall comply with, and shall ensure that all Staff comply with, the Seven Principles of Public Life"
ES-02 gap  # clause 2.2 and footnote 1: only "the ICB's code of practice for the decontamination of reusable ear care instruments" (technical code of practice decoy)
ES-03 pass  # clause 2.6: "The Provider shall procure that each Sub-Contractor complies with obligations no less onerous than those in sections 2 and 3"
ES-04 pass  # clause 2.3: "completes Freedom to Speak Up training and training on managing conflicts of interest and anti-bribery" with training records
ES-05 pass  # clause 2.4: "shall appoint a Freedom to Speak Up Guardian" and "no worker suffers detriment for speaking up"
ES-06 pass  # clause 2.5: "shall have adequate procedures in place to prevent bribery, fraud and corruption by its Staff"
ES-07 pass  # clause 2.7: "all information it reasonably requires to comply with the Freedom of Information Act 2000 and to publish contract and performance information"
ES-08 pass  # clause 5.2: "The ICB may audit the Provider's compliance with sections 2 and 3"
ES-09 pass  # clause 5.3: "Where the Provider breaches section 2 or 3, the ICB may require a Remedial Action Plan"
ES-10 weak  # clause 5.1: "The Provider shall maintain the governance structures needed to support these standards of business conduct" (structures only, no certificate)
COI-01 gap  # definition "Conflict of Interest" and clause 1.1 "conflict or inconsistency" only; 3.1 is the ICB's power and nothing requires the Provider to avoid or notify a conflict (definition-only and precedence decoys)
COI-02 pass  # clause 3.1: "the ICB may require the Provider to take the steps the ICB directs to manage it, and where it cannot be managed the ICB may terminate the contract"
COI-03 pass  # clause 3.2: "shall maintain a register of gifts and hospitality offered to Staff"
COI-04 pass  # clause 3.4: "shall notify the ICB before engaging" a person "employed by the ICB or a predecessor clinical commissioning group within the preceding two years"
COI-05 pass  # clause 3.3: "shall obtain a declaration of interest, or a nil return, from each of its Decision-Making Staff"
COI-06 weak  # clause 3.5: "Providers joining the approved list are asked to tell the ICB about any relationship with members of the ICB's evaluation panel" (request, no confirmation)
CDM-01 pass  # clause 4.1: "The Provider shall establish and operate a complaints procedure"
CDM-02 pass  # clause 4.4: "The Provider shall report complaints to the ICB quarterly"
CDM-03 pass  # clause 4.5: "The Provider shall offer every patient the Friends and Family Test after each appointment and shall report the results to the ICB monthly"
CDM-04 pass  # clause 4.3: "The Provider shall co-operate with the Parliamentary and Health Service Ombudsman"
CDM-05 pass  # clause 4.6: "record the lessons learned and agree an action plan with the ICB"
CDM-06 pass  # clause 4.2: "The Provider shall acknowledge a complaint within three working days"
""",
    probes=["Get involved", "Gifts and hospitality register", "Was this page helpful?",
            "Page last reviewed: 9 December 2024"],
))

# ---------------------------------------------------------------------------------------------
# c04  Scottish council, --no-pdf-header-footer + the site's own repeated print header, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c04-community-food-fund-grant-strathkellan",
    kind="pdf", mode="print-header", paper="A4",
    title="Community Food Fund: conditions of grant",
    thead_header="Strathkellan Council | www.strathkellan.gov.scot | Community Food Fund: conditions of grant | Printed copy - uncontrolled when printed",
    site=dict(
        name="Strathkellan Council",
        cookie="Tell us whether you accept cookies. We use cookies to collect information about how you use strathkellan.gov.scot.",
        nav=[("Council tax", "#"), ("Housing", "#"), ("Community and grants", "#"), ("Council and democracy", "#"),
             ("Complaints", "#"), ("Code of conduct", "#"), ("Freedom of information", "#")],
        crumbs=["Home", "Community and grants", "Funding for community groups", "Community Food Fund", "Conditions of grant"],
        updated="Last updated 17 March 2025 by the Communities and Funding Team",
        related=["Apply to the Community Food Fund", "Grants awarded 2024-25", "Councillors' register of interests",
                 "Whistleblowing policy for council employees", "Make a complaint about the council"],
        footer=["Complaints procedure", "Scottish Public Services Ombudsman", "Modern slavery statement",
                "Gaelic language plan", "Accessibility", "Privacy and cookies"],
        copyright="Strathkellan Council, Council Buildings, Kirk Wynd, Strathkellan KL7 3RB",
    ),
    toc=[("g1", "1. The grant"), ("g2", "2. How you must run the project"), ("g3", "3. Conflicts and disclosure"),
         ("g4", "4. Complaints and feedback"), ("g5", "5. Information, records and monitoring"), ("g6", "6. Ending the grant")],
    sidebar="""<aside class="sidebar" aria-label="Complaints about the council"><h2>Complaints about the council</h2><p>If you are unhappy with the council's own service, we aim to respond to a frontline complaint within 5 working days and to an investigation within 20 working days, under our Complaints Handling Procedure.</p><p>Conflicts of interest? Councillors and officers must declare their interests under the Councillors' Code of Conduct and the Employee Code of Conduct.</p></aside>""",
    body="""
<h1>Community Food Fund: conditions of grant</h1>
<p>These conditions apply to every grant awarded from the Community Food Fund 2025-26. Your award letter tells you the amount of the grant, the project it is for and the date by which it must be spent. In these conditions "the Council" means Strathkellan Council and "the Grantee" means the organisation named in the award letter. The Grantee accepts these conditions by signing and returning the acceptance form.</p>

<h2 id="g1">1. The grant</h2>
<p>1.1 The Grantee shall use the grant only for the project described in the award letter, which may include community larders, shared meals, cooking skills sessions and the delivery of food parcels to people who cannot leave home.</p>
<p>1.2 The Council will pay the grant in two instalments: 70 per cent on receipt of the signed acceptance form and 30 per cent on receipt of a satisfactory mid-year report.</p>
<p>1.3 The grant may be spent on food, cooking equipment, venue hire, volunteer expenses, transport for food deliveries and up to 15 per cent on the costs of coordinating the project. It may not be spent on alcohol, on items for resale at a profit, on political or religious activity, or on costs that another funder has already met. The Grantee shall ask the Council in writing before moving more than 10 per cent of the grant between the budget headings in the award letter.</p>

<h2 id="g2">2. How you must run the project</h2>
<p>2.1 The Grantee shall observe the Seven Principles of Public Life in running the project and in dealing with the people it serves, because it is spending public money on the Council's behalf.</p>
<p>2.2 The Grantee should have a code of conduct for its volunteers and staff that covers respect, confidentiality and honesty.</p>
<p>2.3 The Grantee shall make sure that volunteers and staff are appropriately trained for their roles and receive an induction before they start.</p>
<p>2.4 The Grantee shall have a procedure by which volunteers and staff can raise concerns about wrongdoing in the project, including directly with the Council's Chief Internal Auditor, and shall not subject anyone who raises a concern in good faith to detriment.</p>
<p>2.5 The Grantee shall not offer or accept any bribe or inducement in connection with the grant, shall have proportionate procedures to prevent fraud and bribery, and shall tell the Council immediately if it suspects that any part of the grant has been obtained or used fraudulently.</p>
<p>2.6 If the Grantee pays another organisation to deliver any part of the project, the Grantee shall make sure that the other organisation holds public liability insurance of at least £2 million and handles personal data securely.</p>
<p>2.7 The Grantee should record any gifts or hospitality offered to its committee members by suppliers of food or equipment.</p>

<h2 id="g3">3. Conflicts and disclosure</h2>
<p>3.1 The Grantee shall ensure that no committee member, volunteer or employee takes part in any decision about the use of the grant in which they have a personal or financial interest, and shall notify the Council promptly in writing of any actual or potential conflict of interest and how it will be handled.</p>
<p>3.2 The Grantee shall follow any reasonable direction from the Council to manage a conflict of interest. If a conflict of interest cannot be managed, the Council may withhold the second instalment or end the grant.</p>
<p>3.3 Former Council employees and councillors: Not applicable to grants under £25,000.</p>
<p>3.4 By signing the acceptance form the Grantee confirms that it has disclosed to the Council any family, business or personal relationship between its committee members and any councillor or officer involved in assessing its application, and shall tell the Council if any such relationship arises while the grant is being spent.</p>
<p>3.5 Officers on the Community Food Fund assessment panel shall declare any interest in an application, and the Council shall keep those declarations in the panel's register of interests.</p>

<h2 id="g4">4. Complaints and feedback</h2>
<p>4.1 The Grantee shall have a simple complaints procedure for people who use the project, shall display it at every session and food collection point, and shall deal with complaints fairly and in confidence.</p>
<p>4.2 If a complaint about the project is escalated to the Council and then to the Scottish Public Services Ombudsman, the Grantee shall co-operate with the Council and the Ombudsman, shall provide any information they request, and shall put into effect any remedy they recommend.</p>
<p>4.3 The Grantee is not required to report complaints to the Council, but it must keep a record of them.</p>
<p>4.4 The Grantee is encouraged to gather feedback from the people who use the project, for example by short surveys or comment cards.</p>
<p>4.5 The Grantee should use complaints and feedback to improve the project.</p>

<h2 id="g5">5. Information, records and monitoring</h2>
<p>5.1 The Grantee acknowledges that the Council is subject to the Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004, and shall provide promptly any information the Council needs to respond to a request for information about the grant. The Grantee also agrees that the Council will publish the amount of the grant and the Grantee's name in its register of grants awarded.</p>
<p>5.2 The Grantee shall keep receipts, bank statements and accounts for the project for five years and shall allow the Council's internal auditors and Audit Scotland to examine them.</p>
<p>5.3 The Grantee shall send the Council a mid-year report and an end-of-project report in the form the Council provides, showing how the grant was spent and how many people were helped. The reports shall include the number of sessions held, the number of households supported and any changes to the project that the Council agreed during the year.</p>
<details>
<summary>Annual assurance statement (larger grants)</summary>
<p>5.4 Where the grant is £25,000 or more, the Grantee shall give the Council each year a statement signed by its chair certifying that it has complied with clauses 2 and 3 and that it has arrangements in place to support those standards.</p>
</details>

<h2 id="g6">6. Ending the grant</h2>
<p>6.1 Either party may end the grant by giving the other three months' notice in writing.</p>
<p>6.2 When the grant ends the Grantee shall repay any part of the grant that has not been spent on the project, within 30 days of the Council's request.</p>
<p>6.3 The Council may ask for repayment of any part of the grant that has been spent on something other than the project.</p>
""",
    expected="""
ES-01 pass  # clause 2.1: "The Grantee shall observe the Seven Principles of Public Life in running the project"
ES-02 weak  # clause 2.2: "The Grantee should have a code of conduct for its volunteers and staff" (should)
ES-03 gap  # clause 2.6: the only flow-down is "public liability insurance of at least £2 million" and personal data (insurance and data decoys)
ES-04 weak  # clause 2.3: "appropriately trained for their roles and receive an induction before they start" (no ethics topic named)
ES-05 pass  # clause 2.4: "The Grantee shall have a procedure by which volunteers and staff can raise concerns about wrongdoing in the project"
ES-06 pass  # clause 2.5: "shall have proportionate procedures to prevent fraud and bribery, and shall tell the Council immediately"
ES-07 pass  # clause 5.1: "shall provide promptly any information the Council needs to respond to a request for information about the grant"
ES-08 gap  # clause 5.2: only "receipts, bank statements and accounts" examined by internal auditors and Audit Scotland (financial-only audit)
ES-09 gap  # clauses 6.1-6.3: only "Either party may end the grant by giving the other three months' notice in writing" and repayment of misspent money (no ethics link)
ES-10 gap  # clause 5.4 sits in a closed accordion ('Annual assurance statement (larger grants)') that Chromium does not print: not in the PDF
COI-01 pass  # clause 3.1: "shall notify the Council promptly in writing of any actual or potential conflict of interest"
COI-02 pass  # clause 3.2: "The Grantee shall follow any reasonable direction from the Council to manage a conflict of interest"
COI-03 weak  # clause 2.7: "The Grantee should record any gifts or hospitality offered to its committee members" (should)
COI-04 gap  # clause 3.3: "Former Council employees and councillors: Not applicable to grants under £25,000" (disabled text)
COI-05 gap  # clause 3.5: only "Officers on the Community Food Fund assessment panel shall declare any interest" (buyer-side declarations, wrong party)
COI-06 pass  # clause 3.4: "the Grantee confirms that it has disclosed to the Council any family, business or personal relationship"
CDM-01 pass  # clause 4.1: "The Grantee shall have a simple complaints procedure for people who use the project"
CDM-02 gap  # clause 4.3: "The Grantee is not required to report complaints to the Council" (negated)
CDM-03 weak  # clause 4.4: "The Grantee is encouraged to gather feedback from the people who use the project" (encouraged, no reporting)
CDM-04 pass  # clause 4.2: "the Grantee shall co-operate with the Council and the Ombudsman" (Scottish Public Services Ombudsman)
CDM-05 weak  # clause 4.5: "The Grantee should use complaints and feedback to improve the project" (should)
CDM-06 gap  # no timescale binds the Grantee; the 5 and 20 working-day targets are in the council's own sidebar about its own complaints (page chrome, wrong party)
""",
    probes=["Printed copy - uncontrolled when printed", "we aim to respond to a frontline complaint within 5 working days",
            "Whistleblowing policy for council employees", "Councillors' register of interests"],
    hidden=["a statement signed by its chair certifying that it has complied with clauses 2 and 3"],
))

# ---------------------------------------------------------------------------------------------
# c05  Australian state agency (Victoria), Chromium default header/footer, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c05-emergency-relief-service-terms-victoria",
    kind="pdf", mode="default-hf", paper="A4",
    title="Emergency relief services: standard service terms",
    site=dict(
        name="Department of Neighbourhoods and Regional Services (Victoria)",
        cookie="This website uses cookies and web analytics. Read our privacy statement to find out more.",
        nav=[("Funding and grants", "#"), ("Service providers", "#"), ("Regions", "#"), ("About the department", "#"),
             ("Feedback and complaints", "#"), ("Integrity and accountability", "#"), ("Freedom of Information", "#")],
        crumbs=["Home", "Service providers", "Service agreements", "Emergency relief services"],
        updated="Updated 24 February 2025. Acknowledgement of Country: we acknowledge the Traditional Owners of the lands on which we work.",
        related=["Service agreement requirements", "Report fraud or corruption to IBAC", "Public interest disclosures",
                 "Victorian Government Supplier Code of Conduct", "Client feedback and complaints"],
        footer=["Copyright", "Disclaimer", "Privacy", "Accessibility", "Complaints", "Modern slavery statement",
                "Make a public interest disclosure"],
        copyright="(c) State of Victoria (Department of Neighbourhoods and Regional Services) 2025",
    ),
    toc=[("t1", "Part A: Interpretation"), ("t2", "Part B: Integrity"), ("t3", "Part C: Clients and complaints"),
         ("t4", "Part D: Reporting and information"), ("t5", "Part E: Performance and termination")],
    body="""
<h1>Emergency relief services: standard service terms</h1>
<p>These standard service terms apply to every service agreement under which the Department funds an organisation to provide emergency relief, including food and material aid, help with utility bills and referral to financial counselling. They should be read with the service agreement details and the emergency relief program guidelines. Version 3.2, effective 1 July 2025.</p>

<h2 id="t1">Part A: Interpretation</h2>
<h3>A1 Definitions</h3>
<p>A1.1 "Department" means the Department of Neighbourhoods and Regional Services; "Service Provider" means the organisation named in the service agreement details; "Client" means a person who seeks or receives emergency relief from the Service Provider; and "Personnel" means the Service Provider's employees, volunteers, agents and subcontractors.</p>
<p>A1.2 Department employees are bound by the Code of Conduct for Victorian Public Sector Employees, which reflects the public sector values of responsiveness, integrity, impartiality, accountability, respect and leadership.</p>
<h3>A2 The services</h3>
<p>A2.1 The Service Provider must provide emergency relief from the sites and at the opening hours listed in the service agreement details, must assess each Client's immediate needs using the Department's assessment tool, and must refer Clients to financial counselling, family violence services or housing support where the assessment shows a need. Relief is to be provided without charge and without any requirement that the Client attend a religious service, join an organisation or give a donation. The Service Provider must not refuse relief solely because a Client has received relief elsewhere in the previous month.</p>

<h2 id="t2">Part B: Integrity</h2>
<h3>B1 Supplier Code of Conduct</h3>
<p>B1.1 The Service Provider must comply with the Victorian Government Supplier Code of Conduct and must ensure that its Personnel are made aware of it.</p>
<p>B1.2 The Service Provider must ensure that any subcontract it enters into for the services includes obligations no less onerous than those in this Part B, and must enforce those obligations.</p>
<p>B1.3 The Service Provider must ensure that all Personnel who assess Clients or handle vouchers, cash cards or donated goods complete training on its code of conduct, conflicts of interest, fraud and corruption awareness and speaking up within one month of starting, and annually after that, and must keep records of that training.<sup>1</sup></p>
<h3>B2 Fraud and corruption</h3>
<p>B2.1 The Service Provider must not engage in fraud or corrupt conduct, must maintain a fraud and corruption control plan appropriate to the value of vouchers and material aid it distributes, and must notify the Department within one business day of becoming aware of any suspected fraud, theft or corrupt conduct involving the funds or goods, whether or not it has also notified Victoria Police or IBAC.</p>
<h3>B3 Raising concerns</h3>
<p>B3.1 The Service Provider should have a process through which Personnel can raise concerns about improper conduct, and the Department notes that disclosures may also be made to IBAC under the Public Interest Disclosures Act 2012 (Vic).</p>
<h3>B4 Conflicts of interest</h3>
<p>B4.1 The Service Provider must ensure that Personnel do not assess or provide relief to a Client who is a relative, friend or business associate, and must notify the Department in writing as soon as it becomes aware of any actual, potential or perceived conflict of interest affecting the services.</p>
<p>B4.2 The Service Provider is not required to maintain a register of interests for its board or Personnel.</p>
<p>B4.3 The Service Provider is encouraged to notify the Department if it engages a former Department employee who was involved in funding decisions about the Service Provider.</p>
<h3>B5 Gifts, benefits and hospitality</h3>
<p>B5.1 The Service Provider must not offer any gift, benefit or hospitality to a Department employee involved in managing the service agreement, and must keep a register of gifts, benefits and hospitality offered to its Personnel by Clients, donors or suppliers.</p>

<h2 id="t3">Part C: Clients and complaints</h2>
<p>C1.1 The Service Provider must have a complaints and feedback policy that is free, accessible and culturally safe, must tell every Client how to make a complaint, and must offer help to Clients who need an interpreter or support to complain.</p>
<p>C1.2 The Service Provider must acknowledge a complaint within two business days and resolve it, or tell the complainant what is happening, within 20 business days.</p>
<p>C1.3 If a Client complains to the Victorian Ombudsman or to the Department, the Service Provider must co-operate with the investigation, provide any information requested, and implement any agreed recommendation.</p>
<p>C1.4 Each year the Service Provider must analyse its complaints and Client feedback for trends, identify root causes and agree an improvement plan with the Department's program adviser.</p>

<h2 id="t4">Part D: Reporting and information</h2>
<p>D1.1 The Service Provider must give the Department the reports in Table 1 by the due dates shown.</p>
<table class="obl">
<caption>Table 1: Reports and who prepares them</caption>
<thead><tr><th>Report</th><th>Contents</th><th>Frequency</th><th>Responsible party</th></tr></thead>
<tbody>
<tr><td>Service delivery data</td><td>Number of Clients assisted, type of relief and value distributed</td><td>Quarterly</td><td>Service Provider</td></tr>
<tr><td>Complaints report</td><td>Complaints received, resolved and outstanding, outcomes, themes and time taken</td><td>Quarterly</td><td>Service Provider</td></tr>
<tr><td>Client feedback survey</td><td>Results of a survey of Clients' satisfaction with the service</td><td>Six-monthly</td><td>Service Provider</td></tr>
<tr><td>Annual integrity statement</td><td>Statement that the program has been administered with integrity, signed by the Secretary</td><td>Annually</td><td>Department</td></tr>
</tbody>
</table>
<p>D1.2 The Service Provider acknowledges that the Freedom of Information Act 1982 (Vic) applies to documents held by the Department and must provide any information and assistance the Department reasonably requires to respond to a request under that Act.</p>
<p>D1.3 The Department or its nominee may audit the Service Provider's compliance with Part B, including its training records, gifts register and fraud and corruption control plan, and the Service Provider must give access to its premises, records and Personnel for that purpose.</p>

<h2 id="t5">Part E: Performance and termination</h2>
<p>E1.1 If the Service Provider commits a material breach of the service agreement, the Department may issue a notice requiring the breach to be remedied within 20 business days and, if it is not remedied, may terminate the service agreement.</p>
<p>E1.2 The Department may terminate the service agreement for convenience at any time by giving 60 days' written notice.</p>
<div class="fn"><p><sup>1</sup> The Department provides free online modules on fraud and corruption awareness that Service Providers may use to meet clause B1.3.</p></div>
""",
    expected="""
ES-01 gap  # clause A1.2: "Department employees are bound by the Code of Conduct for Victorian Public Sector Employees" (wrong party: only the Department's own employees)
ES-02 pass  # clause B1.1: "The Service Provider must comply with the Victorian Government Supplier Code of Conduct"
ES-03 pass  # clause B1.2: "includes obligations no less onerous than those in this Part B, and must enforce those obligations"
ES-04 pass  # clause B1.3: "complete training on its code of conduct, conflicts of interest, fraud and corruption awareness and speaking up" with training records
ES-05 weak  # clause B3.1: "The Service Provider should have a process through which Personnel can raise concerns about improper conduct" (should)
ES-06 pass  # clause B2.1: "The Service Provider must not engage in fraud or corrupt conduct, must maintain a fraud and corruption control plan"
ES-07 pass  # clause D1.2: "must provide any information and assistance the Department reasonably requires to respond to a request under that Act" (Freedom of Information Act 1982 (Vic))
ES-08 pass  # clause D1.3: "The Department or its nominee may audit the Service Provider's compliance with Part B"
ES-09 weak  # clause E1.1: "If the Service Provider commits a material breach of the service agreement" (termination with no ethics link)
ES-10 gap  # Table 1 row 'Annual integrity statement': "Statement that the program has been" administered with integrity, signed by the Secretary; responsible party Department (wrong party)
COI-01 pass  # clause B4.1: "must notify the Department in writing as soon as it becomes aware of any actual, potential or perceived conflict of interest"
COI-02 gap  # nothing on managing conflicts or a conflict-linked remedy; clause E1.2 "may terminate the service agreement for convenience" is a decoy
COI-03 pass  # clause B5.1: "must keep a register of gifts, benefits and hospitality offered to its Personnel"
COI-04 weak  # clause B4.3: "The Service Provider is encouraged to notify the Department if it engages a former Department employee" (encouraged)
COI-05 gap  # clause B4.2: "The Service Provider is not required to maintain a register of interests for its board or Personnel" (negated)
COI-06 gap  # absent from Parts A-E: no confirmation of relationships disclosed at award
CDM-01 pass  # clause C1.1: "The Service Provider must have a complaints and feedback policy that is free, accessible and culturally safe"
CDM-02 pass  # clause D1.1 and Table 1 row 'Complaints report': "Complaints received, resolved and outstanding," and "outcomes, themes and time taken", quarterly, Service Provider
CDM-03 pass  # clause D1.1 and Table 1 row 'Client feedback survey': "Results of a survey of Clients' satisfaction with" the service, six-monthly, Service Provider
CDM-04 pass  # clause C1.3: "If a Client complains to the Victorian Ombudsman or to the Department, the Service Provider must co-operate with the investigation"
CDM-05 pass  # clause C1.4: "must analyse its complaints and Client feedback for trends, identify root causes and agree an improvement plan"
CDM-06 pass  # clause C1.2: "The Service Provider must acknowledge a complaint within two business days"
""",
    probes=["Integrity and accountability", "Make a public interest disclosure", "Report fraud or corruption to IBAC"],
))

# ---------------------------------------------------------------------------------------------
# c06  Canadian city (Manitoba), Chromium default header/footer, US Letter
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c06-seniors-snow-clearing-terms-riverbend",
    kind="pdf", mode="default-hf", paper="letter",
    title="Seniors' Snow Clearing Program: contractor terms",
    site=dict(
        name="City of Riverbend",
        cookie="This site uses cookies to improve your experience. By continuing you agree to our use of cookies.",
        nav=[("Residents", "#"), ("Business", "#"), ("City Hall", "#"), ("Bids and tenders", "#"),
             ("311 and feedback", "#"), ("Fraud and Ethics Hotline", "#"), ("Access to information", "#")],
        crumbs=["Home", "Business", "Bids and tenders", "Standard terms", "Seniors' Snow Clearing Program"],
        updated="Date modified: 2024-10-30",
        related=["Council Code of Conduct", "Employee Code of Ethics", "Supplier registration",
                 "Snow clearing priorities map", "Make a complaint through 311"],
        footer=["Contact 311", "Accessibility", "Privacy", "Terms of use", "Complaints", "Access to information (FIPPA)",
                "Fraud and Ethics Hotline"],
        copyright="(c) City of Riverbend, 510 Main Street, Riverbend, Manitoba R0E 0X0",
    ),
    toc=[("p1", "Part 1 - Interpretation"), ("p2", "Part 2 - Conduct and integrity"), ("p3", "Part 3 - Conflicts of interest"),
         ("p4", "Part 4 - Residents, complaints and reporting"), ("p5", "Part 5 - Records, disputes and termination")],
    body="""
<h1>Seniors' Snow Clearing Program: contractor terms</h1>
<p>These terms form part of every purchase order issued by the City of Riverbend for clearing snow from the driveways, walkways and steps of residents enrolled in the Seniors' Snow Clearing Program for the 2024-2025 to 2026-2027 winter seasons. The Contractor accepts these terms by signing the purchase order.</p>

<h2 id="p1">Part 1 - Interpretation</h2>
<p>1.1 "City" means the City of Riverbend; "Contractor" means the person named in the purchase order; "Resident" means a person enrolled in the program whose property is assigned to the Contractor; "Personnel" means the Contractor's employees, operators and any subcontractor's employees.</p>
<p>1.2 "Performance Complaint" means a written complaint by the City's program coordinator that the Contractor has failed to clear an assigned property within the required time.</p>
<p>1.3 These terms are governed by the laws of Manitoba and the federal laws of Canada applicable there.</p>
<p>1.4 The Contractor shall clear each assigned property within 24 hours after a snowfall of 5 cm or more ends, and within 12 hours where the City has declared a snow emergency. Clearing means a path at least 1 metre wide from the street to the main entrance, the steps to that entrance and the end of the driveway left by the City's plough. The Contractor shall record the time each property is cleared in the City's mobile application.</p>

<h2 id="p2">Part 2 - Conduct and integrity</h2>
<p>2.1 The Contractor shall act, and shall ensure that its Personnel act, with integrity, honesty, objectivity, accountability and openness in all dealings with Residents and the City, recognising that Residents are older or disabled persons who rely on the program.</p>
<p>2.2 The Contractor is not bound by the City's Employee Code of Ethics, which applies only to City employees.</p>
<p>2.3 The Contractor shall provide an induction for all Personnel before their first shift that covers the route, the equipment and the program rules.</p>
<p>2.4 The Contractor shall ensure that Personnel can report any concern about wrongdoing connected with the program to the City's Fraud and Ethics Hotline, and the Contractor shall not dismiss, discipline or otherwise penalise any person for making a report in good faith.</p>
<p>2.5 The Contractor shall not offer or give any payment, gift or other benefit to a City employee or member of Council as an inducement or reward in connection with the purchase order, shall take reasonable and documented steps to prevent fraud by its Personnel, including false claims of properties cleared, and shall notify the City immediately of any suspected fraud.</p>
<p>2.6 The Contractor may be asked to assist the City in responding to a request for access to records under The Freedom of Information and Protection of Privacy Act (Manitoba).</p>
<p>2.7 The Contractor shall require any subcontractor to carry the insurance set out in Part 5 and shall remain responsible for the work of its subcontractors.</p>
<p>2.8 By 31 May of each year the Contractor shall give the City an ethics attestation, signed by its owner or a director, confirming that the Contractor and its Personnel complied with Parts 2 and 3 during the winter season and that the Contractor has arrangements in place to support those standards.</p>

<h2 id="p3">Part 3 - Conflicts of interest</h2>
<ol>
<li>The Contractor shall avoid any conflict of interest between its duties under the purchase order and its own interests or those of its Personnel, including private snow clearing work for a Resident or a Resident's neighbours, and shall disclose any actual or perceived conflict to the City in writing within two business days of becoming aware of it.</li>
<li>Where a conflict is disclosed, the Contractor shall comply with any direction of the City to remove or manage it, and the City may reassign the affected properties or terminate the purchase order.</li>
<li>The Contractor shall obtain each year from every supervisor and dispatcher who assigns work a written declaration of interests, or a nil declaration, keep a register of those declarations and give the register to the City on request.</li>
<li>The Contractor shall not, without the City's prior written consent, engage on program work any person who within the preceding 12 months was a City employee involved in the procurement or management of the program.</li>
<li>The Contractor confirms that it has disclosed to the City every relationship between the Contractor or its owners and any City employee or member of Council involved in the bid evaluation, and shall update that disclosure if a new relationship arises.</li>
</ol>

<h2 id="p4">Part 4 - Residents, complaints and reporting</h2>
<p>4.1 Residents and members of the public make complaints about the program to the City through 311. The City will record each complaint, decide whether it is justified and tell the Resident the outcome.</p>
<p>4.2 The Contractor should respond to any complaint that the City refers to it within two business days.</p>
<p>4.3 The Contractor shall submit to the City, by the fifth business day of each month from November to April, a report listing every complaint received from or about a Resident in the previous month, whether received directly or referred through 311, with the date, the property, the nature of the complaint and the action taken.</p>
<p>4.4 The City will survey enrolled Residents at the end of each winter season about their satisfaction with the program and may share the results with the Contractor.</p>
<p>4.5 Three Performance Complaints in one season entitle the City to reassign properties.</p>

<h2 id="p5">Part 5 - Records, disputes and termination</h2>
<p>5.1 The Contractor shall keep time sheets, route logs and GPS records for three years and the City may inspect them on reasonable notice.</p>
<p>5.2 The Contractor shall maintain commercial general liability insurance of at least $2,000,000 per occurrence and automobile liability insurance as required by Manitoba Public Insurance.</p>
<p>5.3 Any dispute between the City and the Contractor that is not resolved by negotiation shall be referred to mediation and then, if necessary, to arbitration under The Arbitration Act (Manitoba).</p>
<p>5.4 The City may terminate the purchase order immediately by written notice if the Contractor breaches clause 2.1, 2.4 or 2.5 or Part 3, or if the conduct of the Contractor or its Personnel towards a Resident brings the City into disrepute, and may require the Contractor to remove any person from program work.</p>
""",
    expected="""
ES-01 pass  # clause 2.1: "shall ensure that its Personnel act, with integrity, honesty, objectivity, accountability and openness" (five of the seven principle words bound to the Contractor)
ES-02 gap  # clause 2.2: "The Contractor is not bound by the City's Employee Code of Ethics" (negation; the code binds City employees only)
ES-03 gap  # clause 2.7: the only flow-down is "to carry the insurance set out in Part 5" plus liability for subcontractors (decoys)
ES-04 weak  # clause 2.3: "The Contractor shall provide an induction for all Personnel before their first shift" covering route, equipment and program rules (no ethics topic)
ES-05 pass  # clause 2.4: report "to the City's Fraud and Ethics Hotline" and "shall not dismiss, discipline or otherwise penalise any person for making a report in good faith"
ES-06 pass  # clause 2.5: "shall not offer or give any payment, gift or other benefit" as "an inducement or reward" and "shall notify the City immediately of any suspected fraud"
ES-07 weak  # clause 2.6: "The Contractor may be asked to assist the City in responding to a request for access to records" (permissive)
ES-08 weak  # clause 5.1: "the City may inspect them on reasonable notice" (time sheets, route logs, GPS: no ethics clause named)
ES-09 pass  # clause 5.4: "terminate the purchase order immediately by written notice if the Contractor breaches clause 2.1, 2.4 or 2.5 or Part 3"
ES-10 pass  # clause 2.8: "the Contractor shall give the City an ethics attestation" each year, with "arrangements in place to support those standards"
COI-01 pass  # Part 3 item 1: "shall disclose any actual or perceived conflict to the City in writing within two business days"
COI-02 pass  # Part 3 item 2: "the Contractor shall comply with any direction of the City to remove or manage it"
COI-03 gap  # absent from Parts 1-5: clause 2.5 forbids gifts only as an inducement (anti-bribery); nothing controls or records gifts and hospitality
COI-04 pass  # Part 3 item 4: no engagement of "any person who within the preceding 12 months was a City employee involved in the procurement or management of the program" without consent
COI-05 pass  # Part 3 item 3: "a written declaration of interests, or a nil declaration, keep a register of those declarations"
COI-06 pass  # Part 3 item 5: "The Contractor confirms that it has disclosed to the City every relationship" with bid evaluators, updated
CDM-01 gap  # clause 4.1: Resident complaints are handled by "the City through 311" (wrong party); "Performance Complaint" (1.2) is the City's complaint about the Contractor (decoy)
CDM-02 pass  # clause 4.3: "The Contractor shall submit to the City, by the fifth business day of each month" a report of "every complaint received"
CDM-03 gap  # clause 4.4: "The City will survey enrolled Residents" (wrong party)
CDM-04 gap  # clause 5.3: only mediation and arbitration between the City and the Contractor (decoy); no Ombudsman co-operation
CDM-05 gap  # absent from Parts 1-5: no analysis of complaints or feedback
CDM-06 weak  # clause 4.2: "The Contractor should respond to any complaint that the City refers to it within two business days" (should)
""",
    probes=["311 and feedback", "Access to information (FIPPA)", "Date modified: 2024-10-30"],
))

# ---------------------------------------------------------------------------------------------
# c07  US county (Washington), --no-pdf-header-footer + CSS @page margin boxes, US Letter
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c07-mobile-crisis-services-terms-tamarack-county",
    kind="pdf", mode="margin-box", paper="letter",
    title="Mobile crisis response services: standard contract terms",
    margin_texts=["Tamarack County, Washington - Contracts Office",
                  "Form PSA-BH-7 (rev. 01/2025)"],
    css="""
@page{@top-center{content:"Tamarack County, Washington - Contracts Office";font-size:8pt;color:#444}
@bottom-left{content:"Form PSA-BH-7 (rev. 01/2025)";font-size:7.5pt;color:#444}
@bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt}}
""",
    site=dict(
        name="Tamarack County, Washington",
        cookie="Tamarack County uses cookies for site analytics. Continue browsing to accept.",
        nav=[("Departments", "#"), ("Services", "#"), ("Government", "#"), ("Jobs", "#"), ("Bids and RFPs", "#"),
             ("Public records requests", "#"), ("Ethics Board", "#"), ("Report fraud, waste or abuse", "#")],
        crumbs=["Home", "Departments", "Human Services", "Contracting with Human Services", "Standard terms"],
        updated="This page was last updated on January 22, 2025.",
        related=["Tamarack County Code of Ethics", "Submit a public records request", "Human Services grievance procedure",
                 "Vendor registration", "Title VI notice"],
        footer=["Contact the County", "ADA notice", "Privacy policy", "Public records", "Complaints and grievances",
                "Whistleblower policy for County employees"],
        copyright="Tamarack County Courthouse, 100 Court Street, Pinecrest, WA 98800",
    ),
    body="""
<h1>Mobile crisis response services: standard contract terms</h1>
<p>The following standard terms are incorporated into each professional services agreement between Tamarack County, a political subdivision of the State of Washington ("County"), and a licensed behavioral health agency ("Contractor") for mobile crisis response services. Capitalized terms not defined here have the meanings given in the agreement. Effective for agreements signed on or after February 1, 2025.</p>

<h2>Section 1. Order of precedence and governing law</h2>
<p>1.1 In the event of a conflict between these standard terms and the statement of work, the statement of work controls.</p>
<p>1.2 This agreement is governed by the laws of the State of Washington without regard to its conflict of laws rules, and venue lies in Tamarack County Superior Court.</p>

<h2>Section 2. Services</h2>
<p>2.1 Contractor shall staff a two-person mobile crisis team 24 hours a day, seven days a week, shall respond in person within 60 minutes of dispatch in urban areas and 120 minutes in rural areas, and shall follow the crisis protocols in the statement of work. Contractor shall notify the County's crisis line supervisor without delay whenever a team is unavailable. Contractor shall maintain its behavioral health agency license throughout the term.</p>
<p>2.2 Each mobile crisis team shall include at least one mental health professional or designated crisis responder, and the second team member may be a certified peer counselor. Contractor shall ensure that every team member holds a current credential issued by the Washington State Department of Health, has passed a criminal background check, and has completed crisis intervention and de-escalation training before being dispatched alone with a client.</p>
<p>2.3 Contractor shall submit invoices monthly in arrears on the County's form, supported by encounter data for each dispatch. The County will pay undisputed invoices within 30 days of receipt. Contractor shall not bill the County for any service that is paid for by Medicaid, a managed care organization or private insurance.</p>
<p>2.4 Contractor shall preserve the data integrity of all encounter records entered in the County's crisis data system.</p>

<h2>Section 3. Ethics and conduct</h2>
<ol type="a">
<li>Contractor shall comply with the Tamarack County Code of Ethics for Contractors, chapter 2.41 of the Tamarack County Code, and shall require its employees who work on this agreement to acknowledge it in writing.</li>
<li>Contractor shall include in every subcontract under this agreement provisions no less onerous than those in this Section 3, and shall enforce them.</li>
<li>Contractor shall not be required to provide County ethics training to its employees; the County's ethics training program is for County employees only.</li>
<li>Contractor's employees may not make any public statement about the services, a client or the County without the County's prior written approval.</li>
<li>Anti-kickback and fraud:
<ol type="i">
<li>Contractor should maintain procedures designed to prevent kickbacks, false claims and other fraud in billing for services under this agreement.</li>
<li>By July 31 of each year Contractor shall certify in writing to the County that it has not offered, paid, solicited or received any kickback in connection with this agreement.</li>
</ol>
</li>
<li>Contractor shall not offer any gift, gratuity or hospitality to any County officer or employee involved in this agreement, and shall keep a log of all gifts and hospitality its employees receive from any person seeking referrals.</li>
</ol>

<h2>Section 4. Interests and former employees</h2>
<p>4.1 [Reserved]</p>
<p>4.2 The County may request that Contractor's managers complete a statement of financial interests.</p>

<h2>Section 5. Client rights and complaints</h2>
<p>5.1 Contractor shall maintain a client complaint and grievance procedure that meets the client rights requirements for licensed behavioral health agencies under Washington law, shall provide it in writing to every client or family member who asks, and shall post it on its website.</p>
<p>5.2 Contractor shall acknowledge each client complaint within two business days and issue a written decision within 30 calendar days.</p>
<p>5.3 Contractor shall send a follow-up survey to clients and referring agencies within 14 days of each crisis episode and shall report the survey results to the County's Human Services Department every quarter.</p>
<p>5.4 Each quarter Contractor shall review complaints and survey results for trends and root causes and shall submit to the County a corrective action plan for any trend that the County identifies.</p>
<p>5.5 Contractor will provide the County with a summary of client complaints upon the County's request.</p>

<h2>Section 6. Records, public records and audit</h2>
<p>6.1 Contractor acknowledges that the County is subject to the Public Records Act, chapter 42.56 RCW, and shall cooperate with the County and provide any records the County requires to respond to a public records request within five business days.</p>
<p>6.2 The County, the Washington State Auditor and their agents may audit and monitor Contractor's compliance with Section 3, including its gift log, subcontracts and code acknowledgments, and Contractor shall provide access to its records and staff for that purpose.</p>

<h2>Section 7. Disputes and termination</h2>
<p>7.1 Any dispute between the County and Contractor that cannot be resolved by the parties' contract managers shall be settled by binding arbitration in Tamarack County.</p>
<p>7.2 The County may terminate this agreement for cause if Contractor fails to perform any material obligation and does not cure the failure within 15 days after written notice.</p>
<p>7.3 The County may terminate this agreement for convenience on 30 days' written notice.</p>

<h2>Section 8. Insurance, nondiscrimination and confidentiality</h2>
<p>8.1 Contractor shall maintain, throughout the term, commercial general liability insurance of at least $1,000,000 per occurrence, professional liability insurance of at least $1,000,000 per claim, automobile liability insurance for every vehicle used by a crisis team, and workers' compensation coverage as required by Title 51 RCW, and shall name the County as an additional insured on the general liability policy.</p>
<p>8.2 Contractor shall not discriminate against any client, applicant or employee on any basis prohibited by chapter 49.60 RCW or federal law, and shall provide language access services to clients with limited English proficiency at no cost to the client.</p>
<p>8.3 Contractor shall protect client health information as required by HIPAA and chapter 70.02 RCW, and shall report any breach of unsecured client information to the County within two business days of discovery. These obligations survive the expiry or termination of this agreement.</p>
""",
    expected="""
ES-01 gap  # absent from Sections 1-8: no Seven Principles or named ethical standards; clause 2.4 "data integrity" is a decoy
ES-02 pass  # Section 3(a): "Contractor shall comply with the Tamarack County Code of Ethics for Contractors"
ES-03 pass  # Section 3(b): "Contractor shall include in every subcontract under this agreement provisions no less onerous than those in this Section 3"
ES-04 gap  # Section 3(c): "Contractor shall not be required to provide County ethics training to its employees" (negated)
ES-05 gap  # Section 3(d): "Contractor's employees may not make any public statement" (gagging decoy); no speaking-up route (the whistleblower link in the footer is page chrome for County employees)
ES-06 weak  # Section 3(e)(i): "Contractor should maintain procedures designed to prevent kickbacks, false claims and other fraud" (should)
ES-07 pass  # clause 6.1: "shall cooperate with the County and provide any records the County requires to respond to a public records request"
ES-08 pass  # clause 6.2: "may audit and monitor Contractor's compliance with Section 3"
ES-09 weak  # clause 7.2: "terminate this agreement for cause if Contractor fails to perform any material obligation" (no ethics link)
ES-10 weak  # Section 3(e)(ii): "Contractor shall certify in writing to the County that it has not offered, paid, solicited or received any kickback" (one-topic certificate)
COI-01 gap  # clauses 1.1 and 1.2 only: "In the event of a conflict between these standard terms and the statement of work" and "conflict of laws rules" (precedence decoys)
COI-02 gap  # absent from Sections 1-8: no conflict management; clause 7.3 termination for convenience is a decoy
COI-03 pass  # Section 3(f): "shall keep a log of all gifts and hospitality its employees receive from any person seeking referrals"
COI-04 gap  # clause 4.1: "[Reserved]" under the heading 'Interests and former employees' (disabled text)
COI-05 weak  # clause 4.2: "The County may request that Contractor's managers complete a statement of financial interests" (permissive, no register)
COI-06 gap  # absent from Sections 1-8: no disclosure of relationships at award
CDM-01 pass  # clause 5.1: "Contractor shall maintain a client complaint and grievance procedure"
CDM-02 weak  # clause 5.5: "Contractor will provide the County with a summary of client complaints upon the County's request" (on request only)
CDM-03 pass  # clause 5.3: "shall report the survey results to the County's Human Services Department every quarter"
CDM-04 gap  # clause 7.1: only "binding arbitration" between the County and Contractor (dispute-resolution decoy); no ombudsman or investigation co-operation
CDM-05 pass  # clause 5.4: "review complaints and survey results for trends and root causes and shall submit to the County a corrective action plan"
CDM-06 pass  # clause 5.2: "Contractor shall acknowledge each client complaint within two business days"
""",
    probes=["Report fraud, waste or abuse", "Whistleblower policy for County employees", "Page 1 of"],
))

# ---------------------------------------------------------------------------------------------
# c08  Irish county council, whole page scraped with pandoc -f html -t gfm
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c08-community-alarm-befriending-sla-ballinure",
    kind="md",
    title="Community alarm and befriending service: service level agreement terms",
    site=dict(
        name="Ballinure County Council | Comhairle Contae Bhaile an Iúir",
        lang="en-IE",
        cookie="This site uses cookies. Some are essential; others help us improve the site. Manage cookie preferences.",
        nav=[("Gaeilge", "#"), ("Housing", "#"), ("Community", "#"), ("Your Council", "#"), ("Freedom of Information", "#"),
             ("Protected Disclosures", "#"), ("Customer Complaints", "#"), ("Ethics Registers", "#")],
        crumbs=["Home", "Community", "Older People", "Funded services", "Service level agreement terms"],
        updated="Last updated: 06/02/2025",
        related=["Customer Charter", "Annual Ethics Register: Councillors", "Protected Disclosures Policy",
                 "Age Friendly Strategy 2024-2028", "Seniors Alert Scheme"],
        footer=["Customer Complaints", "Office of the Ombudsman", "Freedom of Information", "Data Protection",
                "Accessibility Statement", "Modern Slavery Statement"],
        copyright="Ballinure County Council, Áras an Chontae, Ballinure, Co. Ballinure, A00 B1C2",
    ),
    toc=[("s1", "1. Parties and definitions"), ("s2", "2. Standards"), ("s3", "3. Interests"),
         ("s4", "4. Complaints"), ("s5", "5. Governance, audit and termination")],
    body="""
<h1>Community alarm and befriending service: service level agreement terms</h1>
<p>These terms apply to each service level agreement under which Ballinure County Council funds a community or voluntary organisation to install and monitor personal alarms for older people living alone and to run a telephone and home-visit befriending service. They are to be read with the schedule of funding issued each year.</p>

<h2 id="s1">1. Parties and definitions</h2>
<p>1.1 "the Council" means Ballinure County Council. "the Service Provider" means the organisation named in the schedule of funding. "Client" means an older person registered with the service. "Personnel" means the Service Provider's employees, volunteers, Community Employment participants and agents.</p>
<p>1.2 "Declaration of Interests" means a written statement by a board member or manager of the Service Provider listing their interests in land, companies and other bodies that deal with the Service Provider.</p>
<p>1.3 The Service Provider shall deliver the service described in the schedule of funding, including installation of an alarm within ten working days of referral, monthly testing of each alarm, a weekly befriending call to each Client who wants one and a home visit at least once every three months.</p>
<p>1.4 The Council will pay the funding in quarterly instalments in advance, subject to receipt of the quarterly progress report for the previous quarter. The Service Provider shall keep the funding in a separate cost centre, shall not use it to replace funding from the Health Service Executive or the Department of Rural and Community Development, and shall acknowledge the Council's support in its publicity and annual report. Any funding not spent by 31 December shall be returned to the Council unless the Council agrees in writing to carry it forward.</p>

<h2 id="s2">2. Standards</h2>
<p>2.1 The Service Provider shall conduct itself, and shall ensure that its Personnel conduct themselves, in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership in all dealings with Clients, their families and the Council.</p>
<p>2.2 The Service Provider may adopt the Council's Code of Conduct for Funded Organisations or may rely on its own code of ethics, as it sees fit.</p>
<p>2.3 The Service Provider shall ensure that all Personnel complete training on safeguarding, the code of ethics, conflicts of interest and how to make a protected disclosure before visiting any Client, with refresher training every two years, and shall keep a training log for each member of Personnel.</p>
<p>2.4 The Service Provider shall have a protected disclosures procedure that complies with the Protected Disclosures Act 2014, shall allow Personnel to report relevant wrongdoings to the Council's designated person, and shall not penalise any worker for making a protected disclosure.</p>
<p>2.5 The Service Provider shall not offer, give, request or accept any bribe or improper payment in connection with the service, shall have procedures adequate to prevent corruption and fraud, including the handling of Clients' money and keys, and shall inform the Council immediately of any suspected offence under the Criminal Justice (Corruption Offences) Act 2018 or any fraud affecting the service.</p>
<p>2.6 Where the Service Provider engages a sub-contractor to install or maintain alarms, it shall require the sub-contractor to process Client personal data only on its instructions and in accordance with the General Data Protection Regulation and the Data Protection Act 2018.</p>
<p>2.7 [Guidance: insert the Freedom of Information and transparency clause here where the Service Provider receives more than €500,000 a year from the Council.]</p>

<h2 id="s3">3. Interests</h2>
<p>3.1 The Service Provider shall ensure that no board member, manager or other member of Personnel has any interest, direct or indirect, that conflicts with the proper delivery of the service, and shall notify the Council in writing without delay of any actual or potential conflict of interest that arises.</p>
<p>3.2 Where a conflict of interest has been notified, the Service Provider should take such steps as the Council considers appropriate.</p>
<p>3.3 The Service Provider shall not accept for itself or its Personnel any gift, hospitality or legacy from a Client or a Client's family, other than token gifts of a value under €50 which shall be recorded in a gifts and hospitality register open to the Council.</p>
<p>3.4 The Service Provider shall inform the Council before appointing to its board, or engaging in a senior role, any person who was an employee or elected member of the Council within the previous two years, and shall ensure that any such person complies with any conditions attached to that appointment.</p>
<p>3.5 The Service Provider confirms that it has disclosed to the Council any relationship between its board members or managers and any member or employee of the Council involved in approving its funding, and shall keep that disclosure up to date.</p>

<h2 id="s4">4. Complaints</h2>
<p>4.1 The Service Provider should have a complaints procedure that Clients and their families can use.</p>
<p>4.2 The Service Provider shall acknowledge each complaint within five working days and give a written response within 20 working days.</p>
<p>4.3 Where a complaint is referred to the Office of the Ombudsman, the Service Provider shall co-operate with the Ombudsman's examination, supply any information and documents requested, and implement any recommendation accepted by the Council.</p>
<p>4.4 The Service Provider shall include in its quarterly progress report to the Council the number of complaints received and resolved in the quarter, their subject, the outcome and the time taken to respond.</p>

<table class="obl">
<caption>Reporting calendar</caption>
<thead><tr><th>Return</th><th>Due</th><th>Responsible party</th></tr></thead>
<tbody>
<tr><td>Quarterly progress report, including complaints</td><td>15 working days after each quarter</td><td>Service Provider</td></tr>
<tr><td>Audited financial statements</td><td>Within six months of the financial year end</td><td>Service Provider</td></tr>
<tr><td>Annual funding review meeting</td><td>Each November</td><td>Council and Service Provider</td></tr>
</tbody>
</table>

<h2 id="s5">5. Governance, audit and termination</h2>
<p>5.1 The Service Provider shall comply with the Charities Governance Code and shall submit its audited financial statements to the Council each year.</p>
<p>5.2 The Council, the Local Government Audit Service and the Comptroller and Auditor General may examine the Service Provider's books of account and financial records relating to the funding.</p>
<p>5.3 If the Service Provider breaches clause 2.1, 2.4, 2.5 or 3.1, the Council may suspend payments, require a corrective plan, require the removal of any person from work with Clients, or terminate the service level agreement on written notice.</p>
""",
    expected="""
ES-01 pass  # clause 2.1: "in accordance with the principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership"
ES-02 weak  # clause 2.2: "The Service Provider may adopt the Council's Code of Conduct for Funded Organisations or may rely on its own code of ethics, as it sees fit" (permissive)
ES-03 gap  # clause 2.6: the only flow-down is data processing "in accordance with the General Data Protection Regulation" (data-protection decoy)
ES-04 pass  # clause 2.3: "complete training on safeguarding, the code of ethics, conflicts of interest and how to make a protected disclosure" with a training log
ES-05 pass  # clause 2.4: "shall have a protected disclosures procedure that complies with the Protected Disclosures Act 2014"
ES-06 pass  # clause 2.5: "shall have procedures adequate to prevent corruption and fraud" and "shall inform the Council immediately"
ES-07 gap  # clause 2.7: only a drafting note "[Guidance: insert the Freedom of Information and transparency clause here" (the 'Freedom of Information' menu and footer links are page chrome)
ES-08 gap  # clause 5.2: only "books of account and financial records relating to the funding" (financial-only audit)
ES-09 pass  # clause 5.3: "If the Service Provider breaches clause 2.1, 2.4, 2.5 or 3.1, the Council may suspend payments, require a corrective plan"
ES-10 gap  # absent from sections 1-5: only audited financial statements (5.1 and reporting calendar) and the Charities Governance Code; no ethics assurance or certificate
COI-01 pass  # clause 3.1: "shall notify the Council in writing without delay of any actual or potential conflict of interest"
COI-02 weak  # clause 3.2: "the Service Provider should take such steps as the Council considers appropriate" (should)
COI-03 pass  # clause 3.3: "shall not accept for itself or its Personnel any gift, hospitality or legacy" and a "gifts and hospitality register open to the Council"
COI-04 pass  # clause 3.4: "any person who was an employee or elected member of the Council within the previous two years"
COI-05 gap  # clause 1.2: "Declaration of Interests" is only defined; nothing requires declarations or a register (definition-only; 'Ethics Registers' in the menu is chrome)
COI-06 pass  # clause 3.5: "The Service Provider confirms that it has disclosed to the Council any relationship"
CDM-01 weak  # clause 4.1: "The Service Provider should have a complaints procedure that Clients and their families can use" (should)
CDM-02 pass  # clause 4.4: "shall include in its quarterly progress report to the Council the number of complaints received and resolved"
CDM-03 gap  # absent from sections 1-5: no Client satisfaction or feedback data
CDM-04 pass  # clause 4.3: "the Service Provider shall co-operate with the Ombudsman's examination" (Office of the Ombudsman)
CDM-05 gap  # absent from sections 1-5: no analysis of or learning from complaints
CDM-06 pass  # clause 4.2: "The Service Provider shall acknowledge each complaint within five working days and give a written response within 20 working days"
""",
    probes=["Protected Disclosures Policy", "Ethics Registers", "Was this page helpful?", "Last updated: 06/02/2025"],
))

# ---------------------------------------------------------------------------------------------
# c09  English grant-making charity, whole page scraped with pandoc -f html -t plain
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c09-neighbourhood-resilience-grant-terms-elmstead",
    kind="txt",
    title="Neighbourhood Resilience Grants: terms and conditions",
    site=dict(
        name="Elmstead Community Foundation",
        cookie="We use cookies to give you the best experience. Accept all or manage your settings.",
        nav=[("Apply for a grant", "#"), ("Give to the Foundation", "#"), ("Our impact", "#"), ("About us", "#"),
             ("Safeguarding", "#"), ("Whistleblowing", "#"), ("Complaints", "#"), ("Donate", "#")],
        crumbs=["Home", "Apply for a grant", "Neighbourhood Resilience Grants", "Terms and conditions"],
        updated="Last reviewed: January 2025",
        related=["How we assess applications", "Our conflicts of interest policy for trustees",
                 "Grant monitoring forms", "Gift Aid declaration", "Leave a legacy"],
        footer=["Registered charity number 1190000", "Complaints policy", "Whistleblowing policy",
                "Modern slavery statement", "Privacy", "Fundraising promise"],
        copyright="Elmstead Community Foundation, The Old Granary, Mill Lane, Elmstead EL3 4GR. A company limited by guarantee.",
    ),
    toc=[("k1", "About these terms"), ("k2", "Using the grant"), ("k3", "Conduct and safeguarding"),
         ("k4", "Conflicts of interest"), ("k5", "People who use your project"), ("k6", "Monitoring and ending the grant")],
    body="""
<h1>Neighbourhood Resilience Grants: terms and conditions</h1>
<p>Please read these terms carefully before you accept your grant. They form the grant agreement between Elmstead Community Foundation ("the Foundation", "we", "us") and the organisation named in the offer letter ("the Grantee"). The Grantee accepts them by returning the signed acceptance form. Grants under this programme are funded by donations from local businesses and individuals and by the Elmstead Borough Council Resilience Fund.</p>

<h2 id="k1">1. About these terms</h2>
<p>1.1 The offer letter sets out the amount of the grant, the project it is for, the outcomes we have agreed and the date by which the grant must be spent. If anything in the offer letter conflicts with these terms, the offer letter applies.</p>
<p>1.2 We may change these terms for future grants. Changes do not affect a grant already accepted unless the Grantee agrees.</p>

<h2 id="k2">2. Using the grant</h2>
<p>2.1 The Grantee shall spend the grant only on the project and budget in the offer letter and shall ask us in writing before making any significant change to the project, its timetable or its budget.</p>
<p>2.2 The Grantee shall not use the grant for party political activity, for religious promotion, to pay off debts, or for activities that have already taken place.</p>
<p>2.3 The Grantee shall tell us straight away about anything that is likely to affect the project, such as the loss of key staff or volunteers, the loss of premises, a serious incident, or financial difficulty.</p>
<p>2.4 Donations the Grantee receives from individuals towards the project may qualify for Gift Aid, and the Grantee should keep Gift Aid declarations for its own claims.</p>
<p>2.5 The Grantee shall keep proper accounts and records of how the grant was spent, including receipts and invoices, for at least six years after the end of the grant period, and shall hold any personal data about the people who use the project securely and in line with data protection law.</p>
<p>2.6 The Grantee shall hold the insurance it needs for the project, including public liability and employer's liability insurance where it employs staff, and shall obtain any licences, permissions and consents needed before the project starts, such as permission from a landowner to use a community garden or hall.</p>

<h2 id="k3">3. Conduct and safeguarding</h2>
<p>3.1 We expect the Grantee and everyone working on the project to uphold the Seven Principles of Public Life, because the project is partly funded with public money.</p>
<p>3.2 The Grantee shall follow the Code of Fundraising Practice if it raises any money from the public for the project.</p>
<p>3.3 The Grantee shall have a safeguarding policy suitable for the people it works with, shall ensure that anyone who works with children or adults at risk has an appropriate DBS check, and shall report any safeguarding incident connected with the project to us within two working days.</p>
<p>3.4 The Grantee should have a whistleblowing policy so that staff and volunteers can raise concerns about the project safely.</p>
<p>3.5 The Grantee shall not offer or accept any bribe, shall take proportionate steps to prevent fraud and bribery involving the grant, and shall tell us immediately if it suspects that any of the grant has been lost through fraud or theft.</p>
<p>3.6 If the Grantee passes any part of the grant to a partner organisation, it shall have a written agreement with that partner that includes obligations no less onerous than those in this section 3, and shall make sure the partner keeps to them.</p>
<p>3.7 We publish details of every grant we make, in the 360Giving Data Standard and in our annual review, and the Grantee may be asked to provide a short description of the project for publication.</p>

<h2 id="k4">4. Conflicts of interest</h2>
<p>4.1 The Grantee should tell us about any conflict of interest between the project and its trustees, staff or volunteers.</p>
<p>4.2 If a conflict of interest arises, the Grantee shall take the steps we require to manage it, and if it cannot be managed we may withhold or reclaim the grant.</p>
<p>4.3 Our trustees and grants panel members declare their interests in every application and leave the meeting when an application in which they have an interest is discussed.</p>

<h2 id="k5">5. People who use your project</h2>
<details open>
<summary>Complaints from people who use the project</summary>
<p>5.1 The Grantee shall have a complaints procedure that people who use the project can follow, shall make it available in plain English and in any other format they need, and shall deal with every complaint fairly.</p>
<p>5.2 If a person who uses the project complains to us about the Grantee, the Grantee should help us look into the complaint and give us the information we ask for.</p>
</details>
<details open>
<summary>Feedback and learning</summary>
<p>5.3 The Grantee shall ask the people who use the project for their feedback at least once during the grant period, using our short feedback form or its own survey, and shall include the results in its end of grant report.</p>
<p>5.4 The Grantee is encouraged to look at complaints and feedback for patterns and to tell us what it has changed as a result.</p>
</details>

<h2 id="k6">6. Monitoring and ending the grant</h2>
<p>6.1 The Grantee shall send us a short progress report halfway through the grant period and an end of grant report within two months of the end date, using our forms, together with a statement of how the grant was spent.</p>
<p>6.2 We may visit the project, by arrangement, to see the work and to talk to the people involved, and we may ask to see the Grantee's records of the project.</p>
<p>6.3 We may withhold, reduce or stop the grant by giving the Grantee one month's written notice, for example if our own funding is reduced.</p>
<p>6.4 If the grant is not spent on the project, or not spent by the date in the offer letter, the Grantee shall repay the unspent amount when we ask for it.</p>
<p>6.5 The Grantee shall acknowledge the Foundation's support in its publicity about the project, using our logo in line with our brand guidelines.</p>
""",
    expected="""
ES-01 weak  # clause 3.1: "We expect the Grantee and everyone working on the project to uphold the Seven Principles of Public Life" (expects)
ES-02 gap  # clause 3.2: only "the Code of Fundraising Practice" (technical code of practice for fundraising, not a code of conduct)
ES-03 pass  # clause 3.6: a written agreement with a partner "that includes obligations no less onerous than those in this section 3"
ES-04 gap  # absent from sections 1-6: only DBS checks and a safeguarding policy (3.3); no ethics training
ES-05 weak  # clause 3.4: "The Grantee should have a whistleblowing policy" (should; the 'Whistleblowing' menu and footer links are page chrome)
ES-06 pass  # clause 3.5: "shall take proportionate steps to prevent fraud and bribery involving the grant, and shall tell us immediately"
ES-07 weak  # clause 3.7: "the Grantee may be asked to provide a short description of the project for publication" (permissive; the Foundation publishes)
ES-08 weak  # clause 6.2: "We may visit the project" and "may ask to see the Grantee's records of the project" (no ethics clause named)
ES-09 gap  # clause 6.3: "We may withhold, reduce or stop the grant by giving the Grantee one month's written notice" (no ethics link)
ES-10 gap  # absent from sections 1-6: only progress and end of grant reports and a spending statement (6.1); no ethics assurance
COI-01 weak  # clause 4.1: "The Grantee should tell us about any conflict of interest" (should; 1.1 'conflicts with these terms' is precedence)
COI-02 pass  # clause 4.2: "the Grantee shall take the steps we require to manage it, and if it cannot be managed we may withhold or reclaim the grant"
COI-03 gap  # clause 2.4: "may qualify for Gift Aid" (gift aid decoy); nothing on gifts or hospitality
COI-04 gap  # absent from sections 1-6: nothing on former officials
COI-05 gap  # clause 4.3: "Our trustees and grants panel members declare their interests" (funder-side declarations, wrong party)
COI-06 gap  # absent from sections 1-6: no confirmation of relationships disclosed at award
CDM-01 pass  # clause 5.1: "The Grantee shall have a complaints procedure that people who use the project can follow"
CDM-02 gap  # absent from sections 1-6: the reports in 6.1 cover progress and spending only, no complaint data
CDM-03 pass  # clause 5.3: "The Grantee shall ask the people who use the project for their feedback" and "include the results in its end of grant report"
CDM-04 weak  # clause 5.2: "the Grantee should help us look into the complaint" (should; no ombudsman)
CDM-05 weak  # clause 5.4: "The Grantee is encouraged to look at complaints and feedback for patterns" (encouraged)
CDM-06 gap  # absent from sections 1-6: no acknowledgement or response timescales
""",
    probes=["Whistleblowing policy", "Our conflicts of interest policy for trustees", "Leave a legacy",
            "Was this page helpful?"],
))

# ---------------------------------------------------------------------------------------------
# c10  English housing association, --no-pdf-header-footer + the site's own repeated print header, A4
# ---------------------------------------------------------------------------------------------
CONTRACTS.append(dict(
    slug="c10-responsive-repairs-terms-housing-association",
    kind="pdf", mode="print-header", paper="A4",
    title="Responsive repairs: contractor terms of engagement",
    thead_header="Moorvale Homes - contractor terms of engagement (web version) - www.moorvalehomes.org.uk/contractors",
    site=dict(
        name="Moorvale Homes",
        cookie="We'd like to use analytics cookies to understand how you use our website. Accept or reject.",
        nav=[("Report a repair", "#"), ("Pay my rent", "#"), ("Find a home", "#"), ("Working with us", "#"),
             ("Complaints", "#"), ("Tenant satisfaction measures", "#"), ("Speak up", "#"), ("My account", "#")],
        crumbs=["Home", "Working with us", "Contractors", "Terms of engagement"],
        updated="Last updated 2 December 2024 by the Asset Management team",
        related=["Our complaints policy and self-assessment against the Housing Ombudsman's Code",
                 "Tenant satisfaction measures 2023-24", "Anti-fraud and bribery policy",
                 "Contractor health and safety handbook", "Board members' register of interests"],
        footer=["Complaints", "Housing Ombudsman Service", "Modern slavery statement", "Gender pay gap report",
                "Accessibility", "Privacy notice"],
        copyright="Moorvale Homes is a registered society (no. 31234R) and a registered provider of social housing (no. L4321).",
    ),
    toc=[("r1", "1. Introduction"), ("r2", "2. Standards and integrity"), ("r3", "3. Interests and gifts"),
         ("r4", "4. Residents' complaints and satisfaction"), ("r5", "5. Information, assurance and remedies")],
    body="""
<h1>Responsive repairs: contractor terms of engagement</h1>
<p>These terms of engagement apply to every contractor appointed to Moorvale Homes' responsive repairs and voids framework (reference MH-RR-2025) and are incorporated into each works order. In them "the Association" means Moorvale Homes, "the Contractor" means the firm named in the works order, "Resident" means a tenant, leaseholder or member of their household, and "Operatives" means the Contractor's employees, agency workers and subcontractors' staff who work in Residents' homes.</p>

<h2 id="r1">1. Introduction</h2>
<p>1.1 The Contractor shall attend emergency repairs within four hours, urgent repairs within three working days and routine repairs within 20 working days of the works order, shall carry identification at all times, and shall leave every home clean and safe.</p>
<p>1.2 On any transfer of the services to a new contractor at the end of the framework, the Contractor shall provide employee liability information as required by the Transfer of Undertakings (Protection of Employment) Regulations 2006, including for any Operative who previously worked for the Association's in-house repairs team.</p>
<p>1.3 Works are priced using the National Housing Federation Schedule of Rates with the Contractor's tendered percentage adjustment. The Contractor shall submit each valuation through the Association's repairs portal within ten working days of completing the work, with photographs taken before and after the repair, and shall not submit any variation above £250 without the prior approval of the Association's repairs surveyor.</p>

<h2 id="r2">2. Standards and integrity</h2>
<h3>2.1 Standards in public life</h3>
<h3>2.2 Contractor code of conduct</h3>
<p>The Contractor shall comply with the Association's Contractor Code of Conduct and shall ensure that every Operative signs it before first working in a Resident's home.</p>
<h3>2.3 Training</h3>
<p>The Contractor shall ensure that every Operative completes the Association's e-learning on the Contractor Code of Conduct, gifts, conflicts of interest, anti-bribery and how to speak up within four weeks of starting on the framework, and shall provide completion records with its monthly report.</p>
<h3>2.4 Subcontractors</h3>
<p>The Contractor shall use reasonable endeavours to ensure that its subcontractors comply with the Contractor Code of Conduct.</p>
<h3>2.5 Speaking up</h3>
<p>Operatives are encouraged to report concerns about wrongdoing, safety or the treatment of Residents to the Association's confidential speak up line.</p>
<h3>2.6 Bribery and fraud</h3>
<p>The Contractor shall not commit any offence under the Bribery Act 2010 or the Fraud Act 2006 in connection with the works, shall maintain adequate procedures to prevent bribery and fraud (including false claims for work not done), and shall notify the Association's Head of Governance immediately of any suspected bribery or fraud.</p>

<h2 id="r3">3. Interests and gifts</h2>
<p>3.1 The Contractor shall ensure that neither it nor any Operative carries out private work for a Resident while engaged on an Association works order at that address, shall avoid any other situation in which its interests conflict with those of the Association or its Residents, and shall notify the Association promptly in writing of any actual or potential conflict of interest.</p>
<p>3.2 The Contractor shall comply with the Association's instructions for managing a notified conflict. If a conflict cannot be managed, the Association may remove the affected works orders or terminate the Contractor's place on the framework.</p>
<p>3.3 The Contractor may keep a record of any gifts or hospitality that Residents or suppliers offer to its Operatives.</p>
<p>3.4 The Contractor shall obtain an annual declaration of interests, including nil returns, from each of its directors and contract managers on the framework, shall keep them in a register, and shall give the register to the Association every April.</p>
<p>3.5 If asked, the Contractor will confirm whether any of its directors is related to a member of the Association's board or staff.</p>

<h2 id="r4">4. Residents' complaints and satisfaction</h2>
<p>4.1 Complaints about repairs are complaints about the Association. The Contractor shall operate a procedure for receiving complaints from Residents about its work that is consistent with the Association's complaints policy and the Housing Ombudsman's Complaint Handling Code, and shall pass every complaint to the Association's complaints team within one working day.</p>
<p>4.2 The Contractor shall provide the Association with its account of a complaint about its work within five working days of being asked, so that the Association can acknowledge a stage 1 complaint within five working days and respond within ten working days of acknowledgement, and a stage 2 complaint within 20 working days of acknowledgement, as the Code requires.</p>
<p>4.3 Where a Resident refers a complaint to the Housing Ombudsman, the Contractor shall co-operate with the Association and the Ombudsman, provide the information and evidence requested, and carry out any remedy or order the Ombudsman makes in relation to its work.</p>
<p>4.4 The Contractor shall include in its monthly report to the Association the number of complaints about its work, their outcome and the time taken to provide its account.</p>
<p>4.5 The Contractor shall text or telephone every Resident after a repair is completed to ask how satisfied they were, and shall report the results to the Association monthly in the format it uses for its tenant satisfaction measures.</p>
<p>4.6 The Association's complaints team carries out the root cause analysis of complaints and reports lessons learned to its board.</p>
<details>
<summary>Note for contractors on freedom of information</summary>
<p>Moorvale Homes is not a public authority under the Freedom of Information Act 2000, and the Contractor is not required to answer requests for information on the Association's behalf.</p>
</details>

<h2 id="r5">5. Information, assurance and remedies</h2>
<p>5.1 The Contractor shall provide the repairs performance data that the Association needs to publish its tenant satisfaction measures and its annual report to Residents, in the form and by the dates the Association specifies.</p>
<p>5.2 The Association may audit the Contractor's compliance with sections 2 and 3, including training records, the register of interests and its anti-bribery procedures, and will review conduct and integrity at each quarterly framework meeting.</p>
<p>5.3 Within one month of appointment and every year after that, a director of the Contractor shall sign and give the Association an annual compliance statement confirming that the Contractor has complied with sections 2 and 3 and that it has the structures in place to support them.</p>
<p>5.4 If the Contractor breaches section 2 or 3, the Association may require a rectification plan, may require the Contractor to remove an Operative from its works, and may suspend or terminate the Contractor's place on the framework.</p>
""",
    expected="""
ES-01 gap  # heading 2.1 "Standards in public life" has no body (heading-only hit)
ES-02 pass  # clause 2.2: "The Contractor shall comply with the Association's Contractor Code of Conduct"
ES-03 weak  # clause 2.4: "The Contractor shall use reasonable endeavours to ensure that its subcontractors comply with the Contractor Code of Conduct" (reasonable endeavours)
ES-04 pass  # clause 2.3: "completes the Association's e-learning on the Contractor Code of Conduct, gifts, conflicts of interest, anti-bribery and how to speak up" with completion records
ES-05 weak  # clause 2.5: "Operatives are encouraged to report concerns about wrongdoing" (encouraged; the 'Speak up' menu item is page chrome)
ES-06 pass  # clause 2.6: "shall maintain adequate procedures to prevent bribery and fraud" and "shall notify the Association's Head of Governance immediately"
ES-07 pass  # clause 5.1: "The Contractor shall provide the repairs performance data that the Association needs to publish its tenant satisfaction measures" (the FOI disclaimer is in a closed accordion, not printed)
ES-08 pass  # clause 5.2: "The Association may audit the Contractor's compliance with sections 2 and 3"
ES-09 pass  # clause 5.4: "If the Contractor breaches section 2 or 3, the Association may require a rectification plan"
ES-10 pass  # clause 5.3: "a director of the Contractor shall sign and give the Association an annual compliance statement"
COI-01 pass  # clause 3.1: "shall notify the Association promptly in writing of any actual or potential conflict of interest"
COI-02 pass  # clause 3.2: "The Contractor shall comply with the Association's instructions for managing a notified conflict"
COI-03 weak  # clause 3.3: "The Contractor may keep a record of any gifts or hospitality" (permissive)
COI-04 gap  # clause 1.2: only TUPE employee liability information, incl. former in-house Operatives (staff-transfer decoy)
COI-05 pass  # clause 3.4: "shall obtain an annual declaration of interests, including nil returns" kept "in a register"
COI-06 weak  # clause 3.5: "If asked, the Contractor will confirm whether any of its directors is related to a member of the Association's board or staff" (on request only)
CDM-01 pass  # clause 4.1: "The Contractor shall operate a procedure for receiving complaints from Residents about its work"
CDM-02 pass  # clause 4.4: "The Contractor shall include in its monthly report to the Association the number of complaints about its work"
CDM-03 pass  # clause 4.5: "shall report the results to the Association monthly"
CDM-04 pass  # clause 4.3: "the Contractor shall co-operate with the Association and the Ombudsman" (Housing Ombudsman)
CDM-05 gap  # clause 4.6: "The Association's complaints team carries out the root cause analysis of complaints" (wrong party)
CDM-06 pass  # clause 4.2: "The Contractor shall provide the Association with its account of a complaint about its work within five working days of being asked" (Complaint Handling Code timescales adopted)
""",
    probes=["Tenant satisfaction measures 2023-24", "Board members' register of interests", "Speak up",
            "www.moorvalehomes.org.uk/contractors"],
    hidden=["the Contractor is not required to answer requests for information"],
))
