//! A key's name to its class: normalised (last path segment, words,
//! lower case), the parent segment qualifying a bare word, the longest
//! trailing run of known words deciding; and a per-worker [`Memo`] of it.

use super::classes::KeyClass;
use super::classes::KeyClass::*;
use super::vocabulary::VOCABULARY;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The vocabulary as a map, built once.
static MAP: LazyLock<HashMap<&'static str, KeyClass, foldhash::fast::FixedState>> =
    LazyLock::new(|| VOCABULARY.iter().copied().collect());

fn lookup(word: &str) -> Option<KeyClass> {
    MAP.get(word).copied()
}

/// The class of a free-text key by its letters alone (lower case, no
/// separators, as the free text's `key=value` reader spells them:
/// `brukernavn`, `användarnamn`, `requester`): one lookup of the whole
/// key, accents folded when it has any. No path, parent or trailing-word
/// reading: that is [`classify`]'s, for the structured formats.
pub(crate) fn letters_class(letters: &[u8]) -> Option<KeyClass> {
    let w = std::str::from_utf8(letters).ok()?;
    lookup(w).or_else(|| {
        (!w.is_ascii())
            .then(|| lookup(&fold_accents(w, false)))
            .flatten()
    })
}

/// Lower-cased words of one path segment: split at non-alphanumeric
/// characters and at camelCase humps (`srcUserName` → `src user name`,
/// `USER_NAME` → `user name`, `cs1Label` → `cs1 label`).
pub(super) fn words(seg: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in seg.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// The path segments of a field name: dotted, bracketed (`a[b]["c"]`),
/// slashed, with array markers and indices dropped, and whatever precedes a
/// `|` or `:` (a LEEF or CEF header glued to the first key) ignored.
fn segments(name: &str) -> Vec<&str> {
    let name = name.rsplit(['|']).next().unwrap_or(name);
    name.split(['.', '[', ']', '/', '"', '\'', ':'])
        .filter(|s| !s.is_empty() && !s.bytes().all(|b| b.is_ascii_digit()))
        .collect()
}

/// The words for a person's own telephone line, in English and the
/// Nordic languages.
const PRIVATE_LINES: [&str; 10] = [
    "private",
    "privat",
    "home",
    "hem",
    "hjem",
    "mobile",
    "mobil",
    "cell",
    "personal",
    "personlig",
];

/// The class of a field name, if the vocabulary knows it. A name with
/// letters outside ASCII that the vocabulary does not know as written is
/// looked up again with its accents folded ([`fold_accents`]): products
/// localised by their customers write the vocabulary's words with their
/// language's letters (`operatör=`, `Operatør:`, `ändrad_av`, `opérateur`,
/// `geändertVon`), and the vocabulary spells most words once.
pub fn classify(name: &str) -> Option<KeyClass> {
    classify_as_written(name).or_else(|| {
        if name.is_ascii() || name.len() > 256 {
            return None;
        }
        classify_as_written(&fold_accents(name, false))
            .or_else(|| classify_as_written(&fold_accents(name, true)))
    })
}

/// `name` with the accented Latin letters of the European languages
/// written as their base letter (`ö` → `o`, `ø` → `o`, `ł` → `l`, `ı` →
/// `i`), or, with `german`, as German writes them without umlauts (`ä` →
/// `ae`, `ö` → `oe`, `ü` → `ue`, `ß` → `ss`). Other characters are kept.
pub(super) fn fold_accents(name: &str, german: bool) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let upper = c.is_uppercase();
        let base: &str = match lower {
            'ä' | 'ö' | 'ü' if german => match lower {
                'ä' => "ae",
                'ö' => "oe",
                _ => "ue",
            },
            'ß' => "ss",
            'æ' => "ae",
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ă' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => "e",
            'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
            'ł' => "l",
            'ñ' | 'ń' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => "o",
            'ř' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ť' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            // Latvian and Lithuanian long vowels and softened consonants,
            // Slovak `ľ`, `ĺ`, `ŕ` (`uzvārds`, `turētājs`, `pavardė`).
            'ā' => "a",
            'ē' | 'ė' => "e",
            'ī' | 'į' => "i",
            'ū' | 'ų' => "u",
            'ģ' => "g",
            'ķ' => "k",
            'ļ' | 'ľ' | 'ĺ' => "l",
            'ņ' => "n",
            'ŗ' | 'ŕ' => "r",
            _ => {
                out.push(c);
                continue;
            }
        };
        // The case of the first letter is kept, so that camelCase humps
        // still split words (`geändertVon` → `geaendertVon`).
        let mut chars = base.chars();
        if let Some(f) = chars.next() {
            out.push(if upper { f.to_ascii_uppercase() } else { f });
        }
        out.extend(chars);
    }
    out
}

