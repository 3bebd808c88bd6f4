//! The discover stage: turns the paths a user gave into a sorted list of inputs, and says what
//! it passed over and why. A file named on the command line is always an input; under a folder,
//! files of the types probity reads (and legacy types it refuses with advice) are inputs, while
//! hidden files, office lock/temporary files, other file types and symbolic links are listed as
//! skipped. Symbolic links are not followed, so a walk never leaves the tree or loops.

use crate::model::Input;
use crate::report::Skipped;
use std::path::{Path, PathBuf};

/// The marker file that makes a folder one contract pack.
pub const PACK_MARKER: &str = "probity-pack.toml";

/// Extensions taken as inputs when found under a folder. Legacy formats are included so that
/// the user is told to convert them instead of never hearing of them.
const INPUT_EXTENSIONS: &[&str] = &[
    "docx", "docm", "dotx", "dotm", "odt", "ott", "pdf", "txt", "text", "md", "markdown", "xlsx",
    "xlsm", "xlsb", "xls", "ods", "csv", "tsv", "doc", "rtf",
];

/// Files that configure probity rather than being checked.
const CONFIG_FILES: &[&str] = &[PACK_MARKER, "probity.toml"];

#[derive(Debug, Default)]
pub struct Discovered {
    pub inputs: Vec<Input>,
    pub skipped: Vec<Skipped>,
}

pub fn discover(paths: &[PathBuf]) -> Discovered {
    let mut found = Discovered::default();
    for path in paths {
        let display = path.to_string_lossy().into_owned();
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => walk(path, &display, None, &mut found),
            // A named file, or a path that cannot be read: either way an input, so that the
            // error (no such file, permission denied) is reported against it.
            _ => found.inputs.push(Input {
                display,
                path: path.clone(),
                pack: pack_of(path.parent()),
            }),
        }
    }
    found.inputs.sort();
    found.inputs.dedup_by(|a, b| a.path == b.path);
    found.skipped.sort();
    found
}

/// The pack folder a named file belongs to, if its own folder carries the marker.
fn pack_of(dir: Option<&Path>) -> Option<PathBuf> {
    let dir = dir
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    dir.join(PACK_MARKER).is_file().then(|| dir.to_path_buf())
}

fn walk(dir: &Path, display: &str, pack: Option<&Path>, found: &mut Discovered) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            found.skipped.push(Skipped {
                path: display.to_string(),
                reason: format!("folder could not be read: {e}"),
            });
            return;
        }
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    let here_is_pack = entries.iter().any(|e| e.file_name() == PACK_MARKER);
    let pack = if here_is_pack { Some(dir) } else { pack };
    for entry in entries {
        let name = entry.file_name();
        let name_str = name.to_string_lossy();
        let child_display = join_display(display, &name_str);
        let path = entry.path();
        let Ok(file_type) = entry.file_type() else {
            found.skipped.push(Skipped {
                path: child_display,
                reason: "file type could not be read".into(),
            });
            continue;
        };
        if let Some(reason) = skip_reason(&name_str, file_type.is_symlink(), file_type.is_dir()) {
            if let Some(reason) = reason {
                found.skipped.push(Skipped {
                    path: child_display,
                    reason: reason.to_string(),
                });
            }
            continue;
        }
        if file_type.is_dir() {
            walk(&path, &child_display, pack, found);
        } else {
            found.inputs.push(Input {
                display: child_display,
                path,
                pack: pack.map(Path::to_path_buf),
            });
        }
    }
}

/// `None` to take the entry; `Some(None)` to pass over it silently (probity's own config
/// files); `Some(Some(reason))` to list it as skipped.
fn skip_reason(name: &str, is_symlink: bool, is_dir: bool) -> Option<Option<&'static str>> {
    if CONFIG_FILES.contains(&name) {
        return Some(None);
    }
    if is_symlink {
        return Some(Some("symbolic link (not followed)"));
    }
    if name.starts_with("~$") || (name.starts_with(".~lock.") && name.ends_with('#')) {
        return Some(Some("office lock or temporary file"));
    }
    if name.starts_with('.') {
        return Some(Some("hidden"));
    }
    if is_dir {
        return None;
    }
    let ext = crate::read::extension(Path::new(name));
    if INPUT_EXTENSIONS.contains(&ext.as_str()) {
        None
    } else {
        Some(Some("not a contract or spreadsheet file type"))
    }
}

fn join_display(dir: &str, name: &str) -> String {
    if dir.ends_with('/') || dir.ends_with(std::path::MAIN_SEPARATOR) {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn walks_sorted_and_lists_what_it_skips() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join("b.docx"), b"x").unwrap();
        fs::write(root.join("a.txt"), b"x").unwrap();
        fs::write(root.join("~$a.docx"), b"x").unwrap();
        fs::write(root.join(".hidden.txt"), b"x").unwrap();
        fs::write(root.join("logo.png"), b"x").unwrap();
        fs::create_dir(root.join("pack")).unwrap();
        fs::write(root.join("pack").join(PACK_MARKER), b"").unwrap();
        fs::write(root.join("pack").join("core.md"), b"x").unwrap();

        let found = discover(&[root.to_path_buf()]);
        let names: Vec<_> = found
            .inputs
            .iter()
            .map(|i| {
                i.path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.txt", "b.docx", "pack/core.md"]);
        assert!(found.inputs[2].pack.is_some());
        assert!(found.inputs[0].pack.is_none());
        let reasons: Vec<_> = found.skipped.iter().map(|s| s.reason.as_str()).collect();
        assert_eq!(found.skipped.len(), 3, "{reasons:?}");
    }

    #[test]
    fn a_missing_named_path_is_still_an_input() {
        let found = discover(&[PathBuf::from("no/such/file.docx")]);
        assert_eq!(found.inputs.len(), 1);
    }
}
