//! The parties clause on real public contracts (`../shared/corpus/contracts`): who is the
//! provider, who the authority, which defined terms and which reference each states. The
//! expectations come from reading each contract; where a contract names no provider side
//! (a mutual NDA, a blank template), `None` is the right answer, not a guess.
//!
//! `cargo test --test parties_corpus -- --nocapture` prints what was found for every file.

use probity::normalise::parties::{find_parties, Parties};
use probity::read::{self, Content, Limits};
use std::path::{Path, PathBuf};

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/contracts");
    dir.is_dir().then_some(dir)
}

fn parties_of(file: &str) -> Option<Parties> {
    let path = corpus()?.join(file);
    match read::read_path(&path, &Limits::default()).1 {
        Ok(Content::Document(doc)) => Some(find_parties(&doc)),
        _ => None,
    }
}

fn provider(p: &Parties) -> Option<&str> {
    p.provider.as_ref().map(|p| p.name.as_str())
}

#[test]
fn print_every_contract() {
    let Some(dir) = corpus() else { return };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        match read::read_path(&path, &Limits::default()).1 {
            Ok(Content::Document(doc)) => {
                let p = find_parties(&doc);
                println!(
                    "{}\n    provider={:?} authority={:?} ref={:?} pterms={:?} aterms={:?}",
                    name.unwrap_or_default(),
                    provider(&p),
                    p.authority,
                    p.contract_ref,
                    p.provider_terms,
                    p.authority_terms
                );
            }
            Ok(_) => {}
            Err(e) => println!("{}\n    unreadable: {e}", name.unwrap_or_default()),
        }
    }
}

/// (file, provider, authority) as a reader of each contract would name them.
const EXPECTED: &[(&str, Option<&str>, Option<&str>)] = &[
    (
        "cuad_BELLRINGBRANDS,INC_02_07_2020-EX-10.18-MASTER SUPPLY AGREEMENT.txt",
        Some("Fonterra (USA) Inc"),
        Some("Premier Nutrition Company, LLC"),
    ),
    (
        "cuad_ADUROBIOTECH,INC_06_02_2020-EX-10.7-CONSULTING AGREEMENT.txt",
        Some("Ireya B.V"),
        None,
    ),
    (
        "cuad_EMERALDHEALTHTHERAPEUTICSINC_06_10_2020-EX-4.5-CONSULTING AGREEMENT - DR. GAETANO MORELLO N.D. INC..txt",
        Some("Dr. Gaetano Morello N.D. Inc"),
        None,
    ),
    (
        "cuad_GIGGLESN_HUGS,INC_06_23_2016-EX-10.2-STRATEGIC ALLIANCE AGREEMENT.txt",
        Some("Kiddo, Inc"),
        None,
    ),
    (
        "cuad_HfEnterprisesInc_20191223_S-1_EX-10.22_11931299_EX-10.22_Development Agreement.txt",
        Some("HotApp International Ltd"),
        None,
    ),
    (
        "cuad_LIMEENERGYCO_09_09_1999-EX-10-DISTRIBUTOR AGREEMENT.txt",
        Some("Electric City of Illinois LLC"),
        None,
    ),
    (
        "cuad_WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING AGREEMENT.txt",
        Some("eGain Communications Corporation"),
        Some("Eliance Corporation"),
    ),
    (
        "cuad_EMERALDHEALTHTHERAPEUTICSINC_06_10_2020-EX-4.5-CONSULTING AGREEMENT - DR. GAETANO MORELLO N.D. INC..txt",
        Some("Dr. Gaetano Morello N.D. Inc"),
        Some("Emerald Health Naturals, Inc"),
    ),
    // Party B is "[•]": the service provider is Party A.
    (
        "cuad_RISEEDUCATIONCAYMANLTD_04_17_2020-EX-4.23-SERVICE AGREEMENT.txt",
        Some("Rise (Tianjin) Education Information Consulting Co., Ltd"),
        None,
    ),
    // An employment agreement: "Company" and "Employee" say nothing of a provider.
    (
        "cuad_BICYCLETHERAPEUTICSPLC_03_10_2020-EX-10.11-SERVICE AGREEMENT.txt",
        None,
        None,
    ),
    // "PivX" and "Detto": neither name nor term tells the sides.
    (
        "cuad_ADIANUTRITION,INC_04_01_2005-EX-10.D2-RESELLER AGREEMENT.txt",
        None,
        None,
    ),
    // Framework templates: "SUPPLIER" over the framework's title is no name.
    ("ccs-prototype_Call_Off_Order_Form.docx", None, None),
    ("ccs-fm2017_Framework_Award_Form_v.1.4.docx", None, None),
    // A blank for the professional: no name, and never the company instead.
    (
        "cuad_SPORTHALEYINC_09_29_1997-EX-10.2-10-ENDORSEMENT AGREEMENT.txt",
        None,
        None,
    ),
    // "[your name here]" is a placeholder, and OpenGov ("we") is the client.
    ("opengov_work-for-hire_contract.md", None, Some("OpenGov Foundation")),
];

/// Framework templates state the framework's number, which must not tie them into one
/// contract with every other call-off.
#[test]
fn framework_numbers_are_framework_references() {
    let Some(p) = parties_of("ccs-fm2017_Call-Off_Schedule_10_O_-_KPIs_v.1.4.docx") else {
        return;
    };
    if p.contract_ref.is_some() {
        assert!(p.reference_is_framework(), "{:?}", p.contract_ref);
    }
}

/// Every text and Markdown contract reads into clean blocks: no markup left, no control
/// characters, and numbered clauses keep their numbers.
#[test]
fn text_and_markdown_contracts_read_clean() {
    let Some(dir) = corpus() else { return };
    let mut numbered = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
        if !matches!(ext.as_deref(), Some("txt" | "md")) {
            continue;
        }
        let Ok(Content::Document(doc)) = read::read_path(&path, &Limits::default()).1 else {
            panic!("{} did not read as a document", path.display());
        };
        assert!(!doc.blocks.is_empty(), "{}", path.display());
        for b in &doc.blocks {
            assert!(!b.text.chars().any(char::is_control), "{}", path.display());
            if ext.as_deref() == Some("md") {
                assert!(
                    !b.text.contains("<span") && !b.text.contains("**"),
                    "{}: {}",
                    path.display(),
                    b.text
                );
            }
        }
        numbered += doc.blocks.iter().filter(|b| b.number.is_some()).count();
    }
    assert!(
        numbered > 100,
        "only {numbered} numbered blocks in the corpus"
    );
}

#[test]
fn providers_of_real_contracts() {
    if corpus().is_none() {
        return;
    }
    let mut wrong = Vec::new();
    for (file, want_provider, want_authority) in EXPECTED {
        let Some(p) = parties_of(file) else {
            wrong.push(format!("{file}: unreadable"));
            continue;
        };
        if provider(&p) != *want_provider {
            wrong.push(format!(
                "{file}: provider {:?}, expected {want_provider:?}",
                provider(&p)
            ));
        }
        if want_authority.is_some() && p.authority.as_deref() != *want_authority {
            wrong.push(format!(
                "{file}: authority {:?}, expected {want_authority:?}",
                p.authority
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
