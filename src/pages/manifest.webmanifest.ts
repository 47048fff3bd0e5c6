/** The web app manifest, generated so that its URLs follow the site's base. */
import type { APIRoute } from 'astro';
import { webManifest } from '~/lib/web-manifest';

export const GET: APIRoute = () =>
	new Response(JSON.stringify(webManifest()), {
		headers: { 'Content-Type': 'application/manifest+json' },
	});
