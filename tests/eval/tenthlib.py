"""Value generators and record builders of the tenth pair (wild7, sealed7).

Written without reading the earlier pairs' libraries or templates: from
evallib only `Record`, the Luhn rule, `fold` and the escapers are used. Every
generator takes the record's random source `rng` and the split's pools module
`P` (tests/eval/wild7/pools.py or tests/eval/sealed7/pools.py), so each split
draws its people, numbers and networks from pools of its own.

Builders:
  W(rec, *parts)      parts are plain text or (TYPE, value) pairs; TYPE "~" is a
                      look-alike (NEG_DECOY)
  jdump(rec, obj)     a JSON document whose leaves may be L(type, value): the
                      value is labelled as it is written (escaped) in the JSON
  cef_ext / kv        CEF extension and quoted key=value lines
  ast_row / fs_row / cucm_row   the three CDR packs' CSV rows
"""
import datetime
import json
import string

import evallib
from evallib import NEG, fold, luhn_digit

DEC = "~"


# ---------------------------------------------------------------- building

def W(rec, *parts):
    """Appends parts to a Record: str, or (type, value), type "~" = decoy."""
    for p in parts:
        if isinstance(p, str):
            rec.text(p)
        else:
            typ, val = p
            rec.label(NEG if typ == DEC else typ, val)
    return rec


class L:
    """A labelled JSON leaf. raw=True writes the value unquoted (a number)."""

    def __init__(self, typ, value, raw=False, ascii_=False, prefix=""):
        self.typ = NEG if typ == DEC else typ
        self.value = value
        self.raw = raw
        self.ascii = ascii_
        self.prefix = prefix  # unlabelled text before the value (a URI scheme)


def _jstr(v, ascii_=False):
    return json.dumps(v, ensure_ascii=ascii_)[1:-1]


def jdump(rec, obj, sep=(", ", ": "), ascii_=False):
    """Writes obj as JSON into rec, labelling L leaves as written."""
    isep, ksep = sep
    if isinstance(obj, L):
        if obj.raw:
            rec.label(obj.typ, str(obj.value))
        else:
            rec.text('"' + obj.prefix)
            rec.label(obj.typ, _jstr(obj.value, ascii_ or obj.ascii))
            rec.text('"')
    elif isinstance(obj, dict):
        rec.text("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                rec.text(isep)
            if isinstance(k, L):
                jdump(rec, k, sep, ascii_)
            else:
                rec.text('"' + _jstr(k, ascii_) + '"')
            rec.text(ksep)
            jdump(rec, v, sep, ascii_)
        rec.text("}")
    elif isinstance(obj, (list, tuple)):
        rec.text("[")
        for i, v in enumerate(obj):
            if i:
                rec.text(isep)
            jdump(rec, v, sep, ascii_)
        rec.text("]")
    elif isinstance(obj, bool):
        rec.text("true" if obj else "false")
    elif obj is None:
        rec.text("null")
    elif isinstance(obj, (int, float)):
        rec.text(json.dumps(obj))
    else:
        rec.text('"' + _jstr(str(obj), ascii_) + '"')
    return rec


def compact(rec, obj):
    return jdump(rec, obj, sep=(",", ":"))


def cef_hdr(s):
    return s.replace("\\", "\\\\").replace("|", "\\|")


def cef_ext(rec, pairs):
    """CEF extension: key=value, values escaped (\\= \\\\); a value may be a
    list of parts (plain and labelled), escaped part by part."""
    for i, (k, v) in enumerate(pairs):
        rec.text((" " if i else "") + k + "=")
        parts = v if isinstance(v, list) else [v]
        for p in parts:
            if isinstance(p, tuple):
                W(rec, (p[0], evallib.esc_cef(p[1])))
            else:
                rec.text(evallib.esc_cef(p))
    return rec


def kv(rec, pairs, quote_all=False, sep=" "):
    """key=value pairs; values with spaces (or all, quote_all) in double quotes."""
    for i, (k, v) in enumerate(pairs):
        rec.text((sep if i else "") + k + "=")
        parts = v if isinstance(v, list) else [v]
        flat = "".join(p if isinstance(p, str) else p[1] for p in parts)
        q = quote_all or (" " in flat) or flat == ""
        if q:
            rec.text('"')
        for p in parts:
            W(rec, p)
        if q:
            rec.text('"')
    return rec


def csv_cell(rec, v, quote=True):
    parts = v if isinstance(v, list) else [v]
    if quote:
        rec.text('"')
    for p in parts:
        if isinstance(p, str):
            rec.text(evallib.esc_csv(p) if quote else p)
        else:
            W(rec, (p[0], evallib.esc_csv(p[1]) if quote else p[1]))
    if quote:
        rec.text('"')


AST_COLS = ["accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp",
            "lastdata", "start", "answer", "end", "duration", "billsec", "disposition", "amaflags",
            "uniqueid", "userfield"]


def ast_row(rec, d, ncols=18):
    """Asterisk cdr_csv: strings quoted, duration and billsec bare."""
    for i, c in enumerate(AST_COLS[:ncols]):
        if i:
            rec.text(",")
        v = d.get(c, "")
        csv_cell(rec, v, quote=c not in ("duration", "billsec"))
    return rec


FS_COLS = ["caller_id_name", "caller_id_number", "destination_number", "context", "start_stamp",
           "answer_stamp", "end_stamp", "duration", "billsec", "hangup_cause", "uuid", "bleg_uuid",
           "accountcode", "read_codec", "write_codec"]


def fs_row(rec, d):
    """mod_cdr_csv's default template: every field quoted."""
    for i, c in enumerate(FS_COLS):
        if i:
            rec.text(",")
        csv_cell(rec, d.get(c, ""))
    return rec


CUCM_QUOTED_HINTS = ("Number", "LoginUserID", "lastRedirectDn", "pkid", "Partition", "DeviceName",
                     "ClusterID", "comment", "authCodeDescription", "clientMatterCode",
                     "authorizationCodeValue", "Ipv4v6Addr", "huntPilotDN", "_uri", "Pattern",
                     "ICID", "IOI", "ProtocolCallRef")


# Integer columns whose names carry a text hint (Cisco CDR field descriptions:
# calledPartyPatternUsage is an integer code).
CUCM_BARE = ("calledPartyPatternUsage",)


def cucm_quoted(col):
    return col not in CUCM_BARE and any(h in col for h in CUCM_QUOTED_HINTS)


def cucm_row(rec, cols, d):
    """A CUCM CDR row of the pack's 129 columns: text columns quoted,
    numbers bare (0 where not given)."""
    for i, c in enumerate(cols):
        if i:
            rec.text(",")
        q = cucm_quoted(c)
        v = d.get(c, "" if q else "0")
        csv_cell(rec, v, quote=q)
    return rec


# ---------------------------------------------------------------- helpers

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexstr(rng, n, upper=False):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return h.upper() if upper else h


def alnum(rng, n):
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


def uuid(rng):
    h = hexstr(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:]}"


