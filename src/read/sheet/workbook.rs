//! XLSX, XLSM, XLSB, XLS and ODS through calamine, behind the checks calamine does not make.
//!
//! Before calamine sees a zip-based workbook, every part is decompressed once within the
//! limits by `Container` (declared sizes, ratio, running total, and the real size whatever
//! the headers claim), because calamine would inflate a zip bomb; ODS is also scanned for
//! repeat counts that would make calamine build billions of cells (see `ods_scan`). XLSX and
//! XLSB are then read cell by cell (calamine's streaming readers), so a sheet's claimed
//! dimensions never size an allocation; XLS and ODS come as calamine ranges.
//!
//! Calamine has panicked on fuzzed files, so every call into it runs under `catch_unwind`
//! and a panic becomes `ReadError::Corrupt`. Calamine leaves XML entities other than the
//! predefined five unexpanded, so a billion-laughs part costs nothing beyond its size.

use super::ods_scan::{self, TableScan};
use super::{Cell, CellBudget, CellRange, CellRef, Sheet, Workbook};
use crate::model::Format;
use crate::read::container::Container;
use crate::read::{Limits, ReadError};
use calamine::{
    Data, DataRef, Dimensions, ExcelDateTime, Ods, OdsError, Reader, SheetType, SheetVisible, Xls,
    XlsError, Xlsb, XlsbError, Xlsx, XlsxError,
};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use std::fmt::Display;
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

const OLE2_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub(super) fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<Workbook, ReadError> {
    let ods_tables = precheck(bytes, format, limits)?;
    let mut budget = CellBudget::new(limits);
    match catch_unwind(AssertUnwindSafe(|| {
        read_checked(bytes, format, &mut budget, ods_tables)
    })) {
        Ok(result) => result,
        Err(panic) => Err(ReadError::corrupt(
            format,
            format!(
                "the spreadsheet library failed on this file ({})",
                panic_message(&panic)
            ),
        )),
    }
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic".to_string()
    }
}

/// Refuses what calamine should not be handed: encrypted packages, zips that expand past
/// the limits, ODS repeat counts past the cell limit, XLS records that would build more
/// than the limits allow (`xls_scan`). Returns the ODS table scan.
fn precheck(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
) -> Result<Option<Vec<TableScan>>, ReadError> {
    if bytes.starts_with(&OLE2_MAGIC) {
        if format == Format::Xls {
            // Calamine may fail on the scrambled records before it reaches FILEPASS.
            if has_filepass(bytes) {
                return Err(encrypted(format));
            }
            let stream = super::cfb_check::check(bytes)
                .map_err(|e| ReadError::corrupt(format, format!("damaged OLE2 structure: {e}")))?;
            check_xls_dimensions(bytes, limits)?;
            if let Some(stream) = stream {
                super::xls_scan::check(&stream, limits)?;
            }
            return Ok(None);
        }
        // Excel saves a password-protected XLSX as an OLE2 file holding the encrypted zip.
        if has_utf16_name(bytes, "EncryptedPackage") {
            return Err(encrypted(format));
        }
        return Err(ReadError::corrupt(
            format,
            "an OLE2 compound file, not the zip package the format needs",
        ));
    }
    if format == Format::Xls {
        return Ok(None);
    }
    let mut zip = Container::open(bytes, format, limits)?;
    let mut content = None;
    for name in zip.names() {
        let Some(part) = zip.part(&name)? else {
            continue;
        };
        if format == Format::Xlsx && name.to_ascii_lowercase().ends_with("sharedstrings.xml") {
            check_shared_strings(&name, &part, limits)?;
        }
        if format != Format::Ods {
            continue;
        }
        if name.eq_ignore_ascii_case("META-INF/manifest.xml")
            && find(&part, b"encryption-data").is_some()
        {
            return Err(encrypted(format));
        }
        if name.eq_ignore_ascii_case("content.xml") {
            content = Some(part);
        }
    }
    if format != Format::Ods {
        return Ok(None);
    }
    let content = content.ok_or_else(|| ReadError::corrupt(format, "no content.xml part"))?;
    let tables = ods_scan::scan(&content).map_err(|e| ReadError::corrupt(format, e))?;
    if tables.len() > crate::read::MAX_SHEETS {
        return Err(crate::read::too_many_sheets(tables.len()));
    }
    let mut budget = CellBudget::new(limits);
    for table in &tables {
        budget.take(table.dense_cells, &table.name)?;
        budget.take_text(table.text_bytes, &table.name)?;
    }
    Ok(Some(tables))
}

