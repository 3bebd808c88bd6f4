//! Prints the resident memory each clause rule of the default pack adds when compiled, and
//! the whole compiled pack, for keeping the fixed cost of a run small. Linux only.
//! `cargo run --release --example mem_compile`
use probity::rules::clause::{CompiledClause, CompiledVocabulary};
use probity::rules::{AppliesTo, RulePack};
fn rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find(|l| l.starts_with("VmRSS"))
        .unwrap()
        .split_whitespace()
        .nth(1)
        .unwrap()
        .parse()
        .unwrap()
}
fn main() {
    let pack = RulePack::default_pack().unwrap();
    let a = rss();
    let _v = CompiledVocabulary::compile(&pack.vocabulary).unwrap();
    eprintln!("vocabulary {} kB", rss() - a);
    let mut keep = Vec::new();
    for def in pack.applying_to(AppliesTo::Contract) {
        let Some(spec) = &def.clause else { continue };
        let b = rss();
        keep.push(CompiledClause::compile(spec).unwrap());
        eprintln!("{} {} kB", def.id, rss() - b);
    }
    let b = rss();
    let _p = probity::evaluate::CompiledPack::compile(&pack).unwrap();
    eprintln!("whole pack again {} kB", rss() - b);
}
