"""sealed9: the twelfth pair's kept-aside half (products not listed anywhere).
Every template is a callable that picks one of several shapes of its product;
above each, the public source of its shape (or `in-house format`). Labels as
in wild9: every IP is an address, extensions in CDRs are PHONE, an IMEISV is
an IMEI, MSISDNs are PHONE."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import evallib  # noqa: E402
import twelfthlib as T  # noqa: E402
from twelfthlib import shapes, pick, with_note, cucm_row  # noqa: E402

G = T.add_generators({})
G["pdts"] = lambda c: f"[{evallib.moment(c):%d/%b/%Y:%H:%M:%S} +0{c.rng.choice('12')}00]"
G["conn"] = lambda c: c.memo.setdefault("conn", str(c.rng.randint(0, 99999)))
G["etime"] = lambda c: f"{c.rng.uniform(0.1, 90):.3f}"
G["hex6"] = lambda c: evallib.hexs(c, 6)
G["hex12"] = lambda c: evallib.hexs(c, 12)
G["hex32"] = lambda c: evallib.hexs(c, 32)
G["sid"] = lambda c: "CA" + evallib.hexs(c, 32)
G["acsid"] = lambda c: "AC" + evallib.hexs(c, 32)
G["swid"] = lambda c: evallib.uuid4(c)
G["wcid"] = lambda c: str(c.rng.randint(100, 99999))
G["price"] = lambda c: f"{c.rng.randint(5, 900)}.{c.rng.choice(['00', '50', '90'])}"
G["kmh"] = lambda c: str(c.rng.randint(0, 130))
G["vin_bad"] = lambda c: "YV1" + "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
G["reg"] = lambda c: "".join(c.rng.choice("ABCDEFGHJKLMNOPRSTUWXYZ") for _ in range(3)) + " " + evallib.digits(c.rng, 2) + c.rng.choice("ABCDEFGHJ0123456789")
G["emp"] = lambda c: f"A{c.rng.randint(1000, 99999)}"
G["zid"] = lambda c: str(c.rng.randint(10 ** 15, 10 ** 16))
G["int4"] = lambda c: str(c.rng.randint(1, 9999))
G["mnpop"] = lambda c: c.rng.choice(["24001", "24007", "24008", "24202", "23802"])
G["retry"] = lambda c: str(c.rng.randint(1, 3))
G["ussdcode"] = lambda c: c.rng.choice(["*100#", "*123#", "*144*1#", "#100#", "*111*2*1#"])
G["e164b"] = lambda c: T.phone12(c, style="e164")  # a second E.164 number (e164 is tied within a shape)
G["sipaor"] = lambda c: f"{T.login12(c, 0, True)}@{c.rng.choice(c.pools.INTERNAL_DOMAINS)}"  # a person's SIP address-of-record
G["ported"] = lambda c: c.rng.choice(["true", "false"])


def _sw_number(c):
    if "swnum" not in c.memo:
        c.memo["swnum"] = T._number(c)
    return c.memo["swnum"]


# one number, as E.164 and as the API's formatted_* national spelling of the same number
G["swnum"] = lambda c: T.spell12(c, *_sw_number(c), style="e164")
G["swfmt"] = lambda c: T.spell12(c, *_sw_number(c), style="national")

GENERATORS = G
CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "mobileCallingPartyNumber",
                      "finalCalledPartyNumber_uri", "destDeviceName"]

H3164 = "«ts» «host» "
H5424 = "<«pri»>1 «iso» «host».«idom» "

# ------------------------------------------------------------------ syslog

# PingDirectory access log: https://docs.pingidentity.com/pingdirectory/11.0/pingdirectory_server_administration_guide/pd_ds_access_log_example.html
# and pd_ds_access_log_format.html (CONNECT, BIND REQUEST/RESULT, SEARCH REQUEST with scope=2, MODIFY REQUEST,
# EXTENDED REQUEST); the syslog-forwarded line is the server's syslog access log publisher
ldapacc = shapes(
    "«pdts» CONNECT conn=«conn» from=\"«IPV4:ip4»\" to=\"«IPV4:ip4»\" protocol=\"LDAP\"",
    "«pdts» BIND REQUEST conn=«conn» op=«int2» msgID=«int2» version=\"3\" dn=\"uid=«USERNAME:lcuser»,ou=People,dc=jkpg,dc=local\" authType=\"SIMPLE\"",
    "«pdts» BIND RESULT conn=«conn» op=«int2» msgID=«int2» resultCode=49 etime=«etime» authFailureReason=\"invalid credentials for uid=«USERNAME:lcuser»,ou=People,dc=jkpg,dc=local\"",
    "«pdts» BIND RESULT conn=«conn» op=0 msgID=1 resultCode=0 etime=«etime» authDN=\"cn=Directory Manager,cn=Root DNs,cn=config\"",
    "«pdts» SEARCH REQUEST conn=«conn» op=«int2» msgID=«int2» base=\"ou=People,dc=hvest,dc=lan\" scope=2 filter=\"(mobile=«PHONE:e164»)\" attrs=\"cn,mail\"",
    "«pdts» SEARCH REQUEST conn=«conn» op=«int2» msgID=«int2» base=\"dc=siolnet,dc=internal\" scope=2 filter=\"(&(objectClass=person)(cn=«PERSON_NAME:fullname»))\" attrs=\"isMemberOf\"",
    "«pdts» EXTENDED REQUEST conn=«conn» op=0 msgID=1 requestOID=\"«~oid»\"",
    "«pdts» MODIFY REQUEST conn=«conn» op=«int2» msgID=«int2» dn=\"uid=«USERNAME:lcuser»,ou=People,dc=jkpg,dc=local\"",
    H3164 + "ldap: «pdts» SEARCH REQUEST conn=«conn» op=«int2» msgID=«int2» base=\"ou=People,dc=jkpg,dc=local\" scope=2 filter=\"(mail=«EMAIL:email»)\" attrs=\"uid\"",
)

# in-house format: an operator's USSD gateway (balance, top-up, call-me-back menus)
ussd = shapes(
    H3164 + "ussdgw[«pid»]: BEGIN sess=«~sessid» msisdn=«PHONE:msisdn» imsi=«IMSI:imsi» code=«~ussdcode» vlr=«~bignum»",
    H3164 + "ussdgw[«pid»]: CONTINUE sess=«~sessid» msisdn=«PHONE:msisdn» input=\"2\" menu=topup amount=«price»",
    H3164 + "ussdgw[«pid»]: CALLME sess=«~sessid» from=«PHONE:msisdn» to=«PHONE:phoneintl» text=\"«PERSON_NAME:given» anaomba umpigie\"",
    H3164 + "ussdgw[«pid»]: END sess=«~sessid» msisdn=«PHONE:msisdn» result=TIMEOUT after «retry» tries, test msisdn «~svcdial»",
)

# in-house format: a Teams Direct Routing / SIP trunk SBC's call summary lines
sbc = shapes(
    H3164 + "sbc[«pid»]: CALL-END callid=«hex16»@«IPV4:ip4» from=sip:«PHONE:e164»@sbc.jkpg.se to=sip:«PHONE:e164b»@sip.pstnhub.microsoft.com;user=phone dur=«dur» cause=16",
    H3164 + "sbc[«pid»]: REGISTER from sip:«PHONE:dn»@«IPV4:ip4» contact=<sip:«PHONE:dn»@«IPV4:ip4»:«port»;transport=tls> ua=\"«~build»\" expires=3600",
    H3164 + "sbc[«pid»]: INVITE rejected from «IPV4:ip4»:5060 user=«EMAIL:sipaor» to=sip:«~svcdial»@«idom» reason=\"403 Forbidden\"",
    H3164 + "sbc[«pid»]: CALL-START callid=«hex16»@«IPV4:ip4» caller=\"«PERSON_NAME:name»\" <sip:«PHONE:phoneuri|d»@«idom»> callee=«PHONE:phonese|d» trunk=Telia media=«IPV6:ip6»",
)

# in-house format: a door system over syslog (Slovenian and Swedish text)
doors = shapes(
    H3164 + "doorsrv[«pid»]: vstop dovoljen: kartica «BADGE:badge» imetnik «PERSON_NAME:fullname» vrata «door»",
    H3164 + "doorsrv[«pid»]: vstop zavrnjen: kartica «BADGE:badge» (preklicana) vrata «door» krmilnik «IPV4:ip4»",
    H3164 + "doorsrv[«pid»]: Passering kort «BADGE:badge» «PERSON_NAME:name» dörr \"«door»\" larmkod «~otp»",
    H3164 + "doorsrv[«pid»]: Kort «BADGE:badge» kopplat till «PERSON_NAME:fullname» av «USERNAME:lcuser2», anst.nr «emp», enhet «MAC:mac»",
)

# in-house format: care notes from a regional health record in RFC 5424 (Slovenian, Bulgarian, Serbian,
# Armenian, Kurdish, Pashto, Tamil, Norwegian, Danish, Swedish)
care = pick(
    with_note(H5424 + "ehr «pid» NOTE [ehr@41717 author=\"«USERNAME:lcuser2»\" unit=\"«ward»\"] "),
    with_note(H5424 + "ehr «pid» NOTE [ehr@41717 author=\"«USERNAME:lcuser2»\" pnr=\"«PERSONNUMMER:pnr»\"] "),
    with_note(H3164 + "ehr[«pid»]: «ward»: "),
)

# in-house format: a contact centre's wrap-up notes (Swahili, Hebrew, Japanese, Malay, English)
wrapup = pick(
    with_note(H3164 + "ccwrap[«pid»]: agent=«USERNAME:lcuser2» case=«~ticket» text=\""),
    with_note(H5424 + "ccwrap «pid» WRAPUP - agent «PERSON_NAME:name2»: ", " (queue «~queuenum»)"),
)

# in-house format: a mobile number portability (MNP) and HLR lookup service
mnp = shapes(
    H3164 + "mnp[«pid»]: HLR-LOOKUP msisdn=«PHONE:msisdn» imsi=«IMSI:imsi» mccmnc=«~mnpop» ported=«ported» status=DELIVRD",
    H3164 + "mnp[«pid»]: PORT-IN msisdn=«PHONE:msisdn» donor=«~mnpop» recipient=«~mnpop» order=«~orderno» requested_by=«USERNAME:lcuser»",
    H3164 + "mnp[«pid»]: HLR-LOOKUP msisdn=«PHONE:msisdn» err=UNKNOWN_SUBSCRIBER test_imsi=«~fakeimsi»",
    H3164 + "mnp[«pid»]: SIM-SWAP msisdn=«PHONE:msisdn» new_imsi=«IMSI:imsi» new_imei=«IMEI:imeiplain» bad_imei=«~badimei»",
)

# in-house format: a vehicle telematics platform (tracker IMEIs, drivers)
fleet = shapes(
    H3164 + "telematics[«pid»]: POS imei=«IMEI:imeiplain» reg=«reg» speed=«kmh» driver=\"«PERSON_NAME:fullname»\" ip=«IPV4:ip4»",
    H3164 + "telematics[«pid»]: LOGIN driver «PERSON_NAME:name» card «BADGE:badge» vehicle «reg» vin «vin_bad»",
    H3164 + "telematics[«pid»]: SMS-CMD to=«PHONE:msisdn» imei=«IMEI:imeiplain» cmd=\"RESET\" fw=«~build»",
    H3164 + "telematics[«pid»]: GEOFENCE exit vehicle «reg» driver-phone «PHONE:phone» zone \"«place»\"",
)

# in-house format: a web shop's checkout fraud filter
fraud = shapes(
    H3164 + "fraudchk[«pid»]: score=«int2» order=«~orderno» email=«EMAIL:email» ip=«IPV4:ip4» card=«~badcard» decision=review",
    H3164 + "fraudchk[«pid»]: velocity hit: «int2» orders from «IPV6:ip6» for «EMAIL:email», phone «PHONE:phoneintl»",
    H3164 + "fraudchk[«pid»]: address mismatch order «~orderno» billing \"«PERSON_NAME:fullname»\" shipping \"«PERSON_NAME:fullname2»\" «street»",
)

# ------------------------------------------------------------------ json

# Mandrill webhook events: https://gist.github.com/AtlasCan/f93ff29e2c47fc5a6091a5853fa10ca0 (event, msg{ts, subject, email, opens[{ts, ip, location, ua}], smtp_events[...], state, _id});
# the webhook posts mandrill_events as a JSON array, a collector logs one event object per line
mandrill = shapes(
    '{"event":"open","msg":{"ts":«epochs»,"subject":"Vaše naročilo «~orderno»","email":"«EMAIL:email|j»","tags":["order_confirmation"],"opens":[{"ts":«epochs»,"ip":"«IPV4:ip4»","location":"«place»","ua":"«~useragent»"}],"state":"sent","_id":"«hex32»"}}',
    '{"event":"send","msg":{"ts":«epochs»,"subject":"Booking","email":"«EMAIL:email|j»","sender":"«~rolemail»","smtp_events":[{"ts":«epochs»,"type":"sent","diag":"250 2.0.0 Ok: queued as «hex12»","source_ip":"«IPV4:ip4»","destination_ip":"«IPV4:ip4»","size":«int4»}],"state":"sent","_id":"«hex32»"}}',
    '{"event":"hard_bounce","msg":{"ts":«epochs»,"email":"«EMAIL:email|j»","bounce_description":"bad_mailbox","diag":"smtp;550 5.1.1 «EMAIL:email|j»... User unknown","metadata":{"customer":"«PERSON_NAME:fullname|j»"},"_id":"«hex32»"}}',
)

# Zoho Campaigns email API open event: https://www.zoho.com/campaigns/help/emailapi/events/opens.html
zoho = shapes(
    '{"webhook_name":"Open webhook","webhook_id":"«zid»","action":"email_open","actionType":"email_open","action_by":"contact","data":[{"action_time":«epochms»,"contact_id":«zid»,"contact_email":"«EMAIL:email|j»","rcpt_additional_data":{"name":"«PERSON_NAME:fullname|j»","mobile":"«PHONE:e164»"},"transmission_id":«zid»}]}',
    '{"webhook_name":"Open webhook","webhook_id":"«zid»","action":"email_open","action_by":"contact","data":[{"action_time":«epochms»,"contact_id":«zid»,"contact_email":"«EMAIL:email|j»","transmission_name":"«place» newsletter","zuid":«zid»}]}',
)

# WooCommerce order webhook: https://gist.github.com/jphungcode/47f6f25bdf33d5fd694cc867566070b8 (billing/shipping objects)
woo = shapes(
    '{"id":«wcid»,"status":"processing","currency":"NOK","total":"«price»","customer_ip_address":"«IPV4:ip4»","customer_user_agent":"«~useragent»","billing":{"first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","address_1":"«street»","city":"«place»","email":"«EMAIL:email|j»","phone":"«PHONE:phone»"},"shipping":{"first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","city":"«place»"}}',
    '{"id":«wcid»,"status":"on-hold","order_key":"wc_order_«rand8»","customer_note":"Ring «PHONE:phone» ved levering","billing":{"email":"«EMAIL:email|j»","phone":"«PHONE:e164»","company":"«~product»"},"transaction_id":"«~sessid»"}',
    '{"id":«wcid»,"status":"refunded","billing":{"first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","email":"«EMAIL:email|j»"},"meta_data":[{"key":"_billing_orgnr","value":"«ORGNR:orgnr»"},{"key":"_old_orgnr","value":"«~badorgnr»"}]}',
)

# SignalWire (Twilio-compatible) call resource: https://developer.signalwire.com/compatibility-api/client-sdks/methods/calls
signalwire = shapes(
    '{"account_sid":"«swid»","caller_name":"«PERSON_NAME:fullname|j»","direction":"inbound","duration":«dur»,"forwarded_from":"«PHONE:e164b»","from":"«PHONE:swnum»","formatted_from":"«PHONE:swfmt»","sid":"«swid»","status":"completed","to":"«PHONE:e164b»","price":-0.005,"price_unit":"USD"}',
    '{"account_sid":"«swid»","caller_name":null,"direction":"outbound-api","duration":0,"from":"«~svcint»","to":"«PHONE:swnum»","formatted_to":"«PHONE:swfmt»","status":"no-answer","sid":"«swid»"}',
    '{"account_sid":"«swid»","direction":"inbound","from":"sip:«EMAIL:sipaor»","to":"«PHONE:e164»","status":"busy","sid":"«swid»","annotation":"«~ticket»"}',
)

# in-house format: an HR export with Slovenian and Bulgarian keys
hr = shapes(
    '{"zaposleni":{"ime":"«PERSON_NAME:given|j»","priimek":"«PERSON_NAME:surname|j»","telefon":"«PHONE:phone»","eposta":"«EMAIL:email|j»"},"stevilka":"«emp»","placa":«price»}',
    '{"служител":"«PERSON_NAME:fullname|j»","телефон":"«PHONE:phonelocal»","номер":"«emp»","отдел":"«place»"}',
    '{"medarbetare":[{"fornamn":"«PERSON_NAME:given|j»","efternamn":"«PERSON_NAME:surname|j»","samordningsnr":"«SAMORDNINGSNUMMER:snr»","kontakt":{"mobiltelefon":"«PHONE:mobilese»"}}],"bolag":{"orgnr":"«ORGNR:orgnr»"},"avvisade_id":["«~badsnr»"]}',
)

# in-house format: a clinic booking system's events
booking = shapes(
    '{"event":"booking.created","patient":{"name":"«PERSON_NAME:fullname|j»","pnr":"«PERSONNUMMER:pnr»","phone":"«PHONE:mobilese»"},"clinic":"«ward»","slot":"«iso0»","sms_reminder":true}',
    '{"event":"booking.cancelled","patient":{"pnr":"«PERSONNUMMER:pnr12»"},"by":{"user":"«USERNAME:lcuser2»","ip":"«IPV4:ip4»"},"reason":"sjuk","invalid_pnr_attempt":"«~badpnr»"}',
    '{"event":"reminder.sent","to":"«PHONE:e164»","text":"Hej «PERSON_NAME:given|j»! Påminnelse om tid «date» på «ward». Svara AVBOKA. Kod «~otp»","provider_id":"«~sessid»"}',
)

# in-house format: telematics platform webhooks
fleetjson = shapes(
    '{"type":"trip.end","vehicle":{"reg":"«reg»","vin":"«vin_bad»"},"tracker":{"imei":"«IMEI:imeiplain»","imsi":"«IMSI:imsi»"},"driver":{"name":"«PERSON_NAME:fullname|j»","card":"«BADGE:badge»"},"km":«int3»}',
    '{"type":"driver.updated","driver":{"name":"«PERSON_NAME:fullname|j»","phone":"«PHONE:phoneintl»","email":"«EMAIL:email|j»"},"by":"«USERNAME:lcuser2»"}',
)

# ------------------------------------------------------------------ kv-cef

# Kaspersky Web Traffic Security CEF: https://support.kaspersky.com/help\KWTS\6.1\es-ES\267200.htm
kwts = shapes(
    "«ts» kwts.«idom» CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|«~version»|LMS_EV_SCAN_LOGIC_URL_BLOCK|URL blocked|Medium|src=«IPV4:ip4» suser=«USERNAME:acct|c» request=https://«edom»/«hex8» act=block",
    "«ts» kwts.«idom» CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|«~version»|LMS_EV_SCAN_LOGIC_AV_DETECT|Threat detected|High|src=«IPV6:ip6» suser=«EMAIL:email» fileHash=«hash» cs1=«~build» cs1Label=DatabaseVersion",
    "«ts» kwts.«idom» CEF:0|AO Kaspersky Lab|Kaspersky Web Traffic Security|«~version»|LMS_EV_SETTINGS_CHANGED|task settings changed|Low|suser=«USERNAME:lcuser» src=«IPV4:ip4»",
)

# in-house format: an SMS aggregator's delivery log in logfmt
smsagg = shapes(
    "ts=«iso» lvl=info msg=submit to=«PHONE:msisdn» from=JKPGKOMMUN parts=1 ref=«~sessid» operator=«~mnpop»",
    "ts=«iso» lvl=info msg=dlr to=«PHONE:msisdn» status=DELIVRD err=000 ref=«~sessid» done=«epochs»",
    "ts=«iso» lvl=warn msg=\"blocked keyword\" to=«PHONE:phoneintl» body=\"«smsbody»\" account=«USERNAME:lcuser»",
    "ts=«iso» lvl=info msg=mo from=«PHONE:msisdn» to=«~queuenum» body=\"SVAR JA «PERSON_NAME:given»\"",
)

# in-house format: a NAC appliance in LEEF 1.0
nac = shapes(
    "LEEF:1.0|NetGuard|NAC|«~version»|AUTH_OK|src=«IPV4:ip4»\tmac=«MAC:mac»\tusrName=«USERNAME:acct»\tvlan=«int3»\tdevTime=«iso»",
    "LEEF:1.0|NetGuard|NAC|«~version»|AUTH_FAIL|src=«IPV4:ip4»\tmac=«MAC:mac»\tusrName=«EMAIL:email»\treason=expired certificate «hex16»",
    "LEEF:1.0|NetGuard|NAC|«~version»|GUEST_SPONSOR|guest=«PERSON_NAME:fullname»\tguestPhone=«PHONE:phoneintl»\tsponsor=«USERNAME:lcuser2»\tmac=«MAC:mac»",
    "LEEF:1.0|NetGuard|NAC|«~version»|PRINTER_PROFILED|mac=«~bcastmac»\tsrc=«IPV4:ip4»\tprofile=HP-LaserJet\tuser=«~sysacct»",
)

# in-house format: a loyalty/CRM platform in key=value
loyalty = shapes(
    "time=«iso» event=member.created member=«bignum» name=\"«PERSON_NAME:fullname»\" email=«EMAIL:email» phone=«PHONE:phone» store=\"«place»\"",
    "time=«iso» event=points.redeemed member=«bignum» card=«BADGE:badge» pos=«IPV4:ip4» order=«~orderno»",
    "time=«iso» event=member.merged from=«EMAIL:email» into=«EMAIL:email2» by=«USERNAME:lcuser» ticket=«~ticket»",
)

# in-house format: a pharmacy-chain's prescription hotline in CEF (callbacks)
hotline = shapes(
    "CEF:0|JKPG|Callback|«~version»|cb.scheduled|Callback scheduled|3|suser=«USERNAME:lcuser2» cs1Label=caller cs1=«PHONE:phone» cs2Label=name cs2=«PERSON_NAME:fullname» externalId=«~ticket»",
    "CEF:0|JKPG|Callback|«~version»|cb.failed|Callback failed|4|cs1Label=caller cs1=«PHONE:phoneintl» reason=busy dvchost=«host» dst=«IPV4:ip4»",
)

# ------------------------------------------------------------------ asterisk-cdr
# Every row: Asterisk cdr_csv (asterisk/asterisk cdr/cdr_csv.c) column order; dialplans are in-house.
CDR_TAIL16 = '"«cdrts»","«cdrts2»","«cdrts3»",«dur@du»,«bill»,"ANSWERED","DOCUMENTATION"'
CDR_NOANS = '"«cdrts»","","«cdrts2»",«dur»,0,"NO ANSWER","DOCUMENTATION"'

# in-house format: a veterinary clinic chain (queues, emergency vet line, callbacks)
vet = shapes(
    '"","«PHONE:phoneuri|d»","«~queuenum»","from-trunk","""«PERSON_NAME:name|q»"" <«PHONE:phoneuri|d»>","PJSIP/bahnhof-«hex8»","Local/«PHONE:dn»@from-queue-«hex8»;1","Queue","vet-triage,tr,,,120",' + CDR_TAIL16 + ',"«uniq»",""',
    '"«BADGE:badge»","«PHONE:dn»","«PHONE:phoneuri|d»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","PJSIP/bahnhof-«hex8»","Dial","PJSIP/«PHONE:phoneuri|d»@bahnhof",' + CDR_TAIL16 + ',"«uniq»","journal «~ticket»"',
    '"","«PHONE:phoneuri|d»","«PHONE:dn»","from-trunk","""«PHONE:phoneuri|d»"" <«PHONE:phoneuri|d»>","PJSIP/bahnhof-«hex8»","","VoiceMail","«PHONE:dn»@default,s",' + CDR_NOANS,
)

