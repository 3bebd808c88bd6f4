//! CID font width tables rewritten into the one shape the extractor reads correctly.
//!
//! A CIDFont's `/W` array gives glyph widths in two forms: `c [w1 w2 ...]` (widths of the
//! codes from `c` on) and `c_first c_last w` (one width for a range of codes). pdf-extract
//! 0.12 reads the second form wrongly: it takes `c_first` as both ends of the range and as
//! the width, so every code in the range falls back to `/DW`, which Chromium and Skia write
//! as 1000 or 0. Those producers (a browser's "Save as PDF", Google Docs) use ranges for
//! runs of equal widths such as the digits, so glyph advances came out wrong and the text
//! after them drifted against the producer's own positioning: "1.2 The rPovider",
//! "e xpects", "ter minate". Rewriting each range into the first form before extraction
//! gives the widths the file states. Entries that would make the extractor panic (a code
//! that is not an integer, a missing width) are dropped, so a bad table costs only widths.

use lopdf::{Document, Object, ObjectId};

/// Most widths that ranges may be expanded to in one file: a CID is at most 65,535, so one
/// real font needs at most that many, and a file that declares far more is not giving the
/// extractor anything it could use. Past the budget, ranges are left to fall back to `/DW`
/// as before.
const MAX_EXPANDED: usize = 1 << 20;

/// Rewrites every CID font's `/W` array (a font object of its own, or a descendant written
/// inline in its Type0 font) into `c [w ...]` entries only.
pub fn repair(doc: &mut Document) {
    let mut budget = MAX_EXPANDED;
    let mut fixes: Vec<(ObjectId, Option<usize>, Vec<Object>)> = Vec::new();
    for (id, object) in &doc.objects {
        let Object::Dictionary(dict) = object else {
            continue;
        };
        if is_cid_font(dict) {
            if let Some(w) = rewritten(doc, dict, &mut budget) {
                fixes.push((*id, None, w));
            }
        } else if let Ok(Object::Array(descendants)) = dict.get(b"DescendantFonts") {
            for (i, d) in descendants.iter().enumerate() {
                if let Object::Dictionary(inline) = d {
                    if is_cid_font(inline) {
                        if let Some(w) = rewritten(doc, inline, &mut budget) {
                            fixes.push((*id, Some(i), w));
                        }
                    }
                }
            }
        }
    }
    for (id, inline, w) in fixes {
        let Some(Object::Dictionary(dict)) = doc.objects.get_mut(&id) else {
            continue;
        };
        let target = match inline {
            None => Some(dict),
            Some(i) => match dict.get_mut(b"DescendantFonts") {
                Ok(Object::Array(descendants)) => match descendants.get_mut(i) {
                    Some(Object::Dictionary(inline)) => Some(inline),
                    _ => None,
                },
                _ => None,
            },
        };
        if let Some(dict) = target {
            dict.set("W", Object::Array(w));
        }
    }
}

fn is_cid_font(dict: &lopdf::Dictionary) -> bool {
    matches!(
        dict.get(b"Subtype").and_then(Object::as_name),
        Ok(b"CIDFontType0" | b"CIDFontType2")
    )
}

/// The font's `/W` in `c [w ...]` entries only, or `None` when it needs no change (no
/// table, or one that holds no range and nothing malformed).
fn rewritten(doc: &Document, font: &lopdf::Dictionary, budget: &mut usize) -> Option<Vec<Object>> {
    let w = resolve(doc, font.get(b"W").ok()?);
    let Object::Array(entries) = w else {
        return None;
    };
    let mut out = Vec::with_capacity(entries.len());
    let mut changed = false;
    let mut i = 0;
    while i < entries.len() {
        let Some(first) = integer(resolve(doc, &entries[i])) else {
            // Not a code: nothing after it can be read in step.
            changed = true;
            break;
        };
        match entries.get(i + 1).map(|o| resolve(doc, o)) {
            Some(Object::Array(widths)) => {
                out.push(Object::Integer(first));
                out.push(Object::Array(
                    widths.iter().map(|w| number(resolve(doc, w))).collect(),
                ));
                i += 2;
            }
            Some(last) => {
                changed = true;
                let width = entries.get(i + 2).map(|o| resolve(doc, o));
                let (Some(last), Some(width)) = (integer(last), width.and_then(as_width)) else {
                    break;
                };
                let count = last
                    .checked_sub(first)
                    .and_then(|n| usize::try_from(n + 1).ok());
                if let Some(count) = count.filter(|n| *n <= 65_536 && *n <= *budget) {
                    *budget -= count;
                    out.push(Object::Integer(first));
                    out.push(Object::Array(vec![Object::Real(width); count]));
                }
                i += 3;
            }
            None => {
                changed = true;
                break;
            }
        }
    }
    changed.then_some(out)
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        _ => object,
    }
}

