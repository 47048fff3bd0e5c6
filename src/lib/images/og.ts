/**
 * Build-time social cards: satori lays out the card, resvg rasterises it to PNG. Two shapes from one
 * text: 1200×630 for Open Graph, and a 600×600 square for the apps (WeChat, QQ) that show a shared
 * link's image as a small square thumbnail (itemprop="image"), where the wide card is cropped.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fontDataFor } from './og-fonts';
import { PALETTE } from '~/lib/palette';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const SQUARE_SIZE = 600;

export interface CardText {
	/** Small line above the title, e.g. "趋势 01 · Part 1 基础设施". */
	kicker: string;
	title: string;
	subtitle?: string | undefined;
	/** Big faint number in the corner ("01"), if any. */
	badge?: string | undefined;
	/** Accent colour of the part. */
	accent: string;
	footer: string;
}

export type Node = {
	type: string;
	props: {
		style?: Record<string, unknown>;
		children?: (Node | string)[] | Node | string;
		[attribute: string]: unknown;
	};
};
export const box = (
	style: Record<string, unknown>,
	children: (Node | string)[] | string,
): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

/** Title size that fits one line of ~1000 px: CJK glyphs are ~1 em wide, Latin ~0.55 em. */
export function titleSize(title: string): number {
	const ems = [...title].reduce((n, ch) => n + (/[\x20-\x7e]/.test(ch) ? 0.55 : 1), 0);
	return Math.max(48, Math.min(76, Math.floor(1000 / ems)));
}

const cardText = (card: CardText): string =>
	[card.kicker, card.title, card.subtitle ?? '', card.badge ?? '', card.footer].join('');

/** The font subsets some text needs, and the family list that names them all. */
export function fontsFor(all: string) {
	// Satori does not fall back between fonts of one name, so every subset gets its own family name.
	const fonts = ([700, 400] as const).flatMap((weight) =>
		fontDataFor(all, weight).map((data, i) => ({
			name: `sc-${weight}-${i}`,
			data,
			weight,
			style: 'normal' as const,
		})),
	);
	return { fonts, family: fonts.map((f) => f.name).join(', ') };
}

/**
 * The tree laid out by satori as SVG: its text drawn as glyph outlines (no font needed to view it),
 * or, with `embedFont` false, as <text> in the fonts it was measured with.
 */
export const layout = (
	tree: Node,
	width: number,
	height: number,
	fonts: Fonts,
	embedFont = true,
): Promise<string> =>
	satori(tree as Parameters<typeof satori>[0], { width, height, fonts, embedFont });

/** Rasterises a tree at `scale` device pixels per CSS pixel. */
export async function rasterise(
	tree: Node,
	width: number,
	height: number,
	fonts: Fonts,
	scale = 1,
): Promise<Buffer> {
	const svg = await layout(tree, width, height, fonts);
	return new Resvg(svg, {
		fitTo: { mode: 'width', value: width * scale },
		font: { loadSystemFonts: false },
	})
		.render()
		.asPng();
}
export type Fonts = ReturnType<typeof fontsFor>['fonts'];

/** A card of one size: the page's colours and the fonts its text needs on the root, rasterised. */
function render(
	card: CardText,
	width: number,
	height: number,
	style: Record<string, unknown>,
	children: Node[],
): Promise<Buffer> {
	const { fonts, family } = fontsFor(cardText(card));
	const { surface, ink } = PALETTE.light;
	const root = {
		width: '100%',
		height: '100%',
		background: surface,
		fontFamily: family,
		color: ink,
	};
	return rasterise(box({ ...root, ...style }, children), width, height, fonts);
}

export function renderCard(card: CardText): Promise<Buffer> {
	const c = PALETTE.light;
	return render(card, OG_WIDTH, OG_HEIGHT, { position: 'relative' }, [
		box({ width: 24, height: '100%', background: card.accent }, ''),
		box(
			{
				flexDirection: 'column',
				justifyContent: 'space-between',
				padding: '64px 72px',
				width: 1176,
			},
			[
				box({ flexDirection: 'column' }, [
					box({ fontSize: 34, fontWeight: 700, color: card.accent }, card.kicker),
					box(
						{
							marginTop: 28,
							fontSize: titleSize(card.title),
							fontWeight: 700,
							lineHeight: 1.25,
							maxWidth: 1020,
						},
						card.title,
					),
					...(card.subtitle
						? [
								box(
									{
										marginTop: 18,
										fontSize: 40,
										fontWeight: 400,
										color: c.muted,
										lineHeight: 1.35,
										maxWidth: 960,
									},
									card.subtitle,
								),
							]
						: []),
				]),
				box(
					{ fontSize: 26, color: c.muted, borderTop: `2px solid ${c.rule}`, paddingTop: 22 },
					card.footer,
				),
			],
		),
		...(card.badge
			? [
					box(
						{
							position: 'absolute',
							right: 56,
							bottom: 88,
							fontSize: 150,
							fontWeight: 700,
							color: card.accent,
							opacity: 0.14,
						},
						card.badge,
					),
				]
			: []),
	]);
}

/**
 * The square card: the badge (trend number, part, or the report's "10") large in the part's colour
 * and the title under it, bold: a chat thumbnail is some 60 px wide, where only these still read.
 */
export function renderSquareCard(card: CardText): Promise<Buffer> {
	const c = PALETTE.light;
	return render(card, SQUARE_SIZE, SQUARE_SIZE, { flexDirection: 'column' }, [
		box({ width: SQUARE_SIZE, height: 24, background: card.accent }, ''),
		box(
			{
				marginTop: 36,
				marginLeft: 42,
				fontSize: 150,
				fontWeight: 700,
				color: card.accent,
				lineHeight: 1,
			},
			card.badge ?? '10',
		),
		box({ flexDirection: 'column', width: SQUARE_SIZE - 96, margin: 'auto 48px 44px' }, [
			box(
				{ fontSize: card.title.length > 24 ? 40 : 50, fontWeight: 700, lineHeight: 1.25 },
				card.title,
			),
			box(
				{ marginTop: 22, fontSize: 24, fontWeight: 400, color: c.muted, lineHeight: 1.3 },
				card.kicker,
			),
		]),
	]);
}
