package main

import (
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"wirediff/internal/serve"
)

func cmdServe(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	port := fl.Int("port", 8080, "the port to listen on (localhost only)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	dir := "dist"
	if fl.NArg() > 0 {
		dir = fl.Arg(0)
	}
	if _, err := os.Stat(dir + "/index.html"); err != nil {
		fmt.Fprintf(stderr, "wirediff: %s has no index.html: build the site first (./build.sh)\n", dir)
		return 1
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(*port)))
	if err != nil {
		fmt.Fprintf(stderr, "wirediff: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "serving %s on http://localhost:%d/ (Ctrl+C to stop)\n", dir, ln.Addr().(*net.TCPAddr).Port)
	srv := &http.Server{Handler: serve.Handler(dir), ReadHeaderTimeout: 10 * time.Second}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintf(stderr, "wirediff: %v\n", err)
		return 1
	}
	return 0
}
