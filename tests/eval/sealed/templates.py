"""Templates of the sealed split: the fourth pair's half that is never tuned on.

Other products and shapes than wild's (product families are split between the
two); its products are not listed in the README. Same placeholder syntax.
"""
import evallib
from evallib import render, weighted, digits, fold, user_base, moment


def variants(*shapes):
    def tpl(ctx, rec, cols):
        render(ctx.rng.choice(shapes), ctx, rec)
    return tpl


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


@gen("uid_e")
def _uid_e(c):  # e012345-style personnel accounts
    return c.rng.choice(["e", "u", "t"]) + digits(c.rng, 6)


@gen("user_upper")
def _user_upper(c):  # SURNAMEG
    g, s = _gs(c)
    return (s[:6] + g[:2]).upper()


@gen("user_x")
def _user_x(c):
    g, s = _gs(c)
    return "ext-" + g[:3] + s[:3]


@gen("anyuser")
def _anyuser(c):
    return c.gen(weighted(c.rng, [("user", 5), ("uid_e", 2), ("user_upper", 1), ("user_x", 1)]))


@gen("upn")
def _upn(c):
    return f"{user_base(c, c.person(), False)}@{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"


@gen("dom_user")
def _dom_user(c):
    return c.memo.setdefault("dom_user", user_base(c, c.person(), False))


@gen("macdashU")
def _macdashu(c):
    return evallib.mac(c, "dash")


@gen("e164se")
def _e164se(c):  # an E.164 directory number of the organisation's own (Swedish) range
    return evallib.phone_spelling(c, *evallib.phone_number(c, "SE"), style="e164")


@gen("macCOLON")
def _maccolonu(c):
    return evallib.mac(c, "COLON")


@gen("f5sid")
def _f5sid(c):
    return c.memo.setdefault("f5sid", evallib.hexs(c, 8))


@gen("syslog5424ts")
def _ts5424(c):
    return f"{moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999999):06d}+01:00"


@gen("pcsdate")
def _pcsdate(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S}"


@gen("qid")
def _qid(c):
    return "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))


@gen("msgid")
def _msgid(c):
    return f"<{evallib.hexs(c, 12)}${evallib.hexs(c, 6)}@{c.rng.choice(c.pools.INTERNAL_DOMAINS)}>"


@gen("sid")
def _sid(c):
    return f"S-1-5-21-{c.rng.randint(10**9, 4 * 10**9)}-{c.rng.randint(10**9, 4 * 10**9)}-{c.rng.randint(10**8, 10**9)}-{c.rng.randint(1100, 48000)}"


@gen("logonid")
def _logonid(c):
    return "0x" + evallib.hexs(c, c.rng.choice([5, 6, 7]))


@gen("casenr")
def _casenr(c):
    return c.rng.choice(["IFO", "SOC", "BOU"]) + f" {c.rng.choice([2028])}-{digits(c.rng, 5)}"


@gen("dnr")
def _dnr(c):
    return f"DNR {c.rng.choice([2028])}/{digits(c.rng, 4)}"


@gen("cardfc")
def _cardfc(c):
    return f"{c.rng.randint(100, 250)}:{c.rng.randint(10000, 65535)}"


@gen("cardhex")
def _cardhex(c):
    return evallib.hexs(c, 8).upper()


@gen("visitorpass")
def _vpass(c):
    return f"V-{c.rng.randint(1, 400):04d}"


@gen("smscid")
def _smscid(c):
    return c.rng.choice(["smppc-telia-01", "smppc-tele2", "smppc-telenor"])


@gen("sender")
def _sender(c):
    return c.rng.choice(["NorrReg", "UmeaEnergi", "72550", "Vardcentral"])


@gen("sms_short")
def _sms_short(c):
    return c.rng.choice(["72550", "71120", "72999"])


@gen("ac_sid")
def _acsid(c):
    return str(c.rng.randint(100000, 9999999))


@gen("sipcallid")
def _sipcid(c):
    return evallib.hexs(c, 10) + "@" + c.rng.choice(["10.132.8.5", "sbc-ume-a.mgmt.nlreg.net"])


@gen("room")
def _room(c):
    return str(c.rng.choice([c.rng.randint(101, 140), c.rng.randint(201, 240), c.rng.randint(301, 330)]))


@gen("wakeup")
def _wakeup(c):
    return c.rng.choice(["*62", "*411", "9"])


@gen("alarmnr")
def _alarmnr(c):  # the alarm centre's published receiver number
    return c.rng.choice(["0771151515", "+46771252525", "0906001000"])


@gen("confnum")
def _confnum(c):
    return c.rng.choice(["3000", "3001", "3010", "3020"])


@gen("confpin")
def _confpin(c):
    return digits(c.rng, 6)


@gen("gw")
def _gw(c):
    return c.rng.choice(["telenor-sip", "ipvision", "gw-skelleftea"])


@gen("fs_start")
def _fsstart(c):
    return f"{moment(c):%Y-%m-%d %H:%M:%S}"


@gen("fs_ans")
def _fsans(c):
    return f"{evallib.later(c, 4):%Y-%m-%d %H:%M:%S}"


@gen("fs_end")
def _fsend(c):
    return f"{evallib.later(c, 4 + int(c.memo.setdefault('bill', c.rng.randint(3, 1500)))):%Y-%m-%d %H:%M:%S}"


@gen("a_dur")
def _adur(c):
    return str(int(c.memo.setdefault("bill", c.rng.randint(3, 1500))) + 4)


@gen("a_bill")
def _abill(c):
    return str(c.memo.setdefault("bill", c.rng.randint(3, 1500)))


@gen("astid")
def _astid(c):
    return f"{int(moment(c).timestamp())}.{c.rng.randint(1, 9999)}"


@gen("astchan")
def _astchan(c):
    return evallib.hexs(c, 8)


@gen("hcause")
def _hcause(c):
    return c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "NO_USER_RESPONSE", "CALL_REJECTED", "UNALLOCATED_NUMBER"])


