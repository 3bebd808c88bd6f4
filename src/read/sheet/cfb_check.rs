//! A walk over an XLS file's OLE2 (compound file) structure before calamine opens it.
//!
//! Calamine sizes buffers from numbers in the file without checking them against the file:
//! a sector number grows its sector buffer to `number * sector size` bytes, chain lengths
//! and FAT counts become `Vec::with_capacity`, and a FAT chain that loops grows a buffer
//! forever. An allocation that fails aborts the process (no `catch_unwind` helps), so one
//! damaged XLS would end a whole scan. This module follows the same header fields, DIFAT,
//! FAT and chains calamine follows, and refuses the file when any of them points past its
//! end, claims more than the file holds, or loops.
//!
//! Anything calamine rejects cleanly by itself (bad signature, sector shift) is let through.
//!
//! The walk also hands back the workbook stream as calamine will read it, so that
//! `xls_scan` can count what calamine would build from the records before calamine builds it.

const RESERVED: u32 = 0xFFFF_FFFA;
const DIFSECT: u32 = 0xFFFF_FFFC;
const END_OF_CHAIN: u32 = 0xFFFF_FFFE;
const MINI_SECTOR: usize = 64;
/// Calamine switches from the mini stream to normal sectors at this stream length.
const MINI_CUTOFF: usize = 4096;

/// `Err` says what in the structure would make calamine allocate without bound; `Ok` holds
/// the workbook stream (`Workbook`, else `Book`, matched as calamine matches them), if the
/// structure is one this walk follows and the stream is there.
pub(super) fn check(bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let Some(header) = bytes.get(..512) else {
        return Ok(None);
    };
    let u16_at = |i: usize| u16::from_le_bytes([header[i], header[i + 1]]);
    let u32_at = |i: usize| u32_le(header, i).unwrap_or(0);
    let size = match u16_at(30) {
        9 => 512,
        12 => 4096,
        _ => return Ok(None),
    };
    if u16_at(32) != 6 {
        return Ok(None);
    }
    let file = Sectors::new(bytes.get(size..).unwrap_or_default(), size);
    let limit = file.data.len() + size;
    let as_len = |n: u32| (n as usize).saturating_mul(size);

    let difat_len = u32_at(62) as usize;
    if difat_len.saturating_mul(4) > limit.max(1 << 20) {
        return Err(format!("DIFAT claims {difat_len} entries"));
    }
    let fat_len = u32_at(44) as usize;
    if fat_len > file.count() + 1 {
        return Err(format!("FAT claims {fat_len} sectors"));
    }

    let mut difat: Vec<u32> = to_u32s(&header[76..512]);
    let mut id = u32_at(68);
    let mut steps = 0;
    while id < RESERVED {
        difat.extend(to_u32s(file.get(id)?));
        id = difat.pop().unwrap_or(END_OF_CHAIN);
        steps += 1;
        if steps > file.count() + 1 {
            return Err("the DIFAT chain loops".into());
        }
    }
    let mut fats = Vec::new();
    for id in difat.into_iter().filter(|&id| id < DIFSECT) {
        fats.extend(to_u32s(file.get(id)?));
    }

    let dirs = file.chain(u32_at(48), &fats, as_len(u32_at(40)), limit)?;
    let entries: Vec<(u8, u32, usize, String)> = dirs
        .chunks(128)
        .filter(|c| c.len() >= 128)
        .map(|c| {
            let start = u32_le(c, 116).unwrap_or(END_OF_CHAIN);
            let len = if size == 512 {
                u32_le(c, 120).unwrap_or(0) as usize
            } else {
                u64_le(c, 120).map_or(usize::MAX, |v| usize::try_from(v).unwrap_or(usize::MAX))
            };
            (c[66], start, len, entry_name(c))
        })
        .collect();
    let Some((_, root_start, root_len, _)) = entries.first().cloned() else {
        return Ok(None);
    };

    let mini_fat_len = u32_at(64);
    let (ministream, mini_fats) = if mini_fat_len > 0 {
        let ministream = file.chain(root_start, &fats, root_len, limit)?;
        let minifat = file.chain(u32_at(60), &fats, as_len(mini_fat_len), limit)?;
        (ministream, to_u32s(&minifat))
    } else {
        (Vec::new(), Vec::new())
    };
    let mini = Sectors::new(&ministream, MINI_SECTOR);
    // Every stream (type 2) calamine might open by name: the workbook and VBA streams.
    let mut streams = Vec::new();
    for (kind, start, len, name) in entries.iter().skip(1) {
        if *kind != 2 {
            continue;
        }
        let data = if *len < MINI_CUTOFF {
            mini.chain(*start, &mini_fats, *len, limit)?
        } else {
            file.chain(*start, &fats, *len, limit)?
        };
        streams.push((name.as_str(), data));
    }
    // Calamine looks the name up among all directory entries, the root's included, and
    // takes the first match; a storage of that name has no stream, so no scan.
    for wanted in ["Workbook", "Book"] {
        let first = entries
            .iter()
            .find(|e| e.3.as_bytes().eq_ignore_ascii_case(wanted.as_bytes()));
        if let Some(entry) = first {
            if entry.0 != 2 {
                return Ok(None);
            }
            let index = streams
                .iter()
                .position(|(name, _)| name.as_bytes().eq_ignore_ascii_case(wanted.as_bytes()));
            return Ok(index.map(|i| streams.swap_remove(i).1));
        }
    }
    Ok(None)
}

