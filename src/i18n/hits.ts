/**
 * `t()` for the hit bar's strings. Both languages come with its code (a few dozen bytes, less than a
 * second request); the page's language picks one.
 */
import en from './en/hits';
import { translator } from './translate';
import zh from './zh/hits';

export const th = translator<keyof typeof zh>(document.documentElement.lang === 'en' ? en : zh);
