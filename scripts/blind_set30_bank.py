"""Clause bank for blind set 30, written from ../shared/rule-catalogue.md alone.

Every entry records the rule(s) it is meant to affect and the verdict it gives each of them
(`pass`, `weak` or `gap`); an entry never satisfies a rule it does not list.  `kind` is the
bank slot it fills for its first rule: pass, weak, neg (negated or disapplied), decoy (a
look-alike) or wrong (wrong party: the authority's own duty, or the provider only as object).

Forms: ("p", text) a numbered clause; ("list", lead, [items]) a lead-in with a lettered list;
("row", duty, party, when) a row of a schedule table with a responsible-party column.
Placeholders (filled per contract): {P} {P_} the provider ("the Provider"/"you"), {Ps}
possessive, {its}, verb agreement {s} {is} {has}; {PL} the provider's label in a table;
{A} {A_} {Ao} {As} the authority (subject, capitalised, object, possessive), {AL} its table
label; {Staff}, {Sub}, {WD}; statutes and bodies of the contract's tradition {FOI} {EIR} {OMB}
{CREGS} {WB} {BRIBERY} {CODE}.  `ev` is the evidence quoted in the .expected line (it must occur
verbatim in the rendered contract) and `why` the reason given after it.
"""

BANK = []


def E(rule, kind, form, ev, why, trad=None, also=None, tag=""):
    aff = {rule: {"pass": "pass", "weak": "weak"}.get(kind, "gap")}
    if also:
        aff.update(also)
    BANK.append({"rule": rule, "kind": kind, "form": form, "ev": ev, "why": why, "trad": trad,
                 "affects": aff, "tag": tag})


def p(t):
    return ("p", t)


def lst(lead, items):
    return ("list", lead, items)


def row(duty, party, when):
    return ("row", duty, party, when)


# =====================================================================  ES-01 Seven Principles
R = "ES-01"
E(R, "pass", p("{P_} shall comply with, and shall ensure that {its} {Staff} comply with, the Seven Principles of Public Life in "
               "delivering the Services."), "ensure that {its} {Staff} comply with, the Seven Principles of Public Life", "binds the provider and its staff",
  tag="shall + ensure staff (English LA)")
E(R, "pass", p("{P_} must at all times act in accordance with the Nolan Principles and must tell {Ao} promptly of any departure "
               "from them."), "must at all times act in accordance with the Nolan Principles", "must, Nolan Principles",
  tag="must, Nolan (NHS)")
E(R, "pass", lst("In delivering the Services {P} undertake{s} to observe the following principles of public life:",
                 ["selflessness and integrity;", "objectivity and accountability;", "openness and honesty; and",
                  "leadership, by promoting these principles among {its} {Staff}."]),
  "undertake{s} to observe the following principles of public life", "lead-in undertaking with the seven principles listed",
  tag="undertakes to, lead-in list (Crown Commercial)")
E(R, "pass", p("The principles of selflessness, integrity, objectivity, accountability, openness, honesty and leadership apply to "
               "the delivery of the Services, and {P} shall procure that every person engaged on the Services upholds the "
               "standards of conduct expected of holders of public office."),
  "upholds the standards of conduct expected of holders of public office", "all seven principle words, shall procure",
  tag="shall procure, seven words (Scottish)")
E(R, "pass", row("Observe the 7 principles of public life (selflessness, integrity, objectivity, accountability, openness, "
                 "honesty, leadership) in all dealings with Service Users and the public", "{PL}", "Throughout the Term"),
  "Observe the 7 principles of public life", "table row, provider responsible", tag="table row, responsible party")
E(R, "pass", p("The Seven Principles of Public Life will be observed by {P} and by every member of {its} {Staff} in "
               "the performance of this Contract."), "will be observed by {P} and by every member of {its} {Staff}",
  "passive with the provider as agent", tag="passive with agent (Welsh)")
E(R, "weak", p("{A_} expects {P} to have regard to the principles of openness, honesty and integrity in its dealings with the "
               "public."), "expects {P} to have regard to the principles of openness, honesty and integrity",
  "'expects', three principle words only (permissive)", tag="expects, three words")
E(R, "weak", p("{P_} {is} encouraged to adopt the Seven Principles of Public Life as part of {its} organisational values."),
  "{is} encouraged to adopt the Seven Principles of Public Life", "'is encouraged to' (permissive)", tag="is encouraged to")
E(R, "weak", p("{P_} should, where practicable, reflect the Nolan Principles in {its} staff handbook."),
  "should, where practicable, reflect the Nolan Principles", "'should, where practicable' (hedged)", tag="should, where practicable")
E(R, "neg", p("{P_} shall not be required to comply with the Seven Principles of Public Life, which apply only to "
              "holders of public office."), "shall not be required to comply with the Seven Principles of Public Life",
  "negated", tag="shall not be required to")
E(R, "neg", p("Public Service Values: [Not used]"), "Public Service Values: [Not used]", "disabled text ([Not used])",
  tag="[Not used]")
E(R, "decoy", p("{P_} shall maintain the accuracy and integrity of all data held in the case management system."),
  "accuracy and integrity of all data", "data integrity decoy", tag="data integrity")
E(R, "decoy", p("{P_} shall carry out an annual survey of the structural integrity of the building and its fixed plant."),
  "structural integrity", "structural integrity decoy", tag="structural integrity")
E(R, "wrong", p("{As} elected members and officers are bound by the Seven Principles of Public Life under {As} own code."),
  "elected members and officers are bound by the Seven Principles", "authority-side only (wrong party)", tag="authority's own members")
E(R, "wrong", p("{A_} shall comply with the Nolan Principles in awarding and managing this Contract."),
  "shall comply with the Nolan Principles in awarding and managing", "authority's own duty (wrong party)", tag="authority shall")

# =====================================================================  ES-02 code of conduct
R = "ES-02"
E(R, "pass", p("{P_} shall meet the standards set out in {CODE} and shall ensure that {its} {Staff} are made aware of them."),
  "shall meet the standards set out in {CODE}", "named supplier code", tag="shall meet, named code")
E(R, "pass", p("{P_} must adopt and maintain a written code of conduct for {its} employees that is at least as demanding as "
               "the Supplier Code of Conduct."), "must adopt and maintain a written code of conduct",
  "own code, must adopt and maintain", tag="must adopt own code (NHS)")
E(R, "pass", p("{P_} agree{s} to abide by {As} ethical code for contractors, a copy of which has been supplied to {P}."),
  "agree{s} to abide by {As} ethical code for contractors", "agrees to abide by a named code", tag="agrees to abide by (US county)")
E(R, "pass", row("Adopt, publish to staff and comply with a code of business conduct", "{PL}", "From the Start Date"),
  "Adopt, publish to staff and comply with a code of business conduct", "table row, provider responsible", tag="table row")
E(R, "pass", p("{P_} {is} responsible for ensuring that {its} standards of business conduct are set out in writing, "
               "kept up to date and followed by everyone working on the Services."),
  "responsible for ensuring that {its} standards of business conduct are set out in writing",
  "is responsible for, standards of business conduct", tag="is responsible for (Irish)")
E(R, "pass", p("A code of ethics approved by {Ps} board shall be maintained by {P} and applied to all {Staff} working on the "
               "Contract."), "A code of ethics approved by {Ps} board shall be maintained by {P}", "passive with agent",
  tag="passive, code of ethics (NZ)")
E(R, "weak", p("{A_} expects its suppliers and subcontractors to meet the standards set out in the Supplier Code of Conduct."),
  "expects its suppliers and subcontractors to meet the standards set out in the Supplier Code of Conduct",
  "'expects' (catalogue: weak for ES-02 and ES-03)", tag="CCS 'expects'", also={"ES-03": "weak"})
E(R, "weak", p("{P_} may wish to adopt a code of conduct for {its} volunteers and paid staff."),
  "may wish to adopt a code of conduct", "'may wish to' (permissive)", tag="may wish to")
E(R, "neg", p("{P_} {is} not bound by {CODE}, which applies only to suppliers under {As} framework agreements."),
  "{is} not bound by {CODE}", "negated", tag="is not bound by")
E(R, "neg", p("Supplier Code of Conduct: Not applicable"), "Supplier Code of Conduct: Not applicable",
  "disabled text (Not applicable)", tag="Not applicable")
E(R, "decoy", p("{P_} shall operate the CCTV system in accordance with the Surveillance Camera Code of Practice."),
  "Surveillance Camera Code of Practice", "technical code of practice decoy", tag="CCTV code of practice")
E(R, "decoy", p("{P_} shall store and dispose of waste in accordance with the waste duty of care code of practice."),
  "waste duty of care code of practice", "technical code of practice decoy", tag="waste code of practice")
E(R, "wrong", p("{As} employees are subject to {As} Employee Code of Conduct, including when they visit {Ps} premises."),
  "employees are subject to {As} Employee Code of Conduct", "authority's employee code only (wrong party)",
  tag="authority's employee code")
E(R, "wrong", row("Maintain the Officers' Code of Conduct and brief contract managers on it", "{AL}", "Annually"),
  "Maintain the Officers' Code of Conduct", "table row, authority responsible (wrong party)", tag="table row, authority")

# =====================================================================  ES-03 flow-down
R = "ES-03"
E(R, "pass", p("{P_} shall procure that {its} {Sub} comply with obligations equivalent to those in this clause "
               "on ethical standards, anti-bribery and gifts."),
  "comply with obligations equivalent to those in this clause on ethical standards", "shall procure, names ethical topics",
  tag="shall procure equivalent (CCS)")
