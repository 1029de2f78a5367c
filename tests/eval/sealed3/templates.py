"""Templates of the sealed3 split: the sixth pair's kept-aside half.

Never tuned on: nobody working on detection reads this file, the sealed3
records or their leaks. Other products and shapes than wild3 (product
families are split between the two halves), pools drawn disjointly.
Labels say what a value IS (DESIGN.md), never what veil does with it.
"""
import evallib
import sixthlib
from sixthlib import shapes, csv_row, cucm_row

GENERATORS = sixthlib.generators()
G = GENERATORS

G["pc"] = lambda c: c.rng.choice(["SSB", "UB", "RVL"]) + c.rng.choice(["-L", "-D", "W"]) + sixthlib.nd(c.rng, 5)
G["sm_qid"] = lambda c: "".join(c.rng.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(14))
G["mid"] = lambda c: str(c.rng.randint(100000, 99999999))
G["icid"] = lambda c: str(c.rng.randint(100000, 99999999))
G["swishid"] = lambda c: sixthlib.hx(c.rng, 32, True)
G["elksid"] = lambda c: c.rng.choice("sc") + sixthlib.hx(c.rng, 32)
G["dbid"] = lambda c: "dbid:AA" + "".join(c.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(41))
G["hmsd"] = lambda c: f"{sixthlib.when(c):%H%M%S}"
G["sapclient"] = lambda c: c.rng.choice(["100", "200", "300"])
G["saptx"] = lambda c: c.rng.choice(["SU01", "PA30", "SE16N", "FB03", "SM59"])
G["atmtrn"] = lambda c: str(c.rng.randint(1000, 9999))
G["pan"] = lambda c: "************" + sixthlib.nd(c.rng, 4)
G["swishno"] = lambda c: c.rng.choice(["1231181189", "1236032999", "9871065216"])
G["sffdate"] = lambda c: f"/Date({c.rng.randint(-10**11, 10**12)})/"
G["orasid"] = lambda c: str(c.rng.randint(10**6, 10**9))
G["cnam"] = lambda c: (sixthlib.ascii_fold(sixthlib.person(c)["surname_l"]) + " " + sixthlib.ascii_fold(sixthlib.person(c)["given_l"])).upper()[:15]
G["s1ver"] = lambda c: c.rng.choice(["Kerala", "Rio", "Quebec"])
G["confid"] = lambda c: "b00" + str(c.rng.randint(1, 3)) + sixthlib.nd(c.rng, 8)
G["cfb"] = lambda c: c.rng.choice(["CFB_2", "CFB_3", "HW_CFB_MLM"])
G["trunk"] = lambda c: c.rng.choice(["telenor", "ip-only", "bredband2"])
G["chan"] = lambda c: sixthlib.hx(c.rng, 8)
G["ast_uid"] = lambda c: f"{G['epoch'](c)}.{c.rng.randint(1, 999)}"
G["codec"] = lambda c: c.rng.choice(["PCMA", "G729", "opus", "AMR-WB"])
G["cause"] = lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "NO_USER_RESPONSE", "LOSE_RACE", "SUBSCRIBER_ABSENT"])

# ------------------------------------------------------------------ syslog


def oracle_audit(ctx, rec, cols):
    """Oracle's AUDIT_SYSLOG_LEVEL records: NAME:[length] 'value' pairs"""
    r = ctx.rng
    evallib.render("<«pri»>«bsd» «host» Oracle Audit[«pid»]: ", ctx, rec)
    u, osu = G["usr"](ctx).upper(), G["usr"](ctx)
    ip = G["ip4"](ctx)
    k = r.randrange(3)
    fields = [("LENGTH", None, str(r.randint(250, 520))), ("SESSIONID", None, G["orasid"](ctx)),
              ("ENTRYID", None, "1"), ("STATEMENT", None, "1"),
              ("USERID", "USERNAME" if k != 2 else evallib.NEG, u if k != 2 else r.choice(["SYS", "DBSNMP"])),
              ("USERHOST", None, G["nb"](ctx) + "\\" + G["pc"](ctx)),
              ("TERMINAL", None, G["pc"](ctx)), ("ACTION", None, ["100", "100", "3"][k]),
              ("RETURNCODE", None, r.choice(["0", "1017"]) if k == 0 else "0")]
    for name, typ, val in fields:
        rec.text(f"{name}:[{len(val)}] '")
        (rec.label(typ, val) if typ else rec.text(val))
        rec.text("' ")
    if k == 2:
        sql = "SELECT * FROM KUND WHERE PNR = ''"
        p = G["pnr"](ctx)
        rec.text(f"SQLTEXT:[{len(sql) + len(p) + 2}] '{sql}")
        rec.label("PERSONNUMMER", p)
        rec.text("''' ")
    else:
        c1 = "Authenticated by: DATABASE; Client address: (ADDRESS=(PROTOCOL=tcp)(HOST="
        c2 = f")(PORT={r.randint(1025, 65000)}))"
        rec.text(f"COMMENT$TEXT:[{len(c1) + len(ip) + len(c2)}] '{c1}")
        rec.label("IPV4", ip)
        rec.text(c2 + "' ")
    rec.text(f"OS$USERID:[{len(osu)}] '")
    rec.label("USERNAME", osu)
    rec.text(f"' DBID:[10] '{r.randint(10**9, 4 * 10**9 - 1)}'")


CO = "<«pri»>«bsd» «host» "
courier = shapes(
    CO + "imapd-ssl: LOGIN, user=«EMAIL:mail», ip=[::ffff:«IPV4:ip4»], port=[«port»], protocol=IMAP",
    CO + "imapd-ssl: LOGOUT, user=«EMAIL:mail», ip=[::ffff:«IPV4:ip4»], headers=«n4», body=«bytes», rcvd=«n4», sent=«bytes», time=«n3», starttls=1",
    CO + "imapd: LOGIN FAILED, user=«USERNAME:usr», ip=[«IPV6:ip6»]",
    CO + "pop3d-ssl: LOGIN, user=«USERNAME:usr», ip=[::ffff:«IPV4:ip4»], port=[«port»]",
    CO + "pop3d: Connection, ip=[::ffff:«IPV4:ip4»]",
    CO + "authdaemond: received auth request, service=imap, authtype=login",
    CO + "imapd-ssl: Maximum connection limit reached for ::ffff:«IPV4:ip4»",
    CO + "imapd-ssl: «EMAIL:mail»: Account's mailbox directory is not owned by the correct uid or gid",
)

SM = "<«pri»>«bsd» «host» sm-mta[«pid»]: «sm_qid»: "
sendmail = shapes(
    SM + "from=<«EMAIL:mail»>, size=«bytes», class=0, nrcpts=1, msgid=<«h16».«n6»@«host».«idom»>, proto=ESMTPSA, daemon=MTA, relay=«pc».«idom» [«IPV4:ip4»]",
    SM + "to=<«EMAIL:mail2»>, delay=00:00:0«n1», xdelay=00:00:0«n1», mailer=esmtp, pri=«n6», relay=mx.«xdom». [«IPV4:ip4»], dsn=2.0.0, stat=Sent (Ok: queued as «H8»)",
    SM + "to=\"«PERSON_NAME:nm2»\" <«EMAIL:mail2»>, delay=00:00:01, mailer=local, pri=«n6», dsn=2.0.0, stat=Sent",
    "<«pri»>«bsd» «host» sm-mta[«pid»]: AUTH=server, relay=[«IPV4:ip4»], authid=«USERNAME:usr», mech=LOGIN, bits=0",
    SM + "ruleset=check_rcpt, arg1=<«EMAIL:mail»>, relay=«xdom» [«IPV4:ip4»], reject=550 5.1.1 <«EMAIL:mail»>... User unknown",
    SM + "from=<>, size=«bytes», class=0, nrcpts=1, msgid=<«sm_qid»@«host».«idom»>, proto=ESMTP, daemon=MTA, relay=localhost [127.0.0.1]",
    SM + "«sm_qid»: DSN: Return receipt to «~sysacct»",
)

