/**
 * What the tests' fronts for the served site share (engines/proxy.ts, engines/counting-server.ts,
 * pieces.ts): passing a request on to the site, and listening on a free port of 127.0.0.1.
 */
import {
	createServer,
	request,
	type IncomingMessage,
	type RequestListener,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sends the request on to the site, uncompressed (so a front reads, counts or cuts the page's own
 * bytes), and hands the site's answer to `answer`. The site unreachable (a test playing a lost
 * connection): the browser gets a network error, as it would without the front, not a page saying
 * so; `failed` runs first.
 */
export function forward(
	upstream: URL,
	req: IncomingMessage,
	res: ServerResponse,
	answer: (up: IncomingMessage) => void,
	failed = () => {},
): void {
	const headers = { ...req.headers, host: upstream.host };
	delete headers['accept-encoding'];
	const out = request(
		{
			hostname: upstream.hostname,
			port: upstream.port,
			method: req.method,
			path: req.url,
			headers,
		},
		answer,
	);
	out.on('error', () => {
		failed();
		res.destroy();
	});
	req.pipe(out);
}

/**
 * The site's answer, passed on unchanged. A browser that stops reading (a page left while a file is
 * still coming) closes `res`; the site's answer is then dropped, where a pipe would leave it paused
 * with its connection held.
 */
export const passOn = (res: ServerResponse) => (up: IncomingMessage) => {
	res.writeHead(up.statusCode ?? 502, up.headers);
	res.once('close', () => up.destroy());
	up.pipe(res);
};

export interface Listening {
	origin: string;
	stop: () => Promise<void>;
}

/** Serves `listener` on a free port of 127.0.0.1; `stop` cuts open connections and closes. */
export function listen(listener: RequestListener): Promise<Listening> {
	const server = createServer(listener);
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				origin: `http://127.0.0.1:${port}`,
				stop: () =>
					new Promise<void>((done) => {
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
