package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kroniek/internal/shared"
)

// Acceptance bars of issue 6; a figure below a bar fails the test.
const (
	barTimeMLValue   = 0.80
	barTimeMLRelaxed = 0.88
	barGoldDevValue  = 0.80
)

func verbose(t *testing.T, misses []Miss) {
	if os.Getenv("TIMEX_VERBOSE") == "" {
		return
	}
	for _, m := range misses {
		t.Log(m)
	}
}

func TestTimeMLTraining(t *testing.T) {
	// The bar is on TimeBank and AQUAINT (the 256 documents with their
	// document creation times); other folders beside them are not counted.
	var files []string
	for _, sub := range []string{"TimeBank", "AQUAINT"} {
		dir := shared.Need(t, "data", "tempeval3-en", "Training", "TBAQ-cleaned", sub)
		filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".tml") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Fatal("no .tml files in TimeBank and AQUAINT")
	}
	c, misses, err := EvalTimeML(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	verbose(t, misses)
	var b strings.Builder
	c.Report(&b, "TimeML Training")
	t.Log(b.String())
	_, _, rf := c.F1(c.Relaxed)
	_, _, vf := c.F1(c.Value)
	if rf < barTimeMLRelaxed {
		t.Errorf("relaxed span F1 %.3f below bar %.2f", rf, barTimeMLRelaxed)
	}
	if vf < barTimeMLValue {
		t.Errorf("value F1 %.3f below bar %.2f", vf, barTimeMLValue)
	}
}

func TestGoldDev(t *testing.T) {
	dir := shared.Need(t, "data", "gold-dev")
	counts, misses, err := EvalGoldDev(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	verbose(t, misses)
	for _, lang := range []string{"nl", "en"} {
		c, ok := counts[lang]
		if !ok {
			t.Errorf("no %s articles in gold-dev", lang)
			continue
		}
		var b strings.Builder
		c.Report(&b, "gold-dev "+lang)
		t.Log(b.String())
		if _, _, vf := c.F1(c.Value); vf < barGoldDevValue {
			t.Errorf("gold-dev %s value F1 %.3f below bar %.2f", lang, vf, barGoldDevValue)
		}
	}
}
