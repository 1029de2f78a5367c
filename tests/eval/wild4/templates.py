"""wild4: the seventh pair's development half (see ../README.md).

Each template is a callable (ctx, rec, cucm_columns) that picks one of a
product's shapes and writes one labelled record. Values come from
../seventhlib.py and ./pools.py only."""
import seventhlib as S
from evallib import NEG
from seventhlib import R

GENERATORS = S.generators()
CUCM_HEADER_DECOYS = ["huntPilotDN", "callingPartyNumber", "origDeviceName"]


def choose(ctx, *shapes):
    return ctx.rng.choice(shapes)


def pri(ctx):
    return str(ctx.rng.choice([13, 14, 38, 86, 110, 134, 150, 158, 165, 166, 190]))


# ================================================================== syslog

def oracle_audit(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» «host» ")
    personal = rng.random() < 0.75
    dbu = S.user_of(ctx).replace(".", "_").replace("-", "_").upper()
    osu = S.user_of(ctx, 1) if rng.random() < 0.2 else S.user_of(ctx)
    term = rng.choice(["pts/0", "pts/3", "unknown", f"WS-EKON-{rng.randint(100, 199)}", "NV-APP14"])
    if rng.random() < 0.5:
        rec.text(f"Oracle Audit[{rng.randint(2000, 60000)}]: LENGTH: '{rng.randint(180, 420)}' ACTION :[7] 'CONNECT' DATABASE USER:[{len(dbu) if personal else 3}] '")
        if personal:
            rec.label("USERNAME", dbu)
        else:
            rec.label(NEG, "SYS")
        priv = rng.choice(["NONE", "SYSDBA"])
        rec.text(f"' PRIVILEGE :[{len(priv)}] '{priv}' CLIENT USER:[{len(osu)}] '")
        rec.label("USERNAME", osu)
        rec.text(f"' CLIENT TERMINAL:[{len(term)}] '{term}' STATUS:[{rng.choice(['1', '4'])}] '{rng.choice(['0', '1017', '28000'])}' DBID:[10] '{rng.randint(1000000000, 3999999999)}' ")
        if rng.random() < 0.4:
            R(ctx, rec, "SESSIONID:[9] '«~bigid»' USERHOST:[«n2»] '«host»' CLIENT ADDRESS:[«n2»] '(ADDRESS=(PROTOCOL=tcp)(HOST=«IPV4:ip»)(PORT=«port»))'")
    else:
        rec.text(f"Oracle Unified Audit[{rng.randint(2000, 60000)}]: LENGTH: '{rng.randint(300, 700)}' TYPE:\"4\" DBID:\"{rng.randint(1000000000, 3999999999)}\" SESID:\"{rng.randint(10**8, 10**10)}\" CLIENTID:\"")
        if rng.random() < 0.4:
            R(ctx, rec, "«EMAIL:emw»")
        rec.text(f"\" ENTRYID:\"{rng.randint(1, 40)}\" STMTID:\"{rng.randint(1, 300)}\" DBUSER:\"")
        if personal:
            rec.label("USERNAME", dbu)
        else:
            rec.label(NEG, rng.choice(["DBSNMP", "SYSTEM"]))
        rec.text("\" CURUSER:\"")
        if personal:
            rec.label("USERNAME", dbu)
        else:
            rec.text("SYS")
        act = rng.choice([("100", "1017"), ("100", "0"), ("3", "0"), ("15", "0")])
        rec.text(f"\" ACTION:\"{act[0]}\" RETCODE:\"{act[1]}\" SCHEMA:\"EKONOMI\" OBJNAME:\"{rng.choice(['LEVERANTOR', 'KUNDREGISTER', 'LONEART'])}\" OS_USER:\"")
        rec.label("USERNAME", osu)
        R(ctx, rec, "\" USERHOST:\"«host»\" PDB_GUID:\"«H8»«H8»«H8»«H8»\"")


def courier_sendmail(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(6)
    if s == 0:
        R(ctx, rec, "«ts» mx2-dmz imapd-ssl: LOGIN, user=«USERNAME:u», ip=[::ffff:«IPV4:ippub»], port=[«port»], protocol=IMAP")
    elif s == 1:
        R(ctx, rec, "«ts» mx2-dmz pop3d: LOGIN FAILED, user=«EMAIL:em», ip=[::ffff:«IPV4:ippub»]")
    elif s == 2:
        R(ctx, rec, "«ts» mx2-dmz imapd: LOGOUT, user=«USERNAME:u», ip=[«IPV6:ip6»], headers=«n3», body=«n4», rcvd=«n3», sent=«n4», time=«n4», starttls=1")
    elif s == 3:
        R(ctx, rec, "«ts» mx2-dmz sm-mta[«pid»]: 5«H8»«n3»: from=<«EMAIL:em»>, size=«n6», class=0, nrcpts=«n2», msgid=<«h16».«n4»@«wdom»>, bodytype=8BITMIME, proto=ESMTPSA, daemon=MTA, tls_verify=NO, auth=A, relay=[«IPV4:ippub»]")
    elif s == 4:
        R(ctx, rec, "«ts» mx2-dmz sm-mta[«pid»]: 5«H8»«n3»: to=<«EMAIL:em»>, ctladdr=<«EMAIL:em1»> («n4»/«n3»), delay=00:00:0«n2», xdelay=00:00:01, mailer=esmtp, pri=«n6», relay=mx.«wdom». [«IPV4:ippub»], dsn=2.0.0, stat=Sent (Ok: queued as «H8»)")
    else:
        R(ctx, rec, "«ts» mx2-dmz sm-mta[«pid»]: AUTH=server, relay=«host».«wdom» [«IPV4:ippriv»], authid=«USERNAME:u», mech=LOGIN, bits=0")


def cisco_wlc(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>wlc5520-a: ")
    task = rng.choice(["apfMsConnTask_2", "apfMsConnTask_5", "Dot1x_NW_MsgTask_1", "apfReceiveTask"])
    R(ctx, rec, f"*{task}: «ts».«n3»: ")
    s = rng.randrange(5)
    if s == 0:
        if rng.random() < 0.3:
            R(ctx, rec, "%APF-6-USER_NAME_CREATED: apf_ms.c:6046 Username entry («nb»\\«USERNAME:u») created for mobile, length = «n2»")
        else:
            R(ctx, rec, "%APF-6-USER_NAME_CREATED: apf_ms.c:6046 Username entry («USERNAME:u») created for mobile, length = «n2»")
    elif s == 1:
        R(ctx, rec, "%APF-3-AUTHENTICATION_TRAP: apf_80211.c:21442 Client Authenticated: MACAddress:«MAC:macc» Base Radio MAC:«MAC:macc» Slot:«n2» User Name:«USERNAME:u»@«realm» Ip Address:«IPV4:ippriv» SSID:NV-Personal")
    elif s == 2:
        R(ctx, rec, "%DOT1X-3-ABORT_AUTH: 1x_bauth_sm.c:447 Authentication Aborted for client «MAC:macc» Auth Failure Reason: Identity «USERNAME:u» rejected by server «IPV4:ippriv»")
    elif s == 3:
        R(ctx, rec, "%APF-1-USER_DEL_FAILED: apf_ms.c:5055 Unable to delete username «~sysacct» for mobile «MAC:macc»")
    else:
        R(ctx, rec, "%LWAPP-3-INVALID_AP_NAME: spam_lrad.c:9087 AP «MAC:macc» reported name «~place»-AP«n2» (serial FCW«n4»L«n3», base radio «~fakemac»)")


def dnsmasq_named(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(5)
    if s < 3:
        R(ctx, rec, "«ts» gw-hq dnsmasq-dhcp[«pid»]: «bigid» ")
        kind = rng.choice(["DHCPACK", "DHCPREQUEST", "DHCPOFFER"])
        R(ctx, rec, f"{kind}(br-lan) «IPV4:ippriv» «MAC:macc» ")
        form = rng.randrange(5)
        gv = S.translit(S.person(ctx)["given_l"].split(" ")[0])
        if form == 0:
            rec.label("PERSON_NAME", gv).text(rng.choice(["s-iPhone", "s-Galaxy-S23", "s-MBP", "s-iPad"]))
        elif form == 1:
            rec.text(rng.choice(["iPhone-", "Galaxy-A54-", "ThinkPad-"])).label("PERSON_NAME", gv)
        elif form == 2:
            rec.label("PERSON_NAME", gv.upper()).text("-PC")
        elif form == 3:
            rec.label(NEG, rng.choice(["HP-LaserJet-M507", "android-7f3a21c0", "printer-2f-ost", "yealink-t54w"]))
        else:
            rec.label("PERSON_NAME", gv.lower()).text("-").label("PERSON_NAME", S.translit(S.person(ctx)["surname_l"]).lower().replace(" ", "")).text("-laptop")
    elif s == 3:
        R(ctx, rec, "«ts» dns-int-01 named[«pid»]: client @0x7f«h8»«n2» «IPV4:ippriv»#«port» (wpad.«wdom»): query (cache) 'wpad.«wdom»/A/IN' denied")
    else:
        gv = S.translit(S.person(ctx)["given_l"].split(" ")[0]).lower()
        R(ctx, rec, "«ts» dns-int-01 named[«pid»]: client @0x7f«h8» «IPV6:ip6»#«port» (")
        rec.label("PERSON_NAME", gv).text("s-mbp.").text(S.pick_w(rng, {"norrvatten.se": 1}))
        rec.text("): query: ").label("PERSON_NAME", gv).text("s-mbp.norrvatten.se IN AAAA + (")
        R(ctx, rec, "«IPV4:ippriv»)")


WINLANG = {
    "de": ("Ein Konto konnte nicht angemeldet werden.", "Antragsteller:", "Sicherheits-ID:", "Kontoname:",
           "Kontodomäne:", "Konto, für das die Anmeldung fehlgeschlagen ist:", "Netzwerkinformationen:",
           "Arbeitsstationsname:", "Quellnetzwerkadresse:", "Quellport:"),
    "es": ("Error al iniciar sesión en una cuenta.", "Sujeto:", "Id. de seguridad:", "Nombre de cuenta:",
           "Dominio de cuenta:", "Cuenta con error de inicio de sesión:", "Información de red:",
           "Nombre de estación de trabajo:", "Dirección de red de origen:", "Puerto de origen:"),
    "pl": ("Nie można zalogować konta.", "Podmiot:", "Identyfikator zabezpieczeń:", "Nazwa konta:",
           "Domena konta:", "Konto, dla którego logowanie nie powiodło się:", "Informacje o sieci:",
           "Nazwa stacji roboczej:", "Adres sieciowy źródła:", "Port źródła:"),
    "sv": ("Det gick inte att logga in med ett konto.", "Subjekt:", "Säkerhets-ID:", "Kontonamn:",
           "Kontodomän:", "Konto för vilket inloggningen misslyckades:", "Nätverksinformation:",
           "Arbetsstationsnamn:", "Källnätverksadress:", "Källport:"),
    "tr": ("Bir hesap oturum açamadı.", "Konu:", "Güvenlik Kimliği:", "Hesap Adı:", "Hesap Etki Alanı:",
           "Oturum Açamayan Hesap:", "Ağ Bilgileri:", "İş İstasyonu Adı:", "Kaynak Ağ Adresi:", "Kaynak Bağlantı Noktası:"),
}


def windows_rsyslog_escaped(ctx, rec, _):
    """A Windows 4625 forwarded by NXLog as BSD syslog, its line breaks and tabs
    written by rsyslog as #015#012 and #011."""
    rng = ctx.rng
    lang = rng.choice(list(WINLANG))
    head, subj, sid, acct, dom, failed, net, ws, src, port = WINLANG[lang]
    NL, T = "#015#012", "#011"
    R(ctx, rec, f"<{pri(ctx)}>«ts» dc02.ad.gavleborgs-lan.se Microsoft-Windows-Security-Auditing[«pid»]: 4625: {head}{NL}{NL}{subj}{NL}{T}{sid}{T}{T}S-1-0-0{NL}{T}{acct}{T}{T}-{NL}{NL}{failed}{NL}{T}{sid}{T}{T}S-1-0-0{NL}{T}{acct}{T}{T}")
    if rng.random() < 0.8:
        rec.label("USERNAME", S.user_of(ctx))
    else:
        rec.label(NEG, rng.choice(["svc_veeam", "scanner01", "healthcheck"]))
    R(ctx, rec, f"{NL}{T}{dom}{T}{T}«nb»{NL}{NL}{net}{NL}{T}{ws}{T}")
    if rng.random() < 0.4:
        rec.label("PERSON_NAME", S.translit(S.person(ctx)["given_l"].split(" ")[0]).upper()).text("-PC")
    else:
        R(ctx, rec, "WS-EKON-«n3»")
    R(ctx, rec, f"{NL}{T}{src}{T}«IPV4:ip»{NL}{T}{port}{T}{T}«port»")


def netbank_java(ctx, rec, _):
    """A bank's netbank application: a log4j line and its stack trace in one
    RFC 5424 message, line breaks escaped as #012."""
    rng = ctx.rng
    R(ctx, rec, f"<{rng.choice([11, 12, 14])}>1 «iso» nb-app03 netbank «pid» - - «dt»,«n3» ")
    s = rng.randrange(5)
    if s == 4:
        R(ctx, rec, "INFO  [batch-lev] [-] s.b.n.leverantor.Import - Ny mottagare «~bankgiro»: org.nr «ORGNR:org», namn \"«~product» AB\"; kontrollerad mot «~badorg» (fel kontrollsiffra i fil «n4»)#012  varning: kontaktperson «PERSON_NAME:n» tel «PHONE:phse»")
    elif s == 0:
        R(ctx, rec, "ERROR [http-nio-8443-exec-«n2»] [kund=«PERSONNUMMER:pnr12@p» sess=«h16»] s.b.n.BetalningService - Betalning misslyckades till bankgiro «~bankgiro» belopp «n4»,00 SEK#012java.lang.IllegalStateException: Mottagarkonto saknas för personnr «PERSONNUMMER:@p»#012#011at se.bank.netbank.BetalningService.utfor(BetalningService.java:«n3»)#012#011at se.bank.netbank.web.BetalningController.post(BetalningController.java:«n2»)")
    elif s == 1:
        R(ctx, rec, "INFO  [sms-otp-«n2»] [kund=«PERSONNUMMER:pnr@p»] s.b.n.otp.SmsSender - Engångskod skickad till «PHONE:mobse» (kod «~n6», giltig 300 s)")
    elif s == 2:
        R(ctx, rec, "WARN  [http-nio-8443-exec-«n2»] [kund=«SAMORDNINGSNUMMER:snr»] s.b.n.KycService - Kundkännedom ofullständig: «PERSON_NAME:n», adress saknas; ärende «~ticket»#012se.bank.kyc.KycException: saknad uppgift 'folkbokföringsadress'#012#011at se.bank.kyc.KycService.check(KycService.java:«n2»)")
    else:
        R(ctx, rec, "ERROR [batch-autogiro] [-] s.b.n.autogiro.Import - Rad «n3»: ogiltigt personnummer «~badpnr» för betalare «PERSON_NAME:n», medgivande «~bigid»#012java.lang.NumberFormatException: kontrollsiffra#012#011at se.bank.autogiro.Parser.row(Parser.java:«n3»)")


GENERATORS["bankgiro"] = lambda c: f"{c.rng.randint(100, 9999)}-{c.rng.randint(1000, 9999)}"


def lenel_door(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» lenel-gw OnGuard[«pid»]: ")
    s = rng.randrange(4)
    p = S.person(ctx)
    if s == 0:  # CSV without header, Danish installation, "Last; First"
        R(ctx, rec, "OnGuard,«dt»,Adgang givet,«~place»,")
        rec.label("PERSON_NAME", f"{p['surname']}; {p['given']}")
        R(ctx, rec, ",«BADGE:badge»,Medarbejder,Panel «n2»,Læser «n2»")
    elif s == 1:
        R(ctx, rec, "Event=\"Adgang nægtet - ugyldigt kort\" Dato=\"«dt»\" Kortnr=\"«BADGE:badge»\" Kortholder=\"«PERSON_NAME:fn»\" Dør=\"«~place»\" Årsag=\"Kort spærret\"")
    elif s == 2:
        R(ctx, rec, "Händelse: Passage beviljad | Kort: «BADGE:badge» | Innehavare: «PERSON_NAME:n» | Dörr: «~place» | Tid: «dt»")
    else:
        R(ctx, rec, "Alarm \"Dør holdt åben\" ved «~place»; sidst brugt af kort «BADGE:badge» («PERSON_NAME:gv»), operatør «USERNAME:u1» kvitterede")


def threecx(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, "«ts» pbx3cx-01 3CXPhoneSystem[«pid»]: ")
    c = f"Call(C:{rng.randint(1, 99999)})"
    s = rng.randrange(6)
    if s == 0:
        R(ctx, rec, f"[CM503001]: {c}: Incoming call from \"«PERSON_NAME:n»\" <sip:«PHONE:dial»@gw.telia-sip.se> to <sip:«PHONE:ext»@10.40.0.20:5060>")
    elif s == 1:
        R(ctx, rec, f"[CM503025]: {c}: Calling T:Queue:«~queue»@[Dev:sip:«~@q»@127.0.0.1:5060] for L:«n4».1[Line:10000<<«PHONE:dial»]")
    elif s == 2:
        R(ctx, rec, f"[CM503007]: {c}: Extn:«PHONE:ext» has joined, contact <sip:«PHONE:ext@e»@«IPV4:ippriv»:5060;rinstance=«h16»>")
    elif s == 3:
        R(ctx, rec, f"[CM503025]: {c}: Calling T:Line:10000>>«PHONE:dial»@[Dev:sip:«~sw»@gw.telia-sip.se:5060]")
    elif s == 4:
        R(ctx, rec, f"[CM503016]: {c}: Attempt to reach <sip:«PHONE:dial»@pbx3cx-01:5060> failed. Reason: Busy Here")
    else:
        R(ctx, rec, f"[CM503003]: {c}: Call to <sip:«~svc»@pbx3cx-01:5060> from Extn:«PHONE:ext» is emergency; routed via Line:10000")


# Decoy queue number remembered for the 3CX queue shape.
_q = GENERATORS["queue"]


def _queue_mem(c):
    v = _q(c)
    c.memo["q"] = v
    return v


GENERATORS["queue"] = _queue_mem


# ================================================================== json

J = S.R


def azure_activity(ctx, rec, _):
    rng = ctx.rng
    human = rng.random() < 0.8
    R(ctx, rec, '{"time":"«iso»","resourceId":"/SUBSCRIPTIONS/«UUID»/RESOURCEGROUPS/RG-NV-PROD/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/KV-NV-«n2»","operationName":"MICROSOFT.KEYVAULT/VAULTS/SECRETS/WRITE","category":"Administrative","resultType":"Success","resultSignature":"Succeeded.OK","durationMs":"«n3»","callerIpAddress":"«IPV4:ippub@ip»","correlationId":"«uuid»","identity":{"authorization":{"scope":"/subscriptions/«uuid»/resourceGroups/rg-nv-prod","action":"Microsoft.KeyVault/vaults/secrets/write","evidence":{"role":"Key Vault Secrets Officer","roleAssignmentScope":"/subscriptions/«uuid»","principalId":"«h32»","principalType":"')
    if human:
        R(ctx, rec, 'User"}},"claims":{"aud":"https://management.core.windows.net/","iss":"https://sts.windows.net/«uuid»/","http://schemas.microsoft.com/claims/authnclassreference":"1","http://schemas.microsoft.com/claims/authnmethodsreferences":"pwd,mfa","appid":"«uuid»","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname":"«PERSON_NAME:sn|j»","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname":"«PERSON_NAME:gv|j»","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name":"«EMAIL:emw@m»","http://schemas.microsoft.com/identity/claims/objectidentifier":"«uuid»","ipaddr":"«IPV4:@ip»","name":"«PERSON_NAME:fn|j»","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn":"«EMAIL:@m»","unique_name":"«EMAIL:@m»","ver":"1.0"}},"level":"Information","caller":"«EMAIL:@m»"')
    else:
        R(ctx, rec, 'ServicePrincipal"}},"claims":{"aud":"https://management.core.windows.net/","appid":"«uuid»","appidacr":"2","idtyp":"app","http://schemas.microsoft.com/identity/claims/objectidentifier":"«uuid»","ver":"1.0"}},"level":"Information","caller":"«uuid»"')
    R(ctx, rec, ',"properties":{"statusCode":"OK","serviceRequestId":"«uuid»","eventCategory":"Administrative","message":"Microsoft.KeyVault/vaults/secrets/write","hierarchy":"«uuid»/mg-nv"}}')


def dropbox_teamlog(ctx, rec, _):
    rng = ctx.rng
    ev = rng.choice([("sharing", "shared_content_add_member", "Added users and/or groups as members of shared file/folder"),
                     ("logins", "login_success", "Signed in"), ("file_operations", "file_download", "Downloaded files and/or folders"),
                     ("members", "member_change_name", "Changed team member name")])
    R(ctx, rec, '{"timestamp":"«iso0»","event_category":{".tag":"' + ev[0] + '"},"actor":{".tag":"user","user":{".tag":"team_member","account_id":"dbid:AA«r12»«r12»","display_name":"«PERSON_NAME:fn|j»","email":"«EMAIL:emw»","team_member_id":"dbmid:AA«r12»"}},"origin":{"geo_location":{"city":"«~place»","region":"Västerbotten","country":"SE","ip_address":"«IPV4:ippub»"},"access_method":{".tag":"end_user","end_user":{".tag":"web","session_id":"dbwsid:«bigid»"}}},"involve_non_team_member":' + ("true" if ev[0] == "sharing" else "false"))
    if ev[0] == "sharing":
        R(ctx, rec, ',"participants":[{".tag":"user","user":{".tag":"non_team_member","account_id":"dbid:AA«r12»","display_name":"«PERSON_NAME:fn1|j»","email":"«EMAIL:em1»"}},{".tag":"group","display_name":"Ekonomi alla","group_id":"g:«h16»","member_count":«n2»}]')
        R(ctx, rec, ',"assets":[{".tag":"folder","path":{"contextual":"/Personal/')
        rec.label("PERSON_NAME", S.person(ctx, 1)["full"]).text(' - anställningsavtal","namespace_relative":{"ns_id":"' + S.dig(rng, 10) + '","is_shared_namespace":true}},"display_name":"')
        rec.label("PERSON_NAME", S.person(ctx, 1)["full"]).text(' - anställningsavtal"}]')
    elif ev[0] == "members":
        R(ctx, rec, ',"details":{".tag":"member_change_name_details","new_value":{"given_name":"«PERSON_NAME:gv1|j»","surname":"«PERSON_NAME:sn1|j»"},"previous_value":{"given_name":"«PERSON_NAME:gv1|j»","surname":"«PERSON_NAME:sn2|j»"}},"assets":[]')
    else:
        R(ctx, rec, ',"assets":[{".tag":"file","path":{"contextual":"/Ekonomi/Leverantörer/«~product» export «n4».xlsx"},"display_name":"«~product» export.xlsx","file_id":"id:«r12»"}]')
    R(ctx, rec, ',"event_type":{".tag":"' + ev[1] + '","description":"' + ev[2] + '"}}')


def ringcentral_calllog(ctx, rec, _):
    rng = ctx.rng
    inbound = rng.random() < 0.6
    R(ctx, rec, '{"uri":"https://platform.ringcentral.com/restapi/v1.0/account/«bigid»/call-log/«r12»?view=Detailed","id":"«r12»","sessionId":"«bigid»","startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"' + ("Inbound" if inbound else "Outbound") + '","action":"Phone Call","result":"' + rng.choice(["Accepted", "Call connected", "Missed", "Voicemail"]) + '",')
    if inbound:
        R(ctx, rec, '"to":{"phoneNumber":"«~swe164»","name":"Norrvatten Kundtjänst"},"from":{"phoneNumber":"«PHONE:e164@a»","name":"«PERSON_NAME:n|j»","location":"«~place», Sweden"},')
    else:
        R(ctx, rec, '"from":{"phoneNumber":"«~swe164»","extensionNumber":"«PHONE:ext@x»","name":"«PERSON_NAME:fn|j»"},"to":{"phoneNumber":"«PHONE:e164@a»","location":"«~place»"},')
    R(ctx, rec, '"telephonySessionId":"s-«h32»","transport":"PSTN","legs":[')
    if inbound:
        R(ctx, rec, '{"startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Inbound","action":"Phone Call","result":"Accepted","from":{"phoneNumber":"«PHONE:@a»","name":"«PERSON_NAME:fn|j»"},"to":{"phoneNumber":"«~swe164»","name":"Kundtjänst"},"legType":"Accept","master":true},{"startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Outbound","action":"FindMe","result":"Accepted","from":{"phoneNumber":"«PHONE:@a»"},"to":{"extensionNumber":"«PHONE:ext»","name":"«PERSON_NAME:fn1|j»","extensionId":"«bigid»","device":{"id":"«bigid»"}},"legType":"FindMe","master":false}]')
    else:
        R(ctx, rec, '{"startTime":"«iso»","duration":«dur»,"type":"Voice","direction":"Outbound","action":"VoIP Call","result":"Call connected","from":{"extensionNumber":"«PHONE:@x»","name":"«PERSON_NAME:fn|j»"},"to":{"phoneNumber":"«PHONE:@a»"},"legType":"SipForwarding","master":true,"recording":{"id":"«bigid»","contentUri":"https://media.ringcentral.com/restapi/v1.0/account/«bigid»/recording/«bigid»/content"}}]')
    rec.text("}")


def adfs_xml(ctx, rec, _):
    """AD FS 1203/411 through an agent: the event's data is XML, escaped, in a
    JSON string."""
    rng = ctx.rng
    R(ctx, rec, '{"TimeGenerated":"«iso»","Computer":"adfs01.ad.gavleborgs-lan.se","EventID":')
    if rng.random() < 0.6:
        u = S.user_of(ctx)
        R(ctx, rec, '1203,"Channel":"Security","Provider":"AD FS Auditing","EventData":"<EventData><Data>«uuid»</Data><Data>&lt;?xml version=\\"1.0\\" encoding=\\"utf-16\\"?&gt;&lt;AuditBase xsi:type=\\"AppTokenAudit\\"&gt;&lt;AuditType&gt;AppToken&lt;/AuditType&gt;&lt;AuditResult&gt;Failure&lt;/AuditResult&gt;&lt;FailureType&gt;CredentialValidationError&lt;/FailureType&gt;&lt;ErrorCode&gt;N/A&lt;/ErrorCode&gt;&lt;ContextComponents&gt;&lt;Component xsi:type=\\"ResourceAuditComponent\\"&gt;&lt;RelyingParty&gt;urn:federation:MicrosoftOnline&lt;/RelyingParty&gt;&lt;/Component&gt;&lt;Component xsi:type=\\"AuthNAuditComponent\\"&gt;&lt;PrimaryAuth&gt;N/A&lt;/PrimaryAuth&gt;&lt;DeviceAuth&gt;false&lt;/DeviceAuth&gt;&lt;DeviceId&gt;N/A&lt;/DeviceId&gt;&lt;MfaPerformed&gt;false&lt;/MfaPerformed&gt;&lt;TimeBasedMetrics&gt;N/A&lt;/TimeBasedMetrics&gt;&lt;TenantId&gt;N/A&lt;/TenantId&gt;&lt;/Component&gt;&lt;Component xsi:type=\\"ProtocolAuditComponent\\"&gt;&lt;OAuthClientId&gt;N/A&lt;/OAuthClientId&gt;&lt;UserAgentString&gt;Mozilla/5.0 (Windows NT 10.0; Win64; x64)&lt;/UserAgentString&gt;&lt;/Component&gt;&lt;Component xsi:type=\\"RequestAuditComponent\\"&gt;&lt;Server&gt;http://sts.gavleborgs-lan.se/adfs/services/trust&lt;/Server&gt;&lt;AuthProtocol&gt;WSFederation&lt;/AuthProtocol&gt;&lt;NetworkLocation&gt;Extranet&lt;/NetworkLocation&gt;&lt;IpAddress&gt;«IPV4:ippub»&lt;/IpAddress&gt;&lt;ForwardedIpAddress&gt;«IPV4:ippub»&lt;/ForwardedIpAddress&gt;&lt;ProxyIpAddress&gt;N/A&lt;/ProxyIpAddress&gt;&lt;/Component&gt;&lt;/ContextComponents&gt;&lt;UserId&gt;')
        if rng.random() < 0.5:
            R(ctx, rec, '«nb»\\\\')
            rec.label("USERNAME", u)
        else:
            rec.label("EMAIL", S.mail_of(ctx, 0, True))
        R(ctx, rec, '&lt;/UserId&gt;&lt;/AuditBase&gt;</Data></EventData>"}')
    else:
        R(ctx, rec, '411,"Channel":"Security","Provider":"AD FS Auditing","EventData":"<EventData><Data>«uuid»</Data><Data>Token validation failed. </Data><Data>%Error message%«nb»\\\\')
        rec.label("USERNAME", S.user_of(ctx))
        R(ctx, rec, '-The user name or password is incorrect</Data><Data>«IPV4:ippub»,«IPV4:ippriv»</Data><Data></Data></EventData>"}')


def teleport_audit(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, '{"addr.local":"«IPV4:ippriv»:3022","addr.remote":"«IPV4:ippub»:«port»","cluster_name":"tp.norrvatten.se","code":"T2000I","ei":0,"event":"session.start","login":"«~sysacct|j»","namespace":"default","server_hostname":"«host»","server_id":"«uuid»","sid":"«uuid»","size":"80:25","time":"«iso»","uid":"«uuid»","user":"«EMAIL:emw»","user_kind":1}')
    elif s == 1:
        R(ctx, rec, '{"code":"T1000I","event":"user.login","method":"saml","attributes":{"http://schemas.xmlsoap.org/claims/Group":["tp-admins","ekonomi"],"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress":["«EMAIL:emw@m»"],"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/displayname":["«PERSON_NAME:fn|j»"],"username":["«USERNAME:u»"]},"success":true,"time":"«iso»","uid":"«uuid»","user":"«EMAIL:@m»","remote_addr":"«IPV4:ippub»","user_agent":"Mozilla/5.0 (X11; Linux x86_64) Firefox/«~ver»"}')
    else:
        R(ctx, rec, '{"code":"T3009I","event":"kube.request","kubernetes_cluster":"aks-prod","kubernetes_groups":["system:authenticated"],"kubernetes_users":["«USERNAME:u»"],"login":"«USERNAME:u»","proto":"kube","request_path":"/api/v1/namespaces/ekonomi/pods/agresso-«h8»/exec","resource_namespace":"ekonomi","response_code":403,"time":"«iso»","user":"«USERNAME:u»","verb":"POST","addr.remote":"[«IPV6:ip6»]:«port»"}')


def elks_sms(ctx, rec, _):
    """46elks SMS webhooks as an application logs them: the form-encoded body
    in a JSON field, or the parsed fields."""
    rng = ctx.rng
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, '{"ts":"«iso»","level":"info","msg":"webhook received","path":"/hooks/46elks/sms","method":"POST","remote":"«IPV4:ippub»:«port»","body":"direction=incoming&id=s«h32»&from=%2B')
        rec.label("PHONE", S.phone(ctx, style="digits"))
        rec.text("&to=%2B").label(NEG, rng.choice(ctx.pools.SMS_SENDERS))
        rec.text("&created=" + "2025-0" + str(rng.randint(1, 6)) + "-1" + str(rng.randint(0, 9)) + "+10%3A1" + str(rng.randint(0, 9)) + "%3A22.1" + S.dig(rng, 5) + "&message=")
        k = rng.randrange(3)
        if k == 0:
            rec.text("Hej%21+Jag+heter+").label("PERSON_NAME", S.urlq(S.person(ctx)["given"])).text("+").label("PERSON_NAME", S.urlq(S.person(ctx)["surname"])).text("+och+mitt+personnummer+%C3%A4r+").label("PERSONNUMMER", S.pnr(ctx, style="12-")).text("%2C+ring+mig+p%C3%A5+").label("PHONE", S.urlq(S.phone(ctx, "SE", style="national")))
        elif k == 1:
            rec.text("STOPP")
        else:
            rec.text("Avboka+tid+").label(NEG, rng.choice(["14%3A30", "09%3A15"])).text("+bokningsnr+").label(NEG, S.dig(rng, 8)).text("+%2F+").label("PERSON_NAME", S.urlq(S.person(ctx)["given"]))
        rec.text('"}')
    elif s == 1:
        R(ctx, rec, '{"ts":"«iso»","level":"info","msg":"sms sent","elks":{"id":"s«h32»","from":"Norrvatten","to":"«PHONE:e164»","message":"Hej «PERSON_NAME:gv|j»! Din beställning «~ticket» levereras «~weekdaysv». Svara STOPP för att avregistrera.","parts":1,"cost":3500,"direction":"outgoing","status":"created"}}')
    else:
        R(ctx, rec, '{"ts":"«iso»","level":"warn","msg":"delivery report","query":"id=s«h32»&status=failed&delivered=&to=%2B')
        rec.label("PHONE", S.phone(ctx, style="digits"))
        rec.text('","retry":' + str(rng.randint(0, 3)) + "}")


GENERATORS["weekdaysv"] = lambda c: c.rng.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"])


def region_booking(ctx, rec, _):
    """A region's booking system: deep Swedish keys, arrays of contact
    objects, the caregiver as a nested person."""
    rng = ctx.rng
    R(ctx, rec, '{"händelse":"' + rng.choice(["bokning.skapad", "bokning.avbokad", "påminnelse.skickad"]) + '","tidpunkt":"«iso»","bokning":{"id":"«uuid»","mottagning":{"namn":"Vårdcentral «~place»","hsaId":"«~hsaid»","vårdgivare":{"namn":"«~product» Vård AB","organisationsnummer":"«ORGNR:org»"}},"patient":{"personnummer":"')
    if rng.random() < 0.85:
        rec.label("PERSONNUMMER", S.pnr(ctx))
    else:
        rec.label("SAMORDNINGSNUMMER", S.pnr(ctx, samordning=True))
    R(ctx, rec, '","namn":{"förnamn":"«PERSON_NAME:gv|j»","efternamn":"«PERSON_NAME:sn|j»"},"kontaktuppgifter":[{"typ":"mobil","värde":"«PHONE:ph»","verifierad":true},{"typ":"e-post","värde":"«EMAIL:em»"}')
    if rng.random() < 0.4:
        R(ctx, rec, ',{"typ":"anhörig","namn":"«PERSON_NAME:fn2|j»","värde":"«PHONE:ph»"}')
    R(ctx, rec, ']},"vårdpersonal":[{"roll":"sjuksköterska","namn":"«PERSON_NAME:n1|j»","användare":"«USERNAME:u1»"},{"roll":"receptionist","namn":"Växel","användare":"«~sysacct|j»"}],"kanal":{"typ":"sms","avsändare":"«~sw»"}},"klient":{"ip":"«IPV4:ip»","enhet":"«~ver»"}}')


GENERATORS["hsaid"] = lambda c: f"SE2321000222-{c.rng.choice(['E', ''])}{S.dig(c.rng, 4)}"


# ================================================================== kv-cef

def sophos_utm(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, "«ts» utm-hq ")
    if rng.random() < 0.55:
        R(ctx, rec, 'httpproxy[«pid»]: id="0002" severity="info" sys="SecureWeb" sub="http" name="web request blocked" action="block" method="GET" srcip="«IPV4:ippriv»" dstip="«IPV4:ippub»" user="')
        if rng.random() < 0.3:
            R(ctx, rec, '«nb»\\')
        rec.label("USERNAME", S.user_of(ctx))
        R(ctx, rec, '" group="Ekonomi" ad_domain="«nb»" statuscode="403" cached="0" profile="REF_HttProContaInterNetwo" filteraction="REF_HttCffDefault" size="«n4»" request="0x«h8»" url="https://www.example-shop.se/konto/«USERNAME:u»/order?id=«~bigid»" referer="" error="" authtime="«n3»" dnstime="«n2»" cattime="«n3»" avscantime="0" fullreqtime="«n6»" device="0" auth="2" ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:«~ver») Gecko/20100101 Firefox/128.0" exceptions="" category="178" reputation="neutral" categoryname="Shopping"')
    else:
        R(ctx, rec, 'ulogd[«pid»]: id="2002" severity="info" sys="SecureNet" sub="packetfilter" name="Packet accepted" action="accept" fwrule="«n2»" initf="eth1" outitf="eth0" srcmac="«MAC:macc»" dstmac="«MAC:macc»" srcip="«IPV4:ippriv»" dstip="«IPV4:ippub»" proto="6" length="52" tos="0x00" prec="0x00" ttl="127" srcport="«port»" dstport="443" tcpflags="SYN"')


def delinea_cef(ctx, rec, _):
    rng = ctx.rng
    ev = rng.choice([("500", "SECRET - VIEW"), ("501", "SECRET - EDIT"), ("10000", "USER - LOGIN"), ("502", "SECRET - PASSWORD_DISPLAYED")])
    R(ctx, rec, f"«ts» ss-web01 CEF:0|Thycotic Software|Secret Server|11.4.000002|{ev[0]}|{ev[1]}|2|msg=")
    if ev[0] == "10000":
        R(ctx, rec, "Login succeeded for «USERNAME:u» suser=«USERNAME:u» suid=«n4» src=«IPV4:ip» rt=«epochms»")
    else:
        R(ctx, rec, "Secret viewed suser=«nb»\\\\«USERNAME:u» suid=«n4» fname=")
        k = rng.randrange(3)
        if k == 0:
            rec.label(NEG, rng.choice(["svc_veeam", "sa-ekonomi-db", "admin"])).text(" on ").text(rng.choice(["ora-prd-02", "nv-app14"]))
        elif k == 1:
            R(ctx, rec, "adm-«USERNAME:u1»")
        else:
            R(ctx, rec, "BankID-certifikat «PERSON_NAME:fn1|c»")
        R(ctx, rec, " fileId=«n4» cs1Label=Folder Name cs1=Personal Folders\\\\«PERSON_NAME:fn|c» cs2Label=Owner cs2=«PERSON_NAME:n|c» cs4Label=Folder Path cs4=\\\\IT\\\\Databaser src=«IPV4:ip» rt=«epochms»")


def sentinelone_cef(ctx, rec, _):
    rng = ctx.rng
    gv = S.translit(S.person(ctx)["given_l"].split(" ")[0]).upper()
    R(ctx, rec, "CEF:0|SentinelOne|Mgmt|«~ver»|" + rng.choice(["2011|Threat detected", "3608|Threat mitigated", "90|User logged in"]) + "|5|rt=«epochms» sourceHostName=")
    if rng.random() < 0.5:
        rec.label("PERSON_NAME", gv).text("S-LAPTOP")
    else:
        R(ctx, rec, "WS-EKON-«n3»")
    R(ctx, rec, " sourceIpAddresses=«IPV4:ippriv»,«IPV6:ip6» suser=«nb»\\\\«USERNAME:u» cs1Label=accountName cs1=Norrvatten AB cs2Label=siteName cs2=«~place» cs3Label=agentVersion cs3=«~ver» cs4Label=lastLoggedInUserName cs4=«USERNAME:u» fileHash=«h32»«h8» filePath=C:\\\\Users\\\\«USERNAME:u»\\\\Downloads\\\\faktura_«~n6».pdf.exe cs5Label=osName cs5=Windows 11 Pro dvcmac=«MAC:macd»")


def ibm_verify_leef(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, "«ts» isv-bridge LEEF:2.0|IBM|Security Verify|1.0|" + rng.choice(["authentication", "sso", "management"]) + "|^|devTime=«iso»^cat=authentication^usrName=")
    if rng.random() < 0.6:
        rec.label("EMAIL", S.mail_of(ctx, 0, True))
    else:
        rec.label("USERNAME", S.user_of(ctx))
    R(ctx, rec, "^src=«IPV4:ippub»^realm=cloudIdentityRealm^identSrc=«h16»^result=" + rng.choice(["success", "failure"]) + "^mfaMethod=" + rng.choice(["SMS", "TOTP", "EMAIL"]))
    if rng.random() < 0.5:
        R(ctx, rec, "^mfaTarget=«PHONE:ph»")
    R(ctx, rec, "^userAgent=Mozilla/5.0^displayName=«PERSON_NAME:fn»^tenant=norrvatten.verify.ibm.com")


def assa_arx(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, '«ts» arx-srv ARX: tid="«dt»" händelse="' + rng.choice(["Passage godkänd", "Passage nekad: fel PIN", "Dörr forcerad", "Kort spärrat"]) + '" ')
    if rng.random() < 0.8:
        R(ctx, rec, 'kortnummer="«BADGE:badge»" innehavare="«PERSON_NAME:n»" ')
        if rng.random() < 0.3:
            R(ctx, rec, 'personnr="«PERSONNUMMER:pnr»" ')
        if rng.random() < 0.3:
            R(ctx, rec, 'mobil="«PHONE:mobse»" ')
    elif rng.random() < 0.5:
        R(ctx, rec, 'kortnummer="«BADGE:badge»" innehavare="«PERSON_NAME:fn»" entreprenör="«~product» Bygg AB" orgnr="«ORGNR:org»" ')
    else:
        R(ctx, rec, 'kortnummer="" innehavare="" larmgrupp="«~ticket»" ')
    R(ctx, rec, 'dörr="«~place»" styrenhet="«~fakemac»" operatör="«USERNAME:u1»" kst="«~costc»"')


# ================================================================== asterisk-cdr

def ast_row(ctx, rec, cells, n=18):
    S.csv_row(rec, cells[:12])
    rec.text(",")
    rec.text(cells[12])
    rec.text(",")
    rec.text(cells[13])
    rec.text(",")
    S.csv_row(rec, cells[14:n])


def _times(ctx, dur, answered=True):
    rng = ctx.rng
    st = S.evallib.moment(ctx)
    ring = rng.randint(1, 25)
    import datetime
    a = st + datetime.timedelta(seconds=ring)
    e = a + datetime.timedelta(seconds=dur)
    f = "%Y-%m-%d %H:%M:%S"
    return st.strftime(f), (a.strftime(f) if answered else ""), e.strftime(f), str(dur + ring), str(dur if answered else 0)


def wazo_cdr(ctx, rec, _):
    """Wazo/XiVO: endpoints with random names, queues, groups, users' lines."""
    rng = ctx.rng
    s = rng.randrange(4)
    dur = rng.randint(5, 900)
    st, an, en, d, b = _times(ctx, dur, s != 3)
    ep = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    uid = f"{S.evallib.moment(ctx).timestamp():.0f}.{rng.randint(1, 9999)}"
    if s == 0:  # inbound DID to a queue
        num = S.phone(ctx, style=rng.choice(["national-plain", "e164", "digits"])).replace(" ", "")
        q = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[0]))
        ast_row(ctx, rec, ["", [("PHONE", num)], [(NEG, q)], "queue", ['"', ("PERSON_NAME", S.spell_name(ctx, S.person(ctx))), '" <', ("PHONE", num), ">"],
                            f"PJSIP/trunk-telia-{rng.randint(10**7, 10**8 - 1):08x}", f"Local/id-{rng.randint(1, 99)}@agentcallback-{rng.randint(10**7, 10**8 - 1):08x};1",
                            "Queue", f"{q},tT,,,300", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid, ""])
    elif s == 1:  # internal call between users' lines
        a, bb = S.ext(ctx), S.ext(ctx)
        ast_row(ctx, rec, [[("BADGE", S.badge(ctx))], [("PHONE", a)], [("PHONE", bb)], "default", ['"', ("PERSON_NAME", S.person(ctx)["full"]), '" <', ("PHONE", a), ">"],
                            f"PJSIP/{ep}-{rng.randint(1, 0xffff):08x}", f"PJSIP/{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8))}-{rng.randint(1, 0xffff):08x}",
                            "Dial", f"PJSIP/{ep},30,Tt", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid, ""])
    elif s == 2:  # group call
        g = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[1]))
        a = S.ext(ctx)
        ast_row(ctx, rec, ["", [("PHONE", a)], [(NEG, g)], "group", ['"', ("PERSON_NAME", S.person(ctx)["full"]), '" <', ("PHONE", a), ">"],
                            f"PJSIP/{ep}-{rng.randint(1, 0xffff):08x}", "", "Queue", f"grp-norrvatten-{g},,,,60", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid,
                            [f"wazo_user_uuid={S.evallib.uuid4(ctx)};caller=", ("USERNAME", S.user_of(ctx))]])
    else:  # outbound, unanswered, with cost centre
        num = S.phone_dial(ctx)
        a = S.ext(ctx)
        ast_row(ctx, rec, [[(NEG, rng.choice(ctx.pools.COST_CENTRES))], [("PHONE", a)], [("PHONE", num)], "to-extern", ['"', ("PERSON_NAME", S.spell_name(ctx, S.person(ctx))), '" <', ("PHONE", a), ">"],
                            f"PJSIP/{ep}-{rng.randint(1, 0xffff):08x}", f"PJSIP/trunk-telia-{rng.randint(1, 0xffff):08x}", "Dial", ["PJSIP/", ("PHONE", num), "@trunk-telia,60,T"],
                            st, an, en, d, b, rng.choice(["NO ANSWER", "BUSY"]), "DOCUMENTATION", uid, ""])


