//! Compact storage for what a run keeps until its report is written: a contract's clause
//! outcomes and a provider's findings, held as deflated JSON rather than as Rust structs, and
//! in a bulk scan kept out of memory altogether in the run's spill file.
//!
//! A bulk scan keeps every finding, with its quoted evidence, until the per-provider report
//! is written; as structs that is about 25 KB per contract (1 GB for 20,000), deflated about
//! a tenth (deflate level 6: 10 % smaller than level 1 for 0.04 ms more per contract).
//! Packing costs about a tenth of a millisecond per contract against the ten it takes to
//! read and check one. A packed value serialises and compares as the value itself,
//! so shard files and reports do not change.
//!
//! Even deflated, outcomes and findings grow with the archive (about 4 KB a contract, so
//! 80 MB of a 20,000-contract scan's 200 MB budget). Once `spill_to_temporary_file` has been
//! called, packed values go to an unnamed temporary file instead (the operating system
//! removes it when the process ends, however it ends) and memory holds only where each one
//! lies. The file only grows: a value let go is not reclaimed, which costs disk, not memory.
//! It is process-wide, like the allocator, because packed values are made deep inside
//! deserialisation and the join where no handle could be passed.

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

pub struct Packed<T> {
    bytes: Stored,
    _value: PhantomData<fn() -> T>,
}

/// Where a packed value's bytes are.
#[derive(Clone)]
enum Stored {
    InMemory(Box<[u8]>),
    Spilled { offset: u64, len: u32 },
}

/// Values this small stay in memory: their bytes cost little more than the handle would.
const SPILL_FROM_BYTES: usize = 128;

/// An append-only file of packed values. Appends reserve their range atomically and write
/// with positioned I/O, so workers never wait on one another or on a shared file cursor.
struct SpillFile {
    file: File,
    end: AtomicU64,
}

impl SpillFile {
    fn new(file: File) -> SpillFile {
        SpillFile {
            file,
            end: AtomicU64::new(0),
        }
    }

    fn append(&self, bytes: &[u8]) -> io::Result<Stored> {
        let len = u32::try_from(bytes.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "value too large"))?;
        let offset = self.end.fetch_add(u64::from(len), Ordering::Relaxed);
        write_at(&self.file, bytes, offset)?;
        Ok(Stored::Spilled { offset, len })
    }

    fn read(&self, offset: u64, len: u32) -> io::Result<Vec<u8>> {
        let mut bytes = vec![0; len as usize];
        read_at(&self.file, &mut bytes, offset)?;
        Ok(bytes)
    }
}

#[cfg(unix)]
fn write_at(file: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, offset)
}

#[cfg(unix)]
fn read_at(file: &File, bytes: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, bytes, offset)
}

#[cfg(windows)]
fn write_at(file: &File, mut bytes: &[u8], mut offset: u64) -> io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_write(file, bytes, offset)?;
        bytes = &bytes[n..];
        offset += n as u64;
    }
    Ok(())
}

#[cfg(windows)]
fn read_at(file: &File, mut bytes: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !bytes.is_empty() {
        let n = std::os::windows::fs::FileExt::seek_read(file, bytes, offset)?;
        if n == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        bytes = &mut bytes[n..];
        offset += n as u64;
    }
    Ok(())
}

static SPILL: OnceLock<SpillFile> = OnceLock::new();

/// From now on, packed values of this process go to an unnamed file in the temporary
/// folder (`TMPDIR`). Call it once, at the start of a run; a second call does nothing. On
/// error (no writable temporary folder) values stay in memory, which is always correct.
pub fn spill_to_temporary_file() -> io::Result<()> {
    if SPILL.get().is_none() {
        let file = tempfile::tempfile()?;
        // Another thread may have won the race; either file will do.
        let _ = SPILL.set(SpillFile::new(file));
    }
    Ok(())
}

impl Stored {
    fn keep(bytes: Vec<u8>, spill: Option<&SpillFile>) -> Stored {
        match spill {
            // A failed write (a full disk, say) leaves the value in memory, where it is
            // just as correct.
            Some(spill) if bytes.len() >= SPILL_FROM_BYTES => spill
                .append(&bytes)
                .unwrap_or_else(|_| Stored::InMemory(bytes.into_boxed_slice())),
            _ => Stored::InMemory(bytes.into_boxed_slice()),
        }
    }

    fn with_bytes<R>(&self, spill: Option<&SpillFile>, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            Stored::InMemory(bytes) => f(bytes),
            Stored::Spilled { offset, len } => {
                let spill = spill.expect("a spilled value implies a spill file");
                // Reading back what this process wrote moments ago fails only if the
                // machine's storage does; no result can be made without it.
                let bytes = spill
                    .read(*offset, *len)
                    .unwrap_or_else(|e| panic!("reading back probity's spill file: {e}"));
                f(&bytes)
            }
        }
    }
}

