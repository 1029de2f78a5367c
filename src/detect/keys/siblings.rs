//! What an object says it is: a sibling key such as `type`, `entity_type`,
//! `objectType` or `@odata.type` whose value names a person (`User`,
//! `member`, `#microsoft.graph.user`) makes the object's name, path and
//! details fields an account or a name ([`described`]); one that names a
//! group, a role, an application or a device keeps them ([`Object`]).
//!
//! And the account after an identity provider's prefix
//! ([`provider_account`]): `oidc:k.berg`, `auth0|5f3a...`.

/// What an object's type sibling says it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Object {
    /// A user, person, member, account, employee, contact, caller or
    /// subscriber.
    Person,
    /// A group, role, application, service, device or other thing.
    Thing,
    /// A file, folder, page or document: its name is a title, which may
    /// name whom it is about (`Anbud Karin Berg v3`, `Lönespec Omar Saleh
    /// 2026-03.pdf`), so it is read as free text, never kept whole nor
    /// taken whole as a name.
    Document,
}

/// The last segment of a field path, lower-cased letters only, into `buf`.
pub(super) fn last_letters<'a>(name: &str, buf: &'a mut [u8; 32]) -> Option<&'a [u8]> {
    segment_letters(name, buf, b"_-@")
}

/// The letters of the last segment of a field path, lower-cased, into
/// `buf`: `None` for a byte that is neither a letter nor one of `skip`, or
/// past 32 letters.
pub(super) fn segment_letters<'a>(
    name: &str,
    buf: &'a mut [u8; 32],
    skip: &[u8],
) -> Option<&'a [u8]> {
    let seg = name
        .rsplit(['.', '[', ']', '/'])
        .find(|s| !s.is_empty())
        .unwrap_or(name);
    let mut n = 0;
    for c in seg.bytes() {
        if c.is_ascii_alphabetic() {
            *buf.get_mut(n)? = c.to_ascii_lowercase();
            n += 1;
        } else if !skip.contains(&c) {
            return None;
        }
    }
    Some(&buf[..n])
}

/// A type value's letters, lower-cased, into `buf` (`SERVICE_ACCOUNT`,
/// `Hunt Group` -> `serviceaccount`, `huntgroup`); `None` for any other
/// byte than a letter, `_`, `-` or a space, or past 32 letters.
pub(super) fn value_letters<'a>(v: &str, buf: &'a mut [u8; 32]) -> Option<&'a [u8]> {
    let mut n = 0;
    for c in v.bytes() {
        if c.is_ascii_alphabetic() {
            *buf.get_mut(n)? = c.to_ascii_lowercase();
            n += 1;
        } else if !matches!(c, b'_' | b'-' | b' ') {
            return None;
        }
    }
    Some(&buf[..n])
}

/// True if a field named `name` says what its object is: `type`, `kind`,
/// `entity_type`, `target_type`, `objectType`, `@odata.type`, and the
/// `typeName` of Atlassian's audit records (`objectItem`,
/// `associatedItems[]`: `{"name":"kberg","typeName":"USER"}`), and the
/// `model_name` of Django's content types that Django-based audit logs
/// write beside the object (authentik's events, NetBox's and Nautobot's
/// change logs: `{"model_name":"user","name":"Karin Berg"}`).
pub fn type_key(name: &str) -> bool {
    let mut buf = [0u8; 32];
    let Some(k) = last_letters(name, &mut buf) else {
        return false;
    };
    matches!(
        k,
        b"type"
            | b"kind"
            | b"entitytype"
            | b"targettype"
            | b"objecttype"
            | b"odatatype"
            | b"resourcetype"
            | b"itemtype"
            | b"subjecttype"
            | b"principaltype"
            | b"actortype"
            | b"membertype"
            | b"typename"
            | b"objecttypename"
            | b"modelname"
            // Genesys Cloud's participant `purpose` (`customer`, `agent`,
            // `acd`, `ivr`, `workflow`) in conversation details.
            | b"purpose"
            // Stripe's and Notion's `object` (`customer`, `user`, `page`,
            // `charge`) on every object their APIs and webhooks return.
            | b"object"
    )
}

