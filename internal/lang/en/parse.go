package en

import _ "embed"

// ParseModel is the dependency parser model, loaded by package parse.
// Generated from ../shared/data/ud-en by `kroniek train parse --lang en
// --epochs 15 --extended` (docs/quality.md); do not edit.
//
//go:embed parse.model
var ParseModel []byte
