/** Opens a driver for an engine, one per test file (see journeys.ts). */
import { afterAll, beforeAll, inject } from 'vitest';
import { ChromiumDriver } from './chromium';
import type { Driver, EngineName } from './driver';
import { FirefoxDriver } from './firefox';
import { WebKitDriver } from './webkit';

export type { Driver, EngineName } from './driver';

export function openDriver(engine: EngineName, origin: string): Promise<Driver> {
	if (engine === 'firefox') return FirefoxDriver.open(origin);
	if (engine === 'webkit') return WebKitDriver.open(origin);
	return ChromiumDriver.open(origin);
}

/**
 * One browser for the test file: opened before its tests, closed after them. Call it at the top
 * level of the file; the returned getter gives the driver inside tests and hooks.
 */
export function useDriver(engine: EngineName): () => Driver {
	let driver: Driver | undefined;
	beforeAll(async () => {
		driver = await openDriver(engine, inject('baseUrl'));
	});
	afterAll(async () => {
		await driver?.close();
		driver = undefined;
	});
	return () => {
		if (!driver) throw new Error(`useDriver(): ${engine} is only open inside tests and hooks`);
		return driver;
	};
}
