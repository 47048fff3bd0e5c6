/**
 * Every trend heading gets a copy of the page's link buttons (copy link, QR code, poster: they do
 * nothing without JavaScript, so the page does not carry a dozen of them), named for the heading.
 * The page's own, in the trend's header, are named for the trend ("二维码：趋势 1"): a copy's QR and
 * poster buttons swap the trend's label (read off the copy button's name, data-copy-name being its
 * pattern) for the heading's text. The rows keep room for them from the first paint
 * (trend-text.css), so adding them moves nothing; boot.ts's click handler runs them.
 */
import { copyLink } from '../copy-link';

export function addHeadingLinks(): void {
	const article = document.querySelector<HTMLElement>('[data-copy-name]');
	const own = article?.querySelector('.copy-link');
	if (!article || !own) return;
	const [before = '', after = ''] = (article.dataset.copyName ?? '').split('{label}');
	const name = own.querySelector('[data-rr=copy]')?.ariaLabel ?? '';
	const trend = name.slice(before.length, name.length - after.length);
	for (const heading of article.querySelectorAll('.heading-row > [id]')) {
		const text = heading.textContent ?? '';
		const copy = copyLink(own, heading.id, text);
		for (const button of copy.querySelectorAll('[data-qr], [data-rr=poster]'))
			button.ariaLabel = (button.ariaLabel ?? '').replace(trend, text);
		heading.after(copy);
	}
}