impl<T: Serialize + DeserializeOwned> Packed<T> {
    pub fn pack(value: &T) -> Packed<T> {
        Packed::pack_into(value, SPILL.get())
    }

    pub fn unpack(&self) -> T {
        self.unpack_from(SPILL.get())
    }

    fn pack_into(value: &T, spill: Option<&SpillFile>) -> Packed<T> {
        let mut encoder = DeflateEncoder::new(Vec::new(), Compression::default());
        // Writing JSON of our own types into a Vec cannot fail.
        serde_json::to_writer(&mut encoder, value).expect("serialising into memory");
        let bytes = encoder.finish().expect("deflating into memory");
        Packed {
            bytes: Stored::keep(bytes, spill),
            _value: PhantomData,
        }
    }

    fn unpack_from(&self, spill: Option<&SpillFile>) -> T {
        // Only `pack` makes these bytes, from a value of this very type.
        self.bytes.with_bytes(spill, |bytes| {
            // Inflating whole and parsing the slice is several times faster than parsing
            // through a reader, which goes byte by byte.
            let mut json = Vec::with_capacity(bytes.len() * 8);
            DeflateDecoder::new(bytes)
                .read_to_end(&mut json)
                .expect("a packed value inflates");
            serde_json::from_slice(&json).expect("a packed value reads back")
        })
    }
}

impl<T> Clone for Packed<T> {
    fn clone(&self) -> Self {
        Packed {
            bytes: self.bytes.clone(),
            _value: PhantomData,
        }
    }
}

/// Equal values pack to equal bytes: serialisation is deterministic and so is deflate.
impl<T> PartialEq for Packed<T> {
    fn eq(&self, other: &Self) -> bool {
        let spill = SPILL.get();
        self.bytes
            .with_bytes(spill, |a| other.bytes.with_bytes(spill, |b| a == b))
    }
}

impl<T> fmt::Debug for Packed<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.bytes {
            Stored::InMemory(bytes) => write!(f, "Packed({} bytes)", bytes.len()),
            Stored::Spilled { len, .. } => write!(f, "Packed({len} bytes, spilled)"),
        }
    }
}

impl<T: Serialize + DeserializeOwned> Serialize for Packed<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.unpack().serialize(serializer)
    }
}

impl<'de, T: Serialize + DeserializeOwned> Deserialize<'de> for Packed<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize(deserializer).map(|value| Packed::pack(&value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn unpacks_what_was_packed_and_serialises_as_itself(
            items in proptest::collection::vec((any::<u32>(), ".{0,80}"), 0..30)
        ) {
            let packed = Packed::pack(&items);
            prop_assert_eq!(&packed.unpack(), &items);
            prop_assert_eq!(
                serde_json::to_string(&packed).unwrap(),
                serde_json::to_string(&items).unwrap()
            );
            let back: Packed<Vec<(u32, String)>> =
                serde_json::from_str(&serde_json::to_string(&items).unwrap()).unwrap();
            prop_assert_eq!(back, packed);
        }

        #[test]
        fn a_spilled_value_unpacks_as_it_would_from_memory(
            values in proptest::collection::vec(
                proptest::collection::vec((any::<u32>(), ".{0,80}"), 0..30),
                1..8,
            )
        ) {
            let spill = SpillFile::new(tempfile::tempfile().unwrap());
            let packed: Vec<Packed<Vec<(u32, String)>>> =
                values.iter().map(|v| Packed::pack_into(v, Some(&spill))).collect();
            for (value, packed) in values.iter().zip(&packed) {
                prop_assert_eq!(&packed.unpack_from(Some(&spill)), value);
                let in_memory = Packed::pack_into(value, None);
                let same = packed
                    .bytes
                    .with_bytes(Some(&spill), |a| in_memory.bytes.with_bytes(None, |b| a == b));
                prop_assert!(same);
            }
        }
    }

    #[test]
    fn large_values_go_to_the_spill_file_and_small_ones_stay() {
        let spill = SpillFile::new(tempfile::tempfile().unwrap());
        let small = Packed::pack_into(&vec![1u32], Some(&spill));
        assert!(matches!(small.bytes, Stored::InMemory(_)));
        let text: Vec<String> = (0..200)
            .map(|i| format!("finding {i} {}", i * 7919))
            .collect();
        let large = Packed::pack_into(&text, Some(&spill));
        let Stored::Spilled { offset, len } = large.bytes else {
            panic!("a large value stays in memory")
        };
        assert_eq!(offset, 0);
        assert_eq!(spill.end.load(Ordering::Relaxed), u64::from(len));
        assert_eq!(large.unpack_from(Some(&spill)), text);
        let again = Packed::pack_into(&text, Some(&spill));
        assert!(matches!(again.bytes, Stored::Spilled { offset, .. } if offset == u64::from(len)));
    }
}
