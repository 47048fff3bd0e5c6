/**
 * `npm run bench:starlight`: builds the yardstick the page-weight and main-thread goals are set
 * against (issues 11 and 25), Starlight 0.37 with this site's text, and serves it, so that
 * `STARLIGHT_ORIGIN=<printed origin> npm run bench` measures both sites in turns on the same
 * machine. The ten trend pages are the Chinese edition's Markdown (dist/trends/<slug>.md, the same
 * text); the home page lists the parts and trends from dist/menu.json. The twin lives in
 * node_modules/.cache (npm fetches Starlight from the registry once); nothing of it ships.
 * Needs a fresh `npm run build`. Stop it with Ctrl+C.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuJson } from '~/lib/menu';
import { DIST } from '../helpers/dist';

const DIR = 'node_modules/.cache/starlight-twin';
const PORT = process.env.PORT ?? '4500';

/** The site's own pins (package.json `overrides`): the twin installs on Node 20 as the site does. */
const { overrides } = JSON.parse(readFileSync('package.json', 'utf8')) as {
	overrides: Record<string, string>;
};
const packageJson = {
	name: 'starlight-twin',
	private: true,
	type: 'module',
	// The newest Starlight on Astro 5 (0.38 needs Astro 6), on this site's Astro line.
	dependencies: { '@astrojs/starlight': '0.37.7', astro: '5.18.2', 'unist-util-visit': '5.0.0' },
	// Astro 5.18 takes unifont ~0.7.3, whose 0.7.5 needs undici 8 and so Node 22.19 (README,
	// Requirements): without the site's pin, `npm install` here fails on Node 20 (EBADENGINE).
	overrides: { unifont: overrides.unifont },
};

const menu = JSON.parse(readFileSync(join(DIST, 'menu.json'), 'utf8')) as MenuJson;
const slug = (href: string) => href.replace(/^\/trends\/|\/$/g, '');

// The exported Markdown marks heading ids as `## Heading {#id}`; Starlight's Markdown has no
// attribute syntax, so this moves them into the heading's id (the `#section` links keep working).
const headingIds = `import { visit } from 'unist-util-visit';
export default () => (tree) => visit(tree, 'heading', (node) => {
	const last = node.children.at(-1);
	const m = last?.type === 'text' && /\\s*\\{#([\\w-]+)\\}\\s*$/.exec(last.value);
	if (!m) return;
	last.value = last.value.slice(0, m.index);
	node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: m[1] } };
});
`;

const config = `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import headingIds from './heading-ids.mjs';
export default defineConfig({
	markdown: { remarkPlugins: [headingIds] },
	integrations: [starlight({
		title: 'AI十大趋势2025 · 阅读版',
		defaultLocale: 'root',
		locales: { root: { label: '简体中文', lang: 'zh-CN' } },
		sidebar: ${JSON.stringify(
			menu.parts.map((part) => ({
				label: part.label,
				items: part.trends.map((trend) => `trends/${slug(trend.href)}`),
			})),
		)},
	})],
});
`;

const contentConfig = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

const home = [
	'---',
	'title: AI十大趋势2025 · 阅读版',
	'template: splash',
	'hero:',
	'  actions:',
	'    - text: 趋势 01',
	`      link: ${menu.parts[0]?.trends[0]?.href ?? '/'}`,
	'---',
	'',
	...menu.parts.flatMap((part) => [
		`## ${part.label}`,
		'',
		...part.trends.map((trend) => `- [趋势 ${trend.number} ${trend.title}](${trend.href})`),
		'',
	]),
].join('\n');

const docs = join(DIR, 'src/content/docs');
mkdirSync(join(docs, 'trends'), { recursive: true });
writeFileSync(join(DIR, 'package.json'), JSON.stringify(packageJson, null, '\t'));
writeFileSync(join(DIR, 'astro.config.mjs'), config);
writeFileSync(join(DIR, 'heading-ids.mjs'), headingIds);
writeFileSync(join(DIR, 'src/content.config.ts'), contentConfig);
writeFileSync(join(docs, 'index.mdx'), home);
for (const file of readdirSync(join(DIST, 'trends')).filter((f) => f.endsWith('.md'))) {
	const md = readFileSync(join(DIST, 'trends', file), 'utf8');
	const h1 = /^# (.+)$/m.exec(md);
	if (!h1) throw new Error(`${file}: no title`);
	const body = md.slice((h1.index ?? 0) + h1[0].length).replace(/^\n+/, '');
	writeFileSync(join(docs, 'trends', file), `---\ntitle: ${JSON.stringify(h1[1])}\n---\n\n${body}`);
}

const run = (args: string[]) =>
	execFileSync('npx', args, {
		cwd: DIR,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: DIR, stdio: 'inherit' });
run(['astro', 'build']);
console.log(`\nStarlight twin: STARLIGHT_ORIGIN=http://127.0.0.1:${PORT} npm run bench`);
spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', PORT], {
	cwd: DIR,
	stdio: 'inherit',
});
