"""Templates of wild10, the thirteenth pair's open half (tuned on).

Each template is a callable (ctx, rec, cucm_columns) that picks one of
several shapes of its product. Above each: the public source of its shape,
or `in-house format`. Values come from thirteenthlib over wild10/pools.py.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import thirteenthlib as L  # noqa: E402
from thirteenthlib import W, jw, cw, pick, person, display, login, mail, ph, dialled, ext  # noqa: E402

GENERATORS = {}
CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyNumber", "callingPartyUnicodeLoginUserID"]


def pri(ctx):
    return f"<{pick(ctx, [30, 38, 86, 134, 142, 166, 174])}>"


def hdr(ctx, w, host, tag, pid=True):
    w.t(f"{pri(ctx)}{L.bsd(ctx)} {host} {tag}")
    if pid:
        w.t(f"[{ctx.rng.randint(300, 65000)}]")
    w.t(": ")


def given_host(ctx, w, p, fmt):
    """A host name carrying a given name: the name labelled, the rest not."""
    g = L.fold(p["given_l"].split(" ")[0].split("-")[0])
    pre, _, post = fmt.partition("{g}")
    w.t(pre).p("PERSON_NAME", g).t(post)


# ------------------------------------------------------------------ syslog

# unbound.conf(5), `log-queries` and `log-replies` (https://nlnetlabs.nl/documentation/unbound/unbound.conf/):
# "info: <client> <qname> <type> <class>" and, for replies, "... <rcode> <time> <from cache> <size>".
def unbound(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["res1", "resolver-a.campus.local", "dns2"]), "unbound", pid=False)
    w.t(f"[{ctx.rng.randint(800, 9000)}:{ctx.rng.randint(0, 3)}] info: ")
    shape = pick(ctx, ["q", "r", "ptr", "host", "lo"])
    if shape == "lo":
        w.n(pick(ctx, ["127.0.0.1", "::1"])).t(f" {pick(ctx, ['localhost.', 'version.bind.', 'id.server.'])} ")
        w.t(pick(ctx, ["A IN", "TXT CH"]))
        return
    w.p("IPV4", L.ip4(ctx)) if ctx.rng.random() < 0.8 else w.p("IPV6", L.ip6(ctx))
    if shape == "ptr":
        a = L.ip4(ctx).split(".")
        w.t(" ").p("IPV4", ".".join(reversed(a))).t(".in-addr.arpa. PTR IN")
    elif shape == "host":
        w.t(" ")
        given_host(ctx, w, person(ctx), pick(ctx, ["{g}-laptop.campus.local.", "{g}s-iphone.lan.", "pc-{g}.resnet.example.eu."]))
        w.t(f" {pick(ctx, ['A', 'AAAA'])} IN")
    else:
        w.t(f" {pick(ctx, ['www.correos.es.', 'api.whatsapp.net.', 'eduroam.org.', 'moodle.uni.example.eu.', 'cdn.jsdelivr.net.'])} ")
        w.t(pick(ctx, ["A IN", "AAAA IN", "HTTPS IN"]))
    if shape in ("r", "host"):
        w.t(f" {pick(ctx, ['NOERROR', 'NXDOMAIN', 'SERVFAIL'])} 0.{ctx.rng.randint(0, 999999):06d} {ctx.rng.randint(0, 1)} {ctx.rng.randint(40, 400)}")


# ppp, pppd/auth.c ("peer from calling number %q authorized"), pppd/upap.c ("PAP peer authentication
# succeeded for %q"), pppd/ipcp.c ("local  IP address %I", "remote IP address %I") (github paulusmack/ppp);
# PPPoE access server with the rp-pppoe plugin, whose calling number is the client's MAC.
def pppd(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["bras-ost-2", "pppoe1.isp.example.net"]), "pppd")
    p = person(ctx)
    shape = pick(ctx, ["pap", "chap", "calling", "calling-tel", "ip", "ip-local", "plugin", "fail"])
    realm = pick(ctx, ["fibra.isp.example.es", "dsl.example.pt", "adsl.example.it"])
    if shape == "pap":
        w.t("PAP peer authentication succeeded for ").p("USERNAME", f"{login(ctx, p)}@{realm}")
    elif shape == "chap":
        w.t("CHAP peer authentication succeeded for ").p("USERNAME", login(ctx, p))
    elif shape == "fail":
        w.t("PAP peer authentication failed for ").p("USERNAME", f"{login(ctx, p)}@{realm}")
    elif shape == "calling":
        w.t("peer from calling number ").p("MAC", L.mac(ctx, "COLON")).t(" authorized")
    elif shape == "calling-tel":
        w.t("peer from calling number ").p("PHONE", L.spell(ctx, *(lambda c: (c, L.nsn(ctx, c)))(pick(ctx, ["ES", "PT", "IT", "SE"])), "cc")).t(" authorized")
    elif shape == "ip":
        w.t("remote IP address ").p("IPV4", L.ip4(ctx))
    elif shape == "ip-local":
        w.t("local  IP address ").p("IPV4", L.ip4(ctx))
    else:
        # two lines of their own at start-up: "Plugin %s loaded." (pppd/plugins) and the plugin's version line
        if ctx.rng.random() < 0.5:
            w.t("Plugin rp-pppoe.so loaded.")
        else:
            w.t("RP-PPPoE plugin version ").n(pick(ctx, ["3.15", "3.12", "4.0"]))
            w.t(" compiled against pppd ").n(pick(ctx, ["2.4.9", "2.5.0", "2.4.7"]))


# pfSense captive portal, src/etc/inc/captiveportal.inc, captiveportal_logportalauth(): openlog("logportalauth"),
# "$status: $user, $mac, $ip" (1.x/2.0) and "Zone: {$cpzone} - {$status}: {$user}, {$mac}, {$ip}[, {$message}]";
# the client MAC lookup error logs the user "unauthenticated" and the MAC "noclientmac".
def captiveportal(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, pick(ctx, ["fw-hotel.localdomain", "pfsense-bibl", "cp01"]), "logportalauth")
    zone = pick(ctx, ["guests", "hotel_wifi", "bibliotheek", "estacion"])
    if ctx.rng.random() < 0.7:
        w.t(f"Zone: {zone} - ")
    shape = pick(ctx, ["accept", "login", "voucher", "fail", "disc", "err", "mac"])
    p = person(ctx)
    if shape == "err":
        w.t("ERROR: ").n("unauthenticated").t(", ").n("noclientmac").t(", ").p("IPV4", L.ip4(ctx))
        return
    status = {"accept": "ACCEPT", "login": "LOGIN", "voucher": "Voucher login good for 120 min.", "fail": "FAILURE",
              "disc": "DISCONNECT", "mac": "ACCEPT"}[shape]
    if shape == "voucher":
        w.t(f"{status}: ").n(L.hexs(ctx, 2).upper() + pick(ctx, ["x", "K", "q"]) + L.dig(ctx, 4) + "mZ")
    elif shape == "mac":
        # passthrough MAC: the MAC is written as the user
        w.t(f"{status}: ").p("MAC", m := L.mac(ctx, "colon")).t(", ").p("MAC", m)
        w.t(", ").p("IPV4", L.ip4(ctx))
        return
    else:
        w.t(f"{status}: ")
        if ctx.rng.random() < 0.3:
            w.p("EMAIL", mail(ctx, p))
        else:
            w.p("USERNAME", login(ctx, p))
    w.t(", ").p("MAC", L.mac(ctx, "colon")).t(", ").p("IPV4", L.ip4(ctx))
    if shape == "fail":
        w.t(", Invalid credentials specified.")


# TACACS+ accounting records as tac_plus writes them (NAS, user, port, rem_addr, start/stop, attribute=value):
# HPE Aruba AOS-CX 10.02 security guide, "Sample accounting information on a TACACS+ server"
# (https://support.hpe.com/techhub/eginfolib/Aruba/OS-CX_10.02/5200-5323/GUID-1E1BC6EB-D5AB-4608-9E97-2A8EB86B131D.html).
def tacplus(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, "tacacs01", "tac_plus")
    sep = pick(ctx, ["\t", " "])
    w.p("IPV4", L.ip4(ctx)).t(sep)
    p = person(ctx)
    if ctx.rng.random() < 0.2:
        w.n(pick(ctx, ["admin", "UNKNOWN", "netops"]))
    else:
        w.p("USERNAME", login(ctx, p))
    w.t(f"{sep}{pick(ctx, ['tty', 'tty1', '/dev/pts/0', 'ssh'])}{sep}").p("IPV4", L.ip4(ctx))
    kind = pick(ctx, ["start", "stop", "stop", "stop"])
    w.t(f"{sep}{kind}{sep}task_id=").n(str(int(L.epoch(ctx)) * 1000 + ctx.rng.randint(0, 999)))
    w.t(f"{sep}timezone=UTC{sep}{kind}_time=").n(f"{L.epoch(ctx)}.{ctx.rng.randint(100, 999)}")
    w.t(f"{sep}service=shell{sep}priv_lvl=15")
    if kind == "stop":
        c = pick(ctx, ["mac", "ip", "user", "plain"])
        w.t(f'{sep}cmd="')
        if c == "mac":
            w.t("show mac-address-table address ").p("MAC", L.mac(ctx, "dot"))
        elif c == "ip":
            w.t("ip address ").p("IPV4", L.ip4(ctx)).t("/24")
        elif c == "user":
            w.t("user ").p("USERNAME", login(ctx, person(ctx, 1))).t(" group operators")
        else:
            w.t(pick(ctx, ["configure", "interface 1/1/3", "no shutdown", "write memory"]))
        w.t('"')
    w.t(f"{sep}result=success")


# fail2ban's own log (fail2ban.filter "Found <ip> - <time>", fail2ban.actions "Ban"/"Unban"/"Restore Ban"):
# SMSEagle support, "Fail2ban" (https://support.smseagle.eu/hc/en-us/articles/10494029837597-Fail2ban);
# the same lines relayed through syslog with the logger's name as tag. Formats from fail2ban/helpers.py
# getVerbosityFormat and server.py setLogTarget: file "%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s
# %(message)s", SYSLOG "%(name)s[%(process)d]: %(levelname)s %(message)s" (github fail2ban/fail2ban).
def fail2ban(ctx, rec, cols):
    w = W(rec)
    jail = pick(ctx, ["sshd", "dovecot", "nextcloud", "apache-auth", "asterisk", "postfix-sasl", "recidive"])
    shape = pick(ctx, ["found", "ban", "unban", "restore", "ignore"])
    logger = "fail2ban.filter" if shape in ("found", "ignore") else "fail2ban.actions"
    level = {"found": "INFO   ", "ignore": "INFO   ", "ban": "NOTICE ", "unban": "NOTICE ", "restore": "NOTICE "}[shape]
    if ctx.rng.random() < 0.5:
        t = L.when(ctx)
        # file target: "%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s"
        w.t(f"{t:%Y-%m-%d %H:%M:%S},{ctx.rng.randint(0, 999):03d} {logger:<24}[{ctx.rng.randint(300, 9000)}]: {level.strip():<7} ")
    else:
        hdr(ctx, w, pick(ctx, ["mx2", "web01", "pbx"]), logger)
        w.t(f"{level.strip()} ")
    w.t(f"[{jail}] ")
    if shape == "ignore":
        w.t("Ignore ").n(pick(ctx, ["127.0.0.1", "::1"])).t(" by ip")
        return
    word = {"found": "Found", "ban": "Ban", "unban": "Unban", "restore": "Restore Ban"}[shape]
    w.t(f"{word} ")
    w.p("IPV4", L.ip4(ctx)) if ctx.rng.random() < 0.85 else w.p("IPV6", L.ip6(ctx, "plain"))
    if shape == "found":
        w.t(f" - {L.sqlts(ctx, -ctx.rng.randint(0, 5))}")


# SOGo groupware, UI/MainUI/SOGoRootPage.m: "Login from '%@' for user '%@' might not have worked - password
# policy: %d  grace: %d  expire: %d  bound: %d" and "successful login from '%@' for user '%@' - expire = %d
# grace = %d" (github alinto/sogo); sogod access lines "<ip> \"<request>\" <status> <sizes> <time> ...".
def sogo(ctx, rec, cols):
    w = W(rec)
    # sogod's own prefix is "sogod [<pid>]: " (a space, no colon after the name); relayed with a syslog header
    w.t(f"{pri(ctx)}{L.bsd(ctx)} {pick(ctx, ['groupware', 'sogo.uni.example.eu'])} sogod")
    w.t(f" [{ctx.rng.randint(300, 65000)}]: ")
    p = person(ctx)
    who = (lambda: w.p("EMAIL", mail(ctx, p))) if ctx.rng.random() < 0.5 else (lambda: w.p("USERNAME", login(ctx, p)))
    shape = pick(ctx, ["ok", "fail", "access", "access"])
    if shape == "ok":
        w.t("SOGoRootPage successful login from '").p("IPV4", L.ip4(ctx)).t("' for user '")
        who()
        w.t("' - expire = -1  grace = -1")
    elif shape == "fail":
        w.t("SOGoRootPage Login from '").p("IPV4", L.ip4(ctx)).t("' for user '")
        who()
        w.t("' might not have worked - password policy: 65535  grace: -1  expire: -1  bound: 0")
    else:
        w.p("IPV4", L.ip4(ctx)).t(' "')
        w.t(pick(ctx, ["POST", "GET", "PROPFIND"])).t(" /SOGo/so/")
        who()
        w.t(pick(ctx, ["/Mail/0/folderINBOX/unseenCount", "/Calendar/personal/", "/Contacts/personal/view", "/preferences"]))
        w.t(f' HTTP/1.1" {pick(ctx, ["200", "207", "401"])} {ctx.rng.randint(10, 9999)}/0 0.0{ctx.rng.randint(10, 99)} - - 0')


# tinyproxy, src/log.c (prefix "%-9s %s.%03lu [%ld]: ", the level padded to nine) and src/reqs.c ("Connect (file
# descriptor %d): %s", "Request (file descriptor %d): %s", both LOG_CONN, "Proxying refused on filtered %s \"%s\""
# with "domain" and the host), src/acl.c ("Unauthorized connection from \"%s\".")
# (github tinyproxy/tinyproxy); written to its own log file, no syslog header.
def tinyproxy(ctx, rec, cols):
    w = W(rec)
    t = L.when(ctx)
    shape = pick(ctx, ["connect", "request", "filtered", "auth"])
    # log.c: "%-9s %s.%03lu [%ld]: "; reqs.c logs both Connect and Request at LOG_CONN ("CONNECT")
    level = {"connect": "CONNECT", "request": "CONNECT", "filtered": "NOTICE", "auth": "NOTICE"}[shape]
    fd = ctx.rng.randint(5, 400)
    w.t(f"{level:<9} {L.evallib.MONTHS[t.month - 1]} {t.day:02d} {t:%H:%M:%S}.{ctx.rng.randint(0, 999):03d} [{ctx.rng.randint(300, 9000)}]: ")
    p = person(ctx)
    if shape == "connect":
        w.t(f"Connect (file descriptor {fd}): ").p("IPV4", L.ip4(ctx))
    elif shape == "request":
        w.t(f"Request (file descriptor {fd}): GET http://")
        u = pick(ctx, ["mail", "user", "tel"])
        if u == "mail":
            w.t("intranet.example.eu/recuperar?email=").p("EMAIL", mail(ctx, p).replace("@", "%40"))
        elif u == "user":
            w.t("moodle.uni.example.eu/user/profile.php?username=").p("USERNAME", login(ctx, p))
        else:
            w.t("www.example-taxi.es/book?tel=").p("PHONE", L.ph(ctx, style="e164").replace("+", "%2B"))
        w.t(" HTTP/1.1")
    elif shape == "filtered":
        w.t('Proxying refused on filtered domain "').t(pick(ctx, ["www.bet365.com", "tiktok.com", "torrent.example.org"])).t('"')
    else:
        w.t('Unauthorized connection from "').p("IPV4", L.ip4(ctx)).t('".')


TRAIN_TEXT = {
    "fr": ["Contrôle à bord train {train}, voiture {car} : voyageur sans titre, ",
           " a présenté une carte d'identité. Tél. ", ", courriel ", ". PV n° {ticket}. Urgence : 112."],
    "de": ["Zugbegleiter-Meldung Zug {train}, Wagen {car}: Fahrgast ohne gültiges Ticket, ",
           " hat Ausweis gezeigt. Tel. ", ", E-Mail ", ". Vorgang {ticket}. Notruf 112, Bahn-Service 030 2970."],
    "nl": ["Melding conducteur trein {train}, rijtuig {car}: reiziger zonder geldig vervoerbewijs, ",
           " legitimeerde zich. Tel. ", ", e-mail ", ". Boete {ticket}. Noodnummer 112."],
    "it": ["Segnalazione capotreno {train}, carrozza {car}: viaggiatore senza biglietto, ",
           " ha mostrato il documento. Tel. ", ", email ", ". Verbale {ticket}. Emergenze 112."],
    "es": ["Incidencia interventor tren {train}, coche {car}: viajero sin billete, ",
           " mostró su DNI. Tel. ", ", correo ", ". Acta {ticket}. Emergencias 112, atención Renfe 912 320 320."],
    "pt": ["Ocorrência revisor comboio {train}, carruagem {car}: passageiro sem título, ",
           " apresentou o cartão de cidadão. Tel. ", ", email ", ". Auto {ticket}. Emergência 112."],
}


# in-house format: a rail operator's onboard-staff incident notes, relayed as RFC 5424 with structured data
def rail_notes(ctx, rec, cols):
    w = W(rec)
    lang = pick(ctx, list(TRAIN_TEXT))
    t = L.iso(ctx)
    w.t(f"<{pick(ctx, [134, 133])}>1 {t} onboard-app-{ctx.rng.randint(1, 40)} incident - INC ")
    w.t(f'[staff@41717 crew="')
    crew = person(ctx, 1)
    w.p("USERNAME", login(ctx, crew)).t(f'" lang="{lang}"')
    if ctx.rng.random() < 0.5:
        # the crew member's handheld (its IMEI, and its SIM's IMSI when the MDM reports it)
        w.t(' imei="').p("IMEI", L.imei(ctx)).t('"')
        if ctx.rng.random() < 0.5:
            w.t(' imsi="').p("IMSI", L.imsi(ctx)).t('"')
    w.t("] ")
    parts = TRAIN_TEXT[lang]
    fmt = dict(train=pick(ctx, ["TGV 6611", "ICE 578", "IC 3127", "FR 9541", "AVE 03063", "AP 134"]),
               car=ctx.rng.randint(1, 14), ticket="{ticket}")
    a = parts[0].format(**fmt)
    w.t(a)
    p = person(ctx)
    w.p("PERSON_NAME", display(ctx, p)).t(parts[1])
    w.p("PHONE", ph(ctx)).t(parts[2]).p("EMAIL", mail(ctx, p))
    tail = parts[3]
    pre, _, post = tail.partition("{ticket}")
    w.t(pre).n(f"{pick(ctx, ['PV', 'INC', 'AUT'])}-{ctx.rng.randint(2026, 2026)}-{L.dig(ctx, 6)}")
    rest = post
    for svc in ("112", "030 2970", "912 320 320"):
        if svc in rest:
            a, _, rest = rest.partition(svc)
            w.t(a).n(svc)
    w.t(rest)


UTIL_TEXT = {
    "ro": ("Apel client: ", " raportează pană de curent la contorul {meter}. Sună înapoi la ", ". Dispecerat 0800 500 000."),
    "el": ("Κλήση πελάτη: ", " αναφέρει διακοπή ρεύματος, μετρητής {meter}. Επικοινωνία ", ". Βλάβες 11500."),
    "sv": ("Kund ringde: ", " anmäler strömavbrott, mätare {meter}. Återring ", ", pnr {pnr}. Felanmälan 020-32 32 32."),
    "no": ("Kunde ringte: ", " melder strømbrudd, måler {meter}. Ring tilbake ", ". Feilmelding 915 02 100."),
    "is": ("Viðskiptavinur hringdi: ", " tilkynnir rafmagnsleysi, mælir {meter}. Hringja í ", ". Neyðarlína 112."),
    "en": ("Customer call: ", " reports no supply, meter {meter}. Call back on ", ". Faults line 105."),
}


# in-house format: a power utility's customer-service call notes from its CRM, as RFC 3164 lines
def utility_notes(ctx, rec, cols):
    w = W(rec)
    hdr(ctx, w, "crm-kundtjanst", "casenote")
    lang = pick(ctx, list(UTIL_TEXT))
    a, b, c = UTIL_TEXT[lang]
    w.t(f"case=").n(f"CS{L.dig(ctx, 8)}").t(f" agent=")
    w.p("USERNAME", login(ctx, person(ctx, 1))).t(f" lang={lang} ")
    p = person(ctx)
    w.t(a).p("PERSON_NAME", display(ctx, p))
    pre, _, post = b.partition("{meter}")
    # a meter's number is the household's, but no type names it: unlabelled
    w.t(pre).t(f"{pick(ctx, ['7359992', '7350048'])}{L.dig(ctx, 9)}").t(post)
    w.p("PHONE", ph(ctx))
    if "{pnr}" in c:
        pre, _, post = c.partition("{pnr}")
        w.t(pre).p("SAMORDNINGSNUMMER", L.snr(ctx)) if ctx.rng.random() < 0.5 else w.t(pre).p("PERSONNUMMER", L.pnr(ctx))
        c = post
    for svc in ("0800 500 000", "11500", "020-32 32 32", "915 02 100", "112", "105"):
        if svc in c:
            x, _, y = c.partition(svc)
            w.t(x).n(svc).t(y)
            break
    else:
        w.t(c)


# ------------------------------------------------------------------ json

# Telegram Bot API, the Update and Message objects (https://core.telegram.org/bots/api#update,
# #message, #user, #contact): one update per line as a getUpdates poller or webhook logger writes it.
def telegram(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    uid = str(ctx.rng.randint(10 ** 8, 7 * 10 ** 9))
    w.t(f'{{"update_id":{ctx.rng.randint(10 ** 8, 9 * 10 ** 8)},"message":{{"message_id":{ctx.rng.randint(1, 99999)},"from":{{"id":{uid},"is_bot":false,"first_name":"')
    w.p("PERSON_NAME", p["given"]).t('"')
    has_last = ctx.rng.random() < 0.7
    if has_last:
        w.t(',"last_name":"').p("PERSON_NAME", p["surname"]).t('"')
    un = None
    if ctx.rng.random() < 0.7:
        un = L.fold(login(ctx, p, pick(ctx, ["gs", "g_s", "gN", "g.s"]))).replace(".", "_")
        w.t(',"username":"').p("USERNAME", un).t('"')
    w.t(f',"language_code":"{pick(ctx, ["es", "pt-br", "fr", "de", "nl", "it", "ro", "el", "is", "sv"])}"}},')
    w.t(f'"chat":{{"id":{uid},"first_name":"').p("PERSON_NAME", p["given"]).t('"')
    if has_last:
        # a private chat repeats the user's names (Chat object: first_name, last_name, username)
        w.t(',"last_name":"').p("PERSON_NAME", p["surname"]).t('"')
    if un:
        w.t(',"username":"').p("USERNAME", un).t('"')
    w.t(f'"type":"private"}},"date":'.replace('"type"', ',"type"')).n(L.epoch(ctx)).t(",")
    shape = pick(ctx, ["text", "contact", "cmd"])
    if shape == "contact":
        w.t('"contact":{"phone_number":"').p("PHONE", L.ph(ctx, style=pick(ctx, ["cc", "e164"]))).t('","first_name":"')
        w.p("PERSON_NAME", p["given"]).t(f'","user_id":{uid}}}}}}}')
    elif shape == "cmd":
        w.t('"text":"/start","entities":[{"offset":0,"length":6,"type":"bot_command"}]}}')
    else:
        msg = pick(ctx, [("Hola, mi número nuevo es ", ", gracias"), ("Olá! Podem ligar para ", "?"),
                         ("Bonjour, rappelez-moi au ", " svp"), ("Hallo, bitte Rückruf unter ", "."),
                         ("Buongiorno, il mio numero è ", "."), ("Hi, call me on ", " please")])
        w.t('"text":"').t(msg[0]).p("PHONE", ph(ctx)).t(msg[1]).t('"}}')


# WhatsApp Business Platform Cloud API webhooks, payload examples
# (https://developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples): received text
# messages (contacts[].profile.name, wa_id, from) and status updates (recipient_id); the business's own
# display_phone_number and phone_number_id are the organisation's.
def whatsapp(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    wa = L.spell(ctx, c, L.nsn(ctx, c), "cc")
    biz = pick(ctx, ["34910000000", "351210000000", "4687000000", "31201234500"])
    w.t('{"object":"whatsapp_business_account","entry":[{"id":"').n(L.dig(ctx, 15)).t('","changes":[{"value":{')
    w.t('"messaging_product":"whatsapp","metadata":{"display_phone_number":"').n(biz)
    w.t('","phone_number_id":"').n(L.dig(ctx, 15)).t('"},')
    wamid = "wamid.HBgL" + "".join(ctx.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
    if ctx.rng.random() < 0.6:
        w.t('"contacts":[{"profile":{"name":"').p("PERSON_NAME", display(ctx, p)).t('"},"wa_id":"').p("PHONE", wa)
        w.t('"}],"messages":[{"from":"').p("PHONE", wa).t(f'","id":"{wamid}","timestamp":"').n(L.epoch(ctx))
        body = pick(ctx, [("Quiero cambiar la cita, mi correo es ", ""), ("O meu email é ", " obrigado"),
                          ("Mein Name ist ", ""), ("Il mio indirizzo email: ", "")])
        w.t('","text":{"body":"').t(body[0])
        if body[0].startswith("Mein"):
            w.p("PERSON_NAME", p["full"])
        else:
            w.p("EMAIL", mail(ctx, p))
        w.t(body[1]).t('"},"type":"text"}]},"field":"messages"}]}]}')
    else:
        w.t(f'"statuses":[{{"id":"{wamid}","status":"{pick(ctx, ["sent", "delivered", "read", "failed"])}","timestamp":"')
        w.n(L.epoch(ctx)).t('","recipient_id":"').p("PHONE", wa)
        w.t('","conversation":{"id":"').n(L.hexs(ctx, 32)).t('","origin":{"type":"utility"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"utility"}}]},"field":"messages"}]}]}')


# Stripe API, the Event object and the Customer, Charge (billing_details) and Dispute objects
# (https://docs.stripe.com/api/events/object, /api/customers/object, /api/charges/object, /api/disputes/object).
# The customer id, its invoice prefix and the card fingerprint single out one person (or card): unlabelled,
# neither veil's types nor look-alikes; event, charge and dispute ids stay look-alikes.
def stripe(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    shape = pick(ctx, ["customer", "charge", "dispute", "updated"])
    w.t('{"id":"').n("evt_" + L.hexs(ctx, 24)).t('","object":"event","api_version":"').n(pick(ctx, ["2024-06-20", "2025-03-31.basil"]))
    w.t('","created":').n(L.epoch(ctx)).t(',"data":{"object":{')
    if shape in ("customer", "updated"):
        w.t('"id":"').v("cus_" + L.hexs(ctx, 14)).t('","object":"customer","email":"').p("EMAIL", mail(ctx, p))
        w.t('","name":"').p("PERSON_NAME", display(ctx, p)).t('","phone":"').p("PHONE", L.ph(ctx, style="e164"))
        w.t(f'","preferred_locales":["{pick(ctx, ["es", "pt", "fr", "de"])}"],"invoice_prefix":"').v(L.hexs(ctx, 8).upper())
        w.t('"}},"livemode":false,"pending_webhooks":1,"type":"customer.')
        w.t("created" if shape == "customer" else "updated").t('"}')
        return
    obj = "charge" if shape == "charge" else "dispute"
    w.t(f'"id":"').n(("ch_" if obj == "charge" else "dp_") + L.hexs(ctx, 24)).t(f'","object":"{obj}","amount":{ctx.rng.randint(500, 99000)},"currency":"eur",')
    if obj == "dispute":
        w.t(f'"reason":"{pick(ctx, ["fraudulent", "product_not_received", "duplicate"])}","status":"needs_response","evidence":{{"customer_email_address":"')
        w.p("EMAIL", mail(ctx, p)).t('","customer_name":"').p("PERSON_NAME", display(ctx, p)).t('","customer_purchase_ip":"')
        w.p("IPV4", L.ip4(ctx)).t('","billing_address":null},"charge":"').n("ch_" + L.hexs(ctx, 24)).t('"}},"type":"charge.dispute.created"}')
        return
    w.t('"billing_details":{"address":{"country":"').t(pick(ctx, ["ES", "PT", "NL", "DE"])).t('"},"email":"').p("EMAIL", mail(ctx, p))
    w.t('","name":"').p("PERSON_NAME", display(ctx, p)).t('","phone":"').p("PHONE", ph(ctx))
    w.t('"},"payment_method_details":{"card":{"brand":"visa","last4":"').t(L.dig(ctx, 4)).t('","fingerprint":"').v(L.hexs(ctx, 16))
    w.t('"}},"receipt_email":"').p("EMAIL", mail(ctx, p)).t('"}},"type":"charge.succeeded"}')


# osquery logging, differential results (name, hostIdentifier, calendarTime, unixTime, decorations,
# columns, action) (https://osquery.readthedocs.io/en/stable/deployment/logging/); tables logged_in_users,
# last, process_events (https://osquery.io/schema/).
def osquery(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    u = login(ctx, p)
    t = L.when(ctx)
    table = pick(ctx, ["logged_in_users", "last", "process_events"])
    w.t(f'{{"name":"pack_it-compliance_{table}","hostIdentifier":"')
    given_host(ctx, w, p, pick(ctx, ["LT-{g}-01", "{g}-MacBook-Pro", "wks-{g}"]))
    w.t(f'","calendarTime":"{L.evallib.DAYS[t.weekday()]} {L.evallib.MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {t.year} UTC","unixTime":')
    w.n(L.epoch(ctx)).t(f',"epoch":0,"counter":{ctx.rng.randint(0, 900)},"numerics":false,"decorations":{{"host_uuid":"')
    w.t(L.uuid(ctx).upper()).t('","username":"').p("USERNAME", u).t('"},"columns":{')
    if table == "logged_in_users":
        w.t('"host":"').p("IPV4", L.ip4(ctx)).t(f'","pid":"{ctx.rng.randint(300, 60000)}","time":"').n(L.epoch(ctx))
        w.t('","tty":"pts/0","type":"user","user":"').p("USERNAME", u).t('"}')
    elif table == "last":
        w.t('"host":"').p("IPV4", L.ip4(ctx)).t(f'","pid":"{ctx.rng.randint(300, 60000)}","time":"').n(L.epoch(ctx))
        w.t('","tty":"ssh","type":"7","username":"').p("USERNAME", u).t('"}')
    else:
        w.t('"cmdline":"')
        c = pick(ctx, ["ssh", "scp", "curl", "sys"])
        if c == "ssh":
            w.t("ssh ").p("USERNAME", login(ctx, person(ctx, 1))).t("@").p("IPV4", L.ip4(ctx))
        elif c == "scp":
            w.t("scp notas.xlsx ").p("USERNAME", u).t("@").p("IPV4", L.ip4(ctx)).t(":/home/").p("USERNAME", u).t("/")
        elif c == "curl":
            w.t("curl -s https://api.example.eu/v1/users?email=").p("EMAIL", mail(ctx, person(ctx, 1)))
        else:
            w.t("/usr/sbin/sshd -D -R")
        # process_events has uid/auid columns, no user name (https://osquery.io/schema/, process_events)
        path = "/usr/sbin/sshd" if c == "sys" else f"/usr/bin/{c}"
        pid, uid = ctx.rng.randint(300, 60000), ctx.rng.randint(1000, 60000)
        uid = 0 if c == "sys" else uid
        w.t(f'","path":"{path}","pid":"{pid}","auid":"{uid}","uid":"{uid}"}}')
    w.t(f',"action":"{pick(ctx, ["added", "removed"])}"}}')


# Mattermost audit log, JSON schema (timestamp, level, event_name, status, actor{user_id, session_id,
# client, ip_address}, event{parameters, prior_state, resulting_state}, meta{api_path})
# (https://docs.mattermost.com/comply/embedded-json-audit-log-schema.html).
# Actor user and session ids and the target user's id single out one person: unlabelled; channel and
# cluster ids stay look-alikes.
def mattermost(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    ev = pick(ctx, ["login", "loginFailed", "updateUser", "createPost", "addChannelMember"])
    w.t(f'{{"timestamp":"{L.iso(ctx)}","level":"audit-api","msg":"","event_name":"{ev}","status":"')
    w.t("fail" if ev == "loginFailed" else "success").t('","actor":{"user_id":"').v(L.hexs(ctx, 26))
    w.t('","session_id":"').v(L.hexs(ctx, 26)).t('","client":"').n(pick(ctx, ["Mattermost Mobile/2.20.1 (Android; 14)", "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0"]))
    w.t('","ip_address":"').p("IPV4", L.ip4(ctx)).t('","x_forwarded_for":""},"event":{"parameters":{')
    if ev in ("login", "loginFailed"):
        w.t('"login_id":"')
        w.p("EMAIL", mail(ctx, p)) if ctx.rng.random() < 0.5 else w.p("USERNAME", login(ctx, p))
        w.t('","device_id":""}')
    elif ev == "updateUser":
        w.t('"user":{"id":"').v(L.hexs(ctx, 26)).t('","username":"').p("USERNAME", login(ctx, p))
        w.t('","first_name":"').p("PERSON_NAME", p["given"]).t('","last_name":"').p("PERSON_NAME", p["surname"])
        w.t('","position":"').t(pick(ctx, ["Enfermera", "Técnico", "Docente", "Fahrdienstleiter"])).t('"}}')
    elif ev == "addChannelMember":
        w.t('"channel":{"name":"').t(pick(ctx, ["town-square", "guardia-noche", "dienstplan"])).t('"},"user_id":"')
        w.v(L.hexs(ctx, 26)).t('","username":"').p("USERNAME", login(ctx, person(ctx, 1))).t('"}')
    else:
        w.t('"post":{"channel_id":"').n(L.hexs(ctx, 26)).t('","message":"')
        w.t(pick(ctx, ["Llamad a ", "Ligar a ", "Bitte ", "Call "]))
        w.p("PERSON_NAME", display(ctx, person(ctx, 1))).t(" ").p("PHONE", ph(ctx)).t('"}}')
    w.t(',"prior_state":{},"resulting_state":{},"object_type":""},"meta":{"api_path":"/api/v4/')
    w.t({"login": "users/login", "loginFailed": "users/login", "updateUser": "users/{user_id}/patch",
         "createPost": "posts", "addChannelMember": "channels/{channel_id}/members"}[ev])
    w.t('","cluster_id":"').n(L.hexs(ctx, 26)).t('"},"error":{}}')


# in-house format: a university's exchange-student export (Swedish keys), one JSON object per student
def student_export(ctx, rec, cols):
    w = jw(rec)
    p = person(ctx)
    r = ctx.rng.random()
    # the export's person id singles out the student: personal, no type; unlabelled
    w.t('{"personId":"').v(L.uuid(ctx)).t('","fornamn":"').p("PERSON_NAME", p["given"]).t('","efternamn":"')
    w.p("PERSON_NAME", p["surname"]).t('",')
    if r < 0.35:
        w.t('"samordningsnummer":"').p("SAMORDNINGSNUMMER", L.snr(ctx)).t('",')
    elif r < 0.7:
        w.t('"personnummer":"').p("PERSONNUMMER", L.pnr(ctx)).t('",')
    # else: an exchange student with no Swedish number yet
    if ctx.rng.random() < 0.3:
        # an application form's typo: not a valid number
        w.t('"tidigarePnr":"').n(L.pnr(ctx, broken=True)).t('",')
    w.t('"studentkonto":"').p("USERNAME", login(ctx, p, "stud")).t('","epost":"').p("EMAIL", mail(ctx, p, "student.uni.example.se"))
    w.t('","privatEpost":"').p("EMAIL", mail(ctx, p)).t('","mobil":"').p("PHONE", ph(ctx))
    w.t('","hemuniversitet":"').t(pick(ctx, ["Universidad de Granada", "Universidade do Porto", "Sorbonne Université", "Háskóli Íslands", "Università di Bologna"]))
    w.t('","kurser":["').n(pick(ctx, ["DA2004", "MVE055", "EDA016"])).t('","').n(pick(ctx, ["SV1101", "ME2015"])).t('"],')
    w.t('"kontaktperson":{"namn":"').p("PERSON_NAME", display(ctx, person(ctx, 1))).t('","telefon":"').p("PHONE", ph(ctx))
    w.t('"},"internationellaKontoret":"').n(pick(ctx, ["031-786 00 00", "018-471 00 00", "08-16 20 00"])).t('"}')


# in-house format: a smart-meter head-end system's events (meter comms modules with SIM and modem ids)
def meter_headend(ctx, rec, cols):
    w = jw(rec)
    ev = pick(ctx, ["commissioned", "lastgasp", "sms_notice", "swap"])
    w.t(f'{{"ts":"{L.iso(ctx)}","event":"{ev}","meterSerial":"').t(f"{pick(ctx, ['LGZ', 'KAM', 'ITR'])}{L.dig(ctx, 8)}")
    w.t('","obis":"').n(pick(ctx, ["1-0:1.8.0", "1-0:2.8.0", "0-0:96.7.21", "1-0:32.7.0"])).t('",')
    if ev in ("commissioned", "swap"):
        w.t('"modem":{"imei":"').p("IMEI", L.imei(ctx)).t('","imsi":"').p("IMSI", L.imsi(ctx))
        # the modem SIM's serial goes with its IMSI (labelled): personal, no type; unlabelled
        w.t('","iccid":"').v("8946" + L.dig(ctx, 15)).t('","fw":"').n(pick(ctx, ["BG95M3LAR02A03", "EG915UEU_R01"])).t('"}')
        if ev == "swap":
            w.t(',"previousImei":"').p("IMEI", L.imei(ctx)).t('","rejectedImei":"').n(L.imei(ctx, broken=True)).t('"')
        w.t(',"installer":"').p("USERNAME", login(ctx, person(ctx, 1))).t('"}')
    elif ev == "lastgasp":
        w.t(f'"phaseLoss":["L{ctx.rng.randint(1, 3)}"],"gateway":"').p("IPV6", L.ip6(ctx, "plain")).t('"}')
    else:
        p = person(ctx)
        w.t('"customer":{"name":"').p("PERSON_NAME", display(ctx, p)).t('","msisdn":"').p("PHONE", L.ph(ctx, style="e164"))
        if ctx.rng.random() < 0.4:
            w.t('","orgnr":"').p("ORGNR", L.orgnr(ctx))
        w.t('"},"sms":"').t(pick(ctx, ["Planerat avbrott 09-12. Info 020-32 32 32", "Strømbrudd i ditt område. Info 915 02 100",
                                      "Corte programado 10-14h. Info 900 100 100"])).t('"}')


# ------------------------------------------------------------------ kv-cef

# FireEye Endpoint Security (HX) CEF, common log fields (rt, dvchost, deviceExternalId, cs1 agent cert hash,
# dst, dmac, dhost, dntdom, cs2 agent version) (https://docs.trellix.com/docs/common-log-fields-1).
def fireeye_hx(ctx, rec, cols):
    w = cw(rec)
    p = person(ctx)
    name = pick(ctx, ["IOC Hit Found", "Malware Hit Found", "Exploit Hit Found", "Host Contained"])
    w.t(f"{L.bsd(ctx)} hx-appliance fenotify-{ctx.rng.randint(1000, 99999)}.alert: CEF:0|fireeye|hx|")
    w.n(pick(ctx, ["5.3.1.1", "6.2.0.987512", "4.9.3.781340"])).t(f"|{name}|{name}|10|rt={L.bsd(ctx)} UTC dvchost=hx01.soc.example.eu")
    w.t(" deviceExternalId=").n("86" + L.hexs(ctx, 10).upper()).t(" cs1Label=Host Agent Cert Hash cs1=").n(L.hexs(ctx, 22))
    w.t(" dst=").p("IPV4", L.ip4(ctx)).t(" dmac=").p("MAC", L.mac(ctx, "DASH")).t(" dhost=")
    given_host(ctx, w, p, pick(ctx, ["LT-{g}", "{g}-PC", "WS-{g}-02"]))
    w.t(f" dntdom={pick(ctx, ['UNI', 'CORP', 'RAIL'])} cs2Label=FireEye Agent Version cs2=").n(pick(ctx, ["35.31.0", "33.46.6", "36.2.0"]))
    w.t(" cs5Label=Target GMT Offset cs5=+PT1H")
    if ctx.rng.random() < 0.7:
        w.t(" duser=").p("USERNAME", login(ctx, p))
    if name != "Host Contained":
        w.t(" fileHash=").n(L.hexs(ctx, 32)).t(" filePath=C:\\\\Users\\\\").p("USERNAME", login(ctx, p, "g.s"))
        w.t("\\\\AppData\\\\Local\\\\Temp\\\\").t(pick(ctx, ["invoice.js", "setup.exe", "factura.pdf.exe"]))
    w.t(" act=").t(pick(ctx, ["Detection", "Quarantined", "Contained"]))


# in-house format: a payment switch's audit trail in logfmt (card disputes, KYC checks, payee changes)
def payment_audit(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    ev = pick(ctx, ["dispute", "kyc", "payee", "login"])
    w.t(f"ts={L.iso(ctx)} level=info svc=pay-switch event={ev} trace_id=").n(L.hexs(ctx, 32))
    w.t(" operator=").p("USERNAME", login(ctx, person(ctx, 1)))
    if ev == "dispute":
        w.t(" case=").n(f"DSP-{L.dig(ctx, 7)}").t(" card=").n(L.luhn_card(ctx).replace(" ", ""))
        w.t(' cardholder="').p("PERSON_NAME", display(ctx, p)).t('" phone=').p("PHONE", L.ph(ctx, style="e164"))
        w.t(f" reason_code={pick(ctx, ['10.4', '13.1', '4837', '4853'])} amount={ctx.rng.randint(5, 900)}.{L.dig(ctx, 2)}")
    elif ev == "kyc":
        w.t(' customer="').p("PERSON_NAME", display(ctx, p)).t('" pnr=')
        # the bank's pnr field takes a samordningsnummer for customers not in the population register
        if ctx.rng.random() < 0.5:
            w.p("SAMORDNINGSNUMMER", L.snr(ctx, style=pick(ctx, ["10-", "12", "12-"])))
        else:
            w.p("PERSONNUMMER", L.pnr(ctx, style=pick(ctx, ["10-", "12", "12-", "10"])))
        w.t(" email=").p("EMAIL", mail(ctx, p)).t(f" pep=false sanctions=clear score={ctx.rng.randint(1, 99)}")
        if ctx.rng.random() < 0.5:
            w.t(" company_orgnr=").p("ORGNR", L.orgnr(ctx)).t(" rejected_orgnr=").n(L.orgnr(ctx, broken=True))
    elif ev == "payee":
        w.t(' payee="').p("PERSON_NAME", display(ctx, person(ctx, 1))).t('" bankgiro=').n(f"{L.dig(ctx, 4)}-{L.dig(ctx, 4)}")
        w.t(" ip=").p("IPV4", L.ip4(ctx)).t(" device=").p("MAC", L.mac(ctx, "colon"))
    else:
        w.t(" user=").p("EMAIL", mail(ctx, p)).t(" src_ip=").p("IPV6", L.ip6(ctx)).t(f" mfa=sms otp_len=6 result={pick(ctx, ['ok', 'denied'])}")


# in-house format: an airline's self-service check-in kiosks in LEEF 2.0 (tab-delimited)
def checkin_leef(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    ev = pick(ctx, ["CHECKIN", "BAGTAG", "SEATCHG", "DENIED"])
    w.t(f"{L.bsd(ctx)} kiosk-{pick(ctx, ['MAD', 'LIS', 'ARN', 'KEF', 'AMS'])}-{ctx.rng.randint(1, 40):02d} LEEF:2.0|SkyKiosk|CUSS|")
    w.n(pick(ctx, ["4.2.1", "5.0.3"])).t(f"|{ev}|x09|devTime={L.iso(ctx)}\tsrc=").p("IPV4", L.ip4(ctx))
    w.t("\tpnr=").n("".join(ctx.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    w.t("\tpaxName=").p("PERSON_NAME", f"{L.fold(p['surname_l']).upper().replace(' ', '')}/{L.fold(p['given_l']).upper()}")
    w.t(f"\tflight={pick(ctx, ['IB3170', 'TP1284', 'SK1537', 'FI204', 'KL1162'])}\tseat={ctx.rng.randint(1, 32)}{pick(ctx, 'ABCDEF')}")
    if ev != "DENIED":
        w.t("\tcontactPhone=").p("PHONE", L.ph(ctx)).t("\tcontactEmail=").p("EMAIL", mail(ctx, p))
    else:
        w.t("\treason=APIS mismatch\tagentId=").p("USERNAME", login(ctx, person(ctx, 1)))
    w.t("\tffp=").t(f"{pick(ctx, ['IB', 'TP', 'SK'])}{L.dig(ctx, 9)}")  # loyalty number: personal, no type; unlabelled
    w.t("\thelpdesk=").n(pick(ctx, ["+34 913 211 000", "+351 218 413 500", "0770-727 727"]))


# in-house format: a taxi booking platform's API log in logfmt (bookings, driver assignment, SMS)
def taxi_api(ctx, rec, cols):
    w = W(rec)
    p = person(ctx)
    drv = person(ctx, 1)
    ev = pick(ctx, ["booking.created", "driver.assigned", "sms.sent", "booking.cancelled"])
    w.t(f'time="{L.iso(ctx)}" level=info msg="{ev}" booking_id=').n(f"BK{L.dig(ctx, 9)}")
    w.t(" client_ip=").p("IPV4", L.ip4(ctx))
    if ev == "booking.created":
        w.t(' rider="').p("PERSON_NAME", display(ctx, p)).t('" rider_phone=').p("PHONE", L.ph(ctx, style="e164"))
        w.t(f' pickup="{pick(ctx, ["Estación de Atocha", "Aeroporto Humberto Delgado", "Gare du Nord", "Centraal Station"])}"')
    elif ev == "driver.assigned":
        w.t(" driver_id=").p("USERNAME", login(ctx, drv)).t(' driver_name="').p("PERSON_NAME", drv["given"])
        w.t(f'" plate={pick(ctx, ["1234-KLM", "AB-12-CD", "MLB 456"])} eta_s={ctx.rng.randint(60, 900)}')
        if ctx.rng.random() < 0.9:
            # the driver's handset as the driver app reports it
            w.t(" device_imei=").p("IMEI", L.imei(ctx))
            if ctx.rng.random() < 0.6:
                w.t(" sim_imsi=").p("IMSI", L.imsi(ctx))
    elif ev == "sms.sent":
        w.t(" to=").p("PHONE", L.ph(ctx, style="e164")).t(' body="Your driver ').p("PERSON_NAME", drv["given"])
        w.t(' is arriving. Code ').n(L.dig(ctx, 4)).t('" sender=').n(pick(ctx, ["TAXIGO", "RIDEX"]))
    else:
        w.t(" by=").p("EMAIL", mail(ctx, p)).t(f" reason={pick(ctx, ['no_show', 'rider_request'])} support_line=")
        w.n(pick(ctx, ["+34 900 100 200", "+33 1 70 00 00 00"]))


# in-house format: a SASE gateway's web log in CEF (tenant users, device posture, URL categories)
def sase_cef(ctx, rec, cols):
    w = cw(rec)
    p = person(ctx)
    act = pick(ctx, ["allow", "block", "isolate"])
    w.t("CEF:0|EdgeSecure|Cloud Gateway|").n(pick(ctx, ["24.11.2", "25.3.0"])).t(f"|web.{act}|Web transaction|{pick(ctx, ['3', '5', '7'])}|")
    w.t(f"rt={L.epoch(ctx)}000 suser=").p("EMAIL", mail(ctx, p)).t(" src=").p("IPV4", L.ip4(ctx))
    w.t(" sourceTranslatedAddress=").p("IPV4", L.ip4(ctx)).t(f" dhost={pick(ctx, ['drive.google.com', 'wetransfer.com', 'chat.openai.com', 'mega.nz'])}")
    w.t(" shost=")
    given_host(ctx, w, p, pick(ctx, ["{g}-thinkpad", "MBP-{g}"]))
    w.t(" smac=").p("MAC", L.mac(ctx, "COLON")).t(f" act={act} cs1Label=category cs1=").t(pick(ctx, ["Cloud Storage", "Generative AI", "Gambling"]))
    w.t(" cs2Label=deviceId cs2=").n(L.uuid(ctx)).t(" requestClientApplication=").n(pick(ctx, ["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "EdgeClient/3.7.1"]))
    if act == "block" and ctx.rng.random() < 0.5:
        w.t(" request=https://wetransfer.com/upload?to\\=").p("EMAIL", mail(ctx, person(ctx, 1)))


# ------------------------------------------------------------------ asterisk-cdr

def _clid(w, ctx, name, num):
    parts = []
    if name:
        parts += [(None, '"'), ("PERSON_NAME", name), (None, '" ')]
    parts += [(None, "<"), ("PHONE", num), (None, ">")]
    return parts


# in-house format (cdr_csv columns as rules/asterisk-cdr.toml lists them): a university switchboard
# (IVR on the published number, queues with Local agent channels, students calling extensions)
def uni_switchboard(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["ivr", "queue", "ext", "out", "emerg"])
    num = dialled(ctx)
    tm = L.ast_times(ctx)
    c = {"amaflags": "DOCUMENTATION", "disposition": "ANSWERED", "uniqueid": L.ast_uid(ctx), **tm}
    trunk = pick(ctx, ["telia-sip", "tele2-trunk"])
    if shape == "ivr":
        pub = pick(ctx, ["0317860000", "+46317860000", "0184710000"])
        c.update(src=[("PHONE", num)], dst=[(NEG, pub)], dcontext="ivr-3", clid=_clid(None, ctx, display(ctx, p) if ctx.rng.random() < 0.5 else None, num),
                 channel=[(None, f"PJSIP/{trunk}-"), (None, L.hexs(ctx, 8))], lastapp="BackGround", lastdata="custom/vaxel-meny",
                 userfield="")
    elif shape == "queue":
        agent = ext(ctx)
        c.update(src=[("PHONE", num)], dst=[(NEG, pick(ctx, ["600", "601", "610"]))], dcontext="ext-queues",
                 clid=_clid(None, ctx, None, num), channel=f"PJSIP/{trunk}-{L.hexs(ctx, 8)}",
                 dstchannel=[(None, "Local/"), ("PHONE", agent), (None, f"@from-queue-{L.hexs(ctx, 8)};1")],
                 lastapp="Queue", lastdata="600,t,,,300", userfield=[(None, "studentkonto="), ("USERNAME", login(ctx, p, "stud"))])
    elif shape == "ext":
        a, b = ext(ctx), ext(ctx)
        c.update(src=[("PHONE", a)], dst=[("PHONE", b)], dcontext="from-internal", clid=_clid(None, ctx, display(ctx, p), a),
                 channel=[(None, "PJSIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")],
                 dstchannel=[(None, "PJSIP/"), ("PHONE", b), (None, f"-{L.hexs(ctx, 8)}")], lastapp="Dial",
                 lastdata=[(None, "PJSIP/"), ("PHONE", b), (None, ",30,tT")])
    elif shape == "out":
        a = ext(ctx)
        c.update(accountcode=[("BADGE", L.badge(ctx))], src=[("PHONE", a)], dst=[("PHONE", num)], dcontext="from-internal",
                 clid=_clid(None, ctx, display(ctx, p), a), channel=[(None, "PJSIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")],
                 dstchannel=f"PJSIP/{trunk}-{L.hexs(ctx, 8)}", lastapp="Dial",
                 lastdata=[(None, f"PJSIP/"), ("PHONE", num), (None, f"@{trunk},60,tT")])
    else:
        a = ext(ctx)
        s = pick(ctx, ["112", "114 14", "1177"]).replace(" ", "")
        c.update(src=[("PHONE", a)], dst=[(NEG, s)], dcontext="from-internal", clid=_clid(None, ctx, display(ctx, p), a),
                 channel=[(None, "PJSIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")], dstchannel=f"DAHDI/1-1",
                 lastapp="Dial", lastdata=[(None, "DAHDI/g0/"), (NEG, s)])
    L.ast_row(ctx, rec, c)


NEG = L.NEG


# in-house format (cdr_csv columns): a water and power utility's outage line with callbacks to customers
# (AGI callback dialler, announcements, voicemail for the call-back list)
def outage_line(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["announce", "callback", "vm", "anon"])
    num = dialled(ctx)
    c = {"amaflags": "BILLING", "disposition": "ANSWERED", "uniqueid": L.ast_uid(ctx), **L.ast_times(ctx, answered=shape != "anon")}
    if shape == "announce":
        c.update(src=[("PHONE", num)], dst=[(NEG, pick(ctx, ["0203232323", "+4620323232", "91502100"]))], dcontext="avbrott-info",
                 clid=_clid(None, ctx, None, num), channel=f"SIP/operator-in-{L.hexs(ctx, 8)}", lastapp="Playback",
                 lastdata="avbrott/omrade-17&avbrott/beraknad-tid")
    elif shape == "callback":
        c.update(accountcode="CALLBACK", src=[(NEG, "0203232323")], dst=[("PHONE", num)], dcontext="callback-out",
                 clid=[(None, '"Elnät kundtjänst" <'), (NEG, "0203232323"), (None, ">")],
                 channel=[(None, "Local/"), ("PHONE", num), (None, f"@callback-out-{L.hexs(ctx, 8)};2")],
                 dstchannel=f"SIP/operator-out-{L.hexs(ctx, 8)}", lastapp="AGI",
                 lastdata="agi://10.0.0.5/callback.agi", userfield=[(None, "kund="), ("PERSON_NAME", display(ctx, p)), (None, ";pnr="), ("SAMORDNINGSNUMMER", L.snr(ctx, style=pick(ctx, ["10-", "12", "12-"])))
                                                                 if ctx.rng.random() < 0.4 else ("PERSONNUMMER", L.pnr(ctx, style=pick(ctx, ["10-", "12", "12-", "10"])))])
    elif shape == "vm":
        c.update(src=[("PHONE", num)], dst=[(NEG, "*97")], dcontext="app-vmmain", clid=_clid(None, ctx, display(ctx, p), num),
                 channel=f"SIP/operator-in-{L.hexs(ctx, 8)}", lastapp="VoiceMail", lastdata="9000@default,u",
                 userfield=[(None, "bolag="), ("ORGNR", L.orgnr(ctx))])
    else:
        c.update(src="anonymous", dst=[(NEG, "0203232323")], dcontext="from-pstn", clid='"Anonymous" <anonymous>',
                 channel=f"SIP/operator-in-{L.hexs(ctx, 8)}", lastapp="Hangup", lastdata="", disposition="NO ANSWER")
    L.ast_row(ctx, rec, c)


# in-house format (cdr_csv columns): a VICIdial-style outbound campaign (campaign caller id, customers'
# numbers dialled through the carrier with a 9 prefix, lead ids in the user field)
def outbound_campaign(ctx, rec, cols):
    p = person(ctx)
    country = pick(ctx, ["ES", "PT", "IT", "MX", "BR"])
    number = L.nsn(ctx, country)
    e164 = "+" + L.COUNTRIES[country][0] + number
    cid = pick(ctx, ["34910000000", "351210000000", "390200000000"])
    ans = ctx.rng.random() < 0.6
    c = {"amaflags": "DOCUMENTATION", "uniqueid": L.ast_uid(ctx), **L.ast_times(ctx, answered=ans),
         "disposition": "ANSWERED" if ans else pick(ctx, ["NO ANSWER", "BUSY", "FAILED"])}
    dst = "9" + L.COUNTRIES[country][0] + number
    c.update(accountcode=f"CMP{ctx.rng.randint(100, 999)}", src=[(NEG, cid)], dst=[(None, "9"), ("PHONE", dst[1:])], dcontext="default",
             clid=[(None, '"V'), (NEG, f"{L.when(ctx):%m%d%H%M%S}{L.dig(ctx, 9)}"), (None, '" <'), (NEG, cid), (None, ">")],
             channel=[(None, "Local/9"), ("PHONE", dst[1:]), (None, f"@default-{L.hexs(ctx, 8)};1")],
             dstchannel=f"SIP/carrier-{L.hexs(ctx, 8)}", lastapp="Dial",
             lastdata=[(None, "SIP/carrier/"), ("PHONE", e164), (None, ",,tTo")],
             userfield=[(None, "lead="), (NEG, L.dig(ctx, 8)), (None, ";agent="), ("USERNAME", login(ctx, person(ctx, 1))),
                        (None, ";nome="), ("PERSON_NAME", display(ctx, p))])
    shape = pick(ctx, ["dial", "dial", "amd", "agent"])
    if shape == "amd":
        # answering-machine detection on the customer's leg
        c.update(L.ast_times(ctx, answered=True))
        c.update(lastapp="AMD", lastdata="", disposition="ANSWERED",
                 userfield=[(None, "AMDSTATUS="), (None, pick(ctx, ["MACHINE", "HUMAN", "NOTSURE"])), (None, ";lead="), (NEG, L.dig(ctx, 8))])
    elif shape == "agent":
        # the agent's phone joining the campaign's session conference: the room is no one's line
        a = ext(ctx)
        room = "86000" + L.dig(ctx, 2)
        c.update(L.ast_times(ctx, answered=True))
        c.update(accountcode="", src=[("PHONE", a)], dst=[(NEG, room)], dcontext="default",
                 clid=[(None, '"'), ("PERSON_NAME", display(ctx, person(ctx, 1))), (None, '" <'), ("PHONE", a), (None, ">")],
                 channel=[(None, "SIP/"), ("PHONE", a), (None, f"-{L.hexs(ctx, 8)}")], dstchannel="", lastapp="MeetMe",
                 lastdata=[(NEG, room), (None, ",F")], disposition="ANSWERED",
                 userfield=[(None, "agent="), ("USERNAME", login(ctx, person(ctx, 1)))])
    L.ast_row(ctx, rec, c, n=18)


# ------------------------------------------------------------------ freeswitch-cdr

# in-house format (mod_cdr_csv default template, rules/freeswitch-cdr.toml): a rail operator's customer line
# (callers by name or number, the published line and the lost-property queue, staff with badges)
def rail_line(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["in", "in-noname", "staff", "unknown", "lost"])
    num = dialled(ctx)
    cells = {"context": pick(ctx, ["public", "kundservice"])}
    if shape in ("in", "lost"):
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", num)],
                     destination_number=[(NEG, pick(ctx, ["0771757575", "+46771757575"]) if shape == "in" else "7100")])
    elif shape == "in-noname":
        cells.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)], destination_number=[(NEG, "0771757575")])
    elif shape == "unknown":
        cells.update(caller_id_name=[(NEG, "UNKNOWN")], caller_id_number=[(NEG, "0000000000")], destination_number=[(NEG, "0771757575")])
    else:
        a = ext(ctx)
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", a)], destination_number=[("PHONE", num)],
                     context="default", accountcode=[("BADGE", L.badge(ctx))])
    L.fs_row(ctx, rec, cells, answered=shape != "unknown")


# in-house format (mod_cdr_csv default template): a bank's card-block and fraud line (IVR, callbacks to
# card holders, the emergency block number, cost centres in accountcode)
def card_block_line(ctx, rec, cols):
    p = person(ctx)
    shape = pick(ctx, ["in", "callback", "ivr", "cc"])
    num = dialled(ctx)
    cells = {"context": "public"}
    if shape == "in":
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", num)],
                     destination_number=[(NEG, pick(ctx, ["+4687890000", "020-40 40 40".replace("-", "").replace(" ", "")]))])
    elif shape == "ivr":
        cells.update(caller_id_name=[("PHONE", num)], caller_id_number=[("PHONE", num)], destination_number=[(NEG, "5000")], context="ivr")
    elif shape == "callback":
        cells.update(caller_id_name=[(NEG, "Kortspärr")], caller_id_number=[(NEG, "+4687890000")], destination_number=[("PHONE", num)],
                     context="callback", accountcode=[("BADGE", L.badge(ctx))])
    else:
        a = ext(ctx)
        cells.update(caller_id_name=[("PERSON_NAME", display(ctx, p))], caller_id_number=[("PHONE", a)], destination_number=[("PHONE", num)],
                     context="default", accountcode=[(NEG, pick(ctx, ["KST4410", "CC-2210", "4410-220"]))])
    L.fs_row(ctx, rec, cells, answered=ctx.rng.random() < 0.85)


# ------------------------------------------------------------------ cisco-cucm-cdr

def _dev(ctx, p, kind=None, acct=None):
    """A device: a SEP phone by its MAC, or a Jabber client named after the
    user's login (upper case, at most twelve characters)."""
    kind = kind or pick(ctx, ["SEP", "SEP", "CSF", "TCT"])
    if kind == "SEP":
        return [(None, "SEP"), ("MAC", L.mac(ctx, "BARE"))]
    acct = L.fold(acct or login(ctx, p, pick(ctx, ["g1s", "gs", "g.s"]))).upper()[:12].rstrip("._-")
    return [(None, kind), ("USERNAME", acct)]


