//! Contracts published as packs of several files, written blind (see `fixtures/blind/README.md`):
//! a set whose `.expected` files open with `provider:` and `documents:` lines describes
//! contracts, not files. Each names its provider and its documents (paths under the set's
//! folder), then every clause rule's verdict for the whole contract (`pass`, `weak` or `gap`,
//! the document that carries a pass, `# why`).
//!
//! Unlike `blind_contracts.rs`, which evaluates one document at a time, this runs the whole
//! check over the set's folder, as a user would, so that what it measures includes grouping
//! documents into contracts (a shared contract reference, a `probity-pack.toml` folder, and
//! never a framework's reference alone), attributing the contract to its provider from the
//! one document that names it, and rolling rules up over the documents. The bar is the
//! issue's: per rule, gap precision and recall of at least 0.9; and every contract must come
//! out as one contract, under its provider, holding exactly its documents.

use probity::check::{self, CheckOptions};
use probity::model::{Finding, Status};
use probity::normalise::names::provider_key;
use probity::report::{ContractGroup, Report};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = "fixtures/blind";
const THRESHOLD: f64 = 0.9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Pass,
    Weak,
    Gap,
}

struct ExpectedContract {
    name: String,
    provider: String,
    documents: BTreeSet<String>,
    /// Rule, verdict, the document named for a pass or weak match, why.
    rules: Vec<(String, Verdict, Option<String>, String)>,
}

fn header<'a>(line: Option<&'a str>, key: &str, path: &Path) -> &'a str {
    line.and_then(|l| l.strip_prefix(key))
        .map(str::trim)
        .unwrap_or_else(|| panic!("{}: expected a `{key}` line", path.display()))
}

fn parse_expected(path: &Path, set: &Path) -> ExpectedContract {
    let text = fs::read_to_string(path).unwrap();
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let provider = header(lines.next(), "provider:", path).to_string();
    let in_set = |rel: &str| set.join(rel.trim()).display().to_string();
    let documents = header(lines.next(), "documents:", path)
        .split(',')
        .map(in_set)
        .collect();
    let rules = lines
        .map(|line| {
            let (head, why) = line.split_once('#').unwrap_or((line, ""));
            let words: Vec<&str> = head.split_whitespace().collect();
            let (id, verdict, file) = match words.as_slice() {
                [id, v] => (id, v, None),
                [id, v, file] => (id, v, Some(in_set(file))),
                _ => panic!("{}: bad line `{line}`", path.display()),
            };
            let verdict = match *verdict {
                "pass" => Verdict::Pass,
                "weak" => Verdict::Weak,
                "gap" => Verdict::Gap,
                other => panic!("{}: unknown verdict `{other}`", path.display()),
            };
            (id.to_string(), verdict, file, why.trim().to_string())
        })
        .collect();
    ExpectedContract {
        name: path.file_stem().unwrap().to_string_lossy().into_owned(),
        provider,
        documents,
        rules,
    }
}

fn is_pack_set(set: &Path) -> bool {
    fs::read_dir(set)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .any(|p| fs::read_to_string(p).is_ok_and(|t| t.trim_start().starts_with("provider:")))
}

/// `BLIND_SETS=set23` scores only the sets named, as in `blind_contracts.rs`.
fn in_chosen_sets(set: &Path) -> bool {
    let Ok(chosen) = std::env::var("BLIND_SETS") else {
        return true;
    };
    let name = set.file_name().unwrap_or_default().to_string_lossy();
    chosen.split(',').any(|c| c.trim() == name)
}

/// Checks the set's contract folders in one run (the set's own README is not an input).
fn run_check(set: &Path) -> Report {
    let mut folders: Vec<PathBuf> = fs::read_dir(set)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let options = CheckOptions {
        paths: folders,
        rule_paths: Vec::new(),
        config: None,
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        jobs: None,
        limits: Default::default(),
    };
    check::run(&options).unwrap().0
}

fn verdict_of(f: &Finding) -> Verdict {
    match f.status {
        Status::Pass => Verdict::Pass,
        // A weak match is a gap that quotes its evidence and says so (see `join::finding_for`).
        _ if f.message.contains(": only weakly met") => Verdict::Weak,
        _ => Verdict::Gap,
    }
}

#[derive(Default)]
struct Tally {
    true_gap: u32,
    false_gap: u32,
    missed_gap: u32,
}

impl Tally {
    /// A rule with no gap found (or none expected) has nothing to be wrong about: 1.0.
    fn precision(&self) -> f64 {
        ratio(self.true_gap, self.true_gap + self.false_gap)
    }
    fn recall(&self) -> f64 {
        ratio(self.true_gap, self.true_gap + self.missed_gap)
    }
}

fn ratio(hits: u32, of: u32) -> f64 {
    if of == 0 {
        1.0
    } else {
        f64::from(hits) / f64::from(of)
    }
}

