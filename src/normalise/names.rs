//! Provider names folded to keys: case, "Ltd" = "Limited", "&" = "and", punctuation.
//! (Stub; being written.)

use crate::model::ProviderKey;

pub fn provider_key(name: &str) -> ProviderKey {
    ProviderKey(
        name.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}
