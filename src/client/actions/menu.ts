/** What <details> lacks as a menu: Escape closes it (focus back on the toggle), so does a click outside. */
const wired = new WeakSet<HTMLDetailsElement>();

export function run(menu: HTMLDetailsElement): void {
	if (wired.has(menu)) return;
	wired.add(menu);
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && menu.open) {
			menu.open = false;
			menu.querySelector('summary')?.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
	});
}
