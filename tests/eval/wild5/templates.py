"""Templates of the wild5 split (the eighth pair's development half).

Modelled on real products' published log lines and field names. Values come
from eighthlib's generators over this split's pools; see ../eighthlib.py for
the placeholder syntax and the extra escaping mods.
"""
import eighthlib as E
from eighthlib import R, shapes

G = E.generators()


def _host_given(c, i=0):
    g = E.fold8(E.person(c, i)["given_l"]).split(" ")[0].split("-")[0].replace("'", "")
    return g


G["gnhost"] = _host_given
G["gnhostU"] = lambda c: _host_given(c).upper()
G["phccint"] = lambda c: E.phone(c, c.rng.choice([k for k in c.pools.COUNTRIES if k != "46"]), style="ccdigits")
G["n1"] = lambda c: str(c.rng.randint(0, 9))
G["hsize"] = lambda c: f"{c.rng.randint(1, 999)}.{c.rng.randint(0, 99):02d} {c.rng.choice(['KB', 'KB', 'MB'])}"
G["boxts"] = lambda c: f"{E.moment(c):%Y-%m-%dT%H:%M:%S}+0{c.rng.choice('12')}:00"
G["wzts"] = lambda c: f"{E.moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999):03d}+0000"
G["dlrdate"] = lambda c: f"{E.moment(c):%y%m%d%H%M}"
G["cpts"] = lambda c: f"{E.moment(c):%Y-%m-%d %H:%M:%S},{c.rng.randint(0, 999):03d}"
G["hex12"] = lambda c: "".join(c.rng.choice("0123456789abcdef") for _ in range(12))
G["HEX11"] = lambda c: "".join(c.rng.choice("0123456789ABCDEF") for _ in range(11))
G["alnum6"] = lambda c: "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))
G["alphasender"] = lambda c: c.rng.choice([v for v in c.pools.SMS_SENDERS if not v.startswith("+")])
G["usdt"] = lambda c: (lambda m: f"{m.month}/{m.day}/{m.year} {(m.hour % 12) or 12}:{m:%M:%S} {'AM' if m.hour < 12 else 'PM'}")(E.moment(c))
G["kdate"] = lambda c: f"{E.moment(c):%d/%b/%Y %H:%M:%S}"
G["mmdd"] = lambda c: f"{E.moment(c):%m/%d}"
G["hm"] = lambda c: f"{E.moment(c):%H:%M}"
G["epoch6"] = lambda c: f"{int(E.moment(c).timestamp())}.{c.rng.randint(0, 999999):06d}"
GENERATORS = G

CUCM_HEADER_DECOYS = ["callingPartyNumber", "originalCalledPartyNumber", "finalCalledPartyNumber",
                      "huntPilotDN", "origDeviceName", "destDeviceName"]

# ---------------------------------------------------------------- syslog

clearpass = shapes(
    "<«pri»>«cpts» «IPV4:ip3» CPPM_Session_Detail «n5» 1 0 session_id=R«hex8»-01-«hex8»,Common.Username=«USERNAME:usr»,"
    "Common.Service=Corp 802.1X Wireless,Common.Roles=[Employee], [User Authenticated],Common.NAS-IP-Address=«IPV4:ip»,"
    "Common.Host-MAC-Address=«MAC:macb»,Common.Request-Timestamp=«datetime»+01,Radius:IETF:Calling-Station-Id=«MAC:macd»,"
    "Common.Enforcement-Profiles=[Allow Access Profile],Common.Login-Status=ACCEPT",
    "<«pri»>«cpts» «IPV4:ip3» CPPM_Session_Detail «n5» 1 0 session_id=R«hex8»-02-«hex8»,Common.Username=«USERNAME:upn»,"
    "Common.Service=VPN RADIUS,Common.Error-Code=216,Common.Alerts=Reading Secrets failed for user «USERNAME:usr|U» "
    "- Password mismatch,Common.NAS-IP-Address=«IPV4:ip»,Radius:IETF:Framed-IP-Address=«IPV4:ip2»,Common.Login-Status=REJECT",
    "<«pri»>«cpts» «IPV4:ip3» CPPM_Session_Detail «n5» 1 0 session_id=R«hex8»-01-«hex8»,Common.Username=«EMAIL:mail»,"
    "Common.Service=Guest Self-Registration,Guest.Sponsor-Name=«PERSON_NAME:nm2»,Guest.Sponsor-Email=«EMAIL:mail2»,"
    "Guest.Phone=«PHONE:ph»,Guest.Visitor-Name=«PERSON_NAME:nm»,Common.Host-MAC-Address=«MAC:macb»,Common.Login-Status=ACCEPT",
    "<«pri»>«cpts» «IPV4:ip3» CPPM_Session_Detail «n5» 1 0 session_id=R«hex8»-01-«hex8»,Common.Username=«USERNAME:usr»,"
    "Common.Service=Corp EAP-TLS,Endpoint.Intune.IMEI=«IMEI:imei15»,Endpoint.Intune.Serial Number=«~serial»,"
    "Endpoint.Intune.Phone Number=«PHONE:phe»,Endpoint.Intune.User Principal Name=«EMAIL:mail»,Endpoint.Intune.Device "
    "Name=«PERSON_NAME:gnhost»s iPhone,Common.Host-MAC-Address=«MAC:macb»,Common.Login-Status=ACCEPT",
    "<«pri»>«cpts» «IPV4:ip3» CPPM_Session_Detail «n5» 1 0 session_id=R«hex8»-01-«hex8»,Common.Username=«MAC:macb»,"
    "Common.Service=MAC Auth Printers,Common.Roles=[Printer],Endpoint.Hostname=«~serial»,Common.NAS-IP-Address=«IPV4:ip»,"
    "Common.Login-Status=ACCEPT",
)

tomcat = shapes(
    "«ts» «host» tomcat-access: «IPV4:ip» - «USERNAME:usr» [«clf»] \"GET /hr/api/anstallda?namn=«PERSON_NAME:gn|p»"
    "&mobil=%2B«PHONE:phcc» HTTP/1.1\" «http» «bytes»",
    "«ts» «host» tomcat-access: «IPV4:ip» - - [«clf»] \"POST /portal/j_security_check HTTP/1.1\" 302 - "
    "\"https://portal.«idom»/portal/login.jsp?j_username=«USERNAME:usr|f»&error=true\" \"«ua»\"",
    "«ts» «host» tomcat-access: «IPV4:ip» - «USERNAME:usr@u» [«clf»] \"GET /portal/profil/«USERNAME:@u»/bild.png HTTP/1.1\" "
    "200 «bytes» «n3»ms",
    "«ts» «host» tomcat-access: «IPV6:ip6s» - «EMAIL:mail» [«clf»] \"GET /kalender/export.ics?owner=«EMAIL:mail|p»&lang=fi "
    "HTTP/1.1\" 200 «bytes»",
    "«ts» «host» tomcat-access: «IPV4:ip» - «~svcacct» [«clf»] \"GET /manager/status?XML=true HTTP/1.1\" 200 «bytes»",
)

proftpd = shapes(
    "«ts» «host» xferlog: «ctime» «dur» «IPV4:ip» «bytes» /home/«USERNAME:usr@u»/upload/lonespec_«PERSON_NAME:sn».pdf b _ i r "
    "«USERNAME:@u» ftp 0 * c",
    "«ts» «host» proftpd[«pid»]: «fqdn» («IPV4:ip@a»[«IPV4:@a»]) - USER «USERNAME:usr»: Login successful.",
    "«ts» «host» proftpd[«pid»]: «fqdn» («fqdn»[«IPV4:ip@a»]) - USER «USERNAME:usr»: no such user found from «fqdn» "
    "[«IPV4:@a»] to «IPV4:ip2»:21",
    "«ts» «host» proftpd[«pid»]: «fqdn» («IPV4:ip@a»[«IPV4:@a»]) - USER «~svcacct» (Login failed): Incorrect password",
    "«ts» «host» xferlog: «ctime» «dur» «IPV6:ip6s» «bytes» /srv/ftp/in/«ORGNR:org»_faktura_«~ticket».xml b _ i r "
    "«USERNAME:usr» ftp 0 * c",
)

kerio = shapes(
    "«ts» «host» kerio-security: [«kdate»] IMAP: User «EMAIL:mail» doesn't exist. Attempt from IP address «IPV4:ip».",
    "«ts» «host» kerio-security: [«kdate»] POP3: Invalid password for user «EMAIL:mail». Attempt from IP address «IPV4:ip».",
    "«ts» «host» kerio-mail: [«kdate»] Recv: Queue-ID: «hex8»-0000000«n1», Service: SMTP, From: <«EMAIL:mail»>, "
    "To: <«EMAIL:mail2»>, Size: «bytes», User: «USERNAME:usr», Sender-Host: «IPV4:ip», SSL: yes, "
    "Subject: Sv: «PERSON_NAME:full|m»",
    "«ts» «host» kerio-security: [«kdate»] HTTP/WebMail: Invalid password for user «USERNAME:usr». Attempt from IP address "
    "«IPV4:ip».",
    "«ts» «host» kerio-mail: [«kdate»] Sent: Queue-ID: «hex8»-0000000«n1», Recipient: <«EMAIL:mail2»>, Result: delivered, "
    "Status: 2.0.0, Remote-Host: «IPV4:ip», Msg-Id: <«hex24»@«idom»>",
)

