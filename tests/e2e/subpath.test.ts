/**
 * The site built under a sub-path `base` (as on GitHub Pages): links, search and the offline copy
 * (manifest, service worker scope, precache) still work there.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
	attr,
	fill,
	openPage,
	setOffline,
	useBrowser,
	waitForURL,
	watchErrors,
} from '../helpers/browser';
import { findBrokenLinks } from '../helpers/links';
import { childEnv } from '../helpers/env';
import { htmlFiles } from '../helpers/dist';
import { containing, indexedPages } from '../helpers/golden';
import { precacheList } from '../helpers/precache';
import { search } from '../helpers/search-ui';
import { serve } from '../helpers/serve';

const BASE = '/ai-trends-2025/';
const OUT = 'dist-subpath';
const env = childEnv({ BASE_PATH: BASE, OUT_DIR: `./${OUT}` });

const browser = useBrowser();
let origin: string;
let stop: () => Promise<void>;

beforeAll(async () => {
	// Asynchronously: a build that blocked this worker for a minute on a busy machine would time out
	// its messages to Vitest.
	const run = promisify(execFile);
	// The search index and the service worker come with it (astro.config.mjs integrations).
	await run('npx', ['astro', 'build'], { env });
	const server = await serve({ BASE_PATH: BASE, OUT_DIR: `./${OUT}` }, BASE);
	origin = server.origin;
	stop = server.stop;
}, 240_000);

afterAll(async () => {
	await stop?.();
});

describe(`built under ${BASE}`, () => {
	test('a mangled link lands under the base; an English one, through the English 404, is offered the trend it meant', async () => {
		const page = await openPage(browser());
		// The base is the host's to spell: only what follows it is mended.
		await page.goto(`${origin}${BASE}Trends/Embodied-Intelligence/`);
		await waitForURL(page, new RegExp(`${BASE}trends/embodied-intelligence/$`));
		await page.goto(`${origin}${BASE}en/trends/embodied-intel/`);
		await waitForURL(page, new RegExp(`${BASE}en/404/\\?missing=`));
		await page.waitForSelector(`.nf-guess a[href="${BASE}en/trends/embodied-intelligence/"]`);
		await page.close();
	});

	test('every internal link and anchor resolves under the base', () => {
		const { checked, broken } = findBrokenLinks(BASE, `${process.cwd()}/${OUT}`);
		expect(checked).toBeGreaterThan(300);
		expect(broken).toEqual([]);
	});

	test('search lists exactly the pages that contain the query, linked under the base', async () => {
		const pages = indexedPages(join(process.cwd(), OUT), BASE);
		const page = await openPage(browser());
		const errors = watchErrors(page);
		await page.goto(`${origin}${BASE}search/`);
		// [query, the simplified form the pages are checked for]
		for (const [q, term] of [
			['具身智能', '具身智能'],
			['数据中心', '数据中心'],
			['Stargate', 'Stargate'],
			['芯片 开源', '芯片 开源'],
			['數據中心', '数据中心'],
			['元宇宙', '元宇宙'],
		]) {
			const { exact } = await search(page, 'page-search', q);
			expect(exact.sort(), q).toEqual(containing(pages, term));
		}
		await search(page, 'page-search', '芯片');
		const hrefs = await page.$$eval('#search-page .search-result a', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		expect(hrefs.length).toBeGreaterThan(3);
		expect(hrefs.filter((h) => !h.startsWith(`${BASE}trends/`))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the dialog searches and opens a result under the base', async () => {
		const page = await openPage(browser());
		const errors = watchErrors(page);
		await page.goto(`${origin}${BASE}`);
		await page.keyboard.down('Control');
		await page.keyboard.press('k');
		await page.keyboard.up('Control');
		await page.waitForSelector('#dlg-search-input', { visible: true });
		await fill(page, '#dlg-search-input', 'Stargate');
		await page.waitForSelector('#dlg-search-results [role="option"]');
		await page.keyboard.press('Enter');
		await waitForURL(page, new RegExp(`${BASE}trends/compute-infrastructure/`));
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the manifest starts at the base; the worker is scoped to it and reads offline there', async () => {
		const dir = join(process.cwd(), OUT);
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')) as {
			id: string;
			start_url: string;
			scope: string;
			icons: { src: string }[];
		};
		expect(manifest).toMatchObject({ id: BASE, start_url: BASE, scope: BASE });
		for (const { src } of manifest.icons) {
			expect(src.startsWith(`${BASE}icons/`), src).toBe(true);
			expect(existsSync(join(dir, src.slice(BASE.length))), src).toBe(true);
		}
		const listed = precacheList(dir).map((e) => e.url);
		// Every page a reader reads (the embed pages, made for other sites to frame, are not kept).
		const pages = htmlFiles(dir)
			.map((f) => f.slice(dir.length + 1))
			.filter((p) => !/(^|\/)embed\//.test(p));
		expect(pages.filter((p) => !listed.includes(p))).toEqual([]);

		const page = await openPage(browser());
		const errors = watchErrors(page);
		await page.goto(`${origin}${BASE}trends/ai-hardware/`);
		// Linked at the reader's first move (client/offline.ts): the page scrolls until it is.
		await page.waitForFunction(
			() => {
				scrollBy(0, scrollY > 0 ? -1 : 1);
				return !!document.querySelector('link[rel="manifest"]');
			},
			{ polling: 100, timeout: 20_000 },
		);
		expect(await attr(page, 'link[rel="manifest"]', 'href')).toBe(`${BASE}manifest.webmanifest`);
		const worker = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return { scope: registration.scope, script: registration.active?.scriptURL };
		});
		expect(worker).toEqual({ scope: `${origin}${BASE}`, script: `${origin}${BASE}sw.js` });
		// A second page view downloads the edition, under the base; its copy then answers offline.
		await page.goto(`${origin}${BASE}trends/ai-native-chips/`);
		await page.click('[popovertarget="site-menu"]');
		await page.waitForSelector('#site-menu .offline-read[data-state="ready"]', { timeout: 30_000 });
		await setOffline(page, true);
		await page.goto(`${origin}${BASE}trends/inference-time/`);
		await page.waitForSelector(`a[href="${BASE}trends/pretraining-architecture/"]`);
		expect(errors).toEqual([]);
		await page.close();
	});
});
