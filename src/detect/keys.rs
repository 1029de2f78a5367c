//! Key-aware detection: a structured field's name is evidence of what its
//! value is.
//!
//! One vocabulary ([`VOCABULARY`]) maps normalised key names to a
//! [`KeyClass`], for every structured format: JSON paths at any depth, kv
//! keys, CEF extension keys and `csNLabel` names, RFC 5424 SD-PARAM names and
//! LEEF keys. A key is normalised before lookup: the last path segment
//! (`a.b[].c`, `a[b][c]`, `sd.ID.PARAM`, `LEEF:...|key`), split into words at
//! `_`, `-`, spaces and camelCase humps, lower-cased and joined
//! (`userName`, `user_name`, `USER-NAME` are all `username`). The parent
//! segment qualifies a bare word (`user.name` is `username`, `caller.name`
//! is `callername`), and the longest trailing run of words that the table
//! knows decides (`lastChangedBy` is `changedby`, `srcUserName` is
//! `username`).
//!
//! A key only says what a value *should* be: [`evidence`] checks the value
//! with the category's own validator (a `phone` key holding `unknown` or `0`
//! is not a phone) and says what to do. When the value is not a valid
//! instance, the free-text detectors still run over it.
//!
//! Some key words are ambiguous on their own (`name`, `id`, `number`,
//! `src`, `address`): they count only as the whole key, never as the last
//! word of a longer one (`hostname`, `port_number` and `street_address` are
//! not evidence), and the value's shape and checksum decide.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::name::looks_like_name;
use super::{Kind, email, idnum, imei, ip, mac, phone};

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
    /// A telephone number (`phone`, `msisdn`, `ani`, `callingPartyNumber`).
    Phone,
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
}

impl KeyClass {
    /// Weak classes count only as a whole key (or qualified by their
    /// parent), never as the trailing word of a longer key.
    fn weak(self) -> bool {
        matches!(
            self,
            KeyClass::Name | KeyClass::Party | KeyClass::Id | KeyClass::Person
        )
    }
}

use KeyClass::*;

