package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func forms(s, lang string) []string {
	var out []string
	for _, t := range Tokenize(s, lang) {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		lang, in, want string // want: tokens joined by |
	}{
		{"nl", "“Dit is het”, zegt hij.", "“|Dit|is|het|”|,|zegt|hij|."},
		{"nl", ",,Mijn niveau is omhoog gegaan.''", ",,|Mijn|niveau|is|omhoog|gegaan|.|''"},
		{"nl", "Kim Jong-un en de Noord-Koreaanse leider", "Kim|Jong-un|en|de|Noord-Koreaanse|leider"},
		{"nl", "zo'n 60 km, 's ochtends met auto's en Kim's trein", "zo'n|60|km|,|'s|ochtends|met|auto's|en|Kim's|trein"},
		{"nl", "dna-materiaal kost €5,50 of 0,25 of 1.000 euro om 10.30 uur: 3-1", "dna-materiaal|kost|€|5,50|of|0,25|of|1.000|euro|om|10.30|uur|:|3-1"},
		{"nl", "o.a. bijv. mr. dr. prof. ca. nr. jl. St. J. Smit", "o.a.|bijv.|mr.|dr.|prof.|ca.|nr.|jl.|St.|J.|Smit"},
		{"nl", "Zie https://example.nl/a?b=1, of mail info@example.nl. #nieuws @kroniek", "Zie|https://example.nl/a?b=1|,|of|mail|info@example.nl|.|#nieuws|@kroniek"},
		{"nl", "Wacht... nee… „Ja” «non» 'hoort'", "Wacht|...|nee|…|„|Ja|”|«|non|»|'|hoort|'"},
		{"nl", "in de jaren '80 en 't huis", "in|de|jaren|'80|en|'t|huis"},
		{"en", "Mr. Smith don't know the U.S. e.g. today.", "Mr.|Smith|don't|know|the|U.S.|e.g.|today|."},
		{"en", "a wheel-chair and/or 303-832-8160 e-mail", "a|wheel|-|chair|and|/|or|303-832-8160|e-mail"},
		{"en", "Great!!! :) ***", "Great|!!!|:)|***"},
	}
	for _, c := range cases {
		got := strings.Join(forms(c.in, c.lang), "|")
		if got != c.want {
			t.Errorf("%s %q:\n got %s\nwant %s", c.lang, c.in, got, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		lang, in string
		want     []string
	}{
		{"nl", "Kop zonder punt\n\n“Dit is één. Dit is twee.” zegt hij. Daarna o.a. dit.", []string{"Kop zonder punt", "“Dit is één.", "Dit is twee.” zegt hij.", "Daarna o.a. dit."}},
		{"nl", "“Meer dan dat”, zegt Breuker. “En dit.”\nVolgende alinea.", []string{"“Meer dan dat”, zegt Breuker.", "“En dit.”", "Volgende alinea."}},
		{"nl", ",,Dit is het einde. '' Hij lachte.", []string{",,Dit is het einde. ''", "Hij lachte."}},
		{"en", "He met Dr. Who in the U.S. on Monday. Then he left.", []string{"He met Dr. Who in the U.S. on Monday.", "Then he left."}},
	}
	for _, c := range cases {
		_, sents := Segment(c.in, c.lang)
		var got []string
		for _, s := range sents {
			got = append(got, c.in[s.Start:s.End])
		}
		if strings.Join(got, "‖") != strings.Join(c.want, "‖") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// checkInvariants: offsets in range and increasing, tokens are the text at
// their offsets and contain no white space, only white space between them,
// sentences cover their tokens.
func checkInvariants(t *testing.T, s, lang string) {
	toks, sents := Segment(s, lang)
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d [%d,%d) out of order or range (prev end %d, len %d)", i, tk.Start, tk.End, prev, len(s))
		}
		if s[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %d text %q != text at offsets %q", i, tk.Text, s[tk.Start:tk.End])
		}
		if strings.IndexFunc(tk.Text, isSpace) >= 0 {
			t.Fatalf("token %d %q contains white space", i, tk.Text)
		}
		if gap := s[prev:tk.Start]; strings.TrimFunc(gap, isSpace) != "" {
			t.Fatalf("non-space text %q dropped before token %d", gap, i)
		}
		if tk.Sent < 0 || tk.Sent >= len(sents) {
			t.Fatalf("token %d sentence %d out of range", i, tk.Sent)
		}
		se := sents[tk.Sent]
		if tk.Start < se.Start || tk.End > se.End {
			t.Fatalf("token %d outside its sentence", i)
		}
		prev = tk.End
	}
	if rest := s[prev:]; strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("trailing text %q dropped", rest)
	}
	for i := 1; i < len(sents); i++ {
		if sents[i].Start < sents[i-1].End {
			t.Fatalf("sentences %d and %d overlap", i-1, i)
		}
	}
}

func TestInvariantsOnEdgeCases(t *testing.T) {
	for _, s := range []string{"", " ", "...", "''", ",,", "'", "\"\"\"", "a", "\u00a0x\u200b", "x.y.z.", "http://", "@", "#", "€", "- -", "..a..", ":-):-)", "\xff\xfe", "a\u0301b"} {
		for _, lang := range []string{"nl", "en", "other"} {
			checkInvariants(t, s, lang)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"“Dit is het”, zegt hij.", ",,Hoi.'' Hij.", "Mr. Smith's don't U.S. e.g. a-b", "https://x.nl/a. info@x.nl #a", "zo'n 's '80 3-1 €5,50 10.30", "Kop\n\nTekst. Meer…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		for _, lang := range []string{"nl", "en"} {
			checkInvariants(t, s, lang)
		}
	})
}

func BenchmarkSegment(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("“Dit is meer dan een beleefdheidsvisite”, zegt Koreakenner Remco Breuker van de Universiteit Leiden tegen het AD. ")
		sb.WriteString("Er staat o.a. een forum op het programma van 10 tot 13 september in Vladivostok, waarbij de beide leiders (zo'n 60 km/u) zouden staan.\n\n")
		sb.WriteString("Mr. Smith didn't say the U.S. would pay $5.50 for it; see https://example.com/a-b. #news\n")
	}
	s := sb.String()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Segment(s, "nl")
	}
}

var _ = unicode.IsSpace
