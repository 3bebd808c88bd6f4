//! Spreadsheet reader: XLSX, XLSM, XLSB, XLS and ODS through calamine, CSV and TSV through the
//! `csv` crate. Every sheet becomes a grid of typed cells addressable as `Sheet!B7`. Containers
//! are checked for zip bombs before calamine opens them, the cell count is bounded, and a
//! panic inside calamine becomes this file's error.

use super::container::Container;
use super::{Limits, ReadError};
use crate::model::Format;
use calamine::{Data, Reader};
use std::fmt;
use std::io::Cursor;
use std::path::Path;

/// A workbook as read: its sheets in workbook order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// One sheet: its name and its cells, trimmed to the rows and columns that hold values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    /// Row-major cells; `rows[0][0]` is at `origin`.
    pub rows: Vec<Vec<Cell>>,
    /// Zero-based (row, column) of `rows[0][0]` in the sheet.
    pub origin: (u32, u32),
}

/// A cell value as the spreadsheet holds it.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Cell {
    #[default]
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or date-time cell, already converted from the spreadsheet's serial number.
    Date(chrono::NaiveDateTime),
    /// A duration, as ISO 8601 text.
    Duration(String),
    /// A formula error such as `#REF!`.
    Error(String),
}

/// A cell address, 1-based, shown as spreadsheets show it (`B7`, `AA10`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRef {
    pub row: u32,
    pub column: u32,
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut letters = Vec::new();
        let mut n = self.column;
        while n > 0 {
            let rem = (n - 1) % 26;
            letters.push((b'A' + rem as u8) as char);
            n = (n - 1) / 26;
        }
        let column: String = letters.iter().rev().collect();
        write!(f, "{column}{}", self.row)
    }
}

impl Sheet {
    /// The address of the cell at `rows[r][c]`.
    pub fn address(&self, r: usize, c: usize) -> CellRef {
        CellRef {
            row: self.origin.0 + r as u32 + 1,
            column: self.origin.1 + c as u32 + 1,
        }
    }
}

pub fn read(
    bytes: &[u8],
    format: Format,
    path: &Path,
    limits: &Limits,
) -> Result<Workbook, ReadError> {
    let _ = path;
    match format {
        Format::Csv => read_csv(bytes, limits),
        _ => {
            if matches!(format, Format::Xlsx | Format::Xlsb | Format::Ods) {
                check_container(bytes, format, limits)?;
            }
            let attempt = std::panic::catch_unwind(|| read_workbook(bytes, format, limits));
            attempt.unwrap_or_else(|_| {
                Err(ReadError::corrupt(
                    format,
                    "the workbook structure could not be parsed (the file is damaged)",
                ))
            })
        }
    }
}

/// Refuses a zip whose declared part sizes or compression ratios are over the limits, before
/// calamine decompresses anything.
fn check_container(bytes: &[u8], format: Format, limits: &Limits) -> Result<(), ReadError> {
    let mut container = Container::open(bytes, format, limits)?;
    container.check_declared_sizes()?;
    if format == Format::Ods {
        if let Some(manifest) = container.part("META-INF/manifest.xml")? {
            if String::from_utf8_lossy(&manifest).contains("encryption-data") {
                return Err(ReadError::Encrypted { what: "ODS".into() });
            }
        }
    }
    // calamine holds each sheet as a dense grid, so a sheet that claims a vast extent (a
    // cell at XFD1048576, a row repeated a million times) must be refused before it is read.
    let extent = match format {
        Format::Xlsx => xlsx_extent(&mut container, limits)?,
        Format::Ods => ods_extent(&mut container, limits)?,
        _ => 0,
    };
    if extent > limits.max_cells {
        return Err(ReadError::TooLarge(format!(
            "the sheets span more than {} cells (rows or columns repeated or addressed far out)",
            limits.max_cells
        )));
    }
    Ok(())
}