/// The shared vocabulary: normalised key (lower-case letters and digits,
/// words joined) → class. Data, not code: add a row to teach veil a key.
pub const VOCABULARY: &[(&str, KeyClass)] = &[
    // Accounts: auth, VPN, IdP, mail, firewall and SaaS audit logs.
    ("user", Username),
    ("username", Username),
    ("usrname", Username),
    ("usr", Username),
    ("login", Username),
    ("loginname", Username),
    ("loginid", Username),
    ("logon", Username),
    ("logonname", Username),
    ("logname", Username),
    ("account", Username),
    ("accountname", Username),
    ("acct", Username),
    ("acctname", Username),
    ("samaccountname", Username),
    ("principal", Username),
    ("principalname", Username),
    ("userprincipalname", Username),
    ("upn", Username),
    ("suser", Username),
    ("duser", Username),
    ("suid", Username),
    ("duid", Username),
    ("ruser", Username),
    ("luser", Username),
    ("srcuser", Username),
    ("dstuser", Username),
    ("sourceuser", Username),
    ("destinationuser", Username),
    ("sourceusername", Username),
    ("destinationusername", Username),
    ("targetuser", Username),
    ("targetusername", Username),
    ("subjectusername", Username),
    ("saslusername", Username),
    ("authuser", Username),
    ("remoteuser", Username),
    ("xremoteuser", Username),
    ("identname", Username),
    ("changedby", Username),
    ("modifiedby", Username),
    ("createdby", Username),
    ("updatedby", Username),
    ("deletedby", Username),
    ("approvedby", Username),
    ("requestedby", Username),
    ("initiatedby", Username),
    ("performedby", Username),
    ("triggeredby", Username),
    ("invokedby", Username),
    ("ownedby", Username),
    ("lockedby", Username),
    ("assignee", Username),
    ("assignedto", Username),
    ("agent", Username),
    ("owner", Username),
    ("actor", Username),
    ("author", Username),
    ("requester", Username),
    ("requestor", Username),
    ("submitter", Username),
    ("reporter", Username),
    ("uploader", Username),
    ("impersonator", Username),
    ("nick", Username),
    ("nickname", Username),
    ("screenname", Username),
    ("endpoint", Username),
    ("authname", Username),
    ("authusername", Username),
    ("sipuser", Username),
    ("sipusername", Username),
    ("extensionuser", Username),
    ("radiususername", Username),
    ("calledbyuser", Username),
    ("tunnelusername", Username),
    ("xauthuser", Username),
    ("vpnuser", Username),
    ("webuser", Username),
    ("localuser", Username),
    ("dstusername", Username),
    ("srcusername", Username),
    ("coordinator", Username),
    ("manager", Username),
    ("supervisor", Username),
    ("approver", Username),
    ("reviewer", Username),
    ("editor", Username),
    ("creator", Username),
    ("modifier", Username),
    ("technician", Username),
    ("caseworker", Username),
    ("handler", Username),
    ("salesrep", Username),
    ("accountmanager", Username),
    ("subjectuser", Username),
    ("targetaccount", Username),
    ("member", Username),
    ("unauthuser", Username),
    // Okta's `alternateId`, Kerberos' client name, LDAP's `uid`, chat
    // handles (not a bare `handle`: Windows writes object handles there),
    // and `identity` (strongSwan, IdPs).
    ("alternateid", Username),
    ("operator", Username),
    ("operatorid", Username),
    ("performer", Username),
    ("cname", Username),
    ("uid", Username),
    ("userhandle", Username),
    ("identity", Username),
    ("handlaggare", Username),
    ("handläggare", Username),
    ("ansvarig", Username),
    // Person names.
    ("fullname", PersonName),
    ("displayname", PersonName),
    ("realname", PersonName),
    ("commonname", PersonName),
    ("firstname", PersonName),
    ("lastname", PersonName),
    ("givenname", PersonName),
    ("surname", PersonName),
    ("familyname", PersonName),
    ("middlename", PersonName),
    ("fn", PersonName),
    ("gecos", PersonName),
    ("holder", PersonName),
    ("holdername", PersonName),
    ("cardholder", PersonName),
    ("cardholdername", PersonName),
    ("accountholder", PersonName),
    ("contactname", PersonName),
    ("callername", PersonName),
    ("calleridname", PersonName),
    ("cidname", PersonName),
    ("clidname", PersonName),
    ("calleename", PersonName),
    ("calledname", PersonName),
    ("callingname", PersonName),
    ("connectedname", PersonName),
    ("connectedlinename", PersonName),
    ("customername", PersonName),
    ("clientname", PersonName),
    ("personname", PersonName),
    ("employeename", PersonName),
    ("patientname", PersonName),
    ("subscribername", PersonName),
    ("membername", PersonName),
    ("ownername", PersonName),
    ("agentname", PersonName),
    ("sendername", PersonName),
    ("recipientname", PersonName),
    ("fromname", PersonName),
    ("toname", PersonName),
    ("actorname", PersonName),
    ("authorname", PersonName),
    ("contactperson", PersonName),
    ("personalname", PersonName),
    ("kontakt", PersonName),
    ("kontaktperson", PersonName),
    ("namn", PersonName),
    ("display", PersonName),
    ("name", Name),
    ("cn", Name),
    // LDAP and SCIM attributes of a person's name.
    ("sn", PersonName),
    ("nameformatted", PersonName),
    ("formattedname", PersonName),
    ("preferredname", PersonName),
    ("legalname", PersonName),
    ("fornamn", PersonName),
    ("förnamn", PersonName),
    ("efternamn", PersonName),
    ("vorname", PersonName),
    ("nachname", PersonName),
    ("nom", PersonName),
    ("prenom", PersonName),
    ("prénom", PersonName),
    ("apellido", PersonName),
    ("apellidos", PersonName),
    ("nombre", PersonName),
    // People who may be written by name or by account.
    ("person", Person),
    ("employee", Person),
    ("staff", Person),
    ("customer", Person),
    ("patient", Person),
    ("visitor", Person),
    ("guest", Person),
    ("passenger", Person),
    ("beneficiary", Person),
    ("nominee", Person),
    ("attendee", Person),
    ("participant", Person),
    ("organizer", Person),
    ("organiser", Person),
    ("applicant", Person),
    ("student", Person),
    ("signer", Person),
    ("signatory", Person),
    ("witness", Person),
    ("kund", Person),
    ("anstalld", Person),
    ("anställd", Person),
    ("medarbetare", Person),
    ("besokare", Person),
    ("besökare", Person),
    ("committer", Person),
    ("assignedperson", Person),
    ("responsible", Person),
    ("mitarbeiter", Person),
    ("benutzer", Username),
    ("anvandare", Username),
    ("användare", Username),
    ("anvandarnamn", Username),
    ("användarnamn", Username),
    ("utilisateur", Username),
    ("usuario", Username),
    ("by", Person),
    ("who", Person),
    // Telephone numbers: PBXs, SBCs, SMS gateways, RADIUS.
    ("phone", Phone),
    ("phonenumber", Phone),
    ("phoneno", Phone),
    ("phonenr", Phone),
    ("telephone", Phone),
    ("telephonenumber", Phone),
    ("tel", Phone),
    ("telno", Phone),
    ("telnr", Phone),
    ("telefon", Phone),
    ("telefonnummer", Phone),
    ("mobil", Phone),
    ("mobile", Phone),
    ("mobilephone", Phone),
    ("mobilenumber", Phone),
    ("mobilnummer", Phone),
    ("cell", Phone),
    ("cellphone", Phone),
    ("cellular", Phone),
    ("fax", Phone),
    ("msisdn", Phone),
    ("ani", Phone),
    ("dnis", Phone),
    ("did", Phone),
    ("callerid", Phone),
    ("calleridnumber", Phone),
    ("calleridnum", Phone),
    ("cidnum", Phone),
    ("cidnumber", Phone),
    ("clidnum", Phone),
    ("callernumber", Phone),
    ("callerphone", Phone),
    ("calleenumber", Phone),
    ("callingnumber", Phone),
    ("callingpartynumber", Phone),
    ("callingparty", Phone),
    ("callingstation", Phone),
    ("callednumber", Phone),
    ("calledpartynumber", Phone),
    ("calledparty", Phone),
    ("originalcalledpartynumber", Phone),
    ("finalcalledpartynumber", Phone),
    ("connectednumber", Phone),
    ("connectedlinenum", Phone),
    ("redirectingnumber", Phone),
    ("redirectnumber", Phone),
    ("destinationnumber", Phone),
    ("dialednumber", Phone),
    ("diallednumber", Phone),
    ("dialstring", Phone),
    ("fromnumber", Phone),
    ("tonumber", Phone),
    ("srcnumber", Phone),
    ("dstnumber", Phone),
    ("sourcenumber", Phone),
    ("sourceaddr", Party),
    ("destaddr", Party),
    ("smsc", Phone),
    ("sendernumber", Phone),
    ("recipientnumber", Phone),
    ("originatornumber", Phone),
    ("callbacknumber", Phone),
    ("contactnumber", Phone),
    ("contactphone", Phone),
    ("homephone", Phone),
    ("workphone", Phone),
    ("otherphone", Phone),
    ("e164", Phone),
    ("ddi", Phone),
    ("extension", Phone),
    // E-mail addresses.
    ("email", Email),
    ("emailaddress", Email),
    ("emailaddr", Email),
    ("mail", Email),
    ("mailaddress", Email),
    ("epost", Email),
    ("mailfrom", Email),
    ("rcptto", Email),
    ("envelopefrom", Email),
    ("envelopeto", Email),
    ("replyto", Email),
    ("returnpath", Email),
    ("senderaddress", Email),
    ("recipientaddress", Email),
    ("fromaddress", Email),
    ("toaddress", Email),
    ("useremail", Email),
    ("contactemail", Email),
    // IP addresses.
    ("ip", Ip),
    ("ipv4", Ip),
    ("ipv6", Ip),
    ("ipaddr", Ip),
    ("ipaddress", Ip),
    ("ipv4address", Ip),
    ("ipv6address", Ip),
    ("srcip", Ip),
    ("dstip", Ip),
    ("sourceip", Ip),
    ("destip", Ip),
    ("destinationip", Ip),
    ("clientip", Ip),
    ("clientaddr", Ip),
    ("clientaddress", Ip),
    ("clientipaddress", Ip),
    ("remoteaddr", Ip),
    ("remoteaddress", Ip),
    ("remoteip", Ip),
    ("remotehost", Ip),
    ("rhost", Ip),
    ("peerip", Ip),
    ("peeraddr", Ip),
    ("peeraddress", Ip),
    ("hostip", Ip),
    ("xforwardedfor", Ip),
    ("forwardedfor", Ip),
    ("xrealip", Ip),
    ("realip", Ip),
    ("trueclientip", Ip),
    ("cfconnectingip", Ip),
    ("nasipaddress", Ip),
    ("framedipaddress", Ip),
    ("framedip", Ip),
    ("tunnelip", Ip),
    ("assignedip", Ip),
    ("vpnip", Ip),
    ("virtualip", Ip),
    ("mappedip", Ip),
    ("publicip", Ip),
    ("privateip", Ip),
    ("localip", Ip),
    ("natip", Ip),
    ("srcaddr", Ip),
    ("dstaddr", Ip),
    ("sourceaddress", Ip),
    ("destinationaddress", Ip),
    ("sourcetranslatedaddress", Ip),
    ("destinationtranslatedaddress", Ip),
    ("srcipaddr", Ip),
    ("dstipaddr", Ip),
    ("identsrc", Ip),
    ("networkaddr", Ip),
    ("networkaddress", Ip),
    ("sipip", Ip),
    ("contactip", Ip),
    ("clientaddr4", Ip),
    ("remip", Ip),
    ("transip", Ip),
    ("tranip", Ip),
    // MAC addresses.
    ("mac", Mac),
    ("macaddr", Mac),
    ("macaddress", Mac),
    ("smac", Mac),
    ("dmac", Mac),
    ("srcmac", Mac),
    ("dstmac", Mac),
    ("sourcemac", Mac),
    ("destinationmac", Mac),
    ("clientmac", Mac),
    ("stamac", Mac),
    ("hwaddr", Mac),
    ("hwaddress", Mac),
    ("callingstationid", Party),
    ("calledstationid", Party),
    // Handset and subscriber identities.
    ("imei", Imei),
    ("deviceimei", Imei),
    ("handsetimei", Imei),
    ("imsi", Imsi),
    ("subscriberimsi", Imsi),
    // Swedish identity numbers.
    ("personnummer", Pnr),
    ("personnr", Pnr),
    ("persnr", Pnr),
    ("pnr", Pnr),
    ("personalnumber", Pnr),
    ("personalno", Pnr),
    ("personalnr", Pnr),
    ("personalid", Pnr),
    ("personalidentitynumber", Pnr),
    ("personidentitynumber", Pnr),
    ("personnumber", Pnr),
    ("civicnumber", Pnr),
    ("civicregistrationnumber", Pnr),
    ("socialsecuritynumber", Pnr),
    ("ssn", Pnr),
    ("nationalid", Pnr),
    ("nationalidnumber", Pnr),
    ("nationalidentitynumber", Pnr),
    ("samordningsnummer", Pnr),
    ("samordningsnr", Pnr),
    ("coordinationnumber", Pnr),
    ("nin", Pnr),
    ("nationalidentificationnumber", Pnr),
    ("nationalidentitycode", Pnr),
    ("nationalnumber", Pnr),
    ("nationalidno", Pnr),
    ("personalidentificationnumber", Pnr),
    ("personalidentitycode", Pnr),
    ("personalcode", Pnr),
    ("personcode", Pnr),
    ("personalidno", Pnr),
    ("personalnum", Pnr),
    ("socialsecurityno", Pnr),
    ("socialsecuritynr", Pnr),
    ("ssno", Pnr),
    ("civicno", Pnr),
    ("civicnr", Pnr),
    ("civicregno", Pnr),
    ("identitetsnummer", Pnr),
    ("identitetsnr", Pnr),
    ("pnummer", Pnr),
    ("persnummer", Pnr),
    ("fodelsenummer", Pnr),
    ("födelsenummer", Pnr),
    ("fodselsnummer", Pnr),
    ("henkilotunnus", Pnr),
    ("hetu", Pnr),
    ("cpr", Pnr),
    ("cprnr", Pnr),
    ("taxid", Pnr),
    ("tin", Pnr),
    ("governmentid", Pnr),
    ("orgnr", Orgnr),
    ("orgno", Orgnr),
    ("orgnumber", Orgnr),
    ("orgid", Orgnr),
    ("organisationsnummer", Orgnr),
    ("organisationsnr", Orgnr),
    ("organisationnumber", Orgnr),
    ("organizationnumber", Orgnr),
    ("organisationno", Orgnr),
    ("organizationno", Orgnr),
    ("customerorg", Orgnr),
    ("customerorgnr", Orgnr),
    ("companynumber", Orgnr),
    ("companyregistrationnumber", Orgnr),
    ("corporateid", Orgnr),
    ("corporateidentitynumber", Orgnr),
    ("foretagsnr", Orgnr),
    // Badges and cards.
    ("badge", Badge),
    ("badgeid", Badge),
    ("badgeno", Badge),
    ("badgenr", Badge),
    ("badgenumber", Badge),
    ("badgecode", Badge),
    ("card", Badge),
    ("cardid", Badge),
    ("cardno", Badge),
    ("cardnr", Badge),
    ("cardnumber", Badge),
    ("accesscard", Badge),
    ("keycard", Badge),
    ("usercode", Badge),
    ("passerkort", Badge),
    ("kortnr", Badge),
    ("kortnummer", Badge),
    ("badgeserial", Badge),
    ("badgeuid", Badge),
    ("badgehex", Badge),
    ("cardserial", Badge),
    ("carduid", Badge),
    ("cardcode", Badge),
    ("cardnum", Badge),
    ("credentialid", Badge),
    ("credentialnumber", Badge),
    ("credentialno", Badge),
    ("accesscardnumber", Badge),
    ("rfid", Badge),
    ("rfidtag", Badge),
    ("fob", Badge),
    ("fobid", Badge),
    ("keyfob", Badge),
    ("passid", Badge),
    ("idcard", Badge),
    ("idcardnumber", Badge),
    ("employeebadge", Badge),
    // Either end of a connection or message: the value decides.
    ("src", Party),
    ("dst", Party),
    ("source", Party),
    ("destination", Party),
    ("dest", Party),
    ("from", Party),
    ("to", Party),
    ("sender", Party),
    ("recipient", Party),
    ("rcpt", Party),
    ("originator", Party),
    ("target", Party),
    ("peer", Party),
    ("remote", Party),
    ("client", Party),
    ("caller", Phone),
    ("callee", Phone),
    ("called", Phone),
    ("calling", Phone),
    ("contact", Party),
    ("address", Party),
    ("addr", Party),
    ("host", Party),
    ("subscriber", Party),
    // Identifiers that may be a person's number.
    ("id", Id),
    ("nr", Party),
    ("no", Party),
    ("num", Party),
    ("number", Party),
    ("identifier", Id),
    ("idnumber", Id),
    ("identitynumber", Id),
    ("customerid", Id),
    ("customernumber", Id),
    ("customerno", Id),
    ("customernr", Id),
    ("kundnr", Id),
    ("kundnummer", Id),
    ("kundid", Id),
    ("clientnumber", Id),
    ("clientid", Id),
    ("memberid", Id),
    ("membernumber", Id),
    ("subscriberid", Id),
    ("subscribernumber", Id),
    ("accountnumber", Id),
    ("accountno", Id),
    ("accountid", Id),
    ("contractnumber", Id),
    ("contractid", Id),
    ("patientid", Id),
    ("employeeid", Id),
    ("employeenumber", Id),
    ("personid", Id),
    ("userid", UserId),
    ("agentid", UserId),
    ("actorid", UserId),
    ("principalid", UserId),
    ("ownerid", UserId),
    ("requesterid", UserId),
    ("assigneeid", UserId),
    ("creatorid", UserId),
    ("authorid", UserId),
    ("reporterid", UserId),
    ("initiatorid", UserId),
    ("subjectid", UserId),
    // Machine identifiers and counters.
    ("ticket", NotPersonal),
    ("ticketid", NotPersonal),
    ("ticketno", NotPersonal),
    ("ticketnr", NotPersonal),
    ("ticketnumber", NotPersonal),
    ("arende", NotPersonal),
    ("ärende", NotPersonal),
    ("arendenr", NotPersonal),
    ("ärendenr", NotPersonal),
    ("ärendenummer", NotPersonal),
    ("case", NotPersonal),
    ("caseid", NotPersonal),
    ("casenumber", NotPersonal),
    ("incident", NotPersonal),
    ("incidentid", NotPersonal),
    ("logid", NotPersonal),
    ("eventid", NotPersonal),
    ("eventcode", NotPersonal),
    ("msgid", NotPersonal),
    ("messageid", NotPersonal),
    ("requestid", NotPersonal),
    ("sessionid", NotPersonal),
    ("transactionid", NotPersonal),
    ("txid", NotPersonal),
    ("traceid", NotPersonal),
    ("spanid", NotPersonal),
    ("correlationid", NotPersonal),
    ("orderid", NotPersonal),
    ("ordernumber", NotPersonal),
    ("orderno", NotPersonal),
    ("invoice", NotPersonal),
    ("invoiceid", NotPersonal),
    ("invoicenumber", NotPersonal),
    ("jobid", NotPersonal),
    ("taskid", NotPersonal),
    ("processid", NotPersonal),
    ("pid", NotPersonal),
    ("ppid", NotPersonal),
    ("tid", NotPersonal),
    ("threadid", NotPersonal),
    ("callid", NotPersonal),
    ("uniqueid", NotPersonal),
    ("linkedid", NotPersonal),
    ("uuid", NotPersonal),
    ("guid", NotPersonal),
    ("policyid", NotPersonal),
    ("ruleid", NotPersonal),
    ("signatureid", NotPersonal),
    ("serial", NotPersonal),
    ("serialnumber", NotPersonal),
    ("serialno", NotPersonal),
    ("devid", NotPersonal),
    ("deviceid", NotPersonal),
    ("vlan", NotPersonal),
    ("vlanid", NotPersonal),
    ("vdom", NotPersonal),
    ("port", NotPersonal),
    ("srcport", NotPersonal),
    ("dstport", NotPersonal),
    ("spt", NotPersonal),
    ("dpt", NotPersonal),
    ("seq", NotPersonal),
    ("seqno", NotPersonal),
    ("sequence", NotPersonal),
    ("count", NotPersonal),
    ("cnt", NotPersonal),
    ("bytes", NotPersonal),
    ("sentbyte", NotPersonal),
    ("rcvdbyte", NotPersonal),
    ("duration", NotPersonal),
    ("billsec", NotPersonal),
    ("timestamp", NotPersonal),
    ("ts", NotPersonal),
    ("time", NotPersonal),
    ("date", NotPersonal),
    ("epoch", NotPersonal),
    ("eventtime", NotPersonal),
    ("rt", NotPersonal),
    ("start", NotPersonal),
    ("end", NotPersonal),
    ("version", Software),
    ("build", Software),
    ("errorcode", NotPersonal),
    ("statuscode", NotPersonal),
    ("severity", NotPersonal),
    ("priority", NotPersonal),
    ("size", NotPersonal),
    ("length", NotPersonal),
    ("reference", NotPersonal),
    ("ref", NotPersonal),
    ("refno", NotPersonal),
    ("ordernr", NotPersonal),
    ("batchid", NotPersonal),
    ("errorid", NotPersonal),
    ("alertid", NotPersonal),
    // Software identifiers: user agents, versions, products.
    ("useragent", Software),
    ("ua", Software),
    ("rawuseragent", Software),
    ("httpuseragent", Software),
    ("csuseragent", Software),
    ("browser", Software),
    ("os", Software),
    ("osversion", Software),
    ("platform", Software),
    ("product", Software),
    ("productname", Software),
    ("productversion", Software),
    ("firmware", Software),
    ("firmwareversion", Software),
    ("swversion", Software),
    ("appversion", Software),
    ("clientversion", Software),
    ("softwareversion", Software),
    ("devicemodel", Software),
    ("model", Software),
    ("vendor", Software),
    ("devicevendor", Software),
    ("deviceproduct", Software),
    ("deviceversion", Software),
    ("application", Software),
    ("requestclientapplication", Software),
];

