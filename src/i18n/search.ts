/** `t()` for the browser's search UI, over its own strings only, so it does not ship the dictionary. */
import { translator } from './translate';
import search from './zh/search';

export const t = translator<keyof typeof search>(search);
