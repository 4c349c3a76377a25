package cli

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"kroniek"
	"kroniek/internal/store"
)

func init() {
	register(&Command{Name: "export", Summary: "export the stored collection as JSON Lines, CSV or GeoJSON (streaming)", Run: runExport})
}

func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("export", stderr)
	db := fs.String("db", defaultDB, "database file")
	format := fs.String("format", "jsonl", "jsonl (the extract contract), csv (one row per fact) or geojson (places with their articles)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: kroniek export [--db FILE] --format jsonl|csv|geojson\n\n"+
			"Writes every stored article to standard output, one at a time (constant memory).\n"+
			"csv columns: "+fmt.Sprint(csvHeader))
		fs.PrintDefaults()
	}
	rest, help, err := parseInterspersed(fs, args)
	if help || err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "kroniek export: unexpected argument %q\n", rest[0])
		return ErrUsage
	}
	var ex exporter
	switch *format {
	case "jsonl":
		ex = &jsonlExporter{}
	case "csv":
		ex = &csvExporter{}
	case "geojson":
		ex = &geojsonExporter{}
	default:
		fmt.Fprintf(stderr, "kroniek export: --format must be jsonl, csv or geojson, not %q\n", *format)
		return ErrUsage
	}
	st, err := openStoreDB(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return export(ctx, st, ex, stdout)
}

// exporter writes documents in one format.
type exporter interface {
	begin(w *bufio.Writer) error
	doc(w *bufio.Writer, d *kroniek.Document) error
	end(w *bufio.Writer) error
}

func export(ctx context.Context, st store.Store, ex exporter, out io.Writer) error {
	w := bufio.NewWriterSize(out, 256<<10)
	if err := ex.begin(w); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := st.Export(ctx, func(d *kroniek.Document) error { return ex.doc(w, d) }); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := ex.end(w); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// jsonlExporter writes the extract contract (tokens are not stored).
type jsonlExporter struct{}

func (*jsonlExporter) begin(*bufio.Writer) error { return nil }
func (*jsonlExporter) end(*bufio.Writer) error   { return nil }
func (x *jsonlExporter) doc(w *bufio.Writer, d *kroniek.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(d)
}

// csvHeader names the CSV columns. Every fact is one row: record says
// which kind, start and end are code point offsets into the article text,
// entity is a collection entity id (as the store and API use them).
//
//	record   label        entity  name         value       target/target_name
//	mention  entity type  entity  entity name  kb id
//	quote    kind         speaker speaker name cue
//	time     TIMEX3 type                       TIMEX3 value
//	place    country      entity  place name   geonames id (lat, lon set)
//	event    PLOVER type  actor   actor name   factuality  target, target name
var csvHeader = []string{"article", "published", "lang", "record", "start", "end", "text", "label", "entity", "name", "value", "target", "target_name", "lat", "lon"}

type csvExporter struct{ cw *csv.Writer }

func (x *csvExporter) begin(w *bufio.Writer) error {
	x.cw = csv.NewWriter(w)
	return x.cw.Write(csvHeader)
}

func (x *csvExporter) end(*bufio.Writer) error {
	x.cw.Flush()
	return x.cw.Error()
}

func (x *csvExporter) doc(w *bufio.Writer, d *kroniek.Document) error {
	ids := collectionIDs(d)
	itoa := strconv.Itoa
	row := func(record string, start, end int, text, label, entity, name, value, target, targetName, lat, lon string) error {
		return x.cw.Write([]string{d.ID, d.Published, d.Lang, record, itoa(start), itoa(end), text, label, entity, name, value, target, targetName, lat, lon})
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if err := row("mention", m.Start, m.End, m.Text, e.Type, ids[e.ID], e.Name, string(e.KB), "", "", "", ""); err != nil {
				return err
			}
		}
	}
	for _, q := range d.Quotes {
		if err := row("quote", q.Start, q.End, q.Text, q.Kind, ids[string(q.Speaker)], string(q.SpeakerName), string(q.Cue), "", "", "", ""); err != nil {
			return err
		}
	}
	for _, t := range d.Times {
		if err := row("time", t.Start, t.End, t.Text, t.Type, "", "", t.Value, "", "", "", ""); err != nil {
			return err
		}
	}
	for _, p := range d.Places {
		gn := ""
		if p.GeoNames != 0 {
			gn = itoa(p.GeoNames)
		}
		if err := row("place", p.Start, p.End, p.Text, p.Country, ids[p.Entity], p.Name, gn, "", "",
			strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64)); err != nil {
			return err
		}
	}
	for _, e := range d.Events {
		if err := row("event", e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Type, ids[string(e.Actor)], string(e.ActorName),
			e.Factuality, ids[string(e.Target)], string(e.TargetName), "", ""); err != nil {
			return err
		}
	}
	// Flush per document so memory stays constant however large the export.
	x.cw.Flush()
	return x.cw.Error()
}

// collectionIDs maps a document's local entity ids to collection ids.
func collectionIDs(d *kroniek.Document) map[string]string {
	ids := make(map[string]string, len(d.Entities))
	for i := range d.Entities {
		_, id := store.EntityKey(&d.Entities[i])
		ids[d.Entities[i].ID] = id
	}
	return ids
}

// geojsonExporter writes a FeatureCollection with one Point feature per
// place per article: the place, the article it is in, and its mentions
// there. Features stream out one by one; nothing is collected.
type geojsonExporter struct{ n int }

func (x *geojsonExporter) begin(w *bufio.Writer) error {
	_, err := w.WriteString(`{"type":"FeatureCollection","features":[`)
	return err
}

func (x *geojsonExporter) end(w *bufio.Writer) error {
	_, err := w.WriteString("\n]}\n")
	return err
}

type geoFeature struct {
	Type       string      `json:"type"`
	Geometry   geoPoint    `json:"geometry"`
	Properties geoProperty `json:"properties"`
}

type geoPoint struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"` // lon, lat as GeoJSON wants
}

type geoProperty struct {
	Name      string            `json:"name"`
	Country   string            `json:"country"`
	GeoNames  int               `json:"geonames,omitempty"`
	Entity    string            `json:"entity,omitempty"`
	Article   string            `json:"article"`
	Title     string            `json:"title"`
	Published string            `json:"published"`
	Mentions  []kroniek.Mention `json:"mentions"`
}

func (x *geojsonExporter) doc(w *bufio.Writer, d *kroniek.Document) error {
	ids := collectionIDs(d)
	type key struct {
		name, country string
	}
	var order []key
	feats := map[key]*geoFeature{}
	for _, p := range d.Places {
		k := key{p.Name, p.Country}
		f := feats[k]
		if f == nil {
			f = &geoFeature{Type: "Feature", Geometry: geoPoint{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
				Properties: geoProperty{Name: p.Name, Country: p.Country, GeoNames: p.GeoNames, Entity: ids[p.Entity],
					Article: d.ID, Title: d.Title, Published: d.Published}}
			feats[k] = f
			order = append(order, k)
		}
		f.Properties.Mentions = append(f.Properties.Mentions, kroniek.Mention{Start: p.Start, End: p.End, Text: p.Text})
	}
	for _, k := range order {
		b, err := json.Marshal(feats[k])
		if err != nil {
			return err
		}
		sep := ",\n"
		if x.n == 0 {
			sep = "\n"
		}
		x.n++
		if _, err := w.WriteString(sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}
