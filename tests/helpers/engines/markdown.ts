/**
 * "Copy as Markdown" beside a trend's cite link, in every engine at a desktop and a phone width:
 * the clipboard gets the trend's .md file (handed over as a ClipboardItem where the engine has one,
 * so Safari's user activation holds), and where the clipboard is refused the text is shown selected
 * in the manual-copy dialog. The clipboard is stubbed to record what it is given: the real one is
 * exercised by the copy-link journey.
 */
import { expect, test } from 'vitest';
import { withAccessDate } from '~/client/cite-date';
import { waitFor, type Driver } from './driver';
import { DESKTOP, PHONE } from './journeys';

const LINK = '.trend-head a[data-rr="copy"][href$=".md"]';

/** Replaces the clipboard's writes: each records its text and then resolves, or refuses. */
function stubClipboard(refuse: boolean): void {
	const w = window as unknown as { __copied: string[] };
	w.__copied = [];
	const done = (text: string) =>
		refuse
			? Promise.reject(new DOMException('refused', 'NotAllowedError'))
			: void w.__copied.push(text);
	Object.defineProperty(navigator, 'clipboard', {
		configurable: true,
		value: {
			writeText: (text: string) => Promise.resolve(done(text)),
			write: async (items: ClipboardItem[]) => {
				const blob = await items[0]?.getType('text/plain');
				return done((await blob?.text()) ?? '');
			},
		},
	});
}

export function markdownJourney(driver: () => Driver): void {
	test('Copy as Markdown copies the trend’s .md, or shows it to copy by hand when refused', async () => {
		const d = driver();
		for (const size of [DESKTOP, PHONE]) {
			await d.resize(size);
			await d.goto('/en/trends/inference-time/');
			const link = await d.evaluate((s: string) => {
				const a = document.querySelector<HTMLAnchorElement>(s);
				const box = a?.getBoundingClientRect();
				return { href: a?.href, text: a?.textContent, shown: !!box && box.width > 0 };
			}, LINK);
			expect(link).toMatchObject({ text: 'Copy as Markdown', shown: true });
			expect(link.href).toMatch(/\/en\/trends\/inference-time\.md$/);
			const file = await d.evaluate(
				(url: string) => fetch(url).then((r) => r.text()),
				link.href ?? '',
			);
			expect(file).toMatch(/^# Trend 4: /);
			// The file's citation names the field; what is copied carries the reader's day.
			expect(file).toContain('Retrieved Month Day, Year, from');
			const before = new Date();

			await d.evaluate(stubClipboard, false);
			await d.click(LINK);
			const copied = await waitFor(
				d,
				() => (window as unknown as { __copied: string[] }).__copied[0] ?? null,
				[],
				{ message: 'the Markdown on the clipboard' },
			);
			const dated = [withAccessDate(file, before), withAccessDate(file)];
			expect(dated).toContain(copied);
			expect(await d.evaluate(() => location.pathname)).toBe('/en/trends/inference-time/');
			await waitFor(
				d,
				() => document.querySelector('.trend-head [role="status"]')?.textContent === 'Copied',
				[],
				{ message: 'the status to say Copied' },
			);

			await d.evaluate(stubClipboard, true);
			await d.click(LINK);
			const manual = await waitFor(
				d,
				() => {
					const dialog = document.querySelector<HTMLDialogElement>('dialog.copy-manual');
					const field = dialog?.querySelector('textarea');
					return dialog?.open && field
						? { value: field.value, focused: document.activeElement === field }
						: null;
				},
				[],
				{ message: 'the manual-copy dialog with the Markdown' },
			);
			expect(manual.focused).toBe(true);
			expect([...dated, withAccessDate(file)]).toContain(manual.value);
			await d.click('dialog.copy-manual button');
		}
	});
}
