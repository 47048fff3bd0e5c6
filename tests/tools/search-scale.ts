/**
 * How search grows (`npm run bench:search`, after `npm run build`): synthetic sites of 10, 100 and
 * 1,000 trend pages, re-combined from this site's own indexed text (the built Chinese trend pages'
 * sections, so every word is real), indexed by Pagefind and the search integration (its
 * character-pair index past SCALE pages), searched in Chromium exactly as the panel searches. For each size: the first query's bytes (gzip, as a first visit fetches them) and time,
 * the Pagefind files it takes, and the exact tier's precision and recall against the pages' text.
 * Figures, not pass/fail; the README's Search section quotes them.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { writeGramIndex } from '../../src/integrations/pagefind.mjs';
import { launchChromium } from '../helpers/chromium';
import { DIST, htmlFiles } from '../helpers/dist';
import { normalise, PAGEFIND_EXCLUDED } from '../helpers/golden';

const SIZES = [10, 100, 1000];
const RUNS = 3;

interface Section {
	heading: string;
	paragraphs: string[];
}
interface Source {
	title: string;
	part: string;
	keywords: string[];
	sections: Section[];
}

/** The built Chinese trend pages, as their indexed sections. */
function sources(): Source[] {
	const out: Source[] = [];
	for (const file of htmlFiles(DIST)) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const body = document.querySelector('[data-pagefind-body]');
		if (!body || document.documentElement.getAttribute('lang') !== 'zh-CN') continue;
		// Metadata and filters first: Pagefind reads them from elements its index leaves out too (the
		// hidden ones).
		const meta = (name: string) =>
			document.querySelector(`[data-pagefind-meta="${name}"]`)?.textContent ?? '';
		const title = meta('title');
		const keywords = meta('keywords').split(' · ');
		const part = document.querySelector('[data-pagefind-filter="part"]')?.textContent ?? '';
		for (const el of body.querySelectorAll(
			['[data-pagefind-ignore]', ...PAGEFIND_EXCLUDED].join(', '),
		))
			el.remove();
		const sections: Section[] = [];
		for (const h of body.querySelectorAll('h2')) {
			const paragraphs: string[] = [];
			for (let n = h.nextElementSibling; n && n.tagName !== 'H2'; n = n.nextElementSibling)
				if (n.textContent?.trim()) paragraphs.push(n.textContent.trim());
			sections.push({ heading: h.textContent?.trim() ?? '', paragraphs });
		}
		out.push({
			title,
			part,
			keywords,
			sections,
		});
	}
	return out;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Page {
	url: string;
	text: string;
	keywords: string[];
}

/**
 * Page i of n: the title and keywords of source i, and four sections taken in turn from all the
 * sources, so pages share words the way the report's trends do, but no two pages are the same.
 */
