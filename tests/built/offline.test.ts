/** The installable app and the offline copy as built: the manifest, its icons, and what sw.js precaches. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy } from '~/integrations/csp.mjs';
import { imageFile, THEME_NAMES } from '~/lib/figure-files';
import { FIGURE_IDS } from '~/lib/figures/registry';
import { PALETTE } from '~/lib/palette';
import { DIST, distHas, htmlFiles, readDist } from '../helpers/dist';
import { editionLists, precacheList } from '../helpers/precache';

/** Every file under a folder of dist/, as a path relative to dist/ with forward slashes. */
const filesUnder = (dir: string): string[] =>
	readdirSync(join(DIST, dir), { recursive: true, encoding: 'utf8' })
		.map((f) => join(dir, f))
		.filter((f) => statSync(join(DIST, f)).isFile())
		.map((f) => f.replace(/\\/g, '/'));

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (buf: Buffer) => ({
	png: buf.subarray(1, 4).toString('latin1') === 'PNG',
	width: buf.readUInt32BE(16),
	height: buf.readUInt32BE(20),
});

describe('web app manifest', () => {
	const manifest = JSON.parse(readDist('manifest.webmanifest')) as {
		name: string;
		short_name: string;
		start_url: string;
		scope: string;
		display: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; type: string; purpose: string }[];
	};

	test('the English edition has its own manifest, opening on /en/, with the same scope', () => {
		const en = JSON.parse(readDist('en/manifest.webmanifest')) as typeof manifest & {
			lang: string;
		};
		expect([en.lang, en.start_url, en.scope]).toEqual(['en', '/en/', '/']);
		expect(en.name).toBe(parseHTML(readDist('en/index.html')).document.title);
	});

	test('names the app, starts and stays at the site root, standalone, in the page colours', () => {
		expect(manifest.name).toBe(parseHTML(readDist('index.html')).document.title);
		expect(manifest.short_name.length).toBeGreaterThan(0);
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		expect(manifest).toMatchObject({
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: PALETTE.light.surface,
			background_color: PALETTE.light.surface,
		});
	});

	test('its icons exist as PNGs of their stated size: 192, 512 and a maskable 512', () => {
		const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
		expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
		for (const icon of manifest.icons) {
			const [w, h] = icon.sizes.split('x').map(Number);
			expect(icon.type).toBe('image/png');
			expect(pngSize(readFileSync(join(DIST, icon.src))), icon.src).toEqual({
				png: true,
				width: w,
				height: h,
			});
		}
	});

	// No page links the manifest in its HTML: its script does at the reader's first move
	// (client/offline.ts linkManifest; the engines' journeys check each edition's).
	test('every page gives a theme colour for light and for dark, and leaves the manifest to its script', () => {
		const pages = htmlFiles().filter((f) => !/\/t\/\d+\//.test(f));
		expect(pages.length).toBeGreaterThan(30);
		for (const file of pages) {
			const { document } = parseHTML(readFileSync(file, 'utf8'));
			expect(document.querySelectorAll('link[rel="manifest"]').length, file).toBe(0);
			const colours = [...document.querySelectorAll('meta[name="theme-color"]')].map(
				(m) => `${m.getAttribute('media')} ${m.getAttribute('content')}`,
			);
			expect(colours, file).toEqual([
				`(prefers-color-scheme: light) ${PALETTE.light.surface}`,
				`(prefers-color-scheme: dark) ${PALETTE.dark.surface}`,
			]);
		}
	});

	test("the CSP allows workers and the manifest from the site's origin only", () => {
		// Workers fall back to child-src, then script-src; the manifest to default-src: both 'self'
		// and nothing else that names a place (the script hash and wasm keyword name none).
		const policy = contentSecurityPolicy().split('; ');
		expect(policy).toContain("default-src 'self'");
		expect(policy.filter((d) => /^(worker|child|manifest)-src /.test(d))).toEqual([]);
		const script =
			policy
				.find((d) => d.startsWith('script-src '))
				?.split(' ')
				.slice(1) ?? [];
		expect(script.filter((s) => !/^'(self|wasm-unsafe-eval|sha256-[\w+/=]+)'$/.test(s))).toEqual(
			[],
		);
		expect(readDist('_headers')).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
	});
});

