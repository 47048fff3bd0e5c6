/**
 * Mark the searched terms (?hl=…) in the article text. The CSS Custom Highlight API marks ranges
 * without changing the DOM. Browsers without it get <mark class="search-hit"> around the same
 * ranges: only text nodes are split, so every element, id and anchor stays as it was (a heading
 * keeps its id and its place, a link still lands). Text in SVG is left alone.
 */
import { highlightTerms } from '~/lib/search';

/** Where each term occurs in one text node, overlaps merged (search `数据` and `数据中心`). */
function spans(text: string, terms: string[]): [number, number][] {
	const found: [number, number][] = [];
	for (const term of terms)
		for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length))
			found.push([i, i + term.length]);
	found.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const [start, end] of found) {
		const last = merged.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else merged.push([start, end]);
	}
	return merged;
}

export function run(hl: string): void {
	const root = document.querySelector('.prose-zh');
	if (!root) return;
	const terms = highlightTerms(hl)
		.map((t) => t.toLowerCase())
		.filter(Boolean);
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('svg, script, style, canvas')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		for (const [start, end] of spans(node.textContent?.toLowerCase() ?? '', terms)) {
			const range = new Range();
			range.setStart(node, start);
			range.setEnd(node, end);
			ranges.push(range);
		}
	}
	if ('highlights' in CSS) {
		CSS.highlights.set('search', new Highlight(...ranges));
	} else {
		// Last range first: splitting a text node keeps the offsets of the ranges before it valid.
		for (const range of [...ranges].reverse()) {
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			// The ::highlight(search) colours (styles/prose.css), not the browser's yellow on black.
			mark.style.backgroundColor = 'var(--mark)';
			mark.style.color = 'var(--ink)';
			range.surroundContents(mark);
		}
	}
	document.documentElement.dataset.highlighted = String(ranges.length);
}
