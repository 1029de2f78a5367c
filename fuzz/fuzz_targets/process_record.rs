#![no_main]

//! The whole core on arbitrary records, with every shipped pack: it never
//! panics, and a record it processes without a change comes out byte for byte.

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use veil::keys::Keyring;
use veil::pipeline::{Engine, Outcome};
use veil::rules::Source;

static ENGINES: LazyLock<Vec<Engine>> = LazyLock::new(|| {
    let keyring = Keyring::generate().expect("os rng");
    Source::Embedded
        .compile_all()
        .expect("shipped packs")
        .into_iter()
        .map(|p| Engine::new(p, &keyring).expect("engine"))
        .collect()
});

fuzz_target!(|data: &[u8]| {
    for engine in ENGINES.iter() {
        let mut out = Vec::new();
        if let Ok(Outcome::Unchanged) = engine.worker().process(data, &mut out) {
            assert_eq!(out, data);
        }
    }
});
