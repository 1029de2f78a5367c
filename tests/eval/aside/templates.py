"""Templates of the `aside` split: kept aside, never tuned on.

Products here are none of the tune split's (README) and none of fresh/'s.
Labels say what a value IS (DESIGN.md), never what veil does with it.
Syntax: see evallib.py. Callable templates pick one of several real message
shapes of the same product. Do not list these products in README.md.
"""
import string

import evallib
from evallib import render


def variants(*fmts):
    def tpl(ctx, rec, cols):
        render(ctx.rng.choice(fmts), ctx, rec)
    return tpl


def alnum(c, n, chars=string.ascii_letters + string.digits):
    return "".join(c.rng.choice(chars) for _ in range(n))


def mo(c):
    return evallib.moment(c)


G = {}
G["pcsdate"] = lambda c: f"{mo(c):%Y-%m-%d %H:%M:%S}"
G["realmname"] = lambda c: c.rng.choice(["Anstallda", "Users-MFA", "Konsulter"])
G["role"] = lambda c: c.rng.choice(["Personal", "IT-Drift", "Extern"])
G["sessid8"] = lambda c: evallib.hexs(c, 8)
G["wlcts"] = lambda c: f"{mo(c):%b %d %H:%M:%S}.{c.rng.randint(0, 999):03d}"
G["ssid"] = lambda c: c.rng.choice(["RNORR-Personal", "eduroam", "Akeri-Gast", "RNORR-IoT"])
G["ap"] = lambda c: c.rng.choice(["AP-UME-03-12", "AP-LUL-01-04", "ap-lager-2"])
G["calltag"] = lambda c: f"{alnum(c, 10, string.ascii_lowercase + string.digits)}-{c.rng.randint(1, 99)}"
G["callid"] = lambda c: f"{evallib.hexs(c, 16)}@{c.rng.choice(['opensips1.akeri.intern', 'pbx.region-norr.se'])}"
G["unifits"] = lambda c: f"{mo(c):%Y-%m-%d %H:%M:%S},{c.rng.randint(0, 999):03d}"
G["bindclient"] = lambda c: f"@0x7f{evallib.hexs(c, 10)}"
G["qname"] = lambda c: c.rng.choice(["outlook.office365.com", "wpad.region-norr.se", "api.unifi.ui.com",
                                     "time.apple.com", "login.live.com"])
G["dhcpdate"] = lambda c: f"{mo(c):%m/%d/%y}"
G["dhcptime"] = lambda c: f"{mo(c):%H:%M:%S}"
G["pcname"] = lambda c: f"PC{c.rng.randint(10000, 99999)}"
G["smid"] = lambda c: f"{alnum(c, 8, string.ascii_uppercase + string.digits)}{c.rng.randint(100000, 999999)}"
G["sizeb"] = lambda c: str(c.rng.randint(800, 2000000))
G["aeoscard"] = lambda c: str(c.rng.randint(10000000, 99999999))
G["entrance"] = lambda c: c.rng.choice(["Huvudentré Akuten", "Personalingång Syd", "Läkemedelsförråd",
                                        "Garage P2", "Lager Port 4"])
G["hash40"] = lambda c: evallib.hexs(c, 40)
G["hash32"] = lambda c: evallib.hexs(c, 32)
G["int6"] = lambda c: str(c.rng.randint(100000, 999999))
G["int8"] = lambda c: str(c.rng.randint(10000000, 99999999))
G["auth0id"] = lambda c: evallib.hexs(c, 24)
G["logid"] = lambda c: "900" + evallib.digits(c.rng, 53)
G["gcpproj"] = lambda c: c.rng.choice(["rnorr-prod-data", "akeri-logistik-dev", "rnorr-shared-net"])
G["gcpnum"] = lambda c: evallib.digits(c.rng, 12)
G["ncversion"] = lambda c: c.rng.choice(["28.0.7.1", "29.0.3.4"])
G["gcpsa"] = lambda c: c.rng.choice([evallib.digits(c.rng, 12) + "-compute@developer.gserviceaccount.com", "log-export@rnorr-prod-data.iam.gserviceaccount.com"])
G["jirakey"] = lambda c: f"JIRAUSER{c.rng.randint(10000, 99999)}"
G["ncreq"] = lambda c: alnum(c, 20)
G["mdeid"] = lambda c: f"da{evallib.digits(c.rng, 18)}_{evallib.digits(c.rng, 10)}"
G["vonageid"] = lambda c: evallib.hexs(c, 16).upper()
G["teamsid"] = lambda c: evallib.uuid4(c)
G["zyxeldev"] = lambda c: c.rng.choice(["bc9911", "5c6a80", "d8ece5"]) + evallib.hexs(c, 6)
G["wgpolicy"] = lambda c: c.rng.choice(["Outgoing-proxy-00", "HTTPS-proxy.Out-00", "Allow-VPN-Users-00"])
G["s1site"] = lambda c: c.rng.choice(["Region Norr", "Akeri HQ", "Default site"])
G["fpcat"] = lambda c: c.rng.choice(["Information Technology", "Social Web - Facebook", "Personal Network Storage",
                                     "Business and Economy"])
G["ctx"] = lambda c: c.rng.choice(["from-pstn-e164-se", "sub-local-dialing", "macro-stdexten", "vardcentral-in"])
G["sipt"] = lambda c: c.rng.choice(["telenor-in", "bredband2", "ip-only-sbc"])
G["queue"] = lambda c: c.rng.choice(["supportko", "vaxel", "bokning"])
G["fsctx"] = lambda c: c.rng.choice(["kund.region-norr.se", "akeri.region-norr.se", "callcenter"])
G["fsacct"] = lambda c: c.rng.choice(["", "", "akeri", "rnorr-vard"])
G["hangup"] = lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "NO_ANSWER", "USER_BUSY",
                                      "LOSE_RACE", "RECOVERY_ON_TIMER_EXPIRE", "UNALLOCATED_NUMBER"])
G["dispo"] = lambda c: c.rng.choice(["ANSWERED", "ANSWERED", "NO ANSWER", "BUSY", "CONGESTION"])
# the caller's badge (card) number in the account code; a PIN there (Authenticate's `a` option)
# is a user code, which no type names (README), so it is not labelled BADGE
G["pin"] = lambda c: c.rng.choice(["", "", "K", "K"]) + str(c.rng.randint(10000, 99999))
G["phonedk"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "DK"))
G["phonefr"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "FR"))
G["phoneit"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "IT"))

