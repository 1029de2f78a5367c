"""Templates of the wild2 split (the fifth pair's development half).

Modelled on real products' published log lines and field names; written
without reading any other split's templates or records, nor veil's output on
these (labels come from what a value is, per DESIGN.md). The products are
listed in ../README.md. A callable template picks one of several shapes of
the same product per record.
"""
import evallib
from evallib import render, digits, hexs, weighted

NEG = evallib.NEG


def shapes(*tpls):
    def f(ctx, rec, cols):
        render(ctx.rng.choice(tpls), ctx, rec)
    return f


G = {}
G["mobileuri"] = lambda c: evallib.phone_spelling(c, *evallib.phone_number(c, "SE", "mobile"), c.rng.choice(["e164", "national-digits", "00"]))


def gen(name):
    def deco(fn):
        G[name] = fn
        return fn
    return deco


def _given_latin(c):
    p = c.person()
    g = p["given_l"].split(" ")[0].split("-")[0]
    return evallib.fold(g) if c.rng.random() < 0.5 else g


G["givenl"] = _given_latin
G["panserial"] = lambda c: "0132010" + digits(c.rng, 5)
G["panseq"] = lambda c: str(c.rng.randint(10 ** 9, 10 ** 10))
G["pants"] = lambda c: f"{evallib.moment(c):%Y/%m/%d %H:%M:%S}"
G["gpver"] = lambda c: c.rng.choice(["6.2.4-68", "6.1.3-12", "6.3.0-33"])
G["laptop"] = lambda c: c.rng.choice(["VFK-LT-", "NH-W11-", "VFK-SKOLA-"]) + digits(c.rng, 4)
G["hostid"] = lambda c: evallib.uuid4(c)
G["vfkuser"] = lambda c: evallib.user_base(c, c.person(), keep_diacritics=False)
G["tid"] = lambda c: "0x" + hexs(c, 8)
G["lease"] = lambda c: c.rng.choice(["3600", "7200", "86400", "600"])
G["kst"] = lambda c: c.rng.choice(["KST 4410", "KST 5120", "Ansvar 1203", "CC-7731", "Kst 8800"])
G["queueno"] = lambda c: str(c.rng.randint(6000, 6099))
G["parkslot"] = lambda c: str(c.rng.randint(7050, 7069))
G["confno"] = lambda c: str(c.rng.choice([6800, 6801, 6802, 6810]))
G["ivrno"] = lambda c: c.rng.choice(["6900", "6901", "s"])
G["switchboard"] = lambda c: c.rng.choice(["+46 63 14 30 00", "0631430000", "+46631430000", "08-522 190 00", "+46852219000"])
G["sbcid"] = lambda c: str(c.rng.randint(10 ** 9, 4 * 10 ** 9))
G["callid"] = lambda c: f"{digits(c.rng, 20)}@{evallib.ipv4(c)}"
G["meraki_ts"] = lambda c: f"{evallib.moment(c).timestamp():.0f}.{digits(c.rng, 9)}"
G["mrap"] = lambda c: c.rng.choice(["VFK-MR46-Bibliotek", "VFK-MR36-Plan2", "NH-MR56-Lager", "VFK-MX84"])
G["ssid"] = lambda c: c.rng.choice(["VFK-Personal", "VFK-Elev", "eduroam", "NH-Corp", "VFK-Gäst"])
G["pgdb"] = lambda c: c.rng.choice(["ekonomi", "procapita", "hr_lon", "postgres", "gis"])
G["printer"] = lambda c: c.rng.choice(["vfk-print01\\Plan3-Farg", "vfk-print01\\Reception-SV", "nh-print\\Lager-A3"])
G["doc"] = lambda c: c.rng.choice(["Delårsrapport Q2.xlsx", "Microsoft Word - Protokoll KS 2026-03-12",
                                   "Faktura 44102.pdf", "Schema vecka 14", "https://intranat.vasterfors.se/nyheter"])
G["docword"] = lambda c: c.rng.choice(["Anställningsavtal", "Lönespec", "Intyg", "Beslut LSS", "Remiss"])
G["cardhex"] = lambda c: hexs(c, 8).upper()
G["door"] = lambda c: c.rng.choice(["Entré Stadshuset", "Plan 2 Socialtjänst", "Serverrum B1", "Garage Norra",
                                    "Kök Äldreboendet Linden"])
G["arende"] = lambda c: f"ÄR-2026-{c.rng.randint(1000, 99999)}"
G["dnr"] = lambda c: f"SN 2026/{c.rng.randint(10, 999)}"
G["gcpproj"] = lambda c: c.rng.choice(["nh-prod-4411", "nh-data-2207", "vfk-gis-9120"])
G["gsa"] = lambda c: c.rng.choice(["sa-deploy", "terraform", "bq-export", "cloudbuild"]) + "@" + c.gen("gcpproj") + ".iam.gserviceaccount.com"
G["gcpmethod"] = lambda c: c.rng.choice(["google.iam.admin.v1.CreateServiceAccountKey", "storage.objects.get",
                                         "SetIamPolicy", "v1.compute.instances.start",
                                         "google.cloud.bigquery.v2.JobService.InsertJob"])
G["insertid"] = lambda c: hexs(c, 12) + digits(c.rng, 2)
G["uniqueid20"] = lambda c: "1" + digits(c.rng, 20)
G["wbxloc"] = lambda c: c.rng.choice(["Sundsvall HQ", "Östersund", "Umeå Kontor", "Hemarbete"])
G["corrid"] = lambda c: evallib.uuid4(c)
G["vonagenum"] = lambda c: c.rng.choice(["46769436812", "46769436800", "VFKommun", "Nordhavn"])
G["msguuid"] = lambda c: evallib.uuid4(c)
G["smstext_ok"] = lambda c: c.rng.choice(["JA", "STOPP", "Ok tack", "Avboka", "1"])
G["rayid"] = lambda c: hexs(c, 16) + "-ARN"
G["cfapp"] = lambda c: c.rng.choice(["intranet.nordhavn-energi.se", "grafana.nordhavn-energi.se", "git.vasterfors.se"])
G["mistorg"] = lambda c: evallib.uuid4(c)
G["mistsite"] = lambda c: c.rng.choice(["Vasterfors Stadshus", "Nordhavn Lager 2", "Skola Björkängen"])
G["mistap"] = lambda c: c.rng.choice(["5c5b35", "d420b0", "003e73"]) + hexs(c, 6)
G["anstnr"] = lambda c: str(c.rng.randint(10000, 99999))
G["bankkonto"] = lambda c: f"{c.rng.choice(['8327-9', '6000', '5020', '3300'])} {digits(c.rng, 3)} {digits(c.rng, 3)} {digits(c.rng, 3)}"
G["kommunkod"] = lambda c: c.rng.choice(["2281", "2380", "2480"])
G["stormfw"] = lambda c: "SN310A" + digits(c.rng, 10)
G["ruleid"] = lambda c: str(c.rng.randint(1, 220))
G["ivantiagent"] = lambda c: c.rng.choice(["Pulse-Secure/22.7.2.3897 (Windows 11) Pulse/22.7.2.3897",
                                           "Ivanti Secure Access/22.7.3.1293 (Mac OS X 14.4)"])
G["ivsess"] = lambda c: "sid" + hexs(c, 40)
G["nsalert"] = lambda c: c.rng.choice(["DLP", "Compromised Credential", "Malware", "Policy"])
G["dtmodel"] = lambda c: c.rng.choice(["Device / Anomalous Connection / New User Agent to IP Without Hostname",
                                       "Compliance / Remote Desktop Protocol", "Anomalous File / EXE from Rare External Location"])
