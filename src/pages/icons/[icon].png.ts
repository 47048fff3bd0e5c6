/** /icons/icon-192.png, icon-512.png and maskable-512.png: the app icons, rendered at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderIcon } from '~/lib/images/icon';
import { ICONS } from '~/lib/web-manifest';

export const getStaticPaths = (() =>
	Object.entries(ICONS).map(([icon, spec]) => ({
		params: { icon },
		props: { spec },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: (typeof ICONS)[keyof typeof ICONS] }> = async ({ props }) =>
	new Response(new Uint8Array(await renderIcon(props.spec)), {
		headers: { 'Content-Type': 'image/png' },
	});
