"""Value pools of the sealed2 split (the fifth pair's kept-aside half).

Drawn disjointly from wild2's: other cultures and scripts, other countries,
other Swedish number ranges, extensions, networks, OUIs, TACs, PLMNs, realms,
domains, and another year. Not to be read by anyone working on detection.
"""
NBSP = "\u00a0"
EN_DASH = "\u2013"

CULTURE_WEIGHTS = {
    "swedish": 15, "norwegian": 4, "danish": 3, "czech": 4, "romanian": 4, "arabic": 3, "arabic_latin": 3,
    "eritrean": 4, "chinese_trad": 2, "indonesian": 3, "latvian": 2, "lithuanian": 3, "latam": 4,
    "german": 4, "greek": 3, "bosnian": 3, "hungarian": 2, "ukrainian": 3,
}

NAMES = {
    "swedish": {
        "given": ["Gunvor", "Leif", "Birgitta", "Kjell", "Astrid", "Bengt", "Ylva", "Sixten", "Vilgot",
                  "Ebba", "Harriet", "Stig", "Majken", "Arvid", "Saga", "Tage", "Lovisa", "Henning"],
        "surname": ["Lundqvist", "Holmgren", "Fägerström", "Björklund", "Engström", "Wallin", "Näslund",
                    "Ågren", "Rydberg", "Sundin", "Östlund", "Dahlgren", "Hammarström", "Kronqvist"],
        "double_given": 0.1, "double_surname": 0.06,
    },
    "norwegian": {
        "given": ["Sigrid", "Øyvind", "Solveig Marie", "Håkon", "Ingrid", "Torstein", "Ragnhild"],
        "surname": ["Haugen", "Kvam", "Bråthen", "Sæther", "Løvås", "Solberg", "Aasen"],
    },
    "danish": {
        "given": ["Mette", "Søren", "Rasmine", "Jesper", "Birthe", "Mikkel"],
        "surname": ["Kjærgaard", "Østergaard", "Møller", "Lauritsen", "Bækgaard", "Thygesen"],
    },
    "czech": {
        "given": ["Jiří", "Zdeňka", "Přemysl", "Věra", "Radek", "Kateřina", "Miroslav", "Lenka"],
        "surname": ["Dvořák", "Novotná", "Procházka", "Kučerová", "Černý", "Svobodová", "Růžička"],
    },
    "romanian": {
        "given": ["Ștefan", "Ioana", "Mihai", "Andreea", "Răzvan", "Cătălina", "Florin", "Oana"],
        "surname": ["Popescu", "Ionescu", "Dumitrescu", "Rădulescu", "Constantinescu", "Stănescu", "Vasilescu"],
    },
    "arabic": {
        "given": ["محمد|Mohammed", "فاطمة|Fatima", "يوسف|Youssef", "ليلى|Layla", "عمر|Omar", "مريم|Maryam"],
        "surname": ["الحسن|Al-Hassan", "منصور|Mansour", "الخطيب|Al-Khatib", "حداد|Haddad", "العلي|Al-Ali"],
    },
    "arabic_latin": {
        "given": ["Khaled", "Noor", "Rania", "Tariq", "Samira", "Hussein", "Amira"],
        "surname": ["Abdelrahman", "El-Masri", "Nasser", "Qasim", "Saleh", "Darwish"],
    },
    "eritrean": {
        "given": ["Tesfay", "Selam", "Yonas", "Senait", "Dawit", "Helen", "Mebrahtu", "Saba"],
        "surname": ["Gebremedhin", "Tesfamariam", "Habte", "Kidane", "Berhane", "Woldu", "Ghebreyesus"],
    },
    "chinese_trad": {
        "given": ["志明|Chih-Ming", "淑芬|Shu-Fen", "家豪|Chia-Hao", "美玲|Mei-Ling"],
        "surname": ["黃|Huang", "林|Lin", "吳|Wu", "蔡|Tsai"],
        "order": "surname-first",
    },
    "indonesian": {
        "given": ["Budi", "Siti", "Agus", "Dewi", "Wahyu", "Ratna", "Eko", "Putri"],
        "surname": ["Santoso", "Wijaya", "Hidayat", "Kusuma", "Saputra", "Nugroho", "Setiawan"],
    },
    "latvian": {
        "given": ["Jānis", "Ilze", "Andris", "Līga", "Kārlis", "Zane"],
        "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Krūmiņš", "Zariņa"],
    },
    "lithuanian": {
        "given": ["Vytautas", "Rūta", "Mindaugas", "Eglė", "Darius", "Aušra"],
        "surname": ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė", "Stankevičius", "Vaitkus"],
    },
    "latam": {
        "given": ["Guadalupe", "José Luis", "Ximena", "Nicolás", "Valentina", "Rodrigo", "María Fernanda"],
        "surname": ["Hernández", "Ramírez", "Quispe", "Mamani", "Villalobos", "Cárdenas", "Zúñiga"],
        "double_surname": 0.75, "joiner": " ",
    },
    "german": {
        "given": ["Jürgen", "Ulrike", "Wolfgang", "Friederike", "Matthias", "Gudrun", "Bernd"],
        "surname": ["von Bülow", "Schröder", "Weißmüller", "zu Hohenlohe", "Köhler", "Breitenbach", "Graf"],
    },
    "greek": {
        "given": ["Dimitrios", "Eleni", "Konstantinos", "Vasiliki", "Georgios", "Paraskevi"],
        "surname": ["Papadakis", "Konstantinidou", "Oikonomou", "Karagiannis", "Vlachou", "Antoniadis"],
    },
    "bosnian": {
        "given": ["Emir", "Amra", "Adnan", "Lejla", "Haris", "Selma", "Mirza"],
        "surname": ["Hodžić", "Begović", "Delić", "Mujkić", "Kovačević", "Hadžiahmetović"],
    },
    "hungarian": {
        "given": ["László", "Zsuzsanna", "Gábor", "Erzsébet", "Tamás", "Ildikó"],
        "surname": ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga"],
        "order": "surname-first",
    },
    "ukrainian": {
        "given": ["Oleksandr", "Nataliia", "Andrii", "Oksana", "Yurii", "Iryna", "Bohdan"],
        "surname": ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Kravchenko"],
    },
}

