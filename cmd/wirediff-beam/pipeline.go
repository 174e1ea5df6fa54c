package main

import (
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"sort"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"wirediff/internal/cluster"
	"wirediff/internal/contract"
	"wirediff/internal/engine"
)

// Signed is what clustering keeps of a record: its id and its
// cluster.Doc, the signature as a slice so that Beam's coders take it.
type Signed struct {
	ID       string
	Shingles int
	Agency   string
	Sig      []uint32
}

// Assignment puts a record in a cluster.
type Assignment struct {
	ID, Original, Why string
	Resemblance       float64
}

// Member is an assigned record with its text.
type Member struct {
	Assignment
	Text string
}

// Pair is a member with its original's text: one comparison to make.
type Pair struct {
	Member
	OriginalText string
}

// scored is a member's row with its cluster's why, as JSON between steps.
type scored struct {
	Why string           `json:"why"`
	Row contract.CopyRow `json:"row"`
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Signed)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Assignment)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Member)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Pair)(nil)).Elem())
	register.Function3x0(parseLine)
	register.Function2x1(sign)
	register.Function3x0(assign)
	register.Function1x2(byID)
	register.Function4x0(joinText)
	register.Function4x0(joinOriginal)
	register.DoFn2x1[Pair, func(string, string), error](&compareFn{})
	register.Function2x2(clusterLine)
	register.Emitter2[string, string]()
	register.Emitter2[string, Member]()
	register.Emitter1[Assignment]()
	register.Emitter1[Pair]()
	register.Iter1[Signed]()
	register.Iter1[string]()
	register.Iter1[Assignment]()
	register.Iter1[Member]()
}

// Pipeline adds to s the steps that read the records at input, cluster
// them, compare each with its cluster's original and write one
// contract.ClusterLine per cluster to the file out.
func Pipeline(s beam.Scope, input, out string, attribution bool) {
	s = s.Scope("wirediff")
	texts := beam.ParDo(s, parseLine, textio.Read(s, input)) // id → text
	signed := beam.ParDo(s, sign, texts)
	// Clustering sees every signature at once, on one worker: about 1 KiB
	// a record, so a few million records fit. Signing, joining and the
	// comparisons — nearly all the work — are spread over the workers.
	all := beam.GroupByKey(s, beam.AddFixedKey(s, signed))
	assigned := beam.ParDo(s, assign, all)
	members := beam.ParDo(s, joinText, beam.CoGroupByKey(s, texts, beam.ParDo(s, byID, assigned)))
	pairs := beam.ParDo(s, joinOriginal, beam.CoGroupByKey(s, texts, members))
	rows := beam.ParDo(s, &compareFn{Attribution: attribution}, beam.Reshuffle(s, pairs))
	lines := beam.ParDo(s, clusterLine, beam.GroupByKey(s, rows))
	textio.Write(s, out, lines)
}

// parseLine reads one JSON line: {"id": string or number, "text": string}.
// A line that is not such a record is logged and left out.
func parseLine(ctx context.Context, line string, emit func(string, string)) {
	var rec struct {
		ID   json.RawMessage `json:"id"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Text == nil {
		if len(line) > 0 {
			log.Warnf(ctx, "wirediff: left out a line that is not a {\"id\", \"text\"} record: %.80q", line)
		}
		return
	}
	var id string
	if json.Unmarshal(rec.ID, &id) != nil || id == "" {
		if len(rec.ID) > 0 && string(rec.ID) != "null" {
			id = string(rec.ID)
		} else {
			h := fnv.New64a()
			h.Write([]byte(*rec.Text))
			id = fmt.Sprintf("text-%016x", h.Sum64())
		}
	}
	emit(id, *rec.Text)
}

// sign describes one text for clustering.
func sign(id, text string) Signed {
	d := cluster.Describe(text)
	return Signed{ID: id, Shingles: d.Shingles, Agency: d.Agency, Sig: d.Sig[:]}
}

// assign clusters every signed record (they come as one group) and emits
// each record's cluster.
func assign(_ int, signed func(*Signed) bool, emit func(Assignment)) {
	var recs []Signed
	var r Signed
	for signed(&r) {
		recs = append(recs, r)
	}
	// Ids in order, so that the clusters do not depend on the runner's.
	sort.Slice(recs, func(i, j int) bool { return recs[i].ID < recs[j].ID })
	docs := make([]cluster.Doc, len(recs))
	for i, r := range recs {
		docs[i] = cluster.Doc{Shingles: r.Shingles, Agency: r.Agency}
		copy(docs[i].Sig[:], r.Sig)
	}
	for _, c := range cluster.Group(docs) {
		for _, m := range c.Members {
			emit(Assignment{ID: recs[m.Index].ID, Original: recs[c.Original].ID, Why: c.Why, Resemblance: m.Resemblance})
		}
	}
}

func byID(a Assignment) (string, Assignment) { return a.ID, a }

// joinText gives an assignment its record's text, keyed by the original.
func joinText(id string, texts func(*string) bool, assigns func(*Assignment) bool, emit func(string, Member)) {
	var text string
	texts(&text)
	var a Assignment
	for assigns(&a) {
		emit(a.Original, Member{Assignment: a, Text: text})
	}
}

// joinOriginal gives each member of a cluster its original's text.
func joinOriginal(_ string, texts func(*string) bool, members func(*Member) bool, emit func(Pair)) {
	var orig string
	texts(&orig)
	var m Member
	for members(&m) {
		emit(Pair{Member: m, OriginalText: orig})
	}
}

// compareFn compares a member with its original with the engine.
type compareFn struct {
	Attribution bool
}

// ProcessElement returns the member's row, keyed by its original, as JSON.
func (f *compareFn) ProcessElement(p Pair, emit func(string, string)) error {
	var row contract.CopyRow
	if c, err := engine.Compare(p.OriginalText, p.Text, engine.Options{Attribution: f.Attribution}); err != nil {
		row = engine.ErrorRow(err)
	} else {
		row = engine.CopyRow(c)
	}
	row.ID, row.Resemblance = p.ID, p.Resemblance
	b, err := json.Marshal(scored{Why: p.Why, Row: row})
	if err != nil {
		return err
	}
	emit(p.Original, string(b))
	return nil
}

// clusterLine gathers a cluster's rows into one contract.ClusterLine:
// the original first, then by decreasing resemblance, then by id.
func clusterLine(original string, rows func(*string) bool) (string, error) {
	line := contract.ClusterLine{Original: original}
	var js string
	for rows(&js) {
		var sc scored
		if err := json.Unmarshal([]byte(js), &sc); err != nil {
			return "", err
		}
		line.Why = sc.Why
		line.Members = append(line.Members, sc.Row)
	}
	sort.Slice(line.Members, func(i, j int) bool {
		a, b := line.Members[i], line.Members[j]
		if (a.ID == original) != (b.ID == original) {
			return a.ID == original
		}
		if a.Resemblance != b.Resemblance {
			return a.Resemblance > b.Resemblance
		}
		return a.ID < b.ID
	})
	b, err := json.Marshal(line)
	return string(b), err
}
