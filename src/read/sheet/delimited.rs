//! CSV and TSV: decodes the bytes (UTF-8 with or without BOM, UTF-16 with BOM, else
//! Windows-1252, which is what Excel on Windows writes as "CSV"), sniffs the delimiter
//! (`,` `;` tab `|`) and reads one sheet named after the file.
//!
//! CSV carries no types, so every value stays `Cell::Text` exactly as written: `007` is an
//! identifier, not the number 7. The `Cell::as_*` helpers read numbers and dates from text.
//! Rows are numbered as a program shows them: a record is one row even when a quoted field
//! spans lines, and a blank line is an empty row.

#[cfg(test)]
use super::MAX_COL;
use super::{CellBudget, CellRef, Sheet, Workbook};
use crate::read::{Limits, ReadError};
use std::borrow::Cow;
use std::path::Path;

const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];
/// Lines looked at to choose the delimiter.
const SNIFF_LINES: usize = 50;

pub(super) fn read(bytes: &[u8], path: &Path, limits: &Limits) -> Result<Workbook, ReadError> {
    let text = decode(bytes);
    let prefer_tab = crate::read::extension(path) == "tsv";
    let delimiter = sniff_delimiter(&text, prefer_tab);
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Sheet1".to_string());
    check_widths(text.as_bytes(), delimiter, &name)?;
    let sheet = parse(&text, delimiter, &name, limits)?;
    Ok(Workbook {
        sheets: vec![sheet],
    })
}

/// Text of the file: by byte-order mark, else UTF-16 if it looks it, else UTF-8 if it is
/// valid, else Windows-1252.
pub(super) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return encoding.decode_without_bom_handling(body).0;
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return encoding.decode_without_bom_handling(bytes).0;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// UTF-16 saved without a byte-order mark (some exports do): Latin text in it has a NUL in
/// every other byte, which is valid UTF-8, so without this check every heading was read
/// with NULs between its letters and no table was recognised. Decides on the first 4 KiB:
/// most odd (little-endian) or even (big-endian) bytes NUL and almost none of the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let nul_even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let nul_odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 7;
    let hardly = |n: usize| n * 20 <= pairs;
    if mostly(nul_odd) && hardly(nul_even) {
        Some(encoding_rs::UTF_16LE)
    } else if mostly(nul_even) && hardly(nul_odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Refuses a record of more fields than a sheet has columns (XFD, 16,384) before the csv
/// crate reads it: the crate keeps every field's end, blank or not, so one line of 60
/// million commas took 1.6 GB. No spreadsheet program writes such a line. Follows quoting as
/// the csv crate does (a quote opens a quoted field only at the field's start; `""` inside
/// is a quote), and counts rows as `parse` numbers them, for the message.
fn check_widths(raw: &[u8], delimiter: u8, sheet: &str) -> Result<(), ReadError> {
    #[derive(PartialEq)]
    enum State {
        Start,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = State::Start;
    let mut fields: u32 = 1;
    let mut row: u32 = 1;
    let mut prev_cr = false;
    for &b in raw {
        let was_cr = std::mem::replace(&mut prev_cr, b == b'\r');
        match (&state, b) {
            (State::Quoted, b'"') => state = State::QuoteInQuoted,
            (State::Quoted, _) => {}
            (State::QuoteInQuoted, b'"') => state = State::Quoted,
            (State::Start, b'"') => state = State::Quoted,
            (_, b'\n') if was_cr => {}
            (_, b'\r' | b'\n') => {
                state = State::Start;
                fields = 1;
                row = row.saturating_add(1);
            }
            (_, d) if d == delimiter => {
                state = State::Start;
                fields += 1;
                if fields > super::MAX_COL {
                    return Err(ReadError::TooLarge(format!(
                        "sheet '{sheet}' has a row (row {row}) of more than {} fields, wider than the largest sheet a spreadsheet can hold (A1:XFD{})",
                        super::MAX_COL,
                        super::MAX_ROW
                    )));
                }
            }
            _ => state = State::Unquoted,
        }
    }
    Ok(())
}

/// The delimiter that splits the first lines into the same number of fields most often;
/// ties go to the one giving more fields. Delimiters inside quotes do not count.
pub(super) fn sniff_delimiter(text: &str, prefer_tab: bool) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_LINES)
        .collect();
    let mut best = (b',', 0usize, 0usize);
    for d in DELIMITERS {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
        let Some(mode) = mode_of_nonzero(&counts) else {
            continue;
        };
        let agreeing = counts.iter().filter(|&&c| c == mode).count();
        if prefer_tab && d == b'\t' {
            return d;
        }
        if (agreeing, mode) > (best.1, best.2) {
            best = (d, agreeing, mode);
        }
    }
    best.0
}

fn count_outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            n += 1;
        }
    }
    n
}