E(R, "pass", p("{P_} must impose on each of {its} {Sub} ethical obligations no less onerous than those imposed on {P} by "
               "this Contract, and must enforce them."), "ethical obligations no less onerous than those imposed on {P}",
  "must impose, no less onerous (Australian)", tag="must impose, no less onerous")
E(R, "pass", lst("{P_} undertake{s} that every sub-contract for any part of the Services will:",
                 ["require the sub-contractor to observe the standards of conduct in this Contract;",
                  "require it to report suspected wrongdoing to {P}; and",
                  "allow {P} to end the sub-contract if the sub-contractor breaches those standards."]),
  "require the sub-contractor to observe the standards of conduct in this Contract",
  "undertakes, sub-contract terms naming standards of conduct", tag="lead-in list of sub-contract terms")
E(R, "pass", row("Flow down the ethical standards, gifts and conflicts requirements of this Contract into every sub-contract",
                 "{PL}", "Before any sub-contract is signed"),
  "Flow down the ethical standards, gifts and conflicts requirements", "table row, provider responsible", tag="table row, flow down")
E(R, "pass", p("The ethical obligations in this Part shall be passed down by {P} to every {Sub1} and {P} shall ensure "
               "that they are observed."), "shall be passed down by {P} to every {Sub1}", "passive with agent + ensure",
  tag="passive, passed down (Canadian)")
E(R, "weak", p("Where practicable, {P} should ask {its} principal {Sub} to follow the ethical standards in this Contract."),
  "should ask {its} principal {Sub} to follow the ethical standards", "'where practicable', 'should' (hedged)", tag="should, where practicable")
E(R, "weak", p("{P_} shall use reasonable endeavours to ensure that {its} {Sub} observe equivalent ethical standards."),
  "use reasonable endeavours to ensure that {its} {Sub} observe equivalent ethical standards", "reasonable endeavours (hedged)",
  tag="reasonable endeavours")
E(R, "neg", p("The ethical standards in this Part do not apply to {Ps} {Sub}, and {P} need not include them in any "
              "sub-contract."), "need not include them in any sub-contract", "disapplied", tag="do not apply / need not")
E(R, "neg", p("Flow-down of ethical requirements: [Reserved]"), "Flow-down of ethical requirements: [Reserved]",
  "disabled text ([Reserved])", tag="[Reserved]")
E(R, "decoy", p("{P_} shall not sub-contract any part of the Services without {As} prior written consent and shall remain "
                "liable for the acts and omissions of {its} {Sub} as if they were {its} own."),
  "shall remain liable for the acts and omissions of {its} {Sub}", "consent and liability for subcontractors only (decoy)",
  tag="consent + liability")
E(R, "decoy", p("{P_} shall ensure that each sub-contract contains provisions on data protection and insurance no less onerous "
                "than those in this Contract."), "provisions on data protection and insurance no less onerous",
  "flow-down of data protection and insurance only (decoy)", tag="data/insurance flow-down")
E(R, "wrong", p("{A_} shall include equivalent ethical standards in its own contracts with other providers of the service."),
  "shall include equivalent ethical standards in its own contracts", "authority's own duty (wrong party)", tag="authority's contracts")
E(R, "wrong", p("A sub-contractor may require {P} to accept the sub-contractor's own ethical policy as a condition of "
                "sub-contracting."), "may require {P} to accept the sub-contractor's own ethical policy",
  "provider only as object (wrong party)", tag="provider as object")

# =====================================================================  ES-04 ethics training
R = "ES-04"
E(R, "pass", p("{P_} shall ensure that all {Staff} receive induction and refresher training on the Code of Conduct and "
               "anti-bribery, and shall keep training records which shall be made available to {Ao}."),
  "receive induction and refresher training on the Code of Conduct and anti-bribery", "shall ensure, names topics, records",
  tag="shall ensure its Staff (NHS)")
E(R, "pass", p("{P_} must give every worker ethics and integrity training within one month of starting and every year after, "
               "and must keep a record of it."), "must give every worker ethics and integrity training",
  "must, ethics training + records", tag="must, plain English (NZ)")
E(R, "pass", row("Deliver Freedom to Speak Up training to all Staff and keep completion records", "{PL}", "On induction and yearly"),
  "Deliver Freedom to Speak Up training to all Staff", "table row, provider responsible", trad={"nhs", "eng_la", "wales"},
  tag="table row FTSU")
E(R, "pass", p("{P_} undertake{s} to train each member of {its} {Staff} on how to recognise and declare a conflict of interest "
               "and on its ethics policies, and to retain the training records for the Term."),
  "undertake{s} to train each member of {its} {Staff} on how to recognise and declare a conflict of interest",
  "undertakes, conflicts + ethics training", tag="undertakes to train (Irish)")
E(R, "pass", p("Training in public sector ethics will be completed by all of {Ps} {Staff} before they work on the Services, "
               "and {P} will provide evidence of completion on request."), "Training in public sector ethics will be completed by all of {Ps} {Staff}",
  "passive with agent; evidence", tag="passive (US state)")
E(R, "weak", p("{P_} shall ensure that its {Staff} are appropriately trained and qualified to perform the Services."),
  "appropriately trained and qualified", "generic training, no ethics topic (catalogue: weak)", tag="appropriately trained")
E(R, "weak", p("{P_} shall provide an induction programme for all {Staff} engaged on the Contract."),
  "an induction programme for all {Staff}", "induction with no ethics topic (catalogue: weak)", tag="induction programme")
E(R, "weak", p("{P_} should consider offering ethics awareness sessions to its managers."),
  "should consider offering ethics awareness sessions", "'should consider' (permissive)", tag="should consider")
E(R, "neg", p("{P_} shall not be required to provide ethics or anti-bribery training to volunteers or sessional {Staff}."),
  "shall not be required to provide ethics or anti-bribery training", "negated", tag="shall not be required")
E(R, "neg", p("Ethics training: N/A"), "Ethics training: N/A", "disabled text (N/A)", tag="N/A")
E(R, "decoy", p("{P_} shall ensure that all {Staff} complete manual handling, first aid and fire safety training before "
                "working unsupervised."), "manual handling, first aid and fire safety training", "health and safety training only (decoy)",
  tag="H&S training")
E(R, "decoy", p("{P_} shall deliver two training workshops for {As} staff on the use of the booking system."),
  "training workshops for {As} staff", "training delivered to the authority as a deliverable (decoy)", tag="training as deliverable")
E(R, "wrong", p("{A_} will provide ethics training to its own contract managers each year."),
  "will provide ethics training to its own contract managers", "authority's own duty (wrong party)", tag="authority trains itself")
E(R, "wrong", row("Run an annual integrity and anti-fraud training session for commissioning officers", "{AL}", "Annually"),
  "Run an annual integrity and anti-fraud training session for commissioning officers", "table row, authority responsible",
  tag="table row, authority")

# =====================================================================  ES-05 whistleblowing
R = "ES-05"
E(R, "pass", p("{P_} and {its} {Staff} must report to {Ao} any actual or suspected breach of Law or of this Contract, and {P} "
               "must not retaliate against any of {its} {Staff} who in good faith reports a breach to {Ao} or a Prescribed Person."),
  "must not retaliate against any of {its} {Staff} who in good faith reports a breach", "report + non-retaliation (CCS)",
  tag="must report / not retaliate (CCS)")
E(R, "pass", p("{P_} shall have in place a whistleblowing policy under which {Staff} can raise concerns in confidence, and "
               "shall ensure that no one suffers any detriment for making a protected disclosure under {WB}."),
  "shall have in place a whistleblowing policy", "shall have in place, whistleblowing, no detriment", tag="whistleblowing policy")
E(R, "pass", p("{P_} will appoint a Freedom to Speak Up Guardian and will make sure that {Staff} know how to speak up."),
  "will appoint a Freedom to Speak Up Guardian", "will (subject P), FTSU", trad={"nhs", "eng_la", "wales"}, tag="FTSU Guardian (NHS)")
E(R, "pass", lst("{P_} shall maintain a confidential reporting line and shall ensure that:",
                 ["{Staff} and Service Users can use it to report suspected wrongdoing;",
                  "reports are passed to {Ao} within five {WD}; and",
                  "no person suffers victimisation for using it in good faith."]),
  "shall maintain a confidential reporting line", "lead-in list: route, reporting, no victimisation", tag="reporting line list")
E(R, "pass", row("Operate a speaking-up route for staff and protect those who raise concerns from reprisal", "{PL}", "Continuous"),
  "Operate a speaking-up route for staff", "table row, provider responsible", tag="table row")
E(R, "weak", p("{P_} {is} encouraged to have a whistleblowing policy."), "{is} encouraged to have a whistleblowing policy",
  "'is encouraged to' (permissive)", tag="is encouraged to")
E(R, "weak", p("{P_} should let {its} staff know that they may raise concerns with {Ao}."),
  "should let {its} staff know that they may raise concerns", "'should' (permissive)", tag="should")
E(R, "neg", p("{P_} {is} under no obligation to operate a whistleblowing procedure for this Contract."),
  "{is} under no obligation to operate a whistleblowing procedure", "negated", tag="is under no obligation")
E(R, "neg", p("Speaking up: Intentionally left blank"), "Speaking up: Intentionally left blank", "disabled text", tag="left blank")
E(R, "decoy", p("{P_} shall display the Modern Slavery Helpline number in all staff areas and report any suspicion of modern "
                "slavery to the Helpline."), "Modern Slavery Helpline", "Modern Slavery Helpline only (decoy, partial)", tag="modern slavery helpline")
