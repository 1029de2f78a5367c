"""Value pools of wild4, the seventh pair's development half. Disjoint from
sealed4's: other cultures and names, account conventions, countries, Swedish
ranges, extensions, networks, OUIs, TACs, PLMNs, domains, badge formats, years."""
import random
import string


def _d(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


CULTURES = {
    "swedish": {"w": 26, "p_two_given": 0.15, "given_joiner": "-",
                "given": ["Agneta", "Birgitta", "Görel", "Ingvor", "Majvor", "Solveig", "Linnéa", "Ebba", "Alva",
                          "Tuva", "Wilma", "Signe", "Gunnel", "Lisbet", "Bengt", "Gösta", "Torbjörn", "Ulf",
                          "Arvid", "Hugo", "Viggo", "Melker", "Algot", "Sixten", "Holger", "Åke", "Örjan",
                          "Leif", "Kjell", "Ronny", "Jöns", "Sune"],
                "surname": ["Bergqvist", "Söderström", "Hägglund", "Öhman", "Åkerlund", "Wikström", "Lindqvist",
                            "Nyberg", "Sandberg", "Forsgren", "Ekdahl", "Sjögren", "Hedlund", "Norén", "Stålhammar",
                            "Tornberg", "Mattsson", "Fransson", "Ljungberg", "Dahlgren", "Blomqvist", "Engström",
                            "Palmqvist", "Rydén"]},
    "norwegian": {"w": 6, "given": ["Sigrun", "Torunn", "Ragnhild", "Oddny", "Solfrid", "Eirik", "Torstein",
                                    "Øystein", "Håkon", "Vegard", "Bjørnar", "Aslak"],
                  "surname": ["Haugland", "Bråthen", "Solberg", "Kvamme", "Tveit", "Røed", "Hovland", "Fjeldstad",
                              "Aasen", "Nygård", "Støre", "Myklebust"], "two_letter": True},
    "danish": {"w": 5, "given": ["Mette", "Lærke", "Sofie", "Birthe", "Rasmus", "Mads", "Søren", "Jens", "Frederik"],
               "surname": ["Sørensen", "Kjærgaard", "Mikkelsen", "Thygesen", "Dalsgaard", "Vestergaard", "Bruun",
                           "Holm-Jørgensen"], "two_letter": True},
    "polish": {"w": 7, "given": ["Małgorzata", "Agnieszka", "Bożena", "Jadwiga", "Grzegorz", "Przemysław",
                                 "Zbigniew", "Wojciech", "Łukasz", "Katarzyna", "Paweł", "Dorota"],
               "surname": ["Wiśniewska", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymańska",
                           "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur", "Krawczyk"]},
    "turkish": {"w": 6, "given": ["Ayşe", "Elif", "Zeynep", "Gülşen", "Hülya", "Mehmet", "Mustafa", "Emre",
                                  "Oğuzhan", "Hüseyin", "Çağla", "Burak"],
                "surname": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan",
                            "Doğan", "Kılıç", "Aslan"]},
    "kurdish": {"w": 4, "given": ["Rojda", "Berfin", "Hêvî", "Zilan", "Dilovan", "Serhat", "Rêber", "Azad", "Baran"],
                "surname": ["Zana", "Botanî", "Barzanî", "Amedî", "Goran", "Xelîl", "Kurdî", "Şêxmûs"]},
    "persian": {"w": 5, "given": ["آزاده|Azadeh", "شیرین|Shirin", "مهسا|Mahsa", "نسرین|Nasrin", "کوروش|Kourosh",
                                  "داریوش|Dariush", "بهرام|Bahram", "Golnar", "Arash", "Parisa"],
                "surname": ["Karimi", "Mohammadi", "Hosseini", "Ahmadi", "رضایی|Rezaei", "موسوی|Mousavi",
                            "Jafari", "Sadeghi", "Tehrani"]},
    "somali": {"w": 4, "given": ["Hodan", "Faadumo", "Sahra", "Ubah", "Cabdi", "Maxamed", "Abdirahman", "Bashiir",
                                 "Mursal", "Ayaan"],
               "surname": ["Warsame", "Cali", "Xasan", "Jaamac", "Guuleed", "Samatar", "Nuur", "Faarax", "Axmed"]},
    "hispanic": {"w": 6, "p_two_surnames": 0.7, "surname_joiner": " ",
                 "given": ["María José", "Ximena", "Guadalupe", "Valentina", "Itziar", "Nerea", "Joaquín", "Íñigo",
                           "Santiago", "Rodrigo", "Mateo", "Begoña"],
                 "surname": ["García", "Fernández", "Muñoz", "Ibáñez", "Echeverría", "Castañeda", "Quintero",
                             "Villalobos", "Garrido", "Sepúlveda", "Olmedo", "Arrieta"]},
    "german": {"w": 5, "given": ["Jürgen", "Dietmar", "Wolfgang", "Anneliese", "Gudrun", "Henrike", "Lennart",
                                 "Jörg", "Uta", "Friederike"],
               "surname": ["Müller", "Schäfer", "Weiß", "Krüger", "von Bülow", "Hoffmann", "Bäcker", "zu Dohna",
                           "Größler", "Köhler"], "two_letter": True},
    "estonian": {"w": 3, "given": ["Tiiu", "Kadri", "Triin", "Liis", "Tõnu", "Jaan", "Margus", "Rein", "Priit"],
                 "surname": ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane", "Ilves", "Põder", "Kõiv"]},
    "vietnamese": {"w": 4, "order": "sg",
                   "given": ["Thị Lan", "Thu Hằng", "Minh Anh", "Văn Hùng", "Quốc Bảo", "Đức Thắng", "Ngọc Ánh"],
                   "surname": ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"]},
    "indian": {"w": 4, "given": ["Lakshmi", "Priyanka", "Divya", "Meenakshi", "Rajesh", "Venkatesh", "Arjun",
                                 "Karthik", "Sanjay"],
               "surname": ["Subramanian", "Iyer", "Venkataraman", "Krishnamurthy", "Patil", "Chatterjee",
                           "Raghunathan", "Deshpande"]},
}
NAME_FORMS = {"full": 52, "last-first": 10, "LAST-first": 6, "first-LAST": 5, "initial": 6, "ascii": 9,
              "first-only": 4, "last-first-nocomma": 8}
USER_CONVENTIONS = {"first.last": 18, "flast": 12, "f.last": 6, "last5f2": 8, "fl4": 6, "l3f3nn": 7,
                    "first_last": 5, "first.m.last": 5, "first.last.ext": 4, "adm-flast": 5, "FLAST": 5,
                    "firstl": 5, "lastfirst1": 4, "first-last": 3}
P_ACCOUNT_MARKS = 0.06
P_MAIL_MARKS = 0.08
WORK_DOMAINS = ["norrvatten.se", "skelleftea-energi.se", "gavleborgs-lan.se", "ostgotatrafiken.se",
                "vasterbotten-region.se", "hamnbolaget.se"]
MAIL_DOMAINS = {"gmail.com": 8, "outlook.com": 4, "hotmail.se": 3, "online.no": 2, "mail.dk": 1, "wp.pl": 2,
                "onet.pl": 1, "yandex.com.tr": 1, "gmx.de": 2, "web.de": 1, "telia.com": 2, "icloud.com": 2,
                "yahoo.es": 1}
NETBIOS = ["NORRVATTEN", "NV", "REGION-AC", "GAVLEBORG"]
REALMS = ["NORRVATTEN.SE", "AD.GAVLEBORGS-LAN.SE"]
HOSTS = ["nv-app14", "ora-prd-02", "mx2-dmz", "wlc5520-a", "dns-int-01", "pbx3cx-01", "arx-srv", "lenel-gw",
         "fs-hem02", "citrix-sf01", "ws-ekon-117", "laptop-hr-44"]

COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "ranges": [("70", 9, "mobile", [2, 3, 2, 2]), ("72", 9, "mobile", [2, 3, 2, 2]),
                                                ("8", 9, "fixed", [1, 3, 3, 2]), ("31", 9, "fixed", [2, 3, 2, 2]),
                                                ("90", 8, "fixed", [2, 2, 2, 2]), ("920", 8, "fixed", [3, 3, 2])],
           "seps": [" ", " ", "-", ""],
           "national": lambda rng, t, nsn, p: f"{t}{p[0]}-{' '.join(p[1:])}" if rng.random() < 0.6 else f"{t}{p[0]}/{''.join(p[1:])}"},
    "NO": {"cc": "47", "trunk": "", "ranges": [("4", 8, "mobile", [3, 2, 3]), ("9", 8, "mobile", [3, 2, 3]),
                                              ("22", 8, "fixed", [2, 2, 2, 2])], "seps": [" "]},
    "DK": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", [2, 2, 2, 2]), ("3", 8, "fixed", [2, 2, 2, 2])],
           "seps": [" ", ""]},
    "DE": {"cc": "49", "trunk": "0", "ranges": [("151", 11, "mobile", [3, 8]), ("176", 11, "mobile", [3, 8]),
                                               ("30", 10, "fixed", [2, 8]), ("89", 10, "fixed", [2, 4, 4])],
           "seps": [" ", "/"], "national": lambda rng, t, nsn, p: rng.choice([f"{t}{p[0]} {''.join(p[1:])}", f"({t}{p[0]}) {''.join(p[1:])}", f"{t}{p[0]}/{''.join(p[1:])}"])},
    "PL": {"cc": "48", "trunk": "", "ranges": [("50", 9, "mobile", [3, 3, 3]), ("60", 9, "mobile", [3, 3, 3]),
                                              ("22", 9, "fixed", [2, 3, 2, 2])], "seps": [" ", "-"]},
    "TR": {"cc": "90", "trunk": "0", "ranges": [("53", 10, "mobile", [3, 3, 2, 2]), ("212", 10, "fixed", [3, 3, 2, 2])],
           "seps": [" "], "national": lambda rng, t, nsn, p: rng.choice([f"{t}{p[0]} {p[1]} {p[2]} {p[3]}", f"{t} ({p[0]}) {p[1]} {p[2]} {p[3]}"])},
    "ES": {"cc": "34", "trunk": "", "ranges": [("6", 9, "mobile", [3, 3, 3]), ("91", 9, "fixed", [2, 3, 2, 2])],
           "seps": [" ", "."]},
    "IR": {"cc": "98", "trunk": "0", "ranges": [("912", 10, "mobile", [3, 3, 4]), ("21", 10, "fixed", [2, 4, 4])],
           "seps": [" "]},
    "SO": {"cc": "252", "trunk": "0", "ranges": [("61", 9, "mobile", [2, 3, 4])], "seps": [" "]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", [4, 4])], "seps": [" "]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", [5, 5]), ("80", 10, "fixed", [2, 4, 4])],
           "seps": [" ", "-"]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("617", 10, "fixed", [3, 3, 4]), ("312", 10, "fixed", [3, 3, 4])]},
}
PHONE_WEIGHTS = {"SE": 50, "NO": 6, "DK": 5, "DE": 6, "PL": 6, "TR": 5, "ES": 4, "IR": 3, "SO": 3, "EE": 2,
                 "IN": 3, "US": 3}
