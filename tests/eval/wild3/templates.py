"""Templates of the wild3 split: the sixth pair's development half.

Products and shapes here are none of those the README lists for tune, fresh,
wild and wild2; sealed3 has other products again (product families are split
between the two halves). Labels say what a value IS (DESIGN.md), never what
veil does with it. See tests/eval/README.md.
"""
import sixthlib
from sixthlib import shapes, csv_row, cucm_row

GENERATORS = sixthlib.generators()
G = GENERATORS

G["winpc"] = lambda c: c.rng.choice(["LT", "PC", "WS", "NB"]) + "-" + sixthlib.hx(c.rng, 5, True)
G["apmprof"] = lambda c: c.rng.choice(["ap_vpn_lsnorr", "ap_owa", "ap_citrix_sf"])
G["sid"] = lambda c: f"S-1-5-21-{c.rng.randint(10**9, 4*10**9)}-{c.rng.randint(10**9, 4*10**9)}-{c.rng.randint(10**8, 10**9)}-{c.rng.randint(1100, 99999)}"
G["w3cua"] = lambda c: G["ua"](c).replace(" ", "+")
G["sinchid"] = lambda c: "01J" + "".join(c.rng.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(23))
G["auth0id"] = lambda c: sixthlib.hx(c.rng, 24)
G["hsa"] = lambda c: "SE2321000230-" + sixthlib.hx(c.rng, 4).upper()
G["pnrplain"] = lambda c: sixthlib.pnr(c, style="12")
G["snrplain"] = lambda c: sixthlib.pnr(c, samordning=True, style="12")
G["smsfrom"] = lambda c: c.rng.choice(["Ekbacken", "LSNorr", "BergsBank", "71450"])
G["tenantdom"] = lambda c: c.rng.choice(["login.ekbacken.se", "id.bergslagsbanken.se"])
G["cpuid"] = lambda c: "{0x" + sixthlib.hx(c.rng, 8) + ",0x0,0x" + sixthlib.hx(c.rng, 8) + ",0x" + sixthlib.hx(c.rng, 8) + "}"
G["trunk"] = lambda c: c.rng.choice(["telia-sip", "tele2-trunk", "bahnhof01"])
G["ast_uid"] = lambda c: f"{G['epoch'](c)}.{c.rng.randint(1, 9999)}"
G["chan"] = lambda c: sixthlib.hx(c.rng, 8)
G["codec"] = lambda c: c.rng.choice(["PCMA", "opus", "G722", "PCMU"])
G["cause"] = lambda c: c.rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "NO_ANSWER", "USER_BUSY", "CALL_REJECTED"])
G["recfile"] = lambda c: c.rng.choice(["q", "g", "in"])
G["sqlop"] = lambda c: c.rng.choice(["SELECT", "UPDATE"])
G["vpnvs"] = lambda c: c.rng.choice(["/Common/vs_vpn_443", "/Common/vs_owa_443"])
G["fhirsys"] = lambda c: c.rng.choice(["Cosmic", "TakeCare", "Journal III"])
G["admusr"] = lambda c: "adm-" + sixthlib.account(c, sixthlib.person(c, 1), form=c.rng.choice(["g.s", "g1s", "s4g2"]))
G["cpu"] = lambda c: c.rng.choice(["x64", "ARM64"])

# ------------------------------------------------------------------ syslog

F5 = "<«pri»>«bsd» «host» notice apmd[«pid»]: "
f5_apm = shapes(
    F5 + "01490500:5: /Common/«apmprof»:Common:«h8»: New session from client IP «IPV4:ip4» (ST=/CC=«cc2»/C=EU) at VIP «IPV4:ip4b» Listener «vpnvs» (Reputation=Unknown)",
    F5 + "01490010:5: /Common/«apmprof»:Common:«h8»: Username '«USERNAME:usr»'",
    F5 + "01490005:5: /Common/«apmprof»:Common:«h8»: Following rule 'Successful' from item 'AD Auth' to item 'AD Query'",
    "<«pri»>«bsd» «host» err apmd[«pid»]: 01490106:3: /Common/«apmprof»:Common:«h8»: AD module: authentication with '«USERNAME:usr@u»' failed: Client '«USERNAME:@u»@«realm»' not found in Kerberos database, principal name: «USERNAME:@u»@«realm». Cannot find KDC for requested realm (-1765328378)",
    F5 + "01490128:5: /Common/«apmprof»:Common:«h8»: Webtop Network_Access_Webtop assigned",
    F5 + "01490248:5: /Common/«apmprof»:Common:«h8»: Received client info - Hostname: «PERSON_NAME:givenl»s-MBP Type: Mozilla Version: 5 Platform: macOS CPU: «cpu» UI Mode: Full Javascript Support: 1 ActiveX Support: 0 Plugin Support: 0",
    F5 + "01490549:5: /Common/«apmprof»:Common:«h8»: Assigned PPP Dynamic IPv4: «IPV4:ip4» Id: 1 Client IP: «IPV4:ip4»",
    F5 + "01490007:5: /Common/«apmprof»:Common:«h8»: Session variable 'session.logon.last.username' set to '«USERNAME:usr»'",
    F5 + "01490007:5: /Common/«apmprof»:Common:«h8»: Session variable 'session.ad.last.attr.mobile' set to '«PHONE:tel»'",
    F5 + "01490007:5: /Common/«apmprof»:Common:«h8»: Session variable 'session.ad.last.attr.displayName' set to '«PERSON_NAME:nm»'",
    F5 + "01490521:5: /Common/«apmprof»:Common:«h8»: Session statistics - bytes in: «bytes», bytes out: «bytes»",
    "<«pri»>«bsd» «host» notice tmm1[«pid»]: 01490505:5: /Common/«apmprof»:Common:«h8»: Access policy result: Network_Access",
)

MY = "<«pri»>«bsd» «host» "
mariadb = shapes(
    MY + "mysql-server_auditing:  «host»,«USERNAME:usr»,«IPV4:ip4»,«n4»,0,CONNECT,hr,,0",
    MY + "mysql-server_auditing:  «host»,«USERNAME:usr»,«IPV4:ip4»,«n4»,0,FAILED_CONNECT,,,1045",
    MY + "mysql-server_auditing:  «host»,«USERNAME:usr»,«IPV4:ip4»,«n4»,«n6»,QUERY,hr,'SELECT anstnr, namn FROM personal WHERE personnummer=\\'«PERSONNUMMER:pnr»\\'',0",
    MY + "mysql-server_auditing:  «host»,«USERNAME:usr»,«IPV4:ip4»,«n4»,«n6»,QUERY,crm,'UPDATE kund SET mobil=\\'«PHONE:tel»\\', epost=\\'«EMAIL:mail»\\' WHERE kundnr=«~n6»',0",
    MY + "mysql-server_auditing:  «host»,«~sysacct»,localhost,«n4»,«n6»,QUERY,mysql,'FLUSH TABLES',0",
    MY + "mariadbd[«pid»]: «dt» «n4» [Warning] Access denied for user '«USERNAME:usr»'@'«IPV4:ip4»' (using password: YES)",
    MY + "mariadbd[«pid»]: «dt» «n4» [Warning] Aborted connection «n6» to db: 'crm' user: '«USERNAME:usr»' host: '«IPV4:ip4»' (Got timeout reading communication packets)",
    MY + "mysqld[«pid»]: «iso» «n4» [Note] [MY-010926] [Server] Access denied for user '«USERNAME:usr»'@'«IPV6:ip6»' (using password: NO)",
)

NX = "<«pri»>1 «iso» «host» MSSQLSERVER «pid» - [NXLog@14506 EventReceivedTime=\"«dt»\" SourceModuleName=\"mssql\" SourceModuleType=\"im_msvistalog\"] "
mssql = shapes(
    NX + "Login failed for user '«nb»\\«USERNAME:usr»'. Reason: Password did not match that for the login provided. [CLIENT: «IPV4:ip4»]",
    NX + "Login failed for user '«USERNAME:usr»'. Reason: Could not find a login matching the name provided. [CLIENT: «IPV4:ip4»]",
    NX + "Login succeeded for user '«nb»\\«USERNAME:usr»'. Connection made using Windows authentication. [CLIENT: «IPV4:ip4»]",
    NX + "Fehler bei der Anmeldung für den Benutzer '«nb»\\«USERNAME:usr»'. Ursache: Das Kennwort stimmt nicht mit dem Kennwort für den angegebenen Anmeldenamen überein. [CLIENT: «IPV4:ip4»]",
    NX + "Échec de la connexion de l'utilisateur '«USERNAME:usr»'. Raison : le mot de passe ne correspond pas à celui de la connexion spécifiée. [CLIENT : «IPV4:ip4»]",
    NX + "Login failed for user '«~sysacct»'. Reason: Failed to open the explicitly specified database 'ReportServer'. [CLIENT: <local machine>]",
    NX + "Audit event: action_id=LGIS class_type=LX succeeded=true session_server_principal_name=«nb»\\«USERNAME:usr» server_instance_name=«host» client_ip=«IPV4:ip4» application_name=Microsoft SQL Server Management Studio",
)

