"""Value pools of wild7 (the tenth pair's development half). Disjoint from
sealed7's: other cultures, countries, Swedish ranges, networks, OUIs, TACs,
PLMNs, domains, extensions and another half-year."""
import random

# 2026-01-05 .. 2026-06-28
TIME_RANGE = (1767571200, 1782604800)

CULTURES = [("se", 5), ("no", 2), ("dk", 2), ("fi", 2), ("so", 2), ("fa", 2), ("tr", 2), ("pl", 2),
            ("de", 1), ("es", 2), ("ar", 2), ("ku", 1)]

NAMES = {
    "se": {"given": ["Ingrid", "Torbjörn", "Märta", "Göran", "Ylva", "Åke", "Linnéa", "Sixten", "Gunnel", "Ebbe",
                     "Solveig", "Hjalmar", "Agneta", "Ture", "Maj-Britt", "Elof"],
           "surname": ["Lindqvist", "Björklund", "Åström", "Nyberg", "Hedlund", "Öhman", "Sjöberg", "Wallin",
                       "Forsgren", "Ekström", "Dahlgren", "Sandström", "Löfgren", "Holmqvist"],
           "two_surnames": 0.06, "join": "-"},
    "no": {"given": ["Sigrid", "Håkon", "Ragnhild", "Øystein", "Tuva", "Eirik", "Synnøve", "Torstein", "Åse"],
           "surname": ["Haugland", "Strømme", "Bakken", "Løvås", "Kvamme", "Fjeld", "Sæther", "Vik"]},
    "dk": {"given": ["Mette", "Søren", "Birthe", "Rasmus", "Lærke", "Bjarke", "Signe", "Jørgen"],
           "surname": ["Kjærgaard", "Mortensen", "Østergaard", "Bach", "Holm", "Dalsgaard", "Thygesen"]},
    "fi": {"given": ["Aino", "Juhani", "Päivi", "Tapio", "Sirkka", "Väinö", "Kaisu", "Ilkka"],
           "surname": ["Häkkinen", "Mäkelä", "Koskinen", "Järvinen", "Heikkilä", "Lähteenmäki", "Rönkkö"]},
    "so": {"given": ["Hodan", "Abdirahman", "Faduma", "Mahad", "Ubah", "Guled", "Sahra", "Liban", "Hibaaq"],
           "surname": ["Warsame", "Jama", "Farah", "Abdi", "Hersi", "Mohamud", "Nuur", "Yusuf"]},
    "fa": {"given": ["شیرین|Shirin", "داریوش|Dariush", "نرگس|Narges", "کاوه|Kaveh", "مهسا|Mahsa", "بابک|Babak"],
           "surname": ["رضایی|Rezaei", "حسینی|Hosseini", "کریمی|Karimi", "صادقی|Sadeghi", "مرادی|Moradi"]},
    "tr": {"given": ["Şükrü", "Gülşen", "İbrahim", "Özlem", "Çağlar", "Tuğba", "Ümit", "Nergis"],
           "surname": ["Yıldırım", "Öztürk", "Çelik", "Aydın", "Kılıç", "Şahin", "Doğan", "Güneş"]},
    "pl": {"given": ["Małgorzata", "Grzegorz", "Bożena", "Wojciech", "Jadwiga", "Łukasz", "Agnieszka"],
           "surname": ["Wiśniewska", "Szczepański", "Dąbrowski", "Kaczmarek", "Zając", "Woźniak", "Krzyżanowska"]},
    "de": {"given": ["Jürgen", "Hannelore", "Dietmar", "Gudrun", "Wolfgang", "Ute"],
           "surname": ["Müller-Lüdenscheidt", "Schäfer", "von Bülow", "Großmann", "Köhler", "Weiß"]},
    "es": {"given": ["María José", "Íñigo", "Begoña", "Joaquín", "Nuria", "Álvaro", "Rocío"],
           "surname": ["García", "Fernández", "Muñoz", "Ibáñez", "Olmedo", "Peña", "Castaño"],
           "two_surnames": 0.8, "join": " "},
    "ar": {"given": ["حيدر|Haidar", "زينب|Zainab", "مصطفى|Mustafa", "رشا|Rasha", "علي|Ali", "نور|Noor"],
           "surname": ["الجبوري|Al-Jubouri", "العبيدي|Al-Obaidi", "الساعدي|Al-Saadi", "الموسوي|Al-Musawi"]},
    "ku": {"given": ["Rêbwar", "Shilan", "Dilan", "Hêvî", "Soran", "Berfin"],
           "surname": ["Barzani", "Zêbarî", "Hawrami", "Mirani"]},
}

LOGIN_CONVENTIONS = [("g.s", 5), ("g1s", 3), ("s4g2", 2), ("ab1234", 2), ("g.s.yy", 1), ("adm", 1),
                     ("x6", 1), ("G.S", 1), ("g-s", 1)]
P_UNICODE_LOGIN = 0.12
P_UNICODE_MAIL = 0.10
MAIL_DOMAINS = [("vardcentral-norr.se", 3), ("kommun-halsingland.se", 2), ("fjordkraft-drift.no", 1),
                ("hotmail.com", 1), ("gmail.com", 2), ("outlook.dk", 1), ("elisa-asiakas.fi", 1),
                ("byggbolaget-umea.se", 2)]
CORP_DOMAIN = "vardcentral-norr.se"
AD_DOMAIN = "VCNORR"
UPN_SUFFIX = "vcn.local"