/// Scores one set; returns (verdicts, wrong pass/gap verdicts, grouping faults) and adds
/// to the per-rule tallies and the list of disagreements.
fn score_set(
    set: &Path,
    tallies: &mut BTreeMap<String, Tally>,
    faults: &mut Vec<String>,
) -> (u32, u32, u32) {
    let mut expected: Vec<PathBuf> = fs::read_dir(set)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .collect();
    expected.sort();
    let report = run_check(set);
    for input in &report.inputs {
        assert_eq!(
            input.error, None,
            "{}: could not be read: {:?}",
            input.path, input.error
        );
    }
    let (mut verdicts, mut wrong, mut grouping) = (0, 0, 0);
    for path in &expected {
        let want = parse_expected(path, set);
        let key = provider_key(&want.provider);
        let Some(provider) = report.providers.iter().find(|p| p.key == key.0) else {
            let holders: Vec<String> = report
                .providers
                .iter()
                .filter(|p| p.contracts.iter().any(|c| want.documents.contains(c)))
                .map(|p| p.name.clone())
                .collect();
            faults.push(format!(
                "{}: provider `{}` not in the report; its documents are under {holders:?}",
                want.name, want.provider
            ));
            grouping += 1;
            verdicts += want.rules.len() as u32;
            wrong += want.rules.len() as u32;
            continue;
        };
        let findings = provider.findings.to_vec();
        let groups: Vec<ContractGroup> = ContractGroup::of(&findings)
            .into_iter()
            .filter(|g| g.files.iter().any(|f| want.documents.contains(*f)))
            .collect();
        let listed: BTreeSet<&String> = provider
            .contracts
            .iter()
            .filter(|c| want.documents.contains(*c))
            .collect();
        if listed.len() != want.documents.len() {
            grouping += 1;
            let lost: Vec<&String> = want
                .documents
                .iter()
                .filter(|d| !listed.contains(d))
                .collect();
            faults.push(format!(
                "{}: documents not attributed to `{}`: {lost:?}",
                want.name, provider.name
            ));
        }
        let [group] = groups.as_slice() else {
            grouping += 1;
            let shapes: Vec<&Vec<&str>> = groups.iter().map(|g| &g.files).collect();
            faults.push(format!(
                "{}: expected one contract of {:?}, found {} groups naming its documents: {shapes:?}",
                want.name,
                want.documents,
                groups.len()
            ));
            verdicts += want.rules.len() as u32;
            wrong += want.rules.len() as u32;
            continue;
        };
        if let Some(stray) = group.files.iter().find(|f| !want.documents.contains(**f)) {
            grouping += 1;
            faults.push(format!("{}: its contract also takes in {stray}", want.name));
        }
        for (id, verdict, file, why) in &want.rules {
            verdicts += 1;
            let found = group.findings.iter().find(|f| f.rule.as_str() == id);
            let Some(found) = found else {
                panic!("{}: no finding for {id}", want.name)
            };
            let have = verdict_of(found);
            let (want_gap, have_gap) = (*verdict != Verdict::Pass, have != Verdict::Pass);
            let t = tallies.entry(id.clone()).or_default();
            match (want_gap, have_gap) {
                (true, true) => t.true_gap += 1,
                (false, true) => t.false_gap += 1,
                (true, false) => t.missed_gap += 1,
                (false, false) => {}
            }
            let said: String = format!(
                "{} | {}",
                found.message,
                found.evidence.as_deref().unwrap_or("")
            )
            .chars()
            .take(200)
            .collect();
            if want_gap != have_gap {
                wrong += 1;
                faults.push(format!(
                    "{} {id}: expected {verdict:?} ({why}), got {have:?} in {}: {said}",
                    want.name, found.file
                ));
            } else if have == Verdict::Pass && file.as_ref().is_some_and(|f| *f != found.file) {
                // Either document may carry a pass when two do; printed, not scored.
                eprintln!(
                    "note: {} {id}: pass expected from {}, found in {}",
                    want.name,
                    file.as_deref().unwrap_or(""),
                    found.file
                );
            }
        }
    }
    (verdicts, wrong, grouping)
}

#[test]
fn contract_packs_meet_the_gap_precision_and_recall_bar() {
    let mut sets: Vec<PathBuf> = fs::read_dir(ROOT)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir() && in_chosen_sets(p) && is_pack_set(p))
        .collect();
    sets.sort();
    if sets.is_empty() {
        assert!(
            std::env::var("BLIND_SETS").is_ok(),
            "no blind set of contract packs under {ROOT}"
        );
        return;
    }
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut faults = Vec::new();
    let mut total_grouping = 0;
    for set in &sets {
        let (verdicts, wrong, grouping) = score_set(set, &mut tallies, &mut faults);
        total_grouping += grouping;
        eprintln!(
            "{}: {wrong} of {verdicts} pass/gap verdicts wrong; {grouping} grouping or attribution faults",
            set.file_name().unwrap().to_string_lossy()
        );
    }
    eprintln!("rule     gap-precision  gap-recall");
    let mut below = Vec::new();
    for (rule, t) in &tallies {
        let (p, r) = (t.precision(), t.recall());
        eprintln!("{rule:<8} {p:>13.2}  {r:>10.2}");
        if p < THRESHOLD || r < THRESHOLD {
            below.push(format!("{rule} (precision {p:.2}, recall {r:.2})"));
        }
    }
    for f in &faults {
        eprintln!("  {f}");
    }
    assert_eq!(tallies.len(), 22, "the packs cover every clause rule");
    assert!(
        below.is_empty() && total_grouping == 0,
        "rules below {THRESHOLD}: {}; grouping faults: {total_grouping}\n{}",
        below.join(", "),
        faults.join("\n")
    );
}
