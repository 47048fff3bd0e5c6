import { describe, expect, test } from 'vitest';
import { withAccessDate } from '~/client/cite-date';
import {
	apaReport,
	apaTrend,
	bibtex,
	citeFigure,
	gbtReport,
	gbtTrend,
	type CiteInput,
} from '~/lib/cite';

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
};
/** A reader's day, in the reader's time zone (late in the evening: still that day). */
const DAY = new Date(2026, 0, 2, 23, 30);

describe('GB/T 7714-2015', () => {
	test('the report is a [R] entry: publisher. title[R]. year.', () => {
		expect(gbtReport(INPUT)).toBe('示例智库. 示例年度报告[R]. 2025.');
	});

	test('a trend page is an [EB/OL] entry with the release date, the access date to fill in, and the URL', () => {
		expect(gbtTrend(INPUT)).toBe(
			'示例阅读版. 趋势4：推理时间到来，需求倒逼创新[EB/OL]. (2025-12-10)[引用日期]. https://reader.example.org/trends/inference-time/.',
		);
	});

	test('the browser puts the reader’s day in as the access date, and nothing else changes', () => {
		const text = `${gbtTrend(INPUT)}\n${gbtReport(INPUT)}`;
		expect(withAccessDate(text, DAY)).toBe(text.replace('[引用日期]', '[2026-01-02]'));
		// Again on a later day: the date is replaced, not added to.
		const later = new Date(2026, 11, 31, 0, 5);
		expect(withAccessDate(withAccessDate(text, DAY), later)).toBe(
			text.replace('[引用日期]', '[2026-12-31]'),
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
				'  note = {据示例智库《示例年度报告》整理}',
				'}',
			].join('\n'),
		);
	});

	test('the file has no urldate; the browser adds the reader’s day to the web page’s entry, once', () => {
		const file = bibtex(INPUT);
		expect(file).not.toContain('urldate');
		const dated = withAccessDate(file, DAY);
		expect(dated).toBe(
			file.replace(
				'  year = {2025},\n  note = {据',
				'  year = {2025},\n  urldate = {2026-01-02},\n  note = {据',
			),
		);
		expect(dated.match(/urldate/g)).toHaveLength(1);
		expect(withAccessDate(dated, new Date(2026, 1, 3))).toBe(
			dated.replace('{2026-01-02}', '{2026-02-03}'),
		);
		const figure = citeFigure(INPUT, { number: 1, title: 'T', url: 'https://r.example/#fig-x' });
		expect(withAccessDate(figure.bibtex, DAY)).toContain(
			'  year = {2025},\n  urldate = {2026-01-02},\n',
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

	test('a trend page: site. (date). title. Retrieved date, from URL; the browser dates it', () => {
		const text = apaTrend(en);
		expect(text).toBe(
			'Example Reader. (2025, December 10). Trend 4: Inference time. Retrieved Month Day, Year, from https://reader.example.org/trends/inference-time/',
		);
		expect(withAccessDate(text, DAY)).toBe(
			text.replace('Retrieved Month Day, Year, from', 'Retrieved January 2, 2026, from'),
		);
	});
});

describe('no build date in any citation', () => {
	const figure = {
		number: 1,
		title: 'Capex',
		url: 'https://reader.example.org/trends/x/#fig-capex',
	};
	test.each([INPUT, { ...INPUT, lang: 'en' as const, siteName: 'Example Reader' }])(
		'$lang: the trend, its BibTeX and a figure carry only the release date until the browser dates them',
		(input) => {
			const f = citeFigure(input, figure);
			const texts = [gbtTrend(input), apaTrend(input), bibtex(input), f.full, f.bibtex];
			const dates = (s: string) => s.match(/\d{4}-\d{2}-\d{2}|[A-Z][a-z]+ \d{1,2}, \d{4}/g) ?? [];
			for (const text of texts)
				expect(
					dates(text).filter((d) => !/^2025-12-10$|^December 10, 2025$/.test(d)),
					text,
				).toEqual([]);
			// The reference-list form of the figure gets the reader's day like the trend's.
			const dated = withAccessDate(f.full, DAY);
			expect(dated).not.toBe(f.full);
			expect(dated).toMatch(
				input.lang === 'en' ? /Retrieved January 2, 2026, from / : /\[2026-01-02\]/,
			);
		},
	);
});
