//! PDF reader: turns a PDF file into a `Document` of paragraphs and headings, each with its
//! 1-based page. Owns everything PDF-specific: opening the file with `pdf-extract` (on `lopdf`),
//! empty-password decryption, making the object graph safe for the extractor, collecting every
//! glyph with its position, and the limits on work. Geometry (glyphs -> lines -> paragraphs)
//! lives in `layout`, running headers and footers in `furniture`, ruled tables in `tables`,
//! two-column text in `columns`.
//!
//! Why `pdf-extract`: see docs/decisions.md, "PDF reader". It exposes each glyph's position and
//! size through its `OutputDev` trait, which is what paragraph breaks, header/footer removal
//! and heading sizes need, and it is light. It panics on many malformed files (it unwraps), so
//! every call into it runs under `catch_unwind`; two of its known ways to recurse without end
//! (a form XObject that draws itself, an image taken for a form) are removed beforehand, and the
//! glyph callback enforces the output size and a time budget.

mod columns;
mod decode;
mod furniture;
mod layout;
mod tables;
mod widths;

use super::{Limits, ReadError};
use crate::model::{Document, Format};
use pdf_extract::{ColorSpace, MediaBox, OutputDev, OutputError, Path, PathOp, Transform};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

pub use layout::{Glyph, PageLines, RawPage};

/// Most pages read from one PDF; a contract has tens or hundreds, a hostile file millions.
const MAX_PAGES: usize = 20_000;
/// Wall-clock budget for extracting one PDF. A real contract takes well under a second per
/// hundred pages; this only stops pathological content streams from holding a worker forever.
const TIME_BUDGET: Duration = Duration::from_secs(120);
/// A page tree deeper than this is corrupt (or a cycle).
const MAX_TREE_DEPTH: usize = 64;
/// Form XObjects drawn inside each other deeper than this are refused: the extractor recurses
/// once per level, and a chain of a few thousand forms (no cycle) overflowed a worker's stack,
/// which aborts the whole process. Real files nest a handful.
const MAX_FORM_DEPTH: usize = 32;
/// Most content-stream tokens one page may draw, its forms included. lopdf decodes a content
/// stream whole into operations, at up to ~150 bytes per token this counts (a stream of
/// `(a) Tj 0 -0.01 Td` repeated: 8 MiB became 500 MB), so the inflated size alone does not
/// bound a page's memory. The densest page of the real PDFs in `fixtures/` and the shared
/// corpus counts 15,574 (`examples/pdf_measures.rs`); this allows 25 times that, some 60 MB
/// of operations at worst.
const MAX_PAGE_TOKENS: usize = 400_000;
/// Most objects loaded from one PDF. lopdf holds every object in memory, some 850 bytes each
/// for small ones (3 million `[1 2 3]` arrays in a 146 MB file took 2.5 GB); the largest of
/// the real PDFs in the shared corpus has 6,610 and one of `MAX_PAGES` pages needs some
/// 100,000.
const MAX_OBJECTS: u64 = 250_000;
/// Fewer letters and digits per page than this, on average, means no usable text layer
/// (a scan with at most a stamp or a page number typed on it).
const MIN_CHARS_PER_PAGE: usize = 24;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Document, ReadError> {
    let extracted = extract_pages(bytes, limits)?;
    if extracted.letters < MIN_CHARS_PER_PAGE * extracted.pages.len().max(1) {
        return Err(ReadError::NoText);
    }
    let doc = layout::document(extracted.pages);
    if doc.text_len() == 0 {
        return Err(ReadError::NoText);
    }
    Ok(doc)
}

/// Every page's lines and ruled tables, in page order, and how many letters and digits the
/// glyphs held (a scan without a text layer has next to none).
pub struct Extracted {
    pub pages: Vec<PageLines>,
    pub letters: usize,
}

/// Every page laid out into lines as soon as it has been drawn, so that only one page's
/// glyphs are held at a time: a glyph costs some sixty bytes, so a document's worth of them
/// was the largest allocation of a PDF read (2,000 pages of 4 KB of text: 490 MB).
pub fn extract_pages(bytes: &[u8], limits: &Limits) -> Result<Extracted, ReadError> {
    let (mut doc, sizes) = guarded("opening the file", || load(bytes, limits))??;
    let forms = guarded("checking the object graph", || make_safe(&mut doc))??;
    guarded("reading the font width tables", || widths::repair(&mut doc))?;
    let pages: Vec<(u32, lopdf::ObjectId)> = guarded("reading the page tree", || {
        doc.get_pages().into_iter().collect::<Vec<_>>()
    })?;
    if pages.is_empty() {
        return Err(corrupt("no pages (page tree missing or empty)"));
    }
    if pages.len() > MAX_PAGES {
        return Err(ReadError::TooLarge(format!(
            "{} pages, more than the {MAX_PAGES} page limit",
            pages.len()
        )));
    }
    let ids: BTreeMap<u32, lopdf::ObjectId> = pages.into_iter().collect();
    for (number, id) in &ids {
        check_parent_chain(&doc, *id, *number)?;
    }
    let measure = |number: u32| -> Result<(), ReadError> {
        let Some(id) = ids.get(&number) else {
            return Ok(());
        };
        check_page_content(&doc, *id, number, &sizes, &forms, limits)
    };
    let mut collector = Collector::new(
        limits.max_part_bytes,
        Instant::now() + TIME_BUDGET,
        &measure,
    );
    // All pages in one call: `output_doc_page` walks the whole page tree to find its page, so
    // calling it page by page was quadratic (19,000 pages ran past the time budget).
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::output_doc(&doc, &mut collector)
    }));
    let number = collector.page_number();
    let failed = match outcome {
        Ok(Ok(())) => collector.failure(),
        Ok(Err(e)) => Some(
            collector
                .failure()
                .unwrap_or_else(|| corrupt(format!("page {number}: {}", describe(&e)))),
        ),
        Err(panic) => Some(corrupt(format!(
            "page {number}: the PDF library failed ({})",
            panic_message(&panic)
        ))),
    };
    if let Some(error) = failed {
        return Err(error);
    }
    Ok(Extracted {
        pages: collector.pages,
        letters: collector.letters,
    })
}