/// Refuses a shared-string table of more strings than `max-cells`. Calamine holds every
/// entry as a `String` (24 bytes, an empty `<si/>` too) before any cell is read, so 12
/// million empty entries in a 60 MB part took 466 MB; a workbook cannot use more strings than
/// it may hold cells. Counts `si` elements, with or without a namespace prefix.
fn check_shared_strings(name: &str, part: &[u8], limits: &Limits) -> Result<(), ReadError> {
    let mut count = 0u64;
    for at in memchr::memchr_iter(b'<', part) {
        let tag = &part[at + 1..];
        let end = tag
            .iter()
            .position(|&b| matches!(b, b'>' | b'/' | b' ' | b'\t' | b'\r' | b'\n'))
            .unwrap_or(tag.len());
        let tag_name = &tag[..end];
        let local = tag_name.rsplit(|&b| b == b':').next().unwrap_or(tag_name);
        if local == b"si" {
            count += 1;
            if count > limits.max_cells {
                return Err(ReadError::TooLarge(format!(
                    "{name} holds more than {} shared strings (max-cells)",
                    limits.max_cells
                )));
            }
        }
    }
    Ok(())
}

fn read_checked(
    bytes: &[u8],
    format: Format,
    budget: &mut CellBudget,
    ods_tables: Option<Vec<TableScan>>,
) -> Result<Workbook, ReadError> {
    let cursor = Cursor::new(bytes);
    match format {
        Format::Xlsx => {
            let mut book = Xlsx::new(cursor).map_err(|e| xlsx_err(None, e))?;
            read_xlsx(&mut book, budget)
        }
        Format::Xlsb => {
            let mut book = Xlsb::new(cursor).map_err(|e| xlsb_err(None, e))?;
            read_xlsb(&mut book, budget)
        }
        Format::Xls => {
            let mut book = Xls::new(cursor).map_err(|e| xls_err(None, e))?;
            read_ranges(&mut book, budget, xls_err, |book, name| {
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            })
        }
        Format::Ods => {
            let mut book = Ods::new(cursor).map_err(|e| ods_err(None, e))?;
            let tables = ods_tables.unwrap_or_default();
            let mut workbook = read_ranges(&mut book, budget, ods_err, |_, name| {
                merged_from_scan(&tables, name)
            })?;
            add_ods_errors(&mut workbook, &tables);
            Ok(workbook)
        }
        other => Err(ReadError::corrupt(other, "not a workbook format")),
    }
}

/// The worksheets to read, with whether each is hidden; chart, dialog and macro sheets
/// hold no cells worth reading.
fn worksheets<'a, R: Reader<Cursor<&'a [u8]>>>(book: &R) -> Vec<(String, bool)> {
    sheet_list(book.sheets_metadata())
}

fn sheet_list(meta: &[calamine::Sheet]) -> Vec<(String, bool)> {
    meta.iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible != SheetVisible::Visible))
        .collect()
}

fn read_xlsx(
    book: &mut Xlsx<Cursor<&[u8]>>,
    budget: &mut CellBudget,
) -> Result<Workbook, ReadError> {
    let mut sheets = Vec::new();
    let list = sheet_list(book.sheets_metadata());
    if list.len() > crate::read::MAX_SHEETS {
        return Err(crate::read::too_many_sheets(list.len()));
    }
    for (name, hidden) in list {
        let mut cells = Vec::new();
        {
            let mut reader = book
                .worksheet_cells_reader(&name)
                .map_err(|e| xlsx_err(Some(&name), e))?;
            while let Some(cell) = reader.next_cell().map_err(|e| xlsx_err(Some(&name), e))? {
                push_cell(
                    &mut cells,
                    budget,
                    &name,
                    cell.get_position(),
                    cell.get_value(),
                )?;
            }
        }
        let merged = match book.merge_cells_by_sheet_name(&name) {
            Ok(dims) => dims.iter().map(to_range).collect(),
            // Merges only help find headers; a damaged list is no reason to refuse the sheet.
            Err(_) => Vec::new(),
        };
        sheets.push(finish_sheet(name, hidden, cells, merged));
    }
    Ok(Workbook { sheets })
}

