"""wild8: the eleventh pair's open half (tuned on). Every template is a
callable that picks one of several shapes of its product; the comment above
it names the public source of the shape, or says `in-house format`.

Labelling decisions (as a DPO would): every IP address is an address, also a
switch's or a server's; an account that is a person's login is a USERNAME,
a built-in or service account (root, admin, cyrus, svc-*) is a look-alike;
a person's extension is a PHONE, a queue, pilot or published number is a
look-alike; a badge or card number is a BADGE.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from eleventhlib import (L, N, NEG, S, Record, alnum, ast_row, badge, cef_esc, cef_hdr_esc, csv_row, cucm_int,  # noqa: E402,F401
                         cucm_row, device_user, display_name, email, epoch, hx, imei, imeisv, imsi, ip4, ip6, js, kv,
                         login, mac, nd, orgnr, parts, person, phone, phone_dial, pick, pnr, put, t3164, tiso,
                         tsql, uuid, when, wpick)

GENERATORS = {}
CUCM_HEADER_DECOYS = ["callingPartyUnicodeLoginUserID", "origDeviceName"]

P = "PERSON_NAME"
U = "USERNAME"
SYSACCTS = ["admin", "root", "netops-ro", "svc-backup", "nagios", "ansible", "cyrus", "operator"]


def hdr(ctx, rec, host, tag, pid=True):
    pri = pick(ctx, ["<38>", "<86>", "<134>", "<189>", "<13>", ""])
    rec.text(f"{pri}{t3164(ctx)} ")
    parts(rec, host)
    rec.text(f" {tag}" + (f"[{ctx.rng.randint(300, 65000)}]" if pid else "") + ": ")


def svc(ctx):
    return L(NEG, pick(ctx, ctx.pools.SERVICE_NUMBERS))


def who(ctx, k=0):
    """A person's account: a login, or a system account as look-alike."""
    if ctx.rng.random() < 0.2:
        return L(NEG, pick(ctx, SYSACCTS))
    return L(U, login(ctx, person(ctx, k)))


# Cisco NX-OS system messages as a remote syslog server receives them:
# napalm-logs.readthedocs.io/en/develop/syslog/nxos.html (`<190>host: 2017 Jul 28
# 14:42:46 UTC: %AUTHPRIV-6-SYSTEM_MSG: pam_unix(dcos_sshd:session): ... - dcos_sshd[12977]`)
# and the NX-OS System Messages Reference (remote-server format).
def nxos(ctx, rec, cols):
    t = when(ctx)
    host = pick(ctx, ["n9k-core-01", "n7k-agg-b", "leaf-r12"])
    rec.text(f"{pick(ctx, ['<190>', '<187>', '<189>'])}{host}: {t:%Y %b %d %H:%M:%S} UTC: ")
    s = ctx.rng.randrange(5)
    pid = ctx.rng.randint(2000, 30000)
    if s == 0:
        rec.text("%AUTHPRIV-6-SYSTEM_MSG: pam_unix(dcos_sshd:session): session opened for user ")
        parts(rec, who(ctx), f" by (uid=0) - dcos_sshd[{pid}]")
    elif s == 1:
        rec.text("%AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed for user ")
        parts(rec, who(ctx), " from ", L("IPV4", ip4(ctx)), f" - dcos_sshd[{pid}]")
    elif s == 2:
        rec.text("%VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by ")
        parts(rec, who(ctx), " on ", L("IPV4", ip4(ctx)), f"@pts/{ctx.rng.randint(0, 9)}")
    elif s == 3:
        rec.text("%DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user ")
        parts(rec, L(U, login(ctx, person(ctx))), " from ", L("IPV4", ip4(ctx)), f" - dcos_sshd[{pid}]")
    else:
        parts(rec, "%L2FM-4-L2FM_MAC_MOVE: Mac ", L("MAC", mac(ctx, "dot")), f" in vlan {ctx.rng.randint(2, 400)} has moved from "
              f"Eth1/{ctx.rng.randint(1, 48)} to Eth1/{ctx.rng.randint(1, 48)}")


# Junos mgd/sshd messages: juniper.net/documentation/us/en/software/ccfips22.2/
# cc-routers-mx240-480-960/cc-routers/topics/task/interpret-event-messages.html
# (UI_LOGIN_EVENT, UI_CMDLINE_READ_LINE) and the Junos System Log Messages
# Reference (UI_AUTH_EVENT, SSHD_LOGIN_FAILED, LOGIN_FAILED).
def junos(ctx, rec, cols):
    host = pick(ctx, ["mx204-rvk1", "srx345-tln", "ex4300-bud-2"])
    s = ctx.rng.randrange(5)
    if s == 0:
        hdr(ctx, rec, host, "mgd")
        parts(rec, "UI_LOGIN_EVENT: User '", who(ctx), f"' login, class 'j-{pick(ctx, ['super-user', 'operator', 'read-only'])}' "
              f"[{ctx.rng.randint(1000, 60000)}], ssh-connection '", L("IPV4", ip4(ctx)), f" {ctx.rng.randint(1024, 65535)} ",
              L("IPV4", ip4(ctx)), " 22', client-mode 'cli'")
    elif s == 1:
        hdr(ctx, rec, host, "mgd")
        parts(rec, "UI_CMDLINE_READ_LINE: User '", who(ctx), "', command '")
        c = ctx.rng.randrange(3)
        if c == 0:
            parts(rec, "set system login user ", L(U, login(ctx, person(ctx, 1))), " full-name \"",
                  L(P, person(ctx, 1)["full"]), "\" class operator")
        elif c == 1:
            parts(rec, "show arp no-resolve | match ", L("MAC", mac(ctx, "colon")))
        else:
            parts(rec, "ping ", L("IPV4", ip4(ctx)), " count 5")
        rec.text(" '")
    elif s == 2:
        hdr(ctx, rec, host, "mgd")
        parts(rec, "UI_AUTH_EVENT: Authenticated user '", who(ctx), f"' at permission level 'j-super-user'")
    elif s == 3:
        hdr(ctx, rec, host, "sshd")
        parts(rec, "SSHD_LOGIN_FAILED: Login failed for user '", L(U, login(ctx, person(ctx))), "' from host '",
              L("IPV6", ip6(ctx)) if ctx.rng.random() < 0.3 else L("IPV4", ip4(ctx)), "'")
    else:
        hdr(ctx, rec, host, "login")
        parts(rec, "LOGIN_INFORMATION: User ", who(ctx), " logged in from host ", L("IPV4", ip4(ctx)),
              f" on device ttyp{ctx.rng.randint(0, 4)}")


