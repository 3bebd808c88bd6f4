//! A lean XML tokenizer for the common case of an OOXML part, and the events the DOCX walker
//! reads from either it or quick-xml.
//!
//! quick-xml spends a few hundred instructions on every event; a DOCX part is tens of
//! thousands of small elements (every run repeats its formatting), so reading them was most
//! of a DOCX read. This scanner splits the part into the same events for the markup Word and
//! its peers write (a UTF-8 part, an XML declaration, elements, text and references) and gives
//! up (`Bail`) at anything else: a comment, CDATA, a DOCTYPE, a processing instruction, an
//! encoding other than UTF-8, a mismatched or unmatched end tag, a tag or reference left open,
//! bytes that are not UTF-8 where the walker decodes them. On `Bail` the caller reads the part
//! again with quick-xml, so what quick-xml accepts, refuses or reports stays as it was, and
//! the scanner only has to be right about the markup it accepts.

use quick_xml::events::{BytesRef, BytesStart, BytesText};
use std::borrow::Cow;

/// The scanner met markup it leaves to quick-xml.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bail;

/// What the walker needs of an event, from either reader.
pub enum Ev<'a> {
    Start(Tag<'a>),
    Empty(Tag<'a>),
    End(End<'a>),
    Text(Text<'a>),
    Ref(Ref<'a>),
    Eof,
}

/// An end tag.
pub enum End<'a> {
    Quick(quick_xml::events::BytesEnd<'a>),
    /// The name, as quick-xml reads it (trailing white space trimmed).
    Scanned(&'a [u8]),
}

impl End<'_> {
    pub fn name(&self) -> &[u8] {
        match self {
            End::Quick(e) => e.name().into_inner(),
            End::Scanned(name) => name,
        }
    }
}

/// A start or empty tag.
pub enum Tag<'a> {
    Quick(BytesStart<'a>),
    /// What lies between `<` and `>` (without an empty tag's `/`), and the name's length.
    Scanned {
        content: &'a [u8],
        name_len: usize,
    },
}

impl Tag<'_> {
    pub fn name(&self) -> &[u8] {
        match self {
            Tag::Quick(e) => e.name().into_inner(),
            Tag::Scanned { content, name_len } => &content[..*name_len],
        }
    }

    /// The attribute with this local name, unescaped, exactly as `xml::attr` reads it:
    /// a scanned tag is handed to quick-xml's own attribute parser. `Bail` when the tag is
    /// not UTF-8 (quick-xml would read it byte-wise).
    pub fn attr(&self, name: &[u8]) -> Result<Option<String>, Bail> {
        match self {
            Tag::Quick(e) => Ok(super::xml::attr(e, name)),
            Tag::Scanned { content, name_len } => {
                let content = std::str::from_utf8(content).map_err(|_| Bail)?;
                let e = BytesStart::from_content(content, *name_len);
                Ok(super::xml::attr(&e, name))
            }
        }
    }
}

pub enum Text<'a> {
    Quick(BytesText<'a>),
    Scanned(&'a [u8]),
}

/// What decoding text can fail with: quick-xml's error, or a scanned text that is not UTF-8
/// (left to quick-xml to report).
pub enum DecodeError {
    Quick(quick_xml::encoding::EncodingError),
    Bail,
}

impl Text<'_> {
    pub fn decode(&self) -> Result<Cow<'_, str>, DecodeError> {
        match self {
            Text::Quick(t) => t.decode().map_err(DecodeError::Quick),
            Text::Scanned(bytes) => std::str::from_utf8(bytes)
                .map(Cow::Borrowed)
                .map_err(|_| DecodeError::Bail),
        }
    }
}

pub enum Ref<'a> {
    Quick(BytesRef<'a>),
    /// The bytes between `&` and `;`.
    Scanned(&'a [u8]),
}

impl Ref<'_> {
    /// As `xml::reference`.
    pub fn text(&self) -> Result<Option<String>, Bail> {
        match self {
            Ref::Quick(r) => Ok(super::xml::reference(r)),
            Ref::Scanned(bytes) => {
                let name = std::str::from_utf8(bytes).map_err(|_| Bail)?;
                Ok(super::xml::reference(&BytesRef::new(name)))
            }
        }
    }
}

/// A source of events: quick-xml or the scanner.
pub trait Source<'a> {
    /// The next event; `Err(Ok(e))` is quick-xml's error, `Err(Err(Bail))` the scanner's
    /// giving up.
    fn next_event(&mut self) -> Result<Ev<'a>, Result<quick_xml::Error, Bail>>;
}

impl<'a> Source<'a> for quick_xml::Reader<&'a [u8]> {
    fn next_event(&mut self) -> Result<Ev<'a>, Result<quick_xml::Error, Bail>> {
        use quick_xml::events::Event;
        loop {
            return Ok(match self.read_event().map_err(Ok)? {
                Event::Start(e) => Ev::Start(Tag::Quick(e)),
                Event::Empty(e) => Ev::Empty(Tag::Quick(e)),
                Event::End(e) => Ev::End(End::Quick(e)),
                Event::Text(t) => Ev::Text(Text::Quick(t)),
                Event::GeneralRef(r) => Ev::Ref(Ref::Quick(r)),
                Event::Eof => Ev::Eof,
                // Comments, CDATA, declarations, instructions, DOCTYPE: nothing to read.
                _ => continue,
            });
        }
    }
}