@gen("codec")
def _codec(c):
    return c.rng.choice(["PCMA", "G729", "AMR-WB", "OPUS"])


@gen("site")
def _site(c):
    return c.rng.choice(["ume", "ske", "lul", "pit"])


@gen("clinic")
def _clinic(c):
    return c.rng.choice(["Hudkliniken Umeå", "Vårdcentral Ersboda", "Ögonmottagningen Skellefteå", "Psykiatri Luleå"])


@gen("salary")
def _salary(c):
    return str(c.rng.randint(28000, 76000))


@gen("anstnr")
def _anstnr(c):
    return digits(c.rng, 6)


@gen("confid")
def _confid(c):
    return digits(c.rng, 9)


@gen("webexsite")
def _wsite(c):
    return c.rng.choice(["norrlandsregion.webex.com", "umeaenergi.webex.com"])


@gen("queue")
def _q(c):
    return c.rng.choice(["Växel Umeå", "Felanmälan", "1177-rådgivning Norr", "Kundservice"])


@gen("did")
def _did(c):  # the organisation's published numbers
    return c.rng.choice(["+46907850000", "+46771100200", "+46910771000"])


@gen("jiraproj")
def _jp(c):
    return c.rng.choice(["IT-DRIFT", "HR", "EHALSA"])


@gen("snsysid")
def _sns(c):
    return evallib.hexs(c, 32)


@gen("f5vs")
def _f5vs(c):
    return c.rng.choice(["/Common/vs_webtop_443", "/Common/ap_vpn_norr", "/Common/vs_1177_portal"])


@gen("awsmsg")
def _awsmsg(c):
    return c.rng.choice(["Successful Request", "Illegal meta character in value", "Attack signature detected"])


@gen("imei_any")
def _imei_any(c):
    return evallib.imei(c)


@gen("int5")
def _int5(c):
    return str(c.rng.randint(10000, 99999))


@gen("ticket")
def _ticket(c):
    return c.rng.choice(c.pools.TICKET_FORMATS).format(n=c.rng.randint(10000, 999999), y=2028)


GENERATORS = G

# ---------------------------------------------------------------- syslog

F5 = variants(
    "«ts» «host» info apmd[«pid»]: 01490500:5: «f5vs»:Common:«f5sid»: New session from client IP «IPV4:ip4» (ST=Västerbotten/CC=SE/C=EU) at VIP «IPV4:ip4» Listener «f5vs» (Reputation=Unknown)",
    "«ts» «host» notice apmd[«pid»]: 01490010:5: «f5vs»:Common:«f5sid»: Username '«USERNAME:anyuser»'",
    "«ts» «host» err apmd[«pid»]: 01490106:3: «f5vs»:Common:«f5sid»: AD module: authentication with '«USERNAME:user»' failed: Preauthentication failed, principal name: «USERNAME:dom_user»@NORRLAND.REG. Invalid user credentials. (-1765328360)",
    "«ts» «host» notice apmd[«pid»]: 01490115:5: «f5vs»:Common:«f5sid»: Following rule 'fallback' from item 'AD Query' to ending 'Deny'; memberOf=CN=GG-VPN,OU=Grupper,DC=norrland,DC=reg; mail=«EMAIL:email»; telephoneNumber=«PHONE:phone»",
    "«ts» «host» notice tmm[«pid»]: 01490549:5: «f5vs»:Common:«f5sid»: Assigned PPP Dynamic IPv4: «IPV4:ip4» ID: 1 Tunnel Type: VPN_TUNNELTYPE_DTLS «f5vs» Resource: /Common/na_res Client IP: «IPV4:ip4»",
    "«ts» «host» notice apmd[«pid»]: 01490102:5: «f5vs»:Common:«f5sid»: Access policy result: Network_Access, session.logon.last.displayname=«PERSON_NAME:fullname», session.client.platform=«~useragent»",
)

PULSE = variants(
    "<134>1 «syslog5424ts» «host» PulseSecure: - - - «pcsdate» - «host» - [«IPV4:ip4»] «USERNAME:anyuser@u»(Anställda)[Users] - Login succeeded for «USERNAME:@u»/Anställda (session:«~hex8») from «IPV4:ip4» with Pulse-Secure/9.1.18.21 (Windows 10) Pulse/9.1.18.",
    "<134>1 «syslog5424ts» «host» PulseSecure: - - - «pcsdate» - «host» - [«IPV4:ip4»] «EMAIL:email@e»(Konsulter)[] - Primary authentication failed for «EMAIL:@e»/AD-Norrland from «IPV4:ip4»",
    "<134>1 «syslog5424ts» «host» PulseSecure: - - - «pcsdate» - «host» - [«IPV4:ip4»] «USERNAME:uid_e»(Anställda)[Users, VPN-Full] - VPN Tunneling: Session started for user with IPv4 address «IPV4:ip4», hostname «USERNAME:uid_e»-PC",
    "<134>1 «syslog5424ts» «host» PulseSecure: - - - «pcsdate» - «host» - [«IPV4:ip4»] System()[] - AUT24414: Agent login succeeded for «USERNAME:user»/Anställda from «IPV4:ip4» with Pulse-Secure/«~version».",
)

SSSD = variants(
    "«ts» «host» sshd[«pid»]: pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=«IPV4:ip4» user=«USERNAME:upn»",
    "«ts» «host» sshd[«pid»]: pam_sss(sshd:auth): received for user «USERNAME:user»: 7 (Authentication failure)",
    "«ts» «host» sssd_be[«pid»]: GSSAPI Error: Unspecified GSS failure.  Minor code may provide more information (Client '«USERNAME:user»@AD.UMEAENERGI.SE' not found in Kerberos database)",
    "«ts» «host» sssd[«pid»]: [sssd[be[ad.umeaenergi.se]]] [ad_access_filter_send] (0x0040): User [«USERNAME:upn»] was denied by access filter (memberOf=CN=linux-admins,OU=Grupper,DC=ad,DC=umeaenergi,DC=se)",
    "«ts» «host» sudo[«pid»]: pam_sss(sudo:auth): authentication success; logname=«USERNAME:user@u» uid=«int5» euid=0 tty=/dev/pts/«int2» ruser=«USERNAME:@u» rhost=  user=«USERNAME:@u»",
)

