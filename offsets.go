package kroniek

import "unicode/utf8"

// ToCodePoints converts every offset in the document from byte offsets into
// Text to Unicode code point offsets, the public contract. It is idempotent.
func (d *Document) ToCodePoints() {
	if d.Offsets == CodePoints {
		return
	}
	d.Offsets = CodePoints
	text := d.Text
	// Pure ASCII text needs no conversion; it is the common case for English.
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return
	}
	cp := CodePointOffsets(text)
	c := func(p *int) {
		if *p < 0 {
			*p = 0
		}
		if *p > len(text) {
			*p = len(text)
		}
		*p = cp[*p]
	}
	for i := range d.Sentences {
		c(&d.Sentences[i].Start)
		c(&d.Sentences[i].End)
	}
	for i := range d.Tokens {
		c(&d.Tokens[i].Start)
		c(&d.Tokens[i].End)
	}
	for i := range d.Entities {
		for j := range d.Entities[i].Mentions {
			c(&d.Entities[i].Mentions[j].Start)
			c(&d.Entities[i].Mentions[j].End)
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		c(&q.Start)
		c(&q.End)
		if q.CueStart != 0 || q.CueEnd != 0 {
			c(&q.CueStart)
			c(&q.CueEnd)
		}
	}
	for i := range d.Times {
		c(&d.Times[i].Start)
		c(&d.Times[i].End)
	}
	for i := range d.Places {
		c(&d.Places[i].Start)
		c(&d.Places[i].End)
	}
	for i := range d.Events {
		c(&d.Events[i].Trigger.Start)
		c(&d.Events[i].Trigger.End)
	}
}

// CodePointOffsets returns, for every byte offset into text (0 through
// len(text)), the code point offset; a byte inside a rune maps to that
// rune's offset.
func CodePointOffsets(text string) []int {
	cp := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < size; j++ {
			cp[i+j] = n
		}
		i += size
		n++
	}
	cp[len(text)] = n
	return cp
}
