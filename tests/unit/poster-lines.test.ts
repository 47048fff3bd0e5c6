/**
 * The posters' line breaking (src/client/share/lines.ts), with one unit of width per character, and
 * where Chinese may break (src/lib/phrases.ts), which the trend titles use too.
 */
import { describe, expect, test } from 'vitest';
import { clamp, wrap } from '~/client/share/lines';
import { breakUnits } from '~/lib/phrases';

const measure = (s: string) => [...s].length;

describe('poster lines', () => {
	test('Chinese: no line starts with a closing mark or ends with an opening one', () => {
		const text = '报告认为，算力经济是智能产业的“第一引擎”。推理需求（而非训练）倒逼模型创新。';
		for (const width of [5, 6, 7, 8, 9, 10, 11, 12]) {
			const lines = wrap(text, width, measure, 'zh-CN');
			expect(lines.join(''), `width ${width}`).toBe(text);
			for (const line of lines) {
				expect(measure(line), `${width}: ${line}`).toBeLessThanOrEqual(width + 1);
				expect(line, `${width}`).not.toMatch(/^[，。”）]/u);
				expect(line, `${width}`).not.toMatch(/[“（]$/u);
			}
		}
	});

	test('English: words stay whole; a word longer than the line is cut', () => {
		expect(
			wrap('Compute as infrastructure: data-center demand is surging', 16, measure, 'en'),
		).toEqual(['Compute as', 'infrastructure:', 'data-center', 'demand is', 'surging']);
		expect(wrap('abcdefghijklmnop', 5, measure, 'en')).toEqual(['abcde', 'fghij', 'klmno', 'p']);
	});

	test('clamp keeps the text as written and ends in an ellipsis only when text is left over', () => {
		const lines = wrap('一二三四五，六七八九十。甲乙丙丁戊。', 6, measure, 'zh-CN');
		expect(clamp(lines, 9, 6, measure)).toEqual(lines);
		const two = clamp(lines, 2, 6, measure);
		expect(two).toHaveLength(2);
		expect(two[1]?.endsWith('…')).toBe(true);
		expect(two.join('').replace('…', '')).toBe(
			'一二三四五，六七八九十。甲乙丙丁戊。'.slice(0, two.join('').length - 1),
		);
		expect(two[1]).not.toMatch(/[，。]…$/u);
	});

	test('punctuation joins the unit before it (closing) or after it (opening)', () => {
		expect(breakUnits('（推理）。', 'zh-CN').join('|')).not.toMatch(/\|[）。]|（\|/u);
	});

	test('words are kept whole, and so is each word it is told to keep', () => {
		// The segmenter finds 数据 and 中心 but not 互联网 (Node 20's ICU): the keywords hold them.
		expect(breakUnits('算力基建化：数据中心需求狂飙', 'zh-CN').join('|')).toContain(
			'：|数据|中心|',
		);
		expect(breakUnits('算力基建化：数据中心需求狂飙', 'zh-CN', ['数据中心'])).toContain('数据中心');
		const internet = breakUnits('PC互联网、移动互联网、Agentic互联网', 'zh-CN', [
			'移动互联网',
			'Agentic互联网',
		]);
		expect(internet).toContain('移动互联网、');
		expect(internet.at(-1)).toBe('Agentic互联网');
		expect(breakUnits('多模态', 'zh-CN', ['多模态', '模态']).join('|')).toBe('多模态');
		expect(breakUnits('Compute Becomes Infrastructure', 'en').join('')).toBe(
			'Compute Becomes Infrastructure',
		);
	});
});
