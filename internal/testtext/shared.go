package testtext

import (
	"os"
	"path/filepath"
	"testing"
)

// SharedDir returns the path of rel inside the shared folder that sits
// beside the repository's clone (../shared from its root in CI; /work/shared
// beside the worktrees on the development machine), looking in every
// directory above the test's own. It fails the test when there is none.
func SharedDir(tb testing.TB, rel string) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		p := filepath.Join(dir, "shared", rel)
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			tb.Fatalf("no shared/%s above the working directory: the tests need the shared folder beside the clone", rel)
		}
		dir = up
	}
}
