/** Zod pieces shared by the collection schemas and the figure kinds' data schemas. */
import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** A pointer into the sources collection, with the report page where it applies. */
export const sourceRef = z.object({
	id: reference('sources'),
	/** Page of the report (only for `report`). */
	page: z.number().int().min(1).max(99).optional(),
});

export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case (a-z, 0-9, -)');

/** How sure a decoded number is; anything below `high` is shown as uncertain. */
export const confidence = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low']);
export type Confidence = z.infer<typeof confidence>;

/** Rows below high confidence are drawn and listed as uncertain. */
export const isUncertain = (c: Confidence): boolean => c !== 'high';
