/**
 * Build-time app icons (PNG) in the favicon's design (public/favicon.svg): "10" in the page colour on
 * an ink square. satori lays the mark out with the cards' font, resvg rasterises it.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontDataFor } from './og-fonts';
import { PALETTE } from '~/lib/palette';

/** The favicon's proportions: a 32-unit square, corners of 6, the mark 15 units high. */
const CORNER = 6 / 32;
const MARK = 15 / 32;
/**
 * A maskable icon is cut to any shape inside its full square, keeping at least the centre circle of
 * 80 % of the width: no corners, and the mark a little smaller so it stays well inside that circle.
 */
const MASKABLE_MARK = 12 / 32;
const TEXT = '10';

export interface IconSpec {
	size: number;
	maskable: boolean;
}

export async function renderIcon({ size, maskable }: IconSpec): Promise<Buffer> {
	const fonts = fontDataFor(TEXT, 700).map((data, i) => ({
		name: `sc-700-${i}`,
		data,
		weight: 700 as const,
		style: 'normal' as const,
	}));
	const tree = {
		type: 'div',
		props: {
			style: {
				display: 'flex',
				alignItems: 'center',
				justifyContent: 'center',
				width: '100%',
				height: '100%',
				background: PALETTE.light.ink,
				borderRadius: maskable ? 0 : Math.round(size * CORNER),
				color: PALETTE.light.surface,
				fontFamily: fonts.map((f) => f.name).join(', '),
				fontWeight: 700,
				fontSize: Math.round(size * (maskable ? MASKABLE_MARK : MARK)),
				lineHeight: 1,
			},
			children: TEXT,
		},
	};
	const svg = await satori(tree as Parameters<typeof satori>[0], {
		width: size,
		height: size,
		fonts,
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
}