def vitalpbx_ivr(ctx, rec, _):
    rng = ctx.rng
    dur = rng.randint(3, 400)
    st, an, en, d, b = _times(ctx, dur)
    uid = f"{S.evallib.moment(ctx).timestamp():.0f}.{rng.randint(1, 9999)}"
    num = S.phone(ctx, style=rng.choice(["national-plain", "e164"])).replace(" ", "")
    s = rng.randrange(3)
    if s == 0:
        ivr = str(rng.randint(7000, 7099))
        ast_row(ctx, rec, ["", [("PHONE", num)], [(NEG, ivr)], "ivr-3", ['"', ("PHONE", num), '" <', ("PHONE", num), ">"],
                            f"PJSIP/T1_telenor-{rng.randint(1, 0xffff):08x}", "", "BackGround", "custom/ivr-meny-sv", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid, ""])
    elif s == 1:
        cb = S.phone_dial(ctx, "SE")
        ag = S.ext(ctx)
        ast_row(ctx, rec, ["", [("PHONE", cb)], [("PHONE", ag)], "callback-queue", ['"Callback ', ("PHONE", cb), '" <', ("PHONE", cb), ">"],
                            ["Local/", ("PHONE", cb), f"@callback-out-{rng.randint(1, 0xffff):08x};2"], ["PJSIP/", ("PHONE", ag), f"-{rng.randint(1, 0xffff):08x}"], "Dial", ["PJSIP/", ("PHONE", ag), ",25"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid,
                            ["callback requested by ", ("PHONE", cb), " at ", "ivr-3"]])
    else:
        svc = rng.choice(["112", "11414", "1177"])
        a = S.ext(ctx)
        ast_row(ctx, rec, [[("BADGE", S.badge(ctx))], [("PHONE", a)], [(NEG, svc)], "cos-all", ['"', ("PERSON_NAME", S.person(ctx)["full"]), '" <', ("PHONE", a), ">"],
                            ["PJSIP/", ("PHONE", a), f"-{rng.randint(1, 0xffff):08x}"], f"PJSIP/T1_telenor-{rng.randint(1, 0xffff):08x}", "Dial", ["PJSIP/", (NEG, svc), "@T1_telenor,300,"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid, "emergency"])


def issabel_followme(ctx, rec, _):
    rng = ctx.rng
    dur = rng.randint(3, 1200)
    st, an, en, d, b = _times(ctx, dur)
    uid = f"{S.evallib.moment(ctx).timestamp():.0f}.{rng.randint(1, 9999)}"
    a = S.ext(ctx)
    mob = S.phone_dial(ctx)
    caller = S.phone(ctx, style="national-plain").replace(" ", "")
    ast_row(ctx, rec, ["", [("PHONE", caller)], [("PHONE", a)], "followme-check", ['"', ("PERSON_NAME", S.spell_name(ctx, S.person(ctx, 1))), '" <', ("PHONE", caller), ">"],
                        f"SIP/telia-in-{rng.randint(1, 0xffff):08x}", ["Local/", ("PHONE", mob), f"@from-internal-{rng.randint(1, 0xffff):08x};1"], "Dial",
                        ["Local/", ("PHONE", mob), "@from-internal/n,20,"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION", uid,
                        ["FMGL-", ("PHONE", a), "#"]])


# ================================================================== freeswitch-cdr

def fs_row(ctx, rec, name, num, dest, context, cause, acct):
    rng = ctx.rng
    dur = rng.randint(0, 1500)
    st, an, en, d, b = _times(ctx, dur, cause == "NORMAL_CLEARING")
    S.csv_row(rec, [name, num, dest, context, st, an, en, d, b, cause, S.evallib.uuid4(ctx),
                    S.evallib.uuid4(ctx) if rng.random() < 0.7 else "", acct, rng.choice(["PCMA", "OPUS", "G722"]),
                    rng.choice(["PCMA", "OPUS", "G722"])])


def fs_gateway(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(4)
    cause = rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "NO_ANSWER", "USER_BUSY", "ORIGINATOR_CANCEL"])
    if s == 0:
        num = S.phone(ctx, style=rng.choice(["e164", "digits", "national-plain"])).replace(" ", "")
        fs_row(ctx, rec, [("PERSON_NAME", S.spell_name(ctx, S.person(ctx)))], [("PHONE", num)], [("PHONE", S.ext(ctx))], "public", cause, "")
    elif s == 1:
        num = S.phone(ctx, style="e164")
        fs_row(ctx, rec, [("PHONE", num)], [("PHONE", num)], [(NEG, str(rng.randint(*ctx.pools.QUEUE_NUMBERS[0])))], "public", cause, "")
    elif s == 2:
        a = S.ext(ctx)
        fs_row(ctx, rec, [("PERSON_NAME", S.person(ctx)["full"])], [("PHONE", a)], [("PHONE", S.phone_dial(ctx))], "default", cause, [("BADGE", S.badge(ctx))])
    else:
        a = S.ext(ctx)
        fs_row(ctx, rec, [("USERNAME", S.user_of(ctx))], [("PHONE", a)], [(NEG, rng.choice(["*97", "*98", "9196", "*43"]))], "default", cause, [(NEG, rng.choice(ctx.pools.COST_CENTRES))])


def fs_conference(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(3)
    cause = "NORMAL_CLEARING"
    if s == 0:
        conf = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[1]))
        num = S.phone(ctx, style=rng.choice(["e164", "national-plain"])).replace(" ", "")
        fs_row(ctx, rec, [("PERSON_NAME", S.person(ctx)["full"])], [("PHONE", num)], [(NEG, conf)], "conferences", cause, "")
    elif s == 1:
        a = S.ext(ctx)
        fs_row(ctx, rec, ["Extension ", ("PHONE", a)], [("PHONE", a)], [(NEG, rng.choice(ctx.pools.SERVICE_NUMBERS[:3]))], "default", cause, "")
    else:
        num = S.phone(ctx, style="e164")
        fs_row(ctx, rec, [(NEG, "UNKNOWN")], [("PHONE", num)], [(NEG, "ivr-huvudmeny")], "public", cause, "")


# ================================================================== cisco-cucm-cdr

def cucm_hunt(ctx, rec, cols):
    rng = ctx.rng
    pilot = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[0]))
    caller = S.phone(ctx, style=rng.choice(["national-plain", "e164"])).replace(" ", "")
    agent = S.ext(ctx)
    oui = rng.choice(ctx.pools.OUIS).replace(":", "")
    dev = oui + S.hx(rng, 6, True)
    q = rng.random() < 0.6
    S.cucm_row(ctx, rec, cols, {
        "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))],
        "callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [(NEG, pilot)],
        "finalCalledPartyNumber": [("PHONE", agent)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
        "callingPartyNumberPartition": "PT_PSTN_In", "originalCalledPartyNumberPartition": "PT_Hunt",
        "finalCalledPartyNumberPartition": "PT_Internal", "origDeviceName": "SIP_Trunk_Telia", "destDeviceName": ["SEP", ("MAC", dev)],
        "huntPilotDN": [(NEG, pilot)], "huntPilotPartition": "PT_Hunt", "calledPartyPatternUsage": "7",
        "wasCallQueued": "1" if q else "0", "totalWaitTimeInQueue": str(rng.randint(3, 240)) if q else "0",
        "huntPilotPattern": [(NEG, pilot)], "finalCalledPartyPattern": [(NEG, "7XXX")],
    })


def cucm_meetme_intercom(ctx, rec, cols):
    rng = ctx.rng
    s = rng.randrange(3)
    a = S.ext(ctx)
    dev = rng.choice(ctx.pools.OUIS).replace(":", "") + S.hx(rng, 6, True)
    if s == 0:  # meet-me conference
        room = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[1]))
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "callingPartyNumber": [("PHONE", a)],
            "callingPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
            "originalCalledPartyNumber": [(NEG, room)], "finalCalledPartyNumber": [(NEG, room)],
            "origDeviceName": ["SEP", ("MAC", dev)], "destDeviceName": f"CFB_{rng.randint(1, 4)}",
            "calledPartyPatternUsage": "1", "comment": "", "joinOnBehalfOf": "0",
        })
    elif s == 1:  # intercom whisper
        b = S.ext(ctx)
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))],
            "callingPartyNumber": [("PHONE", a)], "originalCalledPartyNumber": [("PHONE", b)], "finalCalledPartyNumber": [("PHONE", b)],
            "callingPartyNumberPartition": "PT_Intercom", "finalCalledPartyNumberPartition": "PT_Intercom",
            "origDeviceName": ["SEP", ("MAC", dev)], "destDeviceName": ["CSF", ("USERNAME", S.user_of(ctx, 1).upper().replace(".", "")[:12])],
            "calledPartyPatternUsage": "2", "comment": "",
        })
    else:  # outbound PSTN with client matter code and outpulsed number
        num = S.phone(ctx, "SE", style="national-plain").replace(" ", "")
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "callingPartyNumber": [("PHONE", a)],
            "callingPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
            "originalCalledPartyNumber": ["0", ("PHONE", num)], "finalCalledPartyNumber": ["0", ("PHONE", num)],
            "outpulsedCalledPartyNumber": [("PHONE", num)], "outpulsedCallingPartyNumber": [(NEG, ctx.pools.SWITCHBOARDS[-1])],
            "origDeviceName": ["SEP", ("MAC", dev)], "destDeviceName": "SIP_Trunk_Telia", "clientMatterCode": [(NEG, S.dig(rng, 5))],
            "callingPartyNumber_uri": [("EMAIL", S.mail_of(ctx, 0, True))],
        })


