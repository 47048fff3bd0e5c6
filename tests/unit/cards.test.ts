import { describe, expect, test } from 'vitest';
// cards.ts also imports getLibrary (astro:content); importing it reads no collection, so cardFor,
// which is pure, is tested as it is.
import { cardFor } from '~/lib/cards';

describe('cardFor', () => {
	test('trend and part pages have their own card; the path is the card name', () => {
		expect(cardFor('/trends/inference-time/', '/')).toBe('trends/inference-time');
		expect(cardFor('/parts/china-time/', '/')).toBe('parts/china-time');
		expect(cardFor('/trends/inference-time', '/')).toBe('trends/inference-time');
	});

	test('every other page uses the cover card', () => {
		for (const path of ['/', '/about/', '/search/', '/404.html', '/t/4/', '/trends/', '/parts/'])
			expect(cardFor(path, '/'), path).toBe('home');
	});

	test('only a single lower-case ASCII slug counts', () => {
		expect(cardFor('/trends/inference-time/extra/', '/')).toBe('home');
		expect(cardFor('/trends/Inference-Time/', '/')).toBe('home');
		expect(cardFor('/trends/推理/', '/')).toBe('home');
		expect(cardFor('/data/trends/x/', '/')).toBe('home');
	});

	test('under a sub-path base, the base is removed first', () => {
		const base = '/ai-trends-2025/';
		expect(cardFor('/ai-trends-2025/trends/ai-hardware/', base)).toBe('trends/ai-hardware');
		expect(cardFor('/ai-trends-2025/parts/infrastructure/', base)).toBe('parts/infrastructure');
		expect(cardFor('/ai-trends-2025/', base)).toBe('home');
		expect(cardFor('/ai-trends-2025/about/', base)).toBe('home');
	});
});