# ---------------------------------------------------------------- time

def when(rng, P):
    lo, hi = P.TIME_RANGE
    return datetime.datetime.fromtimestamp(rng.randint(lo, hi), tz=datetime.timezone.utc)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def bsd(t):
    return f"{MON[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def iso(t, ms=True):
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{t.microsecond // 1000:03d}" if ms else "") + "Z"


def sql(t):
    return f"{t:%Y-%m-%d %H:%M:%S}"


def plus(t, s):
    return t + datetime.timedelta(seconds=s)


# ---------------------------------------------------------------- people

def person(rng, P, culture=None):
    """A person of one of the split's cultures: given, surname and the Latin
    (ASCII-foldable) spelling account names are made from. A pool entry is
    `native|latin` when the native spelling is not in Latin script."""
    culture = culture or wpick(rng, P.CULTURES)
    c = P.NAMES[culture]

    def one(key):
        nat, _, lat = pick(rng, c[key]).partition("|")
        return nat, lat or nat

    g, gl = one("given")
    s, sl = one("surname")
    if rng.random() < c.get("two_surnames", 0):
        s2, s2l = one("surname")
        if s2 != s:
            j = c.get("join", " ")
            s, sl = s + j + s2, sl + j + s2l
    if rng.random() < c.get("two_given", 0):
        g2, g2l = one("given")
        if g2 != g:
            j = pick(rng, [" ", "-"])
            g, gl = g + j + g2, gl + j + g2l
    order = c.get("order", "gs")
    full = f"{s} {g}" if order == "sg" else f"{g} {s}"
    return {"given": g, "surname": s, "gl": gl, "sl": sl, "full": full, "culture": culture,
            "native": (g != gl or s != sl), "order": order}


def written_name(rng, p):
    """The person's name as a system prints it: whole, `Surname, Given`,
    upper case, initial and surname, ASCII fold, or Latin transliteration."""
    r = rng.random()
    if p["native"]:
        return p["full"] if r < 0.6 else f"{p['gl']} {p['sl']}"
    if p["order"] == "sg":
        return p["full"] if r < 0.7 else f"{p['given']} {p['surname']}"
    if r < 0.55:
        return p["full"]
    if r < 0.68:
        return f"{p['surname']}, {p['given']}"
    if r < 0.76:
        return f"{p['surname'].upper()}, {p['given']}"
    if r < 0.84:
        return f"{p['given'][0]}. {p['surname']}"
    if r < 0.92:
        return fold(p["full"])
    return p["full"].upper()


def _parts(p, keep=False):
    g = p["gl"].split(" ")[0].split("-")[0]
    s = p["sl"].split(" ")[0]
    if not keep:
        g, s = fold(g), fold(s)
    return g.lower().replace("'", ""), s.lower().replace("'", "").replace("-", "")


def username(rng, p, P, keep=None):
    """A login in one of the split's conventions."""
    keep = rng.random() < P.P_UNICODE_LOGIN if keep is None else keep
    g, s = _parts(p, keep)
    conv = wpick(rng, P.LOGIN_CONVENTIONS)
    yy = f"{rng.randint(55, 99):02d}" if rng.random() < 0.5 else f"{rng.randint(0, 6):02d}"
    return {
        "g.s": f"{g}.{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}", "s1g": f"{s}{g[0]}",
        "s.g": f"{s}.{g}", "g_s": f"{g}_{s}", "s4g2": f"{s[:4]}{g[:2]}", "g2s3nn": f"{g[:2]}{s[:3]}{digits(rng, 2)}",
        "g.s.yy": f"{g}.{s}{yy}", "adm": f"adm-{g[0]}{s}", "x6": f"x{digits(rng, 6)}",
        "ab1234": f"{g[0]}{s[0]}{digits(rng, 4)}", "G.S": f"{g.capitalize()}.{s.capitalize()}",
        "SG": f"{s.upper()[:7]}{g.upper()[0]}", "g-s": f"{g}-{s}", "gs_ext": f"{g}{s}_ext",
    }[conv]


def email(rng, p, P, domain=None, keep=None):
    keep = rng.random() < P.P_UNICODE_MAIL if keep is None else keep
    g, s = _parts(p, keep)
    local = wpick(rng, [(f"{g}.{s}", 6), (f"{g[0]}{s}", 2), (f"{s}.{g}", 1), (f"{g}{s[0]}", 1),
                        (f"{g}.{s}{rng.randint(2, 9)}", 1)])
    return f"{local}@{domain or wpick(rng, P.MAIL_DOMAINS)}"


# ---------------------------------------------------------------- phones

def _grp(ds, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(ds):
            break
        out.append(ds[i:i + k])
        i += k
    if i < len(ds):
        out[-1] += ds[i:]
    return out


def phone_nsn(rng, P, country=None, kind=None):
    """(country spec, national significant number, grouping)."""
    cc = country or wpick(rng, P.PHONE_WEIGHTS)
    spec = P.COUNTRIES[cc]
    rs = spec["ranges"]
    if kind:
        rs = [r for r in rs if r[2] == kind] or rs
    prefix, length, _k, groups = pick(rng, rs)
    nsn = prefix + digits(rng, length - len(prefix))
    if spec["cc"] == "1":
        nsn = prefix + str(rng.randint(2, 9)) + digits(rng, length - len(prefix) - 1)
    return spec, nsn, groups


def phone_write(rng, spec, nsn, groups, style):
    cc, tr = spec["cc"], spec.get("trunk", "")
    g = _grp(nsn, groups)
    sep = spec.get("sep", " ")
    if cc == "1":
        a, e, n = nsn[:3], nsn[3:6], nsn[6:]
        return {"e164": f"+1{nsn}", "intl": f"+1 {a}-{e}-{n}", "00": f"001{nsn}", "00sp": f"001 {a} {e} {n}",
                "digits": f"1{nsn}", "nat": pick(rng, [f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}"]),
                "natdigits": nsn, "natdash": f"{a}-{e}-{n}", "natdot": f"{a}.{e}.{n}",
                "paren": f"+1 ({a}) {e}-{n}"}[style]
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} " + " ".join(g)
    if style == "00":
        return f"00{cc}{nsn}"
    if style == "00sp":
        return f"00{cc} " + " ".join(g)
    if style == "digits":
        return f"{cc}{nsn}"
    if style == "paren" and tr:
        return f"+{cc} ({tr}){' '.join(g)}"
    if style == "natdigits":
        return f"{tr}{nsn}"
    if style == "natdash" and len(g) > 1:
        return f"{tr}{g[0]}-" + "".join(g[1:])
    if style == "natdot":
        return f"{tr}" + ".".join(g)
    return f"{tr}{g[0]}" + ("" if len(g) == 1 else sep) + sep.join(g[1:])


def phone(rng, P, country=None, kind=None, style=None):
    spec, nsn, groups = phone_nsn(rng, P, country, kind)
    style = style or wpick(rng, P.PHONE_STYLES)
    return phone_write(rng, spec, nsn, groups, style)


def phone_dial(rng, P, country=None, kind=None):
    """A number as a dial string or SIP URI user carries it."""
    style = wpick(rng, [("e164", 4), ("00", 2), ("natdigits", 3), ("digits", 2)])
    return phone(rng, P, country, kind, style)


def phone_e164(rng, P, country=None, kind=None):
    return phone(rng, P, country, kind, "e164")


def ext(rng, P):
    lo, hi = pick(rng, P.EXTENSIONS)
    return str(rng.randint(lo, hi))


# ---------------------------------------------------------------- Swedish ids

def _birth(rng, P):
    lo, hi = P.BIRTH_YEARS
    y = rng.randint(lo, hi)
    return datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365 + (y % 4 == 0)))


