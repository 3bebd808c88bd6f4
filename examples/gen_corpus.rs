//! Benchmark corpus generator: writes N realistic public-service contracts (mostly DOCX, with
//! some ODT, PDF and text) and a few supplier registers, all from a fixed seed, so that the
//! benchmark (`benches/run.sh`) measures the same bytes on every machine. It is an example,
//! not a `src/bin`, so it never ships in the probity binary.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --out DIR --contracts N [--seed S]
//!     [--registers] [--declarations ROWS] [--complaints ROWS]
//! ```
//!
//! Contracts are 8,000 to 25,000 words (20 to 60 pages): a cover, a parties clause,
//! definitions, 25 to 60 numbered sections of service, payment, data, staffing and legal
//! boilerplate, schedules with KPI and pricing tables, and one section per clause rule whose
//! wording is taken from the rule fixtures (`fixtures/clauses/RULE/*`), chosen per contract
//! as present, weak, negated, a decoy, a wrong-party obligation or absent. The fixtures are
//! the wordings the rule engine is tested against, so the corpus exercises the real rule
//! paths rather than text no rule looks at. DOCX files are real OOXML: styles with `basedOn`,
//! a numbering part that numbers headings and clauses, tables, runs split for defined terms.
//! PDF inputs are copies of the committed fixtures (we have no PDF writer, and PDF is a
//! small share of real contract sets).

use regex::Regex;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// SplitMix64: small, fast and the same everywhere, so a seed names one corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One piece of a contract, independent of the format it is written in.
enum Item {
    Title(String),
    Plain(String),
    /// A numbered top-level heading ("12. DATA PROTECTION").
    Heading(String),
    /// A numbered clause under the current heading ("12.3 ..."); `terms` are spans shown bold.
    Clause(String),
    /// An unnumbered schedule heading.
    Schedule(String),
    Table(Vec<Vec<String>>),
}

/// Which way a rule's section appears in one contract.
const VARIANTS: [(&str, f64); 6] = [
    ("positive", 0.50),
    ("weak", 0.08),
    ("negated", 0.07),
    ("decoy", 0.10),
    ("wrong", 0.05),
    ("absent", 0.20),
];

/// A section of a fixture: its title and its clauses.
type Section = (String, Vec<String>);

struct RuleBank {
    /// (variant prefix, sections).
    variants: Vec<(String, Vec<Section>)>,
}

fn load_banks(fixtures: &Path) -> Vec<RuleBank> {
    let heading = Regex::new(r"^#*\s*\d+\.\s+(.+)$").unwrap();
    let clause = Regex::new(r"^\d+\.\d+\s+(.+)$").unwrap();
    let mut dirs: Vec<PathBuf> = fs::read_dir(fixtures)
        .expect("fixtures/clauses")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    // Clauses of the "absent" fixtures are boilerplate every fixture shares.
    let mut boiler: HashSet<String> = HashSet::new();
    let mut parsed = Vec::new();
    for dir in &dirs {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
            .collect();
        files.sort();
        let mut per_file = Vec::new();
        for f in files {
            let name = f.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&f).unwrap().replace("**", "");
            let mut sections: Vec<(String, Vec<String>)> = Vec::new();
            for line in text.lines().map(str::trim) {
                if let Some(c) = clause.captures(line) {
                    if let Some(last) = sections.last_mut() {
                        last.1.push(c[1].to_string());
                    }
                } else if let Some(h) = heading.captures(line) {
                    sections.push((h[1].trim().to_uppercase(), Vec::new()));
                }
            }
            if name.starts_with("absent") {
                boiler.extend(sections.iter().flat_map(|s| s.1.iter().cloned()));
            }
            per_file.push((name, sections));
        }
        parsed.push(per_file);
    }
    parsed
        .into_iter()
        .map(|per_file| {
            let mut variants = Vec::new();
            for (name, sections) in per_file {
                let prefix = name.split('-').next().unwrap_or("").to_string();
                let kept: Vec<_> = sections
                    .into_iter()
                    .filter(|(_, c)| !c.is_empty() && c.iter().any(|c| !boiler.contains(c)))
                    .collect();
                if !kept.is_empty() && prefix != "absent" {
                    variants.push((prefix, kept));
                }
            }
            RuleBank { variants }
        })
        .collect()
}

