"""Value generators of the thirteenth pair (wild10, sealed10).

Written without reading the earlier pairs' libraries: from evallib only the
Record, the Luhn rule, `fold`, the escapes and the clock (`moment`) are used.
Every generator takes the record's Ctx; the split's pools (wild10/pools.py,
sealed10/pools.py) decide cultures, countries, networks and formats, so the
two halves draw disjoint values from the same code.

Helpers for templates:
    W(rec)            a writer: w.t(text), w.p(TYPE, value), w.n(decoy value)
    person(ctx, i)    one person of the split's cultures (remembered per record)
    display(ctx, p)   the person's name as a system prints it
    login(ctx, p)     an account name in one of the split's conventions
    mail(ctx, p)      an e-mail address derived from the person
    phone(ctx, ...)   (spelling, country, nsn) of a number in the split's countries
    pnr / snr / orgnr / imei / imsi / mac / ip4 / ip6 / badge
"""
import datetime
import random  # noqa: F401  (the record's rng is ctx.rng)

import evallib
from evallib import NEG, esc_json, esc_cef, esc_sd, esc_csv, fold, luhn_digit

NBSP = "\u00a0"
EN = "\u2013"


# ------------------------------------------------------------------ writing

class W:
    """Short names over an evallib.Record, with an escape applied to values."""

    def __init__(self, rec, esc=None):
        self.rec = rec
        self.esc = esc or (lambda v: v)

    def t(self, s):
        self.rec.text(s)
        return self

    def p(self, typ, v):
        self.rec.label(typ, self.esc(v))
        return self

    def n(self, v):
        self.rec.label(NEG, self.esc(v))
        return self

    def v(self, v):
        """An unlabelled value, escaped as the labelled ones are."""
        self.rec.text(self.esc(v))
        return self


def jw(rec):
    return W(rec, esc_json)


def cw(rec):
    return W(rec, esc_cef)


def sw(rec):
    return W(rec, esc_sd)


def qw(rec):
    return W(rec, esc_csv)


def pick(ctx, xs):
    return ctx.rng.choice(xs)


def wpick(ctx, pairs):
    return evallib.weighted(ctx.rng, pairs)


def dig(ctx, n):
    return "".join(ctx.rng.choice("0123456789") for _ in range(n))


def hexs(ctx, n, upper=False):
    h = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(n))
    return h.upper() if upper else h


def uuid(ctx):
    h = hexs(ctx, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ctx.rng.choice('89ab')}{h[17:20]}-{h[20:]}"


def when(ctx, plus=0):
    return evallib.moment(ctx) + datetime.timedelta(seconds=plus)


def iso(ctx, plus=0, ms=True):
    t = when(ctx, plus)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ctx.rng.randint(0, 999):03d}" if ms else "") + "Z"


def bsd(ctx, plus=0):
    t = when(ctx, plus)
    return f"{evallib.MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S}"


def sqlts(ctx, plus=0):
    return f"{when(ctx, plus):%Y-%m-%d %H:%M:%S}"


def epoch(ctx, plus=0):
    return str(int(when(ctx, plus).timestamp()))


# ------------------------------------------------------------------ people

def person(ctx, i=0):
    key = ("p13", i)
    if key not in ctx.people:
        rng = ctx.rng
        culture = wpick(ctx, ctx.pools.CULTURE_WEIGHTS)
        spec = ctx.pools.CULTURES[culture]
        g_nat, _, g_lat = rng.choice(spec["given"]).partition("|")
        s_nat, _, s_lat = rng.choice(spec["surname"]).partition("|")
        g_lat, s_lat = g_lat or g_nat, s_lat or s_nat
        if spec.get("second") and rng.random() < spec["second"]:
            o_nat, _, o_lat = rng.choice(spec["surname"]).partition("|")
            if o_nat != s_nat:
                s_nat, s_lat = f"{s_nat} {o_nat}", f"{s_lat} {o_lat or o_nat}"
        sf = spec.get("order") == "surname-first"
        ctx.people[key] = {
            "given": g_nat, "surname": s_nat, "given_l": g_lat, "surname_l": s_lat,
            "full": f"{s_nat} {g_nat}" if sf else f"{g_nat} {s_nat}",
            "full_l": f"{s_lat} {g_lat}" if sf else f"{g_lat} {s_lat}",
            "native": g_nat != g_lat or s_nat != s_lat, "sf": sf, "culture": culture,
        }
    return ctx.people[key]


