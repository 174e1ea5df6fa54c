// sharebuttons.js — the page's Share link, Copy and Embed buttons.

/**
 * wireShare wires the buttons: ui holds the page's elements, bench the
 * Workbench, the rest the page's message functions.
 */
export function wireShare({ ui, bench, say, alertError, clearAlert, checkFilled }) {
	ui.share.addEventListener("click", async () => {
		clearAlert();
		if (!checkFilled(ui.a, "Version A") || !checkFilled(ui.b, "Version B")) {
			return;
		}
		const link = await bench.shareLink({});
		if (link.tooLong) {
			ui.shareBox.hidden = true;
			alertError(`These texts are too long for a link (${Math.round(link.tooLong / 1024)} KB compressed; links stay under 32 KB to open everywhere). Compare, then use Export JSON and send the file: it opens back in wirediff.`);
			return;
		}
		ui.shareURL.value = link.url;
		ui.shareBox.hidden = false;
		ui.shareURL.focus();
		ui.shareURL.select();
		say("Link ready: the texts travel inside it, so anyone with the link sees them.");
	});

	ui.shareCopy.addEventListener("click", async () => {
		try {
			await navigator.clipboard.writeText(ui.shareURL.value);
			say("Link copied.");
		} catch {
			ui.shareURL.select();
			say("Press Ctrl+C (or ⌘C) to copy the selected link.");
		}
	});

	ui.embed.addEventListener("click", () => {
		const src = new URL("web/embed.js", location.href).href;
		ui.embedCode.value = `<script type="module" src="${src}"></script>\n<wirediff-compare snapshot="comparison.json"></wirediff-compare>`;
		ui.embedBox.hidden = false;
		ui.embedCode.focus();
		ui.embedCode.select();
	});
}
