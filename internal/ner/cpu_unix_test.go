//go:build unix

package ner

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user+system CPU time, to report speed per
// CPU second on a machine shared with other jobs.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
