"""Value generators and record helpers of the twelfth pair (wild9, sealed9).

Written without reading the earlier pairs' templates, pools or libs. People,
logins, e-mail addresses, phones, personnummer, samordningsnummer, orgnr and
IMEIs are spelt by this file's own generators (see "own spellings" below:
from evallib only the renderer, Record, the Luhn rule and `fold`); addresses,
MACs and IMSIs come from evallib's generators over this pair's pools. The
pools (wild9/pools.py, sealed9/pools.py) decide the values; this file decides
how they are written.
"""
import datetime
import random
import string

import evallib
from evallib import NEG, Record, render, weighted, digits, luhn_digit, wrong_digit

# ---------------------------------------------------------------- record helpers


def shapes(*tpls, weights=None):
    """A template callable that picks one of several shapes of a product."""
    def tpl(ctx, rec, cols):
        t = weighted(ctx.rng, list(zip(tpls, weights))) if weights else ctx.rng.choice(tpls)
        render(tie(t), ctx, rec)
    tpl.shapes = tpls
    return tpl


def cucm_row(ctx, rec, cols, values, n_cols=None):
    """One CUCM CDR row: `values` maps a column name to a placeholder spec
    (evallib's syntax, so labels work); other columns get the neutral value
    for their kind. String columns are quoted as CDR Repository Manager writes
    them. The row is rendered as one template, so tied values recur."""
    n = n_cols or len(cols)
    out = []
    for col in cols[:n]:
        quoted = ("Number" in col or "Name" in col or "uri" in col or "Partition" in col or col in (
            "pkid", "comment", "authCodeDescription", "clientMatterCode", "huntPilotDN",
            "lastRedirectDn", "IncomingProtocolCallRef", "OutgoingProtocolCallRef",
            "callingPartyUnicodeLoginUserID", "finalCalledPartyUnicodeLoginUserID", "origIpv4v6Addr",
            "destIpv4v6Addr", "originalCalledPartyPattern", "finalCalledPartyPattern",
            "lastRedirectingPartyPattern", "huntPilotPattern", "authorizationCodeValue",
            "globalCallId_ClusterID"))
        spec = values.get(col)
        if spec is None:
            spec = "" if quoted else "0"
        out.append(f'"{spec}"' if quoted else spec)
    render(tie(",".join(out)), ctx, rec)


# ---------------------------------------------------------------- values


def imeisv(ctx):
    """IMEISV: TAC + serial + two-digit software version (no check digit)."""
    rng = ctx.rng
    return rng.choice(ctx.pools.IMEI_TACS) + digits(rng, 6) + f"{rng.randint(1, 99):02d}"


def badge(ctx):
    """Badges in the forms the pools name (prefix letters, digit count)."""
    rng = ctx.rng
    prefix, n = rng.choice(ctx.pools.BADGE_FORMS)
    return prefix + digits(rng, n)


def broken_luhn(ctx, n):
    """A digit string of length n whose last digit breaks Luhn (card-like decoys)."""
    rng = ctx.rng
    payload = str(rng.randint(1, 9)) + digits(rng, n - 2)
    return payload + wrong_digit(rng, luhn_digit(payload))


def account(ctx, i=0):
    """A login in one of the pool's conventions (directory, badge-like, initials)."""
    rng = ctx.rng
    base = login12(ctx, i)
    form = weighted(rng, ctx.pools.ACCOUNT_WRAPS)
    dom = rng.choice(ctx.pools.NETBIOS)
    realm = rng.choice(ctx.pools.REALMS)
    return {"plain": base, "dom": f"{dom}\\{base}", "realm": f"{base}@{realm}",
            "upper": base.upper()}[form]


def note(ctx, lang=None):
    """A free-text sentence in one of the pool's languages, with a name and a
    phone (labelled by the template through the memo keys it sets)."""
    rng = ctx.rng
    lang = lang or rng.choice(sorted(ctx.pools.NOTES))
    return rng.choice(ctx.pools.NOTES[lang])


