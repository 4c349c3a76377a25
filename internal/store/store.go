// Package store declares how kroniek keeps a collection of extracted
// documents and answers questions about it. Backends live in subpackages
// (store/sqlite); storetest holds the conformance suite every backend runs.
//
// All offsets in and out of a Store are Unicode code point offsets into the
// article text (the public contract, as `kroniek extract` writes them).
//
// Entities across articles: the pipeline names entities per article ("e1",
// "e2", with a knowledge-base id when linked). A Store gives them
// collection-wide identities: the same KB id is one entity; otherwise the
// same type and normalised name (NormName) is one entity.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"unicode"

	"kroniek"
)

// ErrNotFound is returned (wrapped) when an article or entity does not exist.
var ErrNotFound = errors.New("not found")

// Limits every backend enforces, whatever the caller asks for.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
	MaxOffset    = 100000
)

// Store is a collection of extracted documents.
type Store interface {
	// Put stores doc (code point offsets) under its id. It is idempotent:
	// when an article with the same id and content hash is stored, it does
	// nothing and returns false. A changed article (or a re-extraction, see
	// Replace) replaces the old one in one transaction.
	Put(ctx context.Context, doc *kroniek.Document) (stored bool, err error)
	// Replace stores doc even when the same id and hash are stored (reindex).
	Replace(ctx context.Context, doc *kroniek.Document) error
	// Has reports whether the article id is stored with content hash hash.
	Has(ctx context.Context, id, hash string) (bool, error)
	// Count returns the number of stored articles.
	Count(ctx context.Context) (int, error)
	// Article returns the stored document as `kroniek extract` writes it
	// (without tokens: a Store need not keep them).
	Article(ctx context.Context, id string) (*kroniek.Document, error)

	SearchArticles(ctx context.Context, q ArticleQuery) (*ArticleResult, error)
	Entities(ctx context.Context, q EntityQuery) ([]EntitySummary, error)
	Entity(ctx context.Context, id string) (*EntityPage, error)
	Quotes(ctx context.Context, q QuoteQuery) ([]QuoteHit, error)
	Timeline(ctx context.Context, q TimelineQuery) ([]Bucket, error)
	Places(ctx context.Context, q PlaceQuery) ([]PlaceHit, error)
	Events(ctx context.Context, q EventQuery) ([]EventHit, error)

	// IDs calls fn with every stored article id and hash in id order.
	IDs(ctx context.Context, fn func(id, hash string) error) error
	// Export calls fn with every stored document in id order, one at a
	// time, so that memory stays constant however large the collection.
	Export(ctx context.Context, fn func(*kroniek.Document) error) error
	Close() error
}

// Dates in queries are "YYYY", "YYYY-MM" or "YYYY-MM-DD" and compare with an
// article's published date by prefix: To "2019-03" includes all of March.

// ArticleQuery selects articles. Empty fields do not filter.
type ArticleQuery struct {
	Q      string // full text, matched on lemmas and on lower-cased forms
	Entity string // collection entity id
	From   string
	To     string
	Lang   string
	Limit  int // 0 = DefaultLimit; at most MaxLimit
	Offset int // at most MaxOffset
	// Facets asks for facet counts over all matching articles.
	Facets bool
}

// ArticleResult is a page of matching articles.
type ArticleResult struct {
	Total    int          `json:"total"`
	Articles []ArticleHit `json:"articles"`
	Facets   *Facets      `json:"facets,omitempty"`
}

// ArticleHit is one matching article.
type ArticleHit struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
	Snippet   string `json:"snippet"` // plain text around the first match
}

// Facets count matching articles by value.
type Facets struct {
	People        []Facet `json:"people"`
	Organisations []Facet `json:"organisations"`
	Places        []Facet `json:"places"`
	Languages     []Facet `json:"languages"`
	Months        []Facet `json:"months"` // Value "YYYY-MM", newest first
}

// Facet is one facet value. For entities Value is the entity id and Label
// its name; otherwise both are the value.
type Facet struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// EntityQuery selects entities, most articles first.
type EntityQuery struct {
	Q     string // name or alias, case-insensitive prefix of any word
	Type  string // PER, ORG, LOC, MISC
	Limit int
}

// EntitySummary is a collection-wide entity.
type EntitySummary struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	KB       string `json:"kb,omitempty"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// EntityPage is everything the collection knows about one entity.
type EntityPage struct {
	EntitySummary
	Aliases    []Alias    `json:"aliases"`
	CoEntities []CoEntity `json:"co_entities"`
	Quotes     []QuoteHit `json:"quotes"`   // quotes by it, newest first
	Timeline   []Bucket   `json:"timeline"` // articles naming it, by month
	AsActor    []EventHit `json:"as_actor"`
	AsTarget   []EventHit `json:"as_target"`
	Places     []PlaceHit `json:"places"` // places in its recent articles
	// Recent and MentionList are named so as not to shadow the counts
	// EntitySummary.Articles and EntitySummary.Mentions.
	Recent      []ArticleHit `json:"recent"`       // up to 20 articles naming it, newest first
	MentionList []MentionHit `json:"mention_list"` // its mentions in those articles
}

// Alias is one surface form of an entity and how often it was used.
type Alias struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
}

// CoEntity is an entity named in the same articles.
type CoEntity struct {
	EntitySummary
	Shared int `json:"shared"` // articles naming both
}

// MentionHit is one mention of an entity in an article.
type MentionHit struct {
	Article   string `json:"article"`
	Published string `json:"published"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// QuoteQuery selects quotes, newest first.
