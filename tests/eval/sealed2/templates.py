"""Templates of the sealed2 split (the fifth pair's kept-aside half).

Never to be read by anyone working on detection. Products and shapes are
other than wild2's (product families are split between the two halves);
written without reading any other split, nor veil's output on these records.
"""
import evallib
from evallib import render, digits, hexs

NEG = evallib.NEG


def shapes(*tpls):
    def f(ctx, rec, cols):
        render(ctx.rng.choice(tpls), ctx, rec)
    return f


G = {}
G["mobileuri"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "SE", "mobile"), c.rng.choice(["e164", "national-digits", "00"]))


def _given_latin(c):
    g = c.person()["given_l"].split(" ")[0].split("-")[0]
    return evallib.fold(g) if c.rng.random() < 0.5 else g


G["givenl"] = _given_latin
G["rsmuser"] = lambda c: evallib.user_base(c, c.person(), keep_diacritics=False)
G["ts25"] = lambda c: f"{evallib.MONTHS[evallib.moment(c).month - 1]} {evallib.moment(c).day:2d} {evallib.moment(c):%H:%M:%S} {evallib.moment(c).year}"
G["wlc"] = lambda c: c.rng.choice(["rsm-wlc02", "rsm-wlc03"])
G["apname"] = lambda c: c.rng.choice(["AP-Plan3-12", "AP-Akuten-04", "AP-Bibl-01", "AP-Kontor-B7"])
G["rsmssid"] = lambda c: c.rng.choice(["RSM-Personal", "RSM-Patient", "eduroam", "OHB-Intern"])
G["role"] = lambda c: c.rng.choice(["employee", "vard-personal", "guest-logon", "contractor"])
G["f5sess"] = lambda c: hexs(c, 8)
G["f5prof"] = lambda c: c.rng.choice(["/Common/ap_vpn", "/Common/ap_owa", "/Common/ap_bank_portal"])
G["sqlreason"] = lambda c: c.rng.choice(["Password did not match that for the login provided.",
                                         "Could not find a login matching the name provided.",
                                         "The account is disabled."])
G["sqldb"] = lambda c: c.rng.choice(["Journal", "Kundregister", "Lon2025", "master"])
G["iisua"] = lambda c: c.rng.choice(["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64;+rv:128.0)+Gecko/20100101+Firefox/128.0",
                                     "Microsoft+Office/16.0+(Windows+NT+10.0;+Microsoft+Outlook+16.0.17928;+Pro)",
                                     "BankID/7.14.0+(Android+14)"])
G["dhcpdate"] = lambda c: f"{evallib.moment(c):%m/%d/%y}"
G["txid"] = lambda c: str(c.rng.randint(10 ** 8, 4 * 10 ** 9))
G["lt"] = lambda c: c.rng.choice(["RSM-LT-", "OHB-PC-", "RSM-VDI-"]) + digits(c.rng, 4)
G["smtpsess"] = lambda c: hexs(c, 16)
G["cxcall"] = lambda c: str(c.rng.randint(100, 99999))
G["yealink"] = lambda c: c.rng.choice(["Man: Yealink;Mod: T54W;Rev: 96.86.0.70", "Man: Fanvil;Mod: X4U;Rev: 2.12.7"])
G["printq"] = lambda c: c.rng.choice(["HP-Plan2-Färg", "RICOH-Akuten", "Canon-Kontor-B"])
G["reader"] = lambda c: c.rng.choice(["Huvudentré In", "Akuten Ut", "Läkemedelsrum 3", "Valv B2"])
G["panel"] = lambda c: "RSM-LNL-0" + str(c.rng.randint(1, 9))
G["lenelbadge"] = lambda c: str(c.rng.randint(100000, 999999))
G["atmtrn"] = lambda c: str(c.rng.randint(1000, 9999))
G["maskedpan"] = lambda c: "************" + digits(c.rng, 4)
G["caseno"] = lambda c: f"CASE-{c.rng.randint(100000, 999999)}"
G["amount"] = lambda c: str(c.rng.choice([200, 500, 1000, 1500, 2500]))
G["graphid"] = lambda c: evallib.uuid4(c)
G["rtcua"] = lambda c: c.rng.choice(["Microsoft Teams/24295.605.3225.8804", "RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.25.0.27"])
G["zsite"] = lambda c: c.rng.choice(["Luleå Sjukhus", "Västerås HK", "Hemarbete"])
G["zcc"] = lambda c: c.rng.choice(["Kst 3310", "Kst 3312", "Ansvar 7100"])
G["empid"] = lambda c: "E" + digits(c.rng, 5)
G["did"] = lambda c: c.rng.choice(["+46920455000", "+46184710000", "+4621 17 50 00"])
G["sinchid"] = lambda c: "01J" + "".join(c.rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))
G["shortcode"] = lambda c: c.rng.choice(["71120", "72550", "OstBank", "RegionSM"])
G["otp"] = lambda c: digits(c.rng, 6)
G["olevent"] = lambda c: str(c.rng.choice([5, 6, 8, 13, 17, 111]))
G["olid"] = lambda c: str(c.rng.randint(10 ** 7, 10 ** 12))
G["olapp"] = lambda c: c.rng.choice(["Cosmic", "Visma Proceedo", "ServiceNow", "Office 365"])
G["hsaid"] = lambda c: "SE2321000032-" + "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
G["fhirdisp"] = lambda c: c.rng.choice(["Patient Record", "Medication", "Lab Result"])
G["wsoneevent"] = lambda c: c.rng.choice(["EnrollmentComplete", "DeviceCompromisedStatusChanged", "DeviceWipeRequested", "MDMEnrollmentComplete"])
G["serialno"] = lambda c: c.rng.choice(["F2L", "DX3", "C02"]) + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
G["udid"] = lambda c: hexs(c, 40)
G["clavrule"] = lambda c: c.rng.choice(["LAN_to_WAN", "VPN_Users_Journal", "Guest_Web", "Drop_All"])
G["clavid"] = lambda c: c.rng.choice(["00600001", "00600004", "06000011"])
G["asmpolicy"] = lambda c: c.rng.choice(["/Common/asm_bank", "/Common/asm_journal"])
G["supportid"] = lambda c: str(c.rng.randint(10 ** 18, 10 ** 19 - 1))
G["fpcat"] = lambda c: str(c.rng.choice([76, 151, 1502, 67]))
G["kscver"] = lambda c: c.rng.choice(["14.2.0.26967", "15.1.0.20748"])
G["virus"] = lambda c: c.rng.choice(["HEUR:Trojan.Win32.Generic", "Exploit.MSOffice.CVE-2017-11882.gen", "not-a-virus:RiskTool.Win32.Miner"])
G["vectraid"] = lambda c: str(c.rng.randint(1000, 99999))
G["uniqueid"] = lambda c: f"{evallib.moment(c).timestamp():.0f}.{c.rng.randint(1, 9999)}"
G["chan"] = lambda c: hexs(c, 8)
G["rgno"] = lambda c: str(c.rng.randint(600, 620))
G["bridge"] = lambda c: c.rng.choice(["8000", "8001", "8050"])
G["faxfile"] = lambda c: f"/var/spool/asterisk/fax/{c.rng.randint(10 ** 9, 2 * 10 ** 9)}.tif"
G["kst"] = lambda c: c.rng.choice(["Kst 3310", "KST-9120", "Projekt 44-17", "Ansvar 7100"])
G["fsivr"] = lambda c: c.rng.choice(["ivr_huvudmeny", "5000", "ivr_akuten"])
G["fshunt"] = lambda c: c.rng.choice(["7700", "7701", "7710"])
G["ucmpkid"] = lambda c: evallib.uuid4(c)
G["epochu"] = lambda c: str(int(evallib.moment(c).timestamp()))
G["epochu2"] = lambda c: str(int(evallib.moment(c).timestamp()) + c.rng.randint(20, 900))
G["huntdn"] = lambda c: c.rng.choice(["71800", "71801", "71850"])
G["vmpilot"] = lambda c: c.rng.choice(["71999", "71990"])
G["umport"] = lambda c: f"CiscoUM{c.rng.randint(1, 2)}-VI{c.rng.randint(1, 24)}"

