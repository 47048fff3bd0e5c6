/** Chart.js config of the capex figure: grouped bars, the uncertain 2025E bars hollow. */
import type { ChartConfiguration } from 'chart.js';
import {
	animation,
	axis,
	fitted,
	starred,
	tickFont,
	valueLabels,
	widestLabel,
	type Look,
	type SizeOf,
} from '../chart-common';
import type { CapexSpec } from '.';

export function chartConfig(
	spec: CapexSpec,
	p: Look,
	reducedMotion: boolean,
): ChartConfiguration<'bar'> {
	const colour = (si: number) => (si === 0 ? p.tokens['series-1'] : p.tokens['series-2']);
	const labels = starred(spec.labels, spec.uncertain);
	// Each company's name stays level under its bars: a share of the width left of the value axis.
	const size: SizeOf = (chart) =>
		fitted(p, widestLabel(chart.ctx, labels, tickFont()), (chart.width - 40) / labels.length - 8);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: spec.series.map((s, si) => ({
				label: s.label,
				data: s.values,
				backgroundColor: spec.uncertain.map((u) => (si === 1 && u ? 'transparent' : colour(si))),
				borderColor: colour(si),
				borderWidth: 2,
			})),
		},
		options: {
			maintainAspectRatio: false,
			animation: animation(reducedMotion),
			// Room above the tallest bar for its value.
			layout: { padding: (ctx) => ({ top: size(ctx.chart) + 8 }) },
			scales: {
				x: { ...axis(p, size), grid: { display: false } },
				y: { ...axis(p, size), beginAtZero: true },
			},
			plugins: { legend: { display: false } },
		},
		plugins: [valueLabels((di, i) => String(spec.series[di]?.values[i] ?? ''), p, size)],
	};
}
