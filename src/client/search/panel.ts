/**
 * Browser-only search controller shared by the header dialog and the /search/ page.
 * Pagefind itself is imported the first time a panel is started, never on page load.
 */
import searchCss from '~/styles/search.css?url';
import type { PagefindApi } from '~/types/pagefind';
import {
	cleanQuery,
	isSearchable,
	toResultView,
	type ResultView,
	type SearchState,
} from '~/lib/search';

let pagefind: Promise<PagefindApi> | undefined;
let styles: Promise<void> | undefined;

/** The search UI's stylesheet, linked on first use so that no page pays for it up front. */
export function loadSearchStyles(): Promise<void> {
	styles ??= new Promise((resolve) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = searchCss;
		link.addEventListener('load', () => resolve());
		link.addEventListener('error', () => resolve());
		document.head.append(link);
	});
	return styles;
}

/** Index loading gives up after this long: the reader gets the retry button, not a spinner. */
const TIMEOUT = 20_000;

function loadPagefind(): Promise<PagefindApi> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	pagefind ??= Promise.race([
		import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (api: PagefindApi) => {
			await api.options({ baseUrl: base, excerptLength: 24 });
			await api.init();
			return api;
		}),
		new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT)),
	]);
	// A failed load is forgotten, so that the next search (or the retry button) tries again.
	pagefind.catch(() => (pagefind = undefined));
	return pagefind;
}

/** The words for a failed index load, from the header search link (components/search/SearchLink). */
function unavailable(retry: () => void): Node[] {
	const words = document.querySelector<HTMLElement>('[data-rr="search"]')?.dataset ?? {};
	const button = el('button', 'search-retry', words.retry ?? '');
	button.type = 'button';
	button.addEventListener('click', retry);
	return [document.createTextNode(`${words.unavailable ?? ''} `), button];
}

/** Copy Pagefind's excerpt keeping only text and <mark>: nothing from the index becomes markup. */
function excerptNodes(html: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = html;
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
	const node = document.createElement(tag);
	node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
};

export interface PanelParts {
	input: HTMLInputElement;
	list: HTMLElement;
	status: HTMLElement;
	empty: HTMLElement;
	chips: HTMLInputElement[];
}

/** Wires one search panel; `onState` lets the /search/ page mirror the query in its URL. */
export class SearchPanel {
	#parts: PanelParts;
	#active = -1;
	#seq = 0;
	#onState: (s: SearchState) => void;

	constructor(parts: PanelParts, onState: (s: SearchState) => void = () => {}) {
		this.#parts = parts;
		this.#onState = onState;
		parts.input.addEventListener('input', () => this.run());
		for (const chip of parts.chips) chip.addEventListener('change', () => this.run());
		parts.input.addEventListener('keydown', (e) => this.#onKey(e));
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
		const { list, status, empty } = this.#parts;
		if (!isSearchable(q)) {
			this.#render([], q);
			status.textContent = q ? '请输入文字或数字再搜索。' : '';
			empty.hidden = false;
			return;
		}
		status.textContent = '正在搜索…';
		try {
			const api = await loadPagefind();
			const search = await api.search(q, part ? { filters: { part } } : {});
			if (seq !== this.#seq || !search) return;
			const views = await Promise.all(
				search.results.slice(0, 10).map(async (r) => toResultView(await r.data(), q)),
			);
			if (seq !== this.#seq) return;
			this.#render(views, q);
			status.textContent = views.length
				? `找到 ${views.length} 条相关趋势`
				: `没有找到与“${q}”相关的内容。`;
			empty.hidden = views.length > 0;
		} catch {
			if (seq !== this.#seq) return;
			list.replaceChildren();
			status.replaceChildren(...unavailable(() => void this.run()));
			empty.hidden = false;
		}
	}

	#render(views: ResultView[], q: string): void {
		const { list, input } = this.#parts;
		this.#active = -1;
		input.removeAttribute('aria-activedescendant');
		input.setAttribute('aria-expanded', String(views.length > 0));
		list.replaceChildren(
			...views.map((v, i) => {
				const li = el('li', 'search-result', undefined);
				li.id = `${list.id}-${i}`;
				li.setAttribute('role', 'option');
				li.setAttribute('aria-selected', 'false');
				const a = el('a', '');
				a.href = v.url;
				a.tabIndex = -1;
				const head = el('span', 'meta');
				head.append(
					el('span', 'kicker', `趋势 ${v.number.padStart(2, '0')}`),
					el('span', '', v.part),
				);
				const title = el('span', 'title', v.title);
				const section = v.section ? el('span', 'section', `§ ${v.section}`) : '';
				const excerpt = el('span', 'excerpt');
				excerpt.append(...excerptNodes(v.excerpt));
				a.append(head, title, section, excerpt);
				li.append(a);
				return li;
			}),
		);
		list.dataset.query = q;
	}

	#onKey(e: KeyboardEvent): void {
		const options = [...this.#parts.list.querySelectorAll<HTMLElement>('[role="option"]')];
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
			const link = target?.querySelector('a');
			if (link) {
				e.preventDefault();
				link.click();
			}
		}
	}
}

export interface PartChip {
	slug: string;
	title: string;
}

/**
 * Build a search panel: input (combobox), part filter, status line, results and the empty state.
 * The empty state reuses the header menu's list of parts and trends, so it is never duplicated.
 */
export function buildPanel(
	id: string,
	parts: PartChip[],
): { root: HTMLElement; parts: PanelParts } {
	const root = el('div', 'search-panel');
	const label = el('label', 'sr-only', '搜索报告');
	label.htmlFor = `${id}-input`;
	const input = el('input', 'search-input');
	Object.assign(input, {
		id: `${id}-input`,
		type: 'search',
		autocomplete: 'off',
		spellcheck: false,
		maxLength: 1000,
		placeholder: '搜索：数据中心、具身智能、Stargate、MoE…',
	});
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', `${id}-results`);
	input.setAttribute('aria-autocomplete', 'list');
	const fieldset = el('fieldset', 'search-chips');
	fieldset.append(el('legend', 'sr-only', '按部分筛选'));
	const chips = [{ slug: '', title: '全部' }, ...parts].map((p, i) => {
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
	const list = el('ol', 'search-results');
	list.id = `${id}-results`;
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', '搜索结果');
	const empty = el('div', 'search-empty');
	empty.append(el('p', '', '十条趋势'));
	const menuList = document.querySelector('[data-rr-menu] nav > ol');
	if (menuList) empty.append(menuList.cloneNode(true));
	root.append(label, input, fieldset, status, list, empty);
	return { root, parts: { input, list, status, empty, chips } };
}

/** Part chips as the page declares them: data-parts is JSON (lib/content.ts partChips). */
export function readParts(host: HTMLElement): PartChip[] {
	try {
		const parts: unknown = JSON.parse(host.dataset.parts ?? '[]');
		return Array.isArray(parts) ? (parts as PartChip[]) : [];
	} catch {
		return [];
	}
}
