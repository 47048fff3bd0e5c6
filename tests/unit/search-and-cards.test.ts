import { describe, expect, test } from 'vitest';
import { titleSize } from '~/lib/images/og';
import { toSearchDoc } from '~/lib/search/docs';
import { searchDocs } from '~/lib/search/exact-tier';
import { buildExcerpt } from '~/lib/search/excerpt';
import {
	cleanQuery,
	fold,
	isSearchable,
	queryWords,
	typedWords,
	wordSpans,
} from '~/lib/search/query';
import { hanCharacters, mixConversion, needsConversion } from '~/lib/search/traditional';
import { readState, stateToSearch, withHighlight } from '~/lib/search/url';
import type { PagefindResultData } from '~/types/pagefind';

describe('search helpers', () => {
	test('cleanQuery folds whitespace, drops control characters and caps the length', () => {
		expect(cleanQuery('  数据\u0000中心 \n\t Stargate ')).toBe('数据 中心 Stargate');
		expect(cleanQuery('a'.repeat(5000))).toHaveLength(100);
	});

	test('isSearchable needs a letter or digit in any script', () => {
		expect(isSearchable('，。！？')).toBe(false);
		expect(isSearchable('🤖')).toBe(false);
		expect(isSearchable('مرحبا')).toBe(true);
		expect(isSearchable('3D')).toBe(true);
	});

	test('query and filter round-trip through the URL', () => {
		const state = { q: '具身 智能', part: '模型进化' };
		expect(readState(stateToSearch(state))).toEqual(state);
		expect(stateToSearch({ q: '', part: '' })).toBe('');
	});

	test('result links carry the terms before the hash', () => {
		expect(withHighlight('/trends/x/#moe', 'MoE 架构')).toBe(
			'/trends/x/?hl=MoE%20%E6%9E%B6%E6%9E%84#moe',
		);
		expect(withHighlight('/trends/x/', 'a')).toBe('/trends/x/?hl=a');
	});

	test('fold: NFKC, lower case, one space; the map points back into the source', () => {
		const source = 'ＭｏＥ　架构\n\n  Ａ１，';
		const { text, map } = fold(source);
		expect(text).toBe('moe 架构 a1,');
		expect(map).toHaveLength(text.length + 1);
		const i = text.indexOf('架构');
		expect(source.slice(map[i], map[i + 2])).toBe('架构');
		expect(map.at(-1)).toBe(source.length);
	});

	test('queryWords: folded words without surrounding punctuation, once each', () => {
		expect(queryWords('  MoE 混合专家 MoE !! ')).toEqual(['moe', '混合专家']);
		expect(queryWords('“算力工厂”，')).toEqual(['算力工厂']);
		expect(queryWords('ＡＩ４Ｓ？ C++')).toEqual(['ai4s', 'c++']);
		expect(queryWords('，。！')).toEqual([]);
	});

	test('typedWords: each query word as typed, by the folded word the search matched', () => {
		const typed = typedWords('  MoE 混合专家 moe “ＡＩ４Ｓ”？ DeepSeek-R1 !! ');
		expect([...typed]).toEqual([
			['moe', 'MoE'],
			['混合专家', '混合专家'],
			['ai4s', 'ＡＩ４Ｓ'],
			['deepseek-r1', 'DeepSeek-R1'],
		]);
		expect([...typed.keys()]).toEqual(
			queryWords('  MoE 混合专家 moe “ＡＩ４Ｓ”？ DeepSeek-R1 !! '),
		);
	});

	test('wordSpans marks whole words and merges overlapping ones', () => {
		expect(wordSpans('数据中心和数据', ['数据中心', '数据'])).toEqual([
			{ start: 0, end: 4 },
			{ start: 5, end: 7 },
		]);
		expect(wordSpans('具体与本身', ['具身'])).toEqual([]);
	});
});

/** A page as Pagefind returns it: header, keyword line, then two sections. */
const page = (over: Partial<PagefindResultData> & { content: string }): PagefindResultData => ({
	url: '/trends/x/',
	meta: { title: '标题', number: '3', keywords: '具身智能 · embodied AI' },
	filters: { part: ['模型进化'] },
	anchors: [],
	...over,
});
const docs = [
	toSearchDoc(
		page({
			content:
				'趋势 3： 标题 关键词 具身智能 · embodied AI 研发焦点. 具身智能正处在研发热潮之中。 案例. 机器人也在具身智能里。',
			anchors: [
				{ element: 'h2', id: 'focus', text: '研发焦点', location: 9 },
				{ element: 'h2', id: 'cases', text: '案例', location: 15 },
			],
		}),
	),
	toSearchDoc(
		page({
			url: '/trends/y/',
			meta: { title: '开源', number: '10', keywords: '开源 · open source' },
			filters: { part: ['中国时间'] },
			content: '趋势 10： 开源 这一页更具体，操作系统本身也在变，芯片也在变。',
		}),
	),
];

