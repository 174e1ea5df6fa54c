// sw.js — the wirediff service worker: a second visit starts from the
// Cache API and works offline. build.sh writes the list of the site's files
// and a digest of their contents into its copy in dist/ (the two
// placeholders below); a new build is thus a new service worker, which
// caches the new files before it takes over and then drops the old cache.
//
// Files on the list are answered from the cache first (the engine's modules
// are megabytes: the network is asked only when the cache lacks them);
// anything else, and every request of another origin, goes to the network.
"use strict";

const FILES = ["__WIREDIFF_FILES__"];
const CACHE = "wirediff-__WIREDIFF_DIGEST__";

// The site's root, where this script lives; FILES are relative to it.
const root = new URL("./", self.location.href);
const cached = new Set(FILES.map((f) => new URL(f, root).href));

self.addEventListener("install", (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...cached].map((u) => new Request(u, { cache: "no-cache" }))))
			.then(() => self.skipWaiting()),
	);
});

self.addEventListener("activate", (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith("wirediff-") && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => self.clients.claim()),
	);
});

self.addEventListener("fetch", (event) => {
	const req = event.request;
	if (req.method !== "GET") {
		return;
	}
	const url = new URL(req.url);
	url.search = "";
	url.hash = "";
	if (!cached.has(url.href)) {
		return;
	}
	event.respondWith(
		caches.open(CACHE).then((cache) => cache.match(url.href)).then((hit) => hit || fetch(req)),
	);
});
