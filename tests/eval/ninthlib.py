"""Value generators and record builders of the ninth evaluation pair
(wild6 and sealed6), independent of evallib's, sixthlib's, seventhlib's and
eighthlib's person, account, phone and number generators.

From evallib only `Record`, the Luhn rule, `fold` and the NEG label are
used. Everything a value is drawn from lives in the split's own pools.py:
people of its cultures (entries `native|latin`), account conventions, phone
ranges per country with their national patterns, Swedish birth years and
orgnr groups, TACs, PLMNs, OUIs, networks, badge formats, domains.

Building a record: a template is a callable `(ctx, rec, cols)` that appends
parts to `rec` with `emit` (text, or `(TYPE, value)` for a labelled span,
`TYPE` one of evallib.TYPES or NEG), or writes JSON with `jdump` (leaves may
be `(TYPE, value)` tuples, `S(...)` strings made of parts, `Num(TYPE, v)`
labelled numbers) or CSV rows with `csv_row`. A value inside an encoding is
labelled as written: use the encoders (`pct`, `form`, `html_ent`, `mime_q`,
`mime_b`, `jsonu`) on the value before labelling it.
"""
import base64
import datetime
import json
import string
import urllib.parse

from evallib import NEG, Record, fold, luhn_digit  # noqa: F401  (Record re-exported)

T_IP4, T_IP6, T_MAC, T_EMAIL, T_USER, T_PHONE = "IPV4", "IPV6", "MAC", "EMAIL", "USERNAME", "PHONE"
T_PNR, T_SNR, T_ORG, T_BADGE, T_NAME, T_IMEI, T_IMSI = ("PERSONNUMMER", "SAMORDNINGSNUMMER", "ORGNR", "BADGE",
                                                       "PERSON_NAME", "IMEI", "IMSI")


# ------------------------------------------------------------------ helpers

def pick(rng, pairs):
    """Weighted choice from [(value, weight)] or {value: weight}."""
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(rng, n, upper=False):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return h.upper() if upper else h


def emit(rec, *parts):
    """Appends parts: a str is text, a (TYPE, value) tuple a labelled span."""
    for p in parts:
        if isinstance(p, tuple):
            if p[1]:
                rec.label(p[0], p[1])
        elif isinstance(p, list):
            emit(rec, *p)
        else:
            rec.text(p)
    return rec


def neg(v):
    return (NEG, v)


def mapparts(parts, fn):
    """Applies an escaping function to every part (labelled values too)."""
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append((p[0], fn(p[1])))
        elif isinstance(p, list):
            out.extend(mapparts(p, fn))
        else:
            out.append(fn(p))
    return out


# ------------------------------------------------------------------ encodings

def pct(v):
    return urllib.parse.quote(v, safe="")


def form(v):
    return urllib.parse.quote_plus(v)


def html_ent(v):
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in v)


def mime_q(v):
    b = v.encode()
    enc = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else f"={x:02X}") for x in b)
    return f"=?UTF-8?Q?{enc}?="


def mime_b(v):
    return "=?utf-8?B?" + base64.b64encode(v.encode()).decode() + "?="


def jsonu(v):
    return json.dumps(v, ensure_ascii=True)[1:-1]


def jsonesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def cef_esc(v):
    return v.replace("\\", "\\\\").replace("=", "\\=")


def csvq(v):
    return v.replace('"', '""')


# ------------------------------------------------------------------ JSON

class S:
    """A JSON string made of parts (text and labelled values)."""

    def __init__(self, *parts):
        self.parts = list(parts)


class Num:
    """A JSON number that is a labelled value (or plain when typ is None)."""

    def __init__(self, typ, v):
        self.typ, self.v = typ, str(v)


class Raw:
    """Text written into the JSON as is (already serialised parts)."""

    def __init__(self, *parts):
        self.parts = list(parts)


