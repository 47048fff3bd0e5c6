/** `t()` for the browser's search UI, over its own strings only, so it does not ship the dictionary. */
import en from './en/search';
import { translator } from './translate';
import zh from './zh/search';

export const t = translator<keyof typeof zh>(document.documentElement.lang === 'en' ? en : zh);
