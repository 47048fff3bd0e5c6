/**
 * The device's share sheet with this page's title, summary and URL (without search or hash); inside
 * WeChat or QQ, which have none for a page, the hint that points to the app's own menu instead.
 */
import { inApp } from '../share/in-app';

const meta = (selector: string): string | undefined =>
	document.querySelector<HTMLMetaElement>(selector)?.content;

export function run(button: HTMLElement): void {
	if (inApp()) {
		void import('../share/wechat').then((m) => m.run(button));
		return;
	}
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
