/** Static downloads of every figure's data: /data/capex.csv, /data/capex.json, … built from content/data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCapex, getDatacenters } from '~/lib/datasets';
import { capexCsv, datacentersCsv } from '~/lib/figures';

export const getStaticPaths = (() =>
	['capex.csv', 'capex.json', 'datacenters.csv', 'datacenters.json'].map((file) => ({
		params: { file },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const file = params.file ?? '';
	const data = file.startsWith('capex') ? await getCapex() : await getDatacenters();
	if (file.endsWith('.json')) {
		return new Response(JSON.stringify(data, null, 2) + '\n', {
			headers: { 'Content-Type': 'application/json' },
		});
	}
	// A BOM so spreadsheet programs read the Chinese notes as UTF-8.
	const csv = data.kind === 'capex' ? capexCsv(data) : datacentersCsv(data);
	return new Response('\uFEFF' + csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
