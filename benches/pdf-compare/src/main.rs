//! Measures PDF text-extraction candidates against `pdftotext -layout` (poppler), the reference.
//!
//! `pdf-compare compare FILE...`  one table row per candidate: word recall and precision
//!     against the reference, share of the reference's 8-word runs found in order (reading
//!     order: a clause sentence kept contiguous), share of pages whose text landed on the right
//!     page, ms per page, and errors/panics/timeouts.
//! `pdf-compare mutate FILE...`   truncated and byte-mutated copies of every file, run through
//!     every candidate: counts of ok / error / panic / crash (abort) / timeout.
//! `pdf-compare extract CANDIDATE FILE`  (internal) one extraction in a child process, so that
//!     a hang or an abort cannot take the whole measurement down.
//!
//! Every extraction runs in a child process with a time limit; the child catches panics.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CANDIDATES: [&str; 4] = ["pdf-extract", "lopdf", "pdf_oxide", "probity"];
const TIMEOUT: Duration = Duration::from_secs(30);
const SHINGLE: usize = 8;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("extract") => extract_main(&args[2], &args[3]),
        Some("compare") => compare(&args[2..]),
        Some("mutate") => mutate(&args[2..]),
        _ => eprintln!("usage: pdf-compare compare|mutate FILE... | extract CANDIDATE FILE"),
    }
}

// ---------------------------------------------------------------------------------------------
// Child: one extraction. Pages are separated by form feeds on stdout; the time on stderr.

fn extract_main(candidate: &str, path: &str) {
    let bytes = std::fs::read(path).expect("read input");
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let result = std::panic::catch_unwind(|| extract(candidate, &bytes));
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    match result {
        Ok(Ok(pages)) => {
            eprintln!("TIME {ms:.2}");
            print!("{}", pages.join("\u{c}"));
        }
        Ok(Err(e)) => {
            eprintln!("ERROR {}", e.replace('\n', " "));
            std::process::exit(3);
        }
        Err(_) => std::process::exit(4),
    }
}

fn extract(candidate: &str, bytes: &[u8]) -> Result<Vec<String>, String> {
    match candidate {
        "pdf-extract" => {
            pdf_extract::extract_text_from_mem_by_pages(bytes).map_err(|e| e.to_string())
        }
        "lopdf" => {
            let doc = lopdf::Document::load_mem(bytes).map_err(|e| e.to_string())?;
            let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
            pages
                .iter()
                .map(|&p| doc.extract_text(&[p]).map_err(|e| e.to_string()))
                .collect()
        }
        "pdf_oxide" => {
            let doc =
                pdf_oxide::PdfDocument::from_bytes(bytes.to_vec()).map_err(|e| e.to_string())?;
            let n = doc.page_count().map_err(|e| e.to_string())?;
            (0..n)
                .map(|i| doc.extract_text(i).map_err(|e| e.to_string()))
                .collect()
        }
        "probity" => {
            let doc = probity::read::pdf::read(bytes, &probity::read::Limits::default())
                .map_err(|e| e.to_string())?;
            let mut pages: Vec<String> = Vec::new();
            for b in &doc.blocks {
                let p = b.page.unwrap_or(1).max(1) as usize;
                while pages.len() < p {
                    pages.push(String::new());
                }
                pages[p - 1].push_str(&b.text);
                pages[p - 1].push('\n');
            }
            Ok(pages)
        }
        other => Err(format!("unknown candidate {other}")),
    }
}

// ---------------------------------------------------------------------------------------------
// Parent: run a child with a time limit.

enum Outcome {
    Ok { pages: Vec<String>, ms: f64 },
    Error(String),
    Panic,
    Crash,
    Timeout,
}

fn run_child(candidate: &str, path: &Path) -> Outcome {
    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .args(["extract", candidate])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn child");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = stdout.read_to_end(&mut v);
        v
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let out = out.join().unwrap_or_default();
    let err = err.join().unwrap_or_default();
    let Some(status) = status else {
        return Outcome::Timeout;
    };
    match status.code() {
        Some(0) => {
            let ms = err
                .lines()
                .find_map(|l| l.strip_prefix("TIME "))
                .and_then(|t| t.trim().parse().ok())
                .unwrap_or(f64::NAN);
            let text = String::from_utf8_lossy(&out).into_owned();
            Outcome::Ok {
                pages: text.split('\u{c}').map(str::to_string).collect(),
                ms,
            }
        }
        Some(3) => Outcome::Error(err.trim().trim_start_matches("ERROR ").to_string()),
        Some(4) => Outcome::Panic,
        _ => Outcome::Crash,
    }
}