def display(ctx, p, latin=None):
    """A name as directories, CRMs and caller-id print it."""
    rng = ctx.rng
    if latin is None:
        latin = p["native"] and rng.random() < 0.35
    g, s = (p["given_l"], p["surname_l"]) if latin else (p["given"], p["surname"])
    full = p["full_l"] if latin else p["full"]
    if p["native"] and not latin:
        return full
    r = rng.random()
    if p["sf"]:
        return full if r < 0.7 else full.upper() if r < 0.85 else f"{g} {s}"
    if r < 0.55:
        return full
    if r < 0.68:
        return f"{s}, {g}"
    if r < 0.76:
        return f"{s.upper()} {g}"
    if r < 0.84:
        return f"{g[0]}. {s}"
    if r < 0.92:
        return fold(full)
    return full.upper()


def _parts(p, ascii_only=True):
    g = p["given_l"].split(" ")[0].split("-")[0]
    s = p["surname_l"].split(" ")[0] if " " in p["surname_l"] else p["surname_l"]
    if ascii_only:
        g, s = fold(g), fold(s)
    return g.lower().replace("'", ""), s.lower().replace("'", "").replace("-", "")


def login(ctx, p, form=None):
    rng = ctx.rng
    g, s = _parts(p, ascii_only=rng.random() > ctx.pools.P_LOGIN_UNICODE)
    form = form or wpick(ctx, ctx.pools.LOGIN_FORMS)
    n2 = f"{rng.randint(1, 99):02d}"
    return {
        "g.s": f"{g}.{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}", "s.g": f"{s}.{g}",
        "s1g": f"{s}{g[0]}", "g_s": f"{g}_{s}", "g2s4": f"{g[:2]}{s[:4]}{n2}",
        "s4g2N": f"{s[:4]}{g[:2]}{rng.randint(0, 9)}", "gN": f"{g}{n2}", "g.s.N": f"{g}.{s}.{rng.randint(2, 9)}",
        "g-s": f"{g}-{s}", "G1S": f"{g[0]}{s}".upper(), "gs1": f"{g}{s[0]}",
        "stud": f"{g[:3]}{s[:3]}{rng.randint(10, 99)}", "s-g": f"{s}-{g}",
    }[form]


def mail(ctx, p, domain=None):
    rng = ctx.rng
    g, s = _parts(p, ascii_only=rng.random() > ctx.pools.P_MAIL_UNICODE)
    local = pick(ctx, [f"{g}.{s}", f"{g}{s}", f"{g[0]}.{s}", f"{g}_{s}", f"{s}.{g}", f"{g}{rng.randint(70, 99)}"])
    return f"{local}@{domain or wpick(ctx, ctx.pools.MAIL_DOMAINS)}"


# ------------------------------------------------------------------ phones

