//! Running headers, footers and page numbers: lines near the top or bottom of a page that
//! repeat on most pages (compared with digits folded, so "Page 3 of 20" matches "Page 4 of
//! 20"), and page-number lines ("3", "- 3 -", "Page 3", "3 of 20", "iv") wherever a page has
//! them at its edge. They are dropped so that they are never read as clauses or glued into a
//! sentence that runs over a page break.

use super::layout::PageLines;
use crate::read::xml::{is_page_number, MAX_FURNITURE_LINES};
use std::collections::HashMap;

/// How far from the top or bottom edge (share of the page) a header or footer may stand.
const BAND: f32 = 0.15;
/// How many lines at each edge are looked at.
const EDGE_LINES: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Edge {
    Top,
    Bottom,
}

/// How far (share of the page height) a running header may shift between pages and still
/// count as the same line. A title repeating the header's words lower down is kept.
const SAME_PLACE: f32 = 0.02;

/// Removes headers, footers and page numbers from every page; returns the header and
/// footer lines removed (page numbers aside), each once, in page order.
pub fn remove(pages: &mut [PageLines]) -> Vec<String> {
    let mut removed: Vec<String> = Vec::new();
    let seen = edge_texts(pages);
    let needed = needed_repeats(pages.len());
    for page in pages.iter_mut() {
        let mut drop: Vec<usize> = edge_lines(page)
            .into_iter()
            .filter(|&(i, edge)| {
                let line = &page.lines[i];
                if is_page_number(line.text.trim()) {
                    return true;
                }
                let places = seen.get(&(edge, key(&line.text)));
                let pages_there = places.map_or(0, |p| {
                    let mut numbers: Vec<u32> = p
                        .iter()
                        .filter(|(_, at)| (at - line.at).abs() <= SAME_PLACE)
                        .map(|(n, _)| *n)
                        .collect();
                    numbers.dedup();
                    numbers.len()
                });
                pages_there >= needed
            })
            .map(|(i, _)| i)
            .collect();
        drop.sort_unstable();
        drop.dedup();
        let mut gone: Vec<String> = drop
            .into_iter()
            .rev()
            .map(|i| page.lines.remove(i).text)
            .collect();
        gone.reverse();
        for text in gone {
            let text = text.trim();
            let kept = removed.len() < MAX_FURNITURE_LINES
                && !is_page_number(text)
                && !removed.iter().any(|r| r == text);
            if kept {
                removed.push(text.to_string());
            }
        }
    }
    removed
}

/// Indices of the lines standing at the top or bottom edge of a page.
fn edge_lines(page: &PageLines) -> Vec<(usize, Edge)> {
    let n = page.lines.len();
    let top = (0..n.min(EDGE_LINES))
        .filter(|&i| page.lines[i].at <= BAND)
        .map(|i| (i, Edge::Top));
    let bottom = (n.saturating_sub(EDGE_LINES)..n)
        .filter(|&i| page.lines[i].at >= 1.0 - BAND)
        .map(|i| (i, Edge::Bottom));
    top.chain(bottom).collect()
}

/// Every edge line's folded text, with the pages (in order) and places it stands at.
fn edge_texts(pages: &[PageLines]) -> HashMap<(Edge, String), Vec<(u32, f32)>> {
    let mut seen: HashMap<(Edge, String), Vec<(u32, f32)>> = HashMap::new();
    for page in pages {
        for (i, edge) in edge_lines(page) {
            let line = &page.lines[i];
            seen.entry((edge, key(&line.text)))
                .or_default()
                .push((page.number, line.at));
        }
    }
    seen
}

/// On how many pages a line must recur to be furniture: both of two pages, else half of them
/// (a title page or a landscape schedule often lacks the running header). A one-page document
/// has no repetition to go by.
fn needed_repeats(pages: usize) -> usize {
    match pages {
        0 | 1 => usize::MAX,
        2 => 2,
        n => n.div_ceil(2).max(2),
    }
}

/// Lower case, single spaces, every run of digits as one `#`.
fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_digits = false;
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_ascii_digit() {
                if !in_digits {
                    out.push('#');
                }
                in_digits = true;
            } else {
                in_digits = false;
                out.extend(c.to_lowercase());
            }
        }
        in_digits = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pdf::layout::Line;

    fn page(number: u32, texts: &[(&str, f32)]) -> PageLines {
        PageLines {
            number,
            lines: texts
                .iter()
                .map(|(t, at)| Line {
                    x0: 72.0,
                    x1: 300.0,
                    v: at * 800.0,
                    at: *at,
                    size: 10.0,
                    text: t.to_string(),
                })
                .collect(),
            tables: Vec::new(),
        }
    }

    fn texts(p: &PageLines) -> Vec<&str> {
        p.lines.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn running_headers_footers_and_page_numbers_go() {
        let mut pages: Vec<PageLines> = (1..=4)
            .map(|n| {
                let footer = format!("Page {n} of 4");
                let body = format!("Clause {n} text.");
                // The header drifts a little from page to page; page 1 repeats its words
                // as a title further down.
                let mut lines = vec![("Services Agreement v2", 0.05 + n as f32 * 0.004)];
                if n == 1 {
                    lines.push(("Services Agreement v2", 0.12));
                }
                lines.extend([
                    (body.as_str(), 0.3),
                    ("Services Agreement v2", 0.5),
                    (footer.as_str(), 0.95),
                ]);
                page(n, &lines)
            })
            .collect();
        remove(&mut pages);
        for (i, p) in pages.iter().enumerate() {
            let body = format!("Clause {} text.", i + 1);
            let mut expected = vec![body.as_str(), "Services Agreement v2"];
            if i == 0 {
                expected.insert(0, "Services Agreement v2");
            }
            assert_eq!(texts(p), expected);
        }
    }

    #[test]
    fn a_lone_page_keeps_its_text_but_loses_its_number() {
        let mut pages = vec![page(
            1,
            &[("Agreement", 0.05), ("Body.", 0.4), ("- 1 -", 0.96)],
        )];
        remove(&mut pages);
        assert_eq!(texts(&pages[0]), ["Agreement", "Body."]);
    }

    #[test]
    fn text_at_the_edge_of_only_some_pages_stays() {
        let mut pages: Vec<PageLines> = (1..=4)
            .map(|n| {
                page(
                    n,
                    &[
                        (if n == 1 { "Title" } else { "Other" }, 0.05),
                        ("Body.", 0.4),
                    ],
                )
            })
            .collect();
        pages[2].lines[0].text = "Unique".into();
        pages[3].lines[0].text = "Another".into();
        remove(&mut pages);
        assert!(pages.iter().all(|p| p.lines.len() == 2));
    }

    #[test]
    fn keys_fold_digits_and_case() {
        assert_eq!(key("Page 12 of  20"), key("page 3 of 20"));
        assert_ne!(key("Schedule A"), key("Schedule B"));
        assert!(is_page_number("17"));
        assert!(is_page_number("Page 3 of 20"));
        assert!(is_page_number("- 4 -"));
        assert!(is_page_number("xiv"));
        assert!(!is_page_number("12.1 The Supplier"));
        assert!(!is_page_number("Civil"));
    }
}
