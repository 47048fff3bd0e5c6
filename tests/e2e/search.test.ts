/** Search in Chromium against the real Pagefind index: recall, pairs, UI, robustness, URL state. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { cleanQuery } from '~/lib/search';
import { baseUrl, steadyTop, useBrowser, watchErrors } from '../helpers/browser';
import { htmlFiles, urlPath } from '../helpers/dist';
import { openIndex, query } from '../helpers/pagefind';

/** Terms taken from the report's own text: trend keywords, names of companies, projects, models. */
export const GOLDEN = [
	'数据中心',
	'算力',
	'算力工厂',
	'资本开支',
	'债务融资',
	'主权云',
	'星际之门',
	'Stargate',
	'OpenAI',
	'芯片',
	'NPU',
	'ASIC',
	'昇腾',
	'DeepSeek',
	'预训练',
	'MoE',
	'稀疏注意力',
	'推理',
	'具身智能',
	'世界模型',
	'VLA',
	'Agent',
	'智能体',
	'Agentic',
	'流量入口',
	'多模态',
	'视频',
	'3D',
	'代码',
	'AI硬件',
	'眼镜',
	'换脑',
	'AI4S',
	'博士',
	'开源',
	'AGI',
	'中国时间',
];

/** The indexed text of each built page, as Pagefind sees it (body only, ignored parts removed). */
function indexedPages(): Map<string, { text: string; title: string }> {
	const pages = new Map<string, { text: string; title: string }>();
	for (const file of htmlFiles()) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const body = document.querySelector('[data-pagefind-body]');
		if (!body) continue;
		for (const el of body.querySelectorAll('[data-pagefind-ignore]')) el.remove();
		const title = document.querySelector('[data-pagefind-meta="title"]')?.textContent ?? '';
		pages.set(urlPath(file), { text: (body.textContent ?? '').toLowerCase(), title });
	}
	return pages;
}

const browser = useBrowser();
/** One page with the Pagefind API loaded, for the queries (closed with the browser). */
let page: Page;
beforeAll(async () => {
	page = await browser().newPage();
	await openIndex(page, baseUrl());
});

describe('recall over the golden list', () => {
	test(`${GOLDEN.length} terms: every page containing the term is found; a title match ranks first`, async () => {
		const pages = indexedPages();
		expect(pages.size).toBe(10);
		const misses: string[] = [];
		for (const term of GOLDEN) {
			const hits = await query(page, term);
			const found = new Set(hits.map((h) => h.url));
			const expected = [...pages]
				.filter(([, p]) => p.text.includes(term.toLowerCase()))
				.map(([url]) => url);
			if (expected.length === 0) misses.push(`${term}: in no page (not a report term?)`);
			for (const url of expected) if (!found.has(url)) misses.push(`${term}: missed ${url}`);
			const titled = [...pages]
				.filter(([, p]) => p.title.toLowerCase().includes(term.toLowerCase()))
				.map(([url]) => url);
			if (titled.length > 0 && !titled.includes(hits[0]?.url ?? ''))
				misses.push(`${term}: first hit ${hits[0]?.url}, title match ${titled.join(' ')}`);
		}
		expect(misses).toEqual([]);
	});
});

describe('English and Chinese terms find the same trend', () => {
	const PAIRS: [string, string, string][] = [
		['capex', '资本开支', '/trends/compute-infrastructure/'],
		['Stargate', '星际之门', '/trends/compute-infrastructure/'],
		['data center', '数据中心', '/trends/compute-infrastructure/'],
		['embodied AI', '具身智能', '/trends/embodied-intelligence/'],
		['open source', '开源', '/trends/open-source-china/'],
		['agent', '智能体', '/trends/agentic-internet/'],
		['multimodal', '多模态', '/trends/multimodal-productivity/'],
		['pre-training', '预训练', '/trends/pretraining-architecture/'],
		['inference', '推理', '/trends/inference-time/'],
		['chip', '芯片', '/trends/ai-native-chips/'],
		['AI for Science', 'AI4S', '/trends/ai-for-science/'],
		['AI hardware', 'AI硬件', '/trends/ai-hardware/'],
	];
	test.each(PAIRS)('%s ↔ %s → %s', async (en, zh, url) => {
		expect((await query(page, en)).slice(0, 3).map((h) => h.url)).toContain(url);
		expect((await query(page, zh)).slice(0, 3).map((h) => h.url)).toContain(url);
	});

	test('two-character fragments of longer terms still find their trend', async () => {
		for (const [fragment, url] of [
			['具身', '/trends/embodied-intelligence/'],
			['算力', '/trends/compute-infrastructure/'],
			['硬件', '/trends/ai-hardware/'],
			['开源', '/trends/open-source-china/'],
		] as const) {
			expect(
				(await query(page, fragment)).map((h) => h.url),
				fragment,
			).toContain(url);
		}
	});

	test('the part filter keeps only that part', async () => {
		const hits = await query(page, 'AI', { part: '基础设施' });
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((h) => ['1', '2'].includes(h.number))).toBe(true);
	});
});

