/**
 * `t()` for the browser's search UI, over its own strings only, so it does not ship the dictionary;
 * and only the page's language is fetched.
 */
import { translator } from './translate';
import type zh from './zh/search';

const { default: strings } =
	document.documentElement.lang === 'en'
		? await import('./en/search')
		: await import('./zh/search');

export const t = translator<keyof typeof zh>(strings);
