/**
 * Draws a share poster (1080 × 1440, 3:4) on a canvas: the site's mark and name, trend number and
 * part, the trend's title, then the section heading, the quoted text or the trend's summary, the
 * source cited nearest to it, and at the foot the short URL beside a QR code of the exact URL.
 * A light design in either theme, with large type: legible shrunk to a chat bubble. Only the
 * reader's system fonts are used (the page's own stack, CJK included); the same spec drawn
 * twice in one browser gives the same pixels.
 */
import { encode } from 'uqr';
import { PALETTE } from '~/lib/palette';
import { clamp, wrap, type Measure } from './lines';

export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1440;

export interface PosterSpec {
	/** The page's language, for word breaking. */
	lang: string;
	/** CSS font-family list. */
	font: string;
	site: string;
	/** "趋势 04 · Part 2 · 模型进化". */
	kicker: string;
	/** The trend's title, one entry per title line. */
	title: string[];
	kind: 'trend' | 'section' | 'quote';
	/** The trend's summary, the section heading, or the quote. */
	body: string;
	/** "来源：报告 p.6", when a source is cited near the body. */
	source?: string | undefined;
	/** Words beside the code ("扫码阅读"). */
	scan: string;
	/** The line at the foot that names the report. */
	report: string;
	/** The short URL as printed, without its scheme. */
	shortUrl: string;
	/** What the QR code holds: the exact URL. */
	url: string;
	accent: string;
}

const C = PALETTE.light;
const W = POSTER_WIDTH;
const H = POSTER_HEIGHT;
const M = 96;
const TEXT_W = W - 2 * M;
const QR_TILE = 340;
const FOOT = H - M - QR_TILE;
const RULE_Y = FOOT - 48;

export function drawPoster(canvas: HTMLCanvasElement, spec: PosterSpec): void {
	canvas.width = W;
	canvas.height = H;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	const font = (weight: number, size: number) => {
		ctx.font = `${weight} ${size}px ${spec.font}`;
	};
	const measure: Measure = (s) => ctx.measureText(s).width;
	/** Lines from the top of their box (`y`), `lead` apart; returns the y below the last. */
	const lines = (list: string[], x: number, y: number, size: number, lead: number): number => {
		list.forEach((line, i) => ctx.fillText(line, x, y + (lead - size) / 2 + i * lead));
		return y + list.length * lead;
	};
	ctx.textBaseline = 'top';
	ctx.fillStyle = C.surface;
	ctx.fillRect(0, 0, W, H);
	ctx.fillStyle = spec.accent;
	ctx.fillRect(0, 0, 20, H);

	// The mark (the favicon's design) and the site's name.
	ctx.fillStyle = C.ink;
	ctx.beginPath();
	ctx.roundRect(M, M, 72, 72, 14);
	ctx.fill();
	font(700, 34);
	ctx.fillStyle = C.surface;
	ctx.textAlign = 'center';
	ctx.fillText('10', M + 36, M + 20);
	ctx.textAlign = 'left';
	ctx.fillStyle = C.ink;
	font(700, 34);
	ctx.fillText(spec.site, M + 100, M + 18);

	font(700, 38);
	ctx.fillStyle = spec.accent;
	const kicker = clamp(wrap(spec.kicker, TEXT_W, measure, spec.lang), 1, TEXT_W, measure);
	let y = lines(kicker, M, 252, 38, 52) + 28;

	// The title at the largest size that keeps it within three lines (four at the smallest).
	ctx.fillStyle = C.ink;
	let title: string[] = [];
	let size = 72;
	for (size of [72, 64, 56, 50]) {
		font(700, size);
		title = spec.title.flatMap((line) => wrap(line, TEXT_W, measure, spec.lang));
		if (title.length <= 3) break;
	}
	title = clamp(title, 4, TEXT_W, measure);
	y = lines(title, M, y, size, Math.round(size * 1.3)) + 44;
	ctx.fillStyle = C.rule;
	ctx.fillRect(M, y, TEXT_W, 3);
	y += 56;

	// The body fills the room down to the source line and the foot.
	const sourceSize = 30;
	const bottom = RULE_Y - 40 - (spec.source ? sourceSize + 28 : 0);
	if (spec.kind === 'quote') {
		font(700, 150);
		ctx.fillStyle = spec.accent;
		ctx.fillText('“', M - 8, y - 24);
		y += 84;
	}
	const body = {
		trend: { weight: 400, size: 40, lead: 64, x: M, color: C.muted },
		section: { weight: 700, size: 54, lead: 74, x: M + 36, color: C.ink },
		quote: { weight: 400, size: 46, lead: 76, x: M, color: C.ink },
	}[spec.kind];
	if (spec.kind === 'section') {
		ctx.fillStyle = spec.accent;
		ctx.fillRect(M, y + 8, 10, body.lead - 16);
	}
	font(body.weight, body.size);
	ctx.fillStyle = body.color;
	const width = TEXT_W - (body.x - M);
	const room = Math.max(1, Math.floor((bottom - y) / body.lead));
	const text = clamp(wrap(spec.body, width, measure, spec.lang), room, width, measure);
	y = lines(text, body.x, y, body.size, body.lead);
	if (spec.source) {
		font(400, sourceSize);
		ctx.fillStyle = C.muted;
		const source = clamp(wrap(spec.source, TEXT_W, measure, spec.lang), 1, TEXT_W, measure);
		lines(source, M, y + 28, sourceSize, sourceSize + 8);
	}

	// The foot: what the code is for and the short URL, beside the code.
	ctx.fillStyle = C.rule;
	ctx.fillRect(M, RULE_Y, TEXT_W, 3);
	const footW = TEXT_W - QR_TILE - 48;
	font(700, 44);
	ctx.fillStyle = C.ink;
	const fy = lines(
		clamp(wrap(spec.scan, footW, measure, spec.lang), 2, footW, measure),
		M,
		FOOT + 8,
		44,
		60,
	);
	font(400, 32);
	ctx.fillStyle = spec.accent;
	lines(wrap(spec.shortUrl, footW, measure, 'en'), M, fy + 20, 32, 44);
	font(400, 28);
	ctx.fillStyle = C.muted;
	lines(
		clamp(wrap(spec.report, footW, measure, spec.lang), 2, footW, measure),
		M,
		H - M - 80,
		28,
		40,
	);

	drawQr(ctx, spec.url, W - M - QR_TILE, FOOT, QR_TILE);
}

/**
 * The code on a white tile, whole modules on whole pixels (sharp, so it scans from a photo of a
 * screen); error correction M, like the QR dialog's, and the standard four-module quiet zone.
 */
function drawQr(ctx: CanvasRenderingContext2D, url: string, x: number, y: number, tile: number) {
	const { data, size } = encode(url, { ecc: 'M', border: 4 });
	const scale = Math.floor(tile / size);
	const x0 = x + Math.floor((tile - size * scale) / 2);
	const y0 = y + Math.floor((tile - size * scale) / 2);
	ctx.fillStyle = '#fff';
	ctx.fillRect(x, y, tile, tile);
	ctx.fillStyle = '#000';
	data.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (dark) ctx.fillRect(x0 + c * scale, y0 + r * scale, scale, scale);
		}),
	);
}
