/**
 * The data-centre maps (lib/images/map.ts): label placement, and both SVGs on the real dataset:
 * every country with investments labelled once, no two labels or a label and a ring overlapping,
 * every label inside its frame. (The same is measured on the rendered SVG in each engine's journeys.)
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { datacenters as kind } from '~/lib/figures/datacenters';
import {
	ASCENT,
	LINE,
	PHONE,
	placeLabels,
	renderMap,
	renderPhoneMap,
	textWidth,
	WORLD,
	type Box,
} from '~/lib/images/map';

const data = kind.schema.parse(JSON.parse(readFileSync('content/data/datacenters.json', 'utf8')));
const countries = [...new Set(data.rows.map((r) => r.country.replace(/（.*）/, '')))];

const area = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** Labels and rings of a rendered map, as boxes (labels measured as placeLabels measures them). */
function parts(svg: string) {
	const { document } = parseHTML(`<html><body>${svg}</body></html>`);
	const labels = [...document.querySelectorAll('text')].map((t) => {
		const size = Number(t.getAttribute('font-size'));
		const width = textWidth(t.textContent ?? '', size);
		const anchor = t.getAttribute('text-anchor');
		const tx = Number(t.getAttribute('x'));
		const x = anchor === 'end' ? tx - width : anchor === 'middle' ? tx - width / 2 : tx;
		const y = Number(t.getAttribute('y')) - size * ASCENT;
		return { text: t.textContent ?? '', x, y, width, height: size * LINE };
	});
	const rings = [...document.querySelectorAll('circle[fill="none"][stroke-width="2"]')].map((c) => {
		const r = Number(c.getAttribute('r'));
		return {
			x: Number(c.getAttribute('cx')) - r,
			y: Number(c.getAttribute('cy')) - r,
			width: 2 * r,
			height: 2 * r,
		};
	});
	const frames = [...document.querySelectorAll('rect[fill="none"]')].map((r) => ({
		x: Number(r.getAttribute('x')),
		y: Number(r.getAttribute('y')),
		width: Number(r.getAttribute('width')),
		height: Number(r.getAttribute('height')),
	}));
	return { svg: document.querySelector('svg'), labels, rings, frames };
}

function collisions(labels: (Box & { text: string })[], rings: Box[]): string[] {
	const found: string[] = [];
	labels.forEach((a, i) => {
		for (const b of labels.slice(i + 1))
			if (area(a, b) > 0) found.push(`${a.text} overlaps ${b.text}`);
		for (const r of rings) if (area(a, r) > 0) found.push(`${a.text} overlaps a ring`);
	});
	return found;
}

describe('placeLabels', () => {
	test('a label that would cover its neighbour goes to another side', () => {
		const frame = { x: 0, y: 0, width: 300, height: 200 };
		const labels = placeLabels(
			[
				{ x: 100, y: 100, r: 6, text: '马来西亚' },
				{ x: 118, y: 112, r: 4, text: '印尼' },
			],
			frame,
			14,
		);
		expect(area(labels[0]!, labels[1]!)).toBe(0);
		expect(labels.map((l) => l.anchor)).not.toEqual(['start', 'start']);
	});

	test('a label at the frame edge turns inward', () => {
		const [label] = placeLabels(
			[{ x: 290, y: 100, r: 5, text: '沙特阿拉伯' }],
			{ x: 0, y: 0, width: 300, height: 200 },
			14,
		);
		expect(label?.anchor).toBe('end');
		expect(label!.x + label!.width).toBeLessThanOrEqual(300);
	});
});

describe.each([
	['light', 'world', () => renderMap(data, 'light'), WORLD],
	['dark', 'world', () => renderMap(data, 'dark'), WORLD],
	['light', 'phone', () => renderPhoneMap(data, 'light'), PHONE],
	['dark', 'phone', () => renderPhoneMap(data, 'dark'), PHONE],
] as const)('the %s %s map', (_, variant, render, size) => {
	const { svg, labels, rings, frames } = parts(render());

	test(`is ${size.width} × ${size.height}, the size the figure's <img> / <source> declares`, () => {
		expect(svg?.getAttribute('viewBox')).toBe(`0 0 ${size.width} ${size.height}`);
		const illustration = kind.view(data, 'zh-CN').illustration;
		const declared = variant === 'world' ? illustration : illustration?.narrow;
		expect([declared?.width, declared?.height]).toEqual([size.width, size.height]);
	});

	test('labels every country with investments once, with a ring', () => {
		expect(labels.map((l) => l.text).sort()).toEqual([...countries].sort());
		expect(rings).toHaveLength(countries.length);
	});

	test('no label overlaps another label or a ring', () => {
		expect(collisions(labels, rings)).toEqual([]);
	});

	test('every label stays inside its frame', () => {
		const inside = (l: Box, f: Box) =>
			l.x >= f.x &&
			l.y >= f.y &&
			l.x + l.width <= f.x + f.width &&
			l.y + l.height <= f.y + f.height;
		const boxes = variant === 'phone' ? frames : [{ x: 0, y: 0, ...size }];
		if (variant === 'phone') expect(frames.length).toBeGreaterThanOrEqual(2);
		for (const l of labels)
			expect(
				boxes.some((f) => inside(l, f)),
				l.text,
			).toBe(true);
	});
});
