# HELD-OUT SPLIT. Engineers working on detection must not read this file:
# it is what detection is measured on, and reading it turns the held-out
# figures into tune figures. Other products and shapes than tune/templates.py.
import importlib.util
import os

from evallib import digits, hexs, luhn_digit

_spec = importlib.util.spec_from_file_location(
    "eval_tune_templates_for_heldout", os.path.join(os.path.dirname(__file__), "..", "tune", "templates.py"))
_tune = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_tune)
# Only the layout helpers are shared (the CSV column orders are the packs'),
# never the tune templates or pools.
ast, fs, cucm_row = _tune.ast, _tune.fs, _tune.cucm_row


def _iccid(c):
    body = "8946" + c.rng.choice(["05", "07", "20"]) + digits(c.rng, 12)
    return body + luhn_digit(body)


GENERATORS = {
    "emerg": lambda c: c.rng.choice(["112", "112", "116117", "116123", "118118", "999", "000"]),
    "shortcode": lambda c: str(c.rng.choice([72999, 71616, 72160, 71140])),
    "int6": lambda c: str(c.rng.randint(100000, 999999)),
    "int5": lambda c: str(c.rng.randint(10000, 99999)),
    "int7": lambda c: str(c.rng.randint(1000000, 9999999)),
    "winhost": lambda c: c.rng.choice(["WKS", "NB-", "VDI-", "KIOSK-"]) + hexs(c, 6).upper(),
    "epochns": lambda c: str(c.rng.randint(1798761600, 1830297600)) + digits(c.rng, 9),
    "iccid": _iccid,
    "osver": lambda c: c.rng.choice(["18.1", "14.7.1", "10.0.26100.2314", "Android 14", "17.6.1"]),
    "anon": lambda c: c.rng.choice(["Unavailable", "anonymous", "Private", "withheld"]),
    "uniqueid": lambda c: f"{c.gen('epoch')}.{c.rng.randint(1, 999)}",
    "codec": lambda c: c.rng.choice(["PCMA", "G722", "opus", "AMR-WB"]),
    "cause": lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "LOSE_RACE", "NO_USER_RESPONSE",
                                     "SUBSCRIBER_ABSENT", "UNALLOCATED_NUMBER", "RECOVERY_ON_TIMER_EXPIRE"]),
    "disp": lambda c: c.rng.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "CONGESTION"]),
    "fsname": lambda c: c.rng.choice(["Unavailable", "Inkommande", "Sales Queue", "Journummer", "Gateway"]),
    "fsdest": lambda c: c.rng.choice(["*97", "park+5901", "vm_main", "echo", "9196"]),
    "imeiurn": lambda c: __import__("evallib").imei(c, style="tac-snr"),
    "imeisv": lambda c: c.gen("imeiplain")[:14] + digits(c.rng, 2),
    "model": lambda c: c.rng.choice(["iPhone 16 Pro", "Galaxy A55", "Fairphone 5", "Nokia G42"]),
    "sonicwall_t": lambda c: c.gen("datetime"),
    "junos_ts": lambda c: c.gen("iso"),
    "dn_ou": lambda c: c.rng.choice(["ou=people,dc=bolaget,dc=se", "ou=staff,dc=region,dc=intern"]),
    "cc_digits": lambda c: c.gens["phoneuri"](c),
    "literal_src": lambda c: "src",
    "cefdate": lambda c: f"{c.gen('ts')} {c.gen('date')[:4]}",
}

