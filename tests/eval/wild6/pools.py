"""Value pools of the wild6 split (the ninth pair's development half).
Disjoint from sealed6's: other cultures' name lists, account conventions,
countries and number ranges, birth years, orgnr groups, TACs, PLMNs, OUIs,
networks, domains, badge formats and half-year."""

CULTURES = {
    "polish": {"w": 6, "given": ["Zbigniew", "Grażyna", "Przemysław", "Małgorzata", "Wojciech", "Bożena", "Jędrzej",
                                 "Agnieszka", "Radosław", "Żaneta", "Mirosław", "Halina"],
               "surname": ["Wiśniewski", "Dąbrowska", "Kaczmarek", "Szymańska", "Wróbel", "Zieliński", "Pawłowska",
                           "Grzybowski", "Jabłońska", "Kołodziej", "Sikora", "Wójcik"]},
    "turkish": {"w": 5, "given": ["Gökhan", "Şule", "Yusuf", "Büşra", "Oğuz", "Nurcan", "Emre", "Çağla", "İlker",
                                  "Gülsüm", "Tolga", "Hatice"],
                "surname": ["Yıldırım", "Öztürk", "Aydın", "Çelik", "Şahin", "Doğan", "Kurt", "Özdemir",
                            "Arslan", "Koç", "Güneş", "Erdoğan"]},
    "kurdish": {"w": 3, "given": ["Rêbîn", "Nêrgiz", "Serhad", "Berfîn", "Dilovan", "Rojda", "Azad", "Hêvî"],
                "surname": ["Barzanî", "Zaxoyî", "Amedî", "Hewramî", "Botanî", "Silêmanî"]},
    "persian": {"w": 4, "given": ["مهسا|Mahsa", "آرش|Arash", "نیلوفر|Niloufar", "کاوه|Kaveh", "شیرین|Shirin",
                                  "بهرام|Bahram", "Parisa", "Farhad"],
                "surname": ["رضایی|Rezaei", "موسوی|Mousavi", "کریمی|Karimi", "Tehrani", "Hosseini",
                            "صادقی|Sadeghi", "Jafari"]},
    "somali": {"w": 3, "given": ["Cabdiraxmaan", "Faadumo", "Maxamed", "Hodan", "Xasan", "Sahra", "Cumar", "Ayaan"],
               "surname": ["Cabdullaahi", "Xuseen", "Warsame", "Jaamac", "Faarax", "Cilmi", "Nuur", "Yuusuf"]},
    "finnish": {"w": 5, "given": ["Jyrki", "Päivi", "Tapani", "Sirpa", "Heikki", "Pirjo", "Olli", "Tuula", "Jouni",
                                  "Marjut"],
                "surname": ["Heikkinen", "Mäkelä", "Koskinen", "Järvinen", "Lehtonen", "Hämäläinen", "Räsänen",
                            "Kettunen", "Väisänen", "Ahonen"]},
    "sami": {"w": 1, "given": ["Ánde", "Máret", "Jovnna", "Sunná", "Iŋgá", "Nillá"],
             "surname": ["Gaup", "Somby", "Eira", "Sara", "Labba", "Utsi"]},
    "vietnamese": {"w": 3, "order": "sg", "given": ["Thị Hương", "Văn Đức", "Minh Tuấn", "Thu Trang", "Quốc Bảo",
                                                    "Ngọc Lan"],
                   "surname": ["Nguyễn", "Trần", "Phạm", "Hoàng", "Võ", "Đặng"]},
    "swedish": {"w": 8, "given": ["Gunnel", "Torbjörn", "Ingegerd", "Leif", "Åsa", "Bengt", "Märta", "Ove", "Solveig",
                                  "Göran", "Elvira", "Hjalmar", "Ronja", "Vilgot"],
                "surname": ["Sjöberg", "Lundqvist", "Ekström", "Hedlund", "Åkesson", "Nyström", "Wikström",
                            "Löfgren", "Sandberg", "Öberg", "Dahlgren", "Holmström"],
                "two_surnames": 0.06, "join": "-"},
    "dutch": {"w": 2, "particle": True, "given": ["Joost", "Femke", "Sjoerd", "Marloes", "Bram", "Anouk"],
              "surname": ["van der Linden", "de Boer", "van Dijk", "ter Horst", "van den Broek", "de Groot"]},
    "irish": {"w": 2, "given": ["Siobhán", "Ciarán", "Aoife", "Pádraig", "Niamh", "Seán"],
              "surname": ["Ó Súilleabháin", "O'Brien", "Mac Giolla", "Ní Bhriain", "McCarthy", "O'Connell"]},
    "levantine": {"w": 3, "given": ["رامي|Rami", "لينا|Lina", "Bassel", "Rasha", "جود|Joud", "Tarek", "Hiba"],
                  "surname": ["حداد|Haddad", "الخطيب|Al-Khatib", "Nasrallah", "Khoury", "Saab", "الحلبي|Al-Halabi"]},
    "latam": {"w": 2, "given": ["Ximena", "Joaquín", "Valentina", "Matías", "Florencia", "Sebastián"],
              "surname": ["Cárdenas", "Villalobos", "Restrepo", "Quintero", "Ibáñez", "Zúñiga"],
              "two_surnames": 0.7},
}
NAME_STYLES = [("full", 10), ("s, g", 3), ("S, g", 1), ("g. s", 1), ("fold", 1), ("UPPER", 1), ("latin", 1)]

