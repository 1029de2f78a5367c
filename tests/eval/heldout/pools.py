# HELD-OUT SPLIT. Engineers working on detection must not read this file:
# it is what detection is measured on, and reading it turns the held-out
# figures into tune figures. Value pools disjoint from tune/pools.py.

NAMES = {
    "swedish": {"given": ["Birgitta", "Anders", "Solveig", "Ulf", "Lovisa", "Torbjörn", "Ingegärd", "Kjell",
                          "Signe", "Gunnar", "Ylva-Li", "Rasmus", "Märit", "Åke", "Elin", "Vilgot"],
                "surname": ["Johansson", "Karlsson", "Andersson", "Gustafsson", "Pettersson", "Lindström",
                            "Axelsson", "Sandström", "Ekström", "Hägglund", "Lövgren", "Öhman", "von Essen",
                            "Wikström", "Dahlberg", "Åberg"],
                "double_surname": 0.1, "joiner": "-"},
    "nordic": {"given": ["Trond", "Hilde", "Bjarne", "Astrid", "Morten", "Þóra", "Kristján"],
               "surname": ["Olsen", "Larsen", "Nygård", "Thomsen", "Rasmussen", "Stefánsdóttir", "Bøe"]},
    "finnish": {"given": ["Tapio", "Riitta", "Esa", "Sirpa", "Ville", "Mirja"],
                "surname": ["Nieminen", "Laaksonen", "Räsänen", "Kettunen", "Tikkanen", "Pöllänen"]},
    "sami": {"given": ["Niillas", "Ristin", "Jovsset", "Elle"], "surname": ["Somby", "Utsi", "Balto", "Kuoljok"]},
    "arabic_latin": {"given": ["Hassan", "Zainab", "Ibrahim", "Amira", "Tariq", "Rania", "Yasmin"],
                     "surname": ["Al-Rashid", "Mansour", "El-Sayed", "Bakri", "Al-Tamimi", "Saleh"]},
    "arabic_script": {"given": ["حسن|Hassan", "زينب|Zainab", "إبراهيم|Ibrahim", "ريم|Reem"],
                      "surname": ["منصور|Mansour", "التميمي|Altamimi", "صالح|Saleh"], "script": "arabic"},
    "somali": {"given": ["Ayaan", "Liban", "Sahra", "Guled", "Ifrah"],
               "surname": ["Aden", "Yusuf", "Egal", "Nur", "Mohamud"]},
    "balkan": {"given": ["Vesna", "Dejan", "Emina", "Zoran", "Ljiljana", "Edin"],
               "surname": ["Marković", "Hodžić", "Stanković", "Begić", "Đukić", "Čolić"]},
    "polish": {"given": ["Bartłomiej", "Katarzyna", "Jędrzej", "Joanna"],
               "surname": ["Nowak", "Lewandowska", "Kamiński", "Woźniak", "Grabowski"]},
    "turkish": {"given": ["Emre", "Gülşen", "Burak", "Şule"], "surname": ["Arslan", "Doğan", "Koç", "Kılıç"]},
    "persian": {"given": ["Kaveh", "Mina", "Arash", "Leila", "کاوه|Kaveh"],
                "surname": ["Ahmadinejad", "Sadeghi", "Farahani", "Jafari", "صادقی|Sadeghi"]},
    "kurdish": {"given": ["Dilan", "Sherko", "Zilan"], "surname": ["Talabani", "Mahmoud", "Amedi"]},
    "vietnamese": {"given": ["Quang Huy", "Ngọc Anh", "Đức Thắng"], "surname": ["Hoàng", "Vũ", "Đặng"],
                   "order": "surname-first"},
    "chinese": {"given": ["Li", "Min", "Xiu Ying", "Jun"], "surname": ["Li", "Huang", "Zhao", "Wu"],
                "order": "surname-first"},
    "indian": {"given": ["Aditya", "Kavya", "Rohan", "Deepika", "Suresh"],
               "surname": ["Krishnan", "Mehta", "Banerjee", "Pillai", "Singh"]},
    "nigerian": {"given": ["Chiamaka", "Olumide", "Yusuf", "Ifeoma", "Tunde"],
                 "surname": ["Okafor", "Adebayo", "Danjuma", "Chukwu", "Olawale"]},
    "eritrean": {"given": ["Selam", "Mehari", "Ruth"], "surname": ["Woldemichael", "Berhane", "Asmerom"]},
    "spanish": {"given": ["Carmen", "Alejandro", "Pilar"], "surname": ["Rodríguez", "Gómez", "Díaz", "Ruiz"],
                "double_surname": 0.7, "joiner": " "},
    "german": {"given": ["Ursula", "Dieter", "Hannelore"], "surname": ["Schäfer", "Bäcker", "Krüger", "zu Dohna"]},
    "dutch": {"given": ["Willem", "Anouk", "Bram"], "surname": ["van Leeuwen", "de Graaf", "ter Horst", "Bakker"]},
    "anglo": {"given": ["Ciarán", "Niamh", "Oliver"], "surname": ["O'Sullivan", "MacLeod", "D'Arcy"]},
    "portuguese": {"given": ["João", "Conceição", "Gonçalo"], "surname": ["Gonçalves", "Araújo", "Simões"]},
    "ukrainian": {"given": ["Oleksandr", "Iryna", "Taras"], "surname": ["Shevchenko", "Kovalenko", "Bondarenko"]},
}
CULTURE_WEIGHTS = {"swedish": 26, "nordic": 4, "finnish": 4, "sami": 2, "arabic_latin": 6, "arabic_script": 3,
                   "somali": 4, "balkan": 4, "polish": 3, "turkish": 3, "persian": 3, "kurdish": 2,
                   "vietnamese": 2, "chinese": 2, "indian": 3, "nigerian": 3, "eritrean": 2, "spanish": 2,
                   "german": 2, "dutch": 2, "anglo": 2, "portuguese": 2, "ukrainian": 3}
