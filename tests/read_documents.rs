//! The DOCX and ODT readers on files LibreOffice wrote (`scripts/make-document-fixtures.sh`
//! and `scripts/make-sample.sh` regenerate them): the same source must give the same blocks in
//! both formats, with headings, computed clause numbers, table cells, text boxes and notes in
//! reading order, and without tracked deletions or comments. Then mutated copies of those
//! files, which must never make a reader panic.

use probity::model::{BlockKind, Document};
use probity::read::{read_bytes, read_file, Content, Limits};
use proptest::prelude::*;
use std::path::Path;

fn document(path: &str) -> Document {
    match read_file(Path::new(path), &Limits::default()) {
        Ok((_, Content::Document(doc))) => doc,
        other => panic!("{path}: {other:?}"),
    }
}

fn summary(doc: &Document) -> Vec<(BlockKind, Option<String>, String)> {
    doc.blocks
        .iter()
        .map(|b| (b.kind, b.number.clone(), b.text.clone()))
        .collect()
}

#[test]
fn libreoffice_docx_and_odt_read_alike() {
    let docx = summary(&document("fixtures/documents/features.docx"));
    let odt = summary(&document("fixtures/documents/features.odt"));
    assert_eq!(
        docx, odt,
        "the same source must read the same in both formats"
    );
    let expected: Vec<(BlockKind, Option<&str>, &str)> = vec![
        (BlockKind::Heading(1), None, "Services Agreement"),
        (BlockKind::Paragraph, None, "This Agreement is made between Northshire County Council (the “Council”) and Fixture Care Limited (the “Provider”)."),
        (BlockKind::Heading(2), None, "Conduct"),
        (BlockKind::ListItem(0), Some("1."), "The Provider shall comply with the Seven Principles of Public Life."),
        (BlockKind::ListItem(1), Some("1.1"), "The Provider shall:"),
        (BlockKind::ListItem(2), Some("(a)"), "keep a register of interests;"),
        (BlockKind::ListItem(2), Some("(b)"), "report complaints to the Council quarterly."),
        (BlockKind::ListItem(0), Some("2."), "The Provider shall notify the Council of any conflict of interest."),
        (BlockKind::TableCell, None, "Supplier"),
        (BlockKind::TableCell, None, "Fixture Care Limited"),
        (BlockKind::TextBox, None, "Text box: drafting note."),
        (BlockKind::Paragraph, None, "After the box."),
        (BlockKind::Footnote, None, "See the Committee on Standards in Public Life."),
    ];
    let got: Vec<(BlockKind, Option<&str>, &str)> = docx
        .iter()
        .map(|(k, n, t)| (*k, n.as_deref(), t.as_str()))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn shipped_sample_reads_with_headings_and_numbers() {
    let docx = document("fixtures/sample/greenfield-home-care.docx");
    let heading = docx
        .blocks
        .iter()
        .find(|b| b.text == "3. Speaking Up")
        .expect("a heading");
    assert!(matches!(heading.kind, BlockKind::Heading(2)), "{heading:?}");
    assert!(docx.blocks.iter().any(|b| b
        .text
        .starts_with("3.1 The Provider shall maintain a whistleblowing policy")));
    let odt = document("fixtures/sample/brightway-facilities.odt");
    assert!(odt
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Heading(2) && b.text == "5. Conflicts of Interest"));
    assert!(odt.blocks.iter().any(|b| b.text == "[Not used]"));
}

/// Flips, truncates or overwrites bytes of a real file.
#[test]
fn page_headers_are_furniture_not_text_in_every_format() {
    let header = "Contract Reference: WCC/ASC/2025/114 | Schedule 3: Standards of Conduct";
    for format in ["docx", "odt", "pdf"] {
        let doc = document(&format!("fixtures/documents/schedule-header.{format}"));
        assert!(
            doc.furniture.iter().any(|l| l == header),
            "{format}: header not kept as furniture: {:?}",
            doc.furniture
        );
        // Page numbers are not worth keeping; "Page" alone (ODT and DOCX keep the field's
        // text) is a footer line like any other.
        assert!(
            !doc.furniture.iter().any(|l| l.contains("Page 2")),
            "{format}"
        );
        assert!(
            !doc.blocks.iter().any(|b| b.text.contains("WCC/ASC")),
            "{format}: the header reads as contract text"
        );
        assert!(
            doc.blocks
                .iter()
                .any(|b| b.text.contains("Seven Principles of Public Life")),
            "{format}: body lost"
        );
    }
}

fn mutate(bytes: &[u8], edits: &[(usize, u8)], cut: usize) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for &(at, value) in edits {
        if !out.is_empty() {
            let i = at % out.len();
            out[i] = value;
        }
    }
    out.truncate(out.len().saturating_sub(cut % (out.len() / 2 + 1)));
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn mutated_docx_and_odt_never_panic(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..12),
        cut in any::<usize>(),
    ) {
        for path in ["fixtures/documents/features.docx", "fixtures/documents/features.odt"] {
            let bytes = std::fs::read(path).unwrap();
            let mutated = mutate(&bytes, &edits, cut);
            // Ok or a clear error; a panic fails the test.
            let _ = read_bytes(&mutated, Path::new(path), &Limits::default());
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_any_reader(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        for name in ["x.docx", "x.odt", "x.txt", "x.md", "x.pdf", "x.xlsx"] {
            let _ = read_bytes(&bytes, Path::new(name), &Limits::default());
        }
    }
}
