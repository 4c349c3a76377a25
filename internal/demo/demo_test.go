package demo

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"kroniek"
	"kroniek/internal/pipeline"
)

func TestArticles(t *testing.T) {
	arts, err := Articles()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 24 {
		t.Fatalf("%d articles, want a few dozen", len(arts))
	}
	seen := map[string]bool{}
	langs := map[string]int{}
	for _, a := range arts {
		if seen[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		seen[a.ID] = true
		langs[a.Lang]++
		if a.Title == "" || len(a.Published) != 10 || !utf8.ValidString(a.Text) {
			t.Errorf("%s: incomplete article", a.ID)
		}
		// Every article carries at least one quote, in the house style of its language.
		open := "“"
		if a.Lang == "nl" {
			open = ",,"
		}
		if !strings.Contains(a.Text, open) {
			t.Errorf("%s: no quote opening with %s", a.ID, open)
		}
	}
	if langs["nl"] < 10 || langs["en"] < 10 {
		t.Errorf("languages %v, want both nl and en well represented", langs)
	}
}

type memPutter struct {
	mu   sync.Mutex
	docs map[string]*kroniek.Document
}

func (m *memPutter) Put(_ context.Context, d *kroniek.Document) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.docs[d.ID]; ok {
		return false, nil
	}
	m.docs[d.ID] = d
	return true, nil
}

func TestLoad(t *testing.T) {
	m := &memPutter{docs: map[string]*kroniek.Document{}}
	n, err := Load(context.Background(), m, pipeline.New(pipeline.Options{Workers: 1}))
	if err != nil {
		t.Fatal(err)
	}
	arts, _ := Articles()
	if n != len(arts) {
		t.Fatalf("stored %d, want %d", n, len(arts))
	}
	for _, d := range m.docs {
		if d.Offsets != kroniek.CodePoints {
			t.Errorf("%s: offsets not converted to code points", d.ID)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	p := pipeline.New(pipeline.Options{Workers: 1})
	for b.Loop() {
		m := &memPutter{docs: map[string]*kroniek.Document{}}
		if _, err := Load(context.Background(), m, p); err != nil {
			b.Fatal(err)
		}
	}
}
