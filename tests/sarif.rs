//! `--format sarif` validated against the OASIS SARIF 2.1.0 schema (from `../shared/schemas/`),
//! plus the fields GitHub code scanning needs beyond the schema.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const SCHEMA: &str = "../shared/schemas/sarif-schema-2.1.0.json";

fn sarif_of(path: &str) -> Value {
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args(["check", "--format", "sarif", "--as-of", "2026-01-31", path])
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("SARIF is JSON")
}

#[test]
fn sarif_validates_against_the_schema() {
    if !Path::new(SCHEMA).exists() {
        eprintln!("skipped: {SCHEMA} not found (the shared folder is not beside the checkout)");
        return;
    }
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(SCHEMA).unwrap()).unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
    for path in ["fixtures/sample", "fixtures/broken"] {
        let sarif = sarif_of(path);
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
    }
}

#[test]
fn sarif_has_what_github_requires() {
    let sarif = sarif_of("fixtures/sample");
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(!rules.is_empty());
    for rule in rules {
        for field in ["shortDescription", "fullDescription", "help"] {
            assert!(
                rule[field]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{field} in {rule}"
            );
        }
        assert!(
            rule["fullDescription"]["text"]
                .as_str()
                .unwrap()
                .chars()
                .count()
                <= 1000
        );
    }
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty(), "the sample has gaps");
    for result in results {
        assert!(result["message"]["text"]
            .as_str()
            .is_some_and(|t| !t.is_empty()));
        let physical = &result["locations"][0]["physicalLocation"];
        assert!(physical["artifactLocation"]["uri"]
            .as_str()
            .is_some_and(|u| !u.contains(' ')));
        assert!(physical["region"]["startLine"].as_u64().is_some());
        assert!(result["partialFingerprints"]["probity/v1"]
            .as_str()
            .is_some());
    }
}
