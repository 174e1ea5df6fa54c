#!/usr/bin/env bash
# build.sh — builds the static site into dist/, serves it, runs every test.
#
#   ./build.sh               build dist/
#   ./build.sh serve [PORT]  build dist/ and serve it on http://localhost:PORT (8080)
#   ./build.sh test          gofmt, vet, staticcheck, unit tests, short fuzz runs,
#                            the wasm build and the browser tests
#   ./build.sh bench         build dist/ and run the timing page (bench/, served
#                            beside dist/ by the browser test, never shipped in it)
#                            in headless Chromium: prints its tables
set -euo pipefail
cd "$(dirname "$0")"

STATICCHECK=honnef.co/go/tools/cmd/staticcheck@v0.8.2
FUZZTIME=${FUZZTIME:-5s}

say() { printf '\n== %s\n' "$*" >&2; }

build() {
	say "building dist/"
	rm -rf dist.tmp
	mkdir -p dist.tmp
	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -buildid=" -o dist.tmp/wirediff.wasm ./wasm
	# The wording-only module the first comparison needs, without the language model.
	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -buildid=" -tags wording,noprose -o dist.tmp/wording.wasm ./wasm
	cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" dist.tmp/
	if [ -f index.html ]; then cp index.html dist.tmp/; fi
	if [ -d web ]; then cp -R web dist.tmp/web; fi
	service_worker
	if command -v gzip >/dev/null; then gzip -9 -n -k dist.tmp/wirediff.wasm dist.tmp/wording.wasm; fi
	if command -v brotli >/dev/null; then brotli -q 11 -k dist.tmp/wirediff.wasm dist.tmp/wording.wasm; fi
	rm -rf dist
	mv dist.tmp dist
	ls -l dist/ >&2
}

# service_worker writes dist.tmp/sw.js: sw.js with the list of the files a
# visit needs (the page, its scripts and styles, both engine modules) and a
# digest of their contents, so that every build that changes them is a new
# service worker.
service_worker() {
	local files digest
	files=$(cd dist.tmp && { echo index.html; echo wasm_exec.js; echo wording.wasm; echo wirediff.wasm; \
		find web -maxdepth 1 -type f \( -name '*.js' -o -name '*.css' \) | sort; })
	digest=$(cd dist.tmp && cat $files | sha256sum | cut -c1-16)
	local list
	list=$(printf '"./", '; printf '"%s", ' $files | sed 's/, $//')
	sed -e "s|\"__WIREDIFF_FILES__\"|$list|" -e "s|__WIREDIFF_DIGEST__|$digest|" sw.js >dist.tmp/sw.js
}

ensure_chromium() {
	if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then return; fi
	for c in /usr/bin/chromium /usr/bin/chromium-browser; do
		if [ -x "$c" ]; then export CHROMIUM="$c"; return; fi
	done
	say "installing Debian's chromium for the browser tests"
	local sudo=""
	if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
	$sudo apt-get update -q >&2
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium >&2
	export CHROMIUM=/usr/bin/chromium
}

run_tests() {
	say "gofmt"
	local bad
	bad=$(gofmt -l cmd internal wasm e2e 2>/dev/null || true)
	if [ -n "$bad" ]; then echo "gofmt needed on:"; echo "$bad"; exit 1; fi
	say "go vet"
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./wasm
	GOOS=js GOARCH=wasm go vet -tags wording,noprose ./wasm
	go vet -tags noprose ./internal/analyze
	say "staticcheck"
	local bin
	bin=$(mktemp -d)
	GOBIN="$bin" go install "$STATICCHECK"
	"$bin/staticcheck" ./...
	GOOS=js GOARCH=wasm "$bin/staticcheck" ./wasm
	GOOS=js GOARCH=wasm "$bin/staticcheck" -tags wording,noprose ./wasm
	say "unit tests"
	go test -count=1 ./...
	# The Beam pipeline is a module of its own, so that the SDK stays out of
	# the engine's build; its first build fetches and compiles the SDK.
	say "the Beam pipeline (cmd/wirediff-beam, direct runner)"
	(cd cmd/wirediff-beam && go vet ./... && "$bin/staticcheck" ./... && go test -count=1 ./...)
	rm -rf "$bin"
	say "short fuzz runs ($FUZZTIME each)"
	local pkg target
	for pkg in ./internal/diff ./internal/analyze ./internal/attrdiff ./internal/engine; do
		for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
			go test -run '^$' -fuzz "^${target}\$" -fuzztime "$FUZZTIME" "$pkg"
		done
	done
	build
	if [ -d e2e ]; then
		ensure_chromium
		say "browser tests ($CHROMIUM)"
		WIREDIFF_DIST="$PWD/dist" go test -count=1 -timeout 20m ./e2e/...
	fi
	say "all tests passed"
}

case "${1:-build}" in
build) build ;;
serve)
	build
	port=${2:-8080}
	say "serving dist/ on http://localhost:$port (Ctrl-C stops)"
	exec go run ./cmd/wirediff serve --port "$port" dist
	;;
test) run_tests ;;
bench)
	build
	ensure_chromium
	say "timing page ($CHROMIUM), ${WIREDIFF_BENCH_REPS:=5} runs per figure"
	export WIREDIFF_BENCH_REPS
	WIREDIFF_DIST="$PWD/dist" go test -count=1 -timeout 30m -v -run '^(TestRevisionsTiming|TestTimingPage|TestColdStart)$' ./e2e/ |
		grep -v -e '^=== ' -e 'console\.' -e '^\s*$' | sed -e 's/^    [a-z_]*_test\.go:[0-9]*: //'
	;;
*)
	echo "usage: ./build.sh [build | serve [PORT] | test | bench]" >&2
	exit 2
	;;
esac
