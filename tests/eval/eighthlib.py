"""Value generators of the eighth pair (wild5 and sealed5).

Independent of evallib's, sixthlib's and seventhlib's person, username, phone
and number generators: only evallib's Record, its Luhn rule, its escaping
functions and its clock (`moment`, used by the timestamp fillers) are used.
Each split's `pools.py` holds the values (cultures, account conventions,
countries with national formats, Swedish ranges, networks, OUIs, TACs,
PLMNs, domains, badge formats, service numbers); this module only knows how
such values are made and written.

Templates are callables; `R(ctx, rec, template)` renders one template string
with the placeholder syntax of evallib (`«TYPE:gen@k|mods»`) plus mods of its
own: p percent-encoding (RFC 3986), f form-encoding (`+` for space),
h HTML numeric entities for non-ASCII, x XML escaping, X XML escaping of
`&` twice (XML in a JSON string of XML), m a MIME encoded-word (Q encoding),
n digits only without a plus, b a MIME encoded-word (B encoding).
"""
import base64
import html
import re
import string
import urllib.parse

import evallib
from evallib import NEG, TYPES, Record, luhn_digit, weighted, moment

PH = re.compile(r"«([^»]*)»")


# ---------------------------------------------------------------- encodings

def pct(v):
    return urllib.parse.quote(v, safe="")


def form(v):
    return urllib.parse.quote_plus(v, safe="")


def html_num(v):
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in v)


def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


def mime_q(v):
    if all(ord(c) < 128 for c in v) and " " not in v:
        return v
    out = []
    for b in v.encode():
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "=?UTF-8?Q?" + "".join(out) + "?="


def mime_b(v):
    return "=?UTF-8?B?" + base64.b64encode(v.encode()).decode() + "?="


MODS = dict(evallib.MODS)
MODS.update({"p": pct, "f": form, "h": html_num, "x": xml_esc, "m": mime_q,
             "b": mime_b, "X": lambda v: xml_esc(v).replace("&", "&amp;"),
             "n": lambda v: "".join(c for c in v if c.isdigit())})


def R(ctx, rec, template):
    """Renders `template` into `rec` (placeholders as in evallib, more mods)."""
    pos = 0
    for m in PH.finditer(template):
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


def shapes(*tpls):
    """A template that renders one of several shapes of a product."""
    def t(ctx, rec, cols):
        R(ctx, rec, ctx.rng.choice(tpls))
    return t


# ---------------------------------------------------------------- people

ASCII_FOLD = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "ı": "i",
              "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ŋ": "ng", "Ŋ": "Ng", "ŧ": "t", "ʼ": "", "’": ""}
GERMANIC = {"ä": "ae", "ö": "oe", "ü": "ue", "å": "aa", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "Å": "Aa"}


