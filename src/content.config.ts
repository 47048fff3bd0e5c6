import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** A pointer into the sources collection, with the report page where it applies. */
const sourceRef = z.object({
	id: reference('sources'),
	/** Page of the report (only for `report`). */
	page: z.number().int().min(1).max(99).optional(),
});

const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case (a-z, 0-9, -)');

const report = defineCollection({
	loader: file('content/report.yaml'),
	schema: z.object({
		title: z.string().min(1),
		titleEn: z.string().min(1),
		publisher: z.string().min(1),
		publisherEn: z.string().min(1),
		year: z.number().int(),
		/** Earliest public coverage date: the report prints none. */
		released: z.coerce.date(),
		releasedNote: z.string(),
		releasedSources: z.array(reference('sources')).min(1),
		framing: z.object({
			from: z.string(),
			to: z.string(),
			text: z.string(),
			sources: z.array(reference('sources')).min(1),
		}),
		secondFraming: z.object({ text: z.string(), sources: z.array(reference('sources')).min(1) }),
		audience: z.string(),
		/** The report's own foreword (seed p.2), OCR-corrected, one string per paragraph. */
		foreword: z.array(z.string().min(1)).min(1),
	}),
});

const parts = defineCollection({
	loader: file('content/parts.yaml'),
	schema: z.object({
		number: z.number().int().min(1).max(4),
		title: z.string().min(1),
		titleEn: z.string().min(1),
		/** Sub-labels shown on the part divider. */
		themes: z.array(z.string()).min(1),
		intro: z.string().min(1),
		introSource: sourceRef,
	}),
});

const sources = defineCollection({
	loader: file('content/sources.yaml'),
	schema: z.object({
		kind: z.enum(['report', 'coverage', 'crosscheck']),
		/** Label used in inline citations. */
		short: z.string().min(1),
		title: z.string().min(1),
		publisher: z.string().min(1),
		/** YAML reads 2025-12-10 as a date and 2024 as a number; both are shown as written. */
		date: z
			.union([z.string(), z.number(), z.date()])
			.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)))
			.optional(),
		url: z.string().url().optional(),
		note: z.string().optional(),
	}),
});

const confidence = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low']);

/** Trend 1's capex chart (report p.6): values in US$ billion per company and series. */
export const capexSchema = z
	.object({
		kind: z.literal('capex'),
		title: z.string().min(1),
		titleEn: z.string().min(1),
		unit: z.string().min(1),
		unitEn: z.string().min(1),
		currency: z.literal('USD'),
		source: sourceRef,
		series: z
			.array(
				z.object({ key: z.string().min(1), label: z.string().min(1), basis: z.string().min(1) }),
			)
			.length(2),
		rows: z
			.array(
				z.object({
					company: z.string().min(1),
					values: z.record(z.string(), z.number().nonnegative()),
					confidence,
					note: z.string().min(1),
				}),
			)
			.min(1),
		statedTotal: z.object({ series: z.string(), value: z.number().positive(), label: z.string() }),
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
		const sum = d.rows.reduce((acc, row) => acc + (row.values[d.statedTotal.series] ?? 0), 0);
		if (Math.abs(sum - d.statedTotal.value) > 1e-9) {
			ctx.addIssue({
				code: 'custom',
				path: ['statedTotal', 'value'],
				message: `the ${d.statedTotal.series} values sum to ${sum}, but the report states ${d.statedTotal.value}`,
			});
		}
	});

/** Trend 1's data-centre map (report p.6): investments in their own currency, in billions. */
export const datacentersSchema = z
	.object({
		kind: z.literal('datacenters'),
		title: z.string().min(1),
		titleEn: z.string().min(1),
		unit: z.string().min(1),
		unitEn: z.string().min(1),
		source: sourceRef,
		groups: z
			.array(
				z.object({ key: z.string().min(1), label: z.string().min(1), labelEn: z.string().min(1) }),
			)
			.length(4),
		groupNote: z.string().min(1),
		rows: z
			.array(
				z.object({
					id: slug,
					group: z.string().min(1),
					country: z.string().min(1),
					/** ISO 3166-1 numeric code: joins the row to the world map. */
					iso: z.string().regex(/^\d{3}$/),
					place: z.string().min(1),
					investor: z.string().min(1),
					/** Chart label when `investor` is too long for a phone screen. */
					investorShort: z.string().min(1).optional(),
					amount: z.number().positive(),
					qualifier: z.enum(['more-than', 'about']).optional(),
					currency: z.enum(['USD', 'EUR']),
					confidence,
					note: z.string().min(1),
					crossCheck: reference('sources').optional(),
				}),
			)
			.min(1),
		missing: z.string().optional(),
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
			if (ids.has(row.id))
				ctx.addIssue({
					code: 'custom',
					path: ['rows', i, 'id'],
					message: `duplicate id "${row.id}"`,
				});
			ids.add(row.id);
		});
	});

const datasets = defineCollection({
	loader: glob({ base: './content/data', pattern: '*.json' }),
	schema: z
		.discriminatedUnion('kind', [capexSchema.innerType(), datacentersSchema.innerType()])
		.superRefine((d, ctx) => {
			const result = (d.kind === 'capex' ? capexSchema : datacentersSchema).safeParse(d);
			if (!result.success) for (const issue of result.error.issues) ctx.addIssue(issue);
		}),
});

const trends = defineCollection({
	// Files starting with `_` are drafts or partials and are skipped.
	// The id is the file name, not the `slug` field, so a duplicated slug is caught by
	// validateTrends instead of silently overwriting another entry.
	loader: glob({
		base: './content/trends',
		pattern: '**/[^_]*.mdx',
		generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
	}),
	schema: z.object({
		/** Position in the report, 1–10; also the reading order. */
		number: z.number().int().min(1).max(10),
		/** Stable ASCII URL segment: /trends/<slug>/. Must match the file name. */
		slug,
		part: reference('parts'),
		/** `inferred` when no source states the part (trend 9). */
		partPlacement: z.enum(['stated', 'inferred']).default('stated'),
		/** The full corrected Chinese title. */
		title: z.string().min(1),
		/** The title as the report's overview sets it: a short head and a second clause. */
		titleLines: z.tuple([z.string().min(1), z.string().min(1)]),
		titleEn: z.string().min(1),
		/** One or two sentences: the lead paragraph, cards and meta description. */
		summary: z.string().min(10).max(160),
		/** Terms a reader searches for, Chinese and English. */
		keywords: z.array(z.string().min(1)).min(3),
		sources: z.array(sourceRef).min(1),
		/** Datasets drawn as figures on this page, in order. */
		figures: z.array(z.enum(['capex', 'datacenters'])).default([]),
	}),
});

export const collections = { report, parts, sources, datasets, trends };
