// Screenshots of pages in Debian's Chromium, desktop and 390 px phone, light and dark.
// Usage: npm run screenshots -- http://127.0.0.1:4321 out-dir /path/ [/path/ …]
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../helpers/chromium';

const [base, out, ...paths] = process.argv.slice(2);
if (!base || !out || paths.length === 0) {
	console.error('usage: npm run screenshots -- <base-url> <out-dir> <path> [path …]');
	process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
const sizes = {
	desktop: { viewport: { width: 1280, height: 900 } },
	phone: {
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 1,
	},
};
const full = process.env.FULL === '1';
for (const [size, options] of Object.entries(sizes)) {
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ ...options, colorScheme: scheme });
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(base + path, { waitUntil: 'networkidle' });
			const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${size}-${scheme}.png`;
			await page.screenshot({ path: `${out}/${name}`, fullPage: full });
			console.log(`${out}/${name}`);
		}
		await context.close();
	}
}
await browser.close();
