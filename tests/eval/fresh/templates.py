"""Templates of the `fresh` split: a development half, tuned on.

Products here are none of the tune split's (README) and none of aside/'s.
Labels say what a value IS (DESIGN.md), never what veil does with it.
Syntax: see evallib.py. Callable templates pick one of several real message
shapes of the same product.
"""
import string

import evallib
from evallib import render, weighted


def variants(*fmts):
    def tpl(ctx, rec, cols):
        render(ctx.rng.choice(fmts), ctx, rec)
    return tpl


def alnum(c, n, chars=string.ascii_letters + string.digits):
    return "".join(c.rng.choice(chars) for _ in range(n))


G = {}
G["b64s"] = lambda c: alnum(c, 16, string.ascii_letters + string.digits + "+/")
G["eximid"] = lambda c: f"{alnum(c, 6)}-{alnum(c, 6, string.ascii_uppercase + string.digits)}-{alnum(c, 2)}"
G["sid"] = lambda c: f"S-1-5-21-{c.rng.randint(10**8, 4*10**9)}-{c.rng.randint(10**8, 4*10**9)}-{c.rng.randint(10**8, 4*10**9)}-{c.rng.randint(1100, 99999)}"
G["HEX24"] = lambda c: evallib.hexs(c, 24).upper()
G["hash64"] = lambda c: evallib.hexs(c, 64)
G["hash32"] = lambda c: evallib.hexs(c, 32)
G["cardno"] = lambda c: str(c.rng.randint(10000, 9999999))
G["fc"] = lambda c: str(c.rng.randint(1, 255))
G["uid"] = lambda c: str(c.rng.randint(1001, 64000))
G["epochaudit"] = lambda c: f"{evallib.moment(c).timestamp():.0f}.{c.rng.randint(0, 999):03d}"
G["awsacct"] = lambda c: c.memo.setdefault("awsacct", evallib.digits(c.rng, 12))
G["akid"] = lambda c: alnum(c, 17, string.ascii_uppercase + string.digits)
G["key18"] = lambda c: alnum(c, 18, string.ascii_uppercase + string.digits)
G["rand22"] = lambda c: alnum(c, 22, string.ascii_letters + string.digits + "-_")
G["zoomid"] = lambda c: str(c.rng.randint(81000000000, 99999999999))
G["empno"] = lambda c: str(c.rng.randint(100000, 999999))
G["snhex"] = lambda c: c.rng.choice(["0017C5", "C0EAE4", "18B169"]) + evallib.hexs(c, 6).upper()
G["int6"] = lambda c: str(c.rng.randint(100000, 999999))
G["int8"] = lambda c: str(c.rng.randint(10000000, 99999999))
G["uptime"] = lambda c: str(c.rng.randint(1000, 999999))
G["ciscots"] = lambda c: f"{evallib.MONTHS[evallib.moment(c).month - 1]} {evallib.moment(c).day:2d} {evallib.moment(c):%H:%M:%S}.{c.rng.randint(0, 999):03d} CET"
G["smbtime"] = lambda c: f"{evallib.DAYS[evallib.moment(c).weekday()]}, {evallib.moment(c):%d %b %Y %H:%M:%S}.{c.rng.randint(0, 999999):06d} CET"
G["haptime"] = lambda c: f"{evallib.moment(c):%d/%b/%Y:%H:%M:%S}.{c.rng.randint(0, 999):03d}"
G["squidts"] = lambda c: f"{evallib.moment(c).timestamp():.0f}.{c.rng.randint(0, 999):03d}"
G["site"] = lambda c: c.rng.choice(["login.microsoftonline.com", "teams.microsoft.com", "www.skatteverket.se",
                                    "github.com", "api.bankid.com", "www.vg.no", "slack.com", "cdn.jsdelivr.net"])
G["subject"] = lambda c: c.rng.choice(["Faktura mars", "Re: Offert 2026", "Mötesinbjudan: Styrgrupp", "Undelivered Mail",
                                       "Your weekly report", "Lönespecifikation", "Fwd: kvitto"])
G["srxapp"] = lambda c: c.rng.choice(["SSL", "HTTP", "DNS", "MS-TEAMS", "OFFICE365", "UNKNOWN"])
G["ns"] = lambda c: c.rng.choice(["payments", "web-frontend", "monitoring", "kafka", "default"])
G["app"] = lambda c: c.rng.choice(["billing", "crm", "intranet", "hr-portal", "ordersvc", "edi"])
G["topic"] = lambda c: c.rng.choice(["Veckomöte drift", "Sprint review", "Kundmöte", "1:1", "Styrgruppsmöte Q2",
                                     "Onboarding"])
G["dept"] = lambda c: c.rng.choice(["Ekonomi", "Lönekontoret", "Servicedesk", "Kundtjänst", "Nordic Hub"])
G["urlcat"] = lambda c: c.rng.choice(["Professional Services", "Web Search", "Corporate Marketing", "News and Media",
                                      "Social Networking"])
G["mobileno"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "NO"))
G["phonefi"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "FI"))
G["costcentre"] = lambda c: c.rng.choice(["KST4410", "KST2210", "PROJ-77", "ekonomi", "support"])
G["pbxbadge"] = lambda c: c.rng.choice(["B", "K", ""]) + str(c.rng.randint(100000, 999999))
G["trunk"] = lambda c: c.rng.choice(["trunk-telia", "trunk-bahnhof", "sipgw-tele2", "telenor_sip"])
G["fsacct"] = lambda c: c.rng.choice(["", "", "1000", "default"])
G["codec"] = lambda c: c.rng.choice(["PCMA", "PCMU", "G722", "opus"])
G["hangup"] = lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY",
                                      "NO_ANSWER", "CALL_REJECTED", "NO_USER_RESPONSE"])