IP_ = "<«pri»>«bsd» «host» mail_logs: Info: "
ironport = shapes(
    IP_ + "New SMTP ICID «icid» interface Data 1 («IPV4:ip4») address «IPV4:ip4» reverse dns host mail.«xdom» verified yes",
    IP_ + "MID «mid» ICID «icid» From: <«EMAIL:mail»>",
    IP_ + "MID «mid» ICID «icid» RID 0 To: <«EMAIL:mail2»>",
    IP_ + "MID «mid» Subject 'Lönespecifikation «month» för «PERSON_NAME:nm»'",
    IP_ + "MID «mid» Subject 'RE: Ansökan – «PERSON_NAME:nm», pnr «PERSONNUMMER:pnr»'",
    IP_ + "MID «mid» attachment 'CV_«PERSON_NAME:full».pdf'",
    IP_ + "MID «mid» DLP violation. Severity: HIGH (Risk Factor: «n2»). DLP policy match: 'Sweden Personal Identity Number'.",
    IP_ + "Message finished MID «mid» done",
    IP_ + "MID «mid» using engine: CASE spam negative",
    IP_ + "MID «mid» ICID «icid» From: <«~sysacct»@«mdom»>",
    IP_ + "SMTP Auth: (ICID «icid») succeeded for user: «USERNAME:usr» using AUTH mechanism: LOGIN with profile: ldap_smtpauth",
)
G["month"] = lambda c: c.rng.choice(["januari", "februari", "mars", "april", "maj", "juni"])

WL = "<«pri»>«n4»: «host»: *«bsd».«n3»: "
wlc9800 = shapes(
    WL + "%CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry («USERNAME:usr») joined with ssid («ssid») for device with MAC: «MAC:macdot» on channel («n2»)",
    WL + "%CLIENT_ORCH_LOG-6-CLIENT_ADDED_TO_RUN_STATE: Chassis 1 R0/0: wncd: Username entry («EMAIL:mail») joined with ssid («ssid») for device with MAC: «MAC:macdot»",
    WL + "%DOT1X-5-FAIL: Chassis 1 R0/0: wncd: Authentication failed for client («MAC:macdot») with reason (Timeout) on Interface capwap_9000000«n1» AuditSessionID «~h16»«~H8» Username: «USERNAME:usr»",
    WL + "%CLIENT_ORCH_LOG-6-CLIENT_IP_LEARNED: Chassis 1 R0/0: wncd: Client IP learned: MAC: «MAC:macdot» IP: «IPV4:ip4»",
    WL + "%CLIENT_ORCH_LOG-6-CLIENT_IP_LEARNED: Chassis 1 R0/0: wncd: Client IPv6 learned: MAC: «MAC:macdot» IPv6: «IPV6:ip6»",
    WL + "%APMGR_TRACE_MESSAGE-5-EWLC_APMGR_AP_JOIN: Chassis 1 R0/0: wncd: AP Event: AP Name: AP-«place»-«n2», MAC: «MAC:macdot» Joined",
    WL + "%CLIENT_ORCH_LOG-6-CLIENT_DELETED: Chassis 1 R0/0: wncd: Client «MAC:macdot» deleted, Username («USERNAME:usr»), reason: idle timeout, hostname «PERSON_NAME:givenl»s-Pixel",
)

DM = "<«pri»>«bsd» «host» "
dnsmasq = shapes(
    DM + "dnsmasq-dhcp[«pid»]: DHCPREQUEST(br-lan) «IPV4:ip4» «MAC:maccolon»",
    DM + "dnsmasq-dhcp[«pid»]: DHCPACK(br-lan) «IPV4:ip4» «MAC:maccolon» «PERSON_NAME:givenl»-iPad",
    DM + "dnsmasq-dhcp[«pid»]: DHCPACK(br-lan) «IPV4:ip4» «MAC:maccolon» «PERSON_NAME:givenl»s-MacBook-Air",
    DM + "dnsmasq-dhcp[«pid»]: «n9» client provides name: «PERSON_NAME:givenl»-Galaxy-Tab",
    DM + "dnsmasq-dhcp[«pid»]: DHCPREPLY(br-lan) «IPV6:ip6» 00:01:00:01:«duidtime»:«MAC:maccolon» «PERSON_NAME:givenl»-ThinkPad",
    DM + "dnsmasq[«pid»]: query[A] «xdom» from «IPV4:ip4»",
    DM + "dnsmasq-dhcp[«pid»]: DHCPDISCOVER(br-guest) «MAC:maccolon» no address available",
    DM + "dnsmasq-dhcp[«pid»]: DHCPNAK(br-lan) «IPV4:ip4» «MAC:maccolon» wrong network",
)
G["duidtime"] = lambda c: ":".join(sixthlib.hx(c.rng, 2) for _ in range(4))

FT = "<«pri»>«bsd» «host» proftpd[«pid»]: ftp-ext («IPV4:ip4@i»[«IPV4:@i»]) - "
proftpd = shapes(
    FT + "USER «USERNAME:usr»: Login successful.",
    FT + "USER «USERNAME:usr» (Login failed): Incorrect password",
    FT + "FTP session opened.",
    FT + "USER «~sysacct»: no such user found from «IPV4:ip4» [«IPV4:ip4»] to «IPV4:ip4»:21",
    "<«pri»>«bsd» «host» proftpd-xfer: «ctime» «n2» «IPV4:ip4» «bytes» /home/«USERNAME:usr@u»/Lönespec_«PERSON_NAME:fullus».pdf b _ o r «USERNAME:@u» ftp 0 * c",
    "<«pri»>«bsd» «host» proftpd-xfer: «ctime» «n2» «IPV6:ip6» «bytes» /incoming/scan_«n6».pdf b _ i r «USERNAME:usr» sftp 0 * c",
)
G["fullus"] = lambda c: sixthlib.person(c)["full"].replace(" ", "_")
G["ctime"] = lambda c: f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][sixthlib.when(c).weekday()]} {sixthlib.MON[sixthlib.when(c).month - 1]} {sixthlib.when(c).day:2d} {sixthlib.when(c):%H:%M:%S} {sixthlib.when(c).year}"

RB = "<«pri»>«bsd» «host» SBC-Edge[«pid»]: "
ribbon = shapes(
    RB + "[CALL] 0x«h8» Setup: Calling:\"«PERSON_NAME:nm»\" <sip:«PHONE:teldial»@«IPV4:ip4»> Called:<sip:«PHONE:ext»@sbc-malmo.«idom»> Route:Teams-Direct",
    RB + "[CALL] 0x«h8» Connect: Calling:«PHONE:teldial» Called:«PHONE:teldial» TG:«trunk» Codec:«codec»",
    RB + "[CALL] 0x«h8» Release: Calling:«PHONE:tele164» Called:«~switch» Cause:16 Duration:«dur»s",
    RB + "[CALL] 0x«h8» Release: Calling:anonymous Called:«~svcnum» Cause:16 Duration:«dur»s",
    RB + "[SIP] INVITE from «IPV4:ip4»:5060 To: <sip:«PHONE:tele164»@«IPV4:ip4»;user=phone> From: \"«PERSON_NAME:nm»\" <sip:«PHONE:ext»@«idom»>;tag=«h8»",
    RB + "[AUTH] REGISTER rejected 403 for «USERNAME:usr»@«idom» from «IPV4:ip4»",
)

