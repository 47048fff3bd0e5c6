/**
 * Pinyin matching (no DOM, no dictionary): how a typed query and a term's pinyin are folded to the
 * same letters, and which terms of the prepared table a query names. The table itself is computed
 * at build (pinyin-table.ts, with pinyin-pro); the browser only compares letters. Unit-tested.
 */

/**
 * One term of the table: the term as the text writes it, its full pinyin and its initials (both
 * folded by pinyinLetters), and how often the edition's text uses it (ambiguous queries list the
 * most frequent first).
 */
export type PinyinEntry = [term: string, full: string, initials: string, count: number];

/** The prepared table of one edition (/search/terms.json, /en/search/terms.json). */
export interface PinyinTable {
	terms: PinyinEntry[];
}

/**
 * Pinyin as letters only: tone marks and tone numbers dropped, ü (typed ü, v or u) as u, spaces and
 * syllable apostrophes dropped, lower case. '' for text that cannot be pinyin (any other character).
 */
export function pinyinLetters(text: string): string {
	const letters = text
		.toLowerCase()
		.replace(/[üǖǘǚǜv]/g, 'u')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/(?<=[a-z])[1-5]/g, '')
		.replace(/[\s'’-]/g, '');
	return /^[a-z0-9]+$/.test(letters) ? letters : '';
}

/** Initials are read only from two letters up: one letter fits half the vocabulary. */
const MIN_INITIALS = 2;

export interface PinyinMatch {
	term: string;
	/** Whether the query was the term's full pinyin or its initials. */
	by: 'full' | 'initials';
	count: number;
}

/**
 * The terms a query spells: its letters equal a term's full pinyin, or its initials. Full readings
 * come first, then initials; within each, the most frequent term first (every term listed).
 */
export function matchPinyin(table: PinyinTable, query: string): PinyinMatch[] {
	const letters = pinyinLetters(query);
	if (!letters) return [];
	const byCount = (a: PinyinMatch, b: PinyinMatch) =>
		b.count - a.count || (a.term < b.term ? -1 : 1);
	const full: PinyinMatch[] = [];
	const initials: PinyinMatch[] = [];
	for (const [term, f, i, count] of table.terms) {
		if (f === letters) full.push({ term, by: 'full', count });
		else if (letters.length >= MIN_INITIALS && i === letters)
			initials.push({ term, by: 'initials', count });
	}
	return [...full.sort(byCount), ...initials.sort(byCount)];
}
