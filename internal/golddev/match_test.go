package golddev

import (
	"reflect"
	"testing"
)

func TestLocate(t *testing.T) {
	text := "Kim zegt: Kim. Poetin en Kim."
	got := Locate(text, []string{"Kim", "Kim", "Poetin", "Kim", "Trump"})
	want := []*Span{{0, 3}, {10, 13}, {15, 21}, {25, 28}, nil}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Locate = %v, want %v", got, want)
	}
	// Out of order: falls back to the first occurrence.
	got = Locate(text, []string{"Poetin", "zegt"})
	if *got[1] != (Span{4, 8}) {
		t.Errorf("fallback: %v", *got[1])
	}
}

func TestMatch(t *testing.T) {
	gold := []*Span{{0, 10}, {20, 30}, nil}
	pred := []Span{{5, 25}, {0, 9}, {40, 50}}
	got := Match(gold, pred, Overlap)
	want := map[int]int{0: 1, 1: 0}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Match = %v, want %v", got, want)
	}
	// Ties: the higher gold index wins the shared prediction.
	got = Match([]*Span{{0, 5}, {5, 10}}, []Span{{3, 7}}, Overlap)
	if !reflect.DeepEqual(got, map[int]int{1: 0}) {
		t.Errorf("tie = %v", got)
	}
}
