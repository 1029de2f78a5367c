#!/usr/bin/env bash
# The whole test suite: the shipped rule packs through the binary, then unit,
# integration, golden-file, rule-pack, property and command-line tests.
# Needs cargo, and tansu on PATH for the Kafka tests (tests/kafka_tansu.rs):
# `scripts/tansu.sh install` (they fail, not skip, without it).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --locked --quiet -- check rules/
cargo test --locked --all-targets "$@"
