/**
 * Pages in Debian's Chromium as the e2e tests and the tools open them (puppeteer-core), and the few
 * page reads the tests repeat, with waits for conditions instead of fixed sleeps. No Vitest here:
 * the tools (bench, screenshots) use it too.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export interface PageOptions {
	width?: number;
	height?: number;
	/** A phone: touch, a mobile viewport, 2 device pixels per CSS pixel unless `scale` says. */
	phone?: boolean;
	scale?: number;
	colorScheme?: 'light' | 'dark';
	reducedMotion?: boolean;
	javaScript?: boolean;
	/** Clipboard read and write granted for the site (the `origin` openPage is given). */
	clipboard?: boolean;
	/** false: requests bypass the service worker (so interception sees them all). */
	serviceWorker?: boolean;
}

export const DESKTOP: PageOptions = { width: 1280, height: 900 };
export const PHONE: PageOptions = { width: 390, height: 844, phone: true };

/** A page in a browser context of its own (its own storage); closing it closes the context. */
export async function openPage(
	browser: Browser,
	options: PageOptions = {},
	origin = '',
): Promise<Page> {
	const context = await browser.createBrowserContext();
	const page = await context.newPage();
	const phone = options.phone ?? false;
	await page.setViewport({
		width: options.width ?? 1280,
		height: options.height ?? 720,
		deviceScaleFactor: options.scale ?? (phone ? 2 : 1),
		isMobile: phone,
		hasTouch: phone,
	});
	const features = [];
	if (options.colorScheme)
		features.push({ name: 'prefers-color-scheme', value: options.colorScheme });
	if (options.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: 'reduce' });
	if (features.length) await page.emulateMediaFeatures(features);
	if (options.javaScript === false) await page.setJavaScriptEnabled(false);
	if (options.serviceWorker === false) await page.setBypassServiceWorker(true);
	if (options.clipboard)
		await context.overridePermissions(origin, [
			'clipboard-read',
			'clipboard-write',
			'clipboard-sanitized-write',
		]);
	const close = page.close.bind(page);
	page.close = async () => {
		await close();
		await context.close();
	};
	return page;
}

/** Collects console errors and uncaught exceptions so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(String(err)));
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
 * The reader moves the pointer, as any reader soon does, until a trend page's reading code has run:
 * client/idle.ts adds the headings' link buttons and loads the companion and quoting (the `trend`
 * chunk) on the reader's first move once the page is idle; that code dates the citation last
 * (share/listen.ts). It moves again until then: a move before the idle code has arrived does
 * nothing.
 */
export async function readerMoves(page: Page): Promise<void> {
	const ready = () =>
		page.evaluate(
			() =>
				!!document.querySelector('.heading-row .copy-link') &&
				/\)\[\d{4}-\d{2}-\d{2}\]|Retrieved [A-Z][a-z]+ \d/.test(
					document.querySelector('.cite pre')?.textContent ?? '',
				),
		);
	for (let i = 0; !(await ready()); i++) {
		if (i > 400) throw new Error('the trend page never ran its reading code');
		await page.mouse.move(10 + (i % 2), 10);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
	await frames(page, 2);
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
		const value = (await page.evaluate(measure, selector)) as T;
		const key = JSON.stringify(value);
		same = key === last ? same + 1 : 0;
		last = key;
		if (same >= needed) return value;
		if (Date.now() > deadline) throw new Error(`still changing after ${timeout} ms: ${key}`);
		await frames(page);
	}
}

/**
 * Records every layout shift of the page from its start (the CLS entries, buffered), each with what
 * moved and from where to where, so that a failure names the element rather than only a score.
 */
export async function recordShifts(page: Page): Promise<void> {
	await page.evaluateOnNewDocument(() => {
		interface Shift {
			value: number;
			sources: {
				node?: Node | null;
				previousRect: DOMRectReadOnly;
				currentRect: DOMRectReadOnly;
			}[];
		}
		const w = window as unknown as { shifts: string[] };
		w.shifts = [];
		const name = (node?: Node | null): string => {
			if (!(node instanceof Element)) return node?.nodeName ?? '?';
			const cls = [...node.classList].map((c) => `.${c}`).join('');
			return `${node.localName}${node.id ? `#${node.id}` : ''}${cls}`;
		};
		const rect = (r: DOMRectReadOnly) => `${r.x},${r.y} ${r.width}×${r.height}`;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Shift[])
				w.shifts.push(
					`${e.value.toFixed(6)} at ${location.pathname}: ` +
						e.sources
							.map((s) => `${name(s.node)} ${rect(s.previousRect)} → ${rect(s.currentRect)}`)
							.join('; '),
				);
		}).observe({ type: 'layout-shift', buffered: true });
	});
}
/** The shifts recorded on the page, one line each: none is the goal. */
export const shifts = (page: Page): Promise<string[]> =>
	page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);

/** The top of an element relative to the viewport, once it no longer moves. */
export const steadyTop = (page: Page, selector: string): Promise<number> =>
	steady(page, (s) => document.querySelector(s)?.getBoundingClientRect().top ?? NaN, selector);

