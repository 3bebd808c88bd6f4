//! PDF page geometry to blocks: glyphs are gathered into lines by baseline, lines into
//! paragraphs by vertical gaps, indentation, clause numbers and size changes; words broken at
//! a line end are mended; short lines set larger than the body or in capitals become headings.
//! Knows nothing of the PDF file format (the caller hands over placed glyphs) and nothing of
//! rules.

use super::columns;
use super::furniture;
use super::tables::{self, Rule};
use crate::model::{Block, BlockKind, Document};
use regex::Regex;
use std::sync::LazyLock;

/// One glyph as placed on a page. `u` runs along the text direction and `v` down the page
/// across it, in points; `q` is the text direction in quarter turns (0 = upright).
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub u: f32,
    pub v: f32,
    pub advance: f32,
    pub size: f32,
    pub q: u8,
    pub text: String,
}

impl Glyph {
    /// A glyph from the extractor's text rendering matrix `[a b c d e f]` (PDF space, y up),
    /// its width in text space and font size. None for a degenerate (zero-size, not finite)
    /// placement, which no reader would see either.
    pub fn place(m: [f64; 6], width: f64, font_size: f64, text: &str) -> Option<Glyph> {
        let [a, b, c, d, e, f] = m;
        // The font's scale on the page: the square root of the area the matrix maps a unit
        // square to, so stretched or rotated text still has its real size.
        let scale = (a * d - b * c).abs().sqrt();
        let size = (font_size.abs() * scale) as f32;
        if !(size.is_finite() && size > 0.1 && size < 2000.0 && e.is_finite() && f.is_finite()) {
            return None;
        }
        let q = if a.abs() >= b.abs() {
            if a >= 0.0 {
                0
            } else {
                2
            }
        } else if b > 0.0 {
            1
        } else {
            3
        };
        let (dx, dy) = direction(q);
        let advance = (width * font_size.abs() * scale) as f32;
        Some(Glyph {
            // Along the text: p . dir; down the page across it: p . (dy, -dx).
            u: (e * dx + f * dy) as f32,
            v: (e * dy - f * dx) as f32,
            advance: if advance.is_finite() {
                advance.max(0.0)
            } else {
                0.0
            },
            size,
            q,
            text: text.to_string(),
        })
    }

    fn end(&self) -> f32 {
        self.u + self.advance
    }
}

fn direction(q: u8) -> (f64, f64) {
    match q {
        0 => (1.0, 0.0),
        1 => (0.0, 1.0),
        2 => (-1.0, 0.0),
        _ => (0.0, -1.0),
    }
}

/// One page as extracted: its number, media box `[llx lly urx ury]`, glyphs, and the
/// straight lines drawn on it (in the upright `u`/`v` space), which may rule tables.
#[derive(Debug, Clone, PartialEq)]
pub struct RawPage {
    pub number: u32,
    pub media_box: [f32; 4],
    pub glyphs: Vec<Glyph>,
    pub rules: Vec<Rule>,
}

impl RawPage {
    pub fn new(number: u32, media_box: [f32; 4]) -> Self {
        RawPage {
            number,
            media_box,
            glyphs: Vec::new(),
            rules: Vec::new(),
        }
    }

    pub fn empty(number: u32) -> Self {
        RawPage::new(number, [0.0, 0.0, 612.0, 792.0])
    }

    /// The page's extent across the text (`v` from top to bottom) for direction `q`.
    fn v_range(&self, q: u8) -> (f32, f32) {
        let [x0, y0, x1, y1] = self.media_box.map(f64::from);
        let (dx, dy) = direction(q);
        let vs = [(x0, y0), (x0, y1), (x1, y0), (x1, y1)].map(|(x, y)| (x * dy - y * dx) as f32);
        let lo = vs.iter().copied().fold(f32::INFINITY, f32::min);
        let hi = vs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        (lo, hi)
    }
}

/// One line of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Start and end along the text, in points.
    pub x0: f32,
    pub x1: f32,
    /// Baseline, down the page, in points.
    pub v: f32,
    /// Where the line stands between the page's top (0.0) and bottom (1.0).
    pub at: f32,
    pub size: f32,
    pub text: String,
}

/// Lines of one page in reading order (top to bottom; upright text first), and the ruled
/// tables set among them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageLines {
    pub number: u32,
    pub lines: Vec<Line>,
    pub tables: Vec<PageTable>,
}

