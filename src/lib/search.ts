/** Pure search helpers (no DOM): query cleanup, URL state, result mapping. Unit-tested. */
import type { PagefindResultData } from '~/types/pagefind';

/** Long pasted text is cut: Pagefind gains nothing past a sentence and slows down. */
export const MAX_QUERY = 100;

/** Trim, fold whitespace, drop control characters, cap the length. */
export function cleanQuery(raw: string): string {
	return raw
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_QUERY);
}

/** True when the query has something Pagefind can match: a letter or a digit in any script. */
export const isSearchable = (q: string): boolean => /[\p{L}\p{N}]/u.test(q);

export interface SearchState {
	q: string;
	part: string;
}

export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	return { q: params.get('q') ?? '', part: params.get('part') ?? '' };
}

export function stateToSearch({ q, part }: SearchState): string {
	const params = new URLSearchParams();
	if (q) params.set('q', q);
	if (part) params.set('part', part);
	const s = params.toString();
	return s ? `?${s}` : '';
}

export interface ResultView {
	url: string;
	number: string;
	title: string;
	part: string;
	section: string;
	excerpt: string;
}

/**
 * Map Pagefind's data to what a result row shows. The link lands on the best-matching section
 * (a heading anchor) and carries the terms so the page can highlight them.
 */
export function toResultView(d: PagefindResultData, query: string): ResultView {
	const sub = d.sub_results.find(
		(s) => s.anchor && s.anchor.element !== 'h1' && s.url.includes('#'),
	);
	const target = sub ?? { url: d.url, excerpt: d.excerpt, title: '' };
	return {
		url: withHighlight(target.url, query),
		number: d.meta.number ?? '',
		title: d.meta.title ?? '',
		part: d.filters.part?.[0] ?? '',
		section: sub?.title ?? '',
		excerpt: target.excerpt || d.excerpt,
	};
}

/** Add `?hl=<query>` before the hash: the destination highlights these terms. */
export function withHighlight(url: string, query: string): string {
	const [path = '', hash] = url.split('#');
	const sep = path.includes('?') ? '&' : '?';
	return `${path}${sep}hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}

/** Terms to highlight on the destination page: the words of the query, longest first. */
export function highlightTerms(hl: string): string[] {
	const words = cleanQuery(hl)
		.split(' ')
		.filter((w) => isSearchable(w));
	return [...new Set(words)].sort((a, b) => b.length - a.length);
}
