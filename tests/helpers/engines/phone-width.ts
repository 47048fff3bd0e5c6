/**
 * Every page fits every phone: at the common phone widths, loaded as a phone loads it (Chromium and
 * Firefox with mobile viewport emulation; WebKit in a frame of the exact width, see webkit.ts), no
 * page of either edition is wider than the screen. With mobile emulation a too-wide page does not
 * scroll sideways: the layout viewport grows to fit it (the page is zoomed out), so the test
 * checks that the layout viewport is no wider than the screen and the page no wider than it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { waitForPath, type Driver, type EngineName, type Size } from './driver';
import { useDriver } from './index';
import { WITHOUT } from './journeys';

export const PHONE_WIDTHS = [320, 360, 375, 390, 412] as const;

/** One page of each type; Chromium loads them all, the other engines the first two. */
export const PAGE_TYPES = [
	'/',
	'/trends/compute-infrastructure/',
	'/trends/embodied-intelligence/',
	'/parts/application-landscape/',
	'/about/',
	'/search/',
	'/404.html',
] as const;

const EDITIONS = ['', '/en'] as const;

/** Where the home page is left at 320 and 390 px, to look at the header (ignored by git). */
const SHOTS = 'test-results/phone-width';

export interface Fit {
	/** The document's width and the layout viewport's, in CSS pixels. */
	page: number;
	viewport: number;
	/** What sticks out past the screen's right edge (tag.class, its right edge), for the message. */
	wider: string[];
}

/** Measures the page at its widest: scrolled to the end, so every lazy figure and image is in. */
const measure = (width: number): Fit => {
	scrollTo(0, document.documentElement.scrollHeight);
	const wider: string[] = [];
	for (const el of document.body.querySelectorAll('*')) {
		const right = el.getBoundingClientRect().right;
		if (right > width + 0.5 && wider.length < 5)
			wider.push(
				`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} → ${right.toFixed(1)}`,
			);
	}
	return {
		page: document.documentElement.scrollWidth,
		viewport: document.documentElement.clientWidth,
		wider,
	};
};

/** Waits for the page's fonts and two frames, so the header is measured as the reader sees it. */
const settled = (): Promise<boolean> =>
	document.fonts.ready.then(
		() =>
			new Promise((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))),
			),
	);

export function phoneWidths(engine: EngineName): void {
	describe(`${engine}: every page fits the phone`, () => {
		const driver = useDriver(engine);
		const pages = engine === 'chromium' ? PAGE_TYPES : PAGE_TYPES.slice(0, 2);

		for (const width of PHONE_WIDTHS) {
			describe(`${width} px`, () => {
				const size: Size = { width, height: width < 360 ? 700 : 800 };
				// Firefox without the worker, as in its journeys (journeys.ts): it logs a fetch its worker
				// still answered for a page this test has already left as an error of that page.
				beforeAll(() => driver().resize(size, engine === 'firefox' ? [WITHOUT.serviceWorker] : []));

				test(`${pages.length * EDITIONS.length} pages, both editions`, async () => {
					const d: Driver = driver();
					const misfits: string[] = [];
					const errors: string[] = [];
					for (const edition of EDITIONS) {
						for (const path of pages) {
							// The English 404 page's own address (/en/404.html is missing: its 404 page goes on there).
							await d.goto(
								path === '/404.html' && edition ? `${edition}/404/` : `${edition}${path}`,
							);
							await waitForPath(d, /./);
							// The root not-found page is served with its status, which the console reports as a failed load.
							const own = path === '/404.html' ? /404 \(Not Found\).*\/404\.html/ : /^$/;
							errors.push(...(await d.takeErrors()).filter((e) => !own.test(e)));
							await d.evaluate(settled);
							const fit = await d.evaluate(measure, width);
							// Firefox has no mobile emulation: its classic scrollbar takes some of the width.
							if (fit.page > fit.viewport || fit.viewport > width)
								misfits.push(
									`${edition}${path}: page ${fit.page} px, viewport ${fit.viewport} px; ${fit.wider.join(', ')}`,
								);
							if (path === '/' && (width === 320 || width === 390)) {
								mkdirSync(join(SHOTS, engine), { recursive: true });
								await d.evaluate(() => scrollTo(0, 0));
								await d.screenshot(
									join(SHOTS, engine, `home${edition.replace('/', '-')}-${width}.png`),
								);
							}
						}
					}
					expect(misfits, `pages wider than ${width} px in ${engine}`).toEqual([]);
					expect([...errors, ...(await d.takeErrors())]).toEqual([]);
				});
			});
		}
	});
}
