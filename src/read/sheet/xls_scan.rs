//! A walk over an XLS workbook stream (BIFF records) before calamine parses it, counting what
//! calamine would build, since calamine builds all of it inside `Xls::new`, before any cell
//! reaches `CellBudget`.
//!
//! Calamine reads every sheet a BOUNDSHEET record points at (two records may point at the
//! same sheet data, so 5,000 names over one 100,000-cell sheet are 500 million cells), copies
//! a shared string into every LABELSST cell that names it (one 64 KiB string in 200,000
//! cells is 13 GB), and makes each sheet a dense range from its first to its last cell (cells
//! at A1 and at row 65,536, column 65,536 are four billion slots of 32 bytes). It also takes
//! CONTINUE records off the front of a list one at a time, so a record followed by a million
//! empty CONTINUE records (4 MB) costs it hours. Each of these ended or stalled a whole scan.
//!
//! This walk mirrors calamine's record reading closely enough to count, for the workbook:
//! cells, the dense span of values and of formulas per sheet, the cell text, the strings of
//! the shared-string table (SST) and the CONTINUE records after one record, and refuses the
//! file with the sheet and the limit it broke. Where calamine would stop with an error, the
//! walk stops counting and lets calamine give that error.

use super::{column_letters, CellBudget};
use crate::read::{Limits, ReadError};

/// Most CONTINUE records after one record. Excel writes them at most 8,224 bytes apart, so
/// 32,768 carry 256 MiB (the default `max-file-mib`); calamine's cost grows with the square
/// of the count (0.3 s at 32,768 on the reference machine, 2.9 s at 100,000).
pub(super) const MAX_CONTINUES: usize = 32_768;

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const CONTINUE: u16 = 0x003C;
const BOUNDSHEET: u16 = 0x0085;
const SST: u16 = 0x00FC;

/// One record with the CONTINUE records calamine joins to it.
struct Record<'a> {
    typ: u16,
    data: &'a [u8],
    cont: Vec<&'a [u8]>,
}

/// Calamine's `RecordIter`: `None` where calamine would end or fail.
struct Records<'a> {
    stream: &'a [u8],
    /// Offset of `stream` in the workbook stream, for messages.
    at: usize,
}

impl<'a> Records<'a> {
    fn next(&mut self) -> Result<Option<Record<'a>>, ReadError> {
        let s = self.stream;
        if s.len() < 4 {
            return Ok(None);
        }
        let typ = u16_at(s, 0);
        let len = usize::from(u16_at(s, 2));
        let Some(data) = s.get(4..4 + len) else {
            return Ok(None);
        };
        let start = self.at;
        self.advance(4 + len);
        let mut cont = Vec::new();
        while self.stream.len() > 4 && u16_at(self.stream, 0) == CONTINUE {
            let len = usize::from(u16_at(self.stream, 2));
            let Some(part) = self.stream.get(4..4 + len) else {
                return Ok(None);
            };
            cont.push(part);
            self.advance(4 + len);
            if cont.len() > MAX_CONTINUES {
                return Err(ReadError::TooLarge(format!(
                    "record {typ:#06x} at byte {start} of the workbook stream is followed by more than {MAX_CONTINUES} CONTINUE records"
                )));
            }
        }
        Ok(Some(Record { typ, data, cont }))
    }

    fn advance(&mut self, n: usize) {
        self.stream = &self.stream[n..];
        self.at += n;
    }
}

fn u16_at(b: &[u8], i: usize) -> u16 {
    u16::from_le_bytes([b[i], b[i + 1]])
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]])
}

/// A sheet as the globals list it: where its records start and its name.
struct BoundSheet {
    pos: usize,
    name: String,
}