AT = "<«pri»>«bsd» «host» ndc-journal: "
atm = shapes(
    AT + "«dt» TRN «atmtrn» CARD INSERTED PAN «pan»",
    AT + "«dt» TRN «atmtrn» PIN ENTERED",
    AT + "«dt» TRN «atmtrn» WITHDRAWAL SEK «n4»00 NOTES 500x«n1» RC 000",
    AT + "«dt» TRN «atmtrn» CARD RETAINED PAN «pan» REASON 3",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: AUDIT user=«USERNAME:usr» action=VIEW_CUSTOMER customer=«PERSONNUMMER:pnr» name=\"«PERSON_NAME:nm»\" branch=«place» account=«~bankacct»",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: AUDIT user=«USERNAME:usr» action=UPDATE_CONTACT customer=«PERSONNUMMER:pnr12» mobile=«PHONE:tel» email=«EMAIL:privmail»",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: AUDIT user=«USERNAME:usr» action=OPEN_COMPANY_ACCOUNT orgnr=«ORGNR:org» signatory=«PERSON_NAME:nm» («PERSONNUMMER:pnr»)",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: WARN rejected orgnr «~badorg» (checksum) in application «~ticket»",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: AUDIT user=«~sysacct» action=BATCH_INTEREST accounts=«n6» elapsed=«n4»ms",
    "<«pri»>«bsd» core-bank01 corebank[«pid»]: AUDIT user=«USERNAME:usr» action=VIEW_CUSTOMER customer=«SAMORDNINGSNUMMER:snr» kyc=pending",
)

LN = "<«pri»>«bsd» lnl-srv1 OnGuard: "
lenel = shapes(
    LN + 'Event="Access Granted" Time="«dt»" Panel="Panel «n1»" Reader="Entré Plan «n1»" Cardholder="«PERSON_NAME:nm»" BadgeID="«BADGE:badge»" EmployeeID="«~empno»"',
    LN + 'Event="Access Denied - Invalid Badge" Time="«dt»" Panel="Panel «n1»" Reader="Datahall B" BadgeID="«BADGE:badge»"',
    LN + 'Event="Access Denied - Clearance" Time="«dt»" Panel="Panel «n1»" Reader="Valv" Cardholder="«PERSON_NAME:nm»" BadgeID="«BADGE:badge»"',
    LN + 'Event="Door Held Open" Time="«dt»" Panel="Panel «n1»" Reader="Lastkaj Syd" Alarm="«~n6»"',
    LN + 'Event="Cardholder Modified" Time="«dt»" Operator="«USERNAME:usr»" Cardholder="«PERSON_NAME:nm»" Phone="«PHONE:tel»" Department="«place»"',
)

SAP = "<«pri»>«bsd» sap-prd01 SAPSAL: "
sapsal = shapes(
    SAP + "«ymd»«hmsd»|00|AU1|D|«n2»|PRD|«sapclient»|«USERNAME:usrU»|SAPMSYST|«IPV4:ip4»|Logon successful (type=A, method=A)|TERM=«pc»",
    SAP + "«ymd»«hmsd»|00|AU2|D|«n2»|PRD|«sapclient»|«USERNAME:usrU»|SAPMSYST|«IPV4:ip4»|Logon failed (reason=1, type=A, method=A)|TERM=«pc»",
    SAP + "«ymd»«hmsd»|00|AU3|D|«n2»|PRD|«sapclient»|«USERNAME:usrU»|«saptx»|«IPV4:ip4»|Transaction «saptx» started.|TERM=«pc»",
    SAP + "«ymd»«hmsd»|00|AU7|D|«n2»|PRD|«sapclient»|«USERNAME:usrU»|SU01|«IPV4:ip4»|User «USERNAME:usrU» created.|TERM=«pc»",
    SAP + "«ymd»«hmsd»|00|AUK|B|«n2»|PRD|«sapclient»|«~sysacct»|RFC|«IPV4:ip4»|Successful RFC call RFC_READ_TABLE (function group = SDTX)|",
    SAP + "«ymd»«hmsd»|00|BU4|D|«n2»|PRD|«sapclient»|«USERNAME:usrU»|PA30|«IPV4:ip4»|Dynamic ABAP code: Event E02, hash value «~sha1»|TERM=«pc»",
)

# ------------------------------------------------------------------ json

WS = '{"EventId":«n6»,"EventType":"«ws1ev»","DeviceId":«n6»,"DeviceFriendlyName":"'
ws1 = shapes(
    WS + '«PERSON_NAME:givenl»\'s iPhone","EnrollmentEmailAddress":"«EMAIL:mail»","EnrollmentUserName":"«USERNAME:usr»","EventTime":"«iso»","EventTimeUtc":"«iso»","CompromisedStatus":false,"ComplianceStatus":"Compliant","SerialNumber":"«~serial»","PhoneNumber":"«PHONE:tele164»","Udid":"«h32|U»","MACAddress":"«MAC:macbare»","Imei":"«IMEI:imei»","Imsi":"«IMSI:imsi»"}',
    WS + '«USERNAME:usr» Android SM-G991B","EnrollmentEmailAddress":"«EMAIL:mail»","EnrollmentUserName":"«USERNAME:usr»","EventTime":"«iso»","CompromisedStatus":true,"SerialNumber":"«~serial»","Imei":"«IMEI:imei»","Udid":"«h32|U»"}',
    WS + '«pc»","EnrollmentEmailAddress":"«EMAIL:mail»","EventTime":"«iso»","ComplianceStatus":"NonCompliant","SerialNumber":"«~serial»","Ownership":"C","Platform":"WinRT","OsVersion":"«~ver»"}',
    '{"Devices":[{"Id":{"Value":«n6»},"Udid":"«h32|U»","SerialNumber":"«~serial»","MacAddress":"«MAC:macbare»","Imei":"«IMEI:imei»","DeviceFriendlyName":"«PERSON_NAME:givenl»s iPad","UserName":"«USERNAME:usr»","UserEmailAddress":"«EMAIL:mail»","PhoneNumber":"«PHONE:tel»","LastSeen":"«iso»","LocationGroupName":"«place»","DeviceNetworkInfo":[{"ConnectionType":"Cellular","IPAddress":"«IPV4:ip4»","MACAddress":"«MAC:macbare»","IMSI":"«IMSI:imsi»"},{"ConnectionType":"WiFi","IPAddress":"«IPV6:ip6»","MACAddress":"«MAC:macbare»"}]}],"Page":0,"PageSize":500,"Total":1}',
)
G["ws1ev"] = lambda c: c.rng.choice(["Compliance Status Changed", "Device Enrolled", "Compromised Status Changed"])

elks = shapes(
    '{"direction":"outgoing","from":"«~elksfrom»","created":"«iso»","parts":1,"to":"«PHONE:tele164»","cost":3500,"message":"Hej «PERSON_NAME:given|j», din tid för lägenhetsvisning är bokad. Frågor? Ring «~switch».","id":"«elksid»","status":"delivered"}',
    '{"direction":"incoming","from":"«PHONE:tele164»","to":"«~elksnum»","created":"«iso»","id":"«elksid»","message":"«elks_mo|j»"}',
    '{"direction":"incoming","from":"«PHONE:tele164»","to":"«~elksnum»","created":"«iso»","id":"«elksid»","state":"success","duration":«dur»,"legs":[{"number":"«PHONE:tele164»","duration":«dur»,"state":"success"}],"actions":[{"connect":"«PHONE:tele164»","callerid":"«~elksnum»"},{"play":"https://«xdom»/sound/valkommen.mp3"}]}',
    '{"direction":"outgoing","from":"«~elksnum»","to":"«PHONE:tele164»","created":"«iso»","id":"«elksid»","state":"failed","duration":0,"cost":0}',
    '{"direction":"outgoing","from":"«~elksfrom»","to":"«~svcnum»","created":"«iso»","id":"«elksid»","status":"failed","message":"test"}',
)
G["elksfrom"] = lambda c: c.rng.choice(["UBostader", "SydSpar", "RVL"])
G["elksnum"] = lambda c: c.rng.choice(["+46766861004", "+46766862210", "+46766869090"])
G["elks_mo"] = lambda c: c.rng.choice(["Ja tack", "Avboka", "Nej"])

