package link

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/golddev"
	"kroniek/internal/kb"
	"kroniek/internal/shared"
	"kroniek/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func defaultKB(t testing.TB) *kb.KB {
	t.Helper()
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// exampleDoc links the defining example with the entities a perfect NER
// stage would give (one per type and text, as internal/ner does).
func exampleDoc(t testing.TB) *kroniek.Document {
	t.Helper()
	dir := shared.Need(t, "examples")
	raw, err := os.ReadFile(filepath.Join(dir, "000_79b112c5e57ff094.txt"))
	if err != nil {
		t.Fatal(err)
	}
	g, err := golddev.LoadExample(filepath.Join(dir, "000_79b112c5e57ff094.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	doc := &kroniek.Document{Article: kroniek.Article{ID: "example", Lang: "nl", Text: string(raw)}}
	doc.Tokens, doc.Sentences = text.Segment(doc.Text, doc.Lang)
	doc.Entities = OracleEntities(doc.Text, g.Entities)
	Link(defaultKB(t), doc)
	return doc
}

func entityOf(doc *kroniek.Document, mention string) []*kroniek.Entity {
	var out []*kroniek.Entity
	for i := range doc.Entities {
		for _, m := range doc.Entities[i].Mentions {
			if doc.Text[m.Start:m.End] == mention {
				out = append(out, &doc.Entities[i])
				break
			}
		}
	}
	return out
}

// TestExample checks the acceptance criteria of the example article.
func TestExample(t *testing.T) {
	doc := exampleDoc(t)
	n := 0
	for _, p := range doc.Places {
		if p.Text == "Vladivostok" {
			n++
			if p.Lat < 43.0 || p.Lat > 43.2 || p.Lon < 131.8 || p.Lon > 132.0 || p.Country != "RU" || p.GeoNames == 0 {
				t.Errorf("Vladivostok placed at %+v", p)
			}
		}
	}
	if n != 4 {
		t.Errorf("%d Vladivostok places, want 4", n)
	}
	for _, tt := range []struct{ text, name, country string }{
		{"Oekraïne", "Ukraine", "UA"}, {"Rusland", "Russia", "RU"},
		{"Noord-Korea", "North Korea", "KP"}, {"Hanoi", "Hanoi", "VN"},
	} {
		found := false
		for _, p := range doc.Places {
			if p.Text == tt.text {
				found = true
				if p.Name != tt.name || p.Country != tt.country {
					t.Errorf("%s placed as %s (%s), want %s (%s)", tt.text, p.Name, p.Country, tt.name, tt.country)
				}
			}
		}
		if !found {
			t.Errorf("no place for %s", tt.text)
		}
	}
	same := func(a, b string, want bool) {
		t.Helper()
		ea, eb := entityOf(doc, a), entityOf(doc, b)
		if len(ea) != 1 || len(eb) != 1 {
			t.Errorf("%s in %d entities, %s in %d, want 1 each", a, len(ea), b, len(eb))
			return
		}
		if (ea[0] == eb[0]) != want {
			t.Errorf("%s and %s in one entity: %v, want %v", a, b, ea[0] == eb[0], want)
		}
	}
	same("Breuker", "Remco Breuker", true)
	same("Kim", "Kim Jong-un", true)
	same("Kim", "Kim Jong-il", false)
	same("Kim Jong-un", "Kim Jong-il", false)
	if es := entityOf(doc, "Poetin"); len(es) != 1 || es[0].Name != "Vladimir Poetin" || es[0].KB == "" {
		t.Errorf("Poetin: %+v, want one entity named Vladimir Poetin with a kb id", es)
	}
	if es := entityOf(doc, "Remco Breuker"); len(es) == 1 && es[0].Name != "Remco Breuker" {
		t.Errorf("Breuker's entity is named %q", es[0].Name)
	}
	// The Kim of "Kim's vader" is a mention of Kim Jong-un, without the 's.
	if i := strings.Index(doc.Text, "Kim's"); i >= 0 {
		es := entityOf(doc, "Kim Jong-un")
		ok := false
		for _, m := range es[0].Mentions {
			if m.Start == i && m.End == i+3 {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Kim's is not a mention of Kim Jong-un")
		}
	}
	checkIDs(t, doc)
}

// checkIDs checks that entity ids are e1, e2... in order and that places
// and mentions point at them and at the text.
func checkIDs(t *testing.T, doc *kroniek.Document) {
	t.Helper()
	ids := map[string]*kroniek.Entity{}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if want := "e" + strconv.Itoa(i+1); e.ID != want {
			t.Errorf("entity %d has id %s, want %s", i, e.ID, want)
		}
		ids[e.ID] = e
		for _, m := range e.Mentions {
			if doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v does not match the text %q", m, doc.Text[m.Start:m.End])
			}
		}
	}
	for _, p := range doc.Places {
		e := ids[p.Entity]
		if e == nil || e.Type != kroniek.LOC {
			t.Errorf("place %+v points at %+v", p, e)
		}
	}
}

// golden is the example's annotation as offsets and labels only (the text
// stays in ../shared).
type golden struct {
	Entities []goldenEntity `json:"entities"`
	Places   []goldenPlace  `json:"places"`
}

type goldenEntity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	KB       string   `json:"kb,omitempty"`
	Country  string   `json:"country,omitempty"`
	Mentions [][2]int `json:"mentions"` // code point offsets
}

