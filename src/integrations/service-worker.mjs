// @ts-check
// The build's last step (an integration after the search index, see astro.config.mjs): lists each
// edition's files with workbox-build (each with a revision, so the lists are never kept by hand),
// and bundles the service worker (src/sw/sw.ts) with esbuild, the lists in front of it. The worker
// downloads an edition only when the reader asks for it (issue 25; see src/sw/sw.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { getManifest } from 'workbox-build';

/**
 * What the reader can get offline: every page, the styles and scripts (the chart code included), the
 * figures' data and maps, and the Pagefind index. Left out: the social cards (og/, only ever read by
 * other sites), the figures as images to download and the embed pages (/embed/: for other sites to
 * frame), Pagefind's stock UI and highlight bundles (the site has its own) and anything that is not a
 * page asset (sitemaps, robots.txt, _headers, the icons, the README screenshot).
 */
export const PRECACHE = {
	globPatterns: ['**/*.{html,css,js,json,csv,svg,webmanifest}', '**/pagefind*/**/*'],
	globIgnores: [
		'og/**',
		// The figures as pictures to download (light and dark) and the pages made for other sites to
		// frame. Not every SVG under figures/: the data-centre maps (datacenters-map-*.svg) are read.
		'**/figures/*.png',
		'**/figures/{capex,datacenters}{,-dark}.svg',
		'**/embed/**',
		'sw.js',
		'**/pagefind*/pagefind-{ui,modular-ui,component-ui,highlight}.{js,css}',
	],
};

/**
 * The English edition's own files: its pages under en/ and Pagefind's English index (files named
 * by language: `en_…`, `pagefind.en_….pf_meta`, `wasm.en.pagefind`).
 * @param {string} url
 */
const isEnglish = (url) => /^en\//.test(url) || /(^|\/)(pagefind\.)?(wasm\.)?en[_.]/.test(url);
/**
 * The Chinese edition's own Pagefind files (language zh-cn; its WebAssembly is the language-neutral
 * `wasm.unknown`, as Pagefind has no zh stemmer).
 * @param {string} url
 */
const isChinesePagefind = (url) => /(^|\/)(pagefind\.)?(wasm\.)?(zh-cn|unknown)[_.]/.test(url);
/**
 * Shared by both editions: the code and styles, Pagefind's loader, and the datasets themselves
 * (data/<id>.json; the figures' rendered data, maps and CSVs are per language).
 * @param {string} url
 */
const isShared = (url) =>
	/^_astro\//.test(url) ||
	/^pagefind\/pagefind(-worker\.js|\.js|-entry\.json)$/.test(url) ||
	/^data\/[\w-]+\.json$/.test(url) ||
	/^(favicon|icons)\.svg$/.test(url);

/** @param {string} url @returns {('zh' | 'en')[]} the editions a file belongs to */
export const editionsOf = (url) =>
	isShared(url) ? ['zh', 'en'] : isEnglish(url) ? ['en'] : isChinesePagefind(url) ? ['zh'] : ['zh'];

/**
 * A file larger than this is a download, not a page asset: the build stops rather than skip it
 * without a word (the largest today, the chart code and the desktop map, are about 130 KB).
 */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * Writes `<outDir>/sw.js`. Its URLs are relative to the worker, so the same file works under any
 * `base` (the worker sits at the base and its scope is the base).
 * @param {{ outDir: string }} options
 * @returns {Promise<{ zh: { count: number, bytes: number }, en: { count: number, bytes: number } }>}
 *   each edition's files and their gzip bytes
 */
export async function buildServiceWorker({ outDir }) {
	const { manifestEntries, warnings } = await getManifest({
		globDirectory: outDir,
		...PRECACHE,
		// Files in _astro/ carry a content hash in their names: no revision needed.
		dontCacheBustURLsMatching: /^_astro\//,
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
	});
	if (warnings.length) throw new Error(`service worker: ${warnings.join('\n')}`);
	/** @type {Record<'zh' | 'en', { url: string, revision: string | null, bytes: number }[]>} */
	const editions = { zh: [], en: [] };
	for (const { url, revision } of manifestEntries ?? []) {
		// What a static host sends: Pagefind's files are gzipped already, the others compress.
		const body = await readFile(join(outDir, url));
		const bytes = /\.pf_|\.pagefind$/.test(url) ? body.length : gzipSync(body, { level: 9 }).length;
		for (const edition of editionsOf(url))
			editions[edition].push({ url, revision: revision ?? null, bytes });
	}
	await build({
		entryPoints: [fileURLToPath(new URL('../sw/sw.ts', import.meta.url))],
		outfile: join(outDir, 'sw.js'),
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		legalComments: 'none',
		// The lists on the first line (tests/helpers/precache.ts reads them there). A deploy that
		// changes any file changes them, so the browser sees a new worker.
		banner: { js: `self.__RR_EDITIONS=${JSON.stringify(editions)};` },
		// Workbox's development logging is dropped from the bundle.
		define: { 'process.env.NODE_ENV': '"production"' },
		logLevel: 'warning',
	});
	const sum = (/** @type {{ bytes: number }[]} */ list) => ({
		count: list.length,
		bytes: list.reduce((a, e) => a + e.bytes, 0),
	});
	return { zh: sum(editions.zh), en: sum(editions.en) };
}

/**
 * Runs in `astro:build:done`, after the search index (the integrations' order in astro.config.mjs),
 * so the index is in the editions' lists.
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorker() {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { zh, en } = await buildServiceWorker({ outDir: fileURLToPath(dir) });
				const kb = (/** @type {number} */ n) => Math.round(n / 1000);
				logger.info(
					`sw.js: zh ${zh.count} files, ${kb(zh.bytes)} kB gzip; en ${en.count} files, ${kb(en.bytes)} kB gzip (downloaded on intent)`,
				);
			},
		},
	};
}
