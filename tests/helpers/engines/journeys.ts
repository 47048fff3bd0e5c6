/**
 * The reader's journeys, the same in every engine (tests/engines/<engine>.test.ts), at a desktop
 * and a phone width, plus the narrowest phone for sideways scrolling. Every journey ends with no
 * console error, uncaught exception, failed load or CSP violation on any page it visited.
 *
 * Where an engine lacks an enhancement, the journey asserts what the reader gets instead (the
 * README's fallback table); the fallbacks an engine here does not need are forced by taking the
 * feature away before the page's scripts run, so each is exercised in every engine.
 */
import { textDirective } from '~/client/share/fragment';
import { breakUnits } from '~/lib/phrases';
import { canvasPixels } from '../canvas';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
	homeSettled,
	idleRan,
	readerMoves,
	steady,
	waitFor,
	waitForPath,
	type Driver,
	type EngineName,
	type Size,
} from './driver';
import { DIST } from '../dist';
import { faults } from './faults';
import { engineOn, useDriver } from './index';
import type { ProbeRecord } from './probe';

export const DESKTOP: Size = { width: 1280, height: 900 };
export const PHONE: Size = { width: 390, height: 844 };
export const NARROW: Size = { width: 320, height: 700 };

/** Where the journeys leave their screenshots (ignored by git). */
export const SHOTS = 'test-results/engines';

/** The dark page background (--surface in dark), to see the stored theme before first paint. */
const DARK_BG = 'rgb(20, 22, 27)';

/** Taken away before the page runs, to exercise the fallback in engines that have the feature. */
export const WITHOUT = {
	highlights: 'delete CSS.highlights;',
	clipboard: `Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });`,
	serviceWorker: 'delete Navigator.prototype.serviceWorker;',
	/** A reload keeps the page at its top, as an engine may (the page must not count on it). */
	scrollRestoration: "history.scrollRestoration = 'manual';",
};

const text = (d: Driver, selector: string) =>
	d.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector);

/** The title lines of a page: the trend's head, the cards, the pager. */
const TITLES = '.trend-head h1 > span:not(.sr-only), a.card .t, a.card .sub, .pager .name';

/**
 * Each title line on the page (or each element `selector` names) as the engine draws it: the trend
 * it names, the text of each of its line boxes, and how far right of its edge each box starts (px;
 * the next-trend link is right-aligned, so it is left out of that check). Lines below the box of
 * `clip` are hidden by it and left out.
 */
const drawnTitles = (d: Driver, selector = TITLES, clip?: string) =>
	d.evaluate(
		(lines: string, clipTo?: string) =>
			[...document.querySelectorAll(lines)].map((line) => {
				const rows: string[] = [];
				const indents: number[] = [];
				const edge = line.getBoundingClientRect().left;
				const bottom = clipTo
					? (document.querySelector(clipTo)?.getBoundingClientRect().bottom ?? 0) + 1
					: Infinity;
				let top: number | undefined;
				const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
				for (let n = walker.nextNode(); n; n = walker.nextNode()) {
					const node = n as Text;
					for (let i = 0; i < node.length; i++) {
						const range = document.createRange();
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const box = range.getBoundingClientRect();
						if (box.bottom > bottom) continue;
						if (Math.round(box.top) !== top) {
							rows.push('');
							indents.push(Math.round(box.left - edge));
						}
						top = Math.round(box.top);
						rows[rows.length - 1] += node.data[i];
					}
				}
				const link = line.closest('a');
				return {
					slug: (link?.pathname ?? location.pathname).split('/')[2] ?? '',
					rows,
					indents: link?.rel === 'next' ? [] : indents,
				};
			}),
		selector,
		clip,
	);

/** A trend's keywords, as its built page lists them (what lib/phrases.ts keeps whole in its title). */
const keywordsOf = (slug: string): string[] =>
	(
		/data-pagefind-meta="keywords">([^<]*)</.exec(
			readFileSync(join(DIST, 'trends', slug, 'index.html'), 'utf8'),
		)?.[1] ?? ''
	).split(' · ');

const visible = (d: Driver, selector: string) =>
	d.evaluate((s: string) => {
		const el = document.querySelector(s);
		return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
	}, selector);

/** The top of an element (by id) relative to the viewport, once it no longer moves. */
const steadyTop = (d: Driver, id: string) =>
	steady(d, (i: string) => document.getElementById(i)?.getBoundingClientRect().top ?? NaN, id);

const headerBottom = (d: Driver) =>
	d.evaluate(() => document.querySelector('header')?.getBoundingClientRect().bottom ?? NaN);

const overflow = (d: Driver) =>
	d.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Each page type, scrolled past every figure and lazy image (its widest state), fits the width. */
async function expectNoSidewaysScroll(d: Driver): Promise<void> {
	for (const path of [
		'/',
		'/parts/infrastructure/',
		'/trends/compute-infrastructure/',
		'/about/',
	]) {
		await d.goto(path);
		await d.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		expect(await overflow(d), path).toBeLessThanOrEqual(0);
	}
}

/** Painted pixels and a checksum of a canvas once its drawing stops changing. */
const canvasStats = (d: Driver, selector: string) =>
	steady(d, canvasPixels, selector, { frames: 5 });

/**
 * The searched words are marked wherever search matched them (the page's indexed body, keyword line
 * included): by the Highlight API where there is one, else by <mark>. Either way each mark is one
 * whole occurrence of a query word: a range spells the word; a word that runs across inline markup
 * is several <mark>s (one per text node) that together spell it, and no mark is ever inside another.
 */
