package httpapi

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

// TestOpenAPI checks that the description is valid JSON, names every
// endpoint the mux serves, and that every parameter reference resolves.
func TestOpenAPI(t *testing.T) {
	var doc struct {
		OpenAPI    string                                `json:"openapi"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Parameters map[string]json.RawMessage `json:"parameters"`
			Schemas    map[string]json.RawMessage `json:"schemas"`
			Responses  map[string]json.RawMessage `json:"responses"`
		} `json:"components"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Errorf("openapi version %q", doc.OpenAPI)
	}
	want := []string{"/healthz", "/api/openapi.json", "/api/articles", "/api/articles/{id}", "/api/entities",
		"/api/entities/{id}", "/api/quotes", "/api/timeline", "/api/places", "/api/events"}
	var got []string
	for p, ops := range doc.Paths {
		got = append(got, p)
		if _, ok := ops["get"]; !ok {
			t.Errorf("%s: no get operation", p)
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("paths\n got %v\nwant %v", got, want)
	}
	// Every $ref points at a component that exists.
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				parts := strings.Split(strings.TrimPrefix(ref, "#/components/"), "/")
				var m map[string]json.RawMessage
				switch parts[0] {
				case "parameters":
					m = doc.Components.Parameters
				case "schemas":
					m = doc.Components.Schemas
				case "responses":
					m = doc.Components.Responses
				}
				if len(parts) != 2 || m[parts[1]] == nil {
					t.Errorf("dangling $ref %s", ref)
				}
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	var all any
	json.Unmarshal(openAPI, &all)
	walk(all)
}
