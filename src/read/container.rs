//! Safe access to zip containers (DOCX, ODT, XLSX, ODS): looks up parts by name and
//! decompresses them within the limits, whatever sizes the zip headers claim, so a zip bomb
//! or a lying header costs bounded memory and time.

use super::{Limits, ReadError, MIB};
use crate::model::Format;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::ZipArchive;

/// An opened zip container and a running count of what has been decompressed from it.
pub struct Container<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Stored part names by their lower-case form without a leading `/`, so that a lookup
    /// costs the same in a zip of 100,000 entries as in one of ten (looking parts up by a
    /// walk over every name made reading all parts of such a zip quadratic). Where two
    /// entries differ only in case, the first stored one is kept, as the walk found it.
    by_name: HashMap<String, String>,
    format: Format,
    limits: Limits,
    decompressed: u64,
}

impl<'a> Container<'a> {
    pub fn open(bytes: &'a [u8], format: Format, limits: &Limits) -> Result<Self, ReadError> {
        let archive = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            ReadError::corrupt(
                format,
                format!("not a readable zip container; the file may be truncated or damaged ({e})"),
            )
        })?;
        let mut by_name = HashMap::with_capacity(archive.len());
        for name in archive.file_names() {
            by_name
                .entry(name.trim_start_matches('/').to_ascii_lowercase())
                .or_insert_with(|| name.to_string());
        }
        Ok(Container {
            archive,
            by_name,
            format,
            limits: *limits,
            decompressed: 0,
        })
    }

    /// The exact stored name of a part, matched case-insensitively as OPC requires.
    pub fn find(&self, name: &str) -> Option<String> {
        self.by_name
            .get(&name.trim_start_matches('/').to_ascii_lowercase())
            .cloned()
    }

    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.archive.file_names().map(str::to_string).collect();
        names.sort();
        names
    }

    /// Checks every part's declared size and compression ratio, and their total, without
    /// decompressing anything: for containers another library will open.
    pub fn check_declared_sizes(&mut self) -> Result<(), ReadError> {
        let mut total: u64 = 0;
        for i in 0..self.archive.len() {
            let Ok(entry) = self.archive.by_index_raw(i) else {
                continue;
            };
            let name = entry.name().to_string();
            let (size, compressed) = (entry.size(), entry.compressed_size().max(1));
            if entry.encrypted() {
                return Err(ReadError::Encrypted {
                    what: format!("{} (part {name})", self.format),
                });
            }
            if size > self.limits.max_part_bytes {
                return Err(too_large_part(&name, size, &self.limits));
            }
            if size > MIB && size / compressed > self.limits.max_ratio {
                return Err(ReadError::TooLarge(format!(
                    "{name} expands {}:1 (more than {}:1); it looks like a zip bomb",
                    size / compressed,
                    self.limits.max_ratio
                )));
            }
            total += size;
        }
        if total > self.limits.max_total_bytes {
            return Err(ReadError::TooLarge(format!(
                "the container expands to {} MiB in all, over the {} MiB limit",
                total / MIB,
                self.limits.max_total_bytes / MIB
            )));
        }
        Ok(())
    }

    /// Decompresses one XML part as UTF-8 (see `xml::to_utf8`), or `None` when the container
    /// has no such part.
    pub fn xml_part(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        Ok(self.part(name)?.map(super::xml::to_utf8))
    }

    /// Decompresses one part, or `None` when the container has no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, ReadError> {
        let Some(stored) = self.find(name) else {
            return Ok(None);
        };
        let format = self.format;
        let limits = self.limits;
        let mut entry = match self.archive.by_name(&stored) {
            Ok(e) => e,
            Err(zip::result::ZipError::UnsupportedArchive(msg))
                if msg.contains("ncrypt") || msg.contains("assword") =>
            {
                return Err(ReadError::Encrypted {
                    what: format!("{format} part {stored}"),
                })
            }
            Err(e) => return Err(ReadError::corrupt(format, format!("{stored}: {e}"))),
        };
        if entry.encrypted() {
            return Err(ReadError::Encrypted {
                what: format!("{format} (part {stored})"),
            });
        }
        let declared = entry.size();
        if declared > limits.max_part_bytes {
            return Err(too_large_part(&stored, declared, &limits));
        }
        let compressed = entry.compressed_size().max(1);
        if declared > MIB && declared / compressed > limits.max_ratio {
            return Err(ReadError::TooLarge(format!(
                "{stored} expands {}:1 (more than {}:1); it looks like a zip bomb",
                declared / compressed,
                limits.max_ratio
            )));
        }
        // Headers can lie, so bound the actual read, not the declared size.
        let budget = limits
            .max_part_bytes
            .min(limits.max_total_bytes.saturating_sub(self.decompressed));
        let mut out = Vec::with_capacity(declared.min(budget) as usize);
        let read = (&mut entry)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| ReadError::corrupt(format, format!("{stored}: {e}")))?;
        if read as u64 > budget {
            return Err(if budget < limits.max_part_bytes {
                ReadError::TooLarge(format!(
                    "the container expands to more than {} MiB in all",
                    limits.max_total_bytes / MIB
                ))
            } else {
                too_large_part(&stored, read as u64, &limits)
            });
        }
        self.decompressed += read as u64;
        Ok(Some(out))
    }
}

