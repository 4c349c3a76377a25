package en

import _ "embed"

// LinkAliases holds hand-written knowledge-base facts (names, ids,
// coordinates) that the shared data lacks, in the record format of
// docs/kb.md; kroniek build-kb compiles them into internal/kb.
//
//go:embed link_aliases.tsv
var LinkAliases string
