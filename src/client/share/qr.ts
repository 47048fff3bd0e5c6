/**
 * A QR code of this page's URL, or of a section's when the button is a heading's (boot.ts gives
 * every heading a copy of the page's link buttons), drawn on the device by uqr. Shown in a modal
 * dialog named like the button, with the URL as text under it. Dark modules on a white tile with
 * the standard four-module quiet zone, in either theme: scanners read dark on light.
 */
import { t } from '~/i18n/client';
import { encode } from 'uqr';
import css from '~/styles/share.css?url';
import { closeForm, modalDialog } from '../dialog';
import { loadStylesheet } from '../stylesheet';

const SVG = 'http://www.w3.org/2000/svg';

interface QrDialog {
	dialog: HTMLDialogElement;
	title: HTMLElement;
	tile: HTMLElement;
	url: HTMLElement;
}
let built: QrDialog | undefined;

/** The code as an SVG: one square per dark module, on white (the quiet zone included). */
export function qrSvg(text: string): SVGSVGElement {
	// M: 15 % of the code may be lost (a glare on a phone screen) and a URL still fits in a small code.
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	let d = '';
	data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		}),
	);
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('shape-rendering', 'crispEdges');
	svg.setAttribute('aria-hidden', 'true');
	const rect = document.createElementNS(SVG, 'rect');
	rect.setAttribute('width', String(size));
	rect.setAttribute('height', String(size));
	rect.setAttribute('fill', '#fff');
	const path = document.createElementNS(SVG, 'path');
	path.setAttribute('d', d);
	path.setAttribute('fill', '#000');
	svg.append(rect, path);
	return svg;
}

function build(close: string): QrDialog {
	const dialog = modalDialog('qr-dialog', 'qr-title');
	const title = document.createElement('h2');
	title.id = 'qr-title';
	const tile = document.createElement('div');
	tile.className = 'qr-tile';
	const url = document.createElement('p');
	url.className = 'qr-url';
	dialog.append(title, tile, url, closeForm(close).form);
	document.body.append(dialog);
	return { dialog, title, tile, url };
}

export async function run(button: HTMLElement): Promise<void> {
	await loadStylesheet(css);
	const heading = button.closest('.heading-row')?.querySelector('[id]');
	const target = new URL(location.href);
	target.search = '';
	target.hash = heading?.id ?? '';
	const close = t('share.close');
	built ??= build(close);
	const { dialog, title, tile, url } = built;
	title.textContent = button.getAttribute('aria-label');
	tile.replaceChildren(qrSvg(target.href));
	url.textContent = target.href;
	dialog.onclose = () => button.focus();
	if (!dialog.open) dialog.showModal();
}
