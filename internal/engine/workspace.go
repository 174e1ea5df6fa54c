package engine

import (
	"errors"
	"io"
	"io/fs"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/util"

	"wirediff/internal/contract"
)

// Workspace holds the documents the engine works on in a billy.Filesystem:
// memfs in the browser and in tests, osfs on the command line. Reading
// through it checks size before the whole file is read.
type Workspace struct {
	fs billy.Filesystem
}

// NewWorkspace returns a workspace over fsys.
func NewWorkspace(fsys billy.Filesystem) *Workspace { return &Workspace{fs: fsys} }

// Put stores text as the document name.
func (w *Workspace) Put(name, text string) error {
	return util.WriteFile(w.fs, name, []byte(text), 0o644)
}

// Read returns the document name as text, or a contract error: not found,
// a directory, larger than MaxBytes (read no further than the limit), binary or not UTF-8.
func (w *Workspace) Read(name string) (string, error) {
	if fi, err := w.fs.Stat(name); err == nil && fi.IsDir() {
		return "", errorf(CodeNotFile, "%q is a directory, not a file: name a file inside it.", name)
	}
	f, err := w.fs.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return "", errorf(CodeNotFound, "There is no document %q.", name)
	} else if err != nil {
		return "", errorf(CodeNotFound, "Cannot open %q: %v.", name, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxBytes+1))
	if err != nil {
		return "", errorf(CodeNotFound, "Cannot read %q: %v.", name, err)
	}
	if len(data) > MaxBytes {
		return "", errorf(CodeTooLarge, "%s is larger than %s, the most wirediff takes. Compare the part that matters, or split it.", name, size(MaxBytes))
	}
	return string(data), nil
}

// Analyze analyses the document name.
func (w *Workspace) Analyze(name string) (*contract.Analysis, error) {
	text, err := w.Read(name)
	if err != nil {
		return nil, err
	}
	return Analyze(text)
}

// Compare compares the documents a and b.
func (w *Workspace) Compare(a, b string, opt Options) (*contract.Comparison, error) {
	at, err := w.Read(a)
	if err != nil {
		return nil, err
	}
	bt, err := w.Read(b)
	if err != nil {
		return nil, err
	}
	return Compare(at, bt, opt)
}
