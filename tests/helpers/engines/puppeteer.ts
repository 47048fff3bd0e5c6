/**
 * Chromium (over the DevTools protocol) and Firefox ESR (over WebDriver BiDi), both through
 * puppeteer-core, with Debian's browsers (CHROMIUM_PATH, FIREFOX_PATH override them). puppeteer-core
 * stays on 24.x, exactly pinned: 25 needs Node 22.
 */
import puppeteer, {
	type Browser,
	type BrowserContext,
	type HTTPRequest,
	type KeyInput,
	type Page,
} from 'puppeteer-core';
import { launchChromium } from '../chromium';
import { BaseDriver, type Key, type Size } from './driver';
import { PROBE, PROBE_TAKE_ERRORS } from './probe';
import { requireBinary, requireVersion } from './requirements';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * How Firefox reports a module that the page being left was still loading through the offline
 * worker (runs 83 and 97: idle.js, figure-share.js; run 107: base.js, which a click on a link
 * loaded as the reader's first move while the link led away). Only the page the journey navigates
 * away from says it, while the journey's own goto or reload runs or within LEFT_WITHIN ms of a
 * navigation the page started (a link clicked): no reader sees it, and the next page loads its own
 * code. Any other error, or this one at any other time, still fails the journey.
 */
const LEFT_BEHIND = /A ServiceWorker intercepted the request and encountered an unexpected error/;
const LEFT_WITHIN = 5_000;

const KEYS: Record<Exclude<Key, 'Mod+K' | 'Shift+Enter'>, KeyInput> = {
	Enter: 'Enter',
	Escape: 'Escape',
	ArrowDown: 'ArrowDown',
	ArrowUp: 'ArrowUp',
	ArrowLeft: 'ArrowLeft',
	ArrowRight: 'ArrowRight',
	Home: 'Home',
	End: 'End',
	Tab: 'Tab',
};

async function launchFirefox(): Promise<Browser> {
	requireBinary('firefox', FIREFOX);
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
	try {
		requireVersion('firefox', await browser.version());
	} catch (err) {
		await browser.close();
		throw err;
	}
	return browser;
}

export class PuppeteerDriver extends BaseDriver {
	readonly engine: 'chromium' | 'firefox';
	#browser: Browser;
	#origin: string;
	#context: BrowserContext | undefined;
	#page: Page | undefined;
	#phone = false;
	#errors: string[] = [];
	#leaving = false;
	#refuse: RegExp[] = [];
	#intercepting = false;

	private constructor(engine: 'chromium' | 'firefox', browser: Browser, origin: string) {
		super();
		this.engine = engine;
		this.#browser = browser;
		this.#origin = origin;
	}

	static async open(engine: 'chromium' | 'firefox', origin: string): Promise<PuppeteerDriver> {
		const browser = engine === 'firefox' ? await launchFirefox() : await launchChromium();
		const driver = new PuppeteerDriver(engine, browser, origin);
		await driver.resize({ width: 1280, height: 900 });
		return driver;
	}

	get #p(): Page {
		if (!this.#page) throw new Error(`${this.engine}: no page`);
		return this.#page;
	}

	async resize({ width, height }: Size, initScripts: string[] = []): Promise<void> {
		await this.#context?.close();
		this.#phone = width < 768;
		this.#refuse = [];
		this.#intercepting = false;
		// A fresh context per size: its own storage, so a stored theme never leaks across.
		this.#context = await this.#browser.createBrowserContext();
		const page = await this.#context.newPage();
		// A phone has touch and a mobile viewport, as a reader's would.
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
			if (msg.type() === 'error')
				this.#errors.push(`console: ${msg.text()} (${msg.location().url ?? page.url()})`);
		});
		let navigated = -Infinity;
		page.on('request', (request) => {
			if (request.isNavigationRequest() && request.frame() === page.mainFrame())
				navigated = Date.now();
		});
		page.on('pageerror', (err) => {
			const text = String(err);
			const leaving = this.#leaving || Date.now() - navigated < LEFT_WITHIN;
			if (!(leaving && LEFT_BEHIND.test(text))) this.#errors.push(`pageerror: ${text}`);
		});
		this.#page = page;
	}

	async goto(path: string): Promise<void> {
		await this.#leave(() => this.#p.goto(new URL(path, this.#origin).href));
	}

	async reload(): Promise<void> {
		await this.#leave(() => this.#p.reload());
	}

	/** Runs a navigation the journey asked for, during which the page it leaves may abort its loads. */
	async #leave(navigate: () => Promise<unknown>): Promise<void> {
		this.#leaving = true;
		try {
			await navigate();
		} finally {
			this.#leaving = false;
		}
	}

	run(expression: string): Promise<unknown> {
		return this.#p.evaluate(expression);
	}

	async click(selector: string): Promise<void> {
		const handle = await this.#p.waitForSelector(selector, { visible: true, timeout: 10_000 });
		if (!handle) throw new Error(`${this.engine}: no ${selector}`);
		if (this.#phone) await handle.tap();
		else await handle.click();
		await handle.dispose();
	}

	async pointAt(x: number, y: number): Promise<void> {
		if (this.#phone) throw new Error(`${this.engine}: pointAt() on a phone`);
		await this.#p.mouse.move(x, y);
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
		} else if (key === 'Shift+Enter') {
			await keyboard.down('Shift');
			await keyboard.press('Enter');
			await keyboard.up('Shift');
		} else {
			await keyboard.press(KEYS[key]);
		}
	}

	async refuseOnce(path: RegExp): Promise<void> {
		if (!this.#intercepting) {
			this.#intercepting = true;
			await this.#p.setRequestInterception(true);
			this.#p.on('request', (request: HTTPRequest) => {
				const at = new URL(request.url()).pathname;
				const i = this.#refuse.findIndex((r) => r.test(at));
				if (i < 0) return void request.continue();
				this.#refuse.splice(i, 1);
				void request.abort('failed');
			});
		}
		this.#refuse.push(path);
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
