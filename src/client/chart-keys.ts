/**
 * A chart walked from the keyboard (in the chart chunk, with Chart.js): the canvas takes focus, the
 * arrow keys, Home and End go from bar to bar (lib/figures/explore.ts), the bar is outlined and a
 * line under the chart, a polite live region, says what the figure's spec says of it (series,
 * category, value with its unit, confidence: built with the table, from the same data file). On
 * focus the line says which keys to use, or the bar last visited.
 */
import type { Chart, Plugin } from 'chart.js';
import type { ChartSpecBase } from '~/lib/figures/kind';
import { isExploreKey, step, type Point } from '~/lib/figures/explore';

/** Where the keyboard is, per chart. */
const current = new WeakMap<Chart, Point>();

/** Outlines the bar the keyboard is on, in the ink colour, clear of the bar's own border. */
export const focusRing: Plugin<'bar'> = {
	id: 'rrFocusRing',
	afterDatasetsDraw(chart) {
		const at = current.get(chart as unknown as Chart);
		if (document.activeElement !== chart.canvas) return;
		const bar = at && chart.getDatasetMeta(at.series).data[at.category];
		if (!bar) return;
		const { x, y, base, width, height } = bar.getProps(
			['x', 'y', 'base', 'width', 'height'],
			true,
		) as Record<string, number>;
		const horizontal = chart.options.indexAxis === 'y';
		const [left, right] = horizontal
			? [Math.min(base, x), Math.max(base, x)]
			: [x - width / 2, x + width / 2];
		const [top, bottom] = horizontal
			? [y - height / 2, y + height / 2]
			: [Math.min(base, y), Math.max(base, y)];
		const { ctx } = chart;
		ctx.save();
		ctx.strokeStyle = getComputedStyle(chart.canvas).getPropertyValue('--ink').trim();
		ctx.lineWidth = 2;
		ctx.setLineDash([4, 2]);
		ctx.strokeRect(left - 4, top - 4, right - left + 8, bottom - top + 8);
		ctx.restore();
	},
};

export function explore(chart: Chart, canvas: HTMLCanvasElement, spec: ChartSpecBase): () => void {
	const status = document.createElement('p');
	status.className = 'chart-status';
	status.setAttribute('aria-live', 'polite');
	canvas.parentElement?.after(status);
	canvas.tabIndex = 0;
	// Arrow keys are the chart's, also under a screen reader (which passes them to an application).
	canvas.setAttribute('role', 'application');
	const shape = {
		categories: spec.points[0]?.length ?? 0,
		series: spec.points.length,
		horizontal: chart.options.indexAxis === 'y',
	};
	const say = () => {
		const at = current.get(chart);
		status.textContent = at ? (spec.points[at.series]?.[at.category] ?? '') : spec.keys;
	};
	const onKey = (event: KeyboardEvent) => {
		if (!isExploreKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
		if (!shape.categories) return;
		event.preventDefault();
		current.set(chart, step(current.get(chart) ?? null, event.key, shape));
		chart.update('none');
		say();
	};
	// The place is kept for the next visit; the outline shows only while the chart has focus.
	const onBlur = () => chart.update('none');
	const onFocus = () => {
		say();
		chart.update('none');
	};
	canvas.addEventListener('focus', onFocus);
	canvas.addEventListener('keydown', onKey);
	canvas.addEventListener('blur', onBlur);
	return () => {
		canvas.removeEventListener('focus', onFocus);
		canvas.removeEventListener('keydown', onKey);
		canvas.removeEventListener('blur', onBlur);
		status.remove();
	};
}