iis = shapes(
    "<«pri»>«bsd» «host» IIS-W3SVC1: «dt» «IPV4:ip4» GET /owa/ ExchClientVer=15.2.1544.4 443 «EMAIL:mail» «IPV4:ip4» «w3cua» - 200 0 0 «n3»",
    "<«pri»>«bsd» «host» IIS-W3SVC1: «dt» «IPV4:ip4» POST /ews/exchange.asmx - 443 «nb»\\«USERNAME:usr» «IPV4:ip4» «w3cua» - 200 0 0 «n3»",
    "<«pri»>«bsd» «host» IIS-W3SVC2: «dt» «IPV4:ip4» GET /api/v2/users lookup=«EMAIL:mail»&fields=displayName 443 - «IPV4:ip4» «w3cua» https://«xdom»/ 401 2 5 «n2»",
    "<«pri»>«bsd» «host» IIS-W3SVC1: «dt» «IPV4:ip4» GET /Microsoft-Server-ActiveSync/default.eas Cmd=Sync&User=«USERNAME:usr»&DeviceId=«~h32|U»&DeviceType=iPhone 443 «nb»\\«USERNAME:usr» «IPV6:ip6» Apple-iPhone15C2/2201.87 - 200 0 0 «n4»",
    "<«pri»>«bsd» «host» IIS-W3SVC3: «dt» «IPV4:ip4» GET /portal/ - 80 - «IPV4:ip4» «w3cua» - 301 0 0 0",
)

DHCP = "<«pri»>«bsd» «host» DhcpServer: "
windhcp = shapes(
    DHCP + "10,«dtus»,Assign,«IPV4:ip4»,«winpc».«idom»,«MAC:macbare»,,«n9»,0,,,,0x4D53465420352E30,MSFT 5.0,,,,0",
    DHCP + "11,«dtus»,Renew,«IPV4:ip4»,«PERSON_NAME:givenl»s-iPhone,«MAC:macbare»,,«n9»,0,,,,,,,,,0",
    DHCP + "12,«dtus»,Release,«IPV4:ip4»,«winpc».«idom»,«MAC:macbare»,,«n9»,0,,,,,,,,,0",
    DHCP + "11,«dtus»,Renew,«IPV4:ip4»,«PERSON_NAME:givenl»-Galaxy-S24,«MAC:macbare»,,«n9»,0,,,,0x616E64726F69642D64686370,android-dhcp-14,,,,0",
    DHCP + "30,«dtus»,DNS Update Request,«IPV4:ip4»,«winpc».«idom»,,,0,6,,,,,,,,,0",
    DHCP + "31,«dtus»,DNS Update Failed,«IPV4:ip4»,«winpc».«idom»,,,0,6,,,,,,,,,9005",
    DHCP + "24,«dtus»,Database Cleanup Begin,,,,,0,6,,,,,,,,,0",
    DHCP + "13,«dtus»,Conflict,«IPV4:ip4»,BAD_ADDRESS,«~hexid»,,0,6,,,,,,,,,0",
)

RK = "<«pri»>«bsd» «host» Core: "
ruckus = shapes(
    RK + '@@204,clientJoin,"apMac"="«MAC:maccolon»","clientMac"="«MAC:maccolon»","ssid"="«ssid»","bssid"="«MAC:maccolon»","userId"="«uuid»","wlanId"="«n2»","iface"="wlan«n1»","tenantUUID"="«uuid»","apName"="«host»","apGps"="","clientIP"="«IPV4:ip4»","userName"="«USERNAME:usr»","vlanId"="«n3»","radio"="a/n/ac/ax","encryption"="WPA3-SAE","fwVersion"="«ver»","model"="R650","zoneUUID"="«uuid»","zoneName"="«sitename»","hostname"="«PERSON_NAME:givenl»s-iPhone","osType"="iOS"',
    RK + '@@202,clientDisconnect,"apMac"="«MAC:maccolon»","clientMac"="«MAC:maccolon»","ssid"="«ssid»","bssid"="«MAC:maccolon»","userId"="«uuid»","wlanId"="«n2»","iface"="wlan«n1»","apName"="«host»","clientIP"="«IPV4:ip4»","userName"="«EMAIL:mail»","disconnectReason"="8","rxBytes"="«bytes»","txBytes"="«bytes»","sessionDuration"="«dur»","zoneName"="«sitename»"',
    RK + '@@205,clientAuthorization,"apMac"="«MAC:maccolon»","clientMac"="«MAC:maccolon»","ssid"="«ssid»","userName"="«nb»\\«USERNAME:usr»","reason"="Authentication failure","zoneName"="«sitename»","apName"="«host»"',
    RK + '@@218,clientRoaming,"apMac"="«MAC:maccolon»","clientMac"="«MAC:maccolon»","ssid"="eduroam","userName"="«USERNAME:usr»@«idom»","toApMac"="«MAC:maccolon»","rssi"="-«n2»","zoneName"="«sitename»"',
    RK + '@@107,apConnected,"apMac"="«MAC:maccolon»","model"="R750","firmware"="«ver»","apIpAddress"="«IPV4:ip4»","zoneName"="«sitename»","reason"="AP rebooted by user"',
)

OS = "<«pri»>«bsd» «host» smtpd[«pid»]: "
opensmtpd = shapes(
    OS + "«h16» smtp connected address=«IPV4:ip4» host=mail.«xdom»",
    OS + "«h16» smtp authentication user=«EMAIL:mail» result=ok",
    OS + "«h16» smtp authentication user=«USERNAME:usr» result=permfail",
    OS + "«h16» smtp message msgid=«h8» size=«bytes» nrcpt=1 proto=ESMTP",
    OS + "«h16» mta delivery evpid=«h16» from=<«EMAIL:mail»> to=<«EMAIL:mail2»> rcpt=<-> source=\"«IPV4:ip4»\" relay=\"«IPV4:ip4» (mx1.«xdom»)\" delay=«n1»s result=\"Ok\" stat=\"250 2.0.0 Ok: queued as «H8»\"",
    OS + "«h16» smtp failed-command command=\"RCPT TO:<«EMAIL:mail2»>\" result=\"550 Invalid recipient\"",
    OS + "«h16» smtp tls ciphers=TLSv1.3:TLS_AES_256_GCM_SHA384:256",
    OS + "«h16» smtp disconnected reason=quit",
)

nedap = shapes(
    "<«pri»>1 «isotz» aeos01 AEOS «pid» EVT [aeos@51000 entrance=\"«place» Hoofdingang\" badge=\"«BADGE:badge@b»\" carrier=\"«PERSON_NAME:nm@n|s»\" result=\"AccessGranted\"] Toegang verleend: «PERSON_NAME:@n» met pas «BADGE:@b»",
    "<«pri»>1 «isotz» aeos01 AEOS «pid» EVT [aeos@51000 entrance=\"Serverrum B2\" badge=\"«BADGE:badge@b»\" carrier=\"«PERSON_NAME:nm@n|s»\" result=\"AccessDenied\" reason=\"NoAuthorisation\"] Access denied for carrier «PERSON_NAME:@n» (badge «BADGE:@b») at Serverrum B2",
    "<«pri»>1 «isotz» aeos01 AEOS «pid» ALM [aeos@51000 entrance=\"Lastkaj\" alarm=\"DoorForced\" unit=\"«~serial»\"] Deur geforceerd, geen pas aangeboden",
    "<«pri»>«bsd» aeos01 AEOS: Carrier changed by «USERNAME:usr»: carrier «PERSON_NAME:nm» (personnel no «~empno») badge «BADGE:badge» valid until «date»",
    "<«pri»>«bsd» aeos01 AEOS: Visitor «PERSON_NAME:nm» registered by reception, host «PERSON_NAME:nm2», visitor badge «BADGE:badge», phone «PHONE:tel»",
)

PF = "<«pri»>«bsd» pf01 "
packetfence = shapes(
    PF + "packetfence_httpd.aaa: httpd.aaa(«pid») INFO: [mac:«MAC:maccolon»] Authentication succeeded for username «USERNAME:usr» on source AD_«nb» (pf::authentication::authenticate)",
    PF + "packetfence_httpd.aaa: httpd.aaa(«pid») WARN: [mac:«MAC:maccolon»] Unable to authenticate «USERNAME:usr»@«idom» on source AD_«nb»: Invalid login or password (pf::authentication::authenticate)",
    PF + "pfqueue: pfqueue(«pid») INFO: [mac:«MAC:maccolon@m»] Node «MAC:@m» has been registered by «USERNAME:usr» with role staff (pf::node::node_register)",
    PF + "pfqueue: pfqueue(«pid») INFO: [mac:«MAC:maccolon»] security event 1100010 (Rogue DHCP) triggered (pf::security_event::security_event_trigger)",
    PF + "radius-acct: httpd.aaa(«pid») INFO: [mac:«MAC:maccolon»] Updating locationlog from accounting request, switch «IPV4:ip4» port «n2» user «USERNAME:usr» (pf::api::handle_accounting_metadata)",
    PF + "packetfence: pfdhcplistener(«pid») INFO: [mac:«MAC:maccolon»] DHCPACK from «IPV4:ip4» («MAC:maccolon») to host «PERSON_NAME:givenl»-laptop («IPV4:ip4») for 86400 seconds (pf::dhcp::processor_v4::parse_dhcp_ack)",
)