/// Checks the workbook stream against the limits.
pub(super) fn check(stream: &[u8], limits: &Limits) -> Result<(), ReadError> {
    let mut records = Records { stream, at: 0 };
    let mut sheets = Vec::new();
    let mut strings = Strings::default();
    while let Some(mut r) = records.next()? {
        match r.typ {
            BOUNDSHEET if r.data.len() >= 6 => sheets.push(BoundSheet {
                pos: u32_at(r.data, 0) as usize,
                name: short_string(&r.data[6..]),
            }),
            SST => strings = sst(&mut r, limits),
            EOF => break,
            _ => {}
        }
    }
    if sheets.len() > crate::read::MAX_SHEETS {
        return Err(crate::read::too_many_sheets(sheets.len()));
    }
    let mut budget = CellBudget::new(limits);
    // Dense slots across the workbook, values and formulas apart (calamine keeps both).
    let mut values_span = 0u64;
    let mut formulas_span = 0u64;
    for sheet in &sheets {
        // Past the end calamine panics (caught by the caller); nothing to count.
        let Some(body) = stream.get(sheet.pos..) else {
            continue;
        };
        let count = sheet_cells(body, sheet.pos, &strings.chars, &mut budget, &sheet.name)?;
        values_span = values_span.saturating_add(count.values.slots());
        formulas_span = formulas_span.saturating_add(count.formulas.slots());
        for (span, what) in [
            (values_span, &count.values),
            (formulas_span, &count.formulas),
        ] {
            if span > limits.max_cells {
                return Err(ReadError::TooLarge(format!(
                    "sheet '{}' spans {} ({} cells once filled in), taking the workbook past {} cells",
                    sheet.name,
                    what.describe(),
                    what.slots(),
                    limits.max_cells
                )));
            }
        }
    }
    // After the sheets, so that a sheet over the limits is named when both apply.
    strings.over.map_or(Ok(()), Err)
}

/// The name in a BIFF8 ShortXLUnicodeString, for messages only.
fn short_string(b: &[u8]) -> String {
    let (Some(&cch), Some(&flags)) = (b.first(), b.get(1)) else {
        return String::new();
    };
    let body = b.get(2..).unwrap_or_default();
    let cch = usize::from(cch);
    if flags & 1 == 0 {
        body.iter().take(cch).map(|&c| char::from(c)).collect()
    } else {
        let units: Vec<u16> = body
            .chunks_exact(2)
            .take(cch)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    }
}

/// The shared-string table as far as the scan needs it.
#[derive(Default)]
struct Strings {
    /// Each string's character count, up to the first over the limits.
    chars: Vec<u32>,
    /// Why the table is refused, if it is.
    over: Option<ReadError>,
}

/// The character count of each SST string, read as calamine's `parse_sst` reads them; the
/// table is refused past `max-cells` strings (each is a `String` in calamine, 24 bytes even
/// when empty, so 3-byte empty entries made it 8 times the file) or `max-total-mib` of text.
fn sst(r: &mut Record<'_>, limits: &Limits) -> Strings {
    let mut out = Vec::new();
    let Some(rest) = r.data.get(8..) else {
        return Strings::default();
    };
    let mut cur = Cursor {
        data: rest,
        cont: std::mem::take(&mut r.cont).into_iter(),
    };
    let mut text = 0u64;
    loop {
        if cur.data.is_empty() && !cur.next_part() {
            break;
        }
        let Some(cch) = cur.rich_string() else {
            break;
        };
        out.push(cch);
        text += u64::from(cch);
        let over = if out.len() as u64 > limits.max_cells {
            format!(
                "the shared-string table holds more than {} strings (max-cells)",
                limits.max_cells
            )
        } else if text > limits.max_total_bytes {
            format!(
                "the shared-string table holds more than {} MiB of text (max-total-mib)",
                limits.max_total_bytes / crate::read::MIB
            )
        } else {
            continue;
        };
        return Strings {
            chars: out,
            over: Some(ReadError::TooLarge(over)),
        };
    }
    Strings {
        chars: out,
        over: None,
    }
}

/// A record's data and its CONTINUE parts, consumed as calamine's `Record` consumes them.
struct Cursor<'a> {
    data: &'a [u8],
    cont: std::vec::IntoIter<&'a [u8]>,
}

