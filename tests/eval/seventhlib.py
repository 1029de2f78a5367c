"""Value generators of the seventh pair (wild4 and sealed4).

Nothing here draws from evallib's or sixthlib's person, name, account, phone or
number generators: the seventh pair has its own, and each split's `pools.py`
its own cultures, account conventions, countries and national formats, Swedish
ranges, extensions, networks, OUIs, TACs, PLMNs, domains and badge formats.
From evallib it uses only the renderer, Record, the Luhn rule, the escaping
rules and the clock (timestamps are filler).

Templates use these generators through evallib's «» syntax (see evallib's
docstring); a person's values are stable within a record: «n» and «u» speak of
person 0, «n1» and «u1» of person 1, and so on.
"""
import datetime
import random
import string
import urllib.parse

import evallib
from evallib import NEG, luhn_digit, render

# ------------------------------------------------------------------ helpers


def pick_w(rng, pairs):
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def dig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hx(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


# Transliteration as account provisioning does it, per culture: German and
# Scandinavian systems often write umlauts as two letters, others drop marks.
TWO_LETTER = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
              "å": "aa", "Å": "Aa", "ø": "oe", "Ø": "Oe", "æ": "ae", "Æ": "Ae"}
ONE_LETTER = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ł": "l", "Ł": "L", "ı": "i",
              "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ŋ": "n", "Ŋ": "N", "ħ": "h", "ş": "s",
              "ğ": "g", "ç": "c", "ñ": "n", "č": "c", "š": "s", "ž": "z", "ř": "r", "ě": "e",
              "ů": "u", "ą": "a", "ę": "e", "ś": "s", "ź": "z", "ż": "z", "ń": "n", "ó": "o",
              "ć": "c", "ț": "t", "ș": "s", "ă": "a", "â": "a", "î": "i", "ő": "o", "ű": "u",
              "ā": "a", "ē": "e", "ī": "i", "ū": "u", "ķ": "k", "ļ": "l", "ņ": "n", "ģ": "g",
              "õ": "o", "á": "a", "é": "e", "í": "i", "ú": "u", "ý": "y", "à": "a", "è": "e",
              "ì": "i", "ò": "o", "ù": "u", "ê": "e", "ô": "o", "û": "u", "ë": "e", "ï": "i",
              "ä": "a", "ö": "o", "ü": "u", "å": "a", "ơ": "o", "ư": "u", "ạ": "a", "ả": "a",
              "ấ": "a", "ầ": "a", "ậ": "a", "ắ": "a", "ặ": "a", "ế": "e", "ệ": "e", "ể": "e",
              "ị": "i", "ọ": "o", "ố": "o", "ồ": "o", "ộ": "o", "ớ": "o", "ờ": "o", "ợ": "o",
              "ụ": "u", "ứ": "u", "ừ": "u", "ự": "u", "ỳ": "y", "ỹ": "y", "ễ": "e", "ỗ": "o",
              "ẩ": "a", "ẫ": "a", "ở": "o", "ử": "u", "ữ": "u", "ỏ": "o", "ẻ": "e", "ỉ": "i",
              "ũ": "u", "ĩ": "i", "ǎ": "a", "ǐ": "i", "ǒ": "o", "ǔ": "u", "ǚ": "u", "ü": "u",
              "'": "", "’": ""}


def translit(s, two=False):
    out = []
    for ch in s:
        low = ch.lower()
        if two and ch in TWO_LETTER:
            out.append(TWO_LETTER[ch])
        elif low in ONE_LETTER:
            r = ONE_LETTER[low]
            out.append(r.upper() if ch != low and r else r)
        else:
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ people

def person(ctx, i=0):
    key = ("7p", i)
    if key not in ctx.memo:
        ctx.memo[key] = make_person(ctx)
    return ctx.memo[key]


