/** Stylesheets linked on first use, so that no page pays for them up front. */
const loading = new Map<string, Promise<void>>();

/** Links the stylesheet once; resolves when it has loaded, or failed (the UI then shows unstyled). */
export function loadStylesheet(href: string): Promise<void> {
	let done = loading.get(href);
	if (!done) {
		done = new Promise((resolve) => {
			const link = document.createElement('link');
			link.rel = 'stylesheet';
			link.href = href;
			link.addEventListener('load', () => resolve());
			link.addEventListener('error', () => resolve());
			document.head.append(link);
		});
		loading.set(href, done);
	}
	return done;
}
