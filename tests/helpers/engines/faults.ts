/**
 * Files that cannot be fetched once, then can, in every engine (called from journeys.ts, on its
 * driver): the chart's code and Pagefind's loader, each refused once (puppeteer's request
 * interception for Chromium and Firefox, the test proxy for WebKit). The reader gets the table or
 * the message with a retry button, and the retry really fetches again: an engine that keeps a failed
 * dynamic import failed (its module map) must not turn the button into a no-op.
 *
 * These pages run without the offline worker: a page it controls would have the files from its
 * precache, which is tests/e2e/offline.test.ts's subject.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { waitFor, type Driver, type EngineName } from './driver';
import { PHONE, WITHOUT } from './journeys';

/** The figure's own account of itself: drawn, which view, what it says, what is on screen. */
const figureState = (d: Driver, fig: string) =>
	d.evaluate((f: string) => {
		const host = document.querySelector(`rr-figure:has(#${f})`);
		const shown = (s: string) => {
			const el = host?.querySelector<HTMLElement>(s);
			return !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 20;
		};
		return {
			drawn: !!host?.hasAttribute('data-drawn'),
			view: host?.querySelector('figure')?.dataset.view,
			error: host?.querySelector('.figure-error')?.textContent ?? null,
			table: shown('.figure-table'),
			chart: shown('.figure-chart'),
			toggle: shown('.figure-toggle'),
		};
	}, fig);

const FAILED = '图表没有加载成功，先显示同样数据的表格。重新加载图表';

/** The refused load itself, as each engine logs it: expected, every other error still counts. */
const unexpected = (errors: string[], file: RegExp) => errors.filter((e) => !file.test(e));

export function faults(engine: EngineName, driver: () => Driver): void {
	describe(`${engine}: a file refused once, then served`, () => {
		// The chart's retry reloads the page: with the scroll not restored, the figure's own code
		// must load and put the reader back at it.
		beforeAll(() => driver().resize(PHONE, [WITHOUT.serviceWorker, WITHOUT.scrollRestoration]));

		test('the chart code: the table shows with a message and a retry, which draws the chart', async () => {
			const d = driver();
			const file = /\/_astro\/charts\.[\w-]+\.js/;
			await d.refuseOnce(file);
			await d.goto('/trends/compute-infrastructure/');
			await d.evaluate(() =>
				document.getElementById('fig-capex')?.scrollIntoView({ block: 'center' }),
			);
			await waitFor(
				d,
				() => !!document.querySelector('rr-figure:has(#fig-capex) .figure-error'),
				[],
				{
					message: 'the figure to say its chart did not load',
				},
			);
			expect(await figureState(d, 'fig-capex')).toEqual({
				drawn: false,
				view: 'table',
				error: FAILED,
				table: true,
				chart: false,
				toggle: false,
			});
			await d.click('#fig-capex .figure-error button');
			await waitFor(
				d,
				() => document.querySelector('rr-figure:has(#fig-capex)')?.hasAttribute('data-drawn'),
				[],
				{ timeout: 20_000, message: 'the retried chart to draw' },
			);
			expect(await figureState(d, 'fig-capex')).toEqual({
				drawn: true,
				view: 'chart',
				error: null,
				table: false,
				chart: true,
				toggle: true,
			});
			// The reader is still at the figure, and the focus, which was on the retry button, is on
			// the toggle that replaced it.
			const where = await d.evaluate(() => ({
				top: document.getElementById('fig-capex')?.getBoundingClientRect().top ?? NaN,
				focus: document.activeElement?.className ?? '',
			}));
			expect(where.top).toBeGreaterThan(-PHONE.height);
			expect(where.top).toBeLessThan(PHONE.height);
			expect(where.focus).toContain('figure-toggle');
			expect(unexpected(await d.takeErrors(), file)).toEqual([]);
		});

		test('Pagefind: /search/?q= says search did not load, with the ten trends; the retry finds', async () => {
			const d = driver();
			const file = /\/pagefind\/pagefind\.js/;
			await d.refuseOnce(file);
			await d.goto(`/search/?q=${encodeURIComponent('芯片')}`);
			const status = '#search-page .search-status';
			await waitFor(
				d,
				(s: string) => document.querySelector(s)?.textContent === '搜索没有加载成功。 重试',
				[status],
				{ message: 'the search to say it did not load' },
			);
			expect(
				await d.evaluate(
					() => document.querySelectorAll('#search-page .search-empty a[href*="/trends/"]').length,
				),
			).toBe(10);
			await d.click(`${status} button.search-retry`);
			const found = await waitFor(
				d,
				(s: string) =>
					document.querySelector('#page-search-results[data-query="芯片"] [role="option"]') &&
					document.querySelector(s)?.textContent,
				[status],
				{ timeout: 20_000, message: 'the retried search to list results' },
			);
			expect(found).toMatch(/^找到 \d+ 条趋势包含“芯片”$/);
			expect(unexpected(await d.takeErrors(), file)).toEqual([]);
		});
	});
}
