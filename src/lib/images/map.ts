/**
 * Build-time maps of the data-centre investments: d3-geo + world-atlas, no runtime JS.
 * - `renderMap`: the world (960 × 470), for wide screens.
 * - `renderPhoneMap`: for phones, where the world is too small to read: one larger crop per region
 *   (countries whose investments lie close together share a crop), two crops a row, 360 × 300 units
 *   so that its labels show at about 13 CSS px on a 390 px screen.
 * The sizes match the <img> attributes the figure view declares (a built test compares them).
 * In both, a country with investments takes its group's colour; a ring (not a disc, so the colour
 * shows through it) grows with the number of investments, and each label is put where it overlaps
 * no other label or ring and stays inside its frame.
 */
import {
	geoArea,
	geoCentroid,
	geoDistance,
	geoMercator,
	geoNaturalEarth1,
	geoPath,
	type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { GROUP_TOKENS, countryShort, type DatacentersData } from '~/lib/figures/datacenters';
import { PALETTE, type Theme } from '~/lib/palette';

export const WORLD = { width: 960, height: 470 } as const;
export const PHONE = { width: 360, height: 300 } as const;
const ANTARCTICA = '010';
const FONT = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";
/** Countries whose main landmasses lie closer than this share a phone crop. */
const SAME_REGION = (30 * Math.PI) / 180;

type Country = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (
	feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
).features.filter((c) => c.id !== ANTARCTICA);

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const inside = (a: Box, frame: Box): boolean =>
	a.x >= frame.x &&
	a.y >= frame.y &&
	a.x + a.width <= frame.x + frame.width &&
	a.y + a.height <= frame.y + frame.height;
const overlapArea = (a: Box, b: Box): number =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
	Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * A label's box as browsers measure it (SVG getBBox): the font's ascent above the baseline and its
 * descent below, which for CJK fonts (Noto Sans CJK, PingFang) come to about 1.16 em and 0.29 em.
 */
export const ASCENT = 1.16;
export const LINE = 1.45;
/** Width of a label: CJK characters are one em wide, Latin letters and digits about 0.62 em. */
export const textWidth = (text: string, size: number): number =>
	[...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.62) * size, 0);

export interface Marker {
	x: number;
	y: number;
	r: number;
	text: string;
	/** The country (ISO numeric code) it marks. */
	iso?: string;
}

export interface PlacedLabel extends Box {
	text: string;
	anchor: 'start' | 'middle' | 'end';
	/** Where the text is drawn: x at the anchor, y at the baseline. */
	tx: number;
	ty: number;
}

/**
 * Puts each marker's label right, left, above or below it: the first place that stays inside
 * `frame` and overlaps no ring and no label placed before; if there is none, the least overlapping.
 */
export function placeLabels(markers: Marker[], frame: Box, size: number): PlacedLabel[] {
	const rings: Box[] = markers.map((m) => ({
		x: m.x - m.r,
		y: m.y - m.r,
		width: 2 * m.r,
		height: 2 * m.r,
	}));
	const placed: PlacedLabel[] = [];
	const gap = 3;
	/** Clear space kept around a label, for the halo and for fonts a little wider than estimated. */
	const pad = 2;
	const padded = (b: Box): Box => ({
		x: b.x - pad,
		y: b.y - pad,
		width: b.width + 2 * pad,
		height: b.height + 2 * pad,
	});
	for (const m of markers) {
		const width = textWidth(m.text, size);
		const height = size * LINE;
		const candidates: PlacedLabel[] = [
			{ anchor: 'start', x: m.x + m.r + gap, y: m.y - height / 2 },
			{ anchor: 'end', x: m.x - m.r - gap - width, y: m.y - height / 2 },
			{ anchor: 'middle', x: m.x - width / 2, y: m.y - m.r - gap - height },
			{ anchor: 'middle', x: m.x - width / 2, y: m.y + m.r + gap },
		].map((c) => ({
			...c,
			width,
			height,
			text: m.text,
			anchor: c.anchor as PlacedLabel['anchor'],
			tx: c.anchor === 'start' ? c.x : c.anchor === 'end' ? c.x + width : m.x,
			ty: c.y + size * ASCENT,
		}));
		const cost = (c: PlacedLabel) =>
			(inside(c, frame) ? 0 : 1e6) +
			[...rings, ...placed].reduce((sum, b) => sum + overlapArea(padded(c), b), 0);
		const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
		placed.push(best);
	}
	return placed;
}

