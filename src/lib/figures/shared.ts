/** The start every figure dataset shares. */
import { z } from 'astro/zod';
import type { Lang } from '~/i18n';
import { sourceRef } from '../schema';

export const figureBase = z.object({
	title: z.string().min(1),
	titleEn: z.string().min(1),
	unit: z.string().min(1),
	unitEn: z.string().min(1),
	source: sourceRef,
});

/**
 * A dataset as an English page reads it: every field `x` with an English sibling `xEn` takes that
 * value, at any depth (titles, units, labels, notes). Chinese pages read the dataset as it is.
 */
export function localize<T>(value: T, lang: Lang): T {
	if (lang !== 'en') return value;
	if (Array.isArray(value)) return value.map((v: unknown) => localize(v, lang)) as T;
	if (value === null || typeof value !== 'object' || value instanceof Date) return value;
	const source = value as Record<string, unknown>;
	const out: Record<string, unknown> = {};
	for (const [key, v] of Object.entries(source)) {
		const en = source[`${key}En`];
		out[key] = typeof en === 'string' ? en : localize(v, lang);
	}
	return out as T;
}
