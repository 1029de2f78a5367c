//! A flat call record's own word for what one of its parties is: the
//! party's type field beside its number and name (Zoom Phone's call
//! history writes `callee_ext_type` beside `callee_ext_number`,
//! `callee_did_number` and `callee_name`), or the record's call type where
//! it names the party that is a service (Microsoft Teams' PSTN call log:
//! `conf_in` and `ucap_in` were answered by an audio-conferencing bridge
//! or by a resource account's auto attendant or call queue, whose number
//! is `calleeNumber`; `conf_out` and `ucap_out` were placed by one, whose
//! number is `callerNumber`).

use super::siblings::{last_letters, segment_letters, service_type, value_letters};

/// The parties a call record names fields after.
const PARTIES: [&[u8]; 9] = [
    b"caller",
    b"callee",
    b"calling",
    b"called",
    b"user",
    b"owner",
    b"source",
    b"destination",
    b"redirecting",
];

/// The key (last segment, letters) of the number a caller dialled, as
/// contact-centre platforms name it: DNIS, the Dialed Number
/// Identification Service (Genesys Cloud's `dnis` and `sessionDnis`,
/// Five9's and Avaya's `DNIS`).
const DNIS: [&[u8]; 3] = [b"dnis", b"sessiondnis", b"originaldnis"];

/// What follows the party's word in its number's and name's fields.
const NUMBER_OR_NAME: [&[u8]; 11] = [
    b"extnumber",
    b"extensionnumber",
    b"didnumber",
    b"phonenumber",
    b"number",
    b"ext",
    b"extension",
    b"did",
    b"phone",
    b"displayname",
    b"name",
];

/// What follows the party's word in its type's field (`callee_ext_type`).
/// A number's own type (`callee_number_type`: internal, external) is
/// another field and says nothing of the party.
const TYPE: [&[u8]; 3] = [b"exttype", b"extensiontype", b"type"];

/// [`last_letters`], and a key written as a report's column name, its
/// words joined by spaces (Webex Calling's detailed call history:
/// `Redirecting number`, `Redirect reason`).
fn column_letters<'a>(name: &str, buf: &'a mut [u8; 32]) -> Option<&'a [u8]> {
    if name.contains(' ') {
        segment_letters(name, buf, b" ")
    } else {
        last_letters(name, buf)
    }
}

/// The party in `letters` (a key's last segment, lower-case letters) before
/// one of `ends`: `calleeextnumber` -> `callee`.
fn party<'a>(letters: &'a [u8], ends: &[&[u8]]) -> Option<&'a [u8]> {
    ends.iter().find_map(|e| {
        let p = letters.strip_suffix(*e)?;
        PARTIES.contains(&p).then_some(p)
    })
}

/// The party whose number or name a field named `name` holds
/// (`call_logs[].callee_ext_number` -> `callee`), into `buf`; `None` for any
/// other field. Cheap: the key's last segment is read once.
pub fn number_party<'a>(name: &str, buf: &'a mut [u8; 32]) -> Option<&'a [u8]> {
    let k = column_letters(name, buf)?;
    if DNIS.contains(&k) {
        return Some(b"dnis");
    }
    party(k, &NUMBER_OR_NAME)
}

