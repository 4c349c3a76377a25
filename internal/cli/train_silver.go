package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"kroniek/internal/parse"
	"kroniek/internal/shared"
	"kroniek/internal/tag"
	"kroniek/internal/text"
)

// modelFlags are the options of one parser training; the student's come
// from the command line, each teacher's from its --teachers spec.
type modelFlags struct {
	epochs                            *int
	seed                              *int64
	seeds                             *int
	minW                              *float64
	extended, clusters, rootEnd, form *bool
	joint, clause, attach             *bool
}

func addModelFlags(fs *flag.FlagSet) *modelFlags {
	return &modelFlags{
		epochs:   fs.Int("epochs", 12, "training epochs"),
		seed:     fs.Int64("seed", 1, "random seed"),
		seeds:    fs.Int("seeds", 1, "perceptrons trained with successive seeds and averaged"),
		minW:     fs.Float64("min-weight", 0.5, "drop averaged weights below this magnitude"),
		extended: fs.Bool("extended", false, "use all transition features: more accurate, slower"),
		clusters: fs.Bool("clusters", false, "features of the tagger's word clusters"),
		rootEnd:  fs.Bool("root-end", false, "put the root at the end of the buffer, not the bottom of the stack"),
		form:     fs.Bool("vform", false, "refine verbs' tags with their verb form (finite, infinitive, participle)"),
		joint:    fs.Bool("joint", false, "joint labelled transitions: arc actions with their relation, scored by the transition features (no label classifier)"),
		clause:   fs.Bool("clause", false, "with --vform: Dutch clause features (finite verb before in the clause, punctuation between)"),
		attach:   fs.Bool("attach", false, "attachment features: the head candidate with the phrase's preposition, the next verb in the clause"),
	}
}

func (f *modelFlags) options(lang string, useX bool) (parse.TrainOptions, error) {
	opt := parse.TrainOptions{Lang: lang, UseXPOS: useX, Epochs: *f.epochs, Seed: *f.seed, MinWeight: float32(*f.minW),
		Extended: *f.extended, RootEnd: *f.rootEnd, Seeds: *f.seeds, VForm: *f.form, Joint: *f.joint, Clause: *f.clause, Attach: *f.attach}
	if *f.clusters {
		tg, err := tag.For(lang)
		if err != nil {
			return opt, fmt.Errorf("clusters: %w", err)
		}
		opt.Clusters = tg.Cluster
	}
	return opt, nil
}

// silverFlags choose the unlabelled text, the teachers that parse it and
// which of their trees the student learns from.
type silverFlags struct {
	files, teachers, models *string
	parses                  *string
	agree                   *int
	lens                    *string
	maxSents                *int
	out                     *string
	only                    *bool
	devOut                  *string
	tri                     *bool
}

func addSilverFlags(fs *flag.FlagSet) *silverFlags {
	return &silverFlags{
		files: fs.String("silver", "", "comma-separated unlabelled text for silver trees: JSON Lines articles (their text; "+
			"the gold-dev articles are skipped) or one token a line with blank lines between sentences (CoNLL-2002 style)"),
		teachers: fs.String("teachers", "", "teachers that parse the silver text, trained on the same treebanks: "+
			"';'-separated option lists such as 'root-end,vform,seeds=3;root-end,vform,clusters,seeds=3'"),
		models: fs.String("teacher-models", "", "comma-separated teacher model files, used before the --teachers"),
		parses: fs.String("teacher-parses", "", "comma-separated CoNLL-U files with teachers' parses of the --silver text "+
			"(as --silver-out writes them with one teacher, --agree 1 and --silver-len 0-0), used before the others"),
		agree:    fs.Int("agree", 2, "keep a silver sentence when this many teachers give it the same tree"),
		lens:     fs.String("silver-len", "5-40", "the silver sentences' length in words, MIN-MAX"),
		maxSents: fs.Int("silver-max", 0, "use at most this many silver sentences, the first ones (0: all)"),
		out:      fs.String("silver-out", "", "write the silver trees to this CoNLL-U file"),
		only:     fs.Bool("silver-only", false, "stop after writing --silver-out: train no student"),
		tri: fs.Bool("tri", false, "tri-training: keep only trees the other teachers agree on (--agree of them) and the first "+
			"teacher, the student's own configuration, parses otherwise"),
		devOut: fs.String("teacher-out", "", "write each trained teacher's parses of the dev set and the silver text "+
			"to PREFIX.dev.N.conllu and PREFIX.silver.N.conllu"),
	}
}

func (f *silverFlags) active() bool { return *f.files != "" || *f.parses != "" }

