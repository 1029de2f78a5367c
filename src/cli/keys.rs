//! `veil keys`: create and inspect keyrings.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use std::time::{SystemTime, UNIX_EPOCH};

use crate::keys::epoch::{Held, date};
use crate::keys::{Created, Keyring, Sched};
use crate::reveal::audit::{format_rfc3339, parse_rfc3339};
use crate::rules::Source;

/// The epoch schedule of the packs in `rules` (default: the built-in ones).
pub(super) fn schedule_of(rules: Option<&std::path::Path>) -> anyhow::Result<Vec<Sched>> {
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

/// One epoch a keyring holds, as `veil keys show` and `veil vault stats`
/// print it: the use (`domain/category`, `domain/ip`), whether it is ended,
/// current or next on `today`, and the epoch itself.
struct HeldRow {
    usage: Option<String>,
    state: &'static str,
    held: Held,
}

/// The epochs a keyring holds on `today`, per use and oldest first; empty
/// without a chain.
fn held_rows(k: &Keyring, schedule: &[Sched], today: u64) -> Vec<HeldRow> {
    let Some(e) = k.epochs() else {
        return Vec::new();
    };
    e.held(schedule, today)
        .into_iter()
        .map(|h| HeldRow {
            usage: h.usage.as_ref().map(ToString::to_string),
            state: if h.start > today {
                "next"
            } else if h.end > today {
                "current"
            } else {
                "ended"
            },
            held: h,
        })
        .collect()
}

/// The epochs a keyring holds on `today`, per use, with start, end and
/// destruction dates; empty without a chain.
fn epochs_table(k: &Keyring, schedule: &[Sched], today: u64) -> String {
    use std::fmt::Write;
    if k.epochs().is_none() {
        return String::new();
    }
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
    for HeldRow { usage, state, held } in held_rows(k, schedule, today) {
        let usage = usage.unwrap_or_else(|| "(seed, no pack uses it)".to_string());
        let _ = writeln!(
            out,
            "{usage:<24} {:>5}d  {:<10}  {:<10}  {:<10}  {state}",
            held.length,
            date(held.start),
            date(held.end),
            held.destroy.map_or_else(|| "-".to_string(), date),
        );
    }
    out
}

/// `veil vault stats`: when the tokens of each use become anonymous, from
/// the same epochs as [`epochs_table`], one line per use (so it stays one
/// screen long): how many epochs the keyring holds, the oldest and the
/// newest with the day each one's key is destroyed.
pub(super) fn anonymous_table(k: &Keyring, schedule: &[Sched], today: u64) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    if k.epochs().is_none() {
        let _ = writeln!(
            out,
            "\nbecomes anonymous: never while the master secret lives (no epoch chain: every token is legacy; veil keys add-chain)"
        );
        return out;
    }
    let _ = writeln!(
        out,
        "\nbecomes anonymous (epochs whose keys this keyring holds; an epoch's tokens are anonymous from the day its key is destroyed)"
    );
    let _ = writeln!(
        out,
        "{:<24} {:>6} {:>5}  {:<10} {:<10}  {:<10} anonymous",
        "use", "length", "held", "oldest", "anonymous", "newest"
    );
    let rows: Vec<HeldRow> = held_rows(k, schedule, today)
        .into_iter()
        .filter(|r| r.usage.is_some() && r.held.destroy.is_some())
        .collect();
    for group in rows.chunk_by(|a, b| a.usage == b.usage) {
        let (first, last) = (&group[0], &group[group.len() - 1]);
        let anonymous = |r: &HeldRow| r.held.destroy.map_or_else(|| "-".to_string(), date);
        let _ = writeln!(
            out,
            "{:<24} {:>5}d {:>5}  {:<10} {:<10}  {:<10} {}",
            first.usage.as_deref().unwrap_or_default(),
            first.held.length,
            group.len(),
            date(first.held.start),
            anonymous(first),
            date(last.held.start),
            anonymous(last),
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

    use crate::keys::epoch::{KeyUse, Ratchet, epoch_start};

    fn sched(category: Option<&str>, length: u64, retention: u64) -> Sched {
        let domain = "siem".to_string();
        Sched {
            usage: match category {
                Some(c) => KeyUse::Pseudonym {
                    domain,
                    category: c.into(),
                },
                None => KeyUse::IpCrypt { domain },
            },
            length,
            retention,
        }
    }

    /// A full keyring made today and purged daily until `today + days`
    /// (in memory), for phone numbers (7d/28d) and IPs (30d/180d).
    fn full_keyring_after(dir: &std::path::Path, days: u64) -> (Keyring, Vec<Sched>, u64, u64) {
        let made = crate::keys::today();
        let schedule = vec![sched(Some("phone"), 7, 28), sched(None, 30, 180)];
        let mut r = Ratchet::new(
            Keyring::create(&dir.join("k")).unwrap(),
            None,
            schedule.clone(),
        );
        for day in made..=made + days {
            r.advance(day).unwrap();
        }
        (r.keyring().clone(), schedule, made, made + days)
    }

    /// The epochs a full keyring made on `made` holds on `today`,
    /// worked out from the rule (every epoch that was running on or after
    /// `made` and whose start + retention is still ahead), oldest first.
    fn expected(s: &Sched, made: u64, today: u64) -> Vec<(u64, u64)> {
        let mut out = Vec::new();
        let mut start = epoch_start(made, s.length);
        while start <= epoch_start(today, s.length) {
            if start + s.retention > today {
                out.push((start, start + s.retention));
            }
            start += s.length;
        }
        out
    }

    #[test]
    fn show_lists_every_epoch_held_with_its_end_and_destruction_day() {
        let dir = tempfile::tempdir().unwrap();
        let (k, schedule, made, today) = full_keyring_after(dir.path(), 60);
        let out = epochs_table(&k, &schedule, today);
        let rows: Vec<Vec<&str>> = out
            .lines()
            .skip_while(|l| !l.starts_with("use "))
            .skip(1)
            .map(|l| l.split_whitespace().collect())
            .collect();
        let mut want: Vec<Vec<String>> = Vec::new();
        for (s, name) in [(&schedule[0], "siem/phone"), (&schedule[1], "siem/ip")] {
            let epochs = expected(s, made, today);
            assert!(epochs.len() >= 2, "an ended epoch and the current one");
            for (start, destroy) in epochs {
                let end = start + s.length;
                want.push(vec![
                    name.to_string(),
                    format!("{}d", s.length),
                    date(start),
                    date(end),
                    date(destroy),
                    if end > today { "current" } else { "ended" }.to_string(),
                ]);
            }
        }
        want.sort();
        let mut got: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(ToString::to_string).collect())
            .collect();
        got.sort();
        assert_eq!(got, want, "{out}");
        assert!(out.contains("epochs held"), "{out}");
        // Without a chain there is nothing to list.
        let legacy = legacy_keyring(dir.path());
        assert_eq!(epochs_table(&legacy, &schedule, today), "");
    }

    /// The keyring at `dir/k` without its chain, as before epoch keys.
    fn legacy_keyring(dir: &std::path::Path) -> Keyring {
        let text = std::fs::read_to_string(dir.join("k")).unwrap();
        let path = dir.join("legacy");
        std::fs::write(&path, &text[..text.find("\n# Epoch keys").unwrap()]).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let k = Keyring::load(&path).unwrap();
        assert!(k.epochs().is_none());
        k
    }

    #[test]
    fn vault_stats_say_when_the_oldest_and_newest_epochs_held_become_anonymous() {
        let dir = tempfile::tempdir().unwrap();
        let (k, schedule, made, today) = full_keyring_after(dir.path(), 60);
        let out = anonymous_table(&k, &schedule, today);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[1].contains("becomes anonymous"), "{out}");
        assert_eq!(
            lines[2].split_whitespace().collect::<Vec<_>>(),
            [
                "use",
                "length",
                "held",
                "oldest",
                "anonymous",
                "newest",
                "anonymous"
            ]
        );
        let rows: Vec<Vec<&str>> = lines[3..]
            .iter()
            .map(|l| l.split_whitespace().collect())
            .collect();
        let mut want = Vec::new();
        // Pseudonym uses first, then IP encryption, as `veil keys show`.
        for (s, name) in [(&schedule[0], "siem/phone"), (&schedule[1], "siem/ip")] {
            let epochs = expected(s, made, today);
            let (oldest, newest) = (epochs[0], epochs[epochs.len() - 1]);
            want.push(vec![
                name.to_string(),
                format!("{}d", s.length),
                epochs.len().to_string(),
                date(oldest.0),
                date(oldest.1),
                date(newest.0),
                date(newest.1),
            ]);
        }
        assert_eq!(rows, want, "{out}");
        // One line per use however many epochs are held: 180 days of 1-day
        // epochs are still one line.
        let daily = [sched(Some("badge"), 1, 180)];
        let (k, _, _, today) = {
            let dir = tempfile::tempdir().unwrap();
            let made = crate::keys::today();
            let mut r = Ratchet::new(
                Keyring::create(&dir.path().join("k")).unwrap(),
                None,
                daily.to_vec(),
            );
            r.advance(made + 200).unwrap();
            (r.keyring().clone(), (), (), made + 200)
        };
        let out = anonymous_table(&k, &daily, today);
        assert_eq!(out.lines().count(), 4, "{out}");
        assert!(out.contains("siem/badge") && out.contains(" 180 "), "{out}");
        // A keyring without a chain: one line that says its tokens never
        // become anonymous while the master secret lives.
        let out = anonymous_table(&legacy_keyring(dir.path()), &schedule, today);
        assert_eq!(out.lines().count(), 2, "{out}");
        assert!(out.contains("no epoch chain"), "{out}");
    }
}
