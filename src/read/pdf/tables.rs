//! Ruled tables on a PDF page: the grid their drawn rules make, and which cell each glyph
//! falls in. A PDF holds no tables, only text placed on a page and lines drawn around it;
//! without this, the cells of a row read as one run-on line ("2 Supplier Western Riverina
//! ... Ltd, ABN ...") and a cell that wraps breaks its neighbours' text apart. Word and
//! LibreOffice both draw cell borders (stroked lines, or thin filled rectangles), so a grid
//! of them is a table. Tables drawn without vertical rules are not found: their columns
//! are only gaps in the text, which justified prose also has.
//!
//! Knows page geometry only: `layout` hands it rules and glyphs and takes back cells.

use super::layout::Glyph;

/// One drawn line, horizontal or vertical, in the page's `u` (across) / `v` (down) space.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    pub horizontal: bool,
    /// `v` of a horizontal rule, `u` of a vertical one.
    pub at: f32,
    pub from: f32,
    pub to: f32,
}

impl Rule {
    /// The rule along a segment, if the segment runs along an axis and is long enough to
    /// be a border (not a dot or a glyph's stroke).
    pub fn segment(u0: f32, v0: f32, u1: f32, v1: f32) -> Option<Rule> {
        if ![u0, v0, u1, v1].iter().all(|c| c.is_finite()) {
            return None;
        }
        let (du, dv) = ((u1 - u0).abs(), (v1 - v0).abs());
        if dv <= AXIS_SLACK && du >= MIN_LENGTH {
            Some(Rule {
                horizontal: true,
                at: (v0 + v1) / 2.0,
                from: u0.min(u1),
                to: u0.max(u1),
            })
        } else if du <= AXIS_SLACK && dv >= MIN_LENGTH {
            Some(Rule {
                horizontal: false,
                at: (u0 + u1) / 2.0,
                from: v0.min(v1),
                to: v0.max(v1),
            })
        } else {
            None
        }
    }

    /// The rule a filled rectangle draws when it is thin enough to be a border (Word fills
    /// thin rectangles where LibreOffice strokes lines); None for shading and boxes.
    pub fn filled(u0: f32, v0: f32, u1: f32, v1: f32) -> Option<Rule> {
        let (du, dv) = ((u1 - u0).abs(), (v1 - v0).abs());
        if du.min(dv) > MAX_FILLED_THICKNESS {
            return None;
        }
        if du >= dv {
            Rule::segment(u0.min(u1), (v0 + v1) / 2.0, u0.max(u1), (v0 + v1) / 2.0)
        } else {
            Rule::segment((u0 + u1) / 2.0, v0.min(v1), (u0 + u1) / 2.0, v0.max(v1))
        }
    }
}

/// How far a border may stray from its axis, and how thick a filled one may be, in points.
const AXIS_SLACK: f32 = 0.5;
const MAX_FILLED_THICKNESS: f32 = 2.5;
/// Shorter segments are glyph strokes, ticks or dots.
const MIN_LENGTH: f32 = 3.0;
/// How far apart two rules may be and still meet, in points (borders overlap at corners by
/// their thickness, and producers round coordinates).
const MEET: f32 = 2.0;
/// A page with more rules than this is a drawing or a chart, not a page of tables; and a
/// page keeps no more than this many (a hostile file may draw millions).
pub const MAX_RULES: usize = 4000;
/// Fewer rows or columns than this is a box around a paragraph, not a table.
const MIN_COLUMNS: usize = 2;

/// A cell of a table: its rectangle and where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The cell's row, counted from the table's top.
    pub row: usize,
    pub u0: f32,
    pub u1: f32,
    pub v0: f32,
    pub v1: f32,
}

impl Cell {
    fn holds(&self, u: f32, v: f32) -> bool {
        u >= self.u0 && u <= self.u1 && v >= self.v0 && v <= self.v1
    }
}

/// A grid of cells found on a page, top to bottom and left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Grid {
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
    pub cells: Vec<Cell>,
}

impl Grid {
    fn contains(&self, u: f32, v: f32) -> bool {
        u >= self.left - MEET && u <= self.right + MEET && v >= self.top && v <= self.bottom
    }
}

