"""sealed4: the seventh pair's kept-aside half. Never tuned on; its products
are not listed in the README. Values come from ../seventhlib.py and
./pools.py only."""
import datetime

import seventhlib as S
from evallib import NEG
from seventhlib import R

GENERATORS = S.generators()
CUCM_HEADER_DECOYS = ["finalMobileCalledPartyNumber", "lastRedirectDn", "destDeviceName"]


def pri(ctx):
    return str(ctx.rng.choice([14, 30, 38, 86, 118, 134, 142, 174, 182]))


def sapuser(ctx, i=0):
    key = ("sap", i)
    if key not in ctx.memo:
        ctx.memo[key] = S.account(ctx, S.person(ctx, i), ctx.rng.choice(["flast", "last5f2", "f3l3", "l3f3nn", "firstl"]),
                                  keep_marks=False).upper()[:12]
    return ctx.memo[key]


# ================================================================== syslog

def sap_sal(ctx, rec, _):
    rng = ctx.rng
    personal = rng.random() < 0.8
    u = sapuser(ctx)
    tcode = rng.choice(["SU01", "SE16N", "PA20", "SM59", "FB03", "VA03"])
    R(ctx, rec, f"<{pri(ctx)}>1 «iso» sap-prd-ci SAP_SAL «pid» AU{rng.choice('125')} [sal@4711 sid=\"PRD\" client=\"{rng.choice(['100', '200', '000'])}\" user=\"")
    if personal:
        rec.label("USERNAME", u)
    else:
        rec.label(NEG, rng.choice(["DDIC", "TMSADM", "SAP*"]))
    R(ctx, rec, f"\" terminal=\"«host»\" tcode=\"{tcode}\" program=\"SAPMSYST\" peer=\"«IPV4:ippriv»\"] ")
    s = rng.randrange(5)
    if s == 0:
        rec.text("Logon successful (type=A, method=A)")
    elif s == 1:
        rec.text("Logon failed (reason=1, type=A, method=A) for user ")
        if personal:
            rec.label("USERNAME", u)
        else:
            rec.text("DDIC")
    elif s == 2:
        R(ctx, rec, "User «USERNAME:sap1» locked by ")
        if personal:
            rec.label("USERNAME", u)
        else:
            rec.text("SAP*")
        rec.text(" after incorrect logon attempts")
    elif s == 3:
        R(ctx, rec, f"Transaction {tcode} started; personnel number «~empno», infotype 0006 read (Tfn «PHONE:ph»)")
    else:
        R(ctx, rec, "User master record «USERNAME:sap1» changed: name «PERSON_NAME:n1», e-mail «EMAIL:emw1», mobile «PHONE:ph»")


GENERATORS["sap1"] = lambda c: sapuser(c, 1)


def mongodb(ctx, rec, _):
    """mongod 4.4+ structured log lines (JSON) through syslog."""
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» mongo-rs0-2 mongod[«pid»]: ")
    s = rng.randrange(4)
    if s == 0:
        R(ctx, rec, '{"t":{"$date":"«iso»"},"s":"I","c":"ACCESS","id":20250,"ctx":"conn«n4»","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"«USERNAME:u»","authenticationDatabase":"admin","remote":"«IPV4:ippriv»:«port»","extraInfo":{}}}')
    elif s == 1:
        R(ctx, rec, '{"t":{"$date":"«iso»"},"s":"I","c":"ACCESS","id":20249,"ctx":"conn«n4»","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-1","speculative":false,"principalName":"')
        if rng.random() < 0.7:
            rec.label("USERNAME", S.user_of(ctx))
        else:
            rec.label(NEG, rng.choice(["clusterAdmin", "mongod", "backupsvc"]))
        R(ctx, rec, '","authenticationDatabase":"kunder","remote":"«IPV4:ip»:«port»","error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}')
    elif s == 2:
        R(ctx, rec, '{"t":{"$date":"«iso»"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn«n4»","msg":"Slow query","attr":{"type":"command","ns":"kundportal.kunder","command":{"find":"kunder","filter":{"$or":[{"epost":"«EMAIL:em»"},{"mobil":"«PHONE:e164»"},{"personnummer":"«PERSONNUMMER:pnr12»"}]},"limit":1,"lsid":{"id":{"$uuid":"«uuid»"}},"$db":"kundportal"},"planSummary":"COLLSCAN","keysExamined":0,"docsExamined":«n6»,"durationMillis":«n4»}}')
    else:
        R(ctx, rec, '{"t":{"$date":"«iso»"},"s":"I","c":"NETWORK","id":51800,"ctx":"conn«n4»","msg":"client metadata","attr":{"remote":"[«IPV6:ip6»]:«port»","client":"conn«n4»","doc":{"driver":{"name":"PyMongo","version":"«~ver»"},"os":{"type":"Linux","name":"Linux","architecture":"x86_64","version":"5.14"},"application":{"name":"kundportal-«host»"}}}}')


def kerio(ctx, rec, _):
    rng = ctx.rng
    t = S.evallib.moment(ctx)
    stamp = f"[{t:%d/%b/%Y %H:%M:%S}]"
    R(ctx, rec, f"<{pri(ctx)}>«ts» kerio-mail kerio: {stamp} ")
    s = rng.randrange(5)
    if s == 0:
        R(ctx, rec, "Failed IMAP login from «IPV4:ippub», missing Kerio Connect account «EMAIL:emw»")
    elif s == 1:
        R(ctx, rec, "User «EMAIL:emw» logged in to HTTP/WebMail from «IPV4:ip»")
    elif s == 2:
        R(ctx, rec, "Recv: Queue-ID: «h8»-«n4», Service: SMTP, From: <«EMAIL:em»>, To: <«EMAIL:emw1»>, Size: «n6», Sender-Host: «IPV4:ippub», SSL: yes")
    elif s == 3:
        R(ctx, rec, "Sent: Queue-ID: «h8»-«n4», Recipient: <«EMAIL:em1»>, Result: delivered, Status: 2.0.0 , Remote-Host: «IPV4:ippub», Msg-Id: <«h16»@«wdom»>")
    else:
        R(ctx, rec, "Failed SMTP login from «IPV4:ippub» with SASL method LOGIN; user name «USERNAME:u» (too many attempts, blocked «n2» min); report to «~rolemail»")


