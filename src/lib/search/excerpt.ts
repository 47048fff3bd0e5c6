/**
 * Excerpts (no DOM): a short piece of a page's original text around real occurrences of the words,
 * with every whole occurrence marked. Unit-tested.
 */
import type { SearchDoc } from './docs';
import { wordSpans, type Span } from './query';

export interface ExcerptPiece {
	text: string;
	mark: boolean;
}

/**
 * An excerpt of about `length` characters around an occurrence of the words in [from, to), cut from
 * the original text, with every whole occurrence of every word in it marked.
 */
export function buildExcerpt(
	doc: Pick<SearchDoc, 'content' | 'folded'>,
	words: readonly string[],
	from: number,
	to: number,
	length: number,
): ExcerptPiece[] {
	const { text, map } = doc.folded;
	const spans = wordSpans(text, words, from, to);
	// Centre on the occurrence whose window shows the most different words (the first, for one word).
	const lead = Math.floor(length / 4);
	const variety = (s: Span) =>
		words.filter((w) => text.slice(Math.max(from, s.start - lead), s.start + length).includes(w))
			.length;
	const first = spans.reduce<Span | undefined>(
		(best, s) => (best && variety(best) >= variety(s) ? best : s),
		undefined,
	);
	if (!first) return [];
	let start = Math.max(from, first.start - lead);
	let end = Math.min(to, start + length);
	start = Math.max(from, Math.min(start, end - length));
	const marks = wordSpans(text, words, start, end).filter((s) => s.start >= start);
	end = Math.max(end, marks.at(-1)?.end ?? end);
	const pieces: ExcerptPiece[] = [];
	const push = (s: number, e: number, mark: boolean) => {
		const piece = doc.content.slice(map[s], map[e]);
		if (piece) pieces.push({ text: piece, mark });
	};
	let at = start;
	for (const m of marks) {
		push(at, m.start, false);
		push(m.start, m.end, true);
		at = m.end;
	}
	push(at, end, false);
	const head = pieces[0];
	if (head && !head.mark) head.text = head.text.trimStart();
	const tail = pieces.at(-1);
	if (tail && !tail.mark) tail.text = tail.text.trimEnd();
	const out = pieces.filter((p) => p.text);
	if (start > from) out.unshift({ text: '…', mark: false });
	if (end < to) out.push({ text: '…', mark: false });
	return out;
}
