"""Value pools of the sealed6 split (the ninth pair's kept-aside half).
Disjoint from wild6's: other cultures' name lists, account conventions,
countries and number ranges, birth years, orgnr groups, TACs, PLMNs, OUIs,
networks, domains, badge formats and half-year."""

CULTURES = {
    "czech": {"w": 5, "given": ["Jiří", "Zdeňka", "Ondřej", "Květoslava", "Radek", "Markéta", "Vojtěch", "Ludmila",
                                "Přemysl", "Šárka"],
              "surname": ["Dvořák", "Procházková", "Kučera", "Němcová", "Horák", "Růžičková", "Pokorný", "Šťastná",
                          "Vlček", "Čermáková"]},
    "romanian": {"w": 4, "given": ["Ionuț", "Mădălina", "Răzvan", "Ioana", "Cătălin", "Oana", "Bogdan", "Ștefania"],
                 "surname": ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantinescu", "Munteanu", "Țurcanu"]},
    "maghreb": {"w": 4, "given": ["يوسف|Youssef", "فاطمة الزهراء|Fatima-Zahra", "Mehdi", "Khadija", "أمين|Amine",
                                  "Salma", "Hamza", "Nadia"],
                "surname": ["بنعلي|Benali", "العلوي|El Alaoui", "Bouzid", "Haddouchi", "Tazi", "بنكيران|Benkirane"]},
    "eritrean": {"w": 3, "given": ["ሰላም|Selam", "ተስፋይ|Tesfay", "Yonas", "Senait", "Mehari", "Helen", "Filmon"],
                 "surname": ["Gebremedhin", "Tesfamariam", "ወልደሚካኤል|Weldemichael", "Habte", "Kidane", "Berhane"]},
    "chinese": {"w": 3, "order": "sg", "given": ["伟|Wei", "秀英|Xiuying", "志强|Zhiqiang", "丽娟|Lijuan", "浩然|Haoran", "雪|Xue"],
                "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "黄|Huang"]},
    "indonesian": {"w": 2, "given": ["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri"],
                   "surname": ["Santoso", "Wijaya", "Hidayat", "Kusuma", "Saputra", "Lestari"]},
    "estonian": {"w": 2, "given": ["Tõnu", "Kadri", "Mihkel", "Liis", "Jüri", "Triin"],
                 "surname": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Põder"]},
    "latvian": {"w": 2, "given": ["Jānis", "Ilze", "Mārtiņš", "Līga", "Krišjānis", "Dace"],
                "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa", "Krūmiņš", "Zariņa"]},
    "lithuanian": {"w": 2, "given": ["Mindaugas", "Rūta", "Žygimantas", "Eglė", "Tomas", "Gintarė"],
                   "surname": ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė", "Stankevičius", "Vasiliauskas"]},
    "spanish": {"w": 3, "given": ["Itziar", "Íñigo", "Begoña", "Álvaro", "Montserrat", "Jordi", "Nuria"],
                "surname": ["García", "Fernández", "Echeverría", "Martínez", "Castellanos", "Goñi", "Rodríguez"],
                "two_surnames": 0.8},
    "norwegian": {"w": 5, "given": ["Sigrun", "Håkon", "Ingvild", "Øystein", "Ragnhild", "Torstein", "Solfrid", "Eirik"],
                  "surname": ["Haugen", "Bakken", "Solberg", "Østby", "Kristiansen", "Fjeld", "Brække", "Ødegård"]},
    "danish": {"w": 3, "given": ["Mette", "Søren", "Birgitte", "Anders", "Lærke", "Mads"],
               "surname": ["Jørgensen", "Sørensen", "Rasmussen", "Kjær", "Thygesen", "Mølgaard"]},
    "greek": {"w": 2, "given": ["Γιώργος|Giorgos", "Ελένη|Eleni", "Dimitris", "Konstantina", "Νίκος|Nikos"],
              "surname": ["Παπαδόπουλος|Papadopoulos", "Ioannou", "Georgiou", "Κωνσταντίνου|Konstantinou"]},
    "ukrainian": {"w": 3, "given": ["Олена|Olena", "Тарас|Taras", "Оксана|Oksana", "Bohdan", "Iryna", "Андрій|Andrii"],
                  "surname": ["Шевченко|Shevchenko", "Бондаренко|Bondarenko", "Kovalenko", "Tkachenko", "Мельник|Melnyk"]},
    "swedish": {"w": 7, "given": ["Agneta", "Sixten", "Birgitta", "Folke", "Ylva", "Kjell", "Ebba", "Sune", "Tyra", "Algot"],
                "surname": ["Bergkvist", "Forsberg", "Lindahl", "Hägglund", "Strömqvist", "Rydén", "Engström", "Åberg"]},
    "german": {"w": 2, "particle": True, "given": ["Jürgen", "Gisela", "Maximilian", "Ursula", "Lukas", "Henrike"],
               "surname": ["Müller", "Schäfer", "von Bülow", "Weiß", "Hoffmann", "Krüger"]},
}
NAME_STYLES = [("full", 9), ("s, g", 2), ("S, g", 2), ("g. s", 1), ("fold", 2), ("UPPER", 1), ("latin", 2), ("s g", 1)]

USER_CONVENTIONS = [("s4g2", 2), ("SAP", 2), ("g.sYY", 1), ("gs1N", 2), ("s_g", 2), ("g1s_da", 1), ("GS1", 1),
                    ("s.g", 2), ("g", 1), ("g.s", 3), ("g1s", 2), ("u6", 1), ("g1s-t0", 1)]
P_USER_DIACRITICS = 0.04
P_EMAIL_UNICODE = 0.1
EMAIL_DOMAINS = [("fjordlinje.no", 4), ("vastkust-vard.se", 3), ("seznam.cz", 1), ("yahoo.ro", 1), ("gmx.de", 1),
                 ("icloud.com", 1), ("mail.ee", 1)]
UPN_SUFFIX = ["fjl.internal", "vkv.ad"]
NETBIOS = ["FJORDLINJE", "VKV", "FJL"]

PHONE_STYLES = [("nat", 9), ("intl", 6), ("e164", 6), ("natdigits", 3), ("00", 3), ("00sp", 1), ("paren0", 1),
                ("ccdigits", 2)]
PHONES = {
    "SE": {"w": 10, "cc": "46", "trunk": "0", "ranges": [
        ("mobile", "70", 9, ["XXX-XXX XX XX", "XXX XXX XX XX", "XXX-XX XX XXX"]),
        ("mobile", "76", 9, ["XXX-XXX XX XX", "XXX XXX XX XX", "XXX-XXXXXXX"]),
        ("land", "40", 8, ["XXX-XX XX XX", "XXX-XXX XXX"]), ("land", "18", 8, ["XXX-XX XX XX"]),
        ("land", "920", 9, ["XXXX-XX XX XX", "XXXX-XXXXXX"])]},
    "NO": {"w": 6, "cc": "47", "trunk": "", "ranges": [
        ("mobile", "46", 8, ["XXX XX XXX", "XX XX XX XX"]), ("mobile", "93", 8, ["XXX XX XXX"]),
        ("land", "55", 8, ["XX XX XX XX"])]},
    "DK": {"w": 3, "cc": "45", "trunk": "", "ranges": [("mobile", "42", 8, ["XX XX XX XX"]), ("land", "86", 8, ["XX XX XX XX"])]},
    "FI": {"w": 2, "cc": "358", "trunk": "0", "ranges": [("mobile", "45", 9, ["XXX XXX XXXX", "XXX XXXXXXX"])]},
    "EE": {"w": 2, "cc": "372", "trunk": "", "ranges": [("mobile", "5", 8, ["XXXX XXXX", "XXX XXXXX"])]},
    "LV": {"w": 2, "cc": "371", "trunk": "", "ranges": [("mobile", "2", 8, ["XX XXX XXX", "XXXX XXXX"])]},
    "CZ": {"w": 3, "cc": "420", "trunk": "", "ranges": [("mobile", "60", 9, ["XXX XXX XXX"]), ("mobile", "77", 9, ["XXX XXX XXX"]),
                                                         ("land", "2", 9, ["XXX XXX XXX"])]},
    "RO": {"w": 3, "cc": "40", "trunk": "0", "ranges": [("mobile", "72", 9, ["XXXX XXX XXX", "XXXX.XXX.XXX", "XXXX-XXX-XXX"])]},
    "ES": {"w": 2, "cc": "34", "trunk": "", "ranges": [("mobile", "6", 9, ["XXX XX XX XX", "XXX XXX XXX"]),
                                                        ("land", "93", 9, ["XX XXX XX XX"])]},
    "IT": {"w": 2, "cc": "39", "trunk": "", "ranges": [("mobile", "34", 10, ["XXX XXX XXXX", "XXX XXXXXXX"])]},
    "PT": {"w": 1, "cc": "351", "trunk": "", "ranges": [("mobile", "91", 9, ["XXX XXX XXX"])]},
    "CH": {"w": 1, "cc": "41", "trunk": "0", "ranges": [("mobile", "79", 9, ["XXX XXX XX XX"])]},
    "AT": {"w": 1, "cc": "43", "trunk": "0", "ranges": [("mobile", "664", 10, ["XXXX XXXXXXX", "XXXX/XXX XX XX"])]},
    "BE": {"w": 1, "cc": "32", "trunk": "0", "ranges": [("mobile", "47", 9, ["XXXX XX XX XX", "XXXX/XX.XX.XX"])]},
    "IE": {"w": 1, "cc": "353", "trunk": "0", "ranges": [("mobile", "87", 9, ["XXX XXX XXXX"])]},
    "EG": {"w": 1, "cc": "20", "trunk": "0", "ranges": [("mobile", "10", 10, ["XXX XXXX XXXX"])]},
    "MA": {"w": 2, "cc": "212", "trunk": "0", "ranges": [("mobile", "6", 9, ["XX XX XX XX XX", "XXXX-XXXXXX"])]},
    "CN": {"w": 1, "cc": "86", "trunk": "", "ranges": [("mobile", "138", 11, ["XXX XXXX XXXX", "XXX-XXXX-XXXX"])]},
    "ER": {"w": 1, "cc": "291", "trunk": "", "ranges": [("mobile", "7", 7, ["X XXXXXX"])]},
    "ID": {"w": 1, "cc": "62", "trunk": "0", "ranges": [("mobile", "812", 11, ["XXXX-XXXX-XXXX", "XXXX XXXX XXXX"])]},
    "UA": {"w": 2, "cc": "380", "trunk": "0", "ranges": [("mobile", "50", 9, ["XXX XXX XX XX", "XXX-XXX-XX-XX"])]},
}
EXTENSIONS = [(3300, 3599), (6100, 6199)]
SWITCHBOARD = ["55 30 80 00", "+47 55 30 80 00", "031-724 50 00"]
SMS_SENDER = ["2210", "Fjordlinje", "+4759440000"]
QUEUES = ["3900", "3910", "3950"]
HUNT_PILOTS = ["6900", "6910", "6990"]
PARK_SLOTS = ["6701", "6702", "6750"]
CONF_BRIDGES = ["6800", "6820"]
VOICEMAIL_PILOT = ["6999", "*97"]
IVR_NUMBERS = ["3800", "3880"]
CTI_RP = ["6000", "6001"]
SERVICE_NUMBERS = {"SE": ["112", "1177", "113 13", "11313"], "NO": ["113", "110", "116 117", "02800"],
                   "DK": ["112", "1813"], "CZ": ["155", "158"], "RO": ["112"], "ES": ["112", "061"]}

BIRTH_YEARS = [(1969, 1987), (1997, 2008)]
PNR_STYLES = [("10-", 4), ("12", 3), ("12-", 4), ("10", 2), ("12sp", 1)]
ORGNR_PREFIXES = ["7696", "7164", "2120"]
TACS = ["35391110", "35669907", "86107604", "35290611", "01328700"]
PLMNS = ["24008", "24201", "24412", "23001", "22601"]
OUIS = ["E8:6A:64", "5C:E8:EB", "A4:34:D9", "C0:74:AD", "00:04:13", "74:83:C2", "00:15:65"]
MAC_STYLES = [("colon", 4), ("COLON", 2), ("DASH", 3), ("dot", 1), ("bare", 2), ("BARE", 1)]
IPV4_NETS = ["10.118", "10.118", "192.168.77", "213.66.40", "83.255.12", "172.27"]
IPV4_NETS_BY_KIND = {"priv": ["10.118", "192.168.77", "172.27"], "pub": ["213.66.40", "83.255.12", "195.204.31"]}
IPV6_PREFIXES = ["2a02:1406:3:a0", "2a00:801:7c:12", "2001:4660:4a0:3"]
BADGE_STYLES = [("uid4", 3), ("uid7", 2), ("uid7c", 1), ("pref", 2)]
BADGE_PREFIXES = ["K-", "FJL"]
TIME_RANGE = (1782864000, 1798761599)  # 2026-07-01 .. 2026-12-31
HOSTS = ["fjl-fw2", "vkv-app12", "fjl-sql5", "vkv-mx2", "fjl-sbc1"]
DOMAIN = "fjl.internal"