fn mode_of_nonzero(counts: &[usize]) -> Option<usize> {
    let mut sorted: Vec<usize> = counts.iter().copied().filter(|&c| c > 0).collect();
    sorted.sort_unstable();
    let mut best: Option<(usize, usize)> = None; // (run length, value)
    for run in sorted.chunk_by(|a, b| a == b) {
        let candidate = (run.len(), run[0]);
        if best.is_none_or(|b| candidate > b) {
            best = Some(candidate);
        }
    }
    best.map(|(_, value)| value)
}

fn parse(text: &str, delimiter: u8, name: &str, limits: &Limits) -> Result<Sheet, ReadError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut budget = CellBudget::new(limits);
    let mut cells = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut row: u32 = 0;
    // Blank lines are skipped by the csv crate but shown as empty rows by a program, so
    // they count towards the row number.
    let raw = text.as_bytes();
    let mut prev_end: usize = 0;
    loop {
        // Input is already a `str`, so the only errors left are I/O on a slice: none.
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                return Err(ReadError::corrupt(
                    crate::model::Format::Csv,
                    format!("record {}: {e}", row.saturating_add(1)),
                ))
            }
        }
        let start = record.position().map_or(prev_end, |p| p.byte() as usize);
        let end = reader.position().byte() as usize;
        let blank_lines = leading_blank_lines(raw, prev_end, start);
        prev_end = end;
        row = row
            .saturating_add(1)
            .saturating_add(u32::try_from(blank_lines).unwrap_or(u32::MAX));
        let before = cells.len();
        for (i, field) in record.iter().enumerate() {
            if field.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let col = u32::try_from(i + 1).unwrap_or(u32::MAX);
            let at = CellRef::new(row, col);
            budget.check_address(at, name)?;
            budget.take_text(field.len() as u64, name)?;
            let value = String::from_utf8_lossy(field).into_owned();
            cells.push((at, super::Cell::Text(value)));
        }
        budget.take((cells.len() - before) as u64, name)?;
    }
    Ok(Sheet::from_cells(name, cells))
}

