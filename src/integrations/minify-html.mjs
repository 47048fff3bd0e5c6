// @ts-check
// Drops the whitespace Astro leaves between block elements once the pages are written, before the
// search index and the offline worker read them. Astro's compressHTML collapses each run to one
// space but keeps it, and those spaces are ~500 B of trend 1's raw HTML and ~120 B of its gzip.
// html-minifier-terser knows which elements are inline, so a space that separates words stays.
// Only whitespace: attribute quotes, optional tags, inline scripts and styles are left as they are
// (the CSP hashes the inline script; the tests read the markup as the components write it). Boolean
// attributes stay bare as Astro writes them: without collapseBooleanAttributes the minifier writes
// `checked` as `checked="checked"`.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'html-minifier-terser';

/** @type {import('html-minifier-terser').Options} */
export const OPTIONS = {
	collapseWhitespace: true,
	collapseBooleanAttributes: true,
	caseSensitive: true,
	keepClosingSlash: true,
};

/**
 * Minifies every .html file under outDir in place.
 * @param {string} outDir
 * @returns {Promise<number>} the files rewritten
 */
export async function minifyPages(outDir) {
	const files = (await readdir(outDir, { recursive: true }))
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(outDir, f));
	await Promise.all(
		files.map(async (file) => writeFile(file, await minify(await readFile(file, 'utf8'), OPTIONS))),
	);
	return files.length;
}

/** @returns {import('astro').AstroIntegration} */
export function minifyHtml() {
	return {
		name: 'minify-html',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				logger.info(
					`${await minifyPages(fileURLToPath(dir))} pages without inter-block whitespace`,
				);
			},
		},
	};
}
