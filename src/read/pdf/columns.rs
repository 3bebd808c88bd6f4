//! Text set in two columns: a reader finishes the left column before starting the right
//! one, but glyphs sharing a baseline across the gutter would otherwise make one line of two
//! half-sentences ("13.4 The Contractor shall obtain each year a conflict of 20.2 The
//! Contractor shall comply with ..."). This finds a gutter, a vertical band no glyph
//! crosses over a run of rows most of which have text on both sides, and gives the rows
//! back split, left column first.
//!
//! Knows page geometry only. A table without ruled borders also has aligned gaps; it is
//! told apart by its left column, whose text stops short of the gap (a term, a label),
//! where a column of prose runs up to the gutter on most lines.

use super::layout::Glyph;

/// Fewest rows a run of two-column text spans, and fewest of them with text on both sides.
const MIN_ROWS: usize = 6;
const MIN_SPANNING: usize = 4;
/// How wide the free band must be in every row of the run, in text sizes: wider than the
/// widest word space of justified text.
const MIN_GUTTER: f32 = 1.2;

/// One baseline's glyphs, sorted along the line.
pub type Row = Vec<Glyph>;

/// The rows in reading order: any run of two-column rows becomes its left halves, then its
/// right halves.
pub fn reading_order(rows: Vec<Row>) -> Vec<Row> {
    let Some((start, end, gutter)) = find_gutter(&rows) else {
        return rows;
    };
    let mut out: Vec<Row> = Vec::with_capacity(rows.len() + (end - start));
    let mut rights: Vec<Row> = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        if i < start || i >= end {
            if i == end {
                out.append(&mut rights);
            }
            out.push(row);
            continue;
        }
        let (left, right): (Row, Row) = row.into_iter().partition(|g| centre(g) < gutter);
        if !left.is_empty() {
            out.push(left);
        }
        if !right.is_empty() {
            rights.push(right);
        }
    }
    out.append(&mut rights);
    out
}

fn centre(g: &Glyph) -> f32 {
    g.u + g.advance / 2.0
}

fn is_ink(g: &Glyph) -> bool {
    !g.text.chars().all(char::is_whitespace)
}

/// The longest run of rows `[start, end)` sharing a gutter, and the gutter's middle.
fn find_gutter(rows: &[Row]) -> Option<(usize, usize, f32)> {
    if rows.len() < MIN_ROWS {
        return None;
    }
    let ink = || rows.iter().flatten().filter(|g| is_ink(g));
    let left = ink().map(|g| g.u).fold(f32::INFINITY, f32::min);
    let right = ink()
        .map(|g| g.u + g.advance)
        .fold(f32::NEG_INFINITY, f32::max);
    let width = right - left;
    if !width.is_finite() || width < 100.0 {
        return None;
    }
    // Each row's ink as merged bands, each widened by half a gutter on either side: a
    // gutter at x is free in a row when no band holds x.
    let bands: Vec<Vec<(f32, f32)>> = rows.iter().map(ink_bands).collect();
    let blocks = |i: usize, x: f32| bands[i].iter().any(|&(a, b)| a < x && x < b);
    let mut best: Option<(usize, usize, f32)> = None;
    // Candidate gutters across the middle half of the text, a point apart.
    let mut x = left + 0.25 * width;
    while x <= left + 0.75 * width {
        let mut i = 0;
        while i < rows.len() {
            if blocks(i, x) {
                i += 1;
                continue;
            }
            let start = i;
            while i < rows.len() && !blocks(i, x) {
                i += 1;
            }
            if accept(&rows[start..i], x, left) && best.is_none_or(|(s, e, _)| i - start > e - s) {
                best = Some((start, i, x));
            }
        }
        x += 1.0;
    }
    let (start, end, x) = best?;
    // The middle of the free band the run shares around `x`.
    let (mut lo, mut hi) = (f32::NEG_INFINITY, f32::INFINITY);
    for g in rows[start..end].iter().flatten().filter(|g| is_ink(g)) {
        if g.u + g.advance <= x {
            lo = lo.max(g.u + g.advance);
        } else {
            hi = hi.min(g.u);
        }
    }
    let gutter = if lo.is_finite() && hi.is_finite() {
        (lo + hi) / 2.0
    } else {
        x
    };
    Some((start, end, gutter))
}