PHONE_STYLES = {"national": 36, "e164": 20, "intl": 14, "00": 8, "digits": 4, "national-plain": 12, "intl-0": 6}
EXTENSIONS = [(2000, 3999)]
QUEUE_NUMBERS = [(6000, 6049), (8800, 8849)]
SERVICE_NUMBERS = ["112", "11414", "1177", "114 14", "116 111", "90000", "116000", "113 13", "020-91 00 91",
                   "0771-24 24 24", "118 118"]
SWITCHBOARDS_E164 = ["+46852010200", "+46907061000", "+46316040000", "+46920453000"]
SMS_SENDERS = ["46766861004", "46766862290"]
SWITCHBOARDS = ["08-520 102 00", "+46 90 70 61 00", "031-60 40 00", "0920-45 30 00", "+4687440000"]

BIRTH_YEARS = (1938, 1975)
PNR_STYLES = {"12": 4, "12-": 3, "10-": 4, "10": 2, "12 ": 1}
ORGNR_HEADS = ["55", "21", "76"]
ORGNR_STYLES = {"dash": 6, "plain": 3, "16": 1}
TACS = ["35391811", "35209911", "86103404", "35875812", "01332700"]
IMEI_STYLES = {"plain": 7, "dash": 2, "tac": 1}
PLMNS = ["24001", "24007", "24201", "23801", "26201", "26002", "21407", "28601"]
OUIS = ["28:CF:E9", "F8:BC:12", "3C:D9:2B", "54:EE:75", "A4:34:D9", "5C:0A:5B", "00:04:F2", "80:5E:C0", "B8:27:EB"]
MAC_STYLES = {"colon": 5, "COLON": 3, "DASH": 3, "dot": 2, "bare": 1}
IPV4_PRIVATE = ["10.40", "10.41.8", "172.20", "192.168.12"]
IPV4_PUBLIC = ["81.224", "62.20", "213.67", "195.198", "78.72"]
IPV6_NETS = ["2001:6b0:1e", "2a00:801:3f2", "2a01:79c"]
IPV6_STYLES = {"plain": 5, "short": 3, "upper": 1, "mapped": 1, "ll": 1}