func (f *silverFlags) check() error {
	if !f.active() {
		return nil
	}
	if *f.teachers == "" && *f.models == "" && *f.parses == "" {
		return errors.New("--silver needs --teachers, --teacher-models or --teacher-parses")
	}
	if *f.files == "" && (*f.teachers != "" || *f.models != "") {
		return errors.New("--teachers and --teacher-models need the --silver text")
	}
	if _, _, err := f.lengths(); err != nil {
		return err
	}
	return nil
}

func (f *silverFlags) lengths() (lo, hi int, err error) {
	a, b, ok := strings.Cut(*f.lens, "-")
	if lo, err = strconv.Atoi(a); ok && err == nil {
		hi, err = strconv.Atoi(b)
	}
	if !ok || err != nil || lo < 0 || hi < lo {
		return 0, 0, fmt.Errorf("--silver-len %q: want MIN-MAX", *f.lens)
	}
	return lo, hi, nil
}

// silver reads and tags the unlabelled text, parses it with every teacher
// and returns the agreed trees.
// Each teacher trained here is scored on dev (predicted tags) in the log.
func (f *silverFlags) silver(lang string, useX bool, train, dev []parse.Sentence, log io.Writer) ([]parse.Sentence, error) {
	dev = append([]parse.Sentence(nil), dev...)
	if err := retag(lang, dev); err != nil {
		return nil, err
	}
	var parses [][]parse.Sentence
	for _, p := range splitList(*f.parses, ",") {
		ss, err := readTreebank(p)
		if err != nil {
			return nil, fmt.Errorf("teacher parses: %w", err)
		}
		if len(parses) > 0 && len(ss) != len(parses[0]) {
			return nil, fmt.Errorf("teacher parses %s: %d sentences, want %d", p, len(ss), len(parses[0]))
		}
		parses = append(parses, ss)
	}
	var raw []parse.Sentence
	if *f.files != "" {
		var err error
		if raw, err = readSilverText(lang, strings.Split(*f.files, ",")); err != nil {
			return nil, err
		}
		if len(parses) > 0 && len(raw) != len(parses[0]) {
			return nil, fmt.Errorf("silver text: %d sentences, the teacher parses %d", len(raw), len(parses[0]))
		}
	}
	var teachers []*parse.Model
	for _, p := range splitList(*f.models, ",") {
		m, err := readParseModel(p)
		if err != nil {
			return nil, fmt.Errorf("teacher %s: %w", p, err)
		}
		teachers = append(teachers, m)
	}
	for _, m := range teachers {
		parses = append(parses, parse.ParseSilver(m, raw))
	}
	for ti, spec := range splitList(*f.teachers, ";") {
		opt, reverse, err := teacherOptions(lang, useX, spec)
		if err != nil {
			return nil, err
		}
		if !reverse {
			m, err := parse.Train(train, opt)
			if err != nil {
				return nil, fmt.Errorf("teacher %q: %w", spec, err)
			}
			parseAll := parse.ParseSilver
			if opt.Beam > 1 {
				parseAll = func(m *parse.Model, ss []parse.Sentence) []parse.Sentence { return parse.ParseBeam(m, ss, opt.Beam) }
			}
			parses = append(parses, parseAll(m, raw))
			if err := f.teacherDev(ti, spec, parseAll(m, dev), dev, parses[len(parses)-1], log); err != nil {
				return nil, err
			}
			continue
		}
		m, err := parse.Train(parse.Reverse(train), opt)
		if err != nil {
			return nil, fmt.Errorf("teacher %q: %w", spec, err)
		}
		parses = append(parses, parse.Reverse(parse.ParseSilver(m, parse.Reverse(raw))))
		if err := f.teacherDev(ti, spec, parse.Reverse(parse.ParseSilver(m, parse.Reverse(dev))), dev, parses[len(parses)-1], log); err != nil {
			return nil, err
		}
	}
	lo, hi, err := f.lengths()
	if err != nil {
		return nil, err
	}
	if len(parses) == 0 {
		return nil, errors.New("silver: no teachers")
	}
	sel := parse.SelectAgreed(parses, *f.agree, lo, hi)
	if *f.tri {
		sel = parse.SelectTriTraining(parses, *f.agree, lo, hi)
	}
	if *f.maxSents > 0 && len(sel) > *f.maxSents {
		sel = sel[:*f.maxSents]
	}
	words := 0
	for _, s := range sel {
		words += len(s.Forms)
	}
	fmt.Fprintf(log, "silver: %d sentences, %d teachers, %d sentences (%d words) agreed\n", len(parses[0]), len(parses), len(sel), words)
	if *f.out != "" {
		if err := writeSilver(*f.out, sel); err != nil {
			return nil, err
		}
	}
	return sel, nil
}

