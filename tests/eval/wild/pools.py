"""Value pools of the wild split (the fourth pair's development half).

Written without reading the other splits' pools; sealed/pools.py draws from
other cultures, countries, number ranges, networks, OUIs, TACs and years.
A name entry `native|latin` shows the native spelling; account names are made
from the Latin one.
"""

NAMES = {
    "greek": {"given": ["Θεοδώρα|Theodora", "Παναγιώτης|Panagiotis", "Ευαγγελία|Evangelia", "Σπυρίδων|Spyridon",
                        "Χαράλαμπος|Charalampos", "Αικατερίνη|Aikaterini", "Δημοσθένης|Dimosthenis"],
              "surname": ["Παπαδοπούλου|Papadopoulou", "Κωνσταντινίδης|Konstantinidis", "Μαυρίδης|Mavridis",
                          "Τσακίρη|Tsakiri", "Οικονόμου|Oikonomou", "Βλάχος|Vlachos"]},
    "greek-latin": {"given": ["Stavros", "Eleftheria", "Athanasios", "Despina", "Kyriakos", "Vasiliki"],
                    "surname": ["Georgiadou", "Karamanlis", "Triantafyllou", "Chatzidakis", "Lambrou", "Xenakis"]},
    "hungarian": {"given": ["Zsófia", "Bence", "Levente", "Réka", "Csaba", "Ildikó", "Gergő", "Boglárka"],
                  "surname": ["Kovács", "Szabó", "Tóth", "Varga", "Horváth", "Farkas", "Balogh", "Mészáros"],
                  "order": "surname-first"},
    "portuguese": {"given": ["João", "Inês", "Gonçalo", "Leonor", "Tiago", "Beatriz", "Rui", "Mafalda"],
                   "surname": ["Gonçalves", "Ferreira", "Magalhães", "Sousa", "Carvalho", "Figueiredo", "Pinto"],
                   "double_surname": 0.6, "joiner": " "},
    "russian-latin": {"given": ["Dmitriy", "Yekaterina", "Anatoliy", "Svetlana", "Vsevolod", "Lyudmila"],
                      "surname": ["Kuznetsova", "Vorobyov", "Shcherbakov", "Zhukova", "Yermakov", "Tikhonova"]},
    "russian-cyrillic": {"given": ["Анастасия|Anastasiya", "Григорий|Grigoriy", "Ксения|Kseniya", "Олег|Oleg",
                                   "Вероника|Veronika", "Станислав|Stanislav"],
                         "surname": ["Белоусова|Belousova", "Соколов|Sokolov", "Лебедева|Lebedeva",
                                     "Морозов|Morozov", "Фёдорова|Fyodorova", "Никитин|Nikitin"]},
    "korean": {"given": ["민준|Minjun", "서연|Seoyeon", "지호|Jiho", "하은|Haeun", "도윤|Doyun", "수빈|Subin"],
               "surname": ["김|Kim", "박|Park", "정|Jung", "윤|Yoon", "장|Jang", "한|Han"], "order": "surname-first"},
    "korean-latin": {"given": ["Ji-woo", "Seung-hoon", "Hye-jin", "Dong-hyun", "Eun-ji"],
                     "surname": ["Choi", "Kang", "Lim", "Shin", "Seo"]},
    "ghanaian": {"given": ["Kwame", "Akosua", "Yaw", "Ama", "Kofi", "Efua", "Kwabena", "Abena", "Kwadwo"],
                 "surname": ["Mensah", "Asante", "Owusu", "Boateng", "Agyeman", "Darko", "Ofori", "Appiah"]},
    "filipino": {"given": ["Maricel", "Jericho", "Rowena", "Ronaldo", "Jhoanna", "Mark Anthony", "Lourdes"],
                 "surname": ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Santiago", "Pangilinan", "Manalo"]},
    "swedish": {"given": ["Ingegerd", "Torbjörn", "Märta", "Gustav", "Signe", "Håkan", "Ylva", "Åsa", "Joakim"],
                "surname": ["Lindqvist", "Sjöberg", "Holmgren", "Wallin", "Åkesson", "Engström", "Nyberg", "Dahlgren"],
                "double_given": 0.15},
    "sami": {"given": ["Ánde", "Máret", "Biret", "Nils-Ánte", "Elle"],
             "surname": ["Sara", "Kuhmunen", "Labba", "Omma", "Partapuoli"]},
}
CULTURE_WEIGHTS = {"greek": 7, "greek-latin": 8, "hungarian": 9, "portuguese": 9, "russian-latin": 8,
                   "russian-cyrillic": 6, "korean": 5, "korean-latin": 6, "ghanaian": 9, "filipino": 9,
                   "swedish": 18, "sami": 3}
P_USER_DIACRITICS = 0.05
P_EMAIL_UNICODE = 0.05
USER_FORMS = {"g.s": 20, "g_s": 14, "g1s": 10, "s.g": 6, "gs1": 6, "g.sN": 8, "emp": 6, "g-s": 5, "s3g3": 4,
              "g3s3N": 4, "gN": 3}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("72", 9, "mobile", [2, 3, 2, 2]), ("73", 9, "mobile", [2, 3, 2, 2]),
                      ("31", 9, "fixed", [2, 3, 2, 2]), ("40", 9, "fixed", [2, 3, 2, 2])]},
    "GR": {"cc": "30", "trunk": "", "ranges": [("69", 10, "mobile", [3, 3, 4]), ("2310", 10, "fixed", [4, 6])]},
    "HU": {"cc": "36", "trunk": "06", "ranges": [("30", 9, "mobile", [2, 3, 4]), ("20", 9, "mobile", [2, 3, 4]),
                                                 ("1", 8, "fixed", [1, 3, 4])]},
    "PT": {"cc": "351", "trunk": "", "ranges": [("91", 9, "mobile", [3, 3, 3]), ("96", 9, "mobile", [3, 3, 3]),
                                                ("21", 9, "fixed", [2, 3, 4])]},
    "RU": {"cc": "7", "trunk": "8", "ranges": [("916", 10, "mobile", [3, 3, 2, 2]), ("495", 10, "fixed", [3, 3, 2, 2])]},
    "KR": {"cc": "82", "trunk": "0", "ranges": [("10", 10, "mobile", [2, 4, 4]), ("2", 9, "fixed", [1, 4, 4])]},
    "GH": {"cc": "233", "trunk": "0", "ranges": [("24", 9, "mobile", [2, 3, 4]), ("54", 9, "mobile", [2, 3, 4])]},
    "PH": {"cc": "63", "trunk": "0", "ranges": [("917", 10, "mobile", [3, 3, 4]), ("2", 9, "fixed", [1, 4, 4])]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("312", 10, "fixed", [3, 3, 4]), ("646", 10, "mobile", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 40, "GR": 7, "HU": 7, "PT": 7, "RU": 7, "KR": 6, "GH": 7, "PH": 8, "US": 6}
PHONE_STYLES = {"e164": 30, "e164-spaced": 10, "00": 8, "national": 26, "national-digits": 16, "paren0": 4,
                "cc-digits": 6}
PHONE_SEPARATORS = {" ": 6, "-": 2, "": 2, ".": 1}
EXTENSIONS = [(2100, 2399), (7700, 7799)]

BIRTH_YEARS = (1938, 1979)
PNR_STYLES = {"10-dash": 40, "12": 22, "12-dash": 26, "10": 12}
ORGNR_GROUPS = ["5", "7"]
ORGNR_STYLES = {"dash": 70, "plain": 25, "16": 5}

IMEI_TACS = ["35328311", "35875611", "86752304", "35699710", "35205309"]
IMEI_STYLES = {"plain": 70, "dashed": 15, "tac-snr": 15}
IMSI_PLMNS = ["24008", "23001", "26201", "24201"]

IPV4_NETS = {"10.61": 20, "172.22.14": 12, "192.168.88": 10, "81.229": 8, "185.47.128": 6, "94.254": 8,
             "31.208": 6, "46.194": 5}
IPV6_STYLES = {"compressed": 55, "full": 10, "upper": 10, "mapped": 10, "link-local": 10, "nat64": 5}
IPV6_NETS = {"2a02:aa1:1042:7": 10, "2001:6b0:e:2a18": 8, "2a00:801:3d1:c1": 6, "fd3c:7a2e:91b0:12": 5}

MAC_OUIS = ["f4d488", "a4c3f0", "d0817a", "60f262", "8c8590", "001b63", "48a472", "c8d9d2"]
MAC_STYLES = {"colon": 35, "COLON": 15, "dash": 20, "cisco": 10, "bare": 10, "dash-lower": 10}

EMAIL_DOMAINS = {"vastsvenska-energi.se": 10, "halmstadhamn.se": 6, "olympia-shipping.gr": 4, "gmail.com": 6,
                 "hotmail.se": 4, "mail.ru": 3, "naver.com": 2, "yahoo.com.ph": 2, "sapo.pt": 2, "freemail.hu": 2}
REALMS = ["VASTSVENSKA.LOCAL", "CORP.HALMSTADHAMN.SE"]
NETBIOS = ["VSE", "HAMN", "KOMVUX"]

SERVICE_NUMBERS = ["112", "1177", "11414", "116000", "114 14", "90000", "11313"]
VERSIONS = ["13.1.51.15", "3.2.0.1", "7.4.3", "10.0.19045.4529", "2.4.58", "24.0.5", "4.17.2.9", "26.2.1"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
               "CitrixReceiver/23.9.1.104 Windows/10.0.22631", "okhttp/4.12.0",
               "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"]
OIDS = ["1.3.6.1.4.1.9.9.41.1.2.3", "1.3.6.1.4.1.2636.3.1.15"]
TICKET_FORMATS = ["INC{n}", "RITM{n}", "SR-{y}-{n}", "CASE-{n}", "CHG{n}"]
SSH_ALGS = ["curve25519-sha256@libssh.org", "aes256-gcm@openssh.com"]
SPN_SERVICES = ["HTTP/{host}@{realm}", "ldap/{host}@{realm}"]
CAPITALISED = ["Göteborg", "Halmstad", "Varberg", "Lindholmen", "Kungsbacka", "Citrix Workspace", "Receiver",
               "Wireless", "Guest", "Monday", "Mölndal", "Alingsås", "Torslanda", "Frölunda"]
PLACES = ["Göteborg", "Halmstad", "Varberg", "Kungsbacka", "Mölndal", "Alingsås", "Uddevalla"]
SYSTEM_USERS = ["svc_ldapbind", "svc-backup", "nsroot", "admin", "healthcheck", "ise-monitor", "root", "keycloak"]
TIME_RANGE = (1798761600, 1814400000)  # 2027-01-01 .. 2027-07-01
HOSTS = ["gbg-nsvpx01", "hst-ise-psn02", "vse-ldap03", "kc-prod-1", "wlc-lindholmen", "sbc-vbg1",
         "hamn-fw01", "nc01", "conf-app02", "kam-edge2"]
INTERNAL_DOMAINS = ["vastsvenska.local", "hamn.internal", "int.vse.se"]
URL_PATHS = ["/vpn/index.html", "/cgi/login", "/remote.php/dav/files", "/auth/realms/vse/protocol/openid-connect/auth",
             "/logon/LogonPoint/index.html"]