/// A ruled table of one page: where its top stands, and the text of each row's cells (empty
/// cells left out, as the DOCX reader leaves out empty paragraphs).
#[derive(Debug, Clone, PartialEq)]
pub struct PageTable {
    pub v: f32,
    pub rows: Vec<Vec<String>>,
}

/// From laid-out pages to a document: running headers and footers out, then paragraphs.
pub fn document(mut pages: Vec<PageLines>) -> Document {
    let furniture = furniture::remove(&mut pages);
    Document {
        furniture,
        ..paragraphs(&pages)
    }
}

/// Gathers a page's glyphs into lines: the main text direction first, then any text set at
/// other angles (a sideways stamp or margin note), each top to bottom.
pub fn page_lines(page: RawPage) -> PageLines {
    let mut by_direction: [Vec<Glyph>; 4] = Default::default();
    let RawPage {
        number,
        media_box,
        glyphs,
        rules,
    } = page;
    for g in glyphs {
        by_direction[usize::from(g.q % 4)].push(g);
    }
    let shape = RawPage::new(number, media_box);
    // Upright text inside a ruled table is read cell by cell, not line by line.
    let mut tables = Vec::new();
    if !rules.is_empty() && !by_direction[0].is_empty() {
        let (top, bottom) = shape.v_range(0);
        let grids = tables::grids(&rules, top, bottom);
        if !grids.is_empty() {
            let (placed, rest) = tables::place(std::mem::take(&mut by_direction[0]), &grids);
            by_direction[0] = rest;
            tables = grids
                .iter()
                .zip(placed)
                .filter_map(|(grid, cells)| table_text(grid, cells))
                .collect();
        }
    }
    let mut order: Vec<usize> = (0..4).filter(|&q| !by_direction[q].is_empty()).collect();
    order.sort_by_key(|&q| std::cmp::Reverse(by_direction[q].len()));
    let mut lines = Vec::new();
    for q in order {
        let glyphs = std::mem::take(&mut by_direction[q]);
        let (top, bottom) = shape.v_range(q as u8);
        let height = (bottom - top).max(1.0);
        // Upright text may stand in two columns; other directions are stamps and notes.
        let rows = if q == 0 {
            columns::reading_order(baseline_rows(glyphs))
        } else {
            baseline_rows(glyphs)
        };
        for mut line in rows.into_iter().filter_map(make_line) {
            line.at = ((line.v - top) / height).clamp(0.0, 1.0);
            lines.push(line);
        }
    }
    PageLines {
        number,
        lines,
        tables,
    }
}

/// The text of a grid's cells, row by row: each cell's glyphs gathered into lines and the
/// lines joined as a paragraph's are.
fn table_text(grid: &tables::Grid, cells: Vec<Vec<Glyph>>) -> Option<PageTable> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (cell, glyphs) in grid.cells.iter().zip(cells) {
        let lines = baseline_lines(glyphs);
        let text = join_lines(lines.iter().map(|l| l.text.as_str()));
        if rows.len() <= cell.row {
            rows.resize(cell.row + 1, Vec::new());
        }
        if !text.is_empty() {
            rows[cell.row].push(text);
        }
    }
    rows.retain(|r| !r.is_empty());
    (!rows.is_empty()).then_some(PageTable { v: grid.top, rows })
}

/// Groups glyphs sharing a baseline (within half their size, so superscripts stay in their
/// line) and orders each group along the text.
fn baseline_lines(glyphs: Vec<Glyph>) -> Vec<Line> {
    baseline_rows(glyphs)
        .into_iter()
        .filter_map(make_line)
        .collect()
}

/// The glyphs of each baseline, top to bottom, each row sorted along the text.
fn baseline_rows(mut glyphs: Vec<Glyph>) -> Vec<Vec<Glyph>> {
    glyphs.sort_by(|a, b| a.v.total_cmp(&b.v).then(a.u.total_cmp(&b.u)));
    let mut lines = Vec::new();
    let mut group: Vec<Glyph> = Vec::new();
    let mut group_v = 0.0f32;
    let mut group_size = 0.0f32;
    for g in glyphs {
        let tolerance = 0.5 * group_size.max(g.size);
        if !group.is_empty() && g.v - group_v > tolerance {
            lines.push(std::mem::take(&mut group));
        }
        if group.is_empty() {
            group_v = g.v;
            group_size = g.size;
        } else if g.size > group_size {
            // The line's body text sets its baseline, not a small superscript.
            group_v = g.v;
            group_size = g.size;
        }
        group.push(g);
    }
    if !group.is_empty() {
        lines.push(group);
    }
    lines
}