ET = "<«pri»>«bsd» etjanst01 etjanst[«pid»]: "
etjanst = shapes(
    ET + "INFO Inloggning BankID lyckades personnummer=«PERSONNUMMER:pnr12» namn=\"«PERSON_NAME:nm»\" tjänst=\"Ansökan om bygglov\" ip=«IPV4:ip4»",
    ET + "INFO Ärende «~ticket» skickat av «PERSON_NAME:nm» (pnr «PERSONNUMMER:pnr»), ombud för «ORGNR:org»",
    ET + "INFO Handläggare «USERNAME:usr» öppnade ärende «~ticket»: sökande «PERSON_NAME:nm», tel «PHONE:tel», e-post «EMAIL:mail»",
    ET + "WARN Ogiltigt personnummer «~badpnr» angivet i formulär Färdtjänst, session «h16»",
    ET + "INFO Företagsansökan: orgnr «ORGNR:org», firmatecknare «PERSON_NAME:nm» («PERSONNUMMER:pnr»), kontakt «EMAIL:mail»",
    ET + "INFO Samordningsnummer «SAMORDNINGSNUMMER:snr» kopplat till ärende «~ticket» av «USERNAME:usr»",
    ET + "INFO Faktura skickad till «ORGNR:org» (referens «~ticket»), kontakt «PERSON_NAME:nm» «PHONE:tel»",
    ET + "INFO Utskick via «product» till «EMAIL:mail»: Beslut om skolskjuts för «PERSON_NAME:given» «PERSON_NAME:sur»",
    ET + "ERROR Felaktigt organisationsnummer «~badorg» i ansökan «~ticket»",
    ET + "INFO Kontrolluppgift: växel «~switch», ring «~svcnum» vid akuta ärenden",
)

# ------------------------------------------------------------------ json

auth0 = shapes(
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"s","description":"Successful login","connection":"Username-Password-Authentication","connection_id":"con_«tok»","client_id":"«tok»","client_name":"Kundportal","ip":"«IPV4:ip4»","user_agent":"Chrome 130.0.0 / Windows 10.0.0","details":{"prompts":[{"name":"lock-password-authenticate","initiatedAt":«epochms»,"completedAt":«epochms»,"connection":"Username-Password-Authentication","identity":"«auth0id»","stats":{"loginsCount":«n3»},"elapsedTime":«n3»}],"session_id":"«tok»"},"hostname":"«tenantdom»","user_id":"auth0|«auth0id»","user_name":"«EMAIL:mail»","strategy":"auth0","strategy_type":"database"}}',
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"fp","description":"Wrong email or password.","connection":"Username-Password-Authentication","client_id":"«tok»","client_name":"Kundportal","ip":"«IPV6:ip6»","user_agent":"Safari 18.1 / Mac OS X 10.15.7","details":{"error":{"message":"Wrong email or password."}},"user_id":"auth0|«auth0id»","user_name":"«EMAIL:mail»"}}',
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"fu","description":"Wrong email or password.","connection":"Username-Password-Authentication","client_name":"Kundportal","ip":"«IPV4:ip4»","details":{"error":{"message":"Wrong email or password."}},"user_name":"«USERNAME:usr»"}}',
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"gd_send_sms","description":"Guardian - Second factor SMS sent","client_name":"Kundportal","ip":"«IPV4:ip4»","details":{"to":"«PHONE:tele164»","authenticator":{"type":"sms"}},"user_id":"sms|«auth0id»","user_name":"«PHONE:tele164»"}}',
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"sapi","description":"Update a user","client_id":"«tok»","client_name":"","ip":"«IPV4:ip4»","details":{"request":{"method":"patch","path":"/api/v2/users/auth0|«auth0id»","body":{"given_name":"«PERSON_NAME:given|j»","family_name":"«PERSON_NAME:sur|j»","phone_number":"«PHONE:tele164»","user_metadata":{"personnummer":"«PERSONNUMMER:pnr12»"},"app_metadata":{"foretag":{"orgnr":"«ORGNR:org»","roll":"firmatecknare"}}},"auth":{"user":{"email":"«EMAIL:mail2»","name":"«PERSON_NAME:nm2|j»","user_id":"google-oauth2|1«n9»«n9»"}}}}}}',
    '{"log_id":"9002026«n9»«n9»","data":{"date":"«iso»","type":"scp","description":"Successful change password","connection":"Username-Password-Authentication","ip":"«IPV4:ip4»","user_id":"auth0|«auth0id»","user_name":"«EMAIL:mail»","details":{"email":"«EMAIL:mail»"}}}',
)

DFX = '{"time":"«iso7»","tenantId":"«tenant»","operationName":"Publish","category":"AdvancedHunting-DeviceLogonEvents","properties":{'
defender = shapes(
    DFX + '"AccountDomain":"«nb|l»","AccountName":"«USERNAME:usr»","AccountSid":"«sid»","ActionType":"LogonSuccess","DeviceId":"«sha1»","DeviceName":"«winpc|l».«idom»","LogonType":"RemoteInteractive","RemoteIP":"«IPV4:ip4»","RemoteIPType":"Private","RemotePort":«port»,"RemoteDeviceName":"«PERSON_NAME:givenl»s-surface","IsLocalAdmin":false,"Protocol":"Negotiate","InitiatingProcessAccountName":"«sysacct|j»","InitiatingProcessFileName":"svchost.exe","ReportId":«n6»,"Timestamp":"«iso7»"}}',
    DFX + '"AccountDomain":"azuread","AccountName":"«USERNAME:usr»","AccountSid":"S-1-12-1-«n9»-«n9»","AccountObjectId":"«uuid»","ActionType":"LogonFailed","FailureReason":"InvalidUserNameOrPassword","DeviceName":"«winpc|l»","LogonType":"Interactive","RemoteIP":"","InitiatingProcessAccountUpn":"«EMAIL:mail»","ReportId":«n6»,"Timestamp":"«iso7»"}}',
    DFX + '"AccountDomain":"nt authority","AccountName":"system","AccountSid":"S-1-5-18","ActionType":"LogonSuccess","DeviceName":"«host»","LogonType":"Service","RemoteIP":"«IPV6:ip6»","ReportId":«n6»,"Timestamp":"«iso7»","AdditionalFields":"{\\"IsLocalLogon\\":true}"}}',
    '{"time":"«iso7»","tenantId":"«tenant»","operationName":"Publish","category":"AdvancedHunting-DeviceNetworkEvents","properties":{"ActionType":"ConnectionSuccess","DeviceName":"«winpc|l».«idom»","LocalIP":"«IPV4:ip4»","LocalPort":«port»,"RemoteIP":"«IPV4:ip4»","RemotePort":443,"RemoteUrl":"«xdom»","InitiatingProcessAccountName":"«USERNAME:usr@u»","InitiatingProcessAccountUpn":"«USERNAME:upn»","InitiatingProcessCommandLine":"\\"OUTLOOK.EXE\\" /recycle","InitiatingProcessFolderPath":"c:\\\\users\\\\«USERNAME:@u»\\\\appdata\\\\local\\\\microsoft\\\\teams\\\\current\\\\teams.exe","LocalIPType":"Private","MacAddress":"«MAC:macdash»","ReportId":«n6»}}',
)

sinch = shapes(
    '{"type":"recipient_delivery_report_sms","batch_id":"«sinchid»","recipient":"«PHONE:telcc»","code":0,"status":"Delivered","at":"«iso»","operator_status_at":"«iso»","client_reference":"bokning-«~n6»","operator":"«~n6»"}',
    '{"id":"«sinchid»","from":"«PHONE:telcc»","to":"«~smsfrom»","body":"«mo_body»","type":"mo_text","received_at":"«iso»","operator_id":"«~n6»","sent_at":"«iso»"}',
    '{"id":"«sinchid»","to":["«PHONE:telcc»","«PHONE:telcc»","«PHONE:telcc»"],"from":"«~smsfrom»","body":"Påminnelse: din tid på vårdcentralen «date». Ring «~switch» vid förhinder. Svara inte på detta sms.","type":"mt_text","created_at":"«iso»","modified_at":"«iso»","delivery_report":"per_recipient","canceled":false,"feedback_enabled":false}',
    '{"type":"recipient_delivery_report_sms","batch_id":"«sinchid»","recipient":"«PHONE:telcc»","code":402,"status":"Failed","at":"«iso»","client_reference":"«~ticket»"}',
    '{"id":"«sinchid»","to":["«PHONE:telcc»"],"from":"«~smsfrom»","body":"Hej «PERSON_NAME:given»! Din engångskod är «~otp». Den gäller i 5 minuter.","type":"mt_text","created_at":"«iso»","canceled":false}',
)
G["mo_body"] = lambda c: c.rng.choice([
    "STOPP", "Avboka", "Ja", "Hej, kan ni ringa mig på jobbet istället?",
])


