package cluster

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

func corpus() [][]string {
	var s [][]string
	for _, det := range []string{"the", "a", "this"} {
		for _, n := range []string{"cat", "dog", "horse", "bird"} {
			for _, v := range []string{"sat", "ran", "slept"} {
				s = append(s, strings.Fields(det+" "+n+" "+v))
			}
		}
	}
	return s
}

func TestExchange(t *testing.T) {
	v := NewVocabulary(corpus(), 1)
	c := v.Corpus(corpus())
	cls, err := Exchange(context.Background(), c, Options{Classes: 4, Iterations: 20})
	if err != nil {
		t.Fatal(err)
	}
	class := func(w string) int32 { return cls[v.IDs[w]] }
	for _, group := range [][]string{{"the", "a", "this"}, {"cat", "dog", "horse", "bird"}, {"sat", "ran", "slept"}} {
		for _, w := range group[1:] {
			if class(w) != class(group[0]) {
				t.Errorf("%s and %s in different classes: %v", w, group[0], cls)
			}
		}
	}
	if class("the") == class("cat") || class("cat") == class("sat") {
		t.Errorf("word classes merged: %v", cls)
	}
	again, err := Exchange(context.Background(), c, Options{Classes: 4, Iterations: 20})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(cls, again) {
		t.Error("not deterministic")
	}
}

func TestHierarchy(t *testing.T) {
	v := NewVocabulary(corpus(), 1)
	levels, err := Hierarchy(context.Background(), v.Corpus(corpus()), []int{4, 2}, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(levels) != 2 || len(levels[1]) != len(levels[0]) {
		t.Fatalf("levels %v", levels)
	}
	// Words in one fine class share their coarse class.
	for w := range levels[0] {
		for u := range levels[0] {
			if levels[0][w] == levels[0][u] && levels[1][w] != levels[1][u] {
				t.Errorf("not a hierarchy: %v", levels)
			}
		}
	}
}

func TestExchangeErrors(t *testing.T) {
	if _, err := Exchange(context.Background(), Corpus{Size: 3, Seq: []int32{0, 1, 2}}, Options{Classes: 1}); err == nil {
		t.Error("want error for one class")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Exchange(ctx, Corpus{Size: 3, Seq: []int32{0, 1, 2}}, Options{Classes: 2}); err == nil {
		t.Error("want error for a cancelled context")
	}
}

func BenchmarkExchange(b *testing.B) {
	var sents [][]string
	for i := 0; i < 200; i++ {
		sents = append(sents, corpus()...)
	}
	v := NewVocabulary(sents, 1)
	c := v.Corpus(sents)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Exchange(context.Background(), c, Options{Classes: 8, Iterations: 5}); err != nil {
			b.Fatal(err)
		}
	}
}
