/**
 * The figure kinds. The dataset schema, the `figures` frontmatter enum, `<Figure>`, the data
 * downloads and `<Datum>` are all derived from this one table: a new kind is a module beside these
 * (index.ts and chart.ts), its data file in content/data/<id>.json and one line here.
 */
import { z } from 'astro/zod';
import { capex } from './capex';
import { datacenters } from './datacenters';
import type { FigureKind } from './kind';

export const FIGURES = { capex, datacenters } as const;

export type FigureId = keyof typeof FIGURES;
export type DataOf<Id extends FigureId> = z.output<(typeof FIGURES)[Id]['schema']>;
export type Dataset = { [Id in FigureId]: DataOf<Id> }[FigureId];

export const FIGURE_IDS = Object.keys(FIGURES) as [FigureId, ...FigureId[]];

/** The kind that reads a dataset, typed so its functions take that dataset. */
export const kindOf = (d: Dataset): FigureKind<Dataset> =>
	// Each dataset was parsed by FIGURES[d.kind] (datasetSchema), so the pairing holds at run time.
	FIGURES[d.kind] as unknown as FigureKind<Dataset>;

export const isFigureId = (id: string): id is FigureId => id in FIGURES;

/**
 * A dataset file: its `kind` picks the kind's schema, whose errors are reported as they are.
 * (A discriminated union would need plain object schemas; the kinds carry cross-field rules.)
 */
export const datasetSchema = z
	.object({ kind: z.enum(FIGURE_IDS) })
	.passthrough()
	.transform((d, ctx): Dataset => {
		const result = FIGURES[d.kind].schema.safeParse(d);
		if (!result.success) {
			for (const issue of result.error.issues) ctx.addIssue(issue);
			return z.NEVER;
		}
		return result.data;
	});
