/**
 * Sharing by QR code and by quoted sentence, in Chromium: the QR code as drawn on screen decodes
 * (jsQR, dark modules on light only) to the exact page or section URL in both themes; a sentence
 * selected in the text is quoted through the keyboard path (Alt+Q, Enter) as a section link with a
 * text fragment and as a quotation with its source line; opening the link lands on the sentence,
 * marked by the engine, or by the page's fallback when the engine did not read the directive. The
 * citation block dates itself with the reader's day.
 */
import client from '~/i18n/zh/client';
import { mkdirSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import {
	attr,
	baseUrl,
	count,
	openPage,
	PHONE,
	readerMoves,
	text,
	useBrowser,
	visible,
	watchErrors,
} from '../helpers/browser';

const browser = useBrowser();
const SHOTS = 'test-results/share';
const TREND = '/trends/inference-time/';
/** A sentence of that trend, cited to the report's page 3, in the section learning-to-application. */
const SENTENCE = '标题后半句写的是“推理需求倒逼模型创新”。';
const SECTION = 'learning-to-application';

/** The headings' buttons and quoting come once the page is idle and the reader moves. */
const ready = readerMoves;

/** The dialog's QR tile as the screen shows it, read back through a canvas and decoded by jsQR. */
async function decodeTile(page: Page): Promise<string | undefined> {
	const tile = await page.$('.qr-dialog .qr-tile');
	// Within the viewport: the dialog is in the top layer, fixed where the reader sees it.
	const png = Buffer.from((await tile?.screenshot({ captureBeyondViewport: false })) ?? []);
	const image = await page.evaluate(async (b64: string) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d');
		ctx?.drawImage(img, 0, 0);
		const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
		return { width: canvas.width, height: canvas.height, data: Array.from(data) };
	}, png.toString('base64'));
	// Not inverted: a code that only reads as light-on-dark fails here.
	return jsQR(Uint8ClampedArray.from(image.data), image.width, image.height, {
		inversionAttempts: 'dontInvert',
	})?.data;
}

/** The sentence's box relative to the viewport, and the sticky header's bottom. */
const sentenceBox = (page: Page) =>
	page.evaluate((sentence: string) => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const at = (n as Text).data.indexOf(sentence);
			if (at < 0) continue;
			const range = new Range();
			range.setStart(n, at);
			range.setEnd(n, at + sentence.length);
			const box = range.getBoundingClientRect();
			return {
				top: box.top,
				bottom: box.bottom,
				header: document.querySelector('header')?.getBoundingClientRect().bottom ?? 0,
				height: innerHeight,
			};
		}
		return undefined;
	}, SENTENCE);

/** The trend's title as the page gives it to sharing (and to the quotation). */
const ogTitle = async (page: Page): Promise<string> =>
	(await attr(page, 'meta[property="og:title"]', 'content')) ?? '';

/** Alt+Q: the quote bar's shortcut. */
async function altQ(page: Page): Promise<void> {
	await page.keyboard.down('Alt');
	await page.keyboard.press('KeyQ');
	await page.keyboard.up('Alt');
}

