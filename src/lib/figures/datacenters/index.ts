/** Trend 1's data-centre map (report p.6): investments in their own currency, in billions. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { useT, type Lang } from '~/i18n';
import { formatBillions } from '../../format';
import { confidence, isUncertain, slug } from '../../schema';
import { toCsv, type ChartSpecBase, type FigureKind, type Token } from '../kind';
import { confidenceText, figureBase, localize, pointText } from '../shared';
import type { SortableRow } from './table-state';

export const schema = figureBase
	.extend({
		kind: z.literal('datacenters'),
		groups: z
			.array(
				z.object({
					key: z.string().min(1),
					label: z.string().min(1),
					labelEn: z.string().min(1),
				}),
			)
			.length(4),
		groupNote: z.string().min(1),
		groupNoteEn: z.string().min(1),
		rows: z
			.array(
				z.object({
					id: slug,
					group: z.string().min(1),
					country: z.string().min(1),
					countryEn: z.string().min(1),
					/** ISO 3166-1 numeric code: joins the row to the world map. */
					iso: z.string().regex(/^\d{3}$/),
					place: z.string().min(1),
					placeEn: z.string().min(1),
					investor: z.string().min(1),
					/** The investor for English pages where the name is written with Chinese. */
					investorEn: z.string().min(1).optional(),
					/** Chart label when `investor` is too long for a phone screen. */
					investorShort: z.string().min(1).optional(),
					amount: z.number().positive(),
					qualifier: z.enum(['more-than', 'about']).optional(),
					currency: z.enum(['USD', 'EUR']),
					confidence,
					note: z.string().min(1),
					noteEn: z.string().min(1),
					crossCheck: reference('sources').optional(),
				}),
			)
			.min(1),
		missing: z.string().optional(),
		missingEn: z.string().optional(),
	})
	.superRefine((d, ctx) => {
		const groups = new Set(d.groups.map((g) => g.key));
		const ids = new Set<string>();
		d.rows.forEach((row, i) => {
			if (!groups.has(row.group)) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'group'],
					message: `unknown group "${row.group}"`,
				});
			}
			if (ids.has(row.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'id'],
					message: `duplicate id "${row.id}"`,
				});
			}
			ids.add(row.id);
		});
	});

export type DatacentersData = z.infer<typeof schema>;
type Row = DatacentersData['rows'][number];

/** Colour token of each group, in the dataset's group order: chart, map, legend and table. */
export const GROUP_TOKENS = ['p1', 'p4', 'p3', 'p2'] as const satisfies readonly Token[];

export interface DatacentersSpec extends ChartSpecBase {
	kind: 'datacenters';
	labels: string[];
	values: number[];
	display: string[];
	tokens: Token[];
	uncertain: boolean[];
	unit: string;
	/** The table's rows in its order, as its sorting and filtering read them (client/figure-table.ts). */
	rows: SortableRow[];
	groups: { key: string; label: string; token: Token }[];
}

const tokenOf = (d: DatacentersData, group: string): Token =>
	GROUP_TOKENS[d.groups.findIndex((g) => g.key === group)] ?? 'muted';

