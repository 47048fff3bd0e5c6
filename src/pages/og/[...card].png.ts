/** /og/home.png, /og/parts/<slug>.png, /og/trends/<slug>.png: one social card per page family. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '~/lib/cards';
import { renderCard, type CardText } from '~/lib/images/og';

export const getStaticPaths = (async () =>
	[...(await allCards())].map(([card, text]) => ({
		params: { card },
		props: { text },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props.text)), {
		headers: { 'Content-Type': 'image/png' },
	});
