/**
 * Close spelling (no DOM): the edit distance between two words and the vocabulary word a misspelt
 * query word most likely meant. Written here rather than taken from a library: the search already
 * has the pages' text in memory, so the vocabulary is a list of a few thousand words and one bounded
 * distance per word is all it takes (the whole second tier runs in 0.2–25 ms on a 2-core machine);
 * Fuse.js or MiniSearch would add an index and about 6–8 KB gzip of scoring this tier does not use. Unit-tested.
 */

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of two
 * neighbours, each 1), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(
				(previous[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost,
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, (before[j - 2] ?? 0) + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = row;
	}
	return previous[b.length] ?? 0;
}

/** Edits allowed for a word of this length: none under 4 letters (too many neighbours), then 1, from 8 on 2. */
export const allowedEdits = (word: string): number =>
	word.length < 4 ? 0 : word.length < 8 ? 1 : 2;

/** Latin words of a text (folded text: lower case), with how often each occurs. */
export function latinWords(texts: readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const text of texts)
		for (const w of text.match(/\p{Script=Latin}+(?:[-'’]\p{Script=Latin}+)*/gu) ?? [])
			counts.set(w, (counts.get(w) ?? 0) + 1);
	return counts;
}

/**
 * The vocabulary word closest to `word` within its allowed edits: fewest edits, then the most
 * frequent, then the first alphabetically. Undefined when none is that close.
 */
export function closestWord(
	word: string,
	vocabulary: ReadonlyMap<string, number>,
): string | undefined {
	const max = allowedEdits(word);
	if (!max) return undefined;
	let best: { w: string; d: number; n: number } | undefined;
	for (const [w, n] of vocabulary) {
		if (w === word) return undefined;
		const d = editDistance(word, w, max);
		if (d > max) continue;
		if (!best || d < best.d || (d === best.d && (n > best.n || (n === best.n && w < best.w))))
			best = { w, d, n };
	}
	return best?.w;
}