SYSLOG = [
    ("dropbear-bad-password", "«ts» «host» dropbear[«pid»]: Bad password attempt for '«USERNAME:user»' from «IPV4:ip4»:«port»"),
    ("dropbear-pubkey-auth", "«ts» «host» dropbear[«pid»]: Pubkey auth succeeded for '«USERNAME:user»' with ssh-ed25519 key SHA256:«b64» from «IPV6:ip6»:«port»"),
    ("su-failed", "«ts» «host» su[«pid»]: FAILED SU (to «~sysuser») «USERNAME:user» on pts/«int2»"),
    ("su-pam-session", "«ts» «host» su[«pid»]: pam_unix(su-l:session): session opened for user «~sysuser» by «USERNAME:user»(uid=«int4»)"),
    ("login-failures", "«ts» «host» login[«pid»]: FAILED LOGIN 1 FROM tty1 FOR «USERNAME:user», Authentication failure"),
    ("vsftpd-fail", "«ctime» [pid «pid»] [«USERNAME:user»] FAIL LOGIN: Client \"::ffff:«IPV4:ip4»\""),
    ("proftpd-user", "«ts» «host» proftpd[«pid»]: «fqdn» («IPV4:ip4»[«IPV4:ip4»]) - USER «USERNAME:user»: Login successful."),
    ("exim-auth-fail", "«datetime» dovecot_login authenticator failed for ([«IPV4:ip4»]) [«IPV4:ip4»]:«port»: 535 Incorrect authentication data (set_id=«EMAIL:email»)"),
    ("exim-arrival", "«datetime» «rand8»-«rand8»-«hex4» <= «EMAIL:email» H=mail.«edom» [«IPV4:ip4»] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=«~bytes» id=«hex16»@«edom»"),
    ("dovecot-imap-login", "«ts» «host» dovecot: imap-login: Login: user=<«EMAIL:email»>, method=PLAIN, rip=«IPV4:ip4», lip=«IPV4:ip4», mpid=«pid», TLS, session=<«rand8»>"),
    ("dovecot-auth-failed", "«ts» «host» dovecot: auth-worker(«pid»): pam(«USERNAME:user»,«IPV6:ip6»,<«rand8»>): unknown user"),
    ("sendmail-from", "«ts» «host» sendmail[«pid»]: «rand8»«int5»: from=«PERSON_NAME:fullname» <«EMAIL:email»>, size=«~bytes», class=0, nrcpts=1, msgid=<«hex16».«~epoch»@«edom»>, relay=[«IPV4:ip4»]"),
    ("apache-combined-ident", "«IPV4:ip4» - «EMAIL:email» [«clf»] \"PROPFIND /remote.php/dav/files/«USERNAME:user»/ HTTP/1.1\" 207 «~bytes» \"-\" \"«~useragent»\""),
    ("apache24-error", "[«ctimeus»] [auth_basic:error] [pid «pid»:tid «bignum»] [client «IPV6:ip6»:«port»] AH01618: user «USERNAME:user» not found: /intranet"),
    ("haproxy-http", "«ts» «host» haproxy[«pid»]: «IPV4:ip4»:«port» [«clf»] fe_https~ be_portal/www-prod-4 0/0/1/12/13 200 «~bytes» - - ---- «int3»/«int3»/0/0/0 0/0 {«EMAIL:email»} \"GET /portal/?msisdn=«PHONE:e164» HTTP/1.1\""),
    ("squid-access", "«~epochus»    «int3» «IPV4:ip4» TCP_TUNNEL/200 «~bytes» CONNECT login.microsoftonline.com:443 «USERNAME:user» HIER_DIRECT/«IPV6:ip6» -"),
    ("strongswan-auth", "«ts» «host» charon: 12[IKE] <ikev2-eap|«int2»> authentication of '«EMAIL:email»' with EAP successful"),
    ("strongswan-assign", "«ts» «host» charon: 09[IKE] <ikev2-eap|«int2»> assigning virtual IP «IPV4:ip4» to peer '«USERNAME:user»' from «IPV6:ip6»"),
    ("wireguard-handshake", "«ts» «host» kernel: [«int5».«int3»] wireguard: wg0: Receiving handshake initiation from peer «int2» («IPV4:ip4»:«port»)"),
    ("cisco-ios-login", "«ts» «host» «int5»: *«ts».«int3»: %SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: «USERNAME:user»] [Source: «IPV4:ip4»] [localport: 22] at «time» CET «~weekday»"),
    ("junos-ui-login", "<«pri»>1 «junos_ts» «host» mgd «pid» UI_LOGIN_EVENT [junos@2636.1.1.1.2.39 username=\"«USERNAME:user|s»\" hostname=\"«IPV4:ip4»\" class-name=\"super-user\"] User '«USERNAME:user»' login, class 'super-user' [«pid»], ssh-connection '«IPV4:ip4» «port» «IPV4:ip4» 22', client-mode 'cli'"),
    ("opensips-acc", "«ts» «host» /usr/sbin/opensips[«pid»]: ACC: call missed: method=INVITE;from_tag=«hex8»;to_tag=;call_id=«rand20»@«IPV4:ip4»;code=486;reason=Busy Here;src_user=«PHONE:phoneuri»;dst_user=«PHONE:phoneuri»;src_ip=«IPV4:ip4»"),
    ("freeswitch-console-new-channel", "«ts» «host» freeswitch[«pid»]: [NOTICE] switch_channel.c:1142 New Channel sofia/external/«PHONE:phoneuri»@«IPV4:ip4» [«uuid»]"),
    ("freeswitch-console-callerid", "«iso6» [INFO] mod_dialplan_xml.c:637 Processing «PERSON_NAME:name» <«PHONE:phonenat»>->«PHONE:phoneuri» in context public"),
    ("winbind-auth", "«ts» «host» winbindd[«pid»]: [«datetime», 0] ../source3/winbindd/winbindd_pam.c:2412(winbindd_pam_auth_crap) NTLM CRAP authentication for user [«domain»]\\[«USERNAME:user»] returned NT_STATUS_WRONG_PASSWORD"),
    ("sssd-pam", "«ts» «host» sshd[«pid»]: pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=«IPV4:ip4» user=«EMAIL:upn»"),
    ("xrdp-connect", "[«datetime»] [INFO ] connected client computer name: «~winhost», login user «USERNAME:user» from «IPV4:ip4»"),
    ("dnsmasq-dhcp", "«ts» «host» dnsmasq-dhcp[«pid»]: DHCPACK(br-lan) «IPV4:ip4» «MAC:mac» «~winhost»"),
    ("unifi-wifi", "«ts» «host» «MAC:maccolon»,UAP-AC-Pro-6.6.77: kernel: [STA-TRACKER].stahtd_dump_event(): {\"message_type\":\"STA_ASSOC_TRACKER\",\"mac\":\"«MAC:maccolon»\",\"event_type\":\"associated\",\"ip\":\"«IPV4:ip4»\"}"),
    ("slapd-bind", "«ts» «host» slapd[«pid»]: conn=«int4» op=0 BIND dn=\"uid=«USERNAME:user»,«dn_ou»\" method=128 from IP=«IPV4:ip4»:«port»"),
    ("named-query", "«ts» «host» named[«pid»]: client @0x7f«hex8» «IPV6:ip6»#«port» («fqdn»): query: «fqdn» IN AAAA +E(0)K («IPV6:ip6»)"),
    ("rfc5424-app-sd-phone", "<134>1 «iso» «host» smsc «pid» DLR [dlr@41058 msisdn=\"«PHONE:e164|s»\" status=\"DELIVRD\" imsi=\"«IMSI:imsi»\"] delivered to «PHONE:phone»"),
    ("rfc5424-timequality", "<86>1 «iso» «host» portal «pid» - [timeQuality tzKnown=\"1\" isSynced=\"1\"][auth@18060 user=\"«EMAIL:email|s»\" name=\"«PERSON_NAME:fullname|s»\"] inloggning misslyckades för «PERSON_NAME:fullname»"),
    ("audiocodes-sbc", "«ts» «host» [S=«int7»] |CALL_END |SBC |«rand20»|«int3»|«IPV4:ip4»:5060|«PHONE:phoneuri»|«PHONE:phoneuri»|«~bigcount»|Normal Call Clearing"),
    ("ribbon-sbc", "«ts» «host» SBC: «int3»: 1 «~sessid» CALL_ATTEMPT callingNumber=«PHONE:e164» calledNumber=«PHONE:phonenat» ingressIp=«IPV4:ip4» userAgent=\"«~version»\""),
    ("yealink-provisioning", "«IPV4:ip4» - - [«clf»] \"GET /provisioning/«MAC:macbare».cfg HTTP/1.1\" 200 «~bytes» \"-\" \"«~version» «MAC:maccolon»\""),
    ("door-lenel", "«ts» «host» onguard[«pid»]: Access Granted - Cardholder: «PERSON_NAME:name» Badge: «BADGE:badge» Reader: «~capword» («~place»)"),
    ("door-denied-en", "«ts» «host» pacs[«pid»]: Invalid badge «BADGE:badge» presented at «~capword», «~month» alarm «~ticket»"),
    ("mme-eir", "«ts» «host» mme[«pid»]: EIR check IMEI «IMEI:imei» IMSI «IMSI:imsi» result=WHITELISTED"),
    ("hss-imeisv", "«ts» «host» hss[«pid»]: ULR imsi=«IMSI:imsi» visited-plmn=24002 imeisv=«IMEI:imeisv» rat=EUTRAN"),
    ("ldap-pnr-search", "«ts» «host» idm[«pid»]: search (&(objectClass=person)(norEduPersonNIN=«PERSONNUMMER:pnr12»)) by «USERNAME:user» returned 1 entries, «~bigcount» bytes"),
    ("free-text-person-en", "«ts» «host» helpdesk[«pid»]: password reset for «PERSON_NAME:name» requested by «PERSON_NAME:name2» via «~capword», verified with samordningsnummer «SAMORDNINGSNUMMER:snr»"),
    ("free-text-company-sv", "«ts» «host» avtal[«pid»]: Avtal «~ticket» med «ORGNR:orgnr» signerat av «PERSON_NAME:fullname», kontrollnummer «~badorgnr»"),
    ("decoy-versions", "«ts» «host» provision[«pid»]: «~version» requested firmware, snmp oid «~oid», next check «~epoch», code «~badimei»"),
    ("emergency-pbx", "«ts» «host» pbx[«pid»]: emergency call to «~svc» from ext «PHONE:ext» («PERSON_NAME:name»)"),
]

