//! The README's examples work: its example rule pack validates and passes
//! its own cases, and its quick-start commands name files that exist.

mod common;

#[test]
fn the_readme_example_pack_validates_and_passes_its_cases() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let start = readme
        .find("```toml\n[pack]\nname = \"mypbx\"")
        .expect("example pack in README");
    let body = &readme[start + "```toml\n".len()..];
    let end = body.find("```").unwrap();
    let pack = veil::rules::compile::compile("README.md", &body[..end])
        .unwrap_or_else(|e| panic!("README example pack is invalid: {e:?}"));
    let (n, failures) = veil::rules::check::run_cases(&pack);
    assert_eq!(n, 2);
    assert!(failures.is_empty(), "{failures:?}");
}

#[test]
fn the_quick_start_inputs_exist() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    for word in readme.split_whitespace() {
        if let Some(path) = word
            .strip_prefix("tests/golden/")
            .filter(|p| p.contains('.'))
        {
            let path = path.trim_end_matches(['`', ',', ')']);
            assert!(
                common::root().join("tests/golden").join(path).exists(),
                "README names missing tests/golden/{path}"
            );
        }
    }
}

/// The README's line that starts with `prefix`, in a shell block.
fn readme_line(readme: &str, prefix: &str) -> String {
    readme
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("README has no line starting {prefix:?}"))
        .to_string()
}

/// Runs a shell command line in `dir` with the built `veil` first on PATH
/// and none of veil's environment variables.
fn sh(dir: &std::path::Path, line: &str) -> std::process::Output {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_veil"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    std::process::Command::new("sh")
        .args(["-c", line])
        .current_dir(dir)
        .env("PATH", path)
        .env("addr", "127.0.0.1:9092")
        .env_remove("VEIL_KEYRING")
        .env_remove("VEIL_VAULT")
        .env_remove("VEIL_AUDIT")
        .env_remove("VEIL_QUARANTINE")
        .env_remove("VEIL_RULES")
        .output()
        .unwrap()
}

fn git(dir: &std::path::Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {:?}", out);
    String::from_utf8(out.stdout).unwrap()
}

/// The quick start, then the Kafka quick start's set-up (everything up to
/// the broker), in a clone of the repository's ignore rules and sample:
/// neither step fails, the second needs nothing from the first, all state
/// lands in one directory per walkthrough, and git offers none of it for a
/// commit.
#[test]
fn the_quick_starts_run_one_after_the_other_and_leave_nothing_to_commit() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::copy(common::root().join(".gitignore"), d.join(".gitignore")).unwrap();
    std::fs::create_dir_all(d.join("tests/golden/syslog")).unwrap();
    std::fs::copy(
        common::root().join("tests/golden/syslog/input.log"),
        d.join("tests/golden/syslog/input.log"),
    )
    .unwrap();
    git(d, &["init", "-q"]);
    git(d, &["add", "-A"]);
    git(d, &["commit", "-qm", "fresh clone"]);

    // The first command, with the built binary for `cargo run --release --`.
    let first = readme_line(&readme, "cargo run --release -- run ");
    let out = sh(d, &first.replacen("cargo run --release --", "veil", 1));
    assert!(out.status.success(), "{first}: {out:?}");
    assert!(!out.stdout.is_empty());
    let mut state: Vec<String> = std::fs::read_dir(d.join(".veil"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    state.sort();
    assert_eq!(state, ["keyring", "keyring.vault", "keyring.vault.keys"]);

    // The Kafka quick start's lines that need no broker, in order.
    let block = readme
        .split("```sh\n")
        .find(|b| b.starts_with("scripts/tansu.sh install"))
        .expect("the Kafka quick start");
    let block = &block[..block.find("```").unwrap()];
    let mut ran = 0;
    let mut lines = block.lines();
    while let Some(line) = lines.next() {
        let mut cmd = line.split("  #").next().unwrap().trim().to_string();
        while cmd.ends_with('\\') {
            cmd.pop();
            cmd.push_str(lines.next().unwrap());
        }
        if cmd.starts_with("mkdir")
            || cmd.starts_with("veil keys init")
            || cmd.starts_with("printf")
            || cmd.starts_with("veil check")
        {
            let out = sh(d, &cmd);
            assert!(out.status.success(), "{cmd}: {out:?}");
            ran += 1;
        }
    }
    assert_eq!(ran, 4, "the Kafka quick start changed: update this test");

    let status = git(d, &["status", "--porcelain", "--untracked-files=all"]);
    assert_eq!(status, "", "git offers these files for a commit");
    let ignored = git(
        d,
        &[
            "status",
            "--porcelain",
            "--ignored",
            "--untracked-files=all",
        ],
    );
    for line in ignored.lines() {
        let path = line.trim_start_matches("!! ");
        assert!(
            path.starts_with(".veil/") || path.starts_with(".veil-kafka/"),
            "state outside the walkthroughs' directories: {path}"
        );
    }
}

/// One mistake in the README's example pack is reported once, without the
/// errors that only follow from it, and errors come in line order.
#[test]
fn a_mistake_in_the_readme_pack_is_reported_once_in_line_order() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let start = readme.find("```toml\n[pack]\nname = \"mypbx\"").unwrap();
    let body = &readme[start + "```toml\n".len()..];
    let pack = &body[..body.find("```").unwrap()];
    let phone = "[categories.phone]\noperator = \"pseudonym\"";
    assert!(pack.contains(phone));
    let bad = pack.replace(phone, "[categories.phone]\noperator = \"sha256\"");
    let errors = veil::rules::compile::compile("mypbx.toml", &bad).unwrap_err();
    let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 1, "{text:#?}");
    assert!(text[0].contains("categories.phone: unkeyed hashes are refused"));

    // Two independent mistakes, the later one in a category validated first.
    let bad = pack
        .replace("uniqueid = \"keep\"", "uniqueid = \"kept\"")
        .replace(phone, "[categories.phone]\noperator = \"sha256\"");
    let errors = veil::rules::compile::compile("mypbx.toml", &bad).unwrap_err();
    let lines: Vec<Option<usize>> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines.len(), 2, "{errors:#?}");
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
}