/// The lean tokenizer over one part.
pub struct Scanner<'a> {
    xml: &'a [u8],
    at: usize,
    /// The names of the open elements, as quick-xml keeps them to check end tags.
    open: Vec<&'a [u8]>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\r' | b'\n' | b'\t')
}

fn skip_spaces(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|&b| !is_space(b))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// Whether an XML declaration's content names no encoding, or UTF-8 (`encoding="UTF-8"`,
/// any case, either quote). Anything it cannot read plainly counts as another encoding.
fn names_utf8_or_nothing(content: &[u8]) -> bool {
    let Some(at) = memchr::memmem::find(content, b"encoding") else {
        return true;
    };
    let rest = skip_spaces(&content[at + b"encoding".len()..]);
    let Some(rest) = rest.strip_prefix(b"=") else {
        return false;
    };
    let rest = skip_spaces(rest);
    let Some((&quote, rest)) = rest.split_first() else {
        return false;
    };
    if quote != b'"' && quote != b'\'' {
        return false;
    }
    let Some(close) = rest.iter().position(|&b| b == quote) else {
        return false;
    };
    let value = &rest[..close];
    value.eq_ignore_ascii_case(b"utf-8") || value.eq_ignore_ascii_case(b"utf8")
}

impl<'a> Scanner<'a> {
    /// A scanner, or `Bail` for a part quick-xml would read as UTF-16.
    pub fn new(xml: &'a [u8]) -> Result<Scanner<'a>, Bail> {
        let utf16 = [
            &[0xFE, 0xFF][..],
            &[0xFF, 0xFE],
            &[0x00, b'<', 0x00, b'?'],
            &[b'<', 0x00, b'?', 0x00],
        ];
        if utf16.iter().any(|p| xml.starts_with(p)) {
            return Err(Bail);
        }
        let at = if xml.starts_with(&[0xEF, 0xBB, 0xBF]) {
            3
        } else {
            0
        };
        Ok(Scanner {
            xml,
            at,
            open: Vec::new(),
        })
    }

    /// The first `>` at or after `from` outside quotes (as quick-xml's element parser finds
    /// it).
    fn tag_end(&self, from: usize) -> Option<usize> {
        let mut quote: Option<u8> = None;
        for i in memchr::memchr3_iter(b'>', b'"', b'\'', &self.xml[from..]) {
            let b = self.xml[from + i];
            match quote {
                None if b == b'>' => return Some(from + i),
                None => quote = Some(b),
                Some(q) if q == b => quote = None,
                Some(_) => {}
            }
        }
        None
    }

    fn markup(&mut self) -> Result<Option<Ev<'a>>, Bail> {
        // self.at is just after `<`.
        let xml = self.xml;
        match xml.get(self.at) {
            None | Some(b'!') => Err(Bail),
            Some(b'?') => {
                // Only an XML declaration that names no encoding, or UTF-8: quick-xml lets a
                // declaration anywhere switch its text decoder (calamine turns its
                // `encoding` feature on), which this scanner does not do.
                let from = self.at + 1;
                let end = memchr::memmem::find(&xml[from..], b"?>").ok_or(Bail)? + from;
                let content = &xml[from..end];
                let decl =
                    content.starts_with(b"xml") && content.get(3).is_none_or(|&b| is_space(b));
                if !decl || !names_utf8_or_nothing(content) {
                    return Err(Bail);
                }
                self.at = end + 2;
                Ok(None)
            }
            Some(b'/') => {
                let end = self.tag_end(self.at).ok_or(Bail)?;
                let content = &xml[self.at + 1..end];
                let name = match content.iter().rposition(|&b| !is_space(b)) {
                    Some(last) => &content[..last + 1],
                    None => content,
                };
                if self.open.pop() != Some(name) {
                    return Err(Bail);
                }
                self.at = end + 1;
                Ok(Some(Ev::End(End::Scanned(name))))
            }
            Some(_) => {
                let end = self.tag_end(self.at).ok_or(Bail)?;
                let content = &xml[self.at..end];
                self.at = end + 1;
                let name_len = |c: &[u8]| c.iter().position(|&b| is_space(b)).unwrap_or(c.len());
                Ok(Some(match content.strip_suffix(b"/") {
                    Some(content) => Ev::Empty(Tag::Scanned {
                        content,
                        name_len: name_len(content),
                    }),
                    None => {
                        let name_len = name_len(content);
                        self.open.push(&content[..name_len]);
                        Ev::Start(Tag::Scanned { content, name_len })
                    }
                }))
            }
        }
    }
}