G["esetver"] = lambda c: c.rng.choice(["11.1.750.0", "10.2.431.0"])
G["esethash"] = lambda c: hexs(c, 40).upper()
G["uniqueid"] = lambda c: f"{evallib.moment(c).timestamp():.0f}.{c.rng.randint(1, 9999)}"
G["aststart"] = lambda c: c.gen("datetime")
G["fsstamp"] = lambda c: c.gen("datetime")
G["sipgw"] = lambda c: c.rng.choice(["telia-sip", "bahnhof-trunk", "gw_ip1"])
G["pjtrunk"] = lambda c: c.rng.choice(["trunk-telia", "trunk-ipnett"])
G["chan"] = lambda c: hexs(c, 8)
G["ucmpkid"] = lambda c: evallib.uuid4(c)
G["epochu"] = lambda c: str(int(evallib.moment(c).timestamp()))
G["epochu2"] = lambda c: str(int(evallib.moment(c).timestamp()) + c.rng.randint(20, 900))
G["confbridge"] = lambda c: "b00" + str(c.rng.randint(29901001, 29901099))
G["fifo"] = lambda c: c.rng.choice(["kundtjanst@vasterfors", "vaxel@vasterfors", "felanmalan@nordhavn"])
G["fsconf"] = lambda c: c.rng.choice(["3500", "3501", "3510", "3520"])


def _fin_verb(c):
    return c.rng.choice(["kirjautui sisään", "avasi asiakastiedot", "tulosti asiakirjan"])


G["fiverb"] = _fin_verb

# ------------------------------------------------------------------ syslog

PAN_GP = (
    "<14>«ts» pa-fw01.vasterfors.local 1,«pants»,«~panserial@sn»,GLOBALPROTECT,0,2561,«pants»,vsys1,"
    "gateway-auth,login,LDAP,,«domain»\\«USERNAME:vfkuser@u»,SE,«laptop»,«IPV4:ip4@pub»,0.0.0.0,«IPV4:ip4»,0.0.0.0,"
    "«hostid»,«~panserial»,«~gpver»,Microsoft Windows 11 Enterprise,\"10.0.22631\",1,,,"
    "\"login from: «IPV4:@pub», source: «IPV4:@pub», user: «domain»\\«USERNAME:@u»\",success,,0,user-logon,0,"
    "VFK-GP-GW,«~panseq»,0x0,«pants».123+01:00,,,,,,,,,,,,pa-fw01,0"
)
PAN_GP_MAC = (
    "<14>«ts» pa-fw01.vasterfors.local 1,«pants»,«~panserial»,GLOBALPROTECT,0,2561,«pants»,vsys1,"
    "gateway-connected,connected,,SSL,«USERNAME:vfkuser@u»@vasterfors.local,SE,«PERSON_NAME:givenl»s-MacBook-Pro,"
    "«IPV4:ip4»,,«IPV4:ip4»,,«hostid»,«~hash»,«~gpver»,Apple Mac OS X,\"14.4.1\",1,,,\"\",success,,0,on-demand,0,"
    "VFK-GP-GW,«~panseq»,0x0,«pants».551+01:00,,,,,,,,,,,,pa-fw01,0"
)
PAN_USERID = (
    "<14>«ts» pa-fw02 1,«pants»,«~panserial»,USERID,login,2561,«pants»,vsys1,«IPV4:ip4»,"
    "«domain|l»\\«USERNAME:vfkuser»,vfk-dc-agent,0,1,2700,0,0,active-directory,,«~panseq»,0x0,0,0,0,0,,pa-fw02,1,,"
    "«pants».801+01:00,1,,"
)
PAN_TRAFFIC = (
    "<14>«ts» pa-fw01 1,«pants»,«~panserial»,TRAFFIC,end,2561,«pants»,«IPV4:ip4»,«IPV4:ip4»,«IPV4:ip4»,«IPV4:ip4»,"
    "Allow-Staff-Web,«domain|l»\\«USERNAME:vfkuser»,,ssl,vsys1,trust,untrust,ethernet1/2,ethernet1/1,Forward-SIEM,"
    "«pants»,«~sessid»,1,«port»,443,«port»,443,0x41a,tcp,allow,«bytes»,«bytes»,«bytes»,22,«pants»,12,"
    "business-and-economy,0,«~panseq»,0x0,10.0.0.0-10.255.255.255,Sweden,0,12,10,tcp-fin"
)

MERAKI = (
    "<134>1 «meraki_ts» «mrap» events type=association radio='1' vap='2' client_mac='«MAC:maccolon|U»' channel='44' reason='0' rssi='«int2»'",
    "<134>1 «meraki_ts» «mrap» events type=8021x_eap_success radio='1' vap='2' client_mac='«MAC:maccolon|U»' client_ip='«IPV4:ip4»' identity='«USERNAME:vfkuser»@vasterfors.local' aid='«int4»'",
    "<134>1 «meraki_ts» «mrap» events type=8021x_eap_failure radio='0' vap='1' client_mac='«MAC:maccolon|U»' identity='«domain»\\«USERNAME:vfkuser»'",
    "<134>1 «meraki_ts» «mrap» events type=disassociation radio='1' vap='2' client_mac='«MAC:maccolon|U»' channel='36' reason='8' instigator='2' duration='«dur».5' auth_neg_dur='0.01' last_auth_ago='«int4».2' is_wpa='1' full_conn='1.2' ip_resp='1.2' ip_src='«IPV4:ip4»' arp_resp='0.9' arp_src='«IPV4:ip4»' dns_server='«IPV4:ip4»' dns_req_rtt='0.03' dns_resp='1.3' aid='«int4»'",
    "<134>1 «meraki_ts» VFK-MX84 urls src=«IPV4:ip4»:«port» dst=«IPV4:ip4»:443 mac=«MAC:maccolon|U» agent='«~useragent»' request: UNKNOWN https://minasidor.vasterfors.se/",
    "<134>1 «meraki_ts» VFK-MX84 events dhcp lease of ip «IPV4:ip4» from server mac «MAC:maccolon|U» for client mac «MAC:maccolon|U» from router «IPV4:ip4» on subnet «~netmask» with dns «IPV4:ip4»",
)

POSTGRES = (
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] «USERNAME:vfkuser@u»@«pgdb» FATAL:  password authentication failed for user \"«USERNAME:@u»\"",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] [unknown]@[unknown] LOG:  connection received: host=«IPV4:ip4» port=«port»",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] «USERNAME:vfkuser@u»@«pgdb» LOG:  connection authorized: user=«USERNAME:@u» database=«pgdb» application_name=psql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] «~sysuser»@«pgdb» LOG:  disconnection: session time: 0:00:«int2».«int3» user=«~sysuser@s» database=«pgdb» host=«IPV4:ip4» port=«port»",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] «USERNAME:vfkuser@u»@hr_lon ERROR:  permission denied for table anstallda",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-2] «datetime».«int3» CET [«pid»] «USERNAME:vfkuser@u»@hr_lon STATEMENT:  SELECT * FROM anstallda WHERE personnummer = '«PERSONNUMMER:pnr12»'",
    "<134>«ts» nh-sql04 postgres[«pid»]: [«int2»-1] «datetime».«int3» CET [«pid»] «USERNAME:vfkuser@u»@procapita LOG:  duration: «int4».«int3» ms  statement: UPDATE klient SET mobil='«PHONE:mobilese»' WHERE klient_id=«~sessid»",
)

