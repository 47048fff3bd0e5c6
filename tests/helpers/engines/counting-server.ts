/**
 * A front for the served site that counts what the browser downloads from it (bytes of every
 * response body, as sent: the preview server does not compress, so a host that gzips sends less)
 * and can play a lost connection: while `offline`, every request is cut off (a network error, as a
 * browser sees it offline; the driver's own front, if any, passes that on).
 */
import { forward, listen, passOn } from '../front';

export interface Fetched {
	path: string;
	bytes: number;
	/** Date.now() when the response closed (sent in full, or cut by the browser). */
	at: number;
}

export interface CountingServer {
	origin: string;
	/** Every response since the server started (or since `reset`). */
	fetched: Fetched[];
	/** Requests still being answered. */
	pending(): number;
	reset(): void;
	offline: boolean;
	stop(): Promise<void>;
}

/** A blank page of the site's origin, without the site's scripts: a place to clear its storage. */
export const BLANK = '/__rr/blank.html';

export function startCountingServer(upstreamOrigin: string): Promise<CountingServer> {
	const upstream = new URL(upstreamOrigin);
	let open = 0;
	const state = { fetched: [] as Fetched[], offline: false };
	const front = listen((req, res) => {
		if (state.offline) {
			req.socket.destroy();
			return;
		}
		if (req.url === BLANK) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end('<!doctype html><title>blank</title><link rel="icon" href="data:,">');
			return;
		}
		open++;
		const path = req.url ?? '/';
		let bytes = 0;
		let answered = false;
		// A request is over when the browser's response closes, sent in full or cut short: a page left
		// while one of its files is still coming (Firefox cuts those) never sees the site's answer
		// end, and waiting for that end kept the request pending for ever (CI, stop 43).
		res.once('close', () => {
			open--;
			if (answered) state.fetched.push({ path, bytes, at: Date.now() });
		});
		forward(upstream, req, res, (up) => {
			answered = true;
			up.on('data', (c: Buffer) => (bytes += c.length));
			passOn(res)(up);
		});
	});
	return front.then(({ origin, stop }) => ({
		origin,
		get fetched() {
			return state.fetched;
		},
		pending: () => open,
		reset: () => (state.fetched = []),
		get offline() {
			return state.offline;
		},
		set offline(value: boolean) {
			state.offline = value;
		},
		stop,
	}));
}
