"""Value pools of sealed11 (the fourteenth pair's kept-aside half). Disjoint from wild11's."""

NAMES = {
    "ko": {"given": ["민준|Minjun", "서연|Seoyeon", "지훈|Jihoon", "하은|Haeun", "도윤|Doyun"],
           "surname": ["김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung"], "order": "sg", "nospace": True, "latin": False},
    "he": {"given": ["נועה|Noa", "איתי|Itai", "שירה|Shira", "יונתן|Yonatan"],
           "surname": ["כהן|Cohen", "לוי|Levi", "מזרחי|Mizrahi", "פרץ|Peretz"], "latin": False},
    "bn": {"given": ["অনিক|Anik", "তাসলিমা|Taslima", "রফিক|Rafiq", "নুসরাত|Nusrat"],
           "surname": ["হোসেন|Hossain", "রহমান|Rahman", "চৌধুরী|Chowdhury", "ইসলাম|Islam"], "latin": False},
    "ta": {"given": ["Karthik", "Meenakshi", "Senthil", "Priya", "Arulmozhi"],
           "surname": ["Subramaniam", "Ramasamy", "Krishnan", "Venkatesan", "Palaniappan"]},
    "fa": {"given": ["مریم|Maryam", "رضا|Reza", "نیلوفر|Niloufar", "امید|Omid"],
           "surname": ["حسینی|Hosseini", "کریمی|Karimi", "رضایی|Rezaei", "موسوی|Mousavi"], "latin": False},
    "ku": {"given": ["Rojda", "Azad", "Berivan", "Şêrko", "Hêvî"],
           "surname": ["Barzanî", "Zebarî", "Amedî", "Doskî"]},
    "sr": {"given": ["Милош|Milos", "Јелена|Jelena", "Небојша|Nebojsa", "Драгана|Dragana"],
           "surname": ["Јовановић|Jovanovic", "Петровић|Petrovic", "Николић|Nikolic", "Ђорђевић|Djordjevic"], "latin": False},
    "bs": {"given": ["Emina", "Adnan", "Lejla", "Haris", "Amra"],
           "surname": ["Hodžić", "Begović", "Mujić", "Delić", "Šehić"]},
    "uk": {"given": ["Олена|Olena", "Богдан|Bohdan", "Оксана|Oksana", "Тарас|Taras"],
           "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko", "Ткачук|Tkachuk"], "latin": False},
    "id": {"given": ["Wahyu", "Siti", "Agus", "Dewi", "Putri", "Nurul"],
           "surname": ["Santoso", "Wibowo", "Hidayat", "Saputra", "binti Ismail", "bin Osman"]},
    "se": {"given": ["Ingegerd", "Leif", "Solveig", "Bertil", "Annika"],
           "surname": ["Forsberg", "Hägglund", "Nyström", "Öberg", "Blomqvist"]},
}
CULTURES = [("ko", 2), ("he", 1), ("bn", 1), ("ta", 2), ("fa", 1), ("ku", 1), ("sr", 1), ("bs", 2), ("uk", 2), ("id", 2), ("se", 3)]

