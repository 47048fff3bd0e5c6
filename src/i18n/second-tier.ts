/**
 * `t()` for the second tier's strings. Both languages come with its code (a few hundred bytes, less
 * than a second request); the page's language picks one.
 */
import en from './en/second-tier';
import { translator } from './translate';
import zh from './zh/second-tier';

type Key = keyof typeof zh;

let lookup: ((key: Key, vars?: Record<string, string | number>) => string) | undefined;

export const tt = (key: Key, vars?: Record<string, string | number>): string => {
	lookup ??= translator<Key>(document.documentElement.lang === 'en' ? en : zh);
	return lookup(key, vars);
};
