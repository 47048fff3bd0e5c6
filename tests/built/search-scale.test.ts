/**
 * The design past SCALE pages, over this site's own golden queries: the character-pair index
 * (lib/search/grams.ts, as src/integrations/pagefind.mjs builds it from Pagefind's fragments)
 * names the candidates, and the exact tier over the candidates alone gives exactly what it gives
 * over every page: the same exact and partial pages, the same absent words. This site (ten pages
 * an edition) loads every page instead; this is how it would search if it had more.
 */
import { describe, expect, test } from 'vitest';
import { toSearchDoc } from '~/lib/search/docs';
import { searchDocs, type SearchOutcome } from '~/lib/search/exact-tier';
import { candidates, gramIndex, SCALE, shardOf } from '~/lib/search/grams';
import { queryWords } from '~/lib/search/query';
import { builtGlossary, builtPages } from '../helpers/built-search';
import { ABSENT, indexedPages, textTerms } from '../helpers/golden';

const EDITIONS = [
	{ name: 'Chinese', lang: 'zh-CN', en: false },
	{ name: 'English', lang: 'en', en: true },
] as const;

const summary = (o: SearchOutcome) => ({
	exact: o.exact.map((v) => v.url),
	partial: o.partial.map((v) => v.url),
	absent: o.absent,
	elsewhere: o.elsewhere,
});

describe.each(EDITIONS)('candidates from the pair index, $name edition', ({ lang, en }) => {
	const built = builtPages(en);
	const docs = built.map(({ data }) => toSearchDoc(data));
	const { meta, shards } = gramIndex(built.map(({ id, data }) => ({ id, content: data.content })));
	const posting = async (gram: string) => shards[shardOf(gram, meta.shards)]?.[gram] ?? '';
	const pages = indexedPages(undefined, '/', lang);
	const keywords = [...new Set(pages.flatMap((p) => p.keywords))];
	const several = keywords
		.slice(0, 20)
		.map((k, i) => `${k} ${keywords[(i * 3 + 4) % keywords.length]}`)
		.concat(['芯片 开源', 'MoE 推理', '数据中心 Stargate', '区块链 芯片']);
	const glossary = builtGlossary().flatMap((g) => [...g.zh, ...g.en]);
	const queries = [
		...new Set([...keywords, ...textTerms(pages), ...several, ...ABSENT, ...glossary]),
	];

	test('this site stays under SCALE pages an edition (its first query loads them all)', () => {
		expect(docs).toHaveLength(10);
		expect(SCALE).toBeGreaterThan(docs.length);
	});

	test('every golden query: the same outcome from the candidates as from every page', async () => {
		const wrong: string[] = [];
		let fewer = 0;
		for (const q of queries) {
			const found = await candidates(queryWords(q), posting);
			const subset = [...found].map((n) => docs[built.findIndex((b) => b.id === meta.pages[n])]);
			if (subset.some((d) => !d)) wrong.push(`${q}: a candidate is no page`);
			if (subset.length < docs.length) fewer++;
			const a = summary(searchDocs(docs, q));
			const b = summary(
				searchDocs(
					subset.filter((d) => d !== undefined),
					q,
				),
			);
			if (JSON.stringify(a) !== JSON.stringify(b)) wrong.push(`${q}: ${JSON.stringify([a, b])}`);
		}
		expect(wrong).toEqual([]);
		expect(queries.length).toBeGreaterThan(200);
		// The index narrows: most queries fetch fewer pages than there are.
		expect(fewer).toBeGreaterThan(queries.length * 0.6);
	});
});