def fold8(s, germanic=False):
    import unicodedata
    if germanic:
        s = "".join(GERMANIC.get(c, c) for c in s)
    s = "".join(ASCII_FOLD.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def person(ctx, i=0):
    key = f"_p{i}"
    if key in ctx.memo:
        return ctx.memo[key]
    rng = ctx.rng
    while True:
        cname = weighted(rng, [(k, v["w"]) for k, v in ctx.pools.CULTURES.items()])
        c = ctx.pools.CULTURES[cname]
        g_nat, _, g_lat = rng.choice(c["given"]).partition("|")
        s_nat, _, s_lat = rng.choice(c["surname"]).partition("|")
        g_lat, s_lat = g_lat or g_nat, s_lat or s_nat
        if rng.random() < c.get("double", 0.0):
            s2_nat, _, s2_lat = rng.choice(c["surname"]).partition("|")
            if s2_nat != s_nat:
                j = c.get("joiner", " ")
                s_nat, s_lat = s_nat + j + s2_nat, s_lat + j + (s2_lat or s2_nat)
        others = [ctx.memo[f"_p{k}"]["full"] for k in range(i) if f"_p{k}" in ctx.memo]
        order = c.get("order", "gs")
        sep = c.get("sep", " ")
        full = f"{s_nat}{sep}{g_nat}" if order == "sg" else f"{g_nat} {s_nat}"
        if full not in others:
            break
    p = {"culture": cname, "given": g_nat, "surname": s_nat, "given_l": g_lat, "surname_l": s_lat,
         "full": full, "order": order, "native": (g_nat != g_lat or s_nat != s_lat),
         "germanic": c.get("germanic", False)}
    ctx.memo[key] = p
    return p


def name_spelling(ctx, p):
    rng = ctx.rng
    g, s = p["given"], p["surname"]
    if p["native"]:
        # native script: as written; sometimes the Latin transcription
        if rng.random() < 0.3:
            gl, sl = p["given_l"], p["surname_l"]
            return f"{sl} {gl}" if p["order"] == "sg" else f"{gl} {sl}"
        return p["full"]
    if p["order"] == "sg":
        return rng.choice([p["full"], f"{s.upper()} {g}", f"{g} {s}"])
    return weighted(rng, [
        (p["full"], 40), (f"{s}, {g}", 14), (f"{s.upper()}, {g}", 5), (f"{g} {s.upper()}", 6),
        (f"{s} {g}", 5), (f"{g[0]}. {s}", 5), (fold8(p["full"], p["germanic"]), 8),
        (p["full"].upper(), 4), (f"{s.upper()} {g}", 5), (p["full"].lower(), 3)])


def _user_parts(ctx, p):
    g = p["given_l"].split(" ")[0].split("-")[0]
    s = p["surname_l"]
    germanic = p["germanic"] and ctx.rng.random() < 0.6
    g, s = fold8(g, germanic).lower(), fold8(s, germanic).lower()
    for ch in " '-":
        s_alt = s.replace(ch, "")
        s = s_alt
    g = g.replace("'", "").replace(".", "")
    return g, s


def username(ctx, p):
    """An account name of person `p`, in one of the pool's conventions."""
    if "user" in p:
        return p["user"]
    rng = ctx.rng
    g, s = _user_parts(ctx, p)
    if not g or not s:
        g, s = (g or "x"), (s or "x")
    conv = weighted(rng, ctx.pools.USER_CONVENTIONS)
    n2 = f"{rng.randint(1, 99):02d}"
    n = str(rng.randint(1, 9))
    u = {
        "first.last": f"{g}.{s}", "firstlast": f"{g}{s}", "f.last": f"{g[0]}.{s}",
        "flast": f"{g[0]}{s}", "last.first": f"{s}.{g}", "lastf": f"{s}{g[0]}",
        "last_first": f"{s}_{g}", "first_last": f"{g}_{s}", "first-last": f"{g}-{s}",
        "fl4": f"{g[:2]}{s[:2]}{n2}", "las3fi2": f"{s[:3]}{g[:2]}", "last6f": f"{s[:6]}{g[0]}",
        "FLAST": f"{g[0]}{s}".upper(), "first.lastN": f"{g}.{s}{n}", "firstN": f"{g}{n2}",
        "x-prefix": f"{rng.choice(['a', 'adm', 'x', 'ext', 'sa', 'u'])}-{g[0]}{s[:5]}",
        "ext-suffix": f"{g}.{s}.{rng.choice(['ext', 'kons', 'cons', 'partner'])}",
        "initials3": f"{g[0]}{g[-1]}{s[0]}{rng.randint(100, 999)}",
        "Title.Case": f"{g.capitalize()}.{s.capitalize()}",
        "first": g,
        "lastfirst3": f"{s}{g[:3]}",
    }[conv]
    p["user"] = u
    return u


def email(ctx, p, domains=None):
    rng = ctx.rng
    if "mail" in p:
        return p["mail"]
    g, s = _user_parts(ctx, p)
    if rng.random() < ctx.pools.P_MAIL_UNICODE and not p["native"]:
        g2 = p["given_l"].split(" ")[0].lower().replace(".", "")
        s2 = p["surname_l"].lower().replace(" ", "")
        g, s = g2, s2
    local = weighted(rng, [(f"{g}.{s}", 50), (f"{g[0]}{s}", 10), (f"{g}{s[:1]}", 5),
                           (f"{s}.{g}", 6), (f"{g}_{s}", 5), (f"{g}.{s}{rng.randint(1, 99)}", 10),
                           (f"{g}", 4), (username(ctx, p).lower(), 10)])
    dom = weighted(rng, domains or ctx.pools.MAIL_DOMAINS)
    p["mail"] = f"{local}@{dom}"
    return p["mail"]


# ---------------------------------------------------------------- phones

def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _fill(pattern, nsn):
    out, i = [], 0
    for c in pattern:
        if c == "N":
            out.append(nsn[i] if i < len(nsn) else "")
            i += 1
        else:
            out.append(c)
    s = "".join(out)
    return s + nsn[i:]


def phone_parts(ctx, country=None, kind=None):
    rng = ctx.rng
    cc = country or weighted(rng, ctx.pools.PHONE_WEIGHTS)
    spec = ctx.pools.COUNTRIES[cc]
    ranges = [r for r in spec["ranges"] if kind is None or r[2] == kind] or spec["ranges"]
    prefix, length, _kind, pats = rng.choice(ranges)
    rest = length - len(prefix)
    nsn = prefix + (str(rng.randint(1, 9)) + _digits(rng, rest - 1) if rest > 0 else "")
    return spec, nsn, pats


def phone_spell(ctx, spec, nsn, pats, style=None):
    rng = ctx.rng
    cc, trunk = spec["cc"], spec["trunk"]
    pat = rng.choice(pats)
    nat = _fill(pat, nsn).strip()
    style = style or weighted(rng, ctx.pools.PHONE_STYLES)
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} {nat}"
    if style == "intl0" and trunk:
        return f"+{cc} ({trunk}){nat}"
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "00sp":
        return f"00{cc} {nat}"
    if style == "ccdigits":
        return f"{cc}{nsn}"
    if style == "natdigits" and trunk is not None:
        return f"{trunk}{nsn}"
    return f"{trunk or ''}{spec.get('tsep', '') if trunk else ''}{nat}"


