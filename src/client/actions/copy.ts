/**
 * Copy to the clipboard: either this page's URL with the button's data-anchor, or the text of the
 * element named by data-copy. The status element next to the button announces the result, in the
 * words of its data-done / data-failed attributes.
 */
export async function run(button: HTMLElement): Promise<void> {
	const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
	let text: string;
	if (button.dataset.copy) {
		text = document.getElementById(button.dataset.copy)?.textContent ?? '';
	} else {
		const url = new URL(location.href);
		url.search = '';
		url.hash = button.dataset.anchor ?? '';
		text = url.href;
	}
	if (!status) return;
	let message = status.dataset.done ?? '';
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		message = status.dataset.failed ?? '';
	}
	status.textContent = message;
	setTimeout(() => (status.textContent = ''), 2500);
}
