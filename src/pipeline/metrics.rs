//! Counters for a long-running pipeline, served as Prometheus text.
//!
//! Labels are topic, partition, pack, category and reason names: never a
//! record's value. [`serve`] is a minimal HTTP/1.1 responder for
//! `/metrics`, `/healthz` and `/readyz`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// Upper bounds (seconds) of the latency histogram buckets.
const BUCKETS: [f64; 12] = [
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0,
];

/// Every counter the Kafka driver keeps.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Records consumed.
    pub records_in: AtomicU64,
    /// Bytes consumed (values).
    pub bytes_in: AtomicU64,
    /// Records delivered to output topics.
    pub records_out: AtomicU64,
    /// Bytes produced to output topics (values).
    pub bytes_out: AtomicU64,
    /// Vault-topic entries produced.
    pub vault_writes: AtomicU64,
    /// Token-cache hits.
    pub cache_hits: AtomicU64,
    /// Token-cache misses.
    pub cache_misses: AtomicU64,
    /// Deliveries that failed.
    pub delivery_errors: AtomicU64,
    /// Transactions committed (exactly-once).
    pub transactions: AtomicU64,
    /// Transactions aborted or lost (exactly-once).
    pub transaction_failures: AtomicU64,
    /// Offsets committed to the group.
    pub commits: AtomicU64,
    /// Set when the driver is running and has joined its group.
    pub ready: AtomicBool,
    /// Cleared when the driver stopped on an error.
    pub failed: AtomicBool,
    quarantined: Mutex<BTreeMap<&'static str, u64>>,
    detections: Mutex<BTreeMap<(String, String), u64>>,
    lag: Mutex<BTreeMap<(String, i32), i64>>,
    latency: Histogram,
}

#[derive(Debug, Default)]
struct Histogram {
    buckets: [AtomicU64; BUCKETS.len()],
    count: AtomicU64,
    /// Sum in microseconds.
    sum_us: AtomicU64,
}

fn bump<K: Ord>(m: &Mutex<BTreeMap<K, u64>>, k: K, n: u64) {
    if let Ok(mut m) = m.lock() {
        *m.entry(k).or_insert(0) += n;
    }
}

impl Metrics {
    /// Counts a quarantined record.
    pub fn quarantined(&self, reason: &'static str) {
        bump(&self.quarantined, reason, 1);
    }

