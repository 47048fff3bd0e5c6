/**
 * `t()` for the browser's search UI, over its own strings only, so it does not ship the dictionary;
 * and only the page's language is fetched. loadSearchStrings() must have resolved before t() is
 * called (the search panel awaits it with its styles).
 */
import { translator } from './translate';
import type zh from './zh/search';

type Key = keyof typeof zh;
let lookup: ((key: Key, vars?: Record<string, string | number>) => string) | undefined;

export async function loadSearchStrings(): Promise<void> {
	const { default: strings } =
		document.documentElement.lang === 'en'
			? await import('./en/search')
			: await import('./zh/search');
	lookup = translator<Key>(strings);
}

export const t = (key: Key, vars?: Record<string, string | number>): string =>
	lookup ? lookup(key, vars) : key;
