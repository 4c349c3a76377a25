// Package hugepage allocates large, pointer-free lookup tables on
// transparent huge pages where the system allows it. The models' hashed
// weight tables are read at random, one cache line per feature; on 4 KB
// pages nearly every such read also misses the TLB, which costs about as
// much as the cache miss itself. The Go heap does not ask for huge pages.
package hugepage

import (
	"reflect"
	"unsafe"
)

// minBytes is the smallest table worth its own mapping: below one huge page
// there is nothing to gain.
const minBytes = 2 << 20

// Make returns a zeroed slice of n values of T, like make([]T, n). A large
// table of a type without pointers lives outside the Go heap, on memory
// advised for huge pages, and is never freed: use it for tables that live as
// long as the process (loaded models), not for scratch space. Anything else,
// or a system without huge pages, gets an ordinary slice.
func Make[T any](n int) []T {
	var zero T
	size := uintptr(n) * unsafe.Sizeof(zero)
	if n <= 0 || size < minBytes || size/unsafe.Sizeof(zero) != uintptr(n) || !pointerFree(reflect.TypeFor[T]()) {
		return make([]T, n)
	}
	b := alloc(int(size))
	if b == nil {
		return make([]T, n)
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// pointerFree reports whether values of t hold no pointers, so that memory
// the garbage collector does not scan may hold them.
func pointerFree(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return true
	case reflect.Array:
		return t.Len() == 0 || pointerFree(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if !pointerFree(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}
