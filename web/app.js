// app.js — the wirediff page: two paste areas, the engine's loading state,
// the compare and analyze flows, results, errors and exports. Rendering
// lives in the view modules; the engine runs in a worker (engine.js).

import { Engine } from "./engine.js";
import { h, clear, plural, megabytes } from "./dom.js";
import { ComparisonView } from "./comparisonview.js";
import { AnalysisView } from "./analysisview.js";
import { download, stamp } from "./download.js";
import { countWords } from "./wordcount.js";
import "./offline.js"; // the service worker: the next visit starts from the cache, offline too
import { mountCopies } from "./copies.js";
import { textDirection } from "./direction.js";
import { Workbench } from "./workbench.js";
import { ResultsNav } from "./resultsnav.js";
import { readExport, exportDoc } from "./exportdoc.js";
import { analysisHTML } from "./analysisexport.js";
import { comparisonTitle, showVersions } from "./resultshead.js";
import { wireShare } from "./sharebuttons.js";

const $ = (id) => document.getElementById(id);

const ui = {
	a: $("text-a"),
	b: $("text-b"),
	countA: $("count-a"),
	countB: $("count-b"),
	compare: $("compare"),
	analyzeA: $("analyze-a"),
	analyzeB: $("analyze-b"),
	sample: $("sample"),
	stop: $("stop"),
	engineBox: $("engine"),
	engineText: $("engine-text"),
	engineBar: $("engine-progress"),
	engineLive: $("engine-live"),
	alert: $("alert"),
	status: $("status"),
	results: $("results"),
	resultsTitle: $("results-title"),
	resultsBody: $("results-body"),
	stale: $("stale"),
	exportJSON: $("export-json"),
	exportHTML: $("export-html"),
	swap: $("swap"),
	share: $("share"),
	shareBox: $("share-box"),
	shareURL: $("share-url"),
	shareCopy: $("share-copy"),
	versions: $("versions"),
	embed: $("embed"),
	embedBox: $("embed-box"),
	embedCode: $("embed-code"),
};

const engine = new Engine();
mountCopies(engine, $("copies"), { versionA: () => ui.a.value });
// The browser tests reach the engine (to crash it) through this; a reader's
// page never exposes it.
if (new URLSearchParams(location.search).has("test")) {
	window.__wirediffEngine = engine;
}

// ---- the engine's state -------------------------------------------------

let restarting = false; // a restart the reader should hear about is under way
let everReady = false;

function engineState(text, { live, progress, ready } = {}) {
	ui.engineText.textContent = text;
	ui.engineBox.dataset.state = ready ? "ready" : "loading";
	if (progress === undefined) {
		ui.engineBar.hidden = true;
	} else {
		ui.engineBar.hidden = false;
		if (progress === null) {
			ui.engineBar.removeAttribute("value"); // indeterminate
		} else {
			ui.engineBar.value = progress;
		}
	}
	// The visible line changes with every percent; screen readers hear only
	// the phases.
	if (live && ui.engineLive.textContent !== live) {
		ui.engineLive.textContent = live;
	}
}

engine.addEventListener("progress", (e) => {
	const { phase, loaded, total } = e.detail;
	if (phase === "download") {
		if (total > 0 && loaded <= total) {
			const pct = Math.floor((loaded / total) * 100);
			engineState(`Loading engine… ${pct}%`, { progress: pct, live: "Loading engine" });
		} else {
			// Compressed transfer: the final size is unknown, so say what
			// has arrived rather than invent a percentage.
			engineState(`Loading engine… ${megabytes(loaded)}`, { progress: null, live: "Loading engine" });
		}
	} else if (phase === "compile") {
		engineState("Starting engine…", { progress: null, live: "Starting engine" });
	} else if (phase === "models") {
		engineState("Loading language models…", { progress: null, live: "Loading language models" });
	}
});

engine.addEventListener("ready", () => {
	everReady = true;
	if (restarting) {
		restarting = false;
		engineState("Engine restarted — ready", { live: "Engine restarted and ready", ready: true });
		say("Engine restarted. Your texts are as you left them.");
	} else {
		engineState("Engine ready", { live: "Engine ready", ready: true });
	}
});

