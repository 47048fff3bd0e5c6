/** Chromium through playwright-core (the browser tests/e2e use), behind the cross-engine driver. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launch } from '../browser';
import { BaseDriver, requireBinary, type Key, type Size } from './driver';
import { PROBE, PROBE_TAKE_ERRORS } from './probe';

const KEYS: Record<Key, string> = {
	Enter: 'Enter',
	Escape: 'Escape',
	ArrowDown: 'ArrowDown',
	Tab: 'Tab',
	'Mod+K': 'Control+k',
};

export class ChromiumDriver extends BaseDriver {
	readonly engine = 'chromium';
	#browser: Browser;
	#origin: string;
	#context: BrowserContext | undefined;
	#page: Page | undefined;
	#errors: string[] = [];

	private constructor(browser: Browser, origin: string) {
		super();
		this.#browser = browser;
		this.#origin = origin;
	}

	static async open(origin: string): Promise<ChromiumDriver> {
		requireBinary(CHROMIUM, 'chromium');
		const driver = new ChromiumDriver(await launch('chromium'), origin);
		await driver.resize({ width: 1280, height: 900 });
		return driver;
	}

	get #p(): Page {
		if (!this.#page) throw new Error('chromium: no page');
		return this.#page;
	}

	async resize({ width, height }: Size, initScripts: string[] = []): Promise<void> {
		await this.#context?.close();
		const phone = width < 768;
		// A new context per size: a phone has touch and a mobile viewport, as a reader's would.
		this.#context = await this.#browser.newContext({
			viewport: { width, height },
			isMobile: phone,
			hasTouch: phone,
			deviceScaleFactor: phone ? 2 : 1,
		});
		const page = await this.#context.newPage();
		await page.addInitScript(PROBE);
		for (const script of initScripts) await page.addInitScript(script);
		page.on('console', (msg) => {
			if (msg.type() === 'error')
				this.#errors.push(`console: ${msg.text()} (${msg.location().url || page.url()})`);
		});
		page.on('pageerror', (err) => this.#errors.push(`pageerror: ${err.message}`));
		this.#page = page;
	}

	async goto(path: string): Promise<void> {
		await this.#p.goto(new URL(path, this.#origin).href);
	}

	async reload(): Promise<void> {
		await this.#p.reload();
	}

	run(expression: string): Promise<unknown> {
		return this.#p.evaluate(expression);
	}

	async click(selector: string): Promise<void> {
		const target = this.#p.locator(selector).first();
		// A phone context has touch: tap as a phone reader does.
		if ((this.#p.viewportSize()?.width ?? 1280) < 768) await target.tap();
		else await target.click();
	}

	async type(text: string): Promise<void> {
		await this.#p.keyboard.type(text);
	}

	async press(key: Key): Promise<void> {
		await this.#p.keyboard.press(KEYS[key]);
	}

	async screenshot(file: string): Promise<void> {
		await this.#p.screenshot({ path: file });
	}

	async takeErrors(): Promise<string[]> {
		const probe = (await this.#p.evaluate(PROBE_TAKE_ERRORS).catch(() => [])) as string[];
		const native = this.#errors.splice(0);
		return [...native, ...probe];
	}

	async close(): Promise<void> {
		await this.#browser.close();
	}
}
