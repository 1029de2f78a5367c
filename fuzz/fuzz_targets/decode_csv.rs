#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use veil::format::Format;

static FORMAT: LazyLock<Format> = LazyLock::new(veil_fuzz::asterisk_csv);

fuzz_target!(|data: &[u8]| veil_fuzz::check(&FORMAT, data));
