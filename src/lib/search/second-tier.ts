/**
 * The second tier (no DOM): what a Latin query that the exact tier found nothing for may have
 * meant. Pinyin (full, with or without spaces and tones, or initials) over the prepared table, then
 * close spelling over the pages' own Latin words. Each candidate term is searched exactly, so a
 * listed page always contains the term it names, and lands on it marked. Never mixed with the
 * exact tier: the panel asks for it only when needsSecondTier() says so. Unit-tested, and golden
 * tests run it over the built table.
 */
import type { SearchDoc } from './docs';
import { closestWord, latinWords } from './edit-distance';
import type { ResultView, SearchOutcome } from './exact-tier';
import { matchPinyin, type PinyinTable } from './pinyin';
import { queryWords, typedWords } from './query';

/**
 * The exact tier's search (exact-tier.ts: searchDocs), handed in rather than imported: the browser
 * loads this tier as its own chunk after the panel, and a static import would move the panel's
 * modules into a chunk shared with it (one more request for every first search).
 */
export type ExactSearch = (
	docs: readonly SearchDoc[],
	query: string,
	part?: string,
) => SearchOutcome;

export interface TierResult extends ResultView {
	match: 'pinyin' | 'fuzzy';
	/** What the reader typed, and the term of the text it was read as ("sjzx" → "数据中心"). */
	typed: string;
	term: string;
}

export interface SecondTier {
	pinyin: TierResult[];
	fuzzy: TierResult[];
	/** The query with its misspelt words corrected, when that finds pages ("Did you mean …"). */
	suggestion: string;
}

const asTier = (views: ResultView[], match: TierResult['match'], typed: string, term: string) =>
	views.map((v): TierResult => ({ ...v, match, typed, term }));

/** The pages' Latin words, counted once per set of pages. */
const vocabularies = new WeakMap<readonly SearchDoc[], Map<string, number>>();
function vocabularyOf(docs: readonly SearchDoc[]): Map<string, number> {
	let words = vocabularies.get(docs);
	if (!words) {
		words = latinWords(docs.map((d) => d.folded.text));
		vocabularies.set(docs, words);
	}
	return words;
}

/**
 * Each word the pages lack replaced by the closest word they have ('' when no word changed): the
 * other words as the reader typed them, a replacement as the pages write it (see spelt).
 */
export function correctQuery(docs: readonly SearchDoc[], query: string): string {
	const vocabulary = vocabularyOf(docs);
	const words = queryWords(query);
	const typed = typedWords(query);
	const corrected = words.map((w) => (vocabulary.has(w) ? w : (closestWord(w, vocabulary) ?? w)));
	if (corrected.every((w, i) => w === words[i])) return '';
	return corrected.map((w, i) => (w === words[i] ? (typed.get(w) ?? w) : spelt(docs, w))).join(' ');
}

/**
 * A folded word of the pages as they write it: as it is where they ever write it in lower case (a
 * common word: embodied), otherwise their most frequent spelling (a name: Stargate, DeepSeek).
 */
function spelt(docs: readonly SearchDoc[], word: string): string {
	const counts = new Map<string, number>();
	const joins = /[\p{Script=Latin}\d'’-]/u;
	for (const { content, folded } of docs) {
		const { text, map } = folded;
		for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
			const end = i + word.length;
			if (joins.test(text[i - 1] ?? '') || joins.test(text[end] ?? '')) continue;
			const written = content.slice(map[i], map[end]);
			counts.set(written, (counts.get(written) ?? 0) + 1);
		}
	}
	if (counts.has(word)) return word;
	return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? word;
}

/**
 * The second tier for a query: the pages containing each term its pinyin names (every term, most
 * frequent first), and the pages its corrected spelling finds.
 */
export function secondTier(
	docs: readonly SearchDoc[],
	table: PinyinTable,
	query: string,
	part: string,
	search: ExactSearch,
): SecondTier {
	const typed = [...typedWords(query).values()].join(' ');
	const pinyin = matchPinyin(table, query).flatMap(({ term }) =>
		asTier(search(docs, term, part).exact, 'pinyin', typed, term),
	);
	const suggestion = correctQuery(docs, query);
	const fuzzy = suggestion
		? asTier(search(docs, suggestion, part).exact, 'fuzzy', typed, suggestion)
		: [];
	return { pinyin, fuzzy, suggestion: fuzzy.length ? suggestion : '' };
}
