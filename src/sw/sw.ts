/// <reference lib="webworker" />
/**
 * The service worker (bundled to <base>sw.js after the build by src/integrations/service-worker.mjs,
 * which injects the precache list). Installing it downloads every page, the search index, the
 * chart code and the styles, so the whole report reads offline after the first visit.
 *
 * Freshness: pages always come from the network first and the precached copy is only the offline
 * fallback, so a deploy shows its text on the next online visit; the other precached files are
 * content-addressed (a hash in the name or a revision in the list), served from the cache, and a
 * new list (a new deploy) replaces the changed ones and drops the removed ones.
 */
import { enable as enableNavigationPreload } from 'workbox-navigation-preload';
import {
	addPlugins,
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/**
 * A stalled connection (a train between stations) falls back to the offline copy after this long,
 * instead of leaving the reader on a blank page; a working one always answers first.
 */
const NETWORK_TIMEOUT_SECONDS = 5;

/** The precached file a page URL is served from: /trends/x/?q=1#h → /trends/x/index.html. */
function pageFile(url: string): string {
	const file = new URL(url);
	file.search = '';
	file.hash = '';
	if (file.pathname.endsWith('/')) file.pathname += 'index.html';
	return file.href;
}

// A new deploy's worker takes over at once: pages are network-first, so no open page depends on
// the old worker's copies, and the old precache entries go as soon as the new list is in place.
// The page of the very first visit is not claimed (a page that changes hands while it loads can
// lose a request in Firefox); from the next page on, every request goes through the worker.
void self.skipWaiting();
cleanupOutdatedCaches();
enableNavigationPreload();

// Registered before the precache route, so that a page navigation never takes the cached copy
// while the network answers.
registerRoute(
	new NavigationRoute(
		new NetworkOnly({
			networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
			plugins: [
				{
					handlerDidError: async ({ request }) => matchPrecache(pageFile(request.url)),
				},
			],
		}),
	),
);

// The offline copy (every page, the index, the chart code: ~150 files) downloads at low priority:
// it starts on the first page's idle, which is when a reader opens search or scrolls to a chart, and
// those requests share the browser's few connections to the site with it. At the same priority, the
// search index and its fragments waited behind the whole queue (seconds on a slow link).
addPlugins([
	{
		requestWillFetch: async ({ request, event }) =>
			event?.type === 'install' ? new Request(request, { priority: 'low' }) : request,
	},
]);

precacheAndRoute(self.__WB_MANIFEST, {
	// Pagefind asks for pagefind-entry.json?ts=<time>, and the search panel retries its loader as
	// pagefind.js?retry=<n> (a fresh module URL); the precached copy answers for any of them.
	ignoreURLParametersMatching: [/^ts$/, /^retry$/, /^utm_/, /^fbclid$/],
});
