/** The parts of Pagefind's browser API (dist/pagefind/pagefind.js) this site uses. */

/** An element with an id in the indexed region (headings, figures), in document order. */
export interface PagefindAnchor {
	element: string;
	id: string;
	text: string;
	location: number;
}

export interface PagefindResultData {
	url: string;
	/** The page's indexed text: block elements separated by spaces, headings followed by ". ". */
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	anchors: PagefindAnchor[];
}

export interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
	results: PagefindResult[];
	unfilteredResultCount: number;
}

export interface PagefindApi {
	options: (opts: {
		baseUrl?: string;
		excerptLength?: number;
		/** Run on the main thread instead of in Pagefind's web worker. */
		noWorker?: boolean;
	}) => Promise<void>;
	init: () => Promise<void>;
	search: (
		term: string | null,
		opts?: { filters?: Record<string, string | string[]> },
	) => Promise<PagefindSearch | null>;
	debouncedSearch: (
		term: string,
		opts?: { filters?: Record<string, string | string[]> },
		ms?: number,
	) => Promise<PagefindSearch | null>;
	preload: (term: string) => Promise<void>;
}
