/**
 * <rr-figure>: when the figure nears the viewport, fetches what the page does not carry (its
 * data-src: the chart spec and the reason for each row's confidence, built from the same dataset as
 * the table), puts each reason after its row's badge, loads Chart.js and draws; flips between chart
 * and table. Without JS (no `js` class on <html>) the stylesheet shows the table instead of the
 * chart, and the table points to the data file for the reasons. When the data or the chart code
 * cannot be loaded (offline, a blocked or removed file, or no answer in 20 s), the figure shows its
 * table and says so, with a button to try again. The controls that need this code are made here,
 * not carried by the page: the chart/table toggle and, in a trend, the copy-link button (a copy of
 * the page's own); their words come with the code (src/i18n/client.ts).
 *
 * A chart chunk that failed to load stays failed in engines that keep the failure in their module
 * map (Firefox 153, Chromium 150): importing it again never fetches. So once the chart code has
 * failed, the retry reloads the page, keeping the reader at the figure (and the focus on it), and the
 * new page fetches the code afresh. A failed data fetch is simply asked again.
 */
import { t } from '~/i18n/client';
import type { ChartSpecBase, FigureJson } from '~/lib/figures/kind';
import type * as ChartsModule from './charts';
import { showAccessDate } from './cite-date';
import { copyLink } from './copy-link';
import { RETRY } from './figure-retry';
import type { TableSpec } from './figure-table';

type Charts = typeof ChartsModule;
const TIMEOUT = 20_000;

/** The figure whose retry reloaded the page, and where it was on screen (figure-retry.ts). */
let retried: { id: string; top: number } | null = null;
try {
	retried = JSON.parse(sessionStorage.getItem(RETRY) ?? 'null') as typeof retried;
	sessionStorage.removeItem(RETRY);
} catch {
	// No storage: a retry then reloads the page without putting the reader back at the figure.
}
let chartsFailed = false;

/**
 * Runs `change` keeping the linked element (a row of `#dc-…`, say) where it is on screen: rows
 * above it grow when the reasons and the table's controls come in.
 */
function keepTarget(root: Element, change: () => void): void {
	const target = root.querySelector(':target');
	const before = target?.getBoundingClientRect().top;
	change();
	if (target && before !== undefined)
		scrollBy({ top: target.getBoundingClientRect().top - before, behavior: 'instant' });
}

const withTimeout = <T>(work: Promise<T>): Promise<T> =>
	Promise.race([
		work,
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT)),
	]);

class RrFigure extends HTMLElement {
	#cleanup: (() => void) | undefined;
	#observer: IntersectionObserver | undefined;
	#data: Promise<FigureJson> | undefined;
	#table: Promise<void> | undefined;

