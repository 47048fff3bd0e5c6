/**
 * /menu.json (and /en/menu.json): the report menu's parts and trends, with their links. The menu is
 * not in the pages: client/menu.ts fills it from here once the page is idle (without JavaScript the
 * menu leads to the home page's overview instead).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { getLibrary } from '~/lib/content';
import { chromeOf } from '~/lib/chrome';
import { menuOf } from '~/lib/menu';
import { onePerLang } from '~/lib/routes';

export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ props }) =>
	new Response(JSON.stringify(menuOf(chromeOf(await getLibrary(props.lang)), props.lang)), {
		headers: { 'Content-Type': 'application/json' },
	});
