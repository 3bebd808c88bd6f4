//! `--format text` (the default): grouped by provider. (Stub.)