# ------------------------------------------------------------------ syslog

ARUBA = (
    "<134>«ts25» «wlc» authmgr[«pid»]: <522008> <«pid»> <NOTI> <«wlc» «IPV4:ip4»>  User Authentication Successful: username=«USERNAME:rsmuser» MAC=«MAC:maccolon» IP=«IPV4:ip4» role=«role» VLAN=«int3» AP=«apname» SSID=«rsmssid» AAA profile=RSM-dot1x auth method=802.1x auth server=rsm-nps01",
    "<132>«ts25» «wlc» authmgr[«pid»]: <522006> <«pid»> <WARN> <«wlc» «IPV4:ip4»>  User Authentication Failed. username=«domain»\\«USERNAME:rsmuser» MAC=«MAC:maccolon» IP=«~loopback» auth method=802.1x auth server=rsm-nps01",
    "<134>«ts25» «wlc» stm[«pid»]: <501093> <«pid»> <NOTI> <«wlc» «IPV4:ip4»>  |AP «apname»@«IPV4:ip4» stm|  Auth success: «MAC:maccolon»: AP «IPV4:ip4»-«MAC:maccolon»-«apname»",
    "<134>«ts25» «wlc» authmgr[«pid»]: <522026> <«pid»> <INFO> <«wlc» «IPV4:ip4»>  User «EMAIL:email|l» MAC=«MAC:maccolon» IP=«IPV4:ip4» role=«role» derived from Aruba-User-Role",
    "<134>«ts25» «wlc» authmgr[«pid»]: <522049> <«pid»> <INFO> <«wlc» «IPV4:ip4»>  MAC=«MAC:maccolon» IP=«IPV4:ip4» User entry deleted: reason=idle timeout, name=«PERSON_NAME:givenl»s-Galaxy-S24",
)

F5APM = (
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490500:5: «f5prof»:Common:«f5sess@s»: New session from client IP «IPV4:ip4» (ST=/CC=SE/C=EU) at VIP «IPV4:ip4» Listener /Common/vs_vpn_443 (Reputation=Unknown)",
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490010:5: «f5prof»:Common:«f5sess»: Username '«USERNAME:rsmuser»'",
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490017:5: «f5prof»:Common:«f5sess»: AD agent: Auth (logon attempt:0): authenticate with '«USERNAME:rsmuser»' failed",
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490115:5: «f5prof»:Common:«f5sess»: Following rule 'Successful' from item 'AD Auth' to item 'Resource Assign'",
    "<141>«ts» ohb-f5-01 notice tmm1[«pid»]: 01490549:5: «f5prof»:Common:«f5sess»: Assigned PPP Dynamic IPv4: «IPV4:ip4» ID: 1 Tunnel Type: VPN_TUNNELTYPE_TCP NA Resource: /Common/na_ohb Client IP: «IPV4:ip4»",
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490506:5: «f5prof»:Common:«f5sess»: Received User-Agent header: «~useragent».",
    "<141>«ts» ohb-f5-01 notice apd[«pid»]: 01490102:5: «f5prof»:Common:«f5sess»: Access policy result: Network_Access, session.logon.last.username=«EMAIL:email|l»",
)

MSSQL = (
    "<132>«ts» rsm-sql11 MSSQLSERVER[0]: Login failed for user '«domain»\\«USERNAME:rsmuser»'. Reason: «sqlreason» [CLIENT: «IPV4:ip4»]",
    "<134>«ts» rsm-sql11 MSSQLSERVER[0]: Login succeeded for user '«USERNAME:rsmuser»'. Connection made using SQL Server authentication. [CLIENT: «IPV4:ip4»]",
    "<132>«ts» rsm-sql11 MSSQLSERVER[0]: Error: 18456, Severity: 14, State: 8. Login failed for user '«~sysuser»'. Reason: «sqlreason» [CLIENT: <local machine>]",
    "<134>«ts» rsm-sql12 mysqld: «datetime»,rsm-sql12,«USERNAME:rsmuser»,«IPV4:ip4»,«int4»,«int4»,QUERY,journal,'SELECT * FROM patient WHERE pnr=\\'«PERSONNUMMER:pnr12»\\'',0",
    "<134>«ts» rsm-sql12 mysqld: «datetime»,rsm-sql12,«USERNAME:rsmuser»,«IPV6:ip6»,«int4»,0,FAILED_CONNECT,,,1045",
    "<134>«ts» rsm-sql12 mysqld: «datetime»,rsm-sql12,«USERNAME:rsmuser»,«IPV4:ip4»,«int4»,«int4»,QUERY,kund,'UPDATE kontakt SET telefon=\\'«PHONE:phonese»\\', epost=\\'«EMAIL:email|l»\\' WHERE kundnr=«~int4»',0",
)