def miradore_mdm(ctx, rec, _):
    """Miradore MDM (Finnish) device inventory as its API returns it: nested
    objects, an array of SIM slots, users as objects."""
    rng = ctx.rng
    R(ctx, rec, '{"Device":{"ID":«n4»,"Name":"')
    gv = S.translit(S.person(ctx)["given_l"].split(" ")[0])
    if rng.random() < 0.5:
        rec.label("PERSON_NAME", gv).text("s " + rng.choice(["Galaxy S24", "iPhone 15", "Pixel 8", "Xperia 10 V"]))
    else:
        R(ctx, rec, "NV-MOB-«n4»")
    R(ctx, rec, '","Enrollment":{"Type":"' + rng.choice(["Android Enterprise", "Apple ADE"]) + '","Date":"«iso0»"},"User":{"Firstname":"«PERSON_NAME:gv|j»","Lastname":"«PERSON_NAME:sn|j»","Email":"«EMAIL:emw»","Phone":"«PHONE:mobse»"},"InvDevice":{"SerialNumber":"«~serial»","Model":"«~product»","IMEI":"«IMEI:imeip»"')
    if rng.random() < 0.4:
        R(ctx, rec, ',"IMEI2":"«IMEI:imei»"')
    R(ctx, rec, '},"InvMobileNetwork":{"SIMs":[{"Slot":1,"ICCID":"«~iccid»","IMSI":"«IMSI:imsi»","PhoneNumber":"«PHONE:e164»","Carrier":"Telia","Roaming":false}')
    if rng.random() < 0.3:
        R(ctx, rec, ',{"Slot":2,"ICCID":"«~iccid»","IMSI":"«IMSI:imsi»","PhoneNumber":"","Carrier":"' + rng.choice(["Tele2", "Telenor", "Play"]) + '"}')
    R(ctx, rec, ']},"InvNetwork":{"WiFiMAC":"«MAC:macc»","BluetoothMAC":"«MAC:macc»","IPAddress":"«IPV4:ippriv»"},"Tags":["«~costc»","«~place»"],"Note":"replaced «~badimei» (Luhn fail on label)"}}')