/// Parses the file and decrypts it when it opens with the empty user password; a file that
/// needs a real password is refused as encrypted. Also returns what each stream decodes to,
/// measured while loading.
///
/// lopdf loads an encrypted file by a path of its own that ignores the load filter: it
/// decrypts, inflates and parses every object stream with no bound, and leaves every content
/// stream unmeasured (a 4 MB file with an empty password aborted the whole process, 2 MB took
/// 4 GB). So an encrypted file is loaded as if it were not encrypted, its `/Encrypt` key
/// renamed in a copy of the bytes, and the filter decrypts each stream before measuring it.
/// The key comes from a first, skeleton load of the same copy that keeps no stream content.
fn load(bytes: &[u8], limits: &Limits) -> Result<(lopdf::Document, StreamSizes), ReadError> {
    let Some(hidden) = with_encryption_hidden(bytes) else {
        return load_with_filter(bytes, limits, Mode::Measure(None));
    };
    let skeleton = load_with_filter(&hidden, limits, Mode::Skeleton)?.0;
    let Some(encrypt) = skeleton.trailer.get(HIDDEN_ENCRYPT).ok().cloned() else {
        // "/Encrypt" stood somewhere other than a trailer: the file is not encrypted.
        drop(skeleton);
        return load_with_filter(bytes, limits, Mode::Measure(None));
    };
    let mut skeleton = skeleton;
    skeleton.trailer.set("Encrypt", encrypt);
    if skeleton.authenticate_password("").is_err() {
        return Err(encrypted());
    }
    let state = lopdf::EncryptionState::decode(&skeleton, b"").map_err(|_| encrypted())?;
    drop(skeleton);
    let (mut doc, sizes) = load_with_filter(&hidden, limits, Mode::Measure(Some(Box::new(state))))?;
    doc.trailer.remove(HIDDEN_ENCRYPT);
    Ok((doc, sizes))
}

/// What the load filter does with each object besides counting it.
enum Mode {
    /// Keeps no stream content: only the trailer and the dictionaries are wanted.
    Skeleton,
    /// Measures every stream that decodes larger, decrypting it first with the state given.
    Measure(Option<Box<lopdf::EncryptionState>>),
}

fn load_with_filter(
    bytes: &[u8],
    limits: &Limits,
    mode: Mode,
) -> Result<(lopdf::Document, StreamSizes), ReadError> {
    INFLATE.with(|b| *b.borrow_mut() = Some(InflateBudget::new(limits, mode)));
    let loaded = lopdf::Document::load_mem_with_options(
        bytes,
        lopdf::LoadOptions::with_filter(bound_stream),
    );
    let budget = INFLATE.with(|b| b.borrow_mut().take());
    let (over, sizes) = budget.map_or((None, StreamSizes::new()), |b| (b.over, b.sizes));
    if let Some(why) = over {
        return Err(ReadError::TooLarge(why));
    }
    let doc = loaded.map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => encrypted(),
        other => corrupt(format!("cannot parse the file: {}", describe_lopdf(&other))),
    })?;
    Ok((doc, sizes))
}

/// The name the trailer's `/Encrypt` key is renamed to: as long, so that no offset moves.
const HIDDEN_ENCRYPT: &[u8] = b"Xncrypt";

/// A copy of the file with every `/Encrypt` key renamed, or `None` when there is none. A key
/// is the name followed by white space or a delimiter (not `/EncryptMetadata`).
fn with_encryption_hidden(bytes: &[u8]) -> Option<Vec<u8>> {
    const KEY: &[u8] = b"/Encrypt";
    let is_key_end = |b: Option<&u8>| {
        b.is_none_or(|b| b.is_ascii_whitespace() || b"/<>[]()%{}".contains(b) || *b == 0)
    };
    let found: Vec<usize> = memchr::memmem::find_iter(bytes, KEY)
        .filter(|&at| is_key_end(bytes.get(at + KEY.len())))
        .collect();
    if found.is_empty() {
        return None;
    }
    let mut copy = bytes.to_vec();
    for at in found {
        copy[at + 1..at + KEY.len()].copy_from_slice(HIDDEN_ENCRYPT);
    }
    Some(copy)
}

/// What each stream that decodes larger (images aside) decodes to, by object.
type StreamSizes = BTreeMap<lopdf::ObjectId, u64>;

/// What the streams of the PDF being loaded may inflate to: `Limits::max_part_bytes` each
/// and `Limits::max_total_bytes` in all. lopdf inflates a stream whole whenever it is used (an
/// object stream while loading, a page's content while extracting), with no bound, so a
/// 4 MiB FlateDecode stream of spaces became a 4 GiB allocation that aborted the process.
/// The load filter below measures every stream but images first, by decoding it through the
/// filters lopdf applies (`decode`) into nothing.
/// A thread-local because lopdf takes the filter as a plain `fn`; lopdf is built without
/// its `rayon` feature, so the filter runs on the thread that loads.
struct InflateBudget {
    part: u64,
    left: u64,
    total: u64,
    over: Option<String>,
    sizes: StreamSizes,
    /// Objects loaded so far, those an object stream's index lists counted when the stream
    /// is seen (lopdf parses them all before filtering any).
    objects: u64,
    /// Objects of the last object stream still to come through the filter.
    pending: u64,
    mode: Mode,
}

