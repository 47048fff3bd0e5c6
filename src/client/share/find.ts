/**
 * The page's own answer to a text fragment (`#id:~:text=…`) where the engine did not scroll to it:
 * an engine without text fragments keeps the directive in location.hash (one with them removes it),
 * and so does any engine for a link whose colons were escaped on the way (`%3A~%3A`). The quoted
 * text is found block by block, as the engines do, marked like searched words (highlight.ts), and
 * scrolled to the middle of the screen.
 */
import { blocks, mark } from '../actions/highlight';
import { directives, type TextDirective } from './fragment';

/** Like the engines: every rendered text counts, citation marks included; hidden text does not. */
const SKIP = '[hidden], script, style, template, .sprite';

/** The first range in one block's text nodes that matches the directive, if any. */
function find(nodes: Text[], d: TextDirective): Range | undefined {
	const starts: number[] = [];
	let text = '';
	for (const n of nodes) {
		starts.push(text.length);
		text += n.data;
	}
	const point = (offset: number, end: boolean): [Text, number] => {
		let i = nodes.length - 1;
		while (i > 0 && (starts[i] ?? 0) >= offset + (end ? 0 : 1)) i--;
		return [nodes[i] as Text, offset - (starts[i] ?? 0)];
	};
	for (let from = text.indexOf(d.start); from >= 0; from = text.indexOf(d.start, from + 1)) {
		let to = from + d.start.length;
		if (d.end) {
			const e = text.indexOf(d.end, to);
			if (e < 0) break;
			to = e + d.end.length;
		}
		if (d.prefix && !text.slice(0, from).trimEnd().endsWith(d.prefix)) continue;
		if (d.suffix && !text.slice(to).trimStart().startsWith(d.suffix)) continue;
		const range = new Range();
		range.setStart(...point(from, false));
		range.setEnd(...point(to, true));
		return range;
	}
	return undefined;
}

export function run(): void {
	const parsed = directives(location.hash);
	if (!parsed?.texts.length) return;
	const groups = blocks(document.body, SKIP);
	const ranges = parsed.texts
		.map((d) => groups.reduce<Range | undefined>((hit, nodes) => hit ?? find(nodes, d), undefined))
		.filter((r): r is Range => !!r);
	// Measured before marking: <mark>s split text nodes under the range, never move text.
	const box = (ranges[0] ?? document.getElementById(parsed.id))?.getBoundingClientRect();
	mark(ranges);
	if (box) scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
	document.documentElement.dataset.quoted = String(ranges.length);
}