fn too_large_part(name: &str, size: u64, limits: &Limits) -> ReadError {
    ReadError::TooLarge(format!(
        "{name} expands to {} MiB or more, over the {} MiB per-part limit",
        size / MIB,
        limits.max_part_bytes / MIB
    ))
}

pub fn is_readable_zip(bytes: &[u8]) -> bool {
    ZipArchive::new(Cursor::new(bytes)).is_ok()
}

/// Tells DOCX, ODT, XLSX, XLSB and ODS apart by their parts (and ODF's `mimetype`), since
/// all of them are zips.
pub fn detect_zip_format(bytes: &[u8]) -> Format {
    let Ok(mut archive) = ZipArchive::new(Cursor::new(bytes)) else {
        // A truncated zip still announces itself; let the reader for the extension-less
        // guess report it as corrupt rather than calling it unsupported.
        return guess_from_local_header(bytes);
    };
    let has = |archive: &ZipArchive<Cursor<&[u8]>>, name: &str| {
        archive.file_names().any(|n| n.eq_ignore_ascii_case(name))
    };
    if has(&archive, "word/document.xml") {
        return Format::Docx;
    }
    if has(&archive, "xl/workbook.xml") {
        return Format::Xlsx;
    }
    if has(&archive, "xl/workbook.bin") {
        return Format::Xlsb;
    }
    if let Ok(mut f) = archive.by_name("mimetype") {
        let mut mime = String::new();
        if (&mut f).take(200).read_to_string(&mut mime).is_ok() {
            let mime = mime.trim();
            if mime.starts_with("application/vnd.oasis.opendocument.text") {
                return Format::Odt;
            }
            if mime.starts_with("application/vnd.oasis.opendocument.spreadsheet") {
                return Format::Ods;
            }
        }
    }
    if has(&archive, "content.xml") {
        return Format::Odt;
    }
    Format::Unsupported
}

/// For a zip whose central directory is missing (truncated), read the first local file
/// header's name to guess the format, so the right reader reports the damage.
fn guess_from_local_header(bytes: &[u8]) -> Format {
    if bytes.len() < 30 || !bytes.starts_with(b"PK\x03\x04") {
        return Format::Unsupported;
    }
    let name_len = u16::from_le_bytes([bytes[26], bytes[27]]) as usize;
    let name = bytes.get(30..30 + name_len).unwrap_or_default();
    let name = String::from_utf8_lossy(name);
    let body = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    if name == "mimetype" {
        if body.contains("opendocument.text") {
            return Format::Odt;
        }
        if body.contains("opendocument.spreadsheet") {
            return Format::Ods;
        }
    }
    if body.contains("word/") {
        return Format::Docx;
    }
    if body.contains("xl/") {
        return Format::Xlsx;
    }
    Format::Unsupported
}
