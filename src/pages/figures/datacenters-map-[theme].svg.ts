import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, requireDataset } from '~/lib/content';
import { renderMap } from '~/lib/images/map';
import type { Theme } from '~/lib/palette';

export const getStaticPaths = (() => [
	{ params: { theme: 'light' } },
	{ params: { theme: 'dark' } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(
		renderMap(requireDataset(await getLibrary(), 'datacenters'), params.theme as Theme),
		{
			headers: { 'Content-Type': 'image/svg+xml' },
		},
	);