impl InflateBudget {
    fn new(limits: &Limits, mode: Mode) -> Self {
        InflateBudget {
            part: limits.max_part_bytes,
            left: limits.max_total_bytes,
            total: limits.max_total_bytes,
            over: None,
            sizes: StreamSizes::new(),
            objects: 0,
            pending: 0,
            mode,
        }
    }

    /// Counts `object` (and, for an object stream, the objects its index lists); false once
    /// the file holds more than `MAX_OBJECTS`, after which nothing more is kept.
    fn count(&mut self, object: &lopdf::Object) -> bool {
        if self.objects > MAX_OBJECTS {
            return false;
        }
        let listed = match object {
            lopdf::Object::Stream(stream) if stream.dict.has_type(b"ObjStm") => {
                object_stream_entries(stream, self.part)
            }
            _ => 0,
        };
        if listed > 0 {
            self.objects += 1 + listed;
            self.pending = listed;
        } else if self.pending > 0 {
            self.pending -= 1;
        } else {
            self.objects += 1;
        }
        if self.objects > MAX_OBJECTS {
            self.over.get_or_insert(format!(
                "more than {MAX_OBJECTS} objects in one PDF (a contract of a thousand pages has some tens of thousands)"
            ));
            return false;
        }
        true
    }
}

/// How many objects an object stream's index lists: the number pairs before `/First`,
/// decoded no further than that (and `cap`).
fn object_stream_entries(stream: &lopdf::Stream, cap: u64) -> u64 {
    let Ok(first) = stream.dict.get(b"First").and_then(|f| f.as_i64()) else {
        return 0;
    };
    let first = usize::try_from(u64::try_from(first).unwrap_or(0).min(cap)).unwrap_or(0);
    let index = if decode::expands(&stream.dict) {
        decode::measure(&stream.dict, &stream.content, cap, first).head
    } else {
        stream.content[..stream.content.len().min(first)].to_vec()
    };
    let numbers = index
        .split(|b| b.is_ascii_whitespace())
        .filter(|t| !t.is_empty())
        .count() as u64;
    numbers / 2
}

thread_local! {
    static INFLATE: std::cell::RefCell<Option<InflateBudget>> = const { std::cell::RefCell::new(None) };
}

/// lopdf's load filter: keeps every object (decrypting streams first when the file is
/// encrypted), but a stream that decodes past the budget is emptied (so lopdf never decodes it)
/// and the budget records why the file is refused.
/// lopdf goes on with the object as changed in place for a top-level object, and with the
/// returned one for an object inside an object stream (never a stream itself), so a stream
/// is not copied to be returned.
fn bound_stream(
    id: lopdf::ObjectId,
    object: &mut lopdf::Object,
) -> Option<(lopdf::ObjectId, lopdf::Object)> {
    INFLATE.with(|b| {
        let b = b.borrow();
        let Some(budget) = b.as_ref() else {
            return;
        };
        let lopdf::Object::Stream(stream) = object else {
            return;
        };
        match &budget.mode {
            // Streams only: they are never inside an object stream, so each is one the file
            // encrypted under its own object number. Strings in dictionaries stay as they
            // are; the extractor reads none.
            Mode::Measure(Some(state)) => {
                let _ = lopdf::encryption::decrypt_object(state, id, object);
            }
            Mode::Measure(None) => {}
            Mode::Skeleton => stream.set_content(Vec::new()),
        }
    });
    let kept = INFLATE.with(|b| b.borrow_mut().as_mut().is_none_or(|b| b.count(object)));
    if !kept {
        if let lopdf::Object::Stream(stream) = object {
            // An object stream's objects are parsed from its content after this returns.
            stream.set_content(Vec::new());
        }
        return None;
    }
    let lopdf::Object::Stream(stream) = object else {
        return Some((id, object.clone()));
    };
    // Images are never inflated: `make_safe` swaps every one for an empty form before the
    // extractor runs, and a scan's page images are rightly large.
    let image = stream
        .dict
        .get(b"Subtype")
        .and_then(|s| s.as_name())
        .is_ok_and(|s| s == b"Image");
    if !image && decode::expands(&stream.dict) {
        let refused = INFLATE.with(|b| {
            let mut b = b.borrow_mut();
            let budget = b.as_mut()?;
            let cap = budget.part.min(budget.left);
            let size = decode::measure(&stream.dict, &stream.content, cap, 0).largest;
            let why = if size > budget.part {
                format!(
                    "object {} {} decompresses to more than {}, over the per-part limit (a decompression bomb)",
                    id.0,
                    id.1,
                    size_text(budget.part)
                )
            } else if size > budget.left {
                format!(
                    "the PDF's streams decompress to more than {} in all",
                    size_text(budget.total)
                )
            } else {
                budget.left -= size;
                budget.sizes.insert(id, size);
                return None;
            };
            budget.over.get_or_insert(why);
            Some(())
        });
        if refused.is_some() {
            stream.dict.remove(b"Filter");
            stream.set_content(Vec::new());
        }
    }
    Some((id, lopdf::Object::Null))
}

/// A limit as people read it: whole MiB, or bytes below one.
fn size_text(bytes: u64) -> String {
    if bytes >= super::MIB {
        format!("{} MiB", bytes / super::MIB)
    } else {
        format!("{bytes} bytes")
    }
}

fn encrypted() -> ReadError {
    ReadError::Encrypted {
        what: "PDF (it needs a password to open)".into(),
    }
}

