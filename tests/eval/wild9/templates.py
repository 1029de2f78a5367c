"""wild9: the twelfth pair's open half. Every template is a callable that picks
one of several shapes of its product; above each, the public source of its
shape (or `in-house format` when the product is invented). Labels follow what
a value is: every IP (servers too) is an address, extensions in CDRs are
PHONE, an IMEISV is an IMEI, MSISDNs are PHONE."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import evallib  # noqa: E402
import twelfthlib as T  # noqa: E402
from twelfthlib import shapes, pick, with_note, cucm_row  # noqa: E402

G = T.add_generators({})
G["dirts"] = lambda c: f"[{evallib.moment(c):%d/%b/%Y:%H:%M:%S}.{c.rng.randint(0, 999999999):09d} +0{c.rng.choice('123')}00]"
G["conn"] = lambda c: c.memo.setdefault("conn", str(c.rng.randint(100, 99999)))
G["mqttid"] = lambda c: c.rng.choice(["auto-", "mqttjs_", "paho", "tasmota_", "zigbee2mqtt_"]) + evallib.hexs(c, 8)
G["qid"] = lambda c: evallib.hexs(c, 10).upper()
G["score"] = lambda c: f"{c.rng.uniform(-3, 14):.2f}"
G["syms"] = lambda c: ",".join(f"{n}({c.rng.choice(['-0.10', '-0.20', '-1.00', '0.00', '0.50', '2.00', '-3.00'])})"
                                 for n in c.rng.sample(["MIME_GOOD", "R_SPF_ALLOW", "DMARC_POLICY_ALLOW", "ARC_NA", "RCVD_TLS_ALL",
                                                        "FROM_HAS_DN", "BAYES_HAM", "TO_DN_NONE", "MID_RHS_MATCH_FROM",
                                                        "R_DKIM_ALLOW", "ASN"], 4))
G["lac"] = lambda c: str(c.rng.randint(1, 65000))
G["fmsess"] = lambda c: evallib.hexs(c, 8).upper() + digits6(c)
G["fmdev"] = lambda c: "FE-VM" + c.rng.choice(["02", "04", "08"]) + "TM" + evallib.digits(c.rng, 8)
G["hmac"] = lambda c: evallib.hexs(c, 64)
G["shopid"] = lambda c: str(c.rng.randint(4000000000000, 6999999999999))
G["price"] = lambda c: f"{c.rng.randint(5, 900)}.{c.rng.choice(['00', '50', '95', '99'])}"
G["fdid"] = lambda c: str(c.rng.randint(100000, 99999999))
G["zeros"] = lambda c: "0000000000"
G["e112"] = lambda c: c.rng.choice(["112", "112", "911"])
G["emp"] = lambda c: f"E{c.rng.randint(10000, 99999)}"
G["iban_bad"] = lambda c: "LV" + evallib.digits(c.rng, 2) + "HABA" + evallib.digits(c.rng, 13)


def digits6(c):
    return evallib.digits(c.rng, 6)


GENERATORS = G
CUCM_HEADER_DECOYS = ["callingPartyNumber", "originalCalledPartyNumber", "finalCalledPartyNumber",
                      "callingPartyUnicodeLoginUserID", "origDeviceName"]

H3164 = "«ts» «host» "
H5424 = "<«pri»>1 «iso» «host».«idom» "

# ------------------------------------------------------------------ syslog

# 389 Directory Server access log: https://docs.redhat.com/zh_hans/documentation/red_hat_directory_server/12/html/configuration_and_schema_reference/assembly_log-files-reference_config-schema-reference-title
# (connection, SRCH/RESULT records); BIND/RESULT err=49 as in https://gist.github.com/lisa/712e72e6f2152683b722f0f75b9b12ea
dirsrv = shapes(
    "«dirts» conn=«conn» fd=«int3» slot=«int3» connection from «IPV4:ip4» to «IPV4:ip4»",
    "«dirts» conn=«conn» op=«int2» BIND dn=\"uid=«USERNAME:lcuser»,ou=People,dc=vastmanland,dc=local\" method=128 version=3",
    "«dirts» conn=«conn» op=«int2» RESULT err=49 tag=97 nentries=0 wtime=0.000«int3» optime=0.000«int3» etime=0.000«int3» - Invalid credentials",
    "«dirts» conn=«conn» op=«int2» SRCH base=\"ou=People,dc=riga-osta,dc=lan\" scope=2 filter=\"(|(mail=«EMAIL:email»)(telephoneNumber=«PHONE:phone»))\" attrs=ALL",
    "«dirts» conn=«conn» op=«int2» MOD dn=\"cn=«PERSON_NAME:fullname»,ou=Staff,dc=bratnet,dc=internal\"",
    "«dirts» conn=«conn» op=«int2» BIND dn=\"cn=Directory Manager\" method=128 version=3",
    "«dirts» conn=«conn» op=«int2» EXT oid=\"«~oid»\" name=\"start_tls_plugin\"",
    H3164 + "ns-slapd[«pid»]: «dirts» conn=«conn» op=«int2» SRCH base=\"dc=vastmanland,dc=local\" scope=2 filter=\"(uid=«USERNAME:lcuser»)\" attrs=\"memberOf mobile\"",
    H3164 + "ns-slapd[«pid»]: «dirts» conn=«conn» op=«int2» BIND dn=\"uid=«~sysacct»,cn=config\" method=128 version=3",
)

# Eclipse Mosquitto broker log: hui6075/mosquitto-cluster src/handle_connect.c (mosquitto's handle_connect.c,
# "New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s')", the port after an IPv6 address too) and
# src/loop.c ("Client %s disconnected, not authorised.", "Client %s has exceeded timeout, disconnecting.")
mosquitto = shapes(
    H3164 + "mosquitto[«pid»]: «epochs»: New connection from «IPV4:ip4»:«port» on port 8883.",
    H3164 + "mosquitto[«pid»]: «epochs»: New client connected from «IPV4:ip4»:«port» as «mqttid» (p2, c1, k60, u'«USERNAME:lcuser»').",
    H3164 + "mosquitto[«pid»]: «epochs»: New client connected from «IPV6:ip6»:«port» as shellyplus1pm-«MAC:macbare|l» (p2, c1, k60, u'«~sysacct»').",
    H3164 + "mosquitto[«pid»]: «epochs»: Client «mqttid» disconnected, not authorised.",
    H3164 + "mosquitto[«pid»]: «epochs»: Client «mqttid» has exceeded timeout, disconnecting.",
    "«epochs»: New client connected from «IPV4:ip4»:«port» as owntracks/«USERNAME:lcuser»/«product» (p2, c0, k120, u'«USERNAME:lcuser»').",
)

# Osmocom MSC/VLR log lines: osmocom/osmo-msc src/libvlr/vlr.c (subscriber named IMSI-...:MSISDN-...:TMSI-..., vlr_subscr_name: "%sTMSI-0x%08X", upper-case hex)
G["tmsi"] = lambda c: f"0x{c.rng.getrandbits(32):08X}"
osmo = shapes(
    H3164 + "osmo-msc[«pid»]: DVLR INFO vlr_lu_fsm.c:«int4» VLR_Authenticate(IMSI-«IMSI:imsi»:MSISDN-«PHONE:msisdn»:TMSI-«tmsi»)[0x«hex8»]{VLR_SUB_AS_WAIT_RESP}: Received Event VLR_AUTH_E_MS_AUTH_RESP",
    H3164 + "osmo-msc[«pid»]: DMM NOTICE msc_a.c:«int3» msc_a(IMSI-«IMSI:imsi»:MSISDN-«PHONE:msisdn»:TMSI-«tmsi»:GERAN-A-«cellid»:LU)[0x«hex8»]{MSC_A_ST_AUTHENTICATED}: Location Update accepted, LAC «~lac»",
    H3164 + "osmo-msc[«pid»]: DVLR DEBUG vlr.c:«int4» set IMEISV on subscriber; IMSI=«IMSI:imsi» IMEISV=«IMEI:imeisv»",
    H3164 + "osmo-hlr[«pid»]: DMAIN NOTICE hlr.c:«int3» IMSI-«IMSI:imsi»: Update Location Request from MSC, MSISDN «PHONE:msisdn», PLMN «~plmn»",
    H3164 + "osmo-msc[«pid»]: DMM INFO gsm_04_08.c:«int3» IMSI-«IMSI:imsi»: IMEI «IMEI:imeiplain» rejected by EIR; test IMSI «~fakeimsi» ignored",
    H3164 + "osmo-msc[«pid»]: DSMS INFO gsm_04_11.c:«int3» IMSI-«IMSI:imsi»:MSISDN-«PHONE:msisdn»: MO SMS to «~svcint» (SMSC «~svc»)",
)

# rspamd task log line: rspamd/rspamd src/libserver/cfg_utils (default log_format: "id: <$mid>,$if_qid{ qid: <$>,}
# $if_ip{ ip: $,}$if_user{ user: $,}$if_smtp_from{ from: <$>,} (default: $is_spam ($action): [$scores]
# [$symbols_scores_params]), len: $len, time: $time_real, dns req: $dns_req, digest: <$digest>$if_smtp_rcpts{ rcpts: <$>, }
# $if_mime_rcpt{ mime_rcpt: <$>, }"); symbols as NAME(score)
rspamd = shapes(
    H3164 + "rspamd[«pid»]: <«hex6»>; task; rspamd_task_write_log: id: <«hex12».«int4»@«edom»>, qid: <«qid»>, ip: «IPV4:ip4», from: <«EMAIL:email»>, (default: F (no action): [«score»/15.00] [«syms»]), len: «int4», time: «int3».1ms, dns req: «int2», digest: <«hash»>, rcpts: <«EMAIL:email2»>, mime_rcpt: <«EMAIL:email2»>, ",
    H3164 + "rspamd[«pid»]: <«hex6»>; task; rspamd_task_write_log: id: <«hex12»@«idom»>, qid: <«qid»>, ip: «IPV4:ip4», user: «USERNAME:lcuser», from: <«EMAIL:email»>, (default: T (reject): [«score»/15.00] [«syms»]), len: «int4», time: «int3».8ms, dns req: «int2», digest: <«hash»>, rcpts: <«EMAIL:email2»>, ",
    H3164 + "rspamd[«pid»]: <«hex6»>; task; rspamd_task_write_log: id: <undef>, qid: <«qid»>, ip: «IPV6:ip6», from: <«~rolemail»>, (default: F (add header): [«score»/15.00] [«syms»]), len: «int4», time: «int3».4ms, dns req: «int2», digest: <«hash»>, rcpts: <«EMAIL:email»>, mime_rcpt: <«EMAIL:email»>, ",
)
G["hex6"] = lambda c: evallib.hexs(c, 6)
G["hex12"] = lambda c: evallib.hexs(c, 12)

# in-house format: a door controller head end forwarding events over syslog (Latvian and Swedish text)
doors = shapes(
    H3164 + "accessd[«pid»]: EVT=GRANTED karte=«BADGE:badge» turētājs=\"«PERSON_NAME:fullname»\" durvis=\"«door»\" kontrolieris=«IPV4:ip4»",
    H3164 + "accessd[«pid»]: EVT=DENIED karte=«BADGE:badge» iemesls=\"karte bloķēta\" durvis=\"«door»\" fw=«~build»",
    H3164 + "accessd[«pid»]: EVT=PIN_FAIL kort=«BADGE:badge» innehavare=\"«PERSON_NAME:name»\" dörr=\"«door»\" försök=3",
    H3164 + "accessd[«pid»]: EVT=CARD_ISSUED kort=«BADGE:badge» till «PERSON_NAME:fullname» (anst.nr «emp») av «USERNAME:lcuser2»",
    H3164 + "accessd[«pid»]: EVT=DOOR_FORCED dörr=\"«door»\" larmnr «~ticket» kontroller «MAC:mac»",
)

# in-house format: an SMS firewall in a mobile operator (MO/MT filtering, SIM-box detection)
smsfw = shapes(
    H3164 + "smsfw[«pid»]: MT-BLOCK src=«PHONE:msisdn» dst=«PHONE:msisdn» imsi=«IMSI:imsi» rule=SPOOF-«int2» smsc=«~svcint»",
    H3164 + "smsfw[«pid»]: MO-ALLOW src=«PHONE:msisdn» dst=«~svcint» imsi=«IMSI:imsi» imei=«IMEI:imei» body=\"«smsbody»\"",
    H3164 + "smsfw[«pid»]: SIMBOX-SUSPECT imsi=«IMSI:imsi» imei=«IMEI:imeiplain» cells=«int2» calls=«int3» tac-bad=«~badimei»",
    H3164 + "smsfw[«pid»]: A2P src=\"VASTMANLAND\" dst=«PHONE:phoneintl» text=\"Jūsu kods: «~otp». Nesniedziet to nevienam.\" id=«~sessid»",
    H3164 + "smsfw[«pid»]: HOME-ROUTING imsi=«IMSI:imsi» vlr=«~bignum» msisdn=«PHONE:msisdn» test-imsi=«~fakeimsi»",
)

# in-house format: a hospital journal system's care-note audit in RFC 5424 (Latvian, Slovak, Czech,
# Croatian, Albanian, Swedish text)
care = pick(
    with_note(H5424 + "journal «pid» NOTE [audit@32473 user=\"«USERNAME:lcuser2»\" ward=\"«ward»\"] "),
    with_note(H5424 + "journal «pid» READ [audit@32473 user=\"«USERNAME:lcuser2»\" patient=\"«PERSONNUMMER:pnr12»\"] "),
    with_note(H3164 + "journal[«pid»]: note by «PERSON_NAME:name2» («emp»): "),
)

# in-house format: a service desk's call notes over syslog (Finnish, English, Korean, Indonesian, Yoruba)
desk = pick(
    with_note(H3164 + "sdesk[«pid»]: «~ticket» agent=«USERNAME:lcuser2» note=\""),
    with_note(H5424 + "sdesk «pid» CALLNOTE - ", " [ext «PHONE:dn»]"),
)

# in-house format: a parcel carrier's SMS notification gateway
parcelsms = shapes(
    H3164 + "notify[«pid»]: SMS queued to=«PHONE:phoneintl» parcel=«~parcel» tpl=arrival lang=lv",
    H3164 + "notify[«pid»]: SMS delivered to=«PHONE:phone» id=«uuid» text=\"Sveiki, «PERSON_NAME:given»! Sūtījums «~parcel» gaida pakomātā «place», kods «~otp».\"",
    H3164 + "notify[«pid»]: SMS failed to=«PHONE:phoneintl» err=absent-subscriber imsi=«IMSI:imsi» retry=«int2»",
    H3164 + "notify[«pid»]: recipient updated parcel=«~parcel» name=\"«PERSON_NAME:fullname»\" street=\"«street»\" phone=«PHONE:phonelocal»",
)

# ------------------------------------------------------------------ json

# SendGrid Event Webhook: https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (the webhook
# POSTs a batch as a JSON array; a collector logs one event object per line, which is what the json pack reads)
sendgrid = shapes(
    '{"email":"«EMAIL:email|j»","timestamp":«epochs»,"smtp-id":"<«hex12».«int4»@ismtpd-«int3»>","event":"processed","category":"invoice","sg_event_id":"«b64»","sg_message_id":"«rand20».filter0001.«int4».0"}',
    '{"email":"«EMAIL:email|j»","timestamp":«epochs»,"event":"open","ip":"«IPV4:ip4»","useragent":"«~useragent»","sg_event_id":"«b64»","sg_message_id":"«rand20».0","sg_machine_open":false}',
    '{"email":"«EMAIL:email|j»","timestamp":«epochs»,"event":"click","url":"https://shop.example/track?parcel=«~parcel»","ip":"«IPV6:ip6»","useragent":"«~useragent»","sg_event_id":"«b64»"}',
    '{"email":"«EMAIL:email|j»","timestamp":«epochs»,"event":"bounce","reason":"550 5.1.1 <«EMAIL:email|j»>: Recipient address rejected","status":"5.1.1","type":"bounce","ip":"«IPV4:ip4»","tls":1,"sg_event_id":"«b64»"}',
    '{"email":"«~rolemail»","timestamp":«epochs»,"smtp-id":"<«hex12».«int4»@ismtpd-«int3»>","event":"dropped","category":"invoice","reason":"Unsubscribed Address","status":"5.0.0","sg_event_id":"«b64»","sg_message_id":"«rand20».0"}',
    '{"email":"«EMAIL:email|j»","timestamp":«epochs»,"smtp-id":"<«hex12».«int4»@ismtpd-«int3»>","event":"delivered","category":"invoice","response":"250 OK","tls":1,"sg_event_id":"«b64»","sg_message_id":"«rand20».0"}',
)

# Shopify orders/create webhook: example payload at https://pastebin.com/bEB4QYzp and
# https://community.shopify.com/c/shopify-apis-and-sdks/missing-local-delivery-instruction-in-order-webhook-shipping/m-p/1258965/highlight/true
shopify = shapes(
    '{"id":«shopid»,"name":"«~orderno»","email":"«EMAIL:email|j»","phone":"«PHONE:e164»","currency":"EUR","total_price":"«price»","browser_ip":"«IPV4:ip4»","customer":{"id":«shopid»,"email":"«EMAIL:email|j»","first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","phone":"«PHONE:e164»","verified_email":true},"shipping_address":{"name":"«PERSON_NAME:fullname|j»","address1":"«street»","city":"«place»","phone":"«PHONE:phone»","country_code":"LV"}}',
    '{"id":«shopid»,"name":"«~orderno»","email":"«EMAIL:email|j»","phone":null,"note":"Zvanīt «PHONE:phone» pirms piegādes","token":"«hash»","shipping_lines":[{"code":"Pakomāts","phone":"«PHONE:e164»","price":"2.99"}],"line_items":[{"title":"«product»","sku":"«~build»","quantity":1}]}',
    '{"id":«shopid»,"email":"«EMAIL:email|j»","created_at":"«iso6»","first_name":"«PERSON_NAME:given|j»","last_name":"«PERSON_NAME:surname|j»","orders_count":«int2»,"state":"enabled","phone":"«PHONE:e164»","tags":"vip, «place»","default_address":{"phone":"«PHONE:phone»","city":"«place»"}}',
)

# Freshdesk ticket object: https://raw.githubusercontent.com/api-evangelist/freshdesk/refs/heads/main/json-schema/freshdesk-ticket-schema.json
# (status 2-5, priority 1-4, source 3 = phone; the object has no name/phone keys: the caller's name and callback
# number are the helpdesk's custom fields, cf_-prefixed as the schema's custom_fields says)
def freshdesk(ctx, rec, cols):
    evallib.render('{"id":«fdid»,"subject":"Sūdzība par piegādi «~orderno»","status":«fdstatus»,"priority":2,"source":3,"requester_id":«fdid»,"responder_id":«fdid»,'
                   '"email":"«EMAIL:email|j»","custom_fields":{"cf_callback_phone":"«PHONE:phone»","cf_caller_name":"«PERSON_NAME:name|j»"},"description_text":"', ctx, rec)
    T.render_note(ctx, rec, ctx.rng.choice(["lv", "sk", "cs", "hr", "en"]))
    evallib.render('","tags":["«place»","«~version»"],"created_at":"«iso0»"}', ctx, rec)


G["fdstatus"] = lambda c: str(c.rng.choice([2, 3, 4, 5]))


# in-house format: a Latvian/Slovak payroll export with local keys
payroll = shapes(
    '{"darbinieks":{"vards":"«PERSON_NAME:given|j»","uzvards":"«PERSON_NAME:surname|j»","tel":"«PHONE:phone»","epasts":"«EMAIL:email|j»"},"nr":"«emp»","konts":"«iban_bad»","summa":«price»}',
    '{"zamestnanec":"«PERSON_NAME:fullname|j»","osobne_cislo":"«emp»","telefon":"«PHONE:phonelocal»","mzda":«price»,"stredisko":"«~ticket»"}',
    '{"anstalld":{"namn":"«PERSON_NAME:fullname|j»","personnummer":"«PERSONNUMMER:pnr»","mobil":"«PHONE:mobilese»"},"arbetsgivare":"«ORGNR:orgnr»","felaktigt_pnr":"«~badpnr»","lon":«price»}',
)

# in-house format: a parcel locker network's tracking events
tracking = shapes(
    '{"event":"parcel.delivered","parcel":"«~parcel»","locker":"«place»-«int3»","recipient":{"phone":"«PHONE:e164»","email":"«EMAIL:email|j»"},"code":"«~otp»","ts":«epochms»}',
    '{"event":"parcel.recipient_changed","parcel":"«~parcel»","old":{"name":"«PERSON_NAME:fullname|j»","phone":"«PHONE:phone»"},"new":{"name":"«PERSON_NAME:fullname2|j»","phone":"«PHONE:phoneintl»"},"by":"«USERNAME:lcuser»"}',
    '{"event":"courier.scan","parcel":"«~parcel»","courier_device":{"imei":"«IMEI:imeiplain»","ip":"«IPV4:ip4»"},"gps":[56.9«int4»,24.1«int4»],"fw":"«~build»"}',
)

# in-house format: a hospital record system's access audit (JSON lines)
ehraudit = shapes(
    '{"ts":"«iso»","action":"chart.open","user":{"id":"«USERNAME:lcuser2»","name":"«PERSON_NAME:name2|j»"},"patient":{"pnr":"«PERSONNUMMER:pnr»","name":"«PERSON_NAME:fullname|j»"},"reason":"akut","ws":"«IPV4:ip4»"}',
    '{"ts":"«iso»","action":"chart.print","user":{"id":"«USERNAME:lcuser2»"},"patient":{"snr":"«SAMORDNINGSNUMMER:snr»"},"printer":"«host»","oid":"«~oid»"}',
    '{"ts":"«iso»","action":"contact.update","patient":{"pnr":"«PERSONNUMMER:pnr12»"},"changes":{"phone":["«PHONE:phone»","«PHONE:phone2»"]},"ward":"«ward»","rejected_pnr":"«~badpnr»"}',
)

# ------------------------------------------------------------------ kv-cef

# FortiMail log messages: https://docs.fortinet.com/document/fortimail/8.0.0/log-reference/292270 (schema) and
# .../log-reference/317612 (0300000506 SENDMAIL_ERROR), .../897250 (spam/admin), .../950757 (url), .../99382 (event smtp)
fortimail = shapes(
    "«datetime».«int3» log_id=0301000000 type=spam subtype=admin pri=information user=\"«USERNAME:lcuser»\" session_id=\"«fmsess»\" client_ip=\"«IPV4:ip4»\" from=\"\" to=\"\" subject=\"\" msg=\"Administrator «USERNAME:lcuser» released message '«fmsess»' from «IPV4:ip4».\"",
    "«datetime».«int3» log_id=0303000630 type=spam subtype=url pri=alert wf_cat_id=\"«int2»\" url=\"https://«edom»/x/«hex8»\" session_id=\"«fmsess»\" client_name=\"«host».«idom»\" client_ip=\"«IPV4:ip4»\" dst_ip=\"«IPV4:ip4»\" from=\"«EMAIL:email»\" to=\"«EMAIL:email2»\" subject=\"Rēķins «~orderno»\" msg=\"URL found\"",
    "«datetime».«int3» log_id=0003000121 type=event subtype=smtp pri=information user=mail ui=mail action=NONE status=N/A session_id=\"«fmsess»\" msg=\"to=<«EMAIL:email»>, delay=1, scan_delay=3, data_delay=5, from_ip=«IPV4:ip4», to_ip=«IPV4:ip4», mailer=proxy, stat=Sent\"",
    "date=«date» time=«time» device_id=«~fmdev» log_id=0701000001 type=kevent subtype=admin pri=information user=«USERNAME:lcuser» ui=GUI(«IPV4:ip4») action=login status=failure reason=passwd_invalid msg=\"User «USERNAME:lcuser» login failed from GUI(«IPV4:ip4»)\"",
    "«datetime».«int3» log_id=0300000506 type=spam subtype=default pri=information session_id=\"«fmsess»\" client_name=\"\" client_ip=\"\" dst_ip=\"\" from=\"«~rolemail»\" to=\"«EMAIL:email»\" subject=\"\" msg=\"Deferred: Connection timed out\"",
)

# OPSWAT MetaDefender Email Gateway Security CEF: https://www.opswat.com/docs/mdemail/operating/cef-syslog-message-format
mdemail = shapes(
    "«ts» UTC egs-001 CEF:0|OPSWAT|MDEMAIL|5.7.4|email.workflow|Sending email|2|OMSemailId=«int4»«int3» OMSuri=smtp://«IPV4:ip4»:25 OMSrecipients=QList(\"«EMAIL:email»\") OMSuseTls=false OMSforceTls=false OMSmsgid=«int4»",
    "«ts» UTC egs-001 CEF:0|OPSWAT|MDEMAIL|5.7.4|email.blocked|Blocked email|6|OMSemailId=«int4»«int3» OMSsender=«EMAIL:email» OMSrecipients=QList(\"«EMAIL:email2»\", \"«~rolemail»\") OMSsubject=Faktúra «~orderno» OMSsha256=«hash»",
    "CEF:0|OPSWAT|MDEMAIL|5.7.4|user.login|User login failed|5|suser=«USERNAME:lcuser» src=«IPV4:ip4» OMSversion=«~version» msg=Invalid password for «USERNAME:lcuser»",
)

# in-house format: an operator's HSS/PCRF in logfmt (Diameter ULR/CCR)
hss = shapes(
    "ts=«iso» level=info app=hss msg=\"ULR accepted\" imsi=«IMSI:imsi» msisdn=«PHONE:msisdn» imei=«IMEI:imeiplain» visited_plmn=«~plmn» mme=mme1.epc.mnc007.mcc240.3gppnetwork.org",
    "ts=«iso» level=warn app=pcrf msg=\"CCR-I rejected\" imsi=«IMSI:imsi» apn=«apn» ue_ip=«IPV4:ip4» session=«~sessid» rating_group=«~int4»",
    "ts=«iso» level=info app=hss msg=\"IMEI change\" imsi=«IMSI:imsi» old_imeisv=«IMEI:imeisv» new_imeisv=«IMEI:imeisv» check=«~badimei»",
    "ts=«iso» level=info app=provisioning msg=\"SIM swap\" msisdn=«PHONE:msisdn» old_imsi=«IMSI:imsi» operator=«USERNAME:lcuser» test_imsi=«~fakeimsi»",
)
G["int4"] = lambda c: str(c.rng.randint(1, 9999))

# in-house format: a visitor management kiosk in LEEF 2.0
visitor = shapes(
    "LEEF:2.0|Visitly|Kiosk|«~version»|CHECKIN|^|devTime=«iso»^usrName=«EMAIL:email»^visitorName=«PERSON_NAME:fullname»^visitorPhone=«PHONE:phoneintl»^host=«PERSON_NAME:name2»^badge=«BADGE:badge»^src=«IPV4:ip4»",
    "LEEF:2.0|Visitly|Kiosk|«~version»|CHECKOUT|^|devTime=«iso»^badge=«BADGE:badge»^site=«place»^kiosk=«MAC:mac»",
    "LEEF:2.0|Visitly|Kiosk|«~version»|WATCHLIST|^|devTime=«iso»^visitorName=«PERSON_NAME:fullname»^idDoc=«bignum»^reviewer=«USERNAME:lcuser2»",
    "LEEF:2.0|Visitly|Kiosk|«~version»|PREREG|^|devTime=«iso»^visitorName=«PERSON_NAME:fullname»^companyOrgNr=«ORGNR:orgnr»^usrName=«EMAIL:email»^host=«PERSON_NAME:name2»",
)

# in-house format: an e-commerce order API in logfmt
orderapi = shapes(
    "time=«iso» level=info method=POST path=/api/v2/orders status=201 order=«~orderno» customer_email=«EMAIL:email» phone=«PHONE:e164» ip=«IPV4:ip4» dur=«int3»ms",
    "time=«iso» level=warn msg=\"address validation failed\" order=«~orderno» name=\"«PERSON_NAME:fullname»\" street=\"«street»\" phone=\"«PHONE:phone»\"",
    "time=«iso» level=info msg=\"card declined\" order=«~orderno» card=«~badcard» user=«USERNAME:lcuser» ip=«IPV6:ip6» ua=\"«~useragent»\"",
    "time=«iso» level=info msg=\"b2b invoice customer\" order=«~orderno» orgnr=«ORGNR:orgnr» contact=\"«PERSON_NAME:fullname»\" email=«EMAIL:email» old_orgnr=«~badorgnr»",
)

# ------------------------------------------------------------------ asterisk-cdr
# Every row: Asterisk cdr_csv (asterisk/asterisk cdr/cdr_csv.c): accountcode, src, dst, dcontext, clid,
# channel, dstchannel, lastapp, lastdata, start, answer, end, duration, billsec, disposition, amaflags
# [, uniqueid [, userfield]]; strings quoted, duration and billsec bare. Dialplans are in-house.

CDR_TAIL16 = '"«cdrts»","«cdrts2»","«cdrts3»",«dur@du»,«bill»,"ANSWERED","DOCUMENTATION"'

# in-house format: a ferry line's booking centre (queues, international callers, service numbers)
ferry = shapes(
    '"","«PHONE:e164»","«~queuenum»","from-pstn","""«PERSON_NAME:name|q»"" <«PHONE:e164»>","PJSIP/telia-«hex8»","Local/«PHONE:dn»@agents-«hex8»;1","Queue","booking,t,,,300",' + CDR_TAIL16 + ',"«uniq»",""',
    '"«BADGE:badge»","«PHONE:dn»","«PHONE:phoneuri|d»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","PJSIP/telia-«hex8»","Dial","PJSIP/«PHONE:phoneuri|d»@telia,60",' + CDR_TAIL16 + ',"«uniq»","booking «~orderno»"',
    '"","«PHONE:dn»","«~svcdial»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","","Playback","ss-noservice",' + CDR_TAIL16,
    '"","anonymous","«~queuenum»","from-pstn","""Anonymous"" <anonymous>","PJSIP/telia-«hex8»","","Queue","groups,t",' + CDR_TAIL16 + ',"«uniq»"',
)