/** Rows ordered by group, as the report's map groups them. */
export function datacenterRows(d: DatacentersData): Row[] {
	const order = d.groups.map((g) => g.key);
	return [...d.rows].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

const amount = (r: Row, lang: Lang): string =>
	formatBillions(r.amount, r.currency, lang, r.qualifier);
/** A country without its bracketed gloss: the gloss is for the table, not for short labels. */
export const countryShort = (r: Pick<Row, 'country'>): string =>
	r.country.replace(/\s*[\uFF08(].*[)\uFF09]/, '');

function takeaway(d: DatacentersData, lang: Lang): string {
	const t = useT(lang);
	const top = [...d.rows].sort((a, b) => b.amount - a.amount)[0];
	if (!top) return '';
	return t('figure.datacenters.takeaway', {
		count: d.rows.length,
		groups: d.groups.length,
		place: top.place,
		amount: amount(top, lang),
	});
}

export const datacenters: FigureKind<DatacentersData, DatacentersSpec> = {
	schema,
	view: (data, lang) => {
		const t = useT(lang);
		const d = localize(data, lang);
		const rows = datacenterRows(d);
		const groupLabel = (key: string) => d.groups.find((g) => g.key === key)?.label ?? key;
		return {
			title: d.title,
			takeaway: takeaway(d, lang),
			height: 'tall',
			spec: {
				kind: 'datacenters',
				labels: rows.map((r) => `${r.investorShort ?? r.investor} · ${countryShort(r)}`),
				values: rows.map((r) => r.amount),
				display: rows.map((r) => amount(r, lang)),
				tokens: rows.map((r) => tokenOf(d, r.group)),
				uncertain: rows.map((r) => isUncertain(r.confidence)),
				unit: d.unit,
				points: [
					rows.map((r, i) =>
						pointText(
							t,
							{
								series: groupLabel(r.group),
								category: `${r.investor} · ${r.country}`,
								value: amount(r, lang),
								confidence: confidenceText(t, r.confidence),
							},
							i,
							rows.length,
						),
					),
				],
				keys: t('figure.keys'),
				rows: rows.map((r) => ({
					id: r.id,
					group: r.group,
					country: r.country,
					investor: r.investor,
					amount: r.amount,
					currency: r.currency,
				})),
				groups: d.groups.map((g) => ({ key: g.key, label: g.label, token: tokenOf(d, g.key) })),
			},
			legend: [
				...d.groups.map((g) => ({ label: g.label, token: tokenOf(d, g.key) })),
				{ label: t('figure.hollow'), token: 'muted', hollow: true },
			],
			illustration: {
				src: {
					light: 'figures/datacenters-map-light.svg',
					dark: 'figures/datacenters-map-dark.svg',
				},
				width: 960,
				height: 470,
				// On a phone the world is too small to read: one crop per region (lib/images/map.ts).
				narrow: {
					src: {
						light: 'figures/datacenters-map-phone-light.svg',
						dark: 'figures/datacenters-map-phone-dark.svg',
					},
					width: 360,
					height: 300,
				},
				alt: t('figure.datacenters.mapAlt', {
					countries: [...new Set(rows.map((r) => r.country))].join(t('list.enum')),
				}),
			},
			table: {
				minWidth: 'lg',
				columns: [
					{ label: t('figure.datacenters.place') },
					{ label: t('figure.datacenters.investor') },
					{
						label: t('figure.datacenters.amount'),
						sub: t('figure.datacenters.ownCurrency'),
						numeric: true,
					},
					{ label: t('figure.confidence') },
				],
				groups: d.groups.map((g) => ({
					heading: { label: g.label, labelEn: g.labelEn, token: tokenOf(d, g.key) },
					rows: rows
						.filter((r) => r.group === g.key)
						.map((r) => ({
							id: `dc-${r.id}`,
							head: { text: r.country, sub: r.place },
							cells: [{ text: r.investor }, { text: amount(r, lang), numeric: true }],
							confidence: r.confidence,
							note: r.note,
							crossCheck: r.crossCheck?.id,
						})),
				})),
			},
			source: {
				page: d.source.page ?? 0,
				text: [t('figure.datacenters.source'), d.groupNote, d.missing ?? '']
					.filter(Boolean)
					.join(t('list.sentence')),
			},
		};
	},
	csv: (data, lang) => {
		const d = localize(data, lang);
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
	},
	// count · <row id>
	datum: (d, [a], lang) => {
		if (a === 'count') return String(d.rows.length);
		const row = d.rows.find((r) => r.id === a);
		return row ? amount(row, lang) : undefined;
	},
	sources: (d) => d.rows.flatMap((r) => (r.crossCheck ? [r.crossCheck.id] : [])),
};