GENERATORS["serial"] = lambda c: c.rng.choice(["R5C", "RF8", "F2L", "DNP"]) + S.hx(c.rng, 8, True)
GENERATORS["iccid"] = lambda c: "8946" + S.dig(c.rng, 15)


def helpdesk_no_da(ctx, rec, _):
    """A service desk's audit lines in Norwegian and Danish (RFC 5424)."""
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>1 «iso» topdesk-app TOPdesk «pid» AUDIT - ")
    s = rng.randrange(4)
    if s == 0:
        R(ctx, rec, "Melding «~ticket» opprettet av «PERSON_NAME:n1» («USERNAME:u1») for innringer «PERSON_NAME:n», tlf. «PHONE:ph»: PC starter ikke etter oppdatering til «~ver»")
    elif s == 1:
        R(ctx, rec, "Bruker «USERNAME:u» ble låst ute etter 5 mislykkede pålogginger fra «IPV4:ip»; låst opp av «USERNAME:u1»")
    elif s == 2:
        R(ctx, rec, "Sag «~ticket» oprettet af «PERSON_NAME:n1» på vegne af «PERSON_NAME:n» (mobil «PHONE:ph», e-mail «EMAIL:em»); ringede fra omstillingen «~sw»")
    else:
        R(ctx, rec, "Hendelse lukket: passord tilbakestilt for «USERNAME:u» etter verifisering med personnummer «PERSONNUMMER:pnr» og engangskode «~n6» sendt til «PHONE:mobse»")


