/**
 * Copy to the clipboard: either this page's URL with the button's data-anchor, or the text of the
 * element named by data-copy. The status element next to the button announces the result.
 */
export async function run(button: HTMLElement): Promise<void> {
	const status = button.parentElement?.querySelector('[role="status"]');
	let text: string;
	if (button.dataset.copy) {
		text = document.getElementById(button.dataset.copy)?.textContent ?? '';
	} else {
		const url = new URL(location.href);
		url.search = '';
		url.hash = button.dataset.anchor ?? '';
		text = url.href;
	}
	let message = button.dataset.copy ? '已复制' : '已复制链接';
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		message = '无法访问剪贴板，请手动复制';
	}
	if (!status) return;
	status.textContent = message;
	setTimeout(() => (status.textContent = ''), 2500);
}