# Cisco IOS XR syslog (`RP/0/RSP0/CPU0:Jun  2 07:25:26.864 UTC: exec[pid]: %SECURITY-LOGIN-6-AUTHEN_SUCCESS
# : Successfully authenticated user 'x' from 'a.b.c.d' on 'vty0'`), as in
# napalm-logs.readthedocs.io/en/develop/syslog/iosxr.html and Cisco's IOS XR
# System Error Message Reference (SECURITY-LOGIN, MGBL-SYS, SECURITY-SSHD); the SSHD line
# with its `(cipher '...', mac '...')` tail and the space-padded day as IOS XR routers'
# logs posted in public repositories show them.
def iosxr(ctx, rec, cols):
    t = when(ctx)
    pri = pick(ctx, ["<189>", "<190>", "<182>"])
    node = pick(ctx, ["RP/0/RSP0/CPU0", "RP/0/RP0/CPU0", "RP/0/RSP1/CPU0"])
    rec.text(f"{pri}{ctx.rng.randint(100, 99999)}: {node}:{t:%b} {t.day:2d} {t:%H:%M:%S}.{ctx.rng.randint(0, 999):03d} UTC: ")
    s = ctx.rng.randrange(4)
    pid = ctx.rng.randint(60000, 69999)
    if s == 0:
        parts(rec, f"exec[{pid}]: %SECURITY-LOGIN-6-AUTHEN_SUCCESS : Successfully authenticated user '", who(ctx),
              "' from '", L("IPV4", ip4(ctx)), f"' on 'vty{ctx.rng.randint(0, 4)}'")
    elif s == 1:
        parts(rec, f"exec[{pid}]: %SECURITY-LOGIN-4-AUTHEN_FAILED : Failed authentication attempt by user '",
              L(U, login(ctx, person(ctx))), "' from '", L("IPV4", ip4(ctx)), f"' on 'vty{ctx.rng.randint(0, 4)}'")
    elif s == 2:
        parts(rec, f"config[{pid}]: %MGBL-SYS-5-CONFIG_I : Configured from console by ", who(ctx), " on vty0 (",
              L("IPV4", ip4(ctx)), ")")
    else:
        parts(rec, f"SSHD_[{pid}]: %SECURITY-SSHD-6-INFO_SUCCESS : Successfully authenticated user '", who(ctx),
              "' from '", L("IPV4", ip4(ctx)), f"' on 'vty0'(cipher 'aes128-ctr', mac 'hmac-sha2-256')")


# HPE Aruba AOS-S switch event log (Event IDs 419, 992, 993; 'Invalid user
# name/password on SSH session User <USERNAME> is trying to login from
# <CLIENT_IP_ADDRESS>'): techhub.hpe.com/eginfolib/Aruba/16.07/5200-5372/
# GUID-137C6CE8-4B09-4FED-8A66-35C6CD20E6D8.html, sent as `<pri>ts ip ID module: msg`.
def aruba_aoss(ctx, rec, cols):
    rec.text(f"{pick(ctx, ['<14>', '<12>', '<13>'])}{t3164(ctx)} ")
    parts(rec, L("IPV4", ip4(ctx)), " ")
    s = ctx.rng.randrange(4)
    if s == 0:
        parts(rec, "00419 auth: Invalid user name/password on SSH session User ", L(U, login(ctx, person(ctx))),
              " is trying to login from ", L("IPV4", ip4(ctx)))
    elif s == 1:
        parts(rec, "00992 auth: Permit Command: user ", who(ctx), " command show mac-address ",
              L("MAC", mac(ctx, pick(ctx, ["dash", "bare"])).lower()), ".")
    elif s == 2:
        parts(rec, "00993 auth: Denied Command: user ", who(ctx), " command crypto key generate ssh rsa.")
    else:
        parts(rec, "00179 mgr: SME SSH from ", L("IPV4", ip4(ctx)), " - MANAGER Mode, user ", who(ctx))


# xrdp-sesman log lines: neutrinolabs/xrdp sesman/session.c ("++ created session
# (access granted): username %s, ip %s - socket: %d"), sesman/scp_v0.c
# ("AUTHFAIL: user=%s ip=%s time=%d") and sesman/access.c.
def xrdp(ctx, rec, cols):
    hdr(ctx, rec, pick(ctx, ["rds-gw01", "jump-hu-02", "term07"]), "xrdp-sesman")
    s = ctx.rng.randrange(4)
    if s == 0:
        parts(rec, "[INFO ] ++ created session (access granted): username ", L(U, login(ctx, person(ctx))), ", ip ",
              L("IPV4", ip4(ctx)), f":{ctx.rng.randint(40000, 65000)} - socket: {ctx.rng.randint(7, 40)}")
    elif s == 1:
        parts(rec, "[INFO ] AUTHFAIL: user=", L(U, login(ctx, person(ctx))), " ip=", L("IPV6", "::ffff:" + ip4(ctx)),
              f" time={epoch(ctx)}")
    elif s == 2:
        parts(rec, "[INFO ] Terminal Server Users group is disabled, allowing authentication for user ",
              L(U, login(ctx, person(ctx))))
    else:
        parts(rec, f"[INFO ] Session started successfully for user ", L(U, login(ctx, person(ctx))), f" on display :{ctx.rng.randint(10, 30)}")


# Cyrus IMAP server syslog: cyrusimap/cyrus-imapd imap/imapd.c and
# imap/pop3d.c ("login: %s %s %s%s %s SESSIONID=<%s>" with the client as `host [ip]`,
# "badlogin: %s %s %s %s").
def cyrus(ctx, rec, cols):
    daemon = pick(ctx, ["imaps", "imap", "pop3s"])
    hdr(ctx, rec, pick(ctx, ["mail1.hraunvik.is", "imap-pt-02"]), f"cyrus/{daemon}")
    ip = ip4(ctx)
    rh = pick(ctx, ["", "dsl-", "client"])
    host = [L("IPV4", ip.replace(".", "-")), ".pool.sapo.pt"] if rh == "dsl-" else ["unknown"]
    sess = f"<cyrus-{ctx.rng.randint(1000, 99999)}-{epoch(ctx)}-1-{ctx.rng.randint(10 ** 17, 10 ** 18)}>"
    s = ctx.rng.randrange(3)
    if s == 0:
        rec.text("login: ")
        parts(rec, *host, " [", L("IPV4", ip), "] ", L(U, login(ctx, person(ctx))),
              f" {pick(ctx, ['plaintext+TLS', 'PLAIN+TLS', 'SCRAM-SHA-256'])} User logged in SESSIONID=", L(NEG, sess))
    elif s == 1:
        rec.text("badlogin: ")
        parts(rec, *host, " [", L("IPV4", ip), "] plaintext ", L(U, login(ctx, person(ctx))),
              " SASL(-13): authentication failure: checkpass failed")
    else:
        em = email(ctx, person(ctx), pick(ctx, ctx.pools.CORP))
        parts(rec, "badlogin: ", *host, " [", L("IPV4", ip), "] plaintext ", L("EMAIL", em), " SASL(-13): user not found: checkpass failed")


# free5GC AMF logs (logrus text): free5gc/amf internal/logger/logger.go and
# internal/gmm/handler.go ("Handle Registration Request", SUPI `imsi-...`,
# PEI `imeisv-...`), as shown in free5gc.org's AMF troubleshooting pages.
def free5gc_amf(ctx, rec, cols):
    rec.text(f"<134>{t3164(ctx)} amf01 free5gc-amf[{ctx.rng.randint(100, 9999)}]: {tiso(ctx)} ")
    ran, au = ctx.rng.randint(1, 400), ctx.rng.randint(1, 400)
    supi = imsi(ctx)
    rec.text(f"[INFO][AMF][Gmm][amf_ue_ngap_id:RU:{ran},AU:{au}(3GPP)][supi:")
    parts(rec, "imsi-", L("IMSI", supi), "] ")
    s = ctx.rng.randrange(4)
    if s == 0:
        rec.text("Handle Registration Request")
    elif s == 1:
        parts(rec, "PEI: imeisv-", L("IMEI", imeisv(ctx)))
    elif s == 2:
        # A SUCI under ECIES profile A conceals the MSIN: a fresh ciphertext per
        # registration, not the subscriber's identity (the null scheme, 0-0, would
        # carry the MSIN in clear and is not used here).
        parts(rec, "Authentication procedure failed for SUCI suci-0-", pick(ctx, ["274-01", "248-01", "452-04"]),
              "-0000-1-1-", L(NEG, hx(ctx, 64)))
    else:
        parts(rec, "GPSI msisdn-", L("PHONE", phone(ctx, style="cc")), " allocated; 5G-GUTI ", L(NEG, "5g-guti-" + nd(ctx, 3) + nd(ctx, 2) + hx(ctx, 14)))


