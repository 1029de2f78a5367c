//! Runs a pack's own test cases through the real engine.
//!
//! Expected outputs are templates: `{{category}}` stands for one replacement
//! of that category, in the shape its operator produces (a token, an IP
//! address, a mask, the redaction text), and every other byte must match
//! exactly. Cases run under a fresh random keyring, so they can never depend
//! on a particular key.

use regex::Regex;

use super::compile::{Expect, OperatorSpec, Pack, is_placeholder_name, placeholders};
use crate::detect::Kind;
use crate::keys::Keyring;
use crate::pipeline::Engine;

/// One failed case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// The pack file.
    pub file: String,
    /// The case's line.
    pub line: usize,
    /// The case's name.
    pub name: String,
    /// What went wrong, with the expected and actual output.
    pub message: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}: test {:?}: {}",
            self.file, self.line, self.name, self.message
        )
    }
}

/// The regex a `{{category}}` placeholder stands for.
fn placeholder_pattern(pack: &Pack, name: &str) -> String {
    let Some(cat) = pack.categories.iter().find(|c| c.name == name) else {
        return regex::escape(&format!("{{{{{name}}}}}"));
    };
    match &cat.operator {
        OperatorSpec::Pseudonym { prefix, .. } => {
            // A legacy token, or a versioned one (4 characters of epoch).
            let token = format!("{}_(?:[a-z2-7]{{4}})?[a-z2-7]{{24}}", regex::escape(prefix));
            match cat.kind {
                Kind::Email => format!("{token}@[A-Za-z0-9._-]+"),
                Kind::Mac => "(?:[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}|[0-9A-Fa-f]{12})".into(),
                _ => token,
            }
        }
        OperatorSpec::IpPrefix => match cat.kind {
            Kind::Ipv6 => "[0-9a-f:]*:[0-9a-f:.]*".into(),
            _ => "(?:(?:\\d{1,3}\\.){3}\\d{1,3}|-?\\d{1,10})".into(),
        },
        OperatorSpec::Mask { .. } => ".*?".into(),
        OperatorSpec::Redact(text) => regex::escape(text),
        OperatorSpec::Drop => String::new(),
        OperatorSpec::Keep => ".+?".into(),
    }
}

/// Compiles an expected-output template into an anchored regex.
pub fn template_regex(pack: &Pack, template: &str) -> Result<Regex, regex::Error> {
    let mut pattern = String::from("^");
    let mut rest = template;
    while let Some(i) = rest.find("{{") {
        let after = &rest[i + 2..];
        match after.find("}}") {
            Some(j) if is_placeholder_name(&after[..j]) => {
                pattern.push_str(&regex::escape(&rest[..i]));
                pattern.push('(');
                pattern.push_str(&placeholder_pattern(pack, &after[..j]));
                pattern.push(')');
                rest = &after[j + 2..];
            }
            _ => {
                pattern.push_str(&regex::escape(&rest[..i + 2]));
                rest = after;
            }
        }
    }
    pattern.push_str(&regex::escape(rest));
    pattern.push('$');
    Regex::new(&pattern)
}

/// The category of a format-preserving placeholder (an address kept in
/// its form, a MAC) whose match in `actual` is a value the input holds
/// verbatim: such a placeholder's pattern matches the raw value too, so a
/// value left as it was would pass the case unseen. Values under seven
/// characters (`0`, a short int) are not judged: they recur by chance.
fn left_as_it_was(
    pack: &Pack,
    template: &str,
    re: &Regex,
    actual: &str,
    input: &str,
) -> Option<String> {
    let caps = re.captures(actual)?;
    let names = placeholders(template);
    // One group per placeholder, as `template_regex` writes them; a
    // template it reads otherwise is not judged here.
    if names.len() + 1 != caps.len() {
        return None;
    }
    names.iter().enumerate().find_map(|(k, name)| {
        let cat = pack.categories.iter().find(|c| c.name == *name)?;
        let preserving = matches!(cat.operator, OperatorSpec::IpPrefix)
            || (cat.kind == Kind::Mac && matches!(cat.operator, OperatorSpec::Pseudonym { .. }));
        let v = caps.get(k + 1)?.as_str();
        (preserving && v.len() >= 7 && input.contains(v)).then(|| name.to_string())
    })
}

/// Runs every case of `pack`; returns (cases run, failures).
pub fn run_cases(pack: &Pack) -> (usize, Vec<Failure>) {
    let mut failures = Vec::new();
    let keyring = match Keyring::generate() {
        Ok(k) => k,
        Err(e) => {
            failures.push(Failure {
                file: pack.file.clone(),
                line: 0,
                name: String::new(),
                message: e.to_string(),
            });
            return (pack.tests.len(), failures);
        }
    };
    let fail = |failures: &mut Vec<Failure>, t: &super::TestCase, message: String| {
        failures.push(Failure {
            file: pack.file.clone(),
            line: t.line,
            name: t.name.clone(),
            message,
        });
    };
    let engine = match Engine::new(pack.clone(), &keyring) {
        Ok(e) => e,
        Err(e) => {
            failures.push(Failure {
                file: pack.file.clone(),
                line: 0,
                name: String::new(),
                message: e.to_string(),
            });
            return (pack.tests.len(), failures);
        }
    };
    let mut worker = engine.worker();
    for t in &pack.tests {
        let mut out = Vec::new();
        let result = worker.process(t.input.as_bytes(), &mut out);
        match (&t.expect, result) {
            (Expect::Output(template), Ok(_)) => {
                let actual = String::from_utf8_lossy(&out);
                match template_regex(pack, template) {
                    Ok(re) if re.is_match(&actual) => {
                        if let Some(raw) = left_as_it_was(pack, template, &re, &actual, &t.input) {
                            fail(
                                &mut failures,
                                t,
                                format!(
                                    "a {{{{{raw}}}}} placeholder matched the input's own value, left as it was\n  input:    {}\n  actual:   {actual}",
                                    t.input
                                ),
                            );
                        }
                    }
                    Ok(_) => fail(
                        &mut failures,
                        t,
                        format!(
                            "output does not match\n  input:    {}\n  expected: {template}\n  actual:   {actual}",
                            t.input
                        ),
                    ),
                    Err(e) => fail(&mut failures, t, format!("bad template: {e}")),
                }
            }
            (Expect::Output(_), Err(e)) => fail(
                &mut failures,
                t,
                format!("quarantined ({}): {e}", e.reason()),
            ),
            (Expect::Quarantine(reason), Err(e)) if e.reason() == reason => {}
            (Expect::Quarantine(reason), Err(e)) => fail(
                &mut failures,
                t,
                format!("quarantined for {:?}, expected {reason:?}", e.reason()),
            ),
            (Expect::Quarantine(reason), Ok(_)) => fail(
                &mut failures,
                t,
                format!(
                    "expected quarantine ({reason}) but got output\n  actual:   {}",
                    String::from_utf8_lossy(&out)
                ),
            ),
        }
    }
    (pack.tests.len(), failures)
}