# in-house format: a university switchboard (operator console, transfers, international students)
uni = shapes(
    '"«emp»","«PHONE:phoneuri|d»","«~hunt»","from-pstn","""«PERSON_NAME:fullname|q»"" <«PHONE:phoneuri|d»>","SIP/sunet-«hex8»","SIP/«PHONE:dn»-«hex8»","Dial","SIP/«PHONE:dn»,30,tT",' + CDR_TAIL16 + ',"«uniq»","transfer from «PHONE:dn2»"',
    '"","«PHONE:dn»","«PHONE:intldial»","from-internal","""«PERSON_NAME:fullname|q»"" <«PHONE:dn»>","SIP/«PHONE:dn»-«hex8»","SIP/sunet-«hex8»","Dial","SIP/sunet/«PHONE:intldial»",' + CDR_TAIL16,
    '"","«PHONE:dn»","«~svcdial»","from-internal","""Reception"" <«PHONE:dn»>","SIP/«PHONE:dn»-«hex8»","DAHDI/1-1","Dial","DAHDI/g0/«~svcdial»",' + CDR_TAIL16,
)

# in-house format: a bank's card-block IVR (callers identified by personnummer in the user field)
bank = shapes(
    '"","«PHONE:phoneuri|d»","«~queuenum»","ivr-kort","""«PHONE:phoneuri|d»"" <«PHONE:phoneuri|d»>","PJSIP/ip-only-«hex8»","","AGI","agi://«IPV4:ip4»/cardblock",' + CDR_TAIL16 + ',"«uniq»","pnr=«PERSONNUMMER:pnr» kort=«~badcard»"',
    '"","anonymous","«~queuenum»","ivr-kort","""Anonymous"" <anonymous>","PJSIP/ip-only-«hex8»","","Hangup","",' + CDR_NOANS + ',"«uniq»","pnr=«~badpnr» (ogiltigt)"',
    '"«BADGE:badge»","«PHONE:phoneuri|d»","«PHONE:dn»","ivr-kort","""«PERSON_NAME:name|q»"" <«PHONE:phoneuri|d»>","PJSIP/ip-only-«hex8»","PJSIP/«PHONE:dn»-«hex8»","Dial","PJSIP/«PHONE:dn»",' + CDR_TAIL16 + ',"«uniq»","snr=«SAMORDNINGSNUMMER:snr»"',
)

