/**
 * Static files of every figure's data, from content/data: the downloads /data/<id>.csv and
 * /data/<id>.json, and /data/<id>.figure.json, what the browser adds to the figure when it comes
 * near (the chart spec, the reason for each table row's confidence, in table order, and how to cite
 * the figure): fetched
 * with the chart code, so neither weighs on the page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary } from '~/lib/content';
import { figuresAlone } from '~/lib/figure-pages';
import { requireDataset } from '~/lib/lookups';
import { figureJson } from '~/lib/figures/kind';
import { FIGURE_IDS, kindOf } from '~/lib/figures/registry';
import { perLang } from '~/lib/routes';

export const getStaticPaths = (() =>
	perLang(async (lang) => {
		const lib = await getLibrary(lang);
		const alone = await figuresAlone(lang);
		return FIGURE_IDS.flatMap((id) => {
			const data = requireDataset(lib, id);
			const kind = kindOf(data);
			return [
				// The dataset itself holds both languages: one file, linked from both editions.
				...(lang === 'en'
					? []
					: [
							{
								params: { file: `${id}.json` },
								props: { body: JSON.stringify(data, null, 2) + '\n' },
							},
						]),
				// A BOM so spreadsheet programs read the notes as UTF-8.
				{ params: { file: `${id}.csv` }, props: { body: '\uFEFF' + kind.csv(data, lang) } },
				{
					params: { file: `${id}.figure.json` },
					props: {
						body: JSON.stringify(
							figureJson(kind.view(data, lang), alone.find((f) => f.id === id)?.cite),
						),
					},
				},
			];
		});
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ params, props }) =>
	new Response(props.body, {
		headers: {
			'Content-Type': params.file?.endsWith('.json')
				? 'application/json'
				: 'text/csv; charset=utf-8',
		},
	});
