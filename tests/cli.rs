//! The `probity` binary as a user or CI job runs it: exit codes, `-o` atomic writes, bad
//! inputs among good ones, malformed rule packs and configs.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn probity() -> Command {
    let mut cmd = Command::cargo_bin("probity").unwrap();
    cmd.env("NO_COLOR", "1");
    cmd
}

const GOOD: &str = "This Agreement is made between Northshire County Council (the \"Council\") and Acme Care Ltd (the \"Provider\").\n\n\
1. Standards\n\n\
1.1 The Provider shall comply with, and shall ensure that its Staff comply with, the Seven Principles of Public Life.\n";

fn json_of(output: &[u8]) -> Value {
    serde_json::from_slice(output).expect("stdout is one JSON document")
}

#[test]
fn gaps_at_or_above_fail_on_exit_1_and_never_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    probity().arg("check").arg(&file).assert().code(1);
    probity()
        .args(["check", "--fail-on", "never"])
        .arg(&file)
        .assert()
        .code(0);
}

#[test]
fn no_gap_at_or_above_threshold_exits_0() {
    // A pack with one rule the contract meets, and the default pack switched off by config.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let out = probity()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(&file)
        .output()
        .unwrap();
    let report = json_of(&out.stdout);
    let es01 = report["providers"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "ES-01")
        .cloned()
        .expect("ES-01 reported");
    assert_eq!(es01["status"], "pass", "{es01}");
}

#[test]
fn unreadable_input_is_listed_others_still_checked_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    fs::write(
        dir.path().join("broken.docx"),
        b"PK\x03\x04 this is not a zip at all",
    )
    .unwrap();
    fs::write(dir.path().join("old.doc"), legacy_doc_bytes()).unwrap();
    let out = probity()
        .args(["check", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report = json_of(&out.stdout);
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 3, "{inputs:?}");
    let status = |name: &str| {
        inputs
            .iter()
            .find(|i| i["path"].as_str().unwrap().ends_with(name))
            .map(|i| {
                (
                    i["status"].as_str().unwrap().to_string(),
                    i["error"].clone(),
                )
            })
            .unwrap()
    };
    assert_eq!(status("good.txt").0, "ok");
    let (s, e) = status("broken.docx");
    assert_eq!(s, "error");
    assert!(e.as_str().unwrap().contains("corrupt docx"), "{e}");
    let (s, e) = status("old.doc");
    assert_eq!(s, "error");
    assert!(e.as_str().unwrap().contains("convert to DOCX"), "{e}");
    assert_eq!(report["summary"]["errors"], 2);
    // The good file was still checked.
    assert!(report["providers"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["name"] == "Acme Care Limited" || p["name"] == "Acme Care Ltd"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.docx"),
        "errors name the file on stderr: {stderr}"
    );
}

fn legacy_doc_bytes() -> Vec<u8> {
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(512, 0);
    bytes.extend("WordDocument".encode_utf16().flat_map(|u| u.to_le_bytes()));
    bytes
}

#[test]
fn output_file_is_written_whole_and_replaces_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let report = dir.path().join("report.json");
    fs::write(&report, "old").unwrap();
    probity()
        .args(["check", "--format", "json", "--fail-on", "never", "-o"])
        .arg(&report)
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::is_empty());
    let written = fs::read(&report).unwrap();
    assert_eq!(json_of(&written)["schema"], "probity-report/1");
    // No temporary file is left beside it.
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

/// `-o /dev/null` once replaced the machine's /dev/null with a plain file (rename over a
/// device). A FIFO stands in for the device here so the test cannot harm the machine.
#[cfg(unix)]
#[test]
fn output_to_a_fifo_writes_through_and_leaves_the_fifo_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !matches!(made, Ok(s) if s.success()) {
        eprintln!("mkfifo unavailable; skipping");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    probity()
        .args(["check", "--format", "json", "--fail-on", "never", "-o"])
        .arg(&fifo)
        .arg(&file)
        .assert()
        .code(0);
    // Checked before joining: had the FIFO been renamed over, the reader would wait forever.
    let kind = fs::symlink_metadata(&fifo).unwrap().file_type();
    assert!(kind.is_fifo(), "the FIFO was replaced by {kind:?}");
    let received = reader.join().unwrap();
    assert_eq!(json_of(&received)["schema"], "probity-report/1");
}