def pnr(rng, P, samordning=False, broken=False, style=None):
    d = _birth(rng, P)
    day = d.day + (60 if samordning else 0)
    lo, hi = P.PNR_SERIALS
    pay = f"{d.year % 100:02d}{d.month:02d}{day:02d}{rng.randint(lo, hi):03d}"
    ck = luhn_digit(pay)
    if broken:
        ck = pick(rng, [x for x in "0123456789" if x != ck])
    ten = pay + ck
    c = f"{d.year // 100}"
    style = style or wpick(rng, P.PNR_STYLES)
    if style in ("10-", "10") and 2026 - d.year >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"10-": ten[:6] + "-" + ten[6:], "10": ten, "12-": c + ten[:6] + "-" + ten[6:],
            "12": c + ten, "12 ": c + ten[:6] + " " + ten[6:]}[style]


def orgnr(rng, P, broken=False, style=None):
    pay = pick(rng, P.ORGNR_FIRST) + str(rng.randint(2, 9)) + digits(rng, 6)
    # the third digit is at least 2 (an orgnr's "month" is 20 or more)
    pay = pay[:2] + str(rng.randint(2, 9)) + pay[3:]
    ck = luhn_digit(pay)
    if broken:
        ck = pick(rng, [x for x in "0123456789" if x != ck])
    ten = pay + ck
    style = style or pick(rng, ["-", "-", "", "16"])
    return {"-": ten[:6] + "-" + ten[6:], "": ten, "16": "16" + ten}[style]


