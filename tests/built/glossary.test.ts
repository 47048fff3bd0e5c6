/**
 * The glossary in the build: twin pages, where terms are used, the term links. (The English
 * renderings it also holds are checked in the texts themselves: tests/unit/renderings.test.ts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { listed, readGlossary } from '~/integrations/glossary-terms.mjs';
import { readDist } from '../helpers/dist';

const doc = (path: string) => parseHTML(readDist(path)).document;
const EDITIONS = [
	{ prefix: '', dir: '' },
	{ prefix: '/en', dir: 'en/' },
] as const;
const termIds = (dir: string) =>
	[...doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary > div[id]')].map((d) => d.id);
const trendPages = (dir: string) =>
	readdirSync(join('dist', dir, 'trends'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map(({ name }) => `${dir}trends/${name}/index.html`);

describe('glossary', () => {
	test('/glossary/ and /en/glossary/ list the same 25–40 terms, each at its id', () => {
		const zh = termIds('');
		expect(zh.length).toBeGreaterThanOrEqual(25);
		expect(zh.length).toBeLessThanOrEqual(40);
		expect(termIds('en/')).toEqual(zh);
		expect(new Set(zh).size).toBe(zh.length);
		expect(zh).toEqual(listed(readGlossary()).map((e) => e.id));
	});

	test('every term is used in at least one trend of each edition, and says where (derived at build)', () => {
		for (const { dir, prefix } of EDITIONS) {
			for (const term of doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary > div')) {
				const uses = [...term.querySelectorAll('dd a')].map((a) => a.getAttribute('href'));
				expect(uses.length, `${prefix}/glossary/#${term.id}`).toBeGreaterThan(0);
				for (const href of uses) expect(href).toMatch(new RegExp(`^${prefix}/trends/[a-z0-9-]+/`));
			}
		}
	});

	test('trend texts link terms to an entry of their own edition’s glossary (the no-JS path), and every term is linked somewhere', () => {
		for (const { dir, prefix } of EDITIONS) {
			const ids = new Set(termIds(dir));
			const linked = new Set<string>();
			for (const page of trendPages(dir)) {
				const links = [...doc(page).querySelectorAll('.prose-zh a[href*="glossary/#"]')];
				expect(links.length, page).toBeGreaterThan(0);
				for (const a of links) {
					const [path, id = ''] = (a.getAttribute('href') ?? '').split('#');
					expect(path, page).toBe(`${prefix}/glossary/`);
					expect(ids.has(id), `${page}: #${id}`).toBe(true);
					expect(a.closest('h2, h3, sup, .sources'), page).toBeNull();
					linked.add(id);
				}
			}
			expect(
				[...ids].filter((id) => !linked.has(id)),
				prefix || '/',
			).toEqual([]);
		}
	});

	test('the "used in" line reads as one line of text: no space after its colon, none inside its links, none before a comma or bracket', () => {
		for (const { dir } of EDITIONS) {
			const lines = [...doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary dd.u')]
				// Space at either end of the block is not rendered.
				.map((dd) => dd.innerHTML.trim())
				.filter((html) => html.includes('<a '));
			expect(lines.length).toBe(termIds(dir).length);
			for (const html of lines) {
				expect(html, dir).not.toMatch(/：\s|:\s{2,}|<a [^>]*>\s|\s<\/a>|\s[,、）)]|[（(]\s/u);
				expect(html, dir).toMatch(/^(出现在：|Used in: )<a /);
			}
		}
	});

	test('a term’s definitions are labelled as background on the glossary pages', () => {
		for (const { dir } of EDITIONS) {
			const terms = doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary > div');
			for (const term of terms) expect(term.querySelector('dd > b')?.textContent).toBeTruthy();
		}
	});
});
