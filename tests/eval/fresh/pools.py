"""Value pools of the `fresh` split (a development half, tuned on).

Written independently of tune/ and heldout/ (whose pools were not read), and
disjoint from aside/ by construction: other names, other number ranges, other
networks, device codes and years.
"""

CULTURE_WEIGHTS = {"swedish": 26, "finnish": 8, "norwegian": 7, "arabic_latin": 7, "arabic_script": 3,
                   "polish": 6, "turkish": 6, "vietnamese": 4, "indian": 6, "german": 6, "somali": 5,
                   "bosnian": 5, "chinese": 3, "english": 8}

NAMES = {
    "swedish": {"given": ["Linnéa", "Ebba", "Maja", "Wilma", "Elsa", "Agnes", "Ingrid", "Gunilla", "Birgitta",
                          "Åsa", "Märta", "Hjalmar", "Sixten", "Torsten", "Ragnar", "Gustav", "Viggo", "Arvid",
                          "Folke", "Bengt", "Örjan", "Kjell", "Stina", "Tuva", "Malte", "Alvar"],
                "surname": ["Bergkvist", "Lindqvist", "Sjöberg", "Hallberg", "Wikström", "Forsberg", "Ekdahl",
                            "Blomqvist", "Nyström", "Åkesson", "Östlund", "Holmgren", "Sandell", "Rydén",
                            "Lövgren", "Strand", "Dahlgren", "Engström", "Hedlund", "Björklund", "Söderberg"],
                "double_given": 0.12, "double_surname": 0.05, "joiner": "-"},
    "finnish": {"given": ["Aino", "Eetu", "Juhani", "Päivi", "Sanna", "Tuomas", "Veikko", "Helmi", "Lauri",
                          "Satu", "Ilkka", "Riikka"],
                "surname": ["Mäkinen", "Heikkilä", "Kärkkäinen", "Lehtonen", "Järvinen", "Väisänen",
                            "Koskinen", "Rautio", "Salminen", "Nieminen"]},
    "norwegian": {"given": ["Sigrun", "Torbjørn", "Håkon", "Solveig", "Eirik", "Ingvild", "Øystein", "Synnøve",
                            "Knut", "Ragnhild"],
                  "surname": ["Haugen", "Bakken", "Solberg", "Kristiansen", "Dahl", "Myhre", "Nygård",
                              "Aasen", "Strømme", "Lie"]},
    "arabic_latin": {"given": ["Yousef", "Khalid", "Rania", "Layla", "Hassan", "Samira", "Tariq", "Noor",
                               "Ibrahim", "Amal", "Bilal", "Huda"],
                     "surname": ["Al-Sayed", "Haddad", "Nasser", "el-Amin", "Qasim", "Mansour", "Darwish",
                                 "Abu Zeid", "Saleh", "Hamdan"]},
    "arabic_script": {"given": ["يوسف|Yousef", "رانيا|Rania", "خالد|Khalid", "سميرة|Samira", "طارق|Tariq"],
                      "surname": ["حداد|Haddad", "ناصر|Nasser", "منصور|Mansour", "درويش|Darwish"]},
    "polish": {"given": ["Katarzyna", "Małgorzata", "Wojciech", "Grzegorz", "Agnieszka", "Paweł", "Zofia",
                         "Jędrzej", "Łukasz", "Beata"],
               "surname": ["Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
                           "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski"]},
    "turkish": {"given": ["Emre", "Zeynep", "Burak", "Elif", "Mehmet", "Ayşe", "Oğuz", "Gülşen", "Serkan",
                          "Derya"],
                "surname": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan",
                            "Doğan", "Kılıç"]},
    "vietnamese": {"given": ["Văn Minh", "Thị Lan", "Đức Anh", "Thu Hà", "Quốc Bảo"],
                   "surname": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"], "order": "surname-first"},
    "indian": {"given": ["Priya", "Arjun", "Ananya", "Rohan", "Deepika", "Vikram", "Sneha", "Rahul",
                         "Kavita", "Sanjay"],
               "surname": ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Krishnan", "Banerjee",
                           "Chatterjee", "Menon"]},
    "german": {"given": ["Jürgen", "Hannelore", "Wolfgang", "Ursula", "Dieter", "Henrike", "Lennart",
                         "Friederike", "Matthias", "Sabine"],
               "surname": ["Schröder", "Müller", "von Bülow", "Hoffmann", "Weiß", "Krüger", "Schäfer",
                           "zu Stolberg", "Fischer", "Neumann"]},
    "somali": {"given": ["Abdirahman", "Hodan", "Mohamud", "Faadumo", "Abdiwali", "Ubah", "Guled", "Sahra"],
               "surname": ["Warsame", "Farah", "Jama", "Abdi", "Hirsi", "Omar", "Yusuf", "Mohamed"]},
    "bosnian": {"given": ["Emir", "Amra", "Nedim", "Lejla", "Adnan", "Selma", "Mirza", "Ajla"],
                "surname": ["Hodžić", "Begović", "Delić", "Kovačević", "Mehmedović", "Hadžić", "Ćosić",
                            "Salihović"]},
    "chinese": {"given": ["Wei", "Xiaoming", "Jing", "Haoran", "Yuting"],
                "surname": ["Zhang", "Wang", "Liu", "Chen", "Zhao"], "order": "surname-first"},
    "english": {"given": ["Oliver", "Charlotte", "Harriet", "Rupert", "Imogen", "Callum", "Fiona", "Gareth",
                          "Siobhan", "Declan"],
                "surname": ["Thompson", "Whitfield", "O'Connor", "McAllister", "Pemberton", "Ashworth",
                            "Fairbanks", "Gallagher", "Harrington", "Blackwood"]},
}

