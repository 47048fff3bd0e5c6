/** Which sources a trend cites, and on which report pages: frontmatter plus every inline <Ref>. */
export interface Citation {
	id: string;
	pages: number[];
}

const REF_TAG = /<Ref\s+to="([^"]+)"(?:\s+page=\{(\d+)\})?\s*\/>/g;

/** Pure: merge frontmatter refs, inline <Ref> tags in the MDX body and extra ids (figure cross-checks). */
export function collectCitations(
	frontmatter: readonly { id: string; page?: number | undefined }[],
	body: string,
	extra: readonly string[] = [],
): Citation[] {
	const pages = new Map<string, Set<number>>();
	const add = (id: string, page?: number) => {
		const set = pages.get(id) ?? new Set<number>();
		if (page !== undefined) set.add(page);
		pages.set(id, set);
	};
	for (const ref of frontmatter) add(ref.id, ref.page);
	for (const m of body.matchAll(REF_TAG)) add(m[1] ?? '', m[2] ? Number(m[2]) : undefined);
	for (const id of extra) add(id);
	return [...pages].map(([id, set]) => ({ id, pages: [...set].sort((a, b) => a - b) }));
}

const KIND_ORDER = { report: 0, coverage: 1, crosscheck: 2 } as const;

/** Report first, then coverage, then cross-check material; stable within a kind. */
export function sortByKind<T>(
	items: readonly T[],
	kindOf: (item: T) => keyof typeof KIND_ORDER,
): T[] {
	return items
		.map((item, i) => ({ item, i }))
		.sort((a, b) => KIND_ORDER[kindOf(a.item)] - KIND_ORDER[kindOf(b.item)] || a.i - b.i)
		.map(({ item }) => item);
}
