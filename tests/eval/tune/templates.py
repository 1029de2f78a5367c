"""Record templates of the `tune` split: detector engineers may read and tune on these.

Each entry is (pack, template id, template). A template is a string in the
syntax of evallib.py, or a function (ctx, Record) for layouts too wide to
write out (CUCM). Held-out templates are other products and shapes: they live
in ../heldout/ and are not to be read by anyone working on detection.
"""
import random

from evallib import digits, hexs, luhn_digit, render

# ------------------------------------------------------------------ extra generators


def _iccid(c):
    body = "8946" + c.rng.choice(["01", "02", "08"]) + digits(c.rng, 12)
    return body + luhn_digit(body)


GENERATORS = {
    "emerg": lambda c: c.rng.choice(["112", "112", "1177", "11414", "90000", "911", "999", "116111"]),
    "shortcode": lambda c: str(c.rng.choice([71120, 72550, 71777, 72345, 71234])),
    "int6": lambda c: str(c.rng.randint(100000, 999999)),
    "winhost": lambda c: c.rng.choice(["DESKTOP-", "LAPTOP-", "WS-", "PC"]) + hexs(c, 7).upper(),
    "dchost": lambda c: c.rng.choice(["DC01", "DC02", "ADSRV01"]),
    "fgname": lambda c: c.rng.choice(["FGT-STHLM-01", "FG100F-HQ", "fw-gbg-02"]),
    "epochns": lambda c: str(c.rng.randint(1767225600, 1798761600)) + digits(c.rng, 9),
    "iosver": lambda c: c.rng.choice(["17.4.1", "16.7.8", "14", "10.0.22631.3447", "13.6.6"]),
    "iccid": _iccid,
    "ngxdate": lambda c: c.gen("datetime").replace("-", "/"),
    "pfrule": lambda c: str(1000000100 + c.rng.randint(0, 9)),
    "anon": lambda c: c.rng.choice(["anonymous", "Anonymous", "unknown", "Restricted"]),
    "vmext": lambda c: c.rng.choice(["*97", "*98", "*43"]),
    "uniqueid": lambda c: f"{c.gen('epoch')}.{c.rng.randint(1, 99999)}",
    "cefdate": lambda c: c.gen("clf")[:20].replace("/", " ").replace(":", " ", 1),
    "fsname": lambda c: c.rng.choice(["UNKNOWN", "Outbound Call", "Växel", "Reception", "Kundtjänst", "Anonymous"]),
    "fsdest": lambda c: c.rng.choice(["voicemail", "*98", "conf_3000", "park+701", "ivr_main"]),
    "codec": lambda c: c.rng.choice(["PCMA", "PCMU", "G722", "opus", "G729"]),
    "cause": lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "NO_ANSWER",
                                     "USER_BUSY", "CALL_REJECTED", "NO_ROUTE_DESTINATION"]),
    "disp": lambda c: c.rng.choice(["ANSWERED", "ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "FAILED"]),
    "iccidish": lambda c: "8946" + digits(c.rng, 15),
    "model": lambda c: c.rng.choice(["iPhone 15", "Galaxy S23", "Pixel 8", "iPhone SE (3rd generation)"]),
}

# ------------------------------------------------------------------ syslog

SYSLOG = [
    ("sshd-failed-invalid", "«ts» «host» sshd[«pid»]: Failed password for invalid user «USERNAME:user» from «IPV4:ip4» port «port» ssh2"),
    ("sshd-accepted-key-v6", "«ts» «host» sshd[«pid»]: Accepted publickey for «USERNAME:user» from «IPV6:ip6» port «port» ssh2: ED25519 SHA256:«b64»"),
    ("sshd-accepted-password-pri", "<«pri»>«ts» «host» sshd[«pid»]: Accepted password for «USERNAME:user» from «IPV4:ip4» port «port» ssh2"),
    ("sshd-connection-from", "«ts» «host» sshd[«pid»]: Connection from «IPV4:ip4» port «port» on «IPV4:ip4» port 22 rdomain \"\""),
    ("sshd-disconnect-preauth", "«ts» «host» sshd[«pid»]: Disconnected from authenticating user «USERNAME:user» «IPV4:ip4» port «port» [preauth]"),
    ("sshd-invalid-user", "«ts» «host» sshd[«pid»]: Invalid user «USERNAME:user» from «IPV4:ip4» port «port»"),
    ("sshd-kex-negotiate", "«ts» «host» sshd[«pid»]: Unable to negotiate with «IPV4:ip4» port «port»: no matching key exchange method found. Their offer: «~sshalg»,diffie-hellman-group14-sha1 [preauth]"),
    ("sshd-kex-cipher", "«ts» «host» sshd[«pid»]: debug1: kex: client->server cipher: «~sshalg» MAC: <implicit> compression: none [preauth]"),
    ("sshd-listening", "«ts» «host» sshd[«pid»]: Server listening on «~loopback» port 22."),
    ("pam-auth-failure", "«ts» «host» sshd[«pid»]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=«IPV4:ip4»  user=«USERNAME:user»"),
    ("pam-session-opened-uid", "«ts» «host» sshd[«pid»]: pam_unix(sshd:session): session opened for user «USERNAME:user»(uid=«int4») by (uid=0)"),
    ("sudo-command", "«ts» «host» sudo: «USERNAME:user@u» : TTY=pts/«int2» ; PWD=/home/«USERNAME:@u» ; USER=«~sysuser» ; COMMAND=/usr/bin/systemctl restart nginx"),
    ("sudo-auth-failure", "«ts» «host» sudo: pam_unix(sudo:auth): authentication failure; logname=«USERNAME:user@u» uid=«int4» euid=0 tty=/dev/pts/«int2» ruser=«USERNAME:@u» rhost=  user=«USERNAME:@u»"),
    ("logind-new-session", "«ts» «host» systemd-logind[«pid»]: New session «int4» of user «USERNAME:user»."),
    ("postfix-sasl", "«ts» «host» postfix/smtpd[«pid»]: «queue»: client=unknown[«IPV4:ip4»], sasl_method=PLAIN, sasl_username=«EMAIL:email»"),
    ("postfix-sent", "«ts» «host» postfix/smtp[«pid»]: «queue»: to=<«EMAIL:email»>, relay=«fqdn»[«IPV4:ip4»]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as «queue»)"),
    ("postfix-reject-v6", "«ts» «host» postfix/smtpd[«pid»]: NOQUEUE: reject: RCPT from unknown[«IPV6:ip6»]: 554 5.7.1 <«EMAIL:email@e»>: Relay access denied; from=<«EMAIL:email2»> to=<«EMAIL:@e»> proto=ESMTP helo=<«fqdn»>"),
    ("postfix-message-id", "«ts» «host» postfix/cleanup[«pid»]: «queue»: message-id=<«~epochus»@«fqdn»>"),
    ("postfix-header-from", "«ts» «host» postfix/cleanup[«pid»]: «queue»: warning: header From: \"«PERSON_NAME:fullname»\" <«EMAIL:email@e»> from «fqdn»[«IPV4:ip4»]; from=<«EMAIL:@e»> to=<«EMAIL:email2»>"),
    ("nginx-access-basic-auth", "«IPV4:ip4» - «USERNAME:user» [«clf»] \"GET «path» HTTP/1.1\" «status» «~bytes» \"-\" \"«~useragent»\""),
    ("nginx-access-v6-syslog", "<190>«ts» «host» nginx: «IPV6:ip6» - - [«clf»] \"POST /api/v1/login HTTP/2.0\" 401 «~bytes» \"https://«fqdn»/\" \"«~useragent»\""),
    ("nginx-error", "«ngxdate» [error] «pid»#0: *«int4» open() \"/var/www/html/wp-login.php\" failed (2: No such file or directory), client: «IPV4:ip4», server: «fqdn», request: \"GET /wp-login.php HTTP/1.1\", host: \"«fqdn»\""),
    ("openvpn-pool", "«ts» «host» openvpn[«pid»]: «USERNAME:user»/«IPV4:ip4»:«port» MULTI_sva: pool returned IPv4=«IPV4:ip4», IPv6=(Not enabled)"),
    ("openvpn-auth-ok", "«ts» «host» openvpn[«pid»]: «IPV4:ip4»:«port» TLS: Username/Password authentication succeeded for username '«USERNAME:user»'"),
    ("kamailio-invite", "<«pri»>«ts» «host» kamailio[«pid»]: INFO: <script>: INVITE from sip:«PHONE:phoneuri»@«fqdn» to sip:«PHONE:phoneuri»@«IPV4:ip4» ua=«~version»"),
    ("kamailio-register-fail", "«ts» «host» kamailio[«pid»]: NOTICE: <script>: REGISTER auth failed - M=REGISTER R=sip:«fqdn» F=sip:«USERNAME:user@u»@«fqdn» T=sip:«USERNAME:@u»@«fqdn» IP=«IPV4:ip4»:«port» UA=«~version»"),
    ("asterisk-pjsip-register-fail", "[«datetime»] NOTICE[«pid»] res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '\"«PERSON_NAME:name»\" <sip:«PHONE:ext»@«IPV4:ip4»>' failed for '«IPV4:ip4»:«port»' (callid: «rand20») - No matching endpoint found"),
    ("asterisk-dial", "[«datetime»] VERBOSE[«pid»][C-«hex8»] pbx.c: Executing [«PHONE:phonenat@p»@from-internal:1] Dial(\"PJSIP/«USERNAME:user»-«hex8»\", \"PJSIP/«PHONE:@p|d»@trunk,60,tT\") in new stack"),
    ("asterisk-emergency", "[«datetime»] VERBOSE[«pid»][C-«hex8»] pbx.c: Executing [«~emerg@s»@from-internal:1] Dial(\"PJSIP/«PHONE:ext»-«hex8»\", \"PJSIP/«~@s»@trunk,60\") in new stack"),
    ("asterisk-called", "[«datetime»] VERBOSE[«pid»][C-«hex8»] app_dial.c: Called PJSIP/«PHONE:phoneuri»@trunk"),
    ("freeradius-login-ok", "«ctime» : Auth: («int4») Login OK: [«USERNAME:user»/<via Auth-Type = eap>] (from client «host» port «int3» cli «MAC:macdash»)"),
    ("freeradius-login-incorrect", "«ctime» : Auth: («int4») Login incorrect (mschap: MS-CHAP2-Response is incorrect): [«USERNAME:user»] (from client wlc-01 port 0 cli «MAC:macdash» via TLS tunnel)"),
    ("asa-113004", "<166>«ts» «host» : %ASA-6-113004: AAA user authentication Successful : server =  «IPV4:ip4» : user = «USERNAME:user»"),
    ("asa-722051", "<166>«ts» «host» : %ASA-4-722051: Group <GP-Staff> User <«USERNAME:user»> IP <«IPV4:ip4»> IPv4 Address <«IPV4:ip4»> IPv6 address <::> assigned to session"),
    ("asa-302013", "<166>«ts» «host» : %ASA-6-302013: Built inbound TCP connection «~sessid» for outside:«IPV4:ip4»/«port» («IPV4:ip4»/«port») to inside:«IPV4:ip4»/443 («IPV4:ip4»/443)"),
    ("krb5kdc-as-req", "«ts» «host» krb5kdc[«pid»](info): AS_REQ (4 etypes {18 17 20 19}) «IPV4:ip4»: ISSUE: authtime «~epoch», etypes {rep=18 tkt=18 ses=18}, «USERNAME:userascii»@«realm» for «~spn»"),
    ("krb5kdc-tgs-req", "«ts» «host» krb5kdc[«pid»](info): TGS_REQ (4 etypes {18 17 20 19}) «IPV6:ip6»: ISSUE: authtime «~epoch», etypes {rep=18 tkt=18 ses=18}, «USERNAME:userascii»@«realm» for «~spn»"),
    ("kannel-receive", "«datetime» [«pid»] [6] INFO: Receive SMS [SMSC:telia] [SVC:] [ACT:] [BINF:] [FID:«hex16»] [META:] [from:«PHONE:e164»] [to:«~shortcode»] [flags:-1:0:-1:0:-1] [msg:34:Hej, ring mig på «PHONE:phone»] [udh:0:]"),
    ("kannel-sent", "«datetime» [«pid»] [9] INFO: Sent SMS [SMSC:tele2] [SVC:alerts] [ACT:] [BINF:] [FID:«hex16»] [META:] [from:«~shortcode»] [to:«PHONE:e164»] [flags:-1:0:-1:0:-1] [msg:18:Din kod är «~int6»] [udh:0:]"),
    ("pfsense-filterlog", "<134>«ts» filterlog[«pid»]: 5,,,«~pfrule»,igb1,match,block,in,4,0x0,,64,«int4»,0,none,6,tcp,60,«IPV4:ip4»,«IPV4:ip4»,«port»,«sport»,0,S,«~bigcount»,,64240,,mss;sackOK;TS;nop;wscale"),
    ("dhcpd-ack", "«ts» «host» dhcpd[«pid»]: DHCPACK on «IPV4:ip4» to «MAC:maccolon» («~winhost») via eth1"),
    ("hostapd-assoc", "«ts» «host» hostapd: wlan0: STA «MAC:maccolon» IEEE 802.11: associated (aid «int2»)"),
    ("rfc5424-asterisk-sd", "<165>1 «iso» «host» asterisk «pid» ID47 [origin ip=\"«IPV4:ip4»\"][call caller=\"«PHONE:phone|s»\" callee=\"«PHONE:phone2|s»\"] call from «PERSON_NAME:name» answered"),
    ("rfc5424-sshd-meta", "<38>1 «iso» «host» sshd «pid» - [meta sequenceId=\"«int4»\"] Failed password for «USERNAME:user» from «IPV4:ip4» port «port» ssh2"),
    ("rfc5424-crm-audit", "<14>1 «iso» «host» crm-app «pid» AUDIT [audit@32473 user=\"«USERNAME:user|s»\" pnr=\"«PERSONNUMMER:pnr»\" action=\"view\"] Kund «PERSON_NAME:name2» öppnad av handläggare"),
    ("hr-sync-free-text", "«ts» «host» hr-sync[«pid»]: updated employee «PERSON_NAME:name» (pnr «PERSONNUMMER:pnr»), manager «PERSON_NAME:name2», ticket «~ticket»"),
    ("crm-samordningsnummer", "«ts» «host» crm[«pid»]: lookup samordningsnummer «SAMORDNINGSNUMMER:snr» ok, previous attempt with «~badsnr» rejected"),
    ("billing-orgnr", "«ts» «host» billing[«pid»]: invoice «~ticket» to org «ORGNR:orgnr» (contact «EMAIL:email»), VAT check of «~badorgnr» failed"),
    ("door-granted-kv", "«ts» «host» doord[«pid»]: access granted badge=«BADGE:badge» door=\"«~capword»\" reader=R«int3» holder=\"«PERSON_NAME:name»\""),
    ("door-denied-sv", "«ts» «host» doord[«pid»]: Kort «BADGE:badge» nekades vid entré «~place», larm «~ticket»"),
    ("mdm-enrolled", "«ts» «host» mdm[«pid»]: device enrolled imei=«IMEI:imei» imsi=«IMSI:imsi» owner=«USERNAME:user» model=\"«model»\""),
    ("ims-register-urn", "«ts» «host» ims-core[«pid»]: REGISTER sip:«PHONE:e164»@ims.mnc001.mcc240.3gppnetwork.org +sip.instance=\"<urn:gsma:imei:«IMEI:imeiurn»>\""),
    ("mdm-bad-imei", "«ts» «host» mdm[«pid»]: rejected device imei «~badimei» (checksum), serial «HEX10», iccid «~iccid»"),
    ("winevent-snare", "<«pri»>«ts» «host» MSWinEventLog\t1\tSecurity\t«int4»\t«ctime»\t4625\tMicrosoft-Windows-Security-Auditing\t«domain»\\«USERNAME:user»\tN/A\tFailure Audit\t«host»\tLogon\tAn account failed to log on. Source Network Address: «IPV4:ip4» Source Port: «port»"),
    ("apache22-auth-failure", "[«ctime»] [error] [client «IPV4:ip4»] user «USERNAME:user»: authentication failure for \"/admin\": Password Mismatch"),
    ("snmpd-connection", "«ts» «host» snmpd[«pid»]: Connection from UDP: [«IPV4:ip4»]:«port»->[«IPV4:ip4»]:161 oid «~oid» uptime «~bigcount»"),
    ("cron-cmd", "«ts» «host» CRON[«pid»]: («~sysuser») CMD (/usr/local/bin/backup.sh --since «~epoch»)"),
    ("ticket-sv-cues", "«ts» «host» ticketd[«pid»]: Ärende «~ticket» skapat av «PERSON_NAME:name» för kund «PERSON_NAME:name2», tel «PHONE:phone», «~weekday» «~month»"),
    ("crm-callback-en", "«ts» «host» crm[«pid»]: Callback requested by «PERSON_NAME:name» on «PHONE:phone» regarding «~capword»"),
    ("vpnd-user-paren-name", "«ts» «host» vpnd[«pid»]: login «USERNAME:user» («PERSON_NAME:fullname») from «IPV4:ip4»"),
    ("pgw-create-session", "«ts» «host» pgw[«pid»]: Create Session Request IMSI=«IMSI:imsi» MSISDN=«PHONE:phonenum» APN=internet.telia.se UE-IP=«IPV4:ip4»"),
    ("ec2-hostname-ip", "«ts» ip-«IPV4:ip4dash».eu-north-1.compute.internal cloud-init[«pid»]: Cloud-init v. 23.4.4 finished at «ctime». Datasource DataSourceEc2Local.  Up 12.34 seconds"),
    ("oracle-sbc-invite", "<«pri»>«ts» «host» sbc-edge[«pid»]: [SIPD] Received INVITE sip:«PHONE:e164@d»@«IPV4:ip4»:5060 From: \"«PERSON_NAME:name»\" <sip:«PHONE:phonenat»@«fqdn»>;tag=«hex8» To: <sip:«PHONE:@d»@«fqdn»> Call-ID: «rand20»@«IPV4:ip4» User-Agent: «~version»"),
    ("oracle-sbc-register", "<«pri»>«ts» «host» sbc-edge[«pid»]: [SIPD] REGISTER from «USERNAME:user@u» contact=<sip:«USERNAME:@u»@«IPV4:ip4»:«port»;transport=tls> expires=3600 realm=«~place»"),
    ("service-number-dialled", "«ts» «host» asterisk[«pid»]: dialled «~svc» then «~svc», firmware «~version»"),
    ("netmask-route", "«ts» «host» kernel: [«int4».«int3»] IPv4: martian source «IPV4:ip4» from «IPV4:ip4», on dev eth0 netmask «~netmask»"),
    ("broadcast-mac", "«ts» «host» kernel: [UFW BLOCK] IN=eth0 OUT= MAC=«~bcastmac»:«MAC:maccolon»:08:00 SRC=«IPV4:ip4» DST=«IPV4:ip4» LEN=60 PROTO=TCP SPT=«port» DPT=«sport»"),
]

# ------------------------------------------------------------------ json

JSON = [
    ("ecs-login-failure", '{"@timestamp":"«iso»","event":{"action":"user_login","outcome":"failure"},"source":{"ip":"«IPV4:ip4»","port":«port»},"user":{"name":"«USERNAME:user@u|j»"},"message":"Failed password for «USERNAME:@u|j» from «IPV4:ip4»"}'),
    ("okta-session-start", '{"actor":{"id":"00u«rand20»","type":"User","alternateId":"«EMAIL:email|j»","displayName":"«PERSON_NAME:fullname|j»"},"client":{"userAgent":{"rawUserAgent":"«~useragent|j»","os":"Windows 10","browser":"CHROME"},"zone":"null","device":"Computer","ipAddress":"«IPV4:ip4»","geographicalContext":{"city":"«~place|j»","country":"Sweden"}},"eventType":"user.session.start","outcome":{"result":"SUCCESS"},"published":"«iso»","uuid":"«uuid»","displayMessage":"User login to Okta"}'),
    ("okta-mfa-phone", '{"actor":{"alternateId":"«EMAIL:email|j»","displayName":"«PERSON_NAME:fullname|j»","type":"User"},"eventType":"user.mfa.factor.activate","target":[{"type":"User","alternateId":"«EMAIL:email|j»","displayName":"«PERSON_NAME:fullname|j»"},{"type":"Phone","alternateId":"«PHONE:e164»"}],"client":{"ipAddress":"«IPV6:ip6»"},"published":"«iso»"}'),
    ("azure-signin", '{"id":"«uuid»","createdDateTime":"«iso0»","userDisplayName":"«PERSON_NAME:fullname|j»","userPrincipalName":"«EMAIL:upn»","userId":"«uuid»","appDisplayName":"Microsoft Teams","ipAddress":"«IPV6:ip6»","clientAppUsed":"Browser","status":{"errorCode":50126,"failureReason":"Invalid username or password or Invalid on-premise username or password."},"location":{"city":"«~place|j»","countryOrRegion":"SE"},"deviceDetail":{"operatingSystem":"Windows10","browser":"Edge 124.0.2478"}}'),
    ("azure-audit-phone-change", '{"category":"UserManagement","activityDisplayName":"Update user","initiatedBy":{"user":{"userPrincipalName":"«EMAIL:upn»","ipAddress":"«IPV4:ip4»"}},"targetResources":[{"userPrincipalName":"«EMAIL:email2»","modifiedProperties":[{"displayName":"TelephoneNumber","oldValue":"[\\"«PHONE:phone|j»\\"]","newValue":"[\\"«PHONE:phone2|j»\\"]"}]}],"correlationId":"«uuid»","result":"success"}'),
    ("keycloak-login-error", '{"time":«~epochms»,"type":"LOGIN_ERROR","realmId":"«uuid»","clientId":"account-console","userId":null,"ipAddress":"«IPV4:ip4»","error":"user_not_found","details":{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"https://«fqdn»/realms/staff/account/","code_id":"«uuid»","username":"«USERNAME:user|j»"}}'),
    ("keycloak-admin-representation", '{"time":«~epochms»,"realmId":"staff","authDetails":{"realmId":"master","clientId":"«uuid»","userId":"«uuid»","ipAddress":"«IPV4:ip4»"},"operationType":"CREATE","resourceType":"USER","resourcePath":"users/«uuid»","representation":"{\\"username\\":\\"«USERNAME:user|j»\\",\\"email\\":\\"«EMAIL:email|j»\\",\\"firstName\\":\\"«PERSON_NAME:given|j»\\",\\"lastName\\":\\"«PERSON_NAME:surname|j»\\",\\"enabled\\":true}"}'),
    ("gws-login-failure", '{"kind":"admin#reports#activity","id":{"time":"«iso»","uniqueQualifier":"«~sessid»","applicationName":"login","customerId":"C0«rand8»"},"actor":{"email":"«EMAIL:email»","profileId":"«~bignum»"},"ipAddress":"«IPV6:ip6»","events":[{"type":"login","name":"login_failure","parameters":[{"name":"login_type","value":"google_password"},{"name":"login_failure_type","value":"login_failure_invalid_password"}]}]}'),
    ("gws-recovery-phone", '{"kind":"admin#reports#activity","id":{"time":"«iso»","applicationName":"admin"},"actor":{"email":"«EMAIL:email2»"},"ipAddress":"«IPV4:ip4»","events":[{"type":"USER_SETTINGS","name":"CHANGE_RECOVERY_PHONE","parameters":[{"name":"USER_EMAIL","value":"«EMAIL:email»"},{"name":"NEW_VALUE","value":"«PHONE:e164»"}]}]}'),
    ("m365-mailitems", '{"CreationTime":"«iso0»","Id":"«uuid»","Operation":"MailItemsAccessed","OrganizationId":"«uuid»","RecordType":50,"UserKey":"«~bignum»","UserType":0,"Workload":"Exchange","ClientIPAddress":"[«IPV6:ip6»]:«port»","UserId":"«EMAIL:upn@e»","MailboxOwnerUPN":"«EMAIL:@e»","ClientInfoString":"Client=OWA;Action=ViaProxy"}'),
    ("m365-sharepoint-download", '{"CreationTime":"«iso0»","Id":"«uuid»","Operation":"FileDownloaded","RecordType":6,"Workload":"SharePoint","ClientIP":"«IPV4:ip4»","UserId":"«EMAIL:email»","ObjectId":"https://foretaget.sharepoint.com/sites/HR/Delade dokument/Lönelista «~month».xlsx","UserAgent":"«~useragent|j»"}'),
    ("winlogbeat-4624", '{"@timestamp":"«iso»","event":{"code":"4624","provider":"Microsoft-Windows-Security-Auditing","outcome":"success"},"winlog":{"event_id":4624,"record_id":«~bigcount»,"computer_name":"«fqdn»","event_data":{"TargetUserName":"«USERNAME:user|j»","TargetDomainName":"«domain»","TargetUserSid":"S-1-5-21-«bignum»-«bignum»-«bignum»-«int4»","LogonType":"10","IpAddress":"«IPV4:ip4»","IpPort":"«port»","WorkstationName":"«~winhost»","LogonGuid":"{«UUID»}"}}}'),
    ("winlogbeat-4625", '{"@timestamp":"«iso»","event":{"code":"4625","outcome":"failure"},"winlog":{"event_id":4625,"computer_name":"«fqdn»","event_data":{"SubjectUserName":"«~winhost»$","TargetUserName":"«USERNAME:user|j»","TargetDomainName":"«domain»","Status":"0xc000006d","SubStatus":"0xc000006a","IpAddress":"«IPV6:ip6»","IpPort":"«port»"}}}'),
    ("winlogbeat-4740", '{"@timestamp":"«iso»","event":{"code":"4740"},"winlog":{"event_id":4740,"event_data":{"TargetUserName":"«USERNAME:user|j»","TargetDomainName":"«~winhost»","SubjectUserName":"«~dchost»$","SubjectDomainName":"«domain»"}}}'),
    ("winlog-domain-backslash", r'{"EventID":4663,"Channel":"Security","SubjectUser":"«domain»\\«USERNAME:user@u|j»","ObjectName":"C:\\Users\\«USERNAME:@u|j»\\Documents\\«~capword».docx","ProcessName":"C:\\Windows\\explorer.exe","AccessMask":"0x2"}'),
    ("winlog-4768-kerberos", '{"EventID":4768,"TargetUserName":"«USERNAME:userascii»","TargetDomainName":"«realm»","ServiceName":"krbtgt","ServiceSid":"S-1-5-21-«bignum»-502","TicketOptions":"0x40810010","Status":"0x0","IpAddress":"«IPV6:ip6mapped»","IpPort":"«port»"}'),
    ("freeswitch-json-cdr", '{"core-uuid":"«uuid»","switchname":"«host»","channel_data":{"state":"CS_REPORTING","direction":"inbound"},"variables":{"uuid":"«uuid»","sip_from_user":"«PHONE:phonenat@c»","sip_from_uri":"«PHONE:@c»@«fqdn»","caller_id_name":"«PERSON_NAME:name@n|j»","caller_id_number":"«PHONE:@c»","destination_number":"«PHONE:phone»","sip_network_ip":"«IPV4:ip4»","sip_user_agent":"«~version»","start_epoch":"«~epoch»","billsec":"«dur»","hangup_cause":"NORMAL_CLEARING"},"callflow":[{"caller_profile":{"username":"«USERNAME:user»","caller_id_name":"«PERSON_NAME:@n|j»","ani":"«PHONE:@c»","network_addr":"«IPV4:ip4»"}}]}'),
    ("sms-webhook", '{"SmsSid":"SM«hex16»«hex16»","AccountSid":"AC«hex16»«hex16»","From":"«PHONE:e164»","To":"«PHONE:e164»","Body":"Hej! Jag heter «PERSON_NAME:fullname|j», ring mig på «PHONE:phone|j»","FromCountry":"SE","NumSegments":"1"}'),
    ("hr-export", '{"employeeId":"«~int6»","personnummer":"«PERSONNUMMER:pnr12»","firstName":"«PERSON_NAME:given|j»","lastName":"«PERSON_NAME:surname|j»","email":"«EMAIL:email»","mobile":"«PHONE:mobilese»","badge":"«BADGE:badge»","costCenter":"«~int4»","manager":{"name":"«PERSON_NAME:fullname2|j»","employeeId":"«~int6»"},"startDate":"«date»"}'),
    ("hr-unicode-escapes", '{"namn":"«PERSON_NAME:fullname|u»","pnr":"«PERSONNUMMER:pnr»","adress":{"ort":"«~place|u»"},"anhorig":{"namn":"«PERSON_NAME:fullname2|u»","telefon":"«PHONE:phone|u»"}}'),
    ("crm-export", '{"customer":{"id":«~int6»,"name":"«PERSON_NAME:name|j»","personal_number":"«PERSONNUMMER:pnr10»","phones":["«PHONE:phone|j»","«PHONE:phone2|j»"],"company":{"name":"«~capword»","org_nr":"«ORGNR:orgnr»"}},"notes":"Ringde «~weekday», ärende «~ticket»"}'),
    ("crm-contact-number", '{"contact_id":"«uuid»","msisdn":«PHONE:phonenum»,"opt_in":true,"created":«~epoch»,"coordinator":"«USERNAME:user|j»"}'),
    ("intune-device", '{"id":"«uuid»","deviceName":"«~winhost»","userPrincipalName":"«EMAIL:upn»","userDisplayName":"«PERSON_NAME:fullname|j»","imei":"«IMEI:imeiplain»","meid":"","phoneNumber":"«PHONE:e164»","wiFiMacAddress":"«MAC:macbare»","subscriberCarrier":"Telia SE","osVersion":"«~iosver»","serialNumber":"«HEX10»"}'),
    ("mdm-imsi", '{"device":{"imsi":"«IMSI:imsi»","imei":"«IMEI:imei»","iccid":"«~iccid»","model":"«model»"},"owner":{"email":"«EMAIL:email»","samordningsnummer":"«SAMORDNINGSNUMMER:snr»"}}'),
    ("ecs-nginx", '{"@timestamp":"«iso»","http":{"request":{"method":"GET"},"response":{"status_code":«status»,"body":{"bytes":«~bytes»}}},"url":{"original":"«path»?user=«USERNAME:user|j»"},"source":{"address":"«IPV4:ip4»"},"user_agent":{"original":"«~useragent|j»"}}'),
    ("ecs-client-mapped", '{"@timestamp":"«iso»","client":{"ip":"«IPV6:ip6mapped»"},"destination":{"ip":"«IPV4:ip4»","port":«sport»},"network":{"bytes":«~bytes»},"user":{"email":"«EMAIL:email»"}}'),
    ("door-access-json", '{"ts":"«iso»","event":"ACCESS_DENIED","door":{"id":«int3»,"name":"«~capword»"},"credential":{"badge":"«BADGE:badge»","holder":"«PERSON_NAME:name|j»"},"controller":{"ip":"«IPV4:ip4»","mac":"«MAC:maccolon»"}}'),
    ("slack-audit", '{"id":"«uuid»","date_create":«~epoch»,"action":"user_login","actor":{"type":"user","user":{"id":"U«HEX10»","name":"«PERSON_NAME:fullname|j»","email":"«EMAIL:email»"}},"context":{"ua":"«~useragent|j»","ip_address":"«IPV4:ip4»"}}'),
    ("github-audit", '{"@timestamp":«~epochms»,"action":"repo.download_zip","actor":"«USERNAME:user»","actor_ip":"«IPV4:ip4»","org":"foretaget","repo":"foretaget/billing","user_agent":"«~useragent|j»","country_code":"SE"}'),
    ("json-keys-numbers", '{"calls_by_number":{"«PHONE:e164»":«int2»,"«PHONE:phonenat»":«int2»},"period":"«date»","total":«~bigcount»}'),
    ("json-recipients-array", '{"campaign":"«~ticket»","recipients":["«EMAIL:email»","«EMAIL:email2»"],"sent":«~epoch»,"sender_ip":"«IPV4:ip4»"}'),
    ("json-message-free-text", '{"level":"warn","logger":"se.foretaget.kundtjanst","msg":"Kunden «PERSON_NAME:name|j» (pnr «PERSONNUMMER:pnr») bad om återuppringning på «PHONE:phone|j»","thread":"http-nio-8080-exec-«int2»"}'),
]

# ------------------------------------------------------------------ kv / CEF / LEEF

KV = [
    ("fortigate-traffic", 'date=«date» time=«time» devname="«~fgname»" devid="FG100FTK19000001" eventtime=«~epochns» tz="+0100" logid="«~logid»" type="traffic" subtype="forward" level="notice" vd="root" srcip=«IPV4:ip4» srcport=«port» srcintf="port1" dstip=«IPV4:ip4» dstport=443 proto=6 action="accept" policyid=«int3» sessionid=«~sessid» srcmac="«MAC:maccolon»" user="«USERNAME:user»" sentbyte=«~bytes» rcvdbyte=«~bytes»'),
    ("fortigate-sslvpn-fail", 'date=«date» time=«time» devname="«~fgname»" logid="«~logid»" type="event" subtype="vpn" level="alert" vd="root" logdesc="SSL VPN login fail" action="ssl-login-fail" tunneltype="ssl-web" remip=«IPV4:ip4» tunnelid=0 user="«USERNAME:user»" group="N/A" dst_host="N/A" reason="sslvpn_login_permission_denied" msg="SSL user failed to logged in"'),
    ("fortigate-email-user", 'date=«date» time=«time» logid="«~logid»" type="utm" subtype="webfilter" srcip=«IPV4:ip4» dstip=«IPV4:ip4» user="«EMAIL:email»" unauthuser="«USERNAME:user»" hostname="«fqdn»" url="«path»" cat=52 catdesc="Information Technology"'),
    ("fortigate-v6", 'date=«date» time=«time» logid="«~logid»" type="traffic" subtype="local" srcip=«IPV6:ip6» srcport=«port» dstip=«IPV6:ip6» dstport=«sport» action="deny" sentbyte=«~bytes»'),
    ("panos-traffic-cef", r'CEF:0|Palo Alto Networks|PAN-OS|10.2.7|end|TRAFFIC|1|rt=«cefdate» deviceExternalId=«~bignum» src=«IPV4:ip4» dst=«IPV4:ip4» sourceTranslatedAddress=«IPV4:ip4» destinationTranslatedAddress=«IPV4:ip4» cs1Label=Rule cs1=allow-web suser=«domain»\\«USERNAME:user» duser= app=ssl cs3Label=Virtual System cs3=vsys1 cn1Label=SessionID cn1=«~sessid» cnt=1 spt=«port» dpt=443 proto=TCP act=allow'),
    ("panos-globalprotect-cef", 'CEF:0|Palo Alto Networks|PAN-OS|11.0.2|globalprotect|GLOBALPROTECT|1|rt=«cefdate» dvchost=«host» cs3Label=Virtual System cs3=vsys1 suser=«USERNAME:user@u» src=«IPV4:ip4@i» cs4Label=Source Region cs4=SE cs5Label=Login IP cs5=«IPV4:ip4» cs6Label=Client OS cs6=Windows 10 msg=GlobalProtect gateway user authentication succeeded. Login from: «IPV4:@i», Source region: SE, User name: «USERNAME:@u»'),
    ("checkpoint-cef", 'CEF:0|Check Point|VPN-1 & FireWall-1|Check Point|Log|https|Unknown|act=Accept deviceDirection=0 rt=«~epochms» spt=«port» dpt=443 cs2Label=Rule Name cs2=Web src=«IPV4:ip4» dst=«IPV4:ip4» suser=«PERSON_NAME:fullname|c» («USERNAME:user|c»)'),
    ("sophos-xg-auth", 'device="SFW" date=«date» time=«time» timezone="CET" device_name="XG230" device_id=«HEX10» log_id=«~logid» log_type="Event" log_component="Firewall Authentication" log_subtype="Authentication" status="Successful" priority=Information user_name="«USERNAME:user@u»" usergroupname="Staff" auth_client="CTA" auth_mechanism="AD" src_ip=«IPV4:ip4@i» src_mac=«MAC:maccolon» message="User «USERNAME:@u» of group Staff logged in successfully to Firewall through AD authentication mechanism from «IPV4:@i»"'),
    ("imperva-cef", 'CEF:0|Imperva Inc.|Attack Analytics|0|SQL Injection|Web attack|7|start=«~epochms» suid=«USERNAME:user» src=«IPV4:ip4» requestClientApplication=«~useragent|c» request=https://«fqdn»«path» cs1Label=Cap Support cs1=NOT_SUPPORTED cs6Label=Country cs6=Sweden'),
    ("trendmicro-ds-cef", r'CEF:0|Trend Micro|Deep Security Agent|20.0.0.8438|4000000|Eicar_test_file|6|cn1=«int4» cn1Label=Host ID dvchost=«fqdn» cn2=«int3» cn2Label=Quarantine File Size fname=eicar.com filePath=C:\\Users\\«USERNAME:user@u»\\Downloads\\eicar.com act=Delete msg=Realtime suser=«domain»\\«USERNAME:@u»'),
    ("ms-ata-cef", 'CEF:0|Microsoft|ATA|1.9.0.0|LdapBruteForceSuspiciousActivity|Brute force attack using LDAP simple bind|5|start=«iso» app=Ldap msg=«int3» password guess attempts were made on «int2» accounts from «~winhost». One account password was successfully guessed for «PERSON_NAME:fullname|c». suser=«USERNAME:user» shost=«~winhost» cs2Label=url cs2=https://ata.«idom»/suspiciousActivity/«hex16»'),
    ("netscaler-cef", 'CEF:0|Citrix|NetScaler|NS13.1|AAA|LOGIN_FAILED|5|src=«IPV4:ip4» spt=«port» method=GET request=/vpn/index.html msg=Authentication failed for user «USERNAME:user@u|c» suser=«USERNAME:@u»'),
    ("fortigate-cef-v6", 'CEF:0|Fortinet|FortiGate-100F|7.2.8|0000000013|forward traffic accept|3|deviceExternalId=FG100FTK19000001 FTNTFGTlogid=«~logid» cat=traffic:forward FTNTFGTsubtype=forward c6a2=«IPV6:ip6» c6a2Label=Source IPv6 c6a3=«IPV6:ip6» c6a3Label=Destination IPv6 suser=«USERNAME:user» spt=«port» dpt=«sport»'),
    ("clearpass-cef", 'CEF:0|Aruba Networks|ClearPass|6.11.0.180076|0-1-0|Session Logs:RADIUS Accept|0|rt=«cefdate» src=«IPV4:ip4» smac=«MAC:macbare» suser=«USERNAME:user» cs1Label=Service cs1=Corp 802.1X cs2Label=Roles cs2=[Employee]'),
    ("proofpoint-cef", 'CEF:0|Proofpoint|TAP|1.0|message_delivered|Message Delivered|3|suser=«EMAIL:email» duser=«EMAIL:email2» msg=Fakturafråga från «PERSON_NAME:name|c», ring «PHONE:phone|c» src=«IPV4:ip4»'),
    ("leef-exchange", 'LEEF:1.0|Microsoft|MSExchange|2016|15|devTime=«ts»\tsrc=«IPV4:ip4»\tusrName=«USERNAME:user»\tsender=«EMAIL:email»\trecipient=«EMAIL:email2»\tsubject=Ang. «PERSON_NAME:fullname»'),
    ("leef2-caret", 'LEEF:2.0|Lancope|StealthWatch|1.0|41|^|src=«IPV4:ip4»^dst=«IPV4:ip4»^sev=5^cat=Suspect Data Hoarding^usrName=«USERNAME:user»^srcBytes=«~bytes»'),
    ("leef-verify", 'LEEF:1.0|IBM|Security Verify|1.0|LoginFailure|cat=Authentication\tusrName=«EMAIL:email»\tsrc=«IPV6:ip6»\trealm=cloudIdentityRealm\treason=Invalid password'),
    ("logfmt-login", 'ts=«iso» level=info msg="login ok" user=«USERNAME:user» ip=«IPV4:ip4» session=«~sessid» duration_ms=«int4»'),
    ("logfmt-sms-failed", 'time="«iso»" level=warning msg="sms delivery failed" to="«PHONE:e164»" provider=twilio error_code=30008 account=«EMAIL:email»'),
    ("kv-badge-swipe", 'action=badge_swipe result=granted badge_id=«BADGE:badge» holder="«PERSON_NAME:name»" door="«~capword»" site=«~place»'),
    ("kv-sslvpn-tunnel", 'date=«date» time=«time» logid="«~logid»" msg="SSL VPN tunnel up" tunnelip=«IPV4:ip4» remip=«IPV4:ip4» user="«USERNAME:user»" group="Staff"'),
    ("kv-radius-acct", 'Acct-Status-Type=Start User-Name=«USERNAME:user» Framed-IP-Address=«IPV4:ip4» Calling-Station-Id=«MAC:macdash» NAS-IP-Address=«IPV4:ip4» Acct-Session-Id=«~sessid»'),
    ("kv-folkbokforing", 'event=lookup system=folkbokforing pnr=«PERSONNUMMER:pnr» result=found operator=«USERNAME:user» ref=«~ticket»'),
    ("kv-orgnr-snr", 'event=kyc kund_orgnr=«ORGNR:orgnr» kontakt_snr=«SAMORDNINGSNUMMER:snr» avvisad=«~badpnr» handlaggare=«USERNAME:user»'),
    ("cef-syslog-ise", '<134>«ts» «host» CEF:0|Cisco|ISE|3.2|5400|Authentication failed|5|src=«IPV4:ip4» suser=«USERNAME:user» smac=«MAC:macdash» cs1Label=NetworkDeviceName cs1=sw-core-01 msg=«~int6» User authentication against Active Directory failed since user has entered the wrong password'),
    ("kv-device-checkin", 'event=device_checkin imei=«IMEI:imei» imsi=«IMSI:imsi» msisdn=«PHONE:e164» owner=«USERNAME:user» os=«~iosver»'),
    ("cef-version-decoys", 'CEF:0|Yealink|Phone Manager|«~version»|200|Firmware check|2|src=«IPV4:ip4» requestClientApplication=«~useragent|c» oid=«~oid» cnt=«int3»'),
    ("kv-free-text-between", 'srcip=«IPV4:ip4» ring tillbaka «PHONE:phone» eller mejla «EMAIL:email» user=«USERNAME:user»'),
    ("kv-sbc-cdr", 'sbc=«host» event=call_end calling="«PHONE:e164»" called="«PHONE:phonenat»" display="«PERSON_NAME:name»" ingress=«IPV4:ip4» egress=«IPV4:ip4» duration=«dur» cause=16 callid=«uuid»'),
    ("cef-call-center", 'CEF:0|Genesys|Cloud|2.0|call.completed|Call completed|1|suser=«USERNAME:user» cs1Label=ani cs1=«PHONE:e164» cs2Label=dnis cs2=«PHONE:phonenat» cs3Label=customerName cs3=«PERSON_NAME:name|c» cn1Label=durationSec cn1=«dur»'),
]

# ------------------------------------------------------------------ asterisk cdr_csv


def ast(acct, src, dst, dctx, clid, chan, dchan, app, data, disp="«disp»", userfield="", cols=18):
    f = [f'"{acct}"', f'"{src}"', f'"{dst}"', f'"{dctx}"', f'"{clid}"', f'"{chan}"', f'"{dchan}"',
         f'"{app}"', f'"{data}"', '"«datetime»"', '"«datetime2»"', '"«datetime3»"', "«dur»", "«dur»",
         f'"{disp}"', '"DOCUMENTATION"', '"«~uniqueid»"', f'"{userfield}"']
    return ",".join(f[:cols])


CLID = '""«PERSON_NAME:name|q»"" <«PHONE:@s»>'
ASTERISK = [
    ("ast-out-badge-mobile", ast("«BADGE:badge»", "«PHONE:ext@s»", "«PHONE:phonenat@d»", "from-internal", CLID,
                                 "PJSIP/«PHONE:@s|d»-«hex8»", "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@trunk,60,tT")),
    ("ast-in-cnam-user-endpoint", ast("", "«PHONE:e164@s»", "«PHONE:ext@d»", "from-trunk", CLID, "PJSIP/trunk-«hex8»",
                                      "PJSIP/«USERNAME:user@u»-«hex8»", "Dial", "PJSIP/«USERNAME:@u»,30,tr")),
    ("ast-emergency", ast("«BADGE:badge»", "«PHONE:ext@s»", "«~emerg@e»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»",
                          "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«~@e»@trunk,60", "ANSWERED")),
    ("ast-voicemail", ast("", "«PHONE:ext@s»", "«~vmext»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»", "",
                          "VoiceMailMain", "«PHONE:@s»@default", "ANSWERED")),
    ("ast-queue-local", ast("", "«PHONE:phonenat@s»", "«~int4»", "from-queue", CLID, "Local/«PHONE:ext@x»@from-queue-«hex8»;1",
                            "PJSIP/«PHONE:@x|d»-«hex8»", "Queue", "support,t,,,300")),
    ("ast-ivr-no-answer", ast("", "«PHONE:phoneuri@s»", "s", "ivr-main", CLID, "PJSIP/trunk-«hex8»", "", "BackGround",
                              "custom/welcome", "NO ANSWER")),
    ("ast-userfield-pnr", ast("", "«PHONE:phonese@s»", "«PHONE:phonese@d»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»",
                              "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@trunk,60,tT", userfield="pnr=«PERSONNUMMER:pnr»")),
    ("ast-userfield-orgnr-snr", ast("«BADGE:badge»", "«PHONE:ext@s»", "«PHONE:phone@d»", "from-internal", CLID,
                                    "PJSIP/«PHONE:@s|d»-«hex8»", "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@trunk",
                                    userfield="org=«ORGNR:orgnr»;snr=«SAMORDNINGSNUMMER:snr»")),
    ("ast-chan-sip-user", ast("", "«PHONE:ext@s»", "«PHONE:phonenat@d»", "from-internal", CLID, "SIP/«USERNAME:user»-«hex8»",
                              "SIP/telia-«hex8»", "Dial", "SIP/telia/«PHONE:@d|d»,30")),
    ("ast-dahdi-number-as-name", ast("", "«PHONE:phonenat@s»", "«PHONE:ext@d»", "from-pstn", '""«PHONE:@s»"" <«PHONE:@s»>',
                                     "DAHDI/«int2»-1", "PJSIP/«PHONE:@d|d»-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»,20")),
    ("ast-anonymous", ast("", "«~anon@a»", "«PHONE:ext@d»", "from-trunk", '""Anonymous"" <«~@a»>', "PJSIP/trunk-«hex8»",
                          "PJSIP/«PHONE:@d|d»-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»,20")),
    ("ast-16-columns", ast("", "«PHONE:ext@s»", "«PHONE:phoneuri@d»", "from-internal", CLID, "SIP/«PHONE:@s»-«hex8»",
                           "SIP/trunk-«hex8»", "Dial", "SIP/trunk/«PHONE:@d|d»,30", cols=16)),
    ("ast-17-columns", ast("«BADGE:badge»", "«PHONE:ext@s»", "«PHONE:e164@d»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»",
                           "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@trunk,60", cols=17)),
    ("ast-header-row", '"«~literal_accountcode»","«~literal_src»","«~literal_dst»","dcontext","«~literal_clid»","channel","dstchannel","lastapp","lastdata","start","answer","end","duration","billsec","disposition","amaflags","uniqueid","userfield"'),
    ("ast-transfer", ast("", "«PHONE:ext@s»", "«PHONE:ext@d»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»",
                         "PJSIP/«PHONE:@d|d»-«hex8»", "Transferred Call", "PJSIP/«PHONE:ext»-«hex8»")),
    ("ast-confbridge", ast("", "«PHONE:ext@s»", "«~int4»", "conferences", CLID, "PJSIP/«PHONE:@s|d»-«hex8»", "", "ConfBridge",
                           "«~int4»", "ANSWERED")),
    ("ast-international-00", ast("«BADGE:badge»", "«PHONE:ext@s»", "«PHONE:phone@d»", "from-internal", CLID,
                                 "PJSIP/«PHONE:@s|d»-«hex8»", "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@trunk,120,tT")),
    ("ast-userfield-email", ast("", "«PHONE:phonenat@s»", "«PHONE:ext@d»", "from-trunk", CLID, "PJSIP/trunk-«hex8»",
                                "PJSIP/«PHONE:@d|d»-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»,30", userfield="mail=«EMAIL:email»")),
    ("ast-callback-agi", ast("", "«PHONE:ext@s»", "«PHONE:phonenat@d»", "callback", CLID, "Local/«PHONE:@d|d»@callback-«hex8»;2",
                             "PJSIP/trunk-«hex8»", "AGI", "callback.agi,«PHONE:@d|d»,«~ticket»")),
    ("ast-ip-endpoint", ast("", "«PHONE:ext@s»", "«PHONE:phonenat@d»", "from-internal", CLID, "PJSIP/«PHONE:@s|d»-«hex8»",
                            "PJSIP/«IPV4:ip4»-«hex8»", "Dial", "PJSIP/«PHONE:@d|d»@«IPV4:ip4»,60")),
]

# ------------------------------------------------------------------ freeswitch mod_cdr_csv


def fs(name, num, dest, ctx="default", acct="", cause="«cause»", bleg='"«uuid»"'):
    return (f'"{name}","{num}","{dest}","{ctx}","«datetime»","«datetime2»","«datetime3»","«dur»","«dur»",'
            f'"{cause}","«uuid»",{bleg},"{acct}","«codec»","«codec»"')


FREESWITCH = [
    ("fs-named-mobile", fs("«PERSON_NAME:name|q»", "«PHONE:mobilese|d»", "«PHONE:phonenat»")),
    ("fs-e164-both", fs("«PERSON_NAME:fullname|q»", "«PHONE:e164»", "«PHONE:e164»", "public")),
    ("fs-badge", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«PHONE:phoneuri»", acct="«BADGE:badge»")),
    ("fs-number-as-name", fs("«PHONE:phonenat@n»", "«PHONE:@n»", "«PHONE:ext»", "public")),
    ("fs-generic-name", fs("«~fsname»", "«PHONE:phonenat»", "«PHONE:ext»", "public")),
    ("fs-emergency", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«~emerg»", cause="NORMAL_CLEARING")),
    ("fs-feature-dest", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«~fsdest»")),
    ("fs-empty-name", fs("", "«PHONE:phone»", "«PHONE:phonenat»", "public", bleg='""')),
    ("fs-surname-first", fs("«PERSON_NAME:name|q»", "«PHONE:cc_digits»", "«PHONE:phonenat»", "public")),
    ("fs-international-00", fs("«PERSON_NAME:fullname|q»", "«PHONE:ext»", "«PHONE:phoneuri»", acct="«BADGE:badge»")),
    ("fs-cancel", fs("«PERSON_NAME:name|q»", "«PHONE:e164»", "«PHONE:ext»", "public", cause="ORIGINATOR_CANCEL", bleg='""')),
    ("fs-two-people", fs("«PERSON_NAME:name2|q»", "«PHONE:phoneuri»", "«PHONE:phoneuri»", acct="«BADGE:badge»")),
]
GENERATORS["cc_digits"] = lambda c: c.gens["phoneuri"](c)

# ------------------------------------------------------------------ cisco cucm cdr

from evallib import Record  # noqa: E402

CUCM_COLUMNS = None  # filled by gen.py from rules/cisco-cucm-cdr.toml


def cucm_row(values, ncols=None):
    """A CUCM row template function: `values` maps columns to placeholder
    strings; every other column gets CUCM's default (0 or empty)."""
    text_cols = {"callingPartyNumber", "callingPartyUnicodeLoginUserID", "originalCalledPartyNumber",
                 "finalCalledPartyNumber", "finalCalledPartyUnicodeLoginUserID", "lastRedirectDn", "pkid",
                 "originalCalledPartyNumberPartition", "callingPartyNumberPartition",
                 "finalCalledPartyNumberPartition", "lastRedirectDnPartition", "origDeviceName", "destDeviceName",
                 "globalCallId_ClusterID", "comment", "authCodeDescription", "clientMatterCode",
                 "authorizationCodeValue", "outpulsedCallingPartyNumber", "outpulsedCalledPartyNumber",
                 "origIpv4v6Addr", "destIpv4v6Addr", "huntPilotPartition", "huntPilotDN", "IncomingProtocolCallRef",
                 "OutgoingProtocolCallRef", "callingPartyNumber_uri", "originalCalledPartyNumber_uri",
                 "finalCalledPartyNumber_uri", "lastRedirectDn_uri", "mobileCallingPartyNumber",
                 "finalMobileCalledPartyNumber", "origMobileDeviceName", "destMobileDeviceName",
                 "originalCalledPartyPattern", "finalCalledPartyPattern", "lastRedirectingPartyPattern",
                 "huntPilotPattern", "outpulsedOriginalCalledPartyNumber", "outpulsedLastRedirectingNumber",
                 "IncomingICID", "IncomingOrigIOI", "IncomingTermIOI", "OutgoingICID", "OutgoingOrigIOI",
                 "OutgoingTermIOI", "origVideoCap_Resolution_Channel2"}
    base = {"cdrRecordType": "1", "globalCallID_callManagerId": "«int2»", "globalCallID_callId": "«~int6»",
            "origLegCallIdentifier": "«~sessid»", "dateTimeOrigination": "«~epoch»", "origNodeId": "1",
            "destLegIdentifier": "«~sessid»", "destNodeId": "1", "dateTimeConnect": "«~epoch»",
            "dateTimeDisconnect": "«epoch»", "pkid": "«uuid»", "duration": "«dur»",
            "globalCallId_ClusterID": "StandAloneCluster", "origMediaTransportAddress_Port": "«port»",
            "destMediaTransportAddress_Port": "«port»", "origCause_value": "0", "destCause_value": "16"}
    base.update(values)

    def fn(ctx, rec, cols):
        n = ncols or len(cols)
        for i, col in enumerate(cols[:n]):
            if i:
                rec.text(",")
            v = base.get(col, "" if col in text_cols else "0")
            if col in text_cols:
                rec.text('"')
                render(v, ctx, rec)
                rec.text('"')
            else:
                render(v, ctx, rec)
    return fn


def cucm_ips(o="«IPV4:ip4int»", d="«IPV4:ip4int»"):
    return {"origIpAddr": o, "destIpAddr": d, "origMediaTransportAddress_IP": "«IPV4:ip4int»",
            "destMediaTransportAddress_IP": "«IPV4:ip4int»"}


CUCM = [
    ("cucm-internal", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "originalCalledPartyNumber": "«PHONE:ext@d»",
                                "finalCalledPartyNumber": "«PHONE:@d»", "callingPartyUnicodeLoginUserID": "«USERNAME:user»",
                                "origDeviceName": "SEP«MAC:macbare»", "destDeviceName": "SEP«MAC:macbare»",
                                "callingPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_Internal"})),
    ("cucm-outbound-pstn", cucm_row({**cucm_ips(d="0"), "callingPartyNumber": "«PHONE:ext»", "originalCalledPartyNumber": "«PHONE:phonenat@d»",
                                     "finalCalledPartyNumber": "«PHONE:@d»", "outpulsedCalledPartyNumber": "«PHONE:e164»",
                                     "callingPartyUnicodeLoginUserID": "«USERNAME:user»", "origDeviceName": "SEP«MAC:macbare»",
                                     "destDeviceName": "SIPTrunk-PSTN", "finalCalledPartyNumberPartition": "PT_PSTN"})),
    ("cucm-inbound-mobile", cucm_row({**cucm_ips(o="0"), "callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«PHONE:ext@d»",
                                      "finalCalledPartyNumber": "«PHONE:@d»", "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user»",
                                      "origDeviceName": "SIPTrunk-PSTN", "destDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-forwarded", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:phonenat»", "originalCalledPartyNumber": "«PHONE:ext»",
                                 "finalCalledPartyNumber": "«PHONE:ext»", "lastRedirectDn": "«PHONE:ext»",
                                 "origCalledPartyRedirectReason": "2", "origDeviceName": "SIPTrunk-PSTN",
                                 "destDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-directory-uris", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:ext»",
                                      "callingPartyNumber_uri": "«EMAIL:email»", "finalCalledPartyNumber_uri": "«EMAIL:email2»",
                                      "origDeviceName": "CSF«USERNAME:userascii|U»", "destDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-comment", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:phoneuri»",
                               "comment": "Callback to «PERSON_NAME:fullname» «PHONE:phone» re «~ticket»",
                               "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-mobility", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:phoneuri»",
                                "mobileCallingPartyNumber": "«PHONE:mobilese|d»", "finalMobileCalledPartyNumber": "«PHONE:e164»",
                                "origMobileDeviceName": "RDP«USERNAME:userascii|U»", "mobileCallType": "1",
                                "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-failed-cause", cucm_row({**cucm_ips(d="0"), "callingPartyNumber": "«PHONE:ext»", "originalCalledPartyNumber": "«PHONE:phoneuri»",
                                    "finalCalledPartyNumber": "«PHONE:phoneuri»", "origCause_value": "«~int2»", "destCause_value": "0",
                                    "duration": "0", "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-61-78-columns", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:phoneuri»",
                                     "callingPartyUnicodeLoginUserID": "«USERNAME:user»", "origDeviceName": "SEP«MAC:macbare»"}, ncols=78)),
    ("cucm-ipv6", cucm_row({**cucm_ips("0", "0"), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:ext»",
                            "origIpv4v6Addr": "«IPV6:ip6»", "destIpv4v6Addr": "«IPV6:ip6»", "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-auth-code", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:phoneuri»",
                                 "authCodeDescription": "«PERSON_NAME:fullname»", "authorizationCodeValue": "«int6»",
                                 "authorizationLevel": "1", "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-hunt-pilot", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«~int4»",
                                  "finalCalledPartyNumber": "«PHONE:ext»", "huntPilotDN": "«~int4»", "huntPilotPartition": "PT_Hunt",
                                  "destDeviceName": "SEP«MAC:macbare»", "wasCallQueued": "1", "totalWaitTimeInQueue": "«int2»"})),
    ("cucm-jabber-tct", cucm_row({**cucm_ips(), "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:ext»",
                                  "origDeviceName": "TCT«USERNAME:userascii|U»", "destDeviceName": "BOT«USERNAME:userascii|U»"})),
]

# ------------------------------------------------------------------ literal decoys used above
for _lit in ("accountcode", "src", "dst", "clid"):
    GENERATORS["literal_" + _lit] = (lambda v: lambda c: v)(_lit)
GENERATORS["imeiurn"] = lambda c: __import__("evallib").imei(c, style="tac-snr")

TEMPLATES = ([("syslog",) + t for t in SYSLOG] + [("json",) + t for t in JSON] + [("kv-cef",) + t for t in KV]
             + [("asterisk-cdr",) + t for t in ASTERISK] + [("freeswitch-cdr",) + t for t in FREESWITCH]
             + [("cisco-cucm-cdr",) + t for t in CUCM])
CUCM_HEADER_DECOYS = ["callingPartyNumber", "origIpAddr", "callingPartyUnicodeLoginUserID"]
