/**
 * Crops a PNG (8-bit, RGB or RGBA, not interlaced: what browsers' screenshots are) with node:zlib
 * alone. WebKitGTK's element screenshots black out the top of the element by the height of
 * MiniBrowser's toolbar, so the phone frame is cut out of a viewport screenshot instead. Also
 * decodes one to RGBA pixels (decodePng), for jsQR to read a poster's QR code.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
	return Buffer.concat([head, data, crc]);
}

/** The undone filter of one scanline (PNG spec, section 9), in place. */
function unfilter(filter: number, line: Buffer, prior: Buffer, bpp: number): void {
	for (let i = 0; i < line.length; i++) {
		const a = i >= bpp ? (line[i - bpp] ?? 0) : 0;
		const b = prior[i] ?? 0;
		const c = i >= bpp ? (prior[i - bpp] ?? 0) : 0;
		let add = 0;
		if (filter === 1) add = a;
		else if (filter === 2) add = b;
		else if (filter === 3) add = (a + b) >> 1;
		else if (filter === 4) {
			const p = a + b - c;
			const pa = Math.abs(p - a);
			const pb = Math.abs(p - b);
			const pc = Math.abs(p - c);
			add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
		}
		line[i] = ((line[i] ?? 0) + add) & 0xff;
	}
}

export function cropPng(
	png: Buffer,
	box: { x: number; y: number; width: number; height: number },
): Buffer {
	let offset = SIGNATURE.length;
	let header: Buffer | undefined;
	const data: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('latin1', offset + 4, offset + 8);
		const body = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') header = body;
		if (type === 'IDAT') data.push(body);
		offset += length + 12;
	}
	if (!header) throw new Error('not a PNG');
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	const [depth, colour, , , interlace] = header.subarray(8);
	if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0)
		throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`);
	const bpp = colour === 6 ? 4 : 3;
	const stride = width * bpp;
	const raw = inflateSync(Buffer.concat(data));
	const w = Math.min(box.width, width - box.x);
	const h = Math.min(box.height, height - box.y);
	const out = Buffer.alloc(h * (w * bpp + 1));
	let prior = Buffer.alloc(stride);
	for (let y = 0; y < box.y + h; y++) {
		const start = y * (stride + 1);
		const line = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
		unfilter(raw[start] ?? 0, line, prior, bpp);
		prior = line;
		if (y >= box.y) line.copy(out, (y - box.y) * (w * bpp + 1) + 1, box.x * bpp, (box.x + w) * bpp);
	}
	const ihdr = Buffer.from(header);
	ihdr.writeUInt32BE(w, 0);
	ihdr.writeUInt32BE(h, 4);
	return Buffer.concat([
		SIGNATURE,
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(out)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/** The pixels of a PNG (8-bit RGB or RGBA, not interlaced: what canvases encode) as RGBA. */
export function decodePng(png: Buffer): { width: number; height: number; data: Uint8ClampedArray } {
	const full = cropPng(png, {
		x: 0,
		y: 0,
		width: Number.MAX_SAFE_INTEGER,
		height: Number.MAX_SAFE_INTEGER,
	});
	let offset = SIGNATURE.length;
	let header: Buffer | undefined;
	const idat: Buffer[] = [];
	while (offset < full.length) {
		const length = full.readUInt32BE(offset);
		const type = full.toString('latin1', offset + 4, offset + 8);
		const body = full.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') header = body;
		if (type === 'IDAT') idat.push(body);
		offset += length + 12;
	}
	if (!header) throw new Error('not a PNG');
	const width = header.readUInt32BE(0);
	const height = header.readUInt32BE(4);
	const bpp = header[9] === 6 ? 4 : 3;
	// cropPng writes every line unfiltered (filter byte 0).
	const raw = inflateSync(Buffer.concat(idat));
	const data = new Uint8ClampedArray(width * height * 4);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			const from = y * (width * bpp + 1) + 1 + x * bpp;
			const to = (y * width + x) * 4;
			data[to] = raw[from] ?? 0;
			data[to + 1] = raw[from + 1] ?? 0;
			data[to + 2] = raw[from + 2] ?? 0;
			data[to + 3] = bpp === 4 ? (raw[from + 3] ?? 255) : 255;
		}
	return { width, height, data };
}
