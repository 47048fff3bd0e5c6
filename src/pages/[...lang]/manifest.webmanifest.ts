/** The web app manifest of each edition, generated so that its URLs follow the site's base. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { onePerLang } from '~/lib/routes';
import { webManifest } from '~/lib/web-manifest';

export const getStaticPaths = (() => onePerLang()) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = ({ props }) =>
	new Response(JSON.stringify(webManifest(props.lang)), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
