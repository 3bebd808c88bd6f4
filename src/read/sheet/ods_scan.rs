//! A streaming look at an ODS `content.xml` before calamine reads it, for what calamine
//! does not give: how many cells it would hold in memory, merged regions, and formula
//! errors (LibreOffice marks `#REF!` with `calcext:value-type="error"` beside an empty
//! string value, which calamine reads as an empty cell).
//!
//! ODS compresses runs with `number-rows-repeated` and `number-columns-repeated`; calamine
//! expands a non-empty run into that many cells, so a few bytes can ask for billions. The
//! estimate here (rows from the first to the last non-empty row, times the widest row up to
//! its last value) bounds what calamine builds, and is checked against `Limits::max_cells`
//! before calamine is called. Empty runs (the usual million trailing formatted rows) cost
//! calamine nothing and count for nothing here.

use super::{CellRange, CellRef};
use crate::read::xml::attr;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// What the scan found for one table (sheet), in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct TableScan {
    pub name: String,
    /// Cells calamine will hold for this table: the span of non-empty rows times the
    /// widest non-empty row.
    pub dense_cells: u64,
    /// Bytes of cell text calamine will hold for this table: each cell's text times the
    /// cells its column and row repeats make of it.
    pub text_bytes: u64,
    pub merged: Vec<CellRange>,
    /// Cells whose formula gave an error, with the error as shown (`#REF!`).
    pub errors: Vec<(CellRef, String)>,
}

