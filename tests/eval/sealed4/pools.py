"""Value pools of sealed4, the seventh pair's kept-aside half. Disjoint from
wild4's: other cultures and names, account conventions, countries, Swedish
ranges, extensions, networks, OUIs, TACs, PLMNs, domains, badge formats, years."""
import string


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


CULTURES = {
    "swedish": {"w": 24, "p_two_given": 0.1, "given_joiner": " ",
                "given": ["Margareta", "Ingegärd", "Ulla-Britt", "Elsie", "Maj-Lis", "Lovisa", "Elvira", "Freja",
                          "Idun", "Stina", "Ylva", "Ronja", "Kerstin", "Assar", "Evert", "Folke", "Gunnar",
                          "Helmer", "Ivar", "Josef", "Knut", "Lage", "Nils-Erik", "Osvald", "Per-Olof", "Tage",
                          "Valter", "Bertil", "Östen", "Ärla"],
                "surname": ["Gustafsson", "Pålsson", "Thörnqvist", "Älvdal", "Grönberg", "Hellström", "Lundmark",
                            "Nordenfalk", "Sjöholm", "Strömgren", "Tjäder", "Vikander", "Wennerholm", "Ågren",
                            "Bäckström", "Carlsund", "Eklöf", "Frisk", "Holmér", "Juhlin", "Kihlberg", "Lidén"]},
    "finnish": {"w": 7, "given": ["Aino", "Eevi", "Kaarina", "Pirjo", "Tuulikki", "Väinö", "Jussi", "Eero",
                                  "Pekka", "Kyösti", "Sampsa", "Ilmari"],
                "surname": ["Mäkinen", "Heikkilä", "Järvinen", "Lähteenmäki", "Kärkkäinen", "Nieminen",
                            "Hämäläinen", "Pöyhönen", "Räsänen", "Ylä-Outinen"]},
    "sami": {"w": 2, "given": ["Máret", "Ánde", "Ovllá", "Biret", "Niillas", "Risten", "Ánte"],
             "surname": ["Sara", "Gaup", "Länsman", "Eira", "Somby", "Valkeapää", "Utsi"]},
    "baltic": {"w": 4, "given": ["Līga", "Ieva", "Dace", "Jānis", "Aivars", "Rūta", "Gintarė", "Vytautas",
                                 "Mindaugas", "Žydrūnas"],
               "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Kazlauskas", "Petrauskienė",
                           "Jankauskas", "Žukauskaitė", "Vaitkus"]},
    "czech_ro": {"w": 5, "given": ["Jiřina", "Zdeňka", "Vojtěch", "Radek", "Ondřej", "Ioana", "Mihaela",
                                   "Răzvan", "Ștefan", "Bogdan"],
                 "surname": ["Dvořáková", "Novotný", "Procházka", "Kučerová", "Černý", "Popescu", "Ionescu",
                             "Dumitrescu", "Constantinescu", "Țurcanu"]},
    "arabic": {"w": 6, "given": ["فاطمة|Fatima", "مريم|Maryam", "نور|Nour", "يوسف|Youssef", "عمر|Omar",
                                 "حسن|Hassan", "Rania", "Layla", "Khaled", "Abdulrahman", "Samir", "Amal"],
               "surname": ["الحسيني|Al-Husseini", "العلي|Al-Ali", "حداد|Haddad", "Mansour", "Khalil", "Nasser",
                           "Saleh", "El Amrani", "Benali", "Abu Hamdan"]},
    "eritrean": {"w": 3, "given": ["Senait", "Yordanos", "Helen", "Tesfay", "Yonas", "Mebrahtu", "Filmon",
                                   "Luwam"],
                 "surname": ["Tekle", "Ghebremedhin", "Haile", "Berhane", "Woldemichael", "Kidane", "Asmerom"]},
    "chinese_han": {"w": 2, "order": "sg", "spaced": False,
                    "given": ["秀英|Xiuying", "志强|Zhiqiang", "婷|Ting", "建华|Jianhua", "欣怡|Xinyi"],
                    "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen"]},
    "chinese_latin": {"w": 3, "given": ["Xiaoming", "Jingyi", "Haoran", "Zihan", "Yuting", "Zhenhua"],
                      "surname": ["Zhou", "Huang", "Xu", "Sun", "Zhao", "Wu"]},
    "indonesian": {"w": 2, "given": ["Siti", "Dewi", "Agus", "Budi", "Wahyu", "Ratna"],
                   "surname": ["Susanto", "Wijaya", "Hartono", "Setiawan", "Kurniawan", "Pratama"]},
    "dutch": {"w": 4, "given": ["Femke", "Sanne", "Marieke", "Joost", "Sjoerd", "Bram", "Maarten", "Anouk"],
              "surname": ["van der Berg", "de Vries", "van Dijk", "Bakker", "de Jong", "van den Heuvel",
                          "Visser", "ter Horst"]},
    "irish": {"w": 2, "given": ["Siobhán", "Aoife", "Niamh", "Caoimhe", "Cillian", "Pádraig", "Eoin"],
              "surname": ["O'Sullivan", "Ó Briain", "MacCarthy", "Ní Bhraonáin", "Fitzgerald", "O'Donoghue"]},
    "french_it": {"w": 4, "given": ["Léa", "Chloé", "Aurélie", "Benoît", "Jérôme", "Giulia", "Chiara",
                                    "Lorenzo", "Matteo", "Francesca"],
                  "surname": ["Lefèvre", "Dubois", "Moreau", "Girard", "Rossi", "Esposito", "Bianchi",
                              "De Luca", "Fontaine"]},
    "ukrainian": {"w": 3, "given": ["Олена|Olena", "Оксана|Oksana", "Андрій|Andrii", "Тарас|Taras",
                                    "Iryna", "Bohdan", "Yuliia"],
                  "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko",
                              "Tkachenko", "Kravchuk", "Melnyk"]},
    "bosnian": {"w": 3, "given": ["Amra", "Lejla", "Emina", "Mirza", "Adnan", "Haris", "Edin"],
                "surname": ["Hadžić", "Begović", "Delić", "Mehmedović", "Kovačević", "Husić", "Softić"]},
}
NAME_FORMS = {"full": 50, "last-first": 12, "LAST-first": 8, "first-LAST": 8, "initial": 5, "ascii": 8,
              "first-only": 4, "last-first-nocomma": 5}
