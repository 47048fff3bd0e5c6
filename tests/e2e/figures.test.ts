/**
 * Trend 1's figures in Chromium: the chart recoloured with the theme, a figure anchor, and the chart
 * code loaded only near a figure (which needs the browser's request log). Drawing and the table
 * toggle are journeys of every engine.
 */
import { canvasEdges, canvasPixels } from '../helpers/canvas';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	DESKTOP,
	frames,
	PHONE,
	openPage,
	steady,
	steadyTop,
	useBrowser,
} from '../helpers/browser';

const browser = useBrowser();

/**
 * Non-transparent pixels and a checksum of the canvas, to see that it drew and what colours, once
 * the drawing has stopped changing (Chart.js animates the first draw).
 */
const canvasStats = (page: Page, fig: string) =>
	steady(page, canvasPixels, `#${fig} canvas`, { frames: 5 });

describe('figures', () => {
	test('switching the theme recolours the chart without a reload', async () => {
		const page = await openPage(browser(), { ...DESKTOP, colorScheme: 'light' });
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/#fig-capex`);
		await page.waitForSelector('rr-figure:has(#fig-capex)[data-drawn]');
		const before = await canvasStats(page, 'fig-capex');
		await page.click('[data-rr="theme"]');
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		const after = await canvasStats(page, 'fig-capex');
		expect(after.painted).toBeGreaterThan(5000);
		expect(after.sum).not.toBe(before.sum);
		await page.close();
	});

	test('on a phone, the data-centre chart keeps its labels whole: none reaches the canvas edge', async () => {
		for (const edition of ['', '/en']) {
			const page = await openPage(browser(), PHONE);
			await page.goto(`${baseUrl()}${edition}/trends/compute-infrastructure/#fig-datacenters`);
			await page.waitForSelector('rr-figure:has(#fig-datacenters)[data-drawn]');
			const canvas = '#fig-datacenters canvas';
			await canvasStats(page, 'fig-datacenters');
			// The longest value label ("more than US$100 bn") and the widest place ("United States*")
			// were cut at 390 px before the chart measured them.
			expect(await page.evaluate(canvasEdges, canvas, 2), edition || '/').toEqual({
				left: 0,
				right: 0,
			});
			await page.close();
		}
	});

	test('opening a figure anchor scrolls the figure into view', async () => {
		const page = await openPage(browser(), DESKTOP);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/#fig-datacenters`);
		const top = await steadyTop(page, '#fig-datacenters');
		expect(top).toBeGreaterThanOrEqual(40);
		expect(top).toBeLessThan(200);
		await page.close();
	});

	test('a page without figures loads no figure or chart code, and trend 1 loads them only near a figure', async () => {
		// A short viewport keeps the first figure well beyond the look-aheads on load (client/idle.ts
		// loads the figure's code a screen ahead, figure.ts the chart's 400 px ahead).
		const page = await openPage(browser(), { width: 1280, height: 400 });
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(`${baseUrl()}/trends/inference-time/`, { waitUntil: 'networkidle0' });
		await page.mouse.wheel({ deltaY: 5000 });
		// Scrolled and settled, then one more frame: any intersection observer has had its turn.
		await page.waitForFunction(() => scrollY > 0);
		await steady(page, () => scrollY);
		await frames(page, 2);
		expect(scripts.filter((u) => /\/(charts|figure)\.[\w-]+\.js/.test(u))).toEqual([]);

		scripts.length = 0;
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`, { waitUntil: 'networkidle0' });
		expect(scripts.filter((u) => /\/(charts|figure)\.[\w-]+\.js/.test(u))).toEqual([]);
		await page.evaluate(() => document.getElementById('fig-capex')?.scrollIntoView());
		await page.waitForSelector('rr-figure:has(#fig-capex)[data-drawn]');
		expect(scripts.some((u) => u.includes('/figure.'))).toBe(true);
		expect(scripts.some((u) => u.includes('charts.'))).toBe(true);
		await page.close();
	});
});
