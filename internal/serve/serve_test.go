package serve_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"wirediff/internal/serve"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	module := []byte("\x00asm\x01\x00\x00\x00")
	os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html><title>x</title>"), 0o644)
	os.WriteFile(filepath.Join(dir, "m.wasm"), module, 0o644)
	f, _ := os.Create(filepath.Join(dir, "m.wasm.gz"))
	zw := gzip.NewWriter(f)
	zw.Write(module)
	zw.Close()
	f.Close()
	srv := httptest.NewServer(serve.Handler(dir))
	defer srv.Close()

	tests := []struct {
		path, encoding, wantType, wantEncoding string
	}{
		{"/", "", "text/html; charset=utf-8", ""},
		{"/m.wasm", "identity", "application/wasm", ""},
		{"/m.wasm", "gzip, br", "application/wasm", "gzip"},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.encoding)
		resp, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if got := resp.Header.Get("Content-Type"); got != tt.wantType {
			t.Errorf("GET %s (%s): Content-Type %q, want %q", tt.path, tt.encoding, got, tt.wantType)
		}
		if got := resp.Header.Get("Content-Encoding"); got != tt.wantEncoding {
			t.Errorf("GET %s (%s): Content-Encoding %q, want %q", tt.path, tt.encoding, got, tt.wantEncoding)
		}
		if tt.wantEncoding == "gzip" {
			zr, err := gzip.NewReader(bytes.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			body, _ = io.ReadAll(zr)
		}
		if tt.path == "/m.wasm" && string(body) != string(module) {
			t.Errorf("GET %s (%s): body %q, want the module", tt.path, tt.encoding, body)
		}
	}
}
