/**
 * Deep links in Chromium: the language link keeps the section and the query. (Section links under
 * the sticky header, short links and copy link are journeys of every engine.)
 */
import { describe, expect, test } from 'vitest';
import { baseUrl, openPage, steadyTop, useBrowser, waitForURL } from '../helpers/browser';

const browser = useBrowser();

describe('deep links', () => {
	test('the language link keeps the section (#id) and the search query (?q=)', async () => {
		const page = await openPage(browser());
		await page.goto(`${baseUrl()}/trends/inference-time/#two-meanings`);
		// The link follows the address once the page is idle; without JS it goes to the twin's top.
		await page.waitForFunction(() =>
			document.querySelector<HTMLAnchorElement>('a.lang-switch')?.href.endsWith('#two-meanings'),
		);
		await page.click('a.lang-switch');
		await waitForURL(page, /\/en\/trends\/inference-time\/#two-meanings$/);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		expect(await steadyTop(page, '#two-meanings')).toBeLessThan(200);
		// And back, to the section the reader has since jumped to.
		await page.evaluate(() => (location.hash = 'gaps'));
		await page.click('a.lang-switch');
		await waitForURL(page, /:\d+\/trends\/inference-time\/#gaps$/);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		await page.goto(`${baseUrl()}/search/?q=MoE`);
		await page.waitForFunction(() =>
			document.querySelector<HTMLAnchorElement>('a.lang-switch')?.href.includes('?q=MoE'),
		);
		await page.click('a.lang-switch');
		await waitForURL(page, /\/en\/search\/\?q=MoE$/);
		await page.close();
	});
});
