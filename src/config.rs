//! `probity.toml`: the user's settings for a run: switching rules off and changing their
//! severity, mapping a table probity does not recognise, and the other names a provider
//! goes by. Read from `--config FILE`, else `./probity.toml` when present.
//!
//! ```toml
//! [rules]
//! "ES-04" = "off"       # do not check ethics training
//! "CDM-06" = "info"     # report complaint timescales as advisory only
//!
//! [tables.finance-export]          # any name; maps a table by its headings
//! kind = "contract-register"
//! sheet = "Export"                 # optional: only sheets of this name
//! columns = { reference = "Our Ref", supplier = "Vendor", start = "Go-live" }
//!
//! [aliases]
//! "Acme Care Ltd" = ["Acme Care Services", "ACS Ltd"]
//!
//! [scan]
//! exclude = ["drafts", "*.bak", "2019/**"]   # globs; see `discover::Excludes`
//!
//! [limits]                         # safety limits for hostile files; defaults shown
//! max-file-mib = 256               # largest file read at all
//! max-part-mib = 64                # largest part decompressed from a DOCX/ODT/XLSX/ODS
//! max-total-mib = 256              # largest total decompressed from one container
//! max-ratio = 200                  # largest compression ratio of a part over 1 MiB
//! max-xml-depth = 512              # deepest XML nesting
//! max-cells = 5000000              # most cells read from one workbook
//! ```

use crate::discover::{ExcludeError, Excludes};
use crate::model::{RuleId, Severity};
use crate::normalise::tables::TableMapping;
use crate::read::{Limits, MIB};
use crate::rules::RulePack;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use thiserror::Error;

pub const DEFAULT_FILE: &str = "probity.toml";

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub rules: BTreeMap<RuleId, RuleSetting>,
    #[serde(default)]
    pub tables: BTreeMap<String, TableMapping>,
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub scan: ScanSettings,
    #[serde(default)]
    pub limits: LimitSettings,
}

/// What a folder walk leaves out.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScanSettings {
    #[serde(default)]
    pub exclude: Vec<String>,
}

/// The user's changes to the safety limits; what is left out keeps its default.
#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LimitSettings {
    pub max_file_mib: Option<u64>,
    pub max_part_mib: Option<u64>,
    pub max_total_mib: Option<u64>,
    pub max_ratio: Option<u64>,
    pub max_xml_depth: Option<usize>,
    pub max_cells: Option<u64>,
}

impl LimitSettings {
    /// The limits with the user's settings over `base`; a zero limit is an error (it would
    /// refuse every file, which is never what was meant).
    pub fn over(&self, base: Limits, file: &str) -> Result<Limits, ConfigError> {
        let positive = |name: &str, v: u64| {
            if v == 0 {
                Err(ConfigError::ZeroLimit {
                    file: file.to_string(),
                    name: name.to_string(),
                })
            } else {
                Ok(v)
            }
        };
        let mib = |name: &str, v: Option<u64>, default: u64| match v {
            Some(v) => positive(name, v).map(|v| v.saturating_mul(MIB)),
            None => Ok(default),
        };
        Ok(Limits {
            max_file_bytes: mib("max-file-mib", self.max_file_mib, base.max_file_bytes)?,
            max_part_bytes: mib("max-part-mib", self.max_part_mib, base.max_part_bytes)?,
            max_total_bytes: mib("max-total-mib", self.max_total_mib, base.max_total_bytes)?,
            max_ratio: match self.max_ratio {
                Some(v) => positive("max-ratio", v)?,
                None => base.max_ratio,
            },
            max_xml_depth: match self.max_xml_depth {
                Some(v) => positive("max-xml-depth", v as u64)? as usize,
                None => base.max_xml_depth,
            },
            max_cells: match self.max_cells {
                Some(v) => positive("max-cells", v)?,
                None => base.max_cells,
            },
        })
    }
}

/// What the user says of one rule.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum RuleSetting {
    Off,
    Error,
    Warning,
    Info,
}

#[derive(Debug, Error)]
pub enum ConfigError {
    #[error("{file}: cannot read config: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    #[error("{file}: [rules] names {id}, which is not a rule of the pack in use")]
    UnknownRule { file: String, id: String },
    #[error("{file}: [limits] {name} = 0 would refuse every file")]
    ZeroLimit { file: String, name: String },
    #[error("{file}: [scan] exclude: {source}")]
    Exclude {
        file: String,
        #[source]
        source: ExcludeError,
    },
}

