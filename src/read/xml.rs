//! Helpers every XML-based reader shares: local names without namespace prefixes, attribute
//! lookup by local name, the five predefined entities and character references (no other
//! entity is ever expanded, and DTDs are ignored), and a depth limit.

use super::{Limits, ReadError};
use crate::model::Format;
use quick_xml::events::{BytesRef, BytesStart};

/// The name without its namespace prefix (`w:p` -> `p`).
pub fn local(name: &[u8]) -> &[u8] {
    match name.iter().position(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// The value of the attribute with this local name, unescaped.
pub fn attr(e: &BytesStart, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| {
            let raw = std::str::from_utf8(&a.value).ok()?;
            // Only the predefined entities and character references; nothing is expanded.
            Some(
                quick_xml::escape::unescape(raw)
                    .map_or_else(|_| raw.to_string(), |v| v.into_owned()),
            )
        })
}

/// The text of a reference: the predefined entities and character references only. Any
/// other entity (declared in a DTD, as billion-laughs files do) is left out, never expanded.
pub fn reference(e: &BytesRef) -> Option<String> {
    if let Ok(Some(c)) = e.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name = e.decode().ok()?;
    let text = match name.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        _ => return None,
    };
    Some(text.to_string())
}

/// Counts element nesting and refuses documents nested deeper than the limit.
pub struct Depth {
    current: usize,
    max: usize,
    format: Format,
    part: &'static str,
}

impl Depth {
    pub fn new(limits: &Limits, format: Format, part: &'static str) -> Depth {
        Depth {
            current: 0,
            max: limits.max_xml_depth,
            format,
            part,
        }
    }

    pub fn enter(&mut self) -> Result<(), ReadError> {
        self.current += 1;
        if self.current > self.max {
            return Err(ReadError::TooLarge(format!(
                "{} part {} nests elements deeper than {} levels",
                self.format, self.part, self.max
            )));
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.current = self.current.saturating_sub(1);
    }
}

pub fn xml_error(format: Format, part: &str, e: impl std::fmt::Display) -> ReadError {
    ReadError::corrupt(format, format!("{part}: malformed XML ({e})"))
}

/// A part as UTF-8. XML may be stored in UTF-16 (with a byte-order mark, or without one,
/// known by its first character) or in any encoding its declaration names; Word and
/// LibreOffice write UTF-8, but other producers do not always, and reading UTF-16 bytes as
/// UTF-8 found no text at all ("the document holds no text"). Such a part is decoded and its
/// declaration rewritten to say UTF-8; a UTF-8 part (the usual case) is returned unchanged.
/// An encoding no one knows is left for the parser, which reports the bytes it cannot read.
pub fn to_utf8(bytes: Vec<u8>) -> Vec<u8> {
    use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
    let (encoding, skip): (&'static Encoding, usize) = match Encoding::for_bom(&bytes) {
        Some((e, _)) if e == UTF_8 => return bytes,
        Some(found) => found,
        None if bytes.starts_with(b"<\0?\0") => (UTF_16LE, 0),
        None if bytes.starts_with(b"\0<\0?") => (UTF_16BE, 0),
        None => match declared_encoding(&bytes) {
            // A declaration readable as ASCII is not in UTF-16, whatever it says.
            Some(e) if e != UTF_8 && e != UTF_16LE && e != UTF_16BE => (e, 0),
            _ => return bytes,
        },
    };
    let (text, _) = encoding.decode_without_bom_handling(&bytes[skip..]);
    let rest = match text.strip_prefix("<?xml") {
        Some(after) => after.find("?>").map_or(&text[..], |end| &after[end + 2..]),
        None => &text[..],
    };
    let mut out = Vec::with_capacity(rest.len() + 40);
    out.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.extend_from_slice(rest.as_bytes());
    out
}

/// The encoding named by an XML declaration (`<?xml version="1.0" encoding="..."?>`).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(256)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let decl = std::str::from_utf8(&head[..end]).ok()?;
    let at = decl.find("encoding")? + "encoding".len();
    let rest = decl[at..].trim_start().strip_prefix('=')?.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = rest[1..].split(quote).next()?;
    encoding_rs::Encoding::for_label(value.trim().as_bytes())
}

