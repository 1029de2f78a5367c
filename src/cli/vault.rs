//! `veil vault`: retention and inspection of the vault.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, SystemTime};

use clap::Subcommand;

use super::store::{StoreArgs, actor};
use crate::reveal::{Action, NewEntry};
use crate::rules::Source;

#[derive(Debug, Subcommand)]
pub(super) enum VaultCommand {
    /// Delete entries past their category's retention and destroy expired data keys.
    #[command(
        after_help = "Each category's retention comes from the rule packs (the shortest one wins when packs
disagree). Entries last seen longer ago are deleted, and data keys last used longer ago are
destroyed, with their shred secrets: after a purge those tokens cannot be opened even from a
copy of the old vault file. Run it daily (cron or a systemd timer). Audited.

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
    /// Counts per category and epoch, oldest entries and key ages.
    #[command(after_help = "Examples:\n  veil vault stats")]
    Stats {
        #[command(flatten)]
        store: StoreArgs,
    },
}

fn days(d: Duration) -> String {
    format!("{:.1}d", d.as_secs_f64() / 86_400.0)
}

fn age(t: SystemTime) -> String {
    SystemTime::now()
        .duration_since(t)
        .map_or("0d".into(), days)
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
                actor: actor(who.as_deref()),
                action: Action::Purge,
                case: None,
                reason: "retention".into(),
                tokens: Vec::new(),
                count: 0,
            })?;
            let r = vault.purge(&retention, SystemTime::now())?;
            println!(
                "purged {} entries, destroyed {} data keys, forgot {} tombstones{}",
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
        VaultCommand::Stats { store } => {
            let keyring = store.load_keyring()?;
            let vault = store.open_existing_vault(&keyring)?;
            let s = vault.stats()?;
            println!("{}", vault.path().display());
            println!(
                "{:<20} {:>9}  {:<24} {:>14}",
                "category", "entries", "per epoch", "oldest seen"
            );
            for (name, c) in &s.categories {
                let epochs: Vec<String> = c
                    .per_epoch
                    .iter()
                    .map(|(e, n)| format!("{e}:{n}"))
                    .collect();
                println!(
                    "{:<20} {:>9}  {:<24} {:>14}",
                    name,
                    c.entries,
                    epochs.join(" "),
                    c.oldest_last_seen.map_or("-".into(), age)
                );
            }
            println!(
                "\n{:<7} {:<20} {:>10} {:>12} {:>10}",
                "epoch", "category", "key age", "last used", "seals"
            );
            for k in &s.keys {
                println!(
                    "{:<7} {:<20} {:>10} {:>12} {:>10}",
                    k.epoch,
                    k.category,
                    age(k.created),
                    age(k.last_used),
                    k.seals
                );
            }
            println!("\ntombstones: {} erased, {} expired", s.erased, s.expired);
            Ok(ExitCode::SUCCESS)
        }
    }
}