E(R, "decoy", p("{Staff} may not make any public statement about the Services, {A} or Service Users without {As} "
                "prior written approval."), "may not make any public statement", "gagging wording (decoy, adverse)", tag="gagging")
E(R, "wrong", p("{A_} shall operate its own whistleblowing policy for its employees, which is published on its intranet."),
  "shall operate its own whistleblowing policy for its employees", "authority's own duty (wrong party)", tag="authority policy")
E(R, "wrong", p("{A_} may report {P} to a prescribed person if it suspects wrongdoing in the delivery of the Services."),
  "may report {P} to a prescribed person", "provider only as object (wrong party)", tag="provider as object")

# =====================================================================  ES-06 anti-bribery
R = "ES-06"
E(R, "pass", p("{P_} shall not, and shall ensure that {its} {Staff} do not, commit any Prohibited Act, and shall create, "
               "maintain and enforce adequate policies and procedures to prevent any Prohibited Act."),
  "create, maintain and enforce adequate policies and procedures to prevent any Prohibited Act", "CCS 27 style",
  tag="shall not commit / adequate procedures (CCS)")
E(R, "pass", p("{P_} must comply with {BRIBERY} and must immediately notify {Ao} of any breach of this clause or any "
               "investigation into bribery or fraud connected with the Contract."),
  "must immediately notify {Ao} of any breach of this clause", "must comply + notify", tag="must comply and notify")
E(R, "pass", lst("{P_} agree{s} that {P}:",
                 ["will not offer, give or accept any inducement or reward in connection with this Contract;",
                  "will not make any facilitation payment; and",
                  "will keep anti-corruption procedures proportionate to the risks of the Services."]),
  "will not offer, give or accept any inducement or reward", "lead-in list: no inducement, anti-corruption procedures",
  tag="agrees, list")
E(R, "pass", p("Counter fraud arrangements meeting {As} standards shall be maintained by {P}, and any suspected fraud shall be "
               "reported by {P} to {Ao} without delay."), "Counter fraud arrangements meeting {As} standards shall be maintained by {P}",
  "passive with agent + report", tag="passive counter fraud (NHS)")
E(R, "pass", row("Maintain anti-bribery and fraud prevention procedures and notify any suspected bribe or kickback", "{PL}", "Immediately on discovery"),
  "Maintain anti-bribery and fraud prevention procedures", "table row, provider responsible", tag="table row")
E(R, "weak", p("{P_} should maintain anti-corruption procedures appropriate to {its} size."),
  "should maintain anti-corruption procedures", "'should' (permissive)", tag="should")
E(R, "weak", p("{P_} may be asked to describe {its} anti-bribery procedures at contract review meetings."),
  "may be asked to describe {its} anti-bribery procedures", "'may be asked' (permissive)", tag="may be asked")
E(R, "neg", p("Clause 14 (Prohibited Acts) of {As} standard terms shall not apply to this Contract."),
  "(Prohibited Acts) of {As} standard terms shall not apply", "disapplied", tag="shall not apply")
E(R, "neg", p("Anti-bribery: [Deleted]"), "Anti-bribery: [Deleted]", "disabled text ([Deleted])", tag="[Deleted]")
E(R, "decoy", p("{P_} shall comply with all applicable Law, including the Equality Act 2010, {BRIBERY}, the Health and Safety "
                "at Work etc. Act 1974 and the Data Protection Act 2018."), "including the Equality Act 2010, {BRIBERY}",
  "anti-bribery law named only in a list of Laws (decoy)", tag="law in a list")
E(R, "decoy", p("Fraud-proof payment cards will be issued to Service Users for the purchase of bus tickets."),
  "Fraud-proof payment cards", "'fraud' in an unrelated sense (decoy)", tag="fraud-proof cards")
E(R, "wrong", p("{A_} shall maintain its own anti-fraud and corruption strategy and shall investigate any allegation made to it."),
  "shall maintain its own anti-fraud and corruption strategy", "authority's own duty (wrong party)", tag="authority strategy")
E(R, "wrong", p("No officer of {A} shall accept any bribe from {P}."), "No officer of {A} shall accept any bribe from {P}",
  "authority's officers bound; provider only as object (wrong party)", tag="officer shall not accept")

# =====================================================================  ES-07 transparency / FOI
R = "ES-07"
E(R, "pass", p("{P_} shall provide full co-operation and the information needed so that {A} can publish the Transparency "
               "Information and comply with any request under {FOI}."),
  "shall provide full co-operation and the information needed so that {A} can publish the Transparency", "CCS 16 style",
  tag="full co-operation (CCS)")
E(R, "pass", p("{P_} must help {Ao} to respond to any Request for Information under {FOIEIR}, and must give {Ao} the "
               "information it asks for within five {WD}."), "must help {Ao} to respond to any Request for Information",
  "must help, RFI with deadline", tag="must help RFI")
E(R, "pass", row("Provide performance and contract data for publication on the authority's website",
                 "{PL}", "Quarterly"),
  "Provide performance and contract data for publication", "table row, provider responsible", tag="table row publication")
E(R, "pass", p("{P_} acknowledge{s} that {A} is subject to {FOI} and undertake{s} to assist and co-operate with {Ao} so that "
               "{A} can meet its disclosure obligations."), "undertake{s} to assist and co-operate with {Ao}",
  "undertakes to assist", tag="undertakes to assist (Scottish/Irish)")
E(R, "pass", p("Information reasonably required by {Ao} to answer requests under {FOI} will be supplied by {P} promptly and "
               "free of charge."), "will be supplied by {P} promptly and free of charge", "passive with agent", tag="passive")
E(R, "weak", p("{P_} should assist {Ao} with freedom of information requests where {it} {is} reasonably able to do so."),
  "should assist {Ao} with freedom of information requests", "'should' with hedge (permissive)", tag="should where able")
E(R, "weak", p("{P_} may be asked to publish a summary of {its} performance on {its} website."),
  "may be asked to publish a summary of {its} performance", "'may be asked' (permissive)", tag="may be asked")
E(R, "neg", p("{P_} shall not be required to assist with any request made under {FOI}."),
  "shall not be required to assist with any request made under", "negated (catalogue decoy)", tag="shall not be required")
E(R, "neg", p("Transparency: [Not used]"), "Transparency: [Not used]", "disabled text", tag="[Not used]")
E(R, "decoy", p("Each party shall keep the other's Confidential Information confidential and shall not disclose it except "
                "as required by Law."), "shall keep the other's Confidential Information confidential", "confidentiality only (decoy)",
  tag="confidentiality")
E(R, "decoy", p("{P_} shall keep open book accounting records for the Charges only and need not disclose its margin."),
  "need not disclose its margin", "negated 'open book' (decoy)", tag="open book negated")
E(R, "wrong", p("{A_} shall publish this Contract and its value in accordance with its own publication scheme."),
  "shall publish this Contract and its value in accordance with its own publication scheme", "authority's own duty (wrong party)",
  tag="authority publishes")
E(R, "wrong", p("{A_} will decide in its absolute discretion whether information about {P} is exempt from disclosure."),
  "whether information about {P} is exempt from disclosure", "provider only as object (wrong party)", tag="provider as object")

# =====================================================================  ES-08 monitoring of ethics
R = "ES-08"
E(R, "pass", p("{A_} may audit {Ps} compliance with the ethical standards, anti-bribery and conflicts of interest clauses "
               "of this Contract, and {P} shall allow any Auditor access to {its} premises, records and {Staff} for that purpose."),
  "may audit {Ps} compliance with the ethical standards", "audit right naming ethics", tag="may audit ethics (CCS)")
E(R, "pass", p("{Ps} ethical performance will be reviewed at each contract review meeting, and {P} must bring to the meeting "
               "a short report on conduct matters arising in the period."), "ethical performance will be reviewed at each contract review meeting",
  "monitoring at contract meetings", tag="review meetings")
E(R, "pass", row("Monitor the provider's compliance with the ethical standards clauses; the provider to give access to records",
                 "{AL} and {PL}", "Twice a year"),
  "Monitor the provider's compliance with the ethical standards clauses", "table row, authority monitors with provider access",
  tag="table row monitor")
E(R, "pass", lst("For the purpose of monitoring ethical compliance, {P} agree{s} to:",
                 ["give {Ao} access to its policies on conduct and ethics;", "allow {Ao} to interview {Staff}; and",
                  "answer {As} questions on these matters within ten {WD}."]),
  "For the purpose of monitoring ethical compliance", "lead-in list with access duties", tag="lead-in list")
E(R, "pass", p("{A_} is entitled to inspect {Ps} records of conduct, conflicts and gifts at any time on reasonable notice to "
               "check compliance with the ethics clauses."), "to check compliance with the ethics clauses",
  "inspection right naming the ethics clauses", tag="entitled to inspect")
E(R, "weak", p("{A_} may inspect and audit {Ps} books and records relating to this Contract."),
  "may inspect and audit {Ps} books and records relating to this Contract", "audit right naming no ethics (catalogue: weak)",
  tag="general audit right")
E(R, "weak", p("{P_} shall allow any Auditor access to {its} premises and records on reasonable notice."),
  "shall allow any Auditor access to {its} premises and records", "access for auditors, no ethics link (weak)", tag="auditor access")
E(R, "neg", p("{A_} shall have no right to audit {Ps} compliance with the ethical standards in this Contract."),
  "shall have no right to audit", "negated", tag="no right to audit")
