/**
 * Search in Chromium against the real Pagefind index, through the search panel a reader uses.
 * The expected results come from the built HTML (tests/helpers/golden.ts), never from a typed list.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Converter } from 'opencc-js';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
	advance,
	attr,
	baseUrl,
	count,
	DESKTOP,
	fill,
	HELD_TIMERS,
	openPage,
	text,
	useBrowser,
	visible,
	waitForURL,
	watchErrors,
} from '../helpers/browser';
import {
	ABSENT,
	containing,
	containingSome,
	indexedPages,
	normalise,
	textTerms,
	type IndexedPage,
} from '../helpers/golden';
import { listed, panelShape, search, settled } from '../helpers/search-ui';

const PAGE = 'page-search';
const DIALOG = 'dlg-search';
const url = (slug: string) => `/trends/${slug}/`;

/** Ctrl+K, as a reader presses it. */
async function ctrlK(p: Page): Promise<void> {
	await p.keyboard.down('Control');
	await p.keyboard.press('k');
	await p.keyboard.up('Control');
}

const value = (p: Page) => p.$eval(`#${PAGE}-input`, (i) => (i as HTMLInputElement).value);

let pages: IndexedPage[];
const browser = useBrowser();
let page: Page;
beforeAll(async () => {
	pages = indexedPages();
	page = await openPage(browser());
	await page.goto(`${baseUrl()}/search/`);
	await page.waitForSelector(`#${PAGE}-input`);
});

/** Terms whose listed results differ from the pages that contain them. */
async function mismatches(
	terms: string[],
	expected = (t: string) => containing(pages, t),
	on: Page = page,
) {
	const wrong: string[] = [];
	for (const term of terms) {
		const got = (await search(on, PAGE, term)).exact;
		const want = expected(term);
		if (JSON.stringify([...got].sort()) !== JSON.stringify(want))
			wrong.push(`${term}: listed ${got.join(' ')} | contain it: ${want.join(' ')}`);
	}
	return wrong;
}

describe('golden: the listed trends are exactly the pages whose text contains the query', () => {
	test('every keyword of every trend (precision and recall 100 %)', async () => {
		const keywords = [...new Set(pages.flatMap((p) => p.keywords))];
		expect(pages).toHaveLength(10);
		expect(keywords.length).toBeGreaterThan(100);
		expect(await mismatches(keywords)).toEqual([]);
	});

	test('terms taken from the text: Chinese words, English words, numbers', async () => {
		const terms = [...textTerms(pages), '298'];
		expect(terms.length).toBeGreaterThanOrEqual(40);
		expect(terms.filter((t) => /^\d+$/.test(t)).length).toBeGreaterThanOrEqual(4);
		expect(terms.filter((t) => /^[a-z-]+$/.test(t)).length).toBeGreaterThanOrEqual(8);
		expect(await mismatches(terms)).toEqual([]);
	});

	test('the cases of the issue: fragments that share one character with other words', async () => {
		for (const term of ['具身', '开源', '推理', '芯片', '算力'])
			expect(containing(pages, term).length, term).toBeGreaterThan(0);
		expect(await mismatches(['具身', '开源', '推理', '芯片', '算力'])).toEqual([]);
		expect((await search(page, PAGE, '具身')).exact).toEqual([url('embodied-intelligence')]);
	});

	test('several words: a match contains every word; pages with some are partial, listed apart', async () => {
		const keywords = pages.map((p) => p.keywords[0] ?? '');
		const queries = ['芯片 开源', 'MoE 推理', '数据中心 Stargate', '区块链 芯片'].concat(
			keywords.slice(0, 5).map((k, i) => `${k} ${keywords[(i * 3 + 4) % keywords.length]}`),
		);
		expect(await mismatches(queries)).toEqual([]);
		for (const q of queries)
			expect((await search(page, PAGE, q)).partial.sort(), q).toEqual(containingSome(pages, q));
	});

	test('terms the report does not use: no result, and the empty state says so', async () => {
		const absent = ABSENT.filter((t) => containing(pages, t).length === 0);
		expect(absent.length).toBeGreaterThanOrEqual(10);
		for (const term of absent) {
			const got = await search(page, PAGE, term);
			expect([got.exact, got.partial], term).toEqual([[], []]);
			expect(got.status, term).toContain(`“${normalise(term)}”没有出现在本站的趋势页中`);
			expect(await count(page, '#search-page .search-index .chip')).toBeGreaterThan(100);
		}
	});

	test('traditional characters (Hong Kong, Taiwan) find what the simplified form finds', async () => {
		const forms = [Converter({ from: 'cn', to: 'hk' }), Converter({ from: 'cn', to: 'tw' })];
		// One keyword per trend whose traditional form differs, plus 昇腾, whose 昇 the report keeps.
		const picks = pages
			.map((p, i) => {
				const term = p.keywords.find(
					(k) => /\p{Script=Han}/u.test(k) && forms[i % 2]?.(k) !== k && k !== '昇腾',
				);
				return term ? ([term, forms[i % 2]?.(term) ?? term] as const) : undefined;
			})
			.filter((pair) => pair !== undefined)
			.concat([['昇腾', '昇騰']]);
		expect(picks.length).toBeGreaterThanOrEqual(10);
		// A fresh page: the converter is fetched once, and only for a query that needs it.
		const p = await openPage(browser());
		const requests: string[] = [];
		p.on('request', (r) => requests.push(r.url()));
		await p.goto(`${baseUrl()}/search/`);
		expect(await mismatches(['数据中心', '开源', 'MoE'], undefined, p)).toEqual([]);
		expect(requests.filter((u) => u.includes('/t2s.'))).toEqual([]);
		const wrong = await mismatches(
			picks.map(([, traditional]) => traditional),
			(t) => containing(pages, picks.find(([, tr]) => tr === t)?.[0] ?? t),
			p,
		);
		expect(wrong).toEqual([]);
		expect(requests.filter((u) => u.includes('/t2s.'))).toHaveLength(1);
		const got = await search(p, PAGE, '數據中心');
		expect(got.exact).toEqual([url('compute-infrastructure')]);
		expect(got.status).toContain('已按简体“数据中心”搜索');
		await p.close();
	});
});

