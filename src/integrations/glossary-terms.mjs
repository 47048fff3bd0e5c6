// @ts-check
// Finds glossary terms in running text, for the remark step that links them and for the test that
// flags variant English renderings: one matcher, so what is linked and what is checked agree.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

/**
 * @typedef {{ term: string, aliases?: string[], variants?: string[], caseSensitive?: boolean }} TermForms
 * @typedef {TermForms & { id: string, once?: boolean, listed?: boolean, en: TermForms }} GlossaryYamlEntry
 * @typedef {{ start: number, end: number, id: string, text: string }} TermMatch
 */

/** @param {string} path @returns {GlossaryYamlEntry[]} */
export function readGlossary(path = 'content/glossary.yaml') {
	const entries = load(readFileSync(path, 'utf8'));
	if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of terms`);
	return entries;
}

const escape = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_EDGE = /[A-Za-z0-9]/;

/**
 * A pattern for one form: Latin edges must not touch another Latin letter, digit or hyphen (so
 * "Agent" is not found in "Agentic", nor "chips go AI" in "chips go AI-native"); Han edges need no
 * boundary. English forms also match their plural in -s.
 * @param {string} form
 * @param {boolean} plural
 */
function formPattern(form, plural) {
	const start = LATIN_EDGE.test(form.at(0) ?? '') ? '(?<![\\w-])' : '';
	const latinEnd = LATIN_EDGE.test(form.at(-1) ?? '');
	const end = latinEnd ? `${plural ? 's?' : ''}(?![\\w-])` : '';
	return `${start}${escape(form)}${end}`;
}

/**
 * Finds forms in text: leftmost first and, at one place, the longest form (so 超大规模数据中心运营商
 * wins over 数据中心, and "compute factory" over "compute"). Case-insensitive unless asked.
 * @param {{ id: string, forms: string[] }[]} terms
 * @param {boolean} plural English forms also match their plural
 * @param {boolean} [caseSensitive]
 * @returns {(text: string) => TermMatch[]}
 */
export function termFinder(terms, plural, caseSensitive = false) {
	const forms = terms
		.flatMap(({ id, forms }) => forms.map((form) => ({ id, form })))
		.sort((a, b) => b.form.length - a.form.length);
	if (forms.length === 0) return () => [];
	const re = new RegExp(
		forms.map(({ form }) => `(${formPattern(form, plural)})`).join('|'),
		caseSensitive ? 'gu' : 'giu',
	);
	return (text) =>
		[...text.matchAll(re)].map((m) => {
			const index = m.slice(1).findIndex((group) => group !== undefined);
			return {
				start: m.index,
				end: m.index + m[0].length,
				id: forms[index]?.id ?? '',
				text: m[0],
			};
		});
}

/**
 * The forms a language's texts use for each listed term (the ones linked and shown on the glossary
 * pages): its rendering and aliases.
 * @param {GlossaryYamlEntry[]} entries
 * @param {'zh-CN' | 'en'} lang
 */
export const formsOf = (entries, lang) =>
	listed(entries).map((entry) => {
		const forms = lang === 'en' ? entry.en : entry;
		return { id: entry.id, forms: [forms.term, ...(forms.aliases ?? [])] };
	});

/**
 * The terms shown on the glossary pages and linked in the texts (`listed: false` marks a rendering
 * only).
 * @param {GlossaryYamlEntry[]} entries
 */
export const listed = (entries) => entries.filter((entry) => entry.listed !== false);

/**
 * The English renderings the glossary rules out, every entry's (renderings only included): those
 * matched regardless of case, or (`caseSensitive`) those matched exactly as written.
 * @param {GlossaryYamlEntry[]} entries
 * @param {boolean} [caseSensitive]
 */
export const variantsOf = (entries, caseSensitive = false) =>
	entries
		.filter((entry) => !!entry.en.caseSensitive === caseSensitive)
		.map((entry) => ({ id: entry.id, forms: entry.en.variants ?? [] }));

/**
 * Finds the variant renderings in an English text, each whole phrase and its plural, in order.
 * @param {GlossaryYamlEntry[]} entries
 * @returns {(text: string) => TermMatch[]}
 */
export function variantFinder(entries) {
	const loose = termFinder(variantsOf(entries), true);
	const exact = termFinder(variantsOf(entries, true), true, true);
	return (text) => [...loose(text), ...exact(text)].sort((a, b) => a.start - b.start);
}
