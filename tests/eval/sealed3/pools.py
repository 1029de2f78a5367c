"""Value pools of the sealed3 split (the sixth pair's kept-aside half).

Disjoint from wild3's pools: other names and cultures, other countries and
Swedish ranges, extensions, networks, OUIs, TACs, PLMNs, domains, a year's
other half. An entry `native|latin` is a name in its own script and the
Latin form account names are made from.
"""

CULTURES = {
    "swedish": {"w": 13, "two_given": 0.2,
                "given": ["Hjördis", "Gustav", "Solveig", "Arvid", "Britt-Marie", "Algot", "Svea", "Holger", "Linnéa", "Ragnar", "Vera", "Edvin", "Dagny"],
                "surname": ["Östlund", "Wikström", "Hägglund", "Söderqvist", "Axelsson", "Brännström", "Lövgren", "Dahlgren", "Forsell", "Norén", "Sandström"]},
    "norwegian": {"w": 3, "given": ["Solveig", "Håkon", "Ingrid", "Torbjørn", "Sigrid", "Øystein"],
                  "surname": ["Haugen", "Bjørnstad", "Solberg", "Kvåle", "Fjeldstad", "Nygård"]},
    "danish": {"w": 2, "given": ["Mette", "Søren", "Birthe", "Jesper", "Signe"],
               "surname": ["Jørgensen", "Kristiansen", "Mørch", "Thygesen", "Bødker"]},
    "czech": {"w": 3, "given": ["Jiří", "Zdeňka", "Přemysl", "Kateřina", "Vojtěch", "Růžena"],
              "surname": ["Dvořák", "Novotná", "Procházka", "Kučerová", "Černý", "Růžička"]},
    "latvian": {"w": 2, "given": ["Ilze", "Jānis", "Līga", "Krišjānis", "Dace"],
                "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Krūmiņš"]},
    "hungarian": {"w": 2, "order": "sg", "given": ["Zsófia", "Gergely", "Ildikó", "Bence", "Erzsébet"],
                  "surname": ["Nagy", "Kovács", "Szűcs", "Tóth", "Fekete"]},
    "tigrinya": {"w": 3, "given": ["ሰላም|Selam", "ተስፋይ|Tesfay", "Mebrahtu", "Yohannes", "Senait", "Ghirmay", "Hiwet"],
                 "surname": ["ገብረሂወት|Gebrehiwet", "Tesfamariam", "Habte", "Woldemichael", "Berhane", "Kidane"]},
    "arabic": {"w": 4, "given": ["خالد|Khalid", "مريم|Mariam", "Ahmad", "Noor", "Bilal", "Huda", "Samir"],
               "surname": ["العلي|Al-Ali", "الشمري|Al-Shammari", "Mansour", "Khoury", "El Idrissi", "Benali", "Abdallah"]},
    "dari": {"w": 3, "given": ["Zahra", "Ahmad Shah", "Farida", "Mohammad Nabi", "Parwana", "Hamid"],
             "surname": ["Ahmadzai", "Popal", "Rahimi", "Sultani", "Karimzada", "Noori"]},
    "chinese-trad": {"w": 3, "order": "sg", "nospace": True,
                     "given": ["志明|Chih-ming", "淑芬|Shu-fen", "家豪|Chia-hao", "怡君|Yi-chun", "冠宇|Kuan-yu"],
                     "surname": ["張|Chang", "林|Lin", "郭|Kuo", "吳|Wu", "蔡|Tsai", "許|Hsu"]},
    "indonesian": {"w": 2, "given": ["Sri", "Bambang", "Wulandari", "Agus", "Dewi", "Budi"],
                   "surname": ["Susanto", "Wijaya", "Hidayat", "Kurniawan", "Setiawati", "Nugroho"]},
    "latam": {"w": 4, "two_surnames": 0.9, "join": " ",
              "given": ["José Luis", "Guadalupe", "Maximiliano", "Ximena", "Yesenia", "Nahuel", "Valentina"],
              "surname": ["Hernández", "Ramírez", "Castañeda", "Quispe", "Montoya", "Zúñiga", "Villalobos", "Peña"]},
    "greek": {"w": 2, "given": ["Κωνσταντίνος|Konstantinos", "Eleni", "Dimitrios", "Vasiliki", "Panagiotis"],
              "surname": ["Papadopoulos", "Georgiou", "Παπαδάκη|Papadaki", "Oikonomou", "Christodoulou"]},
    "bosnian": {"w": 3, "given": ["Emina", "Adnan", "Jasmina", "Đorđe", "Selma", "Mirza", "Dženana"],
                "surname": ["Hodžić", "Begović", "Kovačević", "Šehić", "Delić", "Mehmedović", "Ćosić"]},
    "portuguese": {"w": 2, "two_surnames": 0.6, "join": " ",
                   "given": ["João", "Conceição", "Gonçalo", "Inês", "Fernão"],
                   "surname": ["Gonçalves", "Magalhães", "da Silva", "dos Santos", "Araújo"]},
    "indian": {"w": 3, "given": ["Priyanka", "Venkatesh", "Lakshmi", "Arjun", "Sowmya", "Harpreet", "Karthik"],
               "surname": ["Subramanian", "Venkataraman", "Chatterjee", "Iyer", "Sandhu", "Reddy"]},
    "yoruba": {"w": 2, "given": ["Oluwaseun", "Adebayo", "Folasade", "Chidinma", "Temitope"],
               "surname": ["Adeyemi", "Okonkwo", "Balogun", "Ogunleye", "Eze"]},
    "icelandic": {"w": 1, "given": ["Guðrún", "Þórir", "Sigríður", "Ævar"],
                  "surname": ["Guðmundsdóttir", "Þórsson", "Ólafsdóttir", "Sigurðsson"]},
    "ukrainian": {"w": 3, "given": ["Олександр|Oleksandr", "Оксана|Oksana", "Mykola", "Iryna", "Bohdan", "Yuliia"],
                  "surname": ["Шевченко|Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk", "Melnyk", "Hnatyshyn"]},
}

