/**
 * Offline reading, earned (issue 25), in each engine that has service workers: a page only opened
 * registers no worker; a first visit the reader moves on downloads what it reads (≤ 150 KB from the
 * server until the worker is idle, the page included) and keeps it, the code it loads later
 * included; a second page view downloads the reader's edition, after which three other trends, a
 * chart, a section link and /search/?q= work with the server gone; the other edition is never
 * fetched for it. The menu's "Read offline" control states the size and reports progress;
 * Save-Data downloads nothing in the background.
 *
 * The site is served through a counting front (counting-server.ts), which also plays the lost
 * connection. "The 15 s after load" is measured as "until the worker is idle": the page's file is in
 * the worker's cache and the server has answered everything and seen nothing new for a second
 * (a first visit has nothing scheduled later), so the journey never sleeps 15 s.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DIST } from '../dist';
import { containing, indexedPages } from '../golden';
import { editionLists } from '../precache';
import { startCountingServer, BLANK, type CountingServer } from './counting-server';
import {
	idleRan,
	readerMoves,
	resourceLoaded,
	steady,
	waitFor,
	type Driver,
	type EngineName,
} from './driver';
import { openDriver } from './index';
import { DESKTOP } from './journeys';

/** Issue 25: a first visit to any page transfers at most this much (page included). */
export const FIRST_VISIT_BYTES = 150_000;
/** The server has been quiet this long: nothing more is coming. */
const QUIET_MS = 1_000;
const SAVE_DATA = `Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });`;

/** The cache keys the origin holds (paths), without the revision query. */
const cachedPaths = (d: Driver): Promise<string[]> =>
	d.evaluate(async () => {
		const paths: string[] = [];
		for (const name of await caches.keys())
			for (const request of await (await caches.open(name)).keys())
				paths.push(new URL(request.url).pathname);
		return paths;
	});

/** No worker, no cache: a reader who has never been here (one origin per engine, so per run). */
async function forget(d: Driver): Promise<void> {
	await d.goto(BLANK);
	await d.evaluate(async () => {
		for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
		for (const name of await caches.keys()) await caches.delete(name);
		localStorage.clear();
	});
}

