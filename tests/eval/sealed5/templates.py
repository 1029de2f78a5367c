"""Templates of the sealed5 split (the eighth pair's kept-aside half).

Never tuned on: detection engineers must not read this file, the sealed5
records or their leaks. Other products and shapes than wild5's.
"""
import datetime

import eighthlib as E
from eighthlib import R, shapes

G = E.generators()


def _host_given(c, i=0):
    return E.fold8(E.person(c, i)["given_l"]).split(" ")[0].split("-")[0].replace("'", "").replace(".", "")


G["gnhost"] = _host_given
G["gnhostU"] = lambda c: _host_given(c).upper()
G["gnhostl"] = lambda c: _host_given(c).lower()
G["axdate"] = lambda c: f"{E.moment(c):%Y-%m-%d %H:%M:%S} +0{c.rng.choice('12')}00"
G["ymd"] = lambda c: f"{E.moment(c):%Y/%m/%d %H:%M:%S}"
G["hms"] = lambda c: f"00:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
G["sfull"] = lambda c: (lambda p: f"{p['surname']}, {p['given']}" if not p["native"] else p["full"])(E.person(c))
G["SURgiven"] = lambda c: (lambda p: f"{p['surname'].upper()} {p['given']}" if not p["native"] else p["full"])(E.person(c))
G["usrU"] = lambda c: E.username(c, E.person(c)).upper()
G["cid7"] = lambda c: str(c.rng.randint(1000000, 9999999))
G["imeisv"] = lambda c: E.imei(c, style="sv")
G["callid"] = lambda c: f"{E._digits(c.rng, 10)}-{c.rng.randint(1000, 9999)}"
G["sendernum"] = lambda c: c.rng.choice([v for v in c.pools.SMS_SENDERS if v.startswith("+")])
GENERATORS = G

CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "origDeviceName", "destDeviceName",
                      "callingPartyUnicodeLoginUserID"]

# ---------------------------------------------------------------- syslog

ftd = shapes(
    "<«pri»>«ts» «host» : %FTD-6-113004: AAA user authentication Successful : server =  «IPV4:ip» : user = «USERNAME:usr»",
    "<«pri»>«ts» «host» : %FTD-6-113015: AAA user authentication Rejected : reason = AAA failure : local database : "
    "user = ***** : user IP = «IPV4:ip»",
    "<«pri»>«ts» «host» : %FTD-4-722051: Group <GP_Staff> User <«USERNAME:usr»> IP <«IPV4:ip»> IPv4 Address "
    "<«IPV4:ip2»> IPv6 address <«IPV6:ip6s»> assigned to session",
    "<«pri»>«ts» «host» : %FTD-6-716002: Group <GP_Konsult> User <«USERNAME:upn»> IP <«IPV4:ip»> WebVPN session "
    "terminated: User Requested.",
    "<«pri»>«ts» «host» : %FTD-6-611101: User authentication succeeded: IP address: «IPV4:ip», Uname: «USERNAME:usr»",
    "<«pri»>«ts» «host» : %FTD-5-111010: User '«~svcacct»', running 'CLI' from IP «~loop», executed 'write memory'",
    "<«pri»>«ts» «host» : %FTD-6-734001: DAP: User «USERNAME:usr», Addr «IPV4:ip», Connection AnyConnect: The following "
    "DAP records were selected for this connection: DAP_«place»",
)

lighttpd = shapes(
    "«ts» «host» lighttpd: «IPV4:ip» www.«idom» - «USERNAME:usr» [«clf»] \"GET /~«USERNAME:usr»/cv.html HTTP/1.1\" 200 "
    "«bytes» \"-\" \"«~ua»\"",
    "«ts» «host» lighttpd: «IPV4:ip» sms.«idom» - - [«clf»] \"GET /cgi-bin/sendsms?username=«USERNAME:usr|p»&to=%2B«PHONE:phcc»"
    "&text=Hej%20«PERSON_NAME:gn|p» HTTP/1.1\" 202 «bytes» \"-\" \"«~ua»\"",
    "«ts» «host» lighttpd: «IPV6:ip6s» www.«idom» - «EMAIL:mail» [«clf»] \"POST /api/kontakt HTTP/1.1\" 201 «bytes» "
    "\"https://www.«idom»/kontakt?namn=«PERSON_NAME:full|f»\" \"«~ua»\"",
    "«ts» «host» lighttpd: «IPV4:ip» www.«idom» - - [«clf»] \"GET /status?auto HTTP/1.1\" 200 «bytes» \"-\" \"«~ua»\"",
)

pureftpd = shapes(
    "«ts» «host» pure-ftpd: (?@«IPV4:ip@a») [INFO] New connection from «IPV4:@a»",
    "«ts» «host» pure-ftpd: (?@«IPV4:ip») [WARNING] Authentication failed for user [«USERNAME:usr»]",
    "«ts» «host» pure-ftpd: («USERNAME:usr@u»@«IPV4:ip») [NOTICE] /home/«USERNAME:@u»//Kontrakt_«PERSON_NAME:sn».pdf "
    "uploaded  («bytes» bytes, «n3».«n2»KB/sec)",
    "«ts» «host» pure-ftpd: («USERNAME:usr»@«IPV4:ip») [INFO] Logout.",
    "«ts» «host» pure-ftpd: («~svcacct»@«IPV4:ip») [INFO] «~svcacct» is now logged in",
)

axigen = shapes(
    "«ts» «host» axigen: «axdate» 08 «host» SMTP-IN:«hex8»: Authentication successful for user <«EMAIL:mail»> "
    "(mechanism PLAIN)",
    "«ts» «host» axigen: «axdate» 08 «host» IMAP:«hex8»: User <«EMAIL:mail»> failed to authenticate from «IPV4:ip»",
    "«ts» «host» axigen: «axdate» 16 «host» SMTP-IN:«hex8»: Message from <«EMAIL:mail»> to <«EMAIL:mail2»> accepted, "
    "header-from: «PERSON_NAME:full|b» <«EMAIL:mail»>, subject: =?UTF-8?Q?L=C3=B6neavi?= «~ticket»",
    "«ts» «host» axigen: «axdate» 08 «host» WEBMAIL:«hex8»: User <«USERNAME:usr»> logged in from «IPV4:ip» "
    "(domain «idom»)",
    "«ts» «host» axigen: «axdate» 16 «host» SMTP-OUT:«hex8»: Delivery to <«EMAIL:mail2»> failed: 550 5.1.1 "
    "mailbox unavailable",
)

qnap = shapes(
    "«ts» «host» qulogd[«pid»]: conn log: Users: «USERNAME:usr», Source IP: «IPV4:ip», Computer name: "
    "«PERSON_NAME:gnhostU»-PC, Connection type: SAMBA, Accessed resources: /Public/Lön/«PERSON_NAME:sn».xlsx, Action: Write",
    "«ts» «host» qulogd[«pid»]: conn log: Benutzer: «USERNAME:usr», Quell-IP: «IPV4:ip», Computername: ---, "
    "Verbindungstyp: HTTP, Zugegriffene Ressourcen: Administration, Aktion: Anmeldung fehlgeschlagen",
    "«ts» «host» qulogd[«pid»]: event log: Users: «~svcacct», Source IP: 127.0.0.1, Application: Users, "
    "Category: User, Content: [Users] Created user: «USERNAME:usr».",
    "«ts» «host» qulogd[«pid»]: conn log: Utilisateurs : «USERNAME:usr», IP source : «IPV6:ip6s», Nom de l'ordinateur : "
    "«PERSON_NAME:gnhostl»-macbook, Type de connexion : AFP, Action : Connexion OK",
)

