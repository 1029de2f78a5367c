//! `veil vault`: retention and inspection of the vault.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use clap::Subcommand;

use super::actor::actor;
use super::store::StoreArgs;
use crate::reveal::audit::format_rfc3339;
use crate::reveal::{Action, NewEntry};
use crate::rules::Source;
use crate::vault;

#[derive(Debug, Subcommand)]
pub(super) enum VaultCommand {
    /// Delete entries past their category's retention and destroy expired data keys.
    #[command(
        after_help = "Each category's retention comes from the rule packs (the shortest one wins when packs
disagree). Entries last seen longer ago are deleted, and data keys last used longer ago are
destroyed, with their shred secrets: after a purge those tokens cannot be opened even from a
copy of the old vault file. For categories with epoch keys, the entries of an epoch go, and
the keyring forgets the epoch's keys, at the epoch's start + retention: from then on no file
can recompute its tokens or decrypt its IP addresses. Run it daily, soon after midnight UTC
(cron or a systemd timer). Audited.

Examples:
  veil vault purge
  veil vault purge --rules /etc/veil/rules"
    )]
    Purge {
        #[command(flatten)]
        store: StoreArgs,
        /// Directory of rule packs. Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
        /// Who is purging. Default: the OS user.
        #[arg(long = "as", value_name = "NAME")]
        actor: Option<String>,
    },
    /// Materialise the Kafka vault topic into the embedded vault that `veil reveal` reads.
    #[command(
        after_help = "Reads the vault topic of a `veil run --config` pipeline (group `<group_id>-vault-sync`),
opens each entry with the reveal secret and seals it again into this host's vault under its
own per-(epoch, category) keys, so purge and crypto-shredding apply; a tombstone erases its
token. Without --follow it stops once nothing new arrived for --idle seconds. Needs the full
keyring.

Examples:
  veil vault sync --config /etc/veil/veil.toml
  veil vault sync --config /etc/veil/veil.toml --follow"
    )]
    Sync {
        #[command(flatten)]
        store: StoreArgs,
        /// The pipeline's veil.toml (brokers, group id, vault topic).
        #[arg(long, value_name = "FILE")]
        config: PathBuf,
        /// Keep following the topic until SIGINT/SIGTERM.
        #[arg(long)]
        follow: bool,
        /// Without --follow: stop after this many seconds with nothing new.
        #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
        idle: f64,
    },
    /// Counts per category and epoch, oldest entries and key ages, and when tokens become anonymous.
    #[command(
        after_help = "Per category: entries, the vault epochs (days) that hold them and the oldest one; per vault
epoch: entries, data keys and seals (the last seven, older ones summed up in one line); then,
per category with epoch keys (domain/category; domain/ip for IP encryption), how many epochs
the keyring holds, the oldest and the newest, and the day each one's key is destroyed (start +
retention): from that day its tokens are anonymous. `veil keys show` lists every epoch held.
The epoch lengths and retentions come from the rule packs.

Examples:
  veil vault stats
  veil vault stats --rules /etc/veil/rules"
    )]
    Stats {
        #[command(flatten)]
        store: StoreArgs,
        /// Directory of rule packs (their epochs and retentions). Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
    },
}

/// Epochs listed one by one in `veil vault stats`; older ones are summed
/// up in one line, so the output stays one screen long however many runs
/// and epochs the vault has seen.
const RECENT_EPOCHS: usize = 7;

/// The epoch's start date, or "undated" for keys of vaults made before
/// epochs followed time.
fn epoch_date(epoch: u64) -> String {
    vault::epoch_start(epoch)
        .and_then(|t| format_rfc3339(vault::unix(t)))
        .map_or_else(|| "undated".to_string(), |s| s[..10].to_string())
}

/// `veil vault stats` without the path: per category, then per epoch (the
/// last few, and one line for the rest), then tombstones.
fn render_stats(s: &vault::Stats, now: SystemTime) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let age = |t: SystemTime| now.duration_since(t).map_or("0d".into(), days);
    let _ = writeln!(
        out,
        "{:<20} {:>9} {:>7}  {:<12} {:>12}",
        "category", "entries", "epochs", "oldest epoch", "oldest seen"
    );
    for (name, c) in &s.categories {
        let _ = writeln!(
            out,
            "{:<20} {:>9} {:>7}  {:<12} {:>12}",
            name,
            c.entries,
            c.per_epoch.len(),
            c.per_epoch
                .keys()
                .next()
                .map_or("-".into(), |e| epoch_date(*e)),
            c.oldest_last_seen.map_or("-".into(), age)
        );
    }
    // Per epoch: entries (all categories), data keys and their seals.
    let mut epochs: BTreeMap<u64, (u64, u64, u64, Option<SystemTime>)> = BTreeMap::new();
    for c in s.categories.values() {
        for (e, n) in &c.per_epoch {
            epochs.entry(*e).or_default().0 += n;
        }
    }
    for k in &s.keys {
        let e = epochs.entry(vault::epoch_of(k.epoch)).or_default();
        e.1 += 1;
        e.2 += k.seals;
        e.3 = Some(e.3.map_or(k.last_used, |t| t.max(k.last_used)));
    }
    let _ = writeln!(
        out,
        "\n{:<12} {:>9} {:>6} {:>10} {:>10}",
        "epoch", "entries", "keys", "seals", "last used"
    );
    let older = epochs.len().saturating_sub(RECENT_EPOCHS);
    if older > 0 {
        let (mut n, mut keys, mut seals) = (0, 0, 0);
        for (entries, k, sl, _) in epochs.values().take(older) {
            n += entries;
            keys += k;
            seals += sl;
        }
        let first = epochs.keys().next().copied().unwrap_or(0);
        let _ = writeln!(
            out,
            "{:<12} {:>9} {:>6} {:>10}   ({older} older epochs since {})",
            "...",
            n,
            keys,
            seals,
            epoch_date(first)
        );
    }
    for (e, (n, keys, seals, last)) in epochs.iter().skip(older) {
        let _ = writeln!(
            out,
            "{:<12} {:>9} {:>6} {:>10} {:>10}",
            epoch_date(*e),
            n,
            keys,
            seals,
            last.map_or("-".into(), age)
        );
    }
    let _ = writeln!(
        out,
        "\ntombstones: {} erased, {} expired",
        s.erased, s.expired
    );
    out
}