def odd_separators(ctx, v):
    """Now and then a number as word processors and web forms leave it:
    no-break spaces, en dashes, non-breaking hyphens."""
    rng = ctx.rng
    if rng.random() >= getattr(ctx.pools, "P_PHONE_ODD_SEP", 0.0):
        return v
    return v.replace(" ", rng.choice(["\u00a0", "\u202f"])).replace("-", rng.choice(["\u2013", "\u2011"]))


def phone(ctx, country=None, kind=None, style=None):
    v = phone_spell(ctx, *phone_parts(ctx, country, kind), style=style)
    return v if style else odd_separators(ctx, v)


# ---------------------------------------------------------------- Swedish numbers

def _pnr_body(ctx, samordning=False):
    rng = ctx.rng
    lo, hi = ctx.pools.BIRTH_YEARS
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    if samordning:
        d += 60
    serial = f"{rng.randint(0, 999):03d}"
    return y, f"{y % 100:02d}{m:02d}{d:02d}{serial}"


def pnr(ctx, samordning=False, broken=False, style=None):
    rng = ctx.rng
    y, body = _pnr_body(ctx, samordning)
    chk = luhn_digit(body)
    if broken:
        chk = rng.choice([c for c in "0123456789" if c != chk])
    full = body + chk
    style = style or weighted(rng, ctx.pools.PNR_STYLES)
    sep = "+" if 2026 - y >= 100 else "-"
    c2 = str(y // 100)
    return {"10": full, "10-": f"{full[:6]}{sep}{full[6:]}", "12": c2 + full,
            "12-": f"{c2}{full[:6]}-{full[6:]}", "12sp": f"{c2}{full[:6]} {full[6:]}"}[style]


def orgnr(ctx, broken=False):
    rng = ctx.rng
    body = rng.choice(ctx.pools.ORGNR_FIRST) + str(rng.randint(2, 9)) + _digits(rng, 6)
    chk = luhn_digit(body)
    if broken:
        chk = rng.choice([c for c in "0123456789" if c != chk])
    full = body + chk
    return rng.choice([f"{full[:6]}-{full[6:]}", f"{full[:6]}-{full[6:]}", full, f"16{full}"])


def imei(ctx, broken=False, style=None):
    rng = ctx.rng
    body = rng.choice(ctx.pools.TACS) + _digits(rng, 6)
    chk = luhn_digit(body)
    if broken:
        chk = rng.choice([c for c in "0123456789" if c != chk])
    full = body + chk
    style = style or rng.choice(["plain", "plain", "dash", "sv"])
    if style == "dash":
        return f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}"
    if style == "sv":
        return body + f"{rng.randint(0, 99):02d}"
    return full


