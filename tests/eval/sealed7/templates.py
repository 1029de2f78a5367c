"""sealed7: the tenth pair's kept-aside half (never tuned on).

Products here are in no other split of this pair; product families are split
with wild7 (VPN, databases, web/mail security, NAC and Wi-Fi, cloud audit,
telephony, free text). Labels follow wild7's rules.
"""
import json as _j

import tenthlib as T
from tenthlib import DEC, L, W

NEGT = DEC


def _p(ctx, i=0):
    k = ("p", i)
    if k not in ctx.memo:
        ctx.memo[k] = T.person(ctx.rng, ctx.pools)
    return ctx.memo[k]


def _t(ctx):
    if "t" not in ctx.memo:
        ctx.memo["t"] = T.when(ctx.rng, ctx.pools)
    return ctx.memo["t"]


def _first(p):
    return p["gl"].split(" ")[0].split("-")[0]


def jwrite(rec, doc, hooks, sep=(", ", ": ")):
    """JSON with some string values written by hooks (key -> callable(rec))."""
    isep, ksep = sep

    def w(o):
        if isinstance(o, dict):
            rec.text("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    rec.text(isep)
                rec.text(_j.dumps(k, ensure_ascii=False) + ksep)
                if isinstance(v, str) and v in hooks:
                    rec.text('"')
                    hooks[v](rec)
                    rec.text('"')
                else:
                    w(v)
            rec.text("}")
        elif isinstance(o, list):
            rec.text("[")
            for i, v in enumerate(o):
                if i:
                    rec.text(isep)
                w(v)
            rec.text("]")
        else:
            T.jdump(rec, o)
    w(doc)


# ---------------------------------------------------------------- syslog

# Cisco ASA / Secure Firewall remote-access (AnyConnect) messages: %ASA-6-113039 "Group <g>
# User <u> IP <ip> AnyConnect parent session started.", %ASA-4-722051 "... IPv4 Address <a>
# IPv6 address <b> assigned to session", %ASA-6-113004/113005 AAA results, %ASA-5-722037
# "SVC closing connection". Source: Cisco Secure Firewall ASA Series Syslog Messages
# https://www.cisco.com/c/en/us/td/docs/security/asa/syslog/b_syslog.html
def anyconnect(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    ulab = ("USERNAME", u) if r.random() < 0.7 else ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))
    pub = T.ipv4(r, P)
    gp = r.choice(["GP-Anstallda", "GP-Konsult", "DfltGrpPolicy"])
    rec.text(f"<{r.choice([166, 164, 165])}>{T.bsd(t)} rvm-asa-01 : ")
    shape = r.randrange(5)
    if shape == 0:
        W(rec, f"%ASA-6-113039: Group <{gp}> User <", ulab, "> IP <", ("IPV4", pub), "> AnyConnect parent session started.")
    elif shape == 1:
        W(rec, f"%ASA-4-722051: Group <{gp}> User <", ulab, "> IP <", ("IPV4", pub), "> IPv4 Address <", ("IPV4", T.ipv4(r, P)),
          "> IPv6 address <", ("IPV6", T.ipv6(r, P, "short")), "> assigned to session")
    elif shape == 2:
        W(rec, "%ASA-6-113004: AAA user authentication Successful : server =  ", ("IPV4", T.ipv4(r, P)), " : user = ", ulab)
    elif shape == 3:
        W(rec, "%ASA-6-113005: AAA user authentication Rejected : reason = AAA failure : server = ", ("IPV4", T.ipv4(r, P)),
          " : user = ***** : user IP = ", ("IPV4", pub))
    else:
        W(rec, f"%ASA-5-722037: Group <{gp}> User <", ulab, "> IP <", ("IPV4", pub), "> SVC closing connection: DPD failure.")


# ocserv (OpenConnect VPN server) syslog: "main[user]:IP:port user logged in", "sec-mod:
# initiating session for user 'u' (session: x)", "worker[u]: IP worker-auth.c:N: failed authentication
# for 'u'". Source: openconnect/ocserv src/main.c, src/sec-mod-auth.c and src/worker-auth.c (mslog/oclog
# format strings); whole lines as quoted in ocserv users' READMEs found with the code search
# ("worker[test]: 172.17.0.1 worker-auth.c:1731: failed authentication for 'test'")
def ocserv(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    ip = T.ipv4(r, P) if r.random() < 0.8 else T.ipv6(r, P)
    ipl = ("IPV6", ip) if ":" in ip else ("IPV4", ip)
    rec.text(f"{T.bsd(t)} vpn2 ocserv[{r.randint(300, 60000)}]: ")
    shape = r.randrange(4)
    if shape == 0:
        W(rec, "main[", ("USERNAME", u), "]:", ipl, f":{r.randint(1024, 65535)} user logged in")
    elif shape == 1:
        W(rec, "sec-mod: initiating session for user '", ("USERNAME", u), "' (session: ", (NEGT, T.alnum(r, 6)), ")")
    elif shape == 2:
        W(rec, "worker[", ("USERNAME", u), "]: ", ipl, " worker-auth.c:", str(r.randint(800, 1800)), ": failed authentication for '", ("USERNAME", u), "'")
    else:
        W(rec, "main[", ("USERNAME", u), "]:", ipl, f":{r.randint(1024, 65535)} user disconnected (reason: user disconnected, rx: ",
          str(r.randint(1000, 10 ** 9)), ", tx: ", str(r.randint(1000, 10 ** 9)), ")")


# PgBouncer log: "LOG C-0x..: db/user@ip:port login attempt: db=.. user=.. tls=..", "closing
# because: client close request (age=Ns)", "WARNING C-0x..: db/user@ip:port pooler error: password
# authentication failed". Source: pgbouncer/pgbouncer src/client.c and include/bouncer.h (slog_*
# formats); whole lines as quoted in users' pgbouncer logs found with the code search
# ("... UTC [1] WARNING C-0x40000fc120: (nodb)/test_user@172.18.0.1:62596 pooler error: password
# authentication failed")
def pgbouncer(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P, keep=False) if r.random() < 0.8 else None
    ulab = ("USERNAME", u) if u else (NEGT, r.choice(["pgbouncer", "svc_etl", "postgres"]))
    ip = T.ipv4(r, P)
    db = r.choice(["vardplan", "lab_results", "lonesystem"])
    cid = f"C-0x{T.hexstr(r, 12)}"
    if r.random() < 0.5:
        rec.text(f"{T.bsd(t)} pgb-1 pgbouncer[{r.randint(300, 60000)}]: ")
    else:
        rec.text(f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d} CEST [{r.randint(300, 60000)}] ")
    shape = r.randrange(3)
    if shape == 0:
        W(rec, f"LOG {cid}: {db}/", ulab, "@", ("IPV4", ip), f":{r.randint(1024, 65535)} login attempt: db={db} user=", ulab,
          " tls=TLSv1.3/TLS_AES_256_GCM_SHA384")
    elif shape == 1:
        W(rec, f"LOG {cid}: {db}/", ulab, "@", ("IPV4", ip), f":{r.randint(1024, 65535)} closing because: client close request (age={r.randint(0, 9000)}s)")
    else:
        W(rec, f"WARNING {cid}: {db}/", ulab, "@", ("IPV4", ip), f":{r.randint(1024, 65535)} pooler error: password authentication failed")


# 389 Directory Server (FreeIPA) access log: "[date] conn=N fd=N slot=N connection from IP to
# IP", "conn=N op=N BIND dn=".." method=128 version=3", "SRCH base=".." scope=2 filter=".."",
# "RESULT err=49 tag=97". Source: 389ds/389-ds-base ldap/servers/slapd/result.c and the Red Hat
# Directory Server "Access log reference" (Configuration, Command, and File Reference)
def ds389(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P, keep=False)
    conn = r.randint(1000, 999999)
    rec.text(f"{T.bsd(t)} ipa1 ns-slapd: [{t:%d/%b/%Y:%H:%M:%S}.{T.digits(r, 9)} +0200] conn={conn} ")
    shape = r.randrange(4)
    if shape == 0:
        W(rec, f"fd={r.randint(60, 900)} slot={r.randint(60, 900)} connection from ", ("IPV4", T.ipv4(r, P)), " to ", ("IPV4", T.ipv4(r, P)))
    elif shape == 1:
        W(rec, f"op={r.randint(0, 9)} BIND dn=\"uid=", ("USERNAME", u), ",cn=users,cn=accounts,dc=rvm,dc=intern\" method=128 version=3")
    elif shape == 2:
        ph = T.phone(r, P, style=r.choice(["e164", "nat"]))
        W(rec, f"op={r.randint(1, 9)} SRCH base=\"cn=users,cn=accounts,dc=rvm,dc=intern\" scope=2 filter=\"(|(uid=", ("USERNAME", u),
          ")(mail=", ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)), ")(telephoneNumber=", ("PHONE", ph), "))\" attrs=ALL")
    else:
        W(rec, f"op={r.randint(0, 9)} RESULT err={r.choice([0, 49, 32])} tag=97 nentries=0 wtime=0.000{T.digits(r, 6)} optime=0.00{T.digits(r, 7)} etime=0.00{T.digits(r, 7)}",
          " dn=\"uid=", ("USERNAME", u), ",cn=users,cn=accounts,dc=rvm,dc=intern\"" if r.random() < 0.5 else "")


