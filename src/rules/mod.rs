//! Rule packs as data: the default pack embedded from `rules/**/*.toml`, packs the user adds
//! with `--rules`, and their validation. Rules know nothing of file formats. The clause
//! matcher lives in `clause`; the shared words it uses (party synonyms, obligation cues,
//! negations) in `Vocabulary`.

pub mod ascii;
pub mod clause;
pub mod lazy;
pub mod pieces;
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
    /// Decoys several rules share, by name (`[vocabulary.decoys]`): a rule lists the names
    /// it takes in `exclude_shared`, so the same decoy is written and fixed once.
    #[serde(default)]
    pub decoys: std::collections::BTreeMap<String, Vec<String>>,
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
        for (name, patterns) in other.decoys {
            self.decoys.entry(name).or_default().extend(patterns);
        }
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

    /// A clause rule's spec with the shared decoys it names (`exclude_shared`) added to its
    /// own `exclude`; an error naming the rule and its file when a name is not in the
    /// vocabulary.
    pub fn clause_spec(&self, def: &RuleDef) -> Result<Option<clause::ClauseSpec>, RuleError> {
        let Some(spec) = &def.clause else {
            return Ok(None);
        };
        let mut spec = spec.clone();
        for name in std::mem::take(&mut spec.exclude_shared) {
            let Some(patterns) = self.vocabulary.decoys.get(&name) else {
                let known: Vec<&str> = self.vocabulary.decoys.keys().map(String::as_str).collect();
                return Err(invalid(
                    &def.origin,
                    format!(
                        "rule {}: exclude_shared names `{name}`, which no [vocabulary.decoys] \
                         defines (defined: {})",
                        def.id,
                        known.join(", ")
                    ),
                ));
            };
            spec.exclude.extend(patterns.iter().cloned());
        }
        Ok(Some(spec))
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

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: &str = r#"
[[rule]]
id = "ES-01"
area = "ethical-standards"
title = "T"
severity = "error"
rationale = "R"
source = "S"
satisfies = "X"
remedy = "Y"

[rule.clause]
topic = ['\bnolan principles\b']
"#;

    fn syntax(err: RuleError) -> SyntaxError {
        match err {
            RuleError::Syntax(e) => e,
            other => panic!("expected a syntax error, got {other}"),
        }
    }

    fn invalid(err: RuleError) -> String {
        match err {
            RuleError::Invalid { file, message } => format!("{file}: {message}"),
            other => panic!("expected an invalid-pack error, got {other}"),
        }
    }

    #[test]
    fn the_default_pack_loads_one_rule_per_file_and_compiles() {
        let pack = RulePack::default_pack().unwrap();
        let clause_rules = pack.applying_to(AppliesTo::Contract).count();
        assert!(clause_rules >= 22, "{clause_rules} clause rules");
        assert!(!pack.vocabulary.provider.is_empty() && !pack.vocabulary.negation.is_empty());
        for (file, text) in embedded::DEFAULT_PACK {
            let one = RulePack::parse(text, file).unwrap();
            if file.ends_with("vocabulary.toml") || file.ends_with("tables.toml") {
                assert!(one.rules.is_empty(), "{file} holds no rule");
            } else {
                assert_eq!(one.rules.len(), 1, "{file} holds one rule");
                let id = one.rules[0].id.as_str();
                assert!(file.ends_with(&format!("/{id}.toml")), "{file} holds {id}");
            }
        }
        crate::evaluate::CompiledPack::compile(&pack).unwrap();
    }

    #[test]
    fn unknown_keys_and_bad_ids_are_syntax_errors_with_line_and_column() {
        let text = RULE.replace("remedy = \"Y\"", "remedy = \"Y\"\nremedey = \"Z\"");
        let e = syntax(RulePack::parse(&text, "mine.toml").unwrap_err());
        assert_eq!((e.file.as_str(), e.line), ("mine.toml", 11), "{e}");
        assert!(e.message.contains("remedey"), "{e}");
        let e = syntax(RulePack::parse(&RULE.replace("ES-01", "ES-1"), "m.toml").unwrap_err());
        assert_eq!(e.line, 3, "{e}");
    }

    #[test]
    fn invalid_regexes_name_the_rule_and_pattern() {
        let text = RULE.replace(r"'\bnolan principles\b'", "'(unclosed'");
        let m = invalid(RulePack::parse(&text, "mine.toml").unwrap_err());
        assert!(
            m.starts_with("mine.toml: rule ES-01") && m.contains("(unclosed"),
            "{m}"
        );
    }

    #[test]
    fn duplicate_ids_missing_topics_and_misplaced_sections_are_invalid() {
        let twice = format!("{RULE}\n{RULE}");
        assert!(invalid(RulePack::parse(&twice, "t.toml").unwrap_err()).contains("twice"));
        let no_topic = RULE.replace(r"topic = ['\bnolan principles\b']", "exclude = ['x']");
        assert!(invalid(RulePack::parse(&no_topic, "t.toml").unwrap_err()).contains("topic"));
        let no_clause = RULE.replace("[rule.clause]\ntopic = ['\\bnolan principles\\b']", "");
        assert!(invalid(RulePack::parse(&no_clause, "t.toml").unwrap_err())
            .contains("no [rule.clause]"));
        let record_with_clause = RULE.replace(
            "severity = \"error\"",
            "severity = \"error\"\napplies_to = \"record\"",
        );
        assert!(
            invalid(RulePack::parse(&record_with_clause, "t.toml").unwrap_err())
                .contains("only contract rules")
        );
    }

    #[test]
    fn record_rules_keep_their_params() {
        let text = r#"
[[rule]]
id = "COI-51"
area = "conflicts-of-interest"
title = "Declaration stale"
severity = "warning"
applies_to = "record"
rationale = "R"
source = "S"
satisfies = "X"
remedy = "Y"

[rule.params]
max_age_months = 12
"#;
        let pack = RulePack::parse(text, "r.toml").unwrap();
        let params = pack.rules[0].params.as_ref().unwrap();
        assert_eq!(params["max_age_months"].as_integer(), Some(12));
        assert!(pack.rules[0].clause.is_none());
    }

    #[test]
    fn a_later_rule_replaces_an_earlier_one_and_vocabularies_add_up() {
        let mut pack = RulePack::default_pack().unwrap();
        let before = pack.rules.len();
        let providers = pack.vocabulary.provider.len();
        let text = format!(
            "{}\n[vocabulary]\nprovider = ['licensees?']\n",
            RULE.replace("title = \"T\"", "title = \"Mine\"")
        );
        pack.merge(RulePack::parse(&text, "mine.toml").unwrap());
        assert_eq!(pack.rules.len(), before);
        let es01 = pack.get("ES-01").unwrap();
        assert_eq!(
            (es01.title.as_str(), es01.origin.as_str()),
            ("Mine", "mine.toml")
        );
        assert_eq!(pack.vocabulary.provider.len(), providers + 1);
    }

    #[test]
    fn shared_decoys_are_taken_by_name_from_any_pack_and_unknown_names_are_invalid() {
        let mut pack = RulePack::default_pack().unwrap();
        let text = format!(
            "{}exclude_shared = [\"training-subject\", \"mine\"]\n\n[vocabulary.decoys]\nmine = ['\\bnolan principles committee\\b']\n",
            RULE
        );
        pack.merge(RulePack::parse(&text, "mine.toml").unwrap());
        let spec = pack
            .clause_spec(pack.get("ES-01").unwrap())
            .unwrap()
            .unwrap();
        assert!(spec.exclude_shared.is_empty());
        assert!(
            spec.exclude.iter().any(|p| p.contains("induction")),
            "{spec:?}"
        );
        assert!(
            spec.exclude.iter().any(|p| p.contains("committee")),
            "{spec:?}"
        );
        let unknown = RULE.replace(
            "[rule.clause]",
            "[rule.clause]\nexclude_shared = [\"nope\"]",
        );
        let pack = RulePack::parse(&unknown, "mine.toml").unwrap();
        let m = invalid(pack.clause_spec(&pack.rules[0]).unwrap_err());
        assert!(
            m.starts_with("mine.toml: rule ES-01") && m.contains("`nope`"),
            "{m}"
        );
        let m = match crate::evaluate::CompiledPack::compile(&pack) {
            Err(e) => invalid(e),
            Ok(_) => panic!("an unknown shared decoy compiled"),
        };
        assert!(m.contains("`nope`"), "{m}");
    }

    #[test]
    fn folders_are_read_recursively_and_missing_paths_are_io_errors() {
        let dir = std::env::temp_dir().join(format!("probity-rules-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("area")).unwrap();
        std::fs::write(
            dir.join("area/ES-01.toml"),
            RULE.replace("title = \"T\"", "title = \"From folder\""),
        )
        .unwrap();
        std::fs::write(dir.join("notes.txt"), "not a pack").unwrap();
        let mut pack = RulePack::default_pack().unwrap();
        pack.add_paths(std::slice::from_ref(&dir)).unwrap();
        assert_eq!(pack.get("ES-01").unwrap().title, "From folder");
        let missing = pack.add_paths(&[dir.join("absent.toml")]).unwrap_err();
        assert!(matches!(missing, RuleError::Io { .. }), "{missing}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
