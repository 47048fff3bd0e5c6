/**
 * The reader in Chromium, where the DevTools protocol is needed: the system colour scheme, and the
 * phone menu by touch and keyboard. Navigation, the stored theme and sideways scrolling are
 * journeys of every engine (tests/helpers/engines/journeys.ts).
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
