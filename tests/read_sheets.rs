//! The spreadsheet reader on files written by a real producer (LibreOffice, see
//! `scripts/make-sheet-fixtures.sh`), on hostile workbooks built here, and on every
//! spreadsheet in the shared corpus (real registers and other projects' broken files).

use chrono::NaiveDate;
use probity::model::Format;
use probity::read::sheet::{self, Cell, CellRef, Workbook};
use probity::read::{self, Content, Limits, ReadError};
use proptest::prelude::*;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/sheets")
        .join(name)
}

fn read_workbook(path: &Path) -> Workbook {
    match read::read_file(path, &Limits::default()) {
        Ok((_, Content::Workbook(wb))) => wb,
        Ok((format, _)) => panic!("{} read as a document ({format})", path.display()),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn at(s: &str) -> CellRef {
    s.parse().unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn declarations_read_alike_in_xlsx_xls_and_ods() {
    for ext in ["xlsx", "xls", "ods"] {
        let wb = read_workbook(&fixture(&format!("declarations.{ext}")));
        let names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Declarations 2025", "Notes"], "{ext}");
        let s = &wb.sheets[0];
        // A title row above a two-row header whose first row has a merged cell.
        assert_eq!(
            s.get(at("A1")).as_text(),
            "Register of interests: care providers"
        );
        assert!(s.row(2).is_none(), "{ext}: the blank row holds nothing");
        assert_eq!(s.merged.len(), 1, "{ext}");
        assert_eq!(s.merged[0].to_string(), "B3:D3", "{ext}");
        assert_eq!(s.shown(at("D3")).as_text(), "Declaration", "{ext}");
        assert_eq!(s.get(at("D3")), &Cell::Empty, "{ext}");
        // Dates: a date cell, day-first text, and a bare Excel serial.
        assert_eq!(s.get(at("B5")), &Cell::Date(ymd(2025, 3, 31)), "{ext}");
        assert_eq!(s.get(at("B6")).as_date(), Some(ymd(2025, 4, 1)), "{ext}");
        assert_eq!(s.get(at("B7")).as_date(), Some(ymd(2025, 4, 1)), "{ext}");
        // Numbers, a formula's cached value, a boolean stored as 1, money as text.
        assert_eq!(s.get(at("C5")).as_text(), "12", "{ext}");
        assert_eq!(s.get(at("E5")), &Cell::Number(12.5), "{ext}");
        assert_eq!(s.get(at("C7")).as_number(), Some(1_250_000.0), "{ext}");
        // A formula whose reference was deleted.
        assert_eq!(s.get(at("E6")), &Cell::Error("#REF!".into()), "{ext}");
        // A value past column Z; trailing empty formatted rows trimmed.
        assert_eq!(s.get(at("AE7")).as_text(), "far column", "{ext}");
        assert_eq!(s.used_range().unwrap().to_string(), "A1:AE7", "{ext}");
        assert_eq!(s.rows().len(), 6, "{ext}");
        assert_eq!(at("AE7").in_sheet(&s.name), "'Declarations 2025'!AE7");
        assert_eq!(wb.sheets[1].get(at("A1")).as_text(), "Dates are day-first.");
    }
}

#[test]
fn supplier_register_reads_alike_in_every_format() {
    for name in [
        "supplier-register.csv",
        "supplier-register-cp1252.csv",
        "supplier-register.xlsx",
        "supplier-register.xls",
        "supplier-register.ods",
    ] {
        let wb = read_workbook(&fixture(name));
        assert_eq!(wb.sheets.len(), 1, "{name}");
        let s = &wb.sheets[0];
        assert_eq!(
            s.get(at("A1")).as_text(),
            "Supplier register 2024-25",
            "{name}"
        );
        assert_eq!(s.get(at("C3")).as_text(), "Contract value", "{name}");
        assert_eq!(s.get(at("A7")).as_text(), "Delta Services LLP", "{name}");
        let values: Vec<Option<f64>> = (4..=7)
            .map(|r| s.get(CellRef::new(r, 3)).as_number())
            .collect();
        assert_eq!(
            values,
            [Some(1_250_000.0), Some(1_250_000.0), Some(120_000.0), None],
            "{name}"
        );
        for r in 4..=7 {
            assert_eq!(
                s.get(CellRef::new(r, 4)).as_date(),
                Some(ymd(2025, 3, 31)),
                "{name} D{r}"
            );
        }
        assert_eq!(s.get(at("E6")).as_number(), None, "{name}: n/a");
        assert_eq!(s.used_range().unwrap().to_string(), "A1:E7", "{name}");
    }
}

#[test]
fn cell_limit_names_the_sheet() {
    let bytes = std::fs::read(fixture("declarations.xlsx")).unwrap();
    let limits = Limits {
        max_cells: 10,
        ..Limits::default()
    };
    for (format, file) in [
        (Format::Xlsx, "declarations.xlsx"),
        (Format::Xls, "declarations.xls"),
        (Format::Ods, "declarations.ods"),
    ] {
        let bytes = std::fs::read(fixture(file)).unwrap();
        let err = sheet::read(&bytes, format, Path::new(file), &limits).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge(_)), "{file}: {err}");
        // An XLSX whose shared-string table alone holds more strings than the limit is
        // refused for that before calamine reads it, naming the part (spreadsheet red team).
        assert!(
            err.to_string().contains("Declarations 2025")
                || (format == Format::Xlsx
                    && err
                        .to_string()
                        .contains("xl/sharedStrings.xml holds more than 10")),
            "{file}: {err}"
        );
    }
    assert!(sheet::read(&bytes, Format::Xlsx, Path::new("x"), &Limits::default()).is_ok());
}

// ---------------------------------------------------------------------------------------
// Hostile workbooks built here

fn zip(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        w.start_file(*name, options).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn xlsx_with_sheet(sheet_xml: &[u8]) -> Vec<u8> {
    zip(&[
        ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#),
        ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
        ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ])
}

#[test]
fn a_million_empty_formatted_rows_cost_nothing() {
    let mut xml = String::from(
        r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Provider</t></is></c></row>"#,
    );
    for r in 2..1_000_000u32 {
        xml.push_str(&format!(
            r#"<row r="{r}" ht="20" customHeight="1"><c r="A{r}"/></row>"#
        ));
    }
    xml.push_str(
        r#"<row r="1000000"><c r="XFD1000000"><v>7</v></c></row></sheetData></worksheet>"#,
    );
    let bytes = xlsx_with_sheet(xml.as_bytes());
    let started = Instant::now();
    let wb = sheet::read(
        &bytes,
        Format::Xlsx,
        Path::new("x.xlsx"),
        &Limits::default(),
    )
    .unwrap();
    let elapsed = started.elapsed();
    let s = &wb.sheets[0];
    assert_eq!(s.rows().len(), 2);
    assert_eq!(s.cell_count(), 2);
    assert_eq!(s.get(at("XFD1000000")).as_number(), Some(7.0));
    eprintln!(
        "1,000,000 empty formatted rows: {} KiB zipped, {} MiB of XML, read in {elapsed:?}",
        bytes.len() / 1024,
        xml.len() / (1024 * 1024)
    );
}

#[test]
fn zip_bomb_is_refused_before_calamine() {
    let sheet = vec![b' '; 8 * 1024 * 1024];
    let bytes = xlsx_with_sheet(&sheet);
    let limits = Limits {
        max_part_bytes: 4 * 1024 * 1024,
        ..Limits::default()
    };
    let err = sheet::read(&bytes, Format::Xlsx, Path::new("b.xlsx"), &limits).unwrap_err();
    assert!(matches!(err, ReadError::TooLarge(_)), "{err}");
}

#[test]
fn ods_repeat_bomb_is_refused_before_calamine() {
    let content = br#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Bomb"><table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
    let bytes = zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("content.xml", content),
    ]);
    let err = sheet::read(&bytes, Format::Ods, Path::new("b.ods"), &Limits::default()).unwrap_err();
    assert!(matches!(err, ReadError::TooLarge(_)), "{err}");
    assert!(err.to_string().contains("'Bomb'"), "{err}");
}

