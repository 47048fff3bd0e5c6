// Screenshots of pages in Debian's Chromium, desktop and 390 px phone, light and dark.
// Usage: npm run screenshots -- http://127.0.0.1:4321 out-dir /path/ [/path/ …]
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../helpers/chromium';
import { openPage, type PageOptions } from '../helpers/page';

const [base, out, ...paths] = process.argv.slice(2);
if (!base || !out || paths.length === 0) {
	console.error('usage: npm run screenshots -- <base-url> <out-dir> <path> [path …]');
	process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const sizes: Record<string, PageOptions> = {
	desktop: { width: 1280, height: 900 },
	phone: { width: 390, height: 844, phone: true, scale: 1 },
};
const full = process.env.FULL === '1';
for (const [size, options] of Object.entries(sizes)) {
	for (const colorScheme of ['light', 'dark'] as const) {
		const page = await openPage(browser, { ...options, colorScheme });
		for (const path of paths) {
			await page.goto(base + path, { waitUntil: 'networkidle0' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size}-${colorScheme}`;
			await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
			console.log(`${out}/${name}.png`);
		}
		await page.close();
	}
}
await browser.close();
