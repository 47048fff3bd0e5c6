/**
 * One small driver over two automation stacks, with just what the cross-engine journeys need:
 * - Chromium (DevTools protocol) and Firefox ESR (WebDriver BiDi): puppeteer-core (puppeteer.ts);
 * - WebKit: selenium-webdriver with WebKitGTK's WebKitWebDriver and MiniBrowser, under Xvfb
 *   (webkit.ts).
 * Page code is passed as a function and sent as its source text, so it must not use anything from
 * the test's scope: pass values as arguments.
 */
import type { EngineName } from './requirements';

export type { EngineName } from './requirements';

export interface Size {
	width: number;
	height: number;
}

/**
 * Keys the journeys press. `Mod+K` is Ctrl+K (Cmd+K on a Mac, which none of the engines here is);
 * `Shift+Enter` holds Shift down around Enter.
 */
export type Key =
	| 'Enter'
	| 'Shift+Enter'
	| 'Escape'
	| 'ArrowDown'
	| 'ArrowUp'
	| 'ArrowLeft'
	| 'ArrowRight'
	| 'Home'
	| 'End'
	| 'Tab'
	| 'Mod+K';

export interface Driver {
	readonly engine: EngineName;
	/** Opens `path` of the site (with search and hash) and waits for its load event. */
	goto(path: string): Promise<void>;
	reload(): Promise<void>;
	/**
	 * A fresh page (and storage) with this viewport in CSS pixels. `initScripts` run in every
	 * document of the site before its own scripts, after the probe: to take a feature away, say.
	 */
	resize(size: Size, initScripts?: string[]): Promise<void>;
	/** Runs one expression of page JavaScript and returns its (awaited) value. */
	run(expression: string): Promise<unknown>;
	evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** A real pointer click at the middle of the first element matching `selector`. */
	click(selector: string): Promise<void>;
	/**
	 * Moves the mouse pointer to (x, y), CSS pixels of the page's viewport, pressing nothing. Not on
	 * a phone: a touch screen has no pointer that rests.
	 */
	pointAt(x: number, y: number): Promise<void>;
	/** Types into the focused element, key by key. */
	type(text: string): Promise<void>;
	press(key: Key): Promise<void>;
	/**
	 * The next request of this page (or its frames) whose URL path matches is refused, as a network
	 * failure; later ones go through. Lasts until the next `resize`.
	 */
	refuseOnce(path: RegExp): Promise<void>;
	/** PNG of the viewport. */
	screenshot(file: string): Promise<void>;
	/**
	 * Console errors, uncaught exceptions, failed loads and CSP violations since the last call: the
	 * engine's own log where its driver reports one, plus the probe's record (probe.ts).
	 */
	takeErrors(): Promise<string[]>;
	close(): Promise<void>;
}

/** `fn(...args)` as one expression of page JavaScript. */
export const expression = (fn: (...args: never[]) => unknown, args: unknown[]): string =>
	`(${fn.toString()}).apply(null, ${JSON.stringify(args)})`;

/** What every engine shares on top of `run`. */
export abstract class BaseDriver implements Driver {
	abstract readonly engine: EngineName;
	abstract goto(path: string): Promise<void>;
	abstract reload(): Promise<void>;
	abstract resize(size: Size, initScripts?: string[]): Promise<void>;
	abstract run(expression: string): Promise<unknown>;
	abstract click(selector: string): Promise<void>;
	abstract pointAt(x: number, y: number): Promise<void>;
	abstract type(text: string): Promise<void>;
	abstract press(key: Key): Promise<void>;
	abstract refuseOnce(path: RegExp): Promise<void>;
	abstract screenshot(file: string): Promise<void>;
	abstract takeErrors(): Promise<string[]>;
	abstract close(): Promise<void>;

	async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
		return (await this.run(expression(fn as (...a: never[]) => unknown, args))) as Awaited<R>;
	}
}

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/**
 * Polls `fn(...args)` in the page until it returns a truthy value, and returns it. A page that is
 * navigating (the old document gone, the new one not ready) counts as "not yet". Tries are 25 ms
 * apart (a polling interval, not a sleep before a check): on two busy cores, a tighter loop of
 * round trips only slows the page it waits for.
 */
export async function waitFor<A extends unknown[], R>(
	driver: Driver,
	fn: (...args: A) => R,
	args: A,
	{ timeout = 10_000, message = '' } = {},
): Promise<Truthy<Awaited<R>>> {
	const deadline = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			const value = await driver.evaluate(fn, ...args);
			if (value) return value as Truthy<Awaited<R>>;
			last = value;
		} catch (err) {
			last = err;
		}
		if (Date.now() > deadline)
			throw new Error(
				`${driver.engine}: timed out after ${timeout} ms waiting for ${message || fn.toString()}; last: ${String(last)}`,
			);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