# in-house format (CUCM 11.x CDR columns as rules/cisco-cucm-cdr.toml lists them): a campus cluster's internal
# calls between SEP phones and Jabber clients, with login user ids and directory URIs
def campus_internal(ctx, rec, cols):
    a, b = person(ctx), person(ctx, 1)
    la, lb = login(ctx, a), login(ctx, b)
    ea, eb = ext(ctx), ext(ctx)
    ia, ib = L.ip4(ctx), L.ip4(ctx)
    cells = {"origIpAddr": [("IPV4", L.ip4int(ia))], "destIpAddr": [("IPV4", L.ip4int(ib))],
             "origMediaTransportAddress_IP": [("IPV4", L.ip4int(ia))], "destMediaTransportAddress_IP": [("IPV4", L.ip4int(ib))],
             "callingPartyNumber": [("PHONE", ea)], "originalCalledPartyNumber": [("PHONE", eb)], "finalCalledPartyNumber": [("PHONE", eb)],
             "callingPartyUnicodeLoginUserID": [("USERNAME", la)], "finalCalledPartyUnicodeLoginUserID": [("USERNAME", lb)],
             "origDeviceName": _dev(ctx, a, acct=la), "destDeviceName": _dev(ctx, b, acct=lb),
             "callingPartyNumberPartition": "PT_Campus", "originalCalledPartyNumberPartition": "PT_Campus", "finalCalledPartyNumberPartition": "PT_Campus",
             "origIpv4v6Addr": [("IPV4", ia)], "destIpv4v6Addr": [("IPV4", ib)]}
    if ctx.rng.random() < 0.5:
        cells["callingPartyNumber_uri"] = [("EMAIL", mail(ctx, a, "uni.example.eu"))]
        cells["finalCalledPartyNumber_uri"] = [("EMAIL", mail(ctx, b, "uni.example.eu"))]
    L.cucm_row(ctx, rec, cols, cells)


