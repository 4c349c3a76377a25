// Package kroniek is the vocabulary of the kroniek news intelligence engine:
// articles and the facts extracted from them, each anchored to offsets in
// the article text. It does no I/O; stages live under internal/.
//
// Offsets. While a Document is being annotated by the pipeline stages, every
// Start/End is a byte offset into Article.Text (so stages can slice text
// directly). The pipeline converts all offsets to Unicode code point offsets
// (end exclusive) once, at the end, and that is the public JSON contract
// (docs/format.md) and what stores hold. Document.Offsets says which.
package kroniek

import "encoding/json"

// Article is one news article as read from input.
type Article struct {
	ID        string         `json:"id"`
	Lang      string         `json:"lang"`
	Published string         `json:"published,omitempty"` // YYYY, YYYY-MM or YYYY-MM-DD (or a full timestamp)
	Title     string         `json:"title,omitempty"`
	Text      string         `json:"text"`
	URL       string         `json:"url,omitempty"`
	Meta      map[string]any `json:"meta,omitempty"` // any other input fields, kept as given
	// Origin says where the article came from (path and line), for diagnostics.
	Origin string `json:"-"`
	// Notes are diagnostics found while reading the article (repaired
	// encoding, empty body); the pipeline copies them into the Document.
	Notes []Diagnostic `json:"-"`
}

// Span is a stretch of text, end exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in offset units.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one unit.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Sentence is a sentence of the article text.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Token is one token with its annotations. Head is the 1-based index of the
// head token within the same sentence as in CoNLL-U (0 = root or unparsed).
type Token struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Sent   int    `json:"sent"`
	Text   string `json:"-"` // the surface form, Article.Text[Start:End] while offsets are bytes
	POS    string `json:"pos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Lemma  string `json:"lemma,omitempty"`
	Head   int    `json:"head,omitempty"`
	Deprel string `json:"deprel,omitempty"`
	NER    string `json:"-"` // IOB2 tag, used between stages
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Mention is one occurrence of an entity in the text.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Entity is a person, organisation, place or other name, with all its
// mentions in one article.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"` // the fullest form seen, in the article's language
	KB       Opt       `json:"kb"`   // knowledge-base id or null
	Country  string    `json:"country,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
)

// Quote is a direct quote (the words inside the quotation marks) or an
// indirect attribution (the attributed content span).
type Quote struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Speaker     Opt    `json:"speaker"`      // entity id
	SpeakerName Opt    `json:"speaker_name"` // fullest name, or a description
	Cue         Opt    `json:"cue"`          // lemma of the reporting verb or phrase
	CueStart    int    `json:"cue_start"`
	CueEnd      int    `json:"cue_end"`
}

// Time expression types (TIMEX3).
const (
	DATE     = "DATE"
	TIME     = "TIME"
	DURATION = "DURATION"
	SET      = "SET"
)

// Time is a time expression with its TimeML value resolved against the
// article's date.
type Time struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Place is a located place mention.
type Place struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Entity   string  `json:"entity"` // entity id
	Name     string  `json:"name"`   // English canonical name
	Country  string  `json:"country"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	GeoNames int     `json:"geonames,omitempty"`
}

// Event factuality values.
const (
	Asserted     = "asserted"
	Reported     = "reported"
	Planned      = "planned"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

// Event is who did what to whom, coded in PLOVER.
type Event struct {
	Type       string  `json:"type"`
	Trigger    Mention `json:"trigger"`
	Actor      Opt     `json:"actor"`
	ActorName  Opt     `json:"actor_name"`
	Target     Opt     `json:"target"`
	TargetName Opt     `json:"target_name"`
	Place      *int    `json:"place"` // index into Document.Places
	Time       *int    `json:"time"`  // index into Document.Times
	Factuality string  `json:"factuality"`
	Source     Opt     `json:"source"`
	Sentence   int     `json:"sentence"`
}

// Severity of a diagnostic.
const (
	Info    = "info"
	Warning = "warning"
	Error   = "error"
)

// Diagnostic reports a problem with the input or a language problem. It is
// data, not a failure of the run.
type Diagnostic struct {
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Path     string `json:"path,omitempty"`
	Line     int    `json:"line,omitempty"`
}

// Offset units of a Document.
const (
	Bytes      = ""           // during processing
	CodePoints = "codepoints" // the public contract
)

// Document is an article with its annotations.
type Document struct {
	Article
	Sentences   []Sentence   `json:"sentences"`
	Tokens      []Token      `json:"tokens,omitempty"`
	Entities    []Entity     `json:"entities"`
	Quotes      []Quote      `json:"quotes"`
	Times       []Time       `json:"times"`
	Places      []Place      `json:"places"`
	Events      []Event      `json:"events"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	Offsets     string       `json:"-"`
}

// Diag appends a diagnostic to the document.
func (d *Document) Diag(severity, format string) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Severity: severity, Message: format})
}

// EntityByID returns the entity with the given id, or nil.
func (d *Document) EntityByID(id string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}

// Opt is an optional string: empty marshals as JSON null.
type Opt string

// MarshalJSON writes null for the empty string.
func (o Opt) MarshalJSON() ([]byte, error) {
	if o == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(o))
}

// UnmarshalJSON reads null as the empty string.
func (o *Opt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*o = Opt(s)
	return nil
}