def imsi(ctx):
    rng = ctx.rng
    plmn = rng.choice(ctx.pools.PLMNS)
    return plmn + _digits(rng, 15 - len(plmn))


def mac(ctx, style=None):
    rng = ctx.rng
    oui = rng.choice(ctx.pools.OUIS)
    b = [oui[0:2], oui[2:4], oui[4:6]] + [f"{rng.randint(0, 255):02x}" for _ in range(3)]
    style = style or weighted(rng, ctx.pools.MAC_STYLES)
    h = "".join(b)
    if style == "colon":
        return ":".join(b)
    if style == "COLON":
        return ":".join(b).upper()
    if style == "dash":
        return "-".join(b).upper()
    if style == "cisco":
        return f"{h[0:4]}.{h[4:8]}.{h[8:12]}"
    if style == "huawei":
        return f"{h[0:4]}-{h[4:8]}-{h[8:12]}"
    if style == "BARE":
        return h.upper()
    return h


def ipv4(ctx):
    rng = ctx.rng
    net = rng.choice(ctx.pools.NETS4)
    parts = net.rstrip(".").split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def ipv6(ctx, style=None):
    rng = ctx.rng
    pfx = rng.choice(ctx.pools.NETS6)
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(4)]
    style = style or rng.choice(["short", "short", "full", "upper", "mapped"])
    if style == "mapped":
        return "::ffff:" + ipv4(ctx)
    if style == "full":
        head = [g.zfill(4) for g in pfx.rstrip(":").split(":")]
        while len(head) < 4:
            head.append("0000")
        return ":".join(head + [g.zfill(4) for g in groups])
    s = pfx + ":" + ":".join(groups[rng.randint(0, 2):])
    return s.upper() if style == "upper" else s


def badge(ctx):
    rng = ctx.rng
    fmt = weighted(rng, ctx.pools.BADGE_FORMATS)
    if fmt == "dec10":
        return str(rng.randint(10 ** 9, 4 * 10 ** 9))
    if fmt == "hex8":
        return "".join(rng.choice("0123456789ABCDEF") for _ in range(8))
    if fmt == "hex14":
        return "04" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
    if fmt == "fac":
        return f"{rng.randint(10, 250)}:{rng.randint(1000, 65000)}"
    if fmt == "prefixed":
        return rng.choice(ctx.pools.BADGE_PREFIXES) + str(rng.randint(10000, 999999))
    return str(rng.randint(100000, 9999999))


# ---------------------------------------------------------------- generators