def spell(c, spec, nsn, groups, style=None, foreign="any"):
    """A number as written in a Swedish network (the caller's or dialled side of a Swedish PBX,
    SIP proxy or CDR). A foreign number is written internationally there (+cc, 00cc, cc), never
    in its own national form, which no Swedish switch can route (foreign="intl"). From Sweden a
    NANP number is dialled 001 + ten digits (evallib's "00" spelling gives 0011...)."""
    style = style or evallib.weighted(c.rng, c.pools.PHONE_STYLES)
    if spec["cc"] != "46" and foreign == "intl" and style in ("national", "national-digits"):
        style = c.rng.choice(["e164", "00", "e164-spaced", "cc-digits"])
    if spec["cc"] != "46" and foreign == "intl-digits":
        style = c.rng.choice(["00", "00", "e164"])
    if spec["cc"] == "1" and style == "00":
        return "001" + nsn
    return evallib.phone_spelling(c, spec, nsn, groups, style)


def uri_style(c):
    return evallib.weighted(c.rng, [("e164", 4), ("national-digits", 4), ("cc-digits", 1), ("00", 2)])


G["phone"] = lambda c: spell(c, *evallib.phone_number(c))
G["phone00"] = lambda c: spell(c, *evallib.phone_number(c), "00")
# telephony fields of the Swedish PBXs and proxies: foreign numbers in international form
G["netphone"] = lambda c: spell(c, *evallib.phone_number(c), foreign="intl")
G["netphonedig"] = lambda c: spell(c, *evallib.phone_number(c), "national-digits", foreign="intl-digits")
G["netphoneuri"] = lambda c: spell(c, *evallib.phone_number(c), uri_style(c), foreign="intl")
G["netphoneit"] = lambda c: spell(c, *evallib.phone_number(c, "IT"), foreign="intl")
G["phonesedig"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "SE"), "national-digits")
G["anon"] = lambda c: c.memo.setdefault("anon", c.rng.choice(["anonymous", "Restricted", "Unavailable"]))
G["anonname"] = lambda c: c.rng.choice(["Anonymous", "Unknown caller", "Dold", "Withheld"])
G["featcode"] = lambda c: c.rng.choice(["*72", "*73", "*90", "*43", "s", "#31#"])
G["hunt"] = lambda c: c.memo.setdefault("hunt", c.rng.choice(["3300", "6000", "6099"]))
G["iso9"] = lambda c: f"{mo(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999999999):09d}Z"
# MAC authentication bypass: the username is the client's own MAC, lower-case and bare
G["macmab"] = lambda c: c.memo.setdefault("mab", evallib.mac(c, "bare"))
G["mabcisco"] = lambda c: (lambda h: f"{h[:4]}.{h[4:8]}.{h[8:]}")(G["macmab"](c))
# A first name inside a host name, as macOS and iOS derive it from "Göran's MacBook Pro":
# ASCII letters, digits and hyphens only (RFC 952/1123), Latin spelling of other scripts
G["hostgiven"] = lambda c: evallib.fold(c.person()["given_l"]).replace(" ", "-")
G["cfbname"] = lambda c: c.rng.choice(["CFB_2", "CFB_UME1", "MTP_3"])

TEMPLATES = []


def T(pack, tid, tpl):
    TEMPLATES.append((pack, tid, tpl))


# ---------------------------------------------------------------- syslog

T("syslog", "pulse-secure", variants(
    '«ts» pcs-01 PulseSecure: «pcsdate» - ive - [«IPV4:ip4»] «USERNAME:user@u»(«realmname»)[«role»] - Login succeeded '
    'for «USERNAME:@u»/«realmname» (session:«sessid8») from «IPV4:ip4» with «~useragent».',
    '«ts» pcs-01 PulseSecure: «pcsdate» - ive - [«IPV4:ip4»] «USERNAME:user@u»(«realmname»)[] - Primary authentication '
    'failed for «USERNAME:@u»/RNORR-AD from «IPV4:ip4»',
    '«ts» pcs-01 PulseSecure: «pcsdate» - ive - [«IPV4:ip4»] «EMAIL:email@e»(«realmname»)[«role»] - VPN Tunneling: '
    'Session started for user with IPv4 address «IPV4:ip4», hostname LT-«int4»',
    '«ts» pcs-01 PulseSecure: «pcsdate» - ive - [127.0.0.1] System()[] - Login failed using auth server RADIUS '
    '(Radius Server). Reason: Failed, user «USERNAME:user» from «IPV6:ip6»',
))

T("syslog", "cisco-wlc9800", variants(
    '«ts» wlc9800 : «int4»: wlc9800: *«wlcts»: %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: '
    'wncd: Username entry («USERNAME:user») joined with ssid («ssid») for device with MAC: «MAC:maccisco»',
    '«ts» wlc9800 : «int4»: wlc9800: *«wlcts»: %DOT1X-5-FAIL: Chassis 1 R0/0: wncd: Authentication failed for '
    'client («MAC:maccisco») with reason (Cred Fail) on Interface capwap_«hex8» AuditSessionID «HEX10»«HEX10»«hex4» '
    'Username: «EMAIL:email»',
    '«ts» wlc9800 : «int4»: wlc9800: *«wlcts»: %CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: '
    'wncd: Username entry («MAC:macmab») joined with ssid («ssid») for device with MAC: «MAC:mabcisco»',
    '«ts» wlc9800 : «int4»: wlc9800: *«wlcts»: %APMGR_TRACE_MESSAGE-3-WLC_GEN_ERR: Chassis 1 R0/0: wncd: Error in '
    'AP «ap» («MAC:maccisco») radio slot 1, software «~version»',
))

T("syslog", "nxos-aaa", variants(
    '«ts» nexus-a : «date» «time» CET: %AUTHPRIV-3-SYSTEM_MSG: pam_aaa:Authentication failed for user «USERNAME:user» '
    'from «IPV4:ip4» - sshd[«pid»]',
    '«ts» nexus-a : «date» «time» CET: %DAEMON-3-SYSTEM_MSG: error: PAM: Authentication failure for illegal user '
    '«USERNAME:user» from «IPV4:ip4» - dcos_sshd[«pid»]',
    '«ts» nexus-a : «date» «time» CET: %VSHD-5-VSHD_SYSLOG_CONFIG_I: Configured from vty by «USERNAME:user» on '
    '«IPV4:ip4»@pts/«int2»',
    '«ts» nexus-a : «date» «time» CET: %ETHPORT-5-IF_DOWN_LINK_FAILURE: Interface Ethernet1/«int2» is down (Link '
    'failure)',
))