def add_generators(G):
    add = G.__setitem__
    add("imeisv", imeisv)
    add("badge", badge)
    add("badge2", badge)
    add("acct", lambda c: account(c, 0))
    add("acct2", lambda c: account(c, 1))
    add("badcard", lambda c: broken_luhn(c, 16))
    add("svcint", lambda c: c.rng.choice(c.pools.SERVICE_NUMBERS_INTL))
    add("hunt", lambda c: str(c.rng.choice(c.pools.HUNT_PILOTS)))
    add("queuenum", lambda c: str(c.rng.choice(c.pools.QUEUE_NUMBERS)))
    add("feature", lambda c: c.rng.choice(c.pools.FEATURE_CODES))
    add("product", lambda c: c.rng.choice(c.pools.PRODUCTS))
    add("sysacct", lambda c: c.rng.choice(c.pools.SYSTEM_USERS))
    add("rolemail", lambda c: c.rng.choice(c.pools.ROLE_MAILBOXES))
    add("orderno", lambda c: c.rng.choice(c.pools.ORDER_FORMATS).format(n=c.rng.randint(100000, 99999999)))
    add("parcel", lambda c: c.rng.choice(c.pools.PARCEL_FORMATS).format(
        n=digits(c.rng, 9), m=digits(c.rng, 12), a="".join(c.rng.choice(string.ascii_uppercase) for _ in range(2))))
    add("build", lambda c: c.rng.choice(c.pools.BUILDS))
    add("plmn", lambda c: c.rng.choice(c.pools.IMSI_PLMNS))
    add("smsbody", lambda c: c.rng.choice(c.pools.SMS_BODIES))
    add("otp", lambda c: digits(c.rng, 6))
    add("tmsi", lambda c: "0x" + "".join(c.rng.choice("0123456789abcdef") for _ in range(8)))
    add("cellid", lambda c: str(c.rng.randint(1000, 65000)))
    add("apn", lambda c: c.rng.choice(c.pools.APNS))
    add("door", lambda c: c.rng.choice(c.pools.DOORS))
    add("ward", lambda c: c.rng.choice(c.pools.WARDS))
    add("street", lambda c: c.rng.choice(c.pools.STREETS))
    add("cuckey", lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(8)) + "-" + digits(c.rng, 4))
    add("epochs", lambda c: str(int(evallib.moment(c).timestamp())))
    add("msgid", lambda c: f"<{evallib.hexs(c, 12)}.{digits(c.rng, 5)}@{c.rng.choice(c.pools.HOSTS)}.{c.rng.choice(c.pools.INTERNAL_DOMAINS)}>")
    add("sipcallid", lambda c: f"{evallib.hexs(c, 16)}@{evallib.ipv4(c)}")
    add("dn", lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXTENSIONS))))
    add("dn2", lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXTENSIONS))))
    add("sepmac", lambda c: "SEP" + evallib.mac(c, "BARE"))
    add("cucmts", lambda c: str(int(evallib.moment(c).timestamp())))
    add("cucmts2", lambda c: str(int(evallib.moment(c).timestamp()) + c.rng.randint(2, 30)))
    add("cucmts3", lambda c: str(int(evallib.moment(c).timestamp()) + c.rng.randint(60, 900)))
    add("callid", lambda c: str(c.rng.randint(100000, 9999999)))
    add("legid", lambda c: str(c.rng.randint(10000000, 99999999)))
    add("cdrts", lambda c: f"{evallib.moment(c):%Y-%m-%d %H:%M:%S}")
    add("cdrts2", lambda c: f"{evallib.later(c, c.rng.randint(3, 25)):%Y-%m-%d %H:%M:%S}")
    add("cdrts3", lambda c: f"{evallib.later(c, c.rng.randint(60, 1500)):%Y-%m-%d %H:%M:%S}")
    add("uniq", lambda c: f"{int(evallib.moment(c).timestamp())}.{c.rng.randint(1, 9999)}")
    add("bill", lambda c: str(c.rng.randint(0, int(c.memo.get("du", "0")))))
    add("lang", lambda c: c.rng.choice(sorted(c.pools.NOTES)))
    return own_generators(add_generators2(G))


def render_note(ctx, rec, lang=None):
    """A free-text note in one of the pool's languages (pools hold them as
    templates, so the names and numbers in them are labelled)."""
    lang = lang or ctx.rng.choice(sorted(ctx.pools.NOTES))
    render(ctx.rng.choice(ctx.pools.NOTES[lang]), ctx, rec)


def with_note(prefix, suffix=""):
    """A template: `prefix` rendered, then a free-text note, then `suffix`."""
    def tpl(ctx, rec, cols):
        render(prefix, ctx, rec)
        render_note(ctx, rec)
        render(suffix, ctx, rec)
    return tpl


def pick(*fns):
    """A template that picks one of several template callables."""
    def tpl(ctx, rec, cols):
        ctx.rng.choice(fns)(ctx, rec, cols)
    return tpl


