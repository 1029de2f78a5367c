"""Value pools of wild9, the twelfth pair's open half. Drawn disjointly from
sealed9's: other cultures and scripts, other countries, Swedish number
ranges, networks, OUIs, TACs, PLMNs, realms and another year."""
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import twelfthlib  # noqa: E402

NAMES = {
    "swedish": {"given": ["Ingrid", "Torbjörn", "Märta", "Gösta", "Elvira", "Henning", "Signe", "Ture", "Alma", "Vilgot"],
                "surname": ["Åkerlund", "Boström", "Hägg", "Wennerholm", "Sjöquist", "Dahlgren", "Ekwall", "Lindqvist"],
                "double_given": 0.15},
    "finnish": {"given": ["Aino", "Väinö", "Lempi", "Eino", "Sanni", "Onni", "Kerttu"],
                "surname": ["Heikkilä", "Räsänen", "Kärkkäinen", "Laaksonen", "Nieminen", "Väisänen"]},
    "latvian": {"given": ["Kristaps", "Ilze", "Jānis", "Līga", "Dainis", "Zane", "Ēriks", "Baiba"],
                "surname": ["Bērziņš", "Kalniņa", "Ozoliņš", "Liepa", "Krūmiņš", "Vītola", "Zariņš"]},
    "slovak_czech": {"given": ["Zuzana", "Matej", "Lucia", "Ondřej", "Jiří", "Kateřina", "Ľubomír", "Dominika"],
                     "surname": ["Horváthová", "Kováč", "Dvořák", "Procházková", "Šťastný", "Mráz", "Nováková", "Černý"]},
    "croatian": {"given": ["Ivana", "Tomislav", "Marija", "Krešimir", "Dubravka", "Zvonimir"],
                 "surname": ["Kovačević", "Babić", "Jurić", "Horvat", "Matić", "Knežević"]},
    "albanian": {"given": ["Arben", "Drita", "Besnik", "Elira", "Genti", "Mimoza"],
                 "surname": ["Hoxha", "Krasniqi", "Berisha", "Shala", "Gashi", "Dervishi"]},
    "georgian": {"given": ["ნინო|Nino", "გიორგი|Giorgi", "თამარ|Tamar", "ლევან|Levan", "მარიამ|Mariam"],
                 "surname": ["ბერიძე|Beridze", "კაპანაძე|Kapanadze", "გელაშვილი|Gelashvili", "ლომიძე|Lomidze"]},
    "korean": {"given": ["지훈|Jihun", "서연|Seoyeon", "민준|Minjun", "하은|Haeun", "도윤|Doyun"],
               "surname": ["김|Kim", "박|Park", "최|Choi", "정|Jung", "윤|Yoon"], "order": "surname-first"},
    "korean_latin": {"given": ["Ji-hoon", "Seo-yeon", "Min-jun", "Ha-eun"], "surname": ["Kim", "Park", "Choi", "Yoon"]},
    "yoruba": {"given": ["Adébáyọ̀", "Olúwaseun", "Folake", "Babatunde", "Adaeze", "Tèmítọ́pẹ́", "Kehinde"],
               "surname": ["Adéyẹmí", "Ogunleye", "Adebayo", "Okonkwo", "Balogun", "Oyelaran"]},
    "indonesian": {"given": ["Siti", "Budi", "Dewi", "Agus", "Putri", "Rizky", "Wahyu"],
                   "surname": ["Santoso", "Wijaya", "Hidayat", "Kusuma", "Pratama", "Nugroho"]},
    "bengali": {"given": ["Tanvir", "Nusrat", "Rafiq", "Farhana", "Sabbir", "Mitu"],
                "surname": ["Rahman", "Chowdhury", "Hossain", "Akter", "Islam", "Sarkar"]},
}
CULTURE_WEIGHTS = {"swedish": 4, "finnish": 2, "latvian": 2, "slovak_czech": 2, "croatian": 2, "albanian": 1,
                   "georgian": 1, "korean": 1, "korean_latin": 1, "yoruba": 2, "indonesian": 2, "bengali": 1}