P_USER_DIACRITICS = 0.12
P_EMAIL_UNICODE = 0.08
USER_FORMS = {"g.s": 22, "gs": 8, "g1s": 12, "g_s": 5, "s3g3": 4, "g.sN": 6, "gN": 4, "g1.s": 6,
              "s.g": 4, "g3s3N": 5, "gs1": 4, "emp": 8, "g-s": 4}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("72", 9, "mobile", (2, 3, 2, 2)), ("76", 9, "mobile", (2, 3, 2, 2)),
                      ("79", 9, "mobile", (2, 3, 2, 2)), ("40", 9, "fixed", (2, 3, 2, 2)),
                      ("18", 8, "fixed", (2, 2, 2, 2)), ("90", 8, "fixed", (2, 2, 2, 2)),
                      ("480", 8, "fixed", (3, 3, 2)), ("920", 8, "fixed", (3, 3, 2))]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("6", 7, "mobile", (3, 4)), ("5", 7, "fixed", (3, 4))]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", (4, 4)), ("6", 7, "fixed", (3, 4))]},
    "FR": {"cc": "33", "trunk": "0", "ranges": [("6", 9, "mobile", (1, 2, 2, 2, 2)), ("1", 9, "fixed", (1, 2, 2, 2, 2))]},
    "IT": {"cc": "39", "trunk": "", "ranges": [("34", 10, "mobile", (3, 3, 4)), ("06", 10, "fixed", (2, 4, 4))]},
    "IR": {"cc": "98", "trunk": "0", "ranges": [("91", 10, "mobile", (3, 3, 4)), ("21", 10, "fixed", (2, 4, 4))]},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("77", 10, "mobile", (3, 3, 4)), ("75", 10, "mobile", (3, 3, 4))]},
    "VN": {"cc": "84", "trunk": "0", "ranges": [("9", 9, "mobile", (2, 3, 2, 2)), ("3", 9, "mobile", (2, 3, 2, 2))]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("9", 10, "mobile", (5, 5)), ("7", 10, "mobile", (5, 5))]},
    "ER": {"cc": "291", "trunk": "0", "ranges": [("7", 7, "mobile", (1, 3, 3))]},
    "BA": {"cc": "387", "trunk": "0", "ranges": [("61", 8, "mobile", (2, 3, 3)), ("33", 8, "fixed", (2, 3, 3))]},
    "CN": {"cc": "86", "trunk": "", "ranges": [("138", 11, "mobile", (3, 4, 4)), ("159", 11, "mobile", (3, 4, 4))]},
    "CA": {"cc": "1", "trunk": "1", "ranges": [("416", 10, "mobile", (3, 3, 4)), ("604", 10, "fixed", (3, 3, 4))]},
    "AU": {"cc": "61", "trunk": "0", "ranges": [("4", 9, "mobile", (3, 3, 3)), ("2", 9, "fixed", (1, 4, 4))]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("67", 9, "mobile", (2, 3, 2, 2)), ("50", 9, "mobile", (2, 3, 2, 2))]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 40, "IS": 3, "EE": 3, "FR": 5, "IT": 4, "IR": 4, "IQ": 4, "VN": 3, "IN": 4,
                         "ER": 3, "BA": 4, "CN": 3, "CA": 4, "AU": 3, "UA": 5}
EXTENSIONS = [(500, 899), (5000, 8999)]
PHONE_STYLES = {"national": 30, "national-digits": 14, "e164": 18, "e164-spaced": 12, "00": 8,
                "00-spaced": 4, "cc-digits": 7, "paren0": 5}
PHONE_SEPARATORS = {" ": 45, "-": 15, "": 12, ".": 8, "\u00a0": 8}

BIRTH_YEARS = (1905, 2012)
PNR_STYLES = {"10-dash": 35, "10": 20, "12-dash": 20, "12": 15, "12-space": 10}
ORGNR_GROUPS = ["5", "5", "2", "7", "8", "9", "3"]
ORGNR_STYLES = {"dash": 55, "plain": 30, "16": 15}