/// One line from glyphs on a baseline: sorted along the text, glyphs painted twice (fake bold,
/// shadows) dropped, and a space wherever the gap is wider than a sixth of the text size or a
/// space glyph of the line's size stands after the text so far. (Space glyphs are not taken
/// as text: producers scatter tiny or misplaced ones that would split words.)
fn make_line(mut glyphs: Vec<Glyph>) -> Option<Line> {
    glyphs.sort_by(|a, b| a.u.total_cmp(&b.u));
    let size = median(glyphs.iter().map(|g| g.size))?;
    let v = glyphs
        .iter()
        .find(|g| (g.size - size).abs() < 0.01)
        .map_or(0.0, |g| g.v);
    let mut text = String::new();
    let mut end = f32::NEG_INFINITY;
    let mut last: Option<&Glyph> = None;
    let mut x0 = None;
    let mut space = false;
    for g in &glyphs {
        if g.text.chars().all(char::is_whitespace) {
            space |= g.size >= 0.5 * size && g.u >= end - 0.1 * size;
            continue;
        }
        if last.is_some_and(|l| l.text == g.text && (g.u - l.u).abs() < 0.15 * g.size) {
            continue;
        }
        if !text.is_empty() && (space || g.u - end > g.size / 6.0) {
            text.push(' ');
        }
        space = false;
        x0.get_or_insert(g.u);
        push_glyph_text(&mut text, &g.text);
        end = end.max(g.end());
        last = Some(g);
    }
    let text = text.trim().to_string();
    if text.is_empty() {
        return None;
    }
    Some(Line {
        x0: x0.unwrap_or(0.0),
        x1: end,
        v,
        at: 0.0,
        size,
        text,
    })
}

/// Appends a glyph's text, spelling out typographic ligatures ("ﬁ" -> "fi") so that words
/// match, and leaving out control characters.
fn push_glyph_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\u{FB00}' => out.push_str("ff"),
            '\u{FB01}' => out.push_str("fi"),
            '\u{FB02}' => out.push_str("fl"),
            '\u{FB03}' => out.push_str("ffi"),
            '\u{FB04}' => out.push_str("ffl"),
            '\u{FB05}' | '\u{FB06}' => out.push_str("st"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

fn median(values: impl Iterator<Item = f32>) -> Option<f32> {
    let mut v: Vec<f32> = values.filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f32::total_cmp);
    Some(v[v.len() / 2])
}

// -------------------------------------------------------------------------------------------
// Lines to paragraphs.

/// A line that opens a clause, list item or bullet. Letters after "Schedule", "Part" and the
/// like must be capitals ("Part B"), so that "Part of the Services" opens nothing.
static OPENS_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(
        (?i:clause|article|section|paragraph)\s+\d{1,3}[A-Za-z]?(?:\.\d{1,3})*\b |
        (?i:schedule|annex|annexe|appendix|part)\s+(?:\d{1,3}[A-Za-z]?|[A-Z]{1,2}|[IVXL]{1,5})\b |
        \d{1,3}(?:\.\d{1,3}){0,4}\.?\s |
        \([a-z]{1,2}\)\s | \([ivxlc]{1,6}\)\s | [a-z]\)\s | [ivx]{1,5}\)\s | \(\d{1,2}\)\s |
        [•▪◦●■\-\*–]\s
    )",
    )
    .expect("valid regex")
});
/// A bullet: opens a list item whatever went before.
static BULLET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[•▪◦●■]\s").expect("valid regex"));
/// A numbered title such as "12. Conflicts of Interest" or "SCHEDULE 3".
static NUMBERED_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:schedule|annex|appendix|part|section|article|clause)\s+[0-9a-z]{1,4}\b|\d{1,3}(?:\.\d{1,3}){0,3}\.?\s)").expect("valid regex")
});

/// Document-wide measures the paragraph rules compare against.
struct Body {
    /// The size most text is set in.
    size: f32,
}