# (prefix, length of the national significant number, kind, groups)
PHONE_COUNTRIES = {
    "SE": {"cc": "46", "trunk": "0", "area_dash": True,
           "ranges": [("72", 9, "mobile", [2, 3, 2, 2]), ("76", 9, "mobile", [2, 3, 2, 2]),
                      ("31", 9, "fixed", [2, 3, 2, 2]), ("90", 8, "fixed", [2, 2, 2, 2]), ("13", 8, "fixed", [2, 2, 2, 2])]},
    "FI": {"cc": "358", "trunk": "0", "ranges": [("44", 9, "mobile", [2, 3, 4]), ("50", 9, "mobile", [2, 3, 4]),
                                                   ("9", 8, "fixed", [1, 3, 4])]},
    "LV": {"cc": "371", "trunk": "", "ranges": [("2", 8, "mobile", [2, 3, 3]), ("67", 8, "fixed", [2, 3, 3])]},
    "SK": {"cc": "421", "trunk": "0", "ranges": [("90", 9, "mobile", [3, 3, 3]), ("94", 9, "mobile", [3, 3, 3]),
                                                   ("2", 9, "fixed", [1, 4, 4])]},
    "CZ": {"cc": "420", "trunk": "", "ranges": [("60", 9, "mobile", [3, 3, 3]), ("77", 9, "mobile", [3, 3, 3]),
                                                  ("2", 9, "fixed", [3, 3, 3])]},
    "HR": {"cc": "385", "trunk": "0", "ranges": [("91", 9, "mobile", [2, 3, 4]), ("98", 9, "mobile", [2, 3, 4]),
                                                   ("1", 8, "fixed", [1, 3, 4])]},
    "AL": {"cc": "355", "trunk": "0", "ranges": [("69", 9, "mobile", [2, 3, 4]), ("4", 8, "fixed", [1, 3, 4])]},
    "GE": {"cc": "995", "trunk": "0", "ranges": [("5", 9, "mobile", [3, 2, 2, 2]), ("32", 9, "fixed", [3, 3, 3])]},
    "KR": {"cc": "82", "trunk": "0", "ranges": [("10", 10, "mobile", [2, 4, 4]), ("2", 9, "fixed", [1, 4, 4])]},
    "NG": {"cc": "234", "trunk": "0", "ranges": [("803", 10, "mobile", [3, 3, 4]), ("706", 10, "mobile", [3, 3, 4])]},
    "ID": {"cc": "62", "trunk": "0", "ranges": [("812", 11, "mobile", [3, 4, 4]), ("857", 10, "mobile", [3, 3, 4]),
                                                  ("21", 10, "fixed", [2, 4, 4])]},
    "BD": {"cc": "880", "trunk": "0", "ranges": [("17", 10, "mobile", [4, 6]), ("19", 10, "mobile", [4, 6])]},
    "LT": {"cc": "370", "trunk": "8", "ranges": [("6", 8, "mobile", [3, 5]), ("5", 8, "fixed", [1, 3, 4])]},
    "EE": {"cc": "372", "trunk": "", "ranges": [("5", 8, "mobile", [4, 4]), ("6", 7, "fixed", [3, 4])]},
    "IS": {"cc": "354", "trunk": "", "ranges": [("8", 7, "mobile", [3, 4]), ("5", 7, "fixed", [3, 4])]},
    "US": {"cc": "1", "trunk": "1", "ranges": [("415", 10, "mobile", [3, 3, 4]), ("646", 10, "fixed", [3, 3, 4])]},
}
PHONE_COUNTRY_WEIGHTS = {"SE": 6, "FI": 2, "LV": 2, "SK": 2, "CZ": 2, "HR": 2, "AL": 1, "GE": 1, "KR": 1,
                         "NG": 2, "ID": 2, "BD": 1, "LT": 1, "EE": 1, "IS": 1, "US": 1}

BIRTH_YEARS = (1921, 1979)
ORGNR_GROUPS = ["55", "71", "82"]
IMEI_TACS = ["35328511", "35925406", "86769204", "35674112", "01326300"]
IMSI_PLMNS = ["24007", "24701", "23101", "21910", "28201", "45006", "62130", "51010"]