USER_FORMS = [("g.s", 6), ("s4g2", 3), ("g1s", 4), ("s.g", 3), ("g_s", 2), ("s5g1N", 3), ("g-s", 2),
              ("gN", 1), ("x-g.s", 1), ("g1.s", 2), ("g1s1nnnn", 2), ("gs", 2)]
MAIL_FORMS = [("g.s", 8), ("s.g", 2), ("g-s", 2), ("g1s", 2)]
MAIL_DOMAINS = [("sydkustens-sparbank.se", 3), ("regionvarmland.example", 2), ("malmo-hamnforvaltning.se", 2),
                ("uppsalabostader.se", 2), ("fjordkraft-partner.no", 1), ("årebyggen.se", 1), ("karlstad-tekniska.se", 2)]
FREEMAIL = ["icloud.com", "proton.me", "gmx.de", "yahoo.fr", "live.se", "seznam.cz"]
UPN_SUFFIXES = ["ssb.corp", "ad.uppsalabostader.int", "rvl.local"]
NETBIOS = ["SYDSPAR", "UBAB", "RVARM"]
REALMS = ["SSB.CORP", "AD.UPPSALABOSTADER.INT"]

PHONES = {
    "SE": {"cc": "46", "trunk": "0", "area_sep": "-", "seps": [" ", "", " "],
           "ranges": [("72", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2]), ("76", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2]),
                      ("79", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2]), ("40", "f", 8, [3, 2, 2, 2], [2, 2, 2, 2]),
                      ("18", "f", 8, [3, 2, 2, 2], [2, 2, 2, 2]), ("54", "f", 8, [3, 2, 2, 2], [2, 2, 2, 2])]},
    "NO": {"cc": "47", "trunk": "", "seps": [" "], "ranges": [("4", "m", 8, [3, 2, 3], [3, 2, 3]), ("9", "m", 8, [3, 2, 3], [3, 2, 3])]},
    "DK": {"cc": "45", "trunk": "", "seps": [" "], "ranges": [("2", "m", 8, [2, 2, 2, 2], [2, 2, 2, 2]), ("3", "f", 8, [2, 2, 2, 2], [2, 2, 2, 2])]},
    "NL": {"cc": "31", "trunk": "0", "area_sep": "-", "seps": [" ", ""], "ranges": [("6", "m", 9, [2, 8], [1, 8])]},
    "FR": {"cc": "33", "trunk": "0", "seps": [" ", "."], "ranges": [("6", "m", 9, [2, 2, 2, 2, 2], [1, 2, 2, 2, 2]), ("7", "m", 9, [2, 2, 2, 2, 2], [1, 2, 2, 2, 2])]},
    "IT": {"cc": "39", "trunk": "", "seps": [" "], "ranges": [("34", "m", 10, [3, 3, 4], [3, 3, 4])]},
    "CZ": {"cc": "420", "trunk": "", "seps": [" "], "ranges": [("60", "m", 9, [3, 3, 3], [3, 3, 3]), ("72", "m", 9, [3, 3, 3], [3, 3, 3])]},
    "LV": {"cc": "371", "trunk": "", "seps": [" "], "ranges": [("2", "m", 8, [4, 4], [4, 4])]},
    "ER": {"cc": "291", "trunk": "0", "seps": [" "], "ranges": [("7", "m", 7, [2, 3, 3], [1, 3, 3])]},
    "SY": {"cc": "963", "trunk": "0", "seps": [" "], "ranges": [("9", "m", 9, [4, 3, 3], [3, 3, 3])]},
    "AF": {"cc": "93", "trunk": "0", "seps": [" "], "ranges": [("7", "m", 9, [3, 3, 4], [2, 3, 4])]},
    "TW": {"cc": "886", "trunk": "0", "seps": [" ", "-"], "ranges": [("9", "m", 9, [4, 3, 3], [3, 3, 3])]},
    "MX": {"cc": "52", "trunk": "", "seps": [" "], "ranges": [("55", "m", 10, [2, 4, 4], [2, 4, 4])]},
    "CO": {"cc": "57", "trunk": "", "seps": [" "], "ranges": [("31", "m", 10, [3, 3, 4], [3, 3, 4])]},
    "GB": {"cc": "44", "trunk": "0", "seps": [" "], "ranges": [("79", "m", 10, [5, 6], [4, 6])]},
    "IN": {"cc": "91", "trunk": "", "seps": [" ", "-"], "ranges": [("98", "m", 10, [5, 5], [5, 5])]},
    "NG": {"cc": "234", "trunk": "0", "seps": [" "], "ranges": [("803", "m", 10, [4, 3, 4], [3, 3, 4])]},
    "UA": {"cc": "380", "trunk": "0", "seps": [" "], "ranges": [("67", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2])]},
    "BA": {"cc": "387", "trunk": "0", "seps": [" ", "/"], "ranges": [("61", "m", 8, [3, 3, 3], [2, 3, 3])]},
}
PHONE_WEIGHTS = [("SE", 30), ("NO", 4), ("DK", 3), ("NL", 2), ("FR", 2), ("IT", 2), ("CZ", 2), ("LV", 1), ("ER", 2),
                 ("SY", 2), ("AF", 2), ("TW", 1), ("MX", 2), ("CO", 1), ("GB", 3), ("IN", 2), ("NG", 1), ("UA", 2), ("BA", 2)]