USER_CONVENTIONS = {"first.last": 14, "flast": 8, "f.last": 8, "last5f2": 5, "fl4": 8, "l3f3nn": 5,
                    "first_last": 6, "first.m.last": 3, "first.last.ext": 5, "adm-flast": 6, "FLAST": 4,
                    "firstl": 5, "lastfirst1": 5, "first-last": 4, "last.first": 6, "f3l3": 5,
                    "first.lastN": 3, "firstlast": 4}
P_ACCOUNT_MARKS = 0.1
P_MAIL_MARKS = 0.12
WORK_DOMAINS = ["falu-energi.se", "norrtalje-vatten.se", "skanetrafik-drift.se", "kiruna-kraft.se",
                "mälarhamnar.se", "hallands-sjukvard.se"]
MAIL_DOMAINS = {"googlemail.com": 4, "proton.me": 3, "hotmail.fi": 2, "luukku.com": 1, "ziggo.nl": 2,
                "orange.fr": 2, "libero.it": 1, "seznam.cz": 2, "yahoo.ro": 1, "ukr.net": 2, "qq.com": 1,
                "163.com": 1, "bredband.net": 3, "live.se": 3, "me.com": 2}
NETBIOS = ["KRAFT", "MH", "SKANE-IT", "FALUENERGI"]
REALMS = ["KRAFT.LOCAL", "AD.FALU-ENERGI.SE"]
HOSTS = ["sap-prd-ci", "mongo-rs0-2", "kerio-mail", "omada-ctl", "ib-grid-01", "web-portal-03", "synergis-srv",
         "mitel-3300", "bt-pra-app", "fml-gw1", "vectra-brain", "lt-ekonomi-22"]

COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("73", 9, "mobile", [2, 3, 2, 2]), ("76", 9, "mobile", [2, 3, 2, 2]),
                                                ("79", 9, "mobile", [2, 3, 2, 2]), ("40", 9, "fixed", [2, 3, 2, 2]),
                                                ("18", 9, "fixed", [2, 3, 2, 2]), ("13", 8, "fixed", [2, 2, 2, 2]),
                                                ("60", 8, "fixed", [2, 2, 2, 2]), ("63", 8, "fixed", [2, 2, 2, 2])],
           "seps": [" ", " ", "", "-"],
           "national": lambda rng, t, nsn, p: rng.choice([f"{t}{p[0]}-{''.join(p[1:])}", f"({t}{p[0]}) {' '.join(p[1:])}", f"{t}{p[0]} {' '.join(p[1:])}"])},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("40", 9, "mobile", [2, 3, 4]), ("50", 9, "mobile", [2, 3, 4]),
                                                ("9", 8, "fixed", [1, 3, 4])], "seps": [" "]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("6", 7, "mobile", [3, 4]), ("8", 7, "mobile", [3, 4])], "seps": [" ", "-"]},
    "NL": {"cc": "31", "trunk": "0", "ranges": [("6", 9, "mobile", [1, 8]), ("20", 9, "fixed", [2, 3, 4])],
           "seps": [" ", "-"], "national": lambda rng, t, nsn, p: rng.choice([f"{t}{p[0]}-{''.join(p[1:])}", f"{t}{p[0]} {' '.join(p[1:])}"])},
    "BE": {"cc": "32", "trunk": "0", "ranges": [("47", 9, "mobile", [3, 2, 2, 2])], "seps": [" ", "/"]},
    "FR": {"cc": "33", "trunk": "0", "ranges": [("6", 9, "mobile", [1, 2, 2, 2, 2]), ("1", 9, "fixed", [1, 2, 2, 2, 2])],
           "seps": [" ", "."]},
    "IT": {"cc": "39", "trunk": "", "ranges": [("3", 10, "mobile", [3, 3, 4]), ("06", 10, "fixed", [2, 4, 4])], "seps": [" "]},
    "RO": {"cc": "40", "trunk": "0", "ranges": [("7", 9, "mobile", [3, 3, 3])], "seps": [" ", "."]},
    "CZ": {"cc": "420", "trunk": "", "ranges": [("6", 9, "mobile", [3, 3, 3]), ("7", 9, "mobile", [3, 3, 3])], "seps": [" "]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("67", 9, "mobile", [2, 3, 2, 2]), ("50", 9, "mobile", [2, 3, 2, 2])],
           "seps": [" ", "-"], "national": lambda rng, t, nsn, p: f"{t}{p[0]} {p[1]}-{p[2]}-{p[3]}"},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("77", 10, "mobile", [3, 3, 4])], "seps": [" "]},
    "SY": {"cc": "963", "trunk": "0", "ranges": [("9", 9, "mobile", [3, 3, 3])], "seps": [" "]},
    "ER": {"cc": "291", "trunk": "0", "ranges": [("7", 7, "mobile", [1, 3, 3])], "seps": [" "]},
    "CN": {"cc": "86", "trunk": "0", "ranges": [("13", 11, "mobile", [3, 4, 4]), ("18", 11, "mobile", [3, 4, 4])], "seps": [" ", "-"]},
    "MA": {"cc": "212", "trunk": "0", "ranges": [("6", 9, "mobile", [1, 2, 2, 2, 2])], "seps": [" ", "-"]},
    "AU": {"cc": "61", "trunk": "0", "ranges": [("4", 9, "mobile", [3, 3, 3])], "seps": [" "]},
}
PHONE_WEIGHTS = {"SE": 48, "FI": 8, "IS": 2, "NL": 5, "BE": 2, "FR": 4, "IT": 3, "RO": 3, "CZ": 3, "UA": 4,
                 "IQ": 3, "SY": 3, "ER": 2, "CN": 3, "MA": 3, "AU": 2}
