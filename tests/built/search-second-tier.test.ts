/**
 * The second tier over the built site: the real pinyin tables (dist/search/terms.json per edition)
 * and the pages exactly as the browser gets them from Pagefind's fragments. Expected pages come
 * from the built HTML (tests/helpers/golden.ts), and the pinyin of each term from pinyin-pro
 * directly, never from the table under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import { searchDocs } from '~/lib/search/exact-tier';
import { fold } from '~/lib/search/query';
import { needsSecondTier } from '~/lib/search/tier-gate';
import type { PinyinTable } from '~/lib/search/pinyin';
import { secondTier } from '~/lib/search/second-tier';
import { builtDocs, builtGlossary } from '../helpers/built-search';
import { DIST } from '../helpers/dist';
import { ABSENT, containing, indexedPages, textTerms, type IndexedPage } from '../helpers/golden';

const path = (url: string) => url.replace(/[?#].*$/, '');

const EDITIONS = [
	{ name: 'Chinese', lang: 'zh-CN', en: false, table: 'search/terms.json' },
	{ name: 'English', lang: 'en', en: true, table: 'en/search/terms.json' },
] as const;

/** The queries a reader might type for a term: full pinyin with spaces, with tones, run together, initials. */
function pinyinQueries(term: string): string[] {
	const opts = { type: 'array', nonZh: 'consecutive' } as const;
	const plain = pinyin(term, { ...opts, toneType: 'none' }).filter((s) => /\p{L}/u.test(s));
	const tones = pinyin(term, { ...opts, toneType: 'symbol' }).filter((s) => /\p{L}/u.test(s));
	const first = pinyin(term, { ...opts, toneType: 'none', pattern: 'first' }).filter((s) =>
		/\p{L}/u.test(s),
	);
	return [plain.join(' '), tones.join(' '), plain.join(''), first.join('')];
}

describe.each(EDITIONS)('the second tier, $name edition', ({ lang, en, table: file }) => {
	const pages: IndexedPage[] = indexedPages(undefined, '/', lang);
	const docs = builtDocs(en);
	const table = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as PinyinTable;
	const keywords = [...new Set(pages.flatMap((p) => p.keywords))];
	const chinese = keywords.filter((k) => /\p{Script=Han}/u.test(k));

	test('reads the same pages the golden tests read', () => {
		expect(docs).toHaveLength(10);
		expect(docs.map((d) => d.url).sort()).toEqual(pages.map((p) => p.url).sort());
		expect(chinese.length).toBeGreaterThan(en ? 40 : 60);
	});

	test('every Chinese keyword: its full pinyin (spaces, tones, run together) and initials list the pages that contain it, in the pinyin tier', () => {
		const wrong: string[] = [];
		let tiered = 0;
		let exact = 0;
		for (const term of chinese)
			for (const q of pinyinQueries(term)) {
				const outcome = searchDocs(docs, q);
				if (!needsSecondTier(outcome, q)) {
					// The exact tier has results for these letters: it alone answers.
					expect(outcome.exact.length, q).toBeGreaterThan(0);
					exact++;
					continue;
				}
				tiered++;
				const tier = secondTier(docs, table, q, '', searchDocs);
				const got = tier.pinyin.filter((r) => r.term === term);
				expect(got.every((r) => r.match === 'pinyin')).toBe(true);
				const want = containing(pages, term);
				if (JSON.stringify(got.map((r) => path(r.url)).sort()) !== JSON.stringify(want))
					wrong.push(`${q} → ${term}: ${got.map((r) => r.url).join(' ')} | ${want.join(' ')}`);
			}
		expect(wrong).toEqual([]);
		// Nearly every query reaches the tier; the few that do not are letters the text has.
		expect(tiered).toBeGreaterThan(chinese.length * 3.5);
		expect(exact).toBeLessThan(chinese.length * 0.5);
	});

	// Every glossary term's Chinese forms (term and aliases), from the built glossary page.
	const glossary = [
		...new Set(builtGlossary().flatMap((g) => g.zh.filter((f) => /\p{Script=Han}/u.test(f)))),
	];

	test('every glossary term and alias in Chinese: its full pinyin (spaces, tones, run together) and initials list the pages that contain it, in the pinyin tier', () => {
		const wrong: string[] = [];
		let found = 0;
		for (const term of glossary)
			for (const q of pinyinQueries(term)) {
				const outcome = searchDocs(docs, q);
				if (!needsSecondTier(outcome, q)) {
					expect(outcome.exact.length, q).toBeGreaterThan(0);
					continue;
				}
				const got = secondTier(docs, table, q, '', searchDocs).pinyin.filter(
					(r) => r.term === term,
				);
				expect(got.every((r) => r.match === 'pinyin')).toBe(true);
				const want = containing(pages, term);
				if (want.length) found++;
				if (JSON.stringify(got.map((r) => path(r.url)).sort()) !== JSON.stringify(want))
					wrong.push(`${q} → ${term}: ${got.map((r) => r.url).join(' ')} | ${want.join(' ')}`);
			}
		expect(wrong).toEqual([]);
		expect(glossary.length).toBeGreaterThan(20);
		// The Chinese edition uses every Chinese form; the English one those its keyword line pairs.
		expect(found).toBeGreaterThan(en ? 8 : glossary.length * 3.5);
	});

	test('a query with exact results never asks the second tier: every keyword, text term and glossary form the text uses', () => {
		const forms = glossary.filter((f) => containing(pages, f).length);
		for (const q of [...keywords, ...textTerms(pages), ...forms]) {
			const outcome = searchDocs(docs, q);
			expect(outcome.exact.length, q).toBeGreaterThan(0);
			expect(needsSecondTier(outcome, q), q).toBe(false);
		}
	});

	test('terms the report does not use: neither tier lists anything (the honest empty state)', () => {
		for (const q of ABSENT) {
			const outcome = searchDocs(docs, q);
			expect(outcome.exact, q).toEqual([]);
			if (!needsSecondTier(outcome, q)) continue;
			const tier = secondTier(docs, table, q, '', searchDocs);
			expect([tier.pinyin, tier.fuzzy, tier.suggestion], q).toEqual([[], [], '']);
		}
	});

	test('a tier says back the query as the reader typed it ("SJZX → 数据中心"), read folded', () => {
		const [first] = secondTier(docs, table, 'SJZX', '', searchDocs).pinyin;
		expect([first?.typed, first?.term]).toEqual(['SJZX', '数据中心']);
	});
});