G["dispo"] = lambda c: c.rng.choice(["ANSWERED", "ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "FAILED"])
G["door"] = lambda c: c.rng.choice(["Huvudentré Plan 1", "Lastkaj", "Serverrum B2", "Garage Nord", "Kontor Plan 3"])
G["iso6z"] = lambda c: f"{evallib.moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999999):06d}Z"
G["juntsess"] = lambda c: str(c.rng.randint(10**9, 10**11))
G["recfile"] = lambda c: ""  # placeholder; recording names are built in the template

TEMPLATES = []


def T(pack, tid, tpl):
    TEMPLATES.append((pack, tid, tpl))


# ---------------------------------------------------------------- syslog

T("syslog", "junos-rt-flow", variants(
    '<14>1 «iso» srx-edge01 RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.129 source-address="«IPV4:ip4@s»" '
    'source-port="«port@sp»" destination-address="«IPV4:ip4@d»" destination-port="«sport@dp»" connection-tag="0" '
    'service-name="junos-https" nat-source-address="«IPV4:ip4@n»" nat-source-port="«port»" '
    'nat-destination-address="«IPV4:@d»" nat-destination-port="«@dp»" nat-rule-type="source rule" '
    'nat-rule-name="trust-to-internet" src-nat-rule-type="N/A" src-nat-rule-name="N/A" dst-nat-rule-type="N/A" '
    'dst-nat-rule-name="N/A" protocol-id="6" policy-name="allow-web" source-zone-name="trust" '
    'destination-zone-name="untrust" session-id="«~juntsess»" username="«USERNAME:user»" roles="N/A" '
    'packet-incoming-interface="ge-0/0/1.0" application="«srxapp»" nested-application="UNKNOWN" encrypted="No"] '
    'session created «IPV4:@s»/«@sp»->«IPV4:@d»/«@dp» 0x0 junos-https «IPV4:@n»/«port»->«IPV4:@d»/«@dp» 0x0',
    '«ts» srx-edge01 RT_FLOW: RT_FLOW_SESSION_CLOSE: session closed TCP FIN: «IPV4:ip4@s»/«port»->«IPV4:ip4@d»/443 '
    '0x0 junos-https «IPV4:ip4»/«port»->«IPV4:@d»/443 0x0 source rule trust-to-internet N/A N/A 6 allow-web trust '
    'untrust «~juntsess» «int3»(«bytes») «int3»(«bytes») «dur» «srxapp» UNKNOWN N/A(N/A) ge-0/0/1.0 No',
    '«ts» srx-edge01 RT_FLOW: RT_FLOW_SESSION_DENY: session denied «IPV6:ip6»/«port»->«IPV6:ip6»/«sport» 0x0 '
    'junos-dns-udp 17(0) deny-all untrust trust UNKNOWN UNKNOWN N/A(N/A) ge-0/0/0.0 No policy deny',
    '«ts» srx-edge01 RT_FLOW: APPTRACK_SESSION_CLOSE: AppTrack session closed TCP RST: «IPV4:ip4»/«port»->'
    '«IPV4:ip4»/443 junos-https «srxapp» UNKNOWN «IPV4:ip4»/«port»->«IPV4:ip4»/443 trust-to-internet '
    'source rule N/A N/A 6 allow-web trust untrust «~juntsess» «int3»(«bytes») «int3»(«bytes») «dur» '
    '«domain»\\«USERNAME:user» N/A No',
))

T("syslog", "dovecot", variants(
    '«ts» mail02 dovecot: imap-login: Login: user=<«USERNAME:user»>, method=PLAIN, rip=«IPV4:ip4», lip=«IPV4:ip4», '
    'mpid=«pid», TLS, session=<«b64s»>',
    '«ts» mail02 dovecot: auth-worker(«pid»): pam(«USERNAME:user»,«IPV4:ip4»,<«b64s»>): pam_authenticate() failed: '
    'Authentication failure (Password mismatch?)',
    '«ts» mail02 dovecot: imap(«USERNAME:user»)<«pid»><«b64s»>: Disconnected: Logged out in=«int3» out=«bytes» '
    'deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0',
    '«ts» mail02 dovecot: lmtp(«EMAIL:email»)<«pid»><«b64s»>: sieve: msgid=<«hex16»@«edom»>: stored mail into '
    "mailbox 'INBOX'",
    '«ts» mail02 dovecot: pop3-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<«USERNAME:user»>, '
    'method=PLAIN, rip=«IPV6:ip6», lip=«IPV6:ip6», TLS, session=<«b64s»>',
    '«ts» mail02 dovecot: auth: passwd-file(«EMAIL:email»,«IPV4:ip4»): unknown user',
    '«ts» mail02 dovecot: master: Dovecot v«~version» (7b1b5d2) starting up for imap, pop3, lmtp',
))

T("syslog", "strongswan-charon", variants(
    "«ts» vpn-gw1 charon: 09[IKE] received EAP identity '«USERNAME:user»'",
    "«ts» vpn-gw1 charon: 14[IKE] IKE_SA rw-eap[«int3»] established between «IPV4:ip4»[vpn.«idom»]..."
    "«IPV4:ip4@p»[«IPV4:@p»]",
    "«ts» vpn-gw1 charon: 11[IKE] assigning virtual IP «IPV4:ip4» to peer '«EMAIL:email»'",
    "«ts» vpn-gw1 charon: 06[CFG] looking for peer configs matching «IPV4:ip4»[vpn.«idom»]...«IPV4:ip4»"
    "[C=SE, O=Bergsbolaget, CN=«PERSON_NAME:fullname»]",
    "«ts» vpn-gw1 charon: 16[IKE] EAP method EAP_MSCHAPV2 failed for peer «IPV6:ip6»",
    "«ts» vpn-gw1 charon: 03[NET] received packet: from «IPV4:ip4»[4500] to «IPV4:ip4»[4500] («int3» bytes)",
    "«ts» vpn-gw1 charon: 12[IKE] deleting IKE_SA rw-eap[«int3»] between «IPV4:ip4»[vpn.«idom»]..."
    "«IPV4:ip4»[«USERNAME:user»]",
))

T("syslog", "exim", variants(
    '«datetime» «eximid» <= «EMAIL:email» H=(«host») [«IPV4:ip4»]:«port» I=[«IPV4:ip4»]:587 P=esmtpsa '
    'X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no A=dovecot_plain:«USERNAME:user» S=«bytes» id=«hex16»@«edom» '
    'T="«subject»" for «EMAIL:email2»',
    '«datetime» «eximid» => «EMAIL:email» R=dnslookup T=remote_smtp H=mx1.«edom» [«IPV4:ip4»] '
    'X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes C="250 2.0.0 OK  «~epoch» «rand8».«int3» - gsmtp"',
    '«datetime» «eximid» ** «EMAIL:email@x» R=dnslookup T=remote_smtp: SMTP error from remote mail server after '
    'RCPT TO:<«EMAIL:@x»>: 550 5.1.1 user unknown',
    '«datetime» H=(«host») [«IPV4:ip4»] F=<«EMAIL:email»> rejected RCPT <«EMAIL:email2»>: relay not permitted',
    '«datetime» «eximid» Completed QT=«int2»s',
    '«datetime» dovecot_login authenticator failed for (User) [«IPV4:ip4»]:«port»: 535 Incorrect authentication '
    'data (set_id=«EMAIL:email»)',
))

T("syslog", "squid", variants(
    '«squidts» «int4» «IPV4:ip4» TCP_TUNNEL/200 «bytes» CONNECT «site»:443 «USERNAME:user» HIER_DIRECT/«IPV4:ip4» -',
    '«squidts» «int4» «IPV4:ip4» TCP_MISS/200 «bytes» GET http://«site»/ «USERNAME:user»@«realm» '
    'HIER_DIRECT/«IPV4:ip4» text/html',
    '«squidts» «int3» «IPV4:ip4» TCP_DENIED/407 «int4» CONNECT «site»:443 - HIER_NONE/- text/html',
    '«squidts» «int4» «IPV6:ip6» TCP_TUNNEL/200 «bytes» CONNECT «site»:443 «USERNAME:user» '
    'HIER_DIRECT/«IPV6:ip6» -',
))

T("syslog", "haproxy", variants(
    '«ts» lb-ext2 haproxy[«pid»]: «IPV4:ip4»:«port» [«haptime»] fe_https~ be_portal/app07 0/0/1/«int3»/«int3» '
    '«status» «bytes» - - ---- «int2»/«int2»/0/0/0 0/0 {«IPV4:ip4»|«~useragent»} "GET «path» HTTP/1.1"',
    '«ts» lb-ext2 haproxy[«pid»]: «IPV4:ip4»:«port» [«haptime»] fe_https~ be_api/app07 0/0/0/«int3»/«int3» 200 '
    '«bytes» - - ---- «int2»/«int2»/0/0/0 0/0 "GET /api/v2/customers/«PERSONNUMMER:pnr12»/invoices HTTP/1.1"',
    '«ts» lb-ext2 haproxy[«pid»]: «IPV4:ip4»:«port» [«haptime»] fe_https~ be_api/app07 0/0/0/«int3»/«int3» 200 '
    '«bytes» - - ---- «int2»/«int2»/0/0/0 0/0 "GET /api/v1/lookup?msisdn=«PHONE:phonenum»&ref=«~ticket» HTTP/1.1"',
    '«ts» lb-ext2 haproxy[«pid»]: Server be_portal/app07 is DOWN, reason: Layer4 timeout, check duration: '
    '«int4»ms. 1 active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
))

T("syslog", "samba-auth", variants(
    '«ts» fs01 smbd[«pid»]: Auth: [SMB2,(null)] user [«domain»]\\[«USERNAME:user@u»] at [«smbtime»] with [NTLMv2] '
    'status [NT_STATUS_OK] workstation [LT-«int4»] remote host [ipv4:«IPV4:ip4»:«port»] became '
    '[«domain»]\\[«USERNAME:@u»] [«~sid»]. local host [ipv4:«IPV4:ip4»:445] NETLOGON computer [LT-«int4»] '
    'trust account [LT-«int4»$]',
    '«ts» fs01 smbd[«pid»]: Auth: [SMB2,(null)] user [«domain»]\\[«USERNAME:user»] at [«smbtime»] with [NTLMv2] '
    'status [NT_STATUS_WRONG_PASSWORD] workstation [LT-«int4»] remote host [ipv6:«IPV6:ip6»:«port»] mapped to '
    '[«domain»]\\[«USERNAME:user»]. local host [ipv6:«IPV6:ip6»:445]',
    '«ts» fs01 winbindd[«pid»]: [«date» «time».«int6»,  0] ../../source3/winbindd/winbindd_pam.c:2548(winbindd_pam_auth_crap) '
    'winbindd_pam_auth_crap: user \'«domain»\\«USERNAME:user»\' failed: NT_STATUS_ACCOUNT_LOCKED_OUT',
))

T("syslog", "cisco-ios", variants(
    '<189>«int4»: «ciscots»: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: «USERNAME:user»] [Source: «IPV4:ip4»] '
    '[localport: 22] at «time» CET «ctime»',
    '<188>«int4»: «ciscots»: %SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: «USERNAME:user»] [Source: «IPV4:ip4»] '
    '[localport: 22] [Reason: Login Authentication Failed] at «time» CET «ctime»',
    '<189>«int4»: «ciscots»: %DOT1X-5-SUCCESS: Authentication successful for client («MAC:maccisco») on Interface '
    'Gi1/0/«int2» AuditSessionID «~HEX24»',
    '<189>«int4»: «ciscots»: %AUTHMGR-5-START: Starting \'dot1x\' for client («MAC:maccisco») on Interface '
    'Gi1/0/«int2» AuditSessionID «~HEX24»',
    '<188>«int4»: «ciscots»: %SW_MATM-4-MACFLAP_NOTIF: Host «MAC:maccisco» in vlan «int3» is flapping between port '
    'Gi1/0/«int2» and port Po1',
    '<189>«int4»: «ciscots»: %PARSER-5-CFGLOG_LOGGEDCMD: User:«USERNAME:user»  logged command:interface '
    'GigabitEthernet1/0/«int2»',
    '<189>«int4»: «ciscots»: %SYS-5-CONFIG_I: Configured from console by «USERNAME:user» on vty0 («IPV4:ip4»)',
    '<190>«int4»: «ciscots»: %SNMP-6-TRAP: sent trap «~oid» to «IPV4:ip4» (Cisco IOS Software, Version «~version»)',
))

T("syslog", "mikrotik", variants(
    '«ts» mtik-hq system,error,critical login failure for user «USERNAME:user» from «IPV4:ip4» via winbox',
    '«ts» mtik-hq system,info,account user «USERNAME:user» logged in from «MAC:maccolon|U» via winbox',
    '«ts» mtik-hq hotspot,account,info,debug «USERNAME:user» («IPV4:ip4»): logged in',
    '«ts» mtik-hq dhcp,info dhcp-lan assigned «IPV4:ip4» to «MAC:maccolon|U»',
    '«ts» mtik-hq wireless,info «MAC:maccolon|U»@wlan1: connected, signal strength -«int2»',
    '«ts» mtik-hq ppp,info,account «USERNAME:user» logged in, «IPV4:ip4» from «IPV4:ip4»',
    '«ts» mtik-hq firewall,info input: in:ether1 out:(unknown 0), src-mac «MAC:maccolon», proto TCP (SYN), '
    '«IPV4:ip4»:«port»->«IPV4:ip4»:8291, len 60',
))

T("syslog", "vsftpd", variants(
    '«ctime» [pid «pid»] CONNECT: Client "«IPV6:ip6mapped»"',
    '«ctime» [pid «pid»] [«USERNAME:user»] OK LOGIN: Client "«IPV4:ip4»"',
    '«ctime» [pid «pid»] [«USERNAME:user»] FAIL LOGIN: Client "«IPV4:ip4»"',
    '«ctime» [pid «pid»] [«USERNAME:user@u»] OK UPLOAD: Client "«IPV4:ip4»", "/home/«USERNAME:@u»/export_«int4».csv", '
    '«bytes» bytes, «int3».«int2»Kbyte/sec',
    '«ts» ftp01 vsftpd[«pid»]: pam_unix(vsftpd:auth): authentication failure; logname= uid=0 euid=0 tty=ftp '
    'ruser=«USERNAME:user» rhost=«IPV4:ip4»',
))

T("syslog", "freeswitch-console", variants(
    '«iso6» [NOTICE] switch_channel.c:1142 New Channel sofia/internal/«PHONE:ext»@«IPV4:ip4» [«uuid»]',
    '«iso6» [INFO] mod_dialplan_xml.c:639 Processing «PERSON_NAME:fullname» <«PHONE:ext»>->«PHONE:phonenat» in '
    'context default',
    '«iso6» [WARNING] sofia_reg.c:1792 SIP auth failure (REGISTER) on sofia profile \'internal\' for '
    '[«PHONE:ext»@«idom»] from ip «IPV4:ip4»',
    '«iso6» [NOTICE] switch_cpp.cpp:1465 Hangup sofia/external/«PHONE:e164»@sip.telia.se [CS_EXECUTE] '
    '[NORMAL_CLEARING]',
    '«iso6» [NOTICE] sofia_reg.c:2250 Registered user «PHONE:ext@e»@«idom» from «IPV4:ip4»:«port» contact '
    'sip:«PHONE:@e»@«IPV4:ip4»:«port»;transport=tls',
    '«iso6» [INFO] mod_dptools.c:1671 sofia/external/«PHONE:e164» Bridge to sofia/internal/«PHONE:ext»%«idom» '
    'caller name "«PERSON_NAME:name»"',
    '«iso6» [NOTICE] mod_voicemail.c:2464 Update MWI «PHONE:ext»@«idom» «int2»/«int2»',
))

T("syslog", "gallagher-door", variants(
    '«ts» door-ctl2 CommandCentre[«pid»]: Event 20003 Card Access Granted: Cardholder "«PERSON_NAME:fullname»" '
    'card «BADGE:cardno» facility «~fc» at "«door»"',
    '«ts» door-ctl2 CommandCentre[«pid»]: Event 20005 Card Access Denied (card expired): card «BADGE:cardno» '
    'at "«door»"',
    '«ts» door-ctl2 CommandCentre[«pid»]: Cardholder «PERSON_NAME:name» (card number «BADGE:cardno») added to '
    'access group "Städ kväll" by operator «USERNAME:user2»',
    '«ts» door-ctl2 CommandCentre[«pid»]: Door "«door»" forced open, alarm «~sessid» raised, controller '
    'firmware «~version»',
))

T("syslog", "helpdesk-note", variants(
    '«ts» app07 servicedesk[«pid»]: «~ticket» uppdaterad: Kund «PERSON_NAME:name» (personnr «PERSONNUMMER:pnr») '
    'ringde från «PHONE:mobilese» och vill byta e-post till «EMAIL:email». Handläggare: «USERNAME:user2»',
    '«ts» app07 servicedesk[«pid»]: «~ticket» : Innringer «PERSON_NAME:name» tlf «PHONE:mobileno» melder at VPN '
    'ikke virker fra hjemmekontor. Sak tildelt «USERNAME:user2»',
    '«ts» app07 servicedesk[«pid»]: «~ticket» note by «USERNAME:user2»: called back «PERSON_NAME:name» on '
    '«PHONE:phone», handset IMEI «IMEI:imei» blocked, replacement SIM IMSI «IMSI:imsi» activated',
    '«ts» app07 servicedesk[«pid»]: «~ticket» Samordningsnummer «SAMORDNINGSNUMMER:snr» registrerat för '
    '«PERSON_NAME:name», fakturamottagare org.nr «ORGNR:orgnr»',
    '«ts» app07 servicedesk[«pid»]: «~ticket» Felaktigt personnummer angivet («~badpnr»), kunden hänvisad till '
    '«~svc». Ingen åtgärd.',
    '«ts» app07 servicedesk[«pid»]: «~ticket» Asiakas «PERSON_NAME:name» soitti numerosta «PHONE:phonefi», '
    'salasana nollattu tunnukselle «USERNAME:user»',
    '«ts» app07 servicedesk[«pid»]: «~ticket» Leverantör «ORGNR:orgnr» har fel bankgiro, kontakt '
    '«PERSON_NAME:fullname2» «EMAIL:email2»; kontrollsiffra i «~badorgnr» stämmer inte',
))

# ---------------------------------------------------------------- json

T("json", "vault-audit", variants(
    '{"time":"«iso6z»","type":"response","auth":{"client_token":"hmac-sha256:«hash64»","accessor":"hmac-sha256:'
    '«hash64»","display_name":"ldap-«USERNAME:user@u»","policies":["default","kv-read"],"token_policies":'
    '["default","kv-read"],"metadata":{"username":"«USERNAME:@u»"},"entity_id":"«uuid»","token_type":"service"},'
    '"request":{"id":"«uuid»","operation":"read","mount_type":"kv","client_token":"hmac-sha256:«hash64»",'
    '"path":"secret/data/«app»/db","remote_address":"«IPV4:ip4»","remote_port":«port»},"response":'
    '{"mount_type":"kv","mount_running_plugin_version":"v0.20.0+builtin"}}',
    '{"time":"«iso6z»","type":"request","auth":{"display_name":"oidc-«EMAIL:email@e»","policies":["default"],'
    '"metadata":{"role":"default","email":"«EMAIL:@e»"},"entity_id":"«uuid»","token_type":"service",'
    '"token_ttl":2764800},"request":{"id":"«uuid»","operation":"update","path":"auth/token/renew-self",'
    '"remote_address":"«IPV6:ip6»","remote_port":«port»,"headers":{"user-agent":["«~useragent»"]}}}',
    '{"time":"«iso6z»","type":"response","auth":{"display_name":"userpass-«USERNAME:user@u»","policies":["default"]},'
    '"request":{"id":"«uuid»","operation":"update","path":"auth/userpass/login/«USERNAME:@u»","remote_address":'
    '"«IPV4:ip4»"},"error":"invalid username or password"}',
))

T("json", "k8s-audit", variants(
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"«uuid»","stage":"ResponseComplete",'
    '"requestURI":"/api/v1/namespaces/«ns»/pods/«app»-«hex8»/exec?command=sh&stdin=true","verb":"create","user":'
    '{"username":"«EMAIL:email»","groups":["system:authenticated","oidc:sre"]},"sourceIPs":["«IPV4:ip4»"],'
    '"userAgent":"«~useragent»","objectRef":{"resource":"pods","namespace":"«ns»","name":"«app»-«hex8»",'
    '"apiVersion":"v1","subresource":"exec"},"responseStatus":{"metadata":{},"code":101},'
    '"requestReceivedTimestamp":"«iso6z»","stageTimestamp":"«iso6z»"}',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"«uuid»","stage":"ResponseComplete",'
    '"requestURI":"/apis/apps/v1/namespaces/«ns»/deployments/«app»","verb":"patch","user":{"username":'
    '"oidc:«USERNAME:user»","groups":["oidc:k8s-admins","system:authenticated"],"extra":{"authentication.kubernetes.io/'
    'credential-id":["JTI=«uuid»"]}},"sourceIPs":["«IPV4:ip4»","«IPV6:ip6»"],"userAgent":"«~useragent»",'
    '"responseStatus":{"metadata":{},"code":200},"annotations":{"authorization.k8s.io/decision":"allow"}}',
    '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"«uuid»","stage":"ResponseComplete",'
    '"requestURI":"/api/v1/namespaces/«ns»/secrets","verb":"list","user":{"username":'
    '"system:serviceaccount:«ns»:«~sysuser»","uid":"«uuid»"},"sourceIPs":["«IPV4:ip4»"],"userAgent":"«~useragent»",'
    '"responseStatus":{"metadata":{},"status":"Failure","reason":"Forbidden","code":403}}',
))

T("json", "cloudtrail", variants(
    '{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA«akid»","arn":"arn:aws:iam::'
    '«~awsacct»:user/«USERNAME:user@u»","accountId":"«~awsacct»","userName":"«USERNAME:@u»"},"eventTime":"«iso0»",'
    '"eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"eu-north-1","sourceIPAddress":'
    '"«IPV4:ip4»","userAgent":"«~useragent»","requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},'
    '"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/","MobileVersion":"No","MFAUsed":"Yes"},'
    '"eventID":"«uuid»","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,'
    '"recipientAccountId":"«~awsacct»","eventCategory":"Management"}',
    '{"eventVersion":"1.10","userIdentity":{"type":"AssumedRole","principalId":"AROA«akid»:«EMAIL:email@e»","arn":'
    '"arn:aws:sts::«~awsacct»:assumed-role/AWSReservedSSO_AdministratorAccess_«hex16»/«EMAIL:@e»","accountId":'
    '"«~awsacct»","sessionContext":{"sessionIssuer":{"type":"Role","userName":"AWSReservedSSO_AdministratorAccess_'
    '«hex16»"},"attributes":{"creationDate":"«iso0»","mfaAuthenticated":"false"}}},"eventTime":"«iso0»",'
    '"eventSource":"s3.amazonaws.com","eventName":"DeleteObject","awsRegion":"eu-north-1","sourceIPAddress":'
    '"«IPV6:ip6»","userAgent":"«~useragent»","requestParameters":{"bucketName":"«app»-exports","key":'
    '"2026/«PERSONNUMMER:pnr12».pdf"},"eventID":"«uuid»"}',
))

T("json", "duo-auth", variants(
    '{"access_device":{"browser":"Chrome","browser_version":"131.0.6778.86","ip":"«IPV4:ip4»","location":{"city":'
    '"«~place»","country":"Sweden","state":"Västra Götaland"},"os":"Windows","os_version":"10"},"alias":"",'
    '"application":{"key":"DI«key18»","name":"Microsoft Azure Active Directory"},"auth_device":{"ip":"«IPV4:ip4»",'
    '"location":{"city":"«~place»","country":"Sweden","state":""},"name":"«PHONE:phone»"},"email":"«EMAIL:email»",'
    '"event_type":"authentication","factor":"duo_push","isotimestamp":"«iso6»","reason":"user_approved","result":'
    '"success","timestamp":«epoch»,"txid":"«uuid»","user":{"groups":["Staff"],"key":"DU«key18»","name":'
    '"«USERNAME:user»"}}',
    '{"access_device":{"ip":"«IPV6:ip6»","hostname":null},"application":{"key":"DI«key18»","name":"Cisco ASA VPN"},'
    '"auth_device":{"name":"«PHONE:e164»"},"email":"","event_type":"authentication","factor":"phone_call",'
    '"reason":"user_mistake","result":"denied","timestamp":«epoch»,"user":{"key":"DU«key18»","name":'
    '"«USERNAME:user»"}}',
))

T("json", "gitlab-audit", variants(
    '{"severity":"INFO","time":"«iso»","correlation_id":"«rand22»","author_id":«int4»,"author_name":'
    '"«PERSON_NAME:fullname|j»","entity_id":«int3»,"entity_type":"Project","entity_path":"infra/«app»",'
    '"target_id":«int4»,"target_type":"User","target_details":"«PERSON_NAME:fullname2|j»","custom_message":'
    '"Added user access as Developer","ip_address":"«IPV4:ip4»","author_class":"User","meta.user":'
    '"«USERNAME:user»","meta.client_id":"user/«int4»"}',
    '{"severity":"INFO","time":"«iso»","correlation_id":"«rand22»","author_id":«int4»,"author_name":'
    '"«PERSON_NAME:name|u»","entity_type":"User","entity_path":"«USERNAME:user2»","custom_message":'
    '"Changed email from «EMAIL:email2» to «EMAIL:email2»","ip_address":"«IPV6:ip6»","meta.user":"«USERNAME:user»"}',
    '{"severity":"INFO","time":"«iso»","author_id":-1,"author_name":"An unauthenticated user","entity_type":"User",'
    '"custom_message":"Failed to login with STANDARD authentication","failed_login":"STANDARD","ip_address":'
    '"«IPV4:ip4»","target_details":"«USERNAME:user»"}',
))

T("json", "sysmon-nxlog", variants(
    r'{"EventTime":"«datetime»","Hostname":"LT-«int4».«idom»","Keywords":-9223372036854775808,"EventType":"INFO",'
    r'"SeverityValue":2,"Severity":"INFO","EventID":3,"SourceName":"Microsoft-Windows-Sysmon","ProviderGuid":'
    r'"{5770385F-C22A-43E0-BF4C-06F5698FFBD9}","Version":5,"Task":3,"OpcodeValue":0,"RecordNumber":«bigcount»,'
    r'"ProcessID":«pid»,"ThreadID":«pid»,"Channel":"Microsoft-Windows-Sysmon/Operational","Domain":"NT AUTHORITY",'
    r'"AccountName":"SYSTEM","UserID":"S-1-5-18","AccountType":"User","Category":"Network connection detected '
    r'(rule: NetworkConnect)","Opcode":"Info","UtcTime":"«datetime».«int3»","ProcessGuid":"{«UUID»}",'
    r'"Image":"C:\\Users\\«USERNAME:user@u»\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe","User":'
    r'"«domain»\\«USERNAME:@u»","Protocol":"udp","Initiated":"true","SourceIsIpv6":"false","SourceIp":"«IPV4:ip4»",'
    r'"SourcePort":"«port»","DestinationIsIpv6":"false","DestinationIp":"«IPV4:ip4»","DestinationPort":"3478"}',
    r'{"EventTime":"«datetime»","Hostname":"LT-«int4».«idom»","EventID":1,"SourceName":"Microsoft-Windows-Sysmon",'
    r'"Channel":"Microsoft-Windows-Sysmon/Operational","UtcTime":"«datetime».«int3»","ProcessGuid":"{«UUID»}",'
    r'"Image":"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe","FileVersion":"10.0.19041.3996",'
    r'"CommandLine":"powershell.exe -nop -c Get-ADUser -Identity «USERNAME:user2»","CurrentDirectory":'
    r'"C:\\Users\\«USERNAME:user@u»\\","User":"«domain»\\«USERNAME:@u»","LogonId":"0x«hex8»","Hashes":'
    r'"SHA256=«~hash64»","ParentImage":"C:\\Windows\\explorer.exe"}',
))

T("json", "twilio-sms", variants(
    '{"ts":"«iso»","level":"info","msg":"inbound sms","webhook":"twilio","params":{"ToCountry":"SE","SmsMessageSid":'
    '"SM«hash32»","NumMedia":"0","SmsStatus":"received","Body":"Hej! Det är «PERSON_NAME:fullname|j», jag blir '
    '10 min sen till mötet","FromCountry":"SE","To":"«PHONE:e164»","MessagingServiceSid":"MG«hash32»",'
    '"NumSegments":"1","AccountSid":"AC«hash32»","From":"«PHONE:e164»","ApiVersion":"2010-04-01"}}',
    '{"ts":"«iso»","level":"info","msg":"status callback","webhook":"twilio","params":{"MessageStatus":"undelivered",'
    '"ErrorCode":"30006","MessageSid":"SM«hash32»","To":"«PHONE:e164»","From":"«~svc»","AccountSid":"AC«hash32»",'
    '"ApiVersion":"2010-04-01"}}',
    '{"ts":"«iso»","level":"warn","msg":"otp sms sent","to":"«PHONE:e164»","code_len":6,"template":"login_otp",'
    '"user":"«USERNAME:user»","sid":"SM«hash32»","price":"-0.0725","price_unit":"USD"}',
))

T("json", "zoom-webhook", variants(
    '{"event":"meeting.participant_joined","event_ts":«epochms»,"payload":{"account_id":"«rand22»","object":{"uuid":'
    '"«b64s»==","id":"«~zoomid»","host_id":"«rand22»","topic":"«topic»","type":2,"start_time":"«iso0»",'
    '"timezone":"Europe/Stockholm","duration":60,"participant":{"user_id":"«int8»","user_name":'
    '"«PERSON_NAME:name|j»","id":"«rand22»","participant_uuid":"«UUID»","join_time":"«iso0»","email":"«EMAIL:email»",'
    '"registrant_id":"","participant_user_id":"«rand22»","customer_key":"","phone_number":""}}}}',
    '{"event":"meeting.participant_joined","event_ts":«epochms»,"payload":{"account_id":"«rand22»","object":{"id":'
    '"«~zoomid»","topic":"«topic»","participant":{"user_id":"«int8»","user_name":"«PHONE:phone»","join_time":'
    '"«iso0»","email":"","phone_number":"«PHONE:e164»"}}}}',
))

T("json", "hr-export", variants(
    '{"anstallningsnummer":"«~empno»","personnummer":"«PERSONNUMMER:pnr»","fornamn":"«PERSON_NAME:given|j»",'
    '"efternamn":"«PERSON_NAME:surname|j»","epost":"«EMAIL:email»","mobil":"«PHONE:mobilese»","kostnadsstalle":'
    '"«int4»","arbetsgivare":{"namn":"Bergsbolaget AB","orgnr":"«ORGNR:orgnr»"},"chef":"«PERSON_NAME:fullname2|j»",'
    '"anstalld_fran":"«date»","status":"aktiv"}',
    '{"anstallningsnummer":"«~empno»","samordningsnummer":"«SAMORDNINGSNUMMER:snr»","namn":'
    '"«PERSON_NAME:fullname|u»","epost":"«EMAIL:email»","telefon":{"arbete":"«PHONE:phonese»","mobil":null},'
    '"bank":{"clearing":"8327","konto":"«~bignum»"},"uppdragsgivare_orgnr":"«ORGNR:orgnr»","status":"konsult"}',
    '{"anstallningsnummer":"«~empno»","personnummer":"«~badpnr»","valideringsfel":"kontrollsiffra","fornamn":'
    '"«PERSON_NAME:given|j»","efternamn":"«PERSON_NAME:surname|j»","kortnummer":"«BADGE:cardno»"}',
))

# ---------------------------------------------------------------- kv-cef

T("kv-cef", "sonicwall", variants(
    '<134>id=firewall sn=«~snhex» time="«datetime»" fw=«IPV4:ip4» pri=6 c=1024 m=537 msg="Connection Closed" '
    'app=«int4» appName=\'General HTTPS MGMT\' n=«int6» usr="«USERNAME:user»" src=«IPV4:ip4»:«port»:X0 '
    'dst=«IPV4:ip4»:443:X1 srcMac=«MAC:maccolon» dstMac=«MAC:maccolon» proto=tcp/https sent=«bytes» rcvd=«bytes» '
    'spkt=«int3» rpkt=«int3» cdur=«int4» rule="5 (LAN->WAN)" fw_action="NA"',
    '<134>id=firewall sn=«~snhex» time="«datetime»" fw=«IPV4:ip4» pri=6 c=16 m=1080 msg="SSL VPN zone remote user '
    'login allowed" n=«int4» usr="«USERNAME:user»" src=«IPV4:ip4»:«port»:X1 dst=«IPV4:ip4»:4433:X1 proto=tcp/4433 '
    'note="«IPV4:ip4»"',
    '<129>id=firewall sn=«~snhex» time="«datetime»" fw=«IPV4:ip4» pri=1 c=32 m=24 msg="User login denied due to bad '
    'credentials" n=«int4» usr="«EMAIL:email»" src=«IPV4:ip4»::X1 dst=«IPV4:ip4»::X1 note="Admin login from '
    '«IPV4:ip4»"',
))

T("kv-cef", "crowdstrike-cef", variants(
    r'CEF:0|CrowdStrike|FalconHost|1.0|DetectionSummaryEvent|Detection Summary Event|«sev»|externalID=«hash32» '
    r'cat=Suspicious Activity cs2Label=SensorId cs2=«hash32» duser=«USERNAME:user@u» dntdom=«domain» dhost=LT-«int4» '
    r'src=«IPV4:ip4» smac=«MAC:macdash» fname=powershell.exe filePath=\\Device\\HarddiskVolume3\\Users\\'
    r'«USERNAME:@u»\\Downloads fileHash=«~hash64» act=Process Killed cs1Label=Tactic cs1=Execution '
    r'cs3Label=Technique cs3=PowerShell msg=A process launched by «USERNAME:@u» downloaded a script',
    r'CEF:0|CrowdStrike|FalconHost|1.0|UserActivityAuditEvent|User Activity Audit Event|2|suser=«EMAIL:email» '
    r'src=«IPV4:ip4» act=detection_update cs1Label=DetectionID cs1=ldt:«hash32»:«~bignum» msg=assigned_to_uid '
    r'«EMAIL:email2»',
))

T("kv-cef", "zscaler-cef", variants(
    'CEF:0|Zscaler|NSSWeblog|5.7|Allowed|Allowed|3|act=Allowed reason=Allowed app=HTTPS dhost=«site» dst=«IPV4:ip4» '
    'src=«IPV4:ip4» sourceTranslatedAddress=«IPV4:ip4» in=«bytes» out=«bytes» request=https://«site»«path» '
    'requestContext=None requestMethod=CONNECT suser=«EMAIL:email» spriv=Road Warrior externalId=«~bigcount» '
    'fileType=None destinationServiceName=«site» cat=«urlcat» deviceDirection=1 cn1=«int2» cn1Label=riskscore '
    'cs1=«~dept» cs1Label=dept cs2=«urlcat» cs2Label=urlsupercat cs3=«~place» cs3Label=location '
    'requestClientApplication=«~useragent»',
    'CEF:0|Zscaler|NSSWeblog|5.7|Blocked|Blocked|7|act=Blocked reason=Not allowed to browse this category '
    'app=HTTP dhost=«site» dst=«IPV4:ip4» src=«IPV6:ip6» suser=«EMAIL:email» spriv=Office cs1=«~dept» '
    'cs1Label=dept cs5Label=devicehostname cs5=LT-«int4» cs6Label=devicemodel cs6=20XW004RMX',
))

T("kv-cef", "auditd-raw", variants(
    "type=USER_AUTH msg=audit(«epochaudit»:«int4»): pid=«pid» uid=0 auid=4294967295 ses=4294967295 "
    "subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=PAM:authentication grantors=? acct=\"«USERNAME:user»\" "
    "exe=\"/usr/sbin/sshd\" hostname=«IPV4:ip4@h» addr=«IPV4:@h» terminal=ssh res=failed'",
    "type=ADD_USER msg=audit(«epochaudit»:«int4»): pid=«pid» uid=0 auid=«uid» ses=«int3» "
    "subj=unconfined_u:unconfined_r:useradd_t:s0-s0:c0.c1023 msg='op=add-user id=«uid» exe=\"/usr/sbin/useradd\" "
    "hostname=«host» addr=? terminal=pts/0 res=success acct=\"«USERNAME:user»\"'",
    "type=USER_START msg=audit(«epochaudit»:«int4»): pid=«pid» uid=0 auid=«uid» ses=«int3» "
    "msg='op=PAM:session_open grantors=pam_selinux,pam_loginuid,pam_keyinit,pam_namespace,pam_keyinit,pam_limits,"
    "pam_systemd,pam_unix acct=\"«USERNAME:user»\" exe=\"/usr/sbin/sshd\" hostname=«IPV6:ip6@h» addr=«IPV6:@h» "
    "terminal=ssh res=success'",
    "type=USER_CMD msg=audit(«epochaudit»:«int4»): pid=«pid» uid=«uid» auid=«uid» ses=«int3» "
    "msg='cwd=\"/home/«USERNAME:user@u»\" cmd=«HEX10»«HEX10» exe=\"/usr/bin/sudo\" terminal=pts/1 res=success'",
    "type=SYSCALL msg=audit(«epochaudit»:«int4»): arch=c000003e syscall=59 success=yes exit=0 a0=«hex12» "
    "a1=«hex12» items=2 ppid=«pid» pid=«pid» auid=«uid» uid=0 gid=0 euid=0 tty=pts0 ses=«int3» comm=\"bash\" "
    "exe=\"/usr/bin/bash\" key=\"«~sysuser»\"",
))

# ---------------------------------------------------------------- asterisk-cdr (FreePBX dialplans)

T("asterisk-cdr", "freepbx-outbound", variants(
    '"«~costcentre»","«PHONE:ext@x»","«PHONE:phonenat@d»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@x»>",'
    '"PJSIP/«PHONE:@x»-«hex8»","PJSIP/«trunk@t»-«hex8»","Dial","PJSIP/«PHONE:@d»@«@t»,300,Tb(func-apply-sipheaders^s^1)",'
    '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"«dispo»","DOCUMENTATION","«epochus»",""',
    '"«BADGE:pbxbadge»","«PHONE:ext@x»","«PHONE:e164@d»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@x»>",'
    '"PJSIP/«PHONE:@x»-«hex8»","PJSIP/«trunk@t»-«hex8»","Dial","PJSIP/«PHONE:@d|d»@«@t»,300,T",'
    '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"«dispo»","BILLING","«epochus»",'
    '"out-«PHONE:@d|d»-«PHONE:@x»-«date»-«int6»-«epochus».wav"',
    '"","«PHONE:ext@x»","«~svc@s»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@x»>","PJSIP/«PHONE:@x»-«hex8»",'
    '"PJSIP/«trunk@t»-«hex8»","Dial","PJSIP/«~@s»@«@t»,300,","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,'
    '"ANSWERED","DOCUMENTATION","«epochus»"',
))

T("asterisk-cdr", "freepbx-inbound", variants(
    '"","«PHONE:e164@s»","«PHONE:phonese@did»","ext-group","""«PERSON_NAME:name|q»"" <«PHONE:@s»>",'
    '"PJSIP/«trunk»-«hex8»","PJSIP/«PHONE:ext»-«hex8»","Dial","PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»,20,trM(auto-blkvm)",'
    '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"«dispo»","DOCUMENTATION","«epochus»",""',
    '"","«PHONE:phonenat@s»","«PHONE:ext@x»","ext-local","""«PHONE:@s»"" <«PHONE:@s»>","PJSIP/«trunk»-«hex8»","",'
    '"VoiceMail","«PHONE:@x»@default,u","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"ANSWERED",'
    '"DOCUMENTATION","«epochus»",""',
    '"","«PHONE:e164@s»","«PHONE:ext»","from-pstn","""Okänd"" <«PHONE:@s»>","PJSIP/«trunk»-«hex8»",'
    '"Local/«PHONE:mobilese@m|d»@from-internal-«hex8»;1","Dial","Local/«PHONE:@m|d»@from-internal/n,25,",'
    '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"«dispo»","DOCUMENTATION","«epochus»","followme"',
    '"","«~anon»","«PHONE:ext»","from-trunk","""«~anonname»"" <«~anon»>","PJSIP/«trunk»-«hex8»","","Hangup","",'
    '"«datetime»","«datetime»","«datetime2»",«int2»,0,"ANSWERED","DOCUMENTATION","«epochus»"',
))

T("asterisk-cdr", "freepbx-queue", variants(
    '"","«PHONE:phone@s»","«~queueno»","ext-queues","""«PERSON_NAME:name|q»"" <«PHONE:@s»>","PJSIP/«trunk»-«hex8»",'
    '"Local/«PHONE:ext@a»@from-queue-«hex8»;1","Queue","«~@q»,t,,,300,,,,,","«datetime»","«datetime2»","«datetime3»",'
    '«dur»,«dur»,"ANSWERED","DOCUMENTATION","«epochus»","agent=«PHONE:@a»"',
    '"","«PHONE:ext»","*97","app-vmmain","""«PERSON_NAME:name|q»"" <«PHONE:ext»>","PJSIP/«PHONE:ext»-«hex8»","",'
    '"VoiceMailMain","","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"ANSWERED","DOCUMENTATION","«epochus»"',
))

# ---------------------------------------------------------------- freeswitch-cdr

T("freeswitch-cdr", "fs-outbound", variants(
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«PHONE:phoneuri»","default","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","«hangup»","«uuid»","«uuid»","«fsacct»","«codec»","«codec»"',
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«PHONE:e164»","default","«datetime»","","«datetime2»","«int2»","0",'
    '"ORIGINATOR_CANCEL","«uuid»","","«BADGE:pbxbadge»","PCMA","PCMA"',
))

T("freeswitch-cdr", "fs-inbound", variants(
    '"«PHONE:e164@s»","«PHONE:@s»","«PHONE:ext»","public","«datetime»","«datetime2»","«datetime3»","«dur»","«dur»",'
    '"«hangup»","«uuid»","«uuid»","","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:phonenat»","«PHONE:ext»","public","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","«hangup»","«uuid»","«uuid»","","G722","G722"',
    '"«~anonname»","«~zeros»","«PHONE:ext»","public","«datetime»","","«datetime2»","«int2»","0","CALL_REJECTED",'
    '"«uuid»","","","PCMU","PCMU"',
))

T("freeswitch-cdr", "fs-features", variants(
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«~fsfeature»","features","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","NORMAL_CLEARING","«uuid»","","","opus","opus"',
    '"Extension «PHONE:ext@x»","«PHONE:@x»","«~svc»","default","«datetime»","«datetime2»","«datetime3»","«dur»",'
    '"«dur»","NORMAL_CLEARING","«uuid»","«uuid»","","PCMA","PCMA"',
))

G["anon"] = lambda c: c.memo.setdefault("anon", c.rng.choice(["anonymous", "Anonymous", "restricted"]))
G["anonname"] = lambda c: c.rng.choice(["Anonymous", "UNKNOWN", "Okänd", "Unavailable"])
G["zeros"] = lambda c: c.rng.choice(["0000000000", "0", "unknown"])
G["phonesedig"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "SE"), "national-digits")
G["queueno"] = lambda c: c.memo.setdefault("q", c.rng.choice(["600", "601", "610", "7000"]))
G["fsfeature"] = lambda c: c.rng.choice(["*98", "*97", "*69", "*8", "voicemail", "conf-100"])

# ---------------------------------------------------------------- cisco-cucm-cdr

CUCM_HEADER_DECOYS = ["callingPartyNumber", "origDeviceName", "callingPartyUnicodeLoginUserID", "finalCalledPartyNumber"]


def cucm_row(ctx, rec, cols, vals):
    """Writes a CUCM row: every cell quoted when it is a string column, as CDR Repository Manager does;
    `vals` maps column -> plain string or a template string (rendered, labels kept)."""
    for i, col in enumerate(cols):
        if i:
            rec.text(",")
        v = vals.get(col, None)
        if v is None:
            v = CUCM_DEFAULTS.get(col, "")
            v = v(ctx) if callable(v) else v
        quoted = col in CUCM_STRING_COLS or not (v.lstrip("-").isdigit() or col in CUCM_IP_COLS)
        if quoted:
            rec.text('"')
        if "«" in v:
            render(v, ctx, rec)
        else:
            rec.text(v)
        if quoted:
            rec.text('"')


CUCM_STRING_COLS = {"callingPartyNumber", "originalCalledPartyNumber", "finalCalledPartyNumber", "lastRedirectDn",
                    "outpulsedCallingPartyNumber", "outpulsedCalledPartyNumber", "huntPilotDN", "pkid",
                    "authorizationCodeValue", "clientMatterCode", "mobileCallingPartyNumber",
                    "finalMobileCalledPartyNumber", "outpulsedOriginalCalledPartyNumber", "outpulsedLastRedirectingNumber"}
CUCM_IP_COLS = {"origIpAddr", "destIpAddr", "origMediaTransportAddress_IP", "destMediaTransportAddress_IP",
                "origVideoTransportAddress_IP", "destVideoTransportAddress_IP"}
CUCM_DEFAULTS = {"origIpAddr": "0", "destIpAddr": "0", "origMediaTransportAddress_IP": "0",
    "destMediaTransportAddress_IP": "0",
    "cdrRecordType": "1", "globalCallID_callManagerId": "1",
    "globalCallID_callId": lambda c: str(c.rng.randint(100000, 999999)),
    "origLegCallIdentifier": lambda c: str(c.rng.randint(10**7, 10**8)),
    "origNodeId": "1", "origSpan": "0",
    "origCause_location": "0", "origCause_value": "16", "origPrecedenceLevel": "4",
    "origMediaTransportAddress_Port": lambda c: str(c.rng.randint(16384, 32766)),
    "origMediaCap_payloadCapability": "4", "origMediaCap_maxFramesPerPacket": "20", "origMediaCap_g723BitRate": "0",
    "origVideoCap_Codec": "0", "origVideoCap_Bandwidth": "0", "origVideoCap_Resolution": "0",
    "origVideoTransportAddress_IP": "0", "origVideoTransportAddress_Port": "0", "origRSVPAudioStat": "0",
    "origRSVPVideoStat": "0", "destLegIdentifier": lambda c: str(c.rng.randint(10**7, 10**8)), "destNodeId": "1",
    "destSpan": "0", "destCause_location": "0", "destCause_value": "0", "destPrecedenceLevel": "4",
    "destMediaTransportAddress_Port": lambda c: str(c.rng.randint(16384, 32766)),
    "destMediaCap_payloadCapability": "4", "destMediaCap_maxFramesPerPacket": "20", "destMediaCap_g723BitRate": "0",
    "destVideoCap_Codec": "0", "destVideoCap_Bandwidth": "0", "destVideoCap_Resolution": "0",
    "destVideoTransportAddress_IP": "0", "destVideoTransportAddress_Port": "0", "destRSVPAudioStat": "0",
    "destRSVPVideoStat": "0", "pkid": lambda c: evallib.uuid4(c),
    "duration": lambda c: str(c.rng.randint(0, 1800)), "origCallTerminationOnBehalfOf": "12",
    "destCallTerminationOnBehalfOf": "0", "origCalledPartyRedirectOnBehalfOf": "0",
    "lastRedirectRedirectOnBehalfOf": "0", "origCalledPartyRedirectReason": "0", "lastRedirectRedirectReason": "0",
    "destConversationId": "0", "globalCallId_ClusterID": "StdCluster-GBG", "joinOnBehalfOf": "0",
    "authorizationLevel": "0", "origDTMFMethod": "3", "destDTMFMethod": "3", "callSecuredStatus": "0",
    "origConversationId": "0", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64",
    "origVideoCap_Bandwidth_Channel2": "0", "origVideoCap_Resolution_Channel2": "0",
    "origVideoTransportAddress_Port_Channel2": "0", "origVideoChannel_Role_Channel2": "0",
    "destVideoCap_Bandwidth_Channel2": "0", "destVideoCap_Resolution_Channel2": "0",
    "destVideoTransportAddress_Port_Channel2": "0", "destVideoChannel_Role_Channel2": "0",
    "origVideoTransportAddress_IP_Channel2": "0", "destVideoTransportAddress_IP_Channel2": "0",
    "IncomingProtocolID": "0", "OutgoingProtocolID": "0", "currentRoutingReason": "0", "origRoutingReason": "0",
    "lastRedirectingRoutingReason": "0", "calledPartyPatternUsage": "2", "wasCallQueued": "0",
    "totalWaitTimeInQueue": "0", "origMobileCallDuration": "0", "destMobileCallDuration": "0", "mobileCallType": "0",
}


def cucm_times(ctx):
    t0 = int(evallib.moment(ctx).timestamp())
    t1 = t0 + ctx.rng.randint(2, 25)
    return {"dateTimeOrigination": str(t0), "dateTimeConnect": str(t1),
            "dateTimeDisconnect": str(t1 + ctx.rng.randint(5, 1500))}


def sep(ctx):
    return "SEP«MAC:macbare»"


def cucm_internal(ctx, rec, cols):
    v = cucm_times(ctx)
    v.update({"origIpAddr": "«IPV4:ip4int»", "callingPartyNumber": "«PHONE:ext@a»",
              "callingPartyUnicodeLoginUserID": "«USERNAME:user»",
              "origMediaTransportAddress_IP": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
              "originalCalledPartyNumber": "«PHONE:ext@b»", "finalCalledPartyNumber": "«PHONE:@b»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user2»",
              "destMediaTransportAddress_IP": "«IPV4:ip4int»", "originalCalledPartyNumberPartition": "PT_Internal",
              "callingPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_Internal",
              "origDeviceName": sep(ctx), "destDeviceName": sep(ctx), "origIpv4v6Addr": "«IPV4:ip4»",
              "destIpv4v6Addr": "«IPV4:ip4»", "originalCalledPartyPattern": "2XXX", "finalCalledPartyPattern": "2XXX"})
    cucm_row(ctx, rec, cols, v)


def cucm_pstn(ctx, rec, cols):
    v = cucm_times(ctx)
    out = ctx.rng.random() < 0.5
    if out:
        v.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyUnicodeLoginUserID": "«USERNAME:user@u»",
                  "origDeviceName": "CSF«USERNAME:@u|U»", "originalCalledPartyNumber": "«PHONE:e164@d»",
                  "finalCalledPartyNumber": "«PHONE:@d»", "outpulsedCalledPartyNumber": "«PHONE:phonenat»",
                  "outpulsedCallingPartyNumber": "«PHONE:phonesedig»", "destDeviceName": "SGW-TELIA-01",
                  "finalCalledPartyNumberPartition": "PT_PSTN_National", "callingPartyNumberPartition": "PT_Internal",
                  "origIpAddr": "«IPV4:ip4int»", "origMediaTransportAddress_IP": "«IPV4:ip4int»",
                  "destIpAddr": "«IPV4:ip4int»", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
                  "finalCalledPartyPattern": "\\+46.[1-9]!", "origIpv4v6Addr": "«IPV4:ip4»",
                  "authorizationCodeValue": "", "clientMatterCode": "«cmc»", "comment": ""})
    else:
        v.update({"callingPartyNumber": "«PHONE:e164»", "origDeviceName": "SGW-TELIA-01",
                  "originalCalledPartyNumber": "«PHONE:phonesedig@d»", "finalCalledPartyNumber": "«PHONE:ext@x»",
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user»", "destDeviceName": sep(ctx),
                  "lastRedirectDn": "«PHONE:@x»", "huntPilotDN": "«~huntdn»", "huntPilotPartition": "PT_Hunt",
                  "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
                  "destMediaTransportAddress_IP": "«IPV4:ip4int»", "destIpv4v6Addr": "«IPV6:ip6»",
                  "callingPartyNumber_uri": "", "finalCalledPartyNumber_uri": "«EMAIL:email»"})
    cucm_row(ctx, rec, cols, v)


