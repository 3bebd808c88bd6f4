//! Property test for the spreadsheet stages after reading: whatever a sheet holds (any mix of
//! headings, numbers, dates, formula errors and junk, anywhere), table recognition, the record
//! rules and typed-row extraction never panic, and every gap they report points at a cell
//! inside the sheet.

use probity::normalise::records::{extract, Registers};
use probity::normalise::tables::{recognise, SheetTable};
use probity::read::sheet::{Cell, CellRef, Sheet};
use probity::rules::records::check_table;
use probity::rules::RulePack;
use proptest::prelude::*;
use std::sync::LazyLock;

static PACK: LazyLock<RulePack> = LazyLock::new(|| RulePack::default_pack().unwrap());

fn cell() -> impl Strategy<Value = Cell> {
    prop_oneof![
        prop::sample::select(vec![
            "Supplier",
            "Contract Ref",
            "Title",
            "Value (£)",
            "Start date",
            "End date",
            "Name",
            "Type of interest",
            "Date declared",
            "Review date",
            "Action taken",
            "Quarter",
            "Brought forward",
            "New",
            "Resolved",
            "Upheld",
            "Not upheld",
            "Carried forward",
            "Complaint ID",
            "Date received",
            "Date acknowledged",
            "Date closed",
            "Outcome",
            "Total",
            "TBC",
            "n/a",
            "-",
            "2025/26 Q1",
            "Q5 2025",
            "31/02/2025",
            "£1.2m",
            "Nil return",
            "Accepted",
            "Hospitality",
            "Acme Care Ltd",
            "",
        ])
        .prop_map(|s| Cell::Text(s.to_string())),
        any::<f64>().prop_map(Cell::Number),
        (-1000i64..80_000).prop_map(|n| Cell::Number(n as f64)),
        Just(Cell::Error("#REF!".to_string())),
        any::<bool>().prop_map(Cell::Bool),
        ".{0,12}".prop_map(Cell::Text),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn any_sheet_is_checked_without_panics(
        layout in 0usize..5,
        cells in prop::collection::vec(((2u32..30, 1u32..12), cell()), 0..200),
        as_of_days in 0i64..4000,
    ) {
        let pack = &*PACK;
        // A header row of a known kind (or none), then anything below it.
        let header: &[&str] = match layout {
            0 => &["Contract Ref", "Title", "Supplier", "Value", "Start date", "End date", "Status", "Review date", "SME?", "Company number"],
            1 => &["Name", "Role", "Provider", "Type of interest", "Description", "Organisation", "Date declared", "Review date", "Action taken", "Value", "Accepted or declined"],
            2 => &["Provider", "Quarter", "Brought forward", "New", "Resolved", "Upheld", "Partially upheld", "Not upheld", "Carried forward"],
            3 => &["Complaint ID", "Provider", "Date received", "Date acknowledged", "Date closed", "Outcome", "Extension agreed"],
            _ => &[],
        };
        let mut all: Vec<(CellRef, Cell)> = header
            .iter()
            .enumerate()
            .map(|(c, h)| (CellRef::new(1, c as u32 + 1), Cell::Text(h.to_string())))
            .collect();
        all.extend(cells.into_iter().map(|((r, c), v)| (CellRef::new(r, c), v)));
        let sheet = Sheet::from_cells("S", all);
        let as_of = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
            + chrono::Days::new(as_of_days as u64);
        let recognised = recognise(&sheet, &pack.tables);
        if layout < 4 {
            prop_assert!(matches!(recognised, SheetTable::Recognised(_)), "layout {layout} not recognised");
        }
        if let SheetTable::Recognised(table) = recognised {
            let gaps = check_table(pack, "f.xlsx", &table, as_of);
            for g in &gaps {
                let cell = g.finding.location.cell.as_deref().unwrap();
                let at: CellRef = cell.parse().unwrap();
                prop_assert!(at.row >= 1 && at.row <= 30 && at.col >= 1 && at.col <= 12, "{cell}");
            }
            let mut registers = Registers::default();
            extract("f.xlsx", &table, &mut registers);
            prop_assert_eq!(registers.tables.len(), 1);
        }
    }
}