/// The tables the rules of one page draw, top to bottom. `page_top` and `page_bottom`
/// bound the page in `v`: a grid wholly within its top or bottom tenth is a running header
/// or footer set in a table, which the furniture pass should see as lines.
pub fn grids(rules: &[Rule], page_top: f32, page_bottom: f32) -> Vec<Grid> {
    if rules.len() > MAX_RULES {
        return Vec::new();
    }
    let rules = merge(rules);
    let n = rules.len();
    // Rules that meet are one drawing: union-find over the crossings.
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for i in 0..n {
        for j in (i + 1)..n {
            let (a, b) = (&rules[i], &rules[j]);
            if a.horizontal != b.horizontal && meet(a, b) {
                let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                parent[ra] = rb;
            }
        }
    }
    let mut groups: Vec<Vec<Rule>> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; n];
    for (i, rule) in rules.iter().enumerate() {
        let r = root(&mut parent, i);
        let g = *group_of[r].get_or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(*rule);
    }
    let height = (page_bottom - page_top).max(1.0);
    let mut out: Vec<Grid> = groups
        .iter()
        .filter_map(|g| grid(g))
        .filter(|g| {
            let (top, bottom) = ((g.top - page_top) / height, (g.bottom - page_top) / height);
            !(bottom < 0.1 || top > 0.9)
        })
        .collect();
    out.sort_by(|a, b| a.top.total_cmp(&b.top).then(a.left.total_cmp(&b.left)));
    out
}

fn meet(h: &Rule, v: &Rule) -> bool {
    let (h, v) = if h.horizontal { (h, v) } else { (v, h) };
    v.at >= h.from - MEET && v.at <= h.to + MEET && h.at >= v.from - MEET && h.at <= v.to + MEET
}

/// Rules on the same line that touch or overlap become one (a border drawn cell by cell).
fn merge(rules: &[Rule]) -> Vec<Rule> {
    let mut sorted: Vec<Rule> = rules.to_vec();
    sorted.sort_by(|a, b| {
        a.horizontal
            .cmp(&b.horizontal)
            .then(a.at.total_cmp(&b.at))
            .then(a.from.total_cmp(&b.from))
    });
    let mut out: Vec<Rule> = Vec::new();
    for r in sorted {
        // Any earlier rule on the same line that this one touches (rules of one line sit
        // together in `out`, those within `AXIS_SLACK` of each other too).
        let joined = out.iter_mut().rev().take(8).find(|o| {
            o.horizontal == r.horizontal
                && (o.at - r.at).abs() <= 2.0 * AXIS_SLACK
                && r.from <= o.to + MEET
                && r.to >= o.from - MEET
        });
        match joined {
            Some(o) => {
                o.from = o.from.min(r.from);
                o.to = o.to.max(r.to);
            }
            None => out.push(r),
        }
    }
    out
}

/// The cells of one drawing, if it is a table: at least two columns somewhere, each cell
/// bounded by rules on all four sides. Rows are the bands between horizontal rules; a
/// band's cells are cut by the vertical rules crossing its middle (so merged cells across
/// columns stay whole); a cell whose lower rule does not run under it continues into the
/// band below (merged across rows).
fn grid(rules: &[Rule]) -> Option<Grid> {
    let mut rows: Vec<f32> = rules
        .iter()
        .filter(|r| r.horizontal)
        .map(|r| r.at)
        .collect();
    rows.sort_by(f32::total_cmp);
    rows.dedup_by(|a, b| (*a - *b).abs() <= MEET);
    if rows.len() < 2 {
        return None;
    }
    let verticals: Vec<&Rule> = rules.iter().filter(|r| !r.horizontal).collect();
    let horizontals: Vec<&Rule> = rules.iter().filter(|r| r.horizontal).collect();
    let mut cells: Vec<Cell> = Vec::new();
    let mut widest = 0;
    for (band, pair) in rows.windows(2).enumerate() {
        let (v0, v1) = (pair[0], pair[1]);
        let mid = (v0 + v1) / 2.0;
        let mut cuts: Vec<f32> = verticals
            .iter()
            .filter(|r| r.from <= mid && r.to >= mid)
            .map(|r| r.at)
            .collect();
        cuts.sort_by(f32::total_cmp);
        cuts.dedup_by(|a, b| (*a - *b).abs() <= MEET);
        widest = widest.max(cuts.len().saturating_sub(1));
        for pair in cuts.windows(2) {
            let (u0, u1) = (pair[0], pair[1]);
            let centre = (u0 + u1) / 2.0;
            // The rule above this cell, if it does not run over it, leaves it part of the
            // cell above (a cell merged down).
            let ruled_above = horizontals
                .iter()
                .any(|h| (h.at - v0).abs() <= MEET && h.from <= centre && h.to >= centre);
            let above = (!ruled_above)
                .then(|| {
                    cells.iter_mut().rev().find(|c| {
                        (c.v1 - v0).abs() <= MEET
                            && (c.u0 - u0).abs() <= MEET
                            && (c.u1 - u1).abs() <= MEET
                    })
                })
                .flatten();
            match above {
                Some(cell) => cell.v1 = v1,
                None => cells.push(Cell {
                    row: band,
                    u0,
                    u1,
                    v0,
                    v1,
                }),
            }
        }
    }
    if widest < MIN_COLUMNS || cells.is_empty() {
        return None;
    }
    // Number the rows that hold a cell's top, so that a band holding only the lower parts
    // of merged cells is no row of its own.
    let mut tops: Vec<usize> = cells.iter().map(|c| c.row).collect();
    tops.sort_unstable();
    tops.dedup();
    for c in &mut cells {
        c.row = tops.binary_search(&c.row).unwrap_or(0);
    }
    cells.sort_by(|a, b| a.row.cmp(&b.row).then(a.u0.total_cmp(&b.u0)));
    Some(Grid {
        top: rows[0],
        bottom: *rows.last().expect("two rows at least"),
        left: cells.iter().map(|c| c.u0).fold(f32::INFINITY, f32::min),
        right: cells.iter().map(|c| c.u1).fold(f32::NEG_INFINITY, f32::max),
        cells,
    })
}

