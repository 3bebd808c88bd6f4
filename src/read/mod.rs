//! The read stage: turns the bytes of one input into a `Document` (contracts) or a `Workbook`
//! (spreadsheets). Owns format detection from content, the safety limits every reader obeys,
//! and the error a reader gives for a file it cannot read. Readers know nothing of rules.

pub mod container;
pub mod docx;
mod numerals;
pub mod odt;
pub mod pdf;
pub mod sheet;
pub mod text;
mod xml;
mod xmlscan;

use crate::model::{Document, Format};
use std::path::Path;
use thiserror::Error;

pub use sheet::Workbook;

/// Bounds on what a reader will decompress, parse or hold, so that a hostile file (zip bomb,
/// billion laughs, endlessly nested XML, a million empty rows) costs bounded time and memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file read at all.
    pub max_file_bytes: u64,
    /// Largest single part (e.g. `word/document.xml`) decompressed from a container.
    pub max_part_bytes: u64,
    /// Largest total decompressed from one container.
    pub max_total_bytes: u64,
    /// Largest compression ratio accepted for a part bigger than one MiB.
    pub max_ratio: u64,
    /// Deepest XML element nesting accepted.
    pub max_xml_depth: usize,
    /// Most spreadsheet cells read from one workbook.
    pub max_cells: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 256 * MIB,
            max_part_bytes: 64 * MIB,
            max_total_bytes: 256 * MIB,
            max_ratio: 200,
            max_xml_depth: 512,
            max_cells: 5_000_000,
        }
    }
}

pub const MIB: u64 = 1024 * 1024;

/// Most blocks (paragraphs, headings, list items, table cells) kept from one document. A
/// long contract has a few tens of thousands; each block costs some hundreds of bytes on
/// its way through the later stages, so 200 MiB of blank-line-separated single letters in a
/// text file (67 million paragraphs) ran a scan out of memory and ended it. Not a setting:
/// no real document comes near it, as no PDF comes near `pdf::MAX_PAGES`.
pub const MAX_BLOCKS: usize = 250_000;

/// Most sheets read from one workbook: LibreOffice's own maximum. Each sheet costs the
/// table finder about a millisecond however little it holds, and XLSX and XLS let any number
/// of sheet entries name the same sheet data, so a 1 MB XLSX of 100,000 entries over one
/// small part ran past two minutes. Not a setting: registers have tens of sheets.
pub const MAX_SHEETS: usize = 10_000;

