/// <reference lib="webworker" />
/**
 * The service worker (bundled to <base>sw.js after the build by src/integrations/service-worker.mjs,
 * which puts each edition's file list in front of it as `self.__RR_EDITIONS`).
 *
 * What it downloads is earned (issue 25): a first visit keeps only what the page itself used (the
 * page asks, src/client/offline.ts; the browser's HTTP cache has it all, so nothing is downloaded
 * twice). Once the reader shows intent (a second page view, a return visit, or 离线阅读 in the
 * menu) the page asks for its edition, and only then are that edition's pages, its search index,
 * the chart code and the figures' data fetched: the other edition waits until the reader opens it.
 *
 * Freshness: pages always come from the network first and the cached copy is only the offline
 * fallback, so a deploy shows its text on the next online visit. Every other file is stored under
 * its revision (hashed files under their name), served from the cache, and a new deploy's worker
 * fetches the new revisions of the editions the reader asked for while it installs (and gives way
 * if it cannot fetch them all), then drops what its lists no longer have.
 */
import { disable as disableNavigationPreload } from 'workbox-navigation-preload';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';
import type { Edition, OfflineEntry, OfflineReply, OfflineRequest } from './protocol';

declare const self: ServiceWorkerGlobalScope & {
	__RR_EDITIONS: Record<Edition, OfflineEntry[]>;
};

/**
 * A stalled connection (a train between stations) falls back to the offline copy after this long,
 * instead of leaving the reader on a blank page; a working one always answers first.
 */
const NETWORK_TIMEOUT_SECONDS = 5;
/** Files fetched at once while an edition is downloaded. */
const PARALLEL = 4;
const FILES = 'rr-offline';
/** Which editions the reader asked for (an empty response per edition), for the next deploy. */
const ASKED = 'rr-offline-editions';

const EDITIONS = self.__RR_EDITIONS;
const absolute = (url: string): string => new URL(url, self.location.href).href;

/** The file a URL is served from: /trends/x/?q=1#h → /trends/x/index.html. */
function fileOf(url: string): string {
	const file = new URL(url);
	file.search = '';
	file.hash = '';
	if (file.pathname.endsWith('/')) file.pathname += 'index.html';
	return file.href;
}

/** Every listed file (absolute URL) → its cache key (its revision in the query when it has one). */
const KEYS = new Map<string, string>();
for (const list of Object.values(EDITIONS))
	for (const { url, revision } of list) {
		const file = absolute(url);
		KEYS.set(file, revision ? `${file}?__rev=${revision}` : file);
	}

/** Stores and looks up a listed file under its revision; anything else is never stored. */
const byRevision: WorkboxPlugin = {
	cacheKeyWillBeUsed: async ({ request }) => KEYS.get(fileOf(request.url)) ?? request,
	cacheWillUpdate: async ({ request, response }) =>
		KEYS.has(fileOf(request.url)) && response.ok && !response.redirected ? response : null,
};

// A new deploy's worker takes over at once: pages are network-first, so no open page depends on
// the old worker's copies. The page of the very first visit is not claimed (a page that changes
// hands while it loads can lose a request in Firefox); from the next page on, every request goes
// through the worker.
void self.skipWaiting();
// No navigation preload, and off where an earlier worker turned it on: in Firefox a preload that
// fails (the connection is gone) fails the navigation, even though the worker answers it from the
// cache, so offline pages would not open there.
disableNavigationPreload();

// Pages: the network first, the copy when it fails or stalls (and each page read is kept).
registerRoute(
	new NavigationRoute(
		new NetworkFirst({
			cacheName: FILES,
			networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
			plugins: [byRevision],
		}),
	),
);
// Every other listed file: from the cache when it is there, else fetched and kept. Pagefind asks
// for pagefind-entry.json?ts=<time>; the file's revision answers for any time.
registerRoute(
	({ url, request }) => request.method === 'GET' && KEYS.has(fileOf(url.href)),
	new CacheFirst({ cacheName: FILES, plugins: [byRevision] }),
);

/** The cache keys present now. */
const stored = async (): Promise<Set<string>> =>
	new Set((await (await caches.open(FILES)).keys()).map((r) => r.url));

/**
 * Fetches a listed file (revalidated unless its name is its hash) and stores it, at low priority:
 * an edition's ~80 files share the browser's few connections to the site with the page the reader
 * is using (at the default priority, a search's index queued behind them).
 */
async function fetchInto(cache: Cache, file: string, revision: string | null): Promise<void> {
	const response = await fetch(file, {
		cache: revision ? 'no-cache' : 'default',
		priority: 'low',
	});
	if (!response.ok || response.redirected) throw new Error(`${file}: ${response.status}`);
	await cache.put(KEYS.get(file) ?? file, response);
}