fn read_xlsb(
    book: &mut Xlsb<Cursor<&[u8]>>,
    budget: &mut CellBudget,
) -> Result<Workbook, ReadError> {
    let mut sheets = Vec::new();
    let list = sheet_list(book.sheets_metadata());
    if list.len() > crate::read::MAX_SHEETS {
        return Err(crate::read::too_many_sheets(list.len()));
    }
    for (name, hidden) in list {
        let mut cells = Vec::new();
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| xlsb_err(Some(&name), e))?;
        while let Some(cell) = reader.next_cell().map_err(|e| xlsb_err(Some(&name), e))? {
            push_cell(
                &mut cells,
                budget,
                &name,
                cell.get_position(),
                cell.get_value(),
            )?;
        }
        sheets.push(finish_sheet(name, hidden, cells, Vec::new()));
    }
    Ok(Workbook { sheets })
}

/// XLS and ODS: calamine hands over each sheet as a range of its used cells.
fn read_ranges<'a, R, E>(
    book: &mut R,
    budget: &mut CellBudget,
    err: fn(Option<&str>, E) -> ReadError,
    merges: impl Fn(&R, &str) -> Vec<Dimensions>,
) -> Result<Workbook, ReadError>
where
    R: Reader<Cursor<&'a [u8]>, Error = E>,
{
    let mut sheets = Vec::new();
    for (name, hidden) in worksheets(book) {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| err(Some(&name), e))?;
        let mut cells = Vec::new();
        for (row, col, value) in range.used_cells() {
            let at = (
                u32::try_from(row).unwrap_or(u32::MAX),
                u32::try_from(col).unwrap_or(u32::MAX),
            );
            // `used_cells` is relative to the range's start.
            let (r0, c0) = range.start().unwrap_or((0, 0));
            let pos = (at.0.saturating_add(r0), at.1.saturating_add(c0));
            push_cell(&mut cells, budget, &name, pos, &data_ref(value))?;
        }
        let merged = merges(book, &name).iter().map(to_range).collect();
        sheets.push(finish_sheet(name, hidden, cells, merged));
    }
    Ok(Workbook { sheets })
}

fn push_cell(
    cells: &mut Vec<(CellRef, Cell)>,
    budget: &mut CellBudget,
    sheet: &str,
    pos: (u32, u32),
    value: &DataRef<'_>,
) -> Result<(), ReadError> {
    let cell = convert(value);
    if cell.is_empty() {
        return Ok(());
    }
    let at = CellRef::from_zero_based(pos);
    budget.check_address(at, sheet)?;
    budget.take(1, sheet)?;
    if let Cell::Text(t) = &cell {
        budget.take_text(t.len() as u64, sheet)?;
    }
    cells.push((at, cell));
    Ok(())
}

fn finish_sheet(
    name: String,
    hidden: bool,
    cells: Vec<(CellRef, Cell)>,
    merged: Vec<CellRange>,
) -> Sheet {
    let mut sheet = Sheet::from_cells(name, cells);
    sheet.hidden = hidden;
    sheet.merged = merged;
    sheet
}

fn to_range(d: &Dimensions) -> CellRange {
    CellRange::new(
        CellRef::from_zero_based(d.start),
        CellRef::from_zero_based(d.end),
    )
}

