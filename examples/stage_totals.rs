//! Times each stage of a check (read, parties, prepare, evaluate) summed over many files in
//! one thread, after compiling the pack once, so a change to one stage can be measured on its
//! own. `cargo run --release --example stage_totals -- [--repeat N] FILE... | @LIST`
//! With `--repeat N` each stage after reading runs N times per file (for profiling one stage).
use probity::evaluate::{evaluate_document, CompiledPack, DocumentContext};
use probity::normalise::{parties, prepare};
use probity::read::{read_file, Content, Limits};
use probity::rules::RulePack;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut repeat = 1usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--repeat" {
            repeat = args
                .next()
                .and_then(|n| n.parse().ok())
                .expect("--repeat N");
        } else if let Some(list) = a.strip_prefix('@') {
            let text = std::fs::read_to_string(list).expect("list of paths");
            files.extend(text.lines().filter(|l| !l.is_empty()).map(PathBuf::from));
        } else {
            files.push(PathBuf::from(a));
        }
    }
    let t = Instant::now();
    let pack = CompiledPack::compile(&RulePack::default_pack().expect("pack")).expect("compiles");
    let compile = t.elapsed();
    let mut times = [Duration::ZERO; 4];
    let (mut sentences, mut outcomes) = (0usize, 0usize);
    for path in &files {
        let t = Instant::now();
        let Ok((_, Content::Document(doc))) = read_file(path, &Limits::default()) else {
            continue;
        };
        times[0] += t.elapsed();
        for _ in 0..repeat {
            let t = Instant::now();
            let found = parties::find_parties(&doc);
            times[1] += t.elapsed();
            let t = Instant::now();
            let prepared = prepare(&doc);
            times[2] += t.elapsed();
            sentences += prepared.sentences.len();
            let ctx = DocumentContext::of(&found);
            let t = Instant::now();
            let out = evaluate_document(&pack, &prepared, &ctx, &path.display().to_string());
            times[3] += t.elapsed();
            outcomes += out.len();
        }
    }
    println!(
        "compile {:.3} s; read {:.3} s, parties {:.3} s, prepare {:.3} s, evaluate {:.3} s ({} files, {} sentences, {} outcomes)",
        compile.as_secs_f64(),
        times[0].as_secs_f64(),
        times[1].as_secs_f64(),
        times[2].as_secs_f64(),
        times[3].as_secs_f64(),
        files.len(),
        sentences,
        outcomes
    );
}