synology = shapes(
    "«ts» «host» Connection: User [«USERNAME:usr»] from [«IPV4:ip»] signed in to [DSM] successfully via [password].",
    "«ts» «host» Verbindung: Benutzer [«USERNAME:usr»] von [«IPV4:ip»] hat sich über [SMB] angemeldet.",
    "«ts» «host» Connexion : L'utilisateur [«USERNAME:usr»] de [«IPV4:ip»] n'a pas réussi à se connecter à [DSM] via "
    "[password] en raison d'un échec d'autorisation.",
    "«ts» «host» Połączenie: Użytkownik [«USERNAME:usr»] z [«IPV6:ip6s»] zalogował się przez [WebDAV].",
    "«ts» «host» WinFileService Event: write, Path: /homes/«USERNAME:usr@u»/Dokument/CV_«PERSON_NAME:gn»_«PERSON_NAME:sn».docx, "
    "File/Folder: File, Size: «hsize», User: «USERNAME:@u», IP: «IPV4:ip»",
    "«ts» «host» Connection: User [«~svcacct»] from [«IPV4:ip»] failed to sign in to [DSM] via [password] due to "
    "authorization failure.",
    "«ts» «host» System: User [«USERNAME:usr»] changed the phone number of user [«USERNAME:usr2»] to [«PHONE:ph»].",
)

mongodb = shapes(
    "<«pri»>1 «iso» «host» mongod «pid» - - {\"t\":{\"$date\":\"«iso»\"},\"s\":\"I\",\"c\":\"ACCESS\",\"id\":20250,"
    "\"ctx\":\"conn«n3»\",\"msg\":\"Authentication succeeded\",\"attr\":{\"mechanism\":\"SCRAM-SHA-256\","
    "\"speculative\":true,\"principalName\":\"«USERNAME:usr»\",\"authenticationDatabase\":\"admin\","
    "\"remote\":\"«IPV4:ip»:«port»\",\"extraInfo\":{}}}",
    "<«pri»>1 «iso» «host» mongod «pid» - - {\"t\":{\"$date\":\"«iso»\"},\"s\":\"I\",\"c\":\"ACCESS\",\"id\":20249,"
    "\"ctx\":\"conn«n3»\",\"msg\":\"Authentication failed\",\"attr\":{\"mechanism\":\"SCRAM-SHA-1\","
    "\"principalName\":\"«USERNAME:usr@u»\",\"authenticationDatabase\":\"crm\",\"remote\":\"«IPV4:ip»:«port»\","
    "\"result\":\"UserNotFound: Could not find user \\\"«USERNAME:@u»\\\" for db \\\"crm\\\"\"}}",
    "<«pri»>1 «iso» «host» mongod «pid» - - {\"t\":{\"$date\":\"«iso»\"},\"s\":\"I\",\"c\":\"COMMAND\",\"id\":51803,"
    "\"ctx\":\"conn«n3»\",\"msg\":\"Slow query\",\"attr\":{\"type\":\"command\",\"ns\":\"crm.kunder\","
    "\"command\":{\"find\":\"kunder\",\"filter\":{\"telefon\":\"«PHONE:phe»\",\"efternamn\":\"«PERSON_NAME:sn|j»\"},"
    "\"$db\":\"crm\"},\"planSummary\":\"COLLSCAN\",\"docsExamined\":«n5»,\"durationMillis\":«n3»}}",
    "<«pri»>1 «iso» «host» mongod «pid» - - {\"t\":{\"$date\":\"«iso»\"},\"s\":\"I\",\"c\":\"NETWORK\",\"id\":51800,"
    "\"ctx\":\"conn«n3»\",\"msg\":\"client metadata\",\"attr\":{\"remote\":\"[«IPV6:ip6s»]:«port»\",\"client\":\"conn«n3»\","
    "\"doc\":{\"application\":{\"name\":\"MongoDB Compass\"},\"driver\":{\"name\":\"nodejs\",\"version\":\"«~ver»\"},"
    "\"os\":{\"type\":\"Darwin\",\"name\":\"darwin\",\"architecture\":\"arm64\",\"version\":\"23.4.0\"}}}}",
)

opensips = shapes(
    "«ts» «host» /usr/sbin/opensips[«pid»]: ACC: transaction answered: timestamp=«epoch»;method=INVITE;from_tag=«hex8»;"
    "to_tag=«hex8»;call_id=«hex16»@«IPV4:ip»;code=200;reason=OK;src_user=«PHONE:ext»;src_domain=«idom»;"
    "dst_user=«PHONE:phdig»;dst_domain=«IPV4:ip2»",
    "«ts» «host» /usr/sbin/opensips[«pid»]: REGISTER from sip:«PHONE:ext@e»@«idom» contact "
    "<sip:«PHONE:@e»@«IPV4:ip»:«port»;transport=udp> expires=3600 ua=\"Yealink SIP-T46U «~ver»\"",
    "«ts» «host» /usr/sbin/opensips[«pid»]: ACC: call missed: timestamp=«epoch»;method=INVITE;code=486;reason=Busy Here;"
    "src_user=«PHONE:phe»;src_domain=«IPV4:ip»;dst_user=«PHONE:queue»;dst_domain=«idom»",
    "«ts» «host» /usr/sbin/opensips[«pid»]: ACC: transaction answered: timestamp=«epoch»;method=INVITE;code=200;"
    "src_user=«PHONE:ext»;src_domain=«idom»;dst_user=«~svc|n»;dst_domain=«IPV4:ip»",
    "«ts» «host» /usr/sbin/opensips[«pid»]: WARNING:auth:pv_authorize: auth failed for «USERNAME:usr»@«idom» "
    "from «IPV4:ip»:«port» (\"«PERSON_NAME:nm»\" <sip:«PHONE:ext»@«idom»>)",
)

apotek = shapes(
    "«ts» «host» recept-api[«pid»]: INFO Expediering: recept «~alnum10» för «PERSON_NAME:nm» («PERSONNUMMER:pnr») "
    "expedierat av farmaceut «USERNAME:usr3» vid «place»; förskrivare «PERSON_NAME:nm2», tel «PHONE:phse»",
    "«ts» «host» recept-api[«pid»]: VARNING: personnummer «~xpnr» har fel kontrollsiffra, sökning avbruten "
    "(operatör «USERNAME:usr»)",
    "«ts» «host» recept-api[«pid»]: INFO Uthämtning via ombud «PERSON_NAME:nm2» för kund med samordningsnummer "
    "«SAMORDNINGSNUMMER:snr»; avisering per SMS till «PHONE:mob»",
    "«ts» «host» recept-api[«pid»]: INFO Apotekskund «PERSONNUMMER:pnr12» hämtade ut, avisering skickad från SMS-avsändare «~sender», kassa «n2», "
    "kvitto «~bigid»",
    "<«pri»>1 «iso» «host» recept-api «pid» AUDIT [apotek@«n5» operator=\"«USERNAME:usr»\" kund=\"«PERSONNUMMER:pnr»\" "
    "namn=\"«PERSON_NAME:nm|s»\"] Läkemedelsförteckning öppnad, samtycke «~caseno»",
)


def django(ctx, rec, cols):
    R(ctx, rec, ctx.rng.choice([
        "<«pri»>1 «iso» «host» gunicorn «pid» - - ERROR Internal Server Error: /api/v1/kontakt/#012Traceback (most recent "
        "call last):#012  File \"/srv/app/kontakt/views.py\", line 88, in post#012    send_sms(to=\"«PHONE:phe»\", "
        "template=\"kvitto\")#012ValueError: invalid recipient for user «USERNAME:usr» («EMAIL:mail»)#012"
        "Request body: namn=«PERSON_NAME:full|f»&telefon=«PHONE:ph|f»&epost=«EMAIL:mail|f»",
        "<«pri»>1 «iso» «host» gunicorn «pid» - - WARNING Forbidden (CSRF token missing): /admin/login/#012"
        "  user=«USERNAME:usr» remote_addr=«IPV4:ip»#012  POST username=«USERNAME:usr|f»&next=%2Fadmin%2F",
        "<«pri»>1 «iso» «host» celery «pid» - - ERROR Task sms.send[«uuid»] raised unexpected: "
        "HTTPError('400 Client Error: Bad Request for url: https://api.sms.«idom»/send?to=%2B«PHONE:phcc»&from=«~sender|p»"
        "&text=Hej+«PERSON_NAME:gn|f»')#012  retry 3 of 5",
        "<«pri»>1 «iso» «host» gunicorn «pid» - - INFO «IPV4:ip» - «USERNAME:usr» \"GET /api/v1/personer/?q=«PERSON_NAME:sn|p»"
        "&pnr=«PERSONNUMMER:pnr10» HTTP/1.1\" 200 «bytes» «n3»ms build=«~ver»",
    ]))


