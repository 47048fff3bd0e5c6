import { describe, expect, test } from 'vitest';
import Note from '~/components/mdx/Note.astro';
import { render } from '../helpers/render';

const LABELS = [
	['uncertain', '存疑'],
	['gap', '报告细节缺失'],
	['background', '背景（本站补充，非报告内容）'],
] as const;

describe('<Note>', () => {
	test.each(LABELS)('kind="%s" is a note labelled “%s”, with its text', async (kind, label) => {
		const { root } = await render(Note, { kind }, { default: '<p>正文一句。</p>' });
		const notes = root.querySelectorAll('[role="note"]');
		expect(notes).toHaveLength(1);
		const note = notes[0];
		expect(note?.getAttribute('aria-label')).toBe(label);
		expect(note?.querySelector('p')?.textContent?.trim()).toBe(label);
		expect(note?.querySelector('.note-body')?.innerHTML).toBe('<p>正文一句。</p>');
	});

	test('a title follows the label, and the note is named by both', async () => {
		const { root } = await render(Note, { kind: 'uncertain', title: '数字来自OCR' });
		expect(root.querySelector('[role="note"]')?.getAttribute('aria-label')).toBe(
			'存疑 · 数字来自OCR',
		);
		expect(root.querySelector('[role="note"] p')?.textContent?.trim()).toBe('存疑 · 数字来自OCR');
	});

	test('a background title follows the background label', async () => {
		const { root } = await render(Note, { kind: 'background', title: '美国的电价' });
		expect(root.querySelector('[role="note"] p')?.textContent?.trim()).toBe(
			'背景（本站补充，非报告内容） · 美国的电价',
		);
	});

	test('uncertain notes are set apart in the warning colour, the others are not', async () => {
		const uncertain = await render(Note, { kind: 'uncertain' });
		const gap = await render(Note, { kind: 'gap' });
		// trend-text.css colours a note by its kind: the warning colour for data-kind="uncertain" only.
		expect(uncertain.root.querySelector<HTMLElement>('[role="note"]')?.dataset.kind).toBe(
			'uncertain',
		);
		expect(gap.root.querySelector<HTMLElement>('[role="note"]')?.dataset.kind).toBe('gap');
	});
});