fn classify_as_written(name: &str) -> Option<KeyClass> {
    if name.len() > 256 {
        return None;
    }
    if let Some(c) = identifier_system(name) {
        return Some(c);
    }
    let segs = segments(name);
    let last = segs.last()?;
    let w = words(last);
    if w.is_empty() {
        return None;
    }
    let parent_words = (segs.len() >= 2).then(|| words(segs[segs.len() - 2]));
    if own_line(&w, parent_words.as_deref()) || test_identity(&w) {
        return Some(NotPersonal);
    }
    // Duo's authentication log names the device that approved a login by
    // its phone number (`auth_device.name`: `+1 (734) 555-0142`, `My
    // iPhone (734-555-0142)`): read as a phone key's value, a name that is
    // no number is left to the text detectors.
    if w.len() == 1
        && w[0] == "name"
        && parent_words
            .as_deref()
            .is_some_and(|p| p.len() == 2 && p[0] == "auth" && p[1] == "device")
    {
        return Some(Phone);
    }
    let parent = parent_words.and_then(|mut p| p.pop());
    // A bare word qualified by its parent: `user.name`, `caller.number`.
    if w.len() == 1 {
        if let Some(pw) = &parent {
            let joined = format!("{pw}{}", w[0]);
            if let Some(c) = lookup_stripped(&joined) {
                return Some(c);
            }
            // A person's own line under a phone object (`telefon.privat`,
            // `phone.home`, `phones.mobile`, as HR exports and CRMs nest
            // them): personal by what it says. (`work` and `arbete` may be
            // the firm's switchboard, and stay with the text detectors.)
            if PRIVATE_LINES.contains(&w[0].as_str())
                && matches!(lookup_stripped(pw), Some(Phone | Line))
            {
                return Some(Phone);
            }
            // The id of a phone identity is its number: Microsoft Graph's
            // `identitySet` (`"phone":{"id":"+46...","displayName":...}`
            // in call records and Teams PSTN reports).
            if w[0] == "id" && matches!(lookup_stripped(pw), Some(Phone)) {
                return Some(Phone);
            }
        }
    }
    // A value holder takes its meaning from the key it holds the value of:
    // HubSpot's and Salesforce's property objects (`phone.value`,
    // `orgnr.value`), OpenTelemetry's and Firestore's typed values
    // (`customer_phone.stringValue`).
    if VALUE_HOLDERS.contains(&w.concat().as_str()) && segs.len() >= 2 {
        let parent = segs[segs.len() - 2];
        let off = parent.as_ptr() as usize - name.as_ptr() as usize;
        return classify(&name[..off + parent.len()]);
    }
    // ServiceNow's reference fields: `caller_id.display_value`,
    // `assigned_to.display_value` hold the name of whoever the parent names.
    if w.len() == 2 && w[0] == "display" && w[1] == "value" && segs.len() >= 2 {
        return match classify(segs[segs.len() - 2]) {
            Some(c @ (Username | PersonName | Person)) => Some(c),
            Some(Actor) => Some(Person),
            Some(Phone | Line) => Some(PersonName),
            _ => None,
        };
    }
    // The longest trailing run of words that the table knows; weak words
    // count only as the whole key.
    for k in 0..w.len() {
        let joined: String = w[k..].concat();
        if let Some(c) = lookup_stripped(&joined) {
            if k == 0 || !c.weak() {
                if c == Name {
                    // The bare `name` of an object: a person's if the object
                    // is a person (`customer.name`, `holder.name`), an
                    // account's or its holder's if the object is an account
                    // (`requester.name`, `assignee.name`), nothing if it is
                    // something else (`company.name`, `door.name`,
                    // `endpoint.name`).
                    return match parent.as_deref() {
                        None => Some(Name),
                        // `CreatedBy.Name`, `modified_by.name`: whoever did it.
                        Some("by") => Some(Username),
                        Some(p) if person_object(p) => Some(PersonName),
                        // The two sides of a change (`old.name`,
                        // `new.name`, `before.name`, `previous.name`): as
                        // bare as the object they wrap.
                        Some(p) if CHANGE_SIDES.contains(&p) => Some(Name),
                        Some(p) if p != "endpoint" && lookup(p) == Some(Username) => Some(Username),
                        Some(_) => None,
                    };
                }
                // The name of an organisation, a place or a unit in a
                // language whose word for a name is a person's key
                // (`vardgivare.namn`, `employer.displayName`,
                // `mottagning.namn`): the text detectors decide.
                if c == PersonName
                    && k == 0
                    && NAME_WORDS.contains(&joined.as_str())
                    && parent
                        .as_deref()
                        .is_some_and(|p| ORGANISATIONS.contains(&p))
                {
                    return None;
                }
                return Some(c);
            }
        }
    }
    // `visitorName`, `guest_name`, `zakaznikMeno`, `nama_pelanggan`,
    // `nome_cliente`: the bare word for a name glued to a word for a
    // person, before or after it, is that person's name.
    if person_name_compound(&w) {
        return Some(PersonName);
    }
    // `calls_by_number`, `bytes_by_ip`: a count grouped by what follows
    // `by`, whose values (or object keys) are those things.
    if let Some(p) = w.iter().position(|x| x == "by") {
        if p + 1 < w.len() {
            if let Some(c) = lookup_stripped(&w[p + 1..].concat()) {
                return Some(c);
            }
        }
    }
    // `opened_by`, `sys_updated_by`, `last_approved_by`: whoever did it,
    // and the same in other languages (`andradAv`, `utford_av`,
    // `geaendertVon`, `gewijzigd_door`, `modifie_par`, `creado_por`).
    if w.len() >= 2 && (w[w.len() - 1] == "by" || localised_by(&w[w.len() - 2..])) {
        return Some(Username);
    }
    // The account of whoever did it, or of a user object, under the word
    // for an account (`utford_av.konto`, `anvandare.konto`).
    if w.len() == 1 && ACCOUNT_WORDS.contains(&w[0].as_str()) {
        if let Some(p) = &parent {
            let by = parent_words_last_two(name).is_some_and(|pw| localised_by(&pw));
            if p == "by" || by || matches!(lookup(p), Some(Username | Person | Actor)) {
                return Some(Username);
            }
        }
    }
    // `studentkonto`, `elevKonto`, `Benutzerkennung`, `brukerkonto`,
    // `opiskelijatunnus`: a word for whose account it is glued to an
    // account word that alone also names a ledger or a bank account. The
    // value decides as under a user id: a login is an account, digits
    // (`kontonummer`-like numbers) are not.
    if account_compound(w.concat().as_bytes()) {
        return Some(UserId);
    }
    // A vendor's or product's acronym glued to `version` (`OMSversion`,
    // `FWversion`, as CEF extensions write them): its version. Told from
    // `conversion` by the capital before the word.
    if let Some(p) = segs.last().and_then(|s| s.strip_suffix("version"))
        && p.len() >= 2
        && p.bytes().all(|c| c.is_ascii_uppercase())
    {
        return Some(Software);
    }
    // A vendor prefix glued to a known key (`FTNTFGTlogid`, `unauthuser`):
    // the longest known strong key of four or more letters that ends the
    // last word.
    let last = &w[w.len() - 1];
    last.char_indices()
        .skip(1)
        .map(|(i, _)| &last[i..])
        .filter(|t| t.len() >= 4)
        .find_map(|t| {
            lookup(t).filter(|c| {
                // Only keys that name personal data, or a machine id:
                // `passport` is no port, `conversion` no version.
                !c.weak() && *c != Software && (*c != NotPersonal || t.ends_with("id"))
            })
        })
        .or_else(|| thing_id(&w))
}

