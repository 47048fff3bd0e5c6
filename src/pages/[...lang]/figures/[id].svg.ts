/** /figures/<id>.svg per edition: the landscape image as SVG (issue 23). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { figuresAlone, imageText, type FigureAlone } from '~/lib/figure-pages';
import { renderFigureSvg } from '~/lib/images/figure';
import { perLang } from '~/lib/routes';

export const getStaticPaths = (() =>
	perLang(async (lang) =>
		(await figuresAlone(lang)).map((figure) => ({ params: { id: figure.id }, props: { figure } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureAlone; lang: Lang }> = async ({ props, site }) =>
	new Response(await renderFigureSvg(imageText(props.figure, props.lang, site)), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
