//! Kafka mode: consume input topics in a group, pseudonymise on a worker
//! pool, produce to output topics with their vault entries and quarantine.
//!
//! - [`driver`]: the pipeline thread (poll → batch → pool → produce → commit).
//! - [`pool`]: the CPU side, one [`crate::pipeline::Worker`] per thread and topic.
//! - [`tracker`]: which offsets may be committed (at-least-once).
//! - [`context`]: delivery and rebalance callbacks.
//! - [`headers`]: headers bound to categories.
//! - [`envelope`]: sealed vault-topic records; [`sync`] materialises them;
//!   [`erase`] produces erasure tombstones.
//! - [`quarantined`]: quarantine-topic records; [`replay`] runs them again.

pub mod context;
pub mod driver;
pub mod envelope;
pub mod erase;
pub mod headers;
pub mod pool;
pub mod quarantined;
pub mod replay;
pub mod sync;
pub mod tracker;

use rdkafka::ClientConfig;

use crate::config::Config;

pub use driver::{Summary, run, run_with_ratchet};

/// Why a Kafka run stopped. Messages name topics and partitions, never values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KafkaError {
    /// A client could not be created or configured.
    #[error("kafka client: {0}")]
    Client(#[source] rdkafka::error::KafkaError),
    /// A topic does not exist or has no partitions.
    #[error("topic {0:?} not found on the brokers")]
    NoTopic(String),
    /// A delivery failed; its record was not committed.
    #[error("{0}")]
    Delivery(String),
    /// The engine could not be built for a topic.
    #[error("topic {topic}: {message}")]
    Engine {
        /// The input topic.
        topic: String,
        /// What failed.
        message: String,
    },
    /// A reversible pack needs the reveal public key in the keyring.
    #[error("the keyring has no reveal public key: vault-topic entries cannot be sealed")]
    NoRevealKey,
    /// A vault-topic record could not be sealed or opened.
    #[error("vault topic: {0}")]
    Envelope(#[from] envelope::EnvelopeError),
    /// A quarantine entry could not be sealed.
    #[error("quarantine: {0}")]
    Quarantine(String),
    /// The embedded vault refused a write.
    #[error("vault: {0}")]
    Vault(String),
    /// Exactly-once: the producer could not be (re)initialised.
    #[error("transactions: {0}")]
    Transaction(String),
    /// The shutdown deadline passed with records undelivered; they stay
    /// uncommitted and are processed again on restart.
    #[error("shutdown deadline passed with {0} records undelivered (not committed)")]
    Deadline(usize),
}

/// A client config: `defaults` (which the config's properties may
/// override), then the config's properties, then `fixed` (veil's guarantees
/// depend on them).
pub fn client_config(
    cfg: &Config,
    defaults: &[(&str, &str)],
    fixed: &[(&str, &str)],
) -> ClientConfig {
    let mut c = ClientConfig::new();
    for (k, v) in defaults {
        c.set(*k, *v);
    }
    for (k, v) in &cfg.properties {
        c.set(k, v);
    }
    c.set("bootstrap.servers", &cfg.brokers);
    for (k, v) in fixed {
        c.set(*k, *v);
    }
    c
}
