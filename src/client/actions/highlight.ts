/**
 * Mark the searched words (?hl=…) in the page's indexed text, the same text search matched
 * (keyword line included). The CSS Custom Highlight API marks ranges without changing the DOM.
 * Browsers without it get <mark class="search-hit"> around the same text: only text nodes are split,
 * so every element, id and anchor stays as it was (a heading keeps its id, a link still lands).
 */
import { fold, queryWords, wordSpans } from '~/lib/search/query';

/** Elements that start a new line of text: words never run across them (search sees a space). */
const BLOCK =
	/^(ARTICLE|ASIDE|BLOCKQUOTE|CAPTION|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TD|TH|TR|UL)$/;
/**
 * What the search index leaves out: [data-pagefind-ignore] and pagefind.json's exclude_selectors
 * (a test keeps the two lists together).
 */
export const SKIP = `[data-pagefind-ignore], ${[
	'sup.ref',
	'.crumbs',
	'.trend-head .kicker',
	'.trend-head .en',
	'.trend-head .meta',
	'.toc',
	'.copy-link',
	'.figure-table',
	'.controls',
	'.src-line',
	'.sources',
	'.cite',
	'.pager',
	'[hidden]',
].join(', ')}, script, style`;

/** The text nodes of each block, in document order (text under `skip` left out). */
export function blocks(root: Element, skip = SKIP): Text[][] {
	const groups = new Map<Element, Text[]>();
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) =>
			n.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
	});
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		let block = n.parentElement ?? root;
		while (block !== root && !BLOCK.test(block.tagName)) block = block.parentElement ?? root;
		const group = groups.get(block);
		if (group) group.push(n as Text);
		else groups.set(block, [n as Text]);
	}
	return [...groups.values()];
}

/** Ranges of every whole occurrence of the words in one block, across inline markup if need be. */
function blockRanges(nodes: Text[], words: string[]): Range[] {
	const starts: number[] = [];
	let source = '';
	for (const n of nodes) {
		starts.push(source.length);
		source += n.data;
	}
	const at = (offset: number, end: boolean): [Text, number] => {
		let i = nodes.length - 1;
		while (i > 0 && (starts[i] ?? 0) >= offset + (end ? 0 : 1)) i--;
		const node = nodes[i] as Text;
		return [node, offset - (starts[i] ?? 0)];
	};
	const { text, map } = fold(source);
	return wordSpans(text, words).map((s) => {
		const range = new Range();
		range.setStart(...at(map[s.start] ?? 0, false));
		range.setEnd(...at(map[s.end] ?? source.length, true));
		return range;
	});
}

/** The parts of a range that lie in single text nodes, in document order. */
function textPieces(range: Range): [Text, number, number][] {
	const { startContainer: start, endContainer: end } = range;
	if (start === end && start instanceof Text) return [[start, range.startOffset, range.endOffset]];
	const pieces: [Text, number, number][] = [];
	const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		if (!(n instanceof Text) || !range.intersectsNode(n)) continue;
		pieces.push([n, n === start ? range.startOffset : 0, n === end ? range.endOffset : n.length]);
	}
	return pieces.filter(([, a, b]) => b > a);
}

/**
 * Without the Highlight API: wrap each piece in a <mark>, last first, so earlier offsets hold.
 * Returns each range's marks (a word across inline markup has several), in the ranges' order.
 */
function markText(ranges: Range[]): HTMLElement[][] {
	const pieces = ranges.flatMap((range, i) => textPieces(range).map((p) => [i, ...p] as const));
	const marks: HTMLElement[][] = ranges.map(() => []);
	for (const [i, node, a, b] of pieces.reverse()) {
		const range = new Range();
		range.setStart(node, a);
		range.setEnd(node, b);
		const el = document.createElement('mark');
		el.className = 'search-hit';
		range.surroundContents(el);
		marks[i]?.unshift(el);
	}
	return marks;
}

/**
 * Marks the ranges as the site marks found text (a quoted sentence too). Without the Highlight API,
 * returns the <mark>s of each range (the ranges themselves no longer hold once the text is split).
 */
export function mark(ranges: Range[]): HTMLElement[][] | undefined {
	if ('highlights' in CSS) CSS.highlights.set('search', new Highlight(...ranges));
	else return markText(ranges);
}

/** Marks the words of the page address's ?hl= (a landing from search). */
export function run(): void {
	const root = document.querySelector('[data-pagefind-body]');
	const hl = new URLSearchParams(location.search).get('hl') ?? '';
	const words = queryWords(hl);
	if (!root || !words.length) return;
	const ranges = blocks(root).flatMap((nodes) => blockRanges(nodes, words));
	const marks = mark(ranges);
	document.documentElement.dataset.highlighted = String(ranges.length);
	// The bar that steps through the hits: its code and styles come only with a landing from search.
	if (ranges.length)
		void import('./hits').then(
			(m) => m.start(hl, marks ?? ranges),
			() => {},
		);
}
