//! The progress line on a terminal.

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// Progress on a terminal: a single line, redrawn at most four times a second.
pub(super) struct Progress {
    on: bool,
    bytes: u64,
    total: Option<u64>,
    started: Instant,
    last: Instant,
}

impl Progress {
    pub(super) fn new(on: bool) -> Progress {
        let now = Instant::now();
        Progress {
            on,
            bytes: 0,
            total: None,
            started: now,
            last: now,
        }
    }

    pub(super) fn start_file(&mut self, len: Option<u64>) {
        self.total = len.map(|l| l + self.bytes);
    }

    pub(super) fn tick(&mut self, bytes: u64, records: u64) {
        self.bytes += bytes;
        if !self.on || records % 1024 != 0 {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.last) < Duration::from_millis(250) {
            return;
        }
        self.last = now;
        let secs = now.duration_since(self.started).as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let pct = self
            .total
            .filter(|t| *t > 0)
            .map(|t| format!(" {:>3.0}%", 100.0 * self.bytes as f64 / t as f64))
            .unwrap_or_default();
        let mut err = io::stderr().lock();
        let _ = write!(
            err,
            "\r{records} records, {mb:.1} MB, {:.1} MB/s{pct}   ",
            mb / secs
        );
        let _ = err.flush();
    }

    pub(super) fn finish(&mut self) {
        if self.on {
            let _ = write!(io::stderr().lock(), "\r{:60}\r", "");
        }
    }
}
