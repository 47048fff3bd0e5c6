/**
 * Mark the searched terms (?hl=…) in the article text. The CSS Custom Highlight API marks ranges
 * without changing the DOM; browsers without it simply show no marks.
 */
import { highlightTerms } from '~/lib/search';

export function run(hl: string): void {
	const root = document.querySelector('.prose-zh');
	if (!root || !('highlights' in CSS)) return;
	const terms = highlightTerms(hl).map((t) => t.toLowerCase());
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const text = node.textContent?.toLowerCase() ?? '';
		for (const term of terms) {
			for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) {
				const range = new Range();
				range.setStart(node, i);
				range.setEnd(node, i + term.length);
				ranges.push(range);
			}
		}
	}
	CSS.highlights.set('search', new Highlight(...ranges));
	document.documentElement.dataset.highlighted = String(ranges.length);
}