IIS = (
    "<134>«ts» rsm-iis02 IIS: «datetime» «IPV4:ip4» GET /ecp/ - 443 «domain»\\«USERNAME:rsmuser» «IPV4:ip4» «iisua» - 200 0 0 «int3»",
    "<134>«ts» rsm-iis02 IIS: «datetime» «IPV4:ip4» POST /Microsoft-Server-ActiveSync/default.eas User=«USERNAME:rsmuser»&DeviceId=«~hash»&DeviceType=iPhone&Cmd=Sync 443 «EMAIL:email|l» «IPV4:ip4» Apple-iPhone15C3/2205.123 - 200 0 0 «int4»",
    "<134>«ts» rsm-iis02 IIS: «datetime» «IPV4:ip4» GET /rapporter/export.aspx kund=«PERSONNUMMER:pnr10»&format=pdf 443 «USERNAME:rsmuser» «IPV6:ip6» «iisua» https://intra.sormark.se/ 200 0 0 «int4»",
    "<134>«ts» rsm-iis02 IIS: «datetime» «IPV4:ip4» GET /Citrix/StoreWeb/ - 443 - «IPV4:ip4» «iisua» - 401 2 5 «int2»",
)

WINDHCP = (
    "<134>«ts» rsm-dhcp01 DhcpSrvLog: 10,«dhcpdate»,«time»,Assign,«IPV4:ip4»,«lt».region.sormark.se,«MAC:macbare|U»,,«txid»,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
    "<134>«ts» rsm-dhcp01 DhcpSrvLog: 11,«dhcpdate»,«time»,Renew,«IPV4:ip4»,«PERSON_NAME:givenl»s-iPhone,«MAC:macbare|U»,,«txid»,0,,,,,,,,,0",
    "<134>«ts» rsm-dhcp01 DhcpSrvLog: 12,«dhcpdate»,«time»,Release,«IPV4:ip4»,«lt».region.sormark.se,«MAC:macbare|U»,,«txid»,0,,,,,,,,,0",
    "<134>«ts» rsm-dhcp01 DhcpSrvLog: 30,«dhcpdate»,«time»,DNS Update Request,«IPV4:ip4»,«lt».region.sormark.se,,,0,6,,,,,,,,,0",
    "<134>«ts» rsm-dhcp01 DhcpSrvLog: 11,«dhcpdate»,«time»,Renew,«IPV4:ip4»,android-«hex16»,«MAC:macbare|U»,,«txid»,0,,,,0x616E64726F69642D646863702D3134,android-dhcp-14,,,,0",
)

SMTPD = (
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» smtp connected address=«IPV4:ip4» host=«fqdn»",
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» smtp authentication user=«EMAIL:email|l» result=ok",
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» smtp authentication user=«USERNAME:rsmuser» result=permfail",
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» mda delivery evpid=«hex16» from=<«EMAIL:email2|l»> to=<«EMAIL:email|l»> rcpt=<-> user=«USERNAME:rsmuser» delay=0s result=Ok stat=Delivered",
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» smtp failed-command command=\"RCPT TO:<«EMAIL:email|l»>\" result=\"550 Invalid recipient\"",
    "<22>«ts» rsm-mx01 smtpd[«pid»]: «smtpsess» mta delivery evpid=«hex16» from=<noreply@sormark.se> to=<«EMAIL:email|l»> rcpt=<-> source=\"«IPV4:ip4»\" relay=\"«IPV4:ip4» (mx.gmx.net)\" delay=1s result=\"Ok\" stat=\"250 2.0.0 OK\"",
)

THREECX = (
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|Call(C:«cxcall»): Incoming call from Ext.«PHONE:ext» to <sip:«PHONE:phoneuri»@«IPV4:ip4»:5060>",
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|Call(C:«cxcall»): Incoming call from \"«PERSON_NAME:fullname»\"<sip:«PHONE:e164»@sip.telia.se> to <sip:«~did»@«IPV4:ip4»>",
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|Call(C:«cxcall»): Ext.«PHONE:ext»:«int2» has joined, contact <sip:«PHONE:ext@e»@«IPV4:ip4»:5060;rinstance=«hex16»>",
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|[CM505001]: Ext.«PHONE:ext»: Device info: Device Identified: [«yealink»] Capabilities:[reinvite=1, replaces=1, opus=1]",
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|[CM503020]: Call(C:«cxcall»): Normal call termination. Call originator: Ext.«PHONE:ext». Reason: Call is terminated due to «PERSON_NAME:fullname» hung up",
    "<134>«ts» rsm-3cx 3CXPhoneSystem: «datetime».«int3»|Call(C:«cxcall»): Calling T:Line:10000>>«PHONE:phoneuri»@[Dev:sip:«~did|d»@sip.telia.se:5060] for Ext.«PHONE:ext»",
)

PRINTSVC = (
    "<134>«ts» rsm-print02 Microsoft-Windows-PrintService[«pid»]: 307: Document «int3», Microsoft Word - Remiss «PERSON_NAME:fullname».docx owned by «USERNAME:rsmuser» on \\\\«lt» was printed on «printq» through port «IPV4:ip4».  Size in bytes: «bytes». Pages printed: «int2». No user action is required.",
    "<134>«ts» rsm-print02 Microsoft-Windows-PrintService[«pid»]: 307: Document «int3», Print Document owned by «USERNAME:rsmuser» on \\\\«IPV4:ip4» was printed on «printq» through port IP_«IPV4:ip4».  Size in bytes: «bytes». Pages printed: «int2». No user action is required.",
)

LENEL = (
    "<134>«ts» rsm-lnl01 OnGuard: Access Granted, Badge: «BADGE:lenelbadge», Cardholder: «PERSON_NAME:surname», «PERSON_NAME:given», Reader: «reader», Panel: «panel»",
    "<132>«ts» rsm-lnl01 OnGuard: Access Denied - Invalid Badge, Badge: «BADGE:lenelbadge», Reader: «reader», Panel: «panel»",
    "<134>«ts» rsm-lnl01 OnGuard: Badge «BADGE:lenelbadge» assigned to «PERSON_NAME:fullname» (Employee ID «~empid», dept «~kst») by operator «USERNAME:user2»",
)

BANK = (
    "<134>«ts» ohb-core3 kundtjanst: Handläggare «USERNAME:rsmuser» öppnade kund «PERSONNUMMER:pnr» («PERSON_NAME:name2»), «~caseno»",
    "<134>«ts» ohb-core3 kundtjanst: Swish-nummer «PHONE:mobilese» kopplat till kund «PERSONNUMMER:pnr12» av «USERNAME:rsmuser» från «IPV4:ip4»",
    "<134>«ts» ohb-core3 kundtjanst: Företagskund org.nr «ORGNR:orgnr», firmatecknare «PERSON_NAME:fullname2», tel «PHONE:phone»",
    "<134>«ts» ohb-atm-0412 ATMJ: «datetime» TRN «atmtrn» KORT «maskedpan» UTTAG «amount» SEK GODKÄND",
    "<134>«ts» ohb-core3 kundtjanst: Benutzer «USERNAME:rsmuser» hat Kunde «PERSON_NAME:fullname2» (Tel. «PHONE:phone») aufgerufen, Vorgang «~caseno»",
    "<134>«ts» ohb-core3 kundtjanst: Ogiltigt samordningsnummer «~badsnr» avvisat, inmatat av «USERNAME:rsmuser»",
    "<134>«ts» ohb-core3 kundtjanst: Samordningsnummer «SAMORDNINGSNUMMER:snr» verifierat mot SPAR för «PERSON_NAME:fullname2»",
)

