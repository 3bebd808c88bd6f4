//! Benchmark baseline: the time it takes merely to read DOCX files and inflate their XML parts,
//! with nothing parsed. `benches/run.sh` compares `probity check` against it on the same
//! files in the same run (issue 4: "within 3x of the time it takes merely to decompress").
//!
//! ```text
//! cargo run --release --example inflate_only -- [-j N] FILE.docx...   (or a file of paths: @LIST)
//! ```
//! Prints one line: files, XML bytes inflated, seconds, MB/s. With `-j N` the files are split
//! over N threads, each reusing one buffer, as a fair upper bound on what I/O plus inflate
//! allows.

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

fn inflate(files: &[PathBuf]) -> u64 {
    let mut total = 0u64;
    let mut buf = Vec::with_capacity(4 << 20);
    for path in files {
        let bytes = std::fs::read(path).expect("read");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).expect("zip");
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).expect("entry");
            let name = entry.name().to_string();
            if name.ends_with(".xml") || name.ends_with(".rels") {
                buf.clear();
                entry.read_to_end(&mut buf).expect("inflate");
                total += buf.len() as u64;
            }
        }
    }
    total
}

fn main() {
    let mut jobs = 1usize;
    let mut files: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "-j" {
            jobs = args.next().and_then(|n| n.parse().ok()).expect("-j N");
        } else if let Some(list) = a.strip_prefix('@') {
            let text = std::fs::read_to_string(list).expect("list of paths");
            files.extend(text.lines().filter(|l| !l.is_empty()).map(PathBuf::from));
        } else {
            files.push(PathBuf::from(a));
        }
    }
    let start = Instant::now();
    let chunk = files.len().div_ceil(jobs.max(1)).max(1);
    let total: u64 = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| s.spawn(move || inflate(part)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    let secs = start.elapsed().as_secs_f64();
    println!(
        "inflate_only files={} xml_bytes={} seconds={:.3} mb_per_s={:.0}",
        files.len(),
        total,
        secs,
        total as f64 / 1e6 / secs
    );
}
