//! Runs the core over a generated workload once, for profilers
//! (`valgrind --tool=callgrind`, `perf record`):
//! `cargo run --release --example core_profile -- syslog 20000 [passes]`
//! (packs: syslog, asterisk-cdr, cisco-cucm-cdr, json; `VEIL_RULES=DIR` loads
//! them from a directory).

use std::path::Path;

use veil::keys::Keyring;
use veil::pipeline::Engine;
use veil::rules::Source;
use veil::workload;

fn main() {
    let mut args = std::env::args().skip(1);
    let pack = args.next().unwrap_or_else(|| "syslog".into());
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let passes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let data = match pack.as_str() {
        "asterisk-cdr" => workload::lines(n, 42, workload::asterisk_cdr),
        "cisco-cucm-cdr" => workload::lines(n, 42, workload::cucm_cdr),
        "json" => workload::lines(n, 42, workload::json_event),
        _ => workload::lines(n, 42, workload::syslog_line),
    };
    // VEIL_RULES=DIR: packs from a directory instead of the embedded ones
    // (to profile a pack with one detector less, say).
    let source = Source::from_flag(std::env::var_os("VEIL_RULES").as_deref().map(Path::new));
    let engine = Engine::new(
        source.load(&pack).expect("pack"),
        &Keyring::generate().expect("rng"),
    )
    .expect("engine");
    let mut w = engine.worker();
    let mut out = Vec::with_capacity(data.len() * 2);
    let t = std::time::Instant::now();
    for _ in 0..passes {
        out.clear();
        let mut at = 0;
        for end in memchr::memchr_iter(b'\n', &data) {
            let _ = w.process(&data[at..end], &mut out);
            out.push(b'\n');
            at = end + 1;
        }
        w.take_vault_items().for_each(drop);
    }
    let secs = t.elapsed().as_secs_f64() / passes as f64;
    eprintln!(
        "{pack}: {n} records, {:.1} MB in {secs:.3}s = {:.1} MB/s, {:.0} records/s; cache hits {}/{}",
        data.len() as f64 / 1e6,
        data.len() as f64 / 1e6 / secs,
        n as f64 / secs,
        w.stats().cache_hits,
        w.stats().cache_hits + w.stats().cache_misses
    );
}
