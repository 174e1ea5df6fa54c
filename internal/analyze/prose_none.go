//go:build noprose

package analyze

import (
	"errors"
	"time"
)

// This file stands in for prose.go in a build without jdkato/prose and its
// 10 MB of models (go build -tags noprose): the wording-only WebAssembly
// module, which calls Sentences and never Analyze. Should Analyze run in
// such a build anyway, it labels names by rule only, as it does when the
// model fails to load.

// errNoModel is what Load returns in a build without the model.
var errNoModel = errors.New("the language model is not part of this build (built with -tags noprose)")

// Load reports that this build has no language model.
func Load() error { return errNoModel }

// LoadTime returns zero: nothing is ever loaded.
func LoadTime() time.Duration { return 0 }

// proseEntity is one named entity as prose labels it, text only.
type proseEntity struct {
	Text, Label string
}

// proseEntities returns errNoModel.
func proseEntities(string) ([]proseEntity, error) { return nil, errNoModel }
