//! Keys and operators: each category's run-time description
//! ([`RtCategory`]), its operators keyed for the current epochs ([`Keyed`],
//! built by [`build_keyed`]), the ratchet they are renewed from
//! ([`EpochShared`]), and the operator builders the rest of the crate uses
//! ([`build_operator`], [`operator_with_key`]).

use std::fmt;
use std::sync::{Arc, Mutex};

use crate::detect::{Kind, Normalize};
use crate::keys::epoch::{day_of, epoch_start};
use crate::keys::{KeyError, KeyUse, Keyring, Ratchet, SecretKey, label};
use crate::ops::{OpError, Operator};
use crate::rules::Pack;

use super::EngineError;

/// One category at run time: its kind and normalisation (its operator is
/// in [`Keyed`], which changes with the epoch).
pub(super) struct RtCategory {
    pub(super) kind: Kind,
    pub(super) normalize: Normalize,
    /// Originals are sealed into the vault.
    pub(super) reversible: bool,
    /// Keys on the ratchet: what for, and the epoch length in days.
    pub(super) epoch: Option<(KeyUse, u64)>,
}

/// Every category's operator, keyed for the epochs of one day, and the
/// instant (unix seconds) the next epoch of any category begins: a worker
/// compares its clock with `next` once per batch, and only then asks for
/// new keys. `u64::MAX` when nothing changes with time.
pub struct Keyed {
    pub(super) ops: Box<[Operator]>,
    pub(super) next: u64,
}

impl fmt::Debug for Keyed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyed").field("next", &self.next).finish()
    }
}

/// The keys of one engine as epochs pass: the ratchet (shared by every
/// engine of the process, it reads and overwrites the keyring) and this
/// engine's operators for the current epochs.
pub(super) struct EpochShared {
    pub(super) ratchet: Arc<Mutex<Ratchet>>,
    pub(super) current: Mutex<Arc<Keyed>>,
}

/// Every category's operator for the epochs that hold `now` (unix
/// seconds), and when the next one begins. A keyring without a chain gives
/// every category its legacy key.
pub(super) fn build_keyed(pack: &Pack, keyring: &Keyring, now: u64) -> Result<Keyed, EngineError> {
    let today = day_of(now);
    let mut ops = Vec::with_capacity(pack.categories.len());
    let mut next = u64::MAX;
    for c in &pack.categories {
        let op = match (crate::rules::key_use(c), c.epoch, keyring.epochs()) {
            (Some(usage), Some(length), Some(epochs)) => {
                let start = epoch_start(today, length);
                let key = epochs
                    .key(&usage, length, start)
                    .map_err(|e| EngineError::Epoch {
                        pack: pack.name.clone(),
                        source: KeyError::Epoch(e),
                    })?;
                next = next.min((start + length).saturating_mul(86_400));
                operator_with_key(c, &key, Some(start))
            }
            _ => build_operator(c, keyring),
        };
        ops.push(op.map_err(|source| EngineError::Operator {
            pack: pack.name.clone(),
            category: c.name.clone(),
            source,
        })?);
    }
    Ok(Keyed {
        ops: ops.into_boxed_slice(),
        next,
    })
}

/// A category's operator under its legacy key, derived from the active
/// master secret.
pub(crate) fn build_operator(
    c: &crate::rules::Category,
    keyring: &Keyring,
) -> Result<Operator, OpError> {
    let label = match &c.operator {
        crate::rules::OperatorSpec::IpPrefix => label::ipcrypt(&c.domain),
        _ => label::pseudonym(&c.domain, &c.name),
    };
    operator_with_key(c, &keyring.derive(&label), None)
}

/// A category's operator under `key`; `epoch`, the start day of the epoch
/// the key belongs to, makes a pseudonym write versioned tokens.
pub(crate) fn operator_with_key(
    c: &crate::rules::Category,
    key: &SecretKey,
    epoch: Option<u64>,
) -> Result<Operator, OpError> {
    use crate::ops::{EmailDomain, IpPrefix, Mask, Pseudonym, Redact};
    use crate::rules::OperatorSpec;
    Ok(match &c.operator {
        OperatorSpec::Pseudonym {
            prefix,
            pseudonymise_domain,
        } => {
            let domain = if *pseudonymise_domain {
                EmailDomain::Pseudonymise
            } else {
                EmailDomain::Keep
            };
            let p = Pseudonym::new(key, prefix)?.with_email_domain(domain);
            Operator::Pseudonym(match epoch {
                Some(day) => p.with_epoch(day),
                None => p,
            })
        }
        OperatorSpec::IpPrefix => Operator::IpPrefix(IpPrefix::new(key)?),
        OperatorSpec::Mask {
            keep_first,
            keep_last,
        } => Operator::Mask(if *keep_last > 0 {
            Mask::keep_last(*keep_last)
        } else {
            Mask::keep_first(*keep_first)
        }),
        OperatorSpec::Redact(text) => Operator::Redact(Redact::new(text)),
        OperatorSpec::Drop => Operator::Drop,
        OperatorSpec::Keep => Operator::Keep,
    })
}
