//! `--format text` (the default): a report a commissioner can read. Grouped by provider, one
//! summary line per provider, then per contract its gaps (with what to add) and its passes
//! (with where the evidence stands); then every input with its outcome, and the run summary.
//! Colour only when asked (the CLI asks on a terminal, unless `NO_COLOR` is set).

use super::{ContractGroup, InputStatus, ProviderReport, Report};
use crate::model::{Finding, Severity, Status};
use std::io::{self, Write};

const EVIDENCE_CHARS: usize = 160;

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.paint("1", t)
    }
    fn dim(&self, t: &str) -> String {
        self.paint("2", t)
    }
    fn severity(&self, s: Severity, t: &str) -> String {
        match s {
            Severity::Error => self.paint("31;1", t),
            Severity::Warning => self.paint("33", t),
            Severity::Info => self.paint("36", t),
        }
    }
    fn pass(&self, t: &str) -> String {
        self.paint("32", t)
    }
}

pub fn render(report: &Report, out: &mut dyn Write, color: bool) -> io::Result<()> {
    let style = Style { color };
    writeln!(
        out,
        "{} {} · as of {}",
        style.bold("probity"),
        report.tool.version,
        report.as_of
    )?;
    for provider in &report.providers {
        writeln!(out)?;
        render_provider(provider, out, &style)?;
    }
    writeln!(out)?;
    render_inputs(report, out, &style)?;
    writeln!(out)?;
    render_summary(report, out, &style)
}

fn render_provider(p: &ProviderReport, out: &mut dyn Write, style: &Style) -> io::Result<()> {
    let findings = p.findings.to_vec();
    let gaps: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.status == Status::Gap)
        .collect();
    let mut counts = String::new();
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = gaps.iter().filter(|f| f.severity == severity).count();
        if n > 0 {
            if !counts.is_empty() {
                counts.push_str(", ");
            }
            counts.push_str(&format!("{n} {severity}"));
        }
    }
    let mut contracts = plural(p.contracts.len(), "document", "documents");
    if let Some(r) = p.records.as_ref().filter(|r| !r.contracts.is_empty()) {
        contracts.push_str(&format!(
            ", {}",
            plural(r.contracts.len(), "register contract", "register contracts")
        ));
    }
    let gap_text = if gaps.is_empty() {
        style.pass("no gaps")
    } else {
        format!("{} ({counts})", plural(gaps.len(), "gap", "gaps"))
    };
    writeln!(
        out,
        "{}  {} · {} pass · {}",
        style.bold(&clean(&p.name)),
        contracts,
        p.findings.passes(),
        gap_text
    )?;

    if let Some(records) = &p.records {
        render_records(records, out, style)?;
    }
    for group in ContractGroup::of(&findings) {
        let files: Vec<String> = group.files.iter().map(|f| clean_path(f)).collect();
        let in_registers = group.findings.iter().all(|f| f.location.sheet.is_some());
        let across = group.files.iter().all(|f| f.is_empty());
        match group.reference {
            None if across => writeln!(out, "  {}", style.dim("across the registers"))?,
            None if in_registers => {
                writeln!(out, "  {} {}", style.dim("register"), files.join(", "))?
            }
            Some(r) => writeln!(
                out,
                "  {} {}  {}",
                style.dim("contract"),
                clean(r),
                style.dim(&files.join(", "))
            )?,
            None => writeln!(out, "  {} {}", style.dim("contract"), files.join(", "))?,
        }
        let several = group.files.len() > 1;
        for f in group.findings.iter().filter(|f| f.status == Status::Gap) {
            render_gap(f, several, out, style)?;
        }
        for f in group.findings.iter().filter(|f| f.status == Status::Pass) {
            render_pass(f, several, out, style)?;
        }
    }
    Ok(())
}

/// What the registers hold for a provider, in one or two lines.
fn render_records(
    r: &super::ProviderRecords,
    out: &mut dyn Write,
    style: &Style,
) -> io::Result<()> {
    let mut parts = Vec::new();
    if !r.contracts.is_empty() {
        let listed: Vec<String> = r
            .contracts
            .iter()
            .map(|c| {
                let row = format!("{} row {}", c.sheet, c.row);
                let name = c
                    .reference
                    .as_deref()
                    .or(c.title.as_deref())
                    .unwrap_or(&row);
                match (&c.start, &c.end) {
                    (Some(s), Some(e)) => format!("{} {s} to {e}", clean(name)),
                    (Some(s), None) => format!("{} from {s}", clean(name)),
                    _ => clean(name),
                }
            })
            .collect();
        parts.push(format!("contracts {}", listed.join("; ")));
    }
    parts.push(plural(r.declarations, "declaration", "declarations"));
    if r.complaint_periods.is_empty() {
        parts.push("no complaint returns".into());
    } else {
        parts.push(format!(
            "complaint returns {}",
            r.complaint_periods.join(", ")
        ));
    }
    if r.complaint_cases > 0 {
        parts.push(plural(
            r.complaint_cases,
            "complaint case",
            "complaint cases",
        ));
    }
    if !r.satisfaction_periods.is_empty() {
        parts.push(format!(
            "satisfaction {}",
            r.satisfaction_periods.join(", ")
        ));
    }
    writeln!(out, "  {} {}", style.dim("registers:"), parts.join(" · "))
}

