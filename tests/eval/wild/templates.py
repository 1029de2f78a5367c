"""Templates of the wild split: the fourth pair's development half.

Products (per pack): see tests/eval/README.md. Each template is a string in
evallib's placeholder syntax, or a callable that picks one of several real
message shapes of the same product and renders it.
"""
import datetime
import evallib
from evallib import render, weighted, digits, fold, user_base, moment


def variants(*shapes):
    """A template that renders one of several shapes of one product's messages."""
    def tpl(ctx, rec, cols):
        render(ctx.rng.choice(shapes), ctx, rec)
    return tpl


# ---------------------------------------------------------------- generators
G = {}


def gen(name):
    def deco(fn):
        G[name] = fn
        return fn
    return deco


def _gs(c, person=0):
    p = c.person(person)
    g = fold(p["given_l"].split(" ")[0].split("-")[0]).lower().replace("'", "")
    s = fold(p["surname_l"].replace(" ", "")).lower().replace("'", "").replace("-", "")
    return g, s


@gen("uid_a")
def _uid_a(c):  # a123456: a letter and six digits, as large employers number accounts
    return c.rng.choice("aeuxk") + digits(c.rng, 6)


@gen("user_upper")
def _user_upper(c):  # LASTNAMEF, mainframe/ERP style
    g, s = _gs(c)
    return (s[:7] + g[0]).upper()


@gen("user_x")
def _user_x(c):  # x-abcd consultant accounts
    g, s = _gs(c)
    return "x-" + g[:2] + s[:2]


@gen("user_fl")
def _user_fl(c):  # firstname_lastname
    g, s = _gs(c)
    return f"{g}_{s}"


@gen("anyuser")
def _anyuser(c):
    k = weighted(c.rng, [("user", 5), ("uid_a", 2), ("user_upper", 1), ("user_x", 1), ("user_fl", 2)])
    return c.gen(k)


@gen("machw")
def _machw(c):  # Huawei/H3C aabb-ccdd-eeff
    h = evallib.mac(c, "bare")
    return f"{h[:4]}-{h[4:8]}-{h[8:]}"


@gen("macdashU")
def _macdashu(c):
    return evallib.mac(c, "dash")


@gen("nsdate")
def _nsdate(c):
    return f"{moment(c):%m/%d/%Y:%H:%M:%S}"


@gen("isodate_ms")
def _isoms(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S},{c.rng.randint(0, 999):03d}"


@gen("isotz")
def _isotz(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S}.{c.rng.randint(0, 999):03d} +01:00"


@gen("exdt")
def _exdt(c):
    return f"{moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999):03d}Z"


@gen("int5")
def _int5(c):
    return str(c.rng.randint(10000, 99999))


@gen("sid")
def _sid(c):
    return f"S-1-5-21-{c.rng.randint(10**9, 4 * 10**9)}-{c.rng.randint(10**9, 4 * 10**9)}-{c.rng.randint(10**8, 10**9)}-{c.rng.randint(1100, 48000)}"


@gen("iseid")
def _iseid(c):
    return evallib.hexs(c, 24)


@gen("awsacct")
def _awsacct(c):
    return c.memo.setdefault("aws", "5" + digits(c.rng, 11))


@gen("fwserial")
def _fwserial(c):
    return c.rng.choice(["80BD0A3F5A2C1", "FAC3KF3R17000123", "FAC2HF4A19000311", "S220HD19A0042"])


@gen("hsaid")
def _hsaid(c):
    return "SE2321000131-E" + digits(c.rng, 12)


@gen("skolkod")
def _skolkod(c):
    return digits(c.rng, 8)


@gen("kst")
def _kst(c):
    return c.rng.choice(["KST 4410", "4410-220", "CC-31077", "K71230"])


@gen("queuenum")
def _queuenum(c):  # a contact centre's published number: a queue, not a person
    return c.rng.choice(["+46313001900", "+46406650000", "+46771101010", "+46313002244"])


@gen("queueext")
def _queueext(c):
    return c.rng.choice(["6000", "6001", "6010", "6100", "8800"])


@gen("vmpilot")
def _vmpilot(c):
    return c.rng.choice(["*97", "*98", "8000", "7999"])


@gen("featurecode")
def _fc(c):
    return c.rng.choice(["*72", "*73", "*43", "*69", "#31#"])


@gen("version")
def _ver(c):
    return c.rng.choice(c.pools.VERSIONS)


@gen("build")
def _build(c):
    return f"{c.rng.randint(10, 14)}.{c.rng.randint(0, 1)}-{c.rng.randint(40, 66)}.{c.rng.randint(1, 30)}"


@gen("ntuuid")
def _ntuuid(c):
    return "{" + evallib.uuid4(c).upper() + "}"


@gen("msgid")
def _msgid(c):
    return f"<{evallib.hexs(c, 16)}.{evallib.hexs(c, 8)}@{c.rng.choice(c.pools.HOSTS)}.{c.rng.choice(c.pools.INTERNAL_DOMAINS)}>"


@gen("orderno")
def _orderno(c):
    return digits(c.rng, 10)


@gen("kundnr")
def _kundnr(c):
    return digits(c.rng, 7)


@gen("devname")
def _devname(c):
    return c.rng.choice(["iPhone", "Galaxy-S23", "Pixel-8", "MacBook-Pro", "iPad"])


@gen("posssuf")
def _poss(c):  # "Ylvas iPhone" in Swedish, "Kwame's iPhone" in English: the name is labelled, not the suffix
    g = c.person()["given"]
    return "s" if c.person()["culture"] in ("swedish", "sami") and not g.endswith("s") else "'s"


@gen("upn")
def _upn(c):  # a UPN in the directory's own (non-mail) suffix: an account name
    return f"{user_base(c, c.person(), False)}@{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"


@gen("apname")
def _apname(c):
    return c.rng.choice(["AP-Lindholmen-3F-12", "AP-Hamn-Kontor", "AP-Torslanda-Lager2", "AP-Varberg-Recep"])


@gen("ssid")
def _ssid(c):
    return c.rng.choice(["VSE-Corp", "VSE-Guest", "eduroam", "HAMN-IoT"])


@gen("group")
def _group(c):
    return c.rng.choice(["VPN-Anstallda", "VPN-Konsulter", "N/A", "GG-Citrix-Users"])


@gen("sipcallid")
def _sipcallid(c):
    return evallib.hexs(c, 16) + "@" + c.rng.choice(["sbc-vbg1.int.vse.se", "kam-edge2"])


@gen("pcode")
def _pcode(c):
    return c.rng.choice(["Pågående vårdrelation", "Patientens samtycke", "Nödöppning", "Sammanhållen journalföring"])


@gen("unit")
def _unit(c):
    return c.rng.choice(["Kardiologi Mölndal", "Vårdcentral Frölunda", "Akutmottagning Halmstad", "BUP Varberg"])


@gen("vtnr")
def _vtnr(c):
    return f"VT-{c.rng.choice([2027])}-{digits(c.rng, 6)}"


@gen("ctr_region")
def _ctr_region(c):
    return c.rng.choice(["eu-central-1", "eu-west-2"])


@gen("dur4")
def _dur4(c):
    return str(c.rng.randint(1, 2400))


@gen("trunk")
def _trunk(c):
    return c.rng.choice(["trunk-telia", "trunk-tele2", "sip-bahnhof"])


