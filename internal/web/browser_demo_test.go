package web

import (
	"context"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"kroniek/internal/demo"
	"kroniek/internal/pipeline"
	"kroniek/internal/store/sqlite"
)

// TestBrowserDemo drives the UI over the built-in sample collection run
// through the real pipeline, as `kroniek demo` serves it: search, open an
// article, follow an entity from its text, see the map and the timeline.
func TestBrowserDemo(t *testing.T) {
	ctx, jsErrors := browser(t)
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := demo.Load(context.Background(), st, pipeline.New(pipeline.Options{})); err != nil {
		t.Fatal(err)
	}
	s, err := New(st)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()

	run(t, ctx, "search",
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.ID("topq")),
		chromedp.SendKeys(chromedp.ID("topq"), "storm"),
		chromedp.Submit(chromedp.ID("topq")),
		chromedp.WaitVisible(chromedp.CSS(".chip")),
	)
	if n := count(t, ctx, "ol.hits li.hit a.title"); n < 3 {
		t.Fatalf("search storm: %d hits", n)
	}
	run(t, ctx, "open article",
		chromedp.Click(chromedp.CSS("ol.hits li.hit a.title")),
		chromedp.WaitVisible(chromedp.ID("article-text")),
	)
	if n := count(t, ctx, "#article-text a.hl-ent"); n == 0 {
		t.Fatalf("article shows no linked entities")
	}
	if n := count(t, ctx, "#article-text .hl-quote"); n == 0 {
		t.Errorf("article shows no quotes")
	}
	run(t, ctx, "follow entity",
		chromedp.Click(chromedp.CSS("#article-text a.hl-ent")),
		chromedp.WaitVisible(chromedp.ID("entity-name")),
	)
	if name := value(t, ctx, "entity", chromedp.Text(chromedp.ID("entity-name"))); strings.TrimSpace(name) == "" {
		t.Errorf("empty entity page")
	}
	run(t, ctx, "map", chromedp.Navigate(srv.URL+"/map"), chromedp.WaitVisible(chromedp.CSS("svg.worldmap")))
	if n := count(t, ctx, "svg.worldmap circle.pt"); n < 5 {
		t.Errorf("map: %d places", n)
	}
	run(t, ctx, "timeline", chromedp.Navigate(srv.URL+"/timeline"), chromedp.WaitVisible(chromedp.CSS("svg.timeline")))
	if n := count(t, ctx, "svg.timeline rect.bar"); n < 5 {
		t.Errorf("timeline: %d bars", n)
	}
	if errs := jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %s", strings.Join(errs, "; "))
	}
}