export async function expectMarks(d: Driver, words: string[]): Promise<'highlight-api' | 'mark'> {
	const marks = await waitFor(
		d,
		() => {
			const count = Number(document.documentElement.dataset.highlighted ?? 0);
			if (!count) return null;
			const api = 'highlights' in CSS;
			const body = document.querySelector('[data-pagefind-body]');
			const marks = [...document.querySelectorAll('mark.search-hit')];
			return {
				count,
				api,
				ranges: api ? [...(CSS.highlights.get('search') ?? [])].map(String) : [],
				marks: marks.length,
				outside: marks.filter((m) => !body?.contains(m)).length,
				nested: document.querySelectorAll('mark.search-hit mark.search-hit').length,
				text: marks.map((m) => m.textContent ?? '').join(''),
			};
		},
		[],
		{ message: 'the search terms to be marked' },
	);
	const fold = (t: string) => t.toLowerCase();
	/** How many whole words the marked text spells, or NaN where it spells anything else. */
	const spelled = (t: string) => {
		let n = 0;
		for (let rest = fold(t); rest; n++) {
			const w = words.map(fold).find((x) => rest.startsWith(x));
			if (!w) return NaN;
			rest = rest.slice(w.length);
		}
		return n;
	};
	if (marks.api) {
		expect(marks.ranges).toHaveLength(marks.count);
		for (const r of marks.ranges) expect(words.map(fold)).toContain(fold(r));
		expect(marks.marks).toBe(0);
		return 'highlight-api';
	}
	expect(marks.marks).toBeGreaterThanOrEqual(marks.count);
	expect(marks.outside).toBe(0);
	expect(marks.nested).toBe(0);
	expect(spelled(marks.text)).toBe(marks.count);
	return 'mark';
}

/** What the reader sees of each enhancement in this engine, written for the README's table. */
const seen: Record<string, string> = {};
const note = (feature: string, what: string) => (seen[feature] = what);

/**
 * Registers the journeys; returns the file's driver, for the feature journeys that follow them, or
 * nothing when SKIP_ENGINES turned this engine off.
 */