IPV4_NETS = [("10.44", 4), ("172.22", 2), ("192.168.77", 2), ("81.198", 2), ("95.68", 1), ("185.44.12", 1)]
IPV6_NETS = [("2a02:1b8:4c", 3), ("fd3e:91aa:7:2", 2), ("2001:67c:2e8:30", 1)]
MAC_OUIS = ["f0d5bf", "3c2c30", "a4c361", "00155d", "b8ae6e", "ac1f6b"]
EMAIL_DOMAINS = [("rezekne.lv", 1), ("posta.sk", 1), ("seznam.cz", 2), ("hi.t-com.hr", 1), ("gmail.com", 3),
                 ("vastmanland.se", 2), ("kunta.fi", 1), ("yahoo.co.id", 1), ("naver.com", 1), ("outlook.com", 2)]
REALMS = ["LAN.VASTMANLAND.SE", "AD.RIGA-OSTA.LV", "CORP.BRATNET.SK"]
NETBIOS = ["VMLAN", "RIGAOSTA", "BRATNET"]
EXTENSIONS = [(2100, 2499), (64000, 64999), (5300, 5399)]
TIME_RANGE = (1788220800, 1796083200)  # 2026-09 .. 2026-12

SERVICE_NUMBERS = ["112", "113 13", "1177", "114 14", "11 88 11", "020-22 00 00", "0771-14 14 14", "90000"]
SERVICE_NUMBERS_INTL = ["112", "911", "116 000", "116 111", "113", "155", "999", "0800 800 123", "1414"]
HUNT_PILOTS = [2000, 2050, 5299, 65000]  # outside EXTENSIONS: a pilot is never a person's DN
QUEUE_NUMBERS = [600, 601, 650, 7100, 7101]
FEATURE_CODES = ["*97", "*98", "*72", "*73", "**21", "#31#", "*8"]
VERSIONS = ["7.4.3", "2.0.18", "10.0.17763.5820", "5.14.2-build8812", "v3.2.1", "14.1.2.2", "2.5.1.114"]
BUILDS = ["build 2418", "fw 3.10.44", "r2026.09.3", "v7.2.8 (build 1601)", "1.9.0-rc2"]
USER_AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0 Safari/537.36",
               "okhttp/4.12.0", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
               "python-requests/2.32.3"]
OIDS = ["1.3.6.1.4.1.9.9.41", "2.16.840.1.113883.6.1", "1.2.752.129.2.1.3.1", "1.3.6.1.4.1.1466.20037"]
TICKET_FORMATS = ["INC{n}", "RITM{n}", "SR-{n}", "TKT-{y}-{n}", "#{n}"]
CAPITALISED = ["Rīga", "Košice", "Dubrovnik", "Västerås", "Tampere", "Jakarta", "Tbilisi", "Bratislava", "Mercedes",
               "Lagos", "Seoul", "Brno", "Vrijdag", "Lauantai", "Android", "Premium", "Opera", "Nokia"]
PLACES = ["Rīga", "Košice", "Split", "Västerås", "Tampere", "Tirana", "Brno", "Daugavpils"]
SYSTEM_USERS = ["root", "nobody", "svc_backup", "mailer-daemon", "postmaster", "www-data", "SYSTEM", "admin", "guest"]
ROLE_MAILBOXES = ["noreply@vastmanland.se", "support@rezekne.lv", "postmaster@posta.sk", "abuse@seznam.cz",
                  "helpdesk@kunta.fi"]
PRODUCTS = ["Galaxy A55", "iPhone 15", "Nokia G42", "Pixel 8a", "Fairphone 5"]
ORDER_FORMATS = ["#{n}", "ORD-{n}", "SO{n}"]
PARCEL_FORMATS = ["JJFI{n}", "00340434{m}", "{a}{n}SE", "LV{n}"]
APNS = ["internet.lmt.lv", "online.telia.se", "internet.tele2.lv"]
DOORS = ["A1-Huvudentre", "B2-Laboratorium", "C0-Lastkaj", "Serverrum 2", "P-hus Norr"]
WARDS = ["Avd 14 Kardiologi", "Akuten Västerås", "BUP Sala", "Avd 22 Geriatrik"]
STREETS = ["Brīvības iela 12", "Hlavná 48", "Vasagatan 3", "Ilica 101", "Rruga e Durrësit 7"]
HOSTS = ["mx01", "ldap-a", "sbc2", "hlr-1", "web03", "gw-ri", "door-ctl4", "smsfw1"]
INTERNAL_DOMAINS = ["vastmanland.local", "riga-osta.lan", "bratnet.internal"]
URL_PATHS = ["/login", "/api/v2/orders", "/portal/", "/track", "/admin/users"]
BADGE_FORMS = [("K", 7), ("", 8), ("HID", 6), ("VM-", 5)]
SMS_BODIES = ["Jūsu sūtījums ir ceļā", "Vaš paket je stigao", "Paket Anda sedang dikirim", "Din kod: 4471"]

