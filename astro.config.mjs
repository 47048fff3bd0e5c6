// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.mjs';

// SITE_URL and BASE_PATH let one build target any static host (GitHub Pages sub-paths included).
const site = process.env.SITE_URL ?? 'https://ai-top10-2025.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/t/') && !page.endsWith('/404/') })],
	markdown: { remarkPlugins: [remarkHeadingIds] },
	vite: { plugins: [tailwindcss()] },
});
