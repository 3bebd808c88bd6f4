//! Times the read, normalise and evaluate stages on one file, for finding hot spots.
//! `cargo run --release --example profile_stages -- FILE`
use probity::evaluate::{evaluate_document, CompiledPack, DocumentContext};
use probity::normalise::{parties, prepare};
use probity::read::{read_file, Content, Limits};
use probity::rules::RulePack;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: profile_stages FILE");
    let t = Instant::now();
    let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
    eprintln!("compile pack: {:?}", t.elapsed());
    let t = Instant::now();
    let (_, content) = read_file(path.as_ref(), &Limits::default()).unwrap();
    let Content::Document(doc) = content else {
        panic!("not a document")
    };
    eprintln!("read: {:?} ({} blocks)", t.elapsed(), doc.blocks.len());
    let t = Instant::now();
    let found = parties::find_parties(&doc);
    eprintln!("parties: {:?}", t.elapsed());
    let t = Instant::now();
    let prepared = prepare(&doc);
    eprintln!(
        "prepare: {:?} ({} sentences)",
        t.elapsed(),
        prepared.sentences.len()
    );
    let t = Instant::now();
    let ctx = DocumentContext {
        provider_terms: found.provider_terms,
        authority_terms: found.authority_terms,
    };
    let outcomes = evaluate_document(&pack, &prepared, &ctx, &path);
    eprintln!("evaluate: {:?} ({} outcomes)", t.elapsed(), outcomes.len());
}
