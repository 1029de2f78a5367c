"""Value pools of the wild2 split (the fifth pair's development half).

Written without reading any other split's pools or templates. sealed2's pools
are drawn disjointly from these (other cultures, countries, Swedish ranges,
extensions, networks, OUIs, TACs, PLMNs, realms, another year).
A name entry `native|latin` is shown natively; account names use the Latin.
"""
NBSP = "\u00a0"
EN_DASH = "\u2013"

CULTURE_WEIGHTS = {
    "swedish": 16, "finnish": 7, "sami": 2, "estonian": 3, "polish": 6, "turkish": 5, "kurdish": 3,
    "persian": 2, "persian_latin": 2, "somali": 4, "vietnamese": 4, "chinese": 3, "spanish": 4, "dutch": 3, "irish": 3,
}

NAMES = {
    "swedish": {
        "given": ["Ingegerd", "Torbjörn", "Maj-Britt", "Folke", "Linnéa", "Hjalmar", "Sigvard", "Elvira",
                  "Ture", "Agneta", "Göran", "Solveig", "Alvar", "Tindra", "Melker", "Signe", "Ebbe",
                  "Valdemar", "Märta", "Rasmus"],
        "surname": ["Höglund", "Wikström", "Sandqvist", "Löfgren", "Ekdahl", "Grahn", "Nyström",
                    "Åkesson", "Strandberg", "Bergkvist", "Hedlund", "Öhman", "Lindahl", "Forsgren",
                    "Sjöberg", "Tellström"],
        "double_given": 0.12, "double_surname": 0.05,
    },
    "finnish": {
        "given": ["Aatu", "Eveliina", "Ilmari", "Kyllikki", "Lauri", "Pihla", "Raimo", "Sirkku", "Tuukka",
                  "Venla", "Jyrki", "Hilkka"],
        "surname": ["Heikkinen", "Kärkkäinen", "Leinonen", "Mäkelä", "Nieminen", "Pääkkönen",
                    "Rautiainen", "Tolvanen", "Väisänen", "Ylönen"],
    },
    "sami": {
        "given": ["Máret", "Niillas", "Ánte", "Elle", "Biret", "Jovnna", "Sunná"],
        "surname": ["Guttorm", "Somby", "Balto", "Eira", "Sara", "Utsi", "Labba"],
    },
    "estonian": {
        "given": ["Tõnu", "Kadri", "Priit", "Maarja", "Urmas", "Liis", "Jaanus", "Triin"],
        "surname": ["Tamm", "Saar", "Kask", "Põder", "Mägi", "Õunapuu", "Lepik", "Rebane"],
    },
    "polish": {
        "given": ["Grzegorz", "Małgorzata", "Przemysław", "Agnieszka", "Wojciech", "Jadwiga", "Łukasz",
                  "Katarzyna", "Zbigniew", "Bożena"],
        "surname": ["Wiśniewski", "Wójcik", "Kowalczyk", "Zieliński", "Szymańska", "Dąbrowski",
                    "Lewandowska", "Kamiński", "Jankowska", "Grabowski"],
    },
    "turkish": {
        "given": ["Gökhan", "Şeyma", "Oğuz", "Büşra", "Tuğba", "Emre", "Çağla", "Hakan", "İrem", "Serkan"],
        "surname": ["Öztürk", "Yıldırım", "Aydın", "Çelik", "Şahin", "Doğan", "Kılıç", "Arslan"],
    },
    "kurdish": {
        "given": ["Rêbaz", "Shilan", "Dilan", "Zana", "Hêvî", "Berfin", "Azad", "Rojda"],
        "surname": ["Barzani", "Qaradaghi", "Zebari", "Hawrami", "Amedi", "Goran"],
    },
    "persian": {
        "given": ["مهسا|Mahsa", "کاوه|Kaveh", "نسرین|Nasrin", "بهرام|Bahram", "شیرین|Shirin", "داریوش|Dariush",
                  "پریسا|Parisa", "فرهاد|Farhad"],
        "surname": ["رضایی|Rezaei", "حسینی|Hosseini", "کریمی|Karimi", "تهرانی|Tehrani", "مرادی|Moradi",
                    "جعفری|Jafari", "صادقی|Sadeghi"],
    },
    "persian_latin": {
        "given": ["Shirin", "Dariush", "Parisa", "Farhad", "Golnaz", "Arash"],
        "surname": ["Karimi", "Tehrani", "Moradi", "Jafari", "Ahmadzadeh", "Shams"],
    },
    "somali": {
        "given": ["Hodan", "Abdirahman", "Ifrah", "Mahad", "Sahra", "Guled", "Ubah", "Yusuf"],
        "surname": ["Warsame", "Jama", "Farah", "Abdullahi", "Hirsi", "Egal", "Osman", "Dualeh"],
    },
    "vietnamese": {
        "given": ["Thị Hoa", "Văn Dũng", "Minh Tuấn", "Thu Trang", "Quốc Bảo", "Ngọc Anh"],
        "surname": ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ"],
        "order": "surname-first",
    },
    "chinese": {
        "given": ["伟|Wei", "秀英|Xiuying", "建国|Jianguo", "丽娜|Lina", "志强|Zhiqiang"],
        "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen"],
        "order": "surname-first",
    },
    "spanish": {
        "given": ["Inmaculada", "Joaquín", "Rocío", "Iñaki", "Begoña", "Álvaro", "Itziar", "Fermín"],
        "surname": ["Gutiérrez", "Echeverría", "Ibáñez", "Muñoz", "Goicoechea", "Sáez", "Navarro",
                    "Castaño"],
        "double_surname": 0.7, "joiner": " ",
    },
    "dutch": {
        "given": ["Joost", "Femke", "Sjoerd", "Marieke", "Thijs", "Anouk", "Bram", "Lieke"],
        "surname": ["van der Meulen", "de Vries", "van den Heuvel", "Bakker", "van Dijk", "ter Horst",
                    "de Groot", "Visser"],
    },
    "irish": {
        "given": ["Siobhán", "Caoimhe", "Pádraig", "Niamh", "Oisín", "Aoife", "Ciarán", "Róisín"],
        "surname": ["O'Sullivan", "Ní Bhriain", "MacCarthy", "O'Donovan", "Ó Murchú", "Fitzgerald",
                    "Mac Giolla"],
    },
}

