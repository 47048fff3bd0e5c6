import type { APIRoute, GetStaticPaths } from 'astro';
import { getLibrary, requireDataset } from '~/lib/content';
import { renderMap, renderPhoneMap } from '~/lib/images/map';
import type { Theme } from '~/lib/palette';

/** The world map per theme, and the phone map (regional crops) per theme: `phone-light` … */
export const getStaticPaths = (() =>
	['light', 'dark', 'phone-light', 'phone-dark'].map((theme) => ({
		params: { theme },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const data = requireDataset(await getLibrary(), 'datacenters');
	const [variant, theme] = params.theme?.startsWith('phone-')
		? ['phone', params.theme.slice('phone-'.length) as Theme]
		: ['world', params.theme as Theme];
	return new Response(variant === 'phone' ? renderPhoneMap(data, theme) : renderMap(data, theme), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
