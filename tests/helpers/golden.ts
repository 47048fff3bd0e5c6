/**
 * What search should return, derived from the built HTML (never from a typed list of results):
 * each trend page's indexed text, the pages that contain a term, and terms taken from that text.
 * The folding here is written apart from src/lib/search.ts, so the tests do not check that code
 * against itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST, htmlFiles, urlPath } from './dist';

export interface IndexedPage {
	url: string;
	number: number;
	/** The indexed text, folded. */
	text: string;
	/** The keyword line's terms, as written. */
	keywords: string[];
}

/** Full-width → half-width, lower case, one space: the normalisation the reader's query gets. */
export const normalise = (s: string): string =>
	s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Elements Pagefind separates with a space when it extracts a page's text. */
const BLOCK = new Set(
	'ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(
		' ',
	),
);

interface TextNode {
	nodeType: number;
	textContent: string | null;
	tagName?: string;
	childNodes: ArrayLike<TextNode>;
}

function blockText(node: TextNode): string {
	let out = '';
	for (const child of Array.from(node.childNodes)) {
		if (child.nodeType === 3) out += child.textContent ?? '';
		else if (child.nodeType === 1) {
			const gap = BLOCK.has(child.tagName ?? '') ? ' ' : '';
			out += gap + blockText(child) + gap;
		}
	}
	return out;
}

/** What Pagefind leaves out of the index besides [data-pagefind-ignore] (its pagefind.json). */
export const PAGEFIND_EXCLUDED = (
	JSON.parse(readFileSync(join(process.cwd(), 'pagefind.json'), 'utf8')) as {
		exclude_selectors: string[];
	}
).exclude_selectors;

/**
 * The trend pages of one edition as Pagefind indexes them: [data-pagefind-body] without what it
 * leaves out. Pagefind keeps one index per <html lang>, and a page searches its own.
 */
export function indexedPages(dist = DIST, base = '/', lang = 'zh-CN'): IndexedPage[] {
	const pages: IndexedPage[] = [];
	for (const file of htmlFiles(dist)) {
		const { document } = parseHTML(readFileSync(file, 'utf8'));
		const body = document.querySelector('[data-pagefind-body]');
		if (!body || document.documentElement.getAttribute('lang') !== lang) continue;
		// Metadata first: Pagefind reads it from elements its index leaves out too (the hidden ones).
		const meta = (name: string) =>
			document.querySelector(`[data-pagefind-meta="${name}"]`)?.textContent ?? '';
		const number = Number(meta('number'));
		const keywords = meta('keywords');
		for (const el of body.querySelectorAll(
			['[data-pagefind-ignore]', ...PAGEFIND_EXCLUDED].join(', '),
		))
			el.remove();
		pages.push({
			url: base + urlPath(file, dist).slice(1),
			number,
			text: normalise(blockText(body as unknown as TextNode)),
			keywords: keywords
				.split(' · ')
				.map((k) => k.trim())
				.filter(Boolean),
		});
	}
	return pages.sort((a, b) => a.number - b.number);
}

const words = (term: string) => normalise(term).split(' ').filter(Boolean);

/** The pages whose text contains every word of the term, in URL order. */
export const containing = (pages: IndexedPage[], term: string): string[] =>
	pages
		.filter((p) => words(term).every((w) => p.text.includes(w)))
		.map((p) => p.url)
		.sort();

/** The pages that contain some, but not all, words of a term of several words. */
export const containingSome = (pages: IndexedPage[], term: string): string[] =>
	pages
		.filter((p) => {
			const n = words(term).filter((w) => p.text.includes(w)).length;
			return n > 0 && n < words(term).length;
		})
		.map((p) => p.url)
		.sort();

/** `n` items spread evenly over a list (deterministic, unlike a random sample). */
const spread = <T>(list: T[], n: number): T[] =>
	list.length <= n
		? list
		: Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)] as T);

/**
 * Terms taken from the built text with a word segmenter, beyond the keywords: two- to
 * four-character Chinese words, English words and numbers, spread over the whole vocabulary.
 */
export function textTerms(pages: IndexedPage[]): string[] {
	const keywords = new Set(pages.flatMap((p) => p.keywords.map(normalise)));
	const seen = new Set<string>();
	const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
	for (const p of pages)
		for (const s of segmenter.segment(p.text)) if (s.isWordLike) seen.add(s.segment);
	const vocabulary = [...seen].filter((w) => !keywords.has(w)).sort();
	const han = vocabulary.filter((w) => /^\p{Script=Han}{2,4}$/u.test(w));
	const english = vocabulary.filter((w) => /^[a-z][a-z-]{2,}$/.test(w));
	const numbers = vocabulary.filter((w) => /^\d{2,}$/.test(w));
	return [...spread(han, 30), ...spread(english, 10), ...spread(numbers, 6)];
}

/** Terms about AI that a reader might try but the report's text does not use (checked by the tests). */
export const ABSENT = [
	'区块链',
	'苹果公司',
	'英伟达',
	'元宇宙',
	'量子计算',
	'加密货币',
	'脑机接口',
	'光刻机',
	'基因编辑',
	'卫星互联网',
	'blockchain',
	'metaverse',
];