describe('QR code', () => {
	mkdirSync(SHOTS, { recursive: true });

	test.each(['light', 'dark'] as const)(
		'the page’s code decodes to the page URL, dark on a white tile ≥ 200 px, in a labelled dialog (%s)',
		async (colorScheme) => {
			const page = await openPage(browser(), { ...PHONE, scale: 1, colorScheme });
			const errors = watchErrors(page);
			await page.goto(`${baseUrl()}${TREND}`);
			await ready(page);
			const opener = '.trend-head [data-qr]';
			await page.click(opener);
			const dialog = 'dialog.qr-dialog[open]';
			await page.waitForSelector(dialog, { visible: true });
			const url = `${baseUrl()}${TREND}`;
			expect(await decodeTile(page)).toBe(url);
			expect(await text(page, `${dialog} .qr-url`)).toBe(url);
			const a11y = await page.evaluate(() => {
				const d = document.querySelector('dialog.qr-dialog');
				const tile = d?.querySelector('.qr-tile')?.getBoundingClientRect();
				const label = document.getElementById(d?.getAttribute('aria-labelledby') ?? '');
				return {
					label: label?.textContent,
					focusInside: !!d?.contains(document.activeElement),
					size: Math.min(tile?.width ?? 0, tile?.height ?? 0),
					tile: getComputedStyle(d?.querySelector('.qr-tile') as Element).backgroundColor,
				};
			});
			expect(a11y.label).toBe(await attr(page, opener, 'aria-label'));
			expect(a11y.focusInside).toBe(true);
			expect(a11y.size).toBeGreaterThanOrEqual(200);
			expect(a11y.tile).toBe('rgb(255, 255, 255)');
			await page.screenshot({ path: `${SHOTS}/qr-dialog-390-${colorScheme}.png` });
			await page.keyboard.press('Escape');
			await expect.poll(() => count(page, dialog)).toBe(0);
			expect(
				await page.evaluate(() => document.activeElement?.closest('.trend-head') !== null),
			).toBe(true);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('a heading’s QR button, named for its heading, codes that section’s URL', async () => {
		const page = await openPage(browser(), { ...PHONE, scale: 1 });
		await page.goto(`${baseUrl()}${TREND}`);
		await ready(page);
		const button = '.heading-row:has(#progress) [data-qr]';
		expect(await attr(page, button, 'aria-label')).toContain(await text(page, '#progress'));
		await page.click(button);
		await page.waitForSelector('dialog.qr-dialog[open]', { visible: true });
		expect(await decodeTile(page)).toBe(`${baseUrl()}${TREND}#progress`);
		await page.close();
	});
});

/** Selects `length` characters of the text node holding `text`, `offset` characters into it. */
const select = (page: Page, text: string, offset: number, length: number) =>
	page.evaluate(
		([t, o, l]) => {
			const walker = document.createTreeWalker(document.querySelector('.prose-zh') as Node, 4);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const at = (n as Text).data.indexOf(t as string);
				if (at < 0) continue;
				const range = new Range();
				range.setStart(n, at + (o as number));
				range.setEnd(n, at + (o as number) + (l as number));
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return;
			}
			throw new Error(`no text node with ${t}`);
		},
		[text, offset, length] as const,
	);

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('quote link', () => {
	test.each(['light', 'dark'] as const)(
		'Alt+Q then Enter copies the section link with a text fragment; Tab, Enter the quotation (%s)',
		async (colorScheme) => {
			const page = await openPage(browser(), { ...PHONE, colorScheme, clipboard: true });
			const errors = watchErrors(page);
			await page.goto(`${baseUrl()}${TREND}`);
			await ready(page);
			// A few characters inside the sentence: the quote is the whole sentence.
			await select(page, SENTENCE, 3, 5);
			await altQ(page);
			await page.waitForFunction(() => document.activeElement?.closest('.quote-bar'));
			const words = {
				quoteLink: client['quote.link'],
				copiedLink: client['share.copiedLink'],
				quoteCopy: client['quote.copy'],
				copied: client['share.copied'],
				quote: client['quote.text'].replace('{trend}', await ogTitle(page)),
				quotePage: client['quote.page'].replace('{report}', '2025年度AI十大趋势报告'),
			};
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.quoteLink);
			await page.screenshot({ path: `${SHOTS}/quote-bar-390-${colorScheme}.png` });
			await page.keyboard.press('Enter');
			await expect.poll(() => text(page, '.quote-bar [role="status"]')).toBe(words.copiedLink);

			const link = await clipboard(page);
			const match = new RegExp(
				`^${baseUrl()}${TREND}#${SECTION}:~:text=([^,&#-]+),([^,&#-]+)$`,
			).exec(link);
			expect(match, link).not.toBeNull();
			const [start, end] = [match?.[1] ?? '', match?.[2] ?? ''].map(decodeURIComponent);
			expect(SENTENCE.startsWith(start ?? '-')).toBe(true);
			expect(SENTENCE.endsWith(end ?? '-')).toBe(true);

			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(words.quoteCopy);
			await page.keyboard.press('Enter');
			await expect.poll(() => clipboard(page)).not.toBe(link);
			const quotation = await clipboard(page);
			expect(quotation).toBe(
				`${words.quote.replace('{text}', SENTENCE).replace('{page}', words.quotePage.replace('{page}', '3'))}\n${link}`,
			);
			expect(quotation).toContain('第 3 页');
			expect(quotation).toContain(await text(page, '[data-pagefind-meta="title"]'));

			await page.keyboard.press('Escape');
			await expect.poll(() => visible(page, '.quote-bar')).toBe(false);
			expect(errors).toEqual([]);
			await page.close();
		},
	);

	test('the source line names the report page cited nearest the quote, and none without one', async () => {
		const page = await openPage(browser(), { clipboard: true });
		await page.goto(`${baseUrl()}${TREND}`);
		await ready(page);
		// Same paragraph as SENTENCE (page 3), but its last sentence cites page 2.
		await select(page, '同样把应用落地', 0, 4);
		await altQ(page);
		await page.waitForFunction(() => document.activeElement?.closest('.quote-bar'));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toContain('第 2 页');
		expect(await clipboard(page)).toMatch(/^“序言对“模型进化”部分的概括，[^\n]*两股力量。”\n/);
		// The first paragraph cites press coverage only: the trend, no page.
		await select(page, '据北京商报的报道', 0, 4);
		await altQ(page);
		await page.waitForFunction(() => document.activeElement?.closest('.quote-bar'));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toMatch(/^“据北京商报的报道/);
		expect(await clipboard(page)).not.toContain('页');
		await page.close();
	});

	test('text outside the article offers no quote', async () => {
		const page = await openPage(browser());
		await page.goto(`${baseUrl()}${TREND}`);
		await ready(page);
		await page.evaluate(() =>
			getSelection()?.selectAllChildren(document.querySelector('h1') as Node),
		);
		await altQ(page);
		// Nothing to wait for: something that does not appear. The bar's code has its turn (it
		// answers Alt+Q within a frame or two where it does appear) and a margin.
		await new Promise((resolve) => setTimeout(resolve, 400));
		expect(await count(page, '.quote-bar:not([hidden])')).toBe(0);
		await page.close();
	});
});