@gen("astid")
def _astid(c):
    return f"{int(moment(c).timestamp())}.{c.rng.randint(1, 99999)}"


@gen("astchan")
def _astchan(c):
    return f"{evallib.hexs(c, 8)}"


@gen("a_start")
def _astart(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S}"


@gen("a_ans")
def _aans(c):
    return f"{evallib.later(c, 6):%Y-%m-%d %H:%M:%S}"


@gen("a_end")
def _aend(c):
    return f"{evallib.later(c, 6 + int(c.memo.setdefault('bill', c.rng.randint(5, 900)))):%Y-%m-%d %H:%M:%S}"


@gen("a_dur")
def _adur(c):
    return str(int(c.memo.setdefault("bill", c.rng.randint(5, 900))) + 6)


@gen("a_bill")
def _abill(c):
    return str(c.memo.setdefault("bill", c.rng.randint(5, 900)))


@gen("tenant")
def _tenant(c):
    return c.memo.setdefault("tenant", c.rng.choice(["vse.pbx.vastsvenska.se", "hamn.pbx.vastsvenska.se"]))


@gen("codec")
def _codec(c):
    return c.rng.choice(["PCMA", "G722", "OPUS", "PCMU"])


@gen("hcause")
def _hcause(c):
    return c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY", "NO_ANSWER"])


@gen("fs_start")
def _fsstart(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S}"


GENERATORS = G

# ---------------------------------------------------------------- syslog

NS_HDR = "<134>«ts» «IPV4:ip4» «nsdate» GMT «host» 0-PPE-0 : default "
NETSCALER = variants(
    NS_HDR + "SSLVPN LOGIN «int5» 0 : Context «USERNAME:anyuser@u»@«IPV4:ip4@c» - SessionId: «int4»- User «USERNAME:@u» - Client_ip «IPV4:@c» - Nat_ip \"Mapped Ip\" - Vserver «IPV4:ip4»:443 - Browser_type \"«~useragent»\" - SSLVPN_client_type Agent - Group(s) \"«group»\"",
    NS_HDR + "SSLVPN LOGOUT «int5» 0 : Context «USERNAME:anyuser@u»@«IPV4:ip4@c» - SessionId: «int4»- User «USERNAME:@u» - Client_ip «IPV4:@c» - Nat_ip «IPV4:ip4» - Vserver «IPV4:ip4»:443 - Start_time \"«nsdate» \" - End_time \"«nsdate» \" - Duration 01:12:09  - Http_resources_accessed 0 - NonHttp_services_accessed 0 - Total_TCP_connections «int3» - Total_UDP_flows 0 - Total_policies_allowed «int3» - Total_policies_denied 0 - Total_bytes_send «~bytes» - Total_bytes_recv «~bytes» - LogoutMethod \"TimedOut\" - Group(s) \"«group»\"",
    NS_HDR + "AAA LOGIN_FAILED «int5» 0 : User «USERNAME:anyuser» - Client_ip «IPV4:ip4» - Failure_reason \"Invalid credentials\" - Browser \"«~useragent»\"",
    NS_HDR + "SSLVPN ICASTART «int5» 0 : Source «IPV4:ip4»:«port» - Destination «IPV4:ip4»:2598 - customername  - username:domainname «USERNAME:anyuser»:«domain» - applicationName Skrivbord VSE - startTime \"«nsdate» \" - connectionId «~hex12»",
    NS_HDR + "AAA Message «int5» 0 : \"AAA LOGIN REQ: parsed data; username: <«USERNAME:upn»>, pwdlen <Non-Zero>, pwdlen2 <Zero>, flags: <0x40000>\"",
)

ISE_HDR = "<181>«ts» «host» "
ISE = variants(
    ISE_HDR + "CISE_Passed_Authentications 00«int5»«int3» 3 0 «isotz» 00«int5»22 5200 NOTICE Passed-Authentication: Authentication succeeded, ConfigVersionId=214, Device IP Address=«IPV4:ip4@nas», DestinationIPAddress=«IPV4:ip4», DestinationPort=1812, UserName=«USERNAME:user@u», Protocol=Radius, RequestLatency=«int3», NetworkDeviceName=SW-GBG-ACC-«int2», User-Name=«USERNAME:@u», NAS-IP-Address=«IPV4:@nas», NAS-Port=«int5», Service-Type=Framed, Framed-MTU=1300, Called-Station-ID=«MAC:macdashU», Calling-Station-ID=«MAC:macdashU@m», NAS-Port-Type=Ethernet, NAS-Port-Id=GigabitEthernet1/0/«int2», EAP-Key-Name=, cisco-av-pair=audit-session-id=«~iseid», AcsSessionID=«host»/«~sessid»/«int5», SelectedAuthenticationIdentityStores=VSE-AD, AuthenticationStatus=AuthenticationPassed, EndPointMACAddress=«MAC:@m», IdentityGroup=Endpoint Identity Groups:Profiled:Workstation, AD-User-Resolved-Identities=«USERNAME:@u»@vastsvenska.local, AD-User-Candidate-Identities=«USERNAME:@u»@vastsvenska.local, AD-User-DNS-Domain=vastsvenska.local, Step=11001, Step=11017, Step=15049, Step=22037, Step=24715, StepData=4= DEVICE.Location",
    ISE_HDR + "CISE_Failed_Attempts 00«int5»«int3» 2 0 «isotz» 00«int5»31 5400 NOTICE Failed-Attempt: Authentication failed, ConfigVersionId=214, Device IP Address=«IPV4:ip4@nas», DestinationPort=1812, UserName=«EMAIL:email@e», Protocol=Radius, NetworkDeviceName=WLC-Lindholmen, User-Name=«EMAIL:@e», NAS-IP-Address=«IPV4:@nas», Called-Station-ID=«MAC:macdashU»:VSE-Corp, Calling-Station-ID=«MAC:macdashU@m», NAS-Port-Type=Wireless - IEEE 802.11, FailureReason=24408 User authentication against Active Directory failed since user has entered the wrong password, EndPointMACAddress=«MAC:@m», Airespace-Wlan-Id=3, Response={RadiusPacketType=AccessReject; }",
    ISE_HDR + "CISE_Guest_Access 00«int5»«int3» 1 0 «isotz» 00«int5»40 86015 NOTICE Guest: Guest user has been created, GuestUserName=«USERNAME:uid_a», FirstName=«PERSON_NAME:given», LastName=«PERSON_NAME:surname», EmailAddress=«EMAIL:email», PhoneNumber=«PHONE:phone», Company=Olympia Shipping, SponsorUserName=«USERNAME:user2», GuestType=Contractor (default), Portal=Sponsor Portal (default)",
)

