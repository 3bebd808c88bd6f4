//! Scaling past one machine: `check --shard K/N` and `probity merge`.
//!
//! Owns which shard an input belongs to (a documented, stable hash of its display path), the
//! extra lines a shard adds to `--format jsonl` (a `shard` header and one `result` line per
//! input), reading those files back, and the checks that refuse a merge which could not equal
//! a single run (shards missing or given twice, different as-of dates, rule packs, limits,
//! tool versions or input trees, truncated files).
//!
//! The join is whole-run (documents of one contract pack can land in different shards), so a
//! shard carries its per-file results, not only its findings; `merge` hands them all to
//! `check::assemble`, which is exactly what a single run does with its own.

use crate::check::{self, CheckError, CheckOptions, FileResult, Prepared, Progress};
use crate::read::Limits;
use crate::report::{Report, Skipped};
use crate::rules::RulePack;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The schema of a shard's extra lines. Bumped whenever a `result` line changes shape.
pub const SHARD_SCHEMA: &str = "probity-shard/1";

/// FNV-1a, 64 bits: offset basis 0xcbf29ce484222325, prime 0x100000001b3. Chosen because it
/// is tiny, has no seed (std's `DefaultHasher` is allowed to change between Rust releases,
/// and a shard's selection must not), and is easy to reproduce in any language when someone
/// wants to predict which shard holds a file.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// One shard of a run: `index` counts from 0 (as Kubernetes' `JOB_COMPLETION_INDEX` and most
/// array-job indexes do) up to `count - 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Whether an input (or skipped entry) with this display path belongs to this shard:
    /// `fnv1a64(UTF-8 bytes of the path as the report prints it) mod count == index`.
    pub fn holds(&self, display: &str) -> bool {
        fnv1a64(display.as_bytes()) % u64::from(self.count) == u64::from(self.index)
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `K/N` with `0 <= K < N`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || {
            format!("`{s}` is not a shard: expected K/N with 0 <= K < N, K counting from 0 (e.g. 0/3, 1/3, 2/3)")
        };
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u32 = k.trim().parse().map_err(|_| bad())?;
        let count: u32 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

/// The first line of a shard file: what the shard was made with, so that `merge` can refuse
/// shards that would not add up to one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardHeader {
    pub schema: String,
    /// The probity version that wrote it; `merge` must be the same version, because the join
    /// it runs on the results is that version's.
    pub version: String,
    pub as_of: String,
    /// Fingerprint of the rule pack in force (`fnv1a64:` and 16 hex digits).
    pub pack: String,
    /// Fingerprint of the reading limits in force.
    pub limits: String,
    pub shard: Shard,
    /// Fingerprint of everything discovered before sharding (every input and skipped entry,
    /// in order), so shards run over different trees or paths are refused.
    pub discovered: String,
    /// How many inputs and skipped entries were discovered before sharding.
    pub discovered_inputs: usize,
    pub discovered_skipped: usize,
    /// How many `result` and `skipped` lines this file holds, so a truncated file is caught.
    pub results: usize,
    pub skipped: usize,
}

/// A shard's run: its own report (of its inputs only; the join of a part is not the join of
/// the whole), the per-file results `merge` needs, and the header describing them.
pub struct ShardRun {
    pub report: Report,
    pub pack: RulePack,
    pub header: ShardHeader,
    pub results: Vec<FileResult>,
}

/// Runs one shard: discovers everything (cheap, and needed to fingerprint the whole tree),
/// then reads only the inputs and lists only the skipped entries this shard holds.
pub fn run(
    options: &CheckOptions,
    shard: Shard,
    progress: &dyn Progress,
) -> Result<ShardRun, CheckError> {
    let Prepared {
        pack,
        compiled,
        limits,
        discovered,
    } = check::prepare(options)?;
    let discovered_digest = discovered_fingerprint(&discovered.inputs, &discovered.skipped);
    let discovered_inputs = discovered.inputs.len();
    let discovered_skipped = discovered.skipped.len();
    let inputs: Vec<_> = discovered
        .inputs
        .into_iter()
        .filter(|i| shard.holds(&i.display))
        .collect();
    let skipped: Vec<_> = discovered
        .skipped
        .into_iter()
        .filter(|s| shard.holds(&s.path))
        .collect();
    progress.start(inputs.len());
    check::thread_pool(options.jobs)?.install(|| {
        let results = check::check_inputs(&inputs, &pack, &compiled, &limits, options, progress);
        // As `check::run_with_progress`: the regex caches are not needed past this point.
        drop(compiled);
        let header = ShardHeader {
            schema: SHARD_SCHEMA.to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
            as_of: options.as_of.to_string(),
            pack: pack_fingerprint(&pack),
            limits: limits_fingerprint(&limits),
            shard,
            discovered: discovered_digest,
            discovered_inputs,
            discovered_skipped,
            results: results.len(),
            skipped: skipped.len(),
        };
        let report = check::assemble(results.clone(), skipped, &pack, options.as_of);
        Ok(ShardRun {
            report,
            pack,
            header,
            results,
        })
    })
}