/** Waits until the server has answered everything and seen nothing new for QUIET_MS. */
async function quiet(server: CountingServer, timeout = 30_000): Promise<void> {
	const deadline = Date.now() + timeout;
	for (;;) {
		const last = server.fetched.at(-1)?.at ?? 0;
		if (server.pending() === 0 && Date.now() - last >= QUIET_MS) return;
		if (Date.now() > deadline)
			throw new Error(
				`the server never went quiet: ${server.pending()} pending; last answered ${server.fetched
					.slice(-5)
					.map((f) => `${f.path} ${Date.now() - f.at} ms ago`)
					.join(', ')}`,
			);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/**
 * In the page: the menu's control is in this state (idle, running, ready). The control is built
 * when the menu first opens (client/idle.ts): the journeys open it.
 */
const stateIs = (state: string) =>
	document.querySelector<HTMLElement>('#site-menu .offline-read')?.dataset.state === state;

/** Waits until the worker's cache holds every one of these paths. */
const untilKept = (d: Driver, paths: string[], what: string) =>
	waitFor(
		d,
		async (wanted: string[]) => {
			const have = new Set<string>();
			for (const name of await caches.keys())
				for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname);
			return wanted.every((p) => have.has(p));
		},
		[paths],
		{ timeout: 20_000, message: `${what} to be kept` },
	);

const builtH1 = (file: string) =>
	(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readFileSync(join(DIST, file), 'utf8'))?.[1] ?? '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
const h1 = (d: Driver) =>
	d.evaluate(() => (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim());

/**
 * The reader moves on a trend page, and the journey waits until the page's code has arrived before
 * it moves on: Firefox reports a module still loading through the worker when its page is left as
 * "A ServiceWorker intercepted the request and encountered an unexpected error". Its last chunk,
 * not its first: the reader's move has idle.js import a trend page's chunk, which needs the shared
 * `features`, which needs `base` (run 43 left during trend.js).
 */
const idleLoaded = async (d: Driver) => {
	await readerMoves(d);
	await resourceLoaded(d, /\/_astro\/base\.[\w-]+\.js$/, "the page's idle code to load");
};

export function offlineJourneys(engine: EngineName): void {
	let server: CountingServer;
	let driver: Driver;
	const lists = editionLists();
	const isEnglish = (path: string) =>
		/^\/en\//.test(path) || /\/(pagefind\.)?(wasm\.)?en[_.]/.test(path);

	describe(`${engine}: offline reading, earned`, () => {
		beforeAll(async () => {
			server = await startCountingServer(inject('baseUrl'));
			driver = await openDriver(engine, server.origin);
		});
		afterAll(async () => {
			await driver?.close();
			await server?.stop();
		});

		test('a first visit to trend 4 registers the worker only once the reader moves, and downloads what it reads (≤ 150 KB until the worker is idle); a second page view downloads the Chinese edition, which then reads offline', async () => {
			const d = driver;
			await d.resize(DESKTOP);
			await forget(d);
			server.reset();
			await d.goto('/trends/inference-time/');
			const hasWorker = await d.evaluate(() => 'serviceWorker' in navigator);
			if (!hasWorker) return;
			// A page only opened: its idle code has run and the server has gone quiet since, and no
			// worker was registered or fetched.
			await idleRan(d);
			await quiet(server);
			expect(
				await d.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
			).toBe(0);
			expect(server.fetched.map((f) => f.path)).not.toContain('/sw.js');
			await idleLoaded(d);
			await untilKept(d, ['/trends/inference-time/index.html'], 'the first page');
			await quiet(server);
			const first = server.fetched;
			const bytes = first.reduce((a, f) => a + f.bytes, 0);
			expect(bytes, first.map((f) => `${f.path} ${f.bytes}`).join('\n')).toBeLessThanOrEqual(
				FIRST_VISIT_BYTES,
			);
			// What it read and no more: no other page, no search index, no chart code.
			expect(
				first.map((f) => f.path).filter((p) => /\.html$|\/pagefind\/|\/charts\.|^\/en\//.test(p)),
			).toEqual([]);
			const kept = await cachedPaths(d);
			expect(kept).toContain('/trends/inference-time/index.html');
			expect(kept.filter((p) => p.endsWith('.html'))).toEqual([
				'/trends/inference-time/index.html',
			]);

			// A second page view: the reader's edition, all of it, and nothing of the other. The menu,
			// opened while it downloads, shows the download the page started.
			await d.goto('/trends/ai-hardware/');
			await d.click('.menu-btn');
			await waitFor(d, stateIs, ['ready'], {
				timeout: 60_000,
				message: 'the Chinese edition to be downloaded',
			});
			const stored = new Set(await cachedPaths(d));
			expect(lists.zh.map((e) => `/${e.url}`).filter((p) => !stored.has(p))).toEqual([]);
			expect([...stored].filter(isEnglish)).toEqual([]);
			expect(server.fetched.map((f) => f.path).filter(isEnglish)).toEqual([]);
			await quiet(server);

			server.offline = true;
			try {
				for (const slug of [
					'open-source-china',
					'embodied-intelligence',
					'compute-infrastructure',
				]) {
					await d.goto(`/trends/${slug}/`);
					expect(await h1(d), slug).toBe(builtH1(`trends/${slug}/index.html`));
					await idleLoaded(d);
				}
				// Trend 1's chart: its code and data come from the worker's cache.
				await d.evaluate(() =>
					document.getElementById('fig-capex')?.scrollIntoView({ block: 'center' }),
				);
				await waitFor(
					d,
					() => document.querySelector('rr-figure:has(#fig-capex)')?.hasAttribute('data-drawn'),
					[],
					{ timeout: 20_000, message: 'the chart to draw offline' },
				);
				// A drawn chart loads its controls' code (figure-share.js), through the worker: in
				// before the journey leaves, as for the idle code above (run 83, Firefox).
				await resourceLoaded(
					d,
					/\/_astro\/figure-share\.[\w-]+\.js$/,
					"the figure's controls to load",
				);
				// A section link lands under the sticky header.
				await d.goto('/trends/ai-for-science/#sources');
				const top = await steady(
					d,
					() => document.getElementById('sources')?.getBoundingClientRect().top ?? NaN,
				);
				const header = await d.evaluate(
					() => document.querySelector('header')?.getBoundingClientRect().bottom ?? NaN,
				);
				expect(top).toBeGreaterThanOrEqual(header - 1);
				expect(top).toBeLessThan(header + 120);
				await idleLoaded(d);
				// Search, in this edition: its index comes from the cache.
				const q = '数据中心';
				await d.goto(`/search/?q=${encodeURIComponent(q)}`);
				await waitFor(
					d,
					(query: string) =>
						!!document.querySelector(`#page-search-results[data-query="${query}"] [role="option"]`),
					[q],
					{ timeout: 20_000, message: 'search results offline' },
				);
				const results = await d.evaluate(
					() => document.querySelector('#page-search-results')?.innerHTML ?? '',
				);
				const expected = containing(indexedPages(DIST), q);
				expect(expected.length).toBeGreaterThan(0);
				for (const url of expected) expect(results).toContain(`href="${url}`);
			} finally {
				server.offline = false;
			}
			expect(await d.takeErrors()).toEqual([]);
		});

		test('a page read once, without intent, opens offline with its code: what it loaded after the worker was told (the companion, at the first move) is kept when the page is hidden', async () => {
			const d = driver;
			await d.resize(DESKTOP);
			await forget(d);
			const page = '/trends/inference-time/';
			await d.goto(page);
			if (!(await d.evaluate(() => 'serviceWorker' in navigator))) return;
			// The reader moves: the worker is registered and told, and the companion's code loads, at
			// the same time (client/idle.ts), so some of that code may arrive after the worker was told.
			await idleLoaded(d);
			await untilKept(d, [`${page}index.html`], 'the first page');
			const listed = new Set(lists.zh.map((e) => `/${e.url}`));
			const code = (
				await d.evaluate(() =>
					performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
				)
			).filter((p) => p.endsWith('.js') && listed.has(p));
			expect(code.some((p) => /\/_astro\/base\.[\w-]+\.js$/.test(p))).toBe(true);
			await d.goto(BLANK);
			await untilKept(d, code, "the page's code");
			expect((await cachedPaths(d)).filter((p) => p.endsWith('.html'))).toEqual([
				`${page}index.html`,
			]);

			server.offline = true;
			try {
				await d.goto(page);
				expect(await h1(d)).toBe(builtH1(`${page.slice(1)}index.html`));
				await idleLoaded(d);
			} finally {
				server.offline = false;
			}
			expect(await d.takeErrors()).toEqual([]);
		});

		test('the menu’s “Read offline” states the size, downloads the English edition with progress, and nothing of the Chinese one', async () => {
			const d = driver;
			await d.resize(DESKTOP);
			await forget(d);
			await d.goto('/en/trends/inference-time/');
			if (!(await d.evaluate(() => 'serviceWorker' in navigator))) return;
			await d.click('.menu-btn');
			await waitFor(d, stateIs, ['idle'], {
				timeout: 20_000,
				message: 'the Read offline control',
			});
			const note = () =>
				d.evaluate(() => document.querySelector('#offline-note')?.textContent ?? '');
			expect(await note()).toMatch(
				/^Downloads every page, chart and the search of the English edition, about \d+ KB$/,
			);
			// Every text the control shows while it works, from the click on.
			await d.evaluate(() => {
				const seen: string[] = ((window as unknown as { __notes: string[] }).__notes = []);
				const el = document.querySelector('#offline-note');
				if (el)
					new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, {
						childList: true,
						characterData: true,
						subtree: true,
					});
			});
			await d.click('#site-menu .offline-read button');
			await waitFor(d, stateIs, ['ready'], {
				timeout: 60_000,
				message: 'the English edition to be downloaded',
			});
			const notes = await d.evaluate(() => (window as unknown as { __notes: string[] }).__notes);
			expect(
				notes.some((n) => /^Downloading: \d+ KB of \d+ KB$/.test(n)),
				notes.join(' | '),
			).toBe(true);
			expect(await note()).toMatch(/^The English edition reads offline \(\d+ KB\)$/);
			const stored = new Set(await cachedPaths(d));
			expect(lists.en.map((e) => `/${e.url}`).filter((p) => !stored.has(p))).toEqual([]);
			expect([...stored].filter((p) => p.endsWith('.html') && !p.startsWith('/en/'))).toEqual([]);
			expect(await d.takeErrors()).toEqual([]);
		});

		test('Save-Data: nothing is downloaded in the background, over two page views', async () => {
			const d = driver;
			await d.resize(DESKTOP, [SAVE_DATA]);
			await forget(d);
			await d.goto('/trends/inference-time/');
			if (!(await d.evaluate(() => 'serviceWorker' in navigator))) return;
			await d.goto('/trends/ai-hardware/');
			// The control is offered (the reader can still ask), and nothing else happened.
			await d.click('.menu-btn');
			await waitFor(d, stateIs, ['idle'], {
				timeout: 20_000,
				message: 'the Read offline control',
			});
			await quiet(server);
			expect(await cachedPaths(d)).toEqual([]);
			expect(
				await d.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
			).toBe(0);
			expect(await d.takeErrors()).toEqual([]);
		});
	});
}
