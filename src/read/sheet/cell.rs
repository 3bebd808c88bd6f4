//! Typed cell values and cell addresses: what one spreadsheet cell holds (`Cell`), where it
//! stands (`CellRef`, `CellRange`, 1-based, shown in A1 style), and the lenient readings later
//! stages need from values people typed (`as_text`, `as_number`, `as_date`, `as_month`).
//!
//! Registers are typed by hand: a date column mixes real dates, Excel serials and text such
//! as `31/3/25`; an amount column mixes numbers and `£1.25m`. The helpers accept what a UK
//! reader would read unambiguously and refuse placeholders (`-`, `n/a`, `TBC`), so a rule can
//! tell "no value" from "a value".

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// Largest column a spreadsheet program offers (XFD).
pub const MAX_COL: u32 = 16_384;
/// Largest row a spreadsheet program offers.
pub const MAX_ROW: u32 = 1_048_576;

/// One cell's value as the file stores it (for formulas, the value last calculated).
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date without a time of day.
    Date(NaiveDate),
    DateTime(NaiveDateTime),
    /// A time of day without a date (an Excel serial below 1 formatted as a time).
    Time(NaiveTime),
    Duration(TimeDelta),
    /// A formula error as the program shows it: `#REF!`, `#N/A`, `#DIV/0!`, ...
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The value as a person sees it in the program: numbers without a needless `.0`,
    /// dates in ISO form (unambiguous in any locale), booleans as `TRUE`/`FALSE`.
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(t) => Cow::Borrowed(t),
            Cell::Number(n) => Cow::Owned(format_number(*n)),
            Cell::Bool(true) => Cow::Borrowed("TRUE"),
            Cell::Bool(false) => Cow::Borrowed("FALSE"),
            Cell::Date(d) => Cow::Owned(d.format("%Y-%m-%d").to_string()),
            Cell::DateTime(dt) if dt.time() == NaiveTime::MIN => {
                Cow::Owned(dt.format("%Y-%m-%d").to_string())
            }
            Cell::DateTime(dt) => Cow::Owned(dt.format("%Y-%m-%d %H:%M:%S").to_string()),
            Cell::Time(t) => Cow::Owned(t.format("%H:%M:%S").to_string()),
            Cell::Duration(d) => Cow::Owned(format_duration(*d)),
            Cell::Error(e) => Cow::Borrowed(e),
        }
    }

    /// A number, from a numeric cell or from text such as `£1,250,000`, `1.25m`, `£120k`,
    /// `(1,204)` (accounting negative) or `12%` (0.12, as the program stores it).
    /// Placeholders (`-`, `n/a`, `*`, `TBC`, blank) and dates give `None`.
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Cell::Number(n) => Some(*n),
            Cell::Text(t) => parse_number(t),
            _ => None,
        }
    }

    /// A calendar date, from a date cell, an Excel serial in a numeric cell (1900 system,
    /// the default of every program; a 1904 workbook's dates arrive as `Date` already), or
    /// text: ISO `2025-03-31`, UK day-first `31/03/2025`, `31/3/25`, `31.03.2025`,
    /// `31 March 2025`, `31st Mar 2025`, `31-Mar-25`, `March 31, 2025`, each optionally
    /// followed by a time. Month-only text (`March 2025`) is no date: see `as_month`.
    /// Two-digit years follow Excel: `00`-`29` are 2000-2029, `30`-`99` 1930-1999.
    pub fn as_date(&self) -> Option<NaiveDate> {
        match self {
            Cell::Date(d) => Some(*d),
            Cell::DateTime(dt) => Some(dt.date()),
            Cell::Number(n) => date_from_serial(*n),
            Cell::Text(t) => parse_date(t),
            _ => None,
        }
    }

    /// A month, from month-only text (`March 2025`, `Mar-25`, `2025-03`) or any date.
    pub fn as_month(&self) -> Option<YearMonth> {
        if let Some(d) = self.as_date() {
            return Some(YearMonth {
                year: d.year(),
                month: d.month(),
            });
        }
        match self {
            Cell::Text(t) => parse_month(t),
            _ => None,
        }
    }
}

