// Package langid identifies the language of a text: nl, en or other.
package langid

import (
	"context"
	"strings"

	"kroniek"
)

// Detect returns "nl", "en" or "other" for text.
func Detect(text string) string {
	// Placeholder until the trained model lands: stop-word vote.
	nl, en := 0, 0
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch w {
		case "de", "het", "een", "en", "van", "is", "niet", "dat", "op":
			nl++
		case "the", "a", "and", "of", "was", "not", "that", "on", "to":
			en++
		}
	}
	switch {
	case nl == 0 && en == 0:
		return "other"
	case nl >= en:
		return "nl"
	}
	return "en"
}

// Stage sets doc.Lang when it is not given.
type Stage struct{}

func (Stage) Name() string { return "langid" }

func (Stage) Annotate(_ context.Context, doc *kroniek.Document) error {
	if doc.Lang == "" || doc.Lang == "auto" {
		doc.Lang = Detect(doc.Title + "\n" + doc.Text)
	}
	return nil
}