impl Cursor<'_> {
    fn next_part(&mut self) -> bool {
        match self.cont.next() {
            Some(part) => {
                self.data = part;
                true
            }
            None => false,
        }
    }

    /// `read_rich_extended_string`: the character count, or `None` where calamine fails.
    fn rich_string(&mut self) -> Option<u32> {
        if self.data.is_empty() {
            return Some(0);
        }
        let d = self.data;
        let cch = usize::from(u16_at(d.get(..3)?, 0));
        let flags = d[2];
        self.data = &d[3..];
        let mut runs = 0usize;
        if flags & 0x8 != 0 {
            runs = usize::from(u16_at(self.data.get(..2)?, 0));
            self.data = &self.data[2..];
        }
        let mut ext = 0usize;
        if flags & 0x4 != 0 {
            let b = self.data.get(..4)?;
            ext = i32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
            self.data = &self.data[4..];
        }
        // The characters, split across CONTINUE records; each part after a split starts
        // with a byte giving the width of what follows.
        let mut high = flags & 1 != 0;
        let mut left = cch;
        while left > 0 {
            let width = if high { 2 } else { 1 };
            let n = left.min(self.data.len() / width);
            self.data = &self.data[n * width..];
            left -= n;
            if left > 0 {
                if !self.next_part() {
                    return None;
                }
                high = self.data.first()? & 1 != 0;
                self.data = &self.data[1..];
            }
        }
        self.skip(runs.checked_mul(4)?)?;
        self.skip(ext)?;
        Some(cch as u32)
    }

    fn skip(&mut self, mut len: usize) -> Option<()> {
        while len > 0 {
            if self.data.is_empty() && !self.next_part() {
                return None;
            }
            let n = len.min(self.data.len());
            self.data = &self.data[n..];
            len -= n;
        }
        Some(())
    }
}

/// The smallest box holding a sheet's cells (0-based), as calamine's `Range::from_sparse`
/// computes it.
#[derive(Default)]
struct Span {
    bounds: Option<(u32, u32, u32, u32)>,
}

impl Span {
    fn add(&mut self, row: u32, col: u32) {
        self.bounds = Some(match self.bounds {
            None => (row, row, col, col),
            Some((r0, r1, c0, c1)) => (r0.min(row), r1.max(row), c0.min(col), c1.max(col)),
        });
    }

    fn slots(&self) -> u64 {
        self.bounds.map_or(0, |(r0, r1, c0, c1)| {
            u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1)
        })
    }

    fn describe(&self) -> String {
        let Some((r0, r1, c0, c1)) = self.bounds else {
            return "nothing".into();
        };
        format!(
            "{}{}:{}{}",
            column_letters(c0 + 1),
            r0 + 1,
            column_letters(c1 + 1),
            r1 + 1
        )
    }
}

struct SheetCount {
    values: Span,
    formulas: Span,
}