def jdump(rec, obj, ascii=False, compact=False, spaced_colon=True):
    """Writes `obj` as JSON into rec, labelling tuples, S parts and Num."""
    comma = "," if compact else ", "
    colon = ":" if compact or not spaced_colon else ": "

    def s(v):
        return json.dumps(v, ensure_ascii=ascii)[1:-1]

    def w(o):
        if isinstance(o, dict):
            rec.text("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    rec.text(comma)
                if isinstance(k, tuple):
                    rec.text('"')
                    rec.label(k[0], s(k[1]))
                    rec.text('"' + colon)
                else:
                    rec.text('"' + s(k) + '"' + colon)
                w(v)
            rec.text("}")
        elif isinstance(o, list):
            rec.text("[")
            for i, v in enumerate(o):
                if i:
                    rec.text(comma)
                w(v)
            rec.text("]")
        elif isinstance(o, tuple):
            rec.text('"')
            rec.label(o[0], s(o[1]))
            rec.text('"')
        elif isinstance(o, S):
            rec.text('"')
            emit(rec, *mapparts(o.parts, s))
            rec.text('"')
        elif isinstance(o, Raw):
            emit(rec, *o.parts)
        elif isinstance(o, Num):
            if o.typ:
                rec.label(o.typ, o.v)
            else:
                rec.text(o.v)
        elif o is None:
            rec.text("null")
        elif o is True:
            rec.text("true")
        elif o is False:
            rec.text("false")
        elif isinstance(o, (int, float)):
            rec.text(json.dumps(o))
        else:
            rec.text('"' + s(o) + '"')

    w(obj)
    return rec


def json_in_string(obj, ascii=False):
    """Serialises obj to JSON parts (for JSON carried inside a JSON string or a
    syslog message): returns a list of parts with labels kept."""
    r = Record()
    jdump(r, obj, ascii=ascii, compact=True)
    return record_parts(r)


def record_parts(r):
    """The parts of a built Record, labels kept, as a list for emit/S."""
    text = "".join(r.parts)
    out, pos = [], 0
    for a, b, typ, v in sorted(r.spans):
        out.append(text[pos:a])
        out.append((typ, v))
        pos = b
    out.append(text[pos:])
    return [p for p in out if p != ""]


def sub(build):
    """Builds parts with a function taking a Record (a nested sub-record)."""
    r = Record()
    build(r)
    return record_parts(r)


# ------------------------------------------------------------------ CSV

def csv_row(rec, cells, quote_all=False, sep=","):
    """cells: str, (TYPE, value), or list of parts; a cell in a list [q, parts]
    form is handled by the `quote_all` flag or by Q(...) wrappers."""
    for i, c in enumerate(cells):
        if i:
            rec.text(sep)
        q = quote_all
        if isinstance(c, Q):
            q, c = c.quote, c.parts
        parts = c if isinstance(c, list) else [c]
        flat = "".join(p[1] if isinstance(p, tuple) else p for p in mapparts(parts, lambda x: x))
        if not q and ("," in flat or '"' in flat):
            q = True  # a CSV writer quotes a cell that holds the separator or a quote
        if q:
            rec.text('"')
            emit(rec, *mapparts(parts, csvq))
            rec.text('"')
        else:
            emit(rec, *parts)
    return rec


class Q:
    def __init__(self, *parts, quote=True):
        self.parts = list(parts)
        self.quote = quote


# ------------------------------------------------------------------ people

def person(ctx, i=0):
    key = f"_p9_{i}"
    if key not in ctx.memo:
        ctx.memo[key] = make_person(ctx)
    return ctx.memo[key]


def make_person(ctx):
    rng, P = ctx.rng, ctx.pools
    cname = pick(rng, [(k, v["w"]) for k, v in P.CULTURES.items()])
    c = P.CULTURES[cname]

    def one(key):
        native, _, latin = rng.choice(c[key]).partition("|")
        return native, (latin or native)

    g, gl = one("given")
    if rng.random() < c.get("two_given", 0):
        g2, gl2 = one("given")
        if g2 != g:
            g, gl = g + " " + g2, gl + " " + gl2
    s, sl = one("surname")
    if rng.random() < c.get("two_surnames", 0):
        s2, sl2 = one("surname")
        if s2 != s:
            j = c.get("join", " ")
            s, sl = s + j + s2, sl + j + sl2
    if (g != gl) != (s != sl):  # one part has a native spelling, the other not: write both in Latin
        g, s = gl, sl
    return {"given": g, "surname": s, "given_l": gl, "surname_l": sl, "culture": cname,
            "order": c.get("order", "gs"), "native": g != gl or s != sl,
            "particle": c.get("particle", False)}


def full_name(p):
    return f"{p['surname']} {p['given']}" if p["order"] == "sg" else f"{p['given']} {p['surname']}"


def latin_name(p):
    return f"{p['surname_l']} {p['given_l']}" if p["order"] == "sg" else f"{p['given_l']} {p['surname_l']}"


def name_as(ctx, p, style=None):
    """A person's name as systems write it (native script where it has one)."""
    rng = ctx.rng
    style = style or pick(rng, ctx.pools.NAME_STYLES)
    g, s = p["given"], p["surname"]
    if p["order"] == "sg" and style in ("s, g", "S, g", "g s", "g. s"):
        style = "full"
    if p["native"] and style in ("S, g", "g. s", "fold", "UPPER"):
        style = rng.choice(["full", "latin"])
    return {
        "full": full_name(p), "latin": latin_name(p), "s, g": f"{s}, {g}", "S, g": f"{s.upper()}, {g}",
        "g s": f"{g} {s}", "g. s": f"{g.split(' ')[0][0]}. {s}", "fold": fold(full_name(p)),
        "UPPER": full_name(p).upper(), "s g": f"{s} {g}",
    }[style]


# ------------------------------------------------------------------ accounts

def _lat(p, rng, keep=False):
    g = p["given_l"].split(" ")[0].split("-")[0]
    s = p["surname_l"]
    if " " in s or "-" in s:
        s = rng.choice([s.split(" ")[-1].split("-")[-1], s.replace(" ", "").replace("-", "")])
    if p["particle"]:
        s = s.split(" ")[-1]
    if not keep:
        g, s = fold(g), fold(s)
    return g.lower().replace("'", ""), s.lower().replace("'", "")


def account(ctx, p, conv=None):
    """An account name by one of the split's conventions."""
    rng = ctx.rng
    conv = conv or pick(rng, ctx.pools.USER_CONVENTIONS)
    g, s = _lat(p, rng, keep=rng.random() < ctx.pools.P_USER_DIACRITICS)
    n2 = f"{rng.randint(1, 99):02d}"
    y = str(rng.choice(list(range(55, 100)) + list(range(0, 6)))).zfill(2)
    mid = rng.choice("abcdefghjklmnprst")
    return {
        "s_g1": f"{s}_{g[0]}", "g2s4": f"{g[:2]}{s[:4]}", "s4g2": f"{s[:4]}{g[:2]}",
        "ini4": f"{g[0]}{s[0]}{digits(rng, 4)}", "u6": "u" + digits(rng, 6), "G.S": f"{g.title()}.{s.title()}",
        "s-g1": f"{s}-{g[0]}", "s_g": f"{s}_{g}", "g.m.s": f"{g}.{mid}.{s}", "gs1N": f"{g}{s[0]}{n2}",
        "g.sYY": f"{g}.{s}{y}", "a_sg1": f"a_{s}{g[0]}", "g1s-t0": f"{g[0]}{s}-t{rng.choice('01')}",
        "g1s_da": f"{g[0]}{s}_da", "GS1": f"{g.upper()}{s[0].upper()}", "s.g": f"{s}.{g}", "g": g,
        "g1s": f"{g[0]}{s}", "g.s": f"{g}.{s}", "s3g3N": f"{s[:3]}{g[:3]}{n2}",
        "SAP": f"{s[:6].upper()}{g[0].upper()}",
    }[conv]


def email(ctx, p, domain=None):
    rng = ctx.rng
    g, s = _lat(p, rng, keep=rng.random() < ctx.pools.P_EMAIL_UNICODE)
    local = pick(rng, [(f"{g}.{s}", 5), (f"{g[0]}.{s}", 2), (f"{g}{s}", 1), (f"{s}.{g}", 1), (f"{g}_{s}", 1),
                       (f"{g}.{s}{rng.randint(2, 9)}", 1)])
    return f"{local}@{domain or pick(rng, ctx.pools.EMAIL_DOMAINS)}"


# ------------------------------------------------------------------ phones

def _fill(pattern, ds):
    out, i = [], 0
    for ch in pattern:
        if ch == "X":
            out.append(ds[i])
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def phone_parts(ctx, iso=None, kind=None):
    """(country spec, range, nsn) from the split's pools."""
    rng, P = ctx.rng, ctx.pools
    iso = iso or pick(rng, [(k, v["w"]) for k, v in P.PHONES.items()])
    spec = P.PHONES[iso]
    ranges = spec["ranges"]
    if kind:
        ranges = [r for r in ranges if r[0] == kind] or ranges
    r = rng.choice(ranges)
    _kind, prefix, nlen = r[0], r[1], r[2]
    if spec["cc"] == "1":
        nsn = prefix + str(rng.randint(2, 9)) + digits(rng, nlen - len(prefix) - 1)
        while nsn[3:6] == "555":
            nsn = prefix + str(rng.randint(2, 9)) + digits(rng, nlen - len(prefix) - 1)
    else:
        nsn = prefix + digits(rng, nlen - len(prefix))
    return iso, spec, r, nsn


def phone_spell(ctx, iso, spec, r, nsn, style=None):
    rng = ctx.rng
    cc, trunk = spec["cc"], spec["trunk"]
    pats = [p for p in r[3] if p.count("X") == len(trunk + nsn)] or ["X" * len(trunk + nsn)]
    nat = _fill(rng.choice(pats), trunk + nsn)
    style = style or pick(rng, ctx.pools.PHONE_STYLES)
    if style == "nat":
        return nat
    if style == "natdigits":
        return trunk + nsn
    rest = nat[len(trunk):].lstrip(" -/.").replace("/", " ")
    if iso in ("SE", "FI", "NL", "DE", "AT", "CH", "BE", "IE", "GB", "DK", "NO"):
        rest = rest.replace("-", " ", 1)
    if spec.get("keep_trunk"):  # Italy: the 0 stays after the country code
        rest = nat.replace("/", " ")
    if style == "e164":
        return f"+{cc}{(trunk if spec.get('keep_trunk') else '')}{nsn}"
    if style == "intl":
        return f"+{cc} {rest}"
    if style == "00":
        return f"00{cc}{(trunk if spec.get('keep_trunk') else '')}{nsn}"
    if style == "00sp":
        return f"00{cc} {rest}"
    if style == "paren0":
        if trunk == "0" and not spec.get("keep_trunk") and iso in ("DE", "AT", "CH", "NL", "GB", "BE", "SE", "IE"):
            return f"+{cc} (0){rest}"
        return f"+{cc} {rest}"
    if style == "ccdigits":
        return f"{cc}{(trunk if spec.get('keep_trunk') else '')}{nsn}"
    return nat


def phone(ctx, iso=None, kind=None, style=None):
    return phone_spell(ctx, *phone_parts(ctx, iso, kind), style=style)


def phone_dial(ctx, iso=None, kind=None):
    """As dial strings and SIP URIs carry a number: digits, maybe + or 00."""
    return phone(ctx, iso, kind, style=pick(ctx.rng, [("e164", 4), ("natdigits", 4), ("00", 2), ("ccdigits", 1)]))


def ext(ctx):
    lo, hi = ctx.rng.choice(ctx.pools.EXTENSIONS)
    return str(ctx.rng.randint(lo, hi))


# ------------------------------------------------------------------ Swedish ids

def _birth(ctx):
    rng = ctx.rng
    lo, hi = rng.choice(ctx.pools.BIRTH_YEARS)
    y = rng.randint(lo, hi)
    return datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365 + (y % 4 == 0)))


