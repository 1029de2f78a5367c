//! `veil vault sync`: materialise the vault topic into the embedded store.
//!
//! A first version: one consumer (group `<group_id>-vault-sync`) reads the
//! vault topic, unwraps each run's session key with the reveal secret,
//! opens every entry and seals it again into the embedded vault under the
//! vault's own per-(epoch, category) keys; a tombstone erases its token,
//! and the vault file is rewritten without erased entries whenever the topic
//! goes quiet, and before the sync returns.
//! Offsets are committed after the vault commit, so a crash re-applies
//! entries (idempotent) rather than losing them.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rdkafka::Message;
use rdkafka::consumer::{BaseConsumer, CommitMode, Consumer};

use super::envelope::{KEY_PREFIX, Opener};
use super::{KafkaError, client_config};
use crate::config::Config;
use crate::keys::Keyring;
use crate::vault::{Item, Vault};

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncSummary {
    /// Session keys unwrapped.
    pub keys: u64,
    /// Entries written to the vault.
    pub entries: u64,
    /// Tokens erased by tombstones.
    pub erased: u64,
    /// Records that did not open (wrong reveal key, altered, unknown key).
    pub skipped: u64,
}

/// Reads the vault topic into `vault`. With `follow`, runs until `stop`;
/// otherwise returns once nothing new arrived for `idle`.
#[tracing::instrument(skip_all)]
pub fn sync(
    cfg: &Config,
    vault: &mut Vault,
    keyring: &Keyring,
    stop: &AtomicBool,
    follow: bool,
    idle: Duration,
) -> Result<SyncSummary, KafkaError> {
    let topic = cfg
        .vault_topic
        .as_deref()
        .ok_or_else(|| KafkaError::NoTopic("vault_topic (not configured)".into()))?;
    let secret = keyring
        .reveal_secret()
        .ok_or_else(|| KafkaError::Vault("the keyring has no reveal secret key".into()))?;
    let group = format!("{}-vault-sync", cfg.group_id);
    let consumer: BaseConsumer = client_config(
        cfg,
        &[("auto.offset.reset", "earliest")],
        &[
            ("group.id", group.as_str()),
            ("enable.auto.commit", "false"),
            ("isolation.level", "read_committed"),
        ],
    )
    .create()
    .map_err(KafkaError::Client)?;
    consumer.subscribe(&[topic]).map_err(KafkaError::Client)?;
    let mut writer = vault
        .writer(keyring)
        .map_err(|e| KafkaError::Vault(e.to_string()))?;
    let mut opener = Opener::default();
    let mut summary = SyncSummary::default();
    let mut pending = 0usize;
    // Erasures not yet scrubbed from the vault file: rewriting it costs a
    // copy of the vault, so once per quiet spell, not per tombstone.
    let mut unscrubbed = false;
    let mut last = Instant::now();
    let flush = |writer: &mut crate::vault::Writer, pending: &mut usize| {
        if *pending == 0 {
            return Ok(());
        }
        writer
            .commit()
            .map_err(|e| KafkaError::Vault(e.to_string()))?;
        if let Err(e) = consumer.commit_consumer_state(CommitMode::Sync) {
            tracing::debug!(error = %e, "vault sync commit");
        }
        *pending = 0;
        Ok::<(), KafkaError>(())
    };
    while !stop.load(Ordering::Relaxed) {
        let Some(msg) = consumer.poll(Duration::from_millis(200)) else {
            flush(&mut writer, &mut pending)?;
            if std::mem::take(&mut unscrubbed) {
                vault
                    .scrub()
                    .map_err(|e| KafkaError::Vault(e.to_string()))?;
            }
            // The idle clock starts once the group gave us partitions.
            if consumer.assignment().map_or(0, |a| a.count()) == 0 {
                last = Instant::now();
            }
            if !follow && last.elapsed() >= idle {
                break;
            }
            continue;
        };
        let msg = msg.map_err(KafkaError::Client)?;
        last = Instant::now();
        let Some(key) = msg.key().and_then(|k| std::str::from_utf8(k).ok()) else {
            summary.skipped += 1;
            continue;
        };
        match msg.payload() {
            Some(v) if key.starts_with(KEY_PREFIX) => match opener.add_key(key, v, secret) {
                Ok(()) => summary.keys += 1,
                Err(e) => {
                    tracing::warn!(partition = msg.partition(), offset = msg.offset(), error = %e, "key record skipped");
                    summary.skipped += 1;
                }
            },
            Some(v) => match opener.open(key, v) {
                Ok(body) => {
                    let seen = UNIX_EPOCH + Duration::from_secs(body.seen);
                    writer
                        .put_at(
                            &Item {
                                domain: &body.domain,
                                category: &body.category,
                                token: key,
                                original: &body.original,
                                retention: body.retention.map(Duration::from_secs),
                            },
                            seen.min(SystemTime::now()),
                        )
                        .map_err(|e| KafkaError::Vault(e.to_string()))?;
                    summary.entries += 1;
                    pending += 1;
                }
                Err(e) => {
                    tracing::warn!(partition = msg.partition(), offset = msg.offset(), error = %e, "entry skipped");
                    summary.skipped += 1;
                }
            },
            None => {
                // Entries before the tombstone must be committed first, or
                // the erasure would be undone by them.
                pending += 1;
                flush(&mut writer, &mut pending)?;
                vault
                    .erase_at(&[key], SystemTime::now())
                    .map_err(|e| KafkaError::Vault(e.to_string()))?;
                unscrubbed = true;
                summary.erased += 1;
            }
        }
        if pending >= 1000 {
            flush(&mut writer, &mut pending)?;
        }
    }
    flush(&mut writer, &mut pending)?;
    if unscrubbed {
        vault
            .scrub()
            .map_err(|e| KafkaError::Vault(e.to_string()))?;
    }
    Ok(summary)
}
