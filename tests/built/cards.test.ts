/**
 * The link cards every page names: og:image (1200×630, with its stated width and height) and
 * itemprop="image" (the square card WeChat and QQ thumbnails show), both made by the social-card
 * pipeline, present in dist/, of the stated sizes and under 300 KB; itemprop name and description
 * say what og:title and og:description say.
 */
import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, SQUARE_SIZE } from '~/lib/images/og';
import { headPages, pngSize } from '../helpers/built-pages';
import { fileFor } from '../helpers/links';

/** WeChat's limit for a shared link's image is reported as 300 KB; a card is a thumbnail. */
const MAX_BYTES = 300 * 1024;

/** The built file of an absolute card URL, checked for size and bytes. */
function card(url: string, size: [number, number], where: string): string {
	const { pathname } = new URL(url);
	const file = fileFor(pathname);
	expect(file, `${where} → ${pathname}`).toBeDefined();
	expect(pngSize(file ?? ''), `${where} → ${pathname}`).toEqual(size);
	expect(statSync(file ?? '').size, `${where} → ${pathname}`).toBeLessThan(MAX_BYTES);
	return pathname;
}

describe('link cards', () => {
	const all = headPages();

	test('every page’s og:image exists at its stated width and height, under 300 KB', () => {
		expect(all.length).toBeGreaterThan(30);
		for (const { path, document } of all) {
			const meta = (p: string) =>
				document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? '';
			const stated: [number, number] = [
				Number(meta('og:image:width')),
				Number(meta('og:image:height')),
			];
			expect(stated, path).toEqual([OG_WIDTH, OG_HEIGHT]);
			card(meta('og:image'), stated, path);
		}
	});

	test('every page carries itemprop name, description and a square image ≥ 300 px, under 300 KB', () => {
		const squares = new Set<string>();
		for (const { path, document } of all) {
			expect(document.documentElement.hasAttribute('itemscope'), path).toBe(true);
			const prop = (p: string) =>
				document.querySelector(`[itemprop="${p}"]`)?.getAttribute('content') ?? '';
			const og = (p: string) =>
				document.querySelector(`meta[property="og:${p}"]`)?.getAttribute('content');
			expect(prop('name'), path).toBe(og('title'));
			expect(prop('description'), path).toBe(og('description'));
			expect(prop('description').length, path).toBeGreaterThan(10);
			expect(SQUARE_SIZE).toBeGreaterThanOrEqual(300);
			const square = card(prop('image'), [SQUARE_SIZE, SQUARE_SIZE], path);
			// Each trend and part has its own, in its edition; every other page the home page's.
			const own = /^\/(en\/)?(trends|parts)\//.test(path)
				? path.replace(/\/$/, '')
				: path.startsWith('/en/')
					? '/en/home'
					: '/home';
			expect(square, path).toBe(`/og/square${own.replace(/^\/en\//, '/en/')}.png`);
			squares.add(square);
		}
		// Home, four parts and ten trends, in each language.
		expect(squares.size).toBe(30);
	});
});
