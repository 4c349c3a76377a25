//go:build pipelinebench

// This benchmark needs every pipeline stage to build and load, so it is
// behind a build tag: go test -tags pipelinebench -run XXX -bench Extract
// ./internal/timex

package timex_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"kroniek"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

// BenchmarkExtract runs the whole pipeline over Dutch news articles with and
// without the timex stage: the difference is the stage's share of `kroniek
// extract` time (bar: at most 10%).
func BenchmarkExtract(b *testing.B) {
	path := filepath.Join(shared.Need(b, "data", "news-nl"), "dpg2019-dev.jsonl")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var arts []kroniek.Article
	for _, line := range strings.Split(string(data), "\n") {
		var a kroniek.Article
		if json.Unmarshal([]byte(line), &a) == nil && a.Text != "" {
			arts = append(arts, a)
		}
		if len(arts) == 50 {
			break
		}
	}
	for _, bc := range []struct {
		name string
		skip map[string]bool
	}{{"all", nil}, {"without-timex", map[string]bool{"timex": true}}} {
		b.Run(bc.name, func(b *testing.B) {
			p := pipeline.New(pipeline.Options{Workers: 1, Skip: bc.skip})
			if _, err := p.Extract(context.Background(), arts[0]); err != nil {
				b.Skipf("pipeline not usable now: %v", err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					if _, err := p.Extract(context.Background(), a); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
