package quoteeval

import (
	"context"
	"testing"

	"kroniek/internal/shared"
)

// The acceptance bars of issue 5: quote F1 >= 0.90 and exact speaker >= 0.85
// on gold-dev (Dutch and English) and on PolNeAR dev direct quotes.
const (
	barF1      = 0.90
	barSpeaker = 0.85
)

func TestGoldDevBars(t *testing.T) {
	dir := shared.Need(t, "data", "gold-dev")
	res, err := GoldDev(context.Background(), dir, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"nl", "en"} {
		c := res.ByLang[lang]
		if c == nil {
			t.Fatalf("no %s articles in gold-dev", lang)
		}
		_, _, f := c.PRF()
		t.Logf("gold-dev %s: %v", lang, c)
		if f < barF1 {
			t.Errorf("gold-dev %s: quote F1 %.3f < %.2f", lang, f, barF1)
		}
		if c.Speaker() < barSpeaker {
			t.Errorf("gold-dev %s: exact speaker %.3f < %.2f", lang, c.Speaker(), barSpeaker)
		}
	}
}

func TestPolNeARBars(t *testing.T) {
	dir := shared.Need(t, "data", "quotes-en", "polnear", "dev")
	c, err := PolNeAR(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, _, f := c.PRF()
	t.Logf("polnear dev: %v", c)
	if f < barF1 {
		t.Errorf("PolNeAR dev: quote F1 %.3f < %.2f", f, barF1)
	}
	if c.Speaker() < barSpeaker {
		t.Errorf("PolNeAR dev: exact speaker %.3f < %.2f", c.Speaker(), barSpeaker)
	}
}