def generators():
    G = {}
    for i, suf in ((0, ""), (1, "2"), (2, "3")):
        G["nm" + suf] = (lambda i: lambda c: name_spelling(c, person(c, i)))(i)
        G["full" + suf] = (lambda i: lambda c: person(c, i)["full"])(i)
        G["gn" + suf] = (lambda i: lambda c: person(c, i)["given"])(i)
        G["sn" + suf] = (lambda i: lambda c: person(c, i)["surname"])(i)
        G["gnl" + suf] = (lambda i: lambda c: person(c, i)["given_l"])(i)
        G["fulll" + suf] = (lambda i: lambda c: fold8(person(c, i)["given_l"] + " " + person(c, i)["surname_l"]))(i)
        G["usr" + suf] = (lambda i: lambda c: username(c, person(c, i)))(i)
        G["mail" + suf] = (lambda i: lambda c: email(c, person(c, i)))(i)
        G["ph" + suf] = lambda c: phone(c)
        G["phe" + suf] = lambda c: phone(c, style="e164")
        G["phse" + suf] = lambda c: phone(c, "46")
        G["mob" + suf] = lambda c: phone(c, "46", "mobile")
        G["ext" + suf] = lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXTENSIONS)))
        G["ip" + suf] = ipv4
    G["upn"] = lambda c: f"{username(c, person(c, 0))}@{c.rng.choice(c.pools.AD_SUFFIXES)}"
    G["phdig"] = lambda c: phone(c, style=c.rng.choice(["ccdigits", "00", "natdigits"]))
    G["phcc"] = lambda c: phone(c, style="ccdigits")
    G["phnat"] = lambda c: phone(c, "46", style="natdigits")
    G["phint"] = lambda c: phone(c, c.rng.choice([k for k in c.pools.COUNTRIES if k != "46"]))
    G["pnr"] = lambda c: pnr(c)
    G["pnr12"] = lambda c: pnr(c, style=c.rng.choice(["12", "12-"]))
    G["pnr10"] = lambda c: pnr(c, style=c.rng.choice(["10", "10-"]))
    G["snr"] = lambda c: pnr(c, samordning=True)
    G["org"] = lambda c: orgnr(c)
    G["imei"] = lambda c: imei(c)
    G["imei15"] = lambda c: imei(c, style="plain")
    G["imsi"] = imsi
    G["mac"] = lambda c: mac(c)
    G["macc"] = lambda c: mac(c, "colon")
    G["macd"] = lambda c: mac(c, "dash")
    G["macb"] = lambda c: mac(c, "bare")
    G["ip6"] = lambda c: ipv6(c)
    G["ip6s"] = lambda c: ipv6(c, "short")
    G["badge"] = badge
    G["ipint"] = lambda c: str(int.from_bytes(bytes(int(x) for x in ipv4(c).split(".")), "little", signed=True))
    # look-alikes
    G["xpnr"] = lambda c: pnr(c, broken=True)
    G["xsnr"] = lambda c: pnr(c, samordning=True, broken=True)
    G["xorg"] = lambda c: orgnr(c, broken=True)
    G["ximei"] = lambda c: imei(c, broken=True, style="plain")
    G["svc"] = lambda c: c.rng.choice(c.pools.SERVICE_NUMBERS)
    G["switch"] = lambda c: c.rng.choice(c.pools.SWITCHBOARDS)
    G["queue"] = lambda c: c.rng.choice(c.pools.QUEUES)
    G["hunt"] = lambda c: c.rng.choice(c.pools.HUNT_PILOTS)
    G["conf"] = lambda c: c.rng.choice(c.pools.CONF_BRIDGES)
    G["vmpilot"] = lambda c: c.rng.choice(c.pools.VM_PILOTS)
    G["park"] = lambda c: str(c.rng.choice(c.pools.PARK_RANGE)[0] + c.rng.randint(0, 9))
    G["ivr"] = lambda c: c.rng.choice(c.pools.IVRS)
    G["fcode"] = lambda c: c.rng.choice(c.pools.FEATURE_CODES)
    G["ticket"] = lambda c: c.rng.choice(c.pools.TICKETS).format(n=c.rng.randint(1000, 999999))
    G["costc"] = lambda c: c.rng.choice(c.pools.COST_CENTRES)
    G["empno"] = lambda c: c.rng.choice(c.pools.EMPNO_FORMATS).format(n=c.rng.randint(1000, 99999))
    G["ver"] = lambda c: c.rng.choice(c.pools.VERSIONS)
    G["svcacct"] = lambda c: c.rng.choice(c.pools.SERVICE_ACCOUNTS)
    G["place"] = lambda c: c.rng.choice(c.pools.PLACES)
    G["product"] = lambda c: c.rng.choice(c.pools.PRODUCTS)
    G["serial"] = lambda c: c.rng.choice(c.pools.SERIAL_PREFIXES) + "".join(
        c.rng.choice("0123456789ABCDEF") for _ in range(8))
    G["hexid"] = lambda c: ":".join(f"{c.rng.randint(0, 255):02x}" for _ in range(8))
    G["wwpn"] = lambda c: "20:00:" + ":".join(f"{c.rng.randint(0, 255):02x}" for _ in range(6))
    G["bigid"] = lambda c: str(c.rng.randint(10 ** 11, 10 ** 13))
    G["otp"] = lambda c: f"{c.rng.randint(0, 999999):06d}"
    G["iccid"] = lambda c: "89" + c.rng.choice(["46", "47", "45", "358"]) + _digits(c.rng, 15)
    G["ver4"] = lambda c: f"{c.rng.randint(1, 20)}.{c.rng.randint(0, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(1, 250)}"
    G["shortcode"] = lambda c: c.rng.choice(c.pools.SHORT_CODES)
    G["sender"] = lambda c: c.rng.choice(c.pools.SMS_SENDERS)
    G["caseno"] = lambda c: c.rng.choice(c.pools.CASE_FORMATS).format(
        n=c.rng.randint(100, 99999), y=c.rng.choice(c.pools.YEARS))
    G["bankacct"] = lambda c: f"{c.rng.randint(3000, 9999)}-{_digits(c.rng, 2)} {_digits(c.rng, 3)} {_digits(c.rng, 2)}"
    G["loop"] = lambda c: c.rng.choice(["127.0.0.1", "0.0.0.0", "::1", "255.255.255.255"])
    G["monthword"] = lambda c: c.rng.choice(c.pools.CAPWORDS)
    # filler
    G["host"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["fqdn"] = lambda c: f"{c.rng.choice(c.pools.HOSTS)}.{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"
    G["idom"] = lambda c: c.rng.choice(c.pools.INTERNAL_DOMAINS)
    G["nb"] = lambda c: c.rng.choice(c.pools.NETBIOS)
    G["mdom"] = lambda c: weighted(c.rng, c.pools.MAIL_DOMAINS)
    G["ua"] = lambda c: c.rng.choice(c.pools.USER_AGENTS)
    G["epoch"] = lambda c: str(int(moment(c).timestamp()))
    G["epochms"] = lambda c: str(int(moment(c).timestamp()) * 1000 + c.rng.randint(0, 999))
    G["epochf"] = lambda c: f"{int(moment(c).timestamp())}.{c.rng.randint(0, 999999):06d}"
    G["n2"] = lambda c: str(c.rng.randint(1, 99))
    G["n3"] = lambda c: str(c.rng.randint(1, 999))
    G["n5"] = lambda c: str(c.rng.randint(1000, 99999))
    G["bytes"] = lambda c: str(c.rng.randint(200, 9000000))
    G["dur"] = lambda c: str(c.rng.randint(1, 2400))
    G["hex6"] = lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(6))
    G["hex24"] = lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(24))
    G["hex32"] = lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(32))
    G["b64"] = lambda c: base64.b64encode(bytes(c.rng.randint(0, 255) for _ in range(18))).decode()
    G["alnum10"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits) for _ in range(10))
    G["dmy"] = lambda c: f"{moment(c):%d.%m.%Y %H:%M:%S}"
    G["dmys"] = lambda c: f"{moment(c):%d/%m/%Y %H:%M:%S}"
    G["ymdhm"] = lambda c: f"{moment(c):%Y/%m/%d %H:%M:%S}"
    G["tsms"] = lambda c: f"{moment(c):%Y-%m-%d %H:%M:%S},{c.rng.randint(0, 999):03d}"
    G["countryiso"] = lambda c: c.rng.choice(["SE", "NO", "DK", "FI", "PL", "DE", "NL", "FR", "ES", "TR", "IQ", "SO"])
    G["http"] = lambda c: c.rng.choice(["200", "200", "200", "302", "304", "401", "403", "404", "500"])
    return G


