//! Quarantine-topic records: what the pipeline writes for a record that
//! failed, and how `veil quarantine replay --config` opens it again.
//!
//! ```text
//! kafka key    the input record's key (keys are carried through unchanged)
//! value        one sealed quarantine entry (crate::pipeline::quarantine),
//!              source "TOPIC/PARTITION", line = the input offset
//! headers      veil-reason, veil-source-topic, veil-source-partition,
//!              veil-source-offset (plain: no personal data);
//!              veil-source-timestamp (ms), when the input had one;
//!              veil-headers: the input's headers, sealed (bound ones may
//!                hold personal data): "H1" lp(key id) seal(aad, encoded)
//!                aad = lp("veil quarantine headers v1") lp(topic)
//!                      lp(partition) lp(offset) lp(key id)
//!              veil-replay-run: the replay run that re-quarantined it
//! ```
//!
//! The headers are bound to the record's origin, so they cannot be moved to
//! another quarantined record.

use std::io::Cursor;
use std::time::Instant;

use rdkafka::Message;
use rdkafka::message::{BorrowedMessage, Header, Headers, OwnedHeaders};

use super::pool::InRecord;
use super::tracker::Tp;
use crate::config::Config;
use crate::keys::{Keyring, label, seal};
use crate::pipeline::quarantine::read_entries;

/// Header names on quarantine records.
pub mod qheader {
    /// Why it failed (machine-readable).
    pub const REASON: &str = "veil-reason";
    /// The input topic.
    pub const TOPIC: &str = "veil-source-topic";
    /// The input partition.
    pub const PARTITION: &str = "veil-source-partition";
    /// The input offset.
    pub const OFFSET: &str = "veil-source-offset";
    /// The input timestamp in milliseconds.
    pub const TIMESTAMP: &str = "veil-source-timestamp";
    /// The input headers, sealed.
    pub const HEADERS: &str = "veil-headers";
    /// The replay run that quarantined it again.
    pub const REPLAY_RUN: &str = "veil-replay-run";
}

/// Record headers in order: (name, value).
pub type RecordHeaders = Vec<(String, Option<Vec<u8>>)>;

const HEADERS_LABEL: &[u8] = b"veil quarantine headers v1";

/// Why a quarantine-topic record could not be opened. Holds no values.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// A required header is missing or malformed.
    #[error("header {0} missing or malformed")]
    Header(&'static str),
    /// Its source topic is not an input topic of this config.
    #[error("source topic {0:?} is not an input topic of the config")]
    UnknownTopic(String),
    /// The sealed value or headers do not open (wrong keyring, or altered).
    #[error("sealed {0} does not open (wrong keyring, or altered)")]
    Open(&'static str),
}

/// Headers a quarantine record carries, sealed where they may hold data.
pub struct Origin<'a> {
    /// Why it failed.
    pub reason: &'a str,
    /// The input topic.
    pub topic: &'a str,
    /// The input partition.
    pub partition: i32,
    /// The input offset.
    pub offset: i64,
    /// The input timestamp (ms).
    pub timestamp: Option<i64>,
    /// The input headers (raw).
    pub headers: &'a [(String, Option<Vec<u8>>)],
    /// The replay run re-quarantining it, if any.
    pub replay_run: Option<&'a str>,
}

fn lp(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

fn read_lp<'a>(b: &mut &'a [u8]) -> Option<&'a [u8]> {
    let n = u32::from_be_bytes(b.get(..4)?.try_into().ok()?) as usize;
    let v = b.get(4..4 + n)?;
    *b = &b[4 + n..];
    Some(v)
}

fn headers_aad(topic: &str, partition: i32, offset: i64, key_id: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(64);
    lp(&mut aad, HEADERS_LABEL);
    lp(&mut aad, topic.as_bytes());
    lp(&mut aad, &partition.to_be_bytes());
    lp(&mut aad, &offset.to_be_bytes());
    lp(&mut aad, key_id.as_bytes());
    aad
}

