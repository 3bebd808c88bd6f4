//! The discover stage: turns the paths a user gave into a sorted list of inputs, and says what
//! it passed over and why. A file named on the command line is always an input; under a folder,
//! files of the types probity reads (and legacy types it refuses with advice) are inputs, while
//! hidden files, office lock/temporary files, other file types, symbolic links and whatever the
//! `[scan] exclude` patterns of `probity.toml` match are listed as skipped. Symbolic links under
//! a folder are not followed, so a walk never leaves the tree or loops.
//!
//! Folders are walked in parallel (the `ignore` crate's walker, with every ignore-file filter
//! off: a stray `.gitignore` in an archive must never silently drop contracts) and the results
//! sorted, so the order never depends on which thread saw a file first.

use crate::model::Input;
use crate::report::Skipped;
use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

/// Glob patterns that keep files and folders under a folder out of a run (`[scan] exclude` in
/// `probity.toml`). A pattern without `/` matches a file or folder name at any depth
/// (`"*.bak"`, `"drafts"`); one with `/` matches the path below the folder given on the command
/// line, or the path as the report prints it (`"**/drafts/**"`, `"2019/*.pdf"`); `*` never
/// crosses a `/`, `**` does. An excluded folder is listed once and not entered.
#[derive(Debug, Clone, Default)]
pub struct Excludes {
    patterns: Vec<String>,
    names: GlobSet,
    name_index: Vec<usize>,
    paths: GlobSet,
    path_index: Vec<usize>,
}

impl Excludes {
    /// Compiles the patterns; a malformed one is an error naming it.
    pub fn new(patterns: &[String]) -> Result<Excludes, ExcludeError> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        let mut name_index = Vec::new();
        let mut path_index = Vec::new();
        for (i, pattern) in patterns.iter().enumerate() {
            let glob = compile(pattern)?;
            if pattern.contains('/') {
                paths.add(glob);
                path_index.push(i);
            } else {
                names.add(glob);
                name_index.push(i);
            }
        }
        let build = |b: GlobSetBuilder| {
            b.build().map_err(|e| ExcludeError {
                pattern: patterns.join(", "),
                message: e.to_string(),
            })
        };
        Ok(Excludes {
            patterns: patterns.to_vec(),
            names: build(names)?,
            name_index,
            paths: build(paths)?,
            path_index,
        })
    }

    /// The pattern that excludes an entry, given its name, its path below the walked folder
    /// and its display path.
    fn matching(&self, name: &str, relative: &str, display: &str) -> Option<&str> {
        if self.patterns.is_empty() {
            return None;
        }
        let by_name = self
            .names
            .matches(name)
            .first()
            .map(|&i| self.name_index[i]);
        let by_path = || {
            let mut hits = self.paths.matches(relative);
            if hits.is_empty() {
                hits = self.paths.matches(display);
            }
            hits.first().map(|&i| self.path_index[i])
        };
        by_name.or_else(by_path).map(|i| self.patterns[i].as_str())
    }
}

fn compile(pattern: &str) -> Result<Glob, ExcludeError> {
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|e| ExcludeError {
            pattern: pattern.to_string(),
            message: e.kind().to_string(),
        })
}

/// A `[scan] exclude` pattern that is not a glob.
#[derive(Debug, thiserror::Error)]
#[error("`{pattern}` is not a glob pattern: {message}")]
pub struct ExcludeError {
    pub pattern: String,
    pub message: String,
}

/// Discovers with no exclude patterns.
pub fn discover(paths: &[PathBuf]) -> Discovered {
    discover_with(paths, &Excludes::default())
}

