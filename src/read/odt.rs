//! ODT reader: turns OpenDocument text (`content.xml`) into blocks in reading order.
//! Headings from `text:h`, and from any paragraph whose style carries an outline level, as
//! a reader sees them in LibreOffice's Navigator; list numbers as the list style writes them
//! (or as `text:number` states them), continuing across lists that say they continue; table
//! cells, frames and notes as their own blocks.
//! Tracked-change deletions (`text:tracked-changes`), annotations (comments) and note
//! citations are not contract text.

use super::container::Container;
use super::numerals::{letters, roman};
use super::text::reads_as_running_text;
use super::xml::{attr, furniture_lines, local, reference, xml_error, Depth, FurnitureMarkup};
use super::{Limits, ReadError};
use crate::model::{Block, BlockKind, Document, Format};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;

const FORMAT: Format = Format::Odt;

/// How one level of a numbered list style writes its numbers.
#[derive(Debug, Clone, Default)]
struct ListLevel {
    format: String,
    prefix: String,
    suffix: String,
    display_levels: usize,
    start: u32,
}

type ListStyles = HashMap<String, Vec<Option<ListLevel>>>;

/// The key `text:outline-style` is kept under among the list styles (no list style can be
/// named with a NUL).
const OUTLINE_STYLE: &str = "\0outline";

/// What the walk needs from the styles: how lists number, and which paragraph styles give an
/// outline level (a `style:default-outline-level` of their own or of a parent style).
#[derive(Default)]
struct Styles {
    lists: ListStyles,
    /// Paragraph style name -> (parent style, its own outline level).
    paragraphs: HashMap<String, (Option<String>, Option<u8>)>,
}

impl Styles {
    /// The outline level a paragraph of this style takes, following parents (a bounded
    /// walk, so a cycle in a hostile file ends).
    fn outline_level(&self, style: &str) -> Option<u8> {
        let mut name = style;
        for _ in 0..16 {
            let (parent, level) = self.paragraphs.get(name)?;
            if level.is_some() {
                return *level;
            }
            name = parent.as_deref()?;
        }
        None
    }
}

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let mut zip = Container::open(bytes, FORMAT, limits)?;
    if let Some(manifest) = zip.xml_part("META-INF/manifest.xml")? {
        if String::from_utf8_lossy(&manifest).contains("encryption-data") {
            return Err(ReadError::Encrypted { what: "ODT".into() });
        }
    }
    let Some(content) = zip.xml_part("content.xml")? else {
        return Err(ReadError::corrupt(
            FORMAT,
            "the part content.xml is missing",
        ));
    };
    let mut styles = Styles::default();
    let styles_xml = zip.xml_part("styles.xml")?;
    if let Some(xml) = &styles_xml {
        parse_styles(xml, limits, "styles.xml", &mut styles)?;
    }
    parse_styles(&content, limits, "content.xml", &mut styles)?;
    let mut doc = walk(&content, limits, &styles)?;
    if let Some(xml) = &styles_xml {
        // Well-formed: `parse_styles` read it above.
        furniture_lines(
            xml,
            &FURNITURE,
            limits,
            FORMAT,
            "styles.xml",
            &mut doc.furniture,
        )?;
    }
    Ok(doc)
}

/// Page headers and footers stand in the master pages of `styles.xml`.
const FURNITURE: FurnitureMarkup = FurnitureMarkup {
    opened_by: Some(&[
        b"header",
        b"footer",
        b"header-left",
        b"footer-left",
        b"header-first",
        b"footer-first",
    ]),
    text_in: None,
};

