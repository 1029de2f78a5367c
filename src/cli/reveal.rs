//! `veil reveal`: originals behind tokens, for one support case, audited.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::Context;
use clap::Args;

use super::actor::actor;
use super::store::StoreArgs;
use crate::keys::label;
use crate::ops::IpPrefix;
use crate::reveal::display::{Keep, escape_controls};
use crate::reveal::excerpt::{self, Display};
use crate::reveal::limits;
use crate::reveal::tokens::is_token;
use crate::reveal::{Action, LimitError, NewEntry};
use crate::vault::Revealed;

#[derive(Debug, Args)]
#[command(
    after_help = "Tokens come as arguments (as veil wrote them, e-mail tokens with their domain; an argument that is
not a token is marked [not a veil token], the others are still revealed, and the exit code is 1),
or else a pasted excerpt on stdin, which is printed back with every
token it can open replaced by the original, and the others marked [erased], [expired] or
[unknown]. Before anything is shown, one audit entry is written (who, case, reason, time, the
tokens: never values); if it cannot be written, or any line of the audit log does not verify,
nothing is shown. A case id belongs to whoever used it first, and may reveal 200 tokens in all,
over its whole life (the operator sets another budget in /etc/veil/reveal-policy.toml, or the
file VEIL_REVEAL_POLICY names; the engineer cannot). Case ids are A-Z a-z 0-9 . _ : - and compared
without case. Control characters in originals are printed escaped (\x1b, \n). Needs the full
keyring (with the reveal secret).

Examples:
  veil reveal --case SUP-4711 --reason \"invoice\" ph_nt4dvdomsuwkuqz6mdupmtab
  veil reveal --case SUP-1 --reason \"logins\" --ip --at 2026-03-02 < excerpt.log
  veil reveal --case SUP-1 --reason \"confirm\" --mask ph_nt4dvdomsuwkuqz6mdupmtab"
)]
pub(super) struct RevealArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The support case: 1-64 of A-Z a-z 0-9 . _ : - (compared without case). Required.
    #[arg(long, value_name = "ID")]
    case: Option<String>,
    /// Why the originals are needed. Required; goes to the audit log.
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Record NAME as the engineer, beside the OS user; only where the reveal policy sets
    /// allow_as. Default: the OS user.
    #[arg(long = "as", value_name = "NAME")]
    actor: Option<String>,
    /// Show only a partial form (the last digits of a phone number, ...).
    #[arg(long)]
    mask: bool,
    /// Also decrypt prefix-encrypted IP addresses in the excerpt.
    #[arg(long)]
    ip: bool,
    /// The pseudonymisation domain of the IP addresses (with --ip).
    #[arg(long, value_name = "NAME", default_value = "siem")]
    domain: String,
    /// With --ip, when the excerpt was written (YYYY-MM-DD, or an RFC 3339 time, UTC): IP
    /// addresses of a domain with epoch keys are decrypted under that day's epoch (default:
    /// today's; the epoch used is named on stderr). A day before the keyring's chain uses the
    /// legacy key.
    #[arg(long, value_name = "DATE", requires = "ip")]
    at: Option<String>,
    /// Directory of rule packs (the IP categories' epochs, with --ip). Default: the built-in packs.
    #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
    rules: Option<std::path::PathBuf>,
    /// Tokens to reveal. Without any, an excerpt is read from stdin.
    #[arg(value_name = "TOKEN")]
    tokens: Vec<String>,
}

