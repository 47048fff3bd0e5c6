/**
 * Line breaking for the posters, which a canvas does not do, at the places lib/phrases.ts allows:
 * words are kept whole, and the Chinese line-start and line-end rules hold. Pure: the width of a
 * string comes from `measure`, so it is unit-tested without a canvas.
 */
import { breakUnits } from '~/lib/phrases';

export type Measure = (text: string) => number;

/** What a cut line loses before its ellipsis: spaces, openings, and the marks between clauses. */
const DANGLING = /[\s\p{Ps}\p{Pi}\u3001\u3002\uff0c\uff1a\uff1b,.;:]+$/u;

/** `text` in lines no wider than `width`; a piece wider than a line is cut between characters. */
export function wrap(text: string, width: number, measure: Measure, lang: string): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of breakUnits(text, lang)) {
		if (measure(line + unit) <= width) {
			line += unit;
			continue;
		}
		if (line.trim()) lines.push(line.trimEnd());
		line = unit.trimStart();
		while (measure(line) > width) {
			const chars = [...line];
			let n = chars.length - 1;
			while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
			lines.push(chars.slice(0, n).join(''));
			line = chars.slice(n).join('');
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}

/**
 * At most `max` lines; when text is left over, the last line ends in an ellipsis where it fits
 * (the text is cut, never reworded, and a cut clause loses its dangling punctuation).
 */
export function clamp(lines: string[], max: number, width: number, measure: Measure): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, Math.max(1, max));
	const chars = [...(kept[kept.length - 1] ?? '')];
	const cut = () => chars.join('').replace(DANGLING, '');
	while (chars.length && measure(`${cut()}…`) > width) chars.pop();
	kept[kept.length - 1] = `${cut()}…`;
	return kept;
}
