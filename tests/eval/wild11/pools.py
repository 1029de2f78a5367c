"""Value pools of wild11 (the fourteenth pair's open half). Disjoint from sealed11's."""

NAMES = {
    "pl": {"given": ["Zbigniew", "Małgorzata", "Grzegorz", "Agnieszka", "Wojciech", "Jadwiga", "Przemysław", "Bożena"],
           "surname": ["Wróblewski", "Szczepańska", "Kaczmarek", "Grabowska", "Zieliński", "Dąbrowska", "Pietrzak"]},
    "cz": {"given": ["Jiří", "Kateřina", "Radek", "Zdeňka", "Vojtěch", "Lenka"],
           "surname": ["Dvořák", "Procházková", "Kučera", "Veselá", "Horák", "Němcová", "Šťastný"]},
    "hu": {"given": ["Zsolt", "Erzsébet", "Bence", "Ildikó", "Gergő", "Réka"],
           "surname": ["Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Farkas", "Nagy"], "order": "sg"},
    "fi": {"given": ["Juhani", "Aino", "Tuomas", "Sirpa", "Eetu", "Kaisu"],
           "surname": ["Virtanen", "Mäkinen", "Nieminen", "Heikkilä", "Järvinen", "Lehtonen"]},
    "ee": {"given": ["Priit", "Kadri", "Tõnu", "Liina", "Margus"],
           "surname": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane"]},
    "lt": {"given": ["Mindaugas", "Rūta", "Darius", "Eglė", "Vytautas"],
           "surname": ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė", "Stankevičius"]},
    "jp": {"given": ["大輔|Daisuke", "美咲|Misaki", "健太|Kenta", "由美|Yumi", "翔|Sho"],
           "surname": ["佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "渡辺|Watanabe", "小林|Kobayashi"],
           "order": "sg", "nospace": True, "latin": False},
    "ph": {"given": ["Maricel", "Rodrigo", "Jerome", "Lourdes", "Arnel"],
           "surname": ["Dela Cruz", "Bautista", "Villanueva", "Macaraeg", "Tolentino"]},
    "sw": {"given": ["Wanjiru", "Baraka", "Neema", "Juma", "Zawadi", "Otieno"],
           "surname": ["Mwangi", "Kimaro", "Mushi", "Njoroge", "Achieng", "Massawe"]},
    "se": {"given": ["Gunnel", "Torbjörn", "Ylva", "Östen", "Märta"],
           "surname": ["Lindqvist", "Åkesson", "Hedlund", "Sjöberg", "Wikström"]},
}
CULTURES = [("pl", 3), ("cz", 2), ("hu", 2), ("fi", 2), ("ee", 1), ("lt", 1), ("jp", 1), ("ph", 1), ("sw", 2), ("se", 3)]

PHONES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("70", 9, (2, 3, 2, 2)), ("73", 9, (2, 3, 2, 2)), ("31", 9, (2, 3, 2, 2)), ("8", 9, (1, 3, 3, 2))]},
    "PL": {"cc": "48", "trunk": "", "ranges": [("60", 9, (3, 3, 3)), ("51", 9, (3, 3, 3)), ("22", 9, (2, 3, 2, 2))]},
    "CZ": {"cc": "420", "trunk": "", "ranges": [("60", 9, (3, 3, 3)), ("77", 9, (3, 3, 3)), ("2", 9, (3, 3, 3))]},
    "HU": {"cc": "36", "trunk": "06", "ranges": [("30", 9, (2, 3, 4)), ("70", 9, (2, 3, 4)), ("1", 8, (1, 3, 4))]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("40", 9, (2, 3, 4)), ("50", 9, (2, 3, 4)), ("9", 8, (1, 3, 4))]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, (4, 4)), ("6", 7, (3, 4))]},
    "LT": {"cc": "370", "trunk": "8", "ranges": [("6", 8, (3, 5)), ("5", 8, (1, 3, 4))]},
    "JP": {"cc": "81", "trunk": "0", "ranges": [("90", 10, (2, 4, 4)), ("80", 10, (2, 4, 4)), ("3", 9, (1, 4, 4))]},
    "PH": {"cc": "63", "trunk": "0", "ranges": [("917", 10, (3, 3, 4)), ("928", 10, (3, 3, 4))]},
    "KE": {"cc": "254", "trunk": "0", "ranges": [("7", 9, (3, 3, 3)), ("11", 9, (3, 3, 3))]},
    "TZ": {"cc": "255", "trunk": "0", "ranges": [("75", 9, (3, 3, 3)), ("68", 9, (3, 3, 3))]},
    "CA": {"cc": "1", "trunk": "", "ranges": [("416", 10, (3, 3, 4)), ("604", 10, (3, 3, 4))]},
    "SK": {"cc": "421", "trunk": "0", "ranges": [("90", 9, (3, 3, 3)), ("2", 9, (1, 4, 4))]},
    "LV": {"cc": "371", "trunk": "", "ranges": [("2", 8, (4, 4))]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("67", 9, (2, 3, 2, 2)), ("50", 9, (2, 3, 2, 2))]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("6", 7, (3, 4)), ("8", 7, (3, 4))]},
}
COUNTRIES = [("SE", 5), ("PL", 3), ("CZ", 2), ("HU", 2), ("FI", 2), ("EE", 1), ("LT", 1), ("JP", 1), ("PH", 1),
             ("KE", 1), ("TZ", 1), ("CA", 1), ("SK", 1), ("LV", 1), ("UA", 1), ("IS", 1)]

