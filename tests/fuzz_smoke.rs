//! The fuzz targets' smoke run on stable, for CI: replays the committed fixtures (DOCX, ODT,
//! PDF, spreadsheets, broken files) and a few thousand deterministic mutations of them
//! (bit flips, truncations, spliced and repeated ranges, bytes changed inside zip parts)
//! through the same function the cargo-fuzz targets call (`fuzz/fuzz_targets/common.rs`:
//! read, then parties, normalise and evaluate). Nothing may panic. It asserts no timing; the
//! real fuzzing is `cargo +nightly fuzz run TARGET` (see fuzz/README.md).

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use std::path::{Path, PathBuf};

/// SplitMix64, so every run tries the same mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seeds() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut files = Vec::new();
    for dir in ["documents", "sheets", "broken", "sample"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

fn mutate(bytes: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if out.is_empty() {
        return vec![rng.next() as u8];
    }
    match rng.below(6) {
        // Flip a few bits anywhere.
        0 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
        }
        // Truncate.
        1 => out.truncate(rng.below(out.len())),
        // Overwrite a range with one byte value (0x00, 0xFF or random).
        2 => {
            let start = rng.below(out.len());
            let len = 1 + rng.below(64.min(out.len() - start));
            let v = [0u8, 0xFF, rng.next() as u8][rng.below(3)];
            out[start..start + len].fill(v);
        }
        // Repeat a range in place (nesting, long runs).
        3 => {
            let start = rng.below(out.len());
            let len = 1 + rng.below(256.min(out.len() - start));
            let chunk = out[start..start + len].to_vec();
            for _ in 0..1 + rng.below(4) {
                out.splice(start..start, chunk.iter().copied());
            }
        }
        // Splice in a range from elsewhere.
        4 => {
            let from = rng.below(out.len());
            let len = 1 + rng.below(128.min(out.len() - from));
            let chunk = out[from..from + len].to_vec();
            let at = rng.below(out.len());
            out.splice(at..at, chunk);
        }
        // Change bytes near the start of the zip's first local file's data (its compressed
        // stream or name), where readers meet damage first.
        _ => {
            let i = 30 + rng.below(out.len().saturating_sub(30).clamp(1, 400));
            if i < out.len() {
                out[i] = rng.next() as u8;
            }
        }
    }
    out
}

#[test]
fn fixtures_and_their_mutations_never_panic() {
    let mut rng = Rng(0x5EED_F022);
    let mut runs = 0;
    for path in seeds() {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        common::check(&bytes, &name);
        // Fewer mutations of big files: the smoke run must stay a few seconds in debug.
        let count = if bytes.len() > 40_000 { 40 } else { 150 };
        for _ in 0..count {
            let mutated = mutate(&bytes, &mut rng);
            common::check(&mutated, &name);
            runs += 1;
        }
    }
    assert!(runs > 2000, "only {runs} mutations ran");
}
