/**
 * Pure figure logic: dataset → table rows, CSV, chart spec and Chart.js config.
 * No DOM and no chart.js runtime import (types only), so all of it is unit-tested.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { CapexData, DatacentersData } from './datasets';
import { formatBillions } from './format';

export type FigureId = 'capex' | 'datacenters';

/** Sum of one capex series over all companies. */
export const seriesSum = (d: Pick<CapexData, 'rows'>, series: string): number =>
	d.rows.reduce((acc, row) => acc + (row.values[series] ?? 0), 0);

/**
 * Colour token of each data-centre group, in the dataset's group order: the chart, the map and the
 * table headings all use it (DatacentersFigure.astro spells the same order as literal classes).
 */
export const GROUP_TOKENS = ['p1', 'p4', 'p3', 'p2'] as const;

export const CONFIDENCE_ZH = {
	high: '高',
	'medium-high': '中高',
	medium: '中',
	'low-medium': '中低',
	low: '低',
} as const;
export type Confidence = keyof typeof CONFIDENCE_ZH;

/** Rows below high confidence are drawn and listed as uncertain. */
export const isUncertain = (c: Confidence): boolean => c !== 'high';

/** What the browser needs to draw a figure; serialised into a data attribute. */
export type ChartSpec =
	| {
			kind: 'capex';
			labels: string[];
			series: { label: string; values: number[] }[];
			uncertain: boolean[];
			unit: string;
	  }
	| {
			kind: 'datacenters';
			labels: string[];
			values: number[];
			display: string[];
			group: number[];
			uncertain: boolean[];
			unit: string;
	  };

export function capexSpec(d: CapexData): ChartSpec {
	return {
		kind: 'capex',
		labels: d.rows.map((r) => r.company),
		series: d.series.map((s) => ({
			label: s.label,
			values: d.rows.map((r) => r.values[s.key] ?? 0),
		})),
		uncertain: d.rows.map((r) => isUncertain(r.confidence)),
		unit: d.unit,
	};
}

