"""Value pools of wild10, the thirteenth pair's open half.

Disjoint from sealed10's: other cultures, countries (Sweden aside, with other
number ranges), networks, OUIs, TACs, PLMNs, domains, badge formats, years.
"""

CULTURES = {
    "spanish": {"given": ["Lucía", "Martín", "Begoña", "Íñigo", "Nerea", "Álvaro", "Ainhoa", "Joaquín", "Rocío", "Ángel"],
                "surname": ["Etxeberria", "Muñoz", "Sánchez", "Ibáñez", "Zubizarreta", "Cañizares", "Del Río", "Peña"],
                "second": 0.5},
    "mexican": {"given": ["Ximena", "Guadalupe", "Citlali", "Emiliano", "Yolotl", "Itzel"],
                "surname": ["Hernández", "Xicoténcatl", "Ramírez", "Cuauhtémoc", "Villaseñor"], "second": 0.4},
    "portuguese": {"given": ["João", "Conceição", "Gonçalo", "Inês", "Thaís", "Sebastião", "Leonor"],
                   "surname": ["Gonçalves", "Magalhães", "Araújo", "Simões", "Conceição", "Brandão", "Loureiro"],
                   "second": 0.4},
    "french": {"given": ["Anaïs", "Jérôme", "Gaëlle", "François", "Hélène", "Loïc", "Maëlys", "Benoît"],
               "surname": ["Lefèvre", "Dubois-Ménard", "Le Goff", "Bérenger", "Châtelain", "N'Diaye", "Giraud"]},
    "german": {"given": ["Jürgen", "Lieselotte", "Maximilian", "Jörg", "Anneliese", "Sönke", "Friederike"],
               "surname": ["Weißmüller", "von Bülow", "Großkopf", "Schäfer", "Käßbohrer", "Mühlenbeck"]},
    "dutch": {"given": ["Sjoerd", "Maartje", "Thijs", "Ilse", "Joost", "Femke", "Geert-Jan"],
              "surname": ["van der Meulen", "de Boer", "van 't Hek", "Bakker", "Verhoeven", "ter Horst", "IJsselmuiden"]},
    "italian": {"given": ["Niccolò", "Chiara", "Ludovica", "Gianluca", "Mattia", "Ilaria"],
                "surname": ["D'Alessandro", "Lo Russo", "Mazzoleni", "Esposito", "Dell'Acqua", "Fumagalli"]},
    "romanian": {"given": ["Ștefan", "Ioana", "Mădălina", "Răzvan", "Andreea", "Bogdan", "Florentina"],
                 "surname": ["Popescu", "Țurcanu", "Bălănescu", "Ionescu", "Dumitrașcu", "Stănescu"]},
    "greek": {"given": ["Γιώργος|Giorgos", "Ελένη|Eleni", "Δημήτρης|Dimitris", "Αικατερίνη|Aikaterini", "Σπύρος|Spyros"],
              "surname": ["Παπαδόπουλος|Papadopoulos", "Κωνσταντίνου|Konstantinou", "Οικονόμου|Oikonomou",
                          "Αλεξίου|Alexiou", "Μαυρίδης|Mavridis"]},
    "greek_latin": {"given": ["Thanasis", "Vasiliki", "Panagiotis", "Chrysoula"],
                    "surname": ["Tsakalidis", "Georgiou", "Karamanlis", "Nikolaidou"]},
    "icelandic": {"given": ["Guðrún", "Þórður", "Sigríður", "Ragnheiður", "Eyþór", "Hjördís"],
                  "surname": ["Jónsdóttir", "Þórðarson", "Sigurðsson", "Ólafsdóttir", "Guðmundsson", "Björnsdóttir"]},
    "swedish": {"given": ["Ebba", "Örjan", "Linnéa", "Måns", "Agneta", "Gösta", "Tuva", "Sixten"],
                "surname": ["Åkesson", "Lindqvist", "Sjöberg", "Hägglund", "Wallenius", "Öhman", "Nyström"]},
    "norwegian": {"given": ["Ørjan", "Solveig", "Håvard", "Ingvild", "Bjørn-Erik", "Sigrid"],
                  "surname": ["Haugland", "Sæther", "Kvåle", "Bråten", "Økland", "Hovden"]},
    "nigerian": {"given": ["Chiamaka", "Obiora", "Ngozi", "Emeka", "Aisha", "Babatunde", "Zainab"],
                 "surname": ["Okonkwo", "Nwachukwu", "Eze", "Abubakar", "Danjuma", "Okafor"]},
    "kenyan": {"given": ["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kipchoge"],
               "surname": ["Mwangi", "Ochieng", "Wambui", "Kiprono", "Njoroge", "Odhiambo"]},
    "english": {"given": ["Siobhan", "Gareth", "Niamh", "Rhys", "Imogen", "Callum"],
                "surname": ["O'Sullivan", "Featherstonehaugh", "McAllister", "Pryce-Jones", "Whitfield"]},
}
CULTURE_WEIGHTS = {"spanish": 9, "mexican": 4, "portuguese": 8, "french": 8, "german": 8, "dutch": 7, "italian": 7,
                   "romanian": 6, "greek": 5, "greek_latin": 3, "icelandic": 4, "swedish": 9, "norwegian": 5,
                   "nigerian": 5, "kenyan": 4, "english": 5}