fn parse_styles(
    xml: &[u8],
    limits: &Limits,
    part: &'static str,
    out: &mut Styles,
) -> Result<(), ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(limits, FORMAT, part);
    let mut current: Option<String> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(FORMAT, part, e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                if matches!(event, Event::Start(_)) {
                    depth.enter()?;
                }
                match local(e.name().as_ref()) {
                    b"list-style" if matches!(event, Event::Start(_)) => current = attr(e, b"name"),
                    // Chapter numbering (Tools > Chapter Numbering): the headings' own list.
                    b"outline-style" if matches!(event, Event::Start(_)) => {
                        current = Some(OUTLINE_STYLE.to_string())
                    }
                    b"list-level-style-number" | b"outline-level-style" => {
                        add_level(e, &current, &mut out.lists)
                    }
                    b"style" if attr(e, b"family").as_deref() == Some("paragraph") => {
                        if let Some(name) = attr(e, b"name") {
                            let level = attr(e, b"default-outline-level")
                                .and_then(|l| l.parse::<u8>().ok())
                                .filter(|l| (1..=10).contains(l));
                            out.paragraphs
                                .insert(name, (attr(e, b"parent-style-name"), level));
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => {
                depth.leave();
                if matches!(local(e.name().as_ref()), b"list-style" | b"outline-style") {
                    current = None;
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(())
}

fn add_level(e: &quick_xml::events::BytesStart, style: &Option<String>, out: &mut ListStyles) {
    let Some(style) = style else { return };
    let Some(level) = attr(e, b"level")
        .and_then(|l| l.parse::<usize>().ok())
        .filter(|l| (1..=10).contains(l))
    else {
        return;
    };
    let levels = out.entry(style.clone()).or_insert_with(|| vec![None; 10]);
    levels[level - 1] = Some(ListLevel {
        format: attr(e, b"num-format").unwrap_or_default(),
        prefix: attr(e, b"num-prefix").unwrap_or_default(),
        suffix: attr(e, b"num-suffix").unwrap_or_default(),
        display_levels: attr(e, b"display-levels")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
        start: attr(e, b"start-value")
            .and_then(|v| v.parse().ok())
            .unwrap_or(1),
    });
}

/// An open `text:list`: its style, and whether the current paragraph stands in a
/// `text:list-header` (which takes no number).
struct OpenList {
    id: Option<String>,
    /// The first list of the logical list this one continues, if it continues one.
    root: Option<String>,
    style: Option<String>,
    in_header: bool,
    /// An item opened and not yet counted: an item counts when a paragraph of its own
    /// starts, so one that only holds a nested list takes no number, as LibreOffice shows
    /// it. With the item's `text:start-value`, if any.
    pending: Option<Option<u32>>,
}

/// The counters of the open top-level list, one per level. ODF numbers a list and the lists
/// nested in it as one: LibreOffice writes each "1.2" as its own nested list inside an item
/// of its own, and it still follows "1.1"; a level starts again only when a level above it
/// counts an item.
#[derive(Debug, Clone, Default)]
struct Counters(Vec<u32>);

impl Counters {
    /// Counts the innermost list's pending item, if any, as a paragraph of it starts.
    fn count_item(&mut self, lists: &mut [OpenList], styles: &Styles) {
        let depth = lists.len();
        let Some(list) = lists.last_mut() else { return };
        let Some(value) = list.pending.take() else {
            return;
        };
        if self.0.len() < depth {
            self.0.resize(depth, 0);
        }
        let counter = &mut self.0[depth - 1];
        // Saturating: a file's start values can be anything up to u32::MAX.
        *counter = counter.saturating_add(1);
        if let Some(value) = value {
            let start = list
                .style
                .as_ref()
                .and_then(|s| styles.lists.get(s))
                .and_then(|levels| levels.get(depth - 1)?.as_ref())
                .map_or(1, |l| l.start);
            *counter = value.saturating_add(1).saturating_sub(start).max(1);
        }
        self.0.truncate(depth);
    }

    fn at(&self, depth: usize) -> u32 {
        self.0.get(depth).copied().unwrap_or(0)
    }
}

/// Where closed top-level lists stopped counting, so that a later list which says it
/// continues one (`text:continue-list`, or `text:continue-numbering` for the last list of
/// its style) goes on from there: "Part 5" numbered 5.1 after Parts 1 to 4. Lists that
/// continue one another form one logical list, so continuing any of them continues its end.
#[derive(Default)]
struct ListContinuations {
    /// A list's `xml:id` -> the id of the first list of its logical list.
    root: HashMap<String, String>,
    /// The first list's id -> where its logical list stopped.
    counters: HashMap<String, Counters>,
    by_style: HashMap<String, Counters>,
}

impl ListContinuations {
    /// The logical list a new top-level list joins, and the counters it starts from.
    fn open(
        &self,
        e: &quick_xml::events::BytesStart,
        style: &Option<String>,
    ) -> (Option<String>, Counters) {
        if let Some(id) = attr(e, b"continue-list") {
            let root = self.root.get(&id).cloned().unwrap_or(id);
            let counters = self.counters.get(&root).cloned().unwrap_or_default();
            return (Some(root), counters);
        }
        if attr(e, b"continue-numbering").as_deref() == Some("true") {
            if let Some(style) = style {
                return (None, self.by_style.get(style).cloned().unwrap_or_default());
            }
        }
        (None, Counters::default())
    }

    fn close(&mut self, list: &OpenList, counters: &Counters) {
        let root = list.root.clone().or_else(|| list.id.clone());
        if let Some(root) = root {
            if let Some(id) = &list.id {
                self.root.insert(id.clone(), root.clone());
            }
            self.counters.insert(root, counters.clone());
        }
        if let Some(style) = &list.style {
            self.by_style.insert(style.clone(), counters.clone());
        }
    }
}

/// Whether a conditional field hides what it holds: `text:is-hidden` is LibreOffice's last
/// evaluation of its condition, written as "true" or "false".
fn is_hidden(e: &quick_xml::events::BytesStart) -> bool {
    attr(e, b"is-hidden").is_some_and(|v| v == "true")
}

fn walk(xml: &[u8], limits: &Limits, styles: &Styles) -> Result<Document, ReadError> {
    let mut doc = Document::default();
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(limits, FORMAT, "content.xml");
    let mut skipped = 0usize; // tracked-changes, annotation, note-citation, hidden text
                              // A conditional text field LibreOffice shows hidden (`text:hidden-text`, a drafting note
                              // for the one filling the template in), and the paragraph a `text:hidden-paragraph` field
                              // hides (its depth in `paragraphs`): not contract text, as a Word reader skips hidden runs.
                              // Headings numbered by the chapter numbering, outside any list: one count per level.
    let mut outline_counts = [0u32; 10];
    let mut outline_number: Option<String> = None;
    let mut in_hidden_text = false;
    let mut hidden_paragraph: Option<usize> = None;
    let mut cells = 0usize;
    // The table rows open around the current paragraph, innermost last, numbered through
    // the document.
    let mut rows: Vec<u32> = Vec::new();
    let mut rows_seen = 0u32;
    let mut frames = 0usize;
    let mut notes: Vec<BlockKind> = Vec::new();
    let mut toc = 0usize;
    let mut lists: Vec<OpenList> = Vec::new();
    let mut continuations = ListContinuations::default();
    let mut counters = Counters::default();
    let mut stated_number: Option<String> = None;
    let mut in_number = false;
    // The paragraph being read: (kind hint, text); nested paragraphs (in notes or frames)
    // are kept on a stack so the outer one resumes afterwards.
    let mut paragraphs: Vec<(Option<u8>, String)> = Vec::new();
    let mut body = false;
    let mut note_blocks: Vec<Block> = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(FORMAT, "content.xml", e))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                if is_start {
                    depth.enter()?;
                }
                match local(e.name().as_ref()) {
                    b"body" if is_start => body = true,
                    b"tracked-changes" | b"annotation" | b"note-citation" if is_start => {
                        skipped += 1
                    }
                    b"hidden-text" if is_start && is_hidden(e) => {
                        in_hidden_text = true;
                        skipped += 1;
                    }
                    b"hidden-paragraph" if is_hidden(e) && !paragraphs.is_empty() => {
                        hidden_paragraph = Some(paragraphs.len());
                    }
                    b"table-cell" if is_start => cells += 1,
                    b"table-row" if is_start => {
                        rows_seen += 1;
                        rows.push(rows_seen);
                    }
                    b"text-box" if is_start => frames += 1,
                    b"note" if is_start => notes.push(match attr(e, b"note-class").as_deref() {
                        Some("endnote") => BlockKind::Endnote,
                        _ => BlockKind::Footnote,
                    }),
                    b"table-of-content" if is_start => toc += 1,
                    b"list" if is_start => {
                        let style = attr(e, b"style-name")
                            .or_else(|| lists.last().and_then(|l| l.style.clone()));
                        let mut root = None;
                        if lists.is_empty() {
                            (root, counters) = continuations.open(e, &style);
                        }
                        lists.push(OpenList {
                            id: attr(e, b"id"),
                            root,
                            style,
                            in_header: false,
                            pending: None,
                        });
                    }
                    b"list-item" if is_start => {
                        if let Some(list) = lists.last_mut() {
                            list.in_header = false;
                            list.pending =
                                Some(attr(e, b"start-value").and_then(|v| v.parse().ok()));
                        }
                    }
                    b"list-header" if is_start => {
                        if let Some(list) = lists.last_mut() {
                            list.in_header = true;
                            list.pending = None;
                        }
                    }
                    b"number" if is_start => {
                        in_number = true;
                        stated_number = Some(String::new());
                    }
                    b"h" | b"p" if is_start && skipped == 0 => {
                        counters.count_item(&mut lists, styles);
                        let level = match local(e.name().as_ref()) {
                            b"h" => Some(
                                attr(e, b"outline-level")
                                    .and_then(|l| l.parse().ok())
                                    .or_else(|| style_level(e, styles))
                                    .unwrap_or(1u8),
                            ),
                            _ => style_level(e, styles),
                        };
                        let outline_level = attr(e, b"outline-level")
                            .and_then(|l| l.parse::<usize>().ok())
                            .filter(|_| local(e.name().as_ref()) == b"h" && lists.is_empty());
                        if let Some(level) = outline_level {
                            let header = attr(e, b"is-list-header").as_deref() == Some("true");
                            let start = attr(e, b"start-value").and_then(|v| v.parse::<u32>().ok());
                            outline_number = chapter_number(
                                &mut outline_counts,
                                level,
                                start,
                                header,
                                &styles.lists,
                            );
                        }
                        paragraphs.push((level.map(|l| l.clamp(1, 9)), String::new()));
                    }
                    b"s" if skipped == 0 => {
                        let n = attr(e, b"c")
                            .and_then(|c| c.parse::<usize>().ok())
                            .unwrap_or(1)
                            .min(100);
                        push(&mut paragraphs, &" ".repeat(n));
                    }
                    b"tab" if skipped == 0 => push(&mut paragraphs, " "),
                    b"line-break" if skipped == 0 => push(&mut paragraphs, "\n"),
                    _ => {}
                }
            }
            Event::End(ref e) => {
                depth.leave();
                match local(e.name().as_ref()) {
                    b"tracked-changes" | b"annotation" | b"note-citation" => {
                        skipped = skipped.saturating_sub(1)
                    }
                    b"hidden-text" if in_hidden_text => {
                        in_hidden_text = false;
                        skipped = skipped.saturating_sub(1);
                    }
                    b"table-cell" => cells = cells.saturating_sub(1),
                    b"table-row" => {
                        rows.pop();
                    }
                    b"text-box" => frames = frames.saturating_sub(1),
                    b"note" => {
                        notes.pop();
                    }
                    b"table-of-content" => toc = toc.saturating_sub(1),
                    b"list" => {
                        if let Some(list) = lists.pop() {
                            if lists.is_empty() {
                                continuations.close(&list, &counters);
                            }
                        }
                    }
                    b"number" => in_number = false,
                    b"h" | b"p" if skipped == 0 => {
                        let hidden = hidden_paragraph == Some(paragraphs.len());
                        if hidden {
                            hidden_paragraph = None;
                        }
                        if let Some((heading, text)) = paragraphs.pop() {
                            if body && !hidden {
                                let kind = if toc > 0 {
                                    BlockKind::TocEntry
                                } else if let Some(k) = notes.last() {
                                    *k
                                } else if frames > 0 {
                                    BlockKind::TextBox
                                } else if cells > 0 {
                                    BlockKind::TableCell
                                } else if let Some(level) =
                                    heading.filter(|_| !reads_as_running_text(&text))
                                {
                                    BlockKind::Heading(level)
                                } else if !lists.is_empty() {
                                    BlockKind::ListItem((lists.len() - 1).min(8) as u8)
                                } else {
                                    BlockKind::Paragraph
                                };
                                let numbered = matches!(
                                    kind,
                                    BlockKind::ListItem(_)
                                        | BlockKind::Heading(_)
                                        | BlockKind::Paragraph
                                );
                                let stated = stated_number.take().filter(|n| !n.trim().is_empty());
                                let chapter = outline_number.take();
                                let number = if numbered {
                                    stated
                                        .or_else(|| list_number(&lists, &counters, &styles.lists))
                                        .or(chapter)
                                } else {
                                    None
                                };
                                let text = text
                                    .split('\n')
                                    .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                                    .collect::<Vec<_>>()
                                    .join("\n");
                                let row = (kind == BlockKind::TableCell)
                                    .then(|| rows.last().copied())
                                    .flatten();
                                let mut block = Block::new(kind, text.trim()).in_row(row);
                                if let Some(n) = number {
                                    block = block.with_number(n);
                                }
                                // Notes follow the body, as in DOCX, so a note never splits a
                                // clause from its list.
                                if matches!(kind, BlockKind::Footnote | BlockKind::Endnote) {
                                    note_blocks.push(block);
                                } else {
                                    doc.push(block);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) if skipped == 0 => {
                let text = t
                    .decode()
                    .map_err(|e| xml_error(FORMAT, "content.xml", e))?;
                if in_number {
                    if let Some(n) = stated_number.as_mut() {
                        n.push_str(&text);
                    }
                } else {
                    push(&mut paragraphs, &text);
                }
            }
            Event::GeneralRef(ref r) if skipped == 0 => {
                if let Some(text) = reference(r) {
                    push(&mut paragraphs, &text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    for block in note_blocks {
        doc.push(block);
    }
    Ok(doc)
}

/// The outline level a paragraph's style gives it, if any.
fn style_level(e: &quick_xml::events::BytesStart, styles: &Styles) -> Option<u8> {
    attr(e, b"style-name").and_then(|s| styles.outline_level(&s))
}

fn push(paragraphs: &mut [(Option<u8>, String)], text: &str) {
    if let Some((_, p)) = paragraphs.last_mut() {
        for c in text.chars() {
            match c {
                '\u{00AD}' => {}
                '\u{00A0}' => p.push(' '),
                c => p.push(c),
            }
        }
    }
}

/// The number of the current list item as its list style writes it ("2.1", "(a)").
fn list_number(lists: &[OpenList], counters: &Counters, styles: &ListStyles) -> Option<String> {
    let depth = lists.len();
    if lists.last()?.in_header {
        return None;
    }
    let style = styles.get(lists.last()?.style.as_ref()?)?;
    let level = style.get(depth - 1)?.as_ref()?;
    if level.format.is_empty() {
        return None;
    }
    let shown = level.display_levels.clamp(1, depth);
    let mut parts = Vec::new();
    for d in depth - shown..depth {
        let l = style.get(d).and_then(|l| l.as_ref());
        let start = l.map_or(1, |l| l.start);
        let value = counters.at(d).saturating_add(start).saturating_sub(1);
        parts.push(format_number(value, l.map_or("1", |l| l.format.as_str())));
    }
    Some(format!(
        "{}{}{}",
        level.prefix,
        parts.join("."),
        level.suffix
    ))
}

/// Counts a heading of chapter `level` (1-based) and returns its number as LibreOffice shows
/// it, or `None` where the outline style numbers that level not at all (its default) or the
/// heading is a list header.
fn chapter_number(
    counts: &mut [u32; 10],
    level: usize,
    start: Option<u32>,
    header: bool,
    styles: &ListStyles,
) -> Option<String> {
    let style = styles.get(OUTLINE_STYLE)?;
    let level = level.clamp(1, counts.len());
    let index = level - 1;
    let first = |d: usize| style.get(d).and_then(|l| l.as_ref()).map_or(1, |l| l.start);
    if header {
        return None;
    }
    counts[index] = match start {
        Some(s) => s,
        None if counts[index] == 0 => first(index),
        None => counts[index].saturating_add(1),
    };
    for deeper in counts.iter_mut().skip(level) {
        *deeper = 0;
    }
    let own = style.get(index)?.as_ref()?;
    if own.format.is_empty() {
        return None;
    }
    let shown = own.display_levels.clamp(1, level);
    let parts: Vec<String> = (level - shown..level)
        .map(|d| {
            let format = style
                .get(d)
                .and_then(|l| l.as_ref())
                .map_or("1", |l| l.format.as_str());
            format_number(counts[d].max(1), format)
        })
        .collect();
    Some(format!("{}{}{}", own.prefix, parts.join("."), own.suffix))
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "a" => letters(n).to_lowercase(),
        "A" => letters(n),
        "i" => roman(n).to_lowercase(),
        "I" => roman(n),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/""#;

    fn odt(styles: &str, body: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let opts = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("mimetype", opts).unwrap();
            zip.write_all(b"application/vnd.oasis.opendocument.text")
                .unwrap();
            zip.start_file("content.xml", opts).unwrap();
            write!(zip, r#"<office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:text>{body}</office:text></office:body></office:document-content>"#).unwrap();
            zip.finish().unwrap();
        }
        out.into_inner()
    }

    #[test]
    fn tracked_deletions_annotations_and_spacing() {
        let body = r#"<text:tracked-changes><text:changed-region><text:deletion><text:p>shall not</text:p></text:deletion></text:changed-region></text:tracked-changes><text:h text:outline-level="2">Conduct</text:h><text:p>The<text:s text:c="2"/>Supplier<office:annotation><dc:creator>x</dc:creator><text:p>a comment</text:p></office:annotation> shall<text:tab/>comply<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note>.</text:p>"#;
        let doc = read(&odt("", body), &Limits::default()).unwrap();
        let t: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.as_str()))
            .collect();
        assert_eq!(
            t,
            vec![
                (BlockKind::Heading(2), "Conduct"),
                (BlockKind::Paragraph, "The Supplier shall comply."),
                (BlockKind::Footnote, "A footnote.")
            ]
        );
    }

    #[test]
    fn text_and_paragraphs_a_field_hides_are_not_text() {
        let body = r#"<text:p>The Supplier shall comply.<text:hidden-text text:condition="ooow:1" text:string-value=" [Note: add timescales]" text:is-hidden="true"> [Note: add timescales]</text:hidden-text></text:p><text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Drafting note: the Supplier shall respond within 5 days.</text:p><text:p><text:hidden-paragraph text:condition="ooow:0" text:is-hidden="false"/>Shown.<text:hidden-text text:condition="ooow:0" text:string-value=" Also shown." text:is-hidden="false"> Also shown.</text:hidden-text></text:p>"#;
        let doc = read(&odt("", body), &Limits::default()).unwrap();
        let t: Vec<_> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(t, ["The Supplier shall comply.", "Shown. Also shown."]);
    }

    #[test]
    fn headings_take_the_chapter_numbering() {
        // As LibreOffice writes Tools > Chapter Numbering (checked against its text export).
        let styles = r#"<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-suffix="." style:num-format="1"/><text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/><text:outline-level-style text:level="3" style:num-format=""/></text:outline-style>"#;
        let body = r#"<text:h text:outline-level="1">Definitions</text:h><text:h text:outline-level="2">Defined terms</text:h><text:h text:outline-level="2">Precedence</text:h><text:h text:outline-level="3">Unnumbered</text:h><text:h text:outline-level="1">Term</text:h><text:h text:outline-level="2">Start</text:h><text:h text:outline-level="1" text:is-list-header="true">Schedules</text:h>"#;
        let doc = read(&odt(styles, body), &Limits::default()).unwrap();
        let n: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| b.number.clone().unwrap_or_default())
            .collect();
        assert_eq!(n, ["1.", "1.1", "1.2", "", "2.", "2.1", ""]);
    }

    #[test]
    fn list_numbers_follow_the_list_style() {
        let styles = r#"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-prefix="(" style:num-suffix=")" style:num-format="a"/></text:list-style>"#;
        let body = r#"<text:list text:style-name="L1"><text:list-item><text:p>One</text:p><text:list><text:list-item><text:p>Sub a</text:p></text:list-item><text:list-item><text:p>Sub b</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>"#;
        let doc = read(&odt(styles, body), &Limits::default()).unwrap();
        let n: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| b.number.clone().unwrap_or_default())
            .collect();
        assert_eq!(n, ["1.", "(a)", "(b)", "2."]);
        assert_eq!(doc.blocks[1].kind, BlockKind::ListItem(1));
    }

    #[test]
    fn nested_lists_of_one_list_count_together() {
        // As LibreOffice writes a two-level list: each level-2 paragraph in a nested list
        // of its own, inside an item that holds nothing else (checked against its text
        // export: 1., 1.1, 1.2, 2., 2.1).
        let styles = r#"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style>"#;
        let item = |text: &str| {
            format!("<text:list-item><text:list><text:list-item><text:p>{text}</text:p></text:list-item></text:list></text:list-item>")
        };
        let body = format!(
            r#"<text:list text:style-name="L1"><text:list-item><text:h text:outline-level="1">Definitions</text:h></text:list-item>{}{}<text:list-item><text:h text:outline-level="1">Offer</text:h></text:list-item>{}</text:list>"#,
            item("One one"),
            item("One two"),
            item("Two one")
        );
        let doc = read(&odt(styles, &body), &Limits::default()).unwrap();
        let n: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| b.number.clone().unwrap_or_default())
            .collect();
        assert_eq!(n, ["1.", "1.1", "1.2", "2.", "2.1"]);
    }

    #[test]
    fn a_paragraph_style_with_an_outline_level_is_a_heading() {
        let styles = r#"<style:style style:name="Part" style:family="paragraph" style:default-outline-level="1"/><style:style style:name="PartBold" style:family="paragraph" style:parent-style-name="Part"/>"#;
        let body = r#"<text:p text:style-name="PartBold">Part 4 - Conduct</text:p><text:p text:style-name="Standard">The Supplier shall comply.</text:p><text:h text:style-name="Part">Part 5</text:h>"#;
        let doc = read(&odt(styles, body), &Limits::default()).unwrap();
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(1),
                BlockKind::Paragraph,
                BlockKind::Heading(1)
            ]
        );
    }

    #[test]
    fn lists_that_continue_another_go_on_counting() {
        let styles = r#"<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-format="1" text:display-levels="2"/></text:list-style>"#;
        let body = r#"<text:list xml:id="a" text:style-name="L1"><text:list-item><text:p>One</text:p></text:list-item></text:list><text:p>Part 2</text:p><text:list xml:id="b" text:style-name="L1" text:continue-list="a"><text:list-item><text:p>Two</text:p></text:list-item></text:list><text:list xml:id="c" text:style-name="L1" text:continue-list="a"><text:list-item><text:p>Three</text:p><text:list><text:list-item><text:p>Three one</text:p></text:list-item></text:list></text:list-item></text:list><text:list text:style-name="L1" text:continue-numbering="true"><text:list-header><text:p>Unnumbered</text:p></text:list-header><text:list-item><text:p>Four</text:p></text:list-item></text:list><text:list text:style-name="L1"><text:list-item text:start-value="9"><text:p>Nine</text:p></text:list-item></text:list><text:list text:style-name="L1"><text:list-item><text:p>Fresh</text:p></text:list-item></text:list>"#;
        let doc = read(&odt(styles, body), &Limits::default()).unwrap();
        let n: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| b.number.clone().unwrap_or_default())
            .collect();
        assert_eq!(n, ["1.", "", "2.", "3.", "3.1", "", "4.", "9.", "1."]);
    }

    #[test]
    fn tables_and_toc() {
        let body = r#"<text:table-of-content><text:index-body><text:p>Conduct 3</text:p></text:index-body></text:table-of-content><table:table><table:table-row><table:table-cell><text:p>Supplier</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>Acme</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>Buyer</text:p></table:table-cell></table:table-row></table:table>"#;
        let doc = read(&odt("", body), &Limits::default()).unwrap();
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::TocEntry,
                BlockKind::TableCell,
                BlockKind::TableCell,
                BlockKind::TableCell
            ]
        );
        // Cells of one row share its number.
        let rows: Vec<_> = doc.blocks.iter().map(|b| b.row).collect();
        assert_eq!(rows, [None, Some(1), Some(1), Some(2)]);
    }
}
