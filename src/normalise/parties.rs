//! Who a contract is between: the provider and the authority named in the parties clause,
//! the defined terms each is called by, and the contract reference. (Stub; being written.)

use crate::model::{Document, Provider};

/// What the parties clause and the cover of a contract say about who it binds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parties {
    /// The provider, when one could be found; never the authority.
    pub provider: Option<Provider>,
    /// The authority's name, when found.
    pub authority: Option<String>,
    /// Defined terms this contract uses for the provider (e.g. "Seller", "you") beyond the
    /// pack's vocabulary.
    pub provider_terms: Vec<String>,
    /// Defined terms this contract uses for the authority (e.g. "Buyer", "we").
    pub authority_terms: Vec<String>,
    /// The contract reference stated in the document (e.g. "C-114", "RM6089").
    pub contract_ref: Option<String>,
}

pub fn find_parties(doc: &Document) -> Parties {
    let _ = doc;
    Parties::default()
}
