// offline.js — registers the service worker (sw.js at the site's root) once
// the page has loaded, so that the next visit starts from the cache and
// works without a network. Where service workers are unavailable (an
// insecure origin, a private window in some browsers) nothing changes.
if ("serviceWorker" in navigator) {
	const register = () => {
		navigator.serviceWorker.register(new URL("../sw.js", import.meta.url), { scope: new URL("../", import.meta.url).pathname }).catch((err) => {
			console.warn(`wirediff: offline use is not available (${err && err.message ? err.message : err})`);
		});
	};
	if (document.readyState === "complete") {
		register();
	} else {
		addEventListener("load", register, { once: true });
	}
}
