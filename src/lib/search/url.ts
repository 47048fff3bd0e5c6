/** A search as a URL: the /search/ page's query and filter, and the ?hl= words a result hands on. */
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

/** Add `?hl=<query>` before the hash: the destination highlights these words. */
export function withHighlight(url: string, query: string): string {
	const [path = '', hash] = url.split('#');
	const sep = path.includes('?') ? '&' : '?';
	return `${path}${sep}hl=${encodeURIComponent(query)}${hash ? `#${hash}` : ''}`;
}