JSON = [
    ("entra-signin-diag", '{"time":"«iso»","resourceId":"/tenants/«uuid»/providers/Microsoft.aadiam","operationName":"Sign-in activity","category":"SignInLogs","resultType":"0","callerIpAddress":"«IPV4:ip4»","identity":"«PERSON_NAME:fullname|j»","properties":{"userPrincipalName":"«EMAIL:upn»","userDisplayName":"«PERSON_NAME:fullname|j»","ipAddress":"«IPV4:ip4»","appDisplayName":"«~capword»","deviceDetail":{"displayName":"«~winhost»","operatingSystem":"Windows 11"},"mfaDetail":{"authMethod":"Text message","authDetail":"«PHONE:phone|j»"}}}'),
    ("auth0-log", '{"date":"«iso»","type":"fp","description":"Wrong email or password.","connection":"Username-Password-Authentication","client_name":"Portal","ip":"«IPV6:ip6»","user_agent":"«~useragent|j»","details":{"error":{"message":"Wrong email or password."}},"user_name":"«EMAIL:email»","log_id":"«~bignum»"}'),
    ("duo-auth", '{"access_device":{"ip":"«IPV4:ip4»","location":{"city":"«~place|j»","country":"Sweden"}},"auth_device":{"ip":"«IPV4:ip4»","name":"«PHONE:e164»"},"factor":"duo_push","result":"denied","reason":"user_marked_fraud","timestamp":«~epoch»,"txid":"«uuid»","user":{"name":"«USERNAME:user»","key":"DU«HEX10»"}}'),
    ("cloudtrail-console", '{"eventVersion":"1.09","userIdentity":{"type":"IAMUser","principalId":"AIDA«HEX10»","arn":"arn:aws:iam::«~bignum»:user/«USERNAME:user»","accountId":"«~bignum»","userName":"«USERNAME:user»"},"eventTime":"«iso0»","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","sourceIPAddress":"«IPV4:ip4»","userAgent":"«~useragent|j»","responseElements":{"ConsoleLogin":"Failure"}}'),
    ("zoom-webhook", '{"event":"meeting.participant_joined","event_ts":«~epochms»,"payload":{"account_id":"«rand20»","object":{"id":"«~bignum»","topic":"Veckomöte","participant":{"user_name":"«PERSON_NAME:fullname|j»","email":"«EMAIL:email»","phone_number":"«PHONE:e164»","ip_address":"«IPV4:ip4»"}}}}'),
    ("atlassian-audit", '{"id":"«uuid»","attributes":{"time":"«iso»","action":"user_logged_in","actor":{"id":"«hex16»","name":"«PERSON_NAME:fullname|j»","email":"«EMAIL:email»"},"location":{"ip":"«IPV6:ip6»","geo":"«~place|j», SE"}}}'),
    ("jasmin-http-sms", '{"username":"«USERNAME:user»","to":"«PHONE:phonenum»","from":"«~shortcode»","content":"Hej «PERSON_NAME:given|j», din tid är bokad","coding":0,"dlr":"yes","priority":1}'),
    ("vonage-inbound-sms", '{"msisdn":"«PHONE:phonenum»","to":"«PHONE:phonenum»","messageId":"«HEX10»","text":"STOP","type":"text","keyword":"STOP","message-timestamp":"«datetime»","api-key":"«rand8»"}'),
    ("teams-callrecord", '{"id":"«uuid»","type":"peerToPeer","modalities":["audio"],"startDateTime":"«iso0»","organizer":{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:fullname|j»"}},"participants":[{"phone":{"id":"«PHONE:e164»","displayName":null}},{"user":{"displayName":"«PERSON_NAME:fullname2|j»","id":"«uuid»"}}]}'),
    ("gitlab-audit", '{"severity":"INFO","time":"«iso»","author_id":«int4»,"author_name":"«PERSON_NAME:fullname|j»","entity_type":"User","target_details":"«USERNAME:user»","ip_address":"«IPV4:ip4»","with":"standard","custom_message":"Failed to login with STANDARD authentication"}'),
    ("hr-workday-array", '{"Report_Entry":[{"Worker":"«PERSON_NAME:fullname|j»","National_ID":"«PERSONNUMMER:pnr»","Work_Email":"«EMAIL:email»","Mobile_Phone":"«PHONE:phone|j»","Badge_ID":"«BADGE:badge»","Supervisory_Org":"«~capword»"}]}'),
    ("nxlog-windows-flat", r'{"EventTime":"«datetime»","Hostname":"«fqdn»","EventID":4776,"SourceName":"Microsoft-Windows-Security-Auditing","TargetUserName":"«USERNAME:user@u»","Workstation":"«~winhost»","Status":"0xc000006a","Message":"The computer attempted to validate the credentials for an account.\r\n\r\nLogon Account:\t«USERNAME:@u»\r\nSource Workstation:\t«~winhost»"}'),
    ("k8s-audit", '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"«uuid»","verb":"create","user":{"username":"«EMAIL:email»","groups":["system:authenticated"]},"sourceIPs":["«IPV4:ip4»","«IPV6:ip6»"],"userAgent":"kubectl/v1.30.2","objectRef":{"resource":"pods","namespace":"billing"}}'),
    ("fluentbit-docker-wrapped", '{"log":"«ts» «host» sshd[«pid»]: Failed password for «USERNAME:user» from «IPV4:ip4» port «port» ssh2\\n","stream":"stderr","time":"«iso6»"}'),
    ("otel-attributes", '{"timeUnixNano":"«~epochns»","severityText":"INFO","body":{"stringValue":"order placed"},"attributes":[{"key":"enduser.id","value":{"stringValue":"«USERNAME:user»"}},{"key":"client.address","value":{"stringValue":"«IPV6:ip6»"}},{"key":"customer.phone","value":{"stringValue":"«PHONE:phone|j»"}}]}'),
    ("mobile-cdr-json", '{"recordType":"MOC","servedIMSI":"«IMSI:imsi»","servedIMEI":"«IMEI:imeiplain»","servedMSISDN":"«PHONE:phonenum»","calledNumber":"«PHONE:phoneuri»","recordingEntity":"«~bignum»","duration":«dur»,"cellId":"«HEX10»"}'),
    ("genetec-door", '{"EventType":"AccessGranted","Timestamp":"«iso»","Cardholder":{"FirstName":"«PERSON_NAME:given|j»","LastName":"«PERSON_NAME:surname|j»","Credential":"«BADGE:badge»"},"Door":"«~capword»","Unit":{"Ip":"«IPV4:ip4»","Mac":"«MAC:macdash»"}}'),
    ("hubspot-contact", '{"vid":«~int7»,"properties":{"firstname":{"value":"«PERSON_NAME:given|j»"},"lastname":{"value":"«PERSON_NAME:surname|j»"},"phone":{"value":"«PHONE:phone|j»"},"company":{"value":"«~capword»"},"orgnr":{"value":"«ORGNR:orgnr»"}}}'),
    ("jamf-inventory", '{"general":{"name":"«~winhost»","ip_address":"«IPV4:ip4»","mac_address":"«MAC:COLONmac»","serial_number":"«HEX10»"},"location":{"username":"«USERNAME:user»","realname":"«PERSON_NAME:fullname|j»","email_address":"«EMAIL:email»","phone":"«PHONE:phone|j»"},"hardware":{"imei":"«IMEI:imei»","iccid":"«~iccid»","os_version":"«~osver»"}}'),
    ("gws-drive-share", '{"id":{"time":"«iso»","applicationName":"drive"},"actor":{"email":"«EMAIL:email»"},"events":[{"name":"change_user_access","parameters":[{"name":"target_user","value":"«EMAIL:email2»"},{"name":"doc_title","value":"Löneunderlag «PERSON_NAME:fullname|j»"}]}],"ipAddress":"«IPV6:ip6»"}'),
    ("escaped-unicode-crm", '{"kund":{"namn":"«PERSON_NAME:fullname|u»","personnummer":"«PERSONNUMMER:pnr|u»","ort":"«~place|u»"},"telefon":«PHONE:phonenum»}'),
    ("json-in-json-audit", '{"type":"audit","payload":"{\\"actor\\":\\"«EMAIL:email|j»\\",\\"ip\\":\\"«IPV4:ip4»\\",\\"target\\":\\"«PERSON_NAME:fullname|j»\\"}"}'),
    ("sbc-json-cdr", '{"sbc":"«host»","callId":"«rand20»@«IPV4:ip4»","from":"<sip:«PHONE:e164»@«fqdn»>;tag=«hex8»","to":"<tel:«PHONE:phone|d»>","pai":"\\"«PERSON_NAME:name|j»\\" <sip:«PHONE:phonenat»@«fqdn»>","setupTime":«~epochms»,"releaseCause":16}'),
    ("ssn-keyed-object", '{"lookups":{"«PERSONNUMMER:pnr»":"hit","«SAMORDNINGSNUMMER:snr»":"miss"},"operator":"«USERNAME:user»","batch":"«~ticket»"}'),
    ("mac-array", '{"ap":"«host»","clients":["«MAC:mac»","«MAC:mac»"],"rogue":false,"channel":«int2»}'),
]

