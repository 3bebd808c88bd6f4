//! The PDF reader on files made by real producers (LibreOffice, qpdf; see
//! scripts/make-pdf-fixtures.sh), on the real contracts of the shared corpus, and on mutated
//! bytes.

use probity::model::{BlockKind, Document, Format};
use probity::read::{self, pdf, Limits, ReadError};
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/documents")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn contract() -> Document {
    pdf::read(&fixture("pdf-contract.pdf"), &Limits::default()).expect("fixture reads")
}

fn block_containing<'a>(doc: &'a Document, needle: &str) -> &'a probity::model::Block {
    doc.blocks
        .iter()
        .find(|b| b.text.contains(needle))
        .unwrap_or_else(|| panic!("no block contains {needle:?}; blocks: {:#?}", doc.blocks))
}

#[test]
fn ruled_tables_are_read_cell_by_cell_in_rows() {
    let doc = pdf::read(&fixture("pdf-tables.pdf"), &Limits::default()).expect("fixture reads");
    let rows: Vec<(u32, Vec<&str>)> = {
        let mut rows: Vec<(u32, Vec<&str>)> = Vec::new();
        for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::TableCell) {
            let row = b.row.expect("a cell has a row");
            match rows.last_mut() {
                Some((r, cells)) if *r == row => cells.push(&b.text),
                _ => rows.push((row, vec![&b.text])),
            }
        }
        rows
    };
    let texts: Vec<Vec<&str>> = rows.iter().map(|(_, cells)| cells.clone()).collect();
    // The merged title row is one cell; a cell that wraps (and hyphenates "East-mere")
    // is one text; rows are numbered through the document.
    assert_eq!(texts[0], ["Contract details"]);
    assert_eq!(texts[1], ["Item", "Description", "Details"]);
    assert_eq!(
        texts[3],
        [
            "2",
            "Provider",
            "Brookside Community Opportunities Ltd, company number 08812345, registered office \
             Unit 4, Riverside Business Park, Eastmere EM3 9QT"
        ]
    );
    assert_eq!(
        texts[6],
        ["5", "Freedom of information (clause 8.2)", "Not applicable"]
    );
    assert_eq!(texts[7], ["Ref", "Responsible", "Duty"]);
    assert_eq!(
        texts[9],
        [
            "D2",
            "N/A",
            "Flow down the ethical standards in this clause 1 to any sub-contractor"
        ]
    );
    assert_eq!(texts.len(), 11);
    let numbers: Vec<u32> = rows.iter().map(|(r, _)| *r).collect();
    assert_eq!(numbers, (1..=11).collect::<Vec<u32>>());
    // Text around the tables stays in reading order, outside them.
    let order: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    let at = |needle: &str| order.iter().position(|t| t.contains(needle)).unwrap();
    assert!(at("Where an Item states") < at("Contract details"));
    assert!(at("Not applicable") < at("1.1 Each party") && at("1.1 Each party") < at("D1"));
    assert!(at("Publish the charging policy") < at("6.1 The Provider"));
    assert_eq!(
        block_containing(&doc, "6.1 The Provider").kind,
        BlockKind::Paragraph
    );
}