# in-house format: a social-alarm (trygghetslarm) centre: alarm units dial in, operators call relatives
alarm = shapes(
    '"«emp»","«PHONE:mobsedial»","«~hunt»","alarm-in","""«PERSON_NAME:fullname|q»"" <«PHONE:mobsedial»>","PJSIP/gsm-gw-«hex8»","PJSIP/«PHONE:dn»-«hex8»","Dial","PJSIP/op-group,45",' + CDR_TAIL16 + ',"«uniq»","unit imei «IMEI:imeiplain»"',
    '"«BADGE:badge»","«PHONE:dn»","«PHONE:phsedial»","from-internal","""Larmoperatör"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","PJSIP/trunk-«hex8»","Dial","PJSIP/«PHONE:phsedial»@trunk",' + CDR_TAIL16 + ',"«uniq»","anhörig till «PERSONNUMMER:pnr»"',
    '"","«PHONE:dn»","«~e112@em»","from-internal","""«PERSON_NAME:fullname|q»"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","DAHDI/g0-1","Dial","DAHDI/g0/«~@em»",' + CDR_TAIL16 + ',"«uniq»","larm «~ticket» ej «~badpnr»"',
    '"«BADGE:badge»","«PHONE:dn»","«PHONE:mobsedial»","from-internal","""Larmoperatör"" <«PHONE:dn»>","PJSIP/«PHONE:dn»-«hex8»","PJSIP/trunk-«hex8»","Dial","PJSIP/«PHONE:mobsedial»@trunk",' + CDR_TAIL16 + ',"«uniq»","anhörig till «SAMORDNINGSNUMMER:snr»"',
)