// teacherDev logs a teacher's scores on dev and writes its parses with
// --teacher-out.
func (f *silverFlags) teacherDev(i int, spec string, parsed, dev, silver []parse.Sentence, log io.Writer) error {
	var r parse.Result
	for k, s := range dev {
		r.Add(s, parsed[k].Heads, parsed[k].Deprels)
	}
	fmt.Fprintf(log, "teacher %s: dev UAS %.2f LAS %.2f (predicted tags)\n", spec, r.UAS(), r.LAS())
	if *f.devOut == "" {
		return nil
	}
	if err := writeSilver(fmt.Sprintf("%s.dev.%d.conllu", *f.devOut, i), parsed); err != nil {
		return err
	}
	return writeSilver(fmt.Sprintf("%s.silver.%d.conllu", *f.devOut, i), silver)
}

// teacherOptions parses one --teachers spec: comma-separated training
// options without their dashes, values after '='; "reverse" makes a
// right-to-left teacher, "beam=N" a beam-search one (not with reverse).
func teacherOptions(lang string, useX bool, spec string) (opt parse.TrainOptions, reverse bool, err error) {
	fs := flag.NewFlagSet("teacher", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	mf := addModelFlags(fs)
	rev := fs.Bool("reverse", false, "")
	beam := fs.Int("beam", 0, "")
	var args []string
	for _, a := range splitList(spec, ",") {
		args = append(args, "--"+a)
	}
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		return opt, false, fmt.Errorf("teacher %q: bad option list", spec)
	}
	if *rev && *beam > 1 {
		return opt, false, fmt.Errorf("teacher %q: a reversed teacher parses greedily", spec)
	}
	opt, err = mf.options(lang, useX)
	opt.Beam = *beam
	return opt, *rev, err
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readSilverText reads unlabelled sentences, tokenized and split by the
// repository's tokenizer and tagged by the committed tagger, as the
// pipeline would see them.
func readSilverText(lang string, paths []string) ([]parse.Sentence, error) {
	tg, err := tag.For(lang)
	if err != nil {
		return nil, err
	}
	skip, err := goldDevIDs()
	if err != nil {
		return nil, err
	}
	var out []parse.Sentence
	add := func(forms []string) {
		if len(forms) == 0 {
			return
		}
		up, xp, _ := tg.Tag(forms)
		out = append(out, parse.Sentence{Forms: forms, UPOS: up, XPOS: xp})
	}
	for _, p := range paths {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		var err error
		if strings.HasSuffix(p, ".jsonl") {
			err = readSilverJSONL(p, lang, skip, add)
		} else {
			err = readSilverTokens(p, lang, add)
		}
		if err != nil {
			return nil, fmt.Errorf("silver text %s: %w", p, err)
		}
	}
	return out, nil
}

// goldDevIDs are the articles of the hand-annotated event and entity dev
// set: the parser must not have read them.
func goldDevIDs() (map[string]bool, error) {
	ids := map[string]bool{}
	f, err := os.Open(shared.Data("gold-dev", "articles.jsonl"))
	if errors.Is(err, os.ErrNotExist) {
		return ids, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ids, eachArticle(f, func(id, _ string) { ids[id] = true })
}

func eachArticle(r io.Reader, fn func(id, text string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var a struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return err
		}
		fn(a.ID, a.Text)
	}
	return sc.Err()
}

// readSilverJSONL gives the sentences of each article's text (not the
// headline: headlines have a syntax of their own).
func readSilverJSONL(path, lang string, skip map[string]bool, add func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return eachArticle(f, func(id, txt string) {
		if skip[id] {
			return
		}
		toks, sents := text.Segment(txt, lang)
		k := 0
		for si := range sents {
			var forms []string
			for ; k < len(toks) && toks[k].Sent == si; k++ {
				forms = append(forms, toks[k].Text)
			}
			add(forms)
		}
	})
}

// readSilverTokens reads one token a line (the first field), blank lines
// between sentences, -DOCSTART- lines ignored; each sentence is joined and
// tokenized again with the repository's conventions.
func readSilverTokens(path, lang string, add func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	tk := text.For(lang)
	var words []string
	flush := func() {
		if len(words) > 0 {
			s := strings.Join(words, " ")
			var forms []string
			for _, t := range tk.Tokenize(s) {
				forms = append(forms, t.Text)
			}
			add(forms)
		}
		words = words[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			flush()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			continue
		}
		words = append(words, fields[0])
	}
	flush()
	return sc.Err()
}

func writeSilver(path string, sents []parse.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, s := range sents {
		for i := range s.Forms {
			feats := "_"
			if i < len(s.Feats) && s.Feats[i] != "" {
				feats = s.Feats[i]
			}
			fmt.Fprintf(w, "%d\t%s\t_\t%s\t_\t%s\t%d\t%s\t_\t_\n", i+1, s.Forms[i], s.UPOS[i], feats, s.Heads[i], s.Deprels[i])
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
