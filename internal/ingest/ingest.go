// Package ingest reads articles from files, directories and standard input:
// JSON Lines / JSON, and plain text with an optional date header.
package ingest

import (
	"context"
	"io"

	"kroniek"
)

// Options configure reading.
type Options struct {
	MaxBytes int64     // per article (and per file); 0 = 10 MB
	Lang     string    // forced language, "" or "auto" = keep/guess
	Stdin    io.Reader // used for "-" or no paths
}

// Emit receives each article or diagnostic in input order. Exactly one of
// a and d is non-nil. Returning an error stops the walk.
type Emit func(a *kroniek.Article, d *kroniek.Diagnostic) error

// Walk reads every article under paths (files, directories recursively in
// sorted order, "-" for standard input; no paths = standard input) and
// passes them to emit in order. Bad input becomes diagnostics; only a
// failure of emit or a cancelled context is returned as an error.
func Walk(ctx context.Context, paths []string, opts Options, emit Emit) error {
	return nil // being written by the lead
}
