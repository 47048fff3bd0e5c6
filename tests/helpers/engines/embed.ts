/**
 * Embeds and figure images in a browser, the same in every engine (tests/engines/embed.test.ts), at
 * 1280 and 390 px: the site's own <iframe> snippet for both figures, on a page of a second origin
 * (another port), draws each chart (the embed tells its parent so) with no CSP violation or error
 * in either document; the embed page alone is axe clean in both themes, its table toggle works and
 * its links open a new tab; on the trend page, a drawn figure offers the images (which load as
 * PNG / SVG) and the embed code, the same snippet.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { withAccessDate } from '~/client/cite-date';
import { embedCode, embedPath, imageFile, SHAPE_NAMES, THEME_NAMES } from '~/lib/figure-files';
import type { Theme } from '~/lib/palette';
import { waitFor, type EngineName, type Size } from './driver';
import { AXE, axe } from './axe';
import { useDriver } from './index';
import { DESKTOP, PHONE, SHOTS } from './journeys';
import { PROBE } from './probe';

const TREND = '/trends/compute-infrastructure/';
/** Each figure in one edition: one load of the host page frames both. */
const FRAMED = [
	{ id: 'capex', edition: '' },
	{ id: 'datacenters', edition: 'en/' },
];

/**
 * A page on another origin holding the snippets; it records what the embeds post to it. It carries
 * the probe itself (WebKit's proxy only puts it in the site's pages) so its own errors are watched;
 * the errors inside the embeds are the engines' own logs (Chromium and Firefox report every frame's)
 * and, in any engine, an embed that did not draw never says it did.
 */