esaudit = shapes(
    "«ts» «host» es-audit: {\"type\":\"audit\", \"timestamp\":\"«iso6»\", \"node.id\":\"«alnum10»\", \"event.type\":\"rest\", "
    "\"event.action\":\"authentication_failed\", \"user.name\":\"«USERNAME:usr»\", \"origin.type\":\"rest\", "
    "\"origin.address\":\"[«IPV6:ip6s»]:«port»\", \"url.path\":\"/kunder/_search\", \"url.query\":\"q=telefon:%2B«PHONE:phcc»\", "
    "\"request.id\":\"«alnum10»\"}",
    "«ts» «host» es-audit: {\"type\":\"audit\", \"timestamp\":\"«iso6»\", \"event.type\":\"transport\", "
    "\"event.action\":\"access_granted\", \"user.name\":\"«USERNAME:usr»\", \"user.realm\":\"ldap1\", \"user.roles\":"
    "[\"kibana_admin\"], \"origin.address\":\"«IPV4:ip»:«port»\", \"action\":\"indices:data/read/search\", "
    "\"indices\":[\"kunder-2025.11\"], \"request.body\":\"{\\\"query\\\":{\\\"match\\\":{\\\"namn\\\":\\\"«PERSON_NAME:full|j»\\\"}}}\"}",
    "«ts» «host» es-audit: {\"type\":\"audit\", \"timestamp\":\"«iso6»\", \"event.type\":\"rest\", \"event.action\":"
    "\"anonymous_access_denied\", \"origin.address\":\"«IPV4:ip»:«port»\", \"url.path\":\"/_cat/indices\", "
    "\"request.id\":\"«alnum10»\"}",
    "«ts» «host» es-audit: {\"type\":\"audit\", \"event.action\":\"run_as_granted\", \"user.name\":\"«~svcacct»\", "
    "\"user.run_as.name\":\"«USERNAME:usr»\", \"user.run_as.realm\":\"saml1\", \"origin.address\":\"«IPV4:ip»:«port»\"}",
)


def acme(ctx, rec, cols):
    R(ctx, rec, ctx.rng.choice([
        "«ts» «host» acmepacket[«pid»]: CDR 2,\"«hex16»@«IPV4:ip»\",\"<sip:«PHONE:phe»@«IPV4:ip2»:5060;user=phone>;tag=«hex8»\","
        "\"<sip:«PHONE:phe2»@«idom»;user=phone>\",\"INVITE\",\"«~epoch»\",«dur»,16,\"PSTN-Telenor\",\"Teams-DR\"",
        "«ts» «host» acmepacket[«pid»]: CDR 1,\"«hex16»@«IPV4:ip»\",\"\\\"«PERSON_NAME:nm»\\\" <sip:«PHONE:ext»@«idom»>;tag=«hex8»\","
        "\"<sip:«PHONE:phcc»@«IPV4:ip2»>\",\"INVITE\",\"«~epoch»\",0,0,\"Teams-DR\",\"PSTN-Telenor\"",
        "«ts» «host» acmepacket[«pid»]: CDR 2,\"«hex16»@«IPV4:ip»\",\"<sip:«PHONE:ext»@«idom»>;tag=«hex8»\","
        "\"<sip:«~svc|n»@«IPV4:ip2»;user=phone>\",\"INVITE\",\"«~epoch»\",«dur»,16,\"Teams-DR\",\"PSTN-Telenor\"",
        "«ts» «host» acmepacket[«pid»]: CDR 3,\"«hex16»@«IPV4:ip»\",\"<sip:«PHONE:phe»@«IPV4:ip2»>;tag=«hex8»\","
        "\"<sip:«~hunt»@«idom»>\",\"INVITE\",\"«~epoch»\",«dur»,31,\"PSTN-Telenor\",\"Huntgroup-Support\"",
    ]))


saksys = shapes(
    "«iso» «host» sak-api[«pid»]: INFO Bruker «USERNAME:usr» åpnet journal for «PERSON_NAME:nm» (samordningsnummer "
    "«SAMORDNINGSNUMMER:snr») – sak «~caseno»",
    "«iso» «host» sak-api[«pid»]: INFO Medarbejder «PERSON_NAME:nm2» (initialer «USERNAME:usr2») sendte SMS til borger "
    "på «PHONE:ph»: \"Hej «PERSON_NAME:gn», din tid er flyttet\"",
    "«iso» «host» sak-api[«pid»]: WARN Personnummer «~xpnr» avvist (feil kontrollsiffer), operatør «USERNAME:usr»",
    "«iso» «host» sak-api[«pid»]: INFO Handläggare «USERNAME:usr» exporterade beslut för «PERSONNUMMER:pnr» till "
    "«~svcacct», mottagare «ORGNR:org»",
    "«iso» «host» sak-api[«pid»]: INFO Sähköinen asiointi: «PERSON_NAME:nm» kirjautui, henkilötunnus ei käytössä, "
    "puhelin «PHONE:ph», istunto «~bigid»",
)


def rails(ctx, rec, cols):
    R(ctx, rec, ctx.rng.choice([
        "<«pri»>1 «iso» «host» puma «pid» - - Started POST \"/users/sign_in\" for «IPV4:ip» at «datetime» +0100#012"
        "Processing by Devise::SessionsController#create as HTML#012  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", "
        "\"user\"=>{\"email\"=>\"«EMAIL:mail»\", \"password\"=>\"[FILTERED]\", \"remember_me\"=>\"0\"}}#012"
        "Completed 401 Unauthorized in «n2»ms",
        "<«pri»>1 «iso» «host» puma «pid» - - Started PATCH \"/kontakter/«n5»\" for «IPV6:ip6s» at «datetime» +0100#012"
        "  Parameters: {\"kontakt\"=>{\"namn\"=>\"«PERSON_NAME:full»\", \"mobil\"=>\"«PHONE:ph»\", \"personnummer\"=>"
        "\"«PERSONNUMMER:pnr»\"}, \"id\"=>\"«n5»\"}#012Completed 302 Found in «n3»ms",
        "<«pri»>1 «iso» «host» sidekiq «pid» - - WARN: ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  "
        "duplicate key value violates unique constraint \"index_users_on_username\"#012DETAIL:  Key (username)="
        "(«USERNAME:usr») already exists.#012  /app/jobs/import_job.rb:41:in `perform'",
        "<«pri»>1 «iso» «host» puma «pid» - - Started GET \"/admin/users?q%5Bemail_cont%5D=«EMAIL:mail|p»\" for «IPV4:ip» "
        "at «datetime» +0100#012  Current user: «USERNAME:usr2» (id=«n5»)",
    ]))


net2 = shapes(
    "«ts» «host» Net2: «dmy»,\"«PERSON_NAME:sfull|q»\",Access permitted,«place» Main door,Token «BADGE:badge»",
    "«ts» «host» Net2: «dmy»,,Access denied - unknown token,«place» Goods in,Token «BADGE:badge»",
    "«ts» «host» Net2: «dmy»,\"«PERSON_NAME:sfull|q»\",Acceso permitido,«place» Recepción,Token «BADGE:badge»,«~empno»",
    "«ts» «host» Net2: «dmy»,,Door held open,«place» Fire exit «n2»,,",
    "«ts» «host» Net2: «dmy»,\"«PERSON_NAME:sfull|q»\",User record changed by «USERNAME:usr2»,,Telephone «PHONE:ph»",
)


