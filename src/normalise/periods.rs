//! Reporting periods as people write them in returns and registers, turned into date ranges:
//! calendar quarters (`2025-Q1`, `Q1 2025`), UK financial-year quarters (`2025/26 Q1`,
//! `Q1 2025-26` = April to June 2025), financial years (`2025/26`), month ranges
//! (`Apr-Jun 2025`), months (`April 2025`, `Apr-25`, `2025-04`), calendar years, ISO dates and
//! date ranges. Every period is labelled in calendar terms (`2025-Q2`) so tools need not know
//! the financial year.

use crate::read::sheet::month_number;
use chrono::{Datelike, Months, NaiveDate};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;

/// A reporting period: the first and last day it covers, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period { start, end })
    }

    /// Whole months from `first` (year, month) for `count` months.
    fn months(year: i32, month: u32, count: u32) -> Option<Period> {
        let start = NaiveDate::from_ymd_opt(year, month, 1)?;
        let end = start.checked_add_months(Months::new(count))?.pred_opt()?;
        Some(Period { start, end })
    }

    /// The calendar quarter `q` (1-4) of `year`.
    pub fn calendar_quarter(year: i32, q: u32) -> Option<Period> {
        (1..=4)
            .contains(&q)
            .then(|| Period::months(year, 3 * q - 2, 3))?
    }

    /// Quarter `q` of the UK financial year starting 1 April `year`.
    pub fn financial_quarter(year: i32, q: u32) -> Option<Period> {
        if !(1..=4).contains(&q) {
            return None;
        }
        let first =
            NaiveDate::from_ymd_opt(year, 4, 1)?.checked_add_months(Months::new(3 * (q - 1)))?;
        Period::months(first.year(), first.month(), 3)
    }

    /// The UK financial year starting 1 April `year`.
    pub fn financial_year(year: i32) -> Option<Period> {
        Period::months(year, 4, 12)
    }

    /// Number of whole months covered, when the period runs from a 1st to a month end.
    pub fn whole_months(&self) -> Option<u32> {
        let next = self.end.succ_opt()?;
        if self.start.day() != 1 || next.day() != 1 {
            return None;
        }
        let months = (next.year() - self.start.year()) * 12 + next.month() as i32
            - self.start.month() as i32;
        u32::try_from(months).ok().filter(|m| *m > 0)
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for Period {
    /// Calendar terms: `2025-Q2` for a calendar quarter, `2025-04` for a month, `2025` for a
    /// calendar year, `2025/26` for a UK financial year, else `start..end`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m) = (self.start.year(), self.start.month());
        match self.whole_months() {
            Some(1) => write!(f, "{y:04}-{m:02}"),
            Some(3) if m % 3 == 1 => write!(f, "{y:04}-Q{}", m.div_ceil(3)),
            Some(12) if m == 1 => write!(f, "{y:04}"),
            Some(12) if m == 4 => write!(f, "{y:04}/{:02}", (y + 1) % 100),
            _ => write!(f, "{}..{}", self.start, self.end),
        }
    }
}

