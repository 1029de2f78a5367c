#![no_main]

//! The rule-pack parser and validator never panic, whatever the file says,
//! and a pack they accept builds an engine whose cases run.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(pack) = veil::rules::compile::compile("fuzz.toml", src) {
        let _ = veil::rules::check::run_cases(&pack);
    }
});
