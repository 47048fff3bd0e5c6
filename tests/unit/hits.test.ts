// Hit-by-hit landing (src/lib/search/hits.ts): where a landing starts, how next and previous step,
// and the URL the bar leaves behind.
import { describe, expect, test } from 'vitest';
import { fold, queryWords, wordSpans } from '~/lib/search/query';
import { startHit, stepHit, withoutHighlight } from '~/lib/search/hits';

describe('startHit', () => {
	test('starts from the first hit at or below the landing line', () => {
		expect(startHit([10, 200, 400, 900], 72)).toBe(1);
		expect(startHit([10, 200, 400, 900], 200)).toBe(1);
		expect(startHit([10, 200, 400, 900], 201)).toBe(2);
	});
	test('a landing at the page’s top starts from hit 1', () => {
		expect(startHit([-300, 120], -Infinity)).toBe(0);
	});
	test('past every hit, the last one; no hits, none', () => {
		expect(startHit([-900, -400], 72)).toBe(1);
		expect(startHit([], 72)).toBe(-1);
	});
});

describe('stepHit', () => {
	test('next and previous move by one', () => {
		expect(stepHit(0, 5, 1)).toBe(1);
		expect(stepHit(3, 5, -1)).toBe(2);
	});
	test('they wrap around at either end', () => {
		expect(stepHit(4, 5, 1)).toBe(0);
		expect(stepHit(0, 5, -1)).toBe(4);
		expect(stepHit(0, 1, 1)).toBe(0);
	});
	test('the first step from no current hit goes to hit 1 (or the last, backwards)', () => {
		expect(stepHit(-1, 3, 1)).toBe(0);
		expect(stepHit(-1, 3, -1)).toBe(1);
	});
	test('no hits: nowhere to go', () => {
		expect(stepHit(0, 0, 1)).toBe(-1);
	});
});

describe('counting hits (what the page marks: query.ts wordSpans over folded text)', () => {
	const count = (text: string, q: string) => wordSpans(fold(text).text, queryWords(q)).length;
	test('every occurrence of every word counts once', () => {
		expect(count('数据中心和超大规模数据中心，数据中心', '数据中心')).toBe(3);
		expect(count('Data centers: a data center', 'data center')).toBe(4);
	});
	test('overlapping words make one hit, and full-width text folds', () => {
		expect(count('算力工厂', '算力 算力工厂')).toBe(1);
		expect(count('ＭｏＥ and MoE', 'moe')).toBe(2);
	});
});

describe('withoutHighlight', () => {
	test('drops ?hl= and keeps the other parameters', () => {
		expect(withoutHighlight('?hl=%E6%95%B0')).toBe('');
		expect(withoutHighlight('?a=1&hl=x&b=2')).toBe('?a=1&b=2');
		expect(withoutHighlight('')).toBe('');
	});
});
