//go:build unix

package parse

import "syscall"

// cpuSeconds returns the process's user+system CPU time, so benchmarks can
// report throughput per core on a shared machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
