/** Trend 1's figures in Chromium: drawing, toggle, theme, anchors, and lazy chart code. */
import { canvasPixels } from '../helpers/canvas';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, frames, steady, steadyTop, useBrowser, watchErrors } from '../helpers/browser';

const browser = useBrowser();

/**
 * Non-transparent pixels and a checksum of the canvas, to see that it drew and what colours, once
 * the drawing has stopped changing (Chart.js animates the first draw).
 */
const canvasStats = (page: Page, fig: string) =>
	steady(page, canvasPixels, `#${fig} canvas`, { frames: 5 });

describe('figures', () => {
	test('each canvas draws once scrolled near, and the table toggle swaps views', async () => {
		const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		for (const fig of ['fig-capex', 'fig-datacenters']) {
			await page.locator(`#${fig}`).scrollIntoViewIfNeeded();
			await page.waitForSelector(`rr-figure:has(#${fig})[data-drawn]`);
			expect((await canvasStats(page, fig)).painted, fig).toBeGreaterThan(5000);

			const toggle = page.locator(`#${fig} .figure-toggle`);
			const table = page.locator(`#${fig} .figure-table table`);
			expect(await page.locator(`#${fig} .figure-chart`).isVisible()).toBe(true);
			await toggle.click();
			expect(await toggle.getAttribute('aria-pressed')).toBe('true');
			expect(await table.isVisible()).toBe(true);
			expect((await table.boundingBox())?.height).toBeGreaterThan(100);
			// Each row's reason came with the chart and sits after its badge.
			const rows = await page.locator(`#${fig} tbody tr:not(.grp)`).count();
			expect(rows).toBeGreaterThan(3);
			expect(await page.locator(`#${fig} tbody tr:not(.grp) .conf + .why`).count()).toBe(rows);
			expect(await page.locator(`#${fig} .why-link`).isVisible()).toBe(false);
			expect(await page.locator(`#${fig} .figure-chart`).isVisible()).toBe(false);
			await toggle.click();
			expect(await page.locator(`#${fig} .figure-chart`).isVisible()).toBe(true);
		}
		expect(errors).toEqual([]);
		await page.close();
	});

	test('switching the theme recolours the chart without a reload', async () => {
		const context = await browser().newContext({
			colorScheme: 'light',
			viewport: { width: 1280, height: 900 },
		});
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/#fig-capex`);
		await page.waitForSelector('rr-figure:has(#fig-capex)[data-drawn]');
		const before = await canvasStats(page, 'fig-capex');
		await page.locator('[data-rr="theme"]').click();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		const after = await canvasStats(page, 'fig-capex');
		expect(after.painted).toBeGreaterThan(5000);
		expect(after.sum).not.toBe(before.sum);
		await context.close();
	});

	test('opening a figure anchor scrolls the figure into view', async () => {
		const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/#fig-datacenters`);
		const top = await steadyTop(page, '#fig-datacenters');
		expect(top).toBeGreaterThanOrEqual(40);
		expect(top).toBeLessThan(200);
		await page.close();
	});

	test('a page without figures loads no figure or chart code, and trend 1 loads the chart only near a figure', async () => {
		// A short viewport keeps the first figure well beyond the 400 px look-ahead on load.
		const page = await browser().newPage({ viewport: { width: 1280, height: 400 } });
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(`${baseUrl()}/trends/inference-time/`, { waitUntil: 'networkidle' });
		await page.mouse.wheel(0, 5000);
		// Scrolled and settled, then one more frame: any intersection observer has had its turn.
		await page.waitForFunction(() => scrollY > 0);
		await steady(page, () => scrollY);
		await frames(page, 2);
		expect(scripts.filter((u) => /\/(charts|figure)\.[\w-]+\.js/.test(u))).toEqual([]);

		scripts.length = 0;
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`, { waitUntil: 'networkidle' });
		expect(scripts.some((u) => u.includes('charts.'))).toBe(false);
		expect(scripts.some((u) => u.includes('/figure.'))).toBe(true);
		await page.locator('#fig-capex').scrollIntoViewIfNeeded();
		await page.waitForSelector('rr-figure:has(#fig-capex)[data-drawn]');
		expect(scripts.some((u) => u.includes('charts.'))).toBe(true);
		await page.close();
	});
});