E(R, "neg", p("Monitoring of ethical compliance: [Reserved]"), "Monitoring of ethical compliance: [Reserved]", "disabled text",
  tag="[Reserved]")
E(R, "decoy", p("{P_} shall keep proper accounts and shall allow {As} internal auditors to examine them solely to verify the "
                "Charges invoiced."), "solely to verify the Charges invoiced", "financial-only audit (decoy)", tag="financial audit")
E(R, "decoy", p("{P_} shall provide a Self Audit Certificate each year confirming that {its} financial records of the Charges "
                "are accurate."), "Self Audit Certificate", "financial self audit certificate (decoy)", tag="self audit certificate")
E(R, "wrong", p("{As} own compliance with its ethics policies is reviewed each year by its audit committee."),
  "own compliance with its ethics policies is reviewed each year by its audit committee", "authority's own review (wrong party)",
  tag="authority reviews itself")
E(R, "wrong", p("{P_} may review the conduct of {As} officers at {its} premises and raise concerns with {Ao}."),
  "may review the conduct of {As} officers", "provider monitoring the authority (wrong party)", tag="reverse monitoring")

# =====================================================================  ES-09 remedies for ethical breach
R = "ES-09"
E(R, "pass", p("{P_} shall replace any person whose acts or omissions have caused {P} to breach the ethical standards or "
               "anti-bribery clauses of this Contract."), "shall replace any person whose acts or omissions have caused {P} to breach",
  "staff removal for ethical breach (CCS 7.3)", tag="replace person (CCS)")
E(R, "pass", p("{A_} may terminate this Contract with immediate effect if {P} or {its} {Staff} commit a Prohibited Act or "
               "bring {A} into disrepute or diminish the public trust in it."),
  "bring {A} into disrepute or diminish the public trust in it", "termination for ethical breach (CCS 10.4.1)", tag="terminate disrepute")
E(R, "pass", lst("If {P} breach{es} any ethical obligation in this Contract, {A} may do any of the following:",
                 ["require {P} to submit a Rectification Plan within ten {WD};", "require the removal of any person involved; and",
                  "terminate this Contract by written notice where the breach is serious or repeated."]),
  "If {P} breach{es} any ethical obligation in this Contract", "lead-in list of remedies", tag="lead-in list of remedies")
E(R, "pass", p("A breach of the conduct and anti-bribery clauses is a material Default for which {A} may terminate this Contract, "
               "and {P} agree{s} to remedy any such breach as {A} directs."), "A breach of the conduct and anti-bribery clauses is a material Default",
  "Default linked to ethics clauses", tag="material Default linked", also={})
E(R, "pass", row("Remove from the Services any staff member found to have breached the ethical standards clauses", "{PL}", "On the Authority's notice"),
  "Remove from the Services any staff member found to have breached the ethical standards", "table row, provider responsible",
  tag="table row removal")
E(R, "weak", p("{A_} may terminate this Contract if {P} commit{s} a material breach which is not remedied within 30 days."),
  "may terminate this Contract if {P} commit{s} a material breach", "material breach with no ethics link (catalogue: weak)",
  tag="material breach")
E(R, "weak", p("{A_} may, at its discretion, discuss with {P} any concern about conduct before deciding what to do."),
  "discuss with {P} any concern about conduct", "discretionary discussion only (weak)", tag="discuss concerns")
E(R, "neg", p("No breach of the ethical standards clauses shall entitle {A} to terminate or suspend this Contract."),
  "No breach of the ethical standards clauses shall entitle {A} to terminate", "negated", tag="no entitlement")
E(R, "neg", p("Termination for ethical breach: [Not used]"), "Termination for ethical breach: [Not used]", "disabled text",
  tag="[Not used]")
E(R, "decoy", p("Either party may terminate this Contract for convenience by giving not less than three months' notice."),
  "terminate this Contract for convenience", "termination for convenience (decoy)", tag="termination for convenience")
E(R, "decoy", p("If {A} fails to pay an undisputed invoice within 60 days, {P} may suspend the Services until payment is made."),
  "may suspend the Services until payment is made", "provider's payment remedy (decoy)", tag="suspension for non-payment")
E(R, "wrong", p("{P_} may terminate this Contract if an officer of {A} solicits a bribe from {P}."),
  "may terminate this Contract if an officer of {A} solicits a bribe", "remedy against the authority (wrong party)", tag="provider's remedy")
E(R, "wrong", p("{A_} shall discipline any of its officers who breach {As} code of conduct in dealings with {P}."),
  "shall discipline any of its officers", "authority's own duty (wrong party)", tag="authority disciplines")

# =====================================================================  ES-10 assurance / certification
R = "ES-10"
E(R, "pass", p("{P_} warrant{s} that it has in place, and will maintain, the structures and arrangements necessary to support "
               "ethical standards, and shall within 20 {WD} of the Start Date, and then annually, certify in writing to {Ao} "
               "that it has complied with this clause.".replace("it has in place", "{it_has} in place").replace(
                   "that it has complied", "that {it_has} complied")),
  "and then annually, certify in writing", "warranty + annual certificate", tag="warrants + certifies (CCS)")
E(R, "pass", p("{P_} must give {Ao} an annual compliance statement, signed by a director, confirming that its arrangements for "
               "ethical standards are in place and working.".replace("its arr", "{its} arr")),
  "must give {Ao} an annual compliance statement, signed by a director", "annual statement with structures", tag="annual statement")
E(R, "pass", lst("{P_} shall:",
                 ["nominate a board member with responsibility for ethics;", "keep the arrangements supporting ethical standards under review; and",
                  "deliver to {Ao} each April an ethics attestation signed by that board member."]),
  "deliver to {Ao} each April an ethics attestation signed by that board member", "list: board lead + annual attestation",
  tag="list with attestation")
E(R, "pass", row("Sign and return the annual ethical standards assurance certificate", "{PL}", "Each year by 30 April"),
  "Sign and return the annual ethical standards assurance certificate", "table row, provider responsible", tag="table row certificate")
E(R, "pass", p("A formal assurance that {P_has} complied with the ethical obligations of this Contract will be given by {P} "
               "to {Ao} at the start of the Contract and every twelve months after.".replace("{P} has complied", "{P_has} complied")),
  "will be given by {P}", "passive with agent, periodic assurance", tag="passive assurance")
E(R, "weak", p("{P_} warrant{s} that it has in place the structures and arrangements necessary to support ethical standards."
               .replace("it has in", "{it_has} in")),
  "the structures and arrangements necessary to support ethical standards", "structures-only warranty (catalogue: weak)",
  tag="structures only")
E(R, "weak", p("{P_} may provide an annual statement on {its} ethical practices if {A} requests one."),
  "may provide an annual statement on {its} ethical practices", "'may' (permissive)", tag="may provide annual statement")
E(R, "neg", p("{P_} {is} not required to provide any ethics certificate or compliance statement during the Term."),
  "{is} not required to provide any ethics certificate", "negated", tag="is not required")
E(R, "neg", p("[Guidance: insert an annual ethics assurance requirement here if the contract value exceeds the threshold]"),
  "[Guidance: insert an annual ethics assurance requirement", "drafting note (disabled text)", tag="[Guidance]")
E(R, "decoy", p("{P_} shall deliver a Self Audit Certificate each year covering {its} financial records and the Charges."),
  "Self Audit Certificate each year covering {its} financial records", "financial self audit certificate (decoy)", tag="self audit certificate")
E(R, "decoy", p("{P_} shall supply an annual gas safety certificate for each property used for the Services."),
  "annual gas safety certificate", "safety certificate (decoy)", tag="gas safety certificate")
E(R, "wrong", p("{As} accounting officer will certify annually that {As} contracts contain appropriate ethical standards."),
  "accounting officer will certify annually", "authority's own certification (wrong party)", tag="authority certifies")
E(R, "wrong", p("{A_} shall give {P} a written assurance each year that its officers have declared their interests."),
  "shall give {P} a written assurance each year", "authority's assurance to the provider (wrong party)", tag="authority assures provider")

# =====================================================================  COI-01 avoid and notify conflicts
R = "COI-01"
E(R, "pass", p("{P_} must take action to ensure that neither {P} nor {its} {Staff} are placed in the position of an actual or "
               "potential Conflict of Interest, and must promptly notify and provide details to {Ao} if one arises."),
  "placed in the position of an actual or potential Conflict of Interest", "must ensure + promptly notify (CCS 32)", tag="must take action (CCS)")
E(R, "pass", p("{P_} shall avoid any interest which conflicts or may conflict with its duties under this Contract and shall "
               "notify {Ao} in writing within five {WD} of becoming aware of any such interest.".replace("its duties", "{its} duties")),
  "shall avoid any interest which conflicts or may conflict", "shall avoid + notify in writing", tag="shall avoid (English LA)")
E(R, "pass", lst("{P_} undertake{s} that {P} and every member of {its} {Staff} will:",
                 ["avoid any personal, professional or financial interest, direct or indirect, that conflicts with the Services; and",
                  "disclose to {Ao} at once any actual, potential or perceived conflict of interest."]),
  "disclose to {Ao} at once any actual, potential or perceived conflict of interest", "undertaking list: avoid + disclose",
  tag="lead-in list (Irish)")
E(R, "pass", row("Avoid conflicts of interest and notify the authority in writing of any actual or potential conflict",
                 "{PL}", "Immediately on becoming aware"),
  "Avoid conflicts of interest and notify the authority in writing", "table row, provider responsible", tag="table row")
