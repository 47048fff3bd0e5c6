/** What the social-card endpoints share (src/pages/og/): one card per page family, served as PNG. */
import type { GetStaticPaths } from 'astro';
import { allCards } from '~/lib/cards';

/** One path per card (home, each part, each trend, in each edition), with the card's text. */
export const cardPaths = (async () =>
	[...(await allCards())].map(([card, text]) => ({
		params: { card },
		props: { text },
	}))) satisfies GetStaticPaths;

export const pngResponse = (png: Buffer): Response =>
	new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
