//! Values inside encodings: query strings and form bodies (`+` for a
//! space, `%XX` for UTF-8 bytes, an escape encoded twice) and RFC 2047
//! encoded-words in mail logs, as web servers, identity providers, WAFs,
//! SMS and voice webhooks and mail servers write them. Each personal value
//! must be covered whole by one span (no encoded tail left); each
//! look-alike must be touched by none.

use super::*;

fn spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    DetectorSet::all_builtins().detect(text, &mut out);
    out
}

/// `None` if every value in `personal` (found at its first occurrence)
/// lies inside one span and no value in `kept` overlaps any; else what
/// went wrong.
fn check(text: &str, personal: &[&str], kept: &[&str]) -> Option<String> {
    let found = spans(text);
    let shown: Vec<(&str, Kind)> = found
        .iter()
        .map(|s| (&text[s.start..s.end], s.kind))
        .collect();
    let mut wrong = Vec::new();
    for v in personal {
        let Some(at) = text.find(v) else {
            wrong.push(format!("not in the line: {v}"));
            continue;
        };
        let end = at + v.len();
        if !found.iter().any(|s| s.start <= at && end <= s.end) {
            wrong.push(format!("left: {v}"));
        }
    }
    for v in kept {
        let Some(at) = text.find(v) else {
            wrong.push(format!("not in the line: {v}"));
            continue;
        };
        let end = at + v.len();
        if found.iter().any(|s| s.start < end && at < s.end) {
            wrong.push(format!("replaced: {v}"));
        }
    }
    (!wrong.is_empty()).then(|| format!("{text}\n   {}\n   found {shown:?}", wrong.join(", ")))
}

fn check_all(cases: &[(&str, &[&str], &[&str])]) {
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(t, p, k)| check(t, p, k))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// SMS and voice webhooks, logged with their `application/x-www-form-urlencoded`
/// bodies or query strings: Twilio (`From`, `To`, `Body`), Vonage
/// (`msisdn`, `to`, `text`), 46elks (`from`, `to`, `message`), Sinch and
/// Plivo's form callbacks.
#[test]
fn sms_and_voice_webhook_forms() {
    check_all(&[
        (
            "POST /twilio/sms 200 body=ToCountry=SE&SmsMessageSid=SM5f2c0a8e1d9b4e7a9c3b2d1e0f4a6b8c&NumMedia=0&SmsStatus=received&Body=Hi%2C+this+is+Karin+Lindqvist%2C+call+me+on+070-174+06+83&FromCountry=SE&To=%2B46766861004&MessageSid=SM5f2c0a8e1d9b4e7a9c3b2d1e0f4a6b8c&AccountSid=AC3b1f0e2d4c5a69788796a5b4c3d2e1f0&From=%2B46701740683&ApiVersion=2010-04-01",
            &["Karin", "Lindqvist", "070-174+06+83", "%2B46701740683"],
            &[
                "SM5f2c0a8e1d9b4e7a9c3b2d1e0f4a6b8c",
                "AC3b1f0e2d4c5a69788796a5b4c3d2e1f0",
                "2010-04-01",
            ],
        ),
        (
            "203.0.113.7 - - [06/Dec/2026:10:12:01 +0100] \"GET /webhooks/inbound-sms?msisdn=46701740683&to=46766861004&messageId=0A0000001234567B&text=Hej+jag+heter+%C3%85sa+L%C3%B6fgren&type=text&keyword=HEJ&message-timestamp=2026-12-06+09%3A12%3A01 HTTP/1.1\" 200 2 \"-\" \"Nexmo/MessagingHUB/v1.0\"",
            &["46701740683", "%C3%85sa+L%C3%B6fgren"],
            &[
                "0A0000001234567B",
                "2026-12-06+09%3A12%3A01",
                "Nexmo/MessagingHUB/v1.0",
            ],
        ),
        (
            "{\"path\":\"/hooks/46elks/sms\",\"method\":\"POST\",\"body\":\"direction=incoming&id=s1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f&from=%2B46701740683&to=%2B46766861004&created=2026-12-06+10%3A13%3A22.132307&message=Hej%21+Jag+heter+Nils+Ohlsson+och+mitt+personnummer+%C3%A4r+19540717-1825\"}",
            &["%2B46701740683", "Nils+Ohlsson", "19540717-1825"],
            &[
                "s1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
                "2026-12-06+10%3A13%3A22.132307",
            ],
        ),
        (
            "plivo callback: From=46701740683&To=46766861004&Text=Ring+tillbaka+till+Eva+Nyberg+p%C3%A5+08-369+702+14&Type=sms&MessageUUID=2f1a4c3e-9b8d-11ee-8c90-0242ac120002",
            &["Eva+Nyberg", "08-369+702+14"],
            &["2f1a4c3e-9b8d-11ee-8c90-0242ac120002"],
        ),
    ]);
}