describe('search UI', () => {
	test('Ctrl+K opens the dialog; type, arrow, Enter lands on the section with the terms highlighted', async () => {
		const p = await browser().newPage({ viewport: { width: 1280, height: 900 } });
		const errors = watchErrors(p);
		const requests: string[] = [];
		p.on('request', (r) => requests.push(r.url()));
		await p.goto(`${baseUrl()}/trends/ai-hardware/`, { waitUntil: 'networkidle' });
		expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
		await p.keyboard.press('Control+k');
		const input = p.locator('#dlg-search-input');
		await input.waitFor({ state: 'visible' });
		expect(await p.evaluate(() => document.activeElement?.id)).toBe('dlg-search-input');
		await p.keyboard.type('星际之门');
		await p.waitForSelector('#dlg-search-results [role="option"]');
		const first = p.locator('#dlg-search-results [role="option"]').first();
		expect(await first.textContent()).toContain('趋势 01');
		expect(await first.locator('mark').count()).toBeGreaterThan(0);
		await p.keyboard.press('ArrowDown');
		expect(await first.getAttribute('aria-selected')).toBe('true');
		expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
		await p.keyboard.press('Enter');
		await p.waitForURL(/\/trends\/compute-infrastructure\/\?hl=.*#[a-z0-9-]+$/);
		const hash = new URL(p.url()).hash.slice(1);
		const top = await steadyTop(p, `#${hash}`);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(300);
		expect(
			Number(await p.evaluate(() => document.documentElement.dataset.highlighted)),
		).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await p.close();
	});

	test('Escape closes the dialog and returns focus to the search button that opened it', async () => {
		const p = await browser().newPage();
		await p.goto(`${baseUrl()}/`);
		await p.locator('[data-rr="search"]').focus();
		await p.keyboard.press('Enter');
		await p.locator('#dlg-search-input').waitFor({ state: 'visible' });
		await p.keyboard.press('Escape');
		expect(await p.locator('dialog.search-dialog').isVisible()).toBe(false);
		expect(
			await p.evaluate(() => document.activeElement?.getAttribute('data-rr') === 'search'),
		).toBe(true);
		await p.close();
	});

	test('no result shows a clear empty state offering the ten trends', async () => {
		const p = await browser().newPage();
		await p.goto(`${baseUrl()}/search/?q=${encodeURIComponent('火星殖民飞船')}`);
		await p.waitForFunction(() =>
			document.querySelector('#search-page [role="status"]')?.textContent?.includes('没有找到'),
		);
		expect(await p.locator('#search-page .search-empty').isVisible()).toBe(true);
		expect(await p.locator('#search-page .search-empty a[href*="/trends/"]').count()).toBe(10);
		await p.close();
	});

	test('hostile and odd queries never throw and never inject markup', async () => {
		const p = await browser().newPage();
		const errors = watchErrors(p);
		await p.goto(`${baseUrl()}/search/`);
		const input = p.locator('#page-search-input');
		const queries = [
			'',
			'   ',
			'a'.repeat(1200),
			'数据中心'.repeat(300),
			'<img src=x onerror="window.__pwned=1">',
			'<script>window.__pwned=1</script>',
			'"><svg onload=window.__pwned=1>',
			'🤖🚀',
			'，。！？——',
			'!!!???',
			'Stargate星际之门MoE混合',
			'مرحبا بالعالم',
			'שלום',
			'\u202e反转',
			'%00%0a',
		];
		for (const q of queries) {
			await input.fill(q);
			// Done with this query: its results are rendered and the status no longer says searching.
			await p.waitForFunction(
				(cleaned) =>
					document.querySelector<HTMLElement>('#page-search-results')?.dataset.query === cleaned &&
					document.querySelector('#search-page [role="status"]')?.textContent !== '正在搜索…',
				cleanQuery(await input.inputValue()),
				{ timeout: 5000 },
			);
		}
		expect(
			await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
		).toBeUndefined();
		expect(
			await p
				.locator('#page-search-results img, #page-search-results script, #page-search-results svg')
				.count(),
		).toBe(0);
		expect(errors).toEqual([]);
		await p.close();
	});
});

describe('the /search/ page', () => {
	test('the URL holds query and filter; back and forward restore them', async () => {
		const p = await browser().newPage();
		// The page's clock, so that "the reader pauses typing" is a jump in time, not a sleep.
		await p.clock.install();
		await p.goto(
			`${baseUrl()}/search/?q=${encodeURIComponent('芯片')}&part=${encodeURIComponent('基础设施')}`,
		);
		await p.waitForSelector('#page-search-results [role="option"]');
		expect(await p.locator('#page-search-input').inputValue()).toBe('芯片');
		expect(await p.locator('input[type="radio"][value="基础设施"]').isChecked()).toBe(true);

		await p.locator('#page-search-input').fill('多模态');
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '多模态');
		// A pause after typing settles the history entry (the page waits 700 ms for one).
		await p.clock.fastForward(1000);
		await p.locator('label:has(input[value=""])').click();
		await p.waitForFunction(() => !new URLSearchParams(location.search).has('part'));

		await p.goBack();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('part') === '基础设施');
		expect(await p.locator('#page-search-input').inputValue()).toBe('多模态');
		await p.goBack();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '芯片');
		expect(await p.locator('#page-search-input').inputValue()).toBe('芯片');
		await p.goForward();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '多模态');
		await p.close();
	});

	test('without JavaScript it says search needs JavaScript and links to the trends', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const p = await context.newPage();
		await p.goto(`${baseUrl()}/search/`);
		const text = await p.locator('main').textContent();
		expect(text).toContain('搜索需要 JavaScript');
		expect(await p.locator('main noscript a, main a[href="/#overview"]').count()).toBeGreaterThan(
			0,
		);
		await context.close();
	});
});
