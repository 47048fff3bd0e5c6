/**
 * Trend 1's figures as places to explore, the same in every engine (tests/engines/explore.test.ts),
 * at 1280 px (Chinese edition) and 390 px (English): a `#dc-<row id>` link shows the table with the
 * row below the sticky header, marked, and its country's ring marked over the map; the row's copy
 * button holds that anchor; the headers sort (aria-sort) and the group filter filters, each view a
 * URL that reloads into the same view and that Back restores; axe is clean with the table sorted;
 * both charts are walked with the arrow keys, and each step says what the data file holds.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { formatBillions, type Currency, type Qualifier } from '~/lib/format';
import { steady, waitFor, type Driver, type EngineName, type Key, type Size } from './driver';
import { AXE, axe } from './axe';
import { engineOn, useDriver } from './index';
import { DESKTOP, PHONE, SHOTS, WITHOUT } from './journeys';

interface DcRow {
	id: string;
	group: string;
	investor: string;
	investorEn?: string;
	country: string;
	countryEn: string;
	amount: number;
	currency: Currency;
	qualifier?: Qualifier;
	confidence: string;
}
const read = <T>(id: string): T => JSON.parse(readFileSync(`content/data/${id}.json`, 'utf8')) as T;
const dc = read<{ groups: { key: string }[]; rows: DcRow[] }>('datacenters');
const capex = read<{
	unit: string;
	unitEn: string;
	series: { key: string; label: string }[];
	rows: { company: string; values: Record<string, number>; confidence: string }[];
}>('capex');
/** The table's (and the chart's) order: by group, the data file's order within each. */
const dcRows = dc.groups.flatMap((g) => dc.rows.filter((r) => r.group === g.key));

/** A row in the middle of the table, in a group of several rows (so a filter shows more than one). */
const LINKED = 'my-microsoft';

const EDITIONS = [
	{ size: DESKTOP, lang: 'zh-CN', base: '' },
	{ size: PHONE, lang: 'en', base: '/en' },
] as const;

/** The table as the reader sees it: the shown rows' ids, the sorted header, the filter, the URL. */
const view = (d: Driver) =>
	d.evaluate(() => {
		const fig = document.getElementById('fig-datacenters');
		const sorted = fig?.querySelector('th[aria-sort]');
		return {
			rows: [...(fig?.querySelectorAll<HTMLElement>('tbody tr[id]') ?? [])]
				.filter((tr) => tr.getClientRects().length > 0)
				.map((tr) => tr.id.slice('dc-'.length)),
			sort: sorted ? `${sorted.textContent?.trim()}:${sorted.getAttribute('aria-sort')}` : '',
			group: fig?.querySelector('select')?.value ?? null,
			search: location.search,
			view: fig?.dataset.view,
		};
	});

const enhanced = (d: Driver) =>
	waitFor(
		d,
		() =>
			!!document.querySelector('#fig-datacenters .table-bar') &&
			!!document.querySelector('rr-figure:has(#fig-datacenters)')?.hasAttribute('data-drawn'),
		[],
		{ timeout: 20_000, message: 'the data-centre table to be enhanced and its chart drawn' },
	);

/**
 * Focus from the keyboard, as a reader gets there: the focusable element before `selector` takes
 * focus, then Tab (so :focus-visible applies in every engine).
 */
async function tabInto(d: Driver, selector: string): Promise<void> {
	await d.evaluate((s: string) => {
		const target = document.querySelector(s);
		const focusable = [
			...document.querySelectorAll<HTMLElement>('a[href], button, select, [tabindex="0"]'),
		].filter((el) => el.getClientRects().length > 0 && !el.closest('[hidden]'));
		const before = focusable.filter(
			(el) => target && el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING,
		);
		before.at(-1)?.focus();
	}, selector);
	await d.press('Tab');
	await waitFor(d, (s: string) => document.activeElement?.matches(s), [selector], {
		message: `Tab to ${selector}`,
	});
}

const amountText = (r: DcRow, lang: 'zh-CN' | 'en') =>
	formatBillions(r.amount, r.currency, lang, r.qualifier);

