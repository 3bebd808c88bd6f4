//! The normalise stage: turns what a reader produced into what rules can evaluate.
//! `structure` splits a `Document` into sentences with their heading path, clause number and
//! context (definitions, table of contents, drafting notes); `names` folds provider names to
//! keys; `definitions` finds the terms a document defines and where they are used; `parties`
//! finds who the contract is between and its reference.

pub mod definitions;
pub mod inline_lists;
pub mod list_labels;
pub mod names;
pub mod parties;
pub mod periods;
pub mod records;
pub mod structure;
pub mod table_rows;
pub mod tables;

pub use structure::{prepare, PreparedDocument};
