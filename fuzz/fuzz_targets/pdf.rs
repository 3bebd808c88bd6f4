//! Fuzzes the PDF reader through the library's public entry point, then the normalise and
//! evaluate stages on whatever it reads: no input may panic, hang or exhaust memory.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    // The rule pack compiles before the first input, outside libFuzzer's per-input timeout.
    init: probity_fuzz_common::init(),
    |data: &[u8]| {
        probity_fuzz_common::check(data, "input.pdf");
    }
);

#[path = "common.rs"]
mod probity_fuzz_common;
