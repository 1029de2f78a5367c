#!/usr/bin/env bash
# The whole test suite: the shipped rule packs through the binary, then unit,
# integration, golden-file, rule-pack, property and command-line tests, and
# the Kafka tests (librdkafka's mock cluster, and tansu, a real
# Kafka-compatible broker the tests start on 127.0.0.1). tansu is installed
# from crates.io first if it is not on PATH (15-20 minutes, once). The
# browser test of the reveal page (tests/serve_browser.rs) drives Debian's
# chromium through playwright-core from npm: both are installed first when
# missing (chromium with apt-get, playwright-core with `npm ci`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
scripts/tansu.sh install
if [ ! -x /usr/bin/chromium ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends chromium
fi
if [ ! -d tests/browser/node_modules/playwright-core ]; then
    npm ci --prefix tests/browser --no-audit --no-fund
fi
cargo run --locked --quiet -- check rules/
cargo test --locked --all-targets "$@"
