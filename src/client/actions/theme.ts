/** Flip light/dark, remember the choice (the head bootstrap applies it on the next load). */
export function run(): void {
	const root = document.documentElement;
	const theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
	root.dataset.theme = theme;
	try {
		localStorage.setItem('rr-theme', theme);
	} catch {
		// Storage may be blocked (private mode): the switch still applies to this page.
	}
	// A toggle button: its name stays "dark mode", its pressed state says whether it is on.
	for (const el of document.querySelectorAll('[data-rr="theme"]'))
		el.setAttribute('aria-pressed', String(theme === 'dark'));
}
