//! The evidence before a candidate: cue words (`kontakt`, `caller:`,
//! `approved by`, `Dr`), prepositions, a username before parentheses, a SIP
//! display name's quotes.

use super::gazetteer::MAX_KEY;
use super::word::{decode_prev, key};

/// The evidence before a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Cue {
    /// None.
    None,
    /// A preposition alone (`from`, `till`, `by`).
    Weak,
    /// A preposition after a verb or noun that names a person's role
    /// (`approved by`, `assigned to`, `samtal från`, `ringde till`).
    Medium,
    /// A word that names the person (`kontakt`, `caller`, `name:`, `Dr`).
    Strong,
}

/// The word that ends at `e` (letters, with their combining marks), with
/// its start.
fn word_before(b: &[u8], e: usize) -> Option<(usize, usize)> {
    let mut s = e;
    while let Some((c, p)) = decode_prev(b, s) {
        // `Ọ̀gbẹ́ni` (Yoruba `Mr`): tone marks that no precomposed letter
        // holds are combining marks, part of the word.
        if c.is_alphabetic() || c == '_' || c == '-' || super::word::mark(c) {
            s = p;
        } else {
            break;
        }
    }
    (s < e).then_some((s, e))
}

/// Skips back over spaces and the punctuation that sits between a cue and
/// its value (`kontakt: `, `name="`, `caller '`, `(`); returns where the
/// cue word would end and whether `:` or `=` was crossed.
pub(super) fn back_over_separators(b: &[u8], mut i: usize) -> (usize, bool) {
    let mut keyed = false;
    let mut n = 0;
    while i > 0 && n < 4 {
        match b[i - 1] {
            b' ' | b'\t' => {}
            b':' | b'=' => keyed = true,
            b'"' | b'\'' | b'(' | b'[' | b'<' => {}
            _ => break,
        }
        i -= 1;
        n += 1;
    }
    (i, keyed)
}

