/**
 * Browser-only search controller shared by the header dialog and the /search/ page.
 *
 * Pagefind is the page store: on the first query it loads, once, every trend page's indexed text,
 * headings and metadata (ten fragments, about 21 KB gzip, less than Pagefind's word index alone;
 * a site of more than SCALE pages loads only each query's candidates, see corpus.ts).
 * Matching then runs here, exactly: a page is a result when its text contains every word of the
 * query, so a page that merely shares a character with the query is never listed. Only when that
 * finds nothing for a Latin query does the second tier (pinyin, close spelling) load, and its
 * results are listed apart (second-tier.ts). The list's data-query names the query once every list
 * for it is in (exact results first, glossary aliases and the second tier after them).
 */
import { loadStylesheet } from '../stylesheet';
import { BASE, href } from '~/lib/urls';
import searchCss from '~/styles/search.css?url';
import { loadSearchStrings, t } from '~/i18n/search';
import type { PagefindApi } from '~/types/pagefind';
import { searchDocs, type ResultView, type SearchOutcome } from '~/lib/search/exact-tier';
import { searchInputAttrs } from '~/lib/search/field';
import { cleanQuery, isSearchable } from '~/lib/search/query';
import { mixConversion, needsConversion } from '~/lib/search/traditional';
import type { SearchState } from '~/lib/search/url';
import { el, excerpt, quoted, resultGroup, trendLabel } from './render';
import { openCorpus, type Corpus } from './corpus';
import type { Beyond } from './aliases';
import type { TierView } from './second-tier';

let pagefind: Promise<PagefindApi> | undefined;
/** Failed loads of Pagefind so far. */
let failures = 0;
let corpus: Promise<Corpus> | undefined;
let converter: Promise<(text: string) => string> | undefined;

/**
 * What a panel needs before it is built: its stylesheet, its words, and the report menu's list of
 * the ten trends (filled on idle, or now if search comes first), which its empty state shows.
 */
export const loadPanel = async (): Promise<void> => {
	await Promise.all([
		loadStylesheet(searchCss),
		loadSearchStrings(),
		import('../menu').then(
			(m) => m.fill(),
			() => {},
		),
	]);
};

/** Index loading gives up after this long: the reader gets the retry button, not a spinner. */
const TIMEOUT = 20_000;

/**
 * Pagefind, initialised: its loader, WebAssembly and metadata. On the main thread (`noWorker`): for
 * ten pages its work is a few milliseconds, less than starting a worker, and the worker's script is
 * 12 KB more to fetch.
 */
function loadPagefind(): Promise<PagefindApi> {
	// After a failure, a fresh URL: engines that keep a failed import failed (their module map)
	// would otherwise never fetch it again.
	const retry = failures ? `?retry=${failures}` : '';
	pagefind ??= import(/* @vite-ignore */ href(`pagefind/pagefind.js${retry}`))
		.then(async (api: PagefindApi) => {
			await api.options({ baseUrl: BASE, noWorker: true });
			await api.init();
			return api;
		})
		// A failed load is forgotten, so that the next search (or the retry button) tries again.
		.catch((error: unknown) => {
			pagefind = undefined;
			failures++;
			throw error;
		});
	return pagefind;
}

/**
 * Starts what the first search needs, when the reader shows the intent to search (the search
 * control hovered, focused or touched, or the panel opened), so that the first query only waits
 * for the pages' text. Nothing is shown if it fails: the search itself reports it.
 */
export function warmSearch(): void {
	void loadPanel();
	warmIndex();
}

/** Starts loading Pagefind only: the /search/ page has the rest in its HTML. */
export function warmIndex(): void {
	loadPagefind().catch(() => {});
}

/** The pages, as Pagefind indexed them: all of them at this site's size (corpus.ts). */
function loadCorpus(): Promise<Corpus> {
	corpus ??= Promise.race([
		loadPagefind().then((api) => openCorpus(api, BASE)),
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT)),
	])
		// A failed load is forgotten, so that the next search (or the retry button) tries again.
		.catch((error: unknown) => {
			corpus = undefined;
			throw error;
		});
	return corpus;
}