// ---------------------------------------------------------------------------------------------
// Scoring.

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn bag(words: &[String]) -> HashMap<&str, usize> {
    let mut m = HashMap::new();
    for w in words {
        *m.entry(w.as_str()).or_insert(0) += 1;
    }
    m
}

/// Multiset overlap of two word lists.
fn overlap(a: &[String], b: &[String]) -> usize {
    let (ba, bb) = (bag(a), bag(b));
    ba.iter()
        .map(|(w, n)| (*n).min(*bb.get(w).unwrap_or(&0)))
        .sum()
}

/// Share of the reference's runs of `SHINGLE` consecutive words found as consecutive words in
/// the candidate. A run broken by a header, a misplaced line or a lost word is not found.
fn order_score(reference: &[String], candidate: &[String]) -> Option<f64> {
    if reference.len() < SHINGLE {
        return None;
    }
    let have: std::collections::HashSet<&[String]> = candidate.windows(SHINGLE).collect();
    let runs: Vec<&[String]> = reference.windows(SHINGLE).collect();
    let found = runs.iter().filter(|r| have.contains(*r)).count();
    Some(found as f64 / runs.len() as f64)
}

fn pdftotext(path: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) must be installed");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[derive(Default)]
struct Tally {
    files: usize,
    ok: usize,
    errors: usize,
    panics: usize,
    crashes: usize,
    timeouts: usize,
    ref_words: usize,
    cand_words: usize,
    common: usize,
    order_sum: f64,
    order_n: usize,
    pages_right: usize,
    pages_total: usize,
    ms: f64,
    pages: usize,
}

fn compare(files: &[String]) {
    let mut tallies: Vec<Tally> = CANDIDATES.iter().map(|_| Tally::default()).collect();
    println!("| file | pages | candidate | recall | precision | in order | pages right | ms/page | status |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for file in files {
        let path = Path::new(file);
        let reference = pdftotext(path);
        let ref_all: Vec<String> = words(&reference.join("\n"));
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let short: String = name.chars().take(40).collect();
        for (c, candidate) in CANDIDATES.iter().enumerate() {
            let t = &mut tallies[c];
            t.files += 1;
            t.pages_total += reference.len();
            match run_child(candidate, path) {
                Outcome::Ok { pages, ms } => {
                    t.ok += 1;
                    let cand_all = words(&pages.join("\n"));
                    let common = overlap(&ref_all, &cand_all);
                    t.ref_words += ref_all.len();
                    t.cand_words += cand_all.len();
                    t.common += common;
                    let order = order_score(&ref_all, &cand_all);
                    if let Some(o) = order {
                        t.order_sum += o;
                        t.order_n += 1;
                    }
                    let right = pages_right(&reference, &pages);
                    t.pages_right += right;
                    t.ms += ms;
                    t.pages += reference.len();
                    println!(
                        "| {short} | {} | {candidate} | {} | {} | {} | {right}/{} | {:.1} | ok |",
                        reference.len(),
                        pct(common, ref_all.len()),
                        pct(common, cand_all.len()),
                        order
                            .map(|o| format!("{:.1}%", o * 100.0))
                            .unwrap_or("-".into()),
                        reference.len(),
                        ms / reference.len().max(1) as f64,
                    );
                }
                other => {
                    let status = match other {
                        Outcome::Error(e) => {
                            t.errors += 1;
                            format!("error: {}", e.chars().take(60).collect::<String>())
                        }
                        Outcome::Panic => {
                            t.panics += 1;
                            "PANIC".into()
                        }
                        Outcome::Crash => {
                            t.crashes += 1;
                            "CRASH".into()
                        }
                        _ => {
                            t.timeouts += 1;
                            "TIMEOUT".into()
                        }
                    };
                    println!(
                        "| {short} | {} | {candidate} | - | - | - | - | - | {status} |",
                        reference.len()
                    );
                }
            }
        }
    }
    println!();
    println!("| candidate | files ok | word recall | word precision | 8-word runs in order (mean per file) | pages right | ms/page | errors | panics | crashes | timeouts |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (c, t) in tallies.iter().enumerate() {
        println!(
            "| {} | {}/{} | {} | {} | {:.1}% | {} | {:.2} | {} | {} | {} | {} |",
            CANDIDATES[c],
            t.ok,
            t.files,
            pct(t.common, t.ref_words),
            pct(t.common, t.cand_words),
            if t.order_n == 0 {
                0.0
            } else {
                t.order_sum / t.order_n as f64 * 100.0
            },
            pct(t.pages_right, t.pages_total),
            t.ms / t.pages.max(1) as f64,
            t.errors,
            t.panics,
            t.crashes,
            t.timeouts
        );
    }
}

