/**
 * "复制引用链接": a small bar under text selected in a trend's article, with two actions: copy a link
 * to the quoted sentence (the section URL plus a text fragment) and copy the sentence with its
 * source line (trend, the report page cited nearest to it, the link). The selection is widened to
 * whole sentences: a link should name a sentence, and a sentence starts and ends on the word
 * boundaries a text fragment must match on. Keyboard users select text as they do (caret browsing,
 * a screen reader) and press Alt+Q to move to the bar (listen.ts); Escape leaves it.
 * Every word shown comes from src/i18n/client.ts, in the page's language; the trend's title from the
 * page's og:title and the report's from the article's data-report.
 */
import { t } from '~/i18n/client';
import css from '~/styles/share.css?url';
import { showManualCopy } from '../actions/copy';
import { loadStylesheet } from '../stylesheet';
import { chooseTerms, textDirective } from './fragment';

/** Blocks a quote stays within; citation marks ([报告 p.3]) are not part of what is quoted. */
const BLOCK = 'p, li, h2, h3, dd, dt, td, th, blockquote, figcaption';
const SKIP = '.ref, script, style, [hidden]';

export interface Quote {
	/** What the reader quoted, widened to whole sentences, without citation marks. */
	text: string;
	url: string;
	/** The page of the report cited nearest to the quote in its paragraph, if it cites one. */
	page?: string;
	/** The label of the citation nearest to the quote in its paragraph, of any source ("报告 p.6"). */
	cite?: string;
	/** Where to put the bar: the end of the selection. */
	box: DOMRect;
}

interface Piece {
	node: Text;
	/** Offset of the node's text in the block's text without citation marks. */
	at: number;
	/** Increases after each skipped (citation) element: pieces of one run are contiguous. */
	run: number;
}

const article = (): HTMLElement | null => document.querySelector('[data-trend]');

/** The words of the bar and of the quotation, as quotation() and build() take them. */
const pageWords = (): Record<string, string> => ({
	quote: t('quote.text', {
		text: '{text}',
		trend: document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
		page: '{page}',
	}),
	quotePage: t('quote.page', { report: article()?.dataset.report ?? '', page: '{page}' }),
	quoteLink: t('quote.link'),
	quoteCopy: t('quote.copy'),
	quotePoster: t('quote.poster'),
	copied: t('share.copied'),
	copiedLink: t('share.copiedLink'),
	copyFailed: t('share.copyFailed'),
	copyClose: t('share.close'),
});

const segmenter = (granularity: 'word' | 'sentence') =>
	new Intl.Segmenter(document.documentElement.lang, { granularity });

/** Punctuation or space, Chinese, or other: a boundary between two kinds is one in every engine. */
const kind = (ch: string): number =>
	/[\p{P}\s]/u.test(ch) ? 0 : /\p{Script=Han}/u.test(ch) ? 1 : 2;

/**
 * Word boundaries in `text`. Chinese text is cut only at punctuation, spaces and changes of script:
 * engines disagree on where a Chinese word ends (Firefox's text-fragment matcher takes no boundary
 * inside 写的是, where its Intl.Segmenter gives one), and a term cut there is found by none.
 * Elsewhere the page language's words; without Intl.Segmenter, every character's.
 */
function words(text: string): number[] {
	if (/[\p{Script=Han}]/u.test(text)) {
		const cuts = [0];
		for (let i = 1; i < text.length; i++) {
			const a = kind(text[i - 1] ?? '');
			if (a !== kind(text[i] ?? '') || a === 0) cuts.push(i);
		}
		return [...cuts, text.length];
	}
	if (!('Segmenter' in Intl)) return Array.from({ length: text.length + 1 }, (_, i) => i);
	return [...[...segmenter('word').segment(text)].map((s) => s.index), text.length];
}

/** The sentence span around [from, to) in `text`, in the page's language. */
function sentences(text: string, from: number, to: number): [number, number] {
	if (!('Segmenter' in Intl)) return [from, to];
	let start = from;
	let end = to;
	for (const s of segmenter('sentence').segment(text)) {
		const stop = s.index + s.segment.length;
		if (s.index <= from && from < stop) start = s.index;
		if (s.index < to && to <= stop) end = stop;
	}
	while (start < end && /\s/.test(text[start] ?? '')) start++;
	while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
	return [start, end];
}

