"""Value pools of sealed7 (the tenth pair's kept-aside half). Disjoint from
wild7's: other cultures and scripts, countries, Swedish number ranges,
extensions, networks, OUIs, TACs, PLMNs, domains, birth serials and another
half-year."""

# 2026-07-01 .. 2026-12-20
TIME_RANGE = (1782864000, 1797724800)

CULTURES = [("se", 4), ("is", 1), ("uk", 2), ("ti", 2), ("vi", 2), ("zh", 1), ("el", 1), ("pt", 1), ("ro", 1),
            ("bs", 2), ("in", 1), ("yo", 1), ("ma", 2), ("dari", 2), ("sy", 1), ("sami", 1), ("nl", 1)]

NAMES = {
    "se": {"given": ["Britt-Marie", "Sune", "Kerstin", "Leif", "Saga", "Nils-Erik", "Ebba", "Olle", "Tove", "Bertil",
                     "Ulla", "Valter", "Majken", "Arvid"],
           "surname": ["Bergkvist", "Jonsson", "Lundgren", "Åkesson", "Rydén", "Strand", "Mörk", "Hägglund", "Nordin",
                       "Fält", "Källström", "Edholm"],
           "two_surnames": 0.05, "join": "-"},
    "is": {"given": ["Guðrún", "Sigurður", "Þórunn", "Ragnar", "Hildur"],
           "surname": ["Sigurðardóttir", "Jónsson", "Þórsdóttir", "Guðmundsson"]},
    "uk": {"given": ["Олена|Olena", "Тарас|Taras", "Оксана|Oksana", "Богдан|Bohdan", "Ірина|Iryna", "Андрій|Andrii"],
           "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko", "Ткачук|Tkachuk", "Мельник|Melnyk"]},
    "ti": {"given": ["Semhar", "Yonas", "Helen", "Filmon", "Senait", "Tesfalem", "Rahwa"],
           "surname": ["Tesfay", "Gebremedhin", "Haile", "Berhane", "Kidane", "Woldu"]},
    "vi": {"given": ["Văn An", "Thị Hoa", "Minh Tuấn", "Thị Lan", "Quang Huy"],
           "surname": ["Nguyễn", "Trần", "Phạm", "Lê", "Võ"], "order": "sg"},
    "zh": {"given": ["伟|Wei", "芳|Fang", "静|Jing", "磊|Lei"], "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu"], "order": "sg"},
    "el": {"given": ["Γιώργος|Giorgos", "Ελένη|Eleni", "Νίκος|Nikos"], "surname": ["Παπαδόπουλος|Papadopoulos", "Οικονόμου|Oikonomou"]},
    "pt": {"given": ["João", "Conceição", "Gonçalo", "Inês"], "surname": ["Gonçalves", "Magalhães", "Araújo", "Simões"],
           "two_surnames": 0.5, "join": " "},
    "ro": {"given": ["Ștefan", "Ioana", "Mihai", "Andreea"], "surname": ["Popescu", "Dumitrașcu", "Țurcanu", "Ionescu"]},
    "bs": {"given": ["Emir", "Amra", "Dževad", "Selma", "Jasmin", "Lejla"],
           "surname": ["Hodžić", "Begović", "Mujić", "Kovačević", "Delić", "Šehić"]},
    "in": {"given": ["Priya", "Rajesh", "Ananya", "Venkatesh"], "surname": ["Iyer", "Chatterjee", "Reddy", "Venkataraman"]},
    "yo": {"given": ["Adebayo", "Folake", "Oluwaseun", "Chiamaka"], "surname": ["Adeyemi", "Okonkwo", "Balogun", "Eze"]},
    "ma": {"given": ["يوسف|Youssef", "فاطمة الزهراء|Fatima-Zahra", "حمزة|Hamza", "سلمى|Salma"],
           "surname": ["بنعلي|Benali", "العلوي|El Alaoui", "الإدريسي|El Idrissi", "بوزيد|Bouzid"]},
    "dari": {"given": ["احمد|Ahmad", "فرشته|Fereshta", "حمید|Hamid", "مریم|Maryam", "ضیا|Zia"],
             "surname": ["نوری|Noori", "رحیمی|Rahimi", "احمدزی|Ahmadzai", "هاشمی|Hashimi"]},
    "sy": {"given": ["Rami", "Lama", "Ghaith", "Dima"], "surname": ["Al-Khatib", "Haddad", "Al-Halabi", "Sabbagh"]},
    "sami": {"given": ["Máret", "Ánde", "Ristin", "Biret"], "surname": ["Sara", "Gaup", "Labba", "Utsi"]},
    "nl": {"given": ["Sanne", "Bram", "Femke"], "surname": ["van der Meer", "de Vries", "van den Berg"]},
}

LOGIN_CONVENTIONS = [("g1s", 3), ("s1g", 2), ("g_s", 2), ("s.g", 2), ("g2s3nn", 2), ("SG", 1), ("gs_ext", 1),
                     ("g.s", 3), ("gs", 1)]
P_UNICODE_LOGIN = 0.08
P_UNICODE_MAIL = 0.12
MAIL_DOMAINS = [("region-vastmark.se", 3), ("sydhamn-energi.se", 2), ("yahoo.com", 1), ("icloud.com", 1),
                ("web.de", 1), ("protonmail.com", 1), ("ukr.net", 1), ("telia.com", 1)]
