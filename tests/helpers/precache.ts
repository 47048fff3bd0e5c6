/**
 * What the service worker can store, as the browser gets it: each edition's list of files (URLs
 * relative to the worker, revision, gzip bytes), which src/integrations/service-worker.mjs puts on
 * the first line of <dist>/sw.js as `self.__RR_EDITIONS={…};`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition, OfflineEntry } from '~/sw/protocol';
import { DIST } from './dist';

export type PrecacheEntry = OfflineEntry;

export function editionLists(dist = DIST): Record<Edition, OfflineEntry[]> {
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	const json = /^self\.__RR_EDITIONS=(.*?);\n?/.exec(sw)?.[1];
	if (!json) throw new Error(`${dist}/sw.js does not start with the editions' lists`);
	return JSON.parse(json) as Record<Edition, OfflineEntry[]>;
}

/** Every file of both editions, once. */
export function precacheList(dist = DIST): OfflineEntry[] {
	const { zh, en } = editionLists(dist);
	const seen = new Set<string>();
	return [...zh, ...en].filter((e) => !seen.has(e.url) && (seen.add(e.url), true));
}
