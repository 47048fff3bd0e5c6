/** remark-glossary links a term's first occurrence per section at build, and records every place. */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { remarkGlossary } from '~/integrations/remark-glossary.mjs';
import { remarkHeadingIds } from '~/integrations/remark-heading-ids.mjs';
import { readGlossary, termFinder, variantsOf } from '~/integrations/glossary-terms.mjs';

const GLOSSARY = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.yaml');
writeFileSync(
	GLOSSARY,
	[
		'- { id: compute, term: 算力, aliases: [], en: { term: compute, aliases: [] } }',
		'- { id: factory, term: 算力工厂, aliases: [], en: { term: compute factory, aliases: [] } }',
		'- { id: agent, once: true, term: 智能体, aliases: [Agent], en: { term: AI agent, aliases: [agent], variants: [] } }',
		'- { id: large-model, term: 大模型, en: { term: large model, variants: [LLM] } }',
	].join('\n'),
);

async function run(mdx: string, path: string) {
	const processor = unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkHeadingIds)
		.use(remarkGlossary, { base: '/sub/', glossary: GLOSSARY })
		.use(remarkStringify);
	const file = new VFile({ path, value: mdx, data: { astro: { frontmatter: {} } } });
	const tree = await processor.run(processor.parse(file), file);
	return {
		text: processor.stringify(tree as Root),
		places: file.data.astro?.frontmatter?.glossary,
	};
}

describe('remarkGlossary', () => {
	test('links the first occurrence of each term per ## section, the longest form first; `once` terms once per page', async () => {
		const { text, places } = await run(
			[
				'## 一 \\{#one}',
				'',
				'算力工厂需要算力，算力也是。Agent与智能体。',
				'',
				'## 二 \\{#two}',
				'',
				'- 算力再来；Agent再来。',
			].join('\n'),
			'/x/content/trends/t.mdx',
		);
		expect(text).toContain(
			'[算力工厂](/sub/glossary/#factory)需要[算力](/sub/glossary/#compute)，算力也是。',
		);
		expect(text).toContain('[Agent](/sub/glossary/#agent)与智能体');
		expect(text).toContain('[算力](/sub/glossary/#compute)再来；Agent再来');
		expect(places).toEqual([
			{ id: 'factory', section: 'one' },
			{ id: 'compute', section: 'one' },
			{ id: 'agent', section: 'one' },
			{ id: 'compute', section: 'two' },
			{ id: 'agent', section: 'two' },
		]);
	});

	test('English: whole words, plurals, the English edition’s glossary; headings, links and opted-out passages stay plain', async () => {
		const { text } = await run(
			[
				'## Compute \\{#one}',
				'',
				'[compute](#x) and <span data-glossary="off">compute</span>; agentic, then agents and compute.',
			].join('\n'),
			'/x/content/trends/en/t.mdx',
		);
		expect(text).toContain('## Compute');
		expect(text).toContain('[compute](#x) and <span data-glossary="off">compute</span>; agentic,');
		expect(text).toContain(
			'[agents](/sub/en/glossary/#agent) and [compute](/sub/en/glossary/#compute).',
		);
	});

	test('leaves files outside the trend texts alone', async () => {
		const { text } = await run('算力。', '/x/src/pages/about.mdx');
		expect(text.trim()).toBe('算力。');
	});
});

describe('variant renderings', () => {
	test('are found as whole words only', () => {
		const find = termFinder(variantsOf(readGlossary(GLOSSARY)), false);
		expect(find('An LLM; LLMs').map((m) => m.text)).toEqual(['LLM']);
		expect(find('LLMOps').length).toBe(0);
	});
});
