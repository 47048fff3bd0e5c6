/** The reader in a real browser: navigation, theme, phone menu, no console errors. */
import { describe, expect, test } from 'vitest';
import { baseUrl, PHONE, useBrowser, watchErrors } from '../helpers/browser';

const browser = useBrowser();

describe('navigation', () => {
	test('home → part → trend by clicking, without console errors', async () => {
		const page = await browser().newPage();
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}/`);
		await page.locator('#overview + p + ol a[href="/parts/model-evolution/"]').click();
		await page.waitForURL('**/parts/model-evolution/');
		expect(await page.locator('h1').textContent()).toContain('模型进化');
		await page.locator('#part-trends + ol a').first().click();
		await page.waitForURL('**/trends/pretraining-architecture/');
		expect(await page.locator('h1').textContent()).toContain('预训练决定大模型格局梯队');
		await page.locator('a[rel="next"]').click();
		await page.waitForURL('**/trends/inference-time/');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('theme', () => {
	test('the toggle persists across reloads and the stored theme applies before first paint', async () => {
		const context = await browser().newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
		await page.locator('[data-rr="theme"]').click();
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		expect(await page.locator('[data-rr="theme"]').getAttribute('aria-pressed')).toBe('true');

		// No flash: record the theme and the body background at the first DOMContentLoaded of the reload.
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { firstPaint: unknown }).firstPaint = {
					theme: document.documentElement.dataset.theme,
					bg: getComputedStyle(document.body).backgroundColor,
				};
			});
		});
		await page.reload();
		const first = await page.evaluate(
			() => (window as unknown as { firstPaint: { theme: string; bg: string } }).firstPaint,
		);
		expect(first.theme).toBe('dark');
		expect(first.bg).toBe('rgb(20, 22, 27)');
		await context.close();
	});

	test('without a stored choice the system preference wins', async () => {
		const context = await browser().newContext({ colorScheme: 'dark' });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await context.close();
	});
});

describe('phone menu', () => {
	test('opens and closes by touch, and by keyboard with Escape returning focus', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}/about/`);
		const toggle = page.locator('[popovertarget="site-menu"]');
		const panel = page.locator('[data-rr-menu] nav');
		expect(await panel.isVisible()).toBe(false);

		await toggle.tap();
		expect(await panel.isVisible()).toBe(true);
		// The list of trends arrives once the page is idle (client/menu.ts); until then the menu
		// holds a link to the home page's overview.
		await expect.poll(() => panel.locator('a[href^="/trends/"]').count()).toBe(10);
		await toggle.tap();
		expect(await panel.isVisible()).toBe(false);

		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await panel.isVisible()).toBe(true);
		await page.keyboard.press('Tab');
		expect(
			await page.evaluate(() => document.activeElement?.closest('[data-rr-menu]') !== null),
		).toBe(true);
		await page.keyboard.press('Escape');
		expect(await panel.isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(
			'site-menu',
		);

		await toggle.tap();
		await panel.locator('a[href="/trends/ai-hardware/"]').tap();
		await page.waitForURL('**/trends/ai-hardware/');
		expect(errors).toEqual([]);
		await context.close();
	});

	test('nothing scrolls sideways at 320 px', async () => {
		const context = await browser().newContext({ ...PHONE, viewport: { width: 320, height: 700 } });
		const page = await context.newPage();
		for (const path of [
			'/',
			'/parts/infrastructure/',
			'/trends/compute-infrastructure/',
			'/about/',
		]) {
			await page.goto(`${baseUrl()}${path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await context.close();
	});
});