/// A row's ink, each glyph widened by half a gutter on both sides and overlapping spans
/// merged: a gutter's middle cannot stand inside one.
fn ink_bands(row: &Row) -> Vec<(f32, f32)> {
    let mut bands: Vec<(f32, f32)> = Vec::new();
    for g in row.iter().filter(|g| is_ink(g)) {
        let half = MIN_GUTTER * g.size / 2.0;
        let (a, b) = (g.u - half, g.u + g.advance + half);
        match bands.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => bands.push((a, b)),
        }
    }
    bands
}

/// Whether rows free at `x` are two columns of prose: enough of them, most with text on
/// both sides, and the left column running up to the gutter on most of those.
fn accept(rows: &[Row], x: f32, left: f32) -> bool {
    if rows.len() < MIN_ROWS {
        return false;
    }
    let mut spanning = 0;
    let mut full_left = 0;
    for row in rows {
        let ink = row.iter().filter(|g| is_ink(g));
        let left_end = ink
            .clone()
            .filter(|g| centre(g) < x)
            .map(|g| g.u + g.advance)
            .fold(f32::NEG_INFINITY, f32::max);
        let has_right = ink.clone().any(|g| centre(g) >= x);
        if left_end.is_finite() && has_right {
            spanning += 1;
            let size = row.first().map_or(10.0, |g| g.size);
            if left_end >= x - 0.15 * (x - left) - 3.0 * size {
                full_left += 1;
            }
        }
    }
    spanning >= MIN_SPANNING && 2 * spanning >= rows.len() && 5 * full_left >= 3 * spanning
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(text: &str, u: f32, v: f32) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                u: u + i as f32 * 5.0,
                v,
                advance: 5.0,
                size: 10.0,
                q: 0,
                text: c.to_string(),
            })
            .collect()
    }

    fn texts(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| r.iter().map(|g| g.text.as_str()).collect())
            .collect()
    }

    /// Two columns of 40-character lines, 60 points apart, under a full-width title.
    fn page(left_len: usize) -> Vec<Row> {
        let mut rows = vec![word(&"T".repeat(90), 50.0, 100.0)];
        for i in 0..8 {
            let v = 120.0 + 12.0 * i as f32;
            let mut row = word(&format!("{i}").repeat(left_len), 50.0, v);
            row.extend(word(&"r".repeat(40), 310.0, v));
            rows.push(row);
        }
        rows.push(word(&"E".repeat(90), 50.0, 240.0));
        rows
    }

    #[test]
    fn two_columns_read_left_then_right() {
        let out = texts(&reading_order(page(40)));
        assert_eq!(out.len(), 18);
        assert_eq!(out[0], "T".repeat(90));
        assert_eq!(out[1], "0".repeat(40));
        assert_eq!(out[8], "7".repeat(40));
        assert_eq!(out[9], "r".repeat(40));
        assert_eq!(out[17], "E".repeat(90));
    }

    #[test]
    fn a_table_of_short_terms_keeps_its_rows() {
        let rows = page(6);
        assert_eq!(texts(&reading_order(rows.clone())), texts(&rows));
    }

    #[test]
    fn one_column_of_prose_is_left_alone() {
        let rows: Vec<Row> = (0..10)
            .map(|i| {
                let v = 100.0 + 12.0 * i as f32;
                // Words of varying lengths, so no gap lines up down the page.
                let mut row = Vec::new();
                let mut u = 50.0;
                for w in 0..12 {
                    let len = 2 + (i * 7 + w * 3) % 6;
                    row.extend(word(&"w".repeat(len), u, v));
                    u += len as f32 * 5.0 + 3.0;
                }
                row
            })
            .collect();
        assert_eq!(texts(&reading_order(rows.clone())), texts(&rows));
    }
}