genetec = shapes(
    "«ts» «host» SecurityCenter: Accès accordé,Porte entrée principale «place»,Entrée,«PERSON_NAME:gn»,«PERSON_NAME:sn»,"
    "«BADGE:badge»,«usdt»",
    "«ts» «host» SecurityCenter: Access granted,«place» Loading dock,In,«PERSON_NAME:gn»,«PERSON_NAME:sn»,«BADGE:badge»,«usdt»",
    "«ts» «host» SecurityCenter: Access denied: Unknown credential,«place» Server room,In,,,«BADGE:badge»,«usdt»",
    "«ts» «host» SecurityCenter: Door forced open,«place» Door «n2»,,,,,«usdt»",
    "«ts» «host» SecurityCenter: Access denied: Expired credential,«place» Entrance,Out,«PERSON_NAME:gn»,«PERSON_NAME:sn»,"
    "«BADGE:badge»,«usdt»",
)


def mitel(ctx, rec, cols):
    r = ctx.rng
    kind = r.choice(["out", "out", "in", "int", "svc", "queue"])
    R(ctx, rec, "«ts» «host» MiVB-SMDR: «mmdd» «hm» ")
    d = f"{r.randint(0, 0)}{r.randint(0, 1)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    rec.text(f"{d} ")
    if kind == "out":
        R(ctx, rec, "«PHONE:ext» ")
        rec.text("0")
        R(ctx, rec, ctx.rng.choice(["«PHONE:phnat»", "«PHONE:phnat»", "00«PHONE:phccint»"]))
        rec.text(f"  T{r.randint(1, 40):04d}")
        if r.random() < 0.5:
            rec.text(" A ")
            R(ctx, rec, "«~costc»")
    elif kind == "in":
        rec.text(f"T{r.randint(1, 40):04d} ")
        R(ctx, rec, "«PHONE:phe»  «PHONE:ext»  I")
    elif kind == "int":
        R(ctx, rec, "«PHONE:ext»  «PHONE:ext2»  S")
    elif kind == "svc":
        R(ctx, rec, "«PHONE:ext» 0«~svc|n»  T0001 E")
    else:
        R(ctx, rec, "T0003 «PHONE:phe»  «PHONE:queue» A «PHONE:ext»")


barracuda = shapes(
    "«ts» «host» inbound/pass1[«pid»]: «fqdn»[«IPV4:ip»] «epoch»-«hex12»-«alnum6» «epoch» «epoch» RECV «EMAIL:mail» "
    "«EMAIL:mail2» 2 62 -",
    "«ts» «host» scan[«pid»]: «fqdn»[«IPV4:ip»] «epoch»-«hex12»-«alnum6» «epoch» «epoch» SCAN - «EMAIL:mail» "
    "«EMAIL:mail2» 0.«n2» 0 0 - SZ:«bytes» SUBJ:Faktura till «PERSON_NAME:nm»",
    "«ts» «host» outbound/smtp[«pid»]: 127.0.0.1 «epoch»-«hex12»-«alnum6» 0 0 SEND - 1 «HEX11» "
    "250 2.0.0 Ok: queued as «HEX11»",
    "«ts» «host» inbound/pass1[«pid»]: «fqdn»[«IPV4:ip»] «epoch»-«hex12»-«alnum6» «epoch» «epoch» RECV «~svcacct»@«idom» "
    "«EMAIL:mail» 2 7 -",
)


bluecoat = shapes(
    "«ts» «host» ProxySG: «date» «time» «n3» «IPV4:ip» «USERNAME:usr» \"CN=Staff,OU=Groups,DC=vastanfors,DC=int\" - OBSERVED "
    "\"Business/Economy\" - 200 TCP_NC_MISS GET text/html https portal.«idom» 443 /minasidor/profil "
    "?anvandare=«USERNAME:usr|p»&mobil=%2B«PHONE:phcc» - \"«ua»\" «IPV4:ip2» «bytes» «bytes» -",
    "«ts» «host» ProxySG: «date» «time» «n3» «IPV4:ip» «nb»\\«USERNAME:usr» - - DENIED \"Social Networking\" - 403 "
    "TCP_DENIED CONNECT - tcp www.facebook.com 443 / - - \"«ua»\" «IPV4:ip2» «bytes» «bytes» -",
    "«ts» «host» ProxySG: «date» «time» «n3» «IPV4:ip» - - authentication_failed DENIED \"none\" - 407 TCP_DENIED GET "
    "text/html http intranet.«idom» 80 /telefonbok/sok ?namn=«PERSON_NAME:full|f» - \"«ua»\" «IPV4:ip2» «bytes» «bytes» -",
    "«ts» «host» ProxySG: «date» «time» «n3» «IPV4:ip» «USERNAME:upn» - - OBSERVED \"Web Email\" - 200 TCP_TUNNELED "
    "CONNECT - tcp outlook.office365.com 443 / - - \"«ua»\" «IPV4:ip2» «bytes» «bytes» -",
    "«ts» «host» ProxySG: «date» «time» «n3» «IPV4:ip» «~svcacct» - - OBSERVED \"Software Downloads\" - 200 TCP_HIT GET "
    "application/octet-stream http update.«idom» 80 /agent/«~ver»/setup.msi - msi \"«ua»\" «IPV4:ip2» «bytes» «bytes» -",
)


atm = shapes(
    "«ts» «host» atmjournal[«pid»]: ATM «n3» İşlem: para çekme, kart sahibi «PERSON_NAME:nm», tutar «n3»0 TRY, "
    "SMS bildirimi «PHONE:ph» numarasına gönderildi, referans «~bigid»",
    "«ts» «host» atmjournal[«pid»]: ATM «n3» Kullanıcı «USERNAME:usr» teknisyen girişi yaptı (kaset değişimi), "
    "yazılım «~ver»",
    "«ts» «host» atmjournal[«pid»]: تم تسجيل دخول المستخدم «USERNAME:usr» من العنوان «IPV4:ip» إلى جهاز الصراف «n3»",
    "«ts» «host» atmjournal[«pid»]: عميل «PERSON_NAME:nm» سحب مبلغ من الصراف «n3»، رقم الجوال «PHONE:phe»، رقم العملية «~bigid»",
    "«ts» «host» atmjournal[«pid»]: Uttag ATM «n3»: kortinnehavare «PERSON_NAME:nm» («PERSONNUMMER:pnr»), kvitto per SMS till "
    "«PHONE:mob», kundtjänst «~switch»",
)

# ---------------------------------------------------------------- json

box = shapes(
    "{\"source\":{\"item_type\":\"file\",\"item_id\":\"«~bigid»\",\"item_name\":\"Lönespec «PERSON_NAME:full|j» 2026-03.pdf\","
    "\"parent\":{\"type\":\"folder\",\"name\":\"«PERSON_NAME:sn|j»\",\"id\":\"«~bigid»\"},\"owned_by\":{\"type\":\"user\","
    "\"id\":\"«n5»\",\"name\":\"«PERSON_NAME:nm|j»\",\"login\":\"«EMAIL:mail»\"}},\"created_by\":{\"type\":\"user\","
    "\"id\":\"«n5»\",\"name\":\"«PERSON_NAME:nm2|u»\",\"login\":\"«EMAIL:mail2»\"},\"created_at\":\"«boxts»\","
    "\"event_id\":\"«uuid»\",\"event_type\":\"ITEM_DOWNLOAD\",\"ip_address\":\"«IPV4:ip»\",\"type\":\"event\","
    "\"session_id\":null,\"additional_details\":{\"service_id\":\"«n5»\",\"service_name\":\"Box Sync for Windows\"}}",
    "{\"type\":\"event\",\"event_id\":\"«uuid»\",\"created_by\":{\"type\":\"user\",\"id\":\"«n5»\",\"name\":\"«PERSON_NAME:nm|j»\","
    "\"login\":\"«EMAIL:mail»\"},\"created_at\":\"«boxts»\",\"event_type\":\"COLLABORATION_INVITE\",\"ip_address\":\"«IPV4:ip»\","
    "\"source\":{\"folder_id\":\"«~bigid»\",\"folder_name\":\"Ärende «~caseno»\",\"path_collection\":{\"total_count\":2,"
    "\"entries\":[{\"type\":\"folder\",\"id\":\"0\",\"name\":\"All Files\"},{\"type\":\"folder\",\"id\":\"«~bigid»\","
    "\"name\":\"Klienter «PERSON_NAME:sn2|j»\"}]}},\"accessible_by\":{\"type\":\"user\",\"id\":\"«n5»\","
    "\"name\":\"«PERSON_NAME:nm2|j»\",\"login\":\"«EMAIL:mail2»\"},\"additional_details\":{\"role\":\"editor\"}}",
    "{\"type\":\"event\",\"event_id\":\"«uuid»\",\"created_by\":{\"type\":\"user\",\"id\":\"«n5»\",\"name\":\"«PERSON_NAME:nm|u»\","
    "\"login\":\"«EMAIL:mail»\"},\"created_at\":\"«boxts»\",\"event_type\":\"LOGIN\",\"ip_address\":\"«IPV6:ip6s»\","
    "\"source\":{\"type\":\"user\",\"id\":\"«n5»\",\"name\":\"«PERSON_NAME:nm|j»\",\"login\":\"«EMAIL:mail»\"},"
    "\"additional_details\":{\"sso\":\"saml\",\"client\":\"«ua»\"}}",
    "{\"type\":\"event\",\"event_id\":\"«uuid»\",\"created_by\":{\"type\":\"user\",\"id\":\"2\",\"name\":\"Box Admin\","
    "\"login\":\"«~svcacct»@«idom»\"},\"created_at\":\"«boxts»\",\"event_type\":\"ADD_LOGIN_ACTIVITY_DEVICE\","
    "\"ip_address\":\"«IPV4:ip»\",\"source\":{\"type\":\"user\",\"name\":\"«PERSON_NAME:nm|j»\",\"login\":\"«EMAIL:mail»\"},"
    "\"additional_details\":{\"device_name\":\"«PERSON_NAME:gnhost»s iPhone\",\"build\":\"«~ver»\"}}",
)

