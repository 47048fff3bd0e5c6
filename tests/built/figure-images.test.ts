/**
 * The figures' images and embeds in the build (issue 23): every image per figure and edition at
 * its stated pixel size, under 300 KB, its QR code (read by jsQR from the PNG's pixels) the figure's
 * URL on its trend page; the SVG well-formed XML (resvg's parser is strict) saying the title and
 * source line of the figure as the trend page prints them; one embed page per figure and edition.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '~/lib/figures/registry';
import { embedPath, imageFile, pixelSize, SHAPE_NAMES } from '~/lib/figure-files';
import { PALETTE, type Theme } from '~/lib/palette';
import { DIST, distHas, htmlFiles, readDist, urlPath } from '../helpers/dist';
import { decodePng } from '../helpers/engines/png';

const EDITIONS = ['', 'en/'] as const;
const MAX_BYTES = 300 * 1024;

/** The trend page showing a figure (not its embed), its canonical URL and the figure element. */
function home(edition: string, id: string) {
	const file = htmlFiles().find(
		(f) =>
			urlPath(f).startsWith(`/${edition}trends/`) &&
			readFileSync(f, 'utf8').includes(`id="fig-${id}"`),
	);
	expect(file, `${edition}: the trend page of figure ${id}`).toBeDefined();
	const { document } = parseHTML(readFileSync(file ?? '', 'utf8'));
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
	const figure = document.getElementById(`fig-${id}`);
	const text = (selector: string) =>
		(figure?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
	return {
		url: `${canonical}#fig-${id}`,
		kicker: text('figcaption .kicker'),
		caption: text('figcaption'),
		source: text('.src'),
	};
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

const decodeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe.each(EDITIONS)('figure images of the edition at /%s', (edition) => {
	describe.each(FIGURE_IDS)('%s', (id) => {
		const figure = home(edition, id);

		test.each(SHAPE_NAMES)(
			'%s PNG: its stated size, < 300 KB, a QR code of the figure URL',
			(shape) => {
				const path = `${edition}figures/${imageFile(id, shape)}`;
				expect(distHas(path), path).toBe(true);
				const png = readFileSync(join(DIST, path));
				expect(png.subarray(1, 4).toString(), path).toBe('PNG');
				expect(pngSize(png), path).toEqual(pixelSize(shape));
				expect(png.length, path).toBeLessThan(MAX_BYTES);
				const { width, height, data } = decodePng(png);
				expect(jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data, path).toBe(
					figure.url,
				);
			},
		);

		test('SVG: well-formed, < 300 KB, with the title and source line as text', () => {
			const path = `${edition}figures/${imageFile(id, 'landscape', 'svg')}`;
			const svg = readDist(path);
			expect(Buffer.byteLength(svg), path).toBeLessThan(MAX_BYTES);
			expect(svg, path).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
			// usvg (resvg) parses XML strictly: a malformed file throws here.
			const { width, height } = new Resvg(svg).render();
			expect([width, height], path).toEqual([1200, 675]);
			const title = decodeXml(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '');
			const desc = decodeXml(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '').replace(/\s+/g, ' ');
			const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
			expect(plain(title), path).toContain(plain(figure.kicker));
			expect(plain(title), path).toContain(plain(figure.caption.replace(figure.kicker, '')));
			expect(plain(desc), path).toContain(plain(figure.source));
			expect(desc, path).toContain(figure.url);
		});

		test('embed page: the figure alone, linking back to it, with no site chrome', () => {
			const path = `${edition}${embedPath(id)}index.html`;
			expect(distHas(path), path).toBe(true);
			const { document } = parseHTML(readDist(path));
			expect(document.body.classList.contains('embed')).toBe(true);
			expect(document.querySelectorAll('rr-figure figure.figure')).toHaveLength(1);
			expect(document.getElementById(`fig-${id}`)).not.toBeNull();
			expect(document.querySelector('.site-header, .site-footer, #site-menu')).toBeNull();
			expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
				'noindex',
			);
			const back = [...document.querySelectorAll('a[href$="#fig-' + id + '"]')];
			expect(back.length).toBeGreaterThan(0);
			for (const a of back) expect(a.getAttribute('target')).toBe('_blank');
			expect(document.querySelector('.figure .src a')?.getAttribute('href')).toMatch(
				/trends\/[\w-]+\/#src-report$/,
			);
		});
	});
});

describe('the images are not in the offline download, search or the sitemap', () => {
	test('embed pages are left out of the sitemap and the search index', () => {
		const sitemap = readDist('sitemap-0.xml');
		expect(sitemap).not.toContain('/embed/');
		for (const edition of EDITIONS)
			for (const id of FIGURE_IDS)
				expect(
					readDist(`${edition}${embedPath(id)}index.html`),
					'data-pagefind-body',
				).not.toContain('data-pagefind-body');
	});
});

/** WCAG 2.1 relative luminance and contrast ratio. */
const luminance = (hex: string): number => {
	const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

test.each(['light', 'dark'] as Theme[])(
	'every chart colour meets 3:1 against the %s background (WCAG 1.4.11)',
	(theme) => {
		const p = PALETTE[theme];
		for (const token of ['series-1', 'series-2', 'p1', 'p2', 'p3', 'p4', 'muted'] as const)
			expect(contrast(p[token], p.surface), `${theme} ${token}`).toBeGreaterThanOrEqual(3);
	},
);
