//! `veil keys`: create and inspect keyrings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::keys::{Created, Keyring};
use crate::reveal::audit::{format_rfc3339, parse_rfc3339};

#[derive(Debug, Subcommand)]
pub(super) enum KeysCommand {
    /// Write a new keyring with a random 256-bit master secret (mode 0600).
    #[command(
        after_help = "The path comes from the argument, else --keyring/VEIL_KEYRING. An existing file is
never overwritten. Keep the keyring secret and backed up: without it, pseudonyms cannot be
recomputed for access requests.

Examples:
  veil keys init ~/.config/veil/keyring
  VEIL_KEYRING=/etc/veil/keyring veil keys init"
    )]
    Init {
        /// Where to write it.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// The keyring path when PATH is not given.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
    /// Write the part of a keyring a pipeline host may hold (no reveal secret).
    #[command(
        after_help = "The exported keyring holds the master secret (for pseudonyms and IP encryption) and the
reveal PUBLIC key: a pipeline with it seals originals into the vault but can open none of them.
It is still secret (mode 0600). An existing file is never overwritten.

Examples:
  veil keys export-public --keyring /etc/veil/keyring /tmp/pipeline.keyring"
    )]
    ExportPublic {
        /// Where to write the public keyring.
        #[arg(value_name = "OUT")]
        out: PathBuf,
        /// The full keyring.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
    /// Add a reveal key pair to a keyring made before reversible tokens existed.
    #[command(after_help = "Examples:\n  veil keys add-reveal --keyring /etc/veil/keyring")]
    AddReveal {
        /// The keyring.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
    /// Show a keyring's key ids and ages (never the secrets).
    #[command(after_help = "Examples:\n  veil keys show ~/.config/veil/keyring")]
    Show {
        /// The keyring.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// The keyring path when PATH is not given.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
    },
}

pub(super) fn run(cmd: KeysCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        KeysCommand::Init { path, keyring } => {
            let path = Keyring::locate(path.as_deref().or(keyring.as_deref()))?;
            let k = Keyring::create(&path)?;
            println!(
                "created {} with key {} (mode 0600)",
                path.display(),
                k.active().id()
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::ExportPublic { out, keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            let k = Keyring::load(&path)?;
            k.export_public(&out)?;
            println!(
                "wrote {} (mode 0600): master secret and reveal public key, no reveal secret",
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::AddReveal { keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            Keyring::add_reveal(&path)?;
            println!("added a reveal key pair to {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::Show { path, keyring } => {
            let path = Keyring::locate(path.as_deref().or(keyring.as_deref()))?;
            let k = Keyring::load(&path)?;
            println!("{}", path.display());
            print!("{}", show_table(&k, SystemTime::now()));
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `veil keys show`: one row per master key (the last one active) and one
/// for the reveal key pair, never a secret. The reveal pair's id is the
/// start of its public key's fingerprint, as vaults record it.
fn show_table(k: &Keyring, now: SystemTime) -> String {
    use std::fmt::Write;
    let now = now.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let mut rows: Vec<[String; 4]> = Vec::new();
    let active = k.active().id().to_string();
    for key in k.keys() {
        let secs = match key.created() {
            Created::Unix(s) => u64::try_from(*s).ok(),
            Created::Rfc3339(t) => parse_rfc3339(t),
        };
        let created = match (secs, key.created()) {
            (Some(s), _) => format_rfc3339(s).unwrap_or_else(|| s.to_string()),
            (None, c) => c.to_string(),
        };
        let age = secs.map_or("-".to_string(), |s| {
            format!("{:.1}d", now.saturating_sub(s) as f64 / 86_400.0)
        });
        let role = if key.id() == active {
            "active: makes every new token"
        } else {
            "retired: lookups of older tokens"
        };
        rows.push([key.id().to_string(), created, age, role.to_string()]);
    }
    match k.reveal_public() {
        Some(public) => {
            let id: String = public.fingerprint()[..4]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let role = if k.reveal_secret().is_some() {
                "reveal: public and secret key (opens the vault)"
            } else {
                "reveal: public key only (seals, cannot open)"
            };
            rows.push([id, "-".into(), "-".into(), role.into()]);
        }
        None => rows.push([
            "-".into(),
            "-".into(),
            "-".into(),
            "reveal: none (veil keys add-reveal)".into(),
        ]),
    }
    let mut out = String::new();
    let _ = writeln!(out, "{:<10} {:<22} {:>8}  role", "id", "created", "age");
    for [id, created, age, role] in rows {
        let _ = writeln!(out, "{id:<10} {created:<22} {age:>8}  {role}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_is_a_table_of_ids_ages_and_roles_without_secrets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k");
        let full = Keyring::create(&path).unwrap();
        let later = SystemTime::now() + std::time::Duration::from_secs(3 * 86_400);
        let out = show_table(&full, later);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(lines[0].starts_with("id "), "{out}");
        let k1: Vec<&str> = lines[1].split_whitespace().collect();
        assert_eq!(k1[0], "k1");
        assert!(k1[1].ends_with('Z'), "created as RFC 3339: {out}");
        assert_eq!(k1[2], "3.0d");
        assert_eq!(k1[3], "active:");
        assert!(lines[2].contains("reveal: public and secret key"), "{out}");
        assert!(
            !out.contains("MasterKey") && !out.contains("Keyring"),
            "{out}"
        );
        let public = dir.path().join("p");
        full.export_public(&public).unwrap();
        let out = show_table(&Keyring::load(&public).unwrap(), later);
        assert!(out.contains("reveal: public key only"), "{out}");
        // No byte of a secret, in any encoding the keyring file uses.
        let file = std::fs::read_to_string(&path).unwrap();
        for line in file.lines().filter(|l| l.starts_with("secret")) {
            let b64 = line.split('"').nth(1).unwrap();
            assert!(!out.contains(b64));
        }
    }
}
