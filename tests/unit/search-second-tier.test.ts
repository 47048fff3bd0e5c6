/** The second tier's pure parts: edit distance, close spelling, pinyin letters and matching. */
import { describe, expect, test } from 'vitest';
import { allowedEdits, closestWord, editDistance, latinWords } from '~/lib/search/edit-distance';
import type { SearchOutcome } from '~/lib/search/exact-tier';
import { needsSecondTier } from '~/lib/search/tier-gate';
import { matchPinyin, pinyinLetters, type PinyinTable } from '~/lib/search/pinyin';
import { pinyinTable, readingOf } from '~/lib/search/pinyin-table';

describe('edit distance (optimal string alignment)', () => {
	test.each([
		['', '', 0],
		['abc', '', 3],
		['', 'abc', 3],
		['kitten', 'sitting', 3],
		['hyperscalar', 'hyperscaler', 1],
		['embodyed', 'embodied', 1],
		['agnet', 'agent', 1], // two neighbours swapped: one edit
		['stargte', 'stargate', 1],
		['stargatee', 'stargate', 1],
		['ca', 'abc', 3], // OSA, not full Damerau: a swapped pair is not edited again
		['inference', 'inference', 0],
	])('%s → %s: %i', (a, b, d) => {
		expect(editDistance(a, b)).toBe(d);
		expect(editDistance(b, a)).toBe(d);
	});

	test('stops at the bound: more than `max` edits is max + 1', () => {
		expect(editDistance('blockchain', 'benchmark', 2)).toBe(3);
		expect(editDistance('a', 'abcdef', 1)).toBe(2);
		expect(editDistance('moe', 'moe', 0)).toBe(0);
	});

	test('edits allowed grow with the word: none under 4 letters, 1 up to 7, then 2', () => {
		expect(['moe', 'capx', 'agentic', 'hyperscalar'].map(allowedEdits)).toEqual([0, 1, 1, 2]);
	});
});

describe('close spelling', () => {
	const vocabulary = latinWords([
		'the hyperscaler and hyperscalers build data centers',
		'agent agents agentic',
	]);

	test('latinWords counts each Latin word of folded text, hyphenated words whole', () => {
		expect(latinWords(['pre-training and pre-training, MoE 数据 moe'])).toEqual(
			new Map([
				['pre-training', 2],
				['and', 1],
				['MoE', 1],
				['moe', 1],
			]),
		);
	});

	test('the closest word within the allowed edits; fewest edits, then most frequent', () => {
		expect(closestWord('hyperscalar', vocabulary)).toBe('hyperscaler');
		expect(closestWord('agnet', vocabulary)).toBe('agent');
		// One edit from agent, agents and agentic, each used once: ties go a–z.
		expect(closestWord('agentc', vocabulary)).toBe('agent');
		expect(closestWord('hyperscalerz', vocabulary)).toBe('hyperscaler');
		expect(closestWord('centres', vocabulary)).toBe('centers');
	});

	test('nothing for short words, far words, or words the text has', () => {
		expect(closestWord('aget', new Map([['agent', 1]]))).toBe('agent');
		expect(closestWord('agt', vocabulary)).toBeUndefined();
		expect(closestWord('blockchain', vocabulary)).toBeUndefined();
		expect(closestWord('agent', vocabulary)).toBeUndefined();
	});
});