APACHE = (
    "<150>«ts» vfk-web03 httpd[«pid»]: «IPV4:ip4» - «USERNAME:vfkuser» [«clf»] \"GET «path» HTTP/1.1\" «status» «bytes» \"-\" \"«~useragent»\"",
    "<150>«ts» vfk-web03 httpd[«pid»]: «IPV4:ip4» - - [«clf»] \"GET /api/v2/cases?sok=«PHONE:phonenat» HTTP/1.1\" 200 «bytes» \"https://intranat.vasterfors.se/\" \"«~useragent»\"",
    "<150>«ts» vfk-web03 httpd[«pid»]: «IPV4:ip4» - «USERNAME:vfkuser» [«clf»] \"POST /minasidor/profil?epost=«EMAIL:email|l» HTTP/2.0\" 302 0 \"-\" \"«~useragent»\"",
    "<150>«ts» vfk-web03 httpd[«pid»]: «IPV6:ip6» - - [«clf»] \"GET /intranat/personal/«USERNAME:vfkuser»/bild.jpg HTTP/1.1\" 304 - \"-\" \"«~useragent»\"",
    "<150>«ts» vfk-web03 httpd[«pid»]: [«ctimeus»] [auth_basic:error] [pid «pid»:tid «sessid»] [client «IPV4:ip4»:«port»] AH01618: user «USERNAME:vfkuser» not found: /intranat/personal",
)

KEA = (
    "<30>«ts» nh-dhcp01 kea-dhcp4[«pid»]: INFO  [kea-dhcp4.leases/«pid».«sessid»] DHCP4_LEASE_ALLOC [hwtype=1 «MAC:maccolon»], cid=[01:«MAC:maccolon»], tid=«tid»: lease «IPV4:ip4» has been allocated for «lease» seconds",
    "<30>«ts» nh-dhcp01 kea-dhcp4[«pid»]: INFO  [kea-dhcp4.leases/«pid».«sessid»] DHCP4_LEASE_ADVERT [hwtype=1 «MAC:maccolon»], cid=[no info], tid=«tid»: lease «IPV4:ip4» will be advertised",
    "<30>«ts» nh-dhcp01 kea-dhcp4[«pid»]: INFO  [kea-dhcp4.leases/«pid».«sessid»] DHCP4_RELEASE [hwtype=1 «MAC:maccolon»], cid=[01:«MAC:maccolon»], tid=«tid»: address «IPV4:ip4» was released properly.",
    "<30>«ts» nh-dhcp01 kea-dhcp4[«pid»]: INFO  [kea-dhcp4.ddns/«pid».«sessid»] DHCP4_CLIENT_HOSTNAME_PROCESS [hwtype=1 «MAC:maccolon»], cid=[no info], tid=«tid»: processing client's Hostname option «PERSON_NAME:givenl»s-iPhone",
    "<30>«ts» nh-dhcp01 kea-dhcp6[«pid»]: INFO  [kea-dhcp6.leases/«pid».«sessid»] DHCP6_LEASE_ALLOC duid=[00:03:00:01:«MAC:maccolon»], [no hwaddr info], tid=«tid»: lease for address «IPV6:ip6» and iaid=«int4» has been allocated for 4000 seconds",
)

CYRUS = (
    "<22>«ts» nh-mail01 cyrus/imaps[«pid»]: login: «fqdn» [«IPV4:ip4»] «USERNAME:vfkuser» plaintext+TLS User logged in SESSIONID=<nh-mail01-«pid»-«epoch»-1-«sessid»>",
    "<22>«ts» nh-mail01 cyrus/imaps[«pid»]: login: [«IPV4:ip4»] «EMAIL:email|l» PLAIN+TLS User logged in SESSIONID=<nh-mail01-«pid»-«epoch»-1-«sessid»>",
    "<19>«ts» nh-mail01 cyrus/imaps[«pid»]: badlogin: [«IPV4:ip4»] plain [SASL(-13): authentication failure: checkpass failed] «USERNAME:vfkuser»",
    "<22>«ts» nh-mail01 cyrus/lmtpunix[«pid»]: Delivered: <«hex16»@«fqdn»> to mailbox: user.«USERNAME:vfkuser»",
    "<22>«ts» nh-mail01 cyrus/pop3s[«pid»]: login: «IPV6:ip6» [«IPV6:ip6»] «USERNAME:vfkuser» plaintext+TLS User logged in",
)

AUDIOCODES = (
    "<134>«ts» nh-sbc01 [S=«sessid»] |CALL_END |SBC |«callid» |«sbcid» |RMT |«IPV4:ip4» |5060 |«IPV4:ip4» |5060 |UDP "
    "|«PHONE:e164@a»@sip.operator.se |«PHONE:@a»@sip.operator.se |«PHONE:ext@b»@«IPV4:ip4» |«PHONE:switchnat@sb»@«IPV4:ip4» |«dur» |RMT "
    "|GWAPP_NORMAL_CALL_CLEAR |NORMAL_CALL_CLEAR |«time».«int3» UTC Tue Mar 03 2026 |«time».«int3» UTC Tue Mar 03 2026 |«time».«int3» UTC Tue Mar 03 2026 "
    "|-1 | | |40 |1 (ITSP) |0 (DefaultSRD) |1 |1 |1 (ITSP) |0 (MR-WAN) |no |BYE |SIP ;cause=200 ;text=\"Call completed elsewhere\" |«PERSON_NAME:fullname» |Växel",
    "<134>«ts» nh-sbc01 [S=«sessid»] |CALL_START |SBC |«callid» |«sbcid» |LCL |«IPV4:ip4» |5060 |«IPV4:ip4» |5060 |TLS "
    "|«PHONE:ext@b»@vasterfors.se |«PHONE:@b»@vasterfors.se |«PHONE:phoneuri»@sip.operator.se |«PHONE:phoneuri»@sip.operator.se |0 | "
    "| | |«time».«int3» UTC Tue Mar 03 2026 | | |-1 | | |46 |2 (Teams) |1 (TeamsSRD) |2 |2 |2 (Teams) |1 (MR-LAN) |no | | |«PERSON_NAME:fullname» |",
    "<134>«ts» nh-sbc01 [S=«sessid»] |CALL_END |SBC |«callid» |«sbcid» |RMT |«IPV4:ip4» |5060 |«IPV4:ip4» |5060 |UDP "
    "|anonymous@anonymous.invalid |anonymous@anonymous.invalid |«~svc»@«IPV4:ip4» |«~svc»@«IPV4:ip4» |«dur» |LCL "
    "|GWAPP_NORMAL_CALL_CLEAR |NORMAL_CALL_CLEAR |«time».«int3» UTC Tue Mar 03 2026 | | |-1 | | |40 |1 (ITSP) |0 (DefaultSRD) |1 |1 |1 (ITSP) |0 (MR-WAN) |no |BYE | | |Anonymous |",
)
G["switchnat"] = lambda c: c.rng.choice(["+46631430000", "+46852219000"])


def _audiocodes(ctx, rec, cols):
    t = ctx.rng.choice(AUDIOCODES)
    # the switchboard number the caller dialled is the organisation's, not a person's
    t = t.replace("«PHONE:switchnat@sb»", "«~switchnat»")
    render(t, ctx, rec)


PAPERCUT = (
    "<134>«ts» vfk-print01 PaperCut: «datetime»,«USERNAME:vfkuser»,«int2»,1,«printer»,\"«doc»\",«laptop»,A4,PCL6,297mm,210mm,DUPLEX,GRAYSCALE,«int3» kB",
    "<134>«ts» vfk-print01 PaperCut: «datetime»,«USERNAME:vfkuser»,«int2»,1,«printer»,\"«docword» «PERSON_NAME:fullname|q».pdf\",«laptop»,A4,PDF,297mm,210mm,NOT DUPLEX,COLOR,«int3» kB",
    "<134>«ts» vfk-print01 PaperCut: «datetime» WARN  PrintJobProcessor - User \"«USERNAME:vfkuser»\" denied printing to \"«printer»\": account balance -12,50 kr (cost centre «~kst»)",
    "<134>«ts» vfk-print01 PaperCut: «datetime» INFO  CardReaderService - Card «BADGE:cardhex» swiped at release station RS-Plan3 by user «USERNAME:vfkuser» («PERSON_NAME:fullname»)",
)

