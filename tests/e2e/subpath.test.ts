/** The site built under a sub-path `base` (as on GitHub Pages): links and search still work there. */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser, watchErrors } from '../helpers/browser';
import { findBrokenLinks } from '../helpers/links';
import { openIndex, query } from '../helpers/pagefind';
import { childEnv } from '../helpers/env';
import { serve } from '../helpers/serve';

const BASE = '/ai-trends-2025/';
const OUT = 'dist-subpath';
const env = childEnv({ BASE_PATH: BASE, OUT_DIR: `./${OUT}` });

const browser = useBrowser();
let origin: string;
let stop: () => Promise<void>;

beforeAll(async () => {
	execFileSync('npx', ['astro', 'build'], { env, stdio: 'ignore' });
	execFileSync('npx', ['pagefind', '--site', OUT], { env, stdio: 'ignore' });
	const server = await serve({ BASE_PATH: BASE, OUT_DIR: `./${OUT}` }, BASE);
	origin = server.origin;
	stop = server.stop;
}, 240_000);

afterAll(async () => {
	await stop?.();
});

describe(`built under ${BASE}`, () => {
	test('every internal link and anchor resolves under the base', () => {
		const { checked, broken } = findBrokenLinks(BASE, `${process.cwd()}/${OUT}`);
		expect(checked).toBeGreaterThan(300);
		expect(broken).toEqual([]);
	});

	test('search finds trends and its result links stay under the base', async () => {
		const page = await browser().newPage();
		await openIndex(page, origin, BASE);
		const hits = await query(page, '具身智能');
		expect(hits[0]?.url).toBe(`${BASE}trends/embodied-intelligence/`);
		await page.close();
	});

	test('the dialog searches and opens a result under the base', async () => {
		const page = await browser().newPage();
		const errors = watchErrors(page);
		await page.goto(`${origin}${BASE}`);
		await page.keyboard.press('Control+k');
		await page.locator('#dlg-search-input').fill('Stargate');
		await page.waitForSelector('#dlg-search-results [role="option"]');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**${BASE}trends/compute-infrastructure/**`);
		expect(errors).toEqual([]);
		await page.close();
	});
});
