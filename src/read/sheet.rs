//! Spreadsheet reader (XLSX, XLSM, XLSB, XLS, ODS via calamine; CSV/TSV via `csv`): turns a
//! workbook into sheets of typed cells, every cell addressable as `Sheet!B7`.
//!
//! Owns: the workbook model (`Workbook`, `Sheet`, `Row`, `Cell`, `CellRef`, `CellRange`), the
//! safety checks made before a spreadsheet library sees the bytes (zip sizes, ODS repeat
//! counts, encryption), the cell budget (`Limits::max_cells`), and turning library failures
//! (errors and panics) into `ReadError`s. Knows nothing of headers, tables or rules: a later
//! stage finds the header row (using `Sheet::merged` to fill merged headers across their
//! span) and reads records with the `Cell::as_*` helpers.
//!
//! Sheets are sparse: only cells holding a value are kept, so a sheet with a million empty
//! formatted rows costs nothing, and the used range is what the values span.

mod cell;
mod cfb_check;
mod delimited;
mod ods_scan;
mod workbook;
mod xls_scan;

pub(crate) use cell::month_number;
pub use cell::{
    column_letters, column_number, BadCellRef, Cell, CellRange, CellRef, YearMonth, MAX_COL,
    MAX_ROW,
};

use super::{Limits, ReadError};
use crate::model::{Format, Location};
use std::path::Path;

/// A workbook as read: its sheets in workbook order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.name == name)
    }

    /// Cells holding a value, across all sheets.
    pub fn cell_count(&self) -> usize {
        self.sheets.iter().map(Sheet::cell_count).sum()
    }
}

/// One sheet: its name, its non-empty cells by row, and its merged regions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    /// Hidden (or "very hidden") in the program: still read, since a hidden sheet of a
    /// register is still part of the return.
    pub hidden: bool,
    /// Rows holding at least one value, in ascending row order.
    rows: Vec<Row>,
    /// Merged regions as the file declares them (XLSX, XLS, ODS; XLSB and CSV have none).
    /// The value of a merged region sits in its top-left cell.
    pub merged: Vec<CellRange>,
}

/// One row holding at least one value: its 1-based number and its non-empty cells in
/// ascending column order.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub number: u32,
    cells: Vec<(u32, Cell)>,
}

static EMPTY: Cell = Cell::Empty;

impl Row {
    /// The cell in a 1-based column, `Cell::Empty` where nothing is stored.
    pub fn get(&self, col: u32) -> &Cell {
        match self.cells.binary_search_by_key(&col, |(c, _)| *c) {
            Ok(i) => self.cells.get(i).map_or(&EMPTY, |(_, cell)| cell),
            Err(_) => &EMPTY,
        }
    }

    /// The non-empty cells with their addresses, left to right.
    pub fn cells(&self) -> impl Iterator<Item = (CellRef, &Cell)> + '_ {
        self.cells
            .iter()
            .map(move |(col, cell)| (CellRef::new(self.number, *col), cell))
    }

    /// Column of the last value in the row.
    pub fn last_col(&self) -> u32 {
        self.cells.last().map_or(0, |(c, _)| *c)
    }

    /// The row as a dense list from column A to its last value, for table readers.
    pub fn values(&self) -> Vec<&Cell> {
        (1..=self.last_col()).map(|c| self.get(c)).collect()
    }
}

impl Sheet {
    /// Builds a sheet from cells in any order; the last value given for a cell wins and
    /// empty values are dropped.
    pub fn from_cells(name: impl Into<String>, cells: Vec<(CellRef, Cell)>) -> Sheet {
        let mut cells: Vec<(CellRef, Cell)> =
            cells.into_iter().filter(|(_, c)| !c.is_empty()).collect();
        // Stable sort keeps input order among duplicates, so the later one can win.
        cells.sort_by_key(|(r, _)| *r);
        let mut rows: Vec<Row> = Vec::new();
        for (at, cell) in cells {
            match rows.last_mut() {
                Some(row) if row.number == at.row => match row.cells.last_mut() {
                    Some((col, old)) if *col == at.col => *old = cell,
                    _ => row.cells.push((at.col, cell)),
                },
                _ => rows.push(Row {
                    number: at.row,
                    cells: vec![(at.col, cell)],
                }),
            }
        }
        Sheet {
            name: name.into(),
            hidden: false,
            rows,
            merged: Vec::new(),
        }
    }

