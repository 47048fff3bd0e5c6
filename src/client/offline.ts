/**
 * Offline reading, at the reader's first move (idle.ts): registers the service worker (built to
 * <base>sw.js, src/sw/sw.ts) and tells it what the reader has earned (issue 25):
 * - a first visit (the page is not yet under the worker): keep this page and what it loaded, again
 *   each time the page is hidden, and nothing more, so a shared link costs what it reads;
 * - a second page view or a return visit (the page came through the worker): the reader means to
 *   come back, so the worker downloads this page's edition; the other edition only once the reader
 *   opens a page of it;
 * - 离线阅读 / Read offline in the menu (`control`, drawn when the menu is first opened): the same
 *   download on request, with its size and progress.
 * A reader who asked the browser to save data (Save-Data) gets nothing in the background; the menu's
 * control still downloads when pressed. The app manifest is linked at the same move
 * (`linkManifest`). A page that is only opened pays nothing for either: registering cost the home
 * page's main thread some 25 ms of Lighthouse's mobile measure while it loaded (issue 25), and a
 * reader who stays has moved. The control's words and styles load with it: a page that is read
 * pays for the registration and one message.
 */
import type { Edition, OfflineReply, OfflineRequest } from '~/sw/protocol';

/** navigator.connection is not in TypeScript's DOM types (Chromium only). */
type WithConnection = Navigator & { connection?: { saveData?: boolean } };

/** lib/urls.ts's BASE, spelt out: importing it would add a chunk to every page's idle code. */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const edition: Edition = document.documentElement.lang === 'en' ? 'en' : 'zh';
const on = import.meta.env.PROD && 'serviceWorker' in navigator;
const saveData = on && (navigator as WithConnection).connection?.saveData === true;
// Read before registering (this module runs at idle, before `run`): only a page that came through
// the worker has a controller (the worker never claims a first visit's page).
const cameThroughWorker = on && !!navigator.serviceWorker.controller;

/**
 * Links the edition's app manifest (lib/web-manifest.ts's manifestUrl: the English one under en/).
 * Called at the reader's first move, not written in the page: a browser that finds a manifest fetches
 * it and its icon at once to offer installing, work a page that is only opened has no use for while
 * it loads (issue 25), and a reader who installs the site has moved by then.
 */
export function linkManifest(): void {
	const link = document.createElement('link');
	link.rel = 'manifest';
	link.href = `${BASE}${edition === 'en' ? 'en/' : ''}manifest.webmanifest`;
	document.head.append(link);
}

/** The active worker, registering it first; undefined where there is none (a private window…). */
async function worker(): Promise<ServiceWorker | undefined> {
	try {
		await navigator.serviceWorker.register(`${BASE}sw.js`, { scope: BASE });
		return (await navigator.serviceWorker.ready).active ?? undefined;
	} catch {
		return undefined;
	}
}

/** Sends a request; `onReply` hears every answer on its own channel. */
function ask(
	to: ServiceWorker,
	request: OfflineRequest,
	onReply: (r: OfflineReply) => void = () => {},
): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => onReply(event.data);
	to.postMessage(request, [channel.port2]);
}

/** Every page, at the reader's first move: the worker, and what this visit has earned. */
export async function run(): Promise<void> {
	if (!on || saveData) return;
	const w = await worker();
	if (!w) return;
	if (cameThroughWorker) {
		ask(w, { type: 'download', edition });
		return;
	}
	const keep = () =>
		ask(w, {
			type: 'keep',
			urls: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)],
		});
	keep();
	// What the page loads later (the companion at the reader's first move, a chart's code once it
	// comes near) is not under the worker on a first visit: told again whenever the page is hidden
	// (the reader leaves, or switches away on a phone, where pagehide may never come), so a page read
	// once opens offline with its code. Each file comes from the HTTP cache: nothing is downloaded.
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') keep();
	});
}

/**
 * The menu's control: what the download costs, then its progress, then that it is done. Resolves,
 * once its first state is known, with what puts it at the end of the menu (idle.ts calls it once
 * the list is in, so the list never pushes it down); undefined where there is none.
 */
export async function control(): Promise<(() => void) | undefined> {
	if (!on) return undefined;
	// Under Save-Data, only a worker the reader has already.
	const w = saveData
		? ((await navigator.serviceWorker.getRegistration(BASE))?.active ?? undefined)
		: await worker();
	if (!saveData && !w) return undefined;
	// Imported here, not above: a page whose menu stays closed never loads the words. The styles are
	// the companion's, which the menu's other tools have loaded by now (idle.ts).
	const { t } = await import('~/i18n/client');
	const kb = (bytes: number): string =>
		t('offline.kb', { n: Math.max(1, Math.round(bytes / 1000)) });

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
	// The status line first: the button, then the bar, then neither take turns below it, and what
	// comes last can change height without moving anything.
	box.append(note, button, bar);

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
		void worker().then((active) => {
			if (active) ask(active, { type: 'download', edition }, show);
		});
	});

	if (!w) show();
	else
		await new Promise<void>((resolve) => {
			const first = (r: OfflineReply) => {
				show(r);
				resolve();
			};
			// The download `run` started: asking again joins it and hears its progress.
			if (cameThroughWorker && !saveData) {
				box.dataset.state = 'running';
				ask(w, { type: 'download', edition }, first);
			} else ask(w, { type: 'status', edition }, first);
		});
	// At the end of the menu: its height changes with its state, which would move a list below it.
	return () => document.getElementById('site-menu')?.append(box);
}
