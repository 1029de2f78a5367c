"""Value generators of the fourteenth pair (wild11, sealed11).

Written without reading the other pairs' libraries. From evallib only the
Record and renderer, the Luhn rule, `fold`, the escapes and the clock are
used; people, logins, phones, Swedish ids, device numbers and addresses are
made here from each split's own pools. Every generator reads `ctx.pools`:

    NAMES            {culture: {"given": [...], "surname": [...], "order": "gs"|"sg",
                                "latin": bool}}  (native|latin entries allowed)
    CULTURES         [(culture, weight)]
    PHONES           {country: {"cc", "trunk", "ranges": [(prefix, nsn_len, groups)]}}
    COUNTRIES        [(country, weight)]
    MAIL_DOMAINS, ORG_DOMAINS, NETS4, NETS6, OUIS, TACS, PLMNS, BADGE_FORMS,
    BIRTH_YEARS, ORGNR_LEADS, SERVICE_NUMBERS, SYSTEM_ACCOUNTS, VERSIONS,
    OIDS, TICKETS, PLACES, HOSTS, EXTENSIONS, PILOTS
"""
import datetime
import string

import evallib
from evallib import fold, luhn_digit, weighted

NBSP = "\u00a0"


def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _pick(rng, seq):
    native, _, latin = rng.choice(seq).partition("|")
    return native, latin or native


# ---------------------------------------------------------------- people

def person(ctx, i=0):
    key = f"p14:{i}"
    if key not in ctx.memo:
        rng = ctx.rng
        culture = weighted(rng, ctx.pools.CULTURES)
        c = ctx.pools.NAMES[culture]
        g, gl = _pick(rng, c["given"])
        s, sl = _pick(rng, c["surname"])
        order = c.get("order", "gs")
        sep = "" if c.get("nospace") else " "
        full = f"{s}{sep}{g}" if order == "sg" else f"{g}{sep}{s}"
        ctx.memo[key] = {"g": g, "s": s, "gl": gl, "sl": sl, "full": full, "order": order,
                         "latin": c.get("latin", True) and g == gl, "culture": culture}
    return ctx.memo[key]


def name(ctx, i=0):
    """A person's name as a system prints it (one spelling per record and person)."""
    key = f"n14:{i}"
    if key not in ctx.memo:
        p, rng = person(ctx, i), ctx.rng
        if not p["latin"] or p["order"] == "sg":
            ctx.memo[key] = p["full"]
        else:
            ctx.memo[key] = weighted(rng, [
                (p["full"], 6), (f"{p['s']}, {p['g']}", 2), (f"{p['s'].upper()} {p['g']}", 1),
                (f"{p['g'][0]}. {p['s']}", 1), (fold(p["full"]), 1)])
    return ctx.memo[key]


def login(ctx, i=0, ascii_only=True):
    key = f"u14:{i}:{ascii_only}"
    if key not in ctx.memo:
        p, rng = person(ctx, i), ctx.rng
        g = p["gl"].split(" ")[0].split("-")[0]
        s = p["sl"].replace(" ", "").replace("-", "").replace("'", "")
        if ascii_only:
            g, s = fold(g), fold(s)
        g, s = g.lower(), s.lower()
        n = rng.randint(2, 98)
        form = weighted(rng, [("g.s", 5), ("gs", 2), ("g1s", 3), ("s.g", 1), ("g_s", 1),
                              ("s3g2", 1), ("g1s1N", 1), ("gN", 1), ("g-s", 1), ("s1g", 1)])
        ctx.memo[key] = {"g.s": f"{g}.{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}", "s.g": f"{s}.{g}",
                         "g_s": f"{g}_{s}", "s3g2": f"{s[:3]}{g[:2]}{n}", "g1s1N": f"{g[0]}{s[0]}{rng.randint(1000, 9999)}",
                         "gN": f"{g}{n}", "g-s": f"{g}-{s}", "s1g": f"{s[0]}{g}"}[form]
    return ctx.memo[key]


def email(ctx, i=0):
    key = f"e14:{i}"
    if key not in ctx.memo:
        rng = ctx.rng
        local = login(ctx, i, ascii_only=rng.random() > 0.15)
        ctx.memo[key] = f"{local}@{weighted(rng, ctx.pools.MAIL_DOMAINS)}"
    return ctx.memo[key]


# ---------------------------------------------------------------- phones