T("syslog", "opensips-acc", variants(
    '«ts» opensips1 /usr/sbin/opensips[«pid»]: ACC: transaction answered: timestamp=«epoch»;method=INVITE;'
    'from_tag=«calltag»;to_tag=«hex8»;call_id=«callid»;code=200;reason=OK;src_user=«PHONE:netphoneuri»;'
    'src_domain=«IPV4:ip4»;dst_user=«PHONE:netphoneuri»;dst_domain=sbc-edge.«idom»;src_ip=«IPV4:ip4»',
    '«ts» opensips1 /usr/sbin/opensips[«pid»]: ACC: call missed: timestamp=«epoch»;method=INVITE;from_tag=«calltag»;'
    'to_tag=;call_id=«callid»;code=486;reason=Busy Here;src_user=«PHONE:ext»;dst_user=«PHONE:phonesedig»',
    '«ts» opensips1 /usr/sbin/opensips[«pid»]: WARNING:auth:check_response: digest auth failed for '
    '«USERNAME:user»@«idom» from «IPV4:ip4»:«port»',
    '«ts» opensips1 /usr/sbin/opensips[«pid»]: NOTICE:script: REGISTER from sip:«PHONE:ext@x»@«idom» contact '
    '<sip:«PHONE:@x»@«IPV6:ip6»;transport=tls> ua="«~useragent»"',
    '«ts» opensips1 /usr/sbin/opensips[«pid»]: INFO:script: call from "«PERSON_NAME:name»" '
    '<sip:«PHONE:e164»@«idom»> to sip:«~svc»@«idom» routed to emergency gateway',
))

T("syslog", "unifi", variants(
    '<30>«ts» unifi-ctl «unifits» INFO  event   - [event] User[«MAC:maccolon»] has connected to AP[«MAC:maccolon»] '
    'with SSID "«ssid»" on "channel 36(na)"',
    '<30>«ts» unifi-ctl «unifits» INFO  event   - [event] Guest[«MAC:maccolon»] is authorized by hotspot voucher '
    'code «~int6» (name: «PERSON_NAME:name», email: «EMAIL:email»)',
    '<30>«ts» unifi-ctl «unifits» INFO  event   - [event] Admin[«USERNAME:user»] log in from «IPV4:ip4»',
    '<30>«ts» unifi-ctl «unifits» WARN  event   - [event] AP[«MAC:maccolon»] was disconnected, firmware «~version»',
    '<30>«ts» unifi-ctl «unifits» INFO  event   - [event] User[«MAC:maccolon»] roams from AP[«MAC:maccolon»] to '
    'AP[«MAC:maccolon»] on "channel 1(ng)" (hostname «PERSON_NAME:hostgiven»s-iPhone)',
))

T("syslog", "bind-query", variants(
    '«ts» ns2 named[«pid»]: client «bindclient» «IPV4:ip4»#«port» («qname»): query: «qname» IN A +E(0)K («IPV4:ip4»)',
    '«ts» ns2 named[«pid»]: client «bindclient» «IPV6:ip6»#«port» («qname»): query: «qname» IN AAAA +ED («IPV6:ip6»)',
    '«ts» ns2 named[«pid»]: client «bindclient» «IPV4:ip4»#«port» (LT-«int4».«idom»): update \'«idom»/IN\' denied',
    '«ts» ns2 named[«pid»]: zone «idom»/IN: sending notifies (serial «~bignum»)',
))

T("syslog", "windows-dhcp", variants(
    '«ts» dhcp02 DhcpSrv: 10,«dhcpdate»,«dhcptime»,Assign,«IPV4:ip4»,«pcname».«idom»,«MAC:macbare»,,«int8»,0,,,,'
    '0x4d53465420352e30,MSFT 5.0,,,,0',
    '«ts» dhcp02 DhcpSrv: 11,«dhcpdate»,«dhcptime»,Renew,«IPV4:ip4»,iPhone,«MAC:macbare»,,«int8»,0,,,,,,,,,0',
    '«ts» dhcp02 DhcpSrv: 11,«dhcpdate»,«dhcptime»,Renew,«IPV4:ip4»,«PERSON_NAME:hostgiven»s-MacBook-Pro,«MAC:macbare»,'
    ',«int8»,0,,,,,,,,,0',
    '«ts» dhcp02 DhcpSrv: 24,«dhcpdate»,«dhcptime»,Database Cleanup Begin,,,,,0,6,,,,,,,,,0',
))

T("syslog", "sendmail", variants(
    '«ts» mx-in1 sm-mta[«pid»]: «smid»: from=<«EMAIL:email»>, size=«sizeb», class=0, nrcpts=1, '
    'msgid=<«hash32»@«edom»>, bodytype=8BITMIME, proto=ESMTPS, daemon=MTA, relay=mail.«edom» [«IPV4:ip4»]',
    '«ts» mx-in1 sm-mta[«pid»]: «smid»: to=<«EMAIL:email»>, delay=00:00:0«int2», xdelay=00:00:01, mailer=esmtp, '
    'pri=«int6», relay=nc01.«idom». [«IPV4:ip4»], dsn=2.0.0, stat=Sent («smid» Message accepted for delivery)',
    '«ts» mx-in1 sm-mta[«pid»]: «smid»: ruleset=check_rcpt, arg1=<«EMAIL:email@e»>, relay=[«IPV4:ip4»], '
    'reject=550 5.7.1 <«EMAIL:@e»>... Relaying denied',
    '«ts» mx-in1 sm-mta[«pid»]: STARTTLS=server, relay=[«IPV6:ip6»], version=TLSv1.3, verify=NO, '
    'cipher=TLS_AES_256_GCM_SHA384, bits=256/256',
))

