/**
 * Faults, in Chromium (whose driver can block and rewrite requests): the search index or the chart
 * code cannot be fetched (refused, or no answer at all), and a page opened from a stale cache after
 * a deploy (old HTML whose hashed files are gone). The reader always gets a message and a way on:
 * never an endless "searching…", never a blank figure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, PHONE, useBrowser } from '../helpers/browser';
import { DIST } from '../helpers/dist';

const browser = useBrowser();

/**
 * The faults are staged with page.route, which never sees the requests a service worker makes, so
 * these pages run without the offline worker (tests/e2e/offline.test.ts is about that one).
 */
const NO_WORKER = { serviceWorkers: 'block' } as const;

/** Uncaught exceptions and unhandled rejections: a fault must be handled, not thrown. */
function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

/** The figure's own account of itself: drawn, which view, what it says, what is on screen. */
const figureState = (page: Page, fig: string) =>
	page.evaluate((f) => {
		const host = document.querySelector(`rr-figure:has(#${f})`);
		const shown = (s: string) => {
			const el = host?.querySelector<HTMLElement>(s);
			return !!el && el.getClientRects().length > 0 && el.getBoundingClientRect().height > 20;
		};
		return {
			drawn: host?.hasAttribute('data-drawn'),
			view: host?.querySelector('figure')?.dataset.view,
			error: host?.querySelector('.figure-error')?.textContent ?? null,
			table: shown('.figure-table'),
			chart: shown('.figure-chart'),
			toggle: shown('.figure-toggle'),
		};
	}, fig);

const FAILED = '图表没有加载成功，先显示同样数据的表格。重新加载图表';

