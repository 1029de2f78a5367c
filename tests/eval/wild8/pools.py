"""Value pools of wild8 (the eleventh pair's open half). sealed8's pools are
drawn disjointly: other cultures, countries, Swedish ranges, networks, OUIs,
TACs, PLMNs, domains, badge formats and another half-year."""

# Icelandic, Estonian, Hungarian (surname first), Greek (Greek script, Latin
# for logins), Portuguese (double surnames), Vietnamese (surname first),
# Amharic (Ge'ez script), Thai (Thai script), Urdu (Arabic script),
# Filipino, Swedish.
NAMES = {
    "is": {"given": ["Guðrún", "Sigurður", "Þórdís", "Ragnheiður", "Kjartan", "Hrafnhildur", "Ólafur", "Ásdís", "Baldur", "Eyrún"],
           "surname": ["Jónsdóttir", "Gunnarsson", "Þórsdóttir", "Magnússon", "Sigurðardóttir", "Ólafsson", "Hjaltested", "Kristjánsdóttir"]},
    "ee": {"given": ["Kadri", "Tõnu", "Mari-Liis", "Jüri", "Ülle", "Priit", "Kätlin", "Rasmus", "Triin", "Siim"],
           "surname": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Põder", "Rebane", "Kõiv", "Pärn", "Ilves"]},
    "hu": {"given": ["Zsófia", "Bence", "Réka", "Gergely", "Ildikó", "Ádám", "Eszter", "Levente", "Noémi", "Csaba"],
           "surname": ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"],
           "order": "sg"},
    "gr": {"given": ["Γιώργος|Giorgos", "Ελένη|Eleni", "Δημήτρης|Dimitris", "Κατερίνα|Katerina", "Νίκος|Nikos", "Σοφία|Sofia", "Αθανάσιος|Athanasios", "Βασιλική|Vasiliki"],
           "surname": ["Παπαδόπουλος|Papadopoulos", "Οικονόμου|Oikonomou", "Γεωργίου|Georgiou", "Καραγιάννη|Karagianni", "Βλάχος|Vlachos", "Αντωνίου|Antoniou", "Μαυρίδης|Mavridis"]},
    "gr-latin": {"given": ["Konstantinos", "Eleftheria", "Panagiotis", "Stavroula", "Ioannis", "Chrysoula"],
                 "surname": ["Papadakis", "Christodoulou", "Nikolaidis", "Alexiou", "Tsakiris", "Zervou"]},
    "pt": {"given": ["João", "Inês", "Gonçalo", "Mariana", "Tiago", "Beatriz", "Rui", "Leonor", "Conceição", "Duarte"],
           "surname": ["Carvalho", "Gonçalves", "Fernandes", "Sousa", "Magalhães", "Assunção", "Ribeiro", "Brandão", "Pereira", "Loureiro"],
           "double": 0.6},
    "vi": {"given": ["Thị Hương", "Văn Minh", "Ngọc Anh", "Quang Huy", "Thu Trang", "Đức Thắng", "Bảo Châu", "Hoàng Long"],
           "surname": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"], "order": "sg"},
    "am": {"given": ["ሰላም|Selam", "ዳዊት|Dawit", "ሄለን|Helen", "ተስፋዬ|Tesfaye", "መሰረት|Meseret", "ብርሃኑ|Birhanu"],
           "surname": ["ገብረመድህን|Gebremedhin", "ታደሰ|Tadesse", "አለሙ|Alemu", "ወልደማርያም|Woldemariam", "በቀለ|Bekele"]},
    "am-latin": {"given": ["Abebech", "Yonas", "Tigist", "Henok", "Mekdes", "Kidus"],
                 "surname": ["Haile", "Tesfaye", "Girma", "Mengistu", "Assefa", "Demissie"]},
    "th": {"given": ["สมชาย|Somchai", "สุดารัตน์|Sudarat", "ณัฐพล|Nattapon", "พิมพ์ชนก|Pimchanok", "อนุชา|Anucha"],
           "surname": ["ศรีสุข|Srisuk", "วงศ์ใหญ่|Wongyai", "แก้วมณี|Kaewmanee", "ทองดี|Thongdee", "บุญมา|Boonma"]},
    "th-latin": {"given": ["Kittipong", "Supaporn", "Thanawat", "Arunee"],
                 "surname": ["Chaiyaporn", "Rattanakorn", "Sukprasert", "Phromma"]},
    "ur": {"given": ["عائشہ|Ayesha", "عمران|Imran", "فاطمہ|Fatima", "بلال|Bilal", "ثناء|Sana", "حمزہ|Hamza"],
           "surname": ["قریشی|Qureshi", "چوہدری|Chaudhry", "بٹ|Butt", "ملک|Malik", "شیخ|Sheikh"]},
    "ur-latin": {"given": ["Zainab", "Usman", "Mehwish", "Faisal", "Rabia"],
                 "surname": ["Siddiqui", "Awan", "Rana", "Hashmi", "Javed"]},
    "ph": {"given": ["Maricel", "Jerome", "Rowena", "Arnel", "Jocelyn", "Rodel", "Lovely", "Jun-Jun"],
           "surname": ["Dela Cruz", "Bautista", "Macaraeg", "Villanueva", "Dimaculangan", "Santos", "Magbanua"]},
    "se": {"given": ["Åsa", "Linnéa", "Göran", "Torbjörn", "Märta", "Alvar", "Ingegerd", "Sixten"],
           "surname": ["Lindqvist", "Östlund", "Bergström", "Wikström", "Hedlund", "Sjöberg", "Åkesson"]},
}
CULTURES = {"is": 3, "ee": 3, "hu": 3, "gr": 2, "gr-latin": 2, "pt": 3, "vi": 3, "am": 1, "am-latin": 2,
            "th": 1, "th-latin": 1, "ur": 1, "ur-latin": 2, "ph": 3, "se": 3}

LOGIN_FORMS = {"g.s": 4, "g1s": 3, "s.g": 2, "s2g2N": 1, "g1s1NNNN": 2, "gsN": 1, "G.S": 1, "g_s": 1}

COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "mobile": ["70", "72", "76"], "fixed": ["8", "31", "40", "18"], "len": 9, "groups": [2, 3, 2, 2]},
    "IS": {"cc": "354", "trunk": "", "mobile": ["6", "7", "8"], "fixed": ["5", "4"], "len": 7, "groups": [3, 4]},
    "EE": {"cc": "372", "trunk": "", "mobile": ["5"], "fixed": ["6"], "len": 8, "groups": [4, 4]},
    "HU": {"cc": "36", "trunk": "06", "mobile": ["20", "30", "70"], "fixed": ["1"], "len": 9, "groups": [2, 3, 4]},
    "GR": {"cc": "30", "trunk": "", "mobile": ["69"], "fixed": ["21"], "len": 10, "groups": [3, 3, 4]},
    "PT": {"cc": "351", "trunk": "", "mobile": ["91", "93", "96"], "fixed": ["21", "22"], "len": 9, "groups": [3, 3, 3]},
    "VN": {"cc": "84", "trunk": "0", "mobile": ["90", "98", "86"], "fixed": ["24", "28"], "len": 9, "groups": [2, 3, 4]},
    "ET": {"cc": "251", "trunk": "0", "mobile": ["91", "92"], "fixed": ["11"], "len": 9, "groups": [2, 3, 4]},
    "TH": {"cc": "66", "trunk": "0", "mobile": ["8", "9", "6"], "fixed": ["2"], "len": 9, "groups": [2, 3, 4]},
    "PK": {"cc": "92", "trunk": "0", "mobile": ["30", "31", "33"], "fixed": ["21", "42"], "len": 10, "groups": [3, 7]},
    "PH": {"cc": "63", "trunk": "0", "mobile": ["917", "918", "927"], "fixed": ["2"], "len": 10, "groups": [3, 3, 4]},
    "BR": {"cc": "55", "trunk": "", "mobile": ["119", "219", "319"], "fixed": ["113"], "len": 11, "groups": [2, 5, 4]},
    "US": {"cc": "1", "trunk": "1", "mobile": ["212", "415", "617"], "fixed": ["312"], "len": 10, "groups": [3, 3, 4]},
    "IE": {"cc": "353", "trunk": "0", "mobile": ["83", "85", "87"], "fixed": ["1"], "len": 9, "groups": [2, 3, 4]},
    "CH": {"cc": "41", "trunk": "0", "mobile": ["76", "78", "79"], "fixed": ["44"], "len": 9, "groups": [2, 3, 2, 2]},
    "AT": {"cc": "43", "trunk": "0", "mobile": ["664", "676", "699"], "fixed": ["1"], "len": 10, "groups": [3, 7]},
}
PHONE_WEIGHTS = {"SE": 6, "IS": 2, "EE": 2, "HU": 2, "GR": 2, "PT": 2, "VN": 2, "ET": 1, "TH": 1, "PK": 2,
                 "PH": 2, "BR": 1, "US": 1, "IE": 1, "CH": 1, "AT": 1}

