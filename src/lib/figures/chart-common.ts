/** What every figure's Chart.js config shares: the look read from CSS, fonts, value labels. */
import type { Chart, Plugin } from 'chart.js';
import type { Token } from './kind';

/**
 * What a chart takes from the page's CSS when it is drawn, and again when either changes: the
 * theme's colours, and the reader's text size (the menu's 字号).
 */
export interface Look {
	ink: string;
	muted: string;
	grid: string;
	surface: string;
	tokens: Record<Token, string>;
	/** The ticks' and value labels' size in px as asked: 12 at the default text size, scaled with it. */
	size: number;
}

/** The labels' size in px on one chart, as drawn: a chart's config works it out from its width. */
export type SizeOf = (chart: Chart) => number;

/** The labels' size at the default text size, and their least (Chartability's floor for text). */
const BASE = 12;

/**
 * The reader's size (`p.size`), never under 12 px, and less than asked where text measured at 12 px
 * as `width12` must fit in `room` px: a larger text size must not crush a chart's bars or tip its
 * labels sideways.
 */
export const fitted = (p: Look, width12: number, room: number): number =>
	Math.max(BASE, Math.min(p.size, (BASE * room) / width12));

export const FONT = {
	family:
		'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
};

/** The ticks' font at `px`, or measured at 12 px. */
export const tickFont = (px = BASE) => `${px}px ${FONT.family}`;

export const axis = (p: Look, size: SizeOf) => ({
	ticks: {
		color: p.muted,
		font: (ctx: { chart: Chart }) => ({ ...FONT, size: size(ctx.chart) }),
	},
	grid: { color: p.grid },
	border: { color: p.grid },
});

export const animation = (reducedMotion: boolean) =>
	reducedMotion ? (false as const) : { duration: 400 };

/** Uncertain values carry a star in their label, as in the table. */
export const starred = (labels: string[], uncertain: boolean[]): string[] =>
	labels.map((l, i) => (uncertain[i] ? `${l}*` : l));

/** The value labels' font at `px`, or measured at 12 px. */
export const labelFont = (px = BASE) => `${px}px system-ui, sans-serif`;

/**
 * The width of the widest of some labels as drawn in `font` (the value labels' or the ticks'),
 * measured: a fixed room cut "more than US$100 bn" on a phone.
 */
export function widestLabel(
	ctx: CanvasRenderingContext2D,
	texts: (string | string[] | undefined)[],
	font: string,
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
	p: Look,
	size: SizeOf,
): Plugin<'bar'> => ({
	id: 'rrValueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = p.ink;
		ctx.font = labelFont(size(chart));
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
