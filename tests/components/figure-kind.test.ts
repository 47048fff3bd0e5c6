/**
 * A new figure kind needs only its module: a throwaway kind, defined here, renders through the
 * shared frame (table, legend, controls) and writes its CSV with no other file touched.
 */
import { z } from 'astro/zod';
import { parseHTML } from 'linkedom';
import { render } from '../helpers/render';
import { expect, test } from 'vitest';
import FigureFrame from '~/components/figures/FigureFrame.astro';
import { toCsv, type FigureKind } from '~/lib/figures/kind';

const schema = z.object({
	kind: z.literal('lines'),
	title: z.string(),
	rows: z.array(z.object({ name: z.string(), km: z.number() })),
});
type Lines = z.infer<typeof schema>;

const lines: FigureKind<Lines> = {
	schema,
	view: (d) => ({
		title: d.title,
		takeaway: `${d.rows.length} lines.`,
		height: 'short',
		spec: {
			kind: 'lines',
			points: [d.rows.map((r, i) => `${r.name}: ${r.km} km (${i + 1}/${d.rows.length})`)],
			keys: 'Arrow keys: line by line.',
		},
		legend: [{ label: 'Length', token: 'p3' }],
		table: {
			minWidth: 'md',
			columns: [{ label: 'Line' }, { label: 'km', numeric: true }, { label: 'Confidence' }],
			groups: [
				{
					rows: d.rows.map((r) => ({
						head: { text: r.name },
						cells: [{ text: String(r.km), numeric: true }],
						confidence: 'high',
						note: 'measured',
					})),
				},
			],
		},
		source: { page: 4, text: ' (test data)' },
	}),
	csv: (d) => toCsv([['name', 'km'], ...d.rows.map((r) => [r.name, r.km])]),
	datum: (d, [name]) => d.rows.find((r) => r.name === name)?.km.toString(),
};

const data = lines.schema.parse({
	kind: 'lines',
	title: 'Metro lines',
	rows: [
		{ name: 'Red, "north"', km: 12.5 },
		{ name: 'Blue', km: 8 },
	],
});

test('the shared frame renders the throwaway kind’s table, legend and controls', async () => {
	const { html } = await render(FigureFrame, {
		id: 'lines',
		number: 3,
		view: lines.view(data, 'zh-CN'),
	});
	const { document } = parseHTML(html);
	const fig = document.querySelector('#fig-lines');
	expect(fig?.querySelector('figcaption')?.textContent).toContain('Metro lines');
	expect(
		[...(fig?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((th) => th.textContent),
	).toEqual(['Red, "north"', 'Blue']);
	expect([...(fig?.querySelectorAll('tbody td.n') ?? [])].map((td) => td.textContent)).toEqual([
		'12.5',
		'8',
	]);
	// The chart (a canvas client/figure.ts adds) is named by the caption and described by the
	// takeaway, both in the frame with ids.
	expect(fig?.querySelector('figcaption[id]')?.textContent).toContain('Metro lines');
	expect(fig?.querySelector('.take[id]')).not.toBeNull();
	expect(fig?.querySelector('a[href="/data/lines.csv"][download]')).not.toBeNull();
	// The toggle and the copy-link button come with client/figure.ts, not in the page.
	expect(fig?.querySelector('button')).toBeNull();
	expect(fig?.querySelector('ul[aria-hidden="true"] li')?.textContent?.trim()).toBe('Length');
});

test('its CSV and datum come from its own module', () => {
	expect(lines.csv(data, 'zh-CN')).toBe('name,km\n"Red, ""north""",12.5\nBlue,8\n');
	expect(lines.datum(data, ['Blue'], 'zh-CN')).toBe('8');
});
