// wordcount.js — the word count shown under each paste area.

/**
 * countWords counts runs of non-space characters: what a reader means by
 * words in English and most scripts; Chinese or Thai text without spaces
 * counts as few "words".
 */
export function countWords(text) {
	let n = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// ASCII and Unicode spaces, NBSP and the line separators.
		const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
		if (space) {
			inWord = false;
		} else if (!inWord) {
			inWord = true;
			n++;
		}
	}
	return n;
}
