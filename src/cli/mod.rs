//! The `veil` command line: one subcommand to a file.
//!
//! Exit codes: 0 success, 1 some records were quarantined (or a check
//! failed), 2 a usage, configuration or I/O error.

mod actor;
mod audit;
mod bench;
mod check;
mod keys;
mod paths;
mod quarantine;
mod reveal;
mod run;
mod scan;
mod serve;
mod store;
mod subject;
mod users;
mod vault;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Exit code: some records were quarantined, or some checks failed.
pub const EXIT_QUARANTINED: u8 = 1;
/// Exit code: usage, configuration or I/O error.
pub const EXIT_ERROR: u8 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "veil",
    version,
    about = "Pseudonymise personal data in logs and call records before they reach the SIEM",
    long_about = "veil replaces personal data (IP addresses, phone numbers, e-mail addresses, usernames, \
personnummer, organisation numbers, badge codes, names) in log lines and call detail records with keyed \
pseudonyms, before the records reach long-term storage. Untouched bytes pass through exactly.",
    after_help = "Examples:\n  veil keys init ~/.config/veil/keyring\n  veil run --keyring ~/.config/veil/keyring --pack syslog --input auth.log\n  veil scan --pack asterisk-cdr --input Master.csv\n  veil check rules/\n  veil reveal --case SUP-4711 --reason \"bill\" ph_nt4dvdomsuwkuqz6mdupmtab\n  veil bench --workload all",
    propagate_version = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Pseudonymise records from files or stdin to a file or stdout.
    Run(run::RunArgs),
    /// Show what would be replaced (detection only), as JSON lines.
    Scan(scan::ScanArgs),
    /// Validate rule packs and run their test cases.
    Check(check::CheckArgs),
    /// Measure throughput against line rate, beside baselines from the same run.
    Bench(bench::BenchArgs),
    /// Create and inspect keyrings.
    #[command(subcommand)]
    Keys(keys::KeysCommand),
    /// Work with quarantined records.
    #[command(subcommand)]
    Quarantine(quarantine::QuarantineCommand),
    /// Show the originals behind tokens, for one support case (audited).
    Reveal(reveal::RevealArgs),
    /// Access and erasure requests: a person's pseudonyms and vault entries.
    #[command(subcommand)]
    Subject(subject::SubjectCommand),
    /// Retention and inspection of the vault of reversible tokens.
    #[command(subcommand)]
    Vault(vault::VaultCommand),
    /// Verify the audit log and show what was revealed for a case.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Serve reveals over HTTP(S) for support engineers: accounts, roles, cases, a web page.
    Serve(serve::ServeArgs),
    /// Manage the accounts of `veil serve`.
    #[command(subcommand)]
    Users(users::UsersCommand),
}

/// Where the rules come from and which pack to run.
#[derive(Debug, Args)]
struct PackArgs {
    /// Directory of rule packs (*.toml). Default: the packs built into veil.
    #[arg(long, value_name = "DIR", env = "VEIL_RULES")]
    rules: Option<PathBuf>,
    /// The pack to run: syslog, asterisk-cdr, freeswitch-cdr, cisco-cucm-cdr, json, kv-cef,
    /// or one of yours.
    #[arg(long, value_name = "NAME")]
    pack: String,
}

impl PackArgs {
    fn load(&self) -> anyhow::Result<crate::rules::Pack> {
        crate::rules::Source::from_flag(self.rules.as_deref())
            .load(&self.pack)
            .map_err(|e| anyhow::anyhow!("{e}"))
    }
}

/// Parses the command line, runs it and returns the exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Run(a) => run::run(a),
        Command::Scan(a) => scan::run(a),
        Command::Check(a) => check::run(a),
        Command::Bench(a) => bench::run(a),
        Command::Keys(c) => keys::run(c),
        Command::Quarantine(c) => quarantine::run(c),
        Command::Reveal(a) => reveal::run(a),
        Command::Subject(c) => subject::run(c),
        Command::Vault(c) => vault::run(c),
        Command::Audit(c) => audit::run(c),
        Command::Serve(a) => serve::run(a),
        Command::Users(c) => users::run(c),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("veil: {}", error_message(&e));
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// An error and its causes on one line, each said once: many of veil's
/// errors already end with their source's message (`{path}: {source}`), so
/// a cause the line already ends with is not repeated.
fn error_message(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let said = cause.to_string();
        if line.ends_with(&said) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&said);
    }
    line
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("VEIL_LOG").unwrap_or_else(|_| EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// Every example in every `--help` fits an 80-column terminal on one
    /// line, so it can be copied whole.
    #[test]
    fn an_error_chain_says_each_cause_once() {
        let io = std::io::Error::new(std::io::ErrorKind::ReadOnlyFilesystem, "read-only");
        let key = crate::keys::KeyError::Io {
            path: "k.new".into(),
            source: io,
        };
        let e = anyhow::Error::new(key).context("pack syslog");
        assert_eq!(error_message(&e), "pack syslog: k.new: read-only");
        let plain = anyhow::anyhow!("no keyring").context("run");
        assert_eq!(error_message(&plain), "run: no keyring");
    }

    #[test]
    fn help_examples_fit_80_columns_unwrapped() {
        fn visit(cmd: &mut clap::Command, path: &str, bad: &mut Vec<String>) {
            let name = format!("{path} {}", cmd.get_name());
            let after = cmd.get_after_help().map(|s| s.to_string());
            if let Some(after) = after {
                let rendered = cmd.clone().term_width(80).render_help().to_string();
                let examples = after.split("Examples:").nth(1).unwrap_or("");
                for line in examples.lines().filter(|l| l.starts_with("  ")) {
                    if line.chars().count() > 80
                        || !rendered.lines().any(|r| r.trim_end() == line.trim_end())
                    {
                        bad.push(format!("{name}: {line}"));
                    }
                }
            }
            for sub in cmd.get_subcommands_mut() {
                visit(sub, &name, bad);
            }
        }
        let mut bad = Vec::new();
        visit(&mut Cli::command(), "", &mut bad);
        assert!(bad.is_empty(), "examples that wrap:\n{}", bad.join("\n"));
    }
}