// ---------------------------------------------------------------------------------------
// The shared corpus

fn corpus_spreadsheets() -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files = Vec::new();
    for dir in ["robustness", "sheets"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if matches!(
                read::format_from_extension(&path),
                Format::Xlsx | Format::Xlsb | Format::Xls | Format::Ods | Format::Csv
            ) {
                files.push(path);
            }
        }
    }
    files.sort();
    (!files.is_empty()).then_some(files)
}

#[test]
fn every_corpus_spreadsheet_reads_or_gives_a_clear_error() {
    let Some(files) = corpus_spreadsheets() else {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    };
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let started = Instant::now();
        let outcome = std::panic::catch_unwind(|| read::read_path(path, &Limits::default()));
        let (format, result) = outcome.unwrap_or_else(|_| panic!("{name}: panicked"));
        let elapsed = started.elapsed();
        match &result {
            Ok(Content::Workbook(wb)) => eprintln!(
                "{name}: read as {format}, {} sheets, {} cells, {elapsed:?}",
                wb.sheets.len(),
                wb.cell_count()
            ),
            Ok(Content::Document(_)) => eprintln!("{name}: read as {format} document"),
            Err(e) => {
                let message = e.to_string();
                assert!(message.len() > 15, "{name}: unclear error {message:?}");
                eprintln!("{name}: {format}: {message}");
            }
        }
        // Real registers must read, with something in them.
        if path.parent().is_some_and(|p| p.ends_with("sheets")) {
            match &result {
                Ok(Content::Workbook(wb)) => assert!(wb.cell_count() > 0, "{name} is empty"),
                _ => panic!("{name}: a real register did not read as a workbook"),
            }
        }
        let encrypted = [
            "password",
            "pass_protected",
            "protect.xlsx",
            "xor-encryption",
        ];
        if encrypted.iter().any(|e| name.contains(e)) {
            assert!(
                matches!(result, Err(ReadError::Encrypted { .. })),
                "{name} should be reported as encrypted"
            );
        }
        if name.contains("xmlbomb") || name.contains("594_dos") {
            assert!(result.is_err(), "{name} should be refused");
        }
        // A fuzzed workbook that once panicked calamine; calamine 0.38 reads it as empty.
        if name.contains("666_panic") {
            match &result {
                Ok(Content::Workbook(wb)) => assert_eq!(wb.cell_count(), 0, "{name}"),
                other => assert!(other.is_err(), "{name}: neither empty nor refused"),
            }
        }
        // Valid workbooks that calamine 0.31 refused: a SpreadsheetML part with its own
        // namespace prefix (six cells), and a sheet-only XLS whose stream is named "WORKBOOK".
        if name.contains("nonstandard-xml-ns-prefix") {
            match &result {
                Ok(Content::Workbook(wb)) => assert_eq!(wb.cell_count(), 6, "{name}"),
                _ => panic!("{name}: a valid workbook did not read"),
            }
        }
        if name.contains("capitalized_wbook") {
            assert!(
                matches!(result, Ok(Content::Workbook(_))),
                "{name}: a valid workbook did not read"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// Properties

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_csv_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(wb) = sheet::read(&bytes, Format::Csv, Path::new("p.csv"), &Limits::default()) {
            prop_assert_eq!(wb.sheets.len(), 1);
            for (at, cell) in wb.sheets[0].cells() {
                prop_assert!(at.row >= 1 && at.col >= 1);
                prop_assert!(!cell.is_empty());
            }
        }
    }

    #[test]
    fn arbitrary_text_as_csv_never_panics(text in "[a-z0-9,;|\t\"\r\n £-]{0,400}") {
        let _ = sheet::read(text.as_bytes(), Format::Csv, Path::new("p.csv"), &Limits::default());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn mutated_workbooks_never_panic(
        which in 0usize..4,
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
        cut in any::<prop::sample::Index>(),
        truncate in any::<bool>(),
    ) {
        let (file, format) = [
            ("declarations.xlsx", Format::Xlsx),
            ("declarations.xls", Format::Xls),
            ("declarations.ods", Format::Ods),
            ("supplier-register.xlsx", Format::Xlsx),
        ][which];
        let mut bytes = fixture_bytes(file);
        for (i, b) in &edits {
            let i = i.index(bytes.len());
            bytes[i] = *b;
        }
        if truncate {
            bytes.truncate(cut.index(bytes.len()));
        }
        // Errors are fine; a panic escaping the reader or an unbounded result is not.
        if let Ok(wb) = sheet::read(&bytes, format, Path::new(file), &Limits::default()) {
            prop_assert!(wb.cell_count() < 10_000);
        }
    }
}