def make_person(ctx):
    rng, P = ctx.rng, ctx.pools
    culture = pick_w(rng, {k: v["w"] for k, v in P.CULTURES.items()})
    c = P.CULTURES[culture]

    def one(lst):
        native, _, latin = rng.choice(lst).partition("|")
        return native, latin or native

    given, given_l = one(c["given"])
    if rng.random() < c.get("p_two_given", 0.0):
        g2, g2l = one(c["given"])
        if g2 != given:
            j = c.get("given_joiner", " ")
            given, given_l = f"{given}{j}{g2}", f"{given_l}{j}{g2l}"
    surname, surname_l = one(c["surname"])
    if rng.random() < c.get("p_two_surnames", 0.0):
        s2, s2l = one(c["surname"])
        if s2 != surname:
            j = c.get("surname_joiner", " ")
            surname, surname_l = f"{surname}{j}{s2}", f"{surname_l}{j}{s2l}"
    order = c.get("order", "gs")
    if order == "sg":
        full = f"{surname} {given}" if c.get("spaced", True) else f"{surname}{given}"
        full_l = f"{given_l} {surname_l}"
    else:
        full = f"{given} {surname}"
        full_l = f"{given_l} {surname_l}"
    return {"given": given, "surname": surname, "full": full, "given_l": given_l,
            "surname_l": surname_l, "full_l": full_l, "culture": culture, "order": order,
            "latin": given == given_l and surname == surname_l,
            "two": c.get("two_letter", False)}


def spell_name(ctx, p):
    """The person's name as one system prints it."""
    rng = ctx.rng
    g, s = p["given"], p["surname"]
    if not p["latin"]:
        return p["full"] if rng.random() < 0.7 else p["full_l"]
    if p["order"] == "sg":
        return p["full"]
    form = pick_w(rng, ctx.pools.NAME_FORMS)
    first_g = g.split(" ")[0]
    return {
        "full": p["full"],
        "last-first": f"{s}, {g}",
        "LAST-first": f"{s.upper()}, {g}",
        "first-LAST": f"{g} {s.upper()}",
        "initial": f"{first_g[0]}. {s}",
        "ascii": translit(p["full"]),
        "first-only": first_g,
        "last-first-nocomma": f"{s} {g}",
    }[form]


def account(ctx, p, conv=None, keep_marks=None):
    """A login derived from a person under one of the pool's conventions."""
    rng, P = ctx.rng, ctx.pools
    conv = conv or pick_w(rng, P.USER_CONVENTIONS)
    if keep_marks is None:
        keep_marks = rng.random() < P.P_ACCOUNT_MARKS
    g = p["given_l"].split(" ")[0].split("-")[0]
    s_full = p["surname_l"].replace(" ", "").replace("-", "")
    s_last = p["surname_l"].replace("-", " ").split(" ")[-1]
    s = s_last if rng.random() < 0.6 else s_full
    if not keep_marks:
        g, s = translit(g, p["two"]), translit(s, p["two"])
    g, s = g.lower(), s.lower().replace("'", "")
    m = rng.choice("abcdefghijklmnoprstuvy")
    n2 = f"{rng.randint(1, 99):02d}"
    return {
        "first.last": f"{g}.{s}",
        "f.last": f"{g[0]}.{s}",
        "flast": f"{g[0]}{s}",
        "firstl": f"{g}{s[0]}",
        "last.first": f"{s}.{g}",
        "last5f2": f"{s[:5]}{g[:2]}",
        "first_last": f"{g}_{s}",
        "first-last": f"{g}-{s}",
        "fl4": f"{g[0]}{s[0]}{dig(rng, 4)}",
        "l3f3nn": f"{s[:3]}{g[:3]}{n2}",
        "firstlast": f"{g}{s}",
        "first.m.last": f"{g}.{m}.{s}",
        "first.last.ext": f"{g}.{s}.ext",
        "adm-flast": f"adm-{g[0]}{s}",
        "FLAST": f"{g[0]}{s}".upper(),
        "f3l3": f"{g[:3]}{s[:3]}",
        "lastfirst1": f"{s}{g[0]}{rng.randint(1, 9)}",
        "first.lastN": f"{g}.{s}{rng.randint(2, 9)}",
    }[conv]


