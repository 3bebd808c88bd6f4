//! Times the read stage alone (and table recognition for spreadsheets) on each file given,
//! without the rule pack's compile or process start, so `benches/run.sh` can tell how much
//! of a register check is reading. `cargo run --release --example read_timing -- FILE...`
use probity::normalise::tables::{recognise, SheetTable};
use probity::read::{read_file, Content, Limits};
use probity::rules::RulePack;
use std::time::Instant;

fn main() {
    let pack = RulePack::default_pack().expect("default pack");
    for path in std::env::args().skip(1) {
        let start = Instant::now();
        let result = read_file(path.as_ref(), &Limits::default());
        let secs = start.elapsed().as_secs_f64();
        let what = match result {
            Ok((format, Content::Workbook(w))) => {
                let t = Instant::now();
                let kinds: Vec<String> = w
                    .sheets
                    .iter()
                    .map(|s| match recognise(s, &pack.tables) {
                        SheetTable::Recognised(t) => {
                            format!("{:?} ({} columns)", t.kind, t.columns.len())
                        }
                        SheetTable::Unrecognised { .. } => "unrecognised".to_string(),
                        SheetTable::NotATable => "not a table".to_string(),
                    })
                    .collect();
                format!(
                    "{format:?} workbook; table recognition {:.3} s: {}",
                    t.elapsed().as_secs_f64(),
                    kinds.join(", ")
                )
            }
            Ok((format, Content::Document(d))) => {
                format!("{format:?} document, {} blocks", d.blocks.len())
            }
            Err(e) => format!("error: {e}"),
        };
        println!("read_timing {path}: {secs:.3} s ({what})");
    }
}
