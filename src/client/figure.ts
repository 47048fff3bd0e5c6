/**
 * <rr-figure>: loads Chart.js only when the figure nears the viewport, and flips between chart and
 * table. Without JS (no `js` class on <html>) the stylesheet shows the table instead of the chart.
 * When the chart code cannot be loaded (offline, a blocked or removed file, or no answer in 20 s),
 * the figure shows its table and says so, with a button to try again. Its words come from data-*
 * attributes: the toggle's data-label-chart / data-label-table, the figure's data-failed / data-retry.
 */
import type * as ChartsModule from './charts';

type Charts = typeof ChartsModule;
const TIMEOUT = 20_000;

const loadCharts = (): Promise<Charts> =>
	Promise.race([
		import('./charts'),
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT)),
	]);

class RrFigure extends HTMLElement {
	#cleanup: (() => void) | undefined;
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		const figure = this.querySelector('figure');
		const canvas = this.querySelector('canvas');
		const toggle = this.querySelector<HTMLButtonElement>('.figure-toggle');
		const raw = this.dataset.spec;
		if (!figure || !canvas || !toggle || !raw) return;
		const show = (view: 'chart' | 'table') => {
			figure.dataset.view = view;
			toggle.setAttribute('aria-pressed', String(view === 'table'));
			toggle.textContent =
				(view === 'table' ? toggle.dataset.labelChart : toggle.dataset.labelTable) ?? '';
		};
		toggle.addEventListener('click', () =>
			show(figure.dataset.view === 'chart' ? 'table' : 'chart'),
		);
		const draw = async () => {
			const error = this.querySelector('.figure-error');
			// A retry by keyboard keeps the focus in the figure, whatever the outcome.
			const focused = !!error?.contains(document.activeElement);
			error?.remove();
			try {
				const { mountChart } = await loadCharts();
				this.#cleanup = mountChart(canvas, JSON.parse(raw));
			} catch {
				show('table');
				this.#failed(figure, toggle, draw, focused);
				return;
			}
			toggle.hidden = false;
			show('chart');
			if (focused) toggle.focus();
			this.dataset.drawn = '';
		};
		this.#observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#observer?.disconnect();
				void draw();
			},
			{ rootMargin: '400px 0px' },
		);
		this.#observer.observe(this);
	}

	/**
	 * The table stays in view; a line under the caption says why, with a retry button that is a copy
	 * of the toggle (the page's own styles, nothing to load, no class built here).
	 */
	#failed(figure: HTMLElement, toggle: HTMLButtonElement, retry: () => void, focus: boolean) {
		toggle.hidden = true;
		const line = document.createElement('p');
		line.className = 'figure-error';
		line.setAttribute('role', 'status');
		line.style.marginTop = '0.75rem';
		const button = toggle.cloneNode() as HTMLButtonElement;
		button.classList.remove('figure-toggle');
		button.removeAttribute('aria-pressed');
		button.hidden = false;
		button.style.marginInlineStart = '0.5rem';
		button.textContent = this.dataset.retry ?? '';
		button.addEventListener('click', retry);
		line.append(this.dataset.failed ?? '', button);
		figure.querySelector('figcaption')?.after(line);
		if (focus) button.focus();
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#cleanup?.();
	}
}
customElements.define('rr-figure', RrFigure);
