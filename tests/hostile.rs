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
