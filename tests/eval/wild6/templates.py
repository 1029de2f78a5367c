"""Templates of the wild6 split (the ninth pair's development half).

Every template is a callable (ctx, rec, cols) that picks one of several
shapes of its product. Each names, above it, the public source its shape was
taken from (found with the `search` tool), or says it is an in-house format.
Values come from ninthlib and this split's pools.py only.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ninthlib import (NEG, Num, Q, S, T_BADGE, T_EMAIL, T_IMEI, T_IMSI, T_IP4, T_IP6, T_MAC, T_NAME,  # noqa: E402
                      T_ORG, T_PHONE, T_PNR, T_SNR, T_USER, account, badge, clf, csv_row, cucm_row, email, emit,
                      epoch, ext, form, h3164, h5424, hexs, host, html_ent, imei, imsi, int_ip, ip4, ip6, iso, jdump,
                      json_in_string, mac, mime_q, name_as, neg, ocr, orgnr, pct, person, phone, phone_dial, phone_parts,
                      phone_spell, pick, pnr, ri, sqlts, sub, ts3164, uuid, when)

GENERATORS = {}
CUCM_HEADER_DECOYS = ["callingPartyNumber", "finalCalledPartyUnicodeLoginUserID", "huntPilotDN"]
SYSUSERS = ["root", "admin", "ubnt", "pi", "backup", "nobody", "postgres", "git", "svc_backup", "sa_veeam"]


def P(ctx):
    return ctx.pools


def sysuser(ctx):
    return neg(ctx.rng.choice(SYSUSERS))


def acct(ctx, i=0):
    return (T_USER, account(ctx, person(ctx, i)))


def nm(ctx, i=0, style=None):
    return (T_NAME, name_as(ctx, person(ctx, i), style))


def ph(ctx, **kw):
    return (T_PHONE, phone(ctx, **kw))


def svc(ctx, iso="SE"):
    return neg(ctx.rng.choice(P(ctx).SERVICE_NUMBERS[iso]))


# --------------------------------------------------------------- syslog

# smstools3 (smsd) through syslog. Source: SMS Server Tools 3 version history,
# http://smstools3.kekekasvi.com/index.php?p=history3 ("SMS sent, Message_id: 12,
# To: 358401234567, sending time 34 sec. Retries: 2"); numbers without '+'.
def smsd(ctx, rec, cols):
    rng = ctx.rng
    dev = rng.choice(["GSM1", "GSM2", "huawei1"])
    h = h3164(ctx, "nv-sms1", f"smsd[{ri(ctx, 800, 9000)}]")
    k = rng.randint(0, 7)
    cc = lambda: (T_PHONE, phone(ctx, style=pick(rng, [("ccdigits", 6), ("e164", 2), ("natdigits", 1)])))  # noqa: E731
    if k == 6:
        emit(rec, h, f"{dev}: IMEI: ", (T_IMEI, imei(ctx, style="plain")), ", SMSC: ",
             neg(rng.choice(["+46705008999", "+46708000708", "+4790002100"])))
    elif k == 7:
        emit(rec, h, f"{dev}: SMS received, From: ", neg(rng.choice(["Telia", "72400", "Tele2"])), " (operator message)")
    elif k == 0:
        emit(rec, h, f"{dev}: SMS sent, Message_id: {ri(ctx, 1, 255)}, To: ", cc(),
             f", sending time {ri(ctx, 2, 40)} sec.", rng.choice(["", f" Retries: {ri(ctx, 1, 3)}"]))
    elif k == 1:
        emit(rec, h, f"{dev}: SMS received, From: ", cc())
    elif k == 2:
        emit(rec, h, f"{dev}: Sending SMS from  to ", cc(), f" failed, trying time {ri(ctx, 5, 60)} sec. Retries: 1.")
    elif k == 3:
        emit(rec, h, f"{dev}: SMS sent, Message_id: {ri(ctx, 1, 255)}, To: ", neg(rng.choice(["72456", "72400", "1244"])),
             f", sending time {ri(ctx, 2, 9)} sec.")
    elif k == 4:
        emit(rec, h, f"{dev}: IMSI: ", (T_IMSI, imsi(ctx)), " Signal Quality: ", f"-{ri(ctx, 55, 99)} dBm")
    else:
        emit(rec, h, "smsd: Moved file /var/spool/sms/outgoing/larm_", cc(), f"_{ri(ctx, 1000, 9999)} to /var/spool/sms/checked")


# Dropbear SSH on routers. Source: dropbear svr-authpasswd.c / svr-auth.c
# messages, as matched by the Wazuh dropbear rules and the Fail2Ban dropbear
# filter (search: code corpus, "Password auth succeeded for").
def dropbear(ctx, rec, cols):
    rng = ctx.rng
    h = h3164(ctx, rng.choice(["nv-rtr-kiosk", "OpenWrt", "hst-ap-vind"]), f"dropbear[{ri(ctx, 300, 30000)}]")
    who = acct(ctx) if rng.random() < 0.7 else sysuser(ctx)
    src = (T_IP4, ip4(ctx))
    port = ri(ctx, 30000, 65000)
    k = rng.randint(0, 4)
    if k == 0:
        emit(rec, h, "Password auth succeeded for '", who, "' from ", src, f":{port}")
    elif k == 1:
        emit(rec, h, "Bad password attempt for '", who, "' from ", src, f":{port}")
    elif k == 2:
        fp = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))
        emit(rec, h, "Pubkey auth succeeded for '", who, f"' with ssh-ed25519 key SHA256:{fp} from ", src, f":{port}")
    elif k == 3:
        emit(rec, h, "Exit (", who, ") from <", src, f":{port}>: Disconnect received")
    else:
        emit(rec, h, "Exit before auth from <", src, f":{port}>: (user '", who, "', 10 fails): Max auth tries reached - user '",
             who, "'", rng.choice(["", [" from ", src, f":{port}"]]))


# Roundcube webmail userlogins through syslog (log_logins = true). Source:
# Roundcube's rcmail::log_login ("Successful login for %s (ID: %d) from %s in
# session %s", "Failed login for %s from %s in session %s (error: %d)", the
# session id cut to 16 characters), rcube_utils::remote_ip (" (X-Forwarded-For:
# ...)" after the address) and rcube::write_log (a "<first 8 of the session>"
# prefix, log_session_id = 8), roundcube/roundcubemail (code corpus).
def roundcube(ctx, rec, cols):
    rng = ctx.rng
    sess = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
    h = h3164(ctx, "nv-mail1", "roundcube")
    p = person(ctx)
    if rng.random() < 0.5:
        who = (T_EMAIL, email(ctx, p, rng.choice(["nordvik-energi.se", "hamnstad.se"])))
    else:
        who = (T_USER, account(ctx, p))
    src = [(T_IP4, ip4(ctx))]
    if rng.random() < 0.3:
        src += [" (X-Forwarded-For: ", (T_IP4, ip4(ctx, "pub")), ")"]
    if rng.random() < 0.55:
        emit(rec, h, f"<{sess[:8]}> Successful login for ", who, f" (ID: {ri(ctx, 2, 4000)}) from ", src,
             f" in session {sess[:16]}")
    else:
        emit(rec, h, f"<{sess[:8]}> Failed login for ", who, " from ", src, f" in session {sess[:16]} (error: ",
             rng.choice(["49", "0", "1"]), ")")


# CUPS page_log through rsyslog imfile. Source: cupsd-logs(5) and ref-page_log
# ("printer user job-id date-time page-number num-copies job-billing
# job-originating-host-name job-name media sides").
def cups_page(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    printer = rng.choice(["NV-Plan3-Kyocera", "HST_Reception_MFP", "nv-lab-hp4250", "Ekonomi_Ricoh"])
    user = (T_USER, account(ctx, p)) if rng.random() < 0.85 else sysuser(ctx)
    billing = neg(rng.choice(["KST-4410", "KST-7720", "PRJ2026-118"])) if rng.random() < 0.5 else "-"
    hostv = (T_IP4, ip4(ctx, "priv")) if rng.random() < 0.6 else rng.choice(["localhost", "nv-ws117.nordvik.local"])
    k = rng.randint(0, 3)
    if k == 0:
        job = ["Lönespec_", (T_NAME, p["given"]), "_", (T_NAME, p["surname"].replace(" ", "_")), ".pdf"]
    elif k == 1:
        job = ["Microsoft Word - CV ", (T_NAME, name_as(ctx, p, "full")), ".docx"]
    elif k == 2:
        job = ["Ärende ", neg(f"BN {when(ctx).year}-{ri(ctx, 100, 9999)}"), " beslut.pdf"]
    else:
        job = [rng.choice(["smbprn.00004411 Remote Downlevel Document", "untitled", "Report.xlsx"])]
    emit(rec, h3164(ctx, "hst-print2", "cups-page", 190), printer, " ", user, f" {ri(ctx, 10, 9999)} [", clf(ctx), "] ",
         rng.choice(["total", "1", "2"]), f" {ri(ctx, 1, 3)} ", billing, " ", hostv, " ", job, " ",
         rng.choice(["A4", "iso_a4_210x297mm", "A3"]), " ", rng.choice(["one-sided", "two-sided-long-edge"]))


# Cisco WSA / Secure Web Appliance W3C access log. Source: AsyncOS for Web User
# Guide, "W3C Compliant Access Log Files" (#Fields: timestamp x-elapsed-time c-ip
# x-resultcode-httpstatus sc-bytes cs-method cs-url cs-username ...).
def wsa_w3c(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    if rng.random() < 0.08:
        emit(rec, h3164(ctx, "nv-wsa1", "wsa_w3c", 134), "#Fields: timestamp x-elapsed-time c-ip x-resultcode-httpstatus "
             "sc-bytes cs-method cs-url cs-username x-hierarchy-origin cs-mime-type x-acltag x-webcat-code-abbr")
        return
    k = rng.randint(0, 4)
    if k == 0:
        url = ["https://www.hitta.se/s%C3%B6k?vad=", (T_PHONE, pct(phone(ctx, iso="SE", style="nat")))]
    elif k == 1:
        url = ["https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=", uuid(ctx),
               "&login_hint=", (T_EMAIL, pct(email(ctx, p, "nordvik-energi.se")))]
    elif k == 2:
        url = ["https://www.linkedin.com/in/", (T_NAME, p["given_l"].lower()), "-", (T_NAME, p["surname_l"].lower().replace(" ", "-")),
               "-", hexs(rng, 8)]
    elif k == 3:
        url = ["http://update.nordvik.local/api/v1/check?ver=", neg(rng.choice(["10.44.3.2", "4.12.0.3", "2026.3.1.8"])),
               "&arch=x64"]
    else:
        url = [rng.choice(["https://outlook.office365.com/owa/", "http://ctldl.windowsupdate.com/msdownload/update/v3/static/trustedr/en/authrootstl.cab",
                           "https://teams.microsoft.com/api/mt/emea/beta/users/"])]
    uname = rng.random()
    if uname < 0.5:
        user = [rng.choice(P(ctx).NETBIOS), "\\", (T_USER, account(ctx, p))]
    elif uname < 0.75:
        user = [(T_USER, account(ctx, p)), "@", rng.choice(P(ctx).UPN_SUFFIX).upper()]
    elif uname < 0.85:
        user = [(T_USER, account(ctx, p))]
    else:
        user = ["-"]
    emit(rec, h3164(ctx, "nv-wsa1", "wsa_w3c", 134),
         f"{epoch(ctx)}.{ri(ctx, 100, 999)} {ri(ctx, 3, 4000)} ", (T_IP4, ip4(ctx, "priv")), " ",
         rng.choice(["TCP_MISS/200", "TCP_DENIED/403", "TCP_CLIENT_REFRESH_MISS/200", "TCP_MISS_SSL/200"]),
         f" {ri(ctx, 200, 900000)} ", rng.choice(["GET", "POST", "CONNECT"]), " ", url, " ", user, " DIRECT/",
         (T_IP4, ip4(ctx, "pub")), " ", rng.choice(["text/html", "application/json", "-"]), " ",
         rng.choice(["DEFAULT_CASE_12-NV_Staff-NV_ID.AD-NONE-NONE-NONE-DefaultGroup-NONE",
                     "BLOCK_WEBCAT_12-NV_Guest-NV_ID.Guest-NONE-NONE-NONE-DefaultGroup-NONE"]),
         " ", rng.choice(["IW_srch", "IW_busi", "IW_comp", "IW_snet"]))


# Huawei VRP (NetEngine/CE switches) CLI audit. Source: Huawei log references
# SHELL/5/CMDRECORD, CMD/4/SUPERLOGIN and CLI/5/LOGOUT (a10.tagan.ru/huawei/...).
def huawei_vrp(ctx, rec, cols):
    rng = ctx.rng
    hn = rng.choice(["NV-CORE-SW1", "HST-AGG-02", "NV-PE-STO"])
    t = when(ctx)
    head = f"<{rng.choice([187, 189, 190])}>{ts3164(ctx)} {t.year} {hn} "
    who = acct(ctx) if rng.random() < 0.8 else neg(rng.choice(["**", "_system_"]))
    ipv = (T_IP4, ip4(ctx, "priv"))
    k = rng.randint(0, 3)
    if k == 0:
        cmd = rng.choice([["display current-configuration"], ["undo local-user ", acct(ctx, 1)],
                          ["local-user ", acct(ctx, 1), " password irreversible-cipher ******"],
                          ["interface GigabitEthernet0/0/", ri(ctx, 1, 48)], ["description ", nm(ctx, 1), " kontor 3tr"]])
        emit(rec, head, f"%%01SHELL/5/CMDRECORD(s)[{ri(ctx, 1, 99)}]:Recorded command information. (Task=VT{ri(ctx, 0, 4)}, Ip=",
             ipv, ", VpnName=, User=", who, ', AuthenticationMethod="', rng.choice(["RADIUS", "Local-user", "TACACS"]),
             '", Command="', cmd, '")')
    elif k == 1:
        emit(rec, head, f"%%01CMD/4/SUPERLOGIN(s)[{ri(ctx, 1, 99)}]:User changed level. (User=", who, ", IpAddress=", ipv,
             f", VpnName=, Level=3, Times=1, LoginResult=success)")
    elif k == 2:
        emit(rec, head, f"%%01CLI/5/LOGOUT(s)[{ri(ctx, 1, 99)}]:The user succeeded in logging out of VTY{ri(ctx, 0, 4)}. "
             "(UserType=SSH, UserName=", who, ", RemoteIp=", ipv, ", VpnName=, Reason=", rng.choice(["Configuration is changed.",
                                                                                                      "The user quit."]),
             ", LocalIp=", (T_IP4, ip4(ctx, "priv")), ")")
    else:
        emit(rec, head, f"%%01SSH/5/SSH_USER_LOGIN(s)[{ri(ctx, 1, 99)}]:The SSH user succeeded in logging in. "
             "(ServiceType=stelnet, UserName=", who, ", UserAddress=", ipv, ", LocalAddress=", (T_IP4, ip4(ctx, "priv")),
             ", VPNInstanceName=_public_)")


# Gitea (and Forgejo) application log through journald/syslog. Source: Gitea
# docs, administration/fail2ban-setup ("Failed authentication attempt for user
# from xxx.xxx.xxx.xxx"), router lines as gitea logs them.
def gitea(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    h = h3164(ctx, "nv-git1", f"gitea[{ri(ctx, 500, 9000)}]")
    stamp = f"{t:%Y/%m/%d %H:%M:%S} "
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h, stamp, "...routers/web/auth/auth.go:181:SignInPost() [I] Failed authentication attempt for ", acct(ctx),
             " from ", (T_IP4, ip4(ctx)), f":{ri(ctx, 30000, 65000)}: ",
             rng.choice(["user's password is invalid", "user does not exist", "user is prohibited from login"]))
    elif k == 1:
        emit(rec, h, stamp, "...dules/ssh/ssh.go:155:publicKeyHandler() [W] Failed authentication attempt from ",
             (T_IP4, ip4(ctx)), f":{ri(ctx, 30000, 65000)}")
    elif k == 2:
        owner = acct(ctx)
        emit(rec, h, stamp, "...eb/routing/logger.go:102:func1() [I] router: completed ", rng.choice(["GET", "POST"]), " /",
             owner, "/", rng.choice(["infra", "dotfiles", "ansible-roles", "rapporter"]), rng.choice([".git/git-upload-pack",
                                                                                                      "/src/branch/main", "/pulls/7"]),
             " for ", (T_IP4, ip4(ctx)), f":{ri(ctx, 30000, 65000)}, 200 OK in {ri(ctx, 1, 900)}.{ri(ctx, 0, 9)}ms @ ",
             rng.choice(["repo/githttp.go:532(repo.ServiceUploadPack)", "repo/view_home.go:326(repo.Home)",
                         "repo/pull.go:318(repo.ViewPullCommits)"]))
    else:
        emit(rec, h, stamp, "...ices/mailer/mail.go:220:SendRegisterNotifyMail() [I] New user registered: ", acct(ctx),
             " <", (T_EMAIL, email(ctx, person(ctx))), ">")


# sssd's pam_sss and shadow-utils on Linux servers. Source: sssd pam_sss
# messages and shadow-utils useradd/usermod/userdel/chfn syslog lines ("new
# user: name=%s, UID=%u, GID=%u, home=%s, shell=%s, from=%s").
def linux_accounts(ctx, rec, cols):
    rng = ctx.rng
    hn = rng.choice(["hst-app01", "nv-db03", "hst-jump1"])
    u = acct(ctx)
    k = rng.randint(0, 6)
    if k == 0:
        emit(rec, h3164(ctx, hn, f"sshd[{ri(ctx, 1000, 60000)}]", 85),
             "pam_sss(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=", (T_IP4, ip4(ctx)),
             " user=", u)
    elif k == 1:
        emit(rec, h3164(ctx, hn, f"sshd[{ri(ctx, 1000, 60000)}]", 85), "pam_sss(sshd:auth): received for user ", u,
             ": 7 (Authentication failure)")
    elif k == 2:
        uid = ri(ctx, 1001, 1999)
        emit(rec, h3164(ctx, hn, f"useradd[{ri(ctx, 1000, 60000)}]", 86), "new user: name=", u, f", UID={uid}, GID={uid}, home=/home/",
             u, ", shell=/bin/bash, from=/dev/pts/", ri(ctx, 0, 4))
    elif k == 3:
        emit(rec, h3164(ctx, hn, f"usermod[{ri(ctx, 1000, 60000)}]", 86), "add '", u, "' to group '",
             rng.choice(["wheel", "docker", "sudo"]), "'")
    elif k == 4:
        emit(rec, h3164(ctx, hn, f"userdel[{ri(ctx, 1000, 60000)}]", 86), "delete user '", u, "'")
    elif k == 5:
        emit(rec, h3164(ctx, hn, f"chfn[{ri(ctx, 1000, 60000)}]", 86), "changed user '", u, "' information")
    else:
        emit(rec, h3164(ctx, hn, f"passwd[{ri(ctx, 1000, 60000)}]", 86), "pam_unix(passwd:chauthtok): password changed for ", u)


# Paxton Net2 events exported by an in-house bridge (in-house format; the event
# texts and "Surname Firstname" user names are Net2's, from the Net2 User
# Manual's events screen: "Access permitted card only", "Access denied invalid
# card", "User details Modified").
def net2_bridge(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    t = when(ctx)
    door = rng.choice(["Main entrance In", "Main entrance Out", "Lager 2 In", "Serverrum In", "Garage barrier"])
    card = (T_BADGE, f"{rng.randint(10000000, 99999999)}" if rng.random() < 0.6 else badge(ctx))
    stamp = f"{t:%d/%m/%Y %H:%M:%S}"
    name = (T_NAME, f"{p['surname']} {p['given']}") if not p["native"] else (T_NAME, f"{p['surname_l']} {p['given_l']}")
    k = rng.randint(0, 4)
    h = h3164(ctx, "nv-acs1", "Net2Export", 134)
    if k == 0:
        emit(rec, h, stamp, ",", name, ",", door, ",Access permitted card only,Token ", card)
    elif k == 1:
        emit(rec, h, stamp, ",,", door, ",Access denied invalid card,Token ", card)
    elif k == 2:
        emit(rec, h, stamp, ",", name, ",", door, ",Access denied wrong time,Token ", card)
    elif k == 3:
        emit(rec, h, stamp, ",", neg("System engineer"), ",,User details Modified ", name, ",")
    else:
        emit(rec, h, stamp, ",", name, ",", door, ",Access permitted card plus PIN,Token ", card, ",ACU ",
             neg(f"00{rng.randint(100000, 999999)}"))


# A Swedish municipality's e-service platform (in-house format: Swedish
# messages with personnummer, BankID logins, SMS notices and case numbers).
def kommun_etjanst(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    h = h5424(ctx, "hst-etj01", "etjanst", rng.choice(["AUDIT", "NOTIFY"]))
    arende = neg(f"BN {when(ctx).year}-{ri(ctx, 10000, 99999)}")
    k = rng.randint(0, 5)
    if k == 0:
        emit(rec, h, "Inloggning med BankID lyckades för ", (T_PNR, pnr(ctx)), " (", nm(ctx), "), ärende ", arende, " skapat")
    elif k == 1:
        emit(rec, h, "SMS-avisering skickad till ", (T_PHONE, phone(ctx, iso="SE", kind="mobile")), " för ärende ", arende,
             " (avsändare ", neg(rng.choice(P(ctx).SMS_SENDER)), ")")
    elif k == 2:
        emit(rec, h, "Handläggare ", acct(ctx, 1), " öppnade ärende ", arende, " för sökande ", nm(ctx), " (",
             (T_SNR, pnr(ctx, samordning=True)), ")")
    elif k == 3:
        emit(rec, h, "Ogiltigt personnummer ", neg(pnr(ctx, broken=True)), " i ansökan ", arende, "; kontakta växeln ",
             neg(rng.choice(P(ctx).SWITCHBOARD)))
    elif k == 4:
        emit(rec, h, "Ombud för föreningen ", (T_ORG, orgnr(ctx)), ": ", nm(ctx), ", tel ", ph(ctx), ", e-post ",
             (T_EMAIL, email(ctx, p)))
    elif rng.random() < 0.5:
        emit(rec, h, "Inbetalning registrerad: OCR ", neg(ocr(ctx)), ", bankgiro ", neg(f"{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"),
             ", ärende ", arende)
    elif rng.random() < 0.5:
        emit(rec, h, "Inbetalning registrerad: OCR ", neg(ocr(ctx)), ", bankgiro ", neg(f"{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}"),
             ", ärende ", arende)
    else:
        emit(rec, h, "Påminnelse skickad via e-post till ", (T_EMAIL, email(ctx, p)), " och ", ph(ctx, iso="SE"),
             "; ärende ", arende, " väntar på komplettering")


# Apache Guacamole (Tomcat through journald). Source: Guacamole manual
# (auth-ban extension, AuthenticationService messages "User \"x\" successfully
# authenticated from ...", "Authentication attempt from ... for user \"x\" failed.").
def guacamole(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    h = h3164(ctx, "hst-rdgw1", f"tomcat9[{ri(ctx, 500, 9000)}]")
    pre = f"{t:%H:%M:%S}.{ri(ctx, 100, 999)} [http-nio-8080-exec-{ri(ctx, 1, 10)}] "
    src = [(T_IP4, ip4(ctx))]
    if rng.random() < 0.4:
        src = ["[", (T_IP4, ip4(ctx, "pub")), ", ", (T_IP4, ip4(ctx, "priv")), "]"]
    who = acct(ctx) if rng.random() < 0.85 else neg("guacadmin")
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, h, pre, 'INFO  o.a.g.r.auth.AuthenticationService - User "', who, '" successfully authenticated from ', src, ".")
    elif k == 1:
        emit(rec, h, pre, "WARN  o.a.g.r.auth.AuthenticationService - Authentication attempt from ", src, ' for user "', who,
             '" failed.')
    elif k == 2:
        emit(rec, h, pre, 'INFO  o.a.g.tunnel.TunnelRequestService - User "', who, '" connected to connection "',
             ri(ctx, 1, 60), '".')
    else:
        emit(rec, h, pre, 'INFO  o.a.g.tunnel.TunnelRequestService - User "', who, '" disconnected from connection "',
             ri(ctx, 1, 60), f'". Duration: {ri(ctx, 1000, 9000000)} milliseconds')


# Jasmin SMS gateway messages.log through rsyslog imfile (Jasmin's own line
# format "%(asctime)s %(levelname)-8s %(process)d %(message)s"). Source:
# jookies/jasmin, jasmin/protocols/smpp/operations and
# jasmin/managers/listeners.py (code corpus): "SMS-MT [cid:%s] [queue-msgid:%s]
# [smpp-msgid:%s] [status:%s] [prio:%s] [dlr:%s] [validity:%s] [from:%s]
# [to:%s] [content:%r]", "SMS-MO [cid:%s] [queue-msgid:%s] [status:%s]
# [prio:%s] [validity:%s] [from:%s] [to:%s] [content:%r]" and "DLR [cid:%s]
# [smpp-msgid:%s] [status:%s] [submit date:%s] [done date:%s] [sub/dlvrd
# messages:%s/%s] [err:%s] [content:%r]"; under Python 3 the addresses and
# the text are bytes, so they are logged as b'...' with non-ASCII as \x escapes.
def _pyb(v):
    return repr(v.encode())[2:-1]


def jasmin(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    h = h3164(ctx, "nv-smsgw2", "jasmin", 134) + f"{t:%Y-%m-%d %H:%M:%S} INFO     {ri(ctx, 300, 9000)} "
    p = person(ctx)
    mid = uuid(ctx)
    sender = neg(_pyb(rng.choice(P(ctx).SMS_SENDER)))
    k = rng.randint(0, 2)
    b = lambda parts: [(x[0], _pyb(x[1])) if isinstance(x, tuple) else _pyb(x) for x in parts]  # noqa: E731
    if k == 0:
        content = rng.choice([["Hej ", (T_NAME, p["given"]), "! Din tid hos Nordvik Energi är bekräftad."],
                              ["Din kod är ", neg(ri(ctx, 100000, 999999)), ". Ring oss på ", neg(P(ctx).SWITCHBOARD[0]),
                               " vid frågor."],
                              ["Faktura ", neg(ri(ctx, 100000, 999999)), ": betala med OCR ", neg(ocr(ctx)), " till bankgiro ",
                               neg(f"{rng.randint(100, 9999)}-{rng.randint(1000, 9999)}")],
                              ["Merhaba ", (T_NAME, p["given"]), ", faturanız hazır."],
                              ["مرحبا ", (T_NAME, p["given"]), "، موعدك مؤكد. للاستفسار اتصل على ", neg(P(ctx).SWITCHBOARD[1])],
                              ["Bonjour ", (T_NAME, p["given"]), ", rappelez-nous au ", neg(P(ctx).SWITCHBOARD[1]), " svp."]])
        emit(rec, h, f"SMS-MT [cid:smppcc_{rng.choice(['telia', 'tele2'])}] [queue-msgid:{mid}] [smpp-msgid:b'",
             hexs(rng, 8), "'] [status:CommandStatus.ESME_ROK] [prio:0] [dlr:RegisteredDeliveryReceipt.",
             rng.choice(["SMSC_DELIVERY_RECEIPT_REQUESTED", "NO_SMSC_DELIVERY_RECEIPT_REQUESTED"]), "] [validity:none] [from:b'",
             sender, "'] [to:b'", (T_PHONE, phone(ctx, style=pick(rng, [("ccdigits", 3), ("e164", 2)]))), "'] [content:b'",
             b(content), "']")
    elif k == 1:
        emit(rec, h, f"SMS-MO [cid:smppcc_telia] [queue-msgid:{mid}] [status:CommandStatus.ESME_ROK] [prio:0] [validity:None] [from:b'",
             (T_PHONE, phone(ctx, style=pick(rng, [("ccdigits", 3), ("e164", 2)]))), "'] [to:b'", sender, "'] [content:b'",
             b(rng.choice([["STOPP"], ["Ring mig på ", ph(ctx)], ["Jag heter ", nm(ctx, style="full"), " och vill avboka"]])), "']")
    else:
        # a delivery receipt carries no number, only the first 20 characters of the text
        given = p["given"]
        head = ("Hej " + given + "! Din tid hos")[:20]
        text = ["Hej ", (T_NAME, head[4:4 + len(given)]), head[4 + len(given):]] if rng.random() < 0.5 else ["Din kod är ", neg(ri(ctx, 100000, 999999))]
        d = f"{t:%y%m%d%H%M}"
        # the receipt's dates (YYMMDDhhmm) are ten digits a personnummer check may take: look-alikes
        emit(rec, h, f"DLR [cid:smppcc_tele2] [smpp-msgid:b'{hexs(rng, 8)}'] [status:b'DELIVRD'] [submit date:b'", neg(d),
             "'] [done date:b'", neg(d), "'] [sub/dlvrd messages:b'001'/b'001'] [err:b'000'] [content:b'", b(text), "']")


# A card-release print gateway in front of the MFPs (in-house format; the
# flow and terms, card, PIN, "card activation code", release of held jobs,
# follow the YSoft SafeQ terminal documentation; the SafeQ product itself is
# not modelled).
def print_release(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    h = h3164(ctx, "nv-prtgw1", f"releasegw[{ri(ctx, 300, 9000)}]", 134)
    term = rng.choice(["NV-Plan3-Kyocera", "HST_Reception_MFP", "Ekonomi_Ricoh"])
    card = (T_BADGE, badge(ctx) if rng.random() < 0.6 else f"{rng.randint(10000000, 99999999)}")
    k = rng.randint(0, 4)
    if k == 0:
        emit(rec, h, "terminal=", term, " card ", card, " recognised, user ", acct(ctx), " (", nm(ctx), ") logged in")
    elif k == 1:
        emit(rec, h, "terminal=", term, " card ", card, " not recognised; card activation code requested")
    elif k == 2:
        emit(rec, h, "terminal=", term, " user ", acct(ctx), f" released {ri(ctx, 1, 9)} job(s), {ri(ctx, 1, 80)} pages, cost centre ",
             neg(rng.choice(["KST-4410", "KST-7720", "KST-1010"])))
    elif k == 3:
        emit(rec, h, "terminal=", term, " card ", card, " registered to ", acct(ctx), " with activation code ", neg(ri(ctx, 100000, 999999)))
    else:
        emit(rec, h, "terminal=", term, " kort ", card, " okänt, spärrat av ", neg("Säkerhetsavdelningen"), " (ärende ",
             neg(f"INC{ri(ctx, 1000000, 9999999)}"), ")")


# AVM FRITZ!Box event log ("System / Ereignisse") forwarded by an in-house
# exporter in German, as branch offices run it. Source: PC-WELT on the event
# log ("Anmeldung des Benutzers admin an der FRITZ!Box-Benutzeroberfläche von
# IP-Adresse 1.2.3.4 gescheitert (falsches Kennwort).", bots using e-mail
# addresses as user names), marktschreyer.de on the WLAN events (device name,
# IP and MAC), AVM help on FRITZ!Box users; the telephony registration message
# as the box writes it.
def fritzbox(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    h = h3164(ctx, rng.choice(["fritz-filiale-kiel", "fritz-ho-berlin"]), "fritzlog", 134)
    k = rng.randint(0, 5)
    if k == 0:
        emit(rec, h, "Anmeldung des Benutzers ", acct(ctx), " an der FRITZ!Box-Benutzeroberfläche von IP-Adresse ",
             (T_IP4, ip4(ctx, "priv")), ".")
    elif k == 1:
        who = rng.choice([sysuser(ctx), neg("Fernwartung"), (T_EMAIL, email(ctx, p, rng.choice(["gmail.com", "outlook.com", "wp.pl"])))])
        emit(rec, h, "Anmeldung des Benutzers ", who, " an der FRITZ!Box-Benutzeroberfläche von IP-Adresse ",
             (T_IP4, ip4(ctx, "pub")), " gescheitert (falsches Kennwort).")
    elif k == 2:
        dev = rng.choice([[(T_NAME, p["given_l"]), "s-iPhone"], [(T_NAME, p["given_l"]), "-Galaxy-S23"], ["NV-LT", ri(ctx, 100, 999)]])
        emit(rec, h, "WLAN-Gerät angemeldet (", rng.choice(["2,4 GHz", "5 GHz"]), f"), {rng.choice([144, 433, 866, 1201])} Mbit/s, ", dev,
             ", IP ", (T_IP4, ip4(ctx, "priv")), ", MAC ", (T_MAC, mac(ctx, "COLON")), ".")
    elif k == 3:
        emit(rec, h, "Anmeldung der Internetrufnummer ", (T_PHONE, phone(ctx, iso="DE", kind="land", style=pick(rng, [("natdigits", 2), ("nat", 1)]))),
             " war erfolgreich.")
    elif k == 4:
        emit(rec, h, "Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: ", (T_IP4, ip4(ctx, "pub")), ", DNS-Server: ",
             (T_IP4, "1.1.1.1"), " und ", (T_IP4, "9.9.9.9"), ", Gateway: ", (T_IP4, ip4(ctx, "pub")))
    else:
        emit(rec, h, "Anmeldung der Internetrufnummer ", (T_PHONE, phone(ctx, iso="DE", kind="land", style="e164")),
             " war nicht erfolgreich. Ursache: ", rng.choice(["Gegenstelle antwortet nicht. Zeitüberschreitung.", "DNS-Fehler"]))


# --------------------------------------------------------------- json

# JumpCloud Directory Insights events. Source: JumpCloud Directory Insights
# API (Get-JCEvent: fields timestamp, event_type, initiated_by, success,
# client_ip, provider, organization; initiated_by.username), docs corpus.
def jumpcloud(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    ev = rng.choice(["sso_auth", "user_update", "ldap_bind", "user_create", "radius_auth"])
    doc = {"initiated_by": {"id": hexs(rng, 24), "type": "user" if ev != "user_update" else "admin",
                            "username": (T_USER, u) if ev != "user_update" else (T_EMAIL, email(ctx, person(ctx, 1)))},
           "geoip": {"country_code": rng.choice(["SE", "FI", "PL"]), "timezone": "Europe/Stockholm", "region_name": "Stockholm"},
           "event_type": ev, "service": {"sso_auth": "sso", "ldap_bind": "ldap", "radius_auth": "radius"}.get(ev, "directory"),
           "organization": hexs(rng, 24), "@version": "1", "client_ip": (T_IP4, ip4(ctx, "pub")), "id": hexs(rng, 24),
           "timestamp": iso(ctx), "success": rng.random() < 0.8}
    if ev == "sso_auth":
        doc["application"] = {"display_label": rng.choice(["Slack", "Atlassian Cloud", "Zoom"]), "sso_type": "saml",
                              "id": hexs(rng, 24)}
        doc["useragent"] = {"name": "Chrome", "os": "Mac OS X", "version": "121.0.0.0"}
    elif ev == "ldap_bind":
        doc["auth_method"] = "simple"
        doc["dn"] = S("uid=", (T_USER, u), ",ou=Users,o=", hexs(rng, 24), ",dc=jumpcloud,dc=com")
        doc["username"] = (T_USER, u)
    elif ev == "radius_auth":
        doc["mfa"] = True
        doc["nas_mfa_state"] = "ENABLED"
        doc["username"] = (T_USER, u)
        doc["auth_type"] = "PAP"
    else:
        doc["resource"] = {"id": hexs(rng, 24), "type": "user", "username": (T_USER, u)}
        doc["changes"] = [{"field": "email", "to": (T_EMAIL, email(ctx, p))},
                          {"field": "phoneNumbers", "to": [{"type": "mobile", "number": ph(ctx)}]},
                          {"field": "displayname", "to": (T_NAME, name_as(ctx, p, "full"))},
                          {"field": "employeeIdentifier", "to": neg(str(rng.randint(100000, 999999)))},
                          {"field": "costCenter", "to": neg(rng.choice(["KST-4410", "KST-7720"]))}]
    jdump(rec, doc, compact=rng.random() < 0.5)


# Telnyx messaging webhooks (message.received / message.finalized). Source:
# developers.telnyx.com api-reference callbacks/inbound-message (from.phone_number,
# to[].phone_number, carrier, line_type, text, cc).
def telnyx(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    ours = neg(rng.choice(["+46766860000", "+46850633000"]))
    them = (T_PHONE, phone(ctx, style="e164"))
    inbound = rng.random() < 0.6
    carrier = {"+46": ["Telia Sverige AB", "Tele2 Sverige AB", "Telenor Sverige AB"], "+48": ["Orange Polska", "P4 Sp. z o.o."],
               "+49": ["Telefonica Germany", "Vodafone GmbH"], "+35": ["Elisa Oyj", "DNA Oyj"]}.get(them[1][:3], ["", "Unknown"])
    theirs = {"carrier": rng.choice([c for c in carrier if c]), "line_type": "Wireless"}
    telnyx_line = {"carrier": "Telnyx", "line_type": "VoIP"}
    text = rng.choice([S("Hej, det är ", (T_NAME, p["given"]), ". Ring mig på ", ph(ctx), " efter 17."),
                       S("Avboka min tid, personnummer ", (T_PNR, pnr(ctx)), " /", (T_NAME, name_as(ctx, p, "full"))),
                       S("STOP"), S("Mój nowy numer to ", ph(ctx, iso="PL"), ", ", (T_NAME, p["given"])),
                       S("Bonjour, c'est ", (T_NAME, name_as(ctx, p, "full")), ", rappelez-moi au ", ph(ctx, iso="FR"), " merci"),
                       S("Hallo, hier ist ", (T_NAME, p["given"]), ". Bitte rufen Sie mich unter ", ph(ctx, iso="DE"), " zurück."),
                       S("Goedemiddag, ", (T_NAME, name_as(ctx, p, "full")), " hier, mijn nummer is ", ph(ctx, iso="NL"))])
    payload = {"record_type": "message", "direction": "inbound" if inbound else "outbound", "id": uuid(ctx), "type": "SMS",
               "messaging_profile_id": uuid(ctx),
               "from": dict(phone_number=them, **theirs) if inbound else dict(phone_number=ours, **telnyx_line),
               "to": [dict(phone_number=ours if inbound else them, status="delivered" if not inbound else "webhook_delivered",
                           **(telnyx_line if inbound else theirs))],
               "cc": [], "text": text if inbound else S("Din kod: ", neg(ri(ctx, 100000, 999999))),
               "tags": ["kundtjanst"], "encoding": "GSM-7", "parts": 1, "received_at": iso(ctx)}
    jdump(rec, {"data": {"record_type": "event", "id": uuid(ctx),
                         "event_type": "message.received" if inbound else "message.finalized",
                         "occurred_at": iso(ctx), "payload": payload}, "meta": {"attempt": 1, "delivered_to": "https://hooks.nordvik-energi.se/telnyx"}},
          ascii=rng.random() < 0.3)


# Zoom Phone call logs (GET /phone/call_logs). Source: zoom-api crate docs,
# CallLogs struct (caller_number, caller_name, callee_number, callee_name,
# caller_number_type, direction, duration, forwarded_to, path, result, site ...).
def zoom_phone(ctx, rec, cols):
    rng = ctx.rng
    me, other = person(ctx), person(ctx, 1)
    my_ext = (T_PHONE, ext(ctx))
    ext_no = (T_PHONE, phone(ctx, style=pick(rng, [("e164", 5), ("nat", 2)])))
    path = rng.choice(["pstn", "extension", "callQueue", "autoReceptionist", "voiceMail"])
    direction = {"pstn": "outbound", "extension": rng.choice(["inbound", "outbound"])}.get(path, "inbound")
    log = {"id": uuid(ctx), "call_id": neg(str(rng.randint(7 * 10 ** 18, 8 * 10 ** 18))), "direction": direction,
           "date_time": iso(ctx, ms=False), "duration": rng.randint(0, 900), "result": rng.choice(["Call connected", "No Answer", "Voicemail"]),
           "caller_number_type": 2, "callee_number_type": 1, "site": {"id": hexs(rng, 22), "name": "Nordvik HQ"}}
    if path == "callQueue":
        log.update(caller_number=ext_no, caller_name=(T_NAME, name_as(ctx, other)), callee_number=neg(rng.choice(P(ctx).QUEUES)),
                   callee_name="Kundtjänst kö", path="callQueue",
                   accepted_by={"name": (T_NAME, name_as(ctx, me, "full")), "extension_number": my_ext, "type": "user"})
    elif path == "autoReceptionist":
        log.update(caller_number=ext_no, caller_name=rng.choice([(T_NAME, name_as(ctx, other)), "WIRELESS CALLER"]),
                   callee_number=neg(rng.choice(P(ctx).IVR_NUMBERS)), callee_name="Main Auto Receptionist", path="autoReceptionist")
    elif path == "extension":
        log.update(caller_number=my_ext, caller_name=(T_NAME, name_as(ctx, me)), caller_number_type=1,
                   callee_number=(T_PHONE, ext(ctx)), callee_name=(T_NAME, name_as(ctx, other, "full")), path="extension")
    elif path == "voiceMail":
        log.update(caller_number=ext_no, caller_name=(T_NAME, name_as(ctx, other)), callee_number=my_ext,
                   callee_name=(T_NAME, name_as(ctx, me, "full")), path="voiceMail", has_voicemail=True,
                   forwarded_to={"extension_number": neg(P(ctx).VOICEMAIL_PILOT[0]), "name": "Voicemail", "type": "voicemail"})
    else:
        log.update(caller_number=my_ext, caller_name=(T_NAME, name_as(ctx, me)), callee_number=ext_no,
                   callee_name=rng.choice([(T_NAME, name_as(ctx, other)), "STOCKHOLM"]), path="pstn",
                   owner={"type": "user", "id": hexs(rng, 22), "name": (T_NAME, name_as(ctx, me, "full")), "extension_number": Num(T_PHONE, my_ext[1])})
    jdump(rec, log)


# Atlassian organization audit log events (Organizations REST API, events).
# Source: developer.atlassian.com/cloud/admin/organization/rest/api-group-events
# (data[].attributes: time, action, actor{id,name,email,links}, context[],
# container[], location{ip,geo}).
def atlassian_audit(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    act = rng.choice(["user_added_to_group", "user_removed_from_group", "user_login", "api_token_created", "user_email_changed"])
    ctxl = [{"id": hexs(rng, 24), "type": "users",
             "attributes": {"name": (T_NAME, name_as(ctx, t, "full")), "email": (T_EMAIL, email(ctx, t))},
             "links": {"alt": S("https://admin.atlassian.com/o/", uuid(ctx), "/users/", hexs(rng, 24))}}]
    if "group" in act:
        ctxl.append({"id": uuid(ctx), "type": "groups", "attributes": {"name": rng.choice(["jira-software-users", "confluence-users",
                                                                                            "nv-ekonomi"])}})
    doc = {"data": [{"id": uuid(ctx), "type": "events", "attributes": {
        "time": iso(ctx), "action": act,
        "actor": {"id": hexs(rng, 24), "name": (T_NAME, name_as(ctx, a, "full")), "email": (T_EMAIL, email(ctx, a)),
                  "links": {"self": S("https://api.atlassian.com/users/", hexs(rng, 24), "/manage/profile")}},
        "context": ctxl,
        "container": [{"id": uuid(ctx), "type": "sites", "attributes": {"siteHostName": "nordvik.atlassian.net", "siteName": "nordvik"}}],
        "location": {"ip": (T_IP4, ip4(ctx, "pub")) if rng.random() < 0.8 else (T_IP6, ip6(ctx)),
                     "geo": rng.choice(["Stockholm, Sweden", "Gdańsk, Poland", "Tampere, Finland"])}}}],
        "links": {"self": "https://api.atlassian.com/admin/v1/orgs/" + uuid(ctx) + "/events"}, "meta": {"next": None}}
    jdump(rec, doc, ascii=rng.random() < 0.4)


# Webex Control Hub admin audit events. Source: Webex AuditEvent schema
# (actorName, actorEmail, actorIp, actorUserAgent, actionText "Joe Smith logged
# into organization Acme Inc.", targetName, eventCategory, trackingId).
def webex_audit(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    an, tn = name_as(ctx, a, "full"), name_as(ctx, t, "full")
    cat = rng.choice(["LOGINS", "USERS", "CALLING"])
    if cat == "LOGINS":
        text, target = S((T_NAME, an), " logged into organization Nordvik Energi AB"), "Nordvik Energi AB"
    elif cat == "USERS":
        text, target = S((T_NAME, an), " added user ", (T_NAME, tn), " (", (T_EMAIL, email(ctx, t)), ")"), (T_NAME, tn)
    else:
        text, target = S((T_NAME, an), " changed the phone number of ", (T_NAME, tn), " to ", ph(ctx)), (T_NAME, tn)
    doc = {"id": hexs(rng, 64), "actorOrgId": hexs(rng, 40), "actorId": hexs(rng, 40), "created": iso(ctx),
           "data": {"actorOrgName": "Nordvik Energi AB", "targetName": target, "eventDescription": "An Admin " + cat.lower(),
                    "actorName": (T_NAME, an), "actorEmail": (T_EMAIL, email(ctx, a)), "adminRoles": ["Full_Admin"],
                    "trackingId": "ATLAS_" + uuid(ctx) + "_0", "targetType": "TargetResourceType.USER",
                    "eventCategory": cat, "actorUserAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0.0.0",
                    "actorIp": (T_IP4, ip4(ctx, "pub")), "actionText": text, "targetOrgName": "Nordvik Energi AB"}}
    jdump(rec, doc)


# Canva audit log events. Source: canva.dev/docs/audit-logs/audit-events
# (actor.user{id, display_name, email}, target, action, outcome, context.ip_address).
def canva_audit(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    target = {"target_type": "USER", "user": {"id": "U" + hexs(rng, 10), "display_name": (T_NAME, name_as(ctx, t, "full")),
                                                 "email": (T_EMAIL, email(ctx, t))}}
    if rng.random() < 0.5:
        target = {"target_type": "DESIGN", "design": {"id": "D" + hexs(rng, 10),
                                                       "title": S("Offert ", (T_NAME, name_as(ctx, t, "full")), " v2")},
                  "owner": {"id": "U" + hexs(rng, 10), "display_name": (T_NAME, t["given"])}}
    doc = {"id": uuid(ctx), "timestamp": Num(NEG, int(epoch(ctx)) * 1000 + rng.randint(0, 999)),
           "actor": {"type": "USER", "user": {"id": "U" + hexs(rng, 10), "display_name": (T_NAME, name_as(ctx, a, "full")),
                                               "email": (T_EMAIL, email(ctx, a))},
                     "team": {"id": "B" + hexs(rng, 10), "display_name": "Nordvik Marknad"}},
           "target": target, "action": {"type": rng.choice(["VIEW", "SHARE", "DELETE"])},
           "outcome": {"result": "PERMITTED"},
           "context": {"ip_address": (T_IP4, ip4(ctx, "pub")), "session": hexs(rng, 8), "request_id": hexs(rng, 32)}}
    jdump(rec, doc, ascii=rng.random() < 0.5)


# Caddy v2 JSON access log. Source: Caddy logging guide (betterstack, "Logging
# in Caddy") and Caddy's http.log.access fields (request.remote_ip, uri,
# headers, user_id, status, duration).
def caddy(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    k = rng.randint(0, 3)
    if k == 0:
        uri = S("/kundportal/sok?namn=", (T_NAME, form(name_as(ctx, p, "full"))), "&tel=", (T_PHONE, form(phone(ctx))))
    elif k == 1:
        uri = S("/api/v2/users/", (T_USER, u), "/avatar?s=64")
    elif k == 2:
        uri = S("/reset?email=", (T_EMAIL, pct(email(ctx, p))), "&t=", hexs(rng, 32))
    else:
        uri = S("/betala?ocr=", neg(ocr(ctx)), "&belopp=", ri(ctx, 100, 9000), "&kundnr=", neg(str(rng.randint(10 ** 7, 10 ** 8))))
    user_id = (T_USER, u) if rng.random() < 0.4 else ""
    doc = {"level": "info", "ts": Num(NEG, f"{epoch(ctx)}.{rng.randint(1000000, 9999999)}"), "logger": "http.log.access.log0",
           "msg": "handled request",
           "request": {"remote_ip": (T_IP4, ip4(ctx)), "remote_port": ri(ctx, 30000, 65000), "client_ip": (T_IP4, ip4(ctx, "pub")),
                       "proto": "HTTP/2.0", "method": rng.choice(["GET", "POST"]), "host": "kund.nordvik-energi.se", "uri": uri,
                       "headers": {"User-Agent": ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"],
                                   "Referer": [S("https://kund.nordvik-energi.se/konto?user=", (T_EMAIL, pct(email(ctx, p))))]
                                   if rng.random() < 0.3 else ["-"]}},
           "bytes_read": 0, "user_id": user_id, "duration": float(f"0.00{rng.randint(1000, 9999)}"),
           "size": rng.randint(100, 90000), "status": rng.choice([200, 200, 302, 404])}
    jdump(rec, doc, compact=True)


# Figma activity logs (GET /v1/activity_logs). Source: Figma REST API docs,
# activity-logs-events (actor{email,id,name}, action{type,details},
# entity{type,...}, context{client_name, ip_address, is_figma_support_team_action,
# org_id, team_id}).
def figma_activity(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    act = rng.choice(["file_permission_change", "org_user_create", "file_export", "login"])
    if act == "org_user_create":
        entity = {"type": "user", "id": str(rng.randint(10 ** 17, 10 ** 18)), "name": (T_NAME, name_as(ctx, t, "full")),
                  "email": (T_EMAIL, email(ctx, t, "nordvik-energi.se"))}
    elif act == "login":
        entity = {"type": "user", "id": str(rng.randint(10 ** 17, 10 ** 18)), "name": (T_NAME, name_as(ctx, a, "full")),
                  "email": (T_EMAIL, email(ctx, a, "nordvik-energi.se"))}
    else:
        entity = {"type": "file", "key": hexs(rng, 22), "name": S("Anbud ", rng.choice([["Hamnstad kommun"], [(T_NAME, name_as(ctx, t, "full"))]]),
                                                                 " ", neg(f"v{rng.randint(2, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}")),
                  "editor_type": "design", "link_access": "org_edit", "proj_id": str(rng.randint(10 ** 6, 10 ** 7))}
    details = {}
    if act == "file_permission_change":
        details = {"old_level": "viewer", "new_level": "editor", "target_user": {"id": str(rng.randint(10 ** 17, 10 ** 18)),
                                                                                "email": (T_EMAIL, email(ctx, t))}}
    doc = {"id": str(rng.randint(10 ** 17, 10 ** 18)), "timestamp": Num(NEG, epoch(ctx)),
           "actor": {"type": "user", "id": str(rng.randint(10 ** 17, 10 ** 18)), "email": (T_EMAIL, email(ctx, a, "nordvik-energi.se")),
                     "name": (T_NAME, name_as(ctx, a, "full"))},
           "action": {"type": act, "details": details}, "entity": entity,
           "context": {"client_name": None, "ip_address": (T_IP4, ip4(ctx, "pub")), "is_figma_support_team_action": False,
                       "org_id": str(rng.randint(10 ** 17, 10 ** 18)), "team_id": None}}
    jdump(rec, {"status": 200, "error": False, "meta": {"activity_logs": [doc], "cursor": hexs(rng, 16), "next_page": False}},
          ascii=rng.random() < 0.3)


# --------------------------------------------------------------- kv-cef

# BeyondTrust Remote Support / PRA syslog. Source: BeyondTrust "Syslog Message
# Format" (BG: site id:segment:segments:site=...;who=...;who_ip=...;event=login;
# ...; \= \; \\ escapes), the syslog fields page, and sample lines in
# connector and parser tests (code corpus): "BG[24183]: 1427:01:01:site=...;
# when=1773161700;who=JOHN DOE (john.doe@example.org);who_ip=...;event=...",
# "who=Test User (test@example.com) using saml", user_changed with old_... keys.
def beyondtrust(ctx, rec, cols):
    rng = ctx.rng
    a, t = person(ctx), person(ctx, 1)
    who = [(T_NAME, name_as(ctx, a, "full")), " (", (T_USER, account(ctx, a)), ")", rng.choice(["", " using password", " using saml"])]
    head = [f"{ts3164(ctx)} nv-bomgar01 BG[{ri(ctx, 1000, 60000)}]: 2381:01:01:site=support.nordvik-energi.se;when={epoch(ctx)};who="]
    k = rng.randint(0, 3)
    if k == 0:
        emit(rec, head, who, ";who_ip=", (T_IP4, ip4(ctx)), ";event=login;target=", rng.choice(["web/login", "rep_client"]),
             ";status=", rng.choice(["success", "failure"]))
    elif k == 1:
        ut = account(ctx, t)
        emit(rec, head, who, ";who_ip=", (T_IP4, ip4(ctx)), ";event=user_changed;old_account:disabled=0;old_username=",
             (T_USER, ut), ";old_public_display_name=", (T_NAME, t["given"]), ";new_private_display_name=",
             (T_NAME, name_as(ctx, t, "full")), ";new_email_address=", (T_EMAIL, email(ctx, t)), ";new_username=", (T_USER, ut))
    elif k == 2:
        emit(rec, head, who, ";who_ip=", (T_IP4, ip4(ctx)), ";event=account_added;target=web/login;name=",
             (T_NAME, name_as(ctx, t, "full")), " - domänadmin;username=", neg(rng.choice(["NORDVIK\\svc_bt_vault", "administrator"])),
             ";personal=0;group=", ri(ctx, 1, 40))
    else:
        emit(rec, head, neg("Nordvik API"), " (", hexs(rng, 40), ");who_ip=", (T_IP4, ip4(ctx)),
             ";event=support_session_created;target=api;external_key=", neg(f"INC{ri(ctx, 1000000, 9999999)}"),
             ";customer_name=", (T_NAME, name_as(ctx, t, "full")), ";customer_phone=", ph(ctx))


# Bitdefender GravityZone CEF (push events). Source: Google SecOps BITDEFENDER
# parser change log and its UDM mapping table (BitdefenderGZModule,
# BitdefenderGZCompanyId, BitdefenderGZComputerFQDN, BitdefenderGZHwId,
# BitdefenderGZMalwareName, BitdefenderGZMalwareHash, suser, dvchost, dvc,
# filePath, act ...) and a Graylog test event ("BitdefenderGZModule=modules
# dvchost=... BitdefenderGZComputerFQDN=... dvc=..."); GravityZone has no
# company-name or MAC key. The uc and dp extensions (request=, the blocked
# personnummer in msg=) are not confirmed.
def gravityzone(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    u = account(ctx, p)
    hostn = rng.choice([["NV-WS", ri(ctx, 100, 999)], [(T_NAME, p["given_l"].upper()), "-LT"], ["HST-LAP", ri(ctx, 10, 99)]])
    mod = rng.choice(["av", "uc", "dp", "fw"])
    pre = [f"{ts3164(ctx)} gz-relay CEF:0|Bitdefender|GravityZone|6.{rng.randint(30, 50)}.1-1|{rng.choice([35, 1000, 40])}|",
           {"av": "Antimalware", "uc": "User Control", "dp": "Data Protection", "fw": "Firewall"}[mod], f"|{rng.randint(3, 9)}|"]
    common = ["BitdefenderGZModule=", mod, f" BitdefenderGZCompanyId={hexs(rng, 24)} dvchost=", hostn,
              " BitdefenderGZComputerFQDN=", hostn, ".nordvik.local dvc=", (T_IP4, ip4(ctx, "priv")), " deviceExternalId=", hexs(rng, 24),
              " suser=", rng.choice([[(T_USER, u)], [rng.choice(P(ctx).NETBIOS), "\\\\", (T_USER, u)], ["SYSTEM"]]),
              f" BitdefenderGZHwId={hexs(rng, 40)}"]
    if mod == "av":
        tail = [" BitdefenderGZMalwareName=", rng.choice(["EICAR-Test-File (not a virus)", "Trojan.GenericKD.7188"]),
                " filePath=C:\\\\Users\\\\", (T_USER, u), "\\\\Downloads\\\\", rng.choice(["faktura_", "CV_"]),
                (T_NAME, p["surname_l"].replace(" ", "_")), ".zip BitdefenderGZMalwareHash=", hexs(rng, 64), " act=deleted"]
    elif mod == "uc":
        tail = [" request=https://www.ratsit.se/s%C3%B6k?vem=", (T_NAME, pct(name_as(ctx, person(ctx, 1), "full"))),
                " act=blocked BitdefenderGZBlockType=http"]
    elif mod == "dp":
        tail = [" msg=Rule 'Personnummer' blocked ", (T_PNR, pnr(ctx)), " in HTTP POST act=blocked"]
    else:
        tail = [" src=", (T_IP4, ip4(ctx)), " dst=", (T_IP4, ip4(ctx, "pub")), f" dpt={rng.choice([445, 3389, 22])} act=blocked"]
    emit(rec, pre, common, tail)


# Mimecast SIEM logs (legacy Enhanced Logging, pipe-separated key=value).
# Source: Mimecast "Understanding SIEM Logs" and LogRhythm's Mimecast mapping
# (datetime, aCode, acc, IP, Dir, Subject, MsgId, headerFrom, Sender, Rcpt, Act).
def mimecast(ctx, rec, cols):
    rng = ctx.rng
    a, b = person(ctx), person(ctx, 1)
    t = when(ctx)
    subj = rng.choice([["Re: Faktura ", neg(ri(ctx, 10000, 99999)), " / ", (T_NAME, name_as(ctx, b, "full"))],
                       ["Ansökan – ", (T_NAME, name_as(ctx, b, "full")), ", tel ", ph(ctx)],
                       [(T_NAME, mime_q(name_as(ctx, b, "full"))), " har delat en fil med dig"],
                       ["Weekly report"]])
    sender = (T_EMAIL, email(ctx, b, rng.choice(["wp.pl", "gmail.com", "outlook.com"])))
    rcpt = (T_EMAIL, email(ctx, a, "nordvik-energi.se"))
    inbound = rng.random() < 0.7
    emit(rec, f"datetime={t:%Y-%m-%dT%H:%M:%S}+0100|aCode={hexs(rng, 22)}|acc=C0A{rng.randint(0, 9)}|SpamLimit=0|IP=",
         (T_IP4, ip4(ctx, "pub")), f"|Dir={'Inbound' if inbound else 'Outbound'}|Subject=", subj,
         f"|MsgId=<{hexs(rng, 16)}@", rng.choice(["mail.gmail.com", "EUR03.prod.outlook.com"]), ">|headerFrom=",
         sender if inbound else rcpt, "|Sender=", sender if inbound else rcpt, "|Rcpt=", rcpt if inbound else sender,
         "|SpamInfo=[]|Act=", rng.choice(["Acc", "Hld", "Rej"]), "|TlsVer=TLSv1.2|Cphr=ECDHE-RSA-AES256-GCM-SHA384|SpamScore=",
         ri(ctx, 0, 20))


# FortiWeb event and attack logs (key=value). Source: FortiWeb 7.0 Log Message
# Reference, log id 10000016 example (date= time= log_id= msg_id= device_id=
# vd= type=event subtype="system" ... user=admin ui=telnet action=login msg=...).
def fortiweb(ctx, rec, cols):
    rng = ctx.rng
    t = when(ctx)
    p = person(ctx)
    head = [f"date={t:%Y-%m-%d} time={t:%H:%M:%S} log_id=", neg(rng.choice(["10000016", "20000010"])),
            " msg_id=", neg(f"0000{rng.randint(10000000, 99999999)}"), f" device_id=FV-1KD3A1380{rng.randint(1000, 9999)} vd=\"root\" "
            'timezone="(GMT+1:00)Brussels,Copenhagen,Madrid,Paris" ']
    if rng.random() < 0.5:
        u = acct(ctx)
        ui_ip = (T_IP4, ip4(ctx, "priv"))
        emit(rec, head, 'type=event subtype="system" pri=notice trigger_policy="" user=', u, " ui=GUI(", ui_ip,
             ") action=login status=", rng.choice(["success", "failed"]), ' msg="User ', u, " logged in ",
             rng.choice(["successfully", "unsuccessfully"]), " from GUI(", ui_ip, ')"')
    else:
        emit(rec, head, 'type=attack subtype="waf_signature_detection" pri=alert trigger_policy="" severity_level=High proto=tcp '
             "service=https/tls1.3 action=Alert policy=\"NV-Kundportal\" src=", (T_IP4, ip4(ctx, "pub")),
             f" src_port={ri(ctx, 30000, 65000)} dst=", (T_IP4, ip4(ctx, "priv")), ' dst_port=443 http_method=get http_url="/kund/sok?e=',
             (T_EMAIL, pct(email(ctx, p))), "&q=%27%20OR%201%3D1--\" http_host=\"kund.nordvik-energi.se\" user_name=\"",
             rng.choice([(T_USER, account(ctx, p)), "Unknown"]), '" signature_id="', neg(rng.choice(["030000136", "050010001", "010000072"])), '" main_type="SQL Injection"')


# --------------------------------------------------------------- asterisk-cdr

def _ast_times(ctx, answered=True):
    s = sqlts(ctx)
    ring = ctx.rng.randint(2, 25)
    talk = ctx.rng.randint(5, 900) if answered else 0
    return s, (sqlts(ctx, ring) if answered else ""), sqlts(ctx, ring + talk), str(ring + talk), str(talk)


def _clid(name, number):
    return Q('"', (T_NAME, name), '" <', number, ">") if name else Q("<", number, ">")


# Grandstream UCM6xxx CDR export mapped into cdr_csv's 18 columns (AcctId and
# the trailing channel_ext/dstchannel_ext/service dropped). Source: Grandstream
# UCM6100/6510 CDR API guide (CSV header AcctId,accountcode,src,dst,dcontext,clid,
# channel,dstchannel,lastapp,lastdata,start,answer,end,...,userfield; contexts
# from-internal, ext-did-XXXXX, ext-local; PJSIP/trunk_X/NUM channels).
def grandstream_cdr(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me = ext(ctx)
    k = rng.randint(0, 3)
    uid = neg(f"{epoch(ctx)}.{rng.randint(1, 900)}")
    if k == 0:  # outbound through a trunk
        num = phone(ctx, style=pick(rng, [("natdigits", 4), ("00", 3), ("e164", 1)]))
        s, a, e, d, b = _ast_times(ctx)
        row = ["", (T_PHONE, me), (T_PHONE, num), "from-internal", _clid(name_as(ctx, p, "full"), (T_PHONE, me)),
               ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], ["PJSIP/trunk_1-0000", hexs(rng, 4)], "Dial",
               ["PJSIP/trunk_1/", (T_PHONE, num), ",60,"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, "OUT"]
    elif k == 1:  # inbound DID to an extension
        num = phone(ctx, style=pick(rng, [("natdigits", 3), ("e164", 3), ("ccdigits", 1)]))
        s, a, e, d, b = _ast_times(ctx, rng.random() < 0.8)
        row = ["", (T_PHONE, num), (T_PHONE, me), "ext-did-00001",
               _clid(rng.choice([name_as(ctx, person(ctx, 1), "UPPER"), ""]), (T_PHONE, num)),
               ["PJSIP/trunk_1-0000", hexs(rng, 4)], ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], "Dial",
               ["PJSIP/", (T_PHONE, me), ",30,"], s, a, e, d, b, rng.choice(["ANSWERED", "NO ANSWER"]), "DOCUMENTATION", uid, "IN"]
    elif k == 2:  # to a call queue: the queue number is the service's
        num = phone(ctx, style="natdigits")
        q = rng.choice(P(ctx).QUEUES)
        s, a, e, d, b = _ast_times(ctx)
        row = [neg(rng.choice(["KST4410", "KST7720"])), (T_PHONE, num), neg(q), "ext-queues", _clid("", (T_PHONE, num)),
               ["PJSIP/trunk_2-0000", hexs(rng, 4)], ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], "Queue",
               [neg(q), ",t,,,300"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, "IN"]
    else:  # internal
        other = ext(ctx)
        s, a, e, d, b = _ast_times(ctx)
        row = ["", (T_PHONE, me), (T_PHONE, other), "ext-local", _clid(name_as(ctx, p, "full"), (T_PHONE, me)),
               ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)], ["PJSIP/", (T_PHONE, other), "-0000", hexs(rng, 4)], "Dial",
               ["PJSIP/", (T_PHONE, other), ",60,"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, "EXT"]
    csv_row(rec, row, quote_all=rng.random() < 0.5)


# Plain Asterisk 20 cdr_csv with features: parking lots, ConfBridge and
# VoiceMail. Source: Asterisk cdr_csv column order (accountcode,src,dst,
# dcontext,clid,channel,dstchannel,lastapp,lastdata,start,answer,end,duration,
# billsec,disposition,amaflags,uniqueid,userfield) and the applications Park,
# ParkedCall, ConfBridge, VoiceMail, VoiceMailMain.
def asterisk_features(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me = ext(ctx)
    uid = neg(f"{epoch(ctx)}.{rng.randint(1, 900)}")
    s, a, e, d, b = _ast_times(ctx)
    k = rng.randint(0, 3)
    ch = ["PJSIP/", (T_PHONE, me), "-0000", hexs(rng, 4)]
    if k == 0:
        slot = rng.choice(P(ctx).PARK_SLOTS)
        row = ["", (T_PHONE, me), neg(slot), "parkedcalls", _clid(name_as(ctx, p), (T_PHONE, me)), ch, "", "ParkedCall",
               ["default,", neg(slot)], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, ""]
    elif k == 1:
        br = rng.choice(P(ctx).CONF_BRIDGES)
        row = ["", (T_PHONE, me), neg(br), "conferences", _clid(name_as(ctx, p), (T_PHONE, me)), ch, "", "ConfBridge",
               [neg(br), ",default_bridge,default_user"], s, a, e, d, b, "ANSWERED", "DOCUMENTATION", uid, ""]
    elif k == 2:
        num = phone(ctx, style=pick(rng, [("natdigits", 2), ("e164", 1)]))
        row = ["", (T_PHONE, num), (T_PHONE, me), "from-pstn", _clid(name_as(ctx, person(ctx, 1), "UPPER"), (T_PHONE, num)),
               ["PJSIP/telia-0000", hexs(rng, 4)], "", "VoiceMail", ["u", (T_PHONE, me), "@default"], s, a, e, d, b,
               "ANSWERED", "DOCUMENTATION", uid, ["vm-", (T_PHONE, me)]]
    else:
        row = [neg(rng.choice(["KST4410", "PRJ118"])), (T_PHONE, me), neg(P(ctx).VOICEMAIL_PILOT[1]), "from-internal",
               _clid(name_as(ctx, p), (T_PHONE, me)), ch, "", "VoiceMailMain", ["", (T_PHONE, me), "@default"], s, a, e, d, b,
               "ANSWERED", "DOCUMENTATION", uid, ""]
    csv_row(rec, row, quote_all=True)


# --------------------------------------------------------------- freeswitch-cdr

# Avaya IP Office SMDR mapped into mod_cdr_csv's default columns (Caller ->
# caller_id_number, Party1Name -> caller_id_name, Called Number ->
# destination_number, Account -> accountcode, Call Start -> start_stamp).
# Source: IP Office SMDR fields (ipofficekb.avaya.com smdr_fields: Call Start,
# Connected Time, Ring Time, Caller, Direction, Called Number, Dialled Number,
# Account, Is Internal, Call ID, Party1Name ... "HG" hunt group names).
def ipoffice_smdr(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me = ext(ctx)
    t = when(ctx)
    ring, talk = rng.randint(1, 30), rng.randint(0, 1200)
    st, an, en = sqlts(ctx), sqlts(ctx, ring) if talk else "", sqlts(ctx, ring + talk)
    # IP Office's Call ID (7 digits) has no column of its own: the mapper writes a UUID it derives
    # into `uuid` and keeps the Call ID in `bleg_uuid` only for transferred segments.
    callid = uuid(ctx)
    k = rng.randint(0, 2)
    if k == 0:
        row = [[(T_NAME, name_as(ctx, p, "full"))], (T_PHONE, me), (T_PHONE, phone(ctx, style="natdigits")), "O",
               st, an, en, str(ring + talk), str(talk), "NORMAL_CLEARING", callid, "",
               rng.choice(["", neg("4410")]), "PCMA", "PCMA"]
    elif k == 1:
        num = phone(ctx, style=pick(rng, [("natdigits", 2), ("e164", 1)]))
        hg = rng.choice(P(ctx).HUNT_PILOTS)
        # with "Line 5.1" as the name nothing in the row shows the destination is a hunt group: it is labelled
        # as any internal number is
        row = [rng.choice([["Line 5.1"], ["HG ", neg(hg), " Kundtjänst"]]), (T_PHONE, num), None, "I", st, an, en,
               str(ring + talk), str(talk), "NORMAL_CLEARING", callid, "", "", "G722", "G722"]
        row[2] = neg(hg) if row[0][0] == "HG " else (T_PHONE, hg)
    else:
        num = phone(ctx, style="natdigits")
        row = [[(T_NAME, name_as(ctx, p, "full"))], (T_PHONE, me), neg(P(ctx).VOICEMAIL_PILOT[1]), "O", st, an, en,
               str(ring + talk), str(talk), "NORMAL_CLEARING", callid, "", "", "PCMA", "PCMA"] if rng.random() < 0.3 else \
              [[(T_NAME, name_as(ctx, person(ctx, 1), "UPPER"))], (T_PHONE, num), (T_PHONE, me), "I", st, an, en,
               str(ring + talk), str(talk), rng.choice(["NORMAL_CLEARING", "NO_ANSWER"]), callid, "", "", "PCMA", "PCMA"]
    csv_row(rec, row, quote_all=True)


# FreeSWITCH vanilla dialplan (conf/vanilla/dialplan/default.xml: Local_Extension,
# voicemail *98, intercept **ext, call return *69) in mod_cdr_csv's default
# template. Source: FreeSWITCH mod_cdr_csv default template (as in the pack's
# header comment) and the vanilla default.xml feature codes.
def fs_vanilla(ctx, rec, cols):
    rng = ctx.rng
    p = person(ctx)
    me, other = ext(ctx), ext(ctx)
    s, a, e, d, b = _ast_times(ctx)
    u1, u2 = uuid(ctx), uuid(ctx)
    k = rng.randint(0, 3)
    if k == 0:
        row = [(T_NAME, name_as(ctx, p)), (T_PHONE, me), (T_PHONE, other), "default", s, a, e, d, b, "NORMAL_CLEARING", u1, u2,
               (T_PHONE, me), "PCMU", "PCMU"]
    elif k == 1:
        row = [(T_NAME, name_as(ctx, p)), (T_PHONE, me), neg("*98"), "default", s, a, e, d, b, "NORMAL_CLEARING", u1, "",
               (T_PHONE, me), "PCMU", "PCMU"]
    elif k == 2:
        row = [(T_NAME, name_as(ctx, p)), (T_PHONE, me), ["**", (T_PHONE, other)], "default", s, a, e, d, b, "NORMAL_CLEARING", u1,
               u2, (T_PHONE, me), "OPUS", "OPUS"]
    else:
        num = phone(ctx, style=pick(rng, [("e164", 2), ("natdigits", 2)]))
        row = [rng.choice([(T_NAME, name_as(ctx, person(ctx, 1))), (T_PHONE, num), "UNKNOWN"]), (T_PHONE, num), (T_PHONE, me),
               "public", s, a, e, d, b, rng.choice(["NORMAL_CLEARING", "ORIGINATOR_CANCEL"]), u1, u2, "", "PCMA", "PCMA"]
    csv_row(rec, row, quote_all=True)


# --------------------------------------------------------------- cisco-cucm-cdr

def _cucm_base(ctx, cols):
    rng = ctx.rng
    start = int(epoch(ctx))
    v = {"cdrRecordType": "1", "globalCallID_callManagerId": str(rng.randint(1, 4)),
         "globalCallID_callId": str(rng.randint(100000, 9999999)), "origLegCallIdentifier": str(rng.randint(10 ** 7, 10 ** 8)),
         "destLegIdentifier": str(rng.randint(10 ** 7, 10 ** 8)), "dateTimeOrigination": neg(str(start)), "origNodeId": "2",
         "destNodeId": "2", "origCause_value": "0", "destCause_value": "16", "origPrecedenceLevel": "4",
         "destPrecedenceLevel": "4", "origMediaCap_payloadCapability": "4", "destMediaCap_payloadCapability": "4",
         "origMediaCap_maxFramesPerPacket": "20", "destMediaCap_maxFramesPerPacket": "20",
         "origMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
         "destMediaTransportAddress_Port": str(rng.randrange(16384, 32766, 2)),
         "dateTimeConnect": str(start + rng.randint(2, 20)), "dateTimeDisconnect": str(start + rng.randint(30, 900)),
         "pkid": uuid(ctx), "duration": str(rng.randint(10, 880)), "globalCallId_ClusterID": "NV-CUCM-Cluster",
         "origDTMFMethod": "3", "destDTMFMethod": "3", "origMediaCap_Bandwidth": "64", "destMediaCap_Bandwidth": "64",
         "origCallTerminationOnBehalfOf": "12", "destCallTerminationOnBehalfOf": "0", "IncomingProtocolID": "0",
         "OutgoingProtocolID": "0", "callingPartyNumberPartition": "PT_Internal"}
    return v


def _ipcols(v, col_ip, col_media, ip):
    v[col_ip] = (T_IP4, int_ip(ip))
    v[col_media] = (T_IP4, int_ip(ip))


# CUCM CDRs of PSTN calls to hunt pilots (PatternUsage 7, huntPilotDN,
# wasCallQueued) answered by agents, and of forwards to the voicemail pilot.
# Source: the pack's column list (rules/cisco-cucm-cdr.toml) and Cisco's CDR
# Administration Guide field descriptions (huntPilotDN, calledPartyPatternUsage
# 7 = hunt pilot, OnBehalfOf and redirect reason codes).
def cucm_hunt(ctx, rec, cols):
    rng = ctx.rng
    v = _cucm_base(ctx, cols)
    p = person(ctx)
    agent = ext(ctx)
    gw = ip4(ctx, "priv")
    ph_ip = ip4(ctx, "priv")
    caller = phone(ctx, style=pick(rng, [("e164", 3), ("natdigits", 3)]))
    if rng.random() < 0.65:
        pilot = rng.choice(P(ctx).HUNT_PILOTS)
        v.update({"callingPartyNumber": (T_PHONE, caller), "originalCalledPartyNumber": neg(pilot),
                  "finalCalledPartyNumber": (T_PHONE, agent), "lastRedirectDn": neg(pilot), "huntPilotDN": neg(pilot),
                  "huntPilotPartition": "PT_Internal", "huntPilotPattern": neg(pilot), "calledPartyPatternUsage": "7",
                  "wasCallQueued": "1", "totalWaitTimeInQueue": str(rng.randint(3, 300)),
                  "finalCalledPartyUnicodeLoginUserID": (T_USER, account(ctx, p)),
                  "originalCalledPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_Internal",
                  "origDeviceName": "SBC-STO-TRUNK", "destDeviceName": ["SEP", (T_MAC, mac(ctx, "BARE"))],
                  "lastRedirectRedirectOnBehalfOf": "10", "origCalledPartyRedirectOnBehalfOf": "10",
                  "finalCalledPartyPattern": neg(pilot), "originalCalledPartyPattern": neg(pilot),
                  "finalCalledPartyNumber_uri": "", "outpulsedCallingPartyNumber": (T_PHONE, caller)})
        _ipcols(v, "origIpAddr", "origMediaTransportAddress_IP", gw)
        _ipcols(v, "destIpAddr", "destMediaTransportAddress_IP", ph_ip)
    else:
        vm = P(ctx).VOICEMAIL_PILOT[0]
        v.update({"callingPartyNumber": (T_PHONE, caller), "originalCalledPartyNumber": (T_PHONE, agent),
                  "finalCalledPartyNumber": neg(vm), "lastRedirectDn": (T_PHONE, agent),
                  "origCalledPartyRedirectReason": "2", "lastRedirectRedirectReason": "2",
                  "origCalledPartyRedirectOnBehalfOf": "5", "lastRedirectRedirectOnBehalfOf": "5",
                  "origDeviceName": "SBC-STO-TRUNK", "destDeviceName": f"CUC-VM-{rng.randint(1, 24):03d}",
                  "calledPartyPatternUsage": "2", "finalCalledPartyNumberPartition": "PT_VM",
                  "lastRedirectDn_uri": [(T_EMAIL, email(ctx, p, "nordvik-energi.se"))] if rng.random() < 0.3 else ""})
        _ipcols(v, "origIpAddr", "origMediaTransportAddress_IP", gw)
        _ipcols(v, "destIpAddr", "destMediaTransportAddress_IP", ip4(ctx, "priv"))
    cucm_row(rec, cols, v)


# CUCM CDRs of internal calls, call park and park retrieval (OnBehalfOf 3 =
# Call Park), and Jabber CSF/TCT devices. Source: the pack's column list and
# Cisco's CDR Administration Guide (Call Park records, OnBehalfOf codes,
# device name prefixes SEP/CSF/TCT).
def cucm_park(ctx, rec, cols):
    rng = ctx.rng
    v = _cucm_base(ctx, cols)
    a, b = person(ctx), person(ctx, 1)
    ea, eb = ext(ctx), ext(ctx)
    ipa, ipb = ip4(ctx, "priv"), ip4(ctx, "priv")
    ua = account(ctx, a, "g1s")
    dev_a = rng.choice([["SEP", (T_MAC, mac(ctx, "BARE"))], ["CSF", (T_USER, ua.upper())], ["TCT", (T_USER, ua.upper())]])
    v.update({"callingPartyNumber": (T_PHONE, ea), "callingPartyUnicodeLoginUserID": (T_USER, ua),
              "origDeviceName": dev_a, "destDeviceName": ["SEP", (T_MAC, mac(ctx, "BARE"))],
              "originalCalledPartyNumberPartition": "PT_Internal", "finalCalledPartyNumberPartition": "PT_Internal",
              "callingPartyNumber_uri": [(T_EMAIL, email(ctx, a, "nordvik-energi.se"))] if rng.random() < 0.4 else ""})
    _ipcols(v, "origIpAddr", "origMediaTransportAddress_IP", ipa)
    _ipcols(v, "destIpAddr", "destMediaTransportAddress_IP", ipb)
    if rng.random() < 0.5:
        slot = rng.choice(P(ctx).PARK_SLOTS)
        v.update({"originalCalledPartyNumber": (T_PHONE, eb), "finalCalledPartyNumber": (T_PHONE, eb),
                  "lastRedirectDn": neg(slot), "lastRedirectRedirectOnBehalfOf": "3", "joinOnBehalfOf": "0",
                  "destCallTerminationOnBehalfOf": "3", "finalCalledPartyUnicodeLoginUserID": (T_USER, account(ctx, b)),
                  "calledPartyPatternUsage": "2", "comment": ""})
    else:
        v.update({"originalCalledPartyNumber": (T_PHONE, eb), "finalCalledPartyNumber": (T_PHONE, eb),
                  "finalCalledPartyUnicodeLoginUserID": (T_USER, account(ctx, b)), "calledPartyPatternUsage": "2",
                  "finalCalledPartyNumber_uri": [(T_EMAIL, email(ctx, b, "nordvik-energi.se"))] if rng.random() < 0.4 else ""})
    cucm_row(rec, cols, v)


TEMPLATES = [
    ("syslog", "smstools3-smsd", smsd),
    ("syslog", "dropbear", dropbear),
    ("syslog", "roundcube-logins", roundcube),
    ("syslog", "cups-page-log", cups_page),
    ("syslog", "cisco-wsa-w3c", wsa_w3c),
    ("syslog", "huawei-vrp-cli", huawei_vrp),
    ("syslog", "gitea", gitea),
    ("syslog", "sssd-shadow-utils", linux_accounts),
    ("syslog", "paxton-net2-export", net2_bridge),
    ("syslog", "kommun-etjanst", kommun_etjanst),
    ("syslog", "guacamole", guacamole),
    ("syslog", "jasmin-sms", jasmin),
    ("syslog", "print-release-gateway", print_release),
    ("syslog", "fritzbox-events-de", fritzbox),
    ("json", "jumpcloud-insights", jumpcloud),
    ("json", "telnyx-messaging", telnyx),
    ("json", "zoom-phone-call-logs", zoom_phone),
    ("json", "atlassian-org-audit", atlassian_audit),
    ("json", "webex-admin-audit", webex_audit),
    ("json", "canva-audit", canva_audit),
    ("json", "caddy-access", caddy),
    ("json", "figma-activity", figma_activity),
    ("kv-cef", "beyondtrust-rs", beyondtrust),
    ("kv-cef", "bitdefender-gravityzone-cef", gravityzone),
    ("kv-cef", "mimecast-siem", mimecast),
    ("kv-cef", "fortiweb", fortiweb),
    ("asterisk-cdr", "grandstream-ucm", grandstream_cdr),
    ("asterisk-cdr", "asterisk-features", asterisk_features),
    ("freeswitch-cdr", "avaya-ipoffice-smdr", ipoffice_smdr),
    ("freeswitch-cdr", "freeswitch-vanilla", fs_vanilla),
    ("cisco-cucm-cdr", "cucm-hunt-voicemail", cucm_hunt),
    ("cisco-cucm-cdr", "cucm-park-internal", cucm_park),
]