/// Single sign-on redirects as web servers and identity providers log
/// them: OIDC `login_hint` (Azure AD / Entra ID, Okta, Keycloak, Google),
/// `username` and `email` parameters, and a `redirect_uri` or `RelayState`
/// that carries a query of its own, encoded once more (`%253F`, `%2540`).
#[test]
fn sso_redirects_and_login_forms() {
    check_all(&[
        (
            "GET /common/oauth2/v2.0/authorize?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%2Fmyapp%2F&response_mode=query&scope=openid+offline_access+user.read&state=12345&login_hint=anna.svensson%40corp.se&domain_hint=corp.se HTTP/1.1",
            &["anna.svensson%40corp.se"],
            &[
                "6731de76-14a6-49ae-97bc-6eba6914391e",
                "openid+offline_access+user.read",
            ],
        ),
        (
            "10.0.0.5 - - [06/Dec/2026:10:12:01 +0100] \"GET /oauth2/default/v1/authorize?client_id=0oa1b2c3d4e5f6g7h8i9&response_type=code&scope=openid+profile+email&redirect_uri=https%3A%2F%2Fapp.example.se%2Fcb%3Fnext%3D%252Fprofile%253Fmail%253Dnils.o%2540example.se&state=af0ifjsldkj&nonce=n-0S6_WzA2Mj HTTP/1.1\" 302 0",
            &["nils.o%2540example.se"],
            &["0oa1b2c3d4e5f6g7h8i9", "af0ifjsldkj", "n-0S6_WzA2Mj"],
        ),
        (
            "ModSecurity: Warning. Matched \"Operator `Rx'\" against variable `ARGS:password' [id \"942100\"] [uri \"/login\"] request body: username=karin.berg&password=Sommar2024%21&remember=on&submit=Logga+in",
            &["karin.berg"],
            &["942100", "Logga+in"],
        ),
        (
            "POST /register HTTP/1.1 body: first_name=%C3%85sa&last_name=L%C3%B6fgren&email=asa.lofgren%40example.se&phone=%2B46701740683&consent=on",
            &["asa.lofgren%40example.se", "%2B46701740683"],
            &[],
        ),
        (
            "GET /search?q=karin.berg+news@example.se&lang=sv 200",
            &["karin.berg+news@example.se"],
            &[],
        ),
        (
            "sms gateway: GET /send?to=+46701740683&text=Din+kod+%C3%A4r+482913&sender=Kundtjanst",
            &["+46701740683"],
            &["482913"],
        ),
    ]);
}

/// Mail servers log header values as RFC 2047 encoded-words: Postfix
/// `header_checks` warnings, Exim's `T="..."` subject, Dovecot's
/// `mail_log` `from=`, in UTF-8 and Latin-1, quoted-printable and base64.
/// The whole word is replaced, so no encoded part of a name is left.
#[test]
fn mail_header_encoded_words() {
    check_all(&[
        (
            "postfix/cleanup[2144]: 4F2A81C0123: warning: header Subject: =?UTF-8?Q?M=C3=B6te_med_=C3=85sa_L=C3=B6fgren?= from mail.example.se[192.0.2.7]; from=<asa.lofgren@example.se> to=<ekonomi@example.se> proto=ESMTP helo=<mail.example.se>",
            &[
                "=?UTF-8?Q?M=C3=B6te_med_=C3=85sa_L=C3=B6fgren?=",
                "asa.lofgren@example.se",
            ],
            &["4F2A81C0123", "ESMTP"],
        ),
        (
            "postfix/cleanup[2144]: 4F2A81C0124: warning: header From: =?iso-8859-1?Q?=C5sa_L=F6fgren?= <asa.lofgren@example.se> from mail.example.se[192.0.2.7]; from=<asa.lofgren@example.se> to=<karin@example.se> proto=ESMTP helo=<mail.example.se>",
            &["=?iso-8859-1?Q?=C5sa_L=F6fgren?="],
            &["4F2A81C0124"],
        ),
        (
            "2026-12-06 10:12:01 1tJ5Zx-0003Ab-7Q <= asa.lofgren@example.se H=mail.example.se [192.0.2.7] P=esmtps S=4521 id=abc123@example.se T=\"=?utf-8?B?TcO2dGUgbWVkIMOFc2EgTMO2ZmdyZW4=?=\" from <asa.lofgren@example.se> for karin@example.se",
            &["=?utf-8?B?TcO2dGUgbWVkIMOFc2EgTMO2ZmdyZW4=?="],
            &["1tJ5Zx-0003Ab-7Q"],
        ),
        (
            "dovecot: imap(kberg)<2741><bU0Wq7Ae1tJ>: save: box=INBOX, uid=4411, msgid=<abc123@example.se>, size=4521, from=\"=?UTF-8?B?S2FyaW4gTGluZHF2aXN0?= <karin.lindqvist@example.se>\"",
            &["=?UTF-8?B?S2FyaW4gTGluZHF2aXN0?="],
            &["4411", "4521"],
        ),
    ]);
}