def _number(ctx, country=None):
    rng = ctx.rng
    country = country or weighted(rng, ctx.pools.COUNTRIES)
    spec = ctx.pools.PHONES[country]
    prefix, length, groups = rng.choice(spec["ranges"])
    nsn = prefix + _digits(rng, length - len(prefix))
    if spec["cc"] == "1":
        nsn = nsn[:3] + str(rng.randint(2, 9)) + nsn[4:]
    parts, k = [], 0
    for gsz in groups:
        parts.append(nsn[k:k + gsz])
        k += gsz
    if k < len(nsn):
        parts[-1] += nsn[k:]
    return spec, nsn, [x for x in parts if x]


def phone(ctx, style=None, country=None):
    rng = ctx.rng
    spec, nsn, parts = _number(ctx, country)
    cc, trunk = spec["cc"], spec["trunk"]
    style = style or weighted(rng, [("e164", 4), ("intl", 3), ("00", 2), ("nat", 4), ("natd", 2), ("paren", 1), ("cc", 1)])
    sep = rng.choice([" ", " ", "-", ".", NBSP]) if style in ("intl", "nat") else " "
    if cc == "1":
        a, e, n = nsn[:3], nsn[3:6], nsn[6:]
        return {"e164": f"+1{nsn}", "intl": f"+1 {a}-{e}-{n}", "00": f"001{nsn}",
                "nat": f"({a}) {e}-{n}", "natd": nsn, "paren": f"1-{a}-{e}-{n}", "cc": f"1{nsn}"}[style]
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} " + sep.join(parts)
    if style == "00":
        return f"00{cc}{nsn}" if rng.random() < 0.5 else f"00{cc} " + " ".join(parts)
    if style == "cc":
        return f"{cc}{nsn}"
    if style == "paren" and trunk:
        return f"+{cc} ({trunk}) " + " ".join(parts)
    if style == "natd":
        return f"{trunk}{nsn}"
    return f"{trunk}{parts[0]}" + (sep if len(parts) > 1 else "") + sep.join(parts[1:])


def phone_dial(ctx):
    """As SIP users, dial strings and CDR columns carry a number: digits, maybe a +."""
    return phone(ctx, ctx.rng.choice(["e164", "natd", "cc", "e164"]))


# ---------------------------------------------------------------- Swedish ids

def pnr(ctx, samordning=False, broken=False):
    rng = ctx.rng
    lo, hi = ctx.pools.BIRTH_YEARS
    y = rng.randint(lo, hi)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    day = d.day + (60 if samordning else 0)
    payload = f"{y % 100:02d}{d.month:02d}{day:02d}{_digits(rng, 3)}"
    chk = luhn_digit(payload)
    if broken:
        chk = evallib.wrong_digit(rng, chk)
    ten = payload + chk
    cen = f"{y // 100}"
    sepc = "+" if 2026 - y >= 100 else "-"
    return weighted(rng, [(ten[:6] + sepc + ten[6:], 4), (cen + ten[:6] + "-" + ten[6:], 3),
                          (cen + ten, 2), (ten, 1)])


def orgnr(ctx, broken=False):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.ORGNR_LEADS) + str(rng.randint(2, 9)) + _digits(rng, 6)
    payload = payload[:9]
    chk = luhn_digit(payload)
    if broken:
        chk = evallib.wrong_digit(rng, chk)
    ten = payload + chk
    return weighted(rng, [(ten[:6] + "-" + ten[6:], 4), (ten, 2), ("16" + ten, 1)])


# ---------------------------------------------------------------- devices and networks

def imei(ctx, broken=False):
    rng = ctx.rng
    body = rng.choice(ctx.pools.TACS) + _digits(rng, 6)
    chk = luhn_digit(body)
    if broken:
        chk = evallib.wrong_digit(rng, chk)
    full = body + chk
    return weighted(rng, [(full, 5), (f"{full[:8]}-{full[8:14]}-{full[14]}", 1), (f"{full[:2]} {full[2:8]} {full[8:14]} {full[14]}", 1)])


def imsi(ctx):
    plmn = ctx.rng.choice(ctx.pools.PLMNS)
    return plmn + _digits(ctx.rng, 15 - len(plmn))


def ip4(ctx):
    rng = ctx.rng
    octs = weighted(rng, ctx.pools.NETS4).split(".")
    while len(octs) < 4:
        octs.append(str(rng.randint(1, 254)))
    return ".".join(octs)