AIRONET = variants(
    "«ts» «host»: *apfMsConnTask_2: «ts»: %APF-6-USER_NAME_CREATED: apf_ms.c:6149 Username entry («USERNAME:anyuser») created for mobile, length = «int2»",
    "«ts» «host»: *Dot1x_NW_MsgTask_1: «ts»: %DOT1X-3-MAX_EAP_RETRIES: 1x_auth_pae.c:3052 Max EAP identity request retries (3) exceeded for client «MAC:maccolon»",
    "«int5»: «ts».123: %DOT11-6-ASSOC: Interface Dot11Radio1, Station «PERSON_NAME:given»s-iPhone «MAC:maccisco» Associated KEY_MGMT[WPAv2 PEAP]",
    "«int5»: «ts».456: %DOT11-7-AUTH_FAILED: Station «MAC:maccisco» Authentication failed",
    "«ts» «host»: *apfReceiveTask: «ts»: %APF-6-RADIUS_OVERRIDE_DISABLED: apf_ms_radius_override.c:1238 Client «MAC:maccolon» IP «IPV4:ip4» user «EMAIL:email» on AP «~hex12» roamed",
)

AUDIOCODES = variants(
    "<134>«ts» «host» [S=«ac_sid»] [SID=«hex8»:«int2»:«int5»] (N «ac_sid»)  ---- Incoming SIP Message from «IPV4:ip4»:5060 to SIPInterface #0 (SI-Teams) TLS TO(#«int2») SocketID(«int4») ---- INVITE sip:«PHONE:e164@b»@sbc.norrland.reg:5061;user=phone;transport=tls SIP/2.0 From: \"«PERSON_NAME:fullname»\" <sip:«PHONE:e164@a»@sip.pstnhub.microsoft.com>;tag=«hex8» To: <sip:«PHONE:@b»@sbc.norrland.reg>",
    "<134>«ts» «host» [S=«ac_sid»] [SID=«hex8»:«int2»:«int5»] (N «ac_sid») CALL_END [Time:«time»] |SBC |«sipcallid» |«int5» |«PHONE:phoneuri» |«PHONE:phoneuri» |«IPV4:ip4» |«IPV4:ip4» |GWAPP_NORMAL_CALL_CLEAR |«int3» |",
    "<132>«ts» «host» [S=«ac_sid»] (N «ac_sid») AcSIPDialog(#«int3»)::ProcessMsg - Classification failed for «PHONE:e164»@«IPV4:ip4»; rejecting with 403 ; user agent «~useragent»",
    "<134>«ts» «host» [S=«ac_sid»] (N «ac_sid»)  ---- Outgoing SIP Message to «IPV4:ip4»:5060 ---- INVITE sip:«~svc»@«IPV4:ip4»;user=phone SIP/2.0 From: <sip:«PHONE:e164»@sbc.norrland.reg>;tag=«hex8» P-Asserted-Identity: <sip:«PHONE:e164»@sbc.norrland.reg>",
)

JASMIN = variants(
    "«pcsdate» INFO     «int4» SMS-MT [cid:«smscid»] [queue-msgid:«uuid»] [smpp-msgid:«~hex8»] [status:ESME_ROK] [prio:0] [dlr:1] [validity:none] [from:«sender»] [to:«PHONE:phonenum»] [content:'Hej «PERSON_NAME:given», din tid hos «clinic» är bokad.']",
    "«pcsdate» INFO     «int4» DLR [cid:«smscid»] [smpp-msgid:«~hex8»] [msgid:«uuid»] [state:DELIVRD] [to:«PHONE:e164»]",
    "«pcsdate» INFO     «int4» SMS-MO [cid:«smscid»] [queue-msgid:«uuid»] [status:ESME_ROK] [prio:0] [validity:none] [from:«PHONE:phonenat»] [to:«sms_short»] [content:'AVBOKA «PERSONNUMMER:pnr10»']",
    "«pcsdate» ERROR    «int4» SMS-MT [cid:«smscid»] [queue-msgid:«uuid»] [status:ESME_RINVDSTADR] [from:«sender»] [to:«PHONE:phonenum»] [content:'Kod: «~confpin»']",
)

SOCIAL = variants(
    "«ts» «host» arende[«pid»]: Handläggare «USERNAME:anyuser» öppnade akt «~casenr» för «PERSON_NAME:name» («PERSONNUMMER:pnr»), beslut om försörjningsstöd",
    "«ts» «host» arende[«pid»]: Orosanmälan «~dnr» registrerad för barn med samordningsnummer «SAMORDNINGSNUMMER:snr»; anmälare «PERSON_NAME:fullname2» tel «PHONE:phone»",
    "«ts» «host» arende[«pid»]: Utskick till «PERSON_NAME:name» via Kivra misslyckades (personnummer «PERSONNUMMER:pnr12» saknar brevlåda); skickat per post till «~place»",
    "«ts» «host» arende[«pid»]: Ombud «PERSON_NAME:fullname2» (advokatbyrå orgnr «ORGNR:orgnr») fick läsbehörighet till «~casenr» av «USERNAME:user»",
    "«ts» «host» arende[«pid»]: Validering: personnummer «~badpnr» och org.nr «~badorgnr» har felaktig kontrollsiffra",
)