fn corrupt(detail: impl Into<String>) -> ReadError {
    ReadError::corrupt(Format::Pdf, detail)
}

/// Runs one call into the PDF libraries, turning a panic into `Corrupt` naming the step.
fn guarded<T>(step: &str, f: impl FnOnce() -> T) -> Result<T, ReadError> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        corrupt(format!(
            "{step}: the PDF library failed ({})",
            panic_message(&panic)
        ))
    })
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unexpected content".into());
    text.chars().take(160).collect()
}

fn describe(e: &OutputError) -> String {
    match e {
        OutputError::PdfError(e) => describe_lopdf(e),
        OutputError::IoError(e) => e.to_string(),
        OutputError::FormatError(e) => e.to_string(),
    }
}

fn describe_lopdf(e: &lopdf::Error) -> String {
    e.to_string().chars().take(160).collect()
}

/// A page whose chain of /Parent links loops or runs too deep would send the extractor's
/// inherited-attribute lookup into endless recursion.
fn check_parent_chain(
    doc: &lopdf::Document,
    page: lopdf::ObjectId,
    number: u32,
) -> Result<(), ReadError> {
    let mut seen = HashSet::new();
    let mut current = page;
    for _ in 0..MAX_TREE_DEPTH {
        if !seen.insert(current) {
            return Err(corrupt(format!("page {number}: the page tree loops")));
        }
        let parent = doc
            .get_dictionary(current)
            .ok()
            .and_then(|d| d.get(b"Parent").ok())
            .and_then(|p| p.as_reference().ok());
        match parent {
            Some(p) => current = p,
            None => return Ok(()),
        }
    }
    Err(corrupt(format!("page {number}: the page tree is too deep")))
}

// -------------------------------------------------------------------------------------------
// Making the object graph safe for the extractor.

