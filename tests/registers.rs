//! Spreadsheet cases with planted faults (`fixtures/registers/<case>/case.toml`, written
//! blind by someone who did not read the rules' code): every planted fault must be found
//! at its cell (or row, or provider), and no gap may land on a data row where nothing was
//! planted. Provider-wide gaps nobody planted are listed, not failed, since a case folder
//! holds only the registers it exercises. The shipped sample's planted register gaps are
//! checked the same way (`fixtures/sample-src/registers/expected.toml`).

use assert_cmd::Command;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct Case {
    as_of: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    expect: Vec<Expect>,
}

#[derive(Debug, Deserialize)]
struct Expect {
    rule: String,
    file: Option<String>,
    sheet: Option<String>,
    cell: Option<String>,
    row: Option<u32>,
    provider: Option<String>,
    #[serde(default)]
    why: String,
}

/// A gap as the report gives it, with the file relative to the case folder.
#[derive(Debug)]
struct Gap {
    rule: String,
    provider: String,
    file: String,
    sheet: Option<String>,
    cell: Option<String>,
    row: Option<u64>,
    message: String,
}

fn fold_name(name: &str) -> String {
    let lower = name.to_lowercase().replace('&', " and ");
    let words: Vec<String> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "ltd" => "limited".to_string(),
            "the" => String::new(),
            other => other.to_string(),
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// (folder to check, its case file): every `fixtures/registers/<case>/case.toml`, and the
/// shipped sample, whose planted register gaps are listed outside it so the README's run
/// does not list the list.
fn cases() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found: Vec<(PathBuf, PathBuf)> = std::fs::read_dir(root.join("fixtures/registers"))
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("case.toml").is_file())
                .map(|p| (p.clone(), p.join("case.toml")))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.push((
        PathBuf::from("fixtures/sample"),
        root.join("fixtures/sample-src/registers/expected.toml"),
    ));
    found
}

fn run_case(dir: &Path, case: &Case) -> (Vec<Gap>, BTreeSet<(String, String, u64)>) {
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args(["check", "--format", "json", "--fail-on", "never", "--as-of"])
        .arg(&case.as_of)
        .arg(dir)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: no JSON report ({e}); stderr: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let prefix = format!("{}/", dir.display());
    let relative = |p: &str| p.strip_prefix(&prefix).unwrap_or(p).to_string();
    let mut headers = BTreeSet::new();
    for input in report["inputs"].as_array().unwrap() {
        assert_eq!(
            input["status"],
            "ok",
            "{}: input could not be read: {input}",
            dir.display()
        );
        for t in input["tables"].as_array().into_iter().flatten() {
            headers.insert((
                relative(input["path"].as_str().unwrap()),
                t["sheet"].as_str().unwrap().to_string(),
                t["header_row"].as_u64().unwrap(),
            ));
        }
    }
    let mut gaps = Vec::new();
    for p in report["providers"].as_array().unwrap() {
        for f in p["findings"].as_array().unwrap() {
            if f["status"] != "gap" {
                continue;
            }
            let loc = &f["location"];
            gaps.push(Gap {
                rule: f["rule"].as_str().unwrap().to_string(),
                provider: p["name"].as_str().unwrap().to_string(),
                file: relative(f["file"].as_str().unwrap_or("")),
                sheet: loc["sheet"].as_str().map(str::to_string),
                cell: loc["cell"].as_str().map(str::to_string),
                row: loc["row"].as_u64(),
                message: f["message"].as_str().unwrap_or("").to_string(),
            });
        }
    }
    (gaps, headers)
}

fn matches(e: &Expect, g: &Gap) -> bool {
    if g.rule != e.rule {
        return false;
    }
    if let Some(p) = &e.provider {
        if e.cell.is_none() && e.row.is_none() {
            return fold_name(&g.provider) == fold_name(p);
        }
    }
    let same_file = e.file.as_deref().is_none_or(|f| f == g.file);
    let same_sheet = e
        .sheet
        .as_deref()
        .is_none_or(|s| Some(s) == g.sheet.as_deref());
    let same_place = match (&e.cell, e.row) {
        (Some(c), _) => g.cell.as_deref() == Some(c.as_str()),
        (None, Some(r)) => g.row == Some(u64::from(r)),
        (None, None) => true,
    };
    same_file && same_sheet && same_place
}

/// The row an expectation points at, for the clean-row check.
fn expected_row(e: &Expect) -> Option<(String, String, u64)> {
    let row = e.row.map(u64::from).or_else(|| {
        e.cell.as_deref().and_then(|c| {
            c.trim_start_matches(|ch: char| ch.is_ascii_alphabetic())
                .parse()
                .ok()
        })
    })?;
    Some((e.file.clone()?, e.sheet.clone()?, row))
}

#[test]
fn planted_faults_are_found_at_their_cells_and_clean_rows_stay_clean() {
    let cases = cases();
    let mut failures = Vec::new();
    let (mut expected_total, mut found_total) = (0, 0);
    for (dir, case_file) in cases {
        let text = std::fs::read_to_string(&case_file).unwrap();
        let case: Case = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: bad case.toml: {e}", dir.display()));
        let (gaps, headers) = run_case(&dir, &case);
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        eprintln!("case {name}: {}", case.description);
        for e in &case.expect {
            expected_total += 1;
            if gaps.iter().any(|g| matches(e, g)) {
                found_total += 1;
            } else {
                let near: Vec<String> = gaps
                    .iter()
                    .filter(|g| g.rule == e.rule)
                    .map(|g| format!("{} {:?}!{:?} ({})", g.file, g.sheet, g.cell, g.message))
                    .collect();
                failures.push(format!(
                    "{name}: missed {} at {:?} {:?} {:?} row {:?} provider {:?} ({}); same-rule gaps: {near:?}",
                    e.rule, e.file, e.sheet, e.cell, e.row, e.provider, e.why
                ));
            }
        }
        let planted: BTreeSet<(String, String, u64)> =
            case.expect.iter().filter_map(expected_row).collect();
        for g in &gaps {
            // Row findings name their cell; provider-wide ones stand at a contract's row
            // without one.
            let (Some(sheet), Some(row), Some(_)) = (&g.sheet, g.row, &g.cell) else {
                let register_rule = g
                    .rule
                    .rsplit('-')
                    .next()
                    .and_then(|n| n.parse::<u32>().ok())
                    .is_some_and(|n| n >= 50);
                if register_rule && !case.expect.iter().any(|e| matches(e, g)) {
                    eprintln!(
                        "  unplanted provider gap: {} {} ({})",
                        g.rule, g.provider, g.message
                    );
                }
                continue;
            };
            let key = (g.file.clone(), sheet.clone(), row);
            // Planted at this row, or the very finding a provider-level expectation names.
            if headers.contains(&key)
                || planted.contains(&key)
                || case.expect.iter().any(|e| matches(e, g))
            {
                continue;
            }
            failures.push(format!(
                "{name}: gap on a clean row: {} at {} {sheet}!{} ({})",
                g.rule,
                g.file,
                g.cell.as_deref().unwrap_or("?"),
                g.message
            ));
        }
    }
    eprintln!("planted faults found: {found_total}/{expected_total}");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