NOTES = {
    "lv": ["Pacients «PERSON_NAME:fullname» zvanīja no «PHONE:phone», lūdz atzvanīt pēc 14:00; kartes nr. «~badcard».",
           "Klients «PERSON_NAME:name» ziņo, ka sūtījums «~parcel» nav saņemts. E-pasts: «EMAIL:email»."],
    "sk": ["Pani «PERSON_NAME:fullname» volala z čísla «PHONE:phone», žiada zmenu termínu; tiket «~ticket».",
           "Používateľ «USERNAME:lcuser» si zabudol heslo, kontakt «EMAIL:email», linka pomoci «~svcint»."],
    "cs": ["Volal pan «PERSON_NAME:fullname» («PHONE:phone»), stížnost na fakturu č. «~orderno», v pondělí ověřit.",
           "Uživatel «USERNAME:lcuser» hlásí zamčený účet, volat «PHONE:phone», ne «~svcint»."],
    "hr": ["Pacijentica «PERSON_NAME:fullname» nazvala s broja «PHONE:phone»; termin pomaknut, verzija aplikacije «~version».",
           "Korisnik «PERSON_NAME:name» («EMAIL:email») traži povrat za narudžbu «~orderno»."],
    "sq": ["Klienti «PERSON_NAME:fullname» telefonoi nga «PHONE:phone» për porosinë «~orderno».",
           "Pacienti «PERSON_NAME:name» kërkon ndryshim takimi; numri i urgjencës «~svcint» nuk u përdor."],
    "sv": ["Anhörig «PERSON_NAME:fullname» ringde från «PHONE:phone» angående «PERSON_NAME:fullname2» (pnr «PERSONNUMMER:pnr»).",
           "Patienten har samordningsnummer «SAMORDNINGSNUMMER:snr»; felaktigt angivet «~badpnr» rättat. Ring «PHONE:mobilese».",
           "Leverantör org.nr «ORGNR:orgnr» (ej «~badorgnr») kontaktperson «PERSON_NAME:name», «EMAIL:email»."],
    "fi": ["Asiakas «PERSON_NAME:fullname» soitti numerosta «PHONE:phone», pyytää takaisinsoittoa; tiketti «~ticket».",
           "Käyttäjä «USERNAME:lcuser» ei pääse VPN:ään, puh. «PHONE:phone», versio «~version»."],
    "id": ["Pelanggan «PERSON_NAME:fullname» menelepon dari «PHONE:phone», paket «~parcel» belum sampai.",
           "Mohon hubungi Ibu «PERSON_NAME:name» di «PHONE:phone» atau «EMAIL:email»."],
    "ko": ["고객 «PERSON_NAME:fullname» 님이 «PHONE:phone» 에서 전화함, 주문 «~orderno» 취소 요청.",
           "«PERSON_NAME:fullname» 님 이메일 «EMAIL:email» 로 영수증 재발송, 고객센터 «~svcint»."],
    "en": ["Caller «PERSON_NAME:name» rang from «PHONE:phone» about ticket «~ticket»; callback before Friday.",
           "User «USERNAME:lcuser» («EMAIL:email») locked out after 5 attempts from «IPV4:ip4»."],
    "yo": ["Ọ̀gbẹ́ni «PERSON_NAME:fullname» pè láti «PHONE:phone» nípa ẹrù «~parcel».",
           "Jọ̀wọ́ pe «PERSON_NAME:name» padà ní «PHONE:phone»."],
}

twelfthlib.fill(globals())
