//! Hostile inputs from a red-team pass that the first hostile tests did not cover, each built
//! here in memory at a size that shows the bound without costing the test much: flate bombs
//! and deep form chains in PDFs, one shared string in many cells, ODS text repeats, cells
//! outside any sheet, text files of millions of paragraphs, zips of 100,000 entries, XML parts
//! in UTF-16, list counters at u32::MAX. Before the fixes each one aborted the whole scan, ran
//! for minutes, or read wrongly.

use assert_cmd::Command;
use probity::read::{self, Content, Limits, ReadError, MIB};
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;

fn zip_of(parts: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .large_file(true);
        for (name, data) in parts {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(data).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

fn read(bytes: &[u8], name: &str, limits: &Limits) -> Result<Content, ReadError> {
    read::read_bytes(bytes, Path::new(name), limits).map(|(_, c)| c)
}

fn error_text(result: Result<Content, ReadError>) -> String {
    match result {
        Ok(_) => panic!("read, but should have been refused"),
        Err(e) => e.to_string(),
    }
}

const CLAUSE: &[u8] = b"BT /F1 12 Tf 72 720 Td (1.1 The Provider shall comply with the Nolan Principles and act with integrity at all times.) Tj ET";

/// A one-page PDF with `content` as the page's content stream (`filter` its /Filter entry),
/// and `extra` objects from number 6 on.
fn pdf(content: &[u8], filter: &str, extra: &[Vec<u8>], resources: &str) -> Vec<u8> {
    pdf_listing("4 0 R", content, filter, extra, resources)
}

/// As `pdf`, with the page's `/Contents` entry given (e.g. an array listing object 4 again
/// and again).
fn pdf_listing(
    contents: &str,
    content: &[u8],
    filter: &str,
    extra: &[Vec<u8>],
    resources: &str,
) -> Vec<u8> {
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {contents} /Resources << /Font << /F1 5 0 R >> {resources} >> >>").into_bytes(),
        {
            let mut s = format!("<< /Length {} {filter} >>\nstream\n", content.len()).into_bytes();
            s.extend_from_slice(content);
            s.extend_from_slice(b"\nendstream");
            s
        },
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ];
    objects.extend(extra.iter().cloned());
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

fn small_parts() -> Limits {
    Limits {
        max_part_bytes: MIB,
        max_total_bytes: 4 * MIB,
        ..Limits::default()
    }
}

#[test]
fn a_pdf_stream_that_inflates_past_the_part_limit_is_refused_before_lopdf_inflates_it() {
    // 8 MiB of spaces before the text, 8 KiB compressed: over a 1 MiB part limit. (At the
    // default 64 MiB, a 4 MiB stream of 4 GiB aborted the whole scan.)
    let mut content = vec![b' '; 8 * MIB as usize];
    content.extend_from_slice(CLAUSE);
    let bomb = pdf(&deflate(&content), "/Filter /FlateDecode", &[], "");
    let error = error_text(read(&bomb, "bomb.pdf", &small_parts()));
    assert!(
        error.contains("object 4 0 decompresses to more than 1 MiB")
            && error.contains("decompression bomb"),
        "{error}"
    );
    // Under the limit the same page reads.
    let fine = pdf(&deflate(CLAUSE), "/Filter /FlateDecode", &[], "");
    assert!(read(&fine, "fine.pdf", &small_parts()).is_ok());
}

fn lzw(data: &[u8]) -> Vec<u8> {
    weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
        .encode(data)
        .unwrap()
}

fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in data.chunks(4) {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        let mut n = u32::from_be_bytes(word);
        let mut digits = [0u8; 5];
        for d in digits.iter_mut().rev() {
            *d = (n % 85) as u8 + b'!';
            n /= 85;
        }
        out.extend_from_slice(&digits[..chunk.len() + 1]);
    }
    out.extend_from_slice(b"~>");
    out
}

#[test]
fn a_bomb_behind_lzw_or_a_chain_of_filters_is_measured_too() {
    // lopdf decodes LZW and any chain of Flate, LZW and ASCII85 whole; a 3 MB LZW stream of
    // 4 GiB, or the Flate bomb behind ASCII85, aborted the whole scan.
    let mut content = vec![b' '; 8 * MIB as usize];
    content.extend_from_slice(CLAUSE);
    let chain = "/Filter [/ASCII85Decode /FlateDecode]";
    for (encoded, filter) in [
        (lzw(&content), "/Filter /LZWDecode"),
        (ascii85(&deflate(&content)), chain),
    ] {
        let bomb = pdf(&encoded, filter, &[], "");
        let error = error_text(read(&bomb, "bomb.pdf", &small_parts()));
        assert!(
            error.contains("object 4 0 decompresses to more than 1 MiB"),
            "{filter}: {error}"
        );
    }
    for (encoded, filter) in [
        (lzw(CLAUSE), "/Filter /LZWDecode"),
        (ascii85(&deflate(CLAUSE)), chain),
    ] {
        let fine = pdf(&encoded, filter, &[], "");
        let text: Vec<String> = blocks(read(&fine, "fine.pdf", &small_parts()).unwrap())
            .into_iter()
            .map(|(_, text)| text)
            .collect();
        assert!(
            text.iter()
                .any(|t| t.contains("comply with the Nolan Principles")),
            "{filter}: {text:?}"
        );
    }
}

#[test]
fn form_xobjects_nested_past_the_depth_limit_are_refused_not_a_stack_overflow() {
    // Forms 6, 7, ... each drawing the next: a chain without a cycle. 5,000 of them
    // overflowed the worker's stack and aborted the process; 40 show the limit (32).
    let n = 40;
    let mut extra = Vec::new();
    for i in 0..n {
        let id = 6 + i;
        let (resources, body): (String, &[u8]) = if i + 1 < n {
            (format!("/XObject << /X {} 0 R >>", id + 1), b"/X Do")
        } else {
            ("/Font << /F1 5 0 R >>".to_string(), CLAUSE)
        };
        let mut s = format!(
            "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {resources} >> /Length {} >>\nstream\n",
            body.len()
        )
        .into_bytes();
        s.extend_from_slice(body);
        s.extend_from_slice(b"\nendstream");
        extra.push(s);
    }
    let mut content = CLAUSE.to_vec();
    content.extend_from_slice(b" /X Do");
    let deep = pdf(&content, "", &extra, "/XObject << /X 6 0 R >>");
    let error = error_text(read(&deep, "deep.pdf", &Limits::default()));
    assert!(error.contains("more than 32 deep"), "{error}");
}

#[test]
fn a_page_of_millions_of_tiny_drawing_instructions_is_refused_before_lopdf_decodes_it() {
    // `(a) Tj 0 -0.01 Td` again and again: lopdf decodes a content stream whole into
    // operations at some 150 bytes a token, so 8 MiB of this (21 KB compressed) took 500 MB.
    // 70,000 repeats (1.2 MiB, 490,000 tokens) show the bound; a real page has at most some
    // 16,000.
    let mut content = CLAUSE.to_vec();
    content.extend_from_slice(b" BT /F1 10 Tf 72 700 Td ");
    content.extend(b"(a) Tj 0 -0.01 Td ".repeat(70_000));
    content.extend_from_slice(b"ET");
    let dense = pdf(&deflate(&content), "/Filter /FlateDecode", &[], "");
    let error = error_text(read(&dense, "dense.pdf", &Limits::default()));
    assert!(
        error.contains("page 1 holds more than 400000 drawing instructions"),
        "{error}"
    );
    // The same page with a few thousand of them reads.
    let mut content = CLAUSE.to_vec();
    content.extend_from_slice(b" BT /F1 10 Tf 72 700 Td ");
    content.extend(b"(a) Tj 0 -0.01 Td ".repeat(3_000));
    content.extend_from_slice(b"ET");
    let fine = pdf(&deflate(&content), "/Filter /FlateDecode", &[], "");
    assert!(read(&fine, "fine.pdf", &Limits::default()).is_ok());
}

#[test]
fn one_content_stream_listed_again_and_again_counts_each_time_it_is_drawn() {
    // Measured once while loading (256 KiB, under a 1 MiB part limit), but the page lists it
    // eight times and lopdf inflates it once per listing: 2 MiB together.
    let mut content = CLAUSE.to_vec();
    content.resize(256 * 1024, b' ');
    let listed = pdf_listing(
        &format!("[{}]", "4 0 R ".repeat(8)),
        &deflate(&content),
        "/Filter /FlateDecode",
        &[],
        "",
    );
    let error = error_text(read(&listed, "listed.pdf", &small_parts()));
    assert!(
        error.contains("page 1: its content streams inflate to more than 1 MiB together"),
        "{error}"
    );
    let twice = pdf_listing(
        "[4 0 R 4 0 R]",
        &deflate(&content),
        "/Filter /FlateDecode",
        &[],
        "",
    );
    assert!(read(&twice, "twice.pdf", &small_parts()).is_ok());
}

#[test]
fn glyphs_count_against_the_part_limit_at_what_they_take_in_memory() {
    // One string of 40,000 letters: 40 KB of text, but each glyph is a struct of its own,
    // some 50 bytes, so it holds about 2 MB while the page is laid out. 8 MiB of letters
    // took 1.2 GB before glyphs were counted this way.
    let mut content = CLAUSE.to_vec();
    content.extend_from_slice(b" BT /F1 10 Tf 72 700 Td (");
    content.extend(b"a".repeat(40_000));
    content.extend_from_slice(b") Tj ET");
    let many = pdf(&deflate(&content), "/Filter /FlateDecode", &[], "");
    let error = error_text(read(&many, "many.pdf", &small_parts()));
    assert!(
        error.contains("more than 1 MiB of text and layout in one PDF"),
        "{error}"
    );
}

#[test]
fn an_object_stream_listing_more_objects_than_the_limit_is_refused_before_it_is_parsed() {
    // lopdf parses every object an object stream's index lists before its load filter sees
    // any of them (3 million small objects took 2.5 GB); 300,000 listed here, in 1 MB.
    let n = 300_000u32;
    let mut index = String::new();
    let mut body = String::new();
    for i in 0..n {
        index.push_str(&format!("{} {} ", 100 + i, body.len()));
        body.push_str("1 ");
    }
    let first = index.len();
    let packed = deflate(format!("{index}{body}").as_bytes());
    let mut stream = format!(
        "<< /Type /ObjStm /N {n} /First {first} /Filter /FlateDecode /Length {} >>\nstream\n",
        packed.len()
    )
    .into_bytes();
    stream.extend_from_slice(&packed);
    stream.extend_from_slice(b"\nendstream");
    let crowded = pdf(CLAUSE, "", &[stream], "");
    let error = error_text(read(&crowded, "crowded.pdf", &Limits::default()));
    assert!(
        error.contains("more than 250000 objects in one PDF"),
        "{error}"
    );
}

/// `plain` encrypted as most published PDFs with restrictions are: RC4, 128-bit key, an
/// owner password and an empty user password, so that any reader opens it.
fn encrypted_with_empty_password(plain: &[u8]) -> Vec<u8> {
    let mut doc = lopdf::Document::load_mem(plain).unwrap();
    doc.trailer.set(
        "ID",
        vec![
            lopdf::Object::string_literal("probity-test-id1"),
            lopdf::Object::string_literal("probity-test-id1"),
        ],
    );
    let state = lopdf::EncryptionState::try_from(lopdf::EncryptionVersion::V2 {
        document: &doc,
        owner_password: "owner",
        user_password: "",
        key_length: 128,
        permissions: lopdf::Permissions::PRINTABLE,
    })
    .unwrap();
    doc.encrypt(&state).unwrap();
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn an_encrypted_pdf_that_opens_without_a_password_gets_the_same_limits() {
    // lopdf loads an encrypted file by a path that skips the load filter: an encrypted
    // 4 MiB stream of 4 GiB aborted the whole scan. The same bomb as the plain test above.
    let mut content = vec![b' '; 8 * MIB as usize];
    content.extend_from_slice(CLAUSE);
    let plain_bomb = pdf(&deflate(&content), "/Filter /FlateDecode", &[], "");
    let bomb = encrypted_with_empty_password(&plain_bomb);
    assert!(!bomb.windows(12).any(|w| w == b"Nolan Princi"));
    let error = error_text(read(&bomb, "bomb.pdf", &small_parts()));
    assert!(
        error.contains("object 4 0 decompresses to more than 1 MiB")
            && error.contains("decompression bomb"),
        "{error}"
    );
    // Under the limit the same page is decrypted and read.
    let fine =
        encrypted_with_empty_password(&pdf(&deflate(CLAUSE), "/Filter /FlateDecode", &[], ""));
    let text: Vec<String> = blocks(read(&fine, "fine.pdf", &small_parts()).unwrap())
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("comply with the Nolan Principles")),
        "{text:?}"
    );
}

