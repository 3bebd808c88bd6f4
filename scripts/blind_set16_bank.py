"""Clause bank for blind set 16 (data only; used by scripts/make-blind-set16.py).

Every text was written for this set as a paraphrase of sections 1-2 of the rule catalogue.
Placeholders, filled in per contract by the generator:
  {P}        the provider's defined name (Provider, Supplier, Contractor, Grantee, Service Provider)
  {A}        the authority's defined name (Authority, Council, Department, Trust, Board, Commissioner)
  {U}        the service-user term (Service Users, patients, residents, members of the public)
  {SV}       the defined term for what is delivered (Services, Funded Services, Programme)
  {OMB}      the ombudsman for the jurisdiction
  {CONDUCT}  a reference to the contract's standards-of-conduct clause, e.g. "clause 7 (Ethical Standards)"
  {LAW}      the governing law, e.g. "England and Wales"
  {FEES}     "Charges" (contracts) or "Grant" (grant agreements)
  {START} {REGION} {YEARS} {PAYMENT}  commencement date, region for Working Days, term, payment clause number

Kinds per rule: pass, weak, negated, decoy, wrong_party ("absent" = nothing placed).
Variant forms:
  para     one numbered sub-clause
  frag     a verb phrase that completes "The {P} shall ..."; the generator either renders it as a
           sentence or gathers several rules' fragments under one lead-in with (a)/(b) items
  list     lead-in plus items of one rule, rendered (a), (b), ...
  row      a row of the obligations matrix: [requirement, detail, responsible party]
  notused  a clause heading followed by "[Not used]"
Optional keys: why (reason quoted in the .expected file), home (where the generator places the
text: defs, background, services, staff, data, audit, term, fm, general, grant, payment),
also (interactions: {"RULE": "pass"|"weak"} the text also produces; applied to the verdicts),
group (look-alike texts of which at most one is placed per contract), tempts (rules whose
look-alike words a decoy or filler uses harmlessly; noted in the .expected reason when that
rule is otherwise absent).
Each text was checked by hand against all 22 rule definitions (sections 1-2 of the catalogue);
the only cross-rule effects found are the ones recorded under "also".
"""

RULES = ["ES-01", "ES-02", "ES-03", "ES-04", "ES-05", "ES-06", "ES-07", "ES-08", "ES-09", "ES-10",
         "COI-01", "COI-02", "COI-03", "COI-04", "COI-05", "COI-06",
         "CDM-01", "CDM-02", "CDM-03", "CDM-04", "CDM-05", "CDM-06"]

# section of the contract each rule normally lives in
HOME = {
    "ES-01": "conduct", "ES-02": "conduct", "ES-03": "conduct", "ES-04": "staff", "ES-05": "conduct",
    "ES-06": "conduct", "ES-07": "info", "ES-08": "audit", "ES-09": "termination", "ES-10": "conduct",
    "COI-01": "coi", "COI-02": "coi", "COI-03": "gifts", "COI-04": "coi", "COI-05": "coi", "COI-06": "coi",
    "CDM-01": "complaints", "CDM-02": "complaints", "CDM-03": "complaints", "CDM-04": "complaints",
    "CDM-05": "complaints", "CDM-06": "complaints",
}

TOPIC = {
    "ES-01": "Seven Principles of Public Life",
    "ES-02": "code of conduct",
    "ES-03": "ethical flow-down to sub-contractors",
    "ES-04": "ethics training for staff",
    "ES-05": "speaking up / non-retaliation",
    "ES-06": "anti-bribery and fraud",
    "ES-07": "FOI and transparency co-operation",
    "ES-08": "authority audit of ethical compliance",
    "ES-09": "remedies for ethical breach",
    "ES-10": "periodic ethical assurance",
    "COI-01": "avoid and notify conflicts of interest",
    "COI-02": "conflict management / authority directions",
    "COI-03": "gifts and hospitality",
    "COI-04": "former public office holders",
    "COI-05": "declarations of interests register",
    "COI-06": "procurement-stage disclosure",
    "CDM-01": "service-user complaints procedure",
    "CDM-02": "periodic complaint reporting",
    "CDM-03": "user satisfaction / feedback reporting",
    "CDM-04": "ombudsman co-operation",
    "CDM-05": "learning from complaints",
    "CDM-06": "complaint-handling timescales",
}

