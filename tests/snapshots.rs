//! Snapshot tests of every report format on the shipped sample and on the broken-file
//! fixtures, so any change to what users see is a reviewed change (`cargo insta review`).

use assert_cmd::Command;

fn report(format: &str, path: &str) -> String {
    let out = Command::cargo_bin("probity")
        .unwrap()
        .env("NO_COLOR", "1")
        .args([
            "check",
            "--format",
            format,
            "--as-of",
            "2026-01-31",
            "--fail-on",
            "never",
            path,
        ])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn text_report_of_the_sample() {
    insta::assert_snapshot!(report("text", "fixtures/sample"));
}

#[test]
fn json_report_of_the_sample() {
    insta::assert_snapshot!(report("json", "fixtures/sample"));
}

#[test]
fn jsonl_report_of_the_sample() {
    insta::assert_snapshot!(report("jsonl", "fixtures/sample"));
}

#[test]
fn text_report_of_broken_files() {
    insta::assert_snapshot!(report("text", "fixtures/broken"));
}

#[test]
fn json_report_of_broken_files() {
    insta::assert_snapshot!(report("json", "fixtures/broken"));
}

#[test]
fn sarif_report_of_the_sample() {
    insta::assert_snapshot!(report("sarif", "fixtures/sample"));
}

#[test]
fn junit_report_of_the_sample() {
    insta::assert_snapshot!(report("junit", "fixtures/sample"));
}

#[test]
fn csv_report_of_the_sample() {
    insta::assert_snapshot!(report("csv", "fixtures/sample"));
}

#[test]
fn html_report_of_the_sample() {
    insta::assert_snapshot!(report("html", "fixtures/sample"));
}

#[test]
fn junit_report_of_broken_files() {
    insta::assert_snapshot!(report("junit", "fixtures/broken"));
}