# Asterisk security events through syslog: asterisk/asterisk main/security_events.c
# and res/res_security_log.c (`SecurityEvent="InvalidPassword",EventTV=...,
# Service="PJSIP",AccountID="...",RemoteAddress="IPV4/UDP/a.b.c.d/port"`). Per event as
# PJSIP servers' security logs posted in public repositories show them: EventTV with
# milliseconds and the offset, SessionID the SIP Call-ID, ChallengeResponseFailed ending
# `Challenge="<ts>/<md5>",Response="<md5>",ExpectedResponse=""`, InvalidPassword ending
# `Challenge=..,ReceivedChallenge=..,ReceivedHash=..`.
def asterisk_security(ctx, rec, cols):
    hdr(ctx, rec, pick(ctx, ["pbx-rvk", "voip-bud"]), "asterisk")
    ev = pick(ctx, ["InvalidAccountID", "ChallengeResponseFailed", "InvalidPassword", "SuccessfulAuth"])
    t = when(ctx)
    rec.text(f'SecurityEvent="{ev}",EventTV="{t:%Y-%m-%dT%H:%M:%S}.{ctx.rng.randint(0, 999):03d}+0000",'
             f'Severity="{"Informational" if ev == "SuccessfulAuth" else "Error"}",Service="PJSIP",EventVersion="1",AccountID="')
    if ctx.rng.random() < 0.5:
        parts(rec, L("PHONE", str(ctx.rng.randint(2000, 2999))))
    else:
        parts(rec, L("PHONE", phone_dial(ctx)))
    callid = pick(ctx, [f"{ctx.rng.randint(10 ** 8, 2 ** 31)}-{ctx.rng.randint(10 ** 8, 2 ** 31)}-{ctx.rng.randint(10 ** 8, 2 ** 31)}", uuid(ctx)])
    rec.text(f'",SessionID="{callid}",LocalAddress="IPV4/UDP/')
    parts(rec, L("IPV4", ip4(ctx)), '/5060",RemoteAddress="IPV4/UDP/', L("IPV4", ip4(ctx)), f'/{ctx.rng.randint(1024, 65535)}"')
    challenge = f"{epoch(ctx)}/{hx(ctx, 32)}"
    if ev == "ChallengeResponseFailed":
        parts(rec, f',Challenge="{challenge}",Response="', L(NEG, hx(ctx, 32)), '",ExpectedResponse=""')
    elif ev == "InvalidPassword":
        parts(rec, f',Challenge="{challenge}",ReceivedChallenge="{challenge}",ReceivedHash="', L(NEG, hx(ctx, 32)), '"')


CARE = [
    ("is", "Hringt í {name} í síma {phone}, kennitala ekki staðfest; vísað á {svc}."),
    ("ee", "Patsient {name} helistas numbrilt {phone}, palus retsepti pikendust. Kiirabi: {svc}."),
    ("hu", "{name} beteg visszahívást kért a {phone} számon; ügyelet: {svc}."),
    ("gr", "Ο/Η {name} τηλεφώνησε από {phone}, ζητά ραντεβού. Έκτακτα: {svc}."),
    ("pt", "Utente {name} ligou do {phone}; pediu renovação da receita. SNS 24: {svc}."),
    ("vi", "Bệnh nhân {name} gọi từ số {phone}, xin đổi lịch hẹn; cấp cứu {svc}."),
    ("am", "ታካሚ {name} ከ {phone} ደውለዋል፤ ቀጠሮ ይፈልጋሉ። ድንገተኛ {svc}"),
    ("th", "ผู้ป่วย {name} โทรจาก {phone} ขอเลื่อนนัด ฉุกเฉิน {svc}"),
    ("ur", "مریض {name} نے {phone} سے فون کیا، اپوائنٹمنٹ درکار ہے۔ ایمرجنسی {svc}"),
    ("ph", "Tumawag si {name} mula sa {phone}, humihingi ng refill. Emergency: {svc}."),
    ("se", "{name} ({pnr}) ringde från {phone}, ville boka om. Hänvisad till {svc}."),
    ("en", "Pt {name} rang from {phone} re: repeat prescription; advised {svc} if worse."),
]


# A primary-care call-back queue writing nurses' notes to syslog: in-house format.
# Notes in Icelandic, Estonian, Hungarian, Greek, Portuguese, Vietnamese,
# Amharic, Thai, Urdu, Tagalog, Swedish and English.
def care_notes(ctx, rec, cols):
    lang, text = pick(ctx, CARE)
    cult = {"is": "is", "ee": "ee", "hu": "hu", "gr": "gr", "pt": "pt", "vi": "vi", "am": "am", "th": "th",
            "ur": "ur", "ph": "ph", "se": "se", "en": None}[lang]
    iso = {"is": "IS", "ee": "EE", "hu": "HU", "gr": "GR", "pt": "PT", "vi": "VN", "am": "ET", "th": "TH",
           "ur": "PK", "ph": "PH", "se": "SE", "en": None}[lang]
    p = person(ctx, 0, cult)
    nurse = person(ctx, 1)
    hdr(ctx, rec, "vardportal-app2", "callback", pid=False)
    rec.text(f"case={pick(ctx, ['CB', 'ÅT'])}-{ctx.rng.randint(100000, 999999)} nurse=")
    parts(rec, L(U, login(ctx, nurse)), " note=\"")
    vals = {"name": L(P, p["full"] if not p["latin"] else display_name(ctx, p)),
            "phone": L("PHONE", phone(ctx, iso)), "svc": svc(ctx),
            "pnr": L("SAMORDNINGSNUMMER", pnr(ctx, samordning=True)) if ctx.rng.random() < 0.3 else L("PERSONNUMMER", pnr(ctx))}
    import re
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", text):
        rec.text(text[pos:m.start()])
        put_v = vals[m.group(1)]
        parts(rec, put_v)
        pos = m.end()
    rec.text(text[pos:] + "\"")
    if ctx.rng.random() < 0.3:
        parts(rec, " ref_pnr=", L(NEG, pnr(ctx, broken=True)))


# A time-and-attendance clock terminal forwarding punches to syslog: in-house format.
# The employee number is personal but no type names it: left unlabelled.
def timeclock(ctx, rec, cols):
    hdr(ctx, rec, pick(ctx, ["tc-lager-3", "tc-kitchen", "tc-gate-n"]), "punchd")
    p = person(ctx)
    s = ctx.rng.randrange(3)
    rec.text(f"term={pick(ctx, ['TC07', 'TC12', 'GATE-N'])} event={pick(ctx, ['IN', 'OUT', 'BREAK'])} card=")
    parts(rec, L("BADGE", badge(ctx)))
    if s == 0:
        parts(rec, " emp=E" + nd(ctx, 5), " name=\"", L(P, display_name(ctx, p)), "\"")
    elif s == 1:
        parts(rec, " result=UNKNOWN_CARD fw=", L(NEG, pick(ctx, ["4.12.0.3", "2.8.1"])))
    else:
        parts(rec, " name=\"", L(P, display_name(ctx, p)), "\" cost_centre=", L(NEG, f"KST-{nd(ctx, 4)}"),
              " shift=", L(NEG, f"{when(ctx):%Y%m%d}-{ctx.rng.randint(1, 3)}"))


# ---------------------------------------------------------------- json