def omada(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» omada-ctl Omada: ")
    gv = S.person(ctx)["given"].split(" ")[0]
    s = rng.randrange(4)
    if s == 0:
        rec.text("[Wireless Client] Client [")
        k = rng.randrange(3)
        if k == 0:
            rec.label("PERSON_NAME", gv).text("s iPhone")
        elif k == 1:
            rec.text("Galaxy-S24-").label("PERSON_NAME", gv)
        else:
            R(ctx, rec, "«~hex12»")
        R(ctx, rec, "] («MAC:macd») is connected to [AP-«~place»] («MAC:macd») with SSID \"Kraft-Personal\" on channel «n2».")
    elif s == 1:
        R(ctx, rec, "[Portal] Client «MAC:macd» passed SMS authentication with phone number «PHONE:ph» on SSID \"Kraft-Gäst\", voucher «~n6» unused.")
    elif s == 2:
        R(ctx, rec, "[Portal] Client «MAC:macd» authenticated by RADIUS as «USERNAME:u» (NAS «IPV4:ippriv»), session «~fakemac».")
    else:
        R(ctx, rec, "[Wireless Client] Client [«~hostdev»] («MAC:macd») roamed from [AP-«~place»] to [AP-«~place»] (RSSI -«n2» dBm, IP «IPV4:ippriv»).")


def infoblox(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<30>«ts» ib-grid-01 dhcpd[«pid»]: ")
    gv = S.translit(S.person(ctx)["given_l"].split(" ")[0])
    s = rng.randrange(4)
    m = S.mac(ctx, "colon")
    if s == 0:
        R(ctx, rec, "DHCPACK on «IPV4:ippriv» to ")
        rec.label("MAC", m).text(" (")
        if rng.random() < 0.6:
            rec.label("PERSON_NAME", gv).text(rng.choice(["s-Laptop", "-ThinkPad", "s-Air"]))
        else:
            R(ctx, rec, "LT-EKONOMI-«n2»")
        R(ctx, rec, ") via eth1 relay «IPV4:ippriv» lease-duration 28800 (RENEW) uid 01:")
        rec.label("MAC", m)
    elif s == 1:
        R(ctx, rec, "DHCPREQUEST for «IPV4:ippriv» from ")
        rec.label("MAC", m)
        R(ctx, rec, " via «IPV4:ippriv»: lease owned by another server; hardware «~wwpn»")
    elif s == 2:
        R(ctx, rec, "Reply NA: address «IPV6:ip6» to client with duid 00:01:00:01:")
        rec.text(":".join(S.hx(rng, 2) for _ in range(4)) + ":")
        rec.label("MAC", m)
        R(ctx, rec, " iaid = «n6» valid for 43200 seconds")
    else:
        R(ctx, rec, "DHCPRELEASE of «IPV4:ippriv» from ")
        rec.label("MAC", m).text(" (").label("PERSON_NAME", gv.upper()).text("-PC) via eth2 (found)")


def django_trace(ctx, rec, _):
    """A Python web portal's error with its traceback, line breaks carried as
    the two characters backslash-n (a JSON log field forwarded to syslog)."""
    rng = ctx.rng
    R(ctx, rec, f"<{rng.choice([11, 131])}>1 «iso» web-portal-03 mina-sidor «pid» django.request - ")
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, "Internal Server Error: /mina-sidor/profil/ user=«EMAIL:em» ip=«IPV4:ippub»\\nTraceback (most recent call last):\\n  File \"/srv/portal/profil/views.py\", line «n3», in post\\n    form.save()\\nValidationError: {'telefon': ['Ogiltigt nummer: «PHONE:ph»'], 'personnummer': ['Kontrollsiffran stämmer inte: «~badpnr»']}")
    elif s == 1:
        R(ctx, rec, "Bad Request: /api/v2/anmalan/ (user «USERNAME:u»)\\nTraceback (most recent call last):\\n  File \"/srv/portal/anmalan/serializers.py\", line «n3», in validate\\nKeyError: 'vardnadshavare'\\n\\nDuring handling of the above exception, payload was: {'barn': '«PERSONNUMMER:pnr10»', 'namn': '«PERSON_NAME:fn|j»', 'kontakt': '«PHONE:mobse»'}")
    else:
        R(ctx, rec, "Forbidden (CSRF token missing): /logga-in/?next=/arenden/«~ticket»/&email=«EMAIL:em» from «IPV4:ippub» ua=«~ver»")


def genetec_fr(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» synergis-srv Synergis: ")
    p = S.person(ctx)
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, 'Événement="Accès accordé" Titulaire="')
        rec.label("PERSON_NAME", f"{p['surname']}, {p['given']}")
        R(ctx, rec, '" Identifiant="«BADGE:badge»" Porte="«~place»" Horodatage="«dt»" Lecteur="«~fakemac»"')
    elif s == 1:
        R(ctx, rec, "Accès refusé;«dt»;«~place»;")
        rec.label("PERSON_NAME", p["full"])
        R(ctx, rec, ";«BADGE:badge»;Identifiant expiré;opérateur «USERNAME:u1»")
    else:
        R(ctx, rec, 'Alarme "Porte maintenue ouverte" acquittée par «USERNAME:u1» («PERSON_NAME:n1»), dernière carte «BADGE:badge», unité «~place»')


def mitel_smdr(ctx, rec, _):
    """MiVoice Business SMDR records over syslog (fixed-width columns)."""
    rng = ctx.rng
    t = S.evallib.moment(ctx)
    R(ctx, rec, f"<{pri(ctx)}>«ts» mitel-3300 SMDR: {t:%m/%d} {t:%I:%M}{'P' if t.hour >= 12 else 'A'} 00{rng.randint(0, 9)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} ")
    s = rng.randrange(3)
    if s == 0:  # outgoing: extension, trunk, digits dialled
        e = S.ext(ctx)
        rec.label("PHONE", e).text(" " * max(1, 6 - len(e)) + f"T{rng.randint(1, 99):04d} ")
        num = S.phone(ctx, style=rng.choice(["national-plain", "00"])).replace(" ", "")
        rec.label("PHONE", num).text(" " * max(1, 26 - len(num)))
        R(ctx, rec, "A  «~costc»")
    elif s == 1:  # incoming to an extension with CLI
        num = S.phone(ctx, style="national-plain").replace(" ", "")
        rec.text(f"T{rng.randint(1, 99):04d} ")
        e = S.ext(ctx)
        rec.label("PHONE", e).text(" " * max(1, 26 - len(e)) + "I  ")
        rec.label("PHONE", num)
    else:  # to an ACD path / hunt group
        num = S.phone(ctx, style="national-plain").replace(" ", "")
        rec.text(f"T{rng.randint(1, 99):04d} ")
        R(ctx, rec, "«~queue»")
        rec.text("                    I  ")
        rec.label("PHONE", num)
        R(ctx, rec, " P«~n4»")


# ================================================================== json

def box_events(ctx, rec, _):
    rng = ctx.rng
    ev = rng.choice(["COLLABORATION_INVITE", "DOWNLOAD", "LOGIN", "SHARE"])
    R(ctx, rec, '{"type":"event","event_id":"«uuid»","created_by":{"type":"user","id":"«bigid»","name":"«PERSON_NAME:fn|j»","login":"«EMAIL:emw»"},"created_at":"«iso0»","recorded_at":"«iso0»","event_type":"' + ev + '","session_id":"«r12»","ip_address":"«IPV4:ippub»"')
    if ev == "LOGIN":
        R(ctx, rec, ',"source":{"type":"user","id":"«bigid»","name":"«PERSON_NAME:fn|j»","login":"«EMAIL:emw»"}}')
        return
    R(ctx, rec, ',"source":{"type":"folder","id":"«bigid»","name":"Personalakt ')
    rec.label("PERSON_NAME", S.person(ctx, 1)["full"])
    R(ctx, rec, '","path_collection":{"total_count":2,"entries":[{"type":"folder","id":"0","name":"All Files"},{"type":"folder","id":"«bigid»","name":"HR «~place»"}]},"owned_by":{"type":"user","id":"«bigid»","name":"«PERSON_NAME:fn|j»","login":"«EMAIL:emw»"}}')
    if ev == "COLLABORATION_INVITE":
        R(ctx, rec, ',"accessible_by":{"type":"user","id":"«bigid»","name":"«PERSON_NAME:fn1|j»","login":"«EMAIL:em1»"},"additional_details":{"role":"editor","is_performed_by_admin":false}}')
    else:
        R(ctx, rec, ',"additional_details":{"shared_link_id":"«r12»","size":«n6»,"version_id":"«bigid»","service_name":"Box Drive «~ver»"}}')


def onelogin(ctx, rec, _):
    rng = ctx.rng
    et = rng.choice([(5, "User logged into OneLogin"), (6, "User failed authentication"), (13, "Created user"), (26, "MFA SMS sent")])
    R(ctx, rec, '{"id":«bigid»,"created_at":"«iso»","account_id":«n6»,"user_id":«bigid»,"event_type_id":' + str(et[0]) + ',"notes":' + ('null' if et[0] != 26 else '"OTP to «PHONE:ph»"') + ',"ipaddr":"«IPV4:ippub»","actor_user_id":«bigid»,"actor_user_name":"')
    if et[0] == 13:
        rec.label("PERSON_NAME", S.person(ctx, 1)["full"])
    else:
        rec.label("PERSON_NAME", S.person(ctx)["full"])
    R(ctx, rec, '","user_name":"«PERSON_NAME:fn|j»","login_name":"«EMAIL:emw»","app_name":' + rng.choice(['null', '"Heroma"', '"Raindance"']) + ',"otp_device_name":' + ('"OneLogin SMS"' if et[0] == 26 else 'null') + ',"custom_message":' + ('"Created via API by «~sysacct|j»"' if et[0] == 13 else 'null') + ',"risk_score":«n2»,"proxy_ip":"«IPV4:ippriv»","client_id":"«h32»"}')


def aircall(ctx, rec, _):
    rng = ctx.rng
    inbound = rng.random() < 0.7
    raw = S.phone(ctx, style=rng.choice(["intl", "e164"]))
    R(ctx, rec, '{"resource":"call","event":"call.' + rng.choice(["ended", "commented", "tagged"]) + '","timestamp":«epoch»,"token":"«h32»","data":{"id":«bigid»,"direct_link":"https://api.aircall.io/v1/calls/«bigid»","status":"done","direction":"' + ("inbound" if inbound else "outbound") + '","started_at":«epoch»,"duration":«dur»,"raw_digits":"')
    rec.label("PHONE", raw)
    R(ctx, rec, '","user":{"id":«n6»,"name":"«PERSON_NAME:fn1|j»","email":"«EMAIL:emw1»","available":true},"number":{"id":«n6»,"name":"Kundservice SE","digits":"«~sw»","country":"SE"},"contact":')
    if rng.random() < 0.7:
        R(ctx, rec, '{"id":«bigid»,"first_name":"«PERSON_NAME:gv|j»","last_name":"«PERSON_NAME:sn|j»","company_name":"«~product»","phone_numbers":[{"id":«n6»,"label":"Mobile","value":"')
        rec.label("PHONE", raw.replace(" ", ""))
        R(ctx, rec, '"},{"id":«n6»,"label":"Work","value":"«PHONE:ph»"}],"emails":[{"id":«n6»,"label":"Work","value":"«EMAIL:em»"}]}')
    else:
        rec.text("null")
    R(ctx, rec, ',"comments":[{"id":«n6»,"content":"Kunden «PERSON_NAME:n|j» ringde om faktura «~ticket», ring tillbaka på «PHONE:ph»"}],"tags":[{"id":«n4»,"name":"Faktura"}],"teams":[{"id":«n4»,"name":"Nivå 1"}],"ivr_options":[{"id":«n4»,"title":"Menyval «n2»","key":"2"}]}}')


def workspace_one(ctx, rec, _):
    rng = ctx.rng
    p = S.person(ctx)
    plat = rng.choice([("iPhone", "iOS 17.5.1"), ("Android", "Android 14"), ("iPad", "iPadOS 17.6")])
    serial = S.hx(rng, 12, True)
    R(ctx, rec, '{"EventId":«n6»,"EventType":"' + rng.choice(["Enrollment Complete", "Device Compromised", "Check Out", "Break MDM Confirmed"]) + '","DeviceId":«n6»,"DeviceFriendlyName":"')
    rec.label("PERSON_NAME", p["given"]).text(" ").label("PERSON_NAME", p["surname"]).text(f" {plat[0]} {plat[1]} {serial[-4:]}")
    R(ctx, rec, '","EnrollmentEmailAddress":"«EMAIL:emw»","EnrollmentUserName":"«USERNAME:u»","EventTime":"«iso»","SerialNumber":"' + serial + '","PhoneNumber":"«PHONE:ph»","Udid":"«h32»«h8»","Imei":"«IMEI:imei»","MACAddress":"«MAC:macbare»","CompromisedStatus":' + rng.choice(["false", "true"]) + ',"ComplianceStatus":"Compliant","OrganizationGroupName":"Falu Energi / «~place»","Ownership":"C","DeviceNotes":"ersatt «~badimei», kst «~costc»"')
    if rng.random() < 0.5:
        R(ctx, rec, ',"Subscriber":{"Imsi":"«IMSI:imsi»","Iccid":"«~iccid»","CurrentMcc":"240","HomeCarrier":"Telenor SE"}')
    rec.text("}")


GENERATORS["iccid"] = lambda c: "89460" + S.dig(c.rng, 14)


def calendar_attendees(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, '{"@odata.type":"#microsoft.graph.event","id":"AAMk«r12»«r12»=","createdDateTime":"«iso»","subject":"' + rng.choice(["Utvecklingssamtal – ", "Rehabmöte ", "Uppföljning "]))
    rec.label("PERSON_NAME", S.person(ctx, 1)["full"])
    R(ctx, rec, '","organizer":{"emailAddress":{"name":"«PERSON_NAME:fn|j»","address":"«EMAIL:emw»"}},"attendees":[{"type":"required","status":{"response":"accepted","time":"«iso»"},"emailAddress":{"name":"«PERSON_NAME:fn1|j»","address":"«EMAIL:emw1»"}},{"type":"optional","status":{"response":"none","time":"0001-01-01T00:00:00Z"},"emailAddress":{"name":"«PERSON_NAME:fn2|j»","address":"«EMAIL:em2»"}},{"type":"resource","status":{"response":"accepted"},"emailAddress":{"name":"Konferensrum «~place»","address":"«~rolemail»"}}],"location":{"displayName":"Microsoft Teams-möte"},"onlineMeeting":{"joinUrl":"https://teams.microsoft.com/l/meetup-join/19%3ameeting_«r12»%40thread.v2/0?context=%7b%22Tid%22%3a%22«uuid»%22%2c%22Oid%22%3a%22«uuid»%22%7d","tollNumber":"«~swe164»","conferenceId":"«~confid»"}}')


GENERATORS["confid"] = lambda c: f"{c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}#"


def zendesk_es(ctx, rec, _):
    rng = ctx.rng
    frm = S.phone(ctx, rng.choice(["SE", "FR", "IT", "MA"]), style="e164")
    R(ctx, rec, '{"ticket":{"id":«n6»,"subject":"' + rng.choice(["No puedo acceder a mi cuenta", "Factura duplicada", "Cambio de número de teléfono"]) + '","requester":{"name":"«PERSON_NAME:n|j»","email":"«EMAIL:em»","phone":"')
    rec.label("PHONE", frm)
    R(ctx, rec, '"},"custom_fields":[{"id":«bigid»,"value":"«~ticket»"},{"id":«bigid»,"value":"«PERSONNUMMER:pnr»"}],"via":{"channel":"voice","source":{"from":{"formatted_phone":"')
    rec.label("PHONE", frm[:3] + " " + frm[3:6] + " " + frm[6:])
    rec.text('","phone":"')
    rec.label("PHONE", frm)
    R(ctx, rec, '","name":"«PERSON_NAME:fn|j»"},"to":{"formatted_phone":"«~sw»","phone":"«~swe164»"},"rel":"voicemail"}}},"audit":{"author_id":«bigid»,"events":[{"type":"Comment","public":false,"body":"Llamada de «PERSON_NAME:fn|j» desde el «PHONE:ph». El cliente confirma su personnummer «PERSONNUMMER:pnr» y pide que le escribamos a «EMAIL:em1». Agente: «USERNAME:u1»"},{"type":"Change","field_name":"assignee_id","value":"«bigid»","previous_value":null}]}}')


def afas_hr_nl(ctx, rec, _):
    rng = ctx.rng
    p = S.person(ctx)
    sur = p["surname"]
    parts = sur.split(" ")
    tv = " ".join(w for w in parts if w.islower())
    an = " ".join(w for w in parts if not w.islower())
    R(ctx, rec, '{"werkgever":{"naam":"Falu Energi Nederland B.V.","moederbedrijf_orgnr":"«ORGNR:org»","kvk":"«~bigid»"},"medewerker":{"medewerkernummer":"«~empno»","voornaam":"«PERSON_NAME:gv|j»",')
    if tv:
        rec.text('"tussenvoegsel":"' + tv + '","achternaam":"').label("PERSON_NAME", an)
    else:
        rec.text('"tussenvoegsel":"","achternaam":"').label("PERSON_NAME", S.evallib.esc_json(sur))
    R(ctx, rec, '","roepnaam":"«PERSON_NAME:gv|j»","personnummer_se":"')
    if rng.random() < 0.8:
        rec.label("PERSONNUMMER", S.pnr(ctx))
    else:
        rec.label("SAMORDNINGSNUMMER", S.pnr(ctx, samordning=True))
    R(ctx, rec, '","contact":[{"soort":"mobiel","waarde":"«PHONE:ph»"},{"soort":"email_prive","waarde":"«EMAIL:em»"},{"soort":"noodcontact","naam":"«PERSON_NAME:fn1|j»","waarde":"«PHONE:ph»"}],"leidinggevende":{"gebruikersnaam":"«USERNAME:u2»","naam":"«PERSON_NAME:nm2|j»"},"kostenplaats":"«~costc»","gewijzigd_door":"«USERNAME:u2»"}}')


# ================================================================== kv-cef

def barracuda_waf(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, "«ts» waf-dmz CEF:0|Barracuda|WAF|1000|" + rng.choice(["WF|TR|4|cat=TR", "WF|SYS|3|cat=WF", "WF|AUDIT|2|cat=AUDIT"]) + " dvchost=waf-dmz rt=«epochms» src=«IPV4:ippub» spt=«port» dst=«IPV4:ippriv» dpt=443 requestMethod=" + rng.choice(["GET", "POST"]) + " request=")
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, "/mina-sidor/login?anvandare=«USERNAME:u»&returnUrl\\=%2Fstart")
    elif s == 1:
        R(ctx, rec, "/api/kund/«PERSONNUMMER:pnr12»/fakturor?format\\=pdf")
    else:
        rec.text("/kontakt/skicka?namn=").label("PERSON_NAME", S.urlq(S.person(ctx)["full"])).text("&tel=")
        rec.label("PHONE", S.urlq(S.phone(ctx, "SE", style="national")))
        R(ctx, rec, "&epost=«EMAIL:em»")
    R(ctx, rec, " suser=")
    if rng.random() < 0.6:
        R(ctx, rec, "«USERNAME:u»")
    else:
        rec.text('"-"')
    R(ctx, rec, " requestClientApplication=Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) cs1Label=Rule cs1=«~ticket» cs2Label=Protocol cs2=HTTPS cs3Label=Service cs3=kundportal act=" + rng.choice(["LOG", "DENY"]))