PHONE_STYLES = {"national": 34, "e164": 22, "intl": 16, "00": 8, "digits": 4, "national-plain": 10, "intl-0": 6}
EXTENSIONS = [(400, 699), (71000, 74999)]
QUEUE_NUMBERS = [(79000, 79099), (900, 949)]
SERVICE_NUMBERS = ["112", "1177", "11313", "116 123", "116117", "11 88 88", "0771-567 567", "020-22 00 00",
                   "077-444 00 00", "114 14", "90200"]
SWITCHBOARDS = ["023-77 30 00", "+46 176 22 90 00", "010-442 60 00", "0980-749 00", "+4623773000"]
SWITCHBOARDS_E164 = ["+4623773000", "+46176229000", "+46104426000", "+4698074900"]
SMS_SENDERS = ["46730121000", "46765550199"]

BIRTH_YEARS = (1976, 2008)
PNR_STYLES = {"12": 3, "12-": 4, "10-": 5, "10": 2, "12 ": 1}
ORGNR_HEADS = ["80", "96", "71", "20"]
ORGNR_STYLES = {"dash": 7, "plain": 2, "16": 1}
TACS = ["35290611", "86769604", "35441578", "35953510", "49015420"]
IMEI_STYLES = {"plain": 6, "dash": 2, "tac": 1, "urn": 1}
PLMNS = ["24008", "24002", "24405", "20408", "20601", "20801", "22210", "22601"]
OUIS = ["00:08:5D", "00:04:13", "00:0B:82", "3C:A9:F4", "28:18:78", "00:E0:FC", "64:09:80", "F0:18:98", "8C:77:12"]
MAC_STYLES = {"colon": 4, "COLON": 2, "DASH": 3, "dot": 2, "bare": 2, "hp": 1, "dash": 1}
IPV4_PRIVATE = ["10.112", "172.28", "192.168.77", "10.9.64"]
IPV4_PUBLIC = ["83.248", "94.254", "185.39", "46.246", "155.4"]
IPV6_NETS = ["2a02:aa1:1001", "2001:2002:51e0", "2a05:d018"]
IPV6_STYLES = {"plain": 4, "short": 3, "upper": 2, "mapped": 1, "ll": 1}

BADGE_FORMS = {(lambda rng: f"{rng.randint(1, 255)}:{rng.randint(1, 65535):05d}"): 3,
               (lambda rng: "".join(rng.choice("0123456789ABCDEF") for _ in range(8))): 3,
               (lambda rng: "E" + _d(rng, 6)): 3}

VERSIONS = ["7.50.12.3", "4.4.29", "10.0.17763.1", "6.0.214.0", "2.6.1", "v9.1.3.19", "3.2.5-1.el9", "11.2.0.4.0",
            "5.0.26"]
SYSTEM_ACCOUNTS = ["DDIC", "SAP*", "TMSADM", "mongod", "clusterAdmin", "svc_omada", "svc-print",
                   "root", "daemon", "backupsvc", "noreply", "KRAFT\\svc_sql", "guest"]
PLACES = ["Falun", "Borlänge", "Kiruna", "Norrtälje", "Halmstad", "Varberg", "Trelleborg", "Drottninggatan",
          "Porte Nord", "Hall C", "Kontor Plan 3"]
TICKETS = [lambda rng: f"INC-{rng.randint(2025, 2026)}-{_d(rng, 6)}", lambda rng: f"Dnr {rng.randint(2025, 2026)}/{_d(rng, 3)}",
           lambda rng: f"RITM{_d(rng, 7)}", lambda rng: f"ZD-{_d(rng, 5)}"]
COST_CENTRES = ["Kst 3120", "CC 8840", "KS-1190", "Projekt 4471", "Ansvar 6620"]
ROLE_MAILBOXES = ["helpdesk", "no-reply", "diarium", "kundservice", "faktura", "abuse"]
EMPLOYEE_NO = [lambda rng: f"E{_d(rng, 6)}", lambda rng: _d(rng, 5)]
PRODUCT_WORDS = ["Raindance", "Heroma", "Treserva", "Cosmic", "Pulsen Combine", "Unit4 ERP", "Ecos"]
TIME_RANGE = (1751328000, 1767225600)  # second half of 2025
