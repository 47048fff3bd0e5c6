/** Deep links in Chromium: sections land below the sticky header; copy buttons copy the right URL. */
import { describe, expect, test } from 'vitest';
import { baseUrl, PHONE, steadyTop, useBrowser } from '../helpers/browser';

const browser = useBrowser();

describe('deep links', () => {
	test.each([
		['desktop', { viewport: { width: 1280, height: 800 } }],
		['phone', PHONE],
	] as const)(
		'a section link shows its heading below the sticky header (%s)',
		async (_, options) => {
			const context = await browser().newContext(options);
			const page = await context.newPage();
			await page.goto(`${baseUrl()}/trends/ai-for-science/`);
			const id = await page.$$eval('.prose-zh h2', (hs) => hs.at(-1)?.id ?? '');
			await page.goto(`${baseUrl()}/trends/ai-for-science/#${id}`);
			const top = await steadyTop(page, `#${id}`);
			const header = await page.$eval('header', (h) => h.getBoundingClientRect().bottom);
			expect(top).toBeGreaterThanOrEqual(header);
			expect(top).toBeLessThan(header + 120);
			expect(await page.$eval(`#${id}`, (h) => h.matches(':target'))).toBe(true);
			await context.close();
		},
	);

	test('the language link keeps the section (#id) and the search query (?q=)', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl()}/trends/inference-time/#two-meanings`);
		// The link follows the address once the page is idle; without JS it goes to the twin's top.
		await page.waitForFunction(() =>
			document.querySelector<HTMLAnchorElement>('a.lang-switch')?.href.endsWith('#two-meanings'),
		);
		await page.locator('a.lang-switch').click();
		await page.waitForURL('**/en/trends/inference-time/#two-meanings');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await steadyTop(page, '#two-meanings')).toBeLessThan(200);
		// And back, to the section the reader has since jumped to.
		await page.evaluate(() => (location.hash = 'gaps'));
		await page.locator('a.lang-switch').click();
		await page.waitForURL(/\/trends\/inference-time\/#gaps$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await page.goto(`${baseUrl()}/search/?q=MoE`);
		await page.waitForFunction(() =>
			document.querySelector<HTMLAnchorElement>('a.lang-switch')?.href.includes('?q=MoE'),
		);
		await page.locator('a.lang-switch').click();
		await page.waitForURL('**/en/search/?q=MoE');
		await page.close();
	});

	test('short links /t/5/ and /en/t/5/ land on trend 5 in their language', async () => {
		const en = await browser().newPage();
		await en.goto(`${baseUrl()}/en/t/5/`);
		await en.waitForURL('**/en/trends/embodied-intelligence/');
		await en.close();
		const page = await browser().newPage();
		await page.goto(`${baseUrl()}/t/5/`);
		await page.waitForURL('**/trends/embodied-intelligence/');
		expect(await page.locator('h1').textContent()).toContain('具身智能');
		await page.close();
	});

	test('the copy-link buttons put the absolute URL with its anchor on the clipboard and say so', async () => {
		const context = await browser().newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/trends/ai-for-science/?hl=x`);
		// Every heading has its button, named for it (added by client/boot.ts).
		const named = await page.$$eval('.prose-zh h2, .prose-zh h3', (hs) =>
			hs.map(
				(h) =>
					document
						.querySelector(`[data-rr="copy"][data-anchor="${h.id}"]`)
						?.getAttribute('aria-label') === `复制链接：${h.textContent ?? ''}`,
			),
		);
		expect(named.length).toBeGreaterThan(1);
		expect(named.every(Boolean)).toBe(true);
		const id = await page.$$eval('.prose-zh h2', (hs) => hs[0]?.id ?? '');
		const button = page.locator(`[data-rr="copy"][data-anchor="${id}"]`);
		await button.focus();
		await page.keyboard.press('Enter');
		const status = page.locator(`.copy-link:has([data-anchor="${id}"]) [role="status"]`);
		await status.filter({ hasText: '已复制链接' }).waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseUrl()}/trends/ai-for-science/#${id}`,
		);

		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await page.locator('[data-rr="copy"][data-anchor="fig-capex"]').click();
		await page
			.locator('.copy-link:has([data-anchor="fig-capex"]) [role="status"]')
			.filter({ hasText: '已复制链接' })
			.waitFor();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseUrl()}/trends/compute-infrastructure/#fig-capex`,
		);
		await context.close();
	});
});