zendesk = shapes(
    "{\"audit\":{\"id\":«~bigid»,\"ticket_id\":«n5»,\"created_at\":\"«iso0»\",\"author_id\":«~bigid»,\"via\":{\"channel\":\"voice\","
    "\"source\":{\"from\":{\"formatted_phone\":\"«PHONE:ph@f»\",\"phone\":\"«PHONE:phe»\",\"name\":\"«PERSON_NAME:nm|j»\"},"
    "\"to\":{\"formatted_phone\":\"«~switch»\",\"name\":\"Kundtjänst\"},\"rel\":\"voicemail\"}},\"events\":[{\"id\":«~bigid»,"
    "\"type\":\"VoiceComment\",\"data\":{\"from\":\"«PHONE:@f»\",\"to\":\"«~switch»\",\"transcription_text\":\"Hej det är "
    "«PERSON_NAME:gn|j», ring mig på «PHONE:ph»\",\"call_duration\":«dur»,\"answered_by_name\":\"«PERSON_NAME:nm2|j»\"},"
    "\"public\":false},{\"id\":«~bigid»,\"type\":\"Change\",\"field_name\":\"status\",\"value\":\"open\"}]}}",
    "{\"audit\":{\"id\":«~bigid»,\"ticket_id\":«n5»,\"created_at\":\"«iso0»\",\"via\":{\"channel\":\"email\",\"source\":{\"from\":"
    "{\"address\":\"«EMAIL:mail»\",\"name\":\"«PERSON_NAME:nm|u»\"},\"to\":{\"address\":\"support@«idom»\",\"name\":\"Support\"}}},"
    "\"events\":[{\"type\":\"Comment\",\"html_body\":\"<p>Hej,</p><p>mitt nya nummer är «PHONE:ph».</p><p>Mvh "
    "«PERSON_NAME:full|h»</p>\",\"public\":true},{\"type\":\"Notification\",\"recipients\":[«n5»],\"subject\":\"[«~ticket»] "
    "Ärende mottaget\"}]}}",
    "{\"audit\":{\"id\":«~bigid»,\"ticket_id\":«n5»,\"created_at\":\"«iso0»\",\"via\":{\"channel\":\"web\",\"source\":{\"rel\":null}},"
    "\"events\":[{\"type\":\"Create\",\"field_name\":\"requester_id\",\"value\":\"«~bigid»\"},{\"type\":\"Comment\","
    "\"body\":\"Anv\\u00e4ndaren «USERNAME:usr» \\u00e4r l\\u00e5st, ring «PERSON_NAME:nm|u» p\\u00e5 «PHONE:ph»\","
    "\"author_id\":«~bigid»},{\"type\":\"Change\",\"field_name\":\"assignee_id\",\"value\":\"«~bigid»\"}]}}",
)

aircall = shapes(
    "{\"resource\":\"call\",\"event\":\"call.ended\",\"timestamp\":«~epoch»,\"token\":\"«hex32»\",\"data\":{\"id\":«~bigid»,"
    "\"direction\":\"inbound\",\"status\":\"done\",\"started_at\":«~epoch»,\"duration\":«dur»,\"raw_digits\":\"«PHONE:ph@c»\","
    "\"user\":{\"id\":«n5»,\"name\":\"«PERSON_NAME:nm|j»\",\"email\":\"«EMAIL:mail»\",\"available\":true},"
    "\"number\":{\"id\":«n5»,\"name\":\"Växel\",\"digits\":\"«~switch»\",\"country\":\"SE\"},\"contact\":{\"first_name\":"
    "\"«PERSON_NAME:gn2|j»\",\"last_name\":\"«PERSON_NAME:sn2|j»\",\"phone_numbers\":[{\"label\":\"Mobil\",\"value\":\"«PHONE:@c»\"},"
    "{\"label\":\"Work\",\"value\":\"«PHONE:phe»\"}],\"emails\":[{\"label\":\"Work\",\"value\":\"«EMAIL:mail2»\"}]},"
    "\"voicemail\":null,\"tags\":[]}}",
    "{\"resource\":\"call\",\"event\":\"call.voicemail_left\",\"timestamp\":«~epoch»,\"data\":{\"id\":«~bigid»,\"direction\":\"inbound\","
    "\"raw_digits\":\"anonymous\",\"number\":{\"name\":\"Support kö\",\"digits\":\"«~queue»\"},\"voicemail\":\"https://aircall-"
    "voicemails.s3.amazonaws.com/«hex32».mp3\",\"transcription\":\"Hej, «PERSON_NAME:nm|j» här, mitt nummer är «PHONE:ph»\"}}",
    "{\"resource\":\"call\",\"event\":\"call.transferred\",\"timestamp\":«~epoch»,\"data\":{\"id\":«~bigid»,\"direction\":\"outbound\","
    "\"raw_digits\":\"«PHONE:phe»\",\"user\":{\"name\":\"«PERSON_NAME:nm|j»\",\"email\":\"«EMAIL:mail»\"},\"transferred_by\":"
    "{\"name\":\"«PERSON_NAME:nm|j»\"},\"transferred_to\":{\"id\":«n5»,\"name\":\"«PERSON_NAME:nm2|j»\",\"email\":\"«EMAIL:mail2»\"},"
    "\"ivr_options_selected\":[{\"key\":\"2\",\"title\":\"Faktura\",\"branch\":\"«~ivr»\"}]}}",
)

suricata = shapes(
    "{\"timestamp\":\"«iso6»\",\"flow_id\":«~bigid»,\"in_iface\":\"eth1\",\"event_type\":\"http\",\"src_ip\":\"«IPV4:ip»\","
    "\"src_port\":«port»,\"dest_ip\":\"«IPV4:ip2»\",\"dest_port\":80,\"proto\":\"TCP\",\"tx_id\":0,\"http\":{\"hostname\":"
    "\"«fqdn»\",\"url\":\"/login.php?user=«USERNAME:usr|p»&tel=%2B«PHONE:phcc»\",\"http_user_agent\":\"«ua»\","
    "\"http_method\":\"GET\",\"protocol\":\"HTTP/1.1\",\"status\":302,\"length\":0}}",
    "{\"timestamp\":\"«iso6»\",\"flow_id\":«~bigid»,\"event_type\":\"smtp\",\"src_ip\":\"«IPV4:ip»\",\"src_port\":«port»,"
    "\"dest_ip\":\"«IPV4:ip2»\",\"dest_port\":25,\"proto\":\"TCP\",\"smtp\":{\"helo\":\"«fqdn»\",\"mail_from\":\"<«EMAIL:mail»>\","
    "\"rcpt_to\":[\"<«EMAIL:mail2»>\"]},\"email\":{\"status\":\"PARSE_DONE\",\"from\":\"\\\"«PERSON_NAME:full|m»\\\" "
    "<«EMAIL:mail»>\",\"to\":[\"«EMAIL:mail2»\"],\"attachment\":[\"Intyg_«PERSON_NAME:sn|j».pdf\"]}}",
    "{\"timestamp\":\"«iso6»\",\"flow_id\":«~bigid»,\"event_type\":\"dhcp\",\"src_ip\":\"«IPV4:ip»\",\"dest_ip\":\"«IPV4:ip2»\","
    "\"proto\":\"UDP\",\"dhcp\":{\"type\":\"reply\",\"id\":«n5»,\"client_mac\":\"«MAC:macc»\",\"assigned_ip\":\"«IPV4:ip»\","
    "\"client_ip\":\"0.0.0.0\",\"dhcp_type\":\"ack\",\"lease_time\":86400,\"hostname\":\"«PERSON_NAME:gnhost»s-iPhone\"}}",
    "{\"timestamp\":\"«iso6»\",\"event_type\":\"alert\",\"src_ip\":\"«IPV4:ip»\",\"dest_ip\":\"«IPV6:ip6s»\",\"proto\":\"TCP\","
    "\"alert\":{\"action\":\"allowed\",\"gid\":1,\"signature_id\":«~bigid»,\"rev\":3,\"signature\":\"ET POLICY Cleartext "
    "password in HTTP\",\"severity\":2},\"http\":{\"url\":\"/owa/auth.owa\",\"http_refer\":\"https://mail.«idom»/owa/?"
    "username=«nb»%5C«USERNAME:usr|p»\",\"http_user_agent\":\"«ua»\"}}",
    "{\"timestamp\":\"«iso6»\",\"event_type\":\"tls\",\"src_ip\":\"«IPV4:ip»\",\"dest_ip\":\"«IPV4:ip2»\",\"tls\":{\"subject\":"
    "\"CN=«PERSON_NAME:full|j», OU=Users, O=Västanfors kommun, C=SE\",\"issuerdn\":\"CN=Västanfors Issuing CA 2\","
    "\"serial\":\"«~hexid»\",\"version\":\"TLS 1.2\",\"sni\":\"vpn.«idom»\"}}",
)

