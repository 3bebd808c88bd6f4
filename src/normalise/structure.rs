//! Sentences with locations: heading paths, clause numbers, lead-in stems of lists, and the
//! context that makes a hit not count (definitions, table of contents, drafting notes).
//! (Stub; being written.)

use crate::model::{Document, Location};

/// One sentence of contract text, ready for clause rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    pub location: Location,
}

/// A document split into sentences, in reading order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PreparedDocument {
    pub sentences: Vec<Sentence>,
}

pub fn prepare(doc: &Document) -> PreparedDocument {
    let sentences = doc
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| Sentence {
            text: b.text.clone(),
            location: Location {
                paragraph: Some(i as u32 + 1),
                ..Location::default()
            },
        })
        .collect();
    PreparedDocument { sentences }
}
