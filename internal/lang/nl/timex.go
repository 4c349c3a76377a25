package nl

// TimexLexicon maps lower-case Dutch words to their meaning for the timex
// stage (internal/timex); the tags are those of en.TimexLexicon. Compounds of
// a weekday or gister/morgen with a part of day (woensdagavond, gisteravond)
// are derived by the stage itself.
var TimexLexicon = map[string]string{
	"januari": "month:1", "jan": "month:1", "februari": "month:2", "feb": "month:2",
	"maart": "month:3", "mrt": "month:3", "april": "month:4", "apr": "month:4",
	"mei": "month:5", "juni": "month:6", "jun": "month:6", "juli": "month:7", "jul": "month:7",
	"augustus": "month:8", "aug": "month:8", "september": "month:9", "sep": "month:9", "sept": "month:9",
	"oktober": "month:10", "okt": "month:10", "november": "month:11", "nov": "month:11",
	"december": "month:12", "dec": "month:12",

	"maandag": "wday:1", "dinsdag": "wday:2", "woensdag": "wday:3", "donderdag": "wday:4",
	"vrijdag": "wday:5", "zaterdag": "wday:6", "zondag": "wday:7",
	"maandagen": "wdays:1", "dinsdagen": "wdays:2", "woensdagen": "wdays:3", "donderdagen": "wdays:4",
	"vrijdagen": "wdays:5", "zaterdagen": "wdays:6", "zondagen": "wdays:7",

	"jaar": "unit:Y|units:Y", "jaren": "units:Y", "maand": "unit:M", "maanden": "units:M",
	"week": "unit:W", "weken": "units:W", "dag": "unit:D", "dagen": "units:D",
	"etmaal": "unit:D", "etmalen": "units:D",
	"uur": "unit:H|units:H", "uren": "units:H", "uurtje": "unit:H", "uurtjes": "units:H",
	"minuut": "unit:MIN", "minuten": "units:MIN", "minuutje": "unit:MIN", "minuutjes": "units:MIN",
	"seconde": "unit:S", "seconden": "units:S", "secondes": "units:S",
	"kwartaal": "unit:Q", "kwartalen": "units:Q", "decennium": "unit:DE", "decennia": "units:DE",
	"eeuw": "unit:CE", "eeuwen": "units:CE", "weekend": "unit:WE", "weekenden": "units:WE",
	"weekeinde": "unit:WE", "jaartje": "unit:Y", "weekje": "unit:W", "dagje": "unit:D",
	"nacht": "pod:NI", "nachten": "units:NI",

	"een": "num:1", "één": "num:1", "eén": "num:1", "twee": "num:2", "drie": "num:3", "vier": "num:4",
	"vijf": "num:5", "zes": "num:6", "zeven": "num:7", "acht": "num:8", "negen": "num:9",
	"tien": "num:10", "elf": "num:11", "twaalf": "num:12", "dertien": "num:13",
	"veertien": "num:14", "vijftien": "num:15", "zestien": "num:16", "zeventien": "num:17",
	"achttien": "num:18", "negentien": "num:19", "twintig": "num:20", "dertig": "num:30",
	"veertig": "num:40", "vijftig": "num:50", "zestig": "num:60", "zeventig": "num:70",
	"tachtig": "num:80", "negentig": "num:90", "honderd": "num:100", "duizend": "num:1000",
	"miljoen": "num:1000000", "halve": "num:0.5", "anderhalf": "num:1.5",
	"anderhalve": "num:1.5", "tweeënhalf": "num:2.5",

	"eerste": "ord:1", "tweede": "ord:2", "derde": "ord:3", "vierde": "ord:4", "vijfde": "ord:5",
	"zesde": "ord:6", "zevende": "ord:7", "achtste": "ord:8", "negende": "ord:9", "tiende": "ord:10",

	"vorige": "rel:-1", "vorig": "rel:-1", "afgelopen": "rel:-1", "laatste": "rel:-1|ord:-1",
	"voorbije": "rel:-1", "voorbij": "rel:-1", "jongste": "rel:-1",
	"volgende": "rel:+1", "volgend": "rel:+1", "komende": "rel:+1", "komend": "rel:+1",
	"aanstaande": "rel:+1", "eerstvolgende": "rel:+1", "eerstkomende": "rel:+1",
	"deze": "rel:0", "dit": "rel:0", "huidige": "rel:0", "dezelfde": "rel:0", "hetzelfde": "rel:0",
	"datzelfde": "rel:0", "diezelfde": "rel:0", "die": "rel:0", "dat": "rel:0",

	"vandaag": "day:0", "gisteren": "day:-1", "morgen": "day:+1|pod:MO", "overmorgen": "day:+2",
	"eergisteren": "day:-2",
	"vanavond":    "daypod:0:EV", "vannacht": "daypod:0:NI", "vanochtend": "daypod:0:MO",
	"vanmorgen": "daypod:0:MO", "vanmiddag": "daypod:0:AF",

	"ochtend": "pod:MO", "middag": "pod:AF", "avond": "pod:EV", "namiddag": "pod:AF",
	"voormiddag": "pod:MO",

	"lente": "season:SP", "voorjaar": "season:SP", "zomer": "season:SU", "herfst": "season:FA",
	"najaar": "season:FA", "winter": "season:WI",

	"nu": "ref:PRESENT_REF", "momenteel": "ref:PRESENT_REF", "tegenwoordig": "ref:PRESENT_REF",
	"heden": "ref:PRESENT_REF", "thans": "ref:PRESENT_REF", "actueel": "ref:PRESENT_REF",
	"onlangs": "ref:PAST_REF", "vroeger": "ref:PAST_REF", "voorheen": "ref:PAST_REF",
	"ooit": "ref:PAST_REF", "recentelijk": "ref:PAST_REF", "kortgeleden": "ref:PAST_REF",
	"destijds": "ref:PAST_REF", "verleden": "ref:PAST_REF", "laatst": "ref:PAST_REF",
	"straks": "ref:FUTURE_REF", "binnenkort": "ref:FUTURE_REF", "voortaan": "ref:FUTURE_REF",
	"toekomst": "ref:FUTURE_REF", "weldra": "ref:FUTURE_REF", "spoedig": "ref:FUTURE_REF",

	"dagelijks": "set:P1D", "wekelijks": "set:P1W", "maandelijks": "set:P1M", "jaarlijks": "set:P1Y",
	"elke": "every", "ieder": "every", "iedere": "every", "elk": "every", "per": "per",

	"jarenlang": "vdur:PXY", "maandenlang": "vdur:PXM", "wekenlang": "vdur:PXW",
	"dagenlang": "vdur:PXD", "urenlang": "vdur:PTXH", "decennialang": "vdur:PXDE",
	"eeuwenlang": "vdur:PXCE", "tientallen": "few",

	"begin": "mod:START", "eind": "mod:END", "einde": "mod:END", "medio": "mod:MID",
	"half": "mod:MID|num:0.5", "midden": "mod:MID", "vroege": "mod:START", "vroeg": "mod:START",
	"laat": "mod:END", "late": "mod:END", "eerder": "before", "later": "after",
	"daarna": "after", "erna": "after", "daarvoor": "before", "ervoor": "before",

	"paar": "few", "enkele": "few", "aantal": "few", "enige": "few", "wat": "few",
	"geleden": "ago", "terug": "ago", "de": "det", "het": "det",
	"middernacht": "clock:00:00", "boekjaar": "fiscal",
}