P_USER_DIACRITICS = 0.1
P_EMAIL_UNICODE = 0.06
USER_FORMS = {"g.s": 4, "g1s": 3, "s3g3": 3, "g.sN": 2, "gs1": 2, "g3s3N": 2, "s.g": 2, "emp": 3,
              "g-s": 1, "gs": 1, "gN": 1}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True, "ranges": [
        ("73", 9, "mobile", [2, 3, 2, 2]), ("76", 9, "mobile", [2, 3, 2, 2]), ("79", 9, "mobile", [2, 3, 2, 2]),
        ("40", 9, "fixed", [2, 3, 2, 2]), ("18", 9, "fixed", [2, 3, 2, 2]), ("90", 9, "fixed", [2, 3, 2, 2]),
        ("920", 9, "fixed", [3, 2, 2, 2])]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("4", 8, "mobile", [3, 2, 3]), ("9", 8, "mobile", [3, 2, 3]),
                                              ("22", 8, "fixed", [2, 2, 2, 2])]},
    "DK": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", [2, 2, 2, 2]), ("4", 8, "fixed", [2, 2, 2, 2])]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", [3, 8]), ("176", 11, "mobile", [3, 8]),
                                                 ("30", 10, "fixed", [2, 8]), ("89", 10, "fixed", [2, 8])]},
    "RO": {"cc": "40", "trunk": "0", "ranges": [("72", 9, "mobile", [3, 3, 3]), ("74", 9, "mobile", [3, 3, 3])]},
    "CZ": {"cc": "420", "trunk": "", "ranges": [("60", 9, "mobile", [3, 3, 3]), ("77", 9, "mobile", [3, 3, 3])]},
    "LT": {"cc": "370", "trunk": "8", "ranges": [("6", 8, "mobile", [3, 5])]},
    "LV": {"cc": "371", "trunk": "", "ranges": [("2", 8, "mobile", [4, 4])]},
    "GR": {"cc": "30", "trunk": "", "ranges": [("69", 10, "mobile", [3, 3, 4])]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("617", 10, "fixed", [3, 3, 4]), ("312", 10, "fixed", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 14, "NO": 2, "DK": 2, "DE": 3, "RO": 2, "CZ": 1, "LT": 1, "LV": 1, "GR": 1, "US": 1}
PHONE_STYLES = {"e164": 4, "e164-spaced": 3, "00": 3, "00-spaced": 1, "cc-digits": 1, "paren0": 2,
                "national": 6, "national-digits": 3}
PHONE_SEPARATORS = {" ": 5, "-": 3, "": 1, NBSP: 1, EN_DASH: 1}
EXTENSIONS = [(5000, 5899), (71000, 71999)]

BIRTH_YEARS = (1924, 2013)
PNR_STYLES = {"10-dash": 4, "12": 2, "12-dash": 4, "10": 1, "12-space": 1}
ORGNR_GROUPS = ["2", "7", "9"]
ORGNR_STYLES = {"dash": 3, "plain": 2, "16": 1}

IMEI_TACS = ["35925406", "01326300", "35290611", "86891504", "35174912"]
IMEI_STYLES = {"plain": 5, "dashed": 2, "spaced": 1, "tac-snr": 1}
IMSI_PLMNS = ["24201", "23801", "26201", "22601", "24007"]

IPV4_NETS = {"10.77": 5, "172.28": 3, "192.168.201": 3, "81.232": 2, "213.89": 2, "46.246": 1, "155.4": 1}
IPV6_NETS = {"2a00:801:3": 3, "2001:2040:c0": 2, "fd9e:21a:77": 2, "2a02:1406:5": 1}
IPV6_STYLES = {"plain": 5, "full": 1, "upper": 2, "mapped": 1, "nat64": 1, "link-local": 1}

MAC_OUIS = ["00E04C", "8C8590", "E4B97A", "5C260A", "68FEF7", "00155D", "9C8E99", "001132", "28D244"]
MAC_STYLES = {"colon": 5, "COLON": 2, "dash": 3, "dash-lower": 1, "cisco": 2, "bare": 1, "BARE": 2}

EMAIL_DOMAINS = {"icloud.com": 2, "telia.com": 2, "live.se": 2, "seznam.cz": 1, "gmx.de": 1, "web.de": 1,
                 "yahoo.ro": 1, "online.no": 1, "sormark.se": 4, "osterhavsbank.se": 3, "bredband.net": 1}
REALMS = ["REGION.SORMARK.SE", "OHB.LOCAL"]
NETBIOS = ["SORMARK", "OHB", "RSM"]
INTERNAL_DOMAINS = ["region.sormark.se", "ohb.local", "vard.sormark.se"]
HOSTS = ["rsm-sql11", "ohb-atm-0412", "rsm-iis02", "rsm-dhcp01", "ohb-f5-01", "rsm-wlc02", "rsm-mx01",
         "ohb-core3", "rsm-3cx", "rsm-print02"]

TIME_RANGE = (1735689600, 1767225599)  # 2025

SERVICE_NUMBERS = ["113 13", "11313", "116 117", "020-22 11 22", "0771-567 567", "118 100", "90200"]
VERSIONS = ["17.1.0.2", "8.11.4.0", "14.0.2033", "15.0.4390.10", "2.10.1", "8.6.3_4", "20.5.0.0.1140"]
USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
               "python-requests/2.32.3", "okhttp/4.12.0", "BankID/7.14.0 (Android 14)"]