/** The text of the first element matching, or null where there is none. */
export const text = (page: Page, selector: string): Promise<string | null> =>
	page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

export const attr = (page: Page, selector: string, name: string): Promise<string | null> =>
	page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);

export const count = (page: Page, selector: string): Promise<number> =>
	page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** Rendered and not hidden (the first element matching), as a reader could see it. */
export const visible = (page: Page, selector: string): Promise<boolean> =>
	page.evaluate((s) => {
		const el = document.querySelector(s);
		if (!el || el.getClientRects().length === 0) return false;
		const box = el.getBoundingClientRect();
		return getComputedStyle(el).visibility !== 'hidden' && box.width > 0 && box.height > 0;
	}, selector);

export const box = (
	page: Page,
	selector: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> =>
	page.evaluate((s) => {
		const r = document.querySelector(s)?.getBoundingClientRect();
		return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
	}, selector);

/** Waits until the first element matching has this text. */
export const waitForText = (page: Page, selector: string, wanted: string): Promise<unknown> =>
	page.waitForFunction(
		(s, w) => document.querySelector(s)?.textContent === w,
		{},
		selector,
		wanted,
	);

/**
 * Waits until the page's URL matches and its document has loaded (across navigations). Polled from
 * here, not in the page: a page with JavaScript off runs no polling of its own once it navigates.
 */
export async function waitForURL(page: Page, pattern: RegExp): Promise<string> {
	const deadline = Date.now() + 15_000;
	for (;;) {
		const loaded =
			pattern.test(page.url()) &&
			(await page.evaluate(() => document.readyState).catch(() => '')) === 'complete';
		if (loaded && pattern.test(page.url())) return page.url();
		if (Date.now() > deadline) throw new Error(`timed out waiting for a loaded page at ${pattern}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** Sets an input's value as typed at once (one input event), as a paste would. */
export const fill = (page: Page, selector: string, value: string): Promise<void> =>
	page.$eval(
		selector,
		(el, v) => {
			const input = el as HTMLInputElement;
			input.focus();
			input.value = v;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		},
		value,
	);

/**
 * The page's long timers under the test's hand: a timer of half a second or more is held until the test
 * moves the clock past it (`advance`), so "after 20 s" is a jump in time, not a sleep. Shorter
 * timers run as usual. An init script: install before the page loads.
 */
export const HELD_TIMERS = String.raw`(() => {
	const realSet = window.setTimeout.bind(window);
	const realClear = window.clearTimeout.bind(window);
	const held = new Map();
	let now = 0;
	let next = 1e9;
	window.setTimeout = (fn, ms = 0, ...args) => {
		if (ms < 500) return realSet(fn, ms, ...args);
		held.set(++next, { at: now + ms, fn, args });
		return next;
	};
	window.clearTimeout = (id) => (held.has(id) ? held.delete(id) : realClear(id));
	window.__rrAdvance = (ms) => {
		now += ms;
		for (const [id, t] of [...held]) {
			if (t.at > now) continue;
			held.delete(id);
			if (typeof t.fn === 'function') t.fn(...t.args);
		}
		return held.size;
	};
})();`;

/** Moves the held clock (HELD_TIMERS) on by `ms`, running every timer that falls due. */
export const advance = (page: Page, ms: number): Promise<unknown> =>
	page.evaluate(
		(m) => (window as unknown as { __rrAdvance: (n: number) => number }).__rrAdvance(m),
		ms,
	);

/**
 * The network off (or on) for the page and for the service workers of its context running now, as
 * a reader's airplane mode is: a worker's own fetches fail too. A worker started later is not
 * reached; a test that needs the site gone for it too also stops the server answering
 * (e2e/offline.test.ts).
 */
export async function setOffline(page: Page, offline: boolean): Promise<void> {
	await page.setOfflineMode(offline);
	if (!offline) {
		// The conditions last as long as the session that set them; a debugger session left on a
		// worker would also keep it busy, holding back its successor's activation.
		for (const session of workerSessions) await session.detach().catch(() => {});
		workerSessions.clear();
		return;
	}
	const workers = page
		.browserContext()
		.targets()
		.filter((t) => t.type() === 'service_worker');
	for (const target of workers) {
		const emulate = async () => {
			const session = await target.createCDPSession();
			workerSessions.add(session);
			await session.send('Network.enable');
			await session.send('Network.emulateNetworkConditions', {
				offline: true,
				latency: 0,
				downloadThroughput: -1,
				uploadThroughput: -1,
			});
		};
		// A worker a newer one replaced is still listed but never answers (nor fetches): skipped. One
		// whose install failed can be gone by the time it is reached: nothing to take offline.
		const gone = (error: unknown) => {
			if (!String(error).includes('No target with given id')) throw error;
		};
		await Promise.race([
			emulate().catch(gone),
			new Promise((resolve) => setTimeout(resolve, 3000)),
		]);
	}
}
const workerSessions = new Set<CDPSession>();