# in-house format: a Riga municipal switchboard (IVR, voicemail, Latvian numbers)
riga = shapes(
    '"","«PHONE:phoneuri|d»","«PHONE:dn»","ivr-lv","""«PERSON_NAME:name|q»"" <«PHONE:phoneuri|d»>","SIP/lattelecom-«hex8»","SIP/«PHONE:dn»-«hex8»","Dial","SIP/«PHONE:dn»,20,tT",' + CDR_TAIL16,
    '"","«PHONE:phoneuri|d»","*97«PHONE:dn»","ivr-lv","""«PHONE:phoneuri|d»"" <«PHONE:phoneuri|d»>","SIP/lattelecom-«hex8»","","VoiceMail","«PHONE:dn»@default,u",' + CDR_TAIL16,
    '"«emp»","«PHONE:dn»","«~svcdial@sv»","from-internal","""«PERSON_NAME:name|q»"" <«PHONE:dn»>","SIP/«PHONE:dn»-«hex8»","SIP/lattelecom-«hex8»","Dial","SIP/lattelecom/«~@sv»",' + CDR_TAIL16,
)

# ------------------------------------------------------------------ freeswitch-cdr
# Every row: FreeSWITCH mod_cdr_csv default template (freeswitch conf/vanilla/autoload_configs/cdr_csv.conf.xml):
# caller_id_name, caller_id_number, destination_number, context, start_stamp, answer_stamp, end_stamp,
# duration, billsec, hangup_cause, uuid, bleg_uuid, accountcode, read_codec, write_codec (all quoted).
FS_MID = '"«cdrts»","«cdrts2»","«cdrts3»","«dur@du»","«bill»","NORMAL_CLEARING","«uuid»","«uuid»"'

