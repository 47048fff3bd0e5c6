/**
 * /search/aliases.json (and /en/search/aliases.json): the glossary's aliases for search, computed
 * at build (src/lib/search/alias-table.ts) with the heading of their list. Fetched once, with the
 * first search, beside the pages' text.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { useT, type Lang } from '~/i18n';
import { getGlossary } from '~/lib/content';
import { onePerLang } from '~/lib/routes';
import { aliasTable } from '~/lib/search/alias-table';

export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(
		JSON.stringify(aliasTable(await getGlossary(props.lang), useT(props.lang)('search.aliasOf'))),
		{ headers: { 'Content-Type': 'application/json' } },
	);