# in-house format (CUCM CDR columns): PSTN calls out through the campus gateway (outpulsed numbers with the
# 0 access code, client matter codes, emergency calls)
def campus_pstn(ctx, rec, cols):
    a = person(ctx)
    la = login(ctx, a)
    ea = ext(ctx)
    ia = L.ip4(ctx)
    emerg = ctx.rng.random() < 0.15
    if emerg:
        far = [(NEG, pick(ctx, ["112", "0112"]))]
        out = [(NEG, "112")]
    else:
        c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
        n = L.nsn(ctx, c)
        intl = "00" + L.COUNTRIES[c][0] + n if c != "SE" else "0" + n
        far = [(None, "0"), ("PHONE", intl)]
        out = [("PHONE", "+" + L.COUNTRIES[c][0] + n)]
    cells = {"origIpAddr": [("IPV4", L.ip4int(ia))], "destIpAddr": [("IPV4", L.ip4int(L.ip4(ctx)))],
             "callingPartyNumber": [("PHONE", ea)], "originalCalledPartyNumber": far, "finalCalledPartyNumber": far,
             "callingPartyUnicodeLoginUserID": [("USERNAME", la)], "origDeviceName": _dev(ctx, a, acct=la),
             "destDeviceName": "GW_CUBE_01", "outpulsedCalledPartyNumber": out,
             "outpulsedCallingPartyNumber": [(NEG, "+46317860000")] if ctx.rng.random() < 0.5 else [("PHONE", "+4631786" + ea)],
             "callingPartyNumberPartition": "PT_Campus", "finalCalledPartyNumberPartition": "PT_PSTN",
             "clientMatterCode": [(NEG, pick(ctx, ["KST 4410", "CC-7731", "5512"]))] if ctx.rng.random() < 0.4 else "",
             "origIpv4v6Addr": [("IPV4", ia)]}
    L.cucm_row(ctx, rec, cols, cells)