/// A directory entry's name: UTF-16LE, its byte length (terminator included) at offset 64.
fn entry_name(entry: &[u8]) -> String {
    let len = usize::from(u16::from_le_bytes([entry[64], entry[65]])).min(64);
    let units: Vec<u16> = entry[..len]
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    String::from_utf16_lossy(&units)
}

/// Sectors as calamine numbers them: from just after the header.
struct Sectors<'a> {
    data: &'a [u8],
    size: usize,
}

impl<'a> Sectors<'a> {
    fn new(data: &'a [u8], size: usize) -> Self {
        Sectors { data, size }
    }

    fn count(&self) -> usize {
        self.data.len().div_ceil(self.size)
    }

    /// A sector's bytes (short at the end of the data, as calamine reads it), or an error
    /// where calamine would grow its buffer past the data.
    fn get(&self, id: u32) -> Result<&'a [u8], String> {
        let start = (id as usize).saturating_mul(self.size);
        if start >= self.data.len() + self.size {
            return Err(format!(
                "sector {id} lies past the end of the file ({} sectors)",
                self.count()
            ));
        }
        let end = (start + self.size).min(self.data.len());
        Ok(self.data.get(start.min(end)..end).unwrap_or_default())
    }

    /// Follows a chain as calamine's `get_chain` does, refusing loops and a claimed length
    /// past `limit` (calamine reserves it up front).
    fn chain(
        &self,
        mut id: u32,
        fats: &[u32],
        len: usize,
        limit: usize,
    ) -> Result<Vec<u8>, String> {
        if len > limit {
            return Err(format!(
                "a stream claims {len} bytes in a {limit}-byte file"
            ));
        }
        let mut out = Vec::new();
        let mut steps = 0;
        while id != END_OF_CHAIN {
            out.extend_from_slice(self.get(id)?);
            // Past the FAT calamine panics (caught by the caller); nothing more to check.
            let Some(&next) = fats.get(id as usize) else {
                break;
            };
            id = next;
            steps += 1;
            if steps > self.count() + 1 {
                return Err("a sector chain loops".into());
            }
        }
        if len > 0 {
            out.truncate(len);
        }
        Ok(out)
    }
}

fn u32_le(b: &[u8], i: usize) -> Option<u32> {
    let s = b.get(i..i + 4)?;
    Some(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u64_le(b: &[u8], i: usize) -> Option<u64> {
    let s = b.get(i..i + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}

fn to_u32s(b: &[u8]) -> Vec<u32> {
    b.chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 512-byte-sector compound file: header, one FAT sector (sector 0), one directory
    /// sector (sector 1) holding a root entry and one stream.
    fn cfb(stream_start: u32, stream_len: u32, fat_next: u32) -> Vec<u8> {
        let mut h = vec![0u8; 512];
        h[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        h[26] = 3;
        h[30] = 9;
        h[32] = 6;
        h[44..48].copy_from_slice(&1u32.to_le_bytes()); // one FAT sector
        h[48..52].copy_from_slice(&1u32.to_le_bytes()); // directory at sector 1
        h[60..64].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        h[68..72].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        for i in (76..512).step_by(4) {
            h[i..i + 4].copy_from_slice(&0xFFFF_FFFFu32.to_le_bytes());
        }
        h[76..80].copy_from_slice(&0u32.to_le_bytes()); // FAT in sector 0
        let mut fat = vec![0xFFu8; 512];
        fat[0..4].copy_from_slice(&0xFFFF_FFFDu32.to_le_bytes());
        fat[4..8].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        fat[8..12].copy_from_slice(&fat_next.to_le_bytes());
        let mut dir = vec![0u8; 512];
        dir[66] = 5;
        dir[116..120].copy_from_slice(&END_OF_CHAIN.to_le_bytes());
        dir[128 + 66] = 2;
        dir[128 + 116..128 + 120].copy_from_slice(&stream_start.to_le_bytes());
        dir[128 + 120..128 + 124].copy_from_slice(&stream_len.to_le_bytes());
        let data = vec![0u8; 4096 + 512];
        [h, fat, dir, data].concat()
    }

    #[test]
    fn a_sound_file_passes() {
        assert!(check(&cfb(2, 4096, END_OF_CHAIN)).is_ok());
    }

    #[test]
    fn sectors_past_the_end_loops_and_huge_claims_are_refused() {
        assert!(check(&cfb(0x0FFF_FFFF, 4096, END_OF_CHAIN)).is_err());
        assert!(check(&cfb(2, 4096, 2)).unwrap_err().contains("loops"));
        assert!(check(&cfb(2, u32::MAX, END_OF_CHAIN)).is_err());
        let mut bad_fat_len = cfb(2, 4096, END_OF_CHAIN);
        bad_fat_len[44..48].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(check(&bad_fat_len).is_err());
    }

    #[test]
    fn short_or_foreign_input_is_left_to_calamine() {
        assert_eq!(check(b"short"), Ok(None));
        assert_eq!(check(&[0u8; 600]), Ok(None));
    }
}