/// Words that name a person's role: what follows is a name.
fn strong_cue(k: &str) -> bool {
    matches!(
        k,
        "name"
            | "namn"
            | "fullname"
            | "full_name"
            | "displayname"
            | "display_name"
            | "display"
            | "contact"
            | "kontakt"
            | "kontaktperson"
            | "caller"
            | "callee"
            | "agent"
            | "owner"
            | "ägare"
            | "assignee"
            | "holder"
            | "innehavare"
            | "kortinnehavare"
            | "cardholder"
            | "employee"
            | "anställd"
            | "handläggare"
            | "ansvarig"
            | "kund"
            // A payment's payer in bank and direct-debit files (Autogiro,
            // Avtalegiro, Betalingsservice, SEPA mandates).
            | "betalare"
            | "betaler"
            | "zahler"
            | "zahlungspflichtiger"
            | "płatnik"
            | "maksaja"
            | "kontohavare"
            | "kontoinnehavare"
            | "kontoinhaber"
            | "kunden"
            | "customer"
            | "subscriber"
            | "abonnent"
            | "recipient"
            | "mottagare"
            | "sender"
            | "avsändare"
            | "technician"
            | "tekniker"
            | "requester"
            | "reporter"
            | "manager"
            | "chef"
            | "supervisor"
            | "patient"
            | "visitor"
            | "besökare"
            | "guest"
            | "gäst"
            | "driver"
            | "förare"
            | "cn"
            | "dear"
            | "hej"
            | "hi"
            | "hello"
            | "hallå"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "herr"
            | "fru"
            | "fröken"
            | "sir"
            | "madam"
            | "attendee"
            | "deltagare"
            | "participant"
            | "member"
            | "medlem"
            | "callername"
            | "caller_name"
            | "cid_name"
            | "callerid"
            | "caller_id_name"
            | "uppringare"
            // The caller or customer in Norwegian, Danish, Finnish and
            // German service-desk notes.
            | "innringer"
            | "opkalder"
            | "soittaja"
            | "asiakas"
            | "anrufer"
            | "kunde"
            | "användarnamn"
            | "fn"
            | "signature"
            | "signed"
            // The same roles, and the words for a name, in the languages
            // of the customers and staff a Nordic operator serves:
            // German, Dutch, French, Spanish, Italian, Portuguese, Polish,
            // Czech, Hungarian, Turkish, Finnish, Norwegian and Danish.
            | "ansprechpartner"
            | "ansprechpartnerin"
            | "contactpersoon"
            | "interlocutor"
            | "interlocutora"
            | "interlocuteur"
            | "contacto"
            | "contatto"
            | "referente"
            | "contato"
            | "kontaktowa"
            | "osoba"
            | "kapcsolattartó"
            | "yetkili"
            | "yhteyshenkilö"
            | "yhteyshenkilo"
            | "sachbearbeiter"
            | "sachbearbeiterin"
            | "saksbehandler"
            | "sagsbehandler"
            | "käsittelijä"
            | "behandelaar"
            | "nom"
            | "nombre"
            | "nome"
            | "naam"
            | "navn"
            | "nimi"
            | "imię"
            | "imie"
            | "jméno"
            | "jmeno"
            | "isim"
            | "adı"
            | "név"
            | "cliente"
            | "client"
            | "klient"
            | "klant"
            | "müşteri"
            | "paciente"
            | "pacjent"
            | "potilas"
            | "patientin"
            | "mitarbeiter"
            | "mitarbeiterin"
            | "medarbeider"
            | "medarbejder"
            | "medarbetare"
            | "työntekijä"
            | "pracownik"
            | "empleado"
            | "empleada"
            | "dipendente"
            | "funcionário"
            | "funcionario"
            | "destinatario"
            | "destinataria"
            | "destinataire"
            | "empfänger"
            | "ontvanger"
            | "odbiorca"
            | "vastaanottaja"
            | "alıcı"
            | "mottaker"
            | "modtager"
            | "remitente"
            | "expéditeur"
            | "absender"
            | "afzender"
            | "nadawca"
            | "lähettäjä"
            | "avsender"
            | "afsender"
            | "gönderen"
            | "mittente"
            | "besucher"
            | "besucherin"
            | "bezoeker"
            | "visiteur"
            | "visitante"
            | "visitatore"
            | "vierailija"
            | "besøkende"
            | "besøgende"
            | "fahrer"
            | "fahrerin"
            | "kuljettaja"
            | "kierowca"
            | "sjåfør"
            | "chauffør"
            | "autista"
            | "llamante"
            | "appelant"
            | "chiamante"
            | "beller"
            | "arayan"
            | "solicitante"
            | "demandeur"
            | "antragsteller"
            | "aanvrager"
            | "hakija"
            | "wnioskodawca"
            | "richiedente"
            | "frau"
            | "señor"
            | "señora"
            | "sr"
            | "sra"
            | "signor"
            | "signora"
            | "pan"
            | "pani"
            | "mevrouw"
            | "meneer"
            | "dhr"
            | "mevr"
            | "mme"
            | "herra"
            | "rouva"
            // The patient, the customer and Mr and Mrs in Urdu, Persian and
            // Arabic care and service notes (`مریض`, `بیمار`, `المريض`,
            // `گاہک`, `العميل`, `جناب`, `السيد`, `السيدة`).
            | "مریض"
            | "بیمار"
            | "مريض"
            | "المريض"
            | "گاہک"
            | "عميل"
            | "العميل"
            | "جناب"
            | "السيد"
            | "السيدة"
            // The customer, the client, the patient, the caller, the
            // employee, the visitor, the guest and the resident in the
            // service-desk, care and visitor notes of Central and Eastern
            // Europe, the Balkans, Turkey and Indonesia, with the forms a
            // sentence's subject takes (Albanian `Klienti`, `Pacienti`,
            // Latvian `Klients`, Croatian `Pacijentica`, `Korisnik`).
            | "klients"
            | "klientas"
            | "klienti"
            | "klientka"
            | "klijent"
            | "klijentica"
            | "kupac"
            | "zákazník"
            | "zákaznice"
            | "zákazníčka"
            | "ügyfél"
            | "pelanggan"
            | "nasabah"
            | "clientul"
            | "clienta"
            | "pacient"
            | "pacienti"
            | "pacients"
            | "pacientė"
            | "pacientas"
            | "pacientka"
            | "pacientul"
            | "pacienta"
            | "pacjentka"
            | "pacijent"
            | "pacijentica"
            | "patsient"
            | "beteg"
            | "pasien"
            | "volající"
            | "volajúci"
            | "zvanītājs"
            | "skambintojas"
            | "helistaja"
            | "dzwoniący"
            | "pozivatelj"
            | "klicatelj"
            | "telefonuesi"
            | "hívó"
            | "apelantul"
            | "penelepon"
            | "korisnik"
            | "korisnica"
            | "uporabnik"
            | "përdoruesi"
            | "pengguna"
            | "zaměstnanec"
            | "zamestnanec"
            | "darbinieks"
            | "darbuotojas"
            | "töötaja"
            | "zaposlenik"
            | "djelatnik"
            | "punonjësi"
            | "munkavállaló"
            | "dolgozó"
            | "angajatul"
            | "karyawan"
            | "pegawai"
            | "çalışan"
            | "návštěvník"
            | "návštevník"
            | "apmeklētājs"
            | "lankytojas"
            | "külastaja"
            | "odwiedzający"
            | "posjetitelj"
            | "obiskovalec"
            | "vizitori"
            | "látogató"
            | "vizitator"
            | "pengunjung"
            | "ziyaretçi"
            | "viesis"
            | "svečias"
            | "külaline"
            | "gość"
            | "vendég"
            | "oaspete"
            | "tamu"
            | "misafir"
            | "resident"
            | "residente"
            | "boende"
            | "beboer"
            | "bewohner"
            | "bewohnerin"
            | "asukas"
            | "mieszkaniec"
            | "mieszkanka"
            | "lakó"
            // Mr, Mrs and Ms before a name in the same languages and in
            // Indonesian, Yoruba, Spanish, Italian, French and Dutch
            // (`Ibu`, `Bapak`, `Ọ̀gbẹ́ni`, `Sra.`, `Sig.ra`, `Mme`, `Dhr.`).
            | "ibu"
            | "bapak"
            | "pak"
            | "paní"
            | "pán"
            | "gospodin"
            | "gospođa"
            | "gospodine"
            | "gospa"
            | "zoti"
            | "zonja"
            | "domnul"
            | "doamna"
            | "doamnei"
            | "monsieur"
            | "madame"
            | "ọ̀gbẹ́ni"
            | "ogbeni"
            | "arábìnrin"
            | "ìyáàfin"
            // A card's holder as door controllers localised for the same
            // markets write it (`turētājs="..."`, `držitel:`).
            | "turētājs"
            | "turetajs"
            | "turėtojas"
            | "držitel"
            | "držiteľ"
            | "nositelj"
            | "imetnik"
            | "mbajtësi"
            | "pemegang"
            // The customer, the patient, the employee, the visitor and the
            // caller in Korean notes (`고객`, `환자`, `직원`, `방문자`,
            // `발신자`).
            | "고객"
            | "환자"
            | "직원"
            | "방문자"
            | "발신자"
    ) || traveller(k)
        || kin_or_keyholder(k)
}