def pnr(ctx, samordning=False, broken=False, style=None):
    rng = ctx.rng
    d = _birth(ctx)
    day = d.day + (60 if samordning else 0)
    payload = f"{d.year % 100:02d}{d.month:02d}{day:02d}{digits(rng, 3)}"
    chk = luhn_digit(payload)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    ten = payload + chk
    cent = f"{d.year // 100}"
    style = style or pick(rng, ctx.pools.PNR_STYLES)
    if style in ("10-", "10") and 2026 - d.year >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"10-": f"{ten[:6]}-{ten[6:]}", "10": ten, "12": cent + ten, "12-": f"{cent}{ten[:6]}-{ten[6:]}",
            "12sp": f"{cent}{ten[:6]} {ten[6:]}"}[style]


def orgnr(ctx, broken=False, style=None):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.ORGNR_PREFIXES)
    payload += digits(rng, 9 - len(payload))
    chk = luhn_digit(payload)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    ten = payload + chk
    style = style or pick(rng, [("dash", 6), ("plain", 2), ("16", 1)])
    return {"dash": f"{ten[:6]}-{ten[6:]}", "plain": ten, "16": "16" + ten}[style]


def imei(ctx, broken=False, style=None):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.TACS) + digits(rng, 6)
    chk = luhn_digit(payload)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    full = payload + chk
    style = style or pick(rng, [("plain", 6), ("dash", 2), ("sv", 1), ("slash", 1)])
    if style == "sv":
        return payload + f"{rng.randint(1, 99):02d}"
    return {"plain": full, "dash": f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}",
            "slash": f"{full[:8]}/{full[8:14]}/{full[14]}"}[style]


