// Package serve is wirediff's static file server: the built site (dist/)
// with the right MIME type for WebAssembly and precompressed copies of the
// module where the build made them. It has no application logic: everything
// runs in the browser.
//
// It is meant for a reader's own machine, so it trusts nothing it is asked:
// only GET and HEAD, only for a Host naming the loopback (a page elsewhere
// cannot read it through DNS rebinding), only regular files inside its
// directory (no symbolic link out of it, no dotfiles, no listings), a few
// byte ranges at most, and no framing by other sites.
package serve

import (
	"errors"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

func init() {
	// Streaming compilation in the browser requires this exact type.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".mjs", "text/javascript")
}

// Limits on what a request may ask.
const (
	// MaxPath is the longest URL path served, in bytes (414 beyond).
	MaxPath = 1024
	// MaxRanges is the most byte ranges a request may ask for; a Range
	// header with more is ignored and the whole file sent, so that a short
	// request cannot ask for the same bytes many times over.
	MaxRanges = 8
)

// Handler serves the files under dir. A request for a .wasm file is answered
// from its .br or .gz copy when the client accepts that encoding (a q of 0
// refuses it) and the copy exists. A directory is answered with its
// index.html, never a listing.
func Handler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", "frame-ancestors 'self'")
		h.Set("X-Frame-Options", "SAMEORIGIN")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "only GET and HEAD", http.StatusMethodNotAllowed)
			return
		}
		if !LocalHost(r.Host) {
			http.Error(w, "this server answers only to localhost", http.StatusForbidden)
			return
		}
		if len(r.URL.Path) > MaxPath {
			http.Error(w, "the path is too long", http.StatusRequestURITooLong)
			return
		}
		if strings.Count(r.Header.Get("Range"), ",") >= MaxRanges {
			r.Header.Del("Range")
		}
		name, ok := clean(r.URL.Path)
		if !ok {
			http.NotFound(w, r)
			return
		}
		root, err := os.OpenRoot(dir)
		if err != nil {
			http.Error(w, "the site's directory cannot be opened", http.StatusInternalServerError)
			return
		}
		defer root.Close()
		fi, err := root.Stat(name)
		if err == nil && fi.IsDir() {
			if !strings.HasSuffix(r.URL.Path, "/") {
				http.Redirect(w, r, path.Base(r.URL.Path)+"/", http.StatusMovedPermanently)
				return
			}
			name = path.Join(name, "index.html")
		}
		if strings.HasSuffix(name, ".wasm") && serveEncoded(w, r, root, name) {
			return
		}
		f, fi, err := openRegular(root, name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		defer f.Close()
		http.ServeContent(w, r, name, fi.ModTime(), f)
	})
}

// LocalHost tells whether a request's Host header names the loopback:
// localhost, 127.0.0.1 or [::1], with or without a port.
func LocalHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	switch strings.ToLower(strings.TrimSuffix(host, ".")) {
	case "localhost", "127.0.0.1", "::1", "[::1]":
		return true
	}
	return false
}

// clean turns a URL path into a name inside the root ("." for the root
// itself), refusing names with a segment that starts with a dot (.git,
// .env, ..) or holds a NUL or a backslash.
func clean(p string) (string, bool) {
	for _, seg := range strings.Split(p, "/") {
		if strings.HasPrefix(seg, ".") || strings.ContainsAny(seg, "\x00\\") {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" {
		name = "."
	}
	return name, true
}

// openRegular opens name in root if it is a regular file; os.Root refuses
// a name that leaves root, by ".." or by a symbolic link.
func openRegular(root *os.Root, name string) (*os.File, fs.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, errors.New("not a regular file")
	}
	return f, fi, nil
}

// serveEncoded answers with a precompressed copy of the file name, and
// reports whether it did.
func serveEncoded(w http.ResponseWriter, r *http.Request, root *os.Root, name string) bool {
	accept := acceptedEncodings(r.Header.Get("Accept-Encoding"))
	w.Header().Add("Vary", "Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accept[enc.token] {
			continue
		}
		f, fi, err := openRegular(root, name+enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Content-Encoding", enc.token)
		if r.Method == http.MethodHead {
			// ServeContent leaves the length out of an encoded response;
			// the embed asks with HEAD how much the engine will download.
			w.Header().Set("Content-Length", strconv.FormatInt(fi.Size(), 10))
		}
		http.ServeContent(w, r, "", fi.ModTime(), f)
		return true
	}
	return false
}

// acceptedEncodings reads an Accept-Encoding header: the codings it names
// with a q above 0 ("gzip;q=0" refuses gzip; "*" accepts the others).
func acceptedEncodings(header string) map[string]bool {
	out := map[string]bool{}
	refused := map[string]bool{}
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(part, ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(p, "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				v = strings.TrimRight(strings.TrimSpace(v), "0")
				ok = v != "" && v != "0." && v != "0"
			}
		}
		if ok {
			out[coding] = true
		} else {
			refused[coding] = true
		}
	}
	if out["*"] {
		for _, c := range []string{"br", "gzip"} {
			if !refused[c] {
				out[c] = true
			}
		}
	}
	return out
}