/// A relative or next of kin, a keyholder, a witness, the person who
/// reports an incident, and a courier or picker, in the alarm-centre,
/// care, dispatch and warehouse notes of the same languages (`anhörig
/// Kimaro, Neema`, `opened by keyholder 佐藤翔`, `soitti
/// avainhenkilölle`, `Zgłaszająca J. Berg`, `Świadek`, `picker`).
fn kin_or_keyholder(k: &str) -> bool {
    matches!(
        k,
        "anhörig"
            | "anhöriga"
            | "anhorig"
            | "närstående"
            | "pårørende"
            | "pårørande"
            | "omainen"
            | "omaiselle"
            | "omaisen"
            | "angehöriger"
            | "angehörige"
            | "relative"
            | "kin"
            | "spouse"
            | "maka"
            | "sambo"
            | "lähedane"
            | "hozzátartozó"
            | "příbuzný"
            | "příbuzná"
            | "krewny"
            | "krewna"
            | "keyholder"
            | "keyholders"
            | "nyckelinnehavare"
            | "nyckelperson"
            | "nøkkelperson"
            | "nøgleperson"
            | "avainhenkilö"
            | "avainhenkilölle"
            | "avainhenkilön"
            | "avainhenkilöä"
            | "schlüsselträger"
            | "schlüsselinhaber"
            | "sleutelhouder"
            | "võtmehoidja"
            | "witness"
            | "vittne"
            | "vitne"
            | "vidne"
            | "zeuge"
            | "zeugin"
            | "todistaja"
            | "tunnistaja"
            | "getuige"
            | "témoin"
            | "testigo"
            | "testimone"
            | "świadek"
            | "svědek"
            | "zgłaszający"
            | "zgłaszająca"
            | "anmälare"
            | "anmälaren"
            | "ilmoittaja"
            | "teatataja"
            | "melder"
            | "melderin"
            | "picker"
            | "plockare"
            | "packer"
            | "kommissionierer"
            | "keräilijä"
            | "courier"
            | "kurir"
            | "kurier"
            | "rider"
            // A library's patron or borrower, as circulation systems and
            // the display names of their phones write it (`patron K. Berg`,
            // `låntagare`, `lainaaja`, `czytelnik`).
            | "patron"
            | "borrower"
            | "låntagare"
            | "lånare"
            | "låner"
            | "låntager"
            | "lainaaja"
            | "entleiher"
            | "ausleiher"
            | "czytelnik"
            | "czytelniczka"
            | "lener"
            // Estonian `helistati`, `helistas` (was called, called): the
            // alarm operator's call to the person it names.
            | "helistati"
            | "helistas"
            | "helistasin"
            | "helistasime"
    )
}

/// The passenger or traveller, and the customer where the words above
/// lack its form, in the languages of the train, bus, airline and utility
/// notes veil reads (`Fahrgast`, `passageiro`, `voyageur`, `viaggiatore`,
/// `viajero`, `reiziger`, `resenär`, `επιβάτης`, Greek `πελάτη`, the
/// customer's genitive in `Κλήση πελάτη:`, Icelandic `Viðskiptavinur`).
fn traveller(k: &str) -> bool {
    matches!(
        k,
        "passenger"
            | "traveller"
            | "traveler"
            | "pax"
            | "fahrgast"
            | "reisende"
            | "reisender"
            | "passagier"
            | "passagierin"
            | "reiziger"
            | "reizigster"
            | "passager"
            | "passagère"
            | "voyageur"
            | "voyageuse"
            | "passeggero"
            | "passeggera"
            | "viaggiatore"
            | "viaggiatrice"
            | "pasajero"
            | "pasajera"
            | "viajero"
            | "viajera"
            | "passageiro"
            | "passageira"
            | "viajante"
            | "resenär"
            | "resenären"
            | "passagerare"
            | "passasjer"
            | "passasjeren"
            | "matkustaja"
            | "pasażer"
            | "pasażerka"
            | "cestující"
            | "utas"
            | "yolcu"
            | "pasager"
            | "pasagerul"
            | "călător"
            | "călătorul"
            | "farþegi"
            | "viðskiptavinur"
            | "viðskiptavinar"
            | "επιβάτης"
            | "επιβάτη"
            | "επιβάτιδα"
            | "ταξιδιώτης"
            | "πελάτης"
            | "πελάτη"
            | "πελάτισσα"
    )
}