/** The quote for the current selection, if it lies in the article's text. */
export function current(): Quote | undefined {
	const selection = getSelection();
	const root = article()?.querySelector('.prose-zh');
	if (!root || !selection || selection.isCollapsed || !selection.rangeCount) return undefined;
	const range = selection.getRangeAt(0);
	const start = range.startContainer;
	const block = (start instanceof Element ? start : start.parentElement)?.closest(BLOCK);
	if (!block || !root.contains(block)) return undefined;

	const pieces: Piece[] = [];
	const refs: [number, string][] = [];
	const cites: [number, string][] = [];
	let clean = '';
	let run = 0;
	const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const skipped = n.parentElement?.closest(SKIP);
		if (skipped && block.contains(skipped)) {
			// A citation of the report links to #src-report and ends its label with "p.N" (Ref.astro).
			const ref = skipped.closest('sup.ref')?.querySelector('a[href="#src-report"]');
			const page = ref && /p\.(\d+)\]$/.exec(ref.textContent ?? '')?.[1];
			if (page) refs.push([clean.length, page]);
			const label = skipped.closest('sup.ref')?.textContent?.replace(/^\[|\]$/g, '');
			if (label && cites[cites.length - 1]?.[0] !== clean.length) cites.push([clean.length, label]);
			run++;
			continue;
		}
		pieces.push({ node: n as Text, at: clean.length, run });
		clean += (n as Text).data;
	}
	const inRange = pieces.filter((p) => range.intersectsNode(p.node));
	const first = inRange[0];
	const last = inRange[inRange.length - 1];
	if (!first || !last) return undefined;
	const from = first.at + (first.node === range.startContainer ? range.startOffset : 0);
	const to = last.at + (last.node === range.endContainer ? range.endOffset : last.node.data.length);
	const [s, e] = sentences(clean, from, to);
	if (e <= s) return undefined;

	// The quote's runs, and the page's text before it (an earlier match would win in the browser).
	const runs: string[] = [];
	let lastRun = -1;
	for (const p of pieces) {
		const a = Math.max(s, p.at);
		const b = Math.min(e, p.at + p.node.data.length);
		if (b <= a) continue;
		if (lastRun === p.run) runs[runs.length - 1] += clean.slice(a, b);
		else runs.push(clean.slice(a, b));
		lastRun = p.run;
	}
	const head = pieces.find((p) => p.at + p.node.data.length > s) ?? first;
	const before = new Range();
	before.setStart(document.body, 0);
	before.setEnd(head.node, Math.max(0, s - head.at));
	const { start: startTerm, end: endTerm } = chooseTerms(before.toString(), runs, words);

	const headings = [...root.querySelectorAll('.heading-row > [id]')];
	const section = block.matches('[id]')
		? block
		: headings
				.filter((h) => h.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING)
				.pop();
	const url = `${location.origin}${location.pathname}#${section?.id ?? ''}:~:${textDirective(startTerm, endTerm)}`;

	// Citations follow the clause they cite: on a tie, the one after the quote is nearer.
	const distance = (at: number) => (at < s ? s - at + 0.5 : Math.max(0, at - e));
	const nearest = (list: [number, string][]) =>
		list.sort((a, b) => distance(a[0]) - distance(b[0]))[0]?.[1];
	const rects = range.getClientRects();
	const box = rects[rects.length - 1] ?? range.getBoundingClientRect();
	return { text: clean.slice(s, e), url, page: nearest(refs), cite: nearest(cites), box };
}

/** The quote as it is pasted: the sentence, its source line and the link. */
export function quotation(q: Quote, words: DOMStringMap): string {
	const page = q.page ? (words.quotePage ?? '').replace('{page}', q.page) : '';
	return `${(words.quote ?? '{text}').replace('{text}', q.text).replace('{page}', page)}\n${q.url}`;
}

let bar: HTMLElement | undefined;
let status: HTMLElement | undefined;
let shown: Quote | undefined;
let returnTo: Element | null = null;

async function copy(text: string, message: string, opener: HTMLElement): Promise<void> {
	const words = pageWords();
	let said = message;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		said = words.copyFailed ?? '';
		await showManualCopy(text, said, words.copyClose ?? '', opener);
	}
	if (!status) return;
	status.textContent = said;
	setTimeout(() => status && (status.textContent = ''), 2500);
}

function build(words: DOMStringMap): HTMLElement {
	const el = document.createElement('div');
	el.className = 'quote-bar';
	const link = document.createElement('button');
	link.type = 'button';
	link.textContent = words.quoteLink ?? '';
	link.setAttribute('aria-keyshortcuts', 'Alt+Q');
	link.title = 'Alt+Q';
	const text = document.createElement('button');
	text.type = 'button';
	text.textContent = words.quoteCopy ?? '';
	const poster = document.createElement('button');
	poster.type = 'button';
	poster.textContent = words.quotePoster ?? '';
	poster.setAttribute('aria-haspopup', 'dialog');
	status = document.createElement('span');
	status.setAttribute('role', 'status');
	el.append(link, text, poster, status);
	// A press on the bar must not take the selection (and the bar with it) away.
	el.addEventListener('mousedown', (e) => e.preventDefault());
	link.addEventListener('click', () => {
		if (shown) void copy(shown.url, words.copiedLink ?? '', link);
	});
	text.addEventListener('click', () => {
		if (shown) void copy(quotation(shown, words), words.copied ?? '', text);
	});
	poster.addEventListener('click', () => {
		const q = shown;
		if (q) void import('./poster').then((m) => m.quote(q, poster));
	});
	el.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		// Back where the reader was (the page itself when nothing had focus), then away with the bar.
		if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
		if (returnTo instanceof HTMLElement) returnTo.focus();
		hide();
	});
	document.body.append(el);
	return el;
}

/** Hides the bar, unless the reader is in it (a press keeps the selection, see build()). */
export function hide(): void {
	if (!bar || bar.contains(document.activeElement)) return;
	bar.hidden = true;
	shown = undefined;
}

/** Shows the bar under the selection when it quotes the article (else hides it); true if shown. */
export async function update(focus = false): Promise<boolean> {
	const q = current();
	if (!q) {
		hide();
		return false;
	}
	await loadStylesheet(css);
	bar ??= build(pageWords());
	shown = q;
	bar.hidden = false;
	const width = bar.offsetWidth;
	bar.style.top = `${q.box.bottom + scrollY + 8}px`;
	bar.style.left = `${Math.max(8, Math.min(q.box.left + scrollX, scrollX + innerWidth - width - 8))}px`;
	if (focus) {
		returnTo = document.activeElement;
		bar.querySelector('button')?.focus();
	}
	return true;
}