/// Cells spanned by the worksheets of an XLSX: per sheet, the box from the first to the last
/// addressed cell.
fn xlsx_extent(container: &mut Container, limits: &Limits) -> Result<u64, ReadError> {
    let sheets: Vec<String> = container
        .names()
        .into_iter()
        .filter(|n| n.starts_with("xl/worksheets/") && n.ends_with(".xml"))
        .collect();
    let mut total: u64 = 0;
    for name in sheets {
        let Some(xml) = container.part(&name)? else {
            continue;
        };
        let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
        let mut buf = Vec::new();
        let (mut min_r, mut max_r, mut min_c, mut max_c) = (u64::MAX, 0u64, u64::MAX, 0u64);
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e))
                    if super::xml::local(e.name().as_ref()) == b"c" =>
                {
                    if let Some((r, c)) = super::xml::attr(&e, b"r").and_then(|a| parse_a1(&a)) {
                        (min_r, max_r, min_c, max_c) =
                            (min_r.min(r), max_r.max(r), min_c.min(c), max_c.max(c));
                    }
                }
                Ok(quick_xml::events::Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
        if max_r >= min_r && max_c >= min_c && min_r != u64::MAX {
            total += (max_r - min_r + 1) * (max_c - min_c + 1);
        }
        if total > limits.max_cells {
            break;
        }
    }
    Ok(total)
}

/// Cells spanned by an ODS's tables, counting repeated rows and columns up to the last cell
/// of each row that holds a value.
fn ods_extent(container: &mut Container, limits: &Limits) -> Result<u64, ReadError> {
    let Some(xml) = container.part("content.xml")? else {
        return Ok(0);
    };
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut buf = Vec::new();
    let mut total: u64 = 0;
    let (mut row_repeat, mut width, mut valued_width) = (1u64, 0u64, 0u64);
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                let repeat = |name: &[u8]| {
                    super::xml::attr(&e, name)
                        .and_then(|v| v.parse::<u64>().ok())
                        .unwrap_or(1)
                };
                match super::xml::local(e.name().as_ref()) {
                    b"table-row" => {
                        row_repeat = repeat(b"number-rows-repeated");
                        (width, valued_width) = (0, 0);
                    }
                    b"table-cell" | b"covered-table-cell" => {
                        width = width.saturating_add(repeat(b"number-columns-repeated"));
                        if super::xml::attr(&e, b"value-type").is_some() {
                            valued_width = width;
                        }
                    }
                    _ => {}
                }
            }
            Ok(quick_xml::events::Event::End(e))
                if super::xml::local(e.name().as_ref()) == b"table-row" =>
            {
                if valued_width > 0 {
                    total = total.saturating_add(row_repeat.saturating_mul(valued_width));
                }
                if total > limits.max_cells {
                    break;
                }
            }
            Ok(quick_xml::events::Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(total)
}

/// `B7` -> (7, 2).
fn parse_a1(a1: &str) -> Option<(u64, u64)> {
    let split = a1.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = a1.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters.bytes().try_fold(0u64, |acc, b| {
        b.is_ascii_alphabetic()
            .then(|| acc * 26 + u64::from(b.to_ascii_uppercase() - b'A' + 1))
    })?;
    Some((digits.parse().ok()?, column))
}

fn read_workbook(bytes: &[u8], format: Format, limits: &Limits) -> Result<Workbook, ReadError> {
    let cursor = Cursor::new(bytes);
    let opened: Result<calamine::Sheets<_>, String> = match format {
        Format::Xlsx => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Xlsx)
            .map_err(|e: calamine::XlsxError| e.to_string()),
        Format::Xlsb => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Xlsb)
            .map_err(|e: calamine::XlsbError| e.to_string()),
        Format::Xls => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Xls)
            .map_err(|e: calamine::XlsError| e.to_string()),
        Format::Ods => calamine::open_workbook_from_rs(cursor)
            .map(calamine::Sheets::Ods)
            .map_err(|e: calamine::OdsError| e.to_string()),
        _ => calamine::open_workbook_auto_from_rs(cursor).map_err(|e| e.to_string()),
    };
    let mut workbook = opened.map_err(|e| workbook_error(format, &e))?;
    let mut out = Workbook::default();
    let mut cells_read: u64 = 0;
    for name in workbook.sheet_names() {
        let range = match workbook.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => return Err(workbook_error(format, &format!("sheet {name}: {e}"))),
        };
        let (height, width) = range.get_size();
        cells_read += height as u64 * width as u64;
        if cells_read > limits.max_cells {
            return Err(ReadError::TooLarge(format!(
                "sheet {name} takes the workbook past {} cells",
                limits.max_cells
            )));
        }
        let origin = range.start().unwrap_or((0, 0));
        let rows: Vec<Vec<Cell>> = range
            .rows()
            .map(|row| row.iter().map(cell_of).collect())
            .collect();
        out.sheets.push(trim(Sheet { name, rows, origin }));
    }
    Ok(out)
}

