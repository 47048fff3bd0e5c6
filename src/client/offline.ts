/**
 * Offline reading, once the page is idle: registers the service worker (built to <base>sw.js,
 * src/sw/sw.ts) and tells it what the reader has earned (issue 25):
 * - a first visit (the page is not yet under the worker): keep this page and what it loaded, and
 *   nothing more, so a shared link costs what it reads;
 * - a second page view or a return visit (the page came through the worker): the reader means to
 *   come back, so the worker downloads this page's edition; the other edition only once the reader
 *   opens a page of it;
 * - 离线阅读 / Read offline in the menu: the same download on request, with its size and progress.
 * A reader who asked the browser to save data (Save-Data) gets nothing in the background; the menu's
 * control still downloads when pressed.
 */
import { t } from '~/i18n/client';
import { BASE, href } from '~/lib/urls';
import type { Edition, OfflineReply, OfflineRequest } from '~/sw/protocol';
import css from '~/styles/companion.css?url';
import { loadStylesheet } from './stylesheet';

/** navigator.connection is not in TypeScript's DOM types (Chromium only). */
type WithConnection = Navigator & { connection?: { saveData?: boolean } };

const edition: Edition = document.documentElement.lang === 'en' ? 'en' : 'zh';

/** The active worker, registering it first; undefined where there is none (a private window…). */
async function worker(): Promise<ServiceWorker | undefined> {
	try {
		await navigator.serviceWorker.register(href('sw.js'), { scope: BASE });
		return (await navigator.serviceWorker.ready).active ?? undefined;
	} catch {
		return undefined;
	}
}

/** Sends a request; `onReply` hears every answer on its own channel. */
function ask(to: ServiceWorker, request: OfflineRequest, onReply: (r: OfflineReply) => void): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => onReply(event.data);
	to.postMessage(request, [channel.port2]);
}

const kb = (bytes: number): string => t('offline.kb', { n: Math.max(1, Math.round(bytes / 1000)) });

/** The menu's 离线阅读 control: what the download costs, then its progress, then that it is done. */
function control(): { show: (r?: OfflineReply) => void; box: HTMLElement } {
	const box = document.createElement('div');
	box.className = 'offline-read';
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = t('offline.button');
	const bar = document.createElement('progress');
	const note = document.createElement('p');
	note.id = 'offline-note';
	note.setAttribute('role', 'status');
	button.setAttribute('aria-describedby', note.id);
	bar.setAttribute('aria-labelledby', note.id);
	box.append(button, bar, note);

	/** Draws a state: no reply yet (size unknown), running, failed, or complete. */
	const show = (r?: OfflineReply) => {
		const state = !r
			? 'idle'
			: r.stored >= r.total
				? 'ready'
				: !r.done && box.dataset.state === 'running'
					? 'running'
					: 'idle';
		box.dataset.state = state;
		button.hidden = state !== 'idle';
		bar.hidden = state !== 'running';
		if (r) {
			bar.max = r.total;
			bar.value = r.stored;
		}
		note.textContent = !r
			? t('offline.sizeUnknown')
			: state === 'ready'
				? t('offline.ready', { total: kb(r.total) })
				: state === 'running'
					? t('offline.progress', { done: kb(r.stored), total: kb(r.total) })
					: r.failed
						? t('offline.failed', { n: r.failed })
						: t('offline.size', { size: kb(r.total - r.stored) });
	};
	button.addEventListener('click', () => {
		box.dataset.state = 'running';
		void worker().then((w) => {
			if (w) ask(w, { type: 'download', edition }, show);
		});
	});
	document.querySelector('#site-menu .menu-tools')?.append(box);
	return { show, box };
}

export async function run(): Promise<void> {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	const saveData = (navigator as WithConnection).connection?.saveData === true;
	// Read before registering: only a page that came through the worker has a controller.
	const cameThroughWorker = !!navigator.serviceWorker.controller;
	// Save-Data: nothing in the background, not even the worker, unless the reader has one already.
	const active = saveData
		? ((await navigator.serviceWorker.getRegistration(BASE))?.active ?? undefined)
		: await worker();
	if (!saveData && !active) return;

	await loadStylesheet(css);
	const { show, box } = control();
	if (!active) show();
	else if (cameThroughWorker && !saveData) {
		box.dataset.state = 'running';
		ask(active, { type: 'download', edition }, show);
	} else if (!saveData) {
		const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
		ask(active, { type: 'keep', urls }, () => ask(active, { type: 'status', edition }, show));
	} else ask(active, { type: 'status', edition }, show);
}
