/**
 * Text fragments (`#id:~:text=start,end`, WICG Scroll to Text Fragment): building the directive for
 * a quoted sentence, and reading one back for the engines that do not scroll to it themselves.
 * Pure string code, no DOM, so it is unit-tested in Node.
 */

/** The directive's delimiter; a link tool that escaped its colons still counts (see `directives`). */
const DELIMITER = ':~:';

/**
 * Percent-encodes a term: encodeURIComponent leaves '-' alone, but in a directive '-' marks a
 * prefix or suffix, so it is encoded too (',' and '&' are already encoded by encodeURIComponent).
 */
export const encodeTerm = (term: string): string => encodeURIComponent(term).replace(/-/g, '%2D');

/** The text directive for a quote: `text=start` or `text=start,end` (terms already chosen). */
export const textDirective = (start: string, end?: string): string =>
	`text=${encodeTerm(start)}${end ? `,${encodeTerm(end)}` : ''}`;

/** Shortest start and end terms, in characters: long enough to be read, short enough for a link. */
const MIN_TERM = 6;

/**
 * Terms for a quote such that the first match of `start` in the page's text is the quote's start
 * and the first match of `end` after it is the quote's end. `runs` are the quote's pieces that are
 * contiguous in the page (a citation mark between two is not quoted but is in the page's text): a
 * term never spans two. `before` is the page's text before the quote. `words(text)` gives the word
 * boundaries in a run (offsets, 0 and its length included): Chromium matches a term only where
 * both its ends are word boundaries, so a term is cut only there. A quote that is one short run
 * stays whole (`end` undefined).
 */
export function chooseTerms(
	before: string,
	runs: string[],
	words: (text: string) => number[],
): { start: string; end?: string } {
	const first = runs[0] ?? '';
	const last = runs[runs.length - 1] ?? '';
	if (runs.length === 1 && first.length <= MIN_TERM * 3) return { start: first };
	// The start term grows, word by word, until no earlier text contains it.
	const startCuts = words(first).filter((k) => k >= Math.min(MIN_TERM, first.length));
	const k =
		startCuts.find((k) => !(before + first.slice(0, k - 1)).includes(first.slice(0, k))) ??
		first.length;
	const start = first.slice(0, k);
	// The end term grows, word by word, until it is found nowhere between the start term and the
	// quote's end.
	const afterStart = runs.join('').slice(k);
	const endCuts = words(last)
		.map((cut) => last.length - cut)
		.filter((m) => m >= Math.min(MIN_TERM, last.length))
		.sort((a, b) => a - b);
	const m =
		endCuts.find((m) => afterStart.indexOf(last.slice(-m)) === afterStart.length - m) ??
		last.length;
	if (runs.length === 1 && k + m >= first.length) return { start: first };
	return { start, end: last.slice(-m) };
}

export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/** Parses one `text=[prefix-,]start[,end][,-suffix]` value; undefined when it is malformed. */
export function parseTextDirective(value: string): TextDirective | undefined {
	const parts = value.split(',');
	if (parts.length > 4) return undefined;
	const decode = (s: string) => {
		try {
			return decodeURIComponent(s);
		} catch {
			return undefined;
		}
	};
	let prefix: string | undefined;
	let suffix: string | undefined;
	if (parts[0]?.endsWith('-')) prefix = decode(parts.shift()?.slice(0, -1) ?? '');
	if (parts[parts.length - 1]?.startsWith('-')) suffix = decode(parts.pop()?.slice(1) ?? '');
	if (parts.length < 1 || parts.length > 2) return undefined;
	const start = decode(parts[0] ?? '');
	const end = parts[1] === undefined ? undefined : decode(parts[1]);
	if (!start || (parts[1] !== undefined && !end)) return undefined;
	return { prefix, start, end, suffix };
}

/**
 * The text directives in a URL fragment, and the element id before them. An engine with text
 * fragments removes the directive from `location.hash`; one without keeps it, and so does a link
 * whose colons were percent-encoded on the way (`%3A~%3A`), which no engine reads natively.
 */
export function directives(hash: string): { id: string; texts: TextDirective[] } | undefined {
	const fragment = hash.replace(/^#/, '').replace(/%3A~%3A/i, DELIMITER);
	const at = fragment.indexOf(DELIMITER);
	if (at < 0) return undefined;
	const texts = fragment
		.slice(at + DELIMITER.length)
		.split('&')
		.filter((d) => d.startsWith('text='))
		.map((d) => parseTextDirective(d.slice('text='.length)))
		.filter((d): d is TextDirective => !!d);
	return { id: fragment.slice(0, at), texts };
}
