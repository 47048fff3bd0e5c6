/**
 * `t()` for the share posters and the WeChat / QQ hint, over their own strings only, in the page's
 * language only: fetched when the reader asks for a poster or taps share in those apps, never
 * before. loadPosterStrings() must have resolved before t() is called.
 */
import { translator } from './translate';
import type zh from './zh/poster';

type Key = keyof typeof zh;
let lookup: ((key: Key, vars?: Record<string, string | number>) => string) | undefined;

export async function loadPosterStrings(): Promise<void> {
	const { default: strings } =
		document.documentElement.lang === 'en'
			? await import('./en/poster')
			: await import('./zh/poster');
	lookup = translator<Key>(strings);
}

export const t = (key: Key, vars?: Record<string, string | number>): string =>
	lookup ? lookup(key, vars) : key;
