"""Value generators and record builders of the eleventh pair (wild8, sealed8).

Written without reading the earlier pairs' libraries: from evallib only the
Record (labelled text), the Luhn rule and `fold` are used. Every generator
takes the record's Ctx (its `rng` and the split's `pools`) and returns the
value as written; the builders below label a value exactly as it appears in
the record (JSON-escaped in JSON, `\\=`-escaped in CEF, quote-doubled in CSV).

A split's pools module provides: NAMES (culture -> {"given", "surname",
"order"}; entries `native|latin` for non-Latin scripts), CULTURES (weights),
LOGIN_FORMS, COUNTRIES (iso -> {"cc", "trunk", "mobile": [prefixes],
"len", "groups"}), PHONE_WEIGHTS, BIRTH_YEARS, SNR_SHARE, ORGNR_FIRST,
TACS, PLMNS, NETS4, NETS6, OUIS, MAIL_DOMAINS, UPN_DOMAINS, BADGE_FORMS,
TIME_RANGE.
"""
import datetime
import json

from evallib import Record, luhn_digit, fold, NEG  # noqa: F401

# ------------------------------------------------------------------ basics


def pick(ctx, seq):
    return ctx.rng.choice(seq)


def wpick(ctx, pairs):
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    total = sum(w for _, w in pairs)
    x = ctx.rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def nd(ctx, n):
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def hx(ctx, n, upper=False):
    s = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(ctx, n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(ctx.rng.choice(alphabet) for _ in range(n))


def uuid(ctx):
    h = hx(ctx, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ctx.rng.choice('89ab')}{h[17:20]}-{h[20:]}"


# ------------------------------------------------------------------ time

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(ctx, plus=0):
    if "_t" not in ctx.memo:
        lo, hi = ctx.pools.TIME_RANGE
        ctx.memo["_t"] = ctx.rng.randint(lo, hi)
    return datetime.datetime.fromtimestamp(ctx.memo["_t"] + plus, tz=datetime.timezone.utc)


def t3164(ctx, plus=0):
    t = when(ctx, plus)
    return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def tiso(ctx, plus=0, ms=True):
    t = when(ctx, plus)
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{ctx.rng.randint(0, 999):03d}Z" if ms else "Z")


def tsql(ctx, plus=0):
    return f"{when(ctx, plus):%Y-%m-%d %H:%M:%S}"


def epoch(ctx, plus=0):
    return str(int(when(ctx, plus).timestamp()))


# ------------------------------------------------------------------ people


def person(ctx, key=0, culture=None):
    """A person of one of the split's cultures, remembered per record."""
    k = ("_p", key)
    if k in ctx.memo:
        return ctx.memo[k]
    pools = ctx.pools
    culture = culture or wpick(ctx, pools.CULTURES)
    c = pools.NAMES[culture]

    def one(lst):
        native, _, latin = ctx.rng.choice(lst).partition("|")
        return native, latin or native

    g, gl = one(c["given"])
    s, sl = one(c["surname"])
    if c.get("double") and ctx.rng.random() < c["double"]:
        s2, s2l = one(c["surname"])
        if s2 != s:
            s, sl = f"{s} {s2}", f"{sl} {s2l}"
    order = c.get("order", "gs")
    full = f"{s} {g}" if order == "sg" else f"{g} {s}"
    p = {"given": g, "surname": s, "full": full, "gl": gl, "sl": sl, "order": order,
         "latin": g == gl and s == sl, "culture": culture}
    ctx.memo[k] = p
    return p


def display_name(ctx, p):
    """The name as a system prints it: several orders and cases."""
    if not p["latin"] or p["order"] == "sg":
        return p["full"]
    r = ctx.rng.random()
    if r < 0.55:
        return p["full"]
    if r < 0.70:
        return f"{p['surname']}, {p['given']}"
    if r < 0.78:
        return p["full"].upper()
    if r < 0.86:
        return f"{p['surname'].upper()} {p['given']}"
    if r < 0.93:
        return fold(p["full"])
    return f"{p['given'][0]}. {p['surname']}"


def _clean(s):
    return fold(s.lower()).replace(" ", "").replace("'", "").replace("-", "")


def login(ctx, p, form=None):
    """An account name in one of the split's conventions."""
    if form is None:  # a person has one account name per record
        k = ("_login", p["full"])
        if k not in ctx.memo:
            ctx.memo[k] = login(ctx, p, wpick(ctx, ctx.pools.LOGIN_FORMS))
        return ctx.memo[k]
    g, s = _clean(p["gl"]), _clean(p["sl"].split(" ")[0])
    n = str(ctx.rng.randint(2, 98))
    return {
        "g.s": f"{g}.{s}", "g_s": f"{g}_{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}",
        "s.g": f"{s}.{g}", "s2g2N": f"{s[:2]}{g[:2]}{n}", "g1s1NNNN": f"{g[0]}{s[0]}{nd(ctx, 4)}",
        "s6g1": f"{s[:6]}{g[0]}", "gsN": f"{g}.{s}{n}", "G.S": f"{g.capitalize()}.{s.capitalize()}",
        "g-s": f"{g}-{s}", "sg1": f"{s}{g[0]}", "g4s4": f"{g[:4]}{s[:4]}",
    }[form]


def email(ctx, p, domain=None, keep_diacritics=False):
    if keep_diacritics and p["latin"]:
        local = (p["given"].split(" ")[0] + "." + p["surname"].split(" ")[0]).lower()
    else:
        k = ("_local", p["full"])
        if k not in ctx.memo:
            ctx.memo[k] = login(ctx, p, ctx.rng.choice(["g.s", "g1s", "g_s", "s.g", "gsN", "g-s"]))
        local = ctx.memo[k]
    return f"{local}@{domain or wpick(ctx, ctx.pools.MAIL_DOMAINS)}"


# ------------------------------------------------------------------ phones


def phone_parts(ctx, iso=None, mobile=None):
    spec = ctx.pools.COUNTRIES[iso or wpick(ctx, ctx.pools.PHONE_WEIGHTS)]
    if mobile is None:
        mobile = ctx.rng.random() < 0.7
    pre = ctx.rng.choice(spec["mobile"] if mobile else spec["fixed"])
    if spec["cc"] == "1":
        nsn = pre + str(ctx.rng.randint(2, 9)) + nd(ctx, spec["len"] - len(pre) - 1)
    else:
        nsn = pre + nd(ctx, spec["len"] - len(pre))
    return spec, nsn


def _grouped(nsn, sizes):
    out, i = [], 0
    for k in sizes:
        if i < len(nsn):
            out.append(nsn[i:i + k])
        i += k
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def spell(ctx, spec, nsn, style=None):
    cc, trunk = spec["cc"], spec["trunk"]
    style = style or ctx.rng.choice(["e164", "e164", "intl", "intl", "00", "nat", "nat", "natd", "cc"])
    sep = ctx.rng.choice([" ", " ", "-", ".", ""]) if style in ("intl", "nat") else ""
    g = _grouped(nsn, spec["groups"])
    if cc == "1":
        a, e, n = nsn[:3], nsn[3:6], nsn[6:]
        return {"e164": f"+1{nsn}", "intl": f"+1 {a}-{e}-{n}", "00": f"001{nsn}",
                "nat": ctx.rng.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}"]),
                "natd": f"{a}{e}{n}", "cc": f"1{nsn}"}[style]
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} " + (sep or " ").join(g)
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "cc":
        return f"{cc}{nsn}"
    if style == "natd":
        return f"{trunk}{nsn}"
    return f"{trunk}{g[0]}" + ((sep or " ") if len(g) > 1 else "") + (sep or " ").join(g[1:])