# cc, trunk prefix, mobile leading digits, national significant length, grouping
COUNTRIES = {
    "SE": ("46", "0", ["70", "72", "73", "76", "79"], 9, [2, 3, 2, 2]),
    "NO": ("47", "", ["40", "41", "45", "46", "90", "92", "93", "97"], 8, [3, 2, 3]),
    "DK": ("45", "", ["20", "22", "26", "28", "30", "40", "42", "50", "60", "61"], 8, [2, 2, 2, 2]),
    "FI": ("358", "0", ["40", "41", "44", "45", "50"], 9, [2, 3, 4]),
    "IS": ("354", "", ["61", "66", "69", "77", "82", "86", "89"], 7, [3, 4]),
    "DE": ("49", "0", ["151", "152", "157", "160", "162", "170", "171", "176", "177"], 11, [3, 8]),
    "NL": ("31", "0", ["61", "62", "63", "64", "65"], 9, [1, 8]),
    "FR": ("33", "0", ["6", "7"], 9, [1, 2, 2, 2, 2]),
    "ES": ("34", "", ["6", "71", "72"], 9, [3, 3, 3]),
    "PT": ("351", "", ["91", "92", "93", "96"], 9, [3, 3, 3]),
    "IT": ("39", "", ["320", "328", "333", "338", "340", "347", "349", "366", "388"], 10, [3, 7]),
    "RO": ("40", "0", ["72", "73", "74", "75", "76", "78"], 9, [3, 3, 3]),
    "GR": ("30", "", ["690", "693", "694", "697", "698", "699"], 10, [3, 3, 4]),
    "GB": ("44", "0", ["74", "75", "77", "78", "79"], 10, [4, 6]),
    "MX": ("52", "", ["55", "33", "81"], 10, [2, 4, 4]),
    "BR": ("55", "0", ["119", "219", "319", "619"], 11, [2, 5, 4]),
    "NG": ("234", "0", ["803", "806", "813", "703", "706", "903"], 10, [3, 3, 4]),
    "KE": ("254", "0", ["70", "71", "72", "74", "79"], 9, [3, 3, 3]),
    "US": ("1", "", ["212", "312", "415", "617", "646", "718", "917"], 10, [3, 3, 4]),
    "UA": ("380", "0", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97"], 9, [2, 3, 2, 2]),
    "TR": ("90", "0", ["530", "532", "535", "541", "542", "544", "552", "555"], 10, [3, 3, 2, 2]),
    "EG": ("20", "0", ["10", "11", "12", "15"], 10, [2, 4, 4]),
    "IR": ("98", "0", ["912", "913", "919", "935", "936", "990"], 10, [3, 3, 4]),
    "PK": ("92", "0", ["300", "301", "312", "321", "333", "345"], 10, [3, 7]),
    "IN": ("91", "", ["98", "97", "96", "70", "81", "88", "99"], 10, [5, 5]),
    "TH": ("66", "0", ["81", "82", "86", "89", "91", "95", "61"], 9, [2, 3, 4]),
    "VN": ("84", "0", ["90", "91", "93", "98", "97", "32", "35", "70", "77"], 9, [2, 3, 4]),
    "CN": ("86", "", ["130", "135", "138", "139", "150", "158", "186", "189"], 11, [3, 4, 4]),
    "ET": ("251", "0", ["91", "92", "93", "94"], 9, [2, 3, 4]),
    "ER": ("291", "0", ["71", "72", "73"], 7, [1, 3, 3]),
    "SO": ("252", "0", ["61", "62", "63", "65", "68", "90"], 9, [2, 3, 4]),
    "MA": ("212", "0", ["61", "62", "66", "67", "70"], 9, [1, 2, 2, 2, 2]),
}


def _group(ds, sizes):
    out, i = [], 0
    for k in sizes:
        if i < len(ds):
            out.append(ds[i:i + k])
        i += k
    if i < len(ds):
        out[-1] += ds[i:]
    return out


def nsn(ctx, country):
    cc, trunk, pre, n, grp = COUNTRIES[country]
    p = ctx.rng.choice(pre)
    if country == "US":
        return p + str(ctx.rng.randint(2, 9)) + dig(ctx, n - len(p) - 1)
    return p + dig(ctx, n - len(p))


def spell(ctx, country, number, style=None):
    """A number of `country` in one of the spellings people and systems write."""
    rng = ctx.rng
    cc, trunk, _, _, grp = COUNTRIES[country]
    style = style or wpick(ctx, ctx.pools.PHONE_STYLES)
    sep = wpick(ctx, [(" ", 6), ("", 1), ("-", 2), (".", 1), (NBSP, 1)])
    parts = _group(number, grp)
    if country == "US":
        a, e, x = number[:3], number[3:6], number[6:]
        return {"e164": f"+1{number}", "intl": f"+1 {a} {e} {x}", "00": f"001{number}",
                "cc": f"1{number}", "nat": rng.choice([f"({a}) {e}-{x}", f"{a}-{e}-{x}", f"{a}.{e}.{x}"]),
                "natd": number, "intl0": f"+1 ({a}) {e}-{x}", "00sp": f"00 1 {a} {e} {x}"}[style]
    if style == "e164":
        return f"+{cc}{number}"
    if style == "intl":
        return f"+{cc} " + sep.join(parts)
    if style == "00":
        return f"00{cc}{number}"
    if style == "00sp":
        return f"00{cc} " + sep.join(parts)
    if style == "cc":
        return f"{cc}{number}"
    if style == "intl0":
        if trunk:
            return f"+{cc} ({trunk}){parts[0]} " + " ".join(parts[1:])
        return f"+{cc} " + sep.join(parts)
    if style == "natd":
        return f"{trunk}{number}"
    if country == "BR":
        return f"({parts[0]}) {parts[1]}-{parts[2]}"
    if country == "SE" and rng.random() < 0.5:
        return f"{trunk}{parts[0]}{rng.choice(['-', EN])}" + rng.choice([" ", ""]).join(parts[1:])
    return f"{trunk}{parts[0]}" + sep + sep.join(parts[1:])


def phone(ctx, country=None, style=None):
    """(spelling, country, nsn)."""
    country = country or wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    number = nsn(ctx, country)
    return spell(ctx, country, number, style), country, number


def ph(ctx, country=None, style=None):
    return phone(ctx, country, style)[0]


def dialled(ctx, country=None):
    """A number as a PBX dials or receives it: E.164, 00, national digits."""
    s, c, n = phone(ctx, country, wpick(ctx, [("e164", 4), ("00", 3), ("natd", 3), ("cc", 1)]))
    return s


def ext(ctx):
    lo, hi = ctx.rng.choice(ctx.pools.EXTENSIONS)
    return str(ctx.rng.randint(lo, hi))


# ------------------------------------------------------------------ Swedish ids

def _birth(ctx):
    lo, hi = ctx.pools.BIRTH_YEARS
    y = ctx.rng.randint(lo, hi)
    return datetime.date(y, 1, 1) + datetime.timedelta(days=ctx.rng.randrange(365 + (y % 4 == 0)))


def _wrong(ctx, right):
    return ctx.rng.choice([d for d in "0123456789" if d != right])


def pnr(ctx, samordning=False, broken=False, style=None):
    d = _birth(ctx)
    day = d.day + (60 if samordning else 0)
    body = f"{d.year % 100:02d}{d.month:02d}{day:02d}" + dig(ctx, 3)
    check = luhn_digit(body)
    if broken:
        check = _wrong(ctx, check)
    ten = body + check
    cent = str(d.year // 100)
    style = style or wpick(ctx, ctx.pools.PNR_STYLES)
    sep = "+" if d.year <= 1925 else "-"
    return {"10": ten, "10-": ten[:6] + sep + ten[6:], "12": cent + ten, "12-": cent + ten[:6] + "-" + ten[6:],
            "12 ": cent + ten[:6] + " " + ten[6:]}[style]


def snr(ctx, broken=False, style=None):
    return pnr(ctx, True, broken, style)


def orgnr(ctx, broken=False, style=None):
    body = pick(ctx, ctx.pools.ORGNR_FIRST) + str(ctx.rng.randint(2, 9)) + dig(ctx, 6)
    check = luhn_digit(body)
    if broken:
        check = _wrong(ctx, check)
    ten = body + check
    style = style or pick(ctx, ["dash", "dash", "plain", "16"])
    return {"dash": ten[:6] + "-" + ten[6:], "plain": ten, "16": "16" + ten}[style]


def luhn_card(ctx, broken=True):
    """A card number; the pairs use broken check digits only (a look-alike)."""
    body = pick(ctx, ["4571", "5169", "4917", "5413"]) + dig(ctx, 11)
    c = luhn_digit(body)
    c = _wrong(ctx, c) if broken else c
    full = body + c
    return pick(ctx, [full, " ".join(full[i:i + 4] for i in range(0, 16, 4))])


# ------------------------------------------------------------------ devices

def imei(ctx, broken=False, sv=False, style="plain"):
    body = pick(ctx, ctx.pools.TACS) + dig(ctx, 6)
    if sv:
        return body + f"{ctx.rng.randint(0, 99):02d}"
    c = luhn_digit(body)
    c = _wrong(ctx, c) if broken else c
    full = body + c
    return {"plain": full, "dash": f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}",
            "tac": f"{full[:8]}-{full[8:14]}-{full[14]}", "slash": f"{full[:8]}/{full[8:14]}/{full[14]}"}[style]


def imsi(ctx):
    plmn = pick(ctx, ctx.pools.PLMNS)
    return plmn + dig(ctx, 15 - len(plmn))


def mac(ctx, style=None):
    oui = pick(ctx, ctx.pools.OUIS)
    h = oui + hexs(ctx, 6)
    style = style or wpick(ctx, ctx.pools.MAC_STYLES)
    pr = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(pr), "COLON": ":".join(pr).upper(), "dash": "-".join(pr),
            "DASH": "-".join(pr).upper(), "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h,
            "BARE": h.upper(), "hw": f"{h[:6]}-{h[6:]}"}[style]


