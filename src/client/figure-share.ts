/**
 * A drawn figure's "下载图片 / Download image" and "嵌入 / Embed" controls (issue 23), added here
 * and not in the page: they are of use only once the chart is there, and trend 1's HTML has no
 * bytes to spare. Both are <details> disclosures (keyboard and screen readers know them, nothing to
 * manage). The image links and the embed URL come from the figure's own data-src (the edition's
 * root) and id, the file names from lib/figure-files.ts, the words from src/i18n/client.ts; the
 * copy button is the site's copy action (data-rr="copy", client/actions/copy.ts).
 */
import { t } from '~/i18n/client';
import { embedCode, embedPath, imageFile, pixelSize, type Shape } from '~/lib/figure-files';

const LABEL: Record<Shape, 'figure.pngLandscape' | 'figure.png3x4' | 'figure.pngSquare'> = {
	landscape: 'figure.pngLandscape',
	portrait: 'figure.png3x4',
	square: 'figure.pngSquare',
};

const el = <K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Partial<HTMLElementTagNameMap[K]> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
};

function disclosure(label: string, ...content: Node[]): HTMLDetailsElement {
	const summary = el('summary', { className: 'pill' }, label);
	return el('details', { className: 'figure-more' }, summary, el('div', {}, ...content));
}

export function addControls(figure: HTMLElement, dataSrc: string): void {
	const controls = figure.querySelector('.controls');
	const id = figure.id.replace(/^fig-/, '');
	if (!controls || controls.querySelector('.figure-more')) return;
	// data-src is <edition root>data/<id>.figure.json.
	const root = new URL(dataSrc.replace(/data\/[^/]+$/, ''), location.href);
	const lang = document.documentElement.lang === 'en' ? '-en' : '';
	const file = (shape: Shape, ext: 'png' | 'svg') => {
		const name = imageFile(id, shape, ext);
		return el('a', {
			href: new URL(`figures/${name}`, root).href,
			download: `ai-top10-2025-${name.replace(/\./, `${lang}.`)}`,
		});
	};
	const items = (Object.keys(LABEL) as Shape[]).map((shape) => {
		const { width, height } = pixelSize(shape);
		const link = file(shape, 'png');
		link.textContent = t(LABEL[shape], { size: `${width} × ${height}` });
		return el('li', {}, link);
	});
	const svg = file('landscape', 'svg');
	svg.textContent = t('figure.svg');
	const images = disclosure(t('figure.download'), el('ul', {}, ...items, el('li', {}, svg)));

	const codeId = `${figure.id}-embed`;
	// "图 1 <title>": the caption's kicker and title, which the page sets apart by CSS alone.
	const caption = figure.querySelector('figcaption');
	const title = [...(caption?.childNodes ?? [])].map((n) => n.textContent?.trim()).join(' ');
	const code = el('pre', { id: codeId });
	code.setAttribute('wrap', '');
	code.textContent = embedCode(id, new URL(embedPath(id), root).href, title);
	const copy = el('button', { type: 'button', className: 'pill' }, t('figure.copyEmbed'));
	copy.dataset.rr = 'copy';
	copy.dataset.copy = codeId;
	const status = el('span');
	status.setAttribute('role', 'status');
	const embed = disclosure(
		t('figure.embed'),
		el('p', {}, t('figure.embedHow')),
		code,
		el('p', {}, copy, status),
	);
	controls.append(images, embed);
}
