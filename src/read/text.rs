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

/// A clause number at the start of a line: "12.", "12.1.3", "(a)", "(iv)", "a)", "Clause 12".
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(
        (?i:clause|article|section|paragraph)\s+\d{1,3}(?:\.\d{1,3})*\.? |
        \d{1,3}(?:\.\d{1,3}){0,4}\.? |
        \([a-z]{1,2}\) | \([ivxlc]{1,6}\) | [a-z]\) | [ivx]{1,5}\) | \(\d{1,2}\)
    )\s+",
    )
    .unwrap()
});
/// A division of the document: "Schedule 3", "SCHEDULE 3", "Part B", "Annex A", "Appendix 2".
static PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((?:schedule|part|annex|annexe|appendix)\s+(?:[0-9]{1,3}[a-z]?|[a-z]|[ivxl]{1,5})\b)(?:\s*[-–—:.]\s*|\s+|$)").unwrap()
});
static MD_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(#{1,6})\s+(.*?)\s*#*\s*$").unwrap());
/// A Markdown list item: indent, then a bullet or an ordered number.
static MD_LIST: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*)(?:[-*+]|(\d{1,3})[.)])\s+").unwrap());
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!?\[([^\]]*)\]\([^)]*\)").unwrap());
static MD_EMPHASIS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\*{1,3}|_{2,3}|`+)").unwrap());
/// Inline HTML tags (`<span class=...>`, `</label>`, `<br/>`), which Markdown allows.
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>").unwrap());
static HTML_COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").unwrap());
/// A contents line: a title, then dot leaders (or a tab) and a page number.
static TOC_LEADERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,4}\s*$").unwrap());
static TOC_TAB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[^\t]{2,80}\t+\s*\d{1,4}\s*$").unwrap());

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
        pending_number: None,
        list_indents: Vec::new(),
        page: 1,
        paged,
        flavour,
        rows_seen: 0,
        in_text_table: false,
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let mut in_fence = false;
    let front_matter = match flavour {
        Flavour::Markdown => front_matter_lines(&lines),
        Flavour::Plain => 0,
    };
    for (i, raw) in lines.iter().enumerate().skip(front_matter) {
        // Stop as soon as the document is over the block limit, before its blocks fill memory.
        if reader.doc.blocks.len() > super::MAX_BLOCKS {
            return Err(super::too_many_blocks());
        }
        if *raw == "\u{0C}" {
            reader.flush();
            reader.page = reader.page.saturating_add(1);
            continue;
        }
        let line = visible(raw);
        if flavour == Flavour::Markdown && line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            reader.flush();
            continue;
        }
        if !in_fence {
            let next = lines.get(i + 1).map(|n| visible(n));
            reader.line(&line, next.as_deref());
        }
    }
    reader.flush();
    Ok(reader.doc)
}

/// How many lines a Markdown file's front matter takes: a block of `key: value` metadata
/// between `---` lines (YAML) or `+++` lines (TOML) at the very top, as wikis, static-site
/// generators and document portals export it. It is the page's metadata (title, owner,
/// status), not contract text; 0 when there is none.
fn front_matter_lines(lines: &[&str]) -> usize {
    const MAX_LINES: usize = 100;
    let Some(first) = lines.first() else {
        return 0;
    };
    let fence = first.trim_start_matches('\u{FEFF}').trim_end();
    if fence != "---" && fence != "+++" {
        return 0;
    }
    let close = lines
        .iter()
        .enumerate()
        .skip(1)
        .take(MAX_LINES)
        .find(|(_, l)| {
            let l = l.trim_end();
            l == fence || (fence == "---" && l == "...")
        })
        .map(|(i, _)| i);
    let Some(close) = close else {
        return 0;
    };
    let body = &lines[1..close];
    // Metadata, not a rule over a heading: every line is blank, a `key: value` or `key = value`
    // pair, a list entry or an indented continuation.
    let metadata = !body.is_empty()
        && body.iter().all(|l| {
            let t = l.trim();
            t.is_empty()
                || t.starts_with("- ")
                || t.starts_with('#')
                || l.starts_with([' ', '\t'])
                || t.split_once([':', '=']).is_some_and(|(key, _)| {
                    !key.is_empty()
                        && key
                            .trim()
                            .chars()
                            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '"' | '\''))
                })
        });
    if metadata {
        close + 1
    } else {
        0
    }
}

/// A line without control characters; tabs and no-break spaces become spaces later.
fn visible(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect()
}

struct Reader {
    doc: Document,
    pending: Vec<String>,
    pending_kind: BlockKind,
    /// The number of a Markdown ordered list item being gathered.
    pending_number: Option<String>,
    /// Indents of the open Markdown list levels, outermost first.
    list_indents: Vec<usize>,
    page: u32,
    paged: bool,
    flavour: Flavour,
    /// Table rows read so far (Markdown's, and plain text's "a | b" lines): each row's
    /// cells share its number.
    rows_seen: u32,
    /// Whether the last line was a plain-text table row.
    in_text_table: bool,
}

impl Reader {
    fn line(&mut self, line: &str, next: Option<&str>) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            self.flush();
            self.in_text_table = false;
            return;
        }
        if self.flavour == Flavour::Markdown && self.markdown_line(line, trimmed) {
            return;
        }
        let content = trimmed.trim_start_matches('>').trim();
        // "Vendor | Cascade Claims LLC": lines of cells parted by " | ", one after another, are
        // a table's rows (order forms exported to text), not one paragraph run together.
        // An underline below the first row ("|---|---|", "-----") is no text.
        if self.in_text_table && is_pipe_separator(content) {
            return;
        }
        let row = content.contains(" | ")
            && (self.in_text_table
                || next.is_some_and(|n| n.contains(" | ") || is_pipe_separator(n)));
        self.in_text_table = row;
        if row {
            self.flush();
            self.rows_seen += 1;
            for cell in split_cells(content) {
                self.emit(BlockKind::TableCell, cell);
            }
            return;
        }
        if is_rule_line(content) {
            // "-----", "_____", "* * *": a rule or a signature line, not text.
            self.flush();
            return;
        }
        if TOC_LEADERS.is_match(content) || TOC_TAB.is_match(content) {
            self.flush();
            self.emit(BlockKind::TocEntry, content);
            return;
        }
        if let Some(level) =
            underlined_heading(content, next).or_else(|| heading_level(content, next))
        {
            self.flush();
            self.emit(BlockKind::Heading(level), content);
            return;
        }
        if self.starts_block(content) {
            self.flush();
        }
        self.pending.push(content.to_string());
    }

    /// Markdown-only structure: headings, Setext underlines, tables, list items. Returns
    /// whether the line was consumed.
    fn markdown_line(&mut self, line: &str, trimmed: &str) -> bool {
        if let Some(c) = MD_HEADING.captures(trimmed) {
            self.flush();
            self.emit(BlockKind::Heading(c[1].len() as u8), &c[2]);
            return true;
        }
        let underline = trimmed.len() >= 3
            && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'));
        if underline && !self.pending.is_empty() && self.pending_kind == BlockKind::Paragraph {
            // Setext: the paragraph above was a heading.
            self.pending_kind = BlockKind::Heading(if trimmed.starts_with('=') { 1 } else { 2 });
            self.flush();
            return true;
        }
        if trimmed.starts_with('|') {
            self.flush();
            let separator = is_pipe_separator(trimmed);
            if !separator {
                self.rows_seen += 1;
                for cell in split_cells(trimmed) {
                    self.emit(BlockKind::TableCell, cell);
                }
            }
            return true;
        }
        if let Some(c) = MD_LIST.captures(line) {
            if is_rule_line(trimmed) {
                return false;
            }
            self.flush();
            let depth =
                self.list_depth(c[1].chars().map(|ch| if ch == '\t' { 4 } else { 1 }).sum());
            self.pending_kind = BlockKind::ListItem(depth);
            self.pending_number = c.get(2).map(|n| n.as_str().to_string());
            self.pending.push(line[c[0].len()..].to_string());
            return true;
        }
        false
    }

    /// The depth of a list item from its indent, against the indents of the open levels.
    fn list_depth(&mut self, indent: usize) -> u8 {
        while self.list_indents.last().is_some_and(|&i| i > indent) {
            self.list_indents.pop();
        }
        if self.list_indents.last() != Some(&indent) {
            self.list_indents.push(indent);
        }
        (self.list_indents.len().saturating_sub(1)).min(8) as u8
    }

    /// Whether a line starts a new block although no blank line came before it: a clause
    /// number or a "Schedule 3" line. A bare number only counts when it reads as one (a
    /// capital or bracket follows, or the line before ended a sentence), so that a wrapped
    /// line starting "10 working days" stays in its paragraph.
    fn starts_block(&self, content: &str) -> bool {
        let before_ended = self
            .pending
            .last()
            .is_none_or(|l| l.trim_end().ends_with(['.', ':', ';']));
        if let Some(m) = PART.find(content) {
            return before_ended || title_like(&content[m.end()..]);
        }
        let Some(c) = NUMBERED.captures(content) else {
            return false;
        };
        let number = &c[1];
        if !number.starts_with(|ch: char| ch.is_ascii_digit()) {
            return true;
        }
        let after = content[c[0].len()..].chars().next();
        let reads_as_number = number.contains('.')
            && after.is_some_and(|a| a.is_uppercase() || matches!(a, '(' | '"' | '“'));
        reads_as_number || before_ended
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let mut text = String::new();
        for line in self.pending.drain(..) {
            let line = line.trim();
            // "compli-" + "ance": a word broken at the line end.
            let broken_word = text.ends_with('-')
                && !text.ends_with(" -")
                && !text.ends_with("--")
                && line.starts_with(|c: char| c.is_lowercase());
            if broken_word {
                text.pop();
            } else if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line);
        }
        let kind = std::mem::replace(&mut self.pending_kind, BlockKind::Paragraph);
        let number = self.pending_number.take();
        if !matches!(kind, BlockKind::ListItem(_)) {
            self.list_indents.clear();
        }
        match number {
            Some(n) => self.emit_numbered(kind, &text, n),
            None => self.emit(kind, &text),
        }
    }

    /// A block whose number the markup gave (a Markdown ordered list item).
    fn emit_numbered(&mut self, kind: BlockKind, text: &str, number: String) {
        let text = self.clean(text);
        let mut block = Block::new(kind, text).with_number(number);
        if self.paged {
            block.page = Some(self.page);
        }
        self.doc.push(block);
    }

    /// A block, with the clause number at the start of its text moved to `number`.
    fn emit(&mut self, kind: BlockKind, text: &str) {
        let text = self.clean(text);
        let (number, body) = split_number(&text);
        let row = (kind == BlockKind::TableCell).then_some(self.rows_seen);
        let mut block = Block::new(kind, body).in_row(row);
        if let Some(n) = number {
            block = block.with_number(n);
        }
        if self.paged {
            block.page = Some(self.page);
        }
        self.doc.push(block);
    }

    /// Markup dropped (for Markdown) and white space collapsed.
    fn clean(&self, text: &str) -> String {
        let mut text = text.trim().to_string();
        if self.flavour == Flavour::Markdown {
            text = MD_LINK.replace_all(&text, "$1").into_owned();
            text = HTML_TAG.replace_all(&text, "").into_owned();
            text = MD_EMPHASIS.replace_all(&text, "").into_owned();
            text = text.replace("\\", "");
        }
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// The clause number at the start of a block's text and the text after it. A number with
/// nothing after it stays as the text (a heading "SCHEDULE 3" keeps its words).
fn split_number(text: &str) -> (Option<String>, String) {
    if let Some(c) = NUMBERED.captures(text) {
        let rest = text[c[0].len()..].trim();
        if !rest.is_empty() {
            return (Some(c[1].to_string()), rest.to_string());
        }
    }
    if let Some(c) = PART.captures(text) {
        let rest = text[c[0].len()..].trim();
        if !rest.is_empty() && starts_title(rest) {
            return (Some(c[1].to_string()), rest.to_string());
        }
    }
    (None, text.to_string())
}

/// Whether text after "Schedule 3" reads as the division's title rather than a sentence
/// ("Schedule 3 sets out ...").
fn starts_title(rest: &str) -> bool {
    rest.chars()
        .find(|c| c.is_alphanumeric() || *c == '(')
        .is_none_or(|c| !c.is_lowercase())
}

/// Cells of a Markdown table row, honouring escaped pipes.
/// "|---|:---:|", "--------", "====+====": the line under a table's header row.
fn is_pipe_separator(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 3
        && (line.contains('-') || line.contains('='))
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | '=' | '+' | ':' | ' '))
}

fn split_cells(row: &str) -> Vec<&str> {
    let inner = row.trim().trim_start_matches('|');
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    let mut cells = Vec::new();
    let mut start = 0;
    let mut prev = ' ';
    for (i, c) in inner.char_indices() {
        if c == '|' && prev != '\\' {
            cells.push(&inner[start..i]);
            start = i + 1;
        }
        prev = c;
    }
    cells.push(&inner[start..]);
    cells
}

/// A line drawn with punctuation only ("-----", "=====", "_____", "* * *").
fn is_rule_line(line: &str) -> bool {
    let marks = line.chars().filter(|c| !c.is_whitespace()).count();
    marks >= 3
        && line.chars().all(|c| {
            c.is_whitespace() || matches!(c, '-' | '=' | '_' | '*' | '~' | '—' | '–' | '.')
        })
}

/// Words that stay lower case in a title ("Conflicts of Interest").
const MINOR_WORDS: &[&str] = &[
    "and", "of", "the", "for", "to", "in", "on", "or", "with", "by", "a", "an", "at", "from",
];

/// A short line underlined with '=' or '-' (Setext style, common in plain-text contracts
/// too): a heading whatever its case, "7. Bribery and fraud" at its number's level.
fn underlined_heading(line: &str, next: Option<&str>) -> Option<u8> {
    let under = next?.trim();
    let drawn =
        under.len() >= 3 && (under.bytes().all(|b| b == b'=') || under.bytes().all(|b| b == b'-'));
    let words = line.split_whitespace().count();
    if !drawn || words == 0 || words > 12 || line.ends_with(['.', ';', ',', ':']) {
        return None;
    }
    // "Schedule 1 - Services" opens a part of the document, whatever its underline.
    if PART.is_match(line) {
        return Some(1);
    }
    if let Some(c) = NUMBERED.captures(line) {
        let number = c[1].trim_end_matches('.');
        if number.starts_with('(') || number.ends_with(')') {
            return None;
        }
        return Some((number.matches('.').count() + 1).min(6) as u8);
    }
    Some(if under.starts_with('=') { 1 } else { 2 })
}

/// A short line that reads as a heading: a numbered title ("12. Complaints", "12 COMPLAINTS"),
/// a "Schedule 3" line, or a short line in capitals. Sentences (ending in a full stop or
/// holding an obligation) are never headings.
fn heading_level(line: &str, next: Option<&str>) -> Option<u8> {
    let words = line.split_whitespace().count();
    if words == 0 || words > 12 || line.ends_with(['.', ';', ',', ':']) {
        return None;
    }
    let lower = format!(" {} ", line.to_lowercase());
    if [" shall ", " must ", " will ", " may ", " is ", " are "]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    // A heading stands apart: followed by a blank line, a numbered clause or the end.
    let apart = next.is_none_or(|n| {
        let n = n.trim();
        n.is_empty() || NUMBERED.is_match(n) || PART.is_match(n) || is_rule_line(n)
    });
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 3 && letters.iter().all(|c| c.is_uppercase());
    if let Some(c) = PART.captures(line) {
        let rest = &line[c[0].len()..];
        return (title_like(rest) || capitals).then_some(1);
    }
    if let Some(c) = NUMBERED.captures(line) {
        let number = c[1].trim_end_matches('.');
        if number.starts_with('(') || number.ends_with(')') {
            return None;
        }
        let rest = &line[c[0].len()..];
        // A short numbered title stands on its own line even without a blank line after it
        // (as PDF text runs).
        if (title_like(rest) || capitals) && words <= 10 && (apart || words <= 6) {
            return Some((number.matches('.').count() + 1).min(6) as u8);
        }
        return None;
    }
    (capitals && apart && words <= 10).then_some(1)
}

/// Every word capitalised except short joining words: "Conflicts of Interest".
fn title_like(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|ch| ch.is_uppercase() || !ch.is_alphabetic())
            || MINOR_WORDS.contains(&w)
    })
}

/// Whether a paragraph styled as a heading reads as running text: many contract templates
/// number their clauses with heading styles (or styles with an outline level), so "3.1 The
/// Provider shall comply with ..." arrives as a level-2 heading. A title is short and does
/// not end like a sentence; a clause with a run-in title ("Conduct. The Provider shall
/// ...") is a sentence too.
pub(crate) fn reads_as_running_text(text: &str) -> bool {
    let words = text.split_whitespace().count();
    let ends_like_a_sentence = text.trim_end().ends_with(['.', ';', ':', ',']);
    let lower = format!(" {} ", text.to_lowercase());
    let binds = [" shall ", " must ", " will ", " may "]
        .iter()
        .any(|w| lower.contains(w));
    // A list item in a heading style: "(b) has at least one member of Staff ...; and".
    let an_item = text.starts_with(|c: char| c.is_lowercase()) || text.contains("; ");
    words > 16 || (words >= 6 && (ends_like_a_sentence || binds || an_item))
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
    fn lines_of_cells_in_plain_text_are_table_rows() {
        let text = "Order form\n\nField | Entry\nVendor | Cascade Claims LLC\nTerm | One year\nThe Vendor shall keep records | of all clinics.\n\nA lone line | with a pipe stays a paragraph.\n";
        let b = blocks(text, Flavour::Plain);
        let cells: Vec<(&str, Option<u32>)> = b
            .iter()
            .filter(|b| b.kind == BlockKind::TableCell)
            .map(|b| (b.text.as_str(), b.row))
            .collect();
        assert_eq!(
            cells[2..4],
            [("Vendor", Some(2)), ("Cascade Claims LLC", Some(2))]
        );
        assert_eq!(cells.len(), 8, "{cells:?}");
        let last = b.last().unwrap();
        assert_eq!(
            (last.kind, last.text.as_str()),
            (
                BlockKind::Paragraph,
                "A lone line | with a pipe stays a paragraph."
            )
        );
    }

    #[test]
    fn a_pipe_table_in_plain_text_keeps_its_header_row() {
        let text = "Table 1\n\n| Ref | Obligation |\n|---|:---:|\n| R1 | Keep records |\n";
        for text in [
            text.to_string(),
            text.replace("|---|:---:|", "------------"),
        ] {
            let b = blocks(&text, Flavour::Plain);
            let cells: Vec<(&str, Option<u32>)> = b
                .iter()
                .filter(|b| b.kind == BlockKind::TableCell)
                .map(|b| (b.text.as_str(), b.row))
                .collect();
            assert_eq!(
                cells,
                [
                    ("Ref", Some(1)),
                    ("Obligation", Some(1)),
                    ("R1", Some(2)),
                    ("Keep records", Some(2))
                ]
            );
            assert_eq!(b.len(), 5, "no block for the underline: {b:?}");
        }
    }

    #[test]
    fn markdown_headings_lists_tables_and_markup() {
        let b = blocks("# Core Terms\n\n**Contract <span class=\"k\">number</span>:** C-1\n\n- item one\n- item [two](http://x)\n\n| Supplier | Acme Ltd |\n|---|---|\n| Buyer | |\n", Flavour::Markdown);
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
        // Cells of one row share its number; the separator line is no row.
        let rows: Vec<_> = b.iter().map(|b| b.row).collect();
        assert_eq!(rows, [None, None, None, None, Some(1), Some(1), Some(2)]);
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
    fn styled_headings_that_read_as_clauses() {
        assert!(!reads_as_running_text("Definitions and Interpretation"));
        assert!(!reads_as_running_text("Conduct."));
        assert!(!reads_as_running_text("Records, audit and information"));
        assert!(reads_as_running_text(
            "In this Contract the following words have the meanings given below:"
        ));
        assert!(reads_as_running_text("The Provider shall keep a register"));
        assert!(reads_as_running_text(
            "has at least one member of Staff for every twelve Young People; and"
        ));
        assert!(!reads_as_running_text("iPhone and iPad support"));
        assert!(reads_as_running_text(
            "Conduct. The Provider shall observe the Seven Principles of Public Life"
        ));
    }

    #[test]
    fn sentences_are_not_headings() {
        let b = blocks(
            "1.1 The Supplier Shall Comply With The Code.\n",
            Flavour::Plain,
        );
        assert_eq!(b[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn divisions_and_clause_words_are_numbers_too() {
        let b = blocks(
            "Schedule 3 - Complaints\n\nClause 12 The Provider shall keep a log.\nSCHEDULE 4\n\nPart B: Monitoring\n",
            Flavour::Plain,
        );
        let got: Vec<_> = b
            .iter()
            .map(|b| (b.kind, b.number.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading(1), Some("Schedule 3"), "Complaints"),
                (
                    BlockKind::Paragraph,
                    Some("Clause 12"),
                    "The Provider shall keep a log."
                ),
                (BlockKind::Heading(1), None, "SCHEDULE 4"),
                (BlockKind::Heading(1), Some("Part B"), "Monitoring"),
            ]
        );
    }

    #[test]
    fn wrapped_lines_starting_with_numbers_or_divisions_stay_in_their_paragraph() {
        let b = blocks(
            "The Provider shall respond within\n10 working days and as set out in\nSchedule 3 sets out the rest.\n",
            Flavour::Plain,
        );
        assert_eq!(b.len(), 1, "{b:?}");
        assert_eq!(
            b[0].text,
            "The Provider shall respond within 10 working days and as set out in Schedule 3 sets out the rest."
        );
        assert_eq!(b[0].kind, BlockKind::Paragraph);
    }

    #[test]
    fn markdown_lists_keep_numbers_and_depth_and_lose_html() {
        let md = "1. <span class=\"header_2\">Processing</span>\n    1. <span class=\"header_3\">Details.</span> The Provider will comply.\n    2. Second.\n2. Top again\n\n---\n\nAfter the rule.\n";
        let b = blocks(md, Flavour::Markdown);
        let got: Vec<_> = b
            .iter()
            .map(|b| (b.kind, b.number.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (BlockKind::ListItem(0), Some("1"), "Processing"),
                (
                    BlockKind::ListItem(1),
                    Some("1"),
                    "Details. The Provider will comply."
                ),
                (BlockKind::ListItem(1), Some("2"), "Second."),
                (BlockKind::ListItem(0), Some("2"), "Top again"),
                (BlockKind::Paragraph, None, "After the rule."),
            ]
        );
    }

    #[test]
    fn underlined_lines_in_plain_text_are_headings() {
        let b = blocks(
            "7. Bribery and fraud\n--------------------\n\n7.1 The Consultant shall not commit any such act.\n\nTerms\n=====\n\nSchedule 2 - Complaints\n-----------------------\n",
            Flavour::Plain,
        );
        let kinds: Vec<_> = b
            .iter()
            .map(|b| (b.kind, b.number.as_deref(), b.text.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Heading(1), Some("7."), "Bribery and fraud"),
                (
                    BlockKind::Paragraph,
                    Some("7.1"),
                    "The Consultant shall not commit any such act."
                ),
                (BlockKind::Heading(1), None, "Terms"),
                (BlockKind::Heading(1), Some("Schedule 2"), "Complaints"),
            ]
        );
    }

    #[test]
    fn front_matter_is_metadata_not_text() {
        let md = "---\ntitle: \"Grant terms\"\nstatus: Approved\nlabels: [a, b]\nreview_note: \"must the Operator sign a declaration?\"\n---\n\n# Grant terms\n\nThe Operator shall comply.\n";
        let texts: Vec<String> = blocks(md, Flavour::Markdown)
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(texts, ["Grant terms", "The Operator shall comply."]);
        // A rule over a Setext heading, or a rule with prose under it, is no front matter.
        let ruled = "---\nThe Operator shall comply.\n---\n";
        let texts: Vec<String> = blocks(ruled, Flavour::Markdown)
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(texts, ["The Operator shall comply."]);
        // Plain text keeps what Markdown would call front matter.
        assert_eq!(
            blocks(md, Flavour::Plain).len(),
            4,
            "{:?}",
            blocks(md, Flavour::Plain)
        );
    }

    #[test]
    fn setext_headings_and_contents_lines() {
        let b = blocks(
            "Standard Terms\n==============\n\nConflicts of Interest ........ 12\nComplaints\t14\n",
            Flavour::Markdown,
        );
        assert_eq!(
            (b[0].kind, b[0].text.as_str()),
            (BlockKind::Heading(1), "Standard Terms")
        );
        assert_eq!(
            (b[1].kind, b[2].kind),
            (BlockKind::TocEntry, BlockKind::TocEntry)
        );
    }

    #[test]
    fn boms_and_line_endings() {
        let utf8 = read(
            b"\xEF\xBB\xBFFirst line\r\nsecond line\rthird",
            Flavour::Plain,
        )
        .unwrap();
        assert_eq!(utf8.blocks[0].text, "First line second line third");
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Caf\u{e9}".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(
            read(&utf16be, Flavour::Plain).unwrap().blocks[0].text,
            "Café"
        );
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