/// Where a glyph is read for placing it in a cell: the middle of its body, a little above
/// the baseline.
fn anchor(g: &Glyph) -> (f32, f32) {
    (g.u + g.advance / 2.0, g.v - 0.3 * g.size)
}

/// Splits upright glyphs among the grids: for each grid, the glyphs of each cell (in the
/// grid's cell order); the glyphs outside every cell are given back.
pub fn place(glyphs: Vec<Glyph>, grids: &[Grid]) -> (Vec<Vec<Vec<Glyph>>>, Vec<Glyph>) {
    let mut placed: Vec<Vec<Vec<Glyph>>> = grids
        .iter()
        .map(|g| vec![Vec::new(); g.cells.len()])
        .collect();
    let mut rest = Vec::new();
    for glyph in glyphs {
        let (u, v) = anchor(&glyph);
        let at = grids.iter().enumerate().find_map(|(gi, grid)| {
            if !grid.contains(u, v) {
                return None;
            }
            grid.cells
                .iter()
                .position(|c| c.holds(u, v))
                .map(|ci| (gi, ci))
        });
        match at {
            Some((gi, ci)) => placed[gi][ci].push(glyph),
            None => rest.push(glyph),
        }
    }
    (placed, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(v: f32, u0: f32, u1: f32) -> Rule {
        Rule::segment(u0, v, u1, v).unwrap()
    }
    fn v(u: f32, v0: f32, v1: f32) -> Rule {
        Rule::segment(u, v0, u, v1).unwrap()
    }

    /// A table of `rows` x `cols` cells, 100 points wide and 20 high each, at (50, 200).
    fn table(rows: usize, cols: usize) -> Vec<Rule> {
        let (left, top) = (50.0, 200.0);
        let right = left + 100.0 * cols as f32;
        let bottom = top + 20.0 * rows as f32;
        let mut rules: Vec<Rule> = (0..=rows)
            .map(|r| h(top + 20.0 * r as f32, left, right))
            .collect();
        rules.extend((0..=cols).map(|c| v(left + 100.0 * c as f32, top, bottom)));
        rules
    }

    #[test]
    fn a_ruled_grid_is_a_table_of_its_cells() {
        let grids = grids(&table(3, 2), 0.0, 800.0);
        assert_eq!(grids.len(), 1);
        let g = &grids[0];
        assert_eq!(g.cells.len(), 6);
        assert_eq!(
            (g.top, g.bottom, g.left, g.right),
            (200.0, 260.0, 50.0, 250.0)
        );
        let rows: Vec<usize> = g.cells.iter().map(|c| c.row).collect();
        assert_eq!(rows, [0, 0, 1, 1, 2, 2]);
        assert_eq!((g.cells[3].u0, g.cells[3].v0), (150.0, 220.0));
    }

    #[test]
    fn boxes_underlines_and_furniture_are_not_tables() {
        // A box around a paragraph: one column.
        assert!(grids(&table(1, 1), 0.0, 800.0).is_empty());
        assert!(grids(&table(4, 1), 0.0, 800.0).is_empty());
        // Underlines and a signature line: no verticals.
        assert!(grids(&[h(300.0, 50.0, 200.0), h(340.0, 50.0, 200.0)], 0.0, 800.0).is_empty());
        // A table in the running header's band (the top tenth of the page).
        let header: Vec<Rule> = table(1, 3)
            .into_iter()
            .map(|mut r| {
                if r.horizontal {
                    r.at -= 170.0;
                } else {
                    r.from -= 170.0;
                    r.to -= 170.0;
                }
                r
            })
            .collect();
        assert!(grids(&header, 0.0, 800.0).is_empty());
        // Too many rules for a page of text.
        let drawing: Vec<Rule> = (0..MAX_RULES + 1)
            .map(|i| h(100.0 + i as f32 * 0.1, 0.0, 50.0))
            .collect();
        assert!(grids(&drawing, 0.0, 800.0).is_empty());
    }

    #[test]
    fn borders_drawn_cell_by_cell_join_and_merged_cells_stay_whole() {
        // Each cell's own four borders, as some producers draw them, over a 2 x 2 table
        // whose first row is one cell merged across both columns.
        let mut rules = vec![
            h(100.0, 0.0, 100.0),
            h(100.0, 100.0, 200.0),
            h(120.0, 0.0, 200.0),
            h(140.0, 0.0, 100.0),
            h(140.0, 100.0, 200.0),
        ];
        rules.extend([
            v(0.0, 100.0, 140.0),
            v(200.0, 100.0, 140.0),
            v(100.0, 120.0, 140.0),
        ]);
        let g = &grids(&rules, 0.0, 800.0)[0];
        let shapes: Vec<(usize, f32, f32)> = g.cells.iter().map(|c| (c.row, c.u0, c.u1)).collect();
        assert_eq!(
            shapes,
            [(0, 0.0, 200.0), (1, 0.0, 100.0), (1, 100.0, 200.0)]
        );
    }

    #[test]
    fn a_cell_merged_down_is_one_cell() {
        // Column one's cell spans both rows: no rule between its two bands.
        let rules = vec![
            h(100.0, 0.0, 200.0),
            h(120.0, 100.0, 200.0),
            h(140.0, 0.0, 200.0),
            v(0.0, 100.0, 140.0),
            v(100.0, 100.0, 140.0),
            v(200.0, 100.0, 140.0),
        ];
        let g = &grids(&rules, 0.0, 800.0)[0];
        let shapes: Vec<(usize, f32, f32)> = g.cells.iter().map(|c| (c.row, c.v0, c.v1)).collect();
        assert_eq!(
            shapes,
            [(0, 100.0, 140.0), (0, 100.0, 120.0), (1, 120.0, 140.0)]
        );
    }

    #[test]
    fn thin_fills_are_rules_and_shading_is_not() {
        assert_eq!(
            Rule::filled(10.0, 99.5, 200.0, 100.5),
            Some(Rule {
                horizontal: true,
                at: 100.0,
                from: 10.0,
                to: 200.0
            })
        );
        assert!(Rule::filled(10.0, 100.0, 200.0, 120.0).is_none());
        assert!(Rule::segment(0.0, 0.0, 50.0, 40.0).is_none(), "a diagonal");
        assert!(Rule::segment(0.0, 0.0, 1.0, 0.0).is_none(), "a dot");
        assert!(Rule::segment(f32::NAN, 0.0, 50.0, 0.0).is_none());
    }

    #[test]
    fn glyphs_go_to_the_cell_they_stand_in() {
        let grids = grids(&table(2, 2), 0.0, 800.0);
        let glyph = |u: f32, v: f32, t: &str| Glyph {
            u,
            v,
            advance: 5.0,
            size: 10.0,
            q: 0,
            text: t.into(),
        };
        let (placed, rest) = place(
            vec![
                glyph(60.0, 215.0, "a"),
                glyph(160.0, 236.0, "d"),
                glyph(60.0, 400.0, "x"),
            ],
            &grids,
        );
        assert_eq!(placed[0][0][0].text, "a");
        assert_eq!(placed[0][3][0].text, "d");
        assert!(placed[0][1].is_empty() && placed[0][2].is_empty());
        assert_eq!(rest.len(), 1);
    }
}
