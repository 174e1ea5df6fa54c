// download.js — saving a result as a file, from memory: a Blob and an
// object URL, no server round trip.

/** download offers text to the reader as a file called name. */
export function download(name, text, type) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement("a");
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.appendChild(a);
	a.click();
	a.remove();
	// Revoked later, not at once: the browser reads the Blob after the click.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** stamp is a file-name-safe local date and time, "2025-06-16-1405". */
export function stamp(d = new Date()) {
	const p = (n) => String(n).padStart(2, "0");
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}