/// The vocabulary as a map, built once.
static MAP: LazyLock<HashMap<&'static str, KeyClass, foldhash::fast::FixedState>> =
    LazyLock::new(|| VOCABULARY.iter().copied().collect());

fn lookup(word: &str) -> Option<KeyClass> {
    MAP.get(word).copied()
}

/// Lower-cased words of one path segment: split at non-alphanumeric
/// characters and at camelCase humps (`srcUserName` → `src user name`,
/// `USER_NAME` → `user name`, `cs1Label` → `cs1 label`).
fn words(seg: &str) -> Vec<String> {
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

/// The class of a field name, if the vocabulary knows it.
pub fn classify(name: &str) -> Option<KeyClass> {
    if name.len() > 256 {
        return None;
    }
    let segs = segments(name);
    let last = segs.last()?;
    let w = words(last);
    if w.is_empty() {
        return None;
    }
    let parent = (segs.len() >= 2)
        .then(|| words(segs[segs.len() - 2]).pop())
        .flatten();
    // A bare word qualified by its parent: `user.name`, `caller.number`.
    if w.len() == 1 {
        if let Some(pw) = &parent {
            let joined = format!("{pw}{}", w[0]);
            if let Some(c) = lookup_stripped(&joined) {
                return Some(c);
            }
        }
    }
    // ServiceNow's reference fields: `caller_id.display_value`,
    // `assigned_to.display_value` hold the name of whoever the parent names.
    if w.len() == 2 && w[0] == "display" && w[1] == "value" && segs.len() >= 2 {
        return match classify(segs[segs.len() - 2]) {
            Some(c @ (Username | PersonName | Person)) => Some(c),
            Some(Phone) => Some(PersonName),
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
                        Some(p) if PERSONS.contains(&p) => Some(PersonName),
                        Some(p) if p != "endpoint" && lookup(p) == Some(Username) => Some(Username),
                        Some(_) => None,
                    };
                }
                return Some(c);
            }
        }
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
    // `opened_by`, `sys_updated_by`, `last_approved_by`: whoever did it.
    if w.len() >= 2 && w[w.len() - 1] == "by" {
        return Some(Username);
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
}