def sinch_mo(ctx, rec, cols):
    import evallib
    evallib.render('{"id":"«sinchid»","from":"«PHONE:telcc»","to":"«~smsfrom»","body":"', ctx, rec)
    k = ctx.rng.randrange(4)
    if k == 0:
        evallib.render("Hej, jag heter «PERSON_NAME:nm|j» och vill avboka min tid. Mitt personnummer är «PERSONNUMMER:pnr»", ctx, rec)
    elif k == 1:
        evallib.render("Ring mig på «PHONE:tel» istället, mvh «PERSON_NAME:given|j»", ctx, rec)
    elif k == 2:
        evallib.render("Min nya mejl är «EMAIL:privmail»", ctx, rec)
    else:
        evallib.render("STOPP", ctx, rec)
    evallib.render('","type":"mo_text","received_at":"«iso»","operator_id":"«~n6»"}', ctx, rec)


TEAMS_ID = '{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:nm|j»","tenantId":"«tenant»"}}'
teams = shapes(
    '{"@odata.type":"#microsoft.graph.callRecords.callRecord","id":"«uuid»","version":1,"type":"peerToPeer","modalities":["audio"],"lastModifiedDateTime":"«iso7»","startDateTime":"«iso7»","endDateTime":"«iso7»","organizer":{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:nm|j»","tenantId":"«tenant»"},"phone":null,"application":null},"participants":[{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:nm2|j»","tenantId":"«tenant»"}},{"phone":{"id":"«PHONE:tele164»","displayName":null}}],"sessions":[{"id":"«uuid»","caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","userAgent":{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent","headerValue":"RTCC/7.0.0.0 UCWA/7.0.0.0 AndroidLync/6.24.0.54 (SM-S911B Android 14)","platform":"android","productFamily":"teams"},"identity":{"user":{"id":"«uuid»","displayName":"«PERSON_NAME:nm2|j»","tenantId":"«tenant»"}}},"callee":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{"phone":{"id":"«PHONE:tele164»"}}},"segments":[{"id":"«uuid»","media":[{"label":"main-audio","callerNetwork":{"ipAddress":"«IPV4:ip4»","subnet":"«IPV4:ip4»","macAddress":"«MAC:macdash»","wifiBand":"frequency50GHz","linkSpeed":866700000}}]}]}]}',
    '{"id":"«uuid»","callId":"«uuid»","userId":"«uuid»","userPrincipalName":"«EMAIL:mail»","userDisplayName":"«PERSON_NAME:nm|j»","startDateTime":"«iso0»","endDateTime":"«iso0»","duration":«dur»,"charge":0.0,"callType":"oc_pstn_in","currency":"SEK","calleeNumber":"«PHONE:tele164»","usageCountryCode":"SE","tenantCountryCode":"SE","connectionCharge":0.0,"callerNumber":"«PHONE:tele164»","destinationContext":null,"destinationName":"Sweden","conferenceId":null,"licenseCapability":"MCOPSTN1","inventoryType":"Subscriber","operator":"Microsoft","callDurationSource":"microsoft"}',
    '{"id":"«uuid»","callId":"«uuid»","userId":"«uuid»","userPrincipalName":"«EMAIL:mail»","userDisplayName":"«PERSON_NAME:nm|j»","startDateTime":"«iso0»","endDateTime":"«iso0»","duration":«dur»,"callType":"user_out","calleeNumber":"«PHONE:tele164»","callerNumber":"«~switch»","usageCountryCode":"SE","destinationName":"«place»","otherPartyCountryCode":"«cc2|l»","licenseCapability":"MCOEV","inventoryType":"Toll","operator":"Telia"}',
    '{"id":"«uuid»","correlationId":"«uuid»","callType":"ByotIn","calleeNumber":"«~switch»","callerNumber":"«PHONE:tele164»","userPrincipalName":"autoattendant-vaxel@«mdom»","userDisplayName":"Växel Auto attendant","trunkFullyQualifiedDomainName":"sbc01.«idom»","mediaBypassEnabled":false,"sipStatus":200,"successfulCall":true,"mediaPathLocation":"EUWE","signalingLocation":"EUNO"}',
)

onepass = shapes(
    '{"uuid":"«UUID»","session_uuid":"«UUID»","timestamp":"«iso»","category":"success","type":"credentials_ok","country":"«cc2»","target_user":{"uuid":"«UUID»","name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»"},"client":{"app_name":"1Password Browser Extension","app_version":"«n4»","platform_name":"Chrome","platform_version":"130.0","os_name":"Windows","os_version":"10.0.19045","ip_address":"«IPV4:ip4»"},"location":{"country":"«cc2»","region":"«place»","city":"«place»","latitude":63.8,"longitude":20.2}}',
    '{"uuid":"«UUID»","session_uuid":"«UUID»","timestamp":"«iso»","category":"mfa_failed","type":"mfa_failed","country":"«cc2»","target_user":{"uuid":"«UUID»","name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»"},"client":{"app_name":"1Password for iOS","app_version":"8.10.48","os_name":"iOS","ip_address":"«IPV6:ip6»"}}',
    '{"uuid":"«UUID»","timestamp":"«iso»","used_version":«n1»,"vault_uuid":"«UUID»","item_uuid":"«UUID»","action":"reveal","user":{"uuid":"«UUID»","name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»"},"client":{"app_name":"1Password for Mac","app_version":"8.10.50","platform_name":"macOS","ip_address":"«IPV4:ip4»"}}',
    '{"uuid":"«UUID»","timestamp":"«iso»","actor_uuid":"«UUID»","actor_details":{"uuid":"«UUID»","name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»"},"action":"grant","object_type":"vault","object_uuid":"«UUID»","aux_id":«n4»,"aux_uuid":"«UUID»","aux_details":{"uuid":"«UUID»","name":"«PERSON_NAME:nm2|j»","email":"«EMAIL:mail2»"},"aux_info":"rw","session":{"uuid":"«UUID»","login_time":"«iso»","device_uuid":"«tok»","ip":"«IPV4:ip4»"},"location":{"country":"«cc2»"}}',
)

FH = '{"resourceType":"AuditEvent","id":"«uuid»","type":{"system":"http://dicom.nema.org/resources/ontology/DCM","code":"110110","display":"Patient Record"},'
fhir = shapes(
    FH + '"subtype":[{"system":"http://hl7.org/fhir/restful-interaction","code":"read"}],"action":"R","recorded":"«isotz»","outcome":"0","agent":[{"type":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-ParticipationType","code":"IRCP"}]},"who":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.4.1","value":"«hsa»"},"display":"«PERSON_NAME:nm|j»"},"altId":"«USERNAME:usr»","requestor":true,"network":{"address":"«IPV4:ip4»","type":"2"}}],"source":{"observer":{"display":"«fhirsys»"},"type":[{"code":"4"}]},"entity":[{"what":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.3.1","value":"«PERSONNUMMER:pnrplain»"},"display":"«PERSON_NAME:nm2|j»"},"role":{"code":"1","display":"Patient"}}]}',
    FH + '"subtype":[{"code":"update"}],"action":"U","recorded":"«isotz»","outcome":"0","agent":[{"who":{"display":"«PERSON_NAME:nm|j»"},"altId":"«USERNAME:usr»","requestor":true,"network":{"address":"«IPV4:ip4»","type":"2"}}],"entity":[{"what":{"identifier":{"system":"urn:oid:1.2.752.129.2.1.3.3","value":"«SAMORDNINGSNUMMER:snrplain»"}},"role":{"code":"1"},"detail":[{"type":"telecom","valueString":"«PHONE:tel»"},{"type":"note","valueString":"Anhörig «PERSON_NAME:nm3|j» nås på «PHONE:tel»"}]}]}',
    FH + '"subtype":[{"code":"search-type"}],"action":"E","recorded":"«isotz»","outcome":"4","agent":[{"who":{"reference":"Practitioner/«uuid»","display":"«PERSON_NAME:nm|j»"},"requestor":true,"network":{"address":"«IPV6:ip6»","type":"2"}}],"entity":[{"query":"«b64»","detail":[{"type":"query","valueString":"Patient?identifier=«PERSONNUMMER:pnrplain»&_count=«n2»"}]}]}',
    FH + '"action":"R","recorded":"«isotz»","outcome":"0","agent":[{"who":{"identifier":{"value":"«~hsa»"}},"altId":"«~sysacct|j»","requestor":false}],"entity":[{"what":{"reference":"Organization/«uuid»","identifier":{"system":"urn:oid:2.5.4.97","value":"«ORGNR:org»"}}}]}',
)