    /// Rows holding at least one value, top to bottom (gaps are empty rows).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    pub fn row(&self, number: u32) -> Option<&Row> {
        self.rows
            .binary_search_by_key(&number, |r| r.number)
            .ok()
            .and_then(|i| self.rows.get(i))
    }

    /// The value at an address, `Cell::Empty` where nothing is stored.
    pub fn get(&self, at: CellRef) -> &Cell {
        self.row(at.row).map_or(&EMPTY, |r| r.get(at.col))
    }

    /// The value shown at an address: for a cell covered by a merged region, the value of
    /// the region's top-left cell (how a merged header reads across its span).
    pub fn shown(&self, at: CellRef) -> &Cell {
        match self.merged_region(at) {
            Some(region) => self.get(region.start),
            None => self.get(at),
        }
    }

    pub fn merged_region(&self, at: CellRef) -> Option<CellRange> {
        self.merged.iter().copied().find(|m| m.contains(at))
    }

    /// Every non-empty cell, row by row.
    pub fn cells(&self) -> impl Iterator<Item = (CellRef, &Cell)> + '_ {
        self.rows.iter().flat_map(Row::cells)
    }

    pub fn cell_count(&self) -> usize {
        self.rows.iter().map(|r| r.cells.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The smallest range holding every value (trailing empty rows and columns trimmed),
    /// or `None` for an empty sheet.
    pub fn used_range(&self) -> Option<CellRange> {
        let first = self.rows.first()?;
        let last = self.rows.last()?;
        let min_col = self
            .rows
            .iter()
            .filter_map(|r| r.cells.first().map(|(c, _)| *c))
            .min()?;
        let max_col = self.rows.iter().map(Row::last_col).max()?;
        Some(CellRange::new(
            CellRef::new(first.number, min_col),
            CellRef::new(last.number, max_col),
        ))
    }

    /// Where a cell stands, for evidence in a report.
    pub fn location(&self, at: CellRef) -> Location {
        Location {
            sheet: Some(self.name.clone()),
            cell: Some(at.to_string()),
            row: Some(at.row),
            ..Location::default()
        }
    }
}

/// Counts cells against `Limits::max_cells`, and the bytes of text they hold against
/// `Limits::max_total_bytes`, across the whole workbook. The text needs its own count
/// because one shared string (or one repeated ODS cell) can stand in a million cells, and
/// each cell read holds its own copy: a 1 MiB string in 10^6 cells is a terabyte.
#[derive(Debug)]
pub(crate) struct CellBudget {
    left: u64,
    limit: u64,
    text_left: u64,
    text_limit: u64,
}

impl CellBudget {
    pub(crate) fn new(limits: &Limits) -> Self {
        CellBudget {
            left: limits.max_cells,
            limit: limits.max_cells,
            text_left: limits.max_total_bytes,
            text_limit: limits.max_total_bytes,
        }
    }

    /// Takes `n` cells for a sheet, or says which sheet went over.
    pub(crate) fn take(&mut self, n: u64, sheet: &str) -> Result<(), ReadError> {
        match self.left.checked_sub(n) {
            Some(left) => {
                self.left = left;
                Ok(())
            }
            None => Err(ReadError::TooLarge(format!(
                "sheet '{sheet}' takes the workbook past {} cells",
                self.limit
            ))),
        }
    }

    /// Takes `bytes` of cell text for a sheet, or says which sheet went over.
    pub(crate) fn take_text(&mut self, bytes: u64, sheet: &str) -> Result<(), ReadError> {
        match self.text_left.checked_sub(bytes) {
            Some(left) => {
                self.text_left = left;
                Ok(())
            }
            None => Err(ReadError::TooLarge(format!(
                "sheet '{sheet}' takes the workbook past {} MiB of cell text (max-total-mib); a long text repeated in many cells counts once per cell",
                self.text_limit / super::MIB
            ))),
        }
    }

    /// Refuses a value outside the largest sheet a spreadsheet program offers (XFD1048576):
    /// no program wrote it, and the later stages walk a row from column A to its last value.
    pub(crate) fn check_address(&self, at: CellRef, sheet: &str) -> Result<(), ReadError> {
        if at.row <= MAX_ROW && at.col <= MAX_COL {
            return Ok(());
        }
        let place = if at.col <= MAX_COL {
            format!("{}{}", column_letters(at.col), at.row)
        } else {
            format!("column {}, row {}", at.col, at.row)
        };
        Err(ReadError::TooLarge(format!(
            "sheet '{sheet}' has a value at {place}, outside the largest sheet a spreadsheet can hold (A1:XFD{MAX_ROW})"
        )))
    }
}

/// Reads a workbook. `path` is used only to name a CSV's single sheet and to choose tab as
/// the delimiter of a `.tsv`. `limits.max_file_bytes` is the caller's to check.
pub fn read(
    bytes: &[u8],
    format: Format,
    path: &Path,
    limits: &Limits,
) -> Result<Workbook, ReadError> {
    match format {
        Format::Csv => delimited::read(bytes, path, limits),
        Format::Xlsx | Format::Xlsb | Format::Xls | Format::Ods => {
            workbook::read(bytes, format, limits)
        }
        other => Err(ReadError::Unsupported {
            what: format!("{other} is not a spreadsheet format"),
            advice: "spreadsheets must be XLSX, XLSB, XLS, ODS or CSV".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> CellRef {
        s.parse().unwrap()
    }

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn sheets_are_sparse_sorted_and_last_value_wins() {
        let sheet = Sheet::from_cells(
            "S",
            vec![
                (at("C1000000"), text("far")),
                (at("B2"), text("first")),
                (at("A2"), Cell::Number(1.0)),
                (at("B2"), text("second")),
                (at("D5"), Cell::Empty),
                (at("E5"), text("  ")),
            ],
        );
        assert_eq!(sheet.rows().len(), 2, "empty and blank cells are not kept");
        assert_eq!(sheet.get(at("B2")), &text("second"));
        assert_eq!(sheet.get(at("A2")), &Cell::Number(1.0));
        assert_eq!(sheet.get(at("Z9")), &Cell::Empty);
        assert_eq!(sheet.cell_count(), 3);
        assert_eq!(sheet.used_range().unwrap().to_string(), "A2:C1000000");
        let row2: Vec<String> = sheet
            .row(2)
            .unwrap()
            .values()
            .iter()
            .map(|c| c.as_text().into_owned())
            .collect();
        assert_eq!(row2, ["1", "second"]);
        let refs: Vec<String> = sheet.cells().map(|(r, _)| r.to_string()).collect();
        assert_eq!(refs, ["A2", "B2", "C1000000"]);
    }

    #[test]
    fn merged_cells_show_their_top_left_value() {
        let mut sheet = Sheet::from_cells("S", vec![(at("B1"), text("Declarations"))]);
        sheet.merged.push(CellRange::new(at("B1"), at("D1")));
        assert_eq!(sheet.shown(at("C1")), &text("Declarations"));
        assert_eq!(sheet.shown(at("D1")), &text("Declarations"));
        assert_eq!(sheet.shown(at("E1")), &Cell::Empty);
        assert_eq!(sheet.get(at("C1")), &Cell::Empty);
    }

    #[test]
    fn location_names_sheet_cell_and_row() {
        let sheet = Sheet::from_cells("Gifts", vec![]);
        let loc = sheet.location(at("AB12"));
        assert_eq!(loc.to_string(), "Gifts!AB12");
        assert_eq!(loc.row, Some(12));
        assert!(sheet.used_range().is_none());
    }

    #[test]
    fn budget_names_the_sheet_that_went_over() {
        let limits = Limits {
            max_cells: 10,
            ..Limits::default()
        };
        let mut budget = CellBudget::new(&limits);
        assert!(budget.take(6, "One").is_ok());
        let err = budget.take(5, "Two").unwrap_err().to_string();
        assert!(err.contains("'Two'") && err.contains("10"), "{err}");
    }
}
