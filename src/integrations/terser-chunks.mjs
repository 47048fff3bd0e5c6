// @ts-check
// A second minification of every client chunk with terser, after Vite's own (esbuild) and after
// unwrap-preloads: terser's compressor finds what esbuild leaves (two passes of inlining, shorter
// conditionals, names chosen for gzip) and takes a few percent off each chunk's gzip, which the
// up-front JavaScript budgets need (tests/built/budgets.test.ts). It runs last so that
// unwrap-preloads still reads the preload helper under the one name esbuild gave it: terser
// reuses that short name for locals in other scopes.
import { minify } from 'terser';

/** @type {import('terser').MinifyOptions} */
export const TERSER_OPTIONS = { module: true, compress: { passes: 2 } };

/**
 * The Vite plugin: renderChunk, ordered last (register it after unwrapPreloads), so Rollup still
 * hashes the final code.
 * @returns {import('vite').Plugin}
 */
export function terserChunks() {
	return {
		name: 'terser-chunks',
		apply: 'build',
		enforce: 'post',
		// The browser's code only: the prerendering build's server code is never shipped.
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		renderChunk: {
			order: 'post',
			async handler(code, chunk) {
				const { code: out } = await minify(code, TERSER_OPTIONS);
				if (out === undefined) return this.error(`terser-chunks: ${chunk.fileName}: no output`);
				// The site builds without source maps; with them on, Rollup warns about this null.
				return { code: out, map: null };
			},
		},
	};
}