def cucm_mobility(ctx, rec, cols):
    v = cucm_times(ctx)
    v.update({"callingPartyNumber": "«PHONE:ext@x»", "callingPartyUnicodeLoginUserID": "«USERNAME:user@u»",
              "origDeviceName": "BOT«USERNAME:@u|U»", "originalCalledPartyNumber": "«PHONE:phonenat»",
              "finalCalledPartyNumber": "«PHONE:e164»", "mobileCallingPartyNumber": "«PHONE:mobilese»",
              "origMobileDeviceName": "RDP-«USERNAME:@u»", "mobileCallType": "8",
              "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»", "origIpv4v6Addr": "«IPV6:ip6»",
              "comment": "«~cmtcomment»"})
    cucm_row(ctx, rec, cols, v)


G["cmc"] = lambda c: c.rng.choice(["4410", "7702", "9001"])
G["huntdn"] = lambda c: c.rng.choice(["2000", "2099", "5400"])
G["cmtcomment"] = lambda c: c.rng.choice(["Ext=1", "Ext=0", "ConfId=1001"])

T("cisco-cucm-cdr", "cucm-internal", cucm_internal)
T("cisco-cucm-cdr", "cucm-pstn", cucm_pstn)
T("cisco-cucm-cdr", "cucm-mobility", cucm_mobility)

