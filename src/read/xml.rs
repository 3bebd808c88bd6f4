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
