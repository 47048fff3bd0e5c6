/** Which sources a trend cites, and on which report pages: frontmatter plus every inline <Ref>. */
export interface Citation {
	id: string;
	pages: number[];
}

/** One inline `<Ref>`, as src/integrations/remark-citations.mjs lists them from the parsed MDX. */
export interface InlineCitation {
	id: string;
	page?: number | undefined;
}

/**
 * The remark plugin's list, checked: `render(entry).remarkPluginFrontmatter` is untyped, and a
 * missing list (plugin not registered) would silently drop every inline citation.
 */
export function requireInlineCitations(value: unknown, from: string): InlineCitation[] {
	const ok =
		Array.isArray(value) &&
		value.every(
			(c: unknown) =>
				typeof c === 'object' &&
				c !== null &&
				'id' in c &&
				typeof c.id === 'string' &&
				(!('page' in c) || c.page === undefined || typeof c.page === 'number'),
		);
	if (!ok)
		throw new Error(
			`${from}: no <Ref> list from remark-citations (is it in astro.config.mjs markdown.remarkPlugins?)`,
		);
	return value as InlineCitation[];
}

/** Pure: merge frontmatter refs, the trend's inline <Ref> citations and extra ids (figure cross-checks). */
export function collectCitations(
	frontmatter: readonly InlineCitation[],
	inline: readonly InlineCitation[],
	extra: readonly string[] = [],
): Citation[] {
	const pages = new Map<string, Set<number>>();
	const add = (id: string, page?: number) => {
		const set = pages.get(id) ?? new Set<number>();
		if (page !== undefined) set.add(page);
		pages.set(id, set);
	};
	for (const ref of frontmatter) add(ref.id, ref.page);
	for (const ref of inline) add(ref.id, ref.page);
	for (const id of extra) add(id);
	return [...pages].map(([id, set]) => ({ id, pages: [...set].sort((a, b) => a - b) }));
}

const KIND_ORDER = { report: 0, coverage: 1, crosscheck: 2, background: 3 } as const;

/** Report first, then coverage, cross-check and background material; stable within a kind. */
export function sortByKind<T>(
	items: readonly T[],
	kindOf: (item: T) => keyof typeof KIND_ORDER,
): T[] {
	return items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => KIND_ORDER[kindOf(a.item)] - KIND_ORDER[kindOf(b.item)] || a.i - b.i)
		.map(({ item }) => item);
}