def beyondtrust(ctx, rec, _):
    """BeyondTrust Remote Support / PRA syslog: `;`-joined pairs after a
    message segment header; who=Full Name (login)."""
    rng = ctx.rng
    R(ctx, rec, "«ts» bt-pra-app BG[«pid»]: «n4»:01:01:")
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, "event=login;site=support.falu-energi.se;status=success;target=rep_client;when=«epoch»;who=«PERSON_NAME:fn» («USERNAME:u») using password;who_ip=«IPV4:ippub»")
    elif s == 1:
        R(ctx, rec, "event=session_start;site=support.falu-energi.se;lsid=«h32»;customer.name=«PERSON_NAME:fn1»;customer.company=«~product»;customer.details=tel «PHONE:ph»;rep=«PERSON_NAME:n» («USERNAME:u»);public_ip=«IPV4:ippub»;private_ip=«IPV4:ippriv»;hostname=")
        rec.label("PERSON_NAME", S.translit(S.person(ctx, 1)["given_l"].split(" ")[0]).upper()).text("-PC")
    else:
        R(ctx, rec, "event=jump_item_edit;site=support.falu-energi.se;when=«epoch»;who=«PERSON_NAME:fn» («USERNAME:u»);jump_item=«~hostdev»;old_value=«~sysacct»;new_value=adm-«USERNAME:u1»")


