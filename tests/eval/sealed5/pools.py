"""Value pools of the sealed5 split (the eighth pair's kept-aside half).

Drawn disjointly from wild5's: other cultures and scripts, other countries
and Swedish ranges, extensions, service numbers, networks, OUIs, TACs, PLMNs,
domains, badge formats, birth years and another half-year.
"""
import datetime

TIME_RANGE = (int(datetime.datetime(2025, 7, 2, tzinfo=datetime.timezone.utc).timestamp()),
              int(datetime.datetime(2025, 12, 20, tzinfo=datetime.timezone.utc).timestamp()))
BIRTH_YEARS = (1986, 2008)
YEARS = [2025]

CULTURES = {
    "swedish": {"w": 14, "given": ["Vendela", "Hampus", "Tindra", "Sixten", "Elsa-Maj", "Melker", "Juni", "Ture",
                                    "Saga", "Måns", "Ylva", "Gösta", "Tyra", "Östen"],
                "surname": ["Dahlgren", "Kärrman", "Sandelin", "Löfgren", "Fågelström", "Ahlqvist", "Hedenius",
                            "Öhrvall", "Bergdahl", "Skoog", "Granlund", "Mälarstedt"],
                "germanic": True},
    "norwegian": {"w": 5, "given": ["Sigrid", "Håkon", "Ingrid", "Øystein", "Tuva", "Bjørnar"],
                  "surname": ["Haugen", "Bråten", "Kvamme", "Sæther", "Løvås", "Fjeldstad"], "germanic": True},
    "danish": {"w": 4, "given": ["Mette", "Søren", "Rasmus", "Birgitte", "Asger"],
               "surname": ["Kjærgaard", "Østergaard", "Mikkelsen", "Nørgaard", "Bech"], "germanic": True},
    "icelandic": {"w": 1, "given": ["Guðrún", "Þórður", "Sigríður"],
                  "surname": ["Þórsdóttir", "Guðmundsson", "Ólafsdóttir"]},
    "latvian": {"w": 2, "given": ["Jānis", "Līga", "Krišjānis", "Ieva"],
                "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepiņa"]},
    "lithuanian": {"w": 2, "given": ["Žygimantas", "Rūta", "Vytautas", "Aušra"],
                   "surname": ["Kazlauskas", "Jankauskienė", "Petrauskas", "Žukauskaitė"]},
    "hungarian": {"w": 2, "given": ["Zsófia", "Gergő", "Ildikó", "Bálint"],
                  "surname": ["Nagy", "Kovács", "Szőke", "Tóth"], "order": "sg"},
    "greek": {"w": 2, "given": ["Γιώργος|Giorgos", "Ελένη|Eleni", "Δημήτρης|Dimitris"],
              "surname": ["Παπαδόπουλος|Papadopoulos", "Οικονόμου|Oikonomou", "Καραγιάννη|Karagianni"]},
    "ukrainian": {"w": 3, "given": ["Олександр|Oleksandr", "Оксана|Oksana", "Тарас|Taras", "Наталія|Nataliia"],
                  "surname": ["Шевченко|Shevchenko", "Коваленко|Kovalenko", "Бондаренко|Bondarenko", "Мельник|Melnyk"]},
    "ukrainian-latin": {"w": 2, "given": ["Yuliia", "Serhii", "Olha", "Dmytro"],
                        "surname": ["Tkachenko", "Kravchuk", "Lysenko", "Savchenko"]},
    "eritrean": {"w": 3, "given": ["Selam", "Tesfay", "Yohannes", "Mebrat", "ሰላም|Selam", "ዮሃንስ|Yohannes"],
                 "surname": ["Ghebremedhin", "Tesfamariam", "Habte", "Woldemichael", "ገብረመድህን|Ghebremedhin"]},
    "arabic-levant": {"w": 3, "given": ["Ziad", "Lina", "Tareq", "Dima", "Bashar"],
                      "surname": ["Khoury", "Haddadin", "Al-Masri", "Saleh", "Qasem"]},
    "arabic-script": {"w": 2, "given": ["زياد|Ziad", "ريم|Reem", "طارق|Tareq"],
                      "surname": ["الخوري|Al-Khoury", "الشامي|Al-Shami", "قاسم|Qasem"]},
    "kurdish-sorani": {"w": 1, "given": ["ئاسۆ|Aso", "ژیلا|Zhila"], "surname": ["کەریم|Karim", "ڕەشید|Rashid"]},
    "indian": {"w": 3, "given": ["Priyanka", "Venkatesh", "Aishwarya", "Rohit", "Lakshmi"],
               "surname": ["Subramanian", "Chatterjee", "Iyer", "Deshpande", "Reddy"]},
    "hindi": {"w": 1, "given": ["अनीता|Anita", "राहुल|Rahul"], "surname": ["शर्मा|Sharma", "वर्मा|Verma"]},
    "indonesian": {"w": 2, "given": ["Siti Nurhaliza", "Bambang", "Dewi", "Agus"],
                   "surname": ["Wijaya", "Setiawan", "Kusumawati", "Hartono"]},
    "bosnian": {"w": 3, "given": ["Emina", "Adnan", "Amra", "Mirza", "Đenana"],
                "surname": ["Hodžić", "Begović", "Mehmedović", "Ćatić", "Džafić"]},
    "portuguese": {"w": 3, "given": ["João Pedro", "Conceição", "Thiago", "Luíza"],
                   "surname": ["Gonçalves", "Araújo", "da Silva", "dos Santos", "Magalhães"], "double": 0.5},
    "german": {"w": 3, "given": ["Jürgen", "Anneliese", "Wolfgang", "Friederike"],
               "surname": ["von Weizsäcker", "Müller-Lüdenscheidt", "Schäfer", "Großmann"], "germanic": True},
    "french": {"w": 3, "given": ["Jean-Baptiste", "Anaïs", "Grégoire", "Maëlle", "Hélène"],
               "surname": ["Lefèvre", "Dubois-Girard", "Bénard", "de La Fontaine", "Chevallier"]},
    "italian": {"w": 2, "given": ["Gianluca", "Chiara", "Niccolò"], "surname": ["D'Angelo", "Esposito", "Lo Russo"]},
    "filipino": {"w": 1, "given": ["Ma. Cristina", "Jericho"], "surname": ["Dela Cruz", "Bautista"]},
    "japanese": {"w": 2, "given": ["陽子|Yoko", "健太|Kenta", "真由美|Mayumi"],
                 "surname": ["佐藤|Sato", "高橋|Takahashi", "渡辺|Watanabe"], "order": "sg", "sep": ""},
    "korean": {"w": 2, "given": ["민준|Minjun", "서연|Seoyeon"], "surname": ["김|Kim", "박|Park", "이|Lee"],
               "order": "sg", "sep": ""},
    "yoruba": {"w": 2, "given": ["Olúwaseun", "Adébáyọ̀", "Ifeoluwa", "Chiamaka"],
               "surname": ["Adébáyọ̀", "Okonkwo", "Ògúnlèyè", "Eze"]},
    "taiwanese": {"w": 1, "given": ["怡君|Yi-Chun", "家豪|Chia-Hao"], "surname": ["陳|Chen", "林|Lin"],
                  "order": "sg", "sep": ""},
}