fn hex(hash: u64) -> String {
    format!("fnv1a64:{hash:016x}")
}

/// Fingerprint of a rule pack: FNV-1a 64 of its full description (rules, severities as
/// configured, matcher specifications, parameters, vocabulary). Where each rule was loaded
/// from is left out, so the same pack at another path on another machine matches. Only
/// comparable between runs of the same probity version, which `merge` also requires.
pub fn pack_fingerprint(pack: &RulePack) -> String {
    let mut pack = pack.clone();
    for rule in &mut pack.rules {
        rule.origin.clear();
    }
    hex(fnv1a64(format!("{pack:?}").as_bytes()))
}

/// Fingerprint of the reading limits: different limits can turn a file's outcome from `ok`
/// into `error`, so shards made with different limits do not add up to one run.
pub fn limits_fingerprint(limits: &Limits) -> String {
    hex(fnv1a64(format!("{limits:?}").as_bytes()))
}

fn discovered_fingerprint(inputs: &[crate::model::Input], skipped: &[Skipped]) -> String {
    let mut text = String::new();
    for input in inputs {
        text.push_str("input\0");
        text.push_str(&input.display);
        text.push('\0');
        if let Some(pack) = &input.pack {
            text.push_str(&pack.to_string_lossy());
        }
        text.push('\n');
    }
    for s in skipped {
        text.push_str("skipped\0");
        text.push_str(&s.path);
        text.push('\0');
        text.push_str(&s.reason);
        text.push('\n');
    }
    hex(fnv1a64(text.as_bytes()))
}

/// Why shard files cannot be merged. Each message names the file and says what to do.
#[derive(Debug, Error)]
pub enum MergeError {
    #[error("{file}: cannot read shard file: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: not a line of a probity shard file: {message}")]
    Syntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: not a probity shard file: {why} (write shards with `probity check --shard K/N --format jsonl`)")]
    NotShard { file: String, why: String },
    #[error("{file}: incomplete shard file (truncated?): its header promises {promised} {what} lines, found {found}")]
    Incomplete {
        file: String,
        what: &'static str,
        promised: usize,
        found: usize,
    },
    /// The shard disagrees with the first one (or with this probity) on something that
    /// changes the report; `detail` says what, both values, and what to do.
    #[error("{file}: {detail}")]
    Mismatch { file: String, detail: String },
    #[error("shard {shard} given twice: {first} and {second}")]
    Duplicate {
        shard: Shard,
        first: String,
        second: String,
    },
    #[error(
        "shard{plural} {missing} of {count} missing: every shard must be merged (given: {given})"
    )]
    Missing {
        missing: String,
        plural: &'static str,
        count: u32,
        given: String,
    },
    #[error("the shards hold {found} inputs and {found_skipped} skipped entries, but discovered {expected} and {expected_skipped}")]
    Count {
        found: usize,
        expected: usize,
        found_skipped: usize,
        expected_skipped: usize,
    },
    #[error("{file}: made with a different rule pack ({theirs}) from the one in force here ({ours}); run merge with the same --rules and --config as the shards")]
    Pack {
        file: String,
        theirs: String,
        ours: String,
    },
    #[error("no shard files given")]
    Empty,
}

/// One shard file as read back.
#[derive(Debug)]
pub struct ShardFile {
    pub file: String,
    pub header: ShardHeader,
    pub results: Vec<FileResult>,
    pub skipped: Vec<Skipped>,
}

/// The lines of a shard file `merge` uses; the rest (`run`, `input`, `finding`, `summary`)
/// describe the shard's own partial report and are passed over.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Line {
    Shard(ShardHeader),
    Result(Box<FileResult>),
    Skipped(Skipped),
    #[serde(other)]
    Other,
}