/// True if a word that names a person's role opens the clause that ends at
/// `e`, a `:` or `,` after it and at most three words between (`Kund
/// ringde: Hovden, Håvard`, `Customer call: K. Berg`, `Fahrgast ohne
/// gültiges Ticket, Berg, Karin hat`, `passageiro sem título, K. Berg`):
/// a case note's or an incident's subject, with what happened to it
/// between the role and the name. Only words and single spaces stand in
/// the clause: a key, a number or a sentence's end stops the search.
fn clause_role(b: &[u8], e: usize) -> bool {
    let mut e = e;
    for n in 0..4 {
        let Some((s, we)) = word_before(b, e) else {
            return false;
        };
        let mut buf = [0u8; MAX_KEY];
        if n > 0
            && key(b, s, we, &mut buf)
                .is_some_and(|k| k.chars().count() >= 4 && (traveller(k) || role_noun(k)))
        {
            return true;
        }
        if s == 0
            || b[s - 1] != b' '
            || s < 2
            || !(b[s - 2] >= 0x80 || b[s - 2].is_ascii_alphabetic())
        {
            return false;
        }
        e = s - 1;
    }
    false
}

/// The persons of [`strong_cue`] a case note opens a clause with: the
/// customer, the client, the patient, the caller, the visitor, the guest
/// and the driver, not the words for a name or a title.
fn role_noun(k: &str) -> bool {
    strong_cue(k)
        && !matches!(
            k,
            "name"
                | "namn"
                | "fullname"
                | "full_name"
                | "displayname"
                | "display_name"
                | "display"
                | "signature"
                | "signed"
                | "dear"
                | "hello"
                | "hallå"
                | "madam"
                | "madame"
                | "monsieur"
                | "señora"
                | "señor"
                | "signora"
                | "signor"
                | "frau"
                | "herra"
                | "rouva"
                | "callerid"
                | "nome"
                | "naam"
                | "navn"
                | "nimi"
                | "nombre"
        )
}

/// True if an honorific that follows a name stands at `e`, after the
/// name's last word: Korean `님` and `씨` (`Adébáyọ̀ Ogunleye 님`,
/// `고객 Karin Berg 님이`), Japanese `様` and `さん`, Chinese `先生`,
/// `女士` and `小姐`, glued to the name or after one space, as customer
/// service and care notes in those languages address whoever a Latin
/// name belongs to.
pub(super) fn honorific_after(b: &[u8], e: usize) -> bool {
    const AFTER: [&str; 7] = ["님", "씨", "様", "さん", "先生", "女士", "小姐"];
    let k = if b.get(e) == Some(&b' ') { e + 1 } else { e };
    let rest = &b[k.min(b.len())..];
    AFTER.iter().any(|h| rest.starts_with(h.as_bytes()))
}

/// Prepositions after which a role word makes a name likely: `by`, `to`,
/// `for`, `from` and `with` in English, Swedish, Norwegian and Danish,
/// German, Dutch, French, Spanish, Italian, Portuguese and Polish (`anmäld
/// av`, `erstellt von`, `gewijzigd door`, `envoyé par`, `enviado por`,
/// `zgłoszone przez`, `oddzwoniłem do`). Particles of names that are also
/// prepositions (`van`, `de`, `da`) are not listed: they start surnames.
fn preposition(k: &str) -> bool {
    matches!(
        k,
        "by" | "to"
            | "for"
            | "from"
            | "with"
            | "av"
            | "till"
            | "för"
            | "från"
            | "med"
            | "hos"
            | "åt"
            | "til"
            | "fra"
            | "von"
            | "an"
            | "für"
            | "mit"
            | "door"
            | "voor"
            | "met"
            | "par"
            | "pour"
            | "avec"
            | "por"
            | "para"
            | "con"
            | "przez"
            // Danish `af` (by, of): `oprettet af`, `på vegne af`.
            | "af"
            | "do"
            | "dla"
            | "od"
    )
}

/// Words before a preposition that make what follows a person
/// (`approved by`, `samtal från`, `collect complete for`).
fn role_lead(k: &str) -> bool {
    matches!(
        k,
        "call"
            | "calls"
            | "callback"
            | "called"
            | "calling"
            | "message"
            | "mail"
            | "email"
            | "e-mail"
            | "sms"
            | "voicemail"
            | "sent"
            | "complete"
            | "ready"
            | "done"
            | "invoice"
            | "samtal"
            | "samtalet"
            | "ringde"
            | "ringer"
            | "ring"
            | "uppringd"
            | "kopplad"
            | "kopplat"
            | "vidarekopplad"
            | "vidarekopplat"
            | "överförd"
            | "överfört"
            | "tilldelad"
            | "tilldelat"
            | "godkänd"
            | "godkänt"
            | "skapad"
            | "skapat"
            | "ändrad"
            | "ändrat"
            | "borttagen"
            | "borttaget"
            | "stängd"
            | "stängt"
            | "öppnad"
            | "öppnat"
            | "hanterad"
            | "hanterat"
            | "utförd"
            | "utfört"
            | "meddelande"
            | "bokad"
            | "bokat"
            | "avbokad"
            | "beställd"
            | "beställt"
            | "betald"
            | "faktura"
            | "missat"
            | "missade"
            | "röstmeddelande"
            | "besök"
            | "möte"
            | "meeting"
            | "ärende"
            | "ticket"
            | "inloggad"
            | "signerad"
            | "signerat"
            | "attesterad"
            | "attesterat"
            | "registrerad"
            | "registrerat"
            // Sent, reported and filed by, in Swedish, German, Dutch,
            // French, Spanish and Polish.
            | "skickad"
            | "skickat"
            | "anmäld"
            | "anmält"
            | "inlämnad"
            | "inlämnat"
            | "gesendet"
            | "gemeldet"
            | "erstellt"
            | "verzonden"
            | "gemeld"
            | "envoyé"
            | "signalé"
            | "enviado"
            | "reportado"
            | "wysłane"
            | "zgłoszone"
            | "oddzwoniłem"
            | "dzwonił"
            // Created, changed, closed, assigned and registered by, and on
            // behalf of (`på vegne av`), in Norwegian and Danish, German,
            // Dutch, French, Spanish and Polish service-desk audits.
            | "opprettet"
            | "oprettet"
            | "endret"
            | "ændret"
            | "lukket"
            | "tildelt"
            | "registrert"
            | "registreret"
            | "godkjent"
            | "godkendt"
            | "behandlet"
            | "vegne"
            | "angelegt"
            | "geändert"
            | "zugewiesen"
            | "bearbeitet"
            | "aangemaakt"
            | "gewijzigd"
            | "toegewezen"
            | "créé"
            | "modifié"
            | "assigné"
            | "creado"
            | "modificado"
            | "asignado"
            | "utworzone"
            | "utworzony"
            | "zmienione"
            | "przypisane"
            | "zatwierdzone"
    )
}