fn body_of(pages: &[PageLines]) -> Body {
    // The size carrying the most characters, rounded to half a point.
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        let key = (line.size * 2.0).round() as i32;
        let n = line.text.chars().count();
        match counts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, c)) => *c += n,
            None => counts.push((key, n)),
        }
    }
    let size = counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(10.0, |(k, _)| *k as f32 / 2.0);
    Body { size }
}

/// Joins each page's lines into blocks. A paragraph left unfinished at the foot of a page
/// (no closing punctuation) goes on with the first line of the next page; the block keeps the
/// page it started on.
pub fn paragraphs(pages: &[PageLines]) -> Document {
    let body = body_of(pages);
    let mut doc = Document::default();
    let mut current: Vec<&Line> = Vec::new();
    let mut start_page = 1;
    // Table rows are numbered through the document, as the DOCX reader numbers them.
    let mut rows = 0;
    for page in pages {
        let shape = Shape::of(&page.lines);
        let mut tables = page.tables.iter().peekable();
        for (i, line) in page.lines.iter().enumerate() {
            // A table above this line ends the paragraph before it and stands in its place.
            while let Some(table) = tables.next_if(|t| t.v < line.v) {
                emit(&mut doc, &current, start_page, &body);
                current.clear();
                emit_table(&mut doc, table, page.number, &mut rows);
            }
            if let Some(prev) = current.last() {
                let split = if i == 0 {
                    !continues_over_page(&current, line)
                } else {
                    breaks(prev, line, current.len() == 1, &shape)
                };
                if split {
                    emit(&mut doc, &current, start_page, &body);
                    current.clear();
                }
            }
            if current.is_empty() {
                start_page = page.number;
            }
            current.push(line);
        }
        for table in tables {
            emit(&mut doc, &current, start_page, &body);
            current.clear();
            emit_table(&mut doc, table, page.number, &mut rows);
        }
    }
    emit(&mut doc, &current, start_page, &body);
    doc
}

fn emit_table(doc: &mut Document, table: &PageTable, page: u32, rows: &mut u32) {
    for row in &table.rows {
        *rows += 1;
        for text in row {
            let mut block = Block::new(BlockKind::TableCell, text.clone()).in_row(Some(*rows));
            block.page = Some(page);
            doc.push(block);
        }
    }
}

/// The measures of one page the paragraph rules compare against.
struct Shape {
    /// The usual distance between consecutive baselines of running text.
    pitch: Option<f32>,
    left: f32,
    right: f32,
}

impl Shape {
    fn of(lines: &[Line]) -> Shape {
        let pitch = median(lines.windows(2).filter_map(|w| {
            let gap = w[1].v - w[0].v;
            let size = w[0].size.max(w[1].size);
            (gap > 0.8 * size && gap < 2.5 * size).then_some(gap)
        }));
        Shape {
            pitch,
            left: lines.iter().map(|l| l.x0).fold(f32::INFINITY, f32::min),
            right: lines.iter().map(|l| l.x1).fold(f32::NEG_INFINITY, f32::max),
        }
    }

    /// Whether a line stops well short of the right margin (the last line of a paragraph).
    fn short(&self, line: &Line) -> bool {
        let width = (self.right - self.left).max(1.0);
        line.x1 < self.right - (0.2 * width).max(6.0 * line.size)
    }
}

/// Whether `text` ends a sentence, a list item ("; and") or a lead-in (":"). A bare "and"
/// ends nothing: "shall acknowledge each complaint within three days and" goes on.
fn closes(text: &str) -> bool {
    let t = without_note_mark(text).trim_end_matches(['"', '\'', '”', '’', ')', ']']);
    t.ends_with(['.', ':', ';', '!', '?'])
        || ["; and", "; or", ", and", ", or"]
            .iter()
            .any(|end| t.ends_with(end))
}

/// `text` without a footnote mark set after its last word's stop ("every unit.1", "unit.¹",
/// "unit.[2]"): the stop still ends the sentence. A number after a number's stop ("clause
/// 27.1") is a clause number, not a mark.
fn without_note_mark(text: &str) -> &str {
    let body = text.trim_end_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '¹' | '²' | '³' | '⁰'..='⁹' | '*' | '†' | '‡' | '[' | ']')
    });
    let mark = &text[body.len()..];
    if mark.is_empty() || mark.chars().filter(char::is_ascii_digit).count() > 3 {
        return text;
    }
    let mut before = body.chars().rev();
    match (before.next(), before.next()) {
        (Some('.' | ';' | ':' | '!' | '?'), Some(c)) if c.is_alphabetic() || c == ')' => body,
        _ => text,
    }
}

