"""Templates of the sealed6 split (the ninth pair's kept-aside half: never
tuned on; its products are not listed in the README).

Every template is a callable (ctx, rec, cols) that picks one of several
shapes of its product. Each names, above it, the public source its shape was
taken from (found with the `search` tool), or says it is an in-house format.
Values come from ninthlib and this split's pools.py only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ninthlib import (NEG, Num, Q, S, T_BADGE, T_EMAIL, T_IMEI, T_IMSI, T_IP4, T_IP6, T_MAC, T_NAME,  # noqa: E402
                      T_ORG, T_PHONE, T_PNR, T_SNR, T_USER, account, badge, csv_row, cucm_row, email, emit, epoch, ext,
                      form, h3164, h5424, hexs, html_ent, imei, imsi, int_ip, ip4, ip6, iso, jdump, jsonu, mac, mime_b,
                      name_as, neg, ocr, orgnr, pct, person, phone, pick, pnr, ri, sqlts, ts3164, uuid, when)

GENERATORS = {}
CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "callingPartyUnicodeLoginUserID", "mobileCallingPartyNumber"]
SYSUSERS = ["Administrator", "anonymous", "ftp", "www-data", "admin", "test", "oracle", "svc_scan", "sa_backup"]


def P(ctx):
    return ctx.pools


def sysuser(ctx):
    return neg(ctx.rng.choice(SYSUSERS))


def acct(ctx, i=0):
    return (T_USER, account(ctx, person(ctx, i)))


def nm(ctx, i=0, style=None):
    return (T_NAME, name_as(ctx, person(ctx, i), style))


def ph(ctx, **kw):
    return (T_PHONE, phone(ctx, **kw))


# --------------------------------------------------------------- syslog

# Gammu SMS daemon with the FILES backend. Source: gammu-smsd-files(7)
# (received files IN<date>_<time>_<serial>_<phone_number>_<sequence>.txt,
# outbox OUT<priority><date>_<time>_<serial>_<phone_number>_<anything>.txt with
# option letters after the extension, "d" asking for a delivery report) and
# gammu's smsd/services/files.c and smsd/core.c messages ("Received %s",
# "Renamed %s to %s" into the sent or error folder, "Delivery report: %s to %s,
# message reference 0x%02x"); the modem identity line is gammu-smsd-monitor's
# --csv output (Client;PhoneID;IMEI;IMSI;Sent;Received;Failed;Battery;Signal)
# logged by a cron job.
def gammu(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    h = h3164(ctx, "fjl-sms2", f"gammu-smsd[{ri(ctx, 300, 9000)}]")
    num = (T_PHONE, phone(ctx, style=pick(rng, [("e164", 6), ("natdigits", 1)])))
    stamp = f"{t:%Y%m%d_%H%M%S}"
    k = rng.randint(0, 5)
    if k == 5:
        emit(rec, h, "Delivery report: ", rng.choice(["Delivered", "Failed", "Pending"]), " to ", num,
             f", message reference 0x{rng.randint(0, 255):02x}")
    elif k == 0:
        emit(rec, h, f"Received IN{stamp}_00_", num, "_00.txt")
    elif k == 1:
        f = [f"OUTA{stamp}_{ri(ctx, 100, 999)}_", num, "_sms0.txt"]
        emit(rec, h, "Renamed /var/spool/gammu/outbox/", f, " to /var/spool/gammu/sent/", f)
    elif k == 2:
        f = [f"OUTB{stamp}_{ri(ctx, 100, 999)}_", num, "_alarm.txtd"]
        emit(rec, h, "Renamed /var/spool/gammu/outbox/", f, " to /var/spool/gammu/error/", f)
    elif k == 3:
        emit(rec, h3164(ctx, "fjl-sms2", "gammu-monitor"), "Gammu 1.42.0 on Linux, kernel 6.1.0-18-arm64 (#1 SMP Debian 6.1.76-1 (2024-02-01)) "
             "compiler GCC 12.2;fjl-modem1;", (T_IMEI, imei(ctx, style="plain")), ";", (T_IMSI, imsi(ctx)),
             f";{ri(ctx, 10, 900)};{ri(ctx, 10, 900)};{ri(ctx, 0, 9)};0;{ri(ctx, 40, 99)}")
    else:
        emit(rec, h, f"Received IN{stamp}_01_", neg(rng.choice(["Telenor", "2210", "1999"])), "_00.txt")


# Pure-FTPd through syslog. Source: ossec-docs log_samples/ftp/pureftpd.rst
# ("(?@ip) [INFO] New connection from", "(user@ip) [INFO] Logout.",
# "[WARNING] Authentication failed for user [x]") and its "is now logged in",
# upload/download notices.
def pureftpd(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, "fjl-ftp1", "pure-ftpd")
    src = (T_IP4, ip4(ctx))
    u = acct(ctx) if rng.random() < 0.75 else sysuser(ctx)
    k = rng.randint(0, 4)
    if k == 0:
        emit(rec, h, "(?@", src, ") [INFO] ", u, " is now logged in")
    elif k == 1:
        emit(rec, h, "(?@", src, ") [WARNING] Authentication failed for user [", u, "]")
    elif k == 2:
        p = person(ctx, 1)
        emit(rec, h, "(", u, "@", src, ") [NOTICE] /home/", u, "//lonn/Lønnsslipp_", (T_NAME, p["surname_l"].replace(" ", "_")),
             f"_{when(ctx):%Y%m}.pdf uploaded  ({ri(ctx, 2000, 900000)} bytes, {ri(ctx, 100, 9000)}.{ri(ctx, 10, 99)}KB/sec)")
    elif k == 3:
        emit(rec, h, "(", u, "@", src, ") [INFO] Logout.")
    else:
        emit(rec, h, "(?@", src, ") [INFO] New connection from ", src)


# SOGo groupware (sogod) through syslog. Source: SOGo's login log line
# ("SOGoRootPage successful login from '%@' for user '%@' - expire = %d
# grace = %d") and its access lines; SOGo found via ns8-sogo / mailcow docs.
def sogo(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, "vkv-mx2", f"sogod [{ri(ctx, 300, 9000)}]")
    p = person(ctx)
    who = (T_EMAIL, email(ctx, p, rng.choice(["fjordlinje.no", "vastkust-vard.se"]))) if rng.random() < 0.5 else \
        (T_USER, account(ctx, p))
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h, "SOGoRootPage successful login from '", (T_IP4, ip4(ctx)), "' for user '", who, "' - expire = -1  grace = -1")
    elif k == 1:
        emit(rec, h, "SOGoRootPage Login from '", (T_IP4, ip4(ctx)), "' for user '", who, "' might not have worked - password policy: 65535  grace: -1  expire: -1  bound: 0")
    elif k == 2:
        emit(rec, h, (T_IP4, ip4(ctx)), f' "GET /SOGo/dav/', who, '/Contacts/personal/ HTTP/1.1" 207 ', ri(ctx, 300, 90000), "/0 0.0",
             ri(ctx, 10, 99), " - - 0 - ", ri(ctx, 3, 40))
    else:
        emit(rec, h, (T_IP4, ip4(ctx)), ' "POST /SOGo/so/', who, '/Mail/0/folderINBOX/', ri(ctx, 100, 9999),
             '/sendMessage HTTP/1.1" 200 ', ri(ctx, 20, 200), "/", ri(ctx, 100, 90000), " 0.", ri(ctx, 10, 999), " - - 0")


# Zammad helpdesk (Rails production.log through syslog; Parameters hash of a
# ticket create). In-house shape check: Rails' "Processing by X#y as JSON" and
# "Parameters: {...}" lines as Rails logs them; Zammad's ticket attributes
# (title, customer_id, article body, phone) from its REST API.
def zammad(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, "vkv-desk1", f"zammad[{ri(ctx, 300, 9000)}]")
    pre = f"I, [{iso(ctx, z=False)}#{ri(ctx, 100, 9999)}-{ri(ctx, 1000, 99999)}]  INFO -- : "
    p = person(ctx)
    k = rng.randint(0, 2)
    if k == 0:
        emit(rec, h, pre, 'Parameters: {"title"=>"Ring tilbake: ', (T_NAME, name_as(ctx, p, "full")), '", "group"=>"Kundesenter", '
             '"customer_id"=>"guess:', (T_EMAIL, email(ctx, p)), '", "organization"=>"Brf Solrosen ', (T_ORG, orgnr(ctx)), '", "article"=>{"body"=>"Kunden ringte fra ', ph(ctx),
             ' ang. faktura ', neg(ri(ctx, 1000000, 9999999)), ' (KID ', neg(ocr(ctx)), ')", "type"=>"phone", "internal"=>false}}')
    elif k == 1:
        emit(rec, h, pre, "Processing by TicketsController#update as JSON")
    else:
        emit(rec, h, pre, 'Parameters: {"id"=>"', ri(ctx, 1000, 99999), '", "owner_id"=>"', ri(ctx, 2, 400), '", "note"=>"Bruker ',
             (T_USER, account(ctx, person(ctx, 1))), ' sperret, ny kode sendt til ', ph(ctx, iso="NO"), '"}')


# ZKTeco time clocks through an in-house bridge that forwards the devices'
# ADMS push data to syslog (in-house framing; the USER and ATTLOG record
# shapes, "PIN=... Name=... Card=...", are ZKTeco's push protocol's, found in
# code corpus examples of DATA UPDATE USERINFO and ATTLOG).
def zkteco(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    sn = neg(f"CKJ{rng.randint(1000000000, 9999999999)}")
    h = h3164(ctx, "fjl-ta1", "zkbridge", 134)
    pin = neg(str(rng.randint(1000, 9999)))
    k = rng.randint(0, 2)
    if k == 0:
        emit(rec, h, "SN=", sn, " table=OPERLOG USER PIN=", pin, "\tName=", (T_NAME, name_as(ctx, p, pick(rng, [("full", 3), ("fold", 2)]))),
             "\tPri=0\tPasswd=\tCard=[", (T_BADGE, badge(ctx, "dec6") if rng.random() < 0.5 else str(rng.randint(1000000, 9999999))),
             "]\tGrp=1\tTZ=0000000100000000")
    elif k == 1:
        emit(rec, h, "SN=", sn, " table=ATTLOG ", pin, f"\t{sqlts(ctx)}\t{rng.choice([0, 1, 4, 5])}\t{rng.choice([1, 4, 15])}\t0\t0")
    else:
        emit(rec, h, "SN=", sn, " Kort ", (T_BADGE, badge(ctx)), " avvist ved terminal Verksted inngang (ukjent kort)")


# Junos management plane (mgd, sshd). Source: Junos system log reference
# (UI_LOGIN_EVENT "User 'x' login, class 'y' [pid], ssh-connection '...',
# client-mode 'cli'", UI_CMDLINE_READ_LINE, SSHD_LOGIN_FAILED).
def junos_mgmt(ctx, rec, cols):
    rng = ctx.rng
    hn = rng.choice(["fjl-ex4300-a", "vkv-mx204-1", "fjl-qfx-2"])
    u = acct(ctx) if rng.random() < 0.85 else sysuser(ctx)
    src = (T_IP4, ip4(ctx, "priv"))
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h3164(ctx, hn, f"mgd[{ri(ctx, 1000, 60000)}]"), "UI_LOGIN_EVENT: User '", u, "' login, class 'j-super-user' [",
             ri(ctx, 1000, 60000), "], ssh-connection '", src, f" {ri(ctx, 30000, 65000)} ", (T_IP4, ip4(ctx, "priv")),
             " 22', client-mode 'cli'")
    elif k == 1:
        emit(rec, h3164(ctx, hn, f"mgd[{ri(ctx, 1000, 60000)}]"), "UI_CMDLINE_READ_LINE: User '", u, "', command '",
             rng.choice([["show configuration system login "], ["set system login user ", acct(ctx, 1), " full-name \"", nm(ctx, 1, "full"), "\" "],
                         ["show log messages | match ", acct(ctx, 1), " "]]), "'")
    elif k == 2:
        emit(rec, h3164(ctx, hn, f"sshd[{ri(ctx, 1000, 60000)}]"), "SSHD_LOGIN_FAILED: Login failed for user '", u, "' from host '",
             src, "'")
    else:
        emit(rec, h3164(ctx, hn, f"mgd[{ri(ctx, 1000, 60000)}]"), "UI_COMMIT: User '", u, "' requested 'commit' operation (comment: ",
             neg(f"CHG{ri(ctx, 10000, 99999)}"), ")")


# xrdp-sesman. Source: xrdp's sesman log lines ("++ created session (access
# granted): username x, ip a.b.c.d:port - socket: n", pam_unix(xrdp-sesman:auth)).
def xrdp(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, rng.choice(["vkv-rds1", "fjl-lin-desk"]), f"xrdp-sesman[{ri(ctx, 300, 60000)}]")
    u = acct(ctx)
    src = (T_IP4, ip4(ctx))
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h, "[INFO ] ++ created session (access granted): username ", u, ", ip ", src, f":{ri(ctx, 30000, 65000)} - socket: {ri(ctx, 5, 30)}")
    elif k == 1:
        emit(rec, h, "pam_unix(xrdp-sesman:auth): authentication failure; logname= uid=0 euid=0 tty=xrdp-sesman ruser= rhost=  user=", u)
    elif k == 2:
        emit(rec, h, "[INFO ] ++ terminated session:  username ", u, f", display :{ri(ctx, 10, 40)}.0, session_pid {ri(ctx, 1000, 60000)}, ip ",
             src, f":{ri(ctx, 30000, 65000)} - socket: {ri(ctx, 5, 30)}")
    else:
        emit(rec, h, "[INFO ] Terminal Server Users group is disabled, allowing authentication")


# polkitd. Source: polkit's authority log lines as journals show them
# (code corpus: "Operator of unix-session:N successfully authenticated as
# unix-user:x to gain TEMPORARY authorization for action ... (owned by
# unix-user:y)", "Unregistered Authentication Agent for unix-process:pid:start
# (system bus name :1.n, object path /org/freedesktop/PolicyKit1/
# AuthenticationAgent, locale l) (disconnected from bus)", and a rules file's
# polkit.log(subject): "/etc/polkit-1/rules.d/x.rules:3: subject=[Subject
# pid=n user='x' groups=... seat='' session='n' local=false active=true]").
def polkit(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, rng.choice(["vkv-app12", "fjl-sql5"]), f"polkitd[{ri(ctx, 300, 3000)}]", 85)
    u = acct(ctx)
    k = rng.random()
    if k < 0.5:
        emit(rec, h, f"Operator of unix-session:{ri(ctx, 1, 300)} successfully authenticated as unix-user:", u,
             " to gain TEMPORARY authorization for action ", rng.choice(["org.freedesktop.systemd1.manage-units",
                                                                         "org.freedesktop.login1.reboot"]),
             f" for system-bus-name::1.{ri(ctx, 10, 900)} [systemctl restart nginx] (owned by unix-user:", u, ")")
    elif k < 0.8:
        emit(rec, h, "/etc/polkit-1/rules.d/40-drift.rules:3: subject=[Subject pid=", ri(ctx, 1000, 60000), " user='", u,
             "' groups=", u, rng.choice([",wheel", ",drift,docker", ""]), f" seat='' session='{ri(ctx, 1, 300)}' local=false active=true]")
    else:
        emit(rec, h, f"Unregistered Authentication Agent for unix-process:{ri(ctx, 1000, 60000)}:{ri(ctx, 100000, 999999)} "
             f"(system bus name :1.{ri(ctx, 10, 900)}, object path /org/freedesktop/PolicyKit1/AuthenticationAgent, locale nb_NO.UTF-8) "
             "(disconnected from bus)")


# Matrix Synapse access log through journald. Source: Synapse's
# synapse.access.http lines ("{@user:server} Processed request: ... 200 \"GET
# /_matrix/client/v3/sync HTTP/1.1\" \"Element/...\"").
def synapse(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    u = acct(ctx)
    h = h3164(ctx, "fjl-matrix1", f"python[{ri(ctx, 300, 9000)}]")
    method, path = rng.choice([("GET", ["/_matrix/client/v3/sync?timeout=30000&since=s", ri(ctx, 1000, 99999)]),
                               ("GET", ["/_matrix/client/v3/profile/%40", u, "%3Afjordlinje.no/displayname"]),
                               ("PUT", ["/_matrix/client/v3/rooms/!", hexs(rng, 18), ":fjordlinje.no/send/m.room.message/m",
                                        ri(ctx, 1000, 9999)])])
    emit(rec, h, f"{t:%Y-%m-%d %H:%M:%S},{ri(ctx, 100, 999)} - synapse.access.http.8008 - {ri(ctx, 100, 999)} - INFO - "
         f"{method}-{ri(ctx, 100, 99999)} - ", (T_IP4, ip4(ctx)), " - 8008 - {@", u, ":fjordlinje.no} Processed request: ",
         f"0.{ri(ctx, 100, 999)}sec/0.000sec (0.001sec, 0.000sec) (0.001sec/0.002sec/2) {ri(ctx, 100, 9000)}B 200 \"{method} ", path,
         ' HTTP/1.1" "Element/1.11.', ri(ctx, 10, 60), '" [0 dbevts]')


# Windows PrintService event 307 forwarded by NXLog in RFC 5424. Source:
# Microsoft-Windows-PrintService/Operational event 307 text ("Document N,
# name owned by user on \\host was printed on printer through port p. Size in
# bytes: n. Pages printed: n. No user action is required.").
def print307(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = acct(ctx)
    doc = rng.choice([["Microsoft Word - Søknad_", (T_NAME, p["given"]), "_", (T_NAME, p["surname"].replace(" ", "_")), ".docx"],
                      ["Timeliste ", neg(f"uke {ri(ctx, 1, 52)}")], ["https://fjl.sharepoint.com/sites/HR - Print"],
                      ["Henvisning ", (T_PNR, pnr(ctx)), ".pdf"]])
    pc = rng.choice([["\\\\", (T_NAME, p["given_l"].upper()), "-PC"], ["\\\\FJL-WS", ri(ctx, 100, 999)]])
    emit(rec, h5424(ctx, "fjl-print01.fjl.internal", "Microsoft-Windows-PrintService", "307",
                    f'[NXLOG@14506 EventReceivedTime="{sqlts(ctx)}" SourceModuleName="in_print" SourceModuleType="im_msvistalog"]'),
         f"Document {ri(ctx, 1, 400)}, ", doc, " owned by ", u, " on ", pc, " was printed on ",
         rng.choice(["Kyocera 3. etasje", "HP-Resepsjon", "FollowMe-Secure"]), " through port ",
         rng.choice([["IP_", (T_IP4, ip4(ctx, "priv"))], ["WSD-", uuid(ctx)]]), ". Size in bytes: ", neg(ri(ctx, 2000000, 99000000)), ". "
         f"Pages printed: {ri(ctx, 1, 40)}. No user action is required.")


# A Norwegian door-intercom call centre (in-house format; Norwegian messages:
# intercom calls forwarded to mobile numbers, door opened by a person or by a
# card).
def intercom_no(ctx, rec, cols):
    rng = ctx.rng
    h = h5424(ctx, "fjl-porttlf", "porttelefon", "-")
    door = rng.choice(["Inngang A", "Varemottak", "Hovedinngang Bryggen", "Garasje P2"])
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h, "Anrop fra ", door, " viderekoblet til ", ph(ctx, iso=rng.choice(["NO", "NO", "SE"])), " (", nm(ctx), "), besvart etter ",
             ri(ctx, 3, 40), " s")
    elif k == 1:
        emit(rec, h, "Dør ", door, " åpnet med kort ", (T_BADGE, badge(ctx)), " av ", nm(ctx))
    elif k == 2:
        emit(rec, h, "Ubesvart anrop fra ", door, "; SMS sendt til vakttelefon ", neg(rng.choice(P(ctx).SWITCHBOARD)),
             " og til ", ph(ctx, iso="NO"))
    else:
        emit(rec, h, "Nødanrop fra heis 2 (", door, ") koblet til ", neg(rng.choice(["112", "110", "113"])), " kl ",
             f"{when(ctx):%H:%M}")


# A Danish municipality's citizen service (in-house format; Danish messages
# with MitID logins, CPR-like ids left unlabelled, Swedish cross-border
# personnummer, phone and e-mail).
def borgerservice_dk(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    h = h3164(ctx, "kom-bs01", "borgerservice", 134)
    sag = neg(f"SAG-{when(ctx).year}-{ri(ctx, 100000, 999999)}")
    k = rng.randint(0, 4)
    if k == 4:
        emit(rec, h, "Betaling modtaget fra svensk leverandør (org.nr. ", (T_ORG, orgnr(ctx)), "), FI-kreditor ",
             neg(f"+71<{rng.randint(10 ** 14, 10 ** 15)}"), ", sag ", sag, ", bankkonto ",
             neg(f"{rng.randint(1000, 9999)} {rng.randint(10 ** 9, 10 ** 10 - 1)}"), "; ugyldigt org.nr. ", neg(orgnr(ctx, broken=True)), " afvist")
        return
    if k == 0:
        emit(rec, h, "MitID-login gennemført for ", nm(ctx), "; grænsegænger med svensk personnummer ", (T_PNR, pnr(ctx)), ", sag ", sag)
    elif k == 1:
        emit(rec, h, "Sagsbehandler ", acct(ctx, 1), " sendte SMS til ", ph(ctx, iso="DK"), " vedr. sag ", sag)
    elif k == 2:
        emit(rec, h, "Ugyldigt personnummer ", neg(pnr(ctx, broken=True)), " afvist; borgeren henvist til ", "Borgerservice ", neg("70 70 12 34"))
    else:
        emit(rec, h, "Kontaktoplysninger opdateret: ", nm(ctx), " <", (T_EMAIL, email(ctx, p)), ">, tlf. ", ph(ctx), ", samordningsnummer ",
             (T_SNR, pnr(ctx, samordning=True)))


# --------------------------------------------------------------- json

# OneLogin Events API (GET /api/1/events). Source: OneLogin events API gist
# (query fields event_type_id, user_id, created_at ...) and the event record's
# fields (ipaddr, actor_user_name, user_name, app_name, login_name, otp_device_name).
def onelogin(ctx, rec, cols):
    rng = ctx.rng
    a, u = person(ctx), person(ctx, 1)
    same = rng.random() < 0.6
    ev = {"id": rng.randint(10 ** 9, 10 ** 10), "created_at": iso(ctx), "account_id": rng.randint(100000, 999999),
          "user_id": Num(NEG, rng.randint(10 ** 7, 10 ** 8)), "event_type_id": rng.choice([5, 6, 13, 17, 111]), "notes": None,
          "ipaddr": (T_IP4, ip4(ctx, "pub")), "actor_user_id": Num(NEG, rng.randint(10 ** 7, 10 ** 8)),
          "assuming_acting_user_id": None, "role_id": None, "app_id": rng.randint(100000, 999999), "group_id": None,
          "otp_device_id": None, "policy_id": rng.randint(1000, 9999), "actor_system": "", "custom_message": None,
          "role_name": None, "app_name": rng.choice(["Slack", "Zoom", "Visma"]), "group_name": None,
          "actor_user_name": (T_NAME, name_as(ctx, a, "full")),
          "user_name": (T_NAME, name_as(ctx, a if same else u, "full")),
          "policy_name": "Default", "otp_device_name": rng.choice([None, "OneLogin Protect", "SMS"]), "operation_name": None,
          "directory_sync_run_id": None, "directory_id": None, "resolution": None, "client_id": None, "resource_type_id": None,
          "error_description": None, "proxy_ip": None, "risk_score": rng.randint(0, 60), "risk_reasons": None,
          "login_name": (T_EMAIL, email(ctx, a if same else u, "fjordlinje.no")) if rng.random() < 0.6 else (T_USER, account(ctx, a if same else u))}
    jdump(rec, {"status": {"error": False, "code": 200, "type": "success", "message": "Success"},
                "pagination": {"before_cursor": None, "after_cursor": hexs(rng, 20)}, "data": [ev]}, compact=rng.random() < 0.5)


# PingOne audit activities. Source: PingOne Platform API, audit activities
# (actors.user{id,name,type,population}, actors.client, action.type,
# resources[], result{status,description}).
def pingone(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    ua = account(ctx, a)
    act = rng.choice(["USER.ACCESS_ALLOWED", "USER.UPDATED", "AUTHENTICATION.CREATED", "SMS.DEVICE.PAIRED"])
    res = [{"type": "USER", "id": uuid(ctx), "name": (T_USER, account(ctx, t)), "population": {"id": uuid(ctx)}}]
    doc = {"_links": {"self": {"href": "https://api.pingone.eu/v1/environments/" + uuid(ctx) + "/activities/" + uuid(ctx)}},
           "id": uuid(ctx), "recordedAt": iso(ctx), "createdAt": iso(ctx), "correlationId": uuid(ctx),
           "actors": {"client": {"id": uuid(ctx), "name": "PingOne Admin Console", "type": "CLIENT"},
                      "user": {"id": uuid(ctx), "name": (T_USER, ua), "type": "USER", "population": {"id": uuid(ctx)}}},
           "action": {"type": act, "description": act.replace(".", " ").title()},
           "resources": res, "result": {"status": "SUCCESS", "description": S("Passed role access control")}}
    if act == "SMS.DEVICE.PAIRED":
        doc["result"]["description"] = S("Paired SMS device ", ph(ctx), " for user ", (T_USER, account(ctx, t)))
    elif act == "USER.UPDATED":
        doc["result"]["description"] = S("User ", (T_NAME, name_as(ctx, t, "full")), " updated: email changed to ",
                                         (T_EMAIL, email(ctx, t)))
    jdump(rec, doc)


# Infobip SMS delivery reports and inbound messages (webhooks). Source:
# Infobip SMS API docs (results[]: bulkId, messageId, to, from, sentAt, doneAt
# as yyyy-MM-dd'T'HH:mm:ss.SSSZ, smsCount, price, status{groupName,name};
# inbound: from, to, text, cleanText, keyword, receivedAt).
def ibts(ctx, plus=0):
    return when(ctx, plus).strftime("%Y-%m-%dT%H:%M:%S") + f".{ctx.rng.randint(0, 999):03d}+0000"


def infobip(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    if rng.random() < 0.5:
        r = {"bulkId": hexs(rng, 20), "messageId": hexs(rng, 24),
             "to": (T_PHONE, phone(ctx, style="ccdigits")), "from": neg(rng.choice(P(ctx).SMS_SENDER)),
             "sentAt": ibts(ctx), "doneAt": ibts(ctx, 5),
             "smsCount": 1, "mccMnc": neg(rng.choice(["24201", "24008", "23001"])),
             "price": {"pricePerMessage": 0.045, "currency": "EUR"},
             "status": {"groupId": 3, "groupName": "DELIVERED", "id": 5, "name": "DELIVERED_TO_HANDSET",
                        "description": "Message delivered to handset"},
             "error": {"groupId": 0, "groupName": "OK", "id": 0, "name": "NO_ERROR", "description": "No Error", "permanent": False},
             "callbackData": S("kunde=", (T_EMAIL, email(ctx, p)))}
        jdump(rec, {"results": [r]})
    else:
        text = rng.choice([["TIME ", (T_NAME, p["given"]), " ", (T_NAME, p["surname"]), " avbestiller"],
                           ["NEI takk, ring ", (T_PHONE, phone(ctx))], ["STOPP"], ["BETALT KID ", neg(ocr(ctx))],
                           ["INFO Dobrý den, tady ", (T_NAME, name_as(ctx, p, "full")), ", volejte mi na ", (T_PHONE, phone(ctx, iso="CZ"))],
                           ["INFO Bună ziua, sunt ", (T_NAME, p["given"]), ", sunați-mă la ", (T_PHONE, phone(ctx, iso="RO"))],
                           ["INFO Hola, soy ", (T_NAME, name_as(ctx, p, "full")), ", llámame al ", (T_PHONE, phone(ctx, iso="ES"))],
                           ["INFO السلام عليكم، أنا ", (T_NAME, p["given"]), "، رقمي ", (T_PHONE, phone(ctx, iso="MA"))],
                           ["INFO Добрий день, це ", (T_NAME, name_as(ctx, p, "full")), ", мій номер ", (T_PHONE, phone(ctx, iso="UA"))]])
        kw = text[0].split(" ")[0]  # Infobip splits off the first word as the keyword
        r = {"messageId": hexs(rng, 24), "from": (T_PHONE, phone(ctx, style="ccdigits")), "to": neg(rng.choice(P(ctx).SMS_SENDER)),
             "text": S(*text), "cleanText": S(text[0][len(kw) + 1:], *text[1:]), "keyword": kw,
             "receivedAt": ibts(ctx), "smsCount": 1, "price": {"pricePerMessage": 0, "currency": "EUR"}, "callbackData": None}
        jdump(rec, {"results": [r], "messageCount": 1, "pendingMessageCount": 0}, ascii=rng.random() < 0.4)


# Tailscale configuration audit log (API /logging/configuration). Source:
# Tailscale docs, configuration audit logging (eventGroupID, origin, actor{id,
# type, loginName, displayName}, target{id, name, type, property}, action, old/new).
def tailscale(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    if rng.random() < 0.5:
        login = (T_EMAIL, email(ctx, a, "fjordlinje.no"))
    else:
        login = S((T_USER, account(ctx, a, "g1s")), "@github")
    target = rng.choice([{"id": hexs(rng, 16), "name": S((T_NAME, t["given_l"].lower()), "-thinkpad.tail", hexs(rng, 4), ".ts.net"),
                          "type": "NODE"},
                         {"id": hexs(rng, 16), "name": (T_EMAIL, email(ctx, t, "fjordlinje.no")), "type": "USER",
                          "property": "ROLE"}])
    ev = {"eventGroupID": hexs(rng, 32), "origin": rng.choice(["ADMIN_CONSOLE", "NODE", "API"]),
          "actor": {"id": hexs(rng, 17), "type": "USER", "loginName": login, "displayName": (T_NAME, name_as(ctx, a, "full"))},
          "target": target, "type": "CONFIG", "eventTime": iso(ctx), "action": rng.choice(["CREATE", "UPDATE", "DELETE", "LOGIN"]),
          "new": rng.choice(["admin", "member", None]), "old": None}
    if rng.random() < 0.3:
        ev["new"] = {"addresses": [(T_IP4, "100.64." + ip4(ctx).split(".", 2)[2]), (T_IP6, ip6(ctx))]}
    jdump(rec, {"version": "1.1", "tailnet": "fjordlinje.no", "logs": [ev]})


# Plivo voice CDRs (GET /Call/). Source: Plivo Call API (answer_time,
# bill_duration, call_direction, call_duration, call_uuid, end_time,
# from_number, to_number, hangup_cause_name, hangup_source, total_amount).
def plivo(ctx, rec, cols):
    rng = ctx.rng
    out = rng.random() < 0.5
    ours = neg(rng.choice(["4755308000", "4759440000"]))
    them = (T_PHONE, phone(ctx, style="ccdigits"))
    d = rng.randint(0, 900)
    obj = {"answer_time": sqlts(ctx, 5) + "+01:00", "api_id": uuid(ctx), "bill_duration": d, "billed_duration": (d // 60 + 1) * 60,
           "call_direction": "outbound" if out else "inbound", "call_duration": d, "call_state": "ANSWER", "call_uuid": uuid(ctx),
           "end_time": sqlts(ctx, 5 + d) + "+01:00", "from_number": ours if out else them, "initiation_time": sqlts(ctx) + "+01:00",
           "parent_call_uuid": None, "resource_uri": "/v1/Account/MA" + hexs(rng, 18).upper() + "/Call/" + uuid(ctx) + "/",
           "to_number": them if out else ours, "total_amount": f"0.0{rng.randint(1000, 9999)}", "total_rate": "0.00850",
           "hangup_cause_name": rng.choice(["Normal Hangup", "End Of XML Instructions"]), "hangup_source": rng.choice(["Caller", "Callee"]),
           "caller_name": (T_NAME, name_as(ctx, person(ctx), "UPPER")) if not out and rng.random() < 0.5 else ""}
    jdump(rec, obj, compact=rng.random() < 0.3)


# LastPass Enterprise reporting API (cmd=reporting). Source: LastPass
# Enterprise API reporting response ({"status":"OK","next":..,"data":{"Event1":
# {...}}}) and the events' fields, action names and Data shapes in the Elastic
# LastPass integration's test events (code corpus: Time, Username, IP_Address,
# Action "Log in" / "Failed Login Attempt" with Data "lastpass.com", "Created
# Shared Folder", "Employee Account Created" with e-mail addresses, "Site
# Added" with a URL; no event id).
def lastpass(ctx, rec, cols):
    rng = ctx.rng
    data = {}
    for i in range(rng.randint(1, 3)):
        p = person(ctx, i)
        act = rng.choice(["Failed Login Attempt", "Log in", "Created Shared Folder", "Employee Account Created", "Site Added"])
        dat = "lastpass.com"
        if act == "Created Shared Folder":
            dat = S("Shared-", (T_NAME, name_as(ctx, p, "full")), " - lønn")
        elif act == "Employee Account Created":
            dat = S((T_EMAIL, email(ctx, person(ctx, i + 5), "fjordlinje.no")))
        elif act == "Site Added":
            dat = S("minside.telenor.no/login?user=", (T_PHONE, pct(phone(ctx, iso="NO", style="nat"))))
        data[f"Event{i + 1}"] = {"Time": sqlts(ctx, i * 7), "Username": (T_EMAIL, email(ctx, p, "fjordlinje.no")),
                                 "IP_Address": (T_IP4, ip4(ctx, "pub")), "Action": act, "Data": dat}
    jdump(rec, {"status": "OK", "next": None, "data": data}, ascii=rng.random() < 0.5)


# Workspace ONE UEM (AirWatch) event notifications (JSON). Source: VMware
# Workspace ONE UEM event notification fields (EventId, EventType, DeviceId,
# DeviceFriendlyName, EnrollmentEmailAddress, EnrollmentUserName, PhoneNumber,
# MACAddress, SerialNumber, Udid, EventTime).
def ws1_uem(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    model = rng.choice(["iPhone iOS 17.5.1", "Samsung Galaxy A54 Android 14", "iPad iOS 17.4"])
    obj = {"EventId": rng.choice([148, 39, 157, 662]), "EventType": rng.choice(["Device Compromised", "Enrollment Complete",
                                                                               "Compliance Status Changed", "SIM Change"]),
           "DeviceId": rng.randint(1000, 99999),
           "DeviceFriendlyName": S((T_NAME, name_as(ctx, p, "full")), " ", model, " ", hexs(rng, 10).upper()),
           "EnrollmentEmailAddress": (T_EMAIL, email(ctx, p, "vastkust-vard.se")), "EnrollmentUserName": (T_USER, u),
           "EventTime": f"/Date({epoch(ctx)}000)/", "EnrollmentStatus": "Enrolled", "CompromisedStatus": "Not Compromised",
           "CompromisedTimeStamp": f"/Date({epoch(ctx)}000)/", "ComplianceStatus": "Compliant",
           "PhoneNumber": (T_PHONE, phone(ctx, iso=rng.choice(["SE", "NO"]), style=pick(rng, [("e164", 3), ("nat", 1)]))),
           "MACAddress": (T_MAC, mac(ctx, "BARE")), "DeviceIMEI": (T_IMEI, imei(ctx, style="plain")),
           "SerialNumber": neg(hexs(rng, 12).upper()), "Udid": hexs(rng, 40), "OrganizationGroupName": "Fjordlinje - Ansatte"}
    if obj["EventType"] == "SIM Change":
        obj["IMSI"] = (T_IMSI, imsi(ctx))
    jdump(rec, obj)


# Asana audit log API (GET /workspaces/{gid}/audit_log_events). Source:
# developers.asana.com audit-log-api and the AuditLogEventActor schema (actor{
# actor_type, email, gid, name}, context{client_ip_address, context_type,
# user_agent}, event_type, event_category, resource{resource_type, gid, name,
# email}, details).
def asana_audit(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    et = rng.choice(["user_login_succeeded", "user_deprovisioned", "team_member_added", "task_deleted", "user_login_failed"])
    actor = {"actor_type": "user", "email": (T_EMAIL, email(ctx, a, "fjordlinje.no")), "gid": str(rng.randint(10 ** 15, 10 ** 16)),
             "name": (T_NAME, name_as(ctx, a, "full"))}
    if et == "user_login_failed":
        actor = {"actor_type": "anonymous"}
    if et.startswith("user_"):
        res = {"resource_type": "user", "gid": str(rng.randint(10 ** 15, 10 ** 16)),
               "name": (T_NAME, name_as(ctx, a if et.startswith("user_login") else t, "full")),
               "email": (T_EMAIL, email(ctx, a if et.startswith("user_login") else t, "fjordlinje.no"))}
    elif et == "team_member_added":
        res = {"resource_type": "team", "gid": str(rng.randint(10 ** 15, 10 ** 16)), "name": "Drift Bergen"}
    else:
        res = {"resource_type": "task", "resource_subtype": "default_task", "gid": str(rng.randint(10 ** 15, 10 ** 16)),
               "name": S("Ring ", (T_NAME, name_as(ctx, t, "full")), " ang. avvik ", neg(f"AVV-{ri(ctx, 1000, 9999)}"))}
    details = {}
    if et == "team_member_added":
        details = {"group": {"gid": str(rng.randint(10 ** 15, 10 ** 16)), "name": "Drift Bergen", "resource_type": "team"},
                   "added_user": {"email": (T_EMAIL, email(ctx, t)), "name": (T_NAME, name_as(ctx, t, "full"))}}
    elif et == "user_login_failed":
        details = {"method": ["password"], "email": (T_EMAIL, email(ctx, a, "fjordlinje.no"))}
    ev = {"gid": str(rng.randint(10 ** 15, 10 ** 16)), "actor": actor,
          "context": {"client_ip_address": (T_IP4, ip4(ctx, "pub")) if rng.random() < 0.8 else (T_IP6, ip6(ctx)),
                      "context_type": rng.choice(["web", "desktop", "mobile"]),
                      "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15"},
          "created_at": iso(ctx), "details": details, "event_category": "logins" if "login" in et else "access_control",
          "event_type": et, "resource": res}
    jdump(rec, {"data": [ev], "next_page": {"offset": hexs(rng, 40), "path": "/workspaces/" + str(rng.randint(10 ** 10, 10 ** 11)) + "/audit_log_events"}})


# --------------------------------------------------------------- kv-cef

# FortiMail kevent logs. Source: FortiMail 8.0 Log Reference, 0706000001
# MAIL_USER_LOG_ACTION example ("log_id=0706000001 type=kevent subtype=config-user
# pri=information user=<USER> ui=<UI> module=... msg=\"<MSG> (user: <USER>,
# from: <UI>)\"") and FortiRecorder's LOGOUT_SUCCESS.
def fortimail(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    u = acct(ctx) if rng.random() < 0.8 else neg("admin")
    ui = ["GUI(", (T_IP4, ip4(ctx, "priv")), ")"]
    head = [f"date={t:%Y-%m-%d} time={t:%H:%M:%S} device_id=", neg(f"FE-3KF{rng.randint(100000, 999999)}"), " "]
    k = rng.randint(0, 2)
    if k == 0:
        emit(rec, head, "log_id=", neg("0706000001"), " type=kevent subtype=config-user pri=information user=", u, " ui=", ui,
             ' module=user submodule=mailbox msg="Added mailbox ', (T_EMAIL, email(ctx, person(ctx, 1), "fjordlinje.no")),
             " (display name ", nm(ctx, 1, "full"), ") (user: ", u, ", from: ", ui, ')"')
    elif k == 1:
        emit(rec, head, "log_id=", neg("0801000003"), " type=kevent subtype=admin pri=information user=", u, " ui=", ui,
             " action=logout status=success reason=unknown msg=\"User ", u, " logged out from ", ui, '."')
    else:
        emit(rec, head, "log_id=", neg("0200025843"), " type=statistics pri=information session_id=\"", hexs(rng, 16), '" client_name="',
             rng.choice(["mail-eopbgr.outbound.protection.outlook.com", "smtp.seznam.cz"]), '" dst_ip="', (T_IP4, ip4(ctx, "priv")),
             '" from="', (T_EMAIL, email(ctx, person(ctx, 1))), '" to="', (T_EMAIL, email(ctx, person(ctx), "fjordlinje.no")),
             '" subject="', rng.choice([[(T_NAME, mime_b(name_as(ctx, person(ctx, 1), "full"))), " - CV"], ["Faktura ", neg(ri(ctx, 10000, 99999))]]),
             '" mailer="mta" resolved="OK" direction="in" virus="" disposition="Accept" classifier="Not Spam"')


# Vectra AI (Cognito Detect) CEF. Source: splunk-connect-for-syslog's Vectra
# test events (code corpus): hsc "Host Score Change" (externalId cat=HOST
# SCORING dvc dvchost shost src dst flexNumber1-3 cs3 scoreDecreases cs4 Vectra
# Event URL start end cs1 sourceKeyAsset cs2 destKeyAsset), asc "Account Score
# Change" (cat=ACCOUNT SCORING, the account named in account=), detections such
# as smb_brute_force "SMB Brute-Force" (cat=LATERAL MOVEMENT, cs4 with
# detail_id\=, cs5 triaged, dst dhost proto dpt out in) and the audit stream
# (audit|user_action| ... suser spriv src ... msg).
def vectra(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    hostn = rng.choice([[(T_NAME, p["given_l"].lower()), "-mbp.fjl.internal"], ["FJL-WS", ri(ctx, 100, 999), ".fjl.internal"],
                        [(T_USER, account(ctx, p, "g1s").upper()), "-LT.vkv.ad"]])
    kind = rng.choice(["hsc", "asc", "smb_brute", "audit"])
    ver = f"7.{rng.randint(1, 9)}"
    pre = f"{ts3164(ctx)} vectra-brain CEF:0|Vectra Networks|X Series|{ver}|"
    ms = int(epoch(ctx)) * 1000 + rng.randint(0, 999)
    xid = ri(ctx, 1000, 99999)
    if kind == "hsc":
        src = (T_IP4, ip4(ctx, "priv"))
        emit(rec, pre, f"hsc|Host Score Change|3|externalId={xid} cat=HOST SCORING dvc=", (T_IP4, ip4(ctx, "priv")),
             " dvchost=vectra-brain shost=", hostn, " src=", src, " dst=", src,
             f" flexNumber1Label=threat flexNumber1={ri(ctx, 0, 99)} flexNumber2Label=certainty flexNumber2={ri(ctx, 0, 99)}"
             f" flexNumber3Label=privilege flexNumber3={ri(ctx, 1, 9)} cs3Label=scoreDecreases cs3=False cs4Label=Vectra Event URL"
             f" cs4=https://vectra.fjl.internal/hosts/{xid} start={ms} end={ms} cs1Label=sourceKeyAsset cs1=False"
             " cs2Label=destKeyAsset cs2=False")
    elif kind == "asc":
        emit(rec, pre, f"asc|Account Score Change|3|externalId={xid} cat=ACCOUNT SCORING dvc=", (T_IP4, ip4(ctx, "priv")),
             " account=", (T_USER, account(ctx, p)), "@", rng.choice(P(ctx).UPN_SUFFIX),
             f" flexNumber1Label=threat flexNumber1={ri(ctx, 0, 99)} flexNumber2Label=certainty flexNumber2={ri(ctx, 0, 99)}"
             f" cs1Label=Vectra Event URL cs1=https://vectra.fjl.internal/accounts/{xid} start={ms} end={ms}")
    elif kind == "smb_brute":
        emit(rec, pre, f"smb_brute_force|SMB Brute-Force|7|externalId={xid} cat=LATERAL MOVEMENT dvc=", (T_IP4, ip4(ctx, "priv")),
             " dvchost=vectra-brain shost=", hostn, " src=", (T_IP4, ip4(ctx, "priv")),
             f" flexNumber1Label=threat flexNumber1={ri(ctx, 40, 99)} flexNumber2Label=certainty flexNumber2={ri(ctx, 40, 99)}"
             f" cs4Label=Vectra Event URL cs4=https://vectra.fjl.internal/detections/{xid}?detail_id\\={ri(ctx, 10 ** 6, 10 ** 8)}"
             " cs5Label=triaged cs5=False dst=", (T_IP4, ip4(ctx, "priv")), f" dhost= proto= dpt=445 out=None in=None start={ms - 600000} end={ms}")
    else:
        emit(rec, f"{ts3164(ctx)} vectra-brain CEF:0|Vectra Networks|X Series|{ver}|audit|user_action|0|dvc=", (T_IP4, ip4(ctx, "priv")),
             " dvchost=vectra-brain suser=", (T_USER, account(ctx, p)), " spriv=", rng.choice(["Security Analyst", "Super Admin"]),
             " src=", (T_IP4, ip4(ctx, "priv")), " deviceFacility=13 cat=user_action outcome=True msg=",
             rng.choice(["session timeout with length 8:07:13", "triaged detection " + xid, "login"]))


# Symantec Endpoint Protection Manager syslog (comma-separated "Key: value").
# Source: SEPM 14 external logging risk lines as parser test events show them
# (code corpus: "Virus found,IP Address: ...,Computer name: ...,Source: ...,Risk
# name: ...,Occurrences: ...,File path: ...,Description: ...,Actual action: ...,
# Requested action: ...,Secondary action: ...,Event time: ...,Event Insert Time:
# ...,End Time: ...,Last update time: ...,Domain Name: ...,Group Name: ...,Server
# Name: ...,User Name: ...,Source Computer Name: ,Source Computer IP: ,
# Disposition: ...", then Prevalence, Confidence, ..., Application hash, Hash type).
def sepm(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    comp = rng.choice([[(T_NAME, p["given_l"].upper()), "-PC"], ["VKV-WS", ri(ctx, 100, 999)]])
    if rng.random() < 0.6:
        emit(rec, h3164(ctx, "vkv-sepm1", "SymantecServer", 134), "vkv-sepm1,Virus found,IP Address: ", (T_IP4, ip4(ctx, "priv")),
             ",Computer name: ", comp, ",Source: Auto-Protect scan,Risk name: ", rng.choice(["EICAR Test String", "Trojan.Gen.2", "W97M.Downloader"]),
             ",Occurrences: 1,File path: C:\\Users\\", (T_USER, u), "\\Downloads\\", rng.choice([["Tilbud_", (T_NAME, p["surname_l"].replace(" ", "_")), ".docm"],
                                                                                                 ["eicar.com"]]),
             ",Description: ,Actual action: Quarantined,Requested action: Cleaned,Secondary action: Quarantined,Event time: ", sqlts(ctx),
             ",Event Insert Time: ", sqlts(ctx, 30), ",End Time: ", sqlts(ctx), ",Last update time: ", sqlts(ctx, 31),
             ",Domain Name: Default,Group Name: Fjordlinje\\Workstations,Server Name: vkv-sepm1,User Name: ", (T_USER, u),
             ",Source Computer Name: ,Source Computer IP: ,Disposition: Bad,Download site: ,Web domain: ,Downloaded by: ,"
             "Prevalence: This file has been seen by fewer than 5 Symantec users.,Confidence: There is strong evidence that this file is "
             "untrustworthy.,URL Tracking Status: On,First Seen: Symantec has known about this file for more than 1 year.,Sensitivity: ,"
             "Permitted application reason: Not on the permitted application list,Application hash: ", neg(hexs(rng, 64).upper()),
             ",Hash type: SHA2")
    else:
        emit(rec, h3164(ctx, "vkv-sepm1", "SymantecServer", 134), "Site: Fjordlinje,Server Name: vkv-sepm1,Domain Name: Default,"
             "Admin: ", (T_USER, u), ",Event Description: Administrator log on succeeded,Client IP: ", (T_IP4, ip4(ctx, "priv")))


# F5 BIG-IP ASM remote logging (reporting server key="value" pairs). Source:
# BIG-IP ASM Implementations, "About logging profiles" (remote logging as
# key/value pairs) and the ASM request log field names.
def f5_asm(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    qs = rng.choice([["user=", (T_USER, u), "&lang=nb"], ["phone=", (T_PHONE, form(phone(ctx)))], ["q=", (T_NAME, form(name_as(ctx, p, "full")))]])
    body = ["username=", (T_USER, u), "&password=********&mobil=", (T_PHONE, pct(phone(ctx)))]
    emit(rec, h3164(ctx, "fjl-bigip1", "ASM"), 'unit_hostname="fjl-bigip1.fjl.internal",management_ip_address="', (T_IP4, ip4(ctx, "priv")),
         '",http_class_name="/Common/minside",policy_name="/Common/minside",violations="', rng.choice(["Attack signature detected", "Illegal parameter value length"]),
         '",support_id="', neg(str(rng.randint(10 ** 18, 10 ** 19))), '",request_status="', rng.choice(["blocked", "alerted"]), '",response_code="0",ip_client="',
         (T_IP4, ip4(ctx, "pub")), '",route_domain="0",method="POST",protocol="HTTPS",query_string="', qs,
         '",x_forwarded_for_header_value="N/A",date_time="', sqlts(ctx), '",severity="Error",geo_location="', rng.choice(["NO", "SE", "RO"]),
         '",username="', rng.choice([(T_USER, u), "N/A"]), f'",session_id="{hexs(rng, 16)}",src_port="{ri(ctx, 30000, 65000)}",dest_port="443",dest_ip="',
         (T_IP4, ip4(ctx, "priv")), '",uri="/minside/login",request="POST /minside/login?', qs, " HTTP/1.1\\r\\nHost: minside.fjordlinje.no\\r\\n\\r\\n",
         body, '"')


# Sophos Central SIEM integration (CEF output of the siem.py script). Source:
# Sophos Central SIEM integration's CEF mapping (suser, shost, dhost, rt,
# cs1 ... "Event::Endpoint::..." names); field order and the ISO rt/end as in
# the sample event of Microsoft Sentinel's Sophos connector guide (code corpus:
# "source_info_ip=... rt=2020-12-05T08:00:29.022Z end=2020-12-05T07:55:26.000Z
# duid=... endpoint_type=computer endpoint_id=... suser=... group=...
# customer_id=... id=... dhost=...").
def sophos_central(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    ev = rng.choice(["Event::Endpoint::Threat::Detected", "Event::Endpoint::UserAutoCreated", "Event::Endpoint::WebControlViolation"])
    name = {"Event::Endpoint::Threat::Detected": ["Malware detected: 'EICAR-AV-Test' at 'C:\\\\Users\\\\", (T_USER, u), "\\\\Downloads\\\\eicar.com'"],
            "Event::Endpoint::UserAutoCreated": ["New user added: ", rng.choice(P(ctx).NETBIOS), "\\\\", (T_USER, u)],
            "Event::Endpoint::WebControlViolation": ["Website blocked: https://www.gulesider.no/", (T_NAME, pct(name_as(ctx, p, "full"))), "/personer"]}[ev]
    emit(rec, f"{ts3164(ctx)} fjl-siem CEF:0|sophos|sophos central|1.0|{ev}|", name, f"|{rng.randint(1, 9)}|source_info_ip=",
         (T_IP4, ip4(ctx, "priv")), f" rt={iso(ctx, 30)} end={iso(ctx, ms=False)[:-1]}.000Z duid={hexs(rng, 24)} endpoint_type=computer endpoint_id=", uuid(ctx),
         " suser=", rng.choice([[(T_NAME, name_as(ctx, p, "full"))], [rng.choice(P(ctx).NETBIOS), "\\\\", (T_USER, u)]]),
         " group=PROTECTED customer_id=", uuid(ctx), " id=", uuid(ctx), " dhost=", rng.choice([[(T_NAME, p["given_l"].upper()), "-LT"],
                                                                                              ["FJL-WS", ri(ctx, 100, 999)]]))


# --------------------------------------------------------------- asterisk-cdr

def _times(ctx, answered=True):
    s = sqlts(ctx)
    ring = ctx.rng.randint(2, 25)
    talk = ctx.rng.randint(5, 900) if answered else 0
    return s, (sqlts(ctx, ring) if answered else ""), sqlts(ctx, ring + talk), str(ring + talk), str(talk)


def _clid(name, number):
    return Q('"', (T_NAME, name), '" <', number, ">") if name else Q('"" <', number, ">")


# Asterisk with an ISDN BRI (DAHDI), call pickup, paging and intercom in
# cdr_csv. Source: Asterisk cdr_csv column order and the Pickup, Page and
# Dial(DAHDI/g1/...) applications; DAHDI channel names "DAHDI/i1/<number>-1".
def ast_bri(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me, other = ext(ctx), ext(ctx)
    uid = neg(f"{epoch(ctx)}.{rng.randint(1, 900)}")
    s, a, e, d, b = _times(ctx)
    k = rng.randint(0, 3)
    if k == 0:
        num = phone(ctx, style=pick(rng, [("natdigits", 3), ("00", 2)]))
        row = [neg(rng.choice(["ANSV-4410", "PRJ-77"])), (T_PHONE, me), (T_PHONE, num), "from-internal", _clid(name_as(ctx, p), (T_PHONE, me)),
               ["SIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], ["DAHDI/i1/", (T_PHONE, num), "-1"], "Dial",
               ["DAHDI/g1/", (T_PHONE, num), ",120,tT"], s, a, e, d, b, "ANSWERED", "BILLING", uid, ""]
    elif k == 1:
        row = ["", (T_PHONE, me), ["**", (T_PHONE, other)], "from-internal", _clid(name_as(ctx, p), (T_PHONE, me)),
               ["SIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], "", "Pickup", [(T_PHONE, other), "@from-internal"], s, a, e, d, b,
               "ANSWERED", "DOCUMENTATION", uid, ""]
    elif k == 2:
        row = ["", (T_PHONE, me), neg("7000"), "paging", _clid(name_as(ctx, p), (T_PHONE, me)), ["SIP/", (T_PHONE, me), "-0000", hexs(rng, 4)],
               "", "Page", ["SIP/", (T_PHONE, other), "&SIP/", (T_PHONE, ext(ctx)), ",di"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, "page-lager"]
    else:
        num = phone(ctx, style=pick(rng, [("natdigits", 3), ("e164", 1)]))
        row = ["", (T_PHONE, num), (T_PHONE, me), "from-pstn", _clid(rng.choice(["", name_as(ctx, person(ctx, 1), "UPPER")]), (T_PHONE, num)),
               ["DAHDI/i1/", (T_PHONE, num), "-", hexs(rng, 1)], ["SIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], "Dial",
               ["SIP/", (T_PHONE, me), ",30"], s, a, e, d, b, rng.choice(["ANSWERED", "NO ANSWER", "BUSY"]), "DOCUMENTATION", uid, ""]
    csv_row(rec, row, quote_all=rng.random() < 0.6)


# FreePBX outbound routes with MixMonitor recordings named in the userfield,
# emergency calls and voicemail (*97), 16- and 17-column rows as older
# cdr_csv writes them. Source: Asterisk cdr_csv (16 columns without uniqueid
# and userfield, 17 with userfield) and FreePBX's recording file names
# (out-<number>-<ext>-<date>-<time>-<uniqueid>.wav).
def freepbx_rec(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me = ext(ctx)
    s, a, e, d, b = _times(ctx)
    uid = neg(f"{epoch(ctx)}.{rng.randint(1, 900)}")
    t = when(ctx)
    k = rng.randint(0, 2)
    if k == 0:
        num = phone(ctx, style=pick(rng, [("natdigits", 3), ("00", 2)]))
        row = ["", (T_PHONE, me), (T_PHONE, num), "from-internal", _clid(name_as(ctx, p), (T_PHONE, me)),
               ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], ["PJSIP/telenor-0000", hexs(rng, 4)], "Dial",
               ["PJSIP/", (T_PHONE, num), "@telenor,300,Tb(func-apply-sipheaders^s^1)"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid,
               ["out-", (T_PHONE, num), "-", (T_PHONE, me), f"-{t:%Y%m%d-%H%M%S}-", uid[1], ".wav"]]
    elif k == 1:
        em = rng.choice(["112", "113", "110"])
        row = ["", (T_PHONE, me), neg(em), "from-internal", _clid(name_as(ctx, p), (T_PHONE, me)), ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)],
               ["PJSIP/telenor-0000", hexs(rng, 4)], "Dial", ["PJSIP/", neg(em), "@telenor,300,"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION"]
    else:
        row = ["", (T_PHONE, me), neg("*97"), "from-internal", _clid(name_as(ctx, p), (T_PHONE, me)), ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)],
               "", "VoiceMailMain", [(T_PHONE, me), "@default,s"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid]
    csv_row(rec, row, quote_all=True)


# --------------------------------------------------------------- freeswitch-cdr

# Panasonic KX-NS/KX-TDA SMDR mapped into mod_cdr_csv's columns (Ext ->
# caller_id_number, "<I>"+caller name/number -> caller_id_name/number, Dial
# Number -> destination_number, CD condition code -> context, Acc code ->
# accountcode). Source: Panasonic KX-NS1000 / KX-TDA Feature Guide, SMDR
# (Date, Time, Ext, CO, Dial Number, Ring, Duration, Acc code, CD: TR, FW).
def panasonic_smdr(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me = ext(ctx)
    s, a, e, d, b = _times(ctx)
    u1 = uuid(ctx)
    k = rng.randint(0, 2)
    if k == 0:
        num = phone(ctx, style="natdigits")
        row = [(T_NAME, name_as(ctx, p, "UPPER")), (T_PHONE, me), (T_PHONE, num), "CO01", s, a, e, d, b, "NORMAL_CLEARING", u1, "",
               rng.choice(["", neg(str(rng.randint(10000, 99999)))]), "PCMA", "PCMA"]
    elif k == 1:
        num = phone(ctx, style=pick(rng, [("natdigits", 2), ("e164", 1)]))
        row = [["<I>", (T_NAME, name_as(ctx, person(ctx, 1), "UPPER"))], (T_PHONE, num), (T_PHONE, me), "CO02", s, a, e, d, b,
               rng.choice(["NORMAL_CLEARING", "NO_ANSWER"]), u1, "", "", "PCMA", "PCMA"]
    else:
        num = phone(ctx, style="natdigits")
        row = [["<D>", "SENTRALBORD", "<I>", (T_PHONE, num)], (T_PHONE, num), (T_PHONE, me), "TR", s, a, e, d, b, "NORMAL_CLEARING", u1,
               uuid(ctx), "", "PCMA", "PCMA"]
    csv_row(rec, row, quote_all=True)


# FreeSWITCH multi-domain (one context per tenant domain) with mod_voicemail
# and callbacks through loopback. Source: FreeSWITCH mod_cdr_csv default
# template (the pack's header comment) and the multi-tenant domain contexts.
def fs_tenants(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me, other = ext(ctx), ext(ctx)
    s, a, e, d, b = _times(ctx)
    dom = rng.choice(["fjordlinje.no", "vkv.pbx.fjl.internal"])
    k = rng.randint(0, 2)
    if k == 0:
        row = [(T_NAME, name_as(ctx, p)), (T_PHONE, me), (T_PHONE, other), dom, s, a, e, d, b, "NORMAL_CLEARING", uuid(ctx), uuid(ctx),
               neg(rng.choice(["KST-310", "KST-550"])), "G722", "G722"]
    elif k == 1:
        row = [(T_NAME, name_as(ctx, p)), (T_PHONE, me), neg("*97"), dom, s, a, e, d, b, "NORMAL_CLEARING", uuid(ctx), "",
               (T_PHONE, me), "OPUS", "OPUS"]
    else:
        num = phone(ctx, style=pick(rng, [("e164", 2), ("natdigits", 1)]))
        row = [rng.choice([(T_PHONE, num), (T_NAME, name_as(ctx, person(ctx, 1), "UPPER")), "Anonymous"]), (T_PHONE, num),
               (T_PHONE, me), dom, s, a, e, d, b, rng.choice(["NORMAL_CLEARING", "NO_USER_RESPONSE"]), uuid(ctx), uuid(ctx), "",
               "PCMA", "PCMA"]
    csv_row(rec, row, quote_all=True)


# --------------------------------------------------------------- cisco-cucm-cdr

def _cucm_base(ctx):
    rng = ctx.rng
    start = int(epoch(ctx))
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(rng.randint(1, 3)),
            "globalCallID_callId": str(rng.randint(100000, 9999999)), "origLegCallIdentifier": str(rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(rng.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": neg(str(start)), "origNodeId": "1",
            "destNodeId": "1", "destCause_value": "16", "origPrecedenceLevel": "4", "destPrecedenceLevel": "4",
            "origMediaCap_payloadCapability": "6", "destMediaCap_payloadCapability": "6",
            "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
            "dateTimeConnect": str(start + rng.randint(2, 20)), "dateTimeDisconnect": str(start + rng.randint(30, 900)),
            "pkid": uuid(ctx), "duration": str(rng.randint(10, 880)), "globalCallId_ClusterID": "FJL-CL1",
            "origDTMFMethod": "3", "destDTMFMethod": "3", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64",
            "origCallTerminationOnBehalfOf": "12", "callingPartyNumberPartition": "FJL_Internal_PT"}


def _ip(v, a, b, ip):
    v[a] = (T_IP4, int_ip(ip))
    v[b] = (T_IP4, int_ip(ip))


# CUCM CDRs through a CTI route point switchboard (the route point DN is the
# organisation's; calls redirected to attendants) and ad hoc / meet-me
# conferences (PatternUsage, joinOnBehalfOf, ConfControllerDN comment tags).
# Source: the pack's column list and Cisco's CDR Administration Guide
# (conference records, comment field tags, OnBehalfOf codes).
def cucm_cti_conf(ctx, rec, cols):
    rng = ctx.rng
    v = _cucm_base(ctx)
    p = person(ctx)
    att = ext(ctx)
    caller = phone(ctx, style=pick(rng, [("e164", 3), ("natdigits", 2)]))
    _ip(v, "origIpAddr", "origMediaTransportAddress_IP", ip4(ctx, "priv"))
    _ip(v, "destIpAddr", "destMediaTransportAddress_IP", ip4(ctx, "priv"))
    if rng.random() < 0.5:
        rp = rng.choice(P(ctx).CTI_RP)
        v.update({"callingPartyNumber": (T_PHONE, caller), "originalCalledPartyNumber": neg(rp), "finalCalledPartyNumber": (T_PHONE, att),
                  "lastRedirectDn": neg(rp), "origCalledPartyRedirectOnBehalfOf": "19", "lastRedirectRedirectOnBehalfOf": "19",
                  "origCalledPartyRedirectReason": "4", "lastRedirectRedirectReason": "4", "origDeviceName": "CUBE-OSL-1",
                  "destDeviceName": ["SEP", (T_MAC, mac(ctx, "BARE"))], "finalCalledPartyUnicodeLoginUserID": (T_USER, account(ctx, p)),
                  "originalCalledPartyNumberPartition": "FJL_CTI_PT", "finalCalledPartyNumberPartition": "FJL_Internal_PT",
                  "calledPartyPatternUsage": "2", "originalCalledPartyPattern": neg(rp), "comment": "",
                  "outpulsedCallingPartyNumber": (T_PHONE, caller)})
    else:
        host = ext(ctx)
        br = rng.choice(P(ctx).CONF_BRIDGES)
        cid = rng.randint(1000000, 9999999)
        up = account(ctx, p, "g1s")
        v.update({"callingPartyNumber": (T_PHONE, att), "originalCalledPartyNumber": neg(br), "finalCalledPartyNumber": neg(br),
                  "origDeviceName": rng.choice([["SEP", (T_MAC, mac(ctx, "BARE"))], ["CSF", (T_USER, up.upper())]]),
                  "destDeviceName": f"CFB_{rng.randint(1, 4)}", "joinOnBehalfOf": "4", "destConversationId": str(cid),
                  "origConversationId": "0", "calledPartyPatternUsage": "1", "callingPartyUnicodeLoginUserID": (T_USER, up)})
        # the CDR Administration Guide's conference comment tags: controller and requestor DN and device, bridge device
        hm = mac(ctx, "BARE")
        v["comment"] = ["ConfControllerDN=", (T_PHONE, host), ";ConfControllerDeviceName=SEP", (T_MAC, hm),
                        f";ConfDeviceName={v['destDeviceName']};ConfRequestorDN=", (T_PHONE, host),
                        ";ConfRequestorDeviceName=SEP", (T_MAC, hm)]
    cucm_row(rec, cols, v)


# CUCM mobility: Single Number Reach to a remote destination, Mobile Voice
# Access, and Dual-mode BOT/TAB devices (mobileCallingPartyNumber,
# finalMobileCalledPartyNumber, origMobileDeviceName, mobileCallType). Source:
# the pack's column list and Cisco's CDR Administration Guide, mobility fields.
def cucm_mobility(ctx, rec, cols):
    rng = ctx.rng
    v = _cucm_base(ctx)
    p = person(ctx)
    me = ext(ctx)
    mob = phone(ctx, kind="mobile", style=pick(rng, [("e164", 3), ("natdigits", 2)]))
    caller = phone(ctx, style=pick(rng, [("e164", 2), ("natdigits", 2)]))
    u = account(ctx, p, "g1s")
    _ip(v, "origIpAddr", "origMediaTransportAddress_IP", ip4(ctx, "priv"))
    _ip(v, "destIpAddr", "destMediaTransportAddress_IP", ip4(ctx, "priv"))
    v.update({"callingPartyNumber": (T_PHONE, caller), "originalCalledPartyNumber": (T_PHONE, me), "finalCalledPartyNumber": (T_PHONE, mob),
              "lastRedirectDn": (T_PHONE, me), "finalMobileCalledPartyNumber": (T_PHONE, mob),
              "destMobileDeviceName": ["RDP_", (T_USER, u.upper())], "mobileCallType": rng.choice(["4", "8", "64"]),
              "destMobileCallDuration": str(rng.randint(5, 800)), "origDeviceName": "CUBE-OSL-1",
              "destDeviceName": rng.choice([["BOT", (T_USER, u.upper())], ["TAB", (T_USER, u.upper())]]),
              "finalCalledPartyUnicodeLoginUserID": (T_USER, u), "outpulsedCalledPartyNumber": (T_PHONE, mob),
              "calledPartyPatternUsage": "2", "finalCalledPartyNumberPartition": "FJL_RD_PT",
              "originalCalledPartyNumber_uri": [(T_EMAIL, email(ctx, p, "fjordlinje.no"))] if rng.random() < 0.3 else "",
              "huntPilotDN": neg(rng.choice(P(ctx).HUNT_PILOTS)) if rng.random() < 0.0 else ""})
    if rng.random() < 0.3:
        v["mobileCallingPartyNumber"] = (T_PHONE, mob)
        v["callingPartyNumber"] = (T_PHONE, me)
        v["finalCalledPartyNumber"] = (T_PHONE, caller)
        v["finalMobileCalledPartyNumber"] = ""
        v["origMobileDeviceName"] = ["RDP_", (T_USER, u.upper())]
        v["mobileCallType"] = "16"
        v["outpulsedCalledPartyNumber"] = (T_PHONE, caller)
    cucm_row(rec, cols, v)


TEMPLATES = [
    ("syslog", "gammu-smsd", gammu),
    ("syslog", "pure-ftpd", pureftpd),
    ("syslog", "sogo", sogo),
    ("syslog", "zammad-rails", zammad),
    ("syslog", "zkteco-bridge", zkteco),
    ("syslog", "junos-mgmt", junos_mgmt),
    ("syslog", "xrdp-sesman", xrdp),
    ("syslog", "polkitd", polkit),
    ("syslog", "matrix-synapse", synapse),
    ("syslog", "win-print-307", print307),
    ("syslog", "porttelefon-no", intercom_no),
    ("syslog", "borgerservice-dk", borgerservice_dk),
    ("json", "onelogin-events", onelogin),
    ("json", "pingone-audit", pingone),
    ("json", "infobip-sms", infobip),
    ("json", "tailscale-audit", tailscale),
    ("json", "plivo-cdr", plivo),
    ("json", "lastpass-reporting", lastpass),
    ("json", "ws1-uem-events", ws1_uem),
    ("json", "asana-audit", asana_audit),
    ("kv-cef", "fortimail", fortimail),
    ("kv-cef", "vectra-cef", vectra),
    ("kv-cef", "symantec-sepm", sepm),
    ("kv-cef", "f5-asm-kv", f5_asm),
    ("kv-cef", "sophos-central-cef", sophos_central),
    ("asterisk-cdr", "asterisk-bri-pickup-page", ast_bri),
    ("asterisk-cdr", "freepbx-recordings", freepbx_rec),
    ("freeswitch-cdr", "panasonic-smdr", panasonic_smdr),
    ("freeswitch-cdr", "freeswitch-tenants", fs_tenants),
    ("cisco-cucm-cdr", "cucm-cti-conference", cucm_cti_conf),
    ("cisco-cucm-cdr", "cucm-mobility", cucm_mobility),
]
