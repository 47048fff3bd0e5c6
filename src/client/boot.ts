/**
 * The one script every page loads (well under 1 KB). It sets the initial state of a few controls
 * and, on the reader's first interaction with a control, imports only the code for that control.
 * Controls declare themselves with data-rr="<action>". When that code cannot be loaded (a page kept
 * from before a deploy asks for files the deploy removed), a link still goes where it points.
 */
const root = document.documentElement;

const actions = {
	theme: () => import('./actions/theme'),
	copy: () => import('./actions/copy'),
	share: () => import('./actions/share'),
	search: () => import('./actions/search'),
};
type Action = keyof typeof actions;

/** Runs a control's action; if its code is gone, a link falls back to being a link. */
const act = (name: Action, el?: HTMLElement) =>
	actions[name]().then(
		(m) => m.run(el as HTMLElement),
		() => {
			const link = el ?? document.querySelector('a[data-rr="search"]');
			if (link instanceof HTMLAnchorElement) location.assign(link.href);
		},
	);

for (const el of document.querySelectorAll<HTMLElement>('[data-rr="theme"]')) {
	el.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
}
if ('share' in navigator) {
	for (const el of document.querySelectorAll<HTMLElement>('[data-rr="share"]')) el.hidden = false;
}

document.addEventListener('click', (event) => {
	const el = (event.target as Element).closest<HTMLElement>('[data-rr]');
	const name = el?.dataset.rr as Action | undefined;
	if (!el || !name || !(name in actions)) return;
	// A modified click on the search link opens /search/ in a new tab as usual.
	if (name === 'search' && (event.metaKey || event.ctrlKey || event.shiftKey)) return;
	event.preventDefault();
	void act(name, el);
});

document.addEventListener('keydown', (event) => {
	if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
		event.preventDefault();
		void act('search');
	}
});

// <details> menus open natively; Escape and outside clicks are added on first open.
document.addEventListener(
	'toggle',
	(event) => {
		const menu = event.target as HTMLDetailsElement;
		if (menu.open && menu.matches('[data-rr-menu]'))
			void import('./actions/menu').then(
				(m) => m.run(menu),
				() => {},
			);
	},
	true,
);

const hl = new URLSearchParams(location.search).get('hl');
if (hl)
	void import('./actions/highlight').then(
		(m) => m.run(hl),
		() => {},
	);