/// True if the words `w` are the bare word for a name (`name`, `namn`,
/// `meno`, `nama`: [`KeyClass::Name`] or [`NAME_WORDS`]) and, before or
/// after it, a word the vocabulary takes for a person ([`KeyClass::Person`]:
/// `visitor`, `guest`, `pelanggan`, `cliente`, `zakaznik`), as visitor,
/// booking and CRM products of every language name the field.
fn person_name_compound(w: &[String]) -> bool {
    let [first, .., last] = w else {
        return false;
    };
    let name_word = |x: &str| NAME_WORDS.contains(&x) || lookup(x) == Some(Name);
    let person = |ws: &[String]| {
        let c = ws.concat();
        lookup(&c) == Some(Person) || ROLES.contains(&c.as_str())
    };
    (name_word(last) && person(&w[..w.len() - 1])) || (name_word(first) && person(&w[1..]))
}

/// The roles a person takes in a trip, a delivery, a call, a visit or a
/// case, which booking, dispatch, contact-centre and care systems glue to
/// the word for a name (`driver_name`, `riderName`, `paxName`,
/// `courier_name`, `caller_name`, `nombre_conductor`, `fahrerName`): the
/// field holds that person's name, one given name alone as often as a
/// full one. Only roles that no machine takes: not `agent` (an EDR's or
/// a collector's agent is a host), `client` (an OAuth client), `host`,
/// `tenant` (a cloud directory's),
/// `target`, `subject` (a certificate's), `owner` or `member` (a
/// resource's, a pool's) nor `operator` (a network's).
const ROLES: &[&str] = &[
    "driver",
    "rider",
    "courier",
    "pax",
    "traveller",
    "traveler",
    "caller",
    "callee",
    "dispatcher",
    "technician",
    "doctor",
    "nurse",
    "physician",
    "clinician",
    "therapist",
    "carer",
    "caregiver",
    "teacher",
    "instructor",
    "tutor",
    "sender",
    "recipient",
    "payer",
    "payee",
    "cardholder",
    "holder",
    "subscriber",
    "buyer",
    "landlord",
    "inspector",
    "conductor",
    "cashier",
    "requester",
    "reporter",
    "assignee",
    "approver",
    "companion",
    "occupant",
    "invitee",
    "contact",
    "chauffeur",
    "fahrer",
    "fahrgast",
    "reisende",
    "kurier",
    "coursier",
    "motorista",
    "autista",
    "kierowca",
    "forare",
    "förare",
    "chauffor",
    "chaufför",
    "sjafor",
    "sjåfør",
    "kuljettaja",
    "pasajero",
    "passageiro",
    "passeggero",
    "passagier",
    "passager",
    "resenar",
    "resenär",
    "matkustaja",
    "repartidor",
    "entregador",
    "fattorino",
];