T("syslog", "proftpd", variants(
    '«ts» proftpd1 proftpd[«pid»]: proftpd1.«idom» («IPV4:ip4@i»[«IPV4:@i»]) - USER «USERNAME:user»: Login successful.',
    '«ts» proftpd1 proftpd[«pid»]: proftpd1.«idom» («IPV4:ip4@i»[«IPV4:@i»]) - USER «USERNAME:user» (Login failed): '
    'Incorrect password',
    '«ts» proftpd1 proftpd[«pid»]: proftpd1.«idom» (::ffff:«IPV4:ip4@i»[::ffff:«IPV4:@i»]) - FTP session opened.',
    '«ts» proftpd1 proftpd[«pid»]: proftpd1.«idom» («IPV4:ip4@i»[«IPV4:@i»]) - SECURITY VIOLATION: Root login '
    'attempted',
))

T("syslog", "nedap-aeos", variants(
    '«ts» aeos-srv AEOS[«pid»]: AccessGranted; carrier="«PERSON_NAME:fullname»"; badge=«BADGE:aeoscard»; '
    'entrance="«entrance»"; controller=AEpu-«int3»',
    '«ts» aeos-srv AEOS[«pid»]: AccessDenied (badge blocked); badge=«BADGE:aeoscard»; entrance="«entrance»"',
    '«ts» aeos-srv AEOS[«pid»]: CarrierChanged; carrier="«PERSON_NAME:name»"; personnel number «~int6»; new badge '
    '«BADGE:aeoscard» issued by «USERNAME:user2»',
    '«ts» aeos-srv AEOS[«pid»]: DoorHeldOpen; entrance="«entrance»"; duration=«int3»s; software «~version»',
))

T("syslog", "meraki", variants(
    '<134>1 «epochus» MR46_lager events type=association radio=\'1\' vap=\'0\' client_mac=\'«MAC:maccolon|U»\' '
    'channel=\'36\' rssi=\'«int2»\' aid=\'«int8»\'',
    '<134>1 «epochus» MR46_lager events type=8021x_eap_success radio=\'1\' vap=\'0\' client_mac=\'«MAC:maccolon|U»\' '
    'client_ip=\'«IPV4:ip4»\' identity=\'«EMAIL:email»\' aid=\'«int8»\'',
    '<134>1 «epochus» MX67_hq flows src=«IPV4:ip4» dst=«IPV4:ip4» mac=«MAC:maccolon|U» protocol=tcp sport=«port» '
    'dport=443 pattern: allow all',
    '<134>1 «epochus» MX67_hq events type=vpn_connectivity_change vpn_type=\'client\' peer_contact=\'«IPV4:ip4»:«port»\' '
    'user=\'«USERNAME:user»\' connectivity=\'true\'',
    '<134>1 «epochus» MX67_hq urls src=«IPV4:ip4»:«port» dst=«IPV4:ip4»:443 mac=«MAC:maccolon|U» '
    'request: UNKNOWN https://«qname»/...',
))

T("syslog", "helpdesk-nordic", variants(
    '«ts» apigw helpdesk[«pid»]: «~ticket» Kunden «PERSON_NAME:name» (CPR oplyst, tlf. «PHONE:phonedk») kan ikke '
    'logge ind; bruger «USERNAME:user» låst op',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Rückruf an «PERSON_NAME:name» unter «PHONE:phone» wegen gesperrtem Konto '
    '«domain»\\«USERNAME:user»',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Patient «PERSON_NAME:name», personnummer «PERSONNUMMER:pnr», önskar '
    'återuppringning på «PHONE:mobilese». Remiss från vårdcentralen i «~place».',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Ny leverantör registrerad, organisationsnummer «ORGNR:orgnr», '
    'kontaktperson «PERSON_NAME:fullname2» («EMAIL:email2»)',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Tillfälligt id (samordningsnr) «SAMORDNINGSNUMMER:snr» för '
    '«PERSON_NAME:name» – SIM med IMSI «IMSI:imsi» och telefon IMEI «IMEI:imei» utlämnade',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Numret «~badpnr» är inget giltigt personnummer; hänvisade till «~svc» '
    '«~weekday»',
    '«ts» apigw helpdesk[«pid»]: «~ticket» Appel de «PERSON_NAME:name» au «PHONE:phonefr», badge «BADGE:aeoscard» '
    'désactivé',
))

# ---------------------------------------------------------------- json

T("json", "auth0", variants(
    '{"date":"«iso»","type":"s","description":"Successful login","connection":"Username-Password-Authentication",'
    '"connection_id":"con_«rand20»","client_id":"«rand20»","client_name":"Mina sidor","ip":"«IPV4:ip4»",'
    '"user_agent":"«~useragent»","details":{"prompts":[],"stats":{"loginsCount":«int3»}},"hostname":'
    '"login.«idom»","user_id":"auth0|«auth0id»","user_name":"«EMAIL:email»","strategy":"auth0",'
    '"strategy_type":"database","log_id":"«logid»"}',
    '{"date":"«iso»","type":"fp","description":"Wrong email or password.","connection":"Username-Password-'
    'Authentication","client_name":"Mina sidor","ip":"«IPV6:ip6»","user_agent":"«~useragent»","user_id":"",'
    '"user_name":"«EMAIL:email»","log_id":"«logid»"}',
    '{"date":"«iso»","type":"sapi","description":"Update a user","client_name":"","ip":"«IPV4:ip4»","details":'
    '{"request":{"method":"patch","path":"/api/v2/users/auth0|«auth0id»","body":{"phone_number":"«PHONE:e164»",'
    '"name":"«PERSON_NAME:fullname|j»","user_metadata":{"personnummer":"«PERSONNUMMER:pnr12»"}}}},'
    '"log_id":"«logid»"}',
))

T("json", "gcp-audit", variants(
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{},"authenticationInfo":'
    '{"principalEmail":"«EMAIL:email»"},"requestMetadata":{"callerIp":"«IPV4:ip4»","callerSuppliedUserAgent":'
    '"«~useragent»"},"serviceName":"storage.googleapis.com","methodName":"storage.objects.get","resourceName":'
    '"projects/_/buckets/«gcpproj»-exports/objects/kund-«PERSONNUMMER:pnr12».pdf"},"insertId":"«rand20»",'
    '"resource":{"type":"gcs_bucket","labels":{"project_id":"«gcpproj»","location":"europe-north1"}},'
    '"timestamp":"«iso9»","severity":"INFO","logName":"projects/«gcpproj»/logs/cloudaudit.googleapis.com%2Fdata_access"}',
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":'
    '{"principalEmail":"«~gcpsa»"},"requestMetadata":{"callerIp":'
    '"«IPV6:ip6»"},"methodName":"v1.compute.instances.setMetadata","resourceName":"projects/«gcpproj»/zones/'
    'europe-north1-a/instances/vm-«hex8»"},"timestamp":"«iso9»","severity":"NOTICE"}',
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":'
    '{"principalEmail":"«EMAIL:email»"},"requestMetadata":{"callerIp":"«IPV4:ip4»"},"methodName":'
    '"SetIamPolicy","serviceData":{"policyDelta":{"bindingDeltas":[{"action":"ADD","role":"roles/viewer","member":'
    '"user:«EMAIL:email2»"}]}}},"timestamp":"«iso9»","severity":"NOTICE"}',
))