/// Puts back the formula errors calamine read as empty ODS cells.
fn add_ods_errors(workbook: &mut Workbook, tables: &[TableScan]) {
    for sheet in &mut workbook.sheets {
        let Some(table) = tables.iter().find(|t| t.name == sheet.name) else {
            continue;
        };
        // calamine leaves an error cell empty or gives its shown text ("#REF!") as a
        // string, depending on its version; either way the scan knows it is an error.
        let is_error_cell = |at: CellRef, error: &str| {
            let cell = sheet.get(at);
            cell.is_empty() || matches!(cell, Cell::Text(t) if t == error)
        };
        let errors: Vec<(CellRef, Cell)> = table
            .errors
            .iter()
            .filter(|(at, e)| is_error_cell(*at, e))
            .map(|(at, e)| (*at, Cell::Error(e.clone())))
            .collect();
        if !errors.is_empty() {
            let replaced: std::collections::HashSet<CellRef> =
                errors.iter().map(|(at, _)| *at).collect();
            let mut cells: Vec<(CellRef, Cell)> = sheet
                .cells()
                .filter(|(at, _)| !replaced.contains(at))
                .map(|(at, c)| (at, c.clone()))
                .collect();
            cells.extend(errors);
            let rebuilt = Sheet::from_cells(sheet.name.clone(), cells);
            sheet.rows = rebuilt.rows;
        }
    }
}

fn merged_from_scan(tables: &[TableScan], name: &str) -> Vec<Dimensions> {
    tables
        .iter()
        .find(|t| t.name == name)
        .map(|t| {
            t.merged
                .iter()
                .map(|r| Dimensions {
                    start: (r.start.row - 1, r.start.col - 1),
                    end: (r.end.row - 1, r.end.col - 1),
                })
                .collect()
        })
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------
// Values

fn convert(value: &DataRef<'_>) -> Cell {
    match value {
        DataRef::Empty => Cell::Empty,
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) if f.is_finite() => Cell::Number(*f),
        DataRef::Float(_) => Cell::Error("#NUM!".into()),
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) => excel_datetime(*dt),
        DataRef::DateTimeIso(s) => iso_datetime(s),
        DataRef::DurationIso(s) => iso_duration(s).map_or_else(|| text(s), Cell::Duration),
        DataRef::Error(e) => Cell::Error(e.to_string()),
    }
}

/// A borrowed view of an owned calamine value, so both reading paths share `convert`.
fn data_ref(d: &Data) -> DataRef<'_> {
    match d {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(dt) => DataRef::DateTime(*dt),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

fn text(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

/// An Excel serial with its date system, as calamine gives it for date-formatted cells.
fn excel_datetime(dt: ExcelDateTime) -> Cell {
    let v = dt.as_f64();
    if dt.is_duration() {
        return duration_from_days(v).map_or(Cell::Number(v), Cell::Duration);
    }
    // Outside 1900-01-00 .. 9999-12-31 the serial is no date; keep the number.
    if !(0.0..2_958_466.0).contains(&v) {
        return Cell::Number(v);
    }
    let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
    let time = NaiveTime::from_hms_milli_opt(h.into(), mi.into(), s.into(), ms.into());
    if v < 1.0 {
        return time.map_or(Cell::Number(v), Cell::Time);
    }
    let Some(date) = NaiveDate::from_ymd_opt(y.into(), mo.into(), d.into()) else {
        return Cell::Number(v);
    };
    match time {
        Some(t) if t == NaiveTime::MIN => Cell::Date(date),
        Some(t) => Cell::DateTime(date.and_time(t)),
        None => Cell::Date(date),
    }
}

fn duration_from_days(days: f64) -> Option<TimeDelta> {
    let ms = days * 86_400_000.0;
    if !ms.is_finite() || ms.abs() > 1e15 {
        return None;
    }
    TimeDelta::try_milliseconds(ms.round() as i64)
}

/// ODS dates: `2025-03-31` or `2025-03-31T10:15:00[.fff]`.
fn iso_datetime(s: &str) -> Cell {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Cell::Date(d);
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f") {
        return if dt.time() == NaiveTime::MIN {
            Cell::Date(dt.date())
        } else {
            Cell::DateTime(dt)
        };
    }
    text(s)
}

/// ODS times and durations: `PT12H30M00S`, `P1DT2H`, `-PT0H15M`, `PT1.5S`.
fn iso_duration(s: &str) -> Option<TimeDelta> {
    let (negative, rest) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s),
    };
    let rest = rest.strip_prefix('P')?;
    let (days_part, time_part) = match rest.split_once('T') {
        Some((d, t)) => (d, t),
        None => (rest, ""),
    };
    let mut seconds = 0.0_f64;
    if !days_part.is_empty() {
        seconds += days_part.strip_suffix('D')?.parse::<f64>().ok()? * 86_400.0;
    }
    let mut number = String::new();
    for c in time_part.chars() {
        let unit = match c {
            '0'..='9' | '.' => {
                number.push(c);
                continue;
            }
            'H' => 3600.0,
            'M' => 60.0,
            'S' => 1.0,
            _ => return None,
        };
        seconds += number.parse::<f64>().ok()? * unit;
        number.clear();
    }
    if !number.is_empty() {
        return None;
    }
    let seconds = if negative { -seconds } else { seconds };
    duration_from_days(seconds / 86_400.0)
}