# ------------------------------------------------------------------ json

TEAMS = (
    '{"@odata.type":"#microsoft.graph.callRecords.callRecord","version":1,"type":"peerToPeer","modalities":["audio"],'
    '"lastModifiedDateTime":"«iso»","startDateTime":"«iso»","endDateTime":"«iso»","id":"«graphid»",'
    '"organizer":{"user":{"id":"«graphid»","displayName":"«PERSON_NAME:fullname|j»","tenantId":"«graphid»"}},'
    '"participants":[{"user":{"id":"«graphid»","displayName":"«PERSON_NAME:fullname|j»","tenantId":"«graphid»"}},'
    '{"phone":{"id":"«PHONE:e164»","displayName":null}}],"sessions":[{"id":"«graphid»","caller":{"@odata.type":'
    '"#microsoft.graph.callRecords.participantEndpoint","identity":{"user":{"id":"«graphid»","displayName":"«PERSON_NAME:fullname|j»"}},'
    '"userAgent":{"headerValue":"«rtcua»","platform":"windows","productFamily":"teams"}},"callee":{"@odata.type":'
    '"#microsoft.graph.callRecords.participantEndpoint","identity":{"phone":{"id":"«PHONE:e164»"}}},'
    '"segments":[{"media":[{"label":"main-audio","callerNetwork":{"ipAddress":"«IPV4:ip4»","subnet":"«IPV4:ip4»",'
    '"macAddress":"«MAC:macdash»","wifiBand":"frequency50GHz"},"calleeNetwork":{"ipAddress":"«IPV4:ip4»"}}]}]}]}',
    '{"id":"«graphid»","callId":"«graphid»","userId":"«graphid»","userPrincipalName":"«EMAIL:email|j»",'
    '"userDisplayName":"«PERSON_NAME:fullname|j»","startDateTime":"«iso»","endDateTime":"«iso»","duration":«dur»,"charge":0.0,'
    '"callType":"user_out","currency":"SEK","calleeNumber":"«PHONE:e164»","usageCountryCode":"SE","tenantCountryCode":"SE",'
    '"connectionCharge":0.0,"callerNumber":"«~did»","destinationContext":null,"destinationName":"Sweden","conferenceId":null,'
    '"licenseCapability":"MCOPSTNEAU2","inventoryType":"Subscriber","operator":"Microsoft","callDurationSource":"microsoft"}',
    '{"id":"«graphid»","callId":"«graphid»","userId":"«graphid»","userPrincipalName":"«EMAIL:email|j»",'
    '"userDisplayName":"«PERSON_NAME:fullname|j»","startDateTime":"«iso»","endDateTime":"«iso»","duration":«dur»,'
    '"callType":"emergency_call","calleeNumber":"«~svc»","callerNumber":"«PHONE:e164»","usageCountryCode":"SE"}',
)

ZOOMPHONE = (
    '{"event":"phone.callee_call_log_completed","payload":{"account_id":"«rand20»","object":{"call_logs":[{"id":"«graphid»",'
    '"call_id":"«~bignum»","direction":"inbound","international":false,"start_time":"«iso0»","answer_time":"«iso0»",'
    '"end_time":"«iso0»","duration":«dur»,"connect_type":"external","caller_number":"«PHONE:e164»","caller_number_type":"pstn",'
    '"caller_name":"«PERSON_NAME:fullname2|j»","caller_country_iso_code":"SE","callee_ext_number":"«PHONE:ext»",'
    '"callee_name":"«PERSON_NAME:fullname|j»","callee_email":"«EMAIL:email|j»","callee_did_number":"«~did»",'
    '"callee_device_private_ip":"«IPV4:ip4»","callee_device_public_ip":"«IPV4:ip4»","callee_cost_center":"«~zcc»",'
    '"callee_employee_id":"«~empid»","site_name":"«zsite»"}]}}}',
    '{"event":"phone.caller_call_log_completed","payload":{"account_id":"«rand20»","object":{"call_logs":[{"id":"«graphid»",'
    '"direction":"outbound","start_time":"«iso0»","duration":«dur»,"caller_ext_number":"«PHONE:ext»","caller_name":"«PERSON_NAME:fullname|j»",'
    '"caller_email":"«EMAIL:email|j»","caller_did_number":"«~did»","caller_device_type":"Polycom VVX 450","caller_device_private_ip":"«IPV4:ip4»",'
    '"callee_number":"«PHONE:phonenat»","callee_number_type":"pstn","callee_country_iso_code":"SE","callee_name":"«PERSON_NAME:fullname2|j»",'
    '"recording_url":"https://zoom.us/recording/«hex16»","site_name":"«zsite»"}]}}}',
    '{"event":"phone.callee_missed","payload":{"object":{"id":"«graphid»","caller":{"phone_number":"«PHONE:e164»","name":"«PERSON_NAME:fullname2|j»",'
    '"connection_type":"pstn_off_net"},"callee":{"extension_number":"«PHONE:ext»","user_id":"«rand20»","phone_number":"«~did»",'
    '"timezone":"Europe/Stockholm"},"ringing_start_time":"«iso0»","call_end_time":"«iso0»","forwarded_by":{"extension_number":"«~huntdn»",'
    '"extension_type":"callQueue","name":"Växel Luleå"}}}}',
)

SINCH = (
    '{"id":"«sinchid»","from":"«PHONE:phonenum»","to":"«~shortcode»","body":"STOPP","type":"mo_text","received_at":"«iso»",'
    '"operator_id":"«~int4»"}',
    '{"type":"recipient_delivery_report_sms","batch_id":"«sinchid»","recipient":"«PHONE:phonenum»","code":0,"status":"Delivered",'
    '"at":"«iso»","operator_status_at":"«iso»","client_reference":"«~caseno»"}',
    '{"id":"«sinchid»","to":["«PHONE:phonenum»","«PHONE:phonenum»"],"from":"«~shortcode»","body":"Din engångskod är «~otp». Ge aldrig koden till någon.",'
    '"type":"mt_text","created_at":"«iso»","canceled":false,"delivery_report":"per_recipient"}',
    '{"id":"«sinchid»","from":"«PHONE:phonenum»","to":"«~shortcode»","body":"Hej! Jag heter «PERSON_NAME:fullname|j» och vill ändra min tid, mitt personnummer är «PERSONNUMMER:pnr|j»",'
    '"type":"mo_text","received_at":"«iso»"}',
)