def fortimail(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, '«ts» fml-gw1 date=«dt» device_id=FE-3KE«n4»«n6» log_id=«~bigid» type=' + rng.choice(["statistics", "event"]) + ' pri=information session_id="«r12»-«r12»" client_name="')
    if rng.random() < 0.4:
        R(ctx, rec, "«host».«wdom»")
    else:
        R(ctx, rec, "mail-«IPV4:ippub»")
    R(ctx, rec, '" client_ip=«IPV4:ippub» dst_ip=«IPV4:ippriv» from="«EMAIL:em»" hfrom="«PERSON_NAME:fn» <«EMAIL:em»>" to="«EMAIL:emw1»" polid="0:1:«n2»" domain="«wdom»" subject="' + rng.choice(["Sjukintyg ", "Lönespec ", "Re: offert "]))
    rec.label("PERSON_NAME", S.person(ctx)["full"])
    R(ctx, rec, '" size=«n6» direction="in" disposition="Accept" classifier="Not Spam" message_length=«n6» virus="" ')
    if rng.random() < 0.3:
        R(ctx, rec, 'msg="sender verification passed for «EMAIL:em» via «~rolemail»"')


def vectra(ctx, rec, _):
    rng = ctx.rng
    R(ctx, rec, "CEF:0|Vectra Networks|X Series|«~ver»|" + rng.choice(["asc|Account Score Change", "hsc|Host Score Change", "kerb_brute|Kerberos Brute Sweep"]) + "|«n2»|externalId=«n6» cat=ACCOUNT SCORING dvc=«IPV4:ippriv» dvchost=vectra-brain shost=")
    if rng.random() < 0.5:
        rec.label("PERSON_NAME", S.translit(S.person(ctx)["given_l"].split(" ")[0]).lower()).text("s-laptop")
    else:
        R(ctx, rec, "lt-ekonomi-«n2»")
    R(ctx, rec, " src=«IPV4:ippriv» cs1Label=account cs1=kerberos/«USERNAME:u»@«realm» cs2Label=privilege cs2=«n2» cs4Label=Vectra Event URL cs4=https://vectra-brain/accounts/«n4»?account\\=«USERNAME:u» flexNumber1Label=threat flexNumber1=«n2» flexNumber2Label=certainty flexNumber2=«n2» suser=«USERNAME:u»")