E(R, "pass", p("Any actual or perceived conflict of interest affecting {P} or {its} {Staff} shall be disclosed by {P} to {Ao} "
               "without delay, and {P} shall not allow such a conflict to continue unreported."),
  "shall be disclosed by {P} to {Ao} without delay", "passive with agent", tag="passive (Australian)")
E(R, "pass", p("{P_} agree{s} to avoid situations where its private interests conflict with the interests of {A} or Service "
               "Users, and to tell {Ao} straight away if this happens.".replace("its private", "{its} private")),
  "to tell {Ao} straight away if this happens", "agrees to avoid + tell (plain English)", tag="agrees to, plain English (NZ)")
E(R, "weak", p("{P_} should try to avoid conflicts of interest and may tell {Ao} about any that arise."),
  "should try to avoid conflicts of interest", "'should try', 'may' (permissive)", tag="should try")
E(R, "weak", p("{P_} shall use reasonable endeavours to avoid conflicts of interest where practicable."),
  "use reasonable endeavours to avoid conflicts of interest where practicable", "reasonable endeavours, where practicable (hedged)",
  tag="reasonable endeavours")
E(R, "neg", p("{P_} {is} under no obligation to disclose any conflict of interest that arises from its other contracts."),
  "{is} under no obligation to disclose any conflict of interest", "negated", tag="under no obligation")
E(R, "neg", p("Conflicts of interest: [Not used]"), "Conflicts of interest: [Not used]", "disabled text", tag="[Not used]")
E(R, "decoy", p("In the event of any conflict or inconsistency between the clauses of this Contract and the Schedules, the "
                "clauses shall prevail."), "conflict or inconsistency between the clauses", "precedence wording (decoy)", tag="precedence")
E(R, "decoy", p("This Contract is governed by the law of the place stated in the Particulars, without regard to its conflict of laws rules."),
  "conflict of laws rules", "conflict of laws (decoy)", tag="conflict of laws")
E(R, "decoy", p("{P_} shall ensure that its internal policies don't conflict with the Contract.".replace("its internal", "{its} internal")),
  "don't conflict with the Contract", "'don't conflict with the Contract' (decoy)", tag="don't conflict")
E(R, "wrong", p("{As} officers shall declare to {As} monitoring officer any conflict of interest they have in relation to {P}."),
  "officers shall declare to {As} monitoring officer any conflict of interest", "authority's officers only (wrong party)",
  tag="authority officers declare")
E(R, "wrong", p("{A_} will tell {P} if {A} becomes aware of any conflict of interest among its evaluation panel."),
  "will tell {P} if {A} becomes aware of any conflict of interest", "authority's own duty (wrong party)", tag="authority tells provider")

# =====================================================================  COI-02 manage / direct / terminate
R = "COI-02"
E(R, "pass", p("Where a conflict of interest arises, {A} can terminate this Contract or take any steps it thinks are necessary, "
               "and {P} shall follow {As} directions."), "can terminate this Contract or take any steps it thinks are necessary",
  "authority may terminate or act (CCS 32)", tag="can terminate or take steps (CCS)")
E(R, "pass", p("{P_} must manage or remove any conflict of interest notified under this Contract in the way {A} directs."),
  "must manage or remove any conflict of interest", "must manage as directed", tag="must manage or remove")
E(R, "pass", lst("Where a conflict of interest has been identified, {P} shall:",
                 ["prepare a mitigation plan within five {WD};", "agree the plan with {Ao}; and",
                  "carry out the plan and any further measures {A} requires."]),
  "prepare a mitigation plan within five {WD}", "lead-in list: mitigation plan as directed", tag="lead-in list mitigation plan")
E(R, "pass", row("Put in place the mitigation measures directed by the authority for any conflict of interest", "{PL}", "Within 5 days of direction"),
  "Put in place the mitigation measures directed by the authority for any conflict of interest", "table row, provider responsible",
  tag="table row")
E(R, "pass", p("{A_} may end this Contract by notice if a conflict of interest affecting {P} cannot be managed to {As} satisfaction."),
  "if a conflict of interest affecting {P} cannot be managed", "authority may terminate for unmanageable conflict",
  tag="termination for unmanageable conflict (Welsh)")
E(R, "weak", p("{P_} {is} encouraged to discuss with {Ao} how any conflict of interest might be managed."),
  "{is} encouraged to discuss with {Ao} how any conflict of interest might be managed", "'is encouraged to' (permissive)", tag="encouraged")
E(R, "weak", p("{P_} should consider any guidance {A} gives on managing conflicts of interest."),
  "should consider any guidance {A} gives on managing conflicts of interest", "'should consider' (permissive)", tag="should consider")
E(R, "neg", p("{A_} shall not be entitled to terminate this Contract or give directions on account of any conflict of interest."),
  "shall not be entitled to terminate this Contract or give directions on account of any conflict", "negated", tag="not entitled")
E(R, "neg", p("Management of conflicts: Deleted"), "Management of conflicts: Deleted", "disabled text", tag="Deleted")
E(R, "decoy", p("{A_} may terminate this Contract at any time without cause by giving {P} three months' written notice."),
  "may terminate this Contract at any time without cause", "termination for convenience with no conflict link (decoy)",
  tag="termination without cause")
E(R, "decoy", p("Where the Particulars conflict with these Conditions, {A} may direct which is to be followed."),
  "Where the Particulars conflict with these Conditions", "precedence 'conflict' with a direction (decoy)", tag="precedence direction")
E(R, "wrong", p("{P_} may require {A} to replace any officer of {A} who has a conflict of interest in relation to the Contract."),
  "may require {A} to replace any officer of {A} who has a conflict of interest", "authority-side conflict managed (wrong party)",
  tag="provider manages authority conflict")
E(R, "wrong", p("{A_} shall manage the conflicts of interest of its own commissioning officers under its own policy."),
  "shall manage the conflicts of interest of its own commissioning officers", "authority's own duty (wrong party)", tag="authority's officers")

# =====================================================================  COI-03 gifts and hospitality
R = "COI-03"
E(R, "pass", p("{P_} shall not offer or give any gift or hospitality to any officer of {A} involved in this Contract, and "
               "shall record all gifts and hospitality offered or received by {its} {Staff} in connection with it."),
  "shall record all gifts and hospitality offered or received", "prohibition + record", tag="shall not offer / record")
E(R, "pass", p("{P_} must keep a gifts and hospitality register for the Services and show it to {Ao} on request."),
  "must keep a gifts and hospitality register", "must keep register", tag="must keep register")
E(R, "pass", row("Keep a gifts & hospitality register and refuse any gift above the agreed value", "{PL}", "Continuous; shared quarterly"),
  "Keep a gifts & hospitality register", "table row, provider responsible", tag="table row")
E(R, "pass", lst("{P_} agree{s} that {its} {Staff}:",
                 ["will refuse any gift, hospitality or sponsorship from a person seeking business under this Contract;",
                  "will declare any gift or hospitality offered to them; and", "will not accept cash or vouchers in any amount."]),
  "will refuse any gift, hospitality or sponsorship", "agrees, list of staff controls", tag="list")
E(R, "pass", p("Gifts and hospitality offered to or by {Staff} in connection with the Contract shall be refused or recorded by "
               "{P} in accordance with {As} gifts policy."), "shall be refused or recorded by {P}", "passive with agent",
  tag="passive (Scottish)")
E(R, "weak", p("{P_} should keep a note of significant gifts offered to {its} staff."),
  "should keep a note of significant gifts", "'should' (permissive)", tag="should")
E(R, "weak", p("{P_} {is} encouraged to adopt a gifts and hospitality policy based on {As} model."),
  "{is} encouraged to adopt a gifts and hospitality policy", "'is encouraged to' (permissive)", tag="encouraged")
E(R, "neg", p("{P_} need not maintain a gifts and hospitality register for this Contract."),
  "need not maintain a gifts and hospitality register", "negated", tag="need not")
E(R, "neg", p("Gifts and hospitality: [Not used]"), "Gifts and hospitality: [Not used]", "disabled text", tag="[Not used]")
E(R, "decoy", row("Hospitality and Meetings: refreshments for the quarterly partnership meeting", "{PL}", "Quarterly"),
  "Hospitality and Meetings", "catering hospitality service line (decoy)", tag="catering row")
E(R, "decoy", p("{P_} may claim gift aid on donations received from the public where {it} {is} a registered charity."),
  "may claim gift aid on donations", "gift aid (decoy)", tag="gift aid")
E(R, "wrong", p("{As} officers shall record in {As} register any gift or hospitality offered to them by {P}."),
  "officers shall record in {As} register any gift or hospitality", "authority's officers (wrong party)", tag="authority officers record")
E(R, "wrong", row("Declare gifts and hospitality received from the provider", "{AL}", "Within 28 days"),
  "Declare gifts and hospitality received from the provider", "table row, authority responsible (wrong party)", tag="table row, authority")

# =====================================================================  COI-04 former office holders
R = "COI-04"
E(R, "pass", p("{P_} shall not engage any person who within the preceding 24 months was employed by {A} in a role connected with "
               "the procurement of this Contract without {As} prior written consent."),
  "shall not engage any person who within the preceding 24 months was employed by {A}", "catalogue phrasing", tag="shall not engage 24 months")
