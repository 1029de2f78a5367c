"""Value pools of the `tune` split: detector engineers may read and tune on these.

The held-out split draws from disjoint pools (other names, other number
ranges, some other countries): see README.md beside gen.py.
"""

# ------------------------------------------------------------------ people
# Each culture keeps its own given names and surnames. `native|latin` entries
# carry the spelling shown and the one account names are made from.
NAMES = {
    "swedish": {"given": ["Karin", "Lars", "Åsa", "Björn", "Märta", "Göran", "Ingrid", "Sven", "Maja", "Oskar",
                          "Ebba", "Håkan", "Linnéa", "Pär", "Elsa", "Måns", "Sixten", "Agnes", "Örjan", "Tove",
                          "Anna-Karin", "Per-Olof", "Hampus", "Ylva"],
                "surname": ["Eriksson", "Lindqvist", "Öberg", "Sjöström", "Åkesson", "Bäckström", "Nyström",
                            "Hedlund", "Wallin", "Ström", "Engström", "Lundgren", "Söderberg", "Holmqvist",
                            "af Klercker", "Nilsson", "Berglund", "Fält", "Grönlund", "Löfgren"],
                "double_surname": 0.08, "joiner": "-"},
    "nordic": {"given": ["Ole", "Kari", "Sigrid", "Jørgen", "Mette", "Søren", "Guðrún", "Einar", "Ragnhild",
                         "Thorbjørn", "Dorthe", "Halldór"],
               "surname": ["Hansen", "Johansen", "Bakke", "Søndergaard", "Kristiansen", "Haugen", "Ødegård",
                           "Pedersen", "Jónsdóttir", "Sigurðsson", "Brekke", "Dahl"]},
    "finnish": {"given": ["Aino", "Juha", "Päivi", "Jyrki", "Satu", "Mikko", "Tuula", "Eero", "Hannele"],
                "surname": ["Virtanen", "Mäkinen", "Järvinen", "Heikkilä", "Koskinen", "Lehtonen",
                            "Hämäläinen", "Kärkkäinen"]},
    "sami": {"given": ["Ánde", "Máret", "Ovllá", "Sárá", "Biret"],
             "surname": ["Gaup", "Sara", "Labba", "Eira", "Niillas"]},
    "arabic_latin": {"given": ["Mohammed", "Fatima", "Ahmad", "Aisha", "Omar", "Layla", "Yousef", "Mariam",
                               "Khalid", "Noor"],
                     "surname": ["Al-Hassan", "Haddad", "El Amrani", "Abdullah", "Al-Sayed", "Nasser",
                                 "Ben Youssef", "Khalil"]},
    "arabic_script": {"given": ["محمد|Mohammed", "فاطمة|Fatima", "أحمد|Ahmad", "عائشة|Aisha", "عمر|Omar"],
                      "surname": ["الحسن|Alhassan", "حداد|Haddad", "عبدالله|Abdullah", "ناصر|Nasser"],
                      "script": "arabic"},
    "somali": {"given": ["Abdirahman", "Hodan", "Mohamed", "Faadumo", "Abdiweli", "Hibaaq"],
               "surname": ["Warsame", "Jama", "Abdi", "Farah", "Hirsi", "Osman"]},
    "balkan": {"given": ["Dražen", "Mirjana", "Željko", "Jasmina", "Goran", "Snežana", "Nikola", "Ivana"],
               "surname": ["Petrović", "Kovačević", "Đorđević", "Hadžić", "Babić", "Šarić", "Jovanović"]},
    "polish": {"given": ["Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Grzegorz", "Zofia", "Wojciech"],
               "surname": ["Wiśniewski", "Kowalczyk", "Wójcik", "Zieliński", "Szymańska", "Dąbrowski"]},
    "turkish": {"given": ["Mehmet", "Ayşe", "Mustafa", "Elif", "Hüseyin", "Zeynep", "Çağla"],
                "surname": ["Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın"]},
    "persian": {"given": ["Reza", "Shirin", "Dariush", "Parisa", "Behnam", "Nasrin", "رضا|Reza", "شیرین|Shirin"],
                "surname": ["Hosseini", "Moradi", "Karimi", "Rahimi", "Tehrani", "حسینی|Hosseini"]},
    "kurdish": {"given": ["Rebin", "Shilan", "Azad", "Berivan", "Hêvî"],
                "surname": ["Barzani", "Ahmadi", "Zebari", "Şêx", "Kurdistani"]},
    "vietnamese": {"given": ["Văn Minh", "Thị Lan", "Hoàng Nam", "Thu Hà", "Minh Tuấn"],
                   "surname": ["Nguyễn", "Trần", "Lê", "Phạm"], "order": "surname-first"},
    "chinese": {"given": ["Wei", "Fang", "Xiaoming", "Jing", "Hao", "Yan"],
                "surname": ["Wang", "Zhang", "Liu", "Chen", "Zhou"], "order": "surname-first"},
    "indian": {"given": ["Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Lakshmi"],
               "surname": ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair", "Chatterjee"]},
    "nigerian": {"given": ["Oluwaseun", "Chinedu", "Ngozi", "Abubakar", "Adaeze", "Babatunde", "Amina",
                           "Emeka"],
                 "surname": ["Adeyemi", "Okonkwo", "Eze", "Bello", "Ogunleye", "Nwosu", "Abdullahi"]},
    "eritrean": {"given": ["Yonas", "Senait", "Tesfay", "Helen", "Filmon"],
                 "surname": ["Tesfamariam", "Ghebremedhin", "Habte", "Kidane"]},
    "spanish": {"given": ["José", "María", "Andrés", "Lucía", "Javier", "Marta"],
                "surname": ["García", "López", "Fernández", "Martínez", "Sánchez", "Muñoz"],
                "double_surname": 0.7, "joiner": " "},
    "german": {"given": ["Jürgen", "Sabine", "Günter", "Anneliese", "Matthias", "Jörg"],
               "surname": ["Müller", "Schröder", "Weiß", "Groß", "Hoffmann", "von Bülow", "Köhler"]},
    "dutch": {"given": ["Jan", "Sanne", "Pieter", "Femke", "Joost", "Marieke"],
              "surname": ["van der Berg", "de Vries", "van Dijk", "Jansen", "van den Heuvel", "de Jong"]},
    "anglo": {"given": ["Siobhan", "Patrick", "Emily", "James", "Aoife"],
              "surname": ["O'Brien", "O'Connor", "Smith", "McAllister", "Fitzgerald-Hughes"]},
}
CULTURE_WEIGHTS = {"swedish": 30, "nordic": 5, "finnish": 5, "sami": 2, "arabic_latin": 6, "arabic_script": 2,
                   "somali": 3, "balkan": 4, "polish": 3, "turkish": 3, "persian": 3, "kurdish": 2,
                   "vietnamese": 2, "chinese": 2, "indian": 3, "nigerian": 3, "eritrean": 2, "spanish": 3,
                   "german": 3, "dutch": 2, "anglo": 2}
P_USER_DIACRITICS = 0.10
P_EMAIL_UNICODE = 0.06
USER_FORMS = {"g.s": 30, "gs": 6, "g1s": 10, "g_s": 3, "s3g3": 6, "g.sN": 5, "gN": 3, "g1.s": 4,
              "s.g": 2, "g3s3N": 4, "gs1": 3, "emp": 6, "g-s": 2}

# ------------------------------------------------------------------ phones
# ranges: (NSN prefix, NSN length, kind, national groups of the NSN)
PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("70", 9, "mobile", (2, 3, 2, 2)), ("73", 9, "mobile", (2, 3, 2, 2)),
                      ("8", 9, "fixed", (1, 3, 3, 2)), ("8", 8, "fixed", (1, 3, 2, 2)),
                      ("31", 9, "fixed", (2, 3, 2, 2)), ("31", 8, "fixed", (2, 2, 2, 2)),
                      ("13", 8, "fixed", (2, 2, 2, 2))]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("4", 8, "mobile", (3, 2, 3)), ("9", 8, "mobile", (3, 2, 3)),
                                               ("22", 8, "fixed", (2, 2, 2, 2))]},
    "DK": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", (2, 2, 2, 2)), ("3", 8, "fixed", (2, 2, 2, 2))]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("40", 9, "mobile", (2, 3, 4)), ("50", 9, "mobile", (2, 3, 4)),
                                                 ("9", 8, "fixed", (1, 3, 4))]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", (3, 4, 4)), ("171", 10, "mobile", (3, 7)),
                                                ("30", 10, "fixed", (2, 8)), ("89", 10, "fixed", (2, 4, 4))]},
    "GB": {"cc": "44", "trunk": "0", "ranges": [("7", 10, "mobile", (4, 6)), ("20", 10, "fixed", (2, 4, 4))]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("212", 10, "fixed", (3, 3, 4)), ("415", 10, "mobile", (3, 3, 4)),
                                               ("617", 10, "mobile", (3, 3, 4))]},
    "PL": {"cc": "48", "trunk": "", "ranges": [("5", 9, "mobile", (3, 3, 3)), ("22", 9, "fixed", (2, 3, 2, 2))]},
    "TR": {"cc": "90", "trunk": "0", "ranges": [("53", 10, "mobile", (3, 3, 2, 2)), ("212", 10, "fixed", (3, 3, 2, 2))]},
    "NL": {"cc": "31", "trunk": "0", "ranges": [("6", 9, "mobile", (1, 8)), ("20", 9, "fixed", (2, 3, 4))]},
    "ES": {"cc": "34", "trunk": "", "ranges": [("6", 9, "mobile", (3, 2, 2, 2)), ("91", 9, "fixed", (2, 3, 2, 2))]},
    "SO": {"cc": "252", "trunk": "0", "ranges": [("61", 9, "mobile", (2, 7)), ("90", 9, "mobile", (2, 3, 4))]},
    "NG": {"cc": "234", "trunk": "0", "ranges": [("803", 10, "mobile", (3, 3, 4)), ("806", 10, "mobile", (3, 3, 4))]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 45, "NO": 5, "DK": 4, "FI": 5, "DE": 5, "GB": 5, "US": 5, "PL": 4, "TR": 4,
                         "NL": 3, "ES": 3, "SO": 3, "NG": 3}
