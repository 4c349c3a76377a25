package store

import (
	"testing"
	"unicode/utf8"

	"kroniek"
)

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kim Jong-un", "kim jong un"},
		{"  kim   JONG un ", "kim jong un"},
		{"Oekraïne", "oekraine"},
		{"Ševčenko", "sevcenko"},
		{"Søren Østergaard", "soren ostergaard"},
		{"O'Brien", "o brien"},
		{"Владимир Путин", "владимир путин"},
		{"...", ""},
		{"e\u0301tienne", "etienne"}, // combining accent
	}
	for _, tt := range tests {
		if got := NormName(tt.in); got != tt.want {
			t.Errorf("NormName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntityKey(t *testing.T) {
	tests := []struct {
		e       kroniek.Entity
		key, id string
	}{
		{kroniek.Entity{Type: "PER", Name: "Kim Jong-un", KB: "Q56226"}, "kb:Q56226", "Q56226"},
		{kroniek.Entity{Type: "PER", Name: "Remco Breuker"}, "PER:remco breuker", "per-remco-breuker"},
		{kroniek.Entity{Type: "ORG", Name: "Het Kremlin!"}, "ORG:het kremlin", "org-het-kremlin"},
		{kroniek.Entity{Type: "LOC", Name: "x", KB: "geo/12 3"}, "kb:geo/12 3", "kb-" + shortHash("geo/12 3")},
		{kroniek.Entity{Type: "MISC", Name: "!!!"}, "MISC:!!!", "misc-x" + shortHash("!!!")},
	}
	for _, tt := range tests {
		key, id := EntityKey(&tt.e)
		if key != tt.key || id != tt.id {
			t.Errorf("EntityKey(%+v) = %q, %q; want %q, %q", tt.e, key, id, tt.key, tt.id)
		}
	}
}

func TestHash(t *testing.T) {
	a := kroniek.Article{ID: "a", Text: "x", Meta: map[string]any{"b": 1.0, "a": "z"}}
	h := Hash(&a)
	if len(h) != 32 {
		t.Fatalf("Hash length %d", len(h))
	}
	b := a
	b.Lang, b.Origin = "nl", "file:3"
	if Hash(&b) != h {
		t.Errorf("Hash depends on Lang or Origin")
	}
	// Field boundaries count: moving text between fields changes the hash.
	c := kroniek.Article{ID: "ax", Text: ""}
	d := kroniek.Article{ID: "a", Text: "x"}
	if Hash(&c) == Hash(&d) {
		t.Errorf("Hash ignores field boundaries")
	}
	for _, f := range []func(*kroniek.Article){
		func(x *kroniek.Article) { x.Title = "t" },
		func(x *kroniek.Article) { x.Published = "2020" },
		func(x *kroniek.Article) { x.URL = "u" },
		func(x *kroniek.Article) { x.Meta = map[string]any{"b": 2.0} },
	} {
		e := a
		f(&e)
		if Hash(&e) == h {
			t.Errorf("Hash ignores a change: %+v", e)
		}
	}
}

func TestClamp(t *testing.T) {
	for _, tt := range []struct{ n, def, want int }{{0, 20, 20}, {-1, 20, 20}, {5, 20, 5}, {1 << 40, 20, MaxLimit}} {
		if got := ClampLimit(tt.n, tt.def); got != tt.want {
			t.Errorf("ClampLimit(%d, %d) = %d", tt.n, tt.def, got)
		}
	}
	for _, tt := range []struct{ n, want int }{{-3, 0}, {7, 7}, {1 << 40, MaxOffset}} {
		if got := ClampOffset(tt.n); got != tt.want {
			t.Errorf("ClampOffset(%d) = %d", tt.n, got)
		}
	}
}

func FuzzNormName(f *testing.F) {
	for _, s := range []string{"Kim Jong-un", "Oekraïne", "", "  ", "Ø\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormName(s)
		if NormName(n) != n {
			t.Errorf("NormName not idempotent on %q: %q then %q", s, n, NormName(n))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("NormName(%q) = %q: invalid UTF-8", s, n)
		}
	})
}
