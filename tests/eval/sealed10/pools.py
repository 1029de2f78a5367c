"""Value pools of sealed10, the thirteenth pair's kept-aside half.

Disjoint from wild10's: other cultures and scripts, countries (Sweden aside,
with other names), networks, OUIs, TACs, PLMNs, domains, badge formats and
another year.
"""

CULTURES = {
    "ukrainian": {"given": ["Олена|Olena", "Тарас|Taras", "Ганна|Hanna", "Богдан|Bohdan", "Оксана|Oksana", "Юрій|Yurii"],
                  "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko", "Ткачук|Tkachuk",
                              "Мельник|Melnyk"]},
    "ukrainian_latin": {"given": ["Andrii", "Iryna", "Mykola", "Khrystyna"],
                        "surname": ["Hrytsenko", "Savchuk", "Kravets", "Lysenko"]},
    "russian": {"given": ["Наталья|Natalya", "Дмитрий|Dmitry", "Светлана|Svetlana", "Алексей|Aleksei"],
                "surname": ["Смирнова|Smirnova", "Кузнецов|Kuznetsov", "Соколова|Sokolova", "Волков|Volkov"]},
    "arabic": {"given": ["محمد|Mohammed", "فاطمة|Fatima", "يوسف|Youssef", "مريم|Maryam", "عمر|Omar", "نور|Nour"],
               "surname": ["الحسيني|Al-Husseini", "منصور|Mansour", "العبدالله|Al-Abdullah", "حداد|Haddad", "الشامي|Al-Shami"]},
    "arabic_latin": {"given": ["Abdelkader", "Khadija", "Mustafa", "Layla", "Hamza"],
                     "surname": ["El Amrani", "Benali", "Abdel-Rahman", "Al-Tamimi", "Ouazzani"]},
    "farsi": {"given": ["مهسا|Mahsa", "رضا|Reza", "شیرین|Shirin", "کامران|Kamran"],
              "surname": ["رضایی|Rezaei", "محمدی|Mohammadi", "حسینی|Hosseini", "کریمی|Karimi"]},
    "urdu": {"given": ["عائشہ|Ayesha", "عمران|Imran", "حنا|Hina", "بلال|Bilal"],
             "surname": ["چوہدری|Chaudhry", "قریشی|Qureshi", "بٹ|Butt", "ملک|Malik"]},
    "hindi": {"given": ["प्रिया|Priya", "अर्जुन|Arjun", "अनन्या|Ananya", "राहुल|Rahul"],
              "surname": ["शर्मा|Sharma", "वर्मा|Verma", "गुप्ता|Gupta", "अय्यर|Iyer"]},
    "indian_latin": {"given": ["Lakshmi", "Venkatesh", "Deepika", "Siddharth"],
                     "surname": ["Subramanian", "Chatterjee", "Reddy", "Krishnamurthy"]},
    "thai": {"given": ["สมชาย|Somchai", "มาลี|Malee", "ณัฐพล|Nattaphon", "กนกวรรณ|Kanokwan"],
             "surname": ["ศรีสุข|Srisuk", "วงศ์ใหญ่|Wongyai", "แก้วมณี|Kaewmanee", "บุญมา|Boonma"]},
    "vietnamese": {"given": ["Thị Hương", "Văn Minh", "Ngọc Anh", "Quang Huy", "Thu Trang"],
                   "surname": ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng"], "order": "surname-first"},
    "chinese": {"given": ["伟|Wei", "秀英|Xiuying", "静|Jing", "志强|Zhiqiang", "丽娜|Lina"],
                "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen"], "order": "surname-first"},
    "amharic": {"given": ["አበበ|Abebe", "ትዕግስት|Tigist", "ዳዊት|Dawit", "ሰላም|Selam"],
                "surname": ["ተስፋዬ|Tesfaye", "በቀለ|Bekele", "ገብሬ|Gebre", "ኃይሉ|Hailu"]},
    "tigrinya": {"given": ["ሳባ|Saba", "ዮናስ|Yonas", "ሓጎስ|Hagos", "ሉላ|Lula"],
                 "surname": ["ተኽለ|Tekle", "ወልደሚካኤል|Woldemichael", "ገብረሂወት|Gebrehiwet"]},
    "somali": {"given": ["Hodan", "Abdirahman", "Faadumo", "Liban", "Sahra", "Mahad"],
               "surname": ["Warsame", "Farah", "Cabdulle", "Jama", "Xasan", "Nuur"]},
    "turkish": {"given": ["Çağla", "Gökhan", "Şükrü", "Ayşegül", "Ömer", "İlkay"],
                "surname": ["Yılmaz", "Öztürk", "Çelik", "Kılıçdaroğlu", "Şahin", "Güneş"]},
    "danish": {"given": ["Søren", "Mette", "Jørgen", "Ditte", "Asger"],
               "surname": ["Kjærgaard", "Østergaard", "Mørch", "Sørensen", "Bækgaard"]},
    "finnish": {"given": ["Päivi", "Jyrki", "Aino", "Väinö", "Sanna"],
                "surname": ["Hämäläinen", "Kärkkäinen", "Mäkelä", "Lähteenmäki", "Ylönen"]},
    "swedish": {"given": ["Astrid", "Folke", "Signe", "Torbjörn", "Elsa", "Halvar"],
                "surname": ["Forsberg", "Strömgren", "Bergqvist", "Ekdahl", "Grönlund"]},
}
CULTURE_WEIGHTS = {"ukrainian": 6, "ukrainian_latin": 3, "russian": 4, "arabic": 7, "arabic_latin": 5, "farsi": 5,
                   "urdu": 4, "hindi": 4, "indian_latin": 4, "thai": 4, "vietnamese": 6, "chinese": 5, "amharic": 3,
                   "tigrinya": 3, "somali": 5, "turkish": 6, "danish": 5, "finnish": 5, "swedish": 7}