SENDMAIL = variants(
    "«ts» «host» sm-mta[«pid»]: «qid»: from=<«EMAIL:email»>, size=«bytes», class=0, nrcpts=1, msgid=«~msgid», proto=ESMTPSA, daemon=MTA, auth=«USERNAME:user», relay=[«IPV4:ip4»]",
    "«ts» «host» sm-mta[«pid»]: «qid»: to=<«EMAIL:email2»>, delay=00:00:0«int2», xdelay=00:00:01, mailer=esmtp, pri=«int5», relay=mx.«~place».se. [«IPV4:ip4»], dsn=2.0.0, stat=Sent (OK id=«rand8»)",
    "«ts» «host» sm-mta[«pid»]: «qid»: «EMAIL:email»... User unknown",
    "«ts» «host» sm-mta[«pid»]: AUTH=server, relay=[«IPV6:ip6»], authid=«USERNAME:anyuser», mech=LOGIN, bits=0",
)

VISITOR = variants(
    "<14>1 «syslog5424ts» «host» visitor - - [visit@32473 host=\"«USERNAME:user»\" pass=\"«~visitorpass»\"] Besökare «PERSON_NAME:fullname2» (mobil «PHONE:mobilese») registrerad av värd «USERNAME:user»; besökskort «BADGE:cardhex»",
    "<14>1 «syslog5424ts» «host» access - - - Door «~place»-Entré-B: card «BADGE:cardfc» granted, holder «PERSON_NAME:name», reader «~hex8»",
    "<12>1 «syslog5424ts» «host» access - - - Door Serverhall-2: card «BADGE:cardfc» denied (expired), holder «PERSON_NAME:name»",
)

# ---------------------------------------------------------------- json

WEBEX = variants(
    '{"Start time":"«iso»","Answer time":"«iso»","Duration":«int3»,"User":"«PERSON_NAME:fullname|j»","User type":"User","Calling line ID":"«PHONE:e164»","Called line ID":"«PHONE:e164»","Dialed digits":"«PHONE:phonenat»","Call type":"SIP_NATIONAL","Direction":"ORIGINATING","Location":"Umeå Kontor","Client type":"SIP","Client version":"«~version»","Device MAC":"«MAC:macbare»","Correlation ID":"«uuid»","User UUID":"«~uuid»","Department ID":"«~uuid»","Site main number":"«~did»","Site timezone":"Europe/Stockholm","Authorization code":"","Call outcome":"Success"}',
    '{"Start time":"«iso»","Duration":«int3»,"User":"«EMAIL:email»","Calling line ID":"«PHONE:e164»","Called line ID":"«~did»","Call type":"SIP_INBOUND","Direction":"TERMINATING","Redirect reason":"Unconditional","Original reason":"CallQueue","Called number":"«~did»","Redirecting number":"«PHONE:ext»","Queue type":"Call Queue","Device MAC":"«MAC:macbare»"}',
    '{"meetingId":"«~confid»","site":"«webexsite»","participants":[{"name":"«PERSON_NAME:fullname|j»","email":"«EMAIL:email»","ipAddress":"«IPV4:ip4»","joinedTime":"«iso»","phone":null},{"name":"«PERSON_NAME:fullname2|j»","email":null,"ipAddress":null,"callInNumber":"«PHONE:e164»","joinedTime":"«iso»"}]}',
)

GENESYS = variants(
    '{"conversationId":"«uuid»","conversationStart":"«iso»","originatingDirection":"inbound","divisionIds":["«~uuid»"],"participants":[{"participantId":"«~uuid»","purpose":"customer","participantName":"«PERSON_NAME:fullname|j»","sessions":[{"mediaType":"voice","ani":"tel:«PHONE:e164»","dnis":"tel:«~did»","direction":"inbound","remoteNameDisplayable":"«PERSON_NAME:fullname|j»","provider":"Edge"}]},{"purpose":"acd","participantName":"«queue»","sessions":[{"mediaType":"voice","ani":"tel:«PHONE:e164»","dnis":"tel:«~did»"}]},{"purpose":"agent","userId":"«~uuid»","participantName":"«PERSON_NAME:fullname2|j»","sessions":[{"mediaType":"voice","ani":"tel:«PHONE:e164»","edgeId":"«~uuid»"}]}]}',
    '{"conversationId":"«uuid»","participants":[{"purpose":"external","participantName":"","sessions":[{"mediaType":"callback","callbackNumbers":["«PHONE:phone|j»"],"callbackUserName":"«PERSON_NAME:fullname|j»","callbackScheduledTime":"«iso»"}]}],"attributes":{"pnr":"«PERSONNUMMER:pnr12»","kundId":"«~anstnr»"}}',
    '{"eventTime":"«iso»","topicName":"v2.users.«~uuid».presence","eventBody":{"id":"«~uuid»","name":"«PERSON_NAME:fullname|j»","username":"«EMAIL:email»","department":"Vårdval","presenceDefinition":{"systemPresence":"Available"}}}',
)

JIRA = variants(
    '{"id":«int5»,"summary":"User created","remoteAddress":"«IPV4:ip4»","authorKey":"JIRAUSER«int5»","authorAccountId":"«~hex16»","created":"«iso»","category":"user management","eventSource":"","objectItem":{"id":"JIRAUSER«int5»","name":"«USERNAME:anyuser»","typeName":"USER","parentId":"1","parentName":"Jira Internal Directory"},"changedValues":[{"fieldName":"Full name","changedTo":"«PERSON_NAME:fullname|j»"},{"fieldName":"Email","changedTo":"«EMAIL:email|j»"},{"fieldName":"Username","changedTo":"«USERNAME:anyuser»"}],"associatedItems":[{"id":"10000","name":"jira-software-users","typeName":"GROUP"}]}',
    '{"id":«int5»,"summary":"Issue deleted","remoteAddress":"«IPV6:ip6»","authorKey":"«USERNAME:user»","created":"«iso»","category":"issue management","objectItem":{"name":"«jiraproj»-«int4»","typeName":"ISSUE"},"changedValues":[{"fieldName":"Reporter","changedFrom":"«PERSON_NAME:fullname2|j»"},{"fieldName":"Description","changedFrom":"Patienten (pnr «PERSONNUMMER:pnr» ) ringde från «PHONE:phone»"}]}',
    '{"id":«int5»,"summary":"Login failed","remoteAddress":"«IPV4:ip4»","authorKey":"anonymous","created":"«iso»","category":"security","objectItem":{"name":"«USERNAME:uid_e»","typeName":"USER"},"changedValues":[]}',
)

