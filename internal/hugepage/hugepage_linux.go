package hugepage

import (
	"syscall"
	"unsafe"
)

const hugeSize = 2 << 20

// alloc maps size bytes aligned to a huge page and advises huge pages for
// them; nil when the mapping fails.
func alloc(size int) []byte {
	n := (size + hugeSize - 1) &^ (hugeSize - 1)
	b, err := syscall.Mmap(-1, 0, n+hugeSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	// Align the start to a huge page; the slack either side stays
	// untouched, so it takes address space but no memory.
	off := 0
	if r := int(uintptr(unsafe.Pointer(unsafe.SliceData(b))) % hugeSize); r != 0 {
		off = hugeSize - r
	}
	b = b[off : off+n : off+n]
	// Without transparent huge pages (or with them off) the advice fails
	// and the table still works on small pages.
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	return b[:size:size]
}