// ---------------------------------------------------------------------------------------
// Errors

fn encrypted(format: Format) -> ReadError {
    ReadError::Encrypted {
        what: format!("{} workbook", format.name().to_uppercase()),
    }
}

fn corrupt(format: Format, sheet: Option<&str>, e: impl Display) -> ReadError {
    match sheet {
        Some(name) => ReadError::corrupt(format, format!("sheet '{name}': {e}")),
        None => ReadError::corrupt(format, e.to_string()),
    }
}

fn xlsx_err(sheet: Option<&str>, e: XlsxError) -> ReadError {
    match e {
        XlsxError::Password => encrypted(Format::Xlsx),
        e => corrupt(Format::Xlsx, sheet, e),
    }
}

fn xlsb_err(sheet: Option<&str>, e: XlsbError) -> ReadError {
    match e {
        XlsbError::Password => encrypted(Format::Xlsb),
        e => corrupt(Format::Xlsb, sheet, e),
    }
}

fn xls_err(sheet: Option<&str>, e: XlsError) -> ReadError {
    match e {
        XlsError::Password => encrypted(Format::Xls),
        e => corrupt(Format::Xls, sheet, e),
    }
}

fn ods_err(sheet: Option<&str>, e: OdsError) -> ReadError {
    match e {
        OdsError::Password => encrypted(Format::Ods),
        e => corrupt(Format::Ods, sheet, e),
    }
}

/// Calamine reserves room for every cell a sheet's DIMENSIONS record claims before reading
/// any, so a damaged record (rows are 32-bit) aborts the process on allocation. Walks the
/// records after each worksheet BOF in the raw bytes (finding the stream itself would mean
/// parsing the OLE2 directory; a walk broken by a sector boundary just finds nothing) and
/// refuses claims past what an XLS sheet can hold (or the cell limit, if higher), computing
/// the claim as calamine does.
fn check_xls_dimensions(bytes: &[u8], limits: &Limits) -> Result<(), ReadError> {
    // 65,536 rows by 256 columns is all a legitimate XLS sheet can claim.
    let limit = limits.max_cells.max(65_536 * 256);
    const WORKSHEET_BOF: [[u8; 8]; 2] = [
        [0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x10, 0x00], // BIFF8
        [0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x10, 0x00], // BIFF5
    ];
    for start in 0..bytes.len().saturating_sub(8) {
        if !WORKSHEET_BOF
            .iter()
            .any(|bof| bytes[start..].starts_with(bof))
        {
            continue;
        }
        if let Some(cells) = declared_cells(bytes, start) {
            if cells > limit {
                return Err(ReadError::TooLarge(format!(
                    "a sheet declares {cells} cells, more than an XLS sheet can hold ({limit})"
                )));
            }
        }
    }
    Ok(())
}