/// Seals `headers` for the quarantine record of `topic/partition@offset`.
pub fn seal_headers(
    keyring: &Keyring,
    topic: &str,
    partition: i32,
    offset: i64,
    headers: &[(String, Option<Vec<u8>>)],
) -> Result<Vec<u8>, OpenError> {
    let mut plain = zeroize::Zeroizing::new(Vec::with_capacity(64));
    plain.extend_from_slice(&(headers.len() as u32).to_be_bytes());
    for (k, v) in headers {
        lp(&mut plain, k.as_bytes());
        match v {
            Some(v) => {
                plain.push(1);
                lp(&mut plain, v);
            }
            None => plain.push(0),
        }
    }
    let id = keyring.active().id();
    let key = keyring.derive(&label::quarantine());
    let sealed = seal::seal(&key, &headers_aad(topic, partition, offset, id), &plain)
        .map_err(|_| OpenError::Open("headers"))?;
    let mut out = Vec::with_capacity(8 + id.len() + sealed.len());
    out.extend_from_slice(b"H1");
    lp(&mut out, id.as_bytes());
    out.extend_from_slice(&sealed);
    Ok(out)
}

/// Opens headers sealed by [`seal_headers`].
pub fn open_headers(
    keyring: &Keyring,
    topic: &str,
    partition: i32,
    offset: i64,
    value: &[u8],
) -> Result<RecordHeaders, OpenError> {
    let bad = OpenError::Open("headers");
    let mut rest = value.strip_prefix(b"H1").ok_or(bad.clone())?;
    let id = read_lp(&mut rest).ok_or(bad.clone())?;
    let id = std::str::from_utf8(id).map_err(|_| bad.clone())?;
    let master = keyring.get(id).ok_or(bad.clone())?;
    let key = master.derive(&label::quarantine());
    let plain = zeroize::Zeroizing::new(
        seal::open(&key, &headers_aad(topic, partition, offset, id), rest)
            .map_err(|_| bad.clone())?,
    );
    let mut b: &[u8] = &plain;
    let n = u32::from_be_bytes(
        b.get(..4)
            .ok_or(bad.clone())?
            .try_into()
            .map_err(|_| bad.clone())?,
    );
    b = &b[4..];
    let mut out = Vec::with_capacity(n.min(1024) as usize);
    for _ in 0..n {
        let k = read_lp(&mut b).ok_or(bad.clone())?;
        let k = String::from_utf8(k.to_vec()).map_err(|_| bad.clone())?;
        let flag = *b.first().ok_or(bad.clone())?;
        b = &b[1..];
        let v = match flag {
            0 => None,
            1 => Some(read_lp(&mut b).ok_or(bad.clone())?.to_vec()),
            _ => return Err(bad),
        };
        out.push((k, v));
    }
    Ok(out)
}

/// The headers of a quarantine record.
pub fn headers(keyring: &Keyring, o: &Origin<'_>) -> Result<OwnedHeaders, OpenError> {
    let partition = o.partition.to_string();
    let offset = o.offset.to_string();
    let mut h = OwnedHeaders::new_with_capacity(7)
        .insert(Header {
            key: qheader::REASON,
            value: Some(o.reason),
        })
        .insert(Header {
            key: qheader::TOPIC,
            value: Some(o.topic),
        })
        .insert(Header {
            key: qheader::PARTITION,
            value: Some(&partition),
        })
        .insert(Header {
            key: qheader::OFFSET,
            value: Some(&offset),
        });
    if let Some(ts) = o.timestamp {
        h = h.insert(Header {
            key: qheader::TIMESTAMP,
            value: Some(&ts.to_string()),
        });
    }
    if !o.headers.is_empty() {
        let sealed = seal_headers(keyring, o.topic, o.partition, o.offset, o.headers)?;
        h = h.insert(Header {
            key: qheader::HEADERS,
            value: Some(&sealed[..]),
        });
    }
    if let Some(run) = o.replay_run {
        h = h.insert(Header {
            key: qheader::REPLAY_RUN,
            value: Some(run),
        });
    }
    Ok(h)
}