# ------------------------------------------------------------------ kv-cef

CP = "<134>1 «iso» «host» CheckPoint «pid» - "
checkpoint = shapes(
    CP + '[action:"Accept"; flags:"411908"; ifdir:"outbound"; ifname:"eth1"; logid:"0"; loguid:"«cpuid»"; origin:"«IPV4:ip4»"; originsicname:"CN=«host»,O=mgmt-lsnorr..«h8»"; sequencenum:"«n2»"; time:"«epoch»"; version:"5"; dst:"«IPV4:ip4»"; inzone:"Internal"; outzone:"External"; product:"VPN-1 & FireWall-1"; proto:"6"; s_port:"«port»"; service:"443"; service_id:"https"; src:"«IPV4:ip4»"; src_user_name:"«PERSON_NAME:nm» («USERNAME:usr»)"; src_machine_name:"«winpc|l»@«idom»"]',
    CP + '[action:"Update"; flags:"150784"; ifdir:"inbound"; logid:"0"; loguid:"«cpuid»"; origin:"«IPV4:ip4»"; time:"«epoch»"; version:"5"; auth_method:"Kerberos"; auth_status:"Successful Login"; identity_src:"AD Query"; identity_type:"user"; product:"Identity Awareness"; src:"«IPV4:ip4»"; src_user_dn:"CN=«PERSON_NAME:nm»,OU=Users,OU=«place»,DC=lsnorr,DC=internal"; user:"«PERSON_NAME:nm» («USERNAME:usr»)"; src_machine_name:"«winpc|l»"]',
    CP + '[action:"Drop"; flags:"133376"; ifdir:"inbound"; loguid:"«cpuid»"; origin:"«IPV4:ip4»"; time:"«epoch»"; version:"5"; dst:"«IPV4:ip4»"; product:"VPN-1 & FireWall-1"; proto:"17"; s_port:"«port»"; service:"53"; src:"«IPV6:ip6»"; rule_name:"Cleanup rule"]',
    "time=«epoch»|hostname=«host»|product=Firewall|layer_name=Network|action=Accept|ifdir=inbound|ifname=eth0|loguid=«cpuid»|origin=«IPV4:ip4»|src=«IPV4:ip4»|dst=«IPV4:ip4»|proto=6|s_port=«port»|service=443|src_user_name=«PERSON_NAME:nm» («USERNAME:usr»)|user=«USERNAME:usr»|",
    "time=«epoch»|hostname=«host»|product=Mobile Access|action=Log In|auth_method=Password|client_name=Check Point Mobile|src=«IPV4:ip4»|user=«USERNAME:usr»@«idom»|office_mode_ip=«IPV4:ip4»|session_uid=«cpuid»|",
)

FP = "CEF:0|Forcepoint|Security|8.5.6|«n3»|Transaction permitted|1| "
forcepoint = shapes(
    FP + "act=permitted app=https dvc=«IPV4:ip4» dst=«IPV4:ip4» dhost=«xdom» dpt=443 src=«IPV4:ip4» spt=«port» suser=LDAP://«IPV4:ip4» OU\\=Users,OU\\=«place»,DC\\=lsnorr,DC\\=internal/«PERSON_NAME:nm|c» destinationTranslatedAddress=«IPV4:ip4» rt=«epochms» in=«bytes» out=«bytes» requestMethod=GET requestClientApplication=«ua|c» reason=- cs1Label=Policy cs1=role-8**Default cs2Label=DynCat cs2=0 cs3Label=ContentType cs3=text/html cn1Label=DispositionCode cn1=1048 cs4Label=ScanType cs4=Normal cs5Label=RiskClass cs5=None cs6Label=SupplementalData cs6=- request=https://«xdom»/",
    FP + "act=blocked app=http dvc=«IPV4:ip4» dst=«IPV4:ip4» dhost=«xdom» dpt=80 src=«IPV4:ip4» spt=«port» suser=«nb»\\\\«USERNAME:usr» loginID=«USERNAME:usr» rt=«epochms» in=0 out=«bytes» requestMethod=POST cs1Label=Policy cs1=role-8**Personal cn1Label=DispositionCode cn1=1025 cs2Label=Category cs2=Webmail request=http://«xdom»/compose?to\\=«EMAIL:mail2»",
    FP + "act=permitted app=https dvc=«IPV4:ip4» src=«IPV4:ip4» suser=- dhost=«xdom» dst=«IPV4:ip4» rt=«epochms» cs1Label=Policy cs1=Guest cs4Label=ScanType cs4=Normal",
)

VA = "CEF:0|Varonis Inc.|DatAdvantage|8.6.«n2»|«n4»|«varonis_rule»|«n1»|"
varonis = shapes(
    VA + "rt=«dt» cat=Alert cs2Label=Rule Name cs2=«varonis_rule» duser=«nb»\\\\«USERNAME:usr» dhost=«host» filePath=\\\\\\\\fs01\\\\Hem\\\\«USERNAME:usr»\\\\Lön 2026 «PERSON_NAME:nm|c».xlsx act=Modified suser=«nb»\\\\«USERNAME:usr» cs5Label=Device Name cs5=«PERSON_NAME:givenl»-LT cn1Label=Number Of Events cn1=«n3» src=«IPV4:ip4»",
    VA + "rt=«dt» cat=Alert cs2Label=Rule Name cs2=«varonis_rule» suser=«USERNAME:upn» cs3Label=Affected object path cs3=/sites/HR/Personalakter/«PERSON_NAME:nm|c» («PERSONNUMMER:pnr»).pdf act=Accessed src=«IPV4:ip4» cs4Label=Alert URL cs4=https://varonis.«idom»/alert/«uuid»",
    VA + "rt=«dt» cat=Alert cs2Label=Rule Name cs2=«varonis_rule» suser=«~sysacct|c» dhost=«host» act=Deleted cn1Label=Number Of Events cn1=«n4» src=«IPV4:ip4»",
    VA + "rt=«dt» cat=Alert cs2Label=Rule Name cs2=Mailbox permission changed duser=«EMAIL:mail» suser=«EMAIL:mail2» cs1Label=Owner cs1=«PERSON_NAME:nm|c» act=Added src=«IPV6:ip6»",
)
G["varonis_rule"] = lambda c: c.rng.choice(["Abnormal behavior: unusual amount of file deletions", "Ransomware detected", "Access to sensitive files", "Permissions added to a global group"])

LE = "LEEF:2.0|Trellix|ePolicy Orchestrator|5.10.0|«epo_id»|^|"
trellix = shapes(
    LE + "devTime=«iso0»^devTimeFormat=yyyy-MM-dd'T'HH:mm:ssX^src=«IPV4:ip4»^srcMAC=«MAC:macdash»^usrName=«nb»\\«USERNAME:usr»^identHostName=«PERSON_NAME:givenl»-PC^dst=«IPV4:ip4»^threatName=EICAR test file^fileName=C:\\Users\\«USERNAME:usr»\\Downloads\\eicar.com^sev=4^cat=File infected^resource=«host»^agentGUID=«guidb»",
    LE + "devTime=«iso0»^devTimeFormat=yyyy-MM-dd'T'HH:mm:ssX^src=«IPV4:ip4»^usrName=«~sysacct»^identHostName=«host»^threatName=Generic.dx!«h8»^fileName=C:\\Windows\\Temp\\«h8».tmp^sev=6^cat=Malware detected^agentVersion=«ver»",
    LE + "devTime=«iso0»^devTimeFormat=yyyy-MM-dd'T'HH:mm:ssX^src=«IPV6:ip6»^usrName=«USERNAME:upn»^identHostName=«winpc»^cat=Device control^devName=USB Mass Storage^devSerial=«~hexid»^owner=«PERSON_NAME:nm»",
)
G["epo_id"] = lambda c: c.rng.choice(["1278", "1092", "35101", "18054"])

grafana = shapes(
    'logger=context userId=«n2» orgId=1 uname=«USERNAME:usr» t=«iso» level=info msg="Request Completed" method=GET path=/api/dashboards/uid/«h8» status=200 remote_addr=«IPV4:ip4» time_ms=«n2» duration=«n2».3ms size=«bytes» referer=https://grafana.«idom»/d/«h8» handler=/api/dashboards/uid/:uid',
    'logger=authn.service t=«iso» level=warn msg="Failed to authenticate request" client=auth.client.form error="[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found" username=«EMAIL:mail» remote_addr=«IPV4:ip4»',
    'logger=authn.service t=«iso» level=info msg="Login successful" client=auth.client.ldap id=user:«n2» username="«nb»\\\\«USERNAME:usr»" name="«PERSON_NAME:nm»" email=«EMAIL:mail» remote_addr=«IPV6:ip6»',
    'logger=context userId=0 orgId=0 uname= t=«iso» level=info msg="Request Completed" method=GET path=/api/health status=200 remote_addr=«IPV4:ip4» time_ms=0 handler=/api/health',
    'logger=ngalert.sender t=«iso» level=info msg="Sending alert" receiver="jour-sms" to="«PHONE:tele164»" alertname="Disk full" host=«host» version=«~ver»',
)

