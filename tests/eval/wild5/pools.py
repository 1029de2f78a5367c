"""Value pools of the wild5 split (the eighth pair's development half).

Drawn disjointly from sealed5's: other cultures and scripts, other countries
and Swedish ranges, extensions, service numbers, networks, OUIs, TACs, PLMNs,
domains, badge formats, birth years and another half-year.
"""
import datetime

TIME_RANGE = (int(datetime.datetime(2026, 1, 5, tzinfo=datetime.timezone.utc).timestamp()),
              int(datetime.datetime(2026, 6, 28, tzinfo=datetime.timezone.utc).timestamp()))
BIRTH_YEARS = (1948, 1989)
YEARS = [2026]

CULTURES = {
    "swedish": {"w": 16, "given": ["Ingegerd", "Torbjörn", "Märta", "Gunnel", "Ulf", "Signe", "Åsa", "Holger",
                                    "Linnéa", "Björn", "Ebba", "Kjell", "Solveig", "Pär", "Alvar", "Idun"],
                "surname": ["Sjöholm", "Åkerlund", "Wennerström", "Hägg", "Lindahl", "Östberg", "Nyqvist",
                            "Rosén", "Ekdahl", "Björklund", "Forsgren", "Strömqvist", "Vikander", "Tegnér"],
                "germanic": True},
    "polish": {"w": 8, "given": ["Grzegorz", "Małgorzata", "Wojciech", "Jadwiga", "Przemysław", "Agnieszka",
                                  "Bożena", "Łukasz", "Krzysztof", "Zofia"],
               "surname": ["Wiśniewski", "Dąbrowska", "Kaczmarek", "Szczepański", "Żółkiewska", "Grzybowski",
                           "Pawlak", "Wróblewski", "Chmielewska", "Krawczyk"]},
    "czech": {"w": 3, "given": ["Jiří", "Zdeňka", "Vojtěch", "Radka", "Přemysl"],
              "surname": ["Dvořák", "Černá", "Procházka", "Kučerová", "Růžička"]},
    "romanian": {"w": 3, "given": ["Ionuț", "Mădălina", "Răzvan", "Ștefania", "Cristian"],
                 "surname": ["Popescu", "Țurcanu", "Dumitrescu", "Băsescu", "Ionescu"]},
    "turkish": {"w": 6, "given": ["Gülşen", "Oğuz", "Çağlar", "Şebnem", "İbrahim", "Hülya", "Ümit", "Serkan"],
                "surname": ["Yıldırım", "Öztürk", "Çelik", "Şahin", "Aydoğan", "Kılıç", "Güneş", "Doğan"]},
    "kurdish": {"w": 3, "given": ["Rêbaz", "Şîrîn", "Azad", "Hêvî", "Berzan", "Nazdar"],
                "surname": ["Barzanî", "Şêxmûs", "Hawrami", "Zebari", "Amedî"]},
    "persian": {"w": 3, "given": ["مهسا|Mahsa", "کاوه|Kaveh", "شیرین|Shirin", "داریوش|Dariush", "نگار|Negar"],
                "surname": ["رضایی|Rezaei", "کریمی|Karimi", "حسینی|Hosseini", "نوروزی|Nowruzi"]},
    "arabic-latin": {"w": 5, "given": ["Abdulrahman", "Fatima-Zahra", "Yousef", "Rania", "Mustafa", "Hiba",
                                        "Omar", "Layla"],
                     "surname": ["Al-Khatib", "El Amrani", "Haddad", "Abu Zaid", "Al-Saadi", "Benali", "Nasser"]},
    "arabic-script": {"w": 3, "given": ["خالد|Khaled", "سلمى|Salma", "يوسف|Yousef", "نور|Nour", "حسن|Hassan"],
                      "surname": ["العبيدي|Al-Obaidi", "الحسيني|Al-Husseini", "منصور|Mansour", "داود|Dawood"]},
    "somali": {"w": 4, "given": ["Hodan", "Abdiqani", "Ubah", "Liban", "Faadumo", "Cabdullaahi"],
               "surname": ["Warsame", "Cismaan", "Jaamac", "Abdi Nuur", "Xirsi", "Faarax"]},
    "chinese-han": {"w": 3, "given": ["伟|Wei", "秀英|Xiuying", "建国|Jianguo", "丽娟|Lijuan", "志强|Zhiqiang"],
                    "surname": ["王|Wang", "张|Zhang", "刘|Liu", "陈|Chen", "黄|Huang"], "order": "sg", "sep": ""},
    "chinese-latin": {"w": 2, "given": ["Xiaoming", "Yuting", "Haoran", "Meiling"],
                      "surname": ["Zhou", "Xu", "Guo", "Lin"], "order": "sg"},
    "vietnamese": {"w": 4, "given": ["Thị Hương", "Văn Đức", "Ngọc Anh", "Minh Tuấn", "Thu Trang"],
                   "surname": ["Nguyễn", "Trần", "Phạm", "Lê", "Đặng"], "order": "sg"},
    "finnish": {"w": 6, "given": ["Pirjo", "Jukka", "Tuulikki", "Eero", "Marjatta", "Veikko", "Aino", "Kyösti"],
                "surname": ["Hämäläinen", "Kärkkäinen", "Heikkilä", "Mäkelä", "Lehtonen", "Väisänen", "Jääskeläinen"]},
    "sami": {"w": 2, "given": ["Máret", "Ánde", "Biret", "Heaika", "Elle"],
             "surname": ["Gaup", "Sara", "Utsi", "Päiviö", "Marainen"]},
    "estonian": {"w": 2, "given": ["Tõnis", "Ülle", "Märt", "Kaja", "Priit"],
                 "surname": ["Tamm", "Saar", "Kõiv", "Mägi", "Pärn"]},
    "spanish": {"w": 4, "given": ["José Luis", "María del Carmen", "Guadalupe", "Joaquín", "Inmaculada", "Agustín"],
                "surname": ["García", "Fernández", "Núñez", "Ibáñez", "Castañeda", "Ortega"], "double": 0.8},
    "dutch": {"w": 3, "given": ["Maarten", "Femke", "Joost", "Sanne", "Gerrit", "Anouk"],
              "surname": ["van der Berg", "de Vries", "van Dijk", "ten Hoeve", "van 't Hof", "de Jong"]},
    "irish": {"w": 2, "given": ["Siobhán", "Pádraig", "Aoife", "Ciarán", "Niamh", "Seán"],
              "surname": ["Ó Súilleabháin", "O'Connell", "Mac Giolla", "Ní Bhriain", "McCarthy"]},
}