SLAPD = variants(
    "«ts» «host» slapd[«pid»]: conn=«int5» op=«int2» BIND dn=\"uid=«USERNAME:user»,ou=people,dc=vastsvenska,dc=local\" method=128",
    "«ts» «host» slapd[«pid»]: conn=«int5» op=0 BIND dn=\"cn=«PERSON_NAME:fullname»,ou=Anstallda,ou=Goteborg,dc=vastsvenska,dc=local\" mech=SIMPLE bind_ssf=0 ssf=256",
    "«ts» «host» slapd[«pid»]: conn=«int5» fd=«int2» ACCEPT from IP=«IPV4:ip4»:«port» (IP=0.0.0.0:636)",
    "«ts» «host» slapd[«pid»]: conn=«int5» op=«int2» SRCH base=\"ou=people,dc=vastsvenska,dc=local\" scope=2 deref=0 filter=\"(&(objectClass=inetOrgPerson)(|(mail=«EMAIL:email»)(mobile=«PHONE:mobilese»)))\"",
    "«ts» «host» slapd[«pid»]: conn=«int5» op=«int2» MOD dn=\"uid=«USERNAME:user_fl»,ou=people,dc=vastsvenska,dc=local\" attr=telephoneNumber displayName userPassword modifiersName",
    "«ts» «host» slapd[«pid»]: conn=«int5» op=0 BIND dn=\"uid=«~sysuser»,ou=system,dc=vastsvenska,dc=local\" method=128",
    "«ts» «host» slapd[«pid»]: conn=«int5» op=1 RESULT tag=97 err=49 qtime=0.000012 etime=0.004187 text=",
)

KEYCLOAK_TXT = variants(
    "«isodate_ms» WARN  [org.keycloak.events] (executor-thread-«int2») type=\"LOGIN_ERROR\", realmId=\"«~uuid»\", realmName=\"vse\", clientId=\"nextcloud\", userId=\"null\", ipAddress=\"«IPV4:ip4»\", error=\"user_not_found\", auth_method=\"openid-connect\", auth_type=\"code\", redirect_uri=\"https://nc01.hamn.internal/apps/user_oidc/code\", code_id=\"«~uuid»\", username=\"«USERNAME:anyuser»\"",
    "«isodate_ms» WARN  [org.keycloak.events] (executor-thread-«int2») type=LOGIN_ERROR, realmId=«~uuid», clientId=account-console, userId=«~uuid», ipAddress=«IPV4:ip4», error=invalid_user_credentials, auth_method=openid-connect, auth_type=code, redirect_uri=https://sso.vse.se/realms/vse/account/#/, code_id=«~uuid», username=«EMAIL:email»",
    "«isodate_ms» INFO  [org.keycloak.services] (executor-thread-«int2») KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException: user «USERNAME:user» is temporarily disabled",
    "«isodate_ms» WARN  [org.keycloak.events] (executor-thread-«int2») type=\"UPDATE_PROFILE_ERROR\", realmId=\"vse\", clientId=\"account-console\", userId=\"«~uuid»\", ipAddress=\"«IPV6:ip6»\", error=\"invalid_input\", previous_first_name=\"«PERSON_NAME:given»\", updated_first_name=\"«PERSON_NAME:given»\", previous_email=\"«EMAIL:email»\", username=\"«USERNAME:user»\"",
)

HUAWEI_WLAN = variants(
    "<190>«ts» «host» %%01WLAN/6/WLAN_LOG_USER(l)[«int4»]:[WLAN_STA_INFO_AP_ASSOCIATE]ACMAC:«MAC:machw»;ACNAME:AC6508-GBG;APMAC:«MAC:machw»;APNAME:«apname»;APIP:«IPV4:ip4»;RADIO:1;BAND:5G;SSID:«ssid»;ACCESS TYPE:802.1X+PEAP;USER:«USERNAME:anyuser»;MAC:«MAC:machw»;ASSOCDURATION:«int5»;TIME:«~epoch»;ZONE:UTC+0100;DAYLIGHT:false;ERRCODE:0;RESULT:Success",
    "<188>«ts» «host» %%01WSTA/3/IWAP_LOG_CLIENT_INFO_ROAM_OR_OFFLINE_INFO(l)[«int4»]:APMAC:«MAC:machw»;RADIO:0;USER:«MAC:machw@m»;MAC:«MAC:@m»;TIME:«~epoch»;ZONE:UTC+0100;DAYLIGHT:false;ERRCODE:6;RESULT:Sta leave;OnlineTime(s):«int4»;UpPacketNum:«int5»;UpByte:«~bytes»;DownPacketNum:«int5»;DownByte:«~bytes».",
    "<189>«ts» «host» %%01DHCP/6/DHCP_USER_ONLINE(l)[«int4»]:The DHCP client obtained an IP address. (IPAddress=«IPV4:ip4», MACAddress=«MAC:machw», VLAN=«int3», Hostname=«PERSON_NAME:given»-«devname», LeaseTime=86400)",
)

KAMAILIO = variants(
    "«ts» «host» /usr/sbin/kamailio[«pid»]: NOTICE: acc [acc.c:317]: ACC: transaction answered: timestamp=«~epoch»;method=INVITE;from_tag=«hex8»;to_tag=«hex8»;call_id=«sipcallid»;code=200;reason=OK;src_user=«PHONE:e164»;src_domain=«IPV4:ip4»;src_ip=«IPV4:ip4»;dst_ouser=«PHONE:phonenat@d»;dst_user=«PHONE:@d»;dst_domain=sip.vse.se",
    "«ts» «host» /usr/sbin/kamailio[«pid»]: NOTICE: acc [acc.c:317]: ACC: call missed: timestamp=«~epoch»;method=INVITE;from_tag=«hex8»;to_tag=;call_id=«sipcallid»;code=486;reason=Busy Here;src_user=«PHONE:ext»;src_domain=sip.vse.se;src_ip=«IPV4:ip4»;dst_ouser=«PHONE:phoneuri@d»;dst_user=«PHONE:@d»;dst_domain=«IPV4:ip4»",
    "«ts» «host» /usr/sbin/kamailio[«pid»]: NOTICE: acc [acc.c:317]: ACC: transaction answered: timestamp=«~epoch»;method=INVITE;from_tag=«hex8»;to_tag=«hex8»;call_id=«sipcallid»;code=200;reason=OK;src_user=«PHONE:ext»;src_domain=sip.vse.se;src_ip=«IPV4:ip4»;dst_ouser=«~svc@s»;dst_user=«~@s»;dst_domain=«IPV4:ip4»",
    "«ts» «host» /usr/sbin/kamailio[«pid»]: WARNING: <script>: auth failed for «PHONE:ext»@sip.vse.se from «IPV4:ip4»:«port» UA [«~useragent»]",
)

