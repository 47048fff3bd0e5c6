/**
 * Builds the site exactly as the README's serve command does (astro build + Pagefind), then serves
 * dist/ with `astro preview` on a free localhost port for the browser tests.
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
	if (!process.env.SKIP_BUILD) {
		execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env } });
	}
	const { preview } = await import('astro');
	const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
	return async () => {
		await server.stop();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
