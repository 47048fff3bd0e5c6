/** The start every figure dataset shares. */
import { z } from 'astro/zod';
import type { Lang, T } from '~/i18n';
import { isUncertain, type Confidence } from '../schema';
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

/** A value's confidence in words, led by 存疑 / Uncertain when it is drawn as uncertain. */
export const confidenceText = (t: T, level: Confidence, uncertain = isUncertain(level)): string => {
	const text = t('confidence.label', { level: t(`confidence.${level}`) });
	return uncertain ? `${t('note.uncertain')} · ${text}` : text;
};

/** The words a bar says when walked from the keyboard (series, category, value, confidence). */
export const pointText = (
	t: T,
	parts: { series: string; category: string; value: string; confidence: string },
	index: number,
	count: number,
): string => t('figure.point', { ...parts, i: index + 1, n: count });
