import type { Theme } from './palette';

/**
 * The files a figure travels as (issue 23), named in one place for the build that makes them
 * (lib/images/figure.ts, pages/[...lang]/figures/, embed/) and the browser code that offers them
 * (client/figure-share.ts): the images under figures/ and the embed page, per edition.
 */

/** The image shapes: CSS-pixel layout size and the device pixels per CSS pixel of the PNG. */
export const SHAPES = {
	/** For slides and pages: 2400 × 1350 px. */
	landscape: { suffix: '', width: 1200, height: 675, scale: 2 },
	/** For chats and phone screens, 3:4: 1080 × 1440 px (the posters' size). */
	portrait: { suffix: '-3x4', width: 720, height: 960, scale: 1.5 },
	/** For chats, square: 1080 × 1080 px. */
	square: { suffix: '-square', width: 720, height: 720, scale: 1.5 },
} as const;
export type Shape = keyof typeof SHAPES;
export const SHAPE_NAMES = Object.keys(SHAPES) as Shape[];

/**
 * The image themes, each in the site's colours of that theme. The light files keep the names they
 * were first shared under; the dark ones add "-dark" after the shape's suffix.
 */
export const THEMES = {
	light: { suffix: '' },
	dark: { suffix: '-dark' },
} as const satisfies Record<Theme, { suffix: string }>;
export const THEME_NAMES = Object.keys(THEMES) as Theme[];

/** The file name (under figures/) of one figure's image in one shape and theme. */
export const imageFile = (
	id: string,
	shape: Shape,
	ext: 'png' | 'svg' = 'png',
	theme: Theme = 'light',
): string => `${id}${SHAPES[shape].suffix}${THEMES[theme].suffix}.${ext}`;

/** Pixel size of a shape's PNG. */
export const pixelSize = (shape: Shape): { width: number; height: number } => ({
	width: SHAPES[shape].width * SHAPES[shape].scale,
	height: SHAPES[shape].height * SHAPES[shape].scale,
});

/** The embed page of a figure, relative to an edition's root. */
export const embedPath = (id: string): string => `embed/${id}/`;

/**
 * The embed's width to height, for the <iframe> snippet's fixed aspect ratio: about the embed's
 * content at 640 px wide (the data-centre figure carries its map under the bars).
 */
const EMBED_RATIO: Record<string, string> = { capex: '4 / 3', datacenters: '2 / 3' };

/** The <iframe> to paste: the embed at the full width of its column, at a fixed aspect ratio. */
export const embedCode = (id: string, url: string, title: string): string =>
	`<iframe src="${url}" title="${title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" loading="lazy" style="width:100%;aspect-ratio:${EMBED_RATIO[id] ?? '4 / 3'};border:0"></iframe>`;
