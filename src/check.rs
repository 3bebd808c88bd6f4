//! `probity check`: runs the data's way for a set of paths and returns the report.
//! discover -> read, normalise and evaluate each file in parallel (a panic in one file is
//! caught and becomes that file's error) -> join per provider -> `Report`. Only outcomes are
//! kept once a file is evaluated, never its text, so memory stays flat as the corpus grows.

use crate::config::{Config, ConfigError};
use crate::discover::{self, Discovered, Excludes};
use crate::evaluate::{self, CompiledPack, DocumentContext};
use crate::join::run::EvaluatedWorkbook;
use crate::join::{self, EvaluatedDocument};
use crate::model::{Format, Input};
use crate::normalise::records;
use crate::normalise::tables::{self, SheetTable};
use crate::normalise::{self, parties};
use crate::read::Workbook;
use crate::read::{self, Content, Limits, ReadError};
use crate::report::TableOutcome;
use crate::report::{InputOutcome, InputStatus, Report};
use crate::rules::records as records_rules;
use crate::rules::{RuleError, RulePack};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use thiserror::Error;

/// Everything a check run needs, as the CLI validated it.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub paths: Vec<PathBuf>,
    pub rule_paths: Vec<PathBuf>,
    pub config: Option<PathBuf>,
    pub as_of: NaiveDate,
    /// Worker threads; `None` for all cores.
    pub jobs: Option<usize>,
    pub limits: Limits,
}

/// What stops a run before any file is read (exit code 2).
#[derive(Debug, Error)]
pub enum CheckError {
    #[error(transparent)]
    Rules(#[from] RuleError),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("cannot start worker threads: {0}")]
    Threads(String),
}

/// The rule pack in force: the embedded default, the user's packs, then `probity.toml`.
pub fn load_pack(
    rule_paths: &[PathBuf],
    config: Option<&std::path::Path>,
) -> Result<RulePack, CheckError> {
    Ok(load_settings(rule_paths, config, Limits::default())?.pack)
}

/// What `probity.toml` and the rule packs settle for a run.
pub struct Settings {
    pub pack: RulePack,
    pub limits: Limits,
    pub excludes: Excludes,
}

fn load_settings(
    rule_paths: &[PathBuf],
    config: Option<&std::path::Path>,
    limits: Limits,
) -> Result<Settings, CheckError> {
    let mut pack = RulePack::default_pack()?;
    pack.add_paths(rule_paths)?;
    let (config, config_path) = Config::load(config)?;
    let file = config_path
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    config.apply(&mut pack, &file)?;
    Ok(Settings {
        pack,
        limits: config.limits.over(limits, &file)?,
        excludes: config.excludes(&file)?,
    })
}

/// Runs the check and returns the report with the rule pack it was made with (reporters that
/// describe rules, such as SARIF, need it).
pub fn run(options: &CheckOptions) -> Result<(Report, RulePack), CheckError> {
    run_with_progress(options, &NoProgress)
}

/// Hears about the run as it goes, for progress displays. Called from worker threads.
pub trait Progress: Sync {
    /// The inputs are known: `total` files will be checked.
    fn start(&self, total: usize);
    /// One input is done, with its outcome.
    fn file_done(&self, outcome: &InputOutcome);
}

/// No progress display (library callers, tests).
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: usize) {}
    fn file_done(&self, _: &InputOutcome) {}
}

pub fn run_with_progress(
    options: &CheckOptions,
    progress: &dyn Progress,
) -> Result<(Report, RulePack), CheckError> {
    let Prepared {
        pack,
        compiled,
        limits,
        discovered: Discovered { inputs, skipped },
    } = prepare(options)?;
    progress.start(inputs.len());
    thread_pool(options.jobs)?.install(|| {
        let results = check_inputs(&inputs, &pack, &compiled, &limits, options, progress);
        // The compiled rules hold each worker thread's regex caches (tens of MB); the join
        // needs none of it.
        drop(compiled);
        drop(inputs);
        Ok((assemble(results, skipped, &pack, options.as_of), pack))
    })
}

/// The worker threads of a run: `jobs` of them, or one per core. Reading and the join both
/// run on them (`ThreadPool::install`), so `-j 1` means one thread throughout.
pub fn thread_pool(jobs: Option<usize>) -> Result<rayon::ThreadPool, CheckError> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = jobs {
        builder = builder.num_threads(jobs.max(1));
    }
    builder
        .build()
        .map_err(|e| CheckError::Threads(e.to_string()))
}

/// What every run starts from, whole or sharded: the pack and limits in force and the
/// inputs found.
pub struct Prepared {
    pub pack: RulePack,
    pub compiled: CompiledPack,
    /// `options.limits` with `probity.toml`'s `[limits]` over them.
    pub limits: Limits,
    pub discovered: Discovered,
}

