package ner

import (
	"bytes"
	"testing"

	"kroniek/internal/lang/nl"
)

// BenchmarkLoad measures reading the embedded Dutch model.
func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Read(bytes.NewReader(nl.NERModel)); err != nil {
			b.Fatal(err)
		}
	}
}
