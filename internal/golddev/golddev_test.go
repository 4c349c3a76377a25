package golddev

import (
	"testing"

	"kroniek/internal/shared"
)

func TestLoad(t *testing.T) {
	dir := shared.Need(t, "data", "gold-dev")
	items, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 55 {
		t.Fatalf("got %d articles, want 55", len(items))
	}
	nl, events := 0, 0
	for _, it := range items {
		if it.Article.Lang == "nl" {
			nl++
		}
		events += len(it.Gold.Events)
	}
	if nl != 40 || events == 0 {
		t.Fatalf("nl=%d events=%d", nl, events)
	}
}