/// The extractor runs every XObject a page draws as if it were a form: an image's bytes would
/// be parsed as drawing operators (slow, and a panic on most scans), and a form that draws
/// itself recurses until the stack overflows, which no `catch_unwind` can stop. Images carry
/// no text, so every XObject dictionary's images become one empty form; forms that can reach
/// themselves are emptied. Returns the forms, with what each draws and how many tokens its
/// content holds, for the per-page measure.
fn make_safe(doc: &mut lopdf::Document) -> Result<Forms, ReadError> {
    let mut images = BTreeSet::new();
    let mut forms = BTreeSet::new();
    for (id, object) in &doc.objects {
        if let lopdf::Object::Stream(stream) = object {
            match stream.dict.get(b"Subtype").and_then(|s| s.as_name()) {
                Ok(b"Image") => {
                    images.insert(*id);
                }
                Ok(b"Form") => {
                    forms.insert(*id);
                }
                _ => {}
            }
        }
    }
    if !images.is_empty() {
        // The extractor fails on a name missing from the dictionary, so each image is swapped
        // for one empty form rather than removed.
        let mut dict = lopdf::Dictionary::new();
        dict.set("Type", lopdf::Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", lopdf::Object::Name(b"Form".to_vec()));
        dict.set("BBox", vec![0.into(), 0.into(), 0.into(), 0.into()]);
        let blank = doc.add_object(lopdf::Stream::new(dict, Vec::new()));
        let ids: Vec<lopdf::ObjectId> = doc.objects.keys().copied().collect();
        for id in ids {
            if let Some(object) = doc.objects.get_mut(&id) {
                replace_images(object, &images, blank, 0);
            }
        }
    }
    // Counted before `form_edges` decodes each form's operations, for the reason the pages
    // are (`MAX_PAGE_TOKENS`).
    let mut tokens = BTreeMap::new();
    for form in &forms {
        let Some(lopdf::Object::Stream(stream)) = doc.objects.get(form) else {
            continue;
        };
        let content = stream
            .decompressed_content()
            .unwrap_or_else(|_| stream.content.clone());
        let count = content_tokens(&content);
        if count > MAX_PAGE_TOKENS {
            return Err(ReadError::TooLarge(format!(
                "form XObject {} {} holds more than {MAX_PAGE_TOKENS} drawing instructions and values",
                form.0, form.1
            )));
        }
        tokens.insert(*form, count);
    }
    let mut edges = form_edges(doc, &forms);
    let looping: Vec<lopdf::ObjectId> = forms
        .iter()
        .copied()
        .filter(|f| reaches(&edges, *f))
        .collect();
    for id in &looping {
        if let Some(lopdf::Object::Stream(stream)) = doc.objects.get_mut(id) {
            stream.dict.remove(b"Filter");
            stream.set_content(Vec::new());
        }
        edges.remove(id);
    }
    // What is left draws no form that reaches itself: a graph without cycles, whose longest
    // chain is how deep the extractor will recurse.
    let mut depths = BTreeMap::new();
    for form in &forms {
        if form_depth(&edges, *form, 0, &mut depths) > MAX_FORM_DEPTH {
            return Err(ReadError::TooLarge(format!(
                "form XObjects drawn inside each other more than {MAX_FORM_DEPTH} deep (object {} {})",
                form.0, form.1
            )));
        }
    }
    Ok(Forms { edges, tokens })
}

/// The form XObjects of a PDF: which forms each draws, and the tokens of each one's content.
struct Forms {
    edges: BTreeMap<lopdf::ObjectId, BTreeSet<lopdf::ObjectId>>,
    tokens: BTreeMap<lopdf::ObjectId, usize>,
}

/// Refuses a page whose drawing would take more memory than any contract page needs: content
/// streams that inflate past the per-part limit together (one stream listed again and again
/// in `/Contents` is inflated once per listing, past the load-time measure), or more than
/// `MAX_PAGE_TOKENS` tokens in its content and every form it can draw.
fn check_page_content(
    doc: &lopdf::Document,
    page: lopdf::ObjectId,
    number: u32,
    sizes: &StreamSizes,
    forms: &Forms,
    limits: &Limits,
) -> Result<(), ReadError> {
    let inflated: u64 = doc
        .get_page_contents(page)
        .iter()
        .map(|id| match (sizes.get(id), doc.objects.get(id)) {
            (Some(size), _) => *size,
            (None, Some(lopdf::Object::Stream(s))) => s.content.len() as u64,
            _ => 0,
        })
        .fold(0u64, u64::saturating_add);
    if inflated > limits.max_part_bytes {
        return Err(ReadError::TooLarge(format!(
            "page {number}: its content streams inflate to more than {} together, over the per-part limit",
            size_text(limits.max_part_bytes)
        )));
    }
    let content = doc.get_page_content(page).unwrap_or_default();
    let mut tokens = content_tokens(&content);
    drop(content);
    let mut seen = BTreeSet::new();
    let mut stack = page_forms(doc, page);
    while let Some(form) = stack.pop() {
        if seen.insert(form) {
            tokens += forms.tokens.get(&form).copied().unwrap_or(0);
            stack.extend(forms.edges.get(&form).into_iter().flatten().copied());
        }
    }
    if tokens > MAX_PAGE_TOKENS {
        return Err(ReadError::TooLarge(format!(
            "page {number} holds more than {MAX_PAGE_TOKENS} drawing instructions and values \
             (with the forms it draws); no contract page comes near"
        )));
    }
    Ok(())
}

/// The forms named in the XObject resources a page draws with: its own, or those it inherits
/// from the nearest page-tree node that has some.
fn page_forms(doc: &lopdf::Document, page: lopdf::ObjectId) -> Vec<lopdf::ObjectId> {
    let mut node = Some(page);
    for _ in 0..MAX_TREE_DEPTH {
        let Some(dict) = node.and_then(|id| doc.get_dictionary(id).ok()) else {
            break;
        };
        if dict.has(b"Resources") {
            return xobject_table(doc, dict)
                .map(|t| t.into_values().collect())
                .unwrap_or_default();
        }
        node = dict.get(b"Parent").and_then(|p| p.as_reference()).ok();
    }
    Vec::new()
}

/// An upper bound on the operands and operators lopdf decodes a content stream into: every
/// run of regular characters and every delimiter counts one.
pub fn content_tokens(content: &[u8]) -> usize {
    let mut count = 0;
    let mut in_token = false;
    for &b in content {
        match b {
            b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0' => in_token = false,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%' => {
                count += 1;
                in_token = false;
            }
            _ => {
                count += usize::from(!in_token);
                in_token = true;
            }
        }
    }
    count
}

/// The longest chain of forms `form` draws, itself included, counted no further than one
/// past `MAX_FORM_DEPTH` (so that the recursion here is bounded too).
fn form_depth(
    edges: &BTreeMap<lopdf::ObjectId, BTreeSet<lopdf::ObjectId>>,
    form: lopdf::ObjectId,
    level: usize,
    depths: &mut BTreeMap<lopdf::ObjectId, usize>,
) -> usize {
    if let Some(d) = depths.get(&form) {
        return *d;
    }
    if level > MAX_FORM_DEPTH {
        return 1;
    }
    let mut deepest = 0;
    for next in edges.get(&form).into_iter().flatten() {
        deepest = deepest.max(form_depth(edges, *next, level + 1, depths));
        if deepest > MAX_FORM_DEPTH {
            break;
        }
    }
    let depth = (deepest + 1).min(MAX_FORM_DEPTH + 1);
    depths.insert(form, depth);
    depth
}

/// Points every `/XObject` entry naming an image inside `object` at `blank` instead.
fn replace_images(
    object: &mut lopdf::Object,
    images: &BTreeSet<lopdf::ObjectId>,
    blank: lopdf::ObjectId,
    depth: u32,
) {
    if depth > 16 {
        return;
    }
    let dict = match object {
        lopdf::Object::Dictionary(d) => d,
        lopdf::Object::Stream(s) => &mut s.dict,
        _ => return,
    };
    if let Ok(lopdf::Object::Dictionary(xobjects)) = dict.get_mut(b"XObject") {
        for (_, value) in xobjects.iter_mut() {
            if value.as_reference().is_ok_and(|r| images.contains(&r)) {
                *value = lopdf::Object::Reference(blank);
            }
        }
    }
    for (_, value) in dict.iter_mut() {
        if matches!(value, lopdf::Object::Dictionary(_)) {
            replace_images(value, images, blank, depth + 1);
        }
    }
}

/// Which forms each form draws. A form draws the names its content invokes with `Do`, looked
/// up in its own `/Resources`, or, without resources of its own, in every XObject dictionary
/// that lists it (it inherits the resources of whatever draws it); taking every such
/// dictionary over-approximates, which is the safe side. Forms that can reach themselves
/// along these edges are the ones that could draw themselves.
fn form_edges(
    doc: &lopdf::Document,
    forms: &BTreeSet<lopdf::ObjectId>,
) -> BTreeMap<lopdf::ObjectId, BTreeSet<lopdf::ObjectId>> {
    if forms.is_empty() {
        return BTreeMap::new();
    }
    // Every XObject dictionary, wherever it stands, as name -> object.
    let mut tables: Vec<BTreeMap<Vec<u8>, lopdf::ObjectId>> = Vec::new();
    let mut own: BTreeMap<lopdf::ObjectId, BTreeMap<Vec<u8>, lopdf::ObjectId>> = BTreeMap::new();
    for (id, object) in &doc.objects {
        let dict = match object {
            lopdf::Object::Dictionary(d) => d,
            lopdf::Object::Stream(s) => &s.dict,
            _ => continue,
        };
        let Some(table) = xobject_table(doc, dict) else {
            continue;
        };
        if forms.contains(id) {
            own.insert(*id, table.clone());
        }
        tables.push(table);
    }
    let mut edges: BTreeMap<lopdf::ObjectId, BTreeSet<lopdf::ObjectId>> = BTreeMap::new();
    for form in forms {
        let used = invoked_names(doc, *form);
        let targets = edges.entry(*form).or_default();
        let lookup: Vec<&BTreeMap<Vec<u8>, lopdf::ObjectId>> = match own.get(form) {
            Some(table) => vec![table],
            None => tables
                .iter()
                .filter(|t| t.values().any(|v| v == form))
                .collect(),
        };
        for table in lookup {
            targets.extend(
                used.iter()
                    .filter_map(|n| table.get(n))
                    .filter(|t| forms.contains(t)),
            );
        }
    }
    edges
}

/// The `/Resources /XObject` dictionary of `dict` (each directly or by reference).
fn xobject_table(
    doc: &lopdf::Document,
    dict: &lopdf::Dictionary,
) -> Option<BTreeMap<Vec<u8>, lopdf::ObjectId>> {
    let deref = |o: &lopdf::Object| -> Option<lopdf::Dictionary> {
        match o {
            lopdf::Object::Dictionary(d) => Some(d.clone()),
            lopdf::Object::Reference(r) => doc.get_dictionary(*r).ok().cloned(),
            _ => None,
        }
    };
    let resources = dict.get(b"Resources").ok().and_then(deref)?;
    let xobjects = resources.get(b"XObject").ok().and_then(deref)?;
    Some(
        xobjects
            .iter()
            .filter_map(|(k, v)| Some((k.clone(), v.as_reference().ok()?)))
            .collect(),
    )
}

/// The names a form's content draws with `Do`. Content that cannot be decoded is drawn by
/// nobody (the extractor fails on it first), so it invokes nothing.
fn invoked_names(doc: &lopdf::Document, form: lopdf::ObjectId) -> BTreeSet<Vec<u8>> {
    let Some(lopdf::Object::Stream(stream)) = doc.objects.get(&form) else {
        return BTreeSet::new();
    };
    let content = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let Ok(content) = lopdf::content::Content::decode(&content) else {
        return BTreeSet::new();
    };
    content
        .operations
        .iter()
        .filter(|op| op.operator == "Do")
        .filter_map(|op| op.operands.first()?.as_name().ok().map(<[u8]>::to_vec))
        .collect()
}

/// Whether `start` can reach itself along `edges` (iterative, so no recursion on input).
fn reaches(
    edges: &BTreeMap<lopdf::ObjectId, BTreeSet<lopdf::ObjectId>>,
    start: lopdf::ObjectId,
) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<lopdf::ObjectId> =
        edges.get(&start).into_iter().flatten().copied().collect();
    while let Some(node) = stack.pop() {
        if node == start {
            return true;
        }
        if seen.insert(node) {
            stack.extend(edges.get(&node).into_iter().flatten().copied());
        }
    }
    false
}

