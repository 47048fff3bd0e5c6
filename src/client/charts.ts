/** Browser only: the one module that imports chart.js, registering just the parts we draw with. */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LogarithmicScale,
} from 'chart.js';
import { GROUP_TOKENS, toChartConfig, type ChartSpec, type Palette } from '~/lib/figures';

// No Tooltip: every bar carries its value as a label, which also works on touch screens.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale);

function readPalette(el: Element): Palette {
	const css = getComputedStyle(el);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return {
		ink: v('--ink'),
		muted: v('--muted'),
		grid: v('--rule'),
		surface: v('--surface'),
		series: [v('--series-1'), v('--series-2')],
		groups: GROUP_TOKENS.map((t) => v(`--${t}`)) as Palette['groups'],
	};
}

/** Draws the chart and redraws it when the theme changes; returns a cleanup function. */
export function mountChart(canvas: HTMLCanvasElement, spec: ChartSpec): () => void {
	const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const chart = new Chart(canvas, toChartConfig(spec, readPalette(canvas), reduced));
	const observer = new MutationObserver(() => {
		const next = toChartConfig(spec, readPalette(canvas), true);
		chart.data = next.data;
		chart.options = next.options ?? {};
		chart.update('none');
	});
	observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
	return () => {
		observer.disconnect();
		chart.destroy();
	};
}