rc = shapes(
    '{"uri":"https://platform.ringcentral.com/restapi/v1.0/account/«n9»/call-log/«tok»","id":"«tok»","sessionId":"«n9»«n3»","telephonySessionId":"s-«h32»","startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Inbound","action":"Phone Call","result":"Accepted","to":{"phoneNumber":"«PHONE:tele164»","name":"«PERSON_NAME:nm|j»"},"from":{"phoneNumber":"«PHONE:tele164»","name":"«PERSON_NAME:nm2|j»","location":"«place», Sweden"},"extension":{"uri":"https://platform.ringcentral.com/restapi/v1.0/account/«n9»/extension/«n9»","id":«n9»}}',
    '{"id":"«tok»","sessionId":"«n9»«n3»","startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Outbound","action":"VoIP Call","result":"Call connected","to":{"phoneNumber":"«PHONE:tele164»","location":"«place»"},"from":{"phoneNumber":"«~switch»","extensionNumber":"«PHONE:ext»","name":"«PERSON_NAME:nm|j»"},"legs":[{"startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Outbound","action":"VoIP Call","result":"Call connected","legType":"SipForwarding","from":{"extensionNumber":"«PHONE:ext»","name":"«PERSON_NAME:nm|j»","device":{"id":"«n9»"}},"to":{"phoneNumber":"«PHONE:tele164»"},"master":true}]}',
    '{"id":"«tok»","startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Inbound","action":"Phone Call","result":"Voicemail","to":{"phoneNumber":"«~switch»","name":"Växel"},"from":{"phoneNumber":"«PHONE:tele164»","name":"WIRELESS CALLER"},"message":{"id":"«n9»","type":"VoiceMail","uri":"https://platform.ringcentral.com/restapi/v1.0/account/«n9»/extension/«n9»/message-store/«n9»"}}',
)


def rc_fix(ctx, rec, cols):
    # the CNAM a carrier sends is the person's name, as written by the carrier
    evallib.render('{"id":"«tok»","startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Inbound","action":"Phone Call","result":"Missed","to":{"extensionNumber":"«~queue»","name":"Kundtjänst"},"from":{"phoneNumber":"«PHONE:tele164»","name":"«PERSON_NAME:cnam»"}}', ctx, rec)


DB = '{"timestamp":"«iso0»","event_category":{".tag":"«dbcat»"},"actor":{".tag":"user","user":{".tag":"team_member","account_id":"«dbid»","display_name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»","team_member_id":"dbmid:AA«tok»"}},"origin":{"geo_location":{"city":"«place»","region":"Skåne","country":"SE","ip_address":"«IPV4:ip4»"},"access_method":{".tag":"end_user","end_user":{".tag":"web","session_id":"dbwsid:«n9»«n9»"}}},'
dropbox = shapes(
    DB + '"involve_non_team_member":true,"participants":[{".tag":"user","user":{".tag":"non_team_member","account_id":"«dbid»","display_name":"«PERSON_NAME:nm2|j»","email":"«EMAIL:privmail»"}}],"assets":[{".tag":"file","path":{"contextual":"/HR/Anställningsavtal «PERSON_NAME:full|j».pdf"},"display_name":"Anställningsavtal «PERSON_NAME:full|j».pdf","file_id":"id:«tok»"}],"event_type":{".tag":"shared_content_add_member","description":"Added users and/or groups to shared file/folder"},"details":{".tag":"shared_content_add_member_details","shared_content_access_level":{".tag":"viewer"}}}',
    DB + '"involve_non_team_member":false,"assets":[{".tag":"file","path":{"contextual":"/Ekonomi/Leverantörer/«ORGNR:org» faktura «n4».pdf"},"display_name":"«ORGNR:org» faktura.pdf"}],"event_type":{".tag":"file_download","description":"Downloaded files and/or folders"},"details":{".tag":"file_download_details"}}',
    DB + '"involve_non_team_member":false,"event_type":{".tag":"login_success","description":"Signed in"},"details":{".tag":"login_success_details","is_emm_managed":false,"login_method":{".tag":"two_factor_authentication"}}}',
    '{"timestamp":"«iso0»","event_category":{".tag":"logins"},"actor":{".tag":"anonymous"},"origin":{"geo_location":{"city":"«place»","country":"«cc2»","ip_address":"«IPV6:ip6»"}},"involve_non_team_member":false,"event_type":{".tag":"login_fail","description":"Failed to sign in"},"details":{".tag":"login_fail_details","login_method":{".tag":"password"},"error_details":{"user_friendly_message":"Invalid email or password.","technical_error_message":"invalid credentials for «EMAIL:mail»"}}}',
)
G["dbcat"] = lambda c: c.rng.choice(["sharing", "file_operations", "logins"])

sfsf = shapes(
    '{"d":{"results":[{"__metadata":{"uri":"https://api012.sapsf.eu/odata/v2/PerPerson(\'«~empno@e»\')","type":"SFOData.PerPerson"},"personIdExternal":"«~@e»","dateOfBirth":"«sffdate»","countryOfBirth":"«cc2»","personalInfoNav":{"results":[{"firstName":"«PERSON_NAME:given|j»","lastName":"«PERSON_NAME:sur|j»","nationality":"«cc2»","gender":"F"}]},"emailNav":{"results":[{"emailAddress":"«EMAIL:mail»","isPrimary":true,"emailType":"8448"},{"emailAddress":"«EMAIL:privmail»","isPrimary":false,"emailType":"8449"}]},"phoneNav":{"results":[{"phoneNumber":"«PHONE:tel»","countryCode":"46","phoneType":"18256","isPrimary":true}]},"nationalIdNav":{"results":[{"country":"SWE","nationalId":"«PERSONNUMMER:pnr»","cardType":"PN","isPrimary":true}]}}]}}',
    '{"Mitarbeiter":{"Personalnummer":"«~empno»","Vorname":"«PERSON_NAME:given|j»","Nachname":"«PERSON_NAME:sur|j»","Geschaeftliche_EMail":"«EMAIL:mail»","Mobiltelefon":"«PHONE:tel»","Kostenstelle":"«~costc»","Vorgesetzter":{"Name":"«PERSON_NAME:nm2|j»","Benutzerkennung":"«USERNAME:usr2»"},"Standort":"«place»"}}',
    '{"salarie":{"matricule":"«~empno»","prenom":"«PERSON_NAME:given|j»","nom":"«PERSON_NAME:sur|j»","courriel":"«EMAIL:mail»","telephone_portable":"«PHONE:tel»","identifiant":"«USERNAME:usr»","numero_personnel_suedois":"«PERSONNUMMER:pnr»","service":"«place»"},"modifie_par":"«USERNAME:usr2»","date_modification":"«iso»"}',
    '{"d":{"results":[{"__metadata":{"uri":"https://api012.sapsf.eu/odata/v2/PerNationalId(country=\'SWE\',personIdExternal=\'«~empno@e»\')","type":"SFOData.PerNationalId"},"country":"SWE","personIdExternal":"«~@e»","cardType":"SN","nationalId":"«SAMORDNINGSNUMMER:snr»","isPrimary":false,"notes":"Samordningsnummer tills personnummer finns"}]}}',
    '{"d":{"results":[{"__metadata":{"type":"SFOData.EmpJob"},"userId":"«USERNAME:usr»","company":"SSB01","costCenter":"«~costc»","managerId":"«USERNAME:usr2»","jobTitle":"Handläggare","location":"«place»","legalEntityOrgnr":"«ORGNR:org»","emplStatus":"A"}]}}',
)

