//! `veil serve` end to end: a real server (the `veil` binary, a child
//! process) on 127.0.0.1, a real vault made by `veil run`, users made by
//! `veil users add`, and an HTTP/1.1 client.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::client::conn::http1::SendRequest;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

/// Values planted in the input; none may ever appear in an error body.
const ORIGINALS: &[&str] = &[
    "kerik",
    "070-174 06 83",
    "0701740683",
    "19811117-2386",
    "811117",
    "karin@example.se",
    "karin",
];
const INPUT: &str = "Nov  3 10:00:00 gw1 sshd[1]: Failed password for invalid user kerik from 192.0.2.247 port 22 ssh2\n\
<165>1 2026-11-22T10:04:00Z pbx1 asterisk 4711 ID47 [call caller=\"070-174 06 83\"] pnr=19811117-2386 mail karin@example.se\n";
/// Planted in submitted text; never echoed in an error.
const MARKER: &str = "SUBMITTED-TEXT-MARKER";

fn veil(args: &[&str], dir: &Path, stdin: &[u8]) -> Output {
    common::veil_as("cli-tester", args, stdin, dir)
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const CONFIG: &str = r#"
listen = "127.0.0.1:0"
keyring = "k.keyring"
users = "users.toml"
[limits]
max_body = 4096
login_failures_per_minute = 5
[[role]]
name = "support"
categories = ["phone", "username"]
budget = 3
[[role]]
name = "all"
categories = ["phone", "username", "email", "personnummer"]
budget = 1000000
[[role]]
name = "masked"
categories = ["phone", "username", "email", "personnummer"]
display = "masked"
[[role]]
name = "fraud"
categories = ["phone", "username"]
domains = ["fraud"]
[[role]]
name = "lead"
categories = ["phone", "username"]
needs_approval = true
[[role]]
name = "approver"
categories = ["phone"]
may_approve = true
may_open_cases = false
audit = true
"#;

struct Fixture {
    dir: tempfile::TempDir,
    /// token of each category: username, phone, personnummer, email
    us: String,
    ph: String,
    pn: String,
    em: String,
    excerpt: String,
    tokens: std::collections::HashMap<String, String>,
}

fn fixture(extra_config: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    ok(&veil(&["keys", "init", "k.keyring"], dir.path(), b""));
    let excerpt = ok(&veil(
        &[
            "run",
            "--keyring",
            "k.keyring",
            "--pack",
            "syslog",
            "--quiet",
        ],
        dir.path(),
        INPUT.as_bytes(),
    ));
    // A token runs to the end of its word: 24 characters after the prefix
    // (legacy), or 28 (with epoch keys: every reversible category of the
    // shipped packs).
    let find = |p: &str| {
        let at = excerpt.find(p).unwrap();
        let len = excerpt[at..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(excerpt.len() - at);
        assert!(
            len == p.len() + 24 || len == p.len() + 28,
            "{}",
            &excerpt[at..at + len]
        );
        excerpt[at..at + len].to_owned()
    };
    std::fs::write(
        dir.path().join("reveal.toml"),
        format!("{CONFIG}{extra_config}"),
    )
    .unwrap();
    let mut tokens = std::collections::HashMap::new();
    // The OS user, as `veil reveal` records it, has an account too.
    let os_user = common::os_user();
    for (user, role) in [
        (os_user.as_str(), "support"),
        ("alice", "support"),
        ("ann", "all"),
        ("mia", "masked"),
        ("fred", "fraud"),
        ("lars", "lead"),
        ("bob", "approver"),
        ("dan", "support"),
    ] {
        let t = ok(&veil(
            &[
                "users",
                "add",
                user,
                "--role",
                role,
                "--config",
                "reveal.toml",
            ],
            dir.path(),
            b"",
        ));
        tokens.insert(user.to_owned(), t.trim().to_owned());
    }
    Fixture {
        us: find("us_"),
        ph: find("ph_"),
        pn: find("pn_"),
        em: find("em_"),
        excerpt,
        tokens,
        dir,
    }
}

struct Server {
    child: Child,
    addr: String,
    /// Everything the server wrote to stderr (its log), as it arrives.
    log: Arc<std::sync::Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(dir: &Path) -> Server {
    start_logging(dir, "warn")
}

/// Starts the server with `VEIL_LOG=level`.
fn start_logging(dir: &Path, level: &str) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_veil"))
        .args(["serve", "--config", "reveal.toml"])
        .current_dir(dir)
        .env("VEIL_LOG", level)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    // Log lines may come first (after a kill, the audit head's repair).
    let mut seen = String::new();
    let addr = loop {
        let line = lines
            .next()
            .unwrap_or_else(|| panic!("server did not start: {seen}"))
            .unwrap();
        if line.contains("listening on") {
            break line.rsplit("://").next().unwrap().to_owned();
        }
        seen.push_str(&line);
        seen.push('\n');
    };
    // Keep draining stderr so the server never blocks on it.
    let log = Arc::new(std::sync::Mutex::new(seen));
    let sink = log.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            let mut log = sink.lock().unwrap();
            log.push_str(&line);
            log.push('\n');
        }
    });
    Server { child, addr, log }
}