type goldenPlace struct {
	Start, End int
	Entity     string
	Country    string
	Lat, Lon   float64
	GeoNames   int
}

// TestExampleGolden compares the example's entities and places with
// testdata/example.golden.json (rewrite with -update).
func TestExampleGolden(t *testing.T) {
	doc := exampleDoc(t)
	doc.ToCodePoints()
	var got golden
	for _, e := range doc.Entities {
		ge := goldenEntity{ID: e.ID, Type: e.Type, KB: string(e.KB), Country: e.Country}
		for _, m := range e.Mentions {
			ge.Mentions = append(ge.Mentions, [2]int{m.Start, m.End})
		}
		got.Entities = append(got.Entities, ge)
	}
	for _, p := range doc.Places {
		got.Places = append(got.Places, goldenPlace{p.Start, p.End, p.Entity, p.Country, p.Lat, p.Lon, p.GeoNames})
	}
	// One line per item keeps the file short and its diffs readable.
	var sb strings.Builder
	sb.WriteString("{\"entities\": [\n")
	for i, e := range got.Entities {
		line, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		sb.Write(line)
		if i < len(got.Entities)-1 {
			sb.WriteByte(',')
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("],\n\"places\": [\n")
	for i, p := range got.Places {
		line, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		sb.Write(line)
		if i < len(got.Places)-1 {
			sb.WriteByte(',')
		}
		sb.WriteByte('\n')
	}
	sb.WriteString("]}\n")
	b := []byte(sb.String())
	path := filepath.Join("testdata", "example.golden.json")
	if *update {
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(b)) {
		t.Errorf("example output differs from %s (run go test -update and review the diff):\n%s", path, b)
	}
}

// TestHandMade covers coreference cases on articles written for this test.
func TestHandMade(t *testing.T) {
	type ent struct {
		typ   string
		texts []string
	}
	tests := []struct {
		name, lang, text string
		ents             []ent
		together         [][2]string // mentions in one entity
		apart            [][2]string
		names            map[string]string // mention -> entity name
		countries        map[string]string // mention -> entity country
	}{
		{
			name: "possessive and case variants", lang: "nl",
			text:      "Het Witte Huis reageerde. Volgens Trump's woordvoerder zweeg het Witte huis. Donald Trump was in Zwolle.",
			ents:      []ent{{"ORG", []string{"Witte Huis", "Witte huis"}}, {"PER", []string{"Trump's", "Donald Trump"}}, {"LOC", []string{"Zwolle"}}},
			together:  [][2]string{{"Witte Huis", "Witte huis"}, {"Trump", "Donald Trump"}},
			names:     map[string]string{"Trump": "Donald Trump", "Witte huis": "Witte Huis"},
			countries: map[string]string{"Zwolle": "NL"},
		},
		{
			name: "adjective", lang: "nl",
			text:      "De Noord-Koreaanse leider sprak met Amerikaanse diplomaten in Parijs.",
			ents:      []ent{{"MISC", []string{"Noord-Koreaanse"}}, {"MISC", []string{"Amerikaanse"}}, {"LOC", []string{"Parijs"}}},
			countries: map[string]string{"Noord-Koreaanse": "KP", "Amerikaanse": "US", "Parijs": "FR"},
		},
		{
			name: "acronym and later full name", lang: "en",
			text:     "The SCP said so. Later the Sociaal en Cultureel Planbureau added data. Smith and Jane Smith met John Smith.",
			ents:     []ent{{"ORG", []string{"SCP", "Sociaal en Cultureel Planbureau"}}, {"PER", []string{"Jane Smith", "John Smith", "Smith"}}},
			together: [][2]string{{"SCP", "Sociaal en Cultureel Planbureau"}},
			apart:    [][2]string{{"Jane Smith", "John Smith"}},
		},
		{
			name: "name cut in two", lang: "nl",
			text:     "Volgens Roos Verschuur is het zo. Later zei Roos niets meer.",
			ents:     []ent{{"ORG", []string{"Roos"}}, {"PER", []string{"Verschuur"}}},
			together: [][2]string{{"Roos Verschuur", "Roos"}},
			names:    map[string]string{"Roos": "Roos Verschuur"},
		},
		{
			name: "name with a particle", lang: "en",
			text:     "The manager, Dr Ali bin Tamim, spoke. Tamim said more. Minister Moammar al-Eryani agreed.",
			ents:     []ent{{"PER", []string{"Dr Ali"}}, {"ORG", []string{"Tamim"}}, {"MISC", []string{"al-Eryani"}}},
			together: [][2]string{{"Ali bin Tamim", "Tamim"}},
			names:    map[string]string{"Tamim": "Ali bin Tamim", "Moammar al-Eryani": "Moammar al-Eryani"},
		},
		{
			name: "leader by surname", lang: "nl",
			text:      "Poetin sprak in Moskou. Later zei Poetin niets.",
			ents:      []ent{{"PER", []string{"Poetin"}}, {"LOC", []string{"Moskou"}}},
			names:     map[string]string{"Poetin": "Vladimir Poetin"},
			countries: map[string]string{"Moskou": "RU"},
		},
	}
	k := defaultKB(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &kroniek.Document{Article: kroniek.Article{Lang: tt.lang, Text: tt.text}}
			doc.Tokens, doc.Sentences = text.Segment(doc.Text, doc.Lang)
			for _, e := range tt.ents {
				ent := kroniek.Entity{Type: e.typ}
				for _, s := range e.texts {
					for off := 0; ; {
						i := strings.Index(tt.text[off:], s)
						if i < 0 {
							break
						}
						ent.Mentions = append(ent.Mentions, kroniek.Mention{Start: off + i, End: off + i + len(s), Text: s})
						off += i + len(s)
					}
				}
				doc.Entities = append(doc.Entities, ent)
			}
			Link(k, doc)
			one := func(m string) *kroniek.Entity {
				es := entityOf(doc, m)
				if len(es) != 1 {
					t.Fatalf("%q is in %d entities: %+v", m, len(es), doc.Entities)
				}
				return es[0]
			}
			for _, p := range tt.together {
				if one(p[0]) != one(p[1]) {
					t.Errorf("%q and %q not merged", p[0], p[1])
				}
			}
			for _, p := range tt.apart {
				if one(p[0]) == one(p[1]) {
					t.Errorf("%q and %q merged", p[0], p[1])
				}
			}
			for m, n := range tt.names {
				if got := one(m).Name; got != n {
					t.Errorf("%q: name %q, want %q", m, got, n)
				}
			}
			for m, c := range tt.countries {
				if got := one(m).Country; got != c {
					t.Errorf("%q: country %q, want %q", m, got, c)
				}
			}
			checkIDs(t, doc)
		})
	}
}

