/** Trend 1's figures in the built HTML and the downloadable data files. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distHas, htmlFiles, readDist } from '../helpers/dist';

const page = () => parseHTML(readDist('trends/compute-infrastructure/index.html')).document;

describe('figures in the built trend 1 page', () => {
	test('the capex table carries the exact values and totals, numbered 图 1', () => {
		const fig = page().querySelector('#fig-capex');
		expect(fig?.querySelector('figcaption')?.textContent?.trim()).toMatch(/^图 1/);
		// Each number under its column's heading (the heading's first word: the series).
		const columns = [...(fig?.querySelectorAll('thead th') ?? [])].map(
			(th) => th.textContent?.trim().split(/\s+/)[0] ?? '',
		);
		const numbers = (row: Element) =>
			[...row.children]
				.map((cell, i) => [columns[i], cell] as const)
				.filter(([, cell]) => cell.matches('td.n'))
				.map(([column, cell]) => `${column}=${cell.textContent?.trim()}`);
		expect([...(fig?.querySelectorAll('tbody tr') ?? [])].flatMap(numbers)).toEqual([
			'2024=83',
			'2025E=100',
			'2024=53',
			'2025E=75',
			'2024=44',
			'2025E=60',
			'2024=37',
			'2025E=63',
		]);
		const foot = fig?.querySelector('tfoot tr');
		expect(foot ? numbers(foot) : []).toEqual(['2024=217', '2025E=298']);
		expect(fig?.textContent).toContain('约$298 Billion');
	});

	test('the data-centre table lists 14 investments in their own currency, grouped in four', () => {
		const fig = page().querySelector('#fig-datacenters');
		expect(fig?.querySelector('figcaption')?.textContent?.trim()).toMatch(/^图 2/);
		const amounts = [...(fig?.querySelectorAll('tbody td.n') ?? [])].map((td) =>
			td.textContent?.trim(),
		);
		expect(amounts).toHaveLength(14);
		expect(amounts).toContain('78亿欧元');
		expect(amounts).toContain('超过1000亿美元');
		expect(fig?.querySelectorAll('tbody').length).toBe(4);
		expect(fig?.textContent).toContain('欧元与美元没有换算，也没有加总');
	});

	test('uncertain rows are marked in the table; their reasons come with the chart, and are in the data without JS', () => {
		const fig = page().querySelector('#fig-capex');
		const rows = [...(fig?.querySelectorAll('tbody tr') ?? [])];
		const meta = rows.findIndex((tr) => tr.querySelector('th')?.textContent === 'Meta');
		expect(rows[meta]?.textContent).toContain('存疑');
		// The browser puts notes[i] after row i's badge (client/figure.ts), from the figure's data-src.
		const src = fig?.closest('rr-figure')?.getAttribute('data-src') ?? '';
		expect(src).toBe('/data/capex.figure.json');
		const { notes } = JSON.parse(readDist(src.slice(1))) as { notes: string[] };
		expect(notes).toHaveLength(rows.length);
		expect(notes[meta]).toContain('按标签顺序分配');
		// Without JavaScript the table points to the downloadable data, which holds the same notes.
		const download = fig?.querySelector('.why-link a')?.getAttribute('href') ?? '';
		expect(readDist(download.slice(1))).toContain('按标签顺序分配');
	});

	test('each figure has downloads and a text alternative, and no control that needs JavaScript', () => {
		for (const id of ['capex', 'datacenters']) {
			const fig = page().querySelector(`#fig-${id}`);
			expect(fig?.querySelector(`a[href="/data/${id}.csv"][download]`)).not.toBeNull();
			expect(fig?.querySelector(`a[href="/data/${id}.json"][download]`)).not.toBeNull();
			// The chart/table toggle and the copy-link button are made by client/figure.ts (the engines'
			// journeys click both), so the page does not carry them for readers without JavaScript.
			expect(fig?.querySelector('button')).toBeNull();
			// The chart's text alternative, for the canvas client/figure.ts adds (the engines' journeys
			// check its wiring): named by the caption, described by the takeaway.
			expect(fig?.querySelector('canvas')).toBeNull();
			const text = (selector: string) => fig?.querySelector(selector)?.textContent?.trim() ?? '';
			expect(text('figcaption[id]').length).toBeGreaterThan(10);
			expect(text('.take[id]').length).toBeGreaterThan(40);
		}
	});
});

describe('data downloads', () => {
	test('capex CSV and JSON parse to the same numbers as the table', () => {
		const json = JSON.parse(readDist('data/capex.json')) as {
			rows: { company: string; values: Record<string, number> }[];
		};
		const csv = readDist('data/capex.csv')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		expect(csv[0]).toBe('company,2024 (USD billion),2025E (USD billion),confidence,note');
		const fromCsv = csv.slice(1).map((line) => line.split(',').slice(0, 3));
		expect(fromCsv).toEqual(
			json.rows.map((r) => [r.company, String(r.values['2024']), String(r.values['2025E'])]),
		);
		expect(json.rows.reduce((a, r) => a + (r.values['2025E'] ?? 0), 0)).toBe(298);
	});

	test('data-centre CSV and JSON agree', () => {
		const json = JSON.parse(readDist('data/datacenters.json')) as {
			rows: { id: string; amount: number; currency: string }[];
		};
		const csv = readDist('data/datacenters.csv')
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		expect(csv).toHaveLength(15);
		const byId = new Map(csv.slice(1).map((line) => [line.split(',')[0], line]));
		for (const row of json.rows) {
			const line = byId.get(row.id) ?? '';
			expect(line).toContain(`,${row.amount},`);
			expect(line).toContain(`,${row.currency},`);
		}
	});

	test('each data-centre row has its anchor, dc-<row id>, in both editions: the data file’s ids, in table order', () => {
		const json = JSON.parse(readDist('data/datacenters.json')) as {
			groups: { key: string }[];
			rows: { id: string; group: string }[];
		};
		// The table's order: by group, in the data file's order within each.
		const expected = json.groups.flatMap((g) =>
			json.rows.filter((r) => r.group === g.key).map((r) => `dc-${r.id}`),
		);
		for (const file of [
			'trends/compute-infrastructure/index.html',
			'en/trends/compute-infrastructure/index.html',
		]) {
			const fig = parseHTML(readDist(file)).document.querySelector('#fig-datacenters');
			const rows = [...(fig?.querySelectorAll('tbody tr:not(.grp)') ?? [])];
			expect(
				rows.map((tr) => tr.id),
				file,
			).toEqual(expected);
		}
		// Every place each row's ring is marked over the maps (client/figure-table.ts), per edition.
		for (const file of [
			'figures/datacenters-markers.json',
			'en/figures/datacenters-markers.json',
		]) {
			const places = JSON.parse(readDist(file)) as Record<
				'world' | 'phone',
				Record<string, number[]>
			>;
			for (const map of [places.world, places.phone]) {
				expect(Object.keys(map).sort(), file).toEqual(json.rows.map((r) => r.id).sort());
				for (const [x, y, r] of Object.values(map))
					expect([x, y, r].every((n) => n !== undefined && n > 0 && n < 100)).toBe(true);
			}
		}
	});

	test('the map exists in both themes', () => {
		expect(readDist('figures/datacenters-map-light.svg')).toMatch(/^<svg/);
		expect(readDist('figures/datacenters-map-dark.svg')).toMatch(/^<svg/);
	});
});

describe('the figures stylesheet', () => {
	test('is linked once per figure page, after the first screen and before its first figure', () => {
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			const figure = html.indexOf('<rr-figure');
			const links = [
				...html.matchAll(/<link rel="stylesheet" href="[^"]*\/figures\.[\w-]+\.css">/g),
			];
			if (figure < 0) {
				expect(links, file).toHaveLength(0);
				continue;
			}
			expect(links, file).toHaveLength(1);
			const at = links[0]?.index ?? -1;
			expect(at, file).toBeGreaterThan(html.indexOf('</head>'));
			expect(at, file).toBeGreaterThan(html.indexOf('class="lead"'));
			expect(at, file).toBeLessThan(figure);
		}
	});
});

describe('chart code stays off pages without figures', () => {
	test("only trend 1 and the figures' embeds reference the figure script", () => {
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			expect(html.includes('rr-figure'), file).toBe(
				file.includes('compute-infrastructure') || /\/dist\/(en\/)?embed\//.test(file),
			);
		}
		expect(distHas('trends/compute-infrastructure/index.html')).toBe(true);
	});
});
