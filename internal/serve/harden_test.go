package serve_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wirediff/internal/serve"
)

// site makes a site directory beside a secret outside it, with a symbolic
// link out, a dotfile, a subdirectory with and without index.html, and a
// module with its gzip and brotli copies.
func site(t *testing.T) string {
	t.Helper()
	base := t.TempDir()
	dir := filepath.Join(base, "dist")
	for _, d := range []string{dir, filepath.Join(dir, "docs"), filepath.Join(dir, "web"), filepath.Join(dir, ".git")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string]string{
		"../secret.txt":   "the secret",
		"index.html":      "<!doctype html><title>site</title>",
		"docs/index.html": "<!doctype html><title>docs</title>",
		"web/app.js":      "export {};",
		".env":            "TOKEN=1",
		".git/config":     "[core]",
		"m.wasm":          "identity",
		"m.wasm.gz":       "gzipped",
		"m.wasm.br":       "brotli",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(base, "secret.txt"), filepath.Join(dir, "out.txt")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	os.Symlink(base, filepath.Join(dir, "up"))
	os.Symlink("index.html", filepath.Join(dir, "home.html")) // inside: allowed
	return dir
}

// request sends one request to the handler as a client on the loopback
// would, with the given Host and headers.
func request(t *testing.T, h http.Handler, method, target, host string, header ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(method, "http://localhost"+target, nil)
	r.Host = host
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func TestHardened(t *testing.T) {
	h := serve.Handler(site(t))
	long := "/" + strings.Repeat("a", 5000)
	seg := "/" + strings.Repeat("b", 600) + ".js"
	tests := []struct {
		name, method, path, host string
		header                   []string
		status                   int
		body                     string // a part of the body to find, or to miss when it starts with "!"
		encoding                 string
	}{
		{"index", "GET", "/", "localhost:8080", nil, 200, "<title>site", ""},
		{"HEAD", "HEAD", "/web/app.js", "localhost:8080", nil, 200, "", ""},
		{"a file", "GET", "/web/app.js", "127.0.0.1:8080", nil, 200, "export", ""},
		{"IPv6 loopback", "GET", "/web/app.js", "[::1]:8080", nil, 200, "export", ""},
		{"no port", "GET", "/web/app.js", "localhost", nil, 200, "export", ""},
		{"POST", "POST", "/", "localhost:8080", nil, 405, "", ""},
		{"PUT", "PUT", "/index.html", "localhost:8080", nil, 405, "", ""},
		{"OPTIONS", "OPTIONS", "/", "localhost:8080", nil, 405, "", ""},
		{"DNS rebinding", "GET", "/", "attacker.example:8080", nil, 403, "!<title>", ""},
		{"a LAN name", "GET", "/", "192.168.1.5:8080", nil, 403, "!<title>", ""},
		{"symlink out", "GET", "/out.txt", "localhost:8080", nil, 404, "!secret", ""},
		{"symlinked directory out", "GET", "/up/secret.txt", "localhost:8080", nil, 404, "!secret", ""},
		{"symlink inside", "GET", "/home.html", "localhost:8080", nil, 200, "<title>site", ""},
		{"dot-dot", "GET", "/../secret.txt", "localhost:8080", nil, 404, "!secret", ""},
		{"encoded dot-dot", "GET", "/web/%2e%2e/%2e%2e/secret.txt", "localhost:8080", nil, 404, "!secret", ""},
		{"dotfile", "GET", "/.env", "localhost:8080", nil, 404, "!TOKEN", ""},
		{"dot directory", "GET", "/.git/config", "localhost:8080", nil, 404, "!core", ""},
		{"directory without index", "GET", "/web/", "localhost:8080", nil, 404, "!app.js", ""},
		{"directory with index", "GET", "/docs/", "localhost:8080", nil, 200, "<title>docs", ""},
		{"directory without slash", "GET", "/docs", "localhost:8080", nil, 301, "", ""},
		{"long path", "GET", long, "localhost:8080", nil, 414, "", ""},
		{"long name", "GET", seg, "localhost:8080", nil, 404, "", ""},
		{"brotli", "GET", "/m.wasm", "localhost", []string{"Accept-Encoding", "gzip, br"}, 200, "brotli", "br"},
		{"brotli refused", "GET", "/m.wasm", "localhost", []string{"Accept-Encoding", "gzip, br;q=0"}, 200, "gzipped", "gzip"},
		{"both refused", "GET", "/m.wasm", "localhost", []string{"Accept-Encoding", "br;q=0, gzip;q=0.0"}, 200, "identity", ""},
		{"star but brotli refused", "GET", "/m.wasm", "localhost", []string{"Accept-Encoding", "*, br;q=0"}, 200, "gzipped", "gzip"},
		{"a few ranges", "GET", "/m.wasm", "localhost", []string{"Range", "bytes=0-1,3-4"}, 206, "multipart", ""},
		{"too many ranges", "GET", "/m.wasm", "localhost", []string{"Range", "bytes=" + strings.Repeat("0-0,", 200) + "0-0"}, 200, "identity", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := request(t, h, tt.method, tt.path, tt.host, tt.header...)
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status {
				t.Errorf("%s %s (Host %s): status %d, want %d", tt.method, tt.path, tt.host, resp.StatusCode, tt.status)
			}
			switch {
			case strings.HasPrefix(tt.body, "!"):
				if strings.Contains(string(body), tt.body[1:]) {
					t.Errorf("%s %s: body %q holds %q", tt.method, tt.path, body, tt.body[1:])
				}
			case tt.body == "multipart":
				if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/byteranges") {
					t.Errorf("%s %s: Content-Type %q, want multipart/byteranges", tt.method, tt.path, ct)
				}
			case !strings.Contains(string(body), tt.body):
				t.Errorf("%s %s: body %q lacks %q", tt.method, tt.path, body, tt.body)
			}
			if got := resp.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("%s %s: Content-Encoding %q, want %q", tt.method, tt.path, got, tt.encoding)
			}
			if tt.status == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s: Allow %q, want \"GET, HEAD\"", tt.method, resp.Header.Get("Allow"))
			}
			if got := resp.Header.Get("Content-Security-Policy"); got != "frame-ancestors 'self'" {
				t.Errorf("Content-Security-Policy %q, want frame-ancestors 'self'", got)
			}
			if got := resp.Header.Get("X-Frame-Options"); got != "SAMEORIGIN" {
				t.Errorf("X-Frame-Options %q, want SAMEORIGIN", got)
			}
		})
	}
}
