// Package serve is wirediff's static file server: the built site (dist/)
// with the right MIME type for WebAssembly and precompressed copies of the
// module where the build made them. It has no application logic: everything
// runs in the browser.
package serve

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
)

func init() {
	// Streaming compilation in the browser requires this exact type.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".mjs", "text/javascript")
}

// Handler serves the files under dir. A request for a .wasm file is answered
// from its .br or .gz copy when the client accepts that encoding and the copy
// exists.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			if serveEncoded(w, r, dir) {
				return
			}
		}
		files.ServeHTTP(w, r)
	})
}

// serveEncoded answers with a precompressed copy of the requested file, and
// reports whether it did.
func serveEncoded(w http.ResponseWriter, r *http.Request, dir string) bool {
	accept := r.Header.Get("Accept-Encoding")
	name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !strings.Contains(accept, enc.token) {
			continue
		}
		f, err := os.Open(name + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		st, err := f.Stat()
		if err != nil || st.IsDir() {
			continue
		}
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Content-Encoding", enc.token)
		w.Header().Add("Vary", "Accept-Encoding")
		if r.Method == http.MethodHead {
			// ServeContent leaves the length out of an encoded response;
			// the embed asks with HEAD how much the engine will download.
			w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
		}
		http.ServeContent(w, r, "", st.ModTime(), f)
		return true
	}
	return false
}
