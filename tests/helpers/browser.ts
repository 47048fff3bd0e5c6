/**
 * Chromium for the checks in tests/e2e, which need what only the DevTools protocol gives (rewritten
 * or held requests, the network off for running service workers too, permissions, JavaScript off,
 * media emulation, downloads): puppeteer-core driving Debian's Chromium (helpers/chromium.ts), one
 * browser per test file, pages from helpers/page.ts. Journeys any engine can run belong in
 * tests/helpers/engines/journeys.ts instead (tests/README.md).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, launchChromium } from './chromium';
import { openPage as open, type PageOptions } from './page';

export * from './page';
export { CHROMIUM };

/**
 * One browser for the test file: launched before its tests, closed after them. Call it at the top
 * level of the file; the returned getter gives the browser inside tests and hooks.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		browser = undefined;
	});
	return () => {
		if (!browser) throw new Error('useBrowser(): Chromium is only open inside tests and hooks');
		return browser;
	};
}

export const baseUrl = (): string => inject('baseUrl');

/** A page of its own (see page.ts), with the clipboard, if asked, granted for the served site. */
export const openPage = (browser: Browser, options: PageOptions = {}): Promise<Page> =>
	open(browser, options, new URL(baseUrl()).origin);
