//! Times compiling the default clause pack, the fixed cost of every run that reads a contract.
//! `cargo run --release --example compile_timing`
use probity::evaluate::CompiledPack;
use probity::rules::RulePack;
use std::time::Instant;

fn main() {
    let t = Instant::now();
    let pack = RulePack::default_pack().expect("default pack");
    let parsed = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let compiled = CompiledPack::compile(&pack).expect("compiles");
    println!(
        "parse {:.3} s, compile {:.3} s",
        parsed,
        t.elapsed().as_secs_f64()
    );
    drop(compiled);
}
