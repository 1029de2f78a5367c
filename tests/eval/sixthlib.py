"""Value generators of the sixth pair (wild3 and sealed3).

Written apart from evallib's person, username, phone and number generators,
which the five earlier pairs share: a sixth pair drawn from those would
measure nothing new. Only the template renderer, the Record class and the
Luhn rule come from evallib. No value lives here: every name, number range,
network, OUI, TAC, PLMN, host and domain comes from the split's own
`pools.py`, and wild3's and sealed3's pools are disjoint.

`generators()` returns the generator table a split's templates.py hands to
gen.py (GENERATORS). Names are distinct from evallib's where the meaning
differs; a template of this pair uses only the names below.
"""
import datetime
import string
import unicodedata

from evallib import luhn_digit

# ---------------------------------------------------------------- helpers


def wpick(rng, pairs):
    if isinstance(pairs, dict):
        pairs = list(pairs.items())
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for k, w in pairs:
        x -= w
        if x < 0:
            return k
    return pairs[-1][0]


def nd(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def hx(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


TRANS = str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "đ": "d", "Đ": "D",
                       "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                       "ŋ": "n", "Ŋ": "N", "œ": "oe", "ʼ": "", "’": ""})


def ascii_fold(s):
    s = s.translate(TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------- people


def person(ctx, i=0):
    key = f"_sixth_person{i}"
    if key in ctx.memo:
        return ctx.memo[key]
    P, rng = ctx.pools, ctx.rng
    cult = wpick(rng, [(k, v["w"]) for k, v in P.CULTURES.items()])
    c = P.CULTURES[cult]

    def one(kind):
        native, _, latin = rng.choice(c[kind]).partition("|")
        return native, latin or native

    g, gl = one("given")
    if rng.random() < c.get("two_given", 0.0):
        g2, g2l = one("given")
        if g2 != g:
            g, gl = f"{g} {g2}", f"{gl} {g2l}"
    s, sl = one("surname")
    if rng.random() < c.get("two_surnames", 0.0):
        s2, s2l = one("surname")
        if s2 != s:
            j = c.get("join", " ")
            s, sl = f"{s}{j}{s2}", f"{sl}{j}{s2l}"
    sep = "" if c.get("nospace") else " "
    order = c.get("order", "gs")
    full = f"{s}{sep}{g}" if order == "sg" else f"{g}{sep}{s}"
    fulll = f"{sl} {gl}" if order == "sg" else f"{gl} {sl}"
    p = {"given": g, "surname": s, "full": full, "given_l": gl, "surname_l": sl, "full_l": fulll,
         "native": g != gl or s != sl, "order": order, "culture": cult}
    ctx.memo[key] = p
    return p


def display_name(ctx, p):
    rng = ctx.rng
    if p["native"] or p["order"] == "sg":
        # a non-Latin or surname-first name: as written, sometimes its Latin form
        return p["full"] if rng.random() < 0.7 else p["full_l"]
    g, s = p["given"], p["surname"]
    return wpick(rng, [(p["full"], 10), (f"{s}, {g}", 3), (f"{s.upper()} {g}", 1),
                       (p["full"].upper(), 1), (ascii_fold(p["full"]), 1), (f"{s} {g}", 1)])


def account(ctx, p, form=None, keep_marks=False):
    """A login as corporate directories provision it, in the pool's conventions."""
    rng = ctx.rng
    g = p["given_l"].split(" ")[0]
    s = p["surname_l"]
    if not keep_marks:
        g, s = ascii_fold(g), ascii_fold(s)
    g = g.lower().replace("'", "")
    s_all = s.lower().replace(" ", "").replace("'", "")
    s_last = s.lower().split(" ")[-1].replace("'", "")
    s = s_last if rng.random() < 0.6 else s_all
    s = s.replace("-", "") if rng.random() < 0.7 else s
    form = form or wpick(rng, ctx.pools.USER_FORMS)
    n2 = str(rng.randint(2, 99))
    return {
        "g.s": f"{g}.{s}", "gs": f"{g}{s}", "g1s": f"{g[0]}{s}", "s.g": f"{s}.{g}",
        "s4g2": f"{s[:4]}{g[:2]}", "g3s3": f"{g[:3]}{s[:3]}", "g1s1nnnn": f"{g[0]}{s[0]}{nd(rng, 4)}",
        "g.sN": f"{g}.{s}{n2}", "g_s": f"{g}_{s}", "sg1": f"{s}{g[0]}", "g1.s": f"{g[0]}.{s}",
        "adm-g1s": f"adm-{g[0]}{s}", "g.s-ext": f"{g}.{s}-ext", "x-g.s": f"x-{g}.{s}",
        "G1S": f"{g[0]}{s}".upper(), "s5g1N": f"{s[:5]}{g[0]}{rng.randint(1, 9)}",
        "g-s": f"{g}-{s}", "gN": f"{g}{n2}",
    }[form]


# ---------------------------------------------------------------- phones


def group_digits(ds, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(ds):
            break
        out.append(ds[i:i + k])
        i += k
    if i < len(ds):
        out[-1] += ds[i:]
    return out


def phone_parts(ctx, country=None, kind=None):
    rng, P = ctx.rng, ctx.pools
    cc_name = country or wpick(rng, P.PHONE_WEIGHTS)
    spec = P.PHONES[cc_name]
    rngs = spec["ranges"]
    if kind:
        rngs = [r for r in rngs if r[1] == kind] or rngs
    prefix, k, length, nat_groups, intl_groups = rng.choice(rngs)
    nsn = prefix + nd(rng, length - len(prefix))
    if spec["cc"] == "1":
        nsn = prefix + str(rng.randint(2, 9)) + nd(rng, length - len(prefix) - 1)
    return spec, nsn, nat_groups, intl_groups


def phone_write(ctx, spec, nsn, nat_groups, intl_groups, style=None):
    rng, P = ctx.rng, ctx.pools
    style = style or wpick(rng, P.PHONE_STYLES)
    cc, trunk = spec["cc"], spec.get("trunk", "")
    sep = rng.choice(spec.get("seps", [" "]))
    nat = trunk + nsn
    if style == "e164":
        return f"+{cc}{nsn}"
    if style == "intl":
        return f"+{cc} " + sep.join(group_digits(nsn, intl_groups))
    if style == "00":
        return f"{spec.get('idd', '00')}{cc}{nsn}"
    if style == "00sp":
        return f"00{cc} " + " ".join(group_digits(nsn, intl_groups))
    if style == "cc":
        return f"{cc}{nsn}"
    if style == "paren0" and trunk == "0":
        g = group_digits(nsn, intl_groups)
        return f"+{cc} (0){g[0]} " + " ".join(g[1:])
    if style == "digits":
        return nat
    if style == "dashed" and spec.get("area_sep"):
        g = group_digits(nat, nat_groups)
        return g[0] + spec["area_sep"] + " ".join(g[1:])
    return sep.join(group_digits(nat, nat_groups))


def phone(ctx, country=None, kind=None, style=None):
    return phone_write(ctx, *phone_parts(ctx, country, kind), style=style)


def phone_dial(ctx):
    """A number as SIP URIs, CDR fields and dial strings carry it."""
    style = wpick(ctx.rng, [("e164", 5), ("digits", 4), ("00", 2), ("cc", 1)])
    return phone(ctx, style=style)


# ---------------------------------------------------------------- ids


def birth(ctx, lo, hi):
    rng = ctx.rng
    y = rng.randint(lo, hi)
    return datetime.date(y, 1, 1) + datetime.timedelta(days=rng.randrange(365 + (y % 4 == 0 and y % 100 != 0 or y % 400 == 0)))


def pnr(ctx, samordning=False, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    d = birth(ctx, *P.BIRTH_YEARS)
    day = d.day + (60 if samordning else 0)
    payload = f"{d.year % 100:02d}{d.month:02d}{day:02d}{nd(rng, 3)}"
    chk = luhn_digit(payload)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    ten = payload + chk
    cent = f"{d.year // 100:02d}"
    style = style or wpick(rng, P.PNR_STYLES)
    if style in ("10-", "10") and 2026 - d.year >= 100:
        return ten[:6] + "+" + ten[6:]
    return {"10-": f"{ten[:6]}-{ten[6:]}", "10": ten, "12": cent + ten,
            "12-": f"{cent}{ten[:6]}-{ten[6:]}"}[style]


def orgnr(ctx, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    payload = rng.choice(P.ORG_FIRST) + str(rng.randint(0, 9)) + str(rng.randint(2, 9)) + nd(rng, 6)
    chk = luhn_digit(payload)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    ten = payload + chk
    style = style or wpick(rng, P.ORG_STYLES)
    return {"-": f"{ten[:6]}-{ten[6:]}", "plain": ten, "16": "16" + ten, "SE01": f"SE{ten}01"}[style]


def imei(ctx, broken=False, style=None):
    rng, P = ctx.rng, ctx.pools
    body = rng.choice(P.TACS) + nd(rng, 6)
    chk = luhn_digit(body)
    if broken:
        chk = rng.choice([x for x in "0123456789" if x != chk])
    f = body + chk
    style = style or wpick(rng, P.IMEI_STYLES)
    return {"plain": f, "slash": f"{f[:8]}/{f[8:14]}/{f[14]}", "dash": f"{f[:2]}-{f[2:8]}-{f[8:14]}-{f[14]}",
            "sv": f[:14] + nd(rng, 2)}[style]


def imsi(ctx):
    rng = ctx.rng
    plmn = rng.choice(ctx.pools.PLMNS)
    return plmn + nd(rng, 15 - len(plmn))


# ---------------------------------------------------------------- network


def ip4(ctx):
    rng = ctx.rng
    net = wpick(rng, ctx.pools.V4_NETS)
    o = net.split(".")
    while len(o) < 4:
        o.append(str(rng.randint(1, 254)))
    return ".".join(o)


def ip6(ctx, style=None):
    rng, P = ctx.rng, ctx.pools
    style = style or wpick(rng, P.V6_STYLES)
    if style == "mapped":
        return "::ffff:" + ip4(ctx)
    pre = rng.choice(P.V6_PREFIXES).split(":")
    if style == "ll":
        pre = ["fe80", "0", "0", "0"]
    g = pre + [f"{rng.randrange(65536):x}" for _ in range(8 - len(pre))]
    if style == "short":
        g[4:7] = ["0", "0", "0"]
        g[7] = f"{rng.randrange(1, 0x2ff):x}"
    if style == "full":
        return ":".join(x.zfill(4) for x in g)
    # compress the longest zero run (of two or more)
    best, i = (0, 0), 0
    while i < 8:
        if g[i] == "0":
            j = i
            while j < 8 and g[j] == "0":
                j += 1
            if j - i > best[0] and j - i > 1:
                best = (j - i, i)
            i = j
        else:
            i += 1
    if best[0]:
        n, s = best
        t = ":".join(g[:s]) + "::" + ":".join(g[s + n:])
    else:
        t = ":".join(g)
    return t.upper() if style == "upper" else t


def mac_bytes(ctx):
    rng = ctx.rng
    oui = rng.choice(ctx.pools.OUIS).replace(":", "").lower()
    return oui + hx(rng, 6)


def mac_write(h, style):
    p = [h[i:i + 2] for i in range(0, 12, 2)]
    return {"colon": ":".join(p), "COLON": ":".join(p).upper(), "DASH": "-".join(p).upper(),
            "dash": "-".join(p), "dot": f"{h[:4]}.{h[4:8]}.{h[8:]}", "bare": h, "BARE": h.upper(),
            "huawei": f"{h[:4]}-{h[4:8]}-{h[8:]}"}[style]


def mac(ctx, style=None):
    return mac_write(mac_bytes(ctx), style or wpick(ctx.rng, ctx.pools.MAC_STYLES))


def ip4int(ctx):
    return str(int.from_bytes(bytes(int(x) for x in ip4(ctx).split(".")), "little", signed=True))


# ---------------------------------------------------------------- time


def when(ctx):
    if "_sixth_when" not in ctx.memo:
        lo, hi = ctx.pools.EPOCHS
        ctx.memo["_sixth_when"] = datetime.datetime.fromtimestamp(ctx.rng.randint(lo, hi), tz=datetime.timezone.utc)
    return ctx.memo["_sixth_when"]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def generators():
    G = {}
    r = lambda c: c.rng  # noqa: E731
    P = lambda c: c.pools  # noqa: E731

    # people
    G["nm"] = lambda c: display_name(c, person(c))
    G["nm2"] = lambda c: display_name(c, person(c, 1))
    G["nm3"] = lambda c: display_name(c, person(c, 2))
    G["full"] = lambda c: person(c)["full"]
    G["full2"] = lambda c: person(c, 1)["full"]
    G["given"] = lambda c: person(c)["given"]
    G["given2"] = lambda c: person(c, 1)["given"]
    G["sur"] = lambda c: person(c)["surname"]
    # a given name as device and host names carry it (Latin letters, no marks)
    G["givenl"] = lambda c: ascii_fold(person(c)["given_l"].split(" ")[0]).replace("'", "")
    G["givenl2"] = lambda c: ascii_fold(person(c, 1)["given_l"].split(" ")[0]).replace("'", "")
    G["latin"] = lambda c: ascii_fold(person(c)["full_l"])
    G["usr"] = lambda c: account(c, person(c))
    G["usr2"] = lambda c: account(c, person(c, 1))
    G["usr3"] = lambda c: account(c, person(c, 2))
    G["usrU"] = lambda c: account(c, person(c)).upper()
    G["usrm"] = lambda c: account(c, person(c), keep_marks=True)
    G["upn"] = lambda c: f"{account(c, person(c))}@{c.rng.choice(c.pools.UPN_SUFFIXES)}"
    G["upn2"] = lambda c: f"{account(c, person(c, 1))}@{c.rng.choice(c.pools.UPN_SUFFIXES)}"
    G["mail"] = lambda c: f"{account(c, person(c), form=wpick(c.rng, c.pools.MAIL_FORMS), keep_marks=c.rng.random() < 0.08)}@{wpick(c.rng, c.pools.MAIL_DOMAINS)}"
    G["mail2"] = lambda c: f"{account(c, person(c, 1), form=wpick(c.rng, c.pools.MAIL_FORMS))}@{wpick(c.rng, c.pools.MAIL_DOMAINS)}"
    G["mail3"] = lambda c: f"{account(c, person(c, 2), form=wpick(c.rng, c.pools.MAIL_FORMS))}@{wpick(c.rng, c.pools.MAIL_DOMAINS)}"
    G["privmail"] = lambda c: f"{account(c, person(c), form=c.rng.choice(['gs', 'g.sN', 'gN', 'g_s']))}@{c.rng.choice(c.pools.FREEMAIL)}"
    G["nb"] = lambda c: c.memo.setdefault("_nb", c.rng.choice(c.pools.NETBIOS))
    G["realm"] = lambda c: c.memo.setdefault("_realm", c.rng.choice(c.pools.REALMS))
    # phones
    G["tel"] = lambda c: phone(c)
    G["tel2"] = lambda c: phone(c)
    G["tele164"] = lambda c: phone(c, style="e164")
    G["teldial"] = phone_dial
    G["telcc"] = lambda c: phone(c, style="cc")
    G["telse"] = lambda c: phone(c, "SE")
    G["mobse"] = lambda c: phone(c, "SE", "m")
    G["mobsedig"] = lambda c: phone(c, "SE", "m", "digits")
    G["telsedig"] = lambda c: phone(c, "SE", style=c.rng.choice(["digits", "e164", "cc"]))
    G["ext"] = lambda c: str(c.rng.randint(*c.rng.choice(c.pools.EXT_RANGES)))
    G["ext2"] = G["ext"]
    # Swedish ids
    G["pnr"] = pnr
    G["pnr12"] = lambda c: pnr(c, style=c.rng.choice(["12", "12-"]))
    G["pnr10"] = lambda c: pnr(c, style=c.rng.choice(["10", "10-"]))
    G["snr"] = lambda c: pnr(c, samordning=True)
    G["org"] = orgnr
    G["imei"] = imei
    G["imeip"] = lambda c: imei(c, style="plain")
    G["imeisv"] = lambda c: imei(c, style="sv")
    G["imsi"] = imsi
    G["badge"] = lambda c: c.rng.choice(c.pools.BADGE_FORMATS).format(
        n6=nd(c.rng, 6), n8=nd(c.rng, 8), n10=nd(c.rng, 10), h8=hx(c.rng, 8, True), n5=nd(c.rng, 5))
    # network
    G["ip4"] = ip4
    G["ip4b"] = ip4
    G["ip6"] = ip6
    G["ip6full"] = lambda c: ip6(c, "full")
    G["ip4int"] = ip4int
    G["mac"] = mac
    G["maccolon"] = lambda c: mac(c, "colon")
    G["macCOLON"] = lambda c: mac(c, "COLON")
    G["macdash"] = lambda c: mac(c, "DASH")
    G["macdot"] = lambda c: mac(c, "dot")
    G["macbare"] = lambda c: mac(c, c.rng.choice(["bare", "BARE"]))
    # look-alikes (labelled NEG_DECOY)
    G["badpnr"] = lambda c: pnr(c, broken=True)
    G["badorg"] = lambda c: orgnr(c, broken=True)
    G["badimei"] = lambda c: imei(c, broken=True, style="plain")
    G["svcnum"] = lambda c: c.rng.choice(c.pools.SERVICE_NUMBERS)
    G["switch"] = lambda c: c.rng.choice(c.pools.SWITCHBOARDS)
    G["queue"] = lambda c: c.rng.choice(c.pools.QUEUE_NUMBERS)
    G["conf"] = lambda c: c.rng.choice(c.pools.CONF_NUMBERS)
    G["park"] = lambda c: c.rng.choice(c.pools.PARK_SLOTS)
    G["pilot"] = lambda c: c.rng.choice(c.pools.HUNT_PILOTS)
    G["vmpilot"] = lambda c: c.rng.choice(c.pools.VM_PILOTS)
    G["ivr"] = lambda c: c.rng.choice(c.pools.IVR_NUMBERS)
    G["fac"] = lambda c: c.rng.choice(c.pools.FEATURE_CODES)
    G["ticket"] = lambda c: c.rng.choice(c.pools.TICKETS).format(n=c.rng.randint(10000, 9999999), y=c.rng.choice(c.pools.YEARS))
    G["costc"] = lambda c: c.rng.choice(c.pools.COST_CENTRES)
    G["ver"] = lambda c: c.rng.choice(c.pools.VERSIONS)
    G["build"] = lambda c: str(c.rng.randint(10000, 99999)) + "." + str(c.rng.randint(100, 9999))
    G["sysacct"] = lambda c: c.rng.choice(c.pools.SYSTEM_ACCOUNTS)
    G["product"] = lambda c: c.rng.choice(c.pools.PRODUCTS)
    G["place"] = lambda c: c.rng.choice(c.pools.PLACES)
    G["hexid"] = lambda c: hx(c.rng, 12, c.rng.random() < 0.5)
    G["serial"] = lambda c: c.rng.choice(c.pools.SERIAL_FORMATS).format(h=hx(c.rng, 8, True), n=nd(c.rng, 8))
    G["sha1"] = lambda c: hx(c.rng, 40)
    G["sha256"] = lambda c: hx(c.rng, 64)
    G["md5"] = lambda c: hx(c.rng, 32)
    G["iccid"] = lambda c: "8946" + nd(c.rng, 15)
    G["empno"] = lambda c: c.rng.choice(c.pools.EMPNO_FORMATS).format(n=nd(c.rng, 6))
    G["bankacct"] = lambda c: f"{c.rng.randint(3000, 9999)}-{nd(c.rng, 2)} {nd(c.rng, 3)} {nd(c.rng, 3)}"
    G["otp"] = lambda c: nd(c.rng, 6)
    G["rcode"] = lambda c: c.rng.choice(c.pools.RESULT_CODES)
    G["loop"] = lambda c: c.rng.choice(["127.0.0.1", "0.0.0.0", "::1", "255.255.255.255"])
    # filler
    G["epoch"] = lambda c: str(int(when(c).timestamp()))
    G["epochms"] = lambda c: str(int(when(c).timestamp() * 1000) + c.rng.randint(0, 999))
    G["iso"] = lambda c: f"{when(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999):03d}Z"
    G["iso7"] = lambda c: f"{when(c):%Y-%m-%dT%H:%M:%S}.{nd(c.rng, 7)}Z"
    G["isotz"] = lambda c: f"{when(c):%Y-%m-%dT%H:%M:%S}+0{c.rng.choice('12')}:00"
    G["iso0"] = lambda c: f"{when(c):%Y-%m-%dT%H:%M:%SZ}"
    G["bsd"] = lambda c: f"{MON[when(c).month - 1]} {when(c).day:2d} {when(c):%H:%M:%S}"
    G["dt"] = lambda c: f"{when(c):%Y-%m-%d %H:%M:%S}"
    G["dt2"] = lambda c: f"{when(c) + datetime.timedelta(seconds=c.rng.randint(2, 30)):%Y-%m-%d %H:%M:%S}"
    G["dt3"] = lambda c: f"{when(c) + datetime.timedelta(seconds=c.rng.randint(40, 1900)):%Y-%m-%d %H:%M:%S}"
    G["dteu"] = lambda c: f"{when(c):%d.%m.%Y %H:%M:%S}"
    G["dtus"] = lambda c: f"{when(c):%m/%d/%y,%H:%M:%S}"
    G["date"] = lambda c: f"{when(c):%Y-%m-%d}"
    G["ymd"] = lambda c: f"{when(c):%Y%m%d}"
    G["hms"] = lambda c: f"{when(c):%H:%M:%S}"
    G["clf"] = lambda c: f"{when(c):%d/%b/%Y:%H:%M:%S} +0100"
    G["pid"] = lambda c: str(c.rng.randint(200, 99999))
    G["port"] = lambda c: str(c.rng.randint(1025, 65500))
    G["n1"] = lambda c: str(c.rng.randint(0, 9))
    G["n2"] = lambda c: str(c.rng.randint(1, 99))
    G["n3"] = lambda c: str(c.rng.randint(1, 999))
    G["n4"] = lambda c: str(c.rng.randint(1, 9999))
    G["n6"] = lambda c: str(c.rng.randint(100000, 999999))
    G["n9"] = lambda c: str(c.rng.randint(100000000, 999999999))
    G["bytes"] = lambda c: str(c.rng.randint(40, 9999999))
    G["dur"] = lambda c: str(c.rng.randint(0, 2400))
    G["h8"] = lambda c: hx(c.rng, 8)
    G["h16"] = lambda c: hx(c.rng, 16)
    G["h32"] = lambda c: hx(c.rng, 32)
    G["H8"] = lambda c: hx(c.rng, 8, True)
    G["uuid"] = lambda c: f"{hx(c.rng, 8)}-{hx(c.rng, 4)}-4{hx(c.rng, 3)}-{c.rng.choice('89ab')}{hx(c.rng, 3)}-{hx(c.rng, 12)}"
    G["UUID"] = lambda c: G["uuid"](c).upper()
    G["guidb"] = lambda c: "{" + G["UUID"](c) + "}"
    G["host"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["host2"] = lambda c: c.rng.choice(c.pools.HOSTS)
    G["fqdn"] = lambda c: f"{c.rng.choice(c.pools.HOSTS)}.{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"
    G["idom"] = lambda c: c.rng.choice(c.pools.INTERNAL_DOMAINS)
    G["mdom"] = lambda c: wpick(c.rng, c.pools.MAIL_DOMAINS)
    G["xdom"] = lambda c: c.rng.choice(c.pools.EXTERNAL_SITES)
    G["url"] = lambda c: c.rng.choice(c.pools.URL_PATHS)
    G["ua"] = lambda c: c.rng.choice(c.pools.USER_AGENTS)
    G["tok"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits) for _ in range(22))
    G["b64"] = lambda c: "".join(c.rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(32)) + "=="
    G["pri"] = lambda c: str(c.rng.choice([6, 13, 14, 22, 29, 30, 34, 38, 86, 132, 134, 150, 166, 174, 182, 189, 190]))
    G["bool"] = lambda c: c.rng.choice(["true", "false"])
    G["cc2"] = lambda c: c.rng.choice(c.pools.COUNTRY_CODES)
    G["sitename"] = lambda c: c.rng.choice(c.pools.SITES)
    G["ssid"] = lambda c: c.rng.choice(c.pools.SSIDS)
    G["tenant"] = lambda c: c.memo.setdefault("_tenant", G["uuid"](c))
    return G


# ---------------------------------------------------------------- record shapes

import evallib  # noqa: E402


def shapes(*tpls, weights=None):
    """A template that writes one of several shapes of the same product."""
    def t(ctx, rec, cols):
        tpl = ctx.rng.choices(tpls, weights=weights)[0] if weights else ctx.rng.choice(tpls)
        if callable(tpl):
            tpl(ctx, rec, cols)
        else:
            evallib.render(tpl, ctx, rec)
    return t


def csv_row(ctx, rec, cells):
    """An Asterisk/FreeSWITCH CSV row: a cell is a template rendered between
    quotes (written already CSV-escaped), or ('raw', template) unquoted."""
    for i, cell in enumerate(cells):
        if i:
            rec.text(",")
        if isinstance(cell, tuple):
            evallib.render(cell[1], ctx, rec)
        else:
            rec.text('"')
            evallib.render(cell, ctx, rec)
            rec.text('"')


CUCM_STRING = {"callingPartyNumber", "callingPartyUnicodeLoginUserID", "originalCalledPartyNumber",
               "finalCalledPartyNumber", "finalCalledPartyUnicodeLoginUserID", "lastRedirectDn", "pkid",
               "originalCalledPartyNumberPartition", "callingPartyNumberPartition",
               "finalCalledPartyNumberPartition", "lastRedirectDnPartition", "origDeviceName", "destDeviceName",
               "comment", "authCodeDescription", "clientMatterCode", "authorizationCodeValue",
               "outpulsedCallingPartyNumber", "outpulsedCalledPartyNumber", "origIpv4v6Addr", "destIpv4v6Addr",
               "origVideoCap_Resolution_Channel2", "destVideoCap_Resolution_Channel2", "IncomingProtocolCallRef",
               "OutgoingProtocolCallRef", "huntPilotPartition", "huntPilotDN", "IncomingICID", "IncomingOrigIOI",
               "IncomingTermIOI", "OutgoingICID", "OutgoingOrigIOI", "OutgoingTermIOI",
               "outpulsedOriginalCalledPartyNumber", "outpulsedLastRedirectingNumber", "callingPartyNumber_uri",
               "originalCalledPartyNumber_uri", "finalCalledPartyNumber_uri", "lastRedirectDn_uri",
               "mobileCallingPartyNumber", "finalMobileCalledPartyNumber", "origMobileDeviceName",
               "destMobileDeviceName", "originalCalledPartyPattern", "finalCalledPartyPattern",
               "lastRedirectingPartyPattern", "huntPilotPattern", "globalCallId_ClusterID"}


def cucm_row(ctx, rec, cols, cells):
    """A CUCM CDR row of all `cols`; `cells` maps a column to a template.
    Unset integer columns are 0, unset string columns empty."""
    for i, col in enumerate(cols):
        if i:
            rec.text(",")
        tpl = cells.get(col)
        if col in CUCM_STRING:
            rec.text('"')
            if tpl:
                evallib.render(tpl, ctx, rec)
            rec.text('"')
        else:
            evallib.render(tpl if tpl is not None else "0", ctx, rec)
