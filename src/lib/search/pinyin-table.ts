/**
 * Build-time only (pinyin-pro's dictionary never reaches the browser): the prepared pinyin table
 * of one edition, served as /search/terms.json and /en/search/terms.json and fetched by the second
 * tier only after a Latin query with no exact result.
 *
 * The vocabulary is the edition's own: its trends' keywords and headings (termsOf, the one place
 * where further terms such as a glossary's plug in) and the words of their text (Chinese words
 * from the Intl word segmenter). Each term gets its full pinyin and initials, read in the context
 * of the whole term (pinyin-pro settles polyphonic characters that way: 重要 zhong, 重复 chong).
 */
import { pinyin } from 'pinyin-pro';
import type { GlossaryTerm, Library } from '~/lib/content';
import { pinyinLetters, type PinyinEntry, type PinyinTable } from './pinyin';

/** The text of a trend as its page shows it, MDX markup left out (headings kept as text). */
function trendText(trend: Library['trends'][number]): string {
	const { title, summary, keywords } = trend.data;
	const body = (trend.body ?? '')
		.replace(/^(import|export) .*$/gm, ' ')
		.replace(/\\\{#[^}]*\}/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/[#*_`>|[\]()]/g, ' ');
	return [title, summary, keywords.join(' · '), body].join('\n');
}

/** Headings of a trend's text (## … \{#id}). */
const headingsOf = (body: string): string[] =>
	[...body.matchAll(/^#{2,6} (.*?)\s*\\\{#[a-z0-9-]+\}\s*$/gm)].map((m) => m[1] ?? '');

/**
 * Terms the vocabulary holds whole, besides the words of the text: every keyword and heading of the
 * edition, and every form of each glossary term (its Chinese term and aliases; pinyinTable keeps
 * the forms with Chinese characters that the edition's text uses). Further term lists are added
 * here, and only here.
 */
export const termsOf = (
	lib: Pick<Library, 'trends'>,
	glossary: readonly Pick<GlossaryTerm, 'forms'>[] = [],
): string[] => [
	...lib.trends.flatMap((t) => [...t.data.keywords, ...headingsOf(t.body ?? '')]),
	...glossary.flatMap((g) => g.forms),
];

/** Chinese words of a text (two characters or more: one character fits too many readings). */
function chineseWords(text: string): string[] {
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return [...segmenter.segment(text)]
		.filter((s) => s.isWordLike && /\p{Script=Han}/u.test(s.segment) && [...s.segment].length > 1)
		.map((s) => s.segment);
}

/** A term's pinyin: full (syllables run together) and initials; Latin parts are kept whole in both. */
export function readingOf(term: string): { full: string; initials: string } {
	let full = '';
	let initials = '';
	for (const c of pinyin(term, { type: 'all', toneType: 'none' })) {
		if (c.isZh) {
			full += c.pinyin;
			initials += c.first;
		} else {
			full += c.origin;
			initials += c.origin;
		}
	}
	const letters = (s: string) => pinyinLetters(s.replace(/[^\p{L}\p{N}]/gu, ''));
	return { full: letters(full), initials: letters(initials) };
}

const occurrences = (text: string, term: string): number => text.split(term).length - 1;

/**
 * The table of one edition: every Chinese term of its vocabulary that its text uses, most frequent
 * first (a glossary form the edition never writes would only list nothing).
 */
export function pinyinTable(texts: readonly string[], terms: readonly string[]): PinyinTable {
	const all = texts.join('\n').normalize('NFKC').toLowerCase();
	const vocabulary = new Set(
		[...terms, ...texts.flatMap(chineseWords)]
			.map((t) => t.normalize('NFKC').trim())
			.filter((t) => /\p{Script=Han}/u.test(t)),
	);
	const entries: PinyinEntry[] = [];
	for (const term of vocabulary) {
		const { full, initials } = readingOf(term);
		const count = occurrences(all, term.toLowerCase());
		if (full && count) entries.push([term, full, initials, count]);
	}
	entries.sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : 1));
	return { terms: entries };
}

/** The table of an edition's trends and the glossary, as /search/terms.json serves it. */
export const tableOf = (
	lib: Pick<Library, 'trends'>,
	glossary: readonly Pick<GlossaryTerm, 'forms'>[] = [],
): PinyinTable => pinyinTable(lib.trends.map(trendText), termsOf(lib, glossary));
