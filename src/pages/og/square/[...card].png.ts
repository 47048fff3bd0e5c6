/**
 * /og/square/home.png, /og/square/parts/<slug>.png, /og/square/trends/<slug>.png (and /en/ ones):
 * the 600×600 card a page names as its itemprop="image", for the apps that show a square thumbnail.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards } from '~/lib/cards';
import { renderSquareCard, type CardText } from '~/lib/images/og';

export const getStaticPaths = (async () =>
	[...(await allCards())].map(([card, text]) => ({
		params: { card },
		props: { text },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
	new Response(new Uint8Array(await renderSquareCard(props.text)), {
		headers: { 'Content-Type': 'image/png' },
	});
