//! `veil check`: validate rule packs and run their cases.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::EXIT_QUARANTINED;
use crate::rules::{Source, check};

#[derive(Debug, Args)]
#[command(
    after_help = "Every problem in every pack is reported at once, as FILE:LINE: RULE: MESSAGE.
Exit code 0: all packs valid and all cases pass; 1: a case failed; 2: a pack is invalid.

Examples:
  veil check                # the packs built into veil
  veil check rules/         # a directory of packs
  veil check my-rules/ && veil run --rules my-rules/ --pack mypbx ..."
)]
pub(super) struct CheckArgs {
    /// Directory of rule packs. Default: the packs built into veil.
    #[arg(value_name = "DIR", conflicts_with = "config")]
    dir: Option<PathBuf>,
    /// Validate a Kafka-mode veil.toml (and the packs it names) instead.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

pub(super) fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    if let Some(path) = &args.config {
        return match crate::config::load(path) {
            Ok(cfg) => {
                println!("{}: ok ({})", path.display(), config_summary(&cfg));
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                for e in &errors.0 {
                    eprintln!("{e}");
                }
                eprintln!("veil: {} error(s) in {}", errors.0.len(), path.display());
                Ok(ExitCode::from(super::EXIT_ERROR))
            }
        };
    }
    let source = Source::from_flag(args.dir.as_deref());
    let packs = match source.compile_all() {
        Ok(p) => p,
        Err(errors) => {
            for e in &errors.0 {
                eprintln!("{e}");
            }
            eprintln!("veil: {} error(s) in rule packs", errors.0.len());
            return Ok(ExitCode::from(super::EXIT_ERROR));
        }
    };
    let mut total = 0;
    let mut failed = 0;
    for pack in &packs {
        let (n, failures) = check::run_cases(pack);
        total += n;
        failed += failures.len();
        for f in &failures {
            eprintln!("{f}");
        }
        println!(
            "{:<16} {:>3} cases {}  {}",
            pack.name,
            n,
            if failures.is_empty() {
                "ok    "
            } else {
                "FAILED"
            },
            pack.file
        );
    }
    println!("{} packs, {total} cases, {failed} failed", packs.len());
    Ok(if failed > 0 {
        ExitCode::from(EXIT_QUARANTINED)
    } else {
        ExitCode::SUCCESS
    })
}

/// `1 topic, at-least-once, 2 workers`: the checked config in words.
fn config_summary(cfg: &crate::config::Config) -> String {
    let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    let delivery = match cfg.delivery {
        crate::config::Delivery::AtLeastOnce => "at-least-once",
        crate::config::Delivery::ExactlyOnce => "exactly-once",
    };
    format!(
        "{}, {delivery}, {}",
        plural(cfg.topics.len(), "topic"),
        plural(cfg.workers, "worker")
    )
}
