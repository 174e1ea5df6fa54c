// workspace.js — every document the reader pastes, drops or opens, kept in
// the browser's IndexedDB so that a reload, a crash or a closed tab loses
// nothing. A document is {id, text, name, date, url, updated}; the session
// record remembers which documents the two boxes hold.
//
// The store lives in the page, not in the engine's go-billy workspace: the
// page must restore the texts before the 6 MB engine has loaded (and when it
// cannot load), and every save would otherwise cross to the worker and back.

const dbName = "wirediff";
const docs = "documents";
const meta = "session";

let opened = null;

function open() {
	if (!opened) {
		opened = new Promise((resolve, reject) => {
			const req = indexedDB.open(dbName, 1);
			req.onupgradeneeded = () => {
				const db = req.result;
				db.createObjectStore(docs, { keyPath: "id" });
				db.createObjectStore(meta);
			};
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
			req.onblocked = () => reject(new Error("the document store is open in an older tab"));
		});
		opened.catch(() => {
			opened = null;
		});
	}
	return opened;
}

async function run(store, mode, f) {
	const db = await open();
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, mode);
		const req = f(tx.objectStore(store));
		tx.oncomplete = () => resolve(req ? req.result : undefined);
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error || new Error("the save was aborted"));
	});
}

/** newID is a document id unique in this browser. */
export function newID() {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** put saves doc (it must have an id), stamping its update time. */
export function put(doc) {
	return run(docs, "readwrite", (s) => s.put({ ...doc, updated: Date.now() }));
}

/** get resolves to the document id, or undefined. */
export function get(id) {
	return run(docs, "readonly", (s) => s.get(id));
}

/** list resolves to every document, the most recently changed first. */
export async function list() {
	const all = await run(docs, "readonly", (s) => s.getAll());
	return all.sort((x, y) => y.updated - x.updated);
}

/** count resolves to the number of documents, without reading them. */
export function count() {
	return run(docs, "readonly", (s) => s.count());
}

/** remove deletes the document id. */
export function remove(id) {
	return run(docs, "readwrite", (s) => s.delete(id));
}

/** saveSession remembers which documents the boxes hold: {a, b} ids. */
export function saveSession(session) {
	return run(meta, "readwrite", (s) => s.put(session, "current"));
}

/** loadSession resolves to the last saved {a, b}, or undefined. */
export function loadSession() {
	return run(meta, "readonly", (s) => s.get("current"));
}