/// Scans the tables of `content.xml`; `Err` carries the XML error text.
pub(super) fn scan(content: &[u8]) -> Result<Vec<TableScan>, String> {
    let mut reader = Reader::from_reader(content);
    let mut buf = Vec::new();
    let mut tables = Vec::new();
    let mut table: Option<TableState> = None;
    // An error cell being read: where it is and its text so far.
    let mut error: Option<(CellRef, String)> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("content.xml at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty_element = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    b"table:table" => {
                        table = Some(TableState::new(attr(e, b"name").unwrap_or_default()));
                    }
                    b"table:table-row" => {
                        if let Some(t) = table.as_mut() {
                            t.start_row(repeat(e, b"number-rows-repeated"));
                        }
                    }
                    b"table:table-cell" | b"table:covered-table-cell" => {
                        if let Some(t) = table.as_mut() {
                            // Calamine keeps a cell that has a value type or any content.
                            let valued = !empty_element || attr(e, b"value-type").is_some();
                            if !empty_element && is_error_cell(e) {
                                error = Some((t.here(), String::new()));
                            }
                            t.cell(e, valued);
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(ref t) => {
                if let Some(t_state) = table.as_mut() {
                    t_state.text(t.len() as u64);
                }
                if let Some((_, text)) = error.as_mut() {
                    if text.len() < 64 {
                        text.push_str(&String::from_utf8_lossy(t));
                    }
                }
            }
            Event::End(ref e) => match e.name().as_ref() {
                b"table:table-cell" | b"table:covered-table-cell" => {
                    if let Some(t) = table.as_mut() {
                        t.end_cell();
                    }
                    if let (Some((at, text)), Some(t)) = (error.take(), table.as_mut()) {
                        t.error(at, text);
                    }
                }
                b"table:table-row" => {
                    if let Some(t) = table.as_mut() {
                        t.end_row();
                    }
                }
                b"table:table" => {
                    if let Some(t) = table.take() {
                        tables.push(t.finish());
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(tables)
}

/// LibreOffice's mark for a formula error; the plain ODF value type says "string".
fn is_error_cell(e: &BytesStart) -> bool {
    e.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == b"calcext:value-type" && a.value.as_ref() == b"error")
}

fn repeat(e: &BytesStart, name: &[u8]) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

#[derive(Debug)]
struct TableState {
    name: String,
    /// 0-based index of the current row, repeats expanded.
    row: u64,
    row_repeats: u64,
    col: u64,
    /// End (exclusive) of the last non-empty cell in the current row.
    row_width: u64,
    width: u64,
    first_row: Option<u64>,
    /// End (exclusive) of the last non-empty row.
    last_row_end: u64,
    merged: Vec<CellRange>,
    errors: Vec<(CellRef, String)>,
    /// Column repeats of the open cell, and the bytes of text read in it so far.
    cell_repeats: u64,
    cell_text: u64,
    /// Text of the current row (column repeats applied), and of the table so far.
    row_text: u64,
    text_bytes: u64,
}

/// More merged regions than this in one sheet are no header layout; stop recording.
const MAX_MERGES: usize = 100_000;

impl TableState {
    fn new(name: String) -> Self {
        TableState {
            name,
            row: 0,
            row_repeats: 1,
            col: 0,
            row_width: 0,
            width: 0,
            first_row: None,
            last_row_end: 0,
            merged: Vec::new(),
            errors: Vec::new(),
            cell_repeats: 1,
            cell_text: 0,
            row_text: 0,
            text_bytes: 0,
        }
    }

    fn text(&mut self, bytes: u64) {
        self.cell_text = self.cell_text.saturating_add(bytes);
    }

    fn end_cell(&mut self) {
        self.row_text = self
            .row_text
            .saturating_add(self.cell_text.saturating_mul(self.cell_repeats));
        self.cell_text = 0;
    }

    /// The address of the next cell.
    fn here(&self) -> CellRef {
        position(self.row, self.col)
    }

    fn error(&mut self, at: CellRef, text: String) {
        let text = text.trim();
        if text.starts_with('#') && self.errors.len() < MAX_MERGES {
            self.errors.push((at, text.to_string()));
        }
    }

    fn start_row(&mut self, repeats: u64) {
        self.row_repeats = repeats;
        self.col = 0;
        self.row_width = 0;
        self.row_text = 0;
    }

    fn cell(&mut self, e: &BytesStart, valued: bool) {
        let repeats = repeat(e, b"number-columns-repeated");
        let cols = repeat(e, b"number-columns-spanned");
        let rows = repeat(e, b"number-rows-spanned");
        if (cols > 1 || rows > 1) && self.merged.len() < MAX_MERGES {
            let start = position(self.row, self.col);
            let end = position(
                self.row.saturating_add(rows - 1),
                self.col.saturating_add(cols - 1),
            );
            self.merged.push(CellRange::new(start, end));
        }
        self.cell_repeats = repeats;
        self.cell_text = 0;
        self.col = self.col.saturating_add(repeats);
        if valued {
            self.row_width = self.col;
        }
    }

    fn end_row(&mut self) {
        self.text_bytes = self
            .text_bytes
            .saturating_add(self.row_text.saturating_mul(self.row_repeats));
        self.row_text = 0;
        let end = self.row.saturating_add(self.row_repeats);
        if self.row_width > 0 {
            self.first_row.get_or_insert(self.row);
            self.last_row_end = end;
            self.width = self.width.max(self.row_width);
        }
        self.row = end;
    }

    fn finish(self) -> TableScan {
        let rows = self
            .first_row
            .map_or(0, |first| self.last_row_end.saturating_sub(first));
        TableScan {
            name: self.name,
            dense_cells: rows.saturating_mul(self.width),
            text_bytes: self.text_bytes,
            merged: self.merged,
            errors: self.errors,
        }
    }
}

fn position(row: u64, col: u64) -> CellRef {
    let clamp = |v: u64| u32::try_from(v).unwrap_or(u32::MAX - 1);
    CellRef::from_zero_based((clamp(row), clamp(col)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(tables: &str) -> Vec<u8> {
        format!(
            r#"<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
        )
        .into_bytes()
    }

    #[test]
    fn trailing_empty_repeats_cost_nothing() {
        let xml = doc(r#"<table:table table:name="Reg">
            <table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16383"/></table:table-row>
            <table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            </table:table>"#);
        let scan = scan(&xml).unwrap();
        assert_eq!(scan.len(), 1);
        assert_eq!(scan[0].name, "Reg");
        assert_eq!(scan[0].dense_cells, 1);
    }

    #[test]
    fn repeated_values_are_counted_as_calamine_expands_them() {
        let xml = doc(r#"<table:table table:name="Bomb">
            <table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="1000"/></table:table-row>
            </table:table>"#);
        assert_eq!(scan(&xml).unwrap()[0].dense_cells, 1_000_000_000);
    }

    #[test]
    fn empty_rows_between_values_count() {
        let xml = doc(r#"<table:table table:name="Gap">
            <table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="98"><table:table-cell/></table:table-row>
            <table:table-row><table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row>
            </table:table>"#);
        assert_eq!(scan(&xml).unwrap()[0].dense_cells, 100 * 2);
    }

    #[test]
    fn merged_regions_are_placed_after_repeats() {
        let xml = doc(r#"<table:table table:name="M">
            <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
            <table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="2" office:value-type="string"><text:p>Head</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>
            </table:table>
            <table:table table:name="Second"></table:table>"#);
        let scan = scan(&xml).unwrap();
        assert_eq!(scan.len(), 2);
        assert_eq!(scan[0].merged.len(), 1);
        assert_eq!(scan[0].merged[0].to_string(), "C3:E4");
        assert_eq!(scan[1].name, "Second");
        assert_eq!(scan[1].dense_cells, 0);
    }

    #[test]
    fn libreoffice_error_cells_are_found() {
        let xml = doc(r##"<table:table table:name="E">
            <table:table-row><table:table-cell/><table:table-cell table:formula="of:=#REF!" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#REF!</text:p></table:table-cell></table:table-row>
            </table:table>"##);
        let scan = scan(&xml).unwrap();
        assert_eq!(scan[0].errors, [(CellRef::new(1, 2), "#REF!".to_string())]);
    }

    #[test]
    fn malformed_xml_is_an_error_not_a_panic() {
        assert!(scan(b"<table:table><table:table-row></table:table>").is_err());
    }
}