/** OpenCC's traditional → simplified tables, fetched only for a query that needs them. */
function loadConverter(): Promise<(text: string) => string> {
	converter ??= import('./t2s').then((m) => m.toSimplified);
	return converter;
}

/** Query words quoted in the reader's spelling (MoE, not the folded moe that was matched). */
const quotedAsTyped = (o: SearchOutcome, words: readonly string[]): string =>
	quoted(words.map((w) => o.typed.get(w) ?? w));

/** The words for a failed index load, with a button that runs the search again. */
function unavailable(retry: () => void): Node[] {
	const button = el('button', 'search-retry', t('search.retry'));
	button.type = 'button';
	button.addEventListener('click', retry);
	return [document.createTextNode(`${t('search.unavailable')} `), button];
}

export interface PanelParts {
	input: HTMLInputElement;
	list: HTMLElement;
	status: HTMLElement;
	partial: HTMLElement;
	/** The second tier's lists (pinyin, close spelling), filled only when the exact tier has nothing. */
	second: HTMLElement;
	empty: HTMLElement;
	chips: HTMLInputElement[];
}

/** Wires one search panel; `onState` lets the /search/ page mirror the query in its URL. */
export class SearchPanel {
	#parts: PanelParts;
	#active = -1;
	#seq = 0;
	#onState: (s: SearchState) => void;
	#trends: Node;

	constructor(parts: PanelParts, onState: (s: SearchState) => void = () => {}) {
		this.#parts = parts;
		this.#onState = onState;
		this.#trends = parts.empty.cloneNode(true);
		parts.input.addEventListener('input', () => this.run());
		for (const chip of parts.chips) chip.addEventListener('change', () => this.run());
		parts.input.addEventListener('keydown', (e) => this.#onKey(e));
		parts.empty.addEventListener('click', (e) => {
			const term = (e.target as Element).closest<HTMLElement>('[data-term]')?.dataset.term;
			if (term) this.#searchFor(term);
		});
	}

	/** Searches for a term as if it were typed: a keyword of the empty state, a corrected spelling. */
	#searchFor(term: string): void {
		this.#parts.input.value = term;
		this.#parts.input.focus();
		void this.run();
	}

	get state(): SearchState {
		return {
			q: this.#parts.input.value,
			part: this.#parts.chips.find((c) => c.checked)?.value ?? '',
		};
	}

