package kb

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Entry types beyond the entity types PER, ORG, LOC: ADJ is a demonym or
// adjective of a country ("Noord-Koreaanse"), linked to that country.
const ADJ = "ADJ"

// Entry is one knowledge-base item: a place, person, organisation or the
// adjectives of a country.
type Entry struct {
	ID      string   // "geonames:2759794", "Q7747", "parlgov:1234", "adj:KP", "kr:per:..."
	Type    string   // PER, ORG, LOC or ADJ
	Name    string   // English canonical name
	NameNL  string   // Dutch name, "" when the same as Name
	Country string   // ISO 3166-1 alpha-2, "XX" for supranational places
	Lat     float64  // places only
	Lon     float64  // places only
	Aliases []string // other surface forms (not folded)
	Pop     int64    // population (places)
	Feature string   // GeoNames feature code (PCLI, ADM1, PPLC, PPL, CONT, SEA...)
	Note    string   // free text, e.g. a leader's terms of office
}

// GeoNames returns the GeoNames id of a place entry, or 0.
func (e *Entry) GeoNames() int {
	if n, ok := strings.CutPrefix(e.ID, "geonames:"); ok {
		v, err := strconv.Atoi(n)
		if err == nil {
			return v
		}
	}
	return 0
}

// NameIn returns the entry's name in lang ("nl" or other).
func (e *Entry) NameIn(lang string) string {
	if lang == "nl" && e.NameNL != "" {
		return e.NameNL
	}
	return e.Name
}

// The record format is shared by the compiled knowledge base and by users'
// extra files (docs/kb.md): one entry per line, tab-separated fields, of
// which only the first three are required:
//
//	id type name name_nl country lat lon aliases(|-separated) population feature note
//
// Lines starting with # and blank lines are ignored.
const nFields = 11

// ParseError reports a bad line in a record file.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadRecords reads entries in the record format.
func ReadRecords(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		e, err := parseRecord(s)
		if err != nil {
			return out, &ParseError{Line: line, Msg: err.Error()}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("line %d: %w", line+1, err)
	}
	return out, nil
}

func parseRecord(s string) (Entry, error) {
	// Fields by hand, into an array: this runs 166,000 times at start-up.
	var f [nFields]string
	n := 0
	for rest := s; ; n++ {
		if n == nFields {
			return Entry{}, fmt.Errorf("want at most %d fields, got more", nFields)
		}
		field, more, found := strings.Cut(rest, "\t")
		f[n] = field
		if !found {
			n++
			break
		}
		rest = more
	}
	if n < 3 {
		return Entry{}, fmt.Errorf("want at least 3 tab-separated fields (id, type, name), got %d", n)
	}
	e := Entry{ID: strings.TrimSpace(f[0]), Type: strings.TrimSpace(f[1]), Name: strings.TrimSpace(f[2]),
		NameNL: strings.TrimSpace(f[3]), Country: strings.ToUpper(strings.TrimSpace(f[4])),
		Feature: strings.TrimSpace(f[9]), Note: strings.TrimSpace(f[10])}
	if e.ID == "" {
		return e, fmt.Errorf("empty id")
	}
	switch e.Type {
	case "PER", "ORG", "LOC", "MISC", ADJ:
	default:
		return e, fmt.Errorf("type %q: want PER, ORG, LOC, MISC or ADJ", e.Type)
	}
	if e.Country != "" && len(e.Country) != 2 {
		return e, fmt.Errorf("country %q: want an ISO 3166-1 alpha-2 code", e.Country)
	}
	var err error
	if e.Lat, err = optFloat(f[5], 90); err != nil {
		return e, fmt.Errorf("lat: %w", err)
	}
	if e.Lon, err = optFloat(f[6], 180); err != nil {
		return e, fmt.Errorf("lon: %w", err)
	}
	if f[7] != "" {
		e.Aliases = make([]string, 0, strings.Count(f[7], "|")+1)
		for rest := f[7]; rest != ""; {
			var a string
			a, rest, _ = strings.Cut(rest, "|")
			if a = strings.TrimSpace(a); a != "" {
				e.Aliases = append(e.Aliases, a)
			}
		}
	}
	if p := strings.TrimSpace(f[8]); p != "" {
		if e.Pop, err = strconv.ParseInt(p, 10, 64); err != nil || e.Pop < 0 {
			return e, fmt.Errorf("population %q: want a whole number", p)
		}
	}
	return e, nil
}

func optFloat(s string, max float64) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	if !(v >= -max && v <= max) { // also rejects NaN
		return 0, fmt.Errorf("%q out of range", s)
	}
	return v, nil
}

// WriteRecords writes entries in the record format, sorted by id so the same
// entries always give the same bytes.
func WriteRecords(w io.Writer, es []Entry) error {
	bw := bufio.NewWriter(w)
	for _, e := range sortedByID(es) {
		f := []string{e.ID, e.Type, clean(e.Name), clean(e.NameNL), e.Country, coord(e.Lat, e.Lon, e.Lat),
			coord(e.Lat, e.Lon, e.Lon), joinAliases(e.Aliases), "", e.Feature, clean(e.Note)}
		if e.Pop > 0 {
			f[8] = strconv.FormatInt(e.Pop, 10)
		}
		// Trailing empty fields are left out to keep the file small.
		n := len(f)
		for n > 3 && f[n-1] == "" {
			n--
		}
		if _, err := bw.WriteString(strings.Join(f[:n], "\t") + "\n"); err != nil {
			return fmt.Errorf("write kb record: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write kb records: %w", err)
	}
	return nil
}

func coord(lat, lon, v float64) string {
	if lat == 0 && lon == 0 {
		return ""
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func clean(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", "|", "/").Replace(s)
}

func joinAliases(as []string) string {
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(clean(a))
	}
	return b.String()
}
