/**
 * The dependency rules (eslint.config.mjs and .dependency-cruiser.mjs), tried on code that breaks
 * each of them in every form an import can take: the `~/` alias, a relative path, with its
 * extension, `import()`, and through another file.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages ESLint reports for `code` as if it were the file at `path`. */
async function lint(code: string, path: string): Promise<string> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`).join('\n');
}

/** `import x from '<spec>'`, `import('<spec>')` and a re-export, each a whole module. */
const forms = (spec: string): string[] => [
	`import * as m from '${spec}';\nexport const x = m;\n`,
	`export const x = () => import('${spec}');\n`,
	`export * from '${spec}';\n`,
];

describe('zones (ESLint, one import at a time)', () => {
	test('browser code never imports build-time modules, however the import is written', async () => {
		const cases: [file: string, spec: string][] = [
			['src/client/x.ts', '~/lib/content'],
			['src/client/x.ts', '../lib/content'],
			['src/client/x.ts', '../lib/content.ts'],
			['src/client/share/x.ts', '../../lib/content'],
			['src/client/x.ts', '~/lib/cards'],
			['src/client/x.ts', '~/lib/figures/registry'],
			['src/client/x.ts', '~/i18n'],
			['src/client/x.ts', '~/i18n/zh'],
			['src/client/x.ts', '~/integrations/csp.mjs'],
			['src/sw/x.ts', '~/lib/validate'],
			['src/client/x.ts', 'zod'],
			['src/client/x.ts', 'astro:content'],
			['src/client/x.ts', 'node:fs'],
		];
		for (const [file, spec] of cases)
			for (const code of forms(spec))
				expect(await lint(code, file), `${file}: ${code}`).toMatch(/never imports build-time/);
	});

	test('what browser code may import passes', async () => {
		for (const spec of [
			'~/lib/urls',
			'../lib/search/query',
			'~/i18n/client',
			'~/i18n/langs',
			'uqr',
		])
			expect(await lint(forms(spec)[0] ?? '', 'src/client/x.ts'), spec).toBe('');
	});

	test('src/lib, plugins and browser code never import components', async () => {
		for (const [file, spec] of [
			['src/lib/x.ts', '~/components/mdx/Note.astro'],
			['src/lib/figures/x.ts', '../../components/mdx/Note.astro'],
			['src/integrations/x.mjs', '../layouts/BaseLayout.astro'],
			['src/client/x.ts', '~/components/share/CopyLink.astro'],
		] as const)
			for (const code of forms(spec))
				expect(await lint(code, file), `${file}: ${code}`).toMatch(/never import components/);
	});

	test('the data layer never imports the chart layer', async () => {
		for (const [file, spec] of [
			['src/lib/figures/capex/index.ts', 'chart.js'],
			['src/lib/figures/capex/index.ts', './chart'],
			['src/lib/figures/capex/index.ts', '../datacenters/chart.ts'],
			['src/lib/figures/registry.ts', '~/lib/figures/chart-common'],
			['src/lib/format.ts', '~/client/charts'],
			['src/content.config.ts', './lib/figures/capex/chart'],
		] as const)
			for (const code of forms(spec))
				expect(await lint(code, file), `${file}: ${code}`).toMatch(/never imports the chart layer/);
	});

	test('collections are read only in the content module, statically or dynamically', async () => {
		const stat =
			"import { getCollection } from 'astro:content';\nexport const x = getCollection;\n";
		const dyn = "export const x = async () => (await import('astro:content')).getCollection;\n";
		for (const file of [
			'src/lib/validate.ts',
			'src/lib/format.ts',
			'src/content.config.ts',
			'src/lib/figures/capex/index.ts',
			'src/lib/figures/registry.ts',
			'src/pages/x.astro',
			'src/components/mdx/X.astro',
		]) {
			const as = (code: string) => (file.endsWith('.astro') ? `---\n${code}---\n<p />\n` : code);
			expect(await lint(as(stat), file), `${file}: static`).toMatch(/src\/lib\/content\.ts/);
			expect(await lint(as(dyn), file), `${file}: dynamic`).toMatch(/src\/lib\/content\.ts/);
		}
		expect(await lint(stat, 'src/lib/content.ts')).toBe('');
	});

	test('site chrome gets its data as props; MDX components may look entries up', async () => {
		for (const spec of ['~/lib/content', '../../lib/content', '../../lib/content.ts']) {
			const code = `---\nimport { getLibrary } from '${spec}';\nconst lib = await getLibrary();\n---\n<p>{lib.trends.length}</p>\n`;
			expect(await lint(code, 'src/components/layout/X.astro'), spec).toMatch(
				/get their data as props/,
			);
			expect(await lint(code, 'src/components/mdx/X.astro'), spec).toBe('');
		}
	});
});

describe('reach (dependency-cruiser, through other files)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'rr-layers-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	/**
	 * Violations in a copy of src/ with `files` added, as `rule: from → to`. The cruiser runs
	 * asynchronously, so that this worker still answers Vitest meanwhile (see tests/helpers/fixture.ts).
	 */
	async function violations(files: Record<string, string>): Promise<string[]> {
		rmSync(join(dir, 'src'), { recursive: true, force: true });
		cpSync('src', join(dir, 'src'), { recursive: true });
		for (const name of ['tsconfig.json', '.dependency-cruiser.mjs']) cpSync(name, join(dir, name));
		rmSync(join(dir, 'node_modules'), { force: true });
		symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
		for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
		let out: string;
		try {
			({ stdout: out } = await promisify(execFile)(
				join(process.cwd(), 'node_modules/.bin/depcruise'),
				['src/client', 'src/sw', '--config', '.dependency-cruiser.mjs', '--output-type', 'json'],
				{ cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
			));
		} catch (error) {
			// It exits with the number of errors and still prints its report.
			out = String((error as { stdout?: string }).stdout ?? '');
		}
		const report = JSON.parse(out) as {
			summary: { violations: { rule: { name: string }; from: string; to: string }[] };
		};
		return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
	}

	test('a build-time module reached through a browser-safe one is found, and nothing else', async () => {
		const found = await violations({
			'src/lib/zz-bridge.ts': "export { cardFor } from './cards';\n",
			'src/client/zz-probe.ts':
				"import { cardFor } from '~/lib/zz-bridge';\nexport const x = cardFor;\n",
			'src/client/zz-node.ts': "import { x } from './zz-via';\nexport const y = x;\n",
			'src/client/zz-via.ts':
				"import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
		});
		expect(found).toContain(
			'browser-reaches-build-code: src/client/zz-probe.ts → src/lib/cards.ts',
		);
		expect(found).toContain('browser-reaches-virtual-or-node: src/client/zz-node.ts → fs');
		expect(found).toContain('browser-reaches-virtual-or-node: src/client/zz-via.ts → fs');
		// The project's own browser code reaches nothing it may not.
		expect(found.filter((v) => !/src\/client\/zz-(probe|node|via)\.ts →/.test(v))).toEqual([]);
	}, 60_000);
});
