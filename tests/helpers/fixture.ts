/** Copy the project to a temp folder, break one thing, and run Astro there to see how it fails. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { childEnv } from './env';

const run = promisify(execFile);

/** How long one case's Astro may take on a busy machine; the test waits as long. */
export const FIXTURE_TIMEOUT = 180_000;

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

/**
 * `edit(dir)` changes files in the copy; then `astro <command>` runs there. Asynchronously: a worker
 * blocked by a synchronous child process answers none of Vitest's messages, and Vitest gives up on
 * them after 60 s (run 61: this file's three builds took 63 s in all, and the run failed with
 * "Timeout calling onTaskUpdate" although every test passed).
 */
export async function runBrokenFixture(
	edit: (dir: string) => void,
	command: 'sync' | 'build',
): Promise<FixtureRun> {
	const dir = mkdtempSync(join(tmpdir(), 'rr-fixture-'));
	try {
		for (const entry of COPY) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
		edit(dir);
		return await run(join(ROOT, 'node_modules/.bin/astro'), [command], {
			cwd: dir,
			encoding: 'utf8',
			env: childEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
			timeout: FIXTURE_TIMEOUT,
			maxBuffer: 64 * 1024 * 1024,
		}).then(
			({ stdout, stderr }) => ({ status: 0, output: `${stdout}\n${stderr}` }),
			(error: { code?: number | string; stdout?: string; stderr?: string }) => {
				// Only an exit with a code is an answer (what these cases expect); Astro that could not
				// start or was killed at the timeout fails the test, as a fixture edit that misses does.
				if (typeof error.code !== 'number') throw error;
				return { status: error.code, output: `${error.stdout ?? ''}\n${error.stderr ?? ''}` };
			},
		);
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
