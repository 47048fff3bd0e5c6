import type { APIRoute } from 'astro';
import { iconSprite } from '~/lib/icons';

/** <base>icons.svg: the sprite of the pages that show several icons (components/ui/Icon.astro). */
export const GET: APIRoute = () =>
	new Response(iconSprite(), { headers: { 'Content-Type': 'image/svg+xml' } });
