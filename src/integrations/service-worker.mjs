// @ts-check
// The build's last step (an integration after the search index, see astro.config.mjs): bundles the
// service worker (src/sw/sw.ts) with esbuild and lets workbox-build list what it precaches, each file
// with a revision, so the list is never kept by hand and every page of every edition is in it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/**
 * What the reader gets offline: every page, the styles and scripts (the chart code included), the
 * figures' data and maps, and the Pagefind index. Left out: the social cards (og/, only ever read by
 * other sites), Pagefind's stock UI and highlight bundles (the site has its own) and anything that
 * is not a page asset (sitemaps, robots.txt, _headers, the icons, the README screenshot).
 */
export const PRECACHE = {
	globPatterns: ['**/*.{html,css,js,json,csv,svg,webmanifest}', '**/pagefind*/**/*'],
	globIgnores: ['og/**', '**/pagefind*/pagefind-{ui,modular-ui,component-ui,highlight}.{js,css}'],
};

/**
 * A file larger than this is a download, not a page asset: the build stops rather than skip it
 * without a word (the largest today, the chart code and the desktop map, are about 130 KB).
 */
const MAX_FILE_BYTES = 256 * 1024;

/**
 * Writes `<outDir>/sw.js`. Its URLs are relative to the worker, so the same file works under any
 * `base` (the worker sits at the base and its scope is the base).
 * @param {{ outDir: string }} options
 * @returns {Promise<{ count: number, size: number }>} files precached and their total bytes
 */
export async function buildServiceWorker({ outDir }) {
	const tmp = await mkdtemp(join(tmpdir(), 'sw-'));
	const swSrc = join(tmp, 'sw.js');
	try {
		await build({
			entryPoints: [fileURLToPath(new URL('../sw/sw.ts', import.meta.url))],
			outfile: swSrc,
			bundle: true,
			format: 'iife',
			minify: true,
			target: 'es2020',
			legalComments: 'none',
			// Workbox's development logging is dropped from the bundle.
			define: { 'process.env.NODE_ENV': '"production"' },
			logLevel: 'warning',
		});
		const { count, size, warnings } = await injectManifest({
			swSrc,
			swDest: join(outDir, 'sw.js'),
			globDirectory: outDir,
			...PRECACHE,
			// Files in _astro/ carry a content hash in their names: no revision needed.
			dontCacheBustURLsMatching: /^_astro\//,
			maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
		});
		if (warnings.length) throw new Error(`service worker: ${warnings.join('\n')}`);
		return { count, size };
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

/**
 * Runs in `astro:build:done`, after the search index (the integrations' order in astro.config.mjs),
 * so the index is in the precache list.
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorker() {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { count, size } = await buildServiceWorker({ outDir });
				logger.info(`sw.js: ${count} files precached, ${Math.round(size / 1024)} KB`);
			},
		},
	};
}
