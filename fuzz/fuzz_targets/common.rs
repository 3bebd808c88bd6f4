//! What every fuzz target does with one input: read it as the named file, and, when it is a
//! contract, run parties, normalise and evaluate over it, exactly as `probity check` does.
//! The same function is replayed on stable by `tests/fuzz_smoke.rs`.
use probity::evaluate::{evaluate_document, CompiledPack, DocumentContext};
use probity::normalise::{parties, prepare};
use probity::read::{read_bytes, Content, Limits};
use probity::rules::RulePack;
use std::path::Path;
use std::sync::OnceLock;

static PACK: OnceLock<CompiledPack> = OnceLock::new();

fn pack() -> &'static CompiledPack {
    PACK.get_or_init(|| {
        CompiledPack::compile(&RulePack::default_pack().expect("default pack")).expect("compile")
    })
}

/// Compiles the rule pack once, before the first input, and replaces libFuzzer's panic hook
/// (which aborts on every panic) with a silent one: the PDF and spreadsheet readers catch
/// panics of their third-party parsers on purpose and turn them into read errors, as
/// `probity check` does for any reader. A panic nobody catches still ends the run as a
/// crash, because libfuzzer-sys aborts when one reaches it.
#[allow(dead_code)] // the stable smoke test compiles the pack on first use instead
pub fn init() {
    std::panic::set_hook(Box::new(|_| {}));
    pack();
}

pub fn check(data: &[u8], name: &str) {
    let pack = pack();
    // Smaller limits than the defaults keep each run fast; the checks are the same.
    let limits = Limits {
        max_file_bytes: 4 << 20,
        max_part_bytes: 8 << 20,
        max_total_bytes: 16 << 20,
        ..Limits::default()
    };
    if let Ok((_, Content::Document(doc))) = read_bytes(data, Path::new(name), &limits) {
        let found = parties::find_parties(&doc);
        let prepared = prepare(&doc);
        let ctx = DocumentContext {
            provider_terms: found.provider_terms,
            authority_terms: found.authority_terms,
        };
        let _ = evaluate_document(pack, &prepared, &ctx, name);
    }
}
