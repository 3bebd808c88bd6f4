//! Fuzzes the spreadsheet readers (XLSX, XLS, ODS, CSV) through the library's public entry
//! point: the first byte picks the extension, the rest is the file.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    // The rule pack compiles before the first input, outside libFuzzer's per-input timeout.
    init: probity_fuzz_common::init(),
    |data: &[u8]| {
        let Some((&pick, rest)) = data.split_first() else {
            return;
        };
        let name = ["input.xlsx", "input.xls", "input.ods", "input.csv"][pick as usize % 4];
        probity_fuzz_common::check(rest, name);
    }
);

#[path = "common.rs"]
mod probity_fuzz_common;