export function exploreJourneys(engine: EngineName): void {
	if (!engineOn(engine)) return;
	const driver = useDriver(engine);
	const shots = join(SHOTS, engine, 'explore');
	mkdirSync(shots, { recursive: true });
	// As in journeys.ts: Firefox's worker logs an error for a module a page still loaded through it
	// when a journey moves on at once; these journeys reload and go back quickly.
	const base = engine === 'firefox' ? [WITHOUT.serviceWorker] : [];

	afterEach(async () => {
		expect(await driver().takeErrors(), 'console errors, exceptions, failed loads, CSP').toEqual(
			[],
		);
	});

	for (const { size, lang, base: prefix } of EDITIONS as readonly {
		size: Size;
		lang: 'zh-CN' | 'en';
		base: string;
	}[]) {
		const page = `${prefix}/trends/compute-infrastructure/`;
		describe(`${engine} at ${size.width} px (${lang})`, () => {
			beforeAll(() => driver().resize(size, [...base, AXE]));

			test('a row link lands on the row, marked with its ring on the map; sorting and filtering are URLs that reload and go back', async () => {
				const d = driver();
				await d.goto(`${page}#dc-${LINKED}`);
				await enhanced(d);
				// Below the sticky header, in the table view, marked; the ring over its country.
				const top = await steady(
					d,
					(id: string) => document.getElementById(id)?.getBoundingClientRect().top ?? NaN,
					`dc-${LINKED}`,
				);
				const landing = await d.evaluate((id: string) => {
					const row = document.getElementById(id) as HTMLElement;
					const other = row.parentElement?.querySelector(
						'tr[id]:not([data-linked])',
					) as HTMLElement;
					const box = row.getBoundingClientRect();
					return {
						header: document.querySelector('header')?.getBoundingClientRect().bottom ?? NaN,
						// Nothing sticky (the header, a phone's contents bar) covers the row's top.
						uncovered: [...document.querySelectorAll('body *')]
							.filter((el) => /^(sticky|fixed)$/.test(getComputedStyle(el).position))
							.map((el) => el.getBoundingClientRect())
							.every((r) => r.height === 0 || r.bottom <= box.top + 1 || r.top >= box.top),
						target: row.matches(':target') && row.hasAttribute('data-linked'),
						marked:
							getComputedStyle(row).backgroundColor !== getComputedStyle(other).backgroundColor,
						view: document.getElementById('fig-datacenters')?.dataset.view,
						copy: row.querySelector<HTMLElement>('[data-rr="copy"]')?.dataset.anchor,
						copyName: row.querySelector('[data-rr="copy"]')?.getAttribute('aria-label') ?? '',
					};
				}, `dc-${LINKED}`);
				expect(top).toBeGreaterThanOrEqual(landing.header - 1);
				expect(top).toBeLessThan(landing.header + 140);
				expect(landing).toMatchObject({
					target: true,
					marked: true,
					view: 'table',
					uncovered: true,
				});
				expect(landing.copy).toBe(`dc-${LINKED}`);
				expect(landing.copyName).toContain('Microsoft');
				const places = JSON.parse(
					readFileSync(`dist${prefix}/figures/datacenters-markers.json`, 'utf8'),
				) as Record<'world' | 'phone', Record<string, [number, number, number]>>;
				const place = (size.width < 640 ? places.phone : places.world)[LINKED] ?? [0, 0, 0];
				const ring = await waitFor(
					d,
					() => {
						const mark = document.querySelector<HTMLElement>('#fig-datacenters .map-mark');
						const img = [...document.querySelectorAll('#fig-datacenters .figure-map img')].find(
							(i) => i.getClientRects().length > 0,
						);
						if (!mark || mark.hidden || !img) return null;
						const m = mark.getBoundingClientRect();
						const i = img.getBoundingClientRect();
						return {
							x: ((m.x + m.width / 2 - i.x) / i.width) * 100,
							y: ((m.y + m.height / 2 - i.y) / i.height) * 100,
						};
					},
					[],
					{ message: 'the ring over the map' },
				);
				expect(Math.abs(ring.x - place[0])).toBeLessThan(1);
				expect(Math.abs(ring.y - place[1])).toBeLessThan(1);
				await d.evaluate(() =>
					document
						.querySelector('#fig-datacenters .figure-map')
						?.scrollIntoView({ block: 'start' }),
				);
				await d.screenshot(join(shots, `linked-row-map-${size.width}.png`));
				await d.evaluate(
					(id: string) => document.getElementById(id)?.scrollIntoView(),
					`dc-${LINKED}`,
				);
				await d.screenshot(join(shots, `linked-row-${size.width}.png`));

				// Sort by amount (twice: descending), then filter by the row's group.
				const amountButton = '#fig-datacenters th:nth-child(5) .sort';
				const first = await view(d);
				expect(first.sort).toMatch(/:ascending$/);
				await d.click(amountButton);
				await d.click(amountButton);
				const sorted = await waitFor(d, () => location.search.includes('dc-sort=amount-desc'), []);
				expect(sorted).toBe(true);
				const byAmount = await view(d);
				expect(byAmount.sort).toMatch(/:descending$/);
				// Each currency's rows together, amounts falling within each: as the data file has them.
				const want = [...dcRows]
					.sort((a, b) => a.currency.localeCompare(b.currency) || b.amount - a.amount)
					.map((r) => r.id);
				const ties = (ids: string[]) =>
					ids.map((id) => {
						const r = dc.rows.find((x) => x.id === id);
						return `${r?.currency}${r?.amount}`;
					});
				expect(ties(byAmount.rows)).toEqual(ties(want));
				expect(await axe(d)).toEqual([]);

				const group = dc.rows.find((r) => r.id === LINKED)?.group ?? '';
				await d.evaluate((g: string) => {
					const select = document.querySelector<HTMLSelectElement>('#fig-datacenters select');
					if (!select) return;
					select.value = g;
					select.dispatchEvent(new Event('change', { bubbles: true }));
				}, group);
				const filtered = await view(d);
				expect(filtered.search).toBe(`?dc-sort=amount-desc&dc-group=${group}`);
				expect(filtered.rows).toEqual(
					byAmount.rows.filter((id) => dc.rows.find((r) => r.id === id)?.group === group),
				);
				expect(filtered.rows.length).toBeGreaterThan(1);
				await d.screenshot(join(shots, `sorted-filtered-${size.width}.png`));

				// Back restores the view before, Forward the filtered one; its URL reloads into it.
				await d.evaluate(() => history.back());
				await waitFor(d, () => !location.search.includes('dc-group'), []);
				expect(await view(d)).toEqual(byAmount);
				await d.evaluate(() => history.forward());
				await waitFor(d, () => location.search.includes('dc-group'), []);
				expect(await view(d)).toEqual(filtered);
				await d.goto(`${page}${filtered.search}#fig-datacenters`);
				await enhanced(d);
				expect(await view(d)).toEqual(filtered);
			});

			test('both charts are walked from the keyboard; each step says what the data file holds', async () => {
				const d = driver();
				const en = lang === 'en';
				await d.goto(`${page}#fig-capex`);
				const status = (fig: string) =>
					d.evaluate(
						(f: string) => document.querySelector(`#${f} .chart-status`)?.textContent ?? '',
						fig,
					);
				for (const fig of ['fig-capex', 'fig-datacenters']) {
					await d.evaluate(
						(f: string) => document.getElementById(f)?.scrollIntoView({ block: 'center' }),
						fig,
					);
					await waitFor(
						d,
						(f: string) =>
							document.querySelector(`rr-figure:has(#${f})`)?.hasAttribute('data-drawn'),
						[fig],
						{ message: `${fig} to draw` },
					);
				}
				const press = async (fig: string, key: Key) => {
					await d.press(key);
					return status(fig);
				};

				// Capex: Tab reaches the chart (the figure's first stop); it says which keys to use.
				await tabInto(d, '#fig-capex canvas');
				expect(await status('fig-capex')).toContain('Home');
				const unit = en ? capex.unitEn : capex.unit;
				const saysBar = (company: string, series: string) => {
					const row = capex.rows.find((r) => r.company === company);
					const value = row?.values[series];
					return [series, company, `${value} ${unit}`];
				};
				let said = await press('fig-capex', 'ArrowRight');
				for (const part of saysBar('Amazon', '2024')) expect(said).toContain(part);
				expect(said).toContain(en ? 'Confidence high' : '置信度高');
				said = await press('fig-capex', 'ArrowUp');
				for (const part of saysBar('Amazon', '2025E')) expect(said).toContain(part);
				await press('fig-capex', 'ArrowRight');
				said = await press('fig-capex', 'ArrowRight');
				// Microsoft's 2025E bar is hollow: uncertain.
				for (const part of saysBar('Microsoft', '2025E')) expect(said).toContain(part);
				expect(said).toContain(en ? 'Uncertain' : '存疑');
				said = await press('fig-capex', 'ArrowDown');
				for (const part of saysBar('Microsoft', '2024')) expect(said).toContain(part);
				expect(said).not.toContain(en ? 'Uncertain' : '存疑');
				const outline = await d.evaluate(() => {
					const canvas = document.querySelector('#fig-capex canvas') as HTMLElement;
					const css = getComputedStyle(canvas);
					return {
						focused: document.activeElement === canvas,
						// A document without system focus shows no focus ring: WebKit's phone-width page,
						// in a frame of MiniBrowser's window, never gets it under WebDriver.
						windowFocused: document.hasFocus(),
						style: css.outlineStyle,
						width: parseFloat(css.outlineWidth),
						live: canvas
							.closest('figure')
							?.querySelector('.chart-status')
							?.getAttribute('aria-live'),
					};
				});
				expect(outline).toMatchObject({ focused: true, live: 'polite' });
				if (outline.windowFocused || engine !== 'webkit')
					expect(outline).toMatchObject({ style: 'solid', width: 3 });
				await d.screenshot(join(shots, `capex-keyboard-${size.width}.png`));

				// Data centres: the last bar, then one up, as the table orders them.
				await tabInto(d, '#fig-datacenters canvas');
				for (const [key, row] of [
					['End', dcRows[dcRows.length - 1]],
					['ArrowUp', dcRows[dcRows.length - 2]],
					['Home', dcRows[0]],
					['ArrowDown', dcRows[1]],
				] as const) {
					said = await press('fig-datacenters', key);
					expect(said, key).toContain(amountText(row as DcRow, lang));
					expect(said, key).toContain(en ? (row?.investorEn ?? row?.investor) : row?.investor);
				}
				await d.screenshot(join(shots, `datacenters-keyboard-${size.width}.png`));
			});
		});
	}
}