T("json", "jira-audit", variants(
    '{"id":«int6»,"summary":"User added to group","remoteAddress":"«IPV4:ip4»","authorKey":"«~jirakey»",'
    '"authorAccountId":"«~jirakey»","created":"«iso»","category":"group management","eventSource":"",'
    '"objectItem":{"name":"jira-software-users","typeName":"GROUP"},"associatedItems":[{"name":'
    '"«USERNAME:user2»","typeName":"USER","parentId":"1","parentName":"JIRA Internal Directory"}],'
    '"author":{"name":"«USERNAME:user»","displayName":"«PERSON_NAME:fullname|j»"}}',
    '{"id":«int6»,"summary":"User updated","remoteAddress":"«IPV4:ip4»","created":"«iso»","category":"user management",'
    '"objectItem":{"id":"«~jirakey»","name":"«USERNAME:user2»","typeName":"USER"},"changedValues":[{"fieldName":'
    '"Email","changedFrom":"«EMAIL:email2»","changedTo":"«EMAIL:email2»"},{"fieldName":"Full name","changedFrom":'
    '"«PERSON_NAME:fullname2|j»","changedTo":"«PERSON_NAME:fullname2|j»"}]}',
))

T("json", "nextcloud-audit", variants(
    '{"reqId":"«ncreq»","level":1,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"«USERNAME:user@u»","app":'
    '"admin_audit","method":"POST","url":"/login","message":"Login successful: \\"«USERNAME:@u»\\"","userAgent":'
    '"«~useragent»","version":"«~ncversion»","data":{"app":"admin_audit"}}',
    '{"reqId":"«ncreq»","level":1,"time":"«iso6»","remoteAddr":"«IPV6:ip6»","user":"«USERNAME:user@u»","app":'
    '"admin_audit","method":"PROPFIND","url":"/remote.php/dav/files/«USERNAME:@u»/Dokument","message":"File '
    'accessed: \\"/«USERNAME:@u»/files/Dokument/lonespec_«PERSONNUMMER:pnr10».pdf\\"","userAgent":"«~useragent»",'
    '"version":"«~ncversion»"}',
    '{"reqId":"«ncreq»","level":2,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"--","app":"core","method":"POST",'
    '"url":"/login","message":"Login failed: «USERNAME:user» (Remote IP: «IPV4:ip4»)","userAgent":"«~useragent»",'
    '"version":"«~ncversion»"}',
))

T("json", "defender-alert", variants(
    '{"Timestamp":"«iso»","AlertId":"«mdeid»","Title":"Suspicious PowerShell command line","Category":"Execution",'
    '"Severity":"Medium","ServiceSource":"Microsoft Defender for Endpoint","DeviceName":"pc«int6».«idom»",'
    '"LocalIP":"«IPV4:ip4»","AccountName":"«USERNAME:user»","AccountDomain":"«domain»","AccountUpn":"«EMAIL:email»",'
    '"AccountSid":"S-1-5-21-«int8»-«int8»-«int8»-«int4»","RemoteIP":"«IPV4:ip4»","SHA1":"«~hash40»"}',
    '{"Timestamp":"«iso»","AlertId":"«mdeid»","Title":"Anonymous IP address","Category":"InitialAccess",'
    '"Severity":"Low","ServiceSource":"Microsoft Entra ID Protection","AccountObjectId":"«uuid»",'
    '"AccountDisplayName":"«PERSON_NAME:name|u»","AccountUpn":"«EMAIL:email»","RemoteIP":"«IPV6:ip6»",'
    '"Location":{"city":"«~place»","countryOrRegion":"SE"}}',
))

T("json", "vonage-sms", variants(
    '{"msisdn":"«PHONE:phonenum»","to":"«PHONE:phonenum»","messageId":"«vonageid»","text":"Hej, detta är '
    '«PERSON_NAME:fullname|j». Kan ni ringa mig på «PHONE:mobilese»?","type":"text","keyword":"HEJ",'
    '"api-key":"«hex8»","message-timestamp":"«datetime»"}',
    '{"msisdn":"«PHONE:phonenum»","to":"«~svc»","network-code":"«~int6»","messageId":"«vonageid»","price":"0.03330000",'
    '"status":"delivered","scts":"«~scts»","err-code":"0","api-key":"«hex8»","message-timestamp":"«datetime»"}',
))

T("json", "teams-callrecord", variants(
    '{"id":"«teamsid»","type":"peerToPeer","modalities":["audio"],"startDateTime":"«iso0»","endDateTime":"«iso0»",'
    '"organizer":{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:fullname|j»","tenantId":"«uuid»"}},'
    '"participants":[{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:fullname|j»"}},{"phone":{"id":'
    '"«PHONE:e164»","displayName":null}}],"sessions":[{"caller":{"identity":{"user":{"displayName":'
    '"«PERSON_NAME:fullname|j»"}},"associatedIdentity":{"userPrincipalName":"«EMAIL:email»"}},"callee":{'
    '"identity":{"phone":{"id":"«PHONE:e164»"}}}}]}',
    '{"id":"«teamsid»","type":"groupCall","modalities":["audio","video"],"startDateTime":"«iso0»","organizer":{"user":'
    '{"id":"«uuid»","displayName":"«PERSON_NAME:fullname|u»"}},"participants":[{"user":{"displayName":'
    '"«PERSON_NAME:fullname2|u»"}},{"guest":{"displayName":"«PERSON_NAME:given» (Guest)"}}],"callerIp":"«IPV4:ip4»"}',
))

