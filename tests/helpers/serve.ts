/** Serve a built folder with `astro preview` on a free localhost port (as a child process). */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { childEnv } from './env';

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

export interface Served {
	origin: string;
	stop: () => Promise<void>;
}

/** `env` selects the build (BASE_PATH, OUT_DIR) exactly as for `astro build`. */
export async function serve(env: Record<string, string> = {}, base = '/'): Promise<Served> {
	const port = await freePort();
	const child = spawn(
		'node_modules/.bin/astro',
		['preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			env: childEnv(env),
			stdio: 'ignore',
		},
	);
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${origin}${base}`)).ok) break;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error(`astro preview did not start on ${origin}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		origin,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill();
			}),
	};
}