export function journeys(engine: EngineName): (() => Driver) | undefined {
	if (!engineOn(engine)) return undefined;
	const driver = useDriver(engine);
	/**
	 * Firefox, on a busy machine, logs "A ServiceWorker intercepted the request and encountered an
	 * unexpected error" for a module a page was still loading through the worker when a journey
	 * navigated on at once; the reader sees nothing. Its journeys after the worker's own test run
	 * without the worker, so that each still fails on every other error.
	 */
	const base = engine === 'firefox' ? [WITHOUT.serviceWorker] : [];
	const shots = join(SHOTS, engine);

	afterEach(async () => {
		expect(await driver().takeErrors(), 'console errors, exceptions, failed loads, CSP').toEqual(
			[],
		);
	});

	test('the error watch itself: it sees a CSP violation, an uncaught exception and console.error', async () => {
		const d = driver();
		await d.goto('/about/');
		await d.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'https://example.invalid/blocked.png'; // img-src 'self' refuses it
			document.body.append(img);
			console.error('watch check');
			setTimeout(() => {
				throw new Error('watch check');
			});
		});
		const seen = await waitFor(
			d,
			() => {
				const errors = (window as unknown as { __rrProbe: ProbeRecord }).__rrProbe.errors;
				return errors.length >= 3 ? errors : null;
			},
			[],
			{ message: 'the probe to record three errors' },
		);
		expect(seen.join('\n')).toMatch(/CSP img-src blocked https:\/\/example\.invalid/);
		expect(seen.join('\n')).toMatch(/console\.error watch check/);
		expect(seen.join('\n')).toMatch(/uncaught .*watch check/);
		expect((await d.takeErrors()).length).toBeGreaterThanOrEqual(3);
	});

	test('a quote link lands on its sentence, marked: by the engine’s text fragments, else by the page', async () => {
		const d = driver();
		await d.resize(DESKTOP);
		const sentence = '标题后半句写的是“推理需求倒逼模型创新”。';
		const link = `/trends/inference-time/#learning-to-application:~:${textDirective('标题后半句写的是', '模型创新”。')}`;
		// The second form (colons escaped on the way) reaches the page in every engine: the fallback.
		for (const [form, escaped] of [
			[link, false],
			[link.replace(':~:', '%3A~%3A'), true],
		] as const) {
			await d.goto('/');
			await homeSettled(d);
			await d.goto(form);
			const landed = await waitFor(
				d,
				(text: string) => {
					const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						const at = (n as Text).data.indexOf(text);
						if (at < 0) continue;
						const range = new Range();
						range.setStart(n, at);
						range.setEnd(n, at + text.length);
						const box = range.getBoundingClientRect();
						const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
						const quoted = document.documentElement.dataset.quoted;
						const native = !location.hash.includes('~');
						return box.top >= header && box.bottom <= innerHeight && (native || quoted === '1')
							? { native, quoted: quoted ?? null }
							: false;
					}
					return false;
				},
				[sentence],
				{ message: 'the quoted sentence in view and marked' },
			);
			if (escaped) expect(landed).toEqual({ native: false, quoted: '1' });
			else note('text-fragments', landed.native ? 'engine' : 'page fallback');
		}
	});

	test('a link mangled on its way still lands: a capital letter, a chat app’s bracket after the #id, an English address on the root 404, a slug cut short; the 404 page’s language link and search box', async () => {
		const d = driver();
		// Where the 404 page's search box is at first paint, to see that filling the line kept above it
		// (client/notfound.ts) moves nothing.
		await d.resize(PHONE, [
			...base,
			`addEventListener('DOMContentLoaded', () => { const f = document.querySelector('.nf-search'); if (f) window.__nfTop = f.getBoundingClientRect().top; });`,
		]);
		// The host serves its 404 page; it goes on to the path it names once mended.
		await d.goto('/Trends/Embodied-Intelligence/');
		await waitForPath(d, /^\/trends\/embodied-intelligence\/$/);
		// No page has an element with this id: it goes to the id meant, under the sticky header.
		await d.goto(`/trends/compute-infrastructure/#capex${encodeURIComponent('）')}`);
		await waitForPath(d, /^\/trends\/compute-infrastructure\/#capex$/);
		const top = await steadyTop(d, 'capex');
		expect(top).toBeGreaterThanOrEqual(await headerBottom(d));
		expect(top).toBeLessThan((await headerBottom(d)) + 120);
		// A host serves the root (Chinese) 404 for a missing English address: the reader goes on to
		// the English 404, which offers the trend the address meant, in English.
		await d.goto('/en/trends/embodied-intel/');
		await waitForPath(d, /^\/en\/404\/\?missing=%2Fen%2Ftrends%2Fembodied-intel%2F$/);
		const offered = await waitFor(
			d,
			() => {
				const a = document.querySelector<HTMLAnchorElement>('.nf-guess a');
				return (
					a && [
						a.pathname,
						a.textContent,
						(window as unknown as { __nfTop: number }).__nfTop -
							(document.querySelector('.nf-search')?.getBoundingClientRect().top ?? NaN),
					]
				);
			},
			[],
			{ message: 'the trend the address meant, offered' },
		);
		expect(offered).toEqual([
			'/en/trends/embodied-intelligence/',
			expect.stringMatching(/^Trend 05 · Information AI/),
			0,
		]);
		await d.click('.nf-guess a');
		await waitForPath(d, /^\/en\/trends\/embodied-intelligence\/$/);
		// Nothing close: the page names the address it did not find; its language link goes to the
		// English 404 for the English twin of that address, whose search box searches.
		await d.goto('/nothing-here/');
		expect(
			await waitFor(d, () => document.querySelector('.nf-guess code')?.textContent, [], {
				message: 'the address not found',
			}),
		).toBe('/nothing-here/');
		await d.click('a.lang-switch');
		await waitForPath(d, /^\/en\/404\/\?missing=%2Fen%2Fnothing-here%2F$/);
		expect(
			await waitFor(d, () => document.querySelector('.nf-guess code')?.textContent, [], {
				message: 'the English twin of the address, not found',
			}),
		).toBe('/en/nothing-here/');
		await d.click('.nf-search input');
		await d.type('Stargate');
		await d.press('Enter');
		await waitForPath(d, /^\/en\/search\/\?q=Stargate$/);
		await waitFor(
			d,
			() => !!document.querySelector('#page-search-results[data-query="Stargate"] [role="option"]'),
			[],
			{ message: 'results for the words typed on the 404 page' },
		);
		// The engine logs each missing address it was sent to, as the host answered: 404.
		const asked = [
			'/Trends/Embodied-Intelligence/',
			'/en/trends/embodied-intel/',
			'/nothing-here/',
		];
		expect(
			(await d.takeErrors()).filter(
				(e) => !(/\b404\b/.test(e) && asked.some((p) => e.includes(p))),
			),
		).toEqual([]);
	});

	test('once the reader moves, the offline worker registers where the engine has one and the app manifest is linked, each edition its own, and served', async () => {
		const d = driver();
		await d.goto('/trends/inference-time/');
		// A page only opened, its idle code run, links no manifest, which a browser would fetch with
		// its icon at once (client/offline.ts). Nor does it register the worker: the offline journeys
		// (engines/offline.ts) check that from a browser without one (here an earlier journey has
		// registered it).
		await idleRan(d);
		expect(await d.evaluate(() => document.querySelectorAll('link[rel="manifest"]').length)).toBe(
			0,
		);
		await readerMoves(d);
		// Registered at the move (precaching then goes on in the background: not waited for here).
		const worker = await waitFor(
			d,
			async () => {
				if (!('serviceWorker' in navigator)) return 'none';
				const registration = await navigator.serviceWorker.getRegistration();
				const sw = registration?.installing ?? registration?.waiting ?? registration?.active;
				return sw ? `${registration?.scope} ${sw.scriptURL}` : null;
			},
			[],
			{ timeout: 20_000, message: 'the service worker to be registered' },
		);
		note('Offline reading (service worker)', worker === 'none' ? 'none' : 'registered');
		if (worker !== 'none') {
			const [scope = '', script = ''] = worker.split(' ');
			expect([new URL(scope).pathname, new URL(script).pathname]).toEqual(['/', '/sw.js']);
		}
		const manifest = async () => {
			await readerMoves(d);
			await waitFor(d, () => !!document.querySelector('link[rel="manifest"]'), [], {
				message: 'the manifest to be linked',
			});
			return d.evaluate(async () => {
				const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href') ?? '';
				const response = await fetch(href);
				const json = (await response.json()) as { start_url: string; icons: unknown[] };
				return { href, type: response.headers.get('content-type'), start: json.start_url };
			});
		};
		expect(await manifest()).toEqual({
			href: '/manifest.webmanifest',
			type: 'application/manifest+json',
			start: '/',
		});
		await d.goto('/en/trends/inference-time/');
		expect(await manifest()).toEqual({
			href: '/en/manifest.webmanifest',
			type: 'application/manifest+json',
			start: '/en/',
		});
		await d.goto('/trends/inference-time/');
		// The page still works as before under the worker: a link leads on.
		await d.click('a[rel="next"]');
		await waitForPath(d, /^\/trends\/embodied-intelligence\/$/);
		expect(await text(d, 'h1')).toContain('具身智能');
	});

	for (const [name, size] of [
		['desktop', DESKTOP],
		['phone', PHONE],
	] as const) {
		const phone = name === 'phone';
		describe(`${engine} at ${size.width} px`, () => {
			beforeAll(() => driver().resize(size, base));

			test('home → part → trend by following links', async () => {
				const d = driver();
				await d.goto('/');
				await d.click('#overview + p + ol a[href="/parts/model-evolution/"]');
				await waitForPath(d, /^\/parts\/model-evolution\/$/);
				expect(await text(d, 'h1')).toContain('模型进化');
				await d.click('#part-trends + ol a');
				await waitForPath(d, /^\/trends\/pretraining-architecture\/$/);
				expect(await text(d, 'h1')).toContain('预训练决定大模型格局梯队');
				await d.click('a[rel="next"]');
				await waitForPath(d, /^\/trends\/inference-time\/$/);
			});

			test('a section link lands with its heading just below the sticky header', async () => {
				const d = driver();
				await d.goto('/trends/ai-for-science/');
				const id = await d.evaluate(
					() => [...document.querySelectorAll('.prose-zh h2')].at(-1)?.id ?? '',
				);
				expect(id).not.toBe('');
				await d.goto('/');
				await homeSettled(d);
				await d.goto(`/trends/ai-for-science/#${id}`);
				const top = await steadyTop(d, id);
				const header = await headerBottom(d);
				expect(top).toBeGreaterThanOrEqual(header);
				expect(top).toBeLessThan(header + 120);
				expect(
					await d.evaluate((i: string) => document.getElementById(i)?.matches(':target'), id),
				).toBe(true);
			});

			test('the short links /t/5/ and /en/t/5/ land on trend 5 in their language', async () => {
				const d = driver();
				await d.goto('/t/5/');
				await waitForPath(d, /^\/trends\/embodied-intelligence\/$/);
				expect(await text(d, 'h1')).toContain('具身智能');
				await d.goto('/en/t/5/');
				await waitForPath(d, /^\/en\/trends\/embodied-intelligence\/$/);
				expect(await d.evaluate(() => document.documentElement.lang)).toBe('en');
			});

			test('both trend-1 charts draw when scrolled into view, and the table toggle swaps views', async () => {
				const d = driver();
				await d.goto('/trends/compute-infrastructure/');
				for (const fig of ['fig-capex', 'fig-datacenters']) {
					await d.evaluate(
						(f: string) => document.getElementById(f)?.scrollIntoView({ block: 'center' }),
						fig,
					);
					await waitFor(
						d,
						(f: string) =>
							document.querySelector(`rr-figure:has(#${f})`)?.hasAttribute('data-drawn'),
						[fig],
						{ message: `${fig} to draw` },
					);
					expect((await canvasStats(d, `#${fig} canvas`)).painted, fig).toBeGreaterThan(5000);
					// The canvas client/figure.ts made (its role is the keyboard walk's once drawn, see
					// explore.ts): named by the caption, described by the takeaway.
					expect(
						await d.evaluate((f: string) => {
							const canvas = document.querySelector(`#${f} canvas`);
							const by = (attr: string) =>
								document.getElementById(canvas?.getAttribute(attr) ?? '');
							return [by('aria-labelledby')?.tagName, by('aria-describedby')?.className];
						}, fig),
					).toEqual(['FIGCAPTION', 'take']);
					const toggle = `#${fig} .figure-toggle`;
					expect(await visible(d, `#${fig} .figure-chart`)).toBe(true);
					await d.click(toggle);
					await waitFor(
						d,
						(s: string) => document.querySelector(s)?.getAttribute('aria-pressed') === 'true',
						[toggle],
					);
					expect(await visible(d, `#${fig} .figure-chart`)).toBe(false);
					expect(
						await d.evaluate(
							(f: string) =>
								document.querySelector(`#${f} .figure-table table`)?.getBoundingClientRect()
									.height ?? 0,
							fig,
						),
					).toBeGreaterThan(100);
					// Each row's reason came with the chart and sits after its badge; the table's pointer
					// to the data file for the reasons (the no-JS table's) is not shown.
					const reasons = await d.evaluate(
						(f: string) => ({
							rows: document.querySelectorAll(`#${f} tbody tr:not(.grp)`).length,
							why: document.querySelectorAll(`#${f} tbody tr:not(.grp) .conf + .why`).length,
							link: (document.querySelector(`#${f} .why-link`)?.getClientRects().length ?? 0) > 0,
						}),
						fig,
					);
					expect(reasons.rows).toBeGreaterThan(3);
					expect(reasons).toEqual({ rows: reasons.rows, why: reasons.rows, link: false });
					await d.click(toggle);
					await waitFor(
						d,
						(s: string) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0,
						[`#${fig} .figure-chart`],
					);
				}
			});

			test('the data-centre chart shows its labels whole, and the map picks the form for this width', async () => {
				const d = driver();
				// The map for this width, drawn with this engine's fonts (in a frame of its own, as an
				// image is): no label overlaps another or a ring, and each stays inside the picture.
				await d.goto('/trends/compute-infrastructure/#fig-datacenters');
				const clashes = await d.evaluate(
					(src: string) =>
						new Promise<string[]>((resolve) => {
							const frame = document.createElement('iframe');
							frame.width = '960';
							frame.height = '500';
							frame.addEventListener('load', () => {
								const doc = frame.contentDocument as Document;
								const view = (doc.documentElement as unknown as SVGSVGElement).viewBox.baseVal;
								const boxes = (s: string) =>
									[...doc.querySelectorAll<SVGGraphicsElement>(s)].map((e) => ({
										name: e.textContent || e.tagName,
										box: e.getBBox(),
									}));
								const labels = boxes('text');
								const rings = boxes('circle[stroke-width="2"]');
								const hit = (a: DOMRect, b: DOMRect) =>
									a.x < b.x + b.width - 0.5 &&
									b.x < a.x + a.width - 0.5 &&
									a.y < b.y + b.height - 0.5 &&
									b.y < a.y + a.height - 0.5;
								const found: string[] = labels.length > 5 ? [] : ['too few labels'];
								labels.forEach((a, i) => {
									for (const b of [...labels.slice(i + 1), ...rings])
										if (hit(a.box, b.box)) found.push(`${a.name} × ${b.name}`);
									if (a.box.x < 0 || a.box.right > view.width || a.box.bottom > view.height)
										found.push(`${a.name} outside`);
								});
								frame.remove();
								resolve(found);
							});
							frame.src = src;
							document.body.append(frame);
						}),
					`/figures/datacenters-map-${phone ? 'phone-' : ''}light.svg`,
				);
				expect(clashes).toEqual([]);
				await waitFor(
					d,
					() =>
						document.querySelector('rr-figure:has(#fig-datacenters)')?.hasAttribute('data-drawn'),
					[],
				);
				await canvasStats(d, '#fig-datacenters canvas');
				// A label cut at the canvas edge leaves ink in its first columns (the bars start right of
				// the labels, so nothing else is drawn there).
				const edgeInk = await d.evaluate(() => {
					const canvas = document.querySelector<HTMLCanvasElement>('#fig-datacenters canvas');
					const data = canvas?.getContext('2d')?.getImageData(0, 0, 2, canvas.height).data ?? [];
					let ink = 0;
					for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) ink++;
					return ink;
				});
				expect(edgeInk).toBe(0);
				await d.evaluate(() =>
					document
						.querySelector('#fig-datacenters img.map-light')
						?.scrollIntoView({ block: 'center' }),
				);
				const map = await waitFor(
					d,
					() => {
						const img = document.querySelector<HTMLImageElement>('#fig-datacenters img.map-light');
						return img?.complete && img.naturalWidth > 0
							? { src: img.currentSrc, width: img.getBoundingClientRect().width }
							: null;
					},
					[],
					{ message: 'the map to load' },
				);
				expect(map.src).toMatch(
					phone ? /datacenters-map-phone-light\.svg$/ : /datacenters-map-light\.svg$/,
				);
				expect(map.width).toBeLessThanOrEqual(size.width);
			});

			test('search through the dialog lands on the section with the terms marked', async () => {
				const d = driver();
				await d.goto('/trends/ai-hardware/');
				// A phone reader taps the search button; a desktop reader presses Ctrl/Cmd+K.
				if (phone) await d.click('[data-rr="search"]');
				else await d.press('Mod+K');
				await waitFor(d, () => document.activeElement?.id === 'dlg-search-input', [], {
					message: 'the search field to take focus',
				});
				await d.type('星际之门');
				await waitFor(
					d,
					() =>
						!!document.querySelector(
							'#dlg-search-results[data-query="星际之门"] [role="option"] mark',
						),
					[],
					{ message: 'results in the dialog' },
				);
				expect(await text(d, '#dlg-search-results [role="option"]')).toContain('趋势 01');
				if (phone) {
					await d.click('#dlg-search-results [role="option"]');
				} else {
					await d.press('ArrowDown');
					expect(
						await d.evaluate(
							() =>
								document
									.querySelector('#dlg-search-input')
									?.getAttribute('aria-activedescendant') ===
								document.querySelector('#dlg-search-results [role="option"]')?.id,
						),
					).toBe(true);
					await d.press('Enter');
				}
				const url = await waitForPath(
					d,
					/^\/trends\/compute-infrastructure\/\?hl=[^#]+#[a-z0-9-]+$/,
				);
				const top = await steadyTop(d, new URL(url).hash.slice(1));
				expect(top).toBeGreaterThanOrEqual(0);
				expect(top).toBeLessThan(size.height / 2);
				note('search-marks', await expectMarks(d, ['星际之门']));
			});

			test('search through /search/?q= opens a result with the terms marked', async () => {
				const d = driver();
				await d.goto(`/search/?q=${encodeURIComponent('芯片')}`);
				await waitFor(
					d,
					() => !!document.querySelector('#page-search-results[data-query="芯片"] [role="option"]'),
					[],
					{ message: 'results on /search/' },
				);
				expect(
					await d.evaluate(
						() => document.querySelector<HTMLInputElement>('#page-search-input')?.value,
					),
				).toBe('芯片');
				await d.click('#page-search-results [role="option"]');
				await waitForPath(d, /^\/trends\/[a-z-]+\/\?hl=/);
				await expectMarks(d, ['芯片']);
			});

			test('the theme toggle persists across a reload and applies before first paint', async () => {
				const d = driver();
				await d.goto('/trends/compute-infrastructure/');
				expect(await d.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
				await d.click('[data-rr="theme"]');
				await waitFor(d, () => document.documentElement.dataset.theme === 'dark', []);
				expect(
					await d.evaluate(() =>
						document.querySelector('[data-rr="theme"]')?.getAttribute('aria-pressed'),
					),
				).toBe('true');
				await d.reload();
				const first = await d.evaluate(
					() => (window as unknown as { __rrProbe: ProbeRecord }).__rrProbe.firstPaint,
				);
				expect(first).toEqual({ theme: 'dark', bg: DARK_BG });
				await d.click('[data-rr="theme"]');
				await waitFor(d, () => localStorage.getItem('rr-theme') === 'light', []);
				await d.evaluate(() => localStorage.removeItem('rr-theme'));
			});

			test('copy link copies the section URL, or shows it selected where the clipboard is refused', async () => {
				const d = driver();
				await d.goto('/trends/ai-for-science/?hl=x');
				await readerMoves(d);
				const id = await d.evaluate(() => document.querySelector('.prose-zh h2')?.id ?? '');
				// Every heading has its button, named for it (added once the reader moves:
				// client/share/headings.ts).
				const named = await d.evaluate(() =>
					[...document.querySelectorAll('.prose-zh h2, .prose-zh h3')].map(
						(h) =>
							document
								.querySelector(`[data-rr="copy"][data-anchor="${h.id}"]`)
								?.getAttribute('aria-label') === `复制链接：${h.textContent ?? ''}`,
					),
				);
				expect(named.length).toBeGreaterThan(1);
				expect(named.every(Boolean)).toBe(true);
				const button = `[data-rr="copy"][data-anchor="${id}"]`;
				const expected = await d.evaluate(
					(i: string) => `${location.origin}/trends/ai-for-science/#${i}`,
					id,
				);
				// Watch the real clipboard write, and let it through.
				await d.evaluate(() => {
					const w = window as unknown as { __copies: [string, string][] };
					w.__copies = [];
					const clipboard = navigator.clipboard as Clipboard | undefined;
					if (!clipboard) return;
					const write = clipboard.writeText.bind(clipboard);
					clipboard.writeText = (t: string) =>
						write(t).then(
							() => void w.__copies.push(['copied', t]),
							(err: unknown) => {
								w.__copies.push(['refused', t]);
								throw err;
							},
						);
				});
				await d.click(button);
				const status = `.copy-link:has(${button}) [role="status"]`;
				const said = await waitFor(d, (s: string) => document.querySelector(s)?.textContent, [
					status,
				]);
				const copies = await d.evaluate(
					() => (window as unknown as { __copies: [string, string][] }).__copies,
				);
				if (said === '已复制链接') {
					expect(copies).toEqual([['copied', expected]]);
					note('clipboard', 'copied');
				} else {
					expect(said).toBe('无法访问剪贴板，请手动复制');
					note('clipboard', 'refused: URL shown selected');
				}
				await d.evaluate(() =>
					document.querySelector<HTMLDialogElement>('dialog.copy-manual')?.close(),
				);

				// Refused, as in an in-app browser: the URL is shown, selected, ready to copy by hand.
				await d.evaluate(() => {
					navigator.clipboard.writeText = () =>
						Promise.reject(new DOMException('refused', 'NotAllowedError'));
				});
				await d.click(button);
				const manual = await waitFor(
					d,
					() => {
						const dialog = document.querySelector<HTMLDialogElement>('dialog.copy-manual');
						const field = dialog?.querySelector('textarea');
						if (!dialog?.open || !field) return null;
						const box = dialog.getBoundingClientRect();
						return {
							value: field.value,
							focused: document.activeElement === field,
							selected: [field.selectionStart, field.selectionEnd],
							label: dialog.querySelector('p')?.textContent,
							inView: box.left >= 0 && box.right <= innerWidth,
						};
					},
					[],
					{ message: 'the manual-copy dialog' },
				);
				expect(manual).toEqual({
					value: expected,
					focused: true,
					selected: [0, expected.length],
					label: '无法访问剪贴板，请手动复制',
					inView: true,
				});
				await d.click('dialog.copy-manual button');
				await waitFor(d, (s: string) => document.activeElement?.matches(s), [button], {
					message: 'focus back on the copy button',
				});
			});

			test('reading progress, Web Share: the enhancement where the engine has it, else the stated fallback', async () => {
				const d = driver();
				await d.goto('/trends/compute-infrastructure/');
				const features = await d.evaluate(() => ({
					timeline: CSS.supports('animation-timeline: scroll()'),
					share: 'share' in navigator,
					autospace: CSS.supports('text-autospace: normal'),
					highlights: 'highlights' in CSS,
				}));
				const bar = () =>
					d.evaluate(() => {
						const el = document.querySelector('.read-progress');
						if (!el) return null;
						const style = getComputedStyle(el);
						return {
							position: style.position,
							height: el.getBoundingClientRect().height,
							scale: new DOMMatrix(style.transform === 'none' ? undefined : style.transform).a,
						};
					});
				if (features.timeline) {
					const start = await bar();
					expect(start).toMatchObject({ position: 'fixed', height: 2 });
					await d.evaluate(() =>
						scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2),
					);
					const half = await steady(d, () => {
						const t = getComputedStyle(
							document.querySelector('.read-progress') as Element,
						).transform;
						return Math.round(new DOMMatrix(t === 'none' ? undefined : t).a * 20) / 20;
					});
					expect(half).toBeCloseTo(0.5, 1);
					note('reading-progress', 'bar');
				} else {
					// None: the bar takes no room and draws nothing; the page reads the same.
					expect(await bar()).toMatchObject({ position: 'static', height: 0 });
					note('reading-progress', 'none');
				}
				const share = await visible(d, '[data-rr="share"]');
				expect(share).toBe(features.share);
				expect(await visible(d, '.copy-link [data-rr="copy"][data-anchor=""]')).toBe(true);
				note('web-share', features.share ? 'share sheet' : 'copy link only');
				note('text-autospace', features.autospace ? 'autospace' : 'no extra space');
				note('highlight-api', features.highlights ? 'api' : 'mark');
			});

			test('nothing scrolls sideways', async () => {
				await expectNoSidewaysScroll(driver());
			});

			test('Chinese titles break between words, never inside one, each line at its edge', async () => {
				const d = driver();
				const slugs = readdirSync(join(DIST, 'trends'), { withFileTypes: true })
					.filter((e) => e.isDirectory())
					.map((e) => e.name);
				expect(slugs).toHaveLength(10);
				const wrapped: string[] = [];
				// The trend pages' heads and pagers wrap on a phone, the cards in the home page's grid on
				// a desktop.
				for (const path of phone ? slugs.map((slug) => `/trends/${slug}/`) : ['/']) {
					await d.goto(path);
					for (const { slug, rows, indents } of await drawnTitles(d)) {
						const line = `${path} ${slug}: ${rows.join(' / ')}`;
						expect(indents, `${line} starts at its edge`).toEqual(indents.map(() => 0));
						// Where lib/phrases.ts allows a line of this title to break.
						let at = 0;
						const starts = breakUnits(rows.join(''), 'zh-CN', keywordsOf(slug)).map(
							(w) => (at += w.length) - w.length,
						);
						at = 0;
						for (const row of rows) {
							expect(starts, line).toContain(at);
							at += row.length;
						}
						if (rows.length > 1) wrapped.push(rows.join(' / '));
					}
				}
				// Trend 1's title wraps at 390 px, where it used to split 数据 across lines; at 1280 px,
				// trend 2's card does, where it split 芯片.
				expect(wrapped).toContain(
					phone ? '算力基建化： / 数据中心需求狂飙' : '芯片AI化：AI原生 / 需求重塑芯片创新',
				);
			});

			if (phone) {
				test('screenshots at 390 px: home, trend-1 figures, search, light and dark', async () => {
					const d = driver();
					mkdirSync(shots, { recursive: true });
					for (const theme of ['light', 'dark'] as const) {
						await d.goto('/');
						await d.evaluate((t: string) => localStorage.setItem('rr-theme', t), theme);
						await d.goto('/');
						await d.screenshot(join(shots, `home-${theme}.png`));
						for (const fig of ['fig-capex', 'fig-datacenters']) {
							await d.goto(`/trends/compute-infrastructure/#${fig}`);
							await waitFor(
								d,
								(f: string) =>
									document.querySelector(`rr-figure:has(#${f})`)?.hasAttribute('data-drawn'),
								[fig],
							);
							await canvasStats(d, `#${fig} canvas`);
							await d.screenshot(join(shots, `${fig}-${theme}.png`));
						}
						await d.evaluate(() => {
							const img = document.querySelector(
								`#fig-datacenters img.map-${document.documentElement.dataset.theme}`,
							);
							img?.scrollIntoView({ block: 'center' });
						});
						await waitFor(d, () => {
							const img = document.querySelector<HTMLImageElement>(
								`#fig-datacenters img.map-${document.documentElement.dataset.theme}`,
							);
							return !!img?.complete && (img?.naturalWidth ?? 0) > 0;
						}, []);
						await d.screenshot(join(shots, `map-${theme}.png`));
						await d.goto(`/search/?q=${encodeURIComponent('数据中心')}`);
						await waitFor(
							d,
							() => !!document.querySelector('#page-search-results [role="option"]'),
							[],
						);
						await d.screenshot(join(shots, `search-${theme}.png`));
					}
					await d.evaluate(() => localStorage.removeItem('rr-theme'));
				});
			}
		});
	}

	describe(`${engine} at ${NARROW.width} px`, () => {
		beforeAll(() => driver().resize(NARROW, base));

		test('nothing scrolls sideways, the search dialog and the figures included', async () => {
			const d = driver();
			await expectNoSidewaysScroll(d);
			await d.click('[data-rr="search"]');
			await waitFor(d, () => document.activeElement?.id === 'dlg-search-input', []);
			await d.type('数据中心');
			await waitFor(d, () => !!document.querySelector('#dlg-search-results [role="option"]'), []);
			expect(await overflow(d)).toBeLessThanOrEqual(0);
		});

		test('the header shows its short name in whole lines or not at all (320 and 360 px, both editions)', async () => {
			const d = driver();
			// The name's lines a reader sees: those inside the brand link's box (a name that does not fit
			// beside the mark wraps onto a row the box clips; line-clamp keeps later lines below it).
			const shown = async () => {
				const [name] = await drawnTitles(d, '.brand .short', '.brand');
				return {
					// A space may be laid out where its words are not.
					rows: (name?.rows ?? []).map((row) => row.trim()).filter(Boolean),
					name: await d.evaluate(() => document.querySelector('.brand .short')?.textContent ?? ''),
				};
			};
			const seen: string[] = [];
			for (const size of [NARROW, { ...NARROW, width: 360 }]) {
				if (size !== NARROW) await d.resize(size, base);
				for (const [path, expected] of [
					['/', 'AI 十大趋势'],
					['/en/', 'AI Top 10 Trends'],
				] as const) {
					await d.goto(path);
					const { rows, name } = await shown();
					const line = `${size.width} px ${path}: ${rows.join(' / ')}`;
					expect(name).toBe(expected);
					// Nothing, one line, or two broken before the last word: never AI Top / 10….
					const cut = name.lastIndexOf(' ');
					const whole = ['', name, `${name.slice(0, cut)} / ${name.slice(cut + 1)}`];
					expect(whole, line).toContain(rows.join(' / '));
					seen.push(line);
				}
			}
			// At 360 px the Chinese name shows (on two lines, or one in WebKitGTK), where it used to read
			// AI 十大趋 / 势; an English name never reads AI Top / 10….
			expect(seen[2]).toMatch(/^360 px \/: AI (\/ )?十大趋势$/);
		});
	});

	describe(`${engine} without the Highlight API (forced)`, () => {
		beforeAll(() => driver().resize(PHONE, [...base, WITHOUT.highlights]));

		test('search terms are marked with <mark> around text only: ids, anchors and landing unchanged', async () => {
			const d = driver();
			// Every id in the marked body, with its text (a figure's text aside: figure.ts fills in its
			// rows' reasons when the figure comes near the viewport, marks or not, and adds its image,
			// embed and citation menus once it is drawn; and the citation's, whose access date the
			// page's idle code fills in: cite-date.ts).
			const outline = () =>
				d.evaluate(() =>
					[...document.querySelectorAll('[data-pagefind-body] [id]')]
						.filter((el) => !el.closest('.figure-more'))
						.map((el) => [
							el.id,
							el.tagName,
							el.closest('rr-figure, .cite pre') || el.querySelector('rr-figure, .cite pre')
								? ''
								: el.textContent,
						]),
				);
			await d.goto('/trends/compute-infrastructure/');
			const before = await outline();
			const id = await d.evaluate(() => document.querySelectorAll('.prose-zh h2')[1]?.id ?? '');
			await d.goto(
				`/trends/compute-infrastructure/?hl=${encodeURIComponent('数据中心 算力')}#${id}`,
			);
			expect(await expectMarks(d, ['数据中心', '算力'])).toBe('mark');
			expect(await outline()).toEqual(before);
			expect(
				await d.evaluate((i: string) => document.getElementById(i)?.matches(':target'), id),
			).toBe(true);
			const top = await steadyTop(d, id);
			const header = await headerBottom(d);
			expect(top).toBeGreaterThanOrEqual(header);
			expect(top).toBeLessThan(header + 120);
			// The mark carries the page's mark colour, not the browser's default yellow-on-black.
			expect(
				await d.evaluate(() => {
					const mark = document.querySelector('[data-pagefind-body] mark.search-hit');
					return mark && getComputedStyle(mark).backgroundColor;
				}),
			).toBe('rgb(255, 240, 168)');
		});
	});

	describe(`${engine} without a clipboard (forced)`, () => {
		beforeAll(() => driver().resize(PHONE, [...base, WITHOUT.clipboard]));

		test('copy link shows the URL selected for copying by hand', async () => {
			const d = driver();
			await d.goto('/trends/compute-infrastructure/');
			const expected = await d.evaluate(() => `${location.origin}${location.pathname}#fig-capex`);
			await d.evaluate(() =>
				document.getElementById('fig-capex')?.scrollIntoView({ block: 'center' }),
			);
			await d.click('[data-rr="copy"][data-anchor="fig-capex"]');
			const field = await waitFor(
				d,
				() => {
					const f = document.querySelector<HTMLTextAreaElement>(
						'dialog.copy-manual[open] textarea',
					);
					return f && document.activeElement === f
						? [f.value, f.selectionStart, f.selectionEnd]
						: null;
				},
				[],
				{ message: 'the URL selected in the manual-copy dialog' },
			);
			expect(field).toEqual([expected, 0, expected.length]);
			await d.press('Escape');
			await waitFor(d, () => !document.querySelector('dialog.copy-manual[open]'), []);
		});
	});

	describe(`${engine}: the reading companion at ${PHONE.width} px`, () => {
		// The text size the page chose when the parser reached the text (so the text is never
		// styled at another size), and the size it gives the body text once the page's stylesheets
		// are in. Not the size at DOMContentLoaded: WebKit may fire it before a stylesheet linked in
		// the body has loaded (it still holds back the paint of what follows the link), and reported
		// the browser's default 16px there.
		const FIRST_SIZE = `new MutationObserver((_, observer) => {
			if (!document.querySelector('.prose-zh')) return;
			window.__rrTsAtText = document.documentElement.dataset.ts ?? '';
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
		addEventListener('load', () => {
			const p = document.querySelector('.prose-zh p');
			window.__rrFirstSize = p ? getComputedStyle(p).fontSize : '';
		});`;
		type Probe = { __rrTsAtText: string; __rrFirstSize: string };
		const firstSize = (d: Driver) =>
			waitFor(
				d,
				() => {
					const w = window as unknown as Partial<Probe>;
					return w.__rrFirstSize ? [w.__rrTsAtText, w.__rrFirstSize] : null;
				},
				[],
				{ message: 'the page to load' },
			);
		beforeAll(() => driver().resize(PHONE, [FIRST_SIZE]));

		test('the current section in the contents, resume from the home page, read marks', async () => {
			const d = driver();
			await d.goto('/trends/inference-time/#progress');
			const now = await waitFor(
				d,
				() => {
					const a = document.querySelector('.toc a[aria-current="location"]');
					return a && [a.getAttribute('href'), document.querySelector('.toc-now')?.textContent];
				},
				[],
				{ message: 'the current section in the contents' },
			);
			expect(now).toEqual(['#progress', '报道提到的三类进展']);
			expect(await visible(d, '.toc-now')).toBe(true);
			await waitFor(d, () => localStorage.getItem('rr-place')?.includes('"progress"'), []);

			await d.goto('/');
			const prompt = await waitFor(
				d,
				() => {
					const a = document.querySelector('.resume-slot .resume a');
					return a && [a.getAttribute('href'), a.textContent];
				},
				[],
				{ message: 'the resume line' },
			);
			expect(prompt).toEqual([
				'/trends/inference-time/#progress',
				'继续阅读：趋势 4 · 报道提到的三类进展',
			]);
			await d.click('.resume-slot .resume button');
			await waitFor(
				d,
				() => !document.querySelector('.resume') && !localStorage.getItem('rr-place'),
				[],
			);

			await d.goto('/trends/ai-hardware/');
			await d.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
			await waitFor(d, () => localStorage.getItem('rr-read') === '["ai-hardware"]', []);
			await d.goto('/');
			await waitFor(
				d,
				() => !!document.querySelector('a.card[href="/trends/ai-hardware/"] .read-mark'),
				[],
			);
			expect(await d.evaluate(() => document.querySelectorAll('.overview .read-mark').length)).toBe(
				1,
			);
			expect(await text(d, 'a.card[href="/trends/ai-hardware/"] .read-mark')).toBe('已读');
		});

		test('text size: chosen in the menu, kept, and applied before first paint', async () => {
			const d = driver();
			await d.goto('/trends/inference-time/');
			expect(await firstSize(d)).toEqual(['m', '17px']);
			await d.click('[popovertarget="site-menu"]');
			await waitFor(d, () => document.querySelector('#site-menu .text-size button') !== null, []);
			await d.click('#site-menu .text-size button[value="l"]');
			await waitFor(d, () => localStorage.getItem('rr-ts') === 'l', []);
			expect(
				await d.evaluate(() =>
					document.querySelector('.text-size [aria-pressed="true"]')?.getAttribute('value'),
				),
			).toBe('l');
			await d.reload();
			expect(await firstSize(d)).toEqual(['l', '19.125px']);
			await d.evaluate(() => localStorage.removeItem('rr-ts'));
		});
	});

	faults(engine, driver);

	test('(what this engine gave the reader)', () => {
		mkdirSync(shots, { recursive: true });
		writeFileSync(join(shots, 'features.json'), `${JSON.stringify(seen, null, 2)}\n`);
		console.log(`${engine}:`, seen);
	});
	return driver;
}
