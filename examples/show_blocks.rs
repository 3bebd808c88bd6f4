//! Prints the blocks a reader makes of a file, with kinds and numbers: for checking readers
//! by eye, and the parties found. With `--refs`, also every sentence whose clause references
//! were read in, as the rules that follow references see it, and every sentence with the
//! definitions of the terms it uses read in.
//! `cargo run --example show_blocks -- FILE [--refs]`
use probity::read::{read_file, Content, Limits};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: show_blocks FILE [--refs]");
    let refs = std::env::args().any(|a| a == "--refs");
    match read_file(path.as_ref(), &Limits::default()) {
        Ok((format, Content::Document(doc))) => {
            println!("{format}: {} blocks", doc.blocks.len());
            println!(
                "parties: {:?}",
                probity::normalise::parties::find_parties(&doc)
            );
            for (i, b) in doc.blocks.iter().enumerate() {
                println!(
                    "{:>4} {:<14} {:<8} {}",
                    i + 1,
                    format!("{:?}", b.kind),
                    b.number.as_deref().unwrap_or(""),
                    b.text
                );
            }
            if refs {
                for s in probity::normalise::prepare(&doc).sentences {
                    if let Some(read) = s.folded_refs {
                        println!("refs: {read}");
                    }
                    if let Some(with) = s.with_definitions {
                        println!("defs: {}", with.folded);
                    }
                }
            }
        }
        Ok((format, Content::Workbook(_))) => println!("{format}: a workbook"),
        Err(e) => println!("error: {e}"),
    }
}
