"""Value pools of the wild3 split (the sixth pair's development half).

Disjoint from sealed3's pools: other names and cultures, other countries and
Swedish ranges, extensions, networks, OUIs, TACs, PLMNs, domains, years.
An entry `native|latin` is a name in its own script and the Latin form
account names are made from.
"""

CULTURES = {
    "swedish": {"w": 14, "two_given": 0.15,
                "given": ["Tove", "Ebba", "Majken", "Sixten", "Gunnel", "Elof", "Vilgot", "Ingeborg", "Alvar", "Märta", "Ture", "Ylva-Li", "Kerstin", "Björn", "Åsa"],
                "surname": ["Grönwall", "Åkerlund", "Sjöberg", "Hedqvist", "Lindblad", "Fröding", "Näslund", "Ekdahl", "Wästerby", "Öhman", "Bergkvist", "Strömbäck"]},
    "finnish": {"w": 6, "given": ["Aino", "Veikko", "Tuulikki", "Jarmo", "Sirpa", "Eero", "Päivi", "Onni", "Kyllikki"],
                "surname": ["Hämäläinen", "Kärkkäinen", "Väisänen", "Rantanen", "Heikkilä", "Mäkelä", "Kettunen", "Pyykkö"]},
    "sami": {"w": 2, "given": ["Máret", "Ánde", "Sáve", "Risten", "Niillas", "Biret"],
             "surname": ["Guttorm", "Somby", "Utsi", "Sara", "Gaup", "Eira"]},
    "polish": {"w": 5, "given": ["Małgorzata", "Grzegorz", "Wojciech", "Agnieszka", "Przemysław", "Jadwiga", "Zdzisław", "Bożena"],
               "surname": ["Wiśniewska", "Kowalczyk", "Szczepański", "Grabowska", "Zieliński", "Dąbrowski", "Wróblewska", "Łukaszewicz"]},
    "turkish": {"w": 4, "given": ["Gökhan", "Şükrü", "Elif", "Büşra", "Çağlar", "Özlem", "Ümit", "Tuğba"],
                "surname": ["Yılmaz", "Öztürk", "Çelik", "Şahin", "Aydın", "Kılıç", "Doğan", "Güneş"]},
    "kurdish": {"w": 3, "given": ["Rêzan", "Dilan", "Berzan", "Şirin", "Azad", "Hêvîn", "Soran"],
                "surname": ["Barzanî", "Xelîl", "Hewramî", "Zêbarî", "Amêdî", "Kurdo"]},
    "persian": {"w": 3, "given": ["مهسا|Mahsa", "بهرام|Bahram", "نیلوفر|Niloufar", "کوروش|Kourosh", "شیرین|Shirin", "Farhad", "Golnaz"],
                "surname": ["رضایی|Rezaei", "کریمی|Karimi", "حسینی|Hosseini", "Tehrani", "Jafari", "Moradi"]},
    "arabic": {"w": 4, "given": ["يوسف|Youssef", "فاطمة|Fatima", "عمر|Omar", "ليلى|Layla", "Haidar", "Zainab", "Mustafa", "Rania"],
               "surname": ["الجبوري|Al-Jubouri", "حداد|Haddad", "الموسوي|Al-Musawi", "Saleh", "Abu Khalil", "Nasrallah", "al-Tamimi"]},
    "somali": {"w": 3, "given": ["Hodan", "Abdirahman", "Faadumo", "Mahad", "Ifrah", "Guled", "Sahra"],
               "surname": ["Warsame", "Jama", "Cabdi", "Farah", "Hirsi", "Xasan", "Egal"]},
    "vietnamese": {"w": 3, "order": "sg", "two_given": 0.6,
                   "given": ["Thị", "Văn", "Lan", "Minh", "Hương", "Quang", "Thảo", "Tuấn"],
                   "surname": ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng", "Bùi"]},
    "chinese": {"w": 3, "order": "sg", "nospace": True,
                "given": ["伟|Wei", "秀英|Xiuying", "志强|Zhiqiang", "丽娟|Lijuan", "建国|Jianguo", "晓明|Xiaoming"],
                "surname": ["王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "赵|Zhao"]},
    "chinese-latin": {"w": 2, "given": ["Jiahui", "Zihan", "Yuxuan", "Haoran", "Shuang"],
                      "surname": ["Huang", "Zhou", "Xu", "Guo", "Ma"]},
    "spanish": {"w": 3, "two_surnames": 0.85, "join": " ",
                "given": ["Inmaculada", "Álvaro", "Begoña", "Íñigo", "Rocío", "Fermín", "Macarena"],
                "surname": ["Fernández", "Gutiérrez", "Muñoz", "Jiménez", "Ruiz", "Navarro", "Domínguez", "Iglesias"]},
    "dutch": {"w": 3, "given": ["Sanne", "Joost", "Femke", "Maarten", "Anouk", "Wouter", "Ilse"],
              "surname": ["van der Veen", "de Groot", "van den Broek", "ter Horst", "van Dijk", "de Vries", "van 't Hof"]},
    "irish": {"w": 2, "given": ["Siobhán", "Pádraig", "Aoife", "Ciarán", "Niamh", "Eoghan"],
              "surname": ["Ó Súilleabháin", "O'Donnell", "Mac Giolla", "Ní Bhriain", "McCarthy", "Ó Briain"]},
    "estonian": {"w": 2, "given": ["Kädi", "Tõnu", "Mari-Liis", "Jüri", "Triinu", "Aivar"],
                 "surname": ["Tamm", "Saar", "Mägi", "Kask", "Õunapuu", "Pärn"]},
    "lithuanian": {"w": 2, "given": ["Gintarė", "Mindaugas", "Rūta", "Darius", "Aušra", "Žydrūnas"],
                   "surname": ["Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskaitė", "Balčiūnas"]},
    "romanian": {"w": 2, "given": ["Ioana", "Răzvan", "Mădălina", "Ștefan", "Florin", "Andreea"],
                 "surname": ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantinescu", "Țurcanu"]},
    "german": {"w": 3, "given": ["Jürgen", "Anneliese", "Lukas", "Friederike", "Dietmar", "Jörg"],
               "surname": ["Müller-Lüdenscheidt", "Schäfer", "von Weizsäcker", "Baumgärtner", "Kößler", "Hoffmann"]},
}

USER_FORMS = [("g.s", 8), ("g1s", 5), ("gs", 3), ("s4g2", 3), ("g1s1nnnn", 3), ("g.sN", 2), ("adm-g1s", 1),
              ("g.s-ext", 1), ("G1S", 1), ("sg1", 2), ("g3s3", 2)]
MAIL_FORMS = [("g.s", 10), ("g1.s", 2), ("gs", 1), ("g_s", 1)]
MAIL_DOMAINS = [("lansstyrelsen-norr.se", 3), ("bergslagsbanken.se", 3), ("vardcentral-ekbacken.se", 2),
                ("hamnkontoret.fi", 1), ("nordsjo-logistik.nl", 1), ("kommunalteknik.se", 2), ("älvdalsenergi.se", 1)]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.co.uk", "wp.pl", "mail.ru", "hotmail.se"]
UPN_SUFFIXES = ["ad.bergslagsbanken.local", "corp.lsnorr.internal", "ekbacken.lan"]
NETBIOS = ["BERGSBANK", "LSNORR", "EKBACKEN"]
REALMS = ["AD.BERGSLAGSBANKEN.LOCAL", "CORP.LSNORR.INTERNAL"]

# (prefix, kind, NSN length, national groups on trunk+NSN, international groups on NSN)
PHONES = {
    "SE": {"cc": "46", "trunk": "0", "area_sep": "-", "seps": [" ", " ", ""],
           "ranges": [("70", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2]), ("73", "m", 9, [3, 3, 2, 2], [2, 3, 2, 2]),
                      ("8", "f", 9, [2, 3, 3, 2], [1, 3, 3, 2]), ("31", "f", 9, [3, 3, 2, 2], [2, 3, 2, 2]),
                      ("90", "f", 8, [3, 2, 2, 2], [2, 2, 2, 2])]},
    "FI": {"cc": "358", "trunk": "0", "seps": [" "],
           "ranges": [("40", "m", 9, [3, 3, 4], [2, 3, 4]), ("50", "m", 9, [3, 3, 4], [2, 3, 4]),
                      ("9", "f", 8, [2, 3, 4], [1, 3, 4])]},
    "PL": {"cc": "48", "trunk": "", "seps": [" ", "-"],
           "ranges": [("50", "m", 9, [3, 3, 3], [3, 3, 3]), ("88", "m", 9, [3, 3, 3], [3, 3, 3]),
                      ("22", "f", 9, [2, 3, 2, 2], [2, 3, 2, 2])]},
    "DE": {"cc": "49", "trunk": "0", "area_sep": " ", "seps": [" ", ""],
           "ranges": [("151", "m", 11, [4, 8], [3, 8]), ("176", "m", 11, [4, 8], [3, 8]), ("30", "f", 10, [3, 8], [2, 8])]},
    "TR": {"cc": "90", "trunk": "0", "seps": [" "],
           "ranges": [("53", "m", 10, [4, 3, 2, 2], [3, 3, 2, 2])]},
    "IR": {"cc": "98", "trunk": "0", "seps": [" "], "ranges": [("912", "m", 10, [4, 3, 4], [3, 3, 4])]},
    "IQ": {"cc": "964", "trunk": "0", "seps": [" "], "ranges": [("770", "m", 10, [4, 3, 4], [3, 3, 4]),
                                                              ("750", "m", 10, [4, 3, 4], [3, 3, 4])]},
    "SO": {"cc": "252", "trunk": "0", "seps": [" "], "ranges": [("61", "m", 9, [3, 7], [2, 7])]},
    "VN": {"cc": "84", "trunk": "0", "seps": [" ", "."], "ranges": [("90", "m", 9, [4, 3, 3], [2, 3, 2, 2])]},
    "CN": {"cc": "86", "trunk": "", "seps": [" ", "-"], "ranges": [("139", "m", 11, [3, 4, 4], [3, 4, 4])]},
    "ES": {"cc": "34", "trunk": "", "seps": [" "], "ranges": [("6", "m", 9, [3, 2, 2, 2], [3, 2, 2, 2])]},
    "IE": {"cc": "353", "trunk": "0", "seps": [" "], "ranges": [("85", "m", 9, [3, 3, 4], [2, 3, 4])]},
    "EE": {"cc": "372", "trunk": "", "seps": [" "], "ranges": [("5", "m", 8, [4, 4], [4, 4])]},
    "LT": {"cc": "370", "trunk": "8", "seps": [" "], "ranges": [("6", "m", 8, [1, 3, 5], [3, 5])]},
    "RO": {"cc": "40", "trunk": "0", "seps": [" ", "."], "ranges": [("72", "m", 9, [4, 3, 3], [3, 3, 3])]},
    "US": {"cc": "1", "trunk": "", "idd": "011", "seps": ["-", " "], "ranges": [("617", "f", 10, [3, 3, 4], [3, 3, 4])]},
}
PHONE_WEIGHTS = [("SE", 30), ("FI", 5), ("PL", 4), ("DE", 4), ("TR", 3), ("IR", 2), ("IQ", 2), ("SO", 2),
                 ("VN", 2), ("CN", 2), ("ES", 2), ("IE", 2), ("EE", 1), ("LT", 1), ("RO", 2), ("US", 2)]
PHONE_STYLES = [("e164", 6), ("intl", 4), ("00", 2), ("00sp", 1), ("national", 8), ("dashed", 4),
                ("digits", 4), ("paren0", 1), ("cc", 1)]
EXT_RANGES = [(2100, 2399), (41000, 41999), (5500, 5699)]

BIRTH_YEARS = (1931, 2009)
PNR_STYLES = [("10-", 5), ("12", 3), ("12-", 3), ("10", 2)]
ORG_FIRST = ["5", "2", "8"]
ORG_STYLES = [("-", 6), ("plain", 2), ("16", 1), ("SE01", 1)]
TACS = ["35391110", "35744108", "86769204", "35209911", "49015420"]
IMEI_STYLES = [("plain", 6), ("slash", 1), ("dash", 1)]
PLMNS = ["24001", "24007", "24405", "26003", "28601"]
BADGE_FORMATS = ["K{n6}", "BRB-{n5}", "{n10}", "0x{h8}"]

V4_NETS = [("10.44", 6), ("172.22", 4), ("192.168.41", 3), ("81.229", 2), ("185.21.96", 1), ("213.100", 1), ("91.128.0", 1)]
V6_PREFIXES = ["2001:6b0:e", "2a01:4f9:c011", "2a00:801:4a3", "fd4e:2b1c:77"]
V6_STYLES = [("short", 3), ("long", 5), ("full", 1), ("upper", 1), ("mapped", 1), ("ll", 1)]
OUIS = ["F0:18:98", "8C:79:F5", "3C:6A:A7", "DC:A6:32", "A4:83:E7", "B8:27:EB", "00:1E:C9", "E4:5F:01", "70:B3:D5"]
MAC_STYLES = [("colon", 5), ("COLON", 2), ("DASH", 3), ("dot", 2), ("BARE", 1), ("bare", 1)]

EPOCHS = (1785542400, 1798761599)   # 2026-08-01 .. 2026-12-31
YEARS = [2026]

SERVICE_NUMBERS = ["112", "11414", "114 14", "1177", "020-22 22 22", "0771-567 567", "116 117", "90000", "118 118"]
SWITCHBOARDS = ["+46 8 555 100 00", "08-555 100 00", "+4690150000", "090-15 00 00"]
QUEUE_NUMBERS = ["7001", "7002", "7010", "7020"]
CONF_NUMBERS = ["8800", "8801", "8850"]
PARK_SLOTS = ["701", "702", "703", "704"]
HUNT_PILOTS = ["2000", "2050", "41000"]
VM_PILOTS = ["4999", "*97"]
IVR_NUMBERS = ["6000", "6001"]
FEATURE_CODES = ["*97", "*98", "*72", "*73", "*8", "**", "*45"]
TICKETS = ["INC{n}", "RITM{n}", "SR-{y}-{n}", "ÄR-{y}-{n}", "CASE#{n}"]
COST_CENTRES = ["KST4410", "KST 4420", "CC-7731", "Ansvar 3120"]
VERSIONS = ["15.1.10", "17.0.2-build512", "7.4.1", "2.16.3", "10.0.19045.4046", "4.4.2.0", "R81.20", "3.2.1"]
SYSTEM_ACCOUNTS = ["SYSTEM", "NT AUTHORITY\\NETWORK SERVICE", "svc-veeam", "svc_sccm", "root", "nagios", "backup-svc", "healthcheck", "anonymous"]
PRODUCTS = ["Windows Defender", "Adobe Acrobat", "Teams", "Edge", "Citrix Workspace", "Zoom", "Office"]
PLACES = ["Umeå", "Luleå", "Skellefteå", "Sundsvall", "Östersund", "Kiruna", "Piteå"]
SERIAL_FORMATS = ["FTX{h}", "SN{n}", "CZC{n}"]
EMPNO_FORMATS = ["AN{n}", "E{n}"]
RESULT_CODES = ["0", "0x0", "0xC000006A", "0xC0000064", "0xC0000234"]
HOSTS = ["umea-fw01", "lul-sw-core2", "ekb-dc01", "nas-arkiv", "srv-sql07", "vpn-edge1", "wlc-norr", "dhcp02", "app-ekonomi"]
INTERNAL_DOMAINS = ["lsnorr.internal", "bergslagsbanken.local", "ekbacken.lan"]
EXTERNAL_SITES = ["www.skatteverket.se", "login.microsoftonline.com", "github.com", "1177.se", "yle.fi", "cdn.jsdelivr.net"]
URL_PATHS = ["/owa/", "/ecp/", "/api/v2/users", "/Citrix/StoreWeb/", "/remote/login", "/portal/", "/ews/exchange.asmx"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
               "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17928; Pro)",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"]
COUNTRY_CODES = ["SE", "FI", "PL", "DE", "TR", "ES", "IE", "EE", "LT", "RO", "US"]
SITES = ["Umeå-HK", "Luleå-Depå", "Kiruna-Gruvan", "Sundsvall-Filial"]
SSIDS = ["LSN-Corp", "LSN-Gäst", "eduroam", "Ekbacken-IoT"]