/**
 * One edit of a word, of four kinds in turn (neighbours swapped, a letter dropped, a letter
 * doubled, a vowel changed), placed in the middle of the word.
 */
function misspell(word: string, kind: number): string {
	const i = Math.floor(word.length / 2);
	const vowels = 'aeiou';
	switch (kind % 4) {
		case 0:
			return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
		case 1:
			return word.slice(0, i) + word.slice(i + 1);
		case 2:
			return word.slice(0, i) + word[i] + word.slice(i);
		default: {
			const at = [...word].findIndex((c, j) => j >= i - 1 && vowels.includes(c));
			const v = word[at] ?? 'a';
			return at < 0
				? word
				: word.slice(0, at) + vowels[(vowels.indexOf(v) + 1) % 5] + word.slice(at + 1);
		}
	}
}

describe('close spelling: 20 single-edit misspellings of English keywords', () => {
	const pages = indexedPages(undefined, '/', 'en');
	const docs = builtDocs(true);
	const table = JSON.parse(readFileSync(join(DIST, 'en/search/terms.json'), 'utf8')) as PinyinTable;
	// English keywords (one word or several), each with its longest word misspelt.
	const keywords = [...new Set(pages.flatMap((p) => p.keywords))]
		.filter((k) => /^[A-Za-z -]+$/.test(k) && /[A-Za-z]{5,}/.test(k))
		.map((k) => k.toLowerCase());
	const cases = keywords
		.map((k, i) => {
			const longest = k.split(/[ -]/).reduce((a, b) => (b.length > a.length ? b : a));
			return [k, k.replace(longest, misspell(longest, i))] as const;
		})
		.filter(([k, typo]) => typo !== k && containing(pages, typo).length === 0)
		.slice(0, 20);

	test('find the pages of the keyword in the fuzzy tier, with "Did you mean" the keyword', () => {
		expect(cases).toHaveLength(20);
		const wrong: string[] = [];
		// "Did you mean" keeps the words typed right as typed, and writes a corrected word as the
		// pages do: as it is where they ever write it in lower case (embodied), otherwise in their
		// own spelling (Stargate).
		const writtenAs = (w: string) =>
			new Set(
				docs.flatMap(
					(d) => d.content.match(new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'giu')) ?? [],
				),
			);
		for (const [word, typo] of cases) {
			const outcome = searchDocs(docs, typo);
			expect(needsSecondTier(outcome, typo), typo).toBe(true);
			const tier = secondTier(docs, table, typo, '', searchDocs);
			const got = tier.fuzzy.map((r) => path(r.url)).sort();
			const typed = typo.split(' ');
			const spelling = tier.suggestion.split(' ').every((w, i) => {
				const meant = word.split(' ')[i] ?? '';
				if (meant === typed[i]) return w === meant;
				const forms = writtenAs(meant);
				return forms.has(meant) ? w === meant : forms.has(w);
			});
			if (
				fold(tier.suggestion).text !== word ||
				!spelling ||
				!tier.fuzzy.every((r) => r.match === 'fuzzy') ||
				JSON.stringify(got) !== JSON.stringify(containing(pages, word))
			)
				wrong.push(
					`${typo}: meant ${tier.suggestion || '—'} listing ${got.join(' ')}, not ${word}`,
				);
		}
		expect(wrong).toEqual([]);
	});
});