E(R, "pass", p("{P_} must tell {Ao} before {it} engage{s} any former officer of {A} on the Services, and must ensure that the person "
               "respects any conditions set under the Business Appointment Rules and does not use information gained in office."),
  "must tell {Ao} before {it} engage{s} any former officer of {A}", "must notify + conditions + no privileged information",
  tag="must tell (Crown)")
E(R, "pass", row("Disclose any former employee of the authority engaged within the cooling-off period", "{PL}", "Before engagement"),
  "Disclose any former employee of the authority engaged within the cooling-off period", "table row, provider responsible",
  tag="table row")
E(R, "pass", lst("{P_} undertake{s} that, for any former Crown servant or former Minister {it} engage{s}, {P} will:",
                 ["observe any waiting period or lobbying ban set by ACOBA;", "notify {Ao} of the engagement in writing; and",
                  "not use any privileged information the person obtained in office."]),
  "observe any waiting period or lobbying ban set by ACOBA", "undertakes list", trad={"ccs", "nhs", "eng_la", "scot", "wales"},
  tag="lead-in list ACOBA (Crown)")
E(R, "pass", p("The engagement of any former employee of {A} within twelve months of leaving shall be notified by {P} to {Ao} "
               "before the engagement starts."), "shall be notified by {P} to {Ao} before the engagement starts",
  "passive with agent", tag="passive (Canadian)")
E(R, "weak", p("{P_} {is} encouraged to tell {Ao} if {it} engage{s} any former officer of {A}."),
  "{is} encouraged to tell {Ao} if {it} engage{s} any former officer", "'is encouraged to' (permissive)", tag="encouraged")
E(R, "weak", p("{P_} should, where practicable, avoid placing former employees of {A} in roles dealing with {A}."),
  "should, where practicable, avoid placing former employees", "'should, where practicable' (hedged)", tag="should where practicable")
E(R, "neg", p("Restrictions on engaging former employees of {A} do not apply to this Contract."),
  "Restrictions on engaging former employees of {A} do not apply", "disapplied", tag="do not apply")
E(R, "neg", p("Former office holders: [Reserved]"), "Former office holders: [Reserved]", "disabled text", tag="[Reserved]")
E(R, "decoy", p("The Transfer of Undertakings (Protection of Employment) Regulations 2006 may apply to employees of {A} who "
                "transfer to {P} at the Start Date, and {P} shall comply with its obligations under them.".replace("its obligations", "{its} obligations")),
  "Transfer of Undertakings (Protection of Employment) Regulations 2006", "TUPE staff transfer (decoy)", tag="TUPE")
E(R, "decoy", p("Neither party shall solicit or entice away any employee of the other during the Term."),
  "shall solicit or entice away any employee of the other", "non-solicitation (decoy, partial at most)", tag="non-solicitation")
E(R, "wrong", p("{A_} shall apply its own rules on outside employment to officers who leave to work for a supplier."),
  "shall apply its own rules on outside employment", "authority's own duty (wrong party)", tag="authority rules")
E(R, "wrong", p("{A_} may second its own staff to {P} for up to six months during mobilisation."),
  "may second its own staff to {P}", "authority secondment; provider only as object (wrong party)", tag="secondment")

# =====================================================================  COI-05 declarations register
R = "COI-05"
E(R, "pass", p("{P_} must ensure that all {Staff} comply with Managing Conflicts of Interest in the NHS, and must publish on its "
               "website the name and position of any Decision-Making Staff who have neither completed a declaration of interest "
               "nor submitted a nil return.".replace("its website", "{its} website")),
  "neither completed a declaration of interest nor submitted a nil return", "GC27 style", trad={"nhs"}, tag="GC27 (NHS)")
E(R, "pass", p("{P_} shall obtain an annual declaration of interests, or a nil declaration, from each of {its} decision-making "
               "{Staff}, keep them in a register of interests and give a copy of the register to {Ao} on request."),
  "shall obtain an annual declaration of interests, or a nil declaration", "declarations + register + provided", tag="shall obtain")
E(R, "pass", row("Maintain a register of interests for directors and decision-making staff (nil returns included) and publish it",
                 "{PL}", "Updated on change; published yearly"),
  "Maintain a register of interests for directors and decision-making staff", "table row, provider responsible", tag="table row")
E(R, "pass", lst("{P_} will:",
                 ["ask each manager who makes decisions on the Services to declare their interests when appointed and every year;",
                  "keep those declarations, including nil returns, in a register; and", "send the register to {Ao} each year."]),
  "keep those declarations, including nil returns, in a register", "list: declare, register, provide", tag="list (NZ plain English)")
E(R, "pass", p("A register of interests covering all decision-making {Staff} shall be kept by {P} and made available for "
               "inspection by {Ao}."), "A register of interests covering all decision-making {Staff} shall be kept by {P}",
  "passive with agent", tag="passive")
E(R, "weak", p("{A_} may ask {Ps} managers to complete declarations of interest."),
  "may ask {Ps} managers to complete declarations of interest", "'may ask' (permissive), no register", tag="may ask")
E(R, "weak", p("{P_} should keep a record of the interests of {its} directors where {it} consider{s} this appropriate."),
  "should keep a record of the interests of {its} directors", "'should' with discretion (permissive)", tag="should")
E(R, "neg", p("{P_} {is} not required to maintain a register of interests."), "{is} not required to maintain a register of interests",
  "negated (catalogue decoy)", tag="not required")
E(R, "neg", p("Declarations of interest: N/A"), "Declarations of interest: N/A", "disabled text", tag="N/A")
E(R, "decoy", p("{P_} shall make an annual declaration of {its} VAT status and bank details to {Ao} for payment purposes."),
  "annual declaration of {its} VAT status", "financial declaration (decoy)", tag="VAT declaration")
E(R, "decoy", p("{P_} shall keep a register of keyholders and of Service Users' property held for safekeeping."),
  "shall keep a register of keyholders", "other register (decoy)", tag="keyholder register")
E(R, "wrong", p("{As} commissioning officers shall complete declarations of interest before taking part in any decision about this Contract."),
  "commissioning officers shall complete declarations of interest", "buyer-side declarations only (wrong party)", tag="buyer-side declarations")
E(R, "wrong", row("Keep the register of interests of elected members and senior officers", "{AL}", "Continuous"),
  "Keep the register of interests of elected members and senior officers", "table row, authority responsible (wrong party)",
  tag="table row, authority")

# =====================================================================  COI-06 procurement-stage disclosure
R = "COI-06"
E(R, "pass", p("{P_} confirm{s} that {it_has} disclosed to {Ao} any relationship with any person involved in the procurement of "
               "this Contract, and shall keep that disclosure up to date throughout the Term."),
  "disclosed to {Ao} any relationship with any person involved in the procurement", "confirms + keeps current", tag="confirms (CCS)")
E(R, "pass", p("{P_} warrant{s} that its declaration of no conflict given at award is complete and accurate and must update it "
               "within five {WD} of any change.".replace("its declaration", "{its} declaration")),
  "declaration of no conflict given at award is complete and accurate", "warrants + update", tag="warrants declaration of no conflict")
E(R, "pass", p("For the purposes of {As} conflicts assessment under Part 5 of the Procurement Act 2023, {P} confirm{s} that it "
               "has disclosed every connection with {As} decision-makers and undertake{s} to notify any new connection.".replace(
                   "that it has", "that {it_has}")),
  "conflicts assessment under Part 5 of the Procurement Act 2023", "confirms disclosure for the conflicts assessment",
  trad={"eng_la", "nhs", "ccs", "wales"}, tag="Procurement Act Part 5 (English)")
E(R, "pass", row("Confirm disclosure of all relationships with the evaluation panel and keep it current", "{PL}", "At award and on any change"),
  "Confirm disclosure of all relationships with the evaluation panel", "table row, provider responsible", tag="table row")
E(R, "pass", lst("{P_} confirm{s} that, before this Contract was awarded, {it_has}:",
                 ["disclosed any family, business or financial relationship with the people who evaluated {its} bid; and",
                  "not obtained any unfair advantage from any such relationship."]),
  "disclosed any family, business or financial relationship with the people who evaluated {its} bid", "confirmation list",
  tag="lead-in list")
E(R, "weak", p("{P_} may be asked to confirm that {it_has} no relationship with the evaluation panel."),
  "may be asked to confirm that {it_has} no relationship", "'may be asked' (permissive)", tag="may be asked")
E(R, "weak", p("{P_} should disclose any relationship with the evaluation panel if {it} become{s} aware of one."),
  "should disclose any relationship with the evaluation panel", "'should' (permissive)", tag="should")
E(R, "neg", p("{P_} {is} exempt from any requirement to disclose relationships with persons involved in the procurement."),
  "{is} exempt from any requirement to disclose relationships", "negated", tag="is exempt")
E(R, "neg", p("Procurement-stage declaration: [insert if required]"), "Procurement-stage declaration: [insert if required]",
  "disabled text ([insert ...])", tag="[insert]")
E(R, "decoy", p("{P_} confirm{s} that none of its directors has been convicted of an offence listed in the exclusion grounds."
                .replace("its directors", "{its} directors")),
  "convicted of an offence listed in the exclusion grounds", "exclusion-ground self-declaration of convictions (decoy)",
  tag="exclusion grounds")
E(R, "decoy", p("With its tender, {P} submitted a declaration of no conflict, which was considered by the evaluation panel."),
  "submitted a declaration of no conflict", "past-tense narrative (decoy)", tag="past tense")
E(R, "wrong", p("{A_} confirms that its evaluation panel members disclosed any relationship with bidders before evaluation."),
  "its evaluation panel members disclosed any relationship with bidders", "authority's own confirmation (wrong party)",
  tag="authority confirms")