/// Where a finding stands; with `file` when the contract has several documents.
fn place(f: &Finding, file: bool) -> String {
    let location = f.location.to_string();
    match (file, location.is_empty()) {
        (true, true) => clean_path(&f.file),
        (true, false) => format!("{}: {location}", clean_path(&f.file)),
        (false, _) => location,
    }
}

fn render_gap(f: &Finding, several: bool, out: &mut dyn Write, style: &Style) -> io::Result<()> {
    let label = style.severity(f.severity, &format!("{:<7}", f.severity.name()));
    writeln!(
        out,
        "    gap  {label} {:<7} {}",
        f.rule.as_str(),
        first_line(&f.message)
    )?;
    if let Some(evidence) = &f.evidence {
        writeln!(
            out,
            "                         \"{}\"",
            clip(evidence, EVIDENCE_CHARS)
        )?;
    }
    // A clause gap without evidence has no place; a register gap always has its cell.
    if f.evidence.is_some() || f.location.sheet.is_some() {
        let at = place(f, several);
        if !at.is_empty() {
            writeln!(out, "                         {}", style.dim(&at))?;
        }
    }
    if let Some(remedy) = &f.remedy {
        writeln!(
            out,
            "                         {} {}",
            style.bold("add:"),
            clean(remedy)
        )?;
    }
    Ok(())
}

fn render_pass(f: &Finding, several: bool, out: &mut dyn Write, style: &Style) -> io::Result<()> {
    let at = place(f, several);
    let place = if at.is_empty() {
        String::new()
    } else {
        format!(" ({at})")
    };
    writeln!(
        out,
        "    {}         {:<7} {}{}",
        style.pass("pass"),
        f.rule.as_str(),
        first_line(&f.message),
        style.dim(&place)
    )?;
    if let Some(evidence) = &f.evidence {
        writeln!(
            out,
            "                         \"{}\"",
            style.dim(&clip(evidence, EVIDENCE_CHARS))
        )?;
    }
    Ok(())
}

fn render_inputs(report: &Report, out: &mut dyn Write, style: &Style) -> io::Result<()> {
    writeln!(out, "{}", style.bold("Inputs"))?;
    for input in &report.inputs {
        match input.status {
            InputStatus::Ok => {
                let who = input.provider.as_deref().unwrap_or("");
                writeln!(
                    out,
                    "  {}     {}  {}  {}",
                    style.pass("ok"),
                    clean_path(&input.path),
                    style.dim(input.format.name()),
                    clean(who)
                )?;
                for t in &input.tables {
                    if t.kind == "unrecognised" {
                        writeln!(
                            out,
                            "         {} '{}' row {}: not a table probity knows (headings: {}); map it in probity.toml [tables]",
                            style.severity(Severity::Info, "sheet"),
                            clean(&t.sheet),
                            t.header_row,
                            clean(&t.headings.join(", "))
                        )?;
                    } else {
                        writeln!(
                            out,
                            "         {} '{}': {} from row {}, {}",
                            style.dim("sheet"),
                            clean(&t.sheet),
                            t.kind,
                            t.header_row,
                            plural(t.rows.unwrap_or(0), "row", "rows")
                        )?;
                    }
                }
            }
            InputStatus::Error => writeln!(
                out,
                "  {}  {}  {}",
                style.severity(Severity::Error, "error"),
                clean_path(&input.path),
                clean(input.error.as_deref().unwrap_or(""))
            )?,
        }
    }
    for skipped in &report.skipped {
        writeln!(
            out,
            "  {}  {}  {}",
            style.dim("skipped"),
            clean_path(&skipped.path),
            style.dim(&skipped.reason)
        )?;
    }
    Ok(())
}

fn render_summary(report: &Report, out: &mut dyn Write, style: &Style) -> io::Result<()> {
    let s = &report.summary;
    let gaps = s.gaps.error + s.gaps.warning + s.gaps.info;
    writeln!(
        out,
        "{} {}, {}, {} ({} error, {} warning, {} info), {}{}",
        style.bold("Summary:"),
        plural(s.inputs, "input", "inputs"),
        plural(s.providers, "provider", "providers"),
        plural(gaps, "gap", "gaps"),
        s.gaps.error,
        s.gaps.warning,
        s.gaps.info,
        plural(s.errors, "input error", "input errors"),
        if report.skipped.is_empty() {
            String::new()
        } else {
            format!(", {} skipped", report.skipped.len())
        }
    )
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn first_line(s: &str) -> String {
    clean(s.lines().next().unwrap_or(""))
}

fn clean(s: &str) -> String {
    s.chars()
        .map(|c| {
            if (c.is_control() && c != '\n') || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// A path as one visible line: a newline or escape in a file name must not forge report
/// lines, and a right-to-left override must not disguise the name. Each such character
/// shows as '?', as `ls` shows it.
fn clean_path(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                '?'
            } else {
                c
            }
        })
        .collect()
}

/// Unicode's explicit direction controls (embeddings, overrides, isolates).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Shortens long evidence on a character boundary, marking the cut. Control characters
/// (a hostile document could carry terminal escapes) never reach the terminal.
fn clip(s: &str, max: usize) -> String {
    let one_line: String = clean(s).split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_on_one_visible_line() {
        assert_eq!(
            clean_path("a\nprobity: fake.txt\u{1b}[31m\u{202E}txt.exe"),
            "a?probity: fake.txt?[31m?txt.exe"
        );
        assert_eq!(clean("one\u{202E}two\nthree"), "one two\nthree");
    }
}
