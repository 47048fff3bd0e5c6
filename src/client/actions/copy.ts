/**
 * Copy to the clipboard: either this page's URL with the button's data-anchor, or the text of the
 * element named by data-copy. The status element next to the button announces the result, in the
 * words of the nearest data-copied / data-copied-link / data-copy-failed attributes (set once per
 * page on the element that holds the copy buttons).
 */
export async function run(button: HTMLElement): Promise<void> {
	const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
	const words = button.closest<HTMLElement>('[data-copy-failed]')?.dataset ?? {};
	let text: string;
	let message: string | undefined;
	if (button.dataset.copy) {
		text = document.getElementById(button.dataset.copy)?.textContent ?? '';
		message = words.copied;
	} else {
		const url = new URL(location.href);
		url.search = '';
		url.hash = button.dataset.anchor ?? '';
		text = url.href;
		message = words.copiedLink;
	}
	if (!status) return;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		message = words.copyFailed;
	}
	status.textContent = message ?? '';
	setTimeout(() => (status.textContent = ''), 2500);
}
