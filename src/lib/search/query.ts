/**
 * Query folding and matching (no DOM): what a query's words are, and where words occur in folded
 * text. Both tiers, the excerpts and the page highlight compare text through here. Unit-tested.
 */

/** Long pasted text is cut: nothing on the site matches past a sentence. */
export const MAX_QUERY = 100;

/** Trim, fold whitespace, drop control characters, cap the length. */
export function cleanQuery(raw: string): string {
	return raw
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY);
}

/** True when the query has something to match: a letter or a digit in any script. */
export const isSearchable = (q: string): boolean => /[\p{L}\p{N}]/u.test(q);

/**
 * Text as search compares it: NFKC (full-width letters, digits and punctuation become half-width),
 * lower case, each run of whitespace one space. `map[i]` is the index in `source` of folded
 * character `i`, plus one entry for the end, so a match in the folded text can be cut out of (and
 * marked in) the original. Folding goes one code point at a time for that reason; the query goes
 * through the same function, so both sides agree.
 */
export interface Folded {
	text: string;
	map: number[];
}

export function fold(source: string): Folded {
	let text = '';
	const map: number[] = [];
	let at = 0;
	for (const ch of source) {
		for (const c of ch.normalize('NFKC').toLowerCase()) {
			const space = /\s/.test(c);
			if (space && text.endsWith(' ')) continue;
			text += space ? ' ' : c;
			map.push(at);
		}
		at += ch.length;
	}
	map.push(source.length);
	return { text, map };
}

/**
 * The words a page must contain: the folded query split at spaces, punctuation around each word
 * dropped (“算力工厂”, MoE?), words without a letter or digit ignored, duplicates removed.
 */
export function queryWords(q: string): string[] {
	const words = fold(cleanQuery(q)).text.split(' ').map(unwrap).filter(isSearchable);
	return [...new Set(words)];
}

const unwrap = (word: string): string => word.replace(/^\p{P}+|\p{P}+$/gu, '');

/**
 * Each query word as the reader typed it (MoE, ＡＩ４Ｓ), by its folded form (moe, ai4s): what the
 * search says back to the reader, who should see their own spelling. The first spelling wins.
 */
export function typedWords(q: string): Map<string, string> {
	const typed = new Map<string, string>();
	for (const token of cleanQuery(q).split(' ')) {
		const word = unwrap(fold(token).text);
		if (isSearchable(word) && !typed.has(word)) typed.set(word, unwrap(token));
	}
	return typed;
}

export interface Span {
	start: number;
	end: number;
}

/** Where the words occur in folded text, as sorted, merged spans (whole words, never parts). */
export function wordSpans(
	text: string,
	words: readonly string[],
	from = 0,
	to = text.length,
): Span[] {
	const spans: Span[] = [];
	for (const w of words) {
		for (let i = text.indexOf(w, from); i !== -1 && i < to; i = text.indexOf(w, i + w.length))
			spans.push({ start: i, end: i + w.length });
	}
	spans.sort((a, b) => a.start - b.start || b.end - a.end);
	const merged: Span[] = [];
	for (const s of spans) {
		const last = merged.at(-1);
		if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
		else merged.push({ ...s });
	}
	return merged;
}