def ad_dn_changes(ctx, rec, _):
    """A directory sync's change records: members as LDAP DNs in arrays, with
    escaped commas, and the manager as a DN."""
    rng = ctx.rng
    def dn(i):
        p = S.person(ctx, i)
        ou = rng.choice(["Umeå", "Gävle", "Sundsvall", "Konsulter"])
        if rng.random() < 0.5:
            return [f"CN=", ("PERSON_NAME", f"{p['surname']}\\\\, {p['given']}"), f",OU=Users,OU={ou},DC=ad,DC=gavleborgs-lan,DC=se"]
        return [f"CN=", ("USERNAME", S.user_of(ctx, i)), f",OU=Users,OU={ou},DC=ad,DC=gavleborgs-lan,DC=se"]
    R(ctx, rec, '{"timestamp":"«iso»","source":"aadconnect","runProfile":"Delta Import","object":{"dn":"CN=GRP-Ekonomi-Las,OU=Groups,DC=ad,DC=gavleborgs-lan,DC=se","objectClass":"group"},"changes":[{"op":"add","attribute":"member","values":["')
    for part in dn(0):
        (rec.label(*part) if isinstance(part, tuple) else rec.text(part))
    rec.text('","')
    for part in dn(1):
        (rec.label(*part) if isinstance(part, tuple) else rec.text(part))
    R(ctx, rec, '"]},{"op":"replace","attribute":"manager","oldValue":"')
    for part in dn(2):
        (rec.label(*part) if isinstance(part, tuple) else rec.text(part))
    R(ctx, rec, '","newValue":null},{"op":"replace","attribute":"telephoneNumber","values":["«PHONE:ph»"]},{"op":"replace","attribute":"proxyAddresses","values":["SMTP:«EMAIL:emw»","smtp:«USERNAME:u»@gavleborgs.mail.onmicrosoft.com"]}],"initiatedBy":"«~sysacct|j»"}')


