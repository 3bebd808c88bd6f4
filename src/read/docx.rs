//! DOCX reader (also DOCM, DOTX): turns WordprocessingML into blocks in reading order.
//! Headings come from paragraph styles (resolved through `basedOn`) and outline levels;
//! clause numbers from `numbering.xml`, computed as Word shows them; table cells, text boxes,
//! footnotes and endnotes become their own blocks. Deleted text of tracked changes, comments,
//! field codes, hidden text and the fallback copy of text boxes are not contract text.

use super::container::Container;
use super::numerals::{letters, roman};
use super::text::reads_as_running_text;
use super::xml::{attr, furniture_lines, local, xml_error, Depth, FurnitureMarkup};
use super::xmlscan::{self, DecodeError, Ev};
use super::{Limits, ReadError};
use crate::model::{Block, BlockKind, Document, Format};
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

const FORMAT: Format = Format::Docx;
const MAX_LEVELS: usize = 9;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let mut zip = Container::open(bytes, FORMAT, limits)?;
    if zip.find("EncryptionInfo").is_some() {
        return Err(ReadError::Encrypted {
            what: "DOCX".into(),
        });
    }
    let main = main_part(&mut zip)?;
    let Some(document) = zip.xml_part(&main)? else {
        return Err(ReadError::corrupt(
            FORMAT,
            format!("the main part {main} is missing"),
        ));
    };
    let styles = match zip.xml_part("word/styles.xml")? {
        Some(xml) => parse_styles(&xml, limits)?,
        None => HashMap::new(),
    };
    let numbering = match zip.xml_part("word/numbering.xml")? {
        Some(xml) => parse_numbering(&xml, limits)?,
        None => Numbering::default(),
    };
    // Each part is walked with the lean scanner (`xmlscan`); should it give up on one, the
    // parts read so far are walked again from the start with quick-xml, which then reads
    // the rest. Parts are inflated once, in the same order as ever.
    let mut walker = Walker::new(&styles, numbering.clone());
    let mut scanning = true;
    let mut walked: Vec<(Vec<u8>, &'static str, Option<BlockKind>)> = Vec::new();
    let parts = [
        ("word/document.xml", None),
        ("word/footnotes.xml", Some(BlockKind::Footnote)),
        ("word/endnotes.xml", Some(BlockKind::Endnote)),
    ];
    let mut document = Some(document);
    for (part, notes) in parts {
        let xml = match document.take() {
            Some(xml) => xml,
            None => match zip.xml_part(part)? {
                Some(xml) => xml,
                None => continue,
            },
        };
        if scanning {
            match xmlscan::Scanner::new(&xml)
                .map_err(Walked::from)
                .and_then(|mut scanner| walker.walk(&mut scanner, limits, part, notes))
            {
                Ok(()) => {
                    walked.push((xml, part, notes));
                    continue;
                }
                Err(Walked::Read(e)) => return Err(e),
                Err(Walked::Bail) => {
                    scanning = false;
                    walker = Walker::new(&styles, numbering.clone());
                    for (xml, part, notes) in &walked {
                        walker.walk_quick(xml, limits, part, *notes)?;
                    }
                }
            }
        }
        walker.walk_quick(&xml, limits, part, notes)?;
    }
    let mut doc = walker.doc;
    read_furniture(&mut zip, limits, &mut doc.furniture)?;
    Ok(doc)
}

/// The text of the page headers and footers (`word/header1.xml`, `word/footer2.xml`, ...),
/// in part-name order. A part that is not well-formed XML is left out: the document's own
/// text has been read, and furniture only ever adds a reference.
fn read_furniture(
    zip: &mut Container,
    limits: &Limits,
    lines: &mut Vec<String>,
) -> Result<(), ReadError> {
    let mut parts: Vec<String> = zip
        .names()
        .into_iter()
        .filter(|n| {
            let Some(stem) = n.strip_prefix("word/").and_then(|n| n.strip_suffix(".xml")) else {
                return false;
            };
            let digits = stem
                .strip_prefix("header")
                .or_else(|| stem.strip_prefix("footer"));
            digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
        })
        .collect();
    parts.sort();
    let markup = FurnitureMarkup {
        opened_by: None,
        text_in: Some(b"t"),
    };
    for part in parts {
        let Some(xml) = zip.xml_part(&part)? else {
            continue;
        };
        // Only a broken limit (nesting) stops the read; malformed markup leaves the part out.
        let read = furniture_lines(&xml, &markup, limits, FORMAT, "word/header.xml", lines);
        if let Err(e @ ReadError::TooLarge(_)) = read {
            return Err(e);
        }
    }
    Ok(())
}