PHONE_STYLES = [("e164", 5), ("intl", 5), ("00", 3), ("00sp", 1), ("national", 7), ("dashed", 5),
                ("digits", 3), ("paren0", 2), ("cc", 1)]
EXT_RANGES = [(3300, 3599), (62000, 62499), (8100, 8299)]

BIRTH_YEARS = (1922, 2012)
PNR_STYLES = [("10-", 4), ("12", 2), ("12-", 4), ("10", 3)]
ORG_FIRST = ["5", "7", "9"]
ORG_STYLES = [("-", 5), ("plain", 3), ("16", 1), ("SE01", 2)]
TACS = ["35407115", "35328410", "86151803", "35884611", "01326300"]
IMEI_STYLES = [("plain", 5), ("slash", 2), ("dash", 2)]
PLMNS = ["24202", "23802", "26201", "20801", "24008"]
BADGE_FORMATS = ["{n8}", "SSB{n5}", "C{n6}-1", "{h8}"]

V4_NETS = [("10.201", 6), ("172.29", 3), ("192.168.77", 3), ("94.254", 2), ("217.208", 1), ("46.59.1", 1), ("83.233", 1)]
V6_PREFIXES = ["2a02:aa1:1042", "2001:2040:c00f", "2a05:d018:9f1", "fdc3:7a10:5e"]
V6_STYLES = [("short", 4), ("long", 4), ("full", 1), ("upper", 2), ("mapped", 1), ("ll", 1)]
OUIS = ["00:50:56", "AC:DE:48", "34:17:EB", "F8:FF:C2", "00:0C:29", "9C:B6:D0", "D4:F5:47", "28:CF:E9", "44:38:39"]
MAC_STYLES = [("colon", 4), ("COLON", 2), ("DASH", 2), ("dot", 3), ("BARE", 2), ("bare", 2), ("huawei", 1)]