describe('pinyin', () => {
	test('letters: tone marks, tone numbers, spaces, apostrophes and case go; ü, v and u are one', () => {
		expect(pinyinLetters('shù jù zhōng xīn')).toBe('shujuzhongxin');
		expect(pinyinLetters('Shu4Ju4 zhong1xin1')).toBe('shujuzhongxin');
		expect(pinyinLetters("xi'an")).toBe('xian');
		expect(pinyinLetters('lǜsè')).toBe(pinyinLetters('lvse'));
		expect(pinyinLetters('lüse')).toBe('luse');
		expect(pinyinLetters('数据')).toBe('');
		expect(pinyinLetters('a+b')).toBe('');
	});

	test('readings in the context of the term: polyphonic characters settled by pinyin-pro', () => {
		expect(readingOf('数据中心')).toEqual({ full: 'shujuzhongxin', initials: 'sjzx' });
		expect(readingOf('重要').full).toBe('zhongyao');
		expect(readingOf('重复').full).toBe('chongfu');
		expect(readingOf('银行').full).toBe('yinhang');
		expect(readingOf('算力工厂').full).toBe('suanligongchang');
		// Latin parts stay whole, in the full reading and in the initials.
		expect(readingOf('AI硬件')).toEqual({ full: 'aiyingjian', initials: 'aiyj' });
		expect(readingOf('“算力工厂”').initials).toBe('slgc');
	});

	test('the table: Chinese words of the text and the given terms, counted, most frequent first', () => {
		const table = pinyinTable(['数据中心的数据，算力。数据中心扩建。'], ['数据中心', 'MoE']);
		const terms = table.terms.map(([term]) => term);
		expect(terms).toContain('数据中心');
		expect(terms).toContain('数据');
		expect(terms).not.toContain('MoE');
		expect(table.terms.find(([t]) => t === '数据')?.[3]).toBe(3);
		const counts = table.terms.map(([, , , n]) => n);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	const table: PinyinTable = {
		terms: [
			['智能', 'zhineng', 'zn', 14],
			['只能', 'zhineng', 'zn', 1],
			['之内', 'zhinei', 'zn', 1],
			['数据中心', 'shujuzhongxin', 'sjzx', 14],
			['数据', 'shuju', 'sj', 30],
		],
	};

	test('full pinyin (spaces, tones) and initials; every fitting term, most frequent first', () => {
		expect(matchPinyin(table, 'shu ju zhong xin').map((m) => m.term)).toEqual(['数据中心']);
		expect(matchPinyin(table, 'shùjùzhōngxīn').map((m) => m.term)).toEqual(['数据中心']);
		expect(matchPinyin(table, 'sjzx')).toEqual([{ term: '数据中心', by: 'initials', count: 14 }]);
		expect(matchPinyin(table, 'zhineng').map((m) => m.term)).toEqual(['智能', '只能']);
		expect(matchPinyin(table, 'zn').map((m) => m.term)).toEqual(['智能', '之内', '只能']);
		// Full readings before initials.
		expect(matchPinyin(table, 'sj').map((m) => m.by)).toEqual(['initials']);
		expect(matchPinyin(table, 'shuju').map((m) => m.by)).toEqual(['full']);
	});

	test('no match: one letter, other scripts, letters no term reads as', () => {
		expect(matchPinyin(table, 's')).toEqual([]);
		expect(matchPinyin(table, '数据')).toEqual([]);
		expect(matchPinyin(table, 'blockchain')).toEqual([]);
	});
});

describe('when the second tier is asked', () => {
	const outcome = (exact: number, elsewhere = 0) =>
		({
			words: [],
			typed: new Map(),
			exact: Array(exact).fill({}),
			partial: [],
			absent: [],
			elsewhere,
		}) as SearchOutcome;

	test('only for a Latin query the exact tier found nothing for, not even in another part', () => {
		expect(needsSecondTier(outcome(0), 'sjzx')).toBe(true);
		expect(needsSecondTier(outcome(0), 'shù jù')).toBe(true);
		expect(needsSecondTier(outcome(0), "xi'an 2")).toBe(true);
		expect(needsSecondTier(outcome(1), 'sjzx')).toBe(false);
		expect(needsSecondTier(outcome(0, 2), 'sjzx')).toBe(false);
		expect(needsSecondTier(outcome(0), '元宇宙')).toBe(false);
		expect(needsSecondTier(outcome(0), 'sjzx 数据')).toBe(false);
		expect(needsSecondTier(outcome(0), '2025')).toBe(false);
	});
});
