/** Social metadata, social cards, ids, short links, sitemap and structured data in the build. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { DIST, distHas, readDist } from '../helpers/dist';
import { headPages, pngSize } from '../helpers/built-pages';
import { fileFor } from '../helpers/links';

describe('social metadata', () => {
	test('every page has title, description, canonical, Open Graph and the Twitter card type', () => {
		for (const { path, document } of headPages()) {
			const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
			expect(document.title.length, path).toBeGreaterThan(2);
			expect(meta('meta[name="description"]').length, path).toBeGreaterThan(10);
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(
				/^https?:\/\//,
			);
			for (const p of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:locale'])
				expect(meta(`meta[property="${p}"]`), `${path} ${p}`).not.toBe('');
			// X takes title and image from og:title and og:image (asserted above) when its own are absent.
			expect(meta('meta[name="twitter:card"]'), path).toBe('summary_large_image');
		}
	});

	test('every social image exists as a 1200×630 PNG; trends and parts have their own', () => {
		const images = new Set<string>();
		for (const { path, document } of headPages()) {
			const url = new URL(
				document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
			);
			const file = fileFor(url.pathname);
			expect(file, `${path} → ${url.pathname}`).toBeDefined();
			expect(pngSize(file ?? '')).toEqual([1200, 630]);
			if (/^\/(en\/)?(trends|parts)\//.test(path))
				expect(url.pathname).toBe(`/og${path.replace(/\/$/, '')}.png`);
			if (path.startsWith('/en/')) expect(url.pathname, path).toMatch(/^\/og\/en\//);
			images.add(url.pathname);
		}
		// Home, four parts and ten trends, in each language.
		expect(images.size).toBe(30);
	});

	test('JSON-LD describes the report and each trend', () => {
		const ld = (path: string) =>
			JSON.parse(
				parseHTML(readDist(path)).document.querySelector('script[type="application/ld+json"]')
					?.textContent ?? 'null',
			) as Record<string, unknown>;
		expect(ld('index.html')['@type']).toBe('Report');
		const trend = ld('trends/ai-hardware/index.html');
		expect(trend['@type']).toBe('Article');
		expect(trend.headline).toMatch(/^趋势8：AI硬件百端齐放/);
	});

	test('sitemap and robots.txt use the configured site URL', () => {
		expect(distHas('sitemap-index.xml')).toBe(true);
		const sitemap = readDist('sitemap-0.xml');
		// 18 pages in each language (the glossary among them), each listing both (hreflang).
		expect(sitemap.match(/<loc>/g)?.length).toBe(36);
		expect(sitemap).toContain('/trends/compute-infrastructure/</loc>');
		expect(sitemap).toContain('/en/trends/compute-infrastructure/</loc>');
		expect(sitemap.match(/hreflang="en"/g)?.length).toBe(36);
		expect(sitemap.match(/hreflang="zh-CN"/g)?.length).toBe(36);
		expect(sitemap).not.toContain('/t/1/');
		expect(readDist('robots.txt')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	});
});

describe('two editions', () => {
	test('every page names its language and links its twin (hreflang zh-CN, en, x-default) and the header switch', () => {
		for (const { path, document } of headPages().filter((p) => !p.path.includes('404'))) {
			const en = path.startsWith('/en/');
			expect(document.documentElement.getAttribute('lang'), path).toBe(en ? 'en' : 'zh-CN');
			const zhPath = path.replace(/^\/en\//, '/');
			const alt = (lang: string) =>
				new URL(
					document
						.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)
						?.getAttribute('href') ?? '',
				).pathname;
			expect([alt('zh-CN'), alt('en'), alt('x-default')], path).toEqual([
				zhPath,
				`/en${zhPath}`,
				zhPath,
			]);
			expect(fileFor(alt(en ? 'zh-CN' : 'en')), path).toBeDefined();
			expect(
				document.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
				path,
			).toBe(en ? 'en_US' : 'zh_CN');
			// An embed (/embed/<id>/) has no site chrome, so no header switch.
			if (/^\/(en\/)?embed\//.test(path)) {
				expect(document.querySelector('.site-header'), path).toBeNull();
				continue;
			}
			expect(document.querySelector('a.lang-switch')?.getAttribute('href'), path).toBe(
				en ? zhPath : `/en${zhPath}`,
			);
		}
	});

	test('English trend pages: English JSON-LD and APA 7 + BibTeX citations', () => {
		const { document } = parseHTML(readDist('en/trends/inference-time/index.html'));
		const ld = JSON.parse(
			document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
		) as Record<string, unknown>;
		expect(ld.inLanguage).toBe('en');
		expect(ld.headline).toMatch(/^Trend 4: /);
		expect(document.querySelector('#cite-gbt')).toBeNull();
		const apa = document.querySelector('#cite-apa')?.textContent ?? '';
		// The access date is APA's own pattern until the browser puts the reader's day in.
		expect(apa).toMatch(
			/^AI Top 10 Trends 2025 · Reader\. \(2025, December 10\)\. Trend 4: .+\. Retrieved Month Day, Year, from https?:\/\/\S+\/en\/trends\/inference-time\//,
		);
		expect(apa).toContain(
			'QbitAI Insights. (2025). 2025年度AI十大趋势报告 [QbitAI Annual AI TOP10 Report 2025] [Report].',
		);
		// BibTeX comes on use, from the English edition's own file.
		expect(document.querySelector('#cite-bibtex')?.getAttribute('data-src')).toBe(
			'/en/cite/inference-time.bib',
		);
		const bib = readDist('en/cite/inference-time.bib');
		expect(bib).toContain('@misc{qbitai2025top10-trend4,');
		expect(bib).toContain('title = {{Trend 4: Large-model deployment enters');
	});
});

describe('ids and anchors', () => {
	test('every id on every page is ASCII and unique within its page', () => {
		for (const { path, document } of headPages()) {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			expect(
				ids.filter((id) => !/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)),
				path,
			).toEqual([]);
			expect(ids.length, path).toBe(new Set(ids).size);
		}
	});

	test('every h2/h3 in a trend has an id, and the page has the copy-link button its heading buttons copy', () => {
		for (const { path, document } of headPages().filter((p) => /^\/(en\/)?trends\//.test(p.path))) {
			const headings = [...document.querySelectorAll('.prose-zh h2, .prose-zh h3')];
			expect(headings.length, path).toBeGreaterThan(1);
			for (const h of headings) {
				expect(h.id, path).toMatch(/^[a-z0-9-]+$/);
				expect(h.parentElement?.matches('.heading-row'), `${path}#${h.id}`).toBe(true);
			}
			// client/share/headings.ts gives each heading a copy of this button (tests/e2e/deeplinks.test.ts).
			expect(
				document.querySelector('.trend-head .copy-link [data-rr="copy"]'),
				path,
			).not.toBeNull();
			expect(document.querySelector('[data-copy-name]')?.getAttribute('data-copy-name'), path).toBe(
				path.startsWith('/en/') ? 'Copy link to {label}' : '复制链接：{label}',
			);
		}
	});
});

describe('short links and citations', () => {
	test.each(['', 'en/'])(
		'/%st/1/ … /t/10/ redirect to the trends, with a visible link',
		(prefix) => {
			const trends = headPages().filter((p) => p.path.startsWith(`/${prefix}trends/`));
			for (let n = 1; n <= 10; n++) {
				const { document } = parseHTML(readDist(`${prefix}t/${n}/index.html`));
				const target = trends.find(
					(t) =>
						t.document.querySelector('[data-pagefind-meta="number"]')?.textContent === String(n),
				)?.path;
				expect(target, `trend ${n}`).toBeDefined();
				expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
					`0; url=${target}`,
				);
				expect(document.querySelector(`a[href="${target}"]`)).not.toBeNull();
			}
		},
	);

	test('each trend offers GB/T 7714 in the page and BibTeX as a file it links to', () => {
		const { document } = parseHTML(readDist('trends/inference-time/index.html'));
		const gbt = document.querySelector('#cite-gbt')?.textContent ?? '';
		expect(gbt).toMatch(
			/^AI十大趋势2025 · 阅读版\. 趋势4：大模型落地进入推理时间，推理需求倒逼模型创新\[EB\/OL\]\. \(2025-12-10\)\[引用日期\]\. https?:\/\/\S+\/trends\/inference-time\/\./,
		);
		expect(gbt).toContain('量子位智库. 2025年度AI十大趋势报告[R]. 2025.');
		// BibTeX comes on use (its copy button fills the empty block), or as a download without JS.
		const block = document.querySelector('#cite-bibtex');
		expect(block?.textContent).toBe('');
		const src = block?.getAttribute('data-src') ?? '';
		expect(src).toBe('/cite/inference-time.bib');
		expect(document.querySelector(`.cite a[href="${src}"][download]`)).not.toBeNull();
		const bib = readDist(src.slice(1));
		expect(bib).toContain('@techreport{qbitai2025top10,');
		expect(bib).toContain('@misc{qbitai2025top10-trend4,');
		expect(bib).toMatch(/howpublished = \{\\url\{https?:\/\/\S+\/trends\/inference-time\/\}\}/);
	});

	test('no file carries the day it was built: the access date is the reader’s (client/cite-date.ts)', () => {
		// A build on another day is then the same site: no page, Markdown, BibTeX or figure data
		// changes, so no offline copy is downloaded again for it.
		const built = statSync(join(DIST, 'index.html')).mtime;
		const days = [
			built.toISOString().slice(0, 10),
			`${built.getFullYear()}-${String(built.getMonth() + 1).padStart(2, '0')}-${String(built.getDate()).padStart(2, '0')}`,
			`${built.toLocaleDateString('en-US', { month: 'long', timeZone: 'UTC' })} ${built.getUTCDate()}, ${built.getUTCFullYear()}`,
		];
		const text = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
				const p = join(dir, d.name);
				if (d.isDirectory()) return d.name === 'pagefind' ? [] : text(p);
				return /\.(html|md|bib|json|csv|txt|xml|js)$/.test(d.name) ? [p] : [];
			});
		const files = text(DIST);
		expect(files.filter((f) => f.endsWith('.bib')).length).toBeGreaterThan(0);
		expect(files.filter((f) => days.some((day) => readFileSync(f, 'utf8').includes(day)))).toEqual(
			[],
		);
	});
});
