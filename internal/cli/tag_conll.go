package cli

import (
	"context"
	"errors"
	"io"
)

// tagCoNLL implements `kroniek tag --format conll`: one token per line in the
// first column, blank lines between sentences, -DOCSTART- passed through; each
// line is written back with the predicted IOB2 tag appended as a last column.
// Owned by the NER stage.
func tagCoNLL(ctx context.Context, lang string, in io.Reader, out io.Writer) error {
	return errors.New("tag --format conll: not available yet")
}
