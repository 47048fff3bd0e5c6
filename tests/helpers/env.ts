/**
 * Environment for child processes (astro build/preview/sync). Vitest exports Vite's env into
 * process.env (BASE_URL, MODE, NODE_ENV=test …); inherited, those override the child's own config.
 */
const VITEST_KEYS = [
	'BASE_URL',
	'MODE',
	'DEV',
	'PROD',
	'SSR',
	'NODE_ENV',
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
];

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
	for (const key of VITEST_KEYS) delete env[key];
	return env;
}
