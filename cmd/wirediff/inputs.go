package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/osfs"
)

// diskFS is the disk as a billy.Filesystem; paths given to it are absolute.
func diskFS() billy.Filesystem { return osfs.New("/", osfs.WithBoundOS()) }

// input is one file to read: its absolute path and its name as the user
// gave it (the folder given joined with the file's name).
type input struct{ path, name string }

// listFiles expands args — files and folders — into the files to read: a
// folder gives its regular files, sorted by name, hidden ones (".name")
// left out, subfolders not entered. The file at the absolute path skip
// (the original) is left out.
func listFiles(fs billy.Filesystem, args []string, skip string) ([]input, error) {
	var out []input
	for _, a := range args {
		abs, err := filepath.Abs(a)
		if err != nil {
			return nil, err
		}
		st, err := fs.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", a, err)
		}
		if !st.IsDir() {
			if abs != skip {
				out = append(out, input{abs, a})
			}
			continue
		}
		entries, err := fs.ReadDir(abs)
		if err != nil {
			return nil, fmt.Errorf("cannot list %s: %w", a, err)
		}
		var names []string
		for _, e := range entries {
			if e.Mode().IsRegular() && !strings.HasPrefix(e.Name(), ".") {
				names = append(names, e.Name())
			}
		}
		sort.Strings(names)
		for _, n := range names {
			if p := filepath.Join(abs, n); p != skip {
				out = append(out, input{p, filepath.Join(a, n)})
			}
		}
	}
	return out, nil
}

// absPath is filepath.Abs with the error said for a person.
func absPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("cannot find %s: %w", p, err)
	}
	return abs, nil
}
