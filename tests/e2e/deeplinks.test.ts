/**
 * Deep links in Chromium: the language link keeps the section and the query; links mangled on
 * their way land as a static host serves them. (Section links under the sticky header, short links,
 * copy link and mangled links astro preview can serve are journeys of every engine.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	PHONE,
	baseUrl,
	openPage,
	recordShifts,
	shifts,
	steadyTop,
	useBrowser,
	waitForURL,
} from '../helpers/browser';
import { DIST } from '../helpers/dist';

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

	test('links a chat app glued its punctuation to land on their page, as a static host serves them; a slug cut short is offered without moving the page', async () => {
		const page = await openPage(browser(), PHONE);
		// GitHub Pages, Netlify and Cloudflare answer any missing path with the root 404 page; astro
		// preview answers a path without a final slash with a page of its own, so that is staged here.
		const notFound = readFileSync(join(DIST, '404.html'), 'utf8');
		await page.setRequestInterception(true);
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (request.isNavigationRequest() && !/\/$|\.[a-z0-9]+$/.test(pathname))
				return void request.respond({ status: 404, contentType: 'text/html', body: notFound });
			void request.continue();
		});
		await recordShifts(page);
		for (const [link, lands] of [
			[
				`/trends/compute-infrastructure${encodeURIComponent('）')}`,
				'/trends/compute-infrastructure/',
			],
			[`/t/5${encodeURIComponent('。')}`, '/trends/embodied-intelligence/'],
			[`/en/trends/ai-for-science${encodeURIComponent('”')}`, '/en/trends/ai-for-science/'],
			['/en/parts/china-time.', '/en/parts/china-time/'],
		]) {
			await page.goto(baseUrl() + link);
			await waitForURL(page, new RegExp(`:\\d+${lands}$`));
		}
		await page.goto(`${baseUrl()}/trends/embodied-intel`);
		await page.waitForSelector('.nf-guess a[href="/trends/embodied-intelligence/"]');
		expect(await shifts(page)).toEqual([]);
		await page.close();
	});
});
