/**
 * `t()` for the data-centre table's sorting, filtering and row links, in the page's language: it
 * loads with that code (client/figure-table.ts, when the figure comes near), not with the page.
 */
import en from './en/table';
import { translator } from './translate';
import zh from './zh/table';

export const t = translator<keyof typeof zh>(document.documentElement.lang === 'en' ? en : zh);