def personec_de(ctx, rec, _):
    """A payroll export to the SIEM in German key=value, quoted values."""
    rng = ctx.rng
    p = S.person(ctx)
    R(ctx, rec, 'Zeit="«dt»" Vorgang="' + rng.choice(["Lohnabrechnung erstellt", "Bankverbindung geändert", "Stammdaten geändert"]) + '" Mandant="«n4»" Personalnummer="«~empno»" Name="')
    rec.label("PERSON_NAME", f"{p['surname']}, {p['given']}")
    R(ctx, rec, '" Personennummer="«PERSONNUMMER:pnr»" Telefon="«PHONE:ph»" EMail="«EMAIL:em»" Arbeitgeber="Falu Energi GmbH" Arbeitgeber-OrgNr="«ORGNR:org»" Kostenstelle="«~costc»" GeaendertVon="«USERNAME:u1»" Sachbearbeiter="«PERSON_NAME:n1»" Ticket="«~ticket»" Pruefziffer="«~badorg»"')


# ================================================================== asterisk-cdr

def _times(ctx, dur, answered=True):
    rng = ctx.rng
    st = S.evallib.moment(ctx)
    ring = rng.randint(1, 25)
    a = st + datetime.timedelta(seconds=ring)
    e = a + datetime.timedelta(seconds=dur)
    f = "%Y-%m-%d %H:%M:%S"
    return st.strftime(f), (a.strftime(f) if answered else ""), e.strftime(f), str(dur + ring), str(dur if answered else 0)


def ast_row(ctx, rec, cells):
    S.csv_row(rec, cells[:12])
    rec.text("," + cells[12] + "," + cells[13] + ",")
    S.csv_row(rec, cells[14:])


def _uid(ctx):
    return f"{S.evallib.moment(ctx).timestamp():.0f}.{ctx.rng.randint(1, 9999)}"


def yeastar(ctx, rec, _):
    """Yeastar S-series CDR export mapped into cdr_csv columns."""
    rng = ctx.rng
    dur = rng.randint(2, 1500)
    ans = rng.random() < 0.75
    st, an, en, d, b = _times(ctx, dur, ans)
    e = S.ext(ctx)
    if rng.random() < 0.5:
        num = S.phone(ctx, style=rng.choice(["national-plain", "00"])).replace(" ", "")
        ast_row(ctx, rec, ["", [("PHONE", e)], [("PHONE", num)], "DLPN_DialPlan1", ['"', ("PERSON_NAME", S.spell_name(ctx, S.person(ctx))), '" <', ("PHONE", e), ">"],
                           ["SIP/", ("PHONE", e), f"-{rng.randint(1, 0xffff):08x}"], f"SIP/trunk_1-{rng.randint(1, 0xffff):08x}", "Dial",
                           ["SIP/trunk_1/", ("PHONE", num), ",60,tT"], st, an, en, d, b, "ANSWERED" if ans else "NO ANSWER", "DOCUMENTATION", _uid(ctx), ""])
    else:
        num = S.phone(ctx, style="e164")
        ast_row(ctx, rec, ["", [("PHONE", num)], [("PHONE", e)], "from-trunk-sip-Telenor", ['"', ("PHONE", num), '" <', ("PHONE", num), ">"],
                           f"SIP/Telenor-{rng.randint(1, 0xffff):08x}", ["SIP/", ("PHONE", e), f"-{rng.randint(1, 0xffff):08x}"], "Dial",
                           ["SIP/", ("PHONE", e), ",30,"], st, an, en, d, b, "ANSWERED" if ans else "NO ANSWER", "DOCUMENTATION", _uid(ctx),
                           ["Inbound;", ("PERSON_NAME", S.person(ctx)["full"])]])