/// Objects whose bare `name` is a person's name.
const PERSONS: &[&str] = &[
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

/// The range of the one item of a value written as a JSON list in a
/// string (`["0701740683"]`, as Azure AD writes old and new values), or
/// the whole value.
pub fn listed(value: &str) -> std::ops::Range<usize> {
    let t = value.trim();
    let s = value.len() - value.trim_start().len();
    match t.strip_prefix("[\"").and_then(|r| r.strip_suffix("\"]")) {
        Some(inner) if !inner.contains('"') => s + 2..s + 2 + inner.len(),
        _ => 0..value.len(),
    }
}

/// What a key's evidence says to do with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The whole (trimmed) value is personal data of this kind.
    Replace(Kind),
    /// The value is a machine number: leave it, run no detector over it.
    Keep,
    /// No conclusion: run the free-text detectors over the value.
    Scan,
}

/// Decides a value under a key of class `class`. `year` is the current
/// year (for the century of a 10-digit personnummer).
pub fn evidence(class: KeyClass, value: &str, year: u32) -> Evidence {
    let v = value[listed(value)].trim();
    if v.is_empty() || matches!(v, "null" | "true" | "false") {
        return Evidence::Scan;
    }
    let mut buf = String::new();
    let kind = match class {
        Username => username_kind(v, &mut buf),
        PersonName => looks_like_name(v, false).then_some(Kind::PersonName),
        Name => looks_like_name(v, true).then_some(Kind::PersonName),
        // `caller="Karin Eriksson"`: the calling party by its name.
        Phone if is_phone(v, &mut buf) || national_bare(v) => Some(Kind::Phone),
        Phone => (v.contains(' ') && looks_like_name(v, true)).then_some(Kind::PersonName),
        Person => person_kind(v, &mut buf),
        Email => email::normalize(v, &mut buf).then_some(Kind::Email),
        Ip => ip_kind(v, &mut buf),
        Mac => (mac::normalize(v, &mut buf) || bare_mac(v)).then_some(Kind::Mac),
        Imei => imei::normalize(v, true, &mut buf).then_some(Kind::Imei),
        Imsi => imei::normalize(v, false, &mut buf).then_some(Kind::Imsi),
        // `19811218 9876`: a space where the dash goes.
        Pnr => idnum::pnr_kind_of(v, year).or_else(|| {
            let (a, b) = v.split_once(' ')?;
            matches!(a.len(), 6 | 8)
                .then(|| idnum::pnr_kind_of(&format!("{a}-{b}"), year))
                .flatten()
        }),
        Orgnr => orgnr_kind(v, year, &mut buf),
        Badge => is_badge(v).then_some(Kind::Badge),
        Party => party_kind(v, year, &mut buf),
        Id => return id_evidence(v, year, &mut buf),
        UserId => {
            let e = id_evidence(v, year, &mut buf);
            if e != Evidence::Scan {
                return e;
            }
            let named = super::username::handle_shaped(v.as_bytes())
                || v.contains('\\')
                || (v.contains('@') && !uuid_like(v.split('@').next().unwrap_or(v)));
            if !named {
                return Evidence::Scan;
            }
            username_kind(v, &mut buf).filter(|k| matches!(k, Kind::Username | Kind::Email))
        }
        NotPersonal => {
            return if is_digit_run(v) {
                Evidence::Keep
            } else {
                Evidence::Scan
            };
        }
        Software => {
            // An address in an agent string is still an address.
            return if v.contains('@') {
                Evidence::Scan
            } else {
                Evidence::Keep
            };
        }
    };
    kind.map_or(Evidence::Scan, Evidence::Replace)
}

