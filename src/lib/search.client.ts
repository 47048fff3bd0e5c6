/**
 * Browser-only search controller shared by the header dialog and the /search/ page.
 * Pagefind itself is imported the first time a panel is started, never on page load.
 */
import type { PagefindApi } from '~/types/pagefind';
import { cleanQuery, isSearchable, toResultView, type ResultView, type SearchState } from './search';

let pagefind: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (api: PagefindApi) => {
		await api.options({ baseUrl: base, excerptLength: 24 });
		await api.init();
		return api;
	});
	return pagefind;
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
		return { q: this.#parts.input.value, part: this.#parts.chips.find((c) => c.checked)?.value ?? '' };
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
			const views = await Promise.all(search.results.slice(0, 10).map(async (r) => toResultView(await r.data(), q)));
			if (seq !== this.#seq) return;
			this.#render(views, q);
			status.textContent = views.length ? `找到 ${views.length} 条相关趋势` : `没有找到与“${q}”相关的内容。`;
			empty.hidden = views.length > 0;
		} catch {
			if (seq !== this.#seq) return;
			list.replaceChildren();
			status.textContent = '搜索暂时不可用（本地开发时请先运行 npm run build 再预览）。';
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
				const a = el('a', 'block rounded-lg border border-rule p-3 hover:border-accent');
				a.href = v.url;
				a.tabIndex = -1;
				const head = el('span', 'flex items-baseline gap-2 text-xs text-muted');
				head.append(el('span', 'kicker', `趋势 ${v.number.padStart(2, '0')}`), el('span', '', v.part));
				const title = el('span', 'mt-1 block font-semibold leading-snug', v.title);
				const section = v.section ? el('span', 'mt-0.5 block text-sm text-accent', `§ ${v.section}`) : '';
				const excerpt = el('span', 'mt-1 block text-sm leading-relaxed text-muted');
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

/** Collect a panel's parts from its root element (rendered by SearchPanel.astro). */
export function panelParts(root: HTMLElement): PanelParts | undefined {
	const input = root.querySelector<HTMLInputElement>('input[type="search"]');
	const list = root.querySelector<HTMLElement>('[role="listbox"]');
	const status = root.querySelector<HTMLElement>('[role="status"]');
	const empty = root.querySelector<HTMLElement>('.search-empty');
	if (!input || !list || !status || !empty) return undefined;
	return { input, list, status, empty, chips: [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')] };
}