def ip4(ctx):
    net = wpick(ctx, ctx.pools.NETS4)
    o = net.split(".")
    while len(o) < 4:
        o.append(str(ctx.rng.randint(1, 254)))
    return ".".join(o)


def ip6(ctx, style=None):
    rng = ctx.rng
    style = style or wpick(ctx, ctx.pools.IP6_STYLES)
    if style == "mapped":
        return "::ffff:" + ip4(ctx)
    pre = pick(ctx, ctx.pools.NETS6).split(":")
    g = pre + [f"{rng.randrange(1, 65536):x}" for _ in range(8 - len(pre))]
    if style == "short":
        return ":".join(pre) + "::" + f"{rng.randrange(1, 4096):x}"
    if style == "full":
        return ":".join(x.zfill(4) for x in g)
    if style == "upper":
        return ":".join(g).upper()
    return ":".join(g)


def ip4int(v):
    """CUCM's signed little-endian integer of an IPv4 address."""
    return str(int.from_bytes(bytes(int(x) for x in v.split(".")), "little", signed=True))


def badge(ctx):
    f = wpick(ctx, ctx.pools.BADGE_FORMS)
    return f.replace("#", "{}").format(*[ctx.rng.randint(0, 9) for _ in range(f.count("#"))])


def svc(ctx):
    """An emergency, service or short number of one of the split's countries."""
    return pick(ctx, ctx.pools.SERVICE_NUMBERS)