/// What a value under a key the vocabulary does not know is by its shape
/// alone: twelve bare digits whose date and check digit hold are a
/// personnummer or samordningsnummer (`"ref":"198112189876"`); anything
/// else is left to the text detectors. A machine number of that length
/// that passes both checks is rare: the first eight digits must be a
/// date of birth and the last a Luhn digit.
pub fn unkeyed(value: &str, year: u32) -> Option<Kind> {
    let v = value.trim();
    if v.len() != 12 || !v.bytes().all(|b| b.is_ascii_digit()) || !matches!(&v[..2], "19" | "20") {
        return None;
    }
    idnum::pnr_kind_of(v, year)
}

/// Digits, optionally with one leading sign: a number and nothing else.
fn is_digit_run(v: &str) -> bool {
    let d = v.strip_prefix(['-', '+']).unwrap_or(v);
    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
}

fn ip_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if ip::normalize_v4(v, buf) {
        return Some(Kind::Ipv4);
    }
    buf.clear();
    ip::normalize_v6(v, buf).then_some(Kind::Ipv6)
}

/// A phone number under a key that says it is one: a number the phone
/// detector validates, or one that is at least shaped like a number of a
/// real country: `+` or `00` and a known country code, the bare
/// international digits a JSON number or a CDR export leaves
/// (`447700900859`), or a NANP number written with its punctuation
/// (`(617) 555-0176`, `1-212-555-0167`). Placeholders (`0`, `unknown`,
/// `anonymous`) and short service numbers are not.
fn is_phone(v: &str, buf: &mut String) -> bool {
    buf.clear();
    if phone::normalize(v, buf) {
        return true;
    }
    let b = v.as_bytes();
    if b.len() > 32
        || !b.iter().all(|c| {
            c.is_ascii_digit() || matches!(c, b'+' | b' ' | b'-' | b'.' | b'(' | b')' | b'/')
        })
        || b.iter().skip(1).any(|&c| c == b'+')
    {
        return false;
    }
    let digits: String = v.chars().filter(char::is_ascii_digit).collect();
    let punctuated = digits.len() != v.len();
    let intl = if v.starts_with('+') {
        Some(digits.as_str())
    } else if let Some(d) = digits.strip_prefix("00") {
        Some(d)
    } else if !digits.starts_with('0') && !punctuated {
        Some(digits.as_str())
    } else {
        None
    };
    if let Some(d) = intl {
        if (8..=15).contains(&d.len()) && known_country(d) {
            return true;
        }
    }
    // A national number with its trunk zero (`020 92 21 54 08`): the key
    // says it is a number, the length says it can be one.
    if digits.starts_with('0') && !digits.starts_with("00") && (8..=12).contains(&digits.len()) {
        return true;
    }
    // NANP: [1] NXX NXX XXXX, written with its punctuation.
    let nanp = digits
        .strip_prefix('1')
        .filter(|d| d.len() == 10)
        .unwrap_or(&digits);
    punctuated
        && nanp.len() == 10
        && !v.starts_with('+')
        && matches!(nanp.as_bytes()[0], b'2'..=b'9')
        && matches!(nanp.as_bytes()[3], b'2'..=b'9')
}

/// A national number of a plan without a trunk zero (Norway's
/// `22 02 67 99`, Spain's `605485264`): 7 to 12 digits, bare or in groups
/// of one to four. Only under a key that names a phone number: under
/// `src` or `number` such a run is as likely a port or an order.
fn national_bare(v: &str) -> bool {
    let mut digits = 0;
    let mut group = 0;
    for c in v.bytes() {
        match c {
            b'0'..=b'9' => {
                digits += 1;
                group += 1;
            }
            b' ' | b'-' | b'.' if (1..=4).contains(&group) => group = 0,
            _ => return false,
        }
    }
    let bare = !v.contains([' ', '-', '.']);
    (7..=12).contains(&digits)
        && group > 0
        && (bare || group <= 4)
        && !v.starts_with('0')
        && v.parse::<std::net::Ipv4Addr>().is_err()
}

/// Whether international digits start with a country code that exists and
/// have a national number of a length that country uses.
fn known_country(d: &str) -> bool {
    let Ok(n) = phonenumber::parse(None, format!("+{d}")) else {
        return false;
    };
    let code = n.code().value();
    let national = d.len().saturating_sub(code.to_string().len());
    phonenumber::metadata::DATABASE
        .by_code(&code)
        .is_some_and(|metas| {
            metas.iter().any(|m| {
                let lens = m.descriptors().general().possible_length();
                lens.is_empty() || lens.contains(&(national as u16))
            })
        })
}

/// Accounts that are not personal data (shared and system accounts) and
/// placeholders, compared case-insensitively.
const NOT_USERS: &[&str] = &[
    "-",
    "n/a",
    "na",
    "none",
    "null",
    "nil",
    "unknown",
    "(unknown)",
    "anonymous",
    "root",
    "nobody",
    "daemon",
    "bin",
    "sys",
    "system",
    "sshd",
    "guest",
    "admin",
    "administrator",
    "test",
    "localsystem",
    "local system",
    "networkservice",
    "localservice",
    "yes",
    "no",
    "empty",
    "undefined",
];

fn username_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if v.contains(' ') {
        // `owner`, `agent` and `changed_by` often hold the person's name.
        return looks_like_name(v, false).then_some(Kind::PersonName);
    }
    if !v.chars().any(char::is_alphabetic) && is_phone(v, buf) {
        // A SIP user or a login that is a telephone number.
        return Some(Kind::Phone);
    }
    if v.chars().count() > 128
        || v.chars().any(|c| c.is_whitespace() || c.is_control())
        || NOT_USERS.iter().any(|n| v.eq_ignore_ascii_case(n))
        || super::username::NOT_NAMES.contains(v.as_bytes())
        || !v.chars().any(char::is_alphabetic)
        // `DC01$`, `LAPTOP-8888EB8$`: a computer's account, not a person's.
        || v.ends_with('$')
    {
        return None;
    }
    let ok = v.chars().all(|c| {
        c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@' | '\\' | '$' | '\'' | '+')
    });
    if !ok {
        return None;
    }
    if let Some(at) = v.rfind('@') {
        // `user@REALM`: a Kerberos principal names an account, not a
        // mailbox; `upn@example.se` is the mailbox it is.
        let realm = &v[at + 1..];
        let kerberos = realm.bytes().any(|b| b.is_ascii_uppercase())
            && !realm.bytes().any(|b| b.is_ascii_lowercase());
        if !kerberos && email::normalize(v, buf) {
            return Some(Kind::Email);
        }
    }
    Some(Kind::Username)
}

