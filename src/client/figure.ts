/**
 * <rr-figure>: loads Chart.js only when the figure nears the viewport, and flips between chart and
 * table. Without JS (no `js` class on <html>) the stylesheet shows the table instead of the chart.
 * The toggle's two labels come from its data-label-chart / data-label-table attributes.
 */
class RrFigure extends HTMLElement {
	#cleanup: (() => void) | undefined;
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		const figure = this.querySelector('figure');
		const canvas = this.querySelector('canvas');
		const toggle = this.querySelector<HTMLButtonElement>('.figure-toggle');
		const raw = this.dataset.spec;
		if (!figure || !canvas || !toggle || !raw) return;
		toggle.addEventListener('click', () => {
			const view = figure.dataset.view === 'chart' ? 'table' : 'chart';
			figure.dataset.view = view;
			toggle.setAttribute('aria-pressed', String(view === 'table'));
			toggle.textContent =
				(view === 'table' ? toggle.dataset.labelChart : toggle.dataset.labelTable) ?? '';
		});
		this.#observer = new IntersectionObserver(
			async (entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				this.#observer?.disconnect();
				const { mountChart } = await import('./charts');
				this.#cleanup = mountChart(canvas, JSON.parse(raw));
				this.dataset.drawn = '';
			},
			{ rootMargin: '400px 0px' },
		);
		this.#observer.observe(this);
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#cleanup?.();
	}
}
customElements.define('rr-figure', RrFigure);