function synthesize(all: Source[], n: number, dir: string): Page[] {
	const pool = all.flatMap((s) => s.sections);
	const pages: Page[] = [];
	for (let i = 0; i < n; i++) {
		const src = all[i % all.length] as Source;
		const sections = Array.from(
			{ length: 4 },
			(_, j) => pool[(i * 7 + j * 13) % pool.length] as Section,
		);
		const title = `${src.title}（${i + 1}）`;
		const body = sections
			.map(
				(s, j) =>
					`<h2 id="s${j}">${esc(s.heading)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}`,
			)
			.join('');
		// Number and part as attributes: as on the site, they are metadata, not indexed text.
		const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main data-pagefind-body data-pagefind-meta="number:${i + 1}" data-pagefind-filter="part:${esc(src.part)}"><h1 data-pagefind-meta="title">${esc(title)}</h1><p><span data-pagefind-meta="keywords">${esc(src.keywords.join(' · '))}</span></p>${body}</main></body></html>`;
		const url = `/p/${i + 1}/`;
		mkdirSync(join(dir, 'p', String(i + 1)), { recursive: true });
		writeFileSync(join(dir, 'p', String(i + 1), 'index.html'), html);
		const text = [
			title,
			src.keywords.join(' · '),
			...sections.flatMap((s) => [s.heading, ...s.paragraphs]),
		];
		pages.push({ url, text: normalise(text.join(' ')), keywords: src.keywords });
	}
	return pages;
}

/** Queries: every keyword, and words segmented from the text (two to four Chinese characters, English words). */
function queries(pages: Page[]): string[] {
	const keywords = [...new Set(pages.flatMap((p) => p.keywords))];
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	const words = new Set<string>();
	for (const p of pages.slice(0, 10))
		for (const s of segmenter.segment(p.text))
			if (s.isWordLike && /^(\p{Script=Han}{2,4}|[a-z]{4,})$/u.test(s.segment))
				words.add(s.segment);
	const list = [...words].sort();
	return [...keywords, ...list.filter((_, i) => i % Math.ceil(list.length / 60) === 0)];
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.json': 'application/json',
};

/** A static server that counts the bytes it sends: gzip for text, as is for Pagefind's own (already compressed) files. */
function serveDir(dir: string) {
	const sent = { bytes: 0, files: 0, text: 0, grams: 0 };
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
		try {
			let body = readFileSync(file);
			const type = TYPES[extname(file)];
			if (type) body = gzipSync(body);
			res.writeHead(200, {
				'Content-Type': type ?? 'application/octet-stream',
				...(type ? { 'Content-Encoding': 'gzip' } : {}),
			});
			if (path.startsWith('/pagefind/')) {
				sent.bytes += body.length;
				sent.files++;
				if (path.includes('/fragment/')) sent.text += body.length;
				if (path.includes('/grams/')) sent.grams += body.length;
			}
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	return { server, sent };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const all = sources();
const root = join(tmpdir(), `search-scale-${process.pid}`);
const browser = await launchChromium();
const rows: string[] = [];
try {
	for (const n of SIZES) {
		const dir = join(root, String(n));
		const pages = synthesize(all, n, dir);
		const { index } = await pagefind.createIndex({});
		if (!index) throw new Error('pagefind: no index');
		await index.addDirectory({ path: dir });
		await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		writeGramIndex(join(dir, 'pagefind'));
		await build({
			entryPoints: [join(import.meta.dirname, 'search-scale-page.ts')],
			outfile: join(dir, 'bench.js'),
			bundle: true,
			format: 'esm',
			minify: true,
			alias: { '~': join(import.meta.dirname, '../../src') },
			logLevel: 'warning',
		});
		writeFileSync(
			join(dir, 'index.html'),
			'<!DOCTYPE html><meta charset="utf-8"><script type="module" src="/bench.js"></script>',
		);
		const { server, sent } = serveDir(dir);
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const address = server.address();
		const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
		const first: { ms: number; bytes: number; files: number; text: number; grams: number }[] = [];
		let precision = { hit: 0, listed: 0 };
		let recall = { hit: 0, want: 0 };
		for (let run = 0; run < RUNS; run++) {
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			await page.goto(`${origin}/`);
			await page.waitForFunction(() => 'benchQuery' in window);
			sent.bytes = 0;
			sent.files = 0;
			sent.text = 0;
			sent.grams = 0;
			const q0 = '数据中心';
			const r = await page.evaluate(
				(q: string) =>
					(window as unknown as { benchQuery: (q: string) => Promise<{ ms: number }> }).benchQuery(
						q,
					),
				q0,
			);
			first.push({
				ms: r.ms,
				bytes: sent.bytes,
				files: sent.files,
				text: sent.text,
				grams: sent.grams,
			});
			if (run === 0) {
				precision = { hit: 0, listed: 0 };
				recall = { hit: 0, want: 0 };
				for (const q of queries(pages)) {
					const { urls } = await page.evaluate(
						(q: string) =>
							(
								window as unknown as { benchQuery: (q: string) => Promise<{ urls: string[] }> }
							).benchQuery(q),
						q,
					);
					const words = normalise(q).split(' ');
					const want = new Set(
						pages.filter((p) => words.every((w) => p.text.includes(w))).map((p) => p.url),
					);
					const hits = urls.filter((u) => want.has(u)).length;
					precision = { hit: precision.hit + hits, listed: precision.listed + urls.length };
					recall = { hit: recall.hit + hits, want: recall.want + want.size };
				}
			}
			await context.close();
		}
		server.close();
		const m = median(first.map((f) => f.ms));
		const bytes = median(first.map((f) => f.bytes));
		const files = median(first.map((f) => f.files));
		const text = median(first.map((f) => f.text));
		const grams = median(first.map((f) => f.grams));
		rows.push(
			`| ${n.toLocaleString('en')} | ${(bytes / 1024).toFixed(0)} KB | ${(text / 1024).toFixed(0)} KB | ${(grams / 1024).toFixed(0)} KB | ${files} | ${m.toFixed(0)} ms | ${((100 * precision.hit) / Math.max(1, precision.listed)).toFixed(1)} % | ${((100 * recall.hit) / Math.max(1, recall.want)).toFixed(1)} % |`,
		);
		console.log(rows.at(-1));
	}
} finally {
	await browser.close();
	await pagefind.close();
	rmSync(root, { recursive: true, force: true });
}
console.log(
	'\nFirst query (Chromium, localhost, nothing cached; median of 3 fresh pages), exact tier over the same pages:\n',
);
console.log(
	'| Pages | First query: Pagefind bytes (gzip) | of which the pages’ text | of which the pair index | Files | Keystroke → results | Precision | Recall |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(r);
