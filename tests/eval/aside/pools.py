"""Value pools of the `aside` split (kept aside, never tuned on).

Written independently of tune/ and heldout/ (whose pools were not read), and
disjoint from fresh/: other names and cultures, other countries and number
ranges, other networks, device codes, realms and another year.
"""

CULTURE_WEIGHTS = {"swedish": 24, "danish": 6, "icelandic": 3, "estonian": 4, "persian_script": 3,
                   "persian_latin": 5, "kurdish": 4, "tigrinya": 4, "hungarian": 3, "greek": 4, "russian": 4,
                   "spanish": 6, "yoruba": 4, "filipino": 3, "korean": 3, "french": 5, "italian": 5}

NAMES = {
    "swedish": {"given": ["Signe", "Tyra", "Alice", "Vera", "Lovisa", "Margareta", "Kerstin", "Yvonne", "Ulla",
                          "Göran", "Lennart", "Sture", "Holger", "Ture", "Edvin", "Melker", "Algot", "Leif",
                          "Roger", "Pär", "Ylva", "Ronja", "Ivar", "Jonatan"],
                "surname": ["Fredriksson", "Grönlund", "Öberg", "Wallin", "Lundström", "Norberg", "Sundqvist",
                            "Berggren", "Ahlström", "Mattsson", "Kronberg", "Falk", "Hägglund", "Nordin",
                            "Törnqvist", "Palm", "Edlund", "Ström", "Wennerberg", "Sahlin"],
                "double_given": 0.15, "double_surname": 0.06, "joiner": "-"},
    "danish": {"given": ["Mette", "Søren", "Rasmus", "Birthe", "Jesper", "Lærke", "Mads", "Trine"],
               "surname": ["Nørgaard", "Kjærgaard", "Mortensen", "Østergaard", "Thomsen", "Pedersen",
                           "Juhl", "Bech"]},
    "icelandic": {"given": ["Guðrún", "Sigurður", "Þórunn", "Ragnheiður", "Einar", "Halldór"],
                  "surname": ["Jónsdóttir", "Sigurðsson", "Þórsdóttir", "Gunnarsson", "Magnúsdóttir"]},
    "estonian": {"given": ["Kadri", "Tõnu", "Mart", "Liis", "Jaanus", "Ülle"],
                 "surname": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Põld"]},
    "persian_script": {"given": ["مریم|Maryam", "رضا|Reza", "شیرین|Shirin", "داریوش|Dariush"],
                       "surname": ["احمدی|Ahmadi", "حسینی|Hosseini", "کریمی|Karimi", "رضایی|Rezaei"]},
    "persian_latin": {"given": ["Parisa", "Kourosh", "Nasrin", "Behrouz", "Leili", "Arash", "Golnar"],
                      "surname": ["Tehrani", "Moradi", "Sadeghi", "Jafari", "Bahrami", "Kazemi"]},
    "kurdish": {"given": ["Rojda", "Dilan", "Berzan", "Zana", "Hêvî", "Shilan"],
                "surname": ["Barzani", "Amedi", "Zebari", "Kobani", "Dosky", "Botani"]},
    "tigrinya": {"given": ["Yonas", "Selam", "Tesfay", "Mebrat", "Kidane", "Senait", "Futsum"],
                 "surname": ["Gebremedhin", "Tesfamariam", "Haile", "Berhane", "Woldemichael", "Ghebreyesus"]},
    "hungarian": {"given": ["Zsófia", "Gábor", "Erzsébet", "Tamás", "Katalin"],
                  "surname": ["Kovács", "Szabó", "Horváth", "Tóth", "Varga"], "order": "surname-first"},
    "greek": {"given": ["Eleni", "Dimitrios", "Georgia", "Konstantinos", "Sofia", "Nikos"],
              "surname": ["Papadopoulou", "Georgiou", "Konstantinidis", "Vlachos", "Antoniou"]},
    "russian": {"given": ["Наталья|Natalya", "Дмитрий|Dmitry", "Ольга|Olga", "Алексей|Aleksey"],
                "surname": ["Смирнова|Smirnova", "Кузнецов|Kuznetsov", "Попова|Popova", "Соколов|Sokolov"]},
    "spanish": {"given": ["Alejandro", "Lucía", "Javier", "Carmen", "Andrés", "Pilar", "Mateo"],
                "surname": ["García", "Fernández", "López", "Martínez", "Sánchez", "Ruiz", "Jiménez", "Moreno"],
                "double_surname": 0.6, "joiner": " "},
    "yoruba": {"given": ["Oluwaseun", "Adebayo", "Folasade", "Babatunde", "Temitope", "Olumide"],
               "surname": ["Adeyemi", "Ogunleye", "Okonkwo", "Balogun", "Adebisi", "Oyelaran"]},
    "filipino": {"given": ["Jericho", "Maricel", "Rommel", "Lovely", "Jun-Jun"],
                 "surname": ["Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Santiago"]},
    "korean": {"given": ["Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun"],
               "surname": ["Kim", "Park", "Choi", "Jung"], "order": "surname-first"},
    "french": {"given": ["Élodie", "Mathieu", "Aurélie", "Sébastien", "Clémence", "Benoît"],
               "surname": ["Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "de la Fontaine"]},
    "italian": {"given": ["Giulia", "Lorenzo", "Francesca", "Matteo", "Chiara", "Alessandro"],
                "surname": ["Rossi", "Esposito", "Bianchi", "Romano", "Colombo", "De Luca"]},
}

P_USER_DIACRITICS = 0.1
P_EMAIL_UNICODE = 0.08
USER_FORMS = {"g.s": 4, "g1s": 3, "gs": 2, "s3g3": 3, "emp": 3, "g1.s": 1, "g3s3N": 2, "g-s": 2, "s.g": 2,
              "gN": 1, "g_s": 1}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("76", 9, "mobile", [2, 3, 2, 2]), ("79", 9, "mobile", [2, 3, 2, 2]),
                      ("21", 9, "fixed", [2, 3, 2, 2]), ("19", 9, "fixed", [2, 3, 2, 2]),
                      ("13", 9, "fixed", [2, 3, 2, 2]), ("8", 9, "fixed", [1, 3, 3, 2])]},
    # Only ranges the numbering plans allocate (libphonenumber's metadata): Danish
    # numbers with a third digit 0, French 070-072 and 069x, Australian 044x are not.
    "DK": {"cc": "45", "trunk": "", "ranges": [("26", 8, "mobile", [2, 2, 2, 2]), ("28", 8, "mobile", [2, 2, 2, 2]),
                                              ("331", 8, "fixed", [2, 2, 2, 2]), ("386", 8, "fixed", [2, 2, 2, 2])]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", [4, 4])]},
    "FR": {"cc": "33", "trunk": "0", "ranges": [("61", 9, "mobile", [1, 2, 2, 2, 2]), ("66", 9, "mobile", [1, 2, 2, 2, 2]),
                                                ("75", 9, "mobile", [1, 2, 2, 2, 2]), ("78", 9, "mobile", [1, 2, 2, 2, 2]),
                                                ("1", 9, "fixed", [1, 2, 2, 2, 2])]},
    "ES": {"cc": "34", "trunk": "", "ranges": [("6", 9, "mobile", [3, 3, 3])]},
    "IT": {"cc": "39", "trunk": "", "ranges": [("33", 10, "mobile", [3, 3, 4]), ("34", 10, "mobile", [3, 3, 4])]},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("75", 10, "mobile", [3, 3, 4]), ("77", 10, "mobile", [3, 3, 4])]},
    "ER": {"cc": "291", "trunk": "0", "ranges": [("7", 7, "mobile", [1, 3, 3])]},
    "NG": {"cc": "234", "trunk": "0", "ranges": [("803", 10, "mobile", [3, 3, 4]), ("806", 10, "mobile", [3, 3, 4])]},
    "CA": {"cc": "1", "trunk": "", "ranges": [("416", 10, "fixed", [3, 3, 4]), ("604", 10, "fixed", [3, 3, 4])]},
    "AU": {"cc": "61", "trunk": "0", "ranges": [("40", 9, "mobile", [3, 3, 3]), ("41", 9, "mobile", [3, 3, 3]),
                                                ("43", 9, "mobile", [3, 3, 3])]},
    "IR": {"cc": "98", "trunk": "0", "ranges": [("912", 10, "mobile", [3, 3, 4])]},
    "GR": {"cc": "30", "trunk": "", "ranges": [("69", 10, "mobile", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 42, "DK": 6, "EE": 4, "FR": 6, "ES": 5, "IT": 5, "IQ": 5, "ER": 3, "NG": 4,
                         "CA": 4, "AU": 3, "IR": 4, "GR": 3}
PHONE_STYLES = {"e164": 4, "national": 7, "national-digits": 4, "e164-spaced": 4, "00": 3, "paren0": 1,
                "00-spaced": 1, "cc-digits": 1}
PHONE_SEPARATORS = {" ": 6, "": 1, "-": 2, ".": 1, "\u00a0": 1}
EXTENSIONS = [(3400, 3699), (6100, 6499), (810, 889)]

BIRTH_YEARS = (1924, 2011)
PNR_STYLES = {"10-dash": 4, "12-dash": 4, "12": 2, "10": 2, "12-space": 1}
ORGNR_GROUPS = ["7", "9", "2", "5"]
ORGNR_STYLES = {"dash": 5, "plain": 3, "16": 2}
IMEI_TACS = ["35407115", "35290611", "86893604", "35916508", "49015420"]
IMEI_STYLES = {"plain": 5, "dashed": 2, "spaced": 1, "tac-snr": 1}
IMSI_PLMNS = ["24024", "24405", "26203", "20801", "24801"]

IPV4_NETS = {"10.130": 5, "10.207": 3, "172.29": 3, "192.168.203": 2, "94.234": 2, "185.39": 2, "62.20": 1,
             "78.69": 1, "155.4": 1}
IPV6_NETS = {"2a01:2b0:42": 3, "2001:2040:c006": 2, "fdb7:3e12:0c0c": 2, "2a05:d018:9f1": 1}
IPV6_STYLES = {"compressed": 5, "full": 1, "upper": 1, "mapped": 2, "link-local": 1, "nat64": 1}
MAC_OUIS = ["0050f1", "d8ec5e", "80ce62", "00155d", "ac1f6b", "f0b2e5", "70b3d5", "9c8e99"]
MAC_STYLES = {"colon": 4, "COLON": 2, "dash": 3, "dash-lower": 1, "cisco": 1, "BARE": 2}

EMAIL_DOMAINS = {"region-norr.se": 4, "akerilogistik.se": 3, "icloud.com": 2, "live.se": 2, "proton.me": 1,
                 "bredband2.com": 1, "outlook.dk": 1, "libero.it": 1, "laposte.net": 1}
REALMS = ["REGION-NORR.SE", "AKERI.INTERN"]
NETBIOS = ["RNORR", "AKERI", "VARD"]
INTERNAL_DOMAINS = ["region-norr.se", "akeri.intern", "ad.region-norr.se"]
HOSTS = ["pcs-01", "wlc9800", "nexus-a", "opensips1", "unifi-ctl", "ns2", "mx-in1", "sbc-edge", "aeos-srv",
         "jira-prod", "nc01", "dhcp02", "wg-hub", "proftpd1", "apigw"]
URL_PATHS = ["/dana-na/auth/url_default/welcome.cgi", "/ocs/v2.php/apps/files", "/rest/api/2/issue",
             "/ecp/default.aspx", "/graphql", "/metrics", "/cgi-bin/luci"]

TIME_RANGE = (1798761600, 1806537600)  # January-April 2027

SERVICE_NUMBERS = ["112", "911", "999", "1177", "116117", "116123", "118118", "144"]
VERSIONS = ["22.7R2.3", "9.1R18.2", "17.12.3", "10.4(3)", "3.4.8", "8.3.2", "28.0.7", "9.18.24",
            "1.0.20210914", "9.12.2", "4.4.2-2"]
USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
               "Pulse-Secure/22.7.2.2271 (Windows 10) Pulse/22.7.2.2271",
               "Nextcloud-iOS/5.4.1", "Atlassian HttpClient 4.2.0 / Jira-9.12.2 (9120002) / Default",
               "Google-API-Java-Client/2.2.0 Google-HTTP-Java-Client/1.43.3 (gzip)",
               "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"]
OIDS = ["1.3.6.1.4.1.14179.2.6.3.1", "1.3.6.1.4.1.9.9.599.0.4", "1.3.6.1.2.1.1.3.0"]
TICKET_FORMATS = ["HD-{n}", "CHG{n}", "JIRA-{n}", "ÄRENDE {y}/{n}"]
SSH_ALGS = ["sntrup761x25519-sha512@openssh.com", "chacha20-poly1305@openssh.com", "hmac-sha2-256-etm@openssh.com"]
SPN_SERVICES = ["MSSQLSvc/{host}:1433@{realm}", "host/{host}@{realm}", "krbtgt/{realm}@{realm}"]
CAPITALISED = ["Region Norr", "Akuten", "Vårdcentralen", "Kundservice", "Jira Service Management",
               "Cloud Identity", "Nextcloud Hub", "Lagret", "Fjärrarbete", "Drift"]
PLACES = ["Umeå", "Luleå", "Kiruna", "Västerås", "Örebro", "Linköping", "Aarhus", "Tallinn"]
SYSTEM_USERS = ["daemon", "mail", "ftp", "bind", "opensips", "svc-jira", "svc_sql", "LOCAL SERVICE",
                "admin", "unifi", "monitor", "backup"]