KV = [
    ("juniper-srx-rtflow", '<14>1 «junos_ts» «host» RT_FLOW - RT_FLOW_SESSION_CREATE [junos@2636.1.1.1.2.129 source-address="«IPV4:ip4»" source-port="«port»" destination-address="«IPV4:ip4»" destination-port="443" service-name="junos-https" nat-source-address="«IPV4:ip4»" username="«USERNAME:user»" roles="N/A" session-id-32="«~sessid»"]'),
    ("sonicwall-kv", 'id=firewall sn=«HEX10» time="«sonicwall_t»" fw=«IPV4:ip4» pri=6 c=1024 m=537 msg="Connection Closed" app=49177 n=«int7» src=«IPV4:ip4»:«port»:X1 dst=«IPV4:ip4»:443:X2 usr="«USERNAME:user»" sent=«~bytes» rcvd=«~bytes»'),
    ("watchguard-kv", 'msg_id="3000-0148" member="«USERNAME:user»" type="Firebox-DB" client_ip="«IPV4:ip4»" msg="Authentication of Mobile VPN with SSL user [«USERNAME:user»@Firebox-DB] from «IPV4:ip4» was rejected, password is incorrect"'),
    ("fortimail-kv", 'date=«date» time=«time» device_id=FE-3KE«int7» log_id=«~logid» type=statistics subtype=n/a pri=information from="«EMAIL:email»" to="«EMAIL:email2»" client_name="«fqdn»" client_ip="«IPV4:ip4»" subject="Kvitto till «PERSON_NAME:fullname»"'),
    ("fortiauth-kv", 'date=«date» time=«time» logid="«~logid»" type="event" subtype="Authentication" level="information" user="«USERNAME:user»" nas="«IPV4:ip4»" userip="«IPV4:ip4»" msg="RADIUS authentication succeeded for user «USERNAME:user» with SMS token to «PHONE:phone»"'),
    ("infoblox-dns-kv", 'client=«IPV6:ip6» query=«fqdn» qtype=A rcode=NOERROR mac=«MAC:mac» user=«EMAIL:email»'),
    ("symantec-cef", 'CEF:0|Symantec|Endpoint Protection|14.3.10148|«int5»|Virus found|7|rt=«~epochms» dhost=«~winhost» dst=«IPV4:ip4» duser=«USERNAME:user» fname=invoice.pdf.exe filePath=C:\\\\Users\\\\«USERNAME:user»\\\\Downloads cs1Label=Group Name cs1=Default\\\\Stockholm'),
    ("crowdstrike-cef", 'CEF:0|CrowdStrike|FalconHost|1.0|DetectionSummaryEvent|Detection Summary Event|4|externalId=«~bignum» cat=CredentialAccess shost=«~winhost» suser=«USERNAME:user» dntdom=«domain» src=«IPV4:ip4» smac=«MAC:macdash» fname=lsass.exe cs2Label=CommandLine cs2=C:\\\\Windows\\\\System32\\\\rundll32.exe comsvcs.dll MiniDump'),
    ("defender-cef", 'CEF:0|Microsoft|Microsoft Defender for Endpoint|1.0|Alert|Suspicious sign-in|8|deviceExternalId=«uuid» suser=«EMAIL:upn» duser=«PERSON_NAME:fullname|c» src=«IPV6:ip6» cs1Label=AlertId cs1=da«~bignum»_«~bignum» cs2Label=Country cs2=SE'),
    ("f5-asm-cef", 'CEF:0|F5|ASM|16.1.4|Successful Request|Successful Request|2|dvchost=«host» dvc=«IPV4:ip4» cs1=/Common/portal cs1Label=policy_name act=passed cn1=200 cn1Label=response_code src=«IPV4:ip4» spt=«port» dst=«IPV4:ip4» dpt=443 requestMethod=POST app=HTTPS request=/login.aspx?user\\=«USERNAME:user|c» cs5=«~sessid» cs5Label=session_id suid=«USERNAME:user»'),
    ("cyberark-cef", 'CEF:0|Cyber-Ark|Vault|13.2.0000|295|Retrieve password|5|act=Retrieve password suser=«USERNAME:user» fname=Root\\\\Operating System-WinDomain-«domain»-«USERNAME:user2» dvc=«IPV4:ip4» shost=«IPV4:ip4» dhost=«fqdn» duser=«USERNAME:user2» externalId= app= reason=«~ticket» cs1Label="Affected User Name" cs1=«PERSON_NAME:fullname2|c»'),
    ("netskope-cef", 'CEF:0|Netskope|Netskope|NA|application|application|3|suser=«EMAIL:email» src=«IPV4:ip4» cs1Label=app cs1=Dropbox cs2Label=activity cs2=Upload cs3Label=object cs3=Kunder_«PERSON_NAME:surname|c».xlsx dst=«IPV4:ip4»'),
    ("vectra-cef", 'CEF:0|Vectra Networks|X Series|8.2|hsc|Host Score Change|3|externalId=«int5» cat=HOST SCORING shost=«~winhost» src=«IPV4:ip4» smac=«MAC:maccisco» flexNumber1Label=threat flexNumber1=«int2» flexString1Label=user flexString1=«USERNAME:user»'),
    ("checkpoint-leef", 'LEEF:2.0|Check Point|VPN-1 & FireWall-1|R81.20|Accept|x09|src=«IPV4:ip4»\tdst=«IPV4:ip4»\tusrName=«PERSON_NAME:fullname» («USERNAME:user»)\tsrcPort=«port»\tdstPort=443\tproto=tcp\tloguid={«hex8»,«hex8»,«hex8»,«hex8»}'),
    ("paloalto-leef", 'LEEF:1.0|Palo Alto Networks|PAN-OS Syslog Integration|11.1.3|trojan/PDF.gen.eiez(268198686)|ReceiveTime=«datetime»|SerialNumber=«~bignum»|Type=THREAT|Subtype=virus|devTime=«cefdate»|src=«IPV4:ip4»|dst=«IPV4:ip4»|srcPostNAT=«IPV4:ip4»|RuleName=mail|usrName=«domain»\\«USERNAME:user@u»|SourceUser=«domain»\\«USERNAME:@u»|Application=smtp'),
    ("forcepoint-leef", 'LEEF:1.0|Forcepoint|Security|8.5|transaction:blocked|devTimeFormat=MMM dd yyyy HH:mm:ss\tdevTime=«cefdate»\tsrc=«IPV4:ip4»\tusrName=LDAP://«fqdn» OU\\=Users,DC\\=bolaget/«PERSON_NAME:fullname»\tcat=Phishing\turl=https://«fqdn»/'),
    ("okta-cef", 'CEF:0|Okta|SSO|1.0|user.authentication.sso|User single sign on to app|3|suser=«EMAIL:email» duser=«PERSON_NAME:fullname|c» src=«IPV4:ip4» requestClientApplication=«~useragent|c» outcome=SUCCESS cs1Label=targetApp cs1=Salesforce'),
    ("audiocodes-cef", 'CEF:0|AudioCodes|Mediant SBC|7.40A|CALL_END|Call ended|1|src=«IPV4:ip4» spt=5060 cs1Label=Caller cs1=«PHONE:e164» cs2Label=Callee cs2=«PHONE:phoneuri» cs3Label=CallerDisplay cs3=«PERSON_NAME:name|c» cn1Label=Duration cn1=«dur»'),
    ("kv-quoted-spaces", 'event="sms_sent" gateway="smsc1" to="«PHONE:phone»" text="Hej «PERSON_NAME:given», koden är «~int5»" operator="«USERNAME:user»"'),
    ("kv-hr-sync", 'op=update employee_pnr="«PERSONNUMMER:pnr»" employee_name="«PERSON_NAME:fullname»" badge="«BADGE:badge»" employer_orgnr="«ORGNR:orgnr»"'),
    ("kv-imsi-roaming", 'event=roaming_attach imsi=«IMSI:imsi» imei=«IMEI:imei» msisdn=«PHONE:phonenum» vlr=«~bignum» country=«country2»'),
    ("kv-ipv6-forms", 'action=deny src=«IPV6:ip6full» dst=[«IPV6:ip6»]:443 ll=«IPV6:ip6ll»%eth0 nat64=«IPV6:ip6»'),
    ("kv-mac-forms", 'event=port_security violation=1 interface=Gi1/0/«int2» mac=«MAC:maccisco» vlan=«int3» user=«USERNAME:user» reporter=«MAC:mac»'),
    ("cef-escaped-equals", 'CEF:0|Barracuda|CloudGen Firewall|9.0|auth|Authentication|4|suser=«USERNAME:user» msg=login failed for «EMAIL:email» reason\\=bad password src=«IPV4:ip4» cs1Label=group cs1=Staff\\=Sthlm'),
    ("kv-decoy-heavy", 'logid="«~logid»" sessionid=«~sessid» sentbyte=«~bytes» rcvdbyte=«~bytes» eventtime=«~epochns» policyid=«int3» srcip=«IPV4:ip4» osversion="«~version»" hash=«~hash»'),
]

