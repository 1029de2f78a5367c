"""sealed8: the eleventh pair's kept-aside half (never tuned on). No product
here is in wild8. Every template is a callable that picks one of several
shapes of its product; the comment above it names the public source of the
shape, or says `in-house format`.

Labelling decisions (as a DPO would): every IP address is an address, also a
server's; a person's login is a USERNAME, built-in and service accounts are
look-alikes; a person's extension is a PHONE, queue, conference, alarm-centre
and published numbers are look-alikes; a card or tag number is a BADGE; a
given name inside a device or host name is a PERSON_NAME.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from eleventhlib import (L, N, S, NEG, Record, alnum, ast_row, badge, cef_hdr_esc, csv_row, cucm_int,  # noqa: E402,F401
                         cucm_row, device_user, display_name, email, epoch, hx, imei, imeisv, imsi, ip4, ip6, js,
                         js_in_string, kv, login, mac, nd, orgnr, parts, person, phone, phone_dial, pick, pnr,
                         t3164, tiso, tsql, uuid, when)

GENERATORS = {}
CUCM_HEADER_DECOYS = ["finalCalledPartyUnicodeLoginUserID", "destDeviceName", "mobileCallingPartyNumber"]

P = "PERSON_NAME"
U = "USERNAME"
SYSACCTS = ["root", "admin", "www-data", "ftp", "anonymous", "svc_ldapsync", "Directory Manager", "backup"]


def hdr(ctx, rec, host, tag, pid=True):
    rec.text(f"{pick(ctx, ['<30>', '<86>', '<14>', '<190>', ''])}{t3164(ctx)} ")
    parts(rec, host)
    rec.text(f" {tag}" + (f"[{ctx.rng.randint(200, 60000)}]" if pid else "") + ": ")


def hdr5424(ctx, rec, host, app, msgid="-"):
    rec.text(f"<{pick(ctx, ['13', '38', '134'])}>1 {tiso(ctx)} {host} {app} {ctx.rng.randint(200, 90000)} {msgid} - ")


def first(p):
    return p["given"].split(" ")[0].split("-")[0]


def ip(ctx):
    return L("IPV6", ip6(ctx)) if ctx.rng.random() < 0.15 else L("IPV4", ip4(ctx))


# OPNsense web GUI authentication lines (audit log, RFC 5424): opnsense/core
# src/etc/inc/authgui.inc ("/index.php: Successful login for user '%s' from: %s
# (%s)", "Web GUI authentication error for user '%s' on IP address: %s") and
# opnsense/docs source/manual/logging.rst.
def opnsense(ctx, rec, cols):
    hdr5424(ctx, rec, pick(ctx, ["fw1.kvarnby.se", "opnsense-lt"]), "audit")
    p = person(ctx)
    u = L(U, login(ctx, p)) if ctx.rng.random() < 0.8 else L(NEG, pick(ctx, ["root", "admin"]))
    s = ctx.rng.randrange(3)
    if s == 0:
        parts(rec, "/index.php: Successful login for user '", u, "' from: ", ip(ctx), f" ({pick(ctx, ['Local Database', 'LDAP kvarnby', 'RADIUS'])})")
    elif s == 1:
        parts(rec, "/index.php: Web GUI authentication error for user '", u, "' on IP address: ", ip(ctx))
    else:
        parts(rec, "/system_usermanager.php: User ", L(U, login(ctx, person(ctx, 1))), " (", L(P, person(ctx, 1)["full"]),
              ") changed by ", u, "@", ip(ctx))


# Cisco Secure Firewall Threat Defense (FTD) syslog, the %FTD- form of the ASA
# message catalogue: cisco.com/c/en/us/td/docs/security/firepower/Syslogs/
# b_fptd_syslog_guide (113004, 113005, 716001, 722051, 605005). 113004 has two spaces
# after `server =`, as ASA/FTD devices write it (Cisco's own example and parsers' samples).
def ftd(ctx, rec, cols):
    rec.text(f"{pick(ctx, ['<166>', '<164>', '<163>'])}{t3164(ctx)} {pick(ctx, ['ftd-edge-1', 'ftd-vil-02'])} : ")
    u = login(ctx, person(ctx))
    gp = pick(ctx, ["GP_Staff", "GP_Contractors", "DfltGrpPolicy"])
    s = ctx.rng.randrange(5)
    if s == 0:
        parts(rec, "%FTD-6-113004: AAA user authentication Successful : server =  ", L("IPV4", ip4(ctx)), " : user = ", L(U, u))
    elif s == 1:
        parts(rec, "%FTD-6-113005: AAA user authentication Rejected : reason = Invalid password : server = ", L("IPV4", ip4(ctx)),
              " : user = ***** : user IP = ", L("IPV4", ip4(ctx)))
    elif s == 2:
        parts(rec, f"%FTD-6-716001: Group <{gp}> User <", L(U, u), "> IP <", L("IPV4", ip4(ctx)), "> WebVPN session started.")
    elif s == 3:
        parts(rec, f"%FTD-4-722051: Group <{gp}> User <", L(U, u), "> IP <", L("IPV4", ip4(ctx)), "> IPv4 Address <",
              L("IPV4", ip4(ctx)), "> IPv6 address <", L("IPV6", ip6(ctx)), "> assigned to session")
    else:
        parts(rec, "%FTD-6-605005: Login permitted from ", L("IPV4", ip4(ctx)), f"/{ctx.rng.randint(1024, 65535)} to inside:",
              L("IPV4", ip4(ctx)), "/ssh for user \"", L(U, u) if ctx.rng.random() < 0.7 else L(NEG, "admin"), "\"")


# Pure-FTPd messages: jedisct1/pure-ftpd src/messages_en.h ("New connection from
# %s", "Authentication failed for user [%s]", "%s uploaded  (%llu bytes, %.2fKB/sec)")
# with the `(user@host) [LEVEL]` prefix of src/log_unix.c / ftpd.c.
def pureftpd(ctx, rec, cols):
    hdr(ctx, rec, pick(ctx, ["ftp-vilnius", "files.kvarnby.se"]), "pure-ftpd")
    a = ip4(ctx)
    p = person(ctx)
    u = login(ctx, p)
    s = ctx.rng.randrange(4)
    if s == 0:
        parts(rec, "(?@", L("IPV4", a), ") [INFO] New connection from ", L("IPV4", a))
    elif s == 1:
        parts(rec, "(?@", L("IPV4", a), ") [WARNING] Authentication failed for user [", L(U, u), "]")
    elif s == 2:
        parts(rec, "(", L(U, u), "@", L("IPV4", a), ") [NOTICE] /home/", L(U, u), "//",
              pick(ctx, ["raport_", "factura_", "CV_"]), L(P, p["surname"] if p["latin"] else p["sl"]),
              f".pdf uploaded  ({ctx.rng.randint(1000, 9999999)} bytes, {ctx.rng.random() * 900:.2f}KB/sec)")
    else:
        parts(rec, "(", L(NEG, "anonymous"), "@", L("IPV4", a), ") [INFO] Logout.")


# 389 Directory Server access log (`[ts] conn=N op=N BIND dn="..." method=128
# version=3`, `RESULT err=49 ...`, `SRCH base=... filter=...`, `connection
# from A to B`): 389ds/389-ds-base ldap/servers/slapd/result.c, bind.c, and the
# Red Hat Directory Server "Access log reference".
def ds389(ctx, rec, cols):
    t = when(ctx)
    rec.text(f"{pick(ctx, ['<134>', '<142>'])}{t3164(ctx)} ldap01 ns-slapd: [{t:%d/%b/%Y:%H:%M:%S}.{ctx.rng.randint(0, 999999999):09d} +0100] ")
    conn = ctx.rng.randint(1000, 999999)
    p = person(ctx)
    u = login(ctx, p)
    s = ctx.rng.randrange(4)
    if s == 0:
        parts(rec, f"conn={conn} fd={ctx.rng.randint(60, 400)} slot={ctx.rng.randint(60, 400)} SSL connection from ", L("IPV4", ip4(ctx)),
              " to ", L("IPV4", ip4(ctx)))
    elif s == 1:
        parts(rec, f"conn={conn} op=0 BIND dn=\"uid=", L(U, u), ",ou=People,dc=kvarnby,dc=se\" method=128 version=3")
    elif s == 2:
        parts(rec, f"conn={conn} op=0 RESULT err=49 tag=97 nentries=0 wtime=0.000{ctx.rng.randint(100, 999)} optime=0.00{ctx.rng.randint(100, 999)} "
              f"etime=0.00{ctx.rng.randint(100, 999)} - Invalid credentials")
    else:
        k = ctx.rng.randrange(3)
        filt = {0: ["(mail=", L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP))), ")"],
                1: ["(|(cn=", L(P, p["full"]), ")(uid=", L(U, u), "))"],
                2: ["(telephoneNumber=", L("PHONE", phone(ctx, "SE")), ")"]}[k]
        parts(rec, f"conn={conn} op={ctx.rng.randint(1, 9)} SRCH base=\"ou=People,dc=kvarnby,dc=se\" scope=2 filter=\"", *filt,
              "\" attrs=\"cn mail telephoneNumber\"")


# Osmocom MSC/VLR log lines with the subscriber context `IMSI-...:MSISDN-...:TMSI-0x...`
# (osmocom/osmo-msc src/libvlr/vlr.c vlr_subscr_name() and vlr_subscr_set_imeisv()'s
# "set IMEISV on subscriber; IMSI=%s IMEISV=%s", src/libmsc/msc_a.c),
# as written by libosmocore's syslog target.
def osmo_msc(ctx, rec, cols):
    hdr(ctx, rec, "msc-core", "osmo-msc")
    sub = ["IMSI-", L("IMSI", imsi(ctx)), ":MSISDN-", L("PHONE", phone(ctx, style="cc")), f":TMSI-0x{hx(ctx, 8, True)}"]
    s = ctx.rng.randrange(4)
    if s == 0:
        parts(rec, "DMM NOTICE msc_a(", *sub, f":GERAN-A-{ctx.rng.randint(1, 40)}:LU) LOCATION UPDATING ACCEPT")
    elif s == 1:
        parts(rec, "DVLR DEBUG set IMEISV on subscriber; IMSI=", sub[1], " IMEISV=", L("IMEI", imeisv(ctx)))
    elif s == 2:
        parts(rec, "DMSC NOTICE msc_a(", *sub, f":UTRAN-Iu-{ctx.rng.randint(1, 40)}:CM_SERVICE_REQ) MO call to ",
              L("PHONE", phone(ctx, style="natd")) if ctx.rng.random() < 0.7 else L(NEG, pick(ctx, ["112", "113", "101"])))
    else:
        parts(rec, "DSMS INFO sms(", *sub, ") SMS submitted to ", L("PHONE", phone(ctx, style="cc")), f", ref={ctx.rng.randint(0, 255)}")


# Unbound query and reply logging (`info: <client> <name>. A IN`): NLnetLabs/unbound
# util/log.c log_query_in() and daemon/worker.c (log-queries / log-replies).
def unbound(ctx, rec, cols):
    hdr(ctx, rec, "dns-res1", "unbound", pid=False)
    rec.text(f"[{ctx.rng.randint(1000, 60000)}:{ctx.rng.randint(0, 3)}] info: ")
    p = person(ctx)
    g = first(p) if p["latin"] else p["gl"]
    s = ctx.rng.randrange(3)
    if s == 0:
        parts(rec, L("IPV4", ip4(ctx)), " ", L(P, g), pick(ctx, ["s-MacBook-Air", "-Galaxy-S23", "-iPhone"]), ".lan. A IN")
    elif s == 1:
        parts(rec, "reply: ", L("IPV4", ip4(ctx)), " ", pick(ctx, ["login.microsoftonline.com", "kvarnby.se", "static.ziggo.nl"]),
              f". AAAA IN NOERROR 0.00{ctx.rng.randint(1000, 9999)} 0 {ctx.rng.randint(40, 400)}")
    else:
        ipv = ip4(ctx)
        rev = ".".join(reversed(ipv.split(".")))
        parts(rec, L("IPV6", ip6(ctx)), " ", L("IPV4", rev), ".in-addr.arpa. PTR IN")


# fail2ban log lines (`fail2ban.actions [pid]: NOTICE [jail] Ban a.b.c.d`,
# `fail2ban.filter [pid]: INFO [jail] Found a.b.c.d - ts`): fail2ban/fail2ban
# fail2ban/server/actions.py and filter.py.
def fail2ban(ctx, rec, cols):
    t = when(ctx)
    rec.text(f"{t:%Y-%m-%d %H:%M:%S},{ctx.rng.randint(0, 999):03d} ")
    jail = pick(ctx, ["sshd", "asterisk", "dovecot", "nextcloud"])
    a = L("IPV6", ip6(ctx)) if ctx.rng.random() < 0.2 else L("IPV4", ip4(ctx))
    s = ctx.rng.randrange(3)
    if s == 0:
        parts(rec, f"fail2ban.actions        [{ctx.rng.randint(300, 9000)}]: NOTICE  [{jail}] Ban ", a)
    elif s == 1:
        parts(rec, f"fail2ban.filter         [{ctx.rng.randint(300, 9000)}]: INFO    [{jail}] Found ", a, f" - {t:%Y-%m-%d %H:%M:%S}")
    else:
        parts(rec, f"fail2ban.actions        [{ctx.rng.randint(300, 9000)}]: NOTICE  [{jail}] Unban ", a)


# ISC Kea DHCPv4 server log messages: isc-projects/kea src/bin/dhcp4/dhcp4_messages.mes
# (DHCP4_LEASE_ALLOC, DHCP4_CLIENT_HOSTNAME_DATA, DHCP4_RELEASE) with Kea's
# `[hwtype=1 mac], cid=[...], tid=0x...` client identification.
def kea(ctx, rec, cols):
    hdr(ctx, rec, "dhcp-a", "kea-dhcp4")
    m = mac(ctx, "colon")
    cid = ["01:", L("MAC", m)] if ctx.rng.random() < 0.5 else ["no info"]
    ident = ["[hwtype=1 ", L("MAC", m), "], cid=[", *cid, f"], tid=0x{hx(ctx, 8)}: "]
    s = ctx.rng.randrange(3)
    lvl = f"INFO  [kea-dhcp4.{pick(ctx, ['leases', 'dhcp4', 'ddns'])}/{ctx.rng.randint(100, 9000)}.{ctx.rng.randint(100000, 999999)}] "
    if s == 0:
        parts(rec, lvl, "DHCP4_LEASE_ALLOC ", *ident, "lease ", L("IPV4", ip4(ctx)), f" has been allocated for {pick(ctx, ['4000', '86400', '7200'])} seconds")
    elif s == 1:
        p = person(ctx)
        parts(rec, lvl, "DHCP4_CLIENT_HOSTNAME_DATA ", *ident, "client sent Hostname option: ",
              L(P, first(p) if p["latin"] else p["gl"]), pick(ctx, ["-iPhone", "s-Air", "-PC", "-Pixel-8"]))
    else:
        parts(rec, lvl, "DHCP4_RELEASE ", *ident, "address ", L("IPV4", ip4(ctx)), " was released properly.")


CHATS = [
    ("lt", "LT", "Laba diena, aš {name}, mano telefonas {phone}. Neveikia el. paštas, bilietas {ticket}."),
    ("ro", "RO", "Bună ziua, sunt {name}, tel. {phone}. Nu pot accesa contul; tichet {ticket}."),
    ("it", "IT", "Buongiorno, sono {name}, mi richiami al {phone}. Ticket {ticket}, urgenze {svc}."),
    ("fr", "FR", "Bonjour, {name} à l'appareil, rappelez-moi au {phone}. Ticket {ticket}."),
    ("nl", "NL", "Hoi, dit is {name}, bel me terug op {phone}. Melding {ticket}."),
    ("uk", "UA", "Добрий день, я {name}, мій номер {phone}. Заявка {ticket}."),
    ("ru", "UA", "Здравствуйте, это {name}, перезвоните на {phone}. Заявка {ticket}."),
    ("ti", "ER", "ሰላም፡ ኣነ {name} እየ፡ ቁጽሪ ስልኪ {phone}። ቲኬት {ticket}"),
    ("ko", "KR", "안녕하세요, {name}입니다. {phone}로 연락 주세요. 티켓 {ticket}"),
    ("se", "SE", "Hej, {name} här ({pnr}), ring {phone}. Ärende {ticket}, vid nödläge {svc}."),
    (None, None, "Hi, {name} here, call me back on {phone} about ticket {ticket}; not urgent, not {svc}."),
]


# A service desk's web chat transcript lines relayed to syslog: in-house format
# (Lithuanian, Romanian, Italian, French, Dutch, Ukrainian, Russian, Tigrinya,
# Korean, Swedish, English).
def chat(ctx, rec, cols):
    cult, iso, text = pick(ctx, CHATS)
    p = person(ctx, 0, cult)
    hdr(ctx, rec, "helpdesk-web", "chatrelay")
    parts(rec, f"chat={hx(ctx, 12)} agent=", L(U, login(ctx, person(ctx, 1))), " visitor_ip=", L("IPV4", ip4(ctx)), " msg=\"")
    vals = {"name": L(P, p["full"] if ctx.rng.random() < 0.6 else (first(p) if p["latin"] else p["given"])),
            "phone": L("PHONE", phone(ctx, iso)), "ticket": L(NEG, f"SD-{ctx.rng.randint(2027, 2027)}-{nd(ctx, 5)}"),
            "svc": L(NEG, pick(ctx, ctx.pools.SERVICE_NUMBERS)), "pnr": L("PERSONNUMMER", pnr(ctx))}
    if cult == "se" and ctx.rng.random() < 0.4:
        vals["pnr"] = L("SAMORDNINGSNUMMER", pnr(ctx, samordning=True))
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", text):
        rec.text(text[pos:m.start()])
        parts(rec, vals[m.group(1)])
        pos = m.end()
    rec.text(text[pos:] + "\"")


# A parking garage's barrier controller (tenant staff cards, SMS receipts): in-house format.
def parking(ctx, rec, cols):
    hdr(ctx, rec, pick(ctx, ["p-hus-norr", "garage-b2"]), "barrierd")
    p = person(ctx)
    s = ctx.rng.randrange(3)
    lane = pick(ctx, ["IN-1", "IN-2", "OUT-1"])
    if s == 0:
        parts(rec, f"lane={lane} card=", L("BADGE", badge(ctx)), " holder=\"", L(P, display_name(ctx, p)), "\" tenant=",
              L(NEG, pick(ctx, ["Kvarnby Bygg AB", "Spedizioni Nord"])), " orgnr=", L("ORGNR", orgnr(ctx)), " result=OPEN")
    elif s == 1:
        parts(rec, f"lane={lane} card=", L("BADGE", badge(ctx)), " result=DENIED reason=blocked orgnr_ref=", L(NEG, orgnr(ctx, broken=True)))
    else:
        parts(rec, f"lane={lane} payment=sms from=", L("PHONE", phone(ctx)), " amount=", f"{ctx.rng.randint(10, 180)}.00 SEK ref=",
              L(NEG, nd(ctx, 12)), " shortcode=", L(NEG, pick(ctx, ["72550", "71717"])))


# ---------------------------------------------------------------- json

# MessageBird SMS API message object (recipients.items[].recipient as a JSON
# number, originator, body, createdDatetime): developers.messagebird.com/api/sms-messaging/
# ("The message object"); inbound via the "receive messages" webhook.
def messagebird(ctx, rec, cols):
    p = person(ctx)
    orig = L(NEG, pick(ctx, ["Kvarnby", "VilniusKlin", "3197004499999"]))
    num = phone(ctx, style="cc")
    body_t = pick(ctx, ["Ciao {g}, il tuo appuntamento è confermato.", "Bonjour {g}, votre code est {code}.",
                        "Sveiki {g}, jūsų siunta pristatyta.", "Hej {g}! Din tid är bokad."])
    pre, _, post = body_t.partition("{g}")
    code = nd(ctx, 6)
    body = [pre, L(P, first(p) if p["latin"] else p["given"]), post]
    if "{code}" in post:
        a, _, b = post.partition("{code}")
        body = [pre, L(P, first(p) if p["latin"] else p["given"]), a, L(NEG, code), b]
    js(rec, {"id": hx(ctx, 32), "href": "https://rest.messagebird.com/messages/" + hx(ctx, 32), "direction": "mt",
             "type": "sms", "originator": orig, "body": S(*body), "reference": L(NEG, f"ORD-{nd(ctx, 8)}"), "validity": None,
             "gateway": 10, "typeDetails": {}, "datacoding": "unicode", "mclass": 1, "scheduledDatetime": None,
             "createdDatetime": tiso(ctx, ms=False).replace("Z", "+00:00"),
             "recipients": {"totalCount": 1, "totalSentCount": 1, "totalDeliveredCount": 0, "totalDeliveryFailedCount": 0,
                            "items": [{"recipient": N(num, "PHONE"), "status": pick(ctx, ["sent", "delivered", "delivery_failed"]),
                                       "statusDatetime": tiso(ctx, 5, ms=False).replace("Z", "+00:00")}]}})


# Mattermost audit log records as docs.mattermost.com "Audit Log JSON Schema" shows them
# (schema and the record examples: timestamp `2022-08-17 20:37:52.846 +01:00`, event_name,
# status, actor {user_id, session_id, client, ip_address}, event {parameters, prior_state,
# resulting_state, object_type}, meta {api_path, cluster_id}, error {status_code,
# description} when status is fail); parameter names from mattermost/mattermost's audit calls.
def mattermost(ctx, rec, cols):
    p = person(ctx)
    ev = pick(ctx, ["login", "updateUser", "createPost", "patchUser"])
    aid = lambda: alnum(ctx, 26, "abcdefghijklmnopqrstuvwxyz0123456789")
    uid = aid()
    params = {"login": {"login_id": L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP))) if ctx.rng.random() < 0.6 else L(U, login(ctx, p)),
                        "device_id": ""},
              "updateUser": {"user": {"id": aid(), "username": L(U, login(ctx, p)),
                                      "first_name": L(P, p["given"]), "last_name": L(P, p["surname"])}},
              "createPost": {"channel_id": aid()},
              "patchUser": {"patch": {"nickname": L(P, first(p) if p["latin"] else p["given"]), "position": "Dispatcher"}}}[ev]
    status = pick(ctx, ["success", "fail", "attempt"])
    t = when(ctx)
    rec_ = {"timestamp": f"{t:%Y-%m-%d %H:%M:%S}.{ctx.rng.randint(0, 999):03d} +01:00", "event_name": ev, "status": status,
            "actor": {"user_id": uid, "session_id": L(NEG, aid()),
                      "client": pick(ctx, ["mattermost-desktop/5.9.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"]),
                      "ip_address": ip(ctx)},
            "event": {"parameters": params, "prior_state": {}, "resulting_state": {}, "object_type": "user" if "User" in ev else ""},
            "meta": {"api_path": "/api/v4/users/login" if ev == "login" else (f"/api/v4/users/{uid}/patch" if ev != "createPost" else "/api/v4/posts"),
                     "cluster_id": L(NEG, aid())}}
    if status == "fail":
        rec_["error"] = ({"status_code": 401, "description": "Enter a valid email or username and/or password."} if ev == "login"
                         else {"status_code": 403, "description": "You do not have the appropriate permissions."})
    js(rec, rec_)


# SOTI MobiControl REST API device objects (DeviceName, DeviceId, IMEI_MEID_ESN,
# PhoneNumber, MACAddress, HostName, Path, LastLoggedOnUser): SOTI MobiControl API
# reference `GET /MobiControl/api/devices` (soti.net docs, "Device" model); one
# device of the returned array per line (HardwareSerialNumber as the third-party API
# clients name it). The device id and serial number identify a person's device but no
# type names them: left unlabelled.
def soti(ctx, rec, cols):
    p = person(ctx)
    g = first(p) if p["latin"] else p["gl"]
    js(rec, {"Kind": pick(ctx, ["AndroidPlus", "iOS", "AndroidWork"]), "DeviceId": "{" + uuid(ctx).upper() + "}",
              "DeviceName": S(L(P, g), pick(ctx, ["-Tab", "-Zebra-TC52", " iPhone"])),
              "Path": f"\\\\Kvarnby\\{pick(ctx, ['Lager', 'Hemtjänst', 'Åkeri'])}", "IMEI_MEID_ESN": L("IMEI", imei(ctx, style="plain")),
              "PhoneNumber": L("PHONE", phone(ctx)), "MACAddress": L("MAC", mac(ctx, "bare")),
              "HostName": L(P, g), "LastLoggedOnUser": L(U, login(ctx, p)), "Manufacturer": pick(ctx, ["Zebra Technologies", "Samsung", "Apple"]),
              "Model": pick(ctx, ["TC52", "SM-A546B", "iPhone15,2"]), "OSVersion": L(NEG, pick(ctx, ["13", "14", "17.5.1"])),
              "HardwareSerialNumber": alnum(ctx, 11), "IsAgentOnline": ctx.rng.random() < 0.5,
              "LastCheckInTime": tiso(ctx)})


# SAP BTP Audit Log retrieval API entries (message_uuid, time, tenant, user,
# category, and the event as JSON text in `message`): help.sap.com
# "Audit Log Retrieval API Usage for the Cloud Foundry Environment" (its result example and
# API clients type `message` as a string). The data subject's BusinessPartner key names
# that person: personal with no type, left unlabelled.
def sap_btp(ctx, rec, cols):
    p = person(ctx)
    u = email(ctx, p, pick(ctx, ctx.pools.CORP))
    cat = pick(ctx, ["audit.security-events", "audit.data-access", "audit.configuration"])
    if cat == "audit.data-access":
        inner = {"uuid": uuid(ctx), "user": L("EMAIL", u), "time": tiso(ctx), "object": {"type": "BusinessPartner", "id": {"key": nd(ctx, 10)}},
                 "data_subject": {"type": "Person", "id": {"name": L(P, p["full"]), "phone": L("PHONE", phone(ctx))}},
                 "attributes": [{"name": "Email"}], "tenant": uuid(ctx)}
    elif cat == "audit.security-events":
        inner = {"uuid": uuid(ctx), "user": L("EMAIL", u), "time": tiso(ctx), "ip": L("IPV4", ip4(ctx)),
                 "data": f"Login attempt failed ({pick(ctx, ['wrong password', 'user locked'])})", "tenant": uuid(ctx)}
    else:
        inner = {"uuid": uuid(ctx), "user": L("EMAIL", u), "time": tiso(ctx), "object": {"type": "role-collection", "id": {"name": "Subaccount Administrator"}},
                 "attributes": [{"name": "user", "old": "", "new": L("EMAIL", email(ctx, person(ctx, 1), pick(ctx, ctx.pools.CORP)))}]}
    rec.text('{"message_uuid":"' + uuid(ctx) + '","time":"' + tiso(ctx) + '","tenant":"' + uuid(ctx) + '","org_id":"' + uuid(ctx) +
             '","space_id":"' + uuid(ctx) + '","app_or_service_id":"' + uuid(ctx) + '","als_service_id":"' + uuid(ctx) + '","user":"')
    parts(rec, L("EMAIL", u), f'","category":"{cat}","format_version":"","message":"')
    js_in_string(rec, inner)
    rec.text('"}')


# Oracle Cloud Infrastructure Audit events (data.identity.principalName,
# ipAddress, userAgent; data.resourceName): docs.oracle.com/en-us/iaas/Content/
# Audit/Reference/logeventreference.htm ("Contents of an Audit Log Event").
def oci_audit(ctx, rec, cols):
    p = person(ctx)
    pn = email(ctx, p, pick(ctx, ctx.pools.CORP))
    ev = pick(ctx, ["UpdateUser", "CreateUser", "InteractiveLogin", "ListBuckets"])
    res = L("EMAIL", email(ctx, person(ctx, 1), pick(ctx, ctx.pools.CORP))) if ev in ("UpdateUser", "CreateUser") else pick(ctx, ["prod-backups", ""])
    ocid = "ocid1.tenancy.oc1..aaaaaaaa" + alnum(ctx, 52, "abcdefghijklmnopqrstuvwxyz0123456789")
    js(rec, {"eventType": f"com.oraclecloud.identitycontrolplane.{ev.lower()}", "cloudEventsVersion": "0.1", "eventTypeVersion": "2.0",
             "source": "IdentityControlPlane", "eventID": uuid(ctx), "eventTime": tiso(ctx), "contentType": "application/json",
             "data": {"eventGroupingId": None, "eventName": ev, "compartmentId": L(NEG, ocid), "compartmentName": "kvarnby",
                      "resourceName": res, "resourceId": "ocid1.user.oc1..aaaaaaaa" + alnum(ctx, 52, "abcdefghijklmnopqrstuvwxyz0123456789"),
                      "availabilityDomain": pick(ctx, ["AD1", "AD2"]),
                      "identity": {"principalName": L("EMAIL", pn) if ctx.rng.random() < 0.7 else L(U, login(ctx, p)),
                                   "principalId": "ocid1.user.oc1..aaaaaaaa" + alnum(ctx, 52, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                   "authType": "natv", "callerName": None, "callerId": None, "tenantId": L(NEG, ocid),
                                   "ipAddress": ip(ctx), "credentials": None,
                                   "userAgent": L(NEG, pick(ctx, ["Oracle-JavaSDK/3.44.1", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Safari/605.1.15"]))},
                      "request": {"id": hx(ctx, 32).upper(), "path": "/20160918/users/", "action": "PUT", "parameters": {}, "headers": {}},
                      "response": {"status": "200", "responseTime": tiso(ctx, 1)}}})


# A rail operator's booking export (French and Italian keys, passengers, loyalty cards): in-house format.
# A passenger's loyalty card number is personal but no type names it: left unlabelled.
def rail_booking(ctx, rec, cols):
    a, b = person(ctx), person(ctx, 1)
    if ctx.rng.random() < 0.5:
        js(rec, {"dossier": L(NEG, alnum(ctx, 6)), "trajet": {"depart": L(NEG, pick(ctx, ["Lyon Part-Dieu", "Lille Europe"])), "arrivee": "Bruxelles-Midi",
                 "date": f"{when(ctx):%Y-%m-%d}"},
                 "passagers": [{"nom": L(P, a["surname"]), "prenom": L(P, a["given"]), "telephone": L("PHONE", phone(ctx, "FR")),
                                "courriel": L("EMAIL", email(ctx, a, keep_diacritics=ctx.rng.random() < 0.3)), "carte": "29090" + nd(ctx, 12)},
                               {"nom": L(P, b["surname"]), "prenom": L(P, b["given"])}],
                 "service_client": L(NEG, "3635"), "canal": "app"}, ascii_only=ctx.rng.random() < 0.5)
    else:
        js(rec, {"codice_prenotazione": L(NEG, alnum(ctx, 6)), "tratta": "Milano Centrale - Roma Termini",
                 "passeggero": {"nominativo": L(P, display_name(ctx, a)), "cellulare": L("PHONE", phone(ctx, "IT")),
                                "email": L("EMAIL", email(ctx, a))},
                 "carta_fedelta": nd(ctx, 9), "assistenza": L(NEG, "892021"), "operatore": L(U, login(ctx, b))})


# A cross-border e-prescription gateway's dispensing events (Swedish patients
# abroad and foreign patients in Sweden; Italian, French and Swedish keys): in-house format.
def eprescription(ctx, rec, cols):
    p = person(ctx)
    samord = ctx.rng.random() < 0.35
    idv = L("SAMORDNINGSNUMMER" if samord else "PERSONNUMMER", pnr(ctx, samordning=samord))
    js(rec, {"evento": pick(ctx, ["DISPENSAZIONE", "DÉLIVRANCE", "UTLÄMNING"]), "ricetta": L(NEG, "NRE" + nd(ctx, 12)),
             "patient": {"namn": L(P, display_name(ctx, p)), "id": idv, "telefon": L("PHONE", phone(ctx))},
             "kontroll": {"id_ref": L(NEG, pnr(ctx, broken=True))},
             "apotek": {"gln": L(NEG, "735" + nd(ctx, 10)), "farmaceut": L(U, login(ctx, person(ctx, 1)))},
             "atc": L(NEG, pick(ctx, ["N02BE01", "C09AA05", "J01CA04"])), "ts": tiso(ctx)})


# ---------------------------------------------------------------- kv-cef

# ESET PROTECT On-Prem events exported to Syslog in CEF: help.eset.com/protect_admin/latest/
# en-US/events_exported_to_cef_format.html (Device Product `Protect`, Device Event Class ID
# a number by category: 100-199 threat, 200-299 firewall; common extensions cat (`ESET
# Threat Event`, `ESET Firewall Event`), dvc, dvchost, deviceExternalId, rt as `%b %d %Y
# %H:%M:%S`, ESETProtectDeviceGroupName, ESETProtectDeviceOsName). The per-category keys
# (cs1 threat name, act, filePath, suser; src/dst/dpt/proto) are CEF standard keys as SIEM
# integrations show them, not confirmed against that page. The computer's UUID names one
# person's device: left unlabelled.
def eset(ctx, rec, cols):
    p = person(ctx)
    u = login(ctx, p)
    g = first(p) if p["latin"] else p["gl"]
    t = when(ctx)
    threat = ctx.rng.random() < 0.6
    cid, name = (pick(ctx, [(109, "Threat detected"), (183, "File scanner cleaned a virus")]) if threat
                 else pick(ctx, [(201, "Detected port scanning attack"), (203, "Security vulnerability exploitation attempt")]))
    rec.text(f"CEF:0|ESET|Protect|11.1.{ctx.rng.randint(10, 30)}.0|{cid}|{cef_hdr_esc(name)}|{pick(ctx, ['3', '5', '7'])}|")
    parts(rec, f"cat=ESET {'Threat' if threat else 'Firewall'} Event dvc=", L("IPV4", ip4(ctx)), " dvchost=", L(P, g),
          pick(ctx, ["-LT", "-PC", "-WS01"]), " deviceExternalId=" + uuid(ctx), f" rt={t:%b %d %Y %H:%M:%S}",
          f" ESETProtectDeviceGroupName=All/{pick(ctx, ['Kvarnby/Ekonomi', 'Kvarnby/Lager', 'Lost & found'])}",
          f" ESETProtectDeviceOsName={pick(ctx, ['Microsoft Windows 11 Pro', 'Microsoft Windows 10 Enterprise'])}")
    if threat:
        parts(rec, " cs1=Win32/PSW.Agent.OGR trojan cs1Label=Threat Name act=Cleaned by deleting filePath=file:///C:/Users/", L(U, u),
              f"/Downloads/faktura_{nd(ctx, 5)}.zip suser=KVARNBY\\\\", L(U, u))
    else:
        parts(rec, " src=", L("IPV4", ip4(ctx)), " dst=", L("IPV4", ip4(ctx)), f" dpt={pick(ctx, ['445', '3389', '135'])} proto=TCP act=Blocked")


# Akamai SIEM CEF connector output: the connector's CEFConnector.properties format
# (akamai.cefformatheader `CEF:0|Akamai|akamai_siem|1.0|eventClassId()|name()|severity()`,
# severity 5 detect / 10 mitigate; akamai.cefformatextension `act= app= c6a2= c6a2Label=
# cs1= cs1Label=Rules cs2= cs2Label=Rule Messages ... devicePayloadId= dhost= dpt=
# flexString1= flexString1Label=Security Config ID flexString2= flexString2Label=Firewall
# Policy Id out= request= requestMethod= src= start=`), as techdocs.akamai.com "SIEM CEF
# connector" and Google SecOps' Akamai WAF page reproduce it.
def akamai(ctx, rec, cols):
    p = person(ctx)
    act = pick(ctx, ["alert", "deny", "monitor"])
    rec.text(f"CEF:0|Akamai|akamai_siem|1.0|{'detect' if act != 'deny' else 'mitigate'}|Activity {'detected' if act != 'deny' else 'mitigated'}|{'5' if act != 'deny' else '10'}|")
    a = ip(ctx)
    host = pick(ctx, ["shop.kvarnby.se", "www.spedizioni-nord.it"])
    parts(rec, f"act={act} app=HTTP/1.1 c6a2=", a if a.typ == "IPV6" else "", " c6a2Label=Source IPv6 Address cs1=",
          L(NEG, pick(ctx, ["950002", "981176", "3000014"])), " cs1Label=Rules cs2=", pick(ctx, ["SQL Injection Attack", "Anomaly Score Exceeded for Inbound", "Remote File Access Attempt"]),
          " cs2Label=Rule Messages devicePayloadId=", L(NEG, hx(ctx, 8) + "." + hx(ctx, 8)), " dhost=", host,
          " dpt=443 flexString1=", L(NEG, str(ctx.rng.randint(10000, 99999))), " flexString1Label=Security Config ID flexString2=",
          L(NEG, pick(ctx, ["kvar_123456", "sped_654321"])), f" flexString2Label=Firewall Policy Id out={ctx.rng.randint(200, 9000)} request=https://{host}/")
    s = ctx.rng.randrange(3)
    if s == 0:
        parts(rec, "login?email=", L("EMAIL", email(ctx, p).replace("@", "%40")))
    elif s == 1:
        parts(rec, "konto/", L(U, login(ctx, p)), "/profil")
    else:
        parts(rec, "track?tel=", L("PHONE", phone(ctx, style="e164").replace("+", "%2B")))
    parts(rec, f" requestMethod={pick(ctx, ['GET', 'POST'])} src=", a, f" start={epoch(ctx)}")


# Dex (dexidp/dex) server log lines: server/handlers.go, "login successful: connector %q,
# username=%q, preferred_username=%q, email=%q, groups=%q" through logrus, and since the
# move to log/slog `InfoContext(ctx, "login successful", "connector_id", ..., "username",
# claims.Username, "preferred_username", claims.PreferredUsername, "email", ..., "groups",
# ...)` with the request's request_id and client_remote_addr. `username` is the connector's
# display name (LDAP nameAttr, GitHub name): a person's name; `preferred_username` is the login.
def dex(ctx, rec, cols):
    p = person(ctx)
    u, em = login(ctx, p), email(ctx, p, pick(ctx, ctx.pools.CORP))
    name = p["full"]
    conn = pick(ctx, ["ldap", "saml-entra", "github"])
    grp = pick(ctx, ["staff", "lager", "ekonomi"])
    pref = L(U, u) if ctx.rng.random() < 0.8 else ""
    if ctx.rng.random() < 0.5:
        parts(rec, f'time="{tiso(ctx, ms=False)}" level=info msg="login successful: connector \\"{conn}\\", username=\\"', L(P, name),
              '\\", preferred_username=\\"', pref, '\\", email=\\"', L("EMAIL", em), f'\\", groups=[\\"{grp}\\"]"')
    else:
        q = '"' if " " in name else ""
        parts(rec, f"time={tiso(ctx)} level=INFO msg=\"login successful\" connector_id={conn} username={q}", L(P, name),
              f"{q} preferred_username=", pref, " email=", L("EMAIL", em), f" groups=[{grp}] request_id={uuid(ctx)} client_remote_addr=",
              L("IPV4", ip4(ctx)))


# A mobile operator's HLR/HSS provisioning gateway (subscriber create, SIM swap,
# IMEI check) in key=value: in-house format. The ICCID (the subscriber's SIM) is personal
# but no type names it: left unlabelled.
def hlr_prov(ctx, rec, cols):
    op = pick(ctx, ["CREATE_SUB", "SIM_SWAP", "IMEI_CHECK", "DELETE_SUB"])
    pairs = [("ts", tiso(ctx)), ("op", op), ("imsi", L("IMSI", imsi(ctx))), ("msisdn", L("PHONE", phone(ctx, style="cc")))]
    if op == "SIM_SWAP":
        pairs += [("new_imsi", L("IMSI", imsi(ctx))), ("iccid", "8946" + nd(ctx, 15))]
    if op == "IMEI_CHECK":
        pairs += [("imei", L("IMEI", imei(ctx, style="plain"))), ("eir_ref", L(NEG, imei(ctx, broken=True, style="plain")))]
    pairs += [("ki_hash", L(NEG, hx(ctx, 32))), ("by", L(U, login(ctx, person(ctx))) if ctx.rng.random() < 0.7 else L(NEG, "prov-batch")),
              ("src", L("IPV4", ip4(ctx))), ("result", pick(ctx, ["OK", "ERR_NOT_FOUND"]))]
    kv(rec, pairs)


# ---------------------------------------------------------------- asterisk-cdr
# Asterisk cdr_csv rows: asterisk/asterisk cdr/cdr_csv.c (quoted cells,
# duration and billsec bare; 16, 17 or 18 cells).

def _t(ctx):
    d = ctx.rng.randint(4, 1500)
    b = max(0, d - ctx.rng.randint(0, 30))
    return [tsql(ctx), tsql(ctx, d - b) if b else "", tsql(ctx, d), str(d), str(b)]


def _uid(ctx):
    return f"{epoch(ctx)}.{ctx.rng.randint(1, 20000)}"


# A municipal social-alarm receiver: alarm units (the elderly's lines) calling
# the alarm centre queue, the client named in userfield with personnummer. The alarm unit's
# id (in the client's home) is personal with no type: left unlabelled.
def ast_social_alarm(ctx, rec, cols):
    p = person(ctx, 0, pick(ctx, ["se", "se", "lt", "it", "uk", "ti-latin"]))
    num = phone_dial(ctx, "SE")
    st, an, en, d, b = _t(ctx)
    uf = ["klient=", L(P, p["full"]), ";pnr=", L("PERSONNUMMER", pnr(ctx, style=pick(ctx, ["12", "12-", "10-"])))] if ctx.rng.random() < 0.6 \
        else ["larm=", pick(ctx, ["FALL", "BRAND", "TEST"]), ";enhet=NEO-" + nd(ctx, 8)]
    cells = [L("BADGE", badge(ctx)) if ctx.rng.random() < 0.3 else "", L("PHONE", num), L(NEG, pick(ctx, ["8800", "8801"])), "larm-in",
             ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", num), '>'], f"PJSIP/larm-trunk-{hx(ctx, 8)}",
             ["PJSIP/", L("PHONE", str(ctx.rng.randint(5500, 5599))), f"-{hx(ctx, 8)}"], "Queue", "larmcentral,tT,,,120",
             st, an, en, d, b, "ANSWERED" if an else "NO ANSWER", "DOCUMENTATION", _uid(ctx), uf]
    ast_row(rec, cells)


# A university PBX: staff and students calling out and in, voicemail, the
# student union's published number (look-alike).
def ast_university(ctx, rec, cols):
    st, an, en, d, b = _t(ctx)
    ext = str(ctx.rng.randint(46000, 46999))
    p = person(ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        num = phone_dial(ctx)
        cells = ["", L("PHONE", ext), L("PHONE", num), "uni-staff", ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", ext), '>'],
                 ["PJSIP/", L("PHONE", ext), f"-{hx(ctx, 8)}"], f"PJSIP/sunet-{hx(ctx, 8)}", "Dial", ["PJSIP/", L("PHONE", num), "@sunet,90,Tt"],
                 st, an, en, d, b, "ANSWERED" if an else "FAILED", "DOCUMENTATION", _uid(ctx)]
    elif s == 1:
        num = phone_dial(ctx)
        cells = ["", L("PHONE", num), L("PHONE", ext), "from-sunet", ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", num), '>'],
                 f"PJSIP/sunet-{hx(ctx, 8)}", "", "VoiceMail", [L("PHONE", ext), "@uni,u"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION"]
    else:
        cells = ["", L("PHONE", ext), L(NEG, pick(ctx, ["0900-8844", "113", "1177"])), "uni-student",
                 ['"', L(U, login(ctx, p)), '" <', L("PHONE", ext), '>'], ["PJSIP/", L("PHONE", ext), f"-{hx(ctx, 8)}"], "", "Hangup", "",
                 st, "", en, d, "0", "FAILED", "DOCUMENTATION", _uid(ctx), "blocked=premium"]
    ast_row(rec, cells)


# A web call-back service: originated through Local channels to a customer's
# number, cost centre in accountcode (look-alike), order reference in userfield
# (and a business customer's organisation number): in-house userfield.
def ast_callback(ctx, rec, cols):
    st, an, en, d, b = _t(ctx)
    num = phone_dial(ctx)
    agent = str(ctx.rng.randint(230, 289))
    cells = [L(NEG, f"CC{nd(ctx, 4)}"), L(NEG, pick(ctx, ["0101234567", "+46101234567"])), L("PHONE", num), "callback-out",
             '"Kvarnby Kundtjänst" <0101234567>', f"Local/{nd(ctx, 4)}@callback-{hx(ctx, 8)};2",
             ["PJSIP/", L("PHONE", agent), f"-{hx(ctx, 8)}"], "Dial", ["PJSIP/", L("PHONE", agent), ",30"], st, an, en, d, b,
             "ANSWERED" if an else "NO ANSWER", "DOCUMENTATION", _uid(ctx), [f"order=", L(NEG, f"KV-{nd(ctx, 7)}")]]
    if ctx.rng.random() < 0.3:  # a business customer: its organisation number
        cells[-1] += [";org=", L("ORGNR", orgnr(ctx))]
    ast_row(rec, cells)


# ---------------------------------------------------------------- freeswitch-cdr
# mod_cdr_csv default template (freeswitch/freeswitch conf/vanilla/autoload_configs/
# cdr_csv.conf.xml, "example" template): 15 quoted cells.

def _fs(ctx, rec, name, num, dest, context, acct):
    d = ctx.rng.randint(2, 900)
    b = max(0, d - ctx.rng.randint(0, 20))
    csv_row(rec, [name, num, dest, context, tsql(ctx), tsql(ctx, d - b) if b else "", tsql(ctx, d), str(d), str(b),
                  pick(ctx, ["NORMAL_CLEARING", "NO_USER_RESPONSE", "CALL_REJECTED"]), uuid(ctx), "", acct, "PCMU", "PCMU"])


# A bank's IVR: customers by number and name, IVR menus and the fraud line as
# destinations (look-alikes), card-block flows.
def fs_bank_ivr(ctx, rec, cols):
    p = person(ctx)
    num = phone_dial(ctx)
    name = pick(ctx, ["n", "n", "num", "unk"])
    nm = {"n": L(P, display_name(ctx, p)), "num": L("PHONE", num), "unk": "UNKNOWN"}[name]
    _fs(ctx, rec, nm, L("PHONE", num) if name != "unk" else L(NEG, "0000000000"),
        L(NEG, pick(ctx, ["ivr_kort_sparr", "ivr_main", "0771-1177 00", "5000"])), "public", "")


# A school's absence line: guardians calling in, pupils' names as caller names
# set by the school app, staff extensions with badges in accountcode.
def fs_school(ctx, rec, cols):
    p = person(ctx)
    if ctx.rng.random() < 0.6:
        num = phone_dial(ctx)
        _fs(ctx, rec, ["Frånvaro ", L(P, display_name(ctx, p))], L("PHONE", num), L(NEG, pick(ctx, ["7070", "frånvaro"])), "school-public", "")
    else:
        ext = str(ctx.rng.randint(600, 699))
        _fs(ctx, rec, L(P, display_name(ctx, p)), L("PHONE", ext), L("PHONE", phone_dial(ctx)), "school-staff", L("BADGE", badge(ctx)))


# ---------------------------------------------------------------- cisco-cucm-cdr
# CUCM CDR rows (Cisco Unified CM "Call Detail Records Administration Guide",
# field descriptions; mobility fields mobileCallingPartyNumber,
# finalMobileCalledPartyNumber, origMobileDeviceName): 129 columns.

def _base(ctx):
    t = int(when(ctx).timestamp())
    d = ctx.rng.randint(0, 2400)
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(ctx.rng.randint(1, 3)),
            "globalCallID_callId": str(ctx.rng.randint(10 ** 5, 10 ** 7)), "origLegCallIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": str(t),
            "dateTimeConnect": str(t + 3) if d else "0", "dateTimeDisconnect": str(t + 3 + d), "duration": str(d),
            "pkid": uuid(ctx), "globalCallId_ClusterID": "KVARNBY-CL1", "origNodeId": "1", "destNodeId": "1",
            "origCause_value": "16", "destCause_value": "0", "origIpAddr": L("IPV4", cucm_int(ip4(ctx))),
            "destIpAddr": L("IPV4", cucm_int(ip4(ctx)))}


# Meet-me conferences and intercom calls (conference numbers and bridges are look-alikes).
def cucm_conf(ctx, rec, cols):
    v = _base(ctx)
    p = person(ctx)
    ext = str(ctx.rng.randint(7000, 7999))
    v.update({"callingPartyNumber": L("PHONE", ext), "callingPartyUnicodeLoginUserID": L(U, login(ctx, p)),
              "callingPartyNumberPartition": "Internal_PT"})
    dev = mac(ctx, "bare")
    v["origDeviceName"] = ["SEP", L("MAC", dev)]
    if ctx.rng.random() < 0.5:
        conf = pick(ctx, ["8800", "8801", "8802"])
        v.update({"originalCalledPartyNumber": L(NEG, conf), "finalCalledPartyNumber": L(NEG, conf), "calledPartyPatternUsage": "1",
                  "destDeviceName": f"CFB_{ctx.rng.randint(1, 4)}",
                  "finalCalledPartyPattern": L(NEG, "88XX")})
        v["comment"] = ["ConfControllerDN=", L("PHONE", ext), ";ConfControllerDeviceName=SEP", L("MAC", dev)]
    else:
        other = person(ctx, 1)
        ic = str(ctx.rng.randint(9900, 9999))
        v.update({"originalCalledPartyNumber": L("PHONE", ic), "finalCalledPartyNumber": L("PHONE", ic), "calledPartyPatternUsage": "4",
                  "finalCalledPartyUnicodeLoginUserID": L(U, login(ctx, other)), "destDeviceName": ["CSF", L(U, device_user(ctx, other))],
                  "finalCalledPartyNumber_uri": L("EMAIL", email(ctx, other, pick(ctx, ctx.pools.CORP)))})
    cucm_row(rec, cols, v)


# Single-number-reach and mobility calls: the user's mobile as remote destination.
def cucm_mobility(ctx, rec, cols):
    v = _base(ctx)
    p = person(ctx)
    ext = str(ctx.rng.randint(7000, 7999))
    mob = phone(ctx, style=pick(ctx, ["e164", "natd"]))
    caller = phone(ctx, style=pick(ctx, ["e164", "cc", "natd"]))
    v.update({"callingPartyNumber": L("PHONE", caller), "callingPartyNumberPartition": "PSTN_In_PT", "origDeviceName": "SIP_Trunk_SBC",
              "originalCalledPartyNumber": L("PHONE", ext), "finalCalledPartyNumber": L("PHONE", mob),
              "finalCalledPartyUnicodeLoginUserID": L(U, login(ctx, p)), "destDeviceName": ["RDP_", L(U, login(ctx, p))],
              "finalMobileCalledPartyNumber": L("PHONE", mob), "destMobileDeviceName": ["BOT", L(U, device_user(ctx, p))],
              "mobileCallType": "1", "destMobileCallDuration": v["duration"], "outpulsedCalledPartyNumber": L("PHONE", mob),
              "lastRedirectDn": L("PHONE", ext), "origCalledPartyRedirectReason": "0", "lastRedirectRedirectReason": "0"})
    if ctx.rng.random() < 0.3:
        v["clientMatterCode"] = L(NEG, pick(ctx, ["KST4410", "7731"]))
    cucm_row(rec, cols, v)


TEMPLATES = [
    ("syslog", "opnsense-webgui", opnsense),
    ("syslog", "ftd", ftd),
    ("syslog", "pure-ftpd", pureftpd),
    ("syslog", "389ds-access", ds389),
    ("syslog", "osmo-msc", osmo_msc),
    ("syslog", "unbound-queries", unbound),
    ("syslog", "fail2ban", fail2ban),
    ("syslog", "kea-dhcp4", kea),
    ("syslog", "helpdesk-chat", chat),
    ("syslog", "parking-barrier", parking),
    ("json", "messagebird-sms", messagebird),
    ("json", "mattermost-audit", mattermost),
    ("json", "soti-mobicontrol", soti),
    ("json", "sap-btp-auditlog", sap_btp),
    ("json", "oci-audit", oci_audit),
    ("json", "rail-booking", rail_booking),
    ("json", "eprescription-gateway", eprescription),
    ("kv-cef", "eset-protect-cef", eset),
    ("kv-cef", "akamai-siem-cef", akamai),
    ("kv-cef", "dex-logfmt", dex),
    ("kv-cef", "hlr-provisioning", hlr_prov),
    ("asterisk-cdr", "social-alarm", ast_social_alarm),
    ("asterisk-cdr", "university-pbx", ast_university),
    ("asterisk-cdr", "web-callback", ast_callback),
    ("freeswitch-cdr", "bank-ivr", fs_bank_ivr),
    ("freeswitch-cdr", "school-absence", fs_school),
    ("cisco-cucm-cdr", "cucm-conference-intercom", cucm_conf),
    ("cisco-cucm-cdr", "cucm-mobility", cucm_mobility),
]