describe('opening a quote link', () => {
	/** The link the quote bar makes for SENTENCE (as the test above checks it). */
	async function quoteLink(): Promise<string> {
		const page = await openPage(browser(), { clipboard: true });
		await page.goto(`${baseUrl()}${TREND}`);
		await ready(page);
		await select(page, SENTENCE, 0, 2);
		await altQ(page);
		await page.waitForFunction(() => document.activeElement?.closest('.quote-bar'));
		await page.keyboard.press('Enter');
		await expect.poll(() => clipboard(page)).toContain(':~:text=');
		const link = await clipboard(page);
		await page.close();
		return link;
	}

	const inView = async (page: Page) => {
		await expect
			.poll(async () => {
				const box = await sentenceBox(page);
				return !!box && box.top >= box.header && box.bottom <= box.height;
			})
			.toBe(true);
	};

	test('Chromium follows the text fragment itself: the sentence is in view, no fallback runs', async () => {
		const link = await quoteLink();
		const page = await openPage(browser(), { width: 390, height: 844 });
		await page.goto(link);
		await inView(page);
		// The engine took the directive out of the hash (an engine without it keeps it).
		expect(await page.evaluate(() => location.hash)).toBe(`#${SECTION}`);
		expect(await page.evaluate(() => 'fragmentDirective' in document)).toBe(true);
		// The fallback would have run by now (it marks within a frame of the page's idle code).
		await new Promise((resolve) => setTimeout(resolve, 500));
		expect(await page.evaluate(() => document.documentElement.dataset.quoted)).toBeUndefined();
		await page.close();
	});

	test('the fallback, where the directive reaches the page (escaped colons): found, marked, in view', async () => {
		const link = (await quoteLink()).replace(':~:', '%3A~%3A');
		const page = await openPage(browser(), { width: 390, height: 844 });
		const errors = watchErrors(page);
		await page.goto(link);
		await page.waitForFunction(() => document.documentElement.dataset.quoted === '1');
		expect(
			await page.evaluate(() => [...(CSS.highlights.get('search') ?? [])].map(String)),
		).toEqual([SENTENCE]);
		await inView(page);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the fallback without the Highlight API marks the sentence with <mark> around text only', async () => {
		const link = (await quoteLink()).replace(':~:', '%3A~%3A');
		const page = await openPage(browser(), { width: 390, height: 844 });
		await page.evaluateOnNewDocument('delete CSS.highlights;');
		await page.goto(link);
		await page.waitForFunction(() => document.documentElement.dataset.quoted === '1');
		expect(
			await page.$$eval('mark.search-hit', (ms) => ms.map((m) => m.textContent).join('')),
		).toBe(SENTENCE);
		await inView(page);
		await page.close();
	});
});

describe('citing', () => {
	test('the citation block shows the reader’s day as its access date once the reader is there, and copies it so; BibTeX too', async () => {
		const page = await openPage(browser(), { clipboard: true });
		const errors = watchErrors(page);
		await page.goto(`${baseUrl()}${TREND}`);
		// As built: GB/T 7714's own word for the field, no build date.
		expect(await text(page, '#cite-gbt')).toContain('(2025-12-10)[引用日期]. ');
		await ready(page);
		const today = await page.evaluate(() => {
			const d = new Date();
			return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
		});
		await expect.poll(() => text(page, '#cite-gbt')).toContain(`(2025-12-10)[${today}]. `);
		await page.click('[data-copy="cite-gbt"]');
		await expect.poll(() => clipboard(page)).toBe(await text(page, '#cite-gbt'));
		// BibTeX, fetched on use: the file has no urldate; what is shown and copied has today's.
		const file = await page.evaluate(() => fetch('/cite/inference-time.bib').then((r) => r.text()));
		expect(file).not.toContain('urldate');
		await page.click('[data-copy="cite-bibtex"]');
		await expect.poll(() => clipboard(page)).toContain(`  urldate = {${today}},\n`);
		expect(await clipboard(page)).toBe(await text(page, '#cite-bibtex'));
		expect(errors).toEqual([]);
		await page.close();
	});
});
