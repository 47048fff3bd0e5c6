/**
 * Browsers for the journeys in tests/e2e: playwright-core driving a browser installed on the
 * machine (never a downloaded one), plus waits for conditions instead of fixed sleeps.
 */
import {
	chromium,
	type Browser,
	type BrowserContextOptions,
	type BrowserType,
	type LaunchOptions,
	type Page,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export { CHROMIUM };

/**
 * The engines the journeys can run in, each with its binary and flags. Only Chromium for now;
 * Firefox or WebKit is one more entry here (and `useBrowser('firefox')` in a test file).
 */
const ENGINES = {
	chromium: {
		type: chromium,
		options: {
			executablePath: CHROMIUM,
			args: CHROMIUM_ARGS,
		},
	},
} satisfies Record<string, { type: BrowserType; options: LaunchOptions }>;

export type Engine = keyof typeof ENGINES;

export function launch(engine: Engine = 'chromium'): Promise<Browser> {
	const { type, options } = ENGINES[engine];
	return type.launch(options);
}

/**
 * One browser for the test file: launched before its tests, closed after them. Call it at the top
 * level of the file; the returned getter gives the browser inside tests and hooks.
 */
export function useBrowser(engine: Engine = 'chromium'): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launch(engine);
	});
	afterAll(async () => {
		await browser?.close();
		browser = undefined;
	});
	return () => {
		if (!browser) throw new Error(`useBrowser(): ${engine} is only open inside tests and hooks`);
		return browser;
	};
}

export const baseUrl = (): string => inject('baseUrl');

export const PHONE: BrowserContextOptions = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
};

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return errors;
}

/** Resolves after the page has rendered `count` more frames (layout, scroll and observers ran). */
export async function frames(page: Page, count = 1): Promise<void> {
	for (let i = 0; i < count; i++)
		await page.evaluate(
			() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
		);
}

/**
 * Waits until `measure(selector)` (run in the page) returns the same value on `frames` consecutive
 * animation frames, and returns that value: the page has finished scrolling, laying out or drawing.
 * Fails with the last value when it still changes after `timeout` ms.
 */
export async function steady<T>(
	page: Page,
	measure: (selector: string) => T,
	selector = '',
	{ frames: needed = 3, timeout = 10_000 } = {},
): Promise<T> {
	const deadline = Date.now() + timeout;
	let last: string | undefined;
	let same = 0;
	for (;;) {
		const value = await page.evaluate(measure, selector);
		const key = JSON.stringify(value);
		same = key === last ? same + 1 : 0;
		last = key;
		if (same >= needed) return value;
		if (Date.now() > deadline) throw new Error(`still changing after ${timeout} ms: ${key}`);
		await frames(page);
	}
}

/** The top of an element relative to the viewport, once it no longer moves. */
export const steadyTop = (page: Page, selector: string): Promise<number> =>
	steady(page, (s) => document.querySelector(s)?.getBoundingClientRect().top ?? NaN, selector);
