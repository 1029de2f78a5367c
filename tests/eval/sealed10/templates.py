"""Templates of sealed10, the thirteenth pair's kept-aside half (never tuned on).

Each template is a callable (ctx, rec, cucm_columns) that picks one of
several shapes of its product. Above each: the public source of its shape,
or `in-house format`. No product here is in wild10.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import thirteenthlib as L  # noqa: E402
from thirteenthlib import W, jw, cw, pick, person, display, login, mail, ph, dialled, ext  # noqa: E402

NEG = L.NEG
GENERATORS = {}
CUCM_HEADER_DECOYS = ["originalCalledPartyNumber", "finalCalledPartyUnicodeLoginUserID", "destDeviceName", "lastRedirectDn"]


def pri(ctx):
    return f"<{pick(ctx, [13, 14, 29, 30, 131, 134, 150, 158])}>"


def hdr(ctx, w, host, tag, pid=True):
    w.t(f"{pri(ctx)}{L.bsd(ctx)} {host} {tag}")
    if pid:
        w.t(f"[{ctx.rng.randint(300, 65000)}]")
    w.t(": ")


def seq(w, parts):
    """Writes a list of str (text) and (TYPE or NEG, value) pairs."""
    for x in parts:
        if isinstance(x, str):
            w.t(x)
        elif x[0] == NEG:
            w.n(x[1])
        else:
            w.p(x[0], x[1])


# ------------------------------------------------------------------ syslog

# coturn, src/server/ns_turn_server.c, log_method(): "session %018llu: realm <%s> user <%s>: incoming packet
# %s processed, success" (and with "origin <%s>"), plus its error form "..., error %d: %s"; peer lines
# "session %018llu: peer %s lifetime updated" (github coturn/coturn).
def coturn(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["turn1", "turn.meet.example.dk"]), "turnserver")
    w.t(f"{ctx.rng.randint(1, 99999)}: ")
    sess = f"{ctx.rng.randint(0, 9):03d}" + L.dig(ctx, 15)
    p = person(ctx)
    realm = pick(ctx, ["meet.example.dk", "video.kommun.example.se", "tele.uni.example.fi"])
    shape = pick(ctx, ["ok", "origin", "err", "peer", "closed"])
    w.t(f"session {sess}: ")
    if shape == "peer":
        w.t("peer ").p("IPV4", L.ip4(ctx)).t(" lifetime updated: 300")
        return
    if shape == "closed":
        w.t("closed (2nd stage), user <").p("USERNAME", login(ctx, p)).t(f"> realm <{realm}> origin <>, local ")
        w.p("IPV4", L.ip4(ctx)).t(":3478, remote ").p("IPV4", L.ip4(ctx)).t(f":{ctx.rng.randint(1024, 65535)}, reason: allocation timeout")
        return
    if shape == "origin":
        w.t(f"origin <https://{realm}> ")
    w.t(f"realm <{realm}> user <")
    if ctx.rng.random() < 0.3:
        # time-limited REST credentials: "<expiry>:<user>"
        w.n(L.epoch(ctx, 86400)).t(":")
    w.p("USERNAME", login(ctx, p)).t(f">: incoming packet {pick(ctx, ['ALLOCATE', 'REFRESH', 'CREATE_PERMISSION', 'CHANNEL_BIND'])} processed, ")
    w.t("error 401: Unauthorized" if shape == "err" else "success")


# Libreswan pluto, programs/pluto/ikev1_xauth.c: "XAUTH: User %s: Authentication Successful" and the
# soft-fail and failure forms; log prefix "\"<conn>\"[n] <peer ip> #<state>: " (github libreswan/libreswan).
def libreswan(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["vpn-gw1", "ipsec.stad.example.dk"]), "pluto")
    p = person(ctx)
    conn = pick(ctx, ["xauth-psk", "roadwarrior", "ikev1-mobile"])
    w.t(f'"{conn}"[{ctx.rng.randint(1, 300)}] ').p("IPV4", L.ip4(ctx)).t(f" #{ctx.rng.randint(1, 9000)}: ")
    shape = pick(ctx, ["ok", "fail", "soft", "lease", "md5"])
    u = login(ctx, p)
    if shape == "ok":
        w.t("XAUTH: User ").p("USERNAME", u).t(": Authentication Successful")
    elif shape == "fail":
        w.t("XAUTH: User ").p("USERNAME", u).t(": Authentication Failed: Incorrect Username or Password")
    elif shape == "soft":
        w.t("XAUTH: authentication for ").p("USERNAME", u).t(" failed, but policy is set to soft fail")
    elif shape == "md5":
        w.t("XAUTH: md5 authentication being called to authenticate user ").p("USERNAME", u)
    else:
        w.t("modecfg: Sending IP request (MODECFG_I1) lease ").p("IPV4", L.ip4(ctx)).t(" to ").p("USERNAME", u)


# ocserv (OpenConnect VPN server), src/main-worker-cmd.c: mslog() "user logged in" and "failed authentication
# attempt for user '%s'", both prefixed by src/log.c's "main[<user>]:<ip>:<port> " (the user is already known
# when the attempt fails); worker lines "worker[<user>]: <ip> sending IPv4 %s" and "sending IPv6 %s/%u"
# (src/worker-vpn.c) (github openconnect/ocserv).
def ocserv(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["vpn2", "anyconnect.kommun.example.se"]), "ocserv")
    p = person(ctx)
    u = login(ctx, p) if ctx.rng.random() < 0.7 else mail(ctx, p)
    typ = "EMAIL" if "@" in u else "USERNAME"
    shape = pick(ctx, ["in", "fail", "worker", "v6"])
    ip = L.ip4(ctx)
    if shape == "fail":
        w.t("main[").p(typ, u).t("]:").p("IPV4", ip).t(f":{ctx.rng.randint(1024, 65535)} failed authentication attempt for user '").p(typ, u).t("'")
        return
    who = "main" if shape == "in" else "worker"
    w.t(f"{who}[").p(typ, u).t("]:")
    if shape == "in":
        w.p("IPV4", ip).t(f":{ctx.rng.randint(1024, 65535)} user logged in")
    elif shape == "worker":
        w.t(" ").p("IPV4", ip).t(" sending IPv4 ").p("IPV4", L.ip4(ctx))
    else:
        w.t(" ").p("IPV4", ip).t(" sending IPv6 ").p("IPV6", L.ip6(ctx, "short")).t("/64")


MIGRATION = {
    "ar": ["اتصل المراجع ", " بخصوص موعد الإقامة. الهاتف ", ". رقم الملف ", ". الطوارئ ", "."],
    "fa": ["مراجعه‌کننده ", " برای وقت ملاقات تماس گرفت. تلفن ", ". شماره پرونده ", ". اورژانس ", "."],
    "ur": ["درخواست گزار ", " نے ملاقات کے لیے فون کیا۔ فون ", "۔ فائل نمبر ", "۔ ایمرجنسی ", "۔"],
    "so": ["Codsade ", " wuxuu wacay ballan dartiis. Tel ", ". Kiiska ", ". Degdeg ", "."],
    "ti": ["ኣመልካቲ ", " ንቆጸራ ደዊሉ። ስልኪ ", "። ቁጽሪ ፋይል ", "። ህጹጽ ", "።"],
    "am": ["አመልካች ", " ለቀጠሮ ደውለዋል። ስልክ ", "። የፋይል ቁጥር ", "። ድንገተኛ ", "።"],
}


# in-house format: a municipal reception office's call notes (newcomers' appointments), RFC 5424 with structured data
def reception_notes(ctx, rec, cols):
    w = W(rec)
    lang = pick(ctx, list(MIGRATION))
    a, b, c, d, e = MIGRATION[lang]
    w.t(f"<{pick(ctx, [133, 134])}>1 {L.iso(ctx)} mottagning-app notes {ctx.rng.randint(300, 9000)} NOTE ")
    w.t('[case@32473 handler="').p("USERNAME", login(ctx, person(ctx, 1))).t(f'" lang="{lang}"] ')
    p = person(ctx)
    w.t(a).p("PERSON_NAME", display(ctx, p)).t(b).p("PHONE", ph(ctx)).t(c).n(f"MIG-{2025}-{L.dig(ctx, 6)}")
    if ctx.rng.random() < 0.5:
        w.t(" (").p("SAMORDNINGSNUMMER", L.snr(ctx)).t(")")
    elif ctx.rng.random() < 0.3:
        w.t(" (").n(L.snr(ctx, broken=True)).t(")")
    w.t(d).n(pick(ctx, ["112", "1177", "114 14"])).t(e)


SIMSHOP = {
    "th": ["ลูกค้า ", " ลงทะเบียนซิมใหม่ เบอร์ ", " IMEI ", " ICCID ", " แจ้งเหตุ 191"],
    "vi": ["Khách hàng ", " đăng ký SIM mới, số ", ", IMEI ", ", ICCID ", ". Cấp cứu 115"],
    "zh": ["客户 ", " 办理新SIM卡，号码 ", "，IMEI ", "，ICCID ", "。急救 120"],
    "hi": ["ग्राहक ", " ने नया सिम पंजीकृत किया, नंबर ", ", IMEI ", ", ICCID ", "। आपातकाल 112"],
    "tr": ["Müşteri ", " yeni SIM kaydı yaptı, numara ", ", IMEI ", ", ICCID ", ". Acil 112"],
}


# in-house format: a mobile operator's shop terminals logging SIM registrations (RFC 3164)
def simshop_notes(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, f"pos-{pick(ctx, ['kbh', 'malmo', 'hki', 'ist'])}-{ctx.rng.randint(1, 30):02d}", "simreg")
    lang = pick(ctx, list(SIMSHOP))
    a, b, c, d, e = SIMSHOP[lang]
    p = person(ctx)
    w.t(f"clerk=").p("USERNAME", login(ctx, person(ctx, 1))).t(f" lang={lang} ")
    w.t(a).p("PERSON_NAME", display(ctx, p)).t(b).p("PHONE", ph(ctx)).t(c)
    if ctx.rng.random() < 0.25:
        w.n(L.imei(ctx, broken=True))
    else:
        w.p("IMEI", L.imei(ctx, style=pick(ctx, ["plain", "plain", "dash", "tac"])))
    w.t(d).v("89" + L.dig(ctx, 17))  # the customer's SIM serial: personal, no type; unlabelled
    if ctx.rng.random() < 0.5:
        w.t(" IMSI ").p("IMSI", L.imsi(ctx))
    pre, _, num = e.rpartition(" ")
    w.t(pre + " ").n(num)


INTL = {
    "uk": ["Студент ", " просить змінити гуртожиток. E-mail ", ", тел. ", ". Картка доступу ", "."],
    "ru": ["Студентка ", " сообщила о потере карты. E-mail ", ", тел. ", ". Номер карты ", "."],
    "da": ["Studerende ", " har mistet adgangskort. Mail ", ", tlf. ", ". Kort ", "."],
    "fi": ["Opiskelija ", " pyytää uutta kulkukorttia. Sähköposti ", ", puh. ", ". Kortti ", "."],
    "sv": ["Student ", " vill byta boende. Mejl ", ", tel. ", ". Passerkort ", "."],
}


# in-house format: a university international office's case system, free-text notes (RFC 3164)
def intl_office(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, "io-case01", "ionotes")
    lang = pick(ctx, list(INTL))
    a, b, c, d, e = INTL[lang]
    p = person(ctx)
    w.t("ticket=").n(f"IO-{L.dig(ctx, 5)}").t(" ")
    w.t(a).p("PERSON_NAME", display(ctx, p)).t(b).p("EMAIL", mail(ctx, p)).t(c).p("PHONE", ph(ctx)).t(d)
    w.p("BADGE", L.badge(ctx)).t(e)
    if lang == "sv" and ctx.rng.random() < 0.6:
        w.t(" pnr ").p("PERSONNUMMER", L.pnr(ctx))


# in-house format: a hotel property-management system's interface log (check-in, key cards, guest messages);
# the guest number and the folio single out one guest: personal, no type; unlabelled
def hotel_pms(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, "pms-hotelnord", "ifc8")
    p = person(ctx)
    ev = pick(ctx, ["GI", "GO", "KEY", "MSG"])
    w.t(f"{ev}|RN{ctx.rng.randint(101, 1450)}|G#").v(L.dig(ctx, 8)).t("|GN")
    w.p("PERSON_NAME", f"{L.fold(p['surname_l'])},{L.fold(p['given_l'])}" if ctx.rng.random() < 0.5 else display(ctx, p))
    if ev == "GI":
        w.t("|GT").p("PHONE", ph(ctx)).t("|GE").p("EMAIL", mail(ctx, p)).t("|GL").t(pick(ctx, ["EA", "AR", "TH", "VI", "ZH"]))
    elif ev == "KEY":
        w.t(f"|KC{ctx.rng.randint(1, 3)}").t("|WS").t(pick(ctx, ["FRONT1", "FRONT2"])).t("|OP").p("USERNAME", login(ctx, person(ctx, 1)))
    elif ev == "MSG":
        w.t("|MT").t(pick(ctx, ["Ring receptionen på ", "Call reception on ", "Bitte rufen Sie "]))
        w.n("+45 33 11 22 33") if ctx.rng.random() < 0.5 else w.t(pick(ctx, ["9", "0"]))
    else:
        w.t(f"|FO").v(f"F{L.dig(ctx, 7)}").t("|WS").t("FRONT1")
    w.t(f"|DA{L.when(ctx):%y%m%d}|TI{L.when(ctx):%H%M%S}|")


# in-house format: a public-transport operator's ticket validators (travel cards, mobile tickets, inspections)
def validator(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, f"val-bus{ctx.rng.randint(100, 999)}", "validator")
    ev = pick(ctx, ["tap", "mticket", "inspect", "gps"])
    w.t(f"ev={ev} line={pick(ctx, ['4A', '150', '5E', 'M2'])} stop={pick(ctx, ['Nørreport', 'Hakaniemi', 'Triangeln', 'Kadıköy'])} ")
    if ev == "tap":
        # a travel card's serial is the holder's, but no type names it: unlabelled
        w.t(f"card={L.dig(ctx, 10)} product=30d result=ok")
    elif ev == "mticket":
        w.t("msisdn=").p("PHONE", L.ph(ctx, style="cc")).t(" ticket=").n(f"MT{L.hexs(ctx, 10).upper()}").t(" result=ok")
    elif ev == "inspect":
        p = person(ctx)
        w.t("inspector=").p("BADGE", L.badge(ctx)).t(' passenger="').p("PERSON_NAME", display(ctx, p))
        w.t('" fine=').n(f"KA{L.dig(ctx, 8)}").t(" pnr=").p("PERSONNUMMER", L.pnr(ctx, style=pick(ctx, ["10-", "12-", "12"])))
    else:
        w.t(f"lat=55.{L.dig(ctx, 5)} lon=12.{L.dig(ctx, 5)} modem_imei=").p("IMEI", L.imei(ctx)).t(" apn_ip=").p("IPV4", L.ip4(ctx))


# ------------------------------------------------------------------ json

# Adyen standard webhooks (notificationItems[].NotificationRequestItem with additionalData, amount, eventCode,
# pspReference, merchantReference, success): https://docs.adyen.com/development-resources/webhooks/webhook-types/
# and the additionalData fields shopperEmail, shopperIP, shopperName, cardHolderName. The shopperReference is the
# merchant's id of one shopper: personal, no type; unlabelled.
def adyen(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    ev = pick(ctx, ["AUTHORISATION", "CHARGEBACK", "REFUND", "NOTIFICATION_OF_CHARGEBACK"])
    w.t('{"live":"false","notificationItems":[{"NotificationRequestItem":{"additionalData":{')
    if ev == "AUTHORISATION":
        w.t('"shopperEmail":"').p("EMAIL", mail(ctx, p)).t('","shopperIP":"').p("IPV4", L.ip4(ctx))
        w.t('","cardHolderName":"').p("PERSON_NAME", L.fold(p["full_l"]).upper() if ctx.rng.random() < 0.5 else display(ctx, p))
        w.t('","cardSummary":"').t(L.dig(ctx, 4)).t('","expiryDate":"').t(f"{ctx.rng.randint(1, 12):02d}/20{ctx.rng.randint(26, 31)}")
        w.t('","authCode":"').n(L.dig(ctx, 6)).t('","shopperReference":"').v(f"cust-{L.dig(ctx, 7)}").t('"},')
    elif ev in ("CHARGEBACK", "NOTIFICATION_OF_CHARGEBACK"):
        w.t('"chargebackReasonCode":"').n(pick(ctx, ["10.4", "4837", "13.1"])).t('","modificationMerchantReferences":"","shopperName":"')
        w.p("PERSON_NAME", display(ctx, p)).t('","defenseDeadline":"').t(L.iso(ctx, 864000, ms=False)).t('"},')
    else:
        w.t('"shopperEmail":"').p("EMAIL", mail(ctx, p)).t('","refundReason":"').t(pick(ctx, ["Avbokning", "İptal", "Скасування"])).t('"},')
    w.t(f'"amount":{{"currency":"{pick(ctx, ["SEK", "DKK", "EUR", "TRY"])}","value":{ctx.rng.randint(500, 900000)}}},')
    w.t(f'"eventCode":"{ev}","eventDate":"{L.iso(ctx, ms=False)}","merchantAccountCode":"').n(pick(ctx, ["HotelNordECOM", "StadBiblioteketPOS", "TolkServiceECOM"]))
    w.t('","merchantReference":"').n(f"ORD-{L.dig(ctx, 8)}").t('","paymentMethod":"').t(pick(ctx, ["visa", "mc", "mobilepay", "swish"]))
    w.t('","pspReference":"').n("".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)))
    w.t(f'","reason":"","success":"{pick(ctx, ["true", "false"])}"}}}}]}}')


# Infobip SMS API, delivery reports ("results": [{bulkId, messageId, to, sentAt, doneAt, smsCount, price,
# status{groupName,name}, error}]) and inbound messages ({messageId, from, to, text, cleanText, keyword,
# receivedAt}) (https://www.infobip.com/docs/api/channels/sms).
def infobip(ctx, rec, cols):
    w = jw(rec)
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    num = L.spell(ctx, c, L.nsn(ctx, c), "cc")
    if ctx.rng.random() < 0.55:
        w.t('{"results":[{"bulkId":"').n(L.uuid(ctx)).t('","messageId":"').n(L.hexs(ctx, 24)).t('","to":"').p("PHONE", num)
        w.t(f'","sentAt":"{L.iso(ctx)[:-1]}+0000","doneAt":"{L.iso(ctx, 4)[:-1]}+0000","smsCount":1,"mccMnc":"').n(pick(ctx, ctx.pools.PLMNS))
        st = pick(ctx, [("DELIVERED", "DELIVERED_TO_HANDSET"), ("UNDELIVERABLE", "UNDELIVERABLE_REJECTED_OPERATOR"), ("EXPIRED", "EXPIRED_EXPIRED")])
        w.t(f'","price":{{"pricePerMessage":0.0{ctx.rng.randint(10, 99)},"currency":"EUR"}},"status":{{"groupName":"{st[0]}","name":"{st[1]}"}},')
        w.t('"error":{"groupName":"OK","name":"NO_ERROR","permanent":false},"callbackData":"').t(pick(ctx, ["booking-reminder", "otp", "appointment"])).t('"}]}')
        return
    p = person(ctx)
    kw = pick(ctx, ["TID", "STOP", "HJÆLP", "TOLK"])
    texts = [("Mitt namn är ", "", "PERSON_NAME"), ("Моя пошта ", "", "EMAIL"), ("Yeni numaram ", "", "PHONE"),
             ("Tên tôi là ", "", "PERSON_NAME"), ("رقمي الجديد ", "", "PHONE"), ("", "", None)]
    a, b, t = pick(ctx, texts)
    w.t('{"results":[{"messageId":"').n(L.hexs(ctx, 24)).t('","from":"').p("PHONE", num).t('","to":"').n(pick(ctx, ["4571990000", "46700000020", "72445"]))
    for key in ("text", "cleanText"):
        w.t(f'","{key}":"').t(f"{kw} " if key == "text" else "").t(a)
        if t == "PERSON_NAME":
            w.p(t, p["full"])
        elif t == "EMAIL":
            w.p(t, mail(ctx, p))
        elif t == "PHONE":
            w.p(t, ph(ctx))
        else:
            w.t("OK")
        w.t(b)
    w.t(f'","keyword":"{kw}","receivedAt":"{L.iso(ctx)[:-1]}+0000","smsCount":1,"price":{{"pricePerMessage":0,"currency":"EUR"}},"callbackData":null}}],"messageCount":1,"pendingMessageCount":0}}')


# Intercom webhooks, notification_event envelope (type, app_id, data.item, id, topic, delivery_status,
# created_at) with contact and conversation items (https://developers.intercom.com/docs/references/webhooks/webhook-models).
# Contact, external, author and admin ids single out one person: unlabelled; app, conversation and
# notification ids stay look-alikes.
def intercom(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    topic = pick(ctx, ["contact.user.created", "contact.lead.signed_up", "conversation.user.created", "conversation.admin.replied"])
    w.t('{"type":"notification_event","app_id":"').n(L.hexs(ctx, 8)).t('","data":{"type":"notification_event_data","item":{')
    if topic.startswith("contact"):
        w.t('"type":"contact","id":"').v(L.hexs(ctx, 24)).t('","role":"').t("lead" if "lead" in topic else "user")
        w.t('","email":"').p("EMAIL", mail(ctx, p)).t('","phone":"').p("PHONE", L.ph(ctx, style="e164"))
        w.t('","name":"').p("PERSON_NAME", display(ctx, p)).t('","external_id":"').v(L.dig(ctx, 9))
        w.t('","location":{"type":"location","country":"').t(pick(ctx, ["Denmark", "Türkiye", "Ukraine", "Viet Nam"]))
        w.t('","city":"').t(pick(ctx, ["Aarhus", "İzmir", "Lviv", "Hà Nội"])).t('"},"browser_language":"').t(pick(ctx, ["da", "tr", "uk", "vi"]))
        w.t(f'","signed_up_at":').n(L.epoch(ctx)).t('}}')
    else:
        admin = person(ctx, 1)
        w.t('"type":"conversation","id":"').n(L.dig(ctx, 14)).t('","source":{"type":"conversation","author":{"type":"')
        if topic.endswith("replied"):
            w.t('admin","id":"').v(L.dig(ctx, 7)).t('","name":"').p("PERSON_NAME", admin["given"]).t('","email":"').p("EMAIL", mail(ctx, admin, "stad.example.dk"))
            w.t('"},"body":"<p>').t(pick(ctx, ["Hej, vi ringer dig på ", "Merhaba, sizi arayacağız: ", "Вітаю, зателефонуємо на "]))
            w.p("PHONE", ph(ctx)).t('</p>"}}}')
        else:
            w.t('user","id":"').v(L.hexs(ctx, 24)).t('","name":"').p("PERSON_NAME", display(ctx, p)).t('","email":"').p("EMAIL", mail(ctx, p))
            w.t('"},"body":"<p>').t(pick(ctx, ["Jeg har glemt mit kodeord, min mail er ", "Unohdin salasanani, sähköposti ", "Забув пароль, пошта "]))
            w.p("EMAIL", mail(ctx, p)).t('</p>"}}}')
    w.t(',"links":{},"id":"').n("notif_" + L.uuid(ctx)).t(f'","topic":"{topic}","delivery_status":"pending","delivery_attempts":1,"delivered_at":0,"first_sent_at":')
    w.n(L.epoch(ctx)).t(',"created_at":').n(L.epoch(ctx)).t(',"self":null}')


# Viber REST Bot API callbacks: message (sender{id,name,avatar,language,country,api_version}, message{type,
# text|contact{name,phone_number}}), subscribed (user{...}), delivered (user_id)
# (https://developers.viber.com/docs/api/rest-bot-api/#callbacks). The user id and the avatar's download id
# single out one person: unlabelled.
def viber(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    uid = "".join(ctx.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)) + "=="
    ev = pick(ctx, ["message", "contact", "subscribed", "delivered"])
    w.t(f'{{"event":"{"message" if ev == "contact" else ev}","timestamp":').n(L.epoch(ctx) + f"{ctx.rng.randint(0, 999):03d}")
    if ev == "delivered":
        w.t(f',"message_token":{ctx.rng.randint(10 ** 18, 9 * 10 ** 18)},"user_id":"{uid}"}}')
        return
    w.t(',"chat_hostname":"SN-').t(str(ctx.rng.randint(100, 999))).t('_","message_token":').t(str(ctx.rng.randint(10 ** 18, 9 * 10 ** 18)))
    key = "user" if ev == "subscribed" else "sender"
    w.t(f',"{key}":{{"id":"{uid}","name":"').p("PERSON_NAME", display(ctx, p, latin=False) if ctx.rng.random() < 0.6 else p["given"])
    w.t(f'","avatar":"https://media-direct.cdn.viber.com/download_photo?dlid=').v(L.hexs(ctx, 40))
    w.t(f'","language":"{pick(ctx, ["uk", "ru", "ar", "vi", "tr", "da"])}","country":"{pick(ctx, ["UA", "EG", "VN", "TR", "DK", "SE"])}","api_version":10}}')
    if ev == "subscribed":
        w.t("}")
        return
    if ev == "contact":
        w.t(',"message":{"type":"contact","contact":{"name":"').p("PERSON_NAME", display(ctx, person(ctx, 1))).t('","phone_number":"')
        w.p("PHONE", L.ph(ctx, style=pick(ctx, ["e164", "cc"]))).t('"}},"silent":false}')
    else:
        w.t(',"message":{"type":"text","text":"').t(pick(ctx, ["Доброго дня! Мій номер ", "Merhaba, numaram ", "Xin chào, số của tôi là ", "مرحبا رقمي "]))
        w.p("PHONE", ph(ctx)).t('","tracking_data":"').n(f"tolk-{L.dig(ctx, 6)}").t('"},"silent":false}')


# in-house format: a Danish/Swedish municipality's benefits case export (Danish keys), one object per line
def benefits_export(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    w.t('{"sagsnummer":"').n(f"{2025}-{L.dig(ctx, 6)}").t('","ansoger":{"fornavn":"').p("PERSON_NAME", p["given"])
    w.t('","efternavn":"').p("PERSON_NAME", p["surname"]).t('",')
    r = ctx.rng.random()
    if r < 0.5:
        w.t('"personnummer":"').p("PERSONNUMMER", L.pnr(ctx)).t('"')
    elif r < 0.8:
        w.t('"samordningsnummer":"').p("SAMORDNINGSNUMMER", L.snr(ctx)).t('"')
    else:
        # a case worker's typo: the check digit is wrong
        w.t('"personnummer":"').n(L.pnr(ctx, broken=True)).t('"')
    w.t(',"telefon":"').p("PHONE", ph(ctx)).t('","email":"').p("EMAIL", mail(ctx, p)).t('","tolk":')
    w.t(f'"{pick(ctx, ["arabisk", "somalisk", "tigrinya", "ukrainsk", "farsi"])}"}},')
    if ctx.rng.random() < 0.55:
        # an employed applicant's employer
        w.t('"arbejdsgiver":{"navn":"').t(pick(ctx, ["Nordisk Rengøring ApS", "Byggservice AB", "Öresund Logistik AB"]))
        w.t('","orgnr":"').p("ORGNR", L.orgnr(ctx)).t('"},')
    w.t('"sagsbehandler":"').p("USERNAME", login(ctx, person(ctx, 1)))
    w.t('","borgerservice":"').n(pick(ctx, ["+45 33 66 33 66", "0771-88 00 00", "+45 70 10 18 18"])).t('"}')


# in-house format: an EV charging operator's session export (OCPP idTags, connectors, app users)
def charging_sessions(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    w.t('{"sessionId":').n(str(ctx.rng.randint(10 ** 8, 10 ** 9))).t(f',"chargePointId":"CP-{pick(ctx, ["KBH", "MMO", "ESP"])}-{L.dig(ctx, 4)}","connectorId":{ctx.rng.randint(1, 2)},')
    w.t(f'"start":"{L.iso(ctx)}","stop":"{L.iso(ctx, ctx.rng.randint(600, 20000))}","kWh":{ctx.rng.randint(1, 80)}.{L.dig(ctx, 2)},')
    # an RFID idTag is the card holder's, but no type names it: unlabelled
    w.t('"idTag":"').t(L.hexs(ctx, 8).upper()).t('","user":{"email":"').p("EMAIL", mail(ctx, p)).t('","name":"')
    w.p("PERSON_NAME", display(ctx, p)).t('","phone":"').p("PHONE", L.ph(ctx, style="e164")).t('"')
    if ctx.rng.random() < 0.35:
        w.t(',"company":{"orgnr":"').p("ORGNR", L.orgnr(ctx)).t('","invoiceRef":"').n(f"INV{L.dig(ctx, 7)}").t('"}')
    w.t('},"modem":{"imei":"').p("IMEI", L.imei(ctx)).t('","ip":"').p("IPV6", L.ip6(ctx)).t('"},"firmware":"').n(pick(ctx, ctx.pools.VERSIONS)).t('"}')


# ------------------------------------------------------------------ kv-cef

# VMware Carbon Black CEF: Cloud Endpoint Standard syslog connector (|CarbonBlack|CbDefense_Syslog_Connector|,
# rt="MMM dd yyyy HH:mm:ss", dvc, dvchost, duser, cs4 threat id) and App Control (|Carbon Black|Protection|,
# externalId, cat, dst, dhost, duser, dvchost, msg, sproc), as ExabeamLabs/Content-Doc parses them
# (DataSources/VMware/VMware_Carbon_Black_Cloud_Endpoint_Standard/Parsers/parserContent_cef-carbonblack-security-alert.md,
# DataSources/VMware/VMware_Carbon_Black_App_Control/Ps/pC_cefcarbonblackprocessalert.md).
def carbonblack(ctx, rec, cols):
    w = cw(rec)
    p = person(ctx)
    dom = pick(ctx, ["STAD", "KOMMUN", "TOLK"])
    host_fmt = pick(ctx, ["{g}-LT", "PC-{g}", "{g}PC01"])
    if ctx.rng.random() < 0.5:
        t = L.when(ctx)
        w.t(f"{L.bsd(ctx)} cbdefense CEF:0|CarbonBlack|CbDefense_Syslog_Connector|2.0|Active_Threat|")
        w.t(pick(ctx, ["A known virus (Sality: Keylogger, Password or Data stealer) was detected running.", "The application powershell.exe invoked another application (cmd.exe)."]))
        w.t(f'|{ctx.rng.randint(3, 9)}|rt="{L.evallib.MONTHS[t.month - 1]} {t.day:02d} {t.year} {t:%H:%M:%S}" dvc=').p("IPV4", L.ip4(ctx))
        w.t(' cs3Label="Link" cs3="https://defense-eu.conferdeploy.net/investigate?s\\=').n(L.hexs(ctx, 16)).t('"')
        w.t(' cs4Label="Threat_ID" cs4="').n(L.hexs(ctx, 32).upper()).t('" act=Alert duser=').t(f"{dom}\\\\").p("USERNAME", login(ctx, p))
        w.t(" dvchost=")
        pre, _, post = host_fmt.partition("{g}")
        w.t(pre).p("PERSON_NAME", L.fold(p["given_l"]).split(" ")[0].upper()).t(post)
        return
    w.t(f"{L.bsd(ctx)} appcontrol CEF:0|Carbon Black|Protection|").n(pick(ctx, ["8.9.4.212", "8.10.2.1"]))
    w.t(f"|{pick(ctx, ['watchlist.hit.process', 'Unapproved file'])}|Cb Response watchlist|{ctx.rng.randint(3, 8)}|rt=").n(L.epoch(ctx) + "000")
    w.t(" externalId=").n(str(ctx.rng.randint(10 ** 6, 10 ** 7))).t(" cat=Policy Enforcement dst=").p("IPV4", L.ip4(ctx)).t(" dhost=")
    pre, _, post = host_fmt.partition("{g}")
    w.t(f"{dom}\\\\" + pre).p("PERSON_NAME", L.fold(p["given_l"]).split(" ")[0].upper()).t(post)
    w.t(f" duser={dom}\\\\").p("USERNAME", login(ctx, p)).t(" dvchost=cbprotect01 msg=Watchlist hit for process 'C:\\\\Users\\\\")
    w.p("USERNAME", login(ctx, p, "g.s")).t("\\\\Downloads\\\\faktura.exe' [").n(L.hexs(ctx, 32).upper()).t("] sproc=").n(L.uuid(ctx))


# in-house format: a bank's KYC and sanctions-screening service in logfmt
def kyc_screening(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    ev = pick(ctx, ["screen", "match", "id_check", "pep"])
    w.t(f"t={L.iso(ctx)} lvl=info app=kyc-screen ev={ev} req=").n(L.uuid(ctx)).t(" analyst=").p("USERNAME", login(ctx, person(ctx, 1)))
    w.t(' subject="').p("PERSON_NAME", display(ctx, p)).t('"')
    if ev == "screen":
        w.t(" list=EU-CONSOLIDATED score=0.").t(L.dig(ctx, 2)).t(" result=clear")
    elif ev == "match":
        w.t(" list=OFAC-SDN hit=").n(f"SDN-{L.dig(ctx, 5)}").t(" dob=").t(f"{ctx.rng.randint(1950, 2000)}").t(" result=review")
    elif ev == "id_check":
        w.t(" pnr=").p("PERSONNUMMER", L.pnr(ctx, style=pick(ctx, ["12", "12-", "10-"]))).t(" phone=").p("PHONE", L.ph(ctx, style="e164"))
        w.t(" device_ip=").p("IPV4", L.ip4(ctx)).t(" bankid_order=").n(L.uuid(ctx))
    else:
        w.t(" email=").p("EMAIL", mail(ctx, p)).t(" pep_role=").t(pick(ctx, ["municipal_councillor", "none"])).t(" employer_orgnr=").p("ORGNR", L.orgnr(ctx))
        if ctx.rng.random() < 0.4:
            w.t(" typo_orgnr=").n(L.orgnr(ctx, broken=True))


# in-house format: an EV charge-point management system in LEEF 1.0 (tab-delimited)
def ocpp_leef(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    ev = pick(ctx, ["Authorize", "StartTransaction", "StatusNotification", "RemoteStart"])
    w.t(f"LEEF:1.0|ChargeNord|CPMS|").n(pick(ctx, ["3.2.1", "3.4.0"])).t(f"|{ev}|devTime={L.sqlts(ctx)}\tdevTimeFormat=yyyy-MM-dd HH:mm:ss")
    w.t(f"\tcpId=CP-{L.dig(ctx, 5)}\tsrc=").p("IPV4", L.ip4(ctx))
    if ev in ("Authorize", "StartTransaction"):
        w.t("\tidTag=").t(L.hexs(ctx, 14).upper()).t("\tusrName=").p("EMAIL", mail(ctx, p))
        w.t(f"\tstatus={pick(ctx, ['Accepted', 'Blocked', 'Invalid'])}")
    elif ev == "RemoteStart":
        w.t("\tappUser=").p("USERNAME", login(ctx, p)).t("\tappPhone=").p("PHONE", ph(ctx)).t("\tappIp=").p("IPV6", L.ip6(ctx))
    else:
        w.t(f"\terrorCode={pick(ctx, ['NoError', 'GroundFailure'])}\tmodemImei=").p("IMEI", L.imei(ctx)).t("\tbadImei=").n(L.imei(ctx, broken=True))
        w.t("\timsi=").p("IMSI", L.imsi(ctx)).t("\ttestImsi=").n("001010" + L.dig(ctx, 9))


# in-house format: a school's guest Wi-Fi portal in CEF (SMS sign-up, sponsor approval, device registration)
def school_wifi_cef(ctx, rec, cols):
    w = cw(rec)
    p = person(ctx)
    ev = pick(ctx, ["sms_signup", "sponsor", "device"])
    w.t(f"{L.bsd(ctx)} guestportal CEF:0|SkolNet|GuestPortal|").n(pick(ctx, ["2.7.0", "3.0.2"])).t(f"|{ev}|Guest {ev}|3|")
    w.t(f"rt={L.epoch(ctx)}000 src=").p("IPV4", L.ip4(ctx)).t(" smac=").p("MAC", L.mac(ctx))
    if ev == "sms_signup":
        w.t(" cs1Label=phone cs1=").p("PHONE", L.ph(ctx, style=pick(ctx, ["e164", "intl"]))).t(" cs2Label=otp cs2=").n(L.dig(ctx, 6))
        w.t(" suser=").p("PHONE", L.ph(ctx, style="cc"))
    elif ev == "sponsor":
        w.t(" suser=").p("EMAIL", mail(ctx, p)).t(" duser=").p("EMAIL", mail(ctx, person(ctx, 1), "kommun.example.se"))
        w.t(' cs3Label=guestName cs3=').p("PERSON_NAME", display(ctx, p))
    else:
        w.t(" suser=").p("USERNAME", login(ctx, p, "stud")).t(" shost=")
        g = L.fold(p["given_l"]).split(" ")[0]
        w.p("PERSON_NAME", g).t(pick(ctx, ["s-iPad", "-Chromebook", "s-Galaxy-A54"])).t(" cs4Label=helpdesk cs4=").n(pick(ctx, ["0771-10 10 10", "+45 70 20 30 40"]))


# in-house format: a mobile operator's shop point-of-sale audit in logfmt (SIM swaps, number ports)
def pos_audit(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    ev = pick(ctx, ["sim_swap", "port_in", "new_sub"])
    w.t(f'ts={L.iso(ctx)} level=info event={ev} store={pick(ctx, ["KBH-03", "MMO-11", "IST-07"])} clerk=').p("USERNAME", login(ctx, person(ctx, 1)))
    w.t(" msisdn=").p("PHONE", L.ph(ctx, style="cc")).t(" imsi=").p("IMSI", L.imsi(ctx))
    if ev == "sim_swap":
        # the subscriber's SIM serials: personal, no type; unlabelled
        w.t(" old_iccid=").v("89" + L.dig(ctx, 17)).t(" new_iccid=").v("89" + L.dig(ctx, 17)).t(" id_checked=true")
    elif ev == "port_in":
        w.t(" donor=").t(pick(ctx, ["Telia", "3", "Turkcell", "Kyivstar"])).t(" port_ref=").n(f"NP{L.dig(ctx, 9)}")
        w.t(' holder="').p("PERSON_NAME", display(ctx, p)).t('"')
    else:
        w.t(' holder="').p("PERSON_NAME", display(ctx, p)).t('" holder_pnr=').p("PERSONNUMMER", L.pnr(ctx, style=pick(ctx, ["12", "12-", "10-"])))
        w.t(" handset_imei=").p("IMEI", L.imei(ctx)).t(" email=").p("EMAIL", mail(ctx, p))


# in-house format: an ISP's carrier-grade NAT port-block allocation log in key=value
def cgnat(ctx, rec, cols):
    w = W(rec)
    ev = pick(ctx, ["alloc", "release", "alloc6"])
    w.t(f"date={L.when(ctx):%Y-%m-%d} time={L.when(ctx):%H:%M:%S} devname=cgn-{pick(ctx, ['ost', 'vest'])}-01 type=cgnat event={ev}")
    w.t(" subscriber_id=").t(f"SUB{L.dig(ctx, 8)}")  # a contract number: personal, no type; unlabelled
    if ev == "alloc6":
        w.t(" prefix=").p("IPV6", L.ip6(ctx, "short")).t("/56 cpe_mac=").p("MAC", L.mac(ctx, "dash"))
    else:
        w.t(" inside=").p("IPV4", L.ip4(ctx)).t(" outside=").p("IPV4", L.ip4(ctx))
        lo = ctx.rng.randrange(1024, 64000, 64)
        w.t(f" ports={lo}-{lo + 63} cpe_mac=").p("MAC", L.mac(ctx, "bare"))
    w.t(" loopback=").n("127.0.0.1") if ctx.rng.random() < 0.2 else None


# ------------------------------------------------------------------ asterisk-cdr

def _clid(name, num):
    parts = []
    if name:
        parts += [(None, '"'), ("PERSON_NAME", name), (None, '" ')]
    return parts + [(None, "<"), ("PHONE", num), (None, ">")]


# in-house format (cdr_csv columns as rules/asterisk-cdr.toml lists them): a calling-card platform (access
# number, PIN entry in an AGI, international destinations, card numbers in accountcode)
def calling_card(ctx, rec, cols):
    num = dialled(ctx)
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    dest = "00" + L.COUNTRIES[c][0] + L.nsn(ctx, c)
    shape = pick(ctx, ["agi", "dial", "fail"])
    ans = shape != "fail"
    cells = {"amaflags": "BILLING", "uniqueid": L.ast_uid(ctx), **L.ast_times(ctx, answered=ans),
             "disposition": "ANSWERED" if ans else pick(ctx, ["BUSY", "CONGESTION", "NO ANSWER"])}
    # a calling card's number identifies a prepaid account, not a person: left unlabelled
    card = L.dig(ctx, 10)
    if shape == "agi":
        cells.update(accountcode=card, src=[("PHONE", num)], dst=[(NEG, pick(ctx, ["+4570707070", "0200123456"]))], dcontext="callingcard",
                     clid=_clid(None, num), channel=f"SIP/access-{L.hexs(ctx, 8)}", lastapp="AGI", lastdata="cc-ivr.agi,1")
    else:
        cells.update(accountcode=card, src=[("PHONE", num)], dst=[("PHONE", dest)], dcontext="callingcard",
                     clid=_clid(None, num), channel=f"SIP/access-{L.hexs(ctx, 8)}", dstchannel=f"SIP/wholesale-{L.hexs(ctx, 8)}",
                     lastapp="Dial", lastdata=[(None, "SIP/wholesale/"), ("PHONE", dest), (None, ",60,L(3600000)")])
    L.ast_row(ctx, rec, cells)


# in-house format (cdr_csv columns): an interpreter service's dispatch (three-way calls bridging a case
# worker and an interpreter, interpreters' badges in accountcode, language queues)
def interpreter_dispatch(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["queue", "bridge", "worker", "emerg"])
    cells = {"amaflags": "DOCUMENTATION", "disposition": "ANSWERED", "uniqueid": L.ast_uid(ctx), **L.ast_times(ctx)}
    if shape == "queue":
        num = dialled(ctx, "SE")
        agent = ext(ctx)
        cells.update(src=[("PHONE", num)], dst=[(NEG, pick(ctx, ["701", "702", "705"]))], dcontext="tolk-ko",
                     clid=_clid(display(ctx, p) if ctx.rng.random() < 0.5 else None, num), channel=f"PJSIP/in-{L.hexs(ctx, 8)}",
                     dstchannel=[(None, "Local/"), ("PHONE", agent), (None, f"@from-queue-{L.hexs(ctx, 8)};1")],
                     lastapp="Queue", lastdata=pick(ctx, ["arabiska,t", "somaliska,t", "tigrinja,t", "ukrainska,t"]),
                     userfield=[(None, "ärende="), (NEG, f"T{L.dig(ctx, 7)}")])
    elif shape == "bridge":
        num = dialled(ctx)
        cells.update(accountcode=[("BADGE", L.badge(ctx))], src=[(NEG, "0771100100")], dst=[("PHONE", num)], dcontext="tolk-ut",
                     clid=[(None, '"Tolkservice" <'), (NEG, "0771100100"), (None, ">")],
                     channel=f"PJSIP/trunk-{L.hexs(ctx, 8)}", dstchannel=f"PJSIP/trunk-{L.hexs(ctx, 8)}",
                     lastapp="ConfBridge", lastdata=f"{ctx.rng.randint(8000, 8999)}",
                     userfield=[(None, "tolk="), ("PERSON_NAME", display(ctx, person(ctx, 1))), (None, ";klient="), ("PERSON_NAME", display(ctx, p))])
    elif shape == "worker":
        a = ext(ctx)
        num = dialled(ctx)
        cells.update(src=[("PHONE", a)], dst=[("PHONE", num)], dcontext="from-internal", clid=_clid(display(ctx, p), a),
                     channel=[(None, "PJSIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")], dstchannel=f"PJSIP/trunk-{L.hexs(ctx, 8)}",
                     lastapp="Dial", lastdata=[(None, "PJSIP/"), ("PHONE", num), (None, "@trunk,45,T")],
                     userfield=[(None, "snr="), ("SAMORDNINGSNUMMER", L.snr(ctx, style=pick(ctx, ["10-", "12-", "12"])))])
    else:
        a = ext(ctx)
        s = pick(ctx, ["112", "11414", "1177"])
        cells.update(src=[("PHONE", a)], dst=[(NEG, s)], dcontext="from-internal", clid=_clid(display(ctx, p), a),
                     channel=[(None, "PJSIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")], dstchannel=f"PJSIP/trunk-{L.hexs(ctx, 8)}",
                     lastapp="Dial", lastdata=[(None, "PJSIP/"), (NEG, s), (None, "@trunk")])
    L.ast_row(ctx, rec, cells)


# in-house format (cdr_csv columns): a mobile operator's prepaid top-up and balance IVR (short codes,
# callbacks with balance SMS, Read() of a voucher)
def topup_ivr(ctx, rec, cols):
    num = dialled(ctx)
    shape = pick(ctx, ["ivr", "read", "cb", "anon"])
    cells = {"amaflags": "BILLING", "disposition": "ANSWERED", "uniqueid": L.ast_uid(ctx), **L.ast_times(ctx, answered=shape != "anon")}
    if shape == "ivr":
        cells.update(src=[("PHONE", num)], dst=[(NEG, pick(ctx, ["*100#", "1212", "22255"]))], dcontext="ivr-7", clid=_clid(None, num),
                     channel=f"DAHDI/i{ctx.rng.randint(1, 4)}/{L.hexs(ctx, 4)}", lastapp="BackGround", lastdata="saldo/valkommen")
    elif shape == "read":
        cells.update(src=[("PHONE", num)], dst=[(NEG, "1212")], dcontext="topup", clid=_clid(None, num),
                     channel=f"DAHDI/i1/{L.hexs(ctx, 4)}", lastapp="Read", lastdata="VOUCHER,topup/ange-kod,16",
                     userfield=[(None, "voucher="), (NEG, L.dig(ctx, 16))])
    elif shape == "cb":
        cells.update(src=[(NEG, "1212")], dst=[("PHONE", num)], dcontext="callback", clid='"Saldo" <1212>',
                     channel=[(None, "Local/"), ("PHONE", num), (None, f"@callback-{L.hexs(ctx, 8)};1")], lastapp="Playback",
                     lastdata="saldo/ditt-saldo", userfield=[(None, "imsi="), ("IMSI", L.imsi(ctx))])
    else:
        cells.update(src="", dst=[(NEG, "1212")], dcontext="ivr-7", clid='"Unknown" <>', channel=f"DAHDI/i2/{L.hexs(ctx, 4)}",
                     lastapp="Hangup", lastdata="", disposition="NO ANSWER")
    L.ast_row(ctx, rec, cells)


# ------------------------------------------------------------------ freeswitch-cdr

# in-house format (mod_cdr_csv default template, rules/freeswitch-cdr.toml): a municipal migration office's
# appointment line (callers by name in several scripts, the published line, officers with badges)
def appointment_line(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["in", "in-num", "officer", "vm"])
    num = dialled(ctx)
    cells = {"context": "public"}
    if shape == "in":
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", num)],
                     destination_number=[(NEG, pick(ctx, ["+4533663366", "0771880000"]))])
    elif shape == "in-num":
        cells.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)], destination_number=[(NEG, "0771880000")])
    elif shape == "vm":
        cells.update(caller_id_name=[(NEG, "UNKNOWN")], caller_id_number=[(NEG, "anonymous")], destination_number=[(NEG, "*98")], context="default")
    else:
        a = ext(ctx)
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", a)],
                     destination_number=[("PHONE", num)], context="kommun.example.se", accountcode=[("BADGE", L.badge(ctx))])
    L.fs_row(ctx, rec, cells, answered=shape != "vm")


# in-house format (mod_cdr_csv default template): an airport's lost-baggage desk (passengers calling from
# abroad, callbacks, the handling agent's cost centre)
def baggage_desk(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["in", "cb", "cc"])
    num = dialled(ctx)
    if shape == "in":
        cells = {"caller_id_name": [("PERSON_NAME", display(ctx, p, latin=True))], "caller_id_number": [("PHONE", num)],
                 "destination_number": [(NEG, pick(ctx, ["+4532313231", "+358200146000"]))], "context": "public"}
    elif shape == "cb":
        cells = {"caller_id_name": [(NEG, "Baggage Service")], "caller_id_number": [(NEG, "+4532313231")],
                 "destination_number": [("PHONE", num)], "context": "callback", "accountcode": [("BADGE", L.badge(ctx))]}
    else:
        a = ext(ctx)
        cells = {"caller_id_name": [("PERSON_NAME", display(ctx, p))], "caller_id_number": [("PHONE", a)],
                 "destination_number": [("PHONE", num)], "context": "default",
                 "accountcode": [(NEG, pick(ctx, ["KST7100", "CC-4410", "7100-310"]))]}
    L.fs_row(ctx, rec, cells, answered=ctx.rng.random() < 0.8)


# ------------------------------------------------------------------ cisco-cucm-cdr

def _dev(ctx, p, kind=None, acct=None):
    """A device: a SEP phone by its MAC, or a Jabber or mobile client named
    after the user's login (upper case, at most twelve characters)."""
    kind = kind or pick(ctx, ["SEP", "SEP", "CSF", "BOT", "TAB"])
    if kind == "SEP":
        return [(None, "SEP"), ("MAC", L.mac(ctx, "BARE"))]
    return [(None, kind), ("USERNAME", L.fold(acct or login(ctx, p, pick(ctx, ["g1s", "s1g", "s.g"]))).upper()[:12].rstrip("._-"))]


