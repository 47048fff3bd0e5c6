/** /og/home.png, /og/parts/<slug>.png, /og/trends/<slug>.png: one social card per page family. */
import type { APIRoute } from 'astro';
import { cardPaths, pngResponse } from '~/lib/images/card-route';
import { renderCard, type CardText } from '~/lib/images/og';

export const getStaticPaths = cardPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
	pngResponse(await renderCard(props.text));
