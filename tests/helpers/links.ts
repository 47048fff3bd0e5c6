/** Every internal link and #anchor in a built site, checked against the files and ids in dist/. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST, htmlFiles, urlPath } from './dist';

export interface BrokenLink {
	page: string;
	href: string;
	reason: string;
}

const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
	let ids = idsCache.get(file);
	if (!ids) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
		idsCache.set(file, ids);
	}
	return ids;
}

/** dist file for a site path, or undefined. `base` is the configured sub-path ("/" by default). */
export function fileFor(pathname: string, base = '/', dist = DIST): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const rel = decodeURIComponent(pathname.slice(base.length));
	const candidate = join(dist, rel);
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function findBrokenLinks(
	base = '/',
	dist = DIST,
): { checked: number; broken: BrokenLink[] } {
	idsCache.clear();
	const broken: BrokenLink[] = [];
	let checked = 0;
	for (const file of htmlFiles(dist)) {
		const page = base.replace(/\/$/, '') + urlPath(file, dist);
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const refs = [
			...[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
			...[...document.querySelectorAll('link[href], script[src], img[src]')].map(
				(el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
			),
		];
		for (const href of refs) {
			const url = new URL(href, `http://site.test${page}`);
			if (url.origin !== 'http://site.test') continue;
			checked++;
			const target = fileFor(url.pathname, base, dist);
			if (!target) {
				broken.push({ page, href, reason: 'no such file' });
				continue;
			}
			const anchor = decodeURIComponent(url.hash.slice(1));
			if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) {
				broken.push({ page, href, reason: `no element with id "${anchor}"` });
			}
		}
	}
	return { checked, broken };
}