struct Client {
    send: SendRequest<Full<Bytes>>,
}

struct Answer {
    status: u16,
    headers: http::HeaderMap,
    body: String,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not JSON: {}", self.body))
    }
}

impl Client {
    async fn connect(addr: &str) -> Client {
        let stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        stream.set_nodelay(true).unwrap();
        let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .unwrap();
        tokio::spawn(conn);
        Client { send }
    }

    async fn call(
        &mut self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<Vec<u8>>,
        content_type: &str,
    ) -> Answer {
        let mut req = http::Request::builder()
            .method(method)
            .uri(path)
            .header("host", "localhost");
        if let Some(t) = token {
            req = req.header("authorization", format!("Bearer {t}"));
        }
        if body.is_some() {
            req = req.header("content-type", content_type);
        }
        let req = req
            .body(Full::new(Bytes::from(body.unwrap_or_default())))
            .unwrap();
        self.send.ready().await.unwrap();
        let resp = self.send.send_request(req).await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            body: String::from_utf8_lossy(&body).into_owned(),
        }
    }

    async fn get(&mut self, path: &str, token: &str) -> Answer {
        self.call("GET", path, Some(token), None, "").await
    }

    async fn post(&mut self, path: &str, token: &str, body: Value) -> Answer {
        self.call(
            "POST",
            path,
            Some(token),
            Some(body.to_string().into_bytes()),
            "application/json",
        )
        .await
    }
}

/// An error answer: the status, the code, and nothing planted inside.
fn refused(a: &Answer, status: u16, code: &str) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.json()["error"], code, "{}", a.body);
    assert!(a.json()["message"].is_string());
    no_leak(&a.body);
}

fn no_leak(body: &str) {
    for o in ORIGINALS.iter().chain([&MARKER]) {
        assert!(!body.contains(o), "{o:?} leaked in {body}");
    }
}