# ---------------------------------------------------------------- CSV rows

def csv_row(rec, cells, quote_all=True):
    """cells: list of (value, type or None); type "~" marks a look-alike."""
    for i, (v, t) in enumerate(cells):
        if i:
            rec.text(",")
        q = quote_all and v is not None
        v = "" if v is None else v
        if q:
            rec.text('"')
        v2 = v.replace('"', '""') if q else v
        if t == "~":
            rec.label(NEG, v2)
        elif t:
            rec.label(t, v2)
        else:
            rec.text(v2)
        if q:
            rec.text('"')


# ---------------------------------------------------------------- CDR rows

AST_COLS = ["accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata",
            "start", "answer", "end", "duration", "billsec", "disposition", "amaflags", "uniqueid", "userfield"]
FS_COLS = ["caller_id_name", "caller_id_number", "destination_number", "context", "start_stamp", "answer_stamp",
           "end_stamp", "duration", "billsec", "hangup_cause", "uuid", "bleg_uuid", "accountcode", "read_codec",
           "write_codec"]


def seg_cell(ctx, rec, segs, quote=True):
    """One CSV cell of segments: a str (plain), (TYPE, value) or ("~", value)."""
    if quote:
        rec.text('"')
    for s in segs:
        if isinstance(s, str):
            rec.text(s.replace('"', '""') if quote else s)
        else:
            t, v = s
            v = v.replace('"', '""') if quote else v
            rec.label(NEG if t == "~" else t, v)
    if quote:
        rec.text('"')