SALTO = (
    "<14>«ts» salto-srv ProAccessSpace[«pid»]: AuditTrail EventID=«int3» DateTime=\"«datetime»\" Door=\"«door»\" Operator=\"«~sysuser»\" User=\"«PERSON_NAME:fullname»\" Card=«BADGE:cardhex» Operation=\"Opening granted\"",
    "<14>«ts» salto-srv ProAccessSpace[«pid»]: AuditTrail EventID=«int3» DateTime=\"«datetime»\" Door=\"«door»\" User=\"«PERSON_NAME:name»\" Operation=\"Opening rejected: out of time zone\"",
    "<14>«ts» salto-srv ProAccessSpace[«pid»]: Operator «USERNAME:user2» updated key of «PERSON_NAME:fullname» (Kort «BADGE:cardhex», mobil «PHONE:mobilese») in zone «door»",
)

CARE = (
    "<134>«ts» vfk-app07 lifecare-audit: Användare «domain»\\«USERNAME:vfkuser» öppnade akt för «PERSONNUMMER:pnr» («PERSON_NAME:name2»), ärende «~arende», dnr «~dnr»",
    "<134>«ts» vfk-app07 lifecare-audit: Handläggare «PERSON_NAME:fullname» («USERNAME:vfkuser») skickade SMS till «PHONE:mobilese» om beslut i ärende «~arende»",
    "<134>«ts» vfk-app07 lifecare-audit: Samordningsnummer «SAMORDNINGSNUMMER:snr» registrerat för ny klient av «USERNAME:vfkuser» från «IPV4:ip4»",
    "<134>«ts» vfk-app07 lifecare-audit: Kontrollsiffra fel i personnummer «~badpnr» inmatat av «USERNAME:vfkuser», post ej sparad",
    "<134>«ts» tre-app02 asiakastieto: Käyttäjä «USERNAME:vfkuser» «fiverb» osoitteesta «IPV4:ip4» (asiakas «PERSON_NAME:name2», puh. «PHONE:phone»)",
    "<134>«ts» vfk-app07 lifecare-audit: Utförare «PERSON_NAME:fullname» kvitterade besök hos brukare «PERSONNUMMER:pnr10» kl «time», larm från «~svc» vidarebefordrat",
)

# ------------------------------------------------------------------ json

GCP = (
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","status":{},"authenticationInfo":'
    '{"principalEmail":"«EMAIL:email|j»"},"requestMetadata":{"callerIp":"«IPV4:ip4»","callerSuppliedUserAgent":"«~useragent|j»",'
    '"requestAttributes":{},"destinationAttributes":{}},"serviceName":"iam.googleapis.com","methodName":"«gcpmethod»",'
    '"authorizationInfo":[{"resource":"projects/-/serviceAccounts/«~bignum»","permission":"iam.serviceAccountKeys.create","granted":true}],'
    '"resourceName":"projects/-/serviceAccounts/«~bignum»"},"insertId":"«insertid»","resource":{"type":"service_account",'
    '"labels":{"project_id":"«gcpproj»","unique_id":"«~bignum»","email_id":"«~gsa»"}},"timestamp":"«iso6»","severity":"NOTICE",'
    '"logName":"projects/«gcpproj»/logs/cloudaudit.googleapis.com%2Factivity","receiveTimestamp":"«iso6»"}',
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":{"principalEmail":"«~gsa»",'
    '"serviceAccountDelegationInfo":[{"firstPartyPrincipal":{"principalEmail":"«EMAIL:email|j»"}}]},"requestMetadata":{"callerIp":"«IPV6:ip6»"},'
    '"serviceName":"storage.googleapis.com","methodName":"storage.objects.get","resourceName":"projects/_/buckets/nh-hr-export/objects/lon_2026-03.csv"},'
    '"insertId":"«insertid»","resource":{"type":"gcs_bucket","labels":{"project_id":"«gcpproj»","bucket_name":"nh-hr-export","location":"europe-north1"}},'
    '"timestamp":"«iso6»","severity":"INFO","logName":"projects/«gcpproj»/logs/cloudaudit.googleapis.com%2Fdata_access"}',
    '{"protoPayload":{"@type":"type.googleapis.com/google.cloud.audit.AuditLog","authenticationInfo":{"principalEmail":"«EMAIL:email|j»"},'
    '"requestMetadata":{"callerIp":"«IPV4:ip4»"},"serviceName":"cloudresourcemanager.googleapis.com","methodName":"SetIamPolicy",'
    '"serviceData":{"@type":"type.googleapis.com/google.iam.v1.logging.AuditData","policyDelta":{"bindingDeltas":[{"action":"ADD",'
    '"role":"roles/bigquery.dataViewer","member":"user:«EMAIL:email2|j»"},{"action":"REMOVE","role":"roles/viewer","member":"serviceAccount:«~gsa»"}]}}},'
    '"insertId":"«insertid»","resource":{"type":"project","labels":{"project_id":"«gcpproj»"}},"timestamp":"«iso6»","severity":"NOTICE"}',
)

WEBEX = (
    '{"Answer indicator":"Yes","Answer time":"«iso»","Answered":"true","Call ID":"SSE«~bignum»@«IPV4:ip4»",'
    '"Call outcome":"Success","Call outcome reason":"Normal","Call type":"SIP_NATIONAL","Called line ID":"«PERSON_NAME:fullname2|j»",'
    '"Called number":"«PHONE:e164»","Calling line ID":"«PERSON_NAME:fullname|j»","Calling number":"«PHONE:ext»","Client type":"SIP",'
    '"Client version":"«~version»","Correlation ID":"«corrid»","Department ID":"«uuid»","Device MAC":"«MAC:macbare»",'
    '"Dialed digits":"«PHONE:phonenat»","Direction":"ORIGINATING","Duration":«dur»,"Location":"«wbxloc»","Model":"DMS Cisco 8851",'
    '"Org UUID":"«uuid»","Original reason":"","Report ID":"«uuid»","Report time":"«iso»","Site UUID":"«uuid»",'
    '"Start time":"«iso»","User":"«PERSON_NAME:fullname|j»","User type":"User","User UUID":"«uuid»"}',
    '{"Answer indicator":"No","Answered":"false","Call ID":"SSE«~bignum»@«IPV4:ip4»","Call outcome":"Failure",'
    '"Call outcome reason":"UserBusy","Call type":"SIP_ENTERPRISE","Called number":"«PHONE:ext»","Calling line ID":"«PERSON_NAME:fullname2|j»",'
    '"Calling number":"«PHONE:e164»","Caller ID number":"«PHONE:e164»","Direction":"TERMINATING","Duration":0,"Inbound trunk":"Telia-SIP-01",'
    '"Location":"«wbxloc»","Redirecting number":"«~queueno»","Related reason":"CallQueue","Report time":"«iso»","Start time":"«iso»",'
    '"User":"«EMAIL:email|j»","User type":"User","User UUID":"«uuid»"}',
    '{"Answered":"true","Call ID":"SSE«~bignum»@«IPV4:ip4»","Call type":"SIP_EMERGENCY","Called number":"«~svc»","Calling number":"«PHONE:ext»",'
    '"Calling line ID":"«PERSON_NAME:fullname|j»","Device MAC":"«MAC:macbare»","Direction":"ORIGINATING","Duration":«dur»,'
    '"Location":"«wbxloc»","PSTN vendor name":"Telia","Report time":"«iso»","User":"«PERSON_NAME:fullname|j»","User type":"User"}',
)