# ServiceNow sys_audit records as exported by the Table API (GET /api/now/table/sys_audit
# with sysparm_display_value=false): sys_id, tablename, fieldname, documentkey, user,
# oldvalue, newvalue, reason, record_checkpoint, internal_checkpoint, sys_created_on,
# sys_created_by, as a sys_audit record is shown by SIEM adapters that poll the table (there
# is no `number` column; a reference field such as caller_id would hold sys_ids, so the
# audited fields here are sys_user's own string fields; u_national_id, u_sim_imsi and
# u_handset_imei are an operator's custom fields, in-house).
def servicenow_audit(ctx, rec, cols):
    p, agent = person(ctx), person(ctx, 1)
    f = ctx.rng.randrange(6)
    field, old, new = {
        0: ("mobile_phone", L("PHONE", phone(ctx)), L("PHONE", phone(ctx))),
        1: ("email", L("EMAIL", email(ctx, p)), L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP)))),
        2: pick(ctx, [("last_name", L(P, p["surname"]), L(P, person(ctx, 2)["surname"])),
                      ("first_name", L(P, p["given"]), L(P, person(ctx, 2)["given"]))]),
        3: ("u_national_id", "", L("SAMORDNINGSNUMMER", pnr(ctx, samordning=True)) if ctx.rng.random() < 0.4
            else L("PERSONNUMMER", pnr(ctx))),
        4: ("u_sim_imsi", L("IMSI", imsi(ctx)), L("IMSI", imsi(ctx))),
        5: ("u_handset_imei", "", L("IMEI", imei(ctx, style="plain"))),
    }[f]
    js(rec, {"result": [{"sys_id": hx(ctx, 32), "tablename": pick(ctx, ["sys_user", "customer_contact"]), "fieldname": field,
                         "documentkey": hx(ctx, 32), "user": L(U, login(ctx, agent)), "oldvalue": old, "newvalue": new,
                         "reason": "", "record_checkpoint": str(ctx.rng.randint(1, 40)),
                         "internal_checkpoint": L(NEG, hx(ctx, 16)) if ctx.rng.random() < 0.5 else "",
                         "sys_created_on": tsql(ctx), "sys_created_by": L(U, login(ctx, agent))}]})


# Vonage (Nexmo) SMS API webhooks: inbound message (msisdn, to, messageId, text,
# type, keyword, message-timestamp) and delivery receipt (msisdn, to,
# network-code, messageId, price, status, scts, err-code):
# developer.vonage.com/en/messaging/sms/guides/inbound-sms and .../delivery-receipts.
def vonage_sms(ctx, rec, cols):
    sender = L(NEG, pick(ctx, ["HraunvikHF", "44771", "Heilsugaes", "LagunaMar"]))
    msisdn = L("PHONE", phone(ctx, style="cc"))
    if ctx.rng.random() < 0.5:
        who_ = person(ctx)
        txt = pick(ctx, ["Þetta er {n}, get ekki mætt á morgun", "Olen {n}, palun helistage tagasi",
                         "Sou a {n}, confirmo a reserva", "STOP", "Ako si {n}, salamat po"])
        body = txt.format(n=who_["given"])
        if "{n}" in txt:
            pre, post = txt.split("{n}")
            text = [pre, L(P, who_["given"]), post]
        else:
            text = [body]
        rec.text('{"msisdn":"')
        parts(rec, msisdn, '","to":"', sender, f'","messageId":"{hx(ctx, 16).upper()}","text":"')
        parts(rec, *text)
        rec.text(f'","type":"unicode","keyword":"{body.split(" ")[0].upper()}","message-timestamp":"{tsql(ctx)}"}}')
    else:
        js(rec, {"msisdn": msisdn, "to": sender, "network-code": L(NEG, pick(ctx, ["27401", "24801", "26801"])),
                 "messageId": hx(ctx, 16).upper(), "price": "0.03330000", "status": pick(ctx, ["delivered", "failed", "expired"]),
                 "scts": f"{when(ctx):%y%m%d%H%M}", "err-code": "0", "api-key": L(NEG, hx(ctx, 8)),
                 "message-timestamp": tsql(ctx)})


# authentik events API (`/api/v3/events/events/`): pk, user, action, app, context,
# client_ip, created, expires, brand (docs.goauthentik.io/docs/sys-mgmt/events/ and the
# Event model); users and models as goauthentik/authentik authentik/events/utils.py
# writes them: get_user() `{"username", "pk", "email"}` (the guardian AnonymousUser for a
# failed login), model_to_dict() `{"app", "model_name", "pk", "name"}`, UUIDs as hex.
def authentik(ctx, rec, cols):
    p = person(ctx)
    act = pick(ctx, ["login", "login_failed", "model_updated", "password_set"])
    user = {"username": L(U, login(ctx, p)), "pk": ctx.rng.randint(2, 9000),
            "email": L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP)))}
    if act == "login_failed":
        user = {"username": L(NEG, "AnonymousUser"), "pk": 1, "email": ""}
        ctxd = {"stage": {"app": "authentik_stages_password", "model_name": "passwordstage", "pk": hx(ctx, 32),
                          "name": "default-authentication-password"}, "password": "********************", "username": L(U, login(ctx, p))}
    elif act == "model_updated":
        ctxd = {"model": {"app": "authentik_core", "model_name": "user", "pk": ctx.rng.randint(2, 9000), "name": L(P, p["full"])},
                "http_request": {"args": {}, "path": f"/api/v3/core/users/{ctx.rng.randint(2, 9000)}/", "method": "PATCH",
                                 "request_id": hx(ctx, 32),
                                 "user_agent": L(NEG, "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")}}
    else:
        ctxd = {"auth_method": "password", "geo": {"city": L(NEG, pick(ctx, ["Reykjavík", "Tallinn", "Porto", "Debrecen"])),
                                                   "country": pick(ctx, ["IS", "EE", "PT", "HU"])}}
    js(rec, {"pk": uuid(ctx), "user": user, "action": act, "app": "authentik.events.signals", "context": ctxd,
             "client_ip": L("IPV6", ip6(ctx)) if ctx.rng.random() < 0.3 else L("IPV4", ip4(ctx)),
             "created": tiso(ctx), "expires": tiso(ctx, 86400 * 365),
             "brand": {"app": "authentik_brands", "model_name": "brand", "pk": hx(ctx, 32), "name": "Default brand"}})


# ManageEngine Mobile Device Manager Plus REST API, a device of `GET /api/v1/mdm/devices`
# (manageengine.com/mobile-device-management/api/devices, "Devices" attributes and
# example: device_id, os_version, is_lost_mode_enabled, owned_by, is_removed,
# product_name, device_name (`admin_SM-G935F`: the user name and the model), platform_type,
# platform_type_id, udid, serial_number, model, user {user_name, user_id, user_email},
# imei as a bare number, summary {...}), one device per line. The udid and serial number
# identify a person's device but no type names them: left unlabelled.
def me_mdm(ctx, rec, cols):
    p = person(ctx)
    u = login(ctx, p)
    plat = pick(ctx, ["android", "ios"])
    model, product = (pick(ctx, ["SM-A546B", "SM-G991B", "Pixel 8"]), "samsung") if plat == "android" else (pick(ctx, ["iPhone15,2", "iPhone14,5"]), "apple")
    if plat == "android" or ctx.rng.random() < 0.5:
        dname = S(L(U, u), "_" + model)
    else:
        dname = S(L(P, p["given"] if not p["latin"] else p["given"].split(" ")[0]), "'s iPhone")
    js(rec, {"device_id": N("900719925" + nd(ctx, 7)), "os_version": L(NEG, pick(ctx, ["17.6.1", "14", "18.1", "13"])),
             "is_lost_mode_enabled": ctx.rng.random() < 0.05, "owned_by": ctx.rng.choice([1, 2]), "is_removed": False,
             "product_name": product, "device_name": dname, "platform_type": plat, "platform_type_id": 2 if plat == "android" else 1,
             "udid": hx(ctx, 16) if plat == "android" else hx(ctx, 8, True) + "-" + hx(ctx, 16, True), "serial_number": alnum(ctx, 12),
             "model": model, "user": {"user_name": L(U, u), "user_id": N("900719925" + nd(ctx, 7)),
                                      "user_email": L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP)))},
             "imei": N(imei(ctx, style="plain"), "IMEI"),
             "summary": {"profile_count": ctx.rng.randint(1, 9), "app_count": ctx.rng.randint(3, 40), "doc_count": ctx.rng.randint(0, 5),
                         "group_count": ctx.rng.randint(1, 4)}})