swish = shapes(
    '{"id":"«swishid»","payeePaymentReference":"«~n9»","paymentReference":"«swishid»","callbackUrl":"https://«xdom»/swish/callback","payerAlias":"«PHONE:swishpayer»","payeeAlias":"«~swishno»","amount":«n4».00,"currency":"SEK","message":"«swishmsg»","status":"PAID","dateCreated":"«iso»","datePaid":"«iso»","errorCode":null,"errorMessage":null}',
    '{"id":"«swishid»","payeePaymentReference":"«~n9»","paymentReference":"«swishid»","payerAlias":"«PHONE:swishpayer»","payeeAlias":"«~swishno»","amount":«n3».00,"currency":"SEK","message":"Hyra lgh «n4» «PERSON_NAME:nm|j»","status":"DECLINED","dateCreated":"«iso»","errorCode":"RP06","errorMessage":"A payment request already exists for that payer."}',
    '{"id":"«swishid»","originalPaymentReference":"«swishid»","payerPaymentReference":"«~ticket»","callbackUrl":"https://«xdom»/swish/refund","payerAlias":"«~swishno»","payeeAlias":"«PHONE:swishpayer»","amount":«n3».00,"currency":"SEK","message":"Återbetalning","status":"PAID","dateCreated":"«iso»","datePaid":"«iso»"}',
)


def swishmsg(c):
    k = c.rng.randrange(3)
    return ["Medlemsavgift 2026", "Deposition", "Faktura " + str(c.rng.randint(10000, 99999))][k]


G["swishmsg"] = swishmsg
G["swishpayer"] = lambda c: sixthlib.phone(c, "SE", "m", "cc")

SN = '{"result":[{"number":"«~ticket»","sys_id":"«h32»","state":"«snstate»","caller_id":{"display_value":"«PERSON_NAME:nm|j»","link":"https://ssb.service-now.com/api/now/table/sys_user/«h32»","value":"«h32»"},'
snow = shapes(
    SN + '"u_phone":"«PHONE:tel»","short_description":"Kan inte logga in – konto «USERNAME:usr» låst","work_notes":"Ringde upp på «PHONE:tel», lösenord återställt. /«USERNAME:usr2»","sys_created_by":"«USERNAME:usr2»","location":{"display_value":"«place»"},"cmdb_ci":{"display_value":"«PERSON_NAME:givenl»-LT"}}]}',
    SN + '"contact_type":"email","short_description":"Ändrad e-post för kund «PERSONNUMMER:pnr»","description":"Ny adress: «EMAIL:privmail»","sys_updated_by":"«USERNAME:usr2»","assignment_group":{"display_value":"Servicedesk"}}]}',
    SN + '"short_description":"Skrivare «host» offline","sys_created_by":"«~sysacct»","cmdb_ci":{"display_value":"«host»"},"u_ip":"«IPV4:ip4»","u_mac":"«MAC:maccolon»"}]}',
    '{"result":[{"sys_id":"«h32»","documentkey":"«h32»","tablename":"sys_user","fieldname":"mobile_phone","oldvalue":"«PHONE:tel»","newvalue":"«PHONE:tel»","user":"«USERNAME:usr»","sys_created_on":"«dt»","reason":""},{"sys_id":"«h32»","tablename":"sys_user","fieldname":"email","oldvalue":"«EMAIL:mail»","newvalue":"«EMAIL:privmail»","user":"«USERNAME:usr»"}]}',
)
G["snstate"] = lambda c: c.rng.choice(["1", "2", "6", "7"])

# ------------------------------------------------------------------ kv-cef

S1 = "CEF:0|SentinelOne|Mgmt|«s1ver»|«n4»|"
sentinelone = shapes(
    S1 + "New active threat - machine «pc»|10|rt=«epochms» duser=«nb»\\\\«USERNAME:usr» dhost=«pc» cs1Label=Threat ID cs1=«n9»«n9» fileHash=«sha1» filePath=C:\\\\Users\\\\«USERNAME:usr»\\\\AppData\\\\Local\\\\Temp\\\\«h8».exe cs2Label=Site cs2=«sitename» cat=SystemEvent sourceIpAddress=«IPV4:ip4» cs3Label=Agent MAC cs3=«MAC:macdash»",
    S1 + "User logged in to management console|3|rt=«epochms» suser=«EMAIL:mail» src=«IPV4:ip4» cs2Label=Site cs2=Global cat=Audit",
    S1 + "Agent uninstalled|7|rt=«epochms» suser=«EMAIL:mail» dhost=«PERSON_NAME:givenl»s-MBP cs2Label=Site cs2=«sitename» agentVersion=«~ver»",
    S1 + "Device control - USB blocked|5|rt=«epochms» duser=«USERNAME:upn» dhost=«pc» cs4Label=Device cs4=Kingston DataTraveler cs5Label=Serial cs5=«~hexid» src=«IPV6:ip6»",
)

MC = "datetime=«isotz»|aCode=«tok»|acc=C«n4»"
mimecast = shapes(
    MC + "|SpamLimit=0|IP=«IPV4:ip4»|Dir=Inbound|Subject=Lönespecifikation «month»|MsgId=<«h16»@«xdom»>|headerFrom=«EMAIL:mail»|Sender=«EMAIL:mail»|Rcpt=«EMAIL:mail2»|SpamInfo=[]|Act=Acc|TlsVer=TLSv1.2|Cphr=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384|SpamScore=«n1»",
    MC + "|Act=Rej|RejType=Invalid Recipient Address|RejCode=550|RejInfo=Invalid Recipient|Sender=«EMAIL:privmail»|Rcpt=«EMAIL:mail»|IP=«IPV4:ip4»|Dir=Inbound",
    MC + "|MsgId=<«h16»@«idom»>|Subject=Kontakta mig på «PHONE:tel» /«PERSON_NAME:nm»|Sender=«EMAIL:mail»|Rcpt=«EMAIL:privmail»|AttCnt=1|AttNames=\"CV «PERSON_NAME:full».docx\"|MsgSize=«bytes»|Route=Outbound",
    MC + "|Sender=«~sysacct»@«mdom»|Rcpt=«EMAIL:mail»|Act=Hld|Hld=Spm|Dir=Inbound|IP=«IPV6:ip6»",
)

VC = "CEF:0|Vectra Networks|X Series|8.4|"
vectra = shapes(
    VC + "hsc|Host Score Change|3|externalId=«n4» cat=HOST SCORING dvc=«IPV4:ip4» dvchost=vectra-brain shost=«PERSON_NAME:givenl»-laptop src=«IPV4:ip4» flexNumber1Label=threat flexNumber1=«n2» flexNumber2Label=certainty flexNumber2=«n2» cs4Label=Vectra Event URL cs4=https://vectra.«idom»/hosts/«n4» cs5Label=triaged cs5=False",
    VC + "asc|Account Score Change|5|externalId=«n4» cat=ACCOUNT SCORING dvc=«IPV4:ip4» suser=«USERNAME:upn» flexNumber1Label=threat flexNumber1=«n2» cs4Label=Vectra Event URL cs4=https://vectra.«idom»/accounts/«n4» cs6Label=privilege cs6=High",
    VC + "smb_brute_force|SMB Brute-Force|7|externalId=«n4» cat=LATERAL MOVEMENT dvc=«IPV4:ip4» shost=«pc» src=«IPV4:ip4» dst=«IPV4:ip4» suser=«nb»\\\\«USERNAME:usr» cs2Label=accounts cs2=«USERNAME:usr»,«USERNAME:usr2»,«~sysacct»",
)

