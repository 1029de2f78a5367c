//! The single pass over the text: word by word, only words that start with
//! a digit or hex letter, a few keywords, and the bytes `+`, `:`, `@` and
//! `\\` lead to any validation work. The detectors it calls live one to a
//! file beside it; the small checks between them live here.
//!
//! About 800 lines: the pass and the checks it makes between detectors
//! read as one loop, and moving the checks away would hide the order in
//! which a word is tried.

use super::username::Keyword;
use super::util::{self, at, digits_end, is_digit, is_hex, is_word};
use super::{
    DetectorSet, Kind, Span, badge, email, idnum, imei, ip, keys, mac, name, phone, username,
};

impl DetectorSet {
    /// The single pass over the text. It moves word by word; only words that
    /// start with a digit or hex letter, a few keywords, and the bytes `+`,
    /// `:`, `@` and `\\` lead to any validation work.
    pub(super) fn scan(&self, b: &[u8], out: &mut Vec<Span>) {
        let on = &self.on;
        let n = b.len();
        let mut push = |start: usize, end: usize, kind: Kind| {
            // A number the text calls the organisation's own line
            // (`omstillingen 08-520 102 00`) stays: see `org`.
            if kind != Kind::Phone || !super::org::own_line_before(b, start) {
                out.push(Span { start, end, kind });
            }
        };
        let mut i = 0;
        while i < n {
            let c = b[i];
            let class = util::class(c);
            if class & util::WORD != 0 {
                let j = util::word_end(b, i + 1);
                if on.mac && (j - i == 12 || j - i == 15) {
                    // `hwaddr 3c22fb123456`, `client-mac=3C22FB123456`,
                    // `SEP0C8DDBCFF399`.
                    if let Some((s, e)) = mac_word(b, i, j, class) {
                        push(s, e, Kind::Mac);
                        i = e;
                        continue;
                    }
                }
                // `linkedin.com/in/karin-berg-1a2b3c4d`: a profile's slug is
                // its holder's name (`name::slug_at`).
                if on.name && i > 3 && b[i - 1] == b'/' {
                    if let Some((s, e)) = name::slug_at(b, i) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                // `jdoe/CORP.EXAMPLE.COM`: a Kerberos client before its realm.
                if on.username && c.is_ascii_uppercase() && i > 0 && b[i - 1] == b'/' {
                    if let Some((s, e)) = username::before_realm(b, i) {
                        push(s, e, Kind::Username);
                    }
                }
                // Only a capitalised word that can start a name is tried:
                // not `IN=eth0`, `SHA256`, `INFO:` or `REGISTER from`.
                if on.name && c.is_ascii_uppercase() && name::ascii_candidate(b, i, j) {
                    if let Some((s, e)) = name::at(b, i) {
                        push(s, e, Kind::PersonName);
                        // `Anna Ek (anna.ek)`: the holder's account.
                        if on.username && (at(b, e + 1) == b'(' || at(b, e) == b',') {
                            if let Some((us, ue)) = username::after_name(b, s, e) {
                                push(us, ue, Kind::Username);
                            }
                        }
                        i = e;
                        continue;
                    }
                }
                // `solveig.engstrom`, `birthe_dalsgaard`, `adm-zdabrowski` as
                // a whole field: a login built from a name
                // (`username::name_login_at`).
                if on.username
                    && c.is_ascii_lowercase()
                    && ((at(b, j) == b'.' && at(b, j + 1).is_ascii_lowercase())
                        || (at(b, j) == b'-' && username::admin_prefix(&b[i..j]))
                        || (j - i >= 7
                            && matches!(at(b, j), b'\t' | b'"' | b',' | b'|' | b';')
                            && memchr::memchr(b'_', &b[i..j]).is_some()))
                {
                    if let Some((s, e)) = username::name_login_at(b, i) {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                // `ANNA-PC`, `oguzhans-mbp`, `ThinkPad-Mursal`: an owner's
                // given name in a host label (`name::host_owner_at`). Only
                // a letter word before a `-` is tried: one byte's test (a
                // test for `_` inside every word cost 6% of syslog).
                if on.name && c.is_ascii_alphabetic() && at(b, j) == b'-' {
                    if let Some((s, e)) = name::host_owner_at(b, i) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                // `/personer/?q=Lindqvist`: a person searched for in a
                // register (`name::query_search_at`). Only a short word
                // between `?` or `&` and `=` is tried.
                if on.name
                    && j - i <= 6
                    && at(b, j) == b'='
                    && i > 0
                    && matches!(b[i - 1], b'?' | b'&')
                {
                    if let Some((s, e)) = name::query_search_at(b, i, j) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                // `lonespec_Warsame.pdf`, `CV_Răzvan_Popescu.docx`: a name
                // that ends a document's file name, read back from its
                // extension (`name::before_extension`).
                if on.name && i > 0 && b[i - 1] == b'.' && name::extension_word(b, i, j) {
                    if let Some((s, e)) = name::before_extension(b, i) {
                        // `Lönespec_Bram_van_Dijk.pdf`: the given name
                        // before the part found, a span of its own.
                        if let Some((gs, ge)) = name::given_before(b, s) {
                            push(gs, ge, Kind::PersonName);
                        }
                        push(s, e, Kind::PersonName);
                        i = j;
                        continue;
                    }
                }
                if b[j..].first().is_some_and(|&x| x >= 0x80) && class & util::DIGIT == 0 {
                    // A word that goes on in non-ASCII letters
                    // (`Handläggare:`, `käyttäjä=`) may be a key.
                    if let Some(e) = self.utf8_key_word(b, i, push_ref(&mut push)) {
                        i = e;
                        continue;
                    }
                    // `GÖRAN-LT`, `GRAŻYNA-PC`: a host label's owner
                    // written with non-ASCII letters.
                    if on.name && c.is_ascii_alphabetic() {
                        if let Some((s, e)) = name::host_owner_non_ascii_at(b, i) {
                            push(s, e, Kind::PersonName);
                            i = e;
                            continue;
                        }
                    }
                }
                // `q-7020-0731222057-20261211-...wav`: a call recording's
                // file name holds the caller's number.
                if on.phone
                    && at(b, j) == b'-'
                    && j - i <= 8
                    && (i == 0 || !is_word(b[i - 1]))
                    && phone::recording_type(&b[i..j])
                {
                    if let Some((to, from, e)) = phone::recording_parties(b, i, j) {
                        if let Some((s, e)) = to {
                            push(s, e, Kind::Phone);
                        }
                        push(from.0, from.1, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                // `/var/spool/sms/outgoing/larm_46701740683_17`,
                // `OUTA_0701740683_00.txt`: an SMS spool file's name holds
                // the number the message goes to or came from.
                if on.phone && j - i >= 12 && i > 0 && matches!(b[i - 1], b'/' | b' ') {
                    if let Some((s, e)) = phone::spool_word(b, i, j) {
                        push(s, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                // `SE556016068001`: a VAT registration number is its
                // organisationsnummer.
                if on.orgnr && j - i == 14 && (c | 0x20) == b's' && idnum::vat_at(b, i, j) {
                    push(i, j, Kind::Orgnr);
                    i = j;
                    continue;
                }
                let next = if class & util::DIGIT != 0 {
                    self.digit_word(b, i, j, &mut push)
                } else if let Some(e) = on.ipv4.then(|| glued_dashed_ipv4(b, i, j)).flatten() {
                    push(e.0, e.1, Kind::HostIpv4);
                    Some(e.1)
                } else if let Some(e) = on.ipv4.then(|| named_ipv4(b, i, j)).flatten() {
                    push(e.0, e.1, Kind::Ipv4);
                    Some(e.1)
                } else if (class & util::CUE != 0
                    && ((class & util::HEX != 0 && hex_shaped(b, i, j))
                        || (on.keywords() && username::may_be_keyword(c, j - i))))
                    || ((on.username || on.badge) && username::key_follows(b, j))
                {
                    self.letter_word(b, i, j, &mut push)
                } else {
                    // Neither a keyword nor a hex group: most words.
                    None
                };
                i = next.unwrap_or(j);
                continue;
            }
            if class & (util::SPECIAL | util::LEAD) == 0 {
                i += 1;
                continue;
            }
            // `linkedin.com/in/żaneta-wójcik-f67991c4`: read once; a slug
            // that is none falls through to the other readers below.
            if on.name && (0xC2..=0xF4).contains(&c) && i > 3 && b[i - 1] == b'/' {
                if let Some((s, e)) = name::slug_at(b, i) {
                    push(s, e, Kind::PersonName);
                    i = e;
                    continue;
                }
            }
            match c {
                // Not 0xEF: full-width digits and signs, read below.
                0xC2..=0xEE | 0xF0..=0xF4
                    if (on.username || on.badge)
                        && (i == 0 || !(is_word(b[i - 1]) || b[i - 1] >= 0x80)) =>
                {
                    // A key that starts with a non-ASCII letter (`Ägare:`).
                    if let Some(e) = self.utf8_key_word(b, i, push_ref(&mut push)) {
                        i = e;
                        continue;
                    }
                    if on.name && name::may_start(b, i) {
                        if let Some((s, e)) = name::at(b, i) {
                            push(s, e, Kind::PersonName);
                            // `王 建国 (wang.jianguo)`: the holder's account.
                            if on.username && (at(b, e + 1) == b'(' || at(b, e) == b',') {
                                if let Some((us, ue)) = username::after_name(b, s, e) {
                                    push(us, ue, Kind::Username);
                                }
                            }
                            i = e;
                            continue;
                        }
                    }
                    // `ÅSA-LT`, `ÇAĞLA-PC`: a host label's owner.
                    if on.name {
                        if let Some((s, e)) = name::host_owner_non_ascii_at(b, i) {
                            push(s, e, Kind::PersonName);
                            i = e;
                            continue;
                        }
                    }
                }
                0xC2..=0xF4 if on.name && name::may_start(b, i) => {
                    if let Some((s, e)) = name::at(b, i) {
                        push(s, e, Kind::PersonName);
                        if on.username && (at(b, e + 1) == b'(' || at(b, e) == b',') {
                            if let Some((us, ue)) = username::after_name(b, s, e) {
                                push(us, ue, Kind::Username);
                            }
                        }
                        i = e;
                        continue;
                    }
                    if let Some((s, e)) = name::host_owner_non_ascii_at(b, i) {
                        push(s, e, Kind::PersonName);
                        i = e;
                        continue;
                    }
                }
                // `IN20260314_091204_00_+46701740683_00.txt`: a part of an
                // SMS spool file's name.
                b'+' if on.phone && i > 0 && b[i - 1] == b'_' && is_digit(at(b, i + 1)) => {
                    if let Some(e) = phone::spool_number(b, i) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                b'+' if (on.phone || on.sip)
                    && (is_digit(at(b, i + 1)) || phone::digit_at(b, i + 1).is_some())
                    && (i == 0 || !(is_word(b[i - 1]) || b[i - 1] == b'+')) =>
                {
                    if let Some(e) = phone::at_pos(b, i).or_else(|| phone::cued_intl_at(b, i)) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                }
                b':' if on.ipv6 && at(b, i + 1) == b':' => {
                    if let Some((s, e)) = ip::ipv6_at(b, i) {
                        push(s, e, Kind::Ipv6);
                        // Dovecot's `pam(alice,::ffff:192.0.2.7,<...>)`.
                        if on.username && s > 0 && b[s - 1] == b',' {
                            if let Some((us, ue)) = username::before_ip(b, s, e) {
                                push(us, ue, Kind::Username);
                            }
                        }
                        i = e;
                        continue;
                    }
                }
                // `(alice@192.0.2.7)`, `'alice'@'10.0.0.5'`: an account at
                // an address, which no mailbox is.
                b'@' if on.username
                    && (is_digit(at(b, i + 1)) || matches!(at(b, i + 1), b'\'' | b'['))
                    && username::before_at_ip(b, i).is_some() =>
                {
                    if let Some((s, e)) = username::before_at_ip(b, i) {
                        push(s, e, Kind::Username);
                    }
                    i += 1;
                    continue;
                }
                b'@' if on.phone && i > 0 && is_digit(b[i - 1]) => {
                    if let Some(s) = phone_before_at(b, i) {
                        push(s, i, Kind::Phone);
                    } else if let Some((s, e)) = on
                        .username
                        .then(|| {
                            username::before_at_db(b, i).or_else(|| username::before_at_host(b, i))
                        })
                        .flatten()
                    {
                        // PostgreSQL's `kb4711@payroll LOG:`.
                        push(s, e, Kind::Username);
                    } else if on.email {
                        if let Some((s, e, k)) = email::at_sign(b, i, on.sip) {
                            if k == Kind::Email || on.username {
                                push(s, e, k);
                            }
                            // `kberg <karin.berg4@example.se>`.
                            if k == Kind::Email && on.username {
                                if let Some((us, ue)) = owner_of_mailbox(b, s, i) {
                                    push(us, ue, Kind::Username);
                                }
                            }
                            i = if k == Kind::Email { e } else { i + 1 };
                            continue;
                        }
                    }
                }
                b'@' if on.email => {
                    if let Some((s, e, k)) = email::at_sign(b, i, on.sip) {
                        if k == Kind::Email || on.username {
                            push(s, e, k);
                        }
                        // `New user registered: kberg <karin.berg@example.se>`.
                        if k == Kind::Email && on.username {
                            if let Some((us, ue)) = owner_of_mailbox(b, s, i) {
                                push(us, ue, Kind::Username);
                            }
                        }
                        // The realm of a principal is not scanned again.
                        i = if k == Kind::Email { e } else { i + 1 };
                        continue;
                    }
                    // PostgreSQL's `alice@payroll LOG:`, ssh's `kberg@web01:`.
                    if on.username {
                        if let Some((s, e)) =
                            username::before_at_db(b, i).or_else(|| username::before_at_host(b, i))
                        {
                            push(s, e, Kind::Username);
                        }
                    }
                }
                b'\\' if on.username => {
                    if let Some((s, e)) = username::after_backslash(b, i) {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                b'~' if on.username && i > 0 && b[i - 1] == b'/' => {
                    if let Some((s, e)) = username::user_web_dir(b, i) {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                b'(' if on.username && at(b, i + 1).is_ascii_alphabetic() => {
                    if let Some((s, e)) =
                        username::cron_user(b, i).or_else(|| username::dovecot_user(b, i))
                    {
                        push(s, e, Kind::Username);
                        i = e;
                        continue;
                    }
                }
                b'(' if on.phone && is_digit(at(b, i + 1)) && (i == 0 || !is_word(b[i - 1])) => {
                    // `(08) 465 004 35`, `(617) 555-0176`.
                    if let Some(e) = phone::at_pos(b, i) {
                        push(i, e, Kind::Phone);
                        i = e;
                        continue;
                    }
                    // `Tel. (11) 91234-5678`, `Ring mig på (067) 101-85-80`:
                    // an area code in brackets of a plan the ones above do
                    // not read, after a cue or under a phone key.
                    if let Some(e) = phone::bracketed_national(b, i) {
                        if idnum::tail_ok(b, e)
                            && (phone::cue_before(b, i)
                                || phone::cue_after(b, e)
                                || idnum::context(b, i) == idnum::Context::Phone)
                            && !phone::ticket_before(b, i)
                        {
                            push(i, e, Kind::Phone);
                            i = e;
                            continue;
                        }
                    }
                }
                0xef if on.phone && i + 2 < n && b[i + 1] == 0xbc => {
                    // Full-width digits or plus sign (`＋４６７０...`).
                    let start = phone::plus_at(b, i) > 0 || phone::digit_at(b, i).is_some();
                    let glued = i >= 3 && phone::digit_at(b, i - 3).is_some();
                    if start && !glued {
                        if let Some(e) = phone::at_pos(b, i) {
                            push(i, e, Kind::Phone);
                            i = e;
                            continue;
                        }
                    }
                    i += 3;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// A word `b[i..j]` that starts with a digit. Returns where to resume if
    /// something was found.
    fn digit_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        let nx = at(b, j);
        if j - i == 2 && nx == b':' && time_at(b, i) {
            // `07:12:00`, the most common digits in a log line: too few
            // groups for a MAC or an IPv6 address, and no number.
            if on.username && matches!(at(b, i + 8), b',' | b'\t' | b';') {
                // An accounting row's user column after its timestamp.
                if let Some((s, e)) = username::after_timestamp(b, i, i + 8) {
                    push(s, e, Kind::Username);
                    return Some(e);
                }
            }
            return Some(i + 8);
        }
        let de = digits_end(b, i);
        if on.ipv4 && de == j && nx == b'.' {
            if let Some(e) = ip::ipv4_at(b, i) {
                push(i, e, Kind::Ipv4);
                if on.username {
                    if i > 0
                        && (matches!(b[i - 1], b'/' | b',' | b' ' | b'"' | b'<' | b'\'')
                            || (b[i - 1] == b':' && at(b, i.wrapping_sub(2)) == b']'))
                    {
                        if let Some((s, e)) = username::before_ip(b, i, e) {
                            push(s, e, Kind::Username);
                        }
                    }
                    // strongSwan: `assigning virtual IP 10.3.0.7 to peer 'x'`.
                    if at(b, e) == b' ' && at(b, e + 1) == b't' {
                        if let Some((s, e)) = username::ike_peer_after_ip(b, e) {
                            push(s, e, Kind::Username);
                        }
                    }
                    if i > 1 && b[i - 1] == b'(' {
                        if let Some((s, e)) = username::before_paren_ip(b, i, e) {
                            push(s, e, Kind::Username);
                        }
                    }
                    if matches!(at(b, e), b'[' | b':') {
                        if let Some((s, ue)) = username::after_ip(b, i, e) {
                            push(s, ue, Kind::Username);
                            return Some(ue);
                        }
                    }
                    if at(b, e) == b' ' {
                        if let Some((s, ue)) = username::after_ip_clf(b, e) {
                            push(s, ue, Kind::Username);
                            return Some(ue);
                        }
                    }
                    // A TACACS+ accounting record: the user column after
                    // the NAS address.
                    if matches!(at(b, e), b'\t' | b' ') {
                        if let Some((s, ue)) = username::tacacs_acct_user(b, e) {
                            push(s, ue, Kind::Username);
                            return Some(ue);
                        }
                    }
                }
                return Some(e);
            }
            if let Some(e) = ip::arpa_ipv4_at(b, i) {
                push(i, e, Kind::ArpaIpv4);
                return Some(e);
            }
        }
        if on.ipv4 && de == j && nx == b'-' {
            if let Some(e) = ip::dashed_ipv4_at(b, i) {
                push(i, e, Kind::HostIpv4);
                return Some(e);
            }
        }
        if on.phone
            && de == j
            && i >= 7
            && b[i - 1] == b'-'
            && phone::gpsi_msisdn(b, i, j)
            && idnum::tail_ok(b, j)
        {
            // `GPSI msisdn-46701740683`, `"gpsi":"msisdn-..."`: the
            // subscriber's number, typed by its 3GPP prefix (a
            // compound token's suffix is otherwise no number).
            push(i, j, Kind::Phone);
            return Some(j);
        }
        if i > 0 {
            // Inside a dotted, dashed or timed run (`v1.2`, `2026-02-09`,
            // `12:30`) or as the suffix of a compound token
            // (`trunk-03375721`) no number starts.
            let p = b[i - 1];
            let pp = if i > 1 { b[i - 2] } else { 0 };
            let ipv6_tag = p == b':' && i >= 5 && b[i - 5..i - 1].eq_ignore_ascii_case(b"ipv6");
            if ((matches!(p, b'.' | b'-') && is_word(pp))
                || (matches!(p, b':' | b',') && is_digit(pp)))
                && !ipv6_tag
                && !(p == b',' && on.mac && mac::after_hw_type(b, i))
                // A list of addresses (`192.0.2.55,2001:db8::fde`, as
                // SentinelOne's `sourceIpAddresses` joins them): an IPv6
                // address after the comma is one.
                && !(p == b',' && on.ipv6 && nx == b':' && ip::ipv6_at(b, i).is_some())
            {
                return None;
            }
        }
        if on.phone && de == j && i > 0 && b[i - 1] == b'<' && b[j..].starts_with(b">->") {
            return Some(dialplan_leg(b, i, j, push));
        }
        // MAC and card readers take hex in pairs, and only an IPv6 address
        // has a group of one or three before `:`: not `5.2`, `0.12`, `2.0.0`.
        if hex_shaped(b, i, j) && !((j - i) % 2 == 1 && nx != b':') {
            if let Some(r) = self.hex_word(b, i, j, push) {
                return Some(r);
            }
        }
        if de != j || !on.numeric() {
            return None;
        }
        let len = j - i;
        if on.phone
            && len <= 15
            && i > 0
            && matches!(b[i - 1], b'=' | b':' | b'"')
            && phone::sip_user_before(b, i)
            && idnum::tail_ok(b, j)
            && !phone::is_service(&b[i..j])
            && phone::at_pos(b, i).is_none()
        {
            // The user part of a SIP URI under its accounting key is the
            // number dialled or calling, in any form: an extension
            // (`src_user=2350`), a national number the plan does not know
            // (`dst_ouser=0540696464`); service numbers (`dst_user=112`)
            // reach no person.
            push(i, j, Kind::Phone);
            return Some(j);
        }
        if on.phone
            && (2..=15).contains(&len)
            && phone::account_key_end(b, i)
            && idnum::tail_ok(b, j)
            && !phone::is_service(&b[i..j])
            && phone::sip_account_before(b, i)
        {
            // `AccountID="2001"` of an Asterisk security event, `auth
            // failed ... user=2001` of a SIP proxy: the SIP account of a
            // telephony event is its subscriber's line.
            push(i, j, Kind::Phone);
            return Some(j);
        }
        if on.phone && phone::tel_local(b, i, j) {
            // `<tel:4291;phone-context=pbx.example.se>`: a local number.
            push(i, j, Kind::Phone);
            return Some(j);
        }
        if on.phone && (2..=6).contains(&len) && phone::extension_before(b, i) {
            // `from ext 731`, `Durchwahl: 4711`: a person's line by its extension.
            push(i, j, Kind::Phone);
            return Some(j);
        }
        if on.phone && b[i] == b'8' && matches!(len, 1 | 4 | 11) {
            // `тел. 8 (495) 123-45-67`, `моб. 8-912-345-67-89`: the trunk
            // `8` of Russia, Belarus and Kazakhstan, after a cue.
            if let Some(e) = phone::trunk8_at(b, i) {
                if idnum::tail_ok(b, e) && phone::cue_before(b, i) && !phone::ticket_before(b, i) {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
        }
        if on.phone
            && b[i] != b'0'
            && (2..=4).contains(&len)
            // A group must follow: alone, two to four digits are too few
            // (`duration=139 sentbyte`).
            && ((matches!(nx, b' ' | b'-' | b'.') && is_digit(at(b, j + 1)))
                || (nx >= 0xc2 && phone::group_sep(b, j)))
            && !(i >= 2 && b[i - 1] == b' ' && is_digit(b[i - 2]))
        {
            // `PhoneNumber=695 917 1283`, `kontakt via 917 833 531`: a
            // national number of a plan without a trunk `0`, under a phone
            // key, or after a telephony cue if a plan holds it.
            let mut d = [0u8; 12];
            if let Some((e, nd)) = phone::grouped_plain(b, i, &mut d) {
                let ctx = idnum::context(b, i);
                let ok = ctx == idnum::Context::Phone
                    || (ctx == idnum::Context::None
                        && (phone::cue_before(b, i) || phone::cue_after(b, e))
                        && !phone::ticket_before(b, i)
                        && phone::national_no_trunk(&d[..nd]));
                if ok && idnum::tail_ok(b, e) {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
        }
        if on.imei && matches!(len, 2 | 8) && matches!(nx, b'-' | b' ' | b'/') {
            // `35-209900-176148-1`, `35209900-176148-1` (`urn:gsma:imei:`).
            if let Some(e) = imei::grouped_at(b, i, || imei::cue_before(b, i)) {
                push(i, e, Kind::Imei);
                return Some(e);
            }
        }
        if on.phone && matches!(len, 3 | 7) && b[i] != b'0' {
            // `í síma 881 6086`, `tel. 8684593`, `call 555-0143`: seven
            // digits right after a cue.
            if let Some(e) = phone::seven_after_cue(b, i) {
                if idnum::tail_ok(b, e) {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
        }
        if on.phone && b[i] != b'0' && (len == 3 || (len == 1 && b[i] == b'1')) {
            // North American spellings: `617-555-0176`, `202.555.0141`,
            // `1-212-555-0167`; the numbering plan decides.
            // Only with a digit group after the separator: alone, three
            // digits are no number (`duration=139 sentbyte`).
            if matches!(nx, b'-' | b'.' | b' ')
                && phone::digit_at(b, j + 1).is_some()
                && !(nx == b'.' && ip::after_version_word(b, i))
            {
                if let Some(e) = phone::at_pos(b, i) {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
            return None;
        }
        // Only phone numbers start with `0` in any length; the other
        // numbers have fixed digit counts, and a bare international number
        // (8-15 digits) needs its key.
        let phone_start = b[i] == b'0' && on.phone;
        let keyed_phone = on.phone && (8..=15).contains(&len) && b[i] != b'0';
        if !(phone_start || keyed_phone || matches!(len, 6 | 8 | 10 | 12 | 15)) {
            // `old_imeisv=3548260512345601`: an IMEISV of sixteen digits
            // from a reporting body other than `01`-`09`, after its word.
            if on.imei
                && len == 16
                && idnum::tail_ok(b, j)
                && imei::imei_unchecked(&b[i..j])
                && imei::cue_before(b, i)
            {
                push(i, j, Kind::Imei);
                return Some(j);
            }
            return None;
        }
        // `dcs=0`, `err=000`, `(uid=0)`: a short run from `0` with no digit
        // group after it holds too few digits for any number read below.
        if phone_start && len <= 5 && lone_group(b, j) {
            return None;
        }
        // A run under a key that names an id, a counter or a time is none
        // of ours (`logid="0101039424"`); one under a phone key is tried as
        // a phone first. The key is read only for candidates.
        if on.phone && b[i] == b'0' && (9..=12).contains(&len) && phone::national_any(&b[i..j]) {
            // `caller="02121426970"`: a national number of another country
            // under a phone key.
            if phone::at_pos(b, i).is_none()
                && idnum::tail_ok(b, j)
                && idnum::context(b, i) == idnum::Context::Phone
            {
                push(i, j, Kind::Phone);
                return Some(j);
            }
        }
        if on.phone && b[i] == b'0' {
            let found = phone::at_pos(b, i);
            // After a telephony cue, a national number of any country as
            // people group it (`Anrufer: 0171 2345678`, `call from 01 42
            // 68 53 00`), when it is longer than what the plans above read.
            if let Some(e) = phone::cued_national(b, i) {
                if found.is_none_or(|f| e > f)
                    && idnum::tail_ok(b, e)
                    && (phone::cue_before(b, i)
                        || idnum::context(b, i) == idnum::Context::Phone
                        || cdr_cell(b, i, e)
                        || phone::cue_after(b, e))
                    && !phone::ticket_before(b, i)
                {
                    push(i, e, Kind::Phone);
                    return Some(e);
                }
            }
            let found = found.or_else(|| {
                // `mobil 0046 31 075 38 33`: an international number the
                // plan does not hold, after a cue.
                (at(b, i + 1) == b'0')
                    .then(|| phone::cued_intl_at(b, i))
                    .flatten()
            });
            if let Some(e) = found {
                if idnum::context(b, i) == idnum::Context::Ticket {
                    return Some(e);
                }
                let k = if e == j && len == 10 && on.pnr {
                    self.phone_or_pnr(b, i)
                } else {
                    Kind::Phone
                };
                push(i, e, k);
                return Some(e);
            }
        }
        if on.imei
            && len == 15
            && idnum::tail_ok(b, j)
            && imei::imei_valid(&b[i..j])
            && imei::cue_before(b, i)
        {
            push(i, j, Kind::Imei);
            return Some(j);
        }
        if on.imei
            && matches!(len, 14 | 16)
            && idnum::tail_ok(b, j)
            && imei::imei_unchecked(&b[i..j])
            && imei::cue_before(b, i)
        {
            // `IMEISV 3548260512345601`, `IMEI 35482605123456`,
            // `IMEISV 35482605123456/01`.
            let e = imei::sv_suffix(b, i, j).unwrap_or(j);
            push(i, e, Kind::Imei);
            return Some(e);
        }
        let ctx = if keyed_phone {
            idnum::context(b, i)
        } else {
            idnum::Context::None
        };
        if ctx == idnum::Context::Ticket {
            return None;
        }
        // The user part of a SIP URI that is all digits is a dialled number
        // (`src_user=3442897023`, OpenSIPS's and Kamailio's accounting).
        let sip_user = keyed_phone && phone::sip_user_before(b, i);
        let word_cued = ctx == idnum::Context::Phone
            || sip_user
            || (ctx == idnum::Context::None
                && keyed_phone
                && (phone::cue_before(b, i) || phone::cue_after(b, j))
                // `رقم الجوال +46..., رقم العملية 5796700012345`: the
                // transaction's number after the phone's cue is none.
                && !phone::ticket_before(b, i));
        // A cell of a pipe-separated call record is evidence of a number,
        // not of its country: there a bare run must read as an international
        // number (or a North American or Swedish one), not as a national
        // number of one of the plans without a trunk `0`, which a random
        // counter or session id of 8-12 digits often is.
        // `MT-BLOCK src=46701740683 dst=447911123456 imsi=...`: one end of
        // a message under its party key, on a line of a mobile core or an
        // SMS product (SMS firewalls, SMSCs, SMPP gateways, HLRs), is an
        // MSISDN written without its `+`, if it is a valid international
        // number; short codes (`dst=1414`) are too short to be read here.
        if !word_cued
            && ctx == idnum::Context::None
            && keyed_phone
            && idnum::tail_ok(b, j)
            && phone::party_key_before(b, i)
            && phone::bare_intl(&b[i..j])
            && !phone::date_stamp(&b[i..j])
            && imei::mobile_evidence(b, i)
        {
            push(i, j, Kind::Phone);
            return Some(j);
        }
        let cell = !word_cued && ctx == idnum::Context::None && keyed_phone && cdr_cell(b, i, j);
        let cued = word_cued || cell;
        if keyed_phone && cued && idnum::tail_ok(b, j) {
            let d = &b[i..j];
            // Under a phone key (`MSISDN=4680903641`) a run of 8-15 digits
            // is the number its key says, valid in its plan or not.
            if ctx == idnum::Context::Phone
                || sip_user
                || (phone::bare_intl(d) && !phone::date_stamp(d))
                || phone::nanp_valid(d)
                || phone::se_nsn(d).is_some()
                // `mitt nya nummer är 13812345678`, `mob. 9123456789`: a
                // mobile number written without its country's trunk.
                // After a `+` the digits are an international number or
                // none: the international reading above has had its say.
                || (!cell
                    && (i == 0 || b[i - 1] != b'+')
                    && phone::national_no_trunk(d)
                    && !phone::date_stamp(d)
                    && !phone::ticket_before(b, i))
            {
                push(i, j, Kind::Phone);
                return Some(j);
            }
        }
        if on.imsi && len == 15 && imei::bare_imsi(b, i, j) {
            // `subscriber 240011234567890 detached`, `[240011234567890]
            // Attach request` in a mobile core's log.
            push(i, j, Kind::Imsi);
            return Some(j);
        }
        if on.pnr || on.orgnr {
            if let Some((e, k)) = idnum::at_pos(b, i, on.pnr, on.orgnr, self.year) {
                push(i, e, k);
                return Some(e);
            }
        }
        if on.imei
            && j - i == 15
            && idnum::tail_ok(b, j)
            && imei::imei_valid(&b[i..j])
            && !imei::other_id_before(b, i)
        {
            push(i, j, Kind::Imei);
            return Some(j);
        }
        None
    }

    /// A bare 10-digit run that is a valid mobile number may also be the
    /// personnummer of someone born 2000-2009 (`0701151234`). The key before
    /// it decides; without one, a personnummer reading wins over a
    /// samordningsnummer reading, which would need day + 60 to line up with
    /// the subscriber digits.
    fn phone_or_pnr(&self, b: &[u8], i: usize) -> Kind {
        let Some((_, k)) = idnum::at_pos(b, i, true, false, self.year) else {
            return Kind::Phone;
        };
        match idnum::context(b, i) {
            idnum::Context::Pnr | idnum::Context::Id => k,
            idnum::Context::Phone | idnum::Context::Org | idnum::Context::Ticket => Kind::Phone,
            idnum::Context::None if k == Kind::Personnummer => k,
            idnum::Context::None => Kind::Phone,
        }
    }

    /// A short hex word followed by `:`, `-` or `.`: a MAC or an IPv6 address.
    #[inline(never)]
    fn hex_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if !hex_shaped(b, i, j) || !(on.mac || on.ipv6) {
            return None;
        }
        if !b[i..j].iter().all(|&c| is_hex(c)) {
            return None;
        }
        if on.badge {
            if let Some(e) = mac::card_uid_at(b, i) {
                push(i, e, Kind::Badge);
                return Some(e);
            }
        }
        if on.mac {
            if let Some(e) = mac::at_pos(b, i) {
                push(i, e, Kind::Mac);
                return Some(e);
            }
            if let Some((dst, src, e)) = mac::netfilter_at(b, i) {
                // A broadcast or multicast destination names no device.
                if mac::personal(&b[dst.0..dst.1]) {
                    push(dst.0, dst.1, Kind::Mac);
                }
                push(src.0, src.1, Kind::Mac);
                return Some(e);
            }
            if let Some(e) = mac::other_at(b, i, || mac::cue_before(b, i)) {
                if mac::personal(&b[i..e]) {
                    push(i, e, Kind::Mac);
                }
                return Some(e);
            }
            if let Some((s, e)) = mac::in_client_id(b, i) {
                push(s, e, Kind::Mac);
                return Some(e);
            }
        }
        if on.ipv6 && at(b, j) == b':' {
            if let Some((s, e)) = ip::ipv6_at(b, i) {
                push(s, e, Kind::Ipv6);
                if on.username && s > 0 && b[s - 1] == b',' {
                    if let Some((us, ue)) = username::before_ip(b, s, e) {
                        push(us, ue, Kind::Username);
                    }
                }
                return Some(e);
            }
        }
        None
    }

    /// A word `b[i..j]` that starts with a letter or `_`; the scan loop
    /// calls it only for words shaped like a keyword or a hex group.
    fn letter_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if is_hex(b[i]) && hex_shaped(b, i, j) {
            if let Some(r) = self.hex_word(b, i, j, push) {
                return Some(r);
            }
        }
        if !on.keywords() || j - i > 14 {
            return self.key_word(b, i, j, push);
        }
        let Some(kw) = username::keyword(&b[i..j]) else {
            return self.key_word(b, i, j, push);
        };
        match kw {
            Keyword::Sip | Keyword::Channel if at(b, j) == b'/' && (on.username || on.phone) => {
                if let Some((s, e, k)) = username::channel(b, i, j) {
                    if (k == Kind::Phone && on.phone) || (k == Kind::Username && on.username) {
                        push(s, e, k);
                    }
                    return Some(e);
                }
            }
            Keyword::Sip if on.sip => {
                if let Some((s, e, k)) = username::sip_user(b, i, j) {
                    if k == Kind::Phone || on.username {
                        push(s, e, k);
                    }
                    // The `@` after the user part is left to the host scan.
                    return Some(e);
                }
            }
            Keyword::Imsi | Keyword::Imei if on.imsi || on.imei => {
                let imsi = kw == Keyword::Imsi;
                if let Some((s, e)) = imei::value_after_key(b, j) {
                    let d = &b[s..e];
                    if imsi && on.imsi && imei::imsi_valid(d) {
                        push(s, e, Kind::Imsi);
                        return Some(e);
                    }
                    if !imsi
                        && on.imei
                        && (imei::imei_unchecked(d) || d.len() == 15 && util::luhn(d))
                    {
                        // `IMEISV: 35209900627260/01`.
                        let e = imei::sv_suffix(b, s, e).unwrap_or(e);
                        push(s, e, Kind::Imei);
                        return Some(e);
                    }
                }
            }
            Keyword::Badge if on.badge && matches!(at(b, j), b' ' | b'-' | b'#') => {
                if let Some((s, e)) = username::badge_after_word(b, j) {
                    push(s, e, Kind::Badge);
                    return Some(e);
                }
            }
            // `Token 41122334` (Paxton Net2), `tag 0A1B2C3D`, `Medium
            // 12345678`: a card only in an access event, and only a value
            // shaped like a card number.
            Keyword::Token if on.badge && matches!(at(b, j), b' ' | b'-' | b'#' | b':') => {
                if let Some((s, e)) = username::badge_after_word(b, j) {
                    if badge::card(&b[s..e]) && badge::access_event(b) {
                        push(s, e, Kind::Badge);
                        return Some(e);
                    }
                }
            }
            Keyword::Wiegand if on.badge => {
                if let Some((s, e)) = badge::after_wiegand(b, j) {
                    push(s, e, Kind::Badge);
                    return Some(e);
                }
            }
            Keyword::Mac if on.mac && at(b, j) == b' ' => {
                // `for mac 021A2B3C4D64`, `MAC f4f5.d8f3.6cc4`: a MAC the
                // hex scan does not take without its separators.
                let s = j + 1;
                let e = util::word_end(b, s);
                let e = if at(b, e) == b'.' {
                    util::word_end(b, e + 1)
                } else {
                    e
                };
                let e = if at(b, e) == b'.' {
                    util::word_end(b, e + 1)
                } else {
                    e
                };
                if let Ok(v) = std::str::from_utf8(&b[s..e]) {
                    if keys::bare_mac(v) && mac::personal(v.as_bytes()) {
                        push(s, e, Kind::Mac);
                        return Some(e);
                    }
                }
            }
            Keyword::Sip
            | Keyword::Imsi
            | Keyword::Imei
            | Keyword::Channel
            | Keyword::Badge
            | Keyword::Token
            | Keyword::Wiegand
            | Keyword::Mac => {}
            _ if on.username => {
                if let Some((s, e)) = username::at_keyword(b, i, j, kw) {
                    push(s, e, Kind::Username);
                    // An account found past other words (Cyrus's `login:
                    // host [192.0.2.7] alice`): what lies between is read
                    // too, or its address would be skipped.
                    // So is a holder's name before the login in brackets
                    // (`user:"Karin Berg (kberg)"`).
                    let between = &b[j.min(s)..s];
                    return if between.iter().any(|&c| c.is_ascii_digit() || c == b'(') {
                        Some(j)
                    } else {
                        Some(e.max(j))
                    };
                }
                // An account key's `key=value` was read above.
                if matches!(kw, Keyword::User | Keyword::Key) {
                    return None;
                }
            }
            _ => {}
        }
        self.key_word(b, i, j, push)
    }

    /// A word from `i` that goes on in non-ASCII letters and is the key of
    /// a `key=value` or `Key: value` (`Handläggare: k.berg`,
    /// `käyttäjä=mvirtanen`). Returns where to resume if a value was found.
    #[inline(never)]
    fn utf8_key_word(
        &self,
        b: &[u8],
        i: usize,
        push: &mut dyn FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        if !(self.on.username || self.on.badge) {
            return None;
        }
        let mut j = i;
        while j < b.len() && j - i < 48 && (is_word(b[j]) || b[j] >= 0x80) {
            j += 1;
        }
        if j - i >= 48 {
            return None;
        }
        if !username::key_follows(b, j) {
            // `användare a815204`, `Användare eseo (Eun-ji Seo)`: the word
            // for a user, written with its letters, before the account.
            if self.on.username && at(b, j) == b' ' && username::utf8_user_word(&b[i..j]) {
                if let Some((s, e)) = username::at_keyword(b, i, j, Keyword::User) {
                    push(s, e, Kind::Username);
                    return Some(e);
                }
            }
            // `Handläggare kberg öppnade ärende`: a role noun, the login.
            if self.on.username && at(b, j) == b' ' && username::utf8_role_word(&b[i..j]) {
                if let Some((s, e)) = username::at_keyword(b, i, j, Keyword::Role) {
                    push(s, e, Kind::Username);
                    return Some(e);
                }
            }
            // `lösenord återställt för kberg`: a credential's account.
            if self.on.username && username::utf8_for_word(&b[i..j]) {
                if let Some((s, e)) = username::credential_for(b, i, j) {
                    push(s, e, Kind::Username);
                    return Some(e);
                }
            }
            return None;
        }
        let mut p = |s: usize, e: usize, k: Kind| push(s, e, k);
        self.key_word(b, i, j, &mut p)
    }

    /// A letter word that is the last part of a `key=value` whose key names
    /// an account (`TargetUserName=`, `"preferred_username": "`,
    /// `User-Name = "`) or a badge (`badge_id=`, `cardNo:`), outside the
    /// keyword table.
    ///
    /// The test for a key's end is made here, in line: most words that
    /// reach this are no key, and a call for each cost more than the test.
    #[inline(always)]
    fn key_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        if !(on.username || on.badge) || !username::key_follows(b, j) {
            return None;
        }
        self.key_value_word(b, i, j, push)
    }

    /// [`Self::key_word`] once a key's end follows the word.
    #[inline(never)]
    fn key_value_word(
        &self,
        b: &[u8],
        i: usize,
        j: usize,
        push: &mut impl FnMut(usize, usize, Kind),
    ) -> Option<usize> {
        let on = &self.on;
        let (s, e, k) = username::key_value(b, i, j)?;
        if (k == Kind::Username && !on.username) || (k == Kind::Badge && !on.badge) {
            return None;
        }
        push(s, e, k);
        // `src_user_name:"Karin Berg (kberg)"`: the name before the login
        // is read too.
        if b[j.min(s)..s].contains(&b'(') {
            return Some(j);
        }
        Some(e.max(j))
    }
}

/// The scan's push closure as a trait object, for the rare paths that
/// need not be generic over it.
#[inline(always)]
fn push_ref(push: &mut impl FnMut(usize, usize, Kind)) -> &mut dyn FnMut(usize, usize, Kind) {
    push
}

/// True if the word `b[i..j]` is short enough to be a hex group and is
/// followed by a MAC or IPv6 separator; checked before the call, which is
/// rare.
#[inline(always)]
fn hex_shaped(b: &[u8], i: usize, j: usize) -> bool {
    (j - i <= 4 && matches!(at(b, j), b':' | b'-' | b'.')) || (j - i == 6 && at(b, j) == b'-')
}

/// A MAC that is a whole word `b[i..j]` of twelve bare hex digits
/// ([`bare_mac`]) or the end of a Cisco device name of fifteen
/// (`SEP0C8DDBCFF399`: a phone named by its MAC). Out of line: words of
/// those lengths are few.
#[inline(never)]
fn mac_word(b: &[u8], i: usize, j: usize, class: u8) -> Option<(usize, usize)> {
    if j - i == 12 {
        return (class & util::HEX != 0)
            .then(|| bare_mac(b, i, j))
            .flatten()
            .map(|e| (i, e));
    }
    mac::device_name(b, i, j).map(|s| (s, j))
}

/// Twelve bare hex digits `b[i..j]` (a whole word) after a word that names
/// a MAC: `hwaddr 3c22fb123456`, `client-mac=3C22FB123456`, FreeRADIUS's
/// `cli 3C22FB123456`. Without the cue a run of twelve hex digits is as
/// likely a short hash or an id, unless its first six are a registered
/// manufacturer prefix ([`mac::registered_bare`]). Returns its end.
#[inline(never)]
fn bare_mac(b: &[u8], i: usize, j: usize) -> Option<usize> {
    let v = &b[i..j];
    let glued = i > 0 && matches!(b[i - 1], b'-' | b'.' | b'/');
    let c = at(b, j);
    let continued = matches!(c, b'-' | b'.' | b':' | b'/') && is_word(at(b, j + 1));
    let ok = v.iter().all(|&c| is_hex(c))
        && v.iter().any(u8::is_ascii_digit)
        && mac::personal(v)
        && ((!glued && !continued && (mac::cue_before(b, i) || mac::registered_bare(b, i, j)))
            || mac::config_file(b, i, j)
            || (!continued && mac::device_id_suffix(b, i, j)));
    ok.then_some(j)
}

/// The login written as the display name of the mailbox whose local part
/// starts at `s` (`kberg <karin.berg@example.se>`), when the mailbox is in
/// angle brackets: [`username::before_mailbox`] decides the word.
fn owner_of_mailbox(b: &[u8], s: usize, at_sign: usize) -> Option<(usize, usize)> {
    if s > 2 && b[s - 1] == b'<' {
        username::before_mailbox(b, s, at_sign)
    } else {
        None
    }
}

/// A dialled number right before the `@` at `a` in an Asterisk dialplan
/// location or dial target (`[07477394335@from-internal:1]`,
/// `"46701740683@trunk"`): digits (and a `+`) from a bracket, quote or
/// space, which are no e-mail local part (the e-mail reading failed).
/// Channel names (`PJSIP/...@`) are read by the channel rule.
fn phone_before_at(b: &[u8], a: usize) -> Option<usize> {
    let mut s = a;
    while s > 0 && a - s <= 16 && is_digit(b[s - 1]) {
        s -= 1;
    }
    if s > 0 && b[s - 1] == b'+' {
        s -= 1;
    }
    let lead = if s == 0 { b' ' } else { b[s - 1] };
    // `|` separates the fields of SBC and PBX CDRs written to syslog
    // (AudioCodes' `|CALL_START |SBC |...|2605@example.se |`).
    let framed = matches!(lead, b'[' | b'"' | b'\'' | b' ' | b'(' | b',' | b'|');
    // The last group of a number written in groups (`116 111@...`,
    // `020-120 1000@...`) is no number of its own.
    if lead == b' ' && s >= 2 && (is_digit(b[s - 2]) || b[s - 2] == b'-') {
        return None;
    }
    let domain = at(b, a + 1).is_ascii_alphabetic();
    // An address of record at an address (`|2331@10.1.2.3 |`, `[4711@192.0.2.7]`):
    // an extension registered from, or routed to, a host with no name.
    if framed && !domain && is_digit(at(b, a + 1)) {
        // Not a SIP Call-ID (`Call-ID: 4471829@10.1.2.3`), whose shape
        // is the same.
        let user = aor_number(&b[s..a]) && !email::id_before(b, s);
        return (user && ip::ipv4_at(b, a + 1).is_some() && telephony_before(b, s)).then_some(s);
    }
    // Asterisk's older `VoiceMail` syntax writes its options before the
    // mailbox (`u7794@default`, `su7794@default`): one or two lower-case
    // letters, framed as a number would be.
    let options = || {
        let mut k = s;
        while k > 0 && s - k < 3 && b[k - 1].is_ascii_lowercase() {
            k -= 1;
        }
        (1..=2).contains(&(s - k))
            && (k == 0 || matches!(b[k - 1], b'[' | b'"' | b'\'' | b' ' | b'(' | b',' | b'|'))
    };
    if !(domain && (framed || options())) {
        return None;
    }
    if email::at_sign(b, a, true).is_none() && username::dialled_phone(&b[s..a]) {
        return Some(s);
    }
    // Asterisk's `extension@context` (`142@default` in a voicemail
    // application's data, `Goto(134@from-queue)`): a context is one word,
    // no domain, and the extension a person's phone.
    let d = &b[s..a];
    let mut e = a + 1;
    while at(b, e).is_ascii_alphanumeric() || matches!(at(b, e), b'_' | b'-') {
        e += 1;
    }
    let short =
        (2..=6).contains(&d.len()) && d.iter().all(u8::is_ascii_digit) && !phone::is_service(d);
    let extension = short
        && !matches!(at(b, e), b'.' | b'@')
        && e > a + 1
        && b[a + 1..e].iter().all(|c| !c.is_ascii_uppercase());
    // A SIP address of record, `extension@domain` (FreeSWITCH's `Update MWI
    // 704@pbx.example.se`, `for [2149@corp.example.se]` after a failed
    // REGISTER): a number before a host name on a line about telephony
    // (`mail 142@example.se` is a mailbox).
    // The same holds for a number of any country and length
    // (`40612345@sbc.example.no`, `612345678@example.es`): on such a
    // line a user part of digits alone is the number dialled or calling.
    let aor = (short || aor_number(d))
        && !email::id_before(b, s)
        && at(b, e) == b'.'
        && host_name_end(b, a + 1).is_some()
        && email::at_sign(b, a, true).is_none()
        && telephony_before(b, s);
    (extension || aor).then_some(s)
}

/// True if `d`, the user part of an address of record on a line about
/// telephony, is a number: an extension ([`phone::extension_value`]) or
/// seven to fifteen digits (a `+` first allowed), no service number.
fn aor_number(d: &[u8]) -> bool {
    let n = d.strip_prefix(b"+").unwrap_or(d);
    phone::extension_value(d)
        || ((7..=15).contains(&n.len())
            && n.iter().all(u8::is_ascii_digit)
            && !phone::is_service(n))
}

/// True if the line before `s` (up to 512 bytes: a CDR's fields run long
/// before its parties) speaks of telephony: `SIP`, `MWI`, `REGISTER`,
/// `sofia`, `voicemail`, `extension`, `PBX`.
fn telephony_before(b: &[u8], s: usize) -> bool {
    // `SBC`: a session border controller's CDR (AudioCodes' `|CALL_START
    // |SBC |`, Ribbon's and Oracle's SBC logs).
    const WORDS: [&[u8]; 8] = [
        b"sip",
        b"mwi",
        b"register",
        b"sofia",
        b"voicemail",
        b"extension",
        b"pbx",
        b"sbc",
    ];
    let line = &b[s.saturating_sub(512)..s];
    let line = match memchr::memrchr(b'\n', line) {
        Some(k) => &line[k + 1..],
        None => line,
    };
    WORDS
        .iter()
        .any(|w| line.windows(w.len()).any(|x| x.eq_ignore_ascii_case(w)))
}

/// True if `b[i..e]` (a `+` before it allowed) is a cell of its own in a
/// call record whose cells are joined by `|`, as SBCs and gateways write
/// their CDRs to syslog (AudioCodes' `|CALL_END |SBC |...|0701740683
/// |`, padded to the column's width), on a line about telephony: a number
/// alone there is the caller's or the callee's.
fn cdr_cell(b: &[u8], i: usize, e: usize) -> bool {
    let s = if i > 0 && b[i - 1] == b'+' { i - 1 } else { i };
    if s == 0 || b[s - 1] != b'|' {
        return false;
    }
    let mut k = e;
    while at(b, k) == b' ' {
        k += 1;
    }
    at(b, k) == b'|' && telephony_before(b, s)
}

/// The end of a host name (`pbx.example.se`, `corp.example.local`) at `s`:
/// labels of letters, digits and `-`, at least two, the last of two or more
/// letters.
fn host_name_end(b: &[u8], s: usize) -> Option<usize> {
    let mut e = s;
    let mut labels = 0;
    let mut last;
    loop {
        let l = e;
        while at(b, e).is_ascii_alphanumeric() || at(b, e) == b'-' {
            e += 1;
        }
        if e == l {
            return None;
        }
        labels += 1;
        last = l;
        if at(b, e) == b'.' && at(b, e + 1).is_ascii_alphanumeric() {
            e += 1;
            continue;
        }
        break;
    }
    let tld = &b[last..e];
    (labels >= 2 && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic)).then_some(e)
}

/// FreeSWITCH's dialplan log, `Processing Karin Berg <1001>->0701740683 in
/// context default`: the caller's number in `<...>` (`b[i..j]`, digits),
/// and the number dialled after `->`. A destination that is no number
/// (`voicemail`, `*98`) or a service number (`112`) stays. Returns where
/// the scan goes on.
fn dialplan_leg(b: &[u8], i: usize, j: usize, push: &mut impl FnMut(usize, usize, Kind)) -> usize {
    if username::endpoint_kind(&b[i..j]) == Some(Kind::Phone) {
        push(i, j, Kind::Phone);
    }
    let ds = j + 3;
    let mut de = ds;
    while is_digit(at(b, de)) || (de == ds && at(b, de) == b'+') {
        de += 1;
    }
    let framed = de == b.len() || matches!(at(b, de), b' ' | b'\t' | b',' | b';');
    if de > ds && framed && username::endpoint_kind(&b[ds..de]) == Some(Kind::Phone) {
        push(ds, de, Kind::Phone);
        return de;
    }
    j
}

/// True if no further digit group can follow a digit run that ends at
/// `j`: no separator (`-`, `.`, `/`, a space) before a digit, a bracket or
/// a full-width digit, and no bracket or non-ASCII byte (a typographic
/// separator) right after the run. The phone readers then see one group.
#[inline]
pub(super) fn lone_group(b: &[u8], j: usize) -> bool {
    match at(b, j) {
        b' ' | b'-' | b'.' | b'/' => !matches!(at(b, j + 1), b'0'..=b'9' | b'(' | b')' | 0xef),
        b'(' | b')' => false,
        c => c < 0x80,
    }
}

/// True if `hh:mm:ss` starts at `i` and nothing that could extend it
/// (a word byte, `:` or `.`) follows.
#[inline]
fn time_at(b: &[u8], i: usize) -> bool {
    let Some(t) = b.get(i..i + 8) else {
        return false;
    };
    let c = at(b, i + 8);
    t[2] == b':'
        && t[5] == b':'
        && [t[0], t[1], t[3], t[4], t[6], t[7]]
            .iter()
            .all(|&d| is_digit(d))
        && !is_word(c)
        && c != b':'
        && c != b'.'
}

/// Where the digits that end the word `b[i..j]` start, when `next` follows
/// the word: the first octet of an address glued to a name.
#[inline]
fn trailing_digits(b: &[u8], i: usize, j: usize, next: u8) -> Option<usize> {
    if at(b, j) != next || !is_digit(b[j - 1]) {
        return None;
    }
    let mut k = j - 1;
    while k > i && is_digit(b[k - 1]) {
        k -= 1;
    }
    Some(k)
}

/// A dotted IPv4 address that ends an object's name after `_`, as firewall
/// and load-balancer administrators name host objects after the address
/// they hold (Check Point `Host_10.1.2.3`, FortiGate and Palo Alto address
/// objects `h_192.0.2.7`, F5 nodes `node_10.1.2.3`): the word
/// `b[i..j]` is letters, `_`, then the first octet's digits, and a `.`
/// follows. Not after a version word (`v_1.2.3.4`, `build_10.2.0.1`, and
/// `fw_10.1.2.3`, which may be a firmware as well as a firewall).
/// Returns the address's start and end.
#[inline]
fn named_ipv4(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let k = trailing_digits(b, i, j, b'.')?;
    if k < i + 2 || b[k - 1] != b'_' || !b[i..k - 1].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    if ip::version_word(&b[i..k - 1]) {
        return None;
    }
    let e = ip::ipv4_at(b, k)?;
    Some((k, e))
}

/// A dashed IPv4 address glued to the letters of the word `b[i..j]`
/// (`h64-187-1-131.example.net`): the word ends in digits and a dash
/// follows. Returns the address's start and end.
#[inline]
fn glued_dashed_ipv4(b: &[u8], i: usize, j: usize) -> Option<(usize, usize)> {
    let k = trailing_digits(b, i, j, b'-')?;
    ip::dashed_ipv4_at(b, k).map(|e| (k, e))
}