wazuh = shapes(
    "{\"timestamp\":\"«wzts»\",\"rule\":{\"level\":5,\"description\":\"sshd: authentication failed.\",\"id\":\"5760\","
    "\"groups\":[\"syslog\",\"sshd\",\"authentication_failed\"]},\"agent\":{\"id\":\"0«n2»\",\"name\":\"«host»\","
    "\"ip\":\"«IPV4:ip»\"},\"manager\":{\"name\":\"wazuh-mgr\"},\"id\":\"«~epoch6»\",\"full_log\":\"«ts» «host» sshd[«pid»]: "
    "Failed password for «USERNAME:usr@u» from «IPV4:ip2@s» port «port» ssh2\",\"decoder\":{\"parent\":\"sshd\","
    "\"name\":\"sshd\"},\"data\":{\"srcip\":\"«IPV4:@s»\",\"dstuser\":\"«USERNAME:@u»\"},\"location\":\"/var/log/auth.log\"}",
    "{\"timestamp\":\"«wzts»\",\"rule\":{\"level\":5,\"description\":\"Logon Failure - Unknown user or bad password\","
    "\"id\":\"60122\"},\"agent\":{\"id\":\"0«n2»\",\"name\":\"«PERSON_NAME:gnhostU»-LT\"},\"data\":{\"win\":{\"system\":"
    "{\"eventID\":\"4625\",\"computer\":\"«PERSON_NAME:gnhostU»-LT.«idom»\"},\"eventdata\":{\"targetUserName\":"
    "\"«USERNAME:usr»\",\"targetDomainName\":\"«nb»\",\"ipAddress\":\"«IPV4:ip»\",\"workstationName\":\"«PERSON_NAME:gnhostU»-LT\","
    "\"logonType\":\"3\",\"subStatus\":\"0xc000006a\"}}}}",
    "{\"timestamp\":\"«wzts»\",\"rule\":{\"level\":3,\"description\":\"Successful sudo to ROOT executed.\",\"id\":\"5402\"},"
    "\"agent\":{\"id\":\"0«n2»\",\"name\":\"«host»\"},\"full_log\":\"«ts» «host» sudo: «USERNAME:usr@u» : TTY=pts/0 ; "
    "PWD=/home/«USERNAME:@u» ; USER=root ; COMMAND=/usr/bin/passwd «USERNAME:usr2»\",\"data\":{\"srcuser\":\"«USERNAME:@u»\","
    "\"dstuser\":\"root\"}}",
    "{\"timestamp\":\"«wzts»\",\"rule\":{\"level\":3,\"description\":\"PAM: Login session opened.\",\"id\":\"5501\"},"
    "\"agent\":{\"id\":\"000\",\"name\":\"wazuh-mgr\"},\"full_log\":\"«ts» «host» CRON[«pid»]: pam_unix(cron:session): session "
    "opened for user «~svcacct@sa»(uid=«n3») by (uid=0)\",\"data\":{\"dstuser\":\"«~@sa»\"}}",
)

sentry = shapes(
    "{\"event_id\":\"«hex32»\",\"project\":«n3»,\"release\":\"hr-portal@«~ver»\",\"platform\":\"python\",\"level\":\"error\","
    "\"user\":{\"id\":\"«n5»\",\"email\":\"«EMAIL:mail»\",\"username\":\"«USERNAME:usr»\",\"ip_address\":\"«IPV4:ip»\","
    "\"name\":\"«PERSON_NAME:nm|u»\"},\"request\":{\"url\":\"https://hr.«idom»/api/ansokan\",\"method\":\"POST\","
    "\"query_string\":[[\"ssn\",\"«PERSONNUMMER:pnr12»\"],[\"lang\",\"sv\"]],\"data\":{\"telefon\":\"«PHONE:ph»\","
    "\"namn\":\"«PERSON_NAME:full|j»\"},\"headers\":[[\"User-Agent\",\"«ua»\"]]},\"exception\":{\"values\":[{\"type\":"
    "\"IntegrityError\",\"value\":\"duplicate key value violates unique constraint \\\"uniq_mobil\\\"\\nDETAIL:  Key "
    "(mobil)=(«PHONE:phe») already exists.\"}]}}",
    "{\"event_id\":\"«hex32»\",\"project\":«n3»,\"release\":\"kundwebb@«~ver»\",\"platform\":\"javascript\",\"level\":\"error\","
    "\"user\":{\"ip_address\":\"«IPV6:ip6s»\",\"email\":\"«EMAIL:mail»\"},\"breadcrumbs\":{\"values\":[{\"category\":\"navigation\","
    "\"data\":{\"from\":\"/mina-sidor\",\"to\":\"/mina-sidor/kontakt?mobil=«PHONE:ph|p»\"}},{\"category\":\"xhr\",\"data\":"
    "{\"url\":\"/api/lookup?orgnr=«ORGNR:org»\",\"status_code\":500}}]},\"exception\":{\"values\":[{\"type\":\"TypeError\","
    "\"value\":\"Cannot read properties of undefined (reading 'fornamn')\"}]},\"tags\":{\"build\":\"«~ver4»\"}}",
    "{\"event_id\":\"«hex32»\",\"project\":«n3»,\"release\":\"intranet@«~ver»\",\"platform\":\"java\",\"level\":\"warning\","
    "\"logentry\":{\"message\":\"LDAP bind failed for uid=%s,ou=people,dc=vastanfors,dc=int\",\"params\":[\"«USERNAME:usr»\"]},"
    "\"user\":{\"username\":\"«USERNAME:usr»\",\"ip_address\":\"«IPV4:ip»\"},\"contexts\":{\"device\":{\"name\":"
    "\"«PERSON_NAME:gnhostU»-PC\"}}}",
)


def pedido(ctx, rec, cols):
    R(ctx, rec, ctx.rng.choice([
        "{\"pedido\":{\"numero\":\"PED-«n5»\",\"fecha\":\"«iso0»\",\"cliente\":{\"nombre\":\"«PERSON_NAME:gn|j»\",\"apellidos\":"
        "\"«PERSON_NAME:sn|j»\",\"teléfono\":\"«PHONE:ph@t»\",\"correo\":\"«EMAIL:mail»\",\"dirección_ip\":\"«IPV4:ip»\"},"
        "\"envío\":{\"destinatario\":\"«PERSON_NAME:nm2|j»\",\"móvil\":\"«PHONE:ph2@m»\",\"punto_recogida\":\"«place»\"},"
        "\"líneas\":[{\"sku\":\"«alnum10»\",\"cantidad\":1}],\"notas\":\"Llamar antes al «PHONE:@m»\",\"atención_al_cliente\":\"«~switch»\"}}",
        "{\"zamówienie\":{\"numer\":\"ZAM/«n5»/2026\",\"klient\":{\"imię\":\"«PERSON_NAME:gn|j»\",\"nazwisko\":"
        "\"«PERSON_NAME:sn|j»\",\"telefon\":\"«PHONE:ph»\",\"e-mail\":\"«EMAIL:mail»\",\"login\":\"«USERNAME:usr»\"},"
        "\"dostawa\":{\"odbiorca\":\"«PERSON_NAME:nm2|j»\",\"paczkomat\":\"«~alnum10»\"},\"uwagi\":\"Proszę dzwonić na "
        "«PHONE:ph2»\",\"faktura\":{\"nip\":null,\"orgnr\":\"«ORGNR:org»\"}}}",
        "{\"bestelling\":{\"nummer\":«n5»,\"klant\":{\"voornaam\":\"«PERSON_NAME:gn|j»\",\"achternaam\":\"«PERSON_NAME:sn|j»\","
        "\"telefoonnummer\":\"«PHONE:ph»\",\"emailadres\":\"«EMAIL:mail»\"},\"afleveradres\":{\"t.a.v.\":\"«PERSON_NAME:nm2|j»\"},"
        "\"klantenservice\":\"«~switch»\",\"kortingscode\":\"«~otp»\"}}",
        "{\"tilaus\":{\"tilausnumero\":\"T«n5»\",\"asiakas\":{\"etunimi\":\"«PERSON_NAME:gn|u»\",\"sukunimi\":\"«PERSON_NAME:sn|u»\","
        "\"puhelin\":\"«PHONE:ph»\",\"sähköposti\":\"«EMAIL:mail»\"},\"toimitus\":{\"vastaanottaja\":\"«PERSON_NAME:nm2|u»\"},"
        "\"asiakaspalvelu\":\"«~switch»\",\"hätänumero\":\"«~svc»\"}}",
    ]))