def umbrella_csv(ctx, rec, _):
    """Cisco Umbrella proxy log rows (CSV without a header) forwarded by syslog."""
    rng = ctx.rng
    R(ctx, rec, "«ts» umbrella-fwd umbrella: ")
    fn = S.person(ctx)["full"]
    em = S.mail_of(ctx, 0, True)
    rec.text('"')
    R(ctx, rec, "«dt»")
    rec.text('","').label("PERSON_NAME", fn).text(" (").label("EMAIL", em).text(')","').label("PERSON_NAME", fn).text(" (").label("EMAIL", em).text("),")
    R(ctx, rec, 'WS-EKON-«n3»","«IPV4:ippriv»","«IPV4:ippub»","","' + rng.choice(["ALLOWED", "BLOCKED"]) + '","https://')
    if rng.random() < 0.4:
        R(ctx, rec, 'login.example-webmail.se/?login=«USERNAME:u»&lang=sv')
    else:
        R(ctx, rec, 'cdn.example.net/assets/«h8».js')
    R(ctx, rec, '","","Mozilla/5.0 (Windows NT 10.0; Win64; x64)","200","","«n4»","«n6»","«h32»","","","","","«~fakemac»","Roaming Computers","","«~ver»"')


def zeek_tsv(ctx, rec, _):
    """Zeek's ntlm, kerberos and http logs in their TSV form (no header line
    in the stream), forwarded one row per syslog message."""
    rng = ctx.rng
    T = "\t"
    R(ctx, rec, f"«ts» zeek-sensor1 zeek: «epoch».«n6»{T}C«r12»{T}«IPV4:ippriv»{T}«port»{T}«IPV4:ippriv»{T}")
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, f"445{T}")
        if rng.random() < 0.8:
            rec.label("USERNAME", S.user_of(ctx))
        else:
            rec.label(NEG, rng.choice(["svc_veeam", "scanner01", "-"]))
        rec.text(T)
        if rng.random() < 0.5:
            rec.label("PERSON_NAME", S.translit(S.person(ctx)["given_l"].split(" ")[0]).upper()).text("-PC")
        else:
            R(ctx, rec, "WS-EKON-«n3»")
        R(ctx, rec, f"{T}«nb»{T}FS-HEM02{T}fs-hem02.ad.gavleborgs-lan.se{T}ad.gavleborgs-lan.se{T}" + rng.choice(["T", "F"]))
    elif s == 1:
        R(ctx, rec, f"88{T}" + rng.choice(["AS", "TGS"]) + f"{T}")
        rec.label("USERNAME", S.user_of(ctx))
        R(ctx, rec, f"/AD.GAVLEBORGS-LAN.SE{T}krbtgt/AD.GAVLEBORGS-LAN.SE{T}" + rng.choice(["T", "F"]) + f"{T}" + rng.choice(["-", "KDC_ERR_PREAUTH_FAILED", "KDC_ERR_C_PRINCIPAL_UNKNOWN"]) + f"{T}-{T}«epoch».000000{T}aes256-cts-hmac-sha1-96{T}T{T}T{T}-{T}-")
    else:
        R(ctx, rec, f"80{T}1{T}GET{T}intranet.norrvatten.se{T}/medarbetare/profil.aspx?anv=«USERNAME:u»&tel=«PHONE:natse»{T}-{T}1.1{T}Mozilla/5.0 (Windows NT 10.0; Win64; x64){T}-{T}0{T}«n4»{T}200{T}OK{T}-{T}-{T}(empty){T}«USERNAME:u»{T}-{T}-")