pub(super) fn run(args: RevealArgs) -> anyhow::Result<ExitCode> {
    let (Some(case), Some(reason)) = (args.case.as_deref(), args.reason.as_deref()) else {
        anyhow::bail!(
            "refused: a reveal needs --case ID and --reason TEXT (they go to the audit log)"
        );
    };
    if reason.trim().is_empty() {
        anyhow::bail!("refused: --case and --reason must not be empty");
    }
    let case = crate::reveal::case::normalise(case)
        .map_err(|e| anyhow::anyhow!("refused: --case: {e}"))?;
    let case = case.as_str();
    let policy = crate::reveal::policy::load()?;
    let who = actor(args.actor.as_deref(), &policy)?;
    // Each argument as veil wrote it (an e-mail token may carry its kept
    // domain); one that is not a token is marked, and the others go on.
    let args_tokens: Vec<Option<&str>> = args.tokens.iter().map(|a| token_of(a)).collect();
    let bad = args_tokens.iter().filter(|t| t.is_none()).count();
    if !args.tokens.is_empty() && bad == args.tokens.len() {
        anyhow::bail!(
            "{} (expected prefix_ and 24 base32 characters, or an e-mail token with its \
             domain; or paste an excerpt on stdin)",
            if bad == 1 {
                "the argument is not a veil token".to_string()
            } else {
                format!("none of the {bad} arguments is a veil token")
            }
        );
    }
    let keyring = args.store.load_keyring()?;
    let ip_key = if args.ip {
        // Before the audit entry: a reveal that cannot decrypt is refused
        // without using the case's budget.
        Some(ip_key(&keyring, &args)?)
    } else {
        None
    };
    let vault = args.store.open_existing_vault(&keyring)?;
    let mut opener = vault
        .opener(&keyring)
        .context("this keyring cannot open the vault")?;
    let text = if args.tokens.is_empty() {
        let mut s = String::new();
        io::stdin()
            .read_to_string(&mut s)
            .context("reading the excerpt from stdin")?;
        s
    } else {
        args_tokens
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join("\n")
    };
    // The audit entry records exactly what will be shown: every distinct
    // token, listed, and (with --ip) every distinct address, counted.
    let (tokens, ips) = excerpt::to_show(&text, args.ip);
    if tokens.is_empty() && ips.is_empty() {
        anyhow::bail!("no veil tokens found in the input");
    }
    let mut log = args.store.open_audit(&keyring)?;
    let now = SystemTime::now();
    let entry = NewEntry {
        actor: who.clone(),
        action: Action::Reveal,
        case: Some(case.to_string()),
        reason: reason.to_string(),
        // The log holds tokens only; decrypted addresses are counted.
        count: (tokens.len() + ips.len()) as u64,
        tokens: tokens.clone(),
    };
    match limits::reveal_within_limit(&mut log, entry, policy.case_budget, now) {
        Ok(_) => {}
        Err(
            e @ (LimitError::Exceeded { .. } | LimitError::TooMany { .. } | LimitError::NotOwner),
        ) => {
            let why = match e {
                LimitError::NotOwner => "case id of another engineer",
                _ => "case budget",
            };
            let _ = log.append(NewEntry {
                actor: who,
                action: Action::Refuse,
                case: Some(case.to_string()),
                reason: why.to_string(),
                tokens,
                count: 0,
            });
            anyhow::bail!("refused: {e}");
        }
        Err(e) => {
            return Err(anyhow::anyhow!(
                "nothing shown: the audit entry could not be written: {e}"
            ));
        }
    }
    let display = Display { mask: args.mask };
    let mut out = io::stdout().lock();
    if args.tokens.is_empty() {
        let (revealed, counts) =
            excerpt::reveal_excerpt(&text, &mut opener, ip_key.as_ref(), display)?;
        out.write_all(escape_controls(&revealed, Keep::Lines).as_bytes())?;
        // Distinct tokens and addresses, as the audit entry lists them.
        eprintln!(
            "veil: {} revealed, {} erased, {} expired, {} unknown{}; audited for case {case}",
            counts.revealed,
            counts.erased,
            counts.expired,
            counts.unknown,
            if args.ip {
                format!(", {} addresses decrypted", counts.ips)
            } else {
                String::new()
            }
        );
    } else {
        for (arg, t) in args.tokens.iter().zip(&args_tokens) {
            let Some(t) = t else {
                writeln!(
                    out,
                    "{}\t[not a veil token]",
                    escape_controls(arg, Keep::Nothing)
                )?;
                continue;
            };
            let shown = match opener.reveal(t)? {
                Revealed::Found { entry, original } => {
                    if args.mask {
                        crate::reveal::mask::mask_for_display(&entry.category, &original)
                    } else {
                        original.to_string()
                    }
                }
                Revealed::Erased { .. } => "[erased]".to_string(),
                Revealed::Expired { .. } => "[expired]".to_string(),
                Revealed::Unknown => "[unknown]".to_string(),
            };
            writeln!(
                out,
                "{}\t{}",
                escape_controls(arg, Keep::Nothing),
                escape_controls(&shown, Keep::Nothing)
            )?;
        }
    }
    out.flush()?;
    if bad > 0 {
        eprintln!("veil: {bad} argument(s) are not veil tokens: marked [not a veil token]");
        return Ok(ExitCode::from(super::EXIT_QUARANTINED));
    }
    Ok(ExitCode::SUCCESS)
}

/// The IP key of `--domain` for `--at`: the legacy key for a domain
/// without epoch keys (or a day before the chain), else the key of the
/// epoch that holds that day, if the keyring still holds it.
fn ip_key(keyring: &crate::keys::Keyring, args: &RevealArgs) -> anyhow::Result<IpPrefix> {
    let legacy = || -> anyhow::Result<IpPrefix> {
        Ok(IpPrefix::new(
            &keyring.derive(&label::ipcrypt(&args.domain)),
        )?)
    };
    let Some(epochs) = keyring.epochs() else {
        return legacy();
    };
    let packs = crate::rules::Source::from_flag(args.rules.as_deref())
        .compile_all()
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let usage = crate::keys::KeyUse::IpCrypt {
        domain: args.domain.clone(),
    };
    let Some(sched) = crate::rules::schedule(&packs)
        .into_iter()
        .find(|s| s.usage == usage)
    else {
        return legacy();
    };
    let day = match &args.at {
        None => crate::keys::today(),
        Some(at) => crate::keys::epoch::parse_date(at)
            .or_else(|| crate::reveal::audit::parse_rfc3339(at).map(crate::keys::epoch::day_of))
            .ok_or_else(|| {
                anyhow::anyhow!("--at {at:?}: expected YYYY-MM-DD or an RFC 3339 time")
            })?,
    };
    if day < epochs.since() {
        return legacy();
    }
    let start = crate::keys::epoch::epoch_start(day, sched.length);
    // Another epoch's key gives other, plausible addresses: say which.
    eprintln!(
        "veil: IP addresses of domain {} decrypted under the epoch {}..{}; an excerpt written \
         in another epoch needs --at DATE",
        args.domain,
        crate::keys::epoch::date(start),
        crate::keys::epoch::date(start + sched.length)
    );
    let key = epochs.key(&usage, sched.length, start).map_err(|_| {
        anyhow::anyhow!(
            "the IP addresses of {} (epoch {}..{}) can no longer be decrypted: the keyring does \
             not hold that epoch's key (destroyed at retention, or never held here)",
            crate::keys::epoch::date(day),
            crate::keys::epoch::date(start),
            crate::keys::epoch::date(start + sched.length)
        )
    })?;
    Ok(IpPrefix::new(&key)?)
}

/// The token in an argument: the argument itself, or an e-mail token with
/// the domain the pack kept (`em_...@example.se`), as it appears in output.
fn token_of(arg: &str) -> Option<&str> {
    if is_token(arg) {
        return Some(arg);
    }
    let (token, domain) = arg.split_once('@')?;
    let domain_ok = !domain.is_empty()
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    (token.starts_with("em_") && is_token(token) && domain_ok).then_some(token)
}