fn xlsx(sheet_xml: &str, shared_strings: Option<&str>) -> Vec<u8> {
    let mut parts: Vec<(&str, Vec<u8>)> = vec![
        ("[Content_Types].xml", br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#.to_vec()),
        ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec()),
        ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_vec()),
        ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.to_vec()),
        ("xl/worksheets/sheet1.xml", format!(r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_xml}</sheetData></worksheet>"#).into_bytes()),
    ];
    if let Some(sst) = shared_strings {
        parts.push((
            "xl/sharedStrings.xml",
            format!(r#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{sst}</sst>"#).into_bytes(),
        ));
    }
    let parts: Vec<(&str, &[u8])> = parts.iter().map(|(n, d)| (*n, d.as_slice())).collect();
    zip_of(&parts, zip::CompressionMethod::Stored)
}

#[test]
fn one_shared_string_in_many_cells_counts_its_text_once_per_cell() {
    // 64 KiB string in 200 cells: 12.5 MiB of cell text from a 80 KiB workbook. (A 1 MiB
    // string in 10^6 cells aborted the whole scan at 10 GB.)
    let sst = format!("<si><t>{}</t></si>", "Supplier ".repeat(64 * 1024 / 9));
    let rows: String = (1..=20)
        .map(|r| {
            format!(
                "<row r=\"{r}\">{}</row>",
                "<c t=\"s\"><v>0</v></c>".repeat(10)
            )
        })
        .collect();
    let book = xlsx(&rows, Some(&sst));
    let error = error_text(read(&book, "register.xlsx", &small_parts()));
    assert!(
        error.contains("sheet 'Register' takes the workbook past 4 MiB of cell text"),
        "{error}"
    );
    // With the default limits the same workbook reads.
    assert!(read(&book, "register.xlsx", &Limits::default()).is_ok());
}