/// Reads one shard file. The header must be the first line.
pub fn read_shard(path: &Path) -> Result<ShardFile, MergeError> {
    let file = path.display().to_string();
    let io = |source| MergeError::Io {
        file: file.clone(),
        source,
    };
    let reader = std::io::BufReader::new(std::fs::File::open(path).map_err(io)?);
    let mut header: Option<ShardHeader> = None;
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(io)?;
        if line.trim().is_empty() {
            continue;
        }
        let parsed: Line = serde_json::from_str(&line).map_err(|e| {
            if n == 0 {
                MergeError::NotShard {
                    file: file.clone(),
                    why: format!("the first line is not JSON ({e})"),
                }
            } else {
                MergeError::Syntax {
                    file: file.clone(),
                    line: n + 1,
                    message: e.to_string(),
                }
            }
        })?;
        match (parsed, &header) {
            (Line::Shard(h), None) if n == 0 => header = Some(h),
            (_, None) => {
                return Err(MergeError::NotShard {
                    file,
                    why: "the first line is not a `shard` header".into(),
                })
            }
            (Line::Shard(_), Some(_)) => {
                return Err(MergeError::Syntax {
                    file,
                    line: n + 1,
                    message: "a second `shard` header".into(),
                })
            }
            (Line::Result(r), Some(_)) => results.push(*r),
            (Line::Skipped(s), Some(_)) => skipped.push(s),
            (Line::Other, Some(_)) => {}
        }
    }
    let header = header.ok_or_else(|| MergeError::NotShard {
        file: file.clone(),
        why: "it is empty".into(),
    })?;
    if header.schema != SHARD_SCHEMA {
        return Err(MergeError::NotShard {
            file,
            why: format!(
                "schema `{}`, this probity reads `{SHARD_SCHEMA}`",
                header.schema
            ),
        });
    }
    for (what, promised, found) in [
        ("result", header.results, results.len()),
        ("skipped", header.skipped, skipped.len()),
    ] {
        if promised != found {
            return Err(MergeError::Incomplete {
                file,
                what,
                promised,
                found,
            });
        }
    }
    Ok(ShardFile {
        file,
        header,
        results,
        skipped,
    })
}

/// The merged run, ready for the reporters.
pub struct Merged {
    pub report: Report,
    pub shards: usize,
}

/// Reads shard files and assembles them into the report a single run over the same inputs
/// would have made, with `pack` (which must be the pack the shards were made with).
pub fn merge(paths: &[PathBuf], pack: &RulePack) -> Result<Merged, MergeError> {
    let files = paths
        .iter()
        .map(|p| read_shard(p))
        .collect::<Result<Vec<_>, _>>()?;
    let as_of = validate(&files, &pack_fingerprint(pack))?;
    let shards = files.len();
    let mut by_index: Vec<ShardFile> = files;
    by_index.sort_by_key(|f| f.header.shard.index);
    let mut results = Vec::new();
    let mut skipped = Vec::new();
    for f in by_index {
        results.extend(f.results);
        skipped.extend(f.skipped);
    }
    // A single run orders inputs by display path (then by the real path, for two paths that
    // print alike). Two such inputs hash alike, so they sit in one shard in that order, and a
    // stable sort by display path restores the single run's order exactly.
    results.sort_by(|a, b| a.outcome.path.cmp(&b.outcome.path));
    skipped.sort();
    Ok(Merged {
        report: check::assemble(results, skipped, pack, as_of),
        shards,
    })
}