ONELOGIN = (
    '{"id":«~olid»,"created_at":"«iso»","account_id":«~int4»,"user_id":«~olid»,"event_type_id":«olevent»,"notes":null,'
    '"ipaddr":"«IPV4:ip4»","actor_user_id":«~olid»,"app_id":«int4»,"actor_system":"","app_name":"«olapp»",'
    '"actor_user_name":"«PERSON_NAME:fullname|j»","user_name":"«PERSON_NAME:fullname|j»","policy_name":"Default MFA",'
    '"login_name":"«EMAIL:email|j»","risk_score":«int2»,"client_id":null,"error_description":null}',
    '{"id":«~olid»,"created_at":"«iso»","event_type_id":13,"ipaddr":"«IPV6:ip6»","actor_user_name":"«PERSON_NAME:fullname2|j»",'
    '"user_name":"«PERSON_NAME:fullname|j»","notes":"Changed phone from «PHONE:phone|j» to «PHONE:phone|j»","role_name":"Vård",'
    '"directory_id":null,"login_name":"«USERNAME:rsmuser»"}',
)

FHIR = (
    '{"resourceType":"AuditEvent","id":"«graphid»","type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110",'
    '"display":"«fhirdisp»"},"subtype":[{"system":"http://hl7.org/fhir/restful-interaction","code":"read"}],"action":"R",'
    '"recorded":"«iso»","outcome":"0","agent":[{"who":{"identifier":{"system":"urn:oid:1.2.752.29.4.19","value":"«~hsaid»"},'
    '"display":"«PERSON_NAME:fullname|j»"},"altId":"«USERNAME:rsmuser»","requestor":true,"network":{"address":"«IPV4:ip4»","type":"2"}},'
    '{"who":{"identifier":{"system":"urn:oid:2.5.4.97","value":"«ORGNR:orgnr»"},"display":"Region Sörmark"},"requestor":false}],'
    '"source":{"observer":{"display":"Cosmic"}},"entity":[{"what":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.3.1",'
    '"value":"«PERSONNUMMER:pnr12»"}},"name":"«PERSON_NAME:fullname2|j»"}]}',
    '{"resourceType":"AuditEvent","id":"«graphid»","type":{"code":"rest","display":"RESTful Operation"},"action":"U",'
    '"recorded":"«iso»","outcome":"0","agent":[{"who":{"display":"«PERSON_NAME:fullname|j»"},"altId":"«domain»\\\\«USERNAME:rsmuser»",'
    '"requestor":true,"network":{"address":"«IPV6:ip6»","type":"2"}}],"entity":[{"what":{"identifier":{"system":'
    '"urn:oid:1.2.752.129.2.1.3.3","value":"«SAMORDNINGSNUMMER:snr»"}},"detail":[{"type":"telecom","valueString":"«PHONE:phone|j»"}]}]}',
    '{"resourceType":"AuditEvent","id":"«graphid»","action":"E","recorded":"«iso»","outcome":"4","outcomeDesc":"Spärr: patienten har spärrat journal",'
    '"agent":[{"who":{"identifier":{"value":"«~hsaid»"},"display":"«PERSON_NAME:fullname|j»"},"requestor":true}],'
    '"entity":[{"what":{"identifier":{"value":"«~badpnr»"}}}]}',
)

WSONE = (
    '{"EventId":«~int4»,"EventType":"«wsoneevent»","DeviceId":«int4»,"DeviceFriendlyName":"«PERSON_NAME:fullname|j» iPhone iOS 18.1 «serialno»",'
    '"EnrollmentEmailAddress":"«EMAIL:email|j»","EnrollmentUserName":"«USERNAME:rsmuser»","EventTime":"«iso»","CompromisedStatus":false,'
    '"SerialNumber":"«serialno»","MACAddress":"«MAC:macbare|U»","Imei":"«IMEI:imeiplain»","PhoneNumber":"«PHONE:e164»","Udid":"«udid»"}',
    '{"EventId":«~int4»,"EventType":"DeviceOperatingSystemChanged","DeviceId":«int4»,"DeviceFriendlyName":"«USERNAME:rsmuser» Android 14 «serialno»",'
    '"EnrollmentUserName":"«USERNAME:rsmuser»","EventTime":"«iso»","Imei":"«IMEI:imei»","Imsi":"«IMSI:imsi»","SimCardNumber":"8946«~bignum»",'
    '"OperatingSystem":"14.0.0","PreviousOperatingSystem":"13.0.0"}',
    '{"EventId":«~int4»,"EventType":"DeviceWipeRequested","DeviceId":«int4»,"EnrollmentUserName":"«USERNAME:rsmuser»","Imei":"«~badimei»",'
    '"RequestedBy":"«USERNAME:user2»","Reason":"Förlorad enhet, anmäld av «PERSON_NAME:fullname|j» på «PHONE:phone|j»","EventTime":"«iso»"}',
)

# ------------------------------------------------------------------ kv-cef

CLAVISTER = (
    "[«datetime»] EFW: USERAUTH: prio=2 id=03700001 rev=1 event=user_login action=none authsystem=HTTP username=«USERNAME:rsmuser» userdb=AD-Sormark server_ip=«IPV4:ip4» server_port=443 client_ip=«IPV4:ip4» client_port=«port» realm=Anstallda",
    "[«datetime»] EFW: USERAUTH: prio=3 id=03700008 rev=2 event=bad_user_credentials action=none username=«USERNAME:rsmuser» userdb=AD-Sormark client_ip=«IPV4:ip4» reason=\"Invalid password\"",
    "[«datetime»] EFW: CONN: prio=1 id=«clavid» rev=1 event=conn_open action=allow rule=«clavrule» conn=open connipproto=TCP connrecvif=lan connsrcip=«IPV4:ip4» connsrcport=«port» conndestif=wan conndestip=«IPV4:ip4» conndestport=443 origsent=«int4» termsent=«int4» srcusername=«USERNAME:rsmuser»",
    "[«datetime»] EFW: DHCPSERVER: prio=1 id=05200001 rev=1 event=lease_granted action=none client_ip=«IPV4:ip4» client_hw=«MAC:macdash» client_hostname=«PERSON_NAME:givenl»s-Pixel recvif=lan",
    "[«datetime»] EFW: SSLVPN: prio=2 id=08100002 rev=1 event=client_connected action=none username=«EMAIL:email|l» client_ip=«IPV6:ip6» assigned_ip=«IPV4:ip4»",
)

