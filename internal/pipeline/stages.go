package pipeline

import (
	"kroniek/internal/event"
	"kroniek/internal/langid"
	"kroniek/internal/link"
	"kroniek/internal/ner"
	"kroniek/internal/parse"
	"kroniek/internal/quote"
	"kroniek/internal/tag"
	"kroniek/internal/text"
	"kroniek/internal/timex"
)

// Stages returns the standard stages in the order they run. Each later stage
// may rely on the annotations of the earlier ones.
func Stages() []Stage {
	return []Stage{
		langid.Stage{}, // doc.Lang when not given
		text.Stage{},   // doc.Sentences, doc.Tokens
		tag.Stage{},    // Token.POS, Token.Lemma
		parse.Stage{},  // Token.Head, Token.Deprel
		ner.Stage{},    // doc.Entities, Token.NER
		// tag: POS and lemmas; parse: dependencies; ner: entities;
		// link: coreference, knowledge base, places; timex: times;
		// quote: quotes; event: events.
		link.Stage{},  // after ner: one entity per identity, kb links, doc.Places
		timex.Stage{}, // doc.Times: after ner when present, else after text
		quote.Stage{}, // doc.Quotes: after entities, links and times
		event.Stage{}, // doc.Events: last, uses all of the above
	}
}