/// True if a sibling field `key` = `value` of the same record says that
/// `party` ([`number_party`]) is a service, not a person: the party's own
/// type field naming a call queue, an auto attendant, a common-area phone,
/// a shared line, a room or another of the organisation's own lines
/// ([`service_type`]), or a Teams call type whose service is that party.
/// A party typed `user`, and every other call type (`user_in`,
/// `user_out`, `emergency_out`), says no such thing.
pub fn says_service(party_word: &[u8], key: &str, value: &str) -> bool {
    let mut kb = [0u8; 32];
    let Some(k) = column_letters(key, &mut kb) else {
        return false;
    };
    // Zoom Phone's call log names where the call went in `path`
    // (`autoReceptionist`, `callQueue`, `sharedLineGroup`; `extension`,
    // `voiceMail` and `pstn` for a person's line): the callee it names.
    if k == b"path" {
        return party_word == b"callee" && service_type(value);
    }
    // The DNIS of an inbound call is the number the caller dialled: one of
    // the organisation's own (a service, a queue's entry point); on an
    // outbound call it is the customer's, and stays personal.
    if party_word == b"dnis" {
        let mut vb = [0u8; 32];
        return k == b"direction"
            && matches!(value_letters(value.trim(), &mut vb), Some(b"inbound"));
    }
    // A redirect reason of Webex Calling's (`huntGroup`, `callQueue` of
    // its `RedirectionReasonEnum`): hunt-group or call-queue routing
    // redirected the call, so the redirecting number is that group's or
    // queue's. A person's forwarding (`unconditional`, `noAnswer`,
    // `followMe`) leaves theirs.
    if party_word == b"redirecting" {
        let mut vb = [0u8; 32];
        return matches!(k, b"redirectreason" | b"redirectionreason")
            && matches!(
                value_letters(value.trim(), &mut vb),
                Some(b"huntgroup" | b"callqueue")
            );
    }
    if k == b"calltype" {
        let mut vb = [0u8; 32];
        return match value_letters(value.trim(), &mut vb) {
            Some(b"confin" | b"ucapin") => party_word == b"callee",
            Some(b"confout" | b"ucapout") => party_word == b"caller",
            _ => false,
        };
    }
    party(k, &TYPE) == Some(party_word) && service_type(value)
}

/// True if `value`, under the structured key `key` of the record `rec`,
/// is the number of a message's party on a messaging platform whose ids
/// are numbers: the id of a party (`recipient_id`, `senderId`) holding a
/// valid international number without its `+`, in a record that names
/// such a platform or a mobile network (`"messaging_product":"whatsapp"`,
/// `msisdn`, `smsc`). WhatsApp's Cloud API names the addressee of a
/// status so (`"recipient_id":"447700900123"`); a help desk's or a mail
/// system's `recipient_id` is a record id, and its record names no such
/// platform.
pub fn messaging_party_number(key: &str, value: &str, rec: &[u8]) -> bool {
    use crate::detect::{imei, phone};
    let last = key
        .rsplit(['.', '[', ']'])
        .find(|s| !s.is_empty())
        .unwrap_or(key);
    let v = value.as_bytes();
    phone::party_id_word(last.as_bytes())
        && phone::bare_intl(v)
        && !phone::date_stamp(v)
        && imei::mobile_words(rec)
}

/// True if `value`, under a party key (`to`, `recipient`, `dst`,
/// `number`) of the record `rec`, is the number an SMS went to or came
/// from: the record says it is about a text message (a word starting with
/// `sms`, as in `op=sms.sent`, `"event":"coupon.sms"`, `"type":"SMS"`,
/// `smsd`; `mms`, `msisdn`, SMPP's `smpp` and `esme`, `whatsapp`), and the
/// value is written as a phone key's value is ([`super::evidence`] under
/// [`KeyClass::Phone`]) with seven digits or more: a national number of
/// any country without its area code or country code (`621 2539`, `22 191
/// 12 06`, `2561 2423`). Short codes (`72445`), sender names and
/// date-stamped ids (`20260314`) are none.
pub fn sms_party_number(value: &str, rec: &[u8]) -> bool {
    use super::classes::KeyClass;
    use super::evidence::{Evidence, evidence};
    use crate::detect::Kind;
    let v = value.trim();
    let b = v.as_bytes();
    if b.len() < 7 || b.len() > 24 || !(b[0].is_ascii_digit() || matches!(b[0], b'+' | b'(')) {
        return false;
    }
    let mut d = [0u8; 16];
    let mut n = 0;
    for &c in b.iter().filter(|c| c.is_ascii_digit()) {
        if n == d.len() {
            return false;
        }
        d[n] = c;
        n += 1;
    }
    n >= 7
        && !crate::detect::phone::date_stamp(&d[..n])
        && evidence(KeyClass::Phone, v, 2000) == Evidence::Replace(Kind::Phone)
        && sms_words(rec)
}