VONAGE = (
    '{"channel":"sms","message_uuid":"«msguuid»","to":"«~vonagenum»","from":"«PHONE:phonenum»","timestamp":"«iso»",'
    '"text":"«smstext_ok»","sms":{"num_messages":"1","keyword":"«smstext_ok|U»"},"usage":{"price":"0.0057","currency":"EUR"}}',
    '{"message_uuid":"«msguuid»","to":"«PHONE:phonenum»","from":"«~vonagenum»","timestamp":"«iso»","status":"delivered",'
    '"usage":{"currency":"EUR","price":"0.0480"},"client_ref":"«~arende»","channel":"sms","destination":{"network_code":"«~int4»"}}',
    '{"channel":"sms","message_uuid":"«msguuid»","to":"«~vonagenum»","from":"«PHONE:phonenum»","timestamp":"«iso»",'
    '"text":"Hej, detta är «PERSON_NAME:fullname|j», mitt pnr är «PERSONNUMMER:pnr|j». Ring mig på «PHONE:mobilese|j»"}',
    '{"from":"«PHONE:phonenum»","to":"«~vonagenum»","uuid":"«hex16»«hex16»","conversation_uuid":"CON-«uuid»","status":"answered",'
    '"direction":"inbound","timestamp":"«iso»"}',
    '{"start_time":"«iso»","rate":"0.01200000","from":"«~vonagenum»","to":"«PHONE:phonenum»","uuid":"«hex16»«hex16»",'
    '"conversation_uuid":"CON-«uuid»","status":"completed","direction":"outbound","network":"«~int4»","duration":"«dur»","price":"0.0040","timestamp":"«iso»"}',
)

CLOUDFLARE = (
    '{"action":"login","allowed":true,"app_domain":"«cfapp»","app_uid":"«uuid»","connection":"azureAD","country":"se",'
    '"created_at":"«iso»","email":"«EMAIL:email|j»","ip_address":"«IPV4:ip4»","purpose_justification_prompt":"",'
    '"purpose_justification_response":"","ray_id":"«rayid»","temp_access_approvers":[],"user_uid":"«uuid»"}',
    '{"Datetime":"«iso»","AccountID":"«hex16»«hex16»","Action":"block","BlockedFileHash":"","DestinationIP":"«IPV4:ip4»",'
    '"DestinationPort":443,"DeviceID":"«uuid»","DeviceName":"«PERSON_NAME:givenl»s-MBP","Email":"«EMAIL:email|j»",'
    '"HTTPHost":"example-share.net","HTTPMethod":"GET","PolicyName":"Block filesharing","SourceIP":"«IPV4:ip4»",'
    '"SourceInternalIP":"«IPV4:ip4»","UserID":"«uuid»","UserAgent":"«~useragent|j»"}',
    '{"action":"sso","allowed":false,"app_domain":"«cfapp»","connection":"onetimepin","country":"fi","created_at":"«iso»",'
    '"email":"«EMAIL:email|j»","ip_address":"«IPV6:ip6»","ray_id":"«rayid»","user_uid":"«uuid»"}',
)

MIST = (
    '{"topic":"client-join","events":[{"ap":"«MAC:mistap»","ap_name":"«mrap»","band":"5","bssid":"«MAC:mistap»",'
    '"connect":«epoch»,"connect_float":«epoch».«int3»,"mac":"«MAC:mac|l»","org_id":"«mistorg»","site_id":"«uuid»",'
    '"site_name":"«mistsite»","ssid":"«ssid»","wlan_id":"«uuid»","client_hostname":"«laptop»","client_ip":"«IPV4:ip4»",'
    '"client_username":"«USERNAME:vfkuser»","random_mac":false,"rssi":-«int2»,"timestamp":«epoch»}]}',
    '{"topic":"client-sessions","events":[{"ap":"«MAC:mistap»","ap_name":"«mrap»","band":"24","client_family":"iPhone",'
    '"client_manufacture":"Apple","client_model":"iPhone 15","client_os":"iOS 18.1","connect":«epoch»,"disconnect":«epoch»,'
    '"duration":«dur»,"mac":"«MAC:mac|l»","next_ap":"«MAC:mistap»","org_id":"«mistorg»","site_name":"«mistsite»",'
    '"ssid":"«ssid»","termination_reason":1,"client_hostname":"«PERSON_NAME:givenl»s-iPhone","client_username":"«EMAIL:email|j»"}]}',
    '{"topic":"nac-events","events":[{"type":"NAC_CLIENT_PERMIT","mac":"«MAC:macbare|l»","username":"«domain»\\\\«USERNAME:vfkuser»",'
    '"nas_ip":"«IPV4:ip4»","client_ip":"«IPV4:ip4»","idp_id":"«uuid»","auth_type":"eap-tls","cert_cn":"«USERNAME:vfkuser»",'
    '"org_id":"«mistorg»","site_name":"«mistsite»","timestamp":«epoch»}]}',
)
G["mistap"] = lambda c: c.rng.choice(["5c5b35", "d420b0", "003e73"]) + hexs(c, 6)

HREXPORT = (
    '{"anstNr":"«~anstnr»","personnummer":"«PERSONNUMMER:pnr»","namn":"«PERSON_NAME:name|j»","epost":"«EMAIL:email|j»",'
    '"mobil":"«PHONE:mobilese»","kostnadsstalle":"«~kst»","kontonummer":"«~bankkonto»","arbetsgivare":{"namn":"Vasterfors kommun",'
    '"orgnr":"«ORGNR:orgnr»","kommunkod":"«~kommunkod»"},"anstallning":{"form":"Tillsvidare","from":"«date»","chef":"«PERSON_NAME:name2|j»"}}',
    '{"anstNr":"«~anstnr»","samordningsnummer":"«SAMORDNINGSNUMMER:snr»","fornamn":"«PERSON_NAME:given|j»","efternamn":"«PERSON_NAME:surname|j»",'
    '"anvandarnamn":"«USERNAME:vfkuser»","telefon":{"arbete":"«~switchboard»","privat":"«PHONE:phone»"},"lonekonto":"«~bankkonto»",'
    '"uppdragsgivare":"«ORGNR:orgnr»","andradAv":"«USERNAME:user2»"}',
    '{"event":"lonefil_skapad","period":"2026-03","antal":«int4»,"utford_av":{"namn":"«PERSON_NAME:fullname|j»","konto":"«USERNAME:vfkuser»",'
    '"ip":"«IPV4:ip4»"},"fel":[{"rad":«int3»,"personnummer":"«~badpnr»","meddelande":"Ogiltig kontrollsiffra"},'
    '{"rad":«int3»,"orgnr":"«~badorgnr»","meddelande":"Ogiltigt organisationsnummer"}]}',
)

G["iccid"] = lambda c: "89460" + digits(c.rng, 14)
G["abonnemang"] = lambda c: c.rng.choice(["Jobbmobil Obegränsad", "Företag Bas 5 GB", "Mobilt bredband 50 GB"])
OPERATOR = (
    '{"abonnemang":{"msisdn":"«PHONE:phonenum»","imsi":"«IMSI:imsi»","iccid":"«~iccid»","produkt":"«abonnemang»",'
    '"anvandare":{"namn":"«PERSON_NAME:name|j»","epost":"«EMAIL:email|j»","kostnadsstalle":"«~kst»"},'
    '"terminal":{"imei":"«IMEI:imei»","modell":"iPhone 15"},"status":"aktiv","andrad":"«iso»","andradAv":"«USERNAME:user2»"}}',
    '{"event":"SIM_SWAP","msisdn":"«PHONE:e164»","old_iccid":"«~iccid»","new_iccid":"«~iccid»","imsi":"«IMSI:imsi»",'
    '"requested_by":"«EMAIL:email2|j»","ticket":"«~ticket»","timestamp":"«iso»"}',
    '{"event":"DEVICE_CHANGE","msisdn":"«PHONE:phonenum»","imei_old":"«IMEI:imei»","imei_new":"«IMEI:imei»",'
    '"imei_rejected":"«~badimei»","subscriber":"«PERSON_NAME:fullname|j»","timestamp":"«iso»"}',
)