LOGIN_FORMS = {"g.s": 4, "g1s": 3, "s.g": 3, "s1g": 3, "gs": 2, "s4g2N": 3, "g-s": 2, "gN": 2, "G1S": 2, "s-g": 1,
               "stud": 2}
P_LOGIN_UNICODE = 0.05
P_MAIL_UNICODE = 0.12
MAIL_DOMAINS = {"ukr.net": 3, "mail.ru": 2, "yandex.ru": 1, "hotmail.com": 4, "yahoo.com": 3, "gmail.com": 5,
                "mail.com": 2, "live.dk": 2, "suomi24.fi": 2, "tutanota.com": 1, "qq.com": 2, "163.com": 1,
                "ethionet.et": 1, "kommun.example.se": 2, "stad.example.dk": 1, "hotel-nord.example.fi": 1,
                "öresund-tolk.se": 1}

PHONE_WEIGHTS = {"SE": 10, "DK": 5, "FI": 5, "UA": 6, "TR": 5, "EG": 3, "IR": 4, "PK": 3, "IN": 4, "TH": 3,
                 "VN": 4, "CN": 3, "ET": 3, "ER": 2, "SO": 4, "MA": 3}
PHONE_STYLES = {"e164": 5, "intl": 5, "00": 3, "00sp": 2, "cc": 2, "intl0": 1, "nat": 6, "natd": 3}
EXTENSIONS = [(5100, 5499), (7300, 7699)]

BIRTH_YEARS = (1919, 2013)
PNR_STYLES = {"10": 2, "10-": 3, "12": 3, "12-": 4, "12 ": 1}
ORGNR_FIRST = ["55", "56", "55", "21", "82", "91"]
TACS = ["35925406", "35236112", "86891804", "35714109", "01326300", "35446611"]
PLMNS = ["23802", "24405", "25501", "28601", "41601", "52001", "45204", "46000", "24001"]
OUIS = ["001a11", "28cfe9", "5c514f", "e4b97a", "0050b6", "bc5ff4", "60a44c", "9c2a83", "f4f5e8"]
MAC_STYLES = {"colon": 4, "COLON": 3, "dash": 2, "DASH": 2, "dot": 1, "bare": 1, "hw": 1}
NETS4 = {"10.130": 4, "172.29": 3, "192.168.210": 2, "100.81": 4, "62.20": 2, "78.70": 2, "91.150": 2,
         "145.236": 1, "5.150": 1}
NETS6 = ["2a05:d014:9c", "2a00:801:4e0", "2001:67c:2e8:22", "2001:db8:5e10", "2a02:2f0c:8a"]
IP6_STYLES = {"plain": 4, "short": 3, "full": 1, "upper": 2, "mapped": 1}
BADGE_FORMS = {"B-######": 5, "ID-######": 2, "B-###-###": 1}

SERVICE_NUMBERS = ["112", "114", "1813", "116 117", "155", "156", "122", "123", "110", "1122", "108", "191", "1669",
                   "113", "120", "119", "991", "907", "888", "177", "101", "102", "103", "1177", "114 14", "90000"]
SYSTEM_ACCOUNTS = ["root", "administrator", "daemon", "turnserver", "ocserv", "pluto", "guest", "kiosk", "svc-pms",
                   "noreply", "postgres"]
VERSIONS = ["4.6.2", "5.0.1", "1.3.3", "4.12.1", "2025.04", "6.8.0-51-generic", "3.2.1.7", "8.1.0.114"]
TIME_RANGE = (1735689600, 1767225599)  # 2025
CUCM_CLUSTER = "CUCM-STAD-A"
REALMS = ["STAD.EXAMPLE.DK", "KOMMUN.LOCAL"]