SERVICENOW = variants(
    '{"sys_id":"«~snsysid»","tablename":"sys_user","documentkey":"«~snsysid»","fieldname":"mobile_phone","oldvalue":"«PHONE:phone|j»","newvalue":"«PHONE:mobilese|j»","user":"«USERNAME:user»","sys_created_on":"«pcsdate»","reason":"","record_checkpoint":«int2»}',
    '{"sys_id":"«~snsysid»","tablename":"incident","documentkey":"«~snsysid»","fieldname":"caller_id","oldvalue":"","newvalue":"«PERSON_NAME:fullname|j»","user":"«USERNAME:anyuser»","sys_created_on":"«pcsdate»","number":"«~ticket»"}',
    '{"result":[{"sys_id":"«~snsysid»","user_name":"«USERNAME:anyuser»","first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","email":"«EMAIL:email|j»","u_personnummer":"«PERSONNUMMER:pnr12»","employee_number":"«~anstnr»","cost_center":{"display_value":"KST 7130 IT-drift"},"last_login_time":"«pcsdate»","sys_updated_by":"«~sysuser»"}]}',
)

PAYROLL = variants(
    '{"Arbetsgivare":{"Organisationsnummer":"«ORGNR:orgnr»","Namn":"Umeå Energi Nät AB"},"Redovisningsperiod":"202803","IU":[{"BetalningsmottagarId":"«PERSONNUMMER:pnr12»","Fornamn":"«PERSON_NAME:given|j»","Efternamn":"«PERSON_NAME:surname|j»","KontantErsattningUlagAG":«salary»,"AvdrPrelSkatt":«int5»,"Specifikationsnummer":«int3»,"Anstallningsnummer":"«~anstnr»"}]}',
    '{"employeeId":"«~anstnr»","ssn":"«PERSONNUMMER:pnr»","fullName":"«PERSON_NAME:fullname|j»","bankAccount":"«~bignum»","manager":{"upn":"«USERNAME:upn»"},"employer":{"orgNo":"«ORGNR:orgnr»"},"sickLeave":[{"from":"«date»","days":«int2»,"certificateBy":"«PERSON_NAME:fullname2|j»"}]}',
    '{"employeeId":"«~anstnr»","coordinationNumber":"«SAMORDNINGSNUMMER:snr»","fullName":"«PERSON_NAME:fullname|j»","phoneNumbers":[{"type":"mobile","number":"«PHONE:phone|j»"},{"type":"work","number":"«~did»"}],"invalidOrgNo":"«~badorgnr»"}',
)

EVTX = variants(
    '{"@timestamp":"«iso»","winlog":{"channel":"Security","event_id":"4624","computer_name":"«host».ad.umeaenergi.se"},"event":{"original":"<Event xmlns=\'http://schemas.microsoft.com/win/2004/08/events/event\'><System><EventID>4624</EventID><Computer>«host»</Computer></System><EventData><Data Name=\'SubjectUserSid\'>S-1-5-18</Data><Data Name=\'TargetUserSid\'>«~sid»</Data><Data Name=\'TargetUserName\'>«USERNAME:user@u»</Data><Data Name=\'TargetDomainName\'>UENERGI</Data><Data Name=\'TargetLogonId\'>«~logonid»</Data><Data Name=\'LogonType\'>10</Data><Data Name=\'WorkstationName\'>«~host»</Data><Data Name=\'IpAddress\'>«IPV4:ip4»</Data><Data Name=\'IpPort\'>«port»</Data></EventData></Event>"}}',
    '{"@timestamp":"«iso»","winlog":{"channel":"Security","event_id":"4625"},"message":"An account failed to log on.\\n\\nAccount For Which Logon Failed:\\n\\tSecurity ID:\\t\\tS-1-0-0\\n\\tAccount Name:\\t\\t«USERNAME:anyuser»\\n\\tAccount Domain:\\t\\tNLREG\\n\\nNetwork Information:\\n\\tWorkstation Name:\\t«~host»\\n\\tSource Network Address:\\t«IPV6:ip6»\\n\\tSource Port:\\t\\t«port»"}',
    '{"@timestamp":"«iso»","winlog":{"channel":"Security","event_id":"4738","event_data":{"TargetUserName":"«USERNAME:user»","TargetDomainName":"NLREG","SubjectUserName":"«USERNAME:user2»","DisplayName":"«PERSON_NAME:fullname|j»","UserPrincipalName":"«USERNAME:upn»","HomeDirectory":"\\\\\\\\fil01\\\\home$\\\\«USERNAME:user@h»","PasswordLastSet":"«pcsdate»"}}}',
)

# ---------------------------------------------------------------- kv-cef

MERAKI = variants(
    "<134>1 «~epochus» meraki-mx1 events type=8021x_eap_success radio='1' vap='2' client_mac='«MAC:macCOLON»' client_ip='«IPV4:ip4»' identity='«USERNAME:upn»' aid='«~sessid»'",
    "<134>1 «~epochus» meraki-mx1 events type=association radio='0' vap='1' channel='6' rssi='«int2»' aid='«~sessid»' client_mac='«MAC:maccolon»'",
    "<134>1 «~epochus» meraki-mx1 events type=splash_auth ip='«IPV4:ip4» [More Information] ' duration='3600' user_email='«EMAIL:email»' client_mac='«MAC:maccolon»'",
    "<134>1 «~epochus» meraki-mx1 events Cellular connection up ip='«IPV4:ip4»' imei='«IMEI:imeiplain»' imsi='«IMSI:imsi»' iccid='89«~bignum»'",
    "<134>1 «~epochus» meraki-mx1 events type=anyconnect_vpn_session_manager msg='Session started for «USERNAME:anyuser», peer_ip=«IPV4:ip4»' ",
)