#[test]
fn a_value_outside_the_largest_sheet_is_refused_with_its_sheet_and_place() {
    // A cell at column ZZZZZZZZ made the table finder walk 2.4 billion columns (53 s).
    let far = |column: &str| {
        xlsx(
            &format!(
                r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Supplier</t></is></c><c r="{column}1"><v>1</v></c></row>"#
            ),
            None,
        )
    };
    let error = error_text(read(&far("ZZZZ"), "far.xlsx", &Limits::default()));
    assert!(
        error.contains("sheet 'Register' has a value at column")
            && error.contains("outside the largest sheet"),
        "{error}"
    );
    // Column ZZZZZZZZ overflows calamine's own arithmetic: in a build with overflow checks
    // (the debug build `cargo test` makes) calamine panics first, which the reader catches
    // as this file's error; in a release build it wraps and our bound refuses it. Either
    // way the file is refused, never read.
    let error = error_text(read(&far("ZZZZZZZZ"), "far.xlsx", &Limits::default()));
    assert!(
        error.contains("outside the largest sheet")
            || error.contains("the spreadsheet library failed on this file"),
        "{error}"
    );
    // A CSV one column wider than a sheet: refused (since the spreadsheet red-team round)
    // before the csv crate splits the row, blank fields or not.
    let mut csv = (1..=16_385)
        .map(|i| format!("h{i}"))
        .collect::<Vec<_>>()
        .join(",");
    csv.push('\n');
    let error = error_text(read(csv.as_bytes(), "wide.csv", &Limits::default()));
    assert!(
        error.contains("sheet 'wide' has a row (row 1) of more than 16384 fields"),
        "{error}"
    );
}