/// True if the last segment of the field name `name` is a surname's key
/// (`lastName`, `surname`, `sn`, `efternamn`, `uzvārds`, `příjmení`,
/// `prezime`, `mbiemri`, `nama_belakang`), in the languages of the
/// vocabulary's name keys, accents folded.
pub fn surname_key(name: &str) -> bool {
    const SURNAME_KEYS: &[&str] = &[
        "surname",
        "lastname",
        "familyname",
        "sn",
        "efternamn",
        "nachname",
        "familienname",
        "achternaam",
        "sukunimi",
        "etternavn",
        "efternavn",
        "apellido",
        "apellidos",
        "cognome",
        "nazwisko",
        "sobrenome",
        "apelido",
        "soyad",
        "soyadi",
        "prijmeni",
        "priezvisko",
        "pavarde",
        "uzvards",
        "perekonnanimi",
        "vezeteknev",
        "prezime",
        "priimek",
        "mbiemri",
        "mbiemer",
        "csaladnev",
        "namabelakang",
    ];
    let Some(last) = segments(name).pop() else {
        return false;
    };
    let w = words(last).concat();
    if w.is_ascii() {
        SURNAME_KEYS.contains(&w.as_str())
    } else {
        SURNAME_KEYS.contains(&fold_accents(&w, false).as_str())
    }
}

/// The word for an account in languages whose word for it also names a
/// ledger or bank account: an account only under whoever did something
/// or a user object.
const ACCOUNT_WORDS: &[&str] = &["konto", "compte", "cuenta", "tunnus"];

/// The last two words of the parent segment of `name`, if it has one.
fn parent_words_last_two(name: &str) -> Option<Vec<String>> {
    let segs = segments(name);
    let p = words(segs.get(segs.len().checked_sub(2)?)?);
    (p.len() >= 2).then(|| p[p.len() - 2..].to_vec())
}

/// True if the two words `w` are a past participle and the word for `by`
/// of another language: Swedish and Norwegian `av` (`andrad_av`,
/// `endret_av`), Danish `af`, German `von`, Dutch `door`, French `par`,
/// Spanish and Portuguese `por`, Polish `przez`. The participle ends as
/// one does (`-d`, `-t`, `-e`, `-é`, `-o`, `-a`), which keeps an
/// antivirus (`scan_av`, `mail_av`) out.
fn localised_by(w: &[String]) -> bool {
    let [verb, by] = w else {
        return false;
    };
    let ends = |v: &str| {
        v.chars().count() >= 4
            && (v.ends_with('d')
                || v.ends_with('t')
                || v.ends_with('é')
                || v.ends_with("ée")
                || v.ends_with("do")
                || v.ends_with("da")
                || v.ends_with("ne")
                || v.ends_with("ny"))
    };
    match by.as_str() {
        "av" | "af" | "von" | "door" => ends(verb),
        "par" | "por" => ends(verb) || verb.ends_with('e'),
        "przez" => true,
        _ => false,
    }
}

/// The id of a thing the vocabulary does not know (`externalId`,
/// `profileId`, `detection_id`, `appId`): an identifier, read as under
/// [`KeyClass::Id`] (a personnummer only if its date and checksum hold, a
/// number with `+` a phone, other digits left as they are). Products name
/// their record, object and vendor ids so in every format; the ids of a
/// person or a party have rows of their own (`userId`, `callerId`,
/// `subscriberId`, `Calling-Station-Id`), and a thing the vocabulary knows
/// as personal or as a party (`sender_id`, `msisdn_id`, `contact_id`)
/// is no such id: its value is left to the text detectors as before.
fn thing_id(w: &[String]) -> Option<KeyClass> {
    let (last, before) = w.split_last()?;
    if last != "id" || before.is_empty() {
        return None;
    }
    let thing = before.concat();
    match lookup_stripped(&thing) {
        // The id of a person by the role they acted in (`driver_id`,
        // `installerId`, `technician_id`, `courierId`), as dispatch,
        // field-service and ticket systems write who did the work: a
        // login or a number, read as under `userId`.
        None | Some(Person) if ROLE_THINGS.contains(&thing.as_str()) => Some(UserId),
        None | Some(NotPersonal | Software) => Some(Id),
        Some(Username | Actor) if thing != "endpoint" => Some(UserId),
        Some(_) => None,
    }
}

/// Roles whose word alone names a thing as often as a person (a device
/// `driver`, a parcel `courier` such as `dhl`, a `conductor` workflow
/// engine): only their `_id` is a person's ([`thing_id`]).
const ROLE_THINGS: &[&str] = &[
    "driver",
    "rider",
    "courier",
    "chauffeur",
    "fahrer",
    "forare",
    "kierowca",
    "conducteur",
    "conductor",
    "packer",
    "porter",
    "cleaner",
];

