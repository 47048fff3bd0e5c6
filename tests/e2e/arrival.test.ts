/**
 * Nothing moves while a page arrives. On a slow connection the browser draws a page from what has
 * come so far, and what comes next must only add below: a rule that depends on what follows (the
 * contents placed by order until the text exists; a heading row's spacing taken from the heading it
 * holds) moved text the reader was already looking at, and failed a journey now and then, when the
 * network happened to cut the page there (run 74). Here the cuts are exact: each page type, both
 * editions, at 390 and 1280 px, is sent in pieces, cut before the first element of each kind (tag and
 * class) and on both sides of each stylesheet linked in the body, each piece drawn before the next
 * one goes. Then the page's own scripts run (the heading buttons, the idle code), which must move
 * nothing either. Layout shifts are Chromium's to report, so this runs in Chromium only.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	baseUrl,
	DESKTOP,
	frames,
	openPage,
	PHONE,
	readerMoves,
	recordShifts,
	shifts,
	useBrowser,
} from '../helpers/browser';
import { readDist } from '../helpers/dist';
import { startPiecesServer, type PiecesServer } from '../helpers/pieces';

const browser = useBrowser();
let server: PiecesServer;
beforeAll(async () => {
	server = await startPiecesServer(baseUrl());
});
afterAll(() => server.stop());

/** One page of each type, in both editions (English headings and labels are longer). */
const PAGES = [
	'/',
	'/en/',
	'/parts/infrastructure/',
	'/en/parts/infrastructure/',
	'/trends/compute-infrastructure/',
	'/en/trends/compute-infrastructure/',
	'/trends/inference-time/',
	'/en/trends/inference-time/',
	'/about/',
	'/glossary/',
	'/search/',
];

interface Cut {
	/** Byte offset in the page's HTML. */
	at: number;
	/** The HTML around it, for the failure message. */
	where: string;
}

/**
 * Where to cut a page: from the start of <main> (before it the page is held back from the screen by
 * <link rel=expect>, so a cut there shows nothing), before the first element of each kind, and
 * before and after each stylesheet link.
 */
function cutsOf(html: string): Cut[] {
	const main = html.indexOf('>', html.indexOf('<main')) + 1;
	const kinds = new Set<string>();
	const at = new Set<number>();
	for (const m of html.slice(main).matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/g)) {
		const i = main + (m.index ?? 0);
		if (m[1] === 'link') {
			at.add(i).add(i + m[0].length);
			continue;
		}
		const kind = `${m[1]}.${/\sclass="([^"]*)"/.exec(m[0])?.[1] ?? ''}`;
		if (!kinds.has(kind)) at.add(i);
		kinds.add(kind);
	}
	return [...at]
		.sort((a, b) => a - b)
		.map((i) => ({
			at: Buffer.byteLength(html.slice(0, i)),
			where: `…${html.slice(Math.max(main, i - 40), i)} | ${html.slice(i, i + 40)}…`,
		}));
}

/** What has arrived is drawn: its stylesheets are in, and two frames have rendered. */
async function drawn(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')]
			.filter((l) => l.media !== 'print')
			.every((l) => l.sheet),
	);
	await frames(page, 2);
}

describe('nothing moves while a page arrives in pieces, nor when its scripts run', () => {
	for (const [width, options] of [
		[1280, DESKTOP],
		[390, PHONE],
	] as const) {
		test.for(PAGES)(`${width} px: %s`, async (path) => {
			const cuts = cutsOf(readDist(`${path.slice(1)}index.html`));
			expect(cuts.length).toBeGreaterThan(10);
			// No worker: it would answer for the page, and the page must come from the network.
			const page = await openPage(browser(), { ...options, serviceWorker: false });
			try {
				await recordShifts(page);
				const arrival = server.arrive(
					path,
					cuts.map((c) => c.at),
				);
				const loading = page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
				const moved: string[] = [];
				let seen = 0;
				const note = async (after: string) => {
					const now = await shifts(page);
					moved.push(...now.slice(seen).map((s) => `${s}, after ${after}`));
					seen = now.length;
				};
				for (let i = 0; i < cuts.length; i++) {
					await arrival.sent(i);
					// Each piece is on the screen before the next one comes (the first ends where
					// <main> begins: until then <link rel=expect> keeps the page off the screen).
					await drawn(page);
					await note(i ? `the cut ${cuts[i - 1]?.where}` : 'the first piece');
					arrival.release(i);
				}
				await loading;
				// The idle code (figures, contents) has run and drawn; on a trend page, so has what the
				// reader's first move brings (the heading buttons, the companion).
				await page.waitForFunction(() =>
					performance.getEntriesByType('resource').some((e) => /\/_astro\/idle\./.test(e.name)),
				);
				if (await page.$('[data-trend]')) await readerMoves(page);
				await frames(page, 3);
				await note(`the last cut ${cuts.at(-1)?.where}, or the page's scripts`);
				expect(moved).toEqual([]);
			} finally {
				await page.close();
			}
		});
	}
});
