/**
 * Firefox through puppeteer-core over WebDriver BiDi, with Debian's firefox-esr (FIREFOX_PATH
 * overrides it). puppeteer-core stays on 24.x: 25 needs Node 22.
 */
import puppeteer, {
	type Browser,
	type BrowserContext,
	type KeyInput,
	type Page,
} from 'puppeteer-core';
import { BaseDriver, requireBinary, type Key, type Size } from './driver';
import { PROBE, PROBE_TAKE_ERRORS } from './probe';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const KEYS: Record<Exclude<Key, 'Mod+K'>, KeyInput> = {
	Enter: 'Enter',
	Escape: 'Escape',
	ArrowDown: 'ArrowDown',
	Tab: 'Tab',
};

export class FirefoxDriver extends BaseDriver {
	readonly engine = 'firefox';
	#browser: Browser;
	#origin: string;
	#context: BrowserContext | undefined;
	#page: Page | undefined;
	#phone = false;
	#errors: string[] = [];

	private constructor(browser: Browser, origin: string) {
		super();
		this.#browser = browser;
		this.#origin = origin;
	}

	static async open(origin: string): Promise<FirefoxDriver> {
		requireBinary(FIREFOX, 'firefox-esr');
		const browser = await puppeteer.launch({
			browser: 'firefox',
			executablePath: FIREFOX,
			headless: true,
			extraPrefsFirefox: {
				// No first-run pages, update checks or telemetry pings on a test machine.
				'browser.shell.checkDefaultBrowser': false,
				'app.update.enabled': false,
				'datareporting.policy.dataSubmissionEnabled': false,
			},
		});
		const driver = new FirefoxDriver(browser, origin);
		await driver.resize({ width: 1280, height: 900 });
		return driver;
	}

	get #p(): Page {
		if (!this.#page) throw new Error('firefox: no page');
		return this.#page;
	}

	async resize({ width, height }: Size, initScripts: string[] = []): Promise<void> {
		await this.#context?.close();
		this.#phone = width < 768;
		// A fresh user context per size: its own storage, so a stored theme never leaks across.
		this.#context = await this.#browser.createBrowserContext();
		const page = await this.#context.newPage();
		await page.setViewport({
			width,
			height,
			deviceScaleFactor: this.#phone ? 2 : 1,
			hasTouch: this.#phone,
			isMobile: this.#phone,
		});
		await page.evaluateOnNewDocument(PROBE);
		for (const script of initScripts) await page.evaluateOnNewDocument(script);
		page.on('console', (msg) => {
			if (msg.type() === 'error') this.#errors.push(`console: ${msg.text()}`);
		});
		page.on('pageerror', (err) => this.#errors.push(`pageerror: ${String(err)}`));
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
		const handle = await this.#p.waitForSelector(selector, { visible: true, timeout: 10_000 });
		if (!handle) throw new Error(`firefox: no ${selector}`);
		if (this.#phone) await handle.tap();
		else await handle.click();
		await handle.dispose();
	}

	async type(text: string): Promise<void> {
		await this.#p.keyboard.type(text);
	}

	async press(key: Key): Promise<void> {
		const keyboard = this.#p.keyboard;
		if (key === 'Mod+K') {
			await keyboard.down('Control');
			await keyboard.press('k');
			await keyboard.up('Control');
		} else {
			await keyboard.press(KEYS[key]);
		}
	}

	async screenshot(file: string): Promise<void> {
		await this.#p.screenshot({ path: file as `${string}.png` });
	}

	async takeErrors(): Promise<string[]> {
		const probe = (await this.#p.evaluate(PROBE_TAKE_ERRORS).catch(() => [])) as string[];
		return [...this.#errors.splice(0), ...probe];
	}

	async close(): Promise<void> {
		await this.#browser.close();
	}
}
