/**
 * The data-centre table's view (sort, group filter) and its URL, and the keyboard walk of a chart:
 * the pure modules behind client/figure-table.ts and client/chart-keys.ts, on the real dataset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { KEPT } from '~/client/lang-link';
import {
	DEFAULT_STATE,
	PARAMS,
	order,
	readState,
	sortBy,
	writeState,
	type SortableRow,
	type TableState,
} from '~/lib/figures/datacenters/table-state';
import { step, type Point, type Shape } from '~/lib/figures/explore';

interface Data {
	groups: { key: string }[];
	rows: (SortableRow & { countryEn: string })[];
}
const data = JSON.parse(readFileSync('content/data/datacenters.json', 'utf8')) as Data;
const groups = data.groups.map((g) => g.key);
const rows: SortableRow[] = data.rows;
const compare = new Intl.Collator('en').compare;
const ids = (state: Partial<TableState>) =>
	order(rows, { ...DEFAULT_STATE, ...state }, groups, compare);
const row = (id: string) => rows.find((r) => r.id === id) as SortableRow;

describe('the table view in the URL', () => {
	const page = 'https://example.org/trends/compute-infrastructure/';

	test('the default view (the report’s order, every group) leaves the query out', () => {
		expect(readState('', groups)).toEqual(DEFAULT_STATE);
		expect(writeState(`${page}#fig-datacenters`, DEFAULT_STATE)).toBe(`${page}#fig-datacenters`);
	});

	test('a sorted, filtered view round-trips, keeping the hash and other parameters', () => {
		const state: TableState = { sort: 'amount', dir: 'descending', group: 'mega-projects' };
		const href = writeState(`${page}?hl=Stargate#dc-de-aws`, state);
		expect(href).toBe(`${page}?hl=Stargate&dc-sort=amount-desc&dc-group=mega-projects#dc-de-aws`);
		expect(readState(new URL(href).search, groups)).toEqual(state);
		expect(writeState(href, DEFAULT_STATE)).toBe(`${page}?hl=Stargate#dc-de-aws`);
	});

	test('the language link carries the view to the other edition', () => {
		expect(KEPT).toEqual(expect.arrayContaining(Object.values(PARAMS)));
	});

	test('unknown values fall back to the default', () => {
		expect(readState('?dc-sort=price-desc&dc-group=moon', groups)).toEqual(DEFAULT_STATE);
		expect(readState('?dc-sort=investor', groups)).toEqual({ ...DEFAULT_STATE, sort: 'investor' });
	});

	test('a header pressed twice turns its order round; another header starts ascending', () => {
		const once = sortBy(DEFAULT_STATE, 'amount');
		expect(once).toMatchObject({ sort: 'amount', dir: 'ascending' });
		expect(sortBy(once, 'amount')).toMatchObject({ sort: 'amount', dir: 'descending' });
		expect(sortBy(sortBy(once, 'amount'), 'country')).toMatchObject({
			sort: 'country',
			dir: 'ascending',
		});
	});
});

describe('sorting and filtering the rows', () => {
	test('by group: the report’s order of groups, rows in the data file’s order within each', () => {
		const expected = groups.flatMap((g) => rows.filter((r) => r.group === g).map((r) => r.id));
		expect(ids({})).toEqual(expected);
		const reversed = [...groups]
			.reverse()
			.flatMap((g) => rows.filter((r) => r.group === g).map((r) => r.id));
		expect(ids({ dir: 'descending' })).toEqual(reversed);
	});

	test('by amount: within each currency, never across currencies', () => {
		for (const dir of ['ascending', 'descending'] as const) {
			const sorted = ids({ sort: 'amount', dir }).map(row);
			const currencies = sorted.map((r) => r.currency);
			// Each currency's rows together, in code order.
			expect(currencies).toEqual([...currencies].sort());
			for (const currency of new Set(currencies)) {
				const amounts = sorted.filter((r) => r.currency === currency).map((r) => r.amount);
				const want = [...amounts].sort((a, b) => (dir === 'ascending' ? a - b : b - a));
				expect(amounts, `${currency} ${dir}`).toEqual(want);
			}
		}
	});

	test('by investor and country, in the collation of the page’s language; ties keep the data order', () => {
		const investors = ids({ sort: 'investor' }).map((id) => row(id).investor);
		expect(investors).toEqual([...investors].sort(compare));
		const countries = ids({ sort: 'country', dir: 'descending' }).map((id) => row(id).country);
		expect(countries).toEqual([...countries].sort(compare).reverse());
		// Germany's three rows stay in the data file's order.
		const germany = ids({ sort: 'country' }).filter((id) => row(id).country === '德国');
		expect(germany).toEqual(rows.filter((r) => r.country === '德国').map((r) => r.id));
	});

	test('a group filter keeps only its rows, in the chosen order', () => {
		for (const group of groups) {
			const shown = ids({ sort: 'amount', dir: 'descending', group });
			expect(shown.length).toBe(rows.filter((r) => r.group === group).length);
			expect(shown.every((id) => row(id).group === group)).toBe(true);
		}
		expect(ids({}).length).toBe(rows.length);
	});
});

describe('walking a chart from the keyboard', () => {
	const capex: Shape = { categories: 4, series: 2, horizontal: false };
	const datacenters: Shape = { categories: 14, series: 1, horizontal: true };
	const walk = (shape: Shape, keys: Parameters<typeof step>[1][]): Point | null =>
		keys.reduce<Point | null>((at, key) => step(at, key, shape), null);

	test('grouped vertical bars: left/right change the category, up/down the series', () => {
		expect(walk(capex, ['ArrowRight'])).toEqual({ category: 0, series: 0 });
		expect(walk(capex, ['ArrowRight', 'ArrowRight', 'ArrowUp'])).toEqual({
			category: 1,
			series: 1,
		});
		expect(walk(capex, ['End', 'ArrowDown', 'ArrowLeft'])).toEqual({ category: 2, series: 0 });
		// The ends hold.
		expect(walk(capex, ['Home', 'ArrowLeft', 'ArrowDown'])).toEqual({ category: 0, series: 0 });
		expect(walk(capex, ['End', 'ArrowRight', 'ArrowUp'])).toEqual({ category: 3, series: 1 });
	});

	test('one series of sideways bars: every arrow walks the categories, in reading order', () => {
		expect(walk(datacenters, ['ArrowDown', 'ArrowDown', 'ArrowRight'])).toEqual({
			category: 2,
			series: 0,
		});
		expect(walk(datacenters, ['End', 'ArrowUp', 'ArrowLeft'])).toEqual({ category: 11, series: 0 });
	});
});
