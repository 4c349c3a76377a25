// Package en holds English language resources: word lists, lexicons and the
// embedded models of each stage, in files named after the stage.
package en

// TextAbbreviations are English abbreviations that end in a period which
// does not end a sentence, written lower-case without their final period.
var TextAbbreviations = []string{
	"mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "rev", "lt", "col", "capt",
	"sgt", "cpl", "maj", "adm", "cmdr", "hon", "pres", "supt", "insp", "det", "messrs", "mt", "ft", "ave",
	"blvd", "rd", "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "no", "nos", "vol", "vols",
	"p", "pp", "fig", "figs", "ed", "eds", "approx", "est", "vs", "v", "etc", "e.g", "i.e", "cf", "al",
	"u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "a.m", "p.m", "ph.d", "b.a", "m.a", "b.sc", "m.sc",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
	"md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"va", "vt", "wash", "wis", "wyo", "n.y", "n.j", "n.c", "s.c", "n.h", "n.m", "n.d", "s.d",
}