/** Rows ordered by group, as the report's map groups them. */
export function datacenterRows(d: DatacentersData): DatacentersData['rows'] {
	const order = d.groups.map((g) => g.key);
	return [...d.rows].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

export function datacentersSpec(d: DatacentersData): ChartSpec {
	const rows = datacenterRows(d);
	const order = d.groups.map((g) => g.key);
	return {
		kind: 'datacenters',
		labels: rows.map(
			(r) => `${r.investorShort ?? r.investor} · ${r.country.replace(/（.*）/, '')}`,
		),
		values: rows.map((r) => r.amount),
		display: rows.map((r) => formatBillions(r.amount, r.currency, r.qualifier)),
		group: rows.map((r) => order.indexOf(r.group)),
		uncertain: rows.map((r) => isUncertain(r.confidence)),
		unit: d.unit,
	};
}

const csvCell = (v: string | number): string => {
	const s = String(v);
	return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows: (string | number)[][]): string =>
	rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

export function capexCsv(d: CapexData): string {
	return toCsv([
		['company', ...d.series.map((s) => `${s.key} (${d.unitEn})`), 'confidence', 'note'],
		...d.rows.map((r) => [
			r.company,
			...d.series.map((s) => r.values[s.key] ?? ''),
			r.confidence,
			r.note,
		]),
	]);
}

export function datacentersCsv(d: DatacentersData): string {
	const groups = new Map(d.groups.map((g) => [g.key, g.label]));
	return toCsv([
		[
			'id',
			'group',
			'country',
			'place',
			'investor',
			'amount_billion',
			'qualifier',
			'currency',
			'confidence',
			'note',
		],
		...datacenterRows(d).map((r) => [
			r.id,
			groups.get(r.group) ?? r.group,
			r.country,
			r.place,
			r.investor,
			r.amount,
			r.qualifier ?? '',
			r.currency,
			r.confidence,
			r.note,
		]),
	]);
}

/** One-sentence takeaways, built from the data so no number is retyped. */
export function capexTakeaway(d: CapexData): string {
	const [first, second] = d.series;
	if (!first || !second) return '';
	const allUp = d.rows.every((r) => (r.values[second.key] ?? 0) > (r.values[first.key] ?? 0));
	return `四家公司${second.label}的资本开支合计${formatBillions(d.statedTotal.value, d.currency, 'about')}，${first.label}为${formatBillions(seriesSum(d, first.key), d.currency)}${allUp ? '；每一家都比上一年更高' : ''}。`;
}

export function datacentersTakeaway(d: DatacentersData): string {
	const top = [...d.rows].sort((a, b) => b.amount - a.amount)[0];
	if (!top) return '';
	return `地图列出${d.rows.length}笔投资，分属${d.groups.length}类地区；单笔最大的是${top.place}（${formatBillions(top.amount, top.currency, top.qualifier)}）。欧元与美元金额各按原币种列出，未换算、未加总。`;
}

/** Colours read from CSS tokens at mount time, so charts follow the theme. */
export interface Palette {
	ink: string;
	muted: string;
	grid: string;
	surface: string;
	series: [string, string];
	groups: [string, string, string, string];
}

/** Draws each bar's value at its end: readable without hovering, and on touch screens. */
const valueLabels = (
	texts: (datasetIndex: number, index: number) => string,
	color: string,
): Plugin<'bar'> => ({
	id: 'rrValueLabels',
	afterDatasetsDraw(chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = color;
		ctx.font = '12px system-ui, sans-serif';
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

export function toChartConfig(
	spec: ChartSpec,
	p: Palette,
	reducedMotion: boolean,
): ChartConfiguration<'bar'> {
	const font = {
		family:
			'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
	};
	const axis = {
		ticks: { color: p.muted, font },
		grid: { color: p.grid },
		border: { color: p.grid },
	};
	const animation = reducedMotion ? (false as const) : { duration: 400 };
	if (spec.kind === 'capex') {
		return {
			type: 'bar',
			data: {
				labels: spec.labels.map((l, i) => (spec.uncertain[i] ? `${l}*` : l)),
				datasets: spec.series.map((s, si) => ({
					label: s.label,
					data: s.values,
					backgroundColor: spec.uncertain.map((u) =>
						si === 1 && u ? 'transparent' : p.series[si as 0 | 1],
					),
					borderColor: p.series[si as 0 | 1],
					borderWidth: 2,
				})),
			},
			options: {
				maintainAspectRatio: false,
				animation,
				layout: { padding: { top: 20 } },
				scales: { x: { ...axis, grid: { display: false } }, y: { ...axis, beginAtZero: true } },
				plugins: { legend: { display: false } },
			},
			plugins: [valueLabels((di, i) => String(spec.series[di]?.values[i] ?? ''), p.ink)],
		};
	}
	return {
		type: 'bar',
		data: {
			labels: spec.labels.map((l, i) => (spec.uncertain[i] ? `${l}*` : l)),
			datasets: [
				{
					label: spec.unit,
					data: spec.values,
					backgroundColor: spec.group.map((g, i) =>
						spec.uncertain[i] ? 'transparent' : p.groups[g as 0 | 1 | 2 | 3],
					),
					borderColor: spec.group.map((g) => p.groups[g as 0 | 1 | 2 | 3]),
					borderWidth: 2,
				},
			],
		},
		options: {
			indexAxis: 'y',
			maintainAspectRatio: false,
			animation,
			// Room for the value labels drawn after each bar; less of it on a phone.
			layout: { padding: (ctx) => ({ right: ctx.chart.width < 480 ? 96 : 104 }) },
			scales: {
				// Log scale: one project (100) is a hundred times the smallest (1.0).
				x: {
					...axis,
					type: 'logarithmic',
					min: 0.5,
					max: 200,
					ticks: {
						...axis.ticks,
						maxRotation: 0,
						callback: (v) => ([1, 10, 100].includes(Number(v)) ? String(v) : ''),
					},
				},
				y: { ...axis, grid: { display: false } },
			},
			plugins: { legend: { display: false } },
		},
		plugins: [valueLabels((_, i) => spec.display[i] ?? '', p.ink)],
	};
}