STORMSHIELD = variants(
    "id=firewall time=\"«pcsdate»\" fw=\"SN510A«int5»\" tz=+0100 startime=\"«pcsdate»\" pri=5 confid=01 srcif=\"Ethernet0\" srcifname=\"out\" ipproto=tcp proto=ssl src=«IPV4:ip4» srcport=«port» dst=«IPV4:ip4» dstport=443 user=\"«USERNAME:anyuser»\" domain=\"ad.umeaenergi.se\" action=pass sent=«bytes» rcvd=«bytes» logtype=\"connection\"",
    "id=firewall time=\"«pcsdate»\" fw=\"SN510A«int5»\" tz=+0100 pri=5 src=«IPV4:ip4» user=\"«EMAIL:email»\" method=\"SSL VPN\" error=1 msg=\"Authentification échouée\" logtype=\"auth\" agentid=0",
    "id=firewall time=\"«pcsdate»\" fw=\"SN510A«int5»\" tz=+0100 pri=5 src=«IPV6:ip6» user=\"«USERNAME:user»\" msg=\"Utilisateur connecté\" ruledescription=\"VPN Anställda\" srcmac=«MAC:maccolon» logtype=\"auth\"",
)

F5ASM = variants(
    "CEF:0|F5|ASM|16.1.4|«awsmsg»|«awsmsg»|5|dvchost=«host» dvc=«IPV4:ip4» cs1=/Common/asm_1177_portal cs1Label=policy_name cs2=/Common/vs_1177_portal cs2Label=http_class_name deviceCustomDate1=«pcsdate» deviceCustomDate1Label=policy_apply_date externalId=«~bigcount» act=blocked cn1=403 cn1Label=response_code src=«IPV4:ip4» spt=«port» dst=«IPV4:ip4» dpt=443 requestMethod=POST app=HTTPS cs5=«IPV4:ip4» cs5Label=x_forwarded_for_header_value rt=«pcsdate» deviceExternalId=0 cs4=Injection Attempts cs4Label=attack_type cs6=SE cs6Label=geo_location c6a1= c6a1Label=device_address c6a2= c6a2Label=source_address c6a3= c6a3Label=destination_address c6a4= c6a4Label=ip_address_intelligence msg=N/A suid=«~hex16» suser=«USERNAME:anyuser» request=/api/v2/records?pnr\\=«PERSONNUMMER:pnr12»",
    "CEF:0|F5|ASM|16.1.4|Brute Force Attack|Brute Force Attack|8|dvchost=«host» dvc=«IPV4:ip4» cs1=/Common/asm_webtop cs1Label=policy_name src=«IPV4:ip4» spt=«port» suser=«EMAIL:email» msg=Login failed for username «EMAIL:email» cs3Label=attack_status cs3=ongoing",
)

EPMM = variants(
    "time=\"«iso»\" level=info component=epmm event=device_registered deviceUuid=«~uuid» userId=«USERNAME:anyuser» phoneNumber=«PHONE:e164» imei=«IMEI:imei_any» imsi=«IMSI:imsi» wifiMac=«MAC:maccolon» model=\"SM-S918B\" os=\"Android 14\" serial=«~HEX10»",
    "time=\"«iso»\" level=warn component=epmm event=compliance_violation deviceUuid=«~uuid» userEmail=«EMAIL:email» reason=\"jailbroken\" action=quarantine imei=«IMEI:imeiplain» owner=\"«PERSON_NAME:fullname»\"",
    "time=\"«iso»\" level=info component=epmm event=retire deviceUuid=«~uuid» userId=«USERNAME:user» by=«~sysuser» ticket=«~ticket» imei=«~badimei»",
)

# ---------------------------------------------------------------- CDRs

AST = '"{acc}","{src}","{dst}","{ctx}","{clid}","{chan}","{dchan}","{app}","{data}","«fs_start»","«fs_ans»","«fs_end»",«a_dur»,«a_bill»,"{disp}","{ama}","«astid»"{uf}'


def ast(**kw):
    d = dict(acc="", uf="", disp="ANSWERED", dchan="", ama="BILLING")
    d.update(kw)
    if d["uf"] is None:
        d["uf"] = ""
    elif d["uf"] != "":
        d["uf"] = ',"' + d["uf"] + '"'
    return AST.format(**d)


ASTERISK_HOTEL = variants(
    ast(src="«PHONE:room@r»", dst="«PHONE:phonenat@d»", ctx="rooms", clid='""Rum «PHONE:@r»"" <«PHONE:@r»>', chan="SIP/room«PHONE:@r»-«astchan»",
        dchan="SIP/ipvision-«astchan»", app="Dial", data="SIP/ipvision/«PHONE:@d»,90", acc="gast",
        uf="guest=«PERSON_NAME:fullname|q»"),
    ast(src="«PHONE:room@r»", dst="«wakeup»", ctx="rooms", clid='""Rum «PHONE:@r»"" <«PHONE:@r»>', chan="SIP/room«PHONE:@r»-«astchan»",
        app="AGI", data="agi://127.0.0.1/wakeup.agi", uf=""),
    ast(src="«PHONE:e164@a|d»", dst="«PHONE:room@r»", ctx="from-pstn", clid='""«PERSON_NAME:fullname|q»"" <«PHONE:@a|d»>',
        chan="SIP/ipvision-«astchan»", dchan="SIP/room«PHONE:@r»-«astchan»", app="Dial", data="SIP/room«PHONE:@r»,30", disp="NO ANSWER"),
    ast(src="«PHONE:ext@x»", dst="«PHONE:phonenat@d»", ctx="staff", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="SIP/«PHONE:@x»-«astchan»", dchan="SIP/ipvision-«astchan»", app="Dial", data="SIP/ipvision/«PHONE:@d»,90",
        acc="«BADGE:cardfc»", uf=None),
)

