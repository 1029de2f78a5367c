//! `veil subject`: access and erasure requests for one person's value.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::SystemTime;

use clap::Subcommand;

use super::actor::actor;
use super::store::StoreArgs;
use crate::reveal::subject::{self, KINDS};
use crate::reveal::{Action, NewEntry};
use crate::rules::Source;
use crate::vault::Lookup;

#[derive(Debug, Subcommand)]
pub(super) enum SubjectCommand {
    /// Every pseudonym a value has (per domain), and what the vault holds for it.
    #[command(
        after_help = "The value is normalised as the pipeline does (070-174 06 83 and +46701740683 are one number)
and run through every pack's categories of that kind, so the output is exactly what the SIEM
holds: search the SIEM for these to compile a register extract. A category with epoch keys has one
pseudonym per live epoch (the tokens of one person differ between epochs) and its legacy one
from before it had epochs. Audited.

Examples:
  veil subject find --kind phone 070-174 06 83
  veil subject find --kind email Karin.Eriksson@example.se --case DSR-12"
    )]
    Find {
        #[command(flatten)]
        store: StoreArgs,
        /// The kind of value.
        #[arg(long, value_name = "KIND", help = format!("The kind of value: {KINDS}"))]
        kind: String,
        /// The request this belongs to (recorded in the audit log).
        #[arg(long, value_name = "ID")]
        case: Option<String>,
        /// Record NAME beside the OS user; only where the reveal policy sets allow_as.
        #[arg(long = "as", value_name = "NAME")]
        actor: Option<String>,
        /// Directory of rule packs. Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
        /// The value (words are joined with spaces).
        #[arg(value_name = "VALUE", required = true, num_args = 1..)]
        value: Vec<String>,
    },
    /// Delete a value's vault entries (erasure request); audited.
    #[command(
        after_help = "Deletes the entries of every pseudonym the value has (every live epoch's, and the legacy
one) and records the erasure; later reveals of those tokens say \"erased\". The tokens in the SIEM become plain pseudonyms. Each entry's own
key is destroyed in the shred-key file (<vault>.keys) and the vault file is rewritten without
them: a copy or backup of the vault, from before or after, no longer opens them with that file.
Without --config the vault must exist: a path that names no vault is refused.

With --config (Kafka mode) it also produces a tombstone (key = token, no value) for each of
those pseudonyms to the vault topic of that veil.toml, and reports success only once every
tombstone is acknowledged: each `veil vault sync` erases them too, and compaction drops their
entries. The packs then come from the config's rules unless --rules is given. A local vault is
then optional: without one only the tombstones are produced, and the output says so.

Examples:
  veil subject erase --kind phone +46701740683 --case DSR-12
  veil subject erase --kind phone +46701740683 --case DSR-12 --config veil.toml"
    )]
    Erase {
        #[command(flatten)]
        store: StoreArgs,
        /// The kind of value.
        #[arg(long, value_name = "KIND", help = format!("The kind of value: {KINDS}"))]
        kind: String,
        /// The erasure request. Required.
        #[arg(long, value_name = "ID")]
        case: String,
        /// Record NAME beside the OS user; only where the reveal policy sets allow_as.
        #[arg(long = "as", value_name = "NAME")]
        actor: Option<String>,
        /// Directory of rule packs. Default: the packs built into veil.
        #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
        rules: Option<PathBuf>,
        /// Kafka mode: also produce tombstones to the vault topic of this veil.toml.
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
        /// The value (words are joined with spaces).
        #[arg(value_name = "VALUE", required = true, num_args = 1..)]
        value: Vec<String>,
    },
}

/// `--case`, in its one spelling.
fn case_id(raw: &str) -> anyhow::Result<String> {
    crate::reveal::case::normalise(raw).map_err(|e| anyhow::anyhow!("refused: --case: {e}"))
}

fn fmt_time(t: SystemTime) -> String {
    t.duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| crate::reveal::audit::format_rfc3339(d.as_secs()))
        .unwrap_or_else(|| "?".into())
}

/// What both subcommands start from: the kind, the value, every pack and the keyring.
fn prepare(
    store: &StoreArgs,
    kind: &str,
    value: &[String],
    rules: Source,
) -> anyhow::Result<(
    crate::detect::Kind,
    String,
    Vec<crate::rules::Pack>,
    crate::keys::Keyring,
)> {
    let value = value.join(" ");
    let kind = subject::parse_kind(kind, &value)
        .ok_or_else(|| anyhow::anyhow!("unknown kind {kind:?} (one of: {KINDS})"))?;
    let packs = rules.compile_all().map_err(|e| anyhow::anyhow!("{e}"))?;
    let keyring = store.load_keyring()?;
    Ok((kind, value, packs, keyring))
}

