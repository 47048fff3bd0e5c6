/** Read the built site in dist/ (the global setup has just built it). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

export function htmlFiles(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
		const p = join(dir, d.name);
		if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p);
		return d.name.endsWith('.html') ? [p] : [];
	});
}

/** URL path of a built file: dist/trends/x/index.html → /trends/x/ */
export const urlPath = (file: string, dist = DIST): string =>
	'/' +
	relative(dist, file)
		.replace(/index\.html$/, '')
		.replace(/\\/g, '/');

export const readDist = (path: string): string => readFileSync(join(DIST, path), 'utf8');
export const distHas = (path: string): boolean => existsSync(join(DIST, path));