fn days(d: Duration) -> String {
    format!("{:.1}d", d.as_secs_f64() / 86_400.0)
}

pub(super) fn run(cmd: VaultCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        VaultCommand::Purge {
            store,
            rules,
            actor: who,
        } => {
            let packs = Source::from_flag(rules.as_deref())
                .compile_all()
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            let mut retention: HashMap<String, Duration> = HashMap::new();
            for c in packs.iter().flat_map(|p| p.categories.iter()) {
                if let Some(r) = c.retention {
                    let e = retention.entry(c.name.clone()).or_insert(r);
                    *e = (*e).min(r);
                }
            }
            let keyring = store.load_keyring()?;
            let mut vault = store.open_existing_vault(&keyring)?;
            let mut log = store.open_audit(&keyring)?;
            log.append(NewEntry {
                actor: actor(who.as_deref(), &crate::reveal::policy::load()?)?,
                action: Action::Purge,
                case: None,
                reason: "retention".into(),
                tokens: Vec::new(),
                count: 0,
            })?;
            let r = vault.purge(&retention, SystemTime::now())?;
            // Epoch keys past retention: the keyring moves to today and
            // forgets them (the file is overwritten).
            let destroyed = if keyring.epochs().is_some() {
                let before = keyring.epochs().map_or(0, |e| e.ended_keys());
                let mut ratchet = crate::keys::Ratchet::new(
                    keyring.clone(),
                    Some(store.keyring_path()?),
                    crate::rules::schedule(&packs),
                );
                ratchet.advance(crate::keys::today())?;
                let after = ratchet.keyring().epochs().map_or(0, |e| e.ended_keys());
                format!(
                    ", destroyed {} epoch keys (keyring now holds {after})",
                    before.saturating_sub(after)
                )
            } else {
                String::new()
            };
            println!(
                "purged {} entries, destroyed {} data keys, forgot {} tombstones{}{destroyed}",
                r.entries,
                r.keys,
                r.tombstones,
                if r.compacted { ", compacted" } else { "" }
            );
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Sync {
            store,
            config,
            follow,
            idle,
        } => {
            let cfg = crate::config::load(&config).map_err(|e| anyhow::anyhow!("{e}"))?;
            let keyring = store.load_keyring()?;
            let mut vault = store.open_vault(&keyring)?;
            let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            if follow {
                let flag = std::sync::Arc::clone(&stop);
                std::thread::spawn(move || {
                    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                    {
                        rt.block_on(async {
                            let _ = tokio::signal::ctrl_c().await;
                        });
                    }
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                });
            }
            let s = crate::pipeline::kafka::sync::sync(
                &cfg,
                &mut vault,
                &keyring,
                &stop,
                follow,
                Duration::from_secs_f64(idle.max(0.1)),
            )?;
            println!(
                "synced {} entries ({} session keys, {} erased, {} skipped) into {}",
                s.entries,
                s.keys,
                s.erased,
                s.skipped,
                vault.path().display()
            );
            Ok(ExitCode::SUCCESS)
        }
        VaultCommand::Stats { store, rules } => {
            let keyring = store.load_keyring()?;
            let schedule = super::keys::schedule_of(rules.as_deref())?;
            let vault = store.open_existing_vault(&keyring)?;
            let s = vault.stats()?;
            println!("{}", vault.path().display());
            print!("{}", render_stats(&s, SystemTime::now()));
            print!(
                "{}",
                super::keys::anonymous_table(&keyring, &schedule, crate::keys::today())
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_stay_one_screen_after_a_year_of_minutely_runs() {
        // What a cron job running `veil run` every minute leaves after a
        // year: a data key per run and category, in 365 daily epochs.
        let day0 = 20_000u64;
        let mut s = vault::Stats::default();
        for category in ["phone", "username", "email"] {
            let c = s.categories.entry(category.into()).or_default();
            for day in 0..365 {
                c.per_epoch.insert(day0 + day, 1000);
                c.entries += 1000;
            }
            c.oldest_last_seen = Some(vault::time(day0 * 86_400));
            for day in 0..365u64 {
                for minute in 0..1440u64 {
                    let t = vault::time((day0 + day) * 86_400 + minute * 60);
                    s.keys.push(vault::KeyStats {
                        epoch: vault::first_key_number(day0 + day) + minute,
                        category: category.into(),
                        created: t,
                        last_used: t,
                        seals: 3,
                    });
                }
            }
        }
        let now = vault::time((day0 + 365) * 86_400);
        let out = render_stats(&s, now);
        assert!(out.lines().count() <= 20, "{out}");
        assert!(out.contains("358 older epochs since 2024-10-04"), "{out}");
        // The newest epoch, its entries over all categories and its keys.
        assert!(
            out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>()
                == ["2025-10-03", "3000", "4320", "12960", "0.0d"]),
            "{out}"
        );
    }
}