def ipo_smdr(ctx, rec, cols):
    r = ctx.rng
    kind = r.choice(["out", "in", "hg", "vm", "int"])
    R(ctx, rec, "«ts» «host» ipo-smdr: «ymd»,«hms»,«n2»,")
    cid = "«~cid7»"
    if kind == "out":
        R(ctx, rec, "«PHONE:ext@e»,O,«PHONE:phnat@n»,«PHONE:@n»,,0," + cid + ",0,E«PHONE:@e»,«PERSON_NAME:full»,T9001,Line 1.1,0,0")
    elif kind == "in":
        R(ctx, rec, "«PHONE:phe@c»,I,«PHONE:ext@e»,«PHONE:@e»,,0," + cid + ",0,T9002,Line 2.4,E«PHONE:@e»,«PERSON_NAME:full»,0,0")
    elif kind == "hg":
        R(ctx, rec, "«PHONE:ph@c»,I,«PHONE:queue@q»,«PHONE:@q»,,0," + cid + ",1,T9002,Line 2.7,E«PHONE:ext@e»,«PERSON_NAME:full»,«n2»,0")
    elif kind == "vm":
        R(ctx, rec, "«PHONE:phe»,I,«PHONE:ext@e»,«PHONE:@e»,,0," + cid + ",0,T9002,Line 2.1,V9501,VM Channel 1,0,0")
    else:
        R(ctx, rec, "«PHONE:ext@e»,O,«PHONE:ext2@f»,«PHONE:@f»,«~costc»,1," + cid + ",0,E«PHONE:@e»,«PERSON_NAME:full»,"
                    "E«PHONE:@f»,«PERSON_NAME:full2»,0,0")


ipa = shapes(
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» op=0 BIND dn=\"uid=«USERNAME:usr»,cn=users,cn=accounts,dc=lindhaga,dc=local\" "
    "method=128 version=3",
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» op=0 RESULT err=49 tag=97 nentries=0 wtime=0.000081 etime=0.001 - "
    "Invalid credentials dn=\"uid=«USERNAME:usr»,cn=users,cn=accounts,dc=lindhaga,dc=local\"",
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» op=2 SRCH base=\"cn=users,cn=accounts,dc=lindhaga,dc=local\" scope=2 "
    "filter=\"(&(objectClass=person)(telephoneNumber=«PHONE:ph»))\" attrs=\"cn mail uid\"",
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» op=3 SRCH base=\"dc=lindhaga,dc=local\" scope=2 "
    "filter=\"(|(cn=«PERSON_NAME:full»)(mail=«EMAIL:mail»))\" attrs=ALL",
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» fd=«n3» slot=«n3» connection from «IPV4:ip» to «IPV4:ip2»",
    "«ts» «host» ns-slapd: [«clf»] conn=«n5» op=1 MOD dn=\"uid=«~svcacct»,cn=sysaccounts,cn=etc,dc=lindhaga,dc=local\"",
)


mwg = shapes(
    "«ts» «host» mwg: [«clf»] \"«nb»\\«USERNAME:usr»\" «IPV4:ip» 200 \"GET https://mail.«idom»/owa/?ae=Item&t=IPM.Note&id=«~hex24» "
    "HTTP/1.1\" \"Web Mail\" \"Minimal Risk\" \"text/html\" «bytes» \"«~ua»\" \"\" \"0\"",
    "«ts» «host» mwg: [«clf»] \"«USERNAME:usr»\" «IPV4:ip» 403 \"GET http://«fqdn»/sok?q=«PERSON_NAME:full|f»&tel=«PHONE:ph|f» "
    "HTTP/1.1\" \"Search Engines\" \"Unverified\" \"text/html\" «bytes» \"«~ua»\" \"\" \"0\"",
    "«ts» «host» mwg: [«clf»] \"\" «IPV4:ip» 407 \"CONNECT www.«idom»:443 HTTP/1.1\" \"\" \"\" \"\" 0 \"«~ua»\" \"\" \"0\"",
    "«ts» «host» mwg: [«clf»] \"«EMAIL:mail»\" «IPV6:ip6s» 200 \"POST https://upload.«idom»/api/files?owner=«EMAIL:mail|p» "
    "HTTP/1.1\" \"Online Storage\" \"Medium Risk\" \"application/json\" «bytes» \"«~ua»\" \"\" \"0\"",
    "«ts» «host» mwg: [«clf»] \"CN=«PERSON_NAME:full|s»,OU=Users,OU=«place»,DC=fjordvik,DC=net\" «IPV4:ip» 200 \"GET "
    "https://www.«idom»/ HTTP/1.1\" \"Business\" \"Minimal Risk\" \"text/html\" «bytes» \"«~ua»\" \"\" \"0\"",
)


pms = shapes(
    "«ts» «host» pms-hotel[«pid»]: Check-in: huésped «PERSON_NAME:nm», habitación «n3», teléfono «PHONE:ph», correo «EMAIL:mail», "
    "reserva «~caseno»",
    "«ts» «host» pms-hotel[«pid»]: Gast «PERSON_NAME:nm» ingecheckt in kamer «n3» door medewerker «USERNAME:usr», "
    "telefoonnummer «PHONE:ph»",
    "«ts» «host» pms-hotel[«pid»]: Recepcionista «USERNAME:usr» cambió el teléfono del huésped «PERSON_NAME:nm» a «PHONE:ph»",
    "«ts» «host» pms-hotel[«pid»]: Nachtaudit abgeschlossen, «n3» Gäste, Rezeption «~switch», Notruf «~svc»",
    "«ts» «host» pms-hotel[«pid»]: Misafir «PERSON_NAME:nm» odaya giriş yaptı, kart «BADGE:badge», resepsiyon: «USERNAME:usr»",
)

# ---------------------------------------------------------------- json

bitbucket = shapes(
    "{\"actor\":{\"display_name\":\"«PERSON_NAME:nm|j»\",\"nickname\":\"«USERNAME:usr»\",\"account_id\":\"«n5»:«uuid»\","
    "\"type\":\"user\"},\"repository\":{\"full_name\":\"lindhaga/lonesystem\",\"name\":\"lonesystem\"},\"push\":{\"changes\":"
    "[{\"new\":{\"type\":\"branch\",\"name\":\"feature/«USERNAME:usr2»-import\"},\"commits\":[{\"hash\":\"«hex32»\","
    "\"author\":{\"raw\":\"«PERSON_NAME:full2|j» <«EMAIL:mail2»>\",\"type\":\"author\"},\"message\":\"Fix import av "
    "telefon (testade med «PHONE:ph»)\\n\"}]}]}}",
    "{\"actor\":{\"display_name\":\"«PERSON_NAME:nm|u»\",\"nickname\":\"«USERNAME:usr»\",\"type\":\"user\"},"
    "\"pullrequest\":{\"id\":«n3»,\"title\":\"Ta bort «PERSON_NAME:sn2|j» från testdata\",\"author\":{\"display_name\":"
    "\"«PERSON_NAME:nm|j»\"},\"reviewers\":[{\"display_name\":\"«PERSON_NAME:nm2|j»\",\"nickname\":\"«USERNAME:usr2»\"},"
    "{\"display_name\":\"«PERSON_NAME:nm3|j»\",\"nickname\":\"«USERNAME:usr3»\"}],\"state\":\"OPEN\"}}",
    "{\"actor\":{\"display_name\":\"Bitbucket Pipelines\",\"nickname\":\"«~svcacct»\",\"type\":\"app_user\"},"
    "\"commit_status\":{\"state\":\"SUCCESSFUL\",\"key\":\"build-«~bigid»\",\"name\":\"Pipeline #«n3»\"}}",
)

