package en

// NEROrganisations are well-known organisations named in English news:
// media, government bodies, international organisations, universities,
// companies and clubs. The NER gazetteer compiles them into one category;
// the model learns from the training data how far to trust it.
var NEROrganisations = []string{
	// Media and press agencies.
	"Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "BBC", "CNN", "Fox News", "MSNBC",
	"NBC", "CBS", "ABC", "NPR", "PBS", "Al Jazeera", "Sky News", "ITV", "Channel 4", "The New York Times", "New York Times",
	"The Washington Post", "Washington Post", "The Wall Street Journal", "Wall Street Journal", "USA Today",
	"Los Angeles Times", "Chicago Tribune", "Boston Globe", "The Guardian", "Guardian", "The Times", "The Sunday Times",
	"The Daily Telegraph", "Telegraph", "The Independent", "Financial Times", "The Economist", "Daily Mail", "The Sun",
	"Mirror", "Politico", "Axios", "HuffPost", "Huffington Post", "Breitbart", "Breitbart News", "BuzzFeed", "Vox",
	"The Atlantic", "The New Yorker", "Time", "Newsweek", "Forbes", "Fortune", "Le Monde", "Der Spiegel", "Interfax",
	"Itar-Tass", "TASS", "RIA Novosti", "Xinhua", "Kyodo", "Yonhap", "ANP", "Belga", "Dow Jones", "Wikinews",
	// Government and politics.
	"White House", "Kremlin", "Pentagon", "State Department", "Justice Department", "Department of Justice",
	"Department of Defense", "Defense Department", "Treasury", "Treasury Department", "Department of Homeland Security",
	"Homeland Security", "Congress", "Senate", "House of Representatives", "House", "Supreme Court", "Federal Reserve", "Fed",
	"FBI", "CIA", "NSA", "FDA", "EPA", "SEC", "FEMA", "NASA", "IRS", "Census Bureau", "Republican Party", "Democratic Party",
	"Republicans", "Democrats", "GOP", "Republican National Committee", "Democratic National Committee", "RNC", "DNC",
	"Parliament", "House of Commons", "House of Lords", "Downing Street", "Home Office", "Foreign Office", "Bank of England",
	"Labour", "Labour Party", "Conservative Party", "Conservatives", "Tories", "Liberal Democrats", "SNP", "UKIP",
	"Bundestag", "Bundesbank", "Duma", "Elysee", "European Commission", "European Parliament", "European Council",
	"Council of Europe", "European Union", "EU", "European Central Bank", "ECB", "United Nations", "UN", "U.N.",
	"Security Council", "U.N. Security Council", "UN Security Council", "NATO", "OECD", "IMF", "International Monetary Fund",
	"World Bank", "WTO", "World Trade Organization", "WHO", "World Health Organization", "UNICEF", "UNHCR", "UNESCO",
	"International Criminal Court", "International Court of Justice", "Red Cross", "Amnesty International",
	"Human Rights Watch", "Greenpeace", "Doctors Without Borders", "OPEC", "G7", "G8", "G20", "ASEAN", "African Union",
	"Arab League", "Interpol", "Europol", "Hamas", "Hezbollah", "Taliban", "Islamic State", "ISIS", "ISIL", "al Qaeda",
	"al-Qaeda", "PLO", "IRA", "Sinn Fein", "FSB", "KGB", "Mossad", "MI5", "MI6",
	// Universities.
	"Harvard", "Harvard University", "Yale", "Yale University", "Princeton", "Princeton University", "Stanford",
	"Stanford University", "MIT", "Massachusetts Institute of Technology", "Columbia University", "University of Chicago",
	"Oxford University", "University of Oxford", "Cambridge University", "University of Cambridge", "Leiden University",
	"London School of Economics", "Brookings Institution", "Heritage Foundation", "Pew Research Center", "Gallup",
	// Companies.
	"Apple", "Google", "Alphabet", "Microsoft", "Amazon", "Facebook", "Meta", "Twitter", "Netflix", "IBM", "Intel", "Oracle",
	"Cisco", "Dell", "HP", "Hewlett-Packard", "Samsung", "Sony", "Nokia", "Huawei", "Tesla", "Uber", "Airbnb", "General Motors",
	"GM", "Ford", "Chrysler", "Toyota", "Honda", "Nissan", "Volkswagen", "BMW", "Daimler", "Boeing", "Airbus", "Lockheed Martin",
	"General Electric", "GE", "ExxonMobil", "Exxon", "Chevron", "BP", "Shell", "Royal Dutch Shell", "Total", "Gazprom",
	"Goldman Sachs", "JPMorgan", "JP Morgan", "Morgan Stanley", "Citigroup", "Bank of America", "Wells Fargo", "Barclays",
	"HSBC", "Deutsche Bank", "UBS", "Credit Suisse", "ING", "Walmart", "Wal-Mart", "Pfizer", "Merck", "Johnson & Johnson",
	"AstraZeneca", "Moderna", "Coca-Cola", "PepsiCo", "McDonald's", "Starbucks", "Disney", "Walt Disney", "Time Warner",
	"Comcast", "AT&T", "Verizon", "Philips", "Unilever", "Heineken", "Nestle", "Siemens", "Renault", "Fiat", "KLM",
	"Air France", "Lufthansa", "British Airways", "Ryanair", "Aeroflot", "Enron", "Lehman Brothers",
	// Sports.
	"FIFA", "UEFA", "IOC", "NFL", "NBA", "MLB", "NHL", "Manchester United", "Manchester City", "Liverpool", "Chelsea",
	"Arsenal", "Tottenham", "Real Madrid", "Barcelona", "Bayern Munich", "Juventus", "AC Milan", "Ajax", "PSV", "Feyenoord",
	"New York Yankees", "Boston Red Sox", "Los Angeles Lakers",
}
