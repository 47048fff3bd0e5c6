import { describe, expect, test } from 'vitest';
import { validateTrends, validateTwins, type TrendFacts, type TwinFacts } from '~/lib/validate';
import { twinFacts } from '~/lib/twin-facts';

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

describe('validateTwins', () => {
	const body = [
		'## 一 \\{#one}',
		'文字。<Ref to="report" page={6} />又一句。<Ref page="3" to="s1" />',
		'<Note kind="uncertain" title="标题">存疑。</Note>',
		'<Datum of="capex:total" /> <Figure id="capex" />',
		'## 二 \\{#two}',
	].join('\n');
	const facts = (file: string, text: string): TwinFacts => ({
		file,
		slug: 'x',
		number: 1,
		part: 'a',
		sources: ['report p.6'],
		figures: ['capex'],
		...twinFacts(text),
	});
	const zh = facts('content/trends/x.mdx', body);

	test('reads ids, citations (any attribute order), notes and data from the MDX source', () => {
		expect(zh.headings).toEqual(['one', 'two']);
		expect(zh.refs).toEqual(['report p.6', 's1 p.3']);
		expect(zh.notes).toEqual(['uncertain']);
		expect(zh.data).toEqual(['Datum capex:total', 'Figure capex']);
	});

	test('accepts a twin that differs only in words and in the order of a sentence’s citations', () => {
		const en = body
			.replace(
				'文字。<Ref to="report" page={6} />又一句。<Ref page="3" to="s1" />',
				'Words.<Ref to="s1" page={3} /> More.<Ref to="report" page="6" />',
			)
			.replace('标题', 'Title');
		expect(validateTwins([zh], [facts('content/trends/en/x.mdx', en)])).toEqual([]);
	});

	test('names the English file for a missing twin and for each kind of difference', () => {
		expect(validateTwins([zh], [])).toEqual([
			'content/trends/x.mdx: no English twin (content/trends/en/x.mdx)',
		]);
		const en = body
			.replace('#two', '#deux')
			.replace('s1', 's2')
			.replace('uncertain', 'gap')
			.replace('capex:total', 'capex:sum:2024');
		const errors = validateTwins([zh], [facts('content/trends/en/x.mdx', en)]);
		for (const what of ['heading ids', 'cited sources', 'note kinds', 'data']) {
			expect(
				errors.some((e) => e.startsWith('content/trends/en/x.mdx: ' + what)),
				what,
			).toBe(true);
		}
	});
});