freshdesk = shapes(
    "{\"freshdesk_webhook\":{\"ticket_id\":«n5»,\"ticket_subject\":\"Återuppringning «PHONE:ph|j»\",\"ticket_contact_name\":"
    "\"«PERSON_NAME:nm|j»\",\"ticket_contact_email\":\"«EMAIL:mail»\",\"ticket_contact_phone\":\"«PHONE:phe»\","
    "\"ticket_contact_mobile\":\"«PHONE:ph2»\",\"ticket_agent_name\":\"«PERSON_NAME:nm2|j»\",\"ticket_agent_email\":"
    "\"«EMAIL:mail2»\",\"ticket_description\":\"<div>Hej! Jag heter «PERSON_NAME:full|h» och ringer från «PHONE:ph»"
    "</div>\",\"ticket_url\":\"https://lindhaga.freshdesk.com/helpdesk/tickets/«n5»\"}}",
    "{\"freshdesk_webhook\":{\"ticket_id\":«n5»,\"ticket_subject\":\"Konto låst: «USERNAME:usr»\",\"ticket_contact_name\":"
    "\"«PERSON_NAME:nm|u»\",\"ticket_contact_email\":\"«EMAIL:mail»\",\"ticket_group_name\":\"IT-support\","
    "\"ticket_cc_email\":[\"«EMAIL:mail2»\"],\"ticket_tags\":\"«~ticket»\"}}",
    "{\"freshdesk_webhook\":{\"ticket_id\":«n5»,\"ticket_subject\":\"Fakturafråga\",\"ticket_contact_name\":\"«PERSON_NAME:nm|j»\","
    "\"ticket_company_name\":\"«place» Bygg AB\",\"ticket_custom_fields\":{\"cf_orgnr\":\"«ORGNR:org»\",\"cf_personnummer\":"
    "\"«PERSONNUMMER:pnr12»\",\"cf_kundnummer\":\"«~n5»\",\"cf_felaktigt_orgnr\":\"«~xorg»\"}}}",
    "{\"freshdesk_webhook\":{\"ticket_id\":«n5»,\"ticket_source\":\"Phone\",\"ticket_contact_name\":\"«PHONE:phe@p»\","
    "\"ticket_contact_phone\":\"«PHONE:@p»\",\"ticket_description\":\"Samtal fr&aring;n «PHONE:@p» till växeln «~switch»\"}}",
)

telnyx = shapes(
    "{\"data\":{\"event_type\":\"call.hangup\",\"id\":\"«uuid»\",\"occurred_at\":\"«iso6»\",\"payload\":{\"call_control_id\":"
    "\"v3:«b64»\",\"connection_id\":\"«~bigid»\",\"from\":\"«PHONE:phe»\",\"to\":\"«PHONE:phe2»\",\"direction\":\"incoming\","
    "\"caller_id_name\":\"«PERSON_NAME:nm|j»\",\"hangup_cause\":\"normal_clearing\",\"sip_headers\":[{\"name\":\"X-Agent\","
    "\"value\":\"«USERNAME:usr»\"},{\"name\":\"P-Asserted-Identity\",\"value\":\"<sip:«PHONE:phcc»@«IPV4:ip»>\"}],"
    "\"start_time\":\"«iso6»\"},\"record_type\":\"event\"}}",
    "{\"data\":{\"event_type\":\"call.initiated\",\"id\":\"«uuid»\",\"payload\":{\"from\":\"«PHONE:switch»\",\"to\":\"«PHONE:phe»\","
    "\"direction\":\"outgoing\",\"state\":\"bridging\",\"client_state\":\"«b64»\",\"custom_headers\":[{\"name\":\"X-Kund\","
    "\"value\":\"«PERSON_NAME:nm|u»\"}]}}}",
    "{\"data\":{\"event_type\":\"message.received\",\"id\":\"«uuid»\",\"payload\":{\"from\":{\"phone_number\":\"«PHONE:phe»\","
    "\"carrier\":\"Telenor\",\"line_type\":\"Wireless\"},\"to\":[{\"phone_number\":\"«PHONE:sendernum»\",\"status\":\"webhook_delivered\"}],"
    "\"text\":\"Hej, det är «PERSON_NAME:gn|j». Mitt nya nummer är «PHONE:ph»\",\"media\":[]}}}",
)

osquery = shapes(
    "{\"name\":\"pack_it_logged_in_users\",\"hostIdentifier\":\"«PERSON_NAME:gnhostl»-thinkpad\",\"calendarTime\":\"«ctime» UTC\","
    "\"unixTime\":«~epoch»,\"epoch\":0,\"counter\":«n2»,\"columns\":{\"user\":\"«USERNAME:usr»\",\"tty\":\"pts/0\",\"host\":"
    "\"«IPV4:ip»\",\"time\":\"«~epoch»\",\"type\":\"user\"},\"action\":\"added\"}",
    "{\"name\":\"pack_it_users\",\"hostIdentifier\":\"«host»\",\"unixTime\":«~epoch»,\"diffResults\":{\"added\":[{\"username\":"
    "\"«USERNAME:usr@u»\",\"description\":\"«PERSON_NAME:full|j»,,«PHONE:ph»,\",\"directory\":\"/home/«USERNAME:@u»\","
    "\"shell\":\"/bin/bash\",\"uid\":\"«n5»\"}],\"removed\":[{\"username\":\"«~svcacct»\",\"uid\":\"«n3»\"}]}}",
    "{\"name\":\"pack_it_wifi\",\"hostIdentifier\":\"«PERSON_NAME:gnhost»s-MacBook-Air\",\"unixTime\":«~epoch»,\"columns\":"
    "{\"network_name\":\"Lindhaga-Gäst\",\"bssid\":\"«MAC:macc»\",\"mac\":\"«MAC:macc»\",\"interface\":\"en0\"},\"action\":\"added\"}",
)

gelf = shapes(
    "{\"version\":\"1.1\",\"host\":\"«host»\",\"short_message\":\"Login failed for «USERNAME:usr»\",\"full_message\":"
    "\"se.lindhaga.auth.AuthException: Login failed for «USERNAME:usr»\\n\\tat se.lindhaga.auth.LdapRealm.bind(LdapRealm.java:88)"
    "\\nCaused by: javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09044E, comment: "
    "AcceptSecurityContext error, data 52e, v4563]\",\"timestamp\":«epochf»,\"level\":4,\"_remote_addr\":\"«IPV4:ip»\","
    "\"_logger\":\"se.lindhaga.auth\"}",
    "{\"version\":\"1.1\",\"host\":\"«host»\",\"short_message\":\"SMS skickat\",\"timestamp\":«epochf»,\"level\":6,"
    "\"_mottagare\":\"«PHONE:phe»\",\"_mottagare_namn\":\"«PERSON_NAME:nm|j»\",\"_avsandare\":\"«~sender»\",\"_kod\":\"«~otp»\"}",
    "{\"version\":\"1.1\",\"host\":\"«host»\",\"short_message\":\"Användare «USERNAME:usr» bytte e-post\",\"full_message\":"
    "\"gammal=«EMAIL:mail»\\nny=«EMAIL:mail2»\\nklient=«IPV6:ip6s»\",\"timestamp\":«epochf»,\"level\":5,\"_build\":\"«~ver»\"}",
)

mattermost = shapes(
    "{\"timestamp\":\"«iso»\",\"level\":\"audit\",\"msg\":\"\",\"event_name\":\"login\",\"status\":\"fail\",\"actor\":{\"user_id\":"
    "\"\",\"session_id\":\"\",\"client\":\"«~ua»\",\"ip_address\":\"«IPV4:ip»\"},\"event\":{\"parameters\":{\"login_id\":"
    "\"«USERNAME:usr»\"}},\"meta\":{\"api_path\":\"/api/v4/users/login\",\"cluster_id\":\"«alnum10»\"},\"error\":{\"description\":"
    "\"Enter a valid email or username and/or password.\",\"status_code\":401}}",
    "{\"timestamp\":\"«iso»\",\"level\":\"audit\",\"event_name\":\"patchUser\",\"status\":\"success\",\"actor\":{\"user_id\":"
    "\"«alnum10»\",\"ip_address\":\"«IPV4:ip»\"},\"event\":{\"prior_state\":{\"username\":\"«USERNAME:usr»\",\"first_name\":"
    "\"«PERSON_NAME:gn|j»\",\"last_name\":\"«PERSON_NAME:sn|j»\",\"nickname\":\"\",\"position\":\"Sjuksköterska\",\"email\":"
    "\"«EMAIL:mail»\"},\"resulting_state\":{\"username\":\"«USERNAME:usr»\",\"first_name\":\"«PERSON_NAME:gn|j»\","
    "\"last_name\":\"«PERSON_NAME:sn2|j»\",\"email\":\"«EMAIL:mail»\"}}}",
    "{\"timestamp\":\"«iso»\",\"level\":\"audit\",\"event_name\":\"createPost\",\"status\":\"success\",\"actor\":{\"user_id\":"
    "\"«alnum10»\",\"ip_address\":\"«IPV6:ip6s»\"},\"event\":{\"parameters\":{\"post\":{\"channel_id\":\"«alnum10»\","
    "\"message\":\"@«USERNAME:usr2» kan du ringa «PERSON_NAME:nm|j» på «PHONE:ph»?\"}}}}",
)