def user_of(ctx, i=0):
    key = ("7u", i)
    if key not in ctx.memo:
        ctx.memo[key] = account(ctx, person(ctx, i))
    return ctx.memo[key]


def mail_of(ctx, i=0, work=None):
    key = ("7m", i)
    if key not in ctx.memo:
        rng, P = ctx.rng, ctx.pools
        p = person(ctx, i)
        if work is None:
            work = rng.random() < 0.6
        if work:
            local = account(ctx, p, rng.choice(["first.last", "f.last", "first.last", "flast", "first.m.last"]),
                            keep_marks=rng.random() < P.P_MAIL_MARKS)
            dom = rng.choice(P.WORK_DOMAINS)
        else:
            local = account(ctx, p, rng.choice(["firstlast", "first.last", "first_last", "first.lastN", "l3f3nn"]),
                            keep_marks=rng.random() < P.P_MAIL_MARKS)
            if rng.random() < 0.3:
                local += str(rng.randint(70, 2009))
            dom = pick_w(rng, P.MAIL_DOMAINS)
        ctx.memo[key] = f"{local}@{dom}"
    return ctx.memo[key]


# ------------------------------------------------------------------ phones

def phone_parts(ctx, cc=None, kind=None):
    """(country spec, national significant number)."""
    rng, P = ctx.rng, ctx.pools
    cc = cc or pick_w(rng, P.PHONE_WEIGHTS)
    spec = P.COUNTRIES[cc]
    ranges = [r for r in spec["ranges"] if kind is None or r[2] == kind] or spec["ranges"]
    prefix, length, _k, grp = rng.choice(ranges)
    nsn = prefix + dig(rng, length - len(prefix))
    if spec["cc"] == "1":
        nsn = nsn[:3] + str(rng.randint(2, 9)) + nsn[4:]
    return spec, nsn, grp