/// Loads and compiles the pack and discovers the inputs; nothing is read yet.
pub fn prepare(options: &CheckOptions) -> Result<Prepared, CheckError> {
    let Settings {
        pack,
        limits,
        excludes,
    } = load_settings(
        &options.rule_paths,
        options.config.as_deref(),
        options.limits,
    )?;
    let discovered = discover::discover_with(&options.paths, &excludes);
    // Compiling the clause rules costs a few hundred milliseconds; a run of spreadsheets
    // alone (a register checked in CI, say) need not pay it.
    let documents_expected = discovered.inputs.iter().any(|i| {
        read::format_from_extension(&i.path).kind() != crate::model::InputKind::Spreadsheet
    });
    let compiled = if documents_expected {
        CompiledPack::compile(&pack)?
    } else {
        let mut registers_only = pack.clone();
        registers_only
            .rules
            .retain(|r| r.applies_to != crate::rules::AppliesTo::Contract);
        CompiledPack::compile(&registers_only)?
    };
    Ok(Prepared {
        pack,
        compiled,
        limits,
        discovered,
    })
}

/// The per-file half of a run: reads, normalises and evaluates each input in parallel, on
/// the current thread pool (`thread_pool`). `collect` on an indexed parallel iterator keeps
/// input order, so the result does not depend on which thread finished first.
pub fn check_inputs(
    inputs: &[Input],
    pack: &RulePack,
    compiled: &CompiledPack,
    limits: &Limits,
    options: &CheckOptions,
    progress: &dyn Progress,
) -> Vec<FileResult> {
    install_quiet_panic_hook();
    inputs
        .par_iter()
        .map(|input| {
            let result = check_file(input, pack, compiled, limits, options.as_of);
            progress.file_done(&result.outcome);
            result
        })
        .collect()
}

/// The whole-run half: joins the per-file results per provider and builds the report. Works
/// the same on results from one run or gathered from several (the per-file results carry
/// everything it needs, and no text).
pub fn assemble(
    results: Vec<FileResult>,
    skipped: Vec<crate::report::Skipped>,
    pack: &RulePack,
    as_of: NaiveDate,
) -> Report {
    let mut outcomes = Vec::with_capacity(results.len());
    let mut documents = Vec::new();
    let mut workbooks = Vec::new();
    for result in results {
        outcomes.push(result.outcome);
        documents.extend(result.document);
        workbooks.extend(result.workbook.map(|w| *w));
    }
    let providers = join::run::join_run(documents, workbooks, pack, as_of);

    // Each input names the provider the join settled on, so the two can never disagree.
    let provider_of: BTreeMap<&str, &str> = providers
        .iter()
        .flat_map(|p| {
            p.contracts
                .iter()
                .map(move |c| (c.as_str(), p.name.as_str()))
        })
        .collect();
    for outcome in &mut outcomes {
        outcome.provider = provider_of
            .get(outcome.path.as_str())
            .map(|s| s.to_string());
    }
    Report::new(as_of.to_string(), outcomes, providers, skipped)
}

/// One file's contribution to the run. Serialisable because a shard writes these for
/// `probity merge` to assemble (see `crate::shard`).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FileResult {
    pub outcome: InputOutcome,
    pub document: Option<EvaluatedDocument>,
    /// Boxed: most inputs are documents, and a bulk scan holds one result per input.
    pub workbook: Option<Box<EvaluatedWorkbook>>,
}

fn check_file(
    input: &Input,
    rules: &RulePack,
    pack: &CompiledPack,
    limits: &Limits,
    as_of: NaiveDate,
) -> FileResult {
    PANIC_MESSAGE.with(|m| m.borrow_mut().take());
    READING_A_FILE.with(|r| r.set(true));
    let attempt = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        read_and_evaluate(input, rules, pack, limits, as_of)
    }));
    READING_A_FILE.with(|r| r.set(false));
    let (format, result) = match attempt {
        Ok(r) => r,
        Err(payload) => {
            let message = PANIC_MESSAGE
                .with(|m| m.borrow_mut().take())
                .unwrap_or_else(|| panic_text(payload.as_ref()));
            (Format::Unsupported, Err(ReadError::Panicked(message)))
        }
    };
    match result {
        Ok(evaluated) => {
            let (document, workbook, tables) = match evaluated {
                Evaluated::Document(d) => (Some(d), None, Vec::new()),
                Evaluated::Workbook(w, tables) => (None, Some(Box::new(w)), tables),
            };
            FileResult {
                outcome: InputOutcome {
                    path: input.display.clone(),
                    kind: format.kind(),
                    format,
                    status: InputStatus::Ok,
                    error: None,
                    provider: None,
                    tables,
                },
                document,
                workbook,
            }
        }
        Err(e) => FileResult {
            outcome: InputOutcome {
                path: input.display.clone(),
                kind: kind_guess(input, format),
                format,
                status: InputStatus::Error,
                error: Some(e.to_string()),
                provider: None,
                tables: Vec::new(),
            },
            document: None,
            workbook: None,
        },
    }
}