E(R, "wrong", p("{A_} shall carry out a conflicts assessment before publishing any tender notice."),
  "shall carry out a conflicts assessment", "authority's own duty (wrong party)", tag="authority assessment")

# =====================================================================  CDM-01 complaints procedure
R = "CDM-01"
E(R, "pass", p("{P_} must establish and operate a complaints procedure to deal with complaints made in relation to any matter "
               "that is reasonably connected with the provision of the Services, and must comply with {CREGS}."),
  "must establish and operate a complaints procedure", "regulatory wording (SI 2015/1862 reg. 79 style)", tag="must establish and operate")
E(R, "pass", p("{P_} shall have in place a free, accessible complaints policy for Service Users, publicised in easy-read and "
               "other accessible formats."), "shall have in place a free, accessible complaints policy for Service Users",
  "shall have in place, accessible + publicised", tag="shall have in place")
E(R, "pass", lst("{P_} {is} responsible for running a concerns and complaints procedure for Service Users which:",
                 ["is free of charge and easy to use;", "is explained in writing to every Service User at the start of the service; and",
                  "tells Service Users how to take a complaint further to {Ao} or {OMB}."]),
  "responsible for running a concerns and complaints procedure for Service Users", "is responsible for, lead-in list",
  tag="is responsible for, list")
E(R, "pass", row("Operate and publicise a compliments, comments and complaints procedure for Service Users", "{PL}", "Throughout the Term"),
  "Operate and publicise a compliments, comments and complaints procedure", "table row, provider responsible", tag="table row")
E(R, "pass", p("A complaints procedure open to residents and their families will be operated by {P} in line with {CREGS}."),
  "will be operated by {P} in line with", "passive with agent", tag="passive")
E(R, "weak", p("{P_} should have a process for Service Users to raise complaints."),
  "should have a process for Service Users to raise complaints", "'should' (permissive)", tag="should")
E(R, "weak", p("{P_} may adopt {As} corporate complaints procedure if {it_has} none of {its} own."),
  "may adopt {As} corporate complaints procedure", "'may' (permissive)", tag="may adopt")
E(R, "neg", p("{P_} shall not be required to operate {its} own complaints procedure; complaints shall be made direct to {Ao}."),
  "shall not be required to operate {its} own complaints procedure", "negated", tag="not required")
E(R, "neg", p("Service User complaints procedure: [Not used]"), "Service User complaints procedure: [Not used]", "disabled text",
  tag="[Not used]")
E(R, "decoy", p("\"Complaint\" means any formal complaint raised by {A} in relation to the performance of {Ps} obligations."
                .replace('"Complaint" means any formal complaint raised by {A}', '"Complaint" means any formal complaint raised by {A}')),
  "means any formal complaint raised by {A} in relation to the performance", "authority's complaint about performance (decoy)",
  tag="authority's complaint defined")
E(R, "decoy", p("{P_} shall promptly pass to {Ao} any request, complaint or communication {it} receive{s} from a data subject."),
  "any request, complaint or communication {it} receive{s} from a data subject", "data-protection complaint (decoy)", tag="data subject complaint")
E(R, "decoy", p("{P_} shall maintain a grievance procedure for {its} employees in line with employment law."),
  "maintain a grievance procedure for {its} employees", "staff grievances (decoy)", tag="staff grievance")
E(R, "wrong", p("{A_} shall handle complaints about the Services under {As} own corporate complaints procedure."),
  "shall handle complaints about the Services under {As} own corporate complaints procedure", "authority's own duty (wrong party)",
  tag="authority handles")
E(R, "wrong", p("{A_} may make a complaint to {P} about any aspect of the Services and {P} shall respond to it."),
  "may make a complaint to {P} about any aspect of the Services", "authority's complaint to the provider (decoy/wrong party)",
  tag="authority complains")

# =====================================================================  CDM-02 complaint reporting
R = "CDM-02"
E(R, "pass", p("{P_} shall include in each monthly performance report the complaints received, the action taken and the outcome."),
  "shall include in each monthly performance report the complaints received", "monthly reports (CCS FM A.10 style)", tag="monthly report")
E(R, "pass", p("{P_} must send {Ao} a quarterly complaints return showing the complaints received, upheld, partially upheld and not "
               "upheld, and the number answered on time."), "must send {Ao} a quarterly complaints return", "quarterly return",
  tag="quarterly return")
E(R, "pass", row("Complaints return: numbers received and resolved, outcomes, themes and response times", "{PL}", "Quarterly, within 15 days of quarter end"),
  "Complaints return: numbers received and resolved, outcomes, themes and response times", "table row, provider responsible",
  tag="table row")
E(R, "pass", lst("Every six months {P} shall report to {Ao}:",
                 ["the number of complaints received and resolved;", "the outcome of each resolved complaint; and",
                  "complaints open at the end of the period."]),
  "Every six months {P} shall report to {Ao}:", "lead-in list, six-monthly", tag="lead-in list")
E(R, "pass", p("Complaints data in the format of the KO41a return will be submitted by {P} to {Ao} each year."),
  "Complaints data in the format of the KO41a return will be submitted by {P}", "passive with agent, annual",
  trad={"nhs"}, tag="KO41a (NHS)")
E(R, "pass", p("{P_} agree{s} to report to {Ao} each quarter the number of complaints received from Service Users and how they were resolved."),
  "to report to {Ao} each quarter the number of complaints received", "agrees to, quarterly", tag="agrees to report")
E(R, "weak", p("{P_} shall provide details of complaints to {Ao} on request."), "shall provide details of complaints to {Ao} on request",
  "'on request' only (catalogue: weak)", tag="on request")
E(R, "weak", p("{P_} should tell {Ao} about any complaints {it} receive{s} when asked."), "should tell {Ao} about any complaints {it} receive{s} when asked",
  "'should', 'when asked' (weak)", tag="should when asked")
E(R, "neg", p("{P_} shall not be required to report complaints to {Ao}."), "shall not be required to report complaints",
  "negated (catalogue decoy)", tag="not required")
E(R, "neg", p("Complaints reporting: Not applicable"), "Complaints reporting: Not applicable", "disabled text", tag="Not applicable")
E(R, "decoy", p("{P_} shall report every serious incident involving a Service User to {Ao} within 24 hours."),
  "shall report every serious incident", "incident reporting without complaints (decoy)", tag="incident reporting")
E(R, "decoy", p("{P_} shall submit a monthly activity report showing referrals received and hours delivered."),
  "monthly activity report showing referrals received", "activity reporting without complaints (decoy)", tag="activity report")
E(R, "wrong", p("{A_} shall report complaints about the Services to its scrutiny committee each year."),
  "shall report complaints about the Services to its scrutiny committee", "authority's own duty (wrong party)", tag="authority reports")
E(R, "wrong", row("Send the provider a copy of any complaint about the Services received directly", "{AL}", "Within 2 days"),
  "Send the provider a copy of any complaint", "table row, authority responsible (wrong party)", tag="table row, authority")

# =====================================================================  CDM-03 satisfaction / feedback
R = "CDM-03"
E(R, "pass", p("{P_} shall conduct customer satisfaction surveys at least twice a year and report the results to {Ao}."),
  "shall conduct customer satisfaction surveys", "FM spec A.9 style", tag="satisfaction surveys")
E(R, "pass", p("{P_} must collect service user feedback after each episode of care and send a summary to {Ao} every quarter."),
  "must collect service user feedback after each episode of care", "must collect + report", tag="must collect feedback")
E(R, "pass", row("Run the Friends and Family Test and report the results to the authority", "{PL}", "Monthly"),
  "Run the Friends and Family Test", "table row, provider responsible", trad={"nhs", "eng_la"}, tag="table row FFT (NHS)")
E(R, "pass", lst("{P_} will find out what Service Users think of the Services by:",
                 ["asking each Service User for feedback at the end of the service;", "holding a yearly user survey; and",
                  "giving {Ao} the results within one month."]),
  "will find out what Service Users think of the Services", "list: collect + report", tag="list plain English")
E(R, "pass", p("Patient experience data shall be gathered by {P} and reported to {Ao} at each quarterly review."),
  "Patient experience data shall be gathered by {P}", "passive with agent",
  trad={"nhs", "eng_la", "wales", "scot", "irl", "ccs"}, tag="passive")
E(R, "weak", p("{P_} may carry out a satisfaction survey if {it} wish{es} and share the results with {Ao}."),
  "may carry out a satisfaction survey if {it} wish{es}", "'may' (permissive)", tag="may survey")
E(R, "weak", p("{P_} {is} encouraged to seek feedback from Service Users."), "{is} encouraged to seek feedback from Service Users",
  "'is encouraged to' (permissive)", tag="encouraged")
E(R, "neg", p("{P_} need not carry out any satisfaction survey during the first year of the Term, and no survey is required after it."),
  "need not carry out any satisfaction survey", "negated", tag="need not")
E(R, "neg", p("Service User satisfaction: [Reserved]"), "Service User satisfaction: [Reserved]", "disabled text", tag="[Reserved]")
E(R, "decoy", p("{P_} shall survey {its} {Staff} each year on their wellbeing and share the headline results with {Ao}."),
  "survey {its} {Staff} each year on their wellbeing", "staff-only survey (decoy)", tag="staff survey")
E(R, "decoy", p("{Ps} tender stated that 98% of {its} clients would recommend {it_obj}."), "98% of {its} clients would recommend {it_obj}",
  "marketing claim (decoy)", tag="marketing claim")