/// Account words that alone also name a ledger or a bank account
/// (Swedish, Norwegian, Danish, German and Polish `konto`), an identifier
/// of anything (German `Kennung`) or a code (Finnish `tunnus`), as the
/// last part of a compound key.
const COMPOUND_ACCOUNT_WORDS: &[&[u8]] = &[b"konto", b"kennung", b"tunnus"];

/// Words for whose account it is, as the Germanic and Finnish languages
/// glue them before an account word (`studentkonto`, `elevkonto`,
/// `användarkonto`, `brukerkonto`, `brugerkonto`, `Benutzerkonto`,
/// `Mitarbeiterkennung`, `Studentenkennung`, `opiskelijatunnus`,
/// `ADkonto`, `datorkonto`): a user, a student or pupil, a member of
/// staff, a teacher, a member, or the directory the account lives in.
/// Words of three letters or fewer count only as the whole qualifier
/// (`adKonto`, not `kreditkonto`).
const ACCOUNT_HOLDERS: &[&[u8]] = &[
    b"user",
    b"student",
    b"studenten",
    b"studierenden",
    b"pupil",
    b"elev",
    b"skol",
    b"school",
    b"anvandar",
    "användar".as_bytes(),
    b"bruker",
    b"bruger",
    b"benutzer",
    b"nutzer",
    b"anmelde",
    b"login",
    b"staff",
    b"employee",
    b"personal",
    b"anstalld",
    "anställd".as_bytes(),
    b"ansatt",
    b"ansat",
    b"medarbetar",
    b"medarbetare",
    b"medarbejder",
    b"mitarbeiter",
    b"larar",
    "lärar".as_bytes(),
    b"larer",
    b"laerer",
    "lærer".as_bytes(),
    b"lehrer",
    b"teacher",
    b"schuler",
    b"schueler",
    "schüler".as_bytes(),
    b"opiskelija",
    b"oppilas",
    b"opettaja",
    b"henkilokunta",
    "henkilökunta".as_bytes(),
    b"member",
    b"medlems",
    b"mitglieds",
    b"dator",
    b"domain",
    b"doman",
    "domän".as_bytes(),
    b"natverks",
    "nätverks".as_bytes(),
    b"windows",
    b"ldap",
    b"ad",
    b"it",
    b"uni",
    b"sso",
];

/// True if the letters of a key, lower case and without separators
/// (`studentkonto`, `adkonto`, `benutzerkennung`), are an account word
/// of [`COMPOUND_ACCOUNT_WORDS`] after a word of [`ACCOUNT_HOLDERS`]:
/// whose account it is. Shared by the structured formats' keys and the
/// free text's `key=value` ([`crate::detect::username`]).
pub(crate) fn account_compound(letters: &[u8]) -> bool {
    COMPOUND_ACCOUNT_WORDS.iter().any(|a| {
        letters.strip_suffix(*a).is_some_and(|q| {
            ACCOUNT_HOLDERS.iter().any(|h| {
                if h.len() <= 3 {
                    q == *h
                } else {
                    q.ends_with(h)
                }
            })
        })
    })
}

/// True if a key names a number of the organisation itself, not of a
/// person: a word for its own line (`system`, `queue`, `hotline`,
/// `switchboard`, `main`, `company`, `support`, Swedish `växel`,
/// `kundtjänst`) before a word for a number (`SystemEndpoint`,
/// `queue_number`, `hotlineNumber`, `company_phone`, `växelnummer`), or
/// as the parent of a bare number word (`SystemEndpoint.Address`, Amazon
/// Connect's contact records; `queue.number`). Its digits are kept; the
/// customer's end beside it (`CustomerEndpoint.Address`) is not one.
fn own_line(w: &[String], parent: Option<&[String]>) -> bool {
    const OWN: &[&str] = &[
        "system",
        "queue",
        "hotline",
        "switchboard",
        "main",
        "company",
        "support",
        "helpdesk",
        "servicedesk",
        "pilot",
        "tollfree",
        "freephone",
        "vaxel",
        "växel",
        "kundtjanst",
        "kundtjänst",
    ];
    const NUMBER: &[&str] = &[
        "number",
        "phone",
        "tel",
        "telephone",
        "endpoint",
        "address",
        "nr",
        "no",
        "num",
        "line",
        "nummer",
        "telefon",
        "telefoon",
        "telefono",
        "puhelin",
        "numero",
        "numer",
    ];
    let Some((last, before)) = w.split_last() else {
        return false;
    };
    // The number a messaging platform's webhook metadata gives as the
    // receiving business account's own (`metadata.display_phone_number`
    // of WhatsApp's Cloud API and of the providers that forward its
    // webhooks), beside the customer's `wa_id`: the firm's line.
    if parent.is_some_and(|p| p.len() == 1 && p[0] == "metadata")
        && w.len() == 3
        && w[0] == "display"
        && w[1] == "phone"
        && last == "number"
    {
        return true;
    }
    // The whole key names the service (`klantenservice`,
    // `atención_al_cliente`, `customer_service_phone`), as an order or a
    // shop's export writes its own contact line beside the customer's.
    let service = |ws: &[String]| SERVICE_KEYS.contains(&ws.concat().as_str());
    let number = NUMBER.contains(&last.as_str());
    if unit_contact(w) || (number && before.is_empty() && parent.is_some_and(unit_contact)) {
        return true;
    }
    if service(w)
        || (number && service(before))
        || (number && before.is_empty() && parent.is_some_and(service))
    {
        return true;
    }
    let own = |x: &String| OWN.contains(&x.as_str());
    // `vaxelnummer`, `hotlinenumber`: one word that ends in a number word.
    let glued = |x: &String| {
        OWN.iter()
            .any(|o| x.strip_prefix(o).is_some_and(|r| NUMBER.contains(&r)))
    };
    if w.len() == 1 && glued(last) {
        return true;
    }
    if !NUMBER.contains(&last.as_str()) {
        return false;
    }
    // The number word qualified by what it numbers (`companyOrgNr`,
    // `company_org_no`, `customerOrgNo`): the firm's registration number,
    // no line of its own.
    if let Some(q) = before.last()
        && !own(q)
        && lookup_stripped(&format!("{q}{last}"))
            .is_some_and(|c| !matches!(c, Phone | Line | NotPersonal))
    {
        return false;
    }
    match before {
        [] => parent.is_some_and(|p| {
            p.len() >= 2
                && p[..p.len() - 1].iter().any(own)
                && NUMBER.contains(&p[p.len() - 1].as_str())
                || p.len() == 1 && own(&p[0])
        }),
        _ => before.iter().any(own),
    }
}

