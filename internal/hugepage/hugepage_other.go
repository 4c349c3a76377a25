//go:build !linux

package hugepage

func alloc(int) []byte { return nil }
