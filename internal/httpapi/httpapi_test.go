package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"kroniek/internal/httpapi"
	"kroniek/internal/httpapi/apitest"
	"kroniek/internal/store"
)

func get(t testing.TB, h http.Handler, method, target string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestEndpoints(t *testing.T) {
	h := httpapi.New(apitest.Store(t))
	tests := []struct {
		target string
		status int
		want   []string // substrings of the body
	}{
		{"/healthz", 200, []string{`"status":"ok"`, `"articles":4`}},
		{"/api/openapi.json", 200, []string{`"openapi": "3.1.0"`, `/api/articles`}},
		{"/api/articles", 200, []string{`"total":4`, `"articles":[`, `"snippet"`}},
		{"/api/articles?q=Nairobi", 200, []string{`"total":1`, apitest.ArticleEN}},
		{"/api/articles?lang=nl", 200, []string{`"total":1`, apitest.ArticleNL}},
		{"/api/articles?from=2025-10&to=2025-10", 200, []string{`"total":1`, apitest.ArticleEN}},
		{"/api/articles?limit=1&offset=1", 200, []string{`"total":4`}},
		{"/api/articles?facets=true", 200, []string{`"facets"`, `"people"`}},
		{"/api/articles?limit=0", 400, []string{`"error":"limit:`, `"status":400`}},
		{"/api/articles?limit=1001", 400, []string{`limit`}},
		{"/api/articles?limit=abc", 400, []string{`limit`}},
		{"/api/articles?offset=-1", 400, []string{`offset`}},
		{"/api/articles?from=2025-13", 400, []string{`from`}},
		{"/api/articles?to=yesterday", 400, []string{`to`}},
		{"/api/articles?lang=Dutch", 400, []string{`lang`}},
		{"/api/articles?q=" + strings.Repeat("a", 300), 400, []string{`q: longer than`}},
		{"/api/articles?q=%FF", 400, []string{`UTF-8`}},
		{"/api/articles/" + apitest.ArticleNL, 200, []string{`"entities":[`, `"Marloes Verhage"`, `"quotes":[`, `"times":[`}},
		{"/api/articles/nope", 404, []string{`"error":"not found"`, `"status":404`}},
		{"/api/entities", 200, []string{`"entities":[`, `"Rijkswaterstaat"`, `"kb":"Q1586683"`}},
		{"/api/entities?type=PER&q=marl", 200, []string{`"Marloes Verhage"`, `"kb":null`, `"articles":2`}},
		{"/api/entities?type=PERSON", 400, []string{`type`}},
		{"/api/entities/Q1586683", 200, []string{`"aliases"`, `"co_entities"`, `"timeline"`}},
		{"/api/entities/per-marloes-verhage", 200, []string{`"kb":null`, `"name":"Marloes Verhage"`, `"articles":2`}},
		{"/api/entities/nope", 404, []string{`not found`}},
		{"/api/quotes", 200, []string{`"quotes":[`, `"speaker_name":"Grace Wanjiru"`, `"published":"2025-10-06"`}},
		{"/api/quotes?speaker=Wanjiru", 200, []string{`Every dollar`}},
		{"/api/timeline", 200, []string{`"interval":"month"`, `"buckets":[`, `"start":"2025-09-01"`}},
		{"/api/timeline?interval=week", 200, []string{`"interval":"week"`}},
		{"/api/timeline?interval=year", 400, []string{`interval`}},
		{"/api/places", 200, []string{`"type":"FeatureCollection"`, `"type":"Point"`, `"coordinates":[36.82,-1.29]`}},
		{"/api/places?entity=nope", 200, []string{`"features":[]`}},
		{"/api/events", 200, []string{`"events":[`, `"CONSULT"`}},
		{"/api/events?factuality=maybe", 400, []string{`factuality`}},
		{"/api/nothing", 404, []string{`no such endpoint`}},
	}
	for _, tt := range tests {
		rec := get(t, h, "GET", tt.target)
		body := rec.Body.String()
		if rec.Code != tt.status {
			t.Errorf("GET %.80s: status %d, want %d; body %.300s", tt.target, rec.Code, tt.status, body)
			continue
		}
		if ct := rec.Header().Get("Content-Type"); !strings.Contains(ct, "json") {
			t.Errorf("GET %.80s: Content-Type %q", tt.target, ct)
		}
		if !json.Valid(rec.Body.Bytes()) {
			t.Errorf("GET %.80s: invalid JSON: %.200s", tt.target, body)
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %.80s: body lacks %q: %.400s", tt.target, w, body)
			}
		}
	}
}

