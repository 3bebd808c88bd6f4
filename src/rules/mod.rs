//! Rule packs as data: the default pack embedded from `rules/**/*.toml`, packs the user adds
//! with `--rules`, and their validation. Rules know nothing of file formats. The clause
//! matcher lives in `clause`; the shared words it uses (party synonyms, obligation cues,
//! negations) in `Vocabulary`.

pub mod clause;
pub mod providers;
pub mod records;

use crate::config::SyntaxError;
use crate::model::{Area, RuleId, Severity};
use crate::normalise::tables::{TableCatalogue, TableDef};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use thiserror::Error;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/default_pack.rs"));
}

/// What a rule is evaluated on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AppliesTo {
    /// Sentences of a contract document.
    Contract,
    /// Rows of a recognised spreadsheet table.
    Record,
    /// The joined per-provider view.
    Provider,
}

/// One rule's definition as the pack states it. Everything a person reads about a rule
/// (`probity rules show`, SARIF help, remedies) comes from here.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleDef {
    pub id: RuleId,
    pub area: Area,
    pub title: String,
    pub severity: Severity,
    pub applies_to: AppliesTo,
    /// Why the rule exists.
    pub rationale: String,
    /// Where the rationale comes from.
    pub source: String,
    /// What satisfies it.
    pub satisfies: String,
    /// What to add when it is not met, in the pack's own words.
    pub remedy: String,
    /// The clause matcher specification (clause rules only).
    pub clause: Option<clause::ClauseSpec>,
    /// Parameters of record and provider rules (ages, windows, thresholds).
    pub params: Option<toml::Table>,
    /// The file the rule was loaded from (`rules/...` for the embedded pack).
    pub origin: String,
}

/// A malformed or inconsistent rule pack.
#[derive(Debug, Error)]
pub enum RuleError {
    #[error(transparent)]
    Syntax(#[from] SyntaxError),
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{file}: cannot read rule pack: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// The words clause rules share, as regex fragments (matched case-insensitively on word
/// boundaries). Packs extend it; they never need to repeat it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// The provider side: Supplier, Provider, Contractor, Staff, Sub-contractors ...
    #[serde(default)]
    pub provider: Vec<String>,
    /// The commissioning side: Authority, Council, Buyer, Commissioner ...
    #[serde(default)]
    pub authority: Vec<String>,
    /// Words that make a sentence an obligation: shall, must, will, agrees to ...
    #[serde(default)]
    pub obligation: Vec<String>,
    /// Permissive words that make a match weak: may, should, expects ...
    #[serde(default)]
    pub permissive: Vec<String>,
    /// Words that give the authority a right: may, can, is entitled to ...
    #[serde(default)]
    pub authority_right: Vec<String>,
    /// Negations and disapplications that cancel a match in the same sentence.
    #[serde(default)]
    pub negation: Vec<String>,
    /// Qualifiers that soften an obligation into a weak match wherever they stand:
    /// reasonable endeavours, where practicable ...
    #[serde(default)]
    pub qualifier: Vec<String>,
    /// Markers of text that is switched off: [Not used], Intentionally left blank ...
    #[serde(default)]
    pub disabled: Vec<String>,
}

impl Vocabulary {
    fn extend(&mut self, other: Vocabulary) {
        self.provider.extend(other.provider);
        self.authority.extend(other.authority);
        self.obligation.extend(other.obligation);
        self.permissive.extend(other.permissive);
        self.authority_right.extend(other.authority_right);
        self.negation.extend(other.negation);
        self.qualifier.extend(other.qualifier);
        self.disabled.extend(other.disabled);
    }
}

/// The rules in force: the default pack, then any packs the user added (a rule with the same
/// id replaces the earlier one; vocabularies add up).
#[derive(Debug, Clone, Default)]
pub struct RulePack {
    pub rules: Vec<RuleDef>,
    pub vocabulary: Vocabulary,
    /// What registers and returns look like (`rules/tables.toml`).
    pub tables: TableCatalogue,
    /// Other names providers go by (`probity.toml` `[aliases]`): canonical name -> aliases.
    pub aliases: std::collections::BTreeMap<String, Vec<String>>,
}

/// One TOML file of a pack.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    #[serde(default)]
    rule: Vec<RuleToml>,
    vocabulary: Option<Vocabulary>,
    #[serde(default)]
    table: Vec<TableDef>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleToml {
    id: RuleId,
    area: Area,
    title: String,
    severity: Severity,
    #[serde(default = "contract")]
    applies_to: AppliesTo,
    rationale: String,
    source: String,
    satisfies: String,
    remedy: String,
    clause: Option<clause::ClauseSpec>,
    params: Option<toml::Table>,
}

fn contract() -> AppliesTo {
    AppliesTo::Contract
}

impl RulePack {
    /// The pack embedded in the binary from `rules/**/*.toml`.
    pub fn default_pack() -> Result<RulePack, RuleError> {
        let mut pack = RulePack::default();
        for (file, text) in embedded::DEFAULT_PACK {
            pack.merge(RulePack::parse(text, file)?);
        }
        Ok(pack)
    }