/// True if a key says its handset or subscriber identity is a test, an
/// example or a rejected value, not a subscriber's (`test-imsi`,
/// `dummy_imei`, `tac-bad`, `blocked_imei`, `example.imsi`): a network's
/// test SIMs and an equipment register's rejected type codes are the
/// operator's, written beside the subscriber's own `imsi=` and `imei=`.
/// A TAC (the first eight digits of an IMEI) names a model, no handset.
fn test_identity(w: &[String]) -> bool {
    const TEST: &[&str] = &[
        "test",
        "testing",
        "dummy",
        "example",
        "sample",
        "demo",
        "fake",
        "bad",
        "blocked",
        "blacklisted",
        "invalid",
    ];
    const IDENTITY: &[&str] = &["imsi", "imei", "imeisv", "tac"];
    w.len() >= 2
        && w.iter().any(|x| TEST.contains(&x.as_str()))
        && w.iter().any(|x| IDENTITY.contains(&x.as_str()))
}

/// True if a key names a unit of an organisation by its office, with a
/// word that says which (`internationalOffice`, `head_office`,
/// `internationellaKontoret`, `studentexpeditionen`, `Hauptbüro`): a
/// directory's or an export's contact line of that office, as a
/// university's, a firm's or an agency's record writes it beside a
/// person's own. An office alone (`office`, vCard's phone type), a home
/// office and a person's own (`myOffice`, `privatKontor`) are not one;
/// nor is a key that goes on to name a person's line at the office
/// (`officePhone`: its last word is the number word).
fn unit_contact(w: &[String]) -> bool {
    const UNIT: &[&str] = &[
        "office",
        "kontoret",
        "kontor",
        "kansliet",
        "kansli",
        "expeditionen",
        "expedition",
        "buro",
        "büro",
        "bureau",
        "oficina",
        "ufficio",
        "kantoor",
        "toimisto",
    ];
    const OWN: &[&str] = &[
        "home", "hem", "my", "own", "private", "privat", "personal", "mitt", "min",
    ];
    let Some((last, before)) = w.split_last() else {
        return false;
    };
    // The unit word alone, or glued after a qualifier of four letters or
    // more (`studentexpeditionen`, `hauptburo`).
    let glued = UNIT
        .iter()
        .any(|u| last.len() >= u.len() + 4 && last.ends_with(u));
    let qualified = glued || (UNIT.contains(&last.as_str()) && !before.is_empty());
    let own = w.iter().any(|x| OWN.contains(&x.as_str()))
        || ["home", "hem", "privat"]
            .iter()
            .any(|o| last.starts_with(o));
    qualified && !own
}

