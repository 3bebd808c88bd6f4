//! `--format html`: one self-contained page a commissioner can open or attach to an email.
//! Per provider: a summary, then per contract a table of every rule with its status, the
//! quoted evidence and where it stands, and for gaps what to add. No scripts, no external
//! resources; every piece of text from a document is escaped.

use super::{ContractGroup, InputStatus, ProviderReport, Report};
use crate::model::{Finding, Status};
use std::io::{self, Write};

const STYLE: &str = "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #ddd;padding-bottom:.2rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem;color:#444}.meta{color:#555}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem}th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e3e3e3}
th{background:#f5f5f5;font-weight:600}.rule{white-space:nowrap;font-family:ui-monospace,monospace}
.st{white-space:nowrap;font-weight:600}.pass{color:#1d6b2f}.error{color:#b00020}.warning{color:#8a5a00}.info{color:#0b5c8a}
blockquote{margin:.2rem 0;padding:.1rem .6rem;border-left:3px solid #ccc;color:#333}.where{color:#666;font-size:.9em}
.add{margin-top:.3rem}.add b{color:#1b1b1b}.counts span{margin-right:1rem}";

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<title>probity report, as of {}</title>",
        esc(&report.as_of)
    )?;
    writeln!(out, "<style>{STYLE}</style></head><body>")?;
    writeln!(out, "<h1>Ethical standards in contracts, per provider</h1>")?;
    let s = &report.summary;
    writeln!(
        out,
        "<p class=\"meta\">probity {} · as of {} · {}, {} · gaps: {} error, {} warning, {} info · {}</p>",
        esc(report.tool.version),
        esc(&report.as_of),
        counted(s.inputs, "input", "inputs"),
        counted(s.providers, "provider", "providers"),
        s.gaps.error,
        s.gaps.warning,
        s.gaps.info,
        counted(s.errors, "input error", "input errors")
    )?;
    for p in &report.providers {
        render_provider(p, out)?;
    }
    render_inputs(report, out)?;
    writeln!(out, "</body></html>")
}

fn render_provider(p: &ProviderReport, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<section><h2>{}</h2>", esc(&p.name))?;
    let findings = p.findings.to_vec();
    let gaps = p.findings.gap_counts();
    writeln!(
        out,
        "<p class=\"counts\"><span>{}</span><span class=\"pass\">{} pass</span><span class=\"error\">{} error</span><span class=\"warning\">{} warning</span><span class=\"info\">{} info</span></p>",
        if p.contracts.len() == 1 { "1 document".to_string() } else { format!("{} documents", p.contracts.len()) },
        p.findings.passes(),
        gaps.error,
        gaps.warning,
        gaps.info
    )?;
    if let Some(r) = &p.records {
        let contracts: Vec<String> = r
            .contracts
            .iter()
            .map(|c| {
                let name = c
                    .reference
                    .clone()
                    .or(c.title.clone())
                    .unwrap_or_else(|| format!("{} row {}", c.sheet, c.row));
                match (&c.start, &c.end) {
                    (Some(s), Some(e)) => format!("{name} ({s} to {e})"),
                    _ => name,
                }
            })
            .collect();
        let periods = if r.complaint_periods.is_empty() {
            "none".to_string()
        } else {
            r.complaint_periods.join(", ")
        };
        writeln!(
            out,
            "<p class=\"records\">Registers: contracts {}; {} declarations; complaint returns {}; {} complaint cases; satisfaction {}</p>",
            esc(&if contracts.is_empty() { "none".to_string() } else { contracts.join("; ") }),
            r.declarations,
            esc(&periods),
            r.complaint_cases,
            esc(&if r.satisfaction_periods.is_empty() { "none".to_string() } else { r.satisfaction_periods.join(", ") })
        )?;
    }
    for group in ContractGroup::of(&findings) {
        let files = group
            .files
            .iter()
            .map(|f| esc(f))
            .collect::<Vec<_>>()
            .join(", ");
        match group.reference {
            Some(r) => writeln!(
                out,
                "<h3>Contract {} <span class=\"where\">{files}</span></h3>",
                esc(r)
            )?,
            None if files.is_empty() => writeln!(out, "<h3>Across the registers</h3>")?,
            None => writeln!(out, "<h3>{files}</h3>")?,
        }
        writeln!(
            out,
            "<table><thead><tr><th>Rule</th><th>Status</th><th>Finding</th></tr></thead><tbody>"
        )?;
        // Gaps first, most severe first; then passes, in rule order.
        let mut ordered = group.findings.clone();
        ordered.sort_by_key(|f| (f.status == Status::Pass, std::cmp::Reverse(f.severity)));
        for f in ordered {
            render_finding(f, group.files.len() > 1, out)?;
        }
        writeln!(out, "</tbody></table>")?;
    }
    writeln!(out, "</section>")
}

fn render_finding(f: &Finding, several_files: bool, out: &mut dyn Write) -> io::Result<()> {
    let (class, label) = match f.status {
        Status::Pass => ("pass", "pass".to_string()),
        Status::Gap => (f.severity.name(), format!("gap · {}", f.severity)),
    };
    write!(
        out,
        "<tr><td class=\"rule\">{}</td><td class=\"st {class}\">{}</td><td>{}",
        esc(f.rule.as_str()),
        esc(&label),
        esc(&f.message)
    )?;
    if let Some(e) = &f.evidence {
        write!(out, "<blockquote>{}</blockquote>", esc(e))?;
    }
    let mut at = f.location.to_string();
    if several_files {
        at = if at.is_empty() {
            f.file.clone()
        } else {
            format!("{}: {at}", f.file)
        };
    }
    if !at.is_empty() {
        write!(out, "<div class=\"where\">{}</div>", esc(&at))?;
    }
    if let Some(r) = &f.remedy {
        write!(
            out,
            "<div class=\"add\"><b>What to add:</b> {}</div>",
            esc(r)
        )?;
    }
    writeln!(out, "</td></tr>")
}

fn render_inputs(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<section><h2>Inputs</h2><table><thead><tr><th>File</th><th>Format</th><th>Outcome</th></tr></thead><tbody>")?;
    for i in &report.inputs {
        let outcome = match i.status {
            InputStatus::Ok => format!(
                "<span class=\"pass\">ok</span> {}",
                esc(i.provider.as_deref().unwrap_or(""))
            ),
            InputStatus::Error => format!(
                "<span class=\"error\">error</span> {}",
                esc(i.error.as_deref().unwrap_or(""))
            ),
        };
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{outcome}</td></tr>",
            esc(&i.path),
            esc(i.format.name())
        )?;
    }
    for s in &report.skipped {
        writeln!(
            out,
            "<tr><td>{}</td><td></td><td>skipped: {}</td></tr>",
            esc(&s.path),
            esc(&s.reason)
        )?;
    }
    writeln!(out, "</tbody></table></section>")
}

/// Escapes text for HTML element content and double-quoted attributes.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// "1 input", "2 inputs".
fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_markup() {
        assert_eq!(
            super::esc("<script>alert('x')</script>&"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"
        );
    }
}
