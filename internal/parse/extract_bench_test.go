package parse_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"kroniek"
	"kroniek/internal/parse"
	"kroniek/internal/pipeline"
	"kroniek/internal/shared"
)

// BenchmarkExtract runs the whole pipeline on 100 Dutch news articles, with
// and without the parser, and reports tokens per CPU second: the issue asks
// that parsing keep extract at 50,000 tokens/s per core or more.
func BenchmarkExtract(b *testing.B) {
	f, err := os.Open(shared.Need(b, "data", "news-nl", "dpg2019-dev.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var arts []kroniek.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() && len(arts) < 100 {
		var a kroniek.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
	}
	for _, tc := range []struct {
		name string
		skip map[string]bool
	}{{"all", nil}, {"noparse", map[string]bool{"parse": true}}} {
		b.Run(tc.name, func(b *testing.B) {
			p := pipeline.New(pipeline.Options{Workers: 1, Skip: tc.skip})
			ctx := context.Background()
			tokens := 0
			for _, a := range arts { // warm up: load every model once
				d, err := p.Extract(ctx, a)
				if err != nil {
					b.Fatal(err)
				}
				tokens += len(d.Tokens)
			}
			cpu0 := parse.CPUSeconds()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					if _, err := p.Extract(ctx, a); err != nil {
						b.Fatal(err)
					}
				}
			}
			if cpu := parse.CPUSeconds() - cpu0; cpu > 0 {
				b.ReportMetric(float64(tokens*b.N)/cpu, "tokens/cpu-s")
			}
		})
	}
}
