/**
 * Glossary aliases in search, over the built site: the real alias tables (dist/search/aliases.json
 * per edition), the pages as the browser gets them from Pagefind's fragments, and the glossary as
 * its built pages show it. Expected pages come from the built HTML (tests/helpers/golden.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { aliasResults, type AliasTable } from '~/lib/search/aliases';
import { searchDocs } from '~/lib/search/exact-tier';
import { builtDocs, builtGlossary } from '../helpers/built-search';
import { DIST } from '../helpers/dist';
import { queryWords } from '~/lib/search/query';
import { containing, indexedPages } from '../helpers/golden';

const path = (url: string) => url.replace(/[?#].*$/, '');

const EDITIONS = [
	{ name: 'Chinese', lang: 'zh-CN', key: 'zh', en: false, table: 'search/aliases.json' },
	{ name: 'English', lang: 'en', key: 'en', en: true, table: 'en/search/aliases.json' },
] as const;

describe.each(EDITIONS)('glossary aliases, $name edition', ({ lang, key, en, table: file }) => {
	const pages = indexedPages(undefined, '/', lang);
	const docs = builtDocs(en);
	const table = JSON.parse(readFileSync(join(DIST, file), 'utf8')) as AliasTable;
	const glossary = builtGlossary();

	test('every form of every term, in either language: the pages that use the term are listed, exactly or as an alias', () => {
		const wrong: string[] = [];
		let listed = 0;
		for (const term of glossary) {
			const own = term[key];
			// The pages that use the term: by the glossary's own account, or by containing one of the
			// forms this edition writes.
			const uses = new Set([...term.uses[key], ...own.flatMap((f) => containing(pages, f))]);
			for (const q of new Set([...term.zh, ...term.en])) {
				const outcome = searchDocs(docs, q);
				const alias = aliasResults(docs, table, q, '', outcome.exact, searchDocs);
				listed += alias.length;
				const exact = outcome.exact.map((v) => path(v.url));
				const got = new Set([...exact, ...alias.map((v) => path(v.url))]);
				const missing = [...uses].filter((u) => !got.has(u));
				if (missing.length) wrong.push(`${q} (${term.id}): missing ${missing.join(' ')}`);
				for (const v of alias) {
					// Labelled, never a page the exact tier lists, and the page contains the form it names.
					if (v.match !== 'alias' || exact.includes(path(v.url)))
						wrong.push(`${q}: ${v.url} listed twice or unlabelled`);
					if (!own.includes(v.term) || !containing(pages, v.term).includes(path(v.url)))
						wrong.push(`${q}: ${v.url} does not contain ${v.term}`);
				}
			}
		}
		expect(wrong).toEqual([]);
		expect(listed).toBeGreaterThan(30);
	});

	test('the exact tier is unchanged: an alias query lists, counted, only the pages containing its words', () => {
		for (const term of glossary)
			for (const q of new Set([...term.zh, ...term.en]))
				expect(
					searchDocs(docs, q)
						.exact.map((v) => path(v.url))
						.sort(),
					q,
				).toEqual(containing(pages, queryWords(q).join(' ')));
	});

	test('a query that is no glossary form lists no alias', () => {
		for (const q of ['数据', 'chips', '算力工', 'hyperscale data', '区块链'])
			expect(aliasResults(docs, table, q, '', [], searchDocs), q).toEqual([]);
	});
});
