/**
 * The reader in Chromium, where the DevTools protocol is needed: the system colour scheme, the
 * phone menu by touch and keyboard, and print media. Navigation, the stored theme and sideways
 * scrolling are journeys of every engine (tests/helpers/engines/journeys.ts).
 */
import { describe, expect, test } from 'vitest';
import {
	baseUrl,
	openPage,
	PHONE,
	useBrowser,
	visible,
	waitForURL,
	watchErrors,
} from '../helpers/browser';

const browser = useBrowser();

describe('theme', () => {
	test('without a stored choice the system preference wins', async () => {
		const page = await openPage(browser(), { colorScheme: 'dark' });
		await page.goto(`${baseUrl()}/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.close();
	});
});

describe('phone menu', () => {
	test('opens and closes by touch, and by keyboard with Escape returning focus', async () => {
		const page = await openPage(browser(), PHONE);
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}/about/`);
		const toggle = '[popovertarget="site-menu"]';
		const panel = '[data-rr-menu] nav';
		expect(await visible(page, panel)).toBe(false);

		await page.tap(toggle);
		expect(await visible(page, panel)).toBe(true);
		// The list of trends arrives when the menu first opens, here likely before the page is idle
		// (client/idle.ts); until then the menu holds a link to the home page's overview.
		await page.waitForFunction(
			(p) => document.querySelectorAll(`${p} a[href^="/trends/"]`).length === 10,
			{},
			panel,
		);
		await page.tap(toggle);
		expect(await visible(page, panel)).toBe(false);

		await page.focus(toggle);
		await page.keyboard.press('Enter');
		expect(await visible(page, panel)).toBe(true);
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.closest('[data-rr-menu]') !== null),
		).toBe(true);
		await page.keyboard.press('Escape');
		expect(await visible(page, panel)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(
			'site-menu',
		);

		await page.tap(toggle);
		await page.tap(`${panel} a[href="/trends/ai-hardware/"]`);
		await waitForURL(page, /\/trends\/ai-hardware\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('print', () => {
	// The print rules come with the closing sheet on every page but an embed, which links them for
	// print media (BaseHead): no page fetches a print-only sheet it does not need on screen.
	test('a trend page prints light, without its chrome, its figures as tables and its links spelt out; an embed too', async () => {
		const page = await openPage(browser(), { colorScheme: 'dark' });
		const errors = watchErrors(page);
		await page.emulateMediaType('print');
		const printed = () =>
			page.evaluate(() => {
				const shown = (s: string) => {
					const el = document.querySelector(s);
					return !!el && getComputedStyle(el).display !== 'none';
				};
				const table = document.querySelector('figure .figure-table');
				const external = document.querySelector('main a[href^="http"]');
				return {
					surface: getComputedStyle(document.body).backgroundColor,
					header: shown('.site-header'),
					chart: shown('figure .figure-chart'),
					table: !!table && table.getBoundingClientRect().width > 100,
					after: external ? getComputedStyle(external, '::after').content : 'none',
				};
			});
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		// With JS the table is drawn as a chart and its table hidden from the screen (global.css).
		expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
		expect(await printed()).toMatchObject({
			surface: 'rgb(255, 255, 255)',
			header: false,
			chart: false,
			table: true,
		});
		expect((await printed()).after).toMatch(/^" \(https?:\/\//);
		await page.goto(`${baseUrl()}/embed/capex/`);
		expect(await printed()).toMatchObject({
			surface: 'rgb(255, 255, 255)',
			chart: false,
			table: true,
		});
		await page.emulateMediaType('screen');
		expect((await printed()).surface).not.toBe('rgb(255, 255, 255)');
		expect(errors).toEqual([]);
		await page.close();
	});
});