/// Refuses shard sets that would not add up to one run; returns their as-of date.
fn validate(files: &[ShardFile], pack: &str) -> Result<NaiveDate, MergeError> {
    let first = files.first().ok_or(MergeError::Empty)?;
    let h0 = &first.header;
    for f in files {
        let h = &f.header;
        let checks: [(&'static str, &String, &String, &'static str); 5] = [
            (
                "probity version",
                &h.version,
                &h0.version,
                "run every shard with the same probity version",
            ),
            (
                "as-of date",
                &h.as_of,
                &h0.as_of,
                "give every shard the same --as-of",
            ),
            (
                "rule pack",
                &h.pack,
                &h0.pack,
                "give every shard the same --rules and --config",
            ),
            (
                "reading limits",
                &h.limits,
                &h0.limits,
                "give every shard the same settings",
            ),
            (
                "set of discovered files",
                &h.discovered,
                &h0.discovered,
                "give every shard the same paths, over the same files",
            ),
        ];
        for (what, theirs, ours, advice) in checks {
            if theirs != ours {
                return Err(MergeError::Mismatch {
                    file: f.file.clone(),
                    detail: format!(
                        "{what} differs from {}'s ({theirs} against {ours}); {advice}",
                        first.file
                    ),
                });
            }
        }
        if h.shard.count != h0.shard.count {
            return Err(MergeError::Mismatch {
                file: f.file.clone(),
                detail: format!(
                    "shard {} is not of the same split as {}'s {}; merge the shards of one run",
                    h.shard, first.file, h0.shard
                ),
            });
        }
    }
    if h0.version != env!("CARGO_PKG_VERSION") {
        return Err(MergeError::Mismatch {
            file: first.file.clone(),
            detail: format!(
                "made by probity {}, this is {}; merge with the version that made the shards",
                h0.version,
                env!("CARGO_PKG_VERSION")
            ),
        });
    }
    let mut seen: BTreeMap<u32, &str> = BTreeMap::new();
    for f in files {
        if let Some(earlier) = seen.insert(f.header.shard.index, &f.file) {
            return Err(MergeError::Duplicate {
                shard: f.header.shard,
                first: earlier.to_string(),
                second: f.file.clone(),
            });
        }
    }
    let missing: Vec<String> = (0..h0.shard.count)
        .filter(|k| !seen.contains_key(k))
        .map(|k| k.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(MergeError::Missing {
            plural: if missing.len() == 1 { "" } else { "s" },
            missing: missing.join(", "),
            count: h0.shard.count,
            given: seen
                .keys()
                .map(|k| k.to_string())
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let found: usize = files.iter().map(|f| f.results.len()).sum();
    let found_skipped: usize = files.iter().map(|f| f.skipped.len()).sum();
    if found != h0.discovered_inputs || found_skipped != h0.discovered_skipped {
        return Err(MergeError::Count {
            found,
            expected: h0.discovered_inputs,
            found_skipped,
            expected_skipped: h0.discovered_skipped,
        });
    }
    if h0.pack != pack {
        return Err(MergeError::Pack {
            file: first.file.clone(),
            theirs: h0.pack.clone(),
            ours: pack.to_string(),
        });
    }
    NaiveDate::parse_from_str(&h0.as_of, "%Y-%m-%d").map_err(|_| MergeError::NotShard {
        file: first.file.clone(),
        why: format!("as_of `{}` is not a date", h0.as_of),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_published_test_vectors() {
        // From the FNV reference test suite (draft-eastlake-fnv): "", "a", "foobar".
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn shard_arguments_are_validated() {
        assert_eq!("0/3".parse::<Shard>(), Ok(Shard { index: 0, count: 3 }));
        assert_eq!("2/3".parse::<Shard>(), Ok(Shard { index: 2, count: 3 }));
        for bad in ["3/3", "0/0", "1", "-1/3", "a/b", "1/3/4", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_path_lands_in_exactly_one_shard() {
        let paths: Vec<String> = (0..500).map(|i| format!("archive/c-{i}.docx")).collect();
        for count in 1..=7 {
            let mut sizes = vec![0usize; count as usize];
            for p in &paths {
                let holders: Vec<u32> = (0..count)
                    .filter(|&index| Shard { index, count }.holds(p))
                    .collect();
                assert_eq!(holders.len(), 1, "{p} in {holders:?} of {count}");
                sizes[holders[0] as usize] += 1;
            }
            // A usable spread: no shard gets under half its fair share.
            let fair = paths.len() / count as usize;
            assert!(sizes.iter().all(|&s| s * 2 >= fair), "{count}: {sizes:?}");
        }
    }

    #[test]
    fn the_pack_fingerprint_ignores_where_rules_came_from_but_not_what_they_say() {
        let pack = RulePack::default_pack().unwrap();
        let mut moved = pack.clone();
        for r in &mut moved.rules {
            r.origin = format!("/elsewhere/{}", r.origin);
        }
        assert_eq!(pack_fingerprint(&pack), pack_fingerprint(&moved));
        let mut changed = pack.clone();
        changed.rules[0].severity = match changed.rules[0].severity {
            crate::model::Severity::Info => crate::model::Severity::Error,
            _ => crate::model::Severity::Info,
        };
        assert_ne!(pack_fingerprint(&pack), pack_fingerprint(&changed));
    }
}
