//! PDF reader: extracts the text layer page by page (`pdf-extract`), drops running headers and
//! footers (lines repeated at the top or bottom of most pages, page numbers), then reads the
//! pages as plain text so that clauses, numbers, headings and broken words are handled as for
//! any text, with the page of every block kept. A PDF with no text layer is "OCR needed", not a
//! contract with every clause missing. The parser can panic on damaged files; that becomes a
//! clear error for this file.

use super::text::{self, Flavour};
use super::{Limits, ReadError};
use crate::model::{Document, Format};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Fewer letters than this per page on average means there is no real text layer.
const MIN_LETTERS_PER_PAGE: usize = 40;
/// How many lines at each end of a page can be running headers or footers.
const EDGE_LINES: usize = 3;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:-\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*-)?\s*$")
        .unwrap()
});
static DIGITS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").unwrap());

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let pages = extract_pages(bytes)?;
    let letters: usize = pages
        .iter()
        .map(|p| p.chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    if letters < MIN_LETTERS_PER_PAGE * pages.len().max(1) / 2 || letters == 0 {
        return Err(ReadError::NoText);
    }
    let total: usize = pages.iter().map(String::len).sum();
    if total as u64 > limits.max_part_bytes {
        return Err(ReadError::TooLarge(format!(
            "the PDF's text is over {} MiB",
            limits.max_part_bytes / super::MIB
        )));
    }
    let pages = strip_running_lines(&pages);
    // Form feeds carry the page breaks into the text reader, which numbers pages from them.
    let joined = pages.join("\n\u{0C}\n");
    let mut doc = text::read(joined.as_bytes(), Flavour::Plain)?;
    // A one-page PDF has no form feed; its blocks are on page 1 all the same.
    for block in &mut doc.blocks {
        block.page.get_or_insert(1);
    }
    Ok(doc)
}

fn extract_pages(bytes: &[u8]) -> Result<Vec<String>, ReadError> {
    let attempt = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem_by_pages(bytes));
    match attempt {
        Ok(Ok(pages)) => Ok(pages),
        Ok(Err(e)) => {
            let message = e.to_string();
            if message.to_lowercase().contains("encrypt") || message.to_lowercase().contains("password") {
                Err(ReadError::Encrypted { what: "PDF".into() })
            } else {
                Err(ReadError::corrupt(Format::Pdf, message))
            }
        }
        Err(_) => Err(ReadError::corrupt(
            Format::Pdf,
            "the PDF structure could not be parsed (the file is damaged or uses an unsupported feature)",
        )),
    }
}

/// Removes lines that repeat near the top or bottom of most pages (running headers, footers,
/// "Page 3 of 20"), comparing lines with their digits masked so that page numbers match.
fn strip_running_lines(pages: &[String]) -> Vec<String> {
    let edges = |page: &str| -> Vec<String> {
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let n = lines.len();
        let mut keys: Vec<String> = lines.iter().take(EDGE_LINES).map(|l| key(l)).collect();
        keys.extend(
            lines
                .iter()
                .skip(n.saturating_sub(EDGE_LINES))
                .map(|l| key(l)),
        );
        keys.sort();
        keys.dedup();
        keys
    };
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages {
        for k in edges(page) {
            *counts.entry(k).or_default() += 1;
        }
    }
    let threshold = (pages.len() / 2).max(2);
    let running: Vec<String> = if pages.len() >= 3 {
        counts
            .into_iter()
            .filter(|(_, c)| *c >= threshold)
            .map(|(k, _)| k)
            .collect()
    } else {
        Vec::new()
    };
    pages
        .iter()
        .map(|page| {
            let lines: Vec<&str> = page.lines().collect();
            let content: Vec<usize> = (0..lines.len())
                .filter(|&i| !lines[i].trim().is_empty())
                .collect();
            let near_edge = |i: usize| match content.iter().position(|&c| c == i) {
                Some(pos) => pos < EDGE_LINES || pos + EDGE_LINES >= content.len(),
                None => false,
            };
            lines
                .iter()
                .enumerate()
                .filter(|(i, l)| {
                    let t = l.trim();
                    !(near_edge(*i) && (PAGE_NUMBER.is_match(t) || running.contains(&key(t))))
                })
                .map(|(_, l)| *l)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

fn key(line: &str) -> String {
    DIGITS
        .replace_all(
            &line
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
            "#",
        )
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_headers_footers_and_page_numbers_go() {
        let duties = [
            "report complaints",
            "keep registers",
            "train its staff",
            "declare interests",
        ];
        let pages: Vec<String> = (1..=4)
            .map(|n| format!("Call-Off Ref: RM3830\nCrown Copyright 2018\n\n{n}.1 The Supplier shall {}.\n\nPage {n} of 4", duties[n - 1]))
            .collect();
        let out = strip_running_lines(&pages);
        for (i, page) in out.iter().enumerate() {
            assert!(
                !page.contains("Crown Copyright") && !page.contains("Page "),
                "{page}"
            );
            assert!(page.contains(&format!("{}.1 The Supplier", i + 1)));
        }
    }

    #[test]
    fn garbage_is_a_clear_error_not_a_panic() {
        let err = read(
            b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF",
            &Limits::default(),
        )
        .unwrap_err();
        assert!(
            matches!(err, ReadError::Corrupt { .. } | ReadError::NoText),
            "{err}"
        );
    }
}