def imsi(ctx):
    plmn = ctx.rng.choice(ctx.pools.PLMNS)
    return plmn + digits(ctx.rng, 15 - len(plmn))


# ------------------------------------------------------------------ network

def ip4(ctx, kind=None):
    rng = ctx.rng
    nets = ctx.pools.IPV4_NETS if kind is None else ctx.pools.IPV4_NETS_BY_KIND[kind]
    octs = rng.choice(nets).split(".")
    while len(octs) < 4:
        octs.append(str(rng.randint(1, 254)))
    return ".".join(octs)


def ip6(ctx):
    rng = ctx.rng
    pre = rng.choice(ctx.pools.IPV6_PREFIXES)
    groups = pre.split(":")
    r = rng.random()
    if r < 0.4:
        return pre + "::" + f"{rng.randrange(1, 0xfff):x}"
    while len(groups) < 8:
        groups.append(f"{rng.randrange(65536):x}")
    if r < 0.5:
        return ":".join(g.zfill(4) for g in groups).upper()
    if r < 0.6:
        return "fe80::" + ":".join(groups[4:]) + rng.choice(["", "%eth0", "%12"])
    return ":".join(groups)


def int_ip(ip):
    """An IPv4 as CUCM writes it: a signed 32-bit little-endian integer."""
    return str(int.from_bytes(bytes(int(x) for x in ip.split(".")), "little", signed=True))