fn integer(object: &Object) -> Option<i64> {
    match object {
        Object::Integer(i) => Some(*i),
        Object::Real(r) if r.fract() == 0.0 && r.is_finite() => Some(*r as i64),
        _ => None,
    }
}

fn as_width(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

/// A width as the extractor reads it (it takes integers and reals; anything else panics).
fn number(object: &Object) -> Object {
    Object::Real(as_width(object).unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn cid_font(w: Vec<Object>) -> lopdf::Dictionary {
        dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "DW" => 1000,
            "W" => w,
        }
    }

    #[test]
    fn ranges_become_arrays_and_arrays_stay() {
        let mut doc = Document::with_version("1.7");
        let id = doc.add_object(cid_font(vec![
            3.into(),
            Object::Array(vec![278.into(), Object::Real(317.5)]),
            19.into(),
            21.into(),
            Object::Real(636.25),
            36.into(),
            Object::Array(vec![684.into()]),
        ]));
        repair(&mut doc);
        let w = doc.get_dictionary(id).unwrap().get(b"W").unwrap();
        assert_eq!(
            w,
            &Object::Array(vec![
                3.into(),
                Object::Array(vec![Object::Real(278.0), Object::Real(317.5)]),
                19.into(),
                Object::Array(vec![Object::Real(636.25); 3]),
                36.into(),
                Object::Array(vec![Object::Real(684.0)]),
            ])
        );
    }

    #[test]
    fn malformed_and_oversized_entries_are_dropped_not_kept() {
        let mut doc = Document::with_version("1.7");
        let id = doc.add_object(cid_font(vec![
            // A range wider than any font, then a reversed one, then a good array, then a
            // range missing its width.
            0.into(),
            70_000.into(),
            500.into(),
            9.into(),
            3.into(),
            500.into(),
            40.into(),
            Object::Array(vec![600.into()]),
            50.into(),
            60.into(),
        ]));
        repair(&mut doc);
        let w = doc.get_dictionary(id).unwrap().get(b"W").unwrap();
        assert_eq!(
            w,
            &Object::Array(vec![40.into(), Object::Array(vec![Object::Real(600.0)])])
        );
    }

    #[test]
    fn a_table_of_arrays_only_is_left_alone_and_inline_descendants_are_repaired() {
        let mut doc = Document::with_version("1.7");
        let plain = doc.add_object(cid_font(vec![1.into(), Object::Array(vec![500.into()])]));
        let type0 = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type0",
            "DescendantFonts" => vec![Object::Dictionary(cid_font(vec![5.into(), 6.into(), 250.into()]))],
        });
        repair(&mut doc);
        assert_eq!(
            doc.get_dictionary(plain).unwrap().get(b"W").unwrap(),
            &Object::Array(vec![1.into(), Object::Array(vec![500.into()])])
        );
        let Ok(Object::Array(descendants)) =
            doc.get_dictionary(type0).unwrap().get(b"DescendantFonts")
        else {
            panic!("descendants lost")
        };
        let Object::Dictionary(inline) = &descendants[0] else {
            panic!("inline font lost")
        };
        assert_eq!(
            inline.get(b"W").unwrap(),
            &Object::Array(vec![5.into(), Object::Array(vec![Object::Real(250.0); 2])])
        );
    }
}