#[test]
fn output_into_a_missing_folder_fails_with_exit_2_and_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    probity()
        .args(["check", "-o"])
        .arg(dir.path().join("no/such/dir/report.txt"))
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/dir"));
}

#[test]
fn malformed_rule_file_is_reported_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let pack = dir.path().join("bad.toml");
    fs::write(
        &pack,
        "[[rule]]\nid = \"ES-01\"\narea = \"ethical-standards\"\ntitle = \"x\"\nseverity = \"loud\"\n",
    )
    .unwrap();
    let expected = format!("{}:5:", pack.display());
    probity()
        .args(["check", "--rules"])
        .arg(&pack)
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(expected));
}

#[test]
fn malformed_config_is_reported_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let config = dir.path().join("probity.toml");
    fs::write(&config, "[rules]\n\"ES-04\" = \"sometimes\"\n").unwrap();
    probity()
        .args(["check", "--config"])
        .arg(&config)
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:2:", config.display())));
}

#[test]
fn config_can_switch_a_rule_off() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.txt");
    fs::write(&file, GOOD).unwrap();
    let config = dir.path().join("probity.toml");
    fs::write(&config, "[rules]\n\"ES-04\" = \"off\"\n").unwrap();
    let out = probity()
        .args(["check", "--format", "json", "--config"])
        .arg(&config)
        .arg(&file)
        .output()
        .unwrap();
    let report = json_of(&out.stdout);
    let rules: Vec<&str> = report["providers"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"ES-01") && !rules.contains(&"ES-04"),
        "{rules:?}"
    );
}

#[test]
fn bad_usage_exits_2() {
    probity().arg("check").assert().code(2);
    probity()
        .args(["check", "--as-of", "31/03/2025", "x.txt"])
        .assert()
        .code(2);
    probity()
        .args(["check", "--format", "yaml", "x.txt"])
        .assert()
        .code(2);
}

#[test]
fn output_is_the_same_bytes_whatever_the_thread_count() {
    let sample = Path::new("fixtures/sample");
    let run = |jobs: &str| {
        probity()
            .args([
                "check",
                "--format",
                "json",
                "--as-of",
                "2026-01-31",
                "-j",
                jobs,
            ])
            .arg(sample)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("4"));
    assert_eq!(one, run("2"));
}

#[test]
fn without_a_writable_temporary_folder_results_stay_in_memory_and_the_report_is_the_same() {
    let run = |tmpdir: Option<&str>| {
        let mut cmd = probity();
        cmd.args(["check", "--format", "json", "--as-of", "2026-01-31"])
            .arg("fixtures/sample");
        if let Some(dir) = tmpdir {
            cmd.env("TMPDIR", dir);
        }
        cmd.output().unwrap()
    };
    let spilled = run(None);
    let in_memory = run(Some("/nonexistent/probity-test-tmp"));
    assert!(!spilled.stdout.is_empty());
    assert_eq!(spilled.stdout, in_memory.stdout);
    assert_eq!(spilled.status.code(), in_memory.status.code());
    let warning = String::from_utf8_lossy(&in_memory.stderr);
    assert!(
        warning.contains("cannot create a temporary file") && warning.contains("kept in memory"),
        "{warning}"
    );
    assert!(!String::from_utf8_lossy(&spilled.stderr).contains("temporary file"));
}