fn audit_verifies(dir: &Path) -> String {
    ok(&veil(
        &["audit", "verify", "--keyring", "k.keyring"],
        dir,
        b"",
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_refusal_has_its_status_and_leaks_nothing() {
    let f = fixture("");
    // An expired case: opened nine hours ago, before the server starts.
    {
        let keyring = veil::keys::Keyring::load(&f.dir.path().join("k.keyring")).unwrap();
        let mut log = veil::reveal::AuditLog::open(
            &f.dir.path().join("k.keyring.audit.jsonl"),
            keyring.derive(&veil::keys::label::audit()),
        )
        .unwrap();
        log.append_at(
            veil::reveal::NewEntry {
                actor: "alice".into(),
                action: veil::reveal::Action::CaseOpen,
                case: Some("OLD-1".into()),
                reason: "old".into(),
                tokens: vec![],
                count: 200,
            },
            std::time::SystemTime::now() - Duration::from_secs(9 * 3600),
        )
        .unwrap();
    }
    // Trace logging: no line at any level may carry a secret.
    let server = start_logging(f.dir.path(), "trace");
    let mut c = Client::connect(&server.addr).await;
    let alice = &f.tokens["alice"];
    // Credentials: missing, malformed, wrong, disabled.
    let nobody = format!("veil_nobody_{}", &alice[alice.len() - 52..]);
    refused(&c.get("/me", &nobody).await, 401, "unauthenticated");
    let a = c.call("GET", "/me", None, None, "").await;
    refused(&a, 401, "unauthenticated");
    assert_eq!(a.headers["www-authenticate"], "Bearer");
    refused(
        &c.call("GET", "/me", None, None, "").await,
        401,
        "unauthenticated",
    );
    let wrong = format!("{}a", &alice[..alice.len() - 1]);
    let wrong = if &wrong == alice {
        format!("{}b", &alice[..alice.len() - 1])
    } else {
        wrong
    };
    refused(&c.get("/me", &wrong).await, 401, "unauthenticated");
    let dan = f.tokens["dan"].clone();
    assert_eq!(c.get("/me", &dan).await.status, 200);
    ok(&veil(
        &["users", "disable", "dan", "--config", "reveal.toml"],
        f.dir.path(),
        b"",
    ));
    refused(&c.get("/me", &dan).await, 401, "unauthenticated");
    // Security headers on every answer.
    let a = c.get("/me", alice).await;
    assert_eq!(a.status, 200);
    assert!(
        a.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'")
    );
    assert_eq!(a.headers["x-content-type-options"], "nosniff");
    assert_eq!(a.headers["cache-control"], "no-store");
    // Cases.
    refused(
        &c.post("/cases", alice, json!({"id": "", "reason": "x"}))
            .await,
        400,
        "bad-case-id",
    );
    refused(
        &c.post("/cases", alice, json!({"id": "SUP-1", "reason": " "}))
            .await,
        400,
        "bad-reason",
    );
    assert_eq!(
        c.post(
            "/cases",
            alice,
            json!({"id": "SUP-1", "reason": "caller disputes invoice"})
        )
        .await
        .status,
        201
    );
    refused(
        &c.post("/cases", alice, json!({"id": "SUP-1", "reason": "again"}))
            .await,
        409,
        "case-exists",
    );
    refused(
        &c.post(
            "/cases",
            &f.tokens["bob"],
            json!({"id": "SUP-9", "reason": "x"}),
        )
        .await,
        403,
        "forbidden",
    );
    // Malformed bodies.
    let raw = |b: &str| Some(b.as_bytes().to_vec());
    refused(
        &c.call(
            "POST",
            "/reveal",
            Some(alice),
            raw(&format!(
                "{{\"case\":\"SUP-1\",\"text\":\"{MARKER} {}",
                f.ph
            )),
            "application/json",
        )
        .await,
        400,
        "malformed-json",
    );
    refused(
        &c.call(
            "POST",
            "/reveal",
            Some(alice),
            raw(&json!({"case":"SUP-1","tokens":[f.ph]}).to_string()),
            "text/plain",
        )
        .await,
        415,
        "not-json",
    );
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","tokens":[f.ph],"text":MARKER}),
        )
        .await,
        400,
        "bad-request",
    );
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","text": format!("{MARKER} kerik")}),
        )
        .await,
        400,
        "no-tokens",
    );
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","tokens":["0701740683"]}),
        )
        .await,
        400,
        "not-a-token",
    );
    let big = format!("{MARKER} {} {}", f.ph, "x".repeat(5000));
    refused(
        &c.post("/reveal", alice, json!({"case":"SUP-1","text": big}))
            .await,
        413,
        "body-too-large",
    );
    let mut c = Client::connect(&server.addr).await; // a 413 may close the connection
    // Cases that do not allow reveals.
    refused(
        &c.post("/reveal", alice, json!({"case":"NOPE-1","tokens":[f.ph]}))
            .await,
        404,
        "unknown-case",
    );
    refused(
        &c.post("/reveal", alice, json!({"case":"OLD-1","tokens":[f.ph]}))
            .await,
        403,
        "case-not-open",
    );
    assert_eq!(
        c.get("/cases", alice).await.json()["cases"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // Categories outside the role, and tokens of another domain.
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","tokens":[f.em, f.pn]}),
        )
        .await,
        403,
        "all-refused",
    );
    let a = c
        .post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","tokens":[f.ph, f.em]}),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    let r = &a.json()["results"];
    assert_eq!(r[0]["status"], "revealed");
    assert_eq!(r[0]["value"], "070-174 06 83");
    assert_eq!(r[1]["status"], "refused");
    assert_eq!(r[1]["reason"], "category email is outside role support");
    assert!(r[1].get("value").is_none());
    let fred = &f.tokens["fred"];
    assert_eq!(
        c.post(
            "/cases",
            fred,
            json!({"id": "FR-1", "reason": "fraud check"})
        )
        .await
        .status,
        201
    );
    let a = c
        .post("/reveal", fred, json!({"case":"FR-1","tokens":[f.ph]}))
        .await;
    refused(&a, 403, "all-refused");
    // Budget: 3 tokens; one used, two more fit, then nothing.
    let a = c
        .post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","tokens":[f.ph, f.us]}),
        )
        .await;
    assert_eq!(a.json()["budget_left"], 0, "{}", a.body);
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-1","text": format!("{MARKER} {}", f.us)}),
        )
        .await,
        429,
        "budget-exceeded",
    );
    // A closed case.
    assert_eq!(
        c.post("/cases/SUP-1/close", alice, json!({})).await.json()["state"],
        "closed"
    );
    refused(
        &c.post("/reveal", alice, json!({"case":"SUP-1","tokens":[f.ph]}))
            .await,
        403,
        "case-not-open",
    );
    // Too many failures: 5 a minute, then 429 even before checking.
    for _ in 0..5 {
        let _ = c.get("/me", &wrong).await;
    }
    refused(&c.get("/me", &wrong).await, 429, "too-many-failures");
    let server_log = server.log.clone();
    drop(server);
    // Every refusal and failure is in the chain, which verifies.
    let log = std::fs::read_to_string(f.dir.path().join("k.keyring.audit.jsonl")).unwrap();
    no_leak(&log.replace("\"reason\":\"caller disputes invoice\"", ""));
    // Neither the audit log nor the server's log holds a revealed value, a
    // submitted text, or the secret part of any token sent (good, wrong,
    // disabled or of an unknown user).
    let server_log = server_log.lock().unwrap().clone();
    no_leak(&server_log);
    for t in f.tokens.values().chain([&wrong, &nobody]) {
        let secret = &t[t.len() - 52..];
        assert!(
            !log.contains(secret),
            "a token's secret is in the audit log"
        );
        assert!(!server_log.contains(secret), "a token's secret is logged");
    }
    assert!(
        log.matches("\"action\":\"login-failure\"").count() >= 5,
        "{log}"
    );
    assert!(log.contains("\"reason\":\"budget exceeded\""));
    assert!(log.contains("\"reason\":\"case not open\""));
    audit_verifies(f.dir.path());
}