MAIL_DOMAINS = [("wp.pl", 2), ("seznam.cz", 2), ("freemail.hu", 1), ("elisa.fi", 1), ("hot.ee", 1), ("gmail.com", 3),
                ("telia.com", 1), ("yahoo.co.jp", 1), ("kolmarden-vard.se", 1)]
ORG_DOMAINS = ["insura-nord.se", "laddnat.se", "vastlanken-logistik.se", "bibliotek-orebro.se", "larmcentral.fi"]
NETS4 = [("10.44", 4), ("172.21", 3), ("192.168.77", 2), ("83.31", 1), ("91.150", 1), ("185.39", 1)]
NETS6 = ["2a02:a31b:84c0", "2001:6a0:1f4", "fd3e:77:5"]
OUIS = ["3c2c30", "a4c3f0", "f0b429", "d83add", "70b3d5"]
TACS = ["35391810", "35672411", "86920204", "35332209"]
PLMNS = ["26001", "26003", "23002", "21630", "24491"]
BADGE_FORMS = ["B{d6}"]
BIRTH_YEARS = (1921, 2008)
ORGNR_LEADS = ["5568", "5569", "2120", "8024", "7696"]
EXTENSIONS = [(2100, 2899), (46000, 46999)]
PILOTS = ["2999", "46900", "2500", "46555"]
SERVICE_NUMBERS = ["112", "997", "999", "155", "150", "116 117", "1177", "114 14", "113 13", "0800 77 11 22", "020-22 55 00",
                   "19 112", "118 118", "800 123 456"]
SYSTEM_ACCOUNTS = ["postgres", "root", "svc_backup", "nagios", "ocpp-gateway", "system:serviceaccount:kube-system:replicaset-controller",
                   "sip2_selfcheck", "administrator", "scada-historian"]
VERSIONS = ["15.4", "v2.8.1", "2024.12.3", "4.0.11-1+deb12u2", "1.6J", "9.21.16.3", "build 7702.114"]
OIDS = ["1.3.6.1.4.1.8072.3.2.10", "2.16.840.1.113883.2.9.4.3.2", "1.2.752.129.2.1.3.1"]
TICKETS = ["CLM-{y}-{n}", "INC{n}", "ZGL/{n}/{y}", "WO-{n}", "TX{n}"]
YEARS = [2026]
PLACES = ["Brno", "Łódź", "Tampere", "Debrecen", "Kaunas", "Tartu", "Örebro", "Västerås", "Dodoma", "Cebu"]
HOSTS = ["pg-claims-01", "ocpp-cs2", "lib-sip2", "arc-recv1", "hmi-line4", "cad-app02", "pos-gw7", "sw-core-3"]
TIME_RANGE = (1767225600, 1798761599)
