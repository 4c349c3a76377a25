// Package web serves kroniek's browser interface: search with facets,
// articles with their entities, quotes and times highlighted, entity pages,
// a quote browser, a timeline and a world map. Pages are rendered on the
// server with html/template; CSS, a little JavaScript and the map shapes are
// embedded, so it works without internet. The JSON API (internal/httpapi) is
// mounted beside it.
package web

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/httpapi"
	"kroniek/internal/store"
	"kroniek/internal/web/worldmap"
)

// Store is what the UI reads; store.Store satisfies it.
type Store = httpapi.Store

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Server is the web UI plus the JSON API.
type Server struct {
	st     Store
	api    *httpapi.API
	pages  map[string]*template.Template
	mux    *http.ServeMux
	static http.Handler
	Log    *log.Logger
	// Timeout bounds each page request; 0 = httpapi.RequestTimeout. (The
	// API has its own, API.Timeout.)
	Timeout time.Duration
}

// New returns the UI and API over st.
func New(st Store) (*Server, error) {
	s := &Server{st: st, api: httpapi.New(st), pages: map[string]*template.Template{}, mux: http.NewServeMux()}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	for _, p := range []string{"search", "article", "entities", "entity", "quotes", "timeline", "map", "error"} {
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("clone layout: %w", err)
		}
		if _, err := t.ParseFS(templateFS, "templates/"+p+".html"); err != nil {
			return nil, fmt.Errorf("parse %s page: %w", p, err)
		}
		s.pages[p] = t
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, fmt.Errorf("static files: %w", err)
	}
	s.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	s.mux.Handle("/api/", s.api)
	s.mux.Handle("/healthz", s.api)
	s.mux.Handle("GET /static/", s.static)
	s.mux.HandleFunc("GET /{$}", s.search)
	s.mux.HandleFunc("GET /articles/{id}", s.article)
	s.mux.HandleFunc("GET /entities", s.entities)
	s.mux.HandleFunc("GET /entities/{id}", s.entity)
	s.mux.HandleFunc("GET /quotes", s.quotes)
	s.mux.HandleFunc("GET /timeline", s.timeline)
	s.mux.HandleFunc("GET /map", s.worldMap)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.errorPage(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	return s, nil
}

// csp allows only our own scripts and styles: no inline script, so text
// from articles can never run even if escaping were to fail somewhere.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/healthz" {
		s.api.ServeHTTP(w, r)
		return
	}
	h.Set("Content-Security-Policy", csp)
	if len(r.RequestURI) > httpapi.MaxURLBytes {
		s.errorPage(w, r, http.StatusRequestURITooLong, "The address is too long.")
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		s.errorPage(w, r, http.StatusMethodNotAllowed, "Only GET is supported.")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 0)
	d := s.Timeout
	if d <= 0 {
		d = httpapi.RequestTimeout
	}
	ctx, cancel := context.WithTimeout(r.Context(), d)
	defer cancel()
	s.mux.ServeHTTP(w, r.WithContext(ctx))
}

// page is what every template gets.
type page struct {
	Title string
	Nav   string // active menu item
	Q     string // search box
	Data  any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	var buf bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&buf, "layout.html", p); err != nil {
		s.logf("render %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (s *Server) logf(format string, args ...any) {
	lg := s.Log
	if lg == nil {
		lg = log.Default()
	}
	lg.Printf(format, args...)
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Data: struct {
		Status int
		Msg    string
	}{status, msg}})
}

// fail shows a store error.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		s.errorPage(w, r, http.StatusNotFound, "Not found.")
		return
	}
	if errors.Is(err, context.DeadlineExceeded) {
		s.errorPage(w, r, http.StatusServiceUnavailable, "This query took too long and was stopped; try fewer words or a narrower filter.")
		return
	}
	s.logf("web %s: %v", r.URL.Path, err)
	s.errorPage(w, r, http.StatusInternalServerError, "Something went wrong reading the collection.")
}

// qtext reads a bounded free-text parameter.
func qtext(r *http.Request, name string) (string, error) {
	v := r.URL.Query().Get(name)
	if !utf8.ValidString(v) || utf8.RuneCountInString(v) > httpapi.MaxQueryRunes {
		return "", fmt.Errorf("%s: too long or not UTF-8", name)
	}
	return strings.TrimSpace(v), nil
}

