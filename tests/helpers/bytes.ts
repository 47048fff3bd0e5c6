/** What each built page costs: HTML, render-blocking CSS and the JS it loads up front, raw and gzip. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { DIST, htmlFiles, urlPath } from './dist';

export interface Size {
	raw: number;
	gzip: number;
}
export interface PageCost {
	path: string;
	html: Size;
	/** Render-blocking CSS: stylesheets linked in <head> for every medium (not print-only ones). */
	css: Size;
	/**
	 * Stylesheets linked in <body> (a figure's, just before it): they hold back only what follows
	 * them, not the first screen. Each file counted once.
	 */
	lateCss: Size;
	js: Size;
	/** Scripts loaded only later (dynamic imports), e.g. the chart or search code. */
	lazyJs: string[];
	/** Figures on the page (`<rr-figure>` or `<figure class="figure">`): what makes a figure page. */
	figures: number;
}

/** The elements that make a page a figure page, as they appear in the built HTML. */
export const FIGURE_SELECTOR = 'rr-figure, figure.figure';

export const size = (buf: Buffer | string): Size => ({
	raw: Buffer.byteLength(buf),
	gzip: gzipSync(buf, { level: 9 }).length,
});
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

const fileOf = (src: string, dist: string): string => join(dist, src.replace(/^\/+/, ''));

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g;

/** Static imports of some module code, resolved against the file it is in. */
function importsOf(code: string, from: string, dist: string): string[] {
	return [...code.matchAll(STATIC_IMPORT)].map((m) => {
		const spec = m[1] ?? '';
		return spec.startsWith('/') ? fileOf(spec, dist) : join(from, '..', spec);
	});
}

/** A module and its static imports (what the browser must fetch before it runs). */
export function staticGraph(file: string, dist: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !existsSync(file)) return seen;
	seen.add(file);
	for (const next of importsOf(readFileSync(file, 'utf8'), file, dist))
		staticGraph(next, dist, seen);
	return seen;
}

function dynamicImports(files: Set<string>): string[] {
	const out = new Set<string>();
	for (const f of files) {
		for (const m of readFileSync(f, 'utf8').matchAll(/import\(["']([^"']+\.js)["']\)/g))
			out.add((m[1] ?? '').replace(/^.*\//, ''));
	}
	return [...out];
}

export function pageCost(file: string, dist = DIST): PageCost {
	const html = readFileSync(file, 'utf8');
	const { document } = parseHTML(html);
	const sheets = (selector: string): Size =>
		[
			...new Set(
				[...document.querySelectorAll(selector)]
					.filter((link) => (link.getAttribute('media') ?? 'all') !== 'print')
					.map((link) => link.getAttribute('href') ?? ''),
			),
		].reduce((sum, href) => add(sum, size(readFileSync(fileOf(href, dist)))), ZERO);
	const css = sheets('head link[rel="stylesheet"]');
	const lateCss = sheets('body link[rel="stylesheet"]');
	const modules = new Set<string>();
	for (const s of document.querySelectorAll('script[src]'))
		staticGraph(fileOf(s.getAttribute('src') ?? '', dist), dist, modules);
	let js = ZERO;
	for (const s of document.querySelectorAll(
		'script:not([src]):not([type="application/ld+json"])',
	)) {
		js = add(js, size(s.textContent ?? ''));
		for (const next of importsOf(s.textContent ?? '', join(dist, 'index.html'), dist))
			staticGraph(next, dist, modules);
	}
	for (const m of modules) js = add(js, size(readFileSync(m)));
	return {
		path: urlPath(file, dist),
		html: size(html),
		css,
		lateCss,
		js,
		lazyJs: dynamicImports(modules),
		figures: document.querySelectorAll(FIGURE_SELECTOR).length,
	};
}

export const allPageCosts = (dist = DIST): PageCost[] =>
	htmlFiles(dist).map((f) => pageCost(f, dist));
