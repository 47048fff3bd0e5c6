/** Chart.js config of the capex figure: grouped bars, the uncertain 2025E bars hollow. */
import type { ChartConfiguration } from 'chart.js';
import { animation, axis, starred, valueLabels, type Palette } from '../chart-common';
import type { CapexSpec } from '.';

export function chartConfig(
	spec: CapexSpec,
	p: Palette,
	reducedMotion: boolean,
): ChartConfiguration<'bar'> {
	const colour = (si: number) => (si === 0 ? p.tokens['series-1'] : p.tokens['series-2']);
	return {
		type: 'bar',
		data: {
			labels: starred(spec.labels, spec.uncertain),
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
			layout: { padding: { top: 20 } },
			scales: {
				x: { ...axis(p), grid: { display: false } },
				y: { ...axis(p), beginAtZero: true },
			},
			plugins: { legend: { display: false } },
		},
		plugins: [valueLabels((di, i) => String(spec.series[di]?.values[i] ?? ''), p.ink)],
	};
}