def freepbx_page_pickup(ctx, rec, _):
    rng = ctx.rng
    dur = rng.randint(2, 120)
    st, an, en, d, b = _times(ctx, dur)
    e = S.ext(ctx)
    s = rng.randrange(3)
    who = ['"', ("PERSON_NAME", S.person(ctx)["full"]), '" <', ("PHONE", e), ">"]
    if s == 0:
        pg = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[1]))
        ast_row(ctx, rec, ["", [("PHONE", e)], [(NEG, pg)], "ext-paging", who, ["PJSIP/", ("PHONE", e), f"-{rng.randint(1, 0xffff):08x}"], "", "Page",
                           f"Local/PAGE{rng.randint(400, 699)}@app-paging&Local/PAGE{rng.randint(400, 699)}@app-paging,d,", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", _uid(ctx), ""])
    elif s == 1:
        other = S.ext(ctx)
        ast_row(ctx, rec, ["", [("PHONE", e)], ["**", ("PHONE", other)], "from-internal", who, ["PJSIP/", ("PHONE", e), f"-{rng.randint(1, 0xffff):08x}"], "", "Pickup",
                           [("PHONE", other), "@PICKUPMARK"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION", _uid(ctx), ""])
    else:
        mb = S.ext(ctx)
        ast_row(ctx, rec, [[(NEG, rng.choice(ctx.pools.COST_CENTRES))], [("PHONE", e)], [(NEG, "*98")], "app-vmmain", who, ["PJSIP/", ("PHONE", e), f"-{rng.randint(1, 0xffff):08x}"], "", "VoiceMailMain",
                           [("PHONE", mb), "@default"], st, an, en, d, b, "ANSWERED", "DOCUMENTATION", _uid(ctx), ""])


def mikopbx(ctx, rec, _):
    rng = ctx.rng
    dur = rng.randint(2, 900)
    st, an, en, d, b = _times(ctx, dur)
    num = S.phone(ctx, style=rng.choice(["national-plain", "e164"])).replace(" ", "")
    q = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[0]))
    if rng.random() < 0.6:
        ag = S.ext(ctx)
        ast_row(ctx, rec, [[("BADGE", S.badge(ctx))], [("PHONE", num)], [(NEG, q)], "internal-incoming", ['"', ("PERSON_NAME", S.spell_name(ctx, S.person(ctx))), '" <', ("PHONE", num), ">"],
                           f"PJSIP/SIP-PROVIDER-{rng.randint(10**5, 10**6)}-{rng.randint(1, 0xffff):08x}", ["PJSIP/", ("PHONE", ag), f"-{rng.randint(1, 0xffff):08x}"], "Queue",
                           f"{q},kT,,,300,,,queue_agent_answer", st, an, en, d, b, "ANSWERED", "DOCUMENTATION", _uid(ctx), ["agent=", ("PHONE", ag)]])
    else:
        ast_row(ctx, rec, ["", [("PHONE", num)], [(NEG, q)], "internal-incoming", ['"', ("PHONE", num), '" <', ("PHONE", num), ">"],
                           f"PJSIP/SIP-PROVIDER-{rng.randint(10**5, 10**6)}-{rng.randint(1, 0xffff):08x}", "", "Queue",
                           f"{q},kT,,,300", st, "", en, d, "0", "NO ANSWER", "DOCUMENTATION", _uid(ctx), "abandoned"])


# ================================================================== freeswitch-cdr

def fs_row(ctx, rec, name, num, dest, context, cause, acct):
    rng = ctx.rng
    dur = rng.randint(0, 1500)
    st, an, en, d, b = _times(ctx, dur, cause == "NORMAL_CLEARING")
    S.csv_row(rec, [name, num, dest, context, st, an, en, d, b, cause, S.evallib.uuid4(ctx),
                    S.evallib.uuid4(ctx) if rng.random() < 0.7 else "", acct, rng.choice(["PCMU", "G729", "PCMA"]),
                    rng.choice(["PCMU", "G729", "PCMA"])])


def avaya_mapped(ctx, rec, _):
    """Avaya Communication Manager CDR rows converted into the FreeSWITCH CSV
    columns: the station's display name as CM prints it, LAST,FIRST."""
    rng = ctx.rng
    p = S.person(ctx)
    e = S.ext(ctx)
    cause = rng.choice(["NORMAL_CLEARING", "NORMAL_CLEARING", "NO_ANSWER", "USER_BUSY"])
    if rng.random() < 0.5:
        nm = S.translit(f"{p['surname']},{p['given']}".upper())[:15]
        fs_row(ctx, rec, [("PERSON_NAME", nm)], [("PHONE", e)], [("PHONE", S.phone_dial(ctx))], "avaya-cm", cause,
               [(NEG, rng.choice(ctx.pools.COST_CENTRES))])
    else:
        num = S.phone(ctx, style="national-plain").replace(" ", "")
        fs_row(ctx, rec, [(NEG, rng.choice(["OUT OF AREA", "PRIVATE", "VAXEL"]))], [("PHONE", num)], [("PHONE", e)], "avaya-cm", cause, "")


def fs_fifo_vm(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(3)
    cause = rng.choice(["NORMAL_CLEARING", "ORIGINATOR_CANCEL"])
    if s == 0:
        num = S.phone(ctx, style="e164")
        fs_row(ctx, rec, [("PERSON_NAME", S.spell_name(ctx, S.person(ctx)))], [("PHONE", num)], [(NEG, "kundservice@fifo")], "public", cause, "")
    elif s == 1:
        e = S.ext(ctx)
        fs_row(ctx, rec, [("PERSON_NAME", S.person(ctx)["full"])], [("PHONE", e)], [(NEG, "*97")], "default", cause, [("BADGE", S.badge(ctx))])
    else:
        e = S.ext(ctx)
        num = S.phone(ctx, style="e164")
        fs_row(ctx, rec, [("PHONE", num)], [("PHONE", num)], ["vm-", ("PHONE", e)], "public", cause, "")


# ================================================================== cisco-cucm-cdr

def _dev(ctx):
    return ctx.rng.choice(ctx.pools.OUIS).replace(":", "") + S.hx(ctx.rng, 6, True)


def cucm_unity_snr(ctx, rec, cols):
    rng = ctx.rng
    e = S.ext(ctx)
    caller = S.phone(ctx, style="e164")
    s = rng.randrange(2)
    if s == 0:  # forward no answer to the Unity pilot
        pilot = str(rng.randint(*ctx.pools.QUEUE_NUMBERS[1]))
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "callingPartyNumber": [("PHONE", caller)],
            "originalCalledPartyNumber": [("PHONE", e)], "finalCalledPartyNumber": [(NEG, pilot)], "lastRedirectDn": [("PHONE", e)],
            "originalCalledPartyNumberPartition": "Internal_PT", "finalCalledPartyNumberPartition": "VM_PT", "lastRedirectDnPartition": "Internal_PT",
            "origDeviceName": "SBC_Trunk", "destDeviceName": f"CiscoUM1-VI{rng.randint(1, 24)}", "origCalledPartyRedirectReason": "2",
            "lastRedirectRedirectReason": "2", "lastRedirectRedirectOnBehalfOf": "5", "origCalledPartyRedirectOnBehalfOf": "5",
        })
    else:  # single number reach to the user's mobile
        mob = S.phone(ctx, "SE", "mobile", style="national-plain")
        u = S.user_of(ctx)
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "callingPartyNumber": [("PHONE", caller)],
            "originalCalledPartyNumber": [("PHONE", e)], "finalCalledPartyNumber": [("PHONE", mob)], "lastRedirectDn": [("PHONE", e)],
            "finalCalledPartyUnicodeLoginUserID": [("USERNAME", u)], "origDeviceName": "SBC_Trunk",
            "destDeviceName": ["RDP", ("USERNAME", u.upper().replace(".", "")[:12])], "finalMobileCalledPartyNumber": [("PHONE", mob)],
            "destMobileDeviceName": ["RDP", ("USERNAME", u.upper().replace(".", "")[:12])], "mobileCallType": "2",
            "outpulsedCalledPartyNumber": [("PHONE", mob)], "comment": "",
        })