// -------------------------------------------------------------------------------------------
// Collecting glyphs.

/// Why the collector stopped the extractor early.
#[derive(Debug)]
enum Abort {
    TooMuchText,
    TooSlow,
    /// A page refused before it was drawn (`check_page_content`).
    Refused(ReadError),
}

/// Receives every glyph the extractor places and keeps it in page coordinates: `u` along the
/// text's direction, `v` down the page across it (both in points), so that rotated pages read
/// like upright ones. Each page is measured before it is drawn and laid out into lines as
/// soon as it is finished.
///
/// `held` is what the pages kept so far and the glyphs of the page being drawn take in
/// memory, counted as their structs plus their text; it may not pass `max_bytes`. Counting
/// text alone let a 9 KB file whose one page draws 8 MiB of single letters take 1.2 GB
/// (each glyph is a struct and an allocation), and 64 MiB of them would take ten times that.
struct Collector<'a> {
    pages: Vec<PageLines>,
    current: Option<RawPage>,
    /// The page being drawn (or last drawn), for error messages.
    number: u32,
    measure: &'a dyn Fn(u32) -> Result<(), ReadError>,
    held: u64,
    /// What the current page's glyphs are counted at in `held`.
    page_glyphs: u64,
    letters: usize,
    max_bytes: u64,
    deadline: Instant,
    glyphs_since_clock: u32,
    abort: Option<Abort>,
}

/// What a glyph of `text` is counted at: its struct and its text's allocation.
fn glyph_cost(text: &str) -> u64 {
    (std::mem::size_of::<Glyph>() + text.len().max(8)) as u64
}

/// What a laid-out page is counted at: each line's and table cell's struct and text.
fn page_cost(page: &PageLines) -> u64 {
    let lines: usize = page
        .lines
        .iter()
        .map(|l| std::mem::size_of::<layout::Line>() + l.text.len())
        .sum();
    let cells: usize = page
        .tables
        .iter()
        .flat_map(|t| &t.rows)
        .flatten()
        .map(|c| std::mem::size_of::<String>() + c.len())
        .sum();
    (std::mem::size_of::<PageLines>() + lines + cells) as u64
}

