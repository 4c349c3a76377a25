//go:build unix

package tag

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time used by the process so far: on a machine
// shared with other jobs it measures our own work where wall time does not.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
