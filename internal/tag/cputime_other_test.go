//go:build !unix

package tag

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