/// What only looks encoded stays: base64 blobs with `+` (SAML requests,
/// authorisation codes), scopes, IIS's `+` for a user agent's spaces,
/// `%20` in file paths, encoded-words that name no one, session ids.
#[test]
fn encoded_look_alikes_stay() {
    for text in [
        "GET /adfs/ls/?SAMLRequest=fZJNT8MwDIb%2FSpV7l6Yf2xqtlcYmxKQB03g4cEGt22pRE2%2BJi%2BDfk%2FaqsgMXxXnt53y%2FsGMWd%2B3%2Bjq7e7dF2U4RYH0hVL1M8HkWvWbnLaIbqdqPWvNGP1J4R3tfWxSeitnJcMb1fZuqCeLrtjBgJmHeVIIMFjRpM8QSgHFUwAdgs5mdr6tgufasZE1aYf3ymdfvU7UpTrdNdAxe9Dp+4ZZv+vwpjUZbwFtMbdYmVqfSwVKvWgiH2nY1cB+XhmmzUXS8Xn62f+Aq+WyqT3eyGNRwnVVhpLbP%2F5N+Jd8TWw%3D%3D&RelayState=ss%3Amem%3A4f2a HTTP/1.1",
        "GET /cb?code=4%2F0AY0e-g7Zx+Qk1rT3uVb+Lw&scope=openid+email+profile&state=xyz123 HTTP/1.1",
        "2026-12-06 09:12:01 W3SVC1 WEB01 192.0.2.10 GET /files/Annual%20Report%202024.pdf - 443 - 198.51.100.7 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 15",
        "warning: header Subject: =?UTF-8?Q?Faktura_2024-118_f=C3=B6r_november?= from mail.example.se[192.0.2.7]",
        "warning: header Subject: =?UTF-8?B?TWljcm9zb2Z0IFRlYW1zIOKAkyB2ZWNrb23DtnRl?= from teams.example.se[192.0.2.8]",
        "GET /search?q=site%3Aexample.se+filetype%3Apdf+rapport&sessionid=9f8e7d6c5b4a3f2e1d0c HTTP/1.1",
        "GET /a?x=%ZZ&y=%C3&z=100%25+done HTTP/1.1",
        "subject==?UTF-8?Q?broken=ZZ?= and =?koi8-r?B?8NLJ18XU?= left as written",
    ] {
        let found = spans(text);
        let shown: Vec<(&str, Kind)> = found
            .iter()
            .filter(|s| !matches!(s.kind, Kind::Ipv4 | Kind::HostIpv4))
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect();
        assert!(shown.is_empty(), "{text}: {shown:?}");
    }
}

/// A span found inside an encoded-word covers the word, and two values in
/// one word become one span: the output has no piece of the word left.
#[test]
fn values_in_one_encoded_word_are_one_span() {
    let text = "header Subject: =?UTF-8?Q?Ring_=C3=85sa_L=C3=B6fgren_p=C3=A5_0701740683?= from x";
    let found = spans(text);
    let w = "=?UTF-8?Q?Ring_=C3=85sa_L=C3=B6fgren_p=C3=A5_0701740683?=";
    let at = text.find(w).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].start, found[0].end), (at, at + w.len()));
}

