//! Judges clauses typed one per line: each is placed as clause 5.1 of a small council
//! contract and every clause rule whose verdict is not `missing` is printed with its note.
//! For probing rules with wording they were not written against.
//! `printf 'The Contractor shall ...\n' | cargo run --example judge_clauses -- [RULE]`
use probity::evaluate::{evaluate_document, CompiledPack, DocumentContext};
use probity::model::Verdict;
use probity::normalise::{parties, prepare};
use probity::read::text::{read, Flavour};
use probity::rules::RulePack;
use std::io::BufRead;

fn main() {
    let only = std::env::args().nth(1);
    let pack = CompiledPack::compile(&RulePack::default_pack().expect("pack")).expect("compile");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let clause = line.trim();
        if clause.is_empty() || clause.starts_with('#') {
            continue;
        }
        let text = format!(
            "SERVICES AGREEMENT\n\nThis Agreement is made between Westshire County Council (the \"Council\") and Oakfield Services Limited (the \"Contractor\").\n\n5. GENERAL\n\n5.1 {clause}\n\n6. PAYMENT\n\n6.1 The Council shall pay each valid invoice within 30 days.\n"
        );
        let Ok(doc) = read(text.as_bytes(), Flavour::Plain) else {
            continue;
        };
        let found = parties::find_parties(&doc);
        let ctx = DocumentContext {
            provider_terms: found.provider_terms,
            authority_terms: found.authority_terms,
        };
        let outcomes = evaluate_document(&pack, &prepare(&doc), &ctx, "probe");
        println!("{clause}");
        for o in outcomes {
            let wanted = only.as_deref().is_none_or(|r| r == o.rule.as_str());
            if wanted && (o.verdict != Verdict::Missing || only.is_some()) {
                println!("    {} {:?}: {}", o.rule, o.verdict, o.note);
            }
        }
    }
}
