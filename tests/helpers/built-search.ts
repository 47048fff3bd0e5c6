/**
 * The built site as search sees it, for the golden tests of tests/built/: the pages as the browser
 * gets them from Pagefind's fragments, and the glossary as /glossary/ and /en/glossary/ show it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { toSearchDoc, type SearchDoc } from '~/lib/search/docs';
import type { PagefindResultData } from '~/types/pagefind';
import { DIST } from './dist';

/**
 * Every page of an edition as Pagefind's data() hands it to the browser (zero-width spaces gone),
 * with Pagefind's id for it (its fragment's name).
 */
export function builtPages(en: boolean): { id: string; data: PagefindResultData }[] {
	const dir = join(DIST, 'pagefind', 'fragment');
	return readdirSync(dir)
		.sort()
		.map((f) => {
			const data = JSON.parse(
				gunzipSync(readFileSync(join(dir, f)))
					.toString('utf8')
					.replace(/^pagefind_dcd/, ''),
			) as PagefindResultData;
			return {
				id: f.replace(/\.pf_fragment$/, ''),
				data: { ...data, content: data.content.replace(/\u200b/g, '') },
			};
		})
		.filter(({ data }) => data.url.startsWith('/en/') === en);
}

/** The pages of an edition as the search panel holds them. */
export const builtDocs = (en: boolean): SearchDoc[] =>
	builtPages(en).map(({ data }) => toSearchDoc(data));

export interface BuiltTerm {
	id: string;
	/** The term and its aliases as each edition's glossary page shows them. */
	zh: string[];
	en: string[];
	/** The trend pages each edition's glossary says use the term (its "used in" links). */
	uses: { zh: string[]; en: string[] };
}

/** One glossary page: per term, its forms (the term, then the aliases line) and the trends using it. */
function glossaryPage(dir: string) {
	const { document } = parseHTML(readFileSync(join(DIST, dir, 'glossary/index.html'), 'utf8'));
	return [...document.querySelectorAll('dl.glossary > div[id]')].map((div) => {
		const lines = [...div.querySelectorAll('dd.u')];
		// The aliases line: a label, then the aliases, " · " apart (the line without links; older
		// builds put it before a line break in the line of links).
		const aliasLine = lines.map((dd) => {
			const html = dd.innerHTML;
			const first = dd.querySelector('a')
				? html.includes('<br')
					? html.split('<br')[0]
					: ''
				: html;
			return parseHTML(`<p>${first ?? ''}</p>`).document.querySelector('p')?.textContent ?? '';
		});
		const aliases = aliasLine
			.filter((text) => text.trim())
			.flatMap((text) =>
				text
					.replace(/^\s*[^:：]*[:：]\s*/, '')
					.split(' · ')
					.map((a) => a.trim())
					.filter(Boolean),
			);
		const uses = lines
			.flatMap((dd) => [...dd.querySelectorAll('a')])
			.map((a) => a.getAttribute('href') ?? '')
			.filter((h) => !h.includes('#'));
		const term = div.querySelector('dfn')?.textContent?.trim() ?? '';
		return { id: div.id, forms: [term, ...aliases], uses: [...new Set(uses)].sort() };
	});
}

/** The glossary of the build, both editions' forms of each term. */
export function builtGlossary(): BuiltTerm[] {
	const en = new Map(glossaryPage('en').map((t) => [t.id, t]));
	return glossaryPage('').map((zh) => ({
		id: zh.id,
		zh: zh.forms,
		en: en.get(zh.id)?.forms ?? [],
		uses: { zh: zh.uses, en: en.get(zh.id)?.uses ?? [] },
	}));
}
