/**
 * Every page in the sitemap in Chromium: axe (WCAG 2.0–2.2 A/AA + best practice + target size) in
 * light and dark, desktop and 390 px; no CSP violation, console error or request to another origin.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, PHONE, steady, useBrowser } from '../helpers/browser';
import { readDist } from '../helpers/dist';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Site paths from the sitemap (both editions), plus the 404 pages. */
const sitemapPaths = (): string[] =>
	[...readDist('sitemap-0.xml').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)]
		.map((m) => m[1] ?? '/')
		.concat('/404.html', '/en/404/');

const browser = useBrowser();

interface AxeViolation {
	id: string;
	nodes: { target: string[] }[];
}

const VIEWS: [string, BrowserContextOptions][] = [
	['desktop light', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
	['desktop dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
	['phone light', { ...PHONE, colorScheme: 'light' }],
	['phone dark', { ...PHONE, colorScheme: 'dark' }],
];

describe('every page', () => {
	test.each(VIEWS)(
		'axe: zero violations (%s)',
		async (_, options) => {
			const context = await browser().newContext({ ...options, reducedMotion: 'reduce' });
			const page = await context.newPage();
			const found: string[] = [];
			for (const path of sitemapPaths()) {
				await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
				await page.addScriptTag({ content: AXE }).catch(async () => page.evaluate(AXE));
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
			await context.close();
		},
		240_000,
	);

	test('no CSP violations, console errors or requests to other origins', async () => {
		const context = await browser().newContext();
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) => {
				const w = window as unknown as { cspViolations?: string[] };
				(w.cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
			});
		});
		const page = await context.newPage();
		const problems: string[] = [];
		const origin = new URL(baseUrl()).origin;
		let current = '';
		page.on('console', (m) => {
			// The 404 page is served with status 404, which Chromium logs as a failed load.
			if (m.type() === 'error' && !(current === '/404.html' && m.text().includes('404')))
				problems.push(`${current} console: ${m.text()}`);
		});
		page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
		page.on('request', (r) => {
			const url = new URL(r.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
				problems.push(`third-party request: ${r.url()}`);
		});
		for (const path of sitemapPaths()) {
			current = path;
			await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
			// Bring every figure near so its chart code runs, then scroll to the end and let it settle.
			for (const figure of await page.locator('rr-figure').all()) {
				await figure.scrollIntoViewIfNeeded();
				await figure.and(page.locator('[data-drawn]')).waitFor();
			}
			await page.mouse.wheel(0, 20_000);
			await steady(page, () => scrollY);
			for (const v of (await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
			)) as string[])
				problems.push(`${path} CSP: ${v}`);
		}
		// Search runs Pagefind's WebAssembly: the one relaxation in the policy must be enough.
		await page.goto(`${baseUrl()}/search/?q=${encodeURIComponent('数据中心')}`);
		await page.waitForSelector('#page-search-results [role="option"]');
		for (const v of (await page.evaluate(
			() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
		)) as string[])
			problems.push(`/search/ CSP: ${v}`);
		expect(problems).toEqual([]);
		await context.close();
	}, 120_000);
});

describe('keyboard only', () => {
	test('home → trend → figure toggle and download → copy link → search and open a result, focus always visible', async () => {
		const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
		const page = await context.newPage();
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
		await page.waitForURL('**/trends/compute-infrastructure/');

		await tabTo('#fig-capex .figure-toggle', 200);
		await page.keyboard.press('Enter');
		expect(await page.locator('#fig-capex .figure-table table').isVisible()).toBe(true);
		await tabTo('#fig-capex a[href$="capex.csv"]');
		const download = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		expect((await download).suggestedFilename()).toBe('capex.csv');
		await tabTo('#fig-capex [data-rr="copy"]');
		await page.keyboard.press('Enter');
		await page.waitForFunction(
			() => document.querySelector('#fig-capex [role="status"]')?.textContent === '已复制链接',
		);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
			/\/trends\/compute-infrastructure\/#fig-capex$/,
		);

		await page.keyboard.press('Control+k');
		await page.locator('#dlg-search-input').waitFor({ state: 'visible' });
		await page.keyboard.type('具身智能');
		await page.waitForSelector('#dlg-search-results [role="option"]');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/trends/embodied-intelligence/**');
		await context.close();
	}, 120_000);
});

describe('without JavaScript', () => {
	test.each([
		['Chinese', '', '搜索需要 JavaScript'],
		['English', '/en', 'Search needs JavaScript'],
	])('%s: text, figure tables and navigation are all there and usable', async (_, ed, noscript) => {
		const context = await browser().newContext({
			javaScriptEnabled: false,
			viewport: { width: 1280, height: 900 },
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl()}${ed}/trends/compute-infrastructure/`);
		expect((await page.locator('.prose-zh').innerText()).length).toBeGreaterThan(1200);
		for (const fig of ['fig-capex', 'fig-datacenters']) {
			const table = page.locator(`#${fig} .figure-table table`);
			expect(await table.isVisible(), fig).toBe(true);
			expect((await table.boundingBox())?.height ?? 0).toBeGreaterThan(150);
			expect(await page.locator(`#${fig} .figure-chart`).isVisible()).toBe(false);
		}
		// The menu is a native popover: its button opens it without JS. Its list of trends comes with
		// JavaScript; without, it leads to the home page's overview, which lists every trend.
		await page.locator('[popovertarget="site-menu"]').click();
		await page.locator('[data-rr-menu] nav a').click();
		await page.waitForURL(`**${ed}/#overview`);
		expect(await page.locator(`#overview ~ ol a[href^="${ed}/trends/"]`).count()).toBe(10);
		await page.locator(`#overview ~ ol a[href="${ed}/trends/ai-for-science/"]`).click();
		await page.waitForURL(`**${ed}/trends/ai-for-science/`);
		// The search link goes to a page that explains search needs JavaScript.
		await page.locator('a[data-rr="search"]').click();
		await page.waitForURL(`**${ed}/search/`);
		expect(await page.locator('main').innerText()).toContain(noscript);
		// The language link leads to the same page in the other edition.
		await page.locator('a.lang-switch').click();
		await page.waitForURL(ed ? /\/search\/$/ : /\/en\/search\/$/);
		await context.close();
	});
});