/// An erased (or expired) token of a category outside the role is refused
/// like a live one: the role learns nothing about it, not even the erasure.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_token_outside_the_role_is_refused_not_reported_erased() {
    let f = fixture("");
    ok(&veil(
        &[
            "subject",
            "erase",
            "--keyring",
            "k.keyring",
            "--kind",
            "email",
            "--case",
            "DSR-1",
            "karin@example.se",
        ],
        f.dir.path(),
        b"",
    ));
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    for user in ["alice", "ann"] {
        let t = &f.tokens[user];
        let open = c
            .post(
                "/cases",
                t,
                json!({"id": format!("E-{user}"), "reason": "erasure check"}),
            )
            .await;
        assert_eq!(open.status, 201, "{}", open.body);
    }
    // alice's role has no email: refused, and with nothing else asked, 403.
    refused(
        &c.post(
            "/reveal",
            &f.tokens["alice"],
            json!({"case": "E-alice", "tokens": [f.em]}),
        )
        .await,
        403,
        "all-refused",
    );
    let a = c
        .post(
            "/reveal",
            &f.tokens["alice"],
            json!({"case": "E-alice", "tokens": [f.ph, f.em]}),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()["results"][1]["status"], "refused", "{}", a.body);
    // ann's role has email: told it was erased.
    let a = c
        .post(
            "/reveal",
            &f.tokens["ann"],
            json!({"case": "E-ann", "tokens": [f.em]}),
        )
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()["results"][0]["status"], "erased", "{}", a.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_and_excerpts_reveal_as_veil_reveal_does_plain_and_masked() {
    let f = fixture("");
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let ann = &f.tokens["ann"];
    assert_eq!(c.get("/healthz", ann).await.body, "ok");
    let page = c.call("GET", "/", None, None, "").await;
    assert_eq!(page.status, 200);
    assert!(
        page.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let me = c.get("/me", ann).await.json();
    assert_eq!(me["user"], "ann");
    assert_eq!(me["display"], "plain");
    let case = c
        .post(
            "/cases",
            ann,
            json!({"id": "SUP-4711", "reason": "caller disputes invoice"}),
        )
        .await;
    assert_eq!(case.status, 201);
    let case = case.json();
    assert_eq!(
        (
            case["state"].as_str(),
            case["budget"].as_u64(),
            case["owner"].as_str()
        ),
        (Some("open"), Some(1_000_000), Some("ann"))
    );
    let a = c
        .post("/reveal", ann, json!({"case":"SUP-4711","text": f.excerpt}))
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    let v = a.json();
    // The segments rebuild exactly what `veil reveal` prints for the excerpt.
    let rebuilt: String = v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| match (s.get("text"), s["status"].as_str()) {
            (Some(t), _) => t.as_str().unwrap().to_owned(),
            (None, Some("revealed")) => s["value"].as_str().unwrap().to_owned(),
            (None, Some(st)) => format!("{}[{st}]", s["token"].as_str().unwrap()),
            _ => unreachable!(),
        })
        .collect();
    let cli = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "CLI-4711",
            "--reason",
            "compare",
        ],
        f.dir.path(),
        f.excerpt.as_bytes(),
    ));
    assert_eq!(rebuilt, cli);
    assert!(rebuilt.contains("karin@example.se") && rebuilt.contains("kerik"));
    assert_eq!(v["results"].as_array().unwrap().len(), 4);
    // An unknown token is marked, not refused.
    let unknown = "ph_aaaaaaaaaaaaaaaaaaaaaaaa";
    let r = c
        .post(
            "/reveal",
            ann,
            json!({"case":"SUP-4711","tokens":[unknown, f.pn]}),
        )
        .await
        .json();
    assert_eq!(r["results"][0]["status"], "unknown");
    assert_eq!(r["results"][1]["value"], "19811117-2386");
    // Masked role: the masked forms of `veil reveal --mask`.
    let mia = &f.tokens["mia"];
    assert_eq!(
        c.post(
            "/cases",
            mia,
            json!({"id": "SUP-4712", "reason": "confirm caller"})
        )
        .await
        .status,
        201
    );
    let r = c
        .post(
            "/reveal",
            mia,
            json!({"case":"SUP-4712","tokens":[f.ph, f.pn, f.em, f.us]}),
        )
        .await;
    for whole in ["070-174 06 83", "19811117-2386", "karin@", "kerik"] {
        assert!(!r.body.contains(whole), "{}", r.body);
    }
    let r = r.json();
    let values: Vec<&str> = r["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["value"].as_str().unwrap())
        .collect();
    let cli = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "CLI-4712",
            "--reason",
            "compare",
            "--mask",
            &f.ph,
            &f.pn,
            &f.em,
            &f.us,
        ],
        f.dir.path(),
        b"",
    ));
    let cli_values: Vec<&str> = cli.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    assert_eq!(values, cli_values);
    assert_eq!(values[0], "********83");
    drop(server);
    audit_verifies(f.dir.path());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_case_that_needs_approval_reveals_only_once_approved_and_its_trail_is_readable() {
    let f = fixture("");
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let (lars, bob, alice) = (&f.tokens["lars"], &f.tokens["bob"], &f.tokens["alice"]);
    let case = c
        .post(
            "/cases",
            lars,
            json!({"id": "SUP-7", "reason": "escalated"}),
        )
        .await
        .json();
    assert_eq!(case["state"], "pending-approval");
    refused(
        &c.post("/reveal", lars, json!({"case":"SUP-7","tokens":[f.ph]}))
            .await,
        403,
        "case-not-open",
    );
    refused(
        &c.post("/cases/SUP-7/approve", lars, json!({})).await,
        403,
        "forbidden",
    );
    refused(
        &c.post("/cases/SUP-7/approve", alice, json!({})).await,
        403,
        "forbidden",
    );
    let approved = c.post("/cases/SUP-7/approve", bob, json!({})).await;
    assert_eq!(approved.status, 200, "{}", approved.body);
    assert_eq!(approved.json()["approver"], "bob");
    assert_eq!(approved.json()["state"], "open");
    refused(
        &c.post("/cases/SUP-7/approve", bob, json!({})).await,
        409,
        "not-pending",
    );
    let r = c
        .post("/reveal", lars, json!({"case":"SUP-7","tokens":[f.ph]}))
        .await;
    assert_eq!(r.json()["results"][0]["value"], "070-174 06 83");
    // The trail: owner and auditors, nobody else.
    let trail = c.get("/cases/SUP-7/audit", lars).await.json();
    let actions: Vec<&str> = trail["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    // The refused reveal and both refused approvals are in it too.
    assert_eq!(
        actions,
        [
            "case-open",
            "refuse",
            "refuse",
            "refuse",
            "case-approve",
            "reveal"
        ]
    );
    assert_eq!(c.get("/cases/SUP-7/audit", bob).await.status, 200);
    refused(&c.get("/cases/SUP-7/audit", alice).await, 403, "forbidden");
    assert!(
        !c.get("/cases/SUP-7/audit", lars)
            .await
            .body
            .contains("070-174")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_budget_used_survives_a_restart() {
    let f = fixture("");
    let alice = &f.tokens["alice"];
    {
        let server = start(f.dir.path());
        let mut c = Client::connect(&server.addr).await;
        assert_eq!(
            c.post("/cases", alice, json!({"id": "SUP-2", "reason": "r"}))
                .await
                .status,
            201
        );
        assert_eq!(
            c.post(
                "/reveal",
                alice,
                json!({"case":"SUP-2","tokens":[f.ph, f.us]})
            )
            .await
            .json()["budget_left"],
            1
        );
    }
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let cases = c.get("/cases", alice).await.json();
    assert_eq!(cases["cases"][0]["used"], 2);
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-2","tokens":[f.ph, f.us]}),
        )
        .await,
        429,
        "budget-exceeded",
    );
    assert_eq!(
        c.post("/reveal", alice, json!({"case":"SUP-2","tokens":[f.us]}))
            .await
            .json()["budget_left"],
        0
    );
}

/// `veil reveal` shares the audit log: a CLI reveal under a server case id
/// counts against the case's budget at once, without a restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cli_reveal_under_the_case_counts_against_its_budget_at_once() {
    let f = fixture("");
    // The case is the OS user's: `veil reveal` records that user, and a
    // case id is its owner's alone.
    let alice = &f.tokens[&common::os_user()];
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    assert_eq!(
        c.post("/cases", alice, json!({"id": "SUP-5", "reason": "r"}))
            .await
            .status,
        201
    );
    let a = c
        .post("/reveal", alice, json!({"case":"SUP-5","tokens":[f.ph]}))
        .await;
    assert_eq!(a.json()["budget_left"], 2, "{}", a.body);
    // The same case id from the command line, while the server runs.
    let out = ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "SUP-5",
            "--reason",
            "from the terminal",
        ],
        f.dir.path(),
        f.us.as_bytes(),
    ));
    assert_eq!(out.trim(), "kerik");
    assert_eq!(c.get("/cases", alice).await.json()["cases"][0]["used"], 2);
    refused(
        &c.post(
            "/reveal",
            alice,
            json!({"case":"SUP-5","tokens":[f.ph, f.us]}),
        )
        .await,
        429,
        "budget-exceeded",
    );
    let a = c
        .post("/reveal", alice, json!({"case":"SUP-5","tokens":[f.us]}))
        .await;
    assert_eq!(a.json()["budget_left"], 0, "{}", a.body);
    // Both wrote one chain.
    drop(server);
    assert!(audit_verifies(f.dir.path()).contains("intact"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_shown_when_the_audit_entry_cannot_be_written() {
    let f = fixture("");
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let ann = &f.tokens["ann"];
    assert_eq!(
        c.post("/cases", ann, json!({"id": "SUP-3", "reason": "r"}))
            .await
            .status,
        201
    );
    // Another process holds the audit lock for longer than an append waits.
    let lock = std::fs::File::create(f.dir.path().join("k.keyring.audit.jsonl.lock")).unwrap();
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive).unwrap();
    let a = c
        .post(
            "/reveal",
            ann,
            json!({"case":"SUP-3","tokens":[f.ph, f.em]}),
        )
        .await;
    refused(&a, 500, "audit-failed");
    drop(lock);
    let a = c
        .post("/reveal", ann, json!({"case":"SUP-3","tokens":[f.ph]}))
        .await;
    assert_eq!(a.json()["results"][0]["value"], "070-174 06 83");
    // The failed request used no budget.
    assert_eq!(a.json()["budget_left"], 999_999);
    // The failure was logged, with neither a value nor the token's secret.
    std::thread::sleep(Duration::from_millis(100));
    let log = server.log.lock().unwrap().clone();
    assert!(log.contains("audit"), "{log}");
    no_leak(&log);
    assert!(!log.contains(&ann[ann.len() - 52..]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_round_trip() {
    let f = fixture("");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/serve");
    let config = std::fs::read_to_string(f.dir.path().join("reveal.toml")).unwrap();
    let tls = format!(
        "[tls]\ncert = \"{}\"\nkey = \"{}\"\n",
        fixtures.join("server.pem").display(),
        fixtures.join("server.key").display()
    );
    let config = config.replacen("[limits]", &format!("{tls}[limits]"), 1);
    std::fs::write(f.dir.path().join("reveal.toml"), config).unwrap();
    ok(&veil(
        &["serve", "--config", "reveal.toml", "--check"],
        f.dir.path(),
        b"",
    ));
    let server = start(f.dir.path());
    let mut roots = rustls::RootCertStore::empty();
    use rustls_pki_types::pem::PemObject;
    for cert in rustls_pki_types::CertificateDer::pem_file_iter(fixtures.join("ca.pem")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    let stream = tokio::net::TcpStream::connect(&server.addr).await.unwrap();
    let tls = tokio_rustls::TlsConnector::from(Arc::new(config))
        .connect(
            rustls_pki_types::ServerName::try_from("localhost").unwrap(),
            stream,
        )
        .await
        .unwrap();
    let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
        .await
        .unwrap();
    tokio::spawn(conn);
    let mut c = Client { send };
    let ann = &f.tokens["ann"];
    assert_eq!(c.get("/me", ann).await.json()["user"], "ann");
    assert_eq!(
        c.post("/cases", ann, json!({"id": "TLS-1", "reason": "r"}))
            .await
            .status,
        201
    );
    let r = c
        .post("/reveal", ann, json!({"case":"TLS-1","tokens":[f.ph]}))
        .await;
    assert_eq!(r.json()["results"][0]["value"], "070-174 06 83");
}

#[test]
fn check_reports_every_problem_and_help_has_examples() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        "listen = \"0.0.0.0:80\"\nkeyring = \"nope\"\n[[role]]\nname = \"x\"\ncategories = []\n",
    )
    .unwrap();
    let out = veil(
        &["serve", "--config", "bad.toml", "--check"],
        dir.path(),
        b"",
    );
    // A configuration error, as the README's table of exit codes says.
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    // The path once per problem, not repeated by each layer.
    let keyring_line = err.lines().find(|l| l.contains("keyring:")).unwrap();
    assert_eq!(keyring_line.matches("nope").count(), 1, "{err}");
    assert!(
        err.contains("not a loopback")
            && err.contains("keyring")
            && err.contains("categories is empty"),
        "{err}"
    );
    for args in [
        ["serve", "--help"].as_slice(),
        &["users", "add", "--help"],
        &["users", "disable", "--help"],
        &["users", "list", "--help"],
    ] {
        let help = ok(&veil(args, dir.path(), b""));
        assert!(help.contains("Examples:"), "{args:?}");
    }
}

#[test]
fn users_list_shows_no_hash_and_the_file_is_private() {
    let f = fixture("");
    let list = ok(&veil(
        &["users", "list", "--config", "reveal.toml"],
        f.dir.path(),
        b"",
    ));
    assert!(list.contains("alice") && list.contains("support"));
    assert!(!list.contains("argon2"));
    for t in f.tokens.values() {
        assert!(!list.contains(t.as_str()));
    }
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(f.dir.path().join("users.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

/// 10,000 reveals over 32 kept-alive connections; every answer checked,
/// the chain verified afterwards; prints the rate (no timing assertion).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn load() {
    const REQUESTS: usize = 10_000;
    const CONNECTIONS: usize = 32;
    let f = fixture("");
    // One client machine opens all 33 connections: more than one address
    // may hold by default.
    let config = f.dir.path().join("reveal.toml");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace("[limits]\n", "[limits]\nmax_connections_per_address = 64\n");
    std::fs::write(&config, text).unwrap();
    let server = start(f.dir.path());
    let ann = f.tokens["ann"].clone();
    let mut c = Client::connect(&server.addr).await;
    assert_eq!(
        c.post(
            "/cases",
            &ann,
            json!({"id": "LOAD-1", "reason": "load test"})
        )
        .await
        .status,
        201
    );
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..CONNECTIONS {
        let (addr, ann, ph, us) = (server.addr.clone(), ann.clone(), f.ph.clone(), f.us.clone());
        tasks.push(tokio::spawn(async move {
            let mut c = Client::connect(&addr).await;
            let n = REQUESTS / CONNECTIONS + usize::from(i < REQUESTS % CONNECTIONS);
            for _ in 0..n {
                let a = c
                    .post("/reveal", &ann, json!({"case":"LOAD-1","tokens":[ph, us]}))
                    .await;
                assert_eq!(a.status, 200, "{}", a.body);
                let v = a.json();
                assert_eq!(v["results"][0]["value"], "070-174 06 83");
                assert_eq!(v["results"][1]["value"], "kerik");
            }
            n
        }));
    }
    let mut done = 0;
    for t in tasks {
        done += tokio::time::timeout(Duration::from_secs(600), t)
            .await
            .unwrap()
            .unwrap();
    }
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(done, REQUESTS);
    println!(
        "load: {REQUESTS} reveal requests over {CONNECTIONS} connections in {secs:.2} s = {:.0} req/s",
        REQUESTS as f64 / secs
    );
    // The first connection sat idle past the header time-out: a new one.
    let mut c = Client::connect(&server.addr).await;
    let case = c.get("/cases", &ann).await.json();
    assert_eq!(case["cases"][0]["used"], 2 * REQUESTS as u64);
    drop(server);
    let verified = audit_verifies(f.dir.path());
    println!("load: audit verify: {}", verified.trim());
    let log = std::fs::read_to_string(f.dir.path().join("k.keyring.audit.jsonl")).unwrap();
    assert_eq!(log.matches("\"action\":\"reveal\"").count(), REQUESTS);
}

/// Issue 15 items 7 and 8: a case id is its first user's for good, however
/// it was first used, and reopening it does not reset its budget.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn case_id_reuse_is_refused_and_reopening_keeps_the_budget() {
    let f = fixture("");
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let (alice, dan, bob) = (&f.tokens["alice"], &f.tokens["dan"], &f.tokens["bob"]);
    assert_eq!(
        c.post(
            "/cases",
            alice,
            json!({"id": "TK-1", "reason": "alice's reason"})
        )
        .await
        .status,
        201
    );
    let a = c
        .post("/reveal", alice, json!({"case":"TK-1","tokens":[f.ph]}))
        .await;
    assert_eq!(a.json()["budget_left"], 2, "{}", a.body);
    assert_eq!(
        c.post("/cases/TK-1/close", alice, json!({})).await.json()["state"],
        "closed"
    );
    // Another user cannot take the id over, under any spelling, nor read
    // its trail.
    for id in ["TK-1", "tk-1"] {
        refused(
            &c.post("/cases", dan, json!({"id": id, "reason": "mine now"}))
                .await,
            409,
            "case-taken",
        );
    }
    refused(&c.get("/cases/TK-1/audit", dan).await, 403, "forbidden");
    refused(&c.get("/cases/tk-1/audit", dan).await, 403, "forbidden");
    // An auditor still reads it all.
    let trail = c.get("/cases/TK-1/audit", bob).await;
    assert_eq!(trail.status, 200, "{}", trail.body);
    assert!(trail.body.contains("alice's reason"));
    // The owner reopens it: the budget used stays used.
    let reopened = c
        .post("/cases", alice, json!({"id": "tk-1", "reason": "again"}))
        .await;
    assert_eq!(reopened.status, 201, "{}", reopened.body);
    let v = reopened.json();
    assert_eq!(
        (v["id"].as_str(), v["used"].as_u64()),
        (Some("TK-1"), Some(1))
    );
    let a = c
        .post(
            "/reveal",
            alice,
            json!({"case":"tk-1","tokens":[f.ph, f.us]}),
        )
        .await;
    assert_eq!(a.json()["budget_left"], 0, "{}", a.body);
    refused(
        &c.post("/reveal", alice, json!({"case":"TK-1","tokens":[f.us]}))
            .await,
        429,
        "budget-exceeded",
    );
    // A case id used only from the command line counts as used.
    ok(&veil(
        &[
            "reveal",
            "--keyring",
            "k.keyring",
            "--case",
            "TK-9",
            "--reason",
            "cli",
        ],
        f.dir.path(),
        f.ph.as_bytes(),
    ));
    refused(
        &c.post("/cases", dan, json!({"id": "TK-9", "reason": "mine"}))
            .await,
        409,
        "case-taken",
    );
    refused(&c.get("/cases/TK-9/audit", dan).await, 403, "forbidden");
}

/// Issue 15 item 10: a line of the audit log edited while the server runs
/// stops every reveal (nothing shown) until the chain verifies again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audit_fail_closed_serve_stops_revealing_after_a_line_is_edited() {
    let f = fixture("");
    let server = start(f.dir.path());
    let mut c = Client::connect(&server.addr).await;
    let ann = &f.tokens["ann"];
    assert_eq!(
        c.post(
            "/cases",
            ann,
            json!({"id": "ED-1", "reason": "edited later"})
        )
        .await
        .status,
        201
    );
    let a = c
        .post("/reveal", ann, json!({"case":"ED-1","tokens":[f.ph]}))
        .await;
    assert_eq!(a.status, 200, "{}", a.body);
    let log = f.dir.path().join("k.keyring.audit.jsonl");
    let original = std::fs::read(&log).unwrap();
    let mut edited = original.clone();
    let at = edited
        .windows(12)
        .position(|w| w == b"edited later")
        .unwrap();
    edited[at] = b'E';
    // In place, same length, as an editor that keeps the file would.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&log)
        .and_then(|mut file| std::io::Write::write_all(&mut file, &edited))
        .unwrap();
    for _ in 0..2 {
        let a = c
            .post("/reveal", ann, json!({"case":"ED-1","tokens":[f.ph]}))
            .await;
        refused(&a, 500, "audit-failed");
        assert!(!a.body.contains("070"), "{}", a.body);
    }
    assert_eq!(std::fs::read(&log).unwrap(), edited, "nothing was appended");
    // Put back, the chain verifies again and the server goes on.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&log)
        .and_then(|mut file| std::io::Write::write_all(&mut file, &original))
        .unwrap();
    let a = c
        .post("/reveal", ann, json!({"case":"ED-1","tokens":[f.ph]}))
        .await;
    assert_eq!(
        a.json()["results"][0]["value"],
        "070-174 06 83",
        "{}",
        a.body
    );
}

/// Connects from `local` (any 127.0.0.0/8 address) to `addr`.
async fn connect_from(local: &str, addr: &str) -> tokio::net::TcpStream {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind(format!("{local}:0").parse().unwrap()).unwrap();
    socket.connect(addr.parse().unwrap()).await.unwrap()
}

/// Whether the server has closed `stream` (without waiting).
fn closed(stream: &tokio::net::TcpStream) -> bool {
    let mut buf = [0u8; 256];
    match stream.try_read(&mut buf) {
        Ok(0) => true,
        Ok(_) => false,
        Err(e) => e.kind() != std::io::ErrorKind::WouldBlock,
    }
}

/// Issue 15 item 16: one address holding hundreds of connections with
/// unfinished request heads neither stalls the accept loop nor keeps
/// another address from being served at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_from_one_address_cannot_stall_the_server() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let f = fixture("");
    let server = start(f.dir.path());
    let mut slow = Vec::new();
    for _ in 0..300 {
        let mut s = connect_from("127.0.0.1", &server.addr).await;
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        slow.push(s);
    }
    let mut s = connect_from("127.0.0.2", &server.addr).await;
    s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(60), s.read_to_string(&mut answer))
        .await
        .unwrap()
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Answered while the first slow connection still holds its slot: not
    // after the slow ones timed out.
    assert!(!closed(&slow[0]), "healthz waited for the slow connections");
    // The address's connections past its bound were closed at once.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let open = slow.iter().filter(|s| !closed(s)).count();
    assert_eq!(open, 32, "per-address bound");
}

/// Writes `request` on a new connection and reads the answer to the end
/// (the server closes these connections).
async fn raw(addr: &str, request: &[u8]) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), s.read_to_end(&mut answer))
        .await
        .unwrap()
        .unwrap();
    String::from_utf8_lossy(&answer).into_owned()
}