/// Where running headers and footers stand in a part, for `furniture_lines`.
pub struct FurnitureMarkup {
    /// Elements that open header or footer content; `None` when the whole part is one
    /// (a DOCX `header1.xml`).
    pub opened_by: Option<&'static [&'static [u8]]>,
    /// Elements whose text a reader sees (`t` in WordprocessingML, where field codes sit in
    /// `instrText`); `None` when every text node counts.
    pub text_in: Option<&'static [u8]>,
}

/// A line that only numbers the page ("17", "Page 3 of 20", "- 4 -", "xiv").
pub fn is_page_number(line: &str) -> bool {
    static PAGE_NUMBER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?i)^(?:page\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivx]{1,5})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?\.?$")
            .expect("valid regex")
    });
    PAGE_NUMBER.is_match(line)
}

/// At most this many header and footer lines are kept per document, each cut to
/// `MAX_FURNITURE_LINE` bytes: they are read only for a reference.
pub const MAX_FURNITURE_LINES: usize = 64;
const MAX_FURNITURE_LINE: usize = 300;

/// The paragraphs of running headers and footers in a part, white space collapsed, each
/// once, added to `lines`. They are not contract text; a schedule published on its own
/// often states its contract's reference only there.
pub fn furniture_lines(
    xml: &[u8],
    markup: &FurnitureMarkup,
    limits: &Limits,
    format: Format,
    part: &'static str,
    lines: &mut Vec<String>,
) -> Result<(), ReadError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut depth = Depth::new(limits, format, part);
    let mut open = usize::from(markup.opened_by.is_none());
    let mut in_text = usize::from(markup.text_in.is_none());
    let mut line = String::new();
    let opens = |name: &[u8]| markup.opened_by.is_some_and(|o| o.contains(&name));
    let holds_text = |name: &[u8]| markup.text_in == Some(name);
    loop {
        if lines.len() >= MAX_FURNITURE_LINES {
            return Ok(());
        }
        match reader
            .read_event()
            .map_err(|e| xml_error(format, part, e))?
        {
            Event::Start(e) => {
                depth.enter()?;
                let qname = e.name();
                let name = local(qname.as_ref());
                open += usize::from(opens(name));
                in_text += usize::from(holds_text(name));
            }
            Event::Empty(e)
                if open > 0 && matches!(local(e.name().as_ref()), b"tab" | b"br" | b"s") =>
            {
                line.push(' ');
            }
            Event::End(e) => {
                depth.leave();
                let qname = e.name();
                let name = local(qname.as_ref());
                if opens(name) {
                    open = open.saturating_sub(1);
                }
                if holds_text(name) {
                    in_text = in_text.saturating_sub(1);
                }
                if open > 0 && matches!(name, b"p" | b"h") {
                    let collapsed = line.split_whitespace().collect::<Vec<_>>().join(" ");
                    let kept = !collapsed.is_empty()
                        && !is_page_number(&collapsed)
                        && !lines.contains(&collapsed);
                    if kept {
                        lines.push(collapsed);
                    }
                    line.clear();
                }
            }
            Event::Text(t) if open > 0 && in_text > 0 && line.len() < MAX_FURNITURE_LINE => {
                line.push_str(&t.decode().map_err(|e| xml_error(format, part, e))?);
            }
            Event::GeneralRef(r) if open > 0 && in_text > 0 => {
                if let Some(text) = reference(&r) {
                    line.push_str(&text);
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::to_utf8;

    #[test]
    fn utf16_and_declared_encodings_become_utf8() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>Café</a>";
        let mut le = vec![0xFF, 0xFE];
        le.extend(xml.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let want = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>Caf\xc3\xa9</a>".to_vec();
        assert_eq!(to_utf8(le), want);
        let be: Vec<u8> = xml.encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(to_utf8(be), want);
        let latin = b"<?xml version='1.0' encoding='ISO-8859-1'?><a>Caf\xe9</a>".to_vec();
        assert_eq!(to_utf8(latin), want);
        let plain = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>x</a>".to_vec();
        assert_eq!(to_utf8(plain.clone()), plain);
        let lying = b"<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>x</a>".to_vec();
        assert_eq!(to_utf8(lying.clone()), lying, "ASCII bytes are not UTF-16");
    }
}
