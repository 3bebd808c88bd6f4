//! The evaluate stage: runs every clause rule of a compiled pack over one prepared document
//! in one pass and says, per rule, whether the contract satisfies it. (Stub; being written.)

use crate::model::{ClauseOutcome, Verdict};
use crate::normalise::PreparedDocument;
use crate::rules::{AppliesTo, RulePack};

/// Per-document terms for the parties, from the contract's own definitions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentContext {
    pub provider_terms: Vec<String>,
    pub authority_terms: Vec<String>,
}

/// The clause rules compiled once for a whole run.
#[derive(Debug)]
pub struct CompiledPack {
    rules: Vec<crate::model::RuleId>,
}

impl CompiledPack {
    pub fn compile(pack: &RulePack) -> Result<CompiledPack, crate::rules::RuleError> {
        Ok(CompiledPack {
            rules: pack
                .applying_to(AppliesTo::Contract)
                .map(|r| r.id.clone())
                .collect(),
        })
    }
}

/// One outcome per clause rule, in pack order; `file` is the path as the report prints it.
pub fn evaluate_document(
    pack: &CompiledPack,
    doc: &PreparedDocument,
    ctx: &DocumentContext,
    file: &str,
) -> Vec<ClauseOutcome> {
    let _ = (ctx, file);
    pack.rules
        .iter()
        .map(|id| ClauseOutcome {
            rule: id.clone(),
            verdict: Verdict::Missing,
            evidence: None,
            note: format!("searched {} sentences", doc.sentences.len()),
        })
        .collect()
}