/// Whether `line` starts a new block after `prev`.
fn breaks(prev: &Line, line: &Line, prev_is_first: bool, shape: &Shape) -> bool {
    let size = prev.size.max(line.size);
    let gap = line.v - prev.v;
    let usual = shape.pitch.unwrap_or(1.2 * size);
    if gap < -0.5 * size {
        // A jump back up: the next column. A sentence left unfinished at the foot of the
        // column goes on at its head, as one does over a page break.
        let unfinished = !closes(&prev.text)
            && prev.text.chars().count() > 30
            && (prev.size - line.size).abs() <= 0.15 * size
            && !BULLET.is_match(&line.text)
            && !OPENS_ITEM.is_match(&line.text);
        return !unfinished;
    }
    if gap > usual.max(size) * 1.3 {
        return true; // a blank line's worth of space
    }
    if (prev.size - line.size).abs() > 0.15 * size {
        return true;
    }
    // A clause number opens a block when what stands before it is finished: "in accordance
    // with" + "Paragraph 2.1 of Schedule 3" is one sentence wrapped, not a new clause.
    let prev_done = closes(&prev.text) || shape.short(prev) || is_capitals_title(&prev.text);
    if BULLET.is_match(&line.text) || (prev_done && OPENS_ITEM.is_match(&line.text)) {
        return true;
    }
    // First-line indent opens a paragraph; coming back out to the margin after the hanging
    // lines of a numbered clause ends one. The first line of a block may stand either way.
    if !prev_is_first && (line.x0 > prev.x0 + size || line.x0 < prev.x0 - size) {
        return true;
    }
    // A line ending a sentence well short of the right margin ends its paragraph; so does
    // any short line before a labelled one: a cover's "Ref: WCC/114" / "Provider: Acme Ltd"
    // stand one to a line.
    shape.short(prev) && (closes(&prev.text) || LABELLED.is_match(&line.text))
}

/// A line that opens with a short label and a colon ("Provider: ", "Our ref: ", "Date: ").
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,3}\s*:\s+\S").expect("valid regex")
});

/// A numbered title in capitals ("19. PARTICIPANT INCENTIVES"): a line of its own, even
/// where it runs nearly the width of a narrow column.
fn is_capitals_title(text: &str) -> bool {
    let Some(number) = NUMBERED_TITLE.find(text) else {
        return false;
    };
    let rest = &text[number.end()..];
    let letters = rest.chars().filter(|c| c.is_alphabetic());
    rest.split_whitespace().count() <= 10
        && letters.clone().count() >= 3
        && letters.into_iter().all(char::is_uppercase)
}

/// Whether the block ending a page goes on with the next page's first line: it is unfinished
/// running text (not a one-line title) and the next line neither opens a bullet nor changes
/// size.
fn continues_over_page(block: &[&Line], next: &Line) -> bool {
    let Some(last) = block.last() else {
        return false;
    };
    let running = block.len() > 1 || last.text.chars().count() > 60;
    running
        && !closes(&last.text)
        && (last.size - next.size).abs() <= 0.15 * last.size.max(next.size)
        && !BULLET.is_match(&next.text)
}

fn emit(doc: &mut Document, lines: &[&Line], page: u32, body: &Body) {
    if lines.is_empty() {
        return;
    }
    let text = join_lines(lines.iter().map(|l| l.text.as_str()));
    let size = lines.iter().map(|l| l.size).fold(0.0, f32::max);
    let kind = heading_level(&text, lines.len(), size, body)
        .map_or(BlockKind::Paragraph, BlockKind::Heading);
    let mut block = Block::new(kind, text);
    block.page = Some(page);
    doc.push(block);
}

/// Joins the lines of one block, mending words broken at a line end: "compli-" + "ance"
/// becomes "compliance" when the next line goes on in lower case; "Sub-" + "Contractor" keeps
/// its hyphen ("Sub-Contractor"). Soft hyphens are always break points and never text.
pub fn join_lines<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut text = String::new();
    for line in lines {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if text.ends_with('\u{AD}') {
            text.pop();
        } else if let Some(stem) = broken_word(&text) {
            if line.starts_with(|c: char| c.is_lowercase()) {
                text.truncate(stem);
            } else if !line.starts_with(|c: char| c.is_alphabetic()) {
                text.push(' ');
            }
        } else if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(line);
    }
    text.replace('\u{AD}', "")
}

