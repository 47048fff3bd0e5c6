/**
 * /search/terms.json (and /en/search/terms.json): the second tier's pinyin table of the edition,
 * computed at build (src/lib/search/pinyin-table.ts). Fetched only after a Latin query with no
 * exact result; never part of a page's first view or of the first exact search.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { getGlossary, getLibrary } from '~/lib/content';
import { onePerLang } from '~/lib/routes';
import { tableOf } from '~/lib/search/pinyin-table';

export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(
		JSON.stringify(tableOf(await getLibrary(props.lang), await getGlossary(props.lang))),
		{
			headers: { 'Content-Type': 'application/json' },
		},
	);
