package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"kroniek/internal/kb"
	"kroniek/internal/shared"
)

func init() {
	register(&Command{
		Name:    "build-kb",
		Summary: "compile the knowledge base (places, countries, leaders, parties) from ../shared/data",
		Run:     runBuildKB,
	})
}

func runBuildKB(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("build-kb", stderr)
	data := fs.String("data", shared.Data(), "the shared data folder")
	out := fs.String("o", "internal/kb/kb.blk", "output record blocks (the name index goes beside it, .idx)")
	if help, err := parseFlags(fs, args); help || err != nil {
		return err
	}
	if *data == "" {
		fmt.Fprintln(stderr, "kroniek build-kb: ../shared/data not found; give -data")
		return ErrUsage
	}
	t0 := time.Now()
	es, st, err := kb.Build(*data)
	if err != nil {
		return err
	}
	var buf, idx bytes.Buffer
	if err := kb.EncodeBlocks(&buf, es); err != nil {
		return fmt.Errorf("build-kb: %w", err)
	}
	if err := kb.EncodeIndex(&idx, es); err != nil {
		return fmt.Errorf("build-kb: %w", err)
	}
	idxPath := strings.TrimSuffix(*out, ".blk") + ".idx"
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("build-kb: %w", err)
	}
	if err := os.WriteFile(idxPath, idx.Bytes(), 0o644); err != nil {
		return fmt.Errorf("build-kb: %w", err)
	}
	fmt.Fprintf(stdout, "wrote %s (index %s, %d bytes): %d entries (%d countries, %d adjective sets, %d regions, %d places, %d leaders, %d parties, %d hand-written), %d bytes, in %s\n",
		*out, idxPath, idx.Len(), len(es), st.Countries, st.Adjectives, st.Regions, st.Places, st.Persons, st.Parties, st.Hand,
		buf.Len(), time.Since(t0).Round(time.Millisecond))
	return nil
}
