package langid

import (
	"bufio"
	"encoding/json"
	"kroniek/internal/bars"
	"os"
	"testing"

	"kroniek/internal/shared"
)

func TestDetect(t *testing.T) {
	cases := []struct{ text, want string }{
		{"De minister zegt dat het kabinet volgende week een besluit neemt over de nieuwe wet.", "nl"},
		{"Kabinet stelt besluit uit", "nl"},
		{"Poetin ontmoet Kim in Vladivostok", "nl"},
		{"The minister said the cabinet would decide on the new law next week.", "en"},
		{"Putin and Kim meet in Vladivostok for talks", "en"},
		{"Министр сказал, что правительство примет решение на следующей неделе.", "other"},
		{"12345 678", "other"},
		{"", "other"},
	}
	for _, c := range cases {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

// TestDevCorpora holds the bar of the foundation issue: 99% on the news dev
// corpora, for whole texts and for headlines alone.
func TestDevCorpora(t *testing.T) {
	for _, c := range []struct {
		key  string
		file string
	}{
		{"nl", "news-nl/dpg2019-dev.jsonl"},
		{"en", "news-en/wikinews-dev.jsonl"},
	} {
		path := shared.Need(t, "data", c.file)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		var texts, textOK, titles, titleOK int
		for sc.Scan() {
			var a struct{ Lang, Title, Text string }
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatal(err)
			}
			if a.Text != "" {
				texts++
				if Detect(a.Text) == a.Lang {
					textOK++
				}
			}
			if a.Title != "" {
				titles++
				if Detect(a.Title) == a.Lang {
					titleOK++
				}
			}
		}
		f.Close()
		textAcc := 100 * float64(textOK) / float64(texts)
		titleAcc := 100 * float64(titleOK) / float64(titles)
		t.Logf("%s: texts %.2f%% (%d), titles %.2f%% (%d)", c.file, textAcc, texts, titleAcc, titles)
		bars.Check(t, "langid/"+c.key+"/texts", textAcc, 99.0)
		bars.Check(t, "langid/"+c.key+"/titles", titleAcc, 99.0)
	}
}

func BenchmarkDetect(b *testing.B) {
	s := "Het Witte huis bevestigt dat er sterke aanwijzingen zijn voor de ontmoeting in de oostelijke havenstad."
	Detect(s)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(s)
	}
}
