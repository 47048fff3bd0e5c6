/** The character-pair index (grams.ts) and glossary aliases (aliases.ts, alias-table.ts), no DOM. */
import { describe, expect, test } from 'vitest';
import { aliasForms, aliasKey, aliasResults } from '~/lib/search/aliases';
import { aliasTable } from '~/lib/search/alias-table';
import { toSearchDoc } from '~/lib/search/docs';
import { searchDocs } from '~/lib/search/exact-tier';
import {
	candidates,
	decodePosting,
	encodePosting,
	gramIndex,
	gramsOfWord,
	shardOf,
} from '~/lib/search/grams';

const doc = (n: number, content: string) =>
	toSearchDoc({
		url: `/trends/t${n}/`,
		content,
		meta: { title: `T${n}`, number: String(n), keywords: '' },
		filters: { part: ['p'] },
		anchors: [],
	});

describe('the character-pair index', () => {
	test('a word is looked up by its pairs, or by itself when it is one character', () => {
		expect(gramsOfWord('数据中心')).toEqual(['数据', '据中', '中心']);
		expect(gramsOfWord('芯')).toEqual(['芯']);
		expect(gramsOfWord('aaa')).toEqual(['aa']);
	});

	test('postings: gaps in base 36, or a bitset where most pages hold the gram', () => {
		for (const [pages, total] of [
			[[0, 5, 41], 50],
			[[3], 1000],
			[Array.from({ length: 900 }, (_, i) => i), 1000],
		] as const) {
			const encoded = encodePosting(pages, total);
			expect(decodePosting(encoded)).toEqual(pages);
		}
		expect(encodePosting([0, 5, 41], 50)).toBe('1,5,10');
		expect(
			encodePosting(
				Array.from({ length: 900 }, (_, i) => i),
				1000,
			),
		).toMatch(/^~/);
	});

	test('candidates: every page containing a word, whatever its segmentation; the exact tier verifies them', async () => {
		const pages = [
			{ id: 'zh-cn_a', content: '超大规模数据中心的建设' },
			{ id: 'zh-cn_b', content: '数据 中心 分开写' },
			{ id: 'zh-cn_c', content: '中心数据与Stargate' },
			{ id: 'zh-cn_d', content: '数据中心化' },
		];
		const { meta, shards } = gramIndex(pages);
		expect(meta.pages).toEqual(pages.map((p) => p.id));
		const posting = async (g: string) => shards[shardOf(g, meta.shards)]?.[g] ?? '';
		const ids = async (words: string[]) =>
			[...(await candidates(words, posting))].sort().map((n) => meta.pages[n]);
		expect(await ids(['数据中心'])).toEqual(['zh-cn_a', 'zh-cn_d']);
		expect(await ids(['stargate'])).toEqual(['zh-cn_c']);
		// A pair across a space is not indexed: "数据 中心" holds 数据 and 中心, not 据中.
		expect(await ids(['据中'])).toEqual(['zh-cn_a', 'zh-cn_d']);
		// Several words: the union (partial matches need every page with any of them).
		expect(await ids(['stargate', '建设'])).toEqual(['zh-cn_a', 'zh-cn_c']);
		expect(await ids(['区块链'])).toEqual([]);
		// Candidates are verified: "心数" is in c only, and searching the candidates finds it there.
		const docs = pages.map((p, i) => doc(i + 1, p.content));
		const found = [...(await candidates(['心数'], posting))].map((n) => docs[n]);
		expect(
			searchDocs(
				found.filter((d) => d !== undefined),
				'心数',
			).exact.map((v) => v.number),
		).toEqual([3]);
	});
});

describe('glossary aliases', () => {
	const glossary = [
		{
			term: '资本开支',
			aliases: [],
			forms: ['资本开支', 'capital expenditure', 'capex'],
		},
		{
			term: '多模态',
			aliases: ['跨模态'],
			forms: ['多模态', '跨模态', 'multimodal', 'cross-modal'],
		},
	];
	const table = aliasTable(glossary, 'alias');

	test('each form names the forms this edition writes, itself excepted', () => {
		expect(aliasKey('  Capital   Expenditure ')).toBe('capital expenditure');
		expect(aliasForms(table, 'CAPEX')).toEqual(['资本开支']);
		expect(aliasForms(table, '跨模态')).toEqual(['多模态']);
		expect(aliasForms(table, 'cross-modal')).toEqual(['多模态', '跨模态']);
		expect(aliasForms(table, '资本开支')).toEqual([]);
		expect(aliasForms(table, 'capital')).toEqual([]);
	});

	test('alias results: pages using the term, labelled, never one the exact tier lists', () => {
		const docs = [
			doc(1, '资本开支 增长'),
			doc(2, 'capex 与 资本开支'),
			doc(3, '多模态 模型'),
			doc(4, '跨模态 检索'),
		];
		const ids = (q: string) => {
			const exact = searchDocs(docs, q).exact;
			return {
				exact: exact.map((v) => v.number),
				alias: aliasResults(docs, table, q, '', exact, searchDocs).map((v) => [
					v.number,
					v.match,
					v.term,
					v.typed,
				]),
			};
		};
		expect(ids('capex')).toEqual({ exact: [2], alias: [[1, 'alias', '资本开支', 'capex']] });
		expect(ids('跨模态')).toEqual({ exact: [4], alias: [[3, 'alias', '多模态', '跨模态']] });
		expect(ids('cross-modal')).toEqual({
			exact: [],
			alias: [
				[3, 'alias', '多模态', 'cross-modal'],
				[4, 'alias', '跨模态', 'cross-modal'],
			],
		});
		// The result lands on the form it names, marked.
		const [first] = aliasResults(docs, table, 'capex', '', [], searchDocs);
		expect(first?.url).toContain(`hl=${encodeURIComponent('资本开支')}`);
	});
});