describe('the chart code cannot be fetched', () => {
	test('refused: the table shows with a message and a retry, which draws the chart once it can', async () => {
		const context = await browser().newContext({ ...PHONE, ...NO_WORKER });
		const page = await context.newPage();
		const errors = pageErrors(page);
		let refuse = true;
		await page.route('**/_astro/charts.*.js', (route) =>
			refuse ? route.abort() : route.continue(),
		);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await page.locator('#fig-capex').scrollIntoViewIfNeeded();
		await page.waitForSelector('rr-figure:has(#fig-capex) .figure-error');
		expect(await figureState(page, 'fig-capex')).toEqual({
			drawn: false,
			view: 'table',
			error: FAILED,
			table: true,
			chart: false,
			toggle: false,
		});

		refuse = false;
		await page.locator('#fig-capex .figure-error button').click();
		await page.waitForSelector('rr-figure:has(#fig-capex)[data-drawn]');
		expect(await figureState(page, 'fig-capex')).toEqual({
			drawn: true,
			view: 'chart',
			error: null,
			table: false,
			chart: true,
			toggle: true,
		});
		// The retry button had the focus; it moves to the toggle rather than to nowhere.
		expect(await page.evaluate(() => document.activeElement?.className)).toContain('figure-toggle');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('no answer at all: after 20 s the table shows with the message, not a blank chart', async () => {
		const context = await browser().newContext({ ...PHONE, ...NO_WORKER });
		const page = await context.newPage();
		await page.clock.install();
		const stalled: Route[] = [];
		await page.route('**/_astro/charts.*.js', (route) => void stalled.push(route));
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await page.locator('#fig-capex').scrollIntoViewIfNeeded();
		await expect.poll(() => stalled.length).toBeGreaterThan(0);
		expect((await figureState(page, 'fig-capex')).error).toBeNull();
		await page.clock.fastForward(20_500);
		await page.waitForSelector('rr-figure:has(#fig-capex) .figure-error');
		expect(await figureState(page, 'fig-capex')).toMatchObject({ view: 'table', table: true });
		await context.close();
	});
});

describe('the search index cannot be fetched', () => {
	test('refused: the dialog says so, offers a retry and the ten trends; the retry then finds', async () => {
		const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, ...NO_WORKER });
		const errors = pageErrors(page);
		let refuse = true;
		await page.route('**/pagefind/**', (route) => (refuse ? route.abort() : route.continue()));
		await page.goto(`${baseUrl()}/trends/ai-hardware/`);
		await page.keyboard.press('Control+k');
		await page.locator('#dlg-search-input').waitFor({ state: 'visible' });
		await page.keyboard.type('芯片');
		const status = page.locator('dialog.search-dialog .search-status');
		await status.filter({ hasText: '搜索没有加载成功。' }).waitFor();
		expect(await status.textContent()).toBe('搜索没有加载成功。 重试');
		expect(await page.locator('dialog.search-dialog .search-empty').isVisible()).toBe(true);
		expect(
			await page.locator('dialog.search-dialog .search-empty a[href*="/trends/"]').count(),
		).toBe(10);

		refuse = false;
		await status.locator('button.search-retry').click();
		await page.waitForSelector('#dlg-search-results[data-query="芯片"] [role="option"]');
		expect(await status.textContent()).toMatch(/^找到 \d+ 条趋势包含“芯片”$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('no answer at all: /search/?q= stops "searching" after 20 s and offers the retry', async () => {
		const page = await browser().newPage(NO_WORKER);
		await page.clock.install();
		const stalled: Route[] = [];
		await page.route('**/pagefind/**', (route) => void stalled.push(route));
		await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('芯片')}`);
		const status = page.locator('#search-page .search-status');
		await status.filter({ hasText: '正在搜索…' }).waitFor();
		await page.clock.fastForward(20_500);
		await status.filter({ hasText: '搜索没有加载成功。' }).waitFor();
		expect(await status.locator('button.search-retry').isVisible()).toBe(true);
		await page.close();
	});
});

/**
 * A page kept from before a deploy: its HTML names hashed files the deploy removed. The page is
 * served with `/_astro/` renamed `/_astro-old/`, where nothing exists (a cold cache), or where only
 * what the HTML loads up front exists (the browser cached those; the lazy chunks never loaded).
 */
async function openStale(page: Page, path: string, cached: 'nothing' | 'entry files') {
	const entry = new Set<string>();
	await page.route(`${baseUrl()}${path}`, async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replaceAll('/_astro/', '/_astro-old/');
		for (const [, name] of html.matchAll(/\/_astro-old\/([^"'\s>]+)/g)) entry.add(name ?? '');
		await route.fulfill({ response, body: html });
	});
	await page.route('**/_astro-old/**', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
		if (cached === 'entry files' && entry.has(name))
			return route.fulfill({
				body: readFileSync(join(DIST, '_astro', name)),
				contentType: type(name),
			});
		return route.fulfill({ status: 404, body: 'gone' });
	});
	await page.goto(`${baseUrl()}${path}`);
}
const type = (name: string) => (name.endsWith('.css') ? 'text/css' : 'text/javascript');

describe('a page from a stale cache after a deploy', () => {
	test('nothing cached: the unstyled page still reads, shows the figure tables and navigates', async () => {
		const context = await browser().newContext({ ...PHONE, ...NO_WORKER });
		const page = await context.newPage();
		const errors = pageErrors(page);
		await openStale(page, '/trends/compute-infrastructure/', 'nothing');
		expect(await page.locator('h1').textContent()).toContain('算力');
		expect(((await page.locator('.prose-zh').textContent()) ?? '').length).toBeGreaterThan(2000);
		for (const fig of ['fig-capex', 'fig-datacenters'])
			expect(await figureState(page, fig)).toMatchObject({ table: true });
		await page.locator('a[rel="next"]').click();
		await page.waitForURL('**/trends/ai-native-chips/');
		// The new page is the new deploy's, whole: styled, scripted.
		await page.waitForFunction(
			() => getComputedStyle(document.querySelector('header') as Element).position === 'sticky',
		);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('entry files cached: the figure falls back to its table, and search links still lead to search', async () => {
		const context = await browser().newContext({ ...PHONE, ...NO_WORKER });
		const page = await context.newPage();
		const errors = pageErrors(page);
		await openStale(page, '/trends/compute-infrastructure/', 'entry files');
		await page.locator('#fig-datacenters').scrollIntoViewIfNeeded();
		// The figure's own code is gone too (boot.ts imports it): the page reads as without JS, the
		// table in place of the chart, no toggle.
		await page.waitForFunction(() => !document.documentElement.classList.contains('js'));
		expect(await figureState(page, 'fig-datacenters')).toMatchObject({
			table: true,
			chart: false,
			toggle: false,
		});
		// The search button's code is gone: as a link, it opens /search/ (the new deploy's page).
		await page.locator('[data-rr="search"]').tap();
		await page.waitForURL('**/search/');
		await page.locator('#page-search-input').fill('芯片');
		await page.waitForSelector('#page-search-results [role="option"]');

		// Ctrl/Cmd+K on a stale page goes the same way.
		await openStale(page, '/trends/ai-hardware/', 'entry files');
		await page.keyboard.press('Control+k');
		await page.waitForURL('**/search/');
		expect(errors).toEqual([]);
		await context.close();
	});
});
