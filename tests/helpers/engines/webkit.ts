/**
 * WebKit through selenium-webdriver, with WebKitGTK's WebKitWebDriver driving MiniBrowser (Debian's
 * webkit2gtk-driver; WEBKIT_DRIVER_PATH and MINIBROWSER_PATH override the paths). MiniBrowser has no
 * headless mode, so it runs on its own Xvfb display, started here and stopped with the driver.
 * selenium-webdriver stays on 4.46.x, exactly pinned: 4.47 needs Node 22.
 *
 * Two things WebDriver classic does not give, and how they are covered:
 * - no script before the page's own: every page goes through a same-origin proxy that puts the
 *   probe first in <head> (proxy.ts, probe.ts), which is also where errors and CSP violations are
 *   read, as WebDriver has no console log for WebKit;
 * - no window narrower than MiniBrowser's toolbar (~450 px): widths below that load the site in an
 *   <iframe> of the exact size on a same-origin page of the proxy, and the driver works inside that
 *   frame (its viewport, media queries, scrolling and focus are the frame's).
 */
import { freePort } from '../serve';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, By, Key as WdKey, Origin, type WebDriver } from 'selenium-webdriver';
import { BaseDriver, waitFor, type Key, type Size } from './driver';
import { cropPng } from './png';
import { PROBE_TAKE_ERRORS } from './probe';
import { FRAME_ID, startProxy, type Proxy } from './proxy';
import { requireBinary, requireVersion } from './requirements';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER =
	process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** Below this width the page is loaded in a frame of the exact size (see above). */
const NARROWEST_WINDOW = 600;

const KEYS: Record<Exclude<Key, 'Mod+K' | 'Shift+Enter'>, string> = {
	Enter: WdKey.ENTER,
	Escape: WdKey.ESCAPE,
	ArrowDown: WdKey.ARROW_DOWN,
	ArrowUp: WdKey.ARROW_UP,
	ArrowLeft: WdKey.ARROW_LEFT,
	ArrowRight: WdKey.ARROW_RIGHT,
	Home: WdKey.HOME,
	End: WdKey.END,
	Tab: WdKey.TAB,
};

