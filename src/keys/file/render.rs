//! A keyring written out as TOML, into a buffer wiped on drop.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use zeroize::Zeroizing;

use crate::keys::epoch::{Epochs, KeyUse, date};
use crate::keys::{Created, Keyring};

/// Serialises the keyring into a buffer that is wiped on drop.
pub(super) fn render(ring: &Keyring) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(256));
    out.push_str(
        "# veil keyring. Keep it secret: mode 0600, never in version control.\n\
         # The last key is the active one; older keys stay for lookup.\n\
         version = 1\n",
    );
    for key in ring.keys() {
        out.push_str("\n[[keys]]\n");
        // Writing to a String cannot fail; ids are validated to need no escaping.
        let _ = writeln!(out, "id = \"{}\"", key.id);
        match &key.created {
            Created::Unix(secs) => {
                let _ = writeln!(out, "created = {secs}");
            }
            Created::Rfc3339(text) => {
                let _ = writeln!(out, "created = {text}");
            }
        }
        out.push_str("secret = \"");
        BASE64.encode_string(key.secret.expose(), &mut out);
        out.push_str("\"\n");
    }
    if let Some(reveal) = &ring.reveal {
        out.push_str(
            "\n# The vault's reveal key pair. A pipeline host needs the public key only\n\
             # (`veil keys export-public`); the secret opens vault entries.\n[reveal]\npublic = \"",
        );
        BASE64.encode_string(reveal.public.as_bytes(), &mut out);
        out.push_str("\"\n");
        if let Some(secret) = &reveal.secret {
            out.push_str("secret = \"");
            BASE64.encode_string(secret.expose(), &mut out);
            out.push_str("\"\n");
        }
    }
    if let Some(e) = &ring.epochs {
        render_chain(&mut out, e);
    }
    out
}

/// The `[chain]` table: dates for days, so a reader can check them.
fn render_chain(out: &mut String, e: &Epochs) {
    out.push_str(
        "\n# Epoch keys, on a one-way chain. veil overwrites this table as days pass:\n\
         # `state` gives the keys of epochs starting on or after `day`, nothing earlier;\n\
         # [[chain.epoch]] are seeds of current epochs that began before it, and\n\
         # [[chain.key]] (reveal side only) keys of ended epochs, kept until `destroy`.\n\
         [chain]\n",
    );
    let _ = writeln!(out, "since = {}", date(e.since));
    let _ = writeln!(out, "day = {}", date(e.day));
    out.push_str("state = \"");
    BASE64.encode_string(e.state.expose(), out);
    out.push_str("\"\n");
    for s in &e.seeds {
        out.push_str("\n[[chain.epoch]]\n");
        let _ = writeln!(out, "length = {}", s.length);
        let _ = writeln!(out, "start = {}", date(s.start));
        out.push_str("seed = \"");
        BASE64.encode_string(s.seed.expose(), out);
        out.push_str("\"\n");
    }
    for k in &e.keys {
        out.push_str("\n[[chain.key]]\n");
        match &k.usage {
            KeyUse::Pseudonym { domain, category } => {
                // Domains and categories are validated names: no escaping.
                let _ = writeln!(
                    out,
                    "use = \"pseudonym\"\ndomain = \"{domain}\"\ncategory = \"{category}\""
                );
            }
            KeyUse::IpCrypt { domain } => {
                let _ = writeln!(out, "use = \"ipcrypt\"\ndomain = \"{domain}\"");
            }
        }
        let _ = writeln!(out, "length = {}", k.length);
        let _ = writeln!(out, "start = {}", date(k.start));
        let _ = writeln!(out, "destroy = {}", date(k.destroy));
        out.push_str("key = \"");
        BASE64.encode_string(k.key.expose(), out);
        out.push_str("\"\n");
    }
}