LOGIN_FORMS = {"g.s": 6, "gs": 2, "g1s": 4, "s.g": 2, "g_s": 2, "g2s4": 3, "gN": 2, "g.s.N": 1, "G1S": 1,
               "stud": 3, "gs1": 1}
P_LOGIN_UNICODE = 0.08
P_MAIL_UNICODE = 0.18
MAIL_DOMAINS = {"correo.es": 3, "sapo.pt": 3, "laposte.net": 3, "web.de": 3, "ziggo.nl": 2, "libero.it": 3,
                "yahoo.ro": 2, "otenet.gr": 2, "simnet.is": 1, "bredband.net": 2, "online.no": 2,
                "gmail.com": 5, "outlook.com": 3, "uni-kassel.example.de": 2, "student.uva.example.nl": 2,
                "alunos.ulisboa.example.pt": 2, "hospitality-group.example.com": 1, "ferrovie.example.it": 1,
                "müller-logistik.de": 1}

PHONE_WEIGHTS = {"SE": 10, "NO": 4, "DE": 7, "NL": 5, "FR": 6, "ES": 6, "PT": 5, "IT": 5, "RO": 4, "GR": 4,
                 "GB": 4, "US": 3, "MX": 3, "BR": 3, "IS": 2, "NG": 3, "KE": 2}
PHONE_STYLES = {"e164": 6, "intl": 4, "00": 3, "00sp": 1, "cc": 1, "intl0": 2, "nat": 6, "natd": 3}
EXTENSIONS = [(2100, 2399), (4100, 4499)]

BIRTH_YEARS = (1922, 2011)
PNR_STYLES = {"10": 2, "10-": 4, "12": 3, "12-": 3, "12 ": 1}
ORGNR_FIRST = ["55", "55", "56", "71", "80", "21"]
TACS = ["35391110", "35332011", "35875409", "86781203", "35470812", "35916507"]
PLMNS = ["24007", "24008", "26201", "20404", "20801", "21407", "26806", "22210"]
OUIS = ["3c5ab4", "f0d5bf", "a4c361", "001e58", "b827eb", "dca632", "ac233f", "ec1bbd", "3c22fb"]
MAC_STYLES = {"colon": 5, "COLON": 2, "DASH": 3, "dot": 2, "BARE": 1, "bare": 1}
NETS4 = {"10.61": 4, "100.72": 5, "172.22": 3, "192.168.40": 2, "81.234": 2, "85.24": 2, "213.100": 1, "94.63": 2,
         "37.46": 1, "195.67": 1}
NETS6 = ["2a02:aa1:41c", "2001:6b0:1f", "2a01:cb00:83d", "2a00:1450:400f", "2001:db8:dc10"]
IP6_STYLES = {"plain": 4, "short": 3, "full": 1, "upper": 1, "mapped": 1}
BADGE_FORMS = {"B######": 6, "BD-#####": 2, "b######": 1}

SERVICE_NUMBERS = ["112", "911", "999", "1177", "114 14", "113 13", "116 117", "110", "15", "17", "18", "118 218",
                   "0800 123 456", "020-91 91 91", "800 22 333", "116 000", "061", "1414", "090 0 90"]
SYSTEM_ACCOUNTS = ["root", "admin", "nobody", "www-data", "unbound", "radius", "guest", "SYSTEM", "svc_backup",
                   "postmaster", "anonymous", "_apt"]
VERSIONS = ["1.19.3", "3.0.7", "10.4.2.1", "7.2.11", "2024.2.1", "4.18.0-553.el8_10", "5.2.6.4", "12.0.1.3", "1.1.1.1"]
TIME_RANGE = (1767225600, 1798761599)  # 2026
CUCM_CLUSTER = "CUCM-CAMPUS-01"
REALMS = ["UNIV.EXAMPLE.EU", "CAMPUS.LOCAL"]