# HashiCorp Boundary audit events (CloudEvents envelope; data.auth with
# user_info, email, name; request_info with client_ip): developer.hashicorp.com/
# boundary/docs/configuration/events and hashicorp/boundary internal/event/event_audit.go
# and event.go (Auth: auth_token_id, user_info {id}, email, name). The user id names one
# person's account but no type names it: left unlabelled (the token id is a look-alike).
def boundary(ctx, rec, cols):
    p = person(ctx)
    js(rec, {"id": alnum(ctx, 10, "abcdefghijklmnopqrstuvwxyz0123456789"), "source": "https://hashicorp.com/boundary/ctrl-2/controller",
             "specversion": "1.0", "type": "audit", "data": {
                 "id": "e_" + alnum(ctx, 10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"), "version": "v0.1",
                 "type": "APIRequest", "timestamp": tiso(ctx),
                 "request_info": {"id": "gtraceid_" + alnum(ctx, 20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                                  "method": "POST", "path": f"/v1/targets/ttcp_{alnum(ctx, 10, 'abcdefghij0123456789')}:authorize-session",
                                  "client_ip": L("IPV4", ip4(ctx))},
                 "auth": {"auth_token_id": L(NEG, "at_" + alnum(ctx, 10, "abcdefghijklmnopqrstuvwxyz0123456789")),
                          "user_info": {"id": "u_" + alnum(ctx, 10, "abcdefghijklmnopqrstuvwxyz0123456789")},
                          "email": L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP))), "name": L(P, p["full"])}}})


# A hotel property-management system's reservation export: in-house format
# (Portuguese and Icelandic properties; guests, companions, loyalty numbers). A guest's
# loyalty number is personal (one member's card) but no type names it: left unlabelled.
def hotel_booking(ctx, rec, cols):
    g, c = person(ctx), person(ctx, 1)
    js(rec, {"property": pick(ctx, ["LAGUNA-PRT", "HRAUN-RVK", "TALLINN-OLD"]), "confirmation": L(NEG, nd(ctx, 9)),
             "arrival": f"{when(ctx):%Y-%m-%d}", "nights": ctx.rng.randint(1, 9),
             "guest": {"name": L(P, display_name(ctx, g)), "email": L("EMAIL", email(ctx, g, keep_diacritics=ctx.rng.random() < 0.3)),
                       "phone": L("PHONE", phone(ctx)), "loyalty": "LM" + nd(ctx, 8)},
             "companions": [{"name": L(P, c["full"])}], "room": str(ctx.rng.randint(101, 612)),
             "reception": L(NEG, pick(ctx, ["+351 289 000 100", "+354 510 0000"])), "channel": pick(ctx, ["direct", "OTA", "phone"]),
             "created_by": L(U, login(ctx, person(ctx, 2))),
             "invoice_to": {"company": L(NEG, pick(ctx, ["Stjärnholm Konsult AB", "Hraunvík ehf."])), "orgnr": L("ORGNR", orgnr(ctx))}
             if ctx.rng.random() < 0.4 else {"orgnr_check": L(NEG, orgnr(ctx, broken=True))} if ctx.rng.random() < 0.2 else None},
            ascii_only=ctx.rng.random() < 0.4)


# A bank's internet-banking audit trail (Portuguese and Hungarian keys): in-house format.
# The customer's NIF (tax number) and the account numbers are personal data of
# the customer or payee, but no type names them: they are left unlabelled (not
# look-alikes, which would ask a detector to keep them).
def bank_audit(ctx, rec, cols):
    p = person(ctx)
    if ctx.rng.random() < 0.5:
        js(rec, {"evento": pick(ctx, ["LOGIN_OK", "ALTERAR_TELEMOVEL", "TRANSFERENCIA"]), "cliente": L(P, display_name(ctx, p)),
                 "nif": nd(ctx, 9), "telemovel": L("PHONE", phone(ctx, "PT")), "ip": L("IPV4", ip4(ctx)),
                 "iban_destino": "PT50" + nd(ctx, 21), "sessao": L(NEG, hx(ctx, 24)), "ts": tiso(ctx)})
    else:
        js(rec, {"esemeny": pick(ctx, ["BELEPES", "UTALAS", "TELEFONSZAM_MODOSITAS"]), "ugyfel": L(P, p["full"]),
                 "azonosito": L(U, login(ctx, p)), "telefon": L("PHONE", phone(ctx, "HU")), "ip_cim": L("IPV4", ip4(ctx)),
                 "szamlaszam": f"{nd(ctx, 8)}-{nd(ctx, 8)}-{nd(ctx, 8)}", "munkamenet": L(NEG, uuid(ctx)), "idopont": tiso(ctx)})


# ---------------------------------------------------------------- kv-cef

# Stormshield Network Security (SNS) firewall logs (`id=firewall time="..."
# fw="SN..." tz=+0000 startime="..." pri=5 ... user="..." src=... dst=...`):
# documentation.stormshield.eu "Description of Audit logs" (l_connection, l_alarm, l_auth).
def stormshield(ctx, rec, cols):
    t = tsql(ctx)
    rec.text(f'id=firewall time="{t}" fw="')
    parts(rec, L(NEG, "SN310A" + nd(ctx, 11)), f'" tz=+0000 startime="{t}" ')
    s = ctx.rng.randrange(3)
    if s == 0:
        parts(rec, 'pri=5 confid=01 slotlevel=2 ruleid=', str(ctx.rng.randint(1, 90)), ' srcif="Ethernet1" srcifname="in" ipproto=tcp proto=https src=',
              L("IPV4", ip4(ctx)), f' srcport={ctx.rng.randint(1024, 65535)} srcname=', L(NEG, pick(ctx, ["fw-dmz", "Network_internals"])),
              ' dst=', L("IPV4", ip4(ctx)), ' dstport=443 user="', L(U, login(ctx, person(ctx))), '" domain="',
              pick(ctx, ["hraunvik.local", "ldap-pt"]), '" sent=', str(ctx.rng.randint(100, 99999)), ' rcvd=', str(ctx.rng.randint(100, 999999)),
              f' duration={ctx.rng.random() * 100:.2f} action=pass logtype="connection"')
    elif s == 1:
        parts(rec, 'pri=1 user="', L(U, login(ctx, person(ctx))), '" src=', L("IPV4", ip4(ctx)),
              ' method="PASSWORD" error=1 msg="Authentication failed" logtype="auth"')
    else:
        parts(rec, 'pri=4 srcif="Ethernet0" src=', L("IPV4", ip4(ctx)), ' srcmac=', L("MAC", mac(ctx, "colon")), ' dst=',
              L("IPV4", ip4(ctx)), ' alarmid=', L(NEG, str(ctx.rng.choice([1, 85, 152, 256]))),
              ' classification=0 msg="Port probe" class=protocol repeat=0 logtype="alarm"')