/// What one readable file contributed.
enum Evaluated {
    Document(EvaluatedDocument),
    Workbook(EvaluatedWorkbook, Vec<TableOutcome>),
}

fn read_and_evaluate(
    input: &Input,
    rules: &RulePack,
    pack: &CompiledPack,
    limits: &Limits,
    as_of: NaiveDate,
) -> (Format, Result<Evaluated, ReadError>) {
    // A failpoint for the test that a panic in one file is that file's error.
    #[cfg(test)]
    if input.display.ends_with("panic-here.txt") {
        panic!("injected panic");
    }
    let (format, content) = read::read_path(&input.path, limits);
    let content = match content {
        Ok(c) => c,
        Err(e) => return (format, Err(e)),
    };
    let document = match content {
        Content::Document(doc) => doc,
        Content::Workbook(workbook) => {
            let (evaluated, tables) = evaluate_workbook(&workbook, &input.display, rules, as_of);
            return (format, Ok(Evaluated::Workbook(evaluated, tables)));
        }
    };
    if document.text_len() == 0 {
        let empty = if format == Format::Pdf {
            ReadError::NoText
        } else {
            ReadError::Empty
        };
        return (format, Err(empty));
    }
    let parties = parties::find_parties(&document);
    let prepared = normalise::prepare(&document);
    let ctx = DocumentContext::of(&parties);
    let outcomes = evaluate::evaluate_document(pack, &prepared, &ctx, &input.display);
    let evaluated = EvaluatedDocument {
        file: input.display.clone(),
        pack: input
            .pack
            .as_ref()
            .map(|p| p.to_string_lossy().into_owned()),
        parties,
        outcomes: crate::packed::Packed::pack(&outcomes),
    };
    (format, Ok(Evaluated::Document(evaluated)))
}

/// Recognises each sheet's table, checks its rows and keeps the typed rows the whole-run
/// stage needs.
fn evaluate_workbook(
    workbook: &Workbook,
    file: &str,
    pack: &RulePack,
    as_of: NaiveDate,
) -> (EvaluatedWorkbook, Vec<TableOutcome>) {
    let mut evaluated = EvaluatedWorkbook {
        file: file.to_string(),
        ..EvaluatedWorkbook::default()
    };
    let mut outcomes = Vec::new();
    for sheet in &workbook.sheets {
        match tables::recognise(sheet, &pack.tables) {
            SheetTable::Recognised(table) => {
                evaluated
                    .findings
                    .extend(records_rules::check_table(pack, file, &table, as_of));
                records::extract(file, &table, &mut evaluated.registers);
                let rows = evaluated.registers.tables.last().map_or(0, |t| t.rows);
                outcomes.push(TableOutcome {
                    sheet: sheet.name.clone(),
                    kind: table.kind.name().to_string(),
                    header_row: table.header_row,
                    rows: Some(rows),
                    headings: Vec::new(),
                });
            }
            SheetTable::Unrecognised {
                header_row,
                headings,
            } => outcomes.push(TableOutcome {
                sheet: sheet.name.clone(),
                kind: "unrecognised".to_string(),
                header_row,
                rows: None,
                headings,
            }),
            SheetTable::NotATable => {}
        }
    }
    (evaluated, outcomes)
}

/// For a file that failed before its format was known, guess its kind from the extension.
fn kind_guess(input: &Input, format: Format) -> crate::model::InputKind {
    match format {
        Format::Unsupported => read::format_from_extension(&input.path).kind(),
        known => known.kind(),
    }
}

thread_local! {
    static PANIC_MESSAGE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// Set while this thread reads and evaluates one file, inside `catch_unwind`.
    static READING_A_FILE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Keeps a reader's panic off the terminal (it is reported as that file's error instead),
/// while panics elsewhere (the join runs on the same worker threads) still print as usual.
fn install_quiet_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if READING_A_FILE.with(|r| r.get()) {
                let location = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                let text = panic_text(info.payload());
                PANIC_MESSAGE.with(|m| *m.borrow_mut() = Some(format!("{text}{location}")));
            } else {
                default(info);
            }
        }));
    });
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_checking_one_file_is_its_error_and_the_run_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let text = "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n";
        for name in ["a.txt", "panic-here.txt", "z.txt"] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let options = CheckOptions {
            paths: vec![dir.path().to_path_buf()],
            rule_paths: Vec::new(),
            config: None,
            as_of: NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
            jobs: Some(2),
            limits: Limits::default(),
        };
        let (report, _) = run(&options).unwrap();
        let statuses: Vec<(&str, InputStatus)> = report
            .inputs
            .iter()
            .map(|i| (i.path.rsplit('/').next().unwrap(), i.status))
            .collect();
        assert_eq!(
            statuses,
            [
                ("a.txt", InputStatus::Ok),
                ("panic-here.txt", InputStatus::Error),
                ("z.txt", InputStatus::Ok)
            ]
        );
        let error = report.inputs[1].error.as_deref().unwrap();
        assert!(error.contains("injected panic"), "{error}");
    }
}
