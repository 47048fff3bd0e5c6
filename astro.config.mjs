// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkCitations } from './src/integrations/remark-citations.mjs';
import { remarkGlossary } from './src/integrations/remark-glossary.mjs';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.mjs';
import { minifyHtml } from './src/integrations/minify-html.mjs';
import { searchIndex } from './src/integrations/pagefind.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { serviceWorker } from './src/integrations/service-worker.mjs';
import { shortHashes } from './src/integrations/short-hashes.mjs';
import { terserChunks } from './src/integrations/terser-chunks.mjs';
import { PRELOAD_HELPER_ID, unwrapPreloads } from './src/integrations/unwrap-preloads.mjs';

// SITE_URL and BASE_PATH let one build target any static host (GitHub Pages sub-paths included).
const site = process.env.SITE_URL ?? 'https://ai-top10-2025.example.org';
const base = process.env.BASE_PATH ?? '/';
// A second build (the sub-path tests) goes to its own folder so it never clobbers dist/.
const outDir = process.env.OUT_DIR ?? './dist';

/**
 * The code loaded after idle.ts, which the bundler would ship as many chunks of 0.1-4.7 KB, travels
 * as three: each request costs the main thread a dozen tasks (issue 25). Only modules without side
 * effects are grouped, so loading a group runs nothing. `base`: what the search page loads up front
 * anyway; `features`: the reading features' strings and helpers (the menu's list and what builds it
 * on first open, the companion's marks and store: one request, not two in a row, before the menu's
 * list; the citations' access date, for the code that loads this chunk anyway: copying, a trend's
 * idle code, a figure's); `trend`: what a trend page runs at idle.
 * @param {string} id
 */
function sharedChunks(id) {
	// Where Rollup would otherwise put it among the groups' code: unwrap-preloads drops its chunk.
	if (id === PRELOAD_HELPER_ID) return 'preload-helper';
	if (/\/src\/(i18n\/translate|lib\/urls|client\/stylesheet)\.ts$/.test(id)) return 'base';
	if (
		/\/src\/(i18n\/client|i18n\/(zh|en)\/client|client\/menu(-tools)?|client\/reading\/(menu|store)|client\/cite-date)\.ts$/.test(
			id,
		)
	)
		return 'features';
	if (/\/src\/client\/(reading\/where|share\/listen)\.ts$/.test(id)) return 'trend';
}

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	// Every script and style ships as a file, so the CSP needs hashes only for the two inline
	// bootstrap snippets, and the same policy can be sent as a header (dist/_headers).
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Chinese, the source, at the root; the English edition under /en/ (src/pages/[...lang]/).
	// Components read the page's language from Astro.currentLocale.
	i18n: {
		defaultLocale: 'zh-CN',
		locales: ['zh-CN', 'en'],
		routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false },
	},
	integrations: [
		mdx(),
		sitemap({
			filter: (page) =>
				!page.includes('/t/') && !page.includes('/embed/') && !page.endsWith('/404/'),
			// Each URL lists its twin in the other language (hreflang), as the pages' <head> does.
			i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } },
		}),
		securityHeaders(),
		// After the pages are written, in this order: the index and the worker read the final pages,
		// and the worker precaches the search index.
		minifyHtml(),
		searchIndex(),
		serviceWorker(),
	],
	// mdx() inherits these; remark-citations and remark-glossary hand render() the <Ref> list and the
	// glossary terms' places (remarkPluginFrontmatter); remark-glossary reads the heading ids.
	markdown: { remarkPlugins: [remarkHeadingIds, remarkCitations, [remarkGlossary, { base }]] },
	vite: {
		plugins: [tailwindcss(), unwrapPreloads(), terserChunks(), shortHashes('_astro')],
		// Rollup would hoist the search UI's two dictionaries (each a dynamic import that only one
		// language's pages take) into the pages' static imports, so every reader would fetch both.
		build: {
			assetsInlineLimit: 0,
			rollupOptions: { output: { hoistTransitiveImports: false, manualChunks: sharedChunks } },
		},
	},
});