/// The main document part named by the package relationships, else the usual name.
fn main_part(zip: &mut Container) -> Result<String, ReadError> {
    if let Some(rels) = zip.xml_part("_rels/.rels")? {
        let mut reader = Reader::from_reader(rels.as_slice());
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(Event::Empty(e) | Event::Start(e))
                    if local(e.name().as_ref()) == b"Relationship" =>
                {
                    let is_main = attr(&e, b"Type").is_some_and(|t| t.ends_with("/officeDocument"));
                    if let (true, Some(target)) = (is_main, attr(&e, b"Target")) {
                        return Ok(target.trim_start_matches('/').to_string());
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
    }
    Ok("word/document.xml".into())
}

/// What a paragraph style contributes.
#[derive(Debug, Clone, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    outline: Option<u8>,
    /// The list a style's paragraphs are numbered in, and the level its `w:ilvl` names.
    /// Each is inherited through `basedOn` on its own (a derived heading style often states
    /// only its level).
    num_id: Option<String>,
    num_level: Option<usize>,
}

fn parse_styles(xml: &[u8], limits: &Limits) -> Result<HashMap<String, Style>, ReadError> {
    let mut styles = HashMap::new();
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut current: Option<(String, Style)> = None;
    let mut depth = Depth::new(limits, FORMAT, "word/styles.xml");
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(FORMAT, "word/styles.xml", e))?;
        let (e, is_start) = match &event {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) => {
                depth.leave();
                if local(e.name().as_ref()) == b"style" {
                    if let Some((id, style)) = current.take() {
                        styles.insert(id, style);
                    }
                }
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        if is_start {
            depth.enter()?;
        }
        match local(e.name().as_ref()) {
            b"style" => {
                let paragraph = attr(e, b"type").is_none_or(|t| t == "paragraph");
                current = match (paragraph, attr(e, b"styleId")) {
                    (true, Some(id)) => Some((id, Style::default())),
                    _ => None,
                };
            }
            b"name" => set_style(&mut current, |s| {
                s.name = attr(e, b"val").unwrap_or_default().to_lowercase()
            }),
            b"basedOn" => set_style(&mut current, |s| s.based_on = attr(e, b"val")),
            b"outlineLvl" => set_style(&mut current, |s| {
                s.outline = attr(e, b"val").and_then(|v| v.parse().ok())
            }),
            b"ilvl" => set_style(&mut current, |s| {
                s.num_level = attr(e, b"val").and_then(|v| v.parse().ok())
            }),
            b"numId" => set_style(&mut current, |s| s.num_id = attr(e, b"val")),
            _ => {}
        }
        buf.clear();
    }
    Ok(styles)
}

/// How many of the open content controls show their placeholder text.
fn placeholders(open: &[bool]) -> usize {
    open.iter().filter(|p| **p).count()
}

fn set_style(current: &mut Option<(String, Style)>, f: impl FnOnce(&mut Style)) {
    if let Some((_, style)) = current {
        f(style);
    }
}

/// A numbering level: how its number is written.
#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

#[derive(Debug, Default, Clone)]
struct Numbering {
    abstracts: HashMap<String, Vec<Level>>,
    /// numId -> (abstractNumId, start overrides by level)
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    /// Current counters per abstractNumId: as Word numbers them, every list instance (numId)
    /// of one abstract definition continues the same count, so a schedule's body clauses in
    /// one instance follow a heading restarted in another.
    counters: HashMap<String, [u32; MAX_LEVELS]>,
    /// The instances already met; an instance's start overrides restart its levels when it is
    /// first used.
    started: std::collections::HashSet<String>,
    /// (abstractNumId, paragraph style id) -> the level a `w:pStyle` in that level links the
    /// style to. A style's own `w:numPr` names only the list; its level is this one.
    style_levels: HashMap<(String, String), usize>,
}

fn parse_numbering(xml: &[u8], limits: &Limits) -> Result<Numbering, ReadError> {
    let mut n = Numbering::default();
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut depth = Depth::new(limits, FORMAT, "word/numbering.xml");
    let mut abstract_id: Option<String> = None;
    let mut level: Option<usize> = None;
    let mut num: Option<String> = None;
    let mut override_level: Option<usize> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| xml_error(FORMAT, "word/numbering.xml", e))?;
        let e = match &event {
            Event::Start(e) => {
                depth.enter()?;
                e
            }
            Event::Empty(e) => e,
            Event::End(e) => {
                depth.leave();
                match local(e.name().as_ref()) {
                    b"abstractNum" => abstract_id = None,
                    b"lvl" => level = None,
                    b"num" => num = None,
                    b"lvlOverride" => override_level = None,
                    _ => {}
                }
                buf.clear();
                continue;
            }
            Event::Eof => break,
            _ => {
                buf.clear();
                continue;
            }
        };
        let val = || attr(e, b"val");
        match local(e.name().as_ref()) {
            b"abstractNum" => {
                abstract_id = attr(e, b"abstractNumId");
                if let Some(id) = &abstract_id {
                    n.abstracts.insert(
                        id.clone(),
                        vec![
                            Level {
                                start: 1,
                                ..Level::default()
                            };
                            MAX_LEVELS
                        ],
                    );
                }
            }
            b"lvl" if abstract_id.is_some() => {
                level = attr(e, b"ilvl")
                    .and_then(|v| v.parse().ok())
                    .filter(|l| *l < MAX_LEVELS)
            }
            b"lvl" => {}
            b"pStyle" => {
                if let (Some(a), Some(l), Some(style)) = (&abstract_id, level, val()) {
                    n.style_levels.entry((a.clone(), style)).or_insert(l);
                }
            }
            b"start" | b"numFmt" | b"lvlText" => {
                if let (Some(a), Some(l)) = (&abstract_id, level) {
                    if let Some(lv) = n.abstracts.get_mut(a).and_then(|v| v.get_mut(l)) {
                        match local(e.name().as_ref()) {
                            b"start" => lv.start = val().and_then(|v| v.parse().ok()).unwrap_or(1),
                            b"numFmt" => lv.format = val().unwrap_or_default(),
                            _ => lv.text = val().unwrap_or_default(),
                        }
                    }
                }
            }
            b"num" => num = attr(e, b"numId"),
            b"abstractNumId" => {
                if let (Some(id), Some(a)) = (&num, val()) {
                    n.nums.insert(id.clone(), (a, HashMap::new()));
                }
            }
            b"lvlOverride" => override_level = attr(e, b"ilvl").and_then(|v| v.parse().ok()),
            b"startOverride" => {
                if let (Some(id), Some(l), Some(v)) =
                    (&num, override_level, val().and_then(|v| v.parse().ok()))
                {
                    if let Some((_, overrides)) = n.nums.get_mut(id) {
                        overrides.insert(l, v);
                    }
                }
            }
            _ => {}
        }
        buf.clear();
    }
    Ok(n)
}

