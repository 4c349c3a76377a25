// Package httpapi serves kroniek's JSON API over a store: articles,
// entities, quotes, timelines, places (GeoJSON) and events. Every parameter
// is validated (bad ones are 400 with a message), limits are bounded, and
// errors are JSON. docs/api.md documents it; /api/openapi.json describes it.
package httpapi

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/store"
)

// Store is what the API reads; store.Store satisfies it.
type Store interface {
	Count(ctx context.Context) (int, error)
	Article(ctx context.Context, id string) (*kroniek.Document, error)
	SearchArticles(ctx context.Context, q store.ArticleQuery) (*store.ArticleResult, error)
	Entities(ctx context.Context, q store.EntityQuery) ([]store.EntitySummary, error)
	Entity(ctx context.Context, id string) (*store.EntityPage, error)
	Quotes(ctx context.Context, q store.QuoteQuery) ([]store.QuoteHit, error)
	Timeline(ctx context.Context, q store.TimelineQuery) ([]store.Bucket, error)
	Places(ctx context.Context, q store.PlaceQuery) ([]store.PlaceHit, error)
	Events(ctx context.Context, q store.EventQuery) ([]store.EventHit, error)
}

// Bounds on requests.
const (
	MaxQueryRunes = 256  // q, speaker and other free-text parameters
	MaxIDBytes    = 512  // path ids
	MaxURLBytes   = 4096 // the whole request URI
	// RequestTimeout bounds the work of one request: a pathological query
	// is cancelled (503) instead of holding a database connection.
	RequestTimeout = 15 * time.Second
)

//go:embed openapi.json
var openAPI []byte

// API is the JSON API handler.
type API struct {
	st  Store
	mux *http.ServeMux
	Log *log.Logger // server errors; nil = log.Default()
	// Timeout bounds each request; 0 = RequestTimeout.
	Timeout time.Duration
}

func timeout(d time.Duration) time.Duration {
	if d <= 0 {
		return RequestTimeout
	}
	return d
}

// New returns the API over st. It handles /api/... and /healthz.
func New(st Store) *API {
	a := &API{st: st, mux: http.NewServeMux()}
	a.mux.HandleFunc("GET /healthz", a.healthz)
	a.mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(openAPI)
	})
	a.mux.HandleFunc("GET /api/articles", a.articles)
	a.mux.HandleFunc("GET /api/articles/{id}", a.article)
	a.mux.HandleFunc("GET /api/entities", a.entities)
	a.mux.HandleFunc("GET /api/entities/{id}", a.entity)
	a.mux.HandleFunc("GET /api/quotes", a.quotes)
	a.mux.HandleFunc("GET /api/timeline", a.timeline)
	a.mux.HandleFunc("GET /api/places", a.places)
	a.mux.HandleFunc("GET /api/events", a.events)
	a.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	return a
}

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if len(r.RequestURI) > MaxURLBytes {
		writeError(w, http.StatusRequestURITooLong, "request URI too long")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed; the API is read-only")
		return
	}
	// The API takes no bodies; refuse to read one.
	r.Body = http.MaxBytesReader(w, r.Body, 0)
	ctx, cancel := context.WithTimeout(r.Context(), timeout(a.Timeout))
	defer cancel()
	r = r.WithContext(ctx)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	a.mux.ServeHTTP(w, r)
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(errorBody{Error: msg, Status: status})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	// Default HTML escaping stays on: "<" comes out as \u003c, so a JSON
	// response is inert even if a browser is tricked into rendering it.
	enc := json.NewEncoder(w)
	if err := enc.Encode(v); err != nil {
		// Headers are gone; nothing better to do than stop.
		return
	}
}