USER_CONVENTIONS = [("lastf", 10), ("first_last", 8), ("firstlast", 10), ("last.first", 8), ("first-last", 5),
                    ("last6f", 8), ("x-prefix", 6), ("Title.Case", 5), ("FLAST", 6), ("first.last", 12),
                    ("las3fi2", 5), ("ext-suffix", 4), ("initials3", 5), ("first", 3), ("f.last", 5)]
P_MAIL_UNICODE = 0.1
MAIL_DOMAINS = [("halland-lager.se", 5), ("fjordvik.no", 4), ("brygga.dk", 3), ("gmx.de", 2), ("orange.fr", 2),
                ("icloud.com", 3), ("yahoo.co.in", 1), ("ukr.net", 1), ("sapo.pt", 1), ("lindhaga-skolor.se", 4)]
AD_SUFFIXES = ["corp.lindhaga.local", "AD.FJORDVIK.NET", "int.brygga.lan"]
NETBIOS = ["LINDHAGA", "FJORDVIK", "BRYGGA"]
INTERNAL_DOMAINS = ["lindhaga.local", "fjordvik.net", "brygga.lan"]
HOSTS = ["ftd-edge1", "www-lt2", "ftp-ext", "axigen-mx", "qnap-bkp", "es-data-3", "sbc-oracle2", "sak-api",
         "rails-kund", "net2-srv", "ipo-500v2", "ipa-01", "router-sms", "bt-appliance"]

