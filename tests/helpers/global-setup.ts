/**
 * The `site` project's setup: builds the site exactly as the README's serve command does (astro
 * build, which writes the search index and the service worker too), unless SKIP_BUILD is set, then
 * serves dist/ on a free localhost port for the built-file and browser tests.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { childEnv } from './env';
import { serve } from './serve';

export default async function setup(project: TestProject) {
	if (!process.env.SKIP_BUILD)
		execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: childEnv() });
	const server = await serve();
	project.provide('baseUrl', server.origin);
	return server.stop;
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