/// What a type value says its object is, if anything: the value's last
/// word (`#microsoft.graph.user`, `User`, `SERVICE_ACCOUNT`).
pub fn object_kind(value: &str) -> Option<Object> {
    let v = value.trim();
    if v.is_empty() || v.len() > 64 {
        return None;
    }
    let last = v.rsplit(['.', '/', ':', '#']).next().unwrap_or(v);
    let mut buf = [0u8; 32];
    match value_letters(last, &mut buf)? {
        b"user" | b"users" | b"person" | b"people" | b"member" | b"account" | b"useraccount"
        | b"employee" | b"contact" | b"caller" | b"subscriber" | b"customer" | b"agent"
        | b"guestuser" | b"externaluser" | b"enduser" => Some(Object::Person),
        b"group" | b"groups" | b"role" | b"roles" | b"app" | b"application" | b"service"
        | b"serviceprincipal" | b"serviceaccount" | b"device" | b"project" | b"namespace"
        | b"team" | b"organization" | b"organisation" | b"policy" | b"bot" | b"integration"
        | b"repository" | b"space" | b"channel" => Some(Object::Thing),
        // A contact centre's own participants in a conversation: the
        // queue (`acd`), a flow, a dialler campaign, a voicemail box.
        b"acd" | b"workflow" | b"flow" | b"botflow" | b"dialer" | b"campaign" | b"voicemail" => {
            Some(Object::Thing)
        }
        // Box's `file` and `folder`, Figma's `file`, Confluence's `page`
        // and `blogpost`, Google Drive's `document`, SharePoint's
        // `listItem` and `driveItem`: what their names say is free text.
        b"page" | b"file" | b"folder" | b"document" | b"doc" | b"blogpost" | b"attachment"
        | b"driveitem" | b"listitem" => Some(Object::Document),
        // A call centre, a queue, a department: one of the organisation's
        // own lines ([`service_type`]).
        _ if service_type(v) => Some(Object::Thing),
        _ => None,
    }
}

/// True if a type value says its object is one of the organisation's own
/// lines, not a person's: a call centre, a department, an office, a
/// queue, a hunt or ring group, an IVR or auto attendant, a shared line
/// or a park location (Dialpad's `entry_point_target.type` `callcenter`,
/// `department` and `office`; RingCentral's extension types `Department`,
/// `IvrMenu`, `SharedLinesGroup`, `ParkLocation`; Zoom Phone's
/// `callQueue`, `autoReceptionist`, `sharedLineGroup`,
/// `commonAreaPhone`, and in its call history `commonArea`, `zoomRoom`
/// and `groupCallPickup`; Webex's `HUNT_GROUP`, `CALL_QUEUE`,
/// `AUTO_ATTENDANT`). A person's line type (`mobile`, `work`, `main`,
/// `user`) is none of these, nor `operator`, a person at a switchboard.
pub fn service_type(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() || v.len() > 32 {
        return false;
    }
    let mut buf = [0u8; 32];
    let Some(k) = value_letters(v, &mut buf) else {
        return false;
    };
    matches!(
        k,
        b"callcenter"
            | b"callcentre"
            | b"contactcenter"
            | b"callqueue"
            | b"queue"
            | b"department"
            | b"office"
            | b"huntgroup"
            | b"ringgroup"
            | b"ivr"
            | b"ivrmenu"
            | b"autoattendant"
            | b"autoreceptionist"
            | b"sharedlinesgroup"
            | b"sharedlinegroup"
            | b"parklocation"
            | b"commonareaphone"
            | b"commonarea"
            | b"switchboard"
            | b"zoomroom"
            | b"groupcallpickup"
    )
}

/// Words of a line's name that make it the organisation's own line (its
/// switchboard, customer service, reception or help desk), in English,
/// the Nordic languages, German, Finnish, French and Spanish; compared
/// in lower case.
const SERVICE_WORDS: &[&str] = &[
    "switchboard",
    "reception",
    "helpdesk",
    "servicedesk",
    "hotline",
    "callcenter",
    "support",
    "växel",
    "växeln",
    "vaxel",
    "kundtjänst",
    "kundtjanst",
    "kundservice",
    "receptionen",
    "sentralbord",
    "sentralbordet",
    "omstilling",
    "omstillingen",
    "kundeservice",
    "kundesenter",
    "kundesupport",
    "resepsjon",
    "zentrale",
    "kundendienst",
    "kundenservice",
    "vaihde",
    "asiakaspalvelu",
    "accueil",
    "centralita",
    "recepción",
    "recepcion",
];