def mac(ctx, style=None):
    rng = ctx.rng
    oui = rng.choice(ctx.pools.OUIS).replace(":", "").lower()
    h = oui + hexs(rng, 6)
    style = style or pick(rng, ctx.pools.MAC_STYLES)
    pr = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(pr), "COLON": ":".join(pr).upper(), "DASH": "-".join(pr).upper(),
            "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h, "BARE": h.upper(), "hw": f"{h[:4]}-{h[4:8]}-{h[8:]}"}[style]


def badge(ctx, style=None):
    rng = ctx.rng
    style = style or pick(rng, ctx.pools.BADGE_STYLES)
    if style == "dec10":
        return "00" + str(rng.randint(10, 99)) + digits(rng, 6)
    if style == "wieg":
        return f"{rng.randint(10, 250)}:{rng.randint(1000, 65000)}"
    if style == "dec6":
        return str(rng.randint(100000, 999999))
    if style == "uid4":
        return hexs(rng, 8, upper=True)
    if style == "uid7":
        return "04" + hexs(rng, 12, upper=True)
    if style == "uid7c":
        b = "04" + hexs(rng, 12, upper=True)
        return ":".join(b[i:i + 2] for i in range(0, 14, 2))
    if style == "pref":
        return rng.choice(ctx.pools.BADGE_PREFIXES) + str(rng.randint(10000, 999999))
    return str(rng.randint(1000, 99999))