ASTERISK_ALARM = variants(
    ast(src="«PHONE:phonenat@a»", dst="«~alarmnr@n»", ctx="alarm-in", clid='""TRYGGHETSLARM"" <«PHONE:@a»>',
        chan="DAHDI/i2/«PHONE:@a»-«astchan»", dchan="Local/«PHONE:ext»@operators-«astchan»;1", app="Queue",
        data="larmcentral,tT,,,120", uf="larmtagare=«PERSONNUMMER:pnr»"),
    ast(src="«PHONE:ext@x»", dst="«PHONE:phonenat@d»", ctx="operators", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="PJSIP/op«PHONE:@x»-«astchan»", dchan="DAHDI/g1/«PHONE:@d»-«astchan»", app="Dial",
        data="DAHDI/g1/«PHONE:@d»,45,tT", uf="återuppringning «PERSON_NAME:fullname2|q»"),
    ast(src="«PHONE:ext@x»", dst="«~svc@s»", ctx="operators", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="PJSIP/op«PHONE:@x»-«astchan»", dchan="DAHDI/g1/«~@s»-«astchan»", app="Dial", data="DAHDI/g1/«~@s»,60"),
    ast(src="«PHONE:mobilese@a|d»", dst="«~alarmnr»", ctx="alarm-in", clid='""«PHONE:@a|d»"" <«PHONE:@a|d»>',
        chan="DAHDI/i2/«PHONE:@a|d»-«astchan»", app="Hangup", data="", disp="FAILED", uf="imei=«IMEI:imeiplain»"),
)

ASTERISK_IAX = variants(
    ast(src="«PHONE:ext@x»", dst="«PHONE:ext@y»", ctx="intersite", clid='""«PERSON_NAME:name|q»"" <«PHONE:@x»>',
        chan="IAX2/«site»-pbx-«int5»", dchan="IAX2/«site»-pbx-«int5»", app="Dial", data="IAX2/ske-pbx/«PHONE:@y»,40",
        ama="DOCUMENTATION"),
    ast(src="«PHONE:ext@x»", dst="«~confnum@c»", ctx="intersite", clid='""«PERSON_NAME:fullname|q»"" <«PHONE:@x»>',
        chan="IAX2/«site»-pbx-«int5»", app="ConfBridge", data="«~@c»,default_bridge,default_user", ama="DOCUMENTATION"),
    ast(src="«PHONE:ext@x»", dst="«PHONE:e164@d|d»", ctx="intersite", clid='""«USERNAME:user»"" <«PHONE:@x»>',
        chan="IAX2/«USERNAME:user»-«int5»", dchan="IAX2/telenor-sip-«int5»", app="Dial",
        data="IAX2/telenor-sip/«PHONE:@d|d»,60,T", uf="«~ticket»"),
)

FS = '"{name}","{num}","{dst}","{ctx}","«fs_start»","{ans}","«fs_end»","«a_dur»","«a_bill»","«hcause»","«uuid»","{bleg}","{acc}","«codec»","«codec»"'


def fs(**kw):
    d = dict(acc="", bleg="«uuid»", ans="«fs_ans»")
    d.update(kw)
    return FS.format(**d)


FS_SBC = variants(
    fs(name="«PHONE:e164@a»", num="«PHONE:@a»", dst="«PHONE:e164»", ctx="sbc-in", acc="«gw»"),
    fs(name="«PERSON_NAME:fullname|q»", num="«PHONE:phoneuri»", dst="«PHONE:phonenat»", ctx="sbc-out", acc="«gw»"),
    fs(name="Anonymous", num="anonymous", dst="«PHONE:e164»", ctx="sbc-in", acc="«gw»", ans="", bleg=""),
    fs(name="«PERSON_NAME:name|q»", num="«PHONE:ext»", dst="«~svc»", ctx="sbc-out", acc="emergency"),
    fs(name="«PHONE:phonenat@a»", num="«PHONE:@a»", dst="«~did»", ctx="sbc-in", acc="«gw»"),
)

FS_CONF = variants(
    fs(name="«PERSON_NAME:fullname|q»", num="«PHONE:e164»", dst="«~confnum»", ctx="conference", acc="«~confpin»"),
    fs(name="«PERSON_NAME:name|q»", num="«PHONE:ext»", dst="«~confnum»", ctx="default"),
    fs(name="Extension «PHONE:ext@x»", num="«PHONE:@x»", dst="«PHONE:ext»", ctx="default"),
    fs(name="«PHONE:mobilese@a|d»", num="«PHONE:@a|d»", dst="ivr_norr", ctx="public", acc="«BADGE:cardfc»"),
)

# ---------------------------------------------------------------- CUCM

STRING_HINTS = ("Number", "Name", "DN", "Dn", "Partition", "pkid", "uri", "comment", "Code", "ClusterID",
                "Ipv4v6Addr", "Pattern", "CallRef", "ICID", "IOI", "LoginUserID", "authCodeDescription")


def cucm_row(ctx, rec, cols, values):
    parts = []
    for col in cols:
        v = values.get(col)
        if any(h in col for h in STRING_HINTS):
            parts.append('"' + (v or "") + '"')
        else:
            parts.append(v if v is not None else "0")
    render(",".join(parts), ctx, rec)


def cucm_common():
    return {
        "cdrRecordType": "1", "globalCallID_callManagerId": "«int2»", "globalCallID_callId": "«int5»",
        "origLegCallIdentifier": "«bigcount»", "destLegIdentifier": "«bigcount»",
        "dateTimeOrigination": "«epoch»", "dateTimeConnect": "«epoch»", "dateTimeDisconnect": "«epoch»",
        "origNodeId": "«int2»", "destNodeId": "«int2»",
        "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
        "origMediaTransportAddress_IP": "«IPV4:ip4int»", "origMediaTransportAddress_Port": "«port»",
        "destMediaTransportAddress_IP": "«IPV4:ip4int»", "destMediaTransportAddress_Port": "«port»",
        "origCause_value": "16", "destCause_value": "16", "origMediaCap_payloadCapability": "2",
        "destMediaCap_payloadCapability": "2", "pkid": "«uuid»", "duration": "«a_bill»",
        "globalCallId_ClusterID": "NLREG-CUCM", "origPrecedenceLevel": "4", "destPrecedenceLevel": "4",
    }


