/**
 * The figures' images and embeds in the build (issue 23): every image per figure, edition and theme
 * (light, dark) at its stated pixel size, under 300 KB, on its theme's background, its QR code (read
 * by jsQR from the PNG's pixels) the figure's URL on its trend page; the SVG well-formed XML
 * (resvg's parser is strict) saying the title and source line of the figure as the trend page prints
 * them, every colour it draws with legible on its background; one embed page per figure and edition.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '~/lib/figures/registry';
import { embedPath, imageFile, pixelSize, SHAPE_NAMES, THEME_NAMES } from '~/lib/figure-files';
import { PALETTE } from '~/lib/palette';
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

/** The colour of the RGBA pixel at `i` as #rrggbb. */
const hexAt = (data: Uint8ClampedArray, i: number): string =>
	`#${[...data.subarray(i * 4, i * 4 + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

const decodeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

describe.each(EDITIONS)('figure images of the edition at /%s', (edition) => {
	describe.each(FIGURE_IDS)('%s', (id) => {
		const figure = home(edition, id);

		test.each(SHAPE_NAMES.flatMap((shape) => THEME_NAMES.map((theme) => [shape, theme] as const)))(
			"%s PNG, %s: its stated size, < 300 KB, the theme's background, a QR code of the figure URL",
			(shape, theme) => {
				const path = `${edition}figures/${imageFile(id, shape, 'png', theme)}`;
				expect(distHas(path), path).toBe(true);
				const png = readFileSync(join(DIST, path));
				expect(png.subarray(1, 4).toString(), path).toBe('PNG');
				expect(pngSize(png), path).toEqual(pixelSize(shape));
				expect(png.length, path).toBeLessThan(MAX_BYTES);
				const { width, height, data } = decodePng(png);
				expect(hexAt(data, 0), path).toBe(PALETTE[theme].surface);
				// Not inverted in either theme: the code stays dark on its white tile for phone scanners.
				expect(jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data, path).toBe(
					figure.url,
				);
			},
		);

		test.each(THEME_NAMES)(
			'SVG, %s: well-formed, < 300 KB, with the title and source line as text',
			(theme) => {
				const path = `${edition}figures/${imageFile(id, 'landscape', 'svg', theme)}`;
				const svg = readDist(path);
				expect(Buffer.byteLength(svg), path).toBeLessThan(MAX_BYTES);
				expect(svg, path).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
				expect(colours(svg).background, path).toBe(PALETTE[theme].surface);
				// usvg (resvg) parses XML strictly: a malformed file throws here. Without the system's
				// fonts, which it would spend ~10 s loading to shape text this test does not look at.
				const { width, height } = new Resvg(svg, { font: { loadSystemFonts: false } });
				expect([width, height], path).toEqual([1200, 675]);
				const title = decodeXml(/<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '');
				const desc = decodeXml(/<desc>([^<]*)<\/desc>/.exec(svg)?.[1] ?? '').replace(/\s+/g, ' ');
				const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
				expect(plain(title), path).toContain(plain(figure.kicker));
				expect(plain(title), path).toContain(plain(figure.caption.replace(figure.kicker, '')));
				expect(plain(desc), path).toContain(plain(figure.source));
				expect(desc, path).toContain(figure.url);
			},
		);

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

test.each(THEME_NAMES)(
	'every chart colour meets 3:1 against the %s background (WCAG 1.4.11)',
	(theme) => {
		const p = PALETTE[theme];
		for (const token of ['series-1', 'series-2', 'p1', 'p2', 'p3', 'p4', 'muted'] as const)
			expect(contrast(p[token], p.surface), `${theme} ${token}`).toBeGreaterThanOrEqual(3);
	},
);

/**
 * What an image SVG paints with, outside satori's masks and clip paths (drawn in white and black,
 * never seen): its background (the first shape, the whole image), its text's fills, and every other
 * shape's fill and stroke, each with whether the shape is a line. The QR code is an <image> with its
 * own white tile, not read here (jsQR reads it from the PNGs).
 */
function colours(svg: string) {
	const painted = svg.replace(/<(mask|clipPath|defs)\b[\s\S]*?<\/\1>/g, '');
	const text = new Set<string>();
	const shapes: { colour: string; line: boolean }[] = [];
	for (const [tag = '', name = ''] of painted.matchAll(
		/<(text|rect|path|circle|polygon)\b[^>]*>/g,
	)) {
		const attr = (a: string) => new RegExp(`\\s${a}="([^"]*)"`).exec(tag)?.[1] ?? '';
		if (name === 'text') {
			text.add(attr('fill'));
			continue;
		}
		// A gridline (a rect 1-2 px across) or a border-top (an unfilled stroke of 2 px or less).
		const line =
			Math.min(Number(attr('width') || Infinity), Number(attr('height') || Infinity)) <= 2 ||
			(attr('fill') === 'none' && Number(attr('stroke-width')) <= 2);
		for (const colour of [attr('fill'), attr('stroke')])
			if (colour.startsWith('#')) shapes.push({ colour, line });
	}
	const [background, ...marks] = shapes;
	return { background: background?.colour, text, marks };
}