impl<'a> Source<'a> for Scanner<'a> {
    fn next_event(&mut self) -> Result<Ev<'a>, Result<quick_xml::Error, Bail>> {
        let xml = self.xml;
        loop {
            let Some(&b) = xml.get(self.at) else {
                return Ok(Ev::Eof);
            };
            match b {
                b'<' => {
                    self.at += 1;
                    match self.markup().map_err(Err)? {
                        Some(ev) => return Ok(ev),
                        None => continue,
                    }
                }
                b'&' => {
                    // A reference runs to `;`; a `&` or `<` first, or the end, is an error.
                    let rest = &xml[self.at + 1..];
                    let i = memchr::memchr3(b';', b'&', b'<', rest).ok_or(Err(Bail))?;
                    if rest[i] != b';' {
                        return Err(Err(Bail));
                    }
                    self.at += i + 2;
                    return Ok(Ev::Ref(Ref::Scanned(&rest[..i])));
                }
                _ => {
                    let rest = &xml[self.at..];
                    let i = memchr::memchr2(b'<', b'&', rest).unwrap_or(rest.len());
                    self.at += i;
                    return Ok(Ev::Text(Text::Scanned(&rest[..i])));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both readers' events, as comparable strings (`None` where the scanner gives up).
    fn events<'a>(source: &mut impl Source<'a>) -> Option<Vec<String>> {
        let mut out = Vec::new();
        loop {
            let ev = match source.next_event() {
                Ok(ev) => ev,
                Err(Ok(e)) => {
                    out.push(format!("error {e}"));
                    return Some(out);
                }
                Err(Err(Bail)) => return None,
            };
            let attrs = |t: &Tag| {
                ["val", "type", "space"]
                    .iter()
                    .map(|a| format!("{:?}", t.attr(a.as_bytes())))
                    .collect::<Vec<_>>()
                    .join(",")
            };
            out.push(match ev {
                Ev::Start(t) => {
                    format!("start {} {}", String::from_utf8_lossy(t.name()), attrs(&t))
                }
                Ev::Empty(t) => {
                    format!("empty {} {}", String::from_utf8_lossy(t.name()), attrs(&t))
                }
                Ev::End(n) => format!("end {}", String::from_utf8_lossy(n.name())),
                Ev::Text(t) => match t.decode() {
                    Ok(s) => format!("text {s}"),
                    Err(DecodeError::Quick(_)) => "text error".into(),
                    Err(DecodeError::Bail) => return None,
                },
                Ev::Ref(r) => format!("ref {:?}", r.text().ok()?),
                Ev::Eof => return Some(out),
            });
        }
    }

    /// Where the scanner reads a part, it reads what quick-xml reads, text joined up.
    fn agree(xml: &str) -> bool {
        let join = |evs: Vec<String>| {
            let mut out: Vec<String> = Vec::new();
            for e in evs {
                match (out.last_mut(), e.strip_prefix("text ")) {
                    (Some(last), Some(t)) if last.starts_with("text ") => last.push_str(t),
                    _ if e == "text " => {}
                    _ => out.push(e),
                }
            }
            out
        };
        let quick = events(&mut quick_xml::Reader::from_reader(xml.as_bytes())).unwrap();
        let Ok(mut scanner) = Scanner::new(xml.as_bytes()) else {
            return false;
        };
        match events(&mut scanner) {
            Some(scanned) => {
                assert_eq!(join(scanned), join(quick), "{xml}");
                true
            }
            None => false,
        }
    }

    #[test]
    fn reads_what_quick_xml_reads() {
        let read = [
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body><w:p w:rsidR="00A1"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">A &amp; B &#169; &#x2014; &lol; </w:t></w:r></w:p></w:body></w:document>"#,
            "<a x='>' y=\"'>\"><b/><c  /></a  >tail",
            "<a>\u{feff}text é</a>",
            "",
            "just text",
            "<a><b></b></a><c/>",
            r#"<w:t w:val="a &quot;b&quot; &#65;">x</w:t>"#,
            "<a",
            " <?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>",
            "\u{feff}<?xml version='1.0' encoding='utf8'?><a>é</a>",
        ];
        for xml in read {
            if xml != "<a" {
                assert!(agree(xml), "scanner gave up on {xml}");
            } else {
                assert!(!agree(xml));
            }
        }
    }

    #[test]
    fn leaves_everything_else_to_quick_xml() {
        let left = [
            "<a><!-- note --></a>",
            "<a><![CDATA[x]]></a>",
            "<!DOCTYPE a><a/>",
            "<a><?pi x?></a>",
            "<a></b>",
            "</a>",
            "<a>x & y</a>",
            "<a>x &amp</a>",
            "<a>&amp<b/></a>",
            "\u{feff}<?xml version=\"1.0\" encoding=\"windows-1252\"?><a/>",
            // A declared encoding other than UTF-8 changes what quick-xml decodes, at the
            // start or later in the part.
            "<?xml version=\"1.0\" encoding=\"windows-1252\"?><a>café</a>",
            "<?xml version='1.0' encoding='ISO-8859-1'?><a>“quoted”</a>",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>Hello world!</a>",
            "<?xml version=\"1.0\"?><a>x<?xml encoding=\"windows-1252\"?>café</a>",
            "<?xml version=\"1.0\" encoding=utf-8?><a/>",
            "<a b='unclosed>",
        ];
        for xml in left {
            assert!(!agree(xml), "scanner read {xml}");
        }
        assert!(Scanner::new(&[0xFF, 0xFE, b'<', 0]).is_err());
        // Text that is not UTF-8 is left to quick-xml to report.
        let mut s = Scanner::new(b"<a>\xFF</a>").unwrap();
        assert!(matches!(s.next_event(), Ok(Ev::Start(_))));
        assert!(
            matches!(s.next_event(), Ok(Ev::Text(t)) if matches!(t.decode(), Err(DecodeError::Bail)))
        );
    }

    proptest::proptest! {
        // Fragments of WordprocessingML shuffled together, some broken: wherever the scanner
        // reads them, it reads what quick-xml reads.
        #[test]
        fn agrees_with_quick_xml(parts in proptest::collection::vec(0usize..14, 0..24)) {
            const PIECES: [&str; 14] = [
                "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t xml:space=\"preserve\">", "</w:t>",
                "text ", "&amp;", "&#x41;", "<w:tab/>", "<w:rPr><w:b/></w:rPr>", "&", "<", "é",
            ];
            let xml: String = parts.iter().map(|&i| PIECES[i]).collect();
            agree(&xml);
        }
    }
}
