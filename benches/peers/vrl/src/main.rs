//! `veil-peer-vrl INPUT OUTPUT`: runs `pseudonymise.vrl` (Vector's VRL) over
//! every line of INPUT and writes the results to OUTPUT, one line each, so
//! `scripts/peer-bench.sh` can time it beside `veil run` on the same bytes.
//!
//! Keys are fresh random bytes each run. A line whose program fails is
//! counted and dropped, never written raw (fail closed, as veil does).

use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::time::Instant;

use vrl::compiler::{Context, TargetValue, TimeZone, state::RuntimeState};
use vrl::value::{ObjectMap, Secrets, Value};

const PROGRAM: &str = include_str!("../pseudonymise.vrl");

/// 16 random bytes as 32 hex characters: a 32-byte key (ipcrypt-pfx needs
/// exactly 32) with 128 bits of entropy.
fn key() -> Result<String, Box<dyn Error>> {
    let mut b = [0u8; 16];
    File::open("/dev/urandom")?.read_exact(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        return Err("usage: veil-peer-vrl INPUT OUTPUT".into());
    };
    let source = PROGRAM
        .replace("{{IP_KEY}}", &key()?)
        .replace("{{USER_KEY}}", &key()?)
        .replace("{{PHONE_KEY}}", &key()?)
        .replace("{{EMAIL_KEY}}", &key()?);
    let fns = vrl::stdlib::all();
    let program = vrl::compiler::compile(&source, &fns)
        .map_err(|d| format!("pseudonymise.vrl does not compile: {d:?}"))?
        .program;
    let started = Instant::now();
    let mut reader = BufReader::with_capacity(1 << 16, File::open(input)?);
    let mut out = BufWriter::with_capacity(1 << 16, File::create(output)?);
    let timezone = TimeZone::default();
    let mut state = RuntimeState::default();
    let mut line = String::new();
    let (mut lines, mut failed) = (0u64, 0u64);
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let text = line.strip_suffix('\n').unwrap_or(&line);
        lines += 1;
        let mut event = ObjectMap::new();
        event.insert("message".into(), Value::from(text));
        let mut target = TargetValue {
            value: Value::Object(event),
            metadata: Value::Object(ObjectMap::new()),
            secrets: Secrets::default(),
        };
        state.clear();
        let mut ctx = Context::new(&mut target, &mut state, &timezone);
        match program.resolve(&mut ctx) {
            Ok(v) => match v.as_bytes() {
                Some(b) => {
                    out.write_all(b)?;
                    out.write_all(b"\n")?;
                }
                None => failed += 1,
            },
            Err(_) => failed += 1,
        }
    }
    out.flush()?;
    eprintln!(
        "veil-peer-vrl: {lines} lines, {failed} failed (dropped), {:.2}s in the loop",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