#[test]
fn ods_text_repeated_by_row_and_column_counts_against_the_text_limit() {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="Gifts"><table:table-row table:number-rows-repeated="50"><table:table-cell table:number-columns-repeated="20" office:value-type="string"><text:p>{}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#,
        "Hospitality ".repeat(1000)
    );
    let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>"#;
    let book = zip_of(
        &[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", content.as_bytes()),
            ("META-INF/manifest.xml", manifest),
        ],
        zip::CompressionMethod::Stored,
    );
    // 12 KB x 1,000 cells = 12 MB of text from a 13 KB part.
    let error = error_text(read(&book, "gifts.ods", &small_parts()));
    assert!(
        error.contains("sheet 'Gifts' takes the workbook past 4 MiB of cell text"),
        "{error}"
    );
}

#[test]
fn a_text_file_of_millions_of_paragraphs_is_refused_at_the_block_limit() {
    // 260,000 one-letter paragraphs. (200 MiB of them aborted the scan in Document::push.)
    let text = "x\n\n".repeat(260_000);
    let error = error_text(read(text.as_bytes(), "many.txt", &Limits::default()));
    assert!(
        error.contains("more than 250000 paragraphs, headings and table cells"),
        "{error}"
    );
    // A text file over the per-part limit is refused before it is decoded.
    let big = "The Provider shall comply. ".repeat(80_000);
    let error = error_text(read(big.as_bytes(), "big.md", &small_parts()));
    assert!(
        error.contains("markdown file is 2 MiB, over the 1 MiB limit"),
        "{error}"
    );
}

#[test]
fn a_zip_of_100000_entries_is_read_in_linear_time() {
    // Every part of an XLSX is inflated once before calamine sees it; looking each one up
    // by a walk over all names took 21 s for 100,000 entries.
    let sheet = xlsx(
        r#"<row r="1"><c t="inlineStr"><is><t>Supplier</t></is></c></row>"#,
        None,
    );
    let mut archive = zip::ZipWriter::new_append(std::io::Cursor::new(sheet)).unwrap();
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..100_000 {
        archive
            .start_file(format!("xl/media/i{i}.bin"), opts)
            .unwrap();
    }
    let book = archive.finish().unwrap().into_inner();
    let started = std::time::Instant::now();
    let outcome = read(&book, "entries.xlsx", &Limits::default());
    let took = started.elapsed();
    assert!(outcome.is_ok(), "{:?}", outcome.err());
    assert!(took.as_secs() < 10, "took {took:?}");
}

