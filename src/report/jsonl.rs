//! `--format jsonl`: one JSON object per line, for tools that stream. Lines are tagged by
//! `type`: `run` (schema, tool, as-of), `input` (one per input), `finding` (one per finding,
//! carrying its `provider` and `provider_key`), `skipped`, and a closing `summary`, in the
//! same order as the JSON report, so the lines can be merged back into one report.
//!
//! A shard (`check --shard K/N`) adds a `shard` header as the very first line and one
//! `result` line per input (its `FileResult`) just before the summary; `crate::shard` reads
//! them back for `probity merge`.

use super::Report;
use crate::model::Finding;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
    Shard(&'a crate::shard::ShardHeader),
    Result(&'a crate::check::FileResult),
    Run {
        schema: &'a str,
        tool: &'a super::Tool,
        as_of: &'a str,
    },
    Input(&'a super::InputOutcome),
    Finding {
        provider: &'a str,
        provider_key: &'a str,
        #[serde(flatten)]
        finding: &'a Finding,
    },
    Skipped(&'a super::Skipped),
    Summary(&'a super::Summary),
}

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    render_lines(report, None, out)
}

/// A shard's output: its own report's lines, plus the header and per-file results `merge`
/// needs.
pub fn render_shard(
    report: &Report,
    header: &crate::shard::ShardHeader,
    results: &[crate::check::FileResult],
    out: &mut dyn Write,
) -> io::Result<()> {
    render_lines(report, Some((header, results)), out)
}

fn render_lines(
    report: &Report,
    shard: Option<(&crate::shard::ShardHeader, &[crate::check::FileResult])>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut line = |l: Line| -> io::Result<()> {
        serde_json::to_writer(&mut *out, &l).map_err(io::Error::other)?;
        out.write_all(b"\n")
    };
    if let Some((header, _)) = shard {
        line(Line::Shard(header))?;
    }
    line(Line::Run {
        schema: report.schema,
        tool: &report.tool,
        as_of: &report.as_of,
    })?;
    for input in &report.inputs {
        line(Line::Input(input))?;
    }
    for provider in &report.providers {
        for finding in &provider.findings.to_vec() {
            line(Line::Finding {
                provider: &provider.name,
                provider_key: &provider.key,
                finding,
            })?;
        }
    }
    for skipped in &report.skipped {
        line(Line::Skipped(skipped))?;
    }
    for result in shard.map_or(&[][..], |(_, r)| r) {
        line(Line::Result(result))?;
    }
    line(Line::Summary(&report.summary))
}