# in-house format (CUCM CDR columns): PSTN callers to the student-services hunt pilot, answered by agents
# (queued, huntPilotDN, pattern usage 7) or forwarded to the voicemail pilot
def campus_hunt(ctx, rec, cols):
    b = person(ctx, 1)
    lb = login(ctx, b)
    c = L.wpick(ctx, ctx.pools.PHONE_WEIGHTS)
    n = L.nsn(ctx, c)
    caller = ("+" + L.COUNTRIES[c][0] + n) if c != "SE" else ("0" + n)
    pilot = pick(ctx, ["2000", "2050", "4000"])
    agent = ext(ctx)
    vm = ctx.rng.random() < 0.3
    cells = {"callingPartyNumber": [("PHONE", caller)], "originalCalledPartyNumber": [(NEG, pilot)],
             "finalCalledPartyNumber": [(NEG, "8999")] if vm else [("PHONE", agent)],
             "lastRedirectDn": [(NEG, pilot)], "huntPilotDN": [(NEG, pilot)], "huntPilotPartition": "PT_Hunt",
             "calledPartyPatternUsage": "7", "wasCallQueued": "1", "totalWaitTimeInQueue": str(ctx.rng.randint(3, 400)),
             "origDeviceName": "GW_CUBE_01", "destDeviceName": "CUC_VM_01" if vm else _dev(ctx, b, acct=lb),
             "destIpAddr": [("IPV4", L.ip4int(L.ip4(ctx)))],
             "finalCalledPartyUnicodeLoginUserID": "" if vm else [("USERNAME", lb)],
             "origCalledPartyRedirectReason": "0", "lastRedirectRedirectReason": "2" if vm else "0"}
    L.cucm_row(ctx, rec, cols, cells)


