import { describe, expect, test } from 'vitest';
import { apaReport, apaTrend, bibtex, gbtReport, gbtTrend, type CiteInput } from '~/lib/cite';

const INPUT: CiteInput = {
	lang: 'zh-CN',
	publisher: '示例智库',
	publisherEn: 'Example Think Tank',
	reportTitle: '示例年度报告',
	reportTitleEn: 'Example Annual Report 2025',
	year: 2025,
	released: new Date(Date.UTC(2025, 11, 10)),
	siteName: '示例阅读版',
	trendNumber: 4,
	trendTitle: '推理时间到来，需求倒逼创新',
	url: 'https://reader.example.org/trends/inference-time/',
	// Late in the evening UTC: the date printed is the UTC date, whatever the build machine's zone.
	accessed: new Date(Date.UTC(2026, 0, 2, 23, 30)),
};

describe('GB/T 7714-2015', () => {
	test('the report is a [R] entry: publisher. title[R]. year.', () => {
		expect(gbtReport(INPUT)).toBe('示例智库. 示例年度报告[R]. 2025.');
	});

	test('a trend page is an [EB/OL] entry with release and access dates and the URL', () => {
		expect(gbtTrend(INPUT)).toBe(
			'示例阅读版. 趋势4：推理时间到来，需求倒逼创新[EB/OL]. (2025-12-10)[2026-01-02]. https://reader.example.org/trends/inference-time/.',
		);
	});
});

describe('BibTeX', () => {
	test('a @techreport for the report and a @misc for the trend page, keyed by year and number', () => {
		expect(bibtex(INPUT)).toBe(
			[
				'@techreport{qbitai2025top10,',
				'  author = {{示例智库}},',
				'  title = {{示例年度报告}},',
				'  institution = {{示例智库 (Example Think Tank)}},',
				'  year = {2025},',
				'  note = {Example Annual Report 2025}',
				'}',
				'',
				'@misc{qbitai2025top10-trend4,',
				'  title = {{趋势4：推理时间到来，需求倒逼创新}},',
				'  author = {{示例阅读版}},',
				'  howpublished = {\\url{https://reader.example.org/trends/inference-time/}},',
				'  year = {2025},',
				'  urldate = {2026-01-02},',
				'  note = {据示例智库《示例年度报告》整理}',
				'}',
			].join('\n'),
		);
	});

	test('braces and backslashes in titles cannot break the entry', () => {
		const out = bibtex({ ...INPUT, trendTitle: 'A {b} \\c}', reportTitleEn: 'x}{y' });
		expect(out).toContain('  title = {{趋势4：A b c}},');
		expect(out).toContain('  note = {xy}');
		// Every entry's braces still balance.
		for (const entry of out.split('\n\n'))
			expect(entry.split('{').length, entry).toBe(entry.split('}').length);
	});
});

describe('APA 7 (English pages)', () => {
	const en: CiteInput = {
		...INPUT,
		lang: 'en',
		siteName: 'Example Reader',
		trendTitle: 'Inference time',
	};

	test('the report: publisher. (year). original title [English title] [Report].', () => {
		expect(apaReport(en)).toBe(
			'Example Think Tank. (2025). 示例年度报告 [Example Annual Report 2025] [Report].',
		);
	});

	test('a trend page: site. (date). title. Retrieved date, from URL', () => {
		expect(apaTrend(en)).toBe(
			'Example Reader. (2025, December 10). Trend 4: Inference time. Retrieved January 2, 2026, from https://reader.example.org/trends/inference-time/',
		);
	});
});