/// Line breaks before a record's first field, within the bytes the csv crate consumed for
/// it; a `\n` that completes the previous record's `\r\n` is no blank line.
fn leading_blank_lines(raw: &[u8], prev_end: usize, start: usize) -> usize {
    let run: &[u8] = raw.get(start..).unwrap_or_default();
    let run_len = run
        .iter()
        .take_while(|b| matches!(b, b'\r' | b'\n'))
        .count();
    let mut run = run.get(..run_len).unwrap_or_default();
    let prev_ended_in_cr = prev_end > 0 && raw.get(prev_end - 1) == Some(&b'\r');
    if prev_ended_in_cr && start == prev_end {
        run = run.strip_prefix(b"\n").unwrap_or(run);
    }
    let mut breaks = 0;
    let mut i = 0;
    while let Some(&b) = run.get(i) {
        breaks += 1;
        i += if b == b'\r' && run.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::sheet::Cell;

    fn read_str(bytes: &[u8], name: &str) -> Sheet {
        read(bytes, Path::new(name), &Limits::default())
            .unwrap()
            .sheets
            .remove(0)
    }

    fn at(s: &str) -> CellRef {
        s.parse().unwrap()
    }

    #[test]
    fn sniffs_each_delimiter() {
        for d in [",", ";", "\t", "|"] {
            let csv =
                format!("Supplier{d}Value{d}Date\nAcme Ltd{d}1,204{d}31/03/2025\nBeta{d}7{d}\n");
            let sheet = read_str(csv.as_bytes(), "r.csv");
            assert_eq!(sheet.get(at("A2")).as_text(), "Acme Ltd", "{d:?}");
            assert_eq!(sheet.get(at("C1")).as_text(), "Date", "{d:?}");
        }
    }

    #[test]
    fn quoted_delimiters_do_not_fool_the_sniffer() {
        let csv = "\"Name; trading as\";Amount\n\"Smith, Jones & Co; Ltd\";\"1,250\"\n";
        let sheet = read_str(csv.as_bytes(), "r.csv");
        assert_eq!(sheet.get(at("A2")).as_text(), "Smith, Jones & Co; Ltd");
        assert_eq!(sheet.get(at("B2")).as_number(), Some(1250.0));
    }

    #[test]
    fn tsv_extension_prefers_tab() {
        let sheet = read_str(b"a,b\tc\nd,e\tf\n", "x.tsv");
        assert_eq!(sheet.get(at("A1")).as_text(), "a,b");
    }

    #[test]
    fn encodings_by_bom_then_utf8_then_windows_1252() {
        let utf8_bom = b"\xEF\xBB\xBFName,Fee\nCaf\xC3\xA9,\xC2\xA310\n";
        let sheet = read_str(utf8_bom, "a.csv");
        assert_eq!(sheet.get(at("A1")).as_text(), "Name", "BOM stripped");
        assert_eq!(sheet.get(at("A2")).as_text(), "Café");

        let mut utf16le = vec![0xFF, 0xFE];
        utf16le.extend(
            "Name;Fee\nCafé;£10\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        );
        let sheet = read_str(&utf16le, "a.csv");
        assert_eq!(sheet.get(at("B2")).as_number(), Some(10.0));
        assert_eq!(sheet.get(at("A2")).as_text(), "Café");

        let mut utf16be = vec![0xFE, 0xFF];
        utf16be.extend(
            "Name\tFee\nCafé\t£10\n"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        );
        assert_eq!(read_str(&utf16be, "a.csv").get(at("A2")).as_text(), "Café");

        let cp1252 = b"Name,Fee\nCaf\xE9,\xA310\n\x93quoted\x94,1\n";
        let sheet = read_str(cp1252, "a.csv");
        assert_eq!(sheet.get(at("A2")).as_text(), "Café");
        assert_eq!(sheet.get(at("B2")).as_text(), "£10");
        assert_eq!(sheet.get(at("A3")).as_text(), "\u{201C}quoted\u{201D}");
    }

    #[test]
    fn values_stay_text_and_rows_are_records() {
        let csv = "id,note\n007,\"two\nlines\"\n,\n\n8,x\n";
        let sheet = read_str(csv.as_bytes(), "ids.csv");
        assert_eq!(sheet.name, "ids");
        assert_eq!(sheet.get(at("A2")), &Cell::Text("007".into()));
        assert_eq!(sheet.get(at("B2")).as_text(), "two\nlines");
        // A quoted field over two lines is one row; the blank line is an empty row.
        assert_eq!(sheet.get(at("A5")).as_text(), "8");
        assert_eq!(sheet.rows().len(), 3);
    }

    #[test]
    fn blank_lines_count_as_rows_whatever_the_line_ends() {
        for (csv, want) in [
            ("a\n\nb", "A3"),
            ("a\n\n\nb\n", "A4"),
            ("a\r\n\r\nb\r\n", "A3"),
            ("a\r\nb\r\n", "A2"),
            ("\n\na,\"x\ny\"\n\nb", "A5"),
        ] {
            let sheet = read_str(csv.as_bytes(), "r.csv");
            assert_eq!(sheet.get(at(want)).as_text(), "b", "{csv:?}");
        }
    }

    #[test]
    fn ragged_rows_and_stray_quotes_are_read() {
        let csv = "a,b,c\n1\n1,2,3,4,5\n\"unterminated,x\n";
        let sheet = read_str(csv.as_bytes(), "r.csv");
        assert_eq!(sheet.get(at("E3")).as_text(), "5");
        assert!(sheet.get(at("A4")).as_text().starts_with("unterminated"));
    }

    #[test]
    fn cell_limit_names_the_sheet() {
        let limits = Limits {
            max_cells: 5,
            ..Limits::default()
        };
        let err = read(b"a,b,c\nd,e,f\n", Path::new("reg.csv"), &limits).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge(_)));
        assert!(err.to_string().contains("'reg'"), "{err}");
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let text = "Supplier,Value\nCaf\u{e9} Ltd,10\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for bytes in [le, be] {
            let sheet = read_str(&bytes, "r.csv");
            assert_eq!(sheet.get(at("A1")).as_text(), "Supplier");
            assert_eq!(sheet.get(at("A2")).as_text(), "Caf\u{e9} Ltd");
        }
        // A stray NUL or two in UTF-8 text does not make it UTF-16.
        let sheet = read_str(b"Supplier,Value\nAc\0me,1\n", "r.csv");
        assert_eq!(sheet.get(at("A1")).as_text(), "Supplier");
    }

    #[test]
    fn a_row_wider_than_a_sheet_is_refused_before_it_is_split() {
        let wide = format!("a{}\n", ",".repeat(MAX_COL as usize));
        let err = read(wide.as_bytes(), Path::new("w.csv"), &Limits::default()).unwrap_err();
        assert!(
            err.to_string()
                .contains("sheet 'w' has a row (row 1) of more than 16384 fields"),
            "{err}"
        );
        // As wide as a sheet, or wider only inside quotes, is read.
        let full = format!("x\r\ny{}\r\n", ",".repeat(MAX_COL as usize - 1));
        let sheet = read_str(full.as_bytes(), "w.csv");
        assert_eq!(sheet.get(at("A2")).as_text(), "y");
        let quoted = format!("a,\"{}\"\n", ",".repeat(MAX_COL as usize * 2));
        assert_eq!(
            read_str(quoted.as_bytes(), "w.csv").get(at("A1")).as_text(),
            "a"
        );
    }

    #[test]
    fn empty_input_is_an_empty_sheet() {
        let sheet = read_str(b"", "e.csv");
        assert!(sheet.is_empty());
    }
}
