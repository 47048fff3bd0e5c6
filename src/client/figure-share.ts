/**
 * A drawn figure's "下载图片 / Download image" and "嵌入 / Embed" controls (issue 23), added here
 * and not in the page: they are of use only once the chart is there, and trend 1's HTML has no
 * bytes to spare. Both are <details> disclosures (keyboard and screen readers know them, nothing to
 * manage). The image links and the embed URL come from the figure's own data-src (the edition's
 * root) and id, the file names from lib/figure-files.ts, the words from src/i18n/client.ts; the
 * copy button is the site's copy action (data-rr="copy", client/actions/copy.ts).
 *
 * Each image is one line, its light and dark file side by side (eight links read as a wall), the
 * reader's current theme first: the one they are looking at is the likelier pick.
 */
import { t } from '~/i18n/client';
import { embedCode, embedPath, imageFile, pixelSize, type Shape } from '~/lib/figure-files';
import type { FigureCiteBlock } from '~/lib/figures/kind';
import type { Theme } from '~/lib/palette';
import { withAccessDate } from './cite-date';

const LABEL: Record<Shape, 'figure.pngLandscape' | 'figure.png3x4' | 'figure.pngSquare'> = {
	landscape: 'figure.pngLandscape',
	portrait: 'figure.png3x4',
	square: 'figure.pngSquare',
};

/**
 * A theme's link: its visible word, and its accessible name, which starts with that word (label in
 * name, WCAG 2.5.3: a voice user says what they see) and goes on to say which image.
 */
const THEME_LABEL: Record<
	Theme,
	{ text: 'figure.light' | 'figure.dark'; name: 'figure.lightOf' | 'figure.darkOf' }
> = {
	light: { text: 'figure.light', name: 'figure.lightOf' },
	dark: { text: 'figure.dark', name: 'figure.darkOf' },
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

/** How to cite the figure, as the embed page shows it (components/figures/FigureCite.astro). */
function citation(figureId: string, cite: FigureCiteBlock): HTMLDetailsElement {
	const blocks = cite.blocks.flatMap(({ label, text }, i) => {
		const id = `${figureId}-cite-${i}`;
		const name = el('b', { id: `${id}-label` }, label);
		const copy = el('button', { type: 'button', className: 'pill' }, cite.copy);
		copy.dataset.rr = 'copy';
		copy.dataset.copy = id;
		copy.setAttribute('aria-describedby', name.id);
		const status = el('span');
		status.setAttribute('role', 'status');
		return [el('p', {}, name, ' ', copy, status), el('pre', { id }, withAccessDate(text))];
	});
	const box = disclosure(cite.summary, ...blocks);
	box.classList.add('figure-cite');
	return box;
}

export function addControls(figure: HTMLElement, dataSrc: string, cite?: FigureCiteBlock): void {
	const controls = figure.querySelector('.controls');
	const id = figure.id.replace(/^fig-/, '');
	if (!controls || controls.querySelector('.figure-more')) return;
	// data-src is <edition root>data/<id>.figure.json.
	const root = new URL(dataSrc.replace(/data\/[^/]+$/, ''), location.href);
	const lang = document.documentElement.lang === 'en' ? '-en' : '';
	/** One image's line: its name, then a link per theme. */
	const item = (label: string, shape: Shape, ext: 'png' | 'svg') => {
		const link = (theme: Theme) => {
			const name = imageFile(id, shape, ext, theme);
			return el(
				'a',
				{
					className: 'pill',
					href: new URL(`figures/${name}`, root).href,
					download: `ai-top10-2025-${name.replace(/\./, `${lang}.`)}`,
					ariaLabel: t(THEME_LABEL[theme].name, { label }),
				},
				t(THEME_LABEL[theme].text),
			);
		};
		const links: Record<Theme, HTMLAnchorElement> = { light: link('light'), dark: link('dark') };
		// The pair in one box, which wraps under the name as a whole on a narrow screen.
		const pair = el('span', {}, ...Object.values(links));
		return { li: el('li', {}, el('span', {}, label), pair), pair, links };
	};
	const items = [
		...(Object.keys(LABEL) as Shape[]).map((shape) => {
			const { width, height } = pixelSize(shape);
			return item(t(LABEL[shape], { size: `${width} × ${height}` }), shape, 'png');
		}),
		item(t('figure.svg'), 'landscape', 'svg'),
	];
	const images = disclosure(t('figure.download'), el('ul', {}, ...items.map((i) => i.li)));
	// Ordered when opened: the reader may have switched theme since the chart was drawn.
	const readerFirst = () => {
		const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
		for (const { pair, links } of items) pair.prepend(links[theme]);
	};
	readerFirst();
	images.addEventListener('toggle', () => {
		if (images.open) readerFirst();
	});

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
	controls.append(images, embed, ...(cite ? [citation(figure.id, cite)] : []));
}
