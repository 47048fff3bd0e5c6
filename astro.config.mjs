// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.mjs';

// SITE_URL and BASE_PATH let one build target any static host (GitHub Pages sub-paths included).
const site = process.env.SITE_URL ?? 'https://ai-top10-2025.example.org';
const base = process.env.BASE_PATH ?? '/';
// A second build (the sub-path tests) goes to its own folder so it never clobbers dist/.
const outDir = process.env.OUT_DIR ?? './dist';

/**
 * Vite wraps every dynamic import in a 1.2 KB preload helper. boot.ts only lazy-loads small modules
 * on the reader's first click, so the helper would be most of the JavaScript a text page ships;
 * unwrap the calls (their few dependencies then load on import instead of in parallel).
 * @type {import('vite').Plugin}
 */
const unwrapPreloads = {
	name: 'unwrap-preloads',
	apply: 'build',
	enforce: 'post',
	generateBundle(_, bundle) {
		for (const chunk of Object.values(bundle)) {
			if (chunk.type !== 'chunk') continue;
			const helper = /import\{_ as (\w+)\}from"\.\/preload-helper\.[\w-]+\.js";/.exec(chunk.code);
			if (!helper) continue;
			const call = new RegExp(
				`\\b${helper[1]}\\(\\(\\)=>(import\\("[^"]+"\\)),(?:\\[\\]|__VITE_PRELOAD__|__vite__mapDeps\\(\\[[\\d,]*\\]\\))\\)`,
				'g',
			);
			let code = chunk.code.replace(call, '$1');
			if (new RegExp(`\\b${helper[1]}\\(`).test(code.replace(helper[0], ''))) continue;
			code = code.replace(helper[0], '').replace(/^const __vite__mapDeps=.*\n/, '');
			chunk.code = code;
		}
	},
};

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	// Every script and style ships as a file, so the CSP needs hashes only for the two inline
	// bootstrap snippets, and the same policy can be sent as a header (public/_headers).
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !page.includes('/t/') && !page.endsWith('/404/') }),
	],
	markdown: { remarkPlugins: [remarkHeadingIds] },
	vite: { plugins: [tailwindcss(), unwrapPreloads], build: { assetsInlineLimit: 0 } },
});