impl<'a> Collector<'a> {
    fn new(
        max_bytes: u64,
        deadline: Instant,
        measure: &'a dyn Fn(u32) -> Result<(), ReadError>,
    ) -> Self {
        Collector {
            pages: Vec::new(),
            current: None,
            number: 0,
            measure,
            held: 0,
            page_glyphs: 0,
            letters: 0,
            max_bytes,
            deadline,
            glyphs_since_clock: 0,
            abort: None,
        }
    }

    fn page_number(&self) -> u32 {
        self.number
    }

    /// Lays the finished page out and keeps its lines in place of its glyphs.
    fn finish_page(&mut self) -> Result<(), OutputError> {
        let page = self
            .current
            .take()
            .unwrap_or_else(|| RawPage::empty(self.number));
        let lines = layout::page_lines(page);
        self.held = self.held.saturating_sub(self.page_glyphs) + page_cost(&lines);
        self.page_glyphs = 0;
        self.pages.push(lines);
        if self.held > self.max_bytes {
            return self.stop(Abort::TooMuchText);
        }
        Ok(())
    }

    /// Why extraction stopped, if the collector stopped it.
    fn failure(&mut self) -> Option<ReadError> {
        self.abort.take().map(|a| match a {
            Abort::TooMuchText => ReadError::TooLarge(format!(
                "more than {} of text and layout in one PDF (the per-part limit)",
                size_text(self.max_bytes)
            )),
            Abort::TooSlow => corrupt(format!(
                "extraction took longer than {} s (pathological content streams)",
                TIME_BUDGET.as_secs()
            )),
            Abort::Refused(error) => error,
        })
    }

    fn stop(&mut self, why: Abort) -> Result<(), OutputError> {
        self.abort = Some(why);
        Err(OutputError::FormatError(std::fmt::Error))
    }

    /// Keeps the straight lines a path draws on the page, which may rule a table: each
    /// stroked segment, and each filled subpath thin enough to be a border.
    fn add_rules(&mut self, ctm: &Transform, path: &Path, filled: bool) {
        let Some(page) = self.current.as_mut() else {
            return;
        };
        // One more than the most a page of tables has is enough to say it has too many.
        if page.rules.len() > tables::MAX_RULES {
            return;
        }
        // PDF user space to the upright page space glyphs are placed in (u = x, v = -y).
        let at = |x: f64, y: f64| -> (f32, f32) {
            let px = x * ctm.m11 + y * ctm.m21 + ctm.m31;
            let py = x * ctm.m12 + y * ctm.m22 + ctm.m32;
            (px as f32, -py as f32)
        };
        let mut rules: Vec<tables::Rule> = Vec::new();
        let mut start: Option<(f32, f32)> = None;
        let mut current: Option<(f32, f32)> = None;
        // The corners of the filled subpath being read, and whether it is all straight.
        let mut corners: Vec<(f32, f32)> = Vec::new();
        let mut straight = true;
        let finish_fill =
            |corners: &mut Vec<(f32, f32)>, straight: bool, rules: &mut Vec<tables::Rule>| {
                if filled && straight && corners.len() >= 3 {
                    let (u0, u1) = corners.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                        (lo.min(p.0), hi.max(p.0))
                    });
                    let (v0, v1) = corners.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
                        (lo.min(p.1), hi.max(p.1))
                    });
                    rules.extend(tables::Rule::filled(u0, v0, u1, v1));
                }
                corners.clear();
            };
        for op in &path.ops {
            if rules.len() > tables::MAX_RULES {
                break;
            }
            match *op {
                PathOp::MoveTo(x, y) => {
                    finish_fill(&mut corners, straight, &mut rules);
                    straight = true;
                    let p = at(x, y);
                    (start, current) = (Some(p), Some(p));
                    corners.push(p);
                }
                PathOp::LineTo(x, y) => {
                    let p = at(x, y);
                    if let (Some(c), false) = (current, filled) {
                        rules.extend(tables::Rule::segment(c.0, c.1, p.0, p.1));
                    }
                    current = Some(p);
                    corners.push(p);
                }
                PathOp::CurveTo(_, _, _, _, x, y) => {
                    current = Some(at(x, y));
                    straight = false;
                }
                PathOp::Rect(x, y, w, h) => {
                    let corners = [at(x, y), at(x + w, y), at(x + w, y + h), at(x, y + h)];
                    if filled {
                        let (a, b) = (corners[0], corners[2]);
                        rules.extend(tables::Rule::filled(a.0, a.1, b.0, b.1));
                    } else {
                        for i in 0..4 {
                            let (a, b) = (corners[i], corners[(i + 1) % 4]);
                            rules.extend(tables::Rule::segment(a.0, a.1, b.0, b.1));
                        }
                    }
                }
                PathOp::Close => {
                    if let (Some(s), Some(c), false) = (start, current, filled) {
                        rules.extend(tables::Rule::segment(c.0, c.1, s.0, s.1));
                    }
                    current = start;
                }
            }
        }
        finish_fill(&mut corners, straight, &mut rules);
        let room = (tables::MAX_RULES + 1).saturating_sub(page.rules.len());
        page.rules.extend(rules.into_iter().take(room));
    }
}

