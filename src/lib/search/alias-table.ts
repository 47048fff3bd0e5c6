/**
 * Build-time only: the alias table of one edition (/search/aliases.json, /en/search/aliases.json)
 * from the glossary: per term, the forms this edition's texts use (its term and aliases) and the
 * other language's forms, each written once (about 1 KB gzip for 34 terms).
 */
import type { GlossaryTerm } from '~/lib/content';
import { aliasKey, type AliasTable } from './aliases';

export function aliasTable(
	glossary: readonly Pick<GlossaryTerm, 'term' | 'aliases' | 'forms'>[],
	label: string,
): AliasTable {
	return {
		label,
		terms: glossary.map(({ term, aliases, forms }) => {
			const own = [term, ...aliases];
			const keys = new Set(own.map(aliasKey));
			const other = [...new Set(forms.map(aliasKey))].filter((k) => k && !keys.has(k));
			return [own, other];
		}),
	};
}