P_USER_DIACRITICS = 0.08
P_EMAIL_UNICODE = 0.06
USER_FORMS = {"g.s": 5, "g1s": 4, "gs": 2, "s3g3": 2, "emp": 3, "g1.s": 2, "gN": 1, "g_s": 1, "gs1": 2,
              "g.sN": 1, "s.g": 1}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("72", 9, "mobile", [2, 3, 2, 2]), ("73", 9, "mobile", [2, 3, 2, 2]),
                      ("31", 9, "fixed", [2, 3, 2, 2]), ("40", 9, "fixed", [2, 3, 2, 2]),
                      ("18", 9, "fixed", [2, 3, 2, 2])]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("9", 8, "mobile", [3, 2, 3]), ("4", 8, "mobile", [3, 2, 3])]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("40", 9, "mobile", [2, 3, 4]), ("50", 9, "mobile", [2, 3, 4]),
                                                 ("9", 8, "fixed", [1, 3, 4])]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", [3, 8]), ("176", 11, "mobile", [3, 8]),
                                                ("30", 10, "fixed", [2, 8])]},
    "GB": {"cc": "44", "trunk": "0", "ranges": [("77", 10, "mobile", [4, 6]), ("20", 10, "fixed", [2, 4, 4])]},
    "US": {"cc": "1", "trunk": "", "ranges": [("312", 10, "fixed", [3, 3, 4]), ("206", 10, "fixed", [3, 3, 4])]},
    "PL": {"cc": "48", "trunk": "", "ranges": [("60", 9, "mobile", [3, 3, 3]), ("50", 9, "mobile", [3, 3, 3])]},
    "TR": {"cc": "90", "trunk": "0", "ranges": [("53", 10, "mobile", [3, 3, 2, 2])]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", [5, 5]), ("99", 10, "mobile", [5, 5])]},
    "SO": {"cc": "252", "trunk": "0", "ranges": [("61", 9, "mobile", [2, 3, 4])]},
    "BA": {"cc": "387", "trunk": "0", "ranges": [("61", 8, "mobile", [2, 3, 3])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 40, "NO": 7, "FI": 6, "DE": 7, "GB": 6, "US": 5, "PL": 5, "TR": 5, "IN": 5,
                         "SO": 4, "BA": 3}
PHONE_STYLES = {"e164": 5, "national": 6, "national-digits": 4, "e164-spaced": 3, "00": 2, "paren0": 1,
                "00-spaced": 1, "cc-digits": 1}
PHONE_SEPARATORS = {" ": 6, "": 2, "-": 2, ".": 1}
EXTENSIONS = [(2100, 2399), (5500, 5799), (700, 789)]

BIRTH_YEARS = (1931, 2009)
PNR_STYLES = {"10-dash": 5, "12-dash": 3, "12": 3, "10": 2, "12-space": 1}
ORGNR_GROUPS = ["5", "8"]
ORGNR_STYLES = {"dash": 6, "plain": 3, "16": 1}
IMEI_TACS = ["35332811", "35891609", "86753103", "35467110", "01332700"]
IMEI_STYLES = {"plain": 6, "dashed": 1, "spaced": 1, "tac-snr": 1}
IMSI_PLMNS = ["24002", "24014", "24203", "23802", "24491"]

IPV4_NETS = {"10.44": 5, "10.61": 3, "172.20": 3, "192.168.77": 2, "81.226": 2, "213.115": 2, "83.248": 1,
             "5.150": 1, "31.208": 1}
IPV6_NETS = {"2a02:aa1:1007": 3, "2001:6b0:1b": 2, "fd3c:91e4:7a20": 2, "2a00:801:5e2": 1}
IPV6_STYLES = {"compressed": 6, "full": 1, "upper": 1, "mapped": 1, "link-local": 1}
MAC_OUIS = ["3c22fb", "f4d488", "b827eb", "00a0c9", "6c3b6b", "a4bb6d", "e4b97a", "18e829"]
MAC_STYLES = {"colon": 5, "COLON": 2, "dash": 2, "dash-lower": 1, "cisco": 2, "BARE": 1}

EMAIL_DOMAINS = {"kommunen-vast.se": 4, "bergsbolaget.se": 3, "gmail.com": 3, "hotmail.se": 2, "outlook.com": 2,
                 "telia.com": 1, "online.no": 1, "gmx.de": 1, "yahoo.co.uk": 1}
REALMS = ["KOMMUNEN-VAST.SE", "BERGSBOLAGET.LOCAL"]
NETBIOS = ["KVAST", "BERGS", "KONTOR"]
INTERNAL_DOMAINS = ["kommunen-vast.se", "bergsbolaget.local", "corp.bergsbolaget.se"]
HOSTS = ["srx-edge01", "mail02", "vpn-gw1", "proxy03", "lb-ext2", "fs01", "core-sw3", "mtik-hq", "ftp01",
         "fw-dmz", "pbx-hq", "k8s-api", "vault-1", "door-ctl2", "app07"]
URL_PATHS = ["/api/v2/orders", "/owa/auth.owa", "/login", "/portal/index.php", "/wp-admin/admin-ajax.php",
             "/healthz", "/static/app.js", "/remote.php/dav/files"]

TIME_RANGE = (1772323200, 1780272000)  # March-May 2026

SERVICE_NUMBERS = ["112", "1177", "11414", "116000", "116111", "90000", "11313"]
VERSIONS = ["21.4R3-S5.4", "5.6.2", "2.3.21.1", "4.97.1", "6.1.1", "15.2(7)E9", "7.13.4", "1.30.2",
            "17.9.4a", "3.0.15", "12.1.0-57"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
               "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350",
               "aws-cli/2.17.21 Python/3.11.9 Linux/6.8.0-1012-aws exe/x86_64.ubuntu.24",
               "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
               "okhttp/4.12.0", "Vault/1.17.3 (+https://www.vaultproject.io/; go1.22.5)"]
OIDS = ["1.3.6.1.4.1.2636.3.1.13.1.8", "1.3.6.1.2.1.2.2.1.8", "1.3.6.1.4.1.9.9.41.1.2.3.1.5"]
TICKET_FORMATS = ["INC{n}", "RITM{n}", "CS{y}-{n}", "SR-{n}"]
SSH_ALGS = ["curve25519-sha256@libssh.org", "aes256-gcm@openssh.com", "rsa-sha2-512-cert-v01@openssh.com"]
SPN_SERVICES = ["HTTP/{host}@{realm}", "cifs/{host}@{realm}", "ldap/{host}@{realm}"]
CAPITALISED = ["Outlook Web Access", "Global Protect", "Teams Rooms", "Power BI", "Service Desk", "Kundtjänst",
               "Ekonomi", "Lönekontoret", "Servicedesk", "Nordic Hub"]
PLACES = ["Göteborg", "Uppsala", "Malmö", "Tromsø", "Tampere", "Lindholmen", "Hisingen", "Frölunda"]
SYSTEM_USERS = ["root", "nobody", "www-data", "postfix", "dovecot", "svc_backup", "system:kube-scheduler",
                "SYSTEM", "NETWORK SERVICE", "healthcheck", "ansible"]
