/**
 * /figures/<id>.png (2×, landscape), <id>-3x4.png and <id>-square.png, per edition (issue 23), each
 * also dark (<id>-dark.png, <id>-3x4-dark.png, <id>-square-dark.png).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { figuresAlone, imageText, type FigureAlone } from '~/lib/figure-pages';
import { imageFile, SHAPE_NAMES, THEME_NAMES, type Shape } from '~/lib/figure-files';
import { renderFigurePng } from '~/lib/images/figure';
import type { Theme } from '~/lib/palette';
import { perLang } from '~/lib/routes';

export const getStaticPaths = (() =>
	perLang(async (lang) =>
		(await figuresAlone(lang)).flatMap((figure) =>
			SHAPE_NAMES.flatMap((shape) =>
				THEME_NAMES.map((theme) => ({
					params: { image: imageFile(figure.id, shape, 'png', theme).replace(/\.png$/, '') },
					props: { figure, shape, theme },
				})),
			),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{
	figure: FigureAlone;
	shape: Shape;
	theme: Theme;
	lang: Lang;
}> = async ({ props, site }) =>
	new Response(
		new Uint8Array(
			await renderFigurePng(imageText(props.figure, props.lang, site), props.shape, props.theme),
		),
		{ headers: { 'Content-Type': 'image/png' } },
	);
