/**
 * Where Chinese text may break between lines, for what the browser does not break well on its own:
 * the posters' canvas (client/share/lines.ts) and the trend's title, where `text-wrap: balance`
 * split a word (算力基建化：数 / 据中心需求狂飙, trend 1 at 390 px). Words (Intl.Segmenter: Chinese
 * words too) are kept whole, and so is each of the `keep` words (a trend's keywords: 数据中心,
 * 移动互联网, which the segmenter may cut); no piece starts with a closing mark such as ，。）” and
 * none ends with an opening one such as （“《.
 */

/** Closing brackets and quotes, and the marks ending a clause (、。，：；！？ as escapes). */
const NO_START = /^[\p{Pe}\p{Pf}\u3001\u3002\uff0c\uff1a\uff1b\uff01\uff1f,.;:!?%\u2026\u00b7]/u;
/** Opening brackets and quotes. */
const NO_END = /[\p{Ps}\p{Pi}]$/u;

/** The string cut into pieces that may end a line. */
export function breakUnits(text: string, lang: string, keep: readonly string[] = []): string[] {
	// Whether a line may not break before each character: it is inside one of the `keep` words.
	const held = new Array<boolean>(text.length).fill(false);
	for (const word of keep)
		for (let at = text.indexOf(word); word && at >= 0; at = text.indexOf(word, at + 1))
			held.fill(true, at + 1, at + word.length);
	// Without a segmenter (Firefox before 125), each character is a piece.
	let offset = 0;
	const pieces =
		'Segmenter' in Intl
			? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)]
			: [...text].map((segment) => ({
					segment,
					index: (offset += segment.length) - segment.length,
				}));
	const units: string[] = [];
	for (const { segment, index } of pieces) {
		const prev = units[units.length - 1];
		if (prev !== undefined && (held[index] || NO_START.test(segment) || NO_END.test(prev)))
			units[units.length - 1] = prev + segment;
		else units.push(segment);
	}
	return units;
}
