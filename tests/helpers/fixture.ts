/** Copy the project to a temp folder, break one thing, and run Astro there to see how it fails. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from './env';

const ROOT = process.cwd();
const COPY = [
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'pagefind.json',
	'src',
	'content',
	'public',
];

export interface FixtureRun {
	status: number | null;
	output: string;
}

/** `edit(dir)` changes files in the copy; then `astro <command>` runs there. */
export function runBrokenFixture(
	edit: (dir: string) => void,
	command: 'sync' | 'build',
): FixtureRun {
	const dir = mkdtempSync(join(tmpdir(), 'rr-fixture-'));
	try {
		for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
		edit(dir);
		const run = spawnSync(join(ROOT, 'node_modules/.bin/astro'), [command], {
			cwd: dir,
			encoding: 'utf8',
			env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
			timeout: 180_000,
		});
		return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Replace text in a file of the copy, failing loudly when the text is not there. */
export function replaceIn(dir: string, file: string, from: string | RegExp, to: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(from, to);
	if (next === text) throw new Error(`fixture: "${String(from)}" not found in ${file}`);
	writeFileSync(path, next);
}