def ip6(ctx):
    rng = ctx.rng
    pre = rng.choice(ctx.pools.NETS6)
    # the pools' prefixes have three groups: five more make the eight of a full address
    tail = [f"{rng.randrange(1, 65536):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.3:
        return pre + "::" + tail[-1]
    return pre + ":" + ":".join(tail)


def mac(ctx, style=None):
    rng = ctx.rng
    h = rng.choice(ctx.pools.OUIS).lower() + "".join(f"{rng.randrange(256):02x}" for _ in range(3))
    pairs = [h[i:i + 2] for i in range(0, 12, 2)]
    style = style or weighted(rng, [("colon", 5), ("COLON", 2), ("dash", 2), ("dot", 1), ("bare", 1)])
    return {"colon": ":".join(pairs), "COLON": ":".join(pairs).upper(), "dash": "-".join(pairs).upper(),
            "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h.upper()}[style]


def badge(ctx):
    rng = ctx.rng
    return rng.choice(ctx.pools.BADGE_FORMS).format(d6=_digits(rng, 6), d5=_digits(rng, 5))


# ---------------------------------------------------------------- the generator table

def generators():
    """Named generators for «...» placeholders; the pools decide the values."""
    G = {}
    for i in (0, 1):
        sfx = "" if i == 0 else "2"
        G["nm" + sfx] = (lambda i: lambda c: name(c, i))(i)
        G["full" + sfx] = (lambda i: lambda c: person(c, i)["full"])(i)
        G["given" + sfx] = (lambda i: lambda c: person(c, i)["g"])(i)
        G["sur" + sfx] = (lambda i: lambda c: person(c, i)["s"])(i)
        G["login" + sfx] = (lambda i: lambda c: login(c, i))(i)
        G["ulogin" + sfx] = (lambda i: lambda c: login(c, i, ascii_only=False))(i)
        G["mail" + sfx] = (lambda i: lambda c: email(c, i))(i)
    G["givenascii"] = lambda c: fold(person(c)["gl"]).split(" ")[0]
    G["iccid"] = lambda c: "8946" + _digits(c.rng, 15)
    G["sscc"] = lambda c: "37" + _digits(c.rng, 16)
    G["upn"] = lambda c: f"{login(c)}@{c.rng.choice(c.pools.ORG_DOMAINS)}"
    G["tel"] = phone
    G["tel2"] = phone
    G["e164"] = lambda c: phone(c, "e164")
    G["dial"] = phone_dial
    G["natd"] = lambda c: phone(c, "natd")
    G["telse"] = lambda c: phone(c, None, "SE")
    G["pnr"] = pnr
    G["snr"] = lambda c: pnr(c, samordning=True)
    G["org"] = orgnr
    G["imei"] = imei
    G["imsi"] = imsi
    G["ip"] = ip4
    G["ip2"] = ip4
    G["ip6"] = ip6
    G["mac"] = mac
    G["macc"] = lambda c: mac(c, "colon")
    G["badge"] = badge
    G["ext"] = lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXTENSIONS)))
    # look-alikes
    G["xpnr"] = lambda c: pnr(c, broken=True)
    G["xsnr"] = lambda c: pnr(c, samordning=True, broken=True)
    G["xorg"] = lambda c: orgnr(c, broken=True)
    G["ximei"] = lambda c: imei(c, broken=True)
    G["svc"] = lambda c: c.rng.choice(c.pools.SERVICE_NUMBERS)
    G["sysacct"] = lambda c: c.rng.choice(c.pools.SYSTEM_ACCOUNTS)
    G["ver"] = lambda c: c.rng.choice(c.pools.VERSIONS)
    G["oid"] = lambda c: c.rng.choice(c.pools.OIDS)
    G["tkt"] = lambda c: c.rng.choice(c.pools.TICKETS).format(n=c.rng.randint(10000, 9999999), y=c.rng.choice(c.pools.YEARS))
    G["pilot"] = lambda c: c.rng.choice(c.pools.PILOTS)
    G["placename"] = lambda c: c.rng.choice(c.pools.PLACES)
    G["epoch"] = lambda c: str(int(evallib.moment(c).timestamp()))
    G["epochms"] = lambda c: str(int(evallib.moment(c).timestamp()) * 1000 + c.rng.randint(0, 999))
    G["sha"] = lambda c: evallib.hexs(c, c.rng.choice([40, 64]))
    G["sessid"] = lambda c: evallib.hexs(c, 24)
    G["txid"] = lambda c: str(c.rng.randint(10 ** 8, 10 ** 9))
    G["num9"] = lambda c: _digits(c.rng, 9)
    G["num12"] = lambda c: str(c.rng.randint(1, 9)) + _digits(c.rng, 11)
    G["testimsi"] = lambda c: "00101" + _digits(c.rng, 10)
    G["zeromac"] = lambda c: c.rng.choice(["00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"])
    G["lo"] = lambda c: c.rng.choice(["127.0.0.1", "::1", "0.0.0.0"])
    # filler
    G["host"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["odom"] = lambda c: c.rng.choice(c.pools.ORG_DOMAINS)
    G["n2"] = lambda c: str(c.rng.randint(1, 99))
    G["n3"] = lambda c: str(c.rng.randint(1, 999))
    G["n4"] = lambda c: str(c.rng.randint(1000, 9999))
    G["n6"] = lambda c: str(c.rng.randint(100000, 999999))
    G["ms3"] = lambda c: f"{c.rng.randint(0, 999):03d}"
    G["amount"] = lambda c: f"{c.rng.randint(1, 4999)}.{c.rng.randint(0, 99):02d}"
    G["kwh"] = lambda c: str(c.rng.randint(1000, 99999))
    return G


# ---------------------------------------------------------------- rows

def _put(rec, part, esc):
    if isinstance(part, tuple):
        typ, v = part
        typ = evallib.NEG if typ == "~" else typ
        rec.label(typ, esc(v))
    else:
        rec.text(esc(part))


def csv_row(rec, cells):
    """One CSV row. A cell is text (quoted), ("#", text) unquoted, (TYPE, value) a labelled
    quoted value ("~" a look-alike), or a list of such parts inside one quoted cell."""
    q = evallib.esc_csv
    for k, cell in enumerate(cells):
        if k:
            rec.text(",")
        if isinstance(cell, tuple) and cell[0] == "#":
            rec.text(cell[1])
            continue
        rec.text('"')
        for part in (cell if isinstance(cell, list) else [cell]):
            _put(rec, part, q)
        rec.text('"')


CUCM_TEXT = ("Number", "LoginUserID", "Dn", "pkid", "Partition", "DeviceName", "comment", "authCode",
             "clientMatter", "authorizationCodeValue", "v4v6", "CallRef", "huntPilot", "ICID", "IOI",
             "_uri", "Pattern", "ClusterID")


def ip_int(ip):
    return str(int.from_bytes(bytes(int(x) for x in ip.split(".")), "little", signed=True))


def cucm_row(ctx, rec, cols, values):
    """A CUCM CDR row over the pack's columns: text columns quoted, the others bare
    numbers. `values` maps a column to text or to a cell as in csv_row."""
    for k, col in enumerate(cols):
        if k:
            rec.text(",")
        v = values.get(col)
        text = any(t in col for t in CUCM_TEXT)
        if v is None:
            v = "" if text else "0"
        if text:
            rec.text('"')
        for part in (v if isinstance(v, list) else [v]):
            _put(rec, part, evallib.esc_csv)
        if text:
            rec.text('"')


def cucm_base(ctx, dur=None):
    """The columns every CUCM row has: ids, times, nodes, codecs."""
    rng = ctx.rng
    t0 = int(evallib.moment(ctx).timestamp())
    d = rng.randint(0, 900) if dur is None else dur
    conn = t0 + rng.randint(2, 25) if d else 0
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(rng.randint(1, 4)),
            "globalCallID_callId": str(rng.randint(100000, 9999999)), "origLegCallIdentifier": str(rng.randint(10 ** 7, 10 ** 9)),
            "destLegIdentifier": str(rng.randint(10 ** 7, 10 ** 9)), "dateTimeOrigination": str(t0),
            "dateTimeConnect": str(conn), "dateTimeDisconnect": str((conn or t0) + d + 1), "duration": str(d),
            "origNodeId": str(rng.randint(1, 4)), "destNodeId": str(rng.randint(1, 4)),
            "origCause_value": "0" if d else "16", "destCause_value": "16",
            "origMediaCap_payloadCapability": "4", "destMediaCap_payloadCapability": "4",
            "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
            "pkid": evallib.uuid4(ctx), "globalCallId_ClusterID": "StandAloneCluster",
            "origMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
            "destMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
            "origDTMFMethod": "3", "destDTMFMethod": "3", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64",
            "origCallTerminationOnBehalfOf": "0", "destCallTerminationOnBehalfOf": str(rng.choice([0, 12, 16]))}


def shape(ctx, rec, shapes):
    """Renders one of a template's shapes, chosen per record."""
    evallib.render(ctx.rng.choice(shapes), ctx, rec)
