/** Assertions on the production build in dist/ (built by the global setup). */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distHas, htmlFiles, readDist } from '../helpers/dist';
import { findBrokenLinks } from '../helpers/links';
import { PARTS, TRENDS } from '../helpers/report';

const doc = (path: string) => parseHTML(readDist(path)).document;

describe('built pages', () => {
	test('every page of the site exists', () => {
		const pages = [
			'index.html',
			'about/index.html',
			'404.html',
			...PARTS.map((p) => `parts/${p}/index.html`),
			...TRENDS.map((t) => `trends/${t}/index.html`),
		];
		for (const page of pages) expect(distHas(page), page).toBe(true);
	});

	test('every page says its language (Chinese, or English under /en/), has one h1, a skip link and a main landmark', () => {
		// /t/N/ are bare redirect pages, checked in meta.test.ts.
		for (const file of htmlFiles().filter((f) => !f.includes('/t/'))) {
			const { document } = parseHTML(readFileSync(file, 'utf8'));
			expect(document.documentElement.getAttribute('lang'), file).toBe(
				file.includes('/dist/en/') ? 'en' : 'zh-CN',
			);
			expect(document.querySelectorAll('h1').length, file).toBe(1);
			expect(document.querySelector('a[href="#main"]'), file).not.toBeNull();
			expect(document.querySelector('main#main'), file).not.toBeNull();
		}
	});

	test('every internal link and anchor resolves', () => {
		const { checked, broken } = findBrokenLinks();
		expect(checked).toBeGreaterThan(300);
		expect(broken).toEqual([]);
	});

	test('no page references another origin for scripts, styles, images or fonts', () => {
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			const { document } = parseHTML(html);
			const external = [
				...document.querySelectorAll(
					'script[src], link[rel="stylesheet"], link[rel="preload"], img[src], iframe',
				),
			]
				.map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
				.filter((u) => /^(https?:)?\/\//.test(u));
			expect(external, file).toEqual([]);
			expect(html).not.toMatch(/@font-face|fonts\.googleapis|cunlove/);
		}
	});
});

describe('trend pages', () => {
	test.each(TRENDS.map((slug, i) => [i + 1, slug] as const))(
		'trend %i (%s): h1, breadcrumb, prev/next',
		(n, slug) => {
			const document = doc(`trends/${slug}/index.html`);
			const h1 = document.querySelector('h1')?.textContent ?? '';
			expect(h1).toContain(`趋势 ${n}`);
			const title = document.querySelector('title')?.textContent ?? '';
			expect(title).toMatch(new RegExp(`^趋势 ${n}：`));
			// The h1 carries both clauses of the title.
			const [, full] = /^趋势 \d+：(.*?) · /.exec(title) ?? [];
			for (const piece of (full ?? '').split(/[：，、]/).filter((p) => p.length > 3))
				expect(h1.replace(/\s/g, '')).toContain(piece.replace(/\s/g, ''));

			const crumbs = [...document.querySelectorAll('nav[aria-label="位置"] li')].map((li) =>
				li.textContent?.replace(/[›\s]/g, ''),
			);
			expect(crumbs[0]).toBe('首页');
			expect(crumbs[1]).toMatch(/^Part\d/);
			expect(crumbs[2]).toBe(`趋势${n}`);

			const prev = document.querySelector('a[rel="prev"]')?.getAttribute('href');
			const next = document.querySelector('a[rel="next"]')?.getAttribute('href');
			expect(prev).toBe(n === 1 ? undefined : `/trends/${TRENDS[n - 2]}/`);
			expect(next).toBe(n === 10 ? undefined : `/trends/${TRENDS[n]}/`);

			expect(document.querySelector('section[aria-labelledby="sources"] li')).not.toBeNull();
			expect(
				document.querySelectorAll('nav[aria-labelledby="toc-title"] a').length,
			).toBeGreaterThan(1);
		},
	);

	test("a Chinese title comes in pieces kept whole (.w), an English one wraps as text; the header's short name in two lines kept whole", () => {
		const pieces = (path: string) =>
			[...doc(path).querySelectorAll('.trend-head h1 .w')].map((w) => w.textContent);
		expect(pieces('trends/compute-infrastructure/index.html').join('|')).toBe(
			'算力基建化：|数据中心|需求|狂|飙|算力|经济|是|智能|产业|第一|大|引擎',
		);
		for (const slug of TRENDS) expect(pieces(`en/trends/${slug}/index.html`), slug).toEqual([]);
		// The header's short name breaks only before its last word, in either language.
		const short = (path: string) =>
			[...doc(path).querySelectorAll('.brand .short .w')].map((w) => w.textContent);
		expect(short('index.html')).toEqual(['AI', '十大趋势']);
		expect(short('en/index.html')).toEqual(['AI Top 10', 'Trends']);
	});

	test('trend 9 says that its part is inferred; the others do not', () => {
		for (const slug of TRENDS) {
			const text = doc(`trends/${slug}/index.html`).querySelector('main')?.textContent ?? '';
			expect(text.includes('所属部分为推断'), slug).toBe(slug === 'ai-for-science');
		}
	});
});