// searchData feeds the search page.
type searchData struct {
	Query    store.ArticleQuery
	Result   *store.ArticleResult
	Entity   *store.EntitySummary // the entity filter, resolved
	Timeline template.HTML
	Prev     string
	Next     string
	From     int
	To       int
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q, err := httpapi.ArticleQuery(r)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if r.URL.Query().Get("limit") == "" {
		q.Limit = 20
	}
	q.Limit = min(q.Limit, 100)
	q.Facets = true
	ctx := r.Context()
	// The page's two queries run side by side: with the database's reader
	// pool and two cores, the page costs the slower one, not the sum.
	var (
		bs      []store.Bucket
		tlErr   error
		tlReady = make(chan struct{})
	)
	go func() {
		defer close(tlReady)
		bs, tlErr = s.st.Timeline(ctx, store.TimelineQuery{Q: q.Q, Entity: q.Entity, Interval: store.Month})
	}()
	res, err := s.st.SearchArticles(ctx, q)
	<-tlReady
	if err == nil {
		err = tlErr
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := searchData{Query: q, Result: res, From: q.Offset + 1, To: q.Offset + len(res.Articles)}
	if q.Entity != "" {
		d.Entity = s.entityLabel(ctx, q.Entity, res.Facets)
	}
	d.Timeline = timelineSVG(bs, store.Month, func(from, to string) string {
		return searchURL(q, "from", from, "to", to, "offset", "")
	})
	if q.Offset > 0 {
		d.Prev = searchURL(q, "offset", strconv.Itoa(max(q.Offset-q.Limit, 0)))
	}
	if q.Offset+len(res.Articles) < res.Total && q.Offset+q.Limit <= store.MaxOffset {
		d.Next = searchURL(q, "offset", strconv.Itoa(q.Offset+q.Limit))
	}
	title := "Search"
	if q.Q != "" {
		title = q.Q + " — search"
	}
	s.render(w, r, http.StatusOK, "search", page{Title: title, Nav: "search", Q: q.Q, Data: d})
}

// entityLabel names the entity filter: from the facets when it is there
// (every match names it, so it usually is), else from the store.
func (s *Server) entityLabel(ctx context.Context, id string, f *store.Facets) *store.EntitySummary {
	if f != nil {
		for _, list := range [][]store.Facet{f.People, f.Organisations, f.Places} {
			for _, v := range list {
				if v.Value == id {
					return &store.EntitySummary{ID: id, Name: v.Label}
				}
			}
		}
	}
	e, err := s.st.Entity(ctx, id)
	if err != nil {
		return nil
	}
	return &e.EntitySummary
}

// searchURL is the search page for q with some parameters changed (pairs
// of name, value; an empty value removes the parameter).
func searchURL(q store.ArticleQuery, kv ...string) string {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	set("q", q.Q)
	set("entity", q.Entity)
	set("from", q.From)
	set("to", q.To)
	set("lang", q.Lang)
	if q.Offset > 0 {
		v.Set("offset", strconv.Itoa(q.Offset))
	}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] == "" {
			v.Del(kv[i])
		} else {
			v.Set(kv[i], kv[i+1])
		}
	}
	if len(v) == 0 {
		return "/"
	}
	return "/?" + v.Encode()
}

// articleData feeds the article page.
type articleData struct {
	Doc      *kroniek.Document
	Body     template.HTML
	Entities []articleEntity
	Quotes   []articleQuote
	Times    []kroniek.Time
	Places   []kroniek.Place
	Events   []articleEvent
	Map      template.HTML
}

type articleEntity struct {
	kroniek.Entity
	Href string
}

type articleQuote struct {
	kroniek.Quote
	Anchor      string
	SpeakerHref string
}