def hrexport(ctx, rec, cols):
    R(ctx, rec, ctx.rng.choice([
        "{\"medewerker\":{\"personeelsnummer\":\"«~empno»\",\"voornamen\":\"«PERSON_NAME:gn|j»\",\"geslachtsnaam\":"
        "\"«PERSON_NAME:sn|j»\",\"telefoonnummer\":\"«PHONE:ph»\",\"gebruikersnaam\":\"«USERNAME:usr»\",\"leidinggevende\":"
        "{\"naam\":\"«PERSON_NAME:nm2|j»\",\"e-mail\":\"«EMAIL:mail2»\"}}}",
        "{\"Mitarbeiter\":{\"Personalnummer\":\"«~empno»\",\"Vorname\":\"«PERSON_NAME:gn|j»\",\"Nachname\":\"«PERSON_NAME:sn|j»\","
        "\"Telefonnummer\":\"«PHONE:ph»\",\"Benutzername\":\"«USERNAME:usr»\",\"Kostenstelle\":\"«~costc»\",\"Vorgesetzter\":"
        "\"«PERSON_NAME:nm2|j»\"}}",
        "{\"salarié\":{\"matricule\":\"«~empno»\",\"prénom\":\"«PERSON_NAME:gn|u»\",\"nom\":\"«PERSON_NAME:sn|u»\",\"téléphone\":"
        "\"«PHONE:ph»\",\"courriel\":\"«EMAIL:mail»\",\"identifiant\":\"«USERNAME:usr»\"}}",
        "{\"ansatt\":{\"ansattnummer\":\"«~empno»\",\"fornavn\":\"«PERSON_NAME:gn|j»\",\"etternavn\":\"«PERSON_NAME:sn|j»\","
        "\"mobilnummer\":\"«PHONE:ph»\",\"brukernavn\":\"«USERNAME:usr»\",\"samordningsnummer\":\"«SAMORDNINGSNUMMER:snr»\"}}",
        "{\"personel\":{\"sicil_no\":\"«~empno»\",\"ad\":\"«PERSON_NAME:gn|j»\",\"soyad\":\"«PERSON_NAME:sn|j»\",\"cep_telefonu\":"
        "\"«PHONE:ph»\",\"kullanıcı_adı\":\"«USERNAME:usr»\",\"e_posta\":\"«EMAIL:mail»\"}}",
        "{\"anställd\":{\"anstnr\":\"«~empno»\",\"personnummer\":\"«PERSONNUMMER:pnr»\",\"namn\":{\"förnamn\":\"«PERSON_NAME:gn|j»\","
        "\"efternamn\":\"«PERSON_NAME:sn|j»\"},\"kontakt\":[{\"typ\":\"mobil\",\"värde\":\"«PHONE:ph»\"},{\"typ\":\"e-post\","
        "\"värde\":\"«EMAIL:mail»\"}],\"närmaste_anhörig\":{\"namn\":\"«PERSON_NAME:nm2|j»\",\"telefon\":\"«PHONE:ph2»\"}}}",
    ]))


hexnode = shapes(
    "{\"event\":\"device_enrolled\",\"timestamp\":«epochms»,\"device\":{\"id\":«n5»,\"device_name\":\"«PERSON_NAME:gnhost»s "
    "Galaxy S24\",\"imei\":\"«IMEI:imei15»\",\"serial_number\":\"«~serial»\",\"imsi\":\"«IMSI:imsi»\",\"phone_number\":"
    "\"«PHONE:phe»\",\"wifi_mac\":\"«MAC:macc»\",\"iccid\":\"«iccid»\",\"os_version\":\"«~ver»\"},\"user\":{\"name\":"
    "\"«PERSON_NAME:nm|j»\",\"email\":\"«EMAIL:mail»\",\"username\":\"«USERNAME:usr»\"}}",
    "{\"event\":\"sim_changed\",\"timestamp\":«epochms»,\"device\":{\"id\":«n5»,\"imei\":\"«IMEI:imei»\",\"sim_slots\":"
    "[{\"slot\":1,\"imsi\":\"«IMSI:imsi»\",\"msisdn\":\"«PHONE:phcc»\"},{\"slot\":2,\"imsi\":null,\"msisdn\":null}]},"
    "\"previous_imsi\":\"«IMSI:imsi»\"}",
    "{\"event\":\"compliance_failed\",\"timestamp\":«epochms»,\"device\":{\"id\":«n5»,\"imei\":\"«~ximei»\",\"model\":"
    "\"iPhone 15\",\"bluetooth_mac\":\"«MAC:macd»\"},\"user\":{\"username\":\"«USERNAME:usr»\"},\"policy\":\"Kryptering\"}",
)


def _hl7_name(c):
    p = E.person(c)
    return f"{p['surname']}^{p['given']}" if not p["native"] else p["full"]


G["hl7name"] = _hl7_name

mirth = shapes(
    "{\"channel\":\"ADT inkommande\",\"messageId\":«n5»,\"status\":\"SENT\",\"receivedDate\":\"«iso»\",\"rawData\":"
    "\"MSH|^~\\\\&|TAKECARE|SU|MIRTH|LINDHAGA|«n5»||ADT^A04|«~bigid»|P|2.5\\rPID|1||«PERSONNUMMER:pnr12|n»^^^SE-PNR||"
    "«PERSON_NAME:hl7name|j»|||F|||«place|j»^^^^^SE||«PHONE:ph»^PRN^PH|||||||\\rPV1|1|O|AKUT^^^SU\"}",
    "{\"channel\":\"ADT inkommande\",\"messageId\":«n5»,\"status\":\"ERROR\",\"error\":\"PID-3 ogiltigt: «~xpnr|n»\","
    "\"rawData\":\"MSH|^~\\\\&|TAKECARE|SU|MIRTH|LINDHAGA|«n5»||ADT^A08|«~bigid»|P|2.5\\rPID|1||«~xpnr|n»^^^SE-PNR||"
    "«PERSON_NAME:hl7name|j»\"}",
    "{\"channel\":\"Remiss ut\",\"messageId\":«n5»,\"status\":\"SENT\",\"encodedData\":\"<ClinicalDocument><recordTarget>"
    "<patientRole><id root=\\\"1.2.752.129.2.1.3.1\\\" extension=\\\"«PERSONNUMMER:pnr12|n»\\\"/><patient><name><given>"
    "«PERSON_NAME:gn|xj»</given><family>«PERSON_NAME:sn|xj»</family></name></patient><telecom value=\\\"tel:«PHONE:phe»\\\"/>"
    "</patientRole></recordTarget><author><assignedAuthor><id extension=\\\"«USERNAME:usr»\\\"/></assignedAuthor></author>"
    "</ClinicalDocument>\"}",
    "{\"channel\":\"Samordning\",\"messageId\":«n5»,\"status\":\"FILTERED\",\"rawData\":\"PID|1||«SAMORDNINGSNUMMER:snr|n»"
    "^^^SE-SAMNR||«PERSON_NAME:hl7name|j»||||||||«PHONE:ph»\"}",
)

