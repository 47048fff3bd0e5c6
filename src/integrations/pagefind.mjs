// @ts-check
// Indexes the built trend pages with Pagefind's Node API once Astro has written them, so that
// `astro build` alone gives a site whose search works (no separate CLI step to forget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * What the index leaves out besides [data-pagefind-ignore]: kept in pagefind.json (Pagefind's own
 * config format) because the highlighter and the golden tests read the same list.
 * @type {{ exclude_selectors: string[] }}
 */
const CONFIG = JSON.parse(
	readFileSync(fileURLToPath(new URL('../../pagefind.json', import.meta.url)), 'utf8'),
);

/**
 * Writes `<outDir>/pagefind/`: one index per `<html lang>` over the pages that carry
 * `data-pagefind-body`.
 * @param {string} outDir
 * @returns {Promise<string>} the index folder
 */
export async function buildSearchIndex(outDir) {
	const { index, errors } = await pagefind.createIndex({
		excludeSelectors: CONFIG.exclude_selectors,
	});
	try {
		if (!index) throw new Error(`pagefind: ${errors.join('\n')}`);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('\n')}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('\n')}`);
		return written.outputPath;
	} finally {
		await pagefind.close();
	}
}

/** @returns {import('astro').AstroIntegration} */
export function searchIndex() {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				logger.info(`wrote ${await buildSearchIndex(fileURLToPath(dir))}`);
			},
		},
	};
}
