/**
 * Hit-by-hit landing (no DOM): which hit the reader starts from, and where next and previous go.
 * The hits themselves are the page highlight's ranges (client/actions/highlight.ts, through
 * query.ts's wordSpans); client/actions/hits.ts drives the bar with these. Unit-tested.
 */

/**
 * The hit a landing starts from: the first one at or below `line` (the top of the reading area once
 * the page has scrolled to where the link pointed), or the last one when every hit is above it.
 * `tops` are the hits' positions in document order; -1 when there are none.
 */
export function startHit(tops: readonly number[], line: number): number {
	const i = tops.findIndex((top) => top >= line);
	return i >= 0 ? i : tops.length - 1;
}

/** One step from hit `i` of `n` (1 forward, -1 back), wrapping around at either end. */
export const stepHit = (i: number, n: number, by: 1 | -1): number =>
	n > 0 ? (((i + by) % n) + n) % n : -1;

/** The page's query string without the highlight (`?hl=`), other parameters kept: `''` when none remain. */
export function withoutHighlight(search: string): string {
	const params = new URLSearchParams(search);
	params.delete('hl');
	const s = params.toString();
	return s ? `?${s}` : '';
}
