/**
 * `t()` for the browser's reading features (copying, QR codes, quotes, the reading companion), over
 * their own strings only, in the page's language: it loads with those features (on idle or on use),
 * not with the page.
 */
import en from './en/client';
import { translator } from './translate';
import zh from './zh/client';

export const t = translator<keyof typeof zh>(document.documentElement.lang === 'en' ? en : zh);