T("json", "visma-lon", variants(
    '{"anstNr":"«~int6»","pnr":"«PERSONNUMMER:pnr»","namn":{"fornamn":"«PERSON_NAME:given|j»","efternamn":'
    '"«PERSON_NAME:surname|j»"},"kontakt":{"mobil":"«PHONE:mobilese»","epost":"«EMAIL:email»"},"bolag":'
    '{"orgNr":"«ORGNR:orgnr»","namn":"Åkeri Logistik AB"},"bank":{"clearingnr":"6123","kontonr":"«~bignum»"},'
    '"lonearter":[{"kod":"«int3»","belopp":«int4»}]}',
    '{"anstNr":"«~int6»","samordningsnr":"«SAMORDNINGSNUMMER:snr»","namn":{"fornamn":"«PERSON_NAME:given|j»",'
    '"efternamn":"«PERSON_NAME:surname|j»"},"kontakt":{"telefon":"«PHONE:phone»"},"bolag":{"orgNr":'
    '"«~badorgnr»"},"felkod":"ORGNR_CHECKSUM"}',
))

# ---------------------------------------------------------------- kv-cef

T("kv-cef", "zyxel-usg", variants(
    'src="«IPV4:ip4»:«port»" dst="«IPV4:ip4»:443" msg="Traffic Log" note="ACCESS FORWARD" user="«USERNAME:user»" '
    'devID="«~zyxeldev»" cat="Traffic Log" proto="https" duration="«dur»" sent="«bytes»" rcvd="«bytes»" '
    'dir="LAN1:WAN1" protoID="6" service_name="https"',
    'src="«IPV4:ip4»:0" dst="«IPV4:ip4»:0" msg="User «USERNAME:user@u»(MAC=«MAC:macdash») from http/https has '
    'logged in Device" note="Account: «USERNAME:@u»" user="«USERNAME:@u»" devID="«~zyxeldev»" cat="User"',
    'src="«IPV4:ip4»:«port»" dst="«IPV4:ip4»:«port»" msg="Failed to login IKE SA with «EMAIL:email»" note="IKE_LOG" '
    'user="unknown" devID="«~zyxeldev»" cat="IKE"',
))

T("kv-cef", "watchguard", variants(
    '«ts» Firebox-M390 («iso0») firewall: msg_id="3000-0148" Allow 1-Trusted 0-External «int3» tcp 20 128 '
    '«IPV4:ip4» «IPV4:ip4» «port» 443 offset 8 S «int6» win «int4» («wgpolicy») proc_id="firewall" rc="100" '
    'src_user="«USERNAME:user»@RNORR-AD"',
    '«ts» Firebox-M390 («iso0») admd: msg_id="3E00-0002" Authentication of Mobile VPN with SSL user '
    '[«USERNAME:user»@RNORR-AD] from «IPV4:ip4» was accepted',
    '«ts» Firebox-M390 («iso0») sessiond: msg_id="3E00-0004" Authentication of Firewall user '
    '[«EMAIL:email»@Firebox-DB] from «IPV4:ip4» was rejected, password is incorrect',
))

T("kv-cef", "sentinelone-cef", variants(
    'CEF:0|SentinelOne|Mgmt|24.1.2|2001|Threat detected, mitigated|8|rt=«epochms» cat=SystemEvent '
    'suser=«USERNAME:user@u» sntdom=«domain» shost=pc«int6» src=«IPV4:ip4» smac=«MAC:maccolon» '
    'fname=invoice_«int4».exe filePath=C:\\\\Users\\\\«USERNAME:@u»\\\\Downloads fileHash=«~hash40» cs1Label=Site '
    'cs1=«s1site» cs2Label=AgentVersion cs2=«~version» msg=Threat quarantined on endpoint of «PERSON_NAME:fullname»',
    'CEF:0|SentinelOne|Mgmt|24.1.2|5020|User logged in to management console|3|rt=«epochms» cat=AuditEvent '
    'duser=«EMAIL:email@e» src=«IPV6:ip6» cs1Label=Site cs1=«s1site» msg=The user «EMAIL:@e» logged in',
))

T("kv-cef", "forcepoint-cef", variants(
    'CEF:0|Forcepoint|Security|8.5.5|transaction:permitted|«fpcat»|1|act=permitted app=https dvc=«IPV4:ip4» '
    'dst=«IPV4:ip4» dhost=«qname» dpt=443 src=«IPV4:ip4» spt=«port» suser=LDAP://«IPV4:ip4» OU\\=Users,'
    'OU\\=Region Norr,DC\\=region-norr,DC\\=se/«PERSON_NAME:fullname|c» destinationTranslatedPort=«port» rt=«epochms» '
    'in=«bytes» out=«bytes» requestMethod=CONNECT requestClientApplication=«~useragent» cs1Label=Policy '
    'cs1=role-8**Default',
    'CEF:0|Forcepoint|Security|8.5.5|transaction:blocked|«fpcat»|7|act=blocked app=http dvc=«IPV4:ip4» '
    'dst=«IPV4:ip4» dhost=«qname» dpt=80 src=«IPV4:ip4» spt=«port» suser=«domain»\\\\«USERNAME:user» rt=«epochms» '
    'request=http://«qname»/ cs1Label=Policy cs1=Default',
))

# ---------------------------------------------------------------- asterisk-cdr (plain Asterisk dialplans)

T("asterisk-cdr", "ast-chan-sip", variants(
    '"«BADGE:pin»","«PHONE:ext@x»","«PHONE:phonesedig@d»","macro-stdexten","""«PERSON_NAME:name|q»"" <«PHONE:@x»>",'
    '"SIP/«PHONE:@x»-«hex8»","SIP/«sipt@t»-«hex8»","Dial","SIP/«@t»/«PHONE:@d»,60,tTr","«datetime»","«datetime2»",'
    '"«datetime3»",«dur»,«dur»,"«dispo»","BILLING","«epochus»"',
    '"","«PHONE:e164@s»","«PHONE:ext@x»","from-pstn-e164-se","""«PHONE:@s»"" <«PHONE:@s»>","SIP/«sipt»-«hex8»",'
    '"SIP/«PHONE:@x»-«hex8»","Dial","SIP/«PHONE:@x»,30,tT","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,'
    '"«dispo»","DOCUMENTATION","«epochus»",""',
    '"","«~anon»","«PHONE:ext@x»","from-pstn-e164-se","""«~anonname»"" <«~anon»>","SIP/«sipt»-«hex8»","",'
    '"Playback","ss-noservice","«datetime»","«datetime»","«datetime2»",«int2»,«int2»,"ANSWERED","DOCUMENTATION",'
    '"«epochus»"',
))