engine.addEventListener("crash", (e) => {
	console.warn("wirediff engine crashed:", e.detail.message);
	if (!everReady) {
		// It failed while loading: engine.js tries again a few times.
		engineState("Loading engine failed — trying again…", { progress: null, live: "Loading engine failed, trying again" });
		return;
	}
	restarting = true;
	engineState("Engine stopped — restarting…", { progress: null, live: "Engine stopped, restarting" });
	// A job that was running says what to press again (failed, below).
	if (!job) {
		alertError("The engine stopped unexpectedly. Your texts are kept; it is restarting by itself.");
	}
});

engine.addEventListener("failed", (e) => {
	engineState("Engine unavailable", { live: "Engine unavailable" });
	alertError(`The engine could not start: ${e.detail.message} Reload the page to try again.`);
});

engineState("Loading engine… 0%", { progress: 0, live: "Loading engine" });

// ---- messages -----------------------------------------------------------

function say(text) {
	ui.status.textContent = text;
}

function alertError(text) {
	clear(ui.alert).appendChild(h("p", { text }));
	ui.alert.hidden = false;
}

function clearAlert() {
	clear(ui.alert);
	ui.alert.hidden = true;
}

// ---- word counts ----------------------------------------------------------

function watchCount(area, out) {
	let timer = 0;
	const update = () => {
		timer = 0;
		out.textContent = plural(countWords(area.value), "word");
	};
	// The direction follows the text's first letter (not dir="auto",
	// which is quadratic in a textarea: see direction.js).
	const direct = () => {
		const d = textDirection(area.value);
		if (area.dir !== d) {
			area.dir = d;
		}
	};
	area.addEventListener("input", () => {
		direct();
		// Counting 5 MB takes a few milliseconds; once per pause in typing
		// is enough.
		if (!timer) {
			timer = setTimeout(update, 150);
		}
		markStale();
	});
	direct();
	update();
}

watchCount(ui.a, ui.countA);
watchCount(ui.b, ui.countB);

// ---- jobs -----------------------------------------------------------------

let job = null; // the request the page is waiting for
let current = null; // {kind: "comparison"|"analysis", data, texts}
let stopTimer = 0;
let lastView = null; // the last comparison shown: a new one keeps its view mode
// On a phone the inline view reads better than two stacked columns.
const defaultMode = matchMedia("(max-width: 700px)").matches ? "inline" : "side";

// startJob supersedes the running job: its queued requests are dropped and
// its late answers ignored.
function startJob(action) {
	if (job) {
		job.ctl.abort();
	}
	const ctl = new AbortController();
	job = { ctl, signal: ctl.signal, t0: performance.now(), action };
	clearAlert();
	ui.results.setAttribute("aria-busy", "true");
	clearTimeout(stopTimer);
	// Offer Stop only when a job runs long: it restarts the engine.
	stopTimer = setTimeout(() => {
		ui.stop.hidden = false;
	}, 2000);
	return job;
}

function endJob(j) {
	if (job !== j) {
		return false;
	}
	job = null;
	clearTimeout(stopTimer);
	ui.stop.hidden = true;
	ui.results.removeAttribute("aria-busy");
	return true;
}

const live = (j) => job === j;

