"""Shared machinery of the evaluation generator: the template renderer, the
check-digit rules and the spellings of every value type.

Nothing here is a value pool or a record template: those live per split, in
`tune/` and `heldout/`. What is here is how a value is *written* (every
spelling a real system uses) and how a template becomes a labelled record.

Template syntax: literal text with placeholders in guillemets.
    «gen»              unlabelled filler from generator `gen` (timestamps, pids, hosts)
    «TYPE:gen»         a labelled personal value of TYPE (IPV4, PHONE, ...)
    «~gen»             a labelled NEG_DECOY: a look-alike that must survive
    «TYPE:gen@k»       ... and remember the value under `k` for this record
    «TYPE:@k»          the same value again (every occurrence is labelled)
    «@k»               a remembered value, unlabelled (only for non-personal values)
    «...|mods»         escape the value for its context, each mod one letter:
                       j JSON string, u JSON string with \\uXXXX for non-ASCII,
                       q CSV (double the quotes), c CEF extension (\\= and \\\\),
                       s RFC 5424 param value (\\" \\\\ \\]), l lower, U upper,
                       d digits only (a spelt number in a dial string)
A span's `value` is always exactly the record text between its offsets, so
an escaped value is labelled as it is written.
"""
import datetime
import json
import random
import re
import string
import unicodedata

TYPES = ["IPV4", "IPV6", "MAC", "EMAIL", "USERNAME", "PHONE", "PERSONNUMMER",
         "SAMORDNINGSNUMMER", "ORGNR", "BADGE", "PERSON_NAME", "IMEI", "IMSI"]
NEG = "NEG_DECOY"
PACKS = ["syslog", "json", "kv-cef", "asterisk-cdr", "freeswitch-cdr", "cisco-cucm-cdr"]

PLACEHOLDER = re.compile(r"«([^»]*)»")
NBSP = "\u00a0"
EN_DASH = "\u2013"


# ---------------------------------------------------------------- check digits

