/** /figures/<id>.png (2×, landscape), <id>-3x4.png and <id>-square.png, per edition (issue 23). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { figuresAlone, imageText, type FigureAlone } from '~/lib/figure-pages';
import { imageFile, SHAPE_NAMES, type Shape } from '~/lib/figure-files';
import { renderFigurePng } from '~/lib/images/figure';
import { perLang } from '~/lib/routes';

export const getStaticPaths = (() =>
	perLang(async (lang) =>
		(await figuresAlone(lang)).flatMap((figure) =>
			SHAPE_NAMES.map((shape) => ({
				params: { image: imageFile(figure.id, shape).replace(/\.png$/, '') },
				props: { figure, shape },
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureAlone; shape: Shape; lang: Lang }> = async ({
	props,
	site,
}) =>
	new Response(
		new Uint8Array(await renderFigurePng(imageText(props.figure, props.lang, site), props.shape)),
		{ headers: { 'Content-Type': 'image/png' } },
	);