T("asterisk-cdr", "ast-queue-conf", variants(
    '"","«PHONE:netphone@s»","«queue@q»","vardcentral-in","""«PERSON_NAME:name|q»"" <«PHONE:@s»>","SIP/«sipt»-«hex8»",'
    '"SIP/«PHONE:ext@a»-«hex8»","Queue","«@q»,tT,,,300","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,'
    '"ANSWERED","DOCUMENTATION","«epochus»","callback=«PHONE:@s|d»"',
    '"","«PHONE:ext@x»","«~confno»","conferences","""«PERSON_NAME:name|q»"" <«PHONE:@x»>","SIP/«PHONE:@x»-«hex8»","",'
    '"ConfBridge","«~confno»,default_bridge,default_user","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,'
    '"ANSWERED","DOCUMENTATION","«epochus»"',
    '"","«PHONE:ext@x»","«~featcode»","features","""«PERSON_NAME:name|q»"" <«PHONE:@x»>","SIP/«PHONE:@x»-«hex8»",'
    '"","Set","CALLFORWARD=«PHONE:mobilese|d»","«datetime»","«datetime2»","«datetime3»",«int2»,«int2»,"ANSWERED",'
    '"DOCUMENTATION","«epochus»"',
))

T("asterisk-cdr", "ast-local-dahdi", variants(
    '"","«PHONE:netphonedig@s»","«PHONE:ext@x»","sub-local-dialing","""«PERSON_NAME:fullname|q»"" <«PHONE:@s»>",'
    '"DAHDI/i1/«PHONE:@s|d»-«hex4»","Local/«PHONE:@x»@sub-local-dialing-«hex8»;1","Dial","Local/«PHONE:@x»@'
    'sub-local-dialing,45,","«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"«dispo»","DOCUMENTATION",'
    '"«epochus»",""',
    '"«BADGE:pin»","«PHONE:ext@x»","«PHONE:e164@d»","sub-local-dialing","""«PERSON_NAME:name|q»"" <«PHONE:@x»>",'
    '"PJSIP/«PHONE:@x»-«hex8»","DAHDI/g1-«hex4»","Dial","DAHDI/g1/«PHONE:@d|d»,,T","«datetime»","«datetime2»",'
    '"«datetime3»",«dur»,«dur»,"«dispo»","BILLING","«epochus»","kostnadsställe 4410"',
))

G["scts"] = lambda c: f"{mo(c):%y%m%d%H%M}"
G["confno"] = lambda c: c.memo.setdefault("conf", c.rng.choice(["8000", "8001", "8100"]))

# ---------------------------------------------------------------- freeswitch-cdr (FusionPBX-style domains)

T("freeswitch-cdr", "fs-fusion-ext", variants(
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«PHONE:netphonedig»","«fsctx»","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","«hangup»","«uuid»","«uuid»","«fsacct»","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«PHONE:ext»","«fsctx»","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","«hangup»","«uuid»","«uuid»","«BADGE:pin»","G722","G722"',
))

T("freeswitch-cdr", "fs-fusion-pstn", variants(
    '"«PHONE:netphone@s|q»","«PHONE:@s|d»","«PHONE:ext»","public","«datetime»","«datetime2»","«datetime3»","«dur»","«dur»",'
    '"«hangup»","«uuid»","«uuid»","","PCMA","PCMA"',
    '"«~anonname»","«~anon»","«PHONE:ext»","public","«datetime»","","«datetime2»","«int2»","0","NO_ANSWER","«uuid»",'
    '"","","PCMU","PCMU"',
    '"«PERSON_NAME:name|q»","«PHONE:e164»","«PHONE:e164»","public","«datetime»","«datetime2»","«datetime3»","«dur»",'
    '"«dur»","«hangup»","«uuid»","«uuid»","","opus","PCMA"',
))

T("freeswitch-cdr", "fs-callcenter", variants(
    '"«PERSON_NAME:name|q»","«PHONE:netphoneit»","«~ccqueue»","callcenter","«datetime»","«datetime2»","«datetime3»",'
    '"«dur»","«dur»","NORMAL_CLEARING","«uuid»","«uuid»","","PCMA","PCMA"',
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«~svc»","«fsctx»","«datetime»","«datetime2»","«datetime3»","«dur»",'
    '"«dur»","NORMAL_CLEARING","«uuid»","«uuid»","","PCMA","PCMA"',
))
G["ccqueue"] = lambda c: c.rng.choice(["support@kund.region-norr.se", "9000", "bokning"])

# ---------------------------------------------------------------- cisco-cucm-cdr

CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "destDeviceName", "finalCalledPartyUnicodeLoginUserID",
                      "mobileCallingPartyNumber", "huntPilotDN"]


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
    "destConversationId": "0", "globalCallId_ClusterID": "CL-RNORR-UME", "joinOnBehalfOf": "0",
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
    t1 = t0 + ctx.rng.randint(3, 40)
    return {"dateTimeOrigination": str(t0), "dateTimeConnect": str(t1),
            "dateTimeDisconnect": str(t1 + ctx.rng.randint(2, 2400))}


def cucm_forward(ctx, rec, cols):
    """An incoming PSTN call to a hunt pilot, forwarded on no answer to a mobile (+E.164 dial plan)."""
    v = cucm_times(ctx)
    v.update({"callingPartyNumber": "«PHONE:e164»", "origDeviceName": "CUBE-UME-01", "origIpAddr": "«IPV4:ip4int»",
              "originalCalledPartyNumber": "«~hunt»", "huntPilotDN": "«~hunt»", "huntPilotPartition": "PT_HuntPilots",
              "lastRedirectDn": "«PHONE:ext@x»", "finalCalledPartyNumber": "«PHONE:e164@m»",
              "outpulsedCalledPartyNumber": "«PHONE:@m|d»", "destDeviceName": "CUBE-UME-01",
              "origCalledPartyRedirectReason": "2", "lastRedirectRedirectReason": "15",
              "destIpAddr": "«IPV4:ip4int»", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
              "origMediaTransportAddress_IP": "«IPV4:ip4int»", "callingPartyNumberPartition": "PT_PSTN_In",
              "finalCalledPartyNumberPartition": "PT_E164_Mobile", "outpulsedLastRedirectingNumber": "«PHONE:phonesedig»",
              "lastRedirectDn_uri": "«EMAIL:email»"})
    cucm_row(ctx, rec, cols, v)