fn workbook_error(format: Format, message: &str) -> ReadError {
    let lower = message.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        ReadError::Encrypted {
            what: format.name().to_uppercase(),
        }
    } else {
        ReadError::corrupt(format, message.to_string())
    }
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => {
            if s.trim().is_empty() {
                Cell::Empty
            } else {
                Cell::Text(s.clone())
            }
        }
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or_else(|| Cell::Number(d.as_f64()), Cell::Date),
        Data::DateTimeIso(s) => chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
            .or_else(|_| {
                chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                    .map(|d| d.and_time(chrono::NaiveTime::MIN))
            })
            .map_or_else(|_| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Duration(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

/// Drops empty rows and columns at the edges, so a sheet formatted down to row 1,000,000
/// costs only the rows that hold values.
fn trim(mut sheet: Sheet) -> Sheet {
    let filled = |row: &Vec<Cell>| row.iter().any(|c| *c != Cell::Empty);
    let Some(last) = sheet.rows.iter().rposition(filled) else {
        sheet.rows.clear();
        return sheet;
    };
    sheet.rows.truncate(last + 1);
    let first = sheet.rows.iter().position(filled).unwrap_or(0);
    sheet.rows.drain(..first);
    sheet.origin.0 += first as u32;
    let width = sheet
        .rows
        .iter()
        .filter_map(|r| r.iter().rposition(|c| *c != Cell::Empty))
        .max()
        .map_or(0, |w| w + 1);
    for row in &mut sheet.rows {
        row.truncate(width);
    }
    sheet
}

fn read_csv(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let text = super::text::decode(bytes);
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut cells: u64 = 0;
    for (i, record) in reader.records().enumerate() {
        let record =
            record.map_err(|e| ReadError::corrupt(Format::Csv, format!("line {}: {e}", i + 1)))?;
        cells += record.len() as u64;
        if cells > limits.max_cells {
            return Err(ReadError::TooLarge(format!(
                "the file has more than {} cells",
                limits.max_cells
            )));
        }
        rows.push(
            record
                .iter()
                .map(|v| {
                    if v.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(v.to_string())
                    }
                })
                .collect(),
        );
    }
    let sheet = trim(Sheet {
        name: "Sheet1".into(),
        rows,
        origin: (0, 0),
    });
    Ok(Workbook {
        sheets: vec![sheet],
    })
}

/// The delimiter that splits the first lines most consistently: comma, semicolon, tab or bar.
fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    let mut best = (b',', 0usize);
    for d in [b',', b';', b'\t', b'|'] {
        let counts: Vec<usize> = lines.iter().map(|l| l.matches(d as char).count()).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        let consistent = counts.iter().filter(|&&c| c == first && c > 0).count();
        let score = consistent * first.min(50);
        if score > best.1 {
            best = (d, score);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_are_spreadsheet_style() {
        let r = |row, column| CellRef { row, column }.to_string();
        assert_eq!(
            (r(7, 2), r(1, 26), r(10, 27), r(3, 16384)),
            ("B7".into(), "Z1".into(), "AA10".into(), "XFD3".into())
        );
    }

    #[test]
    fn csv_delimiters_and_encodings_are_sniffed() {
        let wb = read(
            b"Name;Role;Date\nJ Smith;Director;31/03/2025\n\n\n",
            Format::Csv,
            Path::new("a.csv"),
            &Limits::default(),
        )
        .unwrap();
        let sheet = &wb.sheets[0];
        assert_eq!(sheet.rows.len(), 2, "trailing empty rows are dropped");
        assert_eq!(sheet.rows[1][1], Cell::Text("Director".into()));
        assert_eq!(sheet.address(1, 2).to_string(), "C2");
        let wb = read(
            b"Caf\xe9,Value\n",
            Format::Csv,
            Path::new("a.csv"),
            &Limits::default(),
        )
        .unwrap();
        assert_eq!(wb.sheets[0].rows[0][0], Cell::Text("Café".into()));
    }

    #[test]
    fn a1_addresses_parse() {
        assert_eq!(parse_a1("B7"), Some((7, 2)));
        assert_eq!(parse_a1("XFD1048576"), Some((1048576, 16384)));
        assert_eq!(parse_a1("7"), None);
    }

    #[test]
    fn too_many_cells_is_an_error_naming_the_limit() {
        let limits = Limits {
            max_cells: 5,
            ..Limits::default()
        };
        let err = read(b"a,b,c\nd,e,f\n", Format::Csv, Path::new("a.csv"), &limits).unwrap_err();
        assert!(err.to_string().contains("more than 5 cells"), "{err}");
    }
}