ASTERISK = [
    ("ast-ho-followme", ast("", "«PHONE:phoneuri@s»", "«PHONE:ext@d»", "followme", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                            "Local/«PHONE:@d»@followme-«hex8»;2", "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:mobilese|d»@trunk,25")),
    ("ast-ho-iax2-trunk", ast("", "«PHONE:ext@s»", "«PHONE:phonenat@d»", "from-internal", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                              "IAX2/«USERNAME:user»-«int4»", "IAX2/provider-«int4»", "Dial", "IAX2/provider/«PHONE:@d»")),
    ("ast-ho-ringgroup", ast("«BADGE:badge»", "«PHONE:e164@s»", "«~int4»", "ext-group", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                             "SIP/+«PHONE:phonenum»-«hex8»", "SIP/«PHONE:ext»-«hex8»", "RingGroup", "«~int4»,ringall,20")),
    ("ast-ho-paging", ast("", "«PHONE:ext@s»", "«~int4»", "ext-paging", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                          "PJSIP/«PHONE:@s»-«hex8»", "", "Page", "PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»,dq", "ANSWERED")),
    ("ast-ho-fax", ast("", "«PHONE:phone@s»", "«PHONE:ext»", "ext-fax", '""«PHONE:@s»"" <«PHONE:@s»>', "PJSIP/trunk-«hex8»", "",
                       "ReceiveFAX", "/var/spool/asterisk/fax/«~epoch».tif", "ANSWERED")),
    ("ast-ho-chanspy", ast("", "«PHONE:ext@s»", "555", "app-chanspy", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                           "PJSIP/«USERNAME:user»-«hex8»", "", "ChanSpy", "PJSIP/«USERNAME:user2»,q", "ANSWERED")),
    ("ast-ho-parked", ast("", "«PHONE:phoneuri@s»", "«~int2»", "parkedcalls", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                          "PJSIP/trunk-«hex8»", "", "ParkedCall", "default,«~int2»", "ANSWERED")),
    ("ast-ho-queue-agent", ast("", "«PHONE:e164@s»", "«~int4»", "ext-queues", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                               "PJSIP/trunk-«hex8»", "Local/«PHONE:ext»@from-queue-«hex8»;1", "Queue", "«~int4»,t,,,,,,,,",
                               userfield="agent=«PERSON_NAME:fullname2|q»")),
    ("ast-ho-cid-override", ast("«BADGE:badge»", "«PHONE:ext@s»", "«PHONE:cc_digits@d»", "outbound-allroutes",
                                '""«~capword»"" <«PHONE:phonenat»>', "PJSIP/«PHONE:@s»-«hex8»", "PJSIP/trunk-«hex8»", "Dial",
                                "PJSIP/«PHONE:@d»@trunk,300,Tb(func-apply-sipheaders^s^1)")),
    ("ast-ho-userfield-kv", ast("", "«PHONE:phoneuri@s»", "«PHONE:ext»", "from-trunk", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                                "PJSIP/trunk-«hex8»", "PJSIP/«USERNAME:user»-«hex8»", "Dial", "PJSIP/«USERNAME:user»,20",
                                userfield="kundnr=«~int7»;snr=«SAMORDNINGSNUMMER:snr»;ref=«~ticket»")),
    ("ast-ho-restricted", ast("", "«~anon@a»", "«PHONE:ext»", "from-pstn", '""«~@a»"" <«~@a»>', "DAHDI/i1/-«hex8»", "", "Hangup", "",
                              "NO ANSWER")),
    ("ast-ho-service", ast("", "«PHONE:ext@s»", "«~emerg»", "from-internal", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                           "SIP/«PHONE:@s»-«hex8»", "SIP/provider-«hex8»", "Dial", "SIP/provider/«~svc»,60", "ANSWERED", cols=16)),
    ("ast-ho-spelt-numbers", ast("«BADGE:badge»", "«PHONE:phone»", "«PHONE:phone»", "from-internal", '""«PERSON_NAME:name|q»"" <«PHONE:phone»>',
                                 "PJSIP/«PHONE:ext»-«hex8»", "PJSIP/trunk-«hex8»", "Dial", "PJSIP/«PHONE:e164»@trunk", cols=17)),
    ("ast-ho-meetme-ipv6", ast("", "«PHONE:ext@s»", "«~int4»", "conferences", '""«PERSON_NAME:name|q»"" <«PHONE:@s»>',
                               "PJSIP/«PHONE:@s»-«hex8»", "", "MeetMe", "«~int4»,dM", "ANSWERED", userfield="ip=«IPV6:ip6»")),
]