#[test]
fn two_columns_are_read_left_column_first() {
    let doc = pdf::read(&fixture("pdf-columns.pdf"), &Limits::default()).expect("fixture reads");
    let texts: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    let at = |needle: &str| {
        texts
            .iter()
            .position(|t| t.starts_with(needle))
            .unwrap_or_else(|| panic!("no block starts {needle:?}: {texts:#?}"))
    };
    // Clause order as written, the title above and the signature line below the columns.
    let order = [
        "GENERAL TERMS",
        "1. STANDARDS",
        "1.1 The Provider",
        "1.2 The Provider",
        "2. CONFLICTS",
        "2.1 The Provider",
        "2.2 The Provider",
        "3. COMPLAINTS",
        "3.1 The Provider",
        "3.2 The Provider",
        "4. RECORDS",
        "4.1 The Provider",
        "Signed for",
    ];
    let positions: Vec<usize> = order.iter().map(|n| at(n)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{texts:#?}");
    // 2.2 runs from the foot of the left column to the head of the right one.
    assert_eq!(
        texts[at("2.2 The Provider")],
        "2.2 The Provider shall keep a register of the interests of its directors and managers \
         and shall give a copy to the Council each year."
    );
    assert_eq!(
        texts[at("1.2 The Provider")],
        "1.2 The Provider shall comply with the Seven Principles of Public Life and shall ensure \
         that its staff and volunteers observe them in all their dealings with service users and \
         the public."
    );
}

/// What the table cells mean once read: the party a row names binds its duty, a row
/// whose party is "N/A" binds no one, and a details schedule's "Not applicable" switches
/// off the clause its row names.
#[test]
fn table_rows_bind_their_party_and_switch_clauses_off() {
    use probity::evaluate::{evaluate_read_document, CompiledPack};
    use probity::model::Verdict;
    use probity::normalise::parties::find_parties;
    use probity::rules::RulePack;
    let doc = pdf::read(&fixture("pdf-tables.pdf"), &Limits::default()).expect("fixture reads");
    let parties = find_parties(&doc);
    assert_eq!(
        parties.provider.map(|p| p.name),
        Some("Brookside Community Opportunities Ltd".to_string())
    );
    let pack = CompiledPack::compile(&RulePack::default_pack().unwrap()).unwrap();
    let outcomes = evaluate_read_document(&pack, &doc, "pdf-tables.pdf");
    let verdict = |rule: &str| {
        outcomes
            .iter()
            .find(|o| o.rule.as_str() == rule)
            .map(|o| o.verdict)
            .unwrap()
    };
    assert_eq!(verdict("ES-01"), Verdict::Satisfied, "row D1, Provider");
    assert_ne!(verdict("ES-03"), Verdict::Satisfied, "row D2 is N/A");
    assert_eq!(
        verdict("ES-07"),
        Verdict::Missing,
        "clause 8.2 is not applicable"
    );
    assert_eq!(verdict("CDM-02"), Verdict::Satisfied, "clause 6.2 applies");
}

#[test]
fn clauses_are_whole_sentences_with_their_numbers_and_pages() {
    let doc = contract();
    let nolan = block_containing(&doc, "Seven Principles of Public Life");
    assert_eq!(
        nolan.text,
        "12.1 The Supplier shall comply with the Seven Principles of Public Life (the Nolan \
         Principles) and shall ensure that its Staff act with integrity, objectivity and honesty \
         in all dealings with the public."
    );
    // Clause 12 starts on a new page (page 3 of 4) in the source.
    assert_eq!(nolan.page, Some(3));
    assert_eq!(block_containing(&doc, "14.2 This Contract").page, Some(4));
    assert_eq!(block_containing(&doc, "1.1 In this Contract").page, Some(1));
    let conflict = block_containing(&doc, "conflict of interest");
    assert!(conflict.text.starts_with("12.3 The Supplier shall declare"));
    assert!(
        doc.blocks.iter().all(|b| b.page.is_some()),
        "every block has a page"
    );
    let items: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| b.text.starts_with('('))
        .map(|b| &b.text[..3])
        .collect();
    assert_eq!(items, ["(a)", "(b)"]);
}

#[test]
fn a_word_hyphenated_across_lines_is_mended() {
    let doc = contract();
    let block = block_containing(&doc, "code of conduct");
    assert!(
        block.text.contains("monitor compliance with"),
        "{}",
        block.text
    );
    assert!(!doc.blocks.iter().any(|b| b.text.contains("compli-")));
}

#[test]
fn running_header_and_page_footer_are_removed() {
    let doc = contract();
    for b in &doc.blocks {
        assert!(
            !b.text.contains("NCC/2024/017"),
            "header left in: {}",
            b.text
        );
        assert!(!b.text.contains(" of 4"), "footer left in: {}", b.text);
        assert!(!b.text.starts_with("Page "), "footer left in: {}", b.text);
    }
}

#[test]
fn headings_are_told_from_clauses() {
    let doc = contract();
    let heading = block_containing(&doc, "Standards in Public Life");
    assert!(matches!(heading.kind, BlockKind::Heading(_)), "{heading:?}");
    let title = block_containing(&doc, "SERVICES CONTRACT");
    assert_eq!(title.kind, BlockKind::Heading(1));
    assert_eq!(
        block_containing(&doc, "12.2 The Supplier").kind,
        BlockKind::Paragraph
    );
}

#[test]
fn a_paragraph_running_over_a_page_break_stays_one_block() {
    let doc = contract();
    // Every clause paragraph of the fixture ends with a full stop: none may be cut in two at
    // a page break, and no block may begin in lower case (the tail of a cut paragraph).
    for b in doc.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph) {
        assert!(
            !b.text.starts_with(|c: char| c.is_lowercase()) || b.text.starts_with("between"),
            "a paragraph was cut at a page break: {}",
            b.text
        );
    }
}

#[test]
fn a_scan_without_a_text_layer_needs_ocr() {
    match pdf::read(&fixture("pdf-scanned.pdf"), &Limits::default()) {
        Err(ReadError::NoText) => {}
        other => panic!("expected NoText, got {other:?}"),
    }
}

#[test]
fn a_password_protected_pdf_is_refused_as_encrypted() {
    match pdf::read(&fixture("pdf-encrypted.pdf"), &Limits::default()) {
        Err(ReadError::Encrypted { what }) => assert!(what.contains("PDF"), "{what}"),
        other => panic!("expected Encrypted, got {other:?}"),
    }
}

#[test]
fn an_empty_user_password_is_no_obstacle() {
    let doc = pdf::read(&fixture("pdf-empty-password.pdf"), &Limits::default())
        .expect("opens with the empty password");
    assert_eq!(doc.blocks, contract().blocks);
}