/// Keys that name an organisation's customer service, switchboard or help
/// desk as a whole, in English, Swedish, Norwegian, Danish, Finnish,
/// Dutch, German, French, Spanish, Italian and Polish (words joined, after
/// the key's diacritics are folded): the service's own line, never the
/// customer's (`customer`, `kund`, `klant` alone are a person). Swedish
/// `växel` and `kundtjänst` count only before a number word
/// (`växelnummer`, [`own_line`]): a word of free text with letters
/// outside ASCII is classified as a key too, and a switchboard forwards a
/// person's call (`växel 0701740683`).
const SERVICE_KEYS: &[&str] = &[
    "customerservice",
    "customercare",
    "customersupport",
    "clientservice",
    "switchboard",
    "helpdesk",
    "servicedesk",
    "hotline",
    "kundservice",
    "kundeservice",
    "kundesenter",
    "kundesupport",
    "sentralbord",
    "omstilling",
    "asiakaspalvelu",
    "vaihde",
    "klantenservice",
    "klantendienst",
    "kundendienst",
    "kundenservice",
    "serviceclient",
    "serviceclients",
    "atencionalcliente",
    "servicioalcliente",
    "servizioclienti",
    "assistenzaclienti",
    "obslugaklienta",
    // A hotel's or an office's reception and front desk, in the same
    // languages (German `Rezeption`, Dutch `receptie`, Norwegian
    // `resepsjon`, Spanish `recepción`, Portuguese `recepção`, Italian
    // `reception`, French `accueil`): the property's own line, as a
    // reservation or a visitor record writes it beside the guest's.
    "reception",
    "receptionen",
    "frontdesk",
    "frontoffice",
    "rezeption",
    "receptie",
    "resepsjon",
    "resepsjonen",
    "recepcion",
    "recepcao",
    "accueil",
];

/// Keys that only hold the value of their parent key.
const VALUE_HOLDERS: &[&str] = &[
    "value",
    "val",
    "stringvalue",
    "intvalue",
    "integervalue",
    "textvalue",
];

/// The parents an audit or event record writes a changed object's two
/// sides under (`"old":{...},"new":{...}`, `before`/`after`,
/// `previous`/`current`).
const CHANGE_SIDES: &[&str] = &["old", "new", "before", "after", "previous", "current"];

/// The words for an object's name that the vocabulary takes for a
/// person's name (`namn`, `nom`, `nombre`, `displayName`).
const NAME_WORDS: &[&str] = &["namn", "nom", "nombre", "displayname"];

/// Objects that are an organisation, one of its units or places, or a
/// business party: their name is no person's (`company.name`,
/// `vardgivare.namn` of a care provider, `mottagning.namn` of a clinic,
/// `employer.displayName`, `afdeling.navn`, `Unternehmen.Name`), in
/// English, the Nordic languages, German, Dutch, French, Spanish,
/// Finnish and Polish.
const ORGANISATIONS: &[&str] = &[
    "company",
    "organization",
    "organisation",
    "org",
    "employer",
    "vendor",
    "supplier",
    "department",
    "office",
    "site",
    "clinic",
    "hospital",
    "facility",
    "branch",
    "store",
    "agency",
    "foretag",
    "företag",
    "arbetsgivare",
    "leverantor",
    "leverantör",
    "vardgivare",
    "vårdgivare",
    "vardenhet",
    "vårdenhet",
    "mottagning",
    "vardcentral",
    "vårdcentral",
    "klinik",
    "avdelning",
    "myndighet",
    "kommun",
    "firma",
    "virksomhet",
    "virksomhed",
    "arbeidsgiver",
    "arbejdsgiver",
    "leverandor",
    "leverandør",
    "avdeling",
    "afdeling",
    "unternehmen",
    "arbeitgeber",
    "lieferant",
    "abteilung",
    "standort",
    "bedrijf",
    "werkgever",
    "leverancier",
    "entreprise",
    "societe",
    "société",
    "employeur",
    "fournisseur",
    "empresa",
    "proveedor",
    "departamento",
    "yritys",
    "tyonantaja",
    "työnantaja",
    "osasto",
    "toimipiste",
    "pracodawca",
    "dostawca",
];

/// True if an object named `p` is a person, or a list of them: the
/// people a booking, a meeting or a trip names besides its holder
/// (`companions[].name`, `guests[].name`, `attendees[].name`, as hotel,
/// airline, calendar and event platforms write them).
fn person_object(p: &str) -> bool {
    PERSONS.contains(&p)
        || lookup(p) == Some(Person)
        || p.strip_suffix('s')
            .is_some_and(|one| PEOPLE_IN_LISTS.contains(&one))
}

/// Persons that come in lists whose plural is a key of its own; not
/// `member` (a cluster's or a pool's members are hosts) nor `owner`.
const PEOPLE_IN_LISTS: &[&str] = &[
    "person",
    "contact",
    "customer",
    "client",
    "guest",
    "passenger",
    "companion",
    "traveller",
    "traveler",
    "attendee",
    "participant",
    "invitee",
    "occupant",
    "visitor",
    "patient",
    "employee",
    "applicant",
    "student",
];

/// Objects whose bare `name` is a person's name.
const PERSONS: &[&str] = &[
    "companion",
    "traveller",
    "traveler",
    "attendee",
    "participant",
    "invitee",
    "occupant",
    "person",
    "people",
    "contact",
    "customer",
    "client",
    "caller",
    "callee",
    "owner",
    "holder",
    "cardholder",
    "employee",
    "staff",
    "member",
    "patient",
    "subscriber",
    "sender",
    "recipient",
    "author",
    "assignee",
    "requester",
    "reporter",
    "applicant",
    "student",
    "guardian",
    "driver",
    "passenger",
    "guest",
    "visitor",
    "actor",
    "target",
    "subject",
    "profile",
    "party",
    "kund",
    "kontakt",
    "anstalld",
    "anställd",
    "signer",
    "manager",
    "agent",
];