/// Verbs with which a speaker names themself (`Jag heter`, `jeg hedder`,
/// `ich heiße`, `ik heet`, `je m'appelle`, `me llamo`, `mi chiamo`), as
/// voicemail transcriptions and text messages begin.
fn self_naming(k: &str) -> bool {
    matches!(
        k,
        "heter"
            | "hedder"
            | "heiße"
            | "heisse"
            | "heet"
            | "appelle"
            | "llamo"
            | "chiamo"
            // Icelandic `Ég heiti`, Portuguese `me chamo`, Greek `με λένε`,
            // `ονομάζομαι`, Hungarian `a nevem`.
            | "heiti"
            | "chamo"
            | "λένε"
            | "ονομάζομαι"
            | "nevem"
    )
}

/// `det är Golnar`, `this is Karin`, `her er Torunn`, `hier ist Jürgen`,
/// `Þetta er Ólöf`, `Ako si Rowena`, `Sou a Inês`, `my name is Omar`,
/// `Ich bin Jürgen`: a speaker's introduction, `k2 k` (a demonstrative
/// and a copula, a pronoun and `to be`, or the word for a name and a
/// copula), as text messages, chat and voicemail transcriptions begin.
fn introduction(k2: &str, k: &str) -> bool {
    matches!(
        (k2, k),
        ("det" | "här", "är")
            | ("this" | "it's" | "name", "is")
            | ("det" | "her" | "dette" | "þetta" | "navn", "er")
            | ("hier", "ist")
            | ("namn", "är")
            | ("naam", "is")
            | ("nome" | "aqui", "é")
            | ("nombre" | "aquí", "es")
            | ("nimeni" | "nimi" | "tässä" | "siin", "on")
            // Tagalog `ako si`, Portuguese `sou a`, `sou o`, Greek `είμαι
            // η`, `είμαι ο`: a pronoun or verb and the article before a
            // person.
            | ("ako", "si")
            | ("sou", "a" | "o")
            | ("είμαι", "η" | "ο")
            // `I am` in German, Dutch, French, Portuguese, Finnish and
            // Estonian.
            | ("ich", "bin")
            | ("ik", "ben")
            | ("je", "suis")
            | ("eu", "sou")
            | ("minä" | "mina" | "ma", "olen")
    )
}

/// True if the words before `i` introduce a speaker
/// ([`introduction`], [`self_naming`]): `Þetta er `, `Ako si `, `Jag heter `.
pub(super) fn introduced(b: &[u8], i: usize) -> bool {
    let (e, keyed) = back_over_separators(b, i);
    if keyed {
        return false;
    }
    let Some((s, e)) = word_before(b, e) else {
        return false;
    };
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(b, s, e, &mut buf) else {
        return false;
    };
    if self_naming(k) {
        return true;
    }
    let (e2, _) = back_over_separators(b, s);
    let mut buf2 = [0u8; MAX_KEY];
    word_before(b, e2)
        .and_then(|(s2, e2)| key(b, s2, e2, &mut buf2))
        .is_some_and(|k2| introduction(k2, k))
}

/// How strongly the text before `i` says a name follows.
pub(super) fn cue_before(b: &[u8], i: usize) -> Cue {
    cue_and_surname_key(b, i).0
}

