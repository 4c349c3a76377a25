package loadtest

import (
	"bytes"
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"kroniek/internal/httpapi/apitest"
	"kroniek/internal/web"
)

func TestRun(t *testing.T) {
	s, err := web.New(apitest.Store(t))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	rep, err := Run(context.Background(), Options{BaseURL: srv.URL, Requests: 30, Concurrency: 2})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range Kinds {
		st := rep.Stats[k]
		if st.N != 30 || st.Errors != 0 || st.P95 <= 0 || st.P95 > 5*time.Second {
			t.Errorf("%s: %+v", k, st)
		}
	}
	var b bytes.Buffer
	rep.Format(&b)
	if !strings.Contains(b.String(), "api search") {
		t.Errorf("report: %s", b.String())
	}
}

func TestPct(t *testing.T) {
	ds := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	for p, want := range map[int]time.Duration{50: 5, 95: 10, 99: 10, 10: 1} {
		if got := pct(ds, p); got != want {
			t.Errorf("pct %d = %d, want %d", p, got, want)
		}
	}
}
