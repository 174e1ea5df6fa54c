package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/memfs"
	"github.com/go-git/go-billy/v5/osfs"

	"wirediff/internal/engine"
)

// workspace opens the named files on the disk as one engine.Workspace,
// with standard input ("-") and whatever is not a regular file or a
// directory (/dev/stdin, a pipe, process substitution <(…), a symbolic
// link to one) copied into memory first, up to one byte past the engine's
// limit. It returns the names to use.
func workspace(names []string, stdin io.Reader) (*engine.Workspace, []string, error) {
	stdinUsed := false
	mem := memfs.New()
	inMem := map[string]bool{}
	out := make([]string, len(names))
	for i, n := range names {
		if n == "-" {
			if stdinUsed {
				return nil, nil, fmt.Errorf("standard input (-) can be only one of the texts")
			}
			stdinUsed = true
			if err := copyIn(mem, "/stdin", stdin); err != nil {
				return nil, nil, err
			}
			inMem["/stdin"], out[i] = true, "/stdin"
			continue
		}
		abs, err := filepath.Abs(n)
		if err != nil {
			return nil, nil, err
		}
		out[i] = abs
		if !needsCopy(abs) || inMem[abs] {
			continue
		}
		f, err := os.Open(abs)
		if err != nil {
			continue // the workspace reports it
		}
		err = copyIn(mem, abs, f)
		f.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("cannot read %s: %v", n, err)
		}
		inMem[abs] = true
	}
	var fs billy.Filesystem = osfs.New("/", osfs.WithBoundOS())
	if len(inMem) > 0 {
		fs = overlay{Filesystem: fs, mem: mem, names: inMem}
	}
	return engine.NewWorkspace(fs), out, nil
}

// needsCopy tells whether the file name is read in memory rather than
// through the bound file system, which opens only regular files and
// directories reached without leaving "/" through a symbolic link.
func needsCopy(name string) bool {
	li, err := os.Lstat(name)
	if err != nil {
		return false
	}
	if li.Mode()&os.ModeSymlink == 0 {
		return !li.Mode().IsRegular() && !li.IsDir()
	}
	fi, err := os.Stat(name)
	return err == nil && !fi.IsDir()
}

// copyIn stores what r holds, up to one byte past the engine's limit, as
// the file name of mem.
func copyIn(mem billy.Filesystem, name string, r io.Reader) error {
	data, err := io.ReadAll(io.LimitReader(r, engine.MaxBytes+1))
	if err != nil {
		return err
	}
	return engine.NewWorkspace(mem).Put(name, string(data))
}

// overlay reads the files it holds from memory and everything else from
// the disk.
type overlay struct {
	billy.Filesystem
	mem   billy.Filesystem
	names map[string]bool
}

func (o overlay) Open(name string) (billy.File, error) {
	if o.names[name] {
		return o.mem.Open(name)
	}
	return o.Filesystem.Open(name)
}

func (o overlay) Stat(name string) (os.FileInfo, error) {
	if o.names[name] {
		return o.mem.Stat(name)
	}
	return o.Filesystem.Stat(name)
}

// writeJSON writes v as one JSON document, HTML characters left as they are.
func writeJSON(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// fail reports err on stderr (and as the contract's error object on stdout
// when asJSON) and returns the exit status 1.
func fail(err error, asJSON bool, stdout, stderr io.Writer) int {
	fmt.Fprintf(stderr, "wirediff: %v\n", err)
	if asJSON {
		stdout.Write(engine.ErrorJSON(err))
		fmt.Fprintln(stdout)
	}
	return 1
}
