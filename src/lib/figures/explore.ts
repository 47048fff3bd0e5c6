/**
 * Walking a bar chart's data from the keyboard: which bar a key leads to. Pure (the browser code in
 * src/client/chart-keys.ts draws and announces). Bars are addressed by category and series; the
 * keys follow the chart's direction: along the category axis the arrows go to the previous or next
 * category, across it to the previous or next series of the same category (a chart with one series
 * takes both pairs of arrows along its categories); Home and End go to the first and last bar.
 */

export interface Point {
	category: number;
	series: number;
}

export interface Shape {
	categories: number;
	series: number;
	/** Bars drawn sideways (Chart.js `indexAxis: 'y'`): categories run down the chart. */
	horizontal: boolean;
}

export const EXPLORE_KEYS = [
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Home',
	'End',
] as const;
export type ExploreKey = (typeof EXPLORE_KEYS)[number];

export const isExploreKey = (key: string): key is ExploreKey =>
	(EXPLORE_KEYS as readonly string[]).includes(key);

const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1);

/** The bar `key` leads to from `at` (or from nowhere: the first bar, or the last for End). */
export function step(at: Point | null, key: ExploreKey, shape: Shape): Point {
	const last = { category: shape.categories - 1, series: shape.series - 1 };
	if (key === 'Home') return { category: 0, series: 0 };
	if (key === 'End') return last;
	if (!at) return { category: 0, series: 0 };
	// Keys along the categories, then keys across them (to the previous / next series).
	const [back, forward, seriesBack, seriesForward] = shape.horizontal
		? (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const)
		: (['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp'] as const);
	const single = shape.series === 1;
	if (key === back || (single && key === seriesBack))
		return { ...at, category: clamp(at.category - 1, shape.categories) };
	if (key === forward || (single && key === seriesForward))
		return { ...at, category: clamp(at.category + 1, shape.categories) };
	if (key === seriesBack) return { ...at, series: clamp(at.series - 1, shape.series) };
	return { ...at, series: clamp(at.series + 1, shape.series) };
}