/// A calendar month, for registers that date things by month only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    /// 1-12.
    pub month: u32,
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A cell's address, 1-based as the program shows it; displayed as `B7`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct CellRef {
    /// 1-based row (1 = the first row).
    pub row: u32,
    /// 1-based column (1 = A).
    pub col: u32,
}

impl CellRef {
    pub fn new(row: u32, col: u32) -> Self {
        CellRef { row, col }
    }

    /// From a 0-based (row, column) pair as calamine gives it.
    pub(crate) fn from_zero_based((row, col): (u32, u32)) -> Self {
        CellRef {
            row: row.saturating_add(1),
            col: col.saturating_add(1),
        }
    }

    /// `Sheet!B7`, quoting the sheet name as a formula would (`'Q1 returns'!B7`).
    pub fn in_sheet(&self, sheet: &str) -> String {
        format!("{}!{self}", quote_sheet_name(sheet))
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", column_letters(self.col), self.row)
    }
}

/// Why a cell address could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a cell address: {0:?}")]
pub struct BadCellRef(pub String);

impl FromStr for CellRef {
    type Err = BadCellRef;

    /// Parses `B7` or `$B$7` (case-insensitive).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadCellRef(s.to_string());
        let t = s.trim().replace('$', "");
        let split = t
            .find(|c: char| c.is_ascii_digit())
            .filter(|&i| i > 0)
            .ok_or_else(bad)?;
        let (letters, digits) = t.split_at(split);
        let col = column_number(letters).ok_or_else(bad)?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let row: u32 = digits.parse().map_err(|_| bad())?;
        if row == 0 || row > MAX_ROW {
            return Err(bad());
        }
        Ok(CellRef { row, col })
    }
}

/// A rectangle of cells, both corners included; displayed as `A1:C3`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellRange {
    pub start: CellRef,
    pub end: CellRef,
}

impl CellRange {
    /// The range spanning both corners, whichever order they come in.
    pub fn new(a: CellRef, b: CellRef) -> Self {
        CellRange {
            start: CellRef::new(a.row.min(b.row), a.col.min(b.col)),
            end: CellRef::new(a.row.max(b.row), a.col.max(b.col)),
        }
    }

    pub fn contains(&self, at: CellRef) -> bool {
        (self.start.row..=self.end.row).contains(&at.row)
            && (self.start.col..=self.end.col).contains(&at.col)
    }

    pub fn rows(&self) -> u32 {
        self.end.row - self.start.row + 1
    }

    pub fn cols(&self) -> u32 {
        self.end.col - self.start.col + 1
    }
}

impl fmt::Display for CellRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.start, self.end)
    }
}

/// `1` -> `A`, `26` -> `Z`, `27` -> `AA`, `16384` -> `XFD` (bijective base 26).
pub fn column_letters(col: u32) -> String {
    let mut n = col;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// `A` -> 1, `xfd` -> 16384; `None` for anything else or past the last column.
pub fn column_number(letters: &str) -> Option<u32> {
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let mut n: u32 = 0;
    for b in letters.bytes() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        n = n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1);
    }
    (n <= MAX_COL).then_some(n)
}

fn quote_sheet_name(name: &str) -> Cow<'_, str> {
    let plain = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(format!("'{}'", name.replace('\'', "''")))
    }
}