function hostPage(site: string): string {
	const frames = FRAMED.map(({ id, edition }) =>
		embedCode(id, `${site}/${edition}${embedPath(id)}`, `Figure ${id}`),
	).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>${PROBE}</script>
<script>window.messages = []; addEventListener('message', (e) => messages.push({ origin: e.origin, data: e.data }));</script>
</head><body><main><h1>A page of another site</h1>${frames}</main></body></html>`;
}

export function embedJourneys(engine: EngineName): void {
	const driver = useDriver(engine);
	const shots = join(SHOTS, engine, 'embed');
	mkdirSync(shots, { recursive: true });
	let server: Server | undefined;
	let host = '';

	beforeAll(async () => {
		const site = inject('baseUrl');
		server = createServer((_, res) => {
			res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			res.end(hostPage(site));
		});
		await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
		const address = server.address();
		host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
	});
	afterAll(
		() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
	);

	afterEach(async () => {
		expect(await driver().takeErrors(), 'console errors, exceptions, failed loads, CSP').toEqual(
			[],
		);
	});

	for (const size of [DESKTOP, PHONE] as Size[]) {
		describe(`${engine} at ${size.width} px`, () => {
			beforeAll(() => driver().resize(size, [AXE]));

			test('framed by another origin: both embeds draw their charts', async () => {
				const d = driver();
				await d.goto(host);
				const site = new URL(inject('baseUrl')).origin;
				// One after the other, as a reader scrolls to them: engines hold back frames out of view.
				const drawn: string[] = [];
				for (const [i, { id }] of FRAMED.entries()) {
					await d.evaluate(
						(n: number) => document.querySelectorAll('iframe')[n]?.scrollIntoView(),
						i,
					);
					const message = await waitFor(
						d,
						(figure: string) => {
							const all = (
								window as unknown as {
									messages: { origin: string; data: { embed?: string; drawn?: boolean } }[];
								}
							).messages;
							const m = all.find((x) => x.data.embed === figure);
							return m ? `${m.origin} ${m.data.embed} ${m.data.drawn}` : null;
						},
						[`fig-${id}`],
						{ timeout: 20_000, message: `the ${id} embed drawn` },
					);
					drawn.push(message);
				}
				expect(drawn).toEqual([`${site} fig-capex true`, `${site} fig-datacenters true`]);
				const frames = await d.evaluate(() =>
					[...document.querySelectorAll('iframe')].map((f) => {
						const r = f.getBoundingClientRect();
						return Math.round((r.width / r.height) * 100) / 100;
					}),
				);
				expect(frames).toEqual([1.33, 0.67]);
				await d.screenshot(join(shots, `host-${size.width}.png`));
			});

			test('the embed page alone: chart, table toggle, links to a new tab; axe clean, light and dark', async () => {
				const d = driver();
				await d.goto(`/${embedPath('capex')}`);
				const state = await waitFor(
					d,
					() => {
						const fig = document.querySelector<HTMLElement>('rr-figure');
						const canvas = fig?.querySelector('canvas');
						if (!fig || fig.dataset.drawn === undefined || !canvas) return null;
						return {
							canvas: canvas.width > 0 && canvas.height > 0,
							legend: fig.querySelectorAll('.legend li').length,
							source: !!fig.querySelector('.src a[target="_blank"]'),
							back: [...document.querySelectorAll('main a[href$="#fig-capex"]')].every(
								(a) => a.getAttribute('target') === '_blank',
							),
							// No image or embed menus in an embed; how to cite it, yes (in its HTML).
							menus: [...document.querySelectorAll('.figure-more summary')].map(
								(m) => m.textContent,
							),
							chrome: !!document.querySelector('.site-header, .site-footer'),
							// Its reference-list citation dated with the reader's day, not the build's.
							dated: [...document.querySelectorAll('.figure-cite pre')].some((p) =>
								/\(2025-12-10\)\[\d{4}-\d{2}-\d{2}\]/.test(p.textContent ?? ''),
							),
						};
					},
					[],
					{ timeout: 20_000, message: 'the embed drawn' },
				);
				expect(state).toEqual({
					canvas: true,
					legend: 3,
					source: true,
					back: true,
					menus: ['如何引用此图'],
					chrome: false,
					dated: true,
				});
				expect(await axe(d)).toEqual([]);
				await d.screenshot(join(shots, `embed-capex-${size.width}-light.png`));
				await d.click('.figure-toggle');
				expect(await d.evaluate(() => document.querySelector('figure')?.dataset.view ?? '')).toBe(
					'table',
				);
				expect(await axe(d)).toEqual([]);
				await d.click('.figure-toggle');
				await d.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
				await d.screenshot(join(shots, `embed-capex-${size.width}-dark.png`));
				expect(await axe(d)).toEqual([]);
				await d.evaluate(() => (document.documentElement.dataset.theme = 'light'));
				await d.goto(`/en/${embedPath('datacenters')}`);
				await waitFor(d, () => document.querySelector('rr-figure[data-drawn]') !== null, [], {
					timeout: 20_000,
					message: 'the English data-centre embed drawn',
				});
				await d.screenshot(join(shots, `embed-datacenters-en-${size.width}-light.png`));
			});

			if (size === DESKTOP)
				test('a drawn figure in its trend offers its images and its embed code', async () => {
					const d = driver();
					await d.goto(`${TREND}#fig-capex`);
					const menu = await waitFor(
						d,
						() => {
							const fig = document.getElementById('fig-capex');
							const [images, embed, cite] = fig?.querySelectorAll('details.figure-more') ?? [];
							if (!images || !embed || !cite) return null;
							return {
								summaries: [images, embed, cite].map(
									(m) => m.querySelector('summary')?.textContent,
								),
								cite: [...cite.querySelectorAll('pre')].map((p) => p.textContent),
								links: [...images.querySelectorAll('a')].map((a) => a.pathname),
								// Each image's line: its name, then its light and dark link, named for both.
								lines: [...images.querySelectorAll('li')].map((li) => [
									li.firstElementChild?.textContent,
									...[...li.querySelectorAll('a')].map(
										(a) => `${a.textContent} = ${a.getAttribute('aria-label')}`,
									),
								]),
								downloads: [...images.querySelectorAll('a')].every((a) => !!a.download),
								code: embed.querySelector('pre')?.textContent ?? '',
								title: [...(fig?.querySelector('figcaption')?.childNodes ?? [])]
									.map((n) => n.textContent?.trim())
									.join(' '),
							};
						},
						[],
						{ timeout: 20_000, message: 'the image and embed menus' },
					);
					expect(menu.summaries).toEqual(['下载图片', '嵌入', '如何引用此图']);
					// The same citations as the embed page's, from the figure's data, dated with the
					// reader's day (the data names the field: 引用日期).
					const data = (await d.evaluate(() =>
						fetch('/data/capex.figure.json').then((r) => r.json()),
					)) as { cite: { blocks: { text: string }[] } };
					expect(data.cite.blocks.map((b) => b.text).join('\n')).toContain('[引用日期]');
					expect(menu.cite).toEqual(data.cite.blocks.map((b) => withAccessDate(b.text)));
					// Every shape as PNG, then the SVG, each with its two themes, the reader's (light) first.
					const files = (themes: Theme[]) =>
						[...SHAPE_NAMES.map((s) => [s, 'png'] as const), ['landscape', 'svg'] as const].flatMap(
							([shape, ext]) =>
								themes.map((theme) => `/figures/${imageFile('capex', shape, ext, theme)}`),
						);
					expect(menu.links).toEqual(files(THEME_NAMES));
					expect(menu.lines[0]).toEqual([
						'PNG 横版（幻灯片）2400 × 1350',
						'浅色 = 浅色：PNG 横版（幻灯片）2400 × 1350',
						'深色 = 深色：PNG 横版（幻灯片）2400 × 1350',
					]);
					expect(menu.lines.at(-1)).toEqual([
						'SVG 矢量图',
						'浅色 = 浅色：SVG 矢量图',
						'深色 = 深色：SVG 矢量图',
					]);
					expect(menu.downloads).toBe(true);
					const origin = await d.evaluate(() => location.origin);
					expect(menu.code).toBe(embedCode('capex', `${origin}/${embedPath('capex')}`, menu.title));
					// Every image the menu offers loads, as what it says it is.
					const types = await d.evaluate(
						(paths: string[]) =>
							Promise.all(
								paths.map((p) =>
									fetch(p).then((r) => `${r.status} ${r.headers.get('content-type')}`),
								),
							),
						menu.links,
					);
					expect(types.map((t) => t.replace(/;.*$/, ''))).toEqual(
						menu.links.map((f) => `200 image/${f.endsWith('.svg') ? 'svg+xml' : 'png'}`),
					);
					// A reader who switched to dark after the chart was drawn gets the dark files first.
					await d.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
					await d.click('#fig-capex details.figure-more summary');
					const opened = await waitFor(
						d,
						() => {
							const links = [
								...document.querySelectorAll<HTMLAnchorElement>(
									'#fig-capex details.figure-more[open] li a',
								),
							].map((a) => a.pathname);
							return links[0]?.endsWith('-dark.png') ? links : null;
						},
						[],
						{ message: 'the image menu open, its dark files first' },
					);
					expect(opened).toEqual(files([...THEME_NAMES].reverse()));
					// Open how to cite it (the last menu) too: axe with both open, in the dark theme.
					await d.click('#fig-capex details.figure-more:last-of-type summary');
					expect(await axe(d)).toEqual([]);
					await d.evaluate(() =>
						document.querySelector('#fig-capex .controls')?.scrollIntoView({ block: 'start' }),
					);
					await d.screenshot(join(shots, `trend-controls-${size.width}-dark.png`));
					await d.evaluate(() => (document.documentElement.dataset.theme = 'light'));
					await d.screenshot(join(shots, `trend-controls-${size.width}.png`));
				});
		});
	}
}