describe('English and Chinese terms find the same trend', () => {
	const PAIRS: [string, string, string][] = [
		['capex', '资本开支', url('compute-infrastructure')],
		['Stargate', '星际之门', url('compute-infrastructure')],
		['data center', '数据中心', url('compute-infrastructure')],
		['embodied AI', '具身智能', url('embodied-intelligence')],
		['open source', '开源', url('open-source-china')],
		['agent', '智能体', url('agentic-internet')],
		['multimodal', '多模态', url('multimodal-productivity')],
		['pre-training', '预训练', url('pretraining-architecture')],
		['inference', '推理', url('inference-time')],
		['chip', '芯片', url('ai-native-chips')],
		['AI for Science', 'AI4S', url('ai-for-science')],
		['AI hardware', 'AI硬件', url('ai-hardware')],
	];
	test.each(PAIRS)('%s ↔ %s → %s', async (en, zh, expected) => {
		for (const term of [en, zh]) {
			const found = await search(page, PAGE, term);
			expect(found.exact.slice(0, 3)).toContain(expected);
			// The status, and the landing's ?hl= that its bar shows, name the words as the reader
			// typed them (Stargate, AI4S), not in the folded form that was matched.
			for (const word of term.split(' ')) expect(found.status).toContain(`“${word}”`);
			expect(await attr(page, `#${PAGE}-results [role="option"]`, 'href')).toContain(
				`?hl=${encodeURIComponent(term)}`,
			);
		}
	});

	test('a trend whose title contains the term is listed first', async () => {
		for (const [term, first] of [
			['具身智能', url('embodied-intelligence')],
			['芯片', url('ai-native-chips')],
			['多模态', url('multimodal-productivity')],
			['开源', url('open-source-china')],
		] as const)
			expect((await search(page, PAGE, term)).exact[0], term).toBe(first);
	});

	test('the part filter keeps only that part and says when it hides matches', async () => {
		await page.goto(`${baseUrl()}/search/?q=AI&part=${encodeURIComponent('基础设施')}`);
		await settled(page, PAGE, 'AI');
		const hits = await listed(page, PAGE);
		expect(hits.exact.sort()).toEqual([url('ai-native-chips'), url('compute-infrastructure')]);
		await fill(page, `#${PAGE}-input`, '具身');
		await settled(page, PAGE, '具身');
		const hidden = await listed(page, PAGE);
		expect(hidden.exact).toEqual([]);
		expect(hidden.status).toContain('“具身”没有出现在“基础设施”部分；选“全部”可看到 1 条');
		await page.click('label:has(input[value=""])');
		await page.waitForFunction(() => !new URLSearchParams(location.search).has('part'));
		await page.goto(`${baseUrl()}/search/`);
	});
});

