package bars

import (
	"strings"
	"testing"
)

func TestVerdict(t *testing.T) {
	Open["x/open"] = Gap{Issue: 3, Bar: 0.9, Measured: 0.8}
	defer delete(Open, "x/open")
	cases := []struct {
		key       string
		got, bar  float64
		fail      bool
		msgPrefix string
	}{
		{"x/closed", 0.95, 0.9, false, ""},
		{"x/closed", 0.85, 0.9, true, "x/closed: 0.85 is below"},
		{"x/open", 0.85, 0.9, false, "OPEN BAR"},
		{"x/open", 0.8, 0.9, false, "OPEN BAR"},
		{"x/open", 0.79, 0.9, true, "x/open: 0.79 fell below"},
		{"x/open", 0.91, 0.9, true, "x/open: 0.91 now meets"},
		{"x/open", 0.85, 0.95, true, "x/open: bars.Open records bar"},
	}
	for _, c := range cases {
		msg, fail := verdict(c.key, c.got, c.bar)
		if fail != c.fail || !strings.HasPrefix(msg, c.msgPrefix) {
			t.Errorf("verdict(%s, %v, %v) = %q, %v", c.key, c.got, c.bar, msg, fail)
		}
	}
}

// TestOpenIsHonest: every open bar records a figure below its bar.
func TestOpenIsHonest(t *testing.T) {
	for k, g := range Open {
		if g.Measured >= g.Bar || g.Issue == 0 {
			t.Errorf("%s: %+v", k, g)
		}
	}
}