fn docx(document: &[u8], numbering: Option<&[u8]>) -> Vec<u8> {
    let mut parts: Vec<(&str, &[u8])> = vec![("word/document.xml", document)];
    if let Some(n) = numbering {
        parts.push(("word/numbering.xml", n));
    }
    zip_of(&parts, zip::CompressionMethod::Deflated)
}

fn blocks(content: Content) -> Vec<(Option<String>, String)> {
    match content {
        Content::Document(doc) => doc.blocks.into_iter().map(|b| (b.number, b.text)).collect(),
        Content::Workbook(_) => panic!("not a document"),
    }
}

#[test]
fn a_utf16_or_latin1_document_xml_is_read_not_taken_for_an_empty_document() {
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>The Provider shall comply with the Nolan Principles. Café.</w:t></w:r></w:p></w:body></w:document>";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(xml.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let read16 = blocks(read(&docx(&utf16, None), "u.docx", &Limits::default()).unwrap());
    assert_eq!(read16.len(), 1);
    assert!(
        read16[0].1.contains("Nolan Principles. Café."),
        "{read16:?}"
    );
    let latin_xml = xml.replace("UTF-16", "ISO-8859-1");
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(&latin_xml);
    let read1 = blocks(read(&docx(&latin, None), "l.docx", &Limits::default()).unwrap());
    assert_eq!(read16, read1);
}

#[test]
fn list_counters_at_u32_max_stay_there() {
    let numbering = br#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="4294967295"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let item = r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>The Provider shall comply.</w:t></w:r></w:p>"#;
    let document = format!(
        r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}</w:body></w:document>"#,
        item.repeat(3)
    );
    let read = blocks(
        read(
            &docx(document.as_bytes(), Some(numbering)),
            "n.docx",
            &Limits::default(),
        )
        .unwrap(),
    );
    assert_eq!(read.len(), 3);
    for (number, _) in &read {
        // Wrapping showed the second and third items as "0." and "1.".
        assert_eq!(number.as_deref(), Some("4294967295."), "{read:?}");
    }
}