# ------------------------------------------------------------------ freeswitch-cdr
# Every row: FreeSWITCH mod_cdr_csv default template (freeswitch conf/vanilla/autoload_configs/cdr_csv.conf.xml).
FS_MID = '"«cdrts»","«cdrts2»","«cdrts3»","«dur@du»","«bill»","NORMAL_CLEARING","«uuid»","«uuid»"'
FS_NOANS = '"«cdrts»","","«cdrts2»","«dur»","0","NO_ANSWER","«uuid»",""'

# in-house format: a car-rental desk (customers calling from abroad, agents calling out)
rental = shapes(
    '"«PERSON_NAME:fullname|q»","«PHONE:phoneuri|d»","«~queuenum»","public",' + FS_MID + ',"","PCMA","PCMA"',
    '"«PERSON_NAME:name|q»","«PHONE:dn»","«PHONE:intldial»","rental",' + FS_MID + ',"«BADGE:badge»","OPUS","PCMA"',
    '"«PHONE:phoneuri|d»","«PHONE:phoneuri|d»","«PHONE:dn»","public",' + FS_NOANS + ',"","PCMA","PCMA"',
)

# in-house format: a municipality's elder-care on-call line
oncall = shapes(
    '"«PERSON_NAME:fullname|q»","«PHONE:mobsedial»","«~hunt»","hemtjanst",' + FS_MID + ',"","G722","G722"',
    '"Hemtjänst Natt","«PHONE:dn»","«PHONE:mobsedial»","hemtjanst",' + FS_MID + ',"«BADGE:badge»","PCMA","PCMA"',
    '"«PERSON_NAME:name|q»","«PHONE:dn»","«~svcdial»","hemtjanst",' + FS_MID + ',"HT-«int3»","PCMA","PCMA"',
)