shib = shapes(
    "{\"@timestamp\":\"«iso»\",\"logger\":\"Shibboleth-Audit.SSO\",\"idp\":\"https://idp.«idom»/idp/shibboleth\","
    "\"sp\":\"https://sp.«idom»/shibboleth\",\"principal\":\"«USERNAME:usr»\",\"client_ip\":\"«IPV4:ip»\","
    "\"attributes\":[\"uid\",\"mail\",\"displayName\"],\"saml_response\":\"<saml2:Assertion ID=\\\"_«hex32»\\\">"
    "<saml2:Subject><saml2:NameID Format=\\\"urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress\\\">«EMAIL:mail»"
    "</saml2:NameID></saml2:Subject><saml2:AttributeStatement><saml2:Attribute Name=\\\"displayName\\\"><saml2:AttributeValue>"
    "«PERSON_NAME:nm|xj»</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name=\\\"mobile\\\"><saml2:AttributeValue>"
    "«PHONE:ph»</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>\"}",
    "{\"@timestamp\":\"«iso»\",\"logger\":\"Shibboleth-Audit.Logout\",\"principal\":\"«USERNAME:upn»\",\"client_ip\":"
    "\"«IPV6:ip6s»\",\"session\":\"«hex32»\",\"sp_list\":[{\"entity\":\"https://sp.«idom»/shibboleth\",\"name_id\":"
    "\"«EMAIL:mail»\"},{\"entity\":\"https://wiki.«idom»/saml\",\"name_id\":\"«hex32»\"}]}",
    "{\"@timestamp\":\"«iso»\",\"logger\":\"Shibboleth-Audit.SSO\",\"principal\":\"«USERNAME:usr»\",\"result\":"
    "\"InvalidCredentials\",\"client_ip\":\"«IPV4:ip»\",\"ldap_dn\":\"uid=«USERNAME:usr»,ou=Personal,ou=«place|j»,dc=vastanfors,dc=int\","
    "\"ua\":\"«ua»\"}",
)

# ---------------------------------------------------------------- kv-cef

ironport = shapes(
    "CEF:0|Cisco|C100V Email Security Virtual Appliance|«~ver»|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|"
    "deviceExternalId=«~serial» ESAMID=«n5» startTime=«ctime» deviceInboundInterface=Incoming dvc=«IPV4:ip» "
    "suser=«EMAIL:mail» duser=«EMAIL:mail2» cs1Label=MailPolicy cs1=DEFAULT ESAHeloDomain=«fqdn» ESAHeloIP=«IPV4:ip2» "
    "ESAFriendlyFrom=«PERSON_NAME:full|mc» <«EMAIL:mail»> ESAMailFlowPolicy=ACCEPT ESASPFVerdict={mailfrom:Pass}",
    "CEF:0|Cisco|C100V Email Security Virtual Appliance|«~ver»|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|"
    "deviceExternalId=«~serial» ESAMID=«n5» dvc=«IPV4:ip» suser=«EMAIL:mail» duser=«EMAIL:mail2»,«EMAIL:mail3» "
    "msg=Subject: Sjukanmälan «PERSON_NAME:nm|c» cs3Label=ESAAttachmentDetails cs3=intyg_«PERSON_NAME:sn|c».pdf "
    "ESAFinalActionDetails=QUARANTINED",
    "CEF:0|Cisco|C100V Email Security Virtual Appliance|«~ver»|ESA_CONSOLIDATED_LOG_EVENT|Consolidated Log Event|5|"
    "deviceExternalId=«~serial» ESAMID=«n5» dvc=«IPV4:ip» suser=«~svcacct»@«idom» duser=«EMAIL:mail» "
    "msg=Subject: Din kod «~otp» ESADKIMVerdict=pass",
)

kaspersky = shapes(
    "CEF:0|KasperskyLab|SecurityCenter|13.2.0.1511|GNRL_EV_VIRUS_FOUND|Malicious object detected|4|msg=User: «nb»\\\\"
    "«USERNAME:usr» (Active user)\\nComponent: File Threat Protection\\nObject name: C:\\\\Users\\\\«USERNAME:usr»\\\\"
    "Downloads\\\\faktura.zip rt=«epochms» cs9=«nb» cs9Label=GroupName dhost=«PERSON_NAME:gnhostU»-LT dst=«IPV4:ip» "
    "cs2=KES cs2Label=ProductName cs3=«~ver» cs3Label=ProductVersion",
    "CEF:0|KasperskyLab|SecurityCenter|13.2.0.1511|KLSRV_EV_LICENSE_CHECK_90|License expires soon|3|rt=«epochms» "
    "dhost=«host» dst=«IPV4:ip» cs2=KSC cs2Label=ProductName cs3=«~ver4» cs3Label=ProductVersion",
    "CEF:0|KasperskyLab|SecurityCenter|13.2.0.1511|GNRL_EV_APP_LAUNCH_DENY|Application launch denied|3|msg=Application: "
    "C:\\\\Users\\\\«USERNAME:usr»\\\\AppData\\\\Local\\\\Temp\\\\setup.exe\\nUser: «nb»\\\\«USERNAME:usr»\\nRule: "
    "Block unknown rt=«epochms» dhost=«PERSON_NAME:gnhostU»-PC dst=«IPV4:ip» duser=«USERNAME:usr»",
)

netwrix = shapes(
    "CEF:0|Netwrix|Active Directory|10.6|Modified|user|3|rt=«epochms» cs1Label=Who cs1=«nb»\\\\«USERNAME:usr» "
    "cs2Label=Where cs2=dc01.«idom» cs3Label=What cs3=CN\\=«PERSON_NAME:full|c»,OU\\=Users,DC\\=vastanfors,DC\\=int "
    "cs4Label=Details cs4=Mobile changed from «PHONE:ph@a|c» to «PHONE:ph|c» src=«IPV4:ip»",
    "Netwrix Auditor|DataSource=Windows File Servers|Action=Read|Who=«nb»\\«USERNAME:usr»|Where=fs01.«idom»|"
    "ObjectType=File|What=\\\\fs01\\Personal\\«PERSON_NAME:full»\\Lönespec_«~ticket».pdf|Workstation=«IPV4:ip»|When=«iso0»",
    "Netwrix Auditor|DataSource=Active Directory|Action=Added|Who=«nb»\\«USERNAME:usr»|ObjectType=user|"
    "What=\\local\\vastanfors\\Users\\«PERSON_NAME:full»|Details=sAMAccountName: «USERNAME:usr2»; telephoneNumber: "
    "«PHONE:ph»; employeeID: «~empno»|When=«iso0»",
    "Netwrix Auditor|DataSource=Logon Activity|Action=Failed Logon|Who=«nb»\\«~svcacct»|Where=«host»|"
    "Workstation=«IPV4:ip»|Cause=Bad password|When=«iso0»",
)

smpp = shapes(
    "«iso» smsc-edge smppbox: event=submit_sm system_id=«~svcacct» seq=«n5» source_addr_ton=5 source_addr=«~alphasender» "
    "dest_addr_ton=1 dest_addr_npi=1 destination_addr=«PHONE:phcc» esm_class=0 data_coding=8 "
    "short_message=\"Hej «PERSON_NAME:gn»! Din kod är «~otp». /Apotek\" message_id=«hex16»",
    "«iso» smsc-edge smppbox: event=deliver_sm seq=«n5» source_addr_ton=1 source_addr=«PHONE:phcc» "
    "destination_addr=«~shortcode» esm_class=0 short_message=\"STOPP\" data_coding=0",
    "«iso» smsc-edge smppbox: event=deliver_sm esm_class=4 seq=«n5» source_addr=«PHONE:phcc@d» destination_addr=«~sender» "
    "short_message=\"id:«hex16» sub:001 dlvrd:001 submit date:«dlrdate» done date:«dlrdate» stat:DELIVRD err:000 text:\"",
    "«iso» smsc-edge hlr: event=hlr_lookup msisdn=«PHONE:phcc» imsi=«IMSI:imsi» mccmnc=«n5» ported=false "
    "serving_msc=«~bigid» roaming=false",
    "«iso» smsc-edge smppbox: event=submit_sm source_addr=«~sender» destination_addr=«PHONE:phcc» "
    "short_message=\"«PERSON_NAME:nm» har bokat tid hos dig, ring «PHONE:phse» vid frågor\" data_coding=8",
)