FS = "LEEF:1.0|ForeScout Technologies|CounterAct|8.4.1|"
forescout = shapes(
    FS + "NAC Policy Log|src=«IPV4:ip4»\tsrcMAC=«MAC:macbare»\tdhcpHostname=«PERSON_NAME:givenl»s-Surface\tuser=«USERNAME:usr»\tdomain=«nb»\tpolicy=Corporate Compliance\tresult=Match\tmsg=Host is compliant",
    FS + "NAC Policy Log|src=«IPV4:ip4»\tsrcMAC=«MAC:macbare»\tvendor=«product»\tpolicy=Unknown devices\tresult=Unmatch\tmsg=Assigned to guest VLAN «n3»",
    FS + "Authentication|src=«IPV4:ip4»\tsrcMAC=«MAC:macbare»\tusrName=«EMAIL:mail»\tauthMethod=EAP-TLS\tswitch=«IPV4:ip4»\tswitchPort=Gi1/0/«n2»\tresult=Success",
    FS + "Threat|src=«IPV4:ip4»\tsrcMAC=«MAC:macbare»\tthreat=Port scan\tsev=5\tsrcSerial=«~hexid»",
)

MCAS = "CEF:0|MCAS|SIEM_Agent|0.«n3».«n2»|EVENT_CATEGORY_"
mcas = shapes(
    MCAS + "LOGIN|Log on|0|externalId=«h32» rt=«epochms» start=«epochms» end=«epochms» msg=Log on suser=«EMAIL:mail» destinationServiceName=Microsoft Exchange Online dvc= requestClientApplication=«ua|c» cs1Label=portalURL cs1=https://portal.cloudappsecurity.com/#/audits?activity.id\\=eq(«h32»,) cs2Label=uniqueServiceAppIds cs2=APPID_OUTLOOK cs3Label=targetObjects cs3=«EMAIL:mail»,«PERSON_NAME:nm|c» cs4Label=policyIDs cs4= c6a1Label=\"Device IPv6 Address\" c6a1=«IPV6:ip6»",
    MCAS + "DOWNLOAD_FILE|Download file|0|externalId=«h32» rt=«epochms» msg=Download file: /sites/HR/Shared Documents/Lönelista «month».xlsx suser=«EMAIL:mail» destinationServiceName=Microsoft SharePoint Online src=«IPV4:ip4» cs2Label=uniqueServiceAppIds cs2=APPID_SHAREPOINT cs3Label=targetObjects cs3=Lönelista «month».xlsx",
    MCAS + "ALERT|Impossible travel activity|5|externalId=«h32» rt=«epochms» msg=The user «PERSON_NAME:nm|c» («EMAIL:mail») performed an Impossible travel activity from «place» and «place» suser=«EMAIL:mail» src=«IPV4:ip4» cs3Label=targetObjects cs3=«PERSON_NAME:nm|c»",
)

# ------------------------------------------------------------------ asterisk-cdr