/// True if `text` holds a word that says it is about a text message:
/// one that starts with `sms` (`sms`, `SMS-MT`, `sms.sent`, `smsd`,
/// `smsbox`), or `mms`, `msisdn`, `smpp`, `esme`, `whatsapp`.
fn sms_words(text: &[u8]) -> bool {
    const WORDS: [&[u8]; 5] = [b"mms", b"msisdn", b"smpp", b"esme", b"whatsapp"];
    crate::detect::util::alnum_words(text).any(|w| {
        w.len() >= 3
            && w.len() <= 14
            && (w[..3].eq_ignore_ascii_case(b"sms")
                || WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(field: &str, key: &str, value: &str) -> bool {
        let mut buf = [0u8; 32];
        number_party(field, &mut buf).is_some_and(|p| says_service(p, key, value))
    }

    #[test]
    fn a_party_typed_as_a_service_in_a_flat_call_record() {
        // Zoom Phone's call history: the callee's type beside its numbers.
        for f in [
            "call_logs[].callee_ext_number",
            "callee_did_number",
            "callee_name",
        ] {
            assert!(service(f, "callee_ext_type", "callQueue"), "{f}");
            assert!(service(f, "callee_ext_type", "autoReceptionist"), "{f}");
            assert!(service(f, "callee_ext_type", "commonArea"), "{f}");
            assert!(!service(f, "callee_ext_type", "user"), "{f}");
            // Another party's type says nothing of the callee.
            assert!(!service(f, "caller_ext_type", "callQueue"), "{f}");
            // The number's own type (internal, external) is no party type.
            assert!(!service(f, "callee_number_type", "callQueue"), "{f}");
        }
        assert!(service(
            "caller_ext_number",
            "caller_ext_type",
            "sharedLineGroup"
        ));
        // Teams' PSTN call log: the bridge or the resource account.
        assert!(service("calleeNumber", "callType", "conf_in"));
        assert!(service("calleeNumber", "callType", "ucap_in"));
        assert!(service("callerNumber", "callType", "ucap_out"));
        assert!(service("callerNumber", "callType", "conf_out"));
        assert!(!service("callerNumber", "callType", "conf_in"));
        assert!(!service("calleeNumber", "callType", "conf_out"));
        assert!(!service("calleeNumber", "callType", "user_in"));
        // The DNIS of an inbound contact is the organisation's number; of
        // an outbound one, the customer's.
        for f in ["dnis", "participants[].sessions[].sessionDnis", "DNIS"] {
            assert!(service(f, "direction", "inbound"), "{f}");
            assert!(!service(f, "direction", "outbound"), "{f}");
            assert!(!service(f, "purpose", "inbound"), "{f}");
        }
        // Webex Calling's redirect reasons: a hunt group or call queue
        // redirected the call.
        assert!(service("redirectingNumber", "redirectReason", "HuntGroup"));
        assert!(service(
            "redirecting_number",
            "redirect_reason",
            "callQueue"
        ));
        for r in ["Unconditional", "NoAnswer", "FollowMe", "Busy"] {
            assert!(!service("redirectingNumber", "redirectReason", r), "{r}");
        }
        assert!(!service("callingNumber", "redirectReason", "HuntGroup"));
        // The report's column names, with spaces.
        assert!(service(
            "Redirecting number",
            "Redirect reason",
            "HuntGroup"
        ));
        assert!(!service(
            "Redirecting number",
            "Redirect reason",
            "NoAnswer"
        ));
        assert!(!service("Calling number", "Redirect reason", "CallQueue"));
        assert!(service(
            "items[].Redirecting number",
            "items[].Redirect reason",
            "CallQueue"
        ));
        assert!(!service("callerNumber", "callType", "user_out"));
        assert!(!service("callerNumber", "callType", "emergency_out"));
        // Zoom Phone's call log: where the call went.
        assert!(service("callee_number", "path", "autoReceptionist"));
        assert!(service("callee_name", "path", "callQueue"));
        assert!(!service("callee_number", "path", "voiceMail"));
        assert!(!service("callee_number", "path", "extension"));
        assert!(!service("caller_number", "path", "callQueue"));
        assert!(!service("callee_number", "path", "/queue"));
        // Fields of no party, and parties of no number.
        assert!(!service("phone_number", "type", "callQueue"));
        assert!(!service("to", "callType", "conf_in"));
        assert!(!service("callee_email", "callee_ext_type", "callQueue"));
    }
}