EPOCHS = (1769904000, 1785455999)   # 2026-02-01 .. 2026-07-31
YEARS = [2025, 2026]

SERVICE_NUMBERS = ["113 13", "11313", "116 111", "116 000", "0771-25 25 25", "020-10 10 10", "999", "110", "15"]
SWITCHBOARDS = ["+46 40 660 00 00", "040-660 00 00", "+46186600000", "054-29 00 00"]
QUEUE_NUMBERS = ["7501", "7502", "7550", "7600"]
CONF_NUMBERS = ["3900", "3901", "3999"]
PARK_SLOTS = ["8501", "8502", "8503"]
HUNT_PILOTS = ["3000", "3010", "62000"]
VM_PILOTS = ["3333", "*86"]
IVR_NUMBERS = ["6500", "6501", "6599"]
FEATURE_CODES = ["*21", "*22", "*31", "#21#", "*5", "*69"]
TICKETS = ["CS{n}", "HD-{y}-{n}", "Ärende {n}", "KA-{n}", "REQ{n}"]
COST_CENTRES = ["KS-1020", "Ansvar 5510", "Projekt 8804", "kst:2231"]
VERSIONS = ["19.21.0.0.0", "8.0.36", "14.2.2-004", "17.12.3", "5.3.7", "22.4.1", "6.1.0.1210", "9.1.2"]
SYSTEM_ACCOUNTS = ["SYS", "DBSNMP", "postmaster", "MAILER-DAEMON", "ftp", "svc-monitor", "ddic", "SAPSYS", "www-data", "LOCAL SERVICE"]
PRODUCTS = ["Outlook", "Chrome", "SAP GUI", "Power BI", "Slack", "VLC", "Firefox"]
PLACES = ["Malmö", "Lund", "Karlstad", "Uppsala", "Helsingborg", "Kristianstad", "Arvika"]
SERIAL_FORMATS = ["FCW{n}", "S{h}", "C02{h}"]
EMPNO_FORMATS = ["P-{n}", "anst{n}"]
RESULT_CODES = ["0", "1017", "28000", "0x1", "-1"]
HOSTS = ["mlm-core01", "ups-wlc02", "ksd-ora01", "mx-gw2", "ftp-ext", "sbc-malmo", "atm-ksd-14", "lnl-srv1", "sap-prd01"]
INTERNAL_DOMAINS = ["ssb.corp", "uppsalabostader.int", "rvl.local"]
EXTERNAL_SITES = ["www.swedbank.se", "outlook.office365.com", "www.aftonbladet.se", "api.swish.nu", "www.dropbox.com", "ocsp.digicert.com"]
URL_PATHS = ["/pub/", "/incoming/", "/home/", "/upload/"]
USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15",
               "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
               "Dropbox/205.4.6180 (Windows; 10; x64; sv_SE)"]
COUNTRY_CODES = ["SE", "NO", "DK", "NL", "FR", "IT", "CZ", "GB", "UA", "BA", "MX"]
SITES = ["Malmö-Hamn", "Lund-C", "Karlstad-Syd", "Uppsala-Luthagen"]
SSIDS = ["SSB-Staff", "SSB-Guest", "RVL-Medical", "UB-Fastighet"]