// TestGoldDevOracle holds the bars on gold-dev with the gold names as NER
// output: places within 161 km F1 >= 0.90, multi-name entities merged
// >= 0.85. (TestGoldDevPipeline in pipeline_test.go measures the full
// pipeline.)
func TestGoldDevOracle(t *testing.T) {
	dir := shared.Need(t, "data", "gold-dev")
	s, err := EvalGoldDev(t.Context(), dir, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	_, _, f := s.GeoPRF()
	t.Logf("oracle NER: geo F1 %.3f, merged %.3f of %d", f, s.MergeRate(), s.Multi)
	if f < 0.90 {
		t.Errorf("places within 161 km F1 %.3f < 0.90", f)
	}
	if s.MergeRate() < 0.85 {
		t.Errorf("multi-name entities merged %.3f < 0.85", s.MergeRate())
	}
}

func BenchmarkLink(b *testing.B) {
	doc := exampleDoc(b)
	k := defaultKB(b)
	dir := shared.Need(b, "examples")
	g, err := golddev.LoadExample(filepath.Join(dir, "000_79b112c5e57ff094.gold.json"))
	if err != nil {
		b.Fatal(err)
	}
	orig := OracleEntities(doc.Text, g.Entities)
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := &kroniek.Document{Article: doc.Article, Tokens: doc.Tokens, Sentences: doc.Sentences}
		d.Entities = make([]kroniek.Entity, len(orig))
		copy(d.Entities, orig)
		Link(k, d)
	}
}

// FuzzLink runs the stage on arbitrary text and mentions: it must not
// panic, and every mention and place must lie inside the text.
func FuzzLink(f *testing.F) {
	f.Add("Poetin sprak in Moskou met Kim's vader.", "nl", 0, 6, 16, 22)
	f.Add("The U.S. Senate met in Washington DC.", "en", 4, 8, 23, 33)
	f.Add("in de Van der Pekbuurt bij Café Keppler", "nl", 6, 22, 27, 39)
	k := defaultKB(f)
	f.Fuzz(func(t *testing.T, s, lang string, a, b, c, d int) {
		doc := &kroniek.Document{Article: kroniek.Article{Lang: lang, Text: s}}
		doc.Tokens, doc.Sentences = text.Segment(s, lang)
		for i, sp := range [][2]int{{a, b}, {c, d}} {
			if sp[0] < 0 || sp[1] > len(s) || sp[0] >= sp[1] {
				continue
			}
			typ := []string{kroniek.PER, kroniek.LOC}[i]
			doc.Entities = append(doc.Entities, kroniek.Entity{Type: typ,
				Mentions: []kroniek.Mention{{Start: sp[0], End: sp[1], Text: s[sp[0]:sp[1]]}}})
		}
		Link(k, doc)
		for _, e := range doc.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(s) || m.Start > m.End {
					t.Fatalf("mention %+v outside the text", m)
				}
			}
		}
		for _, p := range doc.Places {
			if p.Start < 0 || p.End > len(s) || p.Start > p.End {
				t.Fatalf("place %+v outside the text", p)
			}
		}
	})
}
