/** The dependency rules in eslint.config.mjs, tried on code that breaks each of them. */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for `code` as if it were the file at `path`. */
async function rulesFor(code: string, path: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules', () => {
	test('src/lib never imports a component', async () => {
		const found = await rulesFor(
			"import Note from '~/components/mdx/Note.astro';\nexport const x = Note;\n",
			'src/lib/x.ts',
		);
		expect(found.join('\n')).toMatch(/no-restricted-imports: .*never import components/);
	});

	test('the data layer never imports the chart layer', async () => {
		for (const code of [
			"import { Chart } from 'chart.js';\nexport const x = Chart;\n",
			"import { chartConfig } from './chart';\nexport const x = chartConfig;\n",
		]) {
			const found = await rulesFor(code, 'src/lib/figures/capex/index.ts');
			expect(found.join('\n'), code).toMatch(/never imports the chart layer/);
		}
	});

	test('collections are read only in the content module', async () => {
		const code =
			"import { getCollection } from 'astro:content';\nexport const x = getCollection;\n";
		expect((await rulesFor(code, 'src/lib/cards.ts')).join('\n')).toMatch(/src\/lib\/content\.ts/);
		expect(await rulesFor(code, 'src/lib/content.ts')).toEqual([]);
	});

	test('site chrome gets its data as props', async () => {
		const code =
			"---\nimport { getLibrary } from '~/lib/content';\nconst lib = await getLibrary();\n---\n<p>{lib.trends.length}</p>\n";
		const found = await rulesFor(code, 'src/components/layout/X.astro');
		expect(found.join('\n')).toMatch(/get their data as props/);
		expect(await rulesFor(code, 'src/components/mdx/X.astro')).toEqual([]);
	});

	test('browser code never imports build-time modules', async () => {
		const code = "import { getLibrary } from '~/lib/content';\nexport const x = getLibrary;\n";
		expect((await rulesFor(code, 'src/client/x.ts')).join('\n')).toMatch(/build-time/);
	});
});
