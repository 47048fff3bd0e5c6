/**
 * The reading companion in Chromium: pick up where you left off, read marks, the current section in
 * the contents, text size. Each test starts from an empty device (a new browser context).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { baseUrl, frames, PHONE, steadyTop, useBrowser, watchErrors } from '../helpers/browser';

const browser = useBrowser();
const SHOTS = 'test-results/companion';
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };

/** Sums every layout shift of the page from its start (the CLS entries, buffered). */
async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: number };
		w.shifts = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}
const shifts = (page: Page): Promise<number> =>
	page.evaluate(() => (window as unknown as { shifts: number }).shifts);

/** Waits until the companion's idle chunks have run (their stylesheet is in). */
async function companionReady(page: Page): Promise<void> {
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
 * Taps an element where it is on screen. (Locator.tap() first scrolls a sticky element to its place
 * in the flow, which a finger never does.)
 */
async function tapInPlace(page: Page, selector: string): Promise<void> {
	const box = await page.locator(selector).boundingBox();
	if (!box) throw new Error(`${selector} is not on screen`);
	await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

const place = (page: Page) =>
	page.evaluate(() => JSON.parse(localStorage.getItem('rr-place') ?? 'null') as unknown);

describe('pick up where you left off', () => {
	test('the last section read is offered on the home page and in the menu, lands there, and can be cleared, with no layout shift', async () => {
		const context = await browser().newContext(DESKTOP);
		const page = await context.newPage();
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
		const prompt = page.locator('.resume-slot .resume a');
		await prompt.waitFor();
		expect(await prompt.textContent()).toBe('继续阅读：趋势 4 · 报道提到的三类进展');
		expect(await prompt.getAttribute('href')).toBe('/trends/inference-time/#progress');
		await frames(page, 3);
		expect(await shifts(page)).toBe(0);
		// One line, in the space kept for it: the overview heading sits below it.
		const line = await page.locator('.resume-slot .resume').boundingBox();
		const heading = await page.locator('#overview').boundingBox();
		expect((line?.y ?? 0) + (line?.height ?? 99)).toBeLessThanOrEqual(heading?.y ?? 0);

		// The menu offers the same line.
		await page.locator('[popovertarget="site-menu"]').click();
		const inMenu = page.locator('#site-menu .resume a');
		expect(await inMenu.isVisible()).toBe(true);
		expect(await inMenu.getAttribute('href')).toBe('/trends/inference-time/#progress');
		await page.keyboard.press('Escape');

		await prompt.click();
		await page.waitForURL('**/trends/inference-time/#progress');
		const top = await steadyTop(page, '#progress');
		expect(top).toBeGreaterThanOrEqual(56);
		expect(top).toBeLessThan(56 + 120);

		await page.goto(`${baseUrl()}/`);
		await prompt.waitFor();
		await page.locator('.resume-slot .resume button').click();
		expect(await page.locator('.resume').count()).toBe(0);
		expect(await place(page)).toBeNull();
		// Focus stays in the page: on the first link of the overview that follows.
		expect(await page.evaluate(() => document.activeElement?.closest('.overview') !== null)).toBe(
			true,
		);
		await page.reload();
		await companionReady(page);
		expect(await page.locator('.resume').count()).toBe(0);
		expect(await shifts(page)).toBe(0);
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	test('a place read in another language names the trend only; blocked storage breaks nothing', async () => {
		const context = await browser().newContext(DESKTOP);
		const page = await context.newPage();
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
		const prompt = page.locator('.resume-slot .resume a');
		await prompt.waitFor();
		expect(await prompt.textContent()).toBe('继续阅读：趋势 8');
		expect(await prompt.getAttribute('href')).toBe('/trends/ai-hardware/#brain-swap');

		// Storage that throws on every access (some private modes): pages read and mark as usual.
		const blocked = await browser().newContext(DESKTOP);
		await blocked.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		const p = await blocked.newPage();
		const errors = watchErrors(p);
		await p.goto(`${baseUrl()}/trends/inference-time/`);
		await companionReady(p);
		await scrollToHeading(p, 'progress');
		await p.locator('.toc a[aria-current="location"]').waitFor({ state: 'attached' });
		expect(await p.evaluate(() => document.documentElement.dataset.ts)).toBe('m');
		await p.goto(`${baseUrl()}/`);
		await companionReady(p);
		expect(await p.locator('.resume').count()).toBe(0);
		expect(errors).toEqual([]);
		await blocked.close();
		await context.close();
	}, 120_000);
});

describe('read marks', () => {
	test('a trend read to its end is marked in the menu and the overview, for the eye and for screen readers', async () => {
		const context = await browser().newContext(DESKTOP);
		const page = await context.newPage();
		await recordShifts(page);
		// Opened but not read to the end: not marked.
		await page.goto(`${baseUrl()}/trends/inference-time/`);
		await companionReady(page);
		await page.goto(`${baseUrl()}/trends/ai-hardware/`);
		await companionReady(page);
		expect(await page.evaluate(() => localStorage.getItem('rr-read'))).toBeNull();
		await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
		await page.waitForFunction(() => localStorage.getItem('rr-read') === '["ai-hardware"]');
		// The open page's menu gets its mark at once.
		const menuMark = page.locator('#site-menu a[href="/trends/ai-hardware/"] .read-mark');
		await menuMark.waitFor({ state: 'attached' });

		await page.goto(`${baseUrl()}/`);
		await recordShifts(page);
		const card = page.locator('.overview a.card[href="/trends/ai-hardware/"]');
		await card.locator('.read-mark').waitFor();
		expect(await page.locator('.overview .read-mark').count()).toBe(1);
		expect(await page.getByRole('link', { name: /已读/ }).count()).toBe(1);
		expect(await card.getAttribute('href')).toBe('/trends/ai-hardware/');
		const box = await card.locator('.read-mark').boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(16);
		expect(await card.locator('.read-mark .sr-only').textContent()).toBe('已读');
		await page.locator('[popovertarget="site-menu"]').click();
		expect(
			await page.locator('#site-menu a[href="/trends/ai-hardware/"] .read-mark').isVisible(),
		).toBe(true);
		expect(await page.locator('#site-menu .read-mark').count()).toBe(1);
		// Heard as part of each link's name: the card and, with the menu open, its entry.
		expect(await page.getByRole('link', { name: /已读/ }).count()).toBe(2);
		expect(await shifts(page)).toBe(0);
		await context.close();
	}, 120_000);
});

describe('where am I', () => {
	test('desktop: the contents column marks the section being read as the reader scrolls', async () => {
		const context = await browser().newContext(DESKTOP);
		const page = await context.newPage();
		await recordShifts(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await companionReady(page);
		const current = page.locator('.toc a[aria-current="location"]');
		expect(await current.count()).toBe(0);
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
				id,
			);
			expect(await current.count()).toBe(1);
		}
		// Visibly: the part's colour on the text and the left rule (trend 1: part 1's blue).
		const look = await current.evaluate((a) => {
			const s = getComputedStyle(a);
			return [s.color, s.borderInlineStartColor];
		});
		expect(look).toEqual(['rgb(27, 92, 184)', 'rgb(27, 92, 184)']);
		expect(await current.isVisible()).toBe(true);
		// The collapsed summary's section name is a phone thing.
		expect(await page.locator('.toc-now').isVisible()).toBe(false);
		await page.evaluate(() => scrollTo(0, 0));
		await page.waitForFunction(() => !document.querySelector('.toc [aria-current]'));
		expect(await shifts(page)).toBe(0);
		await context.close();
	}, 120_000);

	test('390 px: the collapsed contents stay under the header and say which section is being read', async () => {
		const context = await browser().newContext(PHONE);
		const page = await context.newPage();
		await recordShifts(page);
		await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
		await companionReady(page);
		const summary = page.locator('.toc summary');
		const height = (await summary.boundingBox())?.height;
		await scrollToHeading(page, 'capacity-and-debt');
		await page.waitForFunction(
			() => document.querySelector('.toc-now')?.textContent === '钱够了，产能不够',
		);
		expect(await page.locator('.toc a[aria-current="location"]').getAttribute('href')).toBe(
			'#capacity-and-debt',
		);
		// On screen below the header, on one line (the summary keeps its height), not over the heading.
		const box = await summary.boundingBox();
		const header = await page.$eval('header', (h) => h.getBoundingClientRect().bottom);
		expect(box?.y).toBeGreaterThanOrEqual(header);
		expect(box?.height).toBe(height);
		const tocBottom = await page.$eval('.toc', (t) => t.getBoundingClientRect().bottom);
		expect(await steadyTop(page, '#capacity-and-debt')).toBeGreaterThanOrEqual(tocBottom);
		expect(await summary.innerText()).toContain('钱够了，产能不够');

		// Opened, the list lies over the text (nothing moves) with the current entry marked; a chosen
		// section closes it and lands below it.
		await tapInPlace(page, '.toc summary');
		expect(await page.locator('.toc a[aria-current="location"]').isVisible()).toBe(true);
		await tapInPlace(page, '.toc a[href="#arms-race"]');
		await page.waitForFunction(
			() => document.querySelector('.toc-now')?.textContent === '“军备竞赛”全面展开',
		);
		expect(await page.locator('.toc details').getAttribute('open')).toBeNull();
		const top = await steadyTop(page, '#arms-race');
		expect(top).toBeGreaterThanOrEqual(
			await page.$eval('.toc', (t) => t.getBoundingClientRect().bottom),
		);
		expect(await shifts(page)).toBe(0);
		await context.close();
	}, 120_000);
});

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
		const context = await browser().newContext(DESKTOP);
		await context.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				const p = document.querySelector('.prose-zh p');
				(window as unknown as { firstSize: string }).firstSize = p
					? getComputedStyle(p).fontSize
					: '';
			});
		});
		const page = await context.newPage();
		const errors = watchErrors(page);
		const url = `${baseUrl()}/trends/inference-time/`;
		await page.goto(url);
		await companionReady(page);
		expect(await size(page)).toBe('18px');
		await page.locator('[popovertarget="site-menu"]').click();
		const group = page.getByRole('group', { name: '字号' });
		expect(await group.isVisible()).toBe(true);
		const buttons = group.getByRole('button');
		expect(await buttons.allTextContents()).toEqual(['小', '中', '大', '特大']);
		expect(await group.locator('[aria-pressed="true"]').textContent()).toContain('中');
		await group.getByRole('button', { name: '大', exact: true }).click();
		expect(await size(page)).toBe('20.25px');
		expect(await group.locator('[aria-pressed="true"]').textContent()).toContain('大');
		expect(await page.evaluate(() => localStorage.getItem('rr-ts'))).toBe('l');

		expect(await sizeAtLoad(page, url)).toBe('20.25px');
		// Other pages with text follow; the home page has none to size, so no control there.
		expect(await sizeAtLoad(page, `${baseUrl()}/trends/ai-hardware/`)).toBe('20.25px');
		await page.goto(`${baseUrl()}/`);
		await companionReady(page);
		expect(await page.locator('.text-size').count()).toBe(0);

		await page.emulateMedia({ media: 'print' });
		expect(await sizeAtLoad(page, url)).toBe('20.25px');
		await page.evaluate(() => localStorage.setItem('rr-ts', 's'));
		expect(await sizeAtLoad(page, url)).toBe('16.875px');
		await page.emulateMedia({ media: 'screen' });
		expect(await sizeAtLoad(page, url)).toBe('16.875px');
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);
});