/// A four-digit year, or a two-digit one read as 20YY.
fn year(text: &str) -> Option<i32> {
    let n: i32 = text.parse().ok()?;
    match text.len() {
        4 if (1900..=2199).contains(&n) => Some(n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// `2025/26`, `2025-26`, `2025/2026`, `25/26`: the first year, when the second follows it.
fn financial_year_start(first: &str, second: &str) -> Option<i32> {
    let a = year(first)?;
    let b: i32 = second.parse().ok()?;
    let follows = match second.len() {
        2 => (a + 1) % 100 == b,
        4 => a + 1 == b,
        _ => false,
    };
    follows.then_some(a)
}

macro_rules! re {
    ($name:ident, $pattern:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| Regex::new($pattern).unwrap());
    };
}

const FY: &str = r"(?:fy\s*)?(\d{2}|\d{4})\s*[/\-–]\s*(\d{2}|\d{4})";
re!(
    FY_QUARTER_AFTER,
    &format!(r"^{FY}\s*[,:\-–]?\s*q(?:uarter)?\s*([1-4])$")
);
re!(
    FY_QUARTER_BEFORE,
    &format!(r"^q(?:uarter)?\s*([1-4])\s*[,:\-–]?\s*{FY}$")
);
re!(FY_YEAR, &format!(r"^{FY}$"));
re!(
    CAL_QUARTER,
    r"^(?:(\d{4})\s*[\-–]?\s*q(?:uarter)?\s*([1-4])|q(?:uarter)?\s*([1-4])\s*[,\-–]?\s*(\d{4}))$"
);
re!(
    MONTH_RANGE,
    r"^([a-z]{3,9})\.?\s*(\d{2}|\d{4})?\s*(?:-|–|—|to)\s*([a-z]{3,9})\.?\s*[,\-]?\s*(\d{2}|\d{4})$"
);
re!(MONTH_YEAR, r"^([a-z]{3,9})\.?[\s\-/,]*(\d{2}|\d{4})$");
re!(ISO_MONTH, r"^(\d{4})[\-/](\d{1,2})$");
re!(YEAR, r"^(?:cy\s*)?(\d{4})$");
re!(DATE_RANGE, r"^(.+?)\s*(?:\s-\s|–|—|\bto\b|\.\.)\s*(.+)$");

/// Reads a reporting period. `None` when the text is no period a person would read as one.
pub fn parse_period(text: &str) -> Option<Period> {
    let t = text
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Some(c) = FY_QUARTER_AFTER.captures(&t) {
        let start = financial_year_start(&c[1], &c[2])?;
        return Period::financial_quarter(start, c[3].parse().ok()?);
    }
    if let Some(c) = FY_QUARTER_BEFORE.captures(&t) {
        let start = financial_year_start(&c[2], &c[3])?;
        return Period::financial_quarter(start, c[1].parse().ok()?);
    }
    if let Some(c) = CAL_QUARTER.captures(&t) {
        let (y, q) = match (c.get(1), c.get(2)) {
            (Some(y), Some(q)) => (y.as_str(), q.as_str()),
            _ => (c.get(4)?.as_str(), c.get(3)?.as_str()),
        };
        return Period::calendar_quarter(year(y)?, q.parse().ok()?);
    }
    if let Some(c) = FY_YEAR.captures(&t) {
        // `2025-04` is a month, `2025-26` a financial year.
        if let Some(start) = financial_year_start(&c[1], &c[2]) {
            return Period::financial_year(start);
        }
    }
    if let Some(c) = ISO_MONTH.captures(&t) {
        let m: u32 = c[2].parse().ok()?;
        return Period::months(year(&c[1])?, m, 1);
    }
    if let Some(c) = MONTH_RANGE.captures(&t) {
        let (m1, m2) = (month_number(&c[1])?, month_number(&c[3])?);
        let y2 = year(&c[4])?;
        let y1 = match c.get(2) {
            Some(y) => year(y.as_str())?,
            None if m1 <= m2 => y2,
            None => y2 - 1,
        };
        let start = NaiveDate::from_ymd_opt(y1, m1, 1)?;
        let last = NaiveDate::from_ymd_opt(y2, m2, 1)?;
        return Period::new(start, last.checked_add_months(Months::new(1))?.pred_opt()?);
    }
    if let Some(c) = MONTH_YEAR.captures(&t) {
        return Period::months(year(&c[2])?, month_number(&c[1])?, 1);
    }
    if let Some(c) = YEAR.captures(&t) {
        return Period::months(year(&c[1])?, 1, 12);
    }
    if let Some(c) = DATE_RANGE.captures(&t) {
        let a = crate::read::sheet::Cell::Text(c[1].to_string()).as_date()?;
        let b = crate::read::sheet::Cell::Text(c[2].to_string()).as_date()?;
        return Period::new(a, b);
    }
    // A single date names the month it falls in.
    let day = crate::read::sheet::Cell::Text(t.clone()).as_date()?;
    Period::months(day.year(), day.month(), 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(text: &str) -> String {
        parse_period(text).map_or("none".into(), |p| p.to_string())
    }

    #[test]
    fn financial_year_quarters_in_every_order() {
        for t in [
            "2025/26 Q1",
            "Q1 2025/26",
            "Q1 2025-26",
            "2025-26 Q1",
            "FY2025/26 Q1",
            "Q1 FY25/26",
            "2025/2026 Quarter 1",
        ] {
            assert_eq!(label(t), "2025-Q2", "{t}");
        }
        assert_eq!(label("2025/26 Q4"), "2026-Q1");
        assert_eq!(label("Q3 2025-26"), "2025-Q4");
    }

    #[test]
    fn calendar_quarters() {
        for t in ["2025-Q1", "2025 Q1", "Q1 2025", "q1-2025", "2025Q1"] {
            assert_eq!(label(t), "2025-Q1", "{t}");
        }
    }

    #[test]
    fn financial_years_and_months_are_told_apart() {
        assert_eq!(label("2025/26"), "2025/26");
        assert_eq!(label("2025-26"), "2025/26");
        assert_eq!(label("2025-04"), "2025-04");
        assert_eq!(label("2025-13"), "none");
    }

    #[test]
    fn month_ranges_and_months() {
        assert_eq!(label("Apr-Jun 2025"), "2025-Q2");
        assert_eq!(label("April - June 2025"), "2025-Q2");
        assert_eq!(label("Oct–Dec 2025"), "2025-Q4");
        assert_eq!(label("Nov 2025 - Jan 2026"), "2025-11-01..2026-01-31");
        assert_eq!(label("Dec-Feb 2026"), "2025-12-01..2026-02-28");
        assert_eq!(label("April 2025"), "2025-04");
        assert_eq!(label("Apr-25"), "2025-04");
        assert_eq!(label("Sept 2025"), "2025-09");
    }

    #[test]
    fn dates_and_ranges() {
        assert_eq!(label("2025-04-01 to 2025-06-30"), "2025-Q2");
        assert_eq!(label("01/04/2025 - 30/06/2025"), "2025-Q2");
        assert_eq!(label("15/05/2025"), "2025-05");
        assert_eq!(label("2025"), "2025");
    }

    #[test]
    fn non_periods() {
        for t in ["", "Total", "n/a", "Q5 2025", "Quarterly", "Maybe 2025"] {
            assert_eq!(label(t), "none", "{t}");
        }
    }
}