OIDS = ["1.3.6.1.4.1.3375.2.4.0.300", "1.3.6.1.4.1.14823.2.3.3.1.200.1"]
TICKET_FORMATS = ["RITM{n}", "PRB{n}", "Ärende {n}", "CASE-{n}", "HD{n}"]
SSH_ALGS = ["sntrup761x25519-sha512@openssh.com", "chacha20-poly1305@openssh.com"]
SPN_SERVICES = ["MSSQLSvc/{host}:1433@{realm}", "ldap/{host}@{realm}", "krbtgt/{realm}@{realm}"]
CAPITALISED = ["Cosmic", "Region Sörmark", "Österhavs Bank", "Akademiska Sjukhuset", "Norrbotten", "Bankomat",
               "Swish Företag", "Visma Proceedo", "Midsommar", "Lucia"]
PLACES = ["Luleå", "Västerås", "Halmstad", "Brno", "Cluj-Napoca", "Kaunas", "Thessaloniki", "Tromsø"]
SYSTEM_USERS = ["sa", "NT AUTHORITY\\SYSTEM", "svc_sqlagent", "mysql.session", "healthcheck", "f5_monitor",
                "Administrator", "guest", "backup_exec", "IUSR"]
URL_PATHS = ["/ecp/", "/mobile/oversikt", "/bank/konto/betalningar", "/journal/api/v1/patient", "/Citrix/StoreWeb/",
             "/my.policy", "/vpn/index.html", "/rapporter/export.aspx"]
