//! One category's policy: the kinds its detectors report, its retention,
//! its operator and its key epoch.

use super::collect::{Collector, suggest};
use super::default_prefix;
use super::pack::{Category, OperatorSpec};
use super::validate::check_domain;
use crate::detect::{Builtin, Kind};
use crate::keys::epoch::MAX_EPOCH_DAYS;
use crate::rules::spec::CategorySpec;
use std::time::Duration;
use toml::Spanned;

/// The kinds a built-in detector can report.
pub fn kinds_of(builtin: Builtin) -> &'static [Kind] {
    match builtin {
        Builtin::Ipv4 => &[Kind::Ipv4, Kind::HostIpv4, Kind::ArpaIpv4],
        Builtin::Ipv6 => &[Kind::Ipv6],
        Builtin::Email => &[Kind::Email],
        Builtin::Phone => &[Kind::Phone],
        Builtin::Personnummer => &[Kind::Personnummer, Kind::Samordningsnummer],
        Builtin::Orgnr => &[Kind::Orgnr],
        Builtin::Mac => &[Kind::Mac],
        Builtin::Imei => &[Kind::Imei],
        Builtin::Imsi => &[Kind::Imsi],
        Builtin::SipUri => &[Kind::Phone, Kind::Username],
        Builtin::Username => &[Kind::Username],
        Builtin::PersonName => &[Kind::PersonName],
        Builtin::Badge => &[Kind::Badge],
    }
}

/// Parses a retention period: a number and a unit, `h`, `d`, `w` or `y`
/// (365 days). Months are refused as ambiguous.
///
/// By hand, not with humantime: humantime's year is 365.25 days, and it
/// reads months (`1M`) and compounds (`1y 2d`) that packs refuse. A
/// retention decides when vault keys are destroyed, so its meaning stays
/// what the packs were written against.
pub fn parse_retention(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let split = s
        .find(|c: char| !c.is_ascii_digit())
        .ok_or_else(|| format!("retention {s:?} has no unit (use h, d, w or y, e.g. 180d)"))?;
    let (num, unit) = s.split_at(split);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("retention {s:?} must start with a whole number"))?;
    let hours = match unit {
        "h" => 1,
        "d" => 24,
        "w" => 24 * 7,
        "y" => 24 * 365,
        _ => {
            return Err(format!(
                "retention {s:?}: unknown unit {unit:?} (use h, d, w or y)"
            ));
        }
    };
    if n == 0 {
        return Err("retention must be longer than zero".into());
    }
    Ok(Duration::from_secs(n.saturating_mul(hours * 3600)))
}

