/**
 * Quality gates in Chromium. axe (WCAG 2.0–2.2 A/AA + best practice + target size) on one page per
 * template, both editions, in light and dark at 1280 and 390 px: the templates are what differ
 * between pages, so every other page is the same markup with other text (the static checks, links,
 * anchors, html-validate and CSP headers, cover every page: tests/built). Every page of the sitemap
 * is still loaded once: no CSP violation, console error or request to another origin. Plus the
 * keyboard-only path and the site without JavaScript.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	box,
	count,
	DESKTOP,
	openPage,
	PHONE,
	readerMoves,
	steady,
	useBrowser,
	visible,
	waitForURL,
	type PageOptions,
} from '../helpers/browser';
import { readDist } from '../helpers/dist';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One page per template: home, part, text trend, figure trend, about, search, 404. */
const TEMPLATES = [
	'/',
	'/parts/infrastructure/',
	'/trends/inference-time/',
	'/trends/compute-infrastructure/',
	'/about/',
	'/search/',
	'/404.html',
];
const EDITIONS = [
	...TEMPLATES,
	...TEMPLATES.map((p) => (p === '/404.html' ? '/en/404/' : `/en${p}`)),
];

/** Site paths from the sitemap (both editions), plus the 404 pages. */
const sitemapPaths = (): string[] =>
	[...readDist('sitemap-0.xml').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)]
		.map((m) => m[1] ?? '/')
		.concat('/404.html', '/en/404/');

const browser = useBrowser();

/** Two idle periods of the page's main thread: its idle-loaded code has run. */
const idle = async (page: Page) => {
	for (let i = 0; i < 2; i++)
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	// A trend page adds its headings' buttons once the reader moves.
	if (await page.$('[data-trend]')) await readerMoves(page);
};

interface AxeViolation {
	id: string;
	nodes: { target: string[] }[];
}

const VIEWS: [string, PageOptions][] = [
	['1280 light', { ...DESKTOP, colorScheme: 'light' }],
	['1280 dark', { ...DESKTOP, colorScheme: 'dark' }],
	['390 light', { ...PHONE, colorScheme: 'light' }],
	['390 dark', { ...PHONE, colorScheme: 'dark' }],
];

describe('one page per template, both editions', () => {
	test('the templates are in the sitemap', () => {
		const listed = sitemapPaths();
		for (const path of EDITIONS) expect(listed, path).toContain(path);
	});

	test.each(VIEWS)(
		'axe: zero violations (%s)',
		async (_, options) => {
			const page = await openPage(browser(), { ...options, reducedMotion: true });
			const found: string[] = [];
			for (const path of EDITIONS) {
				await page.goto(`${baseUrl()}${path}`);
				// The idle code has run (the menu filled, the companion's controls added, a trend's heading
				// buttons): axe sees the page as the reader does.
				await idle(page);
				await page.evaluate(AXE);
				const violations = (await page.evaluate(
					async (tags) =>
						(
							await (
								window as unknown as {
									axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
								}
							).axe.run(document, {
								runOnly: { type: 'tag', values: tags },
								rules: { 'target-size': { enabled: true } },
							})
						).violations,
					TAGS,
				)) as AxeViolation[];
				for (const v of violations)
					found.push(
						`${path} ${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`,
					);
			}
			expect(found).toEqual([]);
			await page.close();
		},
		120_000,
	);
});

/** Each edition's pages, its search page and a term it finds. */
const EDITION_CHECKS = [
	{ edition: 'zh', search: `/search/?q=${encodeURIComponent('数据中心')}` },
	{ edition: 'en', search: '/en/search/?q=inference' },
];

