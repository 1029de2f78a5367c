"""Value pools of the sealed split (the fourth pair's sealed half).

Disjoint from wild/pools.py: other cultures and scripts, other countries,
other Swedish number ranges and extensions, other networks, OUIs, TACs,
PLMNs, realms and another year.
"""

NAMES = {
    "ethiopian": {"given": ["ሄኖክ|Henok", "መሰረት|Meseret", "ዮሐንስ|Yohannes", "ብርሃኔ|Birhane", "ፀሐይ|Tsehay"],
                  "surname": ["ተስፋዬ|Tesfaye", "ገብረመድህን|Gebremedhin", "አለሙ|Alemu", "በቀለ|Bekele", "ወልደ|Wolde"]},
    "ethiopian-latin": {"given": ["Selamawit", "Dawit", "Hiwot", "Tewodros", "Mekdes", "Abebe"],
                        "surname": ["Haile", "Girma", "Tadesse", "Kebede", "Assefa", "Mulugeta"]},
    "japanese": {"given": ["陽翔|Haruto", "結衣|Yui", "蓮|Ren", "美咲|Misaki", "大輝|Daiki"],
                 "surname": ["佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "渡辺|Watanabe", "伊藤|Ito"],
                 "order": "surname-first"},
    "japanese-latin": {"given": ["Kenta", "Ayaka", "Shota", "Haruka", "Yusuke"],
                       "surname": ["Yamamoto", "Nakamura", "Kobayashi", "Matsumoto", "Inoue"]},
    "thai": {"given": ["สมชาย|Somchai", "วิไล|Wilai", "ธนากร|Thanakorn", "กมลชนก|Kamonchanok", "ประยุทธ|Prayut"],
             "surname": ["ศรีสุข|Srisuk", "วงศ์สวัสดิ์|Wongsawat", "แก้วมณี|Kaewmanee", "บุญมา|Boonma"]},
    "thai-latin": {"given": ["Nattapong", "Siriporn", "Chaiwat", "Pimchanok"],
                   "surname": ["Rattanakosin", "Phongsathorn", "Jitprasong", "Saengthong"]},
    "hindi": {"given": ["अर्जुन|Arjun", "प्रिया|Priya", "राहुल|Rahul", "अनन्या|Ananya", "विक्रम|Vikram"],
              "surname": ["शर्मा|Sharma", "वर्मा|Verma", "गुप्ता|Gupta", "चौहान|Chauhan", "त्रिपाठी|Tripathi"]},
    "indian-latin": {"given": ["Lakshmi", "Venkatesh", "Deepika", "Sanjay", "Meenakshi", "Aravind"],
                     "surname": ["Subramanian", "Krishnamurthy", "Iyer", "Reddy", "Nair", "Bhattacharya"]},
    "ukrainian": {"given": ["Олександр|Oleksandr", "Оксана|Oksana", "Богдан|Bohdan", "Ірина|Iryna", "Тарас|Taras"],
                  "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko",
                              "Ткачук|Tkachuk", "Мельник|Melnyk"]},
    "icelandic": {"given": ["Sigríður", "Guðmundur", "Þórdís", "Ragnheiður", "Einar", "Hrafnhildur"],
                  "surname": ["Jónsdóttir", "Sigurðsson", "Þorsteinsdóttir", "Magnússon", "Ólafsdóttir"]},
    "chilean": {"given": ["Catalina", "Matías", "Francisca", "Benjamín", "Valentina", "Joaquín"],
                "surname": ["Muñoz", "Rojas", "Contreras", "Sepúlveda", "Fuentes", "Valenzuela"],
                "double_surname": 0.8, "joiner": " "},
    "swedish": {"given": ["Ebba", "Alvar", "Tuva", "Vilgot", "Majken", "Ossian", "Siv", "Birger"],
                "surname": ["Björklund", "Ekholm", "Fors", "Hägglund", "Lundmark", "Strömqvist", "Öhman"]},
    "finland-swedish": {"given": ["Tove", "Mikael", "Annika", "Fredrik"],
                        "surname": ["Grönroos", "Westerlund", "Söderholm", "Backman"]},
}
CULTURE_WEIGHTS = {"ethiopian": 4, "ethiopian-latin": 8, "japanese": 5, "japanese-latin": 6, "thai": 4,
                   "thai-latin": 6, "hindi": 4, "indian-latin": 9, "ukrainian": 8, "icelandic": 7, "chilean": 9,
                   "swedish": 18, "finland-swedish": 5}