/// [`cue_before`], and whether the cue is a surname's key with `=` or `:`
/// ([`surname_key`]), read from the same word.
pub(super) fn cue_and_surname_key(b: &[u8], i: usize) -> (Cue, bool) {
    let (e, keyed) = back_over_separators(b, i);
    // `Fahrgast ohne gültiges Ticket, K. Hovden`: a role that opens the
    // clause the comma closes.
    if e > 1 && b[e - 1] == b',' && b.get(e) == Some(&b' ') {
        let cue = if clause_role(b, e - 1) {
            Cue::Medium
        } else {
            Cue::None
        };
        return (cue, false);
    }
    let Some((s, e)) = word_before(b, e) else {
        return (Cue::None, false);
    };
    let mut buf = [0u8; MAX_KEY];
    let Some(k) = key(b, s, e, &mut buf) else {
        return (Cue::None, false);
    };
    if keyed && surname_key(k) {
        return (Cue::Strong, true);
    }
    let cue = cue_of(b, s, k, keyed);
    // `Kund ringde: K. Hovden`: a role a few words before the `:` or `,`.
    if cue < Cue::Medium && matches!(b.get(e), Some(b':' | b',')) && clause_role(b, e) {
        return (Cue::Medium, false);
    }
    (cue, false)
}

/// The cue the word `k`, which starts at `s`, makes (`keyed`: `:` or `=`
/// after it).
fn cue_of(b: &[u8], s: usize, k: &str, keyed: bool) -> Cue {
    if strong_cue(k) || (keyed && (k.ends_with("name") || k.ends_with("namn"))) {
        return Cue::Strong;
    }
    if self_naming(k) {
        return Cue::Medium;
    }
    if !preposition(k) {
        if matches!(
            k,
            "är" | "er"
                | "is"
                | "ist"
                | "é"
                | "es"
                | "on"
                | "si"
                | "a"
                | "o"
                | "η"
                | "ο"
                | "bin"
                | "ben"
                | "suis"
                | "sou"
                | "olen"
        ) {
            let (e2, _) = back_over_separators(b, s);
            let mut buf2 = [0u8; MAX_KEY];
            let intro = word_before(b, e2)
                .and_then(|(s2, e2)| key(b, s2, e2, &mut buf2))
                .is_some_and(|k2| introduction(k2, k));
            if intro {
                return Cue::Medium;
            }
        }
        return Cue::None;
    }
    let (e2, _) = back_over_separators(b, s);
    let Some((s2, e2)) = word_before(b, e2) else {
        return Cue::Weak;
    };
    let mut buf2 = [0u8; MAX_KEY];
    match key(b, s2, e2, &mut buf2) {
        // `approved by`, `reported by`: a passive's agent is a person.
        Some(k2) if role_lead(k2) || (k == "by" && k2.len() > 4 && k2.ends_with("ed")) => {
            Cue::Medium
        }
        _ => Cue::Weak,
    }
}

/// Keys of a surname (`"efternamn":"Băsescu"` in a MongoDB slow-query
/// line, `(sn=Tegnér)` in an OpenLDAP, 389 Directory Server or Active
/// Directory search filter, `lastname=Grzybowski` in a web form's log):
/// with `=` or `:` after them, their value is a surname, which one word
/// makes, in the languages of the name keys of the shared
/// vocabulary, lower-cased as [`key`] reads them.
fn surname_key(k: &str) -> bool {
    matches!(
        k,
        "sn" | "surname"
            | "lastname"
            | "last_name"
            | "last-name"
            | "familyname"
            | "family_name"
            | "efternamn"
            | "nachname"
            | "familienname"
            | "achternaam"
            | "etternavn"
            | "efternavn"
            | "sukunimi"
            | "apellido"
            | "apellidos"
            | "cognome"
            | "nazwisko"
            | "sobrenome"
            | "apelido"
            | "soyad"
            | "soyadı"
            | "soyadi"
            | "příjmení"
            | "prijmeni"
            | "priezvisko"
            | "pavardė"
            | "pavarde"
            | "uzvārds"
            | "uzvards"
            | "perekonnanimi"
            | "vezetéknév"
            | "vezeteknev"
            | "nom_de_famille"
    )
}

