package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"kroniek/internal/store"
)

func init() {
	register(&Command{Name: "quotes", Summary: "list stored quotes: who said what", Run: runQuotes})
}

func runQuotes(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("quotes", stderr)
	db := fs.String("db", defaultDB, "database file")
	speaker := fs.String("speaker", "", "only quotes by this speaker (an entity id, or part of a name)")
	q := fs.String("q", "", "only quotes containing this text")
	entity := fs.String("entity", "", "only quotes in articles naming this entity (an id, or a name)")
	limit := fs.Int("limit", 50, fmt.Sprintf("at most this many quotes (up to %d)", store.MaxLimit))
	offset := fs.Int("offset", 0, "skip this many quotes")
	asJSON := fs.Bool("json", false, "write JSON Lines, one quote per line")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek quotes [--db FILE] [--speaker NAME] [--q TEXT] [--json]\n\nLists stored quotes, newest first.")
		fs.PrintDefaults()
	}
	rest, help, err := parseInterspersed(fs, args)
	if help || err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "kroniek quotes: unexpected argument %q (use --speaker or --q)\n", rest[0])
		return ErrUsage
	}
	st, err := openStoreDB(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	qq := store.QuoteQuery{Speaker: *speaker, Q: *q, Limit: *limit, Offset: *offset}
	if *entity != "" {
		e, err := resolveEntity(ctx, st, *entity)
		if err != nil {
			return err
		}
		if e == nil {
			fmt.Fprintf(stderr, "kroniek quotes: no entity %q\n", *entity)
			return errNoMatch
		}
		qq.Entity = e.ID
	}
	hits, err := st.Quotes(ctx, qq)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		if *asJSON {
			err = enc.Encode(h)
		} else {
			who := h.SpeakerName
			if who == "" {
				who = "(unknown speaker)"
			}
			_, err = fmt.Fprintf(stdout, "%s — %s  [%s %s %d:%d]\n", termLine("“"+h.Text+"”"), termLine(who), h.Published, h.Article, h.Start, h.End)
		}
		if err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	if !*asJSON {
		fmt.Fprintf(stderr, "%d quotes\n", len(hits))
	}
	return nil
}