// fail maps a store error to a response.
func (a *API) fail(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "the query took too long and was stopped")
	case errors.Is(err, context.Canceled):
		writeError(w, http.StatusServiceUnavailable, "request cancelled")
	default:
		lg := a.Log
		if lg == nil {
			lg = log.Default()
		}
		lg.Printf("api %s: %v", r.URL.Path, err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

// badRequest is a parameter error; its message goes back to the client.
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func bad(format string, args ...any) error { return &badRequest{fmt.Sprintf(format, args...)} }

// params reads and validates query parameters; the first problem wins.
type params struct {
	r   *http.Request
	err error
}

func (p *params) fail(err error) {
	if p.err == nil {
		p.err = err
	}
}

// text returns a free-text parameter, bounded and valid UTF-8.
func (p *params) text(name string) string {
	v := p.r.URL.Query().Get(name)
	if !utf8.ValidString(v) {
		p.fail(bad("%s: not valid UTF-8", name))
		return ""
	}
	if utf8.RuneCountInString(v) > MaxQueryRunes {
		p.fail(bad("%s: longer than %d characters", name, MaxQueryRunes))
		return ""
	}
	return strings.TrimSpace(v)
}

// oneOf returns a parameter that must be empty or one of allowed.
func (p *params) oneOf(name string, allowed ...string) string {
	v := p.r.URL.Query().Get(name)
	if v == "" {
		return ""
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.fail(bad("%s: %q is not one of %s", name, v, strings.Join(allowed, ", ")))
	return ""
}

// date returns a YYYY, YYYY-MM or YYYY-MM-DD parameter.
func (p *params) date(name string) string {
	v := p.r.URL.Query().Get(name)
	if v == "" {
		return ""
	}
	if !ValidDate(v) {
		p.fail(bad("%s: %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", name, v))
		return ""
	}
	return v
}

// ValidDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD with a month
// 01-12 and a day 01-31.
func ValidDate(s string) bool {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 || !digits(s[:4]) {
		return false
	}
	if len(s) >= 7 {
		if s[4] != '-' || !digits(s[5:7]) || s[5:7] < "01" || s[5:7] > "12" {
			return false
		}
	}
	if len(s) == 10 {
		if s[7] != '-' || !digits(s[8:10]) || s[8:10] < "01" || s[8:10] > "31" {
			return false
		}
	}
	return true
}

// intParam returns an integer parameter in [lo, hi], or def when absent.
func (p *params) intParam(name string, def, lo, hi int) int {
	v := p.r.URL.Query().Get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.fail(bad("%s: want an integer from %d to %d, got %q", name, lo, hi, v))
		return def
	}
	return n
}

func (p *params) limit() int { return p.intParam("limit", store.DefaultLimit, 1, store.MaxLimit) }

func (p *params) lang() string {
	v := p.r.URL.Query().Get("lang")
	if v == "" {
		return ""
	}
	if len(v) < 2 || len(v) > 3 || strings.Trim(v, "abcdefghijklmnopqrstuvwxyz") != "" {
		p.fail(bad("lang: %q is not a language code such as nl or en", v))
		return ""
	}
	return v
}

// respond writes a parameter error as 400.
func (a *API) paramError(w http.ResponseWriter, p *params) bool {
	if p.err == nil {
		return false
	}
	writeError(w, http.StatusBadRequest, p.err.Error())
	return true
}

func pathID(w http.ResponseWriter, r *http.Request) (string, bool) {
	id := r.PathValue("id")
	if id == "" || len(id) > MaxIDBytes || !utf8.ValidString(id) {
		writeError(w, http.StatusBadRequest, "id: missing, too long or not UTF-8")
		return "", false
	}
	return id, true
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	n, err := a.st.Count(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, map[string]any{"status": "ok", "articles": n})
}

// ArticleQuery reads the article search parameters of r (shared with the
// web UI). Errors are parameter problems for a 400.
func ArticleQuery(r *http.Request) (store.ArticleQuery, error) {
	p := &params{r: r}
	q := store.ArticleQuery{
		Q:      p.text("q"),
		Entity: p.text("entity"),
		From:   p.date("from"),
		To:     p.date("to"),
		Lang:   p.lang(),
		Limit:  p.limit(),
		Offset: p.intParam("offset", 0, 0, store.MaxOffset),
		Facets: p.oneOf("facets", "true", "false", "1", "0") == "true" || r.URL.Query().Get("facets") == "1",
	}
	return q, p.err
}

func (a *API) articles(w http.ResponseWriter, r *http.Request) {
	q, err := ArticleQuery(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := a.st.SearchArticles(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if res.Articles == nil {
		res.Articles = []store.ArticleHit{}
	}
	writeJSON(w, res)
}

func (a *API) article(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	doc, err := a.st.Article(r.Context(), id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, doc)
}

// entityJSON is an entity summary with kb as null when unknown.
type entityJSON struct {
	ID       string      `json:"id"`
	Name     string      `json:"name"`
	Type     string      `json:"type"`
	KB       kroniek.Opt `json:"kb"`
	Articles int         `json:"articles"`
	Mentions int         `json:"mentions"`
}

func toEntityJSON(e store.EntitySummary) entityJSON {
	return entityJSON{ID: e.ID, Name: e.Name, Type: e.Type, KB: kroniek.Opt(e.KB), Articles: e.Articles, Mentions: e.Mentions}
}

var entityTypes = []string{kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC}

func (a *API) entities(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.EntityQuery{Q: p.text("q"), Type: p.oneOf("type", entityTypes...), Limit: p.limit()}
	if a.paramError(w, p) {
		return
	}
	es, err := a.st.Entities(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	out := make([]entityJSON, len(es))
	for i, e := range es {
		out[i] = toEntityJSON(e)
	}
	writeJSON(w, map[string]any{"entities": out})
}

func (a *API) entity(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	e, err := a.st.Entity(r.Context(), id)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	// kb is null when unknown, as in the entity list.
	writeJSON(w, struct {
		*store.EntityPage
		KB kroniek.Opt `json:"kb"`
	}{e, kroniek.Opt(e.KB)})
}

func (a *API) quotes(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.QuoteQuery{
		Speaker: p.text("speaker"),
		Q:       p.text("q"),
		Entity:  p.text("entity"),
		Limit:   p.limit(),
		Offset:  p.intParam("offset", 0, 0, store.MaxOffset),
	}
	if a.paramError(w, p) {
		return
	}
	qs, err := a.st.Quotes(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if qs == nil {
		qs = []store.QuoteHit{}
	}
	writeJSON(w, map[string]any{"quotes": qs})
}

// TimelineQuery reads the timeline parameters of r.
func TimelineQuery(r *http.Request) (store.TimelineQuery, error) {
	p := &params{r: r}
	q := store.TimelineQuery{
		Q:        p.text("q"),
		Entity:   p.text("entity"),
		From:     p.date("from"),
		To:       p.date("to"),
		Interval: p.oneOf("interval", store.Day, store.Week, store.Month),
	}
	if q.Interval == "" {
		q.Interval = store.Month
	}
	return q, p.err
}

func (a *API) timeline(w http.ResponseWriter, r *http.Request) {
	q, err := TimelineQuery(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	bs, err := a.st.Timeline(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if bs == nil {
		bs = []store.Bucket{}
	}
	writeJSON(w, map[string]any{"interval": q.Interval, "buckets": bs})
}

// GeoJSON types for /api/places.
type (
	FeatureCollection struct {
		Type     string    `json:"type"`
		Features []Feature `json:"features"`
	}
	Feature struct {
		Type       string         `json:"type"`
		Geometry   Geometry       `json:"geometry"`
		Properties store.PlaceHit `json:"properties"`
	}
	Geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"` // lon, lat
	}
)

func (a *API) places(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.PlaceQuery{
		Q:      p.text("q"),
		Entity: p.text("entity"),
		From:   p.date("from"),
		To:     p.date("to"),
		Limit:  p.intParam("limit", store.MaxLimit, 1, store.MaxLimit),
	}
	if a.paramError(w, p) {
		return
	}
	ps, err := a.st.Places(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	fc := FeatureCollection{Type: "FeatureCollection", Features: make([]Feature, 0, len(ps))}
	for _, pl := range ps {
		if pl.Sample == nil {
			pl.Sample = []string{}
		}
		fc.Features = append(fc.Features, Feature{
			Type:       "Feature",
			Geometry:   Geometry{Type: "Point", Coordinates: [2]float64{pl.Lon, pl.Lat}},
			Properties: pl,
		})
	}
	w.Header().Set("Content-Type", "application/geo+json")
	json.NewEncoder(w).Encode(fc)
}

var factualities = []string{kroniek.Asserted, kroniek.Reported, kroniek.Planned, kroniek.Hypothetical, kroniek.Negated}

func (a *API) events(w http.ResponseWriter, r *http.Request) {
	p := &params{r: r}
	q := store.EventQuery{
		Actor:      p.text("actor"),
		Target:     p.text("target"),
		Entity:     p.text("entity"),
		Type:       p.text("type"),
		Factuality: p.oneOf("factuality", factualities...),
		From:       p.date("from"),
		To:         p.date("to"),
		Limit:      p.limit(),
		Offset:     p.intParam("offset", 0, 0, store.MaxOffset),
	}
	if a.paramError(w, p) {
		return
	}
	es, err := a.st.Events(r.Context(), q)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	if es == nil {
		es = []store.EventHit{}
	}
	writeJSON(w, map[string]any{"events": es})
}