USER_CONVENTIONS = [("first.last", 20), ("flast", 10), ("las3fi2", 8), ("fl4", 6), ("FLAST", 5),
                    ("first.lastN", 6), ("x-prefix", 6), ("ext-suffix", 4), ("initials3", 5),
                    ("Title.Case", 4), ("firstN", 5), ("last_first", 4), ("first", 3), ("lastfirst3", 4),
                    ("f.last", 6)]
P_MAIL_UNICODE = 0.08
MAIL_DOMAINS = [("skarholmen-energi.se", 5), ("vastanfors.se", 4), ("nordlinjen.com", 4), ("gmail.com", 3),
                ("outlook.com", 2), ("wp.pl", 1), ("hotmail.se", 2), ("yandex.com.tr", 1), ("kolmarden-vard.se", 3)]
AD_SUFFIXES = ["ad.skarholmen.local", "corp.vastanfors.int", "NORDLINJEN.LAN"]
NETBIOS = ["SKHE", "VASTANFORS", "NLCORP"]
INTERNAL_DOMAINS = ["skarholmen.local", "vastanfors.int", "nl.internal"]
HOSTS = ["fw-ost-02", "srv-app14", "mongo-prod-b", "ocs-sbc1", "nas-arkiv", "radius-a", "ftp01", "kc-gw",
         "apotek-gw3", "smsc-edge", "door-ctl-7", "tomcat-hr", "pbx-ha2", "wazuh-mgr"]