# ---------------------------------------------------------------- kv-cef

gravityzone = shapes(
    "CEF:0|Bitdefender|GravityZone|«~ver»|35|FW Blocked|5|BitdefenderGZModule=fw BitdefenderGZCompanyId=«hex24» "
    "dvchost=«PERSON_NAME:gnhostU»-LT BitdefenderGZComputerFQDN=«PERSON_NAME:gnhostl»-lt.«idom» dvc=«IPV4:ip» "
    "deviceExternalId=«hex24» suser=«nb»\\\\«USERNAME:usr» src=«IPV4:ip2» spt=«port» dst=«IPV4:ip» dpt=445",
    "CEF:0|Bitdefender|GravityZone|«~ver»|5|AntiMalware|9|BitdefenderGZModule=av dvchost=«host» dvc=«IPV4:ip» "
    "filePath=C:\\\\Users\\\\«USERNAME:usr»\\\\Desktop\\\\«PERSON_NAME:sn|c»_löneavtal.docm suser=«USERNAME:usr» act=deleted",
    "CEF:0|Bitdefender|GravityZone|«~ver»|7|User Control|3|BitdefenderGZModule=uc dvchost=«host» dvc=«IPV4:ip» "
    "suser=«~svcacct» request=https://«fqdn»/?ref\\=«~hex24»",
)

adaudit = shapes(
    "«ts» «host» ADAuditPlus: TIME_GENERATED=\"«dmy»\" CATEGORY=\"Logon Failures\" USERNAME=\"«USERNAME:usr»\" "
    "DOMAIN=\"«nb»\" CLIENT_IP_ADDRESS=\"«IPV4:ip»\" CLIENT_HOST_NAME=\"«PERSON_NAME:gnhostU»-PC\" FAILURE_REASON=\"Bad Password\"",
    "«ts» «host» ADAuditPlus: TIME_GENERATED=\"«dmy»\" CATEGORY=\"User Management\" CALLER_USER_NAME=\"«USERNAME:usr»\" "
    "TARGET_USER=\"«USERNAME:usr2»\" TARGET_DISPLAY_NAME=\"«PERSON_NAME:nm2»\" ATTRIBUTE=\"mobile\" "
    "OLD_VALUE=\"«PHONE:ph»\" NEW_VALUE=\"«PHONE:ph»\"",
    "«ts» «host» ADAuditPlus: TIME_GENERATED=\"«dmy»\" CATEGORY=\"Account Lockout\" USERNAME=\"«USERNAME:usrU»\" "
    "DOMAIN=\"«nb»\" CALLER_MACHINE=\"«host»\" LOCKOUT_COUNT=\"«n2»\"",
    "«ts» «host» ADAuditPlus: TIME_GENERATED=\"«dmy»\" CATEGORY=\"Logon\" USERNAME=\"«~svcacct»\" DOMAIN=\"«nb»\" "
    "CLIENT_IP_ADDRESS=\"«IPV4:ip»\" LOGON_TYPE=\"Service\"",
)

smsrouter = shapes(
    "«iso» router-sms mapgw: op=MAP-SRI-SM msisdn=«PHONE:phcc» imsi=«IMSI:imsi» nnn=«~bigid» result=OK lat_ms=«n2»",
    "«iso» router-sms mapgw: op=MT-FSM oa=«~sender» da=«PHONE:phcc» dcs=8 udh=no text=\"Hej «PERSON_NAME:gn», din "
    "kod är «~otp»\" result=OK",
    "«iso» router-sms mapgw: op=MO-FSM oa=«PHONE:phcc» da=«~shortcode» imsi=«IMSI:imsi» imei=«IMEI:imei15» text=\"SALDO\"",
    "«iso» router-sms mapgw: op=UpdateLocation imsi=«IMSI:imsi» msisdn=«PHONE:phcc» imeisv=«IMEI:imeisv» vlr=«~bigid» "
    "roaming=yes",
    "«iso» router-sms mapgw: op=MT-FSM oa=«~sender» da=«PHONE:phcc» text=\"«PERSON_NAME:nm» har skickat dig en "
    "betalning, ring «PHONE:phse»\" result=AbsentSubscriber",
)

mimecast = shapes(
    "datetime=«iso0»|aCode=«alnum10»|acc=C0A0|Sender=«EMAIL:mail»|Rcpt=«EMAIL:mail2»|Subject=Möte med «PERSON_NAME:nm»|"
    "MsgId=<«hex24»@«idom»>|headerFrom=«EMAIL:mail»|IP=«IPV4:ip»|Dir=Inbound|Act=Acc",
    "datetime=«iso0»|aCode=«alnum10»|acc=C0A0|Sender=«~svcacct»@«idom»|Rcpt=«EMAIL:mail»|Subject=Din kod «~otp»|"
    "IP=«IPV4:ip»|Dir=Outbound|Act=Acc",
    "datetime=«iso0»|aCode=«alnum10»|acc=C0A0|Sender=«EMAIL:mail»|Rcpt=«EMAIL:mail2»|Subject=«PERSON_NAME:full|b»|"
    "Hld=Spm|IP=«IPV4:ip»|Dir=Inbound|SpamScore=«n2»",
    "datetime=«iso0»|aCode=«alnum10»|acc=C0A0|Sender=«EMAIL:mail»|Rcpt=«EMAIL:mail2»|fileName=CV_«PERSON_NAME:gn»_"
    "«PERSON_NAME:sn».pdf|sha256=«hex32»«hex32»|Virus=|IP=«IPV4:ip»|Dir=Inbound",
)

beyondtrust = shapes(
    "«ts» «host» BG[«pid»]: «n5»:01:01:site=support.«idom»;when=«~epoch»;who=«PERSON_NAME:nm» («USERNAME:usr»);"
    "who_ip=«IPV4:ip»;event=login;status=success",
    "«ts» «host» BG[«pid»]: «n5»:01:01:site=support.«idom»;when=«~epoch»;who=«PERSON_NAME:nm» («USERNAME:usr»);"
    "event=session_start;customer=«PERSON_NAME:nm2»;customer_phone=«PHONE:ph»;customer_host=«PERSON_NAME:gnhostU»-PC",
    "«ts» «host» BG[«pid»]: «n5»:01:01:site=support.«idom»;when=«~epoch»;who=«~svcacct»;who_ip=«IPV4:ip»;event=api_token;"
    "status=failure",
)

# ---------------------------------------------------------------- CDRs


def _times(ctx, lo=0, hi=1500):
    t = E.moment(ctx)
    ring = ctx.rng.randint(1, 25)
    bill = ctx.rng.randint(lo, hi)
    f = "%Y-%m-%d %H:%M:%S"
    return (t.strftime(f), (t + datetime.timedelta(seconds=ring)).strftime(f),
            (t + datetime.timedelta(seconds=ring + bill)).strftime(f), str(ring + bill), str(bill),
            [("~", f"{int(t.timestamp())}.{ctx.rng.randint(1, 9999)}")])