def luhn_digit(payload):
    """The Luhn check digit for `payload` (personnummer, orgnr, IMEI)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def wrong_digit(rng, right):
    return rng.choice([d for d in "0123456789" if d != right])


# ---------------------------------------------------------------- escaping

def esc_json(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def esc_json_ascii(v):
    return json.dumps(v, ensure_ascii=True)[1:-1]


def esc_csv(v):
    return v.replace('"', '""')


def esc_cef(v):
    return v.replace("\\", "\\\\").replace("=", "\\=")


def esc_sd(v):
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("]", "\\]")


def dial_digits(v):
    """A spelt number as dial strings carry it: digits, and a leading +."""
    return ("+" if v.startswith("+") else "") + "".join(c for c in v if c.isdigit())


MODS = {"d": dial_digits, "j": esc_json, "u": esc_json_ascii, "q": esc_csv, "c": esc_cef, "s": esc_sd,
        "l": str.lower, "U": str.upper}


def fold(s):
    """ASCII spelling of a name, as account provisioning writes it."""
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae") \
        .replace("Æ", "AE").replace("đ", "d").replace("Đ", "D").replace("ł", "l") \
        .replace("Ł", "L").replace("ı", "i").replace("ð", "d").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- records

class Record:
    """Text under construction, with labelled spans in character offsets."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.spans = []

    def text(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def label(self, typ, s):
        if s:
            self.spans.append((self.n, self.n + len(s), typ, s))
        return self.text(s)

    def build(self):
        text = "".join(self.parts)
        spans = []
        for a, b, typ, v in self.spans:
            assert text[a:b] == v
            spans.append({"start": a, "end": b, "bstart": len(text[:a].encode()),
                          "bend": len(text[:b].encode()), "type": typ, "value": v})
        return text, spans


class Ctx:
    """One record's generation context: the split's pools, the random source,
    the people the record is about and the values it remembers."""

    def __init__(self, rng, pools, gens):
        self.rng = rng
        self.pools = pools
        self.gens = gens
        self.memo = {}
        self.people = {}

    def person(self, i=0):
        if i not in self.people:
            self.people[i] = make_person(self)
        return self.people[i]

    def gen(self, name):
        fn = self.gens.get(name)
        if fn is None:
            raise KeyError(f"unknown generator {name!r}")
        return fn(self)


def render(template, ctx, rec=None):
    """Renders a template string into `rec` (a new Record by default)."""
    rec = rec or Record()
    pos = 0
    for m in PLACEHOLDER.finditer(template):
        rec.text(template[pos:m.start()])
        pos = m.end()
        put(rec, ctx, m.group(1))
    rec.text(template[pos:])
    return rec


def put(rec, ctx, spec):
    spec, _, mods = spec.partition("|")
    typ = None
    if spec.startswith("~"):
        typ, spec = NEG, spec[1:]
    elif ":" in spec and spec.split(":", 1)[0].isupper():
        typ, spec = spec.split(":", 1)
        assert typ in TYPES, typ
    name, _, key = spec.partition("@")
    if name:
        value = ctx.gen(name)
        if key:
            ctx.memo[key] = value
    else:
        value = ctx.memo[key]
    for m in mods:
        value = MODS[m](value)
    if typ:
        rec.label(typ, value)
    else:
        rec.text(value)


# ---------------------------------------------------------------- people

def make_person(ctx):
    """A person of one of the pool's cultures. A name entry may be written
    `native|latin` (Arabic or Persian script): the native spelling is shown,
    the Latin one is what account names are made from."""
    p = ctx.pools
    rng = ctx.rng
    culture = weighted(rng, p.CULTURE_WEIGHTS)
    c = p.NAMES[culture]

    def pick(key):
        native, _, latin = rng.choice(c[key]).partition("|")
        return native, latin or native

    given, given_l = pick("given")
    if rng.random() < c.get("double_given", 0.0):
        other, other_l = pick("given")
        if other != given:
            j = rng.choice([" ", "-"])
            given, given_l = given + j + other, given_l + j + other_l
    surname, surname_l = pick("surname")
    if rng.random() < c.get("double_surname", 0.0):
        other, other_l = pick("surname")
        if other != surname:
            j = c.get("joiner", rng.choice([" ", "-"]))
            surname, surname_l = surname + j + other, surname_l + j + other_l
    order = c.get("order", "given-first")
    full = f"{surname} {given}" if order == "surname-first" else f"{given} {surname}"
    return {"given": given, "surname": surname, "full": full,
            "latin": given == given_l and surname == surname_l,
            "given_l": given_l, "surname_l": surname_l, "culture": culture, "order": order}


def name_spelling(ctx, person):
    """A person's name as systems print it."""
    rng = ctx.rng
    g, s = person["given"], person["surname"]
    if not person["latin"] or person["order"] == "surname-first":
        return person["full"]
    r = rng.random()
    if r < 0.62:
        return person["full"]
    if r < 0.74:
        return f"{s}, {g}"
    if r < 0.82:
        return f"{g[0]}. {s}"
    if r < 0.90:
        return person["full"].upper()
    if r < 0.95:
        return fold(person["full"])
    return f"{s} {g}"


def user_base(ctx, person, keep_diacritics=None):
    """A login name derived from a person, as directories provision them."""
    rng = ctx.rng
    if keep_diacritics is None:
        keep_diacritics = rng.random() < ctx.pools.P_USER_DIACRITICS
    g = person["given_l"].split(" ")[0].split("-")[0]
    s = person["surname_l"].split(" ")[-1] if rng.random() < 0.7 else person["surname_l"]
    if person["order"] == "surname-first":
        g, s = person["given_l"].replace(" ", ""), person["surname_l"]
    if not keep_diacritics:
        g, s = fold(g), fold(s)
    g, s = g.lower(), s.lower().replace(" ", "").replace("-", "")
    if rng.random() < 0.5:
        s = s.replace("'", "")
    form = weighted(rng, ctx.pools.USER_FORMS)
    n = str(rng.randint(1, 99))
    return {
        "g.s": f"{g}.{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}", "g_s": f"{g}_{s}",
        "s3g3": f"{s[:3]}{g[:3]}", "g.sN": f"{g}.{s}{n}", "gN": f"{g}{n}",
        "g1.s": f"{g[0]}.{s}", "s.g": f"{s}.{g}", "g3s3N": f"{g[:3]}{s[:3]}{n}",
        "gs1": f"{g}{s[0]}", "emp": f"{g[0]}{s[0]}{rng.randint(1000, 99999)}",
        "g-s": f"{g}-{s}",
    }[form]


def weighted(rng, pairs):
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


# ---------------------------------------------------------------- numbers

def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def group(ds, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(ds[i:i + k])
        i += k
    if i < len(ds):
        out[-1] += ds[i:]
    return [x for x in out if x]


def phone_number(ctx, country=None, kind=None):
    """(country spec, national significant number) drawn from the pools."""
    rng = ctx.rng
    spec = ctx.pools.PHONE_COUNTRIES[country or weighted(rng, ctx.pools.PHONE_COUNTRY_WEIGHTS)]
    ranges = spec["ranges"]
    if kind:
        ranges = [r for r in ranges if r[2] == kind] or ranges
    prefix, length, _kind, groups = rng.choice(ranges)
    if spec["cc"] == "1":  # NANP: the exchange code starts with 2-9
        return spec, prefix + str(rng.randint(2, 9)) + digits(rng, length - len(prefix) - 1), groups
    nsn = prefix + digits(rng, length - len(prefix))
    return spec, nsn, groups


def phone_spelling(ctx, spec, nsn, groups, style=None):
    rng = ctx.rng
    cc, trunk = spec["cc"], spec["trunk"]
    style = style or weighted(rng, ctx.pools.PHONE_STYLES)
    sep = weighted(rng, ctx.pools.PHONE_SEPARATORS)
    parts = group(nsn, groups)
    if cc == "1":
        a, e, n = nsn[:3], nsn[3:6], nsn[6:]
        return {
            "e164": f"+1{nsn}", "e164-spaced": f"+1 {a} {e} {n}", "00": f"0011{nsn}",
            "cc-digits": f"1{nsn}", "national": rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}",
                                                            f"{a}.{e}.{n}", f"{a}{e}{n}"]),
            "national-digits": f"{a}{e}{n}", "paren0": f"+1 ({a}) {e}-{n}",
            "00-spaced": f"1-{a}-{e}-{n}",
        }[style]
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "e164-spaced":
        return f"+{cc} " + sep.join(parts)
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "00-spaced":
        return f"00{cc} " + sep.join(parts)
    if style == "cc-digits":
        return f"{cc}{nsn}"
    if style == "paren0" and trunk:
        return f"+{cc} ({trunk}){parts[0]}" + (sep if len(parts) > 1 else "") + sep.join(parts[1:])
    if style == "paren0":
        return f"+{cc} " + sep.join(parts)
    if style == "national-digits":
        return f"{trunk}{nsn}"
    # national, grouped: the trunk digit joins the first group
    if spec.get("area_dash") and len(parts) > 1:
        inner = rng.choice([" ", "", NBSP]) if sep in (" ", "") else sep
        return f"{trunk}{parts[0]}{rng.choice(['-', '-', ' ', EN_DASH])}" + inner.join(parts[1:])
    return f"{trunk}{parts[0]}" + (sep if len(parts) > 1 else "") + sep.join(parts[1:])


