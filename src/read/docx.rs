//! DOCX reader: turns a DOCX file into a `Document`. (Stub; being written.)

use super::{Limits, ReadError};
use crate::model::{Document, Format};

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let _ = (bytes, limits);
    Err(ReadError::Unsupported {
        what: format!("{} (reader not yet built)", Format::Docx),
        advice: "convert to text".into(),
    })
}