/// The words of a salutation (`Hej `, `Hi `, `Dear `, `Hei `, `Moi `), in
/// the languages a Nordic operator's customers write and are written to:
/// the last word of a two-word one (`Dzień dobry`, `Good morning`, `Bom
/// dia`, `Xin chào`, `God morgon`) stands for it.
const GREETINGS: &[&str] = &[
    "hej",
    "hei",
    "hi",
    "hey",
    "hello",
    "hallo",
    "hallå",
    "hoi",
    "dear",
    "kära",
    "bästa",
    "kjære",
    "kære",
    "moi",
    "moikka",
    "terve",
    "tere",
    "hola",
    "bonjour",
    "salut",
    "ciao",
    "salve",
    "buongiorno",
    "buonasera",
    "liebe",
    "lieber",
    "beste",
    "geachte",
    "caro",
    "cara",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "olá",
    "oi",
    "cher",
    "chère",
    "merhaba",
    "selam",
    "sayın",
    "cześć",
    "czesc",
    "witam",
    "witaj",
    "szanowny",
    "szanowna",
    "dobry",
    "ahoj",
    "vážený",
    "vážená",
    "szia",
    "sziasztok",
    "zdravo",
    "labas",
    "sveiki",
    "sveika",
    "bună",
    "buna",
    "morning",
    "afternoon",
    "evening",
    "días",
    "dias",
    "tardes",
    "dia",
    "ziua",
    "chào",
    "chao",
    "morgon",
    "morgen",
    "päivää",
    "huomenta",
    "habari",
    "jambo",
    "salaam",
    "salam",
    "silav",
    "привет",
    "здравствуйте",
    "γεια",
    // Latvian, Lithuanian, Albanian, Indonesian, Croatian, Slovenian,
    // Czech, Hungarian, Turkish, Romanian, Portuguese, German and Korean
    // salutations, and the words for `Dear` in them.
    "labdien",
    "labrīt",
    "labvakar",
    "sveiks",
    "sveikas",
    "čau",
    "cau",
    "përshëndetje",
    "pershendetje",
    "tungjatjeta",
    "halo",
    "hai",
    "živjo",
    "zdravím",
    "servus",
    "moin",
    "hejsan",
    "tjena",
    "goddag",
    "kedves",
    "tisztelt",
    "milý",
    "milá",
    "drahý",
    "drahá",
    "dragi",
    "draga",
    "dragă",
    "poštovani",
    "poštovana",
    "spoštovani",
    "spoštovana",
    "gerbiamas",
    "gerbiamoji",
    "lugupeetud",
    "cienījamais",
    "cienījamā",
    "nderuar",
    "stimate",
    "stimată",
    "değerli",
    "prezado",
    "prezada",
    "안녕하세요",
    "مرحبا",
    "مرحباً",
    "سلام",
    "أهلا",
    "اهلا",
    "عزيزي",
    "عزيزتي",
    // Thanks before whom a coupon's, a receipt's or a booking's text
    // message thanks (`Dziękujemy, Anna!`, `Kiitos Aino!`, `Takk, Ola!`),
    // in Polish, Swedish, Norwegian, Danish, Finnish, Estonian, Latvian,
    // Lithuanian, Czech, Slovak, Hungarian, Dutch, Spanish, Croatian,
    // Romanian, Turkish, Tagalog and English.
    "dziękujemy",
    "dziekujemy",
    "dziekuje",
    "thanks",
    "tack",
    "takk",
    "tak",
    "kiitos",
    "aitäh",
    "aitah",
    "paldies",
    "ačiū",
    "aciu",
    "děkujeme",
    "děkuji",
    "ďakujeme",
    "ďakujem",
    "köszönjük",
    "köszönöm",
    "bedankt",
    "gracias",
    "hvala",
    "mulțumim",
    "multumim",
    "teşekkürler",
    "salamat",
    "merci",
    "danke",
    "grazie",
    "obrigado",
    "obrigada",
    "dziękuję",
    "asante",
];

/// The words that close a message (`mvh `, `Regards, `, `Terveisin `).
const CLOSINGS: &[&str] = &[
    "mvh",
    "vh",
    "hälsningar",
    "hälsning",
    "regards",
    "cheers",
    "thanks",
    "tack",
    "terveisin",
    "kiitos",
    "hilsen",
    "hilsner",
    "groeten",
    "gruß",
    "grüße",
    "gruss",
    "pozdrawiam",
    "pozdrowienia",
    "saludos",
    "cordialement",
    "saluti",
    "atenciosamente",
    "best",
    "groetjes",
    "mfg",
    "lg",
    "saygılar",
    "saygılarımla",
    "sevgiler",
    "selamlar",
    "teşekkürler",
    "atentamente",
    "gracias",
    "obrigado",
    "obrigada",
    "grazie",
    "merci",
    "danke",
    "dziękuję",
    "dzięki",
    "pozdravem",
    "pozdrav",
    "üdvözlettel",
    "cumprimentos",
    "ystävällisin",
    "terkkuja",
    "mahalo",
    "mahadsanid",
    "asante",
    "شكرا",
    "تحياتي",
    "احترام",
    "ممنون",
    "سپاس",
];

/// True if the word that ends at `e` is one of `words` (compared as the
/// gazetteer's keys, lower-cased).
fn word_before_in(b: &[u8], e: usize, words: &[&str]) -> bool {
    let Some((s, e)) = word_before(b, e) else {
        return false;
    };
    let mut buf = [0u8; MAX_KEY];
    key(b, s, e, &mut buf).is_some_and(|k| words.contains(&k))
}

/// True if the text at `e` closes whom a greeting greets: a comma, an
/// Arabic comma (`مرحبا Hiba،`) or `!`.
pub(super) fn closes_greeting(b: &[u8], e: usize) -> bool {
    matches!(b.get(e), Some(b',' | b'!')) || b[e.min(b.len())..].starts_with("،".as_bytes())
}

/// True if the text at `e` ends a message: the end of the field, a
/// closing quote (Jasmin's and Python's `b'...'` too), a line break, a
/// full stop or a closing tag.
pub(super) fn ends_message(b: &[u8], e: usize) -> bool {
    matches!(
        b.get(e),
        None | Some(b'"' | b'\'' | b'\n' | b'\r' | b'.' | b'\\')
    ) || b[e.min(b.len())..].starts_with(b"</")
}

/// A signature's lead before `i`: `, ` or ` /` (`Mitt nya nummer är ...,
/// Karin`, `Avboka min tid /Karin Berg`), as a text message is signed
/// without a closing word; the name after it must end the message.
pub(super) fn signature_before(b: &[u8], i: usize) -> bool {
    match i {
        0 | 1 => false,
        _ => match (b[i - 2], b[i - 1]) {
            (b',', b' ') | (b' ', b'/') => true,
            (_, b' ') if i >= 3 => b[i - 3] == b' ' && matches!(b[i - 2], b'-'),
            _ => false,
        },
    }
}