pub(super) fn run(cmd: SubjectCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        SubjectCommand::Find {
            store,
            kind,
            case,
            actor: who,
            rules,
            value,
        } => {
            let case = case.as_deref().map(case_id).transpose()?;
            let who = actor(who.as_deref(), &crate::reveal::policy::load()?)?;
            let rules = Source::from_flag(rules.as_deref());
            let (kind, value, packs, keyring) = prepare(&store, &kind, &value, rules)?;
            let found = subject::pseudonyms(kind, &value, &packs, &keyring, crate::keys::today());
            if found.is_empty() {
                anyhow::bail!("no pack has a pseudonymised category of kind {kind}");
            }
            let mut log = store.open_audit(&keyring)?;
            let tokens: Vec<String> = found
                .iter()
                .filter(|p| p.reversible)
                .map(|p| p.value.clone())
                .collect();
            log.append(NewEntry {
                actor: who,
                action: Action::SubjectFind,
                case,
                reason: format!("subject find --kind {kind}"),
                count: found.len() as u64,
                tokens,
            })?;
            let vault = if found.iter().any(|p| p.reversible) {
                Some(store.open_existing_vault(&keyring)?)
            } else {
                None
            };
            println!(
                "{:<10} {:<18} {:<40} {:<23} vault",
                "domain", "category", "pseudonym", "epoch"
            );
            for p in &found {
                let status = match (&vault, p.reversible) {
                    (Some(v), true) => match v.lookup(&p.value)? {
                        Lookup::Found(e) => format!(
                            "held, first seen {}, last seen {}",
                            fmt_time(e.first_seen),
                            fmt_time(e.last_seen)
                        ),
                        Lookup::Erased { at, .. } => format!("erased {}", fmt_time(at)),
                        Lookup::Expired { at, .. } => format!("expired {}", fmt_time(at)),
                        Lookup::Unknown => "not held (never seen, or not reversible then)".into(),
                    },
                    _ => "not reversible".into(),
                };
                let epoch = match p.epoch {
                    Some((start, length)) => format!(
                        "{}..{}",
                        crate::keys::epoch::date(start),
                        crate::keys::epoch::date(start + length)
                    ),
                    None => "legacy".to_string(),
                };
                println!(
                    "{:<10} {:<18} {:<40} {epoch:<23} {status}",
                    p.domain, p.category, p.value
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        SubjectCommand::Erase {
            store,
            kind,
            case,
            actor: who,
            rules,
            config,
            value,
        } => {
            if case.trim().is_empty() {
                anyhow::bail!("refused: an erasure needs --case ID");
            }
            let case = case_id(&case)?;
            let who = actor(who.as_deref(), &crate::reveal::policy::load()?)?;
            let cfg = match &config {
                Some(p) => Some(crate::config::load(p).map_err(|e| anyhow::anyhow!("{e}"))?),
                None => None,
            };
            if cfg.as_ref().is_some_and(|c| c.vault_topic.is_none()) {
                anyhow::bail!("the config has no vault_topic: there is nothing to tombstone");
            }
            let mut store = store;
            if store.keyring.is_none() {
                store.keyring = cfg.as_ref().and_then(|c| c.keyring.clone());
            }
            let rules = match (&rules, &cfg) {
                (None, Some(c)) => c.rules.clone(),
                _ => Source::from_flag(rules.as_deref()),
            };
            let (kind, value, packs, keyring) = prepare(&store, &kind, &value, rules)?;
            let tokens: Vec<String> =
                subject::pseudonyms(kind, &value, &packs, &keyring, crate::keys::today())
                    .into_iter()
                    .filter(|p| p.reversible)
                    .map(|p| p.value)
                    .collect();
            if tokens.is_empty() {
                anyhow::bail!("no pack makes values of kind {kind} reversible: nothing to erase");
            }
            // Without --config the local vault is the whole answer, so a path
            // that names no vault is refused; in Kafka mode the tombstones
            // are, and this host may hold no synced vault.
            let mut vault = match &cfg {
                None => Some(store.open_existing_vault(&keyring)?),
                Some(_) => store.open_vault_if_exists(&keyring)?,
            };
            // The audit entry comes first: an erasure that cannot be audited
            // does not happen.
            let mut log = store.open_audit(&keyring)?;
            log.append(NewEntry {
                actor: who,
                action: Action::Erase,
                case: Some(case.clone()),
                reason: format!("subject erase --kind {kind}"),
                count: tokens.len() as u64,
                tokens: tokens.clone(),
            })?;
            let refs: Vec<&str> = tokens.iter().map(String::as_str).collect();
            let report = match vault.as_mut() {
                Some(vault) => vault.erase(&refs)?,
                None => Default::default(),
            };
            let erased = report.erased;
            // Every pseudonym the value has gets a tombstone, not only those
            // this host's vault held: the topic may hold entries it never saw.
            let tombstones = match &cfg {
                Some(cfg) => crate::pipeline::kafka::erase::tombstones(cfg, &tokens)?,
                None => 0,
            };
            println!(
                "erased {erased} vault entries ({} pseudonyms checked) for case {case}{}",
                tokens.len(),
                match &cfg {
                    Some(cfg) => format!(
                        "; {tombstones} tombstones acknowledged on vault topic {}",
                        cfg.vault_topic.as_deref().unwrap_or_default()
                    ),
                    None => String::new(),
                }
            );
            match &vault {
                Some(vault) if erased > 0 => println!(
                    "the vault file was rewritten without them, and their keys are destroyed: \
                     no copy of the vault opens them with the current {}",
                    vault.keys_path().display()
                ),
                Some(_) => {}
                None => println!(
                    "no local vault at {}: nothing erased there; each `veil vault sync` applies \
                     the tombstones to its vault",
                    store.vault_path()?.display()
                ),
            }
            if report.legacy > 0 {
                println!(
                    "note: {} of them were sealed by an earlier release under a shared data key: \
                     a copy of the vault taken before now still opens them with the current \
                     shred-key file until `veil vault purge` destroys that key at its retention",
                    report.legacy
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
