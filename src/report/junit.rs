//! `--format junit`: JUnit XML for CI dashboards. One `<testsuite>` per provider, one
//! `<testcase>` per finding (a gap is a `<failure>`, a pass is a passing case), and a suite
//! `inputs` in which each unreadable input is an `<error>`.

use super::{InputStatus, Report};
use crate::model::Status;
use std::io::{self, Write};

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let tests: usize = report
        .providers
        .iter()
        .map(|p| p.findings.len())
        .sum::<usize>()
        + report.inputs.len();
    let failures: usize = report
        .providers
        .iter()
        .map(|p| p.findings.gap_counts().total())
        .sum();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="probity" tests="{tests}" failures="{failures}" errors="{}">"#,
        report.summary.errors
    )?;
    let properties = format!(
        "    <properties><property name=\"as_of\" value=\"{}\"/><property name=\"probity_version\" value=\"{}\"/></properties>",
        xml(&report.as_of),
        xml(report.tool.version)
    );
    for p in &report.providers {
        writeln!(
            out,
            r#"  <testsuite name="{}" tests="{}" failures="{}" errors="0">"#,
            xml(&p.name),
            p.findings.len(),
            p.findings.gap_counts().total()
        )?;
        writeln!(out, "{properties}")?;
        for f in &p.findings.to_vec() {
            let name = format!("{} {}", f.rule, f.file);
            write!(
                out,
                r#"    <testcase name="{}" classname="{}""#,
                xml(&name),
                xml(&f.file)
            )?;
            if f.status == Status::Pass {
                writeln!(out, "/>")?;
                continue;
            }
            writeln!(out, ">")?;
            let mut body = f.message.clone();
            if let Some(e) = &f.evidence {
                body.push_str(&format!("\nEvidence: \"{e}\""));
            }
            if !f.location.is_empty() {
                body.push_str(&format!("\nAt: {}", f.location));
            }
            if let Some(r) = &f.remedy {
                body.push_str(&format!("\nWhat to add: {r}"));
            }
            writeln!(
                out,
                r#"      <failure message="{}" type="{}">{}</failure>"#,
                xml(&f.message),
                f.severity,
                xml(&body)
            )?;
            writeln!(out, "    </testcase>")?;
        }
        writeln!(out, "  </testsuite>")?;
    }
    writeln!(
        out,
        r#"  <testsuite name="inputs" tests="{}" failures="0" errors="{}">"#,
        report.inputs.len(),
        report.summary.errors
    )?;
    writeln!(out, "{properties}")?;
    for i in &report.inputs {
        write!(
            out,
            r#"    <testcase name="{}" classname="inputs""#,
            xml(&i.path)
        )?;
        match (i.status, &i.error) {
            (InputStatus::Error, Some(e)) => {
                writeln!(out, ">")?;
                writeln!(out, r#"      <error message="{}"/>"#, xml(e))?;
                writeln!(out, "    </testcase>")?;
            }
            _ => writeln!(out, "/>")?,
        }
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

/// Escapes text for XML attributes and content, and drops characters XML 1.0 cannot hold.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(
            super::xml("a<b>&\"c\"\u{1}"),
            "a&lt;b&gt;&amp;&quot;c&quot;"
        );
    }
}
