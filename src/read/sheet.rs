//! Spreadsheet reader (XLSX, XLSB, XLS, ODS via calamine; CSV): turns a workbook into sheets
//! of typed cells, every cell addressable as `Sheet!B7`. (Stub; being written.)

use super::{Limits, ReadError};
use crate::model::Format;
use std::path::Path;

/// A workbook as read: its sheets in workbook order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// One sheet: a name and its used range of cells.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
}

pub fn read(
    bytes: &[u8],
    format: Format,
    path: &Path,
    limits: &Limits,
) -> Result<Workbook, ReadError> {
    let _ = (bytes, format, path, limits);
    Ok(Workbook::default())
}