# ------------------------------------------------------------------ asterisk-cdr


def ast_ringgroup(ctx, rec, cols):
    r = ctx.rng
    e1, e2 = G["ext"](ctx), G["ext"](ctx)
    k = r.randrange(3)
    if k == 0:
        clid = '"""«PERSON_NAME:nm|q»"" <«PHONE:@c»>"'
    elif k == 1:
        clid = '"""«PHONE:@c»"" <«PHONE:@c»>"'
    else:
        clid = '"""Anonymous"" <anonymous>"'
    src = '"«PHONE:@c»"' if k != 2 else '"anonymous"'
    import evallib
    ctx.memo["c"] = G["teldial"](ctx)
    ctx.memo["e1"], ctx.memo["e2"] = e1, e2
    ctx.memo["m"] = G["teldial"](ctx)
    parts = [
        ("raw", '"«~costc»"' if r.random() < 0.3 else '""'), ("raw", src), ("raw", '"«~queue»"'), "ext-group",
        ("raw", clid), "PJSIP/«trunk»-«chan»", "PJSIP/«PHONE:@e1»-«chan»", "Dial",
        "PJSIP/«PHONE:@e1»&PJSIP/«PHONE:@e2»&Local/«PHONE:@m»@from-internal/n,20,trM(auto-blkvm)",
        "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), r.choice(["ANSWERED", "NO ANSWER", "BUSY"]),
        "DOCUMENTATION", "«ast_uid»", "«recfile»-«~queue»-«PHONE:@c»-«ymd»-«h8».wav"]
    for i, cell in enumerate(parts):
        if i:
            rec.text(",")
        if isinstance(cell, tuple):
            evallib.render(cell[1], ctx, rec)
        else:
            rec.text('"')
            evallib.render(cell, ctx, rec)
            rec.text('"')


def ast_page_spy(ctx, rec, cols):
    r = ctx.rng
    if r.random() < 0.5:
        csv_row(ctx, rec, ["", "«PHONE:ext@a»", "«~fac»", "app-chanspy", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>', "PJSIP/«PHONE:@a»-«chan»",
                           "", "ChanSpy", "PJSIP/«PHONE:ext»,qwE", "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"),
                           "ANSWERED", "DOCUMENTATION", "«ast_uid»", ""])
    else:
        csv_row(ctx, rec, ["«~costc»", "«PHONE:ext@a»", "«~pagegrp»", "ext-paging", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>',
                           "PJSIP/«PHONE:@a»-«chan»", "PJSIP/«PHONE:ext»-«chan»", "Page",
                           "PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»&PJSIP/«PHONE:ext»,dqi,30", "«dt»", "«dt2»", "«dt3»",
                           ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "DOCUMENTATION", "«ast_uid»"])


G["pagegrp"] = lambda c: c.rng.choice(["*80", "7900", "7901"])


