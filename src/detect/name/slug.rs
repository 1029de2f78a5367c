//! A person's name in a profile URL's slug ([`at`]).
//!
//! Proxies (Cisco WSA, Squid, Zscaler), DNS-over-HTTPS and browser-history
//! exports log the pages staff opened, and a social or professional
//! profile's address is made of its holder's name: LinkedIn's public
//! profile is `linkedin.com/in/<first>-<last>-<id>` (`/in/karin-berg-1a2b3c4d`,
//! the id a hex or digit run it adds to tell namesakes apart), its older
//! form `/pub/<first>-<last>/..`, XING's `xing.com/profile/<First>_<Last>`,
//! and a directory's or intranet's `/people/<first>.<last>`. Such a slug
//! is lower case, so the capitalised-word walk never reaches it.
//!
//! Under LinkedIn's `/in/` and `/pub/` and XING's `/profile/` the slug is a
//! person's by what the site is; anywhere else (`/people/`, `/profile/`)
//! its first part must be a given name the list knows (`/people/search`
//! stays).

use super::gazetteer::{COMMON, GIVEN, MAX_KEY};
use super::word::key;

/// The most parts a slug's name takes (`marloes-van-der-linden`).
const MAX_PARTS: usize = 6;

/// The name in the slug that starts at `i`, right after a `/`: its byte
/// range (the parts before the id, joined by their `-`, `.` or `_`).
pub(crate) fn at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    let site = site_before(b, i)?;
    let mut k = i;
    let mut end = i;
    let mut parts = 0;
    let mut first_end = 0;
    while parts < MAX_PARTS {
        let s = k;
        while k < b.len() && (b[k].is_ascii_alphabetic() || b[k] >= 0x80) {
            k += 1;
        }
        // A part with a digit is the id that ends the name.
        if k == s || b.get(k).is_some_and(u8::is_ascii_digit) {
            break;
        }
        parts += 1;
        end = k;
        if parts == 1 {
            first_end = k;
        }
        match b.get(k) {
            Some(b'-' | b'.' | b'_') => k += 1,
            _ => break,
        }
    }
    if parts == 0 || end - i < 2 {
        return None;
    }
    // What follows the name: its id's part, or where the path goes on.
    if !matches!(
        b.get(end),
        None | Some(b'-' | b'/' | b'?' | b'#' | b' ' | b'"' | b'\'' | b'&' | b'\t' | b'.' | b'_')
    ) {
        return None;
    }
    let known = |s: usize, e: usize| {
        let mut buf = [0u8; MAX_KEY];
        key(b, s, e, &mut buf).is_some_and(|k| {
            let f = super::gazetteer::flags(k);
            f & GIVEN != 0 && f & COMMON == 0
        })
    };
    let ok = match site {
        Site::Profile => true,
        Site::Directory => parts >= 2 && known(i, first_end),
    };
    ok.then_some((i, end))
}

/// What the path before a slug says about it.
#[derive(Clone, Copy)]
enum Site {
    /// A social or professional network's profile of a person.
    Profile,
    /// A directory's or intranet's page of a person or of anything.
    Directory,
}

/// The site of the slug at `i`, from the path segment before it.
fn site_before(b: &[u8], i: usize) -> Option<Site> {
    if i < 4 || b[i - 1] != b'/' {
        return None;
    }
    let seg_end = i - 1;
    let mut s = seg_end;
    while s > 0 && b[s - 1].is_ascii_alphabetic() && seg_end - s < 8 {
        s -= 1;
    }
    if s == 0 || b[s - 1] != b'/' {
        return None;
    }
    let seg = &b[s..seg_end];
    let host = &b[s.saturating_sub(48)..s];
    let on = |site: &[u8]| memchr::memmem::find(host, site).is_some();
    match seg {
        b"in" | b"pub" if on(b"linkedin.") => Some(Site::Profile),
        b"profile" if on(b"xing.") => Some(Site::Profile),
        b"people" | b"profile" | b"profiles" => Some(Site::Directory),
        _ => None,
    }
}
