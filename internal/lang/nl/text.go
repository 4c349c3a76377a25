// Package nl holds Dutch language resources: word lists, lexicons and the
// embedded models of each stage, in files named after the stage.
package nl

// TextAbbreviations are Dutch abbreviations that end in a period which does
// not end a sentence, written lower-case without their final period.
var TextAbbreviations = []string{
	"o.a", "bijv", "bv", "b.v", "mr", "mrs", "dr", "drs", "ir", "ing", "prof", "ca", "nr", "nrs", "jl", "jhr",
	"st", "sr", "jr", "mw", "mevr", "dhr", "hr", "fa", "fam", "blz", "pag", "p", "vgl", "zgn", "z.g.a.n",
	"e.d", "e.a", "enz", "etc", "m.a.w", "d.w.z", "a.s", "t.a.v", "t.o.v", "i.v.m", "m.b.t", "n.a.v", "o.i.d",
	"resp", "evt", "incl", "excl", "ong", "mln", "mld", "mrd", "vs",
	"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
	"ma", "afd", "art", "bijl", "hfst",
	"kol", "lt", "kpt", "sgt", "burg", "wethr", "adj", "asst", "v.chr", "n.chr", "a.d", "c.q", "z.s.m",
	"s.v.p", "n.v.t", "t.z.t", "i.p.v", "m.i.v", "o.b.v", "v.d", "v", "vd", "mej", "mgr", "kard",
}