# ------------------------------------------------------------------ kv-cef

STORMSHIELD = (
    'id=firewall time="«datetime»" fw="«~stormfw»" tz=+0100 startime="«datetime»" user="«USERNAME:vfkuser»" src=«IPV4:ip4» domain="vasterfors.local" confid=01 ruleid=0 method="OPENVPN" error=3 msg="Authentication Failed" logtype="auth"',
    'id=firewall time="«datetime»" fw="«~stormfw»" tz=+0100 startime="«datetime»" user="«USERNAME:vfkuser»" src=«IPV4:ip4» domain="vasterfors.local" confid=0 ruleid=0 method="SSL" totp="yes" error=0 msg="Utilisateur authentifié" logtype="auth"',
    'id=firewall time="«datetime»" fw="«~stormfw»" tz=+0100 startime="«datetime»" pri=5 confid=01 slotlevel=2 ruleid=«ruleid» srcif="Ethernet1" srcifname="in" ipproto=tcp dstif="Ethernet0" dstifname="out" proto=https src=«IPV4:ip4» srcport=«port» srcportname=ephemeral_fw_tcp srcname=«laptop» srcmac=«MAC:maccolon» dst=«IPV4:ip4» dstport=443 dstportname=https dstcontinent="eu" dstcountry="se" ipv=4 sent=«bytes» rcvd=«bytes» duration=«dur».12 user="«USERNAME:vfkuser»" domain="vasterfors.local" action=pass logtype="connection"',
    'id=firewall time="«datetime»" fw="«~stormfw»" tz=+0100 startime="«datetime»" pri=4 confid=00 srcif="Ethernet4" srcifname="wan" ipproto=tcp proto=unknown src=«IPV4:ip4» srcport=«port» srcmac=«~bcastmac» dst=«IPV4:ip4» dstport=«port» action=block msg="Protocole TCP invalide (packet too short)" class=protocol classification=0 alarmid=98 target=dst logtype="alarm"',
)

IVANTI = (
    'id=firewall time="«datetime»" pri=6 fw=«IPV4:ip4» vpn=ive user=«USERNAME:vfkuser@u» realm="Anställda" roles="Personal, VPN-Full" proto=auth src=«IPV4:ip4@s» dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="«~ivantiagent»" duration= msg="AUT24414: Agent login succeeded for «USERNAME:@u»/Anställda from «IPV4:@s» with «~ivantiagent»."',
    'id=firewall time="«datetime»" pri=6 fw=«IPV4:ip4» vpn=ive user=«USERNAME:vfkuser@u» realm="Anställda" roles="" proto=auth src=«IPV4:ip4@s» dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="AUT24326: Primary authentication successful for «USERNAME:@u»/AD-VFK from «IPV4:@s»"',
    'id=firewall time="«datetime»" pri=6 fw=«IPV4:ip4» vpn=ive user=System realm="" roles="" proto= src=«IPV4:ip4@s» dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="AUT23457: Login failed using auth server AD-VFK (Active Directory).  Reason: Failed for «USERNAME:vfkuser»/Anställda from «IPV4:@s»"',
    'id=firewall time="«datetime»" pri=6 fw=«IPV4:ip4» vpn=ive user=«USERNAME:vfkuser@u» realm="Anställda" roles="Personal" proto= src=«IPV4:ip4» dst= dstname= type=vpn op= arg="" result= sent= rcvd= agent="" duration= msg="NWC23464: VPN Tunneling: Session started for user with IPv4 address «IPV4:ip4», hostname «laptop»"',
    'id=firewall time="«datetime»" pri=6 fw=«IPV4:ip4» vpn=ive user=«USERNAME:vfkuser@u» realm="Anställda" roles="Personal" proto= src=«IPV4:ip4» dst= dstname= type=vpn op= arg="" result= sent=«bytes» rcvd=«bytes» agent="" duration=«dur» msg="AUT22673: Logout from «IPV4:ip4» (session:«~ivsess»)"',
)

NETSKOPE = (
    'CEF:0|Netskope|Netskope|NA|«nsalert»|«nsalert» policy match|5|act=alert app=Microsoft OneDrive for Business suser=«EMAIL:email|c» src=«IPV4:ip4» dst=«IPV4:ip4» dhost=nordhavn-my.sharepoint.com fname=«docword» «PERSON_NAME:fullname|c».docx request=/personal/«USERNAME:vfkuser»_nordhavn-energi_se/Documents cs1Label=policy cs1=DLP-Personnummer cs2Label=dlp_rule cs2=SE-PNR cs3Label=hostname cs3=«laptop» deviceExternalId=«hex16»',
    'CEF:0|Netskope|Netskope|NA|Compromised Credential|Compromised credential detected|8|suser=«EMAIL:email|c» cs1Label=breach_id cs1=«hex16» cs2Label=breach_date cs2=«date» cs3Label=matched_username cs3=«EMAIL:email|c» src=«IPV4:ip4»',
    'CEF:0|Netskope|Netskope|NA|page|Connection|1|suser=«EMAIL:email|c» src=«IPV4:ip4» srcIP=«IPV4:ip4» dst=«IPV4:ip4» dhost=login.microsoftonline.com requestClientApplication=«~useragent|c» cs3Label=hostname cs3=«laptop» cs4Label=os cs4=Windows 11 cs5Label=userkey cs5=«EMAIL:email|c»',
)

DARKTRACE = (
    'CEF:0|Darktrace|DCIP|6.2|«int3»|«dtmodel»|«int2»|externalId=«int4» dvc=«IPV4:ip4» dvchost=«fqdn» smac=«MAC:maccolon» src=«IPV4:ip4» shost=«laptop» suser=«USERNAME:vfkuser» dst=«IPV4:ip4» dpt=3389 cs1Label=model cs1=«dtmodel» cs2Label=device_label cs2=«PERSON_NAME:fullname|c» laptop',
    'CEF:0|Darktrace|DCIP|6.2|«int3»|Compromise / Beaconing Activity To External Rare|«int2»|dvc=«IPV4:ip4» dvchost=«fqdn» smac=«MAC:maccolon» src=«IPV6:ip6» shost=«PERSON_NAME:givenl»s-iPad dhost=cdn.tracking-example.net cs3Label=credential cs3=«USERNAME:vfkuser»@VASTERFORS.LOCAL',
)

ESET = (
    "LEEF:1.0|ESET|Protect|«esetver»|Threat_Event|cat=ESET Threat Event\tsev=5\tdevTime=«datetime»\tsrc=«IPV4:ip4»\thostname=«laptop»\tusrName=«domain»\\«USERNAME:vfkuser»\tthreat_type=trojan\tthreat_name=Win32/Agent.AFX\tthreat_handled=true\taction=cleaned by deleting\tscanner_id=Real-time file system protection\tobject_uri=file:///C:/Users/«USERNAME:vfkuser»/Downloads/faktura.exe\thash=«~esethash»",
    "LEEF:1.0|ESET|Protect|«esetver»|Audit_Event|cat=ESET Audit Event\tsev=2\tdevTime=«datetime»\tsrc=«IPV4:ip4»\tdomain=Computer\taction=Wake-up call\tusrName=«USERNAME:vfkuser»\tdetail=Wake-up call sent to «laptop» («MAC:macdash»)\tresult=Success",
    "LEEF:1.0|ESET|Protect|«esetver»|FirewallAggregated_Event|cat=ESET FirewallAggregated Event\tsev=3\tdevTime=«datetime»\tsrc=«IPV4:ip4»\tdst=«IPV4:ip4»\tdstPort=445\tproto=TCP\taccount=«domain»\\«USERNAME:vfkuser»\tprocess_name=C:\\Windows\\System32\\svchost.exe\tinbound=true\taggregate_count=«int3»",
)