#[test]
fn the_output_size_limit_is_enforced() {
    let limits = Limits {
        max_part_bytes: 1000,
        ..Limits::default()
    };
    match pdf::read(&fixture("pdf-contract.pdf"), &limits) {
        // The content stream itself is over the 1,000-byte part limit before its text is.
        Err(ReadError::TooLarge(msg)) => assert!(
            msg.contains("text") || msg.contains("decompresses to more than 1000 bytes"),
            "{msg}"
        ),
        other => panic!("expected TooLarge, got {other:?}"),
    }
}

#[test]
fn truncated_fixture_is_corrupt_or_partial_never_a_panic() {
    let bytes = fixture("pdf-contract.pdf");
    for cut in [10, 100, 1000, bytes.len() / 2, bytes.len() - 100] {
        match pdf::read(&bytes[..cut], &Limits::default()) {
            Ok(doc) => assert!(doc.text_len() > 0),
            Err(ReadError::Corrupt { format, detail }) => {
                assert_eq!(format, Format::Pdf);
                assert!(!detail.is_empty());
            }
            Err(ReadError::NoText) => {}
            Err(other) => panic!("unexpected error at {cut}: {other}"),
        }
    }
}

#[test]
fn the_read_stage_routes_pdf_bytes_to_this_reader() {
    let (format, content) = read::read_bytes(
        &fixture("pdf-contract.pdf"),
        Path::new("contract.bin"),
        &Limits::default(),
    )
    .expect("reads");
    assert_eq!(format, Format::Pdf);
    assert!(matches!(content, read::Content::Document(d) if d.blocks.len() > 10));
}

/// Every PDF of the shared corpus (real contracts from many producers) reads without a panic,
/// and those with a text layer give text on their first page.
#[test]
fn every_corpus_pdf_reads_without_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !root.is_dir() {
        eprintln!("skipped: {} not found", root.display());
        return;
    }
    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("corpus folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
            {
                files.push(path);
            }
        }
    }
    assert!(!files.is_empty(), "the corpus has PDFs");
    let mut read_ok = 0;
    for path in &files {
        let bytes = std::fs::read(path).expect("read corpus file");
        let outcome = std::panic::catch_unwind(|| pdf::read(&bytes, &Limits::default()));
        match outcome {
            Ok(Ok(doc)) => {
                read_ok += 1;
                assert!(doc.blocks.iter().all(|b| b.page.is_some_and(|p| p >= 1)));
                assert!(doc.text_len() > 100, "{}: little text", path.display());
            }
            Ok(Err(e)) => eprintln!("{}: {e}", path.display()),
            Err(_) => panic!("{}: the reader panicked", path.display()),
        }
    }
    // Every corpus PDF has a text layer; allow one to fail before calling it a regression.
    assert!(
        read_ok + 1 >= files.len(),
        "only {read_ok} of {} corpus PDFs read",
        files.len()
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Mutated fixture bytes (overwritten bytes, a cut-out run, a truncation) never panic and
    /// never give an error other than the PDF ones.
    #[test]
    fn mutated_fixture_never_panics(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..24),
        cut in prop::option::of((any::<prop::sample::Index>(), 0usize..2048)),
        keep in 0.05f64..1.0,
    ) {
        let mut bytes = fixture("pdf-contract.pdf");
        for (at, value) in &flips {
            let i = at.index(bytes.len());
            bytes[i] = *value;
        }
        if let Some((at, len)) = cut {
            let start = at.index(bytes.len());
            let end = (start + len).min(bytes.len());
            bytes.drain(start..end);
        }
        let keep = ((bytes.len() as f64) * keep) as usize;
        bytes.truncate(keep.max(1));
        let outcome = std::panic::catch_unwind(|| pdf::read(&bytes, &Limits::default()));
        prop_assert!(outcome.is_ok(), "the reader panicked");
        if let Ok(Err(e)) = outcome {
            prop_assert!(
                matches!(e, ReadError::Corrupt { .. } | ReadError::NoText | ReadError::Encrypted { .. } | ReadError::TooLarge(_)),
                "unexpected error: {e}"
            );
        }
    }
}

/// A page printed by Chromium ("Save as PDF"), whose CID fonts give runs of equal widths as
/// `c_first c_last w` ranges (the digits): the extractor once read those as the default
/// width, so the text after a clause number drifted against the producer's own positioning
/// ("1.2 The rPovider shall", "e xpects"). A footnote mark after a stop ("unit.1") ends its
/// paragraph.
#[test]
fn a_browser_printed_page_reads_as_its_words() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/blind/set31/c03-ear-care-service-conditions-nhs-icb.pdf");
    let bytes = std::fs::read(&path).expect("set 31 is committed");
    let doc = pdf::read(&bytes, &Limits::default()).expect("reads");
    let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(
        text.iter().any(|t| t.starts_with(
            "1.2 The Provider shall deliver the service from premises registered with the Care Quality Commission"
        )),
        "{text:#?}"
    );
    assert!(!text
        .iter()
        .any(|t| t.contains("rPovider") || t.contains("P rovider")));
    assert!(text
        .iter()
        .any(|t| t.starts_with("2.3 The Provider shall ensure that every member of Staff")));
}