F5ASM = (
    "CEF:0|F5|ASM|17.1.0|200021010|HTTP protocol compliance failed|5|dvchost=ohb-f5-01 dvc=«IPV4:ip4» cs1=«asmpolicy» cs1Label=policy_name cs2=/Common/vs_bank cs2Label=http_class_name deviceCustomDate1=«iso0» deviceCustomDate1Label=policy_apply_date externalId=«~supportid» act=blocked cn1=0 cn1Label=response_code src=«IPV4:ip4» spt=«port» dst=«IPV4:ip4» dpt=443 requestMethod=POST app=HTTPS cs5=«IPV4:ip4» cs5Label=x_forwarded_for_header_value rt=«epochms» deviceExternalId=0 cs4=HTTP Parser Attack cs4Label=attack_type cs6=SE cs6Label=geo_location c6a2=«IPV6:ip6» c6a2Label=source_address suser=«USERNAME:rsmuser» request=/bank/konto/betalningar",
    "CEF:0|F5|ASM|17.1.0|200000097|Brute Force: Maximum login attempts are exceeded|7|dvchost=ohb-f5-01 dvc=«IPV4:ip4» cs1=«asmpolicy» cs1Label=policy_name externalId=«~supportid» act=alerted src=«IPV4:ip4» spt=«port» dst=«IPV4:ip4» dpt=443 requestMethod=POST rt=«epochms» suser=«EMAIL:email|c» request=/login?pnr\\=«PERSONNUMMER:pnr10|c» cs6=DE cs6Label=geo_location",
    "CEF:0|F5|ASM|17.1.0|200101559|Illegal meta character in value|4|dvchost=ohb-f5-01 cs1=«asmpolicy» cs1Label=policy_name externalId=«~supportid» act=passed src=«IPV4:ip4» spt=«port» dst=«IPV4:ip4» dpt=443 requestMethod=GET request=/mobile/oversikt?tel\\=«PHONE:mobilese|c» suser=N/A",
)

FORCEPOINT = (
    "LEEF:2.0|Forcepoint|Security|8.5.5|transaction:permitted|^|sev=1^cat=«fpcat»^devTime=«datetime»^devTimeFormat=yyyy-MM-dd HH:mm:ss^src=«IPV4:ip4»^dst=«IPV4:ip4»^dstPort=443^usrName=WinNT://«domain»/«USERNAME:rsmuser»^loginID=«USERNAME:rsmuser»^action=permitted^url=https://www.1177.se/^userAgent=«~useragent»",
    "LEEF:2.0|Forcepoint|Security|8.5.5|transaction:blocked|^|sev=7^cat=«fpcat»^devTime=«datetime»^devTimeFormat=yyyy-MM-dd HH:mm:ss^src=«IPV4:ip4»^dst=«IPV4:ip4»^dstPort=80^usrName=LDAP://rsm-dc01 OU=Vard,DC=region,DC=sormark,DC=se/«PERSON_NAME:surname», «PERSON_NAME:given»^action=blocked^url=http://free-streams.example/^file=",
    "LEEF:2.0|Forcepoint|Security|8.5.5|transaction:permitted|^|sev=1^cat=«fpcat»^devTime=«datetime»^src=«IPV6:ip6»^dst=«IPV4:ip4»^usrName=«EMAIL:email»^url=https://forms.sormark.se/anmalan?namn=«PERSON_NAME:fullname»&mobil=«PHONE:mobileuri»",
)

KASPERSKY = (
    "CEF:0|KasperskyLab|SecurityCenter|«kscver»|GNRL_EV_VIRUS_FOUND|Malicious object detected|4|msg=Object: C:\\\\Users\\\\«USERNAME:rsmuser»\\\\Downloads\\\\faktura_2025.zip rt=«epochms» cs9=Managed devices/Vård cs9Label=GroupName dhost=«lt» dst=«IPV4:ip4» cs2=KES cs2Label=ProductName cs3=12.7.0.0 cs3Label=ProductVersion cs1=«virus» cs1Label=VirusName duser=«domain»\\\\«USERNAME:rsmuser»",
    "CEF:0|KasperskyLab|SecurityCenter|«kscver»|KLNAG_EV_DEVCTRL_DEV_BLOCKED|Device blocked|3|msg=USB mass storage Kingston DataTraveler blocked for user «domain»\\\\«USERNAME:rsmuser» rt=«epochms» dhost=«lt» dst=«IPV4:ip4» duser=«domain»\\\\«USERNAME:rsmuser» cs4=«MAC:maccolon» cs4Label=MACAddress",
)

VECTRA = (
    "CEF:0|Vectra Networks|X Series|7.6|hsc|Host Score Change|3|externalId=«vectraid» cat=HOST SCORING dvc=«IPV4:ip4» dvchost=vectra-brain shost=«lt» src=«IPV4:ip4» flexNumber1Label=threat flexNumber1=«int2» flexNumber2Label=certainty flexNumber2=«int2» privilege=3 cs4Label=Vectra Event URL cs4=https://vectra.ohb.local/hosts/«vectraid» start=«epochms» end=«epochms»",
    "CEF:0|Vectra Networks|X Series|7.6|asc|Account Score Change|5|externalId=«vectraid» cat=ACCOUNT SCORING dvc=«IPV4:ip4» dvchost=vectra-brain suser=«EMAIL:email|c» flexNumber1Label=threat flexNumber1=«int2» flexNumber2Label=certainty flexNumber2=«int2» cs4Label=Vectra Event URL cs4=https://vectra.ohb.local/accounts/«vectraid»",
    "CEF:0|Vectra Networks|X Series|7.6|kerberos_brute_sweep|Kerberos Brute-Sweep|7|externalId=«vectraid» cat=RECONNAISSANCE dvc=«IPV4:ip4» shost=«PERSON_NAME:givenl»s-Laptop src=«IPV4:ip4» suser=«USERNAME:rsmuser»@«realm» dst=«IPV4:ip4» dhost=rsm-dc01",
)

# ------------------------------------------------------------------ asterisk-cdr

