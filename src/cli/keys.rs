//! `veil keys`: create and inspect keyrings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::keys::epoch::date;
use crate::keys::{Created, Keyring, Sched};
use crate::reveal::audit::{format_rfc3339, parse_rfc3339};
use crate::rules::Source;

/// The epoch schedule of the packs in `rules` (default: the built-in ones).
fn schedule_of(rules: Option<&std::path::Path>) -> anyhow::Result<Vec<Sched>> {
    let packs = Source::from_flag(rules)
        .compile_all()
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(crate::rules::schedule(&packs))
}

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
        after_help = "The exported keyring holds the master secret (legacy pseudonyms and IP encryption, the
quarantine), the reveal PUBLIC key (a pipeline with it seals originals into the vault but can
open none of them) and, for categories with an epoch, only the CURRENT epochs: the chain state
of today and the seeds of the epochs running now. The pipeline overwrites them as epochs turn,
so its keyring never holds a past epoch's key. It is still secret (mode 0600), and must stay
writable by veil. An existing file is never overwritten.

Examples:
  veil keys export-public --keyring /etc/veil/keyring /tmp/pipeline.keyring
  veil keys export-public --rules /etc/veil/rules /tmp/pipeline.keyring"
    )]
    ExportPublic {
        /// Where to write the public keyring.
        #[arg(value_name = "OUT")]
        out: PathBuf,
        /// The full keyring.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
        /// Directory of rule packs (their epoch lengths). Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
    },
    /// Add an epoch chain to a keyring made before epoch keys existed.
    #[command(
        after_help = "Run it on the full keyring (reveal host), then export the pipeline keyrings again. From the
next run on, categories with an `epoch` write versioned tokens under epoch keys; tokens already
in the SIEM (legacy, no epoch) keep revealing and are still found by `veil subject`, under the
master secret, until it is retired. Without a chain, a keyring makes legacy tokens for every
category, as before.

Examples:
  veil keys add-chain --keyring /etc/veil/keyring"
    )]
    AddChain {
        /// The keyring.
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
    /// Show a keyring's keys and the epochs it holds (never the secrets).
    #[command(
        after_help = "Lists the master keys and the reveal key pair, then every epoch whose key the keyring holds,
per category (domain/category; domain/ip for IP encryption), with its start, end and the day
its key is destroyed (start + retention; `veil vault purge` destroys it on or after that day).
The epoch lengths and retentions come from the rule packs.

Examples:
  veil keys show ~/.config/veil/keyring
  veil keys show --rules /etc/veil/rules"
    )]
    Show {
        /// The keyring.
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
        /// The keyring path when PATH is not given.
        #[arg(long, value_name = "PATH", env = "VEIL_KEYRING")]
        keyring: Option<PathBuf>,
        /// Directory of rule packs. Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
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
        KeysCommand::ExportPublic {
            out,
            keyring,
            rules,
        } => {
            let path = Keyring::locate(keyring.as_deref())?;
            let k = Keyring::load(&path)?;
            let schedule = schedule_of(rules.as_deref())?;
            k.export_public_with(&out, crate::keys::today(), &schedule)?;
            println!(
                "wrote {} (mode 0600): master secret, reveal public key and {}, no reveal secret",
                out.display(),
                if k.epochs().is_some() {
                    "the current epochs only"
                } else {
                    "no epoch chain (legacy tokens)"
                }
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::AddChain { keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            Keyring::add_chain(&path)?;
            println!(
                "added an epoch chain to {}; export the pipeline keyrings again (veil keys export-public)",
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::AddReveal { keyring } => {
            let path = Keyring::locate(keyring.as_deref())?;
            Keyring::add_reveal(&path)?;
            println!("added a reveal key pair to {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        KeysCommand::Show {
            path,
            keyring,
            rules,
        } => {
            let path = Keyring::locate(path.as_deref().or(keyring.as_deref()))?;
            let k = Keyring::load(&path)?;
            let schedule = schedule_of(rules.as_deref())?;
            println!("{}", path.display());
            print!("{}", show_table(&k, SystemTime::now()));
            print!("{}", epochs_table(&k, &schedule, crate::keys::today()));
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
            "active: legacy tokens (categories without epoch), quarantine, audit"
        } else {
            "retired: lookups of older tokens"
        };
        rows.push([key.id().to_string(), created, age, role.to_string()]);
    }
    match k.reveal_public() {
        Some(public) => {
            let id = data_encoding::HEXLOWER.encode(&public.fingerprint()[..4]);
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
    match k.epochs() {
        Some(e) => rows.push([
            "chain".into(),
            date(e.day()),
            "-".into(),
            if k.is_full() {
                "epochs: keeps ended epochs until retention (reveal side)".into()
            } else {
                "epochs: current epochs only (pipeline)".into()
            },
        ]),
        None => rows.push([
            "-".into(),
            "-".into(),
            "-".into(),
            "epochs: no chain, every token is legacy (veil keys add-chain)".into(),
        ]),
    }
    let mut out = String::new();
    let _ = writeln!(out, "{:<10} {:<22} {:>8}  role", "id", "created", "age");
    for [id, created, age, role] in rows {
        let _ = writeln!(out, "{id:<10} {created:<22} {age:>8}  {role}");
    }
    out
}

/// The epochs a keyring holds on `today`, per use, with start, end and
/// destruction dates; empty without a chain.
fn epochs_table(k: &Keyring, schedule: &[Sched], today: u64) -> String {
    use std::fmt::Write;
    let Some(e) = k.epochs() else {
        return String::new();
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\nepochs held (UTC days; a key is destroyed by the first `veil vault purge` on or after that day)"
    );
    let _ = writeln!(
        out,
        "{:<24} {:>6}  {:<10}  {:<10}  {:<10}  state",
        "use", "length", "start", "end", "destroyed"
    );
    for h in e.held(schedule, today) {
        let usage = h.usage.as_ref().map_or_else(
            || "(seed, no pack uses it)".to_string(),
            ToString::to_string,
        );
        let state = if h.start > today {
            "next"
        } else if h.end > today {
            "current"
        } else {
            "ended"
        };
        let _ = writeln!(
            out,
            "{usage:<24} {:>5}d  {:<10}  {:<10}  {:<10}  {state}",
            h.length,
            date(h.start),
            date(h.end),
            h.destroy.map_or_else(|| "-".to_string(), date),
        );
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
        assert_eq!(lines.len(), 4, "{out}");
        assert!(
            lines[3].starts_with("chain") && lines[3].contains("keeps ended"),
            "{out}"
        );
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