# ------------------------------------------------------------------ cisco-cucm-cdr
# Every row: the CUCM CDR field list in rules/cisco-cucm-cdr.toml (Cisco Unified CM CDR Administration Guide);
# the call scenarios are in-house.


def _base(ctx):
    return {"cdrRecordType": "1", "globalCallID_callManagerId": "2", "globalCallID_callId": "«callid»",
            "origLegCallIdentifier": "«legid»", "destLegIdentifier": "«legid»", "dateTimeOrigination": "«cucmts»",
            "dateTimeConnect": "«cucmts2»", "dateTimeDisconnect": "«cucmts3»", "duration": "«dur»",
            "origNodeId": "4", "destNodeId": "5", "pkid": "«uuid»", "origIpAddr": "«IPV4:ip4int»",
            "destIpAddr": "«IPV4:ip4int»", "globalCallId_ClusterID": "JKPG-CL1",
            "origMediaCap_payloadCapability": "6", "destMediaCap_payloadCapability": "6"}


# in-house format (scenario): single number reach to the user's mobile (mobility fields)
def cucm_snr(ctx, rec, cols):
    v = _base(ctx)
    v.update({"callingPartyNumber": "«PHONE:phoneuri|d»", "originalCalledPartyNumber": "«PHONE:dn»",
              "finalCalledPartyNumber": "«PHONE:mobsedial»", "finalMobileCalledPartyNumber": "«PHONE:mobsedial»",
              "destMobileDeviceName": "RDP-«USERNAME:lcuser»", "mobileCallType": "4",
              "origDeviceName": "SIPTrunk_Telia", "destDeviceName": "RDP-«USERNAME:lcuser»",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:lcuser»", "destMobileCallDuration": "«dur»"})
    cucm_row(ctx, rec, cols, v)


# in-house format (scenario): directory URI dialling between clusters
def cucm_uri(ctx, rec, cols):
    v = _base(ctx)
    v.update({"callingPartyNumber": "«PHONE:dn»", "finalCalledPartyNumber": "«PHONE:dn2»",
              "originalCalledPartyNumber": "«PHONE:dn2»", "callingPartyNumber_uri": "«EMAIL:email»",
              "originalCalledPartyNumber_uri": "«EMAIL:email2»", "finalCalledPartyNumber_uri": "«EMAIL:email2»",
              "origDeviceName": "TCT«USERNAME:lcuser|U»", "destDeviceName": "SEP«MAC:macbare»",
              "callingPartyUnicodeLoginUserID": "«USERNAME:lcuser»", "finalCalledPartyUnicodeLoginUserID": "«USERNAME:lcuser2»",
              "origIpv4v6Addr": "«IPV6:ip6»", "destIpv4v6Addr": "«IPV4:ip4»", "comment": "«~ticket»"})
    cucm_row(ctx, rec, cols, v)


# in-house format (scenario): PSTN calls to service and queue numbers with forced authorisation codes
def cucm_fac(ctx, rec, cols):
    v = _base(ctx)
    v.update({"callingPartyNumber": "«PHONE:dn»", "originalCalledPartyNumber": "«~svcdial@s»",
              "finalCalledPartyNumber": "«~@s»", "origDeviceName": "SEP«MAC:macbare»",
              "destDeviceName": "SIPTrunk_Telia", "callingPartyUnicodeLoginUserID": "«USERNAME:lcuser»",
              "authCodeDescription": "«~product»", "authorizationLevel": "«int2»",
              "outpulsedCallingPartyNumber": "«PHONE:phsedial»", "outpulsedCalledPartyNumber": "«~@s»",
              "huntPilotDN": "«~hunt»", "calledPartyPatternUsage": "2"})
    cucm_row(ctx, rec, cols, v)


TEMPLATES = [
    ("syslog", "ldap-access", ldapacc),
    ("syslog", "ussd-gateway", ussd),
    ("syslog", "sbc-calls", sbc),
    ("syslog", "door-events", doors),
    ("syslog", "ehr-notes", care),
    ("syslog", "contact-centre-wrapup", wrapup),
    ("syslog", "mnp-hlr", mnp),
    ("syslog", "telematics", fleet),
    ("syslog", "checkout-fraud", fraud),
    ("json", "mandrill-webhook", mandrill),
    ("json", "zoho-campaigns-open", zoho),
    ("json", "woocommerce-order", woo),
    ("json", "signalwire-call", signalwire),
    ("json", "hr-export", hr),
    ("json", "clinic-booking", booking),
    ("json", "telematics-webhook", fleetjson),
    ("kv-cef", "kwts-cef", kwts),
    ("kv-cef", "sms-aggregator-logfmt", smsagg),
    ("kv-cef", "nac-leef", nac),
    ("kv-cef", "loyalty-kv", loyalty),
    ("kv-cef", "callback-cef", hotline),
    ("asterisk-cdr", "vet-clinic", vet),
    ("asterisk-cdr", "university-switchboard", uni),
    ("asterisk-cdr", "card-block-ivr", bank),
    ("freeswitch-cdr", "car-rental", rental),
    ("freeswitch-cdr", "eldercare-oncall", oncall),
    ("cisco-cucm-cdr", "single-number-reach", cucm_snr),
    ("cisco-cucm-cdr", "directory-uri", cucm_uri),
    ("cisco-cucm-cdr", "pstn-fac", cucm_fac),
]
