//! The join stage: groups evaluated contract documents into contracts (single documents, or
//! packs that share a contract reference or a marked folder) and contracts into providers,
//! turning clause outcomes into findings. A contract's rule is met if any of its documents
//! meets it; a provider's summary never lets one contract's pass hide another's gap.
//! (Stub; being written.)

use crate::model::ClauseOutcome;
use crate::normalise::parties::Parties;
use crate::report::ProviderReport;
use crate::rules::RulePack;

/// One contract document after evaluation: all the join needs, and no text.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluatedDocument {
    /// The path as the report prints it.
    pub file: String,
    /// The marked pack folder this document belongs to, as the report prints it.
    pub pack: Option<String>,
    pub parties: Parties,
    pub outcomes: Vec<ClauseOutcome>,
}

/// Providers sorted by name (unattributed last), each with its contracts and findings.
pub fn join(docs: Vec<EvaluatedDocument>, pack: &RulePack) -> Vec<ProviderReport> {
    let _ = (docs, pack);
    Vec::new()
}
