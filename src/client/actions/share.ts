/** The device's share sheet with this page's title, summary and URL (without search or hash). */
const meta = (selector: string): string | undefined =>
	document.querySelector<HTMLMetaElement>(selector)?.content;

export function run(): void {
	const url = new URL(location.href);
	url.search = '';
	url.hash = '';
	navigator
		.share({
			title: meta('meta[property="og:title"]') ?? document.title,
			text: meta('meta[name="description"]') ?? '',
			url: url.href,
		})
		.catch(() => {
			// Closing the share sheet rejects; nothing to do.
		});
}