def grandstream(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b, uid = _times(ctx)
    kind = r.choice(["in", "out", "ringgroup", "internal", "vm"])
    c = {"start": s, "answer": a, "end": e, "duration": d, "billsec": b, "disposition": "ANSWERED",
         "amaflags": "DOCUMENTATION", "uniqueid": uid}
    if kind == "in":
        num = g("phcc")
        ext = g("ext")
        c.update(src=[("PHONE", num)], dst=[("PHONE", ext)], dcontext="from-trunk-sip-Telenor",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", num), ">"], channel="PJSIP/trunk_1-00000a12",
                 dstchannel=["PJSIP/", ("PHONE", ext), "-00000a13"], lastapp="Dial",
                 lastdata=["PJSIP/", ("PHONE", ext), ",30,"], userfield="Inbound")
    elif kind == "out":
        ext = g("ext")
        num = g("phdig")
        c.update(accountcode=[("~", g("costc"))], src=[("PHONE", ext)], dst=[("PHONE", num)],
                 dcontext="from-internal", clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", ext), ">"],
                 channel=["PJSIP/", ("PHONE", ext), "-00000b01"], dstchannel="PJSIP/trunk_1-00000b02", lastapp="Dial",
                 lastdata=["PJSIP/trunk_1/", ("PHONE", num), ",60,"], userfield="Outbound")
    elif kind == "ringgroup":
        num = g("phe")
        q = g("queue")
        c.update(src=[("PHONE", num)], dst=[("~", q)], dcontext="ext-ringgroup",
                 clid=['"', ("PHONE", num), '" <', ("PHONE", num), ">"], channel="PJSIP/trunk_1-00000c04",
                 dstchannel=["PJSIP/", ("PHONE", g("ext")), "-00000c05"], lastapp="RingGroup",
                 lastdata=[("~", q), ",ringall"], userfield="Inbound")
    elif kind == "internal":
        x, y = g("ext"), g("ext2")
        c.update(src=[("PHONE", x)], dst=[("PHONE", y)], dcontext="from-internal",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", x), ">"], channel=["PJSIP/", ("PHONE", x), "-0000000d"],
                 dstchannel=["PJSIP/", ("PHONE", y), "-0000000e"], lastapp="Dial", lastdata=["PJSIP/", ("PHONE", y)],
                 userfield="Internal", disposition=r.choice(["ANSWERED", "NO ANSWER", "BUSY"]))
    else:
        x = g("ext")
        vm = g("vmpilot")
        c.update(src=[("PHONE", x)], dst=[("~", vm)], dcontext="from-internal",
                 clid=['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", x), ">"], channel=["PJSIP/", ("PHONE", x), "-0000000f"],
                 lastapp="VoiceMailMain", lastdata=[("PHONE", x), "@default"], userfield="Internal")
    E.cdr_row(ctx, rec, E.AST_COLS, c)


def ast_iax(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b, uid = _times(ctx)
    kind = r.choice(["park", "parked", "pickup", "iax-out", "iax-in", "emerg"])
    c = {"start": s, "answer": a, "end": e, "duration": d, "billsec": b, "disposition": "ANSWERED",
         "amaflags": "DOCUMENTATION", "uniqueid": uid}
    x = g("ext")
    nm = g("nm")
    if kind == "park":
        slot = g("park")
        c.update(src=[("PHONE", x)], dst=[("~", slot)], dcontext="parkedcalls",
                 clid=['"', ("PERSON_NAME", nm), '" <', ("PHONE", x), ">"], channel=["SIP/", ("PHONE", x), "-000000f1"],
                 lastapp="Park", lastdata=["default,,,", ("~", slot)])
    elif kind == "parked":
        slot = g("park")
        y = g("ext2")
        c.update(src=[("PHONE", y)], dst=[("~", slot)], dcontext="from-internal",
                 clid=['"', ("PERSON_NAME", g("nm2")), '" <', ("PHONE", y), ">"], channel=["SIP/", ("PHONE", y), "-000000f2"],
                 dstchannel=["SIP/", ("PHONE", x), "-000000f1"], lastapp="ParkedCall", lastdata=["default,", ("~", slot)])
    elif kind == "pickup":
        y = g("ext2")
        c.update(src=[("PHONE", x)], dst=["**", ("PHONE", y)],
                 dcontext="app-pickup", clid=['"', ("PERSON_NAME", nm), '" <', ("PHONE", x), ">"],
                 channel=["SIP/", ("PHONE", x), "-000000f3"], lastapp="Pickup", lastdata=[("PHONE", y), "@PICKUPMARK"])
    elif kind == "iax-out":
        num = g("phdig")
        c.update(accountcode=[("BADGE", g("badge"))], src=[("PHONE", x)], dst=[("PHONE", num)], dcontext="outbound-iax",
                 clid=['"', ("PERSON_NAME", nm), '" <', ("PHONE", x), ">"], channel=["SIP/", ("PHONE", x), "-000000f4"],
                 dstchannel="IAX2/voipgw-1234", lastapp="Dial", lastdata=["IAX2/voipgw/", ("PHONE", num)])
    elif kind == "iax-in":
        num = g("phe")
        c.update(src=[("PHONE", num)], dst=[("~", g("ivr"))], dcontext="ivr-main",
                 clid=['"', ("PHONE", num), '" <', ("PHONE", num), ">"], channel="IAX2/voipgw-5678",
                 lastapp="BackGround", lastdata="custom/valkommen&custom/meny", userfield=["kund=", ("PERSON_NAME", g("nm2"))])
    else:
        sv = g("svc").replace(" ", "").replace("-", "")
        c.update(src=[("PHONE", x)], dst=[("~", sv)], dcontext="outbound-iax",
                 clid=['"', ("PERSON_NAME", nm), '" <', ("PHONE", x), ">"], channel=["SIP/", ("PHONE", x), "-000000f5"],
                 dstchannel="IAX2/voipgw-9999", lastapp="Dial", lastdata=["IAX2/voipgw/", ("~", sv)])
    E.cdr_row(ctx, rec, E.AST_COLS, c, n=r.choice([17, 18]))


def fs_verto(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b, _ = _times(ctx)
    c = {"start_stamp": s, "answer_stamp": a, "end_stamp": e, "duration": d, "billsec": b,
         "hangup_cause": r.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "CALL_REJECTED", "NO_ROUTE_DESTINATION"]),
         "uuid": g("uuid"), "bleg_uuid": g("uuid") if r.random() < 0.5 else "", "read_codec": "opus", "write_codec": "opus"}
    kind = r.choice(["conf", "verto-out", "verto-int", "in", "ivr"])
    if kind == "conf":
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("~", g("conf"))], context="conferences", accountcode=[("~", g("costc"))])
    elif kind == "verto-out":
        c.update(caller_id_name=[("EMAIL", g("mail"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("phdig"))], context="verto", accountcode=[("BADGE", g("badge"))])
    elif kind == "verto-int":
        c.update(caller_id_name=[("USERNAME", g("usr"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("ext2"))], context="verto")
    elif kind == "in":
        num = g("phe")
        c.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)],
                 destination_number=[("PHONE", g("ext"))], context="public")
    else:
        c.update(caller_id_name=[("PERSON_NAME", g("nm"))], caller_id_number=[("PHONE", g("phe"))],
                 destination_number=[("PHONE", g("ivr"))], context="public")
    E.cdr_row(ctx, rec, E.FS_COLS, c)