/// True if a line's name (a `name` or `displayName` beside its number)
/// names one of the organisation's own lines ([`SERVICE_WORDS`],
/// `Customer Service`, `Service Desk`, `Call Center`, `Main Line`) and no
/// word of it is a given name or surname (`Support - Karin Berg` is
/// Karin's line).
pub fn service_name(value: &str) -> bool {
    let v = value.trim();
    if v.is_empty() || v.len() > 64 {
        return false;
    }
    let mut service = false;
    let mut prev = "";
    for w in v.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if crate::detect::name::known_name_word(w) {
            return false;
        }
        let pair = |a: &str, b: &str| prev.eq_ignore_ascii_case(a) && w.eq_ignore_ascii_case(b);
        service |= SERVICE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w))
            || pair("customer", "service")
            || pair("service", "desk")
            || pair("call", "center")
            || pair("call", "centre")
            || pair("contact", "center")
            || pair("main", "line")
            || pair("main", "number");
        prev = w;
    }
    service
}

/// True if a field named `name` is an object's own name (`name`,
/// `displayName`, `label`), not another party's (`userDisplayName`).
pub fn own_name_key(name: &str) -> bool {
    let mut buf = [0u8; 32];
    last_letters(name, &mut buf)
        .is_some_and(|k| matches!(k, b"name" | b"displayname" | b"label" | b"namn" | b"navn"))
}

/// True if a field named `name` holds an object's own number by a word
/// that says no more (`phone`, `phoneNumber`, `number`, `e164`,
/// `extensionNumber`; Aircall's number object's `digits`, Zendesk's via
/// party's `formatted_phone`), not a party's (`callerNumber`, `to`,
/// Aircall's `raw_digits`).
pub fn plain_number_key(name: &str) -> bool {
    let mut buf = [0u8; 32];
    last_letters(name, &mut buf).is_some_and(|k| {
        matches!(
            k,
            b"phone"
                | b"phonenumber"
                | b"number"
                | b"e"
                | b"did"
                | b"tel"
                | b"telephone"
                | b"telephonenumber"
                | b"extensionnumber"
                | b"directnumber"
                | b"telefon"
                | b"telefonnummer"
                | b"nummer"
                | b"digits"
                | b"formattedphone"
                | b"formattednumber"
        )
    })
}

/// True if a field named `name` is one whose value a type sibling
/// explains: the object's name, display name, login, path or details.
pub fn described(name: &str) -> bool {
    let mut buf = [0u8; 32];
    let Some(k) = last_letters(name, &mut buf) else {
        return false;
    };
    matches!(
        k,
        b"name"
            | b"displayname"
            | b"participantname"
            | b"details"
            | b"targetdetails"
            | b"entitypath"
            | b"entityname"
            | b"targetname"
            | b"objectname"
            | b"path"
            | b"login"
            | b"loginname"
            | b"userprincipalname"
            | b"principalname"
            | b"alternateid"
            | b"handle"
            | b"title"
            | b"value"
            | b"label"
            | b"identifier"
    )
}

/// Identity providers whose prefix stands before an account
/// (`oidc:k.berg`, `github:karinb`, `google-oauth2|1043...`, `auth0|...`).
const PROVIDERS: &[&str] = &[
    "oidc",
    "ldap",
    "saml",
    "github",
    "gitlab",
    "google",
    "google-oauth2",
    "auth0",
    "okta",
    "azuread",
    "aad",
    "keycloak",
    "userpass",
    "oauth",
    "oauth2",
    "sso",
    "adfs",
    "windowslive",
    "microsoft",
    "apple",
    "email",
    "sms",
    "samlp",
    "waad",
    "ad",
];

