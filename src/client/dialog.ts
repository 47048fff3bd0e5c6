/**
 * The modal dialogs' shared frame (manual copy, QR code, poster, the WeChat hint; styled by
 * styles/dialog.css through each one's stylesheet): a `<dialog>` named by its heading that closes
 * on a click on the dimmed page around it, and the close button.
 */

/** A dialog with the shared frame and its own class, named by the element with id `labelId`. */
export function modalDialog(className: string, labelId: string): HTMLDialogElement {
	const dialog = document.createElement('dialog');
	dialog.className = `sheet ${className}`;
	dialog.setAttribute('aria-labelledby', labelId);
	// A click on the backdrop reaches the dialog itself, never one of its children.
	dialog.addEventListener('click', (e) => {
		if (e.target === dialog) dialog.close();
	});
	return dialog;
}

/** The close button, in a dialog form: it closes its dialog on submit, with no script and no request. */
export function closeForm(label = ''): { form: HTMLFormElement; button: HTMLButtonElement } {
	const form = document.createElement('form');
	form.method = 'dialog';
	const button = document.createElement('button');
	button.textContent = label;
	form.append(button);
	return { form, button };
}
