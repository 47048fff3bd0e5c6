// One English rendering per term (content/renderings.yaml): every English text is read as it is
// written (the English trend files, the `titleEn` of the Chinese ones, the `en:` blocks of the YAML
// files) and a variant rendering fails the test, naming the file, the line and the variant.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';

const renderings = z
	.array(
		z.object({
			zh: z.string().min(1),
			en: z.string().min(1),
			variants: z.array(z.string().min(1)).min(1),
			caseSensitive: z.boolean().optional(),
			note: z.string().min(1),
		}),
	)
	.parse(parse(readFileSync('content/renderings.yaml', 'utf8')));

interface Text {
	file: string;
	line: number;
	text: string;
}

const TRENDS = 'content/trends';
const trendFiles = (dir: string) =>
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
	...trendFiles(join(TRENDS, 'en')).flatMap((f) => lines(f, notKeywords)),
	...trendFiles(TRENDS).flatMap((f) => lines(f, (l) => l.startsWith('titleEn:'))),
	...enBlocks('content/report.yaml'),
	...enBlocks('content/parts.yaml'),
	// A source's `title` is a published headline (British spelling included), quoted as published.
	...enBlocks('content/sources.yaml', /^\s*title:/),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the table of renderings is read and every English text is checked', () => {
	expect(renderings.length).toBeGreaterThan(5);
	expect(english.length).toBeGreaterThan(200);
	for (const lang of ['en/compute-infrastructure.mdx', 'compute-infrastructure.mdx'])
		expect(english.some((t) => t.file === join(TRENDS, lang))).toBe(true);
});

test('no English text uses a variant rendering', () => {
	const found = renderings.flatMap(({ zh, en, variants, caseSensitive }) =>
		variants.flatMap((variant) => {
			// A whole phrase: not part of a longer word or of a hyphenated one.
			const re = new RegExp(`(?<![\\w-])${escape(variant)}(?![\\w-])`, caseSensitive ? 'u' : 'iu');
			return english
				.filter((t) => re.test(t.text))
				.map((t) => `${t.file}:${t.line}: "${variant}" (${zh} is "${en}")`);
		}),
	);
	expect(found).toEqual([]);
});

test('a variant is caught (the check can fail)', () => {
	const re = new RegExp(`(?<![\\w-])${escape('chips go AI')}(?![\\w-])`, 'iu');
	expect(re.test('Chips go AI: AI-native demand')).toBe(true);
	expect(re.test('Chips Go AI-Native: AI-native demand')).toBe(false);
});

test('English summaries use curly apostrophes (they are shown as written on cards and in meta tags)', () => {
	const straight = trendFiles(join(TRENDS, 'en'))
		.flatMap((f) => lines(f, (l) => l.startsWith('summary:')))
		.filter((t) => /\w'\w|\w''\w/.test(t.text))
		.map((t) => `${t.file}:${t.line}`);
	expect(straight).toEqual([]);
});
