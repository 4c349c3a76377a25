package nl

// NEROrganisations are well-known organisations named in Dutch and Belgian
// news: media, government bodies, international organisations,
// universities, companies and clubs. The NER gazetteer compiles them into
// one category; the model learns from the training data how far to trust it.
var NEROrganisations = []string{
	// Media and press agencies.
	"AD", "Algemeen Dagblad", "NRC", "NRC Handelsblad", "NRC Next", "de Volkskrant", "Volkskrant", "Trouw", "Het Parool", "Parool",
	"De Telegraaf", "Telegraaf", "Het Financieele Dagblad", "FD", "Het Nieuwsblad", "Nieuwsblad", "De Standaard", "De Morgen",
	"Het Laatste Nieuws", "HLN", "Gazet van Antwerpen", "Het Belang van Limburg", "De Tijd", "Knack", "Humo", "Elsevier",
	"De Groene Amsterdammer", "Vrij Nederland", "Metro", "Brabants Dagblad", "De Gelderlander", "Tubantia", "De Stentor",
	"Eindhovens Dagblad", "PZC", "BN DeStem", "Dagblad van het Noorden", "Leeuwarder Courant", "NOS", "NOS Journaal",
	"RTL", "RTL Nieuws", "RTL 4", "SBS", "SBS6", "NPO", "VPRO", "KRO", "NCRV", "AVRO", "EO", "BNN", "VARA", "BNNVARA",
	"AVROTROS", "WNL", "PowNed", "Omroep Max", "VRT", "VTM", "RTBF", "Eén", "Canvas", "Radio 1", "Studio Brussel",
	"ANP", "Belga", "Reuters", "AFP", "AP", "Associated Press", "Bloomberg", "BBC", "CNN", "Fox News", "Al Jazeera",
	"The New York Times", "New York Times", "The Washington Post", "Washington Post", "The Guardian", "Financial Times",
	"The Wall Street Journal", "Wall Street Journal", "Le Monde", "Der Spiegel", "Bild", "Die Zeit", "Politico",
	// Government and politics.
	"Witte Huis", "Kremlin", "Pentagon", "Élysée", "Downing Street", "Tweede Kamer", "Eerste Kamer", "Staten-Generaal",
	"Raad van State", "Hoge Raad", "Openbaar Ministerie", "OM", "Algemene Rekenkamer", "Rekenkamer", "Kamer",
	"Kabinet", "Ministerie van Defensie", "Ministerie van Financiën", "Ministerie van Justitie", "Ministerie van Buitenlandse Zaken",
	"Buitenlandse Zaken", "Binnenlandse Zaken", "Defensie", "Politie", "Nationale Politie", "Koninklijke Marechaussee", "Marechaussee",
	"AIVD", "MIVD", "NCTV", "RIVM", "CBS", "CPB", "De Nederlandsche Bank", "DNB", "Belastingdienst", "UWV", "IND", "COA",
	"Rijkswaterstaat", "ProRail", "NS", "KNMI", "Kamer van Koophandel", "SER", "Europese Commissie", "Europees Parlement",
	"Europese Raad", "Raad van Europa", "Europese Unie", "EU", "Europese Centrale Bank", "ECB", "Verenigde Naties", "VN",
	"Veiligheidsraad", "VN-Veiligheidsraad", "NAVO", "OESO", "IMF", "Internationaal Monetair Fonds", "Wereldbank", "WTO",
	"WHO", "Wereldgezondheidsorganisatie", "UNICEF", "UNHCR", "Unesco", "Internationaal Strafhof", "Internationaal Gerechtshof",
	"Rode Kruis", "Amnesty International", "Greenpeace", "Artsen zonder Grenzen", "OPEC", "G7", "G20", "Frontex", "Europol",
	"Interpol", "FBI", "CIA", "NSA", "Congres", "Senaat", "Huis van Afgevaardigden", "Bundestag", "Doema", "FSB",
	"Vlaams Parlement", "Kamer van Volksvertegenwoordigers", "Hamas", "Hezbollah", "Taliban", "IS", "Al Qaida",
	// Parties not always in ParlGov under these forms.
	"VVD", "PvdA", "CDA", "D66", "GroenLinks", "SP", "PVV", "ChristenUnie", "SGP", "PvdD", "Partij voor de Dieren", "DENK",
	"Forum voor Democratie", "FvD", "JA21", "Volt", "BBB", "BoerBurgerBeweging", "NSC", "50PLUS", "N-VA", "Vlaams Belang",
	"CD&V", "Open VLD", "Vooruit", "Groen", "PVDA", "MR", "PS", "Ecolo", "Republikeinen", "Democraten",
	"Republikeinse Partij", "Democratische Partij", "Conservatieven", "Labour",
	// Universities and schools.
	"Universiteit Leiden", "Universiteit Utrecht", "Universiteit van Amsterdam", "UvA", "Vrije Universiteit", "VU",
	"Erasmus Universiteit", "Radboud Universiteit", "Rijksuniversiteit Groningen", "RUG", "Universiteit Maastricht",
	"Tilburg University", "Universiteit Twente", "TU Delft", "TU Eindhoven", "Wageningen University", "Wageningen Universiteit",
	"KU Leuven", "Universiteit Gent", "UGent", "Universiteit Antwerpen", "VUB", "ULB", "Clingendael", "Harvard",
	"Harvard University", "Stanford", "MIT", "Oxford University", "Cambridge University", "Universiteit van Tilburg",
	"Hogeschool van Amsterdam", "Hogeschool Utrecht", "Nyenrode",
	// Companies.
	"Shell", "Philips", "Unilever", "Heineken", "ASML", "ING", "ABN Amro", "Rabobank", "KLM", "Air France-KLM", "Ahold",
	"Ahold Delhaize", "Albert Heijn", "Jumbo", "Aldi", "Lidl", "Delhaize", "Colruyt", "AkzoNobel", "DSM", "KPN", "Tata Steel",
	"Booking.com", "Bol.com", "Coolblue", "Randstad", "Schiphol", "Fokker", "Boeing", "Airbus", "Volkswagen", "BMW",
	"Daimler", "Mercedes", "Tesla", "Ford", "General Motors", "Toyota", "Google", "Apple", "Facebook", "Meta", "Microsoft",
	"Amazon", "Twitter", "Netflix", "Uber", "Huawei", "Samsung", "Sony", "Nokia", "Gazprom", "Rosneft", "Aeroflot",
	"Lufthansa", "Ryanair", "easyJet", "Sabena", "Brussels Airlines", "Proximus", "Belgacom", "KBC", "Belfius", "Fortis",
	"AB InBev", "Solvay", "Umicore", "Bekaert", "Electrabel", "Engie", "Total", "BP", "ExxonMobil", "Pfizer", "Moderna",
	"AstraZeneca", "Janssen", "Bayer", "Nestlé", "IKEA", "H&M", "Zara", "Vattenfall", "Eneco", "Essent", "PostNL", "bpost",
	"Wagner", "Wagnergroep",
	// Sports clubs and bodies.
	"Ajax", "PSV", "Feyenoord", "AZ", "FC Twente", "FC Utrecht", "Vitesse", "FC Groningen", "sc Heerenveen", "Heerenveen",
	"Anderlecht", "Club Brugge", "Standard", "AA Gent", "KRC Genk", "Genk", "Antwerp", "Cercle Brugge", "Real Madrid",
	"FC Barcelona", "Barcelona", "Bayern München", "Manchester United", "Manchester City", "Liverpool", "Chelsea",
	"Arsenal", "Juventus", "AC Milan", "Inter", "Paris Saint-Germain", "PSG", "KNVB", "KBVB", "UEFA", "FIFA", "IOC",
	"Oranje", "Rode Duivels", "Jumbo-Visma", "Quick-Step", "Lotto", "Ineos", "Team Sky",
}
