import { describe, expect, test } from 'vitest';
import { validateTrends, type TrendFacts } from '~/lib/validate';

const parts = new Set(['a', 'b']);
const sources = new Set(['report']);
const trend = (n: number, over: Partial<TrendFacts> = {}): TrendFacts => ({
	id: `t${n}`,
	file: `content/trends/t${n}.mdx`,
	number: n,
	slug: `t${n}`,
	part: 'a',
	sources: ['report'],
	...over,
});
const ten = () => Array.from({ length: 10 }, (_, i) => trend(i + 1));

describe('validateTrends', () => {
	test('accepts ten well-formed trends', () => {
		expect(validateTrends(ten(), parts, sources)).toEqual([]);
	});

	test('names the file for a duplicate number, an unknown part and an unknown source', () => {
		const list = ten();
		list[1] = trend(2, { number: 1, part: 'zzz', sources: ['nope'] });
		const errors = validateTrends(list, parts, sources);
		expect(errors).toContain(
			'content/trends/t2.mdx: number 1 is already used by content/trends/t1.mdx',
		);
		expect(errors).toContain('content/trends/t2.mdx: part "zzz" is not in content/parts.yaml');
		expect(errors).toContain('content/trends/t2.mdx: source "nope" is not in content/sources.yaml');
		expect(errors).toContain('content/trends: no trend has number 2');
	});

	test('rejects a slug that differs from the file name or repeats', () => {
		const list = ten();
		list[2] = trend(3, { slug: 't1' });
		const errors = validateTrends(list, parts, sources);
		expect(errors).toContain(
			'content/trends/t3.mdx: slug "t1" is already used by content/trends/t1.mdx',
		);
		expect(errors).toContain('content/trends/t3.mdx: slug "t1" must match the file name "t3"');
	});

	test('reports a missing trend', () => {
		expect(validateTrends(ten().slice(0, 9), parts, sources)).toEqual([
			'content/trends: expected 10 trends, found 9',
		]);
	});
});
