//! Runs every clause-rule fixture under `fixtures/clauses/<RULE>/` through the library's read,
//! normalise and evaluate stages and checks the verdict stored beside it in `<case>.expected`
//! (`satisfied`, `weak` or `missing` for the folder's rule; further lines `RULE verdict`).
//! Every mismatch is listed, not just the first, with per-rule precision and recall of gap
//! findings (a gap is `weak` or `missing`).

use probity::evaluate::{evaluate_read_document, CompiledPack};
use probity::model::Verdict;
use probity::read::{read_bytes, Content, Limits};
use probity::rules::RulePack;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn verdict_of(word: &str) -> Verdict {
    match word {
        "satisfied" => Verdict::Satisfied,
        "weak" => Verdict::Weak,
        "missing" => Verdict::Missing,
        other => panic!("unknown verdict `{other}` in an .expected file"),
    }
}

fn evaluate(path: &Path, pack: &CompiledPack) -> BTreeMap<String, Verdict> {
    let bytes = fs::read(path).unwrap();
    let (_, content) = read_bytes(&bytes, path, &Limits::default()).unwrap();
    let Content::Document(doc) = content else {
        panic!("{} is not a document", path.display())
    };
    evaluate_read_document(pack, &doc, &path.display().to_string())
        .into_iter()
        .map(|o| (o.rule.to_string(), o.verdict))
        .collect()
}

#[derive(Default)]
struct Tally {
    true_gap: u32,
    false_gap: u32,
    missed_gap: u32,
    cases: u32,
}

#[test]
fn every_clause_fixture_gets_its_expected_verdict() {
    let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
    let root = Path::new("fixtures/clauses");
    let mut failures = Vec::new();
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut folders: Vec<_> = fs::read_dir(root)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    folders.sort();
    for folder in folders {
        let rule = folder.file_name().unwrap().to_string_lossy().into_owned();
        let mut cases: Vec<_> = fs::read_dir(&folder)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "expected"))
            .collect();
        cases.sort();
        for expected_path in cases {
            let doc = ["txt", "md", "docx", "odt", "pdf"]
                .iter()
                .map(|ext| expected_path.with_extension(ext))
                .find(|p| p.exists())
                .unwrap_or_else(|| panic!("no document beside {}", expected_path.display()));
            let got = evaluate(&doc, &pack);
            let expected = fs::read_to_string(&expected_path).unwrap();
            for (i, line) in expected
                .lines()
                .filter(|l| !l.trim().is_empty())
                .enumerate()
            {
                let words: Vec<&str> = line.split_whitespace().collect();
                let (id, want) = match (i, words.as_slice()) {
                    (0, [v]) => (rule.clone(), verdict_of(v)),
                    (_, [id, v]) => (id.to_string(), verdict_of(v)),
                    _ => panic!("{}: bad line `{line}`", expected_path.display()),
                };
                let have = *got
                    .get(&id)
                    .unwrap_or_else(|| panic!("rule {id} is not in the pack"));
                let tally = tallies.entry(id.clone()).or_default();
                tally.cases += 1;
                let (want_gap, have_gap) = (want != Verdict::Satisfied, have != Verdict::Satisfied);
                match (want_gap, have_gap) {
                    (true, true) => tally.true_gap += 1,
                    (false, true) => tally.false_gap += 1,
                    (true, false) => tally.missed_gap += 1,
                    (false, false) => {}
                }
                if have != want {
                    failures.push(format!(
                        "{}: {id} expected {want:?}, got {have:?}",
                        doc.display()
                    ));
                }
            }
        }
    }
    eprintln!("rule     cases  gap-precision  gap-recall");
    for (rule, t) in &tallies {
        let precision = f64::from(t.true_gap) / f64::from((t.true_gap + t.false_gap).max(1));
        let recall = f64::from(t.true_gap) / f64::from((t.true_gap + t.missed_gap).max(1));
        eprintln!(
            "{rule:<8} {:>5}  {precision:>13.2}  {recall:>10.2}",
            t.cases
        );
    }
    assert!(
        tallies.len() >= 22,
        "fixtures cover only {} rules",
        tallies.len()
    );
    assert!(
        failures.is_empty(),
        "{} of the clause fixtures failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
