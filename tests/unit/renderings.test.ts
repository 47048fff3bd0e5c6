// One English rendering per term, from the glossary (content/glossary.yaml, the single table of
// renderings): every English text is read as it is written (the English trend and page files, the
// `titleEn` of the Chinese ones, the `en:` blocks of the YAML files, the glossary's own definitions)
// and a variant rendering fails the test, naming the file, the line and the variant.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listed, readGlossary, variantFinder } from '~/integrations/glossary-terms.mjs';

const GLOSSARY = 'content/glossary.yaml';
const glossary = readGlossary(GLOSSARY);
const byId = new Map(glossary.map((entry) => [entry.id, entry]));
const findVariants = variantFinder(glossary);

interface Text {
	file: string;
	line: number;
	text: string;
}

const TRENDS = 'content/trends';
const mdxFiles = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
		.map((f) => join(dir, f));

/** The lines of a file, each with its number; `keep` picks the lines that are English text. */
const lines = (file: string, keep: (line: string) => boolean): Text[] =>
	readFileSync(file, 'utf8')
		.split('\n')
		.flatMap((text, i) => (keep(text) ? [{ file, line: i + 1, text }] : []));

/** The `en:` blocks of a YAML list: every line indented under an `en:` key. */
function enBlocks(file: string, skip: RegExp = /^$/): Text[] {
	const out: Text[] = [];
	let indent = -1;
	readFileSync(file, 'utf8')
		.split('\n')
		.forEach((text, i) => {
			const depth = text.length - text.trimStart().length;
			if (indent >= 0 && text.trim() !== '' && depth <= indent) indent = -1;
			if (indent >= 0 && !skip.test(text)) out.push({ file, line: i + 1, text });
			if (/^\s*en:\s*$/.test(text)) indent = depth;
		});
	return out;
}

// Keyword lines are search terms as readers type them (LLM, human-computer…), not renderings; the
// slug is an ASCII id (ai-for-science).
const notKeywords = (line: string) => !/^(keywords|slug):/.test(line);

const english: Text[] = [
	...mdxFiles(join(TRENDS, 'en')).flatMap((f) => lines(f, notKeywords)),
	...mdxFiles('content/pages/en').flatMap((f) => lines(f, notKeywords)),
	...mdxFiles(TRENDS).flatMap((f) => lines(f, (l) => l.startsWith('titleEn:'))),
	...enBlocks('content/report.yaml'),
	...enBlocks('content/parts.yaml'),
	// A source's `title` is a published headline (British spelling included), quoted as published.
	...enBlocks('content/sources.yaml', /^\s*title:/),
	// The glossary's English terms and definitions; its variants (and the notes that name them) are
	// what is being looked for.
	...enBlocks(GLOSSARY, /^\s*(variants:|note:|- )/),
];

test('the glossary is the table of renderings, and every English text is checked', () => {
	expect(glossary.filter((e) => (e.en.variants ?? []).length > 0).length).toBeGreaterThan(10);
	// Renderings only (`listed: false`) are in the same table, outside the glossary pages.
	expect(listed(glossary).length).toBeLessThan(glossary.length);
	expect(english.length).toBeGreaterThan(250);
	for (const file of [
		'en/compute-infrastructure.mdx',
		'compute-infrastructure.mdx',
		'../glossary.yaml',
		'../pages/en/about.mdx',
	])
		expect(english.some((t) => t.file === join(TRENDS, file))).toBe(true);
});

test('no English text uses a variant rendering of a glossary term', () => {
	const found = english.flatMap(({ file, line, text }) =>
		findVariants(text).map((m) => {
			const entry = byId.get(m.id);
			return `${file}:${line}: "${m.text}" (${entry?.term} is "${entry?.en.term}")`;
		}),
	);
	expect(found).toEqual([]);
});

test('a variant is caught, as a whole phrase and its plural; an exact-case one as written', () => {
	const ids = (text: string) => findVariants(text).map((m) => `${m.id}:${m.text}`);
	expect(ids('Chips go AI: AI-native demand')).toEqual(['ai-native-chips:Chips go AI']);
	expect(ids('Chips Go AI-Native: AI-native demand')).toEqual([]);
	expect(ids('Two data centres and a data-centre site')).toEqual([
		'data-center:data centres',
		'data-center:data-centre',
	]);
	expect(ids('LLMs and an LLM; llms.txt')).toEqual(['large-model:LLMs', 'large-model:LLM']);
	expect(ids('the Agentic internet; the agentic internet')).toEqual([
		'agentic-internet:Agentic internet',
	]);
	expect(ids('Maths, at 100 billion parameters')).toEqual(['math:Maths']);
});

test('a form is never both a rendering the texts use and a variant they must not use', () => {
	const both = glossary.flatMap((e) => {
		const fold = (f: string) => (e.en.caseSensitive ? f : f.toLowerCase());
		const used = [e.en.term, ...(e.en.aliases ?? [])].map(fold);
		return (e.en.variants ?? []).filter((v) => used.includes(fold(v)));
	});
	expect(both).toEqual([]);
});

test('English summaries use curly apostrophes (they are shown as written on cards and in meta tags)', () => {
	const straight = mdxFiles(join(TRENDS, 'en'))
		.flatMap((f) => lines(f, (l) => l.startsWith('summary:')))
		.filter((t) => /\w'\w|\w''\w/.test(t.text))
		.map((t) => `${t.file}:${t.line}`);
	expect(straight).toEqual([]);
});