NPS = variants(
    "<86>1 «iso» nps01.vastsvenska.local Microsoft-Windows-Security-Auditing 700 6273 [meta EventID=\"6273\" Keywords=\"Audit Failure\"] Network Policy Server denied access to a user.  User: Security ID: «~sid» Account Name: «domain@dn»\\«USERNAME:user@u» Account Domain: «@dn» Fully Qualified Account Name: vastsvenska.local/Anvandare/«PERSON_NAME:fullname»  Client Machine: Security ID: S-1-0-0 Account Name: - Fully Qualified Account Name: - Called Station Identifier: «MAC:macdashU»:«ssid» Calling Station Identifier: «MAC:macdashU»  NAS: NAS IPv4 Address: «IPV4:ip4» NAS IPv6 Address: - NAS Identifier: WLC-Lindholmen NAS Port-Type: Wireless - IEEE 802.11 NAS Port: «int3»  RADIUS Client: Client Friendly Name: wlc-lindholmen Client IP Address: «IPV4:ip4»  Authentication Details: Connection Request Policy Name: Secure Wireless Connections Network Policy Name: - Authentication Provider: Windows Authentication Server: nps01.vastsvenska.local Authentication Type: PEAP EAP Type: Microsoft: Secured password (EAP-MSCHAP v2) Account Session Identifier: - Logging Results: Accounting information was written to the local log file. Reason Code: 16 Reason: Authentication failed due to a user credentials mismatch.",
    "<86>1 «iso» nps01.vastsvenska.local Microsoft-Windows-Security-Auditing 700 6272 [meta EventID=\"6272\" Keywords=\"Audit Success\"] Network Policy Server granted access to a user.  User: Security ID: «~sid» Account Name: «USERNAME:upn» Account Domain: «domain@dn» Fully Qualified Account Name: «@dn»\\«USERNAME:user»  Client Machine: Security ID: S-1-0-0 Account Name: - Called Station Identifier: «IPV4:ip4» Calling Station Identifier: «IPV4:ip4»  NAS: NAS IPv4 Address: «IPV4:ip4» NAS Identifier: hamn-fw01 NAS Port-Type: Virtual NAS Port: «int5»  RADIUS Client: Client Friendly Name: VPN-Hamn Client IP Address: «IPV4:ip4»  Authentication Details: Network Policy Name: VPN MFA Authentication Type: PAP Reason Code: 0",
)

JOURNAL = variants(
    "«ts» vpx-journal03 journal-audit[«pid»]: Användare «USERNAME:user» («PERSON_NAME:name») vid «unit» öppnade journal för patient «PERSONNUMMER:pnr» med åtkomstorsak \"«pcode»\"; vårdtillfälle «~vtnr»",
    "«ts» vpx-journal03 journal-audit[«pid»]: NÖDÖPPNING: «PERSON_NAME:name2» (HSA-id «~hsaid») öppnade spärrad journal för «PERSONNUMMER:pnr12»; loggen granskas av «unit»",
    "«ts» vpx-journal03 journal-audit[«pid»]: Reservnummer/samordningsnummer «SAMORDNINGSNUMMER:snr» kopplat till patient «PERSON_NAME:fullname», tolk krävs (språk: grekiska), kontakt via «PHONE:phone»",
    "«ts» vpx-journal03 journal-audit[«pid»]: Felaktigt personnummer «~badpnr» avvisat vid inskrivning, användare «USERNAME:uid_a»",
    "«ts» vpx-journal03 journal-audit[«pid»]: Sms-påminnelse till «PHONE:mobilese» för patient «PERSONNUMMER:pnr10» skickad via «~svc»-tjänsten, ref «~vtnr»",
)

ZIMBRA = variants(
    "«isodate_ms» INFO  [qtp«int4»-«int3»:https://mail.vse.se/service/soap/AuthRequest] [name=«EMAIL:email@e»;oip=«IPV4:ip4»;ua=zclient/10.0.6_GA_4640;soapId=«hex8»;] account - authentication failed for [«EMAIL:@e»] (invalid password)",
    "«isodate_ms» INFO  [ImapServer-«int3»] [name=«EMAIL:email»;ip=«IPV4:ip4»;protocol=imap;] imap - user not found: «EMAIL:email2»",
    "«isodate_ms» INFO  [qtp«int4»-«int3»:https://mail.vse.se/service/soap/SendMsgRequest] [name=«EMAIL:email»;mid=«int3»;oip=«IPV4:ip4»;ua=ZimbraWebClient - FF128 (Win)/10.0.6_GA_4640;] smtp - Sending message to MTA at mta01.vastsvenska.local: Message-ID=«~msgid», origMsgId=, replyType=r, recipients: «EMAIL:email2», «~sysuser»@vastsvenska-energi.se",
)

EXCHANGE_CSV = variants(
    "<134>«ts» exch02 MSExchangeTransport: «exdt»,«IPV4:ip4»,exch02,«IPV4:ip4»,EXCH02,08DC«HEX10»;«exdt»;0,EXCH02\\Default Frontend EXCH02,SMTP,RECEIVE,«int5»,«~msgid»,«EMAIL:email»,,«~bytes»,1,,,Offertförfrågan Torslanda,«EMAIL:email2»,«EMAIL:email2»,,Originating,,«IPV4:ip4»,«IPV4:ip4»",
    "<134>«ts» exch02 MSExchangeTransport: «exdt»,,,,EXCH02,,SMTP,FAIL,«int5»,«~msgid»,«EMAIL:email»,,«~bytes»,1,,550 5.1.10 RESOLVER.ADR.RecipientNotFound,,«EMAIL:email2»,«EMAIL:email2»,,Incoming,,,",
)

# ---------------------------------------------------------------- json

KC_JSON = variants(
    '{"timestamp":"«iso6»","sequence":«int5»,"loggerClassName":"org.jboss.logging.Logger","loggerName":"org.keycloak.events","level":"WARN","message":"type=\\"LOGIN_ERROR\\", realmId=\\"«~uuid»\\", realmName=\\"vse\\", clientId=\\"security-admin-console\\", userId=\\"«~uuid»\\", ipAddress=\\"«IPV4:ip4»\\", error=\\"invalid_user_credentials\\", auth_method=\\"openid-connect\\", auth_type=\\"code\\", redirect_uri=\\"https://sso.vse.se/admin/vse/console/\\", code_id=\\"«~uuid»\\", username=\\"«USERNAME:anyuser|j»\\"","threadName":"executor-thread-«int2»","threadId":«int3»,"mdc":{},"ndc":"","hostName":"«host»","processName":"/opt/java/openjdk/bin/java","processId":«pid»}',
    '{"timestamp":"«iso6»","sequence":«int5»,"loggerName":"org.keycloak.events","level":"DEBUG","message":"type=\\"LOGIN\\", realmId=\\"vse\\", clientId=\\"citrix-gw\\", userId=\\"«~uuid»\\", ipAddress=\\"«IPV4:ip4»\\", auth_method=\\"openid-connect\\", identity_provider=\\"entra\\", identity_provider_identity=\\"«EMAIL:email|j»\\", username=\\"«EMAIL:email|j»\\"","hostName":"«host»","processId":«pid»}',
    '{"time":«~epochms»,"type":"UPDATE_EMAIL","realmId":"vse","clientId":"account-console","userId":"«~uuid»","ipAddress":"«IPV4:ip4»","details":{"previous_email":"«EMAIL:email|j»","updated_email":"«EMAIL:email2|j»","username":"«USERNAME:user|j»","first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»"}}',
)