# in-house format: a courier dispatch (drivers calling customers, customers calling back)
courier = shapes(
    '"«PERSON_NAME:fullname|q»","«PHONE:dn»","«PHONE:phoneuri|d»","dispatch",' + FS_MID + ',"«BADGE:badge»","PCMA","PCMA"',
    '"«PHONE:phoneuri|d»","«PHONE:phoneuri|d»","«~queuenum»","public",' + FS_MID + ',"","OPUS","PCMA"',
    '"UNKNOWN","«~zeros»","«PHONE:dn»","public",' + FS_MID + ',"","PCMA","PCMA"',
    '"Courier «~int4»","«PHONE:dn»","«~svcdial»","dispatch",' + FS_MID + ',"DRV-«int3»","PCMA","PCMA"',
)

# in-house format: a school's absence line (guardians calling, voicemail, SMS callback)
school = shapes(
    '"«PERSON_NAME:name|q»","«PHONE:mobsedial»","«~hunt»","school",' + FS_MID + ',"","PCMU","PCMU"',
    '"«PERSON_NAME:fullname|q»","«PHONE:dn»","«PHONE:phsedial»","school",' + FS_MID + ',"«BADGE:badge»","G722","PCMA"',
    '"Frånvaro","«~hunt»","«~feature»","default",' + FS_MID + ',"","PCMA","PCMA"',
)