BANK = {
    # ------------------------------------------------------------------ ES-01
    "ES-01": {
        "pass": [
            {"form": "para", "text": "The {P} shall, and shall ensure that its Staff, observe the Seven Principles of Public Life in all dealings connected with the {SV}."},
            {"form": "para", "text": "The Nolan Principles shall be observed by the {P} and by every member of its Staff throughout the delivery of the {SV}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "conduct itself in accordance with the standards of behaviour expected of holders of public office in everything it does under this Agreement"},
            {"form": "para", "text": "The {P} agrees to uphold honesty, integrity, objectivity, accountability, openness, selflessness and leadership in everything it does under this Agreement.", "why": "all seven principle words bound on the provider"},
            {"form": "list", "lead": "The {P} must:", "items": [
                "adhere to the Seven Principles of Public Life when performing this Agreement;",
                "ensure that every member of its Staff applies those principles when dealing with {U} and with the {A}."]},
            {"form": "row", "row": ["Principles of public life", "Observe the seven Nolan Principles (selflessness, integrity, objectivity, accountability, openness, honesty and leadership) in delivering the {SV}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {A} expects the {P} to have regard to the Seven Principles of Public Life when delivering the {SV}.", "why": "'expects ... to have regard to' only"},
            {"form": "para", "text": "The {P} should, so far as practicable, act consistently with the Nolan Principles.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {P} is encouraged to adopt the Seven Principles of Public Life as a guide for its Staff.", "why": "'is encouraged to' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to observe the Seven Principles of Public Life in performing this Agreement.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The requirement in the {A}'s standard terms to follow the Nolan Principles does not apply to this Agreement.", "why": "'does not apply'"},
            {"form": "notused", "heading": "Principles of Public Life"},
        ],
        "decoy": [
            {"group": "data_integrity", "form": "para", "home": "data", "text": "The {P} shall protect the integrity of all data it holds for the {A} and shall back that data up at least daily.", "why": "'integrity' of data only"},
            {"form": "para", "home": "services", "text": "Before fixing any equipment to a building used for the {SV}, the {P} shall commission a survey of the structural integrity of that building.", "why": "'structural integrity' only"},
            {"form": "para", "home": "background", "text": "In its submission the {P} described its long-standing commitment to openness and honesty in public service.", "why": "past-tense narrative in the background recitals"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall ensure that its own officers and members observe the Seven Principles of Public Life in managing this Agreement."},
            {"form": "para", "text": "Elected members and officers of the {A} are bound by the Nolan Principles under the {A}'s constitution."},
            {"form": "row", "row": ["Principles of public life", "Officers managing the Agreement to act in line with the Seven Principles of Public Life", "{A}"]},
        ],
        "comment": "The {P} shall act in line with the Nolan Principles at all times.",
    },
    # ------------------------------------------------------------------ ES-02
    "ES-02": {
        "pass": [
            {"form": "para", "text": "The {P} shall meet, and shall ensure that its Staff meet, the standards in the Supplier Code of Conduct issued by HM Government."},
            {"form": "para", "text": "A written code of business conduct shall be adopted and enforced by the {P} for all of its employees engaged on the {SV}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "comply with the {A}'s Supplier Code of Conduct as updated from time to time"},
            {"form": "para", "text": "The {P} agrees to maintain a code of ethics for its organisation and to require everyone it employs on the {SV} to follow it."},
            {"form": "list", "lead": "The {P} is required to:", "items": [
                "have in place a code of conduct setting out the standards of behaviour it requires of its employees;",
                "apply that code to every person working on the {SV}; and",
                "give the {A} a copy of the code on request."]},
            {"form": "row", "row": ["Code of conduct", "Comply with HM Government's Supplier Code of Conduct", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {A} expects the {P} to have regard to the Supplier Code of Conduct.", "why": "'expects ... to have regard to' only"},
            {"form": "para", "text": "The {P} should consider adopting a code of business conduct for its employees.", "why": "'should consider'"},
            {"form": "para", "text": "The {P} may adopt an ethical code for its workforce if it chooses.", "why": "permissive 'may'"},
        ],
        "negated": [
            {"form": "para", "text": "The Supplier Code of Conduct does not apply to the {P} or to this Agreement.", "why": "'does not apply'"},
            {"form": "para", "text": "The {P} shall not be required to put in place a code of conduct for its workforce.", "why": "'shall not be required to'"},
            {"form": "notused", "heading": "Supplier Code of Conduct"},
        ],
        "decoy": [
            {"form": "para", "home": "services", "text": "When disposing of waste arising from the {SV}, the {P} shall follow the statutory code of practice on the duty of care for waste.", "why": "technical code of practice (waste)"},
            {"form": "para", "home": "data", "text": "The {P} shall operate any CCTV at premises used for the {SV} in line with the Surveillance Camera Code of Practice.", "why": "technical code of practice (CCTV)"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A}'s officers shall comply with the {A}'s Employee Code of Conduct in all dealings with the {P}."},
            {"form": "para", "text": "The {A} shall maintain a code of conduct for its own employees and make it available to them."},
            {"form": "row", "row": ["Code of conduct", "Apply the employee code of conduct to officers managing the Agreement", "{A}"]},
        ],
        "comment": "Add: the {P} shall comply with the Supplier Code of Conduct.",
    },
    # ------------------------------------------------------------------ ES-03
    "ES-03": {
        "pass": [
            {"form": "para", "text": "The {P} shall procure that each of its Sub-contractors is bound by ethical obligations no less onerous than those imposed on the {P} by {CONDUCT}."},
            {"form": "para", "text": "Ethical obligations equivalent to those in {CONDUCT} shall be imposed by the {P} on every Sub-contractor engaged in the {SV}, and the {P} shall enforce them.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "include in every sub-contract terms on ethical conduct equivalent to those in {CONDUCT}, and enforce those terms"},
            {"form": "para", "text": "The {P} must flow down the ethical conduct requirements of {CONDUCT} to all of its subcontractors."},
            {"form": "list", "lead": "Where the {P} sub-contracts any part of the {SV}, it shall:", "items": [
                "impose on the Sub-contractor the ethical obligations set out in {CONDUCT};",
                "check that the Sub-contractor keeps to those obligations; and",
                "take action to enforce them where necessary."]},
            {"form": "row", "row": ["Supply-chain ethics", "Impose the ethical obligations of {CONDUCT} on each Sub-contractor", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} is encouraged to seek ethical commitments from its Sub-contractors similar to those in {CONDUCT}.", "why": "'is encouraged to' only"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to procure that its Sub-contractors act consistently with the ethical requirements of {CONDUCT}.", "why": "reasonable endeavours only"},
            {"form": "para", "text": "The {A} expects the {P}'s Sub-contractors to meet ethical standards comparable to those in {CONDUCT}.", "why": "'expects' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to pass the ethical obligations in {CONDUCT} down to any Sub-contractor.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The ethical obligations in {CONDUCT} do not apply to Sub-contractors, and the {P} need not reflect them in any sub-contract.", "why": "'do not apply' / 'need not'"},
            {"form": "notused", "heading": "Sub-contractor Ethics"},
        ],
        "decoy": [
            {"form": "para", "text": "The {P} shall ensure that every sub-contract obliges the {P} to pay the Sub-contractor's undisputed invoices within 30 days.", "why": "flow-down of payment terms only"},
            {"form": "para", "text": "The {P} shall not sub-contract any part of the {SV} without first obtaining the {A}'s written consent.", "why": "consent to sub-contract only"},
            {"form": "para", "text": "The {P} shall ensure that each Sub-contractor holds insurance cover equivalent to that required of the {P} by this Agreement.", "why": "flow-down of insurance terms only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall ensure that any body to which it delegates functions under this Agreement observes ethical standards equivalent to {CONDUCT}."},
            {"form": "para", "text": "Where the {A} engages agents to manage this Agreement on its behalf, the {A} shall bind those agents to the ethical requirements of {CONDUCT}."},
        ],
        "comment": "The {P} shall flow the ethical obligations down to its Sub-contractors.",
    },
    # ------------------------------------------------------------------ ES-04
    "ES-04": {
        "pass": [
            {"form": "para", "text": "The {P} shall ensure that every member of its Staff completes ethics and integrity training at induction and at least once a year, and shall keep records of that training."},
            {"form": "para", "text": "Training in ethical conduct shall be provided by the {P} to all Staff within their first month of employment and refreshed annually, with attendance records kept for the life of this Agreement.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "deliver probity and ethics training to all Staff on appointment and every year, and keep a record of who has completed it"},
            {"form": "para", "text": "The {P} will provide annual refresher training on ethical behaviour at work to all Staff and will make its training records available to the {A} on request."},
            {"form": "list", "lead": "The {P} shall:", "items": [
                "include a session on ethical standards in the induction of every member of Staff;",
                "repeat that session each year; and",
                "maintain a record of attendance."]},
            {"form": "row", "row": ["Ethics training", "Induction and yearly refresher training on ethics for all Staff; records kept", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} shall ensure that all Staff are suitably trained and competent for the roles they perform.", "why": "generic training, ethics not named"},
            {"form": "para", "text": "The {P} shall give every new member of Staff a general induction when they join.", "why": "generic induction, ethics not named"},
            {"form": "para", "text": "The {P} may offer ethics training to its Staff.", "why": "permissive 'may'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to provide ethics training to its Staff.", "why": "'shall not be required to'"},
            {"form": "para", "text": "Any requirement for ethics or integrity training for Staff is disapplied for the duration of this Agreement.", "why": "'is disapplied'"},
            {"form": "notused", "heading": "Ethics Training"},
            {"form": "row", "row": ["Ethics training", "Not applicable to this Agreement", "N/A"], "why": "matrix row marked 'Not applicable'"},
        ],
        "decoy": [
            {"group": "hs_training", "form": "para", "text": "The {P} shall ensure that all Staff complete fire safety and first aid training before starting work.", "why": "health-and-safety training only"},
            {"form": "para", "home": "services", "text": "The {P} shall deliver two training sessions on the new case management system to the {A}'s officers.", "why": "training delivered to the authority"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall ensure that its officers managing this Agreement complete annual ethics training."},
            {"form": "para", "text": "The {A} will cover the ethical management of this Agreement in the ethics training it gives to its own procurement officers."},
        ],
        "comment": "Suggest: the {P} shall give all Staff ethics training every year.",
    },
    # ------------------------------------------------------------------ ES-05
    "ES-05": {
        "pass": [
            {"form": "para", "text": "The {P} shall maintain a whistleblowing policy that allows Staff to raise concerns in confidence, including directly with the {A}, and shall not subject any person to detriment for raising a concern in good faith."},
            {"form": "para", "text": "Any actual or suspected wrongdoing connected with the {SV} must be reported to the {A} by the {P}, and no member of Staff shall suffer retaliation for making such a report in good faith.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "give its Staff a confidential route for speaking up about wrongdoing, including a route to the {A} or a prescribed person, and protect anyone who uses it from victimisation"},
            {"form": "para", "text": "The {P} agrees that it will not dismiss, discipline or otherwise penalise any member of Staff who makes a protected disclosure within the meaning of the Public Interest Disclosure Act 1998."},
            {"form": "list", "lead": "The {P} must:", "items": [
                "operate a confidential speaking-up procedure for Staff;",
                "tell the {A} promptly of any suspected serious wrongdoing raised through that procedure; and",
                "ensure that nobody suffers detriment for raising a concern honestly."]},
            {"form": "row", "row": ["Speaking up", "Confidential whistleblowing route for Staff; no detriment for good-faith reports", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} is encouraged to adopt a whistleblowing policy for its Staff.", "why": "'is encouraged to' only"},
            {"form": "para", "text": "Staff may raise any concerns about wrongdoing with the {A}'s contract manager.", "why": "permissive 'may', no provider duty"},
            {"form": "para", "text": "The {P} should consider appointing a speaking-up champion for its workforce.", "why": "'should consider'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be obliged to operate any whistleblowing procedure in connection with this Agreement.", "why": "'shall not be obliged'"},
            {"form": "para", "text": "The whistleblowing provisions of the {A}'s standard terms do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Whistleblowing"},
        ],
        "decoy": [
            {"form": "para", "home": "data", "text": "The {P} shall keep confidential all information about {U} that it obtains in providing the {SV}.", "why": "confidentiality clause only"},
            {"form": "para", "text": "Staff may not make any statement to the press or on social media about the {SV} without the {A}'s prior written approval.", "why": "public-statement ban (gagging), not a speaking-up route"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall maintain a whistleblowing policy under which its own officers may raise concerns about this Agreement."},
            {"form": "para", "text": "The {A} shall ensure that none of its officers suffers detriment for raising a concern about the management of this Agreement."},
        ],
        "comment": "The {P} must protect Staff who raise concerns from any detriment.",
    },
    # ------------------------------------------------------------------ ES-06
    "ES-06": {
        "pass": [
            {"form": "para", "text": "The {P} shall not offer, give, request or accept any bribe or other improper advantage in connection with this Agreement, and shall maintain adequate procedures to prevent bribery by anyone acting on its behalf."},
            {"form": "para", "text": "No bribe, kickback or facilitation payment shall be offered, paid or accepted by the {P} or its Staff in connection with the {SV}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "refrain from any act that would be an offence under the Bribery Act 2010 or the Fraud Act 2006, and keep in place proportionate procedures designed to prevent such acts"},
            {"form": "para", "text": "The {P} undertakes that neither it nor its Staff will commit fraud or corruption in connection with this Agreement, and that it will keep anti-corruption controls in place for the whole term."},
            {"form": "list", "lead": "The {P} shall:", "items": [
                "not commit, or allow any person acting for it to commit, any bribery or fraud connected with the {SV}; and",
                "create and maintain counter-fraud and anti-bribery procedures proportionate to the risks of the {SV}."]},
            {"form": "row", "row": ["Anti-bribery and fraud", "No bribery, fraud or corruption; maintain adequate prevention procedures", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} shall use reasonable endeavours to prevent bribery and fraud within its organisation.", "why": "reasonable endeavours only"},
            {"form": "para", "text": "The {P} should maintain anti-bribery procedures proportionate to its size.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {A} expects the {P} to take a zero-tolerance approach to bribery and corruption.", "why": "'expects' only"},
        ],
        "negated": [
            {"form": "para", "text": "The anti-bribery provisions of the {A}'s standard conditions do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "para", "text": "The {P} is exempt from the anti-bribery and counter-fraud requirements of the {A}'s procurement rules.", "why": "'is exempt from'"},
            {"form": "notused", "heading": "Prevention of Bribery and Fraud"},
        ],
        "decoy": [
            {"form": "para", "home": "defs", "text": "\"Relevant Legislation\" includes the Care Act 2014, the Equality Act 2010, the Bribery Act 2010 and the Health and Safety at Work etc. Act 1974.", "why": "Bribery Act named only in a list of laws"},
            {"form": "para", "home": "defs", "text": "\"Prohibited Act\" means offering, giving or agreeing to give any person a financial or other advantage to induce the improper performance of a relevant function.", "why": "'Prohibited Act means' definition alone"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall maintain an anti-fraud and anti-bribery policy for its officers and shall investigate any allegation of bribery involving them."},
            {"form": "para", "text": "Officers of the {A} must not accept any bribe or improper advantage from any person in connection with this Agreement."},
        ],
        "comment": "Insert: the {P} shall not commit any Prohibited Act.",
    },
    # ------------------------------------------------------------------ ES-07
    "ES-07": {
        "pass": [
            {"form": "para", "text": "The {P} shall give the {A} all the co-operation and information it needs to respond to any request under the Freedom of Information Act 2000 or the Environmental Information Regulations 2004 within the statutory time limits."},
            {"form": "para", "text": "Information about the {P}'s performance of the {SV} shall be supplied by the {P} in a form the {A} can publish under its transparency obligations.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "help the {A} promptly to meet its duties under freedom of information law, including by supplying any information the {A} asks for to answer a Request for Information"},
            {"form": "para", "text": "The {P} acknowledges that the {A} is subject to the Freedom of Information Act 2000 and agrees to assist the {A} in complying with that Act, including by providing requested information promptly."},
            {"form": "list", "lead": "The {P} will:", "items": [
                "help the {A} to publish the Transparency Information for this Agreement; and",
                "provide, at no charge, any information the {A} needs to answer a request for information about the {SV}."]},
            {"form": "row", "row": ["Freedom of information", "Co-operate with FOI and EIR requests and supply information for publication", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} may assist the {A} with requests for information under the Freedom of Information Act 2000 where it has capacity to do so.", "why": "permissive 'may'"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to help the {A} respond to freedom of information requests.", "why": "reasonable endeavours only"},
            {"form": "para", "text": "The {A} expects the {P} to support its transparency commitments.", "why": "'expects' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} is under no obligation to help the {A} deal with requests for information under the Freedom of Information Act 2000.", "why": "'is under no obligation'"},
            {"form": "para", "text": "The transparency and freedom of information clause in the {A}'s standard terms is disapplied.", "why": "'is disapplied'"},
            {"form": "notused", "heading": "Freedom of Information and Transparency"},
        ],
        "decoy": [
            {"form": "para", "text": "The {P} shall not disclose the terms of this Agreement to any third party without the {A}'s written consent.", "why": "confidentiality only"},
            {"group": "conf", "form": "para", "text": "Each party shall treat the other's commercially sensitive information as confidential.", "why": "confidentiality only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall publish this Agreement and details of all payments made under it on its website, subject to any redactions it considers appropriate."},
            {"form": "para", "text": "The {A} alone is responsible for deciding how to respond to any request under the Freedom of Information Act 2000 that relates to this Agreement."},
        ],
        "comment": "The {P} shall assist with all FOI requests within five Working Days.",
    },
    # ------------------------------------------------------------------ ES-08
    "ES-08": {
        "pass": [
            {"form": "para", "text": "The {A} may audit the {P}'s compliance with the ethical obligations in {CONDUCT} at any time on reasonable notice, and the {P} shall give the {A}'s auditors access to its premises, records and Staff for that purpose."},
            {"form": "para", "text": "The {P}'s ethical performance, including its compliance with {CONDUCT}, shall be reviewed at each contract review meeting."},
            {"form": "frag", "text": "allow the {A} or its appointed auditor to inspect any records relating to its compliance with the ethical standards in {CONDUCT}"},
            {"form": "para", "text": "The {A} is entitled to monitor the {P}'s adherence to the ethical requirements of this Agreement by any reasonable means, including spot checks and interviews with Staff."},
            {"form": "row", "row": ["Ethics audit", "Allow the {A}'s auditors access to verify compliance with {CONDUCT}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {A} may audit the {P}'s performance of this Agreement on reasonable notice.", "why": "general audit right, ethics not named"},
            {"form": "para", "text": "The {P} shall allow any auditor appointed by the {A} access to its premises and records relating to the {SV}.", "why": "general audit right, ethics not named"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to give the {A} access to any records or Staff for the purpose of checking its ethical compliance.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The audit provisions of the {A}'s standard terms are disapplied and the {A} shall have no right to audit the {P}.", "why": "'are disapplied'"},
            {"form": "notused", "heading": "Audit of Ethical Compliance"},
        ],
        "decoy": [
            {"group": "fin_audit", "form": "para", "text": "The {A} may audit the {P}'s invoices and financial accounts relating to the {FEES} once in each contract year.", "why": "financial-only audit"},
            {"group": "fin_audit", "form": "para", "text": "The {P} shall allow the {A}'s external auditor to verify the {FEES} claimed against timesheets and payroll records.", "why": "financial-only audit"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A}'s internal audit service shall review the {A}'s own compliance with its procurement ethics policy each year.", "why": "the authority audits only itself"},
            {"form": "para", "text": "The {A} shall permit the {P} to inspect the {A}'s records of its own officers' compliance with the {A}'s ethics policy.", "why": "roles reversed: a right of the provider against the authority"},
        ],
        "comment": "The {A} may audit the {P}'s compliance with the ethics clauses.",
    },
    # ------------------------------------------------------------------ ES-09
    "ES-09": {
        "pass": [
            {"form": "para", "text": "The {A} may terminate this Agreement with immediate effect by written notice if the {P} breaches any of the ethical obligations in {CONDUCT}."},
            {"form": "para", "text": "If any member of Staff acts in breach of the ethical obligations in {CONDUCT}, the {P} shall, at the {A}'s request, remove that person from the {SV} and replace them promptly."},
            {"form": "para", "text": "A failure by the {P} to comply with the ethical obligations in {CONDUCT} is a Default entitling the {A} to require a Rectification Plan and, if the failure is not put right or is repeated, to terminate this Agreement."},
            {"form": "para", "text": "The {A} may end this Agreement by notice if the {P} or any of its Staff acts in a way that brings the {A} into disrepute or diminishes public trust in the {A}."},
            {"form": "frag", "text": "remove from the {SV} any member of Staff whom the {A} reasonably considers has breached the ethical obligations in {CONDUCT}"},
        ],
        "weak": [
            {"form": "para", "text": "The {A} may terminate this Agreement by written notice if the {P} commits a material breach that is not remedied within 30 days.", "why": "generic material-breach termination, no ethics link"},
            {"form": "para", "text": "If the {P} is in material breach of this Agreement, the {A} may withhold payment until the breach is remedied.", "why": "generic material-breach remedy, no ethics link"},
        ],
        "negated": [
            {"form": "para", "text": "The {A}'s rights of termination and its other remedies do not apply to a breach of {CONDUCT}.", "why": "remedies excluded ('do not apply')"},
            {"form": "para", "text": "The {A}'s right to terminate for breach of ethical standards under its standard terms does not apply to this Agreement.", "why": "'does not apply'"},
            {"form": "notused", "heading": "Termination for Ethical Breach"},
        ],
        "decoy": [
            {"group": "convenience", "form": "para", "text": "The {A} may terminate this Agreement for convenience by giving the {P} three months' written notice.", "why": "termination for convenience, no ethics link"},
            {"form": "para", "text": "The {A} may terminate this Agreement if the {P} undergoes a change of control without the {A}'s prior written consent.", "why": "change-of-control termination, no ethics link"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {P} may terminate this Agreement if the {A} or its officers act in a way that brings the {P} into disrepute.", "why": "roles reversed: a right of the provider against the authority"},
            {"form": "para", "text": "If an officer of the {A} acts unethically in dealings with the {P}, the {A} shall remove that officer from the management of this Agreement."},
        ],
        "comment": "The {A} may terminate if the {P} breaches the ethics clause.",
    },
    # ------------------------------------------------------------------ ES-10
    "ES-10": {
        "pass": [
            {"form": "para", "text": "The {P} warrants that its board oversees governance arrangements adequate to uphold the ethical obligations in {CONDUCT} and that those arrangements will be kept in place, and shall, within 20 Working Days after the Commencement Date and then annually, give the {A} a certificate signed by a director confirming its compliance with those obligations."},
            {"form": "para", "text": "An annual ethics compliance statement, signed by the {P}'s chief executive and confirming that the arrangements supporting the ethical standards of this Agreement are operating, shall be delivered by the {P} to the {A} each April.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "give the {A} each year a written attestation, approved by its board, that it has complied with the ethical obligations in {CONDUCT} and that the structures supporting that compliance remain in place"},
            {"form": "para", "text": "Each year the {P} will certify to the {A} in writing that it has met the ethical obligations of this Agreement, and will supply evidence supporting that certificate on request."},
            {"form": "list", "lead": "By way of ethical assurance, the {P} shall:", "items": [
                "nominate a board member with responsibility for the ethical standards required by this Agreement; and",
                "confirm in writing to the {A}, within one month after the Commencement Date and every twelve months after that, that the ethical obligations in {CONDUCT} have been met."]},
            {"form": "row", "row": ["Annual ethics certificate", "Board-signed statement each year confirming compliance with {CONDUCT}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} shall nominate a senior manager as its ethics lead for this Agreement.", "why": "structures only, no certificate"},
            {"form": "para", "text": "The {P} shall certify annually to the {A} that it has complied with its obligations under the Modern Slavery Act 2015.", "why": "one-topic certificate"},
            {"form": "para", "text": "The {P} should give the {A} a yearly statement on its ethical standards.", "why": "permissive 'should'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to provide any ethics certificate or compliance statement under this Agreement.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The annual ethical assurance requirement in the {A}'s standard terms does not apply.", "why": "'does not apply'"},
            {"form": "notused", "heading": "Ethical Assurance"},
        ],
        "decoy": [
            {"form": "para", "home": "audit", "text": "Within three months after the end of each contract year the {P} shall provide a Self Audit Certificate confirming that its financial records relating to the {FEES} are accurate.", "why": "Self Audit Certificate on financial records only", "tempts": ["ES-08"]},
            {"form": "para", "home": "insurance", "text": "On each anniversary of the Commencement Date the {P} shall provide a certificate from its insurers confirming that the policies required by this Agreement remain in force.", "why": "insurance certificate only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A}'s monitoring officer shall certify each year to the {A}'s standards committee that the {A} has complied with its ethical governance framework."},
            {"form": "para", "text": "The {A} shall provide the {P} with an annual statement confirming that its officers involved in this Agreement have complied with the {A}'s ethics policy."},
        ],
        "comment": "Require the {P} to certify ethical compliance annually.",
    },
    # ------------------------------------------------------------------ COI-01
    "COI-01": {
        "pass": [
            {"form": "para", "text": "The {P} shall do everything necessary to prevent itself or any of its Staff from being in a position where their own interests conflict, or could conflict, with the duties owed to the {A} under this Agreement, and shall notify the {A} in writing without delay if such a conflict arises or is likely to arise."},
            {"form": "para", "text": "Any actual, potential or perceived conflict of interest affecting the {P} or its Staff must be avoided and, where it cannot be avoided, must be disclosed by the {P} to the {A} promptly and in writing.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "avoid any situation in which its personal, professional or financial interests, or those of its Staff, conflict or may conflict with its duties under this Agreement, and tell the {A} promptly in writing if one arises"},
            {"form": "para", "text": "The {P} must inform the {A} as soon as it becomes aware of any direct or indirect interest of the {P} or its Staff that conflicts with the proper performance of the {SV}, and must take steps to prevent such conflicts arising."},
            {"form": "para", "text": "The {P} shall avoid conflicts of interest, shall notify the {A} promptly of any conflict of interest that arises, and shall take such steps to manage or remove it as the {A} directs.", "why": "avoid, notify and follow directions in one clause", "also": {"COI-02": "pass"}},
            {"form": "row", "row": ["Conflicts of interest", "Avoid actual or potential conflicts of interest; notify the {A} promptly in writing", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should avoid conflicts of interest where it reasonably can.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to avoid any conflict of interest and may inform the {A} of any conflict it identifies.", "why": "reasonable endeavours / 'may inform'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to notify the {A} of any conflict of interest.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The conflicts of interest provisions of the {A}'s standard terms do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Conflicts of Interest"},
        ],
        "decoy": [
            {"group": "precedence", "form": "para", "home": "defs", "text": "Should the Clauses and the Schedules conflict or be inconsistent, the Clauses prevail.", "why": "precedence wording ('conflict or inconsistency')"},
            {"group": "fm_def", "form": "para", "home": "fm", "text": "A Force Majeure Event includes war, armed conflict, terrorism, riot and civil commotion.", "why": "'armed conflict' in force majeure"},
            {"group": "law", "form": "para", "home": "general", "text": "This Agreement is governed by the law of {LAW}, without regard to any conflict of laws principles.", "why": "'conflict of laws'"},
            {"form": "para", "home": "services", "text": "The {P} shall ensure that its operating procedures do not conflict with the requirements of this Agreement.", "why": "'do not conflict with the Agreement'"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall ensure that none of its officers with a conflicting interest takes part in decisions about this Agreement."},
            {"form": "para", "text": "Officers of the {A} must avoid conflicts of interest in managing this Agreement and notify the {A}'s monitoring officer of any that arise."},
        ],
        "comment": "The {P} shall notify the {A} of any conflict of interest.",
    },
    # ------------------------------------------------------------------ COI-02
    "COI-02": {
        "pass": [
            {"form": "para", "text": "Where a conflict of interest arises, the {P} shall take whatever steps the {A} reasonably directs to manage or remove it."},
            {"form": "para", "text": "Any conflict of interest affecting the {SV} shall be managed by the {P} in accordance with a mitigation plan approved by the {A}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "follow the {A}'s directions for managing or removing any conflict of interest that affects the {SV}"},
            {"form": "para", "text": "If the {P} fails to manage a conflict of interest as the {A} directs, the {A} may terminate this Agreement with immediate effect.", "why": "authority may terminate where a conflict is not managed", "also": {"ES-09": "pass"}},
            {"form": "para", "text": "The {A} may take any action it considers necessary to deal with a conflict of interest affecting the {P}, and the {P} shall give effect to that action."},
            {"form": "row", "row": ["Conflict management", "Manage or remove any conflict of interest as the {A} directs", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} may propose measures to reduce the effect of any conflict of interest.", "why": "permissive 'may propose'"},
            {"form": "para", "text": "The parties shall use reasonable efforts to resolve any conflict of interest that arises.", "why": "reasonable efforts only"},
        ],
        "negated": [
            {"form": "para", "text": "The {A} waives any right to give directions about, or to end this Agreement because of, a conflict of interest.", "why": "authority's rights waived"},
            {"form": "para", "text": "The {P} shall not be required to follow any direction of the {A} about the management of conflicts of interest.", "why": "'shall not be required to'"},
            {"form": "notused", "heading": "Management of Conflicts"},
        ],
        "decoy": [
            {"group": "precedence", "form": "para", "home": "defs", "text": "Where two Schedules conflict, the {A} may decide which provision applies.", "why": "precedence wording ('Schedules conflict')"},
            {"group": "convenience", "form": "para", "home": "termination", "text": "The {A} may terminate this Agreement without cause on six months' written notice.", "why": "termination for convenience, no conflict link"},
        ],
        "wrong_party": [
            {"form": "para", "text": "Where one of its officers has a conflict of interest, the {A} shall take steps to manage or remove it, including by reallocating responsibility for this Agreement."},
            {"form": "para", "text": "The {P} may end this Agreement if a conflict of interest on the part of the {A}'s officers cannot be managed.", "why": "roles reversed: a right of the provider against the authority"},
        ],
        "comment": "The {A} may direct how any conflict is managed.",
    },
    # ------------------------------------------------------------------ COI-03
    "COI-03": {
        "pass": [
            {"form": "para", "text": "Neither the {P} nor its Staff shall offer any gift, hospitality or entertainment to officers or members of the {A} who are involved in commissioning or managing this Agreement."},
            {"form": "para", "text": "The {P} shall keep a register of all gifts and hospitality offered or received by its Staff in connection with the {SV}, and shall make it available to the {A} on request."},
            {"form": "frag", "text": "record every gift or item of hospitality offered to or by its Staff in connection with this Agreement, and refuse any that could be seen as influencing decisions about it"},
            {"form": "para", "text": "A gifts and hospitality register covering the {SV} must be maintained by the {P} and provided to the {A} whenever asked.", "why": "passive form naming the provider"},
            {"form": "list", "lead": "In relation to gifts and hospitality, the {P} shall:", "items": [
                "not offer anything of value to any person involved in managing this Agreement;",
                "keep a register of gifts and hospitality offered or received by its Staff; and",
                "give a copy of the register to the {A} every six months."]},
            {"form": "row", "row": ["Gifts and hospitality", "Keep a gifts and hospitality register; no gifts or hospitality to officers managing the Agreement", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} is encouraged to keep a record of gifts and hospitality received by its Staff.", "why": "'is encouraged to' only"},
            {"form": "para", "text": "The {P} should not offer gifts or hospitality of more than nominal value to the {A}'s officers.", "why": "permissive 'should'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to maintain a gifts and hospitality register.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The gifts and hospitality provisions of the {A}'s standard conditions are disapplied for this Agreement.", "why": "'are disapplied'"},
            {"form": "notused", "heading": "Gifts and Hospitality"},
        ],
        "decoy": [
            {"form": "para", "home": "services", "text": "Hospitality and Meetings: the {P} shall provide refreshments for up to 40 attendees at each quarterly partnership event.", "why": "catering 'Hospitality and Meetings' service line"},
            {"group": "giftaid", "form": "para", "home": "payment", "text": "The {P} may claim gift aid on individual donations it receives, but not on any payment made under this Agreement.", "why": "'gift aid'"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall keep a register of any gifts or hospitality offered to its officers by the {P}."},
            {"form": "para", "text": "Officers of the {A} must decline any gift or hospitality offered to them in connection with this Agreement."},
            {"form": "row", "row": ["Gifts and hospitality", "Keep a register of gifts and hospitality offered to officers", "{A}"]},
        ],
        "comment": "The {P} shall keep a gifts and hospitality register.",
    },
    # ------------------------------------------------------------------ COI-04
    "COI-04": {
        "pass": [
            {"form": "para", "text": "The {P} shall not, without the {A}'s prior written consent, engage on the {SV} any person who within the previous two years was employed by the {A} in a role connected with commissioning this Agreement."},
            {"form": "para", "text": "The {P} shall tell the {A} before it employs or engages any former officer or member of the {A} in connection with this Agreement, and shall ensure that person observes any conditions imposed under the Business Appointment Rules."},
            {"form": "frag", "text": "notify the {A} before engaging any former Crown servant or former officer of the {A} whose previous role was connected with this Agreement, and respect any waiting period or lobbying restriction that applies to that person"},
            {"form": "para", "text": "Any former officer of the {A} engaged on the {SV} within two years of leaving the {A} must be disclosed to the {A} by the {P}, and no confidential information that person obtained in office shall be used by the {P}.", "why": "passive form naming the provider"},
            {"form": "row", "row": ["Former officials", "Disclose any former {A} officers engaged within two years of leaving; observe cooling-off conditions", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should inform the {A} if it intends to engage a recent former officer of the {A}.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {A} expects the {P} to respect the Business Appointment Rules when recruiting former civil servants.", "why": "'expects' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} is under no obligation to tell the {A} about any former officers of the {A} whom it employs.", "why": "'is under no obligation'"},
            {"form": "para", "text": "The restrictions in the {A}'s standard terms on engaging former officials do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Former Officers and Members"},
        ],
        "decoy": [
            {"group": "tupe", "form": "para", "home": "staff", "text": "The parties acknowledge that employees of the {A} who work in the {SV} will transfer to the {P} on the Commencement Date under the Transfer of Undertakings (Protection of Employment) Regulations 2006.", "why": "TUPE staff transfer only"},
            {"group": "tupe", "form": "para", "home": "staff", "text": "The {P} shall give the {A} the employee liability information required under the TUPE regulations at least 28 days before this Agreement ends.", "why": "TUPE information only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall not appoint to manage this Agreement any person who within the previous two years was employed by the {P}."},
            {"form": "para", "text": "The {A} shall remind officers leaving its employment of any restrictions on later working for organisations it contracts with."},
        ],
        "comment": "The {P} shall disclose any former {A} officers it engages.",
    },
    # ------------------------------------------------------------------ COI-05
    "COI-05": {
        "pass": [
            {"form": "para", "text": "The {P} shall obtain a declaration of interests, or a nil return, from each member of its Staff with decision-making responsibility for the {SV} on appointment and at least annually, and shall keep those declarations in a register that it makes available to the {A} on request."},
            {"form": "para", "text": "Declarations of interests, including nil returns, shall be obtained by the {P} from all decision-making Staff and kept in a register that is supplied to the {A} at the start of each contract year.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "require every director and senior manager involved in the {SV} to complete an annual declaration of interests (including nil declarations) and keep the returns in a register open to the {A}"},
            {"form": "list", "lead": "The {P} shall:", "items": [
                "collect written declarations of interests from its decision-making Staff on appointment, on any change and once a year;",
                "record nil returns as well as positive declarations; and",
                "provide the resulting register to the {A} whenever asked."]},
            {"form": "row", "row": ["Declarations of interests", "Annual declarations (including nil returns) from decision-making Staff, kept in a register given to the {A}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} may keep a register of interests for its senior managers.", "why": "permissive 'may'"},
            {"form": "para", "text": "The {P} is encouraged to ask its directors to make an annual declaration of interests.", "why": "'is encouraged to' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} need not collect declarations of interests from its Staff or keep any register of them.", "why": "'need not'"},
            {"form": "para", "text": "The requirement for a register of interests in the {A}'s standard terms does not apply to the {P}.", "why": "'does not apply'"},
            {"form": "notused", "heading": "Register of Interests"},
            {"form": "row", "row": ["Register of interests", "Not applicable", "N/A"], "why": "matrix row marked 'Not applicable'"},
        ],
        "decoy": [
            {"form": "para", "home": "services", "text": "The {P} shall keep a list of {U} who have expressed an interest in joining the volunteer programme.", "why": "'expressed an interest' list, not a register of interests"},
            {"form": "para", "home": "payment", "text": "The {P} shall obtain a signed declaration of income from each person who is charged for the {SV}, for use in the financial assessment.", "why": "income declaration, not a declaration of interests"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall ensure that each of its officers involved in commissioning this Agreement completes a declaration of interests."},
            {"form": "para", "text": "The {A} shall maintain a register of interests for its members and senior officers."},
        ],
        "comment": "The {P} must keep a register of interests for decision-making Staff.",
    },
    # ------------------------------------------------------------------ COI-06
    "COI-06": {
        "pass": [
            {"form": "para", "text": "The {P} confirms that, before this Agreement was awarded, it disclosed to the {A} every relationship it or its Staff had with any person involved in the procurement, and it shall tell the {A} promptly of any change to that disclosure."},
            {"form": "para", "text": "The {P} confirms that it has told the {A} about every connection between itself or its Staff and the people who evaluated its bid, and undertakes to keep that information current throughout this Agreement."},
            {"form": "para", "text": "The {P} confirms that the information about its connections with the {A}'s decision-makers that it supplied during the procurement under the Procurement Act 2023 was complete, and shall keep it up to date so that the {A} can check that no supplier gained an unfair advantage."},
            {"form": "list", "lead": "The {P} confirms that:", "items": [
                "it disclosed during the procurement all relationships between it and the {A}'s evaluators;",
                "no further relationship of that kind has arisen since; and",
                "it will tell the {A} of any new relationship of that kind as soon as it arises."]},
            {"form": "row", "row": ["Procurement disclosure", "Confirm disclosure of links with those involved in the award; keep it current", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should let the {A} know if any relationship with the {A}'s evaluators comes to light after the award.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {P} may review the disclosure it made during the procurement and update it where it considers this appropriate.", "why": "permissive 'may'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} gives no confirmation about its relationships with persons involved in the procurement and shall not be required to update any disclosure made during it.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The procurement disclosure requirements of the {A}'s standard terms do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Procurement Disclosures"},
        ],
        "decoy": [
            {"form": "para", "text": "The {P} confirms that none of its directors has been convicted of any offence listed in the exclusion grounds of the Procurement Act 2023.", "why": "exclusion-ground self-declaration (convictions) only"},
            {"form": "para", "text": "The {P} confirms that it is not insolvent and has paid all taxes due, as stated in its selection questionnaire.", "why": "exclusion-ground self-declaration only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} confirms that it carried out a conflicts assessment before inviting tenders for this Agreement."},
            {"form": "para", "text": "Each of the {A}'s evaluators confirmed in writing that they had no relationship with any bidder."},
        ],
        "comment": "The {P} shall confirm it disclosed all links with the evaluators.",
    },
    # ------------------------------------------------------------------ CDM-01
    "CDM-01": {
        "pass": [
            {"form": "para", "text": "The {P} shall operate a complaints procedure for {U} that is free to use, easy to access and publicised at every place where the {SV} are delivered."},
            {"form": "para", "text": "A written procedure for dealing with complaints from {U} about any aspect of the {SV} shall be established, publicised and operated by the {P}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "run an accessible complaints procedure through which {U} and their representatives can complain about any matter connected with the {SV}"},
            {"form": "para", "text": "The {P} must have in place a complaints policy covering concerns and complaints made by or on behalf of {U}, and must publicise it in plain language and accessible formats."},
            {"form": "para", "text": "The {P} shall maintain a complaints procedure for {U} under which every complaint is acknowledged within three Working Days and answered in full within 20 Working Days.", "why": "procedure with fixed timescales", "also": {"CDM-06": "pass"}},
            {"form": "row", "row": ["Complaints procedure", "Operate a publicised, accessible complaints procedure for {U}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should have a procedure for handling complaints from {U}.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to put in place a complaints procedure for {U}.", "why": "reasonable endeavours only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to operate a complaints procedure for {U}.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The complaints procedure requirements of the {A}'s standard terms are disapplied for this Agreement.", "why": "'are disapplied'"},
            {"form": "notused", "heading": "Service User Complaints"},
        ],
        "decoy": [
            {"form": "para", "home": "defs", "text": "\"Complaint\" means a formal written objection made by the {A} about how the {P} is performing its obligations under this Agreement.", "why": "complaints by the authority about performance"},
            {"form": "para", "text": "The {A} may raise a formal complaint with the {P} about any failure to meet the service levels, and the {P} shall answer it in writing.", "why": "complaints by the authority about performance"},
            {"form": "para", "home": "staff", "text": "The {P} shall operate a grievance procedure for its Staff.", "why": "staff grievances only"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall deal with any complaints from {U} about the {SV} under its corporate complaints procedure."},
            {"form": "para", "text": "The {A} shall publicise its own complaints procedure to {U} who receive the {SV}."},
        ],
        "comment": "The {P} shall operate a complaints procedure for {U}.",
    },
    # ------------------------------------------------------------------ CDM-02
    "CDM-02": {
        "pass": [
            {"form": "para", "text": "Each quarter the {P} shall report to the {A} the number of complaints received about the {SV}, and how many were upheld, partly upheld and not upheld."},
            {"form": "para", "text": "A summary of complaints received and their outcomes shall be included by the {P} in each monthly performance report to the {A}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "send the {A} a complaints return every quarter giving the numbers of complaints received, resolved and outstanding"},
            {"form": "list", "lead": "The {P} shall provide the {A} with a monthly report that includes:", "items": [
                "the number of complaints received from {U};",
                "the outcome of each complaint closed in the month; and",
                "the number of complaints still open at the end of the month."]},
            {"form": "row", "row": ["Complaints reporting", "Quarterly return of complaints received, upheld, partly upheld and not upheld", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} shall provide information about complaints to the {A} on request.", "why": "'on request' only, no frequency"},
            {"form": "para", "text": "The {P} may include complaints information in its performance reports.", "why": "permissive 'may'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to report complaints information to the {A}.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The requirement to report complaints data to the {A} does not apply to this Agreement.", "why": "'does not apply'"},
            {"form": "notused", "heading": "Complaints Reporting"},
        ],
        "decoy": [
            {"form": "para", "text": "The {P} shall report every serious incident affecting the safety of {U} to the {A} within 24 hours.", "why": "incident reporting without complaints"},
            {"form": "para", "text": "The {P} shall send the {A} a monthly report showing hours delivered, missed visits and staff vacancies.", "why": "performance report without complaints"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall report the number of complaints it receives about the {SV} to its scrutiny committee every quarter."},
            {"form": "para", "text": "The {A} will give the {P} a quarterly summary of complaints about the {SV} made directly to the {A}."},
        ],
        "comment": "The {P} shall report complaints to the {A} every quarter.",
    },
    # ------------------------------------------------------------------ CDM-03
    "CDM-03": {
        "pass": [
            {"form": "para", "text": "The {P} shall carry out a survey of the satisfaction of {U} at least once a year and shall send the results to the {A} within one month of completing it."},
            {"form": "para", "text": "Feedback from {U} on the quality of the {SV} shall be collected by the {P} through a short questionnaire and reported to the {A} every six months.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "gather feedback from {U} on their experience of the {SV} at least twice a year and share the results with the {A}"},
            {"form": "para", "text": "The {P} will use the Friends and Family Test to collect feedback from {U} each month and will provide the results to the {A}."},
            {"form": "row", "row": ["User feedback", "Annual satisfaction survey of {U}; results sent to the {A}", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} may conduct satisfaction surveys of {U} from time to time.", "why": "permissive 'may'"},
            {"form": "para", "text": "The {P} is encouraged to seek feedback from {U} about the {SV}.", "why": "'is encouraged to' only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to survey {U} or to report their views to the {A}.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The satisfaction survey requirement in the service specification does not apply to this Agreement.", "why": "'does not apply'"},
            {"form": "notused", "heading": "User Satisfaction"},
            {"form": "row", "row": ["User satisfaction survey", "Not applicable", "N/A"], "why": "matrix row marked 'Not applicable'"},
        ],
        "decoy": [
            {"form": "para", "home": "staff", "text": "The {P} shall carry out an annual survey of its Staff on their wellbeing at work.", "why": "staff-only survey"},
            {"form": "para", "home": "general", "text": "The statement in the {P}'s brochure that nearly all of its clients are satisfied is not a representation on which the {A} relies.", "why": "marketing satisfaction claim"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall carry out its own survey of the satisfaction of {U} with the {SV} each year."},
            {"form": "para", "text": "The {A} will seek the views of {U} on the {SV} through its citizens' panel."},
        ],
        "comment": "The {P} shall survey {U} annually and report the results.",
    },
    # ------------------------------------------------------------------ CDM-04
    "CDM-04": {
        "pass": [
            {"form": "para", "text": "The {P} shall co-operate fully with any investigation of a complaint about the {SV} by the {A} or the {OMB}, including by answering questions, providing information and attending meetings, and shall implement any remedy the {OMB} recommends and the {A} agrees."},
            {"form": "para", "text": "The {P} shall co-operate with any investigation by the {OMB} into a complaint about the {SV}, and any recommendation the {OMB} makes shall be implemented by the {P} within the period the {A} specifies.", "why": "co-operation plus passive implementation duty naming the provider"},
            {"form": "frag", "text": "assist the {OMB} and the {A} with the investigation of any complaint about the {SV}, and carry out any remedy they require"},
            {"form": "list", "lead": "If a complaint about the {SV} is referred to the {OMB}, the {P} shall:", "items": [
                "provide all information and documents requested;",
                "make its Staff available for interview; and",
                "put into effect any recommendation accepted by the {A}."]},
            {"form": "row", "row": ["Ombudsman investigations", "Co-operate with investigations by the {OMB} and implement agreed remedies", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should co-operate with the {OMB} if asked to do so.", "why": "permissive 'should'"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to assist with any investigation by the {OMB}.", "why": "reasonable endeavours only"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be obliged to take part in any investigation by the {OMB}.", "why": "'shall not be obliged'"},
            {"form": "para", "text": "The provisions of the {A}'s standard terms on co-operation with the {OMB} do not apply to the {P}.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Ombudsman Investigations"},
        ],
        "decoy": [
            {"form": "para", "home": "disputes", "text": "Any dispute between the parties that is not resolved by negotiation shall be referred to mediation under the CEDR Model Mediation Procedure.", "why": "dispute resolution between the parties (mediation)"},
            {"form": "para", "home": "disputes", "text": "If mediation does not resolve a dispute, it shall be decided by an arbitrator appointed by the President of the Chartered Institute of Arbitrators.", "why": "dispute resolution between the parties (arbitration)"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall co-operate with the {OMB} in any investigation of a complaint about the {SV}."},
            {"form": "para", "text": "The {A} shall implement any recommendation of the {OMB} that relates to its own commissioning decisions."},
        ],
        "comment": "The {P} shall co-operate with any {OMB} investigation.",
    },
    # ------------------------------------------------------------------ CDM-05
    "CDM-05": {
        "pass": [
            {"form": "para", "text": "The {P} shall analyse the complaints it receives to identify recurring themes and root causes, and shall carry out an improvement plan to address them."},
            {"form": "para", "text": "Lessons learned from complaints shall be identified by the {P} and acted on through changes to the way it delivers the {SV}.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "review complaints for trends and root causes and put in place actions to stop the same problems recurring"},
            {"form": "para", "text": "The {P} must use what it learns from complaints to improve the {SV}, carrying out trend analysis of complaints and agreeing an action plan with the {A} where a pattern of failure emerges."},
            {"form": "row", "row": ["Learning from complaints", "Analyse complaints for trends and root causes; act on the lessons", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} is encouraged to reflect on complaints to see whether lessons can be learned.", "why": "'is encouraged to' only"},
            {"form": "para", "text": "The {P} may prepare an action plan where complaints point to a problem with the {SV}.", "why": "permissive 'may'"},
        ],
        "negated": [
            {"form": "para", "text": "The {P} shall not be required to analyse complaints or prepare action plans in response to them.", "why": "'shall not be required to'"},
            {"form": "para", "text": "The learning-from-complaints requirements of the service specification do not apply to this Agreement.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Learning from Complaints"},
        ],
        "decoy": [
            {"form": "para", "home": "services", "text": "The {P} shall investigate the root cause of any breakdown of the vehicles or equipment used for the {SV} and have it repaired.", "why": "root cause of equipment failures"},
            {"form": "para", "home": "general", "text": "The claim on the {P}'s website that it learns from every client forms no part of this Agreement.", "why": "marketing claim"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall analyse the complaints it receives about its commissioned services to identify trends and lessons for future commissioning."},
            {"form": "para", "text": "The {A} will share with the {P} any lessons it learns from complaints made to the {A} about the {SV}."},
        ],
        "comment": "The {P} shall analyse complaints for trends and act on lessons.",
    },
    # ------------------------------------------------------------------ CDM-06
    "CDM-06": {
        "pass": [
            {"form": "para", "text": "The {P} shall acknowledge each complaint within three Working Days of receipt and shall send a full response within 20 Working Days, or explain the delay and give a new date."},
            {"form": "para", "text": "Every complaint about the {SV} shall be acknowledged by the {P} within two Working Days and resolved within 15 Working Days.", "why": "passive form naming the provider"},
            {"form": "frag", "text": "acknowledge complaints from {U} within three Working Days and provide a substantive reply within 28 calendar days"},
            {"form": "para", "text": "The {P} will acknowledge complaints within three Working Days and respond within 20 Working Days, in line with the {A}'s stage one target."},
            {"form": "row", "row": ["Complaint timescales", "Acknowledge within 3 Working Days; full response within 20 Working Days", "{P}"]},
        ],
        "weak": [
            {"form": "para", "text": "The {P} should aim to acknowledge complaints within three Working Days.", "why": "permissive 'should aim'"},
            {"form": "para", "text": "The {P} shall use reasonable endeavours to respond to complaints within 20 Working Days.", "why": "reasonable endeavours only"},
        ],
        "negated": [
            {"form": "para", "text": "No time limits apply to the {P}'s handling of complaints under this Agreement, and the {P} is exempt from any response target.", "why": "time limits excluded / 'is exempt from'"},
            {"form": "para", "text": "The complaint response timescales in the service specification do not apply to the {P}.", "why": "'do not apply'"},
            {"form": "notused", "heading": "Complaint Response Times"},
        ],
        "decoy": [
            {"form": "para", "text": "The {P} shall respond to any written query from the {A}'s contract manager within five Working Days.", "why": "timescale for the authority's queries"},
            {"group": "pay30", "form": "para", "home": "payment", "text": "The {A} shall pay each undisputed invoice within 30 days of receipt.", "why": "payment terms"},
        ],
        "wrong_party": [
            {"form": "para", "text": "The {A} shall acknowledge complaints it receives about the {SV} within three Working Days and respond within 20 Working Days."},
            {"form": "para", "text": "Where a complaint is escalated to the {A}, the {A} will respond within 25 Working Days."},
        ],
        "comment": "The {P} shall acknowledge complaints within three Working Days.",
    },
}

# ------------------------------------------------------------------ neutral filler
# Each filler text touches no rule. "tempts" lists rules whose look-alike words it uses harmlessly
# (catalogue decoys); "home" is the section it belongs to; "grant" = only in grant agreements.
FILLER = [
    # definitions and interpretation
    {"home": "defs", "text": "\"Commencement Date\" means {START}."},
    {"home": "defs", "text": "\"Staff\" means all persons employed or engaged by the {P} in providing the {SV}."},
    {"home": "defs", "text": "\"Working Day\" means a day other than a Saturday, a Sunday or a public holiday in {REGION}."},
    {"home": "defs", "text": "\"{FEES}\" means the sums payable by the {A} under clause {PAYMENT}."},
    {"home": "defs", "text": "The Schedules form part of this Agreement."},
    {"home": "defs", "text": "Headings do not affect interpretation, and words in the singular include the plural."},
    {"group": "precedence", "home": "defs", "text": "If the Clauses and a Schedule conflict, the Clauses shall take precedence to the extent of the conflict.", "tempts": ["COI-01", "COI-02"]},
    # term
    {"home": "term", "text": "This Agreement starts on the Commencement Date and continues for {YEARS} years unless it is ended earlier in accordance with its terms."},
    {"home": "term", "text": "The {A} may extend this Agreement once by up to twelve months by giving the {P} at least three months' written notice before it would otherwise expire."},
    # services
    {"home": "services", "text": "The {P} shall provide the {SV} described in Schedule 1 from the Commencement Date."},
    {"home": "services", "text": "The {P} shall provide the {SV} with the skill, care and diligence expected of a competent provider of similar services."},
    {"home": "services", "text": "The {P} shall obtain and keep in force all registrations, licences and permissions needed to deliver the {SV}."},
    {"home": "services", "text": "The {P} shall provide all equipment, vehicles and materials needed for the {SV} unless Schedule 1 states otherwise."},
    {"home": "services", "text": "The {A} shall give the {P} such access to its premises as the {P} reasonably needs to deliver the {SV}."},
    # payment
    {"home": "payment", "nongrant": True, "text": "The Charges are set out in Schedule 2 and are fixed for the first contract year."},
    {"home": "payment", "nongrant": True, "text": "The {P} shall invoice the {A} monthly in arrears, quoting the purchase order number supplied by the {A}."},
    {"group": "pay30", "home": "payment", "text": "The {A} shall pay each valid and undisputed invoice within 30 days after receiving it.", "tempts": ["CDM-06"]},
    {"home": "payment", "nongrant": True, "text": "The Charges are exclusive of VAT, which is payable in addition where applicable."},
    {"home": "payment", "nongrant": True, "text": "From the second contract year the Charges shall be adjusted each April by the change in the Consumer Prices Index over the previous twelve months."},
    {"home": "payment", "grant": True, "text": "The {A} shall pay the {FEES} in quarterly instalments in advance, as set out in Schedule 2."},
    {"home": "payment", "grant": True, "text": "The {P} shall submit a claim form with evidence of expenditure at the end of each quarter."},
    # staff
    {"home": "staff", "text": "The {P} shall ensure that all Staff undergo the pre-employment checks required by law, including criminal record checks where the role requires them."},
    {"group": "hs_training", "home": "staff", "text": "The {P} shall ensure that all Staff complete manual handling and health and safety training before working unsupervised.", "tempts": ["ES-04"]},
    {"home": "staff", "text": "The {P} shall employ enough Staff to deliver the {SV} at all times, including during holiday periods and staff absence."},
    {"home": "staff", "text": "The {P} shall ensure that Staff carry identification badges and wear them when in contact with {U}."},
    {"group": "tupe", "home": "staff", "text": "The parties acknowledge that the Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply when this Agreement ends, and the {P} shall supply the staffing details the {A} reasonably requests.", "tempts": ["COI-04"]},
    # conduct (used only when a conduct clause would otherwise be thin)
    {"home": "conduct", "text": "The {P} shall comply with all applicable law in performing this Agreement."},
    {"home": "conduct", "text": "The {P} shall comply with the Equality Act 2010 and shall not unlawfully discriminate against any person in providing the {SV}."},
    # information
    {"group": "conf", "home": "info", "text": "Each party shall keep confidential all Confidential Information of the other party and shall not disclose it except to its professional advisers, or where the law requires.", "tempts": ["ES-05", "ES-07"]},
    {"home": "info", "text": "The obligations in this clause continue for five years after this Agreement ends."},
    # records and audit
    {"home": "audit", "text": "The {P} shall keep full and accurate records of the {SV} delivered and of all sums paid under this Agreement for six years after it ends."},
    {"group": "fin_audit", "home": "audit", "text": "The {A} may inspect the {P}'s invoices, timesheets and accounts relating to the {FEES} on ten Working Days' notice.", "tempts": ["ES-08"]},
    {"home": "audit", "text": "The {P} shall preserve the integrity of the records it keeps and protect them against loss, damage and unauthorised alteration.", "tempts": ["ES-01"]},
    # data protection
    {"home": "data", "text": "Each party shall comply with the Data Protection Legislation. The {P} shall process Personal Data only on the documented instructions of the {A}."},
    {"home": "data", "text": "The {P} shall notify the {A} without undue delay if it receives any request, complaint or communication relating to either party's obligations under the Data Protection Legislation.", "tempts": ["CDM-01"]},
    {"group": "data_integrity", "home": "data", "text": "The {P} shall maintain the integrity and availability of the {A}'s data by appropriate technical and organisational measures.", "tempts": ["ES-01"]},
    {"home": "data", "text": "The {P} shall not transfer Personal Data outside the United Kingdom without the {A}'s prior written consent."},
    # intellectual property
    {"home": "ip", "text": "All intellectual property rights in materials created by the {P} specifically for the {SV} vest in the {A} when they are created."},
    {"home": "ip", "text": "The {P} grants the {A} a non-exclusive, royalty-free licence to use the {P}'s existing materials to the extent needed to receive the {SV}."},
    # insurance and liability
    {"home": "insurance", "text": "The {P} shall hold employer's liability insurance of at least five million pounds and public liability insurance of at least ten million pounds for the duration of this Agreement."},
    {"home": "insurance", "text": "Neither party limits its liability for death or personal injury caused by its negligence. Subject to that, each party's total liability in any contract year is limited to 125% of the sums payable under this Agreement in that year."},
    {"home": "insurance", "text": "The {P} is responsible for the acts and omissions of its sub-contractors as if they were its own.", "tempts": ["ES-03"]},
    # termination
    {"home": "termination", "text": "The {A} may terminate this Agreement with immediate effect by written notice if the {P} suffers an Insolvency Event.", "tempts": ["ES-09"]},
    {"home": "termination", "text": "On expiry or termination the {P} shall co-operate in the orderly handover of the {SV} to the {A} or to a replacement provider."},
    {"home": "termination", "text": "Termination does not affect any rights or remedies that have accrued to either party before the date of termination."},
    # force majeure
    {"home": "fm", "text": "Neither party is liable for any delay or failure caused by a Force Majeure Event, provided it notifies the other party promptly and takes reasonable steps to limit the effect.", "tempts": []},
    {"group": "fm_def", "home": "fm", "text": "A Force Majeure Event means an event beyond a party's reasonable control, including fire, flood, epidemic, war or armed conflict.", "tempts": ["COI-01", "COI-02"]},
    # disputes
    {"home": "disputes", "text": "The parties shall first try to settle any dispute through their contract managers and, failing that, through their senior officers.", "tempts": ["CDM-04"]},
    {"home": "disputes", "text": "Nothing in this clause prevents either party from seeking urgent relief from the courts."},
    # general
    {"home": "general", "group": "law", "text": "This Agreement is governed by the law of {LAW}, and the courts of {LAW} have exclusive jurisdiction over any dispute arising from it."},
    {"home": "general", "text": "Notices shall be in writing and delivered by hand, by recorded post or by email to the addresses set out at the start of this Agreement."},
    {"home": "general", "text": "No variation of this Agreement is effective unless it is in writing and signed on behalf of both parties."},
    {"home": "general", "text": "The {P} shall not assign or transfer this Agreement without the {A}'s prior written consent."},
    {"home": "general", "text": "This Agreement is the entire agreement between the parties about its subject matter."},
    {"home": "general", "text": "A person who is not a party to this Agreement has no right to enforce any of its terms."},
    # grant-only
    {"home": "grant", "grant": True, "text": "The {P} shall use the {FEES} only for the {SV} and shall repay any part of it that is unspent or misapplied."},
    {"group": "giftaid", "home": "grant", "grant": True, "text": "The {P} may claim gift aid on donations from the public, which are not part of the {FEES}.", "tempts": ["COI-03"]},
    {"home": "grant", "grant": True, "text": "The {P} shall acknowledge the {A}'s funding in any public material about the {SV}, using the logo the {A} supplies."},
]

# neutral host sentences for a tracked deletion appended to a sub-clause
HOSTS = [
    "The {P} shall perform its obligations under this clause at its own cost.",
    "The {P} shall comply with this clause in addition to its other obligations under this Agreement.",
    "This clause continues to apply during any period of handover.",
]

# neutral paragraphs for the services schedule, by service theme
SERVICES = {
    "homecare": ["The {P} shall deliver home support visits to adults assessed as eligible by the {A}, in the geographical lot described in this Schedule.",
                 "Visits are to be scheduled between 7am and 10pm, seven days a week, with a minimum visit length of thirty minutes.",
                 "The {P} shall keep a care record for each person supported and shall update it at every visit."],
    "advocacy": ["The {P} shall provide independent advocacy to adults detained or treated under mental health legislation in the {A}'s area.",
                 "Advocates shall visit each ward at least weekly and shall hold drop-in sessions at the community hub.",
                 "The {P} shall keep its advocacy service independent of the clinical teams it works alongside."],
    "library": ["The {P} shall operate the mobile library and home delivery service for housebound readers across the county.",
                "The mobile library shall visit each listed stop at least once a fortnight in line with the published timetable.",
                "The {P} shall maintain the book stock in good condition and rotate it with the central library every quarter."],
    "leisure": ["The {P} shall manage and operate the three leisure centres listed in this Schedule, including swimming pools, fitness suites and sports halls.",
                "Each centre shall open for at least 90 hours per week, with a concessionary pricing scheme as set by the {A}.",
                "The {P} shall carry out daily water quality tests and keep the results at each pool."],
    "housing": ["The {P} shall provide housing-related support to tenants of the supported accommodation listed in this Schedule.",
                "Each tenant shall have a named support worker and a support plan reviewed at least every three months.",
                "The {P} shall provide an out-of-hours on-call service for emergencies at each scheme."],
    "transport": ["The {P} shall provide door-to-door community transport for people who cannot use conventional public transport.",
                  "Journeys are to be bookable by telephone and online at least 24 hours in advance, between 8am and 6pm on Working Days.",
                  "All vehicles used for the {SV} shall be wheelchair accessible and no more than eight years old."],
    "employability": ["The {SV} shall support people who have been out of work for twelve months or more to move into sustained employment.",
                      "The {P} shall offer each participant a personal action plan, job-search support and access to accredited courses.",
                      "The {P} shall work with local employers to secure work placements for participants."],
    "patient_transport": ["The {P} shall provide non-emergency patient transport between patients' homes and the hospital sites listed in this Schedule.",
                          "Journeys shall be planned so that patients arrive no earlier than 60 minutes before their appointment.",
                          "The {P} shall operate a booking line staffed between 8am and 8pm, Monday to Saturday."],
    "refuge": ["The {P} shall run the refuge and dispersed accommodation for people escaping domestic abuse described in this Schedule.",
               "The refuge shall be staffed at all times, and the location shall be kept confidential.",
               "The {P} shall provide outreach support to people living in the community who are at risk."],
    "contact_centre": ["The {P} shall operate the {A}'s telephone and web-chat contact centre for general enquiries from the public.",
                       "The contact centre shall be open from 8am to 6pm on Working Days and shall answer 80% of calls within 60 seconds.",
                       "The {P} shall use the {A}'s knowledge base and update it weekly with new information."],
    "recovery": ["The {P} shall provide community-based drug and alcohol recovery services for adults in the {A}'s area.",
                 "The {SV} include assessment, psychosocial support, needle exchange and structured group work.",
                 "The {P} shall work with primary care and pharmacies to coordinate prescribing."],
    "daycare": ["The {P} shall provide day opportunities for adults with learning disabilities at the two centres listed in this Schedule.",
                "Sessions shall run from 9.30am to 3.30pm on Working Days, with transport for those who need it.",
                "The {P} shall offer a varied programme of creative, social and work-related activities."],
}
