package cli

import (
	"fmt"
	"os"

	"kroniek/internal/kb"
)

// loadKBExtra adds a user's file of knowledge-base entries (docs/kb.md) on
// top of the embedded knowledge base, for commands with --kb-extra.
func loadKBExtra(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("kb extra: %w", err)
	}
	defer f.Close()
	if err := kb.LoadExtra(f); err != nil {
		return fmt.Errorf("kb extra %s: %w", path, err)
	}
	return nil
}
