import { describe, expect, test } from 'vitest';
import en from '~/i18n/en';
import enHits from '~/i18n/en/hits';
import enTier from '~/i18n/en/second-tier';
import enSearch from '~/i18n/en/search';
import enTable from '~/i18n/en/table';
import zh from '~/i18n/zh';
import zhHits from '~/i18n/zh/hits';
import zhTier from '~/i18n/zh/second-tier';
import zhSearch from '~/i18n/zh/search';
import zhTable from '~/i18n/zh/table';

/** Placeholder names of a string, the same pattern translate.ts fills. */
const placeholders = (s: string): string[] =>
	[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** Han characters and CJK/full-width punctuation (《》、，：（）…), never right in English UI text. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

const pairs = [
	{ name: 'UI dictionary (src/i18n/en/index.ts)', en, zh },
	{ name: 'search dictionary (src/i18n/en/search.ts)', en: enSearch, zh: zhSearch },
	{ name: 'second-tier dictionary (src/i18n/en/second-tier.ts)', en: enTier, zh: zhTier },
	{ name: 'hit bar dictionary (src/i18n/en/hits.ts)', en: enHits, zh: zhHits },
	{ name: 'table dictionary (src/i18n/en/table.ts)', en: enTable, zh: zhTable },
] as const;

describe.each(pairs)('English $name', ({ en, zh }) => {
	const entries = Object.entries(en) as [string, string][];

	test('has exactly the keys of the Chinese dictionary', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
	});

	test('has the same placeholders as the Chinese string, key by key', () => {
		const zhDict: Record<string, string> = zh;
		for (const [key, value] of entries)
			expect(placeholders(value), key).toEqual(placeholders(zhDict[key] ?? ''));
	});

	// Prose that quotes Chinese (the about page's OCR corrections) is content, in content/pages/en/.
	test('has no Chinese characters or punctuation', () => {
		for (const [key, value] of entries) expect(CJK.test(value), key).toBe(false);
	});

	test('has no empty value', () => {
		// Separators may be a bare space (English joins sentences with one; Chinese with none).
		for (const [key, value] of entries)
			expect(key.startsWith('list.') ? value : value.trim(), key).not.toBe('');
	});
});

test('the placeholder pattern sees every placeholder (the test can fail)', () => {
	expect(placeholders('{a} and {b}, again {a}')).toEqual(['a', 'b']);
});
