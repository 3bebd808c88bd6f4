//! Clause rules: the pattern specification a pack states (topic phrases, the party an
//! obligation must bind, obligation cues, negations, decoys) and its compiled matcher.
//! (Stub; being written.)

/// A clause rule's patterns as written in the pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClauseSpec {}
