#!/usr/bin/env bash
# The whole test suite: the shipped rule packs through the binary, then unit,
# integration, golden-file, rule-pack, property and command-line tests, and
# the Kafka tests (librdkafka's mock cluster, and tansu, a real
# Kafka-compatible broker the tests start on 127.0.0.1). tansu is installed
# from crates.io first if it is not on PATH (15-20 minutes, once).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/tansu.sh install
cargo run --locked --quiet -- check rules/
cargo test --locked --all-targets "$@"
