package parse

// CPUSeconds exposes cpuSeconds to the external test package.
var CPUSeconds = cpuSeconds
