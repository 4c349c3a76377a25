// Package shared locates ../shared, the corpora beside the repository, for
// training, evaluation and tests.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the path of the shared/ folder, or "" when it is missing.
// KRONIEK_SHARED overrides; otherwise ../shared from the module root.
func Root() string {
	if d := os.Getenv("KRONIEK_SHARED"); d != "" {
		return d
	}
	cands := []string{}
	if _, file, _, ok := runtime.Caller(0); ok {
		// internal/shared/shared.go -> module root is two levels up.
		root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
		cands = append(cands, filepath.Join(root, "..", "shared"))
	}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			cands = append(cands, filepath.Join(d, "..", "shared"))
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	for _, c := range cands {
		if st, err := os.Stat(filepath.Join(c, "data")); err == nil && st.IsDir() {
			return filepath.Clean(c)
		}
	}
	return ""
}

// Data returns the path of shared/data/<elem...>, or "" when shared/ is missing.
func Data(elem ...string) string {
	r := Root()
	if r == "" {
		return ""
	}
	return filepath.Join(append([]string{r, "data"}, elem...)...)
}

// Need returns the path of shared/<elem...> for a test. When shared/ is
// missing the test fails under CI (CI is set) and is skipped otherwise, with a
// clear message either way.
func Need(t testing.TB, elem ...string) string {
	t.Helper()
	r := Root()
	if r == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("../shared is missing; this test needs %s (CI is set, so it fails)", filepath.Join(elem...))
		}
		t.Skipf("skipping: ../shared is missing (needed: %s); set KRONIEK_SHARED or clone beside shared/", filepath.Join(elem...))
	}
	p := filepath.Join(append([]string{r}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared file missing: %v", err)
	}
	return p
}