# ---------------------------------------------------------------- devices

def imei(rng, P, broken=False, style="plain"):
    pay = pick(rng, P.TACS) + digits(rng, 6)
    ck = luhn_digit(pay)
    if broken:
        ck = pick(rng, [x for x in "0123456789" if x != ck])
    f = pay + ck
    return {"plain": f, "dash": f"{f[:2]}-{f[2:8]}-{f[8:14]}-{f[14]}", "tac": f"{f[:8]}-{f[8:14]}-{f[14]}",
            "sv": pay + digits(rng, 2)}[style]


def imsi(rng, P):
    plmn = pick(rng, P.PLMNS)
    return plmn + digits(rng, 15 - len(plmn))


def badge(rng, P):
    return wpick(rng, P.BADGE_FORMATS)(rng)


# ---------------------------------------------------------------- network

def ipv4(rng, P):
    net = wpick(rng, P.V4_NETS)
    o = net.split(".")
    while len(o) < 4:
        o.append(str(rng.randint(1, 254)))
    return ".".join(o)


def ipv6(rng, P, style=None):
    style = style or wpick(rng, [("short", 4), ("full", 1), ("upper", 1), ("mapped", 1)])
    if style == "mapped":
        return "::ffff:" + ipv4(rng, P)
    pre = pick(rng, P.V6_NETS).split(":")
    g = pre + [f"{rng.randrange(1, 65536):x}" for _ in range(8 - len(pre))]
    if style == "full":
        return ":".join(x.zfill(4) for x in g)
    if style == "short":
        return ":".join(pre) + "::" + f"{rng.randrange(1, 4096):x}"
    return ":".join(g).upper()


def mac(rng, P, style=None):
    b = pick(rng, P.OUIS) + hexstr(rng, 6)
    pr = [b[i:i + 2] for i in range(0, 12, 2)]
    style = style or wpick(rng, P.MAC_STYLES)
    return {":": ":".join(pr), ":U": ":".join(pr).upper(), "-": "-".join(pr).upper(),
            "-l": "-".join(pr), ".": f"{b[:4]}.{b[4:8]}.{b[8:]}", "bare": b, "BARE": b.upper()}[style]


# ---------------------------------------------------------------- look-alikes

def svc(rng, P):
    """A service, emergency or organisation number (never a person's)."""
    return pick(rng, P.SERVICE_NUMBERS)


def version(rng):
    return pick(rng, ["10.2.4.3", "9.1.16", "6.0.12.4", "8.4.2", "17.9.1", "2.14.0.1", "11.5.1.12900-21",
                      "4.19.0-26-amd64", "15.2(7)E9", "7.2.1-h2", "12.1.0.2", "3.11.9"])


def epoch(t, ms=False):
    return str(int(t.timestamp()) * (1000 if ms else 1) + (t.microsecond // 1000 if ms else 0))