impl OutputDev for Collector<'_> {
    fn begin_page(
        &mut self,
        page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.number = page_num;
        if Instant::now() > self.deadline {
            return self.stop(Abort::TooSlow);
        }
        if let Err(error) = (self.measure)(page_num) {
            return self.stop(Abort::Refused(error));
        }
        self.current = Some(RawPage::new(
            page_num,
            [media_box.llx, media_box.lly, media_box.urx, media_box.ury].map(|v| v as f32),
        ));
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        self.finish_page()
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        let cost = glyph_cost(text);
        self.held += cost;
        self.page_glyphs += cost;
        if self.held > self.max_bytes {
            return self.stop(Abort::TooMuchText);
        }

        self.glyphs_since_clock += 1;
        if self.glyphs_since_clock >= 4096 {
            self.glyphs_since_clock = 0;
            if Instant::now() > self.deadline {
                return self.stop(Abort::TooSlow);
            }
        }
        if let Some(page) = self.current.as_mut() {
            if let Some(glyph) = Glyph::place(
                [trm.m11, trm.m12, trm.m21, trm.m22, trm.m31, trm.m32],
                width,
                font_size,
                text,
            ) {
                self.letters += text.chars().filter(|c| c.is_alphanumeric()).count();
                page.glyphs.push(glyph);
            }
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn stroke(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_rules(ctm, path, false);
        Ok(())
    }

    fn fill(
        &mut self,
        ctm: &Transform,
        _colorspace: &ColorSpace,
        _color: &[f64],
        path: &Path,
    ) -> Result<(), OutputError> {
        self.add_rules(ctm, path, true);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_tokens_count_every_operand_operator_and_delimiter() {
        assert_eq!(content_tokens(b""), 0);
        // BT / F1 12 Tf ( The Provider ) Tj ET: a string's words count one each (an upper
        // bound; lopdf makes one object of the string).
        assert_eq!(content_tokens(b"BT /F1 12 Tf (The Provider) Tj ET"), 11);
        // [ ( a ) -250 ( b ) ] TJ
        assert_eq!(content_tokens(b"[(a)-250(b)]TJ"), 10);
        assert_eq!(content_tokens(b"  \n\r\t "), 0);
    }

    #[test]
    fn garbage_and_truncation_are_corrupt_not_panics() {
        for bytes in [
            &b""[..],
            b"%PDF-1.7\n",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
            b"not a pdf at all",
        ] {
            match read(bytes, &Limits::default()) {
                Err(ReadError::Corrupt { format, .. }) => assert_eq!(format, Format::Pdf),
                other => panic!("expected Corrupt for {bytes:?}, got {other:?}"),
            }
        }
    }

    /// A one-page PDF whose page draws form `/F1` (which draws itself, through the page's
    /// resources it inherits) and form `/G1` (which writes a sentence).
    fn self_drawing_form_pdf() -> Vec<u8> {
        use lopdf::{Dictionary, Object, Stream};
        let mut doc = lopdf::Document::with_version("1.5");
        let name = |s: &str| Object::Name(s.as_bytes().to_vec());
        let form = |content: &[u8]| {
            let mut d = Dictionary::new();
            d.set("Type", name("XObject"));
            d.set("Subtype", name("Form"));
            d.set("BBox", vec![0.into(), 0.into(), 612.into(), 792.into()]);
            Stream::new(d, content.to_vec())
        };
        let looping = doc.add_object(form(b"/F1 Do"));
        let text = doc.add_object(form(
            b"BT /Helv 12 Tf 72 700 Td (The Supplier shall act with integrity at all times.) Tj ET",
        ));
        let mut font = Dictionary::new();
        font.set("Type", name("Font"));
        font.set("Subtype", name("Type1"));
        font.set("BaseFont", name("Helvetica"));
        let font = doc.add_object(font);
        let mut fonts = Dictionary::new();
        fonts.set("Helv", Object::Reference(font));
        let mut xobjects = Dictionary::new();
        xobjects.set("F1", Object::Reference(looping));
        xobjects.set("G1", Object::Reference(text));
        let mut resources = Dictionary::new();
        resources.set("Font", fonts);
        resources.set("XObject", xobjects);
        let content = doc.add_object(Stream::new(Dictionary::new(), b"/F1 Do /G1 Do".to_vec()));
        let pages_id = doc.new_object_id();
        let mut page = Dictionary::new();
        page.set("Type", name("Page"));
        page.set("Parent", Object::Reference(pages_id));
        page.set("MediaBox", vec![0.into(), 0.into(), 612.into(), 792.into()]);
        page.set("Resources", resources);
        page.set("Contents", Object::Reference(content));
        let page = doc.add_object(page);
        let mut pages = Dictionary::new();
        pages.set("Type", name("Pages"));
        pages.set("Kids", vec![Object::Reference(page)]);
        pages.set("Count", 1);
        doc.objects.insert(pages_id, Object::Dictionary(pages));
        let mut catalog = Dictionary::new();
        catalog.set("Type", name("Catalog"));
        catalog.set("Pages", Object::Reference(pages_id));
        let catalog = doc.add_object(catalog);
        doc.trailer.set("Root", Object::Reference(catalog));
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).expect("serialise test PDF");
        bytes
    }

    #[test]
    fn a_form_drawing_itself_is_emptied_and_the_rest_is_read() {
        // Without the cycle check this overflows the stack and aborts the test binary.
        let doc = read(&self_drawing_form_pdf(), &Limits::default()).expect("reads");
        let text: Vec<&str> = doc.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            text,
            ["The Supplier shall act with integrity at all times."]
        );
        assert_eq!(doc.blocks[0].page, Some(1));
    }

    #[test]
    fn a_cycle_of_forms_is_found_and_a_chain_is_not() {
        let a = (1, 0);
        let b = (2, 0);
        let c = (3, 0);
        let mut edges = BTreeMap::new();
        edges.insert(a, BTreeSet::from([b]));
        edges.insert(b, BTreeSet::from([a]));
        edges.insert(c, BTreeSet::from([a]));
        assert!(reaches(&edges, a));
        assert!(reaches(&edges, b));
        assert!(!reaches(&edges, c));
    }
}
