//! What a PDF stream decodes to, measured without holding it. lopdf decodes a stream whole,
//! through every filter of its chain, with no bound, whenever the stream is used (an object
//! stream while loading, a page's content while extracting), so the reader measures each
//! stream first. The filters are the ones lopdf decodes (Flate, LZW, ASCII85), each as lopdf
//! does it; any other filter ends the chain, because lopdf refuses the stream there.

use std::io::Read;

/// One decoding step of a stream's `/Filter` chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    Flate,
    Lzw { early_change: bool },
    Ascii85,
}

/// What measuring a stream found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    /// The largest output of any step, counted no further than the cap plus one byte: above
    /// the cap means "too large", whatever the exact figure.
    pub largest: u64,
    /// The first bytes of the last step's output, as many as asked for.
    pub head: Vec<u8>,
}

/// Runs the stream's filters over `content`, each step's output counted no further than
/// `cap` + 1 bytes, and keeps the first `head` bytes of the result. A step's output feeds the
/// next, so a chain of two or more holds one intermediate output (at most `cap` + 1 bytes).
pub fn measure(dict: &lopdf::Dictionary, content: &[u8], cap: u64, head: usize) -> Decoded {
    let chain = filters(dict);
    let mut input: std::borrow::Cow<[u8]> = std::borrow::Cow::Borrowed(content);
    let mut largest = 0u64;
    for (i, filter) in chain.iter().enumerate() {
        let last = i + 1 == chain.len();
        let keep = if last {
            head
        } else {
            usize::try_from(cap.saturating_add(1)).unwrap_or(usize::MAX)
        };
        let (size, output) = run(*filter, &input, cap, keep);
        largest = largest.max(size);
        if last {
            return Decoded {
                largest,
                head: output,
            };
        }
        if size > cap {
            break;
        }
        input = std::borrow::Cow::Owned(output);
    }
    Decoded {
        largest,
        head: Vec::new(),
    }
}

/// Whether any filter of the chain is one that can make a stream larger.
pub fn expands(dict: &lopdf::Dictionary) -> bool {
    !filters(dict).is_empty()
}

/// The decodable head of the stream's `/Filter` chain, in decoding order.
fn filters(dict: &lopdf::Dictionary) -> Vec<Filter> {
    let names: Vec<&[u8]> = match dict.get(b"Filter") {
        Ok(lopdf::Object::Name(n)) => vec![n.as_slice()],
        Ok(lopdf::Object::Array(a)) => a.iter().filter_map(|f| f.as_name().ok()).collect(),
        _ => Vec::new(),
    };
    // lopdf reads EarlyChange from a single DecodeParms dictionary, for every step.
    let early_change = dict
        .get(b"DecodeParms")
        .and_then(|p| p.as_dict())
        .and_then(|p| p.get(b"EarlyChange"))
        .and_then(|v| v.as_i64())
        .map_or(true, |v| v != 0);
    names
        .into_iter()
        .map_while(|name| match name {
            b"FlateDecode" | b"Fl" => Some(Filter::Flate),
            b"LZWDecode" | b"LZW" => Some(Filter::Lzw { early_change }),
            b"ASCII85Decode" | b"A85" => Some(Filter::Ascii85),
            _ => None,
        })
        .collect()
}

/// One step: how many bytes it gives (up to `cap` + 1) and the first `keep` of them.
fn run(filter: Filter, input: &[u8], cap: u64, keep: usize) -> (u64, Vec<u8>) {
    let mut sink = Sink::new(cap, keep);
    match filter {
        Filter::Flate => {
            let failed = sink.read_from(flate2::read::ZlibDecoder::new(input));
            // lopdf retries a stream that gave nothing as raw deflate (no zlib header).
            if failed && sink.counted == 0 && input.len() > 2 {
                sink.read_from(flate2::read::DeflateDecoder::new(&input[2..]));
            }
        }
        Filter::Lzw { early_change } => lzw(input, early_change, &mut sink),
        Filter::Ascii85 => ascii85(input, &mut sink),
    }
    (sink.counted, sink.kept)
}

/// Counts output up to `cap` + 1 bytes, keeping the first `keep`.
struct Sink {
    limit: u64,
    keep: usize,
    counted: u64,
    kept: Vec<u8>,
}

impl Sink {
    fn new(cap: u64, keep: usize) -> Self {
        Sink {
            limit: cap.saturating_add(1),
            keep,
            counted: 0,
            kept: Vec::new(),
        }
    }

    fn full(&self) -> bool {
        self.counted >= self.limit
    }

    fn take(&mut self, bytes: &[u8]) {
        let room = usize::try_from(self.limit - self.counted.min(self.limit)).unwrap_or(usize::MAX);
        let bytes = &bytes[..bytes.len().min(room)];
        self.counted += bytes.len() as u64;
        let wanted = self.keep.saturating_sub(self.kept.len()).min(bytes.len());
        self.kept.extend_from_slice(&bytes[..wanted]);
    }

    /// Reads `reader` to its end or the limit; true if it failed part way.
    fn read_from(&mut self, mut reader: impl Read) -> bool {
        let mut buf = vec![0u8; 64 * 1024];
        while !self.full() {
            match reader.read(&mut buf) {
                Ok(0) => return false,
                Ok(n) => self.take(&buf[..n]),
                Err(_) => return true,
            }
        }
        false
    }
}