# Darktrace model breach alerts in CEF, as FortiSIEM's Darktrace page shows one
# (docs.fortinet.com FortiSIEM External Systems Configuration Guide, "Darktrace
# CyberIntelligence Platform": `CEF:0|Darktrace|DCIP|3.0.8|537|Antigena/Network/
# Compliance/Antigena RDP Block|Low| eventId=2 externalId=1462565 ... rt=<ms> shost=<the
# breaching device> src= smac= dst= dpt= ... dvc=<the Darktrace appliance>`). The model path
# is written with bare slashes; `suser` (the credential seen on the device) is a
# CEF standard key that sample does not show.
def darktrace(ctx, rec, cols):
    p = person(ctx)
    host = [L(P, p["given"].split(" ")[0] if p["latin"] else p["gl"]), pick(ctx, ["-laptop", "s-MBP", "-PC"])]
    model = pick(ctx, ["Device/Anomalous Connection/Unusual Admin SMB Session", "Compromise/Beaconing Activity To External Rare",
                       "Anomalous Server Activity/Outgoing from Server", "Antigena/Network/Compliance/Antigena RDP Block"])
    sev = pick(ctx, ["Low", "Medium", "High", "Critical"])
    t = epoch(ctx)
    pbid = str(ctx.rng.randint(100000, 9999999))
    rec.text(f"CEF:0|Darktrace|DCIP|6.2.1|{ctx.rng.randint(100, 1999)}|{cef_hdr_esc(model)}|{sev}|")
    parts(rec, f"eventId={ctx.rng.randint(1, 9)} externalId=", L(NEG, pbid), f" art={t}{ctx.rng.randint(100, 999)}",
          f" deviceSeverity={ctx.rng.randint(1, 5)} rt={t}000 shost=", *host, ".hraunvik.local src=", L("IPV4", ip4(ctx)),
          " smac=", L("MAC", mac(ctx, "colon")), " dst=", L("IPV4", ip4(ctx)), " dpt=", str(pick(ctx, [445, 443, 3389])))
    if ctx.rng.random() < 0.6:
        parts(rec, " suser=", L(U, login(ctx, p)))
    appliance = ip4(ctx)
    parts(rec, " dvc=", L("IPV4", appliance), " ad.darktraceUrl=https://", L("IPV4", appliance), "/#modelbreach/", L(NEG, pbid))


# Netskope events and DLP alerts as Cloud Exchange's Log Shipper sends them in CEF:
# netskopeoss/ta_cloud_exchange_plugins syslog/utils/syslog_cef_generator.py (`%b %d
# %H:%M:%S <log source identifier> CEF:0|...`, extensions joined as `key=value` sorted
# by that string, `=` escaped) and syslog/mappings.json (Device Product `$tenant_name`,
# Device Version `NULL`, Severity Unknown/Low/Medium/High; suser from `user`, src/dst
# from srcip/dstip, act from `activity`, requestClientApplication from `app`,
# sourceServiceName from `site`, deviceExternalId from `nsdeviceuid`); DLP alert keys
# (dlpFile, dlpIncidentId, fsize) as SIEM parsers for `CEF:0|Netskope|...|DLP|` read them.
# The device id (nsdeviceuid) names one person's device: left unlabelled, like MDM UDIDs.
def netskope(ctx, rec, cols):
    p = person(ctx)
    app = pick(ctx, ["Microsoft OneDrive for Business", "Google Drive", "Dropbox", "WeTransfer"])
    tenant = pick(ctx, ["hraunvik", "lagunamar"])
    t = when(ctx)
    ext = [("src", [L("IPV4", ip4(ctx))]), ("dst", [L("IPV4", ip4(ctx))]),
           ("suser", [L("EMAIL", email(ctx, p, pick(ctx, ctx.pools.CORP)))]), ("timestamp", [epoch(ctx)]),
           ("requestClientApplication", [app])]
    if ctx.rng.random() < 0.5:
        cls, name, sev = "application", "NULL", "Unknown"
        ext += [("act", [pick(ctx, ["Upload", "Download", "Share", "Login Failed"])]), ("appcategory", ["Cloud Storage"]),
                ("sourceServiceName", [app]), ("browser", [pick(ctx, ["Chrome", "Edge", "Firefox", "Native"])]),
                ("device", [pick(ctx, ["Windows Device", "Mac Device", "iPhone"])]),
                ("deviceExternalId", [hx(ctx, 8, True) + "-" + hx(ctx, 4, True) + "-" + hx(ctx, 4, True)])]
    else:
        cls, sev = "DLP", pick(ctx, ["Medium", "High"])
        name = pick(ctx, ["Kennitala", "NIF-PT", "Personnummer"])
        fname = ["Laun_", L(P, p["surname"]), f"_{t:%Y%m}.xlsx"] if ctx.rng.random() < 0.7 else ["kynning.pptx"]
        ext += [("act", ["Upload"]), ("dlpFile", fname), ("dlpIncidentId", [L(NEG, nd(ctx, 19))]),
                ("fsize", [str(ctx.rng.randint(2000, 900000))])]
    raw = lambda vs: "".join(v.value if isinstance(v, L) else v for v in vs)
    ext.sort(key=lambda kv: f"{kv[0]}={raw(kv[1])}")
    rec.text(f"<14>{t:%b %d %H:%M:%S} netskope-ce CEF:0|Netskope|{tenant}|NULL|{cls}|{name}|{sev}|")
    for i, (k, vs) in enumerate(ext):
        rec.text((" " if i else "") + k + "=")
        for v in vs:
            put(rec, v, cef_esc)


# A physical access-control head end exporting door events as CEF: in-house format
# (card number, holder, door). The holder's employee number is personal but no type
# names it: left unlabelled, not a look-alike.
def access_cef(ctx, rec, cols):
    p = person(ctx)
    ev = pick(ctx, ["Access Granted", "Access Denied", "Door Forced Open", "PIN Error"])
    rec.text(f"CEF:0|Hraun Security|DoorHub|3.4|{ctx.rng.randint(100, 199)}|{ev}|{3 if 'Granted' in ev else 7}|")
    parts(rec, "rt=", epoch(ctx), "000 cs1Label=door cs1=", pick(ctx, ["Aðalinngangur", "Lager 2", "Serverrum B"]),
          " cs2Label=card cs2=", L("BADGE", badge(ctx)))
    if ev != "Door Forced Open":
        parts(rec, " suser=", L(P, display_name(ctx, p)), " cs3Label=holderId cs3=E" + nd(ctx, 5))
    parts(rec, " dvc=", L("IPV4", ip4(ctx)), " msg=", pick(ctx, ["OK", "Card expired", "Outside schedule"]))


# ---------------------------------------------------------------- asterisk-cdr
# Asterisk cdr_csv (Master.csv) rows: asterisk/asterisk cdr/cdr_csv.c (quoted
# cells, duration and billsec bare; 16, 17 or 18 cells).

def _ast_times(ctx):
    d = ctx.rng.randint(5, 900)
    b = max(0, d - ctx.rng.randint(0, 25))
    return [tsql(ctx), tsql(ctx, d - b) if b else "", tsql(ctx, d), str(d), str(b)]


