//go:build !noprose

package analyze

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/jdkato/prose/v2"
)

// The adapter to jdkato/prose. prose decodes its models on every
// NewDocument unless given UsingModel, panics inside library code and gives
// tokens and entities without offsets; so the model is loaded once, every
// call recovers, and only plain strings leave this file.

var (
	loadOnce     sync.Once
	proseModel   *prose.Model
	loadErr      error
	loadDuration time.Duration
)

// Load loads prose's tagger and entity model, once per process (about half
// a second and 60 MB; later calls return at once with the first call's
// result). Analyze calls it; the browser calls it in its worker ahead of
// time. Safe for concurrent use.
func Load() error {
	loadOnce.Do(func() {
		start := time.Now()
		defer func() {
			if r := recover(); r != nil {
				loadErr = fmt.Errorf("loading the language model: %v", r)
			}
			loadDuration = time.Since(start)
		}()
		proseModel = prose.ModelFromData("wirediff")
	})
	return loadErr
}

// LoadTime returns how long Load took to load the model (zero before the
// first Load has finished).
func LoadTime() time.Duration {
	return loadDuration
}

// proseEntity is one named entity as prose labels it, text only.
type proseEntity struct {
	Text, Label string
}

// proseEntities runs prose's tagger and entity extractor over text (no
// sentence segmentation) and returns its entities with labels mapped to
// PERSON, ORG, GPE or LOC. It never panics.
func proseEntities(text string) (ents []proseEntity, err error) {
	if err := Load(); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			ents, err = nil, fmt.Errorf("prose: %v", r)
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.UsingModel(proseModel))
	if err != nil {
		return nil, err
	}
	for _, e := range doc.Entities() {
		label := e.Label
		switch {
		case strings.HasPrefix(label, "ORG"):
			label = "ORG"
		case strings.HasPrefix(label, "LOC"):
			label = "LOC"
		case label == "PERSON", label == "GPE":
		default:
			continue
		}
		ents = append(ents, proseEntity{Text: e.Text, Label: label})
	}
	return ents, nil
}
