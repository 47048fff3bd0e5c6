/** Build-time world map of the data-centre investments: d3-geo + world-atlas, no runtime JS. */
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { GROUP_TOKENS, type DatacentersData } from '~/lib/figures/datacenters';
import { PALETTE, type Theme } from '~/lib/palette';

const WIDTH = 960;
const HEIGHT = 470;
const ANTARCTICA = '010';

type Country = Feature<Geometry, { name: string }>;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = (
	feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>
).features.filter((c) => c.id !== ANTARCTICA);

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** SVG text of the map in one theme. Countries with investments take their group's colour. */
export function renderMap(d: DatacentersData, theme: Theme): string {
	const c = PALETTE[theme];
	const groupColour = GROUP_TOKENS.map((t) => c[t]);
	const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], {
		type: 'FeatureCollection',
		features: countries,
	});
	const path = geoPath(projection);
	const byIso = new Map<string, number>();
	for (const row of d.rows)
		byIso.set(
			row.iso,
			d.groups.findIndex((g) => g.key === row.group),
		);
	const shapes = countries
		.map((country: Country) => {
			const g = byIso.get(String(country.id));
			const fill = g === undefined ? c.surface2 : groupColour[g];
			return `<path d="${path(country) ?? ''}" fill="${fill}" stroke="${c.rule}" stroke-width="0.5"/>`;
		})
		.join('');
	const labels = [...new Map(d.rows.map((r) => [r.iso, r])).values()]
		.map((row) => {
			const country = countries.find((k) => k.id === row.iso);
			const point = country ? projection(geoCentroid(country)) : null;
			if (!point) return '';
			const [x, y] = point.map((n) => Math.round(n)) as [number, number];
			const count = d.rows.filter((r) => r.iso === row.iso).length;
			const name = escapeXml(row.country.replace(/（.*）/, ''));
			return `<circle cx="${x}" cy="${y}" r="${4 + count * 2}" fill="${c.ink}" fill-opacity="0.85" stroke="${c.surface}" stroke-width="1.5"/><text x="${x + 9 + count * 2}" y="${y + 5}" font-size="15" font-weight="600" fill="${c.ink}" paint-order="stroke" stroke="${c.surface}" stroke-width="3">${name}</text>`;
		})
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif"><rect width="${WIDTH}" height="${HEIGHT}" fill="${c.surface}"/>${shapes}${labels}</svg>`;
}