def phone(ctx, iso=None, style=None, mobile=None):
    spec, nsn = phone_parts(ctx, iso, mobile)
    return spell(ctx, spec, nsn, style)


def phone_dial(ctx, iso=None):
    """A number as dial strings and SIP users carry it: no spaces."""
    return phone(ctx, iso, ctx.rng.choice(["e164", "00", "natd", "cc"]))


# ------------------------------------------------------------------ Swedish ids


def _birth(ctx, samordning):
    lo, hi = ctx.pools.BIRTH_YEARS
    y = ctx.rng.randint(lo, hi)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=ctx.rng.randrange(365))
    return d, d.day + (60 if samordning else 0)


def pnr(ctx, samordning=False, broken=False, style=None):
    d, day = _birth(ctx, samordning)
    body = f"{d.year % 100:02d}{d.month:02d}{day:02d}{nd(ctx, 3)}"
    chk = luhn_digit(body)
    if broken:
        chk = ctx.rng.choice([c for c in "0123456789" if c != chk])
    ten = body + chk
    cent = f"{d.year // 100}"
    style = style or ctx.rng.choice(["12", "12-", "10-", "10", "12-", "12 "])
    if style in ("10-",) and 2026 - d.year >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"12": cent + ten, "12-": f"{cent}{ten[:6]}-{ten[6:]}", "10-": f"{ten[:6]}-{ten[6:]}",
            "10": ten, "12 ": f"{cent}{ten[:6]} {ten[6:]}"}[style]


