//! Prints the blocks the PDF reader makes of a file, one per line with page and kind, to see
//! what rules will be given: `cargo run --example pdf_blocks -- FILE.pdf`.

use probity::read::{pdf, Limits};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match pdf::read(&bytes, &Limits::default()) {
            Ok(doc) => {
                for b in &doc.blocks {
                    println!("p{} {:?}: {}", b.page.unwrap_or(0), b.kind, b.text);
                }
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
}