function elapsed(j) {
	const ms = performance.now() - j.t0;
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function failed(j, err) {
	if (!endJob(j)) {
		return;
	}
	if (err.code === "cancelled") {
		say("Stopped.");
		return;
	}
	say("");
	if (err.code === "engine-crashed") {
		alertError(`The engine stopped while working on this. Your texts are kept; the engine is restarting — press ${j.action} again when it is ready.`);
		return;
	}
	alertError(err.message || String(err));
}

function checkFilled(area, label) {
	if (area.value.trim() === "") {
		alertError(`${label} is empty: paste an article.`);
		area.focus();
		return false;
	}
	return true;
}

function waitingText(doing) {
	return engine.state === "ready" ? `${doing}…` : `${doing} as soon as the engine is ready…`;
}

function showResults(title, body, kind, meta) {
	ui.resultsTitle.textContent = title;
	clear(ui.resultsBody).appendChild(body);
	ui.results.hidden = false;
	ui.stale.hidden = true;
	ui.embed.hidden = kind !== "comparison";
	ui.embedBox.hidden = true;
	showVersions(ui.versions, kind === "comparison" ? meta : null);
}

// goToResults brings the results into view and moves focus there, so that
// keyboard and screen-reader users land on what they asked for.
function goToResults() {
	ui.resultsTitle.tabIndex = -1;
	ui.resultsTitle.focus({ preventScroll: true });
	ui.results.scrollIntoView({ block: "start" });
}

function addNav(view, cmp) {
	const nav = new ResultsNav(view, cmp);
	view.root.before(...nav.nodes);
}

async function compare() {
	if (!checkFilled(ui.a, "Version A") || !checkFilled(ui.b, "Version B")) {
		return;
	}
	const a = ui.a.value;
	const b = ui.b.value;
	const meta = bench.meta();
	// The names travel with the comparison (the engine reads them as labelA/labelB).
	const names = { labelA: meta.a.name || undefined, labelB: meta.b.name || undefined };
	const j = startJob("Compare");
	say(waitingText("Comparing"));
	let view;
	try {
		const wording = await engine.compare(a, b, { attribution: false, ...names }, { signal: j.signal });
		if (!live(j)) {
			return;
		}
		view = new ComparisonView({ idPrefix: "cmp", mode: lastView ? lastView.mode : defaultMode, headingLevel: 3 });
		lastView = view;
		view.showWording(wording);
		current = { kind: "comparison", data: wording, texts: { a, b }, meta };
		showResults(comparisonTitle(meta), view.root, "comparison", meta);
		goToResults();
		say(`Wording compared in ${elapsed(j)}; checking attribution…`);
	} catch (err) {
		failed(j, err);
		return;
	}
	try {
		const full = await engine.compare(a, b, { ...names }, { signal: j.signal });
		if (!live(j)) {
			return;
		}
		view.showFull(full);
		addNav(view, full);
		current.data = full;
		endJob(j);
		const n = (full.attributionChanges || []).length;
		say(`Compared in ${elapsed(j)}: ${n === 0 ? "no attribution changes" : plural(n, "attribution change")}.`);
	} catch (err) {
		if (live(j) && err.code !== "cancelled") {
			view.attributionFailed(err.message);
		}
		failed(j, err);
	}
}

async function analyze(side) {
	const area = side === "a" ? ui.a : ui.b;
	const label = bench.boxes[side].label;
	if (!checkFilled(area, label)) {
		return;
	}
	const text = area.value;
	const j = startJob(`Analyze ${side.toUpperCase()}`);
	say(waitingText(`Analyzing ${label}`));
	try {
		const an = await engine.analyze(text, { signal: j.signal });
		if (!live(j)) {
			return;
		}
		const view = new AnalysisView(text, an);
		current = { kind: "analysis", side, data: an, texts: { [side]: text }, meta: bench.meta() };
		showResults(`Analysis of ${label}`, view.root, "analysis");
		goToResults();
		endJob(j);
		const s = an.stats || {};
		say(`${label} analyzed in ${elapsed(j)}: ${plural(s.attributions || 0, "attribution")}, ${plural((an.unattributed || []).length, "sentence")} without a source.`);
	} catch (err) {
		failed(j, err);
	}
}

function markStale() {
	if (!current || ui.results.hidden) {
		return;
	}
	const changed = Object.entries(current.texts).some(([side, t]) => (side === "a" ? ui.a.value : ui.b.value) !== t);
	ui.stale.hidden = !changed;
}

// ---- exports --------------------------------------------------------------

ui.exportJSON.addEventListener("click", () => {
	if (!current) {
		return;
	}
	download(`wirediff-${current.kind}-${stamp()}.json`, JSON.stringify(exportDoc(current), null, 2) + "\n", "application/json");
	say("JSON exported.");
});

ui.exportHTML.addEventListener("click", async () => {
	if (!current) {
		return;
	}
	if (current.kind === "analysis") {
		try {
			const root = ui.resultsBody.querySelector(".wd-analysis");
			download(`wirediff-analysis-${stamp()}.html`, await analysisHTML(root, ui.resultsTitle.textContent), "text/html");
			say("HTML of the analysis exported.");
		} catch (err) {
			alertError(`The HTML could not be written: ${err.message}`);
		}
		return;
	}
	say("Writing the HTML report…");
	try {
		const out = await engine.report(current.data);
		download(`wirediff-report-${stamp()}.html`, out.html, "text/html");
		say("HTML report exported.");
	} catch (err) {
		say("");
		alertError(`The HTML report could not be written: ${err.message}`);
	}
});

// ---- sample ---------------------------------------------------------------

async function loadSample() {
	try {
		const get = async (name) => {
			const r = await fetch(new URL(`./samples/${name}`, import.meta.url));
			if (!r.ok) {
				throw new Error(`HTTP ${r.status}`);
			}
			return r.text();
		};
		const [a, b] = await Promise.all([get("khamenei-a.txt"), get("khamenei-b.txt")]);
		// New documents: the texts they replace stay in the list.
		bench.boxes.a.fill({ text: a, name: "Jewish News Syndicate" });
		bench.boxes.b.fill({ text: b, name: "Rewritten version" });
		say("Sample loaded: a Jewish News Syndicate article (A) and a rewritten version (B). Press Compare.");
		ui.compare.focus();
	} catch (err) {
		alertError(`The sample could not be loaded: ${err.message}`);
	}
}

// ---- documents, files, links ------------------------------------------------

const bench = new Workbench({
	say,
	alertError,
	article: (html) => engine.article(html),
	importJSON,
});

// importJSON shows an exported comparison or analysis as it was saved, with
// no engine work, and puts its texts back in the boxes.
async function importJSON(text, fileName) {
	let doc;
	try {
		doc = readExport(text);
	} catch (err) {
		alertError(`${fileName} could not be opened: ${err.message}`);
		return;
	}
	clearAlert();
	for (const side of ["a", "b"]) {
		if (doc.documents[side]) {
			bench.boxes[side].fill(doc.documents[side]);
			await bench.boxes[side].save();
		}
	}
	const meta = bench.meta();
	const texts = Object.fromEntries(Object.entries(doc.documents).map(([side, d]) => [side, d.text]));
	if (doc.kind === "comparison") {
		const view = new ComparisonView({ idPrefix: "cmp", mode: lastView ? lastView.mode : defaultMode, headingLevel: 3 });
		lastView = view;
		view.showFull(doc.data);
		current = { kind: "comparison", data: doc.data, texts, meta };
		showResults(comparisonTitle(meta), view.root, "comparison", meta);
		addNav(view, doc.data);
	} else {
		const side = doc.documents.a ? "a" : "b";
		if (!doc.documents[side]) {
			alertError(`${fileName} holds an analysis without its text: export it again from this version of wirediff.`);
			return;
		}
		current = { kind: "analysis", side, data: doc.data, texts, meta };
		showResults(`Analysis of ${meta[side].label}`, new AnalysisView(doc.documents[side].text, doc.data).root, "analysis");
	}
	goToResults();
	say(`${fileName} opened.`);
}

ui.swap.addEventListener("click", () => {
	bench.swap();
	say("Swapped A and B.");
	if (current && current.kind === "comparison" && !ui.results.hidden) {
		compare();
	}
});

wireShare({ ui, bench, say, alertError, clearAlert, checkFilled });

// ---- wiring ---------------------------------------------------------------

ui.compare.addEventListener("click", compare);
ui.analyzeA.addEventListener("click", () => analyze("a"));
ui.analyzeB.addEventListener("click", () => analyze("b"));
ui.sample.addEventListener("click", loadSample);
ui.stop.addEventListener("click", () => {
	restarting = true;
	engine.restart("cancelled", "Stopped.");
	engineState("Restarting engine…", { progress: null, live: "Restarting engine" });
});

bench.start().then((shared) => {
	if (shared) {
		say("Opened the shared comparison.");
		compare();
	}
});

document.addEventListener("keydown", (e) => {
	if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
		e.preventDefault();
		compare();
	}
});
