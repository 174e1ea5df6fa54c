package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/memfs"
	"github.com/go-git/go-billy/v5/osfs"

	"wirediff/internal/engine"
)

// workspace opens the named files on the disk, and standard input ("-")
// copied into memory, as one engine.Workspace. It returns the names to use.
func workspace(names []string, stdin io.Reader) (*engine.Workspace, []string, error) {
	stdinUsed := false
	var fs billy.Filesystem = osfs.New("/", osfs.WithBoundOS())
	out := make([]string, len(names))
	for i, n := range names {
		if n != "-" {
			abs, err := filepath.Abs(n)
			if err != nil {
				return nil, nil, err
			}
			out[i] = abs
			continue
		}
		if stdinUsed {
			return nil, nil, fmt.Errorf("standard input (-) can be only one of the texts")
		}
		stdinUsed = true
		data, err := io.ReadAll(io.LimitReader(stdin, engine.MaxBytes+1))
		if err != nil {
			return nil, nil, err
		}
		mem := memfs.New()
		if err := engine.NewWorkspace(mem).Put("/stdin", string(data)); err != nil {
			return nil, nil, err
		}
		fs = overlay{Filesystem: fs, mem: mem}
		out[i] = "/stdin"
	}
	return engine.NewWorkspace(fs), out, nil
}

// overlay reads /stdin from memory and everything else from the disk.
type overlay struct {
	billy.Filesystem
	mem billy.Filesystem
}

func (o overlay) Open(name string) (billy.File, error) {
	if name == "/stdin" {
		return o.mem.Open(name)
	}
	return o.Filesystem.Open(name)
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
