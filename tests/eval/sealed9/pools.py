"""Value pools of sealed9, the twelfth pair's kept-aside half. Disjoint from
wild9's: other cultures and scripts, other countries, Swedish ranges,
networks, OUIs, TACs, PLMNs, realms, and another year."""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import twelfthlib  # noqa: E402

NAMES = {
    "swedish": {"given": ["Birgitta", "Anders", "Solveig", "Olle", "Hedvig", "Arvid", "Majken", "Nils-Erik"],
                "surname": ["Nyberg", "Östlund", "Hallgren", "Fältskog", "Rydén", "Strömberg", "Tegnér"]},
    "norwegian_danish": {"given": ["Sigrid", "Øystein", "Ragnhild", "Jens", "Mette", "Søren", "Ingeborg"],
                         "surname": ["Haugen", "Bjørnstad", "Sørensen", "Kristiansen", "Løkke", "Ødegård"]},
    "slovenian": {"given": ["Urška", "Matjaž", "Špela", "Rok", "Nataša", "Žiga"],
                  "surname": ["Novak", "Kranjc", "Zupančič", "Potočnik", "Vidmar", "Kos"]},
    "bulgarian": {"given": ["Цветана|Tsvetana", "Димитър|Dimitar", "Радослава|Radoslava", "Стоян|Stoyan"],
                  "surname": ["Георгиева|Georgieva", "Петров|Petrov", "Стоянова|Stoyanova", "Колев|Kolev"]},
    "serbian": {"given": ["Милица|Milica", "Ненад|Nenad", "Јована|Jovana", "Драган|Dragan"],
                "surname": ["Јовановић|Jovanović", "Николић|Nikolić", "Ђорђевић|Đorđević", "Стојановић|Stojanović"]},
    "armenian": {"given": ["Անի|Ani", "Արամ|Aram", "Լուսինե|Lusine", "Տիգրան|Tigran"],
                 "surname": ["Հովհաննիսյան|Hovhannisyan", "Սարգսյան|Sargsyan", "Պետրոսյան|Petrosyan"]},
    "kurdish": {"given": ["Rojda", "Berzan", "Nesrin", "Dilovan", "Hêvî", "Şêrko"],
                "surname": ["Barzani", "Xelîl", "Ehmed", "Kobanî", "Zebarî"]},
    "pashto": {"given": ["ملالۍ|Malalai", "احمد|Ahmad", "زرمینه|Zarmina", "ګل|Gul"],
               "surname": ["یوسفزی|Yousafzai", "احمدزی|Ahmadzai", "ستانکزی|Stanikzai"]},
    "tamil": {"given": ["Kavitha", "Murugan", "Lakshmi", "Senthil", "Anbarasi"],
              "surname": ["Subramaniam", "Ramasamy", "Karthikeyan", "Venkatesan"]},
    "swahili": {"given": ["Amani", "Neema", "Baraka", "Zawadi", "Juma", "Rehema"],
                "surname": ["Mwangi", "Otieno", "Wanjiru", "Kimaro", "Njoroge", "Mushi"]},
    "hebrew": {"given": ["נועה|Noa", "איתי|Itai", "שירה|Shira", "יונתן|Yonatan"],
               "surname": ["כהן|Cohen", "לוי|Levi", "מזרחי|Mizrahi", "פרץ|Peretz"]},
    "japanese": {"given": ["陽菜|Hina", "蓮|Ren", "結衣|Yui", "大翔|Hiroto"],
                 "surname": ["佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "渡辺|Watanabe"], "order": "surname-first"},
    "malay": {"given": ["Nurul", "Haziq", "Aisyah", "Faizal", "Syafiqah"],
              "surname": ["binti Abdullah", "bin Ismail", "binti Rahman", "bin Hassan"]},
}
CULTURE_WEIGHTS = {"swedish": 4, "norwegian_danish": 2, "slovenian": 2, "bulgarian": 1, "serbian": 1, "armenian": 1,
                   "kurdish": 2, "pashto": 1, "tamil": 2, "swahili": 2, "hebrew": 1, "japanese": 1, "malay": 1}

PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("70", 9, "mobile", [2, 3, 2, 2]), ("73", 9, "mobile", [2, 3, 2, 2]),
                      ("8", 9, "fixed", [1, 3, 3, 2]), ("46", 9, "fixed", [2, 3, 2, 2]), ("63", 8, "fixed", [2, 2, 2, 2])]},
    "NO": {"cc": "47", "trunk": "", "ranges": [("4", 8, "mobile", [3, 2, 3]), ("9", 8, "mobile", [3, 2, 3]),
                                                 ("22", 8, "fixed", [2, 2, 2, 2])]},
    "DK": {"cc": "45", "trunk": "", "ranges": [("2", 8, "mobile", [2, 2, 2, 2]), ("3", 8, "fixed", [2, 2, 2, 2])]},
    "SI": {"cc": "386", "trunk": "0", "ranges": [("41", 8, "mobile", [2, 3, 3]), ("1", 8, "fixed", [1, 3, 2, 2])]},
    "BG": {"cc": "359", "trunk": "0", "ranges": [("88", 9, "mobile", [3, 3, 3]), ("2", 8, "fixed", [1, 3, 4])]},
    "RS": {"cc": "381", "trunk": "0", "ranges": [("64", 9, "mobile", [2, 3, 4]), ("11", 9, "fixed", [2, 3, 4])]},
    "AM": {"cc": "374", "trunk": "0", "ranges": [("9", 8, "mobile", [2, 3, 3]), ("10", 8, "fixed", [2, 3, 3])]},
    "IQ": {"cc": "964", "trunk": "0", "ranges": [("750", 10, "mobile", [3, 3, 4]), ("770", 10, "mobile", [3, 3, 4])]},
    "AF": {"cc": "93", "trunk": "0", "ranges": [("70", 9, "mobile", [2, 3, 4]), ("79", 9, "mobile", [2, 3, 4])]},
    "IN": {"cc": "91", "trunk": "0", "ranges": [("98", 10, "mobile", [5, 5]), ("44", 10, "fixed", [2, 4, 4])]},
    "LK": {"cc": "94", "trunk": "0", "ranges": [("77", 9, "mobile", [2, 3, 4])]},
    "KE": {"cc": "254", "trunk": "0", "ranges": [("712", 9, "mobile", [3, 3, 3]), ("20", 9, "fixed", [2, 3, 4])]},
    "TZ": {"cc": "255", "trunk": "0", "ranges": [("754", 9, "mobile", [3, 3, 3])]},
    "IL": {"cc": "972", "trunk": "0", "ranges": [("52", 9, "mobile", [2, 3, 4]), ("3", 8, "fixed", [1, 3, 4])]},
    "JP": {"cc": "81", "trunk": "0", "ranges": [("90", 10, "mobile", [2, 4, 4]), ("3", 9, "fixed", [1, 4, 4])]},
    "MY": {"cc": "60", "trunk": "0", "ranges": [("12", 9, "mobile", [2, 3, 4]), ("3", 9, "fixed", [1, 4, 4])]},
    "CA": {"cc": "1", "trunk": "1", "ranges": [("604", 10, "mobile", [3, 3, 4]), ("514", 10, "fixed", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 6, "NO": 2, "DK": 2, "SI": 1, "BG": 1, "RS": 1, "AM": 1, "IQ": 2, "AF": 1, "IN": 2,
                         "LK": 1, "KE": 2, "TZ": 1, "IL": 1, "JP": 1, "MY": 1, "CA": 1}

BIRTH_YEARS = (1980, 2019)
ORGNR_GROUPS = ["55", "91", "96"]
IMEI_TACS = ["35407115", "35332410", "86891104", "35915622", "49015420"]
IMSI_PLMNS = ["24008", "24202", "23802", "29341", "28405", "41801", "63902", "72402"]

IPV4_NETS = [("10.203", 4), ("172.29", 2), ("192.168.140", 2), ("46.194", 2), ("213.65", 1), ("91.207.58", 1)]
IPV6_NETS = [("2001:6b0:e", 3), ("fd77:c0de:14:9", 2), ("2a05:d018:c1", 1)]
MAC_OUIS = ["001b63", "e8d8d1", "7c2e0d", "00e04c", "dca632", "5c5f67"]
EMAIL_DOMAINS = [("siol.net", 1), ("abv.bg", 1), ("eunet.rs", 1), ("mail.am", 1), ("gmail.com", 3), ("live.no", 1),
                 ("jonkoping.se", 2), ("yahoo.co.jp", 1), ("gmail.co.ke", 1), ("hotmail.com", 2), ("kurdistan24.net", 1)]
REALMS = ["AD.JONKOPING.SE", "NET.HELSE-VEST.NO", "CORP.SIOLNET.SI"]
NETBIOS = ["JKPG", "HVEST", "SIOLNET"]
EXTENSIONS = [(4400, 4799), (71000, 71999), (8800, 8899)]
TIME_RANGE = (1801526400, 1809302400)  # 2027-02 .. 2027-05

SERVICE_NUMBERS = ["112", "114 14", "1177", "020-91 91 91", "0771-24 24 24", "11 414", "77 00"]
SERVICE_NUMBERS_INTL = ["112", "113", "110", "999", "100", "101", "116 006", "119", "0800 22 22", "1818"]
HUNT_PILOTS = [4000, 4090, 8900, 72000]  # outside EXTENSIONS: a pilot is never a person's DN
QUEUE_NUMBERS = [800, 801, 850, 9200, 9201]
FEATURE_CODES = ["*21*", "#21#", "*30", "*31", "*60", "**9"]
VERSIONS = ["6.1.0.4762", "3.8.12", "11.2.0.7", "22.4.1-44", "v1.19.3", "8.0.2.1120"]
BUILDS = ["build 5120", "fw 2.4.7", "r2027.03.1", "v6.4.14 (build 2093)", "0.9.8-beta"]
USER_AGENTS = ["Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
               "Dalvik/2.1.0 (Linux; U; Android 14; SM-A556B)", "curl/8.9.1", "Go-http-client/2.0"]
OIDS = ["1.3.6.1.4.1.311.21.8", "2.16.578.1.12.4.1.1.7170", "1.2.752.29.4.13", "1.3.6.1.4.1.26027.1.1"]
TICKET_FORMATS = ["HD-{n}", "CASE-{y}-{n}", "REQ{n}", "Ärende {n}", "JSM-{n}"]
CAPITALISED = ["Ljubljana", "Plovdiv", "Jönköping", "Bergen", "Aarhus", "Yerevan", "Erbil", "Kandahar", "Chennai",
               "Mombasa", "Osaka", "Haifa", "Penang", "Toyota", "Samsung", "Linux", "Tisdag", "Mandag"]
PLACES = ["Ljubljana", "Plovdiv", "Jönköping", "Bergen", "Aarhus", "Novi Sad", "Mombasa", "Huskvarna"]
SYSTEM_USERS = ["root", "daemon", "svc_sql", "noreply", "postmaster", "nginx", "LOCAL SERVICE", "operator", "Administrator"]
ROLE_MAILBOXES = ["noreply@jonkoping.se", "info@siol.net", "kundservice@live.no", "dmarc@abv.bg", "support@mail.am"]
PRODUCTS = ["Galaxy S24", "Moto g84", "iPhone 13 mini", "Xperia 10 V", "Redmi Note 13"]
ORDER_FORMATS = ["WC-{n}", "#{n}", "BST{n}"]
PARCEL_FORMATS = ["RR{n}NO", "CX{n}SI", "JD0146{m}", "UA{n}BG"]
APNS = ["internet.telenor.no", "internet.mobil.siol.net", "data.tele2.se"]
DOORS = ["Hus 3 Entré", "Apotek Lager", "Dörr 12 Operation", "Garage Syd", "Glavni vhod"]
WARDS = ["Avd 5 Ortopedi", "Akutmottagning Ryhov", "Hjärtavd Värnamo", "BB Eksjö"]
STREETS = ["Slovenska cesta 50", "бул. Витоша 12", "Storgatan 8", "Moi Avenue 44", "Bryggen 3"]
HOSTS = ["ldap02", "sbc-dr", "mnp1", "smsgw", "app7", "doorsrv", "telematics", "shop-fe"]
INTERNAL_DOMAINS = ["jkpg.local", "hvest.lan", "siolnet.internal"]
URL_PATHS = ["/checkout", "/api/v1/bookings", "/auth/login", "/fleet/live", "/wp-json/wc/v3/orders"]
BADGE_FORMS = [("C", 6), ("", 10), ("ID-", 7), ("M", 8)]
SMS_BODIES = ["Vaša pošiljka je prispela", "Пратката ви е доставена", "Kifurushi chako kimefika", "Koden din er 5521"]

NOTES = {
    "sl": ["Pacientka «PERSON_NAME:fullname» je klicala s številke «PHONE:phone», prosi za nov termin; zahtevek «~ticket».",
           "Uporabnik «USERNAME:lcuser» («EMAIL:email») ne more v portal, verzija «~version»."],
    "bg": ["Клиентът «PERSON_NAME:fullname» се обади от «PHONE:phone» за поръчка «~orderno».",
           "Моля, обадете се на «PERSON_NAME:name» на «PHONE:phone»; спешен номер «~svcint» не е използван."],
    "sr": ["Пацијент «PERSON_NAME:fullname» звао са «PHONE:phone», тражи нови термин.",
           "Korisnik «USERNAME:lcuser» prijavio zaključan nalog, kontakt «EMAIL:email»."],
    "hy": ["Հաճախորդ «PERSON_NAME:fullname»-ը զանգահարել է «PHONE:phone» համարից, պատվեր «~orderno»։"],
    "ku": ["Nexweş «PERSON_NAME:fullname» ji «PHONE:phone» telefon kir, dixwaze randevûyê biguherîne.",
           "Ji kerema xwe li «PERSON_NAME:name» vegerin: «PHONE:phone» an «EMAIL:email»."],
    "ps": ["ناروغ «PERSON_NAME:fullname» له «PHONE:phone» څخه زنګ وواهه، نوې نیټه غواړي."],
    "ta": ["வாடிக்கையாளர் «PERSON_NAME:fullname» «PHONE:phone» இலிருந்து அழைத்தார்; டிக்கெட் «~ticket».",
           "Customer «PERSON_NAME:name» asked for a callback on «PHONE:phone» in Tamil."],
    "sw": ["Mteja «PERSON_NAME:fullname» alipiga simu kutoka «PHONE:phone» kuhusu kifurushi «~parcel».",
           "Tafadhali mpigie «PERSON_NAME:name» kwa «PHONE:phone» au «EMAIL:email»."],
    "he": ["הלקוח «PERSON_NAME:fullname» התקשר מ-«PHONE:phone» בנוגע להזמנה «~orderno»."],
    "ja": ["«PERSON_NAME:fullname»様より«PHONE:phone»から電話、注文«~orderno»のキャンセル希望。"],
    "no": ["Pårørende «PERSON_NAME:fullname» ringte fra «PHONE:phone» om «PERSON_NAME:fullname2», pnr «PERSONNUMMER:pnr» (svensk).",
           "Bruker «USERNAME:lcuser» sperret etter 5 forsøk fra «IPV4:ip4», sak «~ticket»."],
    "da": ["Borger «PERSON_NAME:name» ringede fra «PHONE:phone»; forkert cpr/pnr «~badpnr» rettet til «PERSONNUMMER:pnr»."],
    "sv": ["Patient med samordningsnummer «SAMORDNINGSNUMMER:snr» ringde från «PHONE:mobilese», ärende «~ticket».",
           "Fakturamottagare org.nr «ORGNR:orgnr» (felaktigt «~badorgnr»), kontakt «PERSON_NAME:fullname», «EMAIL:email»."],
    "ms": ["Pelanggan «PERSON_NAME:fullname» menelefon dari «PHONE:phone» tentang bungkusan «~parcel»."],
}

twelfthlib.fill(globals())