// One test per edition, each with its own timeout (both editions' 38 pages in one took 61-74 s of
// its 120 s on two busy cores), run side by side: most of a page's time is the wait for the network
// to go quiet.
describe('every page', () => {
	test.for(EDITION_CHECKS)(
		'$edition: no CSP violations, console errors or requests to other origins',
		{ concurrent: true, timeout: 120_000 },
		async ({ edition, search }, { expect }) => {
			const page = await openPage(browser());
			await page.evaluateOnNewDocument(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const w = window as unknown as { cspViolations?: string[] };
					(w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			const problems: string[] = [];
			const origin = new URL(baseUrl()).origin;
			let current = '';
			page.on('console', (m) => {
				// The 404 page is served with status 404, which Chromium logs as a failed load.
				if (m.type() === 'error' && !(current === '/404.html' && m.text().includes('404')))
					problems.push(`${current} console: ${m.text()}`);
			});
			page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
			page.on('request', (r) => {
				const url = new URL(r.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
					problems.push(`third-party request: ${r.url()}`);
			});
			const violations = (path: string) =>
				page
					.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])
					.then((vs) => problems.push(...vs.map((v) => `${path} CSP: ${v}`)));
			const paths = sitemapPaths().filter((path) => path.startsWith('/en/') === (edition === 'en'));
			expect(paths.length).toBeGreaterThan(12);
			for (const path of paths) {
				current = path;
				await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle0' });
				// Bring every figure near so its chart code runs, then scroll to the end and let it settle.
				const figures = await count(page, 'rr-figure');
				for (let i = 0; i < figures; i++) {
					await page.evaluate(
						(n) => document.querySelectorAll('rr-figure')[n]?.scrollIntoView(),
						i,
					);
					await page.waitForFunction(
						(n) => document.querySelectorAll('rr-figure')[n]?.hasAttribute('data-drawn'),
						{},
						i,
					);
				}
				await page.mouse.wheel({ deltaY: 20_000 });
				await steady(page, () => scrollY);
				await violations(path);
			}
			// Search runs Pagefind's WebAssembly: the one relaxation in the policy must be enough.
			await page.goto(`${baseUrl()}${search}`);
			await page.waitForSelector('#page-search-results [role="option"]');
			await violations(search);
			expect(problems).toEqual([]);
			await page.close();
		},
	);
});

describe('keyboard only', () => {
	test('home → trend → figure toggle and download → copy link → search and open a result, focus always visible', async () => {
		const page = await openPage(browser(), { ...DESKTOP, clipboard: true });
		// The download: named by the browser, not saved anywhere that matters.
		const session = await browser().target().createCDPSession();
		await session.send('Browser.setDownloadBehavior', {
			behavior: 'allowAndName',
			downloadPath: mkdtempSync(join(tmpdir(), 'rr-download-')),
			browserContextId: page.browserContext().id,
			eventsEnabled: true,
		});
		const focusVisible = () =>
			page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return false;
				const style = getComputedStyle(el);
				return (
					el.matches(':focus-visible') &&
					style.outlineStyle !== 'none' &&
					parseFloat(style.outlineWidth) >= 2
				);
			});
		/** Tab until the focused element matches, checking the focus ring on the way. */
		const tabTo = async (selector: string, max = 80) => {
			for (let i = 0; i < max; i++) {
				await page.keyboard.press('Tab');
				expect(await focusVisible()).toBe(true);
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
					return;
			}
			throw new Error(`never reached ${selector}`);
		};

		await page.goto(`${baseUrl()}/`);
		await tabTo('a[href="#main"]', 1);
		await tabTo('main a[href="/trends/compute-infrastructure/"]');
		await page.keyboard.press('Enter');
		await waitForURL(page, /\/trends\/compute-infrastructure\/$/);

		await tabTo('#fig-capex .figure-toggle', 200);
		await page.keyboard.press('Enter');
		expect(await visible(page, '#fig-capex .figure-table table')).toBe(true);
		await tabTo('#fig-capex a[href$="capex.csv"]');
		const download = new Promise<string>((resolve) =>
			session.once('Browser.downloadWillBegin', (e) => resolve(e.suggestedFilename)),
		);
		await page.keyboard.press('Enter');
		expect(await download).toBe('capex.csv');
		await tabTo('#fig-capex [data-rr="copy"]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelector('#fig-capex [role="status"]')?.textContent === '已复制链接',
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/trends\/compute-infrastructure\/#fig-capex$/,
		);

		await page.keyboard.down('Control');
		await page.keyboard.press('k');
		await page.keyboard.up('Control');
		await page.waitForSelector('#dlg-search-input', { visible: true });
		await page.keyboard.type('具身智能');
		await page.waitForSelector('#dlg-search-results [role="option"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await waitForURL(page, /\/trends\/embodied-intelligence\//);
		await session.detach();
		await page.close();
	}, 120_000);
});

describe('without JavaScript', () => {
	test.each([
		['Chinese', '', '搜索需要 JavaScript'],
		['English', '/en', 'Search needs JavaScript'],
	])('%s: text, figure tables and navigation are all there and usable', async (_, ed, noscript) => {
		const page = await openPage(browser(), { ...DESKTOP, javaScript: false });
		await page.goto(`${baseUrl()}${ed}/trends/compute-infrastructure/`);
		expect(
			(await page.$eval('.prose-zh', (el) => (el as HTMLElement).innerText)).length,
		).toBeGreaterThan(1200);
		for (const fig of ['fig-capex', 'fig-datacenters']) {
			const table = `#${fig} .figure-table table`;
			expect(await visible(page, table), fig).toBe(true);
			expect((await box(page, table))?.height ?? 0).toBeGreaterThan(150);
			expect(await visible(page, `#${fig} .figure-chart`)).toBe(false);
		}
		// The menu is a native popover: its button opens it without JS. Its list of trends comes with
		// JavaScript; without, it leads to the home page's overview, which lists every trend.
		await page.click('[popovertarget="site-menu"]');
		await page.click('[data-rr-menu] nav a');
		await waitForURL(page, new RegExp(`:\\d+${ed}/#overview$`));
		expect(await count(page, `#overview ~ ol a[href^="${ed}/trends/"]`)).toBe(10);
		await page.click(`#overview ~ ol a[href="${ed}/trends/ai-for-science/"]`);
		await waitForURL(page, new RegExp(`:\\d+${ed}/trends/ai-for-science/$`));
		// The search link goes to a page that explains search needs JavaScript.
		await page.click('a[data-rr="search"]');
		await waitForURL(page, new RegExp(`:\\d+${ed}/search/$`));
		expect(await page.$eval('main', (el) => (el as HTMLElement).innerText)).toContain(noscript);
		// The language link leads to the same page in the other edition.
		await page.click('a.lang-switch');
		await waitForURL(page, ed ? /:\d+\/search\/$/ : /\/en\/search\/$/);
		await page.close();
	});
});