CONNECT_CTR = variants(
    '{"AWSAccountId":"«~awsacct»","AWSContactTraceRecordFormatVersion":"2017-03-10","Agent":{"ARN":"arn:aws:connect:eu-central-1:«~awsacct»:instance/«uuid»/agent/«uuid»","AfterContactWorkDuration":«int2»,"AgentInteractionDuration":«int3»,"Username":"«USERNAME:anyuser»","RoutingProfile":{"Name":"Kundtjänst Göteborg"},"Hierarchygroups":null},"AgentConnectionAttempts":1,"Attributes":{"kundnummer":"«~kundnr»","callbackNumber":"«PHONE:phone»","verifiedPnr":"«PERSONNUMMER:pnr12»"},"Channel":"VOICE","ConnectedToSystemTimestamp":"«iso0»","ContactId":"«uuid»","CustomerEndpoint":{"Address":"«PHONE:e164»","Type":"TELEPHONE_NUMBER"},"DisconnectReason":"CUSTOMER_DISCONNECT","InitiationMethod":"INBOUND","Queue":{"ARN":"arn:aws:connect:eu-central-1:«~awsacct»:instance/«uuid»/queue/«uuid»","Name":"Felanmälan el","Duration":«int3»},"SystemEndpoint":{"Address":"«~queuenum»","Type":"TELEPHONE_NUMBER"}}',
    '{"AWSAccountId":"«~awsacct»","Agent":{"Username":"«EMAIL:email»","AgentInteractionDuration":«int3»},"Channel":"VOICE","ContactId":"«uuid»","CustomerEndpoint":{"Address":"«PHONE:e164»","Type":"TELEPHONE_NUMBER"},"InitiationMethod":"OUTBOUND","Recording":{"Location":"connect-vse-rec/connect/vse/CallRecordings/2027/«uuid»_«~epoch».wav","Status":"AVAILABLE","Type":"AUDIO"},"SystemEndpoint":{"Address":"«~queuenum»","Type":"TELEPHONE_NUMBER"},"Attributes":{"orgnr":"«ORGNR:orgnr»","kontaktperson":"«PERSON_NAME:fullname2|j»","ärende":"«~ticket»"}}',
)

CONFLUENCE = variants(
    '{"author":{"type":"user","displayName":"«PERSON_NAME:fullname|j»","operations":null,"username":"«USERNAME:user»","userKey":"«~hash»","accountType":"","externalCollaborator":false,"isExternalCollaborator":false},"remoteAddress":"«IPV4:ip4»","creationDate":«~epochms»,"summary":"User added to group","description":"","category":"Users and groups","sysAdmin":false,"superAdmin":false,"affectedObject":{"name":"«USERNAME:user2»","objectType":"User"},"changedValues":[],"associatedObjects":[{"name":"confluence-users","objectType":"Group"}]}',
    '{"timestamp":"«iso»","author":{"name":"«PERSON_NAME:fullname|j»","type":"user","id":"«~uuid»","uri":"/rest/api/user?key=«~hex16»"},"type":{"categoryName":"Permissions","actionI18nKey":"atlassian.audit.event.action.space.permission.added","action":"Space permission added"},"affectedObjects":[{"name":"HR-Göteborg","type":"SPACE"},{"name":"«PERSON_NAME:fullname2|j»","type":"USER","id":"«~uuid»"}],"changedValues":[{"key":"Permission","to":"VIEWSPACE"}],"source":"«IPV4:ip4»","system":"https://wiki.vse.se","method":"Browser","extraAttributes":[{"name":"Username","nameI18nKey":"atlassian.audit.event.attribute.username","value":"«USERNAME:user2»"}]}',
    '{"timestamp":"«iso»","author":{"name":"Anonymous","type":"user","id":"-2"},"type":{"categoryName":"Security","action":"Failed login"},"affectedObjects":[],"changedValues":[],"source":"«IPV6:ip6»","method":"Browser","extraAttributes":[{"name":"Username","value":"«USERNAME:anyuser»"},{"name":"Reason","value":"Incorrect password"}]}',
)

NEXTCLOUD = variants(
    '{"reqId":"«rand20»","level":1,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"«USERNAME:user@u»","app":"admin_audit","method":"POST","url":"/login","message":"Login successful: \\"«USERNAME:@u»\\"","userAgent":"«~useragent»","version":"28.0.4.1","data":{"app":"admin_audit"}}',
    '{"reqId":"«rand20»","level":2,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"--","app":"core","method":"POST","url":"/login","message":"Login failed: «EMAIL:email|j» (Remote IP: «IPV4:ip4»)","userAgent":"«~useragent»","version":"28.0.4.1"}',
    '{"reqId":"«rand20»","level":1,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"«USERNAME:user@u»","app":"admin_audit","method":"GET","url":"/remote.php/dav/files/«USERNAME:@u»/L%C3%B6n/2027-03.pdf","message":"File accessed: \\"/«USERNAME:@u»/files/Lön/2027-03.pdf\\"","userAgent":"Mozilla/5.0 (Windows) mirall/3.13.0","version":"28.0.4.1"}',
    '{"reqId":"«rand20»","level":1,"time":"«iso6»","remoteAddr":"«IPV4:ip4»","user":"«~sysuser»","app":"admin_audit","method":"PUT","url":"/ocs/v2.php/cloud/users/«USERNAME:user@u»","message":"Phone number of user \\"«USERNAME:@u»\\" changed to \\"«PHONE:phone|j»\\"; display name changed to \\"«PERSON_NAME:fullname|j»\\"","userAgent":"okhttp/4.12.0","version":"28.0.4.1"}',
)

SCHOOL = variants(
    '{"exportId":"«uuid»","skola":{"namn":"Frölundaskolan","skolenhetskod":"«~skolkod»","huvudman":{"namn":"Hamnstadens Friskolor AB","orgnr":"«ORGNR:orgnr»"}},"elev":{"personnummer":"«PERSONNUMMER:pnr12»","förnamn":"«PERSON_NAME:given|j»","efternamn":"«PERSON_NAME:surname|j»","klass":"7B","användarnamn":"«USERNAME:uid_a»"},"vårdnadshavare":[{"namn":"«PERSON_NAME:fullname2|j»","mobil":"«PHONE:mobilese»","epost":"«EMAIL:email2|j»"}],"ändradAv":"«~sysuser»","ändrad":"«iso»"}',
    '{"exportId":"«uuid»","frånvaro":{"elevPnr":"«PERSONNUMMER:pnr10»","datum":"«date»","lektion":"Matematik 8A","minuter":«int2»,"anmäldAv":{"namn":"«PERSON_NAME:fullname2|j»","relation":"Vårdnadshavare","telefon":"«PHONE:phone»"}},"sms":{"till":"«PHONE:mobilese»","avsändare":"Skolan","status":"levererat"},"ref":"«~ticket»"}',
    '{"exportId":"«uuid»","elev":{"samordningsnummer":"«SAMORDNINGSNUMMER:snr»","namn":"«PERSON_NAME:fullname|j»","modersmål":"portugisiska","klass":"Förberedelseklass"},"mentor":{"användare":"«USERNAME:user2»","e-post":"«EMAIL:email2|j»"},"ogiltigtPnr":"«~badpnr»"}',
)

SALESFORCE = variants(
    '{"attributes":{"type":"LoginHistory","url":"/services/data/v61.0/sobjects/LoginHistory/0Ya«rand8»"},"Id":"0Ya«rand8»AAA","UserId":"005«rand8»QAE","LoginTime":"«iso»","LoginType":"Application","SourceIp":"«IPV4:ip4»","Status":"Invalid Password","Application":"Browser","Browser":"Chrome 126","Platform":"Windows 10","LoginUrl":"vse.my.salesforce.com","CountryIso":"SE","Username":"«EMAIL:email»"}',
    '{"EVENT_TYPE":"Login","TIMESTAMP":"«~epochms»","REQUEST_ID":"«rand20»","ORGANIZATION_ID":"00D«rand8»","USER_ID":"005«rand8»","USER_NAME":"«EMAIL:email»","CLIENT_IP":"«IPV4:ip4»","URI":"/index.jsp","BROWSER_TYPE":"«~useragent»","LOGIN_STATUS":"LOGIN_NO_ERROR","CITY":"«~place»","COUNTRY_CODE":"SE"}',
    '{"EVENT_TYPE":"Report","TIMESTAMP":"«~epochms»","USER_ID":"005«rand8»","USER_NAME":"«EMAIL:email»","CLIENT_IP":"«IPV6:ip6»","REPORT_ID":"00O«rand8»","DISPLAY_TYPE":"tabular","ROW_COUNT":«int4»,"ENTITY_NAME":"Contact","QUERY":"SELECT Name, MobilePhone FROM Contact WHERE Name = \'«PERSON_NAME:fullname2|j»\'"}',
)