def cdr_row(ctx, rec, cols, cells, n=None, quote=lambda col: True):
    """cells: column -> list of segments (see seg_cell) or a plain str."""
    n = n or len(cols)
    for i, col in enumerate(cols[:n]):
        if i:
            rec.text(",")
        v = cells.get(col, "")
        if isinstance(v, str):
            v = [v]
        seg_cell(ctx, rec, v, quote(col))


CUCM_INT_EXTRA = {"cdrRecordType", "globalCallID_callManagerId", "globalCallID_callId", "origLegCallIdentifier",
                  "dateTimeOrigination", "origIpAddr", "origMediaTransportAddress_IP",
                  "origMediaCap_maxFramesPerPacket", "origMediaCap_g723BitRate", "origVideoCap_Codec",
                  "origVideoTransportAddress_IP", "destLegIdentifier", "destIpAddr",
                  "destMediaTransportAddress_IP", "destMediaCap_maxFramesPerPacket", "destMediaCap_g723BitRate",
                  "destVideoCap_Codec", "destVideoTransportAddress_IP", "duration",
                  "origCallTerminationOnBehalfOf", "destCallTerminationOnBehalfOf",
                  "origCalledPartyRedirectOnBehalfOf", "lastRedirectRedirectOnBehalfOf",
                  "origCalledPartyRedirectReason", "lastRedirectRedirectReason", "destConversationId",
                  "callSecuredStatus", "origConversationId", "origVideoCap_Codec_Channel2",
                  "origVideoTransportAddress_IP_Channel2", "destVideoCap_Codec_Channel2",
                  "destVideoTransportAddress_IP_Channel2", "IncomingProtocolID", "OutgoingProtocolID",
                  "currentRoutingReason", "origRoutingReason", "lastRedirectingRoutingReason",
                  "calledPartyPatternUsage", "origMobileCallDuration", "destMobileCallDuration", "mobileCallType"}


CUCM_SHAPE_INTS = {
    "origNodeId", "origSpan", "origCause_location", "origCause_value", "origPrecedenceLevel",
    "origMediaTransportAddress_Port", "origMediaCap_payloadCapability", "origVideoCap_Bandwidth",
    "origVideoCap_Resolution", "origVideoTransportAddress_Port", "origRSVPAudioStat", "destNodeId", "destSpan",
    "destCause_location", "destCause_value", "destPrecedenceLevel", "destMediaTransportAddress_Port",
    "destMediaCap_payloadCapability", "destVideoCap_Bandwidth", "destVideoCap_Resolution",
    "destVideoTransportAddress_Port", "destRSVPAudioStat", "dateTimeConnect", "dateTimeDisconnect",
    "joinOnBehalfOf", "authorizationLevel", "origDTMFMethod", "destDTMFMethod", "origMediaCap_Bandwidth",
    "destMediaCap_Bandwidth", "origVideoCap_Bandwidth_Channel2", "origVideoCap_Resolution_Channel2",
    "origVideoTransportAddress_Port_Channel2", "origVideoChannel_Role_Channel2", "destVideoCap_Bandwidth_Channel2",
    "destVideoCap_Resolution_Channel2", "destVideoTransportAddress_Port_Channel2", "destVideoChannel_Role_Channel2",
    "wasCallQueued", "totalWaitTimeInQueue"}


def cucm_row(ctx, rec, cols, cells, shapes_int=None):
    """A 129-column CUCM CDR: integer columns unquoted (0 by default), text quoted."""
    ints = CUCM_INT_EXTRA | CUCM_SHAPE_INTS | set(shapes_int or ())
    for i, col in enumerate(cols):
        if i:
            rec.text(",")
        v = cells.get(col)
        if v is None:
            v = "0" if col in ints else ""
        if isinstance(v, str):
            v = [v]
        seg_cell(ctx, rec, v, quote=col not in ints)


def ipint(ip):
    return str(int.from_bytes(bytes(int(x) for x in ip.split(".")), "little", signed=True))