def sysacct(ctx):
    return pick(ctx, ctx.pools.SYSTEM_ACCOUNTS)


def version(ctx):
    return pick(ctx, ctx.pools.VERSIONS)


# ------------------------------------------------------------------ CSV rows

def csv_row(rec, cells, bare=()):
    """cells: a str, or a list of (TYPE or None, value) parts; every cell is
    quoted except those whose index is in `bare` (numbers)."""
    for i, cell in enumerate(cells):
        if i:
            rec.text(",")
        q = i not in bare
        if q:
            rec.text('"')
        parts = [(None, cell)] if isinstance(cell, str) else cell
        for typ, v in parts:
            v = v.replace('"', '""') if q else v
            if typ:
                rec.label(typ, v)
            else:
                rec.text(v)
        if q:
            rec.text('"')


AST_COLS = ["accountcode", "src", "dst", "dcontext", "clid", "channel", "dstchannel", "lastapp", "lastdata",
            "start", "answer", "end", "duration", "billsec", "disposition", "amaflags", "uniqueid", "userfield"]


def ast_row(ctx, rec, cells, n=None):
    """An Asterisk cdr_csv row: `cells` maps column names to cells; 16, 17 or
    18 columns (uniqueid, userfield) as the module is configured."""
    n = n or pick(ctx, [16, 17, 18, 18])
    cols = AST_COLS[:n]
    row = [cells.get(c, "") for c in cols]
    csv_row(rec, row, bare={12, 13})


