//! Prints resident memory after each stage (pack compile, read, parties, prepare, evaluate)
//! over a list of files, for finding what holds memory in a long run. Linux only (reads
//! /proc/self/status). `cargo run --release --example mem_stages -- FILE...`
use probity::evaluate::{evaluate_document, CompiledPack, DocumentContext};
use probity::normalise::{parties, prepare};
use probity::read::{read_file, Content, Limits};
use probity::rules::RulePack;
fn rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with("VmRSS"))
        .unwrap()
        .to_string()
}
fn main() {
    eprintln!("start {}", rss());
    let pack = RulePack::default_pack().unwrap();
    eprintln!("pack {}", rss());
    let pack = CompiledPack::compile(&pack).unwrap();
    eprintln!("compiled {}", rss());
    for (i, path) in std::env::args().skip(1).enumerate() {
        let (_, content) = read_file(path.as_ref(), &Limits::default()).unwrap();
        let Content::Document(doc) = content else {
            continue;
        };
        if i < 2 {
            eprintln!("read {}", rss());
        }
        let found = parties::find_parties(&doc);
        if i < 2 {
            eprintln!("parties {}", rss());
        }
        let prepared = prepare(&doc);
        if i < 2 {
            eprintln!("prepared {}", rss());
        }
        let ctx = DocumentContext {
            provider_terms: found.provider_terms,
            authority_terms: found.authority_terms,
        };
        let _ = evaluate_document(&pack, &prepared, &ctx, &path);
        if i < 2 || i % 50 == 0 {
            eprintln!("evaluated {i} {}", rss());
        }
    }
}
