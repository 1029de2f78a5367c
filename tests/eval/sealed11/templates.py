"""Templates of sealed11, the fourteenth pair's kept-aside half.

Each template is a callable that picks one of several shapes of its product
per record; above each, the public source of the shape, or `in-house format`.
Values come from fourteenthlib's generators over sealed11/pools.py. No product
here is in wild11.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import evallib  # noqa: E402
import fourteenthlib as L  # noqa: E402

GENERATORS = L.generators()
# this half's own generators: logins with their realm or XMPP domain, relying-party names
GENERATORS["jid"] = lambda c: f"{L.login(c)}@xmpp.{c.pools.ORG_DOMAINS[0]}"
GENERATORS["pveid"] = lambda c: f"{L.login(c)}@pve"
GENERATORS["realmid"] = lambda c: f"{L.login(c)}@ad"
GENERATORS["mapped"] = lambda c: "::ffff:" + L.ip4(c)
GENERATORS["ests"] = lambda c: f"{evallib.moment(c):%Y-%m-%dT%H:%M:%S},{c.rng.randint(0, 999):03d}+0{c.rng.choice('12')}00"
GENERATORS["orgsys"] = lambda c: c.rng.choice(["Försäkringskassan-RP", "kommun-ost-ekonomi", "skatteverket-test"])
CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "lastRedirectDn", "callingPartyNumber_uri"]

H3164 = "<«pri»>«ts» «host» "
H5424 = "<«pri»>1 «iso» «host».«odom» "


def T(*shapes):
    return lambda ctx, rec, cols: L.shape(ctx, rec, shapes)


# ------------------------------------------------------------------ syslog

# Jellyfin authentication lines '[<date> <time>.<ms> <offset>] [INF] [<thread>] Jellyfin.Server.Implementations.
# Users.UserManager: Authentication request for "<user>" has been denied (IP: "<ip>").':
# https://jellyfin.org/docs/general/networking/fail2ban (the filter's failregex) and UserManager's
# LogInformation calls; the session line is an in-house rendition.
JELLYFIN = T(
    H3164 + "jellyfin[«pid»]: [«datetime».«ms3» +01:00] [INF] [«n2»] Jellyfin.Server.Implementations.Users.UserManager: Authentication request for \"«USERNAME:login»\" has been denied (IP: \"«IPV4:ip»\").",
    H3164 + "jellyfin[«pid»]: [«datetime».«ms3» +01:00] [INF] [«n2»] Jellyfin.Server.Implementations.Users.UserManager: Authentication request for \"«USERNAME:login»\" has succeeded.",
    H3164 + "jellyfin[«pid»]: [«datetime».«ms3» +01:00] [INF] [«n2»] Emby.Server.Implementations.Session.SessionManager: Playback start reported by app \"Jellyfin Android\" «~ver» playing \"Film\". Started at «n3» ms, user «USERNAME:login», client «IPV6:ip6»",
)

# ejabberd c2s authentication lines ('Accepted c2s PLAIN authentication for <jid> by <backend> backend from <ip>',
# 'Failed c2s PLAIN authentication for <jid> from <ip>: Invalid username or password'): fail2ban/fail2ban
# config/filter.d/ejabberd-auth.conf and ejabberd's mod_fail2ban; a JID is one login (USERNAME) as written,
# an '::ffff:a.b.c.d' client address one IPV6.
EJABBERD = T(
    H3164 + "ejabberd[«pid»]: [info] (<0.«n4».0>) Accepted c2s PLAIN authentication for «USERNAME:jid» by sql backend from «IPV6:mapped»",
    H3164 + "ejabberd[«pid»]: [warning] (<0.«n4».0>) Failed c2s PLAIN authentication for «USERNAME:jid» from «IPV6:mapped»: Invalid username or password",
    H3164 + "ejabberd[«pid»]: [info] (<0.«n4».0>) (tls|<0.«n4».0>) Closing c2s session for «USERNAME:jid»/Conversations.«rand8»: Connection failed: connection closed",
)

# Pure-FTPd: '(?@<ip>) [WARNING] Authentication failed for user [<user>]', '(<user>@<ip>) [INFO] Logout.':
# ossec/ossec-docs docs/log_samples/ftp/pureftpd.rst; 'is now logged in' is written before the session
# counts as logged in, so with '?@' (src/ftpd.c logfile() and dopass()).
PUREFTPD = T(
    H3164 + "pure-ftpd: (?@«IPV4:ip») [WARNING] Authentication failed for user [«USERNAME:login»]",
    H3164 + "pure-ftpd: («USERNAME:login»@«IPV4:ip») [INFO] Logout.",
    H3164 + "pure-ftpd: (?@«IPV4:ip») [INFO] «USERNAME:login» is now logged in",
    H3164 + "pure-ftpd: (?@«IPV4:ip») [INFO] New connection from «IPV4:ip»",
)

# Proxmox VE pvedaemon: 'authentication failure; rhost=<ip> user=<user>@<realm> msg=...':
# the fail2ban Proxmox filter (failregex 'pvedaemon\[.*authentication failure; rhost=<HOST> user=.* msg=.*'),
# https://pve.proxmox.com/wiki/Fail2ban ; the success and task lines are an in-house rendition.
PVE = T(
    H3164 + "pvedaemon[«pid»]: authentication failure; rhost=«IPV6:mapped» user=«USERNAME:pveid» msg=no such user ('«USERNAME:pveid»')",
    H3164 + "pvedaemon[«pid»]: authentication failure; rhost=«IPV4:ip» user=«USERNAME:realmid» msg=invalid credentials",
    H3164 + "pvedaemon[«pid»]: <«USERNAME:pveid»> successful auth for user '«USERNAME:pveid»'",
    H3164 + "pvedaemon[«pid»]: <«~sysacct»> starting task UPID:«host»:«hex8»:«hex8»:«HEX10»:vzdump:«n3»:«~sysacct»:",
)

# Prosody with mod_log_auth ('Failed authentication attempt (<reason>) for user <user> from IP: <ip>'):
# prosody-modules mod_log_auth/README.md and mod_log_auth.lua; to syslog as '<source>: <message>'
# (util/pposix.c lc_syslog_log); the connect line is an in-house rendition.
PROSODY = T(
    H3164 + "prosody[«pid»]: c2s«hex12»: Failed authentication attempt (not-authorized) for user «USERNAME:login» from IP: «IPV4:ip»",
    H3164 + "prosody[«pid»]: c2s«hex12»: Authenticated as «USERNAME:jid»",
    H3164 + "prosody[«pid»]: c2s«hex12»: Client connected from «IPV6:ip6», version «~ver»",
)

# in-house format: a municipality's social-services case notes (Ukrainian, Serbian, Bosnian, Persian, Swedish).
SOCIAL = T(
    H5424 + "socnotes - NOTE [case@41231 id=\"«~tkt»\"] Клієнтка «PERSON_NAME:nm», тел. «PHONE:tel», просить перекладача. Дзвонити не на «~svc».",
    H5424 + "socnotes - NOTE [case@41231 id=\"«~tkt»\"] Корисник «PERSON_NAME:nm» (samordningsnummer «SAMORDNINGSNUMMER:snr») dolazi sa «PERSON_NAME:nm2», kontakt «EMAIL:mail».",
    H5424 + "socnotes - NOTE [case@41231 id=\"«~tkt»\"] مراجعه‌کننده «PERSON_NAME:nm» شماره «PHONE:tel» را داد. handläggare «USERNAME:login»",
    H5424 + "socnotes - NOTE [case@41231 id=\"«~tkt»\"] Ansökan från «PERSON_NAME:nm» «PERSONNUMMER:pnr» – felaktigt angivet «~xpnr» i blanketten, hyresvärd org.nr «ORGNR:org».",
)

# in-house format: a housing company's door-entry (intercom) controller log (Korean, Hebrew, English).
INTERCOM = T(
    H3164 + "intercomd[«pid»]: 현관 호출 apt «n3» → 거주자 «PERSON_NAME:nm» «PHONE:tel» 연결됨, 도어 열림",
    H3164 + "intercomd[«pid»]: tag «BADGE:badge» accepted at door «placename»-B, resident «PERSON_NAME:nm»",
    H3164 + "intercomd[«pid»]: panel «MAC:mac» sip registered from «IPV4:ip», firmware «~ver»",
    H3164 + "intercomd[«pid»]: panel «MAC:mac» lte modem imei=«IMEI:imei» imsi=«IMSI:imsi» up; rejected spare module imei=«~ximei», lab sim «~testimsi»",
    H3164 + "intercomd[«pid»]: קריאה לדירה «n2» הועברה ל-«PHONE:tel», דייר «PERSON_NAME:nm»",
)

# in-house format: an e-ID broker's (BankID-like) authentication and signing log.
EID = T(
    H5424 + "eidbroker - AUTH [eid@50122 order=\"«uuid»\"] collect status=complete personalNumber=«PERSONNUMMER:pnr» name=\"«PERSON_NAME:nm|s»\" ip=«IPV4:ip» rp=«~orgsys»",
    H5424 + "eidbroker - AUTH [eid@50122 order=\"«uuid»\"] collect status=failed hintCode=userCancel ip=«IPV6:ip6» device=«~ver»",
    H5424 + "eidbroker - SIGN [eid@50122 order=\"«uuid»\"] signed by «PERSONNUMMER:pnr» on behalf of «ORGNR:org»; rejected input «~xpnr» (checksum)",
)

# in-house format: a school's absence-reporting app (Bengali, Tamil, Malay, Indonesian, Swedish);
# a pupil's id is personal but no type names it (unlabelled).
SCHOOL = T(
    H3164 + "franvaro[«pid»]: SMS från «PHONE:tel»: «PERSON_NAME:given» sjuk idag, mvh «PERSON_NAME:nm2»",
    H3164 + "franvaro[«pid»]: SMS from «PHONE:tel»: Anak saya «PERSON_NAME:given» tidak hadir hari ini. Terima kasih.",
    H3164 + "franvaro[«pid»]: guardian «EMAIL:mail» reported absence for pupil «PERSON_NAME:nm» (elev-id «n6»)",
    H3164 + "franvaro[«pid»]: SMS from «PHONE:tel»: இன்று «PERSON_NAME:given» பள்ளிக்கு வரமாட்டார்",
)

# ------------------------------------------------------------------ json

# Elasticsearch audit events (type, timestamp, event.action, user.name, origin.address):
# https://elastic.co/docs/reference/elasticsearch/elasticsearch-audit-events (its examples' timestamps are
# 'YYYY-MM-DDTHH:MM:SS,mmm+zzzz', with a comma and a numeric offset)
ESAUDIT = T(
    '{"type":"audit","timestamp":"«ests»","node.id":"«rand20»","event.type":"rest","event.action":"authentication_success","authentication.type":"REALM","user.name":"«USERNAME:login»","user.realm":"ldap1","origin.type":"rest","origin.address":"[«IPV6:ip6»]:«port»","realm":"ldap1","url.path":"/_security/_authenticate","request.method":"GET","request.id":"«rand20»"}',
    '{"type":"audit","timestamp":"«ests»","node.id":"«rand20»","event.type":"rest","event.action":"authentication_failed","user.name":"«USERNAME:login»","origin.type":"rest","origin.address":"«IPV4:ip»:«port»","url.path":"/_bulk","request.method":"POST","request.id":"«rand20»"}',
    '{"type":"audit","timestamp":"«ests»","node.id":"«rand20»","event.type":"transport","event.action":"access_denied","authentication.type":"REALM","user.name":"«USERNAME:login»","user.realm":"native","user.roles":["reader"],"origin.type":"rest","origin.address":"«IPV4:ip»:«port»","action":"indices:data/read/search","request.name":"SearchRequest","indices":["cases-*"]}',
    '{"type":"audit","timestamp":"«ests»","event.type":"security_config_change","event.action":"put_user","user.name":"«~sysacct»","origin.address":"«IPV4:ip»:«port»","put":{"user":{"name":"«USERNAME:login2»","enabled":true,"roles":["caseworker"],"full_name":"«PERSON_NAME:nm2|j»","email":"«EMAIL:mail2|j»","has_password":true}}}',
)

# in-house format: a housing company's laundry and common-room booking API.
BOOKING = T(
    '{"ts":"«iso»","evt":"booking.created","room":"Tvättstuga «n2»","tenant":{"name":"«PERSON_NAME:nm|j»","apartment":"«n4»","phone":"«PHONE:tel»"},"ip":"«IPV4:ip»"}',
    '{"ts":"«iso»","evt":"reminder.sms","to":"«PHONE:e164»","text":"Påminnelse: din tid i tvättstugan börjar 07:00. Felanmälan «~svc»"}',
    '{"ts":"«iso»","evt":"key.tag","tag":"«BADGE:badge»","tenant":{"email":"«EMAIL:mail|j»"},"reader":"«MAC:mac»"}',
)

# in-house format: social-benefit decision export (Swedish keys).
BENEFIT = T(
    '{"arende":"«~tkt»","sokande":{"namn":"«PERSON_NAME:nm|j»","personnummer":"«PERSONNUMMER:pnr»","telefon":"«PHONE:telse»"},"beslut":"bifall","belopp":«n4»,"handlaggare":"«USERNAME:login2»"}',
    '{"arende":"«~tkt»","sokande":{"samordningsnummer":"«SAMORDNINGSNUMMER:snr»","epost":"«EMAIL:mail|j»"},"medsokande":{"namn":"«PERSON_NAME:nm2|j»"},"beslut":"avslag","felaktigt_id":"«~xsnr»"}',
    '{"arende":"«~tkt»","hyresvard":{"orgnr":"«ORGNR:org»","namn":"Bostads AB «placename|j»"},"kontrollerat_orgnr":"«~xorg»","skapad":«epoch»}',
)

# in-house format: an e-ID relying party's JSON audit (signing of forms).
EIDJSON = T(
    '{"time":"«iso»","event":"sign.complete","orderRef":"«uuid»","completionData":{"user":{"personalNumber":"«PERSONNUMMER:pnr»","name":"«PERSON_NAME:nm|j»","givenName":"«PERSON_NAME:given|j»","surname":"«PERSON_NAME:sur|j»"},"device":{"ipAddress":"«IPV4:ip»"}},"certOid":"«~oid»"}',
    '{"time":"«iso»","event":"auth.start","orderRef":"«uuid»","endUserIp":"«IPV6:ip6»","rp":"«~sysacct»","version":"«~ver»"}',
)

# in-house format: a school platform's guardian-contact changes.
SCHOOLJSON = T(
    '{"at":"«iso»","op":"guardian.update","pupil":{"name":"«PERSON_NAME:nm|j»","pnr":"«PERSONNUMMER:pnr»"},"guardian":{"name":"«PERSON_NAME:nm2|j»","mobile":"«PHONE:tel»","email":"«EMAIL:mail2|j»"},"by":"«USERNAME:login»"}',
    '{"at":"«iso»","op":"login","user":"«USERNAME:login»","ip":"«IPV4:ip»","ua":"Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X)","sessid":"«~sessid»"}',
)

# ------------------------------------------------------------------ kv-cef

# in-house format: a driving-test booking service's CEF (candidates book and change test slots).
DRIVETEST = T(
    'CEF:0|Körprov|Bokning|«~ver»|booking.create|Test slot booked|2|suser=«PERSONNUMMER:pnr» cs1Label=candidate cs1=«PERSON_NAME:nm|c» cs2Label=slot cs2=«~tkt» src=«IPV4:ip» cs3Label=school cs3=«ORGNR:org»',
    'CEF:0|Körprov|Bokning|«~ver»|booking.reject|Invalid id|4|cs4Label=input cs4=«~xpnr» src=«IPV4:ip» msg=Checksum failed',
    'CEF:0|Körprov|Bokning|«~ver»|notify|SMS reminder|1|cs5Label=to cs5=«PHONE:tel|c» duser=«EMAIL:mail|c» cs2Label=slot cs2=«~tkt»',
)

# in-house format: a recycling centre's visitor gate in logfmt (residents by personnummer or card).
RECYCLE = T(
    'ts=«iso» site="«placename»" evt=gate.open method=card card=«BADGE:badge» visits_ytd=«n2»',
    'ts=«iso» site="«placename»" evt=gate.open method=eid pnr=«PERSONNUMMER:pnr» ip=«IPV4:ip»',
    'ts=«iso» site="«placename»" evt=company.visit orgnr=«ORGNR:org» driver="«PERSON_NAME:nm»" phone="«PHONE:tel»" plate=«rand8»',
    'ts=«iso» site="«placename»" evt=gate.denied reason=samordningsnummer_check input=«~xsnr» valid=«SAMORDNINGSNUMMER:snr»',
)

# in-house format: a building access system's CEF (intercom door events).
ACCESS = T(
    'CEF:0|NordLås|DoorHub|«~ver»|door.open|Door opened by tag|3|cs1Label=tag cs1=«BADGE:badge» suser=«PERSON_NAME:nm|c» dvc=«IPV4:ip» dvcmac=«MAC:mac» cs2Label=door cs2=«placename|c»',
    'CEF:0|NordLås|DoorHub|«~ver»|call.forward|Intercom call forwarded|2|duser=«PERSON_NAME:nm|c» cs3Label=forwardTo cs3=«PHONE:tel|c» cs2Label=door cs2=Port «n2» externalId=«~tkt»',
    'CEF:0|NordLås|DoorHub|«~ver»|modem.up|LTE backup link up|1|dvc=«IPV4:ip» cs4Label=imei cs4=«IMEI:imei» cs5Label=imsi cs5=«IMSI:imsi» cs6Label=spare cs6=«~ximei»',
)

# in-house format: an e-ID broker's relying-party audit in logfmt.
EIDLOGFMT = T(
    'ts=«iso» svc=eid-rp evt=auth.complete pnr=«PERSONNUMMER:pnr» ip=«IPV4:ip» org=«ORGNR:org» order=«uuid»',
    'ts=«iso» svc=eid-rp evt=auth.reject reason=checksum input=«~xpnr» ip=«IPV4:ip»',
    'ts=«iso» svc=eid-rp evt=notify.sms to="«PHONE:tel»" name="«PERSON_NAME:nm»" tpl=«~tkt»',
)

# in-house format: a housing company's fault-report portal in logfmt.
FAULTS = T(
    'time=«iso» app=felanmalan evt=report.created report=«~tkt» tenant="«PERSON_NAME:nm»" phone="«PHONE:tel»" email=«EMAIL:mail» apt=«n4»',
    'time=«iso» app=felanmalan evt=contractor.assigned report=«~tkt» contractor_orgnr=«ORGNR:org» by=«USERNAME:login» ip=«IPV4:ip»',
)

# ------------------------------------------------------------------ asterisk-cdr
# Column order: rules/asterisk-cdr.toml (cdr_csv, 18 columns; numbers unquoted).


def _ast(ctx, rec, acct, src, dst, dctx, clid, chan, dchan, app, data, disp, user):
    rng = ctx.rng
    dur = rng.randint(0, 1800) if disp == "ANSWERED" else rng.randint(0, 40)
    bill = max(0, dur - rng.randint(0, 20)) if disp == "ANSWERED" else 0
    t = evallib.moment(ctx)
    fmt = "%Y-%m-%d %H:%M:%S"
    ans = evallib.later(ctx, dur - bill).strftime(fmt) if bill else ""
    L.csv_row(rec, [acct, src, dst, dctx, clid, chan, dchan, app, data, t.strftime(fmt), ans,
                    evallib.later(ctx, dur).strftime(fmt), ("#", str(dur)), ("#", str(bill)), disp, "BILLING",
                    f"{int(t.timestamp())}.{rng.randint(1, 9999)}", user])


# in-house format (dial plan): apartment entry phones calling residents' mobiles.
def entry_phone(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    res = g("dial")
    door = "door" + g("n2")
    _ast(ctx, rec, "", door, ("PHONE", res), "intercom-out", ['"Port ', g("placename"), '" <', door, ">"],
         f"PJSIP/{door}-" + evallib.hexs(ctx, 8), "PJSIP/trunk-bahnhof-" + evallib.hexs(ctx, 8), "Dial",
         ["PJSIP/", ("PHONE", res), "@trunk-bahnhof,30,D(", ("~", "#9"), ")"], rng.choice(["ANSWERED", "NO ANSWER"]),
         ["resident=", ("PERSON_NAME", g("nm"))] if rng.random() < 0.6 else ["gsm imei=", ("IMEI", g("imei")), " imsi=", ("IMSI", g("imsi"))])


# in-house format (dial plan): a municipality's social-services switchboard (callers queue, interpreters called out).
def soc_switchboard(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    if rng.random() < 0.6:
        _ast(ctx, rec, "", ("PHONE", n), ("~", g("pilot")), "from-pstn", ['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", n), ">"],
             "PJSIP/trunk-" + evallib.hexs(ctx, 8), ["Local/", ("PHONE", g("ext")), "@agents-" + evallib.hexs(ctx, 8) + ";1"],
             "Queue", "socialtjanst,t,,,600", "ANSWERED", ["case=", ("~", g("tkt")), ";pnr=", ("PERSONNUMMER", g("pnr"))])
    else:
        ext = g("ext")
        _ast(ctx, rec, ("BADGE", g("badge")), ("PHONE", ext), ("PHONE", n), "interpreters",
             ['"Tolkbokning" <', ("PHONE", ext), ">"], "PJSIP/hl-" + evallib.hexs(ctx, 8), "PJSIP/trunk-" + evallib.hexs(ctx, 8),
             "Dial", ["PJSIP/", ("PHONE", n), "@trunk,45,tT"], rng.choice(["ANSWERED", "BUSY"]), "")


# in-house format (dial plan): a school's absence line (voicemail and IVR; the pupil's name in userfield).
def absence_line(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    _ast(ctx, rec, "", ("PHONE", n), ("~", rng.choice(["3950", "*97", "3999"])), "franvaro-ivr",
         ['"', ("PERSON_NAME", g("nm2")), '" <', ("PHONE", n), ">"] if rng.random() < 0.5 else ['"" <', ("PHONE", n), ">"],
         "SIP/operator-" + evallib.hexs(ctx, 8), "", rng.choice(["VoiceMail", "Background"]),
         rng.choice(["3950@franvaro,u", "franvaro-meny"]), "ANSWERED", ["elev=", ("PERSON_NAME", g("given"))])


# ------------------------------------------------------------------ freeswitch-cdr
# Column order: rules/freeswitch-cdr.toml (mod_cdr_csv default template, all quoted).


def _fs(ctx, rec, name, num, dest, context, cause, acct):
    rng = ctx.rng
    dur = rng.randint(0, 1500)
    bill = max(0, dur - rng.randint(0, 30)) if cause == "NORMAL_CLEARING" else 0
    fmt = "%Y-%m-%d %H:%M:%S"
    L.csv_row(rec, [name, num, dest, context, evallib.moment(ctx).strftime(fmt),
                    evallib.later(ctx, dur - bill).strftime(fmt) if bill else "", evallib.later(ctx, dur).strftime(fmt),
                    str(dur), str(bill), cause, evallib.uuid4(ctx), evallib.uuid4(ctx) if bill else "", acct,
                    rng.choice(["PCMU", "G722", "OPUS"]), rng.choice(["PCMU", "G722"])])


# in-house format (dial plan): an e-ID provider's support line.
def eid_support(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    r = rng.randrange(3)
    if r == 0:
        _fs(ctx, rec, ("PERSON_NAME", g("nm")), ("PHONE", n), ("~", g("pilot")), "public", "NORMAL_CLEARING", "")
    elif r == 1:
        _fs(ctx, rec, "Anonymous", ("~", "anonymous"), ("~", g("pilot")), "public", "NORMAL_CLEARING", "")
    else:
        _fs(ctx, rec, ("PHONE", n), ("PHONE", n), ("~", rng.choice(["112", "1177", "119"])), "public", "NORMAL_CLEARING", "")


# in-house format (dial plan): a housing company's out-of-hours fault line.
def fault_line(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    if rng.random() < 0.6:
        _fs(ctx, rec, ("PERSON_NAME", g("nm")), ("PHONE", n), ("~", g("pilot")), "jour", rng.choice(["NORMAL_CLEARING", "ORIGINATOR_CANCEL"]), "")
    else:
        ext = g("ext")
        _fs(ctx, rec, ["Jour ", ("PHONE", ext)], ("PHONE", ext), ("PHONE", g("dial")), "jour-out", "NORMAL_CLEARING", ("BADGE", g("badge")))


# ------------------------------------------------------------------ cisco-cucm-cdr
# Column names and order: rules/cisco-cucm-cdr.toml (129 columns). Dial plans in-house.


def _cucm(ctx, rec, cols, v):
    base = L.cucm_base(ctx)
    base.update(v)
    L.cucm_row(ctx, rec, cols, base)


# in-house dial plan: a municipal office (contact centre pilot, forwards to mobiles).
def cucm_municipal(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    ext = g("ext")
    r = rng.randrange(3)
    if r == 0:
        caller = g("e164")
        pilot = g("pilot")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", caller), "originalCalledPartyNumber": ("~", pilot),
                               "finalCalledPartyNumber": ("PHONE", ext), "huntPilotDN": ("~", pilot), "huntPilotPattern": ("~", pilot),
                               "wasCallQueued": "1", "totalWaitTimeInQueue": str(rng.randint(3, 900)),
                               "finalCalledPartyUnicodeLoginUserID": ("USERNAME", g("login")),
                               "origDeviceName": "CUBE-01", "destDeviceName": "SEP" + L.mac(ctx, "bare")})
    elif r == 1:
        mob = g("natd")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", g("e164")), "originalCalledPartyNumber": ("PHONE", ext),
                               "finalCalledPartyNumber": ("PHONE", "0" + mob), "lastRedirectDn": ("PHONE", ext),
                               "lastRedirectRedirectReason": "15", "outpulsedCalledPartyNumber": ("PHONE", mob),
                               "origCalledPartyRedirectReason": "15", "origDeviceName": "CUBE-01", "destDeviceName": "CUBE-01",
                               "lastRedirectDn_uri": [("EMAIL", g("upn"))]})
    else:
        ip = g("ip")
        _cucm(ctx, rec, cols, {"origIpAddr": ("IPV4", L.ip_int(ip)), "callingPartyNumber": ("PHONE", ext),
                               "callingPartyUnicodeLoginUserID": ("USERNAME", g("login")),
                               "finalCalledPartyNumber": ("~", rng.choice(["0112", "112"])), "originalCalledPartyNumber": ("~", "112"),
                               "origDeviceName": "SEP" + L.mac(ctx, "bare"), "comment": ["ELIN=", ("~", g("n4"))]})


# in-house dial plan: a school (classroom phones, Jabber clients, guardians calling in).
def cucm_school(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    user = g("login")
    if rng.random() < 0.5:
        ip = g("ip")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", g("ext")), "finalCalledPartyNumber": ("PHONE", g("ext")),
                               "origIpAddr": ("IPV4", L.ip_int(ip)), "origIpv4v6Addr": ("IPV4", ip),
                               "origDeviceName": ["CSF", ("USERNAME", user.upper()[:12].rstrip("._-"))], "destDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "callingPartyUnicodeLoginUserID": ("USERNAME", user),
                               "callingPartyNumber_uri": [("EMAIL", f"{user}@{g('odom')}")]})
    else:
        n = g("natd")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", n), "originalCalledPartyNumber": ("~", g("pilot")),
                               "finalCalledPartyNumber": ("PHONE", g("ext")), "destIpv4v6Addr": ("IPV6", g("ip6")),
                               "origDeviceName": "CUBE-02", "destDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "comment": ["guardian of ", ("PERSON_NAME", g("nm"))]})


# in-house dial plan: a housing company's customer centre (outbound to tenants, client matter codes).
def cucm_housing(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    out = g("natd")
    _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", g("ext")), "callingPartyUnicodeLoginUserID": ("USERNAME", g("login")),
                           "originalCalledPartyNumber": ("PHONE", "0" + out), "finalCalledPartyNumber": ("PHONE", "0" + out),
                           "outpulsedCalledPartyNumber": ("PHONE", out), "outpulsedCallingPartyNumber": ("~", "0771-44 33 00"),
                           "clientMatterCode": ("~", g("tkt")), "origDeviceName": "SEP" + L.mac(ctx, "bare"),
                           "destDeviceName": "CUBE-02", "destIpAddr": ("IPV4", L.ip_int(g("ip")))})


TEMPLATES = [
    ("syslog", "jellyfin", JELLYFIN),
    ("syslog", "pure-ftpd", PUREFTPD),
    ("syslog", "ejabberd", EJABBERD),
    ("syslog", "pvedaemon", PVE),
    ("syslog", "prosody", PROSODY),
    ("syslog", "social-notes", SOCIAL),
    ("syslog", "intercom", INTERCOM),
    ("syslog", "eid-broker", EID),
    ("syslog", "school-absence", SCHOOL),
    ("json", "es-audit", ESAUDIT),
    ("json", "laundry-booking", BOOKING),
    ("json", "benefit-export", BENEFIT),
    ("json", "eid-rp-json", EIDJSON),
    ("json", "school-platform", SCHOOLJSON),
    ("kv-cef", "drivetest-cef", DRIVETEST),
    ("kv-cef", "recycling-logfmt", RECYCLE),
    ("kv-cef", "door-cef", ACCESS),
    ("kv-cef", "eid-logfmt", EIDLOGFMT),
    ("kv-cef", "fault-portal", FAULTS),
    ("asterisk-cdr", "entry-phone", entry_phone),
    ("asterisk-cdr", "soc-switchboard", soc_switchboard),
    ("asterisk-cdr", "absence-line", absence_line),
    ("freeswitch-cdr", "eid-support", eid_support),
    ("freeswitch-cdr", "fault-line", fault_line),
    ("cisco-cucm-cdr", "municipal", cucm_municipal),
    ("cisco-cucm-cdr", "school", cucm_school),
    ("cisco-cucm-cdr", "housing", cucm_housing),
]