# ------------------------------------------------------------------ cisco-cucm-cdr
# Every row: the CUCM CDR field list in rules/cisco-cucm-cdr.toml (Cisco Unified CM CDR Administration Guide,
# https://www.cisco.com/c/en/us/support/unified-communications/unified-communications-manager-callmanager/products-maintenance-guides-list.html);
# the call scenarios are in-house.


def _base(ctx):
    return {"cdrRecordType": "1", "globalCallID_callManagerId": "1", "globalCallID_callId": "«callid»",
            "origLegCallIdentifier": "«legid»", "destLegIdentifier": "«legid»", "dateTimeOrigination": "«cucmts»",
            "dateTimeConnect": "«cucmts2»", "dateTimeDisconnect": "«cucmts3»", "duration": "«dur»",
            "origNodeId": "2", "destNodeId": "3", "pkid": "«uuid»", "origIpAddr": "«IPV4:ip4int»",
            "destIpAddr": "«IPV4:ip4int»", "globalCallId_ClusterID": "StandaloneCluster",
            "origMediaCap_payloadCapability": "4", "destMediaCap_payloadCapability": "4"}


# in-house format (scenario): emergency calls from SEP phones, routed through the emergency responder
def cucm_emergency(ctx, rec, cols):
    v = _base(ctx)
    num = ctx.rng.choice(["112", "911", "9112", "9911"])
    v.update({"callingPartyNumber": "«PHONE:dn»", "originalCalledPartyNumber": "«~@em»",
              "finalCalledPartyNumber": "«~@em»", "origDeviceName": "SEP«MAC:macbare»",
              "destDeviceName": "SIP-SBC-«place»", "callingPartyUnicodeLoginUserID": "«USERNAME:lcuser»",
              "callingPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_Emergency",
              "outpulsedCallingPartyNumber": "«PHONE:phsedial»", "outpulsedCalledPartyNumber": "«~@em»",
              "finalCalledPartyPattern": "«~@em»", "comment": "ELIN «~int4»"})
    ctx.memo["em"] = num
    cucm_row(ctx, rec, cols, v)