GENERATORS = G

# Jamf Pro webhooks (added after the first run showed few IMEI/IMSI values)
G["iccid"] = lambda c: "8946" + evallib.digits(c.rng, 15)
G["serial"] = lambda c: alnum(c, 12, string.ascii_uppercase + string.digits)
G["model"] = lambda c: c.rng.choice(["iPhone15,2", "iPhone14,7", "iPad13,18", "iPhone16,1"])
TEMPLATES.insert(len([t for t in TEMPLATES if t[0] in ("syslog", "json")]), ("json", "jamf-webhook", variants(
    '{"webhook":{"id":«int2»,"name":"MDM enrolled","webhookEvent":"MobileDeviceEnrolled","eventTimestamp":«epochms»},'
    '"event":{"bluetoothMacAddress":"«MAC:maccolon»","deviceName":"«PERSON_NAME:given|j»s iPhone","icciD":'
    '"«~iccid»","imei":"«IMEI:imeiplain»","ipAddress":"«IPV4:ip4»","jssID":«int4»,"model":"«model»","modelDisplay":'
    '"iPhone","osBuild":"22F76","osVersion":"18.5","product":null,"room":"","serialNumber":"«serial»","udid":'
    '"«UUID»","userDirectoryID":"-1","username":"«USERNAME:user»","version":"18.5","wifiMacAddress":"«MAC:maccolon»"}}',
    '{"webhook":{"id":«int2»,"name":"SIM changed","webhookEvent":"MobileDeviceInventoryCompleted","eventTimestamp":'
    '«epochms»},"event":{"deviceName":"«PHONE:mobilese»","imei":"«IMEI:imei»","imsi":"«IMSI:imsi»","phoneNumber":'
    '"«PHONE:phonese»","serialNumber":"«serial»","username":"«EMAIL:email»","emailAddress":"«EMAIL:email»",'
    '"realName":"«PERSON_NAME:fullname|j»","position":"«~capword»"}}',
)))