type articleEvent struct {
	kroniek.Event
	ActorHref, TargetHref string
	Place, Time           string
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(id) > httpapi.MaxIDBytes || !utf8.ValidString(id) {
		s.errorPage(w, r, http.StatusBadRequest, "Bad article id.")
		return
	}
	ctx := r.Context()
	doc, err := s.st.Article(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hrefs := entityLinks(doc)
	href := func(local string) string { return hrefs[local] }
	outer, inner := articleSpans(doc, href)
	d := articleData{Doc: doc, Body: highlight(doc.Text, outer, inner), Times: doc.Times, Places: doc.Places}
	for _, e := range doc.Entities {
		d.Entities = append(d.Entities, articleEntity{Entity: e, Href: hrefs[e.ID]})
	}
	sort.SliceStable(d.Entities, func(i, j int) bool {
		if len(d.Entities[i].Mentions) != len(d.Entities[j].Mentions) {
			return len(d.Entities[i].Mentions) > len(d.Entities[j].Mentions)
		}
		return d.Entities[i].Name < d.Entities[j].Name
	})
	for i, q := range doc.Quotes {
		d.Quotes = append(d.Quotes, articleQuote{Quote: q, Anchor: "q" + strconv.Itoa(i+1), SpeakerHref: hrefs[string(q.Speaker)]})
	}
	for _, e := range doc.Events {
		ae := articleEvent{Event: e, ActorHref: hrefs[string(e.Actor)], TargetHref: hrefs[string(e.Target)]}
		if e.Place != nil && *e.Place >= 0 && *e.Place < len(doc.Places) {
			ae.Place = doc.Places[*e.Place].Name
		}
		if e.Time != nil && *e.Time >= 0 && *e.Time < len(doc.Times) {
			ae.Time = doc.Times[*e.Time].Value
		}
		d.Events = append(d.Events, ae)
	}
	if len(doc.Places) > 0 {
		d.Map = s.placesMap(placesOfDoc(doc, hrefs), "Places in this article")
	}
	s.render(w, r, http.StatusOK, "article", page{Title: doc.Title, Data: d})
}

// entityLinks maps the article's own entity ids to collection entity
// pages, with the store's own rule for collection ids (store.EntityKey).
func entityLinks(doc *kroniek.Document) map[string]string {
	out := make(map[string]string, len(doc.Entities))
	for i := range doc.Entities {
		_, id := store.EntityKey(&doc.Entities[i])
		out[doc.Entities[i].ID] = "/entities/" + url.PathEscape(id)
	}
	return out
}

func placesOfDoc(doc *kroniek.Document, hrefs map[string]string) []worldmap.Point {
	agg := map[string]*worldmap.Point{}
	var order []string
	for _, p := range doc.Places {
		if p.Lat == 0 && p.Lon == 0 {
			continue
		}
		k := p.Name + "|" + p.Country
		if pt, ok := agg[k]; ok {
			pt.Count++
			continue
		}
		agg[k] = &worldmap.Point{Lat: p.Lat, Lon: p.Lon, Label: p.Name, Href: hrefs[p.Entity], Count: 1}
		order = append(order, k)
	}
	pts := make([]worldmap.Point, 0, len(order))
	for _, k := range order {
		pts = append(pts, *agg[k])
	}
	return pts
}

// placesMap draws points, zoomed to them.
func (s *Server) placesMap(pts []worldmap.Point, label string) template.HTML {
	var buf bytes.Buffer
	if err := worldmap.Render(&buf, worldmap.Options{Points: pts, Label: label, Fit: true, MarkerSize: 12}); err != nil {
		s.logf("world map: %v", err)
		return template.HTML(`<p class="empty">The world map is not available.</p>`)
	}
	return template.HTML(buf.String())
}

func (s *Server) entities(w http.ResponseWriter, r *http.Request) {
	q, err := qtext(r, "q")
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	typ := r.URL.Query().Get("type")
	switch typ {
	case "", kroniek.PER, kroniek.ORG, kroniek.LOC, kroniek.MISC:
	default:
		s.errorPage(w, r, http.StatusBadRequest, "type: want PER, ORG, LOC or MISC")
		return
	}
	es, err := s.st.Entities(r.Context(), store.EntityQuery{Q: q, Type: typ, Limit: 200})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "entities", page{Title: "Entities", Nav: "entities", Data: struct {
		Q, Type  string
		Entities []store.EntitySummary
	}{q, typ, es}})
}

type entityData struct {
	E        *store.EntityPage
	Timeline template.HTML
	Map      template.HTML
}

func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if len(id) > httpapi.MaxIDBytes || !utf8.ValidString(id) {
		s.errorPage(w, r, http.StatusBadRequest, "Bad entity id.")
		return
	}
	e, err := s.st.Entity(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := store.ArticleQuery{Entity: e.ID}
	d := entityData{E: e, Timeline: timelineSVG(e.Timeline, store.Month, func(from, to string) string {
		return searchURL(q, "from", from, "to", to)
	})}
	if len(e.Places) > 0 {
		d.Map = s.placesMap(placePoints(e.Places), "Places in articles naming "+e.Name)
	}
	s.render(w, r, http.StatusOK, "entity", page{Title: e.Name, Nav: "entities", Data: d})
}

func placePoints(ps []store.PlaceHit) []worldmap.Point {
	pts := make([]worldmap.Point, 0, len(ps))
	for _, p := range ps {
		href := "/?" + url.Values{"q": {p.Name}}.Encode()
		if p.Entity != "" {
			href = "/entities/" + url.PathEscape(p.Entity)
		}
		label := fmt.Sprintf("%s (%d article", p.Name, p.Articles)
		if p.Articles != 1 {
			label += "s"
		}
		pts = append(pts, worldmap.Point{Lat: p.Lat, Lon: p.Lon, Label: label + ")", Href: href, Count: p.Articles})
	}
	return pts
}