fn person_kind(v: &str, buf: &mut String) -> Option<Kind> {
    if v.contains([' ', ',']) {
        return looks_like_name(v, false).then_some(Kind::PersonName);
    }
    if super::name::known_name_word(v) {
        return Some(Kind::PersonName);
    }
    // An account, but only one that could be nothing else: a plain word
    // under `customer` or `guest` is as often a plan, a tier or a flag.
    let account = v.contains(['.', '_', '@', '\\'])
        || (v.bytes().any(|b| b.is_ascii_digit()) && v.bytes().any(|b| b.is_ascii_alphabetic()));
    match username_kind(v, buf)? {
        Kind::Username if !account || uuid_like(v) => None,
        k => Some(k),
    }
}

/// Hex digits and dashes only, with a digit: an object id, not an account.
fn uuid_like(v: &str) -> bool {
    v.len() >= 8
        && v.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        && v.bytes().any(|b| b.is_ascii_digit())
}

/// The two parts of an account written with its holder's name, as
/// directories, firewalls and IdPs write it: `Karin Eriksson (k.eriksson)`
/// (Check Point, Cisco ISE), `k.eriksson (Karin Eriksson)`, `Karin
/// Eriksson <karin@example.se>`. Each part with its kind: the name a
/// [`Kind::PersonName`], the account a [`Kind::Username`] or
/// [`Kind::Email`]. Offsets are into `value`. `None` when the value is
/// not of that shape.
pub fn account_parts(value: &str) -> Option<[(std::ops::Range<usize>, Kind); 2]> {
    let t = value.trim_end();
    let close = t.as_bytes().last()?;
    let open = match close {
        b')' => '(',
        b'>' => '<',
        _ => return None,
    };
    let o = t.rfind(open)?;
    let inner = t[o + 1..t.len() - 1].trim();
    let lead = value.len() - value.trim_start().len();
    let outer = t[..o].trim();
    if inner.is_empty() || outer.is_empty() || outer.contains(['(', ')', '<', '>']) {
        return None;
    }
    let inner_at = o + 1 + (t[o + 1..].len() - t[o + 1..].trim_start().len());
    let inner_r = inner_at..inner_at + inner.len();
    let outer_r = lead..lead + outer.len();
    let outer = outer.trim_matches('"');
    let outer_r = if outer.len() + 2 == outer_r.len() {
        outer_r.start + 1..outer_r.end - 1
    } else {
        outer_r
    };
    let mut buf = String::new();
    let account = |v: &str, buf: &mut String| {
        username_kind(v, buf).filter(|k| matches!(k, Kind::Username | Kind::Email))
    };
    if looks_like_name(outer, false) && outer.contains(' ') && has_name_word(outer) {
        let k = account(inner, &mut buf)?;
        return Some([(outer_r, Kind::PersonName), (inner_r, k)]);
    }
    if open == '(' && looks_like_name(inner, false) && inner.contains(' ') && has_name_word(inner) {
        let k = account(outer, &mut buf)?;
        return Some([(outer_r, k), (inner_r, Kind::PersonName)]);
    }
    None
}

/// True if a word of `v` is a capitalised given name or surname.
fn has_name_word(v: &str) -> bool {
    v.split_whitespace()
        .any(|w| super::name::known_name_word(w.trim_end_matches(',')))
}

/// What a value in a field bound to usernames is, when it is not an
/// account: an e-mail address, a person's name (`suser=Karin Eriksson`),
/// or a shared or system account that names no one (`admin`, `-`).
pub fn bound_account(value: &str) -> BoundAccount {
    let v = value[listed(value)].trim();
    let mut buf = String::new();
    if v.contains('@') || v.contains(' ') {
        match username_kind(v, &mut buf) {
            Some(Kind::Email) => return BoundAccount::Other(Kind::Email),
            // A group or role (`Domain Admins`) is no name: one word must be
            // a known given name or surname.
            Some(Kind::PersonName) if has_name_word(v) => {
                return BoundAccount::Other(Kind::PersonName);
            }
            _ => {}
        }
    }
    BoundAccount::Account
}

/// See [`bound_account`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundAccount {
    /// An account, as the binding says.
    Account,
    /// Personal data of another kind.
    Other(Kind),
}

/// True if `value` is a shared or system account or a placeholder
/// (`root`, `admin`, `-`, `N/A`, `SYSTEM`): no one's account.
pub fn not_an_account(value: &str) -> bool {
    let v = value.trim();
    NOT_USERS.iter().any(|n| v.eq_ignore_ascii_case(n))
}

/// Twelve hex digits, bare or in Cisco's dotted groups (`f4f5.d8f3.6cc4`),
/// under a key that says MAC.
pub(crate) fn bare_mac(v: &str) -> bool {
    let b = v.as_bytes();
    let hex = b.iter().filter(|c| c.is_ascii_hexdigit()).count();
    let dotted = b.len() == 14 && b[4] == b'.' && b[9] == b'.';
    hex == 12
        && (b.len() == 12 || dotted)
        && b.iter()
            .all(|c| c.is_ascii_hexdigit() || (dotted && *c == b'.'))
        && b.iter().any(u8::is_ascii_digit)
}

fn is_badge(v: &str) -> bool {
    // `123:45678`: a facility code and a card number, as readers write them.
    (3..=32).contains(&v.len())
        && v.bytes().any(|b| b.is_ascii_digit())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
        && !v.starts_with(':')
        && !v.ends_with(':')
        && v.bytes().filter(|&b| b == b':').count() <= 1
}

fn orgnr_kind(v: &str, year: u32, buf: &mut String) -> Option<Kind> {
    if idnum::normalize_orgnr(v, buf) {
        return Some(Kind::Orgnr);
    }
    // A sole trader's organisation number is the owner's personnummer.
    idnum::pnr_kind_of(v, year)
}

fn party_kind(v: &str, year: u32, buf: &mut String) -> Option<Kind> {
    if let Some(k) = ip_kind(v, buf) {
        return Some(k);
    }
    buf.clear();
    if v.contains('@') {
        return email::normalize(v, buf).then_some(Kind::Email);
    }
    if is_phone(v, buf) {
        return Some(Kind::Phone);
    }
    if let Some(k) = idnum::pnr_kind_of(v, year) {
        return Some(k);
    }
    if v.contains(' ') {
        return looks_like_name(v, true).then_some(Kind::PersonName);
    }
    buf.clear();
    mac::normalize(v, buf).then_some(Kind::Mac)
}

