/**
 * Sharing journeys, the same in every engine (tests/engines/share.test.ts), at 1280 and 390 px:
 * the trend, section and quote posters are <img>s of 1080 × 1440 whose QR code (decoded by jsQR
 * from the PNG the page made) is the exact URL, the quote's landing on the quoted sentence; the
 * same poster made twice is the same PNG; the poster and QR buttons work before the page is idle;
 * the WeChat / QQ hint appears with WeChat's user agent and nowhere else. Each dialog is axe clean
 * while open, Escape closes it and focus returns; no console error or CSP violation on the way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
	homeSettled,
	readerMoves,
	waitFor,
	type Driver,
	type EngineName,
	type Size,
} from './driver';
import { AXE, axe } from './axe';
import { useDriver } from './index';
import { DESKTOP, PHONE, SHOTS } from './journeys';
import { decodePng } from './png';

const TREND = '/trends/inference-time/';
const SECTION = 'learning-to-application';
/** A sentence of that section (the one tests/e2e/share.test.ts quotes). */
const SENTENCE = '标题后半句写的是“推理需求倒逼模型创新”。';
const WECHAT_UA =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN';

/** Init scripts: the user agent the page reads (navigator.userAgent), and idle that never comes. */
const userAgent = (ua: string) =>
	`Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ${JSON.stringify(ua)} });`;
const NEVER_IDLE = 'window.requestIdleCallback = () => 0;';

/** axe's violations on the whole page, a modal dialog open in it. */

/** Waits for the open poster dialog's image; returns its size, its PNG and the dialog's name. */
async function posterShown(d: Driver) {
	const shown = await waitFor(
		d,
		() => {
			const dialog = document.querySelector('dialog.poster-dialog[open]');
			const img = dialog?.querySelector<HTMLImageElement>('img.poster-img');
			const link = dialog?.querySelector<HTMLAnchorElement>('a[download]');
			if (!img || img.hidden || !img.complete || !img.naturalWidth || !link) return null;
			const label = document.getElementById(dialog?.getAttribute('aria-labelledby') ?? '');
			return {
				tag: img.tagName,
				width: img.naturalWidth,
				height: img.naturalHeight,
				src: img.src,
				alt: img.alt,
				file: link.download,
				href: link.href === img.src,
				label: label?.textContent ?? '',
				focusInside: !!dialog?.contains(document.activeElement),
			};
		},
		[],
		{ timeout: 20_000, message: 'the poster image' },
	);
	const png = Buffer.from(shown.src.replace(/^data:image\/png;base64,/, ''), 'base64');
	return { ...shown, png };
}

/** The URL in a poster's QR code (dark on light only, as a scanner reads it). */
function qrOf(png: Buffer): string | undefined {
	const { width, height, data } = decodePng(png);
	return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/** Closes the open dialog with Escape; resolves to whether focus went back to `selector`. */
async function escapeTo(d: Driver, selector: string): Promise<boolean> {
	await d.press('Escape');
	return waitFor(
		d,
		(s: string) =>
			!document.querySelector('dialog[open]') && !!document.activeElement?.matches(s) && true,
		[selector],
		{ message: `the dialog closed and focus on ${selector}` },
	);
}

/** Selects `length` characters of the article text node holding `text`, `offset` into it. */
const select = (d: Driver, text: string, offset: number, length: number) =>
	d.evaluate(
		(t: string, o: number, l: number) => {
			const walker = document.createTreeWalker(document.querySelector('.prose-zh') as Node, 4);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const at = (n as Text).data.indexOf(t);
				if (at < 0) continue;
				const range = new Range();
				range.setStart(n, at + o);
				range.setEnd(n, at + o + l);
				getSelection()?.removeAllRanges();
				getSelection()?.addRange(range);
				return true;
			}
			return false;
		},
		text,
		offset,
		length,
	);