COUNTRIES = {
    "46": {"cc": "46", "trunk": "0", "ranges": [
        ("73", 9, "mobile", ["NN-NNN NN NN", "NN NNN NN NN", "NNNNNNNNN", "NN-NNN NNNN"]),
        ("76", 9, "mobile", ["NN-NNN NN NN", "NN NNN NNNN", "NNNNNNNNN"]),
        ("31", 9, "fixed", ["NN-NNN NN NN", "NN-NNNNNNN", "NN NNN NN NN"]),
        ("40", 9, "fixed", ["NN-NN NN NNN", "NN NNNNNNN"]),
        ("90", 8, "fixed", ["NN-NN NN NN", "NN NNNNNN"])]},
    "47": {"cc": "47", "trunk": "", "ranges": [
        ("4", 8, "mobile", ["NNN NN NNN", "NN NN NN NN"]), ("9", 8, "mobile", ["NNN NN NNN"]),
        ("22", 8, "fixed", ["NN NN NN NN"])]},
    "45": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", ["NN NN NN NN", "NNNN NNNN"]),
                                                 ("33", 8, "fixed", ["NN NN NN NN"])]},
    "49": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", ["NNN NNNNNNNN", "NNN/NNNNNNNN", "NNN-NNNN NNNN"]),
                                                  ("30", 10, "fixed", ["NN NNNNNNNN", "NN/NNNN NNNN"])]},
    "33": {"cc": "33", "trunk": "0", "ranges": [("6", 9, "mobile", ["N NN NN NN NN", "N.NN.NN.NN.NN"]),
                                                  ("1", 9, "fixed", ["N NN NN NN NN"])]},
    "44": {"cc": "44", "trunk": "0", "ranges": [("77", 10, "mobile", ["NNNN NNNNNN", "NNNN NNN NNN"]),
                                                  ("20", 10, "fixed", ["NN NNNN NNNN"])]},
    "371": {"cc": "371", "trunk": "", "ranges": [("2", 8, "mobile", ["NNNN NNNN", "NN NNN NNN"])]},
    "370": {"cc": "370", "trunk": "8", "tsep": " ", "ranges": [("6", 8, "mobile", ["NNN NNNNN"])]},
    "30": {"cc": "30", "trunk": "", "ranges": [("69", 10, "mobile", ["NNN NNN NNNN", "NNNNNNNNNN"])]},
    "380": {"cc": "380", "trunk": "0", "ranges": [("67", 9, "mobile", ["NN NNN NN NN", "(NN) NNN-NN-NN"])]},
    "291": {"cc": "291", "trunk": "0", "ranges": [("7", 7, "mobile", ["N NNN NNN"])]},
    "91": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", ["NNNNN NNNNN", "NNNNN-NNNNN"])]},
    "62": {"cc": "62", "trunk": "0", "ranges": [("812", 11, "mobile", ["NNN-NNNN-NNNN", "NNN NNNN NNNN"])]},
    "351": {"cc": "351", "trunk": "", "ranges": [("91", 9, "mobile", ["NNN NNN NNN"])]},
    "55": {"cc": "55", "trunk": "", "ranges": [("119", 11, "mobile", ["(NN) NNNNN-NNNN", "NN NNNNN NNNN"])]},
    "39": {"cc": "39", "trunk": "", "ranges": [("34", 10, "mobile", ["NNN NNN NNNN", "NNN NNNNNNN"])]},
    "354": {"cc": "354", "trunk": "", "ranges": [("8", 7, "mobile", ["NNN NNNN"])]},
    "1": {"cc": "1", "trunk": "", "ranges": [("617", 10, "fixed", ["(NNN) NNN-NNNN", "NNN-NNN-NNNN", "NNN.NNN.NNNN"])]},
}
PHONE_WEIGHTS = [("46", 38), ("47", 7), ("45", 5), ("49", 5), ("33", 4), ("44", 4), ("371", 2), ("370", 2),
                 ("30", 2), ("380", 5), ("291", 4), ("91", 3), ("62", 2), ("351", 2), ("55", 2), ("39", 2),
                 ("354", 1), ("1", 2)]