# country code -> trunk prefix and (prefix of the NSN, NSN length, kind, national patterns)
COUNTRIES = {
    "46": {"cc": "46", "trunk": "0", "ranges": [
        ("70", 9, "mobile", ["NN-NNN NN NN", "NN NNN NN NN", "NNNNNNNNN", "NN-NNNNNNN"]),
        ("72", 9, "mobile", ["NN-NNN NN NN", "NN NNN NN NN", "NNNNNNNNN"]),
        ("8", 9, "fixed", ["N-NNN NNN NN", "N-NNNNNNNN", "N NNN NNN NN", "N-NN NN NN NN"]),
        ("13", 8, "fixed", ["NN-NN NN NN", "NN-NNNNNN"]),
        ("611", 8, "fixed", ["NNN-NNN NN", "NNN NNNNN"])]},
    "48": {"cc": "48", "trunk": "", "ranges": [
        ("51", 9, "mobile", ["NNN NNN NNN", "NNN-NNN-NNN"]), ("69", 9, "mobile", ["NNN NNN NNN"]),
        ("22", 9, "fixed", ["NN NNN NN NN"])]},
    "90": {"cc": "90", "trunk": "0", "ranges": [
        ("53", 10, "mobile", ["NNN NNN NN NN", "(NNN) NNN NN NN"]), ("212", 10, "fixed", ["NNN NNN NN NN"])]},
    "358": {"cc": "358", "trunk": "0", "ranges": [
        ("40", 9, "mobile", ["NN NNN NNNN", "NN-NNN NNNN"]), ("9", 8, "fixed", ["N NNNN NNN"])]},
    "34": {"cc": "34", "trunk": "", "ranges": [
        ("6", 9, "mobile", ["NNN NN NN NN", "NNN NNN NNN"]), ("91", 9, "fixed", ["NN NNN NN NN"])]},
    "31": {"cc": "31", "trunk": "0", "ranges": [
        ("6", 9, "mobile", ["N-NNNNNNNN", "N NNNN NNNN"]), ("20", 9, "fixed", ["NN-NNN NNNN"])]},
    "353": {"cc": "353", "trunk": "0", "ranges": [("87", 9, "mobile", ["NN NNN NNNN"]), ("1", 8, "fixed", ["N NNN NNNN"])]},
    "40": {"cc": "40", "trunk": "0", "ranges": [("72", 9, "mobile", ["NNN NNN NNN", "NNN.NNN.NNN"])]},
    "252": {"cc": "252", "trunk": "0", "ranges": [("61", 9, "mobile", ["NN NNN NNNN"])]},
    "964": {"cc": "964", "trunk": "0", "ranges": [("750", 10, "mobile", ["NNN NNN NNNN"])]},
    "84": {"cc": "84", "trunk": "0", "ranges": [("91", 9, "mobile", ["NNN NNN NNN", "NN NNNN NNN"])]},
    "86": {"cc": "86", "trunk": "", "ranges": [("138", 11, "mobile", ["NNN NNNN NNNN", "NNN-NNNN-NNNN"])]},
    "372": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", ["NNNN NNNN"])]},
    "420": {"cc": "420", "trunk": "", "ranges": [("60", 9, "mobile", ["NNN NNN NNN"])]},
}
PHONE_WEIGHTS = [("46", 40), ("48", 7), ("90", 6), ("358", 6), ("34", 4), ("31", 4), ("353", 2), ("40", 3),
                 ("252", 4), ("964", 4), ("84", 3), ("86", 2), ("372", 2), ("420", 2)]