def phone_any(ctx):
    spec, nsn, groups = phone_number(ctx)
    return phone_spelling(ctx, spec, nsn, groups)


def phone_uri_user(ctx):
    """A number as SIP URIs, dial strings and channel names carry it."""
    spec, nsn, groups = phone_number(ctx)
    style = weighted(ctx.rng, [("e164", 4), ("national-digits", 4), ("cc-digits", 1), ("00", 2)])
    return phone_spelling(ctx, spec, nsn, groups, style)


def phone_e164(ctx):
    spec, nsn, groups = phone_number(ctx)
    return phone_spelling(ctx, spec, nsn, groups, "e164")


def phone_json_number(ctx):
    spec, nsn, groups = phone_number(ctx)
    return spec["cc"] + nsn


def phone_national_digits(ctx):
    spec, nsn, groups = phone_number(ctx)
    return phone_spelling(ctx, spec, nsn, groups, "national-digits")


# ---------------------------------------------------------------- Swedish ids

def birth_date(ctx, lo, hi):
    rng = ctx.rng
    y = rng.randint(lo, hi)
    d0 = datetime.date(y, 1, 1)
    return d0 + datetime.timedelta(days=rng.randrange(365 + (y % 4 == 0)))


def idnum(ctx, samordning=False, broken=False, style=None):
    """A personnummer or samordningsnummer in one of its spellings."""
    rng = ctx.rng
    lo, hi = ctx.pools.BIRTH_YEARS
    d = birth_date(ctx, lo, hi)
    day = d.day + (60 if samordning else 0)
    serial = digits(rng, 3)
    payload = f"{d.year % 100:02d}{d.month:02d}{day:02d}{serial}"
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    ten = payload + check
    century = f"{d.year // 100:02d}"
    old = 2026 - d.year >= 100
    style = style or weighted(rng, ctx.pools.PNR_STYLES)
    if old and style in ("10-dash", "10"):
        return ten[:6] + "+" + ten[6:]
    return {"10-dash": ten[:6] + "-" + ten[6:], "10": ten,
            "12-dash": century + ten[:6] + "-" + ten[6:], "12": century + ten,
            "12-space": century + ten[:6] + " " + ten[6:]}[style]