fn id_evidence(v: &str, year: u32, buf: &mut String) -> Evidence {
    let b = v.as_bytes();
    let numeric = b
        .iter()
        .all(|c| c.is_ascii_digit() || matches!(c, b'-' | b'+'))
        && b.iter().any(u8::is_ascii_digit);
    if !numeric {
        return Evidence::Scan;
    }
    if let Some(k) = idnum::pnr_kind_of(v, year) {
        return Evidence::Replace(k);
    }
    if v.contains('-') && idnum::normalize_orgnr(v, buf) {
        return Evidence::Replace(Kind::Orgnr);
    }
    buf.clear();
    if v.starts_with('+') && phone::normalize(v, buf) {
        return Evidence::Replace(Kind::Phone);
    }
    Evidence::Keep
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
mod tests {
    use super::*;

    const YEAR: u32 = 2026;

    #[test]
    fn a_phone_key_takes_national_numbers_without_a_trunk_zero() {
        for v in ["22 02 67 99", "605485264", "605 48 52 64", "22-02-67-99"] {
            assert_eq!(
                evidence(Phone, v, YEAR),
                Evidence::Replace(Kind::Phone),
                "{v}"
            );
        }
        for v in ["192.168.100.200", "123456", "22 02 67 99 x"] {
            assert_ne!(
                evidence(Phone, v, YEAR),
                Evidence::Replace(Kind::Phone),
                "{v}"
            );
        }
        // Surname first, a particle in lower case.
        assert_eq!(
            evidence(PersonName, "af Klercker, Örjan", YEAR),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(
            evidence(PersonName, "Main, Entrance, B", YEAR),
            Evidence::Scan
        );
    }

    #[test]
    fn one_key_many_spellings() {
        for k in [
            "username",
            "userName",
            "user_name",
            "USER-NAME",
            "USERNAME",
            "user.name",
            "data.user.name",
            "actor[].user.name",
            "user[name]",
            "sd.meta@32473.username",
            "srcUserName",
            "sasl_username",
            "lastChangedBy",
            "changed_by",
            "suser",
            "LEEF:2.0|Lancope|StealthWatch|1.0|41|usrName",
        ] {
            assert_eq!(classify(k), Some(Username), "{k}");
        }
        assert_eq!(classify("customer.personalNumber"), Some(Pnr));
        assert_eq!(classify("org.nr"), Some(Orgnr));
        assert_eq!(classify("x-forwarded-for"), Some(Ip));
        assert_eq!(classify("client_ip"), Some(Ip));
        assert_eq!(classify("callingPartyNumber"), Some(Phone));
        assert_eq!(classify("calls_by_number"), Some(Party));
        assert_eq!(classify("bytesByClientIp"), Some(Ip));
        assert_eq!(classify("variables.caller_id_name"), Some(PersonName));
        assert_eq!(classify("caller.name"), Some(PersonName));
        assert_eq!(classify("Caller Number"), Some(Phone));
        assert_eq!(classify("phone2"), Some(Phone));
        assert_eq!(classify("ärende"), Some(NotPersonal));
        assert_eq!(classify("logid"), Some(NotPersonal));
        assert_eq!(classify_word(b"org.nr"), Some(Orgnr));
        assert_eq!(classify_word(b"KUNDNR"), Some(Id));
        assert_eq!(classify_word("Ärende".as_bytes()), Some(NotPersonal));
        assert_eq!(classify_word(b"callback"), None);
    }

    #[test]
    fn weak_words_count_only_as_the_whole_key() {
        assert_eq!(classify("name"), Some(Name));
        assert_eq!(classify("hostname"), None);
        assert_eq!(classify("host_name"), None);
        assert_eq!(classify("plan_name"), None);
        assert_eq!(classify("port_number"), None);
        assert_eq!(classify("street_address"), None);
        assert_eq!(classify("src"), Some(Party));
        assert_eq!(classify("message"), None);
        assert_eq!(classify("zip"), None);
        assert_eq!(classify("company.name"), None);
        assert_eq!(classify("door.name"), None);
        assert_eq!(classify("customer.name"), Some(PersonName));
        assert_eq!(classify("holder.name"), Some(PersonName));
        // The name of an account-holding object is its account (or, with
        // spaces, its holder's name).
        assert_eq!(classify("approver.name"), Some(Username));
        assert_eq!(classify("submitter.name"), Some(Username));
        assert_eq!(classify("endpoint.name"), None);
    }

    #[test]
    fn accounts_under_idp_kerberos_and_ldap_keys() {
        assert_eq!(classify("target[].alternateId"), Some(Username));
        assert_eq!(classify("krb.cname"), Some(Username));
        assert_eq!(classify("uid"), Some(Username));
        assert_eq!(classify("identity"), Some(Username));
        assert_eq!(classify("HandleId"), None);
        let e = |c, v| evidence(c, v, YEAR);
        assert_eq!(e(Username, "a.nowak"), Evidence::Replace(Kind::Username));
        assert_eq!(e(Username, "1000"), Evidence::Scan);
        // Service accounts of packages are nobody's.
        assert_eq!(e(Username, "asterisk"), Evidence::Scan);
        assert_eq!(e(Username, "zabbix"), Evidence::Scan);
    }

    #[test]
    fn lists_agents_and_software() {
        assert_eq!(classify("phones"), Some(Phone));
        assert_eq!(classify("customer.emails"), Some(Email));
        assert_eq!(classify("sys_updated_by"), Some(Username));
        assert_eq!(classify("opened_by"), Some(Username));
        assert_eq!(classify("wiFiMacAddress"), Some(Mac));
        assert_eq!(classify("rawUserAgent"), Some(Software));
        assert_eq!(classify("user_agent"), Some(Software));
        assert_eq!(classify("FTNTFGTlogid"), Some(NotPersonal));
        assert_eq!(classify("unauthuser"), Some(Username));
        assert_eq!(classify("hostname"), None);
        let e = |c, v| evidence(c, v, YEAR);
        assert_eq!(e(Software, "Yealink SIP-T54W 96.86.0.100"), Evidence::Keep);
        assert_eq!(e(Mac, "F4F5D8F36CC4"), Evidence::Replace(Kind::Mac));
        assert_eq!(e(Mac, "f4f5.d8f3.6cc4"), Evidence::Replace(Kind::Mac));
        assert_eq!(e(Mac, "deadbeefcafe"), Evidence::Scan);
        assert_eq!(e(Username, "DC01$"), Evidence::Scan);
        assert_eq!(e(Username, "+46701740683"), Evidence::Replace(Kind::Phone));
    }

    #[test]
    fn a_key_needs_a_plausible_value() {
        let e = |c, v| evidence(c, v, YEAR);
        assert_eq!(e(Phone, "unknown"), Evidence::Scan);
        assert_eq!(e(Phone, "0"), Evidence::Scan);
        assert_eq!(e(Phone, "46701740683"), Evidence::Replace(Kind::Phone));
        assert_eq!(e(Phone, "447700900859"), Evidence::Replace(Kind::Phone));
        assert_eq!(
            e(Phone, "+1 (617) 555-0176"),
            Evidence::Replace(Kind::Phone)
        );
        assert_eq!(e(Phone, "(617) 555-0176"), Evidence::Replace(Kind::Phone));
        assert_eq!(e(Phone, "112"), Evidence::Scan);
        assert_eq!(e(Phone, "anonymous"), Evidence::Scan);
        assert_eq!(e(Phone, "99999999999999"), Evidence::Scan);
        assert_eq!(e(Phone, "070-174 06 83"), Evidence::Replace(Kind::Phone));
        assert_eq!(
            e(Pnr, "191212121212"),
            Evidence::Replace(Kind::Personnummer)
        );
        assert_eq!(e(Pnr, "191212121213"), Evidence::Scan);
        assert_eq!(
            e(Pnr, "8112789873"),
            Evidence::Replace(Kind::Samordningsnummer)
        );
        assert_eq!(e(Orgnr, "5560160680"), Evidence::Replace(Kind::Orgnr));
        assert_eq!(e(Orgnr, "5560160681"), Evidence::Scan);
        assert_eq!(e(Username, "karin"), Evidence::Replace(Kind::Username));
        assert_eq!(e(Username, "root"), Evidence::Scan);
        assert_eq!(e(Username, "-"), Evidence::Scan);
        assert_eq!(e(Username, "1004"), Evidence::Scan);
        assert_eq!(
            e(Username, "karin@example.se"),
            Evidence::Replace(Kind::Email)
        );
        assert_eq!(
            e(Username, "karin@EXAMPLE.SE"),
            Evidence::Replace(Kind::Username)
        );
        assert_eq!(
            e(Username, "björn.öberg"),
            Evidence::Replace(Kind::Username)
        );
        assert_eq!(e(Username, "o'brien"), Evidence::Replace(Kind::Username));
        assert_eq!(
            e(Username, "Karin Eriksson"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(Username, "Service Desk"), Evidence::Scan);
        assert_eq!(
            e(Party, "Karin Eriksson"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(Party, "main office"), Evidence::Scan);
        assert_eq!(
            e(PersonName, "Leyla Åberg"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(
            e(PersonName, "محمد الأحمد"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(PersonName, "Unknown"), Evidence::Scan);
        assert_eq!(e(Name, "Premium Plan"), Evidence::Scan);
        assert_eq!(e(Name, "eth0"), Evidence::Scan);
        assert_eq!(e(Name, "karin"), Evidence::Scan);
        assert_eq!(
            e(Name, "Karin van der Berg"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(Ip, "192.0.2.7"), Evidence::Replace(Kind::Ipv4));
        assert_eq!(e(Ip, "2001:db8::1"), Evidence::Replace(Kind::Ipv6));
        assert_eq!(e(Ip, "192.0.2.7, 198.51.100.1"), Evidence::Scan);
        assert_eq!(e(Party, "192.0.2.7"), Evidence::Replace(Kind::Ipv4));
        assert_eq!(e(Party, "+46701740683"), Evidence::Replace(Kind::Phone));
        assert_eq!(e(Party, "web-01"), Evidence::Scan);
        assert_eq!(e(Id, "191212121212"), Evidence::Replace(Kind::Personnummer));
        assert_eq!(e(Id, "100234"), Evidence::Keep);
        assert_eq!(e(Id, "abc-1"), Evidence::Scan);
        assert_eq!(e(NotPersonal, "0101039424"), Evidence::Keep);
        assert_eq!(e(NotPersonal, "see 0701740683"), Evidence::Scan);
        assert_eq!(e(Badge, "B130791"), Evidence::Replace(Kind::Badge));
        assert_eq!(e(Badge, "none"), Evidence::Scan);
        assert_eq!(e(Imei, "490154203237518"), Evidence::Replace(Kind::Imei));
        assert_eq!(e(Imei, "490154203237519"), Evidence::Scan);
        assert_eq!(e(Phone, "null"), Evidence::Scan);
    }

    #[test]
    fn people_by_name_or_account() {
        let e = |c, v| evidence(c, v, YEAR);
        assert_eq!(classify("visitor"), Some(Person));
        assert_eq!(classify("customer"), Some(Person));
        assert_eq!(classify("sn"), Some(PersonName));
        assert_eq!(classify("CreatedBy.Name"), Some(Username));
        assert_eq!(classify("caller_id.display_value"), Some(PersonName));
        assert_eq!(classify("assigned_to.display_value"), Some(Username));
        assert_eq!(
            e(Person, "Lindqvist, Karin"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(Person, "Karin"), Evidence::Replace(Kind::PersonName));
        assert_eq!(e(Person, "k.lindqvist"), Evidence::Replace(Kind::Username));
        assert_eq!(e(Person, "premium"), Evidence::Scan);
        assert_eq!(e(Person, "standard"), Evidence::Scan);
        assert_eq!(e(Person, "yes"), Evidence::Scan);
        assert_eq!(
            e(PersonName, "van der Berg, Anna"),
            Evidence::Replace(Kind::PersonName)
        );
        assert_eq!(e(Phone, "Leyla Åberg"), Evidence::Replace(Kind::PersonName));
        assert_eq!(e(Phone, "Main Office"), Evidence::Scan);
    }

    #[test]
    fn account_ids_and_numbers_by_shape() {
        let e = |c, v| evidence(c, v, YEAR);
        assert_eq!(classify("user.id"), Some(UserId));
        assert_eq!(e(UserId, "k.berg"), Evidence::Replace(Kind::Username));
        assert_eq!(e(UserId, "CORP\\kberg"), Evidence::Replace(Kind::Username));
        assert_eq!(e(UserId, "00u1a2b3c4d5e6f7"), Evidence::Scan);
        assert_eq!(e(UserId, "100234"), Evidence::Keep);
        assert_eq!(e(UserId, "web_app"), Evidence::Replace(Kind::Username));
        assert_eq!(
            e(Pnr, "19811218 9876"),
            Evidence::Replace(Kind::Personnummer)
        );
        assert_eq!(e(Badge, "123:45678"), Evidence::Replace(Kind::Badge));
        assert_eq!(e(Badge, "123:"), Evidence::Scan);
        assert_eq!(classify("badge_serial"), Some(Badge));
        assert_eq!(unkeyed("198112189876", YEAR), Some(Kind::Personnummer));
        assert_eq!(unkeyed("198112189877", YEAR), None);
        assert_eq!(unkeyed("176722560012", YEAR), None);
    }

    #[test]
    fn accounts_with_their_holders_names() {
        let parts = |v: &str| account_parts(v).map(|p| p.map(|(r, k)| (v[r].to_string(), k)));
        assert_eq!(
            parts("Joost van den Heuvel (joost.heuvel)"),
            Some([
                ("Joost van den Heuvel".into(), Kind::PersonName),
                ("joost.heuvel".into(), Kind::Username)
            ])
        );
        assert_eq!(
            parts("k.berg (Karin Berg)"),
            Some([
                ("k.berg".into(), Kind::Username),
                ("Karin Berg".into(), Kind::PersonName)
            ])
        );
        assert_eq!(
            parts("\"Karin Berg\" <karin.berg@example.se>"),
            Some([
                ("Karin Berg".into(), Kind::PersonName),
                ("karin.berg@example.se".into(), Kind::Email)
            ])
        );
        assert_eq!(parts("svc_backup (Service account)"), None);
        assert_eq!(parts("k.berg"), None);
        assert_eq!(
            bound_account("Lina Ahmed"),
            BoundAccount::Other(Kind::PersonName)
        );
        assert_eq!(
            bound_account("l.ahmed@example.se"),
            BoundAccount::Other(Kind::Email)
        );
        assert_eq!(
            bound_account("k.berg@CORP.EXAMPLE.SE"),
            BoundAccount::Account
        );
        assert_eq!(bound_account("Domain Admins"), BoundAccount::Account);
        assert!(not_an_account("SYSTEM"));
        assert!(!not_an_account("k.berg"));
    }

    #[test]
    fn every_vocabulary_row_is_normalised_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for (k, _) in VOCABULARY {
            assert!(seen.insert(*k), "{k} twice");
            assert_eq!(words(k).concat(), *k, "{k} is not normalised");
        }
    }

    #[test]
    fn the_memo_agrees_with_classify() {
        let mut m = Memo::default();
        for k in ["userName", "userName", "nothing", "pnr"] {
            assert_eq!(m.classify(k), classify(k));
        }
    }
}
