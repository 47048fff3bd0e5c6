/**
 * The service worker's precache list as the browser gets it: the URLs (relative to the worker)
 * that workbox-build injected into <dist>/sw.js.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist';

export interface PrecacheEntry {
	url: string;
	revision: string | null;
}

export function precacheList(dist = DIST): PrecacheEntry[] {
	const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
	return [...sw.matchAll(/\{"revision":(null|"[0-9a-f]+"),"url":"([^"]+)"\}/g)].map((m) => ({
		revision: m[1] === 'null' ? null : JSON.parse(m[1] ?? ''),
		url: m[2] ?? '',
	}));
}