def orgnr(ctx, broken=False, style=None):
    rng = ctx.rng
    first = rng.choice(ctx.pools.ORGNR_GROUPS)
    payload = first + str(rng.randint(0, 9)) + str(rng.randint(2, 9)) + digits(rng, 6)
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    ten = payload + check
    style = style or weighted(rng, ctx.pools.ORGNR_STYLES)
    return {"dash": ten[:6] + "-" + ten[6:], "plain": ten, "16": "16" + ten}[style]


def imei(ctx, broken=False, style=None):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.IMEI_TACS) + digits(rng, 6)
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    full = payload + check
    style = style or weighted(rng, ctx.pools.IMEI_STYLES)
    return {"plain": full, "dashed": f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}",
            "spaced": f"{full[:2]} {full[2:8]} {full[8:14]} {full[14]}",
            "tac-snr": f"{full[:8]}-{full[8:14]}-{full[14]}"}[style]


def imsi(ctx):
    rng = ctx.rng
    plmn = rng.choice(ctx.pools.IMSI_PLMNS)
    return plmn + digits(rng, 15 - len(plmn))


# ---------------------------------------------------------------- network

def ipv4(ctx):
    rng = ctx.rng
    net = weighted(rng, ctx.pools.IPV4_NETS)
    octs = net.split(".")
    while len(octs) < 4:
        octs.append(str(rng.randint(0, 255)))
    if octs[3] in ("0", "255"):
        octs[3] = str(rng.randint(1, 254))
    return ".".join(octs)


def ipv6(ctx, style=None):
    rng = ctx.rng
    style = style or weighted(rng, ctx.pools.IPV6_STYLES)
    if style == "mapped":
        return rng.choice(["::ffff:", "::FFFF:"]) + ipv4(ctx)
    if style == "nat64":
        return "64:ff9b::" + ipv4(ctx)
    prefix = weighted(rng, ctx.pools.IPV6_NETS)
    if style == "link-local":
        prefix = "fe80:0:0:0"
    groups = prefix.split(":")
    while len(groups) < 8:
        groups.append(f"{rng.randrange(65536):x}")
    if style != "link-local" and rng.random() < 0.35:  # a short host part: ::1a
        groups[4:7] = ["0", "0", "0"]
        groups[7] = f"{rng.randrange(1, 4096):x}"
    if style == "full":
        return ":".join(g.zfill(4) for g in groups)
    # compress the longest run of zero groups
    best, cur, start = (0, -1), 0, 0
    for i, g in enumerate(groups + ["x"]):
        if g == "0":
            if cur == 0:
                start = i
            cur += 1
        else:
            if cur > best[0] and cur > 1:
                best = (cur, start)
            cur = 0
    if best[0]:
        n, s = best
        text = ":".join(groups[:s]) + "::" + ":".join(groups[s + n:])
    else:
        text = ":".join(groups)
    return text.upper() if style == "upper" else text