EXTENSIONS = [(100, 499), (1000, 4999)]  # internal extensions: PHONE in CDRs
PHONE_STYLES = {"national": 35, "national-digits": 14, "e164": 18, "e164-spaced": 10, "00": 7,
                "00-spaced": 2, "cc-digits": 6, "paren0": 3}
PHONE_SEPARATORS = {" ": 55, "-": 12, "": 12, ".": 5, "\u00a0": 4}

# ------------------------------------------------------------------ Swedish ids
BIRTH_YEARS = (1920, 1989)
PNR_STYLES = {"10-dash": 45, "10": 15, "12-dash": 20, "12": 20}
ORGNR_GROUPS = ["5", "5", "5", "2", "7", "8", "9"]
ORGNR_STYLES = {"dash": 70, "plain": 30}

# ------------------------------------------------------------------ devices
IMEI_TACS = ["35209900", "35332511", "35674108", "86891203", "35391110", "01326300", "35925406", "35875209"]
IMEI_STYLES = {"plain": 70, "dashed": 20, "spaced": 10}
IMSI_PLMNS = ["24001", "24007", "24008", "24201", "24491", "310260", "23415", "26201"]
MAC_OUIS = ["001a2b", "3c5282", "f4f5d8", "0004f2", "805ec0", "a4c3f0", "00155d", "b827eb", "dc2b2a", "64167f"]
MAC_STYLES = {"colon": 50, "COLON": 15, "dash": 15, "cisco": 10, "bare": 5, "BARE": 5}