    /// Quarantined records by reason.
    pub fn quarantined_by_reason(&self) -> BTreeMap<&'static str, u64> {
        self.quarantined
            .lock()
            .map(|m| m.clone())
            .unwrap_or_default()
    }

    /// Adds replacements of one category of one pack.
    pub fn detections(&self, pack: &str, category: &str, n: u64) {
        if n > 0 {
            bump(
                &self.detections,
                (pack.to_string(), category.to_string()),
                n,
            );
        }
    }

    /// Sets a partition's consumer lag.
    pub fn set_lag(&self, topic: &str, partition: i32, lag: i64) {
        if let Ok(mut m) = self.lag.lock() {
            m.insert((topic.to_string(), partition), lag);
        }
    }

    /// Drops a partition's lag (revoked).
    pub fn clear_lag(&self, topic: &str, partition: i32) {
        if let Ok(mut m) = self.lag.lock() {
            m.remove(&(topic.to_string(), partition));
        }
    }

    /// Records one poll-to-delivery latency.
    pub fn observe_latency(&self, d: Duration) {
        let s = d.as_secs_f64();
        for (i, b) in BUCKETS.iter().enumerate() {
            if s <= *b {
                self.latency.buckets[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.latency.count.fetch_add(1, Ordering::Relaxed);
        self.latency
            .sum_us
            .fetch_add(d.as_micros() as u64, Ordering::Relaxed);
    }

    /// The Prometheus text exposition (format 0.0.4, served as
    /// `text/plain; version=0.0.4`).
    ///
    /// Written by hand on purpose, not with `prometheus-client`: that crate
    /// writes OpenMetrics, and the text existing dashboards and scrapers
    /// read would change. A counter's `# HELP`/`# TYPE` lines would name
    /// the family without `_total` (`# TYPE veil_records_in counter` above
    /// `veil_records_in_total 3`), which a 0.0.4 parser does not tie to the
    /// counter unless the scrape is negotiated as OpenMetrics (another
    /// content type); the exposition would end in `# EOF`; floats are written
    /// by `dtoa`, so bucket bounds become `le="1.0"` and `le="10.0"` (a new
    /// series beside the old `le="1"` on a Prometheus before 3.0) and a zero
    /// ratio `0.0`; and a labelled family's series come out in hash-map
    /// order instead of sorted. The test `exposition_is_pinned_byte_for_byte`
    /// holds the text as it is.
    pub fn render(&self) -> String {
        let mut s = String::with_capacity(4096);
        let counter = |s: &mut String, name: &str, help: &str, v: &AtomicU64| {
            let _ = writeln!(s, "# HELP {name} {help}\n# TYPE {name} counter");
            let _ = writeln!(s, "{name} {}", v.load(Ordering::Relaxed));
        };
        counter(
            &mut s,
            "veil_records_in_total",
            "Records consumed.",
            &self.records_in,
        );
        counter(
            &mut s,
            "veil_bytes_in_total",
            "Value bytes consumed.",
            &self.bytes_in,
        );
        counter(
            &mut s,
            "veil_records_out_total",
            "Records delivered to output topics.",
            &self.records_out,
        );
        counter(
            &mut s,
            "veil_bytes_out_total",
            "Value bytes produced to output topics.",
            &self.bytes_out,
        );
        counter(
            &mut s,
            "veil_vault_writes_total",
            "Vault-topic entries produced.",
            &self.vault_writes,
        );
        counter(
            &mut s,
            "veil_cache_hits_total",
            "Token-cache hits.",
            &self.cache_hits,
        );
        counter(
            &mut s,
            "veil_cache_misses_total",
            "Token-cache misses.",
            &self.cache_misses,
        );
        counter(
            &mut s,
            "veil_delivery_errors_total",
            "Failed deliveries.",
            &self.delivery_errors,
        );
        counter(
            &mut s,
            "veil_transactions_total",
            "Transactions committed.",
            &self.transactions,
        );
        counter(
            &mut s,
            "veil_transaction_failures_total",
            "Transactions aborted or lost.",
            &self.transaction_failures,
        );
        counter(
            &mut s,
            "veil_offset_commits_total",
            "Offset commits.",
            &self.commits,
        );
        let hits = self.cache_hits.load(Ordering::Relaxed) as f64;
        let misses = self.cache_misses.load(Ordering::Relaxed) as f64;
        let rate = if hits + misses > 0.0 {
            hits / (hits + misses)
        } else {
            0.0
        };
        let _ = writeln!(
            s,
            "# HELP veil_cache_hit_ratio Token-cache hit ratio.\n# TYPE veil_cache_hit_ratio gauge\nveil_cache_hit_ratio {rate}"
        );
        let _ = writeln!(
            s,
            "# HELP veil_quarantined_total Records quarantined, by reason.\n# TYPE veil_quarantined_total counter"
        );
        for (r, n) in self.quarantined_by_reason() {
            let _ = writeln!(s, "veil_quarantined_total{{reason=\"{r}\"}} {n}");
        }
        let _ = writeln!(
            s,
            "# HELP veil_detections_total Values replaced, by pack and category.\n# TYPE veil_detections_total counter"
        );
        if let Ok(m) = self.detections.lock() {
            for ((p, c), n) in m.iter() {
                let _ = writeln!(
                    s,
                    "veil_detections_total{{pack=\"{}\",category=\"{}\"}} {n}",
                    esc(p),
                    esc(c)
                );
            }
        }
        let _ = writeln!(
            s,
            "# HELP veil_consumer_lag Records behind the partition end.\n# TYPE veil_consumer_lag gauge"
        );
        if let Ok(m) = self.lag.lock() {
            for ((t, p), n) in m.iter() {
                let _ = writeln!(
                    s,
                    "veil_consumer_lag{{topic=\"{}\",partition=\"{p}\"}} {n}",
                    esc(t)
                );
            }
        }
        let _ = writeln!(
            s,
            "# HELP veil_latency_seconds Poll to delivery, per record.\n# TYPE veil_latency_seconds histogram"
        );
        for (i, b) in BUCKETS.iter().enumerate() {
            let n = self.latency.buckets[i].load(Ordering::Relaxed);
            let _ = writeln!(s, "veil_latency_seconds_bucket{{le=\"{b}\"}} {n}");
        }
        let count = self.latency.count.load(Ordering::Relaxed);
        let _ = writeln!(s, "veil_latency_seconds_bucket{{le=\"+Inf\"}} {count}");
        let sum = self.latency.sum_us.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(
            s,
            "veil_latency_seconds_sum {sum}\nveil_latency_seconds_count {count}"
        );
        s
    }
}

/// Label values are config names; escape them anyway.
fn esc(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

/// Serves `/metrics`, `/healthz` (200 unless the driver failed) and
/// `/readyz` (200 once it joined its group) until the task is dropped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    metrics: std::sync::Arc<Metrics>,
) -> std::io::Result<()> {
    loop {
        let (sock, _) = listener.accept().await?;
        let m = std::sync::Arc::clone(&metrics);
        tokio::spawn(async move {
            let mut buf = vec![0u8; 2048];
            let mut n = 0;
            // Read until the end of the request head (or a small cap).
            let until = tokio::time::Instant::now() + Duration::from_secs(5);
            while n < buf.len() {
                match tokio::time::timeout_at(until, sock.readable()).await {
                    Ok(Ok(())) => {}
                    _ => break,
                }
                match sock.try_read(&mut buf[n..]) {
                    Ok(0) => break,
                    Ok(k) => n += k,
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                    Err(_) => break,
                }
                if buf[..n].windows(4).any(|w| w == b"\r\n\r\n") {
                    break;
                }
            }
            let head = String::from_utf8_lossy(&buf[..n]);
            let path = head.split_whitespace().nth(1).unwrap_or("");
            let (status, ctype, body) = respond(&m, path);
            let reply = format!(
                "HTTP/1.1 {status}\r\ncontent-type: {ctype}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let mut rest = reply.as_bytes();
            while !rest.is_empty() {
                if tokio::time::timeout_at(until, sock.writable())
                    .await
                    .is_err()
                {
                    break;
                }
                match sock.try_write(rest) {
                    Ok(k) => rest = &rest[k..],
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => continue,
                    Err(_) => break,
                }
            }
        });
    }
}

fn respond(m: &Metrics, path: &str) -> (&'static str, &'static str, String) {
    let text = "text/plain; charset=utf-8";
    match path.split('?').next().unwrap_or("") {
        "/metrics" => ("200 OK", "text/plain; version=0.0.4", m.render()),
        "/healthz" if m.failed.load(Ordering::Relaxed) => {
            ("503 Service Unavailable", text, "failed\n".into())
        }
        "/healthz" => ("200 OK", text, "ok\n".into()),
        "/readyz" if m.ready.load(Ordering::Relaxed) => ("200 OK", text, "ready\n".into()),
        "/readyz" => ("503 Service Unavailable", text, "not ready\n".into()),
        _ => ("404 Not Found", text, "not found\n".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exposition_has_labels_and_histogram() {
        let m = Metrics::default();
        m.records_in.fetch_add(3, Ordering::Relaxed);
        m.quarantined("invalid-utf8");
        m.detections("syslog", "phone", 2);
        m.set_lag("in", 1, 42);
        m.observe_latency(Duration::from_millis(3));
        let t = m.render();
        assert!(t.contains("veil_records_in_total 3"));
        assert!(t.contains("veil_quarantined_total{reason=\"invalid-utf8\"} 1"));
        assert!(t.contains("veil_detections_total{pack=\"syslog\",category=\"phone\"} 2"));
        assert!(t.contains("veil_consumer_lag{topic=\"in\",partition=\"1\"} 42"));
        assert!(t.contains("veil_latency_seconds_bucket{le=\"0.0025\"} 0"));
        assert!(t.contains("veil_latency_seconds_bucket{le=\"0.005\"} 1"));
        assert!(t.contains("veil_latency_seconds_count 1"));
    }

    /// The whole exposition, byte for byte: metric names, help texts, label
    /// order and escaping, number formatting. Dashboards depend on it (see
    /// [`Metrics::render`] for why it is not `prometheus-client`'s).
    #[test]
    fn exposition_is_pinned_byte_for_byte() {
        let m = Metrics::default();
        m.records_in.fetch_add(3, Ordering::Relaxed);
        m.cache_hits.fetch_add(3, Ordering::Relaxed);
        m.cache_misses.fetch_add(1, Ordering::Relaxed);
        m.quarantined("invalid-utf8");
        m.detections("syslog", "phone", 2);
        m.detections("cdr", "email", 1);
        m.set_lag("in", 1, 42);
        m.set_lag("in\"x", 0, 7);
        m.observe_latency(Duration::from_millis(3));
        let expected = r#"# HELP veil_records_in_total Records consumed.
# TYPE veil_records_in_total counter
veil_records_in_total 3
# HELP veil_bytes_in_total Value bytes consumed.
# TYPE veil_bytes_in_total counter
veil_bytes_in_total 0
# HELP veil_records_out_total Records delivered to output topics.
# TYPE veil_records_out_total counter
veil_records_out_total 0
# HELP veil_bytes_out_total Value bytes produced to output topics.
# TYPE veil_bytes_out_total counter
veil_bytes_out_total 0
# HELP veil_vault_writes_total Vault-topic entries produced.
# TYPE veil_vault_writes_total counter
veil_vault_writes_total 0
# HELP veil_cache_hits_total Token-cache hits.
# TYPE veil_cache_hits_total counter
veil_cache_hits_total 3
# HELP veil_cache_misses_total Token-cache misses.
# TYPE veil_cache_misses_total counter
veil_cache_misses_total 1
# HELP veil_delivery_errors_total Failed deliveries.
# TYPE veil_delivery_errors_total counter
veil_delivery_errors_total 0
# HELP veil_transactions_total Transactions committed.
# TYPE veil_transactions_total counter
veil_transactions_total 0
# HELP veil_transaction_failures_total Transactions aborted or lost.
# TYPE veil_transaction_failures_total counter
veil_transaction_failures_total 0
# HELP veil_offset_commits_total Offset commits.
# TYPE veil_offset_commits_total counter
veil_offset_commits_total 0
# HELP veil_cache_hit_ratio Token-cache hit ratio.
# TYPE veil_cache_hit_ratio gauge
veil_cache_hit_ratio 0.75
# HELP veil_quarantined_total Records quarantined, by reason.
# TYPE veil_quarantined_total counter
veil_quarantined_total{reason="invalid-utf8"} 1
# HELP veil_detections_total Values replaced, by pack and category.
# TYPE veil_detections_total counter
veil_detections_total{pack="cdr",category="email"} 1
veil_detections_total{pack="syslog",category="phone"} 2
# HELP veil_consumer_lag Records behind the partition end.
# TYPE veil_consumer_lag gauge
veil_consumer_lag{topic="in",partition="1"} 42
veil_consumer_lag{topic="in\"x",partition="0"} 7
# HELP veil_latency_seconds Poll to delivery, per record.
# TYPE veil_latency_seconds histogram
veil_latency_seconds_bucket{le="0.001"} 0
veil_latency_seconds_bucket{le="0.0025"} 0
veil_latency_seconds_bucket{le="0.005"} 1
veil_latency_seconds_bucket{le="0.01"} 1
veil_latency_seconds_bucket{le="0.025"} 1
veil_latency_seconds_bucket{le="0.05"} 1
veil_latency_seconds_bucket{le="0.1"} 1
veil_latency_seconds_bucket{le="0.25"} 1
veil_latency_seconds_bucket{le="0.5"} 1
veil_latency_seconds_bucket{le="1"} 1
veil_latency_seconds_bucket{le="2.5"} 1
veil_latency_seconds_bucket{le="10"} 1
veil_latency_seconds_bucket{le="+Inf"} 1
veil_latency_seconds_sum 0.003
veil_latency_seconds_count 1
"#;
        assert_eq!(m.render(), expected);
    }

    #[tokio::test]
    async fn http_endpoints_answer() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let m = std::sync::Arc::new(Metrics::default());
        let task = tokio::spawn(serve(listener, std::sync::Arc::clone(&m)));
        let get = |path: &'static str| async move {
            tokio::task::spawn_blocking(move || {
                use std::io::{Read, Write};
                let mut s = std::net::TcpStream::connect(addr).unwrap();
                s.write_all(format!("GET {path} HTTP/1.1\r\nhost: x\r\n\r\n").as_bytes())
                    .unwrap();
                let mut out = String::new();
                s.read_to_string(&mut out).unwrap();
                out
            })
            .await
            .unwrap()
        };
        assert!(get("/readyz").await.starts_with("HTTP/1.1 503"));
        m.ready.store(true, Ordering::Relaxed);
        assert!(get("/readyz").await.starts_with("HTTP/1.1 200"));
        assert!(get("/healthz").await.starts_with("HTTP/1.1 200"));
        assert!(get("/metrics").await.contains("veil_records_in_total 0"));
        assert!(get("/nope").await.starts_with("HTTP/1.1 404"));
        task.abort();
    }
}