def orgnr(ctx, broken=False, style=None):
    body = ctx.rng.choice(ctx.pools.ORGNR_FIRST)  # group digit(s); the third digit is 2-9
    while len(body) < 9:
        body += str(ctx.rng.randint(2, 9)) if len(body) == 2 else nd(ctx, 1)
    chk = luhn_digit(body)
    if broken:
        chk = ctx.rng.choice([c for c in "0123456789" if c != chk])
    ten = body + chk
    style = style or ctx.rng.choice(["-", "-", "", "16"])
    return {"-": f"{ten[:6]}-{ten[6:]}", "": ten, "16": "16" + ten}[style]


# ------------------------------------------------------------------ devices


def imei(ctx, broken=False, style=None):
    body = ctx.rng.choice(ctx.pools.TACS) + nd(ctx, 6)
    chk = luhn_digit(body)
    if broken:
        chk = ctx.rng.choice([c for c in "0123456789" if c != chk])
    f = body + chk
    style = style or ctx.rng.choice(["plain", "plain", "plain", "dash", "space"])
    return {"plain": f, "dash": f"{f[:2]}-{f[2:8]}-{f[8:14]}-{f[14]}",
            "space": f"{f[:2]} {f[2:8]} {f[8:14]} {f[14]}"}[style]


def imeisv(ctx):
    return ctx.rng.choice(ctx.pools.TACS) + nd(ctx, 6) + nd(ctx, 2)


def imsi(ctx):
    plmn = ctx.rng.choice(ctx.pools.PLMNS)
    return plmn + nd(ctx, 15 - len(plmn))


def badge(ctx, form=None):
    form = form or wpick(ctx, ctx.pools.BADGE_FORMS)
    if form == "wiegand":
        return f"{ctx.rng.randint(1, 255)}:{ctx.rng.randint(1, 65535):05d}"
    if form == "card10":
        return nd(ctx, 10)
    if form == "uid7":
        return hx(ctx, 14, upper=True)
    if form == "uid4":
        return ":".join(hx(ctx, 2, True) for _ in range(4))
    if form == "prefix":
        return ctx.rng.choice(ctx.pools.BADGE_PREFIXES) + nd(ctx, 6)
    return nd(ctx, 8)


# ------------------------------------------------------------------ network


def ip4(ctx):
    net = ctx.rng.choice(ctx.pools.NETS4).split(".")
    while len(net) < 4:
        net.append(str(ctx.rng.randint(1, 254)))
    return ".".join(net)


def ip6(ctx, style=None):
    style = style or ctx.rng.choice(["short", "short", "full", "upper", "ll"])
    if style == "ll":
        return f"fe80::{hx(ctx, 4).lstrip('0') or '1'}:{hx(ctx, 2)}ff:fe{hx(ctx, 2)}:{hx(ctx, 4).lstrip('0') or '1'}"
    pre = ctx.rng.choice(ctx.pools.NETS6)
    gs = pre.split(":")
    tail = [hx(ctx, 4).lstrip("0") or "0" for _ in range(8 - len(gs))]
    if style == "full":
        return ":".join(x.zfill(4) for x in gs + tail)
    if ctx.rng.random() < 0.4:
        s = ":".join(gs) + "::" + (hx(ctx, 3).lstrip("0") or "a")
    else:
        s = ":".join(gs + tail)
    return s.upper() if style == "upper" else s


def mac(ctx, style=None):
    oui = ctx.rng.choice(ctx.pools.OUIS).lower()
    h = oui + hx(ctx, 6)
    style = style or ctx.rng.choice(["colon", "COLON", "dash", "dot", "bare", "huawei"])
    p = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(p), "COLON": ":".join(p).upper(), "dash": "-".join(p).upper(),
            "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h.upper(), "huawei": f"{h[:4]}-{h[4:8]}-{h[8:]}"}[style]


# ------------------------------------------------------------------ builders

class L:
    """A labelled leaf for the builders: `L(type, value)`; type NEG for a look-alike."""

    def __init__(self, typ, value):
        self.typ, self.value = typ, value


class N:
    """A bare JSON number (int or digit string), optionally labelled."""

    def __init__(self, value, typ=None):
        self.value, self.typ = str(value), typ


class S:
    """A JSON string made of parts (str or L), for values with a labelled piece."""

    def __init__(self, *items):
        self.items = items


def put(rec, v, esc=lambda s: s):
    """Appends a string or an L to rec, escaping with `esc` and labelling as written."""
    if isinstance(v, L):
        rec.label(v.typ, esc(v.value))
    else:
        rec.text(esc(str(v)))