def cucm_conference(ctx, rec, cols):
    """A participant joined to an ad hoc conference bridge; comment carries the conference ids."""
    v = cucm_times(ctx)
    v.update({"callingPartyNumber": "«PHONE:ext@x»", "callingPartyUnicodeLoginUserID": "«USERNAME:tctuser@u»",
              "origDeviceName": "TCT«USERNAME:@u|U»", "originalCalledPartyNumber": "«~confdn»",
              "finalCalledPartyNumber": "«~confdn»", "destDeviceName": "«cfbname»", "joinOnBehalfOf": "4",
              "destConversationId": "«int8»", "comment": "ConfControllerDN=«PHONE:ext»;ConfControllerDeviceName="
              "SEP«MAC:macbare»;ConfRequestorDN=«PHONE:@x»;ConfRequestorDeviceName=TCT«USERNAME:@u|U»",
              "origIpAddr": "«IPV4:ip4int»", "origIpv4v6Addr": "«IPV6:ip6»", "destIpAddr": "«IPV4:ip4int»",
              "callingPartyNumberPartition": "PT_Lokal"})
    cucm_row(ctx, rec, cols, v)


def cucm_international(ctx, rec, cols):
    """An outgoing international call with a forced authorisation code and a client matter code."""
    v = cucm_times(ctx)
    v.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyUnicodeLoginUserID": "«USERNAME:user»",
              "origDeviceName": "SEP«MAC:macbare»", "origIpAddr": "«IPV4:ip4int»",
              "originalCalledPartyNumber": "«PHONE:phone00@d»", "finalCalledPartyNumber": "«PHONE:@d»",
              "outpulsedCalledPartyNumber": "«PHONE:@d»", "outpulsedCallingPartyNumber": "«PHONE:e164»",
              "destDeviceName": "SIPTRUNK-TELENOR", "authCodeDescription": "Utlandssamtal «PERSON_NAME:fullname»",
              "authorizationLevel": "10", "authorizationCodeValue": "«authcode»", "clientMatterCode": "«authcode»",
              "finalCalledPartyNumberPartition": "PT_Intl", "finalCalledPartyPattern": "00.!",
              "destIpAddr": "«IPV4:ip4int»", "destIpv4v6Addr": "«IPV4:ip4»",
              "callingPartyNumber_uri": "«EMAIL:email»"})
    cucm_row(ctx, rec, cols, v)




def tct_user(c):
    """A login that CUCM accepts after TCT in a device name (at most 15 characters in all,
    A-Z 0-9 . _ -): the admin provisions the Jabber device as TCT + the login, upper-cased."""
    for _ in range(50):
        u = evallib.user_base(c, c.person(), keep_diacritics=False)
        if len(u) <= 12 and all(ch in string.ascii_lowercase + string.digits + "._-" for ch in u):
            return u
    return "".join(ch for ch in u if ch in string.ascii_lowercase + string.digits)[:12]


G["tctuser"] = tct_user
G["confdn"] = lambda c: c.rng.choice(["b0029901", "b00105501"])
G["authcode"] = lambda c: str(c.rng.randint(1000, 99999))

T("cisco-cucm-cdr", "cucm-forward", cucm_forward)
T("cisco-cucm-cdr", "cucm-conference", cucm_conference)
T("cisco-cucm-cdr", "cucm-international", cucm_international)

GENERATORS = G

# Workspace ONE UEM event notifications and an EPC core (added after the first run
# showed few IMEI/IMSI values)
G["ws1serial"] = lambda c: "".join(c.rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
G["imeisv"] = lambda c: c.rng.choice(c.pools.IMEI_TACS) + evallib.digits(c.rng, 6) + f"{c.rng.randint(1, 99):02d}"
G["mmets"] = lambda c: f"{mo(c):%m/%d %H:%M:%S}.{c.rng.randint(0, 999):03d}"
TEMPLATES.insert(len([t for t in TEMPLATES if t[0] in ("syslog", "json")]), ("json", "ws1-event", variants(
    '{"EventId":«int3»,"EventType":"Enrollment Complete","DeviceId":«int6»,"DeviceFriendlyName":"«USERNAME:user@u» iPhone '
    'iOS 17.5.1 - «ws1serial»","EnrollmentEmailAddress":"«EMAIL:email»","EnrollmentUserName":"«USERNAME:@u»",'
    '"EventTime":"«iso»","AssetNumber":"«~hash40»","SerialNumber":"«ws1serial»","PhoneNumber":"«PHONE:phone»",'
    '"Imei":"«IMEI:imei»","MACAddress":"«MAC:macbare»","CompromisedStatus":false}',
    '{"EventId":«int3»,"EventType":"SIM Card Changed","DeviceId":«int6»,"DeviceFriendlyName":"Lager skanner '
    '«int3»","EnrollmentUserName":"«~sysuser»","Imsi":"«IMSI:imsi»","Imei":"«IMEI:imeiplain»","CarrierCode":'
    '"«~int6»","SerialNumber":"«ws1serial»"}',
)))
TEMPLATES.insert(len([t for t in TEMPLATES if t[0] == "syslog"]), ("syslog", "open5gs-mme", variants(
    '«ts» epc01 open5gs-mmed[«pid»]: «mmets»: [emm] INFO: [«IMSI:imsi»]    Attach complete (../src/mme/emm-sm.c:1384)',
    '«ts» epc01 open5gs-mmed[«pid»]: «mmets»: [mme] INFO:     IMSI[«IMSI:imsi»] IMEISV[«IMEI:imeisv»] '
    '(../src/mme/mme-s6a-handler.c:92)',
    '«ts» epc01 open5gs-mmed[«pid»]: «mmets»: [mme] INFO: eNB-S1 accepted[«IPV4:ip4»]:«port» in s1_path module '
    '(../src/mme/s1ap-sctp.c:114)',
    '«ts» epc01 open5gs-mmed[«pid»]: «mmets»: [emm] WARNING: [«IMSI:imsi»] Unknown UE by GUTI (IMEI «IMEI:imei») '
    '(../src/mme/emm-handler.c:266)',
)))