PHONE_STYLES = [("e164", 25), ("intl", 18), ("intl0", 4), ("00", 10), ("00sp", 4), ("ccdigits", 6),
                ("natdigits", 12), ("national", 21)]
P_PHONE_ODD_SEP = 0.05
PNR_STYLES = [("10", 15), ("10-", 35), ("12", 25), ("12-", 20), ("12sp", 5)]
ORGNR_FIRST = ["55", "80", "71"]
EXTENSIONS = [(2100, 2799), (61000, 61999), (4400, 4499)]
TACS = ["35290611", "35875505", "35391110", "86769504", "35602810", "35332811"]
PLMNS = ["24001", "24007", "26001", "28601", "24491", "45201"]
OUIS = ["3c22fb", "a4c361", "f4f5d8", "88e9fe", "b8276b", "dca632", "e45f01", "001b21", "9cb6d0", "70f087"]
MAC_STYLES = [("colon", 35), ("COLON", 15), ("dash", 20), ("cisco", 10), ("bare", 10), ("huawei", 10)]
NETS4 = ["10.38.", "172.22.", "192.168.56.", "81.226.", "194.47.", "213.115.", "46.59.", "10.140."]
NETS6 = ["2001:6b0:e:", "2a02:aa1:1f:", "fd12:3456:7:", "2a00:801:3a:"]
BADGE_FORMATS = [("dec10", 4), ("hex8", 3), ("prefixed", 3)]
BADGE_PREFIXES = ["KRT-", "ID", "PK"]

SERVICE_NUMBERS = ["112", "114 14", "1177", "11313", "116 111", "020-22 00 00", "0771-440 000", "118 118",
                   "+46 771 567 567", "997", "155"]
SWITCHBOARDS = ["+46 8 550 100 00", "08-550 100 00", "+4613150000", "013-15 00 00"]
QUEUES = ["7001", "7002", "7010", "7020", "7777"]
HUNT_PILOTS = ["5500", "5510", "5520", "5599"]
CONF_BRIDGES = ["8800", "8801", "8810"]
VM_PILOTS = ["6999", "*97", "*98"]
PARK_RANGE = [(7100, 7109)]
IVRS = ["7300", "7301", "7333"]
FEATURE_CODES = ["*72", "*73", "*8", "**", "*21*", "#21#", "*43"]
TICKETS = ["INC{n}", "REQ00{n}", "SR-{n}", "CHG{n}"]
COST_CENTRES = ["KST 4410", "CC-2203", "kst3300", "AO-6120"]
EMPNO_FORMATS = ["E{n}", "anst {n}"]
VERSIONS = ["4.4.10", "7.0.2.4", "2.3.18", "10.0.19045.4291", "6.2.1", "1.24.3", "17.9.4a"]
SERVICE_ACCOUNTS = ["svc_backup", "sa-sql-agent", "nagios", "healthcheck", "ldap-sync", "svc.scanner",
                    "anonymous", "SYSTEM", "www-data", "Administrator", "root", "postmaster"]
PLACES = ["Linköping", "Norrköping", "Kolmården", "Sundsvall", "Skärholmen", "Västanfors", "Gdańsk", "Tampere"]
PRODUCTS = ["Outlook", "Teams", "Safari", "Chrome", "Kolibri", "Aurora", "Polaris", "Nova"]
CAPWORDS = ["Mars", "Maj", "Juni", "Tisdag", "Fredag", "Styrelse", "Ekonomi", "Reception"]
SERIAL_PREFIXES = ["FGT60F", "SN-", "S/N ", "QNAP-", "W5-"]
SHORT_CODES = ["72400", "71120", "4550"]
SMS_SENDERS = ["Skarholmen", "Apoteket", "NORDLINJ", "+46700000000"]
CASE_FORMATS = ["ÄR-{y}-{n}", "Dnr {y}/{n}", "CASE-{n}"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
               "curl/8.5.0", "okhttp/4.12.0", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17425)"]