describe('search UI', () => {
	test('Ctrl+K opens the dialog; type, arrow, Enter lands on the section with the words highlighted', async () => {
		const p = await openPage(browser(), DESKTOP);
		const errors = watchErrors(p);
		const requests: string[] = [];
		p.on('request', (r) => requests.push(r.url()));
		await p.goto(`${baseUrl()}/trends/ai-hardware/`, { waitUntil: 'networkidle0' });
		expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
		await ctrlK(p);
		const input = `#${DIALOG}-input`;
		await p.waitForSelector(input, { visible: true });
		expect(await p.evaluate(() => document.activeElement?.id)).toBe(`${DIALOG}-input`);
		await p.keyboard.type('星际之门');
		await settled(p, DIALOG, '星际之门');
		const first = `#${DIALOG}-results [role="option"]`;
		expect(await text(p, first)).toContain('趋势 01');
		const marks = await p.$$eval(`#${DIALOG}-results mark`, (ms) => ms.map((m) => m.textContent));
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks)).toEqual(new Set(['星际之门']));
		await p.keyboard.press('ArrowDown');
		expect(await attr(p, first, 'aria-selected')).toBe('true');
		expect(await attr(p, input, 'aria-activedescendant')).toBe(await attr(p, first, 'id'));
		await p.keyboard.press('Enter');
		await waitForURL(p, /\/trends\/compute-infrastructure\/\?hl=.*#[a-z0-9-]+$/);
		const hash = new URL(p.url()).hash.slice(1);
		await p.waitForFunction(
			(id) => {
				const top = document.getElementById(id)?.getBoundingClientRect().top ?? -1;
				return top >= 0 && top < 300;
			},
			{},
			hash,
		);
		await p.waitForFunction(() => document.documentElement.dataset.highlighted);
		const highlighted = await p.evaluate(() =>
			[...(CSS.highlights.get('search') ?? [])].map((r) => (r as Range).toString()),
		);
		expect(highlighted.length).toBeGreaterThan(0);
		expect(new Set(highlighted)).toEqual(new Set(['星际之门']));
		expect(errors).toEqual([]);
		await p.close();
	});

	test('the first exact results show before the glossary aliases are fetched, which then follow', async () => {
		const p = await openPage(browser(), DESKTOP);
		await p.goto(`${baseUrl()}/about/`, { waitUntil: 'networkidle0' });
		// Each request for the aliases' code or table is held until the page has been asked whether
		// its results are already shown (before this design, they waited for the aliases).
		const shownFirst: boolean[] = [];
		await p.setRequestInterception(true);
		p.on('request', (request) => {
			if (!/\/(aliases[.\w-]*\.js|search\/aliases\.json)$/.test(new URL(request.url()).pathname))
				return void request.continue();
			void p
				.evaluate((id) => !!document.querySelector(`#${id}-results [role="option"]`), DIALOG)
				.then((shown) => shownFirst.push(shown))
				.finally(() => void request.continue());
		});
		await ctrlK(p);
		await p.waitForSelector(`#${DIALOG}-input`, { visible: true });
		// The whole query at once: a query typed letter by letter passes through queries of its own.
		await fill(p, `#${DIALOG}-input`, '数据中心');
		await settled(p, DIALOG, '数据中心');
		expect(shownFirst).toEqual([true, true]);
		await p.close();
	});

	test('a trend with the term in several sections lists up to three, each landing on its section', async () => {
		const p = await openPage(browser(), DESKTOP);
		await p.goto(`${baseUrl()}/search/?q=${encodeURIComponent('数据中心')}`);
		await settled(p, PAGE, '数据中心');
		const result = `#${PAGE}-results .search-result`;
		expect(await p.$eval(result, (r) => r.querySelectorAll('[role="option"]').length)).toBe(3);
		const hrefs = await p.$eval(result, (r) =>
			[...r.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
		);
		expect(new Set(hrefs.map((h) => new URL(h).hash)).size).toBe(3);
		for (const h of hrefs) expect(new URL(h).searchParams.get('hl')).toBe('数据中心');
		await p.focus(`#${PAGE}-input`);
		await p.keyboard.press('ArrowDown');
		await p.keyboard.press('ArrowDown');
		await p.keyboard.press('Enter');
		await p.waitForFunction(
			(h) => location.href === h && document.readyState === 'complete',
			{},
			hrefs[1] ?? '',
		);
		await p.waitForFunction(() => Number(document.documentElement.dataset.highlighted) > 0);
		await p.close();
	});

	test('Escape closes the dialog and returns focus to the search button that opened it', async () => {
		const p = await openPage(browser());
		await p.goto(`${baseUrl()}/`);
		await p.focus('[data-rr="search"]');
		await p.keyboard.press('Enter');
		await p.waitForSelector(`#${DIALOG}-input`, { visible: true });
		await p.keyboard.press('Escape');
		expect(await visible(p, 'dialog.search-dialog')).toBe(false);
		expect(
			await p.evaluate(() => document.activeElement?.getAttribute('data-rr') === 'search'),
		).toBe(true);
		await p.close();
	});

	test('no match: the empty state offers the keywords (each a search) and the ten trends', async () => {
		const p = await openPage(browser());
		await p.goto(`${baseUrl()}/search/?q=${encodeURIComponent('火星殖民飞船')}`);
		await settled(p, PAGE, '火星殖民飞船');
		const { status } = await listed(p, PAGE);
		expect(status).toBe('“火星殖民飞船”没有出现在本站的趋势页中。');
		const empty = '#search-page .search-empty';
		expect(await visible(p, empty)).toBe(true);
		expect(await count(p, `${empty} a[href*="/trends/"]`)).toBe(10);
		const keywords = pages.flatMap((pg) => pg.keywords);
		expect(
			await p.$$eval(`${empty} button[data-term]`, (bs) => bs.map((b) => b.textContent)),
		).toEqual(keywords);
		expect(await count(p, `${empty} button[lang="en"]`)).toBeGreaterThan(50);
		await p.click(`${empty} button[data-term="Stargate"]`);
		await settled(p, PAGE, 'Stargate');
		expect((await listed(p, PAGE)).exact).toEqual(containing(pages, 'Stargate'));
		await p.close();
	});

	test('English pages search the English index, by English words and by the Chinese keywords', async () => {
		const en = indexedPages(undefined, '/', 'en');
		expect(en).toHaveLength(10);
		expect(en.every((pg) => pg.url.startsWith('/en/trends/'))).toBe(true);
		const p = await openPage(browser());
		await p.goto(`${baseUrl()}/en/search/`);
		await p.waitForSelector(`#${PAGE}-input`);
		const keywords = [...new Set(en.flatMap((pg) => pg.keywords))];
		const terms = [
			...keywords,
			...textTerms(en).slice(0, 30),
			'data center',
			'compute',
			'open source',
		];
		expect(await mismatches(terms, (t) => containing(en, t), p)).toEqual([]);
		// Chinese terms typed on an English page still find their trend through the keyword line.
		expect((await search(p, PAGE, '具身智能')).exact).toEqual(containing(en, '具身智能'));
		expect(containing(en, '具身智能').length).toBeGreaterThan(0);
		await p.goto(`${baseUrl()}/en/search/?q=${encodeURIComponent('火星殖民飞船')}`);
		await settled(p, PAGE, '火星殖民飞船');
		expect((await listed(p, PAGE)).status).toBe(
			'“火星殖民飞船” does not appear in the trend pages of this site.',
		);
		await p.close();
	});

	test('the dialog and /search/ are the same panel and list the same results', async () => {
		const p = await openPage(browser());
		await p.goto(`${baseUrl()}/`);
		await ctrlK(p);
		await p.waitForSelector(`#${DIALOG}-input`, { visible: true });
		const q = await openPage(browser());
		// The panel is written twice (SearchPanel.astro, and client/search/panel.ts for the dialog,
		// built on use): the two must not drift. Compared once the page's panel is wired (at the
		// reader's first move, a key here) and the dialog's empty state holds the list of trends.
		await q.goto(`${baseUrl()}/search/`);
		await q.keyboard.press('Shift');
		await q.waitForSelector(`#${PAGE}-input[role="combobox"]`);
		await p.waitForSelector(`#${DIALOG}-input ~ .search-empty .report-index`);
		const shape = await panelShape(q, PAGE);
		expect(shape).toContain('search-chips');
		expect(await panelShape(p, DIALOG)).toBe(shape);
		for (const term of ['芯片 开源', '數據中心', 'MoE', '元宇宙']) {
			const inDialog = await search(p, DIALOG, term);
			await q.goto(`${baseUrl()}/search/?q=${encodeURIComponent(term)}`);
			await settled(q, PAGE, term);
			expect(await listed(q, PAGE), term).toEqual(inDialog);
		}
		await p.close();
		await q.close();
	});

	test('hostile and odd queries never throw and never inject markup', async () => {
		const p = await openPage(browser());
		const errors = watchErrors(p);
		await p.goto(`${baseUrl()}/search/`);
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
			'<mark>数据</mark>',
		];
		for (const q of queries) await search(p, PAGE, q);
		expect(
			await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
		).toBeUndefined();
		expect(await count(p, '#search-page img, #search-page script, #search-page svg')).toBe(0);
		expect(errors).toEqual([]);
		await p.close();
	});
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('accessibility of results', () => {
	test.each(['light', 'dark'] as const)(
		'axe: results, partial matches and the empty state (%s)',
		async (colorScheme) => {
			const p = await openPage(browser(), { ...DESKTOP, colorScheme });
			const found: string[] = [];
			for (const term of ['芯片 开源', '元宇宙']) {
				await p.goto(`${baseUrl()}/search/?q=${encodeURIComponent(term)}`);
				await settled(p, PAGE, term);
				await p.evaluate(AXE);
				const violations = await p.evaluate(async () => {
					const axe = (
						window as unknown as {
							axe: {
								run: (
									c: unknown,
									o: unknown,
								) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
							};
						}
					).axe;
					const r = await axe.run(document, {
						runOnly: {
							type: 'tag',
							values: ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
						},
						rules: { 'target-size': { enabled: true } },
					});
					return r.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
				});
				found.push(...violations.map((v) => `${term} ${v}`));
			}
			expect(found).toEqual([]);
			await p.close();
		},
	);
});

describe('the /search/ page', () => {
	test('the URL holds query and filter; back and forward restore them', async () => {
		const p = await openPage(browser());
		// The page's long timers held, so that "the reader pauses typing" is a jump in time, not a
		// sleep.
		await p.evaluateOnNewDocument(HELD_TIMERS);
		await p.goto(
			`${baseUrl()}/search/?q=${encodeURIComponent('芯片')}&part=${encodeURIComponent('基础设施')}`,
		);
		await p.waitForSelector(`#${PAGE}-results [role="option"]`);
		expect(await value(p)).toBe('芯片');
		expect(
			await p.$eval(
				'input[type="radio"][value="基础设施"]',
				(r) => (r as HTMLInputElement).checked,
			),
		).toBe(true);

		await fill(p, `#${PAGE}-input`, '多模态');
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '多模态');
		// A pause after typing settles the history entry (the page waits 700 ms for one).
		await advance(p, 1000);
		await p.click('label:has(input[value=""])');
		await p.waitForFunction(() => !new URLSearchParams(location.search).has('part'));

		await p.goBack();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('part') === '基础设施');
		expect(await value(p)).toBe('多模态');
		await p.goBack();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '芯片');
		expect(await value(p)).toBe('芯片');
		await p.goForward();
		await p.waitForFunction(() => new URLSearchParams(location.search).get('q') === '多模态');
		await p.close();
	});

	test('its field is in the page: typed before the search code runs, the query counts', async () => {
		const p = await openPage(browser(), { serviceWorker: false });
		// The page's own script is held back until the reader has typed.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await p.setRequestInterception(true);
		p.on('request', (request) => {
			if (!/\/_astro\/search\.astro_astro_type_script_[^/]*\.js$/.test(request.url()))
				return void request.continue();
			void held.then(() => request.continue());
		});
		// Not awaited: the page's load waits for the held script.
		const loading = p.goto(`${baseUrl()}/search/`);
		await p.waitForSelector(`#${PAGE}-input`);
		await fill(p, `#${PAGE}-input`, '具身智能');
		expect(await count(p, `#${PAGE}-results [role=option]`)).toBe(0);
		release();
		await loading;
		await settled(p, PAGE, '具身智能');
		expect((await listed(p, PAGE)).exact).toEqual(containing(pages, '具身智能'));
		expect(new URL(p.url()).searchParams.get('q')).toBe('具身智能');
		await p.close();
	});

	test("on /search/ the header's search control and Ctrl+K go to the page's own field, its words selected, with no dialog over it", async () => {
		const p = await openPage(browser(), { serviceWorker: false });
		const fetched: string[] = [];
		p.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
		await p.goto(`${baseUrl()}/search/`, { waitUntil: 'networkidle0' });
		await p.keyboard.type('芯片');
		await settled(p, PAGE, '芯片');
		const selected = () =>
			p.evaluate(() => {
				const field = document.activeElement as HTMLInputElement | null;
				return [field?.id, field?.selectionStart, field?.selectionEnd];
			});
		for (const reach of [() => ctrlK(p), () => p.click('[data-rr="search"]')]) {
			await p.click('main h1');
			expect((await selected())[0]).not.toBe(`${PAGE}-input`);
			await reach();
			await p.waitForFunction((id) => document.activeElement?.id === id, {}, `${PAGE}-input`);
			expect(await selected()).toEqual([`${PAGE}-input`, 0, 2]);
		}
		expect(new URL(p.url()).pathname).toBe('/search/');
		expect(await count(p, 'dialog')).toBe(0);
		// The dialog's copy of the search styles: the page has them in its own stylesheet.
		expect(fetched.filter((path) => /\/_astro\/search\.[\w-]+\.css$/.test(path))).toEqual([]);
		await p.close();
	});

	test('with nothing typed it lists the ten trends, from its HTML; the search code waits for the first move', async () => {
		const p = await openPage(browser(), { serviceWorker: false });
		const fetched: string[] = [];
		p.on('request', (r) => void fetched.push(new URL(r.url()).pathname));
		const searchCode = () =>
			fetched.filter((path) => /\/pagefind\/|\/menu\.json$|\/_astro\/panel\./.test(path));
		await p.goto(`${baseUrl()}/search/`, { waitUntil: 'networkidle0' });
		const trends = '#search-page .search-empty a[href*="/trends/"]';
		expect(await count(p, trends)).toBe(10);
		expect(await count(p, '#search-page .search-chips input[type=radio]')).toBe(5);
		expect(await p.evaluate(() => document.activeElement?.id)).toBe(`${PAGE}-input`);
		// Opened and left alone, the page has loaded no search code (issue 25).
		expect(searchCode()).toEqual([]);
		await p.keyboard.type('芯片');
		await settled(p, PAGE, '芯片');
		expect(searchCode().some((path) => path.includes('/pagefind/'))).toBe(true);
		expect((await listed(p, PAGE)).exact.sort()).toEqual(containing(pages, '芯片').sort());
		await p.close();
	});

	test('without JavaScript it says search needs JavaScript and links to the trends', async () => {
		const p = await openPage(browser(), { javaScript: false });
		await p.goto(`${baseUrl()}/search/`);
		expect(await text(p, 'main')).toContain('搜索需要 JavaScript');
		// The field, which would do nothing, is not shown.
		expect(await visible(p, `#${PAGE}-input`)).toBe(false);
		expect(await count(p, 'main noscript a, main a[href="/#overview"]')).toBeGreaterThan(0);
		await p.close();
	});
});