pub fn discover_with(paths: &[PathBuf], excludes: &Excludes) -> Discovered {
    let mut found = Discovered::default();
    for path in paths {
        let display = path.to_string_lossy().into_owned();
        match std::fs::metadata(path) {
            // A folder named on the command line is entered even through a symbolic link:
            // the user asked for it.
            Ok(meta) if meta.is_dir() => walk(path, &display, excludes, &mut found),
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

/// What the walker threads report, gathered and then sorted.
#[derive(Default)]
struct Walked {
    files: Vec<(String, PathBuf)>,
    skipped: Vec<Skipped>,
    /// Folders holding the pack marker.
    packs: BTreeSet<PathBuf>,
}

fn walk(root: &Path, root_display: &str, excludes: &Excludes, found: &mut Discovered) {
    let walked = Mutex::new(Walked::default());
    let mut builder = ignore::WalkBuilder::new(root);
    builder
        // No .gitignore, .ignore, global git excludes, parent ignore files or hidden-file
        // filter: hidden files are listed as skipped below, the rest is the user's business.
        .standard_filters(false)
        .follow_links(false);
    builder.build_parallel().run(|| {
        let walked = &walked;
        Box::new(move |entry| {
            let mut local = Walked::default();
            let state = visit(entry, root, root_display, excludes, &mut local);
            let mut all = walked.lock().unwrap_or_else(|e| e.into_inner());
            all.files.append(&mut local.files);
            all.skipped.append(&mut local.skipped);
            all.packs.append(&mut local.packs);
            state
        })
    });
    let walked = walked.into_inner().unwrap_or_else(|e| e.into_inner());
    for (display, path) in walked.files {
        let pack = nearest_pack(&path, root, &walked.packs);
        found.inputs.push(Input {
            display,
            path,
            pack,
        });
    }
    found.skipped.extend(walked.skipped);
}

/// Classifies one entry of the walk. Returns `Skip` for a folder not to be entered.
fn visit(
    entry: Result<ignore::DirEntry, ignore::Error>,
    root: &Path,
    root_display: &str,
    excludes: &Excludes,
    out: &mut Walked,
) -> ignore::WalkState {
    use ignore::WalkState::{Continue, Skip};
    let entry = match entry {
        Ok(entry) => entry,
        Err(e) => {
            let path = error_path(&e).unwrap_or(root);
            out.skipped.push(Skipped {
                path: display_of(path, root, root_display),
                reason: format!("could not be read: {}", error_text(&e)),
            });
            return Continue;
        }
    };
    // The folder given on the command line is always entered, whatever its name ("." is
    // hidden by name).
    if entry.depth() == 0 {
        return Continue;
    }
    let path = entry.path();
    let display = display_of(path, root, root_display);
    let name = entry.file_name().to_string_lossy();
    let Some(file_type) = entry.file_type() else {
        out.skipped.push(Skipped {
            path: display,
            reason: "file type could not be read".into(),
        });
        return Continue;
    };
    let is_dir = file_type.is_dir();
    if name == PACK_MARKER {
        if let Some(dir) = path.parent() {
            out.packs.insert(dir.to_path_buf());
        }
    }
    let reason = match skip_reason(&name, file_type.is_symlink(), is_dir) {
        // probity's own config files: neither inputs nor worth a line in the report.
        Some(None) => return Continue,
        Some(Some(reason)) => Some(reason.to_string()),
        None => excludes
            .matching(&name, &relative_of(path, root), &display)
            .map(|p| format!("excluded by [scan] exclude pattern `{p}`")),
    };
    if let Some(reason) = reason {
        out.skipped.push(Skipped {
            path: display,
            reason,
        });
        return if is_dir { Skip } else { Continue };
    }
    if !is_dir {
        out.files.push((display, path.to_path_buf()));
    }
    Continue
}

/// The pack folder an input belongs to: the nearest folder at or above its own, within the
/// walked folder, that holds the marker.
fn nearest_pack(path: &Path, root: &Path, packs: &BTreeSet<PathBuf>) -> Option<PathBuf> {
    if packs.is_empty() {
        return None;
    }
    let mut dir = path.parent();
    while let Some(d) = dir {
        if packs.contains(d) {
            return Some(d.to_path_buf());
        }
        if d == root {
            break;
        }
        dir = d.parent();
    }
    None
}

/// The path below the walked folder, `/`-separated, non-UTF-8 bytes replaced.
fn relative_of(path: &Path, root: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

/// The path as the report prints it: the folder as given, then the path below it.
fn display_of(path: &Path, root: &Path, root_display: &str) -> String {
    let relative = relative_of(path, root);
    if relative.is_empty() {
        root_display.to_string()
    } else {
        join_display(root_display, &relative)
    }
}

fn error_path(e: &ignore::Error) -> Option<&Path> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        ignore::Error::Loop { child, .. } => Some(child),
        _ => None,
    }
}

/// The error without the path (the report puts the path in front).
fn error_text(e: &ignore::Error) -> String {
    match e {
        ignore::Error::WithPath { err, .. }
        | ignore::Error::WithDepth { err, .. }
        | ignore::Error::WithLineNumber { err, .. } => error_text(err),
        other => other.to_string(),
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
    fn excludes_match_names_at_any_depth_and_paths_below_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for folder in ["2019", "live/drafts", "live/current"] {
            fs::create_dir_all(root.join(folder)).unwrap();
        }
        for file in [
            "2019/old.pdf",
            "2019/old.docx",
            "live/drafts/d.docx",
            "live/current/c.docx",
            "live/current/c.bak.docx",
            "top.txt",
        ] {
            fs::write(root.join(file), b"x").unwrap();
        }
        let patterns: Vec<String> = ["drafts", "*.bak.docx", "2019/*.pdf"]
            .map(String::from)
            .to_vec();
        let found = discover_with(&[root.to_path_buf()], &Excludes::new(&patterns).unwrap());
        let relative = |p: &Path| p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
        let inputs: Vec<_> = found.inputs.iter().map(|i| relative(&i.path)).collect();
        assert_eq!(inputs, ["2019/old.docx", "live/current/c.docx", "top.txt"]);
        let skipped: Vec<_> = found
            .skipped
            .iter()
            .map(|s| (s.path.rsplit('/').next().unwrap(), s.reason.as_str()))
            .collect();
        // The excluded folder is listed once, not file by file.
        assert_eq!(
            skipped,
            [
                ("old.pdf", "excluded by [scan] exclude pattern `2019/*.pdf`"),
                (
                    "c.bak.docx",
                    "excluded by [scan] exclude pattern `*.bak.docx`"
                ),
                ("drafts", "excluded by [scan] exclude pattern `drafts`"),
            ]
        );
    }

    #[test]
    fn a_gitignore_in_the_archive_hides_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::write(root.join(".gitignore"), b"*.docx\n").unwrap();
        fs::write(root.join(".ignore"), b"*.txt\n").unwrap();
        fs::write(root.join("a.docx"), b"x").unwrap();
        fs::write(root.join("b.txt"), b"x").unwrap();
        let found = discover(&[root.to_path_buf()]);
        assert_eq!(found.inputs.len(), 2);
    }

    #[test]
    fn the_order_does_not_depend_on_the_walk() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for i in 0..40 {
            let folder = root.join(format!("f{}", i % 7));
            fs::create_dir_all(&folder).unwrap();
            fs::write(folder.join(format!("c{i}.txt")), b"x").unwrap();
        }
        let first = discover(&[root.to_path_buf()]);
        for _ in 0..5 {
            let again = discover(&[root.to_path_buf()]);
            assert_eq!(again.inputs, first.inputs);
        }
        let mut sorted = first.inputs.clone();
        sorted.sort();
        assert_eq!(first.inputs, sorted);
    }

    #[test]
    fn a_missing_named_path_is_still_an_input() {
        let found = discover(&[PathBuf::from("no/such/file.docx")]);
        assert_eq!(found.inputs.len(), 1);
    }
}
