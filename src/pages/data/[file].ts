/** Static downloads of every figure's data: /data/<id>.csv and /data/<id>.json, from content/data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, requireDataset } from '~/lib/content';
import { FIGURE_IDS, kindOf } from '~/lib/figures/registry';

export const getStaticPaths = (async () => {
	const lib = await getLibrary();
	return FIGURE_IDS.flatMap((id) => {
		const data = requireDataset(lib, id);
		return [
			{ params: { file: `${id}.json` }, props: { body: JSON.stringify(data, null, 2) + '\n' } },
			// A BOM so spreadsheet programs read the Chinese notes as UTF-8.
			{ params: { file: `${id}.csv` }, props: { body: '\uFEFF' + kindOf(data).csv(data) } },
		];
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ params, props }) =>
	new Response(props.body, {
		headers: {
			'Content-Type': params.file?.endsWith('.json')
				? 'application/json'
				: 'text/csv; charset=utf-8',
		},
	});