COMMON = dict(
    P_USER_DIACRITICS=0.12, P_EMAIL_UNICODE=0.10,
    USER_FORMS=[("g.s", 5), ("gs", 2), ("g1s", 3), ("g_s", 1), ("s3g3", 1), ("g.sN", 2), ("gN", 1),
                ("g1.s", 1), ("s.g", 1), ("g3s3N", 1), ("emp", 1), ("g-s", 1)],
    ACCOUNT_WRAPS=[("plain", 6), ("dom", 2), ("realm", 2), ("upper", 1)],
    PHONE_STYLES=[("e164", 4), ("e164-spaced", 3), ("00", 2), ("00-spaced", 1), ("national", 5),
                  ("national-digits", 2), ("cc-digits", 1), ("paren0", 1)],
    PHONE_SEPARATORS=[(" ", 6), ("-", 2), ("", 2), (".", 1), ("\u00a0", 1)],
    PNR_STYLES=[("10-dash", 4), ("10", 2), ("12-dash", 3), ("12", 3), ("12-space", 1)],
    ORGNR_STYLES=[("dash", 5), ("plain", 2), ("16", 1)],
    IMEI_STYLES=[("plain", 6), ("dashed", 1), ("spaced", 1), ("tac-snr", 1)],
    IPV6_STYLES=[("compressed", 6), ("full", 1), ("upper", 1), ("mapped", 1), ("link-local", 1), ("nat64", 1)],
    MAC_STYLES=[("colon", 4), ("COLON", 2), ("dash", 2), ("dash-lower", 1), ("cisco", 1), ("bare", 1), ("BARE", 1)],
    SSH_ALGS=["curve25519-sha256", "ssh-ed25519", "rsa-sha2-512", "chacha20-poly1305@openssh.com"],
    SPN_SERVICES=["krbtgt/{realm}", "HTTP/{host}", "ldap/{host}", "cifs/{host}"],
)


def fill(ns):
    """Defaults every pool module shares (spelling weights, not values)."""
    for k, v in COMMON.items():
        ns.setdefault(k, v)


TIED = ("dn", "dn2", "phoneuri", "e164", "email", "email2", "lcuser", "lcuser2", "imsi", "mobilese", "phonese", "phoneintl", "acct",
        "mobsedial", "phsedial", "intldial")
_SPEC = evallib.PLACEHOLDER


def tie(t, names=TIED):
    """Within one shape, a labelled value drawn from one of `names` is the same
    value every time it recurs (a CDR's src, clid and channel carry one number)."""
    seen = set()

    def sub(m):
        spec, bar, mods = m.group(1).partition("|")
        if ":" not in spec or spec.startswith("~") or "@" in spec:
            return m.group(0)
        typ, gen = spec.split(":", 1)
        if gen not in names:
            return m.group(0)
        if gen in seen:
            return f"«{typ}:@_{gen}{bar}{mods}»"
        seen.add(gen)
        return f"«{typ}:{gen}@_{gen}{bar}{mods}»"
    return _SPEC.sub(sub, t)


def add_generators2(G):
    G["svcdial"] = lambda c: evallib.dial_digits(c.rng.choice(c.pools.SERVICE_NUMBERS_INTL))
    return G


# ---------------------------------------------------------------- own spellings
# The twelfth pair's own spellings of people, logins, phones and Swedish and
# device numbers (evallib's Luhn rule and `fold` only); they replace the base
# generators of the same names in both halves.

NBSP = "\u00a0"


def _pick(rng, entries):
    native, _, latin = rng.choice(entries).partition("|")
    return native, latin or native


def person12(ctx, i=0):
    key = ("p12", i)
    if key in ctx.memo:
        return ctx.memo[key]
    rng = ctx.rng
    culture = weighted(rng, ctx.pools.CULTURE_WEIGHTS)
    c = ctx.pools.NAMES[culture]
    g, gl = _pick(rng, c["given"])
    if rng.random() < c.get("double_given", 0.0):
        g2, gl2 = _pick(rng, c["given"])
        if g2 != g:
            g, gl = f"{g}-{g2}" if rng.random() < 0.4 else f"{g} {g2}", f"{gl}-{gl2}"
    s, sl = _pick(rng, c["surname"])
    p = {"given": g, "surname": s, "given_l": gl, "surname_l": sl, "culture": culture,
         "native": g != gl or s != sl, "sfirst": c.get("order") == "surname-first"}
    p["full"] = f"{s}{'' if culture == 'japanese' else ' '}{g}" if p["sfirst"] else f"{g} {s}"
    ctx.memo[key] = p
    return p


