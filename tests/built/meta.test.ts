/** Social metadata, social cards, ids, short links, sitemap and structured data in the build. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { distHas, htmlFiles, readDist, urlPath } from '../helpers/dist';
import { fileFor } from '../helpers/links';

const pages = () =>
	htmlFiles()
		.filter((f) => !urlPath(f).startsWith('/t/'))
		.map((f) => ({ path: urlPath(f), document: parseHTML(readFileSync(f, 'utf8')).document }));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
	const b = readFileSync(file);
	expect(b.subarray(1, 4).toString()).toBe('PNG');
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('social metadata', () => {
	test('every page has title, description, canonical, Open Graph and Twitter tags', () => {
		for (const { path, document } of pages()) {
			const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? '';
			expect(document.title.length, path).toBeGreaterThan(2);
			expect(meta('meta[name="description"]').length, path).toBeGreaterThan(10);
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(
				/^https?:\/\//,
			);
			for (const p of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:locale'])
				expect(meta(`meta[property="${p}"]`), `${path} ${p}`).not.toBe('');
			for (const n of ['twitter:card', 'twitter:title', 'twitter:image'])
				expect(meta(`meta[name="${n}"]`), `${path} ${n}`).not.toBe('');
		}
	});

	test('every social image exists as a 1200×630 PNG; trends and parts have their own', () => {
		const images = new Set<string>();
		for (const { path, document } of pages()) {
			const url = new URL(
				document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '',
			);
			const file = fileFor(url.pathname);
			expect(file, `${path} → ${url.pathname}`).toBeDefined();
			expect(pngSize(file ?? '')).toEqual([1200, 630]);
			if (path.startsWith('/trends/') || path.startsWith('/parts/'))
				expect(url.pathname).toBe(`/og${path.replace(/\/$/, '')}.png`);
			images.add(url.pathname);
		}
		expect(images.size).toBe(15);
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
		expect(sitemap.match(/<loc>/g)?.length).toBe(17);
		expect(sitemap).toContain('/trends/compute-infrastructure/</loc>');
		expect(sitemap).not.toContain('/t/1/');
		expect(readDist('robots.txt')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
	});
});

describe('ids and anchors', () => {
	test('every id on every page is ASCII and unique within its page', () => {
		for (const { path, document } of pages()) {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			expect(
				ids.filter((id) => !/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)),
				path,
			).toEqual([]);
			expect(ids.length, path).toBe(new Set(ids).size);
		}
	});

	test('every h2/h3 in a trend has an id, and the page has the copy-link button its heading buttons copy', () => {
		for (const { path, document } of pages().filter((p) => p.path.startsWith('/trends/'))) {
			const headings = [...document.querySelectorAll('.prose-zh h2, .prose-zh h3')];
			expect(headings.length, path).toBeGreaterThan(1);
			for (const h of headings) {
				expect(h.id, path).toMatch(/^[a-z0-9-]+$/);
				expect(h.parentElement?.matches('.heading-row'), `${path}#${h.id}`).toBe(true);
			}
			// client/boot.ts gives each heading a copy of this button (tests/e2e/deeplinks.test.ts).
			expect(
				document.querySelector('.trend-head .copy-link [data-rr="copy"]'),
				path,
			).not.toBeNull();
			expect(document.querySelector('[data-copy-name]')?.getAttribute('data-copy-name'), path).toBe(
				'复制链接：{label}',
			);
		}
	});
});

describe('short links and citations', () => {
	test('/t/1/ … /t/10/ redirect to the trends, with a visible link', () => {
		const trends = pages().filter((p) => p.path.startsWith('/trends/'));
		for (let n = 1; n <= 10; n++) {
			const { document } = parseHTML(readDist(`t/${n}/index.html`));
			const target = trends.find(
				(t) => t.document.querySelector('[data-pagefind-meta="number"]')?.textContent === String(n),
			)?.path;
			expect(target, `trend ${n}`).toBeDefined();
			expect(document.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
				`0; url=${target}`,
			);
			expect(document.querySelector(`a[href="${target}"]`)).not.toBeNull();
		}
	});

	test('each trend offers GB/T 7714 in the page and BibTeX as a file it links to', () => {
		const { document } = parseHTML(readDist('trends/inference-time/index.html'));
		const gbt = document.querySelector('#cite-gbt')?.textContent ?? '';
		expect(gbt).toMatch(
			/^AI十大趋势2025 · 阅读版\. 趋势4：大模型落地进入推理时间，推理需求倒逼模型创新\[EB\/OL\]\. \(2025-12-10\)\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/trends\/inference-time\/\./,
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
});