PHONE_STYLES = [("e164", 22), ("intl", 20), ("intl0", 5), ("00", 8), ("00sp", 6), ("ccdigits", 7),
                ("natdigits", 10), ("national", 22)]
P_PHONE_ODD_SEP = 0.06
PNR_STYLES = [("10", 12), ("10-", 30), ("12", 30), ("12-", 22), ("12sp", 6)]
ORGNR_FIRST = ["55", "21", "82", "96"]
EXTENSIONS = [(3000, 3699), (70000, 70999), (5200, 5299)]
TACS = ["35467210", "35674108", "86015203", "35816709", "35925406", "35438812"]
PLMNS = ["24008", "24201", "23802", "26201", "24701", "23415"]
OUIS = ["f8ffc2", "acde48", "7c2a31", "00e04c", "509a4c", "30c9ab", "3cd92b", "00904c", "e4b97a", "68ec8a"]
MAC_STYLES = [("colon", 30), ("COLON", 10), ("dash", 25), ("cisco", 15), ("bare", 12), ("huawei", 8)]
NETS4 = ["10.77.", "172.19.", "192.168.88.", "85.24.", "195.67.", "217.210.", "5.150.", "10.201."]
NETS6 = ["2001:9b1:40:", "2a01:2b0:7:", "fd9e:1c2:44:", "2a05:f480:2:"]
BADGE_FORMATS = [("hex14", 4), ("fac", 3), ("dec7", 3)]
BADGE_PREFIXES = ["TAG"]

SERVICE_NUMBERS = ["113", "110", "1813", "999", "911", "15", "116 117", "0771-25 25 25", "020-44 44 44",
                   "90 000", "116 000"]
SWITCHBOARDS = ["+46 31 700 10 00", "031-700 10 00", "+46406600000", "040-660 00 00"]
QUEUES = ["8100", "8110", "8120", "8150"]
HUNT_PILOTS = ["3900", "3910", "3950"]
CONF_BRIDGES = ["6600", "6601", "6650"]
VM_PILOTS = ["3999", "*86"]
PARK_RANGE = [(3700, 3709)]
IVRS = ["8200", "8222"]
FEATURE_CODES = ["*69", "*30", "*31", "*78", "*79", "##"]
TICKETS = ["TKT-{n}", "#{n}", "HD{n}", "RITM{n}"]
COST_CENTRES = ["CC 7710", "ksth-5120", "Kst 9020", "PRJ-3341"]
EMPNO_FORMATS = ["P{n}", "MA-{n}"]
VERSIONS = ["7.4.1", "3.12.5", "8.15.2", "11.2.0.3", "5.1.9", "2.0.48", "25.06.1"]
SERVICE_ACCOUNTS = ["svc-veeam", "sa_monitor", "zabbix", "enable_15", "guest", "operator", "svc.print",
                    "noreply", "admin", "backup", "daemon", "ldapbind"]
PLACES = ["Göteborg", "Malmö", "Umeå", "Halmstad", "Lindhaga", "Fjordvik", "Tromsø", "Aarhus"]
PRODUCTS = ["Firefox", "Edge", "Zoom", "Webex", "Orion", "Vega", "Atlas"]
CAPWORDS = ["Augusti", "Oktober", "Onsdag", "Lördag", "Marknad", "Lager", "Kundtjänst"]
SERIAL_PREFIXES = ["JAD", "FCH", "SN:", "Q", "GZ-"]
SHORT_CODES = ["71999", "72525"]
SMS_SENDERS = ["Lindhaga", "FJORDVIK", "+46766860000"]
CASE_FORMATS = ["SAK {y}/{n}", "{y}-{n}", "Sag {n}"]
USER_AGENTS = ["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
               "python-requests/2.32.3", "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
               "WebexTeams/45.6.0"]