#[test]
fn a_flate_bomb_pdf_beside_a_good_contract_is_one_error_in_a_full_report() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let mut content = vec![b' '; 8 * MIB as usize];
    content.extend_from_slice(CLAUSE);
    fs::write(
        root.join("bomb.pdf"),
        pdf(&deflate(&content), "/Filter /FlateDecode", &[], ""),
    )
    .unwrap();
    fs::write(
        root.join("good.txt"),
        "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n",
    )
    .unwrap();
    let config = root.join("limits.toml");
    fs::write(&config, "[limits]\nmax-part-mib = 1\n").unwrap();
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--config",
        ])
        .arg(&config)
        .arg(root.join("bomb.pdf"))
        .arg(root.join("good.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2, "{inputs:?}");
    let bomb = inputs
        .iter()
        .find(|i| i["path"].as_str().unwrap().ends_with("bomb.pdf"))
        .unwrap();
    assert!(
        bomb["error"]
            .as_str()
            .unwrap()
            .contains("decompression bomb"),
        "{bomb}"
    );
    let good = inputs
        .iter()
        .find(|i| i["path"].as_str().unwrap().ends_with("good.txt"))
        .unwrap();
    assert_eq!(good["status"], "ok");
}

// ---------------------------------------------------------------------------------------
// XLS (BIFF8 in an OLE2 compound file), from the spreadsheet red-team round (`rtsheets`).

/// One BIFF record.
fn biff(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut r = typ.to_le_bytes().to_vec();
    r.extend((data.len() as u16).to_le_bytes());
    r.extend(data);
    r
}

fn biff_number(row: u16, col: u16, v: f64) -> Vec<u8> {
    let mut d = row.to_le_bytes().to_vec();
    d.extend(col.to_le_bytes());
    d.extend(15u16.to_le_bytes());
    d.extend(v.to_le_bytes());
    biff(0x0203, &d)
}

/// A workbook stream: globals (BOF, code page, one BOUNDSHEET per name, all pointing at the
/// one sheet body, then `sst`, EOF), then the sheet (BOF, `body`, EOF).
fn workbook_stream(names: &[&str], sst: &[u8], body: &[u8]) -> Vec<u8> {
    let bof = |dt: u16| {
        let mut d = 0x0600u16.to_le_bytes().to_vec();
        d.extend(dt.to_le_bytes());
        d.extend([0u8; 12]);
        biff(0x0809, &d)
    };
    let boundsheet = |pos: u32, name: &str| {
        let mut d = pos.to_le_bytes().to_vec();
        d.extend([0, 0, name.len() as u8, 0]);
        d.extend(name.as_bytes());
        biff(0x0085, &d)
    };
    let mut globals = [bof(5), biff(0x0042, &1200u16.to_le_bytes())].concat();
    let sheets_len: usize = names.iter().map(|n| boundsheet(0, n).len()).sum();
    let pos = (globals.len() + sheets_len + sst.len() + 4) as u32;
    for name in names {
        globals.extend(boundsheet(pos, name));
    }
    globals.extend(sst);
    globals.extend(biff(0x000A, &[]));
    [globals, bof(0x10), body.to_vec(), biff(0x000A, &[])].concat()
}

/// A compound file of 512-byte sectors holding `stream` as "Workbook" in normal sectors
/// (padded to 4,096 bytes so that it is not in the mini stream). At most 109 FAT sectors.
fn xls_file(stream: &[u8]) -> Vec<u8> {
    const END: u32 = 0xFFFF_FFFE;
    const FREE: u32 = 0xFFFF_FFFF;
    let mut data = stream.to_vec();
    data.resize(data.len().max(4096).div_ceil(512) * 512, 0);
    let data_sectors = data.len() / 512;
    let dir_sector = data_sectors;
    let mut fat_sectors = 1;
    while (data_sectors + 1 + fat_sectors).div_ceil(128) > fat_sectors {
        fat_sectors += 1;
    }
    assert!(
        fat_sectors <= 109,
        "test workbook too big for a header-only DIFAT"
    );
    let mut fat = vec![FREE; fat_sectors * 128];
    for (i, next) in fat.iter_mut().enumerate().take(data_sectors) {
        *next = if i + 1 < data_sectors {
            i as u32 + 1
        } else {
            END
        };
    }
    fat[dir_sector] = END;
    for s in 0..fat_sectors {
        fat[dir_sector + 1 + s] = 0xFFFF_FFFD;
    }
    let entry = |name: &str, kind: u8, child: u32, start: u32, size: u32| {
        let mut e = vec![0u8; 128];
        let units: Vec<u8> = name
            .encode_utf16()
            .chain([0])
            .flat_map(u16::to_le_bytes)
            .collect();
        e[..units.len()].copy_from_slice(&units);
        e[64..66].copy_from_slice(&(units.len() as u16).to_le_bytes());
        e[66] = kind;
        e[67] = 1;
        e[68..72].copy_from_slice(&FREE.to_le_bytes());
        e[72..76].copy_from_slice(&FREE.to_le_bytes());
        e[76..80].copy_from_slice(&child.to_le_bytes());
        e[116..120].copy_from_slice(&start.to_le_bytes());
        e[120..124].copy_from_slice(&size.to_le_bytes());
        e
    };
    let mut dir = [
        entry("Root Entry", 5, 1, END, 0),
        entry("Workbook", 2, FREE, 0, data.len() as u32),
    ]
    .concat();
    dir.resize(512, 0);
    let mut header = vec![0u8; 512];
    header[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    header[24..34].copy_from_slice(&[0x3E, 0, 3, 0, 0xFE, 0xFF, 9, 0, 6, 0]);
    header[44..48].copy_from_slice(&(fat_sectors as u32).to_le_bytes());
    header[48..52].copy_from_slice(&(dir_sector as u32).to_le_bytes());
    header[56..60].copy_from_slice(&4096u32.to_le_bytes());
    header[60..64].copy_from_slice(&END.to_le_bytes());
    header[68..72].copy_from_slice(&END.to_le_bytes());
    for i in 0..109 {
        let id = if i < fat_sectors {
            (dir_sector + 1 + i) as u32
        } else {
            FREE
        };
        header[76 + 4 * i..80 + 4 * i].copy_from_slice(&id.to_le_bytes());
    }
    let fat: Vec<u8> = fat.iter().flat_map(|v| v.to_le_bytes()).collect();
    [header, data, dir, fat].concat()
}

fn sheet_names(content: Content) -> Vec<String> {
    match content {
        Content::Workbook(book) => book.sheets.iter().map(|s| s.name.clone()).collect(),
        Content::Document(_) => panic!("a workbook was read as a document"),
    }
}

#[test]
fn the_test_xls_builder_makes_a_workbook_calamine_reads() {
    let body = [biff_number(0, 0, 1.0), biff_number(2, 3, 2.0)].concat();
    let book = xls_file(&workbook_stream(&["Register"], &[], &body));
    let content = read(&book, "register.xls", &Limits::default()).unwrap();
    assert_eq!(sheet_names(content), ["Register"]);
}

#[test]
fn an_xls_sheet_spanning_far_apart_cells_is_refused_before_calamine_fills_it_in() {
    // Calamine makes a sheet one dense range from its first to its last cell: two numbers at
    // A1 and IV65536 (5.6 KB) took 1 GB, and A1 and column 65,536 (no XLS program writes
    // that, but calamine reads it) 137 GB, ending the scan.
    for (col, place) in [(255, "A1:IV65536"), (65535, "A1:CRXP65536")] {
        let body = [biff_number(0, 0, 1.0), biff_number(65535, col, 2.0)].concat();
        let book = xls_file(&workbook_stream(&["Register"], &[], &body));
        let error = error_text(read(&book, "register.xls", &Limits::default()));
        assert!(
            error.contains(&format!("sheet 'Register' spans {place}")),
            "{error}"
        );
    }
}

#[test]
fn xls_continue_records_past_the_bound_are_refused_not_taken_one_by_one() {
    // Calamine takes CONTINUE records off the front of a list: a million empty ones after
    // the shared-string table (4 MB) ran for hours; 100,000 took 2.9 s.
    let mut sst = biff(0x00FC, &[1, 0, 0, 0, 1, 0, 0, 0]);
    for _ in 0..40_000 {
        sst.extend(biff(0x003C, &[]));
    }
    let book = xls_file(&workbook_stream(
        &["Register"],
        &sst,
        &biff_number(0, 0, 1.0),
    ));
    let error = error_text(read(&book, "register.xls", &Limits::default()));
    assert!(
        error.contains("followed by more than 32768 CONTINUE records"),
        "{error}"
    );
}

#[test]
fn xls_shared_strings_count_before_calamine_holds_them() {
    // Each entry of the table is a string in calamine, 24 bytes even when empty (3 bytes in
    // the file): 40 MB of empty entries took 530 MB before any cell was counted.
    let mut sst = 4000u32.to_le_bytes().to_vec();
    sst.extend(4000u32.to_le_bytes());
    sst.extend([0u8; 3 * 4000]);
    let mut records = biff(0x00FC, &sst[..8 + 3 * 2700]);
    records.extend(biff(0x003C, &sst[8 + 3 * 2700..]));
    let book = xls_file(&workbook_stream(
        &["Register"],
        &records,
        &biff_number(0, 0, 1.0),
    ));
    let limits = Limits {
        max_cells: 1000,
        ..Limits::default()
    };
    let error = error_text(read(&book, "register.xls", &limits));
    assert!(
        error.contains("the shared-string table holds more than 1000 strings"),
        "{error}"
    );
    assert!(read(&book, "register.xls", &Limits::default()).is_ok());
}

#[test]
fn xls_sheets_naming_the_same_records_each_count() {
    // 5,000 sheet names over one sheet of 100,000 cells (720 KB) took 16 GB in calamine
    // before the cell budget saw the first cell.
    let body: Vec<u8> = (0..100)
        .map(|r| biff_number(r, 0, 1.0))
        .collect::<Vec<_>>()
        .concat();
    let names: Vec<String> = (0..20).map(|i| format!("Copy{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let book = xls_file(&workbook_stream(&names, &[], &body));
    let limits = Limits {
        max_cells: 1000,
        ..Limits::default()
    };
    let error = error_text(read(&book, "register.xls", &limits));
    assert!(
        error.contains("sheet 'Copy10' takes the workbook past 1000 cells"),
        "{error}"
    );
}

#[test]
fn a_sheet_spanning_bomb_xls_beside_a_good_register_is_one_error_in_a_full_report() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let body = [biff_number(0, 0, 1.0), biff_number(65535, 65535, 2.0)].concat();
    fs::write(
        root.join("bomb.xls"),
        xls_file(&workbook_stream(&["Register"], &[], &body)),
    )
    .unwrap();
    fs::write(
        root.join("register.csv"),
        "Reference,Supplier,Contract title,Start date,End date,Value\n1,Good Care Ltd,Home support,01/04/2025,31/03/2026,1000\n",
    )
    .unwrap();
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args([
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "--no-progress",
        ])
        .arg(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2, "{inputs:?}");
    let find = |name: &str| {
        inputs
            .iter()
            .find(|i| i["path"].as_str().unwrap().ends_with(name))
            .unwrap()
    };
    assert!(
        find("bomb.xls")["error"]
            .as_str()
            .unwrap()
            .contains("sheet 'Register' spans A1:CRXP65536"),
        "{inputs:?}"
    );
    assert_eq!(find("register.csv")["status"], "ok");
}

// ---------------------------------------------------------------------------------------
// CSV and misnamed files, from the same round.

#[test]
fn a_csv_line_of_more_fields_than_a_sheet_has_columns_is_refused_before_it_is_split() {
    // One line of 60 million commas (60 MB) took 1.6 GB: the csv crate keeps each field's
    // end, and blank fields were dropped only after.
    let line = format!("Supplier{}\n", ",".repeat(100_000));
    let error = error_text(read(line.as_bytes(), "wide.csv", &Limits::default()));
    assert!(
        error.contains("sheet 'wide' has a row (row 1) of more than 16384 fields"),
        "{error}"
    );
}

fn first_row(content: Content) -> Vec<String> {
    match content {
        Content::Workbook(book) => book.sheets[0]
            .rows()
            .first()
            .map(|r| r.cells().map(|(_, c)| c.as_text().into_owned()).collect())
            .unwrap_or_default(),
        Content::Document(_) => panic!("a spreadsheet was read as a document"),
    }
}

#[test]
fn a_utf16_csv_without_a_byte_order_mark_is_decoded() {
    // It was read as UTF-8 with a NUL between every two letters: no heading matched and
    // the register was listed as an unrecognised table.
    let text = "Reference,Supplier,Contract title\r\n1,Acme Care Ltd,Home support\r\n";
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let content = read(&le, "register.csv", &Limits::default()).unwrap();
    assert_eq!(
        first_row(content),
        ["Reference", "Supplier", "Contract title"]
    );
}

#[test]
fn a_csv_named_as_a_workbook_is_read_as_a_csv_and_an_empty_csv_is_listed_as_empty() {
    // "register.xls" holding CSV text was checked as a contract; an empty CSV was listed as
    // read, with nothing in it and no word of that.
    let csv = b"Reference,Supplier,Contract title\n1,Acme Care Ltd,Home support\n";
    for name in ["register.xls", "register.xlsx", "register.ods"] {
        let (format, content) = read::read_bytes(csv, Path::new(name), &Limits::default()).unwrap();
        assert_eq!(format, probity::model::Format::Csv, "{name}");
        assert_eq!(first_row(content)[1], "Supplier", "{name}");
    }
    let error = error_text(read(b"", "empty.csv", &Limits::default()));
    assert!(error.contains("empty file"), "{error}");
}

#[test]
fn an_xlsx_shared_string_table_of_more_strings_than_cells_is_refused_before_calamine_holds_it() {
    // Calamine keeps every entry, empty ones too, before a cell is read: 12 million `<si/>`
    // (60 MB) took 466 MB for a workbook of one cell.
    let book = xlsx(
        r#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#,
        Some(&"<si/><si><t>x</t></si>".repeat(600)),
    );
    let limits = Limits {
        max_cells: 1000,
        ..Limits::default()
    };
    let error = error_text(read(&book, "register.xlsx", &limits));
    assert!(
        error.contains("xl/sharedStrings.xml holds more than 1000 shared strings"),
        "{error}"
    );
    assert!(read(&book, "register.xlsx", &Limits::default()).is_ok());
}

#[test]
fn a_workbook_of_more_sheets_than_a_spreadsheet_program_holds_is_refused() {
    // 100,000 sheet entries naming one small part (a 1 MB XLSX) ran past two minutes: the
    // table finder costs about a millisecond a sheet. Built stored, the part list small.
    let n = 10_001; // read::MAX_SHEETS + 1
    assert_eq!(n, probity::read::MAX_SHEETS + 1);
    let sheets: String = (0..n)
        .map(|i| format!(r#"<sheet name="S{i}" sheetId="{}" r:id="rId1"/>"#, i + 1))
        .collect();
    let mut book = xlsx(r#"<row r="1"><c r="A1"><v>1</v></c></row>"#, None);
    // Swap the one-sheet workbook part for one listing `n` sheets.
    let workbook = format!(
        r#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheets}</sheets></workbook>"#
    );
    let mut parts = Vec::new();
    {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&book)).unwrap();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut data).unwrap();
            let name = f.name().to_string();
            let data = if name == "xl/workbook.xml" {
                workbook.clone().into_bytes()
            } else {
                data
            };
            parts.push((name, data));
        }
    }
    let parts: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, d)| (n.as_str(), d.as_slice()))
        .collect();
    book = zip_of(&parts, zip::CompressionMethod::Stored);
    let started = std::time::Instant::now();
    let error = error_text(read(&book, "register.xlsx", &Limits::default()));
    assert!(
        error.contains(&format!(
            "the workbook lists {n} sheets, more than the 10000"
        )),
        "{error}"
    );
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}