def cucm_expressway(ctx, rec, cols):
    rng = ctx.rng
    e = S.ext(ctx)
    em = S.mail_of(ctx, 0, True)
    ext_mail = S.mail_of(ctx, 1, False)
    S.cucm_row(ctx, rec, cols, {
        "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))],
        "callingPartyNumber": [("PHONE", e)], "callingPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
        "originalCalledPartyNumber": [("EMAIL", ext_mail)], "finalCalledPartyNumber": [("EMAIL", ext_mail)],
        "origDeviceName": ["SEP", ("MAC", _dev(ctx))], "destDeviceName": "EXP-C_Trunk",
        "callingPartyNumber_uri": [("EMAIL", em)], "originalCalledPartyNumber_uri": [("EMAIL", ext_mail)],
        "finalCalledPartyNumber_uri": [("EMAIL", ext_mail)], "origVideoCap_Codec": "103", "destVideoCap_Codec": "103",
        "comment": [f"callFlag=VIDEO;DestDeviceName=EXP-C_Trunk;OrigDeviceName=SEP", ("MAC", _dev(ctx))] if rng.random() < 0.3 else "",
    })


def sms_gateway_ar_fi(ctx, rec, _):
    """A bulk SMS gateway's delivery log: Arabic and Finnish message texts."""
    rng = ctx.rng
    R(ctx, rec, f"<{pri(ctx)}>«ts» smsgw-02 smsgw[«pid»]: ")
    s = rng.randrange(4)
    if s == 0:
        R(ctx, rec, "MT queued id=«h16» to=«PHONE:e164» sender=«~sw» text=\"مرحبا «PERSON_NAME:gv»، رمز التحقق الخاص بك هو «~n6»\"")
    elif s == 1:
        R(ctx, rec, "MO received id=«h16» from=«PHONE:digits» to=«~sw» text=\"Hei, olen «PERSON_NAME:fn» ja asiakasnumeroni on «~empno», ruotsalainen henkilönumero «PERSONNUMMER:pnr»\"")
    elif s == 2:
        R(ctx, rec, "DLR id=«h16» msisdn=«PHONE:ph» status=DELIVRD err=000 smsc=«~sw»")
    else:
        R(ctx, rec, "MT queued id=«h16» to=«PHONE:ph» text=\"Hyvä «PERSON_NAME:n», laskusi «~ticket» eräpäivä on «dt». Asiakasnumero «~empno».\"")


def jumpcloud(ctx, rec, _):
    """JumpCloud Directory Insights: who did it, to whom, and the change as
    arrays of objects."""
    rng = ctx.rng
    R(ctx, rec, '{"id":"«h16»«h8»","event_type":"' + rng.choice(["user_update", "user_create", "sso_auth", "admin_login_attempt"]) + '","service":"directory","timestamp":"«iso»","client_ip":"«IPV4:ippub»","initiated_by":{"type":"admin","id":"«h16»«h8»","email":"«EMAIL:emw1»"},"organization":"«h16»«h8»","resource":{"type":"user","id":"«h16»«h8»","username":"«USERNAME:u»","email":"«EMAIL:emw»"},"changes":[{"field":"phoneNumbers","from":[],"to":[{"type":"mobile","number":"«PHONE:ph»"},{"type":"work","number":"«~sw»"}]},{"field":"displayname","from":null,"to":"«PERSON_NAME:fn|j»"},{"field":"attributes","to":[{"name":"personnummer","value":"')
    if rng.random() < 0.8:
        rec.label("PERSONNUMMER", S.pnr(ctx))
    else:
        rec.label("SAMORDNINGSNUMMER", S.pnr(ctx, samordning=True))
    R(ctx, rec, '"},{"name":"costCenter","value":"«~costc»"},{"name":"badge","value":"«BADGE:badge»"}]}],"geoip":{"country_code":"SE","region_name":"Dalarna","timezone":"Europe/Stockholm"},"useragent":{"name":"Chrome","version":"«~ver»"}}')


def proxysg_elff(ctx, rec, _):
    """Symantec ProxySG access log in its default ELFF shape: space-separated,
    quoted where needed, no header in the stream."""
    rng = ctx.rng
    R(ctx, rec, "«dt» «n3» «IPV4:ippriv» " + rng.choice(["200", "403", "407"]) + " TCP_NC_MISS «n6» «n4» " + rng.choice(["GET", "POST"]) + " https ")
    s = rng.randrange(3)
    if s == 0:
        R(ctx, rec, "portal.falu-energi.se 443 /anvandare/«USERNAME:u»/profil ?tab=kontakt ")
    elif s == 1:
        R(ctx, rec, "www.example-bank.se 443 /login ?pnr=«PERSONNUMMER:pnr10» ")
    else:
        R(ctx, rec, "cdn.example.net 443 /img/«h8».png - ")
    R(ctx, rec, "- «USERNAME:u» «nb»\\Domain%20Users \"Business/Economy\" -  \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\" OBSERVED \"none\" - «IPV4:ippub» «~fakemac»")


def suricata_eve(ctx, rec, _):
    rng = ctx.rng
    s = rng.randrange(3)
    R(ctx, rec, '{"timestamp":"«isotz»","flow_id":«bigid»,"in_iface":"ens192","event_type":"' + ["smb", "krb5", "http"][s] + '","src_ip":"«IPV4:ippriv»","src_port":«port»,"dest_ip":"«IPV4:ippriv»","dest_port":' + ["445", "88", "80"][s] + ',"proto":"' + ["TCP", "UDP", "TCP"][s] + '",')
    if s == 0:
        R(ctx, rec, '"smb":{"id":«n2»,"dialect":"3.1.1","command":"SMB2_COMMAND_SESSION_SETUP","status":"' + rng.choice(["STATUS_SUCCESS", "STATUS_LOGON_FAILURE"]) + '","status_code":"0x0","session_id":«bigid»,"tree_id":0,"ntlmssp":{"domain":"«nb»","user":"«USERNAME:u»","host":"')
        rec.label("PERSON_NAME", S.translit(S.person(ctx)["given_l"].split(" ")[0]).upper()).text('-PC"},"request":{"native_os":"","native_lm":""},"response":{"native_os":"","native_lm":""}}}')
    elif s == 1:
        R(ctx, rec, '"krb5":{"msg_type":"KRB_AS_REQ","failed_request":"' + rng.choice(["KRB_AS_REQ", "-"]) + '","error_code":"KDC_ERR_PREAUTH_REQUIRED","cname":"«USERNAME:u»","realm":"«realm»","sname":"krbtgt/«realm»","encryption":"aes256-cts-hmac-sha1-96","weak_encryption":false}}')
    else:
        R(ctx, rec, '"tx_id":0,"http":{"hostname":"intranet.kiruna-kraft.se","url":"/sok?q=«PERSONNUMMER:pnr»&av=«USERNAME:u»","http_user_agent":"Mozilla/5.0 (X11; Linux x86_64) Firefox/«~ver»","http_content_type":"text/html","http_method":"GET","protocol":"HTTP/1.1","status":200,"length":«n6»}}')


