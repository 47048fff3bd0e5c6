/** /figures/<id>.svg and <id>-dark.svg per edition: the landscape image as SVG (issue 23). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '~/i18n';
import { figuresAlone, imageText, type FigureAlone } from '~/lib/figure-pages';
import { imageFile, THEME_NAMES } from '~/lib/figure-files';
import { renderFigureSvg } from '~/lib/images/figure';
import type { Theme } from '~/lib/palette';
import { perLang } from '~/lib/routes';

export const getStaticPaths = (() =>
	perLang(async (lang) =>
		(await figuresAlone(lang)).flatMap((figure) =>
			THEME_NAMES.map((theme) => ({
				params: { image: imageFile(figure.id, 'landscape', 'svg', theme).replace(/\.svg$/, '') },
				props: { figure, theme },
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ figure: FigureAlone; theme: Theme; lang: Lang }> = async ({
	props,
	site,
}) =>
	new Response(await renderFigureSvg(imageText(props.figure, props.lang, site), props.theme), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
