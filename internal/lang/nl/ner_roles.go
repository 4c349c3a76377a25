package nl

// NERRoles are nouns for roles and professions that stand before names
// ("premier Rutte", "Koreakenner Remco Breuker") but are not part of them.
// The NER tagger marks a word that is, or ends in, one of them.
var NERRoles = []string{
	"kenner", "deskundige", "expert", "specialist", "woordvoerder", "woordvoerster", "minister", "premier", "president",
	"presidente", "burgemeester", "wethouder", "gouverneur", "hoogleraar", "professor", "prof", "docent", "lector",
	"directeur", "directrice", "voorzitter", "voorzitster", "leider", "baas", "chef", "topman", "topvrouw", "bestuurder",
	"correspondent", "verslaggever", "journalist", "columnist", "redacteur", "presentator", "presentatrice", "analist",
	"onderzoeker", "onderzoekster", "wetenschapper", "historicus", "econoom", "politicoloog", "socioloog", "psycholoog",
	"arts", "dokter", "advocaat", "advocate", "rechter", "officier", "aanklager", "politicus", "diplomaat", "ambassadeur",
	"gezant", "staatssecretaris", "kamerlid", "senator", "parlementslid", "europarlementariër", "fractievoorzitter",
	"partijleider", "lijsttrekker", "koning", "koningin", "prins", "prinses", "paus", "kardinaal", "bisschop", "dominee",
	"imam", "rabbijn", "generaal", "kolonel", "majoor", "kapitein", "luitenant", "commandant", "agent", "inspecteur",
	"commissaris", "schrijver", "schrijfster", "auteur", "dichter", "zanger", "zangeres", "acteur", "actrice", "regisseur",
	"kunstenaar", "muzikant", "componist", "trainer", "coach", "bondscoach", "speler", "spits", "doelman", "keeper",
	"renner", "wielrenner", "atleet", "kampioen", "oprichter", "eigenaar", "ondernemer", "miljardair", "topbestuurder",
	"ceo", "cfo", "manager", "adviseur", "consultant", "bewoner", "inwoner", "buurman", "buurvrouw", "vader", "moeder",
	"zoon", "dochter", "broer", "zus", "echtgenoot", "echtgenote", "weduwe", "oud-premier", "oud-president", "ex-premier",
	"dictator", "leider", "opvolger", "voorganger", "collega", "partijgenoot", "woordvoering", "topdiplomaat", "dissident",
}