# in-house format (scenario): call forward all from a desk phone to the user's mobile
def cucm_cfa(ctx, rec, cols):
    v = _base(ctx)
    v.update({"callingPartyNumber": "«PHONE:phoneuri|d»", "originalCalledPartyNumber": "«PHONE:dn@d»",
              "finalCalledPartyNumber": "«PHONE:mobsedial»", "lastRedirectDn": "«PHONE:@d»",
              "origDeviceName": "SIP_Trunk_«place»", "destDeviceName": "SIP_Trunk_«place»",
              "origCalledPartyRedirectReason": "15", "lastRedirectRedirectReason": "15",
              "finalCalledPartyUnicodeLoginUserID": "«USERNAME:lcuser»",
              "originalCalledPartyNumber_uri": "«EMAIL:email»", "outpulsedCalledPartyNumber": "«PHONE:mobsedial»",
              "originalCalledPartyNumberPartition": "PT_DN", "finalCalledPartyPattern": "«~feature»"})
    cucm_row(ctx, rec, cols, v)


# in-house format (scenario): extension mobility users calling each other and hunt pilots
def cucm_em(ctx, rec, cols):
    v = _base(ctx)
    v.update({"callingPartyNumber": "«PHONE:dn»", "originalCalledPartyNumber": "«~hunt@h»",
              "finalCalledPartyNumber": "«PHONE:dn2»", "huntPilotDN": "«~@h»", "huntPilotPattern": "«~@h»",
              "calledPartyPatternUsage": "7", "wasCallQueued": "1", "totalWaitTimeInQueue": "«int2»",
              "origDeviceName": "SEP«MAC:macbare»", "destDeviceName": "CSF«USERNAME:lcuser2|U»",
              "callingPartyUnicodeLoginUserID": "«USERNAME:lcuser»", "finalCalledPartyUnicodeLoginUserID": "«USERNAME:lcuser2»",
              "callingPartyNumber_uri": "«EMAIL:email»", "finalCalledPartyNumber_uri": "«EMAIL:email2»",
              "clientMatterCode": "«~int4»", "authorizationLevel": "0"})
    cucm_row(ctx, rec, cols, v)


