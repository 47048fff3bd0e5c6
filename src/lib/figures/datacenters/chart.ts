/** Chart.js config of the data-centre figure: one horizontal bar per investment, log scale. */
import type { CartesianScaleOptions, ChartConfiguration, Scale } from 'chart.js';
import {
	animation,
	axis,
	fitted,
	labelFont,
	tickFont,
	widestLabel,
	starred,
	valueLabels,
	type Look,
	type SizeOf,
} from '../chart-common';
import type { DatacentersSpec } from '.';

/** The value axis: log scale (one project, 100, is a hundred times the smallest, 1.0), labelled ticks. */
export const LOG_AXIS = { min: 0.5, max: 200, ticks: [1, 10, 100] } as const;

/** Below this chart width (CSS px) the bar labels take two lines. */
export const NARROW = 560;

/** The share of the chart's width kept for the bars when the labels grow with the text size. */
const BARS = 1 / 4;

export function chartConfig(
	spec: DatacentersSpec,
	p: Look,
	reducedMotion: boolean,
): ChartConfiguration<'bar'> {
	const labels = starred(spec.labels, spec.uncertain);
	// Chart.js gives a side axis at most half the chart's width, less than "Microsoft · 西班牙*" needs
	// on a phone, and cuts the start of the text. On a narrow chart the investor and the place go on
	// two lines instead.
	const line = (label: string, width: number) => (width < NARROW ? label.split(' · ') : label);
	// The labels on both sides of the bars, and the gaps around them (the axis' ticks, the room's 8 px
	// and the value's 4 px), leave the bars their share.
	const size: SizeOf = (chart) =>
		fitted(
			p,
			widestLabel(
				chart.ctx,
				labels.map((l) => line(l, chart.width)),
				tickFont(),
			) + widestLabel(chart.ctx, spec.display, labelFont()),
			chart.width * (1 - BARS) - 28,
		);
	const a = axis(p, size);
	return {
		type: 'bar',
		data: {
			labels,
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
			layout: {
				padding: (ctx) => ({
					right: widestLabel(ctx.chart.ctx, spec.display, labelFont(size(ctx.chart))) + 8,
				}),
			},
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
						callback(value) {
							return line(this.getLabelForValue(Number(value)), this.chart.width);
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
									tickFont(size(scale.chart)),
								),
						);
					},
				},
			},
			plugins: { legend: { display: false } },
		},
		plugins: [valueLabels((_, i) => spec.display[i] ?? '', p, size)],
	};
}
