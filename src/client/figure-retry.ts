/**
 * A figure whose chart code failed reloads the page to fetch it afresh (figure.ts). Before reloading
 * it notes in sessionStorage which figure it was and where on screen, under this key; the new page
 * loads figure.ts at once when the note is there (idle.ts), rather than once a figure comes near,
 * and figure.ts puts the reader back at the figure.
 */
export const RETRY = 'rr-figure-retry';

/** Whether a figure's retry has just reloaded this page. */
export function retrying(): boolean {
	try {
		return sessionStorage.getItem(RETRY) !== null;
	} catch {
		return false;
	}
}
