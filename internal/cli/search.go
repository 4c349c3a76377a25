package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"kroniek/internal/store"
	"kroniek/internal/store/sqlite"
)

func init() {
	register(&Command{Name: "search", Summary: "search stored articles (full text over lemmas, entity, dates)", Run: runSearch})
}

func runSearch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("search", stderr)
	db := fs.String("db", defaultDB, "database file")
	entity := fs.String("entity", "", "only articles naming this entity (an id, or a name)")
	from := fs.String("from", "", "published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD; inclusive)")
	lang := fs.String("lang", "", "only articles in this language")
	limit := fs.Int("limit", 20, fmt.Sprintf("at most this many articles (up to %d)", store.MaxLimit))
	offset := fs.Int("offset", 0, "skip this many articles")
	asJSON := fs.Bool("json", false, "write the result as JSON")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek search [--db FILE] [--entity E] [--from DATE] [--to DATE] [--json] [QUERY ...]\n\n"+
			"Finds stored articles; query words match any inflection (\"ontmoeten\" finds \"ontmoette\").")
		fs.PrintDefaults()
	}
	words, help, err := parseInterspersed(fs, args)
	if help || err != nil {
		return err
	}
	for _, d := range []struct{ name, v string }{{"from", *from}, {"to", *to}} {
		if d.v != "" && !validQueryDate(d.v) {
			fmt.Fprintf(stderr, "kroniek search: --%s wants YYYY, YYYY-MM or YYYY-MM-DD, not %q\n", d.name, d.v)
			return ErrUsage
		}
	}
	st, err := openStoreDB(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	q := store.ArticleQuery{Q: strings.Join(words, " "), From: *from, To: *to, Lang: *lang, Limit: *limit, Offset: *offset}
	if *entity != "" {
		e, err := resolveEntity(ctx, st, *entity)
		if err != nil {
			return err
		}
		if e == nil {
			fmt.Fprintf(stderr, "kroniek search: no entity %q\n", *entity)
			return errNoMatch
		}
		q.Entity = e.ID
		if !*asJSON {
			fmt.Fprintf(stderr, "articles naming %s (%s, %s)\n", e.Name, e.Type, e.ID)
		}
	}
	res, err := st.SearchArticles(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
		return nil
	}
	for _, h := range res.Articles {
		title := h.Title
		if title == "" {
			title = "(no title)"
		}
		if _, err := fmt.Fprintf(stdout, "%-10s  %-2s  %s  %s\n            %s\n", h.Published, h.Lang, h.ID, termLine(title), termLine(h.Snippet)); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	fmt.Fprintf(stderr, "%d of %d articles\n", len(res.Articles), res.Total)
	return nil
}

// errNoMatch reports a lookup that found nothing; the message is printed.
var errNoMatch = errors.New("nothing found")

// openStoreDB opens a database that must exist already (a typo in --db
// should not create an empty database and report no results).
func openStoreDB(ctx context.Context, path string) (*sqlite.DB, error) {
	if !dbFileExists(path) {
		return nil, fmt.Errorf("no database %s (create one with kroniek ingest --db %s PATH)", path, path)
	}
	return sqlite.Open(ctx, path)
}

// resolveEntity finds an entity by id, or else the most mentioned one whose
// name or alias matches; nil when there is none.
func resolveEntity(ctx context.Context, st store.Store, s string) (*store.EntitySummary, error) {
	p, err := st.Entity(ctx, s)
	if err == nil {
		return &p.EntitySummary, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	es, err := st.Entities(ctx, store.EntityQuery{Q: s, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, nil
	}
	return &es[0], nil
}

func validQueryDate(s string) bool {
	for i, c := range []byte(s) {
		switch i {
		case 4, 7:
			if c != '-' {
				return false
			}
		default:
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	return len(s) == 4 || len(s) == 7 || len(s) == 10
}

// termLine folds whitespace (and control characters) so one record stays on
// one terminal line.
func termLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < ' ' || r == ' ' || r == 0x7f }), " ")
}

func dbFileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}
