/**
 * The reading companion in Chromium: pick up where you left off, read marks, the current section in
 * the contents, text size. Each test starts from an empty device (a new browser context).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	attr,
	baseUrl,
	box,
	count,
	frames,
	openPage,
	PHONE,
	readerMoves,
	recordShifts,
	shifts,
	steadyTop,
	text,
	useBrowser,
	visible,
	waitForURL,
	watchErrors,
	type PageOptions,
} from '../helpers/browser';

const browser = useBrowser();
const SHOTS = 'test-results/companion';
const DESKTOP: PageOptions = { width: 1280, height: 800 };

/**
 * Waits until the page's idle code has run (client/idle.ts): on a trend page the chunk that marks
 * where the reader is, which the reader's first move loads; elsewhere the idle chunk itself.
 */
async function companionReady(page: Page): Promise<void> {
	if (await page.$('[data-trend]')) return readerMoves(page);
	await page.waitForFunction(() =>
		performance.getEntriesByType('resource').some((e) => /\/_astro\/idle\./.test(e.name)),
	);
	await frames(page, 2);
}

/**
 * Opens the report menu and waits until it is whole: its list, and the companion's tools and marks
 * with their stylesheet, are built when it first opens (client/idle.ts). A page with nothing
 * remembered loads none of the companion before that.
 */
async function openMenu(page: Page): Promise<void> {
	await page.click('[popovertarget="site-menu"]');
	await page.waitForSelector('#site-menu .report-index', { visible: true });
	await page.waitForFunction(() =>
		[...document.styleSheets].some((s) => s.href?.includes('/companion.')),
	);
	await frames(page, 2);
}

/** Scrolls so the heading sits where a section link puts it (below the sticky header). */
async function scrollToHeading(page: Page, id: string): Promise<void> {
	await page.evaluate((i) => document.getElementById(i)?.scrollIntoView(), id);
	await steadyTop(page, `#${id}`);
	await frames(page, 2);
}

/**
 * Taps an element where it is on screen. (An element tap first scrolls a sticky element to its place
 * in the flow, which a finger never does.)
 */
async function tapInPlace(page: Page, selector: string): Promise<void> {
	const at = await box(page, selector);
	if (!at) throw new Error(`${selector} is not on screen`);
	await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
}

