/**
 * Traditional characters in a query (no DOM): when a query needs OpenCC's conversion, and how the
 * converted form is mixed with what the reader typed. Unit-tested.
 */
import type { SearchDoc } from './docs';
import { fold } from './query';

/** Every Han character the pages use: a query character outside this set can only match once converted. */
export function hanCharacters(docs: readonly SearchDoc[]): Set<string> {
	const chars = new Set<string>();
	for (const d of docs) for (const c of d.folded.text.match(/\p{Script=Han}/gu) ?? []) chars.add(c);
	return chars;
}

/** True when the query has a Han character that no page uses (traditional, most likely). */
export const needsConversion = (query: string, chars: ReadonlySet<string>): boolean =>
	[...fold(query).text].some((c) => /\p{Script=Han}/u.test(c) && !chars.has(c));

/**
 * Apply a traditional → simplified conversion only where it is needed: characters the pages use are
 * kept as typed (昇 in 昇腾 is also a “traditional” character, and OpenCC would turn it into 升),
 * the others take their converted form. If the conversion changed the length (a phrase mapping),
 * the converted text is used as a whole.
 */
export function mixConversion(
	query: string,
	converted: string,
	chars: ReadonlySet<string>,
): string {
	const a = [...query];
	const b = [...converted];
	if (a.length !== b.length) return converted;
	return a.map((c, i) => (chars.has(fold(c).text) ? c : (b[i] ?? c))).join('');
}
