/**
 * /og/square/home.png, /og/square/parts/<slug>.png, /og/square/trends/<slug>.png (and /en/ ones):
 * the 600×600 card a page names as its itemprop="image", for the apps that show a square thumbnail.
 */
import type { APIRoute } from 'astro';
import { cardPaths, pngResponse } from '~/lib/images/card-route';
import { renderSquareCard, type CardText } from '~/lib/images/og';

export const getStaticPaths = cardPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
	pngResponse(await renderSquareCard(props.text));