export function shareJourneys(engine: EngineName): void {
	const driver = useDriver(engine);
	const shots = join(SHOTS, engine, 'share');
	mkdirSync(shots, { recursive: true });

	afterEach(async () => {
		expect(await driver().takeErrors(), 'console errors, exceptions, failed loads, CSP').toEqual(
			[],
		);
	});

	for (const size of [DESKTOP, PHONE] as Size[]) {
		describe(`${engine} at ${size.width} px`, () => {
			beforeAll(() => driver().resize(size, [AXE, NEVER_IDLE]));

			test('before idle: the trend poster (twice, the same PNG) and the QR code; no WeChat hint', async () => {
				const d = driver();
				await d.goto(TREND);
				const origin = await d.evaluate(() => location.origin);
				await d.click('.trend-head [data-rr="poster"]');
				const poster = await posterShown(d);
				expect([poster.tag, poster.width, poster.height]).toEqual(['IMG', 1080, 1440]);
				expect(qrOf(poster.png)).toBe(`${origin}${TREND}`);
				expect(poster.file).toBe('trend-04-inference-time.png');
				expect(poster.href).toBe(true);
				expect(poster.label).toBe('分享海报');
				expect(poster.focusInside).toBe(true);
				expect(poster.alt).toContain('大模型落地进入推理时间');
				writeFileSync(join(shots, `trend-${size.width}.png`), poster.png);
				expect(await axe(d)).toEqual([]);
				await d.screenshot(join(shots, `poster-dialog-${size.width}-light.png`));
				await d.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
				await d.screenshot(join(shots, `poster-dialog-${size.width}-dark.png`));
				expect(await axe(d)).toEqual([]);
				await d.evaluate(() => (document.documentElement.dataset.theme = 'light'));
				expect(await escapeTo(d, '.trend-head [data-rr="poster"]')).toBe(true);

				await d.click('.trend-head [data-rr="poster"]');
				const again = await posterShown(d);
				expect(again.png.equals(poster.png), 'the same poster twice').toBe(true);
				expect(await escapeTo(d, '.trend-head [data-rr="poster"]')).toBe(true);

				await d.click('.trend-head [data-rr="qr"]');
				await waitFor(d, () => !!document.querySelector('dialog.qr-dialog[open] svg'), [], {
					message: 'the QR dialog',
				});
				expect(await escapeTo(d, '.trend-head [data-rr="qr"]')).toBe(true);

				// Still before idle, and no browser here is WeChat: the share button stays hidden (no
				// engine here has Web Share), and the hint's code never loads.
				const state = await d.evaluate(() => ({
					idle: performance.getEntriesByType('resource').some((r) => /\/idle\./.test(r.name)),
					wechat: performance.getEntriesByType('resource').some((r) => /\/wechat\./.test(r.name)),
					share: document.querySelector<HTMLElement>('[data-rr="share"]')?.hidden,
				}));
				expect(state).toEqual({ idle: false, wechat: false, share: true });
			});

			test('the section poster and the quote poster: their QR codes lead back exactly there', async () => {
				const d = driver();
				await d.resize(size, [AXE]);
				await d.goto(TREND);
				const origin = await d.evaluate(() => location.origin);
				const button = `.heading-row:has(#${SECTION}) [data-rr="poster"]`;
				// The reader scrolls to the heading, which brings its buttons (client/share/headings.ts).
				await d.evaluate((s: string) => document.getElementById(s)?.scrollIntoView(), SECTION);
				await d.click(button);
				const section = await posterShown(d);
				expect([section.width, section.height]).toEqual([1080, 1440]);
				expect(qrOf(section.png)).toBe(`${origin}${TREND}#${SECTION}`);
				expect(section.file).toBe(`trend-04-inference-time-${SECTION}.png`);
				writeFileSync(join(shots, `section-${size.width}.png`), section.png);
				expect(await escapeTo(d, button)).toBe(true);

				// Quoting comes with the reader's first move (here, the scroll to the heading); then a
				// few characters inside the sentence quote all of it.
				await readerMoves(d);
				expect(await select(d, SENTENCE, 3, 5)).toBe(true);
				const bar = '.quote-bar:not([hidden]) [aria-haspopup="dialog"]';
				await waitFor(d, (s: string) => !!document.querySelector(s), [bar], {
					message: 'the quote bar',
				});
				await d.click(bar);
				const quote = await posterShown(d);
				expect([quote.width, quote.height]).toEqual([1080, 1440]);
				expect(quote.alt).toContain(SENTENCE);
				writeFileSync(join(shots, `quote-${size.width}.png`), quote.png);
				expect(await axe(d)).toEqual([]);
				await d.screenshot(join(shots, `quote-dialog-${size.width}.png`));
				const url = qrOf(quote.png) ?? '';
				expect(url.startsWith(`${origin}${TREND}#${SECTION}:~:text=`), url).toBe(true);
				expect(quote.file).toMatch(/^trend-04-inference-time-quote-[0-9a-f]{6}\.png$/);
				await d.press('Escape');

				// The QR code's URL lands on the quoted sentence, in view and marked (the home page
				// between makes it a new load).
				await d.goto('/');
				await homeSettled(d);
				await d.goto(url.slice(origin.length));
				await waitFor(
					d,
					(text: string) => {
						const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
						for (let n = walker.nextNode(); n; n = walker.nextNode()) {
							const at = (n as Text).data.indexOf(text.slice(0, 8));
							if (at < 0) continue;
							const range = new Range();
							range.setStart(n, at);
							range.setEnd(n, at + 8);
							const box = range.getBoundingClientRect();
							const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
							const native = !location.hash.includes('~');
							return (
								box.top >= header &&
								box.bottom <= innerHeight &&
								(native || document.documentElement.dataset.quoted === '1')
							);
						}
						return false;
					},
					[SENTENCE],
					{ message: 'the quoted sentence in view and marked', timeout: 15_000 },
				);
			});

			test('WeChat’s user agent: the share button shows how to share from the ··· menu, and the poster', async () => {
				const d = driver();
				await d.resize(size, [AXE, userAgent(WECHAT_UA)]);
				await d.goto(`/en${TREND}`);
				expect(await d.evaluate(() => navigator.userAgent)).toContain('MicroMessenger');
				// Shown from the start (boot.ts), not once the page is idle: no button appears late.
				expect(
					await d.evaluate(() => document.querySelector<HTMLElement>('[data-rr="share"]')?.hidden),
				).toBe(false);
				await d.click('[data-rr="share"]');
				const hint = await waitFor(
					d,
					() => {
						const dialog = document.querySelector('dialog.wx-share[open]');
						const box = dialog?.getBoundingClientRect();
						return dialog && box && box.width > 0
							? {
									text: dialog.querySelector('.wx-how')?.textContent,
									label: document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')
										?.textContent,
									right: innerWidth - box.right,
									top: box.top,
								}
							: null;
					},
					[],
					{ message: 'the WeChat hint' },
				);
				expect(hint.text).toBe(
					'Tap ··· at the top right to send this to a friend or share it to Moments',
				);
				expect(hint.label).toBe('Share with friends');
				expect(hint.top).toBeLessThan(40);
				expect(hint.right).toBeLessThan(40);
				expect(await axe(d)).toEqual([]);
				await d.screenshot(join(shots, `wechat-${size.width}-light.png`));
				await d.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
				await d.screenshot(join(shots, `wechat-${size.width}-dark.png`));
				expect(await axe(d)).toEqual([]);
				expect(await escapeTo(d, '[data-rr="share"]')).toBe(true);

				// Its poster button: the trend's English poster.
				await d.click('[data-rr="share"]');
				await waitFor(d, () => !!document.querySelector('dialog.wx-share[open]'), []);
				await d.click('dialog.wx-share .wx-poster');
				const poster = await posterShown(d);
				const origin = await d.evaluate(() => location.origin);
				expect(qrOf(poster.png)).toBe(`${origin}/en${TREND}`);
				expect(poster.file).toBe('trend-04-inference-time-en.png');
				expect(poster.label).toBe('Share poster');
				// A download of a data URL fails in these apps: a long-press saves the image instead.
				expect(
					await d.evaluate(
						() => document.querySelector<HTMLElement>('dialog.poster-dialog a[download]')?.hidden,
					),
				).toBe(true);
				writeFileSync(join(shots, `trend-en-${size.width}.png`), poster.png);
				await d.screenshot(join(shots, `poster-dialog-en-${size.width}-dark.png`));
				expect(await axe(d)).toEqual([]);
				await d.evaluate(() => (document.documentElement.dataset.theme = 'light'));
				await d.screenshot(join(shots, `poster-dialog-en-${size.width}-light.png`));
				expect(await escapeTo(d, '[data-rr="share"]')).toBe(true);
			});
		});
	}
}