CORP_DOMAIN = "region-vastmark.se"
AD_DOMAIN = "RVM"
UPN_SUFFIX = "rvm.intern"

COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("722", 9, "mobile", [2, 3, 2, 2]), ("769", 9, "mobile", [2, 3, 2, 2]),
                                                 ("40", 8, "fixed", [2, 2, 2, 2]), ("18", 8, "fixed", [2, 2, 2, 2]),
                                                 ("13", 8, "fixed", [2, 2, 2, 2])]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("6", 7, "mobile", [3, 4]), ("8", 7, "mobile", [3, 4])]},
    "AT": {"cc": "43", "trunk": "0", "ranges": [("664", 10, "mobile", [3, 7]), ("1", 8, "fixed", [1, 7])]},
    "CH": {"cc": "41", "trunk": "0", "ranges": [("79", 9, "mobile", [2, 3, 2, 2]), ("44", 9, "fixed", [2, 3, 2, 2])]},
    "FR": {"cc": "33", "trunk": "0", "ranges": [("6", 9, "mobile", [1, 2, 2, 2, 2]), ("1", 9, "fixed", [1, 2, 2, 2, 2])], "sep": " "},
    "IT": {"cc": "39", "trunk": "", "ranges": [("33", 10, "mobile", [3, 3, 4]), ("06", 10, "fixed", [2, 4, 4])]},
    "PT": {"cc": "351", "trunk": "", "ranges": [("91", 9, "mobile", [3, 3, 3])]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("67", 9, "mobile", [2, 3, 2, 2]), ("50", 9, "mobile", [2, 3, 2, 2])]},
    "RO": {"cc": "40", "trunk": "0", "ranges": [("72", 9, "mobile", [3, 3, 3])]},
    "BA": {"cc": "387", "trunk": "0", "ranges": [("61", 8, "mobile", [2, 3, 3])]},
    "MA": {"cc": "212", "trunk": "0", "ranges": [("6", 9, "mobile", [3, 2, 2, 2])]},
    "ER": {"cc": "291", "trunk": "0", "ranges": [("7", 7, "mobile", [1, 3, 3])]},
    "AF": {"cc": "93", "trunk": "0", "ranges": [("70", 9, "mobile", [2, 3, 4]), ("79", 9, "mobile", [2, 3, 4])]},
    "SY": {"cc": "963", "trunk": "0", "ranges": [("93", 9, "mobile", [3, 3, 3])]},
    "NG": {"cc": "234", "trunk": "0", "ranges": [("803", 10, "mobile", [3, 3, 4])]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", [5, 5])]},
    "VN": {"cc": "84", "trunk": "0", "ranges": [("9", 9, "mobile", [2, 3, 4])]},
    "CN": {"cc": "86", "trunk": "0", "ranges": [("138", 11, "mobile", [3, 4, 4])]},
    "CA": {"cc": "1", "trunk": "1", "ranges": [("416", 10, "fixed", [3, 3, 4]), ("514", 10, "fixed", [3, 3, 4])]},
}
PHONE_WEIGHTS = [("SE", 12), ("IS", 1), ("AT", 1), ("CH", 1), ("FR", 1), ("IT", 1), ("PT", 1), ("UA", 2), ("RO", 1),
                 ("BA", 2), ("MA", 1), ("ER", 2), ("AF", 2), ("SY", 1), ("NG", 1), ("IN", 1), ("VN", 1), ("CN", 1), ("CA", 1)]
PHONE_STYLES = [("e164", 4), ("intl", 3), ("00", 2), ("00sp", 1), ("nat", 4), ("natdigits", 2), ("natdash", 1),
                ("natdot", 1), ("paren", 1), ("digits", 1)]
EXTENSIONS = [(5300, 5799), (77000, 77499)]

BIRTH_YEARS = (1924, 2012)
PNR_SERIALS = (700, 999)
PNR_STYLES = [("10-", 3), ("12", 2), ("12-", 3), ("10", 2), ("12 ", 1)]
ORGNR_FIRST = ["26", "71", "82", "93"]

TACS = ["35920622", "86728304", "35157310", "35676411"]
PLMNS = ["24008", "24024", "25503", "22601", "60400"]
OUIS = ["00a0c6", "28cfe9", "9c8e99", "ac1f6b", "d8bbc1", "0c8ddb"]
MAC_STYLES = [(":", 3), (":U", 1), ("-", 2), ("-l", 1), (".", 2), ("BARE", 1)]

V4_NETS = [("10.118", 4), ("172.27", 2), ("192.168.140", 2), ("85.224", 1), ("213.66", 1), ("155.4", 1)]
V6_NETS = ["2a00:801:2f4", "2001:9b0:77", "fdc3:19:ab2"]


def _mifare(rng):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(8))


def _card8(rng):
    return "".join(rng.choice("0123456789") for _ in range(8))


def _rvm(rng):
    return "RVM" + "".join(rng.choice("0123456789") for _ in range(6))


BADGE_FORMATS = [(_mifare, 2), (_card8, 2), (_rvm, 1)]

SERVICE_NUMBERS = ["112", "1177", "114 14", "90000", "113 13", "+46 771-25 25 25", "0771-25 25 25", "15", "17", "18",
                   "144", "117", "102", "103", "0800 33 33 33", "020-33 33 33"]
"""Swedish 112/1177/114 14/113 13 and 90000 (info); French 15/17/18; Austrian
144/117; Ukrainian 102/103; service lines of the region (0771-25 25 25)."""