def ast_dahdi(ctx, rec, cols):
    """ISDN PRI through DAHDI: inbound faxes and outbound calls by group"""
    if ctx.rng.random() < 0.5:
        csv_row(ctx, rec, ["", "«PHONE:teldial@c»", "«~switch|d»", "from-pstn", '""«PERSON_NAME:cnam|q»"" <«PHONE:@c»>',
                           "DAHDI/i1/«PHONE:@c»-«n2»", "", "ReceiveFAX", "/var/spool/asterisk/fax/«ast_uid».tif,f",
                           "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "DOCUMENTATION",
                           "«ast_uid»", "fax:«PHONE:@c»"])
    else:
        csv_row(ctx, rec, ["«~costc»", "«PHONE:ext@a»", "«PHONE:teldial@d»", "from-internal", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>',
                           "SIP/«PHONE:@a»-«chan»", "DAHDI/«n2»-1", "Dial", "DAHDI/g0/«PHONE:@d»,60,T", "«dt»", "«dt2»",
                           "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "BILLING", "«ast_uid»", ""])


def ast_vm(ctx, rec, cols):
    """direct inward dialling to a person, no answer, voicemail (17 columns)"""
    r = ctx.rng
    name = r.choice(['""«PERSON_NAME:nm|q»"" <«PHONE:@c»>', '""«PHONE:@c»"" <«PHONE:@c»>', '""«~place»"" <«PHONE:@c»>'])
    ctx.memo["c"] = G["teldial"](ctx)
    csv_row(ctx, rec, ["", "«PHONE:@c»", "«PHONE:ext@x»", "from-did-direct", name, "SIP/«trunk»-«chan»", "",
                       "VoiceMail", "«PHONE:@x»@default,u", "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"),
                       "ANSWERED", "DOCUMENTATION", "«ast_uid»"])


def ast_ivr_queue(ctx, rec, cols):
    """an IVR menu and the queue behind it, chan_sip, 16 columns (no uniqueid)"""
    r = ctx.rng
    ctx.memo["c"] = G["teldial"](ctx)
    if r.random() < 0.5:
        csv_row(ctx, rec, ["«~costc»", "«PHONE:@c»", "«~ivr»", "ivr-2", '""«PHONE:@c»"" <«PHONE:@c»>', "SIP/«trunk»-«chan»",
                           "", "BackGround", "custom/valkommen-«n1»", "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"),
                           ("raw", "«dur»"), "ANSWERED", "DOCUMENTATION"])
    else:
        csv_row(ctx, rec, ["«~costc»", "«PHONE:@c»", "«~queue@q»", "ext-queues", '""«PERSON_NAME:cnam|q»"" <«PHONE:@c»>',
                           "SIP/«trunk»-«chan»", "SIP/«PHONE:ext»-«chan»", "Queue", "«~@q»,t,,,300", "«dt»", "«dt2»",
                           "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), r.choice(["ANSWERED", "NO ANSWER"]), "DOCUMENTATION"])


# ------------------------------------------------------------------ freeswitch-cdr


def fs_trunk_in(ctx, rec, cols):
    r = ctx.rng
    ctx.memo["c"] = G["tele164"](ctx)
    name = r.choice(["«PERSON_NAME:cnam|q»", "«PERSON_NAME:nm|q»", "«PHONE:@c»", "WIRELESS CALLER", "anonymous"])
    dest = r.choice(["«~queue»", "«~ivr»", "«PHONE:ext»", "«PHONE:e164dest»"])
    csv_row(ctx, rec, [name, "«PHONE:@c»", dest, "public", "«dt»", "«dt2»", "«dt3»", "«dur»", "«dur»", "«cause»", "«uuid»",
                       r.choice(["«uuid»", ""]), "", "«codec»", "«codec»"])


G["e164dest"] = lambda c: sixthlib.phone(c, "SE", style="e164")


def fs_internal(ctx, rec, cols):
    r = ctx.rng
    ctx.memo["a"] = G["ext"](ctx)
    dest = r.choice(["«PHONE:ext»", "«~park»", "*5«~park»", "«~conf»", "«~fac»", "«~vmpilot»"])
    csv_row(ctx, rec, ["«PERSON_NAME:nm|q»", "«PHONE:@a»", dest, r.choice(["default", "ssb.corp", "features"]),
                       "«dt»", "«dt2»", "«dt3»", "«dur»", "«dur»", "«cause»", "«uuid»", "", r.choice(["«BADGE:badge»", "«~costc»", ""]),
                       "«codec»", "«codec»"])


# ------------------------------------------------------------------ cisco-cucm-cdr


def cucm_base(ctx):
    return {"cdrRecordType": "1", "globalCallID_callManagerId": "«n1»", "globalCallID_callId": "«n6»",
            "origLegCallIdentifier": "«n9»", "dateTimeOrigination": "«epoch»", "origNodeId": "«n1»",
            "origIpAddr": "«IPV4:ip4int»", "origCause_value": "16", "origPrecedenceLevel": "4",
            "origMediaTransportAddress_IP": "«IPV4:ip4int»", "origMediaTransportAddress_Port": "«port»",
            "origMediaCap_payloadCapability": "4", "origMediaCap_maxFramesPerPacket": "20",
            "destLegIdentifier": "«n9»", "destNodeId": "«n1»", "destIpAddr": "«IPV4:ip4int»",
            "destCause_value": "16", "destPrecedenceLevel": "4", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
            "destMediaTransportAddress_Port": "«port»", "destMediaCap_payloadCapability": "4",
            "destMediaCap_maxFramesPerPacket": "20", "dateTimeConnect": "«epoch»", "dateTimeDisconnect": "«epoch»",
            "pkid": "«uuid»", "duration": "«dur»", "globalCallId_ClusterID": "CL-MALMO",
            "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64", "origDTMFMethod": "4", "destDTMFMethod": "4"}


def cucm_park_conf(ctx, rec, cols):
    d = cucm_base(ctx)
    if ctx.rng.random() < 0.5:   # call parked on a park slot, retrieved later
        d.update({"callingPartyNumber": "«PHONE:tele164»", "originalCalledPartyNumber": "«PHONE:ext@a»",
                  "finalCalledPartyNumber": "«~park@p»", "lastRedirectDn": "«PHONE:@a»",
                  "callingPartyNumberPartition": "PT_PSTN", "originalCalledPartyNumberPartition": "PT_Lokal",
                  "finalCalledPartyNumberPartition": "PT_Park", "origDeviceName": "SIPTrunk_«trunk»",
                  "destDeviceName": "ParkingLotDevice", "calledPartyPatternUsage": "0",
                  "lastRedirectRedirectOnBehalfOf": "3", "lastRedirectRedirectReason": "8",
                  "finalCalledPartyPattern": "85XX", "origIpv4v6Addr": "«IPV4:ip4»"})
    else:                         # ad hoc conference on a conference bridge
        d.update({"callingPartyNumber": "«PHONE:ext@a»", "callingPartyUnicodeLoginUserID": "«USERNAME:usr»",
                  "originalCalledPartyNumber": "«~confid@b»", "finalCalledPartyNumber": "«~@b»",
                  "callingPartyNumberPartition": "PT_Lokal", "origDeviceName": "SEP«MAC:macbare@m|U»",
                  "destDeviceName": "«cfb»", "joinOnBehalfOf": "4", "destConversationId": "«n6»",
                  "comment": "ConfControllerDn=«PHONE:@a»;ConfControllerDeviceName=SEP«MAC:@m|U»;ConfRequestorDN=«PHONE:ext»;ConfRequestorDeviceName=SEP«MAC:macbare|U»;ConfID=«n4»",
                  "calledPartyPatternUsage": "1", "origIpv4v6Addr": "«IPV4:ip4»"})
    cucm_row(ctx, rec, cols, d)


def cucm_snr(ctx, rec, cols):
    """Single Number Reach: a call to a desk line also rings the person's mobile"""
    d = cucm_base(ctx)
    ctx.memo["u"] = G["usr"](ctx)
    d.update({"callingPartyNumber": "«PHONE:tele164»", "originalCalledPartyNumber": "«PHONE:ext@a»",
              "finalCalledPartyNumber": "«PHONE:mobsedig@m»", "lastRedirectDn": "«PHONE:@a»",
              "callingPartyNumberPartition": "PT_PSTN", "originalCalledPartyNumberPartition": "PT_Lokal",
              "finalCalledPartyNumberPartition": "PT_PSTN", "origDeviceName": "SIPTrunk_«trunk»",
              "destDeviceName": "RDP«USERNAME:@u|U»", "finalMobileCalledPartyNumber": "«PHONE:@m»",
              "destMobileDeviceName": "RDP«USERNAME:@u|U»", "mobileCallType": "2", "destMobileCallDuration": "«dur»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:@u»", "outpulsedCalledPartyNumber": "«PHONE:@m»",
              "calledPartyPatternUsage": "2", "origIpv4v6Addr": "«IPV4:ip4»", "destIpv4v6Addr": "«IPV6:ip6»",
              "finalCalledPartyNumber_uri": "«EMAIL:mail»"})
    cucm_row(ctx, rec, cols, d)


def cucm_attendant(ctx, rec, cols):
    """the switchboard: a CTI route point answers the published number, the
    attendant transfers to a person's line"""
    d = cucm_base(ctx)
    d.update({"callingPartyNumber": "«PHONE:teldial»", "originalCalledPartyNumber": "«~switch@s|d»",
              "finalCalledPartyNumber": "«PHONE:ext@x»", "lastRedirectDn": "«~pilot»",
              "callingPartyNumberPartition": "PT_PSTN", "originalCalledPartyNumberPartition": "PT_Vaxel",
              "finalCalledPartyNumberPartition": "PT_Lokal", "lastRedirectDnPartition": "PT_Vaxel",
              "origDeviceName": "SIPTrunk_«trunk»", "destDeviceName": "SEP«MAC:macbare|U»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:usr»", "lastRedirectRedirectReason": "10",
              "lastRedirectRedirectOnBehalfOf": "4", "origCalledPartyRedirectOnBehalfOf": "4",
              "calledPartyPatternUsage": "2", "originalCalledPartyPattern": "«~@s|d»",
              "finalCalledPartyPattern": "«PHONE:@x»", "lastRedirectingPartyPattern": "CTI_Vaxel",
              "origIpv4v6Addr": "«IPV4:ip4»", "destIpv4v6Addr": "«IPV4:ip4»",
              "authCodeDescription": "", "comment": ""})
    cucm_row(ctx, rec, cols, d)

KG = '<«pri»>«bsd» «host» kong[«pid»]: '
kong = shapes(
    KG + '{"request":{"method":"GET","uri":"/api/v1/kunder?pnr=«PERSONNUMMER:pnr10@p»","url":"https://api.«idom»:8443/api/v1/kunder?pnr=«PERSONNUMMER:@p»","size":«n3»,"querystring":{"pnr":"«PERSONNUMMER:@p»"},"headers":{"host":"api.«idom»","user-agent":"«ua|j»","x-consumer-username":"«USERNAME:usr@u»","x-forwarded-for":"«IPV4:ip4»"}},"client_ip":"«IPV4:ip4»","consumer":{"username":"«USERNAME:@u»","id":"«uuid»","custom_id":"«~empno»"},"response":{"status":200,"size":«bytes»},"latencies":{"kong":«n2»,"proxy":«n3»,"request":«n3»},"started_at":«epochms»,"service":{"name":"kundregister","host":"«host»"}}',
    KG + '{"request":{"method":"POST","uri":"/oauth2/token","size":«n3»,"headers":{"user-agent":"okhttp/4.12.0","content-type":"application/x-www-form-urlencoded"}},"client_ip":"«IPV6:ip6»","authenticated_entity":{"id":"«uuid»"},"response":{"status":401},"started_at":«epochms»,"service":{"name":"auth"}}',
    KG + '{"request":{"method":"PUT","uri":"/api/v1/kontakter/«n6»","headers":{"x-consumer-username":"«~sysacct»"}},"client_ip":"«IPV4:ip4»","response":{"status":204},"request_body":"{\\"mobil\\":\\"«PHONE:tel»\\",\\"epost\\":\\"«EMAIL:privmail»\\",\\"namn\\":\\"«PERSON_NAME:nm»\\"}","started_at":«epochms»}',
)

gelf = shapes(
    '{"version":"1.1","host":"«pc»","short_message":"An account failed to log on.","timestamp":«epoch».«n3»,"level":4,"_EventID":4625,"_Channel":"Security","_TargetUserName":"«USERNAME:usr»","_TargetDomainName":"«nb»","_IpAddress":"«IPV4:ip4»","_IpPort":"«port»","_WorkstationName":"«PERSON_NAME:givenl»-PC","_SubjectUserName":"«pc»$","_LogonType":3,"_Status":"0xC000006D","_SourceName":"Microsoft-Windows-Security-Auditing"}',
    '{"version":"1.1","host":"«pc»","short_message":"A Kerberos authentication ticket (TGT) was requested.","timestamp":«epoch».«n3»,"level":6,"_EventID":4768,"_TargetUserName":"«USERNAME:usr»","_TargetDomainName":"«realm»","_IpAddress":"::ffff:«IPV4:ip4»","_ServiceName":"krbtgt","_TicketEncryptionType":"0x12","_Status":"0x0"}',
    '{"version":"1.1","host":"«host»","short_message":"Användarkontot ändrades.","full_message":"Användarkontot ändrades.\\r\\n\\r\\nÄmne:\\r\\n\\tKontonamn:\\t\\t«USERNAME:usr2»\\r\\n\\r\\nKonto som ändrades:\\r\\n\\tKontonamn:\\t\\t«USERNAME:usr»\\r\\n\\tVisningsnamn:\\t\\t«PERSON_NAME:nm|j»\\r\\n\\tHemtelefon:\\t\\t«PHONE:tel»","timestamp":«epoch»,"level":6,"_EventID":4738,"_Channel":"Security"}',
    '{"version":"1.1","host":"«host»","short_message":"The computer attempted to validate the credentials for an account.","timestamp":«epoch».«n3»,"level":6,"_EventID":4776,"_TargetUserName":"«~sysacct»","_Workstation":"«pc»","_Status":"0x0"}',
)

citas = shapes(
    '{"cita":{"id":"«uuid»","fecha":"«iso»","centro":"Clínica «place»","profesional":{"nombre":"«PERSON_NAME:nm2|j»","usuario":"«USERNAME:usr2»"},"paciente":{"nombre":"«PERSON_NAME:given|j»","apellidos":"«PERSON_NAME:sur|j»","correo":"«EMAIL:privmail»","móvil":"«PHONE:tel»","número_personal":"«PERSONNUMMER:pnr»"},"estado":"confirmada","recordatorio":{"canal":"sms","enviado":true}}}',
    '{"cita":{"id":"«uuid»","fecha":"«iso»","centro":"Clínica «place»","paciente":{"nombre":"«PERSON_NAME:given|j»","apellidos":"«PERSON_NAME:sur|j»","teléfono_fijo":"«PHONE:tel»"},"estado":"cancelada","motivo":"El paciente llamó desde el «PHONE:tel» para anular","modificado_por":"«USERNAME:usr2»"}}',
    '{"cita":{"id":"«uuid»","fecha":"«iso»","centro":"Clínica «place»","paciente":{"nombre_completo":"«PERSON_NAME:nm|j»","número_de_coordinación":"«SAMORDNINGSNUMMER:snr»","móvil":"«PHONE:tel»"},"pagador":{"empresa":"«~product»","nif_sueco":"«ORGNR:org»"},"estado":"pendiente"}}',
    '{"evento":"recordatorio_fallido","cita_id":"«uuid»","destinatario":"«PHONE:tele164»","error":"número no válido","reintentos":«n1»,"centralita":"«~switch»"}',
)

BT = "<«pri»>«bsd» «host» BG[«pid»]:«n4»:01:01:"
beyondtrust = shapes(
    BT + "event=login;site=support.«idom»;status=success;target=web/login;when=«epoch»;who=«PERSON_NAME:nm»(«USERNAME:usr») using password;who_ip=«IPV4:ip4»",
    BT + "event=login;site=support.«idom»;status=failure;reason=invalid credentials;target=rep_client;when=«epoch»;who=«USERNAME:usr» using password;who_ip=«IPV4:ip4»",
    BT + "event=session_start;site=support.«idom»;when=«epoch»;lsid=«h32»;customer_name=«PERSON_NAME:nm2»;customer_ip=«IPV4:ip4»;customer_hostname=«PERSON_NAME:givenl2»s-Latitude;representative=«PERSON_NAME:nm»;rep_username=«USERNAME:usr»;external_key=«~ticket»",
    BT + "event=session_end;site=support.«idom»;when=«epoch»;lsid=«h32»;duration=«dur»;rep_username=«USERNAME:usr»;external_key=«~ticket»",
    BT + "event=file_transfer;site=support.«idom»;when=«epoch»;lsid=«h32»;direction=to_customer;filename=Loneunderlag_«PERSON_NAME:fullus».xlsx;rep_username=«USERNAME:usr»",
)


CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "destDeviceName", "lastRedirectDn", "finalMobileCalledPartyNumber"]

TEMPLATES = [
    ("syslog", "oracle-audit", oracle_audit),
    ("syslog", "courier-imap", courier),
    ("syslog", "sendmail", sendmail),
    ("syslog", "cisco-esa", ironport),
    ("syslog", "cisco-9800-wlc", wlc9800),
    ("syslog", "dnsmasq", dnsmasq),
    ("syslog", "proftpd", proftpd),
    ("syslog", "ribbon-sbc-edge", ribbon),
    ("syslog", "atm-corebank", atm),
    ("syslog", "lenel-onguard", lenel),
    ("syslog", "sap-sal", sapsal),
    ("syslog", "kong-json", kong),
    ("json", "workspace-one", ws1),
    ("json", "46elks", elks),
    ("json", "ringcentral-calllog", rc),
    ("json", "ringcentral-cnam", rc_fix),
    ("json", "dropbox-team-events", dropbox),
    ("json", "successfactors-hr", sfsf),
    ("json", "swish-callbacks", swish),
    ("json", "servicenow", snow),
    ("json", "graylog-gelf", gelf),
    ("json", "citas-es", citas),
    ("kv-cef", "sentinelone-cef", sentinelone),
    ("kv-cef", "mimecast-kv", mimecast),
    ("kv-cef", "vectra-cef", vectra),
    ("kv-cef", "forescout-leef1", forescout),
    ("kv-cef", "mcas-cef", mcas),
    ("kv-cef", "beyondtrust-rs", beyondtrust),
    ("asterisk-cdr", "dahdi-fax-pri", ast_dahdi),
    ("asterisk-cdr", "did-voicemail", ast_vm),
    ("asterisk-cdr", "ivr-queue-chansip", ast_ivr_queue),
    ("freeswitch-cdr", "trunk-inbound", fs_trunk_in),
    ("freeswitch-cdr", "internal-park-conf", fs_internal),
    ("cisco-cucm-cdr", "park-conference", cucm_park_conf),
    ("cisco-cucm-cdr", "snr-mobility", cucm_snr),
    ("cisco-cucm-cdr", "attendant-cti", cucm_attendant),
]