/// Follows records from a BOF at `start` to the sheet's DIMENSIONS and returns the number
/// of cells calamine would reserve for it.
fn declared_cells(bytes: &[u8], start: usize) -> Option<u64> {
    let u16_at = |i: usize| {
        bytes
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
    };
    let u32_at = |i: usize| {
        bytes
            .get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    let mut at = start;
    for _ in 0..256 {
        let typ = u16_at(at)?;
        let len = usize::from(u16_at(at + 2)?);
        let body = at + 4;
        match (typ, len) {
            (0x0200, 14) | (0x0200, 10) => {
                let (rf, rl, cf, cl) = if len == 14 {
                    (
                        u32_at(body)?,
                        u32_at(body + 4)?,
                        u16_at(body + 8)?,
                        u16_at(body + 10)?,
                    )
                } else {
                    let r = |i| u16_at(i).map(u32::from);
                    (r(body)?, r(body + 2)?, u16_at(body + 4)?, u16_at(body + 6)?)
                };
                return Some(calamine_reservation(rf, rl, cf.into(), cl.into()));
            }
            (0x000A, _) => return None, // EOF of the sheet
            _ => at = body + len,
        }
    }
    None
}

/// `parse_dimensions` then `reserve((end.0 - start.0 + 1) * (end.1 - start.1 + 1))` in
/// calamine, whose u32 arithmetic wraps in release builds.
fn calamine_reservation(rf: u32, rl: u32, cf: u32, cl: u32) -> u64 {
    let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
    if rl >= 1 && cl >= 1 {
        let rows = (rl - 1).wrapping_sub(rf).wrapping_add(1);
        let cols = (cl - 1).wrapping_sub(cf).wrapping_add(1);
        u64::from(rows) * u64::from(cols)
    } else {
        1
    }
}

/// Whether a BIFF workbook stream starts with BOF then FILEPASS (record 0x002F), Excel's
/// mark of an encrypted or XOR-obfuscated XLS. Looks for the pair anywhere in the file,
/// since finding the stream would mean parsing the OLE2 directory.
fn has_filepass(bytes: &[u8]) -> bool {
    bytes.windows(4).enumerate().any(|(i, w)| {
        let bof = w[0] == 0x09 && w[1] == 0x08;
        let len = usize::from(u16::from_le_bytes([w[2], w[3]]));
        bof && (8..=20).contains(&len)
            && bytes.get(i + 4 + len..i + 6 + len) == Some(&[0x2F, 0x00][..])
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// OLE2 directory entries store stream names in UTF-16LE.
fn has_utf16_name(bytes: &[u8], name: &str) -> bool {
    let needle: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    find(bytes, &needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{CellErrorType, ExcelDateTimeType};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn serial(v: f64, is_1904: bool) -> Cell {
        convert(&DataRef::DateTime(ExcelDateTime::new(
            v,
            ExcelDateTimeType::DateTime,
            is_1904,
        )))
    }

    #[test]
    fn excel_dates_in_both_date_systems() {
        assert_eq!(serial(45747.0, false), Cell::Date(ymd(2025, 3, 31)));
        // The same day in the 1904 system is 1462 days less.
        assert_eq!(serial(45747.0 - 1462.0, true), Cell::Date(ymd(2025, 3, 31)));
        assert_eq!(serial(59.0, false), Cell::Date(ymd(1900, 2, 28)));
        assert_eq!(serial(61.0, false), Cell::Date(ymd(1900, 3, 1)));
        assert_eq!(
            serial(45747.5, false),
            Cell::DateTime(ymd(2025, 3, 31).and_hms_opt(12, 0, 0).unwrap())
        );
        assert_eq!(
            serial(0.75, false),
            Cell::Time(NaiveTime::from_hms_opt(18, 0, 0).unwrap())
        );
        assert_eq!(serial(-3.0, false), Cell::Number(-3.0));
        assert_eq!(serial(9e9, false), Cell::Number(9e9));
        let d = convert(&DataRef::DateTime(ExcelDateTime::new(
            1.5,
            ExcelDateTimeType::TimeDelta,
            false,
        )));
        assert_eq!(d, Cell::Duration(TimeDelta::hours(36)));
    }

    #[test]
    fn plain_values_convert() {
        assert_eq!(convert(&DataRef::Int(12)), Cell::Number(12.0));
        assert_eq!(
            convert(&DataRef::Float(f64::NAN)),
            Cell::Error("#NUM!".into())
        );
        assert_eq!(convert(&DataRef::String(String::new())), Cell::Empty);
        assert_eq!(convert(&DataRef::SharedString("x")), Cell::Text("x".into()));
        assert_eq!(
            convert(&DataRef::Error(CellErrorType::Ref)),
            Cell::Error("#REF!".into())
        );
    }

    #[test]
    fn ods_iso_values() {
        assert_eq!(iso_datetime("2025-03-31"), Cell::Date(ymd(2025, 3, 31)));
        assert_eq!(
            iso_datetime("2025-03-31T09:30:00"),
            Cell::DateTime(ymd(2025, 3, 31).and_hms_opt(9, 30, 0).unwrap())
        );
        assert_eq!(iso_datetime("soon"), Cell::Text("soon".into()));
        assert_eq!(iso_duration("PT12H30M00S"), Some(TimeDelta::minutes(750)));
        assert_eq!(iso_duration("P1DT2H"), Some(TimeDelta::hours(26)));
        assert_eq!(iso_duration("-PT0H15M"), Some(TimeDelta::minutes(-15)));
        assert_eq!(iso_duration("PT1.5S"), Some(TimeDelta::milliseconds(1500)));
        for bad in ["", "P", "PTxH", "PT12", "12H", "PT1H2X"] {
            let got = iso_duration(bad);
            assert!(got.is_none() || bad == "P", "{bad:?} gave {got:?}");
        }
    }

    #[test]
    fn ole2_wrapped_xlsx_is_encrypted_or_corrupt() {
        let mut ole = OLE2_MAGIC.to_vec();
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        let err = read(&ole, Format::Xlsx, &Limits::default()).unwrap_err();
        assert!(matches!(err, ReadError::Encrypted { .. }), "{err}");
        let err = read(&OLE2_MAGIC, Format::Ods, &Limits::default()).unwrap_err();
        assert!(matches!(err, ReadError::Corrupt { .. }), "{err}");
    }

    #[test]
    fn filepass_after_bof_marks_an_encrypted_xls() {
        let mut biff = OLE2_MAGIC.to_vec();
        biff.extend([0x09, 0x08, 0x10, 0x00]);
        biff.extend([0u8; 16]);
        biff.extend([0x2F, 0x00, 0x06, 0x00]);
        assert!(has_filepass(&biff));
        biff[4 + 8 + 16] = 0x3D; // some other record
        assert!(!has_filepass(&biff));
        assert!(!has_filepass(&[0x09, 0x08, 0xFF, 0xFF]));
    }

    #[test]
    fn huge_xls_dimensions_are_refused() {
        let mut biff = OLE2_MAGIC.to_vec();
        biff.extend([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x10, 0x00]);
        biff.extend([0u8; 12]);
        biff.extend([0x0B, 0x02, 0x02, 0x00, 0, 0]); // INDEX, skipped over
        let dims = |rows: u32, cols: u16| {
            let mut r = vec![0x00, 0x02, 0x0E, 0x00];
            r.extend(0u32.to_le_bytes());
            r.extend(rows.to_le_bytes());
            r.extend(0u16.to_le_bytes());
            r.extend(cols.to_le_bytes());
            r.extend([0, 0]);
            r
        };
        let ok = [biff.clone(), dims(65_536, 256)].concat();
        assert!(check_xls_dimensions(&ok, &Limits::default()).is_ok());
        let bad = [biff.clone(), dims(u32::MAX, 255)].concat();
        assert!(matches!(
            check_xls_dimensions(&bad, &Limits::default()),
            Err(ReadError::TooLarge(_))
        ));
        // End row before start row: calamine's subtraction wraps.
        assert!(calamine_reservation(10, 5, 0, 1) > 1 << 31);
        assert_eq!(calamine_reservation(0, 0, 0, 0), 1);
    }

    #[test]
    fn junk_is_corrupt_for_every_format() {
        for format in [Format::Xlsx, Format::Xlsb, Format::Xls, Format::Ods] {
            for bytes in [&b""[..], b"PK\x03\x04junk", b"hello"] {
                let err = read(bytes, format, &Limits::default()).unwrap_err();
                assert!(matches!(err, ReadError::Corrupt { .. }), "{format}: {err}");
            }
        }
    }
}
