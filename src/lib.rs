//! probity: checks public-service contracts and supplier registers against declarative rules
//! and reports, per provider, where ethical standards are missing.
//!
//! The data's way, one module per stage:
//! `discover` (paths -> inputs) -> `read` (bytes -> `Document` | `Workbook`) ->
//! `normalise` (sentences with locations, parties, names) -> `evaluate` (rules -> outcomes) ->
//! `join` (contracts and findings per provider) -> `report` (text, json, ...).
//! `check` runs the whole way for one command, `shard` splits it over machines and merges it
//! back; `rules` holds the packs; `model` the types every stage shares; `packed` the compact
//! form a bulk scan keeps outcomes and findings in until the report is written.

pub mod check;
pub mod config;
pub mod discover;
pub mod evaluate;
pub mod join;
pub mod model;
pub mod normalise;
pub mod packed;
pub mod read;
pub mod report;
pub mod rules;
pub mod shard;
