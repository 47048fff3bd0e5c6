import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { getLibrary } from '~/lib/content';
import { requireDataset } from '~/lib/lookups';
import { renderMap, renderPhoneMap } from '~/lib/images/map';
import type { Theme } from '~/lib/palette';
import { perLang } from '~/lib/routes';
import { localize } from '~/lib/figures/shared';

/** The world map per theme, and the phone map (regional crops) per theme: `phone-light` … */
export const getStaticPaths = (() =>
	perLang(() =>
		['light', 'dark', 'phone-light', 'phone-dark'].map((theme) => ({
			params: { theme },
			props: {},
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ lang: Lang }> = async ({ params, props }) => {
	const data = localize(requireDataset(await getLibrary(props.lang), 'datacenters'), props.lang);
	const [variant, theme] = params.theme?.startsWith('phone-')
		? ['phone', params.theme.slice('phone-'.length) as Theme]
		: ['world', params.theme as Theme];
	return new Response(variant === 'phone' ? renderPhoneMap(data, theme) : renderMap(data, theme), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
