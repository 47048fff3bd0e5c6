/**
 * The offline journeys' counting front (tests/helpers/engines/counting-server.ts) waits for "the
 * server went quiet": a request the browser cuts (a page left while a file is still coming, as
 * Firefox does) must be over, or that wait never ends (CI stop 43).
 */
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCountingServer, type CountingServer } from '../helpers/engines/counting-server';

const BIG = Buffer.alloc(20_000_000, 97);
let site: Server;
let front: CountingServer;

beforeAll(async () => {
	site = createServer((req, res) => res.end(req.url === '/big' ? BIG : 'small'));
	await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
	front = await startCountingServer(`http://127.0.0.1:${(site.address() as AddressInfo).port}`);
});
afterAll(async () => {
	await front.stop();
	await new Promise((r) => site.close(r));
});

const settled = async () => {
	for (let i = 0; i < 50 && front.pending() > 0; i++) await new Promise((r) => setTimeout(r, 20));
};

test('a response read in full is counted, and over', async () => {
	await new Promise<void>((done) =>
		get(`${front.origin}/small`, (r) => r.resume().on('end', done)),
	);
	await settled();
	expect(front.pending()).toBe(0);
	expect(front.fetched.at(-1)).toMatchObject({ path: '/small', bytes: 5 });
});

test('a response the browser cuts is over, with what was read so far', async () => {
	await new Promise<void>((done) => {
		const request = get(`${front.origin}/big`, (r) =>
			r.once('data', () => {
				r.destroy();
				done();
			}),
		);
		request.on('error', () => {});
	});
	await settled();
	expect(front.pending()).toBe(0);
	const last = front.fetched.at(-1);
	expect(last?.path).toBe('/big');
	expect(last?.bytes).toBeGreaterThan(0);
	expect(last?.bytes).toBeLessThan(BIG.length);
});