# Look-alikes: emergency, service and published numbers of wild8's countries.
SERVICE_NUMBERS = ["112", "1177", "114 14", "0771-567 567", "020-41 41 41", "911", "999", "144", "104",
                   "1669", "115", "113", "1414", "0800 123 000", "116 111", "1818"]

BIRTH_YEARS = (1931, 2009)
ORGNR_FIRST = ["55", "556", "559", "802", "716"]
TACS = ["35391110", "35876510", "35284811", "86920604", "35430211"]
PLMNS = ["24007", "24024", "27401", "24801", "21601", "26801", "45204", "52003", "41001"]
NETS4 = ["10.44", "10.187", "172.22", "192.168.58", "100.66", "185.47.120", "81.15.200", "194.105.77"]
NETS6 = ["2a02:aa8:4410", "2001:67c:2b0", "fd3c:8e1:77", "2a00:c98:1200"]
OUIS = ["3C22FB", "F01898", "B827EB", "001B63", "ACDE48", "E4A7A0", "0C8DDB", "7C2EDA"]
MAIL_DOMAINS = {"hraun.is": 2, "postur.ee": 2, "freemail.hu": 2, "otenet.gr": 1, "sapo.pt": 2, "vnn.vn": 1,
                "ethionet.et": 1, "mail.ph": 1, "gmail.com": 3, "telia.com": 2, "vardcentral-norr.se": 1}
CORP = ["hraunvik.is", "stjarnholm.se", "lagunamar.pt"]
BADGE_FORMS = {"wiegand": 3, "card10": 2, "uid7": 2, "prefix": 1}
BADGE_PREFIXES = ["HV-", "K"]
TIME_RANGE = (1782864000, 1798675200)  # 2026-07-01 .. 2026-12-31
