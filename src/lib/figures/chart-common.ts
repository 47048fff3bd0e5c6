/** What every figure's Chart.js config shares: the palette read from CSS, fonts, value labels. */
import type { Plugin } from 'chart.js';
import type { Token } from './kind';

/** Colours read from CSS tokens at mount time, so charts follow the theme. */
export interface Palette {
	ink: string;
	muted: string;
	grid: string;
	surface: string;
	tokens: Record<Token, string>;
}

export const FONT = {
	family:
		'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
};

export const axis = (p: Palette) => ({
	ticks: { color: p.muted, font: FONT },
	grid: { color: p.grid },
	border: { color: p.grid },
});

export const animation = (reducedMotion: boolean) =>
	reducedMotion ? (false as const) : { duration: 400 };

/** Uncertain values carry a star in their label, as in the table. */
export const starred = (labels: string[], uncertain: boolean[]): string[] =>
	labels.map((l, i) => (uncertain[i] ? `${l}*` : l));

/** The value labels' font. */
const LABEL_FONT = '12px system-ui, sans-serif';

/**
 * The width of the widest of some labels as drawn (12 px, the value labels' and the ticks' size),
 * measured: a fixed room cut "more than US$100 bn" on a phone.
 */
export function widestLabel(
	ctx: CanvasRenderingContext2D,
	texts: (string | string[] | undefined)[],
	font = LABEL_FONT,
): number {
	ctx.save();
	ctx.font = font;
	const widest = Math.max(0, ...texts.flat().map((text) => ctx.measureText(text ?? '').width));
	ctx.restore();
	return Math.ceil(widest);
}

/** Draws each bar's value at its end: readable without hovering, and on touch screens. */
export const valueLabels = (
	texts: (datasetIndex: number, index: number) => string,
	color: string,
): Plugin<'bar'> => ({
	id: 'rrValueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = color;
		ctx.font = LABEL_FONT;
		chart.data.datasets.forEach((_, di) => {
			const meta = chart.getDatasetMeta(di);
			if (meta.hidden) return;
			meta.data.forEach((bar, i) => {
				const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
				const horizontal = chart.options.indexAxis === 'y';
				ctx.textAlign = horizontal ? 'left' : 'center';
				ctx.textBaseline = horizontal ? 'middle' : 'bottom';
				ctx.fillText(texts(di, i), horizontal ? x + 4 : x, horizontal ? y : y - 2);
			});
		});
		ctx.restore();
	},
});