/** Group colour of each country with investments (ISO numeric code → colour). */
function countryColours(d: DatacentersData, theme: Theme): Map<string, string> {
	const c = PALETTE[theme];
	const colours = new Map<string, string>();
	for (const row of d.rows) {
		const token = GROUP_TOKENS[d.groups.findIndex((g) => g.key === row.group)];
		colours.set(row.iso, token ? c[token] : c.muted);
	}
	return colours;
}

/** One entry per country with investments, in the order of the data. */
function sites(
	d: DatacentersData,
): { iso: string; name: string; count: number; country: Country }[] {
	return [...new Map(d.rows.map((r) => [r.iso, r])).values()].flatMap((row) => {
		const country = countries.find((k) => k.id === row.iso);
		if (!country) return [];
		return [
			{
				iso: row.iso,
				name: countryShort(row),
				count: d.rows.filter((r) => r.iso === row.iso).length,
				country,
			},
		];
	});
}

/** The parts of a country a crop must show: its large landmasses near the largest (no Alaska). */
function mainland(country: Country): Feature<MultiPolygon> {
	const g = country.geometry;
	const polygons =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	const parts = polygons
		.map((coordinates) => {
			const polygon: Polygon = { type: 'Polygon', coordinates };
			return { coordinates, area: geoArea(polygon), centre: geoCentroid(polygon) };
		})
		.sort((a, b) => b.area - a.area);
	const largest = parts[0];
	const kept = largest
		? parts.filter(
				(p) => p.area >= largest.area * 0.15 && geoDistance(p.centre, largest.centre) < SAME_REGION,
			)
		: [];
	return {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) },
	};
}

function shapes(
	projection: GeoProjection,
	colours: Map<string, string>,
	theme: Theme,
	strokeWidth: number,
): string {
	const c = PALETTE[theme];
	// Tenths of a unit are finer than any screen shows them, and halve the file.
	const path = geoPath(projection).digits(1);
	return countries
		.map((country) => {
			const d = path(country);
			if (!d) return '';
			const fill = colours.get(String(country.id)) ?? c.surface2;
			return `<path d="${d}" fill="${fill}" stroke="${c.rule}" stroke-width="${strokeWidth}"/>`;
		})
		.join('');
}

function markersSvg(markers: Marker[], labels: PlacedLabel[], theme: Theme, size: number): string {
	const c = PALETTE[theme];
	const rings = markers
		.map(
			(m) =>
				`<circle cx="${m.x}" cy="${m.y}" r="${m.r}" fill="none" stroke="${c.surface}" stroke-width="4"/><circle cx="${m.x}" cy="${m.y}" r="${m.r}" fill="none" stroke="${c.ink}" stroke-width="2"/>`,
		)
		.join('');
	const texts = labels
		.map(
			(l) =>
				`<text x="${l.tx.toFixed(1)}" y="${l.ty.toFixed(1)}" text-anchor="${l.anchor}" font-size="${size}" font-weight="600" fill="${c.ink}" paint-order="stroke" stroke="${c.surface}" stroke-width="3">${escapeXml(l.text)}</text>`,
		)
		.join('');
	return rings + texts;
}