imprivata = shapes(
    "LEEF:2.0|Imprivata|OneSign|7.11|UserBadgeTap|^|devTime=«iso»^usrName=«USERNAME:usr»^src=«IPV4:ip»^"
    "proximityCardId=«BADGE:badge»^computerName=«host»^fullName=«PERSON_NAME:nm»^domain=«nb»^result=success",
    "LEEF:2.0|Imprivata|OneSign|7.11|UserLogonFailure|^|devTime=«iso»^usrName=«USERNAME:usr»^src=«IPV4:ip»^"
    "computerName=«PERSON_NAME:gnhostU»-LT^reason=Wrong password^domain=«nb»",
    "LEEF:2.0|Imprivata|OneSign|7.11|BadgeEnrolled|^|devTime=«iso»^usrName=«USERNAME:usr»^proximityCardId=«BADGE:badge»^"
    "enrolledBy=«USERNAME:usr2»^src=«IPV4:ip»",
    "LEEF:2.0|Imprivata|OneSign|7.11|AgentConnect|^|devTime=«iso»^usrName=«~svcacct»^src=«IPV4:ip»^"
    "agentVersion=«~ver4»^computerName=«host»",
)

# ---------------------------------------------------------------- CDRs


def _ast_times(ctx):
    import datetime
    t = E.moment(ctx)
    ring = ctx.rng.randint(2, 25)
    bill = ctx.rng.randint(5, 900)
    a = t + datetime.timedelta(seconds=ring)
    e = a + datetime.timedelta(seconds=bill)
    f = "%Y-%m-%d %H:%M:%S"
    return t.strftime(f), a.strftime(f), e.strftime(f), str(ring + bill), str(bill), f"{int(t.timestamp())}.{ctx.rng.randint(1, 9999)}"


def ast_queue(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    start, ans, end, dur, bill, uid = _ast_times(ctx)
    kind = r.choice(["in-queue", "out", "out", "emerg", "vm", "followme"])
    c = {"start": start, "answer": ans, "end": end, "duration": dur, "billsec": bill, "disposition": "ANSWERED",
         "amaflags": "DOCUMENTATION", "uniqueid": uid}
    if kind == "in-queue":
        num = g("phdig")
        q = g("queue")
        agent = g("ext")
        c.update(src=[("PHONE", num)], dst=[("~", q)], dcontext="ext-queues",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", num), ">"],
                 channel=f"PJSIP/telia-trunk-0000{g('hex6')[:4]}",
                 dstchannel=["Local/", ("PHONE", agent), f"@from-queue-0000{g('hex6')[:4]};1"],
                 lastapp="Queue", lastdata=[("~", q), ",tr,,,300,"], userfield=["kundnr:", ("~", g("n5"))])
    elif kind == "out":
        ext = g("ext")
        num = g("phdig")
        c.update(accountcode=[("~", g("costc"))], src=[("PHONE", ext)], dst=[("PHONE", num)], dcontext="from-internal",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", ext), ">"], channel=["PJSIP/", ("PHONE", ext), "-0000a1f3"],
                 dstchannel="PJSIP/telia-trunk-0000a1f4", lastapp="Dial",
                 lastdata=["PJSIP/", ("PHONE", num), "@telia-trunk,60,Tt"],
                 userfield=["out-", ("PHONE", num), "-", ("PHONE", ext), f"-{start[:10].replace('-', '')}-{uid}.wav"])
    elif kind == "emerg":
        ext = g("ext")
        s = g("svc").replace(" ", "").replace("-", "")
        c.update(src=[("PHONE", ext)], dst=[("~", s)], dcontext="from-internal",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", ext), ">"], channel=["PJSIP/", ("PHONE", ext), "-0000b0c1"],
                 dstchannel="PJSIP/telia-trunk-0000b0c2", lastapp="Dial", lastdata=["PJSIP/", ("~", s), "@telia-trunk,,"])
    elif kind == "vm":
        num = g("phe")
        ext = g("ext")
        c.update(src=[("PHONE", num)], dst=[("PHONE", ext)], dcontext="ext-local",
                 clid=['"', ("PHONE", num), '" <', ("PHONE", num), ">"], channel="PJSIP/telia-trunk-0000c3d4",
                 lastapp="VoiceMail", lastdata=[("PHONE", ext), "@default,u"], disposition="ANSWERED")
    else:
        ext = g("ext")
        mob = g("mob")
        num = g("phe")
        c.update(src=[("PHONE", num)], dst=[("PHONE", ext)], dcontext="followme-sub",
                 clid=['"', ("PERSON_NAME", g("nm2")), '" <', ("PHONE", num), ">"], channel="PJSIP/telia-trunk-0000d1e2",
                 dstchannel=["Local/", ("PHONE", mob.replace(" ", "").replace("-", "")), "@followme-dial-0000d1e3;1"],
                 lastapp="FollowMe", lastdata=[("PHONE", ext), ",san"])
    E.cdr_row(ctx, rec, E.AST_COLS, c, n=r.choice([16, 17, 18, 18]) if kind != "out" else 18)


def yeastar(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    start, ans, end, dur, bill, uid = _ast_times(ctx)
    kind = r.choice(["inbound", "outbound", "internal", "ivr"])
    c = {"start": start, "answer": ans, "end": end, "duration": dur, "billsec": bill,
         "disposition": r.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY"]), "amaflags": "BILLING",
         "uniqueid": f"{int(E.moment(ctx).timestamp())}.{r.randint(10, 99)}",
         "dcontext": {"ivr": "Inbound"}.get(kind, kind.capitalize())}
    if kind == "inbound":
        num = g("phdig")
        ext = g("ext")
        c.update(src=[("PHONE", num)], dst=[("PHONE", ext)], clid=['"', ("PHONE", num), '" <', ("PHONE", num), ">"],
                 channel=f"SIP/Telenor-SIP-0000{g('hex6')[:4]}", dstchannel=["SIP/", ("PHONE", ext), f"-0000{g('hex6')[:4]}"], lastapp="Dial",
                 lastdata=["SIP/", ("PHONE", ext), ",30,tT"],
                 userfield=[f"{start.replace('-', '').replace(' ', '').replace(':', '')}-{c['uniqueid']}-", ("PHONE", num), "-",
                            ("PHONE", ext), "-Inbound.wav"])
    elif kind == "outbound":
        ext = g("ext")
        num = g("phdig")
        c.update(accountcode=[("~", g("costc"))], src=[("PHONE", ext)], dst=[("PHONE", num)],
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", ext), ">"], channel=["SIP/", ("PHONE", ext), f"-0000{g('hex6')[:4]}"],
                 dstchannel=f"SIP/Telenor-SIP-0000{g('hex6')[:4]}", lastapp="Dial", lastdata=["SIP/Telenor-SIP/", ("PHONE", num), ",60,tT"], userfield="")
    elif kind == "internal":
        a, b = g("ext"), g("ext2")
        c.update(src=[("PHONE", a)], dst=[("PHONE", b)], clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", a), ">"],
                 channel=["SIP/", ("PHONE", a), f"-0000{g('hex6')[:4]}"],
                 dstchannel=["SIP/", ("PHONE", b), f"-0000{g('hex6')[:4]}"], lastapp="Dial",
                 lastdata=["SIP/", ("PHONE", b), ",30,tT"])
    else:
        num = g("phe")
        ivr = g("ivr")
        c.update(src=[("PHONE", num)], dst=[("~", ivr)], clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", num), ">"],
                 channel=f"SIP/Telenor-SIP-0000{g('hex6')[:4]}", lastapp="BackGround", lastdata="custom/ivr-huvudmeny")
    E.cdr_row(ctx, rec, E.AST_COLS, c)


def _fs_times(ctx):
    import datetime
    t = E.moment(ctx)
    ring = ctx.rng.randint(1, 20)
    bill = ctx.rng.randint(0, 1200)
    f = "%Y-%m-%d %H:%M:%S"
    return (t.strftime(f), (t + datetime.timedelta(seconds=ring)).strftime(f),
            (t + datetime.timedelta(seconds=ring + bill)).strftime(f), str(ring + bill), str(bill))


def fs_callcenter(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b = _fs_times(ctx)
    c = {"start_stamp": s, "answer_stamp": a, "end_stamp": e, "duration": d, "billsec": b,
         "hangup_cause": r.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "NO_ANSWER"]),
         "uuid": g("uuid"), "bleg_uuid": g("uuid"), "read_codec": "PCMA", "write_codec": "PCMA"}
    kind = r.choice(["in", "agent", "out", "svc", "badge"])
    if kind == "in":
        num = g("phe")
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", num)],
                 destination_number=[("~", g("queue"))], context="callcenter")
    elif kind == "agent":
        num = g("phe")
        c.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)],
                 destination_number=[("PHONE", g("ext"))], context="callcenter", accountcode=[("~", g("queue"))])
    elif kind == "out":
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("phdig"))], context="default", accountcode=[("~", g("costc"))])
    elif kind == "svc":
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("~", r.choice([g("svc").replace(" ", "").replace("-", ""), g("fcode"),
                                                     r.choice([v for v in ctx.pools.VM_PILOTS if v.startswith("*")])]))],
                 context="default")
    else:
        c.update(caller_id_name=[("USERNAME", g("usr"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("ext2"))], context="default", accountcode=[("BADGE", g("badge"))])
    E.cdr_row(ctx, rec, E.FS_COLS, c)


def kazoo(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b = _fs_times(ctx)
    c = {"start_stamp": s, "answer_stamp": a, "end_stamp": e, "duration": d, "billsec": b,
         "hangup_cause": r.choice(["NORMAL_CLEARING", "USER_BUSY", "NO_USER_RESPONSE"]),
         "uuid": g("uuid"), "bleg_uuid": "", "read_codec": "OPUS", "write_codec": "PCMU"}
    kind = r.choice(["in", "in2", "anon", "conf", "vm", "out"])
    if kind == "in":
        num = g("phe")
        c.update(caller_id_name=[("PERSON_NAME", g("nm")), " (mobil)"], caller_id_number=[("PHONE", num)],
                 destination_number=[("PHONE", g("phe"))], context="context_2")
    elif kind == "in2":
        num = g("phe")
        c.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)],
                 destination_number=[("PHONE", g("ext"))], context="context_2")
    elif kind == "anon":
        c.update(caller_id_name="Anonymous", caller_id_number="anonymous",
                 destination_number=[("PHONE", g("switch").replace(" ", "").replace("-", ""))], context="context_2")
    elif kind == "conf":
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("conf"))], context="context_2", accountcode=[("BADGE", g("badge"))])
    elif kind == "vm":
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("~", r.choice([v for v in ctx.pools.VM_PILOTS if v.startswith("*")]))],
                 context="context_2")
    else:
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("phe"))], context="context_2", accountcode=[("~", g("costc"))])
    E.cdr_row(ctx, rec, E.FS_COLS, c)


