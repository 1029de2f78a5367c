//! `veil reveal`: originals behind tokens, for one support case, audited.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::SystemTime;

use anyhow::Context;
use clap::Args;

use super::store::{StoreArgs, actor};
use crate::keys::label;
use crate::ops::IpPrefix;
use crate::reveal::excerpt::{self, Display};
use crate::reveal::limits::{self, DEFAULT_TOKENS_PER_HOUR};
use crate::reveal::tokens::is_token;
use crate::reveal::{Action, LimitError, NewEntry};
use crate::vault::Revealed;

#[derive(Debug, Args)]
#[command(
    after_help = "Tokens come as arguments, or else a pasted excerpt on stdin, which is printed back with every
token it can open replaced by the original, and the others marked [erased], [expired] or
[unknown]. Before anything is shown, one audit entry is written (who, case, reason, time, the
tokens: never values); if it cannot be written, nothing is shown. A limit of 200 tokens per case
and engineer per hour refuses bulk reveals. Needs the full keyring (with the reveal secret).

Examples:
  veil reveal --case SUP-4711 --reason \"caller disputes invoice\" ph_nt4dvdomsuwkuqz6mdupmtab
  pbpaste | veil reveal --case SUP-4711 --reason \"login failures\" --ip
  veil reveal --case SUP-4711 --reason \"confirm caller\" --mask ph_nt4dvdomsuwkuqz6mdupmtab"
)]
pub(super) struct RevealArgs {
    #[command(flatten)]
    store: StoreArgs,
    /// The support case. Required.
    #[arg(long, value_name = "ID")]
    case: Option<String>,
    /// Why the originals are needed. Required; goes to the audit log.
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Who is revealing (recorded in the audit log). Default: the OS user.
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
    /// Tokens per case and engineer per hour.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_TOKENS_PER_HOUR)]
    limit: usize,
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
    if case.trim().is_empty() || reason.trim().is_empty() {
        anyhow::bail!("refused: --case and --reason must not be empty");
    }
    for (i, t) in args.tokens.iter().enumerate() {
        if !is_token(t) {
            anyhow::bail!(
                "argument {} is not a veil token (expected prefix_ and 24 base32 characters)",
                i + 1
            );
        }
    }
    let keyring = args.store.load_keyring()?;
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
        args.tokens.join("\n")
    };
    let tokens = excerpt::distinct_tokens(&text);
    let ips = if args.ip {
        excerpt::ip_spans(&text).len()
    } else {
        0
    };
    if tokens.is_empty() && ips == 0 {
        anyhow::bail!("no veil tokens found in the input");
    }
    let who = actor(args.actor.as_deref());
    let mut log = args.store.open_audit(&keyring)?;
    let now = SystemTime::now();
    let entry = NewEntry {
        actor: who.clone(),
        action: Action::Reveal,
        case: Some(case.to_string()),
        reason: reason.to_string(),
        tokens: tokens.clone(),
        count: (tokens.len() + ips) as u64,
    };
    match limits::reveal_within_limit(&mut log, entry, args.limit, now) {
        Ok(_) => {}
        Err(e @ (LimitError::Exceeded { .. } | LimitError::TooMany { .. })) => {
            let _ = log.append(NewEntry {
                actor: who,
                action: Action::Refuse,
                case: Some(case.to_string()),
                reason: "rate limit".to_string(),
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
    let ip_key = if args.ip {
        Some(IpPrefix::new(
            &keyring.derive(&label::ipcrypt(&args.domain)),
        )?)
    } else {
        None
    };
    let display = Display { mask: args.mask };
    let mut out = io::stdout().lock();
    if args.tokens.is_empty() {
        let (revealed, counts) =
            excerpt::reveal_excerpt(&text, &mut opener, ip_key.as_ref(), display)?;
        out.write_all(revealed.as_bytes())?;
        eprintln!(
            "veil: {} revealed, {} erased, {} expired, {} unknown{}; audited for case {case}",
            counts.revealed,
            counts.erased,
            counts.expired,
            counts.unknown,
            if args.ip {
                format!(", {} addresses", counts.ips)
            } else {
                String::new()
            }
        );
    } else {
        for t in &args.tokens {
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
            writeln!(out, "{t}\t{shown}")?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