USER_CONVENTIONS = [("s_g1", 3), ("g2s4", 2), ("ini4", 2), ("u6", 1), ("G.S", 2), ("s-g1", 1), ("g.m.s", 1),
                    ("g.sYY", 2), ("a_sg1", 1), ("g1s-t0", 1), ("g1s", 2), ("g.s", 3), ("s3g3N", 1)]
P_USER_DIACRITICS = 0.05
P_EMAIL_UNICODE = 0.08
EMAIL_DOMAINS = [("nordvik-energi.se", 4), ("hamnstad.se", 3), ("gmail.com", 2), ("outlook.com", 1),
                 ("wp.pl", 1), ("hotmail.fr", 1), ("kuntaliitto-esim.fi", 1)]
UPN_SUFFIX = ["ad.nordvik.local", "corp.hamnstad.intra"]
NETBIOS = ["NORDVIK", "HAMNSTAD", "NVE"]

PHONE_STYLES = [("nat", 10), ("intl", 6), ("e164", 6), ("natdigits", 3), ("00", 2), ("00sp", 1), ("paren0", 1),
                ("ccdigits", 2)]
# (kind, prefix, nsn length, national patterns over trunk+nsn)
PHONES = {
    "SE": {"w": 12, "cc": "46", "trunk": "0", "ranges": [
        ("mobile", "72", 9, ["XXX-XXX XX XX", "XXX XXX XX XX", "XXX-XXXXXXX", "XXX XX XX XXX"]),
        ("mobile", "73", 9, ["XXX-XXX XX XX", "XXX XXX XX XX", "XXX-XXXXXXX"]),
        ("land", "8", 9, ["XX-XXX XXX XX", "XX-XXX XX XX X", "XX XXX XXX XX"]),
        ("land", "31", 9, ["XXX-XXX XX XX", "XXX-XXXXXXX"]),
        ("land", "90", 8, ["XXX-XX XX XX", "XXX-XXXXXX"])]},
    "NO": {"w": 3, "cc": "47", "trunk": "", "ranges": [
        ("mobile", "41", 8, ["XXX XX XXX", "XX XX XX XX"]), ("mobile", "97", 8, ["XXX XX XXX"]),
        ("land", "22", 8, ["XX XX XX XX"])]},
    "DK": {"w": 3, "cc": "45", "trunk": "", "ranges": [
        ("mobile", "28", 8, ["XX XX XX XX", "XXXX XXXX"]), ("mobile", "51", 8, ["XX XX XX XX"]),
        ("land", "33", 8, ["XX XX XX XX"])]},
    "FI": {"w": 4, "cc": "358", "trunk": "0", "ranges": [
        ("mobile", "40", 9, ["XXX XXX XXXX", "XXX-XXX XXXX", "XXX XXXXXXX"]),
        ("mobile", "50", 9, ["XXX XXX XXXX", "XXX-XXXXXXX"]),
        ("land", "9", 8, ["XX XXXX XXX", "XX-XXX XXXX"])]},
    "DE": {"w": 3, "cc": "49", "trunk": "0", "ranges": [
        ("mobile", "152", 11, ["XXXX XXXXXXXX", "XXXX/XXXXXXXX", "XXXX-XXX XX XXX"]),
        ("mobile", "176", 11, ["XXXX XXXXXXXX", "XXXX XXXX XXXX"]),
        ("land", "30", 10, ["XXX XXXXXXXX", "XXX/XXXX XXXX"])]},
    "NL": {"w": 2, "cc": "31", "trunk": "0", "ranges": [
        ("mobile", "6", 9, ["XX-XXXXXXXX", "XX XXXX XXXX", "XX XX XX XX XX"]),
        ("land", "20", 9, ["XXX-XXX XXXX", "XXX XXX XXXX"])]},
    "PL": {"w": 4, "cc": "48", "trunk": "", "ranges": [
        ("mobile", "51", 9, ["XXX XXX XXX", "XXX-XXX-XXX"]), ("mobile", "69", 9, ["XXX XXX XXX", "XXX-XXX-XXX"]),
        ("land", "22", 9, ["XX XXX XX XX"])]},
    "TR": {"w": 3, "cc": "90", "trunk": "0", "ranges": [
        ("mobile", "53", 10, ["XXXX XXX XX XX", "X (XXX) XXX XX XX", "XXXX XXX XXXX"]),
        ("mobile", "54", 10, ["XXXX XXX XX XX"])]},
    "IR": {"w": 2, "cc": "98", "trunk": "0", "ranges": [
        ("mobile", "912", 10, ["XXXX XXX XXXX", "XXXX-XXX-XXXX"]), ("mobile", "935", 10, ["XXXX XXX XXXX"])]},
    "SO": {"w": 1, "cc": "252", "trunk": "", "ranges": [("mobile", "61", 9, ["XX XXXXXXX", "XX XXX XXXX"])]},
    "GB": {"w": 2, "cc": "44", "trunk": "0", "ranges": [
        ("mobile", "74", 10, ["XXXXX XXXXXX", "XXXXX XXX XXX"]), ("land", "161", 10, ["XXXX XXX XXXX"])]},
    "FR": {"w": 2, "cc": "33", "trunk": "0", "ranges": [
        ("mobile", "6", 9, ["XX XX XX XX XX", "XX.XX.XX.XX.XX"]), ("land", "1", 9, ["XX XX XX XX XX"])]},
    "LT": {"w": 1, "cc": "370", "trunk": "8", "ranges": [("mobile", "6", 8, ["X XXX XXXXX", "X-XXX-XXXXX"])]},
    "UA": {"w": 2, "cc": "380", "trunk": "0", "ranges": [
        ("mobile", "67", 9, ["XXX XXX XX XX", "XXX XXX XXXX", "(XXX) XXX-XX-XX"])]},
    "IQ": {"w": 1, "cc": "964", "trunk": "0", "ranges": [("mobile", "770", 10, ["XXXX XXX XXXX"])]},
    "VN": {"w": 1, "cc": "84", "trunk": "0", "ranges": [("mobile", "91", 9, ["XXXX XXX XXX", "XXX XXX XXXX"])]},
    "US": {"w": 1, "cc": "1", "trunk": "", "ranges": [
        ("mobile", "617", 10, ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX"]),
        ("mobile", "646", 10, ["(XXX) XXX-XXXX", "XXX-XXX-XXXX"])]},
}
EXTENSIONS = [(2100, 2399), (4400, 4499)]
# The organisation's own published numbers: switchboard, SMS sender, queues.
SWITCHBOARD = ["08-506 330 00", "+46 8 506 330 00", "0850633000"]
SMS_SENDER = ["71730", "NordvikEn", "+46766860000"]
QUEUES = ["2900", "2901", "2905", "2990"]
HUNT_PILOTS = ["4500", "4510", "4520"]
PARK_SLOTS = ["7701", "7702", "7703", "7710"]
CONF_BRIDGES = ["8800", "8810", "8899"]
VOICEMAIL_PILOT = ["4999", "*98"]
IVR_NUMBERS = ["2800", "2810"]
SERVICE_NUMBERS = {"SE": ["112", "11414", "1177", "114 14", "020-22 11 22"], "NO": ["113", "116 117"],
                   "DK": ["1813", "114"], "FI": ["112", "116 117"], "DE": ["110", "116 116"], "PL": ["997", "999"]}

BIRTH_YEARS = [(1948, 1968), (1988, 1996)]
PNR_STYLES = [("10-", 5), ("12", 3), ("12-", 3), ("10", 1), ("12sp", 1)]
ORGNR_PREFIXES = ["5564", "5591", "8024"]
TACS = ["35209311", "35328509", "86769204", "35875111", "01354800"]
PLMNS = ["24001", "24002", "24407", "26201", "23415"]
OUIS = ["F0:18:98", "D4:81:D7", "24:9A:D8", "64:16:7F", "00:1E:7A", "3C:52:82", "80:5E:C0"]
MAC_STYLES = [("colon", 5), ("COLON", 3), ("DASH", 2), ("dot", 2), ("bare", 1), ("hw", 1)]
IPV4_NETS = ["10.44", "10.44", "172.19", "185.47.112", "94.234.17", "10.71.8"]
IPV4_NETS_BY_KIND = {"priv": ["10.44", "172.19", "10.71.8"], "pub": ["185.47.112", "94.234.17", "81.229.64"]}
IPV6_PREFIXES = ["2a01:7e0:44:1", "2001:6b0:19:20", "2a05:d014:9c1:7"]
BADGE_STYLES = [("dec10", 3), ("wieg", 2), ("dec6", 2)]
BADGE_PREFIXES = ["NV-"]
TIME_RANGE = (1767225600, 1782863999)  # 2026-01-01 .. 2026-06-30
HOSTS = ["nv-fw01", "nv-app04", "hst-sql02", "nv-mail1", "sbc-sto1", "hst-dc03", "nv-lb02", "hst-vpn1", "nv-ws117",
         "hst-print2"]
DOMAIN = "nordvik.local"