	set state({ q, part }: SearchState) {
		this.#parts.input.value = q;
		for (const chip of this.#parts.chips) chip.checked = chip.value === part;
	}

	async run(): Promise<void> {
		const seq = ++this.#seq;
		const { q: raw, part } = this.state;
		this.#onState({ q: raw, part });
		const q = cleanQuery(raw);
		const { status, empty, list } = this.#parts;
		if (!isSearchable(q)) {
			this.#render(undefined);
			list.dataset.query = q;
			status.textContent = q ? t('search.unsearchable') : '';
			empty.replaceChildren(...this.#trends.cloneNode(true).childNodes);
			return;
		}
		status.textContent = t('search.busy');
		try {
			const corpus = await loadCorpus();
			const chars = await corpus.chars(q);
			let query = q;
			if (needsConversion(q, chars)) query = mixConversion(q, (await loadConverter())(q), chars);
			const docs = await corpus.docs([query]);
			if (seq !== this.#seq) return;
			const outcome = searchDocs(docs, query, part);
			const found = outcome.exact.length || outcome.elsewhere;
			const show = (tier?: Beyond) => {
				this.#render(outcome, tier);
				const summary = this.#summary(outcome, query === q ? '' : query, part) + (tier?.note ?? '');
				if (status.textContent !== summary) status.textContent = summary;
				empty.replaceChildren(
					...(found ? [] : (tier?.index ?? this.#trends.cloneNode(true).childNodes)),
				);
			};
			// Found: the exact results show now and the lists beyond them (glossary aliases) follow,
			// so nothing is added to the first exact search. Not found: the second tier may answer,
			// so the honest empty state waits for it rather than flashing first.
			if (found) show();
			const kit = {
				search: searchDocs,
				el,
				resultGroup,
				trendLabel,
				t,
				tier: () => import('./second-tier'),
			};
			const rerun = (corrected: string) => this.#searchFor(corrected);
			const asked = { docs, outcome, query, part, id: list.id, rerun };
			// The lists beyond the exact tier (aliases.ts); without them the exact tier answers alone.
			const tier = await import('./aliases')
				.then((m) => m.beyond(BASE, corpus, asked, kit))
				.catch(() => undefined);
			if (seq !== this.#seq) return;
			if (!found || tier?.nodes.length) show(tier);
			list.dataset.query = q;
		} catch {
			if (seq !== this.#seq) return;
			this.#render(undefined);
			status.replaceChildren(...unavailable(() => void this.run()));
			empty.replaceChildren(...this.#trends.cloneNode(true).childNodes);
			list.dataset.query = q;
		}
	}

	#summary(o: SearchOutcome, converted: string, part: string): string {
		const note = converted ? t('search.converted', { q: quoted([converted]) }) : '';
		const q = quotedAsTyped(o, o.words);
		if (o.exact.length) return note + t('search.found', { n: o.exact.length, q });
		if (o.elsewhere) return note + t('search.notInPart', { q, part, n: o.elsewhere });
		if (o.absent.length) return note + t('search.absent', { q: quotedAsTyped(o, o.absent) });
		return note + t('search.notTogether', { q });
	}

	#render(o: SearchOutcome | undefined, tier?: TierView): void {
		const { list, input, partial, second } = this.#parts;
		this.#active = -1;
		input.removeAttribute('aria-activedescendant');
		const nodes = tier?.nodes ?? [];
		const listboxes = tier?.listboxes ?? [];
		input.setAttribute('aria-expanded', String(Boolean(o?.exact.length || listboxes.length)));
		input.setAttribute('aria-controls', [list.id, ...listboxes].join(' '));
		second.replaceChildren(...nodes);
		second.hidden = !nodes.length;
		let option = 0;
		const nextId = () => `${list.id}-${option++}`;
		list.replaceChildren(...(o?.exact ?? []).map((v) => resultGroup(v, nextId)));
		const items = o ? o.partial.map((v) => this.#partialItem(v, o)) : [];
		partial.hidden = items.length === 0;
		partial.querySelector('ol')?.replaceChildren(...items);
	}

	/** A partial match: an ordinary link, outside the listbox of counted results. */
	#partialItem(v: ResultView, o: SearchOutcome): HTMLElement {
		const li = el('li', 'search-result');
		li.dataset.match = v.match;
		const a = el('a', '');
		a.href = v.url;
		const head = el('span', 'meta');
		head.append(
			el('span', 'kicker', trendLabel(v.number)),
			el('span', '', v.part),
			el('span', '', t('search.contains', { q: quotedAsTyped(o, v.found) })),
		);
		a.append(head, el('span', 'title', v.title), excerpt(v.excerpt));
		li.append(a);
		return li;
	}

	#onKey(e: KeyboardEvent): void {
		const { list, second } = this.#parts;
		const options = [list, second].flatMap((box) => [
			...box.querySelectorAll<HTMLElement>('[role="option"]'),
		]);
		if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
			if (!options.length) return;
			e.preventDefault();
			const step = e.key === 'ArrowDown' ? 1 : -1;
			this.#active = (this.#active + step + options.length) % options.length;
			options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.#active)));
			const current = options[this.#active];
			if (current) {
				this.#parts.input.setAttribute('aria-activedescendant', current.id);
				current.scrollIntoView({ block: 'nearest' });
			}
		} else if (e.key === 'Enter') {
			const target = options[this.#active] ?? options[0];
			if (target) {
				e.preventDefault();
				target.click();
			}
		}
	}
}

export interface PartChip {
	slug: string;
	title: string;
}

/**
 * Build a search panel (the header's dialog): input (combobox), part filter, status line, results
 * (a listbox), partial matches (a separate list below), the second tier's lists and the empty
 * state. The idle empty state reuses the header menu's list of parts and trends, so it is never
 * duplicated. The /search/ page carries the same panel in its HTML (SearchPanel.astro): see
 * `pagePanel`.
 */
export function buildPanel(
	id: string,
	parts: PartChip[],
): { root: HTMLElement; parts: PanelParts } {
	const root = el('div', 'search-panel');
	const input = addField(root, id);
	const fieldset = el('fieldset', 'search-chips');
	fieldset.append(el('legend', 'sr-only', t('search.filter')));
	const chips = [{ slug: '', title: t('search.allParts') }, ...parts].map((p, i) => {
		const chip = el('label', 'chip');
		if (p.slug) chip.dataset.part = p.slug;
		const radio = el('input', 'sr-only');
		Object.assign(radio, {
			type: 'radio',
			name: `${id}-part`,
			value: p.slug ? p.title : '',
			checked: i === 0,
		});
		chip.append(radio, p.title);
		fieldset.append(chip);
		return radio;
	});
	const status = el('p', 'search-status');
	status.setAttribute('role', 'status');
	const list = el('div', 'search-results');
	list.id = `${id}-results`;
	asCombobox(input, list);
	const partial = el('section', 'search-partial');
	partial.hidden = true;
	const heading = el('h2', '', t('search.partial'));
	heading.id = `${id}-partial`;
	partial.setAttribute('aria-labelledby', heading.id);
	partial.append(heading, el('ol', ''));
	const second = el('div', 'search-second');
	second.hidden = true;
	const empty = el('div', 'search-empty');
	empty.append(el('p', '', t('search.trends')));
	// The list, or where the menu could not be filled, its link to the home page's overview.
	for (const child of document.querySelectorAll('[data-rr-menu] nav > *'))
		empty.append(child.cloneNode(true));
	root.append(fieldset, status, list, partial, second, empty);
	return { root, parts: { input, list, status, partial, second, empty, chips } };
}

/**
 * The field as the combobox of its results list, a listbox: set as the panel is wired, not in the
 * /search/ page's HTML, where they are not yet either.
 */
function asCombobox(input: HTMLInputElement, list: HTMLElement): void {
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-autocomplete', 'list');
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', t('search.results'));
}

/** The panel the /search/ page carries (SearchPanel.astro), with what the reader did in it so far. */
export function pagePanel(root: HTMLElement): PanelParts {
	const part = <T extends HTMLElement>(selector: string): T => {
		const found = root.querySelector<T>(selector);
		if (!found) throw new Error(`search panel: no ${selector}`);
		return found;
	};
	const list = part('.search-results');
	const input = part<HTMLInputElement>('.search-input');
	asCombobox(input, list);
	return {
		input,
		list,
		status: part('.search-status'),
		partial: part('.search-partial'),
		second: part('.search-second'),
		empty: part('.search-empty'),
		chips: [...root.querySelectorAll<HTMLInputElement>('.search-chips input')],
	};
}

/** The field and its label, as the /search/ page writes them (SearchPanel.astro). */
function addField(root: HTMLElement, id: string): HTMLInputElement {
	const label = el('label', 'sr-only', t('search.title'));
	label.htmlFor = `${id}-input`;
	const input = el('input', '');
	for (const [name, value] of Object.entries(
		searchInputAttrs(label.htmlFor, t('search.placeholder')),
	))
		input.setAttribute(name, value);
	root.append(label, input);
	return input;
}

/** Part chips from the header's list of parts (SiteHeader: one [data-part] item per part). */
export function readParts(): PartChip[] {
	return [...document.querySelectorAll<HTMLElement>('.parts-nav [data-part]')].map((li) => ({
		slug: li.dataset.part ?? '',
		title: li.textContent?.trim() ?? '',
	}));
}
