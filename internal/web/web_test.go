package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"kroniek/internal/httpapi/apitest"
	"kroniek/internal/store"
)

func newTestServer(t testing.TB) *Server {
	t.Helper()
	s, err := New(apitest.Store(t))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
	return rec
}

func TestPages(t *testing.T) {
	s := newTestServer(t)
	tests := []struct {
		target string
		status int
		want   []string
	}{
		{"/", 200, []string{"4 articles", `id="facet-people"`, "Marloes Verhage", `class="timeline"`, "Kering in Zeeland dicht na storm"}},
		{"/?q=Nairobi", 200, []string{"1 article,", "Climate talks open in Nairobi", `text “Nairobi”`}},
		{"/?lang=nl", 200, []string{"1 article,", "Dutch ×"}},
		{"/?entity=Q1586683", 200, []string{"2 articles", "Rijkswaterstaat ×", "entity page"}},
		{"/?from=2025-13", 400, []string{"from"}},
		{"/articles/" + apitest.ArticleNL, 200, []string{
			`<a class="hl-ent hl-org" href="/entities/Q1586683"`,
			`<span class="hl-quote" id="q1" title="quote by Marloes Verhage">We namen geen enkel risico</span>`,
			`<a class="hl-time" href="/?from=2025-09-02&amp;to=2025-09-02" title="DATE 2025-09-02 · articles published then">dinsdag</a>`,
			`>Genève</a>`, `class="worldmap"`, "<circle",
		}},
		{"/articles/" + apitest.ArticleEN2, 200, []string{`>Gdańsk</a>`, "Lotte Bakker"}},
		{"/articles/nope", 404, []string{"Not found"}},
		{"/entities", 200, []string{"Rijkswaterstaat", "Grace Wanjiru", `href="/entities/Q1586683"`}},
		{"/entities?type=PER", 200, []string{"Grace Wanjiru"}},
		{"/entities?type=X", 400, nil},
		{"/entities/Q1586683", 200, []string{`id="entity-name"`, "Rijkswaterstaat", "Named together with", `class="timeline"`}},
		{"/entities/nope", 404, nil},
		{"/quotes", 200, []string{"Every dollar we spend", "We namen geen enkel risico", "Grace Wanjiru"}},
		{"/quotes?speaker=Wanjiru", 200, []string{"Every dollar"}},
		{"/timeline?interval=day", 200, []string{`class="timeline"`, "articles per day", "<rect"}},
		{"/timeline?interval=year", 400, nil},
		{"/map", 200, []string{`class="worldmap"`, `data-cc="KE"`, "Nairobi", "<circle"}},
		{"/static/style.css", 200, []string{".worldmap"}},
		{"/static/app.js", 200, []string{"autosubmit"}},
		{"/nowhere", 404, nil},
	}
	for _, tt := range tests {
		rec := get(t, s, tt.target)
		body := rec.Body.String()
		if rec.Code != tt.status {
			t.Errorf("GET %s: status %d, want %d; %.300s", tt.target, rec.Code, tt.status, body)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("GET %s: body lacks %q", tt.target, w)
			}
		}
		if strings.HasSuffix(rec.Header().Get("Content-Type"), "html; charset=utf-8") && rec.Header().Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: no CSP header", tt.target)
		}
	}
	// The API is mounted beside the pages.
	if rec := get(t, s, "/api/articles?limit=1"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"total":4`) {
		t.Errorf("API through web server: %d %s", rec.Code, rec.Body)
	}
}

// TestEscaping renders every page that shows the hostile article and checks
// that its HTML never comes out raw.
func TestEscaping(t *testing.T) {
	s := newTestServer(t)
	var evilEntity string
	for _, target := range []string{"/entities?q=img", "/entities?q=Robert"} {
		body := get(t, s, target).Body.String()
		i := strings.Index(body, `href="/entities/`)
		if i < 0 {
			t.Fatalf("%s: no entity link", target)
		}
		rest := body[i+len(`href="/entities/`):]
		evilEntity = rest[:strings.IndexByte(rest, '"')]
		if rec := get(t, s, "/entities/"+evilEntity); rec.Code != 200 {
			t.Errorf("entity page %s: %d", evilEntity, rec.Code)
		} else {
			checkEscaped(t, "/entities/"+evilEntity, rec.Body.String())
		}
	}
	for _, target := range []string{
		"/articles/" + apitest.ArticleEvil,
		"/?q=DROP",
		"/?q=" + url.QueryEscape(apitest.EvilScript),
		"/?q=" + url.QueryEscape("'; DROP TABLE articles;--"),
		"/entities?q=" + url.QueryEscape(apitest.EvilImg),
		"/quotes",
		"/quotes?speaker=" + url.QueryEscape(apitest.EvilImg),
		"/map",
		"/timeline?q=" + url.QueryEscape(apitest.EvilScript),
		"/nowhere/" + url.PathEscape(apitest.EvilScript),
	} {
		rec := get(t, s, target)
		if rec.Code != 200 && rec.Code != 404 {
			t.Errorf("GET %s: %d", target, rec.Code)
		}
		checkEscaped(t, target, rec.Body.String())
	}
	body := get(t, s, "/articles/"+apitest.ArticleEvil).Body.String()
	if !strings.Contains(body, "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;") {
		t.Errorf("article page does not show the script text escaped")
	}
	// The SQL text was stored and shown as text, and destroyed nothing.
	if !strings.Contains(body, "DROP TABLE articles;--") {
		t.Errorf("article page lacks the SQL text")
	}
	if rec := get(t, s, "/healthz"); !strings.Contains(rec.Body.String(), `"articles":4`) {
		t.Errorf("healthz: %s", rec.Body)
	}
}

