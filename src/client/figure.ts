/**
 * <rr-figure>: when the figure nears the viewport, fetches what the page does not carry (its
 * data-src: the chart spec and the reason for each row's confidence, built from the same dataset as
 * the table), puts each reason after its row's badge, loads Chart.js and draws; flips between chart
 * and table. Without JS (no `js` class on <html>) the stylesheet shows the table instead of the
 * chart, and the table points to the data file for the reasons. The toggle's two labels come from
 * its data-label-chart / data-label-table attributes.
 */
import type { FigureJson } from '~/lib/figures/kind';

class RrFigure extends HTMLElement {
	#cleanup: (() => void) | undefined;
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		const figure = this.querySelector('figure');
		const canvas = this.querySelector('canvas');
		const toggle = this.querySelector<HTMLButtonElement>('.figure-toggle');
		const src = this.dataset.src;
		if (!figure || !canvas || !toggle || !src) return;
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
				const data = fetch(src).then((r) => r.json() as Promise<FigureJson>);
				void data.then((d) => this.#addNotes(d.notes));
				const [charts, d] = await Promise.all([import('./charts'), data]);
				this.#cleanup = charts.mountChart(canvas, d.spec);
				this.dataset.drawn = '';
			},
			{ rootMargin: '400px 0px' },
		);
		this.#observer.observe(this);
	}

	/** Each row's reason after its confidence badge, in table order. */
	#addNotes(notes: string[]) {
		this.querySelectorAll('tbody tr:not(.grp) .conf').forEach((badge, i) => {
			const why = document.createElement('span');
			why.className = 'why';
			why.textContent = notes[i] ?? '';
			badge.after(why);
		});
		this.dataset.notes = '';
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#cleanup?.();
	}
}
customElements.define('rr-figure', RrFigure);
