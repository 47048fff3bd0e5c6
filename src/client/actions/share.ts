/** The device's share sheet with this page's title, summary and URL (without search or hash). */
export function run(button: HTMLElement): void {
	const url = new URL(location.href);
	url.search = '';
	url.hash = '';
	navigator
		.share({
			title: button.dataset.title ?? document.title,
			text: button.dataset.text ?? '',
			url: url.href,
		})
		.catch(() => {
			// Closing the share sheet rejects; nothing to do.
		});
}
