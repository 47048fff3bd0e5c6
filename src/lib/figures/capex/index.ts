/** Trend 1's capex chart (report p.6): values in US$ billion per company and series. */
import { z } from 'astro/zod';
import { useT, type Lang } from '~/i18n';
import { formatBillions } from '../../format';
import { confidence, isUncertain } from '../../schema';
import { toCsv, type ChartSpecBase, type FigureKind } from '../kind';
import { confidenceText, figureBase, localize, pointText } from '../shared';

export const schema = figureBase
	.extend({
		kind: z.literal('capex'),
		currency: z.literal('USD'),
		series: z
			.array(
				z.object({
					key: z.string().min(1),
					label: z.string().min(1),
					basis: z.string().min(1),
					basisEn: z.string().min(1),
				}),
			)
			.length(2),
		rows: z
			.array(
				z.object({
					company: z.string().min(1),
					values: z.record(z.string(), z.number().nonnegative()),
					confidence,
					note: z.string().min(1),
					noteEn: z.string().min(1),
				}),
			)
			.min(1),
		statedTotal: z.object({
			series: z.string(),
			value: z.number().positive(),
			/** The total as the chart prints it. */
			label: z.string(),
			labelEn: z.string().optional(),
		}),
	})
	.superRefine((d, ctx) => {
		const keys = d.series.map((s) => s.key);
		d.rows.forEach((row, i) => {
			for (const key of keys) {
				if (typeof row.values[key] !== 'number') {
					ctx.addIssue({
						code: 'custom',
						path: ['rows', i, 'values', key],
						message: `missing value for series "${key}"`,
					});
				}
			}
		});
		const sum = seriesSum(d, d.statedTotal.series);
		if (Math.abs(sum - d.statedTotal.value) > 1e-9) {
			ctx.addIssue({
				code: 'custom',
				path: ['statedTotal', 'value'],
				message: `the ${d.statedTotal.series} values sum to ${sum}, but the report states ${d.statedTotal.value}`,
			});
		}
	});

export type CapexData = z.infer<typeof schema>;

export interface CapexSpec extends ChartSpecBase {
	kind: 'capex';
	labels: string[];
	series: { label: string; values: number[] }[];
	uncertain: boolean[];
	unit: string;
}

/** Sum of one series over all companies. */
export const seriesSum = (d: Pick<CapexData, 'rows'>, series: string): number =>
	d.rows.reduce((acc, row) => acc + (row.values[series] ?? 0), 0);

const total = (d: CapexData, lang: Lang): string =>
	formatBillions(d.statedTotal.value, d.currency, lang, 'about');

function takeaway(d: CapexData, lang: Lang): string {
	const t = useT(lang);
	const [first, second] = d.series;
	if (!first || !second) return '';
	const allUp = d.rows.every((r) => (r.values[second.key] ?? 0) > (r.values[first.key] ?? 0));
	return t('figure.capex.takeaway', {
		later: second.label,
		total: total(d, lang),
		earlier: first.label,
		earlierSum: formatBillions(seriesSum(d, first.key), d.currency, lang),
		allUp: allUp ? t('figure.capex.allUp', { later: second.label, earlier: first.label }) : '',
	});
}

export const capex: FigureKind<CapexData, CapexSpec> = {
	schema,
	view: (data, lang) => {
		const t = useT(lang);
		const d = localize(data, lang);
		const count = d.rows.length * d.series.length;
		return {
			title: d.title,
			takeaway: takeaway(d, lang),
			height: 'short',
			spec: {
				kind: 'capex',
				labels: d.rows.map((r) => r.company),
				series: d.series.map((s) => ({
					label: s.label,
					values: d.rows.map((r) => r.values[s.key] ?? 0),
				})),
				uncertain: d.rows.map((r) => isUncertain(r.confidence)),
				unit: d.unit,
				// Walked company by company, each company's series in turn. Only the later series is
				// drawn hollow where a row is uncertain (chart.ts), so only those bars say 存疑.
				points: d.series.map((s, si) =>
					d.rows.map((r, ri) =>
						pointText(
							t,
							{
								series: s.label,
								category: r.company,
								value: `${r.values[s.key] ?? ''} ${d.unit}`,
								confidence: confidenceText(
									t,
									r.confidence,
									si === d.series.length - 1 && isUncertain(r.confidence),
								),
							},
							ri * d.series.length + si,
							count,
						),
					),
				),
				keys: t('figure.capex.keys'),
			},
			legend: [
				...d.series.map(
					(s, i) => ({ label: s.label, token: i === 0 ? 'series-1' : 'series-2' }) as const,
				),
				{ label: t('figure.hollow'), token: 'series-2', hollow: true },
			],
			table: {
				minWidth: 'md',
				columns: [
					{ label: t('figure.capex.company') },
					...d.series.map((s) => ({ label: s.label, sub: d.unit, numeric: true })),
					{ label: t('figure.confidence') },
				],
				groups: [
					{
						rows: d.rows.map((r) => ({
							head: { text: r.company, strong: true },
							cells: d.series.map((s) => ({
								text: String(r.values[s.key]),
								numeric: true,
							})),
							confidence: r.confidence,
							note: r.note,
						})),
					},
				],
				foot: {
					label: t('figure.total'),
					cells: d.series.map((s) => ({
						text: String(seriesSum(d, s.key)),
						numeric: true,
					})),
					note: t('figure.capex.stated', {
						label: d.statedTotal.label,
						series: d.statedTotal.series,
						total: total(d, lang),
					}),
				},
			},
			source: {
				page: d.source.page ?? 0,
				text: t('figure.capex.source', {
					bases: d.series.map((s) => s.basis).join(t('list.semicolon')),
				}),
			},
		};
	},
	csv: (data, lang) => {
		const d = localize(data, lang);
		return toCsv([
			['company', ...d.series.map((s) => `${s.key} (${d.unitEn})`), 'confidence', 'note'],
			...d.rows.map((r) => [
				r.company,
				...d.series.map((s) => r.values[s.key] ?? ''),
				r.confidence,
				r.note,
			]),
		]);
	},
	// total · sum:<series> · <company>:<series>
	datum: (d, [a, b], lang) => {
		if (a === 'total') return total(d, lang);
		if (a === 'sum' && b) return formatBillions(seriesSum(d, b), d.currency, lang);
		const value = d.rows.find((r) => r.company === a)?.values[b ?? ''];
		return value === undefined ? undefined : formatBillions(value, d.currency, lang);
	},
};