# ------------------------------------------------------------------ network
IPV4_NETS = {"10": 20, "192.168": 12, "172.16": 5, "172.20": 3, "81.226": 5, "185.12": 5, "213.115": 5,
             "46.59": 5, "83.248": 5, "194.68": 4, "78.71": 4, "217.21": 3, "203.0.113": 3, "198.51.100": 3}
IPV6_NETS = {"2001:db8:1": 10, "2a00:801:2": 10, "2a02:aa1:10": 8, "2001:6b0:e": 6, "fd12:3456:789a": 8}
IPV6_STYLES = {"compressed": 60, "full": 10, "upper": 8, "mapped": 10, "link-local": 12}

# ------------------------------------------------------------------ names of things
EMAIL_DOMAINS = {"foretaget.se": 20, "kommun.example.se": 6, "gmail.com": 8, "outlook.com": 5, "hotmail.se": 5,
                 "telia.com": 4, "yahoo.com": 3, "vgregion.example.se": 3, "online.no": 2, "gmx.de": 2,
                 "wp.pl": 2, "firma.co.uk": 2, "live.fi": 2}
REALMS = ["CORP.FORETAGET.SE", "AD.EXAMPLE.SE", "KOMMUN.LOCAL"]
NETBIOS = ["CORP", "FORETAGET", "KOMMUN", "AD"]
INTERNAL_DOMAINS = ["corp.foretaget.se", "ad.example.se", "int.kommun.local"]
HOSTS = ["gw1", "fw-sthlm-01", "mx1", "web2", "pbx1", "sip1", "vpn-gw", "radius1", "dc01", "app1", "lb-ext",
         "kc-prod", "idp1", "mail", "ns1", "sbc-edge", "door-ctl-3", "mdm01", "jump01", "smsgw"]