/// A quarantine record opened back into the input record it was.
pub struct Reopened {
    /// The input record, with `consumed` set to the quarantine record's
    /// position (`qtp`, its offset).
    pub record: InRecord,
    /// The replay run that quarantined it again, if any.
    pub replay_run: Option<String>,
}

fn header<'m>(m: &'m BorrowedMessage<'_>, name: &'static str) -> Option<&'m [u8]> {
    m.headers()?
        .iter()
        .find(|h| h.key == name)
        .and_then(|h| h.value)
}

fn header_str<'m>(m: &'m BorrowedMessage<'_>, name: &'static str) -> Result<&'m str, OpenError> {
    header(m, name)
        .and_then(|v| std::str::from_utf8(v).ok())
        .ok_or(OpenError::Header(name))
}

/// Opens a quarantine record: its value, key, headers and timestamp.
pub fn open(
    m: &BorrowedMessage<'_>,
    qtp: Tp,
    cfg: &Config,
    keyring: &Keyring,
) -> Result<Reopened, OpenError> {
    let topic_name = header_str(m, qheader::TOPIC)?;
    let topic = cfg
        .topics
        .iter()
        .position(|t| t.input == topic_name)
        .ok_or_else(|| OpenError::UnknownTopic(topic_name.to_string()))?;
    let partition: i32 = header_str(m, qheader::PARTITION)?
        .parse()
        .map_err(|_| OpenError::Header(qheader::PARTITION))?;
    let offset: i64 = header_str(m, qheader::OFFSET)?
        .parse()
        .map_err(|_| OpenError::Header(qheader::OFFSET))?;
    let timestamp = match header(m, qheader::TIMESTAMP) {
        None => None,
        Some(v) => Some(
            std::str::from_utf8(v)
                .ok()
                .and_then(|s| s.parse().ok())
                .ok_or(OpenError::Header(qheader::TIMESTAMP))?,
        ),
    };
    let headers = match header(m, qheader::HEADERS) {
        None => Vec::new(),
        Some(v) => open_headers(keyring, topic_name, partition, offset, v)?,
    };
    let value = m.payload().unwrap_or_default();
    let (entry, raw) = read_entries(Cursor::new(value), keyring)
        .next()
        .ok_or(OpenError::Open("value"))?
        .map_err(|_| OpenError::Open("value"))?;
    // The sealed entry binds its origin: headers naming another one are
    // refused rather than trusted.
    if entry.source != format!("{topic_name}/{partition}") || entry.line != offset.max(0) as u64 {
        return Err(OpenError::Open("value"));
    }
    let replay_run = header(m, qheader::REPLAY_RUN)
        .and_then(|v| std::str::from_utf8(v).ok())
        .map(str::to_string);
    Ok(Reopened {
        record: InRecord {
            topic,
            partition,
            offset,
            key: m.key().map(<[u8]>::to_vec),
            payload: Some(raw),
            headers,
            timestamp,
            polled: Instant::now(),
            consumed: (qtp, m.offset()),
        },
        replay_run,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_round_trip_and_are_bound_to_their_origin() {
        let keyring = Keyring::generate().unwrap();
        let h = vec![
            ("caller".to_string(), Some(b"0701740683".to_vec())),
            ("empty".to_string(), None),
        ];
        let sealed = seal_headers(&keyring, "cdr", 2, 17, &h).unwrap();
        assert!(!sealed.windows(10).any(|w| w == b"0701740683"));
        assert_eq!(open_headers(&keyring, "cdr", 2, 17, &sealed).unwrap(), h);
        for (t, p, o) in [("cdr2", 2, 17), ("cdr", 1, 17), ("cdr", 2, 18)] {
            assert_eq!(
                open_headers(&keyring, t, p, o, &sealed).unwrap_err(),
                OpenError::Open("headers")
            );
        }
        let other = Keyring::generate().unwrap();
        assert!(open_headers(&other, "cdr", 2, 17, &sealed).is_err());
        let mut bad = sealed.clone();
        let last = bad.len() - 1;
        bad[last] ^= 1;
        assert!(open_headers(&keyring, "cdr", 2, 17, &bad).is_err());
    }
}