const svg = (width: number, height: number, theme: Theme, body: string): string =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-family="${FONT}"><rect width="${width}" height="${height}" fill="${PALETTE[theme].surface}"/>${body}</svg>`;

const round = (n: number) => Math.round(n * 10) / 10;

const worldProjection = () =>
	geoNaturalEarth1().fitSize([WORLD.width, WORLD.height], {
		type: 'FeatureCollection',
		features: countries,
	});

/** The world map's rings: one per country, growing with its number of investments. */
function worldMarkers(d: DatacentersData, projection: GeoProjection): Marker[] {
	return sites(d).flatMap(({ iso, name, count, country }) => {
		const point = projection(geoCentroid(country));
		return point
			? [{ x: round(point[0]), y: round(point[1]), r: 3 + count * 2, text: name, iso }]
			: [];
	});
}

/** SVG text of the world map in one theme. */
export function renderMap(d: DatacentersData, theme: Theme): string {
	const projection = worldProjection();
	const size = 15;
	const markers = worldMarkers(d, projection);
	const frame = { x: 0, y: 0, ...WORLD };
	const labels = placeLabels(markers, frame, size);
	return svg(
		WORLD.width,
		WORLD.height,
		theme,
		shapes(projection, countryColours(d, theme), theme, 0.5) +
			markersSvg(markers, labels, theme, size),
	);
}

/** Countries with investments grouped by region (single linkage on their main landmasses). */
function regions(d: DatacentersData): ReturnType<typeof sites>[] {
	const list = sites(d).map((s) => ({ ...s, centre: geoCentroid(mainland(s.country)) }));
	const groups: (typeof list)[] = [];
	for (const site of list) {
		const near = groups.filter((g) =>
			g.some((other) => geoDistance(other.centre, site.centre) < SAME_REGION),
		);
		const merged = [site, ...near.flat()];
		for (const g of near) groups.splice(groups.indexOf(g), 1);
		groups.push(merged);
	}
	// West to east, as on the world map.
	const west = (g: typeof list) => Math.min(...g.map((s) => s.centre[0]));
	return groups.sort((a, b) => west(a) - west(b));
}

/** The phone map's crops: each region's frame, projection and rings. */
function phonePanels(d: DatacentersData) {
	const pad = 26;
	const groups = regions(d);
	const panelHeight = PHONE.height / Math.ceil(groups.length / 2);
	return groups.map((group, i) => {
		// Two crops a row; an odd last one takes the whole row.
		const full = i === groups.length - 1 && groups.length % 2 === 1;
		const width = full ? PHONE.width : PHONE.width / 2;
		const frame = {
			x: full ? 0 : (i % 2) * width,
			y: Math.floor(i / 2) * panelHeight,
			width,
			height: panelHeight,
		};
		const projection = geoMercator()
			.fitExtent(
				[
					[frame.x + pad, frame.y + pad],
					[frame.x + frame.width - pad, frame.y + frame.height - pad],
				],
				{ type: 'FeatureCollection', features: group.map((s) => mainland(s.country)) },
			)
			.clipExtent([
				[frame.x, frame.y],
				[frame.x + frame.width, frame.y + frame.height],
			]);
		const markers: Marker[] = group.flatMap(({ iso, name, count, country }) => {
			const point = projection(geoCentroid(mainland(country)));
			return point
				? [{ x: round(point[0]), y: round(point[1]), r: 2.5 + count * 1.5, text: name, iso }]
				: [];
		});
		return { frame, projection, markers };
	});
}

/** SVG text of the phone map in one theme. */
export function renderPhoneMap(d: DatacentersData, theme: Theme): string {
	const colours = countryColours(d, theme);
	const c = PALETTE[theme];
	const size = 14;
	const panels = phonePanels(d).map(({ frame, projection, markers }) => {
		const inner = {
			x: frame.x + 2,
			y: frame.y + 2,
			width: frame.width - 4,
			height: frame.height - 4,
		};
		return (
			shapes(projection, colours, theme, 0.6) +
			markersSvg(markers, placeLabels(markers, inner, size), theme, size) +
			`<rect x="${frame.x + 0.5}" y="${frame.y + 0.5}" width="${frame.width - 1}" height="${frame.height - 1}" fill="none" stroke="${c.rule}"/>`
		);
	});
	return svg(PHONE.width, PHONE.height, theme, panels.join(''));
}

/** A ring as a share of its map: centre x and radius of the width, centre y of the height (%). */
export type MarkerPlace = [x: number, y: number, r: number];

/**
 * Where each row's ring is on both maps, as shares of the map (so the page can mark it over the
 * image at any size): row id → place, served as /figures/datacenters-markers.json.
 */
export function markerPlaces(d: DatacentersData): {
	world: Record<string, MarkerPlace>;
	phone: Record<string, MarkerPlace>;
} {
	const share = (markers: Marker[], size: { width: number; height: number }) => {
		const pct = (n: number, of: number) => Math.round((n / of) * 10000) / 100;
		const byIso = new Map(markers.map((m) => [m.iso, m]));
		return Object.fromEntries(
			d.rows.flatMap((row) => {
				const m = byIso.get(row.iso);
				return m
					? [[row.id, [pct(m.x, size.width), pct(m.y, size.height), pct(m.r, size.width)]]]
					: [];
			}),
		) as Record<string, MarkerPlace>;
	};
	return {
		world: share(worldMarkers(d, worldProjection()), WORLD),
		phone: share(
			phonePanels(d).flatMap((p) => p.markers),
			PHONE,
		),
	};
}
