/**
 * /trends/<slug>.md (and /en/…): the trend as Markdown, with heading ids, notes, citations as
 * footnotes and the figures as tables (src/lib/trend-markdown.ts). Linked as "Copy as Markdown"
 * beside the trend's cite link, and listed in /llms.txt.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { getLibrary } from '~/lib/content';
import { perLang } from '~/lib/routes';
import { trendMarkdown } from '~/lib/trend-markdown';
import { trendMeta } from '~/lib/trend-page';
import { trendSources } from '~/lib/trend-sources';

export const getStaticPaths = (() => {
	const site = new URL(import.meta.env.SITE);
	return perLang(async (lang) => {
		const lib = await getLibrary(lang);
		return Promise.all(
			lib.trends.map(async (trend) => ({
				params: { trend: trend.data.slug },
				props: {
					body: trendMarkdown({
						lib,
						trend,
						sources: trendSources(
							lib,
							trend,
							(await render(trend)).remarkPluginFrontmatter.citations,
						),
						cite: trendMeta(lib, trend, site).cite,
						site,
					}),
				},
			})),
		);
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
	new Response(props.body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
