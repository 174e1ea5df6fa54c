// Package e2e holds wirediff's browser tests: the built site (dist/) served
// by internal/serve, driven in headless Chromium through chromedp the way a
// reader uses it: paste, click, read what the page shows.
//
// They run when WIREDIFF_DIST names a built dist/ (./build.sh test sets it)
// and skip otherwise:
//
//	./build.sh && WIREDIFF_DIST=$PWD/dist go test ./e2e/
//
// CHROMIUM names the browser (default /usr/bin/chromium). With
// WIREDIFF_SCREENSHOT=path.png, TestCompareEditedPair saves a full-page
// screenshot of a comparison there, and the phone and analysis tests save
// theirs beside it (path-phone.png, path-analysis.png).
package e2e