# ---------------------------------------------------------------- kv-cef

WATCHGUARD = variants(
    "«ts» hamn-fw01 («iso0») admd: msg_id=\"3E00-0002\" Authentication of Firebox user [«USERNAME:anyuser»@RADIUS] from «IPV4:ip4» was accepted",
    "«ts» hamn-fw01 («iso0») admd: msg_id=\"3E00-0004\" Authentication of SSLVPN user [«EMAIL:email»@AuthPoint] from «IPV4:ip4» was rejected, password is incorrect",
    "«ts» hamn-fw01 («iso0») firewall: msg_id=\"3000-0148\" Allow 1-Trusted 0-External tcp «IPV4:ip4» «IPV4:ip4» «port» 443 offset 5 S «bigcount» win 64240 (HTTPS-proxy-00) proc_id=\"firewall\" rc=\"100\" src_ip_nat=\"«IPV4:ip4»\" src_user=\"«USERNAME:user»@vastsvenska.local\" geo_dst=\"SWE\" tcp_info=\"offset 5 S «bigcount» win 64240\"",
    "«ts» hamn-fw01 («iso0») dhcpd: msg_id=\"1B00-0004\" DHCPACK on «IPV4:ip4» to «MAC:maccolon» («PERSON_NAME:given»s-«devname») via eth1",
)

FORTIAUTH = variants(
    "date=«date» time=«time» devname=\"FAC3KF\" devid=\"«~fwserial»\" logid=\"20003\" type=\"event\" subtype=\"Authentication\" level=\"information\" user=\"«USERNAME:anyuser@u»\" nas=\"«IPV4:ip4»\" srcip=«IPV4:ip4» userip=«IPV4:ip4» userdomain=\"VSE\" authmethod=\"LDAP\" logdesc=\"Local user authentication successful\" msg=\"User «USERNAME:@u» authentication with FortiToken successful\"",
    "date=«date» time=«time» devname=\"FAC3KF\" devid=\"«~fwserial»\" logid=\"20102\" type=\"event\" subtype=\"Authentication\" level=\"warning\" user=\"«EMAIL:email@e»\" nas=\"«IPV4:ip4»\" srcip=«IPV4:ip4» authmethod=\"RADIUS\" logdesc=\"Remote RADIUS user authentication failed\" msg=\"RADIUS authentication failed for «EMAIL:@e»: invalid token code\"",
    "date=«date» time=«time» devname=\"FAC3KF\" devid=\"«~fwserial»\" logid=\"30201\" type=\"event\" subtype=\"Admin Configuration\" level=\"information\" user=\"admin\" srcip=«IPV4:ip4» logdesc=\"SMS token sent\" msg=\"FortiToken SMS sent to «PHONE:mobilese» for user «USERNAME:user» («PERSON_NAME:fullname»)\"",
)

UNIFI_CEF = variants(
    "CEF:0|Ubiquiti|UniFi Network|9.0.114|400|WiFi Client Connected|1|UNIFIcategory=Monitoring UNIFIsubCategory=WiFi UNIFIhost=UDM Pro UNIFIclientAlias=«PERSON_NAME:given»«posssuf» «devname» UNIFIclientHostname=«devname» UNIFIclientIp=«IPV4:ip4» UNIFIclientMac=«MAC:maccolon@m» UNIFIwifiChannel=36 UNIFIwifiChannelWidth=80 UNIFIwifiName=«ssid» UNIFIwifiBand=na UNIFIaccessPointName=«apname» UNIFIaccessPointMac=«MAC:maccolon» msg=«PERSON_NAME:given»«posssuf» «devname» connected to «ssid» on «apname». Connection Info: Ch. 36 (5 GHz, 80 MHz), -61 dBm. IP: «IPV4:ip4»",
    "CEF:0|Ubiquiti|UniFi Network|9.0.114|544|Admin Accessed UniFi Network|1|UNIFIcategory=System UNIFIsubCategory=Admin UNIFIhost=UDM Pro UNIFIaccessMethod=web UNIFIadmin=«USERNAME:user@u» src=«IPV4:ip4» msg=«USERNAME:@u» accessed UniFi Network using the web. Source IP: «IPV4:ip4»",
    "CEF:0|Ubiquiti|UniFi Network|9.0.114|403|WiFi Client Disconnected|1|UNIFIcategory=Monitoring UNIFIsubCategory=WiFi UNIFIclientMac=«MAC:maccolon» UNIFIclientIp=«IPV6:ip6» UNIFIwifiName=«ssid» UNIFIuptime=«int4» UNIFIaccessPointMac=«MAC:maccolon» UNIFIclientRadiusIdentity=«USERNAME:upn» msg=Client disconnected from «apname»",
)

ZYXEL = variants(
    "<134>«ts» usgflex500 src=\"«IPV4:ip4»:0\" dst=\"«IPV4:ip4»:0\" msg=\"User «USERNAME:anyuser@u»(MAC=«MAC:maccolon») from ssl vpn has logged in Device\" note=\"Account: «USERNAME:@u»\" user=\"«USERNAME:@u»\" devID=\"«~hex12»\" cat=\"User\" class=\"VPN\"",
    "<132>«ts» usgflex500 src=\"«IPV4:ip4»:«port»\" dst=\"«IPV4:ip4»:443\" msg=\"Failed login attempt to Device from https (incorrect password or inexistent username)\" note=\"Account: «USERNAME:anyuser»\" user=\"unknown\" devID=\"«~hex12»\" cat=\"User\"",
    "<134>«ts» usgflex500 src=\"0.0.0.0:0\" dst=\"0.0.0.0:0\" msg=\"cellular1 connected: IMEI «IMEI:imei» IMSI «IMSI:imsi» ICCID 8946«~bignum» operator Telia SE\" note=\"Cellular\" user=\"unknown\" devID=\"«~hex12»\" cat=\"Cellular\"",
    "<134>«ts» usgflex500 src=\"0.0.0.0:68\" dst=\"«IPV4:ip4»:67\" msg=\"DHCP server assigned «IPV4:ip4» to «PERSON_NAME:given»-«devname»(«MAC:maccolon»)\" note=\"DHCP ACK\" user=\"unknown\" devID=\"«~hex12»\" cat=\"DHCP\"",
)