def cucm(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    t = int(E.moment(ctx).timestamp())
    dur = r.randint(0, 1500)
    c = {"cdrRecordType": "1", "globalCallID_callManagerId": str(r.randint(1, 4)),
         "globalCallID_callId": str(r.randint(100000, 999999)), "origLegCallIdentifier": str(r.randint(10 ** 7, 10 ** 8)),
         "destLegIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": str(t),
         "dateTimeConnect": str(t + 3) if dur else "0", "dateTimeDisconnect": str(t + 3 + dur), "duration": str(dur),
         "origNodeId": "2", "destNodeId": "3", "pkid": g("uuid"), "globalCallId_ClusterID": "StandAloneCluster",
         "origCause_value": "16", "destCause_value": "0", "origMediaCap_payloadCapability": "4",
         "destMediaCap_payloadCapability": "4", "origMediaTransportAddress_Port": str(r.randint(16384, 32766)),
         "destMediaTransportAddress_Port": str(r.randint(16384, 32766))}

    def ip(col):
        v = g("ip")
        c[col] = [("IPV4", E.ipint(v))]

    def sep(col):
        m = E.mac(ctx, "BARE")
        c[col] = ["SEP", ("MAC", m)]

    def csf(col, user):
        c[col] = [r.choice(["CSF", "TCT", "BOT"]), ("USERNAME", user.upper())]

    ip("origIpAddr")
    ip("destIpAddr")
    ip("origMediaTransportAddress_IP")
    ip("destMediaTransportAddress_IP")
    kind = r.choice(["internal", "hunt", "hunt", "vm", "out", "conf"])
    a = g("ext")
    c["callingPartyNumber"] = [("PHONE", a)]
    c["callingPartyNumberPartition"] = "PT_Internal"
    sep("origDeviceName")
    if kind == "internal":
        b = g("ext2")
        for col in ("originalCalledPartyNumber", "finalCalledPartyNumber"):
            c[col] = [("PHONE", b)]
        sep("destDeviceName")
        c["callingPartyUnicodeLoginUserID"] = [("USERNAME", g("usr"))]
    elif kind == "hunt":
        caller = g("phe")
        hp = g("hunt")
        agent = g("ext2")
        user = g("usr2")
        c["callingPartyNumber"] = [("PHONE", caller)]
        c["origDeviceName"] = "SIPTrunk_Telia"
        c["originalCalledPartyNumber"] = [("~", hp)]
        c["finalCalledPartyNumber"] = [("PHONE", agent)]
        c["huntPilotDN"] = [("~", hp)]
        c["huntPilotPattern"] = [("~", hp)]
        c["huntPilotPartition"] = "PT_HuntPilots"
        c["calledPartyPatternUsage"] = "7"
        c["wasCallQueued"] = "1"
        c["totalWaitTimeInQueue"] = str(r.randint(1, 240))
        c["finalCalledPartyUnicodeLoginUserID"] = [("USERNAME", user)]
        csf("destDeviceName", user)
        c["lastRedirectDn"] = [("~", hp)]
    elif kind == "vm":
        b = g("ext2")
        vm = g("vmpilot")
        c["originalCalledPartyNumber"] = [("PHONE", b)]
        c["lastRedirectDn"] = [("PHONE", b)]
        c["finalCalledPartyNumber"] = [("~", vm)]
        c["destDeviceName"] = f"CUC{r.randint(1, 2)}-VI{r.randint(1, 24)}"
        c["origCalledPartyRedirectReason"] = "2"
        c["lastRedirectRedirectReason"] = "2"
        c["callingPartyUnicodeLoginUserID"] = [("USERNAME", g("usr"))]
    elif kind == "out":
        num = E.phone(ctx, "46", style="natdigits")
        c["originalCalledPartyNumber"] = ["0", ("PHONE", num)]
        c["finalCalledPartyNumber"] = ["0", ("PHONE", num)]
        c["outpulsedCalledPartyNumber"] = [("PHONE", "+46" + num[1:])]
        c["outpulsedCallingPartyNumber"] = [("PHONE", r.choice(ctx.pools.SWITCHBOARDS).replace(" ", "").replace("-", ""))]
        c["destDeviceName"] = "SIPTrunk_Telia"
        c["finalCalledPartyPattern"] = "0.!"
        c["calledPartyPatternUsage"] = "5"
        user = g("usr")
        c["callingPartyUnicodeLoginUserID"] = [("USERNAME", user)]
        csf("origDeviceName", user)
    else:
        cf = g("conf")
        c["originalCalledPartyNumber"] = [("~", cf)]
        c["finalCalledPartyNumber"] = [("~", cf)]
        c["destDeviceName"] = f"CFB_{r.randint(1, 4)}"
        c["calledPartyPatternUsage"] = "1"
        c["comment"] = ["ConfControllerDN=", ("PHONE", g("ext2")), ";ConfControllerDeviceName=SEP", ("MAC", E.mac(ctx, "BARE")),
                        ";ConferenceID=", str(r.randint(1000000, 9999999)), ";"]
    E.cucm_row(ctx, rec, cols, c)


TEMPLATES = [
    ("syslog", "clearpass-session", clearpass),
    ("syslog", "tomcat-access", tomcat),
    ("syslog", "proftpd", proftpd),
    ("syslog", "kerio-connect", kerio),
    ("syslog", "synology-dsm", synology),
    ("syslog", "mongodb-json", mongodb),
    ("syslog", "opensips-acc", opensips),
    ("syslog", "apotek-recept", apotek),
    ("syslog", "django-multiline", django),
    ("syslog", "genetec-csv", genetec),
    ("syslog", "mitel-smdr", mitel),
    ("syslog", "barracuda-esg", barracuda),
    ("syslog", "bluecoat-proxysg", bluecoat),
    ("syslog", "atm-journal-i18n", atm),
    ("json", "box-events", box),
    ("json", "zendesk-audit", zendesk),
    ("json", "aircall-webhook", aircall),
    ("json", "suricata-eve", suricata),
    ("json", "wazuh-alert", wazuh),
    ("json", "sentry-event", sentry),
    ("json", "order-export-i18n", pedido),
    ("json", "shibboleth-idp-audit", shib),
    ("kv-cef", "ironport-cef", ironport),
    ("kv-cef", "kaspersky-ksc-cef", kaspersky),
    ("kv-cef", "netwrix-auditor", netwrix),
    ("kv-cef", "smpp-gateway", smpp),
    ("kv-cef", "imprivata-leef", imprivata),
    ("asterisk-cdr", "asterisk-queue-followme", ast_queue),
    ("asterisk-cdr", "yeastar-mapped", yeastar),
    ("freeswitch-cdr", "fs-callcenter", fs_callcenter),
    ("freeswitch-cdr", "kazoo-mapped", kazoo),
    ("cisco-cucm-cdr", "cucm-hunt-vm-conf", cucm),
]