TEMPLATES = [
    ("syslog", "unbound", unbound),
    ("syslog", "pppd", pppd),
    ("syslog", "captiveportal", captiveportal),
    ("syslog", "tacplus", tacplus),
    ("syslog", "fail2ban", fail2ban),
    ("syslog", "sogo", sogo),
    ("syslog", "tinyproxy", tinyproxy),
    ("syslog", "rail-notes", rail_notes),
    ("syslog", "utility-notes", utility_notes),
    ("json", "telegram", telegram),
    ("json", "whatsapp", whatsapp),
    ("json", "stripe", stripe),
    ("json", "osquery", osquery),
    ("json", "mattermost", mattermost),
    ("json", "student-export", student_export),
    ("json", "meter-headend", meter_headend),
    ("kv-cef", "fireeye-hx", fireeye_hx),
    ("kv-cef", "payment-audit", payment_audit),
    ("kv-cef", "checkin-leef", checkin_leef),
    ("kv-cef", "taxi-api", taxi_api),
    ("kv-cef", "sase-cef", sase_cef),
    ("asterisk-cdr", "uni-switchboard", uni_switchboard),
    ("asterisk-cdr", "outage-line", outage_line),
    ("asterisk-cdr", "outbound-campaign", outbound_campaign),
    ("freeswitch-cdr", "rail-line", rail_line),
    ("freeswitch-cdr", "card-block-line", card_block_line),
    ("cisco-cucm-cdr", "campus-internal", campus_internal),
    ("cisco-cucm-cdr", "campus-pstn", campus_pstn),
    ("cisco-cucm-cdr", "campus-hunt", campus_hunt),
]