describe('service worker precache (dist/sw.js)', () => {
	const list = precacheList();
	const urls = list.map((e) => e.url);

	test('lists each file once, every one of them in dist/', () => {
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls.filter((u) => !distHas(u))).toEqual([]);
	});

	test('covers every page a reader reads, whatever its path; not the pages made for framing', () => {
		const pages = htmlFiles().map((f) => relative(DIST, f).replace(/\\/g, '/'));
		const framed = pages.filter((p) => /(^|\/)embed\//.test(p));
		expect(framed.length).toBe(4);
		expect(pages.length).toBeGreaterThan(25);
		expect(pages.filter((p) => !framed.includes(p) && !urls.includes(p))).toEqual([]);
		expect(urls.filter((u) => framed.includes(u))).toEqual([]);
	});

	test("covers the Pagefind index and code (all but Pagefind's stock UI bundles)", () => {
		const pagefind = readdirSync(DIST)
			.filter((d) => d.startsWith('pagefind'))
			.flatMap(filesUnder);
		const stockUi = /\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
		const needed = pagefind.filter((f) => !stockUi.test(f));
		expect(needed).toContain('pagefind/pagefind.js');
		expect(needed).toContain('pagefind/pagefind-worker.js');
		expect(needed.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
		expect(needed.filter((f) => !urls.includes(f))).toEqual([]);
		expect(urls.filter((u) => stockUi.test(u))).toEqual([]);
	});

	test('covers every script and stylesheet (the chart code among them) and the figures’ data', () => {
		const assets = filesUnder('_astro').filter((f) => /\.(js|css)$/.test(f));
		expect(assets.some((f) => /\/charts\.[\w-]+\.js$/.test(f))).toBe(true);
		expect(assets.filter((f) => !urls.includes(f))).toEqual([]);
		const figureData = filesUnder('data').filter((f) => f.endsWith('.figure.json'));
		expect(figureData.length).toBeGreaterThan(0);
		expect(figureData.filter((f) => !urls.includes(f))).toEqual([]);
	});

	test('leaves out the social cards, every PNG and the figures as images to download', () => {
		expect(filesUnder('og').length).toBeGreaterThan(0);
		expect(urls.filter((u) => u.startsWith('og/') || u.endsWith('.png'))).toEqual([]);
		// Every figure's SVG, both themes and editions (the PNGs are left out above).
		const svgs = ['', 'en/'].flatMap((edition) =>
			FIGURE_IDS.flatMap((id) =>
				THEME_NAMES.map((theme) => `${edition}figures/${imageFile(id, 'landscape', 'svg', theme)}`),
			),
		);
		expect(svgs).toHaveLength(8);
		expect(svgs.filter((f) => !distHas(f))).toEqual([]);
		expect(svgs.filter((f) => urls.includes(f))).toEqual([]);
		expect(urls).toContain('figures/datacenters-map-light.svg');
	});

	test('hashed files are cached by name, the others by a revision of their content', () => {
		for (const { url, revision } of list)
			// Scripts carry 6 characters of hash (src/integrations/short-hashes.mjs), stylesheets 8.
			expect(revision === null, url).toBe(/^_astro\/.+\.([\w-]{6}\.js|[\w-]{8}\.css)$/.test(url));
	});

	test('one list per edition: each edition its own pages and search index, both the code and the data', () => {
		const { zh, en } = editionLists();
		const zhUrls = zh.map((e) => e.url);
		const enUrls = en.map((e) => e.url);
		const isEnPage = (u: string) => u.startsWith('en/');
		const pages = htmlFiles()
			.map((f) => relative(DIST, f).replace(/\\/g, '/'))
			.filter((p) => !/(^|\/)embed\//.test(p));
		expect(pages.filter((p) => !isEnPage(p)).filter((p) => !zhUrls.includes(p))).toEqual([]);
		expect(pages.filter(isEnPage).filter((p) => !enUrls.includes(p))).toEqual([]);
		expect(zhUrls.filter(isEnPage)).toEqual([]);
		expect(enUrls.filter((u) => u.endsWith('.html') && !isEnPage(u))).toEqual([]);
		// Pagefind: each edition gets its own language's index, fragments and WebAssembly.
		expect(zhUrls.filter((u) => /\/(pagefind\.)?(wasm\.)?en[_.]/.test(u))).toEqual([]);
		expect(enUrls.filter((u) => /\/(pagefind\.)?(wasm\.)?zh-cn[_.]/.test(u))).toEqual([]);
		expect(enUrls.some((u) => /\/en_[\w]+\.pf_fragment$/.test(u))).toBe(true);
		expect(zhUrls.some((u) => /\/zh-cn_[\w]+\.pf_fragment$/.test(u))).toBe(true);
		for (const shared of ['pagefind/pagefind.js', 'data/capex.json'])
			expect([zhUrls.includes(shared), enUrls.includes(shared)], shared).toEqual([true, true]);
		const chart = list.find((e) => /^_astro\/charts\./.test(e.url))?.url ?? 'charts';
		expect([zhUrls.includes(chart), enUrls.includes(chart)]).toEqual([true, true]);
		// Sizes as a server sends them (gzip), for the menu's 离线阅读 and the bench.
		for (const e of [...zh, ...en]) expect(e.bytes, e.url).toBeGreaterThan(0);
	});
});