def oxe(ctx, rec, cols):
    """Alcatel-Lucent OmniPCX Enterprise accounting tickets mapped into mod_cdr_csv columns."""
    r = ctx.rng
    g = ctx.gen
    s, a, e, d, b, _ = _times(ctx)
    c = {"start_stamp": s, "answer_stamp": a, "end_stamp": e, "duration": d, "billsec": b,
         "hangup_cause": "NORMAL_CLEARING", "uuid": g("uuid"), "bleg_uuid": "", "read_codec": "G722",
         "write_codec": "G722", "context": "oxe_node1"}
    kind = r.choice(["out", "out", "in", "hunt", "svc"])
    if kind == "out":
        c.update(caller_id_name=[("PERSON_NAME", g("SURgiven"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("phdig"))], accountcode=[("~", g("costc"))])
    elif kind == "in":
        c.update(caller_id_name=[("PERSON_NAME", g("SURgiven"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("PHONE", g("phe"))], accountcode=[("~", g("costc"))], context="oxe_incoming")
    elif kind == "hunt":
        c.update(caller_id_name="Groupement Accueil", caller_id_number=[("~", g("hunt"))],
                 destination_number=[("PHONE", g("phe"))], context="oxe_incoming")
    else:
        c.update(caller_id_name=[("PERSON_NAME", g("SURgiven"))], caller_id_number=[("PHONE", g("ext"))],
                 destination_number=[("~", g("svc").replace(" ", "").replace("-", ""))])
    E.cdr_row(ctx, rec, E.FS_COLS, c)


def cucm(ctx, rec, cols):
    r = ctx.rng
    g = ctx.gen
    t = int(E.moment(ctx).timestamp())
    dur = r.randint(0, 900)
    c = {"cdrRecordType": "1", "globalCallID_callManagerId": str(r.randint(1, 3)),
         "globalCallID_callId": [("~", str(r.randint(1000000, 9999999)))],
         "origLegCallIdentifier": [("~", str(r.randint(10 ** 7, 10 ** 8)))],
         "destLegIdentifier": str(r.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": str(t),
         "dateTimeConnect": str(t + 2) if dur else "0", "dateTimeDisconnect": str(t + 2 + dur), "duration": str(dur),
         "origNodeId": "1", "destNodeId": "1", "pkid": g("uuid"), "globalCallId_ClusterID": "CL-LINDHAGA",
         "origCause_value": "16", "destCause_value": "16", "origMediaCap_payloadCapability": "6",
         "destMediaCap_payloadCapability": "6", "origMediaTransportAddress_Port": str(r.randint(16384, 32766)),
         "destMediaTransportAddress_Port": str(r.randint(16384, 32766)), "origPrecedenceLevel": "4",
         "destPrecedenceLevel": "4"}
    for col in ("origIpAddr", "destIpAddr", "origMediaTransportAddress_IP", "destMediaTransportAddress_IP"):
        c[col] = [("IPV4", E.ipint(g("ip")))]
    a = g("ext")
    c["callingPartyNumber"] = [("PHONE", a)]
    c["callingPartyNumberPartition"] = "Internal_PT"
    c["origDeviceName"] = ["SEP", ("MAC", E.mac(ctx, "BARE"))]
    kind = r.choice(["park", "parkret", "ctirp", "intercom", "pickup", "out"])
    if kind == "park":
        slot = g("park")
        c["originalCalledPartyNumber"] = [("PHONE", g("ext2"))]
        c["finalCalledPartyNumber"] = [("~", slot)]
        c["lastRedirectDn"] = [("PHONE", a)]
        c["destDeviceName"] = "ParkingLotDevice"
        c["origCalledPartyRedirectOnBehalfOf"] = "3"
        c["lastRedirectRedirectReason"] = "8"
    elif kind == "parkret":
        slot = g("park")
        c["originalCalledPartyNumber"] = [("~", slot)]
        c["finalCalledPartyNumber"] = [("PHONE", g("ext2"))]
        c["lastRedirectDn"] = [("~", slot)]
        c["destDeviceName"] = ["SEP", ("MAC", E.mac(ctx, "BARE"))]
        c["lastRedirectRedirectOnBehalfOf"] = "3"
    elif kind == "ctirp":
        caller = g("phe")
        sb = r.choice(ctx.pools.SWITCHBOARDS).replace(" ", "").replace("-", "")
        c["callingPartyNumber"] = [("PHONE", caller)]
        c["origDeviceName"] = "SBC_Oracle_Trunk"
        c["originalCalledPartyNumber"] = [("~", sb)]
        c["lastRedirectDn"] = [("~", sb)]
        c["finalCalledPartyNumber"] = [("PHONE", g("ext2"))]
        c["destDeviceName"] = ["CSF", ("USERNAME", g("usrU"))]
        c["finalCalledPartyUnicodeLoginUserID"] = [("USERNAME", g("usr"))]
        c["lastRedirectingPartyPattern"] = "CTIRP_Vaxel"
        c["origCalledPartyRedirectOnBehalfOf"] = "7"
    elif kind == "intercom":
        b = g("ext2")
        c["originalCalledPartyNumber"] = ["88", ("PHONE", b)]
        c["finalCalledPartyNumber"] = ["88", ("PHONE", b)]
        c["finalCalledPartyNumberPartition"] = "Intercom_PT"
        c["destDeviceName"] = ["SEP", ("MAC", E.mac(ctx, "BARE"))]
        c["callingPartyUnicodeLoginUserID"] = [("USERNAME", g("usr"))]
    elif kind == "pickup":
        b = g("ext2")
        x = g("ext3")
        c["originalCalledPartyNumber"] = [("PHONE", b)]
        c["lastRedirectDn"] = [("PHONE", b)]
        c["finalCalledPartyNumber"] = [("PHONE", x)]
        c["destDeviceName"] = ["SEP", ("MAC", E.mac(ctx, "BARE"))]
        c["lastRedirectRedirectReason"] = "5"
        c["lastRedirectRedirectOnBehalfOf"] = "16"
    else:
        spec, nsn, _ = E.phone_parts(ctx, r.choice([k for k in ctx.pools.COUNTRIES if k != "46"]))
        user = g("usr")
        c["originalCalledPartyNumber"] = ["0", ("PHONE", "00" + spec["cc"] + nsn)]
        c["finalCalledPartyNumber"] = c["originalCalledPartyNumber"]
        c["outpulsedCalledPartyNumber"] = [("PHONE", "+" + spec["cc"] + nsn)]
        c["callingPartyUnicodeLoginUserID"] = [("USERNAME", user)]
        c["origDeviceName"] = ["TAB", ("USERNAME", user.upper())]
        c["destDeviceName"] = "SBC_Oracle_Trunk"
        c["clientMatterCode"] = [("~", str(r.randint(10000, 99999)))]
    E.cucm_row(ctx, rec, cols, c)


TEMPLATES = [
    ("syslog", "ftd-asa-style", ftd),
    ("syslog", "lighttpd-access", lighttpd),
    ("syslog", "pure-ftpd", pureftpd),
    ("syslog", "axigen", axigen),
    ("syslog", "qnap-qts", qnap),
    ("syslog", "elasticsearch-audit", esaudit),
    ("syslog", "oracle-sbc-cdr", acme),
    ("syslog", "nordic-case-system", saksys),
    ("syslog", "rails-multiline", rails),
    ("syslog", "paxton-net2", net2),
    ("syslog", "ipoffice-smdr", ipo_smdr),
    ("syslog", "freeipa-389ds", ipa),
    ("syslog", "skyhigh-mwg-access", mwg),
    ("syslog", "hotel-pms-i18n", pms),
    ("json", "bitbucket-webhook", bitbucket),
    ("json", "freshdesk-webhook", freshdesk),
    ("json", "telnyx-webhook", telnyx),
    ("json", "osquery-results", osquery),
    ("json", "gelf-java", gelf),
    ("json", "mattermost-audit", mattermost),
    ("json", "hr-export-i18n", hrexport),
    ("json", "hexnode-mdm", hexnode),
    ("json", "mirth-hl7-cda", mirth),
    ("kv-cef", "gravityzone-cef", gravityzone),
    ("kv-cef", "adaudit-kv", adaudit),
    ("kv-cef", "sms-router-map", smsrouter),
    ("kv-cef", "mimecast-siem", mimecast),
    ("kv-cef", "beyondtrust-rs", beyondtrust),
    ("asterisk-cdr", "grandstream-ucm", grandstream),
    ("asterisk-cdr", "asterisk-iax-park-pickup", ast_iax),
    ("freeswitch-cdr", "fs-verto-conference", fs_verto),
    ("freeswitch-cdr", "oxe-mapped", oxe),
    ("cisco-cucm-cdr", "cucm-park-ctirp-intercom", cucm),
]
