// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkCitations } from './src/integrations/remark-citations.mjs';
import { remarkHeadingIds } from './src/integrations/remark-heading-ids.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { unwrapPreloads } from './src/integrations/unwrap-preloads.mjs';

// SITE_URL and BASE_PATH let one build target any static host (GitHub Pages sub-paths included).
const site = process.env.SITE_URL ?? 'https://ai-top10-2025.example.org';
const base = process.env.BASE_PATH ?? '/';
// A second build (the sub-path tests) goes to its own folder so it never clobbers dist/.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	// Every script and style ships as a file, so the CSP needs hashes only for the two inline
	// bootstrap snippets, and the same policy can be sent as a header (dist/_headers).
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [
		mdx(),
		sitemap({ filter: (page) => !page.includes('/t/') && !page.endsWith('/404/') }),
		securityHeaders(),
	],
	// mdx() inherits these; remark-citations hands render() the <Ref> list (remarkPluginFrontmatter).
	markdown: { remarkPlugins: [remarkHeadingIds, remarkCitations] },
	vite: {
		plugins: [tailwindcss(), unwrapPreloads()],
		build: {
			assetsInlineLimit: 0,
			// The idle entry point (client/idle.ts) is a chunk of its own even while it is empty: Rollup
			// would otherwise write an empty module's namespace into boot.ts's chunk, about 60 B of
			// every page's 1 KB of JavaScript (Vite warns of the empty chunk until it has content).
			rollupOptions: {
				output: {
					manualChunks: (id) => (id.endsWith('/src/client/idle.ts') ? 'idle' : undefined),
				},
			},
		},
	},
});