#[test]
fn rules_lists_and_shows() {
    probity()
        .arg("rules")
        .assert()
        .success()
        .stdout(predicate::str::contains("ES-01").and(predicate::str::contains("CDM-06")));
    probity()
        .args(["rules", "show", "COI-01"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("conflicts-of-interest")
                .and(predicate::str::contains("What to add")),
        );
    probity().args(["rules", "show", "XX-99"]).assert().code(2);
}

#[test]
fn every_rule_appears_for_every_contract() {
    let out = probity()
        .args(["check", "--format", "json", "--as-of", "2026-01-31"])
        .arg("fixtures/sample")
        .output()
        .unwrap();
    let report = json_of(&out.stdout);
    let clause_rules = 22;
    for provider in report["providers"].as_array().unwrap() {
        let findings = provider["findings"].as_array().unwrap();
        let clause_findings = findings
            .iter()
            .filter(|f| {
                f["rule"]
                    .as_str()
                    .is_some_and(|r| r[r.len() - 2..].parse::<u32>().unwrap() < 50)
            })
            .count();
        let contracts = findings.iter().filter(|f| f["rule"] == "ES-01").count();
        assert_eq!(
            clause_findings,
            clause_rules * contracts,
            "{}",
            provider["name"]
        );
    }
}

/// `probity.toml` settles what a folder walk leaves out and how large a file may be; what
/// it leaves out is listed, never silently dropped.
#[test]
fn config_excludes_and_limits_shape_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let contracts = root.join("contracts");
    fs::create_dir_all(contracts.join("drafts")).unwrap();
    let text = "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n";
    fs::write(contracts.join("signed.txt"), text).unwrap();
    fs::write(contracts.join("drafts").join("draft.txt"), text).unwrap();
    fs::write(contracts.join("big.txt"), text.repeat(20_000)).unwrap();
    let config = root.join("settings.toml");
    fs::write(
        &config,
        "[scan]\nexclude = [\"drafts\"]\n[limits]\nmax-file-mib = 1\n",
    )
    .unwrap();
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--config",
        ])
        .arg(&config)
        .arg(&contracts)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs: Vec<&str> = report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["path"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert_eq!(inputs, ["big.txt", "signed.txt"]);
    assert!(report["inputs"][0]["error"]
        .as_str()
        .unwrap()
        .contains("more than the 1 MiB limit"));
    assert_eq!(
        report["skipped"][0]["reason"],
        "excluded by [scan] exclude pattern `drafts`"
    );

    fs::write(&config, "[scan]\nexclude = [\"a[\"]\n").unwrap();
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args(["check", "--config"])
        .arg(&config)
        .arg(&contracts)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("settings.toml: [scan] exclude: `a[`"),
        "{stderr}"
    );
}

#[test]
fn a_schedule_stating_its_reference_only_in_the_page_header_joins_its_core_terms() {
    // The schedule (written by LibreOffice, `scripts/make-document-fixtures.sh`) names no
    // party and states "Contract Reference: WCC/ASC/2025/114" only in its page header.
    for format in ["docx", "odt", "pdf"] {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("core-terms.txt"),
            "Contract Reference: WCC/ASC/2025/114\n\nThis Agreement is made between Westshire \
             County Council (the \"Council\") and Oakfield Support Services Ltd (the \
             \"Provider\").\n\n1. Services\n\n1.1 The Provider shall provide the Services.\n",
        )
        .unwrap();
        let schedule = format!("schedule-3.{format}");
        fs::copy(
            format!("fixtures/documents/schedule-header.{format}"),
            dir.path().join(&schedule),
        )
        .unwrap();
        let out = probity()
            .args(["check", "--format", "json", "--fail-on", "never"])
            .arg(dir.path())
            .output()
            .unwrap();
        let report = json_of(&out.stdout);
        let providers = report["providers"].as_array().unwrap();
        assert_eq!(providers.len(), 1, "{format}: {providers:?}");
        let findings = providers[0]["findings"].as_array().unwrap();
        let es01: Vec<&Value> = findings.iter().filter(|f| f["rule"] == "ES-01").collect();
        assert_eq!(
            es01.len(),
            1,
            "{format}: one contract, so one ES-01 finding"
        );
        assert_eq!(es01[0]["status"], "pass", "{format}");
        assert!(
            es01[0]["file"].as_str().unwrap().ends_with(&schedule),
            "{format}: the schedule carries the pass: {}",
            es01[0]["file"]
        );
        assert_eq!(es01[0]["facts"]["contract"], "WCC/ASC/2025/114", "{format}");
    }
}