AST_TAIL = '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"ANSWERED","DOCUMENTATION","«uniqueid»"'
AST_RING = (
    '"","«PHONE:phonenat@c»","«~rgno@g»","ext-group","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","PJSIP/telenor-«chan»","PJSIP/«PHONE:ext@a»-«chan»","Dial","PJSIP/«PHONE:@a»&PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»,25,tr",' + AST_TAIL + ',"rg«@g»"',
    '"«~kst»","«PHONE:e164@c»","«~rgno@g»","ext-group","""«PHONE:@c»"" <«PHONE:@c»>","SIP/telenor-«chan»","","Dial","SIP/«PHONE:ext»&SIP/«PHONE:ext»,25,tr","«datetime»","","«datetime3»",«dur»,0,"NO ANSWER","DOCUMENTATION","«uniqueid»",""',
    '"","«PHONE:ext@a»","«PHONE:ext@b»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","SIP/«PHONE:@a»-«chan»","SIP/«PHONE:@b»-«chan»","Dial","SIP/«PHONE:@b»,20,Tt",' + AST_TAIL + ',""',
)
AST_CONF = (
    '"","«PHONE:ext@a»","«~bridge@b»","ext-meetme","""«PERSON_NAME:fullname|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","","ConfBridge","«@b»,rsm_bridge,rsm_user",' + AST_TAIL + ',""',
    '"","«PHONE:phonenat@c»","«~bridge@b»","ext-meetme","""«PERSON_NAME:name|q»"" <«PHONE:@c»>","PJSIP/telenor-«chan»","","MeetMe","«@b»,dMI",' + AST_TAIL + ',"pin-ok"',
    '"«BADGE:badge»","«PHONE:ext@a»","«~bridge@b»","ext-meetme","""«PHONE:@a»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","","ConfBridge","«@b»",' + AST_TAIL + ',""',
)
AST_DISA = (
    '"","«PHONE:phonenat@c»","s","disa","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","DAHDI/1-1","","DISA","no-password,from-internal",' + AST_TAIL + ',""',
    '"","«PHONE:e164@c»","«PHONE:phoneuri@o»","callback","""«PHONE:@c»"" <«PHONE:@c»>","Local/«PHONE:@c|d»@callback-«chan»;2","DAHDI/g0-«chan»","Dial","DAHDI/g0/«PHONE:@o»,60,T",' + AST_TAIL + ',"callback for «PHONE:@c»"',
    '"","«PHONE:ext@a»","«~svc|d»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","DAHDI/g0-«chan»","Dial","DAHDI/g0/«~svc|d»,,",' + AST_TAIL + ',""',
)
AST_FAXVM = (
    '"","«PHONE:phonenat@c»","«~did|d»","ext-fax","""«PHONE:@c»"" <«PHONE:@c»>","PJSIP/telenor-«chan»","","ReceiveFAX","«faxfile»,f",' + AST_TAIL + ',"fax-pages=«int2»"',
    '"","«PHONE:phonenat@c»","«PHONE:ext@a»","ext-local","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","PJSIP/telenor-«chan»","","VoiceMail","«PHONE:@a»@default,u",' + AST_TAIL + ',""',
    '"","«PHONE:ext@a»","*98","app-vmmain","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","","VoiceMailMain","",' + AST_TAIL + ',""',
)

# ------------------------------------------------------------------ freeswitch-cdr

FS_TAIL = '"«datetime»","«datetime2»","«datetime3»","«dur»","«dur»","NORMAL_CLEARING","«uuid»","«uuid»"'
FS_IVR = (
    '"«PERSON_NAME:fullname|q»","«PHONE:e164»","«~fsivr»","public",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PHONE:phonenat@c»","«PHONE:@c»","«~fsivr»","public",' + FS_TAIL + ',"«~kst»","PCMU","PCMU"',
    '"Anonymous","0000000000","«~fsivr»","public","«datetime»","","«datetime2»","«dur»","0","NO_ANSWER","«uuid»","","","PCMA","PCMA"',
)
FS_HUNT = (
    '"«PERSON_NAME:name|q»","«PHONE:phonenat»","«~fshunt»","public",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«PHONE:ext»","default",' + FS_TAIL + ',"«BADGE:badge»","G722","G722"',
    '"«PHONE:ext@a»","«PHONE:@a»","«PHONE:mobileuri»","default",' + FS_TAIL + ',"«~kst»","PCMA","PCMA"',
)
FS_VM = (
    '"«PERSON_NAME:fullname|q»","«PHONE:ext@a»","*98","default",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:name|q»","«PHONE:e164»","vm-«PHONE:ext»","public",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«~svc|d»","default",' + FS_TAIL + ',"","PCMA","PCMA"',
)

# ------------------------------------------------------------------ cisco-cucm-cdr

UCM_STR = ("Number", "Name", "uri", "Partition", "LoginUserID", "comment", "authCodeDescription",
           "clientMatterCode", "authorizationCodeValue", "Ipv4v6Addr", "huntPilotDN", "lastRedirectDn",
           "Pattern", "ICID", "IOI", "pkid", "outpulsed", "ClusterID", "ProtocolCallRef")


def ucm_is_str(col):
    return col != "calledPartyPatternUsage" and any(k in col for k in UCM_STR)


def ucm_row(ctx, rec, cols, cells):
    for i, col in enumerate(cols):
        if i:
            rec.text(",")
        v = cells.get(col)
        if v is None:
            rec.text('""' if ucm_is_str(col) else "0")
        elif ucm_is_str(col):
            rec.text('"')
            render(v, ctx, rec)
            rec.text('"')
        else:
            render(v, ctx, rec)


def ucm_base(ctx):
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(ctx.rng.randint(1, 4)),
            "globalCallID_callId": str(ctx.rng.randint(100000, 9999999)),
            "origLegCallIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "dateTimeOrigination": "«epochu»", "dateTimeConnect": "«epochu»", "dateTimeDisconnect": "«epochu2»",
            "origNodeId": "1", "destNodeId": "4", "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
            "origMediaTransportAddress_IP": "«IPV4:ip4int»", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
            "origMediaTransportAddress_Port": "«port»", "destMediaTransportAddress_Port": "«port»",
            "origMediaCap_payloadCapability": "2", "destMediaCap_payloadCapability": "2",
            "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
            "pkid": "«ucmpkid»", "duration": "«dur»", "origCause_value": "16", "destCause_value": "0",
            "globalCallId_ClusterID": "RSM-CL1", "origPrecedenceLevel": "4", "destPrecedenceLevel": "4",
            "callingPartyNumberPartition": "RSM_Intern_PT", "originalCalledPartyNumberPartition": "RSM_Intern_PT",
            "finalCalledPartyNumberPartition": "RSM_Intern_PT", "calledPartyPatternUsage": "2",
            "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64"}


def ucm_sep():
    return "SEP«MAC:macbare»"