func checkEscaped(t *testing.T, target, body string) {
	t.Helper()
	for _, raw := range []string{`<script>alert`, `<img src=x`, `onerror=alert(1)>`} {
		if strings.Contains(body, raw) {
			t.Errorf("GET %s: raw %q in page", target, raw)
		}
	}
}

func TestHighlight(t *testing.T) {
	text := "Zeg ,,héél goed\", zei Jan in Genève <b>."
	tests := []struct {
		name         string
		outer, inner []span
		want         string
	}{
		{"plain", nil, nil, "Zeg ,,héél goed&#34;, zei Jan in Genève &lt;b&gt;."},
		{"nested", []span{{start: 6, end: 15, class: "q"}}, []span{{start: 22, end: 25, class: "p", href: "/e/1"}, {start: 29, end: 35, class: "l"}},
			`Zeg ,,<span class="q">héél goed</span>&#34;, zei <a class="p" href="/e/1">Jan</a> in <span class="l">Genève</span> &lt;b&gt;.`},
		{"crossing inner dropped", []span{{start: 6, end: 15, class: "q"}}, []span{{start: 10, end: 20, class: "x"}},
			`Zeg ,,<span class="q">héél goed</span>&#34;, zei Jan in Genève &lt;b&gt;.`},
		{"out of range and overlaps dropped", nil, []span{{start: 22, end: 25, class: "a"}, {start: 23, end: 27, class: "b"}, {start: 30, end: 99, class: "c"}, {start: 5, end: 5, class: "d"}},
			`Zeg ,,héél goed&#34;, zei <span class="a">Jan</span> in Genève &lt;b&gt;.`},
		{"attribute escaping", nil, []span{{start: 0, end: 3, class: `x" onclick="y`, title: `<t>`}},
			`<span class="x&#34; onclick=&#34;y" title="&lt;t&gt;">Zeg</span> ,,héél goed&#34;, zei Jan in Genève &lt;b&gt;.`},
	}
	for _, tt := range tests {
		if got := string(highlight(text, tt.outer, tt.inner)); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}

// ourTags matches the tags highlight writes itself.
var ourTags = regexp.MustCompile(`</?(span|a)( [^<>]*)?>`)

func FuzzHighlight(f *testing.F) {
	f.Add("Jan zei ,,ja\" in Genève", 0, 3, 8, 12, 2, 5)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		out := string(highlight(text, []span{{start: c, end: d, class: "q"}}, []span{{start: a, end: b, class: "p"}, {start: e, end: g, class: "t"}}))
		if strings.Count(out, "<span")+strings.Count(out, "<a ") != strings.Count(out, "</span>")+strings.Count(out, "</a>") {
			t.Fatalf("unbalanced tags: %s", out)
		}
		if strings.Contains(ourTags.ReplaceAllString(out, ""), "<") {
			t.Fatalf("raw < from text in output: %s", out)
		}
	})
}

func TestTimelineSVG(t *testing.T) {
	s := string(timelineSVG(nil, "month", func(a, b string) string { return "" }))
	if !strings.Contains(s, "No dated articles") {
		t.Errorf("empty: %s", s)
	}
	bs := fillBuckets([]store.Bucket{{Start: "2025-01-01", Count: 2}, {Start: "2025-04-01", Count: 1}}, "month")
	if len(bs) != 4 || bs[1].Start != "2025-02-01" || bs[1].Count != 0 {
		t.Errorf("fill: %+v", bs)
	}
	svg := string(timelineSVG(bs, "month", func(from, to string) string { return "/?from=" + from + "&to=" + to }))
	if strings.Count(svg, "<rect") != 2 || !strings.Contains(svg, `href="/?from=2025-01&amp;to=2025-01"`) {
		t.Errorf("chart: %s", svg)
	}
	if got := fillBuckets([]store.Bucket{{Start: "2025-01-06"}, {Start: "2025-01-20"}}, "week"); len(got) != 3 {
		t.Errorf("weeks: %+v", got)
	}
	for v, want := range map[int]int{0: 1, 3: 3, 7: 10, 12: 20, 51: 100, 180: 200} {
		if got := niceMax(v); got != want {
			t.Errorf("niceMax(%d) = %d, want %d", v, got, want)
		}
	}
}

func TestMarkSnippet(t *testing.T) {
	tests := []struct{ snippet, q, want string }{
		{"Zij ontmoette hem <b>", "ontmoeten", "Zij <mark>ontmoette</mark> hem &lt;b&gt;"},
		{"Storm Ilse, storms", "storm", "<mark>Storm</mark> Ilse, <mark>storms</mark>"},
		{"no match", "", "no match"},
		{"a Genève b", "genève", "a <mark>Genève</mark> b"},
		{"x<script>", "script", "x&lt;<mark>script</mark>&gt;"},
	}
	for _, tt := range tests {
		if got := string(markSnippet(tt.snippet, tt.q)); got != tt.want {
			t.Errorf("markSnippet(%q, %q) = %q, want %q", tt.snippet, tt.q, got, tt.want)
		}
	}
}

func benchPage(b *testing.B, target string) {
	s := newTestServer(b)
	req := httptest.NewRequest("GET", target, nil)
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("%s: %d", target, rec.Code)
		}
	}
}

func BenchmarkSearchPage(b *testing.B)  { benchPage(b, "/?q=storm") }
func BenchmarkArticlePage(b *testing.B) { benchPage(b, "/articles/"+apitest.ArticleNL) }
func BenchmarkEntityPage(b *testing.B)  { benchPage(b, "/entities/Q1586683") }
func BenchmarkQuotesPage(b *testing.B)  { benchPage(b, "/quotes") }
func BenchmarkMapPage(b *testing.B)     { benchPage(b, "/map") }