def mac(ctx, style=None):
    rng = ctx.rng
    oui = rng.choice(ctx.pools.MAC_OUIS)
    b = [int(oui[i:i + 2], 16) for i in (0, 2, 4)] + [rng.randrange(256) for _ in range(3)]
    h = "".join(f"{x:02x}" for x in b)
    style = style or weighted(rng, ctx.pools.MAC_STYLES)
    pairs = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(pairs), "COLON": ":".join(pairs).upper(),
            "dash": "-".join(pairs).upper(), "dash-lower": "-".join(pairs),
            "cisco": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h, "BARE": h.upper()}[style]


def email(ctx, person=None):
    rng = ctx.rng
    person = person or ctx.person()
    local = user_base(ctx, person, keep_diacritics=rng.random() < ctx.pools.P_EMAIL_UNICODE)
    if rng.random() < 0.06:
        local += "+" + rng.choice(["news", "jira", "spam", "2026", "shop"])
    return f"{local}@{weighted(rng, ctx.pools.EMAIL_DOMAINS)}"


def badge(ctx):
    return "B" + digits(ctx.rng, 6)


# ---------------------------------------------------------------- filler

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def moment(ctx):
    if "when" not in ctx.memo:
        lo, hi = ctx.pools.TIME_RANGE
        ctx.memo["when"] = datetime.datetime.fromtimestamp(
            ctx.rng.randint(lo, hi), tz=datetime.timezone.utc)
    return ctx.memo["when"]


def later(ctx, seconds):
    return moment(ctx) + datetime.timedelta(seconds=seconds)


def ts3164(ctx):
    t = moment(ctx)
    return f"{MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def ts_iso(ctx, frac=3):
    t = moment(ctx)
    f = f".{t.microsecond // 1000 + ctx.rng.randint(0, 999):03d}"[: frac + 1] if frac else ""
    return f"{t:%Y-%m-%dT%H:%M:%S}{f}Z"


def uuid4(ctx):
    h = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ctx.rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def hexs(ctx, n):
    return "".join(ctx.rng.choice("0123456789abcdef") for _ in range(n))


