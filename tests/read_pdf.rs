//! The PDF reader on files LibreOffice wrote (`scripts/make-document-fixtures.sh`): pages kept,
//! running headers and page-number footers dropped, clauses contiguous; a PDF with no text
//! layer is "OCR needed"; damaged PDFs are clear errors, never panics.

use probity::model::BlockKind;
use probity::read::{read_bytes, read_file, Content, Limits, ReadError};
use proptest::prelude::*;
use std::path::Path;

#[test]
fn pages_are_kept_and_running_headers_and_footers_dropped() {
    let Ok((_, Content::Document(doc))) = read_file(
        Path::new("fixtures/documents/paged.pdf"),
        &Limits::default(),
    ) else {
        panic!("paged.pdf should read");
    };
    let text: Vec<(Option<u32>, &str)> = doc
        .blocks
        .iter()
        .map(|b| (b.page, b.text.as_str()))
        .collect();
    assert!(
        !text
            .iter()
            .any(|(_, t)| t.contains("Home Care Contract WCC") || t.starts_with("Page ")),
        "{text:#?}"
    );
    let clause = doc
        .blocks
        .iter()
        .find(|b| b.text.starts_with("The Provider shall comply with"))
        .expect("clause 2.1");
    assert_eq!(clause.page, Some(2));
    assert_eq!(clause.number.as_deref(), Some("2.1"));
    assert!(
        clause
            .text
            .ends_with("the Seven Principles of Public Life."),
        "a clause wrapped over two lines is one block"
    );
    let heading = doc
        .blocks
        .iter()
        .find(|b| b.text == "Complaints")
        .expect("heading 3");
    assert_eq!(
        (heading.kind, heading.page),
        (BlockKind::Heading(1), Some(3))
    );
}

#[test]
fn a_pdf_without_text_needs_ocr() {
    let err = read_file(
        Path::new("fixtures/documents/no-text-layer.pdf"),
        &Limits::default(),
    )
    .unwrap_err();
    assert!(matches!(err, ReadError::NoText), "{err}");
    assert!(err.to_string().contains("OCR needed"));
}

#[test]
fn corpus_pdfs_read_or_fail_clearly() {
    let dir = Path::new("../shared/corpus/contracts");
    if !dir.exists() {
        eprintln!("skipped: {} not found", dir.display());
        return;
    }
    let mut read = 0;
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
        {
            continue;
        }
        match read_file(&path, &Limits::default()) {
            Ok((_, Content::Document(doc))) => {
                assert!(
                    doc.blocks.iter().all(|b| b.page.is_some()),
                    "{}: every block has a page",
                    path.display()
                );
                read += 1;
            }
            Ok(_) => panic!("{} read as a workbook", path.display()),
            Err(e) => assert!(
                !e.to_string().contains("internal error"),
                "{}: {e}",
                path.display()
            ),
        }
    }
    assert!(read >= 15, "only {read} corpus PDFs read");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn damaged_pdfs_never_panic(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..20), keep in 0.1f64..1.0) {
        let bytes = std::fs::read("fixtures/documents/paged.pdf").unwrap();
        let mut damaged = bytes[..(bytes.len() as f64 * keep) as usize].to_vec();
        for (at, value) in edits {
            if !damaged.is_empty() {
                let i = at % damaged.len();
                damaged[i] = value;
            }
        }
        let _ = read_bytes(&damaged, Path::new("x.pdf"), &Limits::default());
    }
}
