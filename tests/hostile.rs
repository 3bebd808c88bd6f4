//! Hostile and broken input, built in the test: zip bombs, parts over the size limit, deeply
//! nested XML, entity declarations, files with the wrong extension, names that are not UTF-8,
//! symbolic-link loops. Each file gets a clear outcome and the rest of the run goes on.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;

fn docx_with(document_xml: &[u8], compression: zip::CompressionMethod) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(compression)
            .large_file(true);
        zip.start_file("word/document.xml", opts).unwrap();
        zip.write_all(document_xml).unwrap();
        zip.finish().unwrap();
    }
    out.into_inner()
}

fn check(dir: &Path) -> Value {
    let out = Command::cargo_bin("probity")
        .unwrap()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "unreadable inputs give exit 2");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn error_of<'a>(report: &'a Value, name: &str) -> &'a str {
    report["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["path"].as_str().unwrap().ends_with(name))
        .unwrap_or_else(|| panic!("{name} missing from the report"))["error"]
        .as_str()
        .unwrap_or("")
}

#[test]
fn hostile_files_are_refused_clearly_and_the_good_one_is_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // 40 MiB of spaces compresses about a thousand to one: the ratio marks a zip bomb.
    let zeros = vec![b' '; 40 * 1024 * 1024];
    fs::write(
        root.join("bomb.docx"),
        docx_with(&zeros, zip::CompressionMethod::Deflated),
    )
    .unwrap();
    // 20,000 nested elements.
    let deep = format!(
        "<w:document xmlns:w=\"w\"><w:body>{}</w:body></w:document>",
        "<w:sdt>".repeat(20_000)
    );
    fs::write(
        root.join("deep.docx"),
        docx_with(deep.as_bytes(), zip::CompressionMethod::Deflated),
    )
    .unwrap();
    // A billion-laughs entity declaration: never expanded.
    let laughs = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\
        <w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>The Supplier shall &b; comply.</w:t></w:r></w:p></w:body></w:document>";
    fs::write(
        root.join("laughs.docx"),
        docx_with(laughs.as_bytes(), zip::CompressionMethod::Deflated),
    )
    .unwrap();
    // A PDF header in a file named .docx, and a DOCX named .pdf: content decides.
    fs::write(
        root.join("really-text.pdf"),
        b"The Provider shall comply with the Nolan Principles.",
    )
    .unwrap();
    // A good contract beside them.
    fs::write(
        root.join("good.txt"),
        "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n",
    )
    .unwrap();

    let report = check(root);
    assert!(
        error_of(&report, "bomb.docx").contains("zip bomb")
            || error_of(&report, "bomb.docx").contains("limit"),
        "{}",
        error_of(&report, "bomb.docx")
    );
    assert!(
        error_of(&report, "deep.docx").contains("deeper than"),
        "{}",
        error_of(&report, "deep.docx")
    );
    assert_eq!(
        error_of(&report, "laughs.docx"),
        "",
        "entities are skipped, the document still reads"
    );
    assert_eq!(
        error_of(&report, "really-text.pdf"),
        "",
        "text content named .pdf is read as text"
    );
    assert_eq!(error_of(&report, "good.txt"), "");
    let providers: Vec<&str> = report["providers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(providers.contains(&"Good Care Ltd"), "{providers:?}");
}

#[cfg(unix)]
#[test]
fn odd_paths_and_symlink_loops_do_not_stop_the_walk() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::create_dir(root.join("sub")).unwrap();
    std::os::unix::fs::symlink(root, root.join("sub").join("loop")).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"contract-\xff.txt");
    fs::write(
        root.join(odd),
        "This Agreement is between A Council (the \"Council\") and B Ltd (the \"Provider\").",
    )
    .unwrap();
    fs::write(root.join("empty.docx"), b"").unwrap();
    let report = check(root);
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2, "{inputs:?}");
    assert!(inputs
        .iter()
        .any(|i| i["path"].as_str().unwrap().contains("contract-") && i["status"] == "ok"));
    let skipped = report["skipped"].as_array().unwrap();
    assert!(
        skipped
            .iter()
            .any(|s| s["reason"].as_str().unwrap().contains("symbolic link")),
        "{skipped:?}"
    );
}

/// A DOCX whose `word/document.xml` inflates to `size` bytes of real paragraphs, written
/// without ever holding them: deflated chunk by chunk. `declared` is the uncompressed size
/// the zip headers claim (a lying header claims less than the part holds).
fn huge_docx(size: u64, declared: Option<u32>) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(false);
        zip.start_file("word/document.xml", opts).unwrap();
        let head = b"<w:document xmlns:w=\"w\"><w:body>";
        zip.write_all(head).unwrap();
        let paragraph =
            b"<w:p><w:r><w:t>The Provider shall comply with the Nolan Principles.</w:t></w:r></w:p>";
        let chunk: Vec<u8> = paragraph
            .iter()
            .copied()
            .cycle()
            .take(paragraph.len() * 12_000)
            .collect();
        let mut written = head.len() as u64;
        while written < size {
            zip.write_all(&chunk).unwrap();
            written += chunk.len() as u64;
        }
        zip.write_all(b"</w:body></w:document>").unwrap();
        zip.finish().unwrap();
    }
    let mut bytes = out.into_inner();
    if let Some(claimed) = declared {
        // Local header: uncompressed size at offset 22; central directory entry: offset 24.
        let local = find(&bytes, b"PK\x03\x04");
        bytes[local + 22..local + 26].copy_from_slice(&claimed.to_le_bytes());
        let central = find(&bytes, b"PK\x01\x02");
        bytes[central + 24..central + 28].copy_from_slice(&claimed.to_le_bytes());
    }
    bytes
}

fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("zip signature")
}

#[test]
fn a_500_mib_document_xml_is_refused_by_the_part_limit_even_when_its_header_lies() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let size = 500 * 1024 * 1024;
    fs::write(root.join("honest.docx"), huge_docx(size, None)).unwrap();
    fs::write(root.join("liar.docx"), huge_docx(size, Some(20_000))).unwrap();
    // Over the file-size limit: a sparse file, so the test writes nothing.
    let big = fs::File::create(root.join("huge.pdf")).unwrap();
    big.set_len(300 * 1024 * 1024).unwrap();
    fs::write(
        root.join("good.txt"),
        "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n",
    )
    .unwrap();

    let report = check(root);
    let honest = error_of(&report, "honest.docx");
    assert!(
        honest.contains("word/document.xml") && honest.contains("limit"),
        "{honest}"
    );
    // The header says 20,000 bytes; the read itself stops at the 64 MiB part limit.
    let liar = error_of(&report, "liar.docx");
    assert!(
        liar.contains(
            "word/document.xml expands to 64 MiB or more, over the 64 MiB per-part limit"
        ),
        "{liar}"
    );
    let huge = error_of(&report, "huge.pdf");
    assert!(
        huge.contains("file is 300 MiB, more than the 256 MiB limit"),
        "{huge}"
    );
    assert_eq!(error_of(&report, "good.txt"), "");
}

#[test]
fn junk_under_every_extension_is_an_error_and_never_a_contract() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let junk: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let names = [
        "junk.pdf",
        "junk.docx",
        "junk.odt",
        "junk.xlsx",
        "junk.xls",
        "junk.ods",
    ];
    for name in names {
        fs::write(root.join(name), &junk).unwrap();
    }
    fs::write(root.join("empty.xlsx"), b"").unwrap();
    fs::write(root.join("empty.pdf"), b"").unwrap();
    // A zip that is none of the formats, and a PDF cut off after its header.
    fs::write(root.join("archive.docx"), {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file("photo.jpg", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(b"not a photo").unwrap();
        zip.finish().unwrap();
        out.into_inner()
    })
    .unwrap();
    fs::write(
        root.join("cut.pdf"),
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
    )
    .unwrap();

    let report = check(root);
    let inputs = report["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), names.len() + 4, "every file is listed");
    for input in inputs {
        let path = input["path"].as_str().unwrap();
        assert_eq!(input["status"], "error", "{path} is not a contract");
        let error = input["error"].as_str().unwrap();
        assert!(
            !error.is_empty() && !error.contains("panic"),
            "{path}: {error}"
        );
    }
    assert!(
        report["providers"].as_array().unwrap().is_empty(),
        "no provider is made up from junk"
    );
}

/// The walk found the files; then, before they are read, one is deleted and one turns into a
/// folder. Both are reported with what happened; the rest of the run goes on.
#[test]
fn a_file_that_vanishes_or_becomes_unreadable_mid_scan_is_reported() {
    use probity::check::{self, CheckOptions};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let text = "This Agreement is between Westshire County Council (the \"Council\") and Good Care Ltd (the \"Provider\").\n\n1.1 The Provider shall comply with the Nolan Principles.\n";
    for name in ["a.txt", "b.txt", "c.txt"] {
        fs::write(root.join(name), text).unwrap();
    }
    let options = CheckOptions {
        paths: vec![root.to_path_buf()],
        rule_paths: Vec::new(),
        config: None,
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap(),
        jobs: Some(2),
        limits: Default::default(),
    };
    let prepared = check::prepare(&options).unwrap();
    assert_eq!(prepared.discovered.inputs.len(), 3);

    fs::remove_file(root.join("a.txt")).unwrap();
    fs::remove_file(root.join("b.txt")).unwrap();
    fs::create_dir(root.join("b.txt")).unwrap();

    let results = check::check_inputs(
        &prepared.discovered.inputs,
        &prepared.pack,
        &prepared.compiled,
        &prepared.limits,
        &options,
        &check::NoProgress,
    );
    let report = check::assemble(results, Vec::new(), &prepared.pack, options.as_of);
    let outcome = |name: &str| {
        report
            .inputs
            .iter()
            .find(|i| i.path.ends_with(name))
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    let vanished = outcome("a.txt").error.as_deref().unwrap_or("");
    assert!(vanished.contains("No such file"), "{vanished}");
    let folder = outcome("b.txt").error.as_deref().unwrap_or("");
    assert!(folder.contains("is a folder"), "{folder}");
    assert!(outcome("c.txt").error.is_none());
    assert_eq!(report.providers.len(), 1);
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_a_contract_is_refused_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("contract.docx");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let report = check(dir.path());
    let error = error_of(&report, "contract.docx");
    assert!(error.contains("not a regular file"), "{error}");
}