const PROVIDER_TERMS: [&str; 4] = ["Supplier", "Contractor", "Provider", "Service Provider"];
const AUTHORITY_TERMS: [&str; 4] = ["Authority", "Council", "Buyer", "Commissioner"];
const PROVIDER_STEMS: [&str; 24] = [
    "Oakfield",
    "Northgate",
    "Riverside",
    "Greenway",
    "Harbour",
    "Apex",
    "Brightway",
    "Meridian",
    "Kestrel",
    "Lantern",
    "Summit",
    "Willow",
    "Beacon",
    "Cedar",
    "Horizon",
    "Ashdown",
    "Fairhaven",
    "Millbrook",
    "Stonebridge",
    "Thornbury",
    "Westfield",
    "Evergreen",
    "Silverline",
    "Orchard",
];
const PROVIDER_TRADES: [&str; 12] = [
    "Support Services",
    "Care Partners",
    "Community Health",
    "Facilities Management",
    "Digital Services",
    "Youth Trust",
    "Home Care",
    "Learning Partners",
    "Transport",
    "Housing Support",
    "Wellbeing",
    "Advocacy Services",
];
const PROVIDER_FORMS: [&str; 5] = ["Ltd", "Limited", "CIC", "LLP", "plc"];
const AUTHORITIES: [&str; 12] = [
    "Westshire County Council",
    "Eastborough Borough Council",
    "Southmoor Integrated Care Board",
    "Northdale District Council",
    "Department for Transport",
    "Lakeside City Council",
    "Highfield Metropolitan Borough Council",
    "Example Fire and Rescue Service",
    "Crown Commercial Service",
    "Kingsmere Council",
    "Valleyside NHS Foundation Trust",
    "Marsh County Council",
];
const SERVICES: [&str; 10] = [
    "domiciliary care",
    "community mental health support",
    "facilities management",
    "youth outreach",
    "digital platform support",
    "supported housing",
    "patient transport",
    "adult learning",
    "advocacy",
    "waste collection",
];
const SECTION_TITLES: [&str; 40] = [
    "SERVICE DELIVERY",
    "STAFFING",
    "DATA PROTECTION",
    "INTELLECTUAL PROPERTY",
    "LIABILITY",
    "FORCE MAJEURE",
    "DISPUTE RESOLUTION",
    "PERFORMANCE MONITORING",
    "CHANGE CONTROL",
    "STAFF TRANSFER",
    "SAFEGUARDING",
    "HEALTH AND SAFETY",
    "BUSINESS CONTINUITY",
    "EQUALITY AND DIVERSITY",
    "ASSIGNMENT AND SUB-CONTRACTING",
    "NOTICES",
    "VARIATION",
    "CONFIDENTIALITY",
    "INSURANCE",
    "CHARGES AND PAYMENT",
    "INVOICING",
    "PREMISES AND EQUIPMENT",
    "QUALITY ASSURANCE",
    "CONTRACT MANAGEMENT",
    "RECORDS",
    "SECURITY",
    "ENVIRONMENTAL REQUIREMENTS",
    "SOCIAL VALUE",
    "INFORMATION GOVERNANCE",
    "MOBILISATION",
    "EXIT MANAGEMENT",
    "TERMINATION",
    "CONSEQUENCES OF TERMINATION",
    "WARRANTIES",
    "INDEMNITIES",
    "THIRD PARTY RIGHTS",
    "ENTIRE AGREEMENT",
    "SEVERANCE",
    "COUNTERPARTS",
    "GOVERNING LAW AND JURISDICTION",
];
const SUBJECTS: [&str; 8] = [
    "The {P}",
    "The {P}",
    "The {A}",
    "Each Party",
    "The {P} Staff",
    "The Parties",
    "The {P}",
    "Neither Party",
];
const VERBS: [&str; 20] = [
    "shall provide",
    "shall maintain",
    "shall keep",
    "shall deliver",
    "shall supply",
    "shall make available",
    "shall prepare and submit",
    "shall implement",
    "shall review",
    "shall update",
    "will provide",
    "must ensure the accuracy of",
    "shall not unreasonably withhold",
    "shall use",
    "shall retain",
    "shall procure",
    "shall give written notice of",
    "shall agree in writing",
    "shall record",
    "shall co-operate in respect of",
];
const OBJECTS: [&str; 24] = [
    "the Services in accordance with the Specification and the Method Statement",
    "accurate records of all Service Users supported under this Contract",
    "a business continuity plan covering the loss of premises, systems and key personnel",
    "all Equipment in good repair and working order",
    "the mobilisation plan set out in Schedule 4",
    "a monthly performance report against each Key Performance Indicator",
    "invoices in the form set out in Schedule 2 (Pricing)",
    "such information as is reasonably required to verify the Charges",
    "a risk register for the delivery of the Services",
    "the exit plan no later than three months before the Expiry Date",
    "appropriate technical and organisational measures to protect Personal Data",
    "adequate insurance cover with a reputable insurer",
    "the premises in a clean, safe and secure condition",
    "any Variation proposed under the Change Control Procedure",
    "the Service Levels at all times during the Contract Period",
    "sufficient numbers of suitably qualified and experienced staff",
    "any Default that has occurred or is likely to occur",
    "an up-to-date list of the locations from which the Services are provided",
    "copies of all policies and procedures relevant to the Services",
    "a named contract manager with authority to act on its behalf",
    "all consents, licences and permissions required to deliver the Services",
    "the Authority Data in accordance with the Data Protection Legislation",
    "the transition of the Services to any Replacement Supplier",
    "its obligations under this Contract at its own cost",
];
const TAILS: [&str; 16] = [
    "",
    "",
    "",
    " within ten Working Days of a written request",
    " in accordance with Good Industry Practice",
    " throughout the Contract Period",
    " at no additional cost to the {A}",
    " as set out in Schedule 1 (Specification)",
    " and shall notify the {A} of any material change",
    " to the reasonable satisfaction of the {A}",
    " save as otherwise agreed in writing",
    " on each anniversary of the Commencement Date",
    ", subject to clause {N}",
    " in a format agreed with the {A}",
    " for a period of not less than six years after the Expiry Date",
    " unless the {A} directs otherwise",
];
const EXTRA: [&str; 12] = [
    "Any failure to do so shall be treated as a Default.",
    "The {A} may request further information at any time.",
    "This obligation survives the expiry or termination of this Contract.",
    "The costs of compliance are included in the Charges.",
    "Nothing in this clause limits the {A}'s other rights and remedies.",
    "Where the Parties cannot agree, the matter shall be referred to the Dispute Resolution Procedure.",
    "The {P} shall bear its own costs in this respect.",
    "Time shall be of the essence for this purpose.",
    "Such records shall be made available for inspection on reasonable notice.",
    "The {A}'s approval shall not relieve the {P} of any of its obligations.",
    "The {P} acknowledges that the {A} relies on the accuracy of this information.",
    "References to days in this clause are to Working Days.",
];
const DEFINED: [&str; 30] = [
    "Charges",
    "Commencement Date",
    "Contract Period",
    "Default",
    "Expiry Date",
    "Key Personnel",
    "Method Statement",
    "Personal Data",
    "Premises",
    "Service Levels",
    "Service Users",
    "Specification",
    "Working Day",
    "Change Control Procedure",
    "Dispute Resolution Procedure",
    "Exit Plan",
    "Good Industry Practice",
    "Equipment",
    "Law",
    "Replacement Supplier",
    "Authority Data",
    "Contract Year",
    "Key Performance Indicator",
    "Mobilisation Period",
    "Business Continuity Plan",
    "Insolvency Event",
    "Variation",
    "Confidential Information",
    "Intellectual Property Rights",
    "Service Credits",
];