/// Issue 15 item 18: hyper's own 400, 414 and 431 answers carry the same
/// security headers as the service's, and a request with both
/// Content-Length and Transfer-Encoding is refused (RFC 9112 section 6.1).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn security_headers_on_every_answer_and_smuggling_refused() {
    let f = fixture("");
    let server = start(f.dir.path());
    let long_uri = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000));
    let many_headers = format!(
        "GET / HTTP/1.1\r\nHost: x\r\n{}\r\n",
        (0..120)
            .map(|i| format!("x-h{i}: v\r\n"))
            .collect::<String>()
    );
    for (request, status) in [
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n".to_vec(),
            "400",
        ),
        (
            b"GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n".to_vec(),
            "400",
        ),
        (long_uri.into_bytes(), "414"),
        (many_headers.into_bytes(), "431"),
    ] {
        let answer = raw(&server.addr, &request).await;
        let head = answer
            .split("\r\n\r\n")
            .next()
            .unwrap()
            .to_ascii_lowercase();
        assert!(head.starts_with(&format!("http/1.1 {status}")), "{answer}");
        for want in [
            "\r\ncontent-security-policy: default-src 'none';",
            "\r\nx-content-type-options: nosniff",
            "\r\nreferrer-policy: no-referrer",
            "\r\ncache-control: no-store",
        ] {
            assert!(head.contains(want), "{want:?} missing in {head}");
        }
    }
    let smuggled = b"POST /reveal HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /me HTTP/1.1\r\nHost: x\r\n\r\n";
    let answer = raw(&server.addr, smuggled).await;
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(answer.contains("\"transfer-encoding\""), "{answer}");
    assert!(
        answer
            .to_ascii_lowercase()
            .contains("content-security-policy:")
    );
    assert_eq!(answer.matches("HTTP/1.1 ").count(), 1, "{answer}");
}
