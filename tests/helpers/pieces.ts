/**
 * A front for the served site that sends one page's HTML in pieces, each held until the test lets it
 * go: a slow connection played exactly, with the pieces ending where the test says, so that what the
 * browser draws from a page that is still arriving can be checked. Every other request passes
 * through unchanged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { forward, listen, passOn } from './front';

export interface Arrival {
	/** Resolves once the HTML up to cut `i` (a byte offset) has been sent. */
	sent(i: number): Promise<void>;
	/** Lets the bytes after cut `i` go, up to the next cut or the end. */
	release(i: number): void;
}

export interface PiecesServer {
	origin: string;
	/** The next request for `path` is answered in pieces, cut at these byte offsets (ascending). */
	arrive(path: string, cuts: number[]): Arrival;
	stop(): Promise<void>;
}

interface Pending {
	path: string;
	cuts: number[];
	sent: (() => void)[];
	released: Promise<void>[];
}

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
	let resolve = () => {};
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

async function sendInPieces(up: IncomingMessage, res: ServerResponse, job: Pending) {
	const chunks: Buffer[] = [];
	for await (const chunk of up) chunks.push(chunk as Buffer);
	const body = Buffer.concat(chunks);
	const { 'content-length': _, ...headers } = up.headers;
	res.writeHead(up.statusCode ?? 502, { ...headers, 'cache-control': 'no-store' });
	let from = 0;
	for (const [i, cut] of job.cuts.entries()) {
		res.write(body.subarray(from, cut));
		from = cut;
		job.sent[i]?.();
		await job.released[i];
	}
	res.end(body.subarray(from));
}

export async function startPiecesServer(upstreamOrigin: string): Promise<PiecesServer> {
	const upstream = new URL(upstreamOrigin);
	let pending: Pending | undefined;
	const { origin, stop } = await listen((req, res) => {
		const path = new URL(req.url ?? '/', 'http://pieces').pathname;
		const job = pending?.path === path ? pending : undefined;
		if (job) pending = undefined;
		forward(upstream, req, res, (up) => {
			if (job) void sendInPieces(up, res, job).catch(() => res.destroy());
			else passOn(res)(up);
		});
	});
	return {
		origin,
		arrive(path, cuts) {
			const sent = cuts.map(() => deferred());
			const released = cuts.map(() => deferred());
			pending = {
				path,
				cuts,
				sent: sent.map((d) => d.resolve),
				released: released.map((d) => d.promise),
			};
			return {
				sent: (i) => sent[i]?.promise ?? Promise.reject(new Error(`no cut ${i}`)),
				release: (i) => released[i]?.resolve(),
			};
		},
		stop,
	};
}