def name12(ctx, i=0):
    """A name as systems print it: full, `Surname, Given`, `SURNAME Given`,
    an initial, upper case, folded to ASCII, or the Latin spelling of a name in
    another script."""
    rng = ctx.rng
    p = person12(ctx, i)
    if p["native"] or p["sfirst"]:
        return p["full"] if rng.random() < 0.75 else f"{p['given_l']} {p['surname_l']}"
    g, s = p["given"], p["surname"]
    return weighted(rng, [(p["full"], 10), (f"{s}, {g}", 2), (f"{s.upper()} {g}", 1), (f"{g[0]}. {s}", 1),
                          (p["full"].upper(), 1), (evallib.fold(p["full"]), 1), (f"{s} {g}", 1)])


def login12(ctx, i=0, ascii_only=False):
    """A login as directories provision it, from the Latin spelling."""
    rng = ctx.rng
    p = person12(ctx, i)
    g = p["given_l"].split()[0].split("-")[0]
    s = p["surname_l"].split()[-1]
    if ascii_only or rng.random() > ctx.pools.P_USER_DIACRITICS:
        g, s = evallib.fold(g), evallib.fold(s)
    g, s = g.lower().replace("'", ""), s.lower().replace("'", "")
    n = rng.randint(1, 99)
    return weighted(rng, [(f"{g}.{s}", 6), (f"{g[0]}{s}", 3), (f"{g}{s}", 2), (f"{s}{g[0]}", 1),
                          (f"{g}_{s}", 1), (f"{g}.{s}{n}", 2), (f"{s[:4]}{g[:2]}", 1), (f"{g}{n}", 1),
                          (f"{g[0]}{s[0]}{rng.randint(100, 9999)}", 1), (f"{g}-{s}", 1)])


def email12(ctx, i=0):
    rng = ctx.rng
    local = login12(ctx, i, ascii_only=rng.random() > ctx.pools.P_EMAIL_UNICODE)
    if rng.random() < 0.05:
        local += "+" + rng.choice(["orders", "news", "work"])
    return f"{local}@{weighted(rng, ctx.pools.EMAIL_DOMAINS)}"


def _number(ctx, country=None, kind=None):
    rng = ctx.rng
    cc_key = country or weighted(rng, ctx.pools.PHONE_COUNTRY_WEIGHTS)
    spec = ctx.pools.PHONE_COUNTRIES[cc_key]
    ranges = [r for r in spec["ranges"] if not kind or r[2] == kind] or spec["ranges"]
    prefix, length, _k, groups = rng.choice(ranges)
    if spec["cc"] == "1":
        nsn = prefix + str(rng.randint(2, 9)) + digits(rng, length - len(prefix) - 1)
    else:
        nsn = prefix + digits(rng, length - len(prefix))
    return cc_key, spec, nsn, groups


def _groups(nsn, sizes):
    out, i = [], 0
    for k in sizes:
        if i < len(nsn):
            out.append(nsn[i:i + k])
        i += k
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def spell12(ctx, cc_key, spec, nsn, sizes, style=None):
    """One spelling of a number: international (`+cc`, `00cc`, bare cc),
    national with the country's trunk prefix, grouped by the country's habit."""
    rng = ctx.rng
    cc, trunk = spec["cc"], spec["trunk"]
    style = style or weighted(rng, ctx.pools.PHONE_STYLES)
    sep = weighted(rng, ctx.pools.PHONE_SEPARATORS)
    parts = _groups(nsn, sizes)
    if cc == "1":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return {"e164": f"+1{nsn}", "e164-spaced": f"+1 {a} {b} {c}", "00": f"001{nsn}",
                "00-spaced": f"+1-{a}-{b}-{c}", "cc-digits": f"1{nsn}", "national-digits": nsn,
                "paren0": f"({a}) {b}-{c}"}.get(style, rng.choice([f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}) {b}-{c}"]))
    if cc_key == "KR" and style == "national":
        return f"0{parts[0]}-{'-'.join(parts[1:])}"
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
    if style == "paren0":
        return (f"+{cc} ({trunk}){sep.join(parts)}" if trunk else f"+{cc} " + sep.join(parts))
    if style == "national-digits":
        return f"{trunk}{nsn}"
    if cc_key == "SE" and len(parts) > 1:  # area code, dash, subscriber groups
        return f"0{parts[0]}{rng.choice(['-', '-', ' ', chr(0x2013)])}" + rng.choice([" ", "", NBSP]).join(parts[1:])
    return trunk + sep.join(parts) if sep else trunk + "".join(parts)


def phone12(ctx, country=None, kind=None, style=None):
    return spell12(ctx, *_number(ctx, country, kind), style=style)


def idnum12(ctx, samordning=False, broken=False, style=None):
    rng = ctx.rng
    lo, hi = ctx.pools.BIRTH_YEARS
    y = rng.randint(lo, hi)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    day = d.day + (60 if samordning else 0)
    payload = f"{y % 100:02d}{d.month:02d}{day:02d}{rng.randint(0, 999):03d}"
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    ten = payload + check
    style = style or weighted(rng, ctx.pools.PNR_STYLES)
    cent = str(y // 100)
    if style in ("10-dash", "10") and 2027 - y >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"10-dash": f"{ten[:6]}-{ten[6:]}", "10": ten, "12-dash": f"{cent}{ten[:6]}-{ten[6:]}",
            "12": cent + ten, "12-space": f"{cent}{ten[:6]} {ten[6:]}"}[style]


def orgnr12(ctx, broken=False):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.ORGNR_GROUPS) + str(rng.randint(2, 9)) + digits(rng, 6)
    payload = payload[:9]
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    ten = payload + check
    return weighted(rng, [(f"{ten[:6]}-{ten[6:]}", 5), (ten, 2), ("16" + ten, 1)])