# ------------------------------------------------------------------ asterisk-cdr
# accountcode,src,dst,dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,billsec,disposition,amaflags,uniqueid,userfield

AST_TAIL = '"«datetime»","«datetime2»","«datetime3»",«dur»,«dur»,"ANSWERED","DOCUMENTATION","«uniqueid»"'
AST_QUEUE = (
    '"«~kst»","«PHONE:phonenat@c»","«~queueno@q»","ext-queues","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","PJSIP/trunk-telia-«chan»","Local/«PHONE:ext@a»@from-queue-«chan»;1","Queue","«@q»,t,,,300",' + AST_TAIL + ',"agent=«PHONE:@a»"',
    '"","«PHONE:phonenat@c»","«~queueno@q»","ext-queues","""«PHONE:@c»"" <«PHONE:@c»>","PJSIP/trunk-telia-«chan»","","Queue","«@q»,t,,,300","«datetime»","","«datetime3»",«dur»,0,"NO ANSWER","DOCUMENTATION","«uniqueid»",""',
    '"«BADGE:badge»","«PHONE:ext@a»","«PHONE:ext»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","PJSIP/«PHONE:ext»-«chan»","Dial","PJSIP/«PHONE:ext»,20,tTr",' + AST_TAIL + ',"«~arende»"',
)
AST_PARK = (
    '"","«PHONE:ext@a»","«~parkslot@p»","parkedcalls","""«PERSON_NAME:fullname|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","","ParkedCall","«@p»",' + AST_TAIL + ',""',
    '"","«PHONE:phonenat@c»","«PHONE:ext»","from-trunk","""«PERSON_NAME:name|q»"" <«PHONE:@c»>","PJSIP/trunk-ipnett-«chan»","PJSIP/«PHONE:ext»-«chan»","Park","default,t,60,kKs",' + AST_TAIL + ',"parked on «~parkslot»"',
    '"","«PHONE:ext@a»","*8","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","PJSIP/«PHONE:ext@b»-«chan»","Pickup","«PHONE:@b»@PICKUPMARK",' + AST_TAIL + ',""',
)
AST_FOLLOWME = (
    '"«~kst»","«PHONE:e164@c»","«PHONE:ext@a»","ext-findmefollow","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","PJSIP/trunk-telia-«chan»","Local/«PHONE:mobileuri»@from-internal-«chan»;1","FollowMe","«PHONE:@a»,sa",' + AST_TAIL + ',"fm-«PHONE:@a»"',
    '"","«PHONE:ext@a»","«PHONE:phoneuri@o»","from-internal","""«PERSON_NAME:fullname|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","PJSIP/trunk-telia-«chan»","Dial","PJSIP/«PHONE:@o»@trunk-telia,300,T",' + AST_TAIL + ',""',
    '"","«PHONE:ext@a»","«~svc»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:@a»>","PJSIP/«PHONE:@a»-«chan»","PJSIP/trunk-telia-«chan»","Dial","PJSIP/«~svc@e»@trunk-telia,,",' + AST_TAIL + ',"emergency"',
)
AST_IVR = (
    '"","«PHONE:phonenat@c»","«~ivrno»","ivr-3","""«PHONE:@c»"" <«PHONE:@c»>","PJSIP/trunk-ipnett-«chan»","","BackGround","custom/valkommen-vasterfors,n",' + AST_TAIL + ',"ivr-choice=2"',
    '"","«PHONE:e164@c»","«~switchboard|d»","from-pstn","""«PERSON_NAME:fullname|q»"" <«PHONE:@c»>","PJSIP/trunk-telia-«chan»","","Goto","ivr-3,s,1",' + AST_TAIL + ',""',
    '"","Anonymous","«~ivrno»","ivr-3","""Anonymous"" <Anonymous>","PJSIP/trunk-telia-«chan»","","Hangup","","«datetime»","«datetime»","«datetime2»",«int2»,«int2»,"ANSWERED","DOCUMENTATION","«uniqueid»",""',
)

# ------------------------------------------------------------------ freeswitch-cdr
# caller_id_name,caller_id_number,destination_number,context,start_stamp,answer_stamp,end_stamp,duration,billsec,hangup_cause,uuid,bleg_uuid,accountcode,read_codec,write_codec

FS_TAIL = '"«datetime»","«datetime2»","«datetime3»","«dur»","«dur»","NORMAL_CLEARING","«uuid»","«uuid»"'
FS_CONF = (
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«~fsconf»","default",' + FS_TAIL + ',"","OPUS","OPUS"',
    '"«PHONE:e164@c»","«PHONE:@c»","«~fsconf»","public",' + FS_TAIL + ',"«~kst»","PCMA","PCMA"',
    '"Conference","«~fsconf»","«PHONE:phonenat»","default",' + FS_TAIL + ',"","PCMA","PCMA"',
)
FS_FIFO = (
    '"«PERSON_NAME:name|q»","«PHONE:phonenat»","«~fifo»","public",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«~fifo»","default",' + FS_TAIL + ',"«BADGE:badge»","G722","G722"',
    '"UNKNOWN","UNKNOWN","«~fifo»","public","«datetime»","","«datetime2»","«dur»","0","ORIGINATOR_CANCEL","«uuid»","","","PCMA","PCMA"',
)
FS_OUT = (
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","«PHONE:phoneuri»","default",' + FS_TAIL + ',"«~kst»","PCMA","PCMA"',
    '"«PHONE:ext@a»","«PHONE:@a»","«PHONE:e164»","default",' + FS_TAIL + ',"","OPUS","PCMA"',
    '"«PERSON_NAME:name|q»","«PHONE:ext»","«~svc|d»","default",' + FS_TAIL + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:fullname|q»","«PHONE:ext»","*98","features",' + FS_TAIL + ',"","PCMA","PCMA"',
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
    return {"cdrRecordType": "1", "globalCallID_callManagerId": str(ctx.rng.randint(1, 3)),
            "globalCallID_callId": str(ctx.rng.randint(100000, 9999999)),
            "origLegCallIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "destLegIdentifier": str(ctx.rng.randint(10 ** 7, 10 ** 8)),
            "dateTimeOrigination": "«epochu»", "dateTimeConnect": "«epochu»", "dateTimeDisconnect": "«epochu2»",
            "origNodeId": "2", "destNodeId": "3", "origIpAddr": "«IPV4:ip4int»", "destIpAddr": "«IPV4:ip4int»",
            "origMediaTransportAddress_IP": "«IPV4:ip4int»", "destMediaTransportAddress_IP": "«IPV4:ip4int»",
            "origMediaTransportAddress_Port": "«port»", "destMediaTransportAddress_Port": "«port»",
            "origMediaCap_payloadCapability": "4", "destMediaCap_payloadCapability": "4",
            "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
            "pkid": "«ucmpkid»", "duration": "«dur»", "origCause_value": "16", "destCause_value": "0",
            "globalCallId_ClusterID": "VFK-CUCM", "origPrecedenceLevel": "4", "destPrecedenceLevel": "4",
            "callingPartyNumberPartition": "PT_Internal", "originalCalledPartyNumberPartition": "PT_Internal",
            "finalCalledPartyNumberPartition": "PT_Internal", "calledPartyPatternUsage": "2",
            "origDTMFMethod": "3", "destDTMFMethod": "3", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64"}


def ucm_sep(ctx):
    return "SEP«MAC:macbare»"


def ucm_park(ctx, rec, cols):
    c = ucm_base(ctx)
    kind = ctx.rng.randrange(3)
    c.update({"callingPartyNumber": "«PHONE:ext@a»", "callingPartyUnicodeLoginUserID": "«USERNAME:vfkuser»",
              "origDeviceName": ucm_sep(ctx), "origIpv4v6Addr": "«IPV4:ip4»"})
    if kind == 0:  # parked: the call goes to a park slot
        c.update({"originalCalledPartyNumber": "«~parkslot@p»", "finalCalledPartyNumber": "«~@p»",
                  "calledPartyPatternUsage": "0", "destDeviceName": "«~parkdev»", "lastRedirectDn": "«PHONE:ext»",
                  "origCalledPartyRedirectOnBehalfOf": "3", "lastRedirectRedirectOnBehalfOf": "3",
                  "origCalledPartyRedirectReason": "0", "lastRedirectRedirectReason": "0",
                  "finalCalledPartyNumber_uri": ""})
    elif kind == 1:  # retrieved from a directed park by another phone
        c.update({"originalCalledPartyNumber": "«~parkslot@p»", "finalCalledPartyNumber": "«PHONE:ext@b»",
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user2»", "destDeviceName": ucm_sep(ctx),
                  "calledPartyPatternUsage": "12", "lastRedirectDn": "«~@p»",
                  "lastRedirectRedirectOnBehalfOf": "3", "destIpv4v6Addr": "«IPV4:ip4»"})
    else:  # call pickup
        c.update({"originalCalledPartyNumber": "«PHONE:ext@b»", "finalCalledPartyNumber": "«PHONE:ext@d»",
                  "lastRedirectDn": "«PHONE:@b»", "destDeviceName": ucm_sep(ctx),
                  "finalCalledPartyUnicodeLoginUserID": "«USERNAME:user2»", "calledPartyPatternUsage": "2",
                  "lastRedirectRedirectOnBehalfOf": "16", "lastRedirectRedirectReason": "5",
                  "destIpv4v6Addr": "«IPV4:ip4»", "callingPartyNumber_uri": "«EMAIL:email»"})
    ucm_row(ctx, rec, cols, c)


def ucm_conference(ctx, rec, cols):
    c = ucm_base(ctx)
    c.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyUnicodeLoginUserID": "«USERNAME:vfkuser»",
              "origDeviceName": ucm_sep(ctx), "origIpv4v6Addr": "«IPV4:ip4»",
              "originalCalledPartyNumber": "«~confbridge@cb»", "finalCalledPartyNumber": "«~@cb»",
              "destDeviceName": "CFB_VFK_2", "joinOnBehalfOf": "4", "destConversationId": str(ctx.rng.randint(10 ** 6, 10 ** 7)),
              "comment": "ConfControllerDN=«PHONE:ext»;ConfControllerDeviceName=" + ucm_sep(ctx) + ";ConfDeviceName=CFB_VFK_2;ConfRequestorDN=«PHONE:ext»;ConfRequestorDeviceName=" + ucm_sep(ctx) + ";"})
    if ctx.rng.random() < 0.5:  # an external party joined
        c.update({"callingPartyNumber": "«PHONE:e164»", "callingPartyUnicodeLoginUserID": "",
                  "origDeviceName": "SIP-Telia-Trunk", "callingPartyNumberPartition": "PT_PSTN_In",
                  "origIpv4v6Addr": "«IPV4:ip4»"})
    ucm_row(ctx, rec, cols, c)