describe('screenshots', () => {
	test.each(['light', 'dark'] as const)(
		'390 px, %s: the resume line (home, menu) and the current contents entry',
		async (theme) => {
			const dir = join(SHOTS, theme);
			mkdirSync(dir, { recursive: true });
			const context = await browser().newContext({ ...PHONE, colorScheme: theme });
			const page = await context.newPage();
			await page.goto(`${baseUrl()}/trends/compute-infrastructure/`);
			await companionReady(page);
			await scrollToHeading(page, 'capacity-and-debt');
			await page.waitForFunction(() => document.querySelector('.toc-now')?.textContent);
			await page.screenshot({ path: join(dir, 'toc-collapsed.png') });
			await tapInPlace(page, '.toc summary');
			await frames(page, 2);
			await page.screenshot({ path: join(dir, 'toc-open.png') });
			await tapInPlace(page, '.toc summary');
			await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
			await page.waitForFunction(() => localStorage.getItem('rr-read'));
			await scrollToHeading(page, 'capacity-and-debt');

			await page.goto(`${baseUrl()}/`);
			await page.locator('.resume-slot .resume').waitFor();
			await page
				.locator('.resume-slot')
				.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 120));
			await frames(page, 2);
			await page.screenshot({ path: join(dir, 'home-resume.png') });
			await page.locator('[popovertarget="site-menu"]').tap();
			await frames(page, 2);
			await page.screenshot({ path: join(dir, 'menu-resume.png') });
			await context.close();
		},
		120_000,
	);
});
