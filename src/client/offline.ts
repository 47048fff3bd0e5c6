/**
 * Offline reading: registers the service worker (built to <base>sw.js, src/sw/sw.ts), which
 * precaches the whole report in the background once, after the first visit. A reader who asked the
 * browser to save data (Save-Data) is not sent the download.
 */
import { BASE, href } from '~/lib/urls';

/** navigator.connection is not in TypeScript's DOM types (Chromium only). */
type WithConnection = Navigator & { connection?: { saveData?: boolean } };

export function run(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	if ((navigator as WithConnection).connection?.saveData) return;
	navigator.serviceWorker.register(href('sw.js'), { scope: BASE }).catch(() => {
		// No worker (a private window, storage refused): the site reads online as before.
	});
}
