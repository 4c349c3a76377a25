package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"kroniek/internal/httpapi/apitest"
)

// chromiumPath is where Debian's chromium package (installed by
// .ci/browser-setup.sh) puts the browser; KRONIEK_CHROMIUM overrides.
func chromiumPath(t *testing.T) string {
	t.Helper()
	p := os.Getenv("KRONIEK_CHROMIUM")
	if p == "" {
		p = "/usr/bin/chromium"
	}
	if _, err := exec.LookPath(p); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("chromium not found at %s (CI is set, so the browser tests fail; run .ci/browser-setup.sh)", p)
		}
		t.Skipf("skipping browser test: chromium not found at %s; install it with .ci/browser-setup.sh or set KRONIEK_CHROMIUM", p)
	}
	if testing.Short() {
		t.Skip("skipping browser test in -short mode")
	}
	return p
}

// browser starts a fresh headless Chromium and returns a tab context.
// Uncaught JavaScript exceptions are collected in errs.
func browser(t *testing.T) (ctx context.Context, errs func() []string) {
	path := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelTab(); cancelAlloc() })
	var mu sync.Mutex
	var jsErrs []string
	// The first run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok && e.ExceptionDetails != nil {
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			mu.Lock()
			jsErrs = append(jsErrs, msg)
			mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("listen to chromium: %v", err)
	}
	return ctx, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), jsErrs...)
	}
}

// run runs steps with a time limit.
func run(t *testing.T, ctx context.Context, name string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(sctx, steps...); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// value runs one action that returns a value, with a time limit.
func value[T any](t *testing.T, ctx context.Context, name string, a chromedp.Action[T]) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(sctx, a)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return v
}

func count(t *testing.T, ctx context.Context, css string) int {
	t.Helper()
	return value(t, ctx, "count "+css, chromedp.Evaluate[int](`document.querySelectorAll(`+strconv.Quote(css)+`).length`))
}

// TestBrowser drives the real UI: search, open an article, follow an
// entity, see the map and the timeline.
func TestBrowser(t *testing.T) {
	ctx, jsErrors := browser(t)
	srv := httptest.NewServer(newTestServer(t))
	defer srv.Close()
	base := srv.URL

	// Search from the box in the header.
	run(t, ctx, "search",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.ID("topq")),
		chromedp.SendKeys(chromedp.ID("topq"), "Nairobi"),
		chromedp.Submit(chromedp.ID("topq")),
		chromedp.WaitVisible(chromedp.CSS(".chip")),
	)
	if got := value(t, ctx, "result count", chromedp.Text(chromedp.ID("result-count"))); !strings.HasPrefix(got, "1 article") {
		t.Fatalf("search for Nairobi: %q, want 1 article", got)
	}
	if count(t, ctx, ".facet li") == 0 {
		t.Errorf("search page shows no facets")
	}

	// Open the article.
	run(t, ctx, "open article",
		chromedp.Click(chromedp.CSS("ol.hits li.hit a.title")),
		chromedp.WaitVisible(chromedp.ID("article-text")),
	)
	url := value(t, ctx, "location", chromedp.Location())
	text := value(t, ctx, "article text", chromedp.Text(chromedp.ID("article-text")))
	if !strings.Contains(url, "/articles/"+apitest.ArticleEN) || !strings.Contains(text, "Every dollar we spend") {
		t.Fatalf("article: url %s text %.80q", url, text)
	}
	if q := value(t, ctx, "quote", chromedp.Text(chromedp.CSS("#article-text .hl-quote"))); !strings.HasPrefix(q, "Every dollar") {
		t.Errorf("highlighted quote %q", q)
	}

	// Follow an entity from the text.
	run(t, ctx, "follow entity",
		chromedp.Click(chromedp.CSS("#article-text a.hl-per")),
		chromedp.WaitVisible(chromedp.ID("entity-name")),
	)
	if name := value(t, ctx, "entity name", chromedp.Text(chromedp.ID("entity-name"))); !strings.Contains(name, "Grace Wanjiru") {
		t.Fatalf("entity page: %q", name)
	}

	// The map: countries drawn, places marked, shaded where mentioned.
	run(t, ctx, "map", chromedp.Navigate(base+"/map"), chromedp.WaitVisible(chromedp.CSS("svg.worldmap")))
	countries, points, shaded := count(t, ctx, "svg.worldmap path.c"), count(t, ctx, "svg.worldmap circle.pt"), count(t, ctx, "svg.worldmap path.c.hl")
	width := value(t, ctx, "map width", chromedp.Evaluate[float64](`document.querySelector('svg.worldmap').getBoundingClientRect().width`))
	if countries < 150 || points < 3 || shaded < 3 || width < 500 {
		t.Errorf("map: %d countries, %d points, %d shaded, width %.0f", countries, points, shaded, width)
	}

	// The timeline: bars that lead to the articles of their month.
	run(t, ctx, "timeline", chromedp.Navigate(base+"/timeline"), chromedp.WaitVisible(chromedp.CSS("svg.timeline")))
	if bars := count(t, ctx, "svg.timeline rect.bar"); bars < 3 {
		t.Fatalf("timeline: %d bars", bars)
	}
	run(t, ctx, "timeline click",
		chromedp.Click(chromedp.CSS("svg.timeline rect.bar")),
		chromedp.WaitVisible(chromedp.ID("result-count")),
	)
	if url := value(t, ctx, "location", chromedp.Location()); !strings.Contains(url, "from=") {
		t.Errorf("timeline bar led to %s", url)
	}
	if errs := jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %s", strings.Join(errs, "; "))
	}
}

// TestBrowserEscaping opens the hostile article in a real browser: no
// script from its text may run or even become an element.
func TestBrowserEscaping(t *testing.T) {
	ctx, jsErrors := browser(t)
	srv := httptest.NewServer(newTestServer(t))
	defer srv.Close()
	run(t, ctx, "open", chromedp.Navigate(srv.URL+"/articles/"+apitest.ArticleEvil), chromedp.WaitVisible(chromedp.ID("article-text")))
	if n := count(t, ctx, "script"); n != 1 {
		t.Errorf("hostile article: %d script elements, want only app.js", n)
	}
	if n := count(t, ctx, "main img, main script"); n != 0 {
		t.Errorf("hostile article: %d injected elements", n)
	}
	if text := value(t, ctx, "text", chromedp.Text(chromedp.ID("article-text"))); !strings.Contains(text, apitest.EvilScript) {
		t.Errorf("hostile text not shown as text: %.120q", text)
	}
	if errs := jsErrors(); len(errs) > 0 {
		t.Errorf("JavaScript errors: %s", strings.Join(errs, "; "))
	}
}