def dialpad(ctx, rec, _):
    """Dialpad call events: the contact, the target user and the entry point
    as nested objects."""
    rng = ctx.rng
    inbound = rng.random() < 0.6
    R(ctx, rec, '{"date_started":«epochms»,"call_id":«bigid»,"state":"' + rng.choice(["hangup", "connected", "voicemail", "missed"]) + '","direction":"' + ("inbound" if inbound else "outbound") + '","external_number":"«PHONE:e164@x»","internal_number":"«PHONE:e164se@d»","contact":{"id":"«bigid»","name":"')
    if rng.random() < 0.7:
        R(ctx, rec, '«PERSON_NAME:fn|j»')
    else:
        R(ctx, rec, '«~place»')
    R(ctx, rec, '","phone":"«PHONE:@x»","type":"local"},"target":{"id":«bigid»,"name":"«PERSON_NAME:fn1|j»","phone":"«PHONE:@d»","email":"«EMAIL:emw1»","type":"user","office_id":«bigid»},"entry_point_target":{"id":«bigid»,"name":"Kundtjänst Norrvatten","phone":"«~swe164»","type":"callcenter"},"master_call_id":«bigid»,"duration":«dur»,"total_duration":«dur»')
    if rng.random() < 0.4:
        R(ctx, rec, ',"voicemail_link":"https://dialpad.com/r/voicemail/«r12»","transcription_text":"Hej det är «PERSON_NAME:gv|j», ring mig på «PHONE:ph» angående faktura «~ticket»."')
    rec.text("}")


