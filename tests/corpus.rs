//! probity over the real public documents in `../shared/corpus/` (contracts, registers and
//! other projects' broken-file test cases): every file is listed with an outcome, no reader
//! panics, and the errors are the clear ones expected. Skipped with a message when the shared
//! folder is not beside the checkout.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const CORPUS: &str = "../shared/corpus";

fn report_of(path: &str) -> Option<Value> {
    if !Path::new(path).exists() {
        eprintln!("skipped: {path} not found (the shared folder is not beside the checkout)");
        return None;
    }
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args(["check", "--format", "json", "--as-of", "2026-01-31", path])
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 2),
        "probity ended abnormally: {:?}",
        out.status
    );
    Some(serde_json::from_slice(&out.stdout).expect("a JSON report"))
}

fn files_under(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .map(|p| if p.is_dir() { files_under(&p) } else { 1 })
        .sum()
}

#[test]
fn every_corpus_file_has_an_outcome_and_none_panics() {
    let Some(report) = report_of(CORPUS) else {
        return;
    };
    let inputs = report["inputs"].as_array().unwrap();
    let skipped = report["skipped"].as_array().map_or(0, Vec::len);
    assert_eq!(
        inputs.len() + skipped,
        files_under(Path::new(CORPUS)),
        "every file is an input or listed as skipped"
    );
    for input in inputs {
        let error = input["error"].as_str().unwrap_or("");
        assert!(
            !error.contains("internal error"),
            "{}: {error}",
            input["path"]
        );
        assert!(input["status"] == "ok" || !error.is_empty(), "{input}");
    }
}

#[test]
fn hostile_and_broken_corpus_files_get_the_right_errors() {
    let Some(report) = report_of(&format!("{CORPUS}/robustness")) else {
        return;
    };
    let error_of = |name: &str| -> String {
        report["inputs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["path"].as_str().unwrap().ends_with(name))
            .map(|i| i["error"].as_str().unwrap_or("").to_string())
            .unwrap_or_else(|| panic!("{name} is not in the report"))
    };
    assert!(error_of("apache-poi_truncated62886.docx").contains("truncated or damaged"));
    assert!(error_of("calamine_pass_protected.xlsx").contains("password"));
    assert!(error_of("odfpy_enc_sample_old.odt").contains("encrypted"));
    assert!(
        error_of("docx-rs_comment_in_delete_in_insert_comment_in_delete_in_insert.docx")
            .contains("no text")
    );
    // Read despite oddities: tracked changes, footnotes, text boxes, macros.
    for ok in [
        "apache-poi_documentProtection_trackedChanges_no_password.docx",
        "docx-rs_footnotes_footnotes.docx",
        "docx-rs_image_in_textbox_image_in_textbox.docx",
        "apache-poi_SimpleMacro.docm",
        "odfdo_dormeur_notes.odt",
        "calamine_merged_cells.ods",
        "ccs-dss_rm3787-with-empty-rows.xls",
        "calamine_has_x000D_.xlsx",
    ] {
        assert_eq!(error_of(ok), "", "{ok} should read");
    }
}
