/**
 * Where each data-centre row's marker sits on the world and phone maps (as shares of each map), read
 * by the figure's table code to mark a linked row's marker over the map image
 * (client/figure-table.ts). Its words are kept clear of Tailwind class names: pages are scanned.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { getLibrary } from '~/lib/content';
import { markerPlaces } from '~/lib/images/map';
import { requireDataset } from '~/lib/lookups';
import { onePerLang } from '~/lib/routes';

// One per edition, so each edition's offline copy holds it (the places are the same in both).
export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(
		JSON.stringify(markerPlaces(requireDataset(await getLibrary(props.lang), 'datacenters'))),
		{ headers: { 'Content-Type': 'application/json' } },
	);
