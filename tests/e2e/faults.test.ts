/**
 * Faults in Chromium, where the DevTools protocol can hold and rewrite requests: the chart code or
 * the search index gets no answer at all, and a page opened from a stale cache after a deploy (old
 * HTML whose hashed files are gone). The reader always gets a message and a way on: never an
 * endless "searching…", never a blank figure. (A file refused once, then served, and the retry that
 * fetches it again are journeys of every engine: tests/helpers/engines/faults.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	advance,
	baseUrl,
	fill,
	HELD_TIMERS,
	openPage,
	PHONE,
	text,
	useBrowser,
	waitForURL,
	type PageOptions,
} from '../helpers/browser';
import { DIST } from '../helpers/dist';

const browser = useBrowser();

/**
 * The faults are staged by intercepting the page's requests, which a service worker's own requests
 * would bypass, so these pages run without the offline worker (tests/e2e/offline.test.ts is about
 * that one).
 */
const NO_WORKER: PageOptions = { serviceWorker: false };

/** Uncaught exceptions and unhandled rejections: a fault must be handled, not thrown. */
function pageErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (err) => errors.push(String(err)));
	return errors;
}

/** Requests whose URL matches get no answer at all (held until the page is closed). */
async function stall(page: Page, pattern: RegExp): Promise<HTTPRequest[]> {
	const stalled: HTTPRequest[] = [];
	await page.setRequestInterception(true);
	page.on('request', (request) => {
		if (pattern.test(request.url())) stalled.push(request);
		else void request.continue();
	});
	return stalled;
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

describe('no answer at all', () => {
	test('the chart code: after 20 s the table shows with the message, not a blank chart', async () => {
		const page = await openPage(browser(), { ...PHONE, ...NO_WORKER });
		await page.evaluateOnNewDocument(HELD_TIMERS);
		const stalled = await stall(page, /\/_astro\/charts\.[\w-]+\.js$/);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await page.evaluate(() => document.getElementById('fig-capex')?.scrollIntoView());
		// The figure's code loads at idle, then asks for the chart code once the figure is near: a
		// wait for that request, not a deadline on it (expect.poll's default second, which run 39 on a
		// busy machine missed).
		await expect.poll(() => stalled.length, { timeout: 15_000 }).toBeGreaterThan(0);
		expect((await figureState(page, 'fig-capex')).error).toBeNull();
		await advance(page, 20_500);
		await page.waitForSelector('rr-figure:has(#fig-capex) .figure-error');
		expect(await figureState(page, 'fig-capex')).toMatchObject({ view: 'table', table: true });
		await page.close();
	});

	test('the search index: /search/?q= stops "searching" after 20 s and offers the retry', async () => {
		const page = await openPage(browser(), NO_WORKER);
		await page.evaluateOnNewDocument(HELD_TIMERS);
		await stall(page, /\/pagefind\//);
		await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('芯片')}`);
		const status = '#search-page .search-status';
		await page.waitForFunction(
			(s) => document.querySelector(s)?.textContent === '正在搜索…',
			{},
			status,
		);
		await advance(page, 20_500);
		await page.waitForFunction(
			(s) => document.querySelector(s)?.textContent?.startsWith('搜索没有加载成功。'),
			{},
			status,
		);
		await page.waitForSelector(`${status} button.search-retry`, { visible: true });
		await page.close();
	});
});

/**
 * A page kept from before a deploy: its HTML names hashed files the deploy removed. The page is
 * served with `/_astro/` renamed `/_astro-old/`, where nothing exists (a cold cache), or where only
 * what the HTML loads up front exists (the browser cached those; the lazy chunks never loaded).
 */
async function staleCache(page: Page) {
	const stale = {
		path: '',
		cached: 'nothing' as 'nothing' | 'entry files',
		entry: new Set<string>(),
	};
	await page.setRequestInterception(true);
	page.on('request', (request) => {
		void (async () => {
			const url = new URL(request.url());
			if (url.pathname === stale.path && request.isNavigationRequest()) {
				const html = (await (await fetch(url)).text()).replaceAll('/_astro/', '/_astro-old/');
				for (const [, name] of html.matchAll(/\/_astro-old\/([^"'\s>]+)/g))
					stale.entry.add(name ?? '');
				return request.respond({
					status: 200,
					contentType: 'text/html; charset=utf-8',
					body: html,
				});
			}
			if (!url.pathname.startsWith('/_astro-old/')) return request.continue();
			const name = url.pathname.split('/').pop() ?? '';
			if (stale.cached === 'entry files' && stale.entry.has(name))
				return request.respond({
					status: 200,
					body: readFileSync(join(DIST, '_astro', name)),
					contentType: name.endsWith('.css') ? 'text/css' : 'text/javascript',
				});
			return request.respond({ status: 404, contentType: 'text/plain', body: 'gone' });
		})();
	});
	return async (path: string, cached: 'nothing' | 'entry files') => {
		Object.assign(stale, { path, cached, entry: new Set<string>() });
		await page.goto(`${baseUrl()}${path}`);
	};
}

describe('a page from a stale cache after a deploy', () => {
	test('nothing cached: the unstyled page still reads, shows the figure tables and navigates', async () => {
		const page = await openPage(browser(), { ...PHONE, ...NO_WORKER });
		const errors = pageErrors(page);
		const open = await staleCache(page);
		await open('/trends/compute-infrastructure/', 'nothing');
		expect(await text(page, 'h1')).toContain('算力');
		expect((await text(page, '.prose-zh'))?.length).toBeGreaterThan(2000);
		for (const fig of ['fig-capex', 'fig-datacenters'])
			expect(await figureState(page, fig)).toMatchObject({ table: true });
		// Tapped where the reader sees it: unstyled, the map's images make the page wider than the
		// phone, so the visual viewport sits below the layout one (visualViewport.offsetTop), and
		// page.tap, which aims at the layout position, landed under a one-line link.
		const at = await page.$eval('a[rel="next"]', (a) => {
			a.scrollIntoView({ block: 'center' });
			const box = a.getClientRects()[0] as DOMRect;
			const view = visualViewport as VisualViewport;
			return {
				x: box.x + box.width / 2 - view.offsetLeft,
				y: box.y + box.height / 2 - view.offsetTop,
			};
		});
		await page.touchscreen.tap(at.x, at.y);
		await waitForURL(page, /\/trends\/ai-native-chips\/$/);
		// The new page is the new deploy's, whole: styled, scripted.
		await page.waitForFunction(
			() => getComputedStyle(document.querySelector('header') as Element).position === 'sticky',
		);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('entry files cached: the figure falls back to its table, and search links still lead to search', async () => {
		const page = await openPage(browser(), { ...PHONE, ...NO_WORKER });
		const errors = pageErrors(page);
		const open = await staleCache(page);
		await open('/trends/compute-infrastructure/', 'entry files');
		await page.evaluate(() => document.getElementById('fig-datacenters')?.scrollIntoView());
		// The figure's own code is gone too (idle.ts imports it): the page reads as without JS, the
		// table in place of the chart, no toggle.
		await page.waitForFunction(() => !document.documentElement.classList.contains('js'));
		expect(await figureState(page, 'fig-datacenters')).toMatchObject({
			table: true,
			chart: false,
			toggle: false,
		});
		// The search button's code is gone: as a link, it opens /search/ (the new deploy's page).
		await page.tap('[data-rr="search"]');
		await waitForURL(page, /\/search\/$/);
		await page.waitForSelector('#page-search-input');
		await fill(page, '#page-search-input', '芯片');
		await page.waitForSelector('#page-search-results [role="option"]');

		// Ctrl/Cmd+K on a stale page goes the same way.
		await open('/trends/ai-hardware/', 'entry files');
		await page.keyboard.down('Control');
		await page.keyboard.press('k');
		await page.keyboard.up('Control');
		await waitForURL(page, /\/search\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
