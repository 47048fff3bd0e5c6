/** The glossary in the build: twin pages, where terms are used, the term links, the English renderings. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readGlossary, termFinder, variantsOf } from '~/integrations/glossary-terms.mjs';
import { readDist } from '../helpers/dist';

const doc = (path: string) => parseHTML(readDist(path)).document;
const EDITIONS = [
	{ prefix: '', dir: '' },
	{ prefix: '/en', dir: 'en/' },
] as const;
const termIds = (dir: string) =>
	[...doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary > div[id]')].map((d) => d.id);
const trendPages = (dir: string) =>
	readdirSync(join('dist', dir, 'trends')).map((slug) => `${dir}trends/${slug}/index.html`);

describe('glossary', () => {
	test('/glossary/ and /en/glossary/ list the same 25–40 terms, each at its id', () => {
		const zh = termIds('');
		expect(zh.length).toBeGreaterThanOrEqual(25);
		expect(zh.length).toBeLessThanOrEqual(40);
		expect(termIds('en/')).toEqual(zh);
		expect(new Set(zh).size).toBe(zh.length);
		expect(zh).toEqual(readGlossary().map((e) => e.id));
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

	test('a term’s definitions are labelled as background on the glossary pages', () => {
		for (const { dir } of EDITIONS) {
			const terms = doc(`${dir}glossary/index.html`).querySelectorAll('dl.glossary > div');
			for (const term of terms) expect(term.querySelector('dd > b')?.textContent).toBeTruthy();
		}
	});
});

/** The English a reader sees of a trend: title, title lines, summary and body, without tags and URLs. */
function englishTexts(): { file: string; text: string }[] {
	const read = (file: string) => readFileSync(file, 'utf8');
	const split = (src: string) => {
		const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(src) ?? [];
		return { front: load(front) as Record<string, unknown>, body };
	};
	const plain = (body: string) =>
		body
			.replace(/\]\([^)]*\)/g, ']')
			.replace(/<[^>]*>/g, ' ')
			.replace(/\\\{#[^}]*\}/g, ' ');
	const en = readdirSync('content/trends/en').map((name) => {
		const file = `content/trends/en/${name}`;
		const { front, body } = split(read(file));
		const lines = [front.title, ...(front.titleLines as string[]), front.summary];
		return { file, text: [...lines, plain(body)].join('\n') };
	});
	const zhTitles = readdirSync('content/trends')
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => {
			const file = `content/trends/${name}`;
			return { file, text: String(split(read(file)).front.titleEn) };
		});
	return [...en, ...zhTitles];
}

describe('English renderings (the glossary is their single table)', () => {
	const findVariant = termFinder(variantsOf(readGlossary()), false);

	test('the check finds a variant where one is written', () => {
		expect(findVariant('Compute as infrastructure: chips go AI. An LLM.').map((m) => m.id)).toEqual(
			['compute-infrastructure', 'ai-native-chips', 'large-model'],
		);
	});

	test('no English text uses a variant rendering of a glossary term', () => {
		const found = englishTexts().flatMap(({ file, text }) =>
			findVariant(text).map((m) => `${file}: "${m.text}" (glossary: ${m.id})`),
		);
		expect(found).toEqual([]);
	});
});