def ast_times(ctx, answered=True, ring=None, talk=None):
    ring = ring if ring is not None else ctx.rng.randint(2, 30)
    talk = talk if talk is not None else (ctx.rng.randint(5, 1800) if answered else 0)
    start = sqlts(ctx)
    ans = sqlts(ctx, ring) if answered else ""
    end = sqlts(ctx, ring + talk)
    return {"start": start, "answer": ans, "end": end, "duration": str(ring + talk), "billsec": str(talk)}


def ast_uid(ctx):
    return f"{epoch(ctx)}.{ctx.rng.randint(1, 99999)}"


FS_COLS = ["caller_id_name", "caller_id_number", "destination_number", "context", "start_stamp", "answer_stamp",
           "end_stamp", "duration", "billsec", "hangup_cause", "uuid", "bleg_uuid", "accountcode", "read_codec",
           "write_codec"]


def fs_row(ctx, rec, cells, answered=True):
    ring = ctx.rng.randint(1, 25)
    talk = ctx.rng.randint(4, 1500) if answered else 0
    base = {"start_stamp": sqlts(ctx), "answer_stamp": sqlts(ctx, ring) if answered else "",
            "end_stamp": sqlts(ctx, ring + talk), "duration": str(ring + talk), "billsec": str(talk),
            "hangup_cause": "NORMAL_CLEARING" if answered else pick(ctx, ["NO_ANSWER", "USER_BUSY", "ORIGINATOR_CANCEL", "NO_USER_RESPONSE"]),
            "uuid": uuid(ctx), "bleg_uuid": uuid(ctx) if answered else "",
            "read_codec": pick(ctx, ["PCMA", "PCMU", "G722", "opus"]), "write_codec": pick(ctx, ["PCMA", "PCMU", "G722", "opus"])}
    base.update(cells)
    csv_row(rec, [base.get(c, "") for c in FS_COLS])


def _cucm_str(col):
    if "Codec" in col or "PatternUsage" in col:
        return False
    if col.endswith("_IP") or col.endswith("IpAddr") or col.endswith("_IP_Channel2"):
        return False
    keys = ("Number", "Name", "uri", "pkid", "Partition", "LoginUserID", "Dn", "DN", "comment", "Code",
            "Addr", "Pattern", "ClusterID", "ICID", "IOI", "CallRef", "Description", "authCode")
    return any(k in col for k in keys)


def cucm_row(ctx, rec, cols, cells):
    """A CUCM CDR row of the pack's columns (129): strings quoted, numbers bare.
    `cells` maps column names to a str or a list of (TYPE or None, value) parts."""
    t0 = int(when(ctx).timestamp())
    ring = ctx.rng.randint(2, 20)
    dur = ctx.rng.randint(0, 900)
    base = {"cdrRecordType": "1", "globalCallID_callManagerId": str(ctx.rng.randint(1, 4)),
            "globalCallID_callId": str(ctx.rng.randint(100000, 9999999)),
            "origLegCallIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "dateTimeOrigination": str(t0), "dateTimeConnect": str(t0 + ring) if dur else "0",
            "dateTimeDisconnect": str(t0 + ring + dur), "duration": str(dur), "pkid": uuid(ctx),
            "origNodeId": "1", "destNodeId": "1", "origCause_value": "0" if dur else "16",
            "destCause_value": "16", "origMediaCap_payloadCapability": "4", "destMediaCap_payloadCapability": "4",
            "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
            "globalCallId_ClusterID": ctx.pools.CUCM_CLUSTER, "origDTMFMethod": "3", "destDTMFMethod": "3",
            "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64", "origMediaTransportAddress_Port": str(ctx.rng.randrange(16384, 32766, 2)),
            "destMediaTransportAddress_Port": str(ctx.rng.randrange(16384, 32766, 2)),
            "origConversationId": "0", "destConversationId": "0", "callSecuredStatus": "0"}
    base.update(cells)
    row = []
    bare = set()
    for i, c in enumerate(cols):
        v = base.get(c)
        if v is None:
            v = "" if _cucm_str(c) else "0"
        if not _cucm_str(c):
            bare.add(i)
        row.append(v)
    csv_row(rec, row, bare=bare)