func TestMethods(t *testing.T) {
	h := httpapi.New(apitest.Store(t))
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH"} {
		rec := get(t, h, m, "/api/articles")
		if rec.Code != http.StatusMethodNotAllowed || !json.Valid(rec.Body.Bytes()) {
			t.Errorf("%s: status %d body %s", m, rec.Code, rec.Body)
		}
	}
	if rec := get(t, h, "HEAD", "/healthz"); rec.Code != 200 {
		t.Errorf("HEAD /healthz: %d", rec.Code)
	}
	long := "/api/articles?q=" + strings.Repeat("x", httpapi.MaxURLBytes)
	if rec := get(t, h, "GET", long); rec.Code != http.StatusRequestURITooLong {
		t.Errorf("long URI: %d", rec.Code)
	}
}

// TestEscaping stores text with HTML and SQL metacharacters: the API must
// return it intact as data (parameterised queries) and never as raw HTML.
func TestEscaping(t *testing.T) {
	h := httpapi.New(apitest.Store(t))
	for _, target := range []string{
		"/api/articles/" + apitest.ArticleEvil,
		"/api/articles?q=DROP",
		"/api/articles?q=" + strings.ReplaceAll("'; DROP TABLE articles;--", " ", "+"),
		"/api/entities?q=Robert",
		"/api/quotes?q=script",
		"/api/places",
	} {
		rec := get(t, h, "GET", target)
		if rec.Code != 200 {
			t.Errorf("GET %s: %d %s", target, rec.Code, rec.Body)
			continue
		}
		body := rec.Body.String()
		for _, raw := range []string{"<script", "<img"} {
			if strings.Contains(body, raw) {
				t.Errorf("GET %s: raw %q in JSON", target, raw)
			}
		}
	}
	// The data survives the round trip exactly.
	rec := get(t, h, "GET", "/api/articles/"+apitest.ArticleEvil)
	var doc struct {
		Title    string `json:"title"`
		Entities []struct{ Name string }
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Title != apitest.EvilScript+apitest.EvilSQL {
		t.Errorf("title %q", doc.Title)
	}
	// The SQL in the text did nothing: every article is still there.
	if rec := get(t, h, "GET", "/healthz"); !strings.Contains(rec.Body.String(), `"articles":4`) {
		t.Errorf("healthz after SQL metacharacters: %s", rec.Body)
	}
}

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2025": true, "2025-09": true, "2025-09-03": true, "2025-9": false, "2025-00": false,
		"2025-12-32": false, "20250903": false, "": false, "2025-09-03T10": false, "abcd": false,
	} {
		if got := httpapi.ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v", s, got)
		}
	}
}

func FuzzParams(f *testing.F) {
	st := apitest.Store(f)
	h := httpapi.New(st)
	f.Add("q=storm&limit=5&from=2025-09&to=2025")
	f.Add("q=%22unterminated&offset=99999999999999999999")
	f.Add("q=NEAR(a b)&lang=nl")
	f.Fuzz(func(t *testing.T, query string) {
		for _, path := range []string{"/api/articles", "/api/entities", "/api/quotes", "/api/timeline", "/api/places", "/api/events"} {
			req := httptest.NewRequest("GET", "/", nil)
			req.URL.Path = path
			req.URL.RawQuery = query
			req.RequestURI = path + "?" + query
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != 200 && rec.Code != 400 && rec.Code != 414 {
				t.Fatalf("%s?%s: status %d: %s", path, query, rec.Code, rec.Body)
			}
			if !json.Valid(rec.Body.Bytes()) {
				t.Fatalf("%s?%s: invalid JSON", path, query)
			}
		}
	})
}

func benchGet(b *testing.B, target string) {
	h := httpapi.New(apitest.Store(b))
	req := httptest.NewRequest("GET", target, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%s: %d", target, rec.Code)
		}
	}
}

func BenchmarkArticles(b *testing.B) { benchGet(b, "/api/articles?q=storm&facets=true") }
func BenchmarkArticle(b *testing.B)  { benchGet(b, "/api/articles/"+apitest.ArticleNL) }
func BenchmarkEntity(b *testing.B)   { benchGet(b, "/api/entities/Q1586683") }
func BenchmarkEntities(b *testing.B) { benchGet(b, "/api/entities?type=PER") }
func BenchmarkQuotes(b *testing.B)   { benchGet(b, "/api/quotes") }
func BenchmarkTimeline(b *testing.B) { benchGet(b, "/api/timeline?interval=week") }
func BenchmarkPlaces(b *testing.B)   { benchGet(b, "/api/places") }
func BenchmarkEvents(b *testing.B)   { benchGet(b, "/api/events") }

// slowStore never answers a search before its context ends.
type slowStore struct{ httpapi.Store }

func (slowStore) SearchArticles(ctx context.Context, q store.ArticleQuery) (*store.ArticleResult, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("search: %w", ctx.Err())
}

func TestTimeout(t *testing.T) {
	a := httpapi.New(slowStore{})
	a.Timeout = 50 * time.Millisecond
	a.Log = log.New(io.Discard, "", 0)
	rec := get(t, a, "GET", "/api/articles?q=x")
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "too long") {
		t.Errorf("slow query: %d %s", rec.Code, rec.Body)
	}
}
