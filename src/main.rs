//! The `probity` command line: parses arguments, runs the library, writes the report and sets
//! the exit code. Everything else lives in the library.
//!
//! Exit codes: 0 no gap at or above `--fail-on`; 1 gaps at or above it; 2 usage, config or rule
//! error, or any input that could not be read (the report is still written in full).

/// jemalloc rather than glibc's allocator: every worker thread allocates and frees a whole
/// document's buffers and regex caches per file, and glibc's per-thread arenas held that
/// memory fragmented, so a two-thread scan peaked 40-60 % higher (docs/benchmarks.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's settings, read at start-up: freed pages go back to the system at once
/// (`dirty_decay_ms:0`), with a background thread to purge. With a one-second decay, what the
/// workers freed document by document stayed resident long enough to add 17 MB to a
/// two-thread scan's peak (2,000 contracts: 167 against 150 MB, no measurable time cost);
/// with none at all, what the join freed stayed in the workers' arenas: 50 MB more at 20,000.
#[cfg(not(target_env = "msvc"))]
#[unsafe(export_name = "_rjem_malloc_conf")]
static JEMALLOC_CONF: JemallocConf =
    JemallocConf(c"background_thread:true,dirty_decay_ms:0,muzzy_decay_ms:0".as_ptr());

/// A C string pointer jemalloc reads once; it points at a static and is never written.
#[cfg(not(target_env = "msvc"))]
#[repr(transparent)]
struct JemallocConf(*const std::ffi::c_char);
#[cfg(not(target_env = "msvc"))]
unsafe impl Sync for JemallocConf {}

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use probity::check::{self, CheckOptions};
use probity::model::Severity;
use probity::report::{self, Report};
use probity::rules::RulePack;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "probity",
    version,
    about = "Checks public-service contracts and supplier registers for missing ethical standards, per provider."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files and folders, print a report
    Check(CheckArgs),
    /// List the rules in force, or explain one (`probity rules show ES-01`)
    Rules(RulesArgs),
    /// Combine the outputs of `check --shard K/N --format jsonl` into one report, identical
    /// to a single run over the same inputs
    Merge(MergeArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Contracts, spreadsheets, or folders holding them
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    report: ReportArgs,
    #[command(flatten)]
    pack: PackArgs,
    /// The date every age and window is measured from (YYYY-MM-DD; default today)
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<NaiveDate>,
    /// Worker threads (default: all cores)
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Never show a progress bar (it is shown only when stderr is a terminal)
    #[arg(long)]
    no_progress: bool,
    /// Check only shard K of N (K from 0 to N-1), chosen by a stable hash of each path; with
    /// --format jsonl the output can be combined by `probity merge`
    #[arg(long, value_name = "K/N")]
    shard: Option<probity::shard::Shard>,
}

/// How a report is written and what makes the exit code 1, for `check` and `merge` alike.
#[derive(clap::Args)]
struct ReportArgs {
    /// Report format
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    format: OutputFormat,
    /// Write the report to FILE atomically (temp file + rename) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when any gap at or above this severity is found
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
}

#[derive(clap::Args)]
struct MergeArgs {
    /// Shard files written by `probity check --shard K/N --format jsonl`, one per shard
    #[arg(required = true, value_name = "SHARD_FILE")]
    files: Vec<PathBuf>,
    #[command(flatten)]
    report: ReportArgs,
    /// The rule pack the shards were made with (it must match theirs)
    #[command(flatten)]
    pack: PackArgs,
}

#[derive(clap::Args)]
struct PackArgs {
    /// Add a rule pack (a TOML file, or a folder of them); repeatable
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<PathBuf>,
    /// Settings file (default: ./probity.toml when present)
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(clap::Args)]
struct RulesArgs {
    #[command(subcommand)]
    action: Option<RulesAction>,
    #[command(flatten)]
    pack: PackArgs,
}