func (s *Server) quotes(w http.ResponseWriter, r *http.Request) {
	speaker, err1 := qtext(r, "speaker")
	q, err2 := qtext(r, "q")
	if err := errors.Join(err1, err2); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ctx := r.Context()
	qs, err := s.st.Quotes(ctx, store.QuoteQuery{Speaker: speaker, Q: q, Limit: 100})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	people, err := s.st.Entities(ctx, store.EntityQuery{Type: kroniek.PER, Limit: 30})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "quotes", page{Title: "Who said what", Nav: "quotes", Data: struct {
		Speaker, Q string
		Quotes     []store.QuoteHit
		People     []store.EntitySummary
	}{speaker, q, qs, people}})
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	tq, err := httpapi.TimelineQuery(r)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	bs, err := s.st.Timeline(r.Context(), tq)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	aq := store.ArticleQuery{Q: tq.Q, Entity: tq.Entity}
	chart := timelineSVG(bs, tq.Interval, func(from, to string) string { return searchURL(aq, "from", from, "to", to) })
	total := 0
	for _, b := range bs {
		total += b.Count
	}
	s.render(w, r, http.StatusOK, "timeline", page{Title: "Timeline", Nav: "timeline", Q: tq.Q, Data: struct {
		Query   store.TimelineQuery
		Chart   template.HTML
		Buckets []store.Bucket
		Total   int
	}{tq, chart, bs, total}})
}

func (s *Server) worldMap(w http.ResponseWriter, r *http.Request) {
	q, err1 := qtext(r, "q")
	ent, err2 := qtext(r, "entity")
	if err := errors.Join(err1, err2); err != nil {
		s.errorPage(w, r, http.StatusBadRequest, err.Error())
		return
	}
	ps, err := s.st.Places(r.Context(), store.PlaceQuery{Q: q, Entity: ent, Limit: 500})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	shade := map[string]int{}
	for _, p := range ps {
		if p.Country != "" {
			shade[strings.ToUpper(p.Country)] += p.Articles
		}
	}
	var buf bytes.Buffer
	if err := worldmap.Render(&buf, worldmap.Options{Shade: shade, Points: placePoints(ps), Label: "Places in the collection"}); err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "map", page{Title: "Map", Nav: "map", Q: q, Data: struct {
		Q, Entity string
		Map       template.HTML
		Places    []store.PlaceHit
	}{q, ent, template.HTML(buf.String()), ps}})
}

// facetView is one facet block of the search page.
type facetView struct {
	ID, Title string
	Items     []facetItem
}

type facetItem struct {
	Label, Href string
	Count       int
	On          bool
}

// facet makes a facet block: entity facets filter by entity, dates by
// month, languages by language.
func facet(q store.ArticleQuery, id, title string, fs []store.Facet) facetView {
	v := facetView{ID: id, Title: title}
	for _, f := range fs {
		it := facetItem{Label: f.Label, Count: f.Count}
		switch id {
		case "dates":
			it.Label = bucketLabel(f.Value+"-01", store.Month)
			it.Href = searchURL(q, "from", f.Value, "to", f.Value, "offset", "")
			it.On = q.From == f.Value && q.To == f.Value
		case "langs":
			it.Label = langName(f.Value)
			it.Href = searchURL(q, "lang", f.Value, "offset", "")
			it.On = q.Lang == f.Value
		default:
			it.Href = searchURL(q, "entity", f.Value, "offset", "")
			it.On = q.Entity == f.Value
		}
		if it.Label == "" {
			it.Label = f.Value
		}
		v.Items = append(v.Items, it)
	}
	return v
}

func langName(l string) string {
	switch l {
	case "nl":
		return "Dutch"
	case "en":
		return "English"
	}
	return l
}

var funcs = template.FuncMap{
	"facet": facet,
	"date": func(s string) string {
		if len(s) > 10 {
			return s[:10]
		}
		return s
	},
	"typeName": func(t string) string {
		switch t {
		case kroniek.PER:
			return "person"
		case kroniek.ORG:
			return "organisation"
		case kroniek.LOC:
			return "place"
		}
		return "other"
	},
	"lower":    strings.ToLower,
	"path":     url.PathEscape,
	"langName": langName,
	"month": func(s string) string {
		return bucketLabel(s+"-01", store.Month)
	},
	"searchURL": searchURL,
	"mark":      markSnippet,
	"timeHref":  timeHref,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	},
}