# ------------------------------------------------------------------ time

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def when(ctx, plus=0):
    if "_t9" not in ctx.memo:
        lo, hi = ctx.pools.TIME_RANGE
        ctx.memo["_t9"] = ctx.rng.randint(lo, hi)
    return datetime.datetime.fromtimestamp(ctx.memo["_t9"] + plus, tz=datetime.timezone.utc)


def ts3164(ctx, plus=0):
    t = when(ctx, plus)
    return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def iso(ctx, plus=0, ms=True, z=True):
    t = when(ctx, plus)
    f = f".{ctx.rng.randint(0, 999):03d}" if ms else ""
    return f"{t:%Y-%m-%dT%H:%M:%S}{f}" + ("Z" if z else "+01:00")


def sqlts(ctx, plus=0):
    return f"{when(ctx, plus):%Y-%m-%d %H:%M:%S}"


def epoch(ctx, plus=0):
    return str(int(when(ctx, plus).timestamp()))


def clf(ctx, plus=0):
    t = when(ctx, plus)
    return f"{t.day:02d}/{MON[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0100"


def uuid(ctx, upper=False):
    h = hexs(ctx.rng, 32)
    u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ctx.rng.choice('89ab')}{h[17:20]}-{h[20:]}"
    return u.upper() if upper else u


def host(ctx):
    return ctx.rng.choice(ctx.pools.HOSTS)


def ri(ctx, a, b):
    return str(ctx.rng.randint(a, b))


# ------------------------------------------------------------------ framings

def h3164(ctx, hostname, tag, pri=None):
    pri = pri if pri is not None else ctx.rng.choice([13, 14, 30, 38, 85, 86, 134, 158, 165, 189, 190])
    return f"<{pri}>{ts3164(ctx)} {hostname} {tag}: "


def h5424(ctx, hostname, app, msgid="-", sd="-", pri=None):
    pri = pri if pri is not None else ctx.rng.choice([13, 14, 86, 134, 165, 190])
    return f"<{pri}>1 {iso(ctx)} {hostname} {app} {ctx.rng.randint(300, 60000)} {msgid} {sd} "


CUCM_STR = ("Number", "Name", "Partition", "pkid", "_uri", "comment", "Pattern", "Dn", "DN", "UserID", "ICID",
            "IOI", "ClusterID", "clientMatterCode", "authCodeDescription", "authorizationCodeValue",
            "Ipv4v6Addr", "ProtocolCallRef", "ConversationId_x")


def cucm_is_str(col):
    if col in ("origConversationId", "destConversationId", "origLegCallIdentifier", "destLegIdentifier"):
        return False
    return any(k in col for k in CUCM_STR)


def cucm_row(rec, cols, vals):
    """A CUCM CDR row: vals maps a column to text or parts; strings quoted."""
    for i, c in enumerate(cols):
        if i:
            rec.text(",")
        v = vals.get(c)
        if cucm_is_str(c):
            rec.text('"')
            if v is not None:
                emit(rec, *(v if isinstance(v, list) else [v]))
            rec.text('"')
        else:
            if v is None:
                v = "0"
            emit(rec, *(v if isinstance(v, list) else [v]))
    return rec


def ocr(ctx):
    """A Bankgiro/Plusgiro OCR reference: digits with a valid Luhn check digit
    (a look-alike of personnummer and phone numbers; not personal)."""
    body = digits(ctx.rng, ctx.rng.choice([9, 11, 13]))
    return body + luhn_digit(body)


def bignum(ctx, n=None):
    return digits(ctx.rng, n or ctx.rng.choice([9, 10, 11, 12]))