fn fill(template: &str, p: &str, a: &str, rng: &mut Rng) -> String {
    template
        .replace("{P}", p)
        .replace("{A}", a)
        .replace("{N}", &format!("{}.{}", rng.range(3, 40), rng.range(1, 9)))
}

fn sentence(rng: &mut Rng, p: &str, a: &str) -> String {
    let mut s = format!(
        "{} {} {}{}.",
        rng.pick(&SUBJECTS),
        rng.pick(&VERBS),
        rng.pick(&OBJECTS),
        rng.pick(&TAILS)
    );
    if rng.chance(0.45) {
        s.push(' ');
        let extra = EXTRA[rng.below(EXTRA.len())];
        s.push_str(extra);
    }
    if rng.chance(0.25) {
        s.push(' ');
        s.push_str(&format!(
            "{} {} {}{}.",
            rng.pick(&SUBJECTS),
            rng.pick(&VERBS),
            rng.pick(&OBJECTS),
            rng.pick(&TAILS)
        ));
    }
    fill(&s, p, a, rng)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

struct Contract {
    provider: String,
    items: Vec<Item>,
}

fn contract(rng: &mut Rng, banks: &[RuleBank], id: usize) -> Contract {
    let p = *rng.pick(&PROVIDER_TERMS);
    let a = *rng.pick(&AUTHORITY_TERMS);
    let provider = format!(
        "{} {} {}",
        rng.pick(&PROVIDER_STEMS),
        rng.pick(&PROVIDER_TRADES),
        rng.pick(&PROVIDER_FORMS)
    );
    let authority = *rng.pick(&AUTHORITIES);
    let service = *rng.pick(&SERVICES);
    let target = rng.range(8_000, 25_000);
    let mut items = vec![
        Item::Title(format!("CONTRACT FOR {}", service.to_uppercase())),
        Item::Plain(format!("Contract reference: C-{:05}", id)),
        Item::Plain(format!(
            "THIS CONTRACT is made on {} {} 2025 BETWEEN (1) {} (the \"{a}\") and (2) {} \
             (company number {:08}) of {} Business Park, Unit {} (the \"{p}\").",
            rng.range(1, 28),
            rng.pick(&["January", "March", "April", "June", "September", "October"]),
            authority.to_uppercase(),
            provider.to_uppercase(),
            rng.range(1_000_000, 14_000_000),
            rng.pick(&PROVIDER_STEMS),
            rng.range(1, 90),
        )),
        Item::Plain(format!(
            "The {a} wishes to procure {service} services and the {p} has agreed to provide \
             them on the terms of this Contract."
        )),
        Item::Heading("DEFINITIONS AND INTERPRETATION".into()),
    ];
    for term in DEFINED.iter().take(rng.range(15, DEFINED.len())) {
        items.push(Item::Clause(fill(
            &format!(
                "\"{term}\" means {}",
                rng.pick(&[
                    "the meaning given to it in Schedule 1 (Specification);",
                    "any of the items so described in the Specification, as varied from time to time;",
                    "the period agreed between the Parties in writing and recorded by the {A};",
                    "the date set out in the Order Form, or such other date as the Parties agree;",
                    "any sums payable by the {A} to the {P} under this Contract, excluding VAT;",
                ])
            ),
            p,
            a,
            rng,
        )));
    }
    // Rule sections: one per rule, or none where the rule is absent from this contract.
    let mut ethics: Vec<Vec<Item>> = Vec::new();
    let party = Regex::new(
        r"\b(Supplier|Contractor|Service Provider|Provider|Grantee|Consultant)\b|\b(Authority|Council|Buyer|Funder|Customer|Commissioner)\b",
    )
    .unwrap();
    for bank in banks {
        let mut roll = rng.unit();
        let mut want = "absent";
        for (name, share) in VARIANTS {
            if roll < share {
                want = name;
                break;
            }
            roll -= share;
        }
        let options: Vec<_> = bank.variants.iter().filter(|(v, _)| v == want).collect();
        if want == "absent" || options.is_empty() {
            continue;
        }
        let (_, sections) = rng.pick(&options);
        for (title, clauses) in sections.iter() {
            let mut section = vec![Item::Heading(title.clone())];
            for c in clauses {
                let text = party.replace_all(c, |cap: &regex::Captures| {
                    if cap.get(1).is_some() {
                        p.to_string()
                    } else {
                        a.to_string()
                    }
                });
                section.push(Item::Clause(text.into_owned()));
                if rng.chance(0.3) {
                    section.push(Item::Clause(sentence(rng, p, a)));
                }
            }
            ethics.push(section);
        }
    }
    // Filler sections until the word target, then schedules.
    let mut body: Vec<Vec<Item>> = Vec::new();
    let mut count: usize = items.iter().map(item_words).sum();
    let body_target = target * 3 / 4;
    while count < body_target {
        let mut section = vec![Item::Heading(rng.pick(&SECTION_TITLES).to_string())];
        for _ in 0..rng.range(4, 14) {
            let s = sentence(rng, p, a);
            count += words(&s);
            section.push(Item::Clause(s));
        }
        body.push(section);
    }
    for section in ethics {
        let at = rng.below(body.len() + 1);
        body.insert(at, section);
    }
    items.extend(body.into_iter().flatten());
    let mut schedule = 1;
    while count < target {
        match schedule % 3 {
            1 => {
                items.push(Item::Schedule(format!(
                    "SCHEDULE {schedule} - KEY PERFORMANCE INDICATORS"
                )));
                let mut rows = vec![vec![
                    "KPI".to_string(),
                    "Measure".to_string(),
                    "Target".to_string(),
                    "Reporting".to_string(),
                ]];
                for k in 1..=rng.range(8, 20) {
                    let row = vec![
                        format!("KPI {k}"),
                        rng.pick(&[
                            "Visits delivered on time",
                            "Service Users with a current care plan",
                            "Staff with current DBS checks",
                            "Invoices submitted accurately",
                            "Calls answered within 30 seconds",
                            "Repairs completed within target time",
                        ])
                        .to_string(),
                        format!("{}%", rng.range(85, 100)),
                        rng.pick(&["Monthly", "Quarterly", "Annually"]).to_string(),
                    ];
                    count += row.iter().map(|c| words(c)).sum::<usize>();
                    rows.push(row);
                }
                items.push(Item::Table(rows));
            }
            2 => {
                items.push(Item::Schedule(format!("SCHEDULE {schedule} - PRICING")));
                let mut rows = vec![vec![
                    "Item".to_string(),
                    "Unit".to_string(),
                    "Price (£)".to_string(),
                ]];
                for i in 1..=rng.range(6, 16) {
                    rows.push(vec![
                        format!("Service line {i}"),
                        rng.pick(&["per hour", "per visit", "per month", "per Service User"])
                            .to_string(),
                        format!("{}.{:02}", rng.range(10, 900), rng.below(100)),
                    ]);
                    count += 8;
                }
                items.push(Item::Table(rows));
            }
            _ => {
                items.push(Item::Schedule(format!(
                    "SCHEDULE {schedule} - SPECIFICATION"
                )));
                for _ in 0..rng.range(20, 60) {
                    let s = sentence(rng, p, a);
                    count += words(&s);
                    items.push(Item::Plain(s));
                }
            }
        }
        schedule += 1;
    }
    Contract { provider, items }
}

fn item_words(item: &Item) -> usize {
    match item {
        Item::Title(s)
        | Item::Plain(s)
        | Item::Heading(s)
        | Item::Clause(s)
        | Item::Schedule(s) => words(s),
        Item::Table(rows) => rows.iter().flatten().map(|c| words(c)).sum(),
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Run properties as Word writes them on every run of a contract drafted in Arial 11pt.
const RPR: &str = "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr>";
const RPR_BOLD: &str = "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:b/><w:bCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr>";

/// Word runs, marked up the way Word saves a document edited over time: every run carries
/// its full properties and an editing-session id (`w:rsidR`), text is split into runs of a
/// few words where edits happened, and quoted defined terms are bold runs of their own. This
/// is what makes real `document.xml` parts 60 to 100 bytes per word, and the decompress
/// baseline of the benchmark is only honest on markup of that density.
fn runs(text: &str, out: &mut String, rng: &mut Rng) {
    let mut rest = text;
    let mut bold = false;
    while !rest.is_empty() {
        let (piece, next) = match rest.find('"') {
            Some(0) => (&rest[..1], &rest[1..]),
            Some(q) => (&rest[..q], &rest[q..]),
            None => (rest, ""),
        };
        if piece == "\"" {
            let _ = write!(
                out,
                "<w:r w:rsidR=\"{:08X}\">{RPR}<w:t>&quot;</w:t></w:r>",
                rng.next() as u32
            );
            bold = !bold;
        } else {
            // Split plain text at word boundaries into runs of 3 to 14 words.
            let mut chunk_start = 0;
            let mut n = 0;
            let mut limit = rng.range(3, 14);
            let bytes = piece.as_bytes();
            for (i, &b) in bytes.iter().enumerate() {
                if b == b' ' {
                    n += 1;
                    if n >= limit {
                        run(out, &piece[chunk_start..=i], bold, rng);
                        chunk_start = i + 1;
                        n = 0;
                        limit = rng.range(3, 14);
                    }
                }
            }
            if chunk_start < piece.len() {
                run(out, &piece[chunk_start..], bold, rng);
            }
        }
        rest = next;
    }
}

fn run(out: &mut String, text: &str, bold: bool, rng: &mut Rng) {
    let _ = write!(
        out,
        "<w:r w:rsidR=\"{:08X}\">{}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        rng.next() as u32 & 0x00FF_FFFF,
        if bold { RPR_BOLD } else { RPR },
        esc(text)
    );
    if rng.chance(0.02) {
        out.push_str("<w:proofErr w:type=\"spellStart\"/><w:proofErr w:type=\"spellEnd\"/>");
    }
}

fn para_open(out: &mut String, style: Option<&str>, rng: &mut Rng) {
    let _ = write!(
        out,
        "<w:p w:rsidR=\"{:08X}\" w:rsidRDefault=\"00A31F2C\" w:rsidP=\"{:08X}\"><w:pPr>",
        rng.next() as u32 & 0x00FF_FFFF,
        rng.next() as u32 & 0x00FF_FFFF
    );
    if let Some(style) = style {
        let _ = write!(out, "<w:pStyle w:val=\"{style}\"/>");
    }
    out.push_str(
        "<w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/>",
    );
    out.push_str(RPR);
    out.push_str("</w:pPr>");
}

const DOCX_STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ScheduleHeading"><w:name w:val="Schedule Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr><w:pageBreakBefore/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ClauseText"><w:name w:val="Clause Text"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="720"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"#;

const DOCX_NUMBERING: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="ClauseText"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"#;

const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

fn docx(items: &[Item], rng: &mut Rng) -> Vec<u8> {
    let mut body = String::with_capacity(1 << 20);
    let _ = write!(
        body,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document {W_NS}><w:body>"
    );
    for item in items {
        match item {
            Item::Title(t) => {
                para_open(&mut body, Some("Title"), rng);
                runs(t, &mut body, rng);
                body.push_str("</w:p>");
            }
            Item::Plain(t) => {
                para_open(&mut body, None, rng);
                runs(t, &mut body, rng);
                body.push_str("</w:p>");
            }
            Item::Heading(t) => {
                para_open(&mut body, Some("Heading1"), rng);
                runs(t, &mut body, rng);
                body.push_str("</w:p>");
            }
            Item::Clause(t) => {
                para_open(&mut body, Some("ClauseText"), rng);
                runs(t, &mut body, rng);
                body.push_str("</w:p>");
            }
            Item::Schedule(t) => {
                para_open(&mut body, Some("ScheduleHeading"), rng);
                runs(t, &mut body, rng);
                body.push_str("</w:p>");
            }
            Item::Table(rows) => {
                body.push_str("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
                for _ in &rows[0] {
                    body.push_str("<w:gridCol w:w=\"2400\"/>");
                }
                body.push_str("</w:tblGrid>");
                for (i, row) in rows.iter().enumerate() {
                    body.push_str("<w:tr>");
                    if i == 0 {
                        body.push_str("<w:trPr><w:tblHeader/></w:trPr>");
                    }
                    for cell in row {
                        body.push_str(
                            "<w:tc><w:tcPr><w:tcW w:w=\"2400\" w:type=\"dxa\"/></w:tcPr>",
                        );
                        para_open(&mut body, None, rng);
                        runs(cell, &mut body, rng);
                        body.push_str("</w:p></w:tc>");
                    }
                    body.push_str("</w:tr>");
                }
                body.push_str("</w:tbl><w:p/>");
            }
        }
    }
    body.push_str("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr></w:body></w:document>");
    let parts: [(&str, &str); 7] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#,
        ),
        (
            "word/_rels/document.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#,
        ),
        ("word/document.xml", &body),
        ("word/styles.xml", DOCX_STYLES),
        ("word/numbering.xml", DOCX_NUMBERING),
        (
            "docProps/core.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Contract</dc:title><dc:creator>probity gen_corpus</dc:creator></cp:coreProperties>"#,
        ),
    ];
    zip_parts(&parts, None)
}

/// A zip with fixed timestamps (deterministic bytes). `first_stored` is written uncompressed
/// first, as ODF requires of `mimetype`.
fn zip_parts(parts: &[(&str, &str)], first_stored: Option<(&str, &str)>) -> Vec<u8> {
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let fixed = zip::DateTime::from_date_and_time(2025, 1, 1, 0, 0, 0).unwrap();
    if let Some((name, text)) = first_stored {
        let o = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .last_modified_time(fixed);
        zip.start_file(name, o).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    let o = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(fixed);
    for (name, text) in parts {
        zip.start_file(*name, o).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn odt(items: &[Item]) -> Vec<u8> {
    let mut c = String::with_capacity(1 << 20);
    c.push_str(r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:body><office:text>"#);
    let (mut h, mut n) = (0, 0);
    for item in items {
        match item {
            Item::Title(t) => {
                let _ = write!(c, "<text:p text:style-name=\"Title\">{}</text:p>", esc(t));
            }
            Item::Plain(t) => {
                let _ = write!(
                    c,
                    "<text:p text:style-name=\"Text_20_body\">{}</text:p>",
                    esc(t)
                );
            }
            Item::Heading(t) => {
                h += 1;
                n = 0;
                let _ = write!(
                    c,
                    "<text:h text:outline-level=\"1\">{h}. {}</text:h>",
                    esc(t)
                );
            }
            Item::Schedule(t) => {
                let _ = write!(c, "<text:h text:outline-level=\"1\">{}</text:h>", esc(t));
            }
            Item::Clause(t) => {
                n += 1;
                let _ = write!(
                    c,
                    "<text:p text:style-name=\"Text_20_body\">{h}.{n} {}</text:p>",
                    esc(t)
                );
            }
            Item::Table(rows) => {
                c.push_str("<table:table table:name=\"Table\">");
                for row in rows {
                    c.push_str("<table:table-row>");
                    for cell in row {
                        let _ = write!(
                            c,
                            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                            esc(cell)
                        );
                    }
                    c.push_str("</table:table-row>");
                }
                c.push_str("</table:table>");
            }
        }
    }
    c.push_str("</office:text></office:body></office:document-content>");
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_parts(
        &[("content.xml", &c), ("META-INF/manifest.xml", manifest)],
        Some(("mimetype", "application/vnd.oasis.opendocument.text")),
    )
}

fn text(items: &[Item]) -> String {
    let mut out = String::new();
    let (mut h, mut n) = (0, 0);
    for item in items {
        match item {
            Item::Title(t) | Item::Plain(t) | Item::Schedule(t) => {
                let _ = writeln!(out, "{t}\n");
            }
            Item::Heading(t) => {
                h += 1;
                n = 0;
                let _ = writeln!(out, "{h}. {t}\n");
            }
            Item::Clause(t) => {
                n += 1;
                let _ = writeln!(out, "{h}.{n} {t}\n");
            }
            Item::Table(rows) => {
                for row in rows {
                    let _ = writeln!(out, "{}", row.join("\t"));
                }
                out.push('\n');
            }
        }
    }
    out
}

/// A minimal but valid XLSX (inline strings, one sheet), so the generator needs no writer crate.
fn xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let mut s = String::with_capacity(rows.len() * 400);
    s.push_str(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
    );
    for (r, row) in rows.iter().enumerate() {
        let _ = write!(s, "<row r=\"{}\">", r + 1);
        for (c, cell) in row.iter().enumerate() {
            let col = (b'A' + c as u8) as char;
            if r > 0 && !cell.is_empty() && cell.parse::<f64>().is_ok() {
                let _ = write!(s, "<c r=\"{col}{}\"><v>{cell}</v></c>", r + 1);
            } else {
                let _ = write!(
                    s,
                    "<c r=\"{col}{}\" t=\"inlineStr\"><is><t>{}</t></is></c>",
                    r + 1,
                    esc(cell)
                );
            }
        }
        s.push_str("</row>");
    }
    s.push_str("</sheetData></worksheet>");
    zip_parts(
        &[
            (
                "[Content_Types].xml",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
            ),
            (
                "_rels/.rels",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
            ),
            (
                "xl/workbook.xml",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
            ),
            (
                "xl/_rels/workbook.xml.rels",
                r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
            ),
            ("xl/worksheets/sheet1.xml", &s),
        ],
        None,
    )
}

fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::with_capacity(rows.len() * 200);
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if c.contains([',', '"', '\n']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

fn date(rng: &mut Rng, year_lo: i32, year_hi: i32) -> (i32, u32, u32) {
    (
        year_lo + rng.below((year_hi - year_lo + 1) as usize) as i32,
        rng.range(1, 12) as u32,
        rng.range(1, 28) as u32,
    )
}

fn iso((y, m, d): (i32, u32, u32)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn later((y, m, d): (i32, u32, u32), days: u32) -> (i32, u32, u32) {
    // Month arithmetic on a 28-day month is enough for plausible, ordered dates.
    let total = d + days;
    let (m2, d2) = (m + (total - 1) / 28, (total - 1) % 28 + 1);
    (y + ((m2 - 1) / 12) as i32, (m2 - 1) % 12 + 1, d2)
}

const FIRST: [&str; 16] = [
    "Alex", "Sam", "Priya", "Tom", "Aisha", "Daniel", "Grace", "Mohammed", "Sophie", "James",
    "Olivia", "Kwame", "Hannah", "Liam", "Zara", "Owen",
];
const LAST: [&str; 16] = [
    "Smith", "Patel", "Jones", "Khan", "Williams", "Brown", "Taylor", "Evans", "Wilson", "Ahmed",
    "Roberts", "Walker", "Wright", "Thompson", "Hughes", "Green",
];

/// Declarations of interests register, headers per rule catalogue §4.2.
fn declarations(rng: &mut Rng, n: usize, providers: &[String]) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "Name",
        "Position",
        "Type of interest",
        "Description",
        "Organisation",
        "Provider",
        "Date declared",
        "Date from",
        "Date to",
        "Action taken",
        "Value",
    ]
    .map(String::from)
    .to_vec()];
    for _ in 0..n {
        let kind = *rng.pick(&[
            "Financial",
            "Non-financial professional",
            "Non-financial personal",
            "Indirect",
            "Gift",
            "Hospitality",
            "Outside employment",
            "Shareholdings",
            "Nil return",
        ]);
        let from = date(rng, 2019, 2025);
        let nil = kind == "Nil return";
        let gift = kind == "Gift" || kind == "Hospitality";
        rows.push(vec![
            format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST)),
            rng.pick(&[
                "Director",
                "Service Manager",
                "Finance Lead",
                "Board Member",
                "Team Leader",
                "Commissioning Officer",
            ])
            .to_string(),
            kind.to_string(),
            if nil {
                "No declared interests".into()
            } else {
                rng.pick(&[
                    "Shareholding in a care provider",
                    "Spouse employed by supplier",
                    "Trustee of local charity",
                    "Dinner at annual conference",
                    "Bottle of wine at Christmas",
                    "Consultancy for a housing association",
                ])
                .to_string()
            },
            if nil {
                String::new()
            } else {
                providers[rng.below(providers.len())].clone()
            },
            providers[rng.below(providers.len())].clone(),
            iso(later(from, rng.range(0, 40) as u32)),
            iso(from),
            if rng.chance(0.3) {
                iso(later(from, 400))
            } else {
                String::new()
            },
            if rng.chance(0.6) {
                rng.pick(&[
                    "Excluded from decisions",
                    "Noted",
                    "Declined",
                    "Recorded in register",
                ])
                .to_string()
            } else {
                String::new()
            },
            if gift {
                format!("{}", rng.range(5, 400))
            } else {
                String::new()
            },
        ]);
    }
    rows
}

/// Complaints case log, headers per rule catalogue §4.3.
fn complaints(rng: &mut Rng, n: usize, providers: &[String]) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "Complaint ID",
        "Provider",
        "Date received",
        "Date acknowledged",
        "Date closed",
        "Outcome",
        "Channel",
        "Service",
        "Subject",
        "Action taken",
        "Referred to Ombudsman",
    ]
    .map(String::from)
    .to_vec()];
    for i in 0..n {
        let got = date(rng, 2023, 2025);
        let closed = rng.chance(0.85);
        rows.push(vec![
            format!("CMP-{:06}", i + 1),
            providers[rng.below(providers.len())].clone(),
            iso(got),
            iso(later(got, rng.range(0, 6) as u32)),
            if closed {
                iso(later(got, rng.range(3, 60) as u32))
            } else {
                String::new()
            },
            if closed {
                rng.pick(&["Upheld", "Partially upheld", "Not upheld"])
                    .to_string()
            } else {
                String::new()
            },
            rng.pick(&["Phone", "Email", "Letter", "In person", "Online form"])
                .to_string(),
            rng.pick(&SERVICES).to_string(),
            rng.pick(&[
                "Missed visit",
                "Staff attitude",
                "Communication",
                "Billing",
                "Quality of care",
                "Delay",
            ])
            .to_string(),
            if closed {
                rng.pick(&[
                    "Apology given",
                    "Staff retrained",
                    "Process changed",
                    "None",
                ])
                .to_string()
            } else {
                String::new()
            },
            rng.pick(&["N", "N", "N", "N", "Y"]).to_string(),
        ]);
    }
    rows
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut out, mut n, mut seed) = (None, 100usize, 20_251_123u64);
    let (mut registers, mut decl_rows, mut compl_rows) = (false, 0usize, 0usize);
    while let Some(a) = args.next() {
        let mut value = || args.next().expect("option needs a value");
        match a.as_str() {
            "--out" => out = Some(PathBuf::from(value())),
            "--contracts" => n = value().parse().expect("--contracts N"),
            "--seed" => seed = value().parse().expect("--seed S"),
            "--registers" => registers = true,
            "--declarations" => decl_rows = value().parse().expect("--declarations ROWS"),
            "--complaints" => compl_rows = value().parse().expect("--complaints ROWS"),
            _ => panic!("unknown option {a}; see the top of examples/gen_corpus.rs"),
        }
    }
    let out = out.expect("--out DIR");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let banks = load_banks(&root.join("fixtures/clauses"));
    let pdfs: Vec<Vec<u8>> = ["pdf-contract.pdf", "paged.pdf"]
        .iter()
        .map(|f| fs::read(root.join("fixtures/documents").join(f)).unwrap())
        .collect();
    let mut rng = Rng(seed);
    let contracts_dir = out.join("contracts");
    fs::create_dir_all(&contracts_dir).unwrap();
    let mut providers = Vec::new();
    let mut register = vec![[
        "Contract ref",
        "Title",
        "Supplier",
        "Start date",
        "End date",
        "Value",
        "File",
    ]
    .map(String::from)
    .to_vec()];
    let (mut total_words, mut by_format) = (0usize, [0usize; 4]);
    for i in 0..n {
        // Every contract's content comes from its own stream, so contract i is the same
        // whatever N is (a 2,000 corpus is the first tenth of a 20,000 one).
        let mut r = Rng(seed ^ (i as u64).wrapping_mul(0xA076_1D64_78BD_642F));
        let c = contract(&mut r, &banks, i);
        total_words += c.items.iter().map(item_words).sum::<usize>();
        // Spread files over folders of 500, as a real contract store would be.
        let dir = contracts_dir.join(format!("batch-{:03}", i / 500));
        fs::create_dir_all(&dir).unwrap();
        let roll = r.below(100);
        let (name, bytes, f) = if roll < 86 {
            (format!("C-{i:05}.docx"), docx(&c.items, &mut r), 0)
        } else if roll < 92 {
            (format!("C-{i:05}.odt"), odt(&c.items), 1)
        } else if roll < 97 {
            (format!("C-{i:05}.txt"), text(&c.items).into_bytes(), 2)
        } else {
            (format!("C-{i:05}.pdf"), pdfs[i % pdfs.len()].clone(), 3)
        };
        by_format[f] += 1;
        fs::write(dir.join(&name), bytes).unwrap();
        let start = date(&mut r, 2022, 2025);
        register.push(vec![
            format!("C-{i:05}"),
            "Contract for services".into(),
            c.provider.clone(),
            iso(start),
            iso(later(start, 3 * 365)),
            format!("{}", r.range(10_000, 2_000_000)),
            format!("batch-{:03}/{name}", i / 500),
        ]);
        providers.push(c.provider);
    }
    providers.sort();
    providers.dedup();
    if providers.is_empty() {
        providers.push("Oakfield Support Services Ltd".into());
    }
    if registers {
        let dir = out.join("registers");
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("contract-register.csv"), csv(&register)).unwrap();
        let d = declarations(&mut rng, 500, &providers);
        fs::write(dir.join("declarations.xlsx"), xlsx(&d)).unwrap();
        let c = complaints(&mut rng, 300, &providers);
        fs::write(dir.join("complaints-log.csv"), csv(&c)).unwrap();
    }
    if decl_rows > 0 || compl_rows > 0 {
        let dir = out.join("large");
        fs::create_dir_all(&dir).unwrap();
        if decl_rows > 0 {
            let d = declarations(&mut rng, decl_rows, &providers);
            fs::write(dir.join("declarations.xlsx"), xlsx(&d)).unwrap();
            fs::write(dir.join("declarations.csv"), csv(&d)).unwrap();
        }
        if compl_rows > 0 {
            let c = complaints(&mut rng, compl_rows, &providers);
            fs::write(dir.join("complaints-log.xlsx"), xlsx(&c)).unwrap();
            fs::write(dir.join("complaints-log.csv"), csv(&c)).unwrap();
        }
    }
    eprintln!(
        "wrote {n} contracts ({} docx, {} odt, {} txt, {} pdf; {} words on average) to {}",
        by_format[0],
        by_format[1],
        by_format[2],
        by_format[3],
        total_words / n.max(1),
        out.display()
    );
}
