/** Byte budgets (exact, so tests): every page's HTML + render-blocking CSS, and the JavaScript. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allPageCosts, size } from '../helpers/bytes';
import { DIST } from '../helpers/dist';

const KB = 1024;
const costs = allPageCosts();
/**
 * Trend 1 carries both figures: two full data tables (readable without JS, 18 rows with the reason
 * for every uncertain number) and 15 cross-check links. It has its own, stated budget.
 */
const figurePages = new Set(['/trends/compute-infrastructure/']);
const FIGURE_PAGE_BUDGET = 24 * KB;

describe('byte budgets (gzip)', () => {
	test('every page without figures: HTML + render-blocking CSS ≤ 14 KB', () => {
		const over = costs
			.filter((p) => !figurePages.has(p.path) && p.html.gzip + p.css.gzip > 14 * KB)
			.map((p) => `${p.path}: ${p.html.gzip} + ${p.css.gzip}`);
		expect(over).toEqual([]);
	});

	test(`the figure page: HTML + render-blocking CSS ≤ ${FIGURE_PAGE_BUDGET / KB} KB`, () => {
		for (const p of costs.filter((c) => figurePages.has(c.path)))
			expect(p.html.gzip + p.css.gzip, p.path).toBeLessThanOrEqual(FIGURE_PAGE_BUDGET);
	});

	test('pages without figures ship ≤ 1 KB of JavaScript before the reader interacts', () => {
		const over = costs
			.filter((p) => !figurePages.has(p.path) && p.path !== '/search/' && p.js.gzip > KB)
			.map((p) => `${p.path}: ${p.js.gzip}`);
		expect(over).toEqual([]);
		expect(
			costs
				.filter((p) => !figurePages.has(p.path))
				.every((p) => !p.lazyJs.some((f) => f.startsWith('charts.'))),
		).toBe(true);
	});

	test('the chart JavaScript is ≤ 50 KB', () => {
		const chart = readdirSync(join(DIST, '_astro')).filter(
			(f) => f.startsWith('charts.') && f.endsWith('.js'),
		);
		expect(chart).toHaveLength(1);
		expect(size(readFileSync(join(DIST, '_astro', chart[0] ?? ''))).gzip).toBeLessThanOrEqual(
			50 * KB,
		);
	});

	test('no web-font bytes anywhere in the build', () => {
		const fonts = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
				d.isDirectory()
					? fonts(join(dir, d.name))
					: /\.(woff2?|ttf|otf|eot)$/i.test(d.name)
						? [d.name]
						: [],
			);
		expect(fonts(DIST)).toEqual([]);
	});
});