def ucm_ctirp(ctx, rec, cols):
    c = ucm_base(ctx)
    c.update({"callingPartyNumber": "«PHONE:phonenat»", "callingPartyNumberPartition": "PT_PSTN_In",
              "origDeviceName": "SIP-Telia-Trunk", "origIpv4v6Addr": "«IPV4:ip4»",
              "originalCalledPartyNumber": "«~switchnat@sw»", "finalCalledPartyNumber": "«PHONE:ext»",
              "lastRedirectDn": "«~ctirp@rp»", "destDeviceName": "CTIRP_Vaxel_01", "calledPartyPatternUsage": "2",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:vfkuser»", "lastRedirectRedirectOnBehalfOf": "13",
              "lastRedirectRedirectReason": "2", "origCalledPartyRedirectReason": "2",
              "outpulsedCalledPartyNumber": "", "destIpv4v6Addr": "«IPV4:ip4»",
              "finalCalledPartyNumber_uri": "«EMAIL:email»"})
    if ctx.rng.random() < 0.4:  # outgoing to a mobile, with a client matter code
        c.update({"callingPartyNumber": "«PHONE:ext»", "callingPartyNumberPartition": "PT_Internal",
                  "origDeviceName": "CSF«USERNAME:vfkuser|U»", "callingPartyUnicodeLoginUserID": "«USERNAME:vfkuser»",
                  "originalCalledPartyNumber": "0«PHONE:phonenat»", "finalCalledPartyNumber": "0«PHONE:phonenat»",
                  "lastRedirectDn": "", "destDeviceName": "SIP-Telia-Trunk", "calledPartyPatternUsage": "5",
                  "finalCalledPartyUnicodeLoginUserID": "", "finalCalledPartyNumber_uri": "",
                  "outpulsedCalledPartyNumber": "«PHONE:e164»", "clientMatterCode": "«~kst»"})
    ucm_row(ctx, rec, cols, c)


G["parkdev"] = lambda c: c.rng.choice(["ParkingLotDevice", "CallParkDevice"])
G["ctirp"] = lambda c: str(c.rng.randint(6950, 6959))

CUCM_HEADER_DECOYS = ["callingPartyNumber", "origDeviceName", "finalCalledPartyNumber"]

TEMPLATES = [
    ("syslog", "panos-globalprotect", shapes(PAN_GP, PAN_GP_MAC)),
    ("syslog", "panos-userid-traffic", shapes(PAN_USERID, PAN_TRAFFIC)),
    ("syslog", "meraki-events", shapes(*MERAKI)),
    ("syslog", "postgresql", shapes(*POSTGRES)),
    ("syslog", "apache-access", shapes(*APACHE)),
    ("syslog", "kea-dhcp", shapes(*KEA)),
    ("syslog", "cyrus-imapd", shapes(*CYRUS)),
    ("syslog", "audiocodes-sbc-cdr", _audiocodes),
    ("syslog", "papercut-print", shapes(*PAPERCUT)),
    ("syslog", "salto-proaccess", shapes(*SALTO)),
    ("syslog", "care-audit-sv-fi", shapes(*CARE)),
    ("json", "gcp-cloud-audit", shapes(*GCP)),
    ("json", "webex-calling-cdr", shapes(*WEBEX)),
    ("json", "vonage-webhooks", shapes(*VONAGE)),
    ("json", "cloudflare-access-gateway", shapes(*CLOUDFLARE)),
    ("json", "mist-webhooks", shapes(*MIST)),
    ("json", "hr-payroll-export", shapes(*HREXPORT)),
    ("json", "operator-subscriptions", shapes(*OPERATOR)),
    ("kv-cef", "stormshield-sns", shapes(*STORMSHIELD)),
    ("kv-cef", "ivanti-connect-secure", shapes(*IVANTI)),
    ("kv-cef", "netskope-cef", shapes(*NETSKOPE)),
    ("kv-cef", "darktrace-cef", shapes(*DARKTRACE)),
    ("kv-cef", "eset-protect-leef", shapes(*ESET)),
    ("asterisk-cdr", "queues-agents", shapes(*AST_QUEUE)),
    ("asterisk-cdr", "park-pickup", shapes(*AST_PARK)),
    ("asterisk-cdr", "followme-outbound", shapes(*AST_FOLLOWME)),
    ("asterisk-cdr", "ivr-inbound", shapes(*AST_IVR)),
    ("freeswitch-cdr", "conference", shapes(*FS_CONF)),
    ("freeswitch-cdr", "fifo-queues", shapes(*FS_FIFO)),
    ("freeswitch-cdr", "outbound-features", shapes(*FS_OUT)),
    ("cisco-cucm-cdr", "park-pickup", ucm_park),
    ("cisco-cucm-cdr", "conference-bridge", ucm_conference),
    ("cisco-cucm-cdr", "cti-route-point", ucm_ctirp),
]

GENERATORS = G
