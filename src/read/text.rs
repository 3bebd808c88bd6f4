//! Plain-text and Markdown reader: paragraphs, Markdown `#` headings and numbered headings
//! such as `12. Complaints` or `Schedule 3`. (Stub; being written.)

use super::ReadError;
use crate::model::{Block, BlockKind, Document};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavour {
    Plain,
    Markdown,
}

pub fn read(bytes: &[u8], flavour: Flavour) -> Result<Document, ReadError> {
    let _ = flavour;
    let text = String::from_utf8_lossy(bytes);
    let mut doc = Document::default();
    for para in text.split("\n\n") {
        doc.push(Block::new(
            BlockKind::Paragraph,
            para.split_whitespace().collect::<Vec<_>>().join(" "),
        ));
    }
    Ok(doc)
}