SMSGW = variants(
    "ts=«iso» level=info svc=smsgw op=send msisdn=«PHONE:e164» sender=VSE-Kundtj ref=«uuid» parts=«int2» operator=Telia status=DELIVERED cost_centre=\"«~kst»\" template=driftstorning",
    "ts=«iso» level=warn svc=smsgw op=send msisdn=\"«PHONE:phone»\" sender=«~svc» ref=«uuid» status=REJECTED err=\"invalid destination\" requested_by=«USERNAME:user»",
    "ts=«iso» level=info svc=smsgw op=hlr_lookup msisdn=«PHONE:e164» imsi=«IMSI:imsi» mccmnc=24008 ported=false ref=«uuid»",
    "ts=«iso» level=warn svc=smsgw op=device_bind msisdn=«PHONE:e164» imei=«IMEI:imeiplain» prev_imei=«~badimei» reason=\"sim swap check\"",
    "ts=«iso» level=info svc=smsgw op=inbound from=«PHONE:e164» to=72010 keyword=STOPP text=\"STOPP «PERSON_NAME:fullname»\" ref=«uuid»",
)

# ---------------------------------------------------------------- CDRs

AST = '"{acc}","{src}","{dst}","{ctx}","{clid}","{chan}","{dchan}","{app}","{data}","«a_start»","«a_ans»","«a_end»",«a_dur»,«a_bill»,"{disp}","DOCUMENTATION","«astid»","{uf}"'


def ast(**kw):
    d = dict(acc="", uf="", disp="ANSWERED", dchan="")
    d.update(kw)
    return AST.format(**d)


ASTERISK_CC = variants(
    ast(src="«PHONE:phonenat@a»", dst="«~queueext@q»", ctx="ext-queues", clid='""«PERSON_NAME:name|q»"" <«PHONE:@a»>',
        chan="PJSIP/trunk-telia-«astchan»", dchan="Local/«PHONE:ext@x»@from-queue-«astchan»;1", app="Queue",
        data="«~@q»,t,,,300,,,,,", acc="«~kst»"),
    ast(src="«PHONE:e164@a»", dst="«~queueext@q»", ctx="ext-queues", clid='""«PHONE:@a»"" <«PHONE:@a»>',
        chan="PJSIP/trunk-tele2-«astchan»", dchan="PJSIP/«USERNAME:user»-«astchan»", app="Queue",
        data="«~@q»,tT,,,600", uf="kundnr=«~kundnr»"),
    ast(src="«PHONE:ext@x»", dst="«PHONE:phonenat@d»", ctx="from-internal", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="PJSIP/«PHONE:@x»-«astchan»", dchan="PJSIP/trunk-telia-«astchan»", app="Dial",
        data="PJSIP/«PHONE:@d»@trunk-telia,300,Tt", uf="«~ticket»"),
    ast(src="«PHONE:ext@x»", dst="«PHONE:phonenat@d»", ctx="from-internal", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="PJSIP/«PHONE:@x»-«astchan»", dchan="", app="Dial", data="PJSIP/«PHONE:@d»@trunk-tele2,60", disp="NO ANSWER"),
    ast(src="«PHONE:phonenat@a»", dst="«~vmpilot»", ctx="ext-local", clid='""«PHONE:@a»"" <«PHONE:@a»>',
        chan="PJSIP/trunk-telia-«astchan»", app="VoiceMail", data="«PHONE:ext»@default,u"),
)

ASTERISK_INTL = variants(
    ast(src="«PHONE:ext@x»", dst="«PHONE:phoneuri@d|d»", ctx="from-internal", clid='""«PERSON_NAME:fullname|q»"" <«PHONE:@x»>',
        chan="SIP/«PHONE:@x»-«astchan»", dchan="SIP/sip-bahnhof-«astchan»", app="Dial",
        data="SIP/sip-bahnhof/«PHONE:@d»,120,tTr", acc="«~kst»"),
    ast(src="«PHONE:e164@a»", dst="s", ctx="ivr-main", clid='""«PERSON_NAME:fullname|q»"" <«PHONE:@a»>',
        chan="SIP/sip-bahnhof-«astchan»", app="BackGround", data="custom/valkommen-meny", disp="ANSWERED"),
    ast(src="«PHONE:ext@x»", dst="«~svc@s»", ctx="from-internal", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="SIP/«PHONE:@x»-«astchan»", dchan="SIP/sip-bahnhof-«astchan»", app="Dial", data="SIP/sip-bahnhof/«~@s»,60"),
    ast(src="«PHONE:ext@x»", dst="«~featurecode»", ctx="from-internal", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="SIP/«PHONE:@x»-«astchan»", app="Playback", data="activated&call-fwd-unconditional"),
)

ASTERISK_PAGE = variants(
    ast(src="«PHONE:ext@x»", dst="«~queueext»", ctx="ext-paging", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="PJSIP/«PHONE:@x»-«astchan»", app="Page", data="PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»,d,30"),
    ast(src="«PHONE:mobilese@a|d»", dst="«PHONE:ext@x»", ctx="from-did-direct", clid='""«PERSON_NAME:name|q»"" <«PHONE:@a|d»>',
        chan="PJSIP/trunk-telia-«astchan»", dchan="PJSIP/«PHONE:@x»-«astchan»", app="Dial", data="PJSIP/«PHONE:@x»,25,r",
        uf="badge=«BADGE:badge»"),
    ast(src="«PHONE:phonenat@a»", dst="«PHONE:ext@x»", ctx="from-trunk", clid='""Anonymous"" <anonymous>',
        chan="PJSIP/trunk-tele2-«astchan»", dchan="PJSIP/«PHONE:@x»-«astchan»", app="Dial", data="PJSIP/«PHONE:@x»,25",
        disp="BUSY"),
)

FS = '"{name}","{num}","{dst}","{ctx}","«fs_start»","«fs_start»","«fs_start»","«a_dur»","«a_bill»","«hcause»","«uuid»","{bleg}","{acc}","«codec»","«codec»"'


def fs(**kw):
    d = dict(acc="", bleg="«uuid»")
    d.update(kw)
    return FS.format(**d)


FS_FUSION = variants(
    fs(name="«PERSON_NAME:name|q»", num="«PHONE:ext»", dst="«PHONE:phonenat»", ctx="«tenant»"),
    fs(name="«PHONE:e164@a»", num="«PHONE:@a»", dst="«PHONE:ext»", ctx="public", acc="«tenant»"),
    fs(name="«PERSON_NAME:fullname|q»", num="«PHONE:phoneuri»", dst="«PHONE:ext»", ctx="public"),
    fs(name="«PERSON_NAME:name|q»", num="«PHONE:ext»", dst="«~vmpilot»", ctx="«tenant»", bleg=""),
    fs(name="UNKNOWN", num="«PHONE:phonenat»", dst="«PHONE:ext»", ctx="public", acc="«~kst»"),
)

FS_CALLCENTER = variants(
    fs(name="«PERSON_NAME:fullname|q»", num="«PHONE:e164»", dst="«~queueext»", ctx="callcenter", acc="«~kst»"),
    fs(name="Kundtjänst", num="«PHONE:mobilese|d»", dst="«~queueext»", ctx="callcenter"),
    fs(name="«PERSON_NAME:name|q»", num="«PHONE:ext»", dst="«~svc»", ctx="«tenant»"),
    fs(name="«USERNAME:user»", num="«PHONE:ext»", dst="«PHONE:phonenat»", ctx="«tenant»", acc="«BADGE:badge»"),
)

# ---------------------------------------------------------------- CUCM

STRING_HINTS = ("Number", "Name", "DN", "Dn", "Partition", "pkid", "uri", "comment", "Code", "ClusterID",
                "Ipv4v6Addr", "Pattern", "CallRef", "ICID", "IOI", "LoginUserID", "authCodeDescription")


