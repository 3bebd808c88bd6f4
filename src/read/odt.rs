//! ODT reader: turns OpenDocument text (`content.xml`) into blocks in reading order.
//! Headings from `text:h` and their outline level; list numbers as the list style writes
//! them (or as `text:number` states them); table cells, frames and notes as their own blocks.
//! Tracked-change deletions (`text:tracked-changes`), annotations (comments) and note
//! citations are not contract text.

use super::container::Container;
use super::numerals::{letters, roman};
use super::xml::{attr, local, reference, xml_error, Depth};
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

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let mut zip = Container::open(bytes, FORMAT, limits)?;
    if let Some(manifest) = zip.part("META-INF/manifest.xml")? {
        if String::from_utf8_lossy(&manifest).contains("encryption-data") {
            return Err(ReadError::Encrypted { what: "ODT".into() });
        }
    }
    let Some(content) = zip.part("content.xml")? else {
        return Err(ReadError::corrupt(
            FORMAT,
            "the part content.xml is missing",
        ));
    };
    let mut list_styles = ListStyles::new();
    if let Some(styles) = zip.part("styles.xml")? {
        parse_list_styles(&styles, limits, "styles.xml", &mut list_styles)?;
    }
    parse_list_styles(&content, limits, "content.xml", &mut list_styles)?;
    walk(&content, limits, &list_styles)
}

fn parse_list_styles(
    xml: &[u8],
    limits: &Limits,
    part: &'static str,
    out: &mut ListStyles,
) -> Result<(), ReadError> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(limits, FORMAT, part);
    let mut current: Option<String> = None;
    loop {
        match reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(FORMAT, part, e))?
        {
            Event::Start(e) => {
                depth.enter()?;
                match local(e.name().as_ref()) {
                    b"list-style" => current = attr(&e, b"name"),
                    b"list-level-style-number" => add_level(&e, &current, out),
                    _ => {}
                }
            }
            Event::Empty(e) if local(e.name().as_ref()) == b"list-level-style-number" => {
                add_level(&e, &current, out);
            }
            Event::End(e) => {
                depth.leave();
                if local(e.name().as_ref()) == b"list-style" {
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

/// An open `text:list`: its style and the item counter at this depth.
struct OpenList {
    style: Option<String>,
    counter: u32,
}

fn walk(xml: &[u8], limits: &Limits, list_styles: &ListStyles) -> Result<Document, ReadError> {
    let mut doc = Document::default();
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(limits, FORMAT, "content.xml");
    let mut skipped = 0usize; // tracked-changes, annotation, note-citation
    let mut cells = 0usize;
    // The table rows open around the current paragraph, innermost last, numbered through
    // the document.
    let mut rows: Vec<u32> = Vec::new();
    let mut rows_seen = 0u32;
    let mut frames = 0usize;
    let mut notes: Vec<BlockKind> = Vec::new();
    let mut toc = 0usize;
    let mut lists: Vec<OpenList> = Vec::new();
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
                        lists.push(OpenList { style, counter: 0 });
                    }
                    b"list-item" if is_start => {
                        if let Some(list) = lists.last_mut() {
                            list.counter += 1;
                        }
                    }
                    b"number" if is_start => {
                        in_number = true;
                        stated_number = Some(String::new());
                    }
                    b"h" if is_start && skipped == 0 => {
                        let level = attr(e, b"outline-level")
                            .and_then(|l| l.parse().ok())
                            .unwrap_or(1u8)
                            .clamp(1, 9);
                        paragraphs.push((Some(level), String::new()));
                    }
                    b"p" if is_start && skipped == 0 => paragraphs.push((None, String::new())),
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
                        lists.pop();
                    }
                    b"number" => in_number = false,
                    b"h" | b"p" if skipped == 0 => {
                        if let Some((heading, text)) = paragraphs.pop() {
                            if body {
                                let kind = if toc > 0 {
                                    BlockKind::TocEntry
                                } else if let Some(k) = notes.last() {
                                    *k
                                } else if frames > 0 {
                                    BlockKind::TextBox
                                } else if cells > 0 {
                                    BlockKind::TableCell
                                } else if let Some(level) = heading {
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
                                let number = if numbered {
                                    stated.or_else(|| list_number(&lists, list_styles))
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
fn list_number(lists: &[OpenList], styles: &ListStyles) -> Option<String> {
    let depth = lists.len();
    let style = styles.get(lists.last()?.style.as_ref()?)?;
    let level = style.get(depth - 1)?.as_ref()?;
    if level.format.is_empty() {
        return None;
    }
    let shown = level.display_levels.clamp(1, depth);
    let mut parts = Vec::new();
    for (d, list) in lists.iter().enumerate().skip(depth - shown) {
        let l = style.get(d).and_then(|l| l.as_ref());
        let start = l.map_or(1, |l| l.start);
        let value = list.counter + start - 1;
        parts.push(format_number(value, l.map_or("1", |l| l.format.as_str())));
    }
    Some(format!(
        "{}{}{}",
        level.prefix,
        parts.join("."),
        level.suffix
    ))
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
