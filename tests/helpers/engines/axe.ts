/**
 * axe-core in any engine: its source (give it to `Driver.resize` as an init script, or let `axe()`
 * inject it into the page) and one run over the page with the site's rule set.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Driver } from './driver';

export const AXE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeWindow {
	axe: {
		run: (
			context: unknown,
			options: unknown,
		) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
	};
}

/** The page's violations, one line each (the rule and its first targets); none is []. */
export async function axe(d: Driver): Promise<string[]> {
	// Injected here when no init script brought it: one expression, the library as a function body.
	if (!(await d.evaluate(() => 'axe' in window))) await d.run(`(function () {\n${AXE}\n})()`);
	return d.evaluate(async (tags: string[]) => {
		const result = await (window as unknown as AxeWindow).axe.run(document, {
			runOnly: { type: 'tag', values: tags },
		});
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`,
		);
	}, TAGS);
}