E(R, "wrong", p("{A_} will survey Service Users once a year about the Services."), "will survey Service Users once a year",
  "authority's own survey (wrong party)", tag="authority surveys")
E(R, "wrong", row("Ask residents how satisfied they are with the provider's service", "{AL}", "Annually"),
  "Ask residents how satisfied they are with the provider's service", "table row, authority responsible (wrong party)",
  tag="table row, authority")

# =====================================================================  CDM-04 Ombudsman
R = "CDM-04"
E(R, "pass", p("{P_} must co-operate with {Ao} and {OMB} in the investigation of any complaint, including answering any questions, "
               "providing information and attending any meeting."), "in the investigation of any complaint, including answering any questions",
  "regulatory co-operation wording (reg. 80 style)", tag="must co-operate")
E(R, "pass", p("{P_} shall co-operate with {OMB} in any investigation relating to the Services and shall implement any "
               "recommendation that {A} accepts."), "shall implement any recommendation", "co-operate + implement", tag="shall implement")
E(R, "pass", lst("If a complaint about the Services is referred to {OMB}, {P} shall:",
                 ["provide all records requested within the time set;", "make {Staff} available for interview; and",
                  "carry out any remedy that is agreed or recommended."]),
  "If a complaint about the Services is referred to {OMB}", "lead-in list", tag="lead-in list")
E(R, "pass", row("Co-operate with any Ombudsman investigation and put agreed remedies in place", "{PL}", "As required"),
  "Co-operate with any Ombudsman investigation", "table row, provider responsible", tag="table row")
E(R, "pass", p("Any remedy recommended by {OMB} in respect of the Services will be implemented by {P} at its own cost."
               .replace("its own", "{its} own")), "will be implemented by {P}", "passive with agent", tag="passive")
E(R, "weak", p("{P_} may be asked to co-operate with {OMB}."), "may be asked to co-operate with", "'may be asked' (permissive)",
  tag="may be asked")
E(R, "weak", p("{P_} should use reasonable endeavours to assist any Ombudsman investigation."),
  "should use reasonable endeavours to assist any Ombudsman investigation", "'should', reasonable endeavours (hedged)", tag="reasonable endeavours")
E(R, "neg", p("{P_} shall not be obliged to take part in any investigation by an ombudsman."),
  "shall not be obliged to take part in any investigation by an ombudsman", "negated", tag="not obliged")
E(R, "neg", p("Ombudsman: [Deleted]"), "Ombudsman: [Deleted]", "disabled text", tag="[Deleted]")
E(R, "decoy", p("Any dispute between the parties shall first be referred to mediation under the CEDR Model Mediation Procedure "
                "and, if not resolved, to arbitration."), "CEDR Model Mediation Procedure", "dispute resolution between the parties (decoy)",
  tag="CEDR mediation")
E(R, "decoy", p("If the parties cannot agree, either of them may refer the dispute to an independent expert, whose decision is final."),
  "refer the dispute to an independent expert", "expert determination (decoy)", tag="expert determination")
E(R, "wrong", p("{A_} shall co-operate with {OMB} in any investigation into {As} own commissioning decisions."),
  "shall co-operate with {OMB} in any investigation into {As} own commissioning decisions", "authority's own duty (wrong party)",
  tag="authority co-operates")
E(R, "wrong", p("{A_} remains responsible to {OMB} for the Services and will answer the Ombudsman's enquiries itself."),
  "will answer the Ombudsman's enquiries itself", "authority's own duty (wrong party)", tag="authority answers")

# =====================================================================  CDM-05 learning from complaints
R = "CDM-05"
E(R, "pass", p("Where satisfaction results fall below the agreed satisfaction level, {P} shall investigate the cause and "
               "produce an action plan for {As} approval."), "investigate the cause and produce an action plan",
  "FM spec A.9 style", tag="below agreed level -> action plan")
E(R, "pass", p("{P_} must analyse complaints to find their root cause and trends, and must put right any problem {it} find{s}."),
  "must analyse complaints to find their root cause and trends", "must analyse + act", tag="root cause")
E(R, "pass", lst("{P_} undertake{s} to learn from complaints by:",
                 ["identifying themes and repeated issues;", "agreeing improvement actions with {Ao}; and",
                  "checking that the actions have worked."]),
  "undertake{s} to learn from complaints by:", "lead-in list", tag="lead-in list learning")
E(R, "pass", row("Review lessons learned from complaints and carry out the agreed improvement actions", "{PL}", "Each review meeting"),
  "Review lessons learned from complaints", "table row, provider responsible", tag="table row")
E(R, "pass", p("A trend analysis of complaints, with the actions taken in response, shall be carried out by {P} and "
               "used to improve the Services."), "A trend analysis of complaints, with the actions taken in response",
  "passive with agent", tag="passive trend analysis")
E(R, "weak", p("{P_} should consider whether complaints show any pattern that needs action."),
  "should consider whether complaints show any pattern", "'should consider' (permissive)", tag="should consider")
E(R, "weak", p("{P_} may prepare an action plan if {it} think{s} complaints show a recurring problem."),
  "may prepare an action plan if {it} think{s} complaints show a recurring problem", "'may' (permissive)", tag="may prepare")
E(R, "neg", p("{P_} {is} not required to analyse complaints or prepare action plans."),
  "{is} not required to analyse complaints or prepare action plans", "negated", tag="not required")
E(R, "neg", p("Learning from complaints: Intentionally left blank"), "Learning from complaints: Intentionally left blank",
  "disabled text", tag="left blank")
E(R, "decoy", p("{P_} shall analyse the results of {its} annual staff survey and agree an action plan with its board."),
  "analyse the results of {its} annual staff survey", "staff-only survey (decoy)", tag="staff survey action plan")
E(R, "decoy", p("{Ps} brochure states that {it} learn{s} from every customer and continuously improves."),
  "states that {it} learn{s} from every customer", "marketing claim (decoy)", tag="marketing claim")
E(R, "wrong", p("{A_} will review complaints about the Services each year and decide whether to change the specification."),
  "will review complaints about the Services each year", "authority's own duty (wrong party)", tag="authority reviews")
E(R, "wrong", row("Identify themes in complaints across all commissioned providers", "{AL}", "Annually"),
  "Identify themes in complaints across all commissioned providers", "table row, authority responsible (wrong party)",
  tag="table row, authority")

# =====================================================================  CDM-06 complaint timescales
R = "CDM-06"
E(R, "pass", p("{P_} shall acknowledge each complaint within three {WD} and send a full response within 20 {WD} or a longer period "
               "agreed with the complainant."), "acknowledge each complaint within three {WD}", "acknowledgement + response times",
  tag="shall acknowledge")
E(R, "pass", p("{P_} must respond to each complaint within six months of receipt, or a longer period agreed with the complainant, "
               "and must explain any delay in writing."), "must respond to each complaint within six months of receipt",
  "regulatory timescale adopted (SI 2012/3094 reg. 29 style)", tag="six months")
E(R, "pass", row("Acknowledge complaints within 2 days and resolve Stage 1 complaints within 10 days", "{PL}", "Each complaint"),
  "Acknowledge complaints within 2 days and resolve Stage 1 complaints within 10 days", "table row, provider responsible", tag="table row")
E(R, "pass", lst("{P_} agree{s} to deal with complaints within these timescales:",
                 ["acknowledgement within 5 {WD};", "stage 1 response within 20 {WD}; and", "stage 2 response within 20 further {WD}."]),
  "agree{s} to deal with complaints within these timescales:", "lead-in list of timescales", tag="lead-in list timescales")
E(R, "pass", p("Complaints will be acknowledged by {P} within three {WD} of receipt and answered within ten {WD}."),
  "Complaints will be acknowledged by {P} within three {WD}", "passive with agent", tag="passive")
E(R, "weak", p("{P_} should aim to acknowledge complaints promptly and resolve them within a reasonable time."),
  "should aim to acknowledge complaints promptly", "'should aim to', no fixed time (weak)", tag="should aim")
E(R, "weak", p("{P_} should normally acknowledge a complaint within five {WD} where practicable."),
  "should normally acknowledge a complaint within five {WD} where practicable", "'should', 'where practicable' (hedged)",
  tag="should where practicable")
E(R, "neg", p("The complaint timescales in {As} standard conditions do not apply to this Contract."),
  "complaint timescales in {As} standard conditions do not apply", "disapplied", tag="do not apply")
E(R, "neg", p("Complaint response times: [insert]"), "Complaint response times: [insert]", "disabled text ([insert ...])", tag="[insert]")
E(R, "decoy", p("{P_} shall answer any written query from {Ao} about the Services within ten {WD}."),
  "shall answer any written query from {Ao}", "timescale for the authority's queries (decoy)", tag="authority queries")
E(R, "decoy", p("{A_} shall pay each valid and undisputed invoice within 30 days of receipt."),
  "pay each valid and undisputed invoice within 30 days", "payment terms (decoy)", tag="payment terms")
E(R, "wrong", p("{A_} will acknowledge complaints it receives about the Services within three {WD}."),
  "will acknowledge complaints it receives about the Services within three", "authority's own duty (wrong party)", tag="authority acknowledges")
E(R, "wrong", row("Respond to escalated complaints within 20 working days", "{AL}", "Each escalated complaint"),
  "Respond to escalated complaints within 20 working days", "table row, authority responsible (wrong party)", tag="table row, authority")