/**
 * Every colour the images draw with, read from each built SVG (the PNGs are the same tree in the
 * same colours), against its theme's background: all text 4.5:1 (WCAG 1.4.3 for body text; the
 * title would need only 3:1), bars, outlines and legend keys 3:1 (1.4.11). Exempt are only lines in
 * the rule colour: the gridlines and the footer's rule carry no data (each bar prints its value) and
 * are faint on purpose, as on the page (1.3:1 light, 1.5:1 dark).
 */
describe.each(THEME_NAMES)('image colours, %s theme', (theme) => {
	const p = PALETTE[theme];
	const token = (hex: string) =>
		Object.entries(p).find(([, v]) => v === hex)?.[0] ?? `${hex} (not a ${theme} token)`;
	/** The colours below `min` against the background, each as "token ratio:1". */
	const below = (colours: Iterable<string>, min: number) =>
		[...colours]
			.map((c) => ({ c, ratio: contrast(c, p.surface) }))
			.filter(({ ratio }) => ratio < min)
			.map(({ c, ratio }) => `${token(c)} ${ratio.toFixed(2)}:1`);

	test.each(EDITIONS.flatMap((edition) => FIGURE_IDS.map((id) => [edition, id] as const)))(
		'/%sfigures/%s: text 4.5:1, marks 3:1 against the background',
		(edition, id) => {
			const path = `${edition}figures/${imageFile(id, 'landscape', 'svg', theme)}`;
			const { background, text, marks } = colours(readDist(path));
			expect(background, path).toBe(p.surface);
			expect([...text].map(token).sort(), path).toEqual(['ink', 'muted', 'p1']);
			expect(below(text, 4.5), path).toEqual([]);
			const data = new Set(marks.filter((m) => m.colour !== p.rule).map((m) => m.colour));
			// The series or group colours of the figure (2 in capex, 4 in the data-centre figure).
			expect(data.size, path).toBeGreaterThanOrEqual(2);
			expect(below(data, 3), path).toEqual([]);
			expect(
				marks.filter((m) => m.colour === p.rule && !m.line),
				`${path}: only lines in the rule colour`,
			).toEqual([]);
		},
	);
});

describe.each(EDITIONS)('how to cite a figure, edition at /%s', (edition) => {
	const prefix = edition;
	test.each([...FIGURE_IDS])(
		'%s: the embed page shows it, the figure data carries it for the trend',
		(id) => {
			const { document } = parseHTML(readDist(`${prefix}embed/${id}/index.html`));
			const pres = [...document.querySelectorAll('.figure-cite pre')].map(
				(p) => p.textContent ?? '',
			);
			const url = document.querySelector('.embed-head a')?.getAttribute('href') ?? '';
			const data = JSON.parse(readDist(`${prefix}data/${id}.figure.json`)) as {
				cite: { blocks: { label: string; text: string }[] };
			};
			// The same three texts in both places: in the text, the reference, BibTeX.
			expect(pres).toEqual(data.cite.blocks.map((b) => b.text));
			expect(pres).toHaveLength(3);
			const [inline = '', full = '', bib = ''] = pres;
			const label = edition === 'en/' ? /Figure \d/ : /图 \d/;
			expect(inline).toMatch(label);
			// The reference and BibTeX point at the figure's own anchor on its trend page, absolute.
			expect(url).toMatch(new RegExp(`#fig-${id}$`));
			expect(full).toMatch(
				new RegExp(`https?://[^ ]+${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
			);
			expect(full).toMatch(
				edition === 'en/' ? /\[Figure\]\. In Trend \d+: / : /\[EB\/OL\]\/\/趋势\d+：/,
			);
			expect(bib).toMatch(/^@misc\{[\w-]+,\n/);
			expect(bib).toContain(`#fig-${id}}}`);
			// Each text has a copy button that names it.
			for (const pre of document.querySelectorAll('.figure-cite pre'))
				expect(
					document.querySelector(`[data-rr="copy"][data-copy="${pre.id}"]`),
					pre.id,
				).toBeTruthy();
		},
	);
});
