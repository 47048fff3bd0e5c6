/**
 * `npm run bench`: prints what each page costs in bytes, the chart and search payloads, search
 * latency in Chromium, and Lighthouse scores. Figures, not pass/fail: the byte budgets are tests.
 * Needs a fresh `npm run build` in dist/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { allPageCosts, size, type Size } from '../helpers/bytes';
import { DIST } from '../helpers/dist';
import { serve } from '../helpers/serve';

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const fmt = (s: Size) => `${kb(s.raw)} ${kb(s.gzip)}`;

console.log('\nPage bytes (KB: raw gzip)');
console.log(
	`${'page'.padEnd(44)}  ${'HTML'.padStart(13)}  ${'CSS'.padStart(13)}  ${'JS up front'.padStart(13)}  lazy JS`,
);
for (const p of allPageCosts().sort((a, b) => a.path.localeCompare(b.path))) {
	console.log(
		`${p.path.padEnd(44)}  ${fmt(p.html)}  ${fmt(p.css)}  ${fmt(p.js)}  ${p.lazyJs.join(' ')}`,
	);
}

const astroDir = join(DIST, '_astro');
const chart = readdirSync(astroDir).filter((f) => f.startsWith('charts.') && f.endsWith('.js'));
for (const f of chart)
	console.log(`\nChart JavaScript ${f}: ${fmt(size(readFileSync(join(astroDir, f))))} KB`);

const server = await serve();
const { origin } = server;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
const page = await browser.newPage();
// Bytes as fetched from this server (no compression) and as a static host serves them: Pagefind's
// index, fragments and WebAssembly are already gzipped; its JavaScript is gzipped in transit.
let bytes = 0;
let wire = 0;
const files: string[] = [];
page.on('response', async (r) => {
	if (!r.url().includes('/pagefind/')) return;
	const body = await r.body().catch(() => Buffer.alloc(0));
	bytes += body.length;
	const onWire = /\.(js|json|css)$/.test(new URL(r.url()).pathname)
		? gzipSync(body).length
		: body.length;
	wire += onWire;
	files.push(
		`${new URL(r.url()).pathname.replace(/^.*\/pagefind\//, '')} ${(onWire / 1024).toFixed(1)}`,
	);
});
await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
const timeQuery = async (q: string) => {
	bytes = 0;
	wire = 0;
	files.length = 0;
	await page.locator('#dlg-search-input').fill('');
	const t0 = Date.now();
	await page.locator('#dlg-search-input').fill(q);
	await page.waitForFunction(
		(query) =>
			document.querySelector('#dlg-search-results')?.getAttribute('data-query') === query &&
			document.querySelector('#dlg-search-results [role="option"]'),
		q,
	);
	const ms = Date.now() - t0;
	await page.waitForLoadState('networkidle');
	return { ms, kb: bytes / 1024, wireKb: wire / 1024, files: files.join(', ') };
};
await page.keyboard.press('Control+k');
await page.locator('#dlg-search-input').waitFor({ state: 'visible' });
const first = await timeQuery('数据中心');
const later = await timeQuery('具身智能');
const again = await timeQuery('Stargate');
console.log('\nSearch (Pagefind, Chromium, localhost)');
for (const [label, r] of [
	['first query  "数据中心"', first],
	['later query  "具身智能"', later],
	['later query  "Stargate"', again],
] as const) {
	console.log(
		`${label}: ${r.wireKb.toFixed(1)} KB over the wire with gzip (${r.kb.toFixed(1)} KB uncompressed), ${r.ms} ms keystroke → first result`,
	);
	console.log(`    ${r.files || '(nothing fetched)'}`);
}
console.log('(the first query includes loading Pagefind itself)');
await browser.close();

if (!process.env.SKIP_LIGHTHOUSE) {
	console.log('\nLighthouse (mobile preset): performance accessibility best-practices seo');
	for (const path of [
		'/',
		'/parts/infrastructure/',
		'/trends/compute-infrastructure/',
		'/search/',
	]) {
		try {
			const out = execFileSync(
				'npx',
				[
					'lighthouse',
					`${origin}${path}`,
					'--quiet',
					'--output=json',
					'--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
				],
				{
					env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
					maxBuffer: 64 * 1024 * 1024,
				},
			).toString();
			const cats = (JSON.parse(out) as { categories: Record<string, { score: number }> })
				.categories;
			const score = (k: string) => String(Math.round((cats[k]?.score ?? 0) * 100)).padStart(4);
			console.log(
				`${path.padEnd(36)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}`,
			);
		} catch (e) {
			console.log(`${path}: lighthouse failed: ${(e as Error).message.split('\n')[0]}`);
		}
	}
}
await server.stop();
