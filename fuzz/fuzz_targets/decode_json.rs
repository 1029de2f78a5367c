#![no_main]

use libfuzzer_sys::fuzz_target;
use veil::format::Format;

fuzz_target!(|data: &[u8]| veil_fuzz::check(&Format::Json, data));
