/**
 * The share button inside WeChat and QQ (boot.ts loads this instead of Web Share when the user
 * agent names one of them, and nowhere else). A page cannot open their share panel: it opens only
 * from the ··· menu at the top right of the app's own bar, so this points there, and offers the
 * trend's poster, which a reader can long-press to save and post to Moments or a group. Copy link
 * stays beside it on the page. A modal dialog: Escape closes it and focus returns to the button.
 */
import { loadPosterStrings, t } from '~/i18n/poster';
import css from '~/styles/wechat.css?url';
import { closeForm, modalDialog } from '../dialog';
import { loadStylesheet } from '../stylesheet';

let built: { dialog: HTMLDialogElement; poster: HTMLButtonElement } | undefined;

function build(): { dialog: HTMLDialogElement; poster: HTMLButtonElement } {
	const dialog = modalDialog('wx-share', 'wx-share-title');
	dialog.setAttribute('aria-describedby', 'wx-share-how');
	// An arrow up to the app's ··· menu, above the top-right corner of the page.
	dialog.innerHTML =
		'<svg class="wx-arrow" aria-hidden="true" viewBox="0 0 64 72"><path d="M10 68C18 38 34 20 56 8M40 6l16 2-4 16"/></svg>';
	const title = document.createElement('h2');
	title.id = 'wx-share-title';
	title.textContent = t('wechat.title');
	const how = document.createElement('p');
	how.id = 'wx-share-how';
	how.className = 'wx-how';
	how.textContent = t('wechat.how');
	const or = document.createElement('p');
	or.textContent = t('wechat.or');
	const actions = document.createElement('div');
	actions.className = 'wx-actions';
	const poster = document.createElement('button');
	poster.type = 'button';
	poster.className = 'wx-poster';
	poster.setAttribute('aria-haspopup', 'dialog');
	poster.textContent = t('wechat.poster');
	actions.append(poster, closeForm(t('wechat.close')).form);
	dialog.append(title, how, or, actions);
	document.body.append(dialog);
	return { dialog, poster };
}

export async function run(button: HTMLElement): Promise<void> {
	await Promise.all([loadPosterStrings(), loadStylesheet(css)]);
	built ??= build();
	const { dialog, poster } = built;
	dialog.onclose = () => button.focus();
	poster.onclick = () => {
		dialog.onclose = null;
		dialog.close();
		const own = document.querySelector<HTMLElement>('.trend-head [data-rr="poster"]');
		if (own) void import('./poster').then((m) => m.run(own, button));
	};
	if (!dialog.open) dialog.showModal();
}