PHONES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("76", 9, (2, 3, 2, 2)), ("72", 9, (2, 3, 2, 2)), ("40", 9, (2, 3, 2, 2)), ("90", 9, (2, 3, 2, 2))]},
    "KR": {"cc": "82", "trunk": "0", "ranges": [("10", 10, (2, 4, 4)), ("2", 9, (1, 4, 4))]},
    "IL": {"cc": "972", "trunk": "0", "ranges": [("52", 9, (2, 3, 4)), ("54", 9, (2, 3, 4))]},
    "BD": {"cc": "880", "trunk": "0", "ranges": [("17", 10, (4, 6)), ("19", 10, (4, 6))]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, (5, 5)), ("94", 10, (5, 5))]},
    "IR": {"cc": "98", "trunk": "0", "ranges": [("912", 10, (3, 3, 4)), ("935", 10, (3, 3, 4))]},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("750", 10, (3, 3, 4)), ("770", 10, (3, 3, 4))]},
    "RS": {"cc": "381", "trunk": "0", "ranges": [("64", 9, (2, 3, 4)), ("11", 9, (2, 3, 4))]},
    "BA": {"cc": "387", "trunk": "0", "ranges": [("61", 8, (2, 3, 3)), ("33", 8, (2, 3, 3))]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("97", 9, (2, 3, 2, 2)), ("63", 9, (2, 3, 2, 2))]},
    "ID": {"cc": "62", "trunk": "0", "ranges": [("812", 11, (3, 4, 4)), ("857", 11, (3, 4, 4))]},
    "MY": {"cc": "60", "trunk": "0", "ranges": [("12", 9, (2, 3, 4)), ("3", 9, (1, 4, 4))]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, (3, 4, 4)), ("30", 10, (2, 4, 4))]},
    "GB": {"cc": "44", "trunk": "0", "ranges": [("7700", 10, (4, 6)), ("20", 10, (2, 4, 4))]},
    "AU": {"cc": "61", "trunk": "0", "ranges": [("4", 9, (3, 3, 3)), ("2", 9, (1, 4, 4))]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("4", 8, (3, 2, 3)), ("9", 8, (3, 2, 3))]},
}
COUNTRIES = [("SE", 5), ("KR", 2), ("IL", 1), ("BD", 1), ("IN", 2), ("IR", 1), ("IQ", 1), ("RS", 1), ("BA", 2), ("UA", 2),
             ("ID", 2), ("MY", 1), ("DE", 1), ("GB", 1), ("AU", 1), ("NO", 1)]

MAIL_DOMAINS = [("naver.com", 2), ("ukr.net", 2), ("yahoo.co.id", 1), ("rediffmail.com", 1), ("outlook.com", 3),
                ("bredband2.se", 1), ("walla.co.il", 1), ("gmx.de", 1)]
ORG_DOMAINS = ["bostad-norrland.se", "kommun-ost.se", "skola-vasa.se", "eid-brygga.se", "socialtjanst.example.se"]
NETS4 = [("10.91", 4), ("172.30", 3), ("192.168.203", 2), ("62.20", 1), ("213.64", 1), ("195.178", 1)]
NETS6 = ["2001:2002:51e0", "2a00:801:3c5", "fd91:aa:4"]
OUIS = ["001b63", "b827eb", "0c8c24", "5c497d", "ac233f"]
TACS = ["35780912", "86769304", "35904208", "49015420"]
PLMNS = ["24001", "24007", "45005", "25501", "51010"]
BADGE_FORMS = ["B{d6}"]
BIRTH_YEARS = (1919, 2011)
ORGNR_LEADS = ["2321", "5590", "7164", "8020", "9697"]
EXTENSIONS = [(3300, 3799), (71000, 71999)]
PILOTS = ["3999", "71900", "3950", "71505"]
SERVICE_NUMBERS = ["112", "119", "1332", "100", "101", "102", "192", "1717", "110", "113", "911", "08-520 500 00", "020-45 45 45",
                   "116 000", "1022"]
SYSTEM_ACCOUNTS = ["root@pam", "elastic", "kibana_system", "www-data", "ftp", "anonymous", "svc-eid", "sesman", "Administrator"]
VERSIONS = ["8.14.3", "2.6.1", "pve-manager/8.2.4", "v0.10.1", "3.0.5", "10.9.7", "12.10.4.B701234"]
OIDS = ["1.2.752.201.3.1", "1.3.6.1.4.1.11256.1.0", "2.5.4.5"]
TICKETS = ["ÄR-{y}-{n}", "SOC{n}", "HSG-{n}", "KBN/{y}/{n}", "CASE#{n}"]
YEARS = [2027]
PLACES = ["Umeå", "Sarajevo", "Kharkiv", "Busan", "Haifa", "Chennai", "Sylhet", "Tabriz", "Erbil", "Bandung", "Luleå"]
HOSTS = ["vm-node2", "ftp-arkiv", "dhcp-a", "media01", "es-audit-3", "intercom-hub", "eid-rp1", "skola-app"]
TIME_RANGE = (1798761600, 1830297599)