def is_string_col(col):
    return any(h in col for h in STRING_HINTS)


def cucm_row(ctx, rec, cols, values):
    parts = []
    for i, col in enumerate(cols):
        v = values.get(col)
        if is_string_col(col):
            parts.append('"' + (v or "") + '"')
        else:
            parts.append(v if v is not None else "0")
    render(",".join(parts), ctx, rec)


def cucm_common(ctx):
    return {
        "cdrRecordType": "1", "globalCallID_callManagerId": "«int2»", "globalCallID_callId": "«int5»«int2»",
        "origLegCallIdentifier": "«bigcount»", "destLegIdentifier": "«bigcount»",
        "dateTimeOrigination": "«epoch»", "dateTimeConnect": "«epoch»", "dateTimeDisconnect": "«epoch»",
        "origNodeId": "«int2»", "destNodeId": "«int2»", "origSpan": "0", "destSpan": "0",
        "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
        "origMediaTransportAddress_IP": "«IPV4:ip4int»", "origMediaTransportAddress_Port": "«port»",
        "destMediaTransportAddress_IP": "«IPV4:ip4int»", "destMediaTransportAddress_Port": "«port»",
        "origCause_value": "16", "destCause_value": "0", "origMediaCap_payloadCapability": "4",
        "destMediaCap_payloadCapability": "4", "origMediaCap_maxFramesPerPacket": "20",
        "destMediaCap_maxFramesPerPacket": "20", "pkid": "«uuid»", "duration": "«a_bill»",
        "globalCallId_ClusterID": "CL-GBG01", "origPrecedenceLevel": "4", "destPrecedenceLevel": "4",
        "origConversationId": "0", "destConversationId": "0",
    }


def cucm_internal(ctx, rec, cols):
    v = cucm_common(ctx)
    v.update({
        "callingPartyNumber": "«PHONE:ext@a»", "originalCalledPartyNumber": "«PHONE:ext@b»",
        "finalCalledPartyNumber": "«PHONE:@b»", "callingPartyUnicodeLoginUserID": "«USERNAME:user»",
        "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user2»",
        "callingPartyNumberPartition": "PT_Internal", "originalCalledPartyNumberPartition": "PT_Internal",
        "finalCalledPartyNumberPartition": "PT_Internal",
        "origDeviceName": ctx.rng.choice(["SEP«MAC:macbare»", "TCT«USERNAME:userascii|U»", "CSF«USERNAME:userascii|U»"]),
        "destDeviceName": "SEP«MAC:macbare»",
        "callingPartyNumber_uri": "«EMAIL:email»", "finalCalledPartyNumber_uri": "«EMAIL:email2»",
        "origIpv4v6Addr": "«IPV4:ip4»", "destIpv4v6Addr": "«IPV6:ip6»",
        "comment": "", 
    })
    cucm_row(ctx, rec, cols, v)


def cucm_pstn(ctx, rec, cols):
    v = cucm_common(ctx)
    kind = ctx.rng.choice(["out", "in", "hunt", "fwdvm"])
    if kind == "out":
        v.update({"callingPartyNumber": "«PHONE:ext@a»", "originalCalledPartyNumber": "«PHONE:phonenat@b»",
                  "finalCalledPartyNumber": "«PHONE:@b»", "outpulsedCalledPartyNumber": "«PHONE:e164»",
                  "outpulsedCallingPartyNumber": "«PHONE:e164»", "origDeviceName": "SEP«MAC:macbare»",
                  "destDeviceName": "SIPTRUNK-TELIA", "callingPartyUnicodeLoginUserID": "«USERNAME:anyuser»",
                  "callingPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_PSTN_SE",
                  "authCodeDescription": "", "clientMatterCode": ""})
    elif kind == "in":
        v.update({"callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«PHONE:e164@b»",
                  "finalCalledPartyNumber": "«PHONE:ext»", "lastRedirectDn": "«PHONE:@b»",
                  "origDeviceName": "SIPTRUNK-TELE2", "destDeviceName": "CSF«USERNAME:userascii|U»",
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:userascii»",
                  "finalCalledPartyNumberPartition": "PT_Internal",
                  "comment": "callFlag=RESTRICTED;CallingPartyDN=«PHONE:ext»;"})
    elif kind == "hunt":
        v.update({"callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«~queueext@h»",
                  "finalCalledPartyNumber": "«PHONE:ext»", "huntPilotDN": "«~@h»", "huntPilotPartition": "PT_Hunt",
                  "huntPilotPattern": "«~@h»", "origDeviceName": "SIPTRUNK-TELIA",
                  "destDeviceName": "SEP«MAC:macbare»", "wasCallQueued": "1", "totalWaitTimeInQueue": "«int2»",
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user»"})
    else:
        v.update({"callingPartyNumber": "«PHONE:phonenat»", "originalCalledPartyNumber": "«PHONE:ext@b»",
                  "finalCalledPartyNumber": "«~vmpilot»", "lastRedirectDn": "«PHONE:@b»",
                  "origDeviceName": "SIPTRUNK-TELIA", "destDeviceName": "CiscoUM1-VI3",
                  "origCalledPartyRedirectReason": "2", "lastRedirectRedirectReason": "2"})
    cucm_row(ctx, rec, cols, v)


CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "origDeviceName", "huntPilotDN",
                      "callingPartyUnicodeLoginUserID"]

TEMPLATES = [
    ("syslog", "netscaler", NETSCALER),
    ("syslog", "cisco-ise", ISE),
    ("syslog", "openldap-slapd", SLAPD),
    ("syslog", "keycloak-text", KEYCLOAK_TXT),
    ("syslog", "huawei-wlan", HUAWEI_WLAN),
    ("syslog", "kamailio-acc", KAMAILIO),
    ("syslog", "windows-nps", NPS),
    ("syslog", "journal-audit-sv", JOURNAL),
    ("syslog", "zimbra-mailbox", ZIMBRA),
    ("syslog", "exchange-tracking-csv", EXCHANGE_CSV),
    ("json", "keycloak-json", KC_JSON),
    ("json", "amazon-connect-ctr", CONNECT_CTR),
    ("json", "confluence-audit", CONFLUENCE),
    ("json", "nextcloud-audit", NEXTCLOUD),
    ("json", "school-export-sv", SCHOOL),
    ("json", "salesforce-login", SALESFORCE),
    ("kv-cef", "watchguard", WATCHGUARD),
    ("kv-cef", "fortiauthenticator", FORTIAUTH),
    ("kv-cef", "unifi-cef", UNIFI_CEF),
    ("kv-cef", "zyxel-usg", ZYXEL),
    ("kv-cef", "sms-gateway-logfmt", SMSGW),
    ("asterisk-cdr", "callcentre-queues", ASTERISK_CC),
    ("asterisk-cdr", "chan-sip-international", ASTERISK_INTL),
    ("asterisk-cdr", "paging-did", ASTERISK_PAGE),
    ("freeswitch-cdr", "fusionpbx-tenants", FS_FUSION),
    ("freeswitch-cdr", "callcenter", FS_CALLCENTER),
    ("cisco-cucm-cdr", "internal-jabber", cucm_internal),
    ("cisco-cucm-cdr", "pstn-hunt-vm", cucm_pstn),
]
