/**
 * A copy-link control for one more anchor, copied from one the page carries (the trend header's,
 * components/share/CopyLink.astro): the headings' (share/headings.ts), the figures' (figure.ts) and
 * the table rows' (figure-table.ts), which do nothing without JavaScript. The button is named for
 * `label` by the article's data-copy-name ("copy link to {label}").
 */
export function copyLink(from: Element, anchor: string, label: string): HTMLElement {
	const copy = from.cloneNode(true) as HTMLElement;
	const button = copy.querySelector('[data-rr=copy]') as HTMLElement;
	button.dataset.anchor = anchor;
	button.ariaLabel = (
		document.querySelector<HTMLElement>('[data-copy-name]')?.dataset.copyName ?? ''
	).replace('{label}', label);
	return copy;
}
