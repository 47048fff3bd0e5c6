/** The figure kinds on the real datasets: views, CSV, <Datum> text, and the registry's lookups. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Library } from '~/lib/content';
import { resolveDatum } from '~/lib/lookups';
import { FIGURES, FIGURE_IDS, datasetSchema, type Dataset } from '~/lib/figures/registry';

const read = (id: string): unknown =>
	JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')) as unknown;
const capex = FIGURES.capex.schema.parse(read('capex'));
const datacenters = FIGURES.datacenters.schema.parse(read('datacenters'));
const lib: Pick<Library, 'datasets' | 'lang'> = {
	lang: 'zh-CN',
	datasets: new Map<string, Dataset>([
		['capex', capex],
		['datacenters', datacenters],
	]),
};

describe('registry', () => {
	test('every kind has a data file of that kind, and the dataset schema picks the kind', () => {
		for (const id of FIGURE_IDS) expect(datasetSchema.parse(read(id)).kind).toBe(id);
	});

	test('a dataset of an unknown kind is rejected by name', () => {
		const result = datasetSchema.safeParse({ kind: 'pie' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['kind']);
	});

	test('a kind’s own rules run through the dataset schema', () => {
		const broken = structuredClone(read('capex')) as { rows: { values: Record<string, number> }[] };
		broken.rows[0]!.values['2025E'] = 101;
		expect(datasetSchema.safeParse(broken).error?.issues.map((i) => i.message)).toContain(
			'the 2025E values sum to 299, but the report states 298',
		);
	});
});

describe('resolveDatum', () => {
	test('prints numbers from the data in the site’s wording', () => {
		expect(resolveDatum(lib, 'capex:total')).toBe('约2980亿美元');
		expect(resolveDatum(lib, 'capex:sum:2024')).toBe('2170亿美元');
		expect(resolveDatum(lib, 'capex:Amazon:2025E')).toBe('1000亿美元');
		expect(resolveDatum(lib, 'datacenters:count')).toBe('14');
		expect(resolveDatum(lib, 'datacenters:us-stargate')).toBe('超过1000亿美元');
		expect(resolveDatum(lib, 'datacenters:de-aws')).toBe('78亿欧元');
	});

	test('stops the build on a key that names nothing', () => {
		for (const key of ['capex:Nvidia:2025E', 'capex:sum', 'datacenters:xx', 'pie:total', '']) {
			expect(() => resolveDatum(lib, key), key).toThrow(`<Datum of="${key}">`);
		}
	});
});

describe('English pages', () => {
	const en = { ...lib, lang: 'en' as const };
	test('<Datum> words amounts for English readers', () => {
		expect(resolveDatum(en, 'capex:total')).toBe('about US$298 bn');
		expect(resolveDatum(en, 'capex:sum:2024')).toBe('US$217 bn');
		expect(resolveDatum(en, 'datacenters:us-stargate')).toBe('more than US$100 bn');
		expect(resolveDatum(en, 'datacenters:de-aws')).toBe('€7.8 bn');
		expect(resolveDatum(en, 'datacenters:es-aws')).toBe('€15.7 bn');
	});

	test('figures read the dataset’s English fields, with no Chinese left', () => {
		const han = /\p{Script=Han}/u;
		for (const [id, data] of [
			['capex', capex],
			['datacenters', datacenters],
		] as const) {
			const kind = FIGURES[id] as typeof FIGURES.capex;
			// OCR strings are quoted as read (“$73么”): the only Chinese an English figure may show.
			const unquoted = (text: string) => text.replace(/“[^”]*”/g, '');
			const view = kind.view(data as typeof capex, 'en');
			expect(unquoted(JSON.stringify(view)), id).not.toMatch(han);
			expect(unquoted(kind.csv(data as typeof capex, 'en')), id).not.toMatch(han);
		}
	});
});

describe('capex view', () => {
	const view = FIGURES.capex.view(capex, 'zh-CN');

	test('chart spec follows the rows; uncertain rows are flagged', () => {
		expect(view.spec.labels).toEqual(['Amazon', 'Alphabet', 'Microsoft', 'Meta']);
		expect(view.spec.series.map((s) => s.values)).toEqual([
			[83, 53, 44, 37],
			[100, 75, 60, 63],
		]);
		expect(view.spec.uncertain).toEqual([false, false, true, true]);
	});

	test('takeaway, totals and text alternative are built from the data', () => {
		expect(view.takeaway).toBe(
			'四家公司2025E的资本开支合计约2980亿美元，2024为2170亿美元；每一家都比上一年更高。',
		);
		expect(view.table.foot?.cells.map((c) => c.text)).toEqual(['217', '298']);
	});

	test('CSV has English headers and one line per company', () => {
		const lines = FIGURES.capex.csv(capex, 'zh-CN').trim().split('\n');
		expect(lines[0]).toBe('company,2024 (USD billion),2025E (USD billion),confidence,note');
		expect(lines).toHaveLength(5);
		expect(lines[1]).toMatch(/^Amazon,83,100,high,/);
	});
});

describe('data-centre view', () => {
	const view = FIGURES.datacenters.view(datacenters, 'zh-CN');

	test('rows are grouped in the report’s order, each group in its colour', () => {
		expect(view.table.groups.map((g) => g.heading?.token)).toEqual(['p1', 'p4', 'p3', 'p2']);
		// The chart draws the rows in the table's order, each bar in its group's colour.
		expect(view.spec.tokens).toEqual(
			view.table.groups.flatMap((g) => g.rows.map(() => g.heading?.token)),
		);
		expect(new Set(view.spec.tokens)).toEqual(new Set(['p1', 'p4', 'p3', 'p2']));
	});

	test('the largest investment and the count reach the takeaway', () => {
		expect(view.takeaway).toMatch(
			/^地图列出14笔投资，分属4类地区；单笔最大的是.+（超过1000亿美元）/,
		);
	});

	test('cross-check sources are listed for the page', () => {
		const ids = FIGURES.datacenters.sources?.(datacenters) ?? [];
		expect(ids.length).toBeGreaterThan(5);
		expect(ids).toEqual(datacenters.rows.flatMap((r) => (r.crossCheck ? [r.crossCheck.id] : [])));
	});

	test('CSV quotes cells that hold commas or quotes', () => {
		const csv = FIGURES.datacenters.csv(datacenters, 'zh-CN');
		expect(csv.split('\n')[0]).toBe(
			'id,group,country,place,investor,amount_billion,qualifier,currency,confidence,note',
		);
		for (const line of csv.trim().split('\n').slice(1)) expect(line).toMatch(/^[a-z]+-[a-z-]+,/);
	});
});