GENERATORS["isotz"] = lambda c: f"{S.evallib.moment(c):%Y-%m-%dT%H:%M:%S}.{c.rng.randint(0, 999999):06d}+0100"


def puzzel(ctx, rec, _):
    """A Nordic contact centre's call log export: queue, caller, agent and
    callback request as nested objects."""
    rng = ctx.rng
    ani = S.phone(ctx, style=rng.choice(["e164", "national-plain", "intl"]))
    R(ctx, rec, '{"sessionId":"«uuid»","customerKey":«n6»,"accessPoint":{"number":"«~swe164»","name":"Växel Falu Energi"},"queue":{"key":"q_kundservice_«n2»","name":"Kundservice","number":"«~queue»"},"caller":{"ani":"')
    rec.label("PHONE", ani)
    R(ctx, rec, '","hiddenNumber":false,"enteredQueue":"«iso»"},"agent":{"userId":«n6»,"userName":"«USERNAME:u1»","firstName":"«PERSON_NAME:gv1|j»","lastName":"«PERSON_NAME:sn1|j»","agentPhone":"«PHONE:mobse»","userGroup":"Nivå 2"},"result":"' + rng.choice(["answered", "callback", "abandoned"]) + '","wrapUpCodes":["Faktura","«~ticket»"]')
    if rng.random() < 0.5:
        R(ctx, rec, ',"callbackRequest":{"requestedNumber":"«PHONE:ph»","requestedBy":"«PERSON_NAME:n|j»","note":"kundnummer «~empno», personnummer «PERSONNUMMER:pnr»"}')
    rec.text("}")


def cucm_park_cti_pickup(ctx, rec, cols):
    rng = ctx.rng
    e = S.ext(ctx)
    s = rng.randrange(3)
    if s == 0:  # a call parked on a slot and retrieved there
        slot = str(rng.randint(7700, 7719))
        caller = S.phone(ctx, style="e164")
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "callingPartyNumber": [("PHONE", caller)],
            "originalCalledPartyNumber": [(NEG, slot)], "finalCalledPartyNumber": [(NEG, slot)], "lastRedirectDn": [("PHONE", e)],
            "originalCalledPartyNumberPartition": "Park_PT", "finalCalledPartyNumberPartition": "Park_PT", "lastRedirectDnPartition": "Internal_PT",
            "origDeviceName": "SBC_Trunk", "destDeviceName": "CallParkDevice", "lastRedirectRedirectOnBehalfOf": "3",
            "lastRedirectRedirectReason": "0", "calledPartyPatternUsage": "0",
        })
    elif s == 1:  # the switchboard's CTI route point hands the call to an attendant
        sb = rng.choice(ctx.pools.SWITCHBOARDS_E164)
        caller = S.phone(ctx, style="national-plain").replace(" ", "")
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))],
            "callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [(NEG, sb)], "lastRedirectDn": [(NEG, sb)],
            "finalCalledPartyNumber": [("PHONE", e)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
            "originalCalledPartyNumberPartition": "PT_DID", "finalCalledPartyNumberPartition": "Internal_PT",
            "origDeviceName": "SBC_Trunk", "destDeviceName": ["SEP", ("MAC", _dev(ctx))], "lastRedirectRedirectReason": "1",
            "origCalledPartyRedirectOnBehalfOf": "4", "lastRedirectRedirectOnBehalfOf": "4",
            "comment": "", "huntPilotDN": "",
        })
    else:  # group pickup: a colleague answers someone else's ringing line
        other = S.ext(ctx)
        caller = S.phone(ctx, style="e164")
        S.cucm_row(ctx, rec, cols, {
            "origIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))], "destIpAddr": [("IPV4", GENERATORS["cucmip"](ctx))],
            "callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [("PHONE", other)], "lastRedirectDn": [("PHONE", other)],
            "finalCalledPartyNumber": [("PHONE", e)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", S.user_of(ctx))],
            "origDeviceName": "SBC_Trunk", "destDeviceName": ["SEP", ("MAC", _dev(ctx))], "lastRedirectRedirectReason": "5",
            "lastRedirectRedirectOnBehalfOf": "16", "origCalledPartyRedirectOnBehalfOf": "16",
            "comment": [f"PickupGroup={rng.randint(90, 99)};OrigPickupDN=", ("PHONE", other)] if rng.random() < 0.4 else "",
        })


TEMPLATES = [
    ("syslog", "sap-security-audit-5424", sap_sal),
    ("syslog", "mongodb-json-log", mongodb),
    ("syslog", "kerio-connect", kerio),
    ("syslog", "omada-controller", omada),
    ("syslog", "infoblox-dhcp", infoblox),
    ("syslog", "django-traceback-escaped", django_trace),
    ("syslog", "genetec-synergis-fr", genetec_fr),
    ("syslog", "mitel-smdr", mitel_smdr),
    ("syslog", "sms-gateway-ar-fi", sms_gateway_ar_fi),
    ("syslog", "proxysg-elff", proxysg_elff),
    ("json", "box-events", box_events),
    ("json", "onelogin-events", onelogin),
    ("json", "aircall-webhook", aircall),
    ("json", "workspace-one-uem", workspace_one),
    ("json", "graph-calendar-attendees", calendar_attendees),
    ("json", "zendesk-es-voice", zendesk_es),
    ("json", "afas-hr-nl-keys", afas_hr_nl),
    ("json", "jumpcloud-insights", jumpcloud),
    ("json", "suricata-eve-smb-krb5-http", suricata_eve),
    ("json", "puzzel-contact-centre", puzzel),
    ("kv-cef", "barracuda-waf-cef", barracuda_waf),
    ("kv-cef", "beyondtrust-semicolon", beyondtrust),
    ("kv-cef", "fortimail-kv", fortimail),
    ("kv-cef", "vectra-cef", vectra),
    ("kv-cef", "payroll-de-kv", personec_de),
    ("asterisk-cdr", "yeastar-mapped", yeastar),
    ("asterisk-cdr", "freepbx-page-pickup-vm", freepbx_page_pickup),
    ("asterisk-cdr", "mikopbx-queues", mikopbx),
    ("freeswitch-cdr", "avaya-cm-mapped", avaya_mapped),
    ("freeswitch-cdr", "fs-fifo-voicemail", fs_fifo_vm),
    ("cisco-cucm-cdr", "cucm-unity-snr", cucm_unity_snr),
    ("cisco-cucm-cdr", "cucm-expressway-b2b", cucm_expressway),
    ("cisco-cucm-cdr", "cucm-park-cti-pickup", cucm_park_cti_pickup),
]