/// JSON written with every non-ASCII character escaped (Python's
/// `json.dumps` default, Jackson's `ESCAPE_NON_ASCII`, Go's `\u003c` for
/// `<`), in syslog lines and in JSON inside a JSON string (`\\u00c5`): the
/// escapes are read, and a value is covered with its escapes. An account
/// after a domain whose name looks like an escape without a digit stays an
/// account.
#[test]
fn json_unicode_escapes_in_text() {
    check_all(&[
        (
            r#"portal[4411]: {"event": "profile_update", "user": "kberg", "display_name": "\u00c5sa L\u00f6fgren", "phone": "+46701740683"}"#,
            &[r"\u00c5sa L\u00f6fgren", "kberg", "+46701740683"],
            &[],
        ),
        (
            r#"celery[2210]: INFO task notify_user[8c1d] sent to \u00c5sa L\u00f6fgren \u003casa.lofgren@example.se\u003e"#,
            &[r"\u00c5sa L\u00f6fgren", "asa.lofgren@example.se"],
            &["8c1d"],
        ),
        (
            r#"{"message":"{\"actor\":{\"displayName\":\"Bj\\u00f6rn \\u00c5kesson\"},\"action\":\"user.update\"}"}"#,
            &[r"Bj\\u00f6rn \\u00c5kesson"],
            &["user.update"],
        ),
        (
            r#"sshd[991]: Accepted password for CORP\ubade from 192.0.2.7 port 52110 ssh2"#,
            &["ubade"],
            &["52110"],
        ),
    ]);
}

/// HTML and XML numeric character references for letters, as help desks'
/// HTML bodies (Zendesk, Freshdesk), file-sharing audit events and XML
/// exports write names: the whole name, references included, is one span;
/// a reference to a non-letter (`&#60;`) is no part of a value.
#[test]
fn numeric_character_references_in_text() {
    check_all(&[
        (
            r#"{"ticket_id": 88412, "html_body": "<p>Hej! Skrivaren p&#229; plan 3 fungerar inte.</p><p>Mvh Bj&#246;rn Ekdahl</p>"}"#,
            &["Bj&#246;rn Ekdahl"],
            &["88412"],
        ),
        (
            r#"<saml2:AttributeValue>Bo&#x17C;ena Grzybowska</saml2:AttributeValue> session 4f1a9c"#,
            &["Bo&#x17C;ena Grzybowska"],
            &["4f1a9c"],
        ),
        (
            r#"box[3301]: item_upload by &#197;sa L&#246;fgren (asa.lofgren@example.se) size 44120"#,
            &["&#197;sa L&#246;fgren", "asa.lofgren@example.se"],
            &["44120"],
        ),
    ]);
}

/// OpenID Connect's `login_hint` names the account signing in, in free
/// text and in an authorize URL (Keycloak, Okta, Entra ID, Google).
#[test]
fn login_hint_is_an_account_key() {
    check_all(&[
        (
            "keycloak: GET /realms/vse/protocol/openid-connect/auth?client_id=portal&redirect_uri=https%3A%2F%2Fportal.example.se%2F&response_type=code&scope=openid&login_hint=kberg&kc_idp_hint=saml",
            &["kberg"],
            &["portal", "saml"],
        ),
        (
            "oidc: authorize request client_id=portal login_hint=nils.ohlsson prompt=login",
            &["nils.ohlsson"],
            &["portal"],
        ),
    ]);
}

/// nginx writes a request's bytes outside printable ASCII as `\xHH`
/// (`escape=default`), and Python a `bytes` value the same way: a run that
/// spells UTF-8 is read as its character. Binary (`\xff\xfe`) stays.
#[test]
fn hex_escaped_utf8_in_text() {
    check_all(&[
        (
            r#"203.0.113.9 - - [06/Dec/2026:10:12:01 +0100] "GET /kontakt?namn=\xC3\x85sa+L\xC3\xB6fgren&tel=0701740683 HTTP/1.1" 200 512 "-" "curl/8.0""#,
            &[r"\xC3\x85sa+L\xC3\xB6fgren", "0701740683"],
            &["curl/8.0"],
        ),
        (
            r#"worker[77]: WARNING ldap sync: b'cn=Bj\xc3\xb6rn \xc3\x85kesson,ou=Users,dc=example,dc=se' has no mail attribute"#,
            &[r"Bj\xc3\xb6rn \xc3\x85kesson"],
            &["ou=Users"],
        ),
    ]);
    for text in [
        r#"kernel: usb 1-1: string descriptor 0 read error: \xff\xfe\x00\x01"#,
        r"copied C:\xampp\htdocs\index.php to backup",
    ] {
        let found = spans(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