/// Shortest text that reads back as the same number; integers without `.0`.
fn format_number(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

fn format_duration(d: TimeDelta) -> String {
    let secs = d.num_seconds();
    let sign = if secs < 0 { "-" } else { "" };
    let secs = secs.unsigned_abs();
    format!(
        "{sign}{}:{:02}:{:02}",
        secs / 3600,
        (secs / 60) % 60,
        secs % 60
    )
}

/// Converts an Excel serial in the 1900 system, which counts the non-existent
/// 29 February 1900 (serial 60), so serials before it are one day off from a plain count.
pub(crate) fn date_from_serial(serial: f64) -> Option<NaiveDate> {
    // 1 = 1900-01-01; 2958465 = 9999-12-31. Serial 60 is Excel's phantom leap day.
    if !serial.is_finite() || !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    if days == 60 {
        return None;
    }
    let epoch = if days < 60 {
        NaiveDate::from_ymd_opt(1899, 12, 31)?
    } else {
        NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    epoch.checked_add_signed(TimeDelta::try_days(days)?)
}

// ---------------------------------------------------------------------------------------
// Numbers typed as text

/// Text that means "no value" in registers and returns.
fn is_placeholder(s: &str) -> bool {
    let t = s.trim().trim_matches(|c: char| c == '.' || c == '*');
    if t.is_empty() || t.chars().all(|c| matches!(c, '-' | '–' | '—' | '*' | '?')) {
        return true;
    }
    matches!(
        t.to_ascii_lowercase().as_str(),
        "n/a" | "na" | "n.a" | "none" | "nil" | "null" | "tbc" | "tba" | "tbd" | "unknown"
    )
}

fn parse_number(raw: &str) -> Option<f64> {
    if is_placeholder(raw) {
        return None;
    }
    let mut s = raw.trim().replace(['\u{a0}', ' '], "");
    let mut negative = false;
    // Accounting negatives: (1,204)
    if s.starts_with('(') && s.ends_with(')') && s.len() > 2 {
        negative = true;
        s = s[1..s.len() - 1].to_string();
    }
    if let Some(rest) = s.strip_prefix(['-', '−']) {
        negative = !negative;
        s = rest.to_string();
    } else if let Some(rest) = s.strip_prefix('+') {
        s = rest.to_string();
    }
    let s = strip_currency(&s);
    // The sign may follow the currency: £-120
    let (s, negative) = match s.strip_prefix('-') {
        Some(rest) => (rest, !negative),
        None => (s, negative),
    };
    let (digits, scale) = split_scale(s)?;
    let value = parse_grouped(digits)? * scale;
    Some(if negative { -value } else { value })
}

fn strip_currency(s: &str) -> &str {
    let s = s.trim_start_matches(['£', '$', '€']);
    let lower = s.to_ascii_lowercase();
    for code in ["gbp", "eur", "usd"] {
        if lower.starts_with(code) {
            return &s[code.len()..];
        }
        if lower.ends_with(code) {
            return &s[..s.len() - code.len()];
        }
    }
    s
}

/// Splits a trailing multiplier: `k`, `m`, `mn`, `bn`, `million`, `%`, ...
fn split_scale(s: &str) -> Option<(&str, f64)> {
    let split = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '%')
        .last()
        .map_or(s.len(), |(i, _)| i);
    let (digits, suffix) = s.split_at(split);
    let scale = match suffix.to_ascii_lowercase().as_str() {
        "" => 1.0,
        "%" => 0.01,
        "k" | "thousand" => 1e3,
        "m" | "mn" | "mil" | "million" | "millions" => 1e6,
        "b" | "bn" | "billion" | "billions" => 1e9,
        _ => return None,
    };
    Some((digits, scale))
}

/// `1,250,000.50` or `1250000.5`; commas must group thousands, or the text is no number
/// we can be sure of (`1,5` is a decimal comma elsewhere in Europe).
fn parse_grouped(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() && int.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
    } else if !int.bytes().all(|b| b.is_ascii_digit()) || (int.is_empty() && frac.is_none()) {
        return None;
    }
    let plain: String = s.chars().filter(|&c| c != ',').collect();
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

// ---------------------------------------------------------------------------------------
// Dates typed as text

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    Num(&'a str),
    Word(&'a str),
}

/// Splits text into runs of digits and runs of letters, remembering where each ends, so the
/// date can be checked to be followed by nothing but a time.
fn tokens(s: &str) -> Vec<(Token<'_>, usize, usize)> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let digit = c.is_ascii_digit();
        if !digit && !c.is_alphabetic() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, n)) = chars.peek() {
            if (digit && n.is_ascii_digit()) || (!digit && n.is_alphabetic()) {
                end = i + n.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let text = &s[start..end];
        out.push((
            if digit {
                Token::Num(text)
            } else {
                Token::Word(text)
            },
            start,
            end,
        ));
    }
    out
}

/// 1-12 for a month's name or its three- or four-letter abbreviation (`Sept`).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w.len() < 3 {
        return None;
    }
    let found = MONTHS
        .iter()
        .position(|m| m.starts_with(&w) && (w.len() == 3 || w.len() == m.len() || w == "sept"))
        .or_else(|| (w == "sept").then_some(8))?;
    Some(found as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .iter()
    .any(|d| d.starts_with(&w) && w.len() >= 3)
}