/** Starts Xvfb on a free display (it reports the number it took) in its own process group. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			'Xvfb',
			['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
			{
				stdio: ['ignore', 'pipe', 'ignore'],
				detached: true,
			},
		);
		child.once('error', (err) =>
			reject(new Error(`Xvfb could not start (apt-get install xvfb, README): ${err.message}`)),
		);
		child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			if (out.includes('\n')) resolve({ display: `:${out.trim()}`, process: child });
		});
	});
}

const stopGroup = (child: ChildProcess | undefined): Promise<void> =>
	new Promise((resolve) => {
		if (!child?.pid || child.exitCode !== null) return resolve();
		child.once('exit', () => resolve());
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			resolve();
		}
	});

export class WebKitDriver extends BaseDriver {
	readonly engine = 'webkit';
	#wd: WebDriver;
	#proxy: Proxy;
	#children: ChildProcess[];
	#framed = false;

	private constructor(wd: WebDriver, proxy: Proxy, children: ChildProcess[]) {
		super();
		this.#wd = wd;
		this.#proxy = proxy;
		this.#children = children;
	}

	static async open(siteOrigin: string): Promise<WebKitDriver> {
		requireBinary('webkit', WEBKIT_DRIVER);
		requireBinary('webkit', MINIBROWSER);
		const children: ChildProcess[] = [];
		try {
			const display =
				process.env.WEBKIT_DISPLAY ??
				(await startXvfb().then((x) => (children.push(x.process), x.display)));
			const port = await freePort();
			const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
				env: { ...process.env, DISPLAY: display },
				stdio: 'ignore',
				detached: true,
			});
			children.push(driverProcess);
			const server = `http://127.0.0.1:${port}`;
			const deadline = Date.now() + 20_000;
			for (;;) {
				try {
					if ((await fetch(`${server}/status`)).ok) break;
				} catch {
					// Not listening yet.
				}
				if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not start on ${server}`);
				await new Promise((r) => setTimeout(r, 100));
			}
			const wd = await new Builder()
				.usingServer(server)
				.withCapabilities({
					browserName: 'MiniBrowser',
					'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
				})
				.build();
			const version = String((await wd.getCapabilities()).get('browserVersion') ?? '');
			try {
				requireVersion('webkit', version);
			} catch (err) {
				await wd.quit().catch(() => {});
				throw err;
			}
			const proxy = await startProxy(siteOrigin);
			const driver = new WebKitDriver(wd, proxy, children);
			await driver.resize({ width: 1280, height: 900 });
			return driver;
		} catch (err) {
			for (const child of children.reverse()) await stopGroup(child);
			throw err;
		}
	}

	/** The window's inner size is the viewport; the toolbar's height is measured, not assumed. */
	async resize(size: Size, initScripts: string[] = []): Promise<void> {
		this.#proxy.initScripts = initScripts;
		this.#proxy.refused.length = 0;
		this.#framed = size.width < NARROWEST_WINDOW;
		await this.#wd.switchTo().defaultContent();
		const outer = this.#framed
			? { width: Math.max(size.width + 40, 800), height: size.height + 40 }
			: size;
		await this.#wd
			.manage()
			.window()
			.setRect({ x: 0, y: 0, ...outer });
		await this.#wd.get('about:blank');
		const [w, h] = (await this.#wd.executeScript('return [innerWidth, innerHeight]')) as number[];
		await this.#wd
			.manage()
			.window()
			.setRect({
				width: outer.width + (outer.width - (w ?? 0)),
				height: outer.height + (outer.height - (h ?? 0)),
			});
		// A fresh storage state per size, as in the other engines (one origin: the proxy's).
		await this.#wd.get(`${this.#proxy.origin}/__rr/frame.html?w=1&h=1`);
		await this.#wd.executeScript('localStorage.clear(); sessionStorage.clear();');
		// And no service worker or offline copy from an earlier size: a page it controlled would get
		// its files from the precache (a refused file would never be asked for).
		// WebKit can keep these waiting while a worker is still downloading an edition (a reader's
		// intent, issue 25); after 5 s the next size goes on, as a fresh page would.
		await this.#wd.executeAsyncScript(`const done = arguments[arguments.length - 1];
			setTimeout(done, 5000);
			Promise.all([
				navigator.serviceWorker?.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister()))),
				caches.keys().then((ks) => Promise.all(ks.map((k) => caches.delete(k)))),
			]).then(() => done(), () => done());`);
		if (this.#framed)
			await this.#wd.get(`${this.#proxy.origin}/__rr/frame.html?w=${size.width}&h=${size.height}`);
	}

	async goto(path: string): Promise<void> {
		const url = new URL(path, this.#proxy.origin).href;
		if (!this.#framed) {
			await this.#wd.get(url);
		} else {
			// A new frame for every page: a fresh document even when only the hash differs.
			await this.#wd.switchTo().defaultContent();
			await this.#wd.executeScript(
				(id: string, src: string) => {
					const old = document.getElementById(id) as HTMLIFrameElement;
					// The page in it is being left: loads its removal cuts short are not its failures
					// (probe.ts), and WebKit reports them before the frame's pagehide. A page of another
					// origin (an embed's framing page) cannot be reached, and has no probe.
					try {
						const win = old.contentWindow as { __rrProbe?: { leaving: boolean } } | null;
						if (win?.__rrProbe) win.__rrProbe.leaving = true;
					} catch {
						// Another origin's page.
					}
					const frame = document.createElement('iframe');
					frame.id = id;
					frame.width = old.width;
					frame.height = old.height;
					frame.src = src;
					old.replaceWith(frame);
				},
				FRAME_ID,
				url,
			);
			await this.#wd.switchTo().frame(this.#wd.findElement(By.id(FRAME_ID)));
		}
		await waitFor(
			this,
			() => location.href !== 'about:blank' && document.readyState === 'complete',
			[],
			{ timeout: 20_000, message: `${path} to load` },
		);
	}

	async reload(): Promise<void> {
		await this.#wd.executeScript('window.__rrOld = true; location.reload();');
		await waitFor(
			this,
			() => !(window as { __rrOld?: boolean }).__rrOld && document.readyState === 'complete',
			[],
			{ message: 'the reload' },
		);
	}

	run(expression: string): Promise<unknown> {
		return this.#wd.executeScript(`return ${expression};`);
	}

	/**
	 * WebKitWebDriver scrolls only the top-level document before a click, so an element below the
	 * fold of the phone frame would be "not interactable": it is centred first (as Puppeteer does).
	 */
	async click(selector: string): Promise<void> {
		await waitFor(
			this,
			(s: string) =>
				new Promise<boolean>((resolve) => {
					const el = document.querySelector(s);
					if (!el || el.getClientRects().length === 0) return resolve(false);
					el.scrollIntoView({ block: 'center', inline: 'center' });
					requestAnimationFrame(() => resolve(true));
				}),
			[selector],
			{ message: `${selector} to be visible` },
		);
		await this.#wd.findElement(By.css(selector)).click();
	}

	/** In the window's viewport: a framed (phone-sized) page's would be offset by the frame. */
	async pointAt(x: number, y: number): Promise<void> {
		if (this.#framed) throw new Error('webkit: pointAt() on a framed page');
		await this.#wd
			.actions()
			.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
			.perform();
	}

	async type(text: string): Promise<void> {
		await this.#wd.actions().sendKeys(text).perform();
	}

	async press(key: Key): Promise<void> {
		const actions = this.#wd.actions();
		if (key === 'Mod+K')
			await actions.keyDown(WdKey.CONTROL).sendKeys('k').keyUp(WdKey.CONTROL).perform();
		else if (key === 'Shift+Enter')
			await actions.keyDown(WdKey.SHIFT).sendKeys(WdKey.ENTER).keyUp(WdKey.SHIFT).perform();
		else await actions.sendKeys(KEYS[key]).perform();
	}

	/** The proxy refuses it (every page goes through it) with an error status. */
	async refuseOnce(path: RegExp): Promise<void> {
		this.#proxy.refuseOnce(path);
	}

	async screenshot(file: string): Promise<void> {
		const shot = Buffer.from(await this.#wd.takeScreenshot(), 'base64');
		if (!this.#framed) return writeFileSync(file, shot);
		// The frame, cut out of the viewport (see png.ts for why not an element screenshot).
		await this.#wd.switchTo().defaultContent();
		const box = (await this.#wd.executeScript((id: string) => {
			const r = document.getElementById(id)?.getBoundingClientRect();
			const k = devicePixelRatio;
			return r ? { x: r.x * k, y: r.y * k, width: r.width * k, height: r.height * k } : null;
		}, FRAME_ID)) as { x: number; y: number; width: number; height: number };
		await this.#wd.switchTo().frame(this.#wd.findElement(By.id(FRAME_ID)));
		writeFileSync(file, cropPng(shot, box));
	}

	async takeErrors(): Promise<string[]> {
		return (await this.run(PROBE_TAKE_ERRORS)) as string[];
	}

	async close(): Promise<void> {
		await this.#wd.quit().catch(() => {});
		await this.#proxy.stop();
		for (const child of this.#children.reverse()) await stopGroup(child);
	}
}