/// Pages whose words are mostly (>= 90%) found on the same page of the candidate. A page with
/// no words in the reference counts as right when the candidate has none there either.
fn pages_right(reference: &[String], candidate: &[String]) -> usize {
    reference
        .iter()
        .enumerate()
        .filter(|(i, r)| {
            let rw = words(r);
            let cw = candidate.get(*i).map(|c| words(c)).unwrap_or_default();
            if rw.is_empty() {
                return cw.is_empty();
            }
            overlap(&rw, &cw) * 10 >= rw.len() * 9
        })
        .count()
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}%", a as f64 * 100.0 / b as f64)
    }
}

// ---------------------------------------------------------------------------------------------
// Robustness: truncations and byte mutations.

/// A tiny deterministic generator (xorshift), so that runs are repeatable without a crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutants(bytes: &[u8], seed: u64) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for pct in [1, 10, 50, 90, 99] {
        out.push((
            format!("trunc{pct}"),
            bytes[..bytes.len() * pct / 100].to_vec(),
        ));
    }
    let mut rng = Rng(seed | 1);
    for i in 0..6 {
        let mut m = bytes.to_vec();
        for _ in 0..(1 + rng.below(16)) {
            let at = rng.below(m.len());
            m[at] = rng.next() as u8;
        }
        out.push((format!("flip{i}"), m));
    }
    for i in 0..3 {
        let mut m = bytes.to_vec();
        let at = rng.below(m.len());
        let len = rng.below(4096).min(m.len() - at);
        m.drain(at..at + len);
        out.push((format!("cut{i}"), m));
    }
    out
}

fn mutate(files: &[String]) {
    let dir = std::env::temp_dir().join("pdf-compare-mutants");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut counts: Vec<[usize; 5]> = vec![[0; 5]; CANDIDATES.len()];
    for (f, file) in files.iter().enumerate() {
        let bytes = std::fs::read(file).expect("read");
        for (label, m) in mutants(&bytes, 0x9E37_79B9_7F4A_7C15 ^ f as u64) {
            let path = dir.join(format!("{f}-{label}.pdf"));
            std::fs::write(&path, &m).expect("write mutant");
            for (c, candidate) in CANDIDATES.iter().enumerate() {
                let slot = match run_child(candidate, &path) {
                    Outcome::Ok { .. } => 0,
                    Outcome::Error(_) => 1,
                    Outcome::Panic => 2,
                    Outcome::Crash => 3,
                    Outcome::Timeout => 4,
                };
                if slot >= 2 {
                    eprintln!(
                        "{candidate}: {} on {file} ({label})",
                        ["", "", "panic", "crash", "timeout"][slot]
                    );
                }
                counts[c][slot] += 1;
            }
            let _ = std::fs::remove_file(&path);
        }
    }
    println!(
        "| candidate | mutants | ok | error | panic (caught) | crash (abort) | timeout (>{}s) |",
        TIMEOUT.as_secs()
    );
    println!("|---|---|---|---|---|---|---|");
    for (c, k) in counts.iter().enumerate() {
        let total: usize = k.iter().sum();
        println!(
            "| {} | {total} | {} | {} | {} | {} | {} |",
            CANDIDATES[c], k[0], k[1], k[2], k[3], k[4]
        );
    }
}
