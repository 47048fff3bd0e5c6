import type { CitedSource } from '~/components/sources/SourceList.astro';
import { collectCitations, requireInlineCitations, sortByKind } from './citations';
import { requireSource, type Library, type Trend } from './content';
import { getDatacenters } from './datasets';

/**
 * The resolved, ordered source list of one trend page (frontmatter, inline refs, figure cross-checks).
 * `inline` is `render(trend).remarkPluginFrontmatter.citations` (src/integrations/remark-citations.mjs).
 */
export async function trendSources(
	lib: Library,
	trend: Trend,
	inline: unknown,
): Promise<CitedSource[]> {
	const extra = trend.data.figures.includes('datacenters')
		? (await getDatacenters()).rows.flatMap((r) => (r.crossCheck ? [r.crossCheck.id] : []))
		: [];
	const from = `content/trends/${trend.id}.mdx`;
	const cited = collectCitations(
		trend.data.sources.map((s) => ({ id: s.id.id, page: s.page })),
		requireInlineCitations(inline, from),
		extra,
	).map(({ id, pages }) => ({ source: requireSource(lib, id, from), pages }));
	return sortByKind(cited, (c) => c.source.data.kind);
}
