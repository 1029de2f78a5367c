//! `veil audit`: verify the audit log and show a case's trail.

use std::process::ExitCode;

use clap::Subcommand;

use super::store::StoreArgs;
use crate::keys::label;
use crate::reveal::audit;
use crate::reveal::display::{Keep, escape_controls};

#[derive(Debug, Subcommand)]
pub(super) enum AuditCommand {
    /// Check the hash chain, every entry's MAC and the head file.
    #[command(
        after_help = "Detects any edited byte, deleted, reordered or forged entry, a cut-off tail (against the
head file) and an entry sealed with another key. Exit 0 when intact, 1 with the first bad line.
Ship the printed head hash to the SIEM: it anchors the log against deleting log and head together.

Examples:
  veil audit verify
  veil audit verify --audit /var/lib/veil/audit.jsonl"
    )]
    Verify {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// What was revealed for one case: who, when, why, which tokens.
    #[command(after_help = "Examples:\n  veil audit show --case SUP-4711")]
    Show {
        #[command(flatten)]
        store: StoreArgs,
        /// The case.
        #[arg(long, value_name = "ID")]
        case: String,
    },
}

pub(super) fn run(cmd: AuditCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        AuditCommand::Verify { store } => {
            let keyring = store.load_keyring()?;
            let path = store.audit_path()?;
            match audit::verify(&path, &keyring.derive(&label::audit())) {
                Ok(r) => {
                    println!(
                        "{}: intact, {} entries, head seq {} hash {}",
                        path.display(),
                        r.entries,
                        r.head.seq,
                        r.head.hash
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e @ audit::AuditError::Broken { .. }) => {
                    eprintln!("veil: {e}");
                    Ok(ExitCode::from(super::EXIT_QUARANTINED))
                }
                Err(e) => Err(e.into()),
            }
        }
        AuditCommand::Show { store, case } => {
            let case = crate::reveal::case::normalise(&case)
                .map_err(|e| anyhow::anyhow!("--case: {e}"))?;
            let keyring = store.load_keyring()?;
            let path = store.audit_path()?;
            let entries = audit::entries_for_case(&path, &keyring.derive(&label::audit()), &case)?;
            if entries.is_empty() {
                println!("no audit entries for case {case}");
            }
            // Actor, case and reason are free text from engineers and
            // clients: one entry stays one line, and escape sequences are
            // shown, not obeyed.
            let esc = |s: &str| escape_controls(s, Keep::Nothing).into_owned();
            for e in entries {
                // `count` is what was shown: the listed tokens, plus the IP
                // addresses a `--ip` reveal decrypted (never logged).
                let listed = e.tokens.len() as u64;
                let shown = match e.count.cmp(&listed) {
                    std::cmp::Ordering::Equal => format!("{listed} tokens"),
                    std::cmp::Ordering::Greater => {
                        format!("{listed} tokens, {} addresses", e.count - listed)
                    }
                    std::cmp::Ordering::Less => format!("{listed} tokens, {} shown", e.count),
                };
                println!(
                    "{} #{} {} {} by {}: {} ({shown}) {}",
                    esc(&e.time),
                    e.seq,
                    e.action.as_str(),
                    esc(e.case.as_deref().unwrap_or("-")),
                    esc(&e.actor),
                    esc(&e.reason),
                    esc(&e.tokens.join(" "))
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
