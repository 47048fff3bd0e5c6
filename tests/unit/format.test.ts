import { describe, expect, test } from 'vitest';
import { collectCitations, sortByKind } from '~/lib/citations';
import { useT } from '~/i18n';
import {
	documentTitle,
	formatBillions,
	formatPages,
	readableUrl,
	readingMinutes,
} from '~/lib/format';

describe('formatBillions', () => {
	test('writes billions as 亿 in the stated currency, without float noise', () => {
		expect(formatBillions(7.8, 'EUR', 'zh-CN')).toBe('78亿欧元');
		expect(formatBillions(15.7, 'EUR', 'zh-CN')).toBe('157亿欧元');
		expect(formatBillions(100, 'USD', 'zh-CN', 'more-than')).toBe('超过1000亿美元');
		expect(formatBillions(298, 'USD', 'zh-CN', 'about')).toBe('约2980亿美元');
		expect(formatBillions(0.35, 'USD', 'zh-CN')).toBe('3.5亿美元');
	});

	test('writes billions for English readers: €7.8 bn, about US$298 bn', () => {
		expect(formatBillions(7.8, 'EUR', 'en')).toBe('€7.8 bn');
		expect(formatBillions(298, 'USD', 'en', 'about')).toBe('about US$298 bn');
		expect(formatBillions(100, 'USD', 'en', 'more-than')).toBe('more than US$100 bn');
		expect(formatBillions(0.35, 'USD', 'en')).toBe('US$0.4 bn');
	});
});

describe('readingMinutes', () => {
	test('counts Chinese characters at about 400 a minute, at least one', () => {
		expect(readingMinutes('短', 'zh-CN')).toBe(1);
		expect(readingMinutes('字'.repeat(1200), 'zh-CN')).toBe(3);
		expect(
			readingMinutes(
				`## 标题 \\{#a-long-heading-id}\n${'字'.repeat(400)}<Ref to="report" page={6} /><Datum of="capex:total" />`,
				'zh-CN',
			),
		).toBe(1);
	});
});

describe('collectCitations', () => {
	test('merges frontmatter, inline <Ref> tags and extra ids, keeping report pages', () => {
		// In document order, as remark-citations lists a body's <Ref> tags.
		const inline = [{ id: 'report', page: 6 }, { id: 's2-bjbusiness' }, { id: 'report', page: 3 }];
		expect(
			collectCitations([{ id: 'report', page: 5 }, { id: 's1-singtao' }], inline, ['aws-germany']),
		).toEqual([
			{ id: 'report', pages: [3, 5, 6] },
			{ id: 's1-singtao', pages: [] },
			{ id: 's2-bjbusiness', pages: [] },
			{ id: 'aws-germany', pages: [] },
		]);
	});

	test('sortByKind puts the report first and cross-checks last', () => {
		const items = [
			{ id: 'x', kind: 'crosscheck' as const },
			{ id: 'y', kind: 'coverage' as const },
			{ id: 'r', kind: 'report' as const },
		];
		expect(sortByKind(items, (i) => i.kind).map((i) => i.id)).toEqual(['r', 'y', 'x']);
	});
});

describe('documentTitle', () => {
	test('adds the site name when it fits in 70 characters, else shortens at a word', () => {
		expect(documentTitle('趋势 4：推理时间', '阅读版')).toBe('趋势 4：推理时间 · 阅读版');
		expect(documentTitle('Site', 'Site')).toBe('Site');
		const long =
			'Trend 5: Information AI is in its application phase and physical AI in its R&D phase';
		const title = documentTitle(long, 'AI Top 10 Trends 2025 · Reader');
		expect(title.length).toBeLessThanOrEqual(70);
		expect(title).toBe('Trend 5: Information AI is in its application phase and physical AI…');
	});
});

describe('readableUrl', () => {
	test('writes encoded letters as themselves and leaves every other escape alone', () => {
		expect(readableUrl('https://x.org/3525581/AI%E5%BE%9E%E5%B7%A5%E5%85%B7-x')).toBe(
			'https://x.org/3525581/AI從工具-x',
		);
		expect(new URL(readableUrl('https://x.org/a%E5%BE%9E')).href).toBe('https://x.org/a%E5%BE%9E');
		expect(readableUrl('https://x.org/a%20b%2Fc?q=%3D')).toBe('https://x.org/a%20b%2Fc?q=%3D');
		// A no-break space (not a letter) and a broken sequence stay encoded.
		expect(readableUrl('https://x.org/%C2%A0%E5%BE')).toBe('https://x.org/%C2%A0%E5%BE');
	});
});

describe('formatPages', () => {
	test('runs of consecutive pages become ranges; the rest are listed, in order, once each', () => {
		expect(formatPages([2, 3, 4, 5, 6], useT('zh-CN'))).toBe('第 2–6 页');
		expect(formatPages([6, 2, 3, 6], useT('zh-CN'))).toBe('第 2–3 页、第 6 页');
		expect(formatPages([4], useT('en'))).toBe('page 4');
		expect(formatPages([2, 4, 5], useT('en'))).toBe('page 2, pages 4–5');
	});
});