# (prefix, length of the national significant number, kind, grouping)
COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("703", 9, "mobile", [2, 3, 2, 2]), ("735", 9, "mobile", [2, 3, 2, 2]),
                                                 ("85", 8, "fixed", [1, 3, 2, 2]), ("31", 9, "fixed", [2, 3, 2, 2]),
                                                 ("90", 8, "fixed", [2, 2, 2, 2])]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("41", 8, "mobile", [3, 2, 3]), ("92", 8, "mobile", [3, 2, 3]),
                                               ("22", 8, "fixed", [2, 2, 2, 2])]},
    "DK": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", [2, 2, 2, 2]), ("31", 8, "mobile", [2, 2, 2, 2])]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("40", 9, "mobile", [2, 3, 4]), ("50", 9, "mobile", [2, 3, 4]),
                                                 ("9", 8, "fixed", [1, 3, 4])]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", [3, 8]), ("176", 11, "mobile", [3, 8]),
                                                ("30", 10, "fixed", [2, 8])]},
    "PL": {"cc": "48", "trunk": "", "ranges": [("50", 9, "mobile", [3, 3, 3]), ("69", 9, "mobile", [3, 3, 3])]},
    "TR": {"cc": "90", "trunk": "0", "ranges": [("53", 10, "mobile", [3, 3, 2, 2]), ("212", 10, "fixed", [3, 3, 2, 2])]},
    "ES": {"cc": "34", "trunk": "", "ranges": [("6", 9, "mobile", [3, 2, 2, 2]), ("91", 9, "fixed", [2, 3, 2, 2])]},
    "SO": {"cc": "252", "trunk": "0", "ranges": [("61", 9, "mobile", [2, 3, 4]), ("90", 9, "mobile", [2, 3, 4])]},
    "IR": {"cc": "98", "trunk": "0", "ranges": [("912", 10, "mobile", [3, 3, 4]), ("21", 10, "fixed", [2, 4, 4])]},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("770", 10, "mobile", [3, 3, 4]), ("750", 10, "mobile", [3, 3, 4])]},
    "GB": {"cc": "44", "trunk": "0", "ranges": [("7700", 10, "mobile", [4, 6]), ("20", 10, "fixed", [2, 4, 4])]},
    "NL": {"cc": "31", "trunk": "0", "ranges": [("6", 9, "mobile", [1, 8]), ("20", 9, "fixed", [2, 7])]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", [4, 4])]},
    "LT": {"cc": "370", "trunk": "8", "ranges": [("6", 8, "mobile", [3, 5])]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("612", 10, "fixed", [3, 3, 4]), ("206", 10, "fixed", [3, 3, 4])]},
}
PHONE_WEIGHTS = [("SE", 12), ("NO", 3), ("DK", 2), ("FI", 2), ("DE", 2), ("PL", 2), ("TR", 2), ("ES", 1),
                 ("SO", 2), ("IR", 1), ("IQ", 1), ("GB", 1), ("NL", 1), ("EE", 1), ("LT", 1), ("US", 1)]
PHONE_STYLES = [("e164", 4), ("intl", 3), ("00", 1), ("00sp", 1), ("nat", 4), ("natdigits", 2), ("natdash", 2),
                ("paren", 1), ("digits", 1)]
EXTENSIONS = [(2100, 2499), (41000, 41999)]

BIRTH_YEARS = (1931, 2011)
PNR_SERIALS = (100, 699)
PNR_STYLES = [("10-", 4), ("12", 3), ("12-", 2), ("10", 1), ("12 ", 1)]
ORGNR_FIRST = ["55", "21", "80"]

TACS = ["35332811", "35467211", "86092805", "35209217", "35890512"]
PLMNS = ["24001", "24007", "24201", "23802", "26001"]
OUIS = ["3c22fb", "f0d5bf", "a4c3f0", "001b63", "5c5f67", "b8e856", "e4b97a"]
MAC_STYLES = [(":", 4), (":U", 2), ("-", 2), (".", 1), ("bare", 1)]

V4_NETS = [("10.44", 4), ("172.20", 2), ("192.168.31", 2), ("81.236", 1), ("194.17", 1), ("46.59", 1)]
V6_NETS = ["2a02:aa1:4c20", "2001:6b0:1e", "fd4a:77c2:9"]


def _wiegand(rng):
    return f"{rng.randint(10, 250)}:{rng.randint(1000, 65000)}"


def _card10(rng):
    return f"{rng.randint(1, 4):d}" + "".join(rng.choice("0123456789") for _ in range(9))


def _bk(rng):
    return "BK-" + "".join(rng.choice("0123456789") for _ in range(5))


BADGE_FORMATS = [(_wiegand, 2), (_card10, 2), (_bk, 1)]

# Look-alikes: emergency, service and organisation numbers of several countries
SERVICE_NUMBERS = ["112", "1177", "114 14", "11414", "113", "110", "116 117", "0771-1177 00", "020-22 22 22",
                   "+46 771 1177 00", "1813", "116006", "911", "999", "0800 1111", "+47 815 00 100",
                   "0771-567 567", "118 118", "0200-29 29 29"]
PLACES = ["Sundsvall", "Härnösand", "Tromsø", "Aalborg", "Oulu", "Kiruna", "Bodø", "Skellefteå"]
SYSTEM_USERS = ["postgres", "svc_backup", "nt authority\\system", "root", "replicator", "svc-mdm", "healthcheck",
                "SYSTEM", "LOCAL SERVICE", "rdsadmin"]