/// The offset of the account in `value` when it is `provider:account` or
/// `provider|account` with a known identity provider; `None` otherwise
/// (also for Kubernetes' `system:...` accounts, which are no one's).
pub fn provider_account(value: &str) -> Option<usize> {
    let cut = value.find([':', '|'])?;
    let p = &value[..cut];
    if !PROVIDERS.iter().any(|x| p.eq_ignore_ascii_case(x)) {
        return None;
    }
    let rest = &value[cut + 1..];
    (!rest.is_empty() && !rest.contains([':', '|'])).then_some(cut + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_siblings_and_described_fields() {
        assert!(type_key("entity_type"));
        assert!(type_key("targetResources[].@odata.type"));
        assert!(type_key("target.objectType"));
        assert!(!type_key("content_type"));
        assert_eq!(object_kind("User"), Some(Object::Person));
        assert_eq!(object_kind("#microsoft.graph.user"), Some(Object::Person));
        assert_eq!(object_kind("Group"), Some(Object::Thing));
        assert_eq!(object_kind("USER"), Some(Object::Person));
        assert_eq!(object_kind("SPACE"), Some(Object::Thing));
        assert_eq!(object_kind("DEVICE"), Some(Object::Thing));
        assert_eq!(object_kind("ServicePrincipal"), Some(Object::Thing));
        assert_eq!(object_kind("Event"), None);
        assert!(type_key("objectItem.typeName"));
        assert!(type_key("associatedItems[].typeName"));
        assert_eq!(object_kind("file"), Some(Object::Document));
        assert_eq!(object_kind("FOLDER"), Some(Object::Document));
        assert_eq!(object_kind("page"), Some(Object::Document));
        assert!(described("target_details"));
        assert!(described("entity_path"));
        assert!(described("targetResources[].displayName"));
        assert!(!described("ip_address"));
    }

    #[test]
    fn an_organisations_own_lines_by_type_and_name() {
        for t in [
            "callcenter",
            "callQueue",
            "CALL_QUEUE",
            "HUNT_GROUP",
            "Department",
            "IvrMenu",
            "autoReceptionist",
            "AUTO_ATTENDANT",
            "SharedLinesGroup",
            "ParkLocation",
            "commonAreaPhone",
            "commonArea",
            "zoomRoom",
        ] {
            assert!(service_type(t), "{t}");
            assert_eq!(object_kind(t), Some(Object::Thing), "{t}");
        }
        for t in [
            "user", "mobile", "work", "main", "operator", "agent", "home", "",
        ] {
            assert!(!service_type(t), "{t}");
        }
        for n in [
            "Växel",
            "Kundtjänst Norrvatten",
            "Norrvatten Kundtjänst",
            "Sentralbord",
            "Zentrale",
            "Customer Service",
            "IT Service Desk",
            "Asiakaspalvelu",
            "Main Line",
        ] {
            assert!(service_name(n), "{n}");
        }
        for n in [
            "Support - Karin Berg",
            "Karin Berg",
            "Reception Anna",
            "Norrvatten",
            "Main Street Clinic",
            "",
        ] {
            assert!(!service_name(n), "{n}");
        }
        assert!(own_name_key("to.name"));
        assert!(own_name_key("entry_point_target.displayName"));
        assert!(!own_name_key("userDisplayName"));
        assert!(!own_name_key("userPrincipalName"));
        assert!(plain_number_key("to.phoneNumber"));
        assert!(plain_number_key("owner.extension_number"));
        assert!(plain_number_key("entry_point_target.phone"));
        assert!(plain_number_key("data.number.digits"));
        assert!(plain_number_key("via.source.to.formatted_phone"));
        assert!(!plain_number_key("data.raw_digits"));
        assert!(!plain_number_key("callerNumber"));
        assert!(!plain_number_key("to"));
    }

    #[test]
    fn provider_prefixes() {
        assert_eq!(provider_account("oidc:k.berg"), Some(5));
        assert_eq!(provider_account("auth0|5f3a1b2c"), Some(6));
        assert_eq!(provider_account("google-oauth2|10432"), Some(14));
        assert_eq!(
            provider_account("system:serviceaccount:kube-system:default"),
            None
        );
        assert_eq!(provider_account("oidc:k8s:admins"), None);
        assert_eq!(provider_account("https://example.com"), None);
        assert_eq!(provider_account("k.berg"), None);
    }
}
