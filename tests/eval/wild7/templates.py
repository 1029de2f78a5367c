"""wild7: the tenth pair's development half (open to tuning).

Products (none of them in sealed7): PostgreSQL, Squid, PAN-OS GlobalProtect,
Cisco Meraki MR/MX, Kemp LoadMaster ESP, WireGuard, a Swedish primary-care
journal note feed, a Nordic/Somali service desk, GCP Cloud Audit Logs,
CrowdStrike Falcon Data Replicator, MySQL Enterprise Audit, Webex Calling
detailed call history, Exchange Online message trace, Cloudflare Access,
Genesys Cloud conversation details, a Norwegian/Swedish HR onboarding export,
Ivanti Connect Secure, F5 ASM, GlobalProtect CEF through the Strata log
forwarder, Authelia, Asterisk PJSIP dialplans, a FreeSWITCH IVR front end,
CUCM internal/PSTN and hunt pilots.

Labels: every IP address (also servers) is an address; every MAC is a MAC;
an extension is a PHONE; an account in a directory's own suffix is a
USERNAME, in a mail domain an EMAIL. Look-alikes (NEG_DECOY) are labelled
wherever a naive detector could take them for personal data.
"""
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


def hdr3164(rec, ctx, host, prog, pid=True):
    t = _t(ctx)
    r = ctx.rng
    if r.random() < 0.5:
        rec.text(f"<{r.choice([134, 30, 38, 86, 14])}>")
    rec.text(f"{T.bsd(t)} {host} {prog}" + (f"[{r.randint(300, 65000)}]" if pid else "") + ": ")


# ---------------------------------------------------------------- syslog

# PostgreSQL server log with log_line_prefix '%m [%p] %q%u@%d ' (the Debian default) and
# '%t [%p]: user=%u,db=%d,app=%a,client=%h '. Shape: postgresql.conf.sample's %-escapes
# (postgrespro/postgres_cluster commit 4778c33, src/backend/utils/misc/postgresql.conf.sample)
# and the message texts in https://www.ossec.net/docs/_sources/log_samples/databases/postgresql.rst.txt
def postgresql(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    ip = T.ipv4(r, P)
    acct = T.username(r, p, P)
    db = r.choice(["journal", "ehr_prod", "fakturering", "hr_core", "keycloak"])
    pid = r.randint(1000, 99999)
    if r.random() < 0.5:
        pre = [f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d} CET [{pid}] ", (("USERNAME", acct)), f"@{db} "]
    else:
        pre = [f"{t:%Y-%m-%d %H:%M:%S} CET [{pid}]: user=", ("USERNAME", acct), f",db={db},app=psql,client=", ("IPV4", ip), " "]
    if r.random() < 0.4:
        hdr3164(rec, ctx, r.choice(["pg-prod-02", "db-journal-1"]), "postgres")
    shape = r.randrange(6)
    if shape == 0:
        W(rec, f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d} CET [{pid}] [unknown]@[unknown] LOG:  connection received: host=",
          ("IPV4", ip), f" port={r.randint(30000, 65000)}")
    elif shape == 1:
        W(rec, *pre, "LOG:  connection authorized: user=", ("USERNAME", acct), f" database={db} application_name=",
          r.choice(["psql", "DBeaver 24.1.0 - Main", "pgAdmin 4 - DB:" + db]), " SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    elif shape == 2:
        W(rec, *pre, "FATAL:  password authentication failed for user \"", ("USERNAME", acct), "\"")
    elif shape == 3:
        ph = T.phone(r, P)
        pn = T.pnr(r, P)
        W(rec, *pre, "LOG:  statement: UPDATE patient SET telefon = '", ("PHONE", ph), "', namn = '",
          ("PERSON_NAME", p["full"].replace("'", "''")), "' WHERE personnr = '", ("PERSONNUMMER", pn), "'")
    elif shape == 4:
        bad = T.pnr(r, P, broken=True, style="12")
        W(rec, *pre, f"LOG:  duration: {r.randint(1, 900)}.{r.randint(100, 999)} ms  execute <unnamed>: SELECT * FROM remiss WHERE remiss_id = '",
          (NEGT, bad), "' AND created > ", (NEGT, T.epoch(t)))
    else:
        sys_ = r.choice(["postgres", "replicator", "rdsadmin"])
        W(rec, *pre[:0], f"{t:%Y-%m-%d %H:%M:%S}.{r.randint(0, 999):03d} CET [{pid}] ", (NEGT, sys_), f"@{db} ",
          "LOG:  disconnection: session time: 0:00:0", str(r.randint(1, 9)), ".", str(r.randint(100, 999)), " user=",
          (NEGT, sys_), f" database={db} host=", ("IPV4", ip), f" port={r.randint(30000, 65000)}")


# Squid native access.log: time elapsed remotehost code/status bytes method URL rfc931
# peerstatus/peerhost type. Source: https://wiki.squid-cache.org/Features/LogFormat
# (the "squid" native format) and squid's src/log/FormatSquidNative.cc.
def squid(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    ip = T.ipv4(r, P) if r.random() < 0.8 else T.ipv6(r, P)
    typ = "IPV4" if "." in ip and not ip.startswith("::") else "IPV6"
    if r.random() < 0.5:
        hdr3164(rec, ctx, "proxy-gw1", "squid")
    W(rec, f"{T.epoch(t)}.{r.randint(0, 999):03d} {r.randint(1, 90000):6d} ", (typ, ip), " ")
    code = r.choice(["TCP_TUNNEL/200", "TCP_MISS/200", "TCP_DENIED/407", "TCP_DENIED/403", "TCP_HIT/200"])
    W(rec, f"{code} {r.randint(300, 900000)} ")
    shape = r.randrange(4)
    if shape == 0:
        W(rec, f"CONNECT {r.choice(['login.microsoftonline.com', 'teams.microsoft.com', 'www.1177.se', 'api.bankid.com'])}:443 ")
    elif shape == 1:
        ph = T.phone(r, P, style="e164")
        W(rec, "GET http://intranet.vcn.local/katalog/sok?q=", ("PERSON_NAME", p["gl"]), "+", ("PERSON_NAME", p["sl"].replace(" ", "+")),
          "&tel=", ("PHONE", ph.replace("+", "%2B")), " ")
    elif shape == 2:
        W(rec, "GET http://updates.vendor.example/fw/", (NEGT, T.version(r)), "/image.bin ")
    else:
        e = T.email(r, p, P)
        W(rec, "POST https://webmail.vcn.local/owa/auth.owa?user=", ("EMAIL", e.replace("@", "%40")), " ")
    if code.startswith("TCP_DENIED/407") or r.random() < 0.25:
        rec.text("- ")
    else:
        form = r.random()
        if form < 0.4:
            W(rec, ("USERNAME", T.username(r, p, P)), " ")
        elif form < 0.7:
            W(rec, ("USERNAME", f"{T.username(r, p, P)}@{P.UPN_SUFFIX.upper()}"), " ")
        else:
            W(rec, ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)), " ")
    W(rec, "HIER_DIRECT/", ("IPV4", T.ipv4(r, P)), " ", r.choice(["-", "text/html", "application/json", "application/octet-stream"]))


# PAN-OS GlobalProtect log in syslog CSV (PAN-OS 10.1+ field order: FUTURE_USE, Receive
# Time, Serial, Type, Subtype, FUTURE_USE, Generated Time, vsys, Event ID, Stage, Auth
# Method, Tunnel Type, Source User, Source Region, Machine Name, Public IP, Public IPv6,
# Private IP, Private IPv6, Host ID, Serial Number, Client Version, Client OS, Client OS
# Version, Repeat Count, Reason, Error, Description, Status, Location, Login Duration,
# Connect Method, Error Code, Portal, ...). Source:
# https://docs.paloaltonetworks.com/pan-os/11-0/pan-os-admin/monitoring/use-syslog-for-monitoring/syslog-field-descriptions/globalprotect-log-fields
def globalprotect(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    serial = "0" + T.digits(r, 11)
    ts = f"{t:%Y/%m/%d %H:%M:%S}"
    rec.text(f"<14>{T.bsd(t)} pa-fw-sthlm 1,")
    W(rec, f"{ts},", (NEGT, serial), f",GLOBALPROTECT,0,2561,{ts},vsys1,")
    ev = r.choice(["portal-auth", "gateway-auth", "gateway-connected", "gateway-logout", "gateway-hip-report"])
    user = T.username(r, p, P)
    form = r.random()
    W(rec, f"{ev},{r.choice(['login', 'connected', 'logout'])},{r.choice(['LDAP', 'SAML', 'RADIUS', 'Client certificate'])},ipsec,")
    if form < 0.5:
        W(rec, f"{P.AD_DOMAIN.lower()}\\", ("USERNAME", user))
    elif form < 0.8:
        W(rec, ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)))
    else:
        W(rec, ("USERNAME", user))
    W(rec, f",{r.choice(['SE', 'NO', 'FI', 'TR', 'ES'])},")
    if r.random() < 0.5:
        W(rec, "LT-", ("PERSON_NAME", p["gl"].split(" ")[0].split("-")[0].upper()), f"-{r.randint(1, 99):02d}")
    else:
        W(rec, f"VCN-{T.digits(r, 6)}")
    W(rec, ",", ("IPV4", T.ipv4(r, P)), ",", ("IPV6", T.ipv6(r, P, "short")) if r.random() < 0.3 else "", ",",
      ("IPV4", T.ipv4(r, P)), ",,")
    W(rec, (NEGT, T.uuid(r)), ",", (NEGT, T.hexstr(r, 10).upper()), f",{r.choice(['6.2.4-27', '6.3.0-33'])},Microsoft Windows,")
    W(rec, f"\"Microsoft Windows 11 Enterprise , 64-bit\",1,,,,success,Stockholm,{r.randint(0, 86400)},user-logon,0,gp-portal,")
    W(rec, (NEGT, str(r.randint(10 ** 9, 10 ** 10))), ",0x0,", f"{t:%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999):03d}+01:00", ",,,,,,0,0,0,0,,pa-fw-sthlm,1,,")