impl Config {
    /// The explicit file, else `./probity.toml` if it exists, else the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<(Config, Option<PathBuf>), ConfigError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None if Path::new(DEFAULT_FILE).is_file() => PathBuf::from(DEFAULT_FILE),
            None => return Ok((Config::default(), None)),
        };
        let file = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Io {
            file: file.clone(),
            source,
        })?;
        let config = Config::parse(&text, &file)?;
        Ok((config, Some(path)))
    }

    pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| SyntaxError::from_toml(text, file, &e).into())
    }

    /// Switches rules off and sets severities; naming a rule the pack lacks is an error, so
    /// a typo never silently leaves a rule on.
    pub fn apply(&self, pack: &mut RulePack, file: &str) -> Result<(), ConfigError> {
        pack.tables.mappings.extend(self.tables.clone());
        for (name, others) in &self.aliases {
            pack.aliases
                .entry(name.clone())
                .or_default()
                .extend(others.iter().cloned());
        }
        for (id, setting) in &self.rules {
            if pack.get(id.as_str()).is_none() {
                return Err(ConfigError::UnknownRule {
                    file: file.to_string(),
                    id: id.to_string(),
                });
            }
            match setting {
                RuleSetting::Off => pack.rules.retain(|r| &r.id != id),
                RuleSetting::Error | RuleSetting::Warning | RuleSetting::Info => {
                    let severity = match setting {
                        RuleSetting::Error => Severity::Error,
                        RuleSetting::Warning => Severity::Warning,
                        _ => Severity::Info,
                    };
                    for rule in pack.rules.iter_mut().filter(|r| &r.id == id) {
                        rule.severity = severity;
                    }
                }
            }
        }
        Ok(())
    }
}

impl Config {
    /// The `[scan] exclude` patterns, compiled.
    pub fn excludes(&self, file: &str) -> Result<Excludes, ConfigError> {
        Excludes::new(&self.scan.exclude).map_err(|source| ConfigError::Exclude {
            file: file.to_string(),
            source,
        })
    }
}

/// A TOML file (settings or a rule pack) that does not parse or does not fit its schema,
/// with the place: `file:line:column: message`.
#[derive(Debug, Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct SyntaxError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl SyntaxError {
    pub fn from_toml(text: &str, file: &str, e: &toml::de::Error) -> SyntaxError {
        let (line, column) = line_column(text, e.span().map_or(0, |s| s.start));
        SyntaxError {
            file: file.to_string(),
            line,
            column,
            message: e.message().trim().to_string(),
        }
    }
}

/// 1-based line and column of a byte offset, for error messages.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_are_errors_with_line_and_column() {
        let err =
            Config::parse("[rules]\n\"ES-04\" = \"off\"\n[colour]\nx = 1\n", "p.toml").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("p.toml:3:"), "{msg}");
    }

    #[test]
    fn bad_severity_is_an_error() {
        let err = Config::parse("[rules]\n\"ES-04\" = \"loud\"\n", "p.toml").unwrap_err();
        assert!(err.to_string().starts_with("p.toml:2:"), "{err}");
    }

    #[test]
    fn table_mappings_and_aliases_are_read() {
        let config = Config::parse(
            "[tables.x]\nkind = \"contract-register\"\ncolumns = { supplier = \"Vendor\" }\n[aliases]\n\"Acme Ltd\" = [\"ACS\"]\n",
            "p.toml",
        )
        .unwrap();
        assert_eq!(config.tables["x"].columns.len(), 1);
        assert_eq!(config.aliases["Acme Ltd"], ["ACS"]);
        let err =
            Config::parse("[tables.x]\nkind = \"register\"\ncolumns = {}\n", "p.toml").unwrap_err();
        assert!(err.to_string().starts_with("p.toml:2:"), "{err}");
    }

    #[test]
    fn scan_excludes_and_limits_are_read() {
        let config = Config::parse(
            "[scan]\nexclude = [\"drafts\", \"*.bak\"]\n[limits]\nmax-part-mib = 8\nmax-ratio = 50\n",
            "p.toml",
        )
        .unwrap();
        assert_eq!(config.scan.exclude, ["drafts", "*.bak"]);
        let limits = config.limits.over(Limits::default(), "p.toml").unwrap();
        assert_eq!(limits.max_part_bytes, 8 * MIB);
        assert_eq!(limits.max_ratio, 50);
        assert_eq!(limits.max_file_bytes, Limits::default().max_file_bytes);

        let zero = Config::parse("[limits]\nmax-cells = 0\n", "p.toml").unwrap();
        let err = zero.limits.over(Limits::default(), "p.toml").unwrap_err();
        assert!(err.to_string().contains("max-cells"), "{err}");
        let typo = Config::parse("[limits]\nmax-part = 8\n", "p.toml").unwrap_err();
        assert!(typo.to_string().starts_with("p.toml:2:"), "{typo}");
        let bad_glob = Config::parse("[scan]\nexclude = [\"a[\"]\n", "p.toml").unwrap();
        assert!(bad_glob.excludes("p.toml").is_err());
    }

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("", 0), (1, 1));
    }
}
