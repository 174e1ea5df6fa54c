// share.js — a comparison as a link: both texts, their names and the
// options, as JSON compressed with the browser's CompressionStream
// (deflate-raw) and written in base64url into the URL's fragment, which
// never reaches a server. A link opens the same comparison anywhere.

/** maxFragment is the longest fragment we hand out, in characters. */
export const maxFragment = 32 * 1024;

const prefix = "#c=";

async function pipe(bytes, stream) {
	const out = new Blob([bytes]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

function base64url(bytes) {
	let bin = "";
	for (let i = 0; i < bytes.length; i += 0x8000) {
		bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function unbase64url(s) {
	const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
	const out = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) {
		out[i] = bin.charCodeAt(i);
	}
	return out;
}

/**
 * encodeShare resolves to the fragment ("#c=…") holding state:
 * {a: {text, name, date, url}, b: {...}, options}.
 */
export async function encodeShare(state) {
	const json = new TextEncoder().encode(JSON.stringify({ v: 1, ...state }));
	return prefix + base64url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** isShare says whether hash is a share fragment. */
export function isShare(hash) {
	return hash.startsWith(prefix);
}

/**
 * decodeShare resolves to the state in a share fragment, or rejects with
 * an Error a reader can act on.
 */
export async function decodeShare(hash) {
	let state;
	try {
		const bytes = await pipe(unbase64url(hash.slice(prefix.length)), new DecompressionStream("deflate-raw"));
		state = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
	} catch {
		throw new Error("This link is damaged or cut short: it holds no comparison. Ask for the link again, or for the exported file.");
	}
	const side = (d) => ({
		text: typeof d?.text === "string" ? d.text : "",
		name: typeof d?.name === "string" ? d.name : "",
		date: typeof d?.date === "string" ? d.date : "",
		url: typeof d?.url === "string" ? d.url : "",
	});
	return { a: side(state.a), b: side(state.b), options: state.options && typeof state.options === "object" ? state.options : {} };
}
