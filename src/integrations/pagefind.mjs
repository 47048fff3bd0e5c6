// @ts-check
// Indexes the built trend pages with Pagefind's Node API once Astro has written them, so that
// `astro build` alone gives a site whose search works (no separate CLI step to forget).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { gramIndex, SCALE } from '../lib/search/grams';

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
		writeGramIndex(written.outputPath);
		return written.outputPath;
	} finally {
		await pagefind.close();
	}
}

/**
 * The terms Pagefind's word index misses (its Chinese segmentation splits some terms), handled at
 * index time: for each language index of more than SCALE pages, the character-pair index the
 * browser takes its candidates from (src/lib/search/grams.ts), written to `grams/<language>/`. It
 * is built from Pagefind's own fragments, so it indexes exactly the text the exact tier verifies.
 * Up to SCALE pages the first query loads every page, and nothing is written.
 * @param {string} indexDir Pagefind's output folder
 */
export function writeGramIndex(indexDir) {
	const dir = join(indexDir, 'fragment');
	/** @type {Map<string, { id: string, content: string }[]>} */
	const byLang = new Map();
	for (const file of readdirSync(dir).sort()) {
		const id = file.replace(/\.pf_fragment$/, '');
		const lang = id.slice(0, id.lastIndexOf('_'));
		const data = JSON.parse(
			gunzipSync(readFileSync(join(dir, file)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		);
		// As Pagefind's data() hands the text to the browser: without its zero-width spaces.
		const page = { id, content: String(data.content).replace(/\u200b/g, '') };
		byLang.set(lang, [...(byLang.get(lang) ?? []), page]);
	}
	for (const [lang, pages] of byLang) {
		if (pages.length <= SCALE) continue;
		const { meta, shards } = gramIndex(pages);
		const out = join(indexDir, 'grams', lang);
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'meta.json'), JSON.stringify(meta));
		shards.forEach((shard, i) => writeFileSync(join(out, `${i}.json`), JSON.stringify(shard)));
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