P_USER_DIACRITICS = 0.08
P_EMAIL_UNICODE = 0.05
USER_FORMS = {"g.s": 6, "gs": 2, "g1s": 4, "s3g3": 2, "g.sN": 1, "gN": 1, "g1.s": 2, "s.g": 1,
              "emp": 2, "g_s": 1, "g3s3N": 1}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True, "ranges": [
        ("70", 9, "mobile", [2, 3, 2, 2]), ("72", 9, "mobile", [2, 3, 2, 2]),
        ("8", 9, "fixed", [1, 3, 3, 2]), ("31", 9, "fixed", [2, 3, 2, 2]),
        ("63", 9, "fixed", [2, 3, 2, 2])]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [
        ("40", 9, "mobile", [2, 3, 4]), ("50", 9, "mobile", [2, 3, 4]), ("9", 8, "fixed", [1, 3, 4])]},
    "PL": {"cc": "48", "trunk": "", "ranges": [
        ("51", 9, "mobile", [3, 3, 3]), ("60", 9, "mobile", [3, 3, 3]), ("22", 9, "fixed", [2, 3, 2, 2])]},
    "TR": {"cc": "90", "trunk": "0", "ranges": [
        ("532", 10, "mobile", [3, 3, 2, 2]), ("542", 10, "mobile", [3, 3, 2, 2])]},
    "NL": {"cc": "31", "trunk": "0", "ranges": [
        ("6", 9, "mobile", [1, 2, 2, 2, 2]), ("20", 9, "fixed", [2, 3, 4])]},
    "IE": {"cc": "353", "trunk": "0", "ranges": [
        ("87", 9, "mobile", [2, 3, 4]), ("86", 9, "mobile", [2, 3, 4]), ("1", 8, "fixed", [1, 3, 4])]},
    "ES": {"cc": "34", "trunk": "", "ranges": [
        ("6", 9, "mobile", [3, 2, 2, 2]), ("91", 9, "fixed", [2, 3, 2, 2])]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", [4, 4]), ("6", 7, "fixed", [3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 14, "FI": 3, "PL": 2, "TR": 2, "NL": 2, "IE": 1, "ES": 2, "EE": 1}
PHONE_STYLES = {"e164": 5, "e164-spaced": 3, "00": 2, "00-spaced": 1, "cc-digits": 1, "paren0": 1,
                "national": 6, "national-digits": 4}
PHONE_SEPARATORS = {" ": 6, "-": 2, "": 1, NBSP: 1, ".": 1}
EXTENSIONS = [(2000, 2999), (4100, 4499)]

BIRTH_YEARS = (1931, 2011)
PNR_STYLES = {"10-dash": 5, "12": 3, "12-dash": 3, "10": 1}
ORGNR_GROUPS = ["5", "8"]
ORGNR_STYLES = {"dash": 4, "plain": 2, "16": 1}

IMEI_TACS = ["35332011", "35684610", "86753904", "35407115", "35982208"]
IMEI_STYLES = {"plain": 6, "dashed": 1, "tac-snr": 1}
IMSI_PLMNS = ["24001", "24408", "26001", "28602", "24491"]

IPV4_NETS = {"10.40": 5, "172.20.4": 3, "192.168.14": 3, "85.224": 2, "194.47": 1, "83.171": 2,
             "31.208": 1}
IPV6_NETS = {"2001:6b0:e": 3, "2a02:aa1:1": 2, "fd12:3456:789a": 2, "2a01:799:3c0": 1}
IPV6_STYLES = {"plain": 6, "full": 1, "upper": 1, "mapped": 1, "nat64": 1, "link-local": 1}

MAC_OUIS = ["F0D5BF", "A45E60", "3CA9F4", "001B21", "74D02B", "B827EB", "F4F5E8", "0C8DDB", "ACBC32"]
MAC_STYLES = {"colon": 6, "COLON": 2, "dash": 2, "dash-lower": 1, "cisco": 2, "bare": 1, "BARE": 1}

EMAIL_DOMAINS = {"gmail.com": 3, "hotmail.se": 2, "outlook.com": 2, "vasterfors.se": 4,
                 "nordhavn-energi.se": 3, "yahoo.fi": 1, "wp.pl": 1, "ziggo.nl": 1, "eircom.net": 1}
REALMS = ["VASTERFORS.LOCAL", "AD.NORDHAVN.SE"]
NETBIOS = ["VASTERFORS", "NORDHAVN", "VFK"]
INTERNAL_DOMAINS = ["vasterfors.local", "ad.nordhavn.se", "it.vasterfors.se"]
HOSTS = ["vfk-fs02", "nh-dc01", "vfk-citrix07", "sto-edge01", "nh-pbx02", "vfk-web03", "gbg-core01",
         "nh-sql04", "vfk-print01", "ume-ap-114"]

TIME_RANGE = (1767225600, 1798761599)  # 2026

# ------------------------------------------------------------------ decoys
SERVICE_NUMBERS = ["112", "1177", "114 14", "11414", "116 000", "116 111", "118 118", "90000", "020-120 1000"]
VERSIONS = ["10.2.7-h3", "6.4.12", "9.1.16", "2.4.58", "17.9.1", "5.2.0.118", "3.0.13", "22.7R2.3"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
               "curl/8.5.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
               "GlobalProtect/6.2.4-68 (Windows 11 Enterprise)"]
OIDS = ["1.3.6.1.4.1.25461.2.1.2.1.19", "1.3.6.1.2.1.1.3.0", "1.3.6.1.4.1.9.9.41.1.2.3.1.5"]
TICKET_FORMATS = ["INC{n}", "REQ{n}", "ÄR-{y}-{n}", "CHG{n}", "SR-{n}"]
SSH_ALGS = ["curve25519-sha256@libssh.org", "aes256-gcm@openssh.com", "hmac-sha2-512-etm@openssh.com"]
SPN_SERVICES = ["HTTP/{host}@{realm}", "cifs/{host}@{realm}", "krbtgt/{realm}@{realm}"]
CAPITALISED = ["Tietoevry", "Visma Lön", "Norrland", "Vasterfors Kommun", "Service Desk", "Citrix Workspace",
               "GlobalProtect", "Mikael Elias Gymnasium", "Kungsholmen", "Valborg"]
PLACES = ["Umeå", "Jönköping", "Kiruna", "Tampere", "Gdańsk", "Utrecht", "Cork", "Tartu"]
SYSTEM_USERS = ["svc_backup", "SYSTEM", "root", "nagios", "svc-sccm", "postgres", "apache", "admin",
                "LOCAL SERVICE", "paloalto-userid"]
URL_PATHS = ["/owa/auth.owa", "/api/v2/cases", "/portal/login", "/minasidor/", "/fileshare/",
             "/remote.php/dav", "/ssl-vpn/login.esp", "/intranat/personal"]
