//! The reveal side: [`Opener`] opens entries and caches unwrapped data keys.

use super::aad::{entry_aad, leaf_aad_into};
use super::error::VaultError;
use super::outcome::{Entry, Lookup, Revealed};
use super::schema::KEYS;
use super::shred::ShredKeys;
use super::{Vault, puncture, wrap};
use crate::keys::seal::Sealer;
use crate::keys::{Keyring, RevealSecretKey, SecretKey};
use aes::Aes256Enc;
use std::collections::HashMap;
use std::fmt;
use zeroize::Zeroizing;

/// Opens entries on the reveal side; caches unwrapped data keys (wiped on
/// drop). Debug is redacted.
pub struct Opener<'v> {
    vault: &'v Vault,
    secret: RevealSecretKey,
    shred: ShredKeys,
    pub(super) keys: HashMap<(u64, String), DataKey>,
}

/// An unwrapped data key, ready for both kinds of entries.
pub(super) struct DataKey {
    /// Entries of earlier releases are sealed under the data key itself.
    pub(super) sealer: Sealer,
    /// Leaf-keyed entries: their own keys are derived with it.
    derive: Aes256Enc,
}

impl Vault {
    /// An opener for the reveal side: needs the full keyring (reveal secret)
    /// and reads the shred-key file once.
    pub fn opener(&self, keyring: &Keyring) -> Result<Opener<'_>, VaultError> {
        let public = keyring.reveal_public().ok_or(VaultError::NoRevealKey)?;
        if public.fingerprint() != self.fingerprint()? {
            return Err(VaultError::WrongKeyring {
                path: self.shared.path.clone(),
            });
        }
        let secret = keyring.reveal_secret().ok_or(VaultError::NoRevealSecret)?;
        let shred = self.load_shred()?;
        Ok(Opener {
            vault: self,
            secret: secret.clone(),
            shred,
            keys: HashMap::new(),
        })
    }
}

impl fmt::Debug for Opener<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Opener([redacted])")
    }
}

impl Opener<'_> {
    /// Looks `token` up and opens its entry.
    pub fn reveal(&mut self, token: &str) -> Result<Revealed, VaultError> {
        match self.vault.lookup(token)? {
            Lookup::Found(entry) => match self.open(&entry) {
                Ok(original) => Ok(Revealed::Found { entry, original }),
                Err(VaultError::KeyDestroyed) => Ok(Revealed::Expired { at: None }),
                Err(e) => Err(e),
            },
            Lookup::Erased { at, .. } => Ok(Revealed::Erased { at }),
            Lookup::Expired { at, .. } => Ok(Revealed::Expired { at: Some(at) }),
            Lookup::Unknown => Ok(Revealed::Unknown),
        }
    }

    /// Opens an entry from [`Vault::lookup`]: unwraps its data key, derives
    /// a leaf-keyed entry's own key, and checks the associated data (token,
    /// domain, category, epoch, leaf).
    pub fn open(&mut self, entry: &Entry) -> Result<Zeroizing<String>, VaultError> {
        let slot = (entry.epoch, entry.category.clone());
        if !self.keys.contains_key(&slot) {
            let key = self.unwrap_key(entry.epoch, &entry.category)?;
            self.keys.insert(slot.clone(), key);
        }
        let key = self.keys.get(&slot).ok_or(VaultError::KeyDestroyed)?;
        let plain = match entry.leaf {
            None => {
                let aad = entry_aad(&entry.domain, &entry.category, &entry.token, entry.epoch);
                key.sealer.open(&aad, &entry.sealed)
            }
            Some(index) => {
                let tree = self
                    .shred
                    .trees
                    .get(&entry.category)
                    .ok_or(VaultError::KeyDestroyed)?;
                let leaf = tree.leaf(index).ok_or(VaultError::Erased)?;
                let entry_key = puncture::entry_key(&key.derive, &leaf);
                let mut aad = Vec::new();
                leaf_aad_into(
                    &mut aad,
                    &entry.domain,
                    &entry.category,
                    &entry.token,
                    entry.epoch,
                    index,
                );
                Sealer::new(&entry_key).open(&aad, &entry.sealed)
            }
        };
        let plain = Zeroizing::new(plain.map_err(|_| VaultError::OpenFailed)?);
        let text = std::str::from_utf8(&plain).map_err(|_| VaultError::OpenFailed)?;
        Ok(Zeroizing::new(text.to_owned()))
    }

    fn unwrap_key(&self, epoch: u64, category: &str) -> Result<DataKey, VaultError> {
        let vault = self.vault;
        let err = vault.store_err();
        let tx = vault.db.begin_read().map_err(|e| err(&e))?;
        let keys = tx.open_table(KEYS).map_err(|e| err(&e))?;
        let row = keys
            .get((epoch, category))
            .map_err(|e| err(&e))?
            .ok_or(VaultError::KeyDestroyed)?;
        let (_, _, _, ephemeral, sealed) = row.value();
        let wrapped = wrap::Wrapped {
            ephemeral: ephemeral.try_into().map_err(|_| VaultError::OpenFailed)?,
            sealed: sealed.to_vec(),
        };
        let shred = self
            .shred
            .secrets
            .get(&(epoch, category.to_owned()))
            .ok_or(VaultError::KeyDestroyed)?;
        let data_key: SecretKey = wrap::unwrap(&wrapped, &self.secret, shred, epoch, category)
            .map_err(|_| VaultError::OpenFailed)?;
        Ok(DataKey {
            sealer: Sealer::new(&data_key),
            derive: puncture::deriver(&data_key),
        })
    }
}
