/** Debian's Chromium as every test and tool starts it (never a downloaded browser). */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, as root, without the background services that would try this machine's closed network.
 */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export const launchChromium = (): Promise<Browser> =>
	chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