BADGE_FORMS = {(lambda rng: "04:" + ":".join(f"{rng.randrange(256):02X}" for _ in range(6))): 3,
               (lambda rng: _d(rng, 10)): 3,
               (lambda rng: "K" + _d(rng, 7)): 3}

VERSIONS = ["10.4.2.17", "19.0.0.0.0", "19.21.0.0", "8.10.181.0", "2.86", "18.9.8", "v3.4.22.1", "6.14.0-101",
            "12.0.1.3"]
SYSTEM_ACCOUNTS = ["SYS", "SYSTEM", "DBSNMP", "svc_veeam", "svc-ora-backup", "nobody", "postmaster", "healthcheck",
                   "NT AUTHORITY\\SYSTEM", "MAILER-DAEMON", "apache", "www-data", "scanner01"]
PLACES = ["Sundsvall", "Härnösand", "Umeå", "Gävle", "Luleå", "Hamngatan", "Stortorget", "Kungsgatan",
          "Lager Öst", "Huvudentré", "Garage B2"]
TICKETS = [lambda rng: f"SR-2025-{_d(rng, 5)}", lambda rng: f"ÄRENDE {rng.randint(2024, 2025)}/{_d(rng, 4)}",
           lambda rng: f"CHG{_d(rng, 7)}", lambda rng: f"#{_d(rng, 6)}"]
COST_CENTRES = ["KST 4410", "KST 7120", "CC-2210", "Ansvar 3301", "Projekt 88120"]
ROLE_MAILBOXES = ["servicedesk", "noreply", "registrator", "kundtjanst", "ekonomi", "postmaster"]
EMPLOYEE_NO = [lambda rng: f"A{_d(rng, 5)}", lambda rng: _d(rng, 6)]
PRODUCT_WORDS = ["Visma Lön", "Procapita", "Lifecare", "Platina", "Agresso", "Ciceron", "Evolution"]
TIME_RANGE = (1735689600, 1751328000)  # first half of 2025