def ast_conf_out(ctx, rec, cols):
    r = ctx.rng
    k = r.randrange(3)
    if k == 0:   # ConfBridge room
        csv_row(ctx, rec, ["«BADGE:badge»", "«PHONE:ext@a»", "«~conf@r»", "ext-meetme", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>',
                           "PJSIP/«PHONE:@a»-«chan»", "", "ConfBridge", "«~@r»,default_bridge,default_user", "«dt»", "«dt2»",
                           "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "DOCUMENTATION", "«ast_uid»", ""])
    elif k == 1:  # outbound, international with 00
        csv_row(ctx, rec, ["«~costc»", "«PHONE:ext@a»", "«PHONE:teldial@d»", "from-internal", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>',
                           "PJSIP/«PHONE:@a»-«chan»", "PJSIP/«trunk»-«chan»", "Dial", "PJSIP/«PHONE:@d»@«trunk»,300,Tt",
                           "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "BILLING", "«ast_uid»",
                           "out-«PHONE:@d»-«PHONE:@a»-«ymd»-«h8».wav"])
    else:         # emergency and service numbers from a desk phone
        csv_row(ctx, rec, ["", "«PHONE:ext@a»", "«~svcnum@s|d»", "outbound-allroutes", '""«PERSON_NAME:nm|q»"" <«PHONE:@a»>',
                           "PJSIP/«PHONE:@a»-«chan»", "PJSIP/«trunk»-«chan»", "Dial", "PJSIP/«~@s|d»@«trunk»,300,T",
                           "«dt»", "«dt2»", "«dt3»", ("raw", "«dur»"), ("raw", "«dur»"), "ANSWERED", "DOCUMENTATION", "«ast_uid»"])


# ------------------------------------------------------------------ freeswitch-cdr


def fs_out(ctx, rec, cols):
    r = ctx.rng
    ctx_name = r.choice(["default", "lsnorr.internal", "ekbacken.lan"])
    name = "«PERSON_NAME:nm|q»" if r.random() < 0.8 else "«PHONE:@a»"
    ctx.memo["a"] = G["ext"](ctx)
    dest = r.choice(["«PHONE:teldial»", "«PHONE:ext»", "«PHONE:mobsedig»"])
    csv_row(ctx, rec, [name, "«PHONE:@a»", dest, ctx_name, "«dt»", "«dt2»", "«dt3»", "«dur»", "«dur»", "«cause»", "«uuid»",
                       "«uuid»", r.choice(["«~costc»", "«BADGE:badge»", ""]), "«codec»", "«codec»"])


def fs_in(ctx, rec, cols):
    r = ctx.rng
    ctx.memo["c"] = G["tele164"](ctx)
    name = r.choice(["«PERSON_NAME:nm|q»", "«PHONE:@c»", "UNKNOWN", "Anonymous", "«~place»"])
    num = "«PHONE:@c»" if name not in ("Anonymous",) else "0000000000"
    dest = r.choice(["«~ivr»", "«~vmpilot»", "«~queue»", "**«PHONE:ext»", "«PHONE:ext»", "«~switch|d»"])
    csv_row(ctx, rec, [name, num, dest, "public", "«dt»", "«dt2»", "«dt3»", "«dur»", "«dur»", "«cause»", "«uuid»", "",
                       "", "«codec»", "«codec»"])


# ------------------------------------------------------------------ cisco-cucm-cdr


def cucm_base(ctx):
    return {"cdrRecordType": "1", "globalCallID_callManagerId": "«n1»", "globalCallID_callId": "«n6»",
            "origLegCallIdentifier": "«n9»", "dateTimeOrigination": "«epoch»", "origNodeId": "«n1»",
            "origIpAddr": "«IPV4:ip4int»", "origCause_value": "16", "origPrecedenceLevel": "4",
            "origMediaTransportAddress_IP": "«IPV4:ip4int»", "origMediaTransportAddress_Port": "«port»",
            "origMediaCap_payloadCapability": "4", "origMediaCap_maxFramesPerPacket": "20",
            "destLegIdentifier": "«n9»", "destNodeId": "«n1»", "destIpAddr": "«IPV4:ip4int»",
            "destCause_value": "0", "destPrecedenceLevel": "4", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
            "destMediaTransportAddress_Port": "«port»", "destMediaCap_payloadCapability": "4",
            "destMediaCap_maxFramesPerPacket": "20", "dateTimeConnect": "«epoch»", "dateTimeDisconnect": "«epoch»",
            "pkid": "«uuid»", "duration": "«dur»", "globalCallId_ClusterID": "StandAloneCluster",
            "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64", "origDTMFMethod": "3", "destDTMFMethod": "3"}


def cucm_vm(ctx, rec, cols):
    """internal call between phones, forwarded on no answer to the Unity voicemail pilot"""
    d = cucm_base(ctx)
    fwd = ctx.rng.random() < 0.5
    d.update({"callingPartyNumber": "«PHONE:ext@a»", "callingPartyUnicodeLoginUserID": "«USERNAME:usr»",
              "originalCalledPartyNumber": "«PHONE:ext@b»", "callingPartyNumberPartition": "PT_Internal",
              "originalCalledPartyNumberPartition": "PT_Internal", "origDeviceName": "SEP«MAC:macbare|U»",
              "origIpv4v6Addr": "«IPV4:ip4»", "destIpv4v6Addr": "«IPV4:ip4»",
              "callingPartyNumber_uri": "«EMAIL:mail»", "calledPartyPatternUsage": "2",
              "originalCalledPartyPattern": "«PHONE:@b»"})
    if fwd:
        d.update({"finalCalledPartyNumber": "«~vmpilot@v»", "lastRedirectDn": "«PHONE:@b»",
                  "finalCalledPartyNumberPartition": "PT_Internal", "lastRedirectDnPartition": "PT_Internal",
                  "destDeviceName": "CiscoUM1-VI«n1»", "origCalledPartyRedirectReason": "2",
                  "lastRedirectRedirectReason": "2", "lastRedirectRedirectOnBehalfOf": "5",
                  "finalCalledPartyPattern": "«~@v»"})
    else:
        d.update({"finalCalledPartyNumber": "«PHONE:@b»", "finalCalledPartyUnicodeLoginUserID": "«USERNAME:usr2»",
                  "finalCalledPartyNumberPartition": "PT_Internal", "destDeviceName": "SEP«MAC:macbare|U»",
                  "finalCalledPartyPattern": "«PHONE:@b»", "finalCalledPartyNumber_uri": "«EMAIL:mail2»"})
    cucm_row(ctx, rec, cols, d)


def cucm_hunt(ctx, rec, cols):
    """PSTN caller into a hunt pilot, answered by an agent with extension mobility"""
    d = cucm_base(ctx)
    queued = ctx.rng.random() < 0.6
    d.update({"callingPartyNumber": "«PHONE:tele164»", "callingPartyNumberPartition": "PT_PSTN_In",
              "originalCalledPartyNumber": "«~pilot@p»", "finalCalledPartyNumber": "«PHONE:ext@x»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:usr»", "originalCalledPartyNumberPartition": "PT_Hunt",
              "finalCalledPartyNumberPartition": "PT_Internal", "lastRedirectDn": "«~@p»",
              "origDeviceName": "SBC-«trunk»", "destDeviceName": "SEP«MAC:macbare|U»", "huntPilotDN": "«~@p»",
              "huntPilotPartition": "PT_Hunt", "huntPilotPattern": "«~@p»", "calledPartyPatternUsage": "7",
              "wasCallQueued": "1" if queued else "0", "totalWaitTimeInQueue": "«n2»" if queued else "0",
              "originalCalledPartyPattern": "«~@p»", "finalCalledPartyPattern": "«PHONE:@x»",
              "lastRedirectingPartyPattern": "«~@p»", "lastRedirectRedirectReason": "0",
              "origIpv4v6Addr": "«IPV4:ip4»", "destIpv4v6Addr": "«IPV4:ip4»", "IncomingProtocolID": "1",
              "comment": "«hunt_comment»"})
    cucm_row(ctx, rec, cols, d)


G["hunt_comment"] = lambda c: c.rng.choice(["", "callFlag=PRIORITY;", "QueueName=Kundtjanst;"])


def cucm_jabber(ctx, rec, cols):
    """outbound PSTN from a Jabber, Webex or mobile client device"""
    d = cucm_base(ctx)
    r = ctx.rng
    ctx.memo["u"] = G["usr"](ctx)
    dev = r.choice(["CSF", "TCT", "BOT", "TAB"])
    ctx.memo["n"] = G["teldial"](ctx)
    d.update({"callingPartyNumber": "«PHONE:ext@a»", "callingPartyUnicodeLoginUserID": "«USERNAME:@u»",
              "originalCalledPartyNumber": "«PHONE:@n»",
              "finalCalledPartyNumber": "«PHONE:@n»", "callingPartyNumberPartition": "PT_Internal",
              "originalCalledPartyNumberPartition": "PT_PSTN_SE", "finalCalledPartyNumberPartition": "PT_PSTN_SE",
              "origDeviceName": dev + "«USERNAME:@u|U»", "destDeviceName": "SBC-«trunk»",
              "outpulsedCallingPartyNumber": "«PHONE:tele164»", "outpulsedCalledPartyNumber": "«PHONE:@n»",
              "calledPartyPatternUsage": "5", "finalCalledPartyPattern": "0.!", "originalCalledPartyPattern": "0.!",
              "callingPartyNumber_uri": "«EMAIL:mail»", "origIpv4v6Addr": "«IPV6:ip6»", "destIpv4v6Addr": "«IPV4:ip4»",
              "clientMatterCode": "«~costc»" if r.random() < 0.3 else ""})
    if dev == "BOT" and r.random() < 0.6:
        d.update({"mobileCallingPartyNumber": "«PHONE:mobsedig»", "origMobileDeviceName": "RDP«USERNAME:@u|U»",
                  "mobileCallType": "1", "origMobileCallDuration": "«dur»"})
    cucm_row(ctx, rec, cols, d)



O5 = "<«pri»>«bsd» «host» open5gs-mmed[«pid»]: "
open5gs = shapes(
    O5 + "«dt».«n3»: [emm] INFO: [«IMSI:imsi@i»] Attach complete (../src/mme/emm-sm.c:1384)",
    O5 + "«dt».«n3»: [mme] INFO:     IMSI[«IMSI:imsi»] (../src/mme/mme-s11-handler.c:257)",
    O5 + "«dt».«n3»: [emm] INFO:     IMEISV[«IMEI:imeisv»] (../src/mme/emm-handler.c:237)",
    O5 + "«dt».«n3»: [emm] INFO:     IMSI[«IMSI:imsi»] (../src/mme/emm-handler.c:134)",
    O5 + "«dt».«n3»: [mme] INFO: [Added] Number of MME-UEs is now «n2» (../src/mme/mme-context.c:3150)",
    O5 + "«dt».«n3»: [emm] INFO: [«IMSI:imsi»] Detach request (../src/mme/emm-sm.c:«n4»)",
    O5 + "«dt».«n3»: [mme] INFO: eNB-S1 accepted[«IPV4:ip4»]:«port» in s1_path module (../src/mme/s1ap-sctp.c:113)",
    O5 + "«dt».«n3»: [gmm] WARNING: [suci-0-240-07-0000-0-0-«~n9»] Cannot find SUCI (../src/amf/gmm-sm.c:«n4»)",
    O5 + "«dt».«n3»: [smf] INFO: UE IMSI[«IMSI:imsi»] APN[internet] IPv4[«IPV4:ip4»] IPv6[] (../src/smf/npcf-handler.c:«n3»)",
)

knox = shapes(
    '{"eventType":"DEVICE_ENROLLED","timestamp":«epochms»,"tenantId":"«tenant»","device":{"deviceId":"«h16»","modelName":"SM-S921B","platform":"Android","osVersion":"15","serialNumber":"R5C«~serial»","imei":"«IMEI:imeip»","meid":"","phoneNumber":"«PHONE:tele164»","simInfo":[{"slot":1,"imsi":"«IMSI:imsi»","iccid":"«~iccid»","carrier":"Telia"}],"wifiMac":"«MAC:macCOLON»","ownership":"COPE"},"user":{"userId":"«USERNAME:usr»","userName":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail»","group":"«place»"}}',
    '{"eventType":"COMPLIANCE_VIOLATION","timestamp":«epochms»,"device":{"deviceId":"«h16»","modelName":"SM-A556B","imei":"«IMEI:imei»","imei2":"«IMEI:imeip»","phoneNumber":"«PHONE:tel»"},"violation":{"rule":"OS version below 14","action":"Notify"},"user":{"userId":"«USERNAME:usr»","email":"«EMAIL:mail»"}}',
    '{"eventType":"DEVICE_COMMAND","timestamp":«epochms»,"command":"LOCK","issuedBy":"«USERNAME:usr2»","device":{"deviceId":"«h16»","imei":"«IMEI:imeip»","lastKnownIp":"«IPV4:ip4»","firmware":"«~ver»","bluetoothMac":"«MAC:maccolon»"},"note":"Tappad telefon, anmäld av «PERSON_NAME:nm|j» via «~svcnum»"}',
    '{"eventType":"APP_INSTALL_FAILED","timestamp":«epochms»,"device":{"deviceId":"«h16»","imei":"«~badimei»","serialNumber":"«~serial»"},"app":{"packageName":"com.microsoft.teams","versionCode":«~n4»}}',
)

VW = "<«pri»>«bsd» «host» vaultwarden[«pid»]: [«dt».«n3»]"
vaultwarden = shapes(
    VW + "[vaultwarden::api::identity][ERROR] Username or password is incorrect. Try again. IP: «IPV4:ip4». Username: «EMAIL:mail».",
    VW + "[vaultwarden::api::identity][ERROR] Username or password is incorrect. Try again. IP: «IPV6:ip6». Username: «EMAIL:privmail».",
    VW + "[vaultwarden::api::identity][INFO] User «EMAIL:mail» logged in successfully. IP: «IPV4:ip4»",
    VW + "[request][INFO] POST /identity/connect/token",
    VW + "[response][INFO] (login) POST /identity/connect/token => 400 Bad Request",
    VW + "[vaultwarden::api::core::two_factor::email][WARN] Email 2FA token for «EMAIL:mail» has expired",
    VW + "[vaultwarden::api::admin][INFO] Invited user «EMAIL:mail2» to organization «h8» by «EMAIL:mail»",
)

SE_ = '{"TenantId":"«tenant»","TimeGenerated":"«iso7»","SourceSystem":"OpsManager","Computer":"«winpc».«idom»","EventSourceName":"Microsoft-Windows-Security-Auditing","Channel":"Security","Task":12544,'
sentinel = shapes(
    SE_ + '"EventID":4624,"Activity":"4624 - An account was successfully logged on.","Account":"«nb»\\\\«USERNAME:usr@u»","AccountType":"User","TargetUserName":"«USERNAME:@u»","TargetDomainName":"«nb»","LogonType":3,"IpAddress":"«IPV4:ip4@i»","WorkstationName":"«PERSON_NAME:givenl»-LT","EventData":"<EventData xmlns=\\"http://schemas.microsoft.com/win/2004/08/events/event\\"><Data Name=\\"SubjectUserSid\\">S-1-0-0</Data><Data Name=\\"TargetUserSid\\">«sid»</Data><Data Name=\\"TargetUserName\\">«USERNAME:@u»</Data><Data Name=\\"TargetDomainName\\">«nb»</Data><Data Name=\\"LogonType\\">3</Data><Data Name=\\"WorkstationName\\">«PERSON_NAME:givenl»-LT</Data><Data Name=\\"IpAddress\\">«IPV4:@i»</Data><Data Name=\\"IpPort\\">«port»</Data></EventData>"}',
    SE_ + '"EventID":4625,"Activity":"4625 - An account failed to log on.","Account":"\\\\«USERNAME:usr@u»","AccountType":"User","TargetUserName":"«USERNAME:@u»","LogonType":10,"IpAddress":"«IPV4:ip4@i»","Status":"0xc000006d","SubStatus":"0xc000006a","EventData":"<EventData><Data Name=\\"TargetUserName\\">«USERNAME:@u»</Data><Data Name=\\"Status\\">0xc000006d</Data><Data Name=\\"IpAddress\\">«IPV4:@i»</Data></EventData>"}',
    SE_ + '"EventID":4740,"Activity":"4740 - A user account was locked out.","Account":"«nb»\\\\«USERNAME:usr@u»","TargetAccount":"«nb»\\\\«USERNAME:@u»","SubjectUserName":"«~sysacct|j»","EventData":"<EventData><Data Name=\\"TargetUserName\\">«USERNAME:@u»</Data><Data Name=\\"TargetDomainName\\">«winpc»</Data><Data Name=\\"SubjectUserName\\">DC01$</Data></EventData>"}',
    SE_ + '"EventID":4720,"Activity":"4720 - A user account was created.","SubjectAccount":"«nb»\\\\«USERNAME:usr2»","TargetAccount":"«nb»\\\\«USERNAME:usr@u»","DisplayName":"«PERSON_NAME:nm|j»","UserPrincipalName":"«EMAIL:mail»","EventData":"<EventData><Data Name=\\"SamAccountName\\">«USERNAME:@u»</Data><Data Name=\\"DisplayName\\">«PERSON_NAME:nm|j»</Data><Data Name=\\"UserPrincipalName\\">«EMAIL:mail»</Data><Data Name=\\"HomeDirectory\\">\\\\\\\\fs01\\\\hem\\\\«USERNAME:@u»</Data></EventData>"}',
)

znuny = shapes(
    '{"zgłoszenie":"«ticket»","utworzono":"«dt»","zgłaszający":{"imię":"«PERSON_NAME:given|j»","nazwisko":"«PERSON_NAME:sur|j»","login":"«USERNAME:usr»","telefon":"«PHONE:tel»","e-mail":"«EMAIL:mail»"},"temat":"Reset hasła","opis":"Proszę o reset hasła dla konta «USERNAME:usr». Kontakt: «PHONE:tel»","przypisany_do":"«USERNAME:usr2»","kolejka":"Helpdesk::Poziom 1","status":"nowe","priorytet":"3 normalny"}',
    '{"zgłoszenie":"«ticket»","utworzono":"«dt»","zgłaszający":{"imię":"«PERSON_NAME:given|j»","nazwisko":"«PERSON_NAME:sur|j»","e-mail":"«EMAIL:privmail»"},"temat":"Nie działa VPN","opis":"Od rana nie mogę się połączyć z «xdom». Mój numer: «PHONE:tel», komputer «winpc», adres «IPV4:ip4»","przypisany_do":"«~sysacct|j»","status":"otwarte"}',
    '{"zgłoszenie":"«ticket»","historia":[{"czas":"«dt»","autor":"«USERNAME:usr»","akcja":"Notatka","treść":"Oddzwoniłem do «PERSON_NAME:nm|j» na «PHONE:tel»"},{"czas":"«dt2»","autor":"«USERNAME:usr2»","akcja":"Zamknięcie","treść":"Rozwiązane"}],"status":"zamknięte"}',
)

CA = "CEF:0|Cyber-Ark|Vault|13.2.0000|"
cyberark = shapes(
    CA + '295|Retrieve password|5|act=Retrieve password suser=«USERNAME:usr» fname=Root\\\\Operating System-WinDomain-«idom»-«USERNAME:admusr@a» dvc=«IPV4:ip4» shost=«IPV4:ip4» dhost=«host» duser=«USERNAME:@a» externalId= app= reason=«~ticket@t» cs1Label="Affected User Name" cs1= cs2Label="Safe Name" cs2=Windows-Admins cs3Label="Device Type" cs3=Operating System cs4Label="Database" cs4= cs5Label="Other info" cs5=«IPV4:ip4» cn1Label="Request Id" cn1= cn2Label="Ticket Id" cn2=«~@t» msg=«~@t»',
    CA + '7|Logon|5|act=Logon suser=«USERNAME:usr» fname= dvc=«IPV4:ip4» shost=«IPV4:ip4» dhost= duser= externalId= app= reason= cs1Label="Affected User Name" cs1= cs2Label="Safe Name" cs2= cs3Label="Device Type" cs3= cs4Label="Database" cs4= cs5Label="Other info" cs5= cn1Label="Request Id" cn1= cn2Label="Ticket Id" cn2= msg=',
    CA + '300|PSM Connect|5|act=PSM Connect suser=«USERNAME:usr» fname=Root\\\\Unix via SSH Keys-«host»-root dvc=«IPV4:ip4» shost=«IPV4:ip4» dhost=«IPV4:ip4» duser=«~sysacct» externalId=«uuid» app=SSH reason=«~ticket» cs1Label="Affected User Name" cs1=«PERSON_NAME:nm|c» cs2Label="Safe Name" cs2=Linux-Root cs3Label="Device Type" cs3=Operating System cs4Label="Database" cs4= cs5Label="Other info" cs5= msg=«~ticket»',
    CA + '22|CPM Verify Password|5|act=CPM Verify Password suser=PasswordManager fname=Root\\\\Windows Domain Account-«idom»-«~sysacct» dvc=«IPV4:ip4» shost=«IPV4:ip4» dhost=«host» duser=«~sysacct» cs2Label="Safe Name" cs2=Service-Accounts msg=',
)


CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "origDeviceName", "huntPilotDN"]

TEMPLATES = [
    ("syslog", "f5-apm", f5_apm),
    ("syslog", "mariadb-audit", mariadb),
    ("syslog", "mssql-nxlog", mssql),
    ("syslog", "iis-w3c", iis),
    ("syslog", "windows-dhcp-audit", windhcp),
    ("syslog", "ruckus-smartzone", ruckus),
    ("syslog", "opensmtpd", opensmtpd),
    ("syslog", "nedap-aeos", nedap),
    ("syslog", "packetfence", packetfence),
    ("syslog", "etjanst-bankid", etjanst),
    ("syslog", "open5gs-mme", open5gs),
    ("syslog", "vaultwarden", vaultwarden),
    ("json", "auth0", auth0),
    ("json", "defender-hunting", defender),
    ("json", "sinch-sms", sinch),
    ("json", "sinch-mo", sinch_mo),
    ("json", "teams-callrecords", teams),
    ("json", "1password-events", onepass),
    ("json", "fhir-auditevent", fhir),
    ("json", "knox-manage", knox),
    ("json", "sentinel-securityevent", sentinel),
    ("json", "znuny-pl", znuny),
    ("kv-cef", "checkpoint-kv", checkpoint),
    ("kv-cef", "forcepoint-cef", forcepoint),
    ("kv-cef", "varonis-cef", varonis),
    ("kv-cef", "trellix-leef2", trellix),
    ("kv-cef", "grafana-logfmt", grafana),
    ("kv-cef", "cyberark-vault-cef", cyberark),
    ("asterisk-cdr", "ringgroup-followme", ast_ringgroup),
    ("asterisk-cdr", "page-chanspy", ast_page_spy),
    ("asterisk-cdr", "confbridge-outbound", ast_conf_out),
    ("freeswitch-cdr", "extension-outbound", fs_out),
    ("freeswitch-cdr", "public-inbound", fs_in),
    ("cisco-cucm-cdr", "unity-forward", cucm_vm),
    ("cisco-cucm-cdr", "hunt-em", cucm_hunt),
    ("cisco-cucm-cdr", "jabber-pstn", cucm_jabber),
]