/// The class of the numbers an identifier system names, by its object
/// identifier (`urn:oid:2.5.4.97`, as FHIR's `Identifier.system` and
/// HL7 v2 write it): the Swedish personnummer and samordningsnummer
/// (Inera's `1.2.752.129.2.1.3.1` and `...3.3`), the Norwegian
/// fødselsnummer (`2.16.578.1.12.4.1.4.1`), the Danish CPR number
/// (`1.2.208.176.1.2`), the Finnish henkilötunnus (`1.2.246.21`); the
/// organisation identifier of X.520 (`2.5.4.97`, which Swedish profiles use
/// for the organisationsnummer). The number's own date and check digit
/// still decide.
fn identifier_system(name: &str) -> Option<KeyClass> {
    let oid = name
        .strip_prefix("urn:oid:")
        .or_else(|| name.strip_prefix("oid:"))?;
    match oid {
        "1.2.752.129.2.1.3.1"
        | "1.2.752.129.2.1.3.3"
        | "2.16.578.1.12.4.1.4.1"
        | "1.2.208.176.1.2"
        | "1.2.246.21" => Some(Pnr),
        "2.5.4.97" => Some(Orgnr),
        _ => None,
    }
}

/// True if the value of a `type`, `system` or `use` sibling names what a
/// contact point or identifier holds: a telephone (`phone`, `mobile`,
/// `fax`, `sms`, `telecom`), an e-mail address, a personnummer or an
/// organisation number, by word or by its system's object identifier.
/// `work`, `home` and `note` name nothing.
pub fn names_contact(value: &str) -> bool {
    let v = value.trim();
    !v.is_empty()
        && v.len() <= 64
        && matches!(classify(v), Some(Phone | Line | Email | Pnr | Orgnr))
}

/// The class of one word written before a value in free text (`pnr`,
/// `org.nr`, `kundnr:`), as the whole key: its ASCII letters and digits,
/// lower-cased, looked up without allocating (this runs for every bare
/// 10- or 12-digit candidate). Other words go through [`classify`].
pub(crate) fn classify_word(word: &[u8]) -> Option<KeyClass> {
    let mut buf = [0u8; 32];
    let mut n = 0;
    for &c in word {
        if !c.is_ascii() {
            return std::str::from_utf8(word).ok().and_then(classify);
        }
        if c.is_ascii_alphanumeric() {
            *buf.get_mut(n)? = c.to_ascii_lowercase();
            n += 1;
        }
    }
    std::str::from_utf8(&buf[..n]).ok().and_then(lookup)
}

/// Looks `word` up as it is, then without trailing digits (`phone2`,
/// `cs1`): `ipv4` is in the table, `phone2` is not.
fn lookup_stripped(word: &str) -> Option<KeyClass> {
    lookup(word)
        .or_else(|| {
            let t = word.trim_end_matches(|c: char| c.is_ascii_digit());
            (t.len() != word.len() && !t.is_empty())
                .then(|| lookup(t))
                .flatten()
        })
        .or_else(|| {
            // A list of them: `phones`, `emails`, `ips`, `macs`.
            let t = word.strip_suffix('s')?;
            (t.len() >= 2).then(|| lookup(t)).flatten()
        })
}

/// Per-worker memo of [`classify`]: field names repeat from record to
/// record, so each distinct name is normalised once. Bounded, because
/// names come from the records.
#[derive(Clone, Debug, Default)]
pub struct Memo {
    map: HashMap<Box<str>, Option<KeyClass>, foldhash::fast::RandomState>,
}

impl Memo {
    /// Most names kept before the memo starts over.
    const CAP: usize = 4096;

    /// The class of `name`, memoised.
    pub fn classify(&mut self, name: &str) -> Option<KeyClass> {
        if let Some(c) = self.map.get(name) {
            return *c;
        }
        let c = classify(name);
        if self.map.len() >= Self::CAP {
            self.map.clear();
        }
        self.map.insert(name.into(), c);
        c
    }
}

#[cfg(test)]
mod fold_tests {
    use super::*;

    #[test]
    fn localised_keys_with_accents_are_read_as_the_vocabulary_spells_them() {
        // Access-control, ticketing and HR exports localised by their
        // customers: the operator of a door system, a phone column.
        assert_eq!(classify("operatör"), Some(Username));
        assert_eq!(classify("Operatør"), Some(Username));
        assert_eq!(classify("Téléphone"), Some(Phone));
        assert_eq!(classify("händelse"), None);
        assert_eq!(classify("dörr"), None);
        assert_eq!(fold_accents("geändertVon", true), "geaendertVon");
        assert_eq!(fold_accents("Łódź", false), "Lodz");
    }
}