def grouped(nsn, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(nsn):
            break
        out.append(nsn[i:i + k])
        i += k
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def spell_phone(ctx, spec, nsn, grp, style=None):
    rng, P = ctx.rng, ctx.pools
    style = style or pick_w(rng, P.PHONE_STYLES)
    cc, trunk = spec["cc"], spec["trunk"]
    parts = grouped(nsn, grp)
    sep = rng.choice(spec.get("seps", [" "]))
    if cc == "1":
        a, e, n = nsn[:3], nsn[3:6], nsn[6:]
        return {"intl": f"+1 {a}-{e}-{n}", "e164": f"+1{nsn}", "00": f"+1 ({a}) {e}-{n}",
                "digits": f"1{nsn}", "national": f"({a}) {e}-{n}", "national-plain": f"{a}{e}{n}",
                "intl-0": f"+1.{a}.{e}.{n}"}[style]
    if style == "intl":
        return f"+{cc} " + sep.join(parts)
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "00":
        return f"00{cc}{nsn}" if rng.random() < 0.6 else f"00{cc} " + sep.join(parts)
    if style == "digits":
        return f"{cc}{nsn}"
    if style == "intl-0":
        if trunk:
            return f"+{cc} ({trunk}){parts[0]} " + sep.join(parts[1:])
        return f"+{cc}-" + "-".join(parts)
    if style == "national-plain":
        return f"{trunk}{nsn}"
    # national, as people of that country write it
    fmt = spec.get("national")
    if fmt:
        return fmt(rng, trunk, nsn, parts)
    return f"{trunk}{parts[0]}" + (sep if len(parts) > 1 else "") + sep.join(parts[1:])


def phone(ctx, cc=None, kind=None, style=None):
    return spell_phone(ctx, *phone_parts(ctx, cc, kind), style)


def phone_dial(ctx, cc=None):
    """A number as a dial string or SIP URI carries it: digits, maybe + or 00."""
    spec, nsn, grp = phone_parts(ctx, cc)
    return spell_phone(ctx, spec, nsn, grp, pick_w(ctx.rng, [("e164", 4), ("national-plain", 4),
                                                             ("digits", 2), ("00", 1)])).replace(" ", "")


def ext(ctx):
    lo, hi = ctx.rng.choice(ctx.pools.EXTENSIONS)
    return str(ctx.rng.randint(lo, hi))


# ------------------------------------------------------------------ Swedish ids

def pnr(ctx, samordning=False, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    lo, hi = P.BIRTH_YEARS
    y = rng.randint(lo, hi)
    d = datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    day = d.day + (60 if samordning else 0)
    body = f"{y % 100:02d}{d.month:02d}{day:02d}{dig(rng, 3)}"
    ck = luhn_digit(body)
    if broken:
        ck = str((int(ck) + rng.randint(1, 9)) % 10)
    ten = body + ck
    style = style or pick_w(rng, P.PNR_STYLES)
    cent = f"{y // 100}"
    if style in ("10", "10-") and 2026 - y >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"10": ten, "10-": f"{ten[:6]}-{ten[6:]}", "12": cent + ten,
            "12-": f"{cent}{ten[:6]}-{ten[6:]}", "12 ": f"{cent}{ten[:6]} {ten[6:]}"}[style]


def orgnr(ctx, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    head = rng.choice(P.ORGNR_HEADS)
    body = head + str(rng.randint(2, 9)) + dig(rng, 9 - len(head) - 1)
    ck = luhn_digit(body)
    if broken:
        ck = str((int(ck) + rng.randint(1, 9)) % 10)
    ten = body + ck
    style = style or pick_w(rng, P.ORGNR_STYLES)
    return {"dash": f"{ten[:6]}-{ten[6:]}", "plain": ten, "16": f"16{ten}"}[style]


# ------------------------------------------------------------------ devices

def imei(ctx, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    body = rng.choice(P.TACS) + dig(rng, 6)
    ck = luhn_digit(body)
    if broken:
        ck = str((int(ck) + rng.randint(1, 9)) % 10)
    full = body + ck
    style = style or pick_w(rng, P.IMEI_STYLES)
    return {"plain": full, "dash": f"{full[:2]}-{full[2:8]}-{full[8:14]}-{full[14]}",
            "tac": f"{full[:8]} {full[8:14]} {full[14]}", "urn": f"urn:gsma:imei:{full[:8]}-{full[8:14]}-{full[14]}"}[style]


def imsi(ctx):
    rng = ctx.rng
    plmn = rng.choice(ctx.pools.PLMNS)
    return plmn + dig(rng, 15 - len(plmn))


def mac(ctx, style=None):
    rng = ctx.rng
    oui = rng.choice(ctx.pools.OUIS).replace(":", "").replace("-", "").lower()
    h = oui + hx(rng, 6)
    style = style or pick_w(rng, ctx.pools.MAC_STYLES)
    pr = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(pr), "COLON": ":".join(pr).upper(), "DASH": "-".join(pr).upper(),
            "dash": "-".join(pr), "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h, "BARE": h.upper(),
            "hp": f"{h[:6]}-{h[6:]}"}[style]


def ipv4(ctx, public=None):
    rng, P = ctx.rng, ctx.pools
    nets = P.IPV4_PUBLIC if (public if public is not None else rng.random() < 0.4) else P.IPV4_PRIVATE
    net = rng.choice(nets)
    o = net.split(".")
    while len(o) < 4:
        o.append(str(rng.randint(1, 254)))
    return ".".join(o)


def ipv6(ctx, style=None):
    rng, P = ctx.rng, ctx.pools
    style = style or pick_w(rng, P.IPV6_STYLES)
    if style == "mapped":
        return "::ffff:" + ipv4(ctx)
    pre = rng.choice(P.IPV6_NETS)
    if style == "ll":
        return f"fe80::{hx(rng, 4).lstrip('0') or '1'}:{hx(rng, 2)}ff:fe{hx(rng, 2)}:{hx(rng, 4).lstrip('0') or '2'}"
    if style == "short":
        return f"{pre}::{hx(rng, 3).lstrip('0') or '5'}"
    g = [hx(rng, 4).lstrip("0") or "0" for _ in range(4)]
    s = f"{pre}:{hx(rng, 4).lstrip('0') or 'a'}:" + ":".join(g)
    if pre.count(":") + 5 < 8:  # /32 prefixes: compress the middle
        s = f"{pre}::" + ":".join(g)
    return s.upper() if style == "upper" else s


def badge(ctx):
    rng = ctx.rng
    form = pick_w(rng, ctx.pools.BADGE_FORMS)
    return form(rng)


# ------------------------------------------------------------------ decoys

def svc_number(ctx):
    return ctx.rng.choice(ctx.pools.SERVICE_NUMBERS)


def switchboard(ctx):
    return ctx.rng.choice(ctx.pools.SWITCHBOARDS)


def fake_mac_id(ctx):
    """Six bytes that look like a MAC but are something else (a WWN tail, a
    session id, a firmware hash prefix)."""
    rng = ctx.rng
    h = rng.choice(["5e", "7a", "9e", "d2", "f6", "2a", "36"]) + hx(rng, 10)  # locally administered bit set
    return rng.choice([":".join(h[i:i + 2] for i in range(0, 12, 2)), h, h.upper()])


def wwpn(ctx):
    h = "2000" + hx(ctx.rng, 12)
    return ":".join(h[i:i + 2] for i in range(0, 16, 2))


# ------------------------------------------------------------------ generators

def generators():
    G = {}
    for i, suffix in enumerate(["", "1", "2"]):
        def mk(i):
            return {
                "n": lambda c: spell_name(c, person(c, i)),
                "fn": lambda c: person(c, i)["full"],
                "fnl": lambda c: person(c, i)["full_l"],
                "gv": lambda c: person(c, i)["given"].split(" ")[0],
                "gvl": lambda c: person(c, i)["given_l"].split(" ")[0],
                "sn": lambda c: person(c, i)["surname"],
                "snl": lambda c: person(c, i)["surname_l"],
                "SN": lambda c: person(c, i)["surname"].upper(),
                "u": lambda c: user_of(c, i),
                "U": lambda c: user_of(c, i).upper(),
                "em": lambda c: mail_of(c, i),
                "emw": lambda c: mail_of(c, i, True),
            }
        for k, fn in mk(i).items():
            G[k + suffix] = fn
    G["nm2"] = G.pop("n2")
    G["ph"] = phone
    G["phse"] = lambda c: phone(c, "SE")
    G["mobse"] = lambda c: phone(c, "SE", "mobile")
    G["phfx"] = lambda c: phone(c, c.rng.choice([k for k in c.pools.COUNTRIES if k != "SE"]))
    G["e164"] = lambda c: phone(c, style="e164")
    G["e164se"] = lambda c: phone(c, "SE", style="e164")
    G["digits"] = lambda c: phone(c, style="digits")
    G["dial"] = phone_dial
    G["natse"] = lambda c: phone(c, "SE", style="national-plain")
    G["ext"] = ext
    G["pnr"] = pnr
    G["pnr12"] = lambda c: pnr(c, style=c.rng.choice(["12", "12-"]))
    G["pnr10"] = lambda c: pnr(c, style=c.rng.choice(["10", "10-"]))
    G["snr"] = lambda c: pnr(c, samordning=True)
    G["org"] = orgnr
    G["imei"] = imei
    G["imeip"] = lambda c: imei(c, style="plain")
    G["imsi"] = imsi
    G["mac"] = mac
    G["macc"] = lambda c: mac(c, c.rng.choice(["colon", "COLON"]))
    G["macd"] = lambda c: mac(c, "DASH")
    G["macdot"] = lambda c: mac(c, "dot")
    G["macbare"] = lambda c: mac(c, c.rng.choice(["bare", "BARE"]))
    G["ip"] = ipv4
    G["ippub"] = lambda c: ipv4(c, True)
    G["ippriv"] = lambda c: ipv4(c, False)
    G["ip6"] = ipv6
    G["badge"] = badge
    G["cucmip"] = lambda c: str(int.from_bytes(bytes(int(x) for x in ipv4(c, False).split(".")), "little", signed=True))
    # decoys
    G["svc"] = svc_number
    G["sw"] = switchboard
    G["swe164"] = lambda c: c.rng.choice(c.pools.SWITCHBOARDS_E164)
    G["badpnr"] = lambda c: pnr(c, broken=True)
    G["badorg"] = lambda c: orgnr(c, broken=True)
    G["badimei"] = lambda c: imei(c, broken=True, style="plain")
    G["fakemac"] = fake_mac_id
    G["wwpn"] = wwpn
    G["ver"] = lambda c: c.rng.choice(c.pools.VERSIONS)
    G["sysacct"] = lambda c: c.rng.choice(c.pools.SYSTEM_ACCOUNTS)
    G["place"] = lambda c: c.rng.choice(c.pools.PLACES)
    G["ticket"] = lambda c: c.rng.choice(c.pools.TICKETS)(c.rng)
    G["costc"] = lambda c: c.rng.choice(c.pools.COST_CENTRES)
    G["queue"] = lambda c: str(c.rng.randint(*c.rng.choice(c.pools.QUEUE_NUMBERS)))
    G["rolemail"] = lambda c: f"{c.rng.choice(c.pools.ROLE_MAILBOXES)}@{c.rng.choice(c.pools.WORK_DOMAINS)}"
    G["empno"] = lambda c: c.rng.choice(c.pools.EMPLOYEE_NO)(c.rng)
    G["bigid"] = lambda c: str(c.rng.randint(1, 9)) + dig(c.rng, c.rng.choice([8, 9, 10, 11, 12]))
    G["id15"] = lambda c: str(c.rng.randint(1, 9)) + dig(c.rng, 14)
    G["hex12"] = lambda c: hx(c.rng, 12)
    G["hostdev"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["product"] = lambda c: c.rng.choice(c.pools.PRODUCT_WORDS)
    # filler
    G["host"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["wdom"] = lambda c: c.rng.choice(c.pools.WORK_DOMAINS)
    G["nb"] = lambda c: c.rng.choice(c.pools.NETBIOS)
    G["realm"] = lambda c: c.rng.choice(c.pools.REALMS)
    G["ts"] = evallib.ts3164
    G["iso"] = evallib.ts_iso
    G["iso0"] = lambda c: evallib.ts_iso(c, 0)
    G["dt"] = lambda c: f"{evallib.moment(c):%Y-%m-%d %H:%M:%S}"
    G["dt2"] = lambda c: f"{evallib.later(c, c.rng.randint(2, 30)):%Y-%m-%d %H:%M:%S}"
    G["dt3"] = lambda c: f"{evallib.later(c, c.rng.randint(40, 900)):%Y-%m-%d %H:%M:%S}"
    G["epoch"] = lambda c: str(int(evallib.moment(c).timestamp()))
    G["epochms"] = lambda c: str(int(evallib.moment(c).timestamp()) * 1000 + c.rng.randint(0, 999))
    G["pid"] = lambda c: str(c.rng.randint(200, 48000))
    G["port"] = lambda c: str(c.rng.randint(1025, 65000))
    G["n2"] = lambda c: str(c.rng.randint(1, 99))
    G["n3"] = lambda c: str(c.rng.randint(1, 999))
    G["n4"] = lambda c: str(c.rng.randint(1000, 9999))
    G["n6"] = lambda c: str(c.rng.randint(100000, 999999))
    G["dur"] = lambda c: str(c.rng.randint(1, 2400))
    G["uuid"] = evallib.uuid4
    G["UUID"] = lambda c: evallib.uuid4(c).upper()
    G["h8"] = lambda c: hx(c.rng, 8)
    G["h16"] = lambda c: hx(c.rng, 16)
    G["h32"] = lambda c: hx(c.rng, 32)
    G["H8"] = lambda c: hx(c.rng, 8, True)
    G["r12"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits) for _ in range(12))
    return G


# ------------------------------------------------------------------ record helpers

def R(ctx, rec, tpl):
    """Renders a «» template into rec."""
    return render(tpl, ctx, rec)


def urlq(v):
    """A value as a form-encoded body or a query string carries it."""
    return urllib.parse.quote_plus(v, safe="@.-_")


def csv_row(rec, cells, quote=True, sep=","):
    """cells: each a str (text) or a list of str / (TYPE, value) parts."""
    for i, cell in enumerate(cells):
        if i:
            rec.text(sep)
        parts = [cell] if isinstance(cell, str) else cell
        q = quote if not isinstance(cell, tuple) else quote
        if q:
            rec.text('"')
        for p in parts:
            if isinstance(p, tuple):
                t, v = p
                v = v.replace('"', '""') if q else v
                rec.label(t, v)
            else:
                rec.text(p.replace('"', '""') if q else p)
        if q:
            rec.text('"')
    return rec


# ------------------------------------------------------------------ CUCM rows

CUCM_STRINGS = {"callingPartyNumber", "callingPartyUnicodeLoginUserID", "originalCalledPartyNumber",
                "finalCalledPartyNumber", "finalCalledPartyUnicodeLoginUserID", "lastRedirectDn", "pkid",
                "originalCalledPartyNumberPartition", "callingPartyNumberPartition",
                "finalCalledPartyNumberPartition", "lastRedirectDnPartition", "origDeviceName", "destDeviceName",
                "comment", "authCodeDescription", "clientMatterCode", "authorizationCodeValue",
                "outpulsedCallingPartyNumber", "outpulsedCalledPartyNumber", "origIpv4v6Addr", "destIpv4v6Addr",
                "IncomingProtocolCallRef", "OutgoingProtocolCallRef", "huntPilotPartition", "huntPilotDN",
                "IncomingICID", "IncomingOrigIOI", "IncomingTermIOI", "OutgoingICID", "OutgoingOrigIOI",
                "OutgoingTermIOI", "outpulsedOriginalCalledPartyNumber", "outpulsedLastRedirectingNumber",
                "callingPartyNumber_uri", "originalCalledPartyNumber_uri", "finalCalledPartyNumber_uri",
                "lastRedirectDn_uri", "mobileCallingPartyNumber", "finalMobileCalledPartyNumber",
                "origMobileDeviceName", "destMobileDeviceName", "originalCalledPartyPattern",
                "finalCalledPartyPattern", "lastRedirectingPartyPattern", "huntPilotPattern",
                "globalCallId_ClusterID"}
CUCM_QUOTED_EMPTY_OK = {"globalCallId_ClusterID"}


def cucm_row(ctx, rec, cols, vals):
    """One CDR row (cdrRecordType 1) of the pack's columns; `vals` gives a
    column's text or a list of parts (str or (TYPE, value))."""
    rng = ctx.rng
    t0 = int(evallib.moment(ctx).timestamp())
    dur = int(vals.pop("_dur", rng.randint(0, 900)))
    base = {"cdrRecordType": "1", "globalCallID_callManagerId": str(rng.randint(1, 4)),
            "globalCallID_callId": str(rng.randint(100000, 9999999)),
            "origLegCallIdentifier": str(rng.randint(10 ** 7, 10 ** 8)),
            "dateTimeOrigination": str(t0), "origNodeId": str(rng.randint(1, 4)), "origSpan": "0",
            "origCause_location": "0", "origCause_value": "16", "origPrecedenceLevel": "4",
            "origMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
            "origIpAddr": "0", "destIpAddr": "0", "origMediaTransportAddress_IP": "0",
            "destMediaTransportAddress_IP": "0",
            "origMediaCap_payloadCapability": "4", "origMediaCap_maxFramesPerPacket": "20",
            "origMediaCap_g723BitRate": "0", "origVideoCap_Codec": "0", "origVideoCap_Bandwidth": "0",
            "origVideoCap_Resolution": "0", "origVideoTransportAddress_IP": "0",
            "origVideoTransportAddress_Port": "0", "origRSVPAudioStat": "0", "origRSVPVideoStat": "0",
            "destLegIdentifier": str(rng.randint(10 ** 7, 10 ** 8)), "destNodeId": str(rng.randint(1, 4)),
            "destSpan": "0", "destCause_location": "0", "destCause_value": "0", "destPrecedenceLevel": "4",
            "destMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
            "destMediaCap_payloadCapability": "4", "destMediaCap_maxFramesPerPacket": "20",
            "destMediaCap_g723BitRate": "0", "destVideoCap_Codec": "0", "destVideoCap_Bandwidth": "0",
            "destVideoCap_Resolution": "0", "destVideoTransportAddress_IP": "0",
            "destVideoTransportAddress_Port": "0", "destRSVPAudioStat": "0", "destRSVPVideoStat": "0",
            "dateTimeConnect": str(t0 + rng.randint(2, 20)) if dur else "0",
            "dateTimeDisconnect": str(t0 + 20 + dur), "pkid": evallib.uuid4(ctx), "duration": str(dur),
            "origCallTerminationOnBehalfOf": "12", "destCallTerminationOnBehalfOf": "0",
            "origCalledPartyRedirectOnBehalfOf": "0", "lastRedirectRedirectOnBehalfOf": "0",
            "origCalledPartyRedirectReason": "0", "lastRedirectRedirectReason": "0",
            "destConversationId": "0", "globalCallId_ClusterID": "StandAloneCluster", "joinOnBehalfOf": "0",
            "authorizationLevel": "0", "origDTMFMethod": "3", "destDTMFMethod": "3", "callSecuredStatus": "0",
            "origConversationId": "0", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64",
            "origVideoCap_Bandwidth_Channel2": "0", "origVideoCap_Resolution_Channel2": "0",
            "origVideoTransportAddress_Port_Channel2": "0", "origVideoChannel_Role_Channel2": "0",
            "destVideoCap_Bandwidth_Channel2": "0", "destVideoCap_Resolution_Channel2": "0",
            "destVideoTransportAddress_Port_Channel2": "0", "destVideoChannel_Role_Channel2": "0",
            "origVideoCap_Codec_Channel2": "0", "destVideoCap_Codec_Channel2": "0",
            "origVideoTransportAddress_IP_Channel2": "0", "destVideoTransportAddress_IP_Channel2": "0",
            "IncomingProtocolID": "0", "OutgoingProtocolID": "0", "currentRoutingReason": "0",
            "origRoutingReason": "0", "lastRedirectingRoutingReason": "0", "calledPartyPatternUsage": "2",
            "wasCallQueued": "0", "totalWaitTimeInQueue": "0", "origMobileCallDuration": "0",
            "destMobileCallDuration": "0", "mobileCallType": "0"}
    for i, col in enumerate(cols):
        if i:
            rec.text(",")
        v = vals.get(col, base.get(col, ""))
        quoted = col in CUCM_STRINGS
        parts = [v] if isinstance(v, str) else v
        if quoted:
            rec.text('"')
        for p in parts:
            if isinstance(p, tuple):
                rec.label(p[0], p[1])
            else:
                rec.text(p)
        if quoted:
            rec.text('"')
    return rec
