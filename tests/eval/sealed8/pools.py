"""Value pools of sealed8 (the eleventh pair's kept-aside half), disjoint from
wild8's: other cultures and scripts, countries, Swedish ranges, networks,
OUIs, TACs, PLMNs, domains, badge formats and the next half-year."""

# Lithuanian, Latvian, Romanian, Italian, French, Dutch (particles),
# Ukrainian and Russian (Cyrillic, Latin for logins), Tigrinya (Ge'ez),
# Yoruba, Korean (Hangul, surname first), Swedish.
NAMES = {
    "lt": {"given": ["Rūta", "Mindaugas", "Eglė", "Žygimantas", "Gintarė", "Darius", "Aušra", "Vytautas"],
           "surname": ["Kazlauskienė", "Petrauskas", "Jankauskaitė", "Žukauskas", "Balčiūnas", "Vasiliauskienė", "Šimkus"]},
    "lv": {"given": ["Ilze", "Jānis", "Līga", "Kārlis", "Inese", "Mārtiņš"],
           "surname": ["Bērziņa", "Kalniņš", "Ozoliņa", "Liepiņš", "Krūmiņa", "Zariņš"]},
    "ro": {"given": ["Ioana", "Mihai", "Andreea", "Ștefan", "Cătălina", "Bogdan", "Răzvan", "Oana"],
           "surname": ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Țurcanu", "Constantinescu"]},
    "it": {"given": ["Giulia", "Alessandro", "Chiara", "Lorenzo", "Federica", "Niccolò", "Beatrice", "Matteo"],
           "surname": ["Esposito", "Russo", "Colombo", "De Luca", "D'Angelo", "Ferrari", "Lo Bianco", "Mancini"]},
    "fr": {"given": ["Élodie", "Mathieu", "Clémence", "François", "Anaïs", "Jean-Baptiste", "Maëlle", "Loïc"],
           "surname": ["Lefèvre", "Moreau", "Girard", "Dubois", "Fournier", "Lemaître", "Chevalier", "Rousseau"]},
    "nl": {"given": ["Sanne", "Joris", "Femke", "Bram", "Lieke", "Thijs", "Marloes"],
           "surname": ["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker", "de Jong", "van den Heuvel"]},
    "uk": {"given": ["Олена|Olena", "Андрій|Andrii", "Наталія|Nataliia", "Олексій|Oleksii", "Ірина|Iryna", "Богдан|Bohdan"],
           "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko", "Мельник|Melnyk", "Ткаченко|Tkachenko"]},
    "ru": {"given": ["Татьяна|Tatiana", "Дмитрий|Dmitry", "Екатерина|Ekaterina", "Сергей|Sergey"],
           "surname": ["Смирнова|Smirnova", "Кузнецов|Kuznetsov", "Волкова|Volkova", "Морозов|Morozov"]},
    "uk-latin": {"given": ["Yuliia", "Taras", "Oksana", "Mykola"], "surname": ["Hnatiuk", "Savchenko", "Lysenko", "Kravets"]},
    "ti": {"given": ["ሃብቶም|Habtom", "ሳባ|Saba", "ተወልደ|Tewolde", "ለተብርሃን|Letebrhan", "ዮሴፍ|Yosef"],
           "surname": ["ተኽለ|Tekle", "ገብረሂወት|Gebrehiwet", "ኣብርሃ|Abraha", "ወልዱ|Weldu"]},
    "ti-latin": {"given": ["Semhar", "Filmon", "Luwam", "Merhawi", "Yodit"], "surname": ["Ghebremariam", "Tesfamariam", "Kidane", "Berhe"]},
    "yo": {"given": ["Adebayo", "Folake", "Oluwaseun", "Temitope", "Babatunde", "Yetunde"],
           "surname": ["Adeyemi", "Ogunleye", "Okonkwo-Bello", "Adebisi", "Olawale"]},
    "ko": {"given": ["지훈|Jihoon", "서연|Seoyeon", "민준|Minjun", "하은|Haeun"],
           "surname": ["김|Kim", "이|Lee", "박|Park", "정|Jung"], "order": "sg"},
    "se": {"given": ["Gunnel", "Ebbe", "Maja-Stina", "Holger", "Signe", "Valter", "Agnes"],
           "surname": ["Nordgren", "Blomqvist", "Ekdahl", "Rydén", "Strandberg", "Fägerskiöld"]},
}
CULTURES = {"lt": 3, "lv": 2, "ro": 3, "it": 3, "fr": 3, "nl": 3, "uk": 2, "ru": 1, "uk-latin": 2, "ti": 1,
            "ti-latin": 2, "yo": 2, "ko": 2, "se": 3}

LOGIN_FORMS = {"s6g1": 3, "g.s": 2, "sg1": 2, "g-s": 2, "g4s4": 1, "g1s1NNNN": 2, "s.g": 1, "gs": 2}

COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "mobile": ["73", "79"], "fixed": ["11", "13", "60", "90"], "len": 9, "groups": [2, 3, 2, 2]},
    "LT": {"cc": "370", "trunk": "8", "mobile": ["6"], "fixed": ["5"], "len": 8, "groups": [3, 5]},
    "LV": {"cc": "371", "trunk": "", "mobile": ["2"], "fixed": ["6"], "len": 8, "groups": [4, 4]},
    "RO": {"cc": "40", "trunk": "0", "mobile": ["72", "74", "75"], "fixed": ["21"], "len": 9, "groups": [3, 3, 3]},
    "IT": {"cc": "39", "trunk": "", "mobile": ["32", "33", "34"], "fixed": ["02", "06"], "len": 10, "groups": [3, 3, 4]},
    "FR": {"cc": "33", "trunk": "0", "mobile": ["6", "7"], "fixed": ["1", "4"], "len": 9, "groups": [1, 2, 2, 2, 2]},
    "NL": {"cc": "31", "trunk": "0", "mobile": ["6"], "fixed": ["20", "10"], "len": 9, "groups": [1, 8]},
    "UA": {"cc": "380", "trunk": "0", "mobile": ["50", "67", "97"], "fixed": ["44"], "len": 9, "groups": [2, 3, 2, 2]},
    "ER": {"cc": "291", "trunk": "0", "mobile": ["7"], "fixed": ["1"], "len": 7, "groups": [1, 3, 3]},
    "NG": {"cc": "234", "trunk": "0", "mobile": ["803", "806", "813"], "fixed": ["1"], "len": 10, "groups": [3, 3, 4]},
    "KR": {"cc": "82", "trunk": "0", "mobile": ["10"], "fixed": ["2"], "len": 10, "groups": [2, 4, 4]},
    "CA": {"cc": "1", "trunk": "1", "mobile": ["416", "604", "514"], "fixed": ["613"], "len": 10, "groups": [3, 3, 4]},
    "BE": {"cc": "32", "trunk": "0", "mobile": ["47", "48", "49"], "fixed": ["2"], "len": 9, "groups": [3, 2, 2, 2]},
    "HR": {"cc": "385", "trunk": "0", "mobile": ["91", "98"], "fixed": ["1"], "len": 9, "groups": [2, 3, 4]},
    "CZ": {"cc": "420", "trunk": "", "mobile": ["60", "73", "77"], "fixed": ["2"], "len": 9, "groups": [3, 3, 3]},
    "ZA": {"cc": "27", "trunk": "0", "mobile": ["82", "83", "72"], "fixed": ["21"], "len": 9, "groups": [2, 3, 4]},
    "MX": {"cc": "52", "trunk": "", "mobile": ["55", "33"], "fixed": ["81"], "len": 10, "groups": [2, 4, 4]},
}
PHONE_WEIGHTS = {"SE": 6, "LT": 2, "LV": 1, "RO": 2, "IT": 2, "FR": 2, "NL": 2, "UA": 2, "ER": 1, "NG": 2, "KR": 1,
                 "CA": 1, "BE": 1, "HR": 1, "CZ": 1, "ZA": 1, "MX": 1}

SERVICE_NUMBERS = ["112", "113", "118", "15", "17", "18", "116 117", "0900-8844", "101", "103", "1415",
                   "114 14", "0771-1177 00", "020-22 22 22", "911", "10111", "3939"]

BIRTH_YEARS = (1925, 2011)
ORGNR_FIRST = ["21", "23", "76", "83", "96"]
TACS = ["35332011", "86769004", "35899610", "01326300", "35616808"]
PLMNS = ["24001", "24002", "24601", "22601", "22210", "20801", "20404", "25501", "45005", "62120"]
NETS4 = ["10.91", "172.29", "192.168.203", "100.101", "91.206.14", "212.181.50", "5.150.230"]
NETS6 = ["2a01:e0a:5c1", "2001:1ab0:7e", "fd9a:41:2200", "2a02:2f0c:8b"]
OUIS = ["00155D", "D4F5EF", "5C5F67", "A4C3F0", "28CFE9", "9C8E99", "00E04C", "6C4B90"]
MAIL_DOMAINS = {"libero.it": 2, "orange.fr": 2, "ziggo.nl": 2, "ukr.net": 2, "yandex.ru": 1, "inbox.lt": 2,
                "yahoo.ro": 2, "naver.com": 1, "outlook.com": 3, "bredband.net": 2, "inbox.lv": 1}
CORP = ["kvarnby.se", "vilnius-klinika.lt", "spedizioni-nord.it"]
BADGE_FORMS = {"uid4": 3, "digits8": 2, "prefix": 2}
BADGE_PREFIXES = ["KV", "ID-"]
TIME_RANGE = (1798761600, 1814400000)  # 2027-01-01 .. 2027-06-30