const askedKey = (edition: Edition): string => absolute(`__rr-offline/${edition}`);

const listeners = new Map<Edition, Set<MessagePort>>();
const downloads = new Map<Edition, Promise<number>>();

function tell(edition: Edition, reply: OfflineReply): void {
	for (const port of listeners.get(edition) ?? []) port.postMessage(reply);
}

/** How many bytes of the edition are stored and in all (gzip, as a server sends them). */
async function status(edition: Edition): Promise<{ stored: number; total: number }> {
	const have = await stored();
	let done = 0;
	let total = 0;
	for (const { url, bytes } of EDITIONS[edition]) {
		total += bytes;
		if (have.has(KEYS.get(absolute(url)) ?? '')) done += bytes;
	}
	return { stored: done, total };
}

/**
 * Downloads what the edition lacks, a few files at a time, telling the listening pages how far it
 * got; resolves with how many files failed. One download per edition at a time: a second request
 * joins it.
 */
function download(edition: Edition): Promise<number> {
	let running = downloads.get(edition);
	if (running) return running;
	running = (async () => {
		await (await caches.open(ASKED)).put(askedKey(edition), new Response(''));
		const cache = await caches.open(FILES);
		const have = await stored();
		const missing = EDITIONS[edition].filter(({ url }) => !have.has(KEYS.get(absolute(url)) ?? ''));
		const { stored: already, total } = await status(edition);
		let done = already;
		let failed = 0;
		tell(edition, { edition, stored: done, total });
		const queue = [...missing];
		await Promise.all(
			Array.from({ length: PARALLEL }, async () => {
				for (let next = queue.shift(); next; next = queue.shift()) {
					try {
						await fetchInto(cache, absolute(next.url), next.revision);
						done += next.bytes;
					} catch {
						failed++;
					}
					tell(edition, { edition, stored: done, total });
				}
			}),
		);
		tell(edition, { edition, stored: done, total, done: true, failed });
		return failed;
	})().finally(() => downloads.delete(edition));
	downloads.set(edition, running);
	return running;
}

/**
 * A first visit's page and the files it loaded (those on the lists), kept. Each is fetched by the
 * URL the page used, so the browser's HTTP cache answers and nothing is downloaded twice.
 */
async function keep(urls: string[]): Promise<void> {
	const cache = await caches.open(FILES);
	const have = await stored();
	const byFile = new Map<string, string>();
	for (const url of urls) {
		const plain = new URL(url);
		plain.hash = '';
		const key = KEYS.get(fileOf(url));
		if (key && !have.has(key)) byFile.set(key, plain.href);
	}
	await Promise.all(
		[...byFile].map(([key, url]) =>
			fetch(url).then(
				(response) => (response.ok && !response.redirected ? cache.put(key, response) : undefined),
				() => undefined,
			),
		),
	);
}

const isEdition = (e: unknown): e is Edition => typeof e === 'string' && e in EDITIONS;

self.addEventListener('message', (event) => {
	const data = event.data as OfflineRequest | undefined;
	const port = event.ports[0];
	if (data?.type === 'keep') {
		event.waitUntil(keep(data.urls).then(() => port?.postMessage({ kept: true })));
		return;
	}
	if (!isEdition(data?.edition)) return;
	const edition = data.edition;
	if (data.type === 'status') {
		event.waitUntil(status(edition).then((s) => port?.postMessage({ edition, ...s })));
		return;
	}
	if (data.type === 'download') {
		if (port) {
			const ports = listeners.get(edition) ?? new Set();
			ports.add(port);
			listeners.set(edition, ports);
		}
		event.waitUntil(download(edition).finally(() => port && listeners.get(edition)?.delete(port)));
	}
});

// A new deploy: while it installs (the old worker still serving), fetch the new revisions of the
// editions the reader asked for; once it is active, drop every file its lists no longer have, and
// the whole-site precache of the versions before editions. A deploy's worker that could not fetch
// all of them (the connection went while it installed) gives way instead: taking over would drop
// the old copies of what it lacks, and the old worker keeps a whole copy until the browser tries
// again at a later visit.
self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const asked = await caches.open(ASKED);
			for (const edition of Object.keys(EDITIONS) as Edition[]) {
				if (!(await asked.match(askedKey(edition)))) continue;
				const failed = await download(edition);
				if (failed) throw new Error(`${failed} files of the ${edition} edition did not download`);
			}
		})(),
	);
});
self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith('workbox-precache')) await caches.delete(name);
			const valid = new Set(KEYS.values());
			const cache = await caches.open(FILES);
			for (const request of await cache.keys())
				if (!valid.has(request.url)) await cache.delete(request);
		})(),
	);
});
