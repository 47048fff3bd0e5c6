/**
 * Copy to the clipboard: a link's file (data-rr="copy" on a link: without JavaScript it opens the
 * file), this page's URL with the button's data-anchor, or the text of the element named by data-copy (an empty element with a data-src, like the BibTeX block, is first
 * filled from that file and shown). The status element next to the button announces the result, in the
 * page's language (src/i18n/client.ts). Where the clipboard is
 * refused (no permission, an in-app browser, an old engine), the text is left selected for copying
 * by hand: the element's own text in place, or the URL in a small dialog (a URL is not on the page
 * to select), whose few styles load with it.
 */
import { t } from '~/i18n/client';
import dialogCss from '~/styles/copy.css?url';
import { showAccessDate, withAccessDate } from '../cite-date';
import { closeForm, modalDialog } from '../dialog';
import { loadStylesheet } from '../stylesheet';

export async function run(button: HTMLElement): Promise<void> {
	const status = button.parentElement?.querySelector<HTMLElement>('[role="status"]');
	if (button instanceof HTMLAnchorElement) {
		if (status) status.textContent = await copyFile(button);
		setTimeout(() => status && (status.textContent = ''), 2500);
		return;
	}
	const source = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
	let text: string;
	let message: string;
	if (source?.dataset.src && !source.textContent) {
		try {
			const response = await fetch(source.dataset.src);
			if (!response.ok) throw new Error(`${response.status}`);
			source.textContent = await response.text();
			source.hidden = false;
		} catch {
			if (status) status.textContent = t('share.copyFailed');
			return;
		}
	}
	if (source) {
		// A citation is copied as shown, with today's date (cite-date.ts).
		showAccessDate([source]);
		text = source.textContent ?? '';
		message = t('share.copied');
	} else {
		const url = new URL(location.href);
		url.search = '';
		url.hash = button.dataset.anchor ?? '';
		text = url.href;
		message = t('share.copiedLink');
	}
	if (!status) return;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		message = t('share.copyFailed');
		if (source) getSelection()?.selectAllChildren(source);
		else await showManualCopy(text, message, t('share.close'), button);
	}
	status.textContent = message ?? '';
	setTimeout(() => (status.textContent = ''), 2500);
}

/**
 * A link's file, copied (the trend as Markdown, its citation dated today): the clipboard is handed
 * the file while it is still being fetched, so the click's user activation, which Safari requires,
 * has not run out by the time the text arrives. Without ClipboardItem, the text is written once
 * fetched.
 */
async function copyFile(link: HTMLAnchorElement): Promise<string> {
	const text = fetch(link.href).then((r) => {
		if (!r.ok) throw new Error(`${r.status}`);
		return r.text().then((md) => withAccessDate(md));
	});
	try {
		if ('ClipboardItem' in window) {
			const blob = text.then((value) => new Blob([value], { type: 'text/plain' }));
			await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
		} else await navigator.clipboard.writeText(await text);
		return t('share.copied');
	} catch {
		try {
			await showManualCopy(await text, t('share.copyFailed'), t('share.close'), link);
		} catch {
			// The file could not be fetched either: the status says so.
		}
		return t('share.copyFailed');
	}
}

interface ManualCopy {
	dialog: HTMLDialogElement;
	label: HTMLElement;
	field: HTMLTextAreaElement;
	close: HTMLButtonElement;
}
let manual: ManualCopy | undefined;

function buildManualCopy(): ManualCopy {
	const dialog = modalDialog('copy-manual', 'copy-manual-label');
	const label = document.createElement('p');
	label.id = 'copy-manual-label';
	// A text area, not a one-line field: the whole URL shows, wrapped, on a phone.
	const field = document.createElement('textarea');
	field.rows = 3;
	field.readOnly = true;
	field.setAttribute('aria-labelledby', 'copy-manual-label');
	const { form, button: close } = closeForm();
	dialog.append(label, field, form);
	document.body.append(dialog);
	return { dialog, label, field, close };
}

/** A modal with the text in a read-only field, selected; closing it returns focus to the button. */
export async function showManualCopy(
	text: string,
	message: string,
	closeLabel: string,
	opener: HTMLElement,
) {
	// Shown unstyled rather than not at all if its stylesheet cannot load.
	await loadStylesheet(dialogCss);
	manual ??= buildManualCopy();
	const { dialog, label, field, close } = manual;
	label.textContent = message;
	field.value = text;
	close.textContent = closeLabel;
	dialog.onclose = () => opener.focus();
	if (!dialog.open) dialog.showModal();
	field.focus();
	field.select();
	// iOS selects a read-only field only through a range.
	field.setSelectionRange(0, text.length);
}