    /// Adds the packs at `paths`: TOML files, or folders whose `*.toml` files (recursively, in
    /// name order) are read.
    pub fn add_paths(&mut self, paths: &[PathBuf]) -> Result<(), RuleError> {
        for path in paths {
            let mut files = Vec::new();
            collect_toml(path, &mut files)?;
            for file in files {
                self.merge(RulePack::load_file(&file)?);
            }
        }
        Ok(())
    }

    pub fn load_file(path: &Path) -> Result<RulePack, RuleError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| RuleError::Io {
            file: file.clone(),
            source,
        })?;
        RulePack::parse(&text, &file)
    }

    /// Parses and validates one pack file. Unknown keys, bad values, invalid regexes and
    /// duplicate ids are errors naming the file (and line and column where TOML knows them).
    pub fn parse(text: &str, file: &str) -> Result<RulePack, RuleError> {
        let parsed: PackFile =
            toml::from_str(text).map_err(|e| SyntaxError::from_toml(text, file, &e))?;
        let mut pack = RulePack {
            rules: Vec::new(),
            vocabulary: parsed.vocabulary.unwrap_or_default(),
            tables: TableCatalogue::default(),
            aliases: Default::default(),
        };
        for def in parsed.table {
            pack.tables.add(def);
        }
        for rule in parsed.rule {
            if pack.rules.iter().any(|r| r.id == rule.id) {
                return Err(invalid(file, format!("rule {} is defined twice", rule.id)));
            }
            if rule.id.area() != rule.area {
                return Err(invalid(
                    file,
                    format!(
                        "rule {} has area {}, but its id belongs to {}",
                        rule.id,
                        rule.area.name(),
                        rule.id.area().name()
                    ),
                ));
            }
            match (&rule.applies_to, &rule.clause) {
                (AppliesTo::Contract, None) => {
                    return Err(invalid(
                        file,
                        format!(
                            "rule {} applies to contracts but has no [rule.clause] section",
                            rule.id
                        ),
                    ))
                }
                (AppliesTo::Contract, Some(spec)) => spec
                    .validate()
                    .map_err(|m| invalid(file, format!("rule {}: {m}", rule.id)))?,
                (_, Some(_)) => {
                    return Err(invalid(
                        file,
                        format!(
                            "rule {}: only contract rules take a [rule.clause] section",
                            rule.id
                        ),
                    ))
                }
                _ => {}
            }
            let def = RuleDef {
                id: rule.id,
                area: rule.area,
                title: rule.title,
                severity: rule.severity,
                applies_to: rule.applies_to,
                rationale: rule.rationale,
                source: rule.source,
                satisfies: rule.satisfies,
                remedy: rule.remedy,
                clause: rule.clause,
                params: rule.params,
                origin: file.to_string(),
            };
            if def.applies_to != AppliesTo::Contract {
                records::validate_params(&def).map_err(|m| invalid(file, m))?;
            }
            pack.rules.push(def);
        }
        clause::validate_vocabulary(&pack.vocabulary).map_err(|m| invalid(file, m))?;
        Ok(pack)
    }

    /// Adds another pack: its rules replace rules with the same id, in place, or are
    /// appended; its vocabulary adds to this one.
    pub fn merge(&mut self, other: RulePack) {
        for rule in other.rules {
            match self.rules.iter_mut().find(|r| r.id == rule.id) {
                Some(existing) => *existing = rule,
                None => self.rules.push(rule),
            }
        }
        self.vocabulary.extend(other.vocabulary);
        for def in other.tables.defs {
            self.tables.add(def);
        }
        self.tables.mappings.extend(other.tables.mappings);
        self.rules
            .sort_by(|a, b| a.id.sort_key().cmp(&b.id.sort_key()));
    }

    pub fn get(&self, id: &str) -> Option<&RuleDef> {
        self.rules.iter().find(|r| r.id.as_str() == id)
    }

    /// Rules of one kind, in catalogue order.
    pub fn applying_to(&self, kind: AppliesTo) -> impl Iterator<Item = &RuleDef> {
        self.rules.iter().filter(move |r| r.applies_to == kind)
    }
}

fn invalid(file: &str, message: String) -> RuleError {
    RuleError::Invalid {
        file: file.to_string(),
        message,
    }
}

fn collect_toml(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), RuleError> {
    let io = |source| RuleError::Io {
        file: path.display().to_string(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_toml(&entry, files)?;
        } else if entry.extension().is_some_and(|e| e == "toml") {
            files.push(entry);
        }
    }
    Ok(())
}
