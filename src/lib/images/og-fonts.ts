/**
 * Noto Sans SC from @fontsource for the build-time social images. The package splits the font into
 * ~100 unicode-range subsets; only the subsets covering the characters of one card are loaded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PKG = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

interface Subset {
	file: string;
	ranges: [number, number][];
}

const cache = new Map<number, Subset[]>();

/** Parse @fontsource's CSS for one weight into (woff file, unicode ranges) pairs. */
function subsets(weight: number): Subset[] {
	let list = cache.get(weight);
	if (list) return list;
	const css = readFileSync(join(PKG, `${weight}.css`), 'utf8');
	list = [
		...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range: ([^;]+);/g),
	].map((m) => ({
		file: join(PKG, 'files', m[1] ?? ''),
		ranges: (m[2] ?? '').split(',').map((r) => {
			const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(a, 16), parseInt(b ?? a, 16)] as [number, number];
		}),
	}));
	cache.set(weight, list);
	return list;
}

/** The woff files (as buffers) that together cover every character of `text` at `weight`. */
export function fontDataFor(text: string, weight: 400 | 700): Buffer[] {
	const needed = new Set<string>();
	for (const ch of new Set(text)) {
		const cp = ch.codePointAt(0) ?? 0;
		const hit = subsets(weight).find((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
		if (hit) needed.add(hit.file);
	}
	return [...needed].map((f) => readFileSync(f));
}