/// A greeting before `i` (`Hej `, `Hi `, `Dear `, `Hei `, `Moi `, `Hallo `):
/// a message's salutation, whose next word, closed by a comma or `!`, is
/// whom it greets.
pub(super) fn greeting_before(b: &[u8], i: usize) -> bool {
    if i < 2 || b[i - 1] != b' ' {
        return false;
    }
    // `Sveiki, Jānis!`, `Hola, María:`, `Dobrý den, Jano,`: many languages
    // put a comma after the salutation.
    let e = if b[i - 2] == b',' { i - 2 } else { i - 1 };
    word_before_in(b, e, GREETINGS) || greeting_pair_before(b, e)
}

/// True if the two words that end at `e` are a salutation whose second
/// word alone greets no one (`Dobrý den`, `Selamat pagi`, `Guten Tag`,
/// `Dobar dan`, `Laba diena`, `Jó napot`, `İyi günler`).
fn greeting_pair_before(b: &[u8], e: usize) -> bool {
    const PAIRS: [(&str, &str); 17] = [
        ("thank", "you"),
        ("dobrý", "den"),
        ("dobry", "den"),
        ("dobrý", "deň"),
        ("dobar", "dan"),
        ("dober", "dan"),
        ("selamat", "pagi"),
        ("selamat", "siang"),
        ("selamat", "sore"),
        ("selamat", "malam"),
        ("selamat", "datang"),
        ("guten", "tag"),
        ("guten", "abend"),
        ("laba", "diena"),
        ("jó", "napot"),
        ("iyi", "günler"),
        ("bună", "seara"),
    ];
    let Some((s, e)) = word_before(b, e) else {
        return false;
    };
    let mut buf = [0u8; MAX_KEY];
    let Some(second) = key(b, s, e, &mut buf) else {
        return false;
    };
    if !PAIRS.iter().any(|(_, w)| *w == second) || s < 2 || b[s - 1] != b' ' {
        return false;
    }
    let Some((s1, e1)) = word_before(b, s - 1) else {
        return false;
    };
    let mut buf1 = [0u8; MAX_KEY];
    key(b, s1, e1, &mut buf1).is_some_and(|first| PAIRS.contains(&(first, second)))
}

/// A closing before `i` (`mvh `, `Regards, `, `Terveisin `, `Pozdrawiam `),
/// as a text message or a ticket's free text ends: the word after it
/// signs the message.
pub(super) fn closing_before(b: &[u8], i: usize) -> bool {
    let mut e = i;
    while e > 0 && matches!(b[e - 1], b' ' | b',') && i - e < 3 {
        e -= 1;
    }
    e != i && e != 0 && word_before_in(b, e, CLOSINGS)
}

/// A username-shaped word before `(`: `l.aberg`, `karin_e`, `kerik2`.
fn username_before_paren(b: &[u8], open: usize) -> bool {
    let mut e = open;
    if e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'.' | b'_' | b'-')) {
        s -= 1;
    }
    let w = &b[s..e];
    (2..=64).contains(&w.len())
        && w[0].is_ascii_lowercase()
        && w.iter().all(|c| !c.is_ascii_uppercase())
        && (s == 0 || matches!(b[s - 1], b' ' | b'=' | b'"' | b'\'' | b'['))
}

/// An identifier with a digit before `(`: a card or badge number, a
/// card's UID (`04:8F:2E:CA:8E:1F:65`), an extension or an employee number
/// (`kort 2261173497 (Gunnel)`, `ext 4021 (Anna)`), as access-control and
/// PBX logs name the holder after it. Four characters or more, letters,
/// digits, `:` and `-` only: no version (`10.15 (Catalina)`).
fn id_before_paren(b: &[u8], open: usize) -> bool {
    let mut e = open;
    if e > 0 && b[e - 1] == b' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0
        && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b':' | b'-'))
        && e - s < 32
    {
        s -= 1;
    }
    let w = &b[s..e];
    (4..=24).contains(&w.len())
        && w[0].is_ascii_alphanumeric()
        && w.iter().any(u8::is_ascii_digit)
        && (s == 0 || matches!(b[s - 1], b' ' | b'=' | b'"' | b':'))
}

/// The candidate is the whole of a SIP display name (`"Name" <sip:`,
/// `Name <sip:`) or of the parentheses after a username.
pub(super) fn framed(b: &[u8], s: usize, e: usize) -> bool {
    let before = if s > 0 { b[s - 1] } else { 0 };
    let after = b.get(e).copied().unwrap_or(0);
    match (before, after) {
        (b'"', b'"') | (b'\'', b'\'') => {
            let mut k = e + 1;
            while b.get(k) == Some(&b' ') {
                k += 1;
            }
            b.get(k) == Some(&b'<')
        }
        (b'(', b')') => {
            username_before_paren(b, s - 1)
                // One word, no host label (`(ANNA-PC)` after a MAC is
                // a host, whose owner the host rules take).
                || (!b[s..e].iter().any(|&c| c == b' ' || c == b'-')
                    && id_before_paren(b, s - 1))
        }
        (_, b' ') => {
            let rest = &b[e + 1..];
            [b"<sip:".as_slice(), b"<sips:", b"<tel:"]
                .iter()
                .any(|p| rest.starts_with(p))
        }
        _ => false,
    }
}