def imei12(ctx, broken=False, plain=False):
    rng = ctx.rng
    payload = rng.choice(ctx.pools.IMEI_TACS) + digits(rng, 6)
    check = luhn_digit(payload)
    if broken:
        check = wrong_digit(rng, check)
    full = payload + check
    if plain:
        return full
    return weighted(rng, [(full, 6), (f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}", 1),
                          (f"{full[:8]} {full[8:14]} {full[14]}", 1), (f"{full[:14]}/{full[14]}", 1)])


def own_generators(G):
    G.update({
        "name": lambda c: name12(c, 0), "name2": lambda c: name12(c, 1),
        "disp": lambda c: name12(c, 0), "disp2": lambda c: name12(c, 1),
        "fullname": lambda c: person12(c, 0)["full"], "fullname2": lambda c: person12(c, 1)["full"],
        "given": lambda c: person12(c, 0)["given"], "surname": lambda c: person12(c, 0)["surname"],
        "user": lambda c: login12(c, 0), "user2": lambda c: login12(c, 1),
        "lcuser": lambda c: login12(c, 0, True), "lcuser2": lambda c: login12(c, 1, True),
        "email": lambda c: email12(c, 0), "email2": lambda c: email12(c, 1),
        "phone": lambda c: phone12(c), "phone2": lambda c: phone12(c),
        "e164": lambda c: phone12(c, style="e164"),
        "phoneintl": lambda c: phone12(c, style=c.rng.choice(["e164", "e164-spaced", "00-spaced", "00"])),
        "phonelocal": lambda c: phone12(c, style=c.rng.choice(["national", "national-digits"])),
        "phonese": lambda c: phone12(c, "SE"), "mobilese": lambda c: phone12(c, "SE", "mobile"),
        "phoneuri": lambda c: phone12(c, style=weighted(c.rng, [("e164", 4), ("national-digits", 4), ("00", 2)])),
        "mobsedial": lambda c: phone12(c, "SE", "mobile", weighted(c.rng, [("e164", 3), ("national-digits", 4), ("00", 1)])),
        "phsedial": lambda c: phone12(c, "SE", None, weighted(c.rng, [("e164", 3), ("national-digits", 4), ("00", 1)])),
        "intldial": lambda c: phone12(c, None, None, weighted(c.rng, [("e164", 3), ("national-digits", 2), ("00", 3)])),
        "msisdn": lambda c: phone12(c, kind="mobile", style="cc-digits"),
        "pnr": lambda c: idnum12(c), "pnr12": lambda c: idnum12(c, style=c.rng.choice(["12", "12-dash"])),
        "snr": lambda c: idnum12(c, samordning=True), "badpnr": lambda c: idnum12(c, broken=True),
        "badsnr": lambda c: idnum12(c, samordning=True, broken=True),
        "orgnr": lambda c: orgnr12(c), "badorgnr": lambda c: orgnr12(c, broken=True),
        "imei": lambda c: imei12(c), "imeiplain": lambda c: imei12(c, plain=True),
        "badimei": lambda c: imei12(c, broken=True, plain=True),
    })
    return G