P_USER_DIACRITICS = 0.04
P_EMAIL_UNICODE = 0.06
USER_FORMS = {"g.s": 18, "gs": 10, "g1.s": 8, "g1s": 8, "s.g": 6, "g3s3N": 8, "emp": 8, "gN": 4, "g_s": 6,
              "gs1": 4}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("70", 9, "mobile", [2, 3, 2, 2]), ("76", 9, "mobile", [2, 3, 2, 2]),
                      ("18", 8, "fixed", [2, 2, 2, 2]), ("90", 8, "fixed", [2, 2, 2, 2])]},
    "ET": {"cc": "251", "trunk": "0", "ranges": [("91", 9, "mobile", [2, 3, 4]), ("11", 9, "fixed", [2, 3, 4])]},
    "JP": {"cc": "81", "trunk": "0", "ranges": [("90", 10, "mobile", [2, 4, 4]), ("3", 9, "fixed", [1, 4, 4])]},
    "TH": {"cc": "66", "trunk": "0", "ranges": [("81", 9, "mobile", [2, 3, 4]), ("2", 8, "fixed", [1, 3, 4])]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", [5, 5]), ("80", 10, "fixed", [2, 4, 4])]},
    "UA": {"cc": "380", "trunk": "0", "ranges": [("67", 9, "mobile", [2, 3, 2, 2]), ("44", 9, "fixed", [2, 3, 2, 2])]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("8", 7, "mobile", [3, 4]), ("5", 7, "fixed", [3, 4])]},
    "CL": {"cc": "56", "trunk": "", "ranges": [("9", 9, "mobile", [1, 4, 4]), ("22", 9, "fixed", [1, 4, 4])]},
    "CA": {"cc": "1", "trunk": "1", "ranges": [("416", 10, "fixed", [3, 3, 4]), ("604", 10, "mobile", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 40, "ET": 7, "JP": 7, "TH": 7, "IN": 8, "UA": 8, "IS": 5, "CL": 7, "CA": 6}
PHONE_STYLES = {"e164": 28, "e164-spaced": 12, "00": 10, "00-spaced": 4, "national": 24, "national-digits": 16,
                "paren0": 3, "cc-digits": 5}
PHONE_SEPARATORS = {" ": 5, "-": 3, "": 2}
EXTENSIONS = [(5500, 5899), (43100, 43499)]

BIRTH_YEARS = (1980, 2014)
PNR_STYLES = {"10-dash": 36, "12": 24, "12-dash": 30, "10": 6, "12-space": 4}
ORGNR_GROUPS = ["2", "8", "9"]
ORGNR_STYLES = {"dash": 65, "plain": 30, "16": 5}

IMEI_TACS = ["35407115", "86891203", "35290611", "01332700", "35346611"]
IMEI_STYLES = {"plain": 65, "dashed": 20, "spaced": 5, "tac-snr": 10}
IMSI_PLMNS = ["24007", "24024", "20404", "21407"]

IPV4_NETS = {"10.132": 18, "172.30.77": 12, "192.168.203": 8, "213.115": 8, "62.20": 8, "155.4": 6,
             "158.174": 6, "83.233": 6}
IPV6_STYLES = {"compressed": 55, "full": 8, "upper": 12, "mapped": 12, "link-local": 8, "nat64": 5}
IPV6_NETS = {"2001:6b0:5:1f04": 10, "2a01:2b0:8100:3": 8, "2a05:d018:9c2:7e": 6, "fdae:41c9:2207:5": 5}

MAC_OUIS = ["b827eb", "dca632", "f8ffc2", "2c4d54", "ace2d3", "9cb6d0", "e4b97a", "3492c2"]
MAC_STYLES = {"colon": 30, "COLON": 15, "dash": 25, "cisco": 15, "bare": 5, "dash-lower": 10}

EMAIL_DOMAINS = {"norrlandsregion.se": 10, "umea-energi.se": 6, "ethionet.et": 3, "docomo.ne.jp": 2,
                 "outlook.com": 6, "icloud.com": 4, "ukr.net": 3, "rediffmail.com": 2, "vtr.net": 2, "simnet.is": 2}
REALMS = ["NORRLAND.REG", "AD.UMEAENERGI.SE"]
NETBIOS = ["NLREG", "UENERGI", "SKOLA"]

SERVICE_NUMBERS = ["112", "1177", "116111", "116117", "113 13", "114 14", "90000"]
VERSIONS = ["16.1.4", "9.1.18.21", "6.5.27", "8.1.93", "17.0.1.0", "5.2.14", "22.7.2.3"]
USER_AGENTS = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15",
               "Pulse-Secure/9.1.18.21 (Windows 10) Pulse/9.1.18", "F5 Access/3.1.2 (iOS 17.4)",
               "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)"]
OIDS = ["1.3.6.1.4.1.3375.2.1.1.2", "1.3.6.1.4.1.5003.9.10.3.1"]
TICKET_FORMATS = ["ÄR-{y}-{n}", "DNR {y}/{n}", "KS{n}", "PRB{n}", "WO-{n}"]
SSH_ALGS = ["ssh-ed25519", "chacha20-poly1305@openssh.com"]
SPN_SERVICES = ["cifs/{host}@{realm}", "host/{host}@{realm}"]
CAPITALISED = ["Umeå", "Skellefteå", "Luleå", "Norrland", "Big-IP", "Edge Client", "Access Policy", "Tuesday",
               "Piteå", "Kiruna", "Röbäck", "Holmsund"]
PLACES = ["Umeå", "Skellefteå", "Luleå", "Piteå", "Kiruna", "Lycksele"]
SYSTEM_USERS = ["svc_f5apm", "nobody", "sssd", "f5admin", "sa_jasmin", "monitor", "system", "svc-scan01"]
TIME_RANGE = (1830297600, 1861920000)  # 2028-01-01 .. 2029-01-01
HOSTS = ["ume-bigip01", "pcs-node2", "lul-wlc9800", "sbc-ume-a", "smsc-gw1", "jrnl-app04", "ske-dc02",
         "meraki-mx1", "uctl01", "sn-mid3"]
INTERNAL_DOMAINS = ["norrland.reg", "ad.umeaenergi.se", "mgmt.nlreg.net"]
URL_PATHS = ["/my.policy", "/dana-na/auth/url_default/welcome.cgi", "/vdesk/webtop.eui", "/api/v2/records",
             "/dana/home/index.cgi"]