/** Links whose accessible name contains `word`, in the accessibility tree (what is exposed). */
async function linksNamed(page: Page, word: string): Promise<number> {
	let n = 0;
	const walk = (node: { role?: string; name?: string; children?: unknown[] } | null) => {
		if (!node) return;
		if (node.role === 'link' && node.name?.includes(word)) n++;
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(await page.accessibility.snapshot());
	return n;
}

const place = (page: Page) =>
	page.evaluate(() => JSON.parse(localStorage.getItem('rr-place') ?? 'null') as unknown);

describe('pick up where you left off', () => {
	test('the last section read is offered on the home page and in the menu, lands there, and can be cleared, with no layout shift', async () => {
		const page = await openPage(browser(), DESKTOP);
		const errors = watchErrors(page);
		await recordShifts(page);
		await page.goto(`${baseUrl()}/trends/inference-time/`);
		await companionReady(page);
		expect(await place(page)).toBeNull();
		await scrollToHeading(page, 'progress');
		await page.waitForFunction(() => localStorage.getItem('rr-place')?.includes('"progress"'));
		expect(await place(page)).toEqual({
			slug: 'inference-time',
			n: 4,
			id: 'progress',
			title: '报道提到的三类进展',
			lang: 'zh-CN',
		});

		await page.goto(`${baseUrl()}/`);
		const prompt = '.resume-slot .resume a';
		await page.waitForSelector(prompt);
		expect(await text(page, prompt)).toBe('继续阅读：趋势 4 · 报道提到的三类进展');
		expect(await attr(page, prompt, 'href')).toBe('/trends/inference-time/#progress');
		await frames(page, 3);
		expect(await shifts(page)).toEqual([]);
		// One line, in the space kept for it: the overview heading sits below it.
		const line = await box(page, '.resume-slot .resume');
		const heading = await box(page, '#overview');
		expect((line?.y ?? 0) + (line?.height ?? 99)).toBeLessThanOrEqual(heading?.y ?? 0);

		// The menu offers the same line.
		await openMenu(page);
		expect(await visible(page, '#site-menu .resume a')).toBe(true);
		expect(await attr(page, '#site-menu .resume a', 'href')).toBe(
			'/trends/inference-time/#progress',
		);
		await page.keyboard.press('Escape');

		await page.click(prompt);
		await waitForURL(page, /\/trends\/inference-time\/#progress$/);
		const top = await steadyTop(page, '#progress');
		expect(top).toBeGreaterThanOrEqual(56);
		expect(top).toBeLessThan(56 + 120);

		await page.goto(`${baseUrl()}/`);
		await page.waitForSelector(prompt);
		await page.click('.resume-slot .resume button');
		expect(await count(page, '.resume')).toBe(0);
		expect(await place(page)).toBeNull();
		// Focus stays in the page: on the first link of the overview that follows.
		expect(await page.evaluate(() => document.activeElement?.closest('.overview') !== null)).toBe(
			true,
		);
		await page.reload();
		await openMenu(page);
		expect(await count(page, '.resume')).toBe(0);
		expect(await shifts(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	}, 120_000);

	test('a place read in another language names the trend only; blocked storage breaks nothing', async () => {
		const page = await openPage(browser(), DESKTOP);
		await page.goto(`${baseUrl()}/about/`);
		await page.evaluate(() =>
			localStorage.setItem(
				'rr-place',
				JSON.stringify({
					slug: 'ai-hardware',
					n: 8,
					id: 'brain-swap',
					title: 'Brain swap',
					lang: 'en',
				}),
			),
		);
		await page.goto(`${baseUrl()}/`);
		const prompt = '.resume-slot .resume a';
		await page.waitForSelector(prompt);
		expect(await text(page, prompt)).toBe('继续阅读：趋势 8');
		expect(await attr(page, prompt, 'href')).toBe('/trends/ai-hardware/#brain-swap');

		// Storage that throws on every access (some private modes): pages read and mark as usual.
		const p = await openPage(browser(), DESKTOP);
		await p.evaluateOnNewDocument(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const errors = watchErrors(p);
		await p.goto(`${baseUrl()}/trends/inference-time/`);
		await companionReady(p);
		await scrollToHeading(p, 'progress');
		await p.waitForSelector('.toc a[aria-current="location"]');
		expect(await p.evaluate(() => document.documentElement.dataset.ts)).toBe('m');
		await p.goto(`${baseUrl()}/`);
		await openMenu(p);
		expect(await count(p, '.resume')).toBe(0);
		expect(errors).toEqual([]);
		await p.close();
		await page.close();
	}, 120_000);
});

describe('read marks', () => {
	test('a trend read to its end is marked in the menu and the overview, for the eye and for screen readers', async () => {
		const page = await openPage(browser(), DESKTOP);
		await recordShifts(page);
		// Opened but not read to the end: not marked.
		await page.goto(`${baseUrl()}/trends/inference-time/`);
		await companionReady(page);
		await page.goto(`${baseUrl()}/trends/ai-hardware/`);
		await companionReady(page);
		expect(await page.evaluate(() => localStorage.getItem('rr-read'))).toBeNull();
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
		await page.waitForFunction(() => localStorage.getItem('rr-read') === '["ai-hardware"]');
		// The page's menu has the mark when it opens.
		await openMenu(page);
		await page.waitForSelector('#site-menu a[href="/trends/ai-hardware/"] .read-mark');

		await page.goto(`${baseUrl()}/`);
		const card = '.overview a.card[href="/trends/ai-hardware/"]';
		await page.waitForSelector(`${card} .read-mark`, { visible: true });
		expect(await count(page, '.overview .read-mark')).toBe(1);
		expect(await linksNamed(page, '已读')).toBe(1);
		const mark = await box(page, `${card} .read-mark`);
		expect(mark?.width).toBeGreaterThanOrEqual(16);
		expect(await text(page, `${card} .read-mark .sr-only`)).toBe('已读');
		await openMenu(page);
		expect(await visible(page, '#site-menu a[href="/trends/ai-hardware/"] .read-mark')).toBe(true);
		expect(await count(page, '#site-menu .read-mark')).toBe(1);
		// Heard as part of each link's name: the card and, with the menu open, its entry.
		expect(await linksNamed(page, '已读')).toBe(2);
		// A third page view: the edition downloads, and the open menu's 离线阅读 control follows it
		// to the end without moving anything, its own status line included.
		await page.waitForSelector('#site-menu .offline-read[data-state="ready"]', { timeout: 60_000 });
		expect(await shifts(page)).toEqual([]);
		await page.close();
	}, 120_000);
});

describe('where am I', () => {
	test('desktop: the contents column marks the section being read as the reader scrolls', async () => {
		const page = await openPage(browser(), DESKTOP);
		await recordShifts(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await companionReady(page);
		const current = '.toc a[aria-current="location"]';
		expect(await count(page, current)).toBe(0);
		for (const id of [
			'strategic-compute',
			'capex',
			'two-shifts',
			'partnerships',
			'china-network',
		]) {
			await scrollToHeading(page, id);
			await page.waitForFunction(
				(i) =>
					document.querySelector('.toc a[aria-current="location"]')?.getAttribute('href') ===
					`#${i}`,
				{},
				id,
			);
			expect(await count(page, current)).toBe(1);
		}
		// Visibly: the part's colour on the text and the left rule (trend 1: part 1's blue).
		const look = await page.$eval(current, (a) => {
			const s = getComputedStyle(a);
			return [s.color, s.borderInlineStartColor];
		});
		expect(look).toEqual(['rgb(27, 92, 184)', 'rgb(27, 92, 184)']);
		expect(await visible(page, current)).toBe(true);
		// The collapsed summary's section name is a phone thing.
		expect(await visible(page, '.toc-now')).toBe(false);
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForFunction(() => !document.querySelector('.toc [aria-current]'));
		expect(await shifts(page)).toEqual([]);
		await page.close();
	}, 120_000);

	test('390 px: the collapsed contents stay under the header and say which section is being read', async () => {
		const page = await openPage(browser(), PHONE);
		await recordShifts(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await companionReady(page);
		const summary = '.toc summary';
		const height = (await box(page, summary))?.height;
		await scrollToHeading(page, 'capacity-and-debt');
		await page.waitForFunction(
			() => document.querySelector('.toc-now')?.textContent === '钱够了，产能不够',
		);
		expect(await attr(page, '.toc a[aria-current="location"]', 'href')).toBe('#capacity-and-debt');
		// On screen below the header, on one line (the summary keeps its height), not over the heading.
		const at = await box(page, summary);
		const header = await page.$eval('header', (h) => h.getBoundingClientRect().bottom);
		expect(at?.y).toBeGreaterThanOrEqual(header);
		expect(at?.height).toBe(height);
		const tocBottom = await page.$eval('.toc', (t) => t.getBoundingClientRect().bottom);
		expect(await steadyTop(page, '#capacity-and-debt')).toBeGreaterThanOrEqual(tocBottom);
		expect(await page.$eval(summary, (el) => (el as HTMLElement).innerText)).toContain(
			'钱够了，产能不够',
		);

		// Opened, the list lies over the text (nothing moves) with the current entry marked; a chosen
		// section closes it and lands below it.
		await tapInPlace(page, '.toc summary');
		expect(await visible(page, '.toc a[aria-current="location"]')).toBe(true);
		await tapInPlace(page, '.toc a[href="#arms-race"]');
		await page.waitForFunction(
			() => document.querySelector('.toc-now')?.textContent === '“军备竞赛”全面展开',
		);
		expect(await attr(page, '.toc details', 'open')).toBeNull();
		const top = await steadyTop(page, '#arms-race');
		expect(top).toBeGreaterThanOrEqual(
			await page.$eval('.toc', (t) => t.getBoundingClientRect().bottom),
		);
		expect(await shifts(page)).toEqual([]);
		await page.close();
	}, 120_000);
});

/** Records every text a chart writes, with its figure and font: `drawn`, "<figure id> <font>|<text>". */
async function recordDrawn(page: Page): Promise<void> {
	await page.evaluateOnNewDocument(() => {
		const drawn: string[] = [];
		Object.assign(window, { drawn });
		const fill = CanvasRenderingContext2D.prototype.fillText;
		CanvasRenderingContext2D.prototype.fillText = function (...args) {
			drawn.push(`${this.canvas.closest('figure')?.id} ${this.font}|${args[0]}`);
			return fill.apply(this, args);
		};
	});
}

describe('text size', () => {
	const size = (page: Page) =>
		page.evaluate(
			() => getComputedStyle(document.querySelector('.prose-zh p') as Element).fontSize,
		);
	/** The body text's size at DOMContentLoaded of the next load, before anything could fix it. */
	async function sizeAtLoad(page: Page, url: string): Promise<string> {
		await page.goto(url);
		return page.evaluate(() => (window as unknown as { firstSize: string }).firstSize);
	}

	test('three and more steps in the menu, kept, applied before first paint, and in print', async () => {
		const page = await openPage(browser(), DESKTOP);
		await page.evaluateOnNewDocument(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const p = document.querySelector('.prose-zh p');
				(window as unknown as { firstSize: string }).firstSize = p
					? getComputedStyle(p).fontSize
					: '';
			});
		});
		const errors = watchErrors(page);
		const url = `${baseUrl()}/trends/inference-time/`;
		await page.goto(url);
		await companionReady(page);
		expect(await size(page)).toBe('18px');
		await page.click('[popovertarget="site-menu"]');
		// The group and its buttons by their accessible names, as a screen reader finds them.
		const group = await page.waitForSelector('::-p-aria([name="字号"][role="group"])', {
			visible: true,
		});
		const pressed = () =>
			group?.$eval('[aria-pressed="true"]', (b) => b.textContent ?? '') ?? Promise.resolve('');
		expect(await group?.$$eval('button', (bs) => bs.map((b) => b.textContent))).toEqual([
			'小',
			'中',
			'大',
			'特大',
		]);
		expect(await pressed()).toContain('中');
		await (await group?.$('::-p-aria([name="大"][role="button"])'))?.click();
		expect(await size(page)).toBe('20.25px');
		expect(await pressed()).toContain('大');
		expect(await page.evaluate(() => localStorage.getItem('rr-ts'))).toBe('l');

		expect(await sizeAtLoad(page, url)).toBe('20.25px');
		// Other pages with text follow; the home page has none to size, so no control there.
		expect(await sizeAtLoad(page, `${baseUrl()}/trends/ai-hardware/`)).toBe('20.25px');
		await page.goto(`${baseUrl()}/`);
		await openMenu(page);
		expect(await count(page, '.text-size')).toBe(0);

		await page.emulateMediaType('print');
		expect(await sizeAtLoad(page, url)).toBe('20.25px');
		await page.evaluate(() => localStorage.setItem('rr-ts', 's'));
		expect(await sizeAtLoad(page, url)).toBe('16.875px');
		await page.emulateMediaType('screen');
		expect(await sizeAtLoad(page, url)).toBe('16.875px');
		expect(errors).toEqual([]);
		await page.close();
	}, 120_000);

	test("the charts' labels and heights follow it, redrawn at once when it changes", async () => {
		const page = await openPage(browser(), DESKTOP);
		await recordDrawn(page);
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		const figures = ['fig-capex', 'fig-datacenters'];
		/** Per figure: the px sizes its chart has written in since `drawn` was last emptied. */
		const written = () =>
			page.evaluate((ids: string[]) => {
				const drawn = (window as unknown as { drawn: string[] }).drawn.splice(0);
				return ids.map((id) => [
					...new Set(
						drawn
							.filter((d) => d.startsWith(`${id} `))
							.map((d) => Number(/([\d.]+)px/.exec(d)?.[1])),
					),
				]);
			}, figures);
		const heights = () =>
			page.evaluate(
				(ids: string[]) =>
					ids.map((id) => document.querySelector(`#${id} .figure-chart`)?.clientHeight),
				figures,
			);
		for (const id of figures) {
			await page.$eval(`#${id}`, (f) => f.scrollIntoView());
			await page.waitForSelector(`rr-figure[data-drawn]:has(#${id})`);
		}
		// The animation's last frame is drawn too.
		await new Promise((resolve) => setTimeout(resolve, 600));
		expect(await written()).toEqual([[12], [12]]);
		expect(await heights()).toEqual([288, 544]);

		/** Presses a 字号 step and waits until a chart has been drawn again at `px`. */
		const pick = async (name: string, px: number) => {
			await (await page.waitForSelector(`::-p-aria([name="${name}"][role="button"])`))?.click();
			await page.waitForFunction(
				(size: string) =>
					(window as unknown as { drawn: string[] }).drawn.some((d) => d.includes(size)),
				{},
				` ${px}px `,
			);
			await frames(page, 2);
		};
		await openMenu(page);
		await pick('特大', 15);
		expect(await written()).toEqual([[15], [15]]);
		expect(await heights()).toEqual([360, 680]);
		// 小 sizes the text down, never a chart's labels under 12 px, nor the chart with them.
		await pick('小', 12);
		expect(await written()).toEqual([[12], [12]]);
		expect(await heights()).toEqual([288, 544]);

		// On a phone, the English labels at the largest size would leave the data-centre bars a sliver
		// and hide the log axis' 10 and 100: they fall back towards 12 px, the axis whole.
		const small = await openPage(browser(), PHONE);
		await recordDrawn(small);
		await small.evaluateOnNewDocument(() => localStorage.setItem('rr-ts', 'xl'));
		const smallErrors = watchErrors(small);
		await small.goto(`${baseUrl()}/en/trends/compute-infrastructure/#fig-datacenters`);
		await small.waitForSelector('rr-figure[data-drawn]:has(#fig-datacenters)');
		await new Promise((resolve) => setTimeout(resolve, 600));
		const phone = await small.evaluate(() =>
			(window as unknown as { drawn: string[] }).drawn
				.filter((d) => d.startsWith('fig-datacenters '))
				.map((d) => d.split('|')),
		);
		const sizes = phone.map(([font]) => Number(/([\d.]+)px/.exec(font ?? '')?.[1]));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
		expect(Math.max(...sizes)).toBeLessThan(15);
		expect(['1', '10', '100'].filter((tick) => !phone.some(([, text]) => text === tick))).toEqual(
			[],
		);
		expect([...errors, ...smallErrors]).toEqual([]);
		await small.close();
		await page.close();
	}, 120_000);
});

describe('screenshots', () => {
	test.each(['light', 'dark'] as const)(
		'390 px, %s: the resume line (home, menu) and the current contents entry',
		async (theme) => {
			const dir = join(SHOTS, theme);
			mkdirSync(dir, { recursive: true });
			const page = await openPage(browser(), { ...PHONE, colorScheme: theme });
			await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
			await companionReady(page);
			await scrollToHeading(page, 'capacity-and-debt');
			await page.waitForFunction(() => document.querySelector('.toc-now')?.textContent);
			await page.screenshot({ path: `${join(dir, 'toc-collapsed')}.png` });
			await tapInPlace(page, '.toc summary');
			await frames(page, 2);
			await page.screenshot({ path: `${join(dir, 'toc-open')}.png` });
			await tapInPlace(page, '.toc summary');
			await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
			await page.waitForFunction(() => localStorage.getItem('rr-read'));
			await scrollToHeading(page, 'capacity-and-debt');

			await page.goto(`${baseUrl()}/`);
			await page.waitForSelector('.resume-slot .resume');
			await page.$eval('.resume-slot', (el) =>
				scrollTo(0, el.getBoundingClientRect().top + scrollY - 120),
			);
			await frames(page, 2);
			await page.screenshot({ path: `${join(dir, 'home-resume')}.png` });
			await page.tap('[popovertarget="site-menu"]');
			await page.waitForSelector('#site-menu .resume', { visible: true });
			await frames(page, 2);
			await page.screenshot({ path: `${join(dir, 'menu-resume')}.png` });
			await page.close();
		},
		120_000,
	);
});
