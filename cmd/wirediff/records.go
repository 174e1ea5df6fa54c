package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/go-git/go-billy/v5"

	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

// records is a JSON Lines file of {"id", "text", …} records, indexed by
// the offset of each line and read again line by line when a text is
// needed. Blank lines are skipped; an id that is missing becomes
// "line N", a number its decimal form.
type records struct {
	f     billy.File
	at    []int64
	size  []int
	ids   []string
	lines []int
}

// openRecords indexes the JSON Lines file at path (given as typed).
func openRecords(fs billy.Filesystem, path string) (*records, error) {
	abs, err := absPath(path)
	if err != nil {
		return nil, err
	}
	f, err := fs.Open(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	r := &records{f: f}
	br := bufio.NewReaderSize(f, 1<<16)
	var off int64
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if len(line) > 2*engine.MaxBytes {
				f.Close()
				return nil, fmt.Errorf("%s: line %d is larger than twice the %d bytes wirediff takes", path, n, engine.MaxBytes)
			}
			var rec struct {
				ID json.RawMessage `json:"id"`
			}
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				f.Close()
				return nil, fmt.Errorf("%s: line %d is not a JSON object: %v", path, n, jerr)
			}
			r.at, r.size, r.lines = append(r.at, off), append(r.size, len(line)), append(r.lines, n)
			r.ids = append(r.ids, recordID(rec.ID, n))
		}
		off += int64(len(line))
		if err == io.EOF {
			break
		} else if err != nil {
			f.Close()
			return nil, fmt.Errorf("cannot read %s: %w", path, err)
		}
	}
	return r, nil
}

// recordID is the id of the record on line n as a string.
func recordID(raw json.RawMessage, n int) string {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s
	}
	if len(raw) > 0 && string(raw) != "null" {
		return string(raw)
	}
	return "line " + strconv.Itoa(n)
}

func (r *records) close()                     { r.f.Close() }
func (r *records) len() int                   { return len(r.at) }
func (r *records) row(i int) contract.CopyRow { return contract.CopyRow{ID: r.ids[i]} }

// text reads record i's "text" again from the file.
func (r *records) text(i int) (string, error) {
	buf := make([]byte, r.size[i])
	if _, err := r.f.ReadAt(buf, r.at[i]); err != nil && err != io.EOF {
		return "", err
	}
	var rec struct {
		Text *string `json:"text"`
	}
	if err := json.Unmarshal(buf, &rec); err != nil {
		return "", err
	}
	if rec.Text == nil {
		return "", &contract.Error{Code: engine.CodeEmpty, Message: fmt.Sprintf("The record on line %d has no \"text\".", r.lines[i])}
	}
	if len(*rec.Text) > engine.MaxBytes {
		return "", &contract.Error{Code: engine.CodeTooLarge, Message: fmt.Sprintf("The text on line %d is larger than wirediff takes.", r.lines[i])}
	}
	return *rec.Text, nil
}