def ucm_hunt(ctx, rec, cols):
    c = ucm_base(ctx)
    c.update({"callingPartyNumber": "«PHONE:e164»", "callingPartyNumberPartition": "RSM_PSTN_In_PT",
              "origDeviceName": "SIP_Telenor_Trunk", "origIpv4v6Addr": "«IPV4:ip4»",
              "originalCalledPartyNumber": "«~huntdn@h»", "finalCalledPartyNumber": "«PHONE:ext»",
              "huntPilotDN": "«~@h»", "huntPilotPartition": "RSM_Hunt_PT", "huntPilotPattern": "«~@h»",
              "calledPartyPatternUsage": "7", "lastRedirectDn": "«~@h»", "destDeviceName": ucm_sep(),
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:rsmuser»", "wasCallQueued": "1",
              "totalWaitTimeInQueue": str(ctx.rng.randint(1, 400)), "destIpv4v6Addr": "«IPV4:ip4»",
              "lastRedirectRedirectOnBehalfOf": "27", "lastRedirectRedirectReason": "1"})
    ucm_row(ctx, rec, cols, c)


def ucm_voicemail(ctx, rec, cols):
    c = ucm_base(ctx)
    c.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyUnicodeLoginUserID": "«USERNAME:user2»",
              "origDeviceName": ucm_sep(), "origIpv4v6Addr": "«IPV4:ip4»",
              "originalCalledPartyNumber": "«PHONE:ext@b»", "lastRedirectDn": "«PHONE:@b»",
              "finalCalledPartyNumber": "«~vmpilot»", "destDeviceName": "«umport»", "calledPartyPatternUsage": "8",
              "origCalledPartyRedirectReason": "2", "lastRedirectRedirectReason": "2",
              "origCalledPartyRedirectOnBehalfOf": "5", "lastRedirectRedirectOnBehalfOf": "5",
              "finalCalledPartyNumberPartition": "RSM_VM_PT", "originalCalledPartyNumber_uri": "«EMAIL:email»"})
    if ctx.rng.random() < 0.5:
        c.update({"callingPartyNumber": "«PHONE:phonenat»", "callingPartyUnicodeLoginUserID": "",
                  "origDeviceName": "SIP_Telenor_Trunk", "callingPartyNumberPartition": "RSM_PSTN_In_PT"})
    ucm_row(ctx, rec, cols, c)


def ucm_mobility(ctx, rec, cols):
    c = ucm_base(ctx)
    c.update({"callingPartyNumber": "«PHONE:phonenat»", "callingPartyNumberPartition": "RSM_PSTN_In_PT",
              "origDeviceName": "SIP_Telenor_Trunk", "origIpv4v6Addr": "«IPV4:ip4»",
              "originalCalledPartyNumber": "«PHONE:ext@a»", "finalCalledPartyNumber": "«PHONE:mobileuri»",
              "lastRedirectDn": "«PHONE:@a»", "destDeviceName": "RDP«USERNAME:rsmuser|U»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:rsmuser»",
              "finalMobileCalledPartyNumber": "«PHONE:e164»", "destMobileDeviceName": "RDP«USERNAME:rsmuser|U»",
              "mobileCallType": "4", "destMobileCallDuration": "«dur»", "outpulsedCalledPartyNumber": "«PHONE:e164»",
              "calledPartyPatternUsage": "5", "destIpv4v6Addr": "«IPV4:ip4»", "authCodeDescription": "",
              "finalCalledPartyNumber_uri": "«EMAIL:email»"})
    if ctx.rng.random() < 0.4:  # a Jabber on a tablet, dialling out with a forced authorization code
        c.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyNumberPartition": "RSM_Intern_PT",
                  "origDeviceName": "TAB«USERNAME:rsmuser|U»", "callingPartyUnicodeLoginUserID": "«USERNAME:rsmuser»",
                  "originalCalledPartyNumber": "00«PHONE:phonenum»", "finalCalledPartyNumber": "00«PHONE:phonenum»",
                  "lastRedirectDn": "", "destDeviceName": "SIP_Telenor_Trunk", "finalCalledPartyUnicodeLoginUserID": "",
                  "finalMobileCalledPartyNumber": "", "destMobileDeviceName": "", "mobileCallType": "0",
                  "authCodeDescription": "Internationella samtal", "authorizationLevel": "20",
                  "outpulsedCalledPartyNumber": ""})
    ucm_row(ctx, rec, cols, c)


CUCM_HEADER_DECOYS = ["huntPilotDN", "finalCalledPartyNumber", "destDeviceName", "callingPartyUnicodeLoginUserID"]

TEMPLATES = [
    ("syslog", "aruba-controller", shapes(*ARUBA)),
    ("syslog", "f5-apm", shapes(*F5APM)),
    ("syslog", "mssql-mariadb-audit", shapes(*MSSQL)),
    ("syslog", "iis-w3c", shapes(*IIS)),
    ("syslog", "windows-dhcp-audit", shapes(*WINDHCP)),
    ("syslog", "opensmtpd", shapes(*SMTPD)),
    ("syslog", "3cx-callflow", shapes(*THREECX)),
    ("syslog", "windows-printservice", shapes(*PRINTSVC)),
    ("syslog", "lenel-onguard", shapes(*LENEL)),
    ("syslog", "bank-core-atm", shapes(*BANK)),
    ("json", "teams-callrecords", shapes(*TEAMS)),
    ("json", "zoom-phone", shapes(*ZOOMPHONE)),
    ("json", "sinch-sms", shapes(*SINCH)),
    ("json", "onelogin-events", shapes(*ONELOGIN)),
    ("json", "fhir-auditevent", shapes(*FHIR)),
    ("json", "workspace-one-uem", shapes(*WSONE)),
    ("kv-cef", "clavister-cos-core", shapes(*CLAVISTER)),
    ("kv-cef", "f5-asm-cef", shapes(*F5ASM)),
    ("kv-cef", "forcepoint-leef2", shapes(*FORCEPOINT)),
    ("kv-cef", "kaspersky-ksc-cef", shapes(*KASPERSKY)),
    ("kv-cef", "vectra-cef", shapes(*VECTRA)),
    ("asterisk-cdr", "ring-groups", shapes(*AST_RING)),
    ("asterisk-cdr", "confbridge-meetme", shapes(*AST_CONF)),
    ("asterisk-cdr", "disa-callback", shapes(*AST_DISA)),
    ("asterisk-cdr", "fax-voicemail", shapes(*AST_FAXVM)),
    ("freeswitch-cdr", "ivr", shapes(*FS_IVR)),
    ("freeswitch-cdr", "hunt-groups", shapes(*FS_HUNT)),
    ("freeswitch-cdr", "voicemail", shapes(*FS_VM)),
    ("cisco-cucm-cdr", "hunt-pilot-queue", ucm_hunt),
    ("cisco-cucm-cdr", "voicemail-forward", ucm_voicemail),
    ("cisco-cucm-cdr", "mobility-snr", ucm_mobility),
]

GENERATORS = G
