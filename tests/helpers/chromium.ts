/**
 * Debian's Chromium as every test and tool starts it (never a downloaded browser), through
 * puppeteer-core over the DevTools protocol, with its version checked (engines/requirements.ts).
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireBinary, requireVersion } from './engines/requirements';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, as root, without the background services that would try this machine's closed network.
 */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
	requireBinary('chromium', CHROMIUM);
	const browser = await puppeteer.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		// Each page gets the viewport its test asks for (helpers/browser.ts, engines/puppeteer.ts).
		defaultViewport: null,
	});
	try {
		requireVersion('chromium', await browser.version());
	} catch (err) {
		await browser.close();
		throw err;
	}
	return browser;
}