fn is_ordinal(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "st" | "nd" | "rd" | "th"
    )
}

fn year_of(digits: &str) -> Option<i32> {
    let n: i32 = digits.parse().ok()?;
    match digits.len() {
        4 => Some(n),
        2 if n < 30 => Some(2000 + n),
        2 => Some(1900 + n),
        _ => None,
    }
}

fn small(digits: &str) -> Option<u32> {
    if digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok()
}

/// What may follow a date: nothing, or a time (`14:30`, `T10:00:00Z`, `00:00:00`).
fn rest_is_time(rest: &str) -> bool {
    let rest = rest.trim_start();
    if rest.is_empty() {
        return true;
    }
    let rest = rest.strip_prefix(['T', 't']).unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && rest[digits..].starts_with([':', '.'])
}

fn parse_date(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    if s.len() > 64 || is_placeholder(s) {
        return None;
    }
    let all = tokens(s);
    // Words that carry no date: a leading weekday, ordinal suffixes (31st), "of".
    let toks: Vec<(Token<'_>, usize, usize)> = all
        .iter()
        .enumerate()
        .filter(|(i, (t, _, _))| match t {
            Token::Word(w) if *i == 0 && is_weekday(w) => false,
            Token::Word(w) if is_ordinal(w) || w.eq_ignore_ascii_case("of") => false,
            _ => true,
        })
        .map(|(_, t)| *t)
        .collect();
    let [a, b, c, ..] = toks.as_slice() else {
        return None;
    };
    let (y, m, d) = match (a.0, b.0, c.0) {
        (Token::Num(y), Token::Num(m), Token::Num(d)) if y.len() == 4 => {
            (y.parse().ok()?, small(m)?, small(d)?)
        }
        (Token::Num(d), Token::Num(m), Token::Num(y)) => (year_of(y)?, small(m)?, small(d)?),
        (Token::Num(d), Token::Word(m), Token::Num(y)) => {
            (year_of(y)?, month_number(m)?, small(d)?)
        }
        (Token::Word(m), Token::Num(d), Token::Num(y)) => {
            (year_of(y)?, month_number(m)?, small(d)?)
        }
        _ => return None,
    };
    // Numeric forms must not run on into more digits (`31/03/2025/7` is no date).
    if !rest_is_time(s.get(c.2..)?) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn parse_month(raw: &str) -> Option<YearMonth> {
    let s = raw.trim();
    if s.len() > 32 {
        return None;
    }
    let toks = tokens(s);
    let (year, month) = match toks.as_slice() {
        [(Token::Word(m), ..), (Token::Num(y), _, end)] if *end == s.len() => {
            (year_of(y)?, month_number(m)?)
        }
        [(Token::Num(y), ..), (Token::Num(m), _, end)] if y.len() == 4 && *end == s.len() => {
            (y.parse().ok()?, small(m)?)
        }
        _ => return None,
    };
    (1..=12)
        .contains(&month)
        .then_some(YearMonth { year, month })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn column_letters_round_trip_past_z() {
        for (n, s) in [
            (1, "A"),
            (26, "Z"),
            (27, "AA"),
            (28, "AB"),
            (52, "AZ"),
            (53, "BA"),
        ] {
            assert_eq!(column_letters(n), s);
            assert_eq!(column_number(s), Some(n));
        }
        assert_eq!(column_letters(702), "ZZ");
        assert_eq!(column_letters(703), "AAA");
        assert_eq!(column_letters(MAX_COL), "XFD");
        assert_eq!(column_number("xfd"), Some(MAX_COL));
        assert_eq!(column_number("XFE"), None);
        assert_eq!(column_number("A1"), None);
        for n in 1..=MAX_COL {
            assert_eq!(column_number(&column_letters(n)), Some(n));
        }
    }

    #[test]
    fn cell_refs_display_and_parse() {
        let r = CellRef::new(7, 2);
        assert_eq!(r.to_string(), "B7");
        assert_eq!("B7".parse::<CellRef>(), Ok(r));
        assert_eq!("$b$7".parse::<CellRef>(), Ok(r));
        assert!("7B".parse::<CellRef>().is_err());
        assert!("B0".parse::<CellRef>().is_err());
        assert!("B".parse::<CellRef>().is_err());
        assert!("B7x".parse::<CellRef>().is_err());
        assert_eq!(CellRef::new(1, 28).in_sheet("Suppliers"), "Suppliers!AB1");
        assert_eq!(CellRef::new(3, 1).in_sheet("Q1 returns"), "'Q1 returns'!A3");
        assert_eq!(CellRef::new(3, 1).in_sheet("Bob's"), "'Bob''s'!A3");
        assert_eq!(CellRef::from_zero_based((0, 0)), CellRef::new(1, 1));
    }

    #[test]
    fn ranges_contain_their_corners_only() {
        let r = CellRange::new(CellRef::new(3, 4), CellRef::new(1, 2));
        assert_eq!(r.to_string(), "B1:D3");
        assert!(r.contains(CellRef::new(1, 2)) && r.contains(CellRef::new(3, 4)));
        assert!(!r.contains(CellRef::new(4, 2)) && !r.contains(CellRef::new(2, 1)));
        assert_eq!((r.rows(), r.cols()), (3, 3));
    }

    #[test]
    fn text_shows_numbers_as_people_see_them() {
        assert_eq!(Cell::Number(12.0).as_text(), "12");
        assert_eq!(Cell::Number(-3.0).as_text(), "-3");
        assert_eq!(Cell::Number(12.5).as_text(), "12.5");
        assert_eq!(Cell::Number(0.1).as_text(), "0.1");
        assert_eq!(Cell::Number(1250000.0).as_text(), "1250000");
        assert_eq!(Cell::Bool(true).as_text(), "TRUE");
        assert_eq!(Cell::Date(ymd(2025, 3, 31)).as_text(), "2025-03-31");
        assert_eq!(Cell::Error("#REF!".into()).as_text(), "#REF!");
        assert_eq!(Cell::Duration(TimeDelta::minutes(90)).as_text(), "1:30:00");
        assert_eq!(Cell::Empty.as_text(), "");
    }

    #[test]
    fn numbers_from_registers() {
        let cases = [
            ("£1,250,000", 1_250_000.0),
            ("1.25m", 1_250_000.0),
            ("£1.25M", 1_250_000.0),
            ("£120k", 120_000.0),
            ("12.0", 12.0),
            ("1,204", 1204.0),
            (" 42 ", 42.0),
            ("-7", -7.0),
            ("(1,204)", -1204.0),
            ("£-120", -120.0),
            ("12%", 0.12),
            ("£2bn", 2e9),
            ("1 250", 1250.0),
            ("GBP 300", 300.0),
            (".5", 0.5),
        ];
        for (s, want) in cases {
            let got = text(s).as_number();
            assert!(
                got.is_some_and(|g| (g - want).abs() < 1e-6),
                "{s:?} gave {got:?}"
            );
        }
        assert_eq!(Cell::Number(3.5).as_number(), Some(3.5));
    }

    #[test]
    fn placeholders_and_junk_are_no_numbers() {
        for s in [
            "-",
            "n/a",
            "N/A",
            "*",
            "TBC",
            "tba",
            "",
            "  ",
            "–",
            "1,5",
            "12,34,567",
            "abc",
            "12 apples",
            "1.2.3",
            "£",
            "k",
            "1e5x",
            "31/03/2025",
        ] {
            assert_eq!(text(s).as_number(), None, "{s:?}");
        }
        assert_eq!(Cell::Bool(true).as_number(), None);
        assert_eq!(Cell::Date(ymd(2025, 1, 1)).as_number(), None);
    }

    #[test]
    fn dates_in_the_forms_registers_use() {
        let want = ymd(2025, 3, 31);
        for s in [
            "2025-03-31",
            "2025/03/31",
            "2025-03-31T10:15:00",
            "2025-03-31 00:00:00",
            "31/03/2025",
            "31/3/25",
            "31.03.2025",
            "31-03-2025",
            "31/03/2025 14:30",
            "31 March 2025",
            "31st March 2025",
            "31 Mar 2025",
            "31-Mar-2025",
            "31-Mar-25",
            "March 31, 2025",
            "Monday 31 March 2025",
            "31 march, 2025",
        ] {
            assert_eq!(text(s).as_date(), Some(want), "{s:?}");
        }
        assert_eq!(text("1/2/99").as_date(), Some(ymd(1999, 2, 1)));
        assert_eq!(text("5 Sept 2024").as_date(), Some(ymd(2024, 9, 5)));
    }

    #[test]
    fn impossible_or_partial_dates_are_refused() {
        for s in [
            "31/02/2025",
            "13/13/2025",
            "March 2025",
            "2025",
            "45747",
            "TBC",
            "n/a",
            "-",
            "31/03/2025/7",
            "31 Marchish 2025",
            "1 Ma 2025",
            "the 31st",
        ] {
            assert_eq!(text(s).as_date(), None, "{s:?}");
        }
    }

    #[test]
    fn excel_serials_are_dates_with_the_1900_leap_bug() {
        assert_eq!(Cell::Number(45747.0).as_date(), Some(ymd(2025, 3, 31)));
        assert_eq!(Cell::Number(45747.75).as_date(), Some(ymd(2025, 3, 31)));
        assert_eq!(Cell::Number(1.0).as_date(), Some(ymd(1900, 1, 1)));
        assert_eq!(Cell::Number(59.0).as_date(), Some(ymd(1900, 2, 28)));
        assert_eq!(Cell::Number(60.0).as_date(), None, "Excel's 29 Feb 1900");
        assert_eq!(Cell::Number(61.0).as_date(), Some(ymd(1900, 3, 1)));
        assert_eq!(Cell::Number(0.0).as_date(), None);
        assert_eq!(Cell::Number(-5.0).as_date(), None);
        assert_eq!(Cell::Number(f64::NAN).as_date(), None);
        assert_eq!(Cell::Number(1e12).as_date(), None);
    }

    #[test]
    fn months_are_read_but_not_as_dates() {
        let march = Some(YearMonth {
            year: 2025,
            month: 3,
        });
        assert_eq!(text("March 2025").as_month(), march);
        assert_eq!(text("Mar-25").as_month(), march);
        assert_eq!(text("2025-03").as_month(), march);
        assert_eq!(text("31/03/2025").as_month(), march);
        assert_eq!(text("2025-13").as_month(), None);
        assert_eq!(text("Spring 2025").as_month(), None);
        assert_eq!(march.map(|m| m.to_string()).as_deref(), Some("2025-03"));
    }
}
