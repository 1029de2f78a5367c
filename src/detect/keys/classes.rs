//! What a key says its value is ([`KeyClass`]).

#[cfg(doc)]
use crate::detect::name::looks_like_name;

/// What a key says its value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyClass {
    /// An account name (`user`, `login`, `suser`, `changed_by`, ...). An
    /// e-mail-shaped value is an e-mail address (`userPrincipalName`,
    /// `sasl_username`), a `user@REALM` Kerberos principal stays a username.
    Username,
    /// A person's name (`full_name`, `displayName`, `holder`, ...).
    PersonName,
    /// The bare word `name` (or `cn`): a person's name only when the value
    /// looks like one under a stricter check (two or more capitalised
    /// words, none of them a common non-name word).
    Name,
    /// A telephone number (`phone`, `msisdn`, `callerPhone`).
    Phone,
    /// A call party's number where a PBX writes an internal extension as
    /// often as a full number (`Calling number`, `callee_ext_number`,
    /// `from-no`, `ani`, `callingPartyNumber`): a phone number as under
    /// [`KeyClass::Phone`], or an extension of three to six digits that is
    /// no service number.
    Line,
    /// An e-mail address.
    Email,
    /// An IP address (`client_ip`, `remote_addr`, `x-forwarded-for`).
    Ip,
    /// A MAC address.
    Mac,
    /// A handset identity.
    Imei,
    /// A subscriber identity.
    Imsi,
    /// A personnummer or samordningsnummer.
    Pnr,
    /// An organisationsnummer (a sole trader's is a personnummer).
    Orgnr,
    /// A badge or card code.
    Badge,
    /// The bare word for a card in a language where it names other things
    /// too (French `carte`, German `Karte`: a map, a network card; Latvian
    /// `karte`, Polish, Czech and Slovak `karta`, Dutch and Estonian `kaart`,
    /// Spanish `tarjeta`, Italian `tessera`, Portuguese `cartão`, Hungarian
    /// `kártya`, Lithuanian `kortelė`, Croatian and Serbian `kartica`,
    /// Turkish `kart`, Indonesian `kartu`, Russian and Bulgarian `карта`):
    /// a badge only when the value is shaped like a card number
    /// ([`crate::detect::badge::card`]: `HID842040`, `K2741618`,
    /// `VM-47047`, `11761866`), never a map's or an adapter's name.
    CardWord,
    /// One end of a connection or a message, or a bare `number` (`src`,
    /// `dst`, `from`, `to`, `caller`, `address`): an IP, e-mail, phone,
    /// personnummer or MAC by the value's shape and checksum.
    Party,
    /// An identifier that may be a person's number (`id`, `customer_id`,
    /// `kundnr`, `user_id`): a digit value is a personnummer or
    /// samordningsnummer if its date and checksum hold, an orgnr if written
    /// with its dash, a phone if written with `+`; any other digit value is
    /// left as it is.
    Id,
    /// A machine identifier or counter (`logid`, `event_id`, `ticket`,
    /// `ärende`, `session_id`, ...): a digit value is left as it is.
    NotPersonal,
    /// Software, not a person (`user_agent`, `os_version`, `firmware`):
    /// the value is left as it is, version numbers and all.
    Software,
    /// The id of an account (`userId`, `user.id`, `actorId`): a number as
    /// under [`KeyClass::Id`], or the account's name when it is written as
    /// one (`k.berg`, `CORP\\kberg`, `k.berg@EXAMPLE.SE`, an e-mail
    /// address); an opaque id (`00u1a2b3c4`) is left to the text detectors.
    UserId,
    /// Someone who may be written by name or by account, and a word that
    /// names other things too (`customer`, `visitor`, `employee`,
    /// `patient`): a name of words ([`looks_like_name`]), an account with
    /// a separator or digits (`k.lindqvist`, `ahm42`) or an e-mail
    /// address; one plain word only if the gazetteer knows it as a name
    /// (`Karin`; not `premium`, `true`, `standard`).
    Person,
    /// Whoever performed an action, under a key that says only that
    /// (`by`, `who`): a value [`KeyClass::Person`] takes, or a plain
    /// lower-case login (`kberg`, `ab1234`), as audit and tracking events
    /// write the member of staff who acted (`"by":"kberg"`); a component
    /// (`system`, `api`, `scheduler`) is left as it is.
    Actor,
    /// A device by whatever id its system gives it (`kiosk`, `terminal`,
    /// `reader`, `device`): twelve bare hex digits with a registered
    /// manufacturer prefix, in one case, are its MAC (a kiosk, a reader
    /// or a sensor named by its own address); any other value is read as
    /// under a key the vocabulary does not know.
    Device,
}

impl KeyClass {
    /// Weak classes count only as a whole key (or qualified by their
    /// parent), never as the trailing word of a longer key.
    pub(super) fn weak(self) -> bool {
        matches!(
            self,
            KeyClass::Name
                | KeyClass::Party
                | KeyClass::Id
                | KeyClass::Person
                | KeyClass::Actor
                | KeyClass::Device
                | KeyClass::CardWord
        )
    }
}