def base_generators():
    """Generators every split has; the pools decide the values."""
    G = {}

    def add(name):
        def deco(fn):
            G[name] = fn
            return fn
        return deco

    # personal values
    G["ip4"] = ipv4
    G["ip6"] = ipv6
    G["ip6full"] = lambda c: ipv6(c, "full")
    G["ip6mapped"] = lambda c: ipv6(c, "mapped")
    G["ip6ll"] = lambda c: ipv6(c, "link-local")
    G["ip4int"] = lambda c: str(int.from_bytes(bytes(int(x) for x in ipv4(c).split(".")), "little", signed=True))
    G["ip4dash"] = lambda c: ipv4(c).replace(".", "-")
    G["mac"] = mac
    G["maccolon"] = lambda c: mac(c, "colon")
    G["macdash"] = lambda c: mac(c, "dash")
    G["maccisco"] = lambda c: mac(c, "cisco")
    G["macbare"] = lambda c: mac(c, "BARE")
    G["email"] = email
    G["email2"] = lambda c: email(c, c.person(1))
    G["phone"] = phone_any
    G["phone2"] = phone_any
    G["phoneuri"] = phone_uri_user
    G["e164"] = phone_e164
    G["phonenum"] = phone_json_number
    G["phonenat"] = phone_national_digits
    G["phonese"] = lambda c: phone_spelling(c, *phone_number(c, "SE"))
    G["mobilese"] = lambda c: phone_spelling(c, *phone_number(c, "SE", "mobile"))
    G["ext"] = lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXTENSIONS)))
    G["pnr"] = idnum
    G["pnr12"] = lambda c: idnum(c, style=c.rng.choice(["12", "12-dash"]))
    G["pnr10"] = lambda c: idnum(c, style=c.rng.choice(["10", "10-dash"]))
    G["snr"] = lambda c: idnum(c, samordning=True)
    G["orgnr"] = orgnr
    G["imei"] = imei
    G["imeiplain"] = lambda c: imei(c, style="plain")
    G["imsi"] = imsi
    G["badge"] = badge
    G["name"] = lambda c: name_spelling(c, c.person())
    G["fullname"] = lambda c: c.person()["full"]
    G["name2"] = lambda c: name_spelling(c, c.person(1))
    G["fullname2"] = lambda c: c.person(1)["full"]
    G["given"] = lambda c: c.person()["given"]
    G["surname"] = lambda c: c.person()["surname"]
    G["user"] = lambda c: user_base(c, c.person())
    G["user2"] = lambda c: user_base(c, c.person(1))
    G["userascii"] = lambda c: user_base(c, c.person(), keep_diacritics=False)
    G["upn"] = lambda c: f"{user_base(c, c.person(), False)}@{weighted(c.rng, c.pools.EMAIL_DOMAINS)}"
    G["realm"] = lambda c: c.memo.setdefault("realm", c.rng.choice(c.pools.REALMS))
    G["domain"] = lambda c: c.rng.choice(c.pools.NETBIOS)
    # decoys
    G["badpnr"] = lambda c: idnum(c, broken=True)
    G["badsnr"] = lambda c: idnum(c, samordning=True, broken=True)
    G["badorgnr"] = lambda c: orgnr(c, broken=True)
    G["badimei"] = lambda c: imei(c, broken=True, style="plain")
    G["svc"] = lambda c: c.rng.choice(c.pools.SERVICE_NUMBERS)
    G["version"] = lambda c: c.rng.choice(c.pools.VERSIONS)
    G["useragent"] = lambda c: c.rng.choice(c.pools.USER_AGENTS)
    G["oid"] = lambda c: c.rng.choice(c.pools.OIDS)
    G["ticket"] = lambda c: c.rng.choice(c.pools.TICKET_FORMATS).format(
        n=c.rng.randint(10000, 9999999), y=c.rng.choice([2025, 2026]))
    G["sshalg"] = lambda c: c.rng.choice(c.pools.SSH_ALGS)
    G["spn"] = lambda c: c.rng.choice(c.pools.SPN_SERVICES).format(
        realm=c.memo.setdefault("realm", c.rng.choice(c.pools.REALMS)), host=c.gen("fqdn"))
    G["capword"] = lambda c: c.rng.choice(c.pools.CAPITALISED)
    G["place"] = lambda c: c.rng.choice(c.pools.PLACES)
    G["month"] = lambda c: c.rng.choice(["January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December",
                                         "januari", "februari", "mars", "augusti", "oktober"])
    G["weekday"] = lambda c: c.rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                           "Saturday", "Sunday", "måndag", "tisdag", "onsdag", "fredag"])
    G["sysuser"] = lambda c: c.rng.choice(c.pools.SYSTEM_USERS)
    G["loopback"] = lambda c: c.rng.choice(["127.0.0.1", "::1", "0.0.0.0"])
    G["netmask"] = lambda c: c.rng.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "255.255.254.0"])
    G["bcastmac"] = lambda c: c.rng.choice(["ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "FF-FF-FF-FF-FF-FF"])
    G["epoch"] = lambda c: str(int(moment(c).timestamp()))
    G["epochms"] = lambda c: str(int(moment(c).timestamp()) * 1000 + c.rng.randint(0, 999))
    G["epochus"] = lambda c: f"{int(moment(c).timestamp())}.{c.rng.randint(0, 999999):06d}"
    G["bytes"] = lambda c: str(c.rng.choice([c.rng.randint(100, 99999), c.rng.randint(100000, 9999999999)]))
    G["bigcount"] = lambda c: str(c.rng.randint(1000000, 99999999999))
    G["sessid"] = lambda c: str(c.rng.randint(10 ** 9, 10 ** 12))
    G["hash"] = lambda c: hexs(c, c.rng.choice([32, 40, 64]))
    G["logid"] = lambda c: "0" + digits(c.rng, 9)
    G["fakeimsi"] = lambda c: "9" + digits(c.rng, 14)
    G["bignum"] = lambda c: digits(c.rng, c.rng.choice([8, 10, 11, 12]))
    # filler
    G["ts"] = ts3164
    G["iso"] = ts_iso
    G["iso0"] = lambda c: ts_iso(c, 0)
    G["iso6"] = lambda c: f"{moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999999):06d}+0{c.rng.choice('12')}:00"
    G["datetime"] = lambda c: f"{moment(c):%Y-%m-%d %H:%M:%S}"
    G["datetime2"] = lambda c: f"{later(c, c.rng.randint(3, 40)):%Y-%m-%d %H:%M:%S}"
    G["datetime3"] = lambda c: f"{later(c, c.rng.randint(60, 1800)):%Y-%m-%d %H:%M:%S}"
    G["date"] = lambda c: f"{moment(c):%Y-%m-%d}"
    G["time"] = lambda c: f"{moment(c):%H:%M:%S}"
    G["clf"] = lambda c: f"{moment(c):%d/%b/%Y:%H:%M:%S} +0{c.rng.choice('12')}00"
    G["ctime"] = lambda c: f"{DAYS[moment(c).weekday()]} {MONTHS[moment(c).month - 1]} {moment(c).day:02d} {moment(c):%H:%M:%S} {moment(c).year}"
    G["ctimeus"] = lambda c: f"{DAYS[moment(c).weekday()]} {MONTHS[moment(c).month - 1]} {moment(c).day:02d} {moment(c):%H:%M:%S}.{c.rng.randint(0, 999999):06d} {moment(c).year}"
    G["pid"] = lambda c: str(c.rng.randint(300, 65000))
    G["port"] = lambda c: str(c.rng.randint(1024, 65535))
    G["sport"] = lambda c: str(c.rng.choice([22, 25, 53, 80, 123, 389, 443, 465, 587, 636, 993, 1194, 1812, 3389, 5060, 5061, 8080, 8443]))
    G["int2"] = lambda c: str(c.rng.randint(0, 99))
    G["int3"] = lambda c: str(c.rng.randint(1, 999))
    G["int4"] = lambda c: str(c.rng.randint(1, 9999))
    G["dur"] = lambda c: str(c.rng.randint(0, 3600))
    G["hex4"] = lambda c: hexs(c, 4)
    G["hex8"] = lambda c: hexs(c, 8)
    G["hex12"] = lambda c: hexs(c, 12)
    G["hex16"] = lambda c: hexs(c, 16)
    G["HEX10"] = lambda c: hexs(c, 10).upper()
    G["uuid"] = uuid4
    G["UUID"] = lambda c: uuid4(c).upper()
    G["host"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["fqdn"] = lambda c: f"{c.rng.choice(c.pools.HOSTS)}.{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"
    G["idom"] = lambda c: c.rng.choice(c.pools.INTERNAL_DOMAINS)
    G["edom"] = lambda c: weighted(c.rng, c.pools.EMAIL_DOMAINS)
    G["path"] = lambda c: c.rng.choice(c.pools.URL_PATHS)
    G["status"] = lambda c: c.rng.choice(["200", "200", "200", "204", "301", "302", "304", "401", "403", "404", "500"])
    G["b64"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(43))
    G["rand8"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits) for _ in range(8))
    G["rand20"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits) for _ in range(20))
    G["queue"] = lambda c: "".join(c.rng.choice("0123456789ABCDEF") for _ in range(10))
    G["sev"] = lambda c: str(c.rng.randint(1, 10))
    G["pri"] = lambda c: str(c.rng.choice([13, 14, 30, 38, 85, 86, 134, 163, 165, 174, 181, 189, 190]))
    G["yesno"] = lambda c: c.rng.choice(["true", "false"])
    G["country2"] = lambda c: c.rng.choice(["SE", "NO", "DK", "FI", "DE", "GB", "US", "NL", "PL", "ES"])
    return G