def cucm_e164(ctx, rec, cols):
    """E.164 directory numbers (+4690...) and extension mobility logins."""
    v = cucm_common()
    kind = ctx.rng.choice(["int", "out", "fwd"])
    if kind == "int":
        v.update({"callingPartyNumber": "\\«PHONE:e164se@a»", "originalCalledPartyNumber": "\\«PHONE:e164se@b»",
                  "finalCalledPartyNumber": "\\«PHONE:@b»", "callingPartyNumberPartition": "PT_DN_E164",
                  "finalCalledPartyNumberPartition": "PT_DN_E164", "callingPartyUnicodeLoginUserID": "«USERNAME:anyuser»",
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:uid_e»",
                  "origDeviceName": "SEP«MAC:macbare»", "destDeviceName": "SEP«MAC:macbare»",
                  "origIpv4v6Addr": "«IPV6:ip6»", "destIpv4v6Addr": "«IPV4:ip4»"})
    elif kind == "out":
        v.update({"callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«PHONE:e164@b»",
                  "finalCalledPartyNumber": "«PHONE:@b»", "outpulsedCalledPartyNumber": "«PHONE:phonenat»",
                  "callingPartyUnicodeLoginUserID": "«USERNAME:user»", "origDeviceName": "SEP«MAC:macbare»",
                  "destDeviceName": "SBC-UME-A", "finalCalledPartyNumberPartition": "PT_PSTN_Intl",
                  "comment": "ClientMatterCode=;AuthCode=;"})
    else:
        v.update({"callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«PHONE:e164@b»",
                  "finalCalledPartyNumber": "«PHONE:e164»", "lastRedirectDn": "«PHONE:@b»",
                  "origCalledPartyRedirectReason": "15", "lastRedirectRedirectReason": "15",
                  "origDeviceName": "SBC-UME-A", "destDeviceName": "SBC-UME-A",
                  "comment": "LastRedirectDN=«PHONE:@b»;"})
    cucm_row(ctx, rec, cols, v)


def cucm_park(ctx, rec, cols):
    """Call park, pickup, intercom and meet-me conferences."""
    v = cucm_common()
    kind = ctx.rng.choice(["park", "meetme", "intercom", "pickup"])
    if kind == "park":
        v.update({"callingPartyNumber": "«PHONE:ext»", "originalCalledPartyNumber": "«~confnum»",
                  "finalCalledPartyNumber": "«~confnum»", "origDeviceName": "SEP«MAC:macbare»",
                  "destDeviceName": "", "origCallTerminationOnBehalfOf": "3", "destCallTerminationOnBehalfOf": "3",
                  "joinOnBehalfOf": "3"})
    elif kind == "meetme":
        v.update({"callingPartyNumber": "«PHONE:e164»", "originalCalledPartyNumber": "«~confnum»",
                  "finalCalledPartyNumber": "«~confnum»", "origDeviceName": "SBC-UME-A",
                  "destDeviceName": "MTP_«int4»", "callingPartyNumberPartition": "PT_PSTN_In"})
    elif kind == "intercom":
        v.update({"callingPartyNumber": "«PHONE:ext»", "originalCalledPartyNumber": "«PHONE:ext»",
                  "finalCalledPartyNumber": "«PHONE:ext»", "callingPartyNumberPartition": "PT_Intercom",
                  "origDeviceName": "SEP«MAC:macbare»", "destDeviceName": "SEP«MAC:macbare»",
                  "callingPartyUnicodeLoginUserID": "«USERNAME:user»"})
    else:
        v.update({"callingPartyNumber": "«PHONE:phonenat»", "originalCalledPartyNumber": "«PHONE:ext@b»",
                  "finalCalledPartyNumber": "«PHONE:ext»", "lastRedirectDn": "«PHONE:@b»",
                  "origDeviceName": "SBC-UME-A", "destDeviceName": "SEP«MAC:macbare»",
                  "lastRedirectRedirectReason": "5", "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user2»"})
    cucm_row(ctx, rec, cols, v)


CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "lastRedirectDn", "destDeviceName",
                      "finalCalledPartyUnicodeLoginUserID", "outpulsedCalledPartyNumber"]

TEMPLATES = [
    ("syslog", "f5-apm", F5),
    ("syslog", "pulse-secure", PULSE),
    ("syslog", "sssd-pam", SSSD),
    ("syslog", "cisco-wlc-aironet", AIRONET),
    ("syslog", "audiocodes-sbc", AUDIOCODES),
    ("syslog", "jasmin-smpp", JASMIN),
    ("syslog", "social-services-sv", SOCIAL),
    ("syslog", "sendmail", SENDMAIL),
    ("syslog", "visitor-access", VISITOR),
    ("json", "webex-calling-cdr", WEBEX),
    ("json", "genesys-cloud", GENESYS),
    ("json", "jira-audit", JIRA),
    ("json", "servicenow-audit", SERVICENOW),
    ("json", "payroll-agi-sv", PAYROLL),
    ("json", "winlogbeat-evtx-xml", EVTX),
    ("kv-cef", "meraki", MERAKI),
    ("kv-cef", "stormshield", STORMSHIELD),
    ("kv-cef", "f5-asm-cef", F5ASM),
    ("kv-cef", "ivanti-epmm", EPMM),
    ("asterisk-cdr", "hotel-rooms", ASTERISK_HOTEL),
    ("asterisk-cdr", "alarm-centre-dahdi", ASTERISK_ALARM),
    ("asterisk-cdr", "iax2-sites", ASTERISK_IAX),
    ("freeswitch-cdr", "sbc-gateways", FS_SBC),
    ("freeswitch-cdr", "conference-ivr", FS_CONF),
    ("cisco-cucm-cdr", "e164-dn-mobility-login", cucm_e164),
    ("cisco-cucm-cdr", "park-meetme-intercom", cucm_park),
]
