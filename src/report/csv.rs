//! `--format csv`: one row per finding, for spreadsheets. Every cell that a spreadsheet
//! program would take for a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) is
//! prefixed with `'`, since contract text is untrusted and CSV injection is real.

use super::Report;
use std::io::{self, Write};

const HEADER: [&str; 18] = [
    "provider",
    "file",
    "rule",
    "area",
    "severity",
    "status",
    "section",
    "clause",
    "paragraph",
    "page",
    "sheet",
    "cell",
    "row",
    "evidence",
    "message",
    "remedy",
    "contract",
    "as_of",
];

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write_row(out, HEADER.iter().map(|s| s.to_string()))?;
    for p in &report.providers {
        for f in &p.findings.to_vec() {
            let l = &f.location;
            let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
            let text = |s: &Option<String>| s.clone().unwrap_or_default();
            write_row(
                out,
                [
                    p.name.clone(),
                    f.file.clone(),
                    f.rule.to_string(),
                    f.area.name().to_string(),
                    f.severity.to_string(),
                    match f.status {
                        crate::model::Status::Pass => "pass".into(),
                        crate::model::Status::Gap => "gap".into(),
                    },
                    text(&l.section),
                    text(&l.clause),
                    num(l.paragraph),
                    num(l.page),
                    text(&l.sheet),
                    text(&l.cell),
                    num(l.row),
                    text(&f.evidence),
                    f.message.clone(),
                    text(&f.remedy),
                    f.facts
                        .as_ref()
                        .and_then(|x| x.contract.clone())
                        .unwrap_or_default(),
                ]
                .into_iter(),
            )?;
        }
    }
    Ok(())
}

fn write_row(out: &mut dyn Write, cells: impl Iterator<Item = String>) -> io::Result<()> {
    let row: Vec<String> = cells.map(|c| quote(&neutralise(&c))).collect();
    out.write_all(row.join(",").as_bytes())?;
    out.write_all(b"\r\n")
}

fn neutralise(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(
            quote(&neutralise("=HYPERLINK(\"x\")")),
            "\"'=HYPERLINK(\"\"x\"\")\""
        );
        assert_eq!(quote(&neutralise("-1")), "'-1");
        assert_eq!(quote(&neutralise("plain")), "plain");
        assert_eq!(quote(&neutralise("a,b")), "\"a,b\"");
    }
}