/** Waits until the page's path (and search) matches and the document has loaded. */
export const waitForPath = (driver: Driver, pattern: RegExp, timeout = 15_000): Promise<string> =>
	waitFor(
		driver,
		(source: string, flags: string): string | false =>
			new RegExp(source, flags).test(location.pathname + location.search + location.hash) &&
			document.readyState === 'complete' &&
			location.href,
		[pattern.source, pattern.flags],
		{ timeout, message: `a loaded page at ${pattern}` },
	);

/**
 * Waits until the home page's idle work has loaded what it links: with a place or a read trend
 * remembered, the companion's stylesheet for the resume line and the ✓ marks (client/idle.ts). A
 * journey that passes through the home page to make its next URL a new load leaves it only then,
 * for the reason `resourceLoaded` gives.
 */
export const homeSettled = (driver: Driver): Promise<true> =>
	waitFor(
		driver,
		() => {
			let remembered = false;
			try {
				remembered = !!(localStorage.getItem('rr-place') || localStorage.getItem('rr-read'));
			} catch {
				// Storage refused: nothing is remembered, so nothing loads.
			}
			return (
				!remembered ||
				[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some(
					(l) => /\/companion\.[\w-]+\.css$/.test(l.href) && !!l.sheet,
				)
			);
		},
		[],
		{ message: "the home page's resume line and ✓ marks, with their stylesheet", timeout: 20_000 },
	);

/**
 * Waits until the page's idle code (client/idle.ts) has run, the reader not having moved: it makes
 * the language switch's link absolute (lang-link.ts keepPlace) just before it sets up what waits
 * for the first move, so a page past this point that has no worker or manifest will get none until
 * the reader moves.
 */
export const idleRan = (driver: Driver): Promise<true> =>
	waitFor(
		driver,
		() => /^https?:/.test(document.querySelector('a.lang-switch')?.getAttribute('href') ?? ''),
		[],
		{ message: "the page's idle code to run" },
	);

/**
 * The reader nudges the page (a pixel down, or back up), as any reader soon moves, until a trend
 * page's reading code has run: client/idle.ts adds the headings' link buttons and loads the
 * companion and quoting on the reader's first move once the page is idle, and that code dates the
 * citation last (share/listen.ts). A move before the idle code has arrived does nothing, so it
 * moves again until then.
 */
export const readerMoves = (driver: Driver): Promise<true> =>
	waitFor(
		driver,
		() => {
			const ran =
				!!document.querySelector('.heading-row .copy-link') &&
				/\)\[\d{4}-\d{2}-\d{2}\]|Retrieved [A-Z][a-z]+ \d/.test(
					document.querySelector('.cite pre')?.textContent ?? '',
				);
			if (!ran) scrollBy(0, scrollY > 0 ? -1 : 1);
			return ran;
		},
		[],
		{ message: "the trend page's reading code to run once the reader moves" },
	);

/**
 * Waits until the page has finished loading a resource whose URL matches `pattern`, so that a
 * journey leaves a page only once a load it would cut short is done: engines report such a load
 * as failed (Firefox: a stylesheet, or a module fetched through the worker) before the probe hears
 * the page being left. A reader who stays on the page never meets it.
 */
export const resourceLoaded = (driver: Driver, pattern: RegExp, message: string): Promise<true> =>
	waitFor(
		driver,
		(source: string, flags: string) =>
			performance
				.getEntriesByType('resource')
				.some(
					(e) =>
						new RegExp(source, flags).test(e.name) &&
						(e as PerformanceResourceTiming).responseEnd > 0,
				),
		[pattern.source, pattern.flags],
		{ message },
	);

/** Waits until `measure(arg)` gives the same value on `frames` consecutive animation frames. */
export async function steady<T>(
	driver: Driver,
	measure: (arg: string) => T,
	arg = '',
	{ frames = 3, timeout = 10_000 } = {},
): Promise<T> {
	const deadline = Date.now() + timeout;
	let last: string | undefined;
	let same = 0;
	for (;;) {
		// The measure runs in the frame after the next one is rendered.
		const value = await driver.run(
			`new Promise((resolve) => requestAnimationFrame(() => resolve(${expression(measure, [arg])})))`,
		);
		const key = JSON.stringify(value);
		same = key === last ? same + 1 : 0;
		last = key;
		if (same >= frames) return value as T;
		if (Date.now() > deadline)
			throw new Error(`${driver.engine}: still changing after ${timeout} ms: ${key}`);
	}
}