/// Where the word stem ends when `text` ends in a letter followed by a hyphen.
fn broken_word(text: &str) -> Option<usize> {
    let stem = text.strip_suffix(['-', '\u{2010}'])?;
    stem.chars()
        .next_back()
        .is_some_and(char::is_alphabetic)
        .then_some(stem.len())
}

/// A heading: a short block (one or two lines) that is not a sentence, and either set larger
/// than the body text, in capitals, or a numbered title in title case.
fn heading_level(text: &str, lines: usize, size: f32, body: &Body) -> Option<u8> {
    let words = text.split_whitespace().count();
    if lines > 2 || words == 0 || words > 14 || text.ends_with(['.', ';', ',', ':']) {
        return None;
    }
    let lower = text.to_lowercase();
    if [" shall ", " must ", " will ", " may ", " is ", " are "]
        .iter()
        .any(|w| lower.contains(w))
    {
        return None;
    }
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 {
        return None;
    }
    let capitals = letters.iter().all(|c| c.is_uppercase());
    let larger = size > body.size * 1.12;
    let numbered = NUMBERED_TITLE.find(text);
    let title_case = text
        .split_whitespace()
        .skip(usize::from(numbered.is_some()))
        .all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || crate::read::text::is_minor_title_word(w)
        });
    if larger {
        return Some(if size > body.size * 1.5 { 1 } else { 2 });
    }
    if let Some(m) = numbered {
        if (title_case || capitals) && words <= 10 {
            let depth = m.as_str().trim().trim_end_matches('.').matches('.').count();
            return Some((depth + 1).min(6) as u8);
        }
        return None;
    }
    (capitals && words <= 10).then_some(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyphs(text: &str, u: f32, v: f32, size: f32) -> Vec<Glyph> {
        let advance = size * 0.5;
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                u: u + i as f32 * advance,
                v,
                advance,
                size,
                q: 0,
                text: c.to_string(),
            })
            .collect()
    }

    fn line(text: &str, x0: f32, v: f32) -> Line {
        Line {
            x0,
            x1: x0 + text.len() as f32 * 5.0,
            v,
            at: 0.5,
            size: 10.0,
            text: text.into(),
        }
    }

    #[test]
    fn glyph_placement_follows_rotation() {
        let upright = Glyph::place([10.0, 0.0, 0.0, 10.0, 72.0, 700.0], 0.5, 1.0, "a").unwrap();
        assert_eq!((upright.q, upright.u, upright.v), (0, 72.0, -700.0));
        assert!((upright.size - 10.0).abs() < 1e-4 && (upright.advance - 5.0).abs() < 1e-4);
        // Text running up the page (a quarter turn): u follows y, v follows x.
        let up = Glyph::place([0.0, 12.0, -12.0, 0.0, 50.0, 300.0], 0.5, 1.0, "b").unwrap();
        assert_eq!((up.q, up.u, up.v), (1, 300.0, 50.0));
        assert!(Glyph::place([0.0; 6], 0.5, 12.0, "x").is_none());
        assert!(Glyph::place([f64::NAN, 0.0, 0.0, 1.0, 0.0, 0.0], 0.5, 12.0, "x").is_none());
    }

    #[test]
    fn glyphs_become_lines_with_spaces_in_reading_order() {
        let mut g = glyphs("second", 72.0, 120.0, 10.0);
        g.extend(glyphs("first", 72.0, 100.0, 10.0));
        g.extend(glyphs("line", 72.0 + 5.0 * 5.0 + 4.0, 100.0, 10.0));
        // A superscript a little above the baseline stays in its line.
        g.extend(glyphs("1", 72.0 + 9.0 * 5.0 + 2.0, 96.0, 6.0));
        // Fake bold: the same glyph painted twice, slightly shifted.
        let mut bold = glyphs("x", 200.0, 120.0, 10.0);
        bold.extend(glyphs("x", 200.3, 120.0, 10.0));
        g.extend(bold);
        // A tiny stray space glyph at the start of a line splits no word.
        g.push(Glyph {
            u: 72.0,
            v: 121.0,
            advance: 0.5,
            size: 2.0,
            q: 0,
            text: " ".into(),
        });
        let lines = baseline_lines(g);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["first line1", "second x"]);
    }

    #[test]
    fn a_bare_and_at_a_line_end_closes_nothing() {
        assert!(!closes(
            "acknowledge each complaint within three Business Days and"
        ));
        assert!(closes("keep records; and"));
        assert!(closes("the instructions for every microsuction unit.1"));
        assert!(closes("the instructions for every unit.\u{b9}"));
        assert!(closes("the instructions for every unit.[2]"));
        assert!(!closes("in accordance with clause 27.1"));
        assert!(!closes("the sum of GBP 1,000.50"));
        assert!(closes("keep records, or"));
        assert!(closes("The Provider shall:"));
    }

    #[test]
    fn hyphenated_line_ends_are_mended_only_before_lower_case() {
        assert_eq!(
            join_lines(["in compli-", "ance with"].into_iter()),
            "in compliance with"
        );
        assert_eq!(
            join_lines(["a Sub-", "Contractor"].into_iter()),
            "a Sub-Contractor"
        );
        assert_eq!(join_lines(["pages 3 -", "4"].into_iter()), "pages 3 - 4");
        assert_eq!(
            join_lines(["trans\u{AD}", "parency"].into_iter()),
            "transparency"
        );
    }

    #[test]
    fn a_covers_labelled_lines_stand_one_to_a_block() {
        let lines = vec![
            line("Ref: WCC/ASC/2025/114", 72.0, 100.0),
            line("Provider: Brightwell Home Care Ltd", 72.0, 112.0),
            line(
                "The Provider shall submit a quarterly complaints return to the Council",
                72.0,
                136.0,
            ),
            line(
                "stating the number of complaints received and upheld.",
                72.0,
                148.0,
            ),
            line(
                "Note that the lines of a wrapped sentence stay together,",
                72.0,
                172.0,
            ),
            line("Whatever: a colon after one short line only.", 72.0, 184.0),
        ];
        let doc = paragraphs(&[PageLines {
            number: 1,
            lines,
            tables: Vec::new(),
        }]);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Ref: WCC/ASC/2025/114",
                "Provider: Brightwell Home Care Ltd",
                "The Provider shall submit a quarterly complaints return to the Council stating the number of complaints received and upheld.",
                "Note that the lines of a wrapped sentence stay together, Whatever: a colon after one short line only.",
            ]
        );
    }

    #[test]
    fn paragraphs_break_on_gaps_numbers_and_indents() {
        let lines = vec![
            line("1.1 The Supplier shall act with integrity and", 72.0, 100.0),
            line("honesty at all times.", 90.0, 112.0),
            line("1.2 The Supplier shall declare any conflict", 72.0, 124.0),
            line("of interest.", 90.0, 136.0),
            line("Unnumbered text after a hanging clause", 72.0, 148.0),
            line("continues here.", 72.0, 160.0),
            line("After a blank line.", 72.0, 190.0),
        ];
        let doc = paragraphs(&[PageLines {
            number: 3,
            lines,
            tables: Vec::new(),
        }]);
        let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "1.1 The Supplier shall act with integrity and honesty at all times.",
                "1.2 The Supplier shall declare any conflict of interest.",
                "Unnumbered text after a hanging clause continues here.",
                "After a blank line.",
            ]
        );
        assert!(doc.blocks.iter().all(|b| b.page == Some(3)));
    }

    #[test]
    fn headings_are_short_larger_or_capital_or_numbered_titles() {
        let body = Body { size: 10.0 };
        assert_eq!(
            heading_level("Conflicts of Interest", 1, 14.0, &body),
            Some(2)
        );
        assert_eq!(
            heading_level("SCHEDULE 3 COMPLAINTS", 1, 10.0, &body),
            Some(1)
        );
        assert_eq!(
            heading_level("12. Conflicts of Interest", 1, 10.0, &body),
            Some(1)
        );
        assert_eq!(heading_level("12.3 Notices", 1, 10.0, &body), Some(2));
        assert_eq!(
            heading_level("The Supplier shall comply.", 1, 14.0, &body),
            None
        );
        assert_eq!(heading_level("a plain short line", 1, 10.0, &body), None);
    }
}