URL_PATHS = ["/", "/login", "/api/v1/users", "/index.php", "/owa/auth.owa", "/remote/login", "/wp-login.php",
             "/static/app.js", "/api/health", "/oauth2/token", "/favicon.ico", "/portal/"]
TIME_RANGE = (1767225600, 1798761600)  # 2026

# ------------------------------------------------------------------ decoys
SERVICE_NUMBERS = ["112", "1177", "11414", "90000", "116000", "116111", "911", "999", "114 14", "113 13"]
VERSIONS = ["Snom D785/10.1.141.13", "Yealink SIP-T54W 96.86.0.100", "Asterisk 20.5.2", "OpenSSH_9.6p1",
            "FortiOS v7.2.8,build1639", "nginx/1.24.0", "Linux 6.1.0-18-amd64", "10.0.19045.4291",
            "PAN-OS 10.2.7-h3", "Polycom/7.1.2.3195", "Grandstream GXP2170 1.0.11.23", "FreeSWITCH-mod_sofia/1.10.11"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
               "curl/8.5.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17328; Pro)",
               "Yealink SIP-T54W 96.86.0.100", "okhttp/4.12.0"]
OIDS = ["1.3.6.1.4.1.9.9.41.1.2.3.1.5", "1.3.6.1.2.1.1.3.0", "1.3.6.1.4.1.12356.101.4.1.3.0",
        "2.16.840.1.113730.3.1.241", "1.2.840.113549.1.1.11"]
TICKET_FORMATS = ["INC{n:07d}", "SR-{y}-{n:06d}", "CHG{n:07d}", "#{n}", "REQ{n:08d}"]
SSH_ALGS = ["chacha20-poly1305@openssh.com", "aes256-gcm@openssh.com", "curve25519-sha256@libssh.org",
            "umac-128-etm@openssh.com", "hmac-sha2-256-etm@openssh.com", "sntrup761x25519-sha512@openssh.com"]
SPN_SERVICES = ["krbtgt/{realm}@{realm}", "cifs/{host}@{realm}", "HTTP/{host}@{realm}", "ldap/{host}@{realm}"]
CAPITALISED = ["Active Directory", "Failed Password", "Windows Defender", "Microsoft Outlook", "Google Chrome",
               "Cisco AnyConnect", "Global Admin", "Service Desk", "Main Entrance", "Reception", "North Wing"]
PLACES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Oslo", "Helsingfors", "Köpenhamn"]
SYSTEM_USERS = ["root", "nobody", "www-data", "postfix", "daemon", "admin", "administrator", "SYSTEM",
                "asterisk", "backup"]
