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
    // A blank for the professional: no name, and never the company instead.
    (
        "cuad_SPORTHALEYINC_09_29_1997-EX-10.2-10-ENDORSEMENT AGREEMENT.txt",
        None,
        None,
    ),
    // "[your name here]" is a placeholder, and OpenGov ("we") is the client.
    ("opengov_work-for-hire_contract.md", None, Some("OpenGov Foundation")),
];

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
