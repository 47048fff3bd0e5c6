/** /preview.json (and /en/preview.json): what the in-place previews show (src/lib/preview-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { getGlossary, getLibrary } from '~/lib/content';
import { previewData } from '~/lib/preview-data';
import { onePerLang } from '~/lib/routes';

export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(
		JSON.stringify(previewData(await getLibrary(props.lang), await getGlossary(props.lang))),
		{ headers: { 'Content-Type': 'application/json' } },
	);