	connectedCallback() {
		const figure = this.querySelector('figure');
		const chart = this.querySelector('.figure-chart');
		const controls = this.querySelector('.controls');
		const src = this.dataset.src;
		if (!figure || !chart || !controls || !src) return;
		const canvas = chart.querySelector('canvas') ?? chart.appendChild(this.#canvas(figure));
		const toggle = this.#addControls(figure, controls);
		const back = retried?.id === figure.id;
		if (back) scrollBy(0, figure.getBoundingClientRect().top - (retried?.top ?? 0));
		const show = (view: 'chart' | 'table') => {
			figure.dataset.view = view;
			toggle.setAttribute('aria-pressed', String(view === 'table'));
			toggle.textContent = t(view === 'table' ? 'figure.showChart' : 'figure.showTable');
		};
		show('chart');
		// The view the reader asked for (the toggle, a linked row, a shared table view); a chart
		// that fails shows the table without changing it.
		let wanted: 'chart' | 'table' = 'chart';
		const choose = (view: 'chart' | 'table') => show((wanted = view));
		toggle.addEventListener('click', () =>
			choose(figure.dataset.view === 'chart' ? 'table' : 'chart'),
		);
		// A linked table row was shown by the stylesheet until now (figures.css): this code takes over.
		if (figure.querySelector('tr:target')) choose('table');
		figure.dataset.ready = '';
		const draw = async () => {
			let cite: FigureJson['cite'];
			const error = this.querySelector('.figure-error');
			// A retry by keyboard keeps the focus in the figure, whatever the outcome.
			const focused = back || !!error?.contains(document.activeElement);
			if (error && chartsFailed && navigator.onLine) {
				try {
					const top = figure.getBoundingClientRect().top;
					sessionStorage.setItem(RETRY, JSON.stringify({ id: figure.id, top }));
				} catch {
					// Reloaded all the same: the code is fetched again, the reader scrolls back.
				}
				return location.reload();
			}
			error?.remove();
			try {
				// A failed fetch is forgotten, so that the retry asks again.
				this.#data ??= withTimeout(
					fetch(src).then((r) => {
						if (!r.ok) throw new Error(`${r.status}`);
						return r.json() as Promise<FigureJson>;
					}),
				).then((d) => {
					keepTarget(this, () => this.#addNotes(d.notes));
					return d;
				});
				this.#data.catch(() => (this.#data = undefined));
				// A table whose rows can be linked is sorted, filtered and linked by its own chunk,
				// fetched beside the chart's (and drawn even if the chart cannot be).
				if (!this.#table && this.querySelector('tbody tr[id]'))
					this.#table = Promise.all([withTimeout(import('./figure-table')), this.#data])
						.then(([table, d]) =>
							keepTarget(this, () =>
								table.enhance(this, d.spec as ChartSpecBase & TableSpec, () => choose('table')),
							),
						)
						.catch(() => (this.#table = undefined));
				const [charts, d] = await Promise.all([
					withTimeout<Charts>(import('./charts')).catch((error: unknown) => {
						chartsFailed = true;
						throw error;
					}),
					this.#data,
				]);
				this.#cleanup = charts.mountChart(canvas, d.spec);
				cite = d.cite;
			} catch {
				show('table');
				this.#failed(figure, toggle, draw, focused);
				return;
			}
			toggle.hidden = false;
			show(wanted);
			if (focused) toggle.focus();
			this.dataset.drawn = '';
			this.#drawn(figure, src, cite);
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

	/** The chart's canvas, named by the caption and described by the takeaway (the values are in the table). */
	#canvas(figure: HTMLElement): HTMLCanvasElement {
		const canvas = document.createElement('canvas');
		canvas.setAttribute('role', 'img');
		canvas.setAttribute('aria-labelledby', figure.querySelector('figcaption')?.id ?? '');
		canvas.setAttribute('aria-describedby', figure.querySelector('.take')?.id ?? '');
		return canvas;
	}

	/**
	 * The toggle, first among the controls, and in a trend (whose article names its copy buttons) a
	 * copy of the page's copy-link button, last: the trend header's, without its QR and poster
	 * buttons. Called again when the element is moved, it adds nothing twice.
	 */
	#addControls(figure: HTMLElement, controls: Element): HTMLButtonElement {
		const made = controls.querySelector<HTMLButtonElement>('.figure-toggle');
		if (made) return made;
		const toggle = document.createElement('button');
		toggle.type = 'button';
		toggle.className = 'figure-toggle pill';
		controls.prepend(toggle);
		const own = document.querySelector('[data-copy-name] .copy-link');
		if (own) {
			const copy = copyLink(
				own,
				figure.id,
				figure.querySelector('figcaption .kicker')?.textContent ?? '',
			);
			for (const other of copy.querySelectorAll('button:not([data-rr=copy])')) other.remove();
			controls.append(copy);
		}
		return toggle;
	}

	/**
	 * In a trend, the drawn figure gets its image, embed and citation controls (their code loads
	 * now). In an embed, its how-to-cite (in the HTML) shows today's date, and the page framing it
	 * is told the figure is drawn and how tall the embed is, so that it may fit the frame to it (the
	 * message carries nothing else).
	 */
	#drawn(figure: HTMLElement, src: string, cite: FigureJson['cite']) {
		if (!document.body.classList.contains('embed')) {
			void import('./figure-share').then((m) => m.addControls(figure, src, cite)).catch(() => {});
			return;
		}
		showAccessDate(document.querySelectorAll('.figure-cite pre'));
		if (parent !== window) {
			const height = document.documentElement.scrollHeight;
			parent.postMessage({ embed: figure.id, drawn: true, height }, '*');
		}
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
		button.textContent = t('figure.chartRetry');
		button.addEventListener('click', retry);
		line.append(t('figure.chartFailed'), button);
		figure.querySelector('figcaption')?.after(line);
		if (focus) button.focus();
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
		this.#cleanup?.();
	}
}
customElements.define('rr-figure', RrFigure);