# in-house format (CUCM 11.x CDR columns as rules/cisco-cucm-cdr.toml lists them): a city hall's internal calls
# (SEP and Jabber devices, login user ids, directory URIs, IPv6 media addresses)
def cityhall_internal(ctx, rec, cols):
    a, b = person(ctx), person(ctx, 1)
    la, lb = login(ctx, a), login(ctx, b)
    ea, eb = ext(ctx), ext(ctx)
    ia, ib = L.ip4(ctx), L.ip4(ctx)
    v6 = ctx.rng.random() < 0.3
    cells = {"origIpAddr": [("IPV4", L.ip4int(ia))], "destIpAddr": [("IPV4", L.ip4int(ib))],
             "callingPartyNumber": [("PHONE", ea)], "originalCalledPartyNumber": [("PHONE", eb)], "finalCalledPartyNumber": [("PHONE", eb)],
             "callingPartyUnicodeLoginUserID": [("USERNAME", la)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", lb)],
             "origDeviceName": _dev(ctx, a, acct=la), "destDeviceName": _dev(ctx, b, acct=lb),
             "callingPartyNumberPartition": "Intern_PT", "finalCalledPartyNumberPartition": "Intern_PT",
             "origIpv4v6Addr": [("IPV6", L.ip6(ctx, "plain"))] if v6 else [("IPV4", ia)],
             "destIpv4v6Addr": [("IPV6", L.ip6(ctx, "plain"))] if v6 else [("IPV4", ib)]}
    if ctx.rng.random() < 0.5:
        cells["callingPartyNumber_uri"] = [("EMAIL", mail(ctx, a, "stad.example.dk"))]
    L.cucm_row(ctx, rec, cols, cells)


# in-house format (CUCM CDR columns): calls forwarded to a user's mobile (lastRedirectDn the user's
# extension, redirect reasons, outpulsed mobile numbers, mobility devices)
def cityhall_forward(ctx, rec, cols):
    a = person(ctx)
    eb = ext(ctx)
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    n = L.nsn(ctx, c)
    caller = "+" + L.COUNTRIES[c][0] + n
    mc = pick(ctx, ["SE", "SE", "DK", "FI"])
    mn = L.nsn(ctx, mc)
    mob = "+" + L.COUNTRIES[mc][0] + mn
    dialmob = ("0" + mn) if mc == "SE" else ("00" + L.COUNTRIES[mc][0] + mn)
    cells = {"callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [("PHONE", eb)],
             "finalCalledPartyNumber": [(None, "9"), ("PHONE", dialmob)], "lastRedirectDn": [("PHONE", eb)],
             "origCalledPartyRedirectReason": "15", "lastRedirectRedirectReason": "15",
             "outpulsedCalledPartyNumber": [("PHONE", mob)], "outpulsedCallingPartyNumber": [("PHONE", caller)],
             "origDeviceName": "SIP_TRUNK_TELCO", "destDeviceName": "SIP_TRUNK_TELCO",
             "originalCalledPartyNumberPartition": "Intern_PT", "lastRedirectDnPartition": "Intern_PT",
             "finalMobileCalledPartyNumber": [("PHONE", mob)] if ctx.rng.random() < 0.5 else "",
             "destMobileDeviceName": [(None, "RDP-"), ("USERNAME", login(ctx, a, "g1s"))] if ctx.rng.random() < 0.4 else "",
             "destIpAddr": [("IPV4", L.ip4int(L.ip4(ctx)))]}
    L.cucm_row(ctx, rec, cols, cells)


# in-house format (CUCM CDR columns): citizens calling the city's service-centre hunt pilot (queued, answered
# by agents on Jabber or lost), emergency calls from SEP phones
def cityhall_hunt(ctx, rec, cols):
    b = person(ctx, 1)
    if ctx.rng.random() < 0.2:
        a = person(ctx)
        ea = ext(ctx)
        s = pick(ctx, ["112", "0112"])
        cells = {"callingPartyNumber": [("PHONE", ea)], "originalCalledPartyNumber": [(NEG, s)], "finalCalledPartyNumber": [(NEG, s)],
                 "callingPartyUnicodeLoginUserID": [("USERNAME", login(ctx, a))], "origDeviceName": _dev(ctx, a, "SEP"),
                 "destDeviceName": "SIP_TRUNK_TELCO", "outpulsedCalledPartyNumber": [(NEG, "112")],
                 "comment": [(None, "ELIN="), (NEG, "+4533660000")], "origIpAddr": [("IPV4", L.ip4int(L.ip4(ctx)))]}
        L.cucm_row(ctx, rec, cols, cells)
        return
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    n = L.nsn(ctx, c)
    caller = ("+" + L.COUNTRIES[c][0] + n) if ctx.rng.random() < 0.6 else ("0" + L.COUNTRIES[c][0] + n)
    lb = login(ctx, b)
    pilot = pick(ctx, ["5000", "7000", "7777"])
    agent = ext(ctx)
    lost = ctx.rng.random() < 0.2
    cells = {"callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [(NEG, pilot)],
             "finalCalledPartyNumber": [(NEG, pilot)] if lost else [("PHONE", agent)], "lastRedirectDn": [(NEG, pilot)],
             "huntPilotDN": [(NEG, pilot)], "huntPilotPartition": "Hunt_PT", "calledPartyPatternUsage": "7",
             "wasCallQueued": "1", "totalWaitTimeInQueue": str(ctx.rng.randint(3, 600)), "origDeviceName": "SIP_TRUNK_TELCO",
             "destDeviceName": "" if lost else _dev(ctx, b, pick(ctx, ["CSF", "SEP"]), acct=lb),
             "finalCalledPartyUnicodeLoginUserID": "" if lost else [("USERNAME", lb)],
             "destIpAddr": [("IPV4", L.ip4int(L.ip4(ctx)))]}
    L.cucm_row(ctx, rec, cols, cells)


TEMPLATES = [
    ("syslog", "coturn", coturn),
    ("syslog", "libreswan", libreswan),
    ("syslog", "ocserv", ocserv),
    ("syslog", "reception-notes", reception_notes),
    ("syslog", "simshop-notes", simshop_notes),
    ("syslog", "intl-office", intl_office),
    ("syslog", "hotel-pms", hotel_pms),
    ("syslog", "validator", validator),
    ("json", "adyen", adyen),
    ("json", "infobip", infobip),
    ("json", "intercom", intercom),
    ("json", "viber", viber),
    ("json", "benefits-export", benefits_export),
    ("json", "charging-sessions", charging_sessions),
    ("kv-cef", "carbonblack", carbonblack),
    ("kv-cef", "kyc-screening", kyc_screening),
    ("kv-cef", "ocpp-leef", ocpp_leef),
    ("kv-cef", "school-wifi-cef", school_wifi_cef),
    ("kv-cef", "pos-audit", pos_audit),
    ("kv-cef", "cgnat", cgnat),
    ("asterisk-cdr", "calling-card", calling_card),
    ("asterisk-cdr", "interpreter-dispatch", interpreter_dispatch),
    ("asterisk-cdr", "topup-ivr", topup_ivr),
    ("freeswitch-cdr", "appointment-line", appointment_line),
    ("freeswitch-cdr", "baggage-desk", baggage_desk),
    ("cisco-cucm-cdr", "cityhall-internal", cityhall_internal),
    ("cisco-cucm-cdr", "cityhall-forward", cityhall_forward),
    ("cisco-cucm-cdr", "cityhall-hunt", cityhall_hunt),
]
