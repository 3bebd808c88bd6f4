//! `--format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub, GitLab, Azure DevOps). Gaps
//! are results; passes are not (code scanning shows every result as an alert). Every field
//! GitHub requires is filled: rule `shortDescription`, `fullDescription`, `help`; result
//! `message`, a location with `artifactLocation.uri` and `region.startLine`, and
//! `partialFingerprints` that stay the same when text moves, keyed on provider, file, rule and
//! the evidence text, never on positions.

use super::Report;
use crate::model::{Finding, Severity, Status};
use crate::rules::RuleDef;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::io::{self, Write};

const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const FULL_DESCRIPTION_MAX: usize = 1000;

pub fn render(report: &Report, rules: &[RuleDef], out: &mut dyn Write) -> io::Result<()> {
    let used: BTreeSet<crate::model::RuleId> = report
        .providers
        .iter()
        .flat_map(|p| p.findings.to_vec())
        .map(|f| f.rule)
        .collect();
    let mut defs: Vec<&RuleDef> = rules.iter().filter(|r| used.contains(&r.id)).collect();
    defs.sort_by(|a, b| a.id.sort_key().cmp(&b.id.sort_key()));
    let rule_index = |id: &str| defs.iter().position(|r| r.id.as_str() == id);

    let driver_rules: Vec<Value> = defs.iter().map(|r| rule_descriptor(r)).collect();
    let notifications: Vec<Value> = report
        .inputs
        .iter()
        .filter_map(|i| {
            i.error.as_ref().map(|e| {
                json!({
                    "level": "error",
                    "message": {"text": format!("{}: {e}", i.path)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&i.path)}}}],
                })
            })
        })
        .collect();
    // The results are written as they are made, a provider at a time, so a bulk scan's
    // SARIF never holds every result at once. Fields in the order `json!` would sort them.
    #[derive(serde::Serialize)]
    struct Sarif<'a> {
        #[serde(rename = "$schema")]
        schema: &'static str,
        runs: [Run<'a>; 1],
        version: &'static str,
    }
    #[derive(serde::Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Run<'a> {
        automation_details: Value,
        invocations: Value,
        results: Results<'a>,
        tool: Value,
    }
    let sarif = Sarif {
        schema: SCHEMA_URI,
        runs: [Run {
            automation_details: json!({"id": format!("probity/{}", report.as_of)}),
            invocations: json!([{
                "executionSuccessful": report.summary.errors == 0,
                "toolExecutionNotifications": notifications,
            }]),
            results: Results {
                report,
                rule_index: &rule_index,
            },
            tool: json!({"driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "semanticVersion": report.tool.version,
                "informationUri": "https://www.gov.uk/government/publications/the-7-principles-of-public-life",
                "rules": driver_rules,
            }}),
        }],
        version: "2.1.0",
    };
    serde_json::to_writer_pretty(&mut *out, &sarif).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

/// Every gap of every provider as a SARIF result, made as it is written.
struct Results<'a> {
    report: &'a Report,
    rule_index: &'a dyn Fn(&str) -> Option<usize>,
}

impl serde::Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        for provider in &self.report.providers {
            for f in provider.findings.to_vec() {
                if f.status == Status::Gap {
                    let index = (self.rule_index)(f.rule.as_str());
                    seq.serialize_element(&result(&f, &provider.name, &provider.key, index))?;
                }
            }
        }
        seq.end()
    }
}

fn rule_descriptor(r: &RuleDef) -> Value {
    let full = clip(
        &format!("{} {}", r.satisfies.trim(), r.rationale.trim()),
        FULL_DESCRIPTION_MAX,
    );
    let help = format!(
        "{}\n\nSatisfied when: {}\n\nWhat to add: {}\n\nSource: {}",
        r.title,
        r.satisfies.trim(),
        r.remedy.trim(),
        r.source.trim()
    );
    let help_md = format!(
        "**{}** ({})\n\n**Satisfied when:** {}\n\n**What to add:** {}\n\n**Why:** {}\n\n*Source: {}*",
        r.title,
        r.id,
        r.satisfies.trim(),
        r.remedy.trim(),
        r.rationale.trim(),
        r.source.trim()
    );
    json!({
        "id": r.id.as_str(),
        "name": pascal_case(&r.title),
        "shortDescription": {"text": r.title},
        "fullDescription": {"text": full},
        "help": {"text": help, "markdown": help_md},
        "defaultConfiguration": {"level": level(r.severity)},
        "properties": {"tags": [r.area.name()], "problem.severity": problem_severity(r.severity)},
    })
}

fn result(f: &Finding, provider: &str, provider_key: &str, rule_index: Option<usize>) -> Value {
    let mut message = format!("{} ({provider})", f.message);
    if let Some(remedy) = &f.remedy {
        message.push_str(&format!(" What to add: {remedy}"));
    }
    // A CSV's row is its line; other sheets and documents have no lines to point at.
    let line = match f.location.row {
        Some(row) if f.file.to_ascii_lowercase().ends_with(".csv") => row,
        _ => 1,
    };
    let mut region = json!({"startLine": line});
    if let Some(evidence) = &f.evidence {
        region["snippet"] = json!({"text": evidence});
    }
    let mut logical = Vec::new();
    let place = f.location.to_string();
    if !place.is_empty() {
        logical.push(json!({"fullyQualifiedName": place, "kind": "section"}));
    }
    // A provider-wide finding (no declaration on file, a missing quarter) stands in no file:
    // it is located at the provider.
    let location = if f.file.is_empty() {
        logical.push(json!({"fullyQualifiedName": provider, "kind": "namespace"}));
        json!({"logicalLocations": logical})
    } else {
        json!({
            "physicalLocation": {"artifactLocation": {"uri": uri(&f.file)}, "region": region},
            "logicalLocations": logical,
        })
    };
    let facts = f
        .facts
        .as_ref()
        .map(|x| format!("{x:?}"))
        .unwrap_or_default();
    let mut result = json!({
        "ruleId": f.rule.as_str(),
        "level": level(f.severity),
        "kind": "fail",
        "message": {"text": message},
        "locations": [location],
        "partialFingerprints": {"probity/v1": fingerprint(&[provider_key, &f.file, f.rule.as_str(), f.evidence.as_deref().unwrap_or(""), &place, &facts])},
        "properties": {"provider": provider, "area": f.area.name()},
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    result
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn problem_severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "recommendation",
    }
}

/// SARIF wants URIs: forward slashes, spaces and other reserved characters percent-encoded.
fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// FNV-1a over the parts, white space folded: stable across runs, platforms and versions.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for word in part.split_whitespace() {
            for b in word.to_lowercase().bytes().chain(std::iter::once(b' ')) {
                hash ^= u64::from(b);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn pascal_case(title: &str) -> String {
    title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max - 1).collect();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_percent_encoded_with_forward_slashes() {
        assert_eq!(
            uri("./contracts/Core Terms.docx"),
            "contracts/Core%20Terms.docx"
        );
        assert_eq!(uri("a\\b.md"), "a/b.md");
    }

    #[test]
    fn fingerprints_ignore_white_space_and_case_but_not_content() {
        let a = fingerprint(&["acme", "c.docx", "ES-01", "The Supplier  shall"]);
        assert_eq!(
            a,
            fingerprint(&["acme", "c.docx", "ES-01", "the supplier shall"])
        );
        assert_ne!(
            a,
            fingerprint(&["acme", "c.docx", "ES-02", "the supplier shall"])
        );
    }
}