TEMPLATES = [
    ("syslog", "dirsrv-access", dirsrv),
    ("syslog", "mosquitto", mosquitto),
    ("syslog", "osmocom-msc-hlr", osmo),
    ("syslog", "rspamd-task", rspamd),
    ("syslog", "door-headend", doors),
    ("syslog", "sms-firewall", smsfw),
    ("syslog", "care-notes", care),
    ("syslog", "servicedesk-notes", desk),
    ("syslog", "parcel-sms", parcelsms),
    ("json", "sendgrid-events", sendgrid),
    ("json", "shopify-orders", shopify),
    ("json", "freshdesk-ticket", freshdesk),
    ("json", "payroll-export", payroll),
    ("json", "parcel-tracking", tracking),
    ("json", "ehr-access-audit", ehraudit),
    ("kv-cef", "fortimail", fortimail),
    ("kv-cef", "metadefender-email", mdemail),
    ("kv-cef", "hss-pcrf-logfmt", hss),
    ("kv-cef", "visitor-kiosk-leef", visitor),
    ("kv-cef", "order-api-logfmt", orderapi),
    ("asterisk-cdr", "ferry-booking", ferry),
    ("asterisk-cdr", "social-alarm", alarm),
    ("asterisk-cdr", "riga-switchboard", riga),
    ("freeswitch-cdr", "courier-dispatch", courier),
    ("freeswitch-cdr", "school-absence", school),
    ("cisco-cucm-cdr", "emergency", cucm_emergency),
    ("cisco-cucm-cdr", "forward-to-mobile", cucm_cfa),
    ("cisco-cucm-cdr", "hunt-extension-mobility", cucm_em),
]