# A hospital switchboard: outside callers to the ward queues, staff dialling
# out, pages and emergency calls (queue and emergency numbers are look-alikes).
def ast_hospital(ctx, rec, cols):
    st, an, en, d, b = _ast_times(ctx)
    uid = f"{epoch(ctx)}.{ctx.rng.randint(1, 9999)}"
    s = ctx.rng.randrange(3)
    if s == 0:
        num = phone_dial(ctx)
        p = person(ctx)
        q = pick(ctx, ["7100", "7200", "7300"])
        cells = ["", L("PHONE", num), L(NEG, q), "from-trunk", ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", num), '>'],
                 f"PJSIP/trunk-siminn-{hx(ctx, 8)}", [f"Local/", L("PHONE", str(ctx.rng.randint(2000, 2999))), f"@agents-{hx(ctx, 8)};1"],
                 "Queue", [L(NEG, q), ",t,,,300"], st, an, en, d, b, "ANSWERED" if an else "NO ANSWER", "DOCUMENTATION", uid, ""]
    elif s == 1:
        ext = str(ctx.rng.randint(2000, 2999))
        num = phone_dial(ctx)
        p = person(ctx)
        cells = [L("BADGE", badge(ctx)), L("PHONE", ext), L("PHONE", num), "from-internal",
                 ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", ext), '>'], ["PJSIP/", L("PHONE", ext), f"-{hx(ctx, 8)}"],
                 f"PJSIP/trunk-siminn-{hx(ctx, 8)}", "Dial", ["PJSIP/", L("PHONE", num), "@trunk-siminn,60,T"], st, an, en, d, b,
                 "ANSWERED" if an else "BUSY", "BILLING", uid]
    else:
        ext = str(ctx.rng.randint(2000, 2999))
        em = pick(ctx, ["112", "1177", "144"])
        cells = ["", L("PHONE", ext), L(NEG, em), "from-internal", ['"Avd 14 exp" <', L("PHONE", ext), '>'],
                 ["PJSIP/", L("PHONE", ext), f"-{hx(ctx, 8)}"], f"DAHDI/i1/{em}-1", "Dial", [f"DAHDI/g0/", L(NEG, em)],
                 st, an, en, d, b, "ANSWERED", "DOCUMENTATION"]
    ast_row(rec, cells)


# A hotel PBX: room extensions, wake-up calls, guests calling abroad with the
# folio in accountcode (look-alike), reception.
def ast_hotel(ctx, rec, cols):
    st, an, en, d, b = _ast_times(ctx)
    room = str(ctx.rng.randint(101, 612))
    s = ctx.rng.randrange(3)
    if s == 0:
        num = phone_dial(ctx)
        cells = [L(NEG, "F" + nd(ctx, 7)), L("PHONE", room), L("PHONE", num), "rooms", ['"Room ', L("PHONE", room), '" <', L("PHONE", room), '>'],
                 ["SIP/", L("PHONE", room), f"-{hx(ctx, 8)}"], f"SIP/nos-trunk-{hx(ctx, 8)}", "Dial", ["SIP/nos-trunk/", L("PHONE", num), ",45"],
                 st, an, en, d, b, "ANSWERED" if an else "NO ANSWER", "BILLING", f"{epoch(ctx)}.{ctx.rng.randint(1, 999)}", ""]
    elif s == 1:
        cells = ["", L(NEG, "*77"), L("PHONE", room), "wakeup", '"Wake-up" <*77>', f"Local/{room}@wakeup-{hx(ctx, 8)};2", "",
                 "Playback", "wakeup-call", st, an, en, d, b, "ANSWERED", "DOCUMENTATION"]
    else:
        p = person(ctx)
        num = phone_dial(ctx)
        cells = ["", L("PHONE", num), L(NEG, "9"), "from-pstn", ['"', L(P, display_name(ctx, p)), '" <', L("PHONE", num), '>'],
                 f"SIP/nos-trunk-{hx(ctx, 8)}", ["SIP/", L(NEG, "reception"), f"-{hx(ctx, 8)}"], "Dial", "SIP/reception,30",
                 st, an, en, d, b, "ANSWERED", "DOCUMENTATION", f"{epoch(ctx)}.{ctx.rng.randint(1, 999)}"]
    ast_row(rec, cells)


# A debt-collection dialler's outbound campaign: the customer number and the
# case reference (personnummer in userfield for Swedish cases, a broken one as look-alike,
# the organisation number of a company debtor): in-house userfield.
def ast_dialler(ctx, rec, cols):
    st, an, en, d, b = _ast_times(ctx)
    num = phone_dial(ctx)
    agent = str(ctx.rng.randint(4100, 4199))
    uf = ctx.rng.random()
    userfield = [f"case={nd(ctx, 6)};snr=", L("SAMORDNINGSNUMMER", pnr(ctx, samordning=True, style="12"))] if uf < 0.15 else (
        [f"case={nd(ctx, 6)};pnr=", L("PERSONNUMMER", pnr(ctx, style="12"))]) if uf < 0.4 else (
        [f"case={nd(ctx, 6)};pnr=", L(NEG, pnr(ctx, broken=True, style="12"))] if uf < 0.6 else (
        [f"case={nd(ctx, 6)};orgnr=", L("ORGNR", orgnr(ctx))] if uf < 0.75 else f"camp=Q{ctx.rng.randint(1, 4)}-2026"))
    cells = [L(NEG, pick(ctx, ["CAMP-PT-07", "CAMP-IS-02"])), L(NEG, pick(ctx, ["0771567567", "+351210000000"])), L("PHONE", num),
             "dialler-out", ['"Campaign" <', L(NEG, "0771567567"), '>'], f"Local/{nd(ctx, 3)}@dialler-{hx(ctx, 8)};1",
             ["PJSIP/", L("PHONE", agent), f"-{hx(ctx, 8)}"], "AGI", ["agi://", L("IPV4", "10.0.0.5"), "/amd"], st, an, en, d, b,
             "ANSWERED" if an else "NO ANSWER", "DOCUMENTATION", f"{epoch(ctx)}.{ctx.rng.randint(1, 999)}", userfield]
    ast_row(rec, cells)


# ---------------------------------------------------------------- freeswitch-cdr
# mod_cdr_csv default template (freeswitch/freeswitch conf/vanilla/autoload_configs/
# cdr_csv.conf.xml, "example" template): 15 quoted cells.

def _fs(ctx, rec, name, num, dest, context, acct):
    d = ctx.rng.randint(3, 1200)
    b = max(0, d - ctx.rng.randint(0, 30))
    cells = [name, num, dest, context, tsql(ctx), tsql(ctx, d - b) if b else "", tsql(ctx, d), str(d), str(b),
             pick(ctx, ["NORMAL_CLEARING", "NO_ANSWER", "USER_BUSY", "ORIGINATOR_CANCEL"]), uuid(ctx), uuid(ctx) if b else "",
             acct, pick(ctx, ["PCMA", "OPUS", "G722"]), pick(ctx, ["PCMA", "OPUS", "G722"])]
    csv_row(rec, cells, quote_all=True)


# A travel agency's contact centre on FreeSWITCH: international callers to the
# booking lines (the lines are look-alikes), agents' extensions and names.
def fs_travel(ctx, rec, cols):
    p = person(ctx)
    s = ctx.rng.randrange(3)
    if s == 0:
        num = phone_dial(ctx)
        _fs(ctx, rec, L(P, display_name(ctx, p)) if ctx.rng.random() < 0.6 else L("PHONE", num), L("PHONE", num),
            L(NEG, pick(ctx, ["3512890001", "3545100000", "4686001000"])), "public", "")
    elif s == 1:
        ext = str(ctx.rng.randint(1000, 1099))
        _fs(ctx, rec, L(P, display_name(ctx, p)), L("PHONE", ext), L("PHONE", phone_dial(ctx)), "default", L("BADGE", badge(ctx)))
    else:
        _fs(ctx, rec, pick(ctx, ["UNKNOWN", "Anonymous", "unavailable"]), L(NEG, pick(ctx, ["0000000000", "anonymous"])),
            L(NEG, pick(ctx, ["5000", "*97", "9196"])), "public", "")