def _jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def js(rec, obj, ascii_only=False):
    """Writes `obj` as compact JSON into rec. dicts keep order; L leaves are
    labelled as escaped; N leaves are bare numbers; a list of (k, v) pairs
    whose key is an L labels the key."""
    esc = (lambda s: _jesc(s, ascii_only))
    if isinstance(obj, dict):
        obj = list(obj.items())
        rec.text("{")
        for i, (k, v) in enumerate(obj):
            rec.text(("," if i else "") + '"')
            put(rec, k, esc)
            rec.text('":')
            js(rec, v, ascii_only)
        rec.text("}")
    elif isinstance(obj, list):
        rec.text("[")
        for i, v in enumerate(obj):
            if i:
                rec.text(",")
            js(rec, v, ascii_only)
        rec.text("]")
    elif isinstance(obj, S):
        rec.text('"')
        for it in obj.items:
            put(rec, it, esc)
        rec.text('"')
    elif isinstance(obj, N):
        if obj.typ:
            rec.label(obj.typ, obj.value)
        else:
            rec.text(obj.value)
    elif obj is None:
        rec.text("null")
    elif obj is True or obj is False:
        rec.text("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        rec.text(str(obj))
    else:
        rec.text('"')
        put(rec, obj, esc)
        rec.text('"')
    return rec


def cef_esc(s):
    return s.replace("\\", "\\\\").replace("=", "\\=")


def cef_hdr_esc(s):
    return s.replace("\\", "\\\\").replace("|", "\\|")


def kv(rec, pairs, sep=" ", esc=cef_esc, quote=False):
    """key=value pairs; values may be L. quote=True wraps values with spaces in double quotes."""
    for i, (k, v) in enumerate(pairs):
        rec.text((sep if i else "") + k + "=")
        raw = v.value if isinstance(v, L) else str(v)
        q = quote and (" " in raw or raw == "")
        if q:
            rec.text('"')
        put(rec, v, esc)
        if q:
            rec.text('"')
    return rec


def csv_row(rec, cells, quote_all=True, sep=","):
    """A CSV row; quote_all quotes every cell, else only cells that need it.
    A cell may be a list of parts (str or L) joined without separators."""
    for i, c in enumerate(cells):
        if i:
            rec.text(sep)
        parts = c if isinstance(c, list) else [c]
        raw = "".join(p.value if isinstance(p, L) else str(p) for p in parts)
        q = quote_all or any(ch in raw for ch in (sep, '"', "\n"))
        if q:
            rec.text('"')
        for p in parts:
            put(rec, p, (lambda s: s.replace('"', '""')))
        if q:
            rec.text('"')
    return rec


def parts(rec, *items):
    """Appends a sequence of strings and L values."""
    for it in items:
        put(rec, it)
    return rec


# ------------------------------------------------------------------ CDR rows

CUCM_TEXT = ("Number", "UserID", "Partition", "pkid", "DeviceName", "comment", "uri", "Pattern",
             "DN", "Dn", "Code", "Description", "ClusterID", "Ipv4v6Addr", "ICID", "IOI", "CallRef")


def cucm_int(ip):
    """An IPv4 address as CUCM writes it: a signed 32-bit little-endian integer."""
    return str(int.from_bytes(bytes(int(x) for x in ip.split(".")), "little", signed=True))


def cucm_row(rec, cols, vals):
    """One CUCM CDR row: text columns quoted, integer columns bare (0 by default).
    A value may be an L (labelled) or a list of parts."""
    for i, c in enumerate(cols):
        if i:
            rec.text(",")
        text = any(k in c for k in CUCM_TEXT) and not c.endswith("_IP")
        v = vals.get(c, "" if text else "0")
        if text:
            rec.text('"')
        for p in (v if isinstance(v, list) else [v]):
            put(rec, p)
        if text:
            rec.text('"')
    return rec


def ast_row(rec, cells):
    """An Asterisk cdr_csv row: every cell quoted except duration and billsec
    (cells 12 and 13); a cell may be a list of parts."""
    for i, c in enumerate(cells):
        if i:
            rec.text(",")
        q = i not in (12, 13)
        if q:
            rec.text('"')
        for p in (c if isinstance(c, list) else [c]):
            put(rec, p, lambda s: s.replace('"', '""'))
        if q:
            rec.text('"')
    return rec


def js_in_string(rec, obj, ascii_only=False):
    """Writes `obj` as JSON text inside a JSON string (escaped once more),
    labelling each value as it is finally written."""
    inner, spans = js(Record(), obj, ascii_only).build()
    pos = 0
    for s in sorted(spans, key=lambda s: s["start"]):
        rec.text(_jesc(inner[pos:s["start"]]))
        rec.label(s["type"], _jesc(s["value"]))
        pos = s["end"]
    rec.text(_jesc(inner[pos:]))
    return rec


def device_user(ctx, p):
    """The account part of a Jabber/BOT device name (CSF, BOT, TCT + at most 12
    characters of [A-Z0-9]): the person's login, upper case, truncated. Labelled
    USERNAME: it is the person's account as the device name carries it."""
    return "".join(c for c in login(ctx, p).upper() if c.isalnum() and c.isascii())[:12]
