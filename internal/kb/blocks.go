package kb

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The compiled records are stored in blocks of blockLines lines, each
// gzipped on its own, so start-up decompresses nothing and a lookup only
// the block holding its entry. The file:
//
//	KRONIEK-KB 1\n
//	<lines>\t<blocks>\n
//	<first id>\t<offset>\t<length>\n   (one per block; offset into the data)
//	\n
//	<data: the gzipped blocks, one after another>
const (
	blockMagic = "KRONIEK-KB 1\n"
	blockLines = 128
)

type block struct {
	firstID  string
	off, len int
	once     sync.Once
	lines    []string
	keys     []string // first field of each line, for binary search
	err      error
}

// blocks is the record store of a compiled knowledge base.
type blocks struct {
	n    int // lines in all
	bs   []*block
	data []byte
}

func readBlocks(b []byte) (*blocks, error) {
	text := string(b)
	if !strings.HasPrefix(text, blockMagic) {
		return nil, fmt.Errorf("not a kroniek kb block file")
	}
	rest := text[len(blockMagic):]
	line, rest, _ := strings.Cut(rest, "\n")
	ns, nb, ok := strings.Cut(line, "\t")
	n, err1 := strconv.Atoi(ns)
	nblocks, err2 := strconv.Atoi(nb)
	// Every gzipped block takes at least 20 bytes: this bounds what a bad
	// header can make us allocate.
	if !ok || err1 != nil || err2 != nil || n < 0 || nblocks < 0 || nblocks*20 > len(b) || n > nblocks*blockLines {
		return nil, fmt.Errorf("bad block file header %q", line)
	}
	st := &blocks{n: n}
	for i := 0; i < nblocks; i++ {
		line, rest, _ = strings.Cut(rest, "\n")
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("bad block line %q", line)
		}
		off, err1 := strconv.Atoi(f[1])
		ln, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || off < 0 || ln < 0 {
			return nil, fmt.Errorf("bad block line %q", line)
		}
		st.bs = append(st.bs, &block{firstID: f[0], off: off, len: ln})
	}
	line, rest, _ = strings.Cut(rest, "\n")
	if line != "" {
		return nil, fmt.Errorf("block file: no blank line after the header")
	}
	st.data = b[len(b)-len(rest):]
	for _, bl := range st.bs {
		if bl.off+bl.len > len(st.data) {
			return nil, fmt.Errorf("block file: block past the end")
		}
	}
	if (n+blockLines-1)/blockLines != len(st.bs) {
		return nil, fmt.Errorf("block file: %d lines in %d blocks", n, len(st.bs))
	}
	return st, nil
}

func (st *blocks) block(i int) ([]string, error) {
	bl := st.bs[i]
	bl.once.Do(func() {
		raw, err := gunzipBlock(st.data[bl.off : bl.off+bl.len])
		if err != nil {
			bl.err = err
			return
		}
		text := strings.TrimSuffix(string(raw), "\n")
		bl.lines = strings.Split(text, "\n")
		bl.keys = make([]string, len(bl.lines))
		for i, l := range bl.lines {
			bl.keys[i], _, _ = strings.Cut(l, "\t")
		}
	})
	return bl.lines, bl.err
}

// gzReaders are reused: a new gzip reader allocates its 32 KB window, and
// a run over the dev corpus inflates a couple of thousand blocks.
var gzReaders sync.Pool

// gunzipBlock inflates one block.
func gunzipBlock(gz []byte) ([]byte, error) {
	zr, _ := gzReaders.Get().(*gzip.Reader)
	var err error
	if zr == nil {
		zr, err = gzip.NewReader(bytes.NewReader(gz))
	} else {
		err = zr.Reset(bytes.NewReader(gz))
	}
	if err != nil {
		return nil, err
	}
	// The gzip trailer gives the length (mod 2^32): one allocation. It is
	// only a hint, as a corrupt block may say anything.
	var out bytes.Buffer
	if n := len(gz); n >= 4 {
		if size := binary.LittleEndian.Uint32(gz[n-4:]); size <= 1<<20 {
			out.Grow(int(size) + bytes.MinRead)
		}
	}
	if _, err := out.ReadFrom(zr); err != nil {
		return nil, err
	}
	gzReaders.Put(zr)
	return out.Bytes(), nil
}

// line returns record line ord.
func (st *blocks) line(ord int) (string, error) {
	if ord < 0 || ord >= st.n {
		return "", fmt.Errorf("record %d out of range", ord)
	}
	lines, err := st.block(ord / blockLines)
	if err != nil {
		return "", err
	}
	i := ord % blockLines
	if i >= len(lines) {
		return "", fmt.Errorf("record %d missing", ord)
	}
	return lines[i], nil
}

// find returns the line number of the record with the id (records are in
// id order), or -1.
func (st *blocks) find(id string) int {
	// The last block whose first id is <= id.
	i := sort.Search(len(st.bs), func(i int) bool { return st.bs[i].firstID > id }) - 1
	if i < 0 {
		return -1
	}
	if _, err := st.block(i); err != nil {
		return -1
	}
	keys := st.bs[i].keys
	if j := sort.SearchStrings(keys, id); j < len(keys) && keys[j] == id {
		return i*blockLines + j
	}
	return -1
}

// EncodeBlocks writes es as a block file (in id order, like WriteRecords).
func EncodeBlocks(w io.Writer, es []Entry) error {
	var all bytes.Buffer
	if err := WriteRecords(&all, es); err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(all.String(), "\n"), "\n")
	if len(es) == 0 {
		lines = nil
	}
	return writeBlocks(w, lines)
}

// writeBlocks writes lines (sorted by their first field) as a block file.
func writeBlocks(w io.Writer, lines []string) error {
	var header strings.Builder
	var data bytes.Buffer
	nb := (len(lines) + blockLines - 1) / blockLines
	header.WriteString(blockMagic)
	fmt.Fprintf(&header, "%d\t%d\n", len(lines), nb)
	for i := 0; i < nb; i++ {
		chunk := lines[i*blockLines : min((i+1)*blockLines, len(lines))]
		id, _, _ := strings.Cut(chunk[0], "\t")
		off := data.Len()
		zw, err := gzip.NewWriterLevel(&data, gzip.BestCompression)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		for _, l := range chunk {
			if _, err := zw.Write([]byte(l + "\n")); err != nil {
				return fmt.Errorf("gzip: %w", err)
			}
		}
		if err := zw.Close(); err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		fmt.Fprintf(&header, "%s\t%d\t%d\n", id, off, data.Len()-off)
	}
	header.WriteString("\n")
	if _, err := io.WriteString(w, header.String()); err != nil {
		return fmt.Errorf("write kb blocks: %w", err)
	}
	if _, err := w.Write(data.Bytes()); err != nil {
		return fmt.Errorf("write kb blocks: %w", err)
	}
	return nil
}
