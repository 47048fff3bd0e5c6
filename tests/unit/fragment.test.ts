/** Text fragments for quote links (src/client/share/fragment.ts): building and reading them. */
import { describe, expect, test } from 'vitest';
import {
	chooseTerms,
	directives,
	encodeTerm,
	parseTextDirective,
	textDirective,
} from '~/client/share/fragment';

/** Word boundaries as Node's ICU gives them for Chinese (the browsers' own segmenter). */
const words = (text: string): number[] => [
	...[...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].map((s) => s.index),
	text.length,
];
const everyChar = (text: string): number[] => Array.from({ length: text.length + 1 }, (_, i) => i);

describe('building a text directive', () => {
	test("'-', ',' and '&' are percent-encoded; so is every non-ASCII character", () => {
		expect(encodeTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
		expect(encodeTerm('推理')).toBe('%E6%8E%A8%E7%90%86');
		expect(textDirective('x-1', 'y,2')).toBe('text=x%2D1,y%2C2');
		expect(textDirective('whole')).toBe('text=whole');
	});

	test('a short quote stays whole', () => {
		expect(chooseTerms('前文。', ['标题后半句写的是。'], words)).toEqual({
			start: '标题后半句写的是。',
		});
	});

	test('a long quote is cut into a start and an end term, at word boundaries only', () => {
		const quote =
			'序言对“模型进化”部分的概括，同样把应用落地与预训练创新并列为推动技术进步的两股力量。';
		const { start, end } = chooseTerms('前文。', [quote], words);
		expect(quote.startsWith(start)).toBe(true);
		expect(quote.endsWith(end ?? '')).toBe(true);
		expect(start.length).toBeGreaterThanOrEqual(6);
		expect((end ?? '').length).toBeGreaterThanOrEqual(6);
		const cuts = words(quote);
		expect(cuts).toContain(start.length);
		expect(cuts).toContain(quote.length - (end ?? '').length);
	});

	test('the start term grows until no earlier text contains it', () => {
		const quote = '大模型正在从学习阶段转向应用阶段，并且继续改进自身的能力。';
		const before = '上文提到大模型正在从实验室走出。';
		const { start } = chooseTerms(before, [quote], everyChar);
		expect(start).toBe('大模型正在从学');
		expect(before.includes(start)).toBe(false);
	});

	test('the end term grows until its first match after the start is the quote’s end', () => {
		const quote = '第一句话说的是能力。中间又提到一次能力。最后还是能力。';
		const { end } = chooseTerms('', [quote], everyChar);
		const after = quote.slice(6);
		expect(after.indexOf(end ?? '')).toBe(after.length - (end ?? '').length);
	});

	test('a citation mark inside the quote: the terms come from the runs on either side', () => {
		const runs = ['前一个分句讲的是推理需求，', '后一个分句讲的是模型创新的方向。'];
		const { start, end } = chooseTerms('', runs, everyChar);
		expect(runs[0]?.startsWith(start)).toBe(true);
		expect(runs[1]?.endsWith(end ?? '')).toBe(true);
	});
});

describe('reading a text directive', () => {
	test('prefix, start, end and suffix, decoded', () => {
		expect(parseTextDirective('pre-,a%2Db,c%2Cd,-suf')).toEqual({
			prefix: 'pre',
			start: 'a-b',
			end: 'c,d',
			suffix: 'suf',
		});
		expect(parseTextDirective('only')).toEqual({ start: 'only' });
		expect(parseTextDirective('a,b,c')).toBeUndefined();
		expect(parseTextDirective('%E0%A4%A')).toBeUndefined();
	});

	test('what a quote link carries comes back out of its hash, also with escaped colons', () => {
		const hash = `#progress:~:${textDirective('标题-一', '结束,了')}`;
		const expected = { id: 'progress', texts: [{ start: '标题-一', end: '结束,了' }] };
		expect(directives(hash)).toMatchObject(expected);
		expect(directives(hash.replace(':~:', '%3A~%3A'))).toMatchObject(expected);
		expect(directives('#progress')).toBeUndefined();
	});
});