#[derive(Subcommand)]
enum RulesAction {
    /// Explain one rule: title, area, severity, why, what satisfies it, what to add
    Show { id: String },
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
    Jsonl,
    Sarif,
    Junit,
    Csv,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => run_check(args),
        Command::Rules(args) => run_rules(args),
        Command::Merge(args) => run_merge(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("probity: {}", error_text(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, each said once: library errors already name their cause in
/// their own message ("cannot read rule pack: No such file"), so a cause the text already
/// holds is not repeated.
fn error_text(e: &anyhow::Error) -> String {
    let mut text = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text
}

/// Keeps per-contract results in a temporary file rather than in memory (see
/// `probity::packed`), so a bulk scan's memory does not grow with the archive. Without a
/// writable temporary folder the run still works, holding them in memory.
fn spill_packed_results() {
    if let Err(e) = probity::packed::spill_to_temporary_file() {
        eprintln!(
            "probity: warning: cannot create a temporary file ({e}); results are kept in memory"
        );
    }
}

fn run_check(args: CheckArgs) -> Result<ExitCode> {
    let options = CheckOptions {
        paths: args.paths,
        rule_paths: args.pack.rules,
        config: args.pack.config,
        as_of: args
            .as_of
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        jobs: args.jobs.map(usize::from),
        limits: Default::default(),
    };
    let started = std::time::Instant::now();
    spill_packed_results();
    let show_bar = !args.no_progress
        && std::io::stderr().is_terminal()
        && std::env::var_os("CI").is_none_or(|v| v.is_empty() || v == "false");
    let bar = Bar::new(show_bar);
    let (report, pack, shard) = match args.shard {
        None => {
            let (report, pack) = check::run_with_progress(&options, &bar)?;
            (report, pack, None)
        }
        Some(shard) => {
            let run = probity::shard::run(&options, shard, &bar)?;
            (run.report, run.pack, Some((run.header, run.results)))
        }
    };
    bar.finish();
    report_errors(&report);
    let shard_lines = shard.as_ref().map(|(h, r)| (h, r.as_slice()));
    write_report(
        &report,
        &pack,
        args.report.format,
        args.report.output.as_deref(),
        shard_lines,
    )?;
    let mut summary = run_summary(&report, started.elapsed());
    if let Some((header, _)) = &shard {
        summary.push_str(&format!(
            " (shard {}; {} inputs discovered in all)",
            header.shard, header.discovered_inputs
        ));
    }
    eprintln!("{summary}");
    Ok(exit_code(&report, args.report.fail_on))
}

fn run_merge(args: MergeArgs) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    spill_packed_results();
    let pack = check::load_pack(&args.pack.rules, args.pack.config.as_deref())?;
    let merged = probity::shard::merge(&args.files, &pack)?;
    let report = merged.report;
    report_errors(&report);
    write_report(
        &report,
        &pack,
        args.report.format,
        args.report.output.as_deref(),
        None,
    )?;
    eprintln!(
        "{} (merged from {} shards)",
        run_summary(&report, started.elapsed()),
        merged.shards
    );
    Ok(exit_code(&report, args.report.fail_on))
}

/// Each unreadable input on stderr, so a batch log shows them without opening the report.
fn report_errors(report: &Report) {
    for input in report.inputs.iter().filter(|i| i.error.is_some()) {
        eprintln!(
            "probity: {}: {}",
            input.path,
            input.error.as_deref().unwrap_or_default()
        );
    }
}

/// Renders the report in the format asked for, to FILE (atomically) or stdout. `shard` adds
/// the lines `probity merge` reads; only JSON Lines carries them.
fn write_report(
    report: &Report,
    pack: &RulePack,
    format: OutputFormat,
    output: Option<&Path>,
    shard: Option<(&probity::shard::ShardHeader, &[check::FileResult])>,
) -> Result<()> {
    let color = output.is_none()
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let render = |out: &mut dyn Write| -> std::io::Result<()> {
        match format {
            OutputFormat::Text => report::text::render(report, out, color),
            OutputFormat::Json => report::json::render(report, out),
            OutputFormat::Jsonl => match shard {
                Some((header, results)) => {
                    report::jsonl::render_shard(report, header, results, out)
                }
                None => report::jsonl::render(report, out),
            },
            OutputFormat::Sarif => report::sarif::render(report, &pack.rules, out),
            OutputFormat::Junit => report::junit::render(report, out),
            OutputFormat::Csv => report::csv::render(report, out),
            OutputFormat::Html => report::html::render(report, out),
        }
    };
    match output {
        Some(path) => write_atomically(path, render)?,
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            render(&mut out)?;
            out.flush()?;
        }
    }
    Ok(())
}

/// The closing line on stderr: files by format, errors, time taken and rate.
fn run_summary(report: &Report, elapsed: std::time::Duration) -> String {
    let mut by_format: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for input in &report.inputs {
        *by_format.entry(input.format.name()).or_default() += 1;
    }
    let formats: Vec<String> = by_format.iter().map(|(f, n)| format!("{n} {f}")).collect();
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        report.inputs.len() as f64 / seconds
    } else {
        0.0
    };
    format!(
        "probity: checked {} {} ({}), {} could not be read, {} skipped, in {:.1} s ({:.0} files/s)",
        report.inputs.len(),
        if report.inputs.len() == 1 {
            "file"
        } else {
            "files"
        },
        if formats.is_empty() {
            "none".to_string()
        } else {
            formats.join(", ")
        },
        report.summary.errors,
        report.skipped.len(),
        seconds,
        rate
    )
}

/// A progress bar on stderr (files done, rate, errors so far, time left), or nothing.
struct Bar {
    bar: Option<indicatif::ProgressBar>,
    errors: std::sync::atomic::AtomicUsize,
}

impl Bar {
    fn new(show: bool) -> Bar {
        Bar {
            bar: show.then(indicatif::ProgressBar::hidden),
            errors: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl check::Progress for Bar {
    fn start(&self, total: usize) {
        if let Some(bar) = &self.bar {
            bar.set_length(total as u64);
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} files · {per_sec} · {msg} · {eta} left",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar.set_message("0 errors");
        }
    }

    fn file_done(&self, outcome: &probity::report::InputOutcome) {
        if let Some(bar) = &self.bar {
            if outcome.error.is_some() {
                let n = self
                    .errors
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                    + 1;
                bar.set_message(format!("{n} errors"));
            }
            bar.inc(1);
        }
    }
}

fn exit_code(report: &Report, fail_on: FailOn) -> ExitCode {
    if report.summary.errors > 0 {
        return ExitCode::from(2);
    }
    let threshold = match fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
        FailOn::Never => return ExitCode::SUCCESS,
    };
    if report.summary.gaps.at_or_above(threshold) > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes beside the target and renames over it, so a reader of FILE never sees half a
/// report and a failed run leaves the previous report in place.
///
/// Only a regular file (or a new one) is replaced that way: renaming over `/dev/null`, a FIFO
/// or `/dev/stdout` would swap the device for a plain file, so those are written straight
/// through.
fn write_atomically(
    path: &Path,
    render: impl Fn(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    if let Ok(meta) = std::fs::metadata(path) {
        if !meta.is_file() {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            render(&mut out)?;
            out.flush()?;
            return Ok(());
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .context("--output needs a file name")?
        .to_string_lossy();
    let tmp = dir.join(format!(".{name}.probity-{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let file = std::fs::File::create(&tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
        let mut out = std::io::BufWriter::new(file);
        render(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn run_rules(args: RulesArgs) -> Result<ExitCode> {
    let pack = check::load_pack(&args.pack.rules, args.pack.config.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.action {
        None => list_rules(&pack, &mut out)?,
        Some(RulesAction::Show { id }) => {
            let Some(rule) = pack.get(&id) else {
                anyhow::bail!("no rule {id} in the pack in use (`probity rules` lists them)");
            };
            writeln!(out, "{}  {}", rule.id, rule.title)?;
            writeln!(out, "area:      {}", rule.area.name())?;
            writeln!(out, "severity:  {}", rule.severity)?;
            writeln!(out, "checks:    {}", applies_to_text(rule.applies_to))?;
            writeln!(
                out,
                "\nWhy\n  {}\n  Source: {}",
                rule.rationale.trim(),
                rule.source.trim()
            )?;
            writeln!(out, "\nSatisfied when\n  {}", rule.satisfies.trim())?;
            writeln!(out, "\nWhat to add\n  {}", rule.remedy.trim())?;
            if let Some(params) = rule.params.as_ref().filter(|p| !p.is_empty()) {
                writeln!(out, "\nParameters (change them in a rule pack)")?;
                for (key, value) in params {
                    writeln!(out, "  {key} = {value}")?;
                }
            }
            writeln!(out, "\nDefined in {}", rule.origin)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn list_rules(pack: &RulePack, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rules: Vec<_> = pack.rules.iter().collect();
    rules.sort_by(|a, b| a.id.sort_key().cmp(&b.id.sort_key()));
    for rule in rules {
        writeln!(
            out,
            "{:<7} {:<8} {:<9} {}",
            rule.id.as_str(),
            rule.severity.name(),
            applies_to_text(rule.applies_to),
            rule.title
        )?;
    }
    Ok(())
}

fn applies_to_text(a: probity::rules::AppliesTo) -> &'static str {
    match a {
        probity::rules::AppliesTo::Contract => "contract",
        probity::rules::AppliesTo::Record => "record",
        probity::rules::AppliesTo::Provider => "provider",
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<std::io::Error>())
        .any(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