/// LZW as lopdf decodes it (weezl, MSB first, 8-bit symbols).
fn lzw(input: &[u8], early_change: bool, sink: &mut Sink) {
    use weezl::{decode::Decoder, BitOrder, LzwStatus};
    let mut decoder = if early_change {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let mut buf = vec![0u8; 64 * 1024];
    let mut at = 0;
    while !sink.full() {
        let result = decoder.decode_bytes(&input[at..], &mut buf);
        at += result.consumed_in;
        sink.take(&buf[..result.consumed_out]);
        match result.status {
            Ok(LzwStatus::Ok) if result.consumed_in + result.consumed_out > 0 => {}
            _ => return,
        }
    }
}

/// ASCII85 as lopdf decodes it: white space skipped, `z` for four zero bytes, the first
/// byte outside the alphabet ends the data, and an error (a `z` inside a group, an
/// overflowing group) gives up.
fn ascii85(input: &[u8], sink: &mut Sink) {
    let data = input.strip_suffix(b"~>").unwrap_or(input);
    let mut group: u32 = 0;
    let mut count = 0usize;
    for &ch in data {
        if sink.full() {
            return;
        }
        if ch == b'z' {
            if count != 0 {
                return;
            }
            sink.take(&[0; 4]);
            continue;
        }
        if ch.is_ascii_whitespace() {
            continue;
        }
        if !(b'!'..=b'u').contains(&ch) {
            break;
        }
        let Some(next) = group
            .checked_mul(85)
            .and_then(|g| g.checked_add(u32::from(ch - b'!')))
        else {
            return;
        };
        group = next;
        count += 1;
        if count == 5 {
            sink.take(&group.to_be_bytes());
            group = 0;
            count = 0;
        }
    }
    if count > 0 {
        for _ in count..5 {
            let Some(next) = group.checked_mul(85).and_then(|g| g.checked_add(84)) else {
                return;
            };
            group = next;
        }
        sink.take(&group.to_be_bytes()[..count - 1]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn dict(filter: lopdf::Object) -> lopdf::Dictionary {
        let mut d = lopdf::Dictionary::new();
        d.set("Filter", filter);
        d
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    fn lzw_encode(data: &[u8]) -> Vec<u8> {
        weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
            .encode(data)
            .unwrap()
    }

    fn ascii85_encode(data: &[u8]) -> Vec<u8> {
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

    /// What lopdf itself decodes the stream to, for comparison.
    fn lopdf_decoded(dict: &lopdf::Dictionary, content: &[u8]) -> Vec<u8> {
        lopdf::Stream::new(dict.clone(), content.to_vec())
            .decompressed_content()
            .unwrap()
    }

    #[test]
    fn every_filter_and_chain_measures_what_lopdf_decodes() {
        let text: Vec<u8> =
            b"BT (The Provider shall comply with the Nolan Principles.) Tj ET\n".repeat(200);
        let name = |n: &str| lopdf::Object::Name(n.as_bytes().to_vec());
        let cases = [
            (dict(name("FlateDecode")), zlib(&text)),
            (dict(name("LZWDecode")), lzw_encode(&text)),
            (dict(name("ASCII85Decode")), ascii85_encode(&text)),
            (
                dict(vec![name("ASCII85Decode"), name("FlateDecode")].into()),
                ascii85_encode(&zlib(&text)),
            ),
            (
                dict(vec![name("ASCII85Decode"), name("LZWDecode")].into()),
                ascii85_encode(&lzw_encode(&text)),
            ),
        ];
        for (d, content) in cases {
            assert_eq!(lopdf_decoded(&d, &content), text, "{d:?}");
            let measured = measure(&d, &content, 1 << 20, 64);
            assert_eq!(measured.largest, text.len() as u64, "{d:?}");
            assert_eq!(measured.head, text[..64], "{d:?}");
        }
    }

    #[test]
    fn a_bomb_behind_any_filter_is_counted_only_to_the_cap() {
        let spaces = vec![b' '; 8 << 20];
        let name = |n: &str| lopdf::Object::Name(n.as_bytes().to_vec());
        let cases = [
            (dict(name("LZWDecode")), lzw_encode(&spaces)),
            (
                dict(vec![name("ASCII85Decode"), name("FlateDecode")].into()),
                ascii85_encode(&zlib(&spaces)),
            ),
            (dict(name("ASCII85Decode")), vec![b'z'; 1 << 20]),
        ];
        for (d, content) in cases {
            let measured = measure(&d, &content, 1 << 20, 0);
            assert_eq!(measured.largest, (1 << 20) + 1, "{d:?}");
        }
    }

    #[test]
    fn a_filter_lopdf_does_not_decode_ends_the_chain() {
        let name = |n: &str| lopdf::Object::Name(n.as_bytes().to_vec());
        let d = dict(vec![name("DCTDecode"), name("FlateDecode")].into());
        assert!(!expands(&d));
        assert_eq!(measure(&d, b"\xff\xd8", 100, 10), Decoded::default());
        assert!(expands(&dict(
            vec![name("FlateDecode"), name("DCTDecode")].into()
        )));
    }
}