TEMPLATES = [
    ("syslog", "oracle-audit", oracle_audit),
    ("syslog", "courier-sendmail", courier_sendmail),
    ("syslog", "cisco-wlc-aireos", cisco_wlc),
    ("syslog", "dnsmasq-named", dnsmasq_named),
    ("syslog", "windows-4625-rsyslog-escaped", windows_rsyslog_escaped),
    ("syslog", "netbank-java-multiline", netbank_java),
    ("syslog", "lenel-onguard-localised", lenel_door),
    ("syslog", "3cx-system-log", threecx),
    ("syslog", "topdesk-no-da-audit", helpdesk_no_da),
    ("syslog", "umbrella-proxy-csv", umbrella_csv),
    ("syslog", "zeek-tsv-ntlm-krb-http", zeek_tsv),
    ("json", "azure-activity-claims", azure_activity),
    ("json", "dropbox-team-log", dropbox_teamlog),
    ("json", "ringcentral-call-log", ringcentral_calllog),
    ("json", "adfs-xml-in-json", adfs_xml),
    ("json", "teleport-audit", teleport_audit),
    ("json", "46elks-sms-webhook", elks_sms),
    ("json", "region-booking-sv-keys", region_booking),
    ("json", "miradore-mdm-inventory", miradore_mdm),
    ("json", "aadconnect-dn-arrays", ad_dn_changes),
    ("json", "dialpad-call-events", dialpad),
    ("kv-cef", "sophos-utm", sophos_utm),
    ("kv-cef", "delinea-secret-server-cef", delinea_cef),
    ("kv-cef", "sentinelone-cef", sentinelone_cef),
    ("kv-cef", "ibm-verify-leef2", ibm_verify_leef),
    ("kv-cef", "assa-arx-sv-kv", assa_arx),
    ("asterisk-cdr", "wazo-queues-groups", wazo_cdr),
    ("asterisk-cdr", "vitalpbx-ivr-callback", vitalpbx_ivr),
    ("asterisk-cdr", "issabel-followme", issabel_followme),
    ("freeswitch-cdr", "fs-pstn-gateway", fs_gateway),
    ("freeswitch-cdr", "fs-conference-ivr", fs_conference),
    ("cisco-cucm-cdr", "cucm-hunt-queued", cucm_hunt),
    ("cisco-cucm-cdr", "cucm-meetme-intercom-cmc", cucm_meetme_intercom),
]