IMEI_TACS = ["35460311", "35290611", "86769804", "35847631", "01332700", "35404907", "86583105"]
IMEI_STYLES = {"plain": 55, "dashed": 20, "spaced": 10, "tac-snr": 15}
IMSI_PLMNS = ["24002", "24010", "24012", "24202", "24405", "27201", "20801", "302720"]
MAC_OUIS = ["000413", "001565", "00085d", "f0b2e5", "3c2af4", "7c2e0d", "e45f01", "0c8112", "acde48"]
MAC_STYLES = {"colon": 35, "COLON": 15, "dash": 20, "dash-lower": 5, "cisco": 12, "bare": 8, "BARE": 5}

IPV4_NETS = {"100.64": 8, "100.90": 4, "172.24": 5, "172.31": 4, "10.200": 8, "172.27": 6, "5.150": 5,
             "31.208": 5, "62.20": 5, "77.53": 5, "94.234": 5, "145.14": 4, "193.10": 4, "212.85": 5,
             "151.177": 4, "89.160": 5}
IPV6_NETS = {"2a01:4f8:c17": 10, "2001:9b1:40": 8, "2a05:d018:a": 8, "2620:1ec:c": 6, "fdab:cd00:1": 8}
IPV6_STYLES = {"compressed": 50, "full": 12, "upper": 10, "mapped": 12, "link-local": 8, "nat64": 8}

EMAIL_DOMAINS = {"bolaget.se": 18, "region.example.se": 6, "icloud.com": 6, "protonmail.com": 4,
                 "bredband.net": 4, "live.se": 5, "comhem.se": 3, "yandex.ru": 2, "orange.fr": 2,
                 "libero.it": 2, "gmx.at": 2, "skola.example.se": 3, "ukr.net": 2}
REALMS = ["AD.BOLAGET.SE", "REGION.INTERN", "EXAMPLE.LAN"]
NETBIOS = ["BOLAGET", "REGION", "EXAMPLE", "SKOLA"]
INTERNAL_DOMAINS = ["bolaget.intern", "region.example.lan", "skola.local"]
HOSTS = ["edge-fw2", "relay3", "imap01", "www-prod-4", "asbc1", "ribbon-sbc", "proxy2", "ldap1", "cas01",
         "siem-fwd", "wg-hub", "ipsec-gw", "ftp1", "rdp-gw", "smsc1", "pacs-door", "mme01", "hss1"]
URL_PATHS = ["/cgi-bin/luci", "/remote.php/dav/files/", "/ecp/", "/vpn/tmindex.html", "/api/v2/session",
             "/saml2/acs", "/admin/config.php", "/login.aspx", "/autodiscover/autodiscover.xml"]
TIME_RANGE = (1798761600, 1830297600)  # 2027

SERVICE_NUMBERS = ["112", "116117", "116123", "118118", "11313", "911", "999", "000", "1813", "117"]
VERSIONS = ["Cisco-CP8865/14.2.1", "AudioCodes Mediant 800 7.40A.500.775", "Linksys/SPA942-6.1.5(a)",
            "Fanvil X6U 2.12.1.6", "Microsoft-Windows-NT 10.0.22631", "Zoiper rv2.10.20.4",
            "Bria 6.6.1.114960", "Ribbon SBC SWe 11.1.2", "MicroSIP/3.21.3", "Apache/2.4.62 (Debian)",
            "Postfix 3.7.11", "strongSwan 5.9.13"]
USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
               "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
               "python-requests/2.32.3", "Microsoft.Exchange.ActiveSync/16.0", "Go-http-client/1.1",
               "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36"]
OIDS = ["1.3.6.1.4.1.2011.5.25.41.1.2.1.1.7", "1.3.6.1.6.3.1.1.5.3", "1.3.6.1.4.1.25461.2.1.2.1.19.0",
        "0.9.2342.19200300.100.1.1", "1.2.752.201.3.4"]
TICKET_FORMATS = ["TCK-{n}", "RITM{n:07d}", "JIRA-{n}", "ÄR-{y}-{n:05d}", "case {n:08d}"]
SSH_ALGS = ["aes128-gcm@openssh.com", "ssh-ed25519-cert-v01@openssh.com", "mlkem768x25519-sha256",
            "ecdh-sha2-nistp256", "rsa-sha2-512-cert-v01@openssh.com", "hmac-sha2-512-etm@openssh.com"]
SPN_SERVICES = ["host/{host}@{realm}", "MSSQLSvc/{host}:1433@{realm}", "kadmin/admin@{realm}",
                "krbtgt/{realm}@{realm}", "nfs/{host}@{realm}"]
CAPITALISED = ["Azure Active Directory", "Remote Desktop", "Conditional Access", "Exchange Online",
               "Guest Access", "Loading Dock", "Server Room", "Multi Factor", "Front Desk", "Account Locked"]
PLACES = ["Västerås", "Örebro", "Jönköping", "Umeå", "Luleå", "Sundsvall", "Tromsø", "Tampere"]
SYSTEM_USERS = ["root", "guest", "operator", "mail", "sshd", "ftp", "Administrator", "LOCAL SERVICE",
                "svc_backup", "nagios"]