# ArubaOS 8 (Mobility Controller) syslog: "authmgr[pid]: <522008> <pid> <NOTI> <host IP>  User
# Authentication Successful: username=.. MAC=.. IP=.. role=.. VLAN=.. AP=.. SSID=.. AAA profile=..
# auth method=.. auth server=..", and stm "<501100> <pid> <NOTI> <host IP>  Assoc success @ hh:mm:ss.us:
# <client mac>: AP <ap ip>-<bssid>-<ap name>". Source: a pseudonymised controller log quoted in a
# public parser's docstring (found with the code search: "Aruba_MD3 authmgr[3956]: <522008> <5194>
# <NOTI> ..." and "stm[30085]: <501100> ..."); ExabeamLabs Aruba parsers (aruba-nac-logon,
# aruba-controller-failed-nac-logon). The failure line "User Authentication failed. username=..
# userip=.. usermac=.. authmethod=.. servername=.. serverip=.. apname=.. bssid=.." has the keys of
# Exabeam's failed-logon parser; its message id 522275 is unconfirmed.
def aruba_aos(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    m = T.mac(r, P, ":")
    ip = T.ipv4(r, P)
    mcip = T.ipv4(r, P)
    u = [("USERNAME", T.username(r, p, P))] if r.random() < 0.5 else [("USERNAME", T.username(r, p, P) + "@" + P.UPN_SUFFIX)]
    if r.random() < 0.2:
        u = [("EMAIL", T.email(r, p, P))]
    pid = r.randint(1000, 9999)
    shape = r.randrange(3)
    ap = r.choice(["Hus12-Plan3", "Akuten-A2", "Lager"])
    rec.text(f"{T.bsd(t)} rvm-mc1 {'stm' if shape == 2 else 'authmgr'}[{pid}]: ")
    if shape == 0:
        W(rec, f"<522008> <{pid}> <NOTI> <rvm-mc1 ", ("IPV4", mcip), ">  User Authentication Successful: username=", *u,
          " MAC=", ("MAC", m), " IP=", ("IPV4", ip), f" role=anstalld VLAN={r.randint(10, 400)} AP=AP515-", (NEGT, ap),
          " SSID=RVM-Personal AAA profile=rvm_dot1x auth method=802.1x auth server=ClearPass-01")
    elif shape == 1:
        W(rec, f"<522275> <{pid}> <ERRS> <rvm-mc1 ", ("IPV4", mcip), ">  User Authentication failed. username=", *u,
          " userip=", ("IPV4", ip), " usermac=", ("MAC", m), " authmethod=802.1x servername=ClearPass-01 serverip=",
          ("IPV4", T.ipv4(r, P)), " apname=AP515-", (NEGT, ap), " bssid=", ("MAC", T.mac(r, P, ":")))
    else:
        W(rec, f"<501100> <{pid}> <NOTI> <rvm-mc1 ", ("IPV4", mcip), f">  Assoc success @ {t:%H:%M:%S}.{T.digits(r, 6)}: ",
          ("MAC", m), ": AP ", ("IPV4", T.ipv4(r, P)), "-", ("MAC", T.mac(r, P, ":")), "-AP515-", (NEGT, ap))


# Rspamd task log line: "rspamd_task_write_log: id: <msgid>, qid: <QID>, ip: IP, user: u,
# from: <addr>, (default: F (no action): [score/req] [SYMBOLS]), len: N, time: Nms, dns req:
# N, digest: <hex>, rcpts: <addr>, mime_rcpts: <addr>". Source: rspamd/rspamd.com
# doc/configuration/logging.md (log_format variables) and rspamd/rspamd src/libserver/task.c
# rspamd_task_write_log
def rspamd(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    frm = T.email(r, p, P)
    to = T.email(r, q, P, domain=P.CORP_DOMAIN)
    user = [("USERNAME", T.username(r, p, P))] if r.random() < 0.3 else ["<unauthorized>"]
    if r.random() < 0.2:
        frm_l = (NEGT, r.choice(["noreply@1177.se", "no-reply@kivra.com", "MAILER-DAEMON@rvm.intern"]))
    else:
        frm_l = ("EMAIL", frm)
    rec.text(f"{t:%Y-%m-%d %H:%M:%S} #{r.randint(1000, 99999)}(normal) <{T.hexstr(r, 6)}>; task; rspamd_task_write_log: ")
    W(rec, "id: <", (NEGT, f"{T.hexstr(r, 12)}@{r.choice(['mail.gmail.com', 'EUR05.prod.outlook.com', 'smtp.web.de'])}"), ">, qid: <",
      (NEGT, T.hexstr(r, 10).upper()), ">, ip: ", ("IPV4", T.ipv4(r, P)), ", user: ", *user, ", from: <", frm_l,
      f">, (default: {r.choice(['F', 'T'])} ({r.choice(['no action', 'add header', 'reject'])}): [{r.uniform(-5, 20):.2f}/15.00] [BAYES_HAM(-3.00){{{r.randint(90, 100)}.00%;}},DMARC_POLICY_ALLOW(-0.50){{",
      P.CORP_DOMAIN, ";none;}}]), len: ", str(r.randint(1000, 900000)), f", time: {r.randint(20, 900)}.{r.randint(0, 999)}ms, dns req: {r.randint(1, 60)}, digest: <",
      (NEGT, T.hexstr(r, 32)), ">, rcpts: <", ("EMAIL", to), ">, mime_rcpts: <", ("EMAIL", to), ">")


# Regional health-care staff notes forwarded from a case system, in German, Polish, Finnish
# and Swedish (the region employs staff from several countries). in-house format
def vard_notes(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    rec.text(f"<13>1 {T.iso(t)} rvm-case-02 arende {r.randint(1000, 9999)} - - ")
    shape = r.randrange(5)
    if shape == 0:
        W(rec, "Patient ", ("PERSON_NAME", T.written_name(r, p)), " (", ("PERSONNUMMER", T.pnr(r, P)), ") hat angerufen von ",
          ("PHONE", T.phone(r, P, country=r.choice(["AT", "CH", "SE"]))), ", Rückruf durch ", ("PERSON_NAME", q["full"]), ".")
    elif shape == 1:
        W(rec, "Pacjent ", ("PERSON_NAME", p["full"]), ", numer koordynacyjny ", ("SAMORDNINGSNUMMER", T.pnr(r, P, samordning=True)),
          ", tel. ", ("PHONE", T.phone(r, P)), ". W nagłych wypadkach ", (NEGT, "112"), ".")
    elif shape == 2:
        W(rec, "Potilaan ", ("PERSON_NAME", p["full"]), " henkilötunnus ", (NEGT, T.pnr(r, P, broken=True)),
          " hylättiin (väärä tarkiste). Tiketti ", (NEGT, f"RVM-{r.randint(100000, 999999)}"), ".")
    elif shape == 3:
        W(rec, "Tolk beställd för ", ("PERSON_NAME", p["full"]), " (tigrinja), kontakt via anhörig ", ("PERSON_NAME", q["full"]),
          " på ", ("PHONE", T.phone(r, P, country=r.choice(["ER", "SE"]))), ". Faktura till ", ("ORGNR", T.orgnr(r, P)), ".")
    else:
        W(rec, "Ny läsplatta ", ("IMEI", T.imei(r, P, style=r.choice(["plain", "dash"]))), " (SIM ", ("IMSI", T.imsi(r, P)),
          ") registrerad på ", ("PERSON_NAME", q["full"]), ", passerkort ", ("BADGE", T.badge(r, P)), ". Support ",
          (NEGT, r.choice(["0771-25 25 25", "90000"])), ".")


# Public-sector helpdesk notes in Arabic, Persian (Dari), Ukrainian, Bosnian and Spanish,
# from the helpdesk's syslog forwarder. in-house format
def helpdesk_multi(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    rec.text(f"{T.bsd(t)} hd-rvm helpdesk[{r.randint(300, 60000)}]: case=")
    W(rec, (NEGT, f"HD-{t.year}-{r.randint(1000, 99999)}"), " handler=", ("USERNAME", T.username(r, q, P)), " text=\"")
    shape = r.randrange(5)
    if shape == 0:
        W(rec, "اتصل السيد ", ("PERSON_NAME", p["full"]), " من الرقم ", ("PHONE", T.phone(r, P, country=r.choice(["MA", "SY", "SE"]))),
          " وطلب إعادة تعيين كلمة المرور")
    elif shape == 1:
        W(rec, "خانم ", ("PERSON_NAME", p["full"]), " با شماره ", ("PHONE", T.phone(r, P, country="AF")), " تماس گرفت؛ ایمیل ",
          ("EMAIL", T.email(r, p, P)))
    elif shape == 2:
        W(rec, "Користувач ", ("PERSON_NAME", p["full"]), " телефонував з ", ("PHONE", T.phone(r, P, country="UA")),
          ", логін ", ("USERNAME", T.username(r, p, P)))
    elif shape == 3:
        W(rec, "Korisnik ", ("PERSON_NAME", T.written_name(r, p)), " zvao sa ", ("PHONE", T.phone(r, P, country="BA")),
          ", MAC laptopa ", ("MAC", T.mac(r, P)), ", verzija ", (NEGT, T.version(r)))
    else:
        W(rec, "La usuaria ", ("PERSON_NAME", p["full"]), " llamó desde ", ("PHONE", T.phone(r, P)), "; IMSI ", ("IMSI", T.imsi(r, P)),
          ", IMEI nuevo ", ("IMEI", T.imei(r, P)), ", nº de serie ", (NEGT, T.hexstr(r, 12).upper()), ", IMEI antiguo ",
          (NEGT, T.imei(r, P, broken=True)))
    rec.text("\"")


# ---------------------------------------------------------------- json

# AWS CloudTrail records: ConsoleLogin (additionalEventData MFAUsed, userIdentity IAMUser or
# SAML federated), AssumeRoleWithSAML, CreateUser/AttachUserPolicy. Source:
# https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
# and https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html;
# a SAMLUser's principalId is "<name qualifier>:<subject>" and its identityProvider the name qualifier
# hash (AWS STS AssumeRoleWithSAML CloudTrail example), not the provider ARN
def cloudtrail(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    acct = T.digits(r, 12)
    u = T.username(r, p, P, keep=False)
    ip = T.ipv4(r, P)
    shape = r.randrange(3)
    if shape == 0:
        doc = {"eventVersion": "1.09", "userIdentity": {"type": "IAMUser", "principalId": "AIDA" + T.alnum(r, 17).upper(),
                                                         "arn": "__ARN__", "accountId": L("~", acct), "userName": L("USERNAME", u)},
               "eventTime": T.iso(t, False), "eventSource": "signin.amazonaws.com", "eventName": "ConsoleLogin",
               "awsRegion": "eu-north-1", "sourceIPAddress": L("IPV4", ip),
               "userAgent": L("~", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15"),
               "requestParameters": None, "responseElements": {"ConsoleLogin": r.choice(["Success", "Failure"])},
               "additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home", "MobileVersion": "No", "MFAUsed": "Yes"},
               "eventID": T.uuid(r), "readOnly": False, "eventType": "AwsConsoleSignIn", "recipientAccountId": L("~", acct)}
        hooks = {"__ARN__": lambda rc: W(rc, f"arn:aws:iam::", (NEGT, acct), ":user/", ("USERNAME", u))}
    elif shape == 1:
        em = T.email(r, p, P, domain=P.CORP_DOMAIN)
        doc = {"eventVersion": "1.08", "userIdentity": {"type": "SAMLUser", "principalId": "__PID__", "userName": L("EMAIL", em),
                                                         "identityProvider": "__IDP__"},
               "eventTime": T.iso(t, False), "eventSource": "sts.amazonaws.com", "eventName": "AssumeRoleWithSAML",
               "awsRegion": "eu-north-1", "sourceIPAddress": L("IPV4", ip), "userAgent": "aws-internal/3 aws-sdk-java/1.12.720",
               "requestParameters": {"roleArn": f"arn:aws:iam::{acct}:role/AWSReservedSSO_ReadOnly_{T.hexstr(r, 16)}",
                                     "principalArn": f"arn:aws:iam::{acct}:saml-provider/EntraID", "durationSeconds": 3600},
               "responseElements": {"subjectType": "persistent", "issuer": "https://sts.windows.net/" + T.uuid(r) + "/",
                                    "audience": "https://signin.aws.amazon.com/saml", "nameQualifier": "__NQ__"},
               "eventID": T.uuid(r), "recipientAccountId": L("~", acct)}
        nq = T.alnum(r, 28)
        hooks = {"__PID__": lambda rc: W(rc, (NEGT, nq), ":", ("EMAIL", em)), "__IDP__": lambda rc: W(rc, (NEGT, nq)),
                 "__NQ__": lambda rc: W(rc, (NEGT, nq))}
    else:
        nu = T.username(r, q, P, keep=False)
        doc = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "__APID__", "arn": "__AARN__",
                                                         "accountId": L("~", acct)},
               "eventTime": T.iso(t, False), "eventSource": "iam.amazonaws.com", "eventName": r.choice(["CreateUser", "AttachUserPolicy", "CreateLoginProfile"]),
               "awsRegion": "us-east-1", "sourceIPAddress": L("IPV4", ip), "userAgent": "aws-cli/2.17.20 md/awscrt#0.20.11 ua/2.0 os/linux#6.8.0",
               "requestParameters": {"userName": L("USERNAME", nu), "tags": [{"key": "owner", "value": L("PERSON_NAME", q["full"])},
                                                                              {"key": "kostnadsstalle", "value": L("~", f"KS{r.randint(1000, 9999)}")}]},
               "responseElements": None, "eventID": T.uuid(r), "recipientAccountId": L("~", acct)}
        ae = T.email(r, p, P, domain=P.CORP_DOMAIN)
        rid = "AROA" + T.alnum(r, 17).upper()
        hooks = {"__APID__": lambda rc: W(rc, rid, ":", ("EMAIL", ae)),
                 "__AARN__": lambda rc: W(rc, "arn:aws:sts::", (NEGT, acct), ":assumed-role/AWSReservedSSO_Admin_", T.hexstr(r, 16), "/", ("EMAIL", ae))}
    rec.text('{"Records": [')
    jwrite(rec, doc, hooks)
    rec.text("]}")


# Amazon Chime SDK Voice Connector call detail records (JSON written to S3: SourcePhoneNumber,
# DestinationPhoneNumber, SourceCountry, DestinationCountry, VoiceConnectorId, Direction,
# BillableDurationSeconds (the key the template once wrote as BillableDurationMinutes),
# StartTimeEpochSeconds, Status). Source:
# https://docs.aws.amazon.com/chime-sdk/latest/ag/voice-connector-cdr.html (Call detail records)
def chime_cdr(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    t = _t(ctx)
    inbound = r.random() < 0.5
    ext_no = T.phone(r, P, style="e164")
    did = T.phone(r, P, country="SE", style="e164")
    switchboard = r.random() < 0.3
    src = L("PHONE", ext_no) if inbound else L("PHONE", did)
    dst = (L("~", "+46771252525") if switchboard else L("PHONE", did)) if inbound else L("PHONE", ext_no)
    if not inbound and r.random() < 0.2:
        dst = L("~", r.choice(["112", "+4611414", "90000"]))
    doc = {"AwsAccountId": L("~", T.digits(r, 12)), "TransactionId": T.uuid(r), "CallId": T.uuid(r),
           "VoiceConnectorId": T.alnum(r, 20).lower(), "Status": r.choice(["Completed", "Failed"]), "StatusMessage": "OK",
           "BillableDurationSeconds": "__DUR__", "SchemaVersion": "2.0", "SourcePhoneNumber": src,
           "SourceCountry": "SE" if not inbound else r.choice(["UA", "BA", "ER", "AF", "SE"]), "DestinationPhoneNumber": dst,
           "DestinationCountry": "SE", "UsageType": "EU-USE1-US-outbound-minutes", "ServiceCode": "AmazonChimeVoiceConnector",
           "Direction": "Inbound" if inbound else "Outbound", "StartTimeEpochSeconds": L("~", T.epoch(t), raw=True),
           "EndTimeEpochSeconds": "__END__", "Region": "eu-central-1", "Streaming": False}
    dur = r.randint(10, 3600)
    doc["BillableDurationSeconds"] = dur if doc["Status"] == "Completed" else 0
    doc["EndTimeEpochSeconds"] = L("~", T.epoch(T.plus(t, dur)), raw=True)
    T.compact(rec, doc)


# Elasticsearch security audit log (ECS-style JSON lines: "type":"audit", "event.action":
# "authentication_success"/"access_denied"/"anonymous_access_denied", "user.name",
# "user.realm", "origin.address", "url.path", "request.id"). Source:
# https://www.elastic.co/guide/en/elasticsearch/reference/current/audit-event-types.html
def es_audit(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    act = r.choice(["authentication_success", "authentication_failed", "access_denied", "access_granted"])
    doc = {"type": "audit", "timestamp": f"{t:%Y-%m-%dT%H:%M:%S},{r.randint(100, 999)}+0200", "cluster.uuid": T.alnum(r, 22),
           "node.name": "es-hot-2", "event.type": "rest", "event.action": act,
           "authentication.type": "REALM", "user.name": L("USERNAME", u) if r.random() < 0.8 else L("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)),
           "user.realm": r.choice(["ldap1", "saml_entra", "native"]),
           "origin.type": "rest", "origin.address": "__ORIG__",
           "url.path": "__PATH__", "request.method": r.choice(["GET", "POST"]), "request.id": L("~", T.alnum(r, 22))}
    ip = T.ipv4(r, P) if r.random() < 0.7 else None
    pn = T.pnr(r, P, style="12")

    def orig(rc):
        if ip:
            W(rc, ("IPV4", ip), f":{r.randint(1024, 65535)}")
        else:
            W(rc, "[", ("IPV6", T.ipv6(r, P, "short")), f"]:{r.randint(1024, 65535)}")

    def path(rc):
        if r.random() < 0.5:
            W(rc, "/patient-*/_search?q=personnummer:", ("PERSONNUMMER", pn))
        else:
            W(rc, "/_security/user/", ("USERNAME", u))
    jwrite(rec, doc, {"__ORIG__": orig, "__PATH__": path}, sep=(",", ":"))


# SendGrid Event Webhook events (email, timestamp, event, sg_event_id, sg_message_id, ip,
# useragent, url, reason, category). Source:
# https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event
# The webhook POSTs a JSON array of events; the receiver in front of the SIEM writes one event
# object per line (a top-level array is no log line the json pack takes: veil quarantined all of
# them as json-shape).
def sendgrid(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    evs = []
    for i in range(1):
        ev = r.choice(["delivered", "open", "click", "bounce", "dropped"])
        e = {"email": L("EMAIL", T.email(r, p, P)), "timestamp": L("~", int(T.epoch(t)) + i * 7, raw=True),
             "smtp-id": f"<{T.alnum(r, 22)}@geopod-ismtpd-5>", "event": ev, "category": ["kallelse", "sms-fallback"],
             "sg_event_id": L("~", T.alnum(r, 22)), "sg_message_id": L("~", T.alnum(r, 22) + ".filterdrecv-" + T.hexstr(r, 10) + "-1-" + T.hexstr(r, 8).upper() + "-2F-0")}
        if ev in ("open", "click"):
            e["ip"] = L("IPV4", T.ipv4(r, P))
            e["useragent"] = L("~", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148")
        if ev == "click":
            e["url"] = "__URL__"
        if ev in ("bounce", "dropped"):
            e["reason"] = "__REASON__"
        evs.append(e)
    em2 = T.email(r, p, P)
    hooks = {"__URL__": lambda rc: W(rc, "https://minsida.region-vastmark.se/boka?mobil=", ("PHONE", T.phone(r, P, kind="mobile", style="natdigits")),
                                     "&ref=", (NEGT, T.alnum(r, 10))),
             "__REASON__": lambda rc: W(rc, "550 5.1.1 <", ("EMAIL", em2), ">: Recipient address rejected: User unknown")}
    jwrite(rec, evs[0], hooks, sep=(",", ":"))


# Vonage Voice API event webhook (uuid, conversation_uuid, from, to, status, direction,
# timestamp, and for completed calls start_time, end_time, duration, rate, price, network).
# Source: https://developer.vonage.com/en/voice/voice-api/webhook-reference#event-webhook
def vonage_voice(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    t = _t(ctx)
    cust = T.phone(r, P, style="digits")
    lvn = "46" + r.choice(["40", "18"]) + T.digits(r, 6)
    inbound = r.random() < 0.5
    status = r.choice(["started", "ringing", "answered", "completed"])
    doc = {"from": L("PHONE", cust) if inbound else L("~", lvn), "to": L("~", lvn) if inbound else L("PHONE", cust),
           "uuid": T.hexstr(r, 32), "conversation_uuid": "CON-" + T.uuid(r), "status": status,
           "direction": "inbound" if inbound else "outbound", "timestamp": T.iso(t)}
    if status == "completed":
        doc.update({"start_time": T.iso(t), "end_time": T.iso(T.plus(t, 60)), "duration": str(r.randint(1, 900)),
                    "rate": "0.01400000", "price": "0.00140000", "network": L("~", r.choice(["24001", "24008", "25503", "60400"]))})
    T.compact(rec, doc)


# Snowflake ACCOUNT_USAGE.LOGIN_HISTORY rows exported as JSON (EVENT_ID, EVENT_TIMESTAMP,
# EVENT_TYPE, USER_NAME, CLIENT_IP, REPORTED_CLIENT_TYPE, REPORTED_CLIENT_VERSION,
# FIRST_AUTHENTICATION_FACTOR, IS_SUCCESS, ERROR_CODE, ERROR_MESSAGE). Source:
# https://docs.snowflake.com/en/sql-reference/account-usage/login_history
def snowflake_login(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    ok = r.random() < 0.7
    un = r.random()
    user = L("USERNAME", T.username(r, p, P, keep=False).upper()) if un < 0.5 else (
        L("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN).upper()) if un < 0.85 else L("~", r.choice(["SVC_DBT", "SVC_FIVETRAN", "SNOWFLAKE"])))
    doc = {"EVENT_ID": L("~", str(r.randint(10 ** 15, 10 ** 16))), "EVENT_TIMESTAMP": f"{T.sql(t)}.{r.randint(0, 999):03d} -0700",
           "EVENT_TYPE": "LOGIN", "USER_NAME": user, "CLIENT_IP": L("IPV4", T.ipv4(r, P)),
           "REPORTED_CLIENT_TYPE": r.choice(["SNOWFLAKE_UI", "JDBC_DRIVER", "PYTHON_DRIVER"]),
           "REPORTED_CLIENT_VERSION": L("~", r.choice(["3.16.1", "20240625205007.dd3ad28d", "3.12.0"])),
           "FIRST_AUTHENTICATION_FACTOR": r.choice(["SAML2_ASSERTION", "PASSWORD", "RSA_KEYPAIR"]),
           "SECOND_AUTHENTICATION_FACTOR": None, "IS_SUCCESS": "YES" if ok else "NO",
           "ERROR_CODE": None if ok else 390100, "ERROR_MESSAGE": None if ok else "INCORRECT_USERNAME_PASSWORD",
           "CONNECTION": None}
    T.jdump(rec, doc)


# Bitwarden (organization) Events API items (object "event", type code, itemId,
# collectionId, groupId, memberId, actingUserId, date, device, ipAddress), enriched by the
# SIEM collector with the member's e-mail and name. Source:
# https://bitwarden.com/help/event-logs/ and the Public API /public/events schema
def bitwarden(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    doc = {"object": "event", "type": r.choice([1000, 1001, 1005, 1100, 1107, 1501, 1600]),
           "itemId": T.uuid(r), "collectionId": None, "groupId": None, "policyId": None,
           "memberId": T.uuid(r), "actingUserId": T.uuid(r), "installationId": None,
           "date": f"{t:%Y-%m-%dT%H:%M:%S}.{T.digits(r, 7)}Z", "device": r.choice([9, 10, 21]),
           "ipAddress": L("IPV4", T.ipv4(r, P)) if r.random() < 0.8 else L("IPV6", T.ipv6(r, P)),
           "actingUserEmail": L("EMAIL", T.email(r, q, P, domain=P.CORP_DOMAIN)),
           "actingUserName": L("PERSON_NAME", q["full"]),
           "memberEmail": L("EMAIL", T.email(r, p, P)), "memberName": L("PERSON_NAME", T.written_name(r, p))}
    T.jdump(rec, doc, sep=(",", ":"), ascii_=r.random() < 0.4)


# A Finnish-Swedish staffing agency's payroll export as JSON Lines, with Swedish ids of
# cross-border workers. in-house format
def payroll_export(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    snr = r.random() < 0.3
    doc = {"tyyppi": "palkka", "jakso": f"{t:%Y-%m}", "tyontekija": {
               "nimi": L("PERSON_NAME", T.written_name(r, p)),
               "ruotsalainen_tunnus": L("SAMORDNINGSNUMMER", T.pnr(r, P, samordning=True)) if snr else L("PERSONNUMMER", T.pnr(r, P)),
               "vanha_tunnus": L("~", T.pnr(r, P, broken=True)),
               "puhelin": L("PHONE", T.phone(r, P)), "sahkoposti": L("EMAIL", T.email(r, p, P)),
               "henkilonumero": L("~", str(r.randint(100000, 999999)))},
           "tyonantaja": {"nimi": "Sydhamn Energi AB", "orgnr": L("ORGNR", T.orgnr(r, P)) if r.random() < 0.8 else L("~", T.orgnr(r, P, broken=True)),
                          "vaihde": L("~", r.choice(["0771-25 25 25", "+46 771-25 25 25", "020-33 33 33"]))},
           "tilinumero": L("~", f"FI{r.randint(10, 99)} {T.digits(r, 4)} {T.digits(r, 4)} {T.digits(r, 4)} {T.digits(r, 2)}"),
           "kulkukortti": L("BADGE", T.badge(r, P)) if r.random() < 0.6 else None, "brutto": round(r.uniform(1800, 6500), 2)}
    T.jdump(rec, doc, ascii_=r.random() < 0.3)


# ---------------------------------------------------------------- kv-cef

# Stormshield Network Security audit logs (WELF: id=firewall time=".." fw=".." tz=+0200
# startime=".." pri= ... src= dst= user= msg=".."), l_auth / l_vpn / l_alarm. Source:
# https://documentation.stormshield.eu/SNS/v4/en/Content/Description_of_Audit_logs/Understand_log_files.htm
# and .../Specific_fields-auth.htm
def stormshield(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    ser = "SN510A" + T.digits(r, 8)
    W(rec, f"id=firewall time=\"{T.sql(t)}\" fw=\"", (NEGT, ser), f"\" tz=+0200 startime=\"{T.sql(t)}\" ")
    shape = r.randrange(3)
    if shape == 0:
        W(rec, "pri=5 confid=01 srcif=\"Ethernet0\" srcifname=\"out\" ruleid=", str(r.randint(1, 30)), " user=\"", ("USERNAME", u),
          "\" src=", ("IPV4", T.ipv4(r, P)), " method=\"", r.choice(["LDAP", "RADIUS", "KERBEROS"]), "\" error=", str(r.choice([0, 3])),
          " msg=\"", r.choice(["User logged in", "Auth failed"]), "\" agentid=0 domain=\"", P.UPN_SUFFIX, "\" logtype=\"auth\"")
    elif shape == 1:
        W(rec, "pri=5 ipsec=\"IPsec\" src=", ("IPV4", T.ipv4(r, P)), " dst=", ("IPV4", T.ipv4(r, P)), " user=\"", ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)),
          "\" phase=2 cookie_i=", (NEGT, T.hexstr(r, 16)), " cookie_r=", (NEGT, T.hexstr(r, 16)), " msg=\"Phase established\" logtype=\"vpn\"")
    else:
        W(rec, "pri=4 srcif=\"Ethernet1\" ipproto=tcp proto=http src=", ("IPV4", T.ipv4(r, P)), " srcport=", str(r.randint(1024, 65535)),
          " srcmac=", ("MAC", T.mac(r, P, ":")), " dst=", ("IPV4", T.ipv4(r, P)), " dstport=80 user=\"", ("USERNAME", u),
          "\" action=block msg=\"Possible SQL injection\" class=protocol classification=0 alarmid=", (NEGT, str(r.randint(30, 400))),
          " logtype=\"alarm\"")


# FortiMail history/statistics log (key=value: date= time= device_id= log_id= type=statistics
# pri=information bare, then every other value quoted: session_id=".." client_name=".."
# client_ip=".." dst_ip=".." from=".." to=".." polid=".." domain=".." subject=".." mailer=".."
# resolved=".." direction=".." virus="" disposition=".." classifier=".." message_length="..").
# Source: FortiMail Log Message Reference, https://docs.fortinet.com/document/fortimail/7.4.0/log-message-reference,
# and the history samples in elastic/integrations packages/fortinet_fortimail/data_stream/log/
# _dev/test/pipeline/test-history.log (those are comma-separated; the space-separated form is kept)
def fortimail(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    inbound = r.random() < 0.6
    ext = T.email(r, p, P)
    own = T.email(r, q, P, domain=P.CORP_DOMAIN)
    frm = ("EMAIL", ext if inbound else own)
    to = ("EMAIL", own if inbound else ext)
    if r.random() < 0.2:
        frm = (NEGT, r.choice(["postmaster@region-vastmark.se", "noreply@skatteverket.se", "no-reply@1177.se"]))
    subj = r.random()
    pairs = [("date", f"{t:%Y-%m-%d}"), ("time", f"{t:%H:%M:%S}"), ("device_id", [(NEGT, "FE-2KF" + T.alnum(r, 10).upper())]),
             ("log_id", [(NEGT, "02000" + T.digits(r, 5))]), ("type", "statistics"), ("pri", "information"),
             ("session_id", [(NEGT, T.alnum(r, 16))]), ("client_name", "mail-eopbgr.outbound.protection.outlook.com"),
             ("client_ip", [("IPV4", T.ipv4(r, P))]), ("dst_ip", [("IPV4", T.ipv4(r, P))]), ("from", [frm]), ("to", [to]),
             ("polid", "0:1:2"), ("domain", P.CORP_DOMAIN)]
    if subj < 0.4:
        pairs.append(("subject", ["Kallelse: ", ("PERSON_NAME", T.written_name(r, q)), " ", ("PERSONNUMMER", T.pnr(r, P, style="10-"))]))
    elif subj < 0.7:
        pairs.append(("subject", ["Missat samtal från ", ("PHONE", T.phone(r, P))]))
    else:
        pairs.append(("subject", ["Faktura ", (NEGT, str(r.randint(100000, 999999))), " till org.nr ", ("ORGNR", T.orgnr(r, P))]))
    pairs += [("mailer", "mta"), ("resolved", "OK"), ("direction", "in" if inbound else "out"), ("virus", ""),
              ("disposition", r.choice(["Accept", "Quarantine", "Reject"])), ("classifier", r.choice(["Not Spam", "FortiGuard AntiSpam", "Bayesian"])),
              ("message_length", str(r.randint(1000, 9000000)))]
    bare = ("date", "time", "device_id", "log_id", "type", "pri")
    T.kv(rec, pairs[:len(bare)])
    rec.text(" ")
    T.kv(rec, pairs[len(bare):], quote_all=True)


# Microsoft Defender for Cloud Apps SIEM agent CEF ("CEF:0|MCAS|SIEM_Agent|ver|EVENT_CATEGORY_*|
# name|sev|externalId= rt= start= end= msg= suser= destinationServiceName= dvc= requestClientApplication=
# cs1Label=portalURL cs1= cs2Label=uniqueServiceAppIds cs2= cs3Label=targetObjects cs3= cs4Label=policyIDs
# cs4= c6a1Label="Device IPv6 Address" c6a1="). Source:
# https://learn.microsoft.com/en-us/defender-cloud-apps/siem (sample activity logs, from memory: the
# activity id in cs1's portal URL is the externalId); field names confirmed by Microsoft's
# "Migrate from Defender for Cloud Apps SIEM agent" field mapping (start, end, rt, msg, suser,
# destinationServiceName, cs<X>Label/cs<X>, EVENT_CATEGORY_*)
def mcas_cef(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    name = r.choice(["Log on", "Download file", "Run command: task Set-Mailbox", "Share file"])
    cat = {"Log on": "EVENT_CATEGORY_LOGIN", "Download file": "EVENT_CATEGORY_DOWNLOAD_FILE",
           "Share file": "EVENT_CATEGORY_SHARE_FILE"}.get(name, "EVENT_CATEGORY_UNSPECIFIED")
    rec.text(f"{t:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}Z CEF:0|MCAS|SIEM_Agent|0.{r.randint(100, 300)}.{r.randint(1, 99)}|{cat}|{name}|0|")
    em = T.email(r, p, P, domain=P.CORP_DOMAIN)
    target = [("PERSON_NAME", q["full"])] if name == "Share file" else [("EMAIL", em)]
    aid = "AV" + T.alnum(r, 15) + "-" + T.alnum(r, 2)
    pairs = [("externalId", [(NEGT, aid)]), ("rt", T.epoch(t, ms=True)), ("start", T.epoch(t, ms=True)),
             ("end", T.epoch(t, ms=True)), ("msg", [name, ": ", ("EMAIL", em)]), ("suser", [("EMAIL", em)]),
             ("destinationServiceName", r.choice(["Microsoft Exchange Online", "Microsoft OneDrive for Business", "Microsoft Azure"])),
             ("dvc", [("IPV4", T.ipv4(r, P))]), ("requestClientApplication", [(NEGT, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0")]),
             ("cs1Label", "portalURL"), ("cs1", ["https://rvm.portal.cloudappsecurity.com/#/audits?activity.id\\=eq(", (NEGT, aid), ",)"]),
             ("cs2Label", "uniqueServiceAppIds"), ("cs2", "APPID_OUTLOOK"), ("cs3Label", "targetObjects"),
             ("cs3", target + ([",", "lonelista_", ("PERSON_NAME", _first(q)), ".xlsx"] if name != "Log on" else [])),
             ("cs4Label", "policyIDs"), ("cs4", ""), ("c6a1Label", "\"Device IPv6 Address\""), ("c6a1", [("IPV6", T.ipv6(r, P, "short"))] if r.random() < 0.3 else "")]
    # cs1 above is already written with its CEF escape
    for i, (k, v) in enumerate(pairs):
        rec.text((" " if i else "") + k + "=")
        for part in (v if isinstance(v, list) else [v]):
            if isinstance(part, tuple):
                W(rec, (part[0], part[1].replace("\\", "\\\\").replace("=", "\\=")))
            else:
                rec.text(part if k == "cs1" else part.replace("=", "\\="))


# Forescout CounterACT CEF through its syslog plugin ("CEF:0|ForeScout Technologies|CounterAct|
# ver|COMPLIANCE|host is compliant|sev|rt= dvc= dvchost= dhost= dst= duser= dntdom= dmac= cs2=").
# Source: ExabeamLabs/Content-Library-CIM2 DS/Forescout/forescout_counteract/Ps/
# pC_forescoutcounteractcefendpointloginsuccessintractivelogonevents.md (parser of these lines)
def forescout(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    comp = r.random() < 0.6
    rec.text(f"<134>{T.bsd(t)} CounterACT-EM CEF:0|ForeScout Technologies|CounterAct|8.4.1|COMPLIANCE|host is {'compliant' if comp else 'not compliant'}|{1 if comp else 6}|")
    host = r.random()
    if host < 0.4:
        dh = [("PERSON_NAME", _first(p).upper()), "-PC"]
    elif host < 0.6:
        dh = [("PERSON_NAME", _first(p)), "s-iPhone"]
    else:
        dh = [f"RVM-{T.digits(r, 6)}"]
    pairs = [("rt", T.epoch(t, ms=True)), ("dvc", [("IPV4", T.ipv4(r, P))]), ("dvchost", "CounterACT-EM"), ("dhost", dh),
             ("dst", [("IPV4", T.ipv4(r, P))]), ("duser", [("USERNAME", T.username(r, p, P))] if r.random() < 0.8 else [(NEGT, "administrator")]),
             ("dntdom", P.AD_DOMAIN), ("dmac", [("MAC", T.mac(r, P, "bare"))]),
             ("cs1Label", "Compliancy Policy Name"), ("cs1", "Antivirus Compliance"),
             ("cs2Label", "Compliancy Policy Rule"), ("cs2", r.choice(["Interactive Logon Events", "Windows Updates", "Corporate Hosts"])),
             ("cs3Label", "Compliancy Event Trigger"), ("cs3", "Logon Event ")]
    T.cef_ext(rec, pairs)


# ---------------------------------------------------------------- asterisk-cdr

def _times(r, t):
    ans = T.plus(t, r.randint(1, 30))
    dur = r.randint(3, 2400)
    return T.sql(t), T.sql(ans), T.sql(T.plus(ans, dur)), dur


# Asterisk cdr_csv rows of a Stasis (ARI) application: calls entering Stasis(app,args) with
# caller and ticket arguments, bridged to agents' PJSIP endpoints. Column order:
# asterisk/asterisk cdr/cdr_csv.c; application per apps/app_stasis.c
def ast_stasis(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _times(r, t)
    caller = T.phone_dial(r, P)
    agent = T.ext(r, P)
    tk = f"RVM-{r.randint(100000, 999999)}"
    d = {"accountcode": "", "src": [("PHONE", caller)], "dst": "s", "dcontext": "ari-inbound",
         "clid": ['"', ("PERSON_NAME", T.written_name(r, p)), '" <', ("PHONE", caller), ">"] if r.random() < 0.6 else ['"" <', ("PHONE", caller), ">"],
         "channel": [f"PJSIP/sip-bahnhof-{T.hexstr(r, 8)}"], "dstchannel": ["PJSIP/", ("PHONE", agent), f"-{T.hexstr(r, 8)}"],
         "lastapp": "Stasis", "lastdata": ["vardguiden,", ("PHONE", caller), ",", (NEGT, tk)],
         "start": st, "answer": an, "end": en, "duration": str(dur + 4), "billsec": str(dur), "disposition": "ANSWERED",
         "amaflags": "DOCUMENTATION", "uniqueid": [(NEGT, f"{T.epoch(t)}.{r.randint(1, 99999)}")],
         "userfield": [(NEGT, tk)] if r.random() < 0.5 else ""}
    T.ast_row(rec, d)


# Asterisk cdr_csv rows from a calling-card / call-shop platform (A2Billing-style AGI:
# lastapp AGI with the card number, accountcode = card number, dst international).
# Column order: asterisk cdr/cdr_csv.c; AGI invocation per A2Billing's a2billing.php dialplan.
def ast_callingcard(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _times(r, t)
    caller = T.phone(r, P, country="SE", kind="mobile", style=r.choice(["natdigits", "e164"]))
    dst = T.phone(r, P, country=r.choice(["UA", "ER", "AF", "SY", "BA", "MA", "NG"]), style="00")
    card = T.digits(r, 10)
    # A prepaid card number is an account, not a person's badge: a decoy.
    d = {"accountcode": [(NEGT, card)], "src": [("PHONE", caller)], "dst": [("PHONE", dst)], "dcontext": "a2billing",
         "clid": ['"" <', ("PHONE", caller), ">"], "channel": [f"SIP/telenor-in-{T.hexstr(r, 8)}"],
         "dstchannel": [f"SIP/voip-carrier-{T.hexstr(r, 8)}"], "lastapp": "Dial",
         "lastdata": ["SIP/", ("PHONE", dst), "@voip-carrier,60,L(", str(r.randint(60000, 3600000)), ":61000:30000)"],
         "start": st, "answer": an, "end": en, "duration": str(dur + 9), "billsec": str(dur),
         "disposition": r.choice(["ANSWERED", "NO ANSWER", "FAILED"]), "amaflags": "BILLING",
         "uniqueid": [(NEGT, f"{T.epoch(t)}.{r.randint(1, 99999)}")], "userfield": ""}
    T.ast_row(rec, d)


# Asterisk cdr_csv rows of a VICIdial outbound campaign: Local channels to the agent
# conference (8600051@default), lastapp AGI agi-VDAD_ALL_outbound.agi, lead id in userfield.
# Column order: asterisk cdr/cdr_csv.c; channel and AGI names per VICIdial's extensions.conf
# (vicidial svn trunk/docs/conf_examples/extensions.conf.sample)
def ast_vicidial(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _times(r, t)
    cust = T.phone(r, P, style="natdigits")
    callerid = f"V{t:%m%d%H%M%S}{T.digits(r, 9)}"
    d = {"accountcode": "", "src": [(NEGT, callerid)], "dst": ["9", ("PHONE", cust)], "dcontext": "default",
         "clid": ['"', (NEGT, callerid), '" <', (NEGT, "0771252525"), ">"],
         "channel": [f"Local/8600051@default-{T.hexstr(r, 8)};1"], "dstchannel": [f"SIP/operator-{T.hexstr(r, 8)}"],
         "lastapp": "AGI", "lastdata": ["agi-VDAD_ALL_outbound.agi,NORMAL-----LB-----", ("PERSON_NAME", T.written_name(r, p))],
         "start": st, "answer": an, "end": en, "duration": str(dur + 2), "billsec": str(dur),
         "disposition": r.choice(["ANSWERED", "NO ANSWER", "BUSY"]), "amaflags": "DOCUMENTATION",
         "uniqueid": [(NEGT, f"{T.epoch(t)}.{r.randint(1, 99999)}")], "userfield": ["lead_id=", (NEGT, str(r.randint(100000, 9999999)))]}
    T.ast_row(rec, d)


# ---------------------------------------------------------------- freeswitch-cdr

# FreeSWITCH mod_cdr_csv default template (conf/autoload_configs/cdr_csv.conf.xml): an SBC
# towards Teams Direct Routing, inbound with diversion, names from the carrier's CNAM.
def fs_sbc(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _times(r, t)
    caller = T.phone(r, P, style=r.choice(["e164", "digits"]))
    user_did = T.phone(r, P, country="SE", style="e164")
    nm = r.random()
    name = [("PERSON_NAME", T.written_name(r, p))] if nm < 0.5 else ([("PHONE", caller)] if nm < 0.8 else ["Anonymous"])
    d = {"caller_id_name": name, "caller_id_number": [("PHONE", caller)] if name != ["Anonymous"] else ["0000000000"],
         "destination_number": [("PHONE", user_did)], "context": "from-carrier",
         "start_stamp": st, "answer_stamp": an, "end_stamp": en, "duration": str(dur + 1), "billsec": str(dur),
         "hangup_cause": r.choice(["NORMAL_CLEARING", "USER_BUSY", "NO_USER_RESPONSE"]), "uuid": T.uuid(r), "bleg_uuid": T.uuid(r),
         "accountcode": [(NEGT, "teams-dr")], "read_codec": "PCMA", "write_codec": "PCMA"}
    T.fs_row(rec, d)


# FreeSWITCH mod_cdr_csv default template: conference rooms (mod_conference), voicemail
# (*98/ *97) and mobile extensions with badges in accountcode.
def fs_conf_vm(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _times(r, t)
    e = T.ext(r, P)
    shape = r.randrange(3)
    if shape == 0:
        dst = [(NEGT, r.choice(["3000", "3001", "3100"]))]
        acc = [("BADGE", T.badge(r, P))]
    elif shape == 1:
        dst = [(NEGT, r.choice(["*98", "*97", "voicemail"]))]
        acc = []
    else:
        dst = [("PHONE", T.ext(r, P))]
        acc = [(NEGT, f"KS{r.randint(1000, 9999)}")]
    d = {"caller_id_name": [("PERSON_NAME", T.written_name(r, p))], "caller_id_number": [("PHONE", e)],
         "destination_number": dst, "context": "rvm.intern", "start_stamp": st, "answer_stamp": an, "end_stamp": en,
         "duration": str(dur + 1), "billsec": str(dur), "hangup_cause": "NORMAL_CLEARING", "uuid": T.uuid(r), "bleg_uuid": "",
         "accountcode": acc, "read_codec": "OPUS", "write_codec": "OPUS"}
    T.fs_row(rec, d)


# ---------------------------------------------------------------- cisco-cucm-cdr

def _ip_int(ip):
    return str(int.from_bytes(bytes(int(x) for x in ip.split(".")), "little", signed=True))


# CUCM CDR rows: Single Number Reach / mobility (mobileCallingPartyNumber,
# finalMobileCalledPartyNumber, origMobileDeviceName RDP, mobileCallType) and directory URIs.
# Field names: the pack's columns (CUCM CDR Administration Guide, "Mobility" CDR examples).
def cucm_mobility(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    e = T.ext(r, P)
    mob = T.phone(r, P, country="SE", kind="mobile", style=r.choice(["e164", "natdigits"]))
    caller = T.phone(r, P, style="e164")
    ip1, ip2 = T.ipv4(r, P), T.ipv4(r, P)
    u = T.username(r, q, P, keep=False)
    d = {"cdrRecordType": "1", "globalCallID_callManagerId": "3", "globalCallID_callId": str(r.randint(10 ** 5, 10 ** 7)),
         "origLegCallIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": [(NEGT, T.epoch(t))], "origNodeId": "3",
         "origIpAddr": [("IPV4", _ip_int(ip1))], "callingPartyNumber": [("PHONE", caller)], "destIpAddr": [("IPV4", _ip_int(ip2))],
         "originalCalledPartyNumber": [("PHONE", e)], "finalCalledPartyNumber": [("PHONE", mob)],
         "finalCalledPartyUnicodeLoginUserID": [("USERNAME", u)], "lastRedirectDn": [("PHONE", e)], "pkid": T.uuid(r),
         "originalCalledPartyNumberPartition": "RVM_Internal_PT", "callingPartyNumberPartition": "RVM_PSTN_PT",
         "finalCalledPartyNumberPartition": "RVM_Mobility_PT", "lastRedirectDnPartition": "RVM_Internal_PT",
         "dateTimeConnect": [(NEGT, T.epoch(T.plus(t, 9)))], "dateTimeDisconnect": [(NEGT, T.epoch(T.plus(t, 300)))],
         "duration": str(r.randint(5, 2000)), "origDeviceName": "RVM-CUBE-01", "destDeviceName": ["RDP-", ("USERNAME", u.upper())],
         "globalCallId_ClusterID": "RVM-CL1", "origIpv4v6Addr": [("IPV4", ip1)], "destIpv4v6Addr": [("IPV4", ip2)],
         "outpulsedCalledPartyNumber": [("PHONE", mob)], "finalCalledPartyNumber_uri": [("EMAIL", T.email(r, q, P, domain=P.CORP_DOMAIN))],
         "finalMobileCalledPartyNumber": [("PHONE", mob)], "destMobileDeviceName": ["RDP-", ("USERNAME", u.upper())],
         "destMobileCallDuration": str(r.randint(5, 2000)), "mobileCallType": str(r.choice([1, 2, 4]))}
    T.cucm_row(rec, cols, d)


# CUCM CDR rows: internal calls forwarded on no answer to the Unity Connection voicemail
# pilot (lastRedirectDn the called extension, finalCalledPartyNumber the pilot, destDeviceName
# a CUC voice port) and calls to meet-me conference numbers. Field names: the pack's columns
# (CUCM CDR Administration Guide, "Forwarded or redirected calls" and "Meet-Me conference").
def cucm_vm_meetme(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    a, b = T.ext(r, P), T.ext(r, P)
    ua = T.username(r, p, P, keep=False)
    ip1, ip2 = T.ipv4(r, P), T.ipv4(r, P)
    meet = r.random() < 0.4
    pilot = r.choice(["5999", "77999"]) if not meet else r.choice(["6500", "6501"])
    d = {"cdrRecordType": "1", "globalCallID_callManagerId": "1", "globalCallID_callId": str(r.randint(10 ** 5, 10 ** 7)),
         "origLegCallIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": [(NEGT, T.epoch(t))], "origNodeId": "1",
         "origIpAddr": [("IPV4", _ip_int(ip1))], "callingPartyNumber": [("PHONE", a)], "callingPartyUnicodeLoginUserID": [("USERNAME", ua)],
         "destIpAddr": [("IPV4", _ip_int(ip2))], "originalCalledPartyNumber": [(NEGT, pilot)] if meet else [("PHONE", b)],
         "finalCalledPartyNumber": [(NEGT, pilot)], "lastRedirectDn": [] if meet else [("PHONE", b)], "pkid": T.uuid(r),
         "originalCalledPartyNumberPartition": "RVM_Internal_PT", "callingPartyNumberPartition": "RVM_Internal_PT",
         "finalCalledPartyNumberPartition": "RVM_Internal_PT", "dateTimeConnect": [(NEGT, T.epoch(T.plus(t, 12)))],
         "dateTimeDisconnect": [(NEGT, T.epoch(T.plus(t, 80)))], "duration": str(r.randint(3, 600)),
         "origDeviceName": r.choice([["SEP", ("MAC", T.mac(r, P, "BARE"))], ["TCT", ("USERNAME", ua.upper())], ["BOT", ("USERNAME", ua.upper())]]),
         "destDeviceName": [f"CFB_{r.randint(1, 4)}"] if meet else [f"CUC-VI{r.randint(1, 48)}"],
         "origCalledPartyRedirectReason": "0" if meet else "2", "lastRedirectRedirectReason": "0" if meet else "2",
         "globalCallId_ClusterID": "RVM-CL1", "origIpv4v6Addr": [("IPV4", ip1)], "destIpv4v6Addr": [("IPV4", ip2)],
         "callingPartyNumber_uri": [("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))] if r.random() < 0.4 else [],
         "calledPartyPatternUsage": "1" if meet else "2"}
    T.cucm_row(rec, cols, d)


# ---------------------------------------------------------------- additions

# Unbound resolver query log (log-queries: yes): "unbound[pid:thread] info: <client ip>
# <name>. <type> <class>" and reply lines (log-replies: yes) "info: <ip> <name>. A IN NOERROR
# 0.000123 0 <len>". Source: NLnetLabs/unbound util/log.c (log_query_in / log_reply_info)
def unbound(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    rec.text(f"{T.bsd(t)} ns1 unbound: [{r.randint(300, 60000)}:{r.randint(0, 3)}] info: ")
    ip = T.ipv4(r, P) if r.random() < 0.8 else T.ipv6(r, P, "short")
    W(rec, ("IPV6", ip) if ":" in ip else ("IPV4", ip), " ")
    shape = r.randrange(3)
    if shape == 0:
        W(rec, ("PERSON_NAME", _first(p).lower()), f"s-iphone.{P.UPN_SUFFIX}. ", r.choice(["A", "AAAA"]), " IN")
    elif shape == 1:
        W(rec, r.choice(["login.microsoftonline.com.", "www.1177.se.", "api.swish.nu.", "wpad.rvm.intern."]), " ",
          r.choice(["A", "AAAA", "HTTPS"]), " IN NOERROR 0.00", T.digits(r, 4), " 0 ", str(r.randint(40, 400)))
    else:
        W(rec, "ws-", ("USERNAME", T.username(r, p, P, keep=False)), f".{P.UPN_SUFFIX}. A IN NXDOMAIN 0.000{T.digits(r, 3)} 1 ", str(r.randint(40, 200)))


# ServiceNow sys_audit records exported as JSON (tablename, documentkey, fieldname, oldvalue,
# newvalue, user, sys_created_on, reason). Source: ServiceNow "sys_audit table" documentation,
# https://www.servicenow.com/docs/bundle/xanadu-platform-security/page/administer/time/reference/r_HistoryAndAuditTables.html
def servicenow_audit(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    field = r.choice(["mobile_phone", "email", "u_personnummer", "name", "caller_id", "short_description"])
    old_new = {"mobile_phone": lambda: (L("PHONE", T.phone(r, P, kind="mobile")), L("PHONE", T.phone(r, P, kind="mobile"))),
               "email": lambda: (L("EMAIL", T.email(r, p, P)), L("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))),
               "u_personnummer": lambda: (L("~", T.pnr(r, P, broken=True)), L("SAMORDNINGSNUMMER", T.pnr(r, P, samordning=True))
                                          if r.random() < 0.4 else L("PERSONNUMMER", T.pnr(r, P))),
               "name": lambda: (L("PERSON_NAME", T.written_name(r, p)), L("PERSON_NAME", p["full"])),
               "caller_id": lambda: ("", L("~", T.hexstr(r, 32))),
               "short_description": lambda: ("", "__SD__")}[field]()
    doc = {"sys_id": T.hexstr(r, 32), "tablename": "sys_user" if field in ("mobile_phone", "email", "u_personnummer", "name") else "incident",
           "documentkey": L("~", T.hexstr(r, 32)), "fieldname": field, "oldvalue": old_new[0], "newvalue": old_new[1],
           "user": L("USERNAME", T.username(r, q, P)), "sys_created_by": "__BY__",
           "sys_created_on": T.sql(t), "record_checkpoint": r.randint(1, 40), "reason": "", "internal_checkpoint": L("~", T.hexstr(r, 14))}
    by = doc["user"].value
    hooks = {"__BY__": lambda rc: W(rc, ("USERNAME", by)),
             "__SD__": lambda rc: W(rc, "Ring tillbaka till ", ("PERSON_NAME", p["full"]), " på ", ("PHONE", T.phone(r, P)),
                                    " ang. ", (NEGT, f"INC{r.randint(1000000, 9999999)}"))}
    jwrite(rec, doc, hooks)


# Skyhigh Security (McAfee) Web Gateway syslog in CEF, from its "Log Handler: CEF syslog" rule
# set ("CEF:0|McAfee|Web Gateway|ver|status|action|sev|rt= cat= app= dst= dhost= suser= src=
# requestMethod= request= requestClientApplication= cs1= cs1Label=..."). Source: Skyhigh Web Gateway
# product guide, "Sending access log data in CEF format" (docs.skyhighsecurity.com); the header
# (signature id = HTTP status) and rt=, app=, suser=, src=, dst=, requestMethod=, request=,
# requestClientApplication=, fileType=, in=, out= as matched by ExabeamLabs/Content-Library-CIM2
# DS/McAfee/web_gateway/Ps/pC_mcafeewgcefhttpsessiongateway.md; cat= and the cs1/cs3/cs5 labels
# are the rule set's custom choice (unconfirmed)
def skyhigh_swg(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    status = r.choice(["200", "403", "407"])
    rec.text(f"<30>{T.bsd(t)} swg-rvm-01 mwg: CEF:0|McAfee|Web Gateway|{r.choice(['12.2.14', '11.2.23'])}|{status}|{'proxy' if status != '403' else 'blocked'}|{2 if status == '200' else 5}|")
    u = r.random()
    if u < 0.5:
        suser = [f"{P.AD_DOMAIN.lower()}\\\\", ("USERNAME", T.username(r, p, P))]
    elif u < 0.8:
        suser = [("USERNAME", T.username(r, p, P) + "@" + P.UPN_SUFFIX.upper())]
    else:
        suser = [(NEGT, "UNAUTHENTICATED")]
    host = r.choice(["outlook.office365.com", "www.flashback.org", "drive.google.com", "www.1177.se"])
    req = [f"https://{host}/"]
    if r.random() < 0.35:
        req = [f"https://{host}/search?q=", ("PHONE", T.phone(r, P, style="natdigits"))]
    pairs = [("rt", f"{t:%b %d %Y %H:%M:%S}"), ("cat", r.choice(["Web Mail", "Forum/Bulletin Boards", "Health", "Online Shopping"])),
             ("app", "HTTPS"), ("dst", [("IPV4", T.ipv4(r, P))]), ("dhost", host), ("suser", suser), ("src", [("IPV4", T.ipv4(r, P))]),
             ("requestMethod", "GET"), ("request", req), ("requestClientApplication", [(NEGT, r.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)"]))]),
             ("cs3", "HTTP/1.1"), ("cs3Label", "Protocol/Version"), ("cs1", "Default"), ("cs1Label", "Policy"),
             ("cs5", "Minimal Risk"), ("cs5Label", "Reputation"), ("fileType", "text/html"), ("in", str(r.randint(100, 900000))),
             ("out", str(r.randint(100, 9000)))]
    for i, (k, v) in enumerate(pairs):
        rec.text((" " if i else "") + k + "=")
        for part in (v if isinstance(v, list) else [v]):
            if isinstance(part, tuple):
                W(rec, (part[0], part[1].replace("=", "\\=")))
            else:
                rec.text(part if k == "suser" else part.replace("=", "\\="))


CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "mobileCallingPartyNumber", "finalMobileCalledPartyNumber"]

GENERATORS = {}

TEMPLATES = [
    ("syslog", "asa-anyconnect", anyconnect),
    ("syslog", "ocserv", ocserv),
    ("syslog", "pgbouncer", pgbouncer),
    ("syslog", "389ds-access", ds389),
    ("syslog", "arubaos-authmgr", aruba_aos),
    ("syslog", "rspamd", rspamd),
    ("syslog", "vard-case-notes", vard_notes),
    ("syslog", "helpdesk-multilingual", helpdesk_multi),
    ("syslog", "unbound-queries", unbound),
    ("json", "cloudtrail", cloudtrail),
    ("json", "chime-voice-connector-cdr", chime_cdr),
    ("json", "elasticsearch-audit", es_audit),
    ("json", "sendgrid-events", sendgrid),
    ("json", "vonage-voice-events", vonage_voice),
    ("json", "snowflake-login-history", snowflake_login),
    ("json", "bitwarden-events", bitwarden),
    ("json", "payroll-export", payroll_export),
    ("json", "servicenow-sys-audit", servicenow_audit),
    ("kv-cef", "stormshield-welf", stormshield),
    ("kv-cef", "fortimail-kv", fortimail),
    ("kv-cef", "mcas-cef", mcas_cef),
    ("kv-cef", "forescout-cef", forescout),
    ("kv-cef", "skyhigh-swg-cef", skyhigh_swg),
    ("asterisk-cdr", "ari-stasis", ast_stasis),
    ("asterisk-cdr", "callingcard", ast_callingcard),
    ("asterisk-cdr", "vicidial-outbound", ast_vicidial),
    ("freeswitch-cdr", "teams-sbc-inbound", fs_sbc),
    ("freeswitch-cdr", "conference-voicemail", fs_conf_vm),
    ("cisco-cucm-cdr", "mobility-snr", cucm_mobility),
    ("cisco-cucm-cdr", "voicemail-meetme", cucm_vm_meetme),
]