type QuoteQuery struct {
	// Speaker is a collection entity id, or else a case-insensitive part
	// of the speaker's name.
	Speaker string
	Q       string // words of the quote, each matching a word's start ("beleefdheid" finds "beleefdheidsvisite")
	Entity  string // quotes in articles naming this entity id
	Limit   int
	Offset  int
}

// QuoteHit is one quote with where it came from.
type QuoteHit struct {
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Speaker     string `json:"speaker"` // collection entity id or ""
	SpeakerName string `json:"speaker_name"`
	Cue         string `json:"cue"`
	Article     string `json:"article"`
	Title       string `json:"title"`
	Published   string `json:"published"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
}

// Intervals for timelines.
const (
	Day   = "day"
	Week  = "week" // buckets start on Monday
	Month = "month"
)

// TimelineQuery counts matching articles by published date.
type TimelineQuery struct {
	Q        string
	Entity   string
	From     string
	To       string
	Interval string // Day, Week or Month (default)
}

// Bucket is one timeline interval: Start is its first day, "YYYY-MM-DD".
type Bucket struct {
	Start    string `json:"start"`
	Count    int    `json:"count"`    // articles
	Mentions int    `json:"mentions"` // entity mentions when Entity was given, else 0
}

// PlaceQuery selects located places, most articles first.
type PlaceQuery struct {
	Q      string // only articles matching this full-text query
	Entity string // only articles naming this entity id
	From   string
	To     string
	Limit  int
}

// PlaceHit is one place with the articles that mention it.
type PlaceHit struct {
	Name     string   `json:"name"`
	Country  string   `json:"country"`
	Lat      float64  `json:"lat"`
	Lon      float64  `json:"lon"`
	GeoNames int      `json:"geonames,omitempty"`
	Entity   string   `json:"entity,omitempty"` // collection entity id
	Articles int      `json:"articles"`
	Mentions int      `json:"mentions"`
	Sample   []string `json:"sample"` // up to 10 article ids, newest first
}

// EventQuery selects events, newest first.
type EventQuery struct {
	Actor      string // collection entity id
	Target     string // collection entity id
	Entity     string // actor or target
	Type       string // PLOVER type
	Factuality string
	From       string
	To         string
	Limit      int
	Offset     int
}

// EventHit is one event with where it came from.
type EventHit struct {
	Type       string `json:"type"`
	Trigger    string `json:"trigger"`
	Start      int    `json:"start"` // trigger offsets
	End        int    `json:"end"`
	Actor      string `json:"actor"` // collection entity id or ""
	ActorName  string `json:"actor_name"`
	Target     string `json:"target"`
	TargetName string `json:"target_name"`
	Factuality string `json:"factuality"`
	Place      string `json:"place"` // place name or ""
	Time       string `json:"time"`  // TIMEX3 value or ""
	Sentence   int    `json:"sentence"`
	Article    string `json:"article"`
	Published  string `json:"published"`
}

// ClampLimit bounds a requested limit: 0 or less gives def, and never more
// than MaxLimit.
func ClampLimit(n, def int) int {
	if n <= 0 {
		n = def
	}
	if n > MaxLimit {
		n = MaxLimit
	}
	return n
}

// ClampOffset bounds a requested offset to [0, MaxOffset].
func ClampOffset(n int) int {
	if n < 0 {
		return 0
	}
	if n > MaxOffset {
		return MaxOffset
	}
	return n
}

// Hash is the content hash of an article as read from input: every field
// except Lang (which the pipeline may fill in) and Origin. Ingest compares
// it before extraction, Put after, so both must see the same value.
func Hash(a *kroniek.Article) string {
	h := sha256.New()
	var meta []byte
	if len(a.Meta) > 0 {
		// encoding/json sorts map keys, so the encoding is stable.
		meta, _ = json.Marshal(a.Meta) // a map[string]any from JSON always marshals
	}
	for _, f := range []string{a.ID, a.Published, a.Title, a.Text, a.URL, string(meta)} {
		var n [8]byte
		l := len(f)
		for i := range n {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// NormName normalises an entity name for matching across articles:
// lower case, diacritics removed, runs of other characters folded into one
// space. "Kim Jong-un" and "kim jong un" are the same name.
func NormName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(fold(r))
		default:
			space = true
		}
	}
	return b.String()
}

// EntityKey returns the collection-wide key of an article's entity and the
// public id made from it: an entity linked to a knowledge base is its KB id
// ("Q56226"); any other is its type and normalised name ("per-remco-breuker").
func EntityKey(e *kroniek.Entity) (key, id string) {
	if e.KB != "" {
		kb := string(e.KB)
		return "kb:" + kb, kbID(kb)
	}
	nn := NormName(e.Name)
	if nn == "" {
		nn = strings.ToLower(strings.TrimSpace(e.Name))
		return e.Type + ":" + nn, strings.ToLower(e.Type) + "-x" + shortHash(nn)
	}
	return e.Type + ":" + nn, strings.ToLower(e.Type) + "-" + strings.ReplaceAll(nn, " ", "-")
}

// kbID makes a KB id usable as a public id: as it is when it is made of
// safe characters (so it cannot be taken for a name-based id, which always
// has a lower-case type and a hyphen), else a hash.
func kbID(kb string) string {
	safe := kb != ""
	for _, r := range kb {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '.' || r == ':') {
			safe = false
			break
		}
	}
	if safe {
		return kb
	}
	return "kb-" + shortHash(kb)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:6])
}
