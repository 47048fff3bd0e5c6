/** Chart.js config of the data-centre figure: one horizontal bar per investment, log scale. */
import type { CartesianScaleOptions, ChartConfiguration, Scale } from 'chart.js';
import {
	FONT,
	animation,
	axis,
	widestLabel,
	starred,
	valueLabels,
	type Palette,
} from '../chart-common';
import type { DatacentersSpec } from '.';

/** The value axis: log scale (one project, 100, is a hundred times the smallest, 1.0), labelled ticks. */
export const LOG_AXIS = { min: 0.5, max: 200, ticks: [1, 10, 100] } as const;

/** Below this chart width (CSS px) the bar labels take two lines. */
export const NARROW = 560;

export function chartConfig(
	spec: DatacentersSpec,
	p: Palette,
	reducedMotion: boolean,
): ChartConfiguration<'bar'> {
	const a = axis(p);
	return {
		type: 'bar',
		data: {
			labels: starred(spec.labels, spec.uncertain),
			datasets: [
				{
					label: spec.unit,
					data: spec.values,
					backgroundColor: spec.tokens.map((t, i) =>
						spec.uncertain[i] ? 'transparent' : p.tokens[t],
					),
					borderColor: spec.tokens.map((t) => p.tokens[t]),
					borderWidth: 2,
				},
			],
		},
		options: {
			indexAxis: 'y',
			maintainAspectRatio: false,
			animation: animation(reducedMotion),
			// Room for the value labels drawn after each bar.
			layout: { padding: (ctx) => ({ right: widestLabel(ctx.chart.ctx, spec.display) + 8 }) },
			scales: {
				x: {
					...a,
					type: 'logarithmic',
					min: LOG_AXIS.min,
					max: LOG_AXIS.max,
					ticks: {
						...a.ticks,
						maxRotation: 0,
						callback: (v) =>
							(LOG_AXIS.ticks as readonly number[]).includes(Number(v)) ? String(v) : '',
					},
				},
				y: {
					...a,
					grid: { display: false },
					ticks: {
						...a.ticks,
						// Chart.js gives a side axis at most half the chart's width, less than
						// "Microsoft · 西班牙*" needs on a phone, and cuts the start of the text. On a
						// narrow chart the investor and the place go on two lines instead.
						callback(value) {
							const label = this.getLabelForValue(Number(value));
							return this.chart.width < NARROW ? label.split(' · ') : label;
						},
					},
					// Never narrower than its labels (and 4 px from the edge): the room kept for the value
					// labels leaves the axis less than the half it may take on a phone, which cut the
					// start of "United States*".
					afterFit(scale) {
						const { ticks, grid } = (scale as Scale<CartesianScaleOptions>).options;
						const marks = grid.drawTicks ? (grid.tickLength ?? 0) : 0;
						scale.width = Math.max(
							scale.width,
							4 +
								marks +
								ticks.padding +
								widestLabel(
									scale.ctx,
									scale.ticks.map((t) => t.label),
									`12px ${FONT.family}`,
								),
						);
					},
				},
			},
			plugins: { legend: { display: false } },
		},
		plugins: [valueLabels((_, i) => spec.display[i] ?? '', p.ink)],
	};
}
