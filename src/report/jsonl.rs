//! `--format jsonl`: one JSON object per line, for tools that stream. Lines are tagged by
//! `type`: `run` (schema, tool, as-of), `input` (one per input), `finding` (one per finding,
//! carrying its `provider` and `provider_key`), `skipped`, and a closing `summary`, in the
//! same order as the JSON report, so the lines can be merged back into one report.

use super::Report;
use crate::model::Finding;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line<'a> {
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
    let mut line = |l: Line| -> io::Result<()> {
        serde_json::to_writer(&mut *out, &l).map_err(io::Error::other)?;
        out.write_all(b"\n")
    };
    line(Line::Run {
        schema: report.schema,
        tool: &report.tool,
        as_of: &report.as_of,
    })?;
    for input in &report.inputs {
        line(Line::Input(input))?;
    }
    for provider in &report.providers {
        for finding in &provider.findings {
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
    line(Line::Summary(&report.summary))
}
