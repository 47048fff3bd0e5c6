/**
 * A same-origin front for the served site, for engines whose driver cannot run a script before the
 * page's own (WebKit over classic WebDriver). It forwards every request to the site unchanged, except:
 * - HTML gets `<script src="/__rr/probe.js">` as the first thing in <head> (see probe.ts), which
 *   also carries the test's init scripts, if any;
 * - `/__rr/frame.html?w=390&h=844` is a page holding one <iframe> of that size: the phone-width
 *   viewport for a browser whose window cannot be made that narrow (MiniBrowser stops at ~450 px).
 *   The frame is same-origin with the site, so storage, clipboard and focus behave as on a top page;
 * - a path given to `refuseOnce` is refused once (503), to stage a file that cannot be fetched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { forward, listen, passOn } from '../front';
import { PROBE } from './probe';

export interface Proxy {
	origin: string;
	/** Run after the probe, before the page's own scripts (see Driver.resize). */
	initScripts: string[];
	/** Paths whose next request is refused (each pattern once). */
	refused: RegExp[];
	refuseOnce: (path: RegExp) => void;
	stop: () => Promise<void>;
}

export const FRAME_ID = 'rr-frame';
const PROBE_TAG = '<script src="/__rr/probe.js"></script>';

function frameHtml(url: URL): string {
	const w = Number(url.searchParams.get('w')) || 390;
	const h = Number(url.searchParams.get('h')) || 844;
	return `<!doctype html><html><head><meta charset="utf-8"><title>${w} × ${h}</title><style>html,body{margin:0;background:#777}iframe{display:block;border:0;background:#fff}</style></head><body><iframe id="${FRAME_ID}" width="${w}" height="${h}" src="about:blank"></iframe></body></html>`;
}

/** The site's answer, HTML with the probe first in <head>. */
const withProbe = (res: ServerResponse) => (up: IncomingMessage) => {
	// Nothing kept in WebKit's HTTP cache, which outlives a resize (one browser session): each size
	// fetches as a fresh device does, and a refused file is really asked for.
	up.headers['cache-control'] = 'no-store';
	if (!String(up.headers['content-type'] ?? '').includes('text/html')) {
		passOn(res)(up);
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
};

export function startProxy(upstreamOrigin: string): Promise<Proxy> {
	const upstream = new URL(upstreamOrigin);
	const proxy = { initScripts: [] as string[] };
	const refused: RegExp[] = [];
	const front = listen((req, res) => {
		const url = new URL(req.url ?? '/', 'http://proxy');
		const refuse = refused.findIndex((r) => r.test(url.pathname));
		if (refuse >= 0) {
			refused.splice(refuse, 1);
			// An error status, not a cut connection, which engines retry on their own.
			res.writeHead(503, { 'content-type': 'text/plain' });
			res.end('refused by the test');
		} else if (url.pathname === '/__rr/probe.js') {
			res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
			res.end([PROBE, ...proxy.initScripts].join('\n'));
		} else if (url.pathname === '/__rr/frame.html') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(frameHtml(url));
		} else {
			forward(upstream, req, res, withProbe(res));
		}
	});
	return front.then(({ origin, stop }) => ({
		get initScripts() {
			return proxy.initScripts;
		},
		set initScripts(scripts: string[]) {
			proxy.initScripts = scripts;
		},
		refused,
		refuseOnce: (path: RegExp) => void refused.push(path),
		origin,
		stop,
	}));
}