impl Numbering {
    /// The level of list `num_id` that a `w:pStyle` links to paragraph style `style`.
    fn style_level(&self, num_id: &str, style: &str) -> Option<usize> {
        let (abstract_id, _) = self.nums.get(num_id)?;
        self.style_levels
            .get(&(abstract_id.clone(), style.to_string()))
            .copied()
    }

    /// Advances the counter of (numId, level) and returns the number as Word shows it, or
    /// `None` for bullets and unknown lists.
    fn next(&mut self, num_id: &str, level: usize) -> Option<String> {
        let level = level.min(MAX_LEVELS - 1);
        let (abstract_id, overrides) = self.nums.get(num_id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let start = |l: usize| overrides.get(&l).copied().unwrap_or(levels[l].start);
        // Looked up before an owned key is made: a list's counters exist after its first item.
        if !self.counters.contains_key(abstract_id) {
            let mut c = [0; MAX_LEVELS];
            for (l, slot) in c.iter_mut().enumerate() {
                *slot = start(l).saturating_sub(1);
            }
            self.counters.insert(abstract_id.clone(), c);
        }
        let counters = self.counters.get_mut(abstract_id).expect("inserted above");
        // "Restart numbering": an instance with start overrides begins its levels again.
        if !overrides.is_empty() && !self.started.contains(num_id) {
            for (&l, &v) in overrides {
                if let Some(slot) = counters.get_mut(l) {
                    *slot = v.saturating_sub(1);
                }
            }
        }
        if !self.started.contains(num_id) {
            self.started.insert(num_id.to_string());
        }
        // Saturating: a file's start values can be anything up to u32::MAX.
        counters[level] = counters[level].saturating_add(1);
        for (l, slot) in counters.iter_mut().enumerate().skip(level + 1) {
            *slot = start(l).saturating_sub(1);
        }
        let lvl = &levels[level];
        if lvl.format == "bullet" || lvl.format == "none" || lvl.text.is_empty() {
            return None;
        }
        let value = |l: usize| {
            let n = counters[l].max(if l < level { 1 } else { 0 });
            format_number(n, &levels[l].format)
        };
        let text = level_text(&lvl.text, level, value);
        let text = text.trim();
        (!text.is_empty()).then(|| text.to_string())
    }
}

/// A level's text ("%1.%2.") with the placeholders of levels up to `level` replaced by
/// `value` of their level. Without "%%" no placeholder touches another, so one pass replaces
/// each where it stands, as replacing level by level (kept for text with "%%", where a
/// replacement could complete a placeholder) does; a property test checks the two agree.
fn level_text(text: &str, level: usize, value: impl Fn(usize) -> String) -> String {
    if text.contains("%%") {
        return level_text_by_level(text, level, value);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let l = rest.as_bytes().get(i + 1).and_then(|b| match b {
            b'1'..=b'9' => Some(usize::from(b - b'1')),
            _ => None,
        });
        match l.filter(|&l| l <= level) {
            Some(l) => {
                out.push_str(&value(l));
                rest = &rest[i + 2..];
            }
            None => {
                out.push('%');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `level_text` as Word's placeholders were first replaced: level by level, deepest first.
fn level_text_by_level(text: &str, level: usize, value: impl Fn(usize) -> String) -> String {
    let mut text = text.to_string();
    for l in (0..=level).rev() {
        let placeholder = format!("%{}", l + 1);
        if text.contains(&placeholder) {
            text = text.replace(&placeholder, &value(l));
        }
    }
    text
}

fn format_number(n: u32, format: &str) -> String {
    match format {
        "lowerLetter" => letters(n).to_lowercase(),
        "upperLetter" => letters(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        _ => n.to_string(),
    }
}

/// Paragraph properties gathered while reading a paragraph.
#[derive(Debug, Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    outline: Option<u8>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

/// Walks a part's body, paragraph by paragraph, keeping the state that decides which text
/// counts.
struct Walker<'a> {
    styles: &'a HashMap<String, Style>,
    numbering: Numbering,
    doc: Document,
    resolved: HashMap<String, Option<Rc<Style>>>,
    /// The table rows (`w:tr`) open around the current paragraph, innermost last.
    rows: Vec<u32>,
    rows_seen: u32,
}

/// Why a walk stopped: a read error, or the scanner gave up (and quick-xml must read the part).
enum Walked {
    Read(ReadError),
    Bail,
}

impl From<ReadError> for Walked {
    fn from(e: ReadError) -> Walked {
        Walked::Read(e)
    }
}

impl From<xmlscan::Bail> for Walked {
    fn from(_: xmlscan::Bail) -> Walked {
        Walked::Bail
    }
}

/// Field state: inside a field's instructions, text is not shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FieldPart {
    Instructions,
    Result,
}

impl<'a> Walker<'a> {
    fn new(styles: &'a HashMap<String, Style>, numbering: Numbering) -> Self {
        Walker {
            styles,
            numbering,
            doc: Document::default(),
            resolved: HashMap::new(),
            rows: Vec::new(),
            rows_seen: 0,
        }
    }

    /// `walk` with quick-xml, which reads any part the scanner gives up on.
    fn walk_quick(
        &mut self,
        xml: &[u8],
        limits: &Limits,
        part: &'static str,
        notes: Option<BlockKind>,
    ) -> Result<(), ReadError> {
        // Events borrowed from the part itself (no copy into a buffer per event).
        let mut reader = Reader::from_reader(xml);
        self.walk(&mut reader, limits, part, notes)
            .map_err(|e| match e {
                Walked::Read(e) => e,
                // quick-xml's events never give up.
                Walked::Bail => xml_error(FORMAT, part, "unreadable markup"),
            })
    }

    fn walk<'x>(
        &mut self,
        source: &mut impl xmlscan::Source<'x>,
        limits: &Limits,
        part: &'static str,
        notes: Option<BlockKind>,
    ) -> Result<(), Walked> {
        let mut depth = Depth::new(limits, FORMAT, part);
        // Paragraphs nest (a text box's paragraph inside a body paragraph), so keep a stack.
        let mut paras: Vec<Paragraph> = Vec::new();
        // Nesting counters for regions whose text is skipped or marked.
        let mut deleted = 0usize; // w:del, w:moveFrom
        let mut fallback = 0usize; // mc:Fallback
        let mut cells = 0usize; // w:tc
        let mut boxes = 0usize; // w:txbxContent
        let mut skipped_note = 0usize; // separator footnotes
        let mut in_text = false; // inside w:t / w:instrText-free text
        let mut run_hidden = false;
        let mut in_rpr = false;
        let mut fields: Vec<FieldPart> = Vec::new();
        let mut toc_field = 0usize;
        // Per open content control (w:sdt): whether it holds a table of contents, and whether
        // it shows its placeholder ("Click or tap here to enter text."), which is a prompt
        // to the person filling the form in, not contract text.
        let mut sdt_toc: Vec<bool> = Vec::new();
        let mut sdt_placeholder: Vec<bool> = Vec::new();
        let mut instr = String::new();
        loop {
            let event = source.next_event().map_err(|e| match e {
                Ok(e) => Walked::Read(xml_error(FORMAT, part, e)),
                Err(xmlscan::Bail) => Walked::Bail,
            })?;
            match event {
                Ev::Start(ref e) | Ev::Empty(ref e) => {
                    let is_start = matches!(event, Ev::Start(_));
                    if is_start {
                        depth.enter()?;
                    }
                    match local(e.name()) {
                        b"del" | b"moveFrom" if is_start => deleted += 1,
                        b"Fallback" if is_start => fallback += 1,
                        b"tc" if is_start => cells += 1,
                        b"tr" if is_start => {
                            self.rows_seen += 1;
                            self.rows.push(self.rows_seen);
                        }
                        b"txbxContent" if is_start => boxes += 1,
                        // Separator and continuation notes are layout, not notes.
                        b"footnote" | b"endnote" if is_start => {
                            let separator = e.attr(b"type")?.is_some_and(|t| t != "normal");
                            skipped_note += usize::from(separator);
                        }
                        b"sdt" if is_start => {
                            sdt_toc.push(false);
                            sdt_placeholder.push(false);
                        }
                        b"showingPlcHdr" => {
                            let on = e.attr(b"val")?.is_none_or(|v| v != "0" && v != "false");
                            if let (true, Some(last)) = (on, sdt_placeholder.last_mut()) {
                                *last = true;
                            }
                        }
                        b"docPartGallery" => {
                            let toc = e
                                .attr(b"val")?
                                .is_some_and(|v| v.to_lowercase().contains("table of contents"));
                            if let (true, Some(last)) = (toc, sdt_toc.last_mut()) {
                                *last = true;
                            }
                        }
                        b"p" if is_start => paras.push(Paragraph::default()),
                        b"pStyle" if !in_rpr => {
                            if let Some(p) = paras.last_mut() {
                                p.style = e.attr(b"val")?;
                            }
                        }
                        b"outlineLvl" if !in_rpr => {
                            if let Some(p) = paras.last_mut() {
                                p.outline = e.attr(b"val")?.and_then(|v| v.parse().ok());
                            }
                        }
                        b"numId" => {
                            if let Some(p) = paras.last_mut() {
                                p.num_id = e.attr(b"val")?;
                            }
                        }
                        b"ilvl" => {
                            if let Some(p) = paras.last_mut() {
                                p.ilvl = e.attr(b"val")?.and_then(|v| v.parse().ok());
                            }
                        }
                        b"r" if is_start => run_hidden = false,
                        b"rPr" if is_start => in_rpr = true,
                        b"vanish" | b"webHidden" if in_rpr => {
                            run_hidden = e.attr(b"val")?.is_none_or(|v| v != "0" && v != "false");
                        }
                        b"t" if is_start => in_text = true,
                        b"instrText" if is_start => instr.clear(),
                        b"fldChar" => match e.attr(b"fldCharType")?.as_deref() {
                            Some("begin") => fields.push(FieldPart::Instructions),
                            Some("separate") => {
                                if let Some(last) = fields.last_mut() {
                                    *last = FieldPart::Result;
                                }
                                if instr.trim_start().starts_with("TOC") {
                                    toc_field += 1;
                                }
                                instr.clear();
                            }
                            Some("end") => {
                                fields.pop();
                                if fields.is_empty() {
                                    toc_field = 0;
                                }
                            }
                            _ => {}
                        },
                        b"tab" | b"ptab" if !in_rpr => self.push_char(
                            &mut paras,
                            ' ',
                            deleted + fallback + placeholders(&sdt_placeholder),
                            run_hidden,
                            &fields,
                        ),
                        b"br" | b"cr" => self.push_char(
                            &mut paras,
                            '\n',
                            deleted + fallback + placeholders(&sdt_placeholder),
                            run_hidden,
                            &fields,
                        ),
                        b"noBreakHyphen" => self.push_char(
                            &mut paras,
                            '-',
                            deleted + fallback + placeholders(&sdt_placeholder),
                            run_hidden,
                            &fields,
                        ),
                        _ => {}
                    }
                }
                Ev::End(ref e) => {
                    depth.leave();
                    match local(e.name()) {
                        b"del" | b"moveFrom" => deleted = deleted.saturating_sub(1),
                        b"Fallback" => fallback = fallback.saturating_sub(1),
                        b"tc" => cells = cells.saturating_sub(1),
                        b"tr" => {
                            self.rows.pop();
                        }
                        b"txbxContent" => boxes = boxes.saturating_sub(1),
                        b"footnote" | b"endnote" => skipped_note = skipped_note.saturating_sub(1),
                        b"sdt" => {
                            sdt_toc.pop();
                            sdt_placeholder.pop();
                        }
                        b"rPr" => in_rpr = false,
                        b"t" => in_text = false,
                        b"p" => {
                            if let Some(p) = paras.pop() {
                                if fallback == 0 && skipped_note == 0 {
                                    let toc = toc_field > 0 || sdt_toc.iter().any(|t| *t);
                                    let container = if boxes > 0 {
                                        Some(BlockKind::TextBox)
                                    } else if cells > 0 {
                                        Some(BlockKind::TableCell)
                                    } else {
                                        notes
                                    };
                                    self.finish(p, container, toc);
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Ev::Text(ref t) => {
                    if in_text {
                        let text = t.decode().map_err(|e| match e {
                            DecodeError::Quick(e) => Walked::Read(xml_error(FORMAT, part, e)),
                            DecodeError::Bail => Walked::Bail,
                        })?;
                        self.push_str(
                            &mut paras,
                            &text,
                            deleted + fallback + placeholders(&sdt_placeholder),
                            run_hidden,
                            &fields,
                        );
                    } else if fields.last() == Some(&FieldPart::Instructions) {
                        // w:instrText content: remember it to recognise TOC fields.
                        if let Ok(text) = t.decode() {
                            instr.push_str(&text);
                        }
                    }
                }
                Ev::Ref(ref r) if in_text => {
                    if let Some(text) = r.text()? {
                        self.push_str(
                            &mut paras,
                            &text,
                            deleted + fallback + placeholders(&sdt_placeholder),
                            run_hidden,
                            &fields,
                        );
                    }
                }
                Ev::Eof => break,
                _ => {}
            }
        }
        Ok(())
    }

    fn visible(skipped: usize, hidden: bool, fields: &[FieldPart]) -> bool {
        skipped == 0 && !hidden && !fields.contains(&FieldPart::Instructions)
    }

    fn push_str(
        &self,
        paras: &mut [Paragraph],
        text: &str,
        skipped: usize,
        hidden: bool,
        fields: &[FieldPart],
    ) {
        if let (Some(p), true) = (paras.last_mut(), Self::visible(skipped, hidden, fields)) {
            // Most runs hold none of the characters below: copy them whole.
            if !text.contains(['\u{00AD}', '\u{00A0}', '\u{2007}', '\u{202F}']) {
                p.text.push_str(text);
                return;
            }
            for c in text.chars() {
                match c {
                    '\u{00AD}' => {}
                    '\u{00A0}' | '\u{2007}' | '\u{202F}' => p.text.push(' '),
                    c => p.text.push(c),
                }
            }
        }
    }

    fn push_char(
        &self,
        paras: &mut [Paragraph],
        c: char,
        skipped: usize,
        hidden: bool,
        fields: &[FieldPart],
    ) {
        if let (Some(p), true) = (paras.last_mut(), Self::visible(skipped, hidden, fields)) {
            p.text.push(c);
        }
    }

    /// Turns a finished paragraph into a block.
    fn finish(&mut self, p: Paragraph, container: Option<BlockKind>, toc: bool) {
        let style = p.style.as_deref().and_then(|id| self.resolve_cached(id));
        let style_name = style.as_ref().map_or("", |s| s.name.as_str());
        let style_level = style.as_ref().and_then(|s| s.num_level);
        let num = p
            .num_id
            .clone()
            .map(|id| (id, p.ilvl.or(style_level).unwrap_or(0)))
            .or_else(|| {
                // Numbered through the style: the level is the one linked to the paragraph's
                // style in numbering.xml (a style's own ilvl is ignored, ECMA-376 17.3.1.19),
                // else the style's ilvl as some producers write it.
                style.as_ref().and_then(|s| s.num_id.clone()).map(|id| {
                    let linked = p
                        .style
                        .as_deref()
                        .and_then(|st| self.numbering.style_level(&id, st));
                    let level = p.ilvl.or(linked).or(style_level).unwrap_or(0);
                    (id, level)
                })
            });
        // numId 0 switches numbering off.
        let listed = num
            .as_ref()
            .filter(|(id, _)| id != "0")
            .map(|(_, level)| *level);
        let number = num
            .filter(|(id, _)| id != "0")
            .and_then(|(id, level)| self.numbering.next(&id, level).map(|n| (n, level)));
        let outline = p
            .outline
            .or(style.as_ref().and_then(|s| s.outline))
            .filter(|l| *l < 9);
        let heading = outline
            .map(|l| l + 1)
            .or_else(|| heading_from_name(style_name));
        let is_toc = toc
            || style_name.starts_with("toc")
            || style_name.starts_with("contents")
            || style_name == "table of contents";
        let text = collapse_spaces_owned(p.text);
        if text.is_empty() {
            return;
        }
        let kind = if is_toc {
            BlockKind::TocEntry
        } else if let Some(k) = container {
            k
        } else if let Some(level) = heading.filter(|_| !reads_as_running_text(&text)) {
            BlockKind::Heading(level)
        } else if let Some(level) = listed {
            // A bulleted or unnumbered list paragraph is still a list item.
            BlockKind::ListItem(level.min(8) as u8)
        } else {
            BlockKind::Paragraph
        };
        let row = (kind == BlockKind::TableCell)
            .then(|| self.rows.last().copied())
            .flatten();
        let mut block = Block::new(kind, text).in_row(row);
        if let Some((n, _)) = number {
            block = block.with_number(n);
        }
        self.doc.push(block);
    }

    /// `resolve`, remembered per style id: every paragraph names a style, and the
    /// `basedOn` chain is the same each time.
    fn resolve_cached(&mut self, id: &str) -> Option<Rc<Style>> {
        if let Some(known) = self.resolved.get(id) {
            return known.clone();
        }
        let style = self.resolve(id).map(Rc::new);
        self.resolved.insert(id.to_string(), style.clone());
        style
    }

    /// A style with what it inherits through `basedOn` (bounded, so a cycle ends).
    fn resolve(&self, id: &str) -> Option<Style> {
        let mut style = self.styles.get(id)?.clone();
        let mut next = style.based_on.clone();
        for _ in 0..16 {
            let Some(parent) = next.as_deref().and_then(|p| self.styles.get(p)) else {
                break;
            };
            style.outline = style.outline.or(parent.outline);
            style.num_id = style.num_id.clone().or(parent.num_id.clone());
            style.num_level = style.num_level.or(parent.num_level);
            if style.outline.is_none() && heading_from_name(&style.name).is_none() {
                if let Some(level) = heading_from_name(&parent.name) {
                    style.outline = Some(level - 1);
                }
            }
            next = parent.based_on.clone();
        }
        Some(style)
    }
}

/// Runs of white space inside each line become one space, and white space (blank lines
/// included) at either end goes: the same as splitting on `\n`, joining each line's
/// `split_whitespace` words with spaces, joining the lines with `\n` and trimming, in one
/// pass and one allocation.
fn collapse_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for (j, word) in line.split_whitespace().enumerate() {
            if j > 0 {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    // Only line breaks can be left at the ends: words hold no white space, and spaces sit
    // only between words.
    let end = out.trim_end_matches('\n').len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches('\n').len();
    out.drain(..start);
    out
}

/// `collapse_spaces`, handing back the text itself when it has nothing to collapse (single
/// spaces between words, none at either end, no other white space), as most paragraphs do.
fn collapse_spaces_owned(text: String) -> String {
    if is_collapsed(&text) {
        text
    } else {
        collapse_spaces(&text)
    }
}

/// Two spaces, looked for with a searcher built once.
static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

/// Whether `collapse_spaces` would give the text back unchanged.
fn is_collapsed(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    // Most paragraphs hold none of the bytes below (tested without an early exit, which
    // vectorises): then only a double space can be left to collapse.
    let suspect = bytes.iter().fold(false, |suspect, &b| {
        suspect
            | matches!(
                b,
                b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | 0xC2 | 0xE1 | 0xE2 | 0xE3
            )
    });
    if !suspect {
        return DOUBLE_SPACE.find(bytes).is_none();
    }
    let mut space = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b' ' if space => return false,
            b' ' => {
                space = true;
                continue;
            }
            b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => return false,
            // The lead bytes of every other white-space character (U+0085, U+00A0, U+1680,
            // U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000): a lead byte starts a
            // character, so the slice is on a boundary.
            0xC2 | 0xE1 | 0xE2 | 0xE3
                if text[i..].chars().next().is_some_and(char::is_whitespace) =>
            {
                return false
            }
            _ => {}
        }
        space = false;
    }
    true
}

/// "heading 2" -> 2, "title" -> 1.
fn heading_from_name(name: &str) -> Option<u8> {
    if name == "title" {
        return Some(1);
    }
    let rest = name.strip_prefix("heading")?.trim();
    rest.parse::<u8>().ok().filter(|l| (1..=9).contains(l))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// One pass over a level's text gives what replacing level by level gives.
        #[test]
        fn level_text_in_one_pass(
            text in "[%1-9a.()%% ]{0,12}",
            level in 0usize..9,
            values in proptest::collection::vec("[0-9a-z%]{1,3}", 9),
        ) {
            let value = |l: usize| values[l].replace('%', "");
            proptest::prop_assert_eq!(
                level_text(&text, level, value),
                level_text_by_level(&text, level, value)
            );
        }

        // The one-pass white-space collapse must equal the split/join/trim it replaced.
        #[test]
        fn collapse_spaces_equals_split_join_trim(text in "[ a-c\n\t\u{A0}\u{2003}\u{3000}]{0,60}") {
            let old = text
                .split('\n')
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect::<Vec<_>>()
                .join("\n");
            proptest::prop_assert_eq!(collapse_spaces(&text), old.trim());
        }

        // Text handed back as it is must be what collapsing it gives.
        #[test]
        fn collapsed_text_is_recognised(text in "[ a\n\t\r\u{B}\u{C}\u{85}\u{A0}\u{1680}\u{2003}\u{2019}\u{2028}\u{202F}\u{205F}\u{3000}\u{1C}é]{0,12}") {
            proptest::prop_assert_eq!(collapse_spaces_owned(text.clone()), collapse_spaces(&text));
            if is_collapsed(&text) {
                proptest::prop_assert_eq!(collapse_spaces(&text), text);
            }
        }

        // Plain paragraphs (the quick check) are recognised exactly: handed back as they
        // are when collapsing would keep them, and collapsed otherwise.
        #[test]
        fn plain_paragraphs_are_recognised(text in "(?:[a-zA-Z0-9.,;'()-]{1,8}| |  |\u{1F}|~){0,20}") {
            proptest::prop_assert_eq!(is_collapsed(&text), collapse_spaces(&text) == text);
        }
    }
    use std::io::Write;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    /// A minimal DOCX with the given body (and optional numbering part).
    pub(crate) fn docx(body: &str, numbering: Option<&str>) -> Vec<u8> {
        docx_styled(
            body,
            r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="MyClause"><w:name w:val="My Clause"/><w:basedOn w:val="Heading1"/></w:style><w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>"#,
            numbering,
        )
    }

    fn docx_styled(body: &str, styles: &str, numbering: Option<&str>) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut out);
            let opts = zip::write::SimpleFileOptions::default();
            zip.start_file("word/document.xml", opts).unwrap();
            write!(
                zip,
                r#"<?xml version="1.0"?><w:document {W}><w:body>{body}</w:body></w:document>"#
            )
            .unwrap();
            zip.start_file("word/styles.xml", opts).unwrap();
            write!(zip, r#"<w:styles {W}>{styles}</w:styles>"#).unwrap();
            if let Some(n) = numbering {
                zip.start_file("word/numbering.xml", opts).unwrap();
                write!(zip, r#"<w:numbering {W}>{n}</w:numbering>"#).unwrap();
            }
            zip.finish().unwrap();
        }
        out.into_inner()
    }

    fn texts(bytes: &[u8]) -> Vec<(BlockKind, Option<String>, String)> {
        read(bytes, &Limits::default())
            .unwrap()
            .blocks
            .into_iter()
            .map(|b| (b.kind, b.number, b.text))
            .collect()
    }

    #[test]
    fn tracked_deletions_comments_fields_and_hidden_text_are_not_text() {
        let body = r#"<w:p><w:r><w:t>The Supplier </w:t></w:r><w:del><w:r><w:delText>shall not</w:delText></w:r></w:del><w:ins><w:r><w:t>shall</w:t></w:r></w:ins><w:commentRangeStart w:id="1"/><w:r><w:t xml:space="preserve"> comply</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> REF x </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t> with</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> SECRET</w:t></w:r><w:r><w:t> the Co</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t>de.</w:t></w:r></w:p>"#;
        let t = texts(&docx(body, None));
        assert_eq!(t[0].2, "The Supplier shall comply with the Code.");
    }

    #[test]
    fn headings_come_from_styles_and_based_on_chains() {
        let body = r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Conduct</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="MyClause"/></w:pPr><w:r><w:t>Custom</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:r><w:t>Conduct 3</w:t></w:r></w:p>"#;
        let t = texts(&docx(body, None));
        assert_eq!(t[0].0, BlockKind::Heading(1));
        assert_eq!(t[1].0, BlockKind::Heading(1));
        assert_eq!(t[2].0, BlockKind::TocEntry);
    }

    #[test]
    fn a_clause_set_in_a_heading_style_is_running_text() {
        // Templates number their clauses with heading styles: "3.1 The Provider shall ..."
        // styled as a level-1 heading is a clause, not a title.
        let styled = |style: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            styled("Heading1", "Standards of Conduct"),
            styled(
                "MyClause",
                "The Provider shall comply with the Seven Principles of Public Life.",
            ),
            styled("Heading1", "Conduct."),
        ]
        .concat();
        let t = texts(&docx(&body, None));
        assert_eq!(t[0].0, BlockKind::Heading(1));
        assert_eq!(t[1].0, BlockKind::Paragraph);
        assert_eq!(t[2].0, BlockKind::Heading(1));
    }

    #[test]
    fn numbering_is_computed_as_word_shows_it() {
        let numbering = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>"#;
        let p = |lvl: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p(0, "A"),
            p(1, "B"),
            p(1, "C"),
            p(2, "D"),
            p(2, "E"),
            p(0, "F"),
            p(1, "G"),
        ]
        .concat();
        let t = texts(&docx(&body, Some(numbering)));
        let numbers: Vec<_> = t.iter().map(|x| x.1.clone().unwrap_or_default()).collect();
        assert_eq!(numbers, ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1"]);
        assert_eq!(t[3].0, BlockKind::ListItem(2));
    }

    #[test]
    fn list_instances_of_one_definition_continue_each_other_until_one_restarts() {
        // numId 1 and 2 share abstract 0 (Word continues the count across them); numId 3
        // restarts level 0 at 1, as Word's "Restart numbering" writes it.
        let numbering = r#"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#;
        let p = |num: u8, lvl: u8| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>Clause</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p(1, 0),
            p(2, 1),
            p(1, 0),
            p(2, 1),
            p(3, 0),
            p(2, 1),
            p(2, 1),
        ]
        .concat();
        let numbers: Vec<_> = texts(&docx(&body, Some(numbering)))
            .into_iter()
            .map(|t| t.1.unwrap_or_default())
            .collect();
        assert_eq!(numbers, ["1.", "1.1", "2.", "2.1", "1.", "1.1", "1.2"]);
    }

    #[test]
    fn a_content_control_showing_its_placeholder_holds_no_text() {
        let body = r#"<w:p><w:r><w:t xml:space="preserve">Signed by </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve"> on </w:t></w:r><w:sdt><w:sdtPr><w:showingPlcHdr w:val="0"/></w:sdtPr><w:sdtContent><w:r><w:t>1 May 2026</w:t></w:r></w:sdtContent></w:sdt></w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>[Insert the Provider's obligations]</w:t></w:r></w:p></w:sdtContent></w:sdt>"#;
        let t = texts(&docx(body, None));
        let all: Vec<_> = t.iter().map(|x| x.2.as_str()).collect();
        assert_eq!(all, ["Signed by on 1 May 2026"]);
    }

    #[test]
    fn a_style_numbered_through_its_list_takes_the_level_linked_to_it() {
        // Word's heading numbering: each heading style names the list in its numPr (no ilvl),
        // and numbering.xml links each level to its style with w:pStyle.
        let styles = r#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Heading2"/><w:pPr><w:numPr><w:ilvl w:val="2"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr></w:style>"#;
        let numbering = r#"<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>"#;
        let p = |style: &str, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            p("Heading1", "Conduct"),
            p("Heading2", "Gifts"),
            p("Heading2", "Conflicts"),
            p("Heading1", "Complaints"),
            p("Heading2", "Procedure"),
            // A style that states only its level inherits the list from its base style.
            p("Heading3", "Timescales"),
        ]
        .concat();
        let doc = read(
            &docx_styled(&body, styles, Some(numbering)),
            &Limits::default(),
        )
        .unwrap();
        let numbers: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| b.number.clone().unwrap_or_default())
            .collect();
        assert_eq!(numbers, ["1.", "1.1", "1.2", "2.", "2.1", "2.1.1"]);
    }

    #[test]
    fn tables_text_boxes_and_fallback_copies() {
        let body = r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Supplier</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Acme Ltd</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Buyer</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#;
        let t = texts(&docx(body, None));
        let kinds: Vec<_> = t.iter().map(|x| (x.0, x.2.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::TableCell, "Supplier"),
                (BlockKind::TableCell, "Acme Ltd"),
                (BlockKind::TableCell, "Buyer"),
                (BlockKind::TextBox, "Box text")
            ]
        );
        // Cells of one row share its number; other blocks have none.
        let doc = read(&docx(body, None), &Limits::default()).unwrap();
        let rows: Vec<_> = doc.blocks.iter().map(|b| b.row).collect();
        assert_eq!(rows, [Some(1), Some(1), Some(2), None]);
    }

    #[test]
    fn entities_are_never_expanded_and_depth_is_bounded() {
        let bomb = r#"<w:p><w:r><w:t>A &amp; B &lol9; &#169;</w:t></w:r></w:p>"#;
        assert_eq!(texts(&docx(bomb, None))[0].2, "A & B ©");
        let deep = "<w:sdt>".repeat(1000) + &"</w:sdt>".repeat(1000);
        let err = read(&docx(&deep, None), &Limits::default()).unwrap_err();
        assert!(err.to_string().contains("deeper"), "{err}");
    }
}
