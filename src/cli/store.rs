//! Where the keyring, the vault and the audit log are, shared by every
//! command that uses them.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::keys::{Keyring, label};
use crate::reveal::AuditLog;
use crate::vault::{self, Vault};

/// The keyring, vault and audit-log paths.
#[derive(Debug, Args, Clone)]
pub(super) struct StoreArgs {
    /// The keyring.
    #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
    pub keyring: Option<PathBuf>,
    /// The vault. Default: beside the keyring, `<keyring>.vault`.
    #[arg(long, value_name = "PATH", env = "VEIL_VAULT")]
    pub vault: Option<PathBuf>,
    /// The audit log. Default: beside the keyring, `<keyring>.audit.jsonl`.
    #[arg(long, value_name = "PATH", env = "VEIL_AUDIT")]
    pub audit: Option<PathBuf>,
    /// How long to wait for the vault while another veil process holds it
    /// (a running pipeline holds it for each commit, milliseconds).
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 10,
        env = "VEIL_VAULT_WAIT"
    )]
    pub vault_wait: u64,
    /// How many days a vault epoch lasts. Each value is sealed once per epoch, under a key of
    /// that epoch, however many runs there are; epochs start at midnight UTC.
    #[arg(
        long,
        value_name = "DAYS",
        default_value_t = 1,
        env = "VEIL_VAULT_EPOCH_DAYS",
        value_parser = clap::value_parser!(u64).range(1..=3650)
    )]
    pub vault_epoch_days: u64,
}

impl StoreArgs {
    /// The keyring's path (flag or env; there is no default).
    pub fn keyring_path(&self) -> anyhow::Result<PathBuf> {
        Ok(Keyring::locate(self.keyring.as_deref())?)
    }

    /// Loads the keyring.
    pub fn load_keyring(&self) -> anyhow::Result<Keyring> {
        Ok(Keyring::load(&self.keyring_path()?)?)
    }

    /// The vault's path.
    pub fn vault_path(&self) -> anyhow::Result<PathBuf> {
        match &self.vault {
            Some(p) => Ok(p.clone()),
            None => Ok(vault::default_path(&self.keyring_path()?)),
        }
    }

    /// The audit log's path.
    pub fn audit_path(&self) -> anyhow::Result<PathBuf> {
        match &self.audit {
            Some(p) => Ok(p.clone()),
            None => Ok(default_audit_path(&self.keyring_path()?)),
        }
    }

    /// Opens the vault (created if missing), waiting up to `--vault-wait`
    /// while another process holds it: for the commands that write it.
    pub fn open_vault(&self, keyring: &Keyring) -> anyhow::Result<Vault> {
        let path = self.vault_path()?;
        Vault::open_with(&path, keyring, self.vault_options()).map_err(|e| vault_error(&path, e))
    }

    /// Opens a vault that must exist, as [`StoreArgs::open_vault`]: for the
    /// commands that read it (a mistyped path must not be answered from a
    /// new, empty vault).
    pub fn open_existing_vault(&self, keyring: &Keyring) -> anyhow::Result<Vault> {
        let path = self.vault_path()?;
        Vault::open_existing(&path, keyring, self.vault_options())
            .map_err(|e| vault_error(&path, e))
    }

    /// [`StoreArgs::open_existing_vault`], with `None` for a vault that
    /// does not exist: for Kafka mode, where the vault topic is what counts
    /// and a host may hold no synced vault.
    pub fn open_vault_if_exists(&self, keyring: &Keyring) -> anyhow::Result<Option<Vault>> {
        let path = self.vault_path()?;
        match Vault::open_existing(&path, keyring, self.vault_options()) {
            Ok(v) => Ok(Some(v)),
            Err(vault::VaultError::Missing { .. }) => Ok(None),
            Err(e) => Err(vault_error(&path, e)),
        }
    }

    fn vault_options(&self) -> vault::Options {
        vault::Options {
            lock_wait: std::time::Duration::from_secs(self.vault_wait),
            epoch_length: std::time::Duration::from_secs(self.vault_epoch_days * 86_400),
            max_epoch_age: std::time::Duration::from_secs(self.vault_epoch_days * 86_400),
            ..vault::Options::default()
        }
    }

    /// Opens the audit log for appending.
    pub fn open_audit(&self, keyring: &Keyring) -> anyhow::Result<AuditLog> {
        let path = self.audit_path()?;
        AuditLog::open(&path, keyring.derive(&label::audit())).map_err(|e| anyhow::anyhow!("{e}"))
    }
}

/// A vault error, with the vault's path unless the message starts with it.
fn vault_error(path: &Path, e: vault::VaultError) -> anyhow::Error {
    let msg = e.to_string();
    if msg.starts_with(&path.display().to_string()) {
        anyhow::anyhow!("{msg}")
    } else {
        anyhow::anyhow!("{}: {msg}", path.display())
    }
}

/// `<keyring>.audit.jsonl`.
pub(super) fn default_audit_path(keyring: &Path) -> PathBuf {
    beside(keyring, ".audit.jsonl")
}

/// A file beside the keyring, named after it: `<keyring><suffix>`. Every
/// file veil writes by default (vault, shred keys, audit log, quarantine)
/// goes there, so one directory holds a deployment's state.
pub(super) fn beside(keyring: &Path, suffix: &str) -> PathBuf {
    let mut s = keyring.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}
