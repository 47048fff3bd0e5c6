/** The start every figure dataset shares. */
import { z } from 'astro/zod';
import { sourceRef } from '../schema';

export const figureBase = z.object({
	title: z.string().min(1),
	titleEn: z.string().min(1),
	unit: z.string().min(1),
	unitEn: z.string().min(1),
	source: sourceRef,
});
