//! The reveal page in a real browser. A support engineer's day on `veil
//! serve`: records go through `veil run` into the vault, an operator writes
//! two roles and adds two users, the server starts on 127.0.0.1, and Debian's
//! chromium (driven by `tests/browser/reveal_page.mjs` through playwright-core)
//! logs in, opens a case, pastes an excerpt and checks what the page shows.
//!
//! Needs `/usr/bin/chromium` and `tests/browser/node_modules`;
//! `scripts/test.sh` installs both. Without them this test fails and says
//! what to install: a browser test that skips itself proves nothing.

mod common;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Written for this test: an sshd failure with a user name, a PBX line
/// with a phone number and an e-mail address, and a session of a user whose
/// data is erased before the reveal.
const INPUT: &str = "\
Nov 22 09:14:02 gw1 sshd[812]: Failed password for invalid user tove.lund from 192.0.2.41 port 50122 ssh2
<165>1 2026-11-22T09:15:40Z pbx1 asterisk 2210 ID12 [call caller=\"070-555 12 34\"] callback requested, mail tove.lund@example.se
Nov 22 09:20:11 gw1 sshd[830]: pam_unix(sshd:session): session opened for user olle.berg by (uid=0)
";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

use common::text;

fn veil(args: &[&str], stdin: &[u8], dir: &Path) -> String {
    let o = common::veil_as("operator", args, stdin, dir);
    assert!(
        o.status.success(),
        "veil {args:?}: exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        text(&o.stdout),
        text(&o.stderr)
    );
    text(&o.stdout)
}

/// The first word of `out` that is a token with `prefix`, cut at the first
/// character a token cannot hold (an e-mail token keeps its `@domain`).
fn token(out: &str, prefix: &str) -> String {
    let start = out
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} token in:\n{out}"));
    out[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The token a user's creation printed: the one line of the form
/// `veil_<user>_<secret>`.
fn user_token(out: &str, user: &str) -> String {
    let prefix = format!("veil_{user}_");
    out.split_whitespace()
        .find(|w| w.starts_with(&prefix))
        .unwrap_or_else(|| panic!("`veil users add {user}` printed no token:\n{out}"))
        .to_string()
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills the server when the test ends, however it ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn healthy(port: u16) -> bool {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .is_err()
    {
        return false;
    }
    let mut reply = String::new();
    let _ = s.read_to_string(&mut reply);
    reply.starts_with("HTTP/1.1 200")
}

fn start_server(dir: &Path, port: u16) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(["serve", "--config", "reveal.toml"])
        .current_dir(dir)
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_VAULT")
        .env_remove("VEIL_AUDIT")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut server = Server(child);
    let deadline = Instant::now() + Duration::from_secs(30);
    while !healthy(port) {
        if let Some(status) = server.0.try_wait().unwrap() {
            let mut err = String::new();
            let _ = server.0.stderr.take().unwrap().read_to_string(&mut err);
            panic!("veil serve exited with {status} before answering:\n{err}");
        }
        assert!(
            Instant::now() < deadline,
            "veil serve did not answer /healthz on 127.0.0.1:{port} within 30 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// What the browser test needs and where `scripts/test.sh` gets it.
fn require_browser() -> PathBuf {
    let browser = root().join("tests/browser");
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: run scripts/test.sh (or `apt-get install -y --no-install-recommends chromium`) \
         before this test; it does not skip"
    );
    assert!(
        browser.join("node_modules/playwright-core").is_dir(),
        "tests/browser/node_modules is missing: run scripts/test.sh \
         (or `npm ci --prefix tests/browser`) before this test; it does not skip"
    );
    let node = Command::new("node").arg("--version").output();
    assert!(
        node.is_ok_and(|o| o.status.success()),
        "node is not on PATH: install Node.js 20 or later (scripts/test.sh does)"
    );
    browser
}

#[test]
fn a_support_engineer_reveals_an_excerpt_on_the_page_in_chromium() {
    let browser = require_browser();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // The pipeline side: seal the originals into the vault.
    veil(&["keys", "init", "k.keyring"], b"", d);
    let excerpt = veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        INPUT.as_bytes(),
        d,
    );
    let lines: Vec<&str> = excerpt.lines().collect();
    assert_eq!(lines.len(), 3, "{excerpt}");
    let username = token(lines[0], "us_");
    let phone = token(lines[1], "ph_");
    let email = token(lines[1], "em_");
    let erased = token(lines[2], "us_");
    assert!(!excerpt.contains("tove.lund") && !excerpt.contains("555 12 34"));
    // An erasure request for the third user: its token now says "erased".
    veil(
        &[
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "username",
            "--case",
            "DSR-1",
            "olle.berg",
        ],
        b"",
        d,
    );

    // The operator: two roles, one user each. `support` may see phone
    // numbers and user names but not e-mail addresses, and approve cases;
    // `network` only addresses of machines, so none of the excerpt's
    // tokens, and its cases need a second person's approval.
    let port = free_port();
    std::fs::write(
        d.join("reveal.toml"),
        format!(
            r#"listen = "127.0.0.1:{port}"
keyring = "k.keyring"
users = "users.toml"

[[role]]
name = "support"
categories = ["phone", "username"]
may_approve = true

[[role]]
name = "network"
categories = ["ipv4", "ipv6", "mac"]
needs_approval = true
"#
        ),
    )
    .unwrap();
    let alice = user_token(
        &veil(
            &[
                "users",
                "add",
                "--config",
                "reveal.toml",
                "alice",
                "--role",
                "support",
            ],
            b"",
            d,
        ),
        "alice",
    );
    let bob = user_token(
        &veil(
            &[
                "users",
                "add",
                "--config",
                "reveal.toml",
                "bob",
                "--role",
                "network",
            ],
            b"",
            d,
        ),
        "bob",
    );

    let _server = start_server(d, port);

    let shots = root().join("target/browser");
    let scenario = serde_json::json!({
        "url": format!("http://127.0.0.1:{port}/"),
        "token": alice,
        "limited_token": bob,
        "user": "alice",
        "role": "support",
        "categories": ["phone", "username"],
        "case": "SUP-4711",
        "excerpt": excerpt,
        "revealed": { username.clone(): "tove.lund", phone.clone(): "070-555 12 34" },
        "refused": [email],
        "gone": { erased: "erased" },
        "screenshot_dir": shots,
    });
    let o: Output = Command::new("node")
        .arg(browser.join("reveal_page.mjs"))
        .current_dir(&browser)
        .env("VEIL_BROWSER_SCENARIO", scenario.to_string())
        .env("VEIL_CHROMIUM", CHROMIUM)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    // One line per check; `cargo test -- --nocapture` shows them.
    print!("{}", text(&o.stdout));
    assert!(
        o.status.success(),
        "the browser checks failed (exit {:?}):\n{}\n{}",
        o.status.code(),
        text(&o.stdout),
        text(&o.stderr)
    );
    assert!(text(&o.stdout).contains("all browser checks passed"));
    assert!(shots.join("reveal-page.png").is_file());
}

/// The CSP (`script-src 'self'; style-src 'self'`) would block inline script
/// and style, so the page must have none; and data reaches the DOM only as
/// text, never through an HTML parser.
#[test]
fn the_page_has_no_inline_script_or_style_and_never_parses_data_as_html() {
    let page = root().join("src/serve/page");
    let html = std::fs::read_to_string(page.join("index.html")).unwrap();
    let js = std::fs::read_to_string(page.join("app.js")).unwrap();
    let lower = html.to_ascii_lowercase();
    assert_eq!(
        lower.matches("<script").count(),
        lower.matches("<script src=\"/app.js\"").count(),
        "every script is the external /app.js"
    );
    assert!(!lower.contains("<style"), "no <style> element");
    assert!(!lower.contains(" style="), "no style attribute");
    assert!(
        !lower.contains("javascript:"),
        "no javascript: URL in the page"
    );
    for word in lower.split(|c: char| c.is_whitespace() || c == '<') {
        assert!(
            !(word.starts_with("on") && word.contains('=')),
            "no inline event handler: {word}"
        );
    }
    for sink in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ] {
        assert!(!js.contains(sink), "app.js uses {sink}");
    }
    assert!(
        !format!("{lower}{js}").contains("://"),
        "no external asset or address"
    );
}
