/**
 * A same-origin front for the served site, for engines whose driver cannot run a script before the
 * page's own (WebKit over classic WebDriver). It forwards every request to the site unchanged, except:
 * - HTML gets `<script src="/__rr/probe.js">` as the first thing in <head> (see probe.ts), which
 *   also carries the test's init scripts, if any;
 * - `/__rr/frame.html?w=390&h=844` is a page holding one <iframe> of that size: the phone-width
 *   viewport for a browser whose window cannot be made that narrow (MiniBrowser stops at ~450 px).
 *   The frame is same-origin with the site, so storage, clipboard and focus behave as on a top page.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROBE } from './probe';

export interface Proxy {
	origin: string;
	/** Run after the probe, before the page's own scripts (see Driver.resize). */
	initScripts: string[];
	stop: () => Promise<void>;
}

export const FRAME_ID = 'rr-frame';
const PROBE_TAG = '<script src="/__rr/probe.js"></script>';

function frameHtml(url: URL): string {
	const w = Number(url.searchParams.get('w')) || 390;
	const h = Number(url.searchParams.get('h')) || 844;
	return `<!doctype html><html><head><meta charset="utf-8"><title>${w} × ${h}</title><style>html,body{margin:0;background:#777}iframe{display:block;border:0;background:#fff}</style></head><body><iframe id="${FRAME_ID}" width="${w}" height="${h}" src="about:blank"></iframe></body></html>`;
}

function forward(upstream: URL, req: IncomingMessage, res: ServerResponse): void {
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
		(up) => {
			const type = String(up.headers['content-type'] ?? '');
			if (!type.includes('text/html')) {
				res.writeHead(up.statusCode ?? 502, up.headers);
				up.pipe(res);
				return;
			}
			const chunks: Buffer[] = [];
			up.on('data', (c: Buffer) => chunks.push(c));
			up.on('end', () => {
				const html = Buffer.concat(chunks)
					.toString('utf8')
					.replace(/<head(\s[^>]*)?>/i, (tag) => tag + PROBE_TAG);
				const { 'content-length': _, ...rest } = up.headers;
				res.writeHead(up.statusCode ?? 502, rest);
				res.end(html);
			});
		},
	);
	// The site unreachable (a test playing a lost connection): the browser gets a network error, as
	// it would without this front, not a page saying so.
	out.on('error', () => res.destroy());
	req.pipe(out);
}

export function startProxy(upstreamOrigin: string): Promise<Proxy> {
	const upstream = new URL(upstreamOrigin);
	const proxy: Omit<Proxy, 'origin' | 'stop'> = { initScripts: [] };
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://proxy');
		if (url.pathname === '/__rr/probe.js') {
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
			res.end([PROBE, ...proxy.initScripts].join('\n'));
		} else if (url.pathname === '/__rr/frame.html') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(frameHtml(url));
		} else {
			forward(upstream, req, res);
		}
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			resolve({
				get initScripts() {
					return proxy.initScripts;
				},
				set initScripts(scripts: string[]) {
					proxy.initScripts = scripts;
				},
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
