//! Plain-text and Markdown reader. Decodes UTF-8 (with or without BOM), UTF-16 with a BOM,
//! else Windows-1252; then finds blocks the way a reader of the page would: blank lines end
//! paragraphs, a line starting a numbered clause ("12.1", "(a)", "Schedule 3") starts a new
//! block, hard-wrapped lines join up, short numbered, Markdown or capitalised lines are
//! headings. Clause numbers go to `Block.number`; Markdown markup is dropped; form feeds
//! (as pdftotext writes them) count pages.

use super::ReadError;
use crate::model::{Block, BlockKind, Document};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    Plain,
    Markdown,
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(
        (?:clause|article|section)\s+\d+(?:\.\d+)*\.? |
        \d{1,3}(?:\.\d{1,3}){0,4}\.? |
        \([a-z]{1,2}\) | \([ivxlc]{1,6}\) | [a-z]\) | [ivx]{1,5}\) | \(\d{1,2}\)
    )\s+",
    )
    .unwrap()
});
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(schedule|part|annex|appendix|annexe)\s+[0-9a-z]{1,4}\b").unwrap()
});
static MD_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(#{1,6})\s+(.*?)\s*#*\s*$").unwrap());
static MD_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+").unwrap());
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").unwrap());
static MD_EMPHASIS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\*{1,3}|_{2,3}|`+)").unwrap());
static HTML_COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").unwrap());
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]{0,400})?/?>").unwrap());
static TOC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,4}\s*$").unwrap());

pub fn read(bytes: &[u8], flavour: Flavour) -> Result<Document, ReadError> {
    let text = decode(bytes);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let text = if flavour == Flavour::Markdown {
        HTML_COMMENT.replace_all(&text, "").into_owned()
    } else {
        text
    };
    let paged = text.contains('\u{0C}');
    // A form feed ends the page wherever it stands in a line.
    let text = if paged {
        text.replace('\u{0C}', "\n\u{0C}\n")
    } else {
        text
    };
    let mut reader = Reader {
        doc: Document::default(),
        pending: Vec::new(),
        pending_kind: BlockKind::Paragraph,
        page: 1,
        paged,
        flavour,
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let mut in_fence = false;
    for (i, raw) in lines.iter().enumerate() {
        if *raw == "\u{0C}" {
            reader.flush();
            reader.page += 1;
            continue;
        }
        let line: String = raw
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        if flavour == Flavour::Markdown && line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            reader.flush();
            continue;
        }
        if !in_fence {
            reader.line(&line, lines.get(i + 1).copied());
        }
    }
    reader.flush();
    Ok(reader.doc)
}

struct Reader {
    doc: Document,
    pending: Vec<String>,
    pending_kind: BlockKind,
    page: u32,
    paged: bool,
    flavour: Flavour,
}

impl Reader {
    fn line(&mut self, line: &str, next: Option<&str>) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            self.flush();
            return;
        }
        if self.flavour == Flavour::Markdown {
            if let Some(c) = MD_HEADING.captures(trimmed) {
                self.flush();
                self.emit(BlockKind::Heading(c[1].len() as u8), &c[2]);
                return;
            }
            // Setext underline: the pending paragraph was a heading.
            if !self.pending.is_empty()
                && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'))
                && trimmed.len() >= 3
            {
                let level = if trimmed.starts_with('=') { 1 } else { 2 };
                self.pending_kind = BlockKind::Heading(level);
                self.flush();
                return;
            }
            if trimmed.starts_with('|') {
                self.flush();
                if !trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
                    for cell in trimmed.trim_matches('|').split('|') {
                        self.emit(BlockKind::TableCell, cell);
                    }
                }
                return;
            }
            if let Some(c) = MD_LIST.captures(line) {
                self.flush();
                let depth = (c[1].len() / 2).min(8) as u8;
                self.pending_kind = BlockKind::ListItem(depth);
                self.pending.push(line[c[0].len()..].to_string());
                return;
            }
        }
        let content = trimmed.trim_start_matches('>').trim();
        if TOC.is_match(content) {
            self.flush();
            self.emit(BlockKind::TocEntry, content);
            return;
        }
        if let Some(level) = heading_level(content, next) {
            self.flush();
            self.emit(BlockKind::Heading(level), content);
            return;
        }
        if NUMBERED.is_match(content) || PART.is_match(content) {
            self.flush();
        }
        self.pending.push(content.to_string());
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut text = String::new();
        for line in self.pending.drain(..) {
            let line = line.trim();
            // "compli-" + "ance": a word broken at the line end.
            if text.ends_with('-')
                && line.starts_with(|c: char| c.is_lowercase())
                && !text.ends_with(" -")
            {
                text.pop();
            } else if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line);
        }
        let kind = std::mem::replace(&mut self.pending_kind, BlockKind::Paragraph);
        self.emit(kind, &text);
    }

    fn emit(&mut self, kind: BlockKind, text: &str) {
        let mut text = text.trim().to_string();
        if self.flavour == Flavour::Markdown {
            text = HTML_TAG.replace_all(&text, "").into_owned();
            text = MD_LINK.replace_all(&text, "$1").into_owned();
            text = MD_EMPHASIS.replace_all(&text, "").into_owned();
        }
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let (number, body) = match NUMBERED.captures(&text) {
            Some(c) if text.len() > c[0].len() => {
                (Some(c[1].to_string()), text[c[0].len()..].to_string())
            }
            _ => (None, text.clone()),
        };
        let mut block = Block::new(kind, body);
        if let Some(n) = number {
            block = block.with_number(n);
        }
        if self.paged {
            block.page = Some(self.page);
        }
        self.doc.push(block);
    }
}

/// A short line that reads as a heading: a numbered title ("12. Complaints", "12 COMPLAINTS"),
/// a "Schedule 3" line, or a short line in capitals. Sentences (ending in a full stop or
/// holding an obligation) are never headings.
fn heading_level(line: &str, next: Option<&str>) -> Option<u8> {
    let words = line.split_whitespace().count();
    if words == 0 || words > 12 || line.ends_with(['.', ';', ',', ':']) {
        return None;
    }
    let lower = line.to_lowercase();
    if [" shall ", " must ", " will ", " may "]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    // A heading stands apart: followed by a blank line, a numbered clause or the end.
    let apart = next.is_none_or(|n| {
        n.trim().is_empty() || NUMBERED.is_match(n.trim()) || PART.is_match(n.trim())
    });
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    if PART.is_match(line) {
        return Some(1);
    }
    if let Some(c) = NUMBERED.captures(line) {
        let number = c[1].trim_end_matches('.');
        if number.starts_with('(') || number.ends_with(')') {
            return None;
        }
        let rest = &line[c[0].len()..];
        let title_like = rest.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|ch| ch.is_uppercase() || !ch.is_alphabetic())
                || is_minor_title_word(w)
        });
        // A short numbered title stands on its own line even without a blank line after it
        // (as PDF text runs).
        if (title_like || capitals) && words <= 10 && (apart || words <= 6) {
            return Some((number.matches('.').count() + 1).min(6) as u8);
        }
        return None;
    }
    (capitals && apart && words <= 10).then_some(1)
}

/// Short words a title leaves in lower case ("Prevention of Bribery and Fraud").
pub(crate) fn is_minor_title_word(word: &str) -> bool {
    matches!(
        word,
        "and" | "of" | "the" | "for" | "to" | "in" | "on" | "or" | "with" | "by" | "a" | "an"
    )
}

/// Text as the bytes say it is: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252.
pub(crate) fn decode(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    for (bom, encoding) in [
        ([0xFF, 0xFE], encoding_rs::UTF_16LE),
        ([0xFE, 0xFF], encoding_rs::UTF_16BE),
    ] {
        if bytes.starts_with(&bom) {
            return encoding
                .decode_without_bom_handling(&bytes[2..])
                .0
                .into_owned();
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn blocks(text: &str, flavour: Flavour) -> Vec<Block> {
        read(text.as_bytes(), flavour).unwrap().blocks
    }

    #[test]
    fn numbered_clauses_start_blocks_and_keep_their_numbers() {
        let b = blocks("12. COMPLAINTS\n\n12.1 The Provider shall operate a\ncomplaints procedure.\n12.2 The Provider shall report\n(a) quarterly; and\n(b) on request.\n", Flavour::Plain);
        let kinds: Vec<_> = b
            .iter()
            .map(|b| (b.kind, b.number.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading(1), Some("12."), "COMPLAINTS"),
                (
                    BlockKind::Paragraph,
                    Some("12.1"),
                    "The Provider shall operate a complaints procedure."
                ),
                (
                    BlockKind::Paragraph,
                    Some("12.2"),
                    "The Provider shall report"
                ),
                (BlockKind::Paragraph, Some("(a)"), "quarterly; and"),
                (BlockKind::Paragraph, Some("(b)"), "on request."),
            ]
        );
    }

    #[test]
    fn markdown_headings_lists_tables_and_markup() {
        let b = blocks("# Core Terms\n\n**Contract <span class=\"k\">number</span>:** C-1\n\n- item one\n- item [two](http://x)\n\n| Supplier | Acme Ltd |\n|---|---|\n", Flavour::Markdown);
        assert_eq!(b[0].kind, BlockKind::Heading(1));
        assert_eq!(b[1].text, "Contract number: C-1");
        assert_eq!(
            (b[2].kind, b[3].text.as_str()),
            (BlockKind::ListItem(0), "item two")
        );
        assert_eq!(
            (b[4].kind, b[5].text.as_str()),
            (BlockKind::TableCell, "Acme Ltd")
        );
    }

    #[test]
    fn hyphenation_pages_and_encodings() {
        let b = blocks(
            "The Supplier shall ensure compli-\nance.\u{0C}Page two text.",
            Flavour::Plain,
        );
        assert_eq!(b[0].text, "The Supplier shall ensure compliance.");
        assert_eq!((b[0].page, b[1].page), (Some(1), Some(2)));
        let cp1252 = read(b"Caf\xe9 \x93quoted\x94", Flavour::Plain).unwrap();
        assert_eq!(cp1252.blocks[0].text, "Café “quoted”");
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hi".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(read(&utf16, Flavour::Plain).unwrap().blocks[0].text, "Hi");
    }

    #[test]
    fn sentences_are_not_headings() {
        let b = blocks(
            "1.1 The Supplier Shall Comply With The Code.\n",
            Flavour::Plain,
        );
        assert_eq!(b[0].kind, BlockKind::Paragraph);
    }

    proptest! {
        #[test]
        fn never_panics_and_emits_no_control_characters(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            for flavour in [Flavour::Plain, Flavour::Markdown] {
                let doc = read(&bytes, flavour).unwrap();
                for b in &doc.blocks {
                    prop_assert!(!b.text.chars().any(|c| c.is_control()));
                }
            }
        }
    }
}
