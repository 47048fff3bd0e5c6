/**
 * /cite/<trend>.bib (and /en/cite/…): each trend's BibTeX entries, the citation block's second
 * format. Not in the page: the block's copy button fetches it on use (client/actions/copy.ts), and a
 * link downloads it without JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex } from '~/lib/cite';
import { getLibrary } from '~/lib/content';
import { perLang } from '~/lib/routes';
import { trendMeta } from '~/lib/trend-page';

export const getStaticPaths = (() => {
	const site = new URL(import.meta.env.SITE);
	return perLang(async (lang) => {
		const lib = await getLibrary(lang);
		return lib.trends.map((trend) => ({
			params: { file: `${trend.data.slug}.bib` },
			props: { body: `${bibtex(trendMeta(lib, trend, site).cite)}\n` },
		}));
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
	new Response(props.body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