describe('home and part pages', () => {
	test('home links to all ten trends inside their four parts, in order', () => {
		const document = doc('index.html');
		const columns = [...document.querySelectorAll('#overview + p + ol > li')];
		expect(columns.map((c) => c.getAttribute('data-part'))).toEqual(PARTS);
		const hrefs = columns.flatMap((c) =>
			[...c.querySelectorAll(':scope ol a')].map((a) => a.getAttribute('href')),
		);
		expect(hrefs).toEqual(TRENDS.map((t) => `/trends/${t}/`));
	});

	test('each part page lists exactly its trends', () => {
		const expected: Record<string, string[]> = {
			infrastructure: TRENDS.slice(0, 2),
			'model-evolution': TRENDS.slice(2, 5),
			'application-landscape': TRENDS.slice(5, 9),
			'china-time': TRENDS.slice(9),
		};
		for (const part of PARTS) {
			const links = [
				...doc(`parts/${part}/index.html`).querySelectorAll('#part-trends + ol a'),
			].map((a) => a.getAttribute('href'));
			expect(links, part).toEqual((expected[part] ?? []).map((t) => `/trends/${t}/`));
		}
	});

	test('404 offers every trend', () => {
		const links = [...doc('404.html').querySelectorAll('main a[href^="/trends/"]')].map((a) =>
			a.getAttribute('href'),
		);
		expect(new Set(links)).toEqual(new Set(TRENDS.map((t) => `/trends/${t}/`)));
	});

	test('each 404 page has a search box that works without JS, and names both editions’ homes and 404 pages, which exist', () => {
		for (const [file, home, search] of [
			['404.html', '/', '/search/'],
			['en/404/index.html', '/en/', '/en/search/'],
		] as const) {
			const page = doc(file);
			const form = page.querySelector('form[role="search"]');
			expect(form?.getAttribute('action'), file).toBe(search);
			expect(form?.getAttribute('method'), file).toBe('get');
			expect(
				form?.querySelector('input[type="search"][name="q"]')?.getAttribute('aria-label'),
			).toBeTruthy();
			expect(form?.querySelector('button[type="submit"]')?.textContent?.trim()).toBeTruthy();
			const box = page.querySelector<HTMLElement>('[data-notfound]');
			const data = { ...box?.dataset };
			expect(data.home, file).toBe(home);
			for (const url of [data.notfound, data.twinHome, data.twinNotfound])
				expect(distHas(url?.endsWith('/') ? `${url}index.html` : `${url}`), url).toBe(true);
			expect([data.notfound, data.twinNotfound].sort()).toEqual(['/404.html', '/en/404/']);
			expect(data.guess && data.missing, file).toBeTruthy();
			expect(box?.querySelector('.nf-guess[aria-live="polite"]'), file).not.toBeNull();
		}
	});
});