# A taxi dispatch on FreeSWITCH: customers calling the booking number, drivers'
# mobiles as callers, cost centres in accountcode.
def fs_taxi(ctx, rec, cols):
    p = person(ctx)
    num = phone_dial(ctx)
    if ctx.rng.random() < 0.5:
        _fs(ctx, rec, L(P, display_name(ctx, p)), L("PHONE", num), L(NEG, pick(ctx, ["5888", "4445000"])), "public",
            L(NEG, f"KST{nd(ctx, 4)}"))
    else:
        _fs(ctx, rec, [f"Bíll {ctx.rng.randint(1, 300)} ", L(P, p["given"])], L("PHONE", num), L("PHONE", str(ctx.rng.randint(300, 399))),
            "drivers", L("BADGE", badge(ctx)))


# ---------------------------------------------------------------- cisco-cucm-cdr
# CUCM CDR rows (Cisco "CDR Analysis and Reporting / Call Detail Records
# Administration Guide", CDR field descriptions): 129 columns as `rules`
# lists them; IP addresses as signed little-endian integers.

def _cucm_base(ctx, cols):
    t = int(when(ctx).timestamp())
    d = ctx.rng.randint(0, 1500)
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(ctx.rng.randint(1, 5)),
            "globalCallID_callId": str(ctx.rng.randint(100000, 9999999)), "origLegCallIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": str(t),
            "dateTimeConnect": str(t + 4) if d else "0", "dateTimeDisconnect": str(t + 4 + d), "duration": str(d),
            "pkid": uuid(ctx), "globalCallId_ClusterID": "StandAloneCluster", "origNodeId": "2", "destNodeId": "3",
            "origCause_value": "16", "destCause_value": "0", "origMediaCap_payloadCapability": "4",
            "destMediaCap_payloadCapability": "4", "origDeviceName": "", "destDeviceName": ""}


def _ip(ctx):
    v = ip4(ctx)
    return L("IPV4", cucm_int(v))


# Internal and PSTN calls between SEP and Jabber devices with login user ids and
# directory URIs.
def cucm_calls(ctx, rec, cols):
    v = _cucm_base(ctx, cols)
    a, bp = person(ctx), person(ctx, 1)
    ea, eb = str(ctx.rng.randint(3000, 3999)), str(ctx.rng.randint(3000, 3999))
    v.update({"origIpAddr": _ip(ctx), "destIpAddr": _ip(ctx), "origMediaTransportAddress_IP": _ip(ctx),
              "destMediaTransportAddress_IP": _ip(ctx), "callingPartyNumber": L("PHONE", ea),
              "callingPartyUnicodeLoginUserID": L(U, login(ctx, a)),
              "callingPartyNumberPartition": "PT_Internal", "origDeviceName": ["SEP", L("MAC", mac(ctx, "bare"))],
              "callingPartyNumber_uri": L("EMAIL", email(ctx, a, pick(ctx, ctx.pools.CORP)))})
    if ctx.rng.random() < 0.5:
        v.update({"originalCalledPartyNumber": L("PHONE", eb), "finalCalledPartyNumber": L("PHONE", eb),
                  "finalCalledPartyUnicodeLoginUserID": L(U, login(ctx, bp)), "finalCalledPartyNumberPartition": "PT_Internal",
                  "destDeviceName": ["CSF", L(U, device_user(ctx, bp))],
                  "finalCalledPartyNumber_uri": L("EMAIL", email(ctx, bp, pick(ctx, ctx.pools.CORP)))})
    else:
        num = phone(ctx, style=pick(ctx, ["e164", "cc", "natd"]))
        v.update({"originalCalledPartyNumber": L("PHONE", num), "finalCalledPartyNumber": L("PHONE", num),
                  "outpulsedCalledPartyNumber": L("PHONE", num), "finalCalledPartyNumberPartition": "PT_PSTN",
                  "destDeviceName": "SIP_Trunk_CUBE", "clientMatterCode": L(NEG, pick(ctx, ["4410", "7731", ""])) if ctx.rng.random() < 0.3 else ""})
    cucm_row(rec, cols, v)


# PSTN callers queued on a hunt pilot and answered by an agent, or forwarded to
# the voicemail pilot (pilots are look-alikes).
def cucm_hunt(ctx, rec, cols):
    v = _cucm_base(ctx, cols)
    num = phone(ctx, style=pick(ctx, ["e164", "cc"]))
    pilot = pick(ctx, ["6100", "6200", "+46855501000"])
    agent = str(ctx.rng.randint(3000, 3999))
    ag = person(ctx, 1)
    v.update({"origIpAddr": _ip(ctx), "destIpAddr": _ip(ctx), "callingPartyNumber": L("PHONE", num),
              "callingPartyNumberPartition": "PT_PSTN_In", "origDeviceName": "SIP_Trunk_CUBE",
              "originalCalledPartyNumber": L(NEG, pilot), "originalCalledPartyNumberPartition": "PT_Hunt"})
    if ctx.rng.random() < 0.6:
        v.update({"finalCalledPartyNumber": L("PHONE", agent), "huntPilotDN": L(NEG, pilot), "huntPilotPartition": "PT_Hunt",
                  "calledPartyPatternUsage": "7", "wasCallQueued": "1", "totalWaitTimeInQueue": str(ctx.rng.randint(1, 300)),
                  "finalCalledPartyUnicodeLoginUserID": L(U, login(ctx, ag)), "destDeviceName": ["SEP", L("MAC", mac(ctx, "bare"))],
                  "lastRedirectDn": L(NEG, pilot)})
    else:
        vm = pick(ctx, ["6999", "8000"])
        v.update({"finalCalledPartyNumber": L(NEG, vm), "lastRedirectDn": L("PHONE", agent), "destDeviceName": f"CUC-VM-{ctx.rng.randint(1, 24):03d}",
                  "origCalledPartyRedirectReason": "2", "lastRedirectRedirectReason": "2"})
    cucm_row(rec, cols, v)


TEMPLATES = [
    ("syslog", "nxos", nxos),
    ("syslog", "junos-mgd", junos),
    ("syslog", "iosxr", iosxr),
    ("syslog", "aruba-aoss", aruba_aoss),
    ("syslog", "xrdp-sesman", xrdp),
    ("syslog", "cyrus-imapd", cyrus),
    ("syslog", "free5gc-amf", free5gc_amf),
    ("syslog", "asterisk-security", asterisk_security),
    ("syslog", "care-callback-notes", care_notes),
    ("syslog", "timeclock-punch", timeclock),
    ("json", "servicenow-sys-audit", servicenow_audit),
    ("json", "vonage-sms-webhook", vonage_sms),
    ("json", "authentik-event", authentik),
    ("json", "manageengine-mdm-device", me_mdm),
    ("json", "boundary-audit", boundary),
    ("json", "hotel-reservation", hotel_booking),
    ("json", "bank-audit", bank_audit),
    ("kv-cef", "stormshield-sns", stormshield),
    ("kv-cef", "darktrace-cef", darktrace),
    ("kv-cef", "netskope-cef", netskope),
    ("kv-cef", "door-hub-cef", access_cef),
    ("asterisk-cdr", "hospital-switchboard", ast_hospital),
    ("asterisk-cdr", "hotel-pbx", ast_hotel),
    ("asterisk-cdr", "collection-dialler", ast_dialler),
    ("freeswitch-cdr", "travel-contact-centre", fs_travel),
    ("freeswitch-cdr", "taxi-dispatch", fs_taxi),
    ("cisco-cucm-cdr", "cucm-calls", cucm_calls),
    ("cisco-cucm-cdr", "cucm-hunt-voicemail", cucm_hunt),
]