FREESWITCH = [
    ("fs-ho-loopback", fs("«PERSON_NAME:name|q»", "«PHONE:phoneuri»", "«PHONE:phoneuri»", "loopback")),
    ("fs-ho-arabic-script", fs("«PERSON_NAME:fullname|q»", "«PHONE:e164»", "«PHONE:ext»", "public")),
    ("fs-ho-generic-name", fs("«~fsname»", "«PHONE:phoneuri»", "«PHONE:ext»", "public")),
    ("fs-ho-service-dest", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«~emerg»")),
    ("fs-ho-feature-dest", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«~fsdest»", bleg='""')),
    ("fs-ho-anon-number", fs("«~anon@a»", "«~@a»", "«PHONE:phoneuri»", "public", bleg='""')),
    ("fs-ho-badge-intl", fs("«PERSON_NAME:name2|q»", "«PHONE:cc_digits»", "«PHONE:phoneuri»", acct="«BADGE:badge»")),
    ("fs-ho-spelt", fs("«PERSON_NAME:name|q»", "«PHONE:phone»", "«PHONE:phone»", "public")),
    ("fs-ho-tenant-acct", fs("«PERSON_NAME:name|q»", "«PHONE:ext»", "«PHONE:phoneuri»", acct="«~capword»")),
    ("fs-ho-timeout", fs("«PERSON_NAME:fullname|q»", "«PHONE:e164»", "«PHONE:mobilese|d»", "public", cause="RECOVERY_ON_TIMER_EXPIRE", bleg='""')),
]

_ips = {"origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»", "origMediaTransportAddress_IP": "«IPV4:ip4int»",
        "destMediaTransportAddress_IP": "«IPV4:ip4int»"}
CUCM = [
    ("cucm-ho-transfer", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:ext»",
                                   "lastRedirectDn": "«PHONE:ext»", "joinOnBehalfOf": "10", "lastRedirectRedirectReason": "10",
                                   "origDeviceName": "SEP«MAC:macbare»", "destDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-ho-conference", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "b00«int7»",
                                     "destConversationId": "«~int7»", "origDeviceName": "SEP«MAC:macbare»",
                                     "destDeviceName": "CFB_«int2»", "comment": "Conference host «PERSON_NAME:fullname»"})),
    ("cucm-ho-video", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«EMAIL:email»",
                                "origVideoCap_Codec": "103", "origVideoTransportAddress_IP": "«IPV4:ip4int»",
                                "origDeviceName": "TAB«USERNAME:userascii|U»", "finalCalledPartyNumber_uri": "«EMAIL:email»"})),
    ("cucm-ho-h323-gw", cucm_row({**_ips, "callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«PHONE:phonenat»",
                                  "finalCalledPartyNumber": "«PHONE:ext»", "origDeviceName": "gw-h323-sthlm",
                                  "destDeviceName": "SEP«MAC:macbare»", "outpulsedCallingPartyNumber": "«PHONE:phonenat»"})),
    ("cucm-ho-snr", cucm_row({**_ips, "callingPartyNumber": "«PHONE:phoneuri»", "finalCalledPartyNumber": "«PHONE:ext»",
                              "finalMobileCalledPartyNumber": "«PHONE:phoneuri»", "destMobileDeviceName": "RDP-«USERNAME:userascii»",
                              "mobileCallType": "2", "destDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-ho-em-user", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "callingPartyUnicodeLoginUserID": "«EMAIL:email»",
                                  "finalCalledPartyNumber": "«PHONE:phoneuri»", "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-ho-comment-xml", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "finalCalledPartyNumber": "«PHONE:ext»",
                                      "comment": "<Callingpartyname>«PERSON_NAME:fullname»</Callingpartyname><CMC>«~int5»</CMC>",
                                      "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-ho-uri-ipv6", cucm_row({"origIpAddr": "0", "destIpAddr": "0", "callingPartyNumber": "«PHONE:ext»",
                                   "finalCalledPartyNumber": "«PHONE:ext»", "origIpv4v6Addr": "«IPV6:ip6»",
                                   "destIpv4v6Addr": "«IPV4:ip4»", "callingPartyNumber_uri": "sip:«PHONE:e164»@«fqdn»",
                                   "origDeviceName": "SEP«MAC:macbare»"})),
    ("cucm-ho-78-failed", cucm_row({**_ips, "callingPartyNumber": "«PHONE:phoneuri»", "finalCalledPartyNumber": "«~emerg»",
                                    "origCause_value": "«~int2»", "duration": "0", "origDeviceName": "SEP«MAC:macbare»"}, ncols=78)),
    ("cucm-ho-redirect-uri", cucm_row({**_ips, "callingPartyNumber": "«PHONE:ext»", "lastRedirectDn": "«PHONE:ext»",
                                       "lastRedirectDn_uri": "«EMAIL:email»", "finalCalledPartyNumber": "«PHONE:ext»",
                                       "destDeviceName": "SEP«MAC:macbare»"})),
]

GENERATORS["COLONmac"] = lambda c: __import__("evallib").mac(c, "COLON")

TEMPLATES = ([("syslog",) + t for t in SYSLOG] + [("json",) + t for t in JSON] + [("kv-cef",) + t for t in KV]
             + [("asterisk-cdr",) + t for t in ASTERISK] + [("freeswitch-cdr",) + t for t in FREESWITCH]
             + [("cisco-cucm-cdr",) + t for t in CUCM])
CUCM_HEADER_DECOYS = ["finalCalledPartyNumber", "destIpAddr", "origDeviceName"]