# Cisco Meraki syslog (MR wireless and MX security appliance): "<epoch.nanos> <device>
# events type=... key='value'" and "urls"/"flows" lines. Sources:
# https://documentation.meraki.com/General_Administration/Monitoring_and_Reporting/Syslog_Event_Types_and_Log_Samples
# and the content_filtering_block sample (client_mac='..') found with the code search.
def meraki(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    dev = r.choice(["MR46_Plan3", "MR36-Mottagning", "MX85_Sundsvall", "MR57-Lager"])
    rec.text(f"<134>1 {T.epoch(t)}.{T.digits(r, 9)} {dev} ")
    cmac = T.mac(r, P, ":")
    shape = r.randrange(5)
    if shape == 0:
        W(rec, "events type=8021x_eap_success radio='1' vap='2' client_mac='", ("MAC", cmac.upper()),
          "' client_ip='", ("IPV4", T.ipv4(r, P)), "' identity='")
        if r.random() < 0.5:
            W(rec, ("USERNAME", f"{T.username(r, p, P)}@{P.UPN_SUFFIX}"))
        else:
            W(rec, ("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)))
        W(rec, "' aid='", (NEGT, str(r.randint(10 ** 8, 2 * 10 ** 9))), "'")
    elif shape == 1:
        W(rec, f"events type=association radio='0' vap='1' channel='{r.choice([1, 6, 11, 36, 44, 149])}' rssi='{r.randint(10, 60)}' aid='",
          (NEGT, str(r.randint(10 ** 8, 2 * 10 ** 9))), "'")
    elif shape == 2:
        W(rec, "events content_filtering_block url='https://", r.choice(["dns.google/", "www.unibet.se/", "bit.ly/"]),
          "' category0='", r.choice(["Proxy Avoidance and Anonymizers", "Gambling", "Malware Sites"]), "' server='",
          ("IPV4", T.ipv4(r, P)), ":443' client_mac='", ("MAC", cmac.upper()), "'")
    elif shape == 3:
        W(rec, "urls src=", ("IPV4", T.ipv4(r, P)), f":{r.randint(30000, 65000)} dst=", ("IPV4", T.ipv4(r, P)), ":443 mac=",
          ("MAC", cmac.upper()), " request: GET https://portal.vcn.local/user/", ("USERNAME", T.username(r, p, P)), "/inbox")
    else:
        W(rec, "events type=splash_auth ip='", ("IPV4", T.ipv4(r, P)), " [", ("MAC", cmac), "]' duration='3600' vap='3' download='5242880bps' upload='5242880bps' username='")
        if r.random() < 0.5:
            W(rec, ("PHONE", T.phone(r, P, kind="mobile", style="e164")))
        else:
            W(rec, ("EMAIL", T.email(r, p, P)))
        W(rec, "'")


# Kemp LoadMaster ESP user log: "VSIP:Port" ("RSIP:Port") User "USERNAME" requested "METHOD"
# "URI" and "VSIP:Port": User "USERNAME" logged on from "HOST". Source:
# https://docs.progress.com/bundle/loadmaster-technical-note-esp-logs-ltsf/page/User-Logs.html
def kemp_esp(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    hdr3164(rec, ctx, "lm-dmz-01", "ssomgr", pid=False)
    vs = T.ipv4(r, P)
    acct = r.random()
    if acct < 0.45:
        ulab = [f"{P.AD_DOMAIN}\\", ("USERNAME", T.username(r, p, P))]
    elif acct < 0.8:
        ulab = [("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))]
    else:
        ulab = [("USERNAME", T.username(r, p, P) + "@" + P.UPN_SUFFIX)]
    shape = r.randrange(4)
    if shape == 0:
        W(rec, "", ("IPV4", vs), ":443 (", ("IPV4", T.ipv4(r, P)), ":443) User ", *ulab, " requested GET https://mail.",
          P.CORP_DOMAIN, "/owa/?ae=Item&t=IPM.Note&id=", (NEGT, T.alnum(r, 24)))
    elif shape == 1:
        W(rec, "", ("IPV4", vs), ":443: User ", *ulab, " logged on from ", ("IPV4", T.ipv4(r, P)))
    elif shape == 2:
        W(rec, "", ("IPV4", vs), ":443: User ", *ulab, " denied access from ", ("IPV4", T.ipv4(r, P)))
    else:
        W(rec, "", ("IPV4", vs), ":443: User ", *ulab, " logged off")


# WireGuard kernel module debug messages (dyndbg) and wg-quick: "wireguard: wg0: Receiving
# handshake initiation from peer N (addr:port)", "Sending keepalive packet to peer N",
# "Invalid handshake initiation from addr". Source: torvalds/linux
# drivers/net/wireguard/receive.c and send.c (net_dbg_ratelimited format strings).
def wireguard(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    t = _t(ctx)
    rec.text(f"{T.bsd(t)} wg-edge-1 kernel: [{r.randint(1000, 999999)}.{T.digits(r, 6)}] ")
    peer = str(r.randint(1, 400))
    ip = T.ipv4(r, P) if r.random() < 0.8 else None
    addr = [("IPV4", ip), f":{r.randint(1024, 65535)}"] if ip else ["[", ("IPV6", T.ipv6(r, P, "short")), f"]:{r.randint(1024, 65535)}"]
    shape = r.randrange(5)
    if shape == 0:
        W(rec, f"wireguard: wg0: Receiving handshake initiation from peer {peer} (", *addr, ")")
    elif shape == 1:
        W(rec, f"wireguard: wg0: Sending handshake response to peer {peer} (", *addr, ")")
    elif shape == 2:
        W(rec, "wireguard: wg0: Invalid handshake initiation from ", *addr)
    elif shape == 3:
        W(rec, f"wireguard: wg0: Keypair {r.randint(1, 9999)} created for peer {peer}")
    else:
        W(rec, f"wireguard: wg0: Receiving keepalive packet from peer {peer} (", *addr, ")")


# A primary-care centre's journal-access feed (Swedish, Finnish and Arabic free text from
# the journal system's audit exporter). in-house format
def journal_note(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    hdr3164(rec, ctx, "vc-norr-app3", "journalaudit")
    staff = T.username(r, q, P)
    W(rec, "user=", ("USERNAME", staff), " ")
    shape = r.randrange(6)
    pn = T.pnr(r, P)
    if shape == 5:
        W(rec, "msg=\"Surfplatta för hembesök, IMEI ", ("IMEI", T.imei(r, P, style=r.choice(["plain", "tac"]))), " med SIM-kort IMSI ",
          ("IMSI", T.imsi(r, P)), " kvitterad av ", ("PERSON_NAME", q["full"]), ". Serienr ", (NEGT, T.hexstr(r, 10).upper()), "\"")
    elif shape == 0:
        W(rec, "msg=\"Journal öppnad för ", ("PERSON_NAME", T.written_name(r, p)), " (", ("PERSONNUMMER", pn),
          ") av ", ("PERSON_NAME", q["full"]), ". Vårdrelation: ", r.choice(["Distriktsläkare", "Sjuksköterska", "Kurator"]), "\"")
    elif shape == 1:
        sn = T.pnr(r, P, samordning=True)
        W(rec, "msg=\"Återbud via SMS från ", ("PHONE", T.phone(r, P, kind="mobile")), ". Patient ", ("SAMORDNINGSNUMMER", sn),
          " hänvisad till ", (NEGT, r.choice(["1177", "112", "116 117"])), " vid försämring.\"")
    elif shape == 2:
        bad = T.pnr(r, P, broken=True)
        W(rec, "msg=\"Sökning på personnummer ", (NEGT, bad), " gav ingen träff (kontrollsiffra fel). Ärende ",
          (NEGT, f"VC-{r.randint(2025, 2026)}-{r.randint(10000, 99999)}"), "\"")
    elif shape == 3:
        W(rec, "msg=\"Potilas ", ("PERSON_NAME", p["full"]), " soitti numerosta ", ("PHONE", T.phone(r, P, country="FI")),
          ", tulkki tilattu. Henkilötunnus ruotsalainen: ", ("PERSONNUMMER", pn), "\"")
    else:
        W(rec, "msg=\"تم الاتصال بالمريض ", ("PERSON_NAME", p["full"]), " على الرقم ", ("PHONE", T.phone(r, P)),
          " بخصوص موعد يوم ", (NEGT, r.choice(["Måndag", "Tisdag", "Onsdag"])), "\"")


# A municipal service desk's ticket notes in Norwegian, Danish, Somali and Turkish, from the
# desk's syslog exporter. in-house format
def servicedesk(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    rec.text(f"<{r.choice([14, 13])}>1 {T.iso(t)} sd-kommun sdesk - - [ticket@32473 id=\"")
    W(rec, (NEGT, f"INC{r.randint(100000, 999999)}"), "\" agent=\"", ("USERNAME", T.username(r, q, P)), "\"] ")
    shape = r.randrange(5)
    if shape == 0:
        W(rec, "Bruker ", ("PERSON_NAME", p["full"]), " ringte fra ", ("PHONE", T.phone(r, P, country="NO")),
          ", får ikke logget inn med BankID. Sendt til 2. linje, ref ", (NEGT, f"CHG{r.randint(10000, 99999)}"))
    elif shape == 1:
        W(rec, "Borger ", ("PERSON_NAME", T.written_name(r, p)), " (e-mail ", ("EMAIL", T.email(r, p, P)), ") mangler adgang til ",
          (NEGT, r.choice(["Borger.dk", "NemID", "Aula"])), ". Tlf. ", ("PHONE", T.phone(r, P, country="DK")))
    elif shape == 2:
        W(rec, "Macmiil ", ("PERSON_NAME", p["full"]), " wuxuu ka soo wacay ", ("PHONE", T.phone(r, P, country="SO")),
          "; wuxuu rabaa turjubaan. Lambarka degdegga ", (NEGT, "112"), " lama isticmaalin.")
    elif shape == 3:
        W(rec, "Kullanıcı ", ("PERSON_NAME", p["full"]), " şifresini unuttu, SMS ", ("PHONE", T.phone(r, P, country="TR")),
          " numarasına gönderildi. Kullanıcı adı: ", ("USERNAME", T.username(r, p, P)))
    else:
        W(rec, "Telefon ", ("IMEI", T.imei(r, P)), " tilldelad ", ("PERSON_NAME", p["full"]), ", SIM ",
          (NEGT, "8946" + T.digits(r, 15)), " (ICCID), IMSI ", ("IMSI", T.imsi(r, P)), ". Gammal enhet ",
          (NEGT, T.imei(r, P, broken=True)), " skrotad.")


# ---------------------------------------------------------------- json

# Google Cloud audit log entry (LogEntry with protoPayload AuditLog:
# authenticationInfo.principalEmail, requestMetadata.callerIp/callerSuppliedUserAgent,
# serviceName, methodName, resourceName). Source:
# https://cloud.google.com/logging/docs/reference/audit/auditlog/rest/Shared.Types/AuditLog
SVC = ["cloudresourcemanager.googleapis.com", "storage.googleapis.com", "cloudsql.googleapis.com", "compute.googleapis.com"]


def gcp_audit(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    proj = r.choice(["vcn-journal-prod", "kommun-data-442117", "hr-analytics-dev"])
    shape = r.randrange(4)
    email = T.email(r, p, P, domain=P.CORP_DOMAIN)
    sa = f"{r.choice(['terraform', 'etl-runner', 'backup'])}@{proj}.iam.gserviceaccount.com"
    if shape == 0:
        method, res = "SetIamPolicy", f"projects/{proj}"
        req = {"@type": "type.googleapis.com/google.iam.v1.SetIamPolicyRequest", "resource": proj,
               "policy": {"bindings": [{"role": "roles/viewer", "members": ["__MEMBER__"]}]}}
        principal = L("EMAIL", email)
    elif shape == 1:
        method, res = "storage.objects.get", f"projects/_/buckets/{proj}-exports/objects/lonelista_{t:%Y%m}.csv"
        req = None
        principal = L("~", sa)
    elif shape == 2:
        method, res = "google.cloud.sql.v1.SqlUsersService.Insert", f"projects/{proj}/instances/pg-main/users/" + "U"
        u = T.username(r, q, P)
        res = [f"projects/{proj}/instances/pg-main/users/", u]
        req = {"@type": "type.googleapis.com/google.cloud.sql.v1.SqlUsersInsertRequest", "body": {"name": L("USERNAME", u), "host": "%"}}
        principal = L("EMAIL", email)
    else:
        method, res = "v1.compute.instances.setMetadata", f"projects/{proj}/zones/europe-north1-a/instances/bastion-1"
        u = T.username(r, p, P, keep=False)
        req = {"@type": "type.googleapis.com/compute.instances.setMetadata",
               "metadata": {"items": [{"key": "ssh-keys", "value": "X"}]}}
        req["metadata"]["items"][0]["value"] = [u]
        principal = L("EMAIL", email)
    ip = T.ipv4(r, P) if r.random() < 0.8 else T.ipv6(r, P, "short")
    payload = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
               "authenticationInfo": {"principalEmail": principal},
               "requestMetadata": {"callerIp": L("IPV4" if "." in ip and "::" not in ip else "IPV6", ip),
                                   "callerSuppliedUserAgent": L("~", r.choice(["google-cloud-sdk gcloud/482.0.0 command/gcloud.sql.users.create", "Terraform/1.9.5 (+https://www.terraform.io) terraform-provider-google/6.2.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64),gzip(gfe)"]))},
               "serviceName": SVC[shape],
               "methodName": method, "resourceName": "__RES__"}
    if req:
        payload["request"] = req
    doc = {"insertId": T.alnum(r, 12).lower(), "logName": f"projects/{proj}/logs/cloudaudit.googleapis.com%2Factivity",
           "protoPayload": payload, "receiveTimestamp": T.iso(T.plus(t, 1)), "resource": {"type": "gce_instance", "labels": {"project_id": proj}},
           "severity": "NOTICE", "timestamp": T.iso(t)}
    _jdump_special(rec, doc, res, [T.email(r, q, P, domain=P.CORP_DOMAIN)])


def _jdump_special(rec, doc, res, res_member=None):
    """jdump with the resourceName written from parts (plain text and a labelled
    account) and lists standing for a string built of parts."""
    import json as _j

    def w(o):
        if isinstance(o, dict):
            rec.text("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    rec.text(", ")
                rec.text(_j.dumps(k) + ": ")
                if v == "__RES__":
                    parts = res if isinstance(res, list) else [res]
                    rec.text('"' + parts[0])
                    if len(parts) > 1:
                        rec.label("USERNAME", parts[1])
                    rec.text('"')
                elif isinstance(v, list) and v == ["__MEMBER__"]:
                    rec.text('["user:')
                    rec.label("EMAIL", res_member[0])
                    rec.text('"]')
                elif k == "value" and isinstance(v, list):
                    rec.text('"')
                    rec.label("USERNAME", v[0])
                    rec.text(":ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "Q" * 8 + " ")
                    rec.label("USERNAME", v[0])
                    rec.text('"')
                else:
                    w(v)
            rec.text("}")
        elif isinstance(o, list):
            rec.text("[")
            for i, v in enumerate(o):
                if i:
                    rec.text(", ")
                w(v)
            rec.text("]")
        else:
            T.jdump(rec, o)
    w(doc)


# CrowdStrike Falcon Data Replicator events (one JSON object per event: event_simpleName,
# UserName, UserSid, LogonType, aip, ComputerName, RemoteAddressIP4, ...). Source:
# CrowdStrike FDR data dictionary field names as used by
# https://github.com/elastic/integrations/tree/main/packages/crowdstrike (fdr data stream);
# UserLogon's aip, UserName, UserSid, LogonType, LogonDomain and UserPrincipal as matched by
# ExabeamLabs/Content-Doc DataSources/CrowdStrike/Falcon/Parsers/parserContent_crowdstrike-logon.md
def crowdstrike_fdr(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    host = ["VCN-", ("PERSON_NAME", p["gl"].split(" ")[0].split("-")[0].upper()), "-LT"] if r.random() < 0.4 else [f"VCN-WS{r.randint(1000, 9999)}"]
    shape = r.randrange(3)
    doc = {"event_simpleName": ["UserLogon", "UserLogonFailed2", "NetworkConnectIP4"][shape],
           "timestamp": T.epoch(t, ms=True), "aid": T.hexstr(r, 32), "cid": T.hexstr(r, 32),
           "aip": L("IPV4", T.ipv4(r, P)), "event_platform": "Win", "ContextTimeStamp": f"{T.epoch(t)}.{r.randint(100, 999)}",
           "ComputerName": "__HOST__"}
    if shape in (0, 1):
        doc.update({"UserName": L("USERNAME", T.username(r, p, P)), "UserSid": L("~", f"S-1-5-21-{r.randint(10**9, 4*10**9)}-{r.randint(10**9, 4*10**9)}-{r.randint(10**8, 10**9)}-{r.randint(1000, 99999)}"),
                    "LogonType": str(r.choice([2, 3, 10, 11])), "LogonDomain": P.AD_DOMAIN, "RemoteAddressIP4": L("IPV4", T.ipv4(r, P)),
                    "UserPrincipal": L("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))})
        if shape == 1:
            doc["SubStatus"] = "3221225572"
    else:
        doc.update({"LocalAddressIP4": L("IPV4", T.ipv4(r, P)), "LocalPort": str(r.randint(40000, 65000)),
                    "RemoteAddressIP4": L("IPV4", T.ipv4(r, P)), "RemotePort": "443", "Protocol": "6",
                    "ContextProcessId": L("~", str(r.randint(10 ** 11, 10 ** 13)))})
    import json as _j
    rec.text("{")
    for i, (k, v) in enumerate(doc.items()):
        if i:
            rec.text(",")
        rec.text(_j.dumps(k) + ":")
        if v == "__HOST__":
            rec.text('"')
            W(rec, *host)
            rec.text('"')
        else:
            T.jdump(rec, v)
    rec.text("}")


# MySQL Enterprise Audit in JSON format (audit_log_format=JSON): timestamp, id, class, event,
# connection_id, account{user,host}, login{user,os,ip,proxy}, connection_data / general_data.
# Source: https://dev.mysql.com/blog-archive/audit-logs-json-format-logging/ and
# https://docs.oracle.com/cd/E17952_01/mysql-9.6-en/audit-log-component-file-formats.html
def mysql_audit(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P, keep=False) if r.random() < 0.75 else None
    ip = T.ipv4(r, P)
    who = L("USERNAME", u) if u else L("~", r.choice(["root", "svc_backup", "replicator"]))
    who2 = L(who.typ if who.typ != T.NEG else "~", who.value)
    shape = r.randrange(3)
    doc = {"timestamp": T.sql(t), "id": r.randint(0, 9), "class": ["connection", "general", "table_access"][shape],
           "event": ["connect", "status", "read"][shape], "connection_id": r.randint(10, 99999),
           "account": {"user": who, "host": L("IPV4", ip)},
           "login": {"user": who2, "os": "", "ip": L("IPV4", ip), "proxy": ""}}
    if shape == 0:
        doc["connection_data"] = {"connection_type": r.choice(["ssl", "tcp/ip"]), "status": r.choice([0, 0, 1045]), "db": "kundregister"}
    elif shape == 1:
        ph = T.phone(r, P)
        doc["general_data"] = {"command": "Query", "sql_command": "update",
                               "query": "__Q__", "status": 0}
        rec_q = ph
    else:
        doc["table_access_data"] = {"db": "kundregister", "table": "kund", "query": "__Q2__", "sql_command": "select"}
    import json as _j

    def w(o):
        if isinstance(o, dict):
            rec.text("{ ")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    rec.text(", ")
                rec.text(_j.dumps(k) + ": ")
                if v == "__Q__":
                    W(rec, '"UPDATE kund SET mobil=\'', ("PHONE", rec_q), "', epost='", ("EMAIL", T.email(r, p, P)), "' WHERE kundnr=",
                      (NEGT, str(r.randint(100000, 999999))), '"')
                elif v == "__Q2__":
                    W(rec, '"SELECT * FROM kund WHERE orgnr=\'', ("ORGNR", T.orgnr(r, P)), "' OR orgnr='", (NEGT, T.orgnr(r, P, broken=True)), "'\"")
                else:
                    w(v)
            rec.text(" }")
        else:
            T.jdump(rec, o)
    w(doc)


# Webex Calling Detailed Call History (CDR feed API item; keys with spaces such as "Calling
# number", "Called number", "Calling line ID", "Device MAC", "User", "Dialed digits").
# Source: https://developer.webex.com/docs/api/v1/reports-detailed-call-history/get-detailed-call-history
# and the example in api-evangelist/webex examples/webex-getdetailedcallhistory-example.json
def webex_cdr(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    direction = r.choice(["ORIGINATING", "TERMINATING"])
    my_ext = T.ext(r, P)
    ext_num = T.phone(r, P, style="e164")
    shape = r.randrange(3)
    doc = {"Answer indicator": "Yes", "Answer time": T.iso(T.plus(t, 6)), "Answered": "true",
           "Call ID": "__CALLID__",
           "Call outcome": "Success", "Call type": r.choice(["SIP_NATIONAL", "SIP_INTERNATIONAL", "SIP_ENTERPRISE", "SIP_EMERGENCY"]),
           "Client type": r.choice(["SIP", "WXC_CLIENT", "TEAMS_WXC_CLIENT"]), "Client version": L("~", r.choice(["44.8.0.30404", "43.10.0.29102"])),
           "Correlation ID": T.uuid(r), "Device MAC": L("MAC", T.mac(r, P, "BARE")), "Direction": direction,
           "Duration": r.randint(4, 3000), "Location": r.choice(["Sundsvall", "Tromsø HQ", "Oulu"]),
           "Start time": T.iso(t), "User": L("PERSON_NAME", q["full"]), "User type": "User",
           "User UUID": T.uuid(r)}
    if shape == 0:
        doc.update({"Calling number": L("PHONE", my_ext if direction == "ORIGINATING" else ext_num),
                    "Called number": L("PHONE", ext_num if direction == "ORIGINATING" else my_ext),
                    "Calling line ID": L("PERSON_NAME", q["full"]) if direction == "ORIGINATING" else L("PERSON_NAME", T.written_name(r, p)),
                    "Dialed digits": L("PHONE", ext_num.replace("+", "00")) if direction == "ORIGINATING" else ""})
    elif shape == 1:
        sv = r.choice(["112", "1177", "113", "116117"])
        doc.update({"Direction": "ORIGINATING", "Calling number": L("PHONE", my_ext), "Called number": L("~", sv), "Dialed digits": L("~", sv),
                    "Call type": "SIP_EMERGENCY" if sv in ("112", "113") else "SIP_NATIONAL",
                    "Calling line ID": L("PERSON_NAME", q["full"])})
    else:
        hg = f"+4660{T.digits(r, 6)}"
        doc.update({"Direction": "TERMINATING", "Calling number": L("PHONE", ext_num), "Called number": L("~", hg),
                    "Redirecting number": L("~", hg), "Redirect reason": "HuntGroup",
                    "Related reason": "CallQueue", "Calling line ID": L("PERSON_NAME", T.written_name(r, p)),
                    "Department ID": T.uuid(r)})
    # the Call ID is "SSE<digits>@<SBC address>": the address is labelled as every address is
    sse, sbc = f"SSE{T.digits(r, 26)}", r.choice(["10.177.4.29", "10.177.5.13", "10.180.2.77"])
    import json as _j
    rec.text("{")
    for i, (k, v) in enumerate(doc.items()):
        if i:
            rec.text(", ")
        rec.text(_j.dumps(k) + ": ")
        if v == "__CALLID__":
            W(rec, '"', (NEGT, sse), "@", ("IPV4", sbc), '"')
        else:
            T.jdump(rec, v)
    rec.text("}")


# Exchange Online message trace (Get-MessageTrace / Reporting web service MessageTrace rows
# as JSON: Organization, MessageId, Received, SenderAddress, RecipientAddress, Subject, Status,
# ToIP, FromIP, Size, MessageTraceId). Source:
# https://learn.microsoft.com/en-us/powershell/module/exchange/get-messagetrace
def m365_trace(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    inbound = r.random() < 0.5
    s = L("EMAIL", T.email(r, p, P)) if inbound else L("EMAIL", T.email(r, q, P, domain=P.CORP_DOMAIN))
    rc = L("EMAIL", T.email(r, q, P, domain=P.CORP_DOMAIN)) if inbound else L("EMAIL", T.email(r, p, P))
    if r.random() < 0.2:
        s = L("~", r.choice(["noreply@1177.se", "postmaster@vardcentral-norr.se", "no-reply@sharepointonline.com"]))
    subj = r.choice(["Faktura {n}", "Tidsbokning bekräftad", "Re: Remiss {n}", "Kallelse"]).format(n=r.randint(10000, 99999))
    doc = {"Organization": "vcnorr.onmicrosoft.com", "MessageId": f"<{T.hexstr(r, 16)}@{T.alnum(r, 6)}.prod.outlook.com>",
           "Received": f"{t:%Y-%m-%dT%H:%M:%S}.{r.randint(1000000, 9999999)}", "SenderAddress": s, "RecipientAddress": rc,
           "Subject": subj, "Status": r.choice(["Delivered", "FilteredAsSpam", "Failed", "Quarantined"]),
           "ToIP": L("IPV4", T.ipv4(r, P)) if not inbound else None, "FromIP": L("IPV4", T.ipv4(r, P)),
           "Size": r.randint(2000, 8000000), "MessageTraceId": T.uuid(r), "StartDate": T.iso(T.plus(t, -86400), False),
           "EndDate": T.iso(t, False), "Index": r.randint(0, 999)}
    if r.random() < 0.35:
        doc["Subject"] = "__SUBJ__"
        import json as _j
        rec.text("{")
        for i, (k, v) in enumerate(doc.items()):
            if i:
                rec.text(",")
            rec.text(_j.dumps(k) + ":")
            if v == "__SUBJ__":
                W(rec, '"Samtal från ', ("PHONE", T.phone(r, P)), " (", ("PERSON_NAME", T.written_name(r, p)), ') - röstmeddelande"')
            else:
                T.jdump(rec, v)
        rec.text("}")
    else:
        T.compact(rec, doc)


# Cloudflare Access authentication logs (Logpush dataset access_requests: Action, Allowed,
# AppDomain, AppUUID, Connection, Country, CreatedAt, Email, IPAddress, PurposeJustification
# Prompt/Response, RayID, TemporaryAccessApprovers, UserUID). Source:
# https://developers.cloudflare.com/logs/reference/log-fields/account/access_requests/
def cf_access(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    ip = T.ipv4(r, P) if r.random() < 0.7 else T.ipv6(r, P)
    doc = {"Action": r.choice(["login", "logout", "sso"]), "Allowed": r.random() < 0.8,
           "AppDomain": r.choice(["journal.vcn-access.se", "grafana.vcn-access.se", "ssh.vcn-access.se"]),
           "AppUUID": T.uuid(r), "Connection": r.choice(["azureAD", "onetimepin", "github"]),
           "Country": r.choice(["se", "no", "tr", "so"]), "CreatedAt": T.iso(t),
           "Email": L("EMAIL", T.email(r, p, P)), "IPAddress": L("IPV6" if ":" in ip else "IPV4", ip),
           "PurposeJustificationPrompt": "", "PurposeJustificationResponse": "",
           "RayID": L("~", T.hexstr(r, 16)), "TemporaryAccessApprovers": [], "TemporaryAccessDuration": 0,
           "UserUID": T.uuid(r)}
    if r.random() < 0.3:
        doc["PurposeJustificationResponse"] = "__J__"
        doc["TemporaryAccessApprovers"] = [L("EMAIL", T.email(r, q, P, domain=P.CORP_DOMAIN))]
    import json as _j
    rec.text("{")
    for i, (k, v) in enumerate(doc.items()):
        if i:
            rec.text(",")
        rec.text(_j.dumps(k) + ":")
        if v == "__J__":
            W(rec, '"Felsökning åt ', ("PERSON_NAME", q["full"]), ", ärende ", (NEGT, f"INC{r.randint(100000, 999999)}"), '"')
        else:
            T.jdump(rec, v, sep=(",", ":"))
    rec.text("}")


# Genesys Cloud analytics conversation detail record (conversationId, participants[] with
# purpose customer/agent/acd, sessions[] with ani "tel:+..", dnis, mediaType, addressFrom/To,
# userId, participantName). Source:
# https://developer.genesys.cloud/analyticsdatamanagement/analytics/detail/conversation-query
def genesys(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    cust = T.phone(r, P, style="e164")
    queue_no = f"+46{r.choice(['60', '90'])}{T.digits(r, 6)}"
    agent_sip = f"{T.username(r, q, P, keep=False)}@vcnorr.orgspan.com"
    doc = {"conversationId": T.uuid(r), "conversationStart": T.iso(t), "originatingDirection": "inbound",
           "divisionIds": [T.uuid(r)], "participants": [
               {"participantId": T.uuid(r), "participantName": L("PERSON_NAME", T.written_name(r, p)) if r.random() < 0.6 else L("PHONE", cust),
                "purpose": "customer", "sessions": [{"mediaType": "voice", "ani": L("PHONE", cust, prefix="tel:"),
                                                     "dnis": L("~", queue_no, prefix="tel:"), "direction": "inbound",
                                                     "sessionDnis": L("~", queue_no, prefix="tel:")}]},
               {"participantId": T.uuid(r), "participantName": "Vårdcentral Norr Rådgivning", "purpose": "acd",
                "sessions": [{"mediaType": "voice", "ani": L("PHONE", cust, prefix="tel:"), "dnis": L("~", queue_no, prefix="tel:")}]},
               {"participantId": T.uuid(r), "participantName": L("PERSON_NAME", q["full"]), "purpose": "agent", "userId": T.uuid(r),
                "sessions": [{"mediaType": "voice", "addressOther": L("PHONE", cust, prefix="tel:"),
                              "addressSelf": "__AG__"}]}]}
    import json as _j

    def w(o):
        if isinstance(o, dict):
            rec.text("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    rec.text(",")
                rec.text(_j.dumps(k) + ":")
                if v == "__AG__":
                    W(rec, '"sip:', ("EMAIL", agent_sip), '"')
                else:
                    w(v)
            rec.text("}")
        elif isinstance(o, list):
            rec.text("[")
            for i, v in enumerate(o):
                if i:
                    rec.text(",")
                w(v)
            rec.text("]")
        else:
            T.jdump(rec, o)
    w(doc)


# An HR onboarding export (Norwegian and Swedish employees of one group): JSON Lines from
# the HR system's integration. in-house format
def hr_onboarding(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    doc = {"hendelse": r.choice(["ansatt.opprettet", "anställd.ändrad", "ansatt.sluttet"]), "tid": T.iso(t),
           "ansattnr": L("~", str(r.randint(10000, 99999))),
           "navn": {"fornavn": L("PERSON_NAME", p["given"]), "etternavn": L("PERSON_NAME", p["surname"])},
           "personnummer": L("PERSONNUMMER", T.pnr(r, P)) if r.random() < 0.7 else L("SAMORDNINGSNUMMER", T.pnr(r, P, samordning=True)),
           "mobil": L("PHONE", T.phone(r, P, country=r.choice(["SE", "NO"]), kind="mobile")),
           "epost": L("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN)),
           "brukernavn": L("USERNAME", T.username(r, p, P)),
           "leder": {"navn": L("PERSON_NAME", q["full"]), "ansattnr": L("~", str(r.randint(10000, 99999)))},
           "arbeidsgiver": {"navn": "Byggbolaget Umeå AB", "orgnr": L("ORGNR", T.orgnr(r, P)) if r.random() < 0.8 else L("~", T.orgnr(r, P, broken=True))},
           "kostnadssted": L("~", f"{r.randint(1000, 9999)}-{r.randint(100, 999)}"),
           "adgangskort": L("BADGE", T.badge(r, P)) if r.random() < 0.6 else None,
           "sentralbord": L("~", r.choice(["+46 90-15 40 00", "0771-567 567", "+47 815 00 100"]))}
    T.jdump(rec, doc, ascii_=r.random() < 0.3)


# ---------------------------------------------------------------- kv-cef

# Ivanti (Pulse) Connect Secure syslog in WELF: "id=firewall time=".." pri=6 fw=IP vpn=ive
# user=.. realm=".." roles=".." proto= src=IP dst= dstname= type=vpn op= arg="" result= sent=
# rcvd= agent="" duration= msg="AUTxxxxx: ..."". Source: ExabeamLabs/Content-Library-CIM2
# DS/Ivanti/ivanti_pulse_secure/Ps/pC_juniperpskvvpnloginsuccessfirewall2.md (parser of these lines)
def ivanti_ics(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    src = T.ipv4(r, P)
    realm = r.choice(["Users", "AD-Users", "Contractors"])
    W(rec, f"PulseSecure: id=firewall time=\"{T.sql(t)}\" pri=6 fw=", ("IPV4", T.ipv4(r, P)), " vpn=ive user=")
    W(rec, ("USERNAME", u), f" realm=\"{realm}\" roles=\"{r.choice(['Users', 'Users, VPN-Full', 'Admins'])}\" proto= src=", ("IPV4", src),
      " dst= dstname= type=vpn op= arg=\"\" result= sent= rcvd= agent=\"\" duration= msg=\"")
    shape = r.randrange(4)
    if shape == 0:
        W(rec, "AUT24414: Agent login succeeded for ", ("USERNAME", u), f"/{realm} from ", ("IPV4", src),
          " with Pulse-Secure/", (NEGT, r.choice(["22.7.1.1521", "9.1.15.18393"])), " (Windows) Pulse Secure.\"")
    elif shape == 1:
        W(rec, "AUT23457: Login failed using auth server ADS-VCN (Active Directory). Reason: Failed\"")
    elif shape == 2:
        W(rec, "NWC23464: VPN Tunneling: Remote address for user ", ("USERNAME", u), f"/{realm} changed from ", ("IPV4", src),
          " to ", ("IPV4", T.ipv4(r, P)), ".\"")
    else:
        W(rec, "AUT22673: Logout from ", ("IPV4", src), " (session:", (NEGT, T.hexstr(r, 8)), ")\"")


# F5 BIG-IP ASM remote logging in CEF ("CEF:0|F5|ASM|ver|Violation|name|sev|dvchost= dvc=
# cs1=policy cs1Label=policy_name ... suser= src= spt= dst= dpt= requestMethod= app=
# cs5=x-forwarded-for cs5Label=x_forwarded_for_header_value request= ..."). Source: F5 K13080
# "Logging: ArcSight-formatted ASM logs" https://my.f5.com/manage/s/article/K13080; the "ASM:"
# syslog tag before "CEF:0|F5|ASM|" and the keys rt= (MMM dd yyyy HH:mm:ss), dvc=, dvchost=, src=,
# spt=, dst=, dpt=, act=, cs4= (attack type), app=, request=, externalId= are those matched by
# ExabeamLabs/Content-Library-CIM2 DS/F5/f5_application_security_manager/Ps/
# pC_f5asmcefalerttriggersuccesshttp.md (conditions "CEF:", " ASM:", "|F5|ASM|")
def f5_asm(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    name = r.choice(["Illegal parameter value length", "Attack signature detected", "Successful Request", "Illegal URL"])
    rec.text(f"<134>{T.bsd(t)} bigip-dmz1 ASM:CEF:0|F5|ASM|{r.choice(['16.1.4', '17.1.0'])}|{name}|{name}|{r.choice([2, 5, 8])}|")
    u = r.random()
    user = [("USERNAME", T.username(r, p, P))] if u < 0.5 else ([("EMAIL", T.email(r, p, P))] if u < 0.8 else ["N/A"])
    path = r.random()
    if path < 0.4:
        req = ["/minasidor/profil?telefon=", ("PHONE", T.phone(r, P, style="natdigits")), "&pnr=", ("PERSONNUMMER", T.pnr(r, P, style="12"))]
    elif path < 0.7:
        req = ["/api/v2/users/", ("USERNAME", T.username(r, p, P)), "/avatar"]
    else:
        req = ["/wp-login.php?redirect_to=/admin&build=", (NEGT, T.version(r))]
    cef_pairs = [("dvchost", "bigip-dmz1.vcn.local"), ("dvc", [("IPV4", T.ipv4(r, P))]),
                 ("cs1", "asm_minasidor"), ("cs1Label", "policy_name"), ("cs2", "/Common/vs_minasidor_443"),
                 ("cs2Label", "http_class_name"), ("deviceCustomDate1", f"{t:%b %d %Y %H:%M:%S}"),
                 ("deviceCustomDate1Label", "policy_apply_date"), ("externalId", [(NEGT, str(r.randint(10 ** 18, 10 ** 19)))]),
                 ("act", r.choice(["blocked", "passed", "alerted"])), ("cn1", str(r.choice([200, 403, 0]))),
                 ("cn1Label", "response_code"), ("src", [("IPV4", T.ipv4(r, P))]), ("spt", str(r.randint(1024, 65535))),
                 ("dst", [("IPV4", T.ipv4(r, P))]), ("dpt", "443"), ("requestMethod", r.choice(["GET", "POST"])),
                 ("app", "HTTPS"), ("cs5", [("IPV4", T.ipv4(r, P))]), ("cs5Label", "x_forwarded_for_header_value"),
                 ("rt", f"{t:%b %d %Y %H:%M:%S}"), ("deviceExternalId", "0"), ("cs4", "Injection Attempt"),
                 ("cs4Label", "attack_type"), ("cs6", r.choice(["SE", "NO", "N/A"])), ("cs6Label", "geo_location"),
                 ("c6a1", ""), ("c6a1Label", "device_address"), ("suser", user), ("request", req)]
    T.cef_ext(rec, cef_pairs)


# GlobalProtect log in CEF through the Strata Logging Service log forwarder
# ("CEF:0|Palo Alto Networks|LF|2.0|GLOBALPROTECT|globalprotect|3|... PanOSSourceUserName=
# PanOSEndpointDeviceName= PanOSPublicIPv4= PanOSPrivateIPv4= PanOSHostID= ..."). Source:
# https://docs.paloaltonetworks.com/strata-logging-service/log-reference/network-logs/network-globalprotect-log/network-globalprotect-cef-fields
def gp_cef(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    rec.text(f"<14>1 {T.iso(t)} stream-logfwd20-{r.randint(10 ** 8, 10 ** 9)} logforwarder - panwlogs - ")
    rec.text("CEF:0|Palo Alto Networks|LF|2.0|GLOBALPROTECT|globalprotect|3|")
    user = [f"{P.AD_DOMAIN.lower()}\\\\", ("USERNAME", T.username(r, p, P))] if r.random() < 0.6 else [("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))]
    dev = ["LT-", ("PERSON_NAME", p["gl"].split(" ")[0].split("-")[0])] if r.random() < 0.5 else [f"VCN-{T.digits(r, 6)}"]
    pairs = [("ProfileToken", "xxxxx"), ("dtz", "UTC"), ("rt", f"{t:%b %d %Y %H:%M:%S}"), ("PanOSDeviceSN", [(NEGT, "0" + T.digits(r, 11))]),
             ("PanOSVirtualSystem", "vsys1"), ("PanOSEventIDValue", r.choice(["gateway-connected", "portal-auth", "gateway-logout"])),
             ("PanOSStage", r.choice(["connected", "login", "logout"])), ("PanOSAuthMethod", r.choice(["SAML", "LDAP", "RADIUS"])),
             ("PanOSTunnelType", "ipsec"), ("PanOSSourceUserName", None), ("PanOSSourceRegion", r.choice(["SE", "NO", "SO", "TR"])),
             ("PanOSEndpointDeviceName", None), ("PanOSPublicIPv4", [("IPV4", T.ipv4(r, P))]),
             ("PanOSPrivateIPv4", [("IPV4", T.ipv4(r, P))]), ("PanOSHostID", [(NEGT, T.uuid(r))]),
             ("PanOSGlobalProtectClientVersion", [(NEGT, r.choice(["6.2.4-27", "6.1.3-12"]))]), ("PanOSEndpointOSType", "Windows"),
             ("PanOSEventStatus", r.choice(["success", "failure"])), ("PanOSLoginDuration", str(r.randint(0, 40000))),
             ("PanOSConnectionMethod", "user-logon"), ("PanOSPortal", "gp-portal"), ("PanOSSequenceNo", [(NEGT, str(r.randint(10 ** 9, 10 ** 10)))])]
    out = []
    for k, v in pairs:
        if k == "PanOSSourceUserName":
            v = user
        elif k == "PanOSEndpointDeviceName":
            v = dev
        out.append((k, v))
    # user part already carries the CEF-escaped backslash
    for i, (k, v) in enumerate(out):
        rec.text((" " if i else "") + k + "=")
        for part in (v if isinstance(v, list) else [v]):
            if isinstance(part, tuple):
                W(rec, part)
            else:
                rec.text(part if k == "PanOSSourceUserName" else part.replace("\\", "\\\\").replace("=", "\\="))


# Authelia server log in its text (logfmt) format: time=".." level=error msg="Unsuccessful 1FA
# authentication attempt by user 'x'" method=POST path=/api/firstfactor remote_ip=IP. Source:
# authelia/authelia internal/handlers/handler_firstfactor.go and internal/logging (logrus text);
# the identity-verification mail line is ctx.Logger.Debugf (handler_register_*/identity
# verification), so it is logged at level=debug.
def authelia(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    u = T.username(r, p, P)
    ip = T.ipv4(r, P) if r.random() < 0.8 else T.ipv6(r, P, "short")
    ipl = ("IPV4" if "." in ip and "::" not in ip else "IPV6", ip)
    rec.text(f"time=\"{t:%Y-%m-%dT%H:%M:%S}+01:00\" ")
    shape = r.randrange(4)
    if shape == 0:
        W(rec, "level=error msg=\"Unsuccessful 1FA authentication attempt by user '", ("USERNAME", u),
          "'\" error=\"authentication failed\" method=POST path=/api/firstfactor remote_ip=", ipl)
    elif shape == 1:
        W(rec, "level=debug msg=\"Check authorization of subject username=", ("USERNAME", u), " groups=vpn,staff ip=", ipl,
          " and object https://grafana.vcn-access.se/d/abc (method GET).\"")
    elif shape == 2:
        W(rec, "level=debug msg=\"Sending an email to user ", ("USERNAME", u), " (", ("EMAIL", T.email(r, p, P)),
          ") to confirm identity for registering a device.\" method=POST path=/api/secondfactor/totp/identity/start remote_ip=", ipl)
    else:
        W(rec, "level=error msg=\"Error occurred getting details for user with username input '", ("USERNAME", u),
          "' which usually indicates they do not exist\" error=\"user not found\" method=POST path=/api/reset-password/identity/start remote_ip=", ipl)


# ---------------------------------------------------------------- asterisk-cdr

def _ast_times(r, t):
    ans = T.plus(t, r.randint(2, 25))
    dur = r.randint(5, 1800)
    end = T.plus(ans, dur)
    return T.sql(t), T.sql(ans), T.sql(end), dur


# Asterisk cdr_csv (Master.csv) rows from a PJSIP dialplan: outbound through an operator
# trunk with international numbers, cost centres in accountcode. Column order:
# asterisk/asterisk cdr/cdr_csv.c (accountcode, src, dst, dcontext, clid, channel,
# dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition,
# amaflags, uniqueid, userfield).
def ast_outbound(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    e = T.ext(r, P)
    dst = T.phone_dial(r, P)
    st, an, en, dur = _ast_times(r, t)
    name = T.written_name(r, p)
    uid = f"{T.epoch(t)}.{r.randint(1, 9999)}"
    acc = r.choice([[(NEGT, f"KST{r.randint(1000, 9999)}")], [], [("BADGE", T.badge(r, P))]])
    d = {"accountcode": acc, "src": [("PHONE", e)], "dst": [("PHONE", dst)], "dcontext": "from-internal",
         "clid": ['"', ("PERSON_NAME", name), '" <', ("PHONE", e), ">"],
         "channel": ["PJSIP/", ("PHONE", e), f"-{T.hexstr(r, 8)}"], "dstchannel": [f"PJSIP/trunk-telia-{T.hexstr(r, 8)}"],
         "lastapp": "Dial", "lastdata": ["PJSIP/", ("PHONE", dst), "@trunk-telia,60,Tt"], "start": st, "answer": an, "end": en,
         "duration": str(dur + 8), "billsec": str(dur), "disposition": r.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"]),
         "amaflags": "DOCUMENTATION", "uniqueid": [(NEGT, uid)], "userfield": ""}
    T.ast_row(rec, d, 18 if r.random() < 0.8 else 16)


# Asterisk cdr_csv: inbound calls to an IVR and a queue, callers from many countries,
# service numbers dialled from extensions. Column order: asterisk cdr/cdr_csv.c
def ast_inbound(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _ast_times(r, t)
    uid = f"{T.epoch(t)}.{r.randint(1, 9999)}"
    shape = r.randrange(3)
    if shape == 0:
        caller = T.phone_dial(r, P)
        did = f"+46{r.choice(['60', '90'])}{T.digits(r, 6)}"
        d = {"src": [("PHONE", caller)], "dst": [(NEGT, did)], "dcontext": "from-trunk",
             "clid": ['"', ("PHONE", caller), '" <', ("PHONE", caller), ">"] if r.random() < 0.5 else ['"', ("PERSON_NAME", T.written_name(r, p)), '" <', ("PHONE", caller), ">"],
             "channel": [f"PJSIP/trunk-telia-{T.hexstr(r, 8)}"], "dstchannel": "", "lastapp": "BackGround",
             "lastdata": "custom/ivr-valkommen", "userfield": [("PERSONNUMMER", T.pnr(r, P))] if r.random() < 0.3 else ""}
    elif shape == 1:
        caller = T.phone_dial(r, P)
        q = r.choice(["600", "601", "650"])
        agent = T.ext(r, P)
        d = {"src": [("PHONE", caller)], "dst": [(NEGT, q)], "dcontext": "ext-queues",
             "clid": ['"', ("PERSON_NAME", T.written_name(r, p)), '" <', ("PHONE", caller), ">"],
             "channel": [f"PJSIP/trunk-telia-{T.hexstr(r, 8)}"], "dstchannel": ["Local/", ("PHONE", agent), f"@from-queue-{T.hexstr(r, 8)};1"],
             "lastapp": "Queue", "lastdata": [(NEGT, q), ",t,,,300"], "userfield": ""}
    else:
        e = T.ext(r, P)
        sv = r.choice(["112", "1177", "11414", "114 14", "020222222"])
        d = {"src": [("PHONE", e)], "dst": [(NEGT, sv.replace(" ", ""))], "dcontext": "from-internal",
             "clid": ['"', ("PERSON_NAME", T.written_name(r, p)), '" <', ("PHONE", e), ">"],
             "channel": ["PJSIP/", ("PHONE", e), f"-{T.hexstr(r, 8)}"], "dstchannel": [f"PJSIP/trunk-telia-{T.hexstr(r, 8)}"],
             "lastapp": "Dial", "lastdata": ["PJSIP/", (NEGT, sv.replace(" ", "")), "@trunk-telia"], "userfield": ""}
    d.update({"start": st, "answer": an, "end": en, "duration": str(dur + 5), "billsec": str(dur),
              "disposition": "ANSWERED", "amaflags": "DOCUMENTATION", "uniqueid": [(NEGT, uid)]})
    T.ast_row(rec, d)


# Asterisk cdr_csv: voicemail and follow-me to mobiles through Local channels; the user field
# carries the mobile the call followed to. Column order: asterisk cdr/cdr_csv.c
def ast_followme(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    st, an, en, dur = _ast_times(r, t)
    e = T.ext(r, P)
    caller = T.phone_dial(r, P)
    mob = T.phone(r, P, country="SE", kind="mobile", style=r.choice(["natdigits", "e164"]))
    vm = r.random() < 0.4
    d = {"accountcode": "", "src": [("PHONE", caller)], "dst": [("PHONE", e)], "dcontext": "ext-local",
         "clid": ['"', ("PERSON_NAME", T.written_name(r, p)), '" <', ("PHONE", caller), ">"],
         "channel": [f"PJSIP/trunk-telenor-{T.hexstr(r, 8)}"],
         "dstchannel": "" if vm else ["Local/", ("PHONE", mob), f"@from-internal-{T.hexstr(r, 8)};1"],
         "lastapp": "VoiceMail" if vm else "Dial",
         "lastdata": [("PHONE", e), "@default,u"] if vm else ["Local/", ("PHONE", mob), "@from-internal,25,"],
         "start": st, "answer": an, "end": en, "duration": str(dur + 3), "billsec": str(dur),
         "disposition": "ANSWERED", "amaflags": "DOCUMENTATION", "uniqueid": [(NEGT, f"{T.epoch(t)}.{r.randint(1, 9999)}")],
         "userfield": [] if vm else ["followme:", ("PERSON_NAME", q["full"])]}
    T.ast_row(rec, d)


# ---------------------------------------------------------------- freeswitch-cdr

# FreeSWITCH mod_cdr_csv default template (conf/autoload_configs/cdr_csv.conf.xml
# "example" template: caller_id_name .. write_codec), an IVR front end on the public
# context: callers from abroad, numbers as names, service destinations.
def fs_ivr(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _ast_times(r, t)
    caller = T.phone_dial(r, P)
    nm = r.random()
    name = [("PERSON_NAME", T.written_name(r, p))] if nm < 0.5 else ([("PHONE", caller)] if nm < 0.8 else ["UNKNOWN"])
    dst = r.choice([[(NEGT, f"46{r.choice(['60', '90'])}{T.digits(r, 6)}")], [(NEGT, "ivr-main")], [(NEGT, "5900")]])
    d = {"caller_id_name": name, "caller_id_number": [("PHONE", caller)], "destination_number": dst, "context": "public",
         "start_stamp": st, "answer_stamp": an, "end_stamp": en, "duration": str(dur + 2), "billsec": str(dur),
         "hangup_cause": r.choice(["NORMAL_CLEARING", "ORIGINATOR_CANCEL", "NO_ANSWER"]), "uuid": T.uuid(r), "bleg_uuid": "",
         "accountcode": "", "read_codec": "PCMA", "write_codec": "PCMA"}
    T.fs_row(rec, d)


# FreeSWITCH mod_cdr_csv default template: extensions dialling out through a gateway,
# badges and cost centres in accountcode (set by the dialplan from the user directory).
def fs_outbound(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    st, an, en, dur = _ast_times(r, t)
    e = T.ext(r, P)
    dst = T.phone_dial(r, P)
    acc = r.choice([[("BADGE", T.badge(r, P))], [(NEGT, f"{r.randint(1000, 9999)}-{r.randint(100, 999)}")], []])
    d = {"caller_id_name": [("PERSON_NAME", T.written_name(r, p))], "caller_id_number": [("PHONE", e)],
         "destination_number": [("PHONE", dst)], "context": "default", "start_stamp": st, "answer_stamp": an, "end_stamp": en,
         "duration": str(dur + 4), "billsec": str(dur), "hangup_cause": "NORMAL_CLEARING", "uuid": T.uuid(r),
         "bleg_uuid": T.uuid(r), "accountcode": acc, "read_codec": "G722", "write_codec": "G722"}
    T.fs_row(rec, d)


# ---------------------------------------------------------------- cisco-cucm-cdr

def _ip_int(ip):
    b = bytes(int(x) for x in ip.split("."))
    return str(int.from_bytes(b, "little", signed=True))


# CUCM CDR (cdrRecordType 1) rows: internal and PSTN calls from SEP/CSF devices with login
# user ids. Field names: the pack's columns (Cisco "CDR Field Descriptions", CUCM 11.x
# Call Detail Records Administration Guide).
def cucm_calls(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    a, b = T.ext(r, P), T.ext(r, P)
    ua = T.username(r, p, P, keep=False)
    ip1, ip2 = T.ipv4(r, P), T.ipv4(r, P)
    pstn = r.random() < 0.5
    far = T.phone(r, P, style=r.choice(["e164", "natdigits"])).replace(" ", "")
    d = {"cdrRecordType": "1", "globalCallID_callManagerId": "1", "globalCallID_callId": str(r.randint(10 ** 5, 10 ** 7)),
         "origLegCallIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": [(NEGT, T.epoch(t))],
         "origNodeId": "1", "origIpAddr": [("IPV4", _ip_int(ip1))], "callingPartyNumber": [("PHONE", a)],
         "callingPartyUnicodeLoginUserID": [("USERNAME", ua)], "origMediaTransportAddress_IP": [("IPV4", _ip_int(ip1))],
         "origMediaTransportAddress_Port": str(r.randint(16384, 32766)), "destLegIdentifier": str(r.randint(10 ** 7, 10 ** 8)),
         "destNodeId": "1", "destIpAddr": [("IPV4", _ip_int(ip2))],
         "originalCalledPartyNumber": [("PHONE", far if pstn else b)], "finalCalledPartyNumber": [("PHONE", far if pstn else b)],
         "finalCalledPartyUnicodeLoginUserID": [] if pstn else [("USERNAME", T.username(r, q, P, keep=False))],
         "destMediaTransportAddress_IP": [("IPV4", _ip_int(ip2))], "destCause_value": "16",
         "dateTimeConnect": [(NEGT, T.epoch(T.plus(t, 5)))], "dateTimeDisconnect": [(NEGT, T.epoch(T.plus(t, 200)))],
         "pkid": T.uuid(r), "originalCalledPartyNumberPartition": "PT_PSTN" if pstn else "PT_Internal",
         "callingPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_PSTN" if pstn else "PT_Internal",
         "duration": str(r.randint(0, 3000)),
         "origDeviceName": r.choice([["SEP", ("MAC", T.mac(r, P, "BARE"))], ["CSF", ("USERNAME", ua.upper())]]),
         "destDeviceName": ["SIPTrunk-Telia"] if pstn else ["SEP", ("MAC", T.mac(r, P, "BARE"))],
         "globalCallId_ClusterID": "StandAloneCluster", "origIpv4v6Addr": [("IPV4", ip1)], "destIpv4v6Addr": [("IPV4", ip2)],
         "outpulsedCalledPartyNumber": [("PHONE", far)] if pstn else [],
         "callingPartyNumber_uri": [("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))] if r.random() < 0.3 else []}
    T.cucm_row(rec, cols, d)


# CUCM CDR rows: PSTN callers to a hunt pilot (huntPilotDN, calledPartyPatternUsage 7,
# wasCallQueued) answered by an agent; field names as in the pack's columns (CUCM CDR
# Administration Guide, "Hunt pilot" and "Call queuing" CDR examples).
def cucm_hunt(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    caller = T.phone(r, P, style=r.choice(["e164", "natdigits", "digits"])).replace(" ", "").replace("-", "")
    pilot = r.choice(["6000", "6100", "+46605550100"])
    agent = T.ext(r, P)
    ip1, ip2 = T.ipv4(r, P), T.ipv4(r, P)
    d = {"cdrRecordType": "1", "globalCallID_callManagerId": "2", "globalCallID_callId": str(r.randint(10 ** 5, 10 ** 7)),
         "origLegCallIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": [(NEGT, T.epoch(t))],
         "origNodeId": "2", "origIpAddr": [("IPV4", _ip_int(ip1))], "callingPartyNumber": [("PHONE", caller)],
         "destIpAddr": [("IPV4", _ip_int(ip2))], "originalCalledPartyNumber": [(NEGT, pilot)],
         "finalCalledPartyNumber": [("PHONE", agent)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", T.username(r, q, P, keep=False))],
         "lastRedirectDn": [(NEGT, pilot)], "pkid": T.uuid(r), "originalCalledPartyNumberPartition": "PT_Internal",
         "callingPartyNumberPartition": "PT_PSTN_In", "finalCalledPartyNumberPartition": "PT_Internal",
         "dateTimeConnect": [(NEGT, T.epoch(T.plus(t, 30)))], "dateTimeDisconnect": [(NEGT, T.epoch(T.plus(t, 400)))],
         "duration": str(r.randint(10, 900)), "origDeviceName": "SIPTrunk-Telia",
         "destDeviceName": r.choice([["SEP", ("MAC", T.mac(r, P, "BARE"))], ["CSF", ("USERNAME", T.username(r, q, P, keep=False).upper())]]),
         "globalCallId_ClusterID": "StandAloneCluster", "origIpv4v6Addr": [("IPV4", ip1)], "destIpv4v6Addr": [("IPV4", ip2)],
         "huntPilotPartition": "PT_Internal", "huntPilotDN": [(NEGT, pilot)], "calledPartyPatternUsage": "7",
         "wasCallQueued": "1", "totalWaitTimeInQueue": str(r.randint(3, 400)), "huntPilotPattern": [(NEGT, pilot)]}
    T.cucm_row(rec, cols, d)


# ---------------------------------------------------------------- additions

# PingFederate audit.log (log4j2 pattern "%d | %X{trackingid}| %X{event}| %X{subject}| %X{ip} |
# %X{app}| %X{connectionid}| %X{protocol}| %X{host}| %X{role}| %X{status}| %X{adapterid}|
# %X{description}| %X{responsetime}") forwarded by syslog. Source: PingFederate "Audit logging"
# documentation (default fields %d, trackingid, event, subject, ip, app, connectionid, protocol, host,
# role, status, adapterid, description, responsetime; newer releases add transactionid),
# https://docs.pingidentity.com/pingfederate/11.2/administrators_reference_guide/pf_security_audit_loggin.html
def pingfederate(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    hdr3164(rec, ctx, "pf-node2", "pingfederate", pid=False)
    subj = r.random()
    if subj < 0.5:
        s = [("USERNAME", T.username(r, p, P))]
    elif subj < 0.8:
        s = [("EMAIL", T.email(r, p, P, domain=P.CORP_DOMAIN))]
    else:
        s = [f"{P.AD_DOMAIN}\\", ("USERNAME", T.username(r, p, P))]
    ev = r.choice(["AUTHN_ATTEMPT", "SSO", "AUTHN_SESSION_USED", "PWD_RESET_REQUEST"])
    W(rec, f"{t:%Y-%m-%d %H:%M:%S},{r.randint(0, 999):03d} | tid:", (NEGT, T.alnum(r, 27)), f"| {ev}| ", *s, "| ", ("IPV4", T.ipv4(r, P)),
      f" | {r.choice(['', 'journal-sp', 'M365'])}| {r.choice(['urn:amazon:webservices', 'https://sts.vcn.local/', ''])}| SAML20| pf-node2| IdP| ",
      r.choice(["success", "failure", "inprogress"]), f"| {r.choice(['HTMLFormPD', 'KerberosIdP', 'PingIDAdapter'])}| ")
    if ev == "PWD_RESET_REQUEST":
        W(rec, "SMS OTP to ", ("PHONE", T.phone(r, P, kind="mobile", style="e164")))
    W(rec, f"| {r.randint(3, 900)}")


# Zscaler Private Access (ZPA) Log Streaming Service user status log in the JSON template
# ("LogTimestamp", "Customer", "Username", "SessionID", "SessionStatus", "Version", "ZEN",
# "CertificateCN", "PrivateIP", "PublicIP", "Latitude", "Longitude" (%f), "CountryCode",
# "TimestampAuthentication", "TimestampUnAuthentication", "TotalBytesRx", "TotalBytesTx", "Idp",
# "Hostname", "Platform", "ClientType", "TrustedNetworks", "TrustedNetworksNames",
# "SAMLAttributes" as "name:value,name:value", "PosturesHit", "PosturesMisses", ...; items joined
# by "," and keys by ": "). Source: https://help.zscaler.com/zpa/about-user-status-log-fields
# (its example user status log, mirrored in nyvqwd22f5-gif/zscaler unified/about-user-status-log-fields.md)
def zpa_user_status(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p = _p(ctx)
    t = _t(ctx)
    em = T.email(r, p, P, domain=P.CORP_DOMAIN)
    doc = {"LogTimestamp": f"{t:%a %b %d %H:%M:%S %Y}", "Customer": "Vardcentral Norr", "Username": L("EMAIL", em),
           "SessionID": L("~", T.alnum(r, 20)), "SessionStatus": r.choice(["ZPN_STATUS_AUTHENTICATED", "ZPN_STATUS_DISCONNECTED"]),
           "Version": L("~", r.choice(["4.4.0.300", "4.3.0.188"])), "ZEN": r.choice(["broker2a.fra4", "broker1b.ams2", "broker3.sto1"]),
           "CertificateCN": "__CN__", "PrivateIP": L("IPV4", T.ipv4(r, P)), "PublicIP": L("IPV4", T.ipv4(r, P)),
           "Latitude": "__LAT__", "Longitude": "__LON__", "CountryCode": r.choice(["SE", "NO", "FI"]),
           "TimestampAuthentication": T.iso(t), "TimestampUnAuthentication": "",
           "TotalBytesRx": r.randint(10 ** 4, 10 ** 9), "TotalBytesTx": r.randint(10 ** 4, 10 ** 9), "Idp": "Entra ID VCN",
           "Hostname": "__HOST__", "Platform": r.choice(["windows", "mac", "ios", "android"]), "ClientType": "zpn_client_type_zapp",
           "TrustedNetworks": "", "TrustedNetworksNames": "", "SAMLAttributes": "__SAML__", "PosturesHit": "vcn-crowdstrike,vcn-domain-joined",
           "PosturesMisses": "", "ZENLatitude": "__ZLAT__", "ZENLongitude": "__ZLON__", "ZENCountryCode": "DE", "FQDNRegistered": "0",
           "FQDNRegisteredError": "", "City": r.choice(P.PLACES), "MicroTenantID": L("~", str(r.randint(10 ** 17, 10 ** 18)))}
    g = p["gl"].split(" ")[0].split("-")[0]
    cn = T.uuid(r).upper()
    lat, lon = r.uniform(55, 68), r.uniform(11, 24)
    raw = {"__LAT__": f"{lat:.6f}", "__LON__": f"{lon:.6f}", "__ZLAT__": "50.000000", "__ZLON__": "8.000000"}
    hooks = {"__HOST__": lambda rc: W(rc, ("PERSON_NAME", g), "s-MacBook-Pro") if r.random() < 0.5 else W(rc, f"VCN-{T.digits(r, 6)}"),
             "__CN__": lambda rc: W(rc, (NEGT, cn)),
             "__SAML__": lambda rc: W(rc, "email:", ("EMAIL", em), ",displayName:", ("PERSON_NAME", p["full"]))}
    import json as _j

    def w(o):
        rec.text("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                rec.text(",")
            rec.text(_j.dumps(k) + ": ")
            if isinstance(v, str) and v in hooks:
                rec.text('"')
                hooks[v](rec)
                rec.text('"')
            elif isinstance(v, str) and v in raw:
                rec.text(raw[v])
            else:
                T.jdump(rec, v)
        rec.text("}")
    w(doc)


# A regional e-health booking API's request log in logfmt (ts, level, route, pnr, phone,
# sms_sender, booking). in-house format
def booking_logfmt(ctx, rec, cols):
    r, P = ctx.rng, ctx.pools
    p, q = _p(ctx), _p(ctx, 1)
    t = _t(ctx)
    pairs = [("ts", f"{T.iso(t)}"), ("level", r.choice(["info", "warn"])), ("caller", "booking/handler.go:" + str(r.randint(40, 400))),
             ("route", "/v2/bokningar"), ("method", r.choice(["POST", "DELETE"])), ("remote", [("IPV4", T.ipv4(r, P))])]
    shape = r.randrange(3)
    if shape == 0:
        pairs += [("pnr", [("PERSONNUMMER", T.pnr(r, P))]), ("mobil", [("PHONE", T.phone(r, P, kind="mobile"))]),
                  ("vardgivare", [("PERSON_NAME", q["full"])]), ("vardgivare_orgnr", [("ORGNR", T.orgnr(r, P))]),
                  ("sms_avsandare", [(NEGT, r.choice(["VCNorr", "1177", "71177"]))]),
                  ("msg", "bokning skapad")]
    elif shape == 1:
        pairs += [("pnr", [(NEGT, T.pnr(r, P, broken=True))]), ("msg", "ogiltigt personnummer (kontrollsiffra)"),
                  ("request_id", [(NEGT, T.uuid(r))])]
    else:
        pairs += [("samordningsnr", [("SAMORDNINGSNUMMER", T.pnr(r, P, samordning=True))]), ("epost", [("EMAIL", T.email(r, p, P))]),
                  ("namn", [("PERSON_NAME", T.written_name(r, p))]), ("msg", "avbokning via e-post"),
                  ("duration_ms", str(r.randint(3, 900)))]
    T.kv(rec, pairs)


CUCM_HEADER_DECOYS = ["callingPartyNumber", "originalCalledPartyNumber", "finalCalledPartyNumber", "huntPilotDN"]

GENERATORS = {}

TEMPLATES = [
    ("syslog", "postgresql", postgresql),
    ("syslog", "squid-native", squid),
    ("syslog", "panos-globalprotect", globalprotect),
    ("syslog", "meraki", meraki),
    ("syslog", "kemp-esp", kemp_esp),
    ("syslog", "wireguard-kernel", wireguard),
    ("syslog", "journal-audit-notes", journal_note),
    ("syslog", "servicedesk-notes", servicedesk),
    ("syslog", "pingfederate-audit", pingfederate),
    ("json", "gcp-audit", gcp_audit),
    ("json", "crowdstrike-fdr", crowdstrike_fdr),
    ("json", "mysql-enterprise-audit", mysql_audit),
    ("json", "webex-calling-cdr", webex_cdr),
    ("json", "exo-message-trace", m365_trace),
    ("json", "cloudflare-access", cf_access),
    ("json", "genesys-cloud-conversation", genesys),
    ("json", "hr-onboarding", hr_onboarding),
    ("json", "zpa-user-status", zpa_user_status),
    ("kv-cef", "ivanti-ics-welf", ivanti_ics),
    ("kv-cef", "f5-asm-cef", f5_asm),
    ("kv-cef", "globalprotect-cef", gp_cef),
    ("kv-cef", "authelia-logfmt", authelia),
    ("kv-cef", "booking-api-logfmt", booking_logfmt),
    ("asterisk-cdr", "pjsip-outbound", ast_outbound),
    ("asterisk-cdr", "ivr-queue-service", ast_inbound),
    ("asterisk-cdr", "followme-voicemail", ast_followme),
    ("freeswitch-cdr", "public-ivr", fs_ivr),
    ("freeswitch-cdr", "gateway-outbound", fs_outbound),
    ("cisco-cucm-cdr", "internal-pstn", cucm_calls),
    ("cisco-cucm-cdr", "hunt-pilot-queued", cucm_hunt),
]
