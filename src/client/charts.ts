/** Browser only: the one module that imports chart.js, registering just the parts we draw with. */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LogarithmicScale,
	type ChartConfiguration,
} from 'chart.js';
import type { Look } from '~/lib/figures/chart-common';
import type { ChartSpecBase, Token } from '~/lib/figures/kind';
import { explore, focusRing } from './chart-keys';

// No Tooltip: every bar carries its value as a label, which also works on touch screens.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);

type ConfigOf = (spec: never, p: Look, reducedMotion: boolean) => ChartConfiguration<'bar'>;
/** Every figure kind's Chart.js config, found by folder: the registry needs no browser twin. */
const configs = import.meta.glob<ConfigOf>('../lib/figures/*/chart.ts', {
	eager: true,
	import: 'chartConfig',
});

const TOKENS: Token[] = ['series-1', 'series-2', 'p1', 'p2', 'p3', 'p4', 'muted'];

function readLook(el: Element): Look {
	const css = getComputedStyle(el);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return {
		ink: v('--ink'),
		muted: v('--muted'),
		grid: v('--rule'),
		surface: v('--surface'),
		tokens: Object.fromEntries(TOKENS.map((t) => [t, v(`--${t}`)])) as Record<Token, string>,
		// prose.css's scale for the reader's text size, unset at the default.
		size: 12 * (parseFloat(v('--ts')) || 1),
	};
}

/**
 * Draws the chart and redraws it when the theme or the text size changes; returns a cleanup
 * function.
 */
export function mountChart(canvas: HTMLCanvasElement, spec: ChartSpecBase): () => void {
	const configOf = configs[`../lib/figures/${spec.kind}/chart.ts`];
	if (!configOf) throw new Error(`no chart config for figure kind "${spec.kind}"`);
	// The spec was built at build time by the same kind's view(), so it has that kind's shape.
	const config = (p: Look, reduced: boolean) => configOf(spec as never, p, reduced);
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const first = config(readLook(canvas), reduced);
	const chart = new Chart(canvas, { ...first, plugins: [...(first.plugins ?? []), focusRing] });
	const stopExploring = explore(chart as unknown as Chart, canvas, spec);
	const observer = new MutationObserver(() => {
		const next = config(readLook(canvas), true);
		chart.data = next.data;
		chart.options = next.options ?? {};
		// A chart keeps the plugin objects it was made with: they take the new look in place (the
		// value labels' colour and size are fixed when a plugin is made).
		for (const plugin of first.plugins ?? []) {
			const fresh = next.plugins?.find((p) => p.id === plugin.id);
			if (fresh) Object.assign(plugin, fresh);
		}
		chart.update('none');
	});
	observer.observe(document.documentElement, {
		attributes: true,
		attributeFilter: ['data-theme', 'data-ts'],
	});
	return () => {
		stopExploring();
		observer.disconnect();
		chart.destroy();
	};
}
