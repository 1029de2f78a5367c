//! Turning the tokens of a pasted excerpt back into originals, after the
//! caller has written the audit entry.
//!
//! Every token found is either replaced by its original (or a masked form)
//! or marked with why it cannot be: `[erased]`, `[expired]`, `[unknown]`.
//! Nothing is silently left alone. With an IP key, prefix-encrypted
//! addresses are decrypted too.

use std::net::IpAddr;

use super::display::{Keep, escape_controls};
use super::mask::mask_for_display;
use super::tokens::find_tokens;
use crate::detect::{Builtin, DetectorConfig, DetectorSet, Kind, Span};
use crate::ops::IpPrefix;
use crate::vault::{Opener, Revealed, VaultError};

/// What happened to the tokens of one excerpt: each distinct token and
/// address counts once, however often it appears, so the counts match the
/// audit entry written from [`to_show`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Tokens replaced by their original.
    pub revealed: usize,
    /// Tokens whose entry was erased on request.
    pub erased: usize,
    /// Tokens whose entry or key expired.
    pub expired: usize,
    /// Tokens the vault does not know.
    pub unknown: usize,
    /// IP addresses decrypted.
    pub ips: usize,
}

enum Piece {
    Token(std::ops::Range<usize>),
    /// An address, and its spelling: `Ipv4`/`Ipv6` as written, `HostIpv4`
    /// with dashes in a host name, `ArpaIpv4` backwards in a reverse-DNS name.
    Ip(std::ops::Range<usize>, Kind),
}

/// The tokens and, with `with_ips`, the IP addresses of `text`, in order.
fn pieces(text: &str, with_ips: bool) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = find_tokens(text).into_iter().map(Piece::Token).collect();
    if with_ips {
        for s in ip_spans(text) {
            if matches!(
                s.kind,
                Kind::Ipv4 | Kind::Ipv6 | Kind::HostIpv4 | Kind::ArpaIpv4
            ) {
                pieces.push(Piece::Ip(s.start..s.end, s.kind));
            }
        }
    }
    pieces.sort_by_key(|p| match p {
        Piece::Token(r) | Piece::Ip(r, _) => r.start,
    });
    pieces
}

/// What [`reveal_excerpt`] will show for `text`, for the audit entry written
/// before it: the distinct tokens, and with `with_ips` the distinct
/// (encrypted) IP addresses it will decrypt, each in order of first
/// appearance and as written in the excerpt. Neither is a value.
pub fn to_show(text: &str, with_ips: bool) -> (Vec<String>, Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    let (mut tokens, mut ips) = (Vec::new(), Vec::new());
    let mut at = 0;
    for piece in pieces(text, with_ips) {
        match piece {
            Piece::Token(r) if r.start >= at => {
                if seen.insert(&text[r.clone()]) {
                    tokens.push(text[r.clone()].to_string());
                }
                at = r.end;
            }
            Piece::Ip(r, _) if r.start >= at => {
                let written = &text[r.clone()];
                if written.replace('-', ".").parse::<IpAddr>().is_ok() {
                    if seen.insert(written) {
                        ips.push(written.to_string());
                    }
                    at = r.end;
                }
            }
            _ => {}
        }
    }
    (tokens, ips)
}

/// How to show originals.
#[derive(Clone, Copy, Debug, Default)]
pub struct Display {
    /// Show only a partial form (last digits of a phone number, ...).
    pub mask: bool,
}

/// The distinct tokens of `text`, in order of first appearance.
pub fn distinct_tokens(text: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    find_tokens(text)
        .into_iter()
        .map(|r| text[r].to_string())
        .filter(|t| seen.insert(t.clone()))
        .collect()
}

/// The IP addresses in `text` (for `--ip`), as spans.
pub fn ip_spans(text: &str) -> Vec<Span> {
    let detectors = DetectorSet::new(&DetectorConfig {
        builtins: vec![Builtin::Ipv4, Builtin::Ipv6],
        custom: Vec::new(),
    });
    let mut spans = Vec::new();
    if let Ok(d) = detectors {
        d.detect(text, &mut spans);
    }
    spans
}

/// Rebuilds `text` with every token revealed or marked, and, when `ip` is
/// given, every IP address decrypted.
pub fn reveal_excerpt(
    text: &str,
    opener: &mut Opener<'_>,
    ip: Option<&IpPrefix>,
    display: Display,
) -> Result<(String, Counts), VaultError> {
    let pieces = pieces(text, ip.is_some());
    let mut out = String::with_capacity(text.len());
    let mut counts = Counts::default();
    // Each distinct token or address counts once.
    let mut seen = std::collections::HashSet::new();
    let mut at = 0;
    for piece in pieces {
        match piece {
            Piece::Token(r) => {
                if r.start < at {
                    continue;
                }
                out.push_str(&text[at..r.start]);
                let token = &text[r.clone()];
                let first = seen.insert(token);
                let mut end = r.end;
                match opener.reveal(token)? {
                    Revealed::Found { entry, original } => {
                        counts.revealed += usize::from(first);
                        // An e-mail token stands with its domain: the
                        // original is the whole address.
                        // In a URL its `@` is written `%40`.
                        let sep = match text.as_bytes().get(end..) {
                            Some([b'@', ..]) => 1,
                            Some([b'%', b'4', b'0', ..]) => 3,
                            _ => 0,
                        };
                        if entry.category == "email" && sep > 0 {
                            end += sep
                                + text[end + sep..]
                                    .bytes()
                                    .take_while(|b| {
                                        b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-')
                                    })
                                    .count();
                        }
                        // An original is one value: a newline or an
                        // escape sequence in it is shown, not obeyed.
                        let shown = if display.mask {
                            mask_for_display(&entry.category, &original)
                        } else {
                            original.to_string()
                        };
                        out.push_str(&escape_controls(&shown, Keep::Nothing));
                    }
                    Revealed::Erased { .. } => {
                        counts.erased += usize::from(first);
                        out.push_str(token);
                        out.push_str("[erased]");
                    }
                    Revealed::Expired { .. } => {
                        counts.expired += usize::from(first);
                        out.push_str(token);
                        out.push_str("[expired]");
                    }
                    Revealed::Unknown => {
                        counts.unknown += usize::from(first);
                        out.push_str(token);
                        out.push_str("[unknown]");
                    }
                }
                at = end;
            }
            Piece::Ip(r, spelling) => {
                if r.start < at {
                    continue;
                }
                let Some(key) = ip else { continue };
                let written = match spelling {
                    Kind::HostIpv4 => text[r.clone()].replace('-', "."),
                    Kind::ArpaIpv4 => match crate::detect::split_arpa(&text[r.clone()]) {
                        Some((quad, _)) => crate::detect::reverse_v4(quad),
                        None => continue,
                    },
                    _ => text[r.clone()].to_string(),
                };
                let Ok(addr) = written.parse::<IpAddr>() else {
                    continue;
                };
                out.push_str(&text[at..r.start]);
                let plain = key.decrypt_host(addr).to_string();
                let shown = if display.mask {
                    mask_for_display("ipv4", &plain)
                } else {
                    plain
                };
                out.push_str(&match spelling {
                    Kind::HostIpv4 => shown.replace('.', "-"),
                    Kind::ArpaIpv4 => {
                        let suffix =
                            crate::detect::split_arpa(&text[r.clone()]).map_or("", |s| s.1);
                        crate::detect::reverse_v4(&shown) + suffix
                    }
                    _ => shown,
                });
                counts.ips += usize::from(seen.insert(&text[r.clone()]));
                at = r.end;
            }
        }
    }
    out.push_str(&text[at..]);
    Ok((out, counts))
}