describe('search over pages', () => {
	test('a page matches only when it contains the query; one shared character is not a match', () => {
		expect(searchDocs(docs, '具身').exact.map((v) => v.number)).toEqual([3]);
		expect(searchDocs(docs, '具身').partial).toEqual([]);
		expect(searchDocs(docs, 'Embodied ai').exact.map((v) => v.number)).toEqual([3]);
		// Matched folded; the landing's ?hl= keeps the reader's spelling for its bar to show.
		expect(searchDocs(docs, 'Embodied ai').exact[0]?.url).toBe('/trends/x/?hl=Embodied%20ai');
		const none = searchDocs(docs, '区块链');
		expect([none.exact, none.partial, none.absent]).toEqual([[], [], ['区块链']]);
	});

	test('several words: every word for a match; some of them is a partial match, listed apart', () => {
		const o = searchDocs(docs, '芯片 开源');
		expect(o.exact.map((v) => v.number)).toEqual([10]);
		expect(searchDocs(docs, '芯片 具身').exact).toEqual([]);
		const p = searchDocs(docs, '芯片 具身').partial;
		expect(p.map((v) => [v.number, v.match, v.found])).toEqual([
			[3, 'partial', ['具身']],
			[10, 'partial', ['芯片']],
		]);
	});

	test('the part filter hides matches and says how many it hid', () => {
		const o = searchDocs(docs, '开源', '模型进化');
		expect([o.exact.length, o.elsewhere, o.absent]).toEqual([0, 1, []]);
	});

	test('a result lands in its first matching section, lists the others, and marks whole words', () => {
		const [v] = searchDocs(docs, '具身智能').exact;
		expect(v?.url).toBe('/trends/x/?hl=%E5%85%B7%E8%BA%AB%E6%99%BA%E8%83%BD#focus');
		expect(v?.section).toBe('研发焦点');
		expect(v?.excerpt).toEqual([
			{ text: '具身智能', mark: true },
			{ text: '正处在研发热潮之中。', mark: false },
		]);
		expect(v?.more.map((s) => [s.title, s.url.split('#')[1]])).toEqual([['案例', 'cases']]);
		expect(v?.more[0]?.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['具身智能']);
	});

	test('a title match ranks before pages that only mention the word', () => {
		const both = [
			docs[1],
			toSearchDoc(
				page({ url: '/trends/z/', content: '开源 开源 开源 开源', meta: { number: '1' } }),
			),
		].filter((d) => d !== undefined);
		expect(searchDocs(both, '开源').exact.map((v) => v.number)).toEqual([10, 1]);
	});

	test('excerpts are cut from the original text, with ellipses where they are cut', () => {
		const d = toSearchDoc(page({ content: `${'甲'.repeat(50)}ＭｏＥ架构${'乙'.repeat(50)}` }));
		const pieces = buildExcerpt(d, ['moe'], 0, d.folded.text.length, 20);
		expect(pieces[0]).toEqual({ text: '…', mark: false });
		expect(pieces.find((p) => p.mark)?.text).toBe('ＭｏＥ');
		expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
	});

	test('traditional characters are converted only where the pages never use them', () => {
		const chars = hanCharacters(docs);
		expect(needsConversion('具身智能', chars)).toBe(false);
		expect(needsConversion('具身智慧', chars)).toBe(true);
		expect(needsConversion('MoE', chars)).toBe(false);
		// 开 is on the pages; 開 is not. A converter that would also change 开 is overruled there.
		expect(mixConversion('開源', '开源', chars)).toBe('开源');
		expect(mixConversion('开源', 'X源', chars)).toBe('开源');
		expect(mixConversion('長字', '长', chars)).toBe('长');
	});
});

describe('social card title size', () => {
	test('short titles are large; long ones shrink to fit one line, not below 48 px', () => {
		expect(titleSize('应用版图')).toBe(76);
		expect(titleSize('芯片AI化：AI原生需求重塑芯片创新')).toBeLessThan(76);
		expect(titleSize('字'.repeat(40))).toBe(48);
	});
});
