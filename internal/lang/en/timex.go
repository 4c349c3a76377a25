package en

// TimexLexicon maps lower-case English words to their meaning for the timex
// stage (internal/timex). A value is one or more tags separated by "|":
//
//	month:N wday:N unit:U units:U (plural) num:N ord:N rel:-1|0|+1
//	day:OFF (today=0) daypod:OFF:POD pod:POD season:S ref:VALUE set:VALUE
//	vdur:VALUE (vague duration) mod:M few every per ago after before det
//	fiscal decade:N (1990s) tz
//
// Units: Y M W D H MIN S Q DE (decade) CE (century) WE (weekend).
var TimexLexicon = map[string]string{
	"january": "month:1", "jan": "month:1", "february": "month:2", "feb": "month:2",
	"march": "month:3", "mar": "month:3", "april": "month:4", "apr": "month:4",
	"may": "month:5", "june": "month:6", "jun": "month:6", "july": "month:7", "jul": "month:7",
	"august": "month:8", "aug": "month:8", "september": "month:9", "sep": "month:9", "sept": "month:9",
	"october": "month:10", "oct": "month:10", "november": "month:11", "nov": "month:11",
	"december": "month:12", "dec": "month:12",

	"monday": "wday:1", "tuesday": "wday:2", "wednesday": "wday:3", "thursday": "wday:4",
	"friday": "wday:5", "saturday": "wday:6", "sunday": "wday:7",
	"mondays": "wdays:1", "tuesdays": "wdays:2", "wednesdays": "wdays:3", "thursdays": "wdays:4",
	"fridays": "wdays:5", "saturdays": "wdays:6", "sundays": "wdays:7",

	"year": "unit:Y", "years": "units:Y", "month": "unit:M", "months": "units:M",
	"week": "unit:W", "weeks": "units:W", "day": "unit:D", "days": "units:D",
	"hour": "unit:H", "hours": "units:H", "minute": "unit:MIN", "minutes": "units:MIN",
	"second": "unit:S|ord:2", "seconds": "units:S", "quarter": "unit:Q", "quarters": "units:Q",
	"decade": "unit:DE", "decades": "units:DE", "century": "unit:CE", "centuries": "units:CE",
	"weekend": "unit:WE", "weekends": "units:WE", "yr": "unit:Y", "yrs": "units:Y",
	"hrs": "units:H", "hr": "unit:H", "min": "unit:MIN", "mins": "units:MIN",

	"a": "num:1", "an": "num:1", "one": "num:1", "two": "num:2", "three": "num:3", "four": "num:4",
	"five": "num:5", "six": "num:6", "seven": "num:7", "eight": "num:8", "nine": "num:9",
	"ten": "num:10", "eleven": "num:11", "twelve": "num:12", "thirteen": "num:13",
	"fourteen": "num:14", "fifteen": "num:15", "sixteen": "num:16", "seventeen": "num:17",
	"eighteen": "num:18", "nineteen": "num:19", "twenty": "num:20", "thirty": "num:30",
	"forty": "num:40", "fifty": "num:50", "sixty": "num:60", "seventy": "num:70",
	"eighty": "num:80", "ninety": "num:90", "hundred": "num:100", "thousand": "num:1000",
	"million": "num:1000000", "dozen": "num:12", "half": "num:0.5",

	"first": "ord:1", "third": "ord:3", "fourth": "ord:4", "fifth": "ord:5",
	"sixth": "ord:6", "seventh": "ord:7", "eighth": "ord:8", "ninth": "ord:9", "tenth": "ord:10",
	"eleventh": "ord:11", "twelfth": "ord:12", "thirteenth": "ord:13", "fourteenth": "ord:14",
	"fifteenth": "ord:15", "sixteenth": "ord:16", "seventeenth": "ord:17", "eighteenth": "ord:18",
	"nineteenth": "ord:19", "twentieth": "ord:20", "last": "rel:-1|ord:-1",

	"previous": "rel:-1", "past": "rel:-1", "next": "rel:+1", "coming": "rel:+1",
	"upcoming": "rel:+1", "following": "rel:+1", "this": "rel:0", "current": "rel:0|ref:PRESENT_REF",
	"latest": "rel:0", "recent": "rel:-1|ref:PAST_REF", "same": "rel:0", "that": "rel:0",

	"today": "day:0", "yesterday": "day:-1", "tomorrow": "day:+1", "tonight": "daypod:0:NI",

	"morning": "pod:MO", "afternoon": "pod:AF", "evening": "pod:EV", "night": "pod:NI",
	"overnight": "pod:NI", "midday": "pod:MI",

	"spring": "season:SP", "summer": "season:SU", "fall": "season:FA", "autumn": "season:FA",
	"winter": "season:WI",

	"now": "ref:PRESENT_REF", "currently": "ref:PRESENT_REF", "presently": "ref:PRESENT_REF",
	"present": "ref:PRESENT_REF", "nowadays": "ref:PRESENT_REF",
	"recently": "ref:PAST_REF", "lately": "ref:PAST_REF", "future": "ref:FUTURE_REF",

	"daily": "set:P1D", "weekly": "set:P1W", "monthly": "set:P1M", "yearly": "set:P1Y",
	"annually": "set:P1Y", "hourly": "set:PT1H", "nightly": "set:XXXX-XX-XXTNI",

	"early": "mod:START", "late": "mod:END", "mid": "mod:MID", "end": "mod:END",
	"beginning": "mod:START", "start": "mod:START", "middle": "mod:MID",
	"pre": "mod:BEFORE", "post": "mod:AFTER",

	"few": "few", "several": "few", "some": "few", "couple": "num:2", "many": "few",
	"every": "every", "each": "every", "per": "per",
	"ago": "ago", "back": "ago", "later": "after", "earlier": "before", "before": "before",
	"after": "after", "the": "det", "fiscal": "fiscal", "utc": "tz", "gmt": "tz",
	"noon": "clock:12:00", "midnight": "clock:00:00",
}