pub(super) fn validate_category(
    c: &mut Collector<'_>,
    rule: &str,
    kind: Kind,
    cat: &CategorySpec,
    default_domain: &str,
) -> Option<Category> {
    let op_span = Some(cat.operator.span());
    let is_ip = matches!(kind, Kind::Ipv4 | Kind::Ipv6);
    let operator = match cat.operator.get_ref().as_str() {
        "pseudonym" => {
            let prefix = match &cat.prefix {
                Some(p) => {
                    let ok = !p.get_ref().is_empty()
                        && p.get_ref().len() <= 16
                        && p.get_ref()
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
                    if !ok {
                        c.at(
                            Some(p.span()),
                            rule,
                            "prefix is 1 to 16 lower-case letters or digits",
                        );
                    }
                    p.get_ref().clone()
                }
                None => default_prefix(kind).unwrap_or("x").to_string(),
            };
            Some(OperatorSpec::Pseudonym {
                prefix,
                pseudonymise_domain: cat.pseudonymise_domain,
            })
        }
        "ip-prefix" => {
            if !is_ip {
                c.at(
                    op_span.clone(),
                    rule,
                    "operator \"ip-prefix\" is only for ipv4 and ipv6",
                );
            }
            Some(OperatorSpec::IpPrefix)
        }
        "mask" => {
            if cat.keep_first.is_some() == cat.keep_last.is_some() {
                c.at(
                    op_span.clone(),
                    rule,
                    "operator \"mask\" needs one of keep_first or keep_last",
                );
            }
            Some(OperatorSpec::Mask {
                keep_first: cat.keep_first.unwrap_or(0),
                keep_last: cat.keep_last.unwrap_or(0),
            })
        }
        "redact" => Some(OperatorSpec::Redact(
            cat.text.clone().unwrap_or_else(|| "[redacted]".to_string()),
        )),
        "drop" => Some(OperatorSpec::Drop),
        "keep" => Some(OperatorSpec::Keep),
        "hash" | "sha256" | "md5" | "sha1" => {
            c.at(
                op_span.clone(),
                rule,
                "unkeyed hashes are refused: anyone can brute-force a phone number or an IPv4 back from one; use \"pseudonym\" (keyed HMAC)",
            );
            None
        }
        other => {
            let hint = suggest(
                other,
                ["pseudonym", "ip-prefix", "mask", "redact", "drop", "keep"],
            );
            c.at(
                op_span.clone(),
                rule,
                format!("unknown operator {other:?}{hint}"),
            );
            None
        }
    };
    let is = |name: &str| cat.operator.get_ref() == name;
    if cat.prefix.is_some() && !is("pseudonym") {
        c.at(
            op_span.clone(),
            rule,
            "`prefix` only applies to operator \"pseudonym\"",
        );
    }
    if (cat.keep_first.is_some() || cat.keep_last.is_some()) && !is("mask") {
        c.at(
            op_span.clone(),
            rule,
            "`keep_first`/`keep_last` only apply to operator \"mask\"",
        );
    }
    if cat.text.is_some() && !is("redact") {
        c.at(
            op_span.clone(),
            rule,
            "`text` only applies to operator \"redact\"",
        );
    }
    if cat.pseudonymise_domain && (kind != Kind::Email || !is("pseudonym")) {
        c.at(
            op_span.clone(),
            rule,
            "`pseudonymise_domain` only applies to email with operator \"pseudonym\"",
        );
    }
    if cat.casefold && kind != Kind::Username && !matches!(kind, Kind::Custom(_)) {
        c.at(
            op_span.clone(),
            rule,
            "`casefold` only applies to usernames and custom categories",
        );
    }
    if cat.reversible && kind == Kind::Mac {
        c.at(
            op_span.clone(),
            rule,
            "a MAC pseudonym is MAC-shaped, so reveal cannot find it in text: mac cannot be reversible",
        );
    }
    // An unknown or refused operator is reported once, above.
    if cat.reversible && !is("pseudonym") && operator.is_some() {
        c.at(
            op_span.clone(),
            rule,
            "`reversible` needs operator \"pseudonym\" (the token is the vault key)",
        );
    }
    let retention = match &cat.retention {
        Some(r) => match parse_retention(r.get_ref()) {
            Ok(d) => Some(d),
            Err(msg) => {
                c.at(Some(r.span()), rule, msg);
                None
            }
        },
        None => {
            if cat.reversible {
                c.at(
                    op_span.clone(),
                    rule,
                    "a reversible category needs a `retention` (e.g. \"180d\")",
                );
            }
            None
        }
    };
    let domain = match &cat.domain {
        Some(d) => {
            check_domain(c, d, rule);
            d.get_ref().clone()
        }
        None => default_domain.to_string(),
    };
    let epoch = cat
        .epoch
        .as_ref()
        .and_then(|e| validate_epoch(c, rule, cat, e, retention));
    Some(Category {
        name: String::new(),
        kind,
        operator: operator?,
        reversible: cat.reversible,
        retention,
        epoch,
        domain,
        casefold: cat.casefold,
    })
}

/// `epoch`: whole days, 1-366, a keyed operator, a retention in whole days
/// at least as long.
fn validate_epoch(
    c: &mut Collector<'_>,
    rule: &str,
    cat: &CategorySpec,
    e: &Spanned<String>,
    retention: Option<Duration>,
) -> Option<u64> {
    let span = Some(e.span());
    let keyed = matches!(cat.operator.get_ref().as_str(), "pseudonym" | "ip-prefix");
    if !keyed {
        c.at(
            span,
            rule,
            "`epoch` needs a keyed operator (\"pseudonym\" or \"ip-prefix\")",
        );
        return None;
    }
    let days = match parse_retention(e.get_ref()) {
        Ok(d) if d.as_secs() % 86_400 == 0 && d.as_secs() / 86_400 <= MAX_EPOCH_DAYS => {
            d.as_secs() / 86_400
        }
        Ok(_) => {
            c.at(span, rule, "`epoch` is whole days, from 1d to 366d");
            return None;
        }
        Err(msg) => {
            c.at(span, rule, msg.replace("retention", "epoch"));
            return None;
        }
    };
    match retention {
        None => {
            c.at(
                span,
                rule,
                "`epoch` needs a `retention` (when an epoch's keys are destroyed, e.g. \"180d\")",
            );
            None
        }
        Some(r) if r.as_secs() % 86_400 != 0 => {
            c.at(
                cat.retention.as_ref().map(Spanned::span),
                rule,
                "with `epoch`, `retention` is whole days",
            );
            None
        }
        Some(r) if r.as_secs() / 86_400 < days => {
            c.at(
                span,
                rule,
                "`epoch` is longer than `retention`: an epoch's keys would be destroyed before it ends",
            );
            None
        }
        Some(_) => Some(days),
    }
}
