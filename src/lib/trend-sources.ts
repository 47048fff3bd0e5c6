import { collectCitations, requireInlineCitations, sortByKind } from './citations';
import { type Library, type Source, type Trend } from './content';
import { requireDataset, requireSource } from './lookups';
import { kindOf } from './figures/registry';

/** A source as one page lists it: with the report pages cited there. */
export interface CitedSource {
	source: Source;
	pages: number[];
}

/**
 * The resolved, ordered source list of one trend page (frontmatter, inline refs, figure cross-checks).
 * `inline` is `render(trend).remarkPluginFrontmatter.citations` (src/integrations/remark-citations.mjs).
 */
export function trendSources(lib: Library, trend: Trend, inline: unknown): CitedSource[] {
	const extra = trend.data.figures.flatMap((id) => {
		const data = requireDataset(lib, id);
		return kindOf(data).sources?.(data) ?? [];
	});
	const from = `content/trends/${trend.id}.mdx`;
	const cited = collectCitations(
		trend.data.sources.map((s) => ({ id: s.id.id, page: s.page })),
		requireInlineCitations(inline, from),
		extra,
	).map(({ id, pages }) => ({ source: requireSource(lib, id, from), pages }));
	return sortByKind(cited, (c) => c.source.data.kind);
}
