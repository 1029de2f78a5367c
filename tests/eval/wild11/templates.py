"""Templates of wild11, the fourteenth pair's open half.

Each template is a callable that picks one of several shapes of its product
per record; above each, the public source of the shape, or `in-house format`.
Values come from fourteenthlib's generators over wild11/pools.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import evallib  # noqa: E402
import fourteenthlib as L  # noqa: E402

GENERATORS = L.generators()
CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "huntPilotDN"]

H3164 = "<«pri»>«ts» «host» "
H5424 = "<«pri»>1 «iso» «host».«odom» "


def T(*shapes):
    return lambda ctx, rec, cols: L.shape(ctx, rec, shapes)


# ------------------------------------------------------------------ syslog

# pgAudit session/object lines after a log_line_prefix '%m [%p] %q%u@%d ', sent to syslog with
# PostgreSQL's default syslog_sequence_numbers ('[n-1]'): https://github.com/pgaudit/pgaudit (README,
# "Format"; pgaudit.c append_valid_csv quotes a field only when it holds a comma, a quote or a newline,
# and without pgaudit.log_parameter the last field is '<not logged>'); the literal values in
# the statements are personal (a DPO would treat a WHERE on a personnummer as such).
PGAUDIT = T(
    H3164 + "postgres[«pid»]: [«n2»-1] «datetime».«ms3» CET [«pid»] «USERNAME:login»@claims LOG:  AUDIT: SESSION,«n2»,1,READ,SELECT,TABLE,public.policyholder,SELECT * FROM policyholder WHERE pnr = '«PERSONNUMMER:pnr»',<not logged>",
    H3164 + "postgres[«pid»]: [«n2»-1] «datetime».«ms3» CET [«pid»] «USERNAME:login»@claims LOG:  AUDIT: SESSION,«n2»,1,WRITE,UPDATE,TABLE,public.contact,\"UPDATE contact SET phone = '«PHONE:tel»', email = '«EMAIL:mail»' WHERE claim_no = '«~tkt»'\",<not logged>",
    H3164 + "postgres[«pid»]: [«n2»-1] «datetime».«ms3» CET [«pid»] «~sysacct»@claims LOG:  AUDIT: SESSION,«n2»,1,ROLE,CREATE ROLE,,,\"CREATE ROLE \"\"«USERNAME:login»\"\" LOGIN\",<not logged>",
    H3164 + "postgres[«pid»]: [«n2»-1] «datetime».«ms3» CET [«pid»] «USERNAME:login»@claims LOG:  AUDIT: OBJECT,«n2»,1,READ,SELECT,TABLE,public.vehicle,select * from vehicle where owner_orgnr='«ORGNR:org»' or owner_orgnr='«~xorg»',<not logged>",
)

# Webmin's miniserv login lines ('Invalid login as <user> from <ip>', 'Non-existent login as <user> from <ip>'):
# fail2ban/fail2ban config/filter.d/webmin-auth.conf; the success line from webmin/miniserv.pl
# (syslog("info", "Successful login as $authuser from $acpthost")).
WEBMIN = T(
    H3164 + "webmin[«pid»]: Invalid login as «USERNAME:login» from «IPV4:ip»",
    H3164 + "webmin[«pid»]: Non-existent login as «USERNAME:login» from «IPV4:ip»",
    H3164 + "webmin[«pid»]: Successful login as «USERNAME:login» from «IPV6:ip6»",
    H3164 + "webmin[«pid»]: Invalid login as «~sysacct» from «IPV4:ip»",
)

# coturn session lines 'session <id>: realm <r> user <u>: incoming packet <M> processed, success',
# 'new, realm=<r>, username=<u>, lifetime=600', 'closed (2nd stage), user <u> realm <r> origin <>, local ..,
# remote .., reason: ..' and 'usage: realm=<r>, username=<u>, rp=.., rb=.., sp=.., sb=..', after the
# '<secs>: : ' prefix of turn_log_func_default: coturn/coturn src/server/ns_turn_server.c (log_method)
# and src/apps/common/ns_turn_utils.c; the wording of the other lines from published coturn logs.
COTURN = T(
    H3164 + "turnserver[«pid»]: «n4»: : session 00«num12»«n4»: realm <turn.«odom»> user <«USERNAME:login»>: incoming packet ALLOCATE processed, success",
    H3164 + "turnserver[«pid»]: «n4»: : session 00«num12»«n4»: new, realm=<turn.«odom»>, username=<«USERNAME:login»>, lifetime=600",
    H3164 + "turnserver[«pid»]: «n4»: : session 00«num12»«n4»: closed (2nd stage), user <«USERNAME:login»> realm <turn.«odom»> origin <>, local «IPV4:ip2»:3478, remote «IPV4:ip»:«port», reason: allocation timeout",
    H3164 + "turnserver[«pid»]: «n4»: : session 00«num12»«n4»: usage: realm=<turn.«odom»>, username=<«~epoch»:«USERNAME:login»>, rp=«n3», rb=«n6», sp=«n3», sb=«n6»",
)

# SIP2 63/64 (patron information) fields AA patron id, AE personal name,
# BE e-mail, BF phone: https://iii.rightanswers.com/portal/app/portlets/results/viewsolution.jsp?solutionid=161220154607673
# The daemon's framing ('sip2d ... INPUT/OUTPUT MSG') is in-house. The patron
# barcode (AA) is personal but no type names it: left unlabelled.
SIP2 = T(
    H3164 + "sip2d[«pid»]: OUTPUT MSG: '64              00120260312    101455000000000002000000000000AO«placename»|AA2210«n6»|AE«PERSON_NAME:nm»|BLY|CQY|BV0.00|BE«EMAIL:mail»|BF«PHONE:tel»|AFPatron status is ok.|AY3AZ«hex4»'",
    H3164 + "sip2d[«pid»]: INPUT MSG: '9300CN«~sysacct»|CO********|CPselfcheck-«n2»|AY1AZ«hex4»'",
    H3164 + "sip2d[«pid»]: OUTPUT MSG: '24              00120260312    101501AO«placename»|AA2210«n6»|AE«PERSON_NAME:nm»|BLY|AFKirja on myöhässä / Item overdue|AY2AZ«hex4»'",
)

# in-house format: a dispatch centre's CAD notes (Polish, Czech), RFC 5424.
CAD_NOTES = T(
    H5424 + "cad 4412 NOTE [cad@32473 inc=\"«~tkt»\" unit=\"K-«n3»\"] Zgłaszająca «PERSON_NAME:nm», tel. «PHONE:tel», PESEL nieznany; oddzwonić na «PHONE:tel2». Numer alarmowy «~svc».",
    H5424 + "cad 4412 NOTE [cad@32473 inc=\"«~tkt»\" unit=\"Z-«n3»\"] Volající «PERSON_NAME:nm» (tel. «PHONE:tel») hlásí pád seniora, Brno-Židenice. Přesměrováno z «~svc».",
    H5424 + "cad 4412 NOTE [cad@32473 inc=\"«~tkt»\"] Świadek «PERSON_NAME:nm» podał e-mail «EMAIL:mail»; zdarzenie «~tkt», karetka «~n4».",
    H5424 + "cad 4412 NOTE [cad@32473 inc=\"«~tkt»\"] Caller «PERSON_NAME:nm» gave Swedish id «PERSONNUMMER:pnr» (checked), second id «~xpnr» failed the check.",
)

# in-house format: an alarm receiving centre's operator log (Finnish, Estonian, English);
# the SIA account number names a subscriber's premises (personal, no type: unlabelled).
ARC = T(
    H3164 + "arc-recv[«pid»]: acct=«n4» evt=BA zone=«n2» operaattori «USERNAME:login» soitti avainhenkilölle «PERSON_NAME:nm» numeroon «PHONE:tel», ei vastausta",
    H3164 + "arc-recv[«pid»]: acct=«n4» evt=FA zone=«n2» operaator «USERNAME:login»: helistati «PERSON_NAME:nm» «PHONE:tel», väljakutse «~svc»",
    H3164 + "arc-recv[«pid»]: acct=«n4» evt=OP user=«n2» opened by keyholder «PERSON_NAME:nm», callback «PHONE:tel» verified, ticket «~tkt»",
)

# in-house format: an HMI's operator sign-ins on a production line (Hungarian, English).
HMI = T(
    H3164 + "hmi-audit[«pid»]: Bejelentkezés: «USERNAME:login» («PERSON_NAME:nm») panel=HMI-L4 szerep=operator kártya=«BADGE:badge»",
    H3164 + "hmi-audit[«pid»]: Operator «USERNAME:login» changed setpoint TIC-«n3» from «n2».0 to «n2».5 at station «IPV4:ip», fw «~ver»",
    H3164 + "hmi-audit[«pid»]: Kijelentkezés: «USERNAME:login», munkamenet «~sessid», időtartam «n3» perc",
    H3164 + "hmi-audit[«pid»]: Service login «~sysacct» from «IPV4:ip» (OID «~oid»)",
)

# in-house format: home-care visit notes (Swedish, Finnish).
HOMECARE = T(
    H5424 + "hemtjanst - VISIT - Besök hos «PERSON_NAME:nm» («PERSONNUMMER:pnr») klart, anhörig «PERSON_NAME:nm2» nås på «PHONE:telse». Trygghetslarm «~tkt».",
    H5424 + "hemtjanst - VISIT - Kotikäynti: asiakas «PERSON_NAME:nm», omainen «PHONE:tel», hoitaja «USERNAME:login», kesto «n2» min",
    H5424 + "hemtjanst - VISIT - Brukare med samordningsnummer «SAMORDNINGSNUMMER:snr», kontakt via «EMAIL:mail». Felaktigt nummer i remiss: «~xsnr».",
)

# ocserv (OpenConnect VPN server) main-process lines 'main[<user>]:<ip>:<port> user logged in' (a
# rendition of main-user wording); the worker's 'worker[<user>]: <ip> failed authentication for '<user>''
# from ocserv's src/log.c (_oclog) and src/worker-auth.c; the IPv6 lease line is in-house.
OCSERV = T(
    H3164 + "ocserv[«pid»]: main[«USERNAME:login»]:«IPV4:ip»:«port» user logged in",
    H3164 + "ocserv[«pid»]: main[«USERNAME:login»]:«IPV4:ip»:«port» user disconnected (reason: user disconnected, rx: «n6», tx: «n6»)",
    H3164 + "ocserv[«pid»]: worker[«USERNAME:login»]: «IPV4:ip» failed authentication for '«USERNAME:login»'",
    H3164 + "ocserv[«pid»]: worker[«USERNAME:login»]: «IPV4:ip» assigned IPv6 address «IPV6:ip6», version «~ver»",
)

# in-house format: a depot's handheld-scanner gateway log (Polish, English).
SCANNER = T(
    H3164 + "scangw[«pid»]: device «IMEI:imei» user «USERNAME:login» zalogowano, strefa «placename», paleta «~num12»",
    H3164 + "scangw[«pid»]: device «IMEI:imei» sim «IMSI:imsi» wifi «MAC:mac» roamed to ap-«n2», battery «n2»%",
    H3164 + "scangw[«pid»]: rejected device «~ximei» (bad check digit) at dock «n2»",
    H3164 + "scangw[«pid»]: picker «PERSON_NAME:nm» badge «BADGE:badge» delivery note «~tkt» signed by «PERSON_NAME:nm2»",
)

# ------------------------------------------------------------------ json

# MongoDB audit messages (mongo schema: atype, ts, local, remote, users, roles,
# param, result): https://www.mongodb.com/docs/manual/reference/audit-message/mongo.md
MONGO = T(
    '{"atype":"authenticate","ts":{"$date":"«iso»"},"uuid":{"$binary":"«b64»","$type":"04"},"local":{"ip":"«~lo»","port":27017},"remote":{"ip":"«IPV4:ip»","port":«port»},"users":[{"user":"«USERNAME:login»","db":"admin"}],"roles":[{"role":"readWrite","db":"loyalty"}],"param":{"user":"«USERNAME:login»","db":"admin","mechanism":"SCRAM-SHA-256"},"result":0}',
    '{"atype":"authenticate","ts":{"$date":"«iso»"},"local":{"ip":"«IPV4:ip2»","port":27017},"remote":{"ip":"«IPV4:ip»","port":«port»},"users":[],"roles":[],"param":{"user":"«USERNAME:login»","db":"admin","mechanism":"SCRAM-SHA-1"},"result":18}',
    '{"atype":"createUser","ts":{"$date":"«iso»"},"local":{"ip":"«IPV4:ip2»","port":27017},"remote":{"ip":"«IPV4:ip»","port":«port»},"users":[{"user":"«~sysacct»","db":"admin"}],"roles":[{"role":"root","db":"admin"}],"param":{"user":"«USERNAME:login»","db":"loyalty","customData":{"fullName":"«PERSON_NAME:nm|j»","phone":"«PHONE:tel»"},"roles":[{"role":"read","db":"loyalty"}]},"result":0}',
    '{"atype":"authCheck","ts":{"$date":"«iso»"},"local":{"ip":"«IPV4:ip2»","port":27017},"remote":{"ip":"«IPV6:ip6»","port":«port»},"users":[{"user":"«USERNAME:login»","db":"loyalty"}],"roles":[],"param":{"command":"find","ns":"loyalty.members","args":{"find":"members","filter":{"email":"«EMAIL:mail|j»"}}},"result":13}',
)

# OCPP 1.6J frames ([2, uniqueId, action, payload]): https://github.com/fabyr/ocpp-sharp
# (Protocol/Version16/RequestPayloads/StartTransaction.cs) and the OCPP 1.6 JSON spec;
# the CSMS envelope around them is in-house. The idTag is an RFID token: personal,
# but no type names it (left unlabelled, as a DPO would list it yet no detector could).
OCPP = T(
    '{"ts":"«iso»","chargeBoxId":"LN-«n4»","dir":"in","frame":[2,"«uuid»","Authorize",{"idTag":"04«HEX10»"}]}',
    '{"ts":"«iso»","chargeBoxId":"LN-«n4»","dir":"in","frame":[2,"«uuid»","StartTransaction",{"connectorId":«n2»,"idTag":"04«HEX10»","meterStart":«kwh»,"timestamp":"«iso»"}],"driver":{"name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail|j»","phone":"«PHONE:tel»"}}',
    '{"ts":"«iso»","chargeBoxId":"LN-«n4»","dir":"in","frame":[2,"«uuid»","BootNotification",{"chargePointVendor":"Alfen","chargePointModel":"NG9xx","firmwareVersion":"«~ver»","iccid":"«~iccid»","imsi":"«IMSI:imsi»"}],"remote":"«IPV4:ip»"}',
    '{"ts":"«iso»","chargeBoxId":"LN-«n4»","dir":"out","frame":[3,"«uuid»",{"transactionId":«~txid»,"idTagInfo":{"status":"Accepted","expiryDate":"«iso»"}}],"operator":"«~sysacct»"}',
)

# MinIO audit log entries (time, api{name,bucket,object,status}, remotehost, requestQuery, userAgent,
# accessKey, requestClaims): https://docs.min.io/aistor/reference/cli/mc-log/mc-log-audit/ and the
# listener in https://gist.github.com/astrojuanlu/540d392a6f1611e1cdbddaa85b9915c9 ; object keys
# holding a person's name or personnummer are labelled where they appear.
MINIO = T(
    '{"version":"1","deploymentid":"«uuid»","time":"«iso»","event":"","trigger":"incoming","api":{"name":"PutObject","bucket":"claims-scans","object":"«~tkt»/«PERSONNUMMER:pnr».pdf","status":"OK","statusCode":200},"remotehost":"«IPV4:ip»","requestID":"«HEX10»","userAgent":"MinIO (linux; amd64) minio-go/v7","accessKey":"«USERNAME:login»","requestClaims":{"preferred_username":"«USERNAME:login»","email":"«EMAIL:mail|j»"}}',
    '{"version":"1","deploymentid":"«uuid»","time":"«iso»","trigger":"incoming","api":{"name":"GetObject","bucket":"hr-archive","object":"contracts/«PERSON_NAME:full|j».pdf","status":"Forbidden","statusCode":403},"remotehost":"«IPV6:ip6»","requestID":"«HEX10»","accessKey":"«USERNAME:login»"}',
    '{"version":"1","deploymentid":"«uuid»","time":"«iso»","trigger":"incoming","api":{"name":"ListObjectsV2","bucket":"ocpp-logs","status":"OK","statusCode":200},"remotehost":"«IPV4:ip»","requestQuery":{"prefix":"«~sha»"},"accessKey":"«~sysacct»","userAgent":"«~ver»"}',
)

# in-house format: a retail chain's loyalty events from its POS (Polish, Czech receipts); the
# member's loyalty card number is personal but no type names it (unlabelled).
LOYALTY = T(
    '{"event":"receipt.closed","store":"«placename|j»","pos":"«~n2»","receipt":"«~tkt»","member":{"card":"«num12»","phone":"«PHONE:tel»","email":"«EMAIL:mail|j»"},"total":"«amount»","cashier":"«USERNAME:login»","ts":«epochms»}',
    '{"event":"member.created","member":{"name":"«PERSON_NAME:nm|j»","msisdn":"«PHONE:e164»","consent":true},"channel":"kiosk","ver":"«~ver»","ts":"«iso»"}',
    '{"event":"coupon.sms","to":"«PHONE:tel»","text":"Dziękujemy, «PERSON_NAME:given|j»! Kupon «~sessid» ważny do «date». Infolinia «~svc»."}',
)

# in-house format: an insurer's first-notice-of-loss webhook (Swedish and English keys).
FNOL = T(
    '{"type":"claim.created","claim":"«~tkt»","policyholder":{"namn":"«PERSON_NAME:nm|j»","personnummer":"«PERSONNUMMER:pnr»","mobil":"«PHONE:telse»"},"vehicle_owner_orgnr":"«ORGNR:org»","created":«epoch»}',
    '{"type":"claim.updated","claim":"«~tkt»","witness":{"name":"«PERSON_NAME:nm2|j»","phone":"«PHONE:tel»","email":"«EMAIL:mail2|j»"},"adjuster":"«USERNAME:login»","note":"Kontrollsiffra fel i «~xpnr», begärt nytt id."}',
    '{"type":"claim.payout","claim":"«~tkt»","payee":{"samordningsnummer":"«SAMORDNINGSNUMMER:snr»","bankgiro":"«n4»-«n4»"},"amount":"«amount»","approved_by":"«USERNAME:login»"}',
)

# in-house format: a gym chain's booking API log (Finnish, Estonian, English).
GYM = T(
    '{"ts":"«iso»","op":"booking.create","class":"Spinning 45","club":"«placename|j»","member":{"id":«n6»,"name":"«PERSON_NAME:nm|j»","email":"«EMAIL:mail|j»"},"ip":"«IPV4:ip»"}',
    '{"ts":"«iso»","op":"booking.noshow","member":{"id":«n6»,"phone":"«PHONE:tel»"},"sms":"Hei «PERSON_NAME:given|j», jäit pois tunnilta. Peru ajoissa: «~svc»"}',
    '{"ts":"«iso»","op":"door.open","club":"«placename|j»","tag":"«BADGE:badge»","member":{"id":«n6»},"reader_mac":"«MAC:mac»"}',
)

# ------------------------------------------------------------------ kv-cef

# in-house format: a ski resort's lift-gate system in CEF (season passes, key cards, photo checks);
# a season pass number is a holder's (personal, no type: unlabelled).
SKIGATE = T(
    'CEF:0|Fjällgrind|LiftGate|«~ver»|pass.read|Season pass accepted|1|cs1Label=gate cs1=«placename|c» Lift «n2» cs2Label=pass cs2=«num12» suser=«PERSON_NAME:nm|c» cs3Label=card cs3=«BADGE:badge» dvc=«IPV4:ip»',
    'CEF:0|Fjällgrind|LiftGate|«~ver»|pass.block|Photo mismatch|5|cs2Label=pass cs2=«num12» msg=Holder «PERSON_NAME:nm|c» called on «PHONE:tel|c» dvcmac=«MAC:mac»',
    'CEF:0|Fjällgrind|LiftGate|«~ver»|webshop|Pass bought|1|duser=«EMAIL:mail|c» src=«IPV4:ip» cs4Label=order cs4=«~tkt» cs5Label=payerOrg cs5=«ORGNR:org»',
)

# in-house format: a marina's berth-booking service in logfmt; a guest boat's MMSI points at its
# owner like a licence plate (personal, no type: unlabelled).
MARINA = T(
    'ts=«iso» svc=berth evt=booking.created berth=«placename»-«n2» guest="«PERSON_NAME:nm»" phone="«PHONE:tel»" email=«EMAIL:mail» boat_mmsi=«num9»',
    'ts=«iso» svc=berth evt=gate.code sms_to="«PHONE:tel»" code=«~n4» valid_until=«epoch»',
    'ts=«iso» svc=berth evt=invoice org=«ORGNR:org» broken_org=«~xorg» by=«USERNAME:login» ip=«IPV4:ip»',
)

# in-house format: a parking operator's app backend in logfmt (licence plates are personal
# but have no type: unlabelled).
PARKING = T(
    'ts=«iso» level=info op=session.start zone=«~n4» plate=«rand8» user_phone=«PHONE:e164» email=«EMAIL:mail» ip=«IPV4:ip» app=«~ver»',
    'ts=«iso» level=warn op=payment.failed user="«PERSON_NAME:nm»" phone="«PHONE:tel»" order=«~tkt» amount=«amount»',
    'ts=«iso» level=info op=sms.sent to="«PHONE:tel»" body="Parkering i zon «~n4» avslutad. Kundtjänst «~svc»"',
)

# in-house format: an OT network monitor's CEF (operator logins to PLCs and HMIs).
OTMON = T(
    'CEF:0|NordOT|Sentinel|«~ver»|login|Operator login|4|src=«IPV4:ip» smac=«MAC:mac» suser=«USERNAME:login» dst=«IPV4:ip2» dproc=HMI-L«n2» cs1Label=badge cs1=«BADGE:badge» cs2Label=oid cs2=«~oid»',
    'CEF:0|NordOT|Sentinel|«~ver»|plc-write|PLC write by engineer|7|src=«IPV4:ip» suser=«USERNAME:login» suid=«~sysacct» msg=Write to DB«n2» by «PERSON_NAME:nm|c» fileHash=«~sha»',
)

# in-house format: an EV roaming hub (OCPI) audit in logfmt.
OCPI = T(
    'time=«iso» module=ocpi/2.2.1 evt=token.authorize party=SE*LDN contract=SE-LDN-C«n6» driver_email=«EMAIL:mail» driver_phone="«PHONE:tel»" result=ALLOWED',
    'time=«iso» module=ocpi/2.2.1 evt=cdr.push session=«~sessid» kwh=«n2».«n3» total=«amount» location="«placename»" evse=SE*LDN*E«n4» customer="«PERSON_NAME:nm»" invoice_orgnr=«ORGNR:org»',
    'time=«iso» module=ocpi/2.2.1 evt=credentials.rotate peer=«IPV4:ip» token_sha=«~sha» by=«~sysacct»',
)

# in-house format: a warehouse management system's handheld events in CEF.
WMS = T(
    'CEF:0|Varuhus|WMS|«~ver»|pick|Pick confirmed|1|suser=«USERNAME:login» dvc=«IPV4:ip» dvcmac=«MAC:mac» cs1Label=imei cs1=«IMEI:imei» cs2Label=order cs2=«~tkt» cs3Label=sscc cs3=«~sscc»',
    'CEF:0|Varuhus|WMS|«~ver»|signature|Proof of delivery|2|suser=«USERNAME:login» msg=Received by «PERSON_NAME:nm|c», phone «PHONE:tel|c» cs2Label=order cs2=«~tkt»',
)

# ------------------------------------------------------------------ asterisk-cdr
# Column order: rules/asterisk-cdr.toml (cdr_csv, 18 columns; numbers unquoted).


def _ast(ctx, rec, acct, src, dst, dctx, clid, chan, dchan, app, data, disp, user):
    rng = ctx.rng
    dur = rng.randint(0, 1800) if disp == "ANSWERED" else rng.randint(0, 40)
    bill = max(0, dur - rng.randint(0, 20)) if disp == "ANSWERED" else 0
    t = evallib.moment(ctx)
    fmt = "%Y-%m-%d %H:%M:%S"
    ans = evallib.later(ctx, dur - bill).strftime(fmt) if bill else ""
    L.csv_row(rec, [acct, src, dst, dctx, clid, chan, dchan, app, data, t.strftime(fmt), ans,
                    evallib.later(ctx, dur).strftime(fmt), ("#", str(dur)), ("#", str(bill)), disp, "DOCUMENTATION",
                    f"{int(t.timestamp())}.{rng.randint(1, 9999)}", user])


# in-house format (dial plan): a regional 112 centre's call-taker queue on Asterisk.
def psap(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    num = g("dial")
    taker = g("ext")
    shape_ = rng.randrange(3)
    if shape_ == 0:
        _ast(ctx, rec, ("BADGE", g("badge")), ("PHONE", num), ("~", rng.choice(["112", "997", "999", "155"])), "from-pstn-112",
             ['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", num), ">"], "PJSIP/trunk-orange-" + evallib.hexs(ctx, 8),
             ["PJSIP/", ("PHONE", taker), "-" + evallib.hexs(ctx, 8)], "Queue", "psap-112,t,,,300", "ANSWERED",
             ["inc=", ("~", g("tkt")), ";calltaker=", ("USERNAME", g("login2"))])
    elif shape_ == 1:
        _ast(ctx, rec, "", ("PHONE", num), ("~", "112"), "from-pstn-112", ['"" <', ("PHONE", num), ">"],
             ["DAHDI/i1/", ("PHONE", num), "-" + evallib.hexs(ctx, 2)], "", "Playback", "psap-wait-pl", "NO ANSWER", "")
    else:
        cb = g("dial")
        _ast(ctx, rec, ("BADGE", g("badge")), ("PHONE", taker), ("PHONE", evallib.dial_digits(cb)), "psap-callback",
             ['"Dyspozytor ', ("PHONE", taker), '" <', ("PHONE", taker), ">"], ["PJSIP/", ("PHONE", taker), "-" + evallib.hexs(ctx, 8)],
             ["PJSIP/", ("PHONE", evallib.dial_digits(cb)), "@trunk-orange-" + evallib.hexs(ctx, 8)], "Dial",
             ["PJSIP/", ("PHONE", evallib.dial_digits(cb)), "@trunk-orange,60,tT"], "ANSWERED",
             ["callback inc=", ("~", g("tkt"))])


# in-house format (dial plan): a safety-alarm line for elderly care; the alarm unit calls in
# with its SIM's number and the responder calls the next of kin.
def safety_alarm(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    unit = g("telse")
    if rng.random() < 0.5:
        _ast(ctx, rec, "", ("PHONE", evallib.dial_digits(unit)), ("~", rng.choice(["7100", "7101"])), "trygghetslarm",
             ['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", evallib.dial_digits(unit)), ">"],
             "PJSIP/larm-sip-" + evallib.hexs(ctx, 8), "Local/7100@larm-agents-" + evallib.hexs(ctx, 8) + ";1",
             "Queue", "larm,tT,,,120", "ANSWERED",
             ["brukare=", ("PERSONNUMMER", g("pnr")) if rng.random() < 0.7 else ("SAMORDNINGSNUMMER", g("snr")),
              ";imei=", ("IMEI", g("imei"))])
    else:
        kin = g("dial")
        op = g("ext")
        _ast(ctx, rec, ("BADGE", g("badge")), ("PHONE", op), ("PHONE", evallib.dial_digits(kin)), "larm-out",
             ['"Larmoperatör" <', ("PHONE", op), ">"], "PJSIP/op-" + evallib.hexs(ctx, 8),
             "PJSIP/trunk-telia-" + evallib.hexs(ctx, 8), "Dial",
             ["PJSIP/", ("PHONE", evallib.dial_digits(kin)), "@trunk-telia,45"], rng.choice(["ANSWERED", "BUSY", "NO ANSWER"]),
             ["anhorig=", ("PERSON_NAME", g("nm2")), ";larm=", ("~", g("tkt"))])


# in-house format (dial plan): a logistics depot's switchboard (drivers call the dispatch queue).
def depot(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    drv = g("dial")
    if rng.random() < 0.6:
        _ast(ctx, rec, "", ("PHONE", drv), ("~", g("pilot")), "from-trunk",
             ['"', ("PERSON_NAME", g("nm")), '" <', ("PHONE", drv), ">"], "SIP/gw-pl-" + evallib.hexs(ctx, 8),
             ["Local/", ("PHONE", g("ext")), "@from-queue-" + evallib.hexs(ctx, 8) + ";1"], "Queue", "dispatch,t", "ANSWERED",
             ["route=", ("~", g("tkt"))] + ([" vehicle imsi ", ("IMSI", g("imsi"))] if rng.random() < 0.5 else []))
    else:
        ext = g("ext")
        _ast(ctx, rec, "", ("PHONE", ext), ("PHONE", drv), "from-internal", ['"', ("PERSON_NAME", g("nm2")), '" <', ("PHONE", ext), ">"],
             ["SIP/", ("PHONE", ext), "-" + evallib.hexs(ctx, 8)], "SIP/gw-pl-" + evallib.hexs(ctx, 8), "Dial",
             ["SIP/gw-pl/", ("PHONE", drv), ",60"], rng.choice(["ANSWERED", "NO ANSWER"]), "")


# ------------------------------------------------------------------ freeswitch-cdr
# Column order: rules/freeswitch-cdr.toml (mod_cdr_csv default template, all quoted).


def _fs(ctx, rec, name, num, dest, context, cause, acct):
    rng = ctx.rng
    dur = rng.randint(0, 1500)
    bill = max(0, dur - rng.randint(0, 30)) if cause == "NORMAL_CLEARING" else 0
    fmt = "%Y-%m-%d %H:%M:%S"
    L.csv_row(rec, [name, num, dest, context, evallib.moment(ctx).strftime(fmt),
                    evallib.later(ctx, dur - bill).strftime(fmt) if bill else "", evallib.later(ctx, dur).strftime(fmt),
                    str(dur), str(bill), cause, evallib.uuid4(ctx), evallib.uuid4(ctx) if bill else "", acct,
                    rng.choice(["PCMA", "G722", "OPUS"]), rng.choice(["PCMA", "G722", "OPUS"])])


# in-house format (dial plan): an EV-charging operator's driver support line on FreeSWITCH.
def ev_support(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    r = rng.randrange(3)
    if r == 0:
        _fs(ctx, rec, ("PERSON_NAME", g("nm")), ("PHONE", n), ("~", g("pilot")), "public", "NORMAL_CLEARING", "")
    elif r == 1:
        _fs(ctx, rec, ("PHONE", n), ("PHONE", n), ("~", g("pilot")), "public", "ORIGINATOR_CANCEL", "")
    else:
        out = g("dial")
        _fs(ctx, rec, "Laddnät Support", ("PHONE", g("ext")), ("PHONE", out), "default", rng.choice(["NORMAL_CLEARING", "NO_ANSWER"]),
            ("BADGE", g("badge")))


# in-house format (dial plan): an insurer's claims hotline on FreeSWITCH.
def claims_line(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    n = g("dial")
    r = rng.randrange(3)
    if r == 0:
        _fs(ctx, rec, ("PERSON_NAME", g("nm")), ("PHONE", n), ("~", rng.choice(["0771-60 70 80", "5000", "5001"])), "claims",
            "NORMAL_CLEARING", ("BADGE", g("badge")))
    elif r == 1:
        _fs(ctx, rec, "UNKNOWN", ("~", "0000000000"), ("~", "5000"), "claims", "NO_USER_RESPONSE", "")
    else:
        _fs(ctx, rec, ("PERSON_NAME", g("nm")), ("PHONE", n), ("~", rng.choice(["112", "114 14"])), "claims",
            "NORMAL_CLEARING", "")


# ------------------------------------------------------------------ cisco-cucm-cdr
# Column names and order: rules/cisco-cucm-cdr.toml (129 columns; Cisco's CDR field
# reference). Dial plans in-house.


def _cucm(ctx, rec, cols, v):
    base = L.cucm_base(ctx)
    base.update(v)
    L.cucm_row(ctx, rec, cols, base)


# in-house dial plan: an insurance office (SEP phones, PSTN with 0, claims hunt pilot).
def cucm_insurer(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    ip = g("ip")
    ext = g("ext")
    r = rng.randrange(3)
    if r == 0:
        out = g("natd")
        _cucm(ctx, rec, cols, {"origIpAddr": ("IPV4", L.ip_int(ip)), "callingPartyNumber": ("PHONE", ext),
                               "callingPartyUnicodeLoginUserID": ("USERNAME", g("login")),
                               "originalCalledPartyNumber": ("PHONE", "0" + out), "finalCalledPartyNumber": ("PHONE", "0" + out),
                               "outpulsedCalledPartyNumber": ("PHONE", out), "origDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "destDeviceName": "SGW-PSTN-01", "callingPartyNumberPartition": "PT_Internal",
                               "clientMatterCode": ("~", g("tkt"))})
    elif r == 1:
        caller = g("e164")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", caller), "originalCalledPartyNumber": ("~", g("pilot")),
                               "finalCalledPartyNumber": ("PHONE", ext), "finalCalledPartyUnicodeLoginUserID": ("USERNAME", g("login")),
                               "huntPilotDN": ("~", g("pilot")), "huntPilotPattern": ("~", g("pilot")), "wasCallQueued": "1",
                               "totalWaitTimeInQueue": str(rng.randint(5, 400)), "destIpAddr": ("IPV4", L.ip_int(ip)),
                               "destDeviceName": "SEP" + L.mac(ctx, "bare"), "origDeviceName": "SGW-PSTN-01"})
    else:
        _cucm(ctx, rec, cols, {"origIpAddr": ("IPV4", L.ip_int(ip)), "callingPartyNumber": ("PHONE", ext),
                               "originalCalledPartyNumber": ("~", "112"), "finalCalledPartyNumber": ("~", "112"),
                               "outpulsedCalledPartyNumber": ("~", "112"), "origDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "comment": ["ELIN ", ("~", g("n4")), " caller ", ("PERSON_NAME", g("nm"))]})


# in-house dial plan: a manufacturing plant (CSF/TCT soft clients, mobility to cell phones); a CUCM
# device name holds at most 15 characters, so CSF/TCT + at most twelve of the login.
def cucm_plant(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    user = g("login")
    ext = g("ext")
    if rng.random() < 0.5:
        mob = g("natd")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", ext), "callingPartyUnicodeLoginUserID": ("USERNAME", user),
                               "originalCalledPartyNumber": ("PHONE", g("ext")), "finalCalledPartyNumber": ("PHONE", "0" + mob),
                               "lastRedirectDn": ("PHONE", g("ext")), "lastRedirectRedirectReason": "15",
                               "finalMobileCalledPartyNumber": ("PHONE", "0" + mob), "mobileCallType": "4",
                               "origDeviceName": ["CSF", ("USERNAME", user.upper()[:12].rstrip("._-"))],
                               "destMobileDeviceName": "RDP-LINE4",
                               "callingPartyNumber_uri": [("EMAIL", f"{user}@{g('odom')}")]})
    else:
        ip = g("ip")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", ext), "finalCalledPartyNumber": ("PHONE", g("ext")),
                               "origIpv4v6Addr": ("IPV4", ip), "origIpAddr": ("IPV4", L.ip_int(ip)),
                               "origDeviceName": ["TCT", ("USERNAME", user.upper()[:12].rstrip("._-"))],
                               "destDeviceName": "SEP" + L.mac(ctx, "bare"), "authCodeDescription": "",
                               "clientMatterCode": ("~", "WO-" + g("n6"))})


# in-house dial plan: a city library's branches (patron callbacks, self-service queue).
def cucm_library(ctx, rec, cols):
    g, rng = ctx.gen, ctx.rng
    ext = g("ext")
    if rng.random() < 0.5:
        pat = g("natd")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", pat), "originalCalledPartyNumber": ("~", g("pilot")),
                               "finalCalledPartyNumber": ("PHONE", ext), "huntPilotDN": ("~", g("pilot")), "wasCallQueued": "1",
                               "origDeviceName": "SGW-PSTN-02", "destDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "comment": ["patron ", ("PERSON_NAME", g("nm"))]})
    else:
        ip6 = g("ip6")
        out = g("natd")
        _cucm(ctx, rec, cols, {"callingPartyNumber": ("PHONE", ext), "finalCalledPartyNumber": ("PHONE", "0" + out),
                               "originalCalledPartyNumber": ("PHONE", "0" + out), "outpulsedCalledPartyNumber": ("PHONE", out),
                               "origIpv4v6Addr": ("IPV6", ip6), "origDeviceName": "SEP" + L.mac(ctx, "bare"),
                               "finalCalledPartyNumber_uri": "", "callingPartyUnicodeLoginUserID": ("USERNAME", g("login"))})


TEMPLATES = [
    ("syslog", "pgaudit", PGAUDIT),
    ("syslog", "webmin", WEBMIN),
    ("syslog", "coturn", COTURN),
    ("syslog", "sip2-selfcheck", SIP2),
    ("syslog", "cad-notes", CAD_NOTES),
    ("syslog", "alarm-centre", ARC),
    ("syslog", "hmi-audit", HMI),
    ("syslog", "homecare-notes", HOMECARE),
    ("syslog", "ocserv", OCSERV),
    ("syslog", "scanner-gw", SCANNER),
    ("json", "mongodb-audit", MONGO),
    ("json", "ocpp-csms", OCPP),
    ("json", "minio-audit", MINIO),
    ("json", "pos-loyalty", LOYALTY),
    ("json", "fnol-webhook", FNOL),
    ("json", "gym-booking", GYM),
    ("kv-cef", "ski-gates-cef", SKIGATE),
    ("kv-cef", "marina-logfmt", MARINA),
    ("kv-cef", "parking-logfmt", PARKING),
    ("kv-cef", "ot-monitor-cef", OTMON),
    ("kv-cef", "ocpi-hub", OCPI),
    ("kv-cef", "wms-cef", WMS),
    ("asterisk-cdr", "psap-112", psap),
    ("asterisk-cdr", "safety-alarm", safety_alarm),
    ("asterisk-cdr", "depot-switchboard", depot),
    ("freeswitch-cdr", "ev-support", ev_support),
    ("freeswitch-cdr", "claims-line", claims_line),
    ("cisco-cucm-cdr", "insurer", cucm_insurer),
    ("cisco-cucm-cdr", "plant", cucm_plant),
    ("cisco-cucm-cdr", "library", cucm_library),
]