/// Why one input could not be read. The message never repeats the path (the report and the
/// CLI put the path in front) but does name the part, sheet or cell where that is known.
#[derive(Debug, Error)]
pub enum ReadError {
    #[error("cannot read file: {0}")]
    Io(#[from] std::io::Error),
    #[error("unsupported format: {what}; {advice}")]
    Unsupported { what: String, advice: String },
    #[error("encrypted or password-protected {what}; remove the password (save an unprotected copy) and check again")]
    Encrypted { what: String },
    #[error("corrupt {format}: {detail}")]
    Corrupt { format: Format, detail: String },
    #[error("over a safety limit: {0}")]
    TooLarge(String),
    #[error("no text layer: OCR needed (the file has no extractable text)")]
    NoText,
    #[error("the document holds no text to check (empty, or all of it deleted or hidden)")]
    Empty,
    #[error("internal error while reading (a bug in probity, please report it): {0}")]
    Panicked(String),
}

impl ReadError {
    pub fn corrupt(format: Format, detail: impl Into<String>) -> Self {
        ReadError::Corrupt {
            format,
            detail: detail.into(),
        }
    }
}

/// What a reader produced.
#[derive(Debug)]
pub enum Content {
    Document(Document),
    Workbook(Workbook),
}

/// Detects the format from the first bytes (and, for containers, their part names), using
/// the extension only to choose between formats the content cannot tell apart.
pub fn detect(bytes: &[u8], path: &Path) -> Format {
    let ext = extension(path);
    if bytes.starts_with(b"%PDF-") || find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
        return Format::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return match container::detect_zip_format(bytes) {
            // A damaged zip cannot say what it holds; trust its name so that the reader for
            // that format reports the damage ("corrupt docx: ...").
            Format::Unsupported if !container::is_readable_zip(bytes) => {
                match format_from_extension(path) {
                    f
                    @ (Format::Docx | Format::Odt | Format::Xlsx | Format::Xlsb | Format::Ods) => f,
                    _ => Format::Unsupported,
                }
            }
            f => f,
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // OLE2 compound file: legacy Word, legacy Excel, or an encrypted OOXML package.
        if has_utf16_name(bytes, "EncryptedPackage") || has_utf16_name(bytes, "WordDocument") {
            return Format::Unsupported;
        }
        // Stream names are matched as written and in capitals ("WORKBOOK"), as writers differ.
        let excel = ["Workbook", "WORKBOOK", "Book", "BOOK"];
        if excel.iter().any(|name| has_utf16_name(bytes, name)) {
            return Format::Xls;
        }
        return Format::Unsupported;
    }
    // An empty file is nothing to check whatever its name; an empty CSV had been listed as
    // read, with no table and no word that it held nothing.
    if bytes.is_empty() {
        return Format::Unsupported;
    }
    match ext.as_str() {
        "md" | "markdown" => Format::Markdown,
        "csv" | "tsv" => Format::Csv,
        _ if looks_binary(bytes) => Format::Unsupported,
        // Text named as a workbook is, in practice, a CSV or tab-separated export saved
        // under the name a program expects ("report.xls"); it had been read as a contract.
        // Text without a delimiter in its first line is no table (calamine's own test
        // "too_small.xls" is a mail gateway's "Attachment ... not found!"): refused below.
        "xls" | "xlsx" | "xlsm" | "xlsb" | "ods" if !bytes.starts_with(b"{\\rtf") => {
            if is_delimited(bytes) {
                Format::Csv
            } else {
                Format::Unsupported
            }
        }
        _ if bytes.starts_with(b"{\\rtf") => Format::Unsupported,
        _ => Format::Text,
    }
}

/// Reads one file within the limits. A panic inside a reader is the caller's to catch
/// (see `check`), so that one bad file never ends a scan.
pub fn read_file(path: &Path, limits: &Limits) -> Result<(Format, Content), ReadError> {
    let (format, content) = read_path(path, limits);
    content.map(|c| (format, c))
}

/// Reads one file within the limits and says which format it was taken for, also when it
/// could not be read (the report lists the format of every input).
pub fn read_path(path: &Path, limits: &Limits) -> (Format, Result<Content, ReadError>) {
    let bytes = match load(path, limits) {
        Ok(b) => b,
        Err(e) => return (format_from_extension(path), Err(e)),
    };
    let format = detect(&bytes, path);
    (format, read_as(format, &bytes, path, limits))
}

fn load(path: &Path, limits: &Limits) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if meta.is_dir() {
        return Err(ReadError::Io(std::io::Error::other("is a folder")));
    }
    // A FIFO, socket or device would block the worker or never end.
    if !meta.is_file() {
        return Err(ReadError::Io(std::io::Error::other(
            "not a regular file (a pipe, socket or device)",
        )));
    }
    let too_large = |len: u64| {
        ReadError::TooLarge(format!(
            "file is {} MiB, more than the {} MiB limit",
            len / MIB,
            limits.max_file_bytes / MIB
        ))
    };
    if meta.len() > limits.max_file_bytes {
        return Err(too_large(meta.len()));
    }
    // The file may grow between the look and the read: bound the read itself.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?
        .take(limits.max_file_bytes + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads bytes already in memory; `path` is used only for the extension.
pub fn read_bytes(
    bytes: &[u8],
    path: &Path,
    limits: &Limits,
) -> Result<(Format, Content), ReadError> {
    let format = detect(bytes, path);
    read_as(format, bytes, path, limits).map(|c| (format, c))
}

fn read_as(
    format: Format,
    bytes: &[u8],
    path: &Path,
    limits: &Limits,
) -> Result<Content, ReadError> {
    // A text, Markdown or CSV file is its own one part: it gets the per-part limit a
    // DOCX's document.xml or an XLSX sheet gets, not only the (larger) file limit. The
    // later stages hold several copies of a document's text, so the file limit alone let
    // one 200 MiB text file take 2 GiB.
    if matches!(format, Format::Text | Format::Markdown | Format::Csv)
        && bytes.len() as u64 > limits.max_part_bytes
    {
        return Err(ReadError::TooLarge(format!(
            "{format} file is {} MiB, over the {} MiB limit for one document's text or one sheet (max-part-mib)",
            bytes.len() as u64 / MIB,
            limits.max_part_bytes / MIB
        )));
    }
    let content = match format {
        Format::Docx => Content::Document(docx::read(bytes, limits)?),
        Format::Odt => Content::Document(odt::read(bytes, limits)?),
        Format::Pdf => Content::Document(pdf::read(bytes, limits)?),
        Format::Text => Content::Document(text::read(bytes, text::Flavour::Plain)?),
        Format::Markdown => Content::Document(text::read(bytes, text::Flavour::Markdown)?),
        Format::Xlsx | Format::Xlsb | Format::Xls | Format::Ods | Format::Csv => {
            Content::Workbook(sheet::read(bytes, format, path, limits)?)
        }
        Format::Unsupported => return Err(unsupported(bytes, path)),
    };
    if let Content::Document(doc) = &content {
        if doc.blocks.len() > MAX_BLOCKS {
            return Err(too_many_blocks());
        }
    }
    Ok(content)
}

/// The refusal of a document with more than `MAX_BLOCKS` blocks.
pub(crate) fn too_many_blocks() -> ReadError {
    ReadError::TooLarge(format!(
        "more than {MAX_BLOCKS} paragraphs, headings and table cells in one document"
    ))
}

/// The refusal of a workbook listing more than `MAX_SHEETS` sheets.
pub(crate) fn too_many_sheets(count: usize) -> ReadError {
    ReadError::TooLarge(format!(
        "the workbook lists {count} sheets, more than the {MAX_SHEETS} a spreadsheet program holds"
    ))
}

/// The clearest refusal we can give for content no reader takes.
fn unsupported(bytes: &[u8], path: &Path) -> ReadError {
    let ext = extension(path);
    let (what, advice) = if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        if has_utf16_name(bytes, "EncryptedPackage") {
            return ReadError::Encrypted {
                what: "Office document (OOXML inside an OLE2 container)".into(),
            };
        }
        if has_utf16_name(bytes, "WordDocument") {
            (
                "legacy Word document (.doc, OLE2)",
                "convert to DOCX, e.g. `soffice --headless --convert-to docx FILE`",
            )
        } else {
            (
                "OLE2 compound file that is neither Word nor Excel",
                "save it as DOCX, ODT, PDF or XLSX",
            )
        }
    } else if bytes.starts_with(b"PK") {
        (
            "zip archive that is not a DOCX, ODT, XLSX or ODS document",
            "unpack it and check the documents inside",
        )
    } else if bytes.starts_with(b"{\\rtf") {
        ("Rich Text Format (.rtf)", "convert to DOCX")
    } else if bytes.is_empty() {
        ("empty file", "nothing to check; supply the full document")
    } else if is_workbook_name(&ext) && !looks_binary(bytes) {
        (
            "text that is neither a workbook nor a delimited table",
            "save the workbook again as XLSX, or as CSV if it is a table",
        )
    } else {
        ("binary content that is not a document probity reads", "contracts must be DOCX, ODT, PDF, text or Markdown; spreadsheets XLSX, XLS, ODS or CSV")
    };
    // The name matters when it promised something else (a ".docx" that is binary junk).
    let misleading = !ext.is_empty()
        && (what.starts_with("zip") || what.starts_with("binary") || what.starts_with("text"));
    let what = if misleading {
        format!("{what} (named .{ext})")
    } else {
        what.to_string()
    };
    ReadError::Unsupported {
        what,
        advice: advice.to_string(),
    }
}

/// The format a file's name suggests, for reporting a file whose content could not be read.
pub fn format_from_extension(path: &Path) -> Format {
    match extension(path).as_str() {
        "docx" | "docm" | "dotx" | "dotm" => Format::Docx,
        "odt" | "ott" => Format::Odt,
        "pdf" => Format::Pdf,
        "txt" | "text" => Format::Text,
        "md" | "markdown" => Format::Markdown,
        "xlsx" | "xlsm" => Format::Xlsx,
        "xlsb" => Format::Xlsb,
        "xls" => Format::Xls,
        "ods" => Format::Ods,
        "csv" | "tsv" => Format::Csv,
        _ => Format::Unsupported,
    }
}

pub(crate) fn extension(path: &Path) -> String {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// OLE2 directory entries store stream names in UTF-16LE and compare them without regard
/// to case (some writers name the Excel stream `WORKBOOK`).
fn has_utf16_name(bytes: &[u8], name: &str) -> bool {
    let needle: Vec<u8> = name.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(&needle))
}

fn is_workbook_name(ext: &str) -> bool {
    matches!(ext, "xls" | "xlsx" | "xlsm" | "xlsb" | "ods")
}

/// Whether the first line of a text holds a delimiter a CSV reader would split on.
fn is_delimited(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let line = head
        .split(|&b| b == b'\n')
        .find(|l| !l.trim_ascii().is_empty());
    line.is_some_and(|l| l.iter().any(|b| matches!(b, b',' | b';' | b'\t' | b'|')))
}

/// NUL bytes or mostly control characters in the first 8 KiB mean this is no text file.
/// UTF-16 text (with a byte-order mark) is text.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.is_empty() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_pdf_and_text_by_content_not_extension() {
        assert_eq!(detect(b"%PDF-1.7\n...", Path::new("a.docx")), Format::Pdf);
        assert_eq!(
            detect(b"The Supplier shall", Path::new("a.txt")),
            Format::Text
        );
        assert_eq!(detect(b"# Heading", Path::new("a.md")), Format::Markdown);
        assert_eq!(
            detect(b"\x00\x01\x02junk", Path::new("a.txt")),
            Format::Unsupported
        );
        assert_eq!(detect(b"", Path::new("a.txt")), Format::Unsupported);
    }

    #[test]
    fn empty_files_are_unsupported_and_text_named_as_a_workbook_is_csv() {
        for name in ["a.csv", "a.tsv", "a.md", "a.xlsx", "a.ods"] {
            assert_eq!(detect(b"", Path::new(name)), Format::Unsupported, "{name}");
        }
        let csv = b"Reference,Supplier\n1,Acme Ltd\n";
        for name in ["export.xls", "export.xlsx", "export.ods"] {
            assert_eq!(detect(csv, Path::new(name)), Format::Csv, "{name}");
        }
        assert_eq!(
            detect(b"\x00\x01junk", Path::new("a.xls")),
            Format::Unsupported
        );
        let note = b"Attachment f:\\Summer trading shots.xls not found!";
        assert_eq!(detect(note, Path::new("a.xls")), Format::Unsupported);
        let err = read_bytes(note, Path::new("a.xls"), &Limits::default()).unwrap_err();
        assert!(
            err.to_string()
                .contains("text that is neither a workbook nor a delimited table (named .xls)"),
            "{err}"
        );
    }

    #[test]
    fn legacy_doc_gets_convert_advice() {
        let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        bytes.extend("WordDocument".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let err = read_bytes(&bytes, Path::new("x.doc"), &Limits::default()).unwrap_err();
        assert!(err.to_string().contains("convert to DOCX"), "{err}");
    }
}