/// Walks one sheet's records as calamine's sheet loop does, taking its cells and their text
/// from the budget.
fn sheet_cells(
    body: &[u8],
    pos: usize,
    strings: &[u32],
    budget: &mut CellBudget,
    name: &str,
) -> Result<SheetCount, ReadError> {
    let mut records = Records {
        stream: body,
        at: pos,
    };
    let mut count = SheetCount {
        values: Span::default(),
        formulas: Span::default(),
    };
    let mut fmla_pos = (0u32, 0u32);
    let mut seen_bof = false;
    let mut depth = 0usize;
    while let Some(r) = records.next()? {
        let d = r.data;
        if depth > 0 {
            match r.typ {
                BOF => depth += 1,
                EOF => depth -= 1,
                _ => {}
            }
            continue;
        }
        let at = |d: &[u8]| (u32::from(u16_at(d, 0)), u32::from(u16_at(d, 2)));
        let mut cell = |pos: (u32, u32), text: u64| -> Result<(), ReadError> {
            budget.take(1, name)?;
            budget.take_text(text, name)?;
            count.values.add(pos.0, pos.1);
            Ok(())
        };
        match r.typ {
            BOF if seen_bof => depth += 1,
            BOF => seen_bof = true,
            EOF => break,
            // Number, BoolErr, RK
            0x0203 | 0x0205 | 0x027E if d.len() >= 4 => cell(at(d), 0)?,
            // Label, RString: the string's character count follows row, column and format.
            0x0204 | 0x00D6 if d.len() >= 8 => cell(at(d), u64::from(u16_at(d, 6)))?,
            // String (a formula's text value), at the formula's place.
            0x0207 if d.len() >= 2 => cell(fmla_pos, u64::from(u16_at(d, 0)))?,
            // LabelSst: a copy of the shared string, if the index is in the table.
            0x00FD if d.len() >= 10 => {
                if let Some(&cch) = strings.get(u32_at(d, 6) as usize) {
                    cell(at(d), u64::from(cch))?;
                }
            }
            // MulRk: row, first column, six bytes a cell, last column.
            0x00BD if d.len() >= 6 => {
                let (row, first) = at(d);
                let n = (d.len() - 6) / 6;
                let last = u16_at(d, d.len() - 2);
                let claimed = usize::from(last.wrapping_sub(first as u16).wrapping_add(1));
                if n > 0 && claimed == n {
                    budget.take(n as u64, name)?;
                    count.values.add(row, first);
                    count.values.add(row, first + n as u32 - 1);
                }
            }
            // Formula: a value cell (counted even when calamine finds the value in the
            // String record that follows) and a formula cell.
            0x0006 if d.len() >= 20 => {
                fmla_pos = at(d);
                cell(fmla_pos, 0)?;
                count.formulas.add(fmla_pos.0, fmla_pos.1);
            }
            _ => {}
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut d = row.to_le_bytes().to_vec();
        d.extend(col.to_le_bytes());
        d.extend([0u8; 10]);
        rec(0x0203, &d)
    }

    /// Globals naming `names` sheets, all at the one sheet body that follows.
    fn stream(names: usize, sst: &[u8], body: &[u8]) -> Vec<u8> {
        let bof = rec(BOF, &[0, 6, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        let bs_len = rec(BOUNDSHEET, &[0; 9]).len();
        let globals = bof.len() + bs_len * names + sst.len() + 4;
        let mut s = bof.clone();
        for i in 0..names {
            let mut d = (globals as u32).to_le_bytes().to_vec();
            d.extend([0, 0, 1, 0, b'A' + i as u8]);
            s.extend(rec(BOUNDSHEET, &d));
        }
        s.extend(sst);
        s.extend(rec(EOF, &[]));
        s.extend(rec(
            BOF,
            &[0, 6, 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ));
        s.extend(body);
        s.extend(rec(EOF, &[]));
        s
    }

    fn limits(cells: u64) -> Limits {
        Limits {
            max_cells: cells,
            ..Limits::default()
        }
    }

    #[test]
    fn sheets_sharing_one_body_each_count() {
        let body: Vec<u8> = (0..10).flat_map(|r| number(r, 0)).collect();
        assert!(check(&stream(1, &[], &body), &limits(10)).is_ok());
        let err = check(&stream(2, &[], &body), &limits(10)).unwrap_err();
        assert!(err.to_string().contains("'B'"), "{err}");
    }

    #[test]
    fn the_span_of_far_apart_cells_counts() {
        let body = [number(0, 0), number(65535, 65535)].concat();
        let err = check(&stream(1, &[], &body), &limits(5_000_000)).unwrap_err();
        assert!(err.to_string().contains("A1:CRXP65536"), "{err}");
    }

    #[test]
    fn shared_strings_count_in_every_cell_that_names_them() {
        let mut sst = 1u32.to_le_bytes().to_vec();
        sst.extend(1u32.to_le_bytes());
        sst.extend([0xE8, 0x03, 0]); // 1,000 one-byte characters
        sst.extend([b'x'; 1000]);
        let sst = rec(SST, &sst);
        let label = |row: u16| {
            let mut d = row.to_le_bytes().to_vec();
            d.extend([0, 0, 0, 0, 0, 0, 0, 0]);
            rec(0x00FD, &d)
        };
        let body: Vec<u8> = (0..100).flat_map(label).collect();
        let small = Limits {
            max_total_bytes: 50_000,
            ..Limits::default()
        };
        let err = check(&stream(1, &sst, &body), &small).unwrap_err();
        assert!(err.to_string().contains("cell text"), "{err}");
        assert!(check(&stream(1, &sst, &body[..10 * 14]), &small).is_ok());
    }

    #[test]
    fn empty_shared_strings_count_against_the_cell_limit() {
        let mut sst = 0u32.to_le_bytes().to_vec();
        sst.extend(0u32.to_le_bytes());
        sst.extend([0u8; 3 * 20]);
        let err = check(&stream(1, &rec(SST, &sst), &[]), &limits(10)).unwrap_err();
        assert!(err.to_string().contains("shared-string table"), "{err}");
    }

    #[test]
    fn a_flood_of_continue_records_is_refused() {
        let mut sst = rec(SST, &[0; 8]);
        for _ in 0..=MAX_CONTINUES {
            sst.extend(rec(CONTINUE, &[]));
        }
        let err = check(&stream(1, &sst, &[]), &Limits::default()).unwrap_err();
        assert!(err.to_string().contains("CONTINUE"), "{err}");
    }
}
